"""The working-day calendar: public holidays, Tết, make-up Saturdays, organisation exceptions."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engine.deadlines.calendar import WorkingCalendar, calendar_for

CAL = WorkingCalendar()


@pytest.mark.parametrize(
    "day", [date(2026, 2, 16), date(2026, 2, 17), date(2026, 2, 18), date(2026, 2, 19), date(2026, 2, 20)]
)
def test_tet_2026_is_not_worked(day):
    assert not CAL.is_working_day(day)


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 1, 1),
        date(2026, 4, 27),
        date(2026, 4, 30),
        date(2026, 5, 1),
        date(2026, 9, 1),
        date(2026, 9, 2),
    ],
)
def test_public_holidays_2026(day):
    assert not CAL.is_working_day(day)


def test_weekends_are_off_but_make_up_saturdays_are_worked():
    assert not CAL.is_working_day(date(2026, 3, 7))  # a Saturday
    assert not CAL.is_working_day(date(2026, 3, 8))  # a Sunday
    assert CAL.is_working_day(date(2025, 4, 26))  # Saturday worked for 2/5/2025
    assert not CAL.is_working_day(date(2025, 5, 2))


def test_deadline_on_a_holiday_moves_to_the_next_working_day():
    assert CAL.next_working_day(date(2026, 2, 16)) == date(2026, 2, 23)
    assert CAL.next_working_day(date(2026, 3, 9)) == date(2026, 3, 9)
    assert CAL.add_calendar_days(date(2026, 2, 10), 6) == date(2026, 2, 23)


def test_adding_working_days_skips_tet_and_weekends():
    assert CAL.add_working_days(date(2026, 2, 12), 1) == date(2026, 2, 13)
    assert CAL.add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 23)
    assert CAL.add_working_days(date(2026, 2, 23), -1) == date(2026, 2, 13)
    assert CAL.add_working_days(date(2026, 3, 7), 0) == date(2026, 3, 9)


def test_counting_working_days():
    assert CAL.working_days_between(date(2026, 2, 13), date(2026, 2, 23)) == 1
    assert CAL.working_days_between(date(2026, 3, 2), date(2026, 3, 9)) == 5
    assert CAL.working_days_between(date(2026, 3, 9), date(2026, 3, 2)) == -5


@pytest.mark.django_db
def test_organisation_exceptions(world):
    from engine.models import CalendarException

    CalendarException.objects.create(organisation=world.org, date=date(2026, 3, 9), kind="day_off")
    CalendarException.objects.create(organisation=world.org, date=date(2026, 3, 14), kind="working_day")
    mine = calendar_for(world.org.pk)
    assert not mine.is_working_day(date(2026, 3, 9))
    assert mine.is_working_day(date(2026, 3, 14))
    assert calendar_for(world.other_org.pk).is_working_day(date(2026, 3, 9))


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)), st.integers(-40, 40))
def test_adding_then_counting_working_days_agree(day, count):
    result = CAL.add_working_days(day, count)
    assert CAL.is_working_day(result)
    if count:
        assert CAL.working_days_between(day, result) == count
