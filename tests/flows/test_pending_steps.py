"""A transition writes its completion-review step as one pending row; the row runs later, in order, once.

flows.pending: the relay (or the request after its commit, without one) runs the rows; anyone
reading an item's process first runs what the item still owes; a failing step keeps its row
(error, attempts) and never undoes the state change it follows.
"""

from datetime import datetime, timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from viewflow.workflow.status import PROCESS, STATUS

from engine.models import WorkItem
from flows import pending, sync
from flows.driver import open_task, task_assign, task_execute
from flows.models import CompletionReviewProcess, PendingStep
from tests.factories import advance

pytestmark = pytest.mark.django_db

S = WorkItem.State


@pytest.fixture
def relayed(settings):
    """As deployed on PostgreSQL: the request writes the rows, the relay runs them."""
    settings.NOTIFICATIONS_PUSH = "relay"


def _process(item):
    return CompletionReviewProcess.objects.filter(work_item=item).order_by("-pk").first()


def _human_steps(process):
    return [
        (t.flow_task.name, t.status)
        for t in process.task_set.filter(flow_task_type="HUMAN").order_by("created", "pk")
    ]


def _viewflow_statements(statements):
    return [s for s in statements if "VIEWFLOW_" in s or "FLOWS_COMPLETIONREVIEWPROCESS" in s]


def test_a_report_writes_one_pending_row_and_none_of_viewflows_statements(world, relayed):
    item = world.item_in("in_progress")
    pending.steps_catch_up(item.pk)
    with CaptureQueriesContext(connection) as ctx:
        advance(world, item, "report")
    statements = [q["sql"].upper() for q in ctx.captured_queries]
    assert _viewflow_statements(statements) == []
    inserts = [s for s in statements if s.lstrip().startswith('INSERT INTO "FLOWS_PENDINGSTEP"')]
    assert len(inserts) == 1
    assert list(PendingStep.objects.values_list("kind", "work_item_id", "actor_id")) == [
        ("work_item.reported", item.pk, world.head_a.pk)
    ]


def test_the_steps_run_in_order_and_a_second_run_is_a_no_op(world, relayed):
    item = world.item_in("reported")  # assigned, (started), reported: two steps owed
    assert list(PendingStep.objects.filter(work_item=item).values_list("kind", flat=True)) == [
        "work_item.assigned",
        "work_item.reported",
    ]
    assert not CompletionReviewProcess.objects.filter(work_item=item).exists()
    assert pending.steps_run() == (2, False)
    process = _process(item)
    assert _human_steps(process) == [("carry_out", STATUS.DONE), ("decide", STATUS.NEW)]
    assert not PendingStep.objects.exists()
    assert pending.steps_run() == (0, False)
    assert pending.steps_run_item(item.pk) == 0
    assert _human_steps(_process(item)) == _human_steps(process)


def test_a_step_run_twice_is_skipped_because_its_task_is_no_longer_open(world, relayed):
    item = world.item_in("accepted")
    pending.steps_run()
    process = _process(item)
    assert process.status == PROCESS.DONE
    before = process.task_set.count()
    # A row and its step commit together, so a row never runs twice; a step that finds its task
    # closed (a retry after a partial failure, a repeated event) is skipped.
    sync.item_step_run("work_item.accepted", item.pk, world.director.pk)
    sync.item_step_run("work_item.reported", item.pk, world.head_a.pk)
    assert process.task_set.count() == before
    assert CompletionReviewProcess.objects.filter(work_item=item).count() == 1


def test_a_step_run_late_is_dated_at_its_transition_and_a_prompt_one_as_it_ran(world, relayed):
    """The review step's "since" is the report, even when the relay ran the step hours later."""
    import time_machine
    from django.utils import timezone

    reported_at = timezone.make_aware(datetime(2026, 3, 2, 9, 0))
    with time_machine.travel(reported_at, tick=False):
        item = world.item_in("reported")
    with time_machine.travel(reported_at + timedelta(hours=3), tick=False):
        pending.steps_run()
    process = _process(item)
    decide = process.task_set.get(flow_task_type="HUMAN", status=STATUS.NEW)
    carry_out = process.task_set.get(flow_task_type="HUMAN", status=STATUS.DONE)
    assert decide.created == reported_at and carry_out.finished == reported_at
    assert process.created == reported_at

    started = timezone.make_aware(datetime(2026, 3, 5, 9, 0))
    with time_machine.travel(started, tick=False):
        other = world.item_in("in_progress")
        pending.steps_run()  # at once, as the relay does
    task = _process(other).task_set.get(flow_task_type="HUMAN", status__in=[STATUS.NEW, STATUS.ASSIGNED])
    assert task.created == started


def test_a_cancellation_replays_after_the_start_it_follows(world, relayed):
    item = world.item_in("in_progress")
    advance(world, item, "cancel")
    pending.steps_run()
    assert _process(item).status == PROCESS.CANCELED


def test_the_work_item_page_catches_up_before_it_shows_the_step(world, relayed, client):
    item = world.item_in("reported")
    assert PendingStep.objects.filter(work_item=item).count() == 2
    client.force_login(world.director)
    page = client.get(reverse("work_item_detail", args=[item.pk])).content.decode()
    assert 'data-testid="review-step"' in page
    assert not PendingStep.objects.filter(work_item=item).exists()
    assert _human_steps(_process(item))[-1] == ("decide", STATUS.NEW)


def test_the_driver_catches_up_and_runs_the_step_its_action_wrote(world, relayed):
    item = world.item_in("in_progress")
    assert not CompletionReviewProcess.objects.filter(work_item=item).exists()
    pending.steps_catch_up(item.pk)
    process = _process(item)
    task = task_assign(task=open_task(process, "carry_out"), user=world.head_a)
    task_execute(task=task, user=world.head_a, action="report", text="Xong.")  # checks its task is done
    assert not PendingStep.objects.filter(work_item=item).exists()
    advance(world, WorkItem.objects.get(pk=item.pk), "return")  # from a page: a row is owed
    assert PendingStep.objects.filter(work_item=item).exists()
    assert open_task(process).flow_task.name == "carry_out"  # open_task ran it first


def test_a_failing_step_keeps_its_row_and_never_loses_the_state_change(world, relayed, caplog):
    item = world.item_in("in_progress")
    pending.steps_run()
    item = advance(world, item, "report")
    boom = mock.patch.dict(
        sync.ITEM_STEPS, {"work_item.reported": mock.Mock(side_effect=RuntimeError("boom"))}
    )
    with boom:
        assert pending.steps_run() == (0, False)
    item.refresh_from_db()
    assert item.state == S.REPORTED  # committed before the step, untouched by its failure
    row = PendingStep.objects.get(work_item=item)
    assert (row.kind, row.attempts, row.error) == ("work_item.reported", 1, "RuntimeError: boom")
    assert "flow step work_item.reported" in caplog.text
    # Retried on the next round; the item's later steps wait behind it meanwhile.
    advance(world, item, "accept")
    with boom:
        pending.steps_run()
    assert list(PendingStep.objects.filter(work_item=item).values_list("kind", "attempts")) == [
        ("work_item.reported", 2),
        ("work_item.accepted", 0),
    ]
    assert pending.steps_run() == (2, False)  # the cause is gone: both run, in order
    assert _process(item).status == PROCESS.DONE


def test_a_step_that_keeps_failing_is_left_for_an_operator_and_the_later_ones_run(world, relayed):
    item = world.item_in("in_progress")
    pending.steps_run()
    item = advance(world, item, "report")
    item = advance(world, item, "return")
    boom = mock.patch.dict(sync.ITEM_STEPS, {"work_item.reported": mock.Mock(side_effect=RuntimeError("x"))})
    with boom:
        for _ in range(pending.STEP_ATTEMPTS):
            pending.steps_run()
    assert list(PendingStep.objects.values_list("kind", "attempts")) == [
        ("work_item.reported", pending.STEP_ATTEMPTS)
    ]  # the return ran after the report gave up (it found no decide task open: logged)
    assert pending.steps_catch_up(item.pk) == 0  # readers do not retry it
    call_command("flow_steps", "--failed")
    assert not PendingStep.objects.exists()


def test_without_a_relay_the_request_runs_its_step_right_after_the_commit(
    world, settings, django_capture_on_commit_callbacks
):
    settings.NOTIFICATIONS_PUSH = "in_process"
    item = world.item_in("in_progress")
    pending.steps_run()
    with django_capture_on_commit_callbacks(execute=True):
        advance(world, item, "report")
    assert not PendingStep.objects.exists()
    assert _human_steps(_process(item)) == [("carry_out", STATUS.DONE), ("decide", STATUS.NEW)]


def test_the_relay_runs_the_steps_as_its_job(world, relayed):
    from notifications.relay import JOBS, Relay

    assert JOBS[pending.RELAY_PAYLOAD] is pending.relay_job
    item = world.item_in("reported")
    relay = Relay()
    try:
        relay.jobs_run()
    finally:
        relay.close()
    assert not PendingStep.objects.exists()
    assert _human_steps(_process(item))[-1] == ("decide", STATUS.NEW)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_committed_step_wakes_the_relay(world, relayed):
    from notifications.relay import Relay

    item = world.item_in("in_progress")
    listener = Relay()
    listener.listen()
    try:
        listener.wait(0.1)  # whatever the setup committed
        advance(world, item, "report")
        listener.wait(5)
        assert pending.RELAY_PAYLOAD in listener.heard
    finally:
        listener.close()
