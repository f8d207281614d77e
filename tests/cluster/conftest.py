"""The running deploy/local-cluster (started once per session) and clients that talk to it."""

import json
import os
import shutil
import ssl
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
import urllib3

ROOT = Path(__file__).resolve().parents[2]
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)  # the cluster's own self-signed cert


@dataclass
class Cluster:
    env: dict
    script: Path = ROOT / "deploy" / "local-cluster"

    @property
    def url(self) -> str:  # nginx, TLS
        return self.env["CLUSTER_URL"]

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc

    def worker_url(self, n: int) -> str:
        return f"http://127.0.0.1:{self.env['CLUSTER_WORKER_PORTS'].split(',')[n - 1]}"

    def run(self, *args, timeout=180) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(self.script), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )

    def manage_py(self, code: str) -> str:
        """Run Python inside Django against the cluster's database; returns its stdout."""
        result = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", code],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout


@dataclass
class Visitor:
    """A logged-in user: through nginx (HTTPS) or straight to one worker, as a proxy would."""

    cluster: Cluster
    cookies: dict = field(default_factory=dict)

    def _headers(self, referer_path: str = "/") -> dict:
        return {
            "Host": self.cluster.host,
            "X-Forwarded-Proto": "https",
            "Referer": f"{self.cluster.url}{referer_path}",
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }

    def request(self, method: str, path: str, *, worker: int | None = None, **kwargs) -> requests.Response:
        base = self.cluster.worker_url(worker) if worker else self.cluster.url
        headers = self._headers(path) if worker else {**self._headers(path), "Host": self.cluster.host}
        response = requests.request(
            method, base + path, headers=headers, verify=False, allow_redirects=False, timeout=30, **kwargs
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def login(self, username: str, password: str = "pw") -> "Visitor":
        self.request("GET", "/login/")
        response = self.request(
            "POST",
            "/login/",
            data={
                "username": username,
                "password": password,
                "csrfmiddlewaretoken": self.cookies["csrftoken"],
            },
        )
        assert response.status_code == 302, response.status_code
        assert "sessionid" in self.cookies
        return self

    def ws_connect(self, *, worker: int | None = None, last_id: int | None = None):
        from websockets.sync.client import connect

        query = "" if last_id is None else f"?last_id={last_id}"
        if worker:
            uri = self.cluster.worker_url(worker).replace("http://", "ws://") + "/ws/notifications/" + query
            ssl_context = None
        else:
            uri = self.cluster.url.replace("https://", "wss://") + "/ws/notifications/" + query
            ssl_context = ssl.create_default_context()
            ssl_context.check_hostname = False
            ssl_context.verify_mode = ssl.CERT_NONE
        headers = self._headers()
        headers.pop("Referer")
        headers["Origin"] = self.cluster.url
        if not worker:
            headers.pop("Host")
        return connect(uri, additional_headers=headers, ssl=ssl_context, open_timeout=20)


_FAILED: list[str] = []


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed:
        _FAILED.append(item.nodeid)
    return report


@pytest.fixture(scope="session")
def cluster():
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "DEBUG"}},
        # Its own temp dir, not pytest's basetemp: another pytest run on the machine may prune that
        # (it keeps three) while the cluster still runs, pid files and all.
        "CLUSTER_DIR": tempfile.mkdtemp(prefix="dondoc-cluster-"),
        # PostgreSQL: a private primary and its streaming replica (the oversight pages read it).
        "CLUSTER_REPLICA": "1",
        # Beat runs the sweep every few seconds, so the test sees one while both workers serve.
        "ESCALATION_SWEEP_EVERY_SECONDS": "5",
    }
    started = Cluster(env=env)
    try:
        result = started.run("start", timeout=int(os.environ.get("CLUSTER_START_TIMEOUT", "600")))
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        started.run("stop")
        stderr = exc.stderr.decode() if isinstance(exc.stderr, bytes) else exc.stderr or ""
        logs = f"{env['CLUSTER_DIR']}/logs"
        pytest.fail(f"local-cluster did not start ({exc}); logs in {logs}:\n{stderr[-3000:]}")
    for line in result.stdout.splitlines():
        key, _, value = line.partition("=")
        if key and value:
            env[key] = value
    try:
        yield started
    finally:
        started.run("stop")
        # Logs, pid files, static files: kept only when a test failed, to read why.
        if not _FAILED:
            shutil.rmtree(env["CLUSTER_DIR"], ignore_errors=True)


@pytest.fixture(scope="session")
def people(cluster) -> dict:
    """A world in the cluster's database, and work items waiting to be reported."""
    out = cluster.manage_py(
        "import json\n"
        "from django.contrib.auth.hashers import make_password\n"
        "from engine.models import User\n"
        "from tests.factories import build_world\n"
        # One PBKDF2 hash for everyone, as seed_demo does: 25 hashes take minutes on a busy machine.
        "hashed = make_password('pw')\n"
        "User.set_password = lambda self, raw: setattr(self, 'password', hashed)\n"
        "w = build_world('cl')\n"
        "from datetime import date\n"
        # Due far ahead: beat's sweep must leave these alone, so every notification is the test's own.
        "items = [w.item_in('in_progress', content=f'Nhiệm vụ cụm {i}', due=date(2099, 12, 31)).pk"
        " for i in range(4)]\n"
        # Long overdue: the sweep beat schedules must escalate this one.
        "overdue = w.item_in('in_progress', content='Nhiệm vụ cụm quá hạn', due=date(2024, 1, 31)).pk\n"
        # Late this quarter: a row of the current delay register (tests/cluster/test_replica.py).
        "from datetime import timedelta\n"
        "from django.utils import timezone\n"
        "late_due = timezone.localdate() - timedelta(days=10)\n"
        "late = w.item_in('in_progress', content='Nhiệm vụ cụm trễ hạn', due=late_due).pk\n"
        "print(json.dumps({'director': w.director.username, 'head_a': w.head_a.username,"
        " 'items': items, 'overdue': overdue, 'late': late, 'late_due': late_due.isoformat()}))\n"
    )
    return json.loads(out.strip().splitlines()[-1])
