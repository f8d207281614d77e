"""Log formatting: one JSON object per line in production (LOG_FORMAT=json), plain text otherwise."""

import json
import logging
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else was passed in `extra=` and is kept.
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """`{"ts", "level", "logger", "msg", ...extra, "exc"}` — what log shippers parse without rules."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
            "process": record.process,
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value
        request = entry.pop("request", None)
        if request is not None:
            entry["path"] = getattr(request, "path", str(request))
            entry["method"] = getattr(request, "method", None)
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class ForbiddenOnOneLine(logging.Filter):
    """A refused request (403) is logged as its one line, without the PermissionDenied traceback:
    refusals are expected (a probe made 3,584 traceback lines of them) and say all in the line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "status_code", None) == 403:
            record.exc_info = None
            record.exc_text = None
        return True


def logging_config(*, fmt: str, level: str, tasks_in_process: bool = False) -> dict:
    """The LOGGING dict for settings: `fmt` is "json" or "plain".

    `tasks_in_process`: Celery runs its tasks eagerly in this process (no broker, the embedded
    default). Its per-task "succeeded in …" INFO line is then the caller's noise, not a worker's
    record: `seed_demo` printed 675 of them above the demo logins. Warnings and failures stay.
    """
    quiet_tasks = {"celery.app.trace": {"level": "WARNING"}} if tasks_in_process else {}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
            "json": {"()": "config.logging.JsonFormatter"},
        },
        "filters": {"forbidden_one_line": {"()": "config.logging.ForbiddenOnOneLine"}},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "json" if fmt == "json" else "plain",
                "filters": ["forbidden_one_line"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django.db.backends": {"level": "WARNING"},
            # On the logger: Django's own console handler (DEBUG) would print the traceback too.
            "django.request": {"filters": ["forbidden_one_line"]},
            **quiet_tasks,
        },
    }
