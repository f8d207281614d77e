"""Which programmes a user sees, which wait on them, and what approving one would start."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Q, QuerySet

from engine.deadlines.calendar import calendar_for
from engine.models import Programme, WorkItem
from engine.permissions import ORG_WIDE_READERS, actor_context

S = WorkItem.State
# "Due within a week": a working week of the organisation's calendar (holidays skipped).
DUE_SOON_WORKING_DAYS = 5


def programmes_visible_to(user) -> QuerySet[Programme]:
    """Own organisation only; drafts for the organisation-wide roles (leadership, secretariat, …)."""
    ctx = actor_context(user)
    if ctx.user_id is None or ctx.organisation_id is None:
        return Programme.objects.none()
    programmes = Programme.objects.filter(organisation_id=ctx.organisation_id)
    if not ctx.org_roles & ORG_WIDE_READERS:
        programmes = programmes.exclude(state__in=Programme.UNPUBLISHED)
    return programmes


def programmes_awaiting_approval_of(user) -> QuerySet[Programme]:
    """The submitted programmes the user approves (the director's), oldest request first; one query."""
    ctx = actor_context(user)
    if ctx.organisation_id is None or not ctx.has("director"):
        return Programme.objects.none()
    return (
        Programme.objects.filter(organisation_id=ctx.organisation_id, state=Programme.State.SUBMITTED)
        .annotate(item_count=Count("items"))
        .order_by("submitted_at", "pk")
    )


@dataclass(frozen=True)
class DeadlineOutlook:
    """What publishing a programme today would start: its items already overdue or due soon."""

    items: int
    overdue: int
    due_soon: int
    due_soon_until: date


def programme_deadline_outlook(programme: Programme, today: date) -> DeadlineOutlook:
    """Counts over the drafted items (those approval assigns), with the organisation's calendar."""
    until = calendar_for(programme.organisation_id).add_working_days(today, DUE_SOON_WORKING_DAYS)
    counts = programme.items.filter(state=S.DRAFTED).aggregate(
        items=Count("pk"),
        overdue=Count("pk", filter=Q(due_date__lt=today)),
        due_soon=Count("pk", filter=Q(due_date__gte=today, due_date__lte=until)),
    )
    return DeadlineOutlook(counts["items"], counts["overdue"], counts["due_soon"], until)
