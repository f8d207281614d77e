"""A task table that prints each task over two rows: the task across the table, then a row of
labelled cells (`1 | <task, merged across> ` over `| Chủ trì: <unit> | Phối hợp: <units> | Thời hạn:
<time>`), under a header that names no role per column (`STT | Nội dung công việc; đơn vị chủ trì,
phối hợp; thời hạn`, merged across).

`fold_labelled_rows` turns such a table into one row per task under a header of the labels as
printed (`STT | Nội dung | Chủ trì | Phối hợp | Thời hạn`), so the table recogniser (tables.py) reads
it as any task table: the header classifier gives each label its role, the time cells are read as
every due is. A row across the table with no labelled row under it stays a row of one text (a
section, `I | Công tác tuyên truyền`). A table where a labelled row follows no task row, or with
fewer than two tasks so printed, is not this shape (None).
"""

from __future__ import annotations

import re
from dataclasses import replace

from engine.importing.blocks import Cell, Table
from engine.importing.layouts.prose_facts import labelled_fields

_REF = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]+|[A-ZĐ])\.?$")
_MIN_TASKS = 2
_HEADER_ROWS = 4
_CONTENT = "Nội dung"


def _texts(row: list[Cell]) -> list[str]:
    return [" ".join(cell.text.split()) for cell in row]


def _one_text(texts: list[str]) -> str:
    """The one text a row prints after its number cell (merged across), or ""."""
    found = {text for text in texts[1:] if text}
    return found.pop() if len(found) == 1 else ""


def _labelled(texts: list[str]) -> list[tuple[str, str, str]] | None:
    """[(role, label as printed, value)] of a row whose cells after the number are each one
    `Label: value`; None where a cell is something else or fewer than two are labelled."""
    cells = [text for text in texts[1:] if text]
    found = []
    for text in dict.fromkeys(cells):
        fields = labelled_fields(text)
        if not fields or len(fields) != 1 or ":" not in text:
            return None
        ((role, value),) = fields.items()
        found.append((role, text.split(":", 1)[0].strip(" *"), value))
    return found if len(found) >= 2 else None


def fold_labelled_rows(table: Table) -> Table | None:
    """The table with one row per task (see the module's docstring), or None where it is not printed so."""
    rows = [_texts(row) for row in table.rows]
    top = 0
    # the header rows: their first cell no number (`STT`), no labelled cells
    while top < min(len(rows), _HEADER_ROWS + 1) and not (_REF.match(rows[top][0]) or _labelled(rows[top])):
        top += 1
    if not 0 < top <= _HEADER_ROWS or top >= len(rows) or table.width < 2:
        return None
    folded: list[tuple[int, str, str, list[tuple[str, str, str]]]] = []  # (row, number, task, fields)
    index = top
    while index < len(rows):
        texts = rows[index]
        task = _one_text(texts)
        if not task or _labelled(texts) is not None:
            return None
        fields = _labelled(rows[index + 1]) if index + 1 < len(rows) else None
        folded.append((index, texts[0], task, fields or []))
        index += 2 if fields else 1
    if sum(1 for *_rest, fields in folded if fields) < _MIN_TASKS:
        return None
    roles: dict[str, str] = {}  # role → its label as first printed
    for *_rest, fields in folded:
        for role, label, _value in fields:
            roles.setdefault(role, label)
    header = [rows[0][0] or "STT", _CONTENT, *roles.values()]
    grid = [[Cell(text) for text in header]]
    for _row, number, task, fields in folded:
        values = {role: value for role, _label, value in fields}
        grid.append([Cell(number), Cell(task), *(Cell(values.get(role, "")) for role in roles)])
    kept = [0] + [row for row, *_rest in folded]
    return replace(
        table,
        rows=grid,
        row_lines=[table.row_lines[row] for row in kept] if table.row_lines else [],
        row_refs=[table.row_refs[row] for row in kept] if table.row_refs else [],
        row_widths=[],
    )
