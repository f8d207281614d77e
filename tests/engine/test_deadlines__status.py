"""Status classes at their boundaries, computed as one database expression."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from engine.deadlines.calendar import WorkingCalendar
from engine.deadlines.status import StatusClass, nearly_due_until, status_counts, with_status
from engine.models import WorkItem

C = StatusClass
VN = ZoneInfo("Asia/Ho_Chi_Minh")
MONDAY = date(2026, 3, 2)  # an ordinary week: nearly due runs to Thursday 5/3


def status(item, today, calendar=None):
    return with_status(WorkItem.objects.filter(pk=item.pk), today, calendar).get().status_class


def test_nearly_due_window_counts_working_days():
    assert nearly_due_until(MONDAY) == date(2026, 3, 5)
    # Wednesday: Thu, Fri, Mon are the three days left; the weekend is inside the window.
    assert nearly_due_until(date(2026, 3, 4)) == date(2026, 3, 9)
    # Before Tết 2026 (16-20/02): Fri 13, Mon 23, Tue 24 are left.
    assert nearly_due_until(date(2026, 2, 12)) == date(2026, 2, 24)


def test_nearly_due_honours_organisation_days_off():
    calendar = WorkingCalendar(extra_days_off=frozenset({date(2026, 3, 3)}))
    assert nearly_due_until(MONDAY, calendar) == date(2026, 3, 8)  # Wed, Thu, Fri left


@pytest.mark.django_db
@pytest.mark.parametrize(
    "state,due,expected",
    [
        ("assigned", date(2026, 3, 6), C.NOT_YET_DUE),
        ("drafted", date(2026, 3, 6), C.NOT_YET_DUE),
        ("assigned", date(2026, 3, 5), C.NEARLY_DUE),
        ("assigned", MONDAY, C.NEARLY_DUE),  # due today is not yet overdue
        ("assigned", date(2026, 3, 1), C.IN_PROGRESS_OVERDUE),  # overdue even if never started
        ("in_progress", date(2026, 3, 6), C.IN_PROGRESS_ON_TIME),
        ("in_progress", date(2026, 3, 5), C.NEARLY_DUE),
        ("in_progress", MONDAY, C.NEARLY_DUE),
        ("in_progress", date(2026, 3, 1), C.IN_PROGRESS_OVERDUE),
        ("in_progress", None, C.NO_DEADLINE),
        ("drafted", None, C.NO_DEADLINE),
    ],
)
def test_open_items_at_their_boundaries(world, state, due, expected):
    item = world.item_in(state, due=due)
    assert status(item, MONDAY) == expected


def _reported(world, *, on: date, due_at_report: date | None, due: date | None, accepted=False):
    item = world.item_in("accepted" if accepted else "reported", due=due)
    at = datetime(on.year, on.month, on.day, 23, 30, tzinfo=VN)  # late evening, local time
    WorkItem.objects.filter(pk=item.pk).update(reported_at=at, due_date_at_report=due_at_report, due_date=due)
    return item


@pytest.mark.django_db
def test_completed_on_the_deadline_is_on_time_in_local_time(world):
    # 23:30 in Hà Nội is 16:30 UTC the same day; 00:30 next day would be late.
    item = _reported(world, on=date(2026, 3, 31), due_at_report=date(2026, 3, 31), due=date(2026, 3, 31))
    assert status(item, date(2026, 4, 10)) == C.REPORTED_ON_TIME
    late = _reported(world, on=date(2026, 4, 1), due_at_report=date(2026, 3, 31), due=date(2026, 3, 31))
    assert status(late, date(2026, 4, 10)) == C.REPORTED_LATE


@pytest.mark.django_db
def test_completed_is_judged_against_the_deadline_in_force_when_reported(world):
    # Extended from 31/3 to 15/4, reported on 10/4: on time, though after the original date.
    item = _reported(
        world, on=date(2026, 4, 10), due_at_report=date(2026, 4, 15), due=date(2026, 4, 15), accepted=True
    )
    WorkItem.objects.filter(pk=item.pk).update(original_due_date=date(2026, 3, 31))
    assert status(item, date(2026, 5, 1)) == C.COMPLETED_ON_TIME
    # A later change of due_date does not rewrite history.
    WorkItem.objects.filter(pk=item.pk).update(due_date=date(2026, 4, 1))
    assert status(item, date(2026, 5, 1)) == C.COMPLETED_ON_TIME


@pytest.mark.django_db
def test_accepted_items_keep_their_class_and_no_deadline_is_its_own(world):
    late = _reported(
        world, on=date(2026, 4, 2), due_at_report=date(2026, 4, 1), due=date(2026, 4, 1), accepted=True
    )
    assert status(late, date(2026, 5, 1)) == C.COMPLETED_LATE
    none = _reported(world, on=date(2026, 4, 2), due_at_report=None, due=None)
    assert status(none, date(2026, 5, 1)) == C.NO_DEADLINE


@pytest.mark.django_db
def test_cancelled_items_have_no_class_and_are_not_counted(world):
    item = world.item_in("cancelled", due=date(2026, 3, 1))
    assert status(item, MONDAY) is None
    world.item_in("in_progress", due=date(2026, 3, 1))
    world.item_in("assigned", due=date(2026, 4, 30))
    counts = status_counts(WorkItem.objects.filter(organisation=world.org), MONDAY)
    assert counts[C.IN_PROGRESS_OVERDUE] == 1
    assert counts[C.NOT_YET_DUE] == 1
    assert sum(counts.values()) == 2
    assert set(counts) == set(C.values)


@pytest.mark.django_db
def test_status_is_filterable_in_one_query(world, django_assert_num_queries):
    world.item_in("in_progress", due=date(2026, 3, 1))
    world.item_in("in_progress", due=date(2026, 3, 20))
    qs = with_status(WorkItem.objects.filter(organisation=world.org), MONDAY)
    with django_assert_num_queries(1):
        overdue = list(qs.filter(status_class=C.IN_PROGRESS_OVERDUE))
    assert [i.due_date for i in overdue] == [date(2026, 3, 1)]


@pytest.mark.django_db
def test_list_page_filters_and_shows_the_status_badge(client, world, time_machine):
    from django.urls import reverse

    time_machine.move_to(datetime(2026, 3, 2, 9, 0, tzinfo=VN), tick=False)
    world.item_in("in_progress", content="Việc đã quá hạn", due=date(2026, 2, 27))
    world.item_in("in_progress", content="Việc sắp đến hạn", due=date(2026, 3, 4))
    client.force_login(world.director)
    url = reverse("work_item_list")
    page = client.get(url, {"scope": "all", "status": C.IN_PROGRESS_OVERDUE}).content.decode()
    assert "Việc đã quá hạn" in page and "Việc sắp đến hạn" not in page
    assert 'class="badge status-in_progress_overdue"' in page
    page = client.get(url, {"scope": "all", "status": C.NEARLY_DUE}).content.decode()
    assert "Việc sắp đến hạn" in page and "Việc đã quá hạn" not in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    "reported_on,accepted_on,expected",
    [
        # Reported on the due date, accepted a day later: the unit was on time.
        (date(2026, 3, 31), date(2026, 4, 1), C.COMPLETED_ON_TIME),
        # Reported the day after the due date: late, however fast the acceptance.
        (date(2026, 4, 1), date(2026, 4, 1), C.COMPLETED_LATE),
        (date(2026, 3, 31), None, C.REPORTED_ON_TIME),
        (date(2026, 4, 1), None, C.REPORTED_LATE),
    ],
)
def test_reported_waits_for_acceptance_and_accepted_is_judged_by_the_report_day(
    world, reported_on, accepted_on, expected
):
    due = date(2026, 3, 31)
    item = _reported(world, on=reported_on, due_at_report=due, due=due, accepted=accepted_on is not None)
    if accepted_on:
        at = datetime(accepted_on.year, accepted_on.month, accepted_on.day, 9, 0, tzinfo=VN)
        WorkItem.objects.filter(pk=item.pk).update(accepted_at=at)
    assert status(item, date(2026, 4, 10)) == expected


@pytest.mark.django_db
def test_an_extension_granted_moves_an_open_item_out_of_overdue(world):
    item = world.item_in("in_progress", due=date(2026, 3, 1))  # due yesterday
    assert status(item, MONDAY) == C.IN_PROGRESS_OVERDUE
    WorkItem.objects.filter(pk=item.pk).update(original_due_date=date(2026, 3, 1), due_date=date(2026, 3, 20))
    assert status(item, MONDAY) == C.IN_PROGRESS_ON_TIME


@pytest.mark.django_db
def test_a_recurring_item_is_due_on_its_next_report_date(world):
    from engine.models import ReportPeriod

    item = world.item_in("in_progress", due=None)
    WorkItem.objects.filter(pk=item.pk).update(recurrence=WorkItem.Recurrence.MONTHLY)
    assert status(item, MONDAY) == C.NO_DEADLINE  # no report periods yet: nothing to judge by

    def period(start, end, due):
        return ReportPeriod.objects.create(work_item=item, period_start=start, period_end=end, due_date=due)

    january = period(date(2026, 1, 1), date(2026, 1, 31), date(2026, 2, 20))
    period(date(2026, 2, 1), date(2026, 2, 28), date(2026, 3, 20))
    assert status(item, MONDAY) == C.IN_PROGRESS_OVERDUE  # January's report is missing
    ReportPeriod.objects.filter(pk=january.pk).update(submitted_at=datetime(2026, 2, 19, 9, tzinfo=VN))
    annotated = with_status(WorkItem.objects.filter(pk=item.pk), MONDAY).get()
    assert annotated.status_class == C.IN_PROGRESS_ON_TIME
    assert annotated.next_report_due == date(2026, 3, 20)
    assert status(item, date(2026, 3, 19)) == C.NEARLY_DUE


@pytest.mark.django_db
def test_labels_say_what_vietnamese_offices_say(world):
    from django.utils import translation

    from engine.deadlines.status import status_label

    with translation.override("vi"):
        labels = {c: status_label(c) for c in C.values}
    assert labels[C.NOT_YET_DUE] == "Chưa đến hạn"
    assert labels[C.IN_PROGRESS_ON_TIME] == "Đang thực hiện trong hạn"
    assert labels[C.IN_PROGRESS_OVERDUE] == "Quá hạn chưa hoàn thành"
    assert labels[C.REPORTED_ON_TIME] == "Đã báo cáo đúng hạn, chờ nghiệm thu"
    assert labels[C.REPORTED_LATE] == "Đã báo cáo trễ hạn, chờ nghiệm thu"
    assert labels[C.COMPLETED_ON_TIME] == "Hoàn thành đúng hạn"
    assert labels[C.COMPLETED_LATE] == "Hoàn thành quá hạn"
