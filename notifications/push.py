"""After commit: send new notifications and item state changes to personal channel groups.

Each user has one group, `notifications.user.<id>`; the consumer joins only its own
user's. A transaction collects what to push in one buffer, flushed once by
`transaction.on_commit`; the flush re-reads the rows, so nothing rolled back (even in a
savepoint) is ever pushed. Any failure (Redis down, a timeout) is logged and swallowed:
the rows are committed and the client replays them on reconnect.
"""

import asyncio
import logging
from dataclasses import dataclass, field

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.db.models import Count, OuterRef, Subquery

from engine.commit_buffer import commit_buffer

logger = logging.getLogger(__name__)

MESSAGE_NEW = "notification.new"
MESSAGE_UNREAD = "notification.unread"
MESSAGE_ITEM_STATE = "item.state"


def user_group(user_id: int) -> str:
    return f"notifications.user.{int(user_id)}"


@dataclass(eq=False)
class PendingPush:
    notification_ids: list[int] = field(default_factory=list)
    item_ids: set[int] = field(default_factory=set)
    unread_user_ids: set[int] = field(default_factory=set)

    def flush(self) -> None:
        try:
            messages = build_messages(self)
            if messages:
                send(messages)
        except Exception:
            logger.exception("notification push failed; clients will replay on reconnect")


def relayed() -> bool:
    """True when notifications.relay, not the request, pushes new rows and item states."""
    return getattr(settings, "NOTIFICATIONS_PUSH", "in_process") == "relay"


def queue_push(*, notification_ids=(), item_id: int | None = None, unread_user_id: int | None = None) -> None:
    """Add to the current transaction's push, sent once it commits (at once outside a transaction).

    With the relay (NOTIFICATIONS_PUSH=relay) new rows and item states are its job — it hears
    of them from the database's triggers — so only unread counts (a person marking rows read)
    are left to push here.
    """
    if relayed():
        notification_ids, item_id = (), None
        if unread_user_id is None:
            return
    buffer = commit_buffer("pending_push", PendingPush, robust=True)
    at_once = buffer is None
    if at_once:
        buffer = PendingPush()
    buffer.notification_ids.extend(notification_ids)
    if item_id is not None:
        buffer.item_ids.add(item_id)
    if unread_user_id is not None:
        buffer.unread_user_ids.add(unread_user_id)
    if at_once:
        buffer.flush()


def serialize(notification) -> dict:
    return {
        "id": notification.pk,
        "kind": notification.kind,
        "message": notification.message,
        "link": notification.link,
        "work_item_id": notification.work_item_id,
        "actor": str(notification.actor) if notification.actor_id else None,
        "created": notification.created_at.isoformat(),
        "read": notification.read_at is not None,
    }


def unread_counts(user_ids) -> dict[int, int]:
    from notifications.models import Notification

    counts = dict(
        Notification.objects.filter(recipient_id__in=list(user_ids), read_at__isnull=True)
        .values("recipient_id")
        .annotate(n=Count("id"))
        .values_list("recipient_id", "n")
    )
    return {user_id: counts.get(user_id, 0) for user_id in user_ids}


# Above this many rows, unread counts are one GROUP BY per batch instead of one count per row.
BATCH_COUNTS_FROM = 20


def build_messages(buffer: PendingPush) -> list[tuple[str, dict]]:
    """(group, message) pairs for what the committed transaction produced."""
    from engine.models import WorkItem
    from notifications.models import Notification
    from notifications.recipients import viewers_of

    rows = []
    counts: dict[int, int] = {}
    if len(buffer.notification_ids) > BATCH_COUNTS_FROM:
        # A relay's batch: many rows for fewer people; count each person's unread once.
        rows = list(Notification.objects.filter(pk__in=buffer.notification_ids).select_related("actor"))
        counts = unread_counts({row.recipient_id for row in rows})
    elif buffer.notification_ids:
        # The committed rows, each with its recipient's unread count, in one query.
        unread = (
            Notification.objects.filter(recipient_id=OuterRef("recipient_id"), read_at__isnull=True)
            .order_by()
            .values("recipient_id")
            .annotate(n=Count("id"))
            .values("n")
        )
        rows = list(
            Notification.objects.filter(pk__in=buffer.notification_ids)
            .select_related("actor")
            .annotate(unread=Subquery(unread))
        )
        counts = {row.recipient_id: row.unread or 0 for row in rows}
    others = buffer.unread_user_ids - set(counts)
    if others:
        counts |= unread_counts(others)
    messages = [
        (user_group(row.recipient_id), {"type": MESSAGE_NEW, "notification": serialize(row)})
        for row in sorted(rows, key=lambda row: row.pk)
    ]
    messages += [
        (user_group(user_id), {"type": MESSAGE_UNREAD, "unread": count}) for user_id, count in counts.items()
    ]
    items = list(WorkItem.objects.filter(pk__in=buffer.item_ids))
    viewers = viewers_of(items)  # one query, however many items
    for item in items:
        change = {
            "type": MESSAGE_ITEM_STATE,
            "item_id": item.pk,
            "state": item.state,
            "version": item.version,
        }
        messages += [(user_group(user_id), change) for user_id in viewers[item.pk]]
    return messages


def send(messages: list[tuple[str, dict]]) -> None:
    """group_send the messages: groups concurrently, each group's in order; failures logged, never raised."""
    async_to_sync(send_async)(messages)


async def send_async(messages: list[tuple[str, dict]]) -> None:
    """send, on the caller's event loop (the relay keeps one loop, and so its Redis pool)."""
    layer = get_channel_layer()
    if layer is None:
        return
    timeout = getattr(settings, "NOTIFICATIONS_PUSH_TIMEOUT", 2.0)
    by_group: dict[str, list[dict]] = {}
    for group, message in messages:
        by_group.setdefault(group, []).append(message)

    # A bounded number of groups at once: the Redis pool has a connection limit.
    limit = asyncio.Semaphore(getattr(settings, "NOTIFICATIONS_PUSH_CONCURRENCY", 20))

    async def send_group(group: str, queue: list[dict]) -> None:
        async with limit:
            for message in queue:
                await asyncio.wait_for(layer.group_send(group, message), timeout)

    results = await asyncio.gather(
        *(send_group(group, queue) for group, queue in by_group.items()), return_exceptions=True
    )
    failures = [result for result in results if isinstance(result, BaseException)]
    if failures:
        logger.error(
            "notification push: %d of %d groups failed (%r)", len(failures), len(by_group), failures[0]
        )
