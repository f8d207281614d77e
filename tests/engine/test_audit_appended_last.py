"""A change appends its audit events at its end (engine.audit.appended_last): the organisation's
chain head is locked after the subscribers' writes, for the append and the commit only; the events,
their order and the chain are what they were."""

from datetime import date

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from engine.audit import appended_last, audit_record, audit_verify
from engine.models import AuditChainHead, AuditEvent
from engine.services import work_items as svc
from engine.services.extensions import extension_request


def _statements(fn) -> list[str]:
    with CaptureQueriesContext(connection) as ctx:
        fn()
    sql = [q["sql"].lstrip().upper() for q in ctx.captured_queries]
    skipped = ("SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK TO")
    return [s for s in split_trips(sql) if not s.startswith(skipped)]


HEAD_MOVE = "; UPDATE ENGINE_AUDITCHAINHEAD"


def split_trips(sql: list[str]) -> list[str]:
    """The statements of the captured round trips: on PostgreSQL the last event's INSERT and the
    head's UPDATE are one (engine.audit._one_trip), two statements."""
    statements = []
    for text in sql:
        first, move, rest = text.partition(HEAD_MOVE)
        statements += [first, move[2:] + rest] if move else [first]
    return statements


@pytest.mark.django_db
def test_a_transition_locks_the_chain_head_last(world):
    item = world.item_in("in_progress")
    statements = _statements(lambda: svc.work_item_report(item=item, actor=world.head_a, text="Xong."))
    # The notification rows (and the flow's pending step) are written before the head is locked;
    # the head's lock, the event's INSERT and the head's UPDATE are the change's last three.
    head, event, moved = statements[-3:]
    assert head.startswith("SELECT SEQ, HASH FROM ENGINE_AUDITCHAINHEAD")
    assert event.startswith("INSERT INTO ENGINE_AUDITEVENT")
    assert moved.startswith("UPDATE ENGINE_AUDITCHAINHEAD")
    assert any(s.startswith('INSERT INTO "NOTIFICATIONS_NOTIFICATION"') for s in statements[:-3])
    assert audit_verify(world.org.pk).ok


@pytest.mark.django_db
def test_the_event_and_the_head_move_share_a_round_trip_on_postgresql(world):
    item = world.item_in("in_progress")
    with CaptureQueriesContext(connection) as ctx:
        svc.work_item_report(item=item, actor=world.head_a, text="Xong.")
    sql = [q["sql"].upper() for q in ctx.captured_queries]
    last = [s for s in sql if not s.startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))][-1]
    shared = connection.vendor == "postgresql"
    assert last.startswith("INSERT INTO ENGINE_AUDITEVENT" if shared else "UPDATE ENGINE_AUDITCHAINHEAD")
    assert (HEAD_MOVE in last) is shared
    assert audit_verify(world.org.pk).ok


@pytest.mark.django_db
def test_an_acceptance_withdrawing_an_extension_keeps_the_order_of_its_events(world):
    item = world.item_in("in_progress")
    extension_request(item=item, actor=world.head_a, new_due_date=date(2026, 5, 15), reason="Chờ.")
    item = svc.work_item_report(item=item, actor=world.head_a, text="Xong.")
    svc.work_item_accept(item=item, actor=world.director)
    last_two = list(AuditEvent.objects.filter(organisation=world.org).order_by("-seq")[:2])
    # The item's event was recorded first, the withdrawal by the acceptance's subscriber after it.
    assert [e.verb for e in reversed(last_two)] == ["work_item.accept", "extension.withdraw"]
    assert last_two[0].seq == last_two[1].seq + 1 and last_two[0].prev_hash == last_two[1].hash
    assert audit_verify(world.org.pk).ok


@pytest.mark.django_db
def test_events_wait_for_the_end_of_the_block_and_a_failed_block_appends_nothing(world):
    seq = AuditChainHead.objects.get(organisation=world.org).seq
    with transaction.atomic(), appended_last():
        first = audit_record(organisation_id=world.org.pk, actor=None, verb="test.one", obj=world.org)
        second = audit_record(organisation_id=world.org.pk, actor=None, verb="test.two", obj=world.org)
        assert first.pk is None and AuditChainHead.objects.get(organisation=world.org).seq == seq
    assert (first.seq, second.seq) == (seq + 1, seq + 2) and second.prev_hash == first.hash
    assert AuditChainHead.objects.get(organisation=world.org).seq == seq + 2

    with pytest.raises(RuntimeError), transaction.atomic(), appended_last():
        audit_record(organisation_id=world.org.pk, actor=None, verb="test.lost", obj=world.org)
        raise RuntimeError
    assert not AuditEvent.objects.filter(verb="test.lost").exists()
    assert audit_verify(world.org.pk).ok


@pytest.mark.django_db
def test_an_event_inside_a_rolled_back_savepoint_goes_with_it(world):
    with transaction.atomic(), appended_last():
        audit_record(organisation_id=world.org.pk, actor=None, verb="test.kept", obj=world.org)
        try:
            with transaction.atomic():  # a savepoint: its event is appended at once, inside it
                audit_record(organisation_id=world.org.pk, actor=None, verb="test.undone", obj=world.org)
                raise RuntimeError
        except RuntimeError:
            pass
    assert AuditEvent.objects.filter(verb="test.kept").exists()
    assert not AuditEvent.objects.filter(verb="test.undone").exists()
    assert audit_verify(world.org.pk).ok
