"""On PostgreSQL, `engine_plan_rows(query text)`: the planner's row estimate for a query, read from
`EXPLAIN (FORMAT JSON)` without running the query. A list's capped total asks for it in the same
statement as its count, only when the count passes the cap (engine.selectors.keyset.capped_count),
so a page sends as many queries above the cap as below it. Nothing on other databases (their
totals above the cap carry no estimate). Reversible."""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION engine_plan_rows(query text) RETURNS bigint AS $$
DECLARE
    plan json;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) ' || query INTO plan;
    RETURN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::numeric::bigint;
END;
$$ LANGUAGE plpgsql VOLATILE;
"""
DROP = "DROP FUNCTION IF EXISTS engine_plan_rows(text);"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("engine", "0023_workitem_org_state_include_id")]
    operations = [migrations.RunPython(forwards, backwards)]
