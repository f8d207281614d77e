"""Markdown reader: pipe tables (`| TT | Tên nhiệm vụ |`, `|---|` rules) and the one-cell-per-line
shape of pages converted from thuvienphapluat.vn, where every cell sits between two `|` lines,
an empty pair `|`/`|` ends a row and cell text is hard-wrapped (lines are joined with a space).

Emphasis (`**I.**`, `*1*`), links and escapes are stripped from cells and paragraphs; `#` headings
and list items keep their style. In the one-cell-per-line shape a piece of more than
`PROSE_LINES` lines, or one holding an appendix title ("PHỤ LỤC", "(Kèm theo …)"), is prose
and ends the table.
"""

import re

from django.utils.translation import gettext as _

from engine.importing.blocks import Cell
from engine.importing.readers import Builder, Document, _clean

_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)\*|\*(?!\w)|`)")
PROSE_LINES = 40


def read(text: str, name: str, lower: str) -> Document | None:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    bars = sum(1 for line in lines if line.strip() == "|")
    rules = sum(1 for line in lines if _RULE.match(line) and "|" in line)
    is_markdown = lower.endswith((".md", ".markdown"))
    if not (is_markdown or rules or bars >= 20):
        return None
    document = Document(name=name, kind="markdown")
    builder = Builder(document)
    if bars >= 20 and bars > rules * 10:
        _one_cell_per_line(builder, lines)
    else:
        _pipe_tables(builder, lines)
    return document


def plain(text: str) -> str:
    text = _LINK.sub(r"\1", text).replace("\\|", "|")
    text = _EMPHASIS.sub("", text)
    return _clean(re.sub(r"\\([\\`*_{}\[\]()#+\-.!])", r"\1", text))


def _paragraph(builder: Builder, line: str) -> None:
    heading = _HEADING.match(line.strip())
    if heading:
        builder.paragraph(plain(heading.group(2)), style="heading", level=len(heading.group(1)))
    elif _LIST.match(line):
        builder.paragraph(plain(line), style="list")
    else:
        builder.paragraph(plain(line))


def _table(builder: Builder, rows: list[list[str]]) -> None:
    rows = [row for row in rows if any(cell for cell in row)]
    if not rows:
        return
    width = max(len(row) for row in rows)
    number = builder.tables + 1
    grid = [[Cell(text) for text in row] + [Cell("")] * (width - len(row)) for row in rows]
    refs = [_("table %(t)d, row %(r)d") % {"t": number, "r": r} for r in range(1, len(rows) + 1)]
    ragged = [len(row) for row in rows] if any(len(row) < width for row in rows) else []
    builder.table(grid, ref=_("table %(t)d") % {"t": number}, row_refs=refs, ragged=ragged)


def _split_row(line: str) -> list[str]:
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [plain(cell) for cell in re.split(r"(?<!\\)\|", body)]


def _pipe_tables(builder: Builder, lines: list[str]) -> None:
    rows: list[list[str]] = []
    for line in lines:
        if _PIPE_ROW.match(line) and line.count("|") >= 2:
            if not _RULE.match(line):
                rows.append(_split_row(line))
            continue
        if rows:
            _table(builder, rows)
            rows = []
        _paragraph(builder, line)
    _table(builder, rows)


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
                    _paragraph(builder, text)
            in_table = True
        elif any(text.strip() for text in piece):
            row.append(plain(" ".join(text.strip() for text in piece if text.strip())))
        elif row:
            rows.append(row)
            row = []
        piece = []
    close_table()
