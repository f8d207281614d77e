"""The audit trail: append-only in the ORM and in PostgreSQL, and tampering detected."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.db.utils import DatabaseError

from engine.audit import audit_verify
from engine.models import AuditEvent
from engine.models.audit import AuditImmutable
from engine.services.people import membership_grant, membership_revoke


def _tamper(sql: str, params: list) -> None:
    """Change a stored event behind the ORM's back, as an intruder with database access would."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = replica")  # disables the trigger
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = DEFAULT")


@pytest.mark.django_db
def test_chain_verifies_after_work(world, capsys):
    world.item_in("accepted")
    assert audit_verify(world.org.pk).ok
    call_command("verify_audit", "--org", world.org.slug)
    assert "OK" in capsys.readouterr().out


@pytest.mark.django_db
def test_orm_refuses_update_and_delete(world):
    event = AuditEvent.objects.filter(organisation=world.org).first()
    event.reason = "sửa"
    with pytest.raises(AuditImmutable):
        event.save()
    with pytest.raises(AuditImmutable):
        event.delete()
    with pytest.raises(AuditImmutable):
        AuditEvent.objects.filter(pk=event.pk).update(reason="x")
    with pytest.raises(AuditImmutable):
        AuditEvent.objects.filter(pk=event.pk).delete()


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_trigger_refuses_raw_update_and_delete(world):
    event = AuditEvent.objects.filter(organisation=world.org).first()
    for sql in (
        "UPDATE engine_auditevent SET reason = 'x' WHERE id = %s",
        "DELETE FROM engine_auditevent WHERE id = %s",
    ):
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, [event.pk])


@pytest.mark.django_db
def test_edited_event_is_named_by_verify_audit(world, capsys):
    world.item_in("reported")
    victim = AuditEvent.objects.filter(organisation=world.org, verb="work_item.report").get()
    _tamper("UPDATE engine_auditevent SET reason = %s WHERE id = %s", ["đã sửa lén", victim.pk])
    check = audit_verify(world.org.pk)
    assert not check.ok and check.bad_seq == victim.seq
    with pytest.raises(CommandError) as error:
        call_command("verify_audit", "--org", world.org.slug)
    assert error.value.returncode == 1
    assert f"#{victim.seq}" in capsys.readouterr().out
    assert audit_verify(world.other_org.pk).ok


@pytest.mark.django_db
def test_deleted_event_in_the_middle_is_detected(world):
    world.item_in("in_progress")
    victim = AuditEvent.objects.filter(organisation=world.org).order_by("seq")[3]
    _tamper("DELETE FROM engine_auditevent WHERE id = %s", [victim.pk])
    check = audit_verify(world.org.pk)
    assert not check.ok and check.bad_seq == victim.seq + 1


@pytest.mark.django_db
def test_deleted_last_event_is_detected(world):
    world.item_in("in_progress")
    last = AuditEvent.objects.filter(organisation=world.org).order_by("-seq").first()
    _tamper("DELETE FROM engine_auditevent WHERE id = %s", [last.pk])
    assert not audit_verify(world.org.pk).ok


@pytest.mark.django_db
def test_rewritten_hash_breaks_the_next_link(world):
    world.item_in("in_progress")
    first = AuditEvent.objects.filter(organisation=world.org).order_by("seq").first()
    _tamper("UPDATE engine_auditevent SET reason = 'x', hash = %s WHERE id = %s", ["f" * 64, first.pk])
    check = audit_verify(world.org.pk)
    assert not check.ok and check.bad_seq == first.seq


@pytest.mark.django_db
def test_role_grants_and_revocations_are_audited(world):
    membership = membership_grant(actor=world.director, user=world.staff_c, unit=world.unit_a, role="head")
    membership_revoke(actor=world.director, membership=membership)
    events = AuditEvent.objects.filter(organisation=world.org, verb__startswith="membership.").order_by(
        "-seq"
    )[:2]
    assert [e.verb for e in events] == ["membership.revoke", "membership.grant"]
    assert events[1].actor == world.director
    assert events[1].changes["role"] == "head"
    assert events[1].unit_id == world.unit_a.pk


@pytest.mark.django_db
def test_only_leaders_and_secretariat_grant_roles(world):
    from engine.exceptions import ActionNotAllowed

    with pytest.raises(ActionNotAllowed):
        membership_grant(actor=world.head_a, user=world.staff_c, unit=world.unit_a, role="head")
    with pytest.raises(ActionNotAllowed):
        membership_grant(actor=world.director_x, user=world.staff_c, unit=world.unit_a, role="head")


@pytest.mark.django_db
def test_events_appended_in_bulk_are_stored_as_given_and_chain(world, django_assert_num_queries):
    """audit_record_many writes plain rows (one JSON document a batch on PostgreSQL): every column
    as audit_record would store it, the chain verifies, and the queries do not grow with the
    events."""
    import datetime as dt

    from engine.audit import audit_record_many

    item = world.item_in("in_progress")
    before = AuditEvent.objects.filter(organisation=world.org).order_by("-seq").first()
    entries = [
        {
            "verb": "work_item.escalate",
            "object_type": "engine.workitem",
            "object_id": item.pk,
            "work_item_id": item.pk,
            "reason": f'Nhắc việc «{i}» "quá hạn"\n\\ đơn vị',
            "changes": {"step": i, "deadline": dt.date(2026, 3, 2), "fired_at": dt.datetime(2026, 3, 2, 8)},
        }
        for i in range(30)
    ]
    entries.append(
        {"verb": "unit.update", "obj": world.unit_a, "unit_id": world.unit_a.pk, "from_state": "a"}
    )
    counts = []
    for batch in (entries[:2], entries):
        with django_assert_num_queries(3) as captured:  # lock the head, insert, advance the head
            assert audit_record_many(
                organisation_id=world.org.pk, actor=world.director, entries=batch
            ) == len(batch)
        counts.append(len(captured))
    assert counts[0] == counts[1]
    stored = list(AuditEvent.objects.filter(organisation=world.org, seq__gt=before.seq + 2).order_by("seq"))
    assert [e.seq for e in stored] == list(range(before.seq + 3, before.seq + 3 + len(entries)))
    first, last = stored[0], stored[-1]
    assert (first.actor_id, first.actor_name, first.verb, first.object_id, first.work_item_id) == (
        world.director.pk,
        str(world.director),
        "work_item.escalate",
        str(item.pk),
        item.pk,
    )
    assert first.reason == entries[0]["reason"] and first.unit_id is None
    assert first.changes == {"step": 0, "deadline": "2026-03-02", "fired_at": "2026-03-02 08:00:00"}
    assert (last.object_type, last.object_id, last.object_repr, last.unit_id, last.from_state) == (
        "engine.unit",
        str(world.unit_a.pk),
        str(world.unit_a),
        world.unit_a.pk,
        "a",
    )
    calls = AuditEvent.objects.filter(organisation=world.org, seq__gt=before.seq)
    assert len({e.created_at for e in calls}) == 2  # one time per call
    assert audit_verify(world.org.pk).ok
