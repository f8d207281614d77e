"""The `(organisation, state)` index of the work items carries the id (`INCLUDE (id)`), so that the
org-wide roles' totals by state (the director's actionable list: the reported items) are counted
from the index alone. The new index is built before the old one goes. Reversible."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("engine", "0022_evaluation_item_lead_units"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="workitem",
            index=models.Index(fields=["organisation", "state"], include=("id",), name="workitem_org_state"),
        ),
        migrations.RemoveIndex(
            model_name="workitem",
            name="engine_work_organis_86d725_idx",
        ),
    ]
