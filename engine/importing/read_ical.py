"""iCalendar (.ics): a shared task calendar's VTODOs (or, where it has none, its VEVENTs) → one table.

Parsed by the `icalendar` library (folded lines, escapes, TZID/UTC/date values). Each task is a row
`Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn | Ghi chú` under the calendar's name
(X-WR-CALNAME) as a title line, so the table recogniser reads it like any task table:

- the content is SUMMARY; the lead a `Chủ trì: …` line of DESCRIPTION, else CATEGORIES (a shared
  calendar's category is the unit it is for); a `Phối hợp: …` line coordinates; the other lines
  of DESCRIPTION are the note;
- the due is DUE on its day in Vietnam (a UTC instant at 18:00Z is the next day there), a
  VALUE=DATE as printed; a task that repeats (RRULE) is due by its round (`Hằng tháng`, `Hằng
  quý` for every three months …), its first DUE kept in the note; a VEVENT's time is its start;
- STATUS:CANCELLED is no row; DTSTART, DTSTAMP, COMPLETED and VALARM triggers never give the due.
A calendar with tasks is read for its tasks only: its events there are holidays and appointments.
"""

import datetime
import re
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _

from engine.importing.blocks import padded_grid
from engine.importing.errors import ImportFailed
from engine.importing.readers import Builder, Document, _clean
from engine.text import fold

_LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
HEADER = ["Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Ghi chú"]
_LEAD_LINE = re.compile(r"^(don vi )?chu tri\s*:\s*")
_PARTNER_LINE = re.compile(r"^(don vi )?phoi hop\s*:\s*")
# RRULE's FREQ (and INTERVAL) → the round as a plan prints it.
_ROUNDS = {"DAILY": "Hằng ngày", "WEEKLY": "Hằng tuần", "MONTHLY": "Hằng tháng", "YEARLY": "Hằng năm"}
_MONTHS_ROUND = {3: "Hằng quý", 6: "6 tháng/lần", 12: "Hằng năm"}


def read(text: str, name: str, lower: str) -> Document | None:
    if not (lower.endswith((".ics", ".ical", ".ifb")) or text.lstrip()[:15].upper() == "BEGIN:VCALENDAR"):
        return None
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as error:
        raise ImportFailed(
            _("The calendar cannot be read: %(error)s") % {"error": error}, source=name
        ) from None
    components = list(calendar.walk("VTODO")) or list(calendar.walk("VEVENT"))
    rows = [row for component in components if (row := _row(component)) is not None]
    if not rows:
        raise ImportFailed(_("The calendar holds no task (VTODO) and no event (VEVENT)."), source=name)
    document = Document(name=name, kind="calendar")
    builder = Builder(document)
    title = _clean(str(calendar.get("X-WR-CALNAME", "")))
    if title:
        builder.paragraph(title, ref=name)
    grid = [HEADER, *(cells for cells, _uid in rows)]
    builder.table(padded_grid(grid), ref=name, row_refs=[name, *(f"{name}:{uid}" for _cells, uid in rows)])
    return document


def _row(component) -> tuple[list[str], str] | None:
    if str(component.get("STATUS", "")).upper() == "CANCELLED":
        return None
    summary = _clean(str(component.get("SUMMARY", ""))).replace("\n", " ")
    if not summary:
        return None
    lead, partners, notes = "", "", []
    for line in str(component.get("DESCRIPTION", "")).splitlines():
        line = _clean(line)
        folded = fold(line)
        if match := _LEAD_LINE.match(folded):
            lead = lead or line[match.end() :].rstrip(" .")
        elif match := _PARTNER_LINE.match(folded):
            partners = line[match.end() :].rstrip(" .")
        elif line:
            notes.append(line)
    lead = lead or ", ".join(_categories(component))
    key = "DUE" if component.name == "VTODO" else "DTSTART"
    day = _local_day(component.decoded(key)) if key in component else None
    due = day.strftime("%d/%m/%Y") if day else ""
    if (round_ := _round(component.get("RRULE"))) is not None:
        if due:
            notes.insert(0, f"Lần đầu: {due}")
        due = round_
    return [summary, lead, partners, due, "; ".join(notes)], str(component.get("UID", ""))


def _categories(component) -> list[str]:
    value = component.get("CATEGORIES")
    values = value if isinstance(value, list) else [value] if value is not None else []
    return [_clean(str(cat)) for item in values for cat in getattr(item, "cats", [item]) if str(cat).strip()]


def _local_day(value) -> datetime.date | None:
    """A date as printed; a date-time with a zone (TZID or UTC) on its day in Vietnam; a floating one
    on its own day."""
    if isinstance(value, datetime.datetime):
        return value.astimezone(_LOCAL).date() if value.tzinfo else value.date()
    if isinstance(value, datetime.date):
        return value
    return None


def _round(rule) -> str | None:
    if not rule:
        return None
    frequency = str((rule.get("FREQ") or [""])[0]).upper()
    interval = int((rule.get("INTERVAL") or [1])[0] or 1)
    if frequency == "MONTHLY" and interval in _MONTHS_ROUND:
        return _MONTHS_ROUND[interval]
    return _ROUNDS.get(frequency, "Định kỳ")
