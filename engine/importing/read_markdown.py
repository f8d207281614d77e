"""Markdown reader: pipe tables (`| TT | Tên nhiệm vụ |`, `|---|` rules), grid tables (`+----+` rules,
read_fixed_width.py) and the one-cell-per-line
shape of pages converted from thuvienphapluat.vn, where every cell sits between two `|` lines,
an empty pair `|`/`|` ends a row and cell text is hard-wrapped (lines are joined with a space).

Emphasis (`**I.**`, `*1*`), links and escapes are stripped from cells and paragraphs, struck-through
text (`~~30/3/2026~~`, deleted) dropped (a pipe row struck through as a whole, a remark in
parentheses aside, is read empty) and a task list's box (`- [x] `) left out; `#` headings
and list items keep their style. In the one-cell-per-line shape a piece of more than
`PROSE_LINES` lines, or one holding an appendix title ("PHỤ LỤC", "(Kèm theo …)"), is prose
and ends the table.
"""

import re
from dataclasses import replace

from django.utils.translation import gettext as _

from engine.importing.blocks import padded_grid
from engine.importing.read_fixed_width import find_ruled_tables
from engine.importing.readers import Builder, Document, _clean

# A delimiter row: cells of three dashes or more, or of fewer with an alignment colon (`|:-:|--:|`).
_RULE_CELL = r"\s*(?::-+:?|-+:|-{3,})\s*"
_RULE = re.compile(rf"^\s*\|?{_RULE_CELL}(\|{_RULE_CELL})*\|?\s*$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# A line break inside a pipe table's cell ("Thời<br>gian"): GFM cells hold no newline.
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)\*|\*(?!\w)|`)")
# GFM strikethrough ("~~30/3/2026~~"): text the author deleted, replaced by what follows.
_STRUCK = re.compile(r"~~(?=\S)[^~\n]*?~~[ \t]*")
# A task-list item's box ("- [ ] ", "- [x] "): the item's state, not its text.
_TASK_BOX = re.compile(r"^(\s*(?:[-*+]|\d+[.)])\s+)\[[ xX]\]\s+")
# A footnote's reference ("…[^2] — Quý III", "ngày 22/5[^3]"): a pointer to a note at the end, no
# part of the text it follows (the note's own line, "[^2]: …", stays).
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]{1,20}\](?!:)")
PROSE_LINES = 40


def read(text: str, name: str, lower: str) -> Document | None:
    lines = _without_footnotes(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    bars = sum(1 for line in lines if line.strip() == "|")
    rules = sum(1 for line in lines if _RULE.match(line) and "|" in line)
    is_markdown = lower.endswith((".md", ".markdown"))
    if not (is_markdown or rules or bars >= 20 or _bare_pipe_run(lines)):
        return None
    if not is_markdown and find_ruled_tables(lines):
        return None  # a text table drawn with rules (an ASCII grid's `|` rows): the text reader's
    document = Document(name=name, kind="markdown")
    builder = Builder(document)
    if bars >= 20 and bars > rules * 10:
        _one_cell_per_line(builder, lines)
    else:
        _pipe_tables(builder, lines)
    return document


_FOOTNOTE = re.compile(r"^\[\^[^\]\s]{1,20}\]:")


def _without_footnotes(lines: list[str]) -> list[str]:
    """The lines without footnote definitions ("[^2]: Theo Quyết định … ngày 12/8/2026", and their
    indented continuation lines): notes on the text, never a task nor a task's time; each becomes a
    blank line, so line numbers stay."""
    kept: list[str] = []
    in_note = False
    for line in lines:
        if _FOOTNOTE.match(line) or (in_note and line.startswith(("    ", "\t")) and line.strip()):
            in_note = True
            kept.append("")
            continue
        in_note = False
        kept.append(line)
    return kept


def plain(text: str) -> str:
    text = _STRUCK.sub("", text)  # struck-through text is deleted: "~~30/3~~ **15/4**" is 15/4
    text = _TASK_BOX.sub(r"\1", text)  # "- [x] **Task**": the task, done or not
    text = _FOOTNOTE_REF.sub("", text)
    text = _LINK.sub(r"\1", text).replace("\\|", "|")
    text = _BREAK.sub(" ", text)
    text = _EMPHASIS.sub("", text)
    return _clean(re.sub(r"\\([\\`*_{}\[\]()#+\-.!])", r"\1", text))


def _paragraph(builder: Builder, line: str, indents: list[int]) -> None:
    """One line as a paragraph; a list item keeps how deep it is nested (`indents`: the indentation
    of the list items open above it, outermost first), a heading or a line out of the list ends it."""
    heading = _HEADING.match(line.strip())
    if heading:
        indents.clear()
        builder.paragraph(plain(heading.group(2)), style="heading", level=len(heading.group(1)))
    elif _LIST.match(line):
        expanded = line.expandtabs(4)
        indent = len(expanded) - len(expanded.lstrip())
        while indents and indent < indents[-1]:
            indents.pop()  # back out to a shallower list
        if not indents or indent > indents[-1] + 1:
            indents.append(indent)  # two spaces or more deeper: a nested list
        builder.paragraph(plain(line), style="list", level=len(indents) - 1)
    else:
        if line.strip() and not line[:1].isspace():
            indents.clear()
        builder.paragraph(plain(line))


def _table(builder: Builder, rows: list[list[str]]) -> None:
    rows = [row for row in rows if any(cell for cell in row)]
    if not rows:
        return
    width = max(len(row) for row in rows)
    number = builder.tables + 1
    grid = padded_grid(rows)
    refs = [_("table %(t)d, row %(r)d") % {"t": number, "r": r} for r in range(1, len(rows) + 1)]
    ragged = [len(row) for row in rows] if any(len(row) < width for row in rows) else []
    builder.table(grid, ref=_("table %(t)d") % {"t": number}, row_refs=refs, ragged=ragged)


def _split_row(line: str) -> list[str]:
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    raw = re.split(r"(?<!\\)\|", body)
    cells = [plain(cell) for cell in raw]
    return [""] * len(cells) if _struck_row(raw, cells) else cells


# What an editor writes beside a row struck through: a remark in parentheses ("(chuyển sang tháng 9)",
# "(hoãn)"), after its struck text is dropped.
_REMARK = re.compile(r"\([^()]{1,80}\)")


def _struck_row(raw: list[str], cells: list[str]) -> bool:
    """Whether a pipe row is struck through as a whole (`| ~~Thứ Sáu, 27/8~~ | ~~14h00~~ | ~~Sơ kết …~~
    *(chuyển sang tháng 9)* | ~~Phòng …~~ |`): a cancelled or moved entry, read empty (as a spreadsheet's
    row whose every value is struck, read_xlsx). Every cell holding text holds struck text, two at
    least, and keeps nothing else but a remark in parentheses. Not a row where one cell's old value is
    struck beside its new one (`~~30/3/2026~~ 15/4/2026`) or where a cell is left unstruck: its other
    values still stand."""
    filled = [(text, cell) for text, cell in zip(raw, cells, strict=True) if text.strip()]
    struck = [text for text, _cell in filled if _STRUCK.search(text)]
    return len(struck) >= 2 and all(
        _STRUCK.search(text) and (not cell or _REMARK.fullmatch(cell)) for text, cell in filled
    )


def _pipe_tables(builder: Builder, lines: list[str]) -> None:
    rows: list[list[str]] = []
    indents: list[int] = []  # the list items' indentation open above the line
    bare = _bare_rows(lines)
    # A grid table (`+----+` rules, cells wrapped inside their row bands; pandoc's): read_fixed_width's.
    ruled = {first: (last + 1, grid) for first, last, grid, _starts in find_ruled_tables(lines)}
    index = 0
    while index < len(lines):
        line = lines[index]
        if index in ruled:
            _table(builder, rows)
            rows = []
            end, grid = ruled[index]
            number = builder.tables + 1
            cells = [[replace(cell, text=plain(cell.text)) for cell in row] for row in grid]
            refs = [_("table %(t)d, row %(r)d") % {"t": number, "r": r} for r in range(1, len(cells) + 1)]
            builder.table(cells, ref=_("table %(t)d") % {"t": number}, row_refs=refs)
            index = end
            continue
        if index in bare:
            rows.extend(bare[index][1])
            index = bare[index][0]
            continue
        index += 1
        if _PIPE_ROW.match(line) and line.count("|") >= 2:
            if not _RULE.match(line):
                rows.append(_split_row(line))
            continue
        if rows:
            _table(builder, rows)
            rows = []
            indents.clear()
        _paragraph(builder, line, indents)
    _table(builder, rows)


def _bars(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def _bare_pipe_run(lines: list[str]) -> bool:
    """Three lines running with two or more `|` separators each, two of them with the same number:
    a pipe table as a portal's text gives it, without the leading `|` or the `|---|` rule."""
    counts: list[int] = []
    for line in [*lines, ""]:
        bars = _bars(line)
        if bars >= 2:
            counts.append(bars)
            continue
        if len(counts) >= 3 and len(set(counts)) < len(counts):
            return True
        counts = []
    return False


def _bare_rows(lines: list[str]) -> dict[int, tuple[int, list[list[str]]]]:
    """{first line: (line after the run, rows)} for each run of pipe-separated lines that is not a
    Markdown table (some line lacks the leading `|`) and holds three rows of one width.

    A row broken over lines (its closing `|` missing where the run's rows have one) is joined with
    the next line; a row shorter than the table is missing its leading cells where its cells look
    like the columns further right (a day cell printed only on a day's first row: `9:45 | …` under
    `T. Ba 03/9 | 7:30 | …`) — those positions repeat the cell above, as a merge does."""
    runs: dict[int, tuple[int, list[list[str]]]] = {}
    index = 0
    while index < len(lines):
        if _bars(lines[index]) == 0 or _RULE.match(lines[index]):
            index += 1
            continue
        end = index
        while end < len(lines) and _bars(lines[end]) > 0 and not _RULE.match(lines[end]):
            end += 1
        piece = lines[index:end]
        if not all(_PIPE_ROW.match(line) for line in piece) and _bare_pipe_run(piece):
            runs[index] = (end, _rebuild(piece))
        index = end
    return runs


def _rebuild(piece: list[str]) -> list[list[str]]:
    closed = sum(line.rstrip().endswith("|") for line in piece) > len(piece) / 2
    joined: list[str] = []
    for line in piece:
        if joined and closed and not joined[-1].rstrip().endswith("|"):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    rows = [_split_row(line) for line in joined]
    rows = [row for row in rows if any(cell for cell in row)]
    widths = [len(row) for row in rows]
    width = max((w for w in widths if widths.count(w) >= 2), default=max(widths, default=0))
    full = [row for row in rows if len(row) == width]
    kinds = [
        max(set(column), key=column.count)
        for column in ([_kind(row[c]) for row in full[1:] or full] for c in range(width))
    ]
    out: list[list[str]] = []
    for row in rows:
        if 0 < len(row) < width and out:
            shift = max(
                range(width - len(row) + 1),
                key=lambda s: (sum(_kind(cell) == kinds[s + c] for c, cell in enumerate(row)), -s),
            )
            row = [*(out[-1][c] for c in range(shift)), *row]
        out.append(row)
    return out


def _kind(text: str) -> str:
    """What a cell looks like, to line a short row up with its columns."""
    text = text.strip()
    if not text:
        return "blank"
    if re.search(r"\d{1,2}\s*[/.-]\s*\d{1,2}", text) and len(text) <= 30:
        return "date"
    if re.match(r"^\(?\d{1,2}\s*(?:[:hg]|giờ)\s*\d{0,2}", text, re.IGNORECASE) and len(text) <= 25:
        return "time"
    return "short" if len(text) <= 40 else "long"


_APPENDIX = re.compile(r"^phụ lục\b", re.IGNORECASE)
_ATTACHED = re.compile(r"\((?:ban hành )?kèm theo\b", re.IGNORECASE)


def _is_prose(piece: list[str]) -> bool:
    """Prose between tables: a long piece, or an appendix title ("PHỤ LỤC", "(Kèm theo …)",
    "(Ban hành kèm theo …)", whose words the site may have wrapped over lines)."""
    if len(piece) > PROSE_LINES:
        return True
    if any(_APPENDIX.match(plain(line)) for line in piece):
        return True
    return bool(_ATTACHED.search(" ".join(plain(line) for line in piece)))


# A line of dots alone ("….................................", "......"): where a site cut part of a table.
_CUT_MARK = re.compile(r"[.…·]{6,}")


def _cut_mark(piece: list[str]) -> bool:
    """Whether a piece between bars is only a cut mark (_CUT_MARK) on one line."""
    lines = [text.strip() for text in piece if text.strip()]
    return len(lines) == 1 and bool(_CUT_MARK.fullmatch(lines[0]))


def _one_cell_per_line(builder: Builder, lines: list[str]) -> None:
    rows: list[list[str]] = []
    row: list[str] = []
    piece: list[str] = []
    in_table = False

    def close_table() -> None:
        nonlocal rows, row, in_table
        if row:
            rows.append(row)
        _table(builder, rows)
        rows, row, in_table = [], [], False

    for line in [*lines, "|"]:
        if line.strip() != "|":
            piece.append(line)
            continue
        # A bar ends the piece before it: a cell, a row break (nothing), or prose.
        if not in_table or _is_prose(piece):
            close_table()
            for text in piece:
                if text.strip():
                    _paragraph(builder, text, [])
            in_table = True
        elif _cut_mark(piece) and rows and len(row) >= len(rows[0]):
            # the site's mark where it cut rows out ("….........", in place of the next row's opening
            # bar, after a row with all its cells): the row ends there, and the mark is no cell (a
            # row's own cell of dots to fill in comes before the row is full)
            rows.append(row)
            row = []
        elif any(text.strip() for text in piece):
            row.append(plain(" ".join(text.strip() for text in piece if text.strip())))
        elif row:
            rows.append(row)
            row = []
        piece = []
    close_table()
