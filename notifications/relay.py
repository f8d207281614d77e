"""The notification relay: pushes committed notification rows and item state changes to the sockets.

With NOTIFICATIONS_PUSH=relay a transition only writes its notification rows (the outbox);
this process, `manage.py notification_relay`, does the push that the request used to do
after its commit. It LISTENs on PostgreSQL's `dondoc_push` channel, which the triggers of
migration notifications 0003 notify on commit ("n": rows were inserted; "i:<id>": an item's
state changed), so it hears only of committed work.

Delivery: each row is claimed once — `pushed_at` set in the relay's own short transaction,
`FOR UPDATE SKIP LOCKED`, so two relays never claim the same row — and then sent: exactly
once from the relay's side, at most once at the socket (a relay that dies between claim and
send loses that push, never the row: the bell reads unread rows on page load and a socket
replays them on reconnect). On start, and every NOTIFICATIONS_RELAY_POLL_SECONDS, it claims
whatever is still unpushed, so rows committed while it was down are pushed when it returns.
Item state badges are fire-and-forget: missed while the relay is down, a page shows the
state it reads.

Other apps hand the relay committed work of their own with `relay_job(payload, run)`: a trigger
of theirs NOTIFYs `payload` on the same channel, and the relay calls `run()` after its pushes —
when it hears the payload, on start and on every poll — again at once while `run()` answers True
(more is waiting). flows.pending's completion-review steps ("f") are such a job.
"""

import asyncio
import logging
import time
from collections.abc import Callable, Iterable

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from notifications.models import Notification
from notifications.push import PendingPush, build_messages, send_async

logger = logging.getLogger(__name__)

CHANNEL = "dondoc_push"

# payload -> job: committed work another app leaves for the relay (see the module docstring).
JOBS: dict[str, Callable[[], bool]] = {}


def relay_job(payload: str, run: Callable[[], bool]) -> None:
    """Have the relay call `run()` when `payload` is NOTIFYed on CHANNEL, on start and every poll."""
    if payload == "n" or payload.startswith("i:"):
        raise ValueError(f"relay payload {payload!r} is the relay's own")
    JOBS[payload] = run


# PostgreSQL: claim in one autocommitted statement (no BEGIN/COMMIT round trips on the push path).
CLAIM = """
UPDATE {table} SET pushed_at = now() WHERE id IN (
    SELECT id FROM {table} WHERE pushed_at IS NULL ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED
) RETURNING id
"""


def relay_claim(limit: int | None = None) -> list[int]:
    """Mark up to `limit` unpushed rows pushed, oldest first; returns their ids (committed)."""
    limit = limit or settings.NOTIFICATIONS_RELAY_BATCH
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute(CLAIM.format(table=Notification._meta.db_table), [limit])
            return sorted(row[0] for row in cursor.fetchall())
    with transaction.atomic():
        pending = Notification.objects.filter(pushed_at__isnull=True).order_by("pk")
        if connection.features.has_select_for_update_skip_locked:
            pending = pending.select_for_update(skip_locked=True)
        ids = list(pending.values_list("pk", flat=True)[:limit])
        if ids:
            Notification.objects.filter(pk__in=ids).update(pushed_at=timezone.now())
    return ids


def relay_messages(
    notification_ids: Iterable[int] = (), item_ids: Iterable[int] = ()
) -> list[tuple[str, dict]]:
    """The (group, message) pairs for claimed rows and changed items: what the request used to send."""
    return build_messages(PendingPush(notification_ids=list(notification_ids), item_ids=set(item_ids)))


class Relay:
    """One relay: a LISTEN connection, Django's connection for reads, one event loop for sends."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.listener = None
        self.pushed = 0
        self.heard: set[str] = set()  # job payloads heard by the last wait()
        self.busy: set[str] = set()  # jobs that said more is waiting

    # --- one round -----------------------------------------------------------------------
    def drain(self, item_ids: Iterable[int] = ()) -> int:
        """Claim and push every unpushed row (batch by batch) and the given items' states."""
        items = set(item_ids)
        pushed = 0
        while True:
            ids = relay_claim()
            if ids or items:
                self._send(relay_messages(ids, items))
            items = set()
            pushed += len(ids)
            if len(ids) < settings.NOTIFICATIONS_RELAY_BATCH:
                break
        self.pushed += pushed
        return pushed

    def jobs_run(self, payloads: Iterable[str] | None = None) -> None:
        """Run the named jobs (all when None) once each; remember which have more waiting."""
        for payload in JOBS if payloads is None else payloads:
            run = JOBS.get(payload)
            if run is None:
                continue
            try:
                more = run()
            except DatabaseError:
                raise
            except Exception:
                logger.exception("notification relay: job %r failed; it runs again on the next poll", payload)
                more = False
            if more:
                self.busy.add(payload)
            else:
                self.busy.discard(payload)

    def _send(self, messages) -> None:
        if not messages:
            return
        try:
            self.loop.run_until_complete(send_async(messages))
        except Exception:
            logger.exception("notification relay: push failed; clients will replay on reconnect")

    # --- the loop ------------------------------------------------------------------------
    def listen(self) -> None:
        """Open the LISTEN connection (PostgreSQL only); before catching up, so nothing falls between."""
        if connection.vendor != "postgresql":
            raise RuntimeError("the notification relay needs PostgreSQL (LISTEN/NOTIFY)")
        self.listener = connection.get_new_connection(connection.get_connection_params())
        self.listener.autocommit = True
        self.listener.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> tuple[bool, set[int]]:
        """Block until notified or `timeout`; returns (rows were inserted, changed item ids)."""
        rows, items = False, set()
        self.heard = set()
        first = list(self.listener.notifies(timeout=timeout, stop_after=1))
        # …and whatever else has arrived by then, without waiting.
        for notify in first + (list(self.listener.notifies(timeout=0)) if first else []):
            if notify.payload in JOBS:
                self.heard.add(notify.payload)
            else:
                rows, items = _parse(notify.payload, rows, items)
        return rows, items

    def run(self, *, once: bool = False, stop=lambda: False) -> None:
        """Catch up, then push on every NOTIFY (and every poll interval) until `stop()` or once."""
        if not once:
            self.listen()
        self.drain()
        self.jobs_run()
        if once:
            while self.busy:
                self.jobs_run(set(self.busy))
            return
        poll = settings.NOTIFICATIONS_RELAY_POLL_SECONDS
        last_drain = time.monotonic()
        while not stop():
            rows, items = self.wait(0 if self.busy else min(poll, 1.0))
            try:
                polled = time.monotonic() - last_drain >= poll
                if rows or polled:
                    self.drain(items)
                    last_drain = time.monotonic()
                elif items:
                    self._send(relay_messages((), items))
                # After the pushes, so a job's work never delays a notification.
                if polled:
                    self.jobs_run()
                elif self.heard or self.busy:
                    self.jobs_run(self.heard | self.busy)
            except DatabaseError:
                # The reads' connection broke (a restart, a failover): reconnect on the next
                # round; unclaimed rows wait for it, claimed ones are at most unpushed.
                logger.exception("notification relay: database error; reconnecting")
                connection.close()
                time.sleep(1)

    def close(self) -> None:
        if self.listener is not None:
            self.listener.close()
            self.listener = None
        self.loop.run_until_complete(_close_layer())
        self.loop.close()


def _parse(payload: str, rows: bool, items: set[int]) -> tuple[bool, set[int]]:
    if payload == "n":
        return True, items
    if payload.startswith("i:") and payload[2:].isdigit():
        items.add(int(payload[2:]))
    return rows, items


async def _close_layer() -> None:
    from channels.layers import get_channel_layer

    layer = get_channel_layer()
    close = getattr(layer, "close_pools", None)
    if close is not None:
        await close()
