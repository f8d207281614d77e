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

import logging
import time
from urllib.parse import parse_qs

from channels.consumer import get_handler_name
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.utils import translation
from redis.exceptions import RedisError

from engine.models import WorkItem
from notifications import selectors
from notifications.push import serialize, user_group
from notifications.services import notification_mark_read
from notifications.socket_db import connect_admission, session_user, socket_db, with_language

CLOSE_UNAUTHENTICATED = 4401
CLOSE_TRY_AGAIN = 1013  # RFC 6455 "Try Again Later": the client reconnects with back-off
logger = logging.getLogger(__name__)
REJOIN_AFTER = 3600  # seconds; well under the layer's group_expiry (one day)


def _as_id(value) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None


class NotificationConsumer(AsyncJsonWebsocketConsumer):
    group: str | None = None
    language: str | None = None

    async def connect(self):
        async with connect_admission():
            await self._connect()

    async def _connect(self):
        # Two hops to the sockets' DB pool (notifications.socket_db): who it is, then the hello.
        self.user = await socket_db(self._authenticate)()
        if self.user is None:
            await self.close(code=CLOSE_UNAUTHENTICATED)
            return
        # The group comes from the session's user, never from the client.
        group = user_group(self.user.pk)
        # Join before reading the backlog: a row committed in between arrives twice at worst
        # (the client drops ids it has), never not at all.
        try:
            await self.channel_layer.group_add(group, self.channel_name)
        except (RedisError, OSError, TimeoutError) as error:
            # The layer (Redis) is down: accept, then close with a code the client retries on.
            # Closing before accept would reach the browser as a bare 403 (code 1006).
            logger.warning("notifications: channel layer unavailable at connect (%s)", error)
            await self.accept()
            await self.close(code=CLOSE_TRY_AGAIN)
            return
        self.group = group
        self.joined_at = time.monotonic()
        await self.accept()
        query = parse_qs(self.scope.get("query_string", b"").decode("latin-1"))
        await self.send_hello(_as_id((query.get("last_id") or [None])[0]))

    async def dispatch(self, message):
        # channels' dispatch first awaits aclose_old_connections(): a hop to the worker's one
        # thread-sensitive thread for every message of every socket (connects, pings, each
        # push), where they queue. This consumer touches the database only through
        # socket_db, whose calls close their own thread's old connections before and after.
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def disconnect(self, code):
        if self.group:
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive_json(self, content, **kwargs):
        kind = content.get("type") if isinstance(content, dict) else None
        if kind == "mark_read":
            ids = content.get("ids") or []
            if not isinstance(ids, list):
                ids = []
            unread = await socket_db(notification_mark_read)(
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

    def _authenticate(self):
        """The connecting user (with `socket_language`) or None; runs on the sockets' DB pool."""
        user = self.scope.get("user")
        if user is not None:  # a stack with channels' AuthMiddleware resolved it already
            if not (user.is_authenticated and user.is_active):
                return None
            user = with_language(type(user)._default_manager.filter(pk=user.pk)).first()
        elif "session" in self.scope:
            user = session_user(self.scope["session"])
        if user is None:
            return None
        cookie = self.scope.get("cookies", {}).get("django_language")
        self.language = user.socket_language or cookie or "vi"
        return user

    def _backlog(self, after_id: int | None) -> dict:
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
        await self.send_json(await socket_db(self._backlog)(after_id))

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
