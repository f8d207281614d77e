"""With the relay, a socket hears of a transition from the relay, not from the request."""

import pytest
from channels.db import database_sync_to_async

from notifications import relay
from notifications.models import Notification
from notifications.push import send_async
from tests.factories import advance, build_world
from tests.notifications.test_notification_consumer import _connect, _until

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]


def _claim_and_build():
    """The relay's round on the test's loop: claim the committed rows, build their messages."""
    ids = relay.relay_claim()
    items = set(Notification.objects.filter(pk__in=ids).values_list("work_item_id", flat=True))
    return ids, relay.relay_messages(ids, items - {None})


async def test_the_relay_pushes_what_the_request_only_wrote(settings):
    settings.NOTIFICATIONS_PUSH = "relay"
    world = await database_sync_to_async(build_world)("ws")
    item = await database_sync_to_async(world.item_in)("reported")
    await database_sync_to_async(relay.relay_claim)()  # the rows of reaching "reported"
    head_a, connected, _code = await _connect(world.head_a)
    assert connected
    hello = await head_a.receive_json_from()
    assert hello["type"] == "hello"

    await database_sync_to_async(advance)(world, item, "return")
    assert await head_a.receive_nothing(timeout=0.3)  # the request pushed nothing

    ids, messages = await database_sync_to_async(_claim_and_build)()
    assert ids
    await send_async(messages)

    message = await _until(head_a, "notification")
    assert message["notification"]["kind"] == "work_item.returned"
    assert message["notification"]["id"] in ids
    unread = await _until(head_a, "unread")
    assert unread["unread"] == hello["unread"] + 1
    state = await _until(head_a, "item_state")
    assert (state["item_id"], state["state"]) == (item.pk, "in_progress")
    # Claimed once: nothing is left for a second round.
    assert await database_sync_to_async(relay.relay_claim)() == []
    await head_a.disconnect()


async def test_a_row_the_relay_never_pushed_is_still_replayed_on_reconnect(settings):
    settings.NOTIFICATIONS_PUSH = "relay"
    world = await database_sync_to_async(build_world)("ws")
    item = await database_sync_to_async(world.item_in)("reported")
    first, _ok, _code = await _connect(world.head_a)
    hello = await first.receive_json_from()
    await first.disconnect()

    await database_sync_to_async(advance)(world, item, "return")  # relay down: not pushed

    again, _ok, _code = await _connect(world.head_a, last_id=hello["last_id"])
    replay = await again.receive_json_from()
    assert [n["kind"] for n in replay["notifications"]] == ["work_item.returned"]
    still_waiting = await database_sync_to_async(
        Notification.objects.filter(kind="work_item.returned", pushed_at__isnull=True).exists
    )()
    assert still_waiting  # and the relay pushes it (once) when it comes back
    await again.disconnect()
