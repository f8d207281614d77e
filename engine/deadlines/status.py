"""Status classes as Vietnamese offices report them, computed in the database, never stored.

`with_status(qs, today)` annotates `status_class` with one CASE expression. The only
date arithmetic that needs the working calendar (where "nearly due" ends) is done once
in Python, so lists, filters, exports and the API pay no per-row cost.

Definitions, with `today` the office's local date. An open item's deadline is its next
unsubmitted report period's due date when it is a recurring item with report periods
(`engine.services.report_periods`), else its `due_date` (after approved extensions); the
annotation `next_report_due` carries that report date for the pages.

- no_deadline: open (drafted/assigned/in progress) without a deadline, or completed
  (reported/accepted) with neither a deadline in force at report time nor a due date.
- in_progress_overdue (quá hạn chưa hoàn thành): open and deadline < today, started or
  not: the deadline slipped and nothing has been reported.
- nearly_due: open and at most NEARLY_DUE_WORKING_DAYS working days left, i.e.
  `today <= deadline < add_working_days(today, NEARLY_DUE_WORKING_DAYS + 1)`; due today
  counts as nearly due, not overdue.
- not_yet_due (chưa đến hạn): drafted or assigned (not started), deadline ahead and not
  nearly due.
- in_progress_on_time (đang thực hiện trong hạn): in progress, deadline ahead and not
  nearly due.
- reported_on_time / reported_late (đã báo cáo, chờ nghiệm thu): reported, not yet
  accepted; on time when the local date it was reported is on or before the deadline in
  force at report time (`due_date_at_report`, i.e. after approved extensions; else
  `due_date`). The leadership's acceptance, not the report, completes an item.
- completed_on_time / completed_late (hoàn thành đúng hạn / quá hạn): accepted, judged
  by the same report date (`reported_at`, else `accepted_at`): a slow acceptance does not
  make the unit late. An item without any timestamp (legacy import) is on time: nothing
  shows it was late.
- cancelled items get no class (`status_class` is NULL); `status_counts` leaves them out.
"""

from datetime import date, timedelta

from django.db import models
from django.db.models import Case, CharField, Count, F, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.db.models.lookups import IsNull, LessThan, LessThanOrEqual
from django.utils.translation import gettext_lazy as _

from engine.deadlines.calendar import WorkingCalendar
from engine.models import ReportPeriod, WorkItem

NEARLY_DUE_WORKING_DAYS = 3

S = WorkItem.State
NOT_STARTED = (S.DRAFTED, S.ASSIGNED)
OPEN = (S.DRAFTED, S.ASSIGNED, S.IN_PROGRESS)
COMPLETED = (S.REPORTED, S.ACCEPTED)


class StatusClass(models.TextChoices):
    NOT_YET_DUE = "not_yet_due", _("Not yet due")
    IN_PROGRESS_ON_TIME = "in_progress_on_time", _("In progress within the deadline")
    NEARLY_DUE = "nearly_due", _("Nearly due")
    # The value keeps its old name (API clients filter on it); the class covers open items
    # past their deadline whether started or not.
    IN_PROGRESS_OVERDUE = "in_progress_overdue", _("Overdue, not completed")
    REPORTED_ON_TIME = "reported_on_time", _("Reported on time, awaiting acceptance")
    REPORTED_LATE = "reported_late", _("Reported late, awaiting acceptance")
    COMPLETED_ON_TIME = "completed_on_time", _("Completed on time")
    COMPLETED_LATE = "completed_late", _("Completed late")
    NO_DEADLINE = "no_deadline", _("No deadline")


# Classes of items whose deadline passed before they were reported (the delay register's).
LATE = (StatusClass.IN_PROGRESS_OVERDUE, StatusClass.REPORTED_LATE, StatusClass.COMPLETED_LATE)


def nearly_due_until(today: date, calendar: WorkingCalendar | None = None) -> date:
    """The last due date that still counts as nearly due on `today` (inclusive).

    A deadline is nearly due while at most NEARLY_DUE_WORKING_DAYS working days are left:
    every date before the (N+1)-th working day after today, weekends and holidays included.
    """
    calendar = calendar or WorkingCalendar()
    return calendar.add_working_days(today, NEARLY_DUE_WORKING_DAYS + 1) - timedelta(days=1)


def next_report_due() -> Subquery:
    """The due date of the item's earliest unsubmitted report period (recurring items)."""
    return Subquery(
        ReportPeriod.objects.filter(work_item_id=OuterRef("pk"), submitted_at__isnull=True)
        .order_by("period_start")
        .values("due_date")[:1]
    )


def status_expression(today: date, calendar: WorkingCalendar | None = None) -> Case:
    """The CASE expression behind `status_class`; usable in annotate, filter and aggregate.

    It reads the `next_report_due` annotation (`next_report_due()`), which `with_status`
    and `status_counts` add first.
    """
    nearly_until = nearly_due_until(today, calendar)
    deadline_in_force = Coalesce(F("due_date_at_report"), F("due_date"))
    deadline = Coalesce(F("next_report_due"), F("due_date"))
    C = StatusClass

    def done(states, on_time, late):
        """Reported or accepted items, judged by the local day they were reported."""
        state = Q(state__in=states)
        return [
            When(state & Q(reported_at__isnull=True, accepted_at__isnull=True), then=Value(on_time)),
            When(
                state & Q(reported_at__isnull=False, reported_at__date__lte=deadline_in_force),
                then=Value(on_time),
            ),
            When(
                state & Q(reported_at__isnull=True, accepted_at__date__lte=deadline_in_force),
                then=Value(on_time),
            ),
            When(state, then=Value(late)),
        ]

    return Case(
        When(state=S.CANCELLED, then=Value(None, output_field=CharField())),
        When(
            Q(state__in=COMPLETED, due_date_at_report__isnull=True, due_date__isnull=True),
            then=Value(C.NO_DEADLINE),
        ),
        *done([S.ACCEPTED], C.COMPLETED_ON_TIME, C.COMPLETED_LATE),
        *done([S.REPORTED], C.REPORTED_ON_TIME, C.REPORTED_LATE),
        # Open items (drafted, assigned, in progress).
        When(IsNull(deadline, True), then=Value(C.NO_DEADLINE)),
        When(LessThan(deadline, today), then=Value(C.IN_PROGRESS_OVERDUE)),
        When(LessThanOrEqual(deadline, nearly_until), then=Value(C.NEARLY_DUE)),
        When(state__in=NOT_STARTED, then=Value(C.NOT_YET_DUE)),
        default=Value(C.IN_PROGRESS_ON_TIME),
        output_field=CharField(max_length=30, choices=StatusClass.choices),
    )


def with_status(qs: QuerySet[WorkItem], today: date, calendar: WorkingCalendar | None = None) -> QuerySet:
    """`qs` annotated with `status_class` (a StatusClass value, NULL for cancelled items).

    Also annotates `next_report_due`: a recurring item's next report date, which the pages
    show instead of "no deadline". `calendar` defaults to the public-holiday calendar; pass
    `calendar_for(org_id)` to honour an organisation's own exceptions.
    """
    return qs.annotate(next_report_due=next_report_due()).annotate(
        status_class=status_expression(today, calendar)
    )


def status_of(item: WorkItem, today: date, calendar: WorkingCalendar | None = None) -> WorkItem:
    """Set `status_class` and `next_report_due` on one loaded item (one query); returns it."""
    row = (
        with_status(WorkItem.objects.filter(pk=item.pk), today, calendar)
        .values("status_class", "next_report_due")
        .first()
        or {}
    )
    item.status_class = row.get("status_class")
    item.next_report_due = row.get("next_report_due")
    return item


def status_counts(
    qs: QuerySet[WorkItem], today: date, calendar: WorkingCalendar | None = None
) -> dict[str, int]:
    """{status class: number of items} for every class (zeros included), in one query.

    Grouped by the class, so the CASE (and the next-report sub-select inside it) is
    evaluated once per row, not once per class as nine filtered counts would.
    """
    expression = status_expression(today, calendar)
    counted = (
        qs.order_by()
        .annotate(next_report_due=next_report_due())
        .annotate(_status=expression)
        .values("_status")
        .annotate(n=Count("pk"))
        .values_list("_status", "n")
    )
    found = dict(counted)
    return {value: found.get(value, 0) for value in StatusClass.values}


def status_label(value: str | None) -> str:
    """The display label of a status class value ('' for None)."""
    return str(StatusClass(value).label) if value else ""
