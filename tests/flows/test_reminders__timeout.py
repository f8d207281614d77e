"""Leader reminders: non-interrupting timeouts fired by `manage.py workflow_timers`."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone
from viewflow.workflow.models import Task
from viewflow.workflow.status import STATUS

from engine.events import subscribe, unsubscribe
from engine.models import AuditEvent
from flows.completion_review import CompletionReviewFlow


@pytest.fixture
def reminders():
    seen = []

    def keep(event):
        if event.kind == "flow.reminder":
            seen.append(event)

    subscribe(keep)
    yield seen
    unsubscribe(keep)


def due_now(process, node):
    timer = Task.objects.get(process=process, flow_task=node, status=STATUS.SCHEDULED)
    Task.objects.filter(pk=timer.pk).update(scheduled=timezone.now() - timedelta(minutes=1))
    return timer


@pytest.mark.django_db
def test_the_leader_then_the_director_are_reminded_and_the_task_stays_open(
    world, review_of, task_of, reminders, capsys
):
    item = world.item_in("reported")
    process = review_of(item)
    timer = Task.objects.get(process=process, flow_task=CompletionReviewFlow.decide__timeout)
    assert timer.status == STATUS.SCHEDULED and timer.scheduled > timezone.now() + timedelta(days=2)
    call_command("workflow_timers")
    assert reminders == []
    due_now(process, CompletionReviewFlow.decide__timeout)
    call_command("workflow_timers")
    assert "1 timer(s) fired" in capsys.readouterr().out
    assert [e.data["recipient_ids"] for e in reminders] == [[world.deputy.pk]]
    assert reminders[0].data["task"] == str(CompletionReviewFlow.decide.task_title)
    assert reminders[0].work_item_id == item.pk
    assert task_of(process).flow_task.name == "decide"  # non-interrupting
    due_now(process, CompletionReviewFlow.decide__timeout_2)
    call_command("workflow_timers")
    assert [e.data["step"] for e in reminders] == ["leader", "director"]
    assert reminders[1].data["recipient_ids"] == [world.director.pk]
    assert AuditEvent.objects.filter(work_item=item, verb="flow.reminder").count() == 2
    assert task_of(process).status == STATUS.NEW


@pytest.mark.django_db
def test_a_decided_report_cancels_its_timers(world, review_of, caught_up):
    from tests.factories import advance

    item = world.item_in("reported")
    process = review_of(item)
    advance(world, item, "accept")
    caught_up(process)
    timers = Task.objects.filter(process=process, flow_task_type="TIMER")
    assert set(timers.values_list("status", flat=True)) == {STATUS.CANCELED}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("reported_at", "calendar_days"),
    [
        # 09:00 on Monday 2 March 2026 in Vietnam: two weekends inside ten working days.
        (datetime(2026, 3, 2, 2, 0, tzinfo=UTC), 14),
        # 00:17 on Saturday 5 December 2026 in Vietnam (Friday evening in UTC): from a weekend day,
        # ten working days end on the second Friday after it (the run that once failed here).
        (datetime(2026, 12, 4, 17, 17, tzinfo=UTC), 13),
    ],
)
def test_the_reminder_waits_the_organisations_working_days(world, review_of, reported_at, calendar_days):
    world.org.leader_reminder_days = 10
    world.org.save()
    with time_machine.travel(reported_at, tick=False):
        item = world.item_in("reported")
        timer = Task.objects.get(process=review_of(item), flow_task=CompletionReviewFlow.decide__timeout)
    assert timer.scheduled == reported_at + timedelta(days=calendar_days)  # same time of day
