"""Tables drawn in plain text: with spaces, as a PDF-to-text tool keeps the layout (`pdftotext -layout`),
or with rules (box-drawing characters `┌─┬─┐ │ ├─┼─┤ ╞═╪═╡ └─┴─┘`, double and heavy lines, or an
ASCII grid `+----+----+` with `|` between cells and `+====+` under the header).

A table drawn with spaces has no separator: its columns are fixed-width, a cell's wrapped lines
interleave with the other cells' on the following lines, and a page break (a form feed, often after
a page number) repeats the header. Here a header line is a line of three or more texts, each after a
run of two or more spaces, that names a content column and another role (engine/importing/headers.py);
each text's start is a column's start. The lines under it belong to the table while every text on them
starts at a column's start and ends before the next column's (a heading or a paragraph running
across the columns ends the table). A row starts where its number column (the first) is filled —
or after a blank line where the first column is no number column — and each line's texts join the
cells of the row above; a page number, a form feed and the header repeated are dropped, and a line of
rule runs (`-----  ------`, `=====`) under the header or between rows parts rows as a blank line does.

A ruled table starts at a rule line (its top border) and runs while its lines are rules or rows framed
by vertical bars. The rules' junctions and the rows' bars are the column edges; the lines between two
rules are one row band, each cell's lines joined (a cell wrapped in its box). A cell spans the columns
between its own bars (a section row across the table), and a rule left open in a column (`┤   ├`)
carries that column's cell down into the next band (merged down). Where no rule parts the body's rows,
a line whose first cell is filled starts a row and the others continue it.
"""

from __future__ import annotations

import itertools
import re

from engine.importing.blocks import Cell, Paragraph, Table
from engine.importing.headers import is_header_line, role_scores
from engine.text import nfc

_GAP = re.compile(r"\S+(?: \S+)*")  # a text: words parted by single spaces
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(?:trang\s+)?\d{1,3}(?:\s*-)?\s*$", re.IGNORECASE)
_RULE_RUN = set("-=─━═–—_")  # the characters of a rule drawn under or between a spaced table's rows
_TOLERANCE = 1  # a column's text may start this many characters off its header's start


def _texts(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each text of a line, texts parted by two or more spaces."""
    return [(m.start(), m.end(), m.group(0)) for m in _GAP.finditer(line.replace("\t", "    "))]


def header_columns(line: str) -> list[int] | None:
    """The column starts of a header line drawn with spaces, or None where the line is no header."""
    texts = _texts(line)
    if len(texts) < 3 or not is_header_line([text for _start, _end, text in texts]):
        return None
    return [start for start, _end, _text in texts]


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


def _is_text_rule(texts: list[tuple[int, int, str]]) -> bool:
    """A line of rule runs only (`------------  ------`, `=====`, `────`): a table drawn with spaces
    underlines its header or parts its rows with it, as a blank line does; it is no row."""
    return bool(texts) and all(len(text) >= 3 and set(text) <= _RULE_RUN for _start, _end, text in texts)


def _header_wrap(cells: list[str], header: list[str]) -> bool:
    """A line right under the header (no blank line between) that continues its titles wrapped in
    their columns (`Đơn vị phối` / `hợp`, `ST` / `T`): short texts, no digit, and nothing under the
    content column's title (a task row always fills it)."""
    content = [index for index, title in enumerate(header) if role_scores(title).get("content", 0) >= 0.8]
    return (
        any(cells)
        and all(len(text.split()) <= 2 and not any(ch.isdigit() for ch in text) for text in cells)
        and all(not cells[index] for index in content)
    )


def _join_header(upper: str, lower: str) -> str:
    """A title and its wrapped rest; a short capitalised abbreviation cut inside (`ST` / `T`) joins
    without a space."""
    short = len(upper) <= 3 and len(lower) <= 2 and " " not in upper + lower
    if short and upper.isupper() and lower.isupper():
        return upper + lower
    return " ".join(part for part in (upper, lower) if part)


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
            if _is_text_rule(texts):  # the header's underline, or a rule parting two rows
                blank_before, cursor = True, cursor + 1
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
            if len(rows) == 1 and not blank_before and _header_wrap(cells, rows[0]):
                rows[0] = [_join_header(old, new) for old, new in zip(rows[0], cells, strict=True)]
                numbered = "ref" in role_scores(rows[0][0])
                last, cursor = cursor, cursor + 1
                continue
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


def blocks(raw_lines: list[str], numbers: list[int], *, spaced: bool = True) -> list | None:
    """The blocks of a text whose tables are drawn with rules or (`spaced`) with spaces (paragraphs a
    line each, as `blocks_from_lines` makes them), or None where the text has no such table."""
    found = [(first, last, grid, starts, True) for first, last, grid, starts in find_ruled_tables(raw_lines)]
    covered = {line for first, last, *_rest in found for line in range(first, last + 1)}
    if spaced:
        masked = ["" if index in covered else line for index, line in enumerate(raw_lines)]
        for first, last, rows, starts in find_tables(masked):
            found.append((first, last, [[Cell(text) for text in row] for row in rows], starts, False))
    if not found:
        return None
    out: list = []
    index = 0
    found.sort(key=lambda table: table[0])
    for number, (first, last, grid, starts, spans_known) in enumerate(found, start=1):
        for line in range(index, first):
            if text := raw_lines[line].replace("\f", "").strip():
                out.append(Paragraph(text, line=numbers[line]))
        out.append(
            Table(
                grid,
                number=number,
                row_lines=[numbers[start] for start in starts],
                spans_known=spans_known,
            )
        )
        index = last + 1
    for line in range(index, len(raw_lines)):
        if text := raw_lines[line].replace("\f", "").strip():
            out.append(Paragraph(text, line=numbers[line]))
    return out


# --- tables drawn with rules ---------------------------------------------------------------------

_VERTICAL = "│┃║|╎╏┆┇┊┋"
_HORIZONTAL = "─━═-=┄┅┈┉╌╍"
_JUNCTION = "┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╓╕╖╘╙╛╜╞╟╡╢╤╥╧╨╪╫┍┎┑┒┕┖┙┚┝┞┟┠┡┢┥┦┧┨┩┪┭┮┯┰┱┲┵┶┷┸┹┺┽┾┿╀╁╂╃╄╅╆╇╈╉╊+"
_RULE_CHARS = set(_VERTICAL + _HORIZONTAL + _JUNCTION + ": ")
_EDGES = set(_VERTICAL + _JUNCTION)
# A list mark opening a cell's line: a new paragraph of the cell (`Cell.parts`), not a wrapped line.
_CELL_MARK = re.compile(r"^(?:[-–•+]\s|[a-zđ]\)\s|\d{1,2}[.)]\s)")


def _is_rule(line: str) -> bool:
    text = line.strip()
    return (
        len(text) >= 3
        and set(text) <= _RULE_CHARS
        and sum(ch in _HORIZONTAL for ch in text) >= 3
        and text[0] in _EDGES  # a border's corner or bar: a bare `-----` (a signature's line) is none
        and text[-1] in _EDGES
    )


def _is_row(line: str) -> bool:
    text = line.strip()
    return len(text) >= 3 and text[0] in _VERTICAL and text[-1] in _VERTICAL


def _bars(line: str, chars: set[str]) -> list[int]:
    return [index for index, ch in enumerate(line) if ch in chars]


def _edge_index(position: int, edges: list[int]) -> int | None:
    """The column edge at a bar's position (one character off is still it: a hand-typed table)."""
    best = min(range(len(edges)), key=lambda i: abs(edges[i] - position), default=None)
    return best if best is not None and abs(edges[best] - position) <= 1 else None


def _edges(piece: list[str]) -> list[int]:
    """The positions of the column edges: every junction of a rule and every bar of a row, each a few
    times or at a border (a bar one character off a junction is the same edge)."""
    counts: dict[int, int] = {}
    for line in piece:
        chars = _EDGES if _is_rule(line) else set(_VERTICAL)
        for position in _bars(line, chars):
            counts[position] = counts.get(position, 0) + 1
    edges: list[int] = []
    for position in sorted(counts):
        if edges and position - edges[-1] <= 1:
            if counts[position] > counts[edges[-1]]:
                edges[-1] = position
            continue
        edges.append(position)
    return edges


class _Open:
    """A cell being read: its first band, its columns and its lines."""

    def __init__(self, band: int, first: int, last: int):
        self.band, self.first, self.last = band, first, last
        self.lines: list[str] = []
        self.bands = 1

    def text_and_parts(self) -> tuple[str, tuple[str, ...]]:
        parts: list[str] = []
        for line in self.lines:
            if parts and not _CELL_MARK.match(line):
                parts[-1] = f"{parts[-1]} {line}"
            else:
                parts.append(line)
        return " ".join(parts), tuple(parts) if len(parts) > 1 else ()


def _cells_of(line: str, edges: list[int]) -> list[tuple[int, int, str]]:
    """(first column, last column, text) of each cell a row line prints between its bars."""
    bars = [position for position in _bars(line, set(_VERTICAL)) if _edge_index(position, edges) is not None]
    out = []
    for left, right in itertools.pairwise(bars):
        first, last = _edge_index(left, edges), _edge_index(right, edges) - 1
        if last >= first:
            out.append((first, last, " ".join(line[left + 1 : right].split())))
    return out


def _rule_closes(line: str, edges: list[int], first: int, last: int) -> bool:
    """Whether a rule line is drawn under the columns `first`…`last` (not left open: merged down)."""
    segment = line[edges[first] + 1 : edges[last + 1]] if last + 1 < len(edges) else line[edges[first] + 1 :]
    return any(ch in _HORIZONTAL for ch in segment)


def _ruled_grid(piece: list[str]) -> tuple[list[list[Cell]], list[int]] | None:
    """A ruled table's lines → (a full grid of cells, the index in `piece` of each row's first line)."""
    edges = _edges(piece)
    width = len(edges) - 1
    if width < 2:
        return None
    placed: list[_Open] = []
    open_cells: dict[int, _Open] = {}  # by first column
    band, band_lines, starts = 0, 0, []

    def close(cells: list[_Open]) -> None:
        for cell in cells:
            placed.append(cell)
            open_cells.pop(cell.first, None)

    for index, line in enumerate(piece):
        if _is_rule(line):
            if band_lines:
                close([c for c in open_cells.values() if _rule_closes(line, edges, c.first, c.last)])
                for cell in open_cells.values():
                    cell.bands += 1  # left open under this rule: merged into the next band
                band, band_lines = band + 1, 0
            continue
        if not band_lines:
            starts.append(index)
        band_lines += 1
        for first, last, text in _cells_of(line, edges):
            cell = next((c for c in open_cells.values() if c.first <= first <= c.last), None)
            if cell is None:
                cell = open_cells[first] = _Open(band, first, last)
            if text:
                cell.lines.append(text)
    close(list(open_cells.values()))
    height = len(starts)
    grid: list[list[Cell | None]] = [[None] * width for _ in range(height)]
    for cell in placed:
        text, parts = cell.text_and_parts()
        rows = min(cell.bands, height - cell.band)
        for r in range(cell.band, cell.band + rows):
            for c in range(cell.first, cell.last + 1):
                origin = None if (r, c) == (cell.band, cell.first) else (cell.band, cell.first)
                grid[r][c] = Cell(text, rows, cell.last - cell.first + 1, origin, parts=parts)
    full = [[cell or Cell("") for cell in row] for row in grid]
    return full, starts


def _split_lines(grid: list[list[Cell]], starts: list[int], piece: list[str]):
    """A body printed without rules between its rows (one band under the header): each line whose
    first cell is filled starts a row, the others continue it."""
    if len(grid) != 2:
        return grid, starts
    edges = _edges(piece)
    body_start = starts[1]
    lines = [
        (index, _cells_of(line, edges))
        for index, line in enumerate(piece[body_start:], start=body_start)
        if _is_row(line)
    ]
    width = len(grid[0])
    rows: list[list[list[str]]] = []
    row_starts: list[int] = []
    for index, cells in lines:
        texts = [[] for _ in range(width)]
        for first, _last, text in cells:
            if text:
                texts[first].append(text)
        if not rows or texts[0]:
            rows.append(texts)
            row_starts.append(index)
        else:
            for column, words in enumerate(texts):
                rows[-1][column].extend(words)
    if len(rows) < 2:
        return grid, starts
    body = [[Cell(" ".join(words)) for words in row] for row in rows]
    return [grid[0], *body], [starts[0], *row_starts]


def find_ruled_tables(lines: list[str]) -> list[tuple[int, int, list[list[Cell]], list[int]]]:
    """Each table drawn with rules: (first line, last line, grid, each row's first line), line indices
    0-based; a table starts at a rule line and runs over rules and framed rows."""
    found = []
    index = 0
    while index < len(lines):
        if not _is_rule(lines[index]) or (index and _is_row(lines[index - 1])):
            index += 1  # (a rule under a row is a Markdown table's, under its header: no top border)
            continue
        end = index + 1
        while end < len(lines) and (_is_rule(lines[end]) or _is_row(lines[end])):
            end += 1
        piece = [nfc(line.replace("\t", "    ").rstrip()) for line in lines[index:end]]
        rows = sum(1 for line in piece if not _is_rule(line))
        made = _ruled_grid(piece) if rows >= 2 else None
        if made is not None:
            grid, starts = _split_lines(*made, piece)
            if len(grid) >= 2:
                found.append((index, end - 1, grid, [index + start for start in starts]))
        index = end
    return found
