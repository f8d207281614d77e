"""Load test of realistic traffic against deploy/local-cluster (loopback only).

- StaffUser: unit staff list their items, page through, open one, write a progress report.
- LeaderUser: a director lists the reports waiting for approval, opens one, approves it.
- SocketUser: a page's notification socket (/ws/notifications/), kept open, pinging; each
  pushed notification is recorded as a "WS notification" sample whose time is commit → socket.
Run through deploy/loadtest/run, which starts the cluster, seeds it and bounds the run.
"""

import itertools
import json
import os
import random
import re
import ssl
import time
from datetime import datetime

import gevent
import websocket
from locust import HttpUser, User, between, events, task
from locust.stats import StatsEntry

DATA = json.loads(open(os.environ["LOADTEST_DATA"]).read())  # noqa: SIM115 - read once at import
PASSWORD = "pw"
VERSION = re.compile(r'data-item-version="(\d+)"')
ITEM_LINK = re.compile(r'href="/work-items/(\d+)/"')
_sessions: dict[str, dict] = {}
_socket_numbers = itertools.count()


def login(client, username: str, *, cache: bool = True) -> dict:
    """Log in; sockets share one session per username (1,000 sockets are not 1,000 logins)."""
    if cache and username in _sessions:
        return _sessions[username]
    client.get("/login/", name="/login/")
    token = client.cookies.get("csrftoken")
    client.post(
        "/login/",
        data={"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token},
        headers={"Referer": client.base_url + "/login/"},
        name="/login/ POST",
        allow_redirects=False,
    )
    _sessions[username] = client.cookies.get_dict()
    return _sessions[username]


class PageUser(HttpUser):
    abstract = True
    usernames: list[str] = []

    def on_start(self):
        self.client.verify = False
        self.client.trust_env = False  # a CA bundle from the environment would override verify
        self.client.base_url = self.host
        login(self.client, random.choice(self.usernames), cache=False)

    def post_action(self, item_id: int, action: str, fields: dict):
        page = self.client.get(f"/work-items/{item_id}/", name="/work-items/[id]/")
        found = VERSION.search(page.text)
        if not found:
            return
        data = {f"{action}-{k}": v for k, v in {"version": found.group(1), **fields}.items()}
        data["csrfmiddlewaretoken"] = self.client.cookies.get("csrftoken")
        with self.client.post(
            f"/work-items/{item_id}/actions/{action}/",
            data=data,
            headers={"Referer": f"{self.host}/work-items/{item_id}/"},
            name=f"/work-items/[id]/actions/{action}/",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            # 409: someone else moved it first — a correct answer under load, not an error.
            if response.status_code in (302, 409):
                response.success()


class StaffUser(PageUser):
    weight = 4
    wait_time = between(1, 3)
    usernames = DATA["staff"]

    @task(5)
    def my_items(self):
        self.client.get("/work-items/", name="/work-items/")

    @task(3)
    def browse(self):
        page = random.randint(1, 20)
        self.client.get(f"/work-items/?scope=all&page={page}", name="/work-items/?scope=all&page=N")

    @task(2)
    def report_progress(self):
        if DATA["progress_items"]:
            item_id = random.choice(DATA["progress_items"])
            self.post_action(item_id, "progress", {"text": "Tiến độ: đã hoàn thành 60%.", "percent": 60})


class LeaderUser(PageUser):
    weight = 1
    wait_time = between(2, 5)
    usernames = DATA["leaders"]

    @task
    def approve(self):
        inbox = self.client.get("/work-items/?state=reported", name="/work-items/?state=reported")
        ids = ITEM_LINK.findall(inbox.text)
        if ids:
            self.post_action(int(random.choice(ids)), "accept", {"note": "Đồng ý."})


class SocketUser(User):
    """One open page: a notification socket through nginx, pinged every 20-40 s."""

    weight = int(os.environ.get("LOADTEST_SOCKET_WEIGHT", "200"))
    wait_time = between(20, 40)
    ws = None  # stopped before it connected

    def on_start(self):
        # Most sockets are unit staff with a session of their own (made by seed.py); one in
        # ten belongs to the people the staff and leaders' actions notify, to time pushes.
        if random.random() < 0.1:
            cookie = "; ".join(
                f"{k}={v}"
                for k, v in login(_plain_session(self.host), random.choice(DATA["listeners"])).items()
            )
        else:
            cookie = (
                f"sessionid={DATA['socket_sessions'][next(_socket_numbers) % len(DATA['socket_sessions'])]}"
            )
        url = self.host.replace("https://", "wss://") + "/ws/notifications/?last_id=0"
        started = time.perf_counter()
        try:
            self.ws = websocket.create_connection(
                url,
                header=[f"Cookie: {cookie}"],
                origin=self.host,
                sslopt={"cert_reqs": ssl.CERT_NONE, "check_hostname": False},
                timeout=30,
            )
            json.loads(self.ws.recv())  # hello
            self._fire("connect", (time.perf_counter() - started) * 1000)
        except Exception as exc:
            self._fire("connect", (time.perf_counter() - started) * 1000, exc)
            self.ws = None
            return
        self.reader = gevent.spawn(self._read)

    def _fire(self, name, ms, exc=None, length=0):
        events.request.fire(
            request_type="WS", name=name, response_time=ms, response_length=length, exception=exc, context={}
        )

    def _read(self):
        while self.ws is not None:
            try:
                raw = self.ws.recv()
            except Exception as exc:
                if self.ws is not None:
                    self._fire("recv", 0, exc)
                return
            message = json.loads(raw)
            if message.get("type") == "notification":
                created = datetime.fromisoformat(message["notification"]["created"])
                lag = (time.time() - created.timestamp()) * 1000
                self._fire("notification (commit→socket)", max(lag, 0), length=len(raw))

    @task
    def ping(self):
        if self.ws is not None:
            self.ws.send(json.dumps({"type": "ping"}))

    def on_stop(self):
        ws, self.ws = self.ws, None
        if ws is not None:
            ws.close()


class _PlainSession:
    """The bits of locust's HttpSession that `login` uses, over a plain requests.Session."""

    def __init__(self, host):
        import requests

        self.session, self.base_url = requests.Session(), host
        self.session.verify = False
        self.session.trust_env = False
        self.cookies = self.session.cookies

    def get(self, path, name=None, **kw):
        return self.session.get(self.base_url + path, **kw)

    def post(self, path, name=None, **kw):
        return self.session.post(self.base_url + path, **kw)


def _plain_session(host) -> _PlainSession:
    return _PlainSession(host)


@events.quitting.add_listener
def summary(environment, **_kw):
    """One block the runner greps: throughput, latency percentiles and errors, per kind."""
    stats = environment.stats
    total = stats.total
    seconds = max(total.last_request_timestamp - total.start_time, 1e-9) if total.num_requests else 1
    http = [e for (name, method), e in stats.entries.items() if method != "WS"]
    http_requests = sum(e.num_requests for e in http)
    http_failures = sum(e.num_failures for e in http)
    pages = StatsEntry(stats, "HTTP", "")
    for entry in http:
        pages.extend(entry)
    lines = {
        "seconds": round(seconds, 1),
        "http_requests": http_requests,
        "http_failures": http_failures,
        "http_rps": round(http_requests / seconds, 1),
        "http_p50_ms": pages.get_response_time_percentile(0.5),
        "http_p95_ms": pages.get_response_time_percentile(0.95),
        "http_p99_ms": pages.get_response_time_percentile(0.99),
    }
    for (name, method), entry in sorted(stats.entries.items()):
        if not entry.num_requests:
            continue
        key = f"{method} {name}"
        lines[key] = {
            "n": entry.num_requests,
            "fail": entry.num_failures,
            "p50_ms": entry.get_response_time_percentile(0.5),
            "p95_ms": entry.get_response_time_percentile(0.95),
            "p99_ms": entry.get_response_time_percentile(0.99),
        }
    sockets = stats.entries.get(("connect", "WS"))
    lines["sockets_connected"] = (sockets.num_requests - sockets.num_failures) if sockets else 0
    out = os.environ.get("LOADTEST_SUMMARY")
    if out:
        with open(out, "w") as fh:
            json.dump(lines, fh, indent=2, ensure_ascii=False)
