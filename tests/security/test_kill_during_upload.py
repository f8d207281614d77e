"""A real server killed by PID during a completion report with evidence leaves no unnamed file.

The server is `manage.py runserver --noreload` on a free port against a file SQLite
database in tmp; the report goes through the API with a token. It is killed (SIGKILL, no
cleanup runs) the moment the test sees its first evidence file on disk. That is meant to land
while it writes the files, before its transaction commits; on a loaded machine the watcher can
wake after the commit, while the files are being promoted to their content-hash names. Either
window must hold the promise of engine/services/evidence.py: every row names a file that
exists, and the orphan sweep run a day later leaves MEDIA_ROOT holding exactly the files that
rows name (none at all when the kill came before the commit).
"""

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from django.utils import timezone

ROOT = Path(__file__).resolve().parents[2]
FILES = 8
FILE_BYTES = 5 * 1024 * 1024

SETUP = """
import json
from api.models import ApiToken
from tests.factories import build_world
world = build_world()
item = world.item_in("in_progress")
_token, key = ApiToken.issue(user=world.head_a, name="kill test")
print(json.dumps({"item": item.pk, "version": item.version, "token": key}))
"""

STATE = """
import json
from engine.models import Attachment, ProgressReport
print(json.dumps({"files": list(Attachment.objects.values_list("file", flat=True)),
                  "reports": ProgressReport.objects.count()}))
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def site(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "REDIS_", "CELERY_"))}
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        MEDIA_ROOT=str(tmp_path / "media"),
        DEBUG="1",
        PYTHONUNBUFFERED="1",
    )

    def manage(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    manage("migrate", "-v0")
    return env, manage, tmp_path / "media"


def _on_disk(media: Path) -> set[str]:
    return (
        {p.relative_to(media).as_posix() for p in media.rglob("*") if p.is_file()}
        if media.exists()
        else set()
    )


def test_server_killed_while_writing_evidence_leaves_no_unnamed_file(site, tmp_path):
    env, manage, media = site
    world = json.loads(manage("shell", "-c", SETUP).strip().splitlines()[-1])
    port = _free_port()
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(600):  # wait for the port, without a timed assertion
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail((tmp_path / "server.log").read_text())
                threading.Event().wait(0.1)
        files = [
            ("files", (f"bien-ban-{i}.pdf", b"%PDF-1.4 " + os.urandom(FILE_BYTES - 9), "application/pdf"))
            for i in range(FILES)
        ]
        outcome: dict = {}

        def upload() -> None:
            try:
                outcome["response"] = requests.post(
                    f"{base}/api/v1/work-items/{world['item']}/actions/report/",
                    headers={"Authorization": f"Bearer {world['token']}"},
                    data={"version": world["version"], "text": "Đã hoàn thành.", "percent": 100},
                    files=files,
                    timeout=300,
                )
            except requests.ConnectionError as error:
                outcome["error"] = error

        client = threading.Thread(target=upload)
        client.start()
        incoming = media / "evidence" / "incoming"
        while client.is_alive() and not (incoming.exists() and any(incoming.iterdir())):
            threading.Event().wait(0.002)
        os.kill(server.pid, signal.SIGKILL)
        server.wait()
        client.join()
    finally:
        if server.poll() is None:
            os.kill(server.pid, signal.SIGKILL)
            server.wait()
        log.close()

    # Killed mid-request: the client saw the connection drop, not an answer.
    assert "error" in outcome, outcome.get("response") and outcome["response"].text[:500]
    left = _on_disk(media)
    assert left, "the server was killed before it wrote any evidence"
    state = json.loads(manage("shell", "-c", STATE).strip().splitlines()[-1])
    committed = state["reports"] == 1
    if committed:
        # Killed after the commit, during promotion: all rows are there and name files on disk.
        assert len(state["files"]) == FILES
        assert set(state["files"]) <= left
    else:
        # Killed before the commit: no row, and only temporary files on disk.
        assert state == {"files": [], "reports": 0}
        assert all(name.startswith("evidence/incoming/") for name in left)

    later = (timezone.now() + timedelta(hours=25)).isoformat()
    swept = json.loads(manage("sweep_orphan_files", "--now", later, "--json"))
    after = json.loads(manage("shell", "-c", STATE).strip().splitlines()[-1])
    assert after["reports"] == state["reports"]
    assert _on_disk(media) == set(after["files"])
    assert not any(name.startswith("evidence/incoming/") for name in _on_disk(media))
    if committed:
        assert len(after["files"]) == FILES
    else:
        assert sorted(entry["name"] for entry in swept["deleted"]) == sorted(left)
        assert after["files"] == []
