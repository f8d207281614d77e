"""What the approval flows cost: publishing and reviewing with and without the flow mirror.

On a fresh PostgreSQL database (bench_flows): a programme of N items is submitted and
published (every item assigned, each owing its CompletionReviewFlow start), then each
item is started, reported and accepted through the engine's services. The same runs again
with flows.sync unsubscribed, so the difference is the price of keeping viewflow's
Process/Task rows in step. With flows it runs twice: as deployed on PostgreSQL (the requests
write pending steps; the relay's job, flows.pending, is timed on its own as the relay runs it)
and without a relay (NOTIFICATIONS_PUSH=in_process: each request runs its steps after its
commit, as the embedded default does). Also: statements per report+accept, in the requests and
in the relay's job, and the inbox query.
    python bench/bench_flows.py [--quick] [--publish-only]
"""

import os
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


def _relay_job() -> float:
    """Run every pending flow step as the relay would (flows.pending); seconds taken."""
    from flows.pending import steps_run

    started = time.perf_counter()
    while steps_run()[1]:
        pass
    return time.perf_counter() - started


def _cycle(
    world, programme, *, push: str, review: bool = True
) -> tuple[float, float | None, float | None, float | None]:
    """(publish s, review cycle per item s, relay's publication job s, relay's review job per item s).

    `push`: "relay" (PostgreSQL as deployed: the requests write pending steps, the relay runs them,
    timed apart) or "in_process" (no relay: each request runs its steps right after its commit).
    """
    from django.conf import settings

    from engine.models import WorkItem
    from engine.services import programmes as prog
    from engine.services import work_items as svc

    before = settings.NOTIFICATIONS_PUSH
    settings.NOTIFICATIONS_PUSH = push
    relayed = push == "relay"
    try:
        programme = prog.programme_submit(programme=programme, actor=world.secretariat)
        started = time.perf_counter()
        prog.programme_publish(programme=programme, actor=world.director)
        publish = time.perf_counter() - started
        job = _relay_job() if relayed else None
        if not review:
            return publish, None, job, None
        items = list(WorkItem.objects.filter(programme=programme))
        started = time.perf_counter()
        for item in items:
            item = svc.work_item_start(item=item, actor=world.staff_a)
            item = svc.work_item_report(item=item, actor=world.head_a, text="Đã hoàn thành.")
            svc.work_item_accept(item=item, actor=world.director)
        review = (time.perf_counter() - started) / len(items)
        review_job = _relay_job() / len(items) if relayed else None
    finally:
        settings.NOTIFICATIONS_PUSH = before
    return publish, review, job, review_job


def run(quick: bool = False, review: bool = True) -> dict:
    name = setup_django("flows")
    try:
        from django.conf import settings
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
        from config.celery import app as celery_app
        from engine.events import subscribe, unsubscribe
        from engine.selectors.inbox import inbox_for
        from engine.services import work_items as svc
        from flows.sync import on_domain_event
        from tests.factories import build_world

        # As deployed, the oversight refresh each commit queues runs in a worker (bench_transitions).
        celery_app.conf.task_always_eager = False
        count = 60 if quick else 300
        world = build_world("bench")
        with_publish, with_review, publish_job, review_job = _cycle(
            world, _programme(world, "with", count), push="relay", review=review
        )
        in_process_publish, in_process_review, _job, _review_job = _cycle(
            world, _programme(world, "in process", count), push="in_process", review=review
        )
        unsubscribe(on_domain_event)
        try:
            without_publish, without_review, _job, _review_job = _cycle(
                world, _programme(world, "without", count), push="relay", review=review
            )
        finally:
            subscribe(on_domain_event)
        item = world.item_in("in_progress")
        _relay_job()
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as ctx:
            item = svc.work_item_report(item=item, actor=world.head_a, text="Xong.")
            svc.work_item_accept(item=item, actor=world.director)
        statements = len(ctx.captured_queries)
        with CaptureQueriesContext(connection) as ctx:
            _relay_job()
        relay_statements = len(ctx.captured_queries)
        for n in range(count // 3):
            world.item_in("reported", content=f"Chờ duyệt {n}")
        started = time.perf_counter()
        waiting = len(list(inbox_for(world.director)))
        inbox_ms = (time.perf_counter() - started) * 1000
        result = {
            "items": count,
            "publish_with_flows_s": round(with_publish, 2),
            "publish_with_flows_relay_job_s": round(publish_job, 2),
            "publish_with_flows_in_process_s": round(in_process_publish, 2),
            "publish_without_flows_s": round(without_publish, 2),
            "review_cycle_with_flows_ms": _ms(with_review),
            "review_cycle_with_flows_relay_job_ms": _ms(review_job),
            "review_cycle_with_flows_in_process_ms": _ms(in_process_review),
            "review_cycle_without_flows_ms": _ms(without_review),
            "statements_report_accept_with_flows": statements,
            "statements_report_accept_relay_job": relay_statements,
            "inbox_director_rows": waiting,
            "inbox_director_ms": round(inbox_ms, 1),
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }
        return result
    finally:
        drop_database(name)


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 1)


if __name__ == "__main__":
    if "-h" in sys.argv or "--help" in sys.argv:
        print(__doc__)
        sys.exit(0)
    # --publish-only: the publications alone, without the review cycles (which take most of the time).
    figures = run(quick="--quick" in sys.argv, review="--publish-only" not in sys.argv)
    print_rows("Approval flows (viewflow mirror)", figures)
