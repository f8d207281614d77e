"""An evaluation as .xlsx: a summary sheet, then one sheet per unit with its evidence rows.

Each evidence row is an item of the unit: its outcome, days late, returns (when, who,
why), acceptance (when, who), reports, the objective cause if any, indicator figures and a
link to the item's page; each evidence file follows its item as a linked row. Written in
openpyxl's write-only mode: rows go to disk as they are appended, memory holds no cell grid.
"""

from datetime import date, datetime

from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook

from engine.deadlines.status import status_label
from engine.exports.workbook import Styles, header_cells, sheet_title, write_only_layout
from engine.scoring.rules import Grade


def outcome_labels() -> dict[str, str]:
    return {
        "on_time": _("Completed on time"),
        "late": _("Completed late"),
        "overdue": _("Overdue"),
        "pending": _("Not yet due / awaiting decision"),
    }


def count_labels() -> dict[str, str]:
    return {
        "assigned": _("Assigned"),
        "on_time": _("Completed on time"),
        "late": _("Completed late"),
        "overdue": _("Overdue"),
        "pending": _("Not yet due / awaiting decision"),
        "returned": _("Returned"),
        "waived": _("Objective cause"),
        "indicator": _("With indicator"),
    }


def _num(text):
    return None if text in (None, "") else float(text)


def _day(text):
    return date.fromisoformat(text) if text else None


def _moment(text):
    return datetime.fromisoformat(text).replace(tzinfo=None) if text else None


def _summary(sheet, styles: Styles, result: dict, title: str) -> None:
    grades = dict(Grade.choices)
    counts = count_labels()
    labels = [
        _("Unit / person"),
        *counts.values(),
        _("Returns"),
        _("Indicator attainment (%)"),
        _("Score"),
        _("Grade"),
    ]
    write_only_layout(sheet, [34, *[11] * len(counts), 10, 14, 10, 26], row=3)
    sheet.append([styles.cell(sheet, title, "title")])
    sheet.append([])
    sheet.append(header_cells(sheet, styles, labels))
    for kind, groups in ((_("Units"), result["units"]), (_("People"), result["people"])):
        sheet.append([styles.cell(sheet, kind, "bold")])
        for group in groups:
            values = [
                group["name"],
                *[group["counts"][k] for k in counts],
                group["returns_total"],
                _num(group["attainment"]["pct"]),
                _num(group["score"]["score"]),
                str(grades.get(group["score"]["grade"], "")),
            ]
            sheet.append([styles.cell(sheet, v) for v in values])
    cap = result["cap"]["people"]
    sheet.append([])
    message = _("Excellent grades (people): %(n)s; the cap allows %(allowed)s.")
    sheet.append([styles.cell(sheet, message % {"n": cap["excellent"], "allowed": cap["allowed"]}, "bold")])
    if cap["exceeded"]:
        warning = _("The share of “excellent” exceeds the cap: the board must decide.")
        sheet.append([styles.cell(sheet, warning, "warning")])


def _acceptance_text(acceptance: dict | None, later: dict | None) -> str:
    if acceptance:
        return f"{acceptance['at'][:16].replace('T', ' ')} {acceptance['by']}"
    if later:
        return _("after the cut-off: %(at)s %(by)s") % {
            "at": later["at"][:16].replace("T", " "),
            "by": later["by"],
        }
    return ""


def _unit_sheet(sheet, styles: Styles, unit: dict, items: dict, item_url, attachment_url, progress) -> None:
    grades = dict(Grade.choices)
    outcomes = outcome_labels()
    score = unit["score"]
    summary = _(
        "Score: %(score)s — %(grade)s — assigned %(assigned)s, on time %(on_time)s, "
        "late %(late)s, overdue %(overdue)s"
    ) % {
        "score": score["score"] if score["score"] is not None else "—",
        "grade": str(grades.get(score["grade"], "—")),
        **unit["counts"],
    }
    labels = [
        _("Reference"),
        _("Work item"),
        _("Deadline"),
        _("Outcome"),
        _("Working days late"),
        _("Delays"),
        _("Returns (time, by, reason)"),
        _("Accepted (time, by)"),
        _("Reports"),
        _("Objective cause"),
        _("Indicator target"),
        _("Indicator actual"),
        _("Link"),
    ]
    write_only_layout(sheet, [10, 48, 12, 20, 10, 8, 44, 30, 10, 34, 12, 12, 12], row=4)
    sheet.append([styles.cell(sheet, unit["name"], "title")])
    sheet.append([styles.cell(sheet, summary, "bold")])
    sheet.append([])
    sheet.append(header_cells(sheet, styles, labels))
    evidence_file = _("Evidence file")
    open_label = pgettext("link to the item page", "Open")
    for item_id in unit["item_ids"]["assigned"]:
        item = items[str(item_id)]
        acceptance = item["acceptance"]
        waiver = item["waiver"]
        row = [
            item["ref"],
            item["content"],
            _day(item["due_date"]),
            status_label(item["status_class"])
            if item.get("status_class")
            else outcomes.get(item["outcome"], ""),
            item["days_late"],
            item["delays"],
            "\n".join(f"{e['at'][:16].replace('T', ' ')} {e['by']}: {e['reason']}" for e in item["returns"]),
            _acceptance_text(acceptance, item.get("accepted_later")),
            len(item["reports"]),
            f"{waiver['reason']} ({waiver['by']})" if waiver else "",
            _num(item["indicator_target"]),
            _num(item["indicator_actual"]),
        ]
        cells = [styles.value(sheet, v) for v in row]
        cells.append(styles.cell(sheet, open_label, link=item_url(item_id)))
        sheet.append(cells)
        progress()
        for report in item["reports"]:
            for attachment in report["attachments"]:
                sheet.append(
                    [
                        None,
                        styles.cell(sheet, evidence_file),
                        styles.cell(sheet, _moment(report["at"]), "datetime"),
                        *[None] * 9,
                        styles.cell(sheet, attachment["name"], link=attachment_url(attachment["id"])),
                    ]
                )


def evaluation_xlsx_write(result: dict, out, *, title: str, item_url, attachment_url, progress=None) -> int:
    """Write the workbook to the file object `out` in openpyxl's write-only mode (each row goes to
    disk as it is appended); returns the number of item rows. `progress(done, total)` is called
    every few hundred rows."""
    workbook = Workbook(write_only=True)
    styles = Styles(workbook)
    taken: set[str] = set()
    summary = workbook.create_sheet(sheet_title(_("Summary"), taken))
    _summary(summary, styles, result, title)
    total = sum(len(unit["item_ids"]["assigned"]) for unit in result["units"])
    written = [0]

    def step() -> None:
        written[0] += 1
        if progress and written[0] % 500 == 0:
            progress(written[0], total)

    for unit in result["units"]:
        sheet = workbook.create_sheet(sheet_title(unit["name"], taken))
        _unit_sheet(sheet, styles, unit, result["items"], item_url, attachment_url, step)
    workbook.save(out)
    return written[0]
