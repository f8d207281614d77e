"""Tables drawn with spaces: plain text as a PDF-to-text tool keeps the layout (`pdftotext -layout`).

Such a table has no separator: its columns are fixed-width, a cell's wrapped lines interleave with
the other cells' on the following lines, and a page break (a form feed, often after a page number)
repeats the header. Here a header line is a line of three or more texts, each after a run of two
or more spaces, that names a content column and another role (engine/importing/headers.py); each
text's start is a column's start. The lines under it belong to the table while every text on them
starts at a column's start and ends before the next column's (a heading or a paragraph running
across the columns ends the table). A row starts where its number column (the first) is filled —
or after a blank line where the first column is no number column — and each line's texts join the
cells of the row above; a page number, a form feed and the header repeated are dropped.
"""

from __future__ import annotations

import re

from engine.importing.blocks import Cell, Paragraph, Table
from engine.importing.headers import role_scores

_GAP = re.compile(r"\S+(?: \S+)*")  # a text: words parted by single spaces
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(?:trang\s+)?\d{1,3}(?:\s*-)?\s*$", re.IGNORECASE)
_TOLERANCE = 1  # a column's text may start this many characters off its header's start


def _texts(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each text of a line, texts parted by two or more spaces."""
    return [(m.start(), m.end(), m.group(0)) for m in _GAP.finditer(line.replace("\t", "    "))]


def header_columns(line: str) -> list[int] | None:
    """The column starts of a header line drawn with spaces, or None where the line is no header."""
    texts = _texts(line)
    if len(texts) < 3:
        return None
    roles = [role_scores(text) for _start, _end, text in texts]
    if not any(scores.get("content", 0) >= 0.8 for scores in roles):
        return None
    others = sum(any(role in scores for role in ("lead", "due", "coordinating")) for scores in roles)
    return [start for start, _end, _text in texts] if others else None


def _column_of(start: int, columns: list[int]) -> int | None:
    for index, column in enumerate(columns):
        if abs(start - column) <= _TOLERANCE:
            return index
    return None


def _fits(texts: list[tuple[int, int, str]], columns: list[int]) -> bool:
    """Every text starts at a column's start and ends before the next column's."""
    for start, end, _text in texts:
        index = _column_of(start, columns)
        if index is None or (index + 1 < len(columns) and end > columns[index + 1] - 1):
            return False
    return True


def _same_header(texts: list[tuple[int, int, str]], header: list[str]) -> bool:
    return [text for _s, _e, text in texts] == header


def find_tables(lines: list[str]) -> list[tuple[int, int, list[list[str]], list[int]]]:
    """Each table drawn with spaces: (first line, last line, rows of cells, each row's first line),
    line indices 0-based; the first row is the header."""
    found = []
    index = 0
    while index < len(lines):
        columns = header_columns(lines[index].replace("\f", ""))
        if columns is None:
            index += 1
            continue
        header = [text for _s, _e, text in _texts(lines[index])]
        numbered = "ref" in role_scores(header[0])
        rows: list[list[str]] = [header]
        starts = [index]
        last = index
        blank_before = False
        cursor = index + 1
        while cursor < len(lines):
            line = lines[cursor].replace("\f", "")
            texts = _texts(line)
            if not texts:
                blank_before = True
                cursor += 1
                continue
            if _same_header(texts, header):  # the header repeated on the next page
                blank_before, cursor = True, cursor + 1
                continue
            if _PAGE_NUMBER.match(line) and _column_of(texts[0][0], columns) != 0:
                cursor += 1  # the page's number at its foot
                continue
            if not _fits(texts, columns):
                break
            cells = [""] * len(columns)
            for start, _end, text in texts:
                cells[_column_of(start, columns)] = text
            new_row = bool(cells[0]) if numbered else (blank_before or len(rows) == 1)
            if new_row or len(rows) == 1:
                rows.append(cells)
                starts.append(cursor)
            else:
                rows[-1] = [
                    " ".join(part for part in (old, new) if part)
                    for old, new in zip(rows[-1], cells, strict=True)
                ]
            last, blank_before, cursor = cursor, False, cursor + 1
        if len(rows) > 1:
            found.append((index, last, rows, starts))
        index = last + 1
    return found


def blocks(raw_lines: list[str], numbers: list[int]) -> list | None:
    """The blocks of a text whose tables are drawn with spaces (paragraphs a line each, as
    `blocks_from_lines` makes them), or None where the text has no such table."""
    tables = find_tables(raw_lines)
    if not tables:
        return None
    out: list = []
    index = 0
    for number, (first, last, rows, starts) in enumerate(tables, start=1):
        for line in range(index, first):
            if text := raw_lines[line].replace("\f", "").strip():
                out.append(Paragraph(text, line=numbers[line]))
        grid = [[Cell(text) for text in row] for row in rows]
        out.append(
            Table(
                grid,
                number=number,
                row_lines=[numbers[start] for start in starts],
                spans_known=False,
            )
        )
        index = last + 1
    for line in range(index, len(raw_lines)):
        if text := raw_lines[line].replace("\f", "").strip():
            out.append(Paragraph(text, line=numbers[line]))
    return out
