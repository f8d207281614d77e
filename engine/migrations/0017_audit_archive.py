"""The audit archive: AuditEventArchive, the AuditEventRecord view of both tables, AuditArchive.

On PostgreSQL the archive refuses UPDATE and DELETE (as the live table does), and the
live table's append-only trigger now lets a row be deleted only once the archive holds the same
row (id, organisation, seq, both hashes): engine.audit_archive moves a year, nothing else deletes.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

CREATE_VIEW = """
CREATE VIEW engine_auditevent_all AS
    SELECT id, organisation_id, seq, created_at, actor_id, actor_name, verb, object_type, object_id,
        object_repr, work_item_id, unit_id, from_state, to_state, reason, changes, prev_hash, hash,
        TRUE AS archived
    FROM engine_auditeventarchive
    UNION ALL
    SELECT id, organisation_id, seq, created_at, actor_id, actor_name, verb, object_type, object_id,
        object_repr, work_item_id, unit_id, from_state, to_state, reason, changes, prev_hash, hash,
        FALSE AS archived
    FROM engine_auditevent
"""
DROP_VIEW = "DROP VIEW IF EXISTS engine_auditevent_all"

TRIGGERS = """
CREATE OR REPLACE FUNCTION engine_auditeventarchive_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'engine_auditeventarchive is append-only (%% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER engine_auditeventarchive_append_only
    BEFORE UPDATE OR DELETE ON engine_auditeventarchive
    FOR EACH ROW EXECUTE FUNCTION engine_auditeventarchive_refuse_change();

CREATE OR REPLACE FUNCTION engine_auditevent_refuse_change() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (
        SELECT 1 FROM engine_auditeventarchive a
        WHERE a.id = OLD.id AND a.organisation_id = OLD.organisation_id AND a.seq = OLD.seq
          AND a.hash = OLD.hash AND a.prev_hash = OLD.prev_hash
    ) THEN
        RETURN OLD;  -- moved to the archive (engine.audit_archive), not lost
    END IF;
    RAISE EXCEPTION 'engine_auditevent is append-only (%% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
"""
DROP_TRIGGERS = """
DROP TRIGGER IF EXISTS engine_auditeventarchive_append_only ON engine_auditeventarchive;
DROP FUNCTION IF EXISTS engine_auditeventarchive_refuse_change();
CREATE OR REPLACE FUNCTION engine_auditevent_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'engine_auditevent is append-only (%% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
"""


def create_view(apps, schema_editor):
    sql = CREATE_VIEW
    if schema_editor.connection.vendor != "postgresql":
        sql = sql.replace("TRUE AS", "1 AS").replace("FALSE AS", "0 AS")
    schema_editor.execute(sql)


def drop_view(apps, schema_editor):
    schema_editor.execute(DROP_VIEW)


def triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(TRIGGERS)


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_TRIGGERS)


class Migration(migrations.Migration):
    dependencies = [
        ("engine", "0016_exportjob"),
    ]

    operations = [
        migrations.CreateModel(
            name="AuditEventRecord",
            fields=[
                ("seq", models.PositiveBigIntegerField(verbose_name="sequence")),
                ("created_at", models.DateTimeField(verbose_name="time")),
                ("actor_name", models.CharField(blank=True, max_length=255, verbose_name="actor")),
                ("verb", models.CharField(max_length=50, verbose_name="action")),
                ("object_type", models.CharField(max_length=50, verbose_name="object type")),
                ("object_id", models.CharField(max_length=64, verbose_name="object id")),
                ("object_repr", models.CharField(blank=True, max_length=255, verbose_name="object")),
                ("from_state", models.CharField(blank=True, max_length=30, verbose_name="from state")),
                ("to_state", models.CharField(blank=True, max_length=30, verbose_name="to state")),
                ("reason", models.TextField(blank=True, verbose_name="reason")),
                ("changes", models.JSONField(blank=True, default=dict, verbose_name="changed fields")),
                ("prev_hash", models.CharField(max_length=64)),
                ("hash", models.CharField(max_length=64)),
                ("id", models.BigIntegerField(primary_key=True, serialize=False)),
                ("archived", models.BooleanField(verbose_name="archived")),
            ],
            options={
                "verbose_name": "audit event",
                "verbose_name_plural": "audit events",
                "db_table": "engine_auditevent_all",
                "ordering": ["organisation", "seq"],
                "managed": False,
            },
        ),
        migrations.CreateModel(
            name="AuditArchive",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("year", models.PositiveSmallIntegerField(verbose_name="year")),
                ("first_seq", models.PositiveBigIntegerField(null=True)),
                ("last_seq", models.PositiveBigIntegerField(null=True)),
                ("last_hash", models.CharField(blank=True, max_length=64)),
                ("events", models.PositiveIntegerField(default=0)),
                ("others", models.JSONField(blank=True, default=dict)),
                ("archived_at", models.DateTimeField(verbose_name="archived")),
                ("archived_by", models.CharField(blank=True, max_length=255)),
                (
                    "organisation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="engine.organisation",
                    ),
                ),
            ],
            options={
                "verbose_name": "archived year",
                "verbose_name_plural": "archived years",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("organisation", "year"), name="audit_archive_org_year_unique"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="AuditEventArchive",
            fields=[
                ("seq", models.PositiveBigIntegerField(verbose_name="sequence")),
                ("created_at", models.DateTimeField(verbose_name="time")),
                ("actor_name", models.CharField(blank=True, max_length=255, verbose_name="actor")),
                ("verb", models.CharField(max_length=50, verbose_name="action")),
                ("object_type", models.CharField(max_length=50, verbose_name="object type")),
                ("object_id", models.CharField(max_length=64, verbose_name="object id")),
                ("object_repr", models.CharField(blank=True, max_length=255, verbose_name="object")),
                ("from_state", models.CharField(blank=True, max_length=30, verbose_name="from state")),
                ("to_state", models.CharField(blank=True, max_length=30, verbose_name="to state")),
                ("reason", models.TextField(blank=True, verbose_name="reason")),
                ("changes", models.JSONField(blank=True, default=dict, verbose_name="changed fields")),
                ("prev_hash", models.CharField(max_length=64)),
                ("hash", models.CharField(max_length=64)),
                ("id", models.BigIntegerField(primary_key=True, serialize=False)),
                (
                    "actor",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "organisation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="engine.organisation",
                    ),
                ),
                (
                    "unit",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="engine.unit",
                    ),
                ),
                (
                    "work_item",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="engine.workitem",
                    ),
                ),
            ],
            options={
                "verbose_name": "archived audit event",
                "verbose_name_plural": "archived audit events",
                "ordering": ["organisation", "seq"],
                "indexes": [
                    models.Index(fields=["work_item", "seq"], name="audit_archive_item_seq"),
                    models.Index(fields=["unit", "seq"], name="audit_archive_unit_seq"),
                    models.Index(fields=["organisation", "verb"], name="audit_archive_org_verb"),
                ],
                "constraints": [
                    models.UniqueConstraint(fields=("organisation", "seq"), name="audit_archive_seq_unique")
                ],
            },
        ),
        migrations.RunPython(create_view, drop_view),
        migrations.RunPython(triggers, drop_triggers),
    ]
