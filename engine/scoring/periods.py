"""Evaluation periods: a month, quarter, half-year or year as (start, end) dates."""

import calendar
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from engine.exceptions import InvalidInput

KINDS = ("month", "quarter", "half_year", "year")
MONTHS_IN = {"month": 1, "quarter": 3, "half_year": 6, "year": 12}
COUNT_IN_YEAR = {"month": 12, "quarter": 4, "half_year": 2, "year": 1}


@dataclass(frozen=True)
class Period:
    kind: str
    year: int
    number: int  # 1-based: month 1–12, quarter 1–4, half 1–2, year 1
    start: date
    end: date

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.year}:{self.number}"


def period_of(kind: str, year: int, number: int = 1) -> Period:
    if kind not in KINDS:
        message = _("Choose a month, quarter, half-year or year.")
        raise InvalidInput(message, field_errors={"period_kind": [message]})
    if not 1 <= number <= COUNT_IN_YEAR[kind] or not 2000 <= year <= 2100:
        message = _("There is no such period.")
        raise InvalidInput(message, field_errors={"period_number": [message]})
    months = MONTHS_IN[kind]
    first_month = (number - 1) * months + 1
    last_month = first_month + months - 1
    return Period(
        kind,
        year,
        number,
        date(year, first_month, 1),
        date(year, last_month, calendar.monthrange(year, last_month)[1]),
    )


def period_containing(kind: str, day: date) -> Period:
    return period_of(kind, day.year, (day.month - 1) // MONTHS_IN[kind] + 1)


def period_from_start(kind: str, start: date) -> Period:
    period = period_containing(kind, start)
    if period.start != start:
        message = _("A period starts on the first day of its month, quarter, half-year or year.")
        raise InvalidInput(message, field_errors={"period_start": [message]})
    return period


def cutoff_window(period: Period) -> tuple[date, date]:
    """The data window of a periodic report under Nghị định 09/2019/NĐ-CP, Article 12.

    Month: the 15th of the previous month to the 14th of the month. Quarter: the 15th of
    the month before the quarter to the 14th of its last month. Half-year and year: 15/12
    of the previous year to 14/06, or to 14/12.
    """
    last_month = period.end.month
    if period.kind == "month":
        first = (
            date(period.year - 1, 12, 15) if period.number == 1 else date(period.year, period.number - 1, 15)
        )
        return first, date(period.year, last_month, 14)
    if period.kind == "quarter":
        start_month = period.start.month
        first = date(period.year - 1, 12, 15) if start_month == 1 else date(period.year, start_month - 1, 15)
        return first, date(period.year, last_month, 14)
    if period.kind == "half_year":
        first = date(period.year - 1, 12, 15) if period.number == 1 else date(period.year, 6, 15)
        return first, date(period.year, last_month, 14)
    return date(period.year - 1, 12, 15), date(period.year, 12, 14)


def period_label(period: Period) -> str:
    """The period as Vietnamese documents name it: "tháng 3 năm 2026", "quý I năm 2026"."""
    roman = {1: "I", 2: "II", 3: "III", 4: "IV"}
    if period.kind == "month":
        return _("month %(n)s of %(year)s") % {"n": period.number, "year": period.year}
    if period.kind == "quarter":
        return _("quarter %(n)s of %(year)s") % {"n": roman[period.number], "year": period.year}
    if period.kind == "half_year":
        if period.number == 1:
            return _("the first half of %(year)s") % {"year": period.year}
        return _("the second half of %(year)s") % {"year": period.year}
    return _("the year %(year)s") % {"year": period.year}
