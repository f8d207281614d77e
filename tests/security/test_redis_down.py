"""Faults: Redis down at a WebSocket handshake is a clean close the client retries, not a 500.

(A transition while the layer is down commits and queues its notification: tests/notifications/
test_outbox.py, test_a_failing_channel_layer_does_not_fail_the_transition.)
"""

import pytest
from channels.db import database_sync_to_async
from channels.layers import channel_layers
from channels.testing import WebsocketCommunicator
from django.test import Client

from config.asgi import application
from notifications.consumers import CLOSE_TRY_AGAIN
from tests.factories import build_world

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]


def _session_cookie(user) -> bytes:
    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}".encode()


@pytest.fixture
def redis_down(settings):
    # Port 1: nothing listens, every connection is refused at once.
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "notifications.layers.SocketRedisChannelLayer",
            "CONFIG": {"hosts": [{"address": "redis://127.0.0.1:1", "socket_connect_timeout": 1}]},
        }
    }
    channel_layers.backends.clear()
    yield
    channel_layers.backends.clear()


async def test_a_handshake_while_redis_is_down_closes_with_try_again(redis_down, caplog):
    world = await database_sync_to_async(build_world)("rd")
    cookie = await database_sync_to_async(_session_cookie)(world.head_a)
    communicator = WebsocketCommunicator(
        application, "/ws/notifications/", headers=[(b"origin", b"http://testserver"), (b"cookie", cookie)]
    )
    connected, _ = await communicator.connect(timeout=10)
    assert connected
    closed = await communicator.receive_output(timeout=10)
    assert closed == {"type": "websocket.close", "code": CLOSE_TRY_AGAIN, "reason": ""} or (
        closed["type"] == "websocket.close" and closed["code"] == CLOSE_TRY_AGAIN
    )
    assert "channel layer unavailable" in caplog.text
    await communicator.wait(timeout=5)
