"""Report periods of recurring items: created for the programme's span, submitted by reports."""

from django.db import router
from django.db.models import Exists, OuterRef
from django.utils import timezone

from engine import compiled
from engine.deadlines.calendar import WorkingCalendar
from engine.deadlines.periods import KIND_OF, report_periods
from engine.models import Organisation, ProgressReport, ReportPeriod, WorkItem


def report_periods_ensure(organisation_id: int, calendar: WorkingCalendar) -> int:
    """Create the periods of recurring open items that have none yet (two queries); returns how many."""
    day = (
        Organisation.objects.filter(pk=organisation_id)
        .values_list("report_submission_day", flat=True)
        .first()
        or 20
    )
    items = (
        WorkItem.objects.filter(
            organisation_id=organisation_id,
            recurrence__in=list(KIND_OF),
            state__in=[WorkItem.State.ASSIGNED, WorkItem.State.IN_PROGRESS],
        )
        .filter(~Exists(ReportPeriod.objects.filter(work_item_id=OuterRef("pk"))))
        .order_by()
        .values_list("pk", "recurrence", "programme__period_start", "programme__period_end", "due_date")
    )
    rows = []
    for pk, recurrence, start, end, due in items:
        if due and start <= due < end:
            end = due
        for first, last, report_due in report_periods(recurrence, start, end, day, calendar):
            rows.append(
                ReportPeriod(work_item_id=pk, period_start=first, period_end=last, due_date=report_due)
            )
    ReportPeriod.objects.bulk_create(rows, batch_size=2000, ignore_conflicts=True)
    return len(rows)


def _earliest_open(work_item_id: int):
    return (
        ReportPeriod.objects.select_for_update()
        .filter(work_item_id=work_item_id, submitted_at__isnull=True)
        .order_by("period_start")[:1]
    )


def report_period_submit(*, item: WorkItem, report: ProgressReport) -> ReportPeriod | None:
    """A progress or completion report submits the earliest open period that has begun.

    Called by the report services inside their transaction; a late report still submits
    the period it is late for, which stops that period's escalation.

    Only a recurring item has periods (`report_periods_ensure` makes them for recurring items once
    assigned, and the recurrence is edited only while the item is drafted), so a report on any
    other item reads none. A recurring item's read is compiled once (engine.compiled): the earliest
    open period, locked, which is the one to submit if it has begun; if it has not, none has.
    """
    if item.recurrence not in KIND_OF:
        return None
    now = report.created_at or timezone.now()
    using = router.db_for_write(ReportPeriod)
    found = compiled.objects("earliest open report period", _earliest_open, item.pk, using=using)
    period = found[0] if found else None
    if period is None or period.period_start > timezone.localdate(now):
        return None
    period.submitted_report = report
    period.submitted_at = now
    period.save(update_fields=["submitted_report", "submitted_at"])
    return period
