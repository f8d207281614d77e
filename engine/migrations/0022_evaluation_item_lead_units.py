"""An evaluated item's lead units as a column of the item (`lead_unit_ids`), copied from its
evidence document, instead of a row per unit (`EvaluationItemUnit`, dropped). Frozen evaluations
keep their content: the ids were already in each item's evidence, which the hash covers."""

from django.db import migrations, models


def copy_lead_units(apps, schema_editor):
    table = apps.get_model("engine", "EvaluationItem")._meta.db_table
    if schema_editor.connection.vendor == "postgresql":
        source = "COALESCE(evidence->'lead_unit_ids', '[]'::jsonb)"
    else:
        source = "COALESCE(json_extract(evidence, '$.lead_unit_ids'), '[]')"
    schema_editor.execute(f"UPDATE {table} SET lead_unit_ids = {source}")  # noqa: S608


def copy_lead_units_back(apps, schema_editor):
    """Reversed: a row per lead unit again, from the column (before the column goes)."""
    items = apps.get_model("engine", "EvaluationItem")._meta.db_table
    units = apps.get_model("engine", "EvaluationItemUnit")._meta.db_table
    if schema_editor.connection.vendor == "postgresql":
        source = "jsonb_array_elements_text(i.lead_unit_ids) WITH ORDINALITY AS u(value, n)"
        position = "u.n - 1"
    else:
        source = "json_each(i.lead_unit_ids) AS u"
        position = "u.key"
    schema_editor.execute(
        f"INSERT INTO {units} (item_id, unit_id, position) "  # noqa: S608
        f"SELECT i.id, CAST(u.value AS bigint), {position} FROM {items} i, {source}"
    )


class Migration(migrations.Migration):
    dependencies = [("engine", "0021_unit_link_copies")]

    operations = [
        migrations.AddField(
            model_name="evaluationitem",
            name="lead_unit_ids",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.RunPython(copy_lead_units, copy_lead_units_back),
        migrations.DeleteModel(name="EvaluationItemUnit"),
    ]
