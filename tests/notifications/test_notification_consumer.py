"""NotificationConsumer through the real ASGI stack (origin check, session auth)."""

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client

from config.asgi import application
from notifications.models import Notification
from tests.factories import advance, build_world

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]
ORIGIN = (b"origin", b"http://testserver")


def _session_cookie(user) -> bytes:
    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}".encode()


async def _cookies(*users) -> list[bytes]:
    """Each user's session cookie, logged in before any socket opens: a login writes the user's row
    (`last_login`), which the embedded SQLite refuses while a connected consumer reads (a shared-cache
    table lock, not a wait) — a second tab's login once failed so in CI."""
    return [await database_sync_to_async(_session_cookie)(user) for user in users]


async def _connect(user=None, *, cookie=None, last_id=None, origin=ORIGIN):
    headers = [origin]
    if cookie is None and user is not None:
        cookie = await database_sync_to_async(_session_cookie)(user)
    if cookie is not None:
        headers.append((b"cookie", cookie))
    path = "/ws/notifications/" + (f"?last_id={last_id}" if last_id is not None else "")
    communicator = WebsocketCommunicator(application, path, headers=headers)
    connected, code = await communicator.connect()
    return communicator, connected, code


async def _until(communicator, kind: str) -> dict:
    while True:
        message = await communicator.receive_json_from(timeout=10)
        if message["type"] == kind:
            return message


async def test_anonymous_connection_is_refused():
    await database_sync_to_async(build_world)("ws")
    communicator, connected, code = await _connect()
    assert not connected
    assert code == 4401
    await communicator.disconnect()


async def test_foreign_origin_is_refused():
    world = await database_sync_to_async(build_world)("ws")
    communicator, connected, _code = await _connect(world.head_a, origin=(b"origin", b"http://evil.example"))
    assert not connected
    await communicator.disconnect()


async def test_user_gets_their_own_notification_and_never_anothers():
    world = await database_sync_to_async(build_world)("ws")
    item = await database_sync_to_async(world.item_in)("reported")
    cookie_a, cookie_c = await _cookies(world.head_a, world.head_c)
    head_a, _ok, _code = await _connect(cookie=cookie_a)
    head_c, _ok, _code = await _connect(cookie=cookie_c)  # unit C has nothing to do with the item
    hello = await head_a.receive_json_from()
    assert hello["type"] == "hello" and hello["notifications"] == []
    await head_c.receive_json_from()

    await database_sync_to_async(advance)(world, item, "return")

    message = await _until(head_a, "notification")
    assert message["notification"]["kind"] == "work_item.returned"
    assert "đã trả lại báo cáo" in message["notification"]["message"]
    unread = await _until(head_a, "unread")
    assert (
        unread["unread"]
        == await database_sync_to_async(
            Notification.objects.filter(recipient=world.head_a, read_at__isnull=True).count
        )()
    )
    state = await _until(head_a, "item_state")
    assert state == {
        "type": "item_state",
        "item_id": item.pk,
        "state": "in_progress",
        "label": "Đang thực hiện",
        "version": state["version"],
    }
    assert await head_c.receive_nothing(timeout=0.3)
    await head_a.disconnect()
    await head_c.disconnect()


async def test_a_client_cannot_join_another_group():
    world = await database_sync_to_async(build_world)("ws")
    item = await database_sync_to_async(world.item_in)("reported")
    head_c, _ok, _code = await _connect(world.head_c)
    await head_c.receive_json_from()
    await head_c.send_json_to({"type": "subscribe", "group": f"notifications.user.{world.head_a.pk}"})
    assert (await head_c.receive_json_from())["type"] == "error"
    await head_c.send_json_to({"type": "resume", "last_id": 0})
    replay = await head_c.receive_json_from()
    await database_sync_to_async(advance)(world, item, "return")
    assert replay["notifications"] == []
    assert await head_c.receive_nothing(timeout=0.3)
    await head_c.disconnect()


async def test_notification_created_while_disconnected_is_replayed_with_the_last_id():
    world = await database_sync_to_async(build_world)("ws")
    item = await database_sync_to_async(world.item_in)("reported")
    first, _ok, _code = await _connect(world.head_a)
    hello = await first.receive_json_from()
    await first.disconnect()

    await database_sync_to_async(advance)(world, item, "return")

    again, _ok, _code = await _connect(world.head_a, last_id=hello["last_id"])
    replay = await again.receive_json_from()
    assert replay["type"] == "hello"
    assert [n["kind"] for n in replay["notifications"]] == ["work_item.returned"]
    assert replay["last_id"] == replay["notifications"][-1]["id"]
    assert replay["unread"] == hello["unread"] + 1
    await again.disconnect()


async def test_mark_read_updates_the_count_on_every_tab():
    world = await database_sync_to_async(build_world)("ws")
    item = await database_sync_to_async(world.item_in)("reported")
    await database_sync_to_async(advance)(world, item, "return")
    (cookie,) = await _cookies(world.head_a)  # two tabs of one browser share its session
    tab1, _ok, _code = await _connect(cookie=cookie, last_id=0)
    tab2, _ok, _code = await _connect(cookie=cookie, last_id=0)
    hello = await tab1.receive_json_from()
    await tab2.receive_json_from()
    returned = next(n for n in hello["notifications"] if n["kind"] == "work_item.returned")
    foreign = await database_sync_to_async(
        Notification.objects.filter(recipient=world.deputy_head_a).values_list("pk", flat=True).first
    )()

    await tab1.send_json_to({"type": "mark_read", "ids": [returned["id"], foreign]})

    assert (await _until(tab1, "unread"))["unread"] == hello["unread"] - 1
    assert (await _until(tab2, "unread"))["unread"] == hello["unread"] - 1
    still_unread = await database_sync_to_async(
        Notification.objects.filter(pk=foreign, read_at__isnull=True).exists
    )()
    assert still_unread  # another user's row is untouched
    await tab1.send_json_to({"type": "mark_read", "all": True})
    while (await _until(tab1, "unread"))["unread"] != 0:  # the reply and the group's echo
        pass
    await tab1.disconnect()
    await tab2.disconnect()
