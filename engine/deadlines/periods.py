"""Report periods of recurring items, with Nghị định 09/2019/NĐ-CP cut-offs (pure rules).

A monthly period covers the 15th of the previous month to the 14th; quarterly, half-yearly
and yearly periods likewise run from a 15th to a 14th (engine.scoring.periods.cutoff_window).
The report is due on the organisation's submission day of the month the period closes,
moved to the next working day when that is a day off. "Thường xuyên" (ongoing) items
report quarterly. A weekly item ("trước 16 giờ thứ Sáu hằng tuần") reports every week,
Monday to Sunday, on the week's Friday (the next working day when Friday is a day off).
"""

from datetime import date, timedelta

from engine.deadlines.calendar import WorkingCalendar
from engine.models import WorkItem
from engine.scoring.periods import COUNT_IN_YEAR, cutoff_window, period_of

R = WorkItem.Recurrence
KIND_OF = {
    R.MONTHLY: "month",
    R.QUARTERLY: "quarter",
    R.HALF_YEARLY: "half_year",
    R.YEARLY: "year",
    R.ONGOING: "quarter",
    R.WEEKLY: "week",
}


def report_periods(
    recurrence: str, start: date, end: date, submission_day: int, calendar: WorkingCalendar
) -> list[tuple[date, date, date]]:
    """(data from, data up to, due date) of every period whose month/quarter/… overlaps [start, end]."""
    kind = KIND_OF.get(recurrence)
    if kind is None or end < start:
        return []
    if kind == "week":
        return _weeks(start, end, calendar)
    found = []
    for year in range(start.year, end.year + 1):
        for number in range(1, COUNT_IN_YEAR[kind] + 1):
            period = period_of(kind, year, number)
            if period.end < start or period.start > end:
                continue
            first, last = cutoff_window(period)
            due = calendar.next_working_day(date(last.year, last.month, submission_day))
            found.append((first, last, due))
    return found


def _weeks(start: date, end: date, calendar: WorkingCalendar) -> list[tuple[date, date, date]]:
    """Every week (Monday–Sunday) that overlaps [start, end], reported on its Friday."""
    monday = start - timedelta(days=start.weekday())
    found = []
    while monday <= end:
        found.append(
            (monday, monday + timedelta(days=6), calendar.next_working_day(monday + timedelta(days=4)))
        )
        monday += timedelta(days=7)
    return found
