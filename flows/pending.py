"""Pending completion-review steps: written in a transition's transaction, run outside the request.

flows.sync turns a work item's event (assigned, reported, endorsed, returned, accepted,
cancelled, reopened) into one PendingStep row — one INSERT — instead of executing viewflow's
activation, about twenty statements, inside the request. Who runs the rows:

- the notification relay (NOTIFICATIONS_PUSH=relay, PostgreSQL): the rows' INSERT trigger
  NOTIFYs `dondoc_push` with "f" on commit and the relay runs the pending steps after its pushes
  (and on start and every poll, so rows committed while it was down run when it is back);
- without a relay (NOTIFICATIONS_PUSH=in_process, the SQLite default): the request itself, right
  after its commit;
- whoever is about to read an item's process (the work-item page's review step, flows.driver,
  `manage.py flow_steps`): `steps_catch_up(item_id)` runs that item's rows first, so the review
  task exists when the reviewer opens it.

An item's rows run in id order under the item's row lock (the lock every transition of the item
takes, so neither a transition nor another runner interleaves), each in its own savepoint, and
are deleted once done, in the same transaction: a row and its step commit together, so a
committed step never runs again. Steps are idempotent (flows.sync: a task no longer open is skipped, a
process already running is not started again), so a row run twice is harmless. A step that
raises is rolled back alone — the item's state change committed before it and is never touched —
and its row keeps the error and counts the attempt; the item's later rows wait behind it until it
succeeds or has failed STEP_ATTEMPTS times, after which it is left for an operator (the admin's
"pending flow steps", `manage.py flow_steps --failed`) and the later rows run.
"""

import logging
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Min
from viewflow.workflow.models import Task

from engine.models import WorkItem
from flows.models import CompletionReviewProcess, PendingStep

logger = logging.getLogger(__name__)

# Tries of a failing step before it is left for an operator (and its item's later steps go on).
STEP_ATTEMPTS = 5
# Items the relay runs per round, in one transaction, before it listens again (a publication's
# items come in rounds; a reader of one of them waits at most for one round).
RELAY_ITEMS = 20
# The relay's NOTIFY payload for "pending steps were committed" (flows migration 0002's trigger).
RELAY_PAYLOAD = "f"


def steps_write(kind: str, work_item_ids: Iterable[int], actor_id: int | None) -> None:
    """Record that each item's process owes the step of event `kind` (one INSERT for all of them)."""
    ids = list(work_item_ids)
    if not ids:
        return
    if len(ids) == 1:
        PendingStep.objects.create(work_item_id=ids[0], kind=kind, actor_id=actor_id)
    else:
        PendingStep.objects.bulk_create(
            [PendingStep(work_item_id=pk, kind=kind, actor_id=actor_id) for pk in ids]
        )
    if settings.NOTIFICATIONS_PUSH != "relay":
        # No relay: the request runs them itself once its transaction has committed.
        transaction.on_commit(lambda: _run_after_commit(ids))


def _run_after_commit(ids: list[int]) -> None:
    for start in range(0, len(ids), RELAY_ITEMS):
        chunk = ids[start : start + RELAY_ITEMS]
        try:
            _run_batch(chunk, wait=True)
        except Exception:  # the state change is committed; the rows wait for the next reader
            logger.exception("flow steps of work items %s: not run after the commit", chunk)


# A step run this long after its transition (the relay was down, a reader caught it up, the demo
# year written under its own clock) dates what it opened and closed back to the transition, so the
# item's page says the review step is open "since" the report, not since the step was run. A
# prompt run (within a minute of the commit, however loaded the machine) changes nothing and costs no
# statement.
LATE_STEP = timedelta(minutes=1)


def _viewflow_now():
    """The clock viewflow stamps its rows with (its fields' default)."""
    return Task._meta.get_field("created").get_default()


def _date_back(row: PendingStep, step_started) -> None:
    processes = CompletionReviewProcess.objects.filter(work_item_id=row.work_item_id)
    tasks = Task.objects.filter(process__in=processes)
    for rows, names in (
        (tasks, ("created", "assigned", "started", "finished")),
        (processes, ("created", "finished")),
    ):
        for name in names:
            rows.filter(**{f"{name}__gte": step_started}).update(**{name: row.created_at})


def _run_one(row: PendingStep) -> bool:
    """Run one step in a savepoint; False (row marked) if it raised."""
    from flows.sync import item_step_run

    try:
        with transaction.atomic():
            step_started = _viewflow_now()
            item_step_run(row.kind, row.work_item_id, row.actor_id)
            if step_started - row.created_at > LATE_STEP:
                _date_back(row, step_started)
    except Exception as exc:
        logger.exception("flow step %s of work item %s failed", row.kind, row.work_item_id)
        PendingStep.objects.filter(pk=row.pk).update(
            attempts=F("attempts") + 1, error=f"{type(exc).__name__}: {exc}"[:2000]
        )
        row.attempts += 1
        return False
    return True


def _run_rows(rows) -> int:
    """Run the rows (id order), item by item; delete those done; how many. In a transaction."""
    done, stalled = [], set()
    for row in rows:
        if row.work_item_id in stalled:
            continue
        if _run_one(row):
            done.append(row.pk)
        elif row.attempts < STEP_ATTEMPTS:
            stalled.add(row.work_item_id)  # its later steps wait for it, as in the request they would
    if done:
        PendingStep.objects.filter(pk__in=done).delete()
    return len(done)


def _owed(item_ids, failed: bool):
    rows = PendingStep.objects.filter(work_item_id__in=item_ids)
    if not failed:
        rows = rows.filter(attempts__lt=STEP_ATTEMPTS)
    return rows.order_by("id")


def _lock(item_ids, *, wait: bool) -> list[int]:
    """Lock the items' rows (the lock their transitions take); without `wait`, those free now."""
    return list(
        WorkItem.objects.select_for_update(skip_locked=not wait, of=("self",))
        .filter(pk__in=item_ids)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def steps_run_item(work_item_id: int, *, wait: bool = True, failed: bool = False) -> int:
    """Run the item's pending steps in order; how many ran. `wait=False`: skip it if locked now.

    `failed`: also retry the steps that gave up (an operator's `flow_steps --failed`).
    """
    return _run_batch([work_item_id], wait=wait, failed=failed)


def _run_batch(item_ids, *, wait: bool, failed: bool = False) -> int:
    """Lock the items (skipping those held elsewhere unless `wait`) and run their rows: one transaction.

    An item gone since has no rows left (they cascade); an item held elsewhere keeps its rows for
    the next round.
    """
    with transaction.atomic():
        locked = _lock(item_ids, wait=wait)
        return _run_rows(_owed(locked, failed)) if locked else 0


def steps_catch_up(work_item_id: int) -> int:
    """Before reading an item's process: run what it still owes (one query when it owes nothing)."""
    if not PendingStep.objects.filter(work_item_id=work_item_id, attempts__lt=STEP_ATTEMPTS).exists():
        return 0
    try:
        return steps_run_item(work_item_id)
    except Exception:  # a reader still reads; the relay or the next reader tries again
        logger.exception("flow steps of work item %s: catch-up failed", work_item_id)
        return 0


def steps_run(limit: int = RELAY_ITEMS, *, failed: bool = False) -> tuple[int, bool]:
    """Run the pending steps of up to `limit` items, oldest first: (steps run, more items waiting).

    What the relay calls: one transaction for the batch (the items locked at once, their rows read
    at once and deleted at once, one commit); items another runner holds are skipped, their turn
    comes next round.
    """
    rows = PendingStep.objects.all() if failed else PendingStep.objects.filter(attempts__lt=STEP_ATTEMPTS)
    items = list(
        rows.values("work_item_id")
        .annotate(first=Min("id"))
        .order_by("first")
        .values_list("work_item_id", flat=True)[:limit]
    )
    ran = _run_batch(items, wait=False, failed=failed) if items else 0
    return ran, len(items) == limit and ran > 0


def relay_job() -> bool:
    """The relay's round: run one batch; True while more items are waiting."""
    return steps_run()[1]
