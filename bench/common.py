"""Shared by the benchmarks: a fresh PostgreSQL database per bench, timing helpers, the machine."""

import os
import platform
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Where benches create their databases (bench_AREA); the server PostgreSQL CI and `make bench` use.
BENCH_PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
# Prefix of those databases' names: sessions sharing one server each pick their own.
BENCH_DB_PREFIX = os.environ.get("BENCH_DB_PREFIX", "bench_")


def setup_django(area: str | None = None, *, migrate: bool = True) -> str | None:
    """Point Django at a fresh PostgreSQL database `<BENCH_DB_PREFIX><area>` (or keep DATABASE_URL).

    Must run before anything imports models. Returns the database name it made, if any.
    """
    name = None
    if area:
        import psycopg

        name = f"{BENCH_DB_PREFIX}{area}"
        with psycopg.connect(f"{BENCH_PG}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = f"{BENCH_PG}/{name}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.conf import settings

    # As in production: no per-query logging (DEBUG keeps every query in memory).
    settings.DEBUG = False
    if migrate:
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
    return name


def drop_database(name: str | None) -> None:
    if not name:
        return
    import psycopg
    from django.db import connections

    connections.close_all()
    with psycopg.connect(f"{BENCH_PG}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def percentile(values, q: float) -> float:
    """Nearest-rank percentile, q in [0, 100]."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def median(values) -> float:
    return statistics.median(values)


def machine() -> str:
    """CPU model, cores, memory, OS, Python and PostgreSQL: enough to compare two results.json."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    pg = ""
    try:
        import psycopg

        with psycopg.connect(f"{BENCH_PG}/postgres") as conn:
            pg = ", PostgreSQL " + conn.execute("SHOW server_version").fetchone()[0].split()[0]
    except Exception:  # the machine line is informative, never fatal
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}{pg}"
    )


def print_rows(title: str, rows: dict) -> None:
    """A two-column table of one bench's figures (nested dicts flattened with dots)."""
    flat = dict(flatten(rows))
    width = max((len(k) for k in flat), default=10)
    print(f"\n{title}")
    for key, value in flat.items():
        print(f"  {key:<{width}}  {fmt(value)}")


def flatten(data: dict, prefix: str = ""):
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from flatten(value, f"{name}.")
        else:
            yield name, value


def fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.1f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)
