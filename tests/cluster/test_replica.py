"""Reads on a replica: the delay register comes from the streaming replica, work items from the primary.

With the replica's replay paused, a report commits on the primary through a worker: the item's page
(primary) shows it at once, the register (replica) still shows the item as it was; once replay
resumes, the register catches up. `X-Read-Database` names the alias the register read from.
"""

import json
import subprocess
import time
from datetime import date

import pytest

from config.db_router import PIN_COOKIE
from tests.cluster.conftest import Visitor
from tests.cluster.test_local_cluster import _report

pytestmark = [
    pytest.mark.cluster,
    pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning"),
]


def _replica_sql(cluster, sql: str) -> str:
    result = subprocess.run(
        ["psql", cluster.env["DATABASE_REPLICA_URL"], "-tAc", sql],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return result.stdout.strip()


def _register_row(visitor: Visitor, item_id: int, due: date) -> tuple[str, str]:
    """The register's row of one item (empty when it is not listed) and where the page read from."""
    quarter = (due.month - 1) // 3 + 1
    page = visitor.request("GET", f"/oversight/register/?kind=quarter&year={due.year}&number={quarter}")
    assert page.status_code == 200, page.status_code
    marker = f'<tr data-item-id="{item_id}">'
    row = page.text.split(marker, 1)[1].split("</tr>", 1)[0] if marker in page.text else ""
    return row, page.headers.get("X-Read-Database", "")


def _item_version(visitor: Visitor, item_id: int) -> int:
    page = visitor.request("GET", f"/work-items/{item_id}/")
    assert page.status_code == 200
    assert "X-Read-Database" not in page.headers  # the work-item path is never routed
    return int(page.text.split('data-item-version="', 1)[1].split('"', 1)[0])


def _wait_for(check, what: str, seconds: float = 30):
    deadline = time.monotonic() + seconds
    while True:
        value = check()
        if value:
            return value
        assert time.monotonic() < deadline, f"{what} within {seconds} s"
        time.sleep(0.5)


def test_the_register_reads_the_replica_while_a_transition_commits_on_the_primary(cluster, people):
    assert cluster.env["DATABASE_REPLICA_URL"], "the cluster started no replica"
    assert _replica_sql(cluster, "SELECT pg_is_in_recovery()") == "t"
    labels = json.loads(
        cluster.manage_py(
            "import json\n"
            "from django.utils import translation\n"
            "translation.activate('vi')\n"
            "from engine.templatetags.engine_extras import state_label\n"
            "print(json.dumps([str(state_label('in_progress')), str(state_label('reported'))]))\n"
        ).splitlines()[-1]
    )
    in_progress, reported = labels
    director = Visitor(cluster).login(people["director"])
    # Logging in is a write: it pins the director to the primary for a while. A browser drops the
    # cookie when it expires; this client keeps cookies forever, so drop it as the browser would.
    director.cookies.pop(PIN_COOKIE, None)
    head = Visitor(cluster).login(people["head_a"])
    item, due = people["late"], date.fromisoformat(people["late_due"])

    row, source = _wait_for(
        lambda: (lambda r: r if r[0] else None)(_register_row(director, item, due)),
        "the late item reached the replica's register",
    )
    assert source == "replica"
    assert in_progress in row
    health = director.request("GET", "/healthz", worker=1).json()
    assert health["checks"]["replica"]["ok"] is True

    before = _item_version(director, item)
    _replica_sql(cluster, "SELECT pg_wal_replay_pause()")
    try:
        _wait_for(lambda: _replica_sql(cluster, "SELECT pg_is_wal_replay_paused()") == "t", "replay paused")
        _report(head, item, worker=2)  # commits on the primary
        assert _item_version(director, item) > before  # the item's page reads the primary: it is there
        row, source = _register_row(director, item, due)
        assert source == "replica"
        assert in_progress in row and reported not in row  # the replica has not replayed the report
        assert director.request("GET", "/healthz", worker=1).json()["checks"]["replica"]["replay_paused"]
    finally:
        _replica_sql(cluster, "SELECT pg_wal_replay_resume()")

    row, source = _wait_for(
        lambda: (lambda r: r if in_progress not in r[0] else None)(_register_row(director, item, due)),
        "the register showed the report after replay resumed",
    )
    assert source == "replica"
