"""Which work items a user sees and may act on, as querysets (no per-row Python).

The everyday rule is a semi-join on the item's units plus the user's roles; guardian's
per-object rows are consulted only for items shared with a person outside their units.
"""

from datetime import date

from django.db.models import (
    Case,
    DateField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce

from engine.models import (
    AuditEventRecord,
    EscalationFiring,
    WorkItem,
    WorkItemUnit,
    WorkItemUserObjectPermission,
)
from engine.permissions import ORG_WIDE_READERS, actor_context
from engine.selectors.keyset import Key, Total, capped_count
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


def candidate_ids(user, *, lead_only: bool = False) -> QuerySet:
    """Every item id a user outside the org-wide roles might see, read from the indexes that hold
    them: their units' links (`workitemunit_copies`, unit first), the items handed to or supervised by
    them, the items shared with them; one `UNION ALL`, duplicates and all (an `IN` drops them).
    `lead_only`: of their units' links only those where the unit leads."""
    ctx = actor_context(user)
    shared = WorkItemUserObjectPermission.objects.filter(
        user_id=ctx.user_id, permission__codename="view_workitem"
    )
    return union_of_ids(
        [(ctx.unit_ids, WorkItemUnit.Role.LEAD if lead_only else None, ALL_STATES)],
        [
            (WorkItem.objects.filter(assignee_id=ctx.user_id), "state", ALL_STATES),
            (WorkItem.objects.filter(leader_id=ctx.user_id), "state", ALL_STATES),
            (shared, "content_object__state", ALL_STATES),
        ],
        keep_duplicates=True,
    )


def work_items_visible_to(user, *, driven: bool = False, lead_only: bool = False) -> QuerySet[WorkItem]:
    """The items `user` may see (docs/permissions.md).

    `driven=True` writes the same set so that PostgreSQL starts from `candidate_ids` (a
    semi-join) instead of walking the organisation's items with the rule as a per-row check:
    for counting a unit's items, whose cost then follows the unit, not the organisation. A
    page in an indexed order wants the default form (the order's index, stopped after a page).
    `lead_only` (with `driven`) leaves out the items the user's units only coordinate: for a
    caller whose own filter asks for a lead unit of theirs or the user's own items anyway.
    """
    ctx = actor_context(user)
    if ctx.user_id is None or ctx.organisation_id is None:
        return WorkItem.objects.none()
    items = WorkItem.objects.filter(organisation_id=ctx.organisation_id)
    if ctx.org_roles & ORG_WIDE_READERS:
        return items
    personal = Q(assignee_id=ctx.user_id) | Q(leader_id=ctx.user_id) | _shared_with(user, "view_workitem")
    if driven:
        # mine or (in my units and not drafted), with the candidates being exactly "mine or in
        # my units": (candidate) and (mine or not drafted) is the same set.
        return items.filter(pk__in=candidate_ids(user, lead_only=lead_only)).filter(
            ~Q(state=S.DRAFTED) | personal
        )
    condition = personal
    if ctx.unit_ids:
        condition |= Q(_in_units(ctx.unit_ids)) & ~Q(state=S.DRAFTED)
    return items.filter(condition)


ALL_STATES = frozenset(S.values)


def linked_ids(user, *, scope: str = "all", state: str | None = None) -> QuerySet | None:
    """The ids of the list's rows (`work_item_list(user, scope=…, state=…)`, no other filter), read
    from the user's units' links by the copies of the items' state (`WorkItemUnit.item_state`,
    index `workitemunit_copies`) and from their own items: one `UNION` (duplicates dropped) to
    count, which never fetches a linked item. For the org-wide roles, from the organisation's
    items by state (`_org_wide_ids`). None for a user without an organisation.

    The same rows as the rule (`tests/engine/test_lists_driven.py` checks every person): visible
    is "mine, or in my units and not drafted"; actionable for such a user is "assigned and led by
    my unit, in progress and linked to my unit, or handed to me and not yet reported"
    (`_actionable_condition` without its org-wide roles' terms), all of it visible.
    """
    ctx = actor_context(user)
    if ctx.user_id is None or ctx.organisation_id is None:
        return None
    if ctx.org_roles & ORG_WIDE_READERS:
        return _org_wide_ids(ctx, scope, ALL_STATES if state is None else {state})
    mine = WorkItem.objects.filter(organisation_id=ctx.organisation_id)
    shared = WorkItemUserObjectPermission.objects.filter(
        user_id=ctx.user_id,
        permission__codename="view_workitem",
        content_object__organisation_id=ctx.organisation_id,
    )
    if scope == "actionable":
        links = [(WorkItemUnit.Role.LEAD, {S.ASSIGNED}), (None, {S.IN_PROGRESS})]
        personal = [(mine.filter(assignee_id=ctx.user_id), "state", {S.ASSIGNED, S.IN_PROGRESS})]
    else:
        links = [(None, ALL_STATES - {S.DRAFTED})]
        personal = [
            (mine.filter(assignee_id=ctx.user_id), "state", ALL_STATES),
            (mine.filter(leader_id=ctx.user_id), "state", ALL_STATES),
            (shared, "content_object__state", ALL_STATES),
        ]
    wanted = ALL_STATES if state is None else {state}
    return union_of_ids(
        [(ctx.unit_ids, role, states & wanted) for role, states in links],
        [(rows, field, states & wanted) for rows, field, states in personal],
    )


def _org_wide_ids(ctx, scope: str, wanted: set) -> QuerySet:
    """`linked_ids` for the org-wide roles, who see every item of their organisation: all of them
    (in the wanted states) by the `(organisation, state)` index; actionable, `_actionable_condition`
    as parts: the states their roles decide on over the whole organisation (the director: reported;
    the secretariat: drafted), a deputy's reported items (theirs, or led by a unit they supervise),
    their units' links and their own items as for anyone. Parts whose states do not meet hold
    different items: then `UNION ALL`, which the count's LIMIT stops early, instead of a `UNION` that
    gathers every row first."""
    from engine.models import OrgRole

    items = WorkItem.objects.filter(organisation_id=ctx.organisation_id)
    if scope != "actionable":
        items = items if wanted == ALL_STATES else items.filter(state__in=sorted(wanted))
        return items.order_by().values_list("pk", flat=True)
    lead = WorkItemUnit.Role.LEAD
    links = [(ctx.unit_ids, lead, {S.ASSIGNED}), (ctx.unit_ids, None, {S.IN_PROGRESS})]
    personal = [(items.filter(assignee_id=ctx.user_id), "state", {S.ASSIGNED, S.IN_PROGRESS})]
    if ctx.has(OrgRole.Role.DIRECTOR):
        personal.append((items, "state", {S.REPORTED}))
    elif ctx.has(OrgRole.Role.DEPUTY_DIRECTOR):
        personal.append((items.filter(leader_id=ctx.user_id), "state", {S.REPORTED}))
        links.append((ctx.supervised_unit_ids, lead, {S.REPORTED}))
    if ctx.has(OrgRole.Role.SECRETARIAT):
        personal.append((items, "state", {S.DRAFTED}))
    links = [(units, role, states & wanted) for units, role, states in links if units and states & wanted]
    personal = [(rows, field, states & wanted) for rows, field, states in personal if states & wanted]
    states = [s for _rows, _field, s in personal]
    disjoint = not links and sum(len(s) for s in states) == len(set().union(*states))
    return union_of_ids(links, personal, keep_duplicates=disjoint)


def union_of_ids(links, personal, *, keep_duplicates: bool = False) -> QuerySet:
    """Item ids as one `UNION` (duplicates dropped; `keep_duplicates`: `UNION ALL`, for an `IN`
    that drops them anyway): `links` are `(unit ids, role or None, states)`, read from the links'
    copies (`workitemunit_copies`); `personal` are `(queryset, its state field, states)` over the
    items (or the shares) the user holds. Empty parts are left out."""
    parts = []
    for unit_ids, role, states in links:
        if unit_ids and states:
            rows = WorkItemUnit.objects.filter(unit_id__in=sorted(unit_ids))
            rows = rows.filter(role=role) if role else rows
            rows = rows.filter(item_state__in=sorted(states)) if states != ALL_STATES else rows
            parts.append(rows.order_by().values_list("work_item_id", flat=True))
    for rows, field, states in personal:
        if states:
            rows = rows.filter(**{f"{field}__in": sorted(states)}) if states != ALL_STATES else rows
            column = "content_object_id" if rows.model is WorkItemUserObjectPermission else "pk"
            parts.append(rows.order_by().values_list(column, flat=True))
    if not parts:
        return WorkItem.objects.none().values_list("pk", flat=True)
    if len(parts) == 1:
        return parts[0] if keep_duplicates else parts[0].distinct()
    return parts[0].union(*parts[1:], all=keep_duplicates)


def stale_link_copies() -> QuerySet[WorkItemUnit]:
    """Links whose copy of their item's state or deadline differs from the item (none, unless a
    path changed an item without `engine.services.work_items.copy_to_links`)."""
    same_due = Q(item_due_date=F("work_item__due_date")) | Q(
        item_due_date__isnull=True, work_item__due_date__isnull=True
    )
    return WorkItemUnit.objects.exclude(Q(item_state=F("work_item__state")) & same_due)


def _actionable_condition(user) -> Q:
    """Items waiting on this user: the same rules as engine.permissions, as one filter."""
    from engine.models import OrgRole

    ctx = actor_context(user)
    condition = Q(pk__in=[])
    lead_ids = list(ctx.unit_ids)
    if lead_ids:
        # Lead members start (assigned) and write progress (in progress); coordinating members
        # contribute (in progress): in progress, any link of theirs will do. The heads' own
        # rule (lead, in progress) is inside the first. The state is tested before the link, so
        # a row in another state costs no index probe.
        condition |= Q(state=S.ASSIGNED) & Q(_in_units(lead_ids, WorkItemUnit.Role.LEAD))
        condition |= Q(state=S.IN_PROGRESS) & Q(_in_units(lead_ids))
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
    driven: bool = False,
    calendar=None,
) -> QuerySet[WorkItem]:
    """The list page's queryset: visible items narrowed by the filters, ready to render.

    Every row carries `status_class` (engine.deadlines.status) as of `today` (the local date
    by default), judged with the user's organisation calendar. `driven`: the same rows in the
    form to count (see `work_items_visible_to`). `calendar`: the organisation's, when the
    caller has it already (engine.deadlines.calendar.calendar_for, one query).
    """
    from django.utils import timezone

    from engine.deadlines.calendar import calendar_for
    from engine.deadlines.status import with_status

    today = today or timezone.localdate()
    calendar = calendar if calendar is not None else calendar_for(user.organisation_id)
    items = with_status(work_items_visible_to(user, driven=driven), today, calendar)
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
    return items.select_related("programme", "leader", "assignee").prefetch_related(row_links())


def row_links() -> Prefetch:
    """A page's rows' unit links with their units, in one query (a join) rather than two."""
    return Prefetch("unit_links", queryset=WorkItemUnit.objects.select_related("unit"))


def work_item_total(user, **wanted) -> Total:
    """The list's total (capped, engine.selectors.keyset): when only the scope and the state narrow
    the list, counted from `linked_ids` (index-only ranges of the user's units' links and of the
    organisation's states; no second build of the list's query); otherwise from the counted form
    of the list (`work_item_list(…, driven=True)`). `wanted`: work_item_list's keyword arguments."""
    narrowed = any(
        value is not None if name == "ids" else bool(value)
        for name, value in wanted.items()
        if name not in ("scope", "state", "today", "calendar")
    )
    scope, state = wanted.get("scope", "actionable"), wanted.get("state")
    ids = None if narrowed else linked_ids(user, scope=scope, state=state)
    return capped_count(ids if ids is not None else work_item_list(user, driven=True, **wanted))


# The list's sortable columns: key -> the order (ascending), ties broken by programme order.
SORT_KEYS = ("due", "state", "unit", "ref", "updated")
_STATE_ORDER = [S.DRAFTED, S.ASSIGNED, S.IN_PROGRESS, S.REPORTED, S.ACCEPTED, S.CANCELLED]
# No deadline sorts after every deadline, either way: the sentinel a NULL due date takes.
NO_DUE_LAST = {False: date(9999, 12, 31), True: date(1, 1, 1)}


def due_key(descending: bool = False) -> Coalesce:
    """The due date as a sort key without NULLs (the expression the list's index is built on)."""
    return Coalesce(F("due_date"), Value(NO_DUE_LAST[descending]), output_field=DateField())


def work_item_keys(sort: str | None) -> list[Key]:
    """The keyset sort for `sort` ("due", "-due", "state", …; unknown or empty: by due date).

    Each ends with the programme's order and the primary key, so the order is total; the
    default ("due") and "ref" run one way throughout and follow the indexes of migration
    0015_list_indexes (a row comparison the index answers).
    """
    descending = bool(sort) and sort.startswith("-")
    key = (sort or "due").lstrip("-")
    key = key if key in SORT_KEYS else "due"
    tail = [Key("programme_id"), Key("position"), Key("id")]
    if key == "state":  # the life of an item, not the alphabet
        lifecycle = Case(
            *[When(state=state, then=Value(i)) for i, state in enumerate(_STATE_ORDER)],
            output_field=IntegerField(),
        )
        first = [Key("sort_state", lifecycle, descending), Key("sort_due", due_key())]
    elif key == "unit":
        lead = WorkItemUnit.objects.filter(work_item=OuterRef("pk"), role=WorkItemUnit.Role.LEAD).order_by(
            "position"
        )
        name = Subquery(lead.values("unit__name")[:1])
        first = [  # items without a lead unit last, either way
            Key("sort_no_unit", Case(When(Q(Exists(lead)), then=Value(0)), default=Value(1)), False),
            Key("sort_unit", Coalesce(name, Value("")), descending),
        ]
    elif key == "ref":  # the programme's own order, which its numbering follows
        return [Key(k.name, descending=descending) for k in tail]
    elif key == "updated":
        first = [Key("updated_at", descending=descending)]
    else:
        first = [Key("sort_due", due_key(descending), descending)]
    return [*first, *tail]


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
