"""An evaluation as .xlsx: a summary sheet, then one sheet per unit with its evidence rows.

Each evidence row is an item of the unit: its outcome, days late, returns (when, who,
why), acceptance (when, who), reports, the objective cause if any, indicator figures and a
link to the item's page; each evidence file follows its item as a linked row. The summary
comes from the stored facts (`evaluation_summary`, one query) and the units' rows are streamed
from the evaluated items (`units_evidence`, one query for all units) into the streaming writer
(`engine.exports.xlsx_stream`): memory holds one chunk of rows, never the whole evaluation.
"""

from datetime import date, datetime

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from engine.deadlines.status import status_label
from engine.exports.workbook import sheet_title
from engine.exports.xlsx_stream import Cell, Workbook, data_cell
from engine.scoring.rules import Grade
from engine.selectors.scoring_facts import evaluation_summary, units_evidence


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


def _summary(workbook: Workbook, sheet_name: str, result: dict, title: str) -> None:
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
    sheet = workbook.sheet(sheet_name, widths=[34, *[11] * len(counts), 10, 14, 10, 26], freeze_row=3)
    sheet.append([Cell(title, "title")])
    sheet.append([])
    sheet.append([Cell(str(label), "header") for label in labels])
    for kind, groups in ((_("Units"), result["units"]), (_("People"), result["people"])):
        sheet.append([Cell(kind, "bold")])
        for group in groups:
            values = [
                group["name"],
                *[group["counts"][k] for k in counts],
                group["returns_total"],
                _num(group["attainment"]["pct"]),
                _num(group["score"]["score"]),
                str(grades.get(group["score"]["grade"], "")),
            ]
            sheet.append([Cell(v, "text") for v in values])
    cap = result["cap"]["people"]
    sheet.append([])
    message = _("Excellent grades (people): %(n)s; the cap allows %(allowed)s.")
    sheet.append([Cell(message % {"n": cap["excellent"], "allowed": cap["allowed"]}, "bold")])
    if cap["exceeded"]:
        warning = _("The share of “excellent” exceeds the cap: the board must decide.")
        sheet.append([Cell(warning, "warning")])


def _acceptance_text(acceptance: dict | None, later: dict | None) -> str:
    if acceptance:
        return f"{acceptance['at'][:16].replace('T', ' ')} {acceptance['by']}"
    if later:
        return _("after the cut-off: %(at)s %(by)s") % {
            "at": later["at"][:16].replace("T", " "),
            "by": later["by"],
        }
    return ""


def _label(known: dict, status_class: str) -> str:
    if status_class not in known:
        known[status_class] = status_label(status_class)
    return known[status_class]


def _unit_sheet(workbook: Workbook, name: str, unit: dict, items, item_url, attachment_url, progress) -> None:
    """The unit's sheet; `items` yields its evidence rows in order."""
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
    widths = [10, 48, 12, 20, 10, 8, 44, 30, 10, 34, 12, 12, 12]
    sheet = workbook.sheet(name, widths=widths, freeze_row=4)
    sheet.append([Cell(unit["name"], "title")])
    sheet.append([Cell(summary, "bold")])
    sheet.append([])
    sheet.append([Cell(str(label), "header") for label in labels])
    labels_of = {}  # status class → label: translated once a sheet, not once a row
    evidence_file = _("Evidence file")
    open_label = pgettext("link to the item page", "Open")
    for item in items:
        item_id = item["id"]
        acceptance = item["acceptance"]
        waiver = item["waiver"]
        row = [
            item["ref"],
            item["content"],
            _day(item["due_date"]),
            _label(labels_of, item["status_class"])
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
        cells = [data_cell(v) for v in row]
        cells.append(Cell(open_label, "link", item_url(item_id)))
        sheet.append(cells)
        progress()
        for report in item["reports"]:
            for attachment in report["attachments"]:
                sheet.append(
                    [
                        None,
                        Cell(evidence_file, "text"),
                        Cell(_moment(report["at"]), "datetime"),
                        *[None] * 9,
                        Cell(attachment["name"], "link", attachment_url(attachment["id"])),
                    ]
                )


def evaluation_xlsx_write(evaluation, out, *, title: str, item_url, attachment_url, progress=None) -> int:
    """Write the evaluation's workbook to the file object `out`, streamed (each row goes into the
    file as it is appended); returns the number of item rows. `progress(done, total)` is called
    every few hundred rows. Two queries (the facts, the evidence rows), whatever the number of
    items and units."""
    result = evaluation_summary(evaluation)
    taken: set[str] = set()
    workbook = Workbook(out)
    _summary(workbook, sheet_title(_("Summary"), taken), result, title)
    total = sum(unit["counts"]["assigned"] for unit in result["units"])
    written = [0]

    def step() -> None:
        written[0] += 1
        if progress and written[0] % 500 == 0:
            progress(written[0], total)

    stream = units_evidence(evaluation, [unit["id"] for unit in result["units"]])
    pending = next(stream, None)

    def unit_rows(unit_id):
        nonlocal pending
        while pending is not None and pending[0] == unit_id:
            yield pending[1]
            pending = next(stream, None)

    for unit in result["units"]:
        rows = unit_rows(unit["id"])
        _unit_sheet(workbook, sheet_title(unit["name"], taken), unit, rows, item_url, attachment_url, step)
    workbook.close()
    return written[0]
