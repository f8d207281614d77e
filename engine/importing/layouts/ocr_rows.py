"""Numbered table rows in OCR text without diacritics (seeds 003 and 004), read line by line.

An OCR'd table keeps no cells: each line holds a row's content and, after it, whatever
the narrow columns (supervising leader, lead unit, coordinating units, time, target)
print on that line, and a tall cell's text runs down several lines. This reader:

- finds tables by their header line ("TT | Nội dung | Lãnh đạo … | Đơn vị chủ trì …", the
  letters broken: "Pon vi", "N®i dung") and follows them across page breaks, where the
  header repeats;
- finds the rows by their printed numbers in sequence ("1 |", "2.", "10 C,huan…", "s |"
  for 5), and section rows by Roman numerals ("I", "Il", "111", "VIII"). Where a table
  centres the number in its row, the lines before the number belong to the row: the
  row starts at the first line that starts a sentence;
- cuts each line into its content and its tail, the columns' fragments: a leader's
  title or name ("PGD S¢ / Phan Vin / Hiéu"), a unit ("Phong KH-CN", "VianPhong S¢"),
  "Các phòng, đơn vị thuộc", a time ("Thudng xuyén", "Truée : 30/11/2026");
- joins the tails of a row's lines and reads the units in them. The lead is the unit
  whose column comes first; in a table that centres its numbers (where a line tells
  nothing of the column order) a named unit leads and "all units" coordinate;
- in an indicator table (TT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Phòng chủ trì) reads the
  unit of measure and the target, and the lead-unit cell, merged down a group of rows,
  from the fragments after the targets; rows below the cell's text carry it down (a
  warning says so).

What it cannot read stays in the text it passes on, for the resolver to report.

The parts: ocr_tokens (folding and near matches), ocr_tables (tables, rows, sections),
ocr_fragments (a row's content and its columns' fragments), ocr_indicators (indicator rows);
this module reads task rows and puts the parts together.
"""

import re

from django.utils.translation import gettext as _

from engine.importing.layouts.ocr_fragments import _DUE_TAIL, _Reader
from engine.importing.layouts.ocr_indicators import _indicator_rows
from engine.importing.layouts.ocr_tables import _Table, _tables
from engine.importing.model import RawItem, Warning
from engine.importing.readers import Document
from engine.text import fold

# --- reading the tables ------------------------------------------------------------------------------


def recognise(document: Document, warnings: list[Warning], resolver, leaders=()) -> list[RawItem]:
    """Every numbered row of the OCR'd tables, read with the organisation's unit resolver and leaders."""
    reader = _Reader(resolver, leaders)
    reader.learn_units(" ".join(line.cells) for line in document.lines)
    items: list[RawItem] = []
    for table in _tables(document, warnings):
        if table.kind == "indicator":
            items += _indicator_rows(table, reader, warnings)
        else:
            items += _task_rows(table, reader, warnings)
    return items


def _flags(section: str | None) -> tuple[bool, bool]:
    folded = fold(section or "")
    return bool(re.search(r"trong tam", folded)), bool(re.search(r"xuy\w*n su\w*t", folded))


def _task_rows(table: _Table, reader: _Reader, warnings: list[Warning]) -> list[RawItem]:
    with_due = any(_DUE_TAIL[1].search(fold(text)) for row in table.rows for _n, text in row.lines)
    items = []
    for row in table.rows:
        reader.notes = []
        content, lead, coordinating, leader, due, deputy = reader.row_parts(
            row, with_due, table.mode == "centred"
        )
        line = row.number_line or (row.lines[0][0] if row.lines else None)
        for printed, name in dict.fromkeys(reader.notes):
            warnings.append(
                Warning(
                    line,
                    _("“%(text)s” read as %(unit)s (the name is cut short).")
                    % {"text": printed, "unit": name},
                )
            )
        if deputy and not leader:
            warnings.append(
                Warning(
                    line, _("Row %(ref)s: the supervising leader's name is not legible.") % {"ref": row.ref}
                )
            )
        section = table.heading
        is_key, is_cross = _flags(section)
        items.append(
            RawItem(
                content=content,
                line=line,
                ref=row.ref,
                section=" ".join((section or "").split()) or None,
                lead=lead,
                coordinating=coordinating,
                leader=leader,
                due=due,
                is_key=is_key,
                is_cross_cutting=is_cross,
            )
        )
    return items
