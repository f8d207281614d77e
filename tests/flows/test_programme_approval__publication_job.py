"""Publishing assigns the items set-based and starts their review processes in one job (flows.publication)."""

import pytest
from celery import current_app
from django.db import connection
from django.test.utils import CaptureQueriesContext
from viewflow.workflow.status import PROCESS

from engine.audit import audit_verify
from engine.models import AuditEvent, Programme, WorkItem
from engine.services.programmes import programme_publish, programme_submit
from flows import publication
from flows.models import CompletionReviewProcess
from flows.tasks import completion_reviews_start_task

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued(monkeypatch, settings):
    """A broker: the job is handed over on commit; here it is kept to be run as a worker would."""
    settings.FLOWS_REVIEWS_IN_BACKGROUND = True
    jobs, before = [], current_app.conf.task_always_eager
    current_app.conf.task_always_eager = False
    monkeypatch.setattr(completion_reviews_start_task, "delay", jobs.append)
    yield jobs
    current_app.conf.task_always_eager = before


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


def test_the_publication_request_does_not_grow_with_its_items(world, queued):
    small, large = _programme(world, "Nhỏ", 2), _programme(world, "Lớn", 7)
    _publish_statements(world, _programme(world, "Khởi động", 1))  # caches warmed (roles, calendar)
    assert _publish_statements(world, small) == _publish_statements(world, large)
    assert set(WorkItem.objects.filter(programme=large).values_list("state", flat=True)) == {"assigned"}


def test_each_item_keeps_its_own_audit_event_in_the_chain(world, queued):
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


def test_the_job_starts_one_review_per_open_item_once(world, queued, django_capture_on_commit_callbacks):
    programme = _programme(world, "Kế hoạch", 3)
    with django_capture_on_commit_callbacks(execute=True):
        programme_publish(programme=programme, actor=world.director)
    assert queued == [programme.pk]
    assert not CompletionReviewProcess.objects.filter(work_item__programme=programme).exists()
    assert publication.completion_reviews_progress(programme.pk) == (0, 3)
    assert publication.completion_reviews_start(programme.pk) == 3
    assert publication.completion_reviews_start(programme.pk) == 0  # a retried job starts nothing twice
    assert publication.completion_reviews_progress(programme.pk) == (3, 3)
    reviews = CompletionReviewProcess.objects.filter(work_item__programme=programme, status=PROCESS.NEW)
    assert reviews.count() == 3


@pytest.mark.parametrize("background", [False, True])
def test_without_a_broker_or_the_setting_the_reviews_start_in_the_publication(world, settings, background):
    settings.FLOWS_REVIEWS_IN_BACKGROUND = background
    if background and not current_app.conf.task_always_eager:
        pytest.skip("a broker is configured (REDIS_URL): the setting applies")
    programme = _programme(world, "Kế hoạch", 2)
    programme_publish(programme=programme, actor=world.director)
    assert (
        CompletionReviewProcess.objects.filter(work_item__programme=programme, status=PROCESS.NEW).count()
        == 2
    )
