"""Periodic reporting: Nghị định 09/2019 periods across a year boundary, submission, escalation."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from engine.deadlines.calendar import WorkingCalendar
from engine.deadlines.periods import report_periods
from engine.models import EscalationFiring, ReportPeriod, WorkItem
from engine.services import work_items as svc
from engine.services.escalation import escalation_sweep

VN = ZoneInfo("Asia/Ho_Chi_Minh")
CAL = WorkingCalendar()


def test_monthly_periods_run_from_the_15th_to_the_14th_across_the_year_end():
    periods = report_periods("monthly", date(2026, 7, 1), date(2027, 6, 30), 20, CAL)
    assert len(periods) == 12
    assert periods[0] == (date(2026, 6, 15), date(2026, 7, 14), date(2026, 7, 20))
    december, january = periods[5], periods[6]
    assert december == (date(2026, 11, 15), date(2026, 12, 14), date(2026, 12, 21))  # 20/12 is a Sunday
    assert january == (date(2026, 12, 15), date(2027, 1, 14), date(2027, 1, 20))
    assert periods[-1][1] == date(2027, 6, 14)


def test_weekly_periods_run_monday_to_sunday_and_are_reported_on_friday():
    # 1/1/2026 is a Thursday: its week starts on Monday 29/12/2025.
    weeks = report_periods("weekly", date(2026, 1, 1), date(2026, 1, 31), 20, CAL)
    assert weeks[0][:2] == (date(2025, 12, 29), date(2026, 1, 4))
    assert weeks[1] == (date(2026, 1, 5), date(2026, 1, 11), date(2026, 1, 9))
    assert len(weeks) == 5 and weeks[-1][:2] == (date(2026, 1, 26), date(2026, 2, 1))
    assert all(report_due.weekday() == 4 for _first, _last, report_due in weeks[1:])


def test_quarterly_half_yearly_yearly_and_ongoing_periods():
    year = (date(2026, 1, 1), date(2026, 12, 31))
    quarters = report_periods("quarterly", *year, 15, CAL)
    assert [(p[0], p[1]) for p in quarters] == [
        (date(2025, 12, 15), date(2026, 3, 14)),
        (date(2026, 3, 15), date(2026, 6, 14)),
        (date(2026, 6, 15), date(2026, 9, 14)),
        (date(2026, 9, 15), date(2026, 12, 14)),
    ]
    assert quarters[0][2] == date(2026, 3, 16)  # 15/3/2026 is a Sunday
    assert report_periods("ongoing", *year, 15, CAL) == quarters
    halves = report_periods("half_yearly", *year, 20, CAL)
    assert [(p[0], p[1]) for p in halves] == [
        (date(2025, 12, 15), date(2026, 6, 14)),
        (date(2026, 6, 15), date(2026, 12, 14)),
    ]
    assert report_periods("yearly", *year, 20, CAL) == [
        (date(2025, 12, 15), date(2026, 12, 14), date(2026, 12, 21))
    ]
    assert report_periods("none", *year, 20, CAL) == []


def test_a_due_day_in_tet_moves_past_it():
    (first, *_rest) = report_periods("monthly", date(2026, 2, 1), date(2026, 2, 28), 16, CAL)
    assert first == (date(2026, 1, 15), date(2026, 2, 14), date(2026, 2, 23))


def at(day):
    return datetime(day.year, day.month, day.day, 8, tzinfo=VN)


@pytest.mark.django_db
def test_a_missing_monthly_report_escalates_and_a_report_stops_it(world):
    world.org.report_submission_day = 20
    world.org.save()
    item = world.item_in("in_progress", due=date(2026, 12, 31), recurrence=WorkItem.Recurrence.MONTHLY)
    escalation_sweep(now=at(date(2026, 1, 2)), organisation=world.org)
    periods = list(ReportPeriod.objects.filter(work_item=item))
    assert len(periods) == 12
    assert (periods[1].period_start, periods[1].due_date) == (date(2026, 1, 15), date(2026, 2, 23))
    # January's report (15/12/2025–14/01/2026) is due Tue 20/01; by 21/01 it is overdue.
    fired = escalation_sweep(now=at(date(2026, 1, 21)), organisation=world.org).fired
    assert [(f.subject, f.step, f.deadline) for f in fired] == [("report_period", 3, date(2026, 1, 20))]
    assert fired[0].period == periods[0].pk
    report = svc.work_item_add_report(item=item, actor=world.head_a, text="Báo cáo tháng 1.", percent=10)
    periods[0].refresh_from_db()
    assert periods[0].submitted_at is not None and periods[0].submitted_report == report
    assert escalation_sweep(now=at(date(2026, 1, 28)), organisation=world.org).count == 0
    assert EscalationFiring.objects.filter(work_item=item).count() == 1
