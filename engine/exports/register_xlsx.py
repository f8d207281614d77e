"""The delay register as .xlsx: one row per late item, with its extensions, returns and waivers."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook

from engine.exports.workbook import Styles, header, to_bytes


def _when(moment) -> str:
    return timezone.localtime(moment).strftime("%d/%m/%Y %H:%M") if moment else ""


def delay_kinds() -> dict[str, str]:
    return {
        "overdue": _("Overdue"),
        "late": _("Completed late"),
        "extended": _("Extended after the deadline"),
    }


def _row_values(row, kinds) -> list:
    return [
        row.ref,
        row.content,
        ", ".join(row.lead_units),
        row.leader_name,
        row.original_due_date,
        row.due_date,
        kinds.get(row.kind, row.kind),
        row.days_late,
        row.status_label,
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
        "\n".join(f"{_when(e['at'])}: {e['step']} {e['to']}".strip() for e in row.escalations),
        len(row.returns),  # "Số lần trả lại" is a count; who returned it and why is the next column
        "\n".join(f"{_when(e['at'])} {e['by']}: {e['reason']}" for e in row.returns),
        "\n".join(
            (_("%(at)s by %(by)s: %(reason)s") % {"at": _when(w["at"]), "by": w["by"], "reason": w["reason"]})
            + ("" if w["active"] else " " + _("(withdrawn: %(reason)s)") % {"reason": w["revoke_reason"]})
            for w in row.waivers
        ),
    ]


def register_xlsx(rows, *, title: str, item_url) -> bytes:
    """`item_url(id)` gives the absolute link to an item's page."""
    workbook = Workbook()
    styles = Styles(workbook)
    sheet = workbook.active
    sheet.title = _("Delay register")[:31]
    styles.put(sheet, 1, 1, title, "title")
    labels = [
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
    header(sheet, styles, labels, [10, 50, 24, 22, 12, 12, 16, 10, 14, 40, 30, 10, 40, 36, 14], row=3)
    kinds = delay_kinds()
    for r, row in enumerate(rows, 4):
        for c, value in enumerate(_row_values(row, kinds), 1):
            styles.put(sheet, r, c, value)
        styles.put(sheet, r, len(labels), pgettext("link to the item page", "Open"), link=item_url(row.id))
    sheet.auto_filter.ref = f"A3:{sheet.cell(row=3, column=len(labels)).column_letter}{max(3, len(rows) + 3)}"
    return to_bytes(workbook)
