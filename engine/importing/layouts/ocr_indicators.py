"""Indicator rows of OCR'd tables: the unit of measure, the target, and the lead-unit cell merged down."""

import re

from django.utils.translation import gettext as _

from engine.importing.layouts.ocr_fragments import _join, _Reader
from engine.importing.layouts.ocr_tables import _Table
from engine.importing.layouts.ocr_tokens import _near, _near_short, _norm
from engine.importing.model import RawItem, Warning

# --- indicators ----------------------------------------------------------------------------------------

_MEASURES = (
    ("Đề tài, dự án", (("de", "tai", "du", "an"),)),
    ("Mẫu sản phẩm", (("mau", "san", "pham"), ("mau", "san"))),
    ("Thuê bao", (("thue", "bao"),)),
    ("Hội nghị", (("hoi", "nghi"),)),
    ("Hội thảo", (("hoi", "thao"),)),
    ("Cơ sở", (("co", "so"),)),
    ("Doanh nghiệp", (("doanh", "nghiep"),)),
    ("Sáng kiến", (("sang", "kien"),)),
    ("Nhiệm vụ", (("nhiem", "vu"),)),
    ("Sản phẩm", (("san", "pham"),)),
    ("Mô hình", (("mo", "hinh"),)),
    ("DN", (("dn",),)),
    ("Lớp", (("lop",),)),
    ("Mẫu", (("mau",),)),
    ("PTĐ", (("ptd",),)),
    ("Số", (("so",),)),
    ("%", (("%",),)),
    ("Điểm", (("diem",),)),
    ("Xã", (("xa",),)),
    ("Lượt", (("luot",),)),
    ("Người", (("nguoi",),)),
    ("Lần", (("lan",),)),
    ("Cuộc", (("cuoc",),)),
    ("Bài", (("bai",),)),
)
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$")
_DITTO = {'"', "“", "”", "''", "〃"}


def _measure_before(words: list[str], j: int) -> tuple[int, str] | None:
    """(start, measure) when the words just before position j name a unit of measure."""
    for name, spellings in _MEASURES:
        for spelling in spellings:
            n = len(spelling)
            if j - n < 0:
                continue
            window = [_norm(w) for w in words[j - n : j]]
            if n == 1:
                if window[0] == spelling[0] or (len(spelling[0]) >= 3 and _near(window[0], spelling[0])):
                    return j - n, name
                continue
            exact = sum(a == b for a, b in zip(window, spelling, strict=True))
            close = all(
                a == b or (len(b) >= 2 and _near_short(a, b)) for a, b in zip(window, spelling, strict=True)
            )
            if close and exact >= 1:
                return j - n, name
    # "Pé tai, dy" (the measure's first words, the rest on the next line)
    for name, spellings in _MEASURES:
        spelling = spellings[0]
        if len(spelling) >= 3 and j - 3 >= 0:
            window = [_norm(w) for w in words[j - 3 : j]]
            if all(_near_short(a, b) for a, b in zip(window, spelling[:3], strict=True)) and any(
                a == b for a, b in zip(window, spelling[:3], strict=True)
            ):
                return j - 3, name
    return None


def _target_in(text: str) -> tuple[str, str, str, str] | None:
    """(content, measure, target, rest) of an indicator line, or None when it prints no target."""
    words = text.split()
    for j in range(len(words) - 1, -1, -1):
        bare = words[j].strip("|;")
        if not _NUMBER.match(bare):
            continue
        found = _measure_before(words, j)
        if found:
            start, measure = found
            return " ".join(words[:start]).strip(" |"), measure, bare, " ".join(words[j + 1 :])
        if j > 0 and words[j - 1] in _DITTO:
            return " ".join(words[: j - 1]).strip(" |") + f" {bare}", "", "", " ".join(words[j + 1 :])
    return None


def _indicator_rows(table: _Table, reader: _Reader, warnings: list[Warning]) -> list[RawItem]:
    # Fragments of the lead-unit cell: what follows a target on a line, or a unit word on a section line.
    fragments: list[tuple[int, int, str]] = []  # (line, row index the fragment stands at, text)
    parsed = []
    for index, row in enumerate(table.rows):
        name_parts, measure, target = [], "", ""
        for k, (number, text) in enumerate(row.lines):
            found = _target_in(text)
            if found:
                before, line_measure, line_target, rest = found
                name_parts.append(before)
                if k == 0 and line_measure:
                    measure, target = line_measure, line_target
                if rest.strip():
                    fragments.append((number, index, rest.strip()))
            else:
                name_parts.append(text)
        parsed.append((_join(name_parts).lstrip("-~–• ").strip(), measure, target))
    section_rows = {}
    for number, section, raw in table.sections:
        # A section line's unit words ("Sé hiru tri tué Phong Quan ly") open the cell for the rows below it.
        words = raw.split()
        start = next(
            (k for k, w in enumerate(words) if _norm(w) in {"phong", "trung"} or w.startswith("(Phong")), None
        )
        below = next(
            (i for i, row in enumerate(table.rows) if row.number_line and row.number_line > number), None
        )
        if start is not None and below is not None:
            fragments.append((number, below, " ".join(words[start:])))
        section_rows[number] = section
    fragments.sort()
    cells: list[tuple[int, int, list[str]]] = []  # (first row, line, texts)
    open_cell: list[str] | None = None
    for number, index, text in fragments:
        if open_cell is None:
            open_cell = [text]
            cells.append((index, number, open_cell))
        else:
            open_cell.append(text)
        joined = _join(open_cell)
        whole = reader.resolve(reader.fixed(joined.split()))
        if joined.endswith(")") or (whole.units and not whole.unresolved and not whole.approximate):
            open_cell = None
    lead_for: dict[int, tuple[str, int, bool]] = {}
    for position, (first, number, texts) in enumerate(cells):
        last = cells[position + 1][0] if position + 1 < len(cells) else len(table.rows)
        cell_text = _unit_text(_join(texts), reader)
        own = {i for _n, i, _t in fragments if first <= i < last}
        for i in range(first, max(last, first + 1)):
            lead_for[i] = (cell_text, number, i not in own and i != first)
    items = []
    for index, row in enumerate(table.rows):
        name, measure, target = parsed[index]
        lead, cell_line, carried = lead_for.get(index, ("", None, False))
        if carried:
            warnings.append(
                Warning(
                    row.number_line,
                    _(
                        "Row %(ref)s: no lead unit printed on its lines; "
                        "the merged cell above (line %(line)s) is carried down."
                    )
                    % {"ref": row.ref, "line": cell_line},
                )
            )
        items.append(
            RawItem(
                content=name,
                line=row.number_line,
                ref=row.ref,
                section=row.section,
                lead=lead,
                indicator_name=name,
                indicator_measure=measure,
                indicator_target=target,
            )
        )
    return items


def _unit_text(cell: str, reader: _Reader) -> str:
    """The part of a unit cell that names a unit: its abbreviation in brackets, or the known spans in it."""
    candidates = [m.group(1) for m in re.finditer(r"\(([^()]*)\)?\s*$", cell)] + [cell]
    for candidate in candidates:
        text = reader.fixed(candidate.split()).strip(" ()")
        resolution = reader.resolve(text)
        if resolution.units and not resolution.unresolved:
            return text
        spans = [u for _p, u, _g in reader.units_in(candidate)]
        if spans:
            return "; ".join(spans)
    return cell
