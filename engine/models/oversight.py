"""Stored oversight figures: the delay register's rows and the dashboard's counts, as of a snapshot.

The register page and the dashboard's JSON read these instead of computing every item's status
class per request (`engine.services.oversight_snapshot` writes them, one organisation at a time,
from the same live queries; `engine.selectors.delay_register` / `engine.selectors.dashboard` read
them). `OversightSnapshot` says when they were taken, which the pages show ("số liệu lúc hh:mm").
Plain id columns without database constraints: the rows are rebuilt, never edited, and an item
or unit that goes away simply drops out at the next refresh.
"""

from django.db import models

from engine.models.organisations import Organisation
from engine.models.work_items import WorkItem


class OversightSnapshot(models.Model):
    """When an organisation's stored register rows and dashboard counts were last computed."""

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    taken_at = models.DateTimeField()
    day = models.DateField()  # the local date the status classes and days late were computed for
    seconds = models.FloatField(default=0)  # how long the refresh took

    def __str__(self) -> str:
        return f"{self.organisation_id} @ {self.taken_at:%Y-%m-%d %H:%M}"


class RegisterEntry(models.Model):
    """One item of the delay register over every period (the period filters on the dates)."""

    work_item = models.OneToOneField(
        WorkItem, on_delete=models.DO_NOTHING, db_constraint=False, primary_key=True, related_name="+"
    )
    organisation_id = models.BigIntegerField()
    programme_id = models.BigIntegerField()
    leader_id = models.BigIntegerField(null=True)
    status_class = models.CharField(max_length=30)
    kind = models.CharField(max_length=10)  # overdue / late / extended
    days_late = models.IntegerField()
    due_date = models.DateField()
    original_due_date = models.DateField(null=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["organisation_id", "-days_late", "due_date", "work_item"],
                name="register_entry_days_late",
            ),
            models.Index(fields=["organisation_id", "due_date", "work_item"], name="register_entry_due"),
        ]

    def __str__(self) -> str:
        return f"{self.work_item_id}: {self.kind} {self.days_late}"


class DashboardCount(models.Model):
    """A count behind the dashboard, per programme: `item` rows count items by state, status class,
    due month and "overdue now"; `unit` rows count lead-unit links by unit, accepted and overdue;
    `trend` rows are the overdue items at each of the twelve month ends (`month`)."""

    ITEM, UNIT, TREND = "item", "unit", "trend"

    organisation_id = models.BigIntegerField()
    programme_id = models.BigIntegerField()
    figure = models.CharField(max_length=5)
    unit_id = models.BigIntegerField(null=True)
    state = models.CharField(max_length=20, blank=True)
    status_class = models.CharField(max_length=30, blank=True)
    month = models.DateField(null=True)
    overdue = models.BooleanField(default=False)
    n = models.IntegerField()

    class Meta:
        indexes = [
            models.Index(fields=["organisation_id", "figure", "programme_id"], name="dashboard_count_org")
        ]

    def __str__(self) -> str:
        return f"{self.figure} {self.programme_id}: {self.n}"
