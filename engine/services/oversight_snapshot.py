"""Refresh an organisation's stored oversight figures: the delay register's rows and the dashboard's counts.

`oversight_refresh(org)` recomputes both from the items with the live queries
(`engine.selectors.delay_register.register_entries_select`, `engine.selectors.dashboard.dashboard_counts`)
in one transaction — delete the organisation's rows, write the new ones, stamp `OversightSnapshot` —
so readers see the old figures or the new, never half. Nothing is computed per request and no
transition writes here: the register page and the dashboard's JSON read the rows and show when
they were taken.

What keeps them fresh (docs/operations.md, "Stored oversight figures"):

- every domain event (a transition, an extension, a waiver, a publication…) queues, after its
  commit, one refresh of its organisation `OVERSIGHT_REFRESH_DELAY_SECONDS` later; the events of
  that delay share it (a cache key), so a burst costs one refresh;
- Celery beat runs `engine.oversight_refresh` every `OVERSIGHT_REFRESH_EVERY_SECONDS`: it refreshes
  every organisation whose figures are from an earlier day (a date crossing: items fall overdue,
  days late grow) or older than `OVERSIGHT_MAX_AGE_SECONDS` (what changed without an event: an
  import, a calendar edit, a script);
- a page that finds the figures from an earlier day queues a refresh as well.
"""

import logging
import time
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from engine.background import queue_now
from engine.commit_buffer import commit_buffer
from engine.events import DomainEvent
from engine.models import DashboardCount, OversightSnapshot, RegisterEntry, WorkItem
from engine.selectors.dashboard import dashboard_counts
from engine.selectors.delay_register import ENTRY_COLUMNS, register_entries_select

log = logging.getLogger(__name__)

ANALYZE_AFTER_ROWS = 10_000
LOCK_CLASS = 1616  # pg_advisory_xact_lock(LOCK_CLASS, organisation): one refresh of an organisation at a time


def oversight_refresh(organisation_id: int, *, now: datetime | None = None) -> OversightSnapshot:
    """Recompute the organisation's register rows and dashboard counts as of `now` (default: now)."""
    now = now or timezone.now()
    day = timezone.localdate(now)
    started = time.perf_counter()
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # JIT costs seconds on these one-pass aggregates (as in the escalation sweep).
                cursor.execute("SET LOCAL jit = off")
                cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [LOCK_CLASS, organisation_id])
        _register_write(organisation_id, register_entries_select(organisation_id, today=day))
        DashboardCount.objects.filter(organisation_id=organisation_id)._raw_delete(DashboardCount.objects.db)
        DashboardCount.objects.bulk_create(dashboard_counts(organisation_id, today=day), batch_size=2000)
        snapshot, _ = OversightSnapshot.objects.update_or_create(
            organisation_id=organisation_id,
            defaults={"taken_at": now, "day": day, "seconds": round(time.perf_counter() - started, 3)},
        )
    return snapshot


def _register_write(organisation_id: int, select: tuple[str, list] | None) -> None:
    """Make the organisation's `RegisterEntry` rows those of `select`. On PostgreSQL only what
    changed is written (the new rows in a temporary table, then delete the gone, upsert the
    new or different): a refresh a minute after one transition rewrites a row or two, not the
    whole register, which keeps the table, its indexes and the WAL shipped to a replica small."""
    table = RegisterEntry._meta.db_table
    columns = ", ".join(ENTRY_COLUMNS)
    with connection.cursor() as cursor:
        if select is None or connection.vendor != "postgresql":
            cursor.execute(f"DELETE FROM {table} WHERE organisation_id = %s", [organisation_id])  # noqa: S608
            if select is not None:
                cursor.execute(f"INSERT INTO {table} ({columns}) {select[0]}", select[1])
            return
        cursor.execute(f"CREATE TEMPORARY TABLE register_new ON COMMIT DROP AS {select[0]}", select[1])
        cursor.execute(
            f"DELETE FROM {table} e WHERE e.organisation_id = %s"  # noqa: S608
            " AND NOT EXISTS (SELECT 1 FROM register_new n WHERE n.work_item_id = e.work_item_id)",
            [organisation_id],
        )
        changed = cursor.rowcount
        others = [c for c in ENTRY_COLUMNS if c != "work_item_id"]
        cursor.execute(
            f"INSERT INTO {table} ({columns}) SELECT {columns} FROM register_new"  # noqa: S608
            f" ON CONFLICT (work_item_id) DO UPDATE SET {', '.join(f'{c} = EXCLUDED.{c}' for c in others)}"
            f" WHERE ({', '.join(f'{table}.{c}' for c in others)})"
            f" IS DISTINCT FROM ({', '.join(f'EXCLUDED.{c}' for c in others)})"
        )
        changed += cursor.rowcount
        cursor.execute("DROP TABLE register_new")
        if changed > ANALYZE_AFTER_ROWS:
            # A first refresh (or a day's crossing) rewrites many rows: fresh statistics now, so the
            # page's plan is the index range at once, not after autovacuum comes by.
            cursor.execute(f"ANALYZE {table}")


def oversight_refresh_due(*, now: datetime | None = None) -> list[int]:
    """Refresh every organisation with items whose figures are missing, from an earlier day or older
    than OVERSIGHT_MAX_AGE_SECONDS; returns their ids (what beat's `engine.oversight_refresh` runs)."""
    now = now or timezone.now()
    day = timezone.localdate(now)
    oldest = now - timedelta(seconds=settings.OVERSIGHT_MAX_AGE_SECONDS)
    taken = {
        org: (at, on)
        for org, at, on in OversightSnapshot.objects.values_list("organisation_id", "taken_at", "day")
    }
    org_ids = WorkItem.objects.order_by().values_list("organisation_id", flat=True).distinct()
    due = [org for org in org_ids if org not in taken or taken[org][1] != day or taken[org][0] < oldest]
    for org in due:
        oversight_refresh(org, now=now)
    return due


def _queued_key(organisation_id: int) -> str:
    return f"oversight-refresh-queued:{organisation_id}"


# Organisation → until when (time.monotonic()) the refresh this process queued for it cannot have
# begun: events before then share it without asking the cache (engine.services.oversight_snapshot).
_QUEUED_HERE: dict[int, float] = {}
# The share of the delay the memory trusts: the worker starts the task at its ETA by its own clock.
QUEUED_HERE_SHARE = 0.5


def queued_here_forget() -> None:
    """Forget the refreshes this process queued (tests: a new test's cache knows of none)."""
    _QUEUED_HERE.clear()


def oversight_refresh_soon(organisation_id: int) -> None:
    """Queue one refresh of the organisation OVERSIGHT_REFRESH_DELAY_SECONDS from now, unless one
    is already waiting (the cache key is the debounce). With no broker the periodic refresh catches up.

    A refresh this process sent to the broker starts `delay` seconds later at the earliest, so for
    half of that delay (`QUEUED_HERE_SHARE`, a margin for the worker's clock) the process knows it is
    still waiting and skips the cache's round trip: a burst of transitions asks the cache about once
    in delay / 2 seconds per process, not once per transition. The key itself is unchanged, so other
    processes and the task (which deletes it when it starts) see what they saw before.
    """
    delay = settings.OVERSIGHT_REFRESH_DELAY_SECONDS
    if delay is None:
        return
    now = time.monotonic()
    if _QUEUED_HERE.get(organisation_id, 0.0) > now:
        return
    if not cache.add(_queued_key(organisation_id), 1, timeout=max(int(delay) * 4, 60)):
        return
    queued = queue_now(
        "engine.tasks.oversight_refresh_one_task",
        organisation_id,
        fallback=lambda: cache.delete(_queued_key(organisation_id)),
        what=f"oversight refresh of organisation {organisation_id}",
        countdown=delay,
    )
    if queued and delay > 0:
        _QUEUED_HERE[organisation_id] = now + delay * QUEUED_HERE_SHARE


def oversight_refresh_queued(organisation_id: int) -> OversightSnapshot:
    """The queued refresh itself: clear the debounce key first, so events during the refresh queue
    the next one, then refresh."""
    cache.delete(_queued_key(organisation_id))
    return oversight_refresh(organisation_id)


def refresh_after_event(event: DomainEvent) -> None:
    """Domain-event subscriber: once the change commits, queue a refresh of its organisation.

    Once per transaction and organisation (engine.commit_buffer): a publication's 300 events
    queue one refresh after the commit (one cache check, not 300; without a broker, one refresh,
    not 300)."""
    organisation_id = event.organisation_id
    if settings.OVERSIGHT_REFRESH_DELAY_SECONDS is None or not organisation_id:
        return
    key = f"oversight_refresh_{organisation_id}"
    if commit_buffer(key, lambda: _RefreshSoon(organisation_id)) is None:  # no transaction: now
        oversight_refresh_soon(organisation_id)


class _RefreshSoon:
    """An organisation a transaction changed: its refresh queued once the transaction commits."""

    def __init__(self, organisation_id: int):
        self.organisation_id = organisation_id

    def flush(self) -> None:
        oversight_refresh_soon(self.organisation_id)


def as_of_label(snapshot: "OversightSnapshot | str | None") -> str:
    """ "Số liệu lúc hh:mm dd/mm/yyyy" for a snapshot (or its ISO time); "" for live figures."""
    if not snapshot:
        return ""
    taken = snapshot.taken_at if isinstance(snapshot, OversightSnapshot) else datetime.fromisoformat(snapshot)
    moment = formats.date_format(timezone.localtime(taken), "H:i d/m/Y")
    return _("Figures as of %(moment)s") % {"moment": moment}
