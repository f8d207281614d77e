"""PendingStep (flows.pending) and, on PostgreSQL, the trigger that wakes the relay for it.

A statement inserting pending steps NOTIFYs `dondoc_push` with "f"; NOTIFY is delivered on
commit only, so the relay (notifications.relay, the job flows.apps registers) hears only of
committed steps. Identical payloads of one transaction are folded into one by PostgreSQL.
"""

import django.db.models.deletion
from django.db import migrations, models

CREATE = """
CREATE OR REPLACE FUNCTION dondoc_flow_steps() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('dondoc_push', 'f');
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS dondoc_flow_steps ON flows_pendingstep;
CREATE TRIGGER dondoc_flow_steps AFTER INSERT ON flows_pendingstep
    FOR EACH STATEMENT EXECUTE FUNCTION dondoc_flow_steps();
"""

DROP = """
DROP TRIGGER IF EXISTS dondoc_flow_steps ON flows_pendingstep;
DROP FUNCTION IF EXISTS dondoc_flow_steps();
"""


def _on_postgres(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("engine", "0017_audit_archive"),
        ("flows", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="PendingStep",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("kind", models.CharField(max_length=40, verbose_name="event")),
                ("actor_id", models.BigIntegerField(blank=True, null=True, verbose_name="actor")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                ("attempts", models.PositiveSmallIntegerField(default=0, verbose_name="attempts")),
                ("error", models.TextField(blank=True, verbose_name="last error")),
                (
                    "work_item",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="pending_steps",
                        to="engine.workitem",
                        verbose_name="work item",
                    ),
                ),
            ],
            options={
                "verbose_name": "pending flow step",
                "verbose_name_plural": "pending flow steps",
                "ordering": ["id"],
            },
        ),
        migrations.RunPython(_on_postgres(CREATE), _on_postgres(DROP)),
    ]
