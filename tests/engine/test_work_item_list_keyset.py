"""The work-item list and the inbox page by keyset: next and previous pages in every sort, with
ties and items without a deadline, no row twice and none missing; the capped total."""

import json
import re
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.models import WorkItem, WorkItemUnit
from engine.selectors import keyset
from engine.selectors.keyset import decode_cursor, encode_cursor, keyset_page
from engine.selectors.work_items import SORT_KEYS, work_item_keys, work_item_list

pytestmark = pytest.mark.django_db

STATES = ["drafted", "assigned", "in_progress", "reported", "accepted", "cancelled"]
SORTS = [*SORT_KEYS, *(f"-{k}" for k in SORT_KEYS)]


def _fixture_rows(world, specs) -> list[int]:
    """List fixtures written in bulk, as the page benchmark does: the list reads them, how they
    got there is not under test. Each spec: (due day or None, state index, unit index or None)."""
    units = [world.unit_a, world.unit_b, world.unit_c]
    rows = [
        WorkItem(
            organisation=world.org,
            programme=world.programme,
            position=i % 4,  # ties in the programme order too: only the id breaks them
            content=f"Hàng {i}",
            due_date=None if day is None else date(2026, 3, 1) + timedelta(days=day),
            state=STATES[state],
            search_text=f"hang {i}",
        )
        for i, (day, state, _) in enumerate(specs)
    ]
    created = WorkItem.objects.bulk_create(rows)
    WorkItemUnit.objects.bulk_create(
        WorkItemUnit(work_item=item, unit=units[unit], role=WorkItemUnit.Role.LEAD)
        for item, (_, _, unit) in zip(created, specs, strict=True)
        if unit is not None
    )
    return [item.pk for item in created]


def _walk(user, sort: str, size: int) -> tuple[list[int], list[list[int]]]:
    """Every page forwards from the first, then every page backwards from the last."""
    keys = work_item_keys(sort)

    def page(**cursor):
        return keyset_page(work_item_list(user, scope="all"), keys, size=size, **cursor)

    forwards, current = [], page()
    forwards.append([row.pk for row in current])
    while current.has_next:
        current = page(after=current.next_cursor)
        forwards.append([row.pk for row in current])
    backwards = [[row.pk for row in current]]
    while current.has_previous:
        current = page(before=current.previous_cursor)
        backwards.append([row.pk for row in current])
    assert not current.has_previous
    return forwards, list(reversed(backwards))


specs_strategy = st.lists(
    st.tuples(
        st.one_of(st.none(), st.integers(0, 4)),  # few days: many ties
        st.integers(0, len(STATES) - 1),
        st.one_of(st.none(), st.integers(0, 2)),
    ),
    min_size=1,
    max_size=10,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=specs_strategy, sort=st.sampled_from(SORTS), size=st.integers(1, 5))
def test_pages_cover_the_order_once_both_ways(world, specs, sort, size):
    ids = _fixture_rows(world, specs)
    try:
        everything = work_item_list(world.director, scope="all").annotate(
            **{k.name: k.expression for k in work_item_keys(sort) if k.expression is not None}
        )
        ordered = everything.order_by(*[k.order() for k in work_item_keys(sort)])
        expected = list(ordered.values_list("pk", flat=True))
        assert sorted(expected) == sorted(ids)
        forwards, backwards = _walk(world.director, sort, size)
        assert [pk for page in forwards for pk in page] == expected
        assert all(len(page) == size for page in forwards[:-1])
        assert backwards == forwards
    finally:
        WorkItem.objects.filter(pk__in=ids).delete()


def test_due_order_puts_no_deadline_last_both_ways_and_breaks_ties_by_programme_order(world):
    ids = _fixture_rows(world, [(None, 1, 0), (2, 1, 0), (0, 1, 0), (2, 1, 0), (None, 1, 0), (0, 1, 0)])
    ascending, _ = _walk(world.director, "due", 4)
    descending, _ = _walk(world.director, "-due", 4)
    flat_asc = [pk for page in ascending for pk in page]
    flat_desc = [pk for page in descending for pk in page]
    # position = index % 4: ids[5] (1) before ids[2] (2); ids[1] (1) before ids[3] (3); ids[0]
    # and ids[4] tie on position 0 too, and the id decides
    assert flat_asc == [ids[5], ids[2], ids[1], ids[3], ids[0], ids[4]]
    assert flat_desc == [ids[1], ids[3], ids[5], ids[2], ids[0], ids[4]]


def test_a_cursor_that_does_not_fit_is_the_first_page(world, client):
    _fixture_rows(world, [(1, 1, 0), (2, 1, 0), (3, 1, 0)])
    assert decode_cursor("not base64!", 4) is None
    assert decode_cursor(encode_cursor([1, 2]), 4) is None
    assert decode_cursor(encode_cursor([date(2026, 1, 1), 1, 0, 7]), 4) == [date(2026, 1, 1), 1, 0, 7]
    client.force_login(world.director)
    first = client.get(reverse("work_item_list") + "?scope=all")
    broken = client.get(reverse("work_item_list") + "?scope=all&after=%7B%7D&before=zz")
    assert broken.status_code == 200
    assert _ids(broken) == _ids(first)


def _ids(response) -> list[str]:
    return re.findall(r'<tr[^>]*data-item-id="(\d+)"', response.content.decode()) or re.findall(
        r'href="/work-items/(\d+)/"', response.content.decode()
    )


def test_page_links_walk_the_list_and_back(world, client, monkeypatch):
    from engine.views import work_items

    monkeypatch.setattr(work_items, "PAGE_SIZE", 2)
    _fixture_rows(world, [(d % 2, 1, 0) for d in range(5)])
    client.force_login(world.director)
    url = reverse("work_item_list")
    html = client.get(url + "?scope=all&sort=due").content.decode()
    seen = [_ids_in(html)]
    while (link := re.search(r'href="\?([^"]*after=[\w-]+)" rel="next"', html)) is not None:
        html = client.get(url + "?" + link.group(1).replace("&amp;", "&")).content.decode()
        seen.append(_ids_in(html))
    assert [len(page) for page in seen] == [2, 2, 1]
    assert len({pk for page in seen for pk in page}) == 5
    back = re.search(r'href="\?([^"]*before=[\w-]+)" rel="prev"', html)
    html = client.get(url + "?" + back.group(1).replace("&amp;", "&")).content.decode()
    assert _ids_in(html) == seen[1]
    assert 'data-page="first"' in html


def _ids_in(html: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r'href="/work-items/(\d+)/"', html)))


def test_total_is_exact_below_the_cap_and_more_than_the_cap_above(world, client, monkeypatch, on_postgres):
    _fixture_rows(world, [(d, 1, 0) for d in range(4)])
    client.force_login(world.director)
    url = reverse("work_item_list") + "?scope=all"
    assert "4 nhiệm vụ" in client.get(url).content.decode()
    monkeypatch.setattr(keyset, "COUNT_CAP", 3)
    text = re.search(r'data-testid="total">([^<]*)<', client.get(url).content.decode()).group(1).strip()
    if on_postgres:  # the plan's row estimate, which ANALYZE has not tuned: any number above the cap
        assert re.fullmatch(r"Hơn 3 nhiệm vụ( \(khoảng [\d.]+\))?", text), text
    else:
        assert text == "Hơn 3 nhiệm vụ"


def test_capped_count_counts_no_further_than_the_cap(world, django_assert_num_queries):
    _fixture_rows(world, [(d, 1, 0) for d in range(6)])
    items = work_item_list(world.director, scope="all")
    assert keyset.capped_count(items, cap=10).count == 6
    capped = keyset.capped_count(items, cap=5)
    assert (capped.count, capped.exact) == (5, False)


def _plan_rows(queryset) -> int:
    """The planner's row estimate as Django's own `EXPLAIN` gives it (the path before migration 0024)."""
    return int(json.loads(queryset.order_by().values("pk").explain(format="json"))[0]["Plan"]["Plan Rows"])


def test_capped_count_is_one_statement_below_and_above_the_cap(world, django_assert_num_queries, on_postgres):
    """Above the cap the estimate comes in the count's own statement (PostgreSQL), or not at all
    (SQLite): never a second statement, so a page's queries do not depend on the number of rows."""
    _fixture_rows(world, [(d, 1, 0) for d in range(6)])
    items = work_item_list(world.director, scope="all")
    if on_postgres:  # the statistics the estimate reads: 6 rows of this organisation
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE engine_workitem")
    with django_assert_num_queries(1):
        below = keyset.capped_count(items, cap=10)
    with django_assert_num_queries(1):
        above = keyset.capped_count(items, cap=3)
    assert (below.count, below.exact, below.estimate) == (6, True, None)
    assert (above.count, above.exact) == (3, False)
    assert above.estimate == (_plan_rows(items) if on_postgres else None)
    if on_postgres:
        assert above.estimate == 6
    with django_assert_num_queries(0):  # a filter that can match nothing: no SQL at all
        assert keyset.capped_count(items.filter(pk__in=[]), cap=3) == keyset.Total(0)


@pytest.mark.postgres
def test_engine_plan_rows_gives_the_planners_estimate_without_running_the_query(world):
    from engine.models import Programme

    _fixture_rows(world, [(d, 1, 0) for d in range(4)])
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE engine_workitem")
        cursor.execute("SELECT engine_plan_rows(%s)", ["SELECT * FROM generate_series(1, 37)"])
        assert cursor.fetchone()[0] == 37
        items = WorkItem.objects.filter(organisation=world.org)
        sql, params = items.values("pk").query.sql_with_params()
        cursor.execute("SELECT engine_plan_rows(%s)", [connection.ops.compose_sql(sql, params)])
        assert cursor.fetchone()[0] == _plan_rows(items) == 4
        # The text is planned, never run: a DELETE is explained (0 rows left to return), not done.
        cursor.execute("SELECT engine_plan_rows(%s)", ['DELETE FROM "engine_workitem"'])
        cursor.fetchone()
    assert WorkItem.objects.filter(organisation=world.org).count() == 4
    assert Programme.objects.filter(pk=world.programme.pk).exists()


# The list and inbox pages as their users open them (the pages of bench/bench_pages.py).
PAGES = [
    ("staff_a", "work_item_list", "?scope=all"),
    ("head_a", "work_item_list", ""),
    ("director", "work_item_list", "?scope=all"),
    ("director", "work_item_list", ""),
    ("director", "inbox", ""),
    ("head_a", "inbox", ""),
]


def _queries_per_page(world, client) -> tuple[list[int], list[str]]:
    counts, totals = [], []
    for who, name, query in PAGES:
        client.force_login(getattr(world, who))
        with CaptureQueriesContext(connection) as captured:
            html = client.get(reverse(name) + query).content.decode()
        counts.append(len(captured))
        total = re.search(r'data-testid="total">([^<]*)<', html)
        totals.append(total.group(1).strip() if total else "")
    return counts, totals


def test_list_and_inbox_pages_send_as_many_queries_above_the_cap_as_below(world, client, monkeypatch):
    """The query counts of bench_pages at 10⁵ and 10⁶ items, in small: every list's total below
    the cap, then above it (the estimate's path on PostgreSQL). Counts, never times."""
    monkeypatch.setattr(keyset, "COUNT_CAP", 5)
    # assigned, in progress and reported items led by unit A: in every page of PAGES
    _fixture_rows(world, [(d, state, 0) for d in range(1) for state in (1, 2, 3)])
    _queries_per_page(world, client)  # the first requests' one-off reads (caches) are no page's
    small, small_totals = _queries_per_page(world, client)
    _fixture_rows(world, [(d, state, 0) for d in range(1, 8) for state in (1, 2, 3)])
    large, large_totals = _queries_per_page(world, client)
    assert large == small
    lists = [t for t, (_, name, _) in zip(large_totals, PAGES, strict=True) if name == "work_item_list"]
    assert len(lists) == 4
    assert all(total.startswith("Hơn 5 nhiệm vụ") for total in lists), large_totals
    assert not any(total.startswith("Hơn") for total in small_totals), small_totals


def test_inbox_pages_by_keyset(world, client, monkeypatch):
    from engine.views import inbox

    monkeypatch.setattr(inbox, "PAGE_SIZE", 2)
    items = [world.item_in("assigned", content=f"Việc {n}", due=date(2026, 5, 1 + n % 2)) for n in range(5)]
    client.force_login(world.head_a)
    url = reverse("inbox")
    html = client.get(url).content.decode()
    seen = [_ids_in(html)]
    while (link := re.search(r'href="\?([^"]*after=[\w-]+)" rel="next"', html)) is not None:
        html = client.get(url + "?" + link.group(1).replace("&amp;", "&")).content.decode()
        seen.append(_ids_in(html))
    flat = [int(pk) for page in seen for pk in page]
    assert sorted(flat) == sorted(item.pk for item in items)
    assert [len(page) for page in seen] == [2, 2, 1]


def _main_plan_nodes(node):
    """The plan's nodes, leaving out sub-plans (a row's next report date, the visibility checks)."""
    yield node
    for child in node.get("Plans", []):
        if child.get("Parent Relationship") not in ("SubPlan", "InitPlan"):
            yield from _main_plan_nodes(child)


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("who", "filters"),
    [
        ("director", {"scope": "all"}),
        ("staff_a", {"scope": "all"}),
        ("director", {"scope": "all", "unit": "a"}),
    ],
)
def test_a_keyset_page_is_one_range_of_the_due_order_index(world, who, filters):
    """Plan shape, not time: the next page reads `workitem_list_due_order` from the cursor on,
    with no sort and no sequential scan of the items, whoever asks and with a unit filter."""
    import json

    from django.db import connection

    _fixture_rows(world, [(d % 9, 1 + d % 4, d % 3) for d in range(300)])
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE engine_workitem")
        # A table this small is cheaper to sort whole; what is under test is that the index
        # answers the query (its expression, the row comparison), so the planner may not fall back.
        cursor.execute("SET enable_seqscan = off")
    try:
        user = getattr(world, who)
        unit_id = world.unit_a.pk if filters.get("unit") else None
        keys = work_item_keys("due")
        first = keyset_page(work_item_list(user, scope="all", unit_id=unit_id), keys, size=20)
        assert first.has_next
        values = decode_cursor(first.next_cursor, len(keys))
        page = (
            work_item_list(user, scope="all", unit_id=unit_id)
            .annotate(**{k.name: k.expression for k in keys if k.expression is not None})
            .filter(keyset._after(keys, values, reverse=False))
            .order_by(*[k.order() for k in keys])[:21]
        )
        plan = json.loads(page.explain(format="json"))[0]["Plan"]
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET enable_seqscan")
    nodes = list(_main_plan_nodes(plan))
    if filters.get("unit"):
        scans = [(n["Node Type"], n.get("Relation Name")) for n in nodes if "Scan" in n["Node Type"]]
        assert not [
            s for s in scans if s[0] == "Seq Scan" and s[1] in ("engine_workitem", "engine_workitemunit")
        ]
        assert any(
            n.get("Index Name") == "workitem_list_due_order" or "workitemunit" in n.get("Index Name", "")
            for n in nodes
        )
        return
    kinds = [n["Node Type"] for n in nodes]
    assert "Sort" not in kinds and "Incremental Sort" not in kinds, kinds
    scans = [n for n in nodes if n.get("Relation Name") == "engine_workitem"]
    assert [(n["Node Type"], n.get("Index Name")) for n in scans] == [
        ("Index Scan", "workitem_list_due_order")
    ]
    assert "ROW(" in scans[0]["Index Cond"]  # the cursor bounds the scan; no row before it is read
