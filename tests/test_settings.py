"""Settings: the environment decides, and production settings pass `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _manage(*args, **env):
    dropped = {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in dropped}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


def test_production_settings_pass_check_deploy():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY="x" * 20 + "production-secret-from-the-environment-0123456789",
        ALLOWED_HOSTS="dondoc.example.gov.vn",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = _manage("check", DEBUG="0", SECRET_KEY="", ALLOWED_HOSTS="x")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_channel_layer_follows_redis_url():
    code = "from django.conf import settings; print(settings.CHANNEL_LAYERS['default']['BACKEND'])"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"}
    run = lambda **extra: subprocess.run(  # noqa: E731
        [sys.executable, "-c", "import django; django.setup(); " + code],
        cwd=ROOT,
        env={**{k: v for k, v in env.items() if k != "REDIS_URL"}, **extra},
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert run() == "channels.layers.InMemoryChannelLayer"
    assert run(REDIS_URL="redis://127.0.0.1:6379/0") == "notifications.layers.SocketRedisChannelLayer"


def test_redis_socket_timeout_outlasts_the_layers_blocking_read():
    """redis-py 8's default 5 s read timeout would kill every idle consumer (channels_redis#422)."""
    code = (
        "from django.conf import settings; from channels_redis.core import RedisChannelLayer as L; "
        "(h,) = settings.CHANNEL_LAYERS['default']['CONFIG']['hosts']; "
        "print(h['socket_timeout'] > L.brpop_timeout)"
    )
    result = _manage("shell", "-c", code, REDIS_URL="redis://127.0.0.1:6379/15")
    assert result.stdout.strip().splitlines()[-1] == "True", result.stderr


def test_postgresql_sessions_run_without_jit_unless_asked():
    code = "from django.conf import settings; print(settings.DATABASES['default'].get('OPTIONS', {}))"
    pg = "postgres://postgres@127.0.0.1:5432/x"
    off = _manage("shell", "-c", code, DATABASE_URL=pg)
    assert "-c jit=off" in off.stdout, off.stderr
    on = _manage("shell", "-c", code, DATABASE_URL=pg, PG_JIT="on")
    assert "jit" not in on.stdout, on.stderr


@pytest.mark.postgres
def test_a_postgresql_connection_really_has_jit_off(db):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
