"""`/healthz`: 200 with JSON when the database and Redis answer, 503 naming the one that does not."""

import os
import socket

import pytest
from django.db import OperationalError
from django.urls import reverse

from config import health


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.django_db
def test_healthz_is_ok_when_database_and_redis_answer(client, settings):
    settings.REDIS_URL = os.environ.get("REDIS_URL", "")
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["redis"]["ok"] is True
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.mark.redis
@pytest.mark.django_db
def test_healthz_pings_redis_when_configured(client, settings):
    settings.REDIS_URL = os.environ["REDIS_URL"]
    body = client.get(reverse("healthz")).json()
    assert "skipped" not in body["checks"]["redis"]
    assert body["checks"]["redis"]["ms"] >= 0


@pytest.mark.django_db
def test_healthz_is_503_when_redis_is_unreachable(client, settings):
    settings.REDIS_URL = f"redis://127.0.0.1:{_closed_port()}/0"
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["redis"]["ok"] is False
    assert "ConnectionError" in body["checks"]["redis"]["error"]
    assert body["checks"]["database"]["ok"] is True


@pytest.mark.django_db
def test_healthz_is_503_when_the_database_is_unreachable(client, monkeypatch):
    def refuse():
        raise OperationalError("connection refused")

    monkeypatch.setattr(health, "check_database", refuse)
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == {
        "ok": False,
        "error": "OperationalError: connection refused",
    }


def test_healthz_answers_only_get(client):
    assert client.post(reverse("healthz")).status_code == 405


@pytest.mark.django_db
def test_healthz_reports_a_failing_replica_without_failing_the_worker(client, settings, monkeypatch):
    """The work-item path does not need the replica: a replica that is down is named, the worker stays up."""
    settings.REDIS_URL = ""
    monkeypatch.setattr(health, "replica_alias", lambda: "replica")

    def down():
        raise OperationalError("could not connect to the replica")

    monkeypatch.setattr(health, "check_replica", down)
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["replica"]["ok"] is False
    assert "could not connect to the replica" in body["checks"]["replica"]["error"]


@pytest.mark.django_db
def test_healthz_has_no_replica_check_without_a_replica(client, settings):
    settings.REDIS_URL = ""
    assert "replica" not in client.get(reverse("healthz")).json()["checks"]
