"""Which work items a user sees and may act on, as querysets (no per-row Python).

The everyday rule is a semi-join on the item's units plus the user's roles; guardian's
per-object rows are consulted only for items shared with a person outside their units.
"""

from datetime import date

from django.db.models import Case, Exists, F, IntegerField, OuterRef, Q, QuerySet, Subquery, Value, When

from engine.models import (
    AuditEventRecord,
    EscalationFiring,
    WorkItem,
    WorkItemUnit,
    WorkItemUserObjectPermission,
)
from engine.permissions import ORG_WIDE_READERS, UNIT_MANAGERS, actor_context
from engine.text import fold

S = WorkItem.State


def _in_units(unit_ids, role: str | None = None) -> Exists:
    links = WorkItemUnit.objects.filter(work_item=OuterRef("pk"), unit_id__in=list(unit_ids))
    if role:
        links = links.filter(role=role)
    return Exists(links)


def _shared_with(user, codename: str) -> Exists:
    return Exists(
        WorkItemUserObjectPermission.objects.filter(
            content_object=OuterRef("pk"), user_id=user.pk, permission__codename=codename
        )
    )


def work_items_visible_to(user) -> QuerySet[WorkItem]:
    ctx = actor_context(user)
    if ctx.user_id is None or ctx.organisation_id is None:
        return WorkItem.objects.none()
    items = WorkItem.objects.filter(organisation_id=ctx.organisation_id)
    if ctx.org_roles & ORG_WIDE_READERS:
        return items
    condition = Q(assignee_id=ctx.user_id) | Q(leader_id=ctx.user_id) | _shared_with(user, "view_workitem")
    if ctx.unit_ids:
        condition |= Q(_in_units(ctx.unit_ids)) & ~Q(state=S.DRAFTED)
    return items.filter(condition)


def _actionable_condition(user) -> Q:
    """Items waiting on this user: the same rules as engine.permissions, as one filter."""
    from engine.models import OrgRole

    ctx = actor_context(user)
    condition = Q(pk__in=[])
    lead_ids = list(ctx.unit_ids)
    manager_ids = [u for u, role in ctx.unit_roles.items() if role in UNIT_MANAGERS]
    if lead_ids:
        lead = _in_units(lead_ids, WorkItemUnit.Role.LEAD)
        condition |= Q(lead, state__in=[S.ASSIGNED, S.IN_PROGRESS])
        condition |= Q(_in_units(lead_ids, WorkItemUnit.Role.COORDINATING), state=S.IN_PROGRESS)
    if manager_ids:
        condition |= Q(_in_units(manager_ids, WorkItemUnit.Role.LEAD), state=S.IN_PROGRESS)
    condition |= Q(assignee_id=ctx.user_id, state__in=[S.ASSIGNED, S.IN_PROGRESS])
    if ctx.has(OrgRole.Role.DIRECTOR):
        condition |= Q(state=S.REPORTED)
    elif ctx.has(OrgRole.Role.DEPUTY_DIRECTOR):
        supervised = Q(leader_id=ctx.user_id)
        if ctx.supervised_unit_ids:
            supervised |= Q(_in_units(ctx.supervised_unit_ids, WorkItemUnit.Role.LEAD))
        condition |= supervised & Q(state=S.REPORTED)
    if ctx.has(OrgRole.Role.SECRETARIAT):
        condition |= Q(state=S.DRAFTED)
    return condition


def work_item_list(
    user,
    *,
    scope: str = "actionable",
    state: str | None = None,
    unit_id: int | None = None,
    month: date | None = None,
    programme_id: int | None = None,
    query: str | None = None,
    status: str | None = None,
    today: date | None = None,
    leader_id: int | None = None,
    due_from: date | None = None,
    due_to: date | None = None,
    escalated_on: date | None = None,
    ids: list[int] | None = None,
) -> QuerySet[WorkItem]:
    """The list page's queryset: visible items narrowed by the filters, ready to render.

    Every row carries `status_class` (engine.deadlines.status) as of `today` (the local date
    by default), judged with the user's organisation calendar.
    """
    from django.utils import timezone

    from engine.deadlines.calendar import calendar_for
    from engine.deadlines.status import with_status

    today = today or timezone.localdate()
    items = with_status(work_items_visible_to(user), today, calendar_for(user.organisation_id))
    if scope == "actionable":
        items = items.filter(_actionable_condition(user))
    if state:
        items = items.filter(state=state)
    if unit_id:
        items = items.filter(_in_units([unit_id]))
    if month:
        items = items.filter(due_date__year=month.year, due_date__month=month.month)
    if programme_id:
        items = items.filter(programme_id=programme_id)
    if status:
        items = items.filter(status_class=status)
    if leader_id:
        items = items.filter(leader_id=leader_id)
    if due_from:
        items = items.filter(due_date__gte=due_from)
    if due_to:
        items = items.filter(due_date__lte=due_to)
    if escalated_on:
        fired = EscalationFiring.objects.filter(work_item_id=OuterRef("pk"), fired_at__date=escalated_on)
        items = items.filter(Exists(fired))
    if ids is not None:
        items = items.filter(pk__in=ids)
    if query:
        for word in fold(query).split():
            items = items.filter(search_text__contains=word)
    return items.select_related("programme", "leader", "assignee").prefetch_related("unit_links__unit")


# The list's sortable columns: key -> the order (ascending), ties broken by programme order.
SORT_KEYS = ("due", "state", "unit", "ref", "updated")
_STATE_ORDER = [S.DRAFTED, S.ASSIGNED, S.IN_PROGRESS, S.REPORTED, S.ACCEPTED, S.CANCELLED]


def work_item_ordering(sort: str | None) -> list:
    """ORDER BY for `sort` ("due", "-due", "state", …; unknown or empty: by due date)."""
    descending = bool(sort) and sort.startswith("-")
    key = (sort or "due").lstrip("-")
    key = key if key in SORT_KEYS else "due"

    def direction(expression):
        return expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True)

    if key == "state":  # the life of an item, not the alphabet
        lifecycle = Case(
            *[When(state=state, then=Value(i)) for i, state in enumerate(_STATE_ORDER)],
            output_field=IntegerField(),
        )
        first = [direction(lifecycle), F("due_date").asc(nulls_last=True)]
    elif key == "unit":
        lead = WorkItemUnit.objects.filter(work_item=OuterRef("pk"), role=WorkItemUnit.Role.LEAD).order_by(
            "position"
        )
        first = [direction(Subquery(lead.values("unit__name")[:1]))]
    elif key == "ref":  # the programme's own order, which its numbering follows
        return [direction(F("programme_id")), direction(F("position")), direction(F("id"))]
    elif key == "updated":
        first = [direction(F("updated_at"))]
    else:
        first = [direction(F("due_date"))]
    return [*first, "programme_id", "position", "id"]


def work_item_history(item: WorkItem) -> QuerySet[AuditEventRecord]:
    """The item's events, archived years included (who did what, and who was reminded, when)."""
    return AuditEventRecord.objects.filter(work_item_id=item.pk).select_related("actor").order_by("seq")


def with_recipient_names(events) -> list[AuditEventRecord]:
    """The history as a list; escalation events get `recipient_names` (one query for all)."""
    from engine.models import User

    events = list(events)
    wanted = {
        pk for e in events if e.verb == "work_item.escalate" for pk in e.changes.get("recipient_ids", [])
    }
    names = dict(User.objects.filter(pk__in=wanted).values_list("pk", "full_name")) if wanted else {}
    for event in events:
        if event.verb == "work_item.escalate":
            event.recipient_names = [names.get(pk, "?") for pk in event.changes.get("recipient_ids", [])]
    return events
