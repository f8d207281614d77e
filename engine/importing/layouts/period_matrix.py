"""A unit-by-period matrix (ma trận đơn vị × tháng/quý): one row per unit, one column per month or
quarter, each period cell holding that unit's tasks of the period as lines (`- Kiểm tra …`).

Each line of a period cell is an item, led by its row's unit and due at the end of its column's
period; a cell merged over several periods is due at the end of the last; a time printed in the
line itself (`(xong trước 18/11)`) is its due instead. Cells holding only a dash (`—`) or nothing
are no items. A grid whose period cells hold marks (`x`) or short values is not this shape (the
table recogniser reads it: due the last period marked).
"""

from __future__ import annotations

import re

from engine.importing.blocks import Table
from engine.importing.headers import classify
from engine.importing.layouts.prose_facts import due_in
from engine.importing.model import RawItem
from engine.importing.recognition import Context, Recognised, measure_support

_DASH = re.compile(r"^\s*[-–—•+*]\s*")
_DAY = re.compile(r"\d{1,2}\s*/\s*\d{1,2}|ngày\s+\d", re.IGNORECASE)
# A period cell's line that is a task: four words or more.
_TASK_WORDS = 4


def _lines(cell) -> list[str]:
    """The tasks of a cell: a line (a paragraph) opening with a dash starts one, a line without
    continues it."""
    tasks: list[str] = []
    for raw in cell.parts or cell.text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if _DASH.match(line) or not tasks:
            tasks.append(_DASH.sub("", line).strip())
        else:
            tasks[-1] = f"{tasks[-1]} {line}"
    return [task for task in tasks if len(task.split()) >= _TASK_WORDS]


def _is_matrix(table: Table, first: int, periods: dict[int, str]) -> bool:
    """Most filled period cells hold tasks (texts of four words or more), and two at least."""
    filled = tasks = 0
    for row in table.rows[first:]:
        for column in periods:
            cell = row[column]
            if cell.merged_from is not None or not _DASH.sub("", cell.text).strip():
                continue
            filled += 1
            tasks += bool(_lines(cell))
    return tasks >= 2 and tasks >= filled * 0.6


def read(table: Table) -> list[RawItem]:
    header = classify(table)
    if header is None:
        return []
    periods = header.period_columns
    lead = header.roles.get("lead")
    if lead is None or len(periods) < 2 or lead in periods or not _is_matrix(table, header.rows, periods):
        return []
    items: list[RawItem] = []
    for index in range(header.rows, len(table.rows)):
        row = table.rows[index]
        unit = " ".join(row[lead].text.split())
        line = table.row_lines[index] if index < len(table.row_lines) else None
        for column in sorted(periods):
            cell = row[column]
            if cell.merged_from is not None:
                continue
            last = max(
                c for c in periods if c == column or (c > column and row[c].merged_from == (index, column))
            )
            for task in _lines(cell):
                # A day printed in the task (`xong trước 18/11`) is its own due; a year or a
                # season inside its wording (`kỳ họp cuối năm 2026`) is not.
                own = due_in(task)
                due = own if _DAY.search(own) else periods[last]
                items.append(RawItem(content=task, line=line, lead=unit, due=due))
    return items


def recognise(ctx: Context) -> Recognised | None:
    items = [item for block in ctx.document.blocks if isinstance(block, Table) for item in read(block)]
    if not items:
        return None
    return Recognised("period_matrix", items, support=measure_support(items, ctx.document))
