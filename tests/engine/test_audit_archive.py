"""archive_year: a closed year's audit events and notifications move to the archive in one transaction,
and verify_audit, its checkpoints, the audit page and a work item's history still find them."""

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.db.utils import DatabaseError
from django.urls import reverse

from engine import audit_archive
from engine.audit import audit_verify
from engine.audit_checkpoint import audit_checkpoint
from engine.models import AuditArchive, AuditEvent, AuditEventArchive, AuditEventRecord
from engine.models.audit import AuditImmutable
from engine.selectors.audit import audit_event_list
from engine.selectors.work_items import work_item_history
from notifications.models import Notification, NotificationArchive
from notifications.selectors import unread_count

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def closed_year(world, time_machine):
    """Work done in 2026 (one notification read), then the clock in March 2027."""
    time_machine.move_to(datetime(2026, 5, 4, 9, 0, tzinfo=VN), tick=False)
    item = world.item_in("accepted")
    told = Notification.objects.filter(organisation=world.org).order_by("id")
    assert told.count() >= 2
    told.filter(pk=told.first().pk).update(read_at=datetime(2026, 5, 5, 8, 0, tzinfo=VN))
    time_machine.move_to(datetime(2027, 3, 2, 9, 0, tzinfo=VN), tick=False)
    return item


def _tamper(sql: str, params: list) -> None:
    """Change a stored row behind the ORM's back (on PostgreSQL past the triggers, as an intruder)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = replica")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = DEFAULT")


def test_archive_moves_the_year_and_the_chain_still_verifies_with_its_checkpoints(
    world, closed_year, tmp_path, settings, capsys
):
    settings.AUDIT_CHECKPOINT_FILE = str(tmp_path / "checkpoints.jsonl")
    audit_checkpoint()
    events = AuditEvent.objects.filter(organisation=world.org).count()
    hashes = dict(AuditEvent.objects.filter(organisation=world.org).values_list("id", "hash"))
    told = Notification.objects.filter(organisation=world.org).count()
    other_live = AuditEvent.objects.filter(organisation=world.other_org).count()

    call_command("archive_year", "2026", "--org", world.org.slug)

    assert not AuditEvent.objects.filter(organisation=world.org).exists()
    archived = AuditEventArchive.objects.filter(organisation=world.org)
    assert dict(archived.values_list("id", "hash")) == hashes
    assert AuditEvent.objects.filter(organisation=world.other_org).count() == other_live
    manifest = AuditArchive.objects.get(organisation=world.org, year=2026)
    assert (manifest.first_seq, manifest.last_seq, manifest.events) == (1, events, events)
    assert manifest.others == {"notifications": told}
    assert not Notification.objects.filter(organisation=world.org).exists()
    assert NotificationArchive.objects.filter(organisation=world.org).count() == told
    assert NotificationArchive.objects.filter(organisation=world.org, read_at__isnull=False).count() == 1

    world.item_in("assigned", content="Việc năm 2027")  # the chain goes on in the live table
    assert AuditEvent.objects.filter(organisation=world.org, seq=events + 1).exists()
    check = audit_verify(world.org.pk)
    assert check.ok and check.checked == AuditEventRecord.objects.filter(organisation=world.org).count()
    audit_checkpoint()
    call_command("verify_audit", "--org", world.org.slug, "--checkpoints", settings.AUDIT_CHECKPOINT_FILE)
    assert f"{world.org.slug}: OK" in capsys.readouterr().out


def test_a_tampered_archived_event_fails_verify_audit(world, closed_year, capsys):
    call_command("archive_year", "2026")
    victim = AuditEventArchive.objects.filter(organisation=world.org, verb="work_item.report").get()
    _tamper("UPDATE engine_auditeventarchive SET reason = %s WHERE id = %s", ["sửa lén", victim.pk])
    check = audit_verify(world.org.pk)
    assert not check.ok and check.bad_seq == victim.seq
    with pytest.raises(CommandError):
        call_command("verify_audit", "--org", world.org.slug)
    assert f"#{victim.seq}" in capsys.readouterr().out


def test_a_checkpoint_taken_before_the_archive_catches_a_rewritten_archive(world, closed_year, tmp_path):
    path = tmp_path / "checkpoints.jsonl"
    head = AuditEvent.objects.filter(organisation=world.org).order_by("-seq").first()
    path.write_text(json.dumps({"org": world.org.slug, "seq": head.seq, "hash": head.hash}) + "\n")
    call_command("archive_year", "2026")
    _tamper("UPDATE engine_auditeventarchive SET hash = %s WHERE id = %s", ["e" * 64, head.pk])
    with pytest.raises(CommandError):
        call_command("verify_audit", "--org", world.org.slug, "--checkpoints", str(path))


def test_a_failure_while_archiving_moves_nothing(world, closed_year, monkeypatch):
    live = AuditEvent.objects.filter(organisation=world.org).count()
    told = Notification.objects.filter(organisation=world.org).count()

    def broken(organisation_id, before):
        raise RuntimeError("disk full")

    monkeypatch.setitem(audit_archive.ARCHIVERS, "zz_broken", broken)
    with pytest.raises(RuntimeError):
        call_command("archive_year", "2026", "--org", world.org.slug)
    assert AuditEvent.objects.filter(organisation=world.org).count() == live
    assert Notification.objects.filter(organisation=world.org).count() == told
    assert not AuditEventArchive.objects.exists() and not NotificationArchive.objects.exists()
    assert not AuditArchive.objects.exists()


def test_the_current_year_and_a_broken_chain_are_refused(world, closed_year):
    with pytest.raises(CommandError, match="2027 is not closed"):
        call_command("archive_year", "2027")
    victim = AuditEvent.objects.filter(organisation=world.org).order_by("seq")[2]
    _tamper("UPDATE engine_auditevent SET reason = 'x' WHERE id = %s", [victim.pk])
    with pytest.raises(CommandError, match="does not verify"):
        call_command("archive_year", "2026", "--org", world.org.slug)
    assert not AuditEventArchive.objects.exists()


def test_archiving_the_same_year_twice_changes_nothing(world, closed_year, capsys):
    call_command("archive_year", "2026", "--org", world.org.slug)
    call_command("archive_year", "2026", "--org", world.org.slug)
    assert "already archived" in capsys.readouterr().out
    assert AuditArchive.objects.filter(organisation=world.org).count() == 1


def test_audit_page_export_and_history_find_archived_events(client, world, closed_year):
    call_command("archive_year", "2026")
    world.item_in("assigned", content="Việc năm 2027")
    events = audit_event_list(world.org.pk, verb="work_item.accept")
    assert [e.archived for e in events] == [True]
    assert [e.verb for e in work_item_history(closed_year)][-1] == "work_item.accept"
    client.force_login(world.inspectorate)
    page = client.get(reverse("audit_trail"), {"item": closed_year.pk})
    assert page.status_code == 200
    shown = [e.verb for e in page.context["page"].object_list]
    assert "work_item.accept" in shown and "work_item.assign" in shown
    assert page.content.decode().count("data-archived") == len(shown)  # this item's events are all archived
    response = client.get(reverse("audit_export", args=["csv"]), {"verb": "work_item.accept"})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert AuditEventArchive.objects.get(verb="work_item.accept", organisation=world.org).hash in body


def test_unread_counts_read_only_live_notifications(world, closed_year):
    recipient = Notification.objects.filter(organisation=world.org, read_at__isnull=True).first().recipient
    call_command("archive_year", "2026")
    assert unread_count(recipient) == 0
    world.item_in("assigned", content="Việc năm 2027")
    assert unread_count(recipient) == Notification.objects.filter(recipient=recipient, read_at=None).count()


def test_the_orm_refuses_to_change_archived_events(world, closed_year):
    call_command("archive_year", "2026")
    event = AuditEventArchive.objects.filter(organisation=world.org).first()
    event.reason = "x"
    with pytest.raises(AuditImmutable):
        event.save()
    with pytest.raises(AuditImmutable):
        AuditEventArchive.objects.filter(pk=event.pk).delete()
    with pytest.raises(AuditImmutable):
        AuditEventRecord.objects.filter(pk=event.pk).update(reason="x")


@pytest.mark.postgres
def test_postgres_triggers_refuse_changes_to_live_and_archived_events(world, closed_year):
    call_command("archive_year", "2026", "--org", world.org.slug)
    archived = AuditEventArchive.objects.filter(organisation=world.org).first()
    live = AuditEvent.objects.filter(organisation=world.other_org).first()
    for sql, pk in (
        ("UPDATE engine_auditeventarchive SET reason = 'x' WHERE id = %s", archived.pk),
        ("DELETE FROM engine_auditeventarchive WHERE id = %s", archived.pk),
        ("UPDATE engine_auditevent SET reason = 'x' WHERE id = %s", live.pk),
        ("DELETE FROM engine_auditevent WHERE id = %s", live.pk),  # no archived copy: refused
    ):
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, [pk])
