"""Exports bench: the delay register page and the large exports, each export in a child process.

Builds the oversight bench's organisation-year (bench_oversight.build: 10⁵ items, or 10⁴ with
--quick) in `<BENCH_DB_PREFIX>exports`, then measures:

- register_live: the same page before the organisation's first snapshot (the live query: what the
  page computed per request before the stored figures), fewer repeats;
- snapshot_refresh_seconds: `oversight_refresh` of the organisation (what the background refresh costs);
- register: the delay register's first page for the year (Django test client), p95, median, queries,
  read from the stored rows;
- register_xlsx, evaluation_xlsx, evaluation_docx: one background export job each
  (`engine.services.exports.export_job_run`, what a large export runs), written in a fresh child
  process that prints its wall time and its peak RSS (the whole process, Django and
  imports included; VmHWM) and the RSS before the export began, so the growth is the export's own.

`--register-only` leaves out the scoring and the evaluation's exports: the register pages, the
refresh and the register .xlsx.

Run: .venv/bin/python bench/bench_exports.py [--quick] [--register-only]; `run(quick)` gives
bench/results.json's "exports" section. The load average is printed beside the figures.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
YEAR = 2026


def _rss_mb(field: str = "VmRSS") -> float:
    """The process's resident memory now (VmRSS) or its high-water mark (VmHWM), in MB.

    VmHWM, not `ru_maxrss`: on Linux ru_maxrss survives exec, so a child started from the bench
    (10⁵ items in memory) would report the parent's peak.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def child(job_id: int) -> None:
    """In the child process: run one export job against the bench database, print figures as JSON."""
    from common import setup_django

    setup_django(None, migrate=False)
    import time_machine

    from engine.models import ExportJob
    from engine.services.exports import export_job_run

    before = _rss_mb()
    with time_machine.travel(datetime(YEAR, 12, 20, 3, tzinfo=UTC), tick=True):
        started = time.perf_counter()
        job = export_job_run(job_id=job_id)
        seconds = time.perf_counter() - started
    assert job.status == ExportJob.Status.DONE, (job.status, job.error)
    figures = {
        "seconds": round(seconds, 2),
        "rows": job.rows,
        "bytes": job.file.size,
        "rss_before_mb": before,
        "peak_rss_mb": _rss_mb("VmHWM"),
    }
    print(json.dumps(figures))


def _export_in_child(job_id: int, database_url: str, media: str) -> dict:
    env = {**os.environ, "DATABASE_URL": database_url, "MEDIA_ROOT": media, "LOG_LEVEL": "WARNING"}
    env.pop("REDIS_URL", None)
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(job_id)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(quick: bool = False, register_only: bool = False) -> dict:
    from common import drop_database, setup_django

    database = setup_django("exports")
    database_url = os.environ["DATABASE_URL"]
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
    settings.OVERSIGHT_REFRESH_DELAY_SECONDS = None  # refreshed below, timed, not by the page
    import time_machine
    from bench_oversight import _row, _timed, build
    from django.test import Client
    from django.urls import reverse

    from engine.models import ExportJob
    from engine.scoring.periods import period_of
    from engine.services.scoring import evaluation_compute

    n_items = 10_000 if quick else 100_000
    started = time.perf_counter()
    world = build(n_items)
    build_s = time.perf_counter() - started
    org, people = world["org"], world["people"]
    figures: dict = {"items": n_items, "build_seconds": round(build_s, 1)}
    year = {"kind": "year", "year": YEAR, "number": 1}
    with time_machine.travel(datetime(YEAR, 12, 20, 3, tzinfo=UTC), tick=True):
        inspector = Client()
        inspector.force_login(people["inspectorate"])

        def page(params):
            response = inspector.get(reverse("delay_register"), params)
            assert response.status_code == 200, response.status_code
            return response

        from engine.services.oversight_snapshot import oversight_refresh

        figures["register_live"] = _row(n_items, _timed(lambda: page(year), 5))
        started = time.perf_counter()
        oversight_refresh(org.pk)
        figures["snapshot_refresh_seconds"] = round(time.perf_counter() - started, 2)
        figures["register"] = _row(n_items, _timed(lambda: page(year), 20))
        figures["register_page_40"] = _row(n_items, _timed(lambda: page({**year, "page": 40}), 10))
        evaluation = None
        if not register_only:
            started = time.perf_counter()
            evaluation = evaluation_compute(
                organisation=org, actor=people["evaluator"], period=period_of("year", YEAR)
            )
            figures["scoring_seconds"] = round(time.perf_counter() - started, 1)
    # Statistics, as autovacuum would have gathered them on a live server (it may be off on a
    # bench machine): without them the export's cursors are planned for a handful of rows.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    jobs = {
        "register_xlsx": (
            people["inspectorate"],
            ExportJob.Kind.REGISTER_XLSX,
            {
                "start": f"{YEAR}-01-01",
                "end": f"{YEAR}-12-31",
                "today": f"{YEAR}-12-20",
                "title": "Sổ theo dõi",
            },
        ),
    }
    if evaluation is not None:
        jobs["evaluation_xlsx"] = (
            people["evaluator"],
            ExportJob.Kind.EVALUATION_XLSX,
            {"evaluation_id": evaluation.pk},
        )
        jobs["evaluation_docx"] = (
            people["evaluator"],
            ExportJob.Kind.EVALUATION_DOCX,
            {"evaluation_id": evaluation.pk, "today": date(YEAR, 12, 20).isoformat()},
        )
    with tempfile.TemporaryDirectory() as media:
        for name, (user, kind, params) in jobs.items():
            job = ExportJob.objects.create(
                organisation=org,
                requested_by=user,
                kind=kind,
                params={**params, "base_url": "http://127.0.0.1:8000/", "language": "vi"},
                file_name=f"{name}.{name.rsplit('_', 1)[1]}",
            )
            figures[name] = _export_in_child(job.pk, database_url, media)
    figures["loadavg"] = Path("/proc/loadavg").read_text().split()[:3]
    drop_database(database)
    return figures


def main() -> None:
    if "--child" in sys.argv:
        child(int(sys.argv[sys.argv.index("--child") + 1]))
        return
    figures = run(quick="--quick" in sys.argv, register_only="--register-only" in sys.argv)
    print(
        f"exports bench ({figures['items']} items, built in {figures['build_seconds']} s, "
        f"scoring {figures.get('scoring_seconds')} s, load average {' '.join(figures['loadavg'])})"
    )
    print(f"  snapshot refresh   {figures['snapshot_refresh_seconds']} s")
    for name in ("register_live", "register", "register_page_40"):
        row = figures[name]
        print(f"  {name:<18} p95 {row['p95_ms']} ms, median {row['median_ms']} ms, {row['queries']} queries")
    for name in ("register_xlsx", "evaluation_xlsx", "evaluation_docx"):
        if name not in figures:
            continue
        row = figures[name]
        print(
            f"  {name:<18} {row['seconds']} s, {row['rows']} rows, {row['bytes']} bytes, "
            f"peak RSS {row['peak_rss_mb']} MB (before the export {row['rss_before_mb']} MB)"
        )


if __name__ == "__main__":
    main()
