"""Notification.pushed_at (the relay's mark) and, on PostgreSQL, the NOTIFY triggers that wake it.

Existing rows count as pushed (they were, in process): a relay started after this migration
must not replay a database's history to the sockets.

The triggers send on the channel `dondoc_push`; NOTIFY is delivered only when the transaction
commits, and never for a rolled-back one, so the relay hears only of committed work:
- a statement inserting notification rows sends "n" (the relay then claims unpushed rows);
- a work item whose state changes sends "i:<id>" (the relay pushes its live state badge).
Identical payloads of one transaction are folded into one by PostgreSQL.
"""

from django.conf import settings
from django.db import migrations, models

CHANNEL = "dondoc_push"

CREATE = f"""
CREATE OR REPLACE FUNCTION dondoc_push_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', 'n');
    RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION dondoc_push_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', 'i:' || NEW.id);
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS dondoc_push_rows ON notifications_notification;
CREATE TRIGGER dondoc_push_rows AFTER INSERT ON notifications_notification
    FOR EACH STATEMENT EXECUTE FUNCTION dondoc_push_rows();
DROP TRIGGER IF EXISTS dondoc_push_item ON engine_workitem;
CREATE TRIGGER dondoc_push_item AFTER UPDATE OF state ON engine_workitem
    FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION dondoc_push_item();
"""

DROP = """
DROP TRIGGER IF EXISTS dondoc_push_rows ON notifications_notification;
DROP TRIGGER IF EXISTS dondoc_push_item ON engine_workitem;
DROP FUNCTION IF EXISTS dondoc_push_rows();
DROP FUNCTION IF EXISTS dondoc_push_item();
"""


def _on_postgres(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


def mark_existing_pushed(apps, schema_editor):
    Notification = apps.get_model("notifications", "Notification")
    Notification.objects.filter(pushed_at__isnull=True).update(pushed_at=models.F("created_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("engine", "0012_audit_hmac_key_and_head_trigger"),
        ("notifications", "0002_notification_preference_per_kind"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="notification",
            name="pushed_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="pushed"),
        ),
        migrations.RunPython(mark_existing_pushed, migrations.RunPython.noop, elidable=True),
        migrations.AddIndex(
            model_name="notification",
            index=models.Index(
                condition=models.Q(("pushed_at__isnull", True)), fields=["id"], name="notif_push_pending"
            ),
        ),
        migrations.RunPython(_on_postgres(CREATE), _on_postgres(DROP)),
    ]
