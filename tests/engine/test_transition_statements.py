"""How many SQL statements one work-item transition sends: pinned, so a regression fails here.

Counted around the service call with its commit hooks run (with NOTIFICATIONS_PUSH=in_process
the live push's reads after the commit; with the relay there are none), savepoints not
counted (in a test the service's transaction is a savepoint; in production it is BEGIN …
COMMIT). Two columns: as deployed (flows.sync mirrors the item into
its CompletionReviewFlow process) and with flows.sync unsubscribed. bench/bench_transitions.py
prints the same counts on PostgreSQL; docs/performance.md says where each statement goes.

If a change adds a statement on purpose, raise the number here and say why in the commit.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from engine.events import subscribe, unsubscribe
from engine.services import work_items as svc
from flows.sync import on_domain_event as flows_sync
from tests.engine.test_audit_appended_last import split_trips

# kind: (with flows, without flows); the world's item: lead A, coordinating B, no leader.
# As deployed on PostgreSQL (NOTIFICATIONS_PUSH=relay): the request writes the rows and the
# relay pushes them, so the three reads of the push after the commit (rows with unread
# counts, the item, its viewers) left the transition; and an event's recipients, their
# activity and language are one query (notifications.recipients' `_q` rules), not three.
# With flows the transaction writes one pending-step row (flows.pending) where viewflow's
# activation used to run (6 statements for assign, 21 for report, 24 for accept); start owes
# the process nothing. The relay runs the steps.
# The item's unit links are a column of its lock, and the recipients' query is the SELECT of the
# notification rows' INSERT (h16trans): two statements fewer in every transition.
# Before this (issue 16): 20/13/37/39 with flows, 13/13/15/14 without; then 15/8/32/34 with the
# relay, viewflow still in the request; then 9/8/11/10 and 8/8/10/9 with the pending step; then
# two fewer each (h16trans) and one more each: the UPDATE of the item's unit links (their copy of
# its state, engine.services.work_items.copy_to_links; the unit's lists count from those copies).
# On PostgreSQL that copy is part of the item's own UPDATE (a data-modifying WITH, h16trans3): one
# fewer in every transition there (LINKS_IN_UPDATE below); SQLite still sends it on its own.
# Then one fewer in report and accept (h16trans5): a report reads report periods only for a
# recurring item (only those have periods; the world's item is not one), and an acceptance learns
# whether an extension request is pending from a column of its lock
# (work_items._locked_for_acceptance), not a read of its own.
# Statements, not round trips: on PostgreSQL the audit event's INSERT and the chain head's UPDATE
# are sent together (h16trans6, engine.audit._one_trip), one round trip fewer in every kind, counted
# here as the two statements they are (`split_trips`).
EXPECTED = {
    "assign": (8, 7),
    "start": (7, 7),
    "report": (9, 8),
    "accept": (8, 7),
}
# NOTIFICATIONS_PUSH=in_process (SQLite, `make run`): no relay, so the request still pushes after
# its commit and runs its pending step there too (viewflow's statements, plus the row's INSERT,
# the item's lock, the read of its rows and their DELETE; assign reads the item again, unless its
# review is open, in one query): 18/11/35/37 when viewflow ran inside the transaction; 23/11/39/41
# and 11/11/13/12 before flows.sync._item_open folded its existence check into that read (assign
# −1) and h16trans (every transition −2); one more each for the links' copy of the state.
# Report and accept one fewer each (h16trans5, as above).
EXPECTED_IN_PROCESS = {
    "assign": (21, 10),
    "start": (10, 10),
    "report": (37, 11),
    "accept": (39, 10),
}


# The statements the links' copy saves where it rides in the item's UPDATE (every kind changes the state).
LINKS_IN_UPDATE = 1 if connection.vendor == "postgresql" else 0


def _counted(capture, fn):
    """Run `fn`, then its commit hooks (the push), counting what both send."""
    # The test's outer transaction never commits, so an earlier call's push buffer is still
    # registered; start a fresh one, as each committed transaction does in production.
    connection._dondoc_pending_push = None
    with CaptureQueriesContext(connection) as ctx, capture(execute=True):
        result = fn()
    sql = [q["sql"].lstrip().upper() for q in ctx.captured_queries]
    skipped = ("SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK TO")
    return result, [s for s in split_trips(sql) if not s.startswith(skipped)]


def _cycle(world, capture):
    calls = {
        "assign": lambda i: svc.work_item_assign(item=i, actor=world.secretariat),
        "start": lambda i: svc.work_item_start(item=i, actor=world.staff_a),
        "report": lambda i: svc.work_item_report(item=i, actor=world.head_a, text="Đã hoàn thành."),
        "accept": lambda i: svc.work_item_accept(item=i, actor=world.director),
    }
    # Warm: the actors' permission contexts are cached per user object, as in a request.
    item = world.item(content="Làm nóng")
    for call in calls.values():
        item = call(item)
    item = world.item(content="Đếm câu lệnh")
    counts = {}
    for kind, call in calls.items():
        item, statements = _counted(capture, lambda call=call, item=item: call(item))
        counts[kind] = len(statements)
    return counts


PUSH = pytest.mark.parametrize(
    "push_mode, expected", [("relay", EXPECTED), ("in_process", EXPECTED_IN_PROCESS)]
)


@PUSH
@pytest.mark.django_db
def test_statements_per_transition_with_flows(
    world, django_capture_on_commit_callbacks, settings, push_mode, expected
):
    settings.NOTIFICATIONS_PUSH = push_mode
    counts = _cycle(world, django_capture_on_commit_callbacks)
    assert counts == {kind: pair[0] - LINKS_IN_UPDATE for kind, pair in expected.items()}


@PUSH
@pytest.mark.django_db
def test_statements_per_transition_without_flows(
    world, django_capture_on_commit_callbacks, settings, push_mode, expected
):
    settings.NOTIFICATIONS_PUSH = push_mode
    unsubscribe(flows_sync)
    try:
        counts = _cycle(world, django_capture_on_commit_callbacks)
    finally:
        subscribe(flows_sync)
    assert counts == {kind: pair[1] - LINKS_IN_UPDATE for kind, pair in expected.items()}


@pytest.mark.django_db
def test_a_transition_writes_only_the_columns_it_changes(world, django_capture_on_commit_callbacks):
    item = world.item_in("in_progress")
    _moved, statements = _counted(
        django_capture_on_commit_callbacks,
        lambda: svc.work_item_report(item=item, actor=world.head_a, text="Đã hoàn thành."),
    )
    # On PostgreSQL the statement starts with the links' copy (WITH LINKS AS (UPDATE …)).
    (update,) = [
        s.partition('UPDATE "ENGINE_WORKITEM"')[2] for s in statements if 'UPDATE "ENGINE_WORKITEM"' in s
    ]
    assigned = update.split(" WHERE ")[0]
    for column in ("STATE", "VERSION", "UPDATED_AT", "REPORTED_AT", "DUE_DATE_AT_REPORT"):
        assert f'"{column}" =' in assigned
    for column in ("CONTENT", "SEARCH_TEXT", "DUE_DATE", "ASSIGNED_AT", "ORGANISATION_ID"):
        assert f'"{column}" =' not in assigned
    # …and the state guard of ConcurrentTransitionMixin is still in the WHERE clause.
    assert "\"STATE\" = 'IN_PROGRESS'" in update.split(" WHERE ")[1]
