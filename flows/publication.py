"""The completion reviews of a published programme's items, started in one job rather than one per item.

A publication assigns every item at once (engine programme_publish). Starting each item's
CompletionReviewFlow there would cost a dozen statements per item inside the director's
request, so flows.sync leaves the items' `publication` events alone and calls
`queue_completion_reviews` once. With FLOWS_REVIEWS_IN_BACKGROUND and a Celery broker the job
runs in a worker after the publication commits (the request returns at once; an item reported
before the worker reached it keeps no process, logged); otherwise (the default, tests, Celery
eager) it runs in the publication's transaction. The job is idempotent: it starts a review only
for an open item that has none, so a retried or repeated job is harmless.
"""

import logging

from celery import current_app
from django.conf import settings
from django.db import transaction
from viewflow.workflow.status import PROCESS

from engine.background import queue_on_commit
from engine.models import Programme, WorkItem
from flows.completion_review import CompletionReviewFlow

logger = logging.getLogger(__name__)

CHUNK = 100
# An item reported (or further) before the job reached it was reviewed without a process; the
# engine's state is the truth, so the job leaves it and says so.
STARTABLE = (WorkItem.State.ASSIGNED, WorkItem.State.IN_PROGRESS)


def _waiting(programme_id: int):
    """The programme's open items that have no review process yet."""
    return (
        WorkItem.objects.filter(programme_id=programme_id, state__in=STARTABLE)
        .exclude(review_processes__status=PROCESS.NEW)
        .order_by("position", "id")
    )


def completion_reviews_start(programme_id: int) -> int:
    """Start the review process of every open item of the programme that has none; how many."""
    started = 0
    while True:
        # One transaction per chunk: the programme row is locked, so two jobs never start the same
        # item's review twice, and a worker's progress is visible while it runs.
        with transaction.atomic():
            Programme.objects.select_for_update().filter(pk=programme_id).first()
            chunk = list(_waiting(programme_id).select_related("programme")[:CHUNK])
            for item in chunk:
                CompletionReviewFlow.start.run(work_item=item)
        started += len(chunk)
        if len(chunk) < CHUNK:
            break
    late = WorkItem.objects.filter(programme_id=programme_id).exclude(
        state__in=(*STARTABLE, WorkItem.State.DRAFTED, WorkItem.State.CANCELLED)
    )
    late = late.exclude(review_processes__isnull=False).count()
    if late:
        logger.warning(
            "programme %s: %s items moved on before their review process started", programme_id, late
        )
    return started


def completion_reviews_progress(programme_id: int) -> tuple[int, int]:
    """(items whose review process has started, open items): the job's progress."""
    open_items = WorkItem.objects.filter(programme_id=programme_id, state__in=STARTABLE)
    waiting = _waiting(programme_id).count()
    total = open_items.count()
    return total - waiting, total


def queue_completion_reviews(programme_id: int) -> None:
    """Start the reviews now, or in a worker once the publication commits (FLOWS_REVIEWS_IN_BACKGROUND)."""
    if current_app.conf.task_always_eager or not settings.FLOWS_REVIEWS_IN_BACKGROUND:
        completion_reviews_start(programme_id)
        return
    queue_on_commit(
        "flows.tasks.completion_reviews_start_task",
        programme_id,
        fallback=lambda: completion_reviews_start(programme_id),
        what=f"programme {programme_id}'s reviews",
    )
