"""Tables with a header row naming their columns: month × content × lead unit (seed 000), .docx and .xlsx.

A blank time cell carries the time above it down (a merged cell, or a month that heads
a group of rows). A row that starts in lower case with no unit continues the row above
across a page break; the header row repeated at a page break is skipped.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

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
_ROMAN = re.compile(r"^(?:[IVX]+|[A-Z])\.?$")


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
    items: list[RawItem] = []
    columns: Columns | None = None
    due = section = ""
    for line in document.lines:
        found = header_roles(line)
        if found:
            columns = found
            continue
        if columns is None:
            continue
        if len(line.filled) == 0:
            continue
        if len(line.cells) == 1:
            columns = None  # text below the table
            continue
        content = columns.get(line, "content")
        lead = columns.get(line, "lead")
        printed_due = columns.get(line, "due")
        ref = columns.get(line, "ref")
        if printed_due:
            due = printed_due
        if ref and _ROMAN.match(ref) and not lead:
            section, due = " ".join(part for part in (ref, content) if part), printed_due
            continue
        if not content and lead and len(lead.split()) >= 5:
            warnings.append(
                Warning(line.number, _("The content stood in the lead-unit column; no lead unit."))
            )
            content, lead = lead, ""
        if not content:
            continue
        if items and not lead and not ref and content[:1].islower():
            items[-1].content = f"{items[-1].content} {content}"
            continue
        items.append(
            RawItem(
                content=content,
                line=line.number,
                ref=ref or None,
                section=section or (due if columns.roles.get("due") == 0 else None) or None,
                lead=lead,
                coordinating=columns.get(line, "coordinating"),
                leader=columns.get(line, "leader"),
                due=due,
                note=columns.get(line, "note"),
                indicator_measure=columns.get(line, "measure"),
                indicator_target=columns.get(line, "target"),
            )
        )
    return items
