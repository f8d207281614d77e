""".docx reader: paragraphs with their heading/list style and level, tables with gridSpan/vMerge spans.

The package was measured by `limits.check_zip` first (paragraphs and cells counted in the XML),
so python-docx never builds a tree the limits do not allow.

Before reading, the body is put in the form python-docx walks (`accept_markup`): tracked changes
are accepted (a deletion dropped, an insertion or move kept as plain runs, a deleted row dropped)
and content controls (`w:sdt`, a form template's fields) are unwrapped at every level, their
placeholder text (`w:showingPlcHdr`) emptied: python-docx sees neither inside such wrappers.
"""

import io

from django.utils.translation import gettext as _

from engine.importing.blocks import Cell, Paragraph, grid_from_spans
from engine.importing.blocks import Table as TableBlock
from engine.importing.docx_numbering import Numbering
from engine.importing.errors import ImportFailed
from engine.importing.headers import is_header_line, role_scores
from engine.importing.readers import Builder, Document, _clean, _fix_legacy


def read_docx(data: bytes, name: str) -> Document:
    import docx
    from docx.table import Table

    try:
        word = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a damaged package
        raise ImportFailed(
            _("The Word file is damaged or not a .docx (%(error)s).") % {"error": exc}, source=name
        ) from None
    accept_markup(word.element.body)
    document = Document(name=name, kind="docx")
    builder = Builder(document)
    numbering = Numbering(word)
    tabbed: dict[int, list[str]] = {}
    for block in word.iter_inner_content():
        if isinstance(block, Table):
            _table(builder, block, numbering)
        else:
            _paragraph(builder, block, numbering, tabbed)
    if tabbed:
        document.blocks = tab_tables(document.blocks, tabbed)
    _fix_legacy(document)
    return document


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Tracked removals: their content is dropped. `w:del` inside a `w:rPr`/`w:trPr` is a mark on
# the run or row that holds it, not a wrapper (below).
_REMOVED = (f"{_W}del", f"{_W}moveFrom")
_KEPT = (f"{_W}ins", f"{_W}moveTo", f"{_W}customXml", f"{_W}smartTag")
_PROPERTIES = (f"{_W}rPr", f"{_W}pPr", f"{_W}trPr", f"{_W}tcPr", f"{_W}sectPr", f"{_W}tblPr")


def accept_markup(body) -> None:
    """Tracked changes accepted and content controls unwrapped, in place (see the module's text)."""
    for control in list(body.iter(f"{_W}sdt")):
        properties = control.find(f"{_W}sdtPr")
        if properties is not None and properties.find(f"{_W}showingPlcHdr") is not None:
            for text in control.iter(f"{_W}t"):
                text.text = ""  # "Nhấp vào đây để nhập văn bản.": the form's prompt, not content
    for row in list(body.iter(f"{_W}tr")):
        properties = row.find(f"{_W}trPr")
        if properties is not None and properties.find(f"{_W}del") is not None and row.getparent() is not None:
            row.getparent().remove(row)
    for element in list(body.iter(*_REMOVED)):
        parent = element.getparent()
        if parent is not None and parent.tag not in _PROPERTIES:
            parent.remove(element)
    for element in list(body.iter(*_KEPT, f"{_W}sdt")):
        parent = element.getparent()
        if parent is None or parent.tag in _PROPERTIES:
            continue
        if element.tag == f"{_W}sdt":
            content = element.find(f"{_W}sdtContent")
            children = list(content) if content is not None else []
        else:
            children = list(element)
        position = parent.index(element)
        parent.remove(element)
        for offset, child in enumerate(children):
            parent.insert(position + offset, child)


def _paragraph(builder: Builder, paragraph, numbering: Numbering, tabbed: dict | None = None) -> None:
    style, level = _style(paragraph)
    raw = paragraph.text
    text = "\n".join(_clean(part) for part in raw.split("\n"))
    mark = numbering.mark(paragraph) if text.strip() else ""
    if mark:
        text = f"{mark} {text}"  # Word draws the number; the recognisers read it as typed
    builder.paragraph(text, style=style, level=level)
    if tabbed is not None and "\t" in raw.strip() and "\n" not in raw.strip():
        # Its cells as the tab stops place them (a leading tab kept: the first column left blank).
        cells = [_clean(cell) for cell in raw.rstrip().split("\t")]
        tabbed[id(builder.document.blocks[-1])] = [mark, *cells] if mark else cells


def tab_tables(blocks: list, tabbed: dict[int, list[str]]) -> list:
    """Paragraphs laid out with tab stops (and dot leaders) instead of a table, under a tabbed header
    line (`TT<tab>Nội dung<tab>Đơn vị thực hiện<tab>Thời hạn`): one row each, a paragraph in lower
    case without a tab continuing the content above it (a content cut at its stop). At least two
    tabbed rows under the header make a Table in their place (spans unknown, as in tab-separated
    text); the tables after it are numbered on."""
    out: list = []
    index = 0
    while index < len(blocks):
        header = tabbed.get(id(blocks[index]))
        if header is None or not is_header_line(header):
            out.append(blocks[index])
            index += 1
            continue
        width = len(header)
        content = max(range(width), key=lambda column: role_scores(header[column]).get("content", 0.0))
        rows, members, after = [header], [blocks[index]], index + 1
        while after < len(blocks) and isinstance(blocks[after], Paragraph):
            cells = tabbed.get(id(blocks[after]))
            text = blocks[after].text
            if cells is None:
                if not text[:1].islower() or "\n" in text:
                    break
                cells = [text if column == content else "" for column in range(width)]
            rows.append(_fitted(cells, width))
            members.append(blocks[after])
            after += 1
        if sum(id(member) in tabbed for member in members[1:]) < 2:
            out.append(blocks[index])
            index += 1
            continue
        number = sum(isinstance(block, TableBlock) for block in out) + 1
        refs = [_("table %(t)d, row %(r)d") % {"t": number, "r": r} for r in range(1, len(rows) + 1)]
        out.append(
            TableBlock(
                [[Cell(text) for text in row] for row in rows],
                number=number,
                ref=_("table %(t)d") % {"t": number},
                row_lines=[member.line for member in members],
                row_refs=refs,
                spans_known=False,
            )
        )
        index = after
    _renumber(out)
    return out


def _fitted(cells: list[str], width: int) -> list[str]:
    """A row of exactly `width` cells: blank stops skipped where it has too many, padded at the end."""
    cells = list(cells)
    while len(cells) > width and "" in cells[1:]:
        del cells[cells.index("", 1)]
    if len(cells) > width:
        cells[width - 1 :] = [" ".join(cells[width - 1 :])]
    return cells + [""] * (width - len(cells))


def _renumber(blocks: list) -> None:
    """Tables numbered 1, 2, … in reading order again, their references with them."""
    number = 0
    for block in blocks:
        if not isinstance(block, TableBlock):
            continue
        number += 1
        if block.number == number:
            continue
        block.number = number
        block.ref = _("table %(t)d") % {"t": number}
        block.row_refs = [
            _("table %(t)d, row %(r)d") % {"t": number, "r": r} for r in range(1, len(block.rows) + 1)
        ]


_MAX_NESTING = 5  # deeper nesting is read as the cell's text, as a table without nesting


def _style(paragraph) -> tuple[str, int]:
    """("heading", n) for Heading n / Title, ("list", n) for a numbered or bulleted paragraph."""
    try:
        style_name = (paragraph.style.name or "") if paragraph.style is not None else ""
    except (KeyError, AttributeError, ValueError):
        style_name = ""
    lowered = style_name.lower()
    if lowered.startswith("heading") or lowered == "title":
        digits = "".join(ch for ch in lowered if ch.isdigit())
        return "heading", int(digits) if digits else 1
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    if num_pr is not None or lowered.startswith("list"):
        level = 0
        if num_pr is not None and num_pr.ilvl is not None and num_pr.ilvl.val is not None:
            level = int(num_pr.ilvl.val)
        return "list", level
    return "", 0


def _table(builder: Builder, table, numbering: Numbering, depth: int = 0) -> None:
    """A Word table; a row holding a nested table ends the rows above it (a table of their own),
    and its cells are read in order: paragraphs as paragraphs, each inner table as a table."""
    from docx.table import Table, _Cell

    rows = list(table._tbl.tr_lst)
    if depth >= _MAX_NESTING or not any(tc.tbl_lst for tr in rows for tc in tr.tc_lst):
        _grid(builder, table, rows)
        return
    segment: list = []
    for tr in rows:
        if not any(tc.tbl_lst for tc in tr.tc_lst):
            segment.append(tr)
            continue
        if segment:
            _grid(builder, table, segment)
            segment = []
        for tc in tr.tc_lst:
            if tc.vMerge == "continue":
                continue
            for inner in _Cell(tc, table).iter_inner_content():
                if isinstance(inner, Table):
                    _table(builder, inner, numbering, depth + 1)
                else:
                    _paragraph(builder, inner, numbering)
    if segment:
        _grid(builder, table, segment)


def _grid(builder: Builder, table, tr_lst) -> None:
    """Word table rows → a full grid: a gridSpan is a column span, a vMerge run a row span."""
    from docx.table import _Cell

    number = builder.tables + 1
    raw: list[list[tuple[str, str | None, int]]] = []  # (text, vMerge, grid span) per tc
    parts: dict[tuple[int, int], tuple[str, ...]] = {}  # (row, tc) → its paragraphs, where several
    for tr in tr_lst:
        row = []
        for tc in tr.tc_lst:
            merge = tc.vMerge
            text = "" if merge == "continue" else _clean(_Cell(tc, table).text)
            lines = tuple(line for line in (_clean(part) for part in text.split("\n")) if line)
            if len(lines) > 1:
                parts[(len(raw), len(row))] = lines
            row.append((text.replace("\n", " "), merge, max(tc.grid_span, 1)))
        raw.append(row)
    # Where each tc starts in the grid, to find the cells a restart covers below it.
    starts: list[dict[int, tuple[str, str | None, int]]] = []
    for row in raw:
        column, placed = 0, {}
        for cell in row:
            placed[column] = cell
            column += cell[2]
        starts.append(placed)
    spans: list[list[tuple[str, int, int]]] = []
    widths = []
    for r, row in enumerate(raw):
        out, column = [], 0
        for position, (text, merge, span) in enumerate(row):
            if merge == "continue" and r > 0 and _covered(starts, r, column):
                column += span
                continue  # grid_from_spans fills it from the restart above
            down = 1
            if merge == "restart":
                while (
                    r + down < len(raw) and (below := starts[r + down].get(column)) and below[1] == "continue"
                ):
                    down += 1
            out.append((text, down, span, parts.get((r, position), ())))
            column += span
        spans.append(out)
        widths.append(column)
    grid = grid_from_spans(spans)
    refs = [_("table %(t)d, row %(r)d") % {"t": number, "r": r} for r in range(1, len(grid) + 1)]
    builder.table(grid, ref=_("table %(t)d") % {"t": number}, row_refs=refs, widths=widths)


def _covered(starts, row: int, column: int) -> bool:
    """A vMerge continue cell is covered where the run of cells above it at its column starts with a
    restart (a run without one, as some writers leave it, is a cell of its own)."""
    for above_row in range(row - 1, -1, -1):
        above = starts[above_row].get(column)
        if above is None or above[1] not in ("restart", "continue"):
            return False
        if above[1] == "restart":
            return True
    return False
