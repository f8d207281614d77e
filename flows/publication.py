"""The completion reviews of a published programme's items: one pending step per item, written at once.

A publication assigns every item at once (engine programme_publish). Starting each item's
CompletionReviewFlow there would cost a dozen statements per item inside the director's
request, so flows.sync leaves the items' `publication` events alone and, on the programme's
`programme.published`, writes a pending `work_item.assigned` step for every open item of the
programme — one read of their ids and one multi-row INSERT, whatever the number of items.
flows.pending runs them like any item's steps: in the relay, or right after the commit without
one, and before anything reads an item's process. Each item's later steps (its report, its
acceptance) queue behind its start, so no item moves on without its process.
"""

from engine.models import WorkItem
from flows.pending import steps_write

STARTABLE = (WorkItem.State.ASSIGNED, WorkItem.State.IN_PROGRESS)


def publication_steps_write(programme_id: int, actor_id: int | None) -> int:
    """Write the start step of every open item of the programme (in the publication); how many."""
    ids = list(
        WorkItem.objects.filter(programme_id=programme_id, state__in=STARTABLE)
        .order_by("position", "id")
        .values_list("pk", flat=True)
    )
    steps_write("work_item.assigned", ids, actor_id)
    return len(ids)


def publication_steps_waiting(programme_id: int) -> int:
    """How many of the programme's items still wait for their start step (progress of the runner)."""
    from flows.models import PendingStep

    return PendingStep.objects.filter(work_item__programme_id=programme_id, kind="work_item.assigned").count()
