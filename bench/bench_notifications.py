"""Benchmark: commit → WebSocket receipt latency of a notification, with many sockets connected.

Two set-ups, each with N sockets (one per user) connected and idle while events are raised
one after another for a random connected user:
- one process: the ASGI server (uvicorn) runs in this process with the in-memory layer;
  the event is committed in a worker thread of the server's loop, as a request would be.
- across processes: the sockets are connected to a separate uvicorn process; this process
  commits the event, and the notification relay (`manage.py notification_relay`, a third
  process, woken by PostgreSQL NOTIFY) pushes it through Redis (RedisChannelLayer), as
  deployed. BENCH_PUSH=in_process makes this process push after its commit instead (the
  shape before the relay). The one-process set-up always pushes in process (in-memory layer).
Latency = the time the socket received the notification − the time the transaction
committed (an on_commit hook registered before the event's). Needs PostgreSQL (it creates
the database bench_notifications, or BENCH_DATABASE_URL) and, for the second figure, Redis
(REDIS_URL).

The sockets connect all at once (a worker restart: every open page reconnects), at most
BENCH_CONNECT_CONCURRENCY (default: all) in flight; a connect is timed from the TCP
connect to the "hello" message and fails after BENCH_CONNECT_TIMEOUT seconds (default 30).
Connected counts and connect p50/p95/p99 are reported per set-up; BENCH_ONE_PROCESS=0
runs the second set-up only; BENCH_UVICORN_ARGS adds options to its uvicorn.

    .venv/bin/python bench/bench_notifications.py [--quick] [--sockets N] [--events N]
"""

import asyncio
import json
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PG_SERVER = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL") or f"{PG_SERVER}/bench_notifications"
CONNECT_TIMEOUT = float(os.environ.get("BENCH_CONNECT_TIMEOUT", "30"))
CONNECT_CONCURRENCY = int(os.environ.get("BENCH_CONNECT_CONCURRENCY", "0"))  # 0: all at once
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/6")
PORT_ONE = int(os.environ.get("BENCH_PORT", "8610"))
PORT_B = PORT_ONE + 1
PUSH = os.environ.get("BENCH_PUSH", "relay")  # across processes: who pushes (relay | in_process)


def _setup_django() -> None:
    import psycopg

    server, name = DATABASE_URL.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = DATABASE_URL
    os.environ.pop("REDIS_URL", None)  # the in-memory layer first; Redis is switched on later
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _people(n: int):
    """An organisation with n users, each with a session; returns (org_id, [(user_id, session key)])."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    from engine.models import Organisation, User

    stamp = f"{time.time_ns()}"
    org = Organisation.objects.create(slug=f"bench-{stamp}", name="Sở Benchmark", province="Hà Nội")
    users = User.objects.bulk_create(
        [User(username=f"b{stamp}-{i}", organisation=org, password="!bench") for i in range(n)]
    )
    store = SessionStore()
    expires = timezone.now() + timezone.timedelta(days=1)
    sessions = []
    for user in users:
        key = store._get_new_session_key() if hasattr(store, "_get_new_session_key") else f"{stamp}{user.pk}"
        data = {
            SESSION_KEY: str(user.pk),
            BACKEND_SESSION_KEY: "notifications.language.UserWithLanguageBackend",
            HASH_SESSION_KEY: user.get_session_auth_hash(),
        }
        sessions.append(Session(session_key=key, session_data=store.encode(data), expire_date=expires))
    Session.objects.bulk_create(sessions)
    return org.pk, [(user.pk, session.session_key) for user, session in zip(users, sessions, strict=True)]


def _fire(org_id: int, user_id: int, commits: dict, marker: str) -> None:
    """Commit one notification for `user_id` through the outbox, recording the commit time."""
    from django.db import transaction

    from engine.events import DomainEvent, emit

    with transaction.atomic():
        transaction.on_commit(lambda: commits.__setitem__(marker, time.perf_counter()))
        emit(
            DomainEvent(
                kind="flow.reminder",
                organisation_id=org_id,
                actor_id=None,
                data={"recipient_ids": [user_id], "task": marker},
            )
        )


class _Clients:
    """N websockets, one per user, each recording when a notification arrives."""

    def __init__(self, host: str, people):
        self.host, self.people = host, people
        self.received: dict[str, float] = {}
        self.arrived: dict[str, asyncio.Event] = {}
        self.sockets = []
        self.tasks = []
        self.connect_ms: list[float] = []  # connected sockets: TCP connect → hello
        self.failures: list[str] = []
        self.connected_people = []

    async def _open(self, person, limit: asyncio.Semaphore | None):
        import websockets

        _user_id, session = person
        async with limit or _no_limit():
            started = time.perf_counter()
            try:
                async with asyncio.timeout(CONNECT_TIMEOUT):
                    ws = await websockets.connect(
                        f"ws://{self.host}/ws/notifications/",
                        additional_headers={
                            "Cookie": f"sessionid={session}",
                            "Origin": f"http://{self.host}",
                        },
                        open_timeout=None,
                        ping_interval=None,
                        max_queue=None,
                    )
                    hello = json.loads(await ws.recv())
            except Exception as exc:  # a refused, reset or timed-out connect is a figure, not a crash
                self.failures.append(type(exc).__name__)
                return
        if hello.get("type") != "hello":
            self.failures.append(f"first message {hello.get('type')}")
            await ws.close()
            return
        self.connect_ms.append((time.perf_counter() - started) * 1000)
        self.sockets.append(ws)
        self.connected_people.append(person)
        self.tasks.append(asyncio.create_task(self._read(ws)))

    async def _read(self, ws):
        try:
            async for raw in ws:
                now = time.perf_counter()
                message = json.loads(raw)
                if message["type"] == "notification":
                    marker = message["notification"]["message"].split("“")[1].split("”")[0]
                    self.received[marker] = now
                    self.arrived.setdefault(marker, asyncio.Event()).set()
        except Exception:
            return

    async def open_all(self) -> float:
        """Connect every socket at once (bounded by CONNECT_CONCURRENCY); the storm's seconds."""
        limit = asyncio.Semaphore(CONNECT_CONCURRENCY) if CONNECT_CONCURRENCY else None
        started = time.perf_counter()
        await asyncio.gather(*(self._open(person, limit) for person in self.people))
        return time.perf_counter() - started

    def connect_figures(self, storm_seconds: float) -> dict:
        return {
            "connected": len(self.connect_ms),
            "connect_failed": len(self.failures),
            "connect_errors": ",".join(sorted(set(self.failures))[:5]) or "-",
            "connect_p50_ms": round(_percentile(self.connect_ms, 50), 1),
            "connect_p95_ms": round(_percentile(self.connect_ms, 95), 1),
            "connect_p99_ms": round(_percentile(self.connect_ms, 99), 1),
            "connect_all_seconds": round(storm_seconds, 2),
        }

    async def close_all(self):
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*(ws.close() for ws in self.sockets), return_exceptions=True)


class _no_limit:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


async def _measure(clients: _Clients, fire_in_thread, org_id: int, events: int) -> tuple[list[float], int]:
    commits: dict[str, float] = {}
    latencies, lost = [], 0
    rng = random.Random(7)
    if not clients.connected_people:
        return latencies, events
    for k in range(events):
        user_id, _session = rng.choice(clients.connected_people)
        marker = f"bench-{k}"
        arrived = clients.arrived.setdefault(marker, asyncio.Event())
        await fire_in_thread(org_id, user_id, commits, marker)
        try:
            await asyncio.wait_for(arrived.wait(), 5)
            latencies.append((clients.received[marker] - commits[marker]) * 1000)
        except TimeoutError:
            lost += 1
        await asyncio.sleep(0.005)
    return latencies, lost


def _percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _one_process(people, org_id: int, events: int):
    """Server in a thread of this process (in-memory layer); events committed on its loop's threads."""
    import uvicorn
    from asgiref.sync import sync_to_async
    from django.conf import settings

    from config.asgi import application

    config = uvicorn.Config(
        application,
        host="127.0.0.1",
        port=PORT_ONE,
        log_level="warning",
        lifespan="off",
        ws="websockets-sansio",
    )
    server = uvicorn.Server(config)
    state = {}

    def serve():
        loop = asyncio.new_event_loop()
        state["loop"] = loop
        loop.run_until_complete(server.serve())

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    server_loop = state["loop"]

    settings.NOTIFICATIONS_PUSH = "in_process"  # the in-memory layer is this process's own

    async def fire_in_thread(*args):
        # Like a request: a sync worker thread of the server's loop commits and pushes.
        commit = sync_to_async(_fire, thread_sensitive=False)(*args)
        future = asyncio.run_coroutine_threadsafe(commit, server_loop)
        await asyncio.wrap_future(future)

    async def run():
        clients = _Clients(f"127.0.0.1:{PORT_ONE}", people)
        storm = await clients.open_all()
        try:
            return (*await _measure(clients, fire_in_thread, org_id, events), clients.connect_figures(storm))
        finally:
            await clients.close_all()

    try:
        return asyncio.run(run())
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _across_processes(people, org_id: int, events: int):
    """Sockets on a separate uvicorn process; this process commits and pushes through Redis."""
    from asgiref.sync import sync_to_async
    from channels.layers import channel_layers
    from django.conf import settings

    env = {**os.environ, "DATABASE_URL": DATABASE_URL, "REDIS_URL": REDIS_URL, "LOG_LEVEL": "WARNING"}
    env["CHANNEL_PREFIX"] = "dondoc-bench"  # never mixes with a test run on the same Redis
    env["DB_CONN_MAX_AGE"] = "60"  # persistent connections, as production runs (docs/operations.md)
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "config.asgi:application", "--host", "127.0.0.1",
         "--port", str(PORT_B), "--lifespan", "off", "--log-level", "warning",
         *os.environ.get("BENCH_UVICORN_ARGS", "").split()],
        cwd=ROOT, env=env,
    )  # fmt: skip
    settings.NOTIFICATIONS_PUSH = PUSH
    relay = None
    if PUSH == "relay":
        relay = subprocess.Popen(
            [sys.executable, "manage.py", "notification_relay"],
            cwd=ROOT, env={**env, "NOTIFICATIONS_PUSH": "relay"}, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        if "listening" not in relay.stdout.readline():
            raise RuntimeError("the notification relay did not start")
    try:
        deadline = time.monotonic() + 30
        while socket.socket().connect_ex(("127.0.0.1", PORT_B)) != 0:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("the second server did not start")
            time.sleep(0.1)
        settings.CHANNEL_LAYERS = {
            "default": {
                "BACKEND": "notifications.layers.SocketRedisChannelLayer",
                "CONFIG": {
                    "hosts": [{"address": REDIS_URL, "socket_timeout": 15, "max_connections": 1000}],
                    "prefix": "dondoc-bench",
                    "capacity": 1000,
                    "expiry": 30,
                },
            }
        }
        channel_layers.backends = {}

        async def fire_in_thread(*args):
            await sync_to_async(_fire, thread_sensitive=False)(*args)

        async def run():
            clients = _Clients(f"127.0.0.1:{PORT_B}", people)
            storm = await clients.open_all()
            try:
                return (
                    *await _measure(clients, fire_in_thread, org_id, events),
                    clients.connect_figures(storm),
                )
            finally:
                await clients.close_all()

        return asyncio.run(run())
    finally:
        for process in (server, relay):
            if process is None:
                continue
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def run(quick: bool = False, sockets: int | None = None, events: int | None = None) -> dict:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 65536), hard))
    _setup_django()
    n, k = (200, 100) if quick else (1000, 300)
    n, events = sockets or n, events or k
    org_id, people = _people(n)
    if os.environ.get("BENCH_ONE_PROCESS", "1") == "1":
        one, one_lost, one_connects = _one_process(people, org_id, events)
    else:  # BENCH_ONE_PROCESS=0: only the separate worker with Redis (the deployed shape)
        one, one_lost, one_connects = [], None, {}
    across, across_lost, across_connects = _across_processes(people, org_id, events)
    return {
        "sockets": n,
        "events": events,
        "p50_ms": round(statistics.median(one), 2) if one else None,
        "p99_ms": round(_percentile(one, 99), 2),
        "lost": one_lost,
        **one_connects,
        "cross_process_push": PUSH,
        "cross_process_p50_ms": round(statistics.median(across), 2) if across else None,
        "cross_process_p99_ms": round(_percentile(across, 99), 2),
        "cross_process_lost": across_lost,
        **{f"cross_process_{key}": value for key, value in across_connects.items()},
    }


def _arg(name: str) -> int | None:
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else None


if __name__ == "__main__":
    figures = run(quick="--quick" in sys.argv, sockets=_arg("--sockets"), events=_arg("--events"))
    print(f"{'figure':<36}{'value':>12}")
    for key, value in figures.items():
        print(f"{key:<36}{value!s:>12}")
