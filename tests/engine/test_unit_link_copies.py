"""The unit links' copies of their item's state and deadline (`WorkItemUnit.item_state`,
`item_due_date`): right after any history the services allow (randomised), after publication, an
import, the demo year and the migration's fill; the rows counted from them are the rule table's
for every person; on PostgreSQL the counts read the copies' index and fetch no item."""

import contextlib
from datetime import date, timedelta

import pytest
from django.apps import apps
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine import permissions
from engine.exceptions import DomainError
from engine.models import Programme, WorkItem, WorkItemUnit
from engine.selectors.inbox import inbox_counts
from engine.selectors.keyset import capped_count
from engine.selectors.work_items import linked_ids, stale_link_copies, work_item_list, work_item_total
from engine.services import extensions as ext
from engine.services import work_items as svc
from engine.services.programmes import programme_publish, programme_submit, work_item_create
from engine.services.work_items_bulk import work_items_bulk
from tests.engine import test_lists_driven as driven
from tests.engine.test_lists_driven import ACTING, PEOPLE, STATES, _item_scans, _plan

spread, elsewhere = driven.spread, driven.elsewhere  # the same worlds as the lists' tests

pytestmark = pytest.mark.django_db

STEPS = [
    "assign",
    "start",
    "report",
    "accept",
    "return",
    "cancel",
    "reopen",
    "extend",
    "edit_due",
    "edit_units",
    "delegate",
    "bulk_accept",
    "request_and_grant",
]


def _step(world, item: WorkItem, step: str, n: int) -> None:
    item = WorkItem.objects.get(pk=item.pk)
    later = (item.due_date or date(2026, 6, 1)) + timedelta(days=1 + n % 30)
    if step == "assign":
        svc.work_item_assign(item=item, actor=world.secretariat)
    elif step == "start":
        svc.work_item_start(item=item, actor=world.staff_a)
    elif step == "report":
        svc.work_item_report(item=item, actor=world.head_a, text="Đã hoàn thành.")
    elif step == "accept":
        svc.work_item_accept(item=item, actor=world.director)
    elif step == "return":
        svc.work_item_return(item=item, actor=world.director, reason="Thiếu minh chứng.")
    elif step == "cancel":
        svc.work_item_cancel(item=item, actor=world.director, reason="Không còn phù hợp.")
    elif step == "reopen":
        svc.work_item_reopen(item=item, actor=world.director, reason="Cần bổ sung.")
    elif step == "extend":
        svc.work_item_extend_deadline(item=item, actor=world.director, new_due_date=later, reason="Gia hạn.")
    elif step == "edit_due":  # a drafted item's deadline, cleared every third time
        svc.work_item_update(
            item=item, actor=world.secretariat, data={"due_date": None if n % 3 == 0 else later}
        )
    elif step == "edit_units":  # new links take the item's copies
        units = [world.unit_a, world.unit_b, world.unit_c]
        svc.work_item_update(
            item=item,
            actor=world.secretariat,
            data={},
            lead_units=[units[n % 3]],
            coordinating_units=[units[(n + 1) % 3]],
        )
    elif step == "delegate":
        svc.work_item_delegate(item=item, actor=world.head_a, assignee=world.staff_a)
    elif step == "bulk_accept":
        work_items_bulk(actor=world.director, action="accept", item_ids=[item.pk])
    elif step == "request_and_grant":
        request = ext.extension_request(
            item=item, actor=world.head_a, new_due_date=later, reason="Chờ số liệu."
        )
        ext.extension_grant(extension=request, actor=world.director)


def _assert_copies_right():
    stale = list(stale_link_copies().values("work_item_id", "item_state", "item_due_date"))
    assert stale == []
    assert WorkItemUnit.objects.exists()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=st.lists(st.tuples(st.integers(0, 2), st.sampled_from(STEPS)), min_size=1, max_size=14))
def test_the_copies_follow_the_item_through_any_history(world, history):
    items = [world.item(content=f"Việc {n}", due=date(2026, 3, 1) + timedelta(days=n)) for n in range(3)]
    for n, (which, step) in enumerate(history):
        with contextlib.suppress(DomainError):  # not allowed in the item's state: nothing changed
            _step(world, items[which], step, n)
        _assert_copies_right()


def test_a_path_that_forgets_the_copy_is_caught(world):
    """The check itself can fail: an item changed behind the services' back."""
    item = world.item_in("assigned")
    WorkItem.objects.filter(pk=item.pk).update(due_date=date(2027, 1, 1))
    assert [link.work_item_id for link in stale_link_copies()] == [item.pk, item.pk]


def test_refresh_oversight_repairs_copies_a_hand_made_change_left_stale(world):
    from io import StringIO

    from django.core.management import call_command

    item = world.item_in("assigned")
    other = world.item_in("in_progress")
    WorkItem.objects.filter(pk=item.pk).update(due_date=date(2027, 1, 1), state="in_progress")
    out = StringIO()
    call_command("refresh_oversight", stdout=out)
    assert "2 unit links re-copied" in out.getvalue()
    _assert_copies_right()
    links = WorkItemUnit.objects.filter(work_item=item)
    assert {(link.item_state, link.item_due_date) for link in links} == {("in_progress", date(2027, 1, 1))}
    assert set(WorkItemUnit.objects.filter(work_item=other).values_list("item_state", flat=True)) == {
        "in_progress"
    }
    assert svc.link_copies_repair() == 0


def test_publication_copies_the_assigned_state_and_new_links_take_the_item(world):
    items = [world.item(content=f"Việc {n}") for n in range(3)]
    work_item_create(
        programme=world.programme, actor=world.secretariat, content="Không hạn", lead_units=[world.unit_c]
    )
    programme_submit(programme=world.programme, actor=world.secretariat)
    programme_publish(programme=Programme.objects.get(pk=world.programme.pk), actor=world.director)
    assert set(WorkItemUnit.objects.filter(work_item__in=items).values_list("item_state", flat=True)) == {
        "assigned"
    }
    _assert_copies_right()


def test_the_migration_fills_every_copy(world):
    from importlib import import_module

    fill = import_module("engine.migrations.0021_unit_link_copies").fill_copies
    world.item_in("in_progress")
    world.item(due=None)
    WorkItemUnit.objects.update(item_state="drafted", item_due_date=date(2000, 1, 1))
    assert stale_link_copies().exists()
    fill(apps, None)
    _assert_copies_right()


def test_the_demo_year_and_an_import_leave_the_copies_right(db):
    """The demo's programmes are imported, approved and driven through a year (publication,
    transitions, extensions, dated steps): every copy still its item's."""
    from engine.demo import seed_demo
    from engine.demo_drive import drive_demo
    from engine.demo_programmes import seed_programmes

    organisations, _people = seed_demo("x")
    seed_programmes()
    _assert_copies_right()  # the imports: drafted items, their deadlines
    drive_demo(organisations, today=date(2026, 7, 1), limit=40)
    assert WorkItemUnit.objects.filter(item_state="in_progress").exists()
    assert WorkItemUnit.objects.filter(item_state="accepted").exists()
    _assert_copies_right()


# --- the rows counted from the copies ---------------------------------------------------


def _ids(queryset) -> set[int]:
    return set(queryset)


def test_the_copies_count_the_rule_tables_rows(world, spread):
    """`linked_ids`: visible and actionable, per state, exactly what `permissions.can` allows, the
    org-wide roles' (from the organisation's states) too."""
    items = list(WorkItem.objects.filter(pk__in=[i.pk for i in spread]).prefetch_related("unit_links"))
    for who in PEOPLE:
        user = getattr(world, who)
        visible = {i.pk for i in items if permissions.can(user, "view", i)}
        acting = {i.pk for i in items if any(permissions.can(user, a, i) for a in ACTING)}
        state_of = {i.pk: i.state for i in items}
        assert _ids(linked_ids(user, scope="all")) == visible, who
        assert _ids(linked_ids(user, scope="actionable")) == acting, who
        for state in STATES:
            assert _ids(linked_ids(user, scope="all", state=state)) == {
                pk for pk in visible if state_of[pk] == state
            }, (who, state)
            assert _ids(linked_ids(user, scope="actionable", state=state)) == {
                pk for pk in acting if state_of[pk] == state
            }, (who, state)
        total = work_item_total(user, scope="all")
        assert (total.count, total.exact) == (len(visible), True)


def test_a_filter_the_copies_do_not_hold_counts_the_items(world, spread):
    """The unit filter (or a search) needs the item's columns: the total is the counted form's."""
    user = world.staff_a
    expected = capped_count(
        WorkItem.objects.filter(pk__in=linked_ids(user)).filter(unit_links__unit=world.unit_c)
    )
    assert work_item_total(user, scope="all", unit_id=world.unit_c.pk).count == expected.count


# --- plans (PostgreSQL) ------------------------------------------------------------------


def _link_indexes(nodes) -> list:
    """The index each read of the links goes through (a bitmap scan: its bitmap's)."""
    found = []
    for n in nodes:
        if n.get("Relation Name") != "engine_workitemunit":
            continue
        if n["Node Type"] == "Bitmap Heap Scan":
            found += [c.get("Index Name") for c in driven._nodes(n) if c["Node Type"] == "Bitmap Index Scan"]
        else:
            found.append(n.get("Index Name"))
    return found


@pytest.mark.postgres
@pytest.mark.parametrize(("who", "scope"), [("staff_a", "all"), ("head_a", "actionable")])
def test_the_unit_lists_total_reads_the_copies_and_no_item(world, elsewhere, who, scope):
    user = getattr(world, who)
    nodes = _plan(linked_ids(user, scope=scope)[:10001])
    assert set(_link_indexes(nodes)) == {"workitemunit_copies"}, _link_indexes(nodes)
    # the user's own items by their foreign keys; an item by its key only for a share (its
    # organisation); no linked item fetched
    appended = next(n for n in nodes if n["Node Type"] == "Append")
    for part in appended["Plans"]:
        inside = list(driven._nodes(part))
        if any(n.get("Relation Name") == "engine_workitemuserobjectpermission" for n in inside):
            continue
        assert {s[1] for s in _item_scans(inside)} <= {
            "engine_workitem_assignee_id_098b5316",
            "engine_workitem_leader_id_5b8cb214",
        }, _item_scans(inside)


@pytest.mark.postgres
def test_the_heads_inbox_counts_read_the_copies_and_no_item(world, elsewhere):
    user = world.head_a
    permissions.actor_context(user)
    captured = []
    with connection.execute_wrapper(
        lambda execute, sql, params, many, context: (
            captured.append((sql, params)),
            execute(sql, params, many, context),
        )[1]
    ):
        counts = inbox_counts(user)
    assert len(captured) == 1 and counts["start"].count > 0
    nodes = _plan(*captured[0])
    assert set(_link_indexes(nodes)) == {"workitemunit_copies"}, _link_indexes(nodes)
    assert "engine_workitem_pkey" not in {s[1] for s in _item_scans(nodes)}, _item_scans(nodes)


@pytest.mark.postgres
@pytest.mark.parametrize("scope", ["all", "actionable"])
def test_the_directors_total_reads_the_states_index_and_stops_at_the_cap(world, elsewhere, scope):
    """The org-wide roles' total: the organisation's items by the `(organisation, state)` index or
    the organisation's (the director's own by the assignee's), parts appended without a `UNION`'s
    gathering (their states do not meet), so the LIMIT stops the count; no walk of the list's
    order, no sequential scan."""
    user = world.director
    nodes = _plan(linked_ids(user, scope=scope)[:10001])
    scans = _item_scans(nodes)
    assert scans and not [s for s in scans if s[0] == "Seq Scan"], scans
    assert {s[1] for s in scans} <= {
        "workitem_org_state",
        "engine_workitem_organisation_id_c0fefbaf",
        "engine_workitem_assignee_id_098b5316",
    }, scans
    assert not [n for n in nodes if n["Node Type"] in ("HashAggregate", "Unique", "Sort")], nodes
    total = work_item_total(user, scope=scope)
    assert total.count == capped_count(work_item_list(user, scope=scope, driven=True)).count


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_directors_actionable_total_counts_the_reported_items_from_the_index_alone(world, elsewhere):
    """The reported items' part of the director's actionable total is read from `workitem_org_state`
    alone, which carries the id (`INCLUDE (id)`): an index-only scan, no reported item's row fetched
    (a `UNION ALL` branch keeps its id column, so without the id in the index PostgreSQL reads every
    row: 8.7 ms at 10⁵ items against 1.6 ms, docs/performance.md). Committed rows and a `VACUUM`
    first, as autovacuum leaves a table: an index-only scan needs the visibility map."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM engine_workitem")
    nodes = _plan(linked_ids(world.director, scope="actionable")[:10001])
    reported = [
        (n["Node Type"], n.get("Index Name"))
        for n in nodes
        if n.get("Relation Name") == "engine_workitem" and "'reported'" in n.get("Index Cond", "")
    ]
    assert reported == [("Index Only Scan", "workitem_org_state")], _item_scans(nodes)
