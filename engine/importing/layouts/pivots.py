"""An Excel PivotTable pasted as values, read as the register it summarises.

Excel's tabular (and outline) pivot layout prints a row field's label only on the first row of its
group: the rows below it leave the cell empty (not merged, no ditto mark), a `<label> Total` row
closes the group (Vietnamese Excel: `Tổng <label>`), a `Grand Total` row ends the table, and
`(blank)` stands for an empty field. Pasted as values, nothing else marks the table as a pivot; a
subtotal row naming the label printed above it in the same column (or the `Grand Total` line) does.
`with_pivot_groups_filled` gives every row of such a table its group's labels (the columns left of
the content, within the group its subtotal closes), blanks the subtotal and grand-total rows (no
task: their figures are counts) and the `(blank)` placeholders.
"""

from __future__ import annotations

import re
from dataclasses import replace

from engine.importing.blocks import Cell, Table
from engine.text import fold

# `<label> Total` (English Excel) or `Tổng <label>` / `<label> Tổng` (Vietnamese Excel): a
# subtotal row's label, folded.
_SUBTOTAL = re.compile(r"^(?:(?P<before>.+?) (?:total|tong)|(?:total|tong) (?P<after>.+))$")
# The pivot's last line: `Grand Total`, `Tổng Cuối` (Vietnamese Excel), `Tổng cộng chung`.
_GRAND_TOTAL = re.compile(r"^(?:grand total|tong cuoi|tong cong chung)$")
# Excel's label for an empty field (`(blank)`, Vietnamese Excel `(trống)`).
_BLANK = re.compile(r"^\((?:blank|trong)\)$")


def _folded(cell: Cell) -> str:
    return " ".join(fold(cell.text).split())


def _subtotal_of(text: str) -> str:
    match = _SUBTOTAL.match(text)
    return (match.group("before") or match.group("after")) if match else ""


def _pivot_columns(table: Table, rows: range, content: int) -> set[int]:
    """The row-field columns left of the content whose groups a subtotal row closes (the label it
    names printed above it in the same column), or all of them under a `Grand Total` line."""
    closed: set[int] = set()
    grand = False
    last: dict[int, str] = {}
    for index in rows:
        for column, cell in enumerate(table.rows[index][:content]):
            text = _folded(cell)
            if not text or cell.merged_from is not None:
                continue
            if _GRAND_TOTAL.match(text):
                grand = grand or column == 0
            elif (label := _subtotal_of(text)) and label == last.get(column):
                closed.add(column)
            else:
                last[column] = text
    return set(range(content)) if closed or grand else set()


def _closing_row(row: list[Cell], columns: set[int]) -> bool:
    """A subtotal or grand-total row: its label in a row-field column, no content beside it."""
    return any(
        _GRAND_TOTAL.match(text := _folded(row[c])) or _subtotal_of(text) for c in columns if c < len(row)
    )


def with_pivot_groups_filled(table: Table, rows: range, content: int | None) -> Table:
    """The table with a pasted pivot's group labels filled down and its total rows blanked (see the
    module's docstring); any other table unchanged."""
    if content is None or content == 0:
        return table
    columns = _pivot_columns(table, rows, content)
    if not columns:
        return table
    grid = [list(row) for row in table.rows]
    labels: dict[int, Cell] = {}
    for index in rows:
        row = grid[index]
        if _closing_row(row, columns) and not (content < len(row) and row[content].text.strip()):
            grid[index] = [replace(cell, text="", parts=()) for cell in row]
            labels = {}
            continue
        for column, cell in enumerate(row):
            printed = bool(cell.text.strip())
            if _BLANK.match(_folded(cell)):
                row[column] = cell = replace(cell, text="", parts=())  # a label, of an empty field
            if column not in columns or cell.merged_from is not None:
                continue
            if printed:
                labels = {c: kept for c, kept in labels.items() if c < column}
                labels[column] = cell
            elif column in labels and row[content].text.strip():
                row[column] = replace(cell, text=labels[column].text, parts=labels[column].parts)
    return replace(table, rows=grid)
