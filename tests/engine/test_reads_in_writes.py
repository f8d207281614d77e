"""The reads a transition sends inside its transaction: which there are, and that those folded away
still give the same result where they matter (h16trans5).

A report reads report periods only for a recurring item (only those have periods); an acceptance
learns whether an extension request is pending from a column of the item's lock. Both are counted
here by what they read, beside tests that the period is still submitted and the request still
withdrawn. And a change that does not move the item's version (a progress note) reads the item's
unit links again when its lock may have waited behind an edit of them (PostgreSQL).
"""

import re
import threading
import time
from datetime import date

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from engine.events import subscribe, unsubscribe
from engine.models import AuditEvent, ExtensionRequest, ReportPeriod, WorkItem, WorkItemUnit
from engine.services import work_items as svc
from engine.services.extensions import extension_request
from flows.sync import on_domain_event as flows_sync
from tests.factories import advance


def _reads(fn) -> tuple[object, list[str]]:
    """`fn()`'s result and the table each SELECT it sent reads (its outer FROM: a subquery's aside)."""
    with CaptureQueriesContext(connection) as ctx:
        result = fn()
    reads = []
    for query in ctx.captured_queries:
        sql = query["sql"].lstrip().upper()
        if not sql.startswith("SELECT"):
            continue
        while (outer := re.sub(r"\([^()]*\)", "", sql)) != sql:
            sql = outer
        reads.append(sql.split(" FROM ", 1)[1].split()[0].strip('"'))
    return result, reads


@pytest.fixture
def no_flows():
    unsubscribe(flows_sync)
    yield
    subscribe(flows_sync)


# Without flows, every transition of an ordinary item reads two rows: the item (locked, its links
# and, for an acceptance, whether an extension is pending, in the same statement) and the
# organisation's chain head (locked, for the audit append at the end).
READS = {
    kind: ["ENGINE_WORKITEM", "ENGINE_AUDITCHAINHEAD"] for kind in ("assign", "start", "report", "accept")
}


@pytest.mark.django_db
def test_a_transition_reads_the_item_and_the_chain_head_only(world, no_flows):
    world.item_in("accepted")  # warm: the compiled shapes, the actors' permission contexts
    item = world.item_in("drafted")
    found = {}
    for kind in ("assign", "start", "report", "accept"):
        item, found[kind] = _reads(lambda kind=kind, item=item: advance(world, item, kind))
    assert found == READS
    assert item.state == WorkItem.State.ACCEPTED


@pytest.mark.django_db
def test_a_recurring_items_report_reads_and_submits_its_period(world, no_flows):
    item = world.item_in("in_progress")
    WorkItem.objects.filter(pk=item.pk).update(recurrence=WorkItem.Recurrence.MONTHLY)
    item.refresh_from_db()
    past = ReportPeriod.objects.create(
        work_item=item,
        period_start=date(2020, 1, 1),
        period_end=date(2020, 1, 31),
        due_date=date(2020, 2, 20),
    )
    later = ReportPeriod.objects.create(
        work_item=item,
        period_start=date(2020, 2, 1),
        period_end=date(2020, 2, 29),
        due_date=date(2020, 3, 20),
    )
    note = svc.work_item_add_report(item=item, actor=world.staff_a, text="Tháng 1 xong.")
    past.refresh_from_db()
    later.refresh_from_db()
    assert past.submitted_report_id == note.pk and past.submitted_at is not None
    assert later.submitted_at is None  # one report submits the earliest open period only
    moved, reads = _reads(lambda: svc.work_item_report(item=item, actor=world.head_a, text="Xong."))
    assert "ENGINE_REPORTPERIOD" in reads
    later.refresh_from_db()
    assert later.submitted_at is not None
    audit = AuditEvent.objects.get(work_item=moved, verb="work_item.report")
    assert audit.changes["report_period"] == later.pk


@pytest.mark.django_db
def test_a_period_not_begun_is_not_submitted(world, no_flows):
    item = world.item_in("in_progress")
    WorkItem.objects.filter(pk=item.pk).update(recurrence=WorkItem.Recurrence.QUARTERLY)
    item.refresh_from_db()
    future = ReportPeriod.objects.create(
        work_item=item,
        period_start=date(2999, 1, 1),
        period_end=date(2999, 3, 31),
        due_date=date(2999, 4, 20),
    )
    svc.work_item_add_report(item=item, actor=world.staff_a, text="Đang làm.")
    future.refresh_from_db()
    assert future.submitted_at is None


@pytest.mark.django_db
def test_an_acceptance_withdraws_a_pending_request_known_from_its_lock(world, no_flows):
    item = world.item_in("in_progress")
    asked = extension_request(
        item=item, actor=world.head_a, new_due_date=date(2026, 6, 30), reason="Chờ số liệu"
    )
    item = advance(world, WorkItem.objects.get(pk=item.pk), "report")
    _accepted, reads = _reads(lambda: advance(world, item, "accept"))
    asked.refresh_from_db()
    assert asked.state == ExtensionRequest.State.WITHDRAWN
    assert "ENGINE_EXTENSIONREQUEST" in reads  # the withdrawal locks the request it found
    verbs = list(AuditEvent.objects.filter(work_item=item).order_by("seq").values_list("verb", flat=True))
    assert verbs[-2:] == ["work_item.accept", "extension.withdraw"]


@pytest.mark.django_db
def test_a_cancellation_still_reads_the_pending_requests(world, no_flows):
    """A cancellation may come while the item is in progress, when a request can be made: it reads."""
    item = world.item_in("in_progress")
    _cancelled, reads = _reads(lambda: svc.work_item_cancel(item=item, actor=world.director, reason="Thôi"))
    assert "ENGINE_EXTENSIONREQUEST" in reads


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_progress_note_after_a_lock_wait_sees_the_units_as_committed():
    """A progress note leaves the item's version alone, so no version check tells it that its copy
    is old. Its lock's statement reads the unit links with the snapshot it began with; when it waits
    for the row lock behind an edit of the units (here one transaction stands for the edit, the
    assignment and the start that could queue ahead of it), the row it gets is the new one but the
    links would be those from before. The service reads the links again when the row's version is
    not the caller's: the new lead unit's member may write, and the audit names the new lead."""
    from tests.factories import build_world

    world = build_world("rw")
    item = world.item_in("drafted")
    copy = WorkItem.objects.get(pk=item.pk)
    locked, release, done = threading.Event(), threading.Event(), threading.Event()
    outcome: dict = {}

    def hold_and_edit():
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SELECT id FROM engine_workitem WHERE id = %s FOR UPDATE", [item.pk])
                cursor.execute(
                    "DELETE FROM engine_workitemunit WHERE work_item_id = %s AND unit_id = %s",
                    [item.pk, world.unit_a.pk],
                )
                cursor.execute(
                    "UPDATE engine_workitemunit SET role = %s WHERE work_item_id = %s AND unit_id = %s",
                    [WorkItemUnit.Role.LEAD, item.pk, world.unit_b.pk],
                )
                cursor.execute(
                    "UPDATE engine_workitem SET state = 'in_progress', version = version + 2 WHERE id = %s",
                    [item.pk],
                )
                locked.set()
                release.wait(30)
        finally:
            connection.close()

    def note():
        try:
            outcome["report"] = svc.work_item_add_report(item=copy, actor=world.staff_b, text="Đã họp.")
        except Exception as error:
            outcome["error"] = error
        finally:
            connection.close()
            done.set()

    holder = threading.Thread(target=hold_and_edit)
    holder.start()
    assert locked.wait(30)
    writer = threading.Thread(target=note)
    writer.start()
    deadline = time.monotonic() + 30
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:  # the note's lock statement has begun and waits
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND wait_event_type = 'Lock'"
            )
            if cursor.fetchone()[0]:
                break
            time.sleep(0.02)
        else:
            pytest.fail("the progress note never waited for the row lock")
    release.set()
    holder.join(30)
    assert done.wait(30)
    writer.join(30)
    assert "error" not in outcome, outcome.get("error")
    event = AuditEvent.objects.get(work_item_id=item.pk, verb="work_item.progress")
    assert event.unit_id == world.unit_b.pk
