"""Two server processes sharing one Redis: an event raised through process A reaches a socket on B.

As deployed: A only writes the notification rows; the notification relay (a third process,
woken by PostgreSQL NOTIFY) pushes them through Redis to B's socket.
"""

import asyncio
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import websockets
from django.db import connection
from django.test import Client

from tests.factories import build_world

ROOT = Path(__file__).resolve().parents[2]
PORTS = (int(os.environ.get("NOTIFY_TEST_PORT_A", "8601")), int(os.environ.get("NOTIFY_TEST_PORT_B", "8602")))


def _database_url() -> str:
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    return f"postgres://{s['USER']}{password}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def _wait_for_port(port: int, process, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server on {port} exited: {log.read_text()[-2000:]}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"server on {port} did not start: {log.read_text()[-2000:]}")


def _wait_for_relay(process, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the relay exited: {log.read_text()[-2000:]}")
        if "listening" in log.read_text():
            return
        time.sleep(0.1)
    raise RuntimeError(f"the relay did not start: {log.read_text()[-2000:]}")


@pytest.fixture
def two_servers(transactional_db, tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "REDIS_URL": os.environ["REDIS_URL"],
        "ALLOWED_HOSTS": "127.0.0.1",
        "DEBUG": "1",
        "NOTIFICATIONS_PUSH": "relay",
    }
    processes = []
    try:
        relay_log = tmp_path / "relay.log"
        relay = subprocess.Popen(
            [sys.executable, "manage.py", "notification_relay"],
            cwd=ROOT,
            env=env,
            stdout=relay_log.open("w"),
            stderr=subprocess.STDOUT,
        )
        processes.append(relay)
        _wait_for_relay(relay, relay_log)
        for port in PORTS:
            log = tmp_path / f"server-{port}.log"
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "uvicorn",
                    "config.asgi:application",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--lifespan",
                    "off",
                    "--log-level",
                    "warning",
                ],
                cwd=ROOT,
                env=env,
                stdout=log.open("w"),
                stderr=subprocess.STDOUT,
            )
            processes.append(process)
            _wait_for_port(port, process, log)
        yield [f"127.0.0.1:{port}" for port in PORTS]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def _session(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


def _return_report_through(host: str, session: str, item_id: int, reason: str) -> int:
    """What the director's browser does: load the item page, post the return form."""
    url = f"http://{host}/work-items/{item_id}/"
    page = urllib.request.urlopen(urllib.request.Request(url, headers={"Cookie": f"sessionid={session}"}))
    html = page.read().decode()
    csrf_cookie = re.search(r"csrftoken=([^;]+)", page.headers.get("Set-Cookie", "")).group(1)
    form = html.split('data-action="return"', 1)[1]
    fields = {
        "csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1),
        "return-version": re.search(r'name="return-version" value="(\d+)"', form).group(1),
        "return-reason": reason,
        "do": "return",
    }
    request = urllib.request.Request(
        f"http://{host}/work-items/{item_id}/actions/return/",
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Cookie": f"sessionid={session}; csrftoken={csrf_cookie}", "Referer": url},
    )
    return urllib.request.urlopen(request).status


@pytest.mark.redis
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_event_raised_through_process_a_reaches_a_socket_on_process_b(two_servers):
    host_a, host_b = two_servers
    world = build_world("cl")
    item = world.item_in("reported", content="Báo cáo sơ kết 6 tháng")
    head_session, director_session = _session(world.head_a), _session(world.director)

    async def scenario():
        async with websockets.connect(
            f"ws://{host_b}/ws/notifications/",
            additional_headers={"Cookie": f"sessionid={head_session}", "Origin": f"http://{host_b}"},
        ) as ws:
            hello = json.loads(await asyncio.wait_for(ws.recv(), 10))
            assert hello["type"] == "hello"
            status = await asyncio.get_running_loop().run_in_executor(
                None, _return_report_through, host_a, director_session, item.pk, "Thiếu số liệu quý II."
            )
            assert status == 200
            received = []
            while not any(m["type"] == "notification" for m in received):
                received.append(json.loads(await asyncio.wait_for(ws.recv(), 10)))
            return hello, received

    hello, received = asyncio.run(scenario())
    (message,) = [m for m in received if m["type"] == "notification"]
    assert message["notification"]["kind"] == "work_item.returned"
    assert "Thiếu số liệu quý II." in message["notification"]["message"]
    assert message["notification"]["id"] > hello["last_id"]
