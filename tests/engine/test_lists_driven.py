"""The list's total and the inbox counted from the user's units, and the inbox's pages read in two
segments: the same rows as the rule table says, for every person of the world; bounded queries;
on PostgreSQL, plans that start from the unit's links and the inbox index, never a scan of the
organisation's items."""

import json
from collections import Counter
from datetime import date, timedelta
from itertools import product

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from guardian.shortcuts import assign_perm

from engine import permissions
from engine.models import ExtensionRequest, WorkItem, WorkItemUnit
from engine.selectors import keyset
from engine.selectors.inbox import (
    INBOX_KEYS,
    KINDS,
    inbox_conditions,
    inbox_counts,
    inbox_for,
    inbox_kind_filters,
    inbox_segments,
)
from engine.selectors.keyset import Key, capped_count, decode_cursor, keyset_page
from engine.selectors.work_items import work_item_list

pytestmark = pytest.mark.django_db

STATES = ["drafted", "assigned", "in_progress", "reported", "accepted", "cancelled"]
PEOPLE = [
    "director",
    "deputy",
    "deputy_other",
    "secretariat",
    "inspectorate",
    "evaluator",
    "head_a",
    "deputy_head_a",
    "staff_a",
    "head_b",
    "staff_b",
    "head_c",
    "deputy_head_c",
    "staff_c",
    "director_x",
    "head_x",
    "staff_x",
]
# The actions an item on the "actionable" list waits for (docs/permissions.md).
ACTING = ("start", "progress", "contribute", "report", "accept", "return", "edit")


@pytest.fixture
def spread(world):
    """Items in every state under every kind of unit links, handed to a person or not, led by a
    deputy or not, a few shared, a few with an extension pending: fixture rows written in bulk."""
    a, b, c = world.unit_a, world.unit_b, world.unit_c
    links = [((a,), (b,)), ((b,), (a,)), ((c,), ()), ((a, c), ()), ((), ())]
    assignees = [None, world.staff_a, world.staff_c]
    rows, plans = [], []
    for n, (state, (lead, coordinating), assignee) in enumerate(product(STATES, links, assignees)):
        rows.append(
            WorkItem(
                organisation=world.org,
                programme=world.programme,
                position=n,
                content=f"Việc {n}",
                due_date=None if n % 7 == 0 else date(2026, 3, 1) + timedelta(days=n % 5),
                state=state,
                assignee=assignee,
                leader=world.deputy_other if n % 4 == 0 else None,
                assigned_at=None if state == "drafted" else timezone.now() - timedelta(hours=n % 3),
                reported_at=timezone.now() if state in ("reported", "accepted") else None,
                search_text=f"viec {n}",
            )
        )
        plans.append((lead, coordinating))
    items = WorkItem.objects.bulk_create(rows)
    WorkItemUnit.objects.bulk_create(
        WorkItemUnit(work_item=item, unit=unit, role=role, position=i)
        for item, (lead, coordinating) in zip(items, plans, strict=True)
        for role, units in (("lead", lead), ("coordinating", coordinating))
        for i, unit in enumerate(units)
    )
    for item in items[::9]:  # shared with someone outside its units
        assign_perm("view_workitem", world.staff_c, item)
    for item in [i for i in items if i.state in ("assigned", "in_progress")][::4]:
        ExtensionRequest.objects.create(
            organisation=world.org,
            work_item=item,
            requested_by=world.head_a,
            requested_at=timezone.now(),
            requested_due_date=date(2026, 9, 30),
            reason="Chờ số liệu.",
        )
    return items


def _ids(queryset) -> set[int]:
    return set(queryset.values_list("pk", flat=True))


def test_the_counted_form_holds_the_rows_of_the_rule_table(world, spread):
    """Visible: exactly what `permissions.can(…, "view", …)` allows (guardian shares included);
    actionable: what waits for one of the list's actions. Both forms of the query agree."""
    for who in PEOPLE:
        _same_rows_as_the_rules(world, spread, who)


def _same_rows_as_the_rules(world, spread, who):
    user = getattr(world, who)
    items = list(WorkItem.objects.filter(pk__in=[i.pk for i in spread]).prefetch_related("unit_links"))
    visible = {i.pk for i in items if permissions.can(user, "view", i)}
    acting = {i.pk for i in items if any(permissions.can(user, a, i) for a in ACTING)}
    for driven in (False, True):
        assert (
            _ids(work_item_list(user, scope="all", driven=driven)) & _ids(WorkItem.objects.all()) == visible
        )
        assert _ids(work_item_list(user, scope="actionable", driven=driven)) == acting
        assert _ids(work_item_list(user, scope="all", unit_id=world.unit_c.pk, driven=driven)) == {
            pk for pk in visible if WorkItemUnit.objects.filter(work_item_id=pk, unit=world.unit_c).exists()
        }


def test_inbox_counts_are_the_pages_kinds(world, spread):
    for who in PEOPLE:
        _counts_are_the_kinds(world, who)


def _counts_are_the_kinds(world, who):
    user = getattr(world, who)
    page_kinds = Counter(item.inbox_kind for item in inbox_for(user))
    counts = inbox_counts(user)
    assert {k: t.count for k, t in counts.items()} == {k: page_kinds.get(k, 0) for k in KINDS}
    assert all(t.exact for t in counts.values())
    filters = inbox_kind_filters(user)
    for kind in KINDS:
        assert _ids(inbox_for(user).filter(filters[kind])) == {
            i.pk for i in inbox_for(user) if i.inbox_kind == kind
        }


def test_the_pages_conditions_built_once_give_the_same_statements(world, spread):
    """The inbox page builds `inbox_conditions` once and hands them to the counts and the page's
    query: the same SQL, to the character, as each building its own (every role)."""
    for who in PEOPLE:
        user = getattr(world, who)
        permissions.actor_context(user)
        conditions = inbox_conditions(user)
        for shared in (None, conditions):
            with CaptureQueriesContext(connection) as counted:
                inbox_counts(user, shared)
            with CaptureQueriesContext(connection) as paged:
                list(inbox_for(user, conditions=shared))
            if shared is None:
                alone = ([q["sql"] for q in counted], [q["sql"] for q in paged])
        assert ([q["sql"] for q in counted], [q["sql"] for q in paged]) == alone, who


def test_inbox_counts_stop_at_the_cap(world, spread, monkeypatch):
    monkeypatch.setattr(keyset, "COUNT_CAP", 2)
    counts = inbox_counts(world.head_a)
    assert counts["start"].count == 2 and not counts["start"].exact
    assert counts["approve"].count == 0 and counts["approve"].exact


def test_inbox_pages_in_segments_walk_the_whole_order_both_ways(world, spread):
    """Mine first, then the rest; each segment read from the cursor (on PostgreSQL)."""
    for who, size in product(["head_a", "staff_a", "director", "staff_c"], [1, 4]):
        _walk_both_ways(world, who, size)


def _walk_both_ways(world, who, size):
    user = getattr(world, who)
    expected = list(inbox_for(user).values_list("pk", flat=True))
    assert expected
    keys = [Key(k.name) for k in INBOX_KEYS]

    def page(**cursor):
        return keyset_page(
            inbox_for(user), keys, size=size, total=keyset.Total(0), segments=inbox_segments(user), **cursor
        )

    forwards, current = [[r.pk for r in page()]], page()
    while current.has_next:
        current = page(after=current.next_cursor)
        forwards.append([r.pk for r in current])
    assert [pk for p in forwards for pk in p] == expected
    backwards = [[r.pk for r in current]]
    while current.has_previous:
        current = page(before=current.previous_cursor)
        backwards.append([r.pk for r in current])
    assert list(reversed(backwards)) == forwards


PINNED = [  # (who, page, queries): the same at any size (bench/bench_pages.py: 10⁵ and 10⁶)
    ("staff_a", "work_item_list?scope=all", 11),
    ("head_a", "work_item_list", 12),
    ("head_a", "inbox", 9),
    ("director", "inbox", 11),
    ("director", "work_item_list?scope=all", 13),
    ("director", "work_item_list", 13),
    ("staff_a", "inbox", 9),
]


def test_list_and_inbox_queries_are_pinned(client, world, spread):
    seen = []
    for who, page, _queries in PINNED:
        name, _, query = page.partition("?")
        client.force_login(getattr(world, who))
        url = reverse(name) + (f"?{query}" if query else "")
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        seen.append((who, page, len(context)))
    assert seen == PINNED


# --- plans (PostgreSQL) ------------------------------------------------------------------


@pytest.fixture
def elsewhere(world, spread):
    """The rest of the organisation: many open items led by unit C only, so that, as in a real
    organisation, unit A's links are a small part of the items (the planner's costs follow)."""
    rows = [
        WorkItem(
            organisation=world.org,
            programme=world.programme,
            position=1000 + n,
            content=f"Việc khác {n}",
            due_date=date(2026, 3, 1) + timedelta(days=n % 40),
            state=STATES[1 + n % 3],
            assigned_at=timezone.now(),
            search_text=f"viec khac {n}",
        )
        for n in range(3000)
    ]
    items = WorkItem.objects.bulk_create(rows)
    WorkItemUnit.objects.bulk_create(WorkItemUnit(work_item=i, unit=world.unit_c, role="lead") for i in items)
    return items


def _nodes(node):
    yield node
    for child in node.get("Plans", []):
        yield from _nodes(child)


def _plan(queryset_or_sql, params=None):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE engine_workitem")
        cursor.execute("ANALYZE engine_workitemunit")
        # Tables this small are cheaper to read whole; what is under test is the shape the
        # indexes allow, so the planner may not fall back to a sequential scan.
        cursor.execute("SET enable_seqscan = off")
        try:
            if isinstance(queryset_or_sql, str):
                cursor.execute("EXPLAIN (FORMAT JSON) " + queryset_or_sql, params)
                plan = cursor.fetchone()[0]
                plan = json.loads(plan) if isinstance(plan, str) else plan
            else:
                plan = json.loads(queryset_or_sql.explain(format="json"))
        finally:
            cursor.execute("RESET enable_seqscan")
    return list(_nodes(plan[0]["Plan"]))


def _item_scans(nodes):
    """(node type, index) of every read of the work items; a bitmap scan names its indexes."""
    scans = []
    for n in nodes:
        if n.get("Relation Name") != "engine_workitem":
            continue
        if n["Node Type"] == "Bitmap Heap Scan":
            bitmaps = [c for c in _nodes(n) if c["Node Type"] == "Bitmap Index Scan"]
            scans += [(n["Node Type"], c.get("Index Name")) for c in bitmaps]
        else:
            scans.append((n["Node Type"], n.get("Index Name")))
    return scans


@pytest.mark.postgres
@pytest.mark.parametrize(("who", "scope"), [("staff_a", "all"), ("head_a", "actionable")])
def test_the_lists_total_starts_from_the_units_links(world, elsewhere, who, scope):
    """The capped count: the unit's links (`workitemunit_copies`, unit first), the user's own items by
    their indexes, then each item by its primary key; no walk of the organisation's items."""
    user = getattr(world, who)
    counted = work_item_list(user, scope=scope, driven=True).order_by().values("pk")[:10001]
    nodes = _plan(counted)
    assert not [s for s in _item_scans(nodes) if s[0] == "Seq Scan"]
    assert ("Index Scan", "engine_workitem_pkey") in _item_scans(nodes)
    # items reached by key from the candidates, the user's own by their foreign keys: no
    # index of the organisation's items (its order, its states) is walked
    assert {s[1] for s in _item_scans(nodes)} <= {
        "engine_workitem_pkey",
        "engine_workitem_assignee_id_098b5316",
        "engine_workitem_leader_id_5b8cb214",
    }, _item_scans(nodes)
    links = [n for n in nodes if n.get("Relation Name") == "engine_workitemunit"]
    assert links and all("Index Cond" in n or n["Node Type"] == "Bitmap Heap Scan" for n in links)
    assert any(
        str(world.unit_a.pk) in n.get("Index Cond", "") for n in nodes if "unit_id" in n.get("Index Cond", "")
    )
    # the same statement the page runs: a count over at most cap + 1 rows
    assert capped_count(work_item_list(user, scope=scope, driven=True)).exact


@pytest.mark.postgres
@pytest.mark.parametrize("who", ["head_a", "director", "staff_a"])
def test_an_inbox_page_reads_each_segment_from_the_inbox_index(world, elsewhere, who):
    user = getattr(world, who)
    keys = [Key(k.name) for k in INBOX_KEYS]
    first = keyset_page(inbox_for(user), keys, size=2, total=keyset.Total(0), segments=inbox_segments(user))
    cursor = decode_cursor(first.next_cursor, len(keys))
    assert cursor is not None
    # the page's query as keyset_page builds it, after the first page
    ordered = inbox_for(user)
    ordered = ordered.filter(
        pk__in=keyset._segment_ids(ordered, keys, inbox_segments(user), cursor, False, 2)
    ).filter(keyset._after(keys, cursor, reverse=False))
    nodes = _plan(ordered.order_by(*[k.order() for k in keys])[:3])
    scans = _item_scans(nodes)
    assert not [s for s in scans if s[0] == "Seq Scan"], scans
    inbox_scans = [n for n in nodes if n.get("Index Name") == "workitem_inbox_order"]
    assert inbox_scans, scans
    if cursor[0] == 1:  # past the user's own items: the others, from the cursor on
        assert any("ROW(" in n.get("Index Cond", "") for n in inbox_scans)
    # no sort of the waiting items: only of the at most 2 × (size + 1) rows the segments gave
    for sort in [n for n in nodes if n["Node Type"] == "Sort"]:
        assert sort["Plan Rows"] <= 2 * 3 or all(
            c.get("Index Name") != "workitem_inbox_order" for c in _nodes(sort)
        )


@pytest.mark.postgres
@pytest.mark.parametrize(
    "who", ["head_a", "staff_a", pytest.param("director", marks=pytest.mark.django_db(transaction=True))]
)
def test_inbox_counts_read_no_item_they_need_not(world, elsewhere, who):
    """Each kind's capped count: the lead links of the user's units (a head, staff) or the
    state's range and the pending requests (the director); never a scan of all items. The
    director's rows committed and vacuumed first, as autovacuum leaves a table: the state's
    range is an index-only scan of `workitem_org_state` (which carries the id), and without the
    visibility map this small table's organisation index would look as cheap."""
    user = getattr(world, who)
    if not connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM engine_workitem")
    permissions.actor_context(user)  # the user's roles are read once per request, not here
    captured = []
    with connection.execute_wrapper(
        lambda execute, sql, params, many, context: (
            captured.append((sql, params)),
            execute(sql, params, many, context),
        )[1]
    ):
        inbox_counts(user)
    assert len(captured) == 1
    nodes = _plan(*captured[0])
    scans = _item_scans(nodes)
    assert not [s for s in scans if s[0] == "Seq Scan"], scans
    if who == "director":
        by_state = [  # the (organisation, state) index, or the inbox's partial one
            n
            for n in nodes
            if n.get("Index Name", "").startswith(("engine_work_organis", "workitem_"))
            and "state" in n.get("Index Cond", "") + n.get("Filter", "")
        ]
        assert by_state, scans
    else:
        links = [
            n for n in nodes if n.get("Relation Name") == "engine_workitemunit" and "lead" in json.dumps(n)
        ]
        assert links, scans
