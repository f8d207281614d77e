"""Structured logs: LOG_FORMAT=json gives one parseable JSON object per line, with `extra` fields."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from config.logging import JsonFormatter, logging_config

ROOT = Path(__file__).resolve().parents[2]


def _record(msg, *args, exc_info=None, **extra) -> logging.LogRecord:
    record = logging.LogRecord("dondoc.sweep", logging.WARNING, __file__, 1, msg, args, exc_info)
    record.__dict__.update(extra)
    return record


def test_json_formatter_writes_message_level_logger_and_extra_fields():
    line = JsonFormatter().format(_record("sweep lag %ss", 42, lag_seconds=42, org="nghean"))
    entry = json.loads(line)
    assert entry["msg"] == "sweep lag 42s"
    assert entry["level"] == "WARNING"
    assert entry["logger"] == "dondoc.sweep"
    assert entry["lag_seconds"] == 42
    assert entry["org"] == "nghean"
    assert entry["ts"].endswith("+00:00")
    assert "\n" not in line


def test_json_formatter_keeps_the_traceback_on_one_line():
    try:
        raise ValueError("Quý II không hợp lệ")
    except ValueError:
        record = _record("failed", exc_info=sys.exc_info())
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert "ValueError: Quý II không hợp lệ" in entry["exc"]
    assert "Quý II" in line  # not \u-escaped: readable in journalctl


def test_logging_config_picks_the_formatter():
    assert logging_config(fmt="json", level="INFO")["handlers"]["console"]["formatter"] == "json"
    assert logging_config(fmt="plain", level="INFO")["handlers"]["console"]["formatter"] == "plain"


def test_log_format_env_switches_django_logging_to_json():
    code = (
        "import django, logging; django.setup(); "
        "logging.getLogger('dondoc.test').warning('hello', extra={'k': 1})"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", "LOG_FORMAT": "json"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    entry = json.loads(result.stderr.strip().splitlines()[-1])
    assert entry["msg"] == "hello"
    assert entry["k"] == 1


def test_tasks_run_in_process_log_only_their_warnings():
    """Without a broker each eager task's "succeeded in" INFO line is the caller's noise (675 of them
    above `seed_demo`'s logins); a worker's own log (a broker configured) keeps them."""
    eager = logging_config(fmt="plain", level="INFO", tasks_in_process=True)["loggers"]
    assert eager["celery.app.trace"] == {"level": "WARNING"}
    assert "celery.app.trace" not in logging_config(fmt="plain", level="INFO")["loggers"]


def test_an_eager_task_prints_nothing_without_a_broker():
    """The embedded default (no broker): a task run in-process logs no INFO line, and kombu no
    "No hostname was supplied" warning (`seed_demo` printed 675 such lines above the logins)."""
    code = (
        "import django; django.setup(); from config.celery import app; "
        "assert app.conf.task_always_eager; print(app.tasks['celery.accumulate'].delay(7).get())"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "CELERY_BROKER_URL", "LOG_FORMAT"}}
    env.update(DJANGO_SETTINGS_MODULE="config.settings", LOG_LEVEL="INFO")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "(7,)"
    assert "succeeded" not in result.stderr
    assert "No hostname was supplied" not in result.stderr
