"""Scale-out shown: two ASGI workers behind nginx share one PostgreSQL and one Redis.

Runs against `deploy/local-cluster` (own marker: `pytest -m cluster`; .ci/run has a stage
for it). A user's socket on worker 1 hears of a change made through worker 2; with worker 1
gone the client reconnects through nginx, lands on worker 2 and replays what it missed.
"""

import json
import time

import pytest

from tests.cluster.conftest import Visitor

pytestmark = [
    pytest.mark.cluster,
    pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning"),
]


def _report(visitor: Visitor, item_id: int, *, worker: int | None) -> None:
    """head_a reports the item complete through the work-item page's form."""
    page = visitor.request("GET", f"/work-items/{item_id}/", worker=worker)
    assert page.status_code == 200
    version = page.text.split('data-item-version="', 1)[1].split('"', 1)[0]
    response = visitor.request(
        "POST",
        f"/work-items/{item_id}/actions/report/",
        worker=worker,
        data={
            "csrfmiddlewaretoken": visitor.cookies["csrftoken"],
            "report-version": version,
            "report-text": "Đã hoàn thành, biên bản kèm theo.",
        },
    )
    assert response.status_code == 302, response.text[:500]


def _receive(socket, kind: str, timeout: float = 20.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError(f"no {kind!r} message within {timeout}s")
        message = json.loads(socket.recv(timeout=remaining))
        if message["type"] == kind:
            return message


def test_every_worker_and_nginx_are_healthy(cluster):
    visitor = Visitor(cluster)
    for worker in (1, 2):
        body = visitor.request("GET", "/healthz", worker=worker).json()
        assert body["status"] == "ok"
        assert body["checks"]["database"]["vendor"] == "postgresql"
        assert body["checks"]["redis"]["ok"] is True
    assert visitor.request("GET", "/healthz").json()["status"] == "ok"
    static = visitor.request("GET", "/static/vendor/htmx.min.js")
    assert static.status_code == 200
    assert "immutable" in static.headers["Cache-Control"]
    assert visitor.request("GET", "/media/anything").status_code == 404


def test_a_session_made_on_one_worker_is_valid_on_the_other(cluster, people):
    visitor = Visitor(cluster).login(people["head_a"])
    for worker in (1, 2):
        page = visitor.request("GET", "/work-items/?scope=all", worker=worker)
        assert page.status_code == 200
        assert "Nhiệm vụ cụm 0" in page.text


def test_notification_crosses_workers_and_survives_a_worker_stopping(cluster, people):
    director = Visitor(cluster).login(people["director"])
    head = Visitor(cluster).login(people["head_a"])
    first, second = people["items"][0], people["items"][1]

    with director.ws_connect(worker=1, last_id=0) as socket:
        hello = _receive(socket, "hello")
        seen = hello["last_id"]
        _report(head, first, worker=2)
        pushed = _receive(socket, "notification")["notification"]
        assert pushed["work_item_id"] == first
        assert pushed["kind"] == "work_item.reported"
        seen = max(seen, pushed["id"])

        cluster.run("stop-worker", "1")
        with pytest.raises(Exception):  # noqa: B017 - the socket dies with its worker
            _receive(socket, "notification", timeout=15)

    # Worker 1 is gone: this change is made while the director has no socket at all.
    _report(head, second, worker=2)
    assert head.request("GET", "/healthz").status_code == 200  # nginx routes around worker 1

    with director.ws_connect(last_id=seen) as socket:  # through nginx: only worker 2 is left
        replay = _receive(socket, "hello")
    missed = [n for n in replay["notifications"] if n["work_item_id"] == second]
    assert [n["kind"] for n in missed] == ["work_item.reported"]
    assert all(n["id"] > seen for n in replay["notifications"])
    assert first not in {n["work_item_id"] for n in replay["notifications"]}

    cluster.run("start-worker", "1")


def test_beat_schedules_the_escalation_sweep_on_the_celery_worker(cluster, people):
    """Beat (every 5 s here) queues engine.escalation_sweep; the Celery worker escalates the overdue item."""
    code = (
        "from engine.models import EscalationFiring, WorkItem\n"
        f"item = WorkItem.objects.get(pk={people['overdue']})\n"
        "firings = EscalationFiring.objects.filter(work_item=item).count()\n"
        "print(firings, item.escalated_at is not None)\n"
    )
    deadline = time.monotonic() + 90
    while True:
        firings, escalated = cluster.manage_py(code).split()[-2:]
        if int(firings) > 0:
            break
        assert time.monotonic() < deadline, "no sweep escalated the overdue item within 90 s"
        time.sleep(3)
    assert escalated == "True"
    untouched = (
        "from engine.models import EscalationFiring\n"
        f"print(EscalationFiring.objects.filter(work_item_id__in={people['items']}).count())\n"
    )
    assert cluster.manage_py(untouched).split()[-1] == "0"
