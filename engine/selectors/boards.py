"""Read paths of the leaders' and heads' pages: the unit board, the approvals queue, a programme.

Each returns querysets ready to render (related rows selected or prefetched), so a page
costs the same few queries at 30 items as at 3,000.
"""

from datetime import date

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet

from engine.deadlines.status import with_status
from engine.models import AuditEvent, Membership, ProgressReport, Unit, User, WorkItem, WorkItemUnit
from engine.permissions import UNIT_MANAGERS, actor_context
from engine.selectors.inbox import APPROVE, inbox_conditions
from engine.selectors.work_items import work_items_visible_to

S = WorkItem.State


def _lead(unit_ids) -> Exists:
    return Exists(
        WorkItemUnit.objects.filter(
            work_item=OuterRef("pk"), unit_id__in=list(unit_ids), role=WorkItemUnit.Role.LEAD
        )
    )


def boards_for(user) -> QuerySet[Unit]:
    """The units whose board `user` may open: their own units; every unit for org-wide readers."""
    ctx = actor_context(user)
    units = Unit.objects.filter(organisation_id=ctx.organisation_id, is_active=True)
    from engine.permissions import ORG_WIDE_READERS

    if ctx.org_roles & ORG_WIDE_READERS:
        return units
    return units.filter(pk__in=list(ctx.unit_ids))


def unit_board(user, unit: Unit, today: date) -> QuerySet[WorkItem]:
    """The unit's lead items that `user` may see, with their status class."""
    items = work_items_visible_to(user).filter(_lead([unit.pk])).exclude(state=S.DRAFTED)
    return (
        with_status(items, today).select_related("assignee", "leader").order_by("due_date", "position", "id")
    )


def unit_staff(unit: Unit) -> QuerySet[User]:
    members = Membership.objects.active().filter(unit=unit).values("user_id")
    return User.objects.filter(pk__in=members, is_active=True).order_by("full_name", "username")


def may_manage_unit(user, unit: Unit) -> bool:
    return actor_context(user).unit_roles.get(unit.pk) in UNIT_MANAGERS


def approvals_for(user, today: date) -> QuerySet[WorkItem]:
    """Reports waiting on `user`, the oldest first, with the report, its evidence and the history."""
    condition = inbox_conditions(user)[APPROVE]
    reports = ProgressReport.objects.select_related("author", "unit").prefetch_related("attachments")
    history = AuditEvent.objects.order_by("seq")
    items = work_items_visible_to(user).filter(condition)
    return (
        with_status(items, today)
        .select_related("programme", "leader", "assignee")
        .prefetch_related(
            "unit_links__unit",
            Prefetch("reports", queryset=reports.order_by("created_at", "id"), to_attr="all_reports"),
            Prefetch("audit_events", queryset=history, to_attr="history"),
        )
        .order_by("reported_at", "id")
    )


def programme_items(
    user,
    programme,
    today: date,
    *,
    unit_id: int | None = None,
    state: str | None = None,
    status_class: str | None = None,
    leader_id: int | None = None,
) -> QuerySet[WorkItem]:
    items = with_status(work_items_visible_to(user).filter(programme=programme), today)
    if unit_id:
        items = items.filter(Exists(WorkItemUnit.objects.filter(work_item=OuterRef("pk"), unit_id=unit_id)))
    if state:
        items = items.filter(state=state)
    if status_class:
        items = items.filter(status_class=status_class)
    if leader_id:
        items = items.filter(leader_id=leader_id)
    return (
        items.select_related("leader", "assignee")
        .prefetch_related("unit_links__unit")
        .order_by("due_date", "position", "id")
    )


def programme_progress(items: QuerySet[WorkItem]) -> list[dict]:
    """Per lead unit: items, accepted, reported, cancelled — one grouped query."""
    rows = (
        WorkItemUnit.objects.filter(role=WorkItemUnit.Role.LEAD, work_item__in=items.values("pk"))
        .values("unit_id", "unit__name", "unit__short_name")
        .annotate(
            total=Count("work_item", filter=~Q(work_item__state=S.CANCELLED)),
            accepted=Count("work_item", filter=Q(work_item__state=S.ACCEPTED)),
            reported=Count("work_item", filter=Q(work_item__state=S.REPORTED)),
        )
        .order_by("unit__name")
    )
    result = []
    for row in rows:
        total = row["total"] or 0
        result.append(
            {
                "unit_id": row["unit_id"],
                "label": row["unit__short_name"] or row["unit__name"],
                "name": row["unit__name"],
                "total": total,
                "accepted": row["accepted"],
                "reported": row["reported"],
                "percent": round(100 * row["accepted"] / total) if total else 0,
                "reported_percent": round(100 * row["reported"] / total) if total else 0,
            }
        )
    return result
