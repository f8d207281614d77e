"""Pages at scale: p95 and queries of the list, inbox, dashboard and register pages at 10⁵ items.

The items are bulk-inserted fixture rows (the pages read them; how they got there is not
under test): one organisation, twenty units, states and due dates spread as in a real year,
each item led by one unit and coordinated by another. Each page is requested through
Django's test client (middleware, template, everything but the socket) `repeats` times as
the user who would open it; p50/p95 of the wall time, the number of SQL queries, and the
peak Python allocation of one request (tracemalloc). Also: the work-item visibility query
alone (first page of `work_items_visible_to` + count) at 50,000 items, the figure
docs/permissions.md quotes.
Then the organisation grows to 10⁶ items (quick: 10⁵) and the lists, the inbox and the
dashboard's data are measured again (`*_large`). Rows are written with generate_series.
    python bench/bench_pages.py [--quick] [--no-large] [--pages NAME,NAME…]
`--pages` measures only the named pages (names as in `pages()`), e.g. the lists and the inbox
while the dashboard and the register are someone else's.
"""

import random
import sys
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import drop_database, median, percentile, print_rows, setup_django

UNITS = 20
STATE_MIX = [  # (state, share)
    ("drafted", 0.05),
    ("assigned", 0.15),
    ("in_progress", 0.30),
    ("reported", 0.10),
    ("accepted", 0.37),
    ("cancelled", 0.03),
]


def populate(world, count: int, *, start: int = 0, seed: int = 7) -> None:
    """Bulk-insert `count` items with their unit links (fixture data, no audit trail)."""
    from django.db import transaction
    from django.utils import timezone

    from engine.models import Unit, WorkItem, WorkItemUnit
    from engine.text import fold

    rng = random.Random(seed + start)
    units = list(Unit.objects.filter(organisation=world.org).order_by("pk"))
    while len(units) < UNITS:
        number = len(units)
        units.append(
            Unit.objects.create(organisation=world.org, name=f"Phòng {number}", short_name=f"P{number}")
        )
    states = [s for s, _ in STATE_MIX]
    weights = [w for _, w in STATE_MIX]
    now = timezone.now()
    leaders = [world.deputy, world.deputy_other, world.director]
    batch = 5000
    for offset in range(0, count, batch):
        rows = []
        for i in range(start + offset, start + min(offset + batch, count)):
            state = rng.choices(states, weights)[0]
            due = date(2026, 1, 15) + timedelta(days=rng.randrange(0, 540))
            content = f"Nhiệm vụ số {i}: triển khai kế hoạch chuyển đổi số và báo cáo kết quả"
            rows.append(
                WorkItem(
                    organisation_id=world.org.pk,
                    programme_id=world.programme.pk,
                    position=i,
                    ref=str(i),
                    content=content,
                    due_text=f"Trước {due:%d/%m/%Y}",
                    due_date=due,
                    original_due_date=due,
                    leader=rng.choice(leaders),
                    state=state,
                    search_text=fold(f"{i} {content}"),
                    assigned_at=now if state != "drafted" else None,
                    reported_at=now if state in ("reported", "accepted") else None,
                    accepted_at=now if state == "accepted" else None,
                )
            )
        with transaction.atomic():
            created = WorkItem.objects.bulk_create(rows)
            links = []
            for item in created:
                lead, coord = rng.sample(units, 2)
                links.append(WorkItemUnit(work_item=item, unit=lead, role="lead"))
                links.append(WorkItemUnit(work_item=item, unit=coord, role="coordinating"))
            WorkItemUnit.objects.bulk_create(links)
    from django.db import connection

    with connection.cursor() as cur:
        # Statistics and the visibility map, as autovacuum leaves a table some time after a bulk
        # load (the benches' server runs without it): index-only scans can skip the table.
        cur.execute("VACUUM ANALYZE")


def populate_sql(world, count: int, *, start: int = 0) -> None:
    """The same rows as `populate`, written by one INSERT … SELECT generate_series (10⁶ in
    about a minute, where the ORM takes half an hour): states by the same shares, deadlines
    over the same 540 days, one lead and one other coordinating unit of the twenty."""
    from django.db import connection
    from django.utils import timezone

    from engine.models import Unit

    populate(world, 0)  # the twenty units
    unit_ids = list(Unit.objects.filter(organisation=world.org).order_by("pk").values_list("pk", flat=True))
    leaders = [world.deputy.pk, world.deputy_other.pk, world.director.pk]
    bounds, total = [], 0.0
    for state, share in STATE_MIX:
        total += share
        bounds.append((state, round(total, 4)))
    state_case = (
        "CASE "
        + " ".join(f"WHEN r < {b} THEN '{s}'" for s, b in bounds[:-1])
        + f" ELSE '{bounds[-1][0]}' END"
    )
    with connection.cursor() as cur:
        cur.execute("SELECT setseed(0.7)")
        cur.execute(
            f"""
            INSERT INTO engine_workitem (
                organisation_id, programme_id, parent_id, position, ref, section, content, leader_id,
                leader_text, assignee_id, due_text, due_date, original_due_date, due_date_at_report,
                due_needs_review, recurrence, is_key, is_cross_cutting, indicator_name,
                indicator_measure, note, source_line, search_text, state, version, created_at,
                updated_at, assigned_at, reported_at, accepted_at)
            SELECT %(org)s, %(programme)s, NULL, g, g::text, '',
                   'Nhiệm vụ số ' || g || ': triển khai kế hoạch chuyển đổi số và báo cáo kết quả',
                   (%(leaders)s::bigint[])[1 + (g %% 3)], '', NULL, 'Trước ' || to_char(due, 'DD/MM/YYYY'),
                   due, due, NULL, false, 'none', false, false, '', '', '', NULL,
                   g || ' nhiem vu so ' || g || ': trien khai ke hoach chuyen doi so va bao cao ket qua',
                   st, 1, %(now)s, %(now)s,
                   CASE WHEN st <> 'drafted' THEN %(now)s END,
                   CASE WHEN st IN ('reported', 'accepted') THEN %(now)s END,
                   CASE WHEN st = 'accepted' THEN %(now)s END
            FROM (
                SELECT g, {state_case} AS st, DATE '2026-01-15' + (random() * 539)::int AS due
                FROM (SELECT g, random() AS r FROM generate_series(%(first)s, %(last)s) AS g) AS drawn
            ) AS rows
            """,
            {
                "org": world.org.pk,
                "programme": world.programme.pk,
                "leaders": leaders,
                "now": timezone.now(),
                "first": start,
                "last": start + count - 1,
            },
        )
        # Each item: a lead unit and a different coordinating one, drawn from the twenty.
        cur.execute(
            """
            WITH picked AS MATERIALIZED (
                SELECT id, state, due_date, lead, (lead + 1 + (random() * 18)::int) %% 20 AS coord
                FROM (SELECT id, state, due_date, (random() * 19)::int AS lead FROM engine_workitem
                      WHERE organisation_id = %(org)s AND position BETWEEN %(first)s AND %(last)s) AS drawn
            )
            INSERT INTO engine_workitemunit (work_item_id, unit_id, role, position, item_state, item_due_date)
            SELECT id, (%(units)s::bigint[])[1 + lead], 'lead', 0, state, due_date FROM picked
            UNION ALL
            SELECT id, (%(units)s::bigint[])[1 + coord], 'coordinating', 1, state, due_date FROM picked
            """,
            {"units": unit_ids, "org": world.org.pk, "first": start, "last": start + count - 1},
        )
        # Statistics and the visibility map, as autovacuum leaves a table some time after a bulk
        # load (the benches' server runs without it): index-only scans can skip the table.
        cur.execute("VACUUM ANALYZE")


def measure(client, url: str, repeats: int) -> dict:
    from django.db import connection

    response = client.get(url)  # warm: templates, translations, plan cache
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    # Counted at the cursor (execute_wrapper), not from the debug query log, which the
    # request_started signal resets mid-capture and which stays off with DEBUG=False.
    executed = []
    with connection.execute_wrapper(
        lambda execute, sql, params, many, context: (
            executed.append(sql),
            execute(sql, params, many, context),
        )[1]
    ):
        client.get(url)
    tracemalloc.start()
    client.get(url)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "p50_ms": round(median(times), 1),
        "p95_ms": round(percentile(times, 95), 1),
        "queries": len(executed),
        "peak_alloc_mb": round(peak / 1024 / 1024, 1),
    }


def visibility_query(user, repeats: int) -> dict:
    """The list query alone: first page of visible items and their count."""
    from engine.selectors.work_items import work_items_visible_to

    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        qs = work_items_visible_to(user)
        list(qs.order_by("due_date", "id").values_list("pk", flat=True)[:50])
        qs.count()
        times.append((time.perf_counter() - started) * 1000)
    return {"p50_ms": round(median(times), 2), "p95_ms": round(percentile(times, 95), 2)}


def pages(world) -> dict:
    """(name, user, url) of the pages measured; those whose URL does not exist yet are left out."""
    from django.urls import NoReverseMatch, reverse

    wanted = [
        ("work_item_list_staff", world.staff_a, "work_item_list", "?scope=all"),
        ("work_item_list_head", world.head_a, "work_item_list", ""),
        ("work_item_list_director", world.director, "work_item_list", "?scope=all"),
        ("inbox_director", world.director, "work_item_list", ""),
        ("notifications_inbox", world.head_a, "notification_list", ""),
        ("inbox_page_director", world.director, "inbox", ""),
        ("inbox_page_head", world.head_a, "inbox", ""),
        ("dashboard", world.director, "dashboard", ""),
        ("dashboard_data", world.director, "dashboard_data", ""),
        ("delay_register", world.inspectorate, "delay_register", ""),
    ]
    found = {}
    for name, user, url_name, query in wanted:
        try:
            found[name] = (user, reverse(url_name) + query)
        except NoReverseMatch:
            continue
    return found


# Pages measured again once the organisation holds 10⁶ items (quick: 10⁵).
AT_LARGE = (
    "work_item_list_staff",
    "work_item_list_head",
    "work_item_list_director",
    "inbox_director",
    "inbox_page_director",
    "inbox_page_head",
    "dashboard_data",
)


def _oversight(world, found: dict, items: int, suffix: str, refresh) -> dict:
    """The dashboard's JSON computed live (before the organisation's snapshot: what every request
    did before the stored counts), then the snapshot's refresh, timed; the pages after it read the
    stored figures."""
    from django.test import Client

    from engine.models import OversightSnapshot

    OversightSnapshot.objects.filter(organisation=world.org).delete()
    user, url = found["dashboard_data"]
    client = Client()
    client.force_login(user)
    figures = {f"dashboard_data_live{suffix}": {"items": items, **measure(client, url, 3 if suffix else 5)}}
    started = time.perf_counter()
    refresh(world.org.pk)
    figures[f"snapshot_refresh_seconds{suffix}"] = round(time.perf_counter() - started, 2)
    return figures


def run(quick: bool = False) -> dict:
    name = setup_django("pages")
    try:
        from django.conf import settings
        from django.test import Client

        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
        settings.ALLOWED_HOSTS = ["testserver"]
        settings.OVERSIGHT_REFRESH_DELAY_SECONDS = None  # refreshed below, timed, not by the pages
        from engine.services.oversight_snapshot import oversight_refresh
        from tests.factories import build_world

        world = build_world("bench")
        items = 10_000 if quick else 100_000
        large = 100_000 if quick else 1_000_000
        visibility_at = 5_000 if quick else 50_000
        repeats = 10 if quick else 30
        results: dict = {}

        started = time.perf_counter()
        populate_sql(world, visibility_at)
        results["visibility_query"] = {"items": visibility_at, **visibility_query(world.staff_a, repeats * 3)}
        populate_sql(world, items - visibility_at, start=visibility_at)
        populate_seconds = time.perf_counter() - started

        found = pages(world)
        if "--pages" in sys.argv:  # --pages dashboard_data,delay_register: only these (and what they need)
            wanted = set(sys.argv[sys.argv.index("--pages") + 1].split(",")) | {"dashboard_data"}
            found = {page: where for page, where in found.items() if page in wanted}
        results.update(_oversight(world, found, items, "", oversight_refresh))
        # As a worker does at start (config.asgi): the heap so far out of the full collections.
        from config.heap import freeze_startup_heap

        freeze_startup_heap()
        for page, (user, url) in found.items():
            client = Client()
            client.force_login(user)
            results[page] = {"items": items, **measure(client, url, repeats)}
        if "--no-large" not in sys.argv:
            started = time.perf_counter()
            populate_sql(world, large - items, start=items)
            results["populate_large_seconds"] = round(time.perf_counter() - started, 1)
            results.update(_oversight(world, found, large, "_large", oversight_refresh))
            for page in AT_LARGE:
                if page not in found:
                    continue
                user, url = found[page]
                client = Client()
                client.force_login(user)
                results[f"{page}_large"] = {"items": large, **measure(client, url, max(10, repeats // 2))}
        results["populate_seconds"] = round(populate_seconds, 1)
        results["loadavg"] = Path("/proc/loadavg").read_text().split()[0]
        return results
    finally:
        drop_database(name)


if __name__ == "__main__":
    print_rows("pages", run(quick="--quick" in sys.argv))
