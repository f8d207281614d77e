"""NotificationConsumer: one WebSocket per open page, joined to its user's group only.

Protocol (JSON both ways; docs/architecture.md, "Notifications"):
- connect to /ws/notifications/?last_id=N; anonymous connections are closed (4401).
- server → client on connect: {"type": "hello", "unread", "last_id", "notifications": [...], "more"}
  with the notifications whose id > N (none if N is absent), oldest first.
- server → client: {"type": "notification", "notification": {...}}, {"type": "unread", "unread"},
  {"type": "item_state", "item_id", "state", "label", "version"}.
- client → server: {"type": "mark_read", "ids": [...]} or {"type": "mark_read", "all": true};
  {"type": "resume", "last_id": N} (same answer as connect); {"type": "ping"} → {"type": "pong"}.
"""

import time
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.utils import translation

from engine.models import WorkItem
from notifications import selectors
from notifications.models import NotificationPreference
from notifications.push import serialize, user_group
from notifications.services import notification_mark_read

CLOSE_UNAUTHENTICATED = 4401
REJOIN_AFTER = 3600  # seconds; well under the layer's group_expiry (one day)


def _as_id(value) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None


class NotificationConsumer(AsyncJsonWebsocketConsumer):
    group: str | None = None

    async def connect(self):
        user = self.scope.get("user")
        if user is None or not user.is_authenticated or not user.is_active:
            await self.close(code=CLOSE_UNAUTHENTICATED)
            return
        self.user = user
        # The group comes from the session's user, never from the client.
        self.group = user_group(user.pk)
        self.language = None  # read with the first backlog: one thread hop per connect
        # Join before reading the backlog: a row committed in between arrives twice at worst
        # (the client drops ids it has), never not at all.
        await self.channel_layer.group_add(self.group, self.channel_name)
        self.joined_at = time.monotonic()
        await self.accept()
        query = parse_qs(self.scope.get("query_string", b"").decode("latin-1"))
        await self.send_hello(_as_id((query.get("last_id") or [None])[0]))

    async def disconnect(self, code):
        if self.group:
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive_json(self, content, **kwargs):
        kind = content.get("type") if isinstance(content, dict) else None
        if kind == "mark_read":
            ids = content.get("ids") or []
            if not isinstance(ids, list):
                ids = []
            unread = await database_sync_to_async(notification_mark_read)(
                user=self.user, ids=ids[:500], all_unread=content.get("all") is True
            )
            await self.send_json({"type": "unread", "unread": unread})
        elif kind == "resume":
            await self.send_hello(_as_id(content.get("last_id")))
        elif kind == "ping":
            if time.monotonic() - self.joined_at > REJOIN_AFTER:
                # Redis forgets group members after group_expiry; a long-lived socket re-joins.
                await self.channel_layer.group_add(self.group, self.channel_name)
                self.joined_at = time.monotonic()
            await self.send_json({"type": "pong"})
        else:
            await self.send_json({"type": "error", "error": "unknown message type"})

    @database_sync_to_async
    def _backlog(self, after_id: int | None) -> dict:
        if self.language is None:
            chosen = NotificationPreference.objects.filter(user_id=self.user.pk)
            cookie = self.scope.get("cookies", {}).get("django_language")
            self.language = chosen.values_list("language", flat=True).first() or cookie or "vi"
        unread, last = selectors.unread_and_last_id(self.user)
        rows, more = [], False
        if after_id is not None:  # else a fresh page: it rendered the count; start from now
            rows, more = (
                selectors.notifications_since(self.user, after_id) if after_id < last else ([], False)
            )
            # A client ahead of the database (restored from a backup) starts again from its end.
            last = max([after_id, *(row.pk for row in rows)]) if after_id <= last else last
        return {
            "type": "hello",
            "unread": unread,
            "last_id": last,
            "notifications": [serialize(row) for row in rows],
            "more": more,
        }

    async def send_hello(self, after_id: int | None):
        await self.send_json(await self._backlog(after_id))

    # --- messages from the channel layer (notifications.push) -----------------------

    async def notification_new(self, event):
        await self.send_json({"type": "notification", "notification": event["notification"]})

    async def notification_unread(self, event):
        await self.send_json({"type": "unread", "unread": event["unread"]})

    async def item_state(self, event):
        with translation.override(self.language or "vi"):
            label = str(WorkItem.State(event["state"]).label)
        await self.send_json(
            {
                "type": "item_state",
                "item_id": event["item_id"],
                "state": event["state"],
                "label": label,
                "version": event["version"],
            }
        )
