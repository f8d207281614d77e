"""The item's state and deadline copied onto its unit links, filled from the items, and the index a
unit's counts read (docs/performance.md, "A unit's lists from the links' copies")."""

import datetime

import django.db.models.deletion
import django.db.models.functions.comparison
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def fill_copies(apps, schema_editor):
    WorkItem = apps.get_model("engine", "WorkItem")
    WorkItemUnit = apps.get_model("engine", "WorkItemUnit")
    item = WorkItem.objects.filter(pk=OuterRef("work_item_id"))
    WorkItemUnit.objects.update(
        item_state=Subquery(item.values("state")[:1]),
        item_due_date=Subquery(item.values("due_date")[:1]),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("engine", "0020_oversight_snapshot"),
    ]

    operations = [
        migrations.AddField(
            model_name="workitemunit",
            name="item_state",
            field=models.CharField(
                choices=[
                    ("drafted", "Drafted"),
                    ("assigned", "Assigned"),
                    ("in_progress", "In progress"),
                    ("reported", "Reported"),
                    ("accepted", "Accepted"),
                    ("cancelled", "Cancelled"),
                ],
                default="drafted",
                editable=False,
                max_length=20,
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="workitemunit",
            name="item_due_date",
            field=models.DateField(editable=False, null=True),
        ),
        migrations.RunPython(fill_copies, migrations.RunPython.noop),
        # (unit, role, work_item) is the new index's prefix but for the state: it goes.
        migrations.RemoveIndex(model_name="workitemunit", name="engine_work_unit_id_1477c4_idx"),
        # …and so does the unit's own foreign-key index: the copies' index starts with the unit.
        migrations.AlterField(
            model_name="workitemunit",
            name="unit",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="item_links",
                to="engine.unit",
            ),
        ),
        migrations.AddIndex(
            model_name="workitemunit",
            index=models.Index(
                models.F("unit"),
                models.F("role"),
                models.F("item_state"),
                django.db.models.functions.comparison.Coalesce(
                    models.F("item_due_date"),
                    models.Value(datetime.date(9999, 12, 31)),
                    output_field=models.DateField(),
                ),
                models.F("work_item"),
                name="workitemunit_copies",
            ),
        ),
    ]
