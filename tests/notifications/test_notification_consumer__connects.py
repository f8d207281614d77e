"""Many sockets connecting at once all get their hello; the session decides who connects."""

import asyncio

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.contrib.auth import HASH_SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from config.asgi import application
from notifications import socket_db
from notifications.models import NotificationPreference
from tests.factories import advance, build_world

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]
ORIGIN = (b"origin", b"http://testserver")


def _session_key(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


async def _open(
    session_key: str, path: str = "/ws/notifications/"
) -> tuple[WebsocketCommunicator, bool, int]:
    headers = [ORIGIN, (b"cookie", f"sessionid={session_key}".encode())]
    communicator = WebsocketCommunicator(application, path, headers=headers)
    connected, code = await communicator.connect(timeout=30)
    return communicator, connected, code


async def test_fifty_sockets_connecting_at_once_all_get_their_hello():
    world = await database_sync_to_async(build_world)("many")
    people = [world.head_a, world.staff_a, world.director, world.deputy, world.head_b]
    keys = [await database_sync_to_async(_session_key)(person) for person in people]
    opened = await asyncio.gather(
        *(_open(keys[k % len(keys)], "/ws/notifications/?last_id=0") for k in range(50))
    )
    assert all(connected for _c, connected, _code in opened)
    hellos = await asyncio.gather(*(c.receive_json_from(timeout=30) for c, _ok, _code in opened))
    assert [hello["type"] for hello in hellos] == ["hello"] * 50

    # Every one of them is in its user's group: a notification reaches all of head_a's ten.
    item = await database_sync_to_async(world.item_in)("reported")
    await database_sync_to_async(advance)(world, item, "return")
    heads = [c for k, (c, _ok, _code) in enumerate(opened) if k % len(keys) == 0]
    for head in heads:
        kinds = []
        while "work_item.returned" not in kinds:  # the assignment's notification comes first
            message = await head.receive_json_from(timeout=10)
            if message["type"] == "notification":
                kinds.append(message["notification"]["kind"])
    await asyncio.gather(*(c.disconnect() for c, _ok, _code in opened))


async def test_a_session_whose_password_changed_is_refused():
    world = await database_sync_to_async(build_world)("pw")
    key = await database_sync_to_async(_session_key)(world.head_a)

    def change_password():
        world.head_a.set_password("a new one")
        world.head_a.save()

    await database_sync_to_async(change_password)()
    communicator, connected, code = await _open(key)
    assert not connected and code == 4401
    await communicator.disconnect()


async def test_an_inactive_user_and_a_forged_hash_are_refused():
    world = await database_sync_to_async(build_world)("off")
    inactive = await database_sync_to_async(_session_key)(world.staff_a)
    forged = await database_sync_to_async(_session_key)(world.head_a)

    def tamper():
        world.staff_a.is_active = False
        world.staff_a.save()
        session = SessionStore(session_key=forged)
        session[HASH_SESSION_KEY] = "0" * 64
        session.save()

    await database_sync_to_async(tamper)()
    for key in (inactive, forged, "no-such-session"):
        communicator, connected, code = await _open(key)
        assert not connected and code == 4401
        await communicator.disconnect()


async def test_the_notification_language_comes_with_the_user():
    world = await database_sync_to_async(build_world)("lang")
    await database_sync_to_async(NotificationPreference.objects.update_or_create)(
        user=world.head_a, defaults={"language": "en"}
    )
    key = await database_sync_to_async(_session_key)(world.head_a)

    def authenticate() -> tuple:
        session = SessionStore(session_key=key)
        with CaptureQueriesContext(connection) as queries:
            user = socket_db.session_user(session)
        return user, len(queries)

    user, queries = await database_sync_to_async(authenticate)()
    assert user.pk == world.head_a.pk and user.socket_language == "en"
    assert queries == 2  # the session row, then the user with their language
