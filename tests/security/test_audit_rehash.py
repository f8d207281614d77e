"""Abuse: a database owner rewrites the audit chain; the key and the checkpoints give it away."""

import hashlib
import importlib
import json

import pytest
from django.apps import apps as django_apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.db.utils import DatabaseError

from engine.audit import GENESIS_HASH, audit_verify, compute_hash, legacy_hash
from engine.models import AuditChainHead, AuditEvent


def _as_owner(statements: list[tuple[str, list]]) -> None:
    """Run SQL with the triggers off, as someone owning the database would."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = replica")
        for sql, params in statements:
            cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = DEFAULT")


def _rehash_everything(org_id: int, edit_event_id: int | None, hasher) -> None:
    """Edit one event, then recompute every hash, link and the head with `hasher`."""
    if edit_event_id is not None:
        _as_owner([("UPDATE engine_auditevent SET reason = %s WHERE id = %s", ["đã sửa lén", edit_event_id])])
    prev, statements = GENESIS_HASH, []
    for event in AuditEvent.objects.filter(organisation_id=org_id).order_by("seq"):
        event.prev_hash = prev
        prev = hasher(event)
        statements.append(("UPDATE engine_auditevent SET prev_hash = %s, hash = %s WHERE id = %s",
                           [event.prev_hash, prev, event.pk]))  # fmt: skip
    statements.append(
        ("UPDATE engine_auditchainhead SET hash = %s WHERE organisation_id = %s", [prev, org_id])
    )
    _as_owner(statements)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("hasher", "said"),
    [
        (legacy_hash, "hashed without the audit key"),
        (lambda e: compute_hash(e, b"a guessed key"), "content does not match its HMAC"),
    ],
    ids=["unkeyed-sha256", "wrong-key"],
)
def test_a_full_rehash_without_the_key_is_reported(world, capsys, hasher, said):
    world.item_in("reported")
    victim = AuditEvent.objects.filter(organisation=world.org).order_by("seq")[2]
    _rehash_everything(world.org.pk, victim.pk, hasher)
    check = audit_verify(world.org.pk)
    assert not check.ok and check.bad_seq == 1 and said in check.problem
    with pytest.raises(CommandError):
        call_command("verify_audit", "--org", world.org.slug)
    assert said in capsys.readouterr().out


@pytest.mark.django_db
def test_a_rehash_with_the_key_is_caught_by_the_checkpoint(world, tmp_path, settings, capsys):
    settings.AUDIT_CHECKPOINT_FILE = str(tmp_path / "checkpoints.jsonl")
    world.item_in("reported")
    call_command("checkpoint_audit")
    lines = [json.loads(line) for line in (tmp_path / "checkpoints.jsonl").read_text().splitlines()]
    assert {line["org"] for line in lines} == {world.org.slug, world.other_org.slug}
    victim = AuditEvent.objects.filter(organisation=world.org).order_by("seq")[1]
    _rehash_everything(world.org.pk, victim.pk, compute_hash)  # an insider who holds the key
    assert audit_verify(world.org.pk).ok  # the chain alone cannot tell
    with pytest.raises(CommandError):
        call_command("verify_audit", "--org", world.org.slug)
    out = capsys.readouterr().out
    assert "checkpoint line" in out and "rewritten after the checkpoint" in out


@pytest.mark.django_db
def test_a_wrong_head_is_named_exactly(world):
    world.item_in("in_progress")
    head = AuditChainHead.objects.get(organisation=world.org)
    _as_owner(
        [("UPDATE engine_auditchainhead SET hash = %s WHERE organisation_id = %s", ["e" * 64, world.org.pk])]
    )
    check = audit_verify(world.org.pk)
    assert not check.ok
    assert check.problem.startswith(f"the head's hash eeeeeeeeeeee… is not the hash of event #{head.seq}")
    _as_owner(
        [
            (
                "UPDATE engine_auditchainhead SET seq = %s WHERE organisation_id = %s",
                [head.seq + 2, world.org.pk],
            )
        ]
    )
    check = audit_verify(world.org.pk)
    assert f"events #{head.seq + 1}–#{head.seq + 2} are missing" in check.problem


@pytest.mark.django_db
def test_a_changed_key_is_said_before_anything_else(world, settings):
    world.item_in("assigned")
    settings.AUDIT_HMAC_KEY = "another key"
    check = audit_verify(world.org.pk)
    assert not check.ok and "AUDIT_HMAC_KEY" in check.problem


@pytest.mark.django_db
def test_the_migration_rekeys_an_unkeyed_chain_and_refuses_a_broken_one(world):
    world.item_in("reported")
    for org in (world.org, world.other_org):  # as the release before the key wrote them
        _rehash_everything(org.pk, None, legacy_hash)
    assert not audit_verify(world.org.pk).ok  # an old, unkeyed chain
    migration = importlib.import_module("engine.migrations.0012_audit_hmac_key_and_head_trigger")
    editor = connection.schema_editor(atomic=False)
    if connection.vendor == "postgresql":
        _as_owner(
            [("DROP TRIGGER IF EXISTS engine_auditchainhead_advance_only ON engine_auditchainhead", [])]
        )
    migration.rekey(django_apps, editor)
    assert audit_verify(world.org.pk).ok and audit_verify(world.other_org.pk).ok
    # A broken old chain stops the migration, naming the event.
    for org in (world.org, world.other_org):
        _rehash_everything(org.pk, None, legacy_hash)
    event = AuditEvent.objects.filter(organisation=world.org).order_by("seq")[1]
    _as_owner(
        [
            (
                "UPDATE engine_auditevent SET hash = %s WHERE id = %s",
                [hashlib.sha256(b"x").hexdigest(), event.pk],
            )
        ]
    )
    with pytest.raises(RuntimeError, match=f"event #{event.seq}"):
        migration.rekey(django_apps, editor)
    if connection.vendor == "postgresql":
        migration.head_trigger(django_apps, editor)


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_refuses_moving_the_head_except_to_the_event_just_appended(world):
    world.item_in("assigned")
    head = AuditChainHead.objects.get(organisation=world.org)
    where = "WHERE organisation_id = %s"
    for sql, params in (
        (f"UPDATE engine_auditchainhead SET seq = seq - 1 {where}", [world.org.pk]),
        (f"UPDATE engine_auditchainhead SET seq = seq + 1, hash = %s {where}", ["a" * 64, world.org.pk]),
        (f"UPDATE engine_auditchainhead SET hash = %s {where}", ["b" * 64, world.org.pk]),
        (f"DELETE FROM engine_auditchainhead {where}", [world.org.pk]),
    ):
        with (
            pytest.raises(DatabaseError, match="audit chain head"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, params)
    world.item_in("in_progress")  # and the services still append
    assert AuditChainHead.objects.get(organisation=world.org).seq > head.seq
    assert audit_verify(world.org.pk).ok
