"""Status classes as Vietnamese offices report them, computed in the database, never stored.

`with_status(qs, today)` annotates `status_class` with one CASE expression. The only
date arithmetic that needs the working calendar (where "nearly due" ends) is done once
in Python, so lists, filters, exports and the API pay no per-row cost.

Definitions, with `today` the office's local date:

- no_deadline: open (drafted/assigned/in progress) without a due date, or completed
  (reported/accepted) with neither a deadline in force at report time nor a due date.
- in_progress_overdue: open and `due_date < today` (started or not: the deadline slipped).
- nearly_due: open and at most NEARLY_DUE_WORKING_DAYS working days left, i.e.
  `today <= due_date < add_working_days(today, NEARLY_DUE_WORKING_DAYS + 1)`; due today
  counts as nearly due, not overdue.
- not_yet_due: drafted or assigned (not started), deadline ahead and not nearly due.
- in_progress_on_time: in progress, deadline ahead and not nearly due.
- completed_on_time: reported or accepted, and the local date it was reported
  (`reported_at`, else `accepted_at`) is on or before the deadline in force at report time
  (`due_date_at_report`, i.e. after approved extensions; else `due_date`). A completed item
  without any timestamp (legacy import) is counted on time: nothing shows it was late.
- completed_late: reported or accepted after that deadline.
- cancelled items get no class (`status_class` is NULL); `status_counts` leaves them out.
"""

from datetime import date, timedelta

from django.db import models
from django.db.models import Case, CharField, Count, F, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from engine.deadlines.calendar import WorkingCalendar
from engine.models import WorkItem

NEARLY_DUE_WORKING_DAYS = 3

S = WorkItem.State
NOT_STARTED = (S.DRAFTED, S.ASSIGNED)
OPEN = (S.DRAFTED, S.ASSIGNED, S.IN_PROGRESS)
COMPLETED = (S.REPORTED, S.ACCEPTED)


class StatusClass(models.TextChoices):
    NOT_YET_DUE = "not_yet_due", _("Not yet due")
    IN_PROGRESS_ON_TIME = "in_progress_on_time", _("In progress within the deadline")
    IN_PROGRESS_OVERDUE = "in_progress_overdue", _("In progress, overdue")
    NEARLY_DUE = "nearly_due", _("Nearly due")
    COMPLETED_ON_TIME = "completed_on_time", _("Completed on time")
    COMPLETED_LATE = "completed_late", _("Completed late")
    NO_DEADLINE = "no_deadline", _("No deadline")


def nearly_due_until(today: date, calendar: WorkingCalendar | None = None) -> date:
    """The last due date that still counts as nearly due on `today` (inclusive).

    A deadline is nearly due while at most NEARLY_DUE_WORKING_DAYS working days are left:
    every date before the (N+1)-th working day after today, weekends and holidays included.
    """
    calendar = calendar or WorkingCalendar()
    return calendar.add_working_days(today, NEARLY_DUE_WORKING_DAYS + 1) - timedelta(days=1)


def status_expression(today: date, calendar: WorkingCalendar | None = None) -> Case:
    """The CASE expression behind `status_class`; usable in annotate, filter and aggregate."""
    nearly_until = nearly_due_until(today, calendar)
    deadline_in_force = Coalesce(F("due_date_at_report"), F("due_date"))
    C = StatusClass
    completed = Q(state__in=COMPLETED)
    return Case(
        When(state=S.CANCELLED, then=Value(None, output_field=CharField())),
        # Completed (reported or accepted): judged against the deadline in force when reported.
        When(
            completed & Q(due_date_at_report__isnull=True, due_date__isnull=True), then=Value(C.NO_DEADLINE)
        ),
        When(
            completed & Q(reported_at__isnull=True, accepted_at__isnull=True), then=Value(C.COMPLETED_ON_TIME)
        ),
        When(
            completed & Q(reported_at__isnull=False, reported_at__date__lte=deadline_in_force),
            then=Value(C.COMPLETED_ON_TIME),
        ),
        When(
            completed & Q(reported_at__isnull=True, accepted_at__date__lte=deadline_in_force),
            then=Value(C.COMPLETED_ON_TIME),
        ),
        When(completed, then=Value(C.COMPLETED_LATE)),
        # Open items (drafted, assigned, in progress).
        When(due_date__isnull=True, then=Value(C.NO_DEADLINE)),
        When(due_date__lt=today, then=Value(C.IN_PROGRESS_OVERDUE)),
        When(due_date__lte=nearly_until, then=Value(C.NEARLY_DUE)),
        When(state__in=NOT_STARTED, then=Value(C.NOT_YET_DUE)),
        default=Value(C.IN_PROGRESS_ON_TIME),
        output_field=CharField(max_length=30, choices=StatusClass.choices),
    )


def with_status(qs: QuerySet[WorkItem], today: date, calendar: WorkingCalendar | None = None) -> QuerySet:
    """`qs` annotated with `status_class` (a StatusClass value, NULL for cancelled items).

    `calendar` defaults to the public-holiday calendar; pass `calendar_for(org_id)` to
    honour an organisation's own exceptions.
    """
    return qs.annotate(status_class=status_expression(today, calendar))


def status_counts(
    qs: QuerySet[WorkItem], today: date, calendar: WorkingCalendar | None = None
) -> dict[str, int]:
    """{status class: number of items} for every class (zeros included), in one query."""
    expression = status_expression(today, calendar)
    aggregates = {value: Count("pk", filter=Q(_status=value)) for value in StatusClass.values}
    counted = qs.order_by().annotate(_status=expression).aggregate(**aggregates)
    return {value: counted[value] or 0 for value in StatusClass.values}


def status_label(value: str | None) -> str:
    """The display label of a status class value ('' for None)."""
    return str(StatusClass(value).label) if value else ""
