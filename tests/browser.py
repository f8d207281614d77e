"""Real-browser test support: an in-process ASGI server and Debian's Chromium via Playwright.

The server is uvicorn in a thread of the test process, so it shares the test database
(tests using it need `django_db(transaction=True)`) and the in-memory channel layer.
Screenshots go to test-artifacts/ (kept by CI as artifacts).
"""

import asyncio
import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class AsgiServer:
    def __init__(self):
        import uvicorn

        from config.asgi import application

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            application,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="off",
            ws="websockets-sansio",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        asyncio.run(self._serve())

    async def _serve(self):
        from asgiref.sync import sync_to_async
        from django.db import connections

        try:
            await self.server.serve()
        finally:
            # Views ran on asgiref's shared sync thread: close the connections it opened, or
            # the test database cannot be dropped at the end of the session.
            await sync_to_async(connections.close_all)()

    def start(self):
        self.thread.start()
        deadline = time.monotonic() + 90  # a loaded CI machine starts slowly
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("ASGI test server did not start")
            time.sleep(0.05)

    def stop(self):
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def asgi_server(transactional_db, settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    settings.DEBUG = True  # static files from the finders, like `make run`
    server = AsgiServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs a loop
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def htmx_ready(page) -> None:
    """Wait until the page has loaded and htmx has processed it.

    htmx is a deferred script: an element can be on the page (and `wait_for_selector` return)
    before htmx has bound its `hx-*` attributes, and a click then does nothing.
    """
    page.wait_for_load_state("load")
    page.wait_for_function("() => window.htmx !== undefined && document.readyState === 'complete'")


def login(browser, server: AsgiServer, username: str, password: str = "pw"):
    """A new browser context logged in as `username`; returns its page."""
    context = browser.new_context(locale="vi-VN", viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.goto(f"{server.url}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.url}/inbox/")
    return page
