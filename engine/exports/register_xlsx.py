"""The delay register as .xlsx: one row per late item, with its extensions, returns and waivers.

Written by the streaming writer (`engine.exports.xlsx_stream`) from chunks of rows
(`register_chunks`), so a register of 10⁵ rows never sits in memory; no cell is a formula.
"""

from collections.abc import Iterable

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext
from openpyxl.utils import get_column_letter

from engine.deadlines.status import StatusClass
from engine.exports.xlsx_stream import Cell, Workbook, data_cell


def _when(moment) -> str:
    return timezone.localtime(moment).strftime("%d/%m/%Y %H:%M") if moment else ""


def delay_kinds() -> dict[str, str]:
    return {
        "overdue": _("Overdue"),
        "late": _("Completed late"),
        "extended": _("Extended after the deadline"),
    }


def _escalation_line(e: dict) -> str:
    line = _("%(at)s: step %(step)s → %(to)s") % {"at": _when(e["at"]), "step": e["step"], "to": e["to"]}
    if e["count"] > 1:
        line += " " + ngettext(
            "(%(count)d time, last on %(last)s)", "(%(count)d times, last on %(last)s)", e["count"]
        ) % {"count": e["count"], "last": _when(e["last"])}
    return line


def _row_values(row, kinds, labels) -> list:
    return [
        row.ref,
        row.content,
        ", ".join(row.lead_units),
        row.leader_name,
        row.original_due_date,
        row.due_date,
        kinds.get(row.kind, row.kind),
        row.days_late,
        labels.get(row.status_class, ""),
        "\n".join(
            _("%(at)s by %(by)s: %(from)s → %(to)s — %(reason)s")
            % {"at": _when(e["at"]), "by": e["by"], "from": e["from"], "to": e["to"], "reason": e["reason"]}
            + (
                " "
                + _("(requested by %(who)s on %(when)s)")
                % {"who": e["requested_by"], "when": _when(e["requested_at"])}
                if e.get("requested_by")
                else ""
            )
            for e in row.extensions
        ),
        "\n".join(_escalation_line(e) for e in row.escalation_lines),
        len(row.returns),  # "Số lần trả lại" is a count; who returned it and why is the next column
        "\n".join(f"{_when(e['at'])} {e['by']}: {e['reason']}" for e in row.returns),
        "\n".join(
            (_("%(at)s by %(by)s: %(reason)s") % {"at": _when(w["at"]), "by": w["by"], "reason": w["reason"]})
            + ("" if w["active"] else " " + _("(withdrawn: %(reason)s)") % {"reason": w["revoke_reason"]})
            for w in row.waivers
        ),
    ]


def _labels() -> list[str]:
    return [
        _("Reference"),
        _("Work item"),
        _("Lead unit"),
        _("Supervising leader"),
        _("Original deadline"),
        _("Current deadline"),
        _("Kind of delay"),
        _("Working days late"),
        _("Status"),
        _("Extensions"),
        _("Escalations"),
        _("Returns"),
        _("Return reasons"),
        _("Objective cause"),
        _("Link"),
    ]


WIDTHS = [10, 50, 24, 22, 12, 12, 16, 10, 14, 40, 30, 10, 40, 36, 14]


def register_xlsx_write(chunks: Iterable[list], out, *, title: str, item_url, progress=None) -> int:
    """Write the register to the file object `out` (streamed: each row goes into the file as it is
    appended, so memory holds one chunk of rows); returns the number of rows written.

    `chunks` yields lists of `RegisterRow`s with their details (`register_chunks`);
    `progress(rows_written)` is called after each chunk.
    """
    workbook = Workbook(out)
    sheet = workbook.sheet(_("Delay register")[:31], widths=WIDTHS, freeze_row=3)
    labels = _labels()
    sheet.append([Cell(title, "title")])
    sheet.append([])
    sheet.append([Cell(str(label), "header") for label in labels])
    kinds = delay_kinds()
    # Translated once, not per row (a lazy label per row was a tenth of the writing).
    status_labels = {value: str(label) for value, label in StatusClass.choices}
    open_label = pgettext("link to the item page", "Open")
    written = 0
    for chunk in chunks:
        for row in chunk:
            cells = [data_cell(value) for value in _row_values(row, kinds, status_labels)]
            cells.append(Cell(open_label, "link", item_url(row.id)))
            sheet.append(cells)
        written += len(chunk)
        if progress:
            progress(written)
    sheet.auto_filter = f"A3:{get_column_letter(len(labels))}{max(3, written + 3)}"
    workbook.close()
    return written
