"""A header line's roles for the day calendar's line-based reading (seed 001); tables are read by tables.py.

`header_roles` finds the calendar's header among the document's lines; `recognise` is kept
for the build's fall-through and reads the document's Table blocks with layouts/tables.py.
"""

import re
from dataclasses import dataclass

from engine.importing.model import RawItem, Warning
from engine.importing.readers import Document, Line
from engine.text import fold

# Order matters: "Đơn vị phối hợp" names coordination before "đơn vị" names anything else.
_ROLES = (
    ("coordinating", re.compile(r"phoi hop")),
    ("measure", re.compile(r"don vi tinh|dvt\b")),
    ("leader", re.compile(r"lanh dao")),
    ("lead", re.compile(r"chu tri|chuan bi|thuc hien$|don vi thuc hien|phu trach|tham muu")),
    ("note", re.compile(r"^ghi chu")),
    ("due", re.compile(r"thoi gian|thoi han|tien do|han hoan thanh|^ngay$")),
    ("target", re.compile(r"^(ke hoach|chi tieu)( nam)? ?\d{0,4}$|^muc tieu$")),
    ("content", re.compile(r"noi dung|nhiem vu|cong viec|ten (de tai|nhiem vu)|chi tieu")),
    ("ref", re.compile(r"^(s?tt|so tt|so thu tu)$")),
)


@dataclass(frozen=True)
class Columns:
    roles: dict[str, int]

    def get(self, line: Line, role: str) -> str:
        index = self.roles.get(role)
        if index is None or index >= len(line.cells):
            return ""
        return " ".join(line.cells[index].split())


def header_roles(line: Line) -> Columns | None:
    roles: dict[str, int] = {}
    if len(line.cells) < 2:
        return None
    for index, cell in enumerate(line.cells):
        if not cell or len(cell) > 60:
            continue
        folded = fold(cell).strip(" .:")
        for role, pattern in _ROLES:
            if pattern.search(folded) and role not in roles:
                roles[role] = index
                break
    if "content" in roles and len(roles) >= 2 and ({"lead", "due"} & roles.keys()):
        return Columns(roles)
    return None


def recognise(document: Document, warnings: list[Warning]) -> list[RawItem]:
    """The task rows of the document's tables (engine/importing/layouts/tables.py reads them)."""
    from engine.importing.layouts.tables import read_tables

    return read_tables(document.blocks, warnings)[0]
