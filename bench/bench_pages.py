"""Pages at scale: p95 and queries of the list, inbox, dashboard and register pages at 10⁵ items.

The items are bulk-inserted fixture rows (the pages read them; how they got there is not
under test): one organisation, twenty units, states and due dates spread as in a real year,
each item led by one unit and coordinated by another. Each page is requested through
Django's test client (middleware, template, everything but the socket) `repeats` times as
the user who would open it; p50/p95 of the wall time, the number of SQL queries, and the
peak Python allocation of one request (tracemalloc). Also: the work-item visibility query
alone (first page of `work_items_visible_to` + count) at 50,000 items, the figure
docs/permissions.md quotes.
    python bench/bench_pages.py [--quick]
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
        cur.execute("ANALYZE")


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
        ("dashboard", world.director, "dashboard", ""),
        ("delay_register", world.inspectorate, "delay_register", ""),
    ]
    found = {}
    for name, user, url_name, query in wanted:
        try:
            found[name] = (user, reverse(url_name) + query)
        except NoReverseMatch:
            continue
    return found


def run(quick: bool = False) -> dict:
    name = setup_django("pages")
    try:
        from django.conf import settings
        from django.test import Client

        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
        settings.ALLOWED_HOSTS = ["testserver"]
        from tests.factories import build_world

        world = build_world("bench")
        items = 10_000 if quick else 100_000
        visibility_at = 5_000 if quick else 50_000
        repeats = 10 if quick else 30
        results: dict = {}

        started = time.perf_counter()
        populate(world, visibility_at)
        results["visibility_query"] = {"items": visibility_at, **visibility_query(world.staff_a, repeats * 3)}
        populate(world, items - visibility_at, start=visibility_at)
        populate_seconds = time.perf_counter() - started

        for page, (user, url) in pages(world).items():
            client = Client()
            client.force_login(user)
            results[page] = {"items": items, **measure(client, url, repeats)}
        results["populate_seconds"] = round(populate_seconds, 1)
        return results
    finally:
        drop_database(name)


if __name__ == "__main__":
    print_rows("pages", run(quick="--quick" in sys.argv))
