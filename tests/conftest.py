"""Shared fixtures: the test world, and markers that skip what this database cannot do."""

import os

import pytest
from django.db import connection


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
def _fast_and_isolated(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Hashing is not under test; PBKDF2 would make every world take seconds.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Login-failure counts must not leak between tests (Redis would keep them).
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": str(tmp_path)}
    }


@pytest.fixture(autouse=True)
def _socket_db_pool_closed():
    """The sockets' DB thread pool (notifications.socket_db) closes its connections after each
    test, socket and browser tests alike: open ones would keep teardown from dropping the DB."""
    yield
    from notifications import socket_db

    socket_db.shutdown()


pytest_plugins = ["tests.browser"]
