"""Shared fixtures: the test world, and markers that skip what this database cannot do."""

import os

import pytest
from django.db import connection
from hypothesis import HealthCheck, settings

# The machine CI runs on is shared and its load varies tenfold: generating examples may be slow,
# which says nothing about the code. Tests assert results, never times (docs/performance.md).
settings.register_profile("shared-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("shared-machine")

# `make test` runs two pytest-xdist workers, each with its own test database, but both on the
# same Redis: group names (a user's id, an item's id) would cross between them. Each worker
# gets its own channel prefix, its subprocesses (which read CHANNEL_PREFIX) too.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER")
if _WORKER:
    from django.conf import settings as _django_settings

    os.environ["CHANNEL_PREFIX"] = f"{os.environ.get('CHANNEL_PREFIX', 'dondoc')}-{_WORKER}"
    _layer_config = _django_settings.CHANNEL_LAYERS["default"].get("CONFIG")
    if _layer_config is not None:
        _layer_config["prefix"] = os.environ["CHANNEL_PREFIX"]


def pytest_collection_modifyitems(config, items):
    on_postgres = "postgres" in (os.environ.get("DATABASE_URL") or "")
    has_redis = bool(os.environ.get("REDIS_URL"))
    cluster_selected = "cluster" in (config.getoption("markexpr") or "")
    for item in items:
        if "cluster" in item.keywords and not cluster_selected:
            item.add_marker(pytest.mark.skip(reason="cluster test: run with -m cluster"))
        if "postgres" in item.keywords and not on_postgres:
            item.add_marker(pytest.mark.skip(reason="needs PostgreSQL (DATABASE_URL)"))
        if "redis" in item.keywords and not has_redis:
            item.add_marker(pytest.mark.skip(reason="needs Redis (REDIS_URL)"))
    # Browser tests last: Playwright's sync API leaves an event loop running in the main
    # thread for the rest of the session, which async (WebsocketCommunicator) tests cannot share.
    items.sort(key=lambda item: "browser" in item.keywords)


@pytest.fixture
def world(db):
    from tests.factories import build_world

    return build_world()


@pytest.fixture
def on_postgres() -> bool:
    return connection.vendor == "postgresql"


@pytest.fixture(autouse=True)
def _product_language():
    """Each test starts in the product's language. A request leaves its language active on the
    thread (Django's middleware activates and never resets), so without this the next test's
    world would write its audit texts (a membership's role, …) in the previous test's English."""
    from django.conf import settings as django_settings
    from django.utils import translation

    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Hashing is not under test; PBKDF2 would make every world take seconds.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # The request pushes, on PostgreSQL too: no relay runs beside the tests (the relay's own
    # tests, tests/notifications/test_notification_relay*.py, switch it on).
    settings.NOTIFICATIONS_PUSH = "in_process"
    # No refresh of the stored oversight figures after each event: pages read the live figures
    # until a test takes a snapshot (tests/oversight/test_oversight_snapshot.py).
    settings.OVERSIGHT_REFRESH_DELAY_SECONDS = None
    # Login-failure counts must not leak between tests (Redis would keep them).
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": str(tmp_path)}
    }


@pytest.fixture(autouse=True)
def _queued_refreshes_forgotten():
    """Each test's cache is new (above), so the oversight refreshes an earlier test queued are
    forgotten in this process too (engine.services.oversight_snapshot keeps them for a short while
    to skip the cache's round trip)."""
    from engine.services.oversight_snapshot import queued_here_forget

    queued_here_forget()
    yield
    queued_here_forget()


@pytest.fixture(autouse=True)
def _socket_db_pool_closed():
    """The sockets' DB thread pool (notifications.socket_db) closes its connections after each
    test, socket and browser tests alike: open ones would keep teardown from dropping the DB."""
    yield
    from notifications import socket_db

    socket_db.shutdown()


@pytest.fixture(autouse=True)
def _channel_layers_forgotten():
    """Each test gets fresh channel-layer objects. channels_redis keeps asyncio locks and pools
    on the layer, bound to the event loop of the test that first used it; reused by the next
    async test's loop they raised "Lock … is bound to a different event loop" (CI flake on
    PostgreSQL + Redis). The old layer's pools are closed, then the layer is dropped."""
    yield
    import asyncio
    import contextlib

    from channels.layers import channel_layers

    try:
        asyncio.get_running_loop()
        loop_running = True  # Playwright's loop in a browser test: asyncio.run cannot nest
    except RuntimeError:
        loop_running = False
    for layer in list(channel_layers.backends.values()):
        close = getattr(layer, "close_pools", None)
        if close is not None and not loop_running:
            # Pools of a closed loop: nothing left to close.
            with contextlib.suppress(Exception):
                asyncio.run(close())
    channel_layers.backends.clear()


pytest_plugins = ["tests.browser"]
