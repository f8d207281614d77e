"""What the oversight pages cost the primary: wall time and database statement time per request.

Builds one organisation-year (bench_oversight.build; 10⁴ items, --items N for another size) in
its own PostgreSQL database, then requests the pages a replica takes over (the delay register
page and its .xlsx, the dashboard's JSON, an evaluation's page and .xlsx, the audit trail with
its chain check) and, for comparison, a work-item list. For each: the median wall time, the time
spent inside PostgreSQL statements (what moves off the primary when the page reads a replica;
the Python part stays on the worker), and the statement count.

Run: .venv/bin/python bench/bench_replica.py [--items N]
"""

import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))


class StatementClock:
    """An execute wrapper: total seconds inside the database and the number of statements."""

    def __init__(self):
        self.seconds, self.count = 0.0, 0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.count += 1


def _measure(request, repeat: int) -> dict:
    from django.db import connection

    walls, dbs, counts = [], [], []
    for _ in range(repeat):
        clock = StatementClock()
        started = time.perf_counter()
        with connection.execute_wrapper(clock):
            request()
        walls.append(time.perf_counter() - started)
        dbs.append(clock.seconds)
        counts.append(clock.count)
    wall, db = statistics.median(walls), statistics.median(dbs)
    return {
        "wall_ms": round(wall * 1000, 1),
        "db_ms": round(db * 1000, 1),
        "db_share": round(db / wall, 2) if wall else None,
        "statements": max(counts),
    }


def run(n_items: int) -> dict:
    from bench_oversight import YEAR, build
    from common import drop_database, setup_django

    database = setup_django("replica")
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["testserver"]
    import time_machine
    from django.test import Client
    from django.urls import reverse

    from engine.scoring.periods import period_of
    from engine.services.scoring import evaluation_compute

    started = time.perf_counter()
    world = build(n_items)
    build_s = time.perf_counter() - started
    people = world["people"]
    year = {"kind": "year", "year": YEAR, "number": 1}
    figures: dict = {}
    with time_machine.travel(datetime(YEAR, 12, 20, 3, tzinfo=UTC), tick=True):
        evaluation = evaluation_compute(
            organisation=world["org"], actor=people["evaluator"], period=period_of("year", YEAR)
        )
        clients = {}
        for role in ("inspectorate", "evaluator", "director"):
            clients[role] = Client()
            clients[role].force_login(people[role])

        def get(role, url, params=None):
            def request():
                response = clients[role].get(url, params or {})
                assert response.status_code == 200, (url, response.status_code)
                return response.getvalue()

            return request

        pages = {
            "register": (get("inspectorate", reverse("delay_register"), year), 5),
            "register_xlsx": (get("inspectorate", reverse("delay_register"), {**year, "format": "xlsx"}), 1),
            "dashboard_json": (get("director", reverse("dashboard_data")), 5),
            "evaluation_page": (get("evaluator", reverse("evaluation_detail", args=[evaluation.pk])), 5),
            "evaluation_xlsx": (
                get("evaluator", reverse("evaluation_export", args=[evaluation.pk, "xlsx"])),
                1,
            ),
            "audit_verify": (get("inspectorate", reverse("audit_trail"), {"verify": "1"}), 1),
            "work_item_list (not routed)": (get("director", reverse("work_item_list"), {"scope": "all"}), 5),
        }
        for name, (request, repeat) in pages.items():
            figures[name] = _measure(request, repeat)
    drop_database(database)
    return {"items": n_items, "build_seconds": round(build_s, 1), "pages": figures}


def main() -> None:
    from common import machine

    n_items = int(sys.argv[sys.argv.index("--items") + 1]) if "--items" in sys.argv else 10_000
    figures = run(n_items)
    print(f"# {machine()}; {figures['items']:,} items (built in {figures['build_seconds']} s)")
    print(f"{'page':32} {'wall ms':>9} {'db ms':>9} {'db share':>8} {'stmts':>6}")
    for name, row in figures["pages"].items():
        print(f"{name:32} {row['wall_ms']:>9} {row['db_ms']:>9} {row['db_share']:>8} {row['statements']:>6}")


if __name__ == "__main__":
    main()
