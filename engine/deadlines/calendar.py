"""Working days: Vietnam's public holidays plus an organisation's own exceptions.

Public holidays come from the `holidays` package (lunar Tết, Giỗ Tổ, 30/4, 1/5, 2/9 and
the substituted days it knows, including make-up working Saturdays). An organisation
adds what the Government announces later (`CalendarException`: extra days off, extra
working days). Weekends are not working days unless listed as working.

`WorkingCalendar` is a plain value: build it once (`calendar_for`) and call its pure
methods; it never queries the database.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import holidays

MAX_SCAN_DAYS = 370  # no real calendar has a year without a working day


@lru_cache(maxsize=64)
def _public(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """(public holidays, make-up working weekend days) of one year."""
    vietnam = holidays.country_holidays("VN", years=year)
    workdays = frozenset(d for d in getattr(vietnam, "weekend_workdays", ()) if d.year == year)
    return frozenset(vietnam.keys()), workdays


@dataclass(frozen=True)
class WorkingCalendar:
    extra_days_off: frozenset[date] = field(default_factory=frozenset)
    extra_working_days: frozenset[date] = field(default_factory=frozenset)

    def is_working_day(self, day: date) -> bool:
        if day in self.extra_working_days:
            return True
        if day in self.extra_days_off:
            return False
        public_holidays, makeup_days = _public(day.year)
        if day in makeup_days:
            return True
        return day.weekday() < 5 and day not in public_holidays

    def next_working_day(self, day: date) -> date:
        """`day` itself if it is a working day, else the first working day after it."""
        for _ in range(MAX_SCAN_DAYS):
            if self.is_working_day(day):
                return day
            day += timedelta(days=1)
        raise ValueError("no working day within a year")

    def previous_working_day(self, day: date) -> date:
        for _ in range(MAX_SCAN_DAYS):
            if self.is_working_day(day):
                return day
            day -= timedelta(days=1)
        raise ValueError("no working day within a year")

    def add_working_days(self, day: date, count: int) -> date:
        """The date `count` working days after `day` (before it if negative); 0 rolls forward."""
        if count == 0:
            return self.next_working_day(day)
        step = timedelta(days=1 if count > 0 else -1)
        remaining = abs(count)
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; when end is before start, minus those in [end, start).

        The inverse of `add_working_days`: `working_days_between(d, add_working_days(d, n)) == n`.
        """
        if end == start:
            return 0
        if end < start:
            return -sum(
                1 for offset in range((start - end).days) if self.is_working_day(end + timedelta(offset))
            )
        return sum(
            1 for offset in range(1, (end - start).days + 1) if self.is_working_day(start + timedelta(offset))
        )

    def add_calendar_days(self, day: date, count: int) -> date:
        """Calendar-day arithmetic that lands on a working day, as offices move deadlines."""
        return self.next_working_day(day + timedelta(days=count))


def calendar_for(organisation_id: int | None) -> WorkingCalendar:
    """The calendar of an organisation: public holidays plus its exceptions (one query)."""
    if organisation_id is None:
        return WorkingCalendar()
    from engine.models import CalendarException

    off, working = set(), set()
    for day, kind in CalendarException.objects.filter(organisation_id=organisation_id).values_list(
        "date", "kind"
    ):
        (working if kind == CalendarException.Kind.WORKING_DAY else off).add(day)
    return WorkingCalendar(frozenset(off), frozenset(working))
