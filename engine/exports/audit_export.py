"""The audit trail as .xlsx (openpyxl write-only: rows go to disk as they come) or .csv.

Both read the events with `.iterator()`, so memory stays flat however long the trail; every
value goes through `workbook.excel_value` and the formula rule (`write_only_cell`, `csv_safe_row`):
no text from the trail becomes a formula.
"""

import csv
import io
from collections.abc import Iterable, Iterator
from typing import IO

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

from engine.exports.workbook import (
    csv_safe_row,
    excel_value,
    spooled_file,
    write_only_cell,
    write_only_layout,
)
from engine.models import AuditEvent, WorkItem

CHUNK = 2000
WIDTHS = [8, 18, 24, 16, 30, 22, 40, 10, 14, 16, 16, 40, 66]


def _labels() -> list[str]:
    return [
        _("No."),
        _("Time"),
        _("Actor"),
        _("Username"),
        _("Action"),
        _("Action code"),
        _("Object"),
        _("Work item"),
        _("Unit"),
        _("From state"),
        _("To state"),
        _("Reason"),
        _("Hash"),
    ]


def _rows(events: Iterable[AuditEvent]) -> Iterator[list]:
    from engine.templatetags.engine_extras import verb_label

    states = dict(WorkItem.State.choices)
    for event in events:
        yield [
            event.seq,
            timezone.localtime(event.created_at),
            event.actor_name or str(_("System")),
            event.actor.username if event.actor_id else "",
            str(verb_label(event.verb)),
            event.verb,
            event.object_repr,
            event.work_item_id or "",
            event.unit.label if event.unit_id else "",
            str(states.get(event.from_state, event.from_state)),
            str(states.get(event.to_state, event.to_state)),
            event.reason,
            event.hash,
        ]


def _events(queryset):
    return queryset.select_related("actor", "unit").iterator(chunk_size=CHUNK)


def audit_xlsx_file(queryset) -> IO[bytes]:
    """A file object at position 0 holding the workbook (kept in memory up to 8 MB, then on disk)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_("Audit trail")[:31])
    write_only_layout(sheet, WIDTHS)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE7F3")
    heads = []
    for label in _labels():
        cell = WriteOnlyCell(sheet, value=excel_value(str(label)))
        cell.font, cell.fill = bold, fill
        heads.append(cell)
    sheet.append(heads)
    for row in _rows(_events(queryset)):
        when = WriteOnlyCell(sheet, value=excel_value(row[1]))
        when.number_format = "dd/mm/yyyy hh:mm:ss"
        sheet.append(
            [
                write_only_cell(sheet, excel_value(row[0])),
                when,
                *(write_only_cell(sheet, excel_value(v)) for v in row[2:]),
            ]
        )
    out = spooled_file()  # the response closes it
    workbook.save(out)
    out.seek(0)
    return out


def audit_csv_file(queryset) -> IO[bytes]:
    """The CSV as a file object at position 0 (UTF-8 with a BOM so Excel reads the Vietnamese right).

    Written to a spooled file rather than yielded to a StreamingHttpResponse: under ASGI Django
    would gather a synchronous iterator whole; a FileResponse is sent in chunks.
    """
    out = spooled_file()  # the response closes it
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    writer = csv.writer(text)
    writer.writerow([str(label) for label in _labels()])
    for row in _rows(_events(queryset)):
        row[1] = row[1].strftime("%d/%m/%Y %H:%M:%S")
        writer.writerow(csv_safe_row(excel_value(v) for v in row))
    text.flush()
    text.detach()
    out.seek(0)
    return out
