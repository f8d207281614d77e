"""Key the audit chain (HMAC) and, on PostgreSQL, let a chain head only advance.

Existing chains were unkeyed SHA-256. This migration re-keys them: for each organisation it
first verifies the old chain end to end (and stops, naming the event, if it is broken: run
`verify_audit` on the old release and investigate before upgrading), then recomputes every
event's hash and link under AUDIT_HMAC_KEY and records the key's fingerprint on the head.
The old hashes are logged (one line per organisation: its old head) so the re-key itself is
on record. The append-only trigger is suspended for the rewrite, in this transaction only.
"""

import logging

from django.db import migrations, models

log = logging.getLogger("engine.audit")
GENESIS = "0" * 64

HEAD_TRIGGER = """
CREATE OR REPLACE FUNCTION engine_auditchainhead_advance_only() RETURNS trigger AS $$
DECLARE
    event_hash varchar(64);
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'an audit chain head is never deleted'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.seq <> 0 OR NEW.hash <> repeat('0', 64) THEN
            RAISE EXCEPTION 'a new audit chain head starts at 0 with the genesis hash'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.organisation_id <> OLD.organisation_id OR NEW.key_id <> OLD.key_id THEN
        RAISE EXCEPTION 'an audit chain head keeps its organisation and key'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.seq <= OLD.seq THEN
        RAISE EXCEPTION 'an audit chain head only advances (%% to %% refused)', OLD.seq, NEW.seq
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT hash INTO event_hash FROM engine_auditevent
        WHERE organisation_id = NEW.organisation_id AND seq = NEW.seq;
    IF event_hash IS NULL OR event_hash <> NEW.hash THEN
        RAISE EXCEPTION 'an audit chain head must name the hash of event #%% just appended', NEW.seq
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER engine_auditchainhead_advance_only
    BEFORE INSERT OR UPDATE OR DELETE ON engine_auditchainhead
    FOR EACH ROW EXECUTE FUNCTION engine_auditchainhead_advance_only();
"""
DROP_HEAD_TRIGGER = """
DROP TRIGGER IF EXISTS engine_auditchainhead_advance_only ON engine_auditchainhead;
DROP FUNCTION IF EXISTS engine_auditchainhead_advance_only();
"""


def rekey(apps, schema_editor):
    from engine.audit import audit_key, compute_hash, key_id, legacy_hash

    AuditEvent = apps.get_model("engine", "AuditEvent")
    AuditChainHead = apps.get_model("engine", "AuditChainHead")
    # A plain QuerySet: the live model's own refuses every update, by design.
    rewrite = models.QuerySet(model=AuditEvent)
    key = audit_key()
    postgres = schema_editor.connection.vendor == "postgresql"
    if postgres:
        # Deferred foreign-key checks pending in this transaction would block the ALTER.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        schema_editor.execute("ALTER TABLE engine_auditevent DISABLE TRIGGER engine_auditevent_append_only")
    for head in AuditChainHead.objects.order_by("organisation_id"):
        prev_old, prev_new, seq, batch = GENESIS, GENESIS, 0, []
        events = AuditEvent.objects.filter(organisation_id=head.organisation_id).order_by("seq")
        for event in events.iterator(chunk_size=2000):
            seq += 1
            if event.seq != seq or event.prev_hash != prev_old or legacy_hash(event) != event.hash:
                raise RuntimeError(
                    f"audit chain of organisation {head.organisation_id} is broken at event #{event.seq} "
                    f"(id {event.pk}); it cannot be re-keyed. Run verify_audit on the previous release."
                )
            prev_old = event.hash
            event.prev_hash = prev_new
            event.hash = prev_new = compute_hash(event, key)
            batch.append(event)
            if len(batch) >= 2000:
                rewrite.bulk_update(batch, ["prev_hash", "hash"])
                batch = []
        rewrite.bulk_update(batch, ["prev_hash", "hash"])
        if (head.seq, head.hash) != (seq, prev_old):
            raise RuntimeError(
                f"audit chain head of organisation {head.organisation_id} does not match its chain"
            )
        log.warning(
            "audit re-key: organisation %s, %s events, old head %s, new head %s, key %s",
            head.organisation_id,
            seq,
            prev_old,
            prev_new,
            key_id(key),
        )
        AuditChainHead.objects.filter(pk=head.pk).update(hash=prev_new, key_id=key_id(key))
    if postgres:
        schema_editor.execute("ALTER TABLE engine_auditevent ENABLE TRIGGER engine_auditevent_append_only")


def head_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(HEAD_TRIGGER)


def drop_head_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_HEAD_TRIGGER)


class Migration(migrations.Migration):
    dependencies = [("engine", "0011_programme_kind_week_multi_year")]
    operations = [
        migrations.AddField(
            model_name="auditchainhead",
            name="key_id",
            field=models.CharField(blank=True, max_length=12),
        ),
        migrations.RunPython(rekey, migrations.RunPython.noop),
        migrations.RunPython(head_trigger, drop_head_trigger),
    ]
