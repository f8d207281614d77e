"""Socket tests: the sockets' DB pool closes its connections after each test (teardown drops the DB)."""

import pytest

from notifications import socket_db


@pytest.fixture(autouse=True)
def _socket_db_pool_closed():
    yield
    socket_db.shutdown()
