"""A table printed wider than the page without fit-to-width: its columns split over pages.

A spreadsheet printed as it stands (no "fit all columns on one page") puts its first columns on one
page and the rest on the next pages, the rows kept level and the number column (`STT`) with the
header row repeated on every page as print titles: `STT | Nội dung` on page 1, `STT | Sản phẩm |
Đơn vị chủ trì` on page 2, `STT | Phối hợp | Thời hạn | Ghi chú` on page 3. Each page is a table of
its own, and only the first names the content, only a later one the lead or the time.

`join_split_columns` puts such tables back side by side: consecutive tables (only paragraphs
between them — a title, `Nơi nhận`, a date line) whose first header cell is the same, whose first
column prints the same numbers row by row (at least `_MIN_ROWS` of them) and whose other column
labels are all different are one table, read at the first one's place. A table continued onto the
next page repeats its labels and prints other rows: never joined.
"""

from __future__ import annotations

import re
from dataclasses import replace

from engine.importing.blocks import Cell, Paragraph, Table
from engine.text import fold

_MIN_ROWS = 3  # numbered rows the pieces must share
# A row's number (`1`, `1.2`, `II`, `A`): the first column is the number column, not a card's labels.
_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]+|[A-ZĐ])\.?$")
# A label naming the content (folded): a later page of the same rows never prints one of its own (two
# numbered tables one after the other, an indicator table and a task table, are two tables).
_CONTENT = re.compile(
    r"^(?:noi dung|(?:ten )?nhiem vu|(?:ten )?chi tieu|(?:ten )?cong viec|(?:ten )?hoat dong)\b"
)


def _column(table: Table, column: int) -> list[str]:
    return [" ".join(row[column].text.split()) if column < len(row) else "" for row in table.rows]


def _labels(table: Table) -> list[str]:
    return [fold(text) for text in _column_texts(table.rows[0])] if table.rows else []


def _column_texts(row: list[Cell]) -> list[str]:
    return [" ".join(cell.text.split()) for cell in row]


def _continues_columns(first: Table, piece: Table, taken: set[str]) -> bool:
    """`piece` holds more columns of the rows of `first`: the same number column, new labels."""
    if piece.sheet or first.sheet or piece.width < 2 or len(piece.rows) != len(first.rows):
        return False
    labels = _labels(piece)
    if not labels[0] or labels[0] != _labels(first)[0]:
        return False
    numbers = _column(first, 0)
    printed = [text for text in numbers[1:] if text]
    if _column(piece, 0) != numbers or len(printed) < _MIN_ROWS:
        return False
    if not all(_NUMBER.match(text) for text in printed):
        return False
    own = [label for label in labels[1:] if label]
    return bool(own) and not taken & set(own) and not any(_CONTENT.match(label) for label in own)


def _shifted(cell: Cell, offset: int) -> Cell:
    """A cell of a later piece placed `offset` columns to the right (its first column dropped)."""
    if cell.merged_from is None:
        return cell
    row, column = cell.merged_from
    return replace(cell, merged_from=(row, column + offset) if column else None)


def _joined(first: Table, pieces: list[Table]) -> Table:
    rows = [list(row) for row in first.rows]
    for piece in pieces:
        offset = len(rows[0]) - 1
        for index, row in enumerate(piece.rows):
            rows[index] += [_shifted(cell, offset) for cell in row[1:]]
    return replace(first, rows=rows, row_widths=[])


def join_split_columns(blocks: list) -> list:
    """The blocks with each table whose columns go on over the next tables joined with them."""
    result: list = []
    used: set[int] = set()
    for index, block in enumerate(blocks):
        if id(block) in used:
            continue
        if not isinstance(block, Table) or not block.rows:
            result.append(block)
            continue
        pieces: list[Table] = []
        taken = {label for label in _labels(block)[1:] if label}
        for later in blocks[index + 1 :]:
            if isinstance(later, Paragraph):
                continue
            if not _continues_columns(block, later, taken):
                break
            pieces.append(later)
            taken |= {label for label in _labels(later)[1:] if label}
        used |= {id(piece) for piece in pieces}
        result.append(_joined(block, pieces) if pieces else block)
    return result
