"""What the approval flows cost: publishing and reviewing with and without the flow mirror.

On a fresh PostgreSQL database (bench_flows): a programme of N items is submitted and
published (every item assigned, each starting its CompletionReviewFlow process), then each
item is started, reported and accepted through the engine's services. The same runs again
with flows.sync unsubscribed, so the difference is the price of keeping viewflow's
Process/Task rows in step. Publishing with flows is measured twice: without a broker (Celery
eager: the review processes start inside the publication, as in the embedded default) and with
one and FLOWS_REVIEWS_IN_BACKGROUND (the request only; the worker's job, flows.publication,
timed on its own as a worker would run it). Also: statements per report+accept, and the inbox query.
    python bench/bench_flows.py [--quick]
"""

import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import drop_database, print_rows, setup_django


def _programme(world, title: str, count: int):
    from engine.models import Programme
    from engine.services.programmes import programme_create, work_item_create

    programme = programme_create(
        organisation=world.org,
        actor=world.secretariat,
        title=title,
        kind=Programme.Kind.YEAR,
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
    )
    for i in range(count):
        work_item_create(
            programme=programme,
            actor=world.secretariat,
            content=f"Nhiệm vụ {title} {i}",
            lead_units=[world.unit_a],
            due_date=date(2026, 1 + i % 12, 28),
        )
    return programme


def _cycle(world, programme, *, queued: bool = False) -> tuple[float, float, float | None]:
    """(publish s, review cycle per item s, the worker's job s when `queued`)."""
    from celery import current_app
    from django.conf import settings

    from engine.models import WorkItem
    from engine.services import programmes as prog
    from engine.services import work_items as svc
    from flows import publication

    jobs, eager, enqueue = [], current_app.conf.task_always_eager, publication._enqueue
    if queued:  # a broker: the job is handed over on commit, here kept for the "worker" below
        current_app.conf.task_always_eager = False
        settings.FLOWS_REVIEWS_IN_BACKGROUND = True
        publication._enqueue = jobs.append
    try:
        programme = prog.programme_submit(programme=programme, actor=world.secretariat)
        started = time.perf_counter()
        prog.programme_publish(programme=programme, actor=world.director)
        publish = time.perf_counter() - started
    finally:
        current_app.conf.task_always_eager, publication._enqueue = eager, enqueue
        settings.FLOWS_REVIEWS_IN_BACKGROUND = False
    job = None
    if queued:
        started = time.perf_counter()
        for programme_id in jobs:
            publication.completion_reviews_start(programme_id)
        job = time.perf_counter() - started
    items = list(WorkItem.objects.filter(programme=programme))
    started = time.perf_counter()
    for item in items:
        item = svc.work_item_start(item=item, actor=world.staff_a)
        item = svc.work_item_report(item=item, actor=world.head_a, text="Đã hoàn thành.")
        svc.work_item_accept(item=item, actor=world.director)
    review = (time.perf_counter() - started) / len(items)
    return publish, review, job


def run(quick: bool = False) -> dict:
    name = setup_django("flows")
    try:
        from django.conf import settings
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
        from engine.events import subscribe, unsubscribe
        from engine.selectors.inbox import inbox_for
        from engine.services import work_items as svc
        from flows.sync import on_domain_event
        from tests.factories import build_world

        count = 60 if quick else 300
        world = build_world("bench")
        with_publish, with_review, _job = _cycle(world, _programme(world, "with", count))
        queued_publish, _review, queued_job = _cycle(world, _programme(world, "queued", count), queued=True)
        unsubscribe(on_domain_event)
        try:
            without_publish, without_review, _job = _cycle(world, _programme(world, "without", count))
        finally:
            subscribe(on_domain_event)
        item = world.item_in("in_progress")
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as ctx:
            item = svc.work_item_report(item=item, actor=world.head_a, text="Xong.")
            svc.work_item_accept(item=item, actor=world.director)
        statements = len(ctx.captured_queries)
        for n in range(count // 3):
            world.item_in("reported", content=f"Chờ duyệt {n}")
        started = time.perf_counter()
        waiting = len(list(inbox_for(world.director)))
        inbox_ms = (time.perf_counter() - started) * 1000
        result = {
            "items": count,
            "publish_with_flows_s": round(with_publish, 2),
            "publish_with_flows_queued_request_s": round(queued_publish, 2),
            "publish_with_flows_queued_worker_job_s": round(queued_job, 2),
            "publish_without_flows_s": round(without_publish, 2),
            "review_cycle_with_flows_ms": round(with_review * 1000, 1),
            "review_cycle_without_flows_ms": round(without_review * 1000, 1),
            "statements_report_accept_with_flows": statements,
            "inbox_director_rows": waiting,
            "inbox_director_ms": round(inbox_ms, 1),
        }
        return result
    finally:
        drop_database(name)


if __name__ == "__main__":
    figures = run(quick="--quick" in sys.argv)
    print_rows("Approval flows (viewflow mirror)", figures)
