"""On PostgreSQL, refuse UPDATE and DELETE of audit events in the database itself."""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION engine_auditevent_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'engine_auditevent is append-only (%% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER engine_auditevent_append_only
    BEFORE UPDATE OR DELETE ON engine_auditevent
    FOR EACH ROW EXECUTE FUNCTION engine_auditevent_refuse_change();
"""
DROP = """
DROP TRIGGER IF EXISTS engine_auditevent_append_only ON engine_auditevent;
DROP FUNCTION IF EXISTS engine_auditevent_refuse_change();
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("engine", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
