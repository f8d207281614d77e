"""Publishing assigns the items set-based and writes their review starts as pending steps."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from viewflow.workflow.status import PROCESS

from engine.audit import audit_verify
from engine.models import AuditEvent, Programme, WorkItem
from engine.services.programmes import programme_publish, programme_submit
from flows import publication
from flows.models import CompletionReviewProcess, PendingStep
from flows.pending import steps_catch_up, steps_run

pytestmark = pytest.mark.django_db


@pytest.fixture
def relayed(settings):
    """As deployed on PostgreSQL: the relay, not the request, runs the pending steps."""
    settings.NOTIFICATIONS_PUSH = "relay"


def _programme(world, title: str, count: int) -> Programme:
    from engine.services.programmes import programme_create, work_item_create

    programme = programme_create(
        organisation=world.org,
        actor=world.secretariat,
        title=title,
        kind=Programme.Kind.YEAR,
        period_start=world.programme.period_start,
        period_end=world.programme.period_end,
    )
    for n in range(count):
        work_item_create(
            programme=programme, actor=world.secretariat, content=f"{title} {n}", lead_units=[world.unit_a]
        )
    return programme_submit(programme=programme, actor=world.secretariat)


def _publish_statements(world, programme) -> int:
    with CaptureQueriesContext(connection) as ctx:
        programme_publish(programme=programme, actor=world.director)
    return len(ctx.captured_queries)


def _reviews(programme):
    return CompletionReviewProcess.objects.filter(work_item__programme=programme, status=PROCESS.NEW)


def test_the_publication_request_does_not_grow_with_its_items(world, relayed):
    small, large = _programme(world, "Nhỏ", 2), _programme(world, "Lớn", 7)
    _publish_statements(world, _programme(world, "Khởi động", 1))  # caches warmed (roles, calendar)
    assert _publish_statements(world, small) == _publish_statements(world, large)
    assert set(WorkItem.objects.filter(programme=large).values_list("state", flat=True)) == {"assigned"}
    assert not _reviews(large).exists()  # nothing of viewflow's in the request
    assert PendingStep.objects.filter(work_item__programme=large, kind="work_item.assigned").count() == 7


def test_each_item_keeps_its_own_audit_event_in_the_chain(world, relayed):
    programme = _programme(world, "Kế hoạch", 4)
    programme_publish(programme=programme, actor=world.director)
    events = AuditEvent.objects.filter(work_item__programme=programme, verb="work_item.assign")
    assert sorted(e.work_item_id for e in events) == sorted(programme.items.values_list("pk", flat=True))
    assert {(e.from_state, e.to_state, e.actor_id) for e in events} == {
        ("drafted", "assigned", world.director.pk)
    }
    assert all(e.unit_id == world.unit_a.pk for e in events)
    item = programme.items.first()
    assert item.version == 2 and item.assigned_at is not None and item.original_due_date == item.due_date
    assert audit_verify(world.org.pk).ok


def test_the_runner_starts_one_review_per_open_item_once(world, relayed, django_capture_on_commit_callbacks):
    programme = _programme(world, "Kế hoạch", 3)
    with django_capture_on_commit_callbacks(execute=True):
        programme_publish(programme=programme, actor=world.director)
    assert not _reviews(programme).exists()
    assert publication.publication_steps_waiting(programme.pk) == 3
    assert steps_run() == (3, False)
    assert steps_run() == (0, False)  # a second run starts nothing twice
    assert publication.publication_steps_waiting(programme.pk) == 0
    assert _reviews(programme).count() == 3


def test_an_item_reported_before_the_runner_came_still_gets_its_review_in_order(world, relayed):
    from tests.factories import advance

    programme = _programme(world, "Kế hoạch", 2)
    programme_publish(programme=programme, actor=world.director)
    item = programme.items.order_by("pk").first()
    item = advance(world, item, "start")
    item = advance(world, item, "report")
    assert steps_catch_up(item.pk) == 2  # its start, then its report (start writes no step)
    process = CompletionReviewProcess.objects.get(work_item=item)
    assert process.status == PROCESS.NEW
    assert [t.flow_task.name for t in process.task_set.filter(flow_task_type="HUMAN").order_by("pk")] == [
        "carry_out",
        "decide",
    ]


def test_without_a_relay_the_steps_run_right_after_the_publication_commits(
    world, settings, django_capture_on_commit_callbacks
):
    settings.NOTIFICATIONS_PUSH = "in_process"
    programme = _programme(world, "Kế hoạch", 2)
    with django_capture_on_commit_callbacks(execute=True):
        programme_publish(programme=programme, actor=world.director)
    assert _reviews(programme).count() == 2
    assert not PendingStep.objects.exists()
