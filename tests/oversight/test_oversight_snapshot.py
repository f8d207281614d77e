"""Stored oversight figures (engine.services.oversight_snapshot) equal the live computation.

The delay register's stored rows and the dashboard's stored counts are compared with
`delay_register_rows` and the dashboard's figures computed from the items
(`tests.oversight.dashboard_reference`) on the snapshot's day, across day, month and quarter
boundaries, transitions, extensions, waivers and report periods; then what a user sees between
refreshes (the figures of the snapshot, "Số liệu lúc …"), the query counts, the refresh queue and
PostgreSQL's plan of the register page.
"""

import contextlib
import io
import json
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from engine.deadlines.calendar import calendar_for
from engine.events import DomainEvent
from engine.models import DashboardCount, OversightSnapshot, RegisterEntry, WorkItem
from engine.selectors.dashboard import dashboard_data, dashboard_stored
from engine.selectors.delay_register import STORED_SORTS, delay_register_rows, stored_register_rows
from engine.services import oversight_snapshot as snap
from engine.services import work_items as svc
from engine.services.report_periods import report_periods_ensure
from engine.services.waivers import delay_waiver_grant
from tests.factories import advance
from tests.oversight.dashboard_reference import dashboard_reference
from tests.oversight.scenario import at, build

pytestmark = pytest.mark.django_db

PERIODS = [
    (date(2026, 1, 1), date(2026, 3, 31)),  # Q1
    (date(2026, 3, 1), date(2026, 3, 31)),  # a month
    (date(2026, 3, 17), date(2026, 3, 17)),  # one day
    (date(2026, 4, 1), date(2026, 6, 30)),  # Q2: only what was still overdue when it began
    (date(2026, 1, 1), date(2026, 12, 31)),  # the year
]


def _live_keys(org_id, start, end, today, **filters):
    return [
        (v["id"], v["status_class"], v["kind"], v["days_late"])
        for v in delay_register_rows(org_id, start=start, end=end, today=today, **filters)[0:None]
    ]


def _stored_keys(org_id, start, end, **filters):
    rows = stored_register_rows(org_id, start=start, end=end, **filters)
    keys = rows.keys(0, 10**6)
    assert rows.count() == len(keys)
    return keys


def assert_register_equal(world, today):
    """Refreshed on `today`, the stored register equals the live one for every period, sort and filter."""
    org_id = world.org.pk
    filters = [
        {"unit_id": world.unit_a.pk},
        {"unit_id": world.unit_c.pk},
        {"leader_id": world.deputy_other.pk},
        {"programme_id": world.programme.pk},
    ]
    cases = [(period, sort, {}) for period in PERIODS for sort in STORED_SORTS]
    cases += [(period, "-days_late", f) for period in (PERIODS[0], PERIODS[-1]) for f in filters]
    compared = 0
    for (start, end), sort, f in cases:
        live = _live_keys(org_id, start, end, today, sort=sort, **f)
        assert _stored_keys(org_id, start, end, sort=sort, **f) == live, (start, end, sort, f)
        compared += len(live)
    return compared


def assert_dashboard_equal(world, today):
    org_id = world.org.pk
    for programme_id in (None, world.programme.pk):
        stored = dashboard_stored(org_id, programme_id=programme_id)
        assert stored.pop("as_of")
        assert stored == dashboard_reference(org_id, today=today, programme_id=programme_id)
        assert stored == dashboard_data(org_id, today=today, programme_id=programme_id)


def refresh_and_compare(world, day: str) -> int:
    with at(day, hour=7):
        today = timezone.localdate()
        snap.oversight_refresh(world.org.pk)
        compared = assert_register_equal(world, today)
        assert_dashboard_equal(world, today)
    return compared


def test_stored_figures_equal_the_live_ones_across_days_months_and_transitions(world):
    s = build(world)
    # Day crossings around the deadlines (05/03, 06/03, 10/03, 16/03) and a quarter's end.
    compared = 0
    for day in (
        "2026-03-05",
        "2026-03-06",
        "2026-03-16",
        "2026-03-17",
        "2026-03-31",
        "2026-04-01",
        "2026-05-02",
    ):
        compared += refresh_and_compare(world, day)
    assert compared > 100  # the comparison saw rows, not empty registers
    # Transitions: the overdue item reported late, then accepted; one returned; a new overdue one.
    with at("2026-04-02"):
        overdue = svc.work_item_report(item=s.overdue, actor=world.head_a, text="Đã xong.")
        fresh = world.item_in("assigned", content="Mới giao", due=date(2026, 3, 30))
    refresh_and_compare(world, "2026-04-02")
    with at("2026-04-06"):
        overdue = advance(world, overdue, "return")
        advance(world, fresh, "cancel")
    refresh_and_compare(world, "2026-04-06")
    # An extension after the deadline, a waiver, an acceptance after the month's end.
    with at("2026-04-07"):
        svc.work_item_extend_deadline(
            item=s.other_unit, actor=world.director, new_due_date=date(2026, 4, 30), reason="Chờ Bộ."
        )
        delay_waiver_grant(item=overdue, actor=world.inspectorate, reason="Thiếu nhân lực.")
    refresh_and_compare(world, "2026-04-07")
    with at("2026-05-04"):
        advance(world, svc.work_item_report(item=overdue, actor=world.head_a, text="Lần 2."), "accept")
    refresh_and_compare(world, "2026-05-04")
    assert RegisterEntry.objects.filter(organisation_id=world.org.pk).exists()


def test_recurring_items_are_judged_by_their_next_report_period(world):
    with at("2026-01-05"):
        monthly = world.item_in("in_progress", due=date(2026, 12, 31), recurrence=WorkItem.Recurrence.MONTHLY)
        world.item_in("in_progress", content="Một lần", due=date(2026, 2, 10))
        report_periods_ensure(world.org.pk, calendar_for(world.org.pk))
    # The first report falls due in January; past it the item is overdue although its own deadline is not.
    for day in ("2026-01-19", "2026-01-21", "2026-02-11"):
        refresh_and_compare(world, day)
    with at("2026-02-12"):
        svc.work_item_report(item=monthly, actor=world.head_a, text="Báo cáo tháng 1.")
    refresh_and_compare(world, "2026-02-12")
    with at("2026-02-12"):
        classes = {row["code"] for row in dashboard_stored(world.org.pk)["by_status_class"]}
    assert "in_progress_overdue" in classes


def test_between_refreshes_the_pages_show_the_snapshot_and_when_it_was_taken(world, client):
    s = build(world)
    client.force_login(world.inspectorate)
    q1 = {"kind": "quarter", "year": 2026, "number": 1}
    with at("2026-03-16", hour=8):
        snap.oversight_refresh(world.org.pk)
    with at("2026-03-17", hour=8):
        # A day later, before the next refresh: the overdue item is still "due today" in the stored
        # figures (not in the register), and the page says the figures are from 08:00 yesterday.
        body = client.get(reverse("delay_register"), q1).content.decode()
        assert "Số liệu lúc 08:00 16/03/2026" in body
        assert s.overdue.content not in body
        data = client.get(reverse("dashboard_data")).json()
        assert data["today"] == "2026-03-16" and data["as_of_label"] == "Số liệu lúc 08:00 16/03/2026"
        assert snap.oversight_refresh_due() == [world.org.pk]  # a date crossing: refreshed
        body = client.get(reverse("delay_register"), q1).content.decode()
        assert "Số liệu lúc 08:00 17/03/2026" in body and s.overdue.content in body
        assert client.get(reverse("dashboard_data")).json()["today"] == "2026-03-17"
        assert snap.oversight_refresh_due() == []  # fresh: nothing to do


def test_without_a_snapshot_the_pages_read_the_live_figures(world, client):
    build(world)
    client.force_login(world.director)
    with at("2026-03-25"):
        data = client.get(reverse("dashboard_data")).json()
        assert data["as_of_label"] == "" and data == {
            **dashboard_data(world.org.pk, today=date(2026, 3, 25)),
            "as_of_label": "",
        }
        assert data == {**dashboard_reference(world.org.pk, today=date(2026, 3, 25)), "as_of_label": ""}
        body = client.get(reverse("delay_register"), {"kind": "quarter", "year": 2026, "number": 1}).content
    assert "Số liệu lúc".encode() not in body


def _grow(world, n: int) -> None:
    """n more late items (overdue, late and extended) straight in the table: the count is the point."""
    item = WorkItem.objects.filter(organisation=world.org, state="in_progress").first()
    clones = []
    for i in range(n):
        item.pk = None
        item.ref = f"9.{i}"
        item.due_date = date(2026, 3, 2) + timedelta(days=i % 20)
        item.original_due_date = item.due_date - timedelta(days=i % 3)
        clones.append(
            WorkItem(**{f.attname: getattr(item, f.attname) for f in WorkItem._meta.concrete_fields})
        )
    WorkItem.objects.bulk_create(clones)


def test_query_counts_do_not_grow_with_the_items(world, client, django_assert_num_queries):
    build(world)
    q1 = {"kind": "quarter", "year": 2026, "number": 1}
    inspector, director = client, type(client)()
    inspector.force_login(world.inspectorate)
    director.force_login(world.director)
    counts = []
    for grow in (0, 60):
        _grow(world, grow)
        with at("2026-03-25"):
            snap.oversight_refresh(world.org.pk)
            with django_assert_num_queries(18) as register:
                assert inspector.get(reverse("delay_register"), q1).status_code == 200
            with django_assert_num_queries(10) as dashboard:
                assert director.get(reverse("dashboard_data")).status_code == 200
        counts.append((len(register.captured_queries), len(dashboard.captured_queries)))
    assert counts[0] == counts[1]


def test_a_change_queues_one_refresh_after_its_commit(
    world, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.OVERSIGHT_REFRESH_DELAY_SECONDS = 30
    queued = []
    monkeypatch.setattr(
        snap, "queue_now", lambda path, *args, **kw: queued.append((path, args, kw["countdown"]))
    )
    with django_capture_on_commit_callbacks(execute=True):
        item = world.item_in("in_progress", due=date(2026, 3, 10))
    with django_capture_on_commit_callbacks(execute=True):
        item = advance(world, item, "report")
    # Many events, one refresh waiting: the cache key holds the others back.
    assert queued == [("engine.tasks.oversight_refresh_one_task", (world.org.pk,), 30)]
    snap.oversight_refresh_queued(world.org.pk)  # what the task runs: clears the key, refreshes
    assert OversightSnapshot.objects.filter(organisation_id=world.org.pk).exists()
    with django_capture_on_commit_callbacks(execute=True):
        advance(world, item, "accept")
    assert len(queued) == 2


def test_a_refresh_this_process_queued_is_remembered_for_half_its_delay(settings, monkeypatch):
    """While the refresh this process sent to the broker cannot have started (half its countdown),
    later events skip the cache's round trip; then they ask the cache again. A refresh that ran
    here (no broker, eager, or the fallback) is not remembered."""
    settings.OVERSIGHT_REFRESH_DELAY_SECONDS = 30
    clock = [1000.0]
    added, queued = [], []
    monkeypatch.setattr(snap.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(
        snap, "cache", SimpleNamespace(add=lambda key, value, timeout: added.append(key) or len(added) == 1)
    )
    monkeypatch.setattr(snap, "queue_now", lambda path, *args, **kw: queued.append(args) or True)
    for _ in range(5):
        snap.oversight_refresh_soon(7)
    assert (len(added), queued) == (1, [(7,)])
    clock[0] += 14.9
    snap.oversight_refresh_soon(7)
    assert len(added) == 1
    clock[0] += 0.2  # half the delay has passed: the cache decides again (the key is still there)
    snap.oversight_refresh_soon(7)
    snap.oversight_refresh_soon(8)  # another organisation was never remembered
    assert len(added) == 3 and queued == [(7,)]

    snap.queued_here_forget()
    added.clear()
    monkeypatch.setattr(
        snap, "cache", SimpleNamespace(add=lambda key, value, timeout: added.append(key) or True)
    )
    monkeypatch.setattr(snap, "queue_now", lambda path, *args, **kw: False)  # ran here: not remembered
    snap.oversight_refresh_soon(7)
    snap.oversight_refresh_soon(7)
    assert len(added) == 2


def test_queue_now_says_whether_a_broker_took_the_task(settings):
    from engine.background import queue_now

    ran = []
    assert queue_now("engine.tasks.no_such_task", fallback=lambda: ran.append(1), what="x") is False
    assert ran == [1]


def test_the_events_of_one_transaction_queue_one_refresh(
    world, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """A publication emits an event per item: one callback after the commit, not one per event
    (without a broker each would be a whole refresh in the request). A callback dropped with a
    rolled-back savepoint is registered again by the next event."""
    settings.OVERSIGHT_REFRESH_DELAY_SECONDS = 30
    soon = []
    monkeypatch.setattr(snap, "oversight_refresh_soon", soon.append)
    event = DomainEvent(kind="work_item.assigned", organisation_id=world.org.pk, actor_id=None)
    other = DomainEvent(kind="work_item.assigned", organisation_id=world.org.pk + 1000, actor_id=None)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with contextlib.suppress(RuntimeError), transaction.atomic():
            snap.refresh_after_event(event)
            raise RuntimeError
        for _ in range(300):
            snap.refresh_after_event(event)
        snap.refresh_after_event(other)
    assert len(callbacks) == 2
    assert soon == [world.org.pk, world.org.pk + 1000]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        snap.refresh_after_event(event)
    assert len(callbacks) == 1  # the next transaction queues its own


def test_the_refresh_is_beat_scheduled(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "engine.oversight_refresh" in tasks


def test_a_refresh_replaces_the_rows_of_its_organisation_only(world):
    build(world)
    with at("2026-03-25"):
        out = io.StringIO()
        call_command("refresh_oversight", "--due", stdout=out)  # cron's spelling of beat's task
        assert f"organisation {world.org.pk}: " in out.getvalue()
        before = DashboardCount.objects.filter(organisation_id=world.org.pk).count()
        snap.oversight_refresh(world.org.pk)
        assert DashboardCount.objects.filter(organisation_id=world.org.pk).count() == before > 0
        assert set(RegisterEntry.objects.values_list("organisation_id", flat=True)) == {world.org.pk}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's plan")
def test_register_page_is_an_index_range_without_a_sort(world):
    """The page query can walk `register_entry_days_late` in the page's order from the
    organisation's first entry and stop after a page: no Sort, no other table. (A test's few rows
    make a sort cheap, so sorting is priced out as the 10⁵ rows of an organisation-year would:
    the plan must still be there without it.)"""
    build(world)
    with at("2026-03-25"):
        snap.oversight_refresh(world.org.pk)
    rows = stored_register_rows(world.org.pk, start=date(2026, 1, 1), end=date(2026, 3, 31))
    page = rows.entries.order_by(*rows.order).values_list("work_item_id", "status_class", "kind", "days_late")
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("SET enable_sort = off")
    try:
        plan = json.loads(page[:50].explain(format="json"))[0]["Plan"]
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET enable_seqscan")
            cursor.execute("RESET enable_sort")

    def nodes(node):
        yield node
        for child in node.get("Plans", []):
            yield from nodes(child)

    found = list(nodes(plan))
    kinds = [n["Node Type"] for n in found]
    assert kinds[0] == "Limit" and "Sort" not in kinds and "Incremental Sort" not in kinds, kinds
    scans = [
        (n["Node Type"], n.get("Relation Name"), n.get("Index Name"))
        for n in found
        if "Scan" in n["Node Type"]
    ]
    assert scans == [("Index Scan", "engine_registerentry", "register_entry_days_late")], scans
    assert found[1]["Index Cond"] == f"(organisation_id = {world.org.pk})"
    assert list(page) == list(page[:50])  # the page is the register's head in that order
