"""The escalation sweep over 10⁵ and 10⁶ open items on PostgreSQL: seconds and query count.

Items are written with SQL generate_series (not the ORM), in one organisation, with due
dates spread over a year around "today" (about 8 % already overdue), each led by a unit
with a head. For each size two sweeps are timed:
- first: the catch-up sweep on a database where nothing has fired yet;
- daily: the next day's sweep (what beat runs in steady state) — this is the headline
  figure (`items_1e6_seconds`; goal < 10 s).
Subscribers of domain events (notifications) are detached: this measures the sweep.
    python bench/bench_sweep.py [--quick]
"""

import sys
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import drop_database, print_rows, setup_django

TODAY = date(2026, 6, 1)  # a Monday


def _populate(world, count: int) -> None:
    """`count` in-progress items due from TODAY-30 to TODAY+334, each led by unit A."""
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute(
            """
            INSERT INTO engine_workitem (
                organisation_id, programme_id, parent_id, position, ref, section, content, leader_id,
                leader_text, assignee_id, due_text, due_date, original_due_date, due_date_at_report,
                due_needs_review, recurrence, is_key, is_cross_cutting, indicator_name,
                indicator_measure, note, source_line, search_text, state, version, created_at,
                updated_at, assigned_at, started_at)
            SELECT %(org)s, %(programme)s, NULL, g, '', '', 'bench ' || g, NULL, '', %(assignee)s, '',
                   %(today)s::date - 30 + (g %% 365), %(today)s::date - 30 + (g %% 365), NULL,
                   false, 'none', false, false, '', '', '', NULL, 'bench ' || g, 'in_progress', 3,
                   now(), now(), now(), now()
            FROM generate_series(1, %(count)s) AS g
            """,
            {
                "org": world.org.pk,
                "programme": world.programme.pk,
                "assignee": world.staff_a.pk,
                "today": TODAY,
                "count": count,
            },
        )
        cur.execute(
            "INSERT INTO engine_workitemunit (work_item_id, unit_id, role, position) "
            "SELECT id, %s, 'lead', 0 FROM engine_workitem WHERE organisation_id = %s",
            [world.unit_a.pk, world.org.pk],
        )
        cur.execute("ANALYZE engine_workitem; ANALYZE engine_workitemunit; ANALYZE engine_escalationfiring")


def _timed_sweep(world, day: date) -> tuple[float, int, int]:
    from zoneinfo import ZoneInfo

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from engine.services.escalation import escalation_sweep

    now = datetime(day.year, day.month, day.day, 8, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        result = escalation_sweep(now=now, organisation=world.org)
        seconds = time.perf_counter() - started
    return seconds, len(queries.captured_queries), result.count


def run(quick: bool = False) -> dict:
    name = setup_django("sweep")
    try:
        from datetime import timedelta

        from engine import events
        from tests.factories import build_world

        events._subscribers.clear()  # measure the sweep, not the subscribers
        figures: dict = {}
        sizes = (("1e5", 2_000), ("1e6", 20_000)) if quick else (("1e5", 100_000), ("1e6", 1_000_000))
        for label, count in sizes:
            world = build_world(f"bench{label}")  # one organisation per size
            _populate(world, count)
            first_s, first_q, first_n = _timed_sweep(world, TODAY)
            daily_s, daily_q, daily_n = _timed_sweep(world, TODAY + timedelta(days=1))
            figures[f"items_{label}_seconds"] = round(daily_s, 3)
            figures[f"queries_{label}"] = daily_q
            figures[f"items_{label}_count"] = count
            figures[f"items_{label}_fired"] = daily_n
            figures[f"first_sweep_{label}_seconds"] = round(first_s, 3)
            figures[f"first_sweep_{label}_queries"] = first_q
            figures[f"first_sweep_{label}_fired"] = first_n
        return figures
    finally:
        drop_database(name)


if __name__ == "__main__":
    print_rows("sweep", run(quick="--quick" in sys.argv))
