"""“Việc cần làm”: what waits on a user — items to start, reports to write or approve, extensions.

One query: the visible items, each annotated with why it waits on this user
(`inbox_kind`), narrowed to those that do, most urgent first. The conditions are the
rules of engine.permissions written as one filter, so the inbox never offers an item
whose action the service would then refuse.
"""

from datetime import UTC, date, datetime

from django.db.models import (
    Case,
    CharField,
    DateTimeField,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from engine.deadlines.status import with_status
from engine.models import ExtensionRequest, OrgRole, WorkItem, WorkItemUnit
from engine.permissions import ORG_WIDE_READERS, UNIT_MANAGERS, actor_context
from engine.selectors.keyset import Key, Total, capped_counts
from engine.selectors.work_items import _in_units, due_key, row_links, union_of_ids, work_items_visible_to

S = WorkItem.State
R = OrgRole.Role

# inbox_kind values, in the order the page groups them.
DECIDE_EXTENSION = "decide_extension"
APPROVE = "approve"
REPORT = "report"
START = "start"
KINDS = (DECIDE_EXTENSION, APPROVE, REPORT, START)
EXTENSION_STATES = (S.ASSIGNED, S.IN_PROGRESS)
OPEN_STATES = (S.ASSIGNED, S.IN_PROGRESS, S.REPORTED)  # the states some kind of inbox row needs


def _lead_in(unit_ids) -> Q:
    return Q(_in_units(unit_ids, WorkItemUnit.Role.LEAD))


def _pending_extension() -> Q:
    # An IN over the (few) pending requests: the kind's count starts from them.
    return Q(pk__in=ExtensionRequest.objects.pending().order_by().values("work_item_id"))


def _nothing() -> Q:
    return Q(pk__in=[])


def inbox_conditions(user) -> dict[str, Q]:
    """inbox kind → the filter of items waiting on `user` for it."""
    ctx = actor_context(user)
    member_units = list(ctx.unit_ids)
    manager_units = [u for u, role in ctx.unit_roles.items() if role in UNIT_MANAGERS]
    staff_units = [u for u in member_units if u not in manager_units]
    mine = Q(assignee_id=ctx.user_id)

    if ctx.has(R.DIRECTOR):
        deciding = Q()
    elif ctx.has(R.DEPUTY_DIRECTOR):
        deciding = Q(leader_id=ctx.user_id)
        if ctx.supervised_unit_ids:
            deciding |= _lead_in(ctx.supervised_unit_ids)
    else:
        deciding = None

    conditions = {kind: _nothing() for kind in KINDS}
    if deciding is not None:
        conditions[DECIDE_EXTENSION] = Q(state__in=EXTENSION_STATES) & deciding & _pending_extension()
        conditions[APPROVE] = Q(state=S.REPORTED) & deciding
    # Heads write the completion report; a staff member writes progress on what was handed
    # to them, or on the unit's items nobody was handed yet.
    report = mine
    if manager_units:
        report |= _lead_in(manager_units)
    if staff_units:
        report |= _lead_in(staff_units) & Q(assignee__isnull=True)
    conditions[REPORT] = Q(state=S.IN_PROGRESS) & report
    start = mine
    if member_units:
        start |= _lead_in(member_units)
    conditions[START] = Q(state=S.ASSIGNED) & start
    return conditions


def inbox_kind_filters(user, conditions: dict[str, Q] | None = None) -> dict[str, Q]:
    """inbox kind → the filter of the items the page files under it: its own condition and none
    of an earlier kind's (the order of `KINDS`, the CASE of `inbox_for`), written so that each
    kind's state is a condition of its own (an index range, not a CASE per row).
    `conditions`: `inbox_conditions(user)`, when the caller has them."""
    conditions = inbox_conditions(user) if conditions is None else conditions
    filters, earlier = {}, Q(pk__in=[])
    for kind in KINDS:
        filters[kind] = conditions[kind] & ~earlier
        earlier |= conditions[kind]
    return filters


def inbox_counts(user, conditions: dict[str, Q] | None = None) -> dict[str, Total]:
    """How many items wait on `user` per kind: one statement, each count exact up to COUNT_CAP.

    Counted from where the items are (the user's units' links, the pending requests, the
    state index), not by grouping every waiting item as the page's CASE would file it.
    `conditions`: `inbox_conditions(user)`, when the caller has them.
    """
    conditions = inbox_conditions(user) if conditions is None else conditions
    filters = inbox_kind_filters(user, conditions)
    linked = _linked_kinds(user)
    # A kind that can wait on nobody here (a head decides no extension) counts 0 without SQL;
    # the visible items' queryset is built only when some kind needs it.
    counted = {kind: WorkItem.objects.none() for kind in KINDS if conditions[kind] == _nothing()}
    counted.update((kind, linked[kind]) for kind in KINDS if kind in linked and kind not in counted)
    if len(counted) < len(KINDS):
        # Outside the org-wide roles every kind asks for a lead unit of the user's or their own
        # item (`inbox_conditions`): only those are candidates.
        visible = work_items_visible_to(user, driven=True, lead_only=True).filter(state__in=OPEN_STATES)
        counted.update((kind, visible.filter(filters[kind])) for kind in KINDS if kind not in counted)
    return capped_counts({kind: counted[kind] for kind in KINDS})


def _linked_kinds(user) -> dict[str, QuerySet]:
    """The kinds whose items a user outside the org-wide roles finds by the links' copies of the
    items' state and their own items alone (`union_of_ids`, no item fetched): "to start" (assigned,
    led by a unit of theirs, or handed to them) and, unless they are staff of a unit (whose rule
    also asks that nobody was handed the item), "report to write". The same rows as
    `inbox_kind_filters` (the kinds' states differ, so no earlier kind takes any of them)."""
    ctx = actor_context(user)
    if ctx.user_id is None or ctx.organisation_id is None or ctx.org_roles & ORG_WIDE_READERS:
        return {}
    member_units = list(ctx.unit_ids)
    manager_units = [u for u, role in ctx.unit_roles.items() if role in UNIT_MANAGERS]
    mine = WorkItem.objects.filter(organisation_id=ctx.organisation_id, assignee_id=ctx.user_id)
    lead = WorkItemUnit.Role.LEAD
    kinds = {START: union_of_ids([(member_units, lead, {S.ASSIGNED})], [(mine, "state", {S.ASSIGNED})])}
    if set(member_units) == set(manager_units):
        kinds[REPORT] = union_of_ids(
            [(manager_units, lead, {S.IN_PROGRESS})], [(mine, "state", {S.IN_PROGRESS})]
        )
    return kinds


def inbox_segments(user) -> list[tuple[int, Q]]:
    """The values of `not_mine` with their filters, for keyset_page's `segments`."""
    mine = Q(assignee_id=getattr(user, "pk", None))
    return [(0, mine), (1, ~mine)]


def inbox_candidates(user, conditions: dict[str, Q] | None = None) -> QuerySet[WorkItem]:
    """The items waiting on `user` (any kind), with the page's order keys (`INBOX_KEYS`) and nothing
    else: the rows `inbox_for` shows, for reading a page's ids (keyset_page's `segment_rows`).
    `conditions`: `inbox_conditions(user)`, when the caller has them."""
    conditions = inbox_conditions(user) if conditions is None else conditions
    waiting = Q(pk__in=[])
    for k in KINDS:
        waiting |= conditions[k]
    # Narrowed by the conditions themselves (the CASE is then worked out for the rows that
    # wait only); every kind waits on an open item, which the (organisation, state) index finds.
    return (
        work_items_visible_to(user)
        .filter(waiting, state__in=OPEN_STATES)
        .annotate(**{k.name: k.expression for k in INBOX_KEYS if k.expression})
    )


def inbox_for(
    user,
    today: date | None = None,
    candidates: QuerySet | None = None,
    conditions: dict[str, Q] | None = None,
) -> QuerySet[WorkItem]:
    """The items waiting on `user`, each with `inbox_kind`, the most urgent first.

    The user's own items (handed to them by their head) come first; then urgency: the
    earliest deadline first (overdue items come first by construction), items without a
    deadline last; among equal deadlines, what has waited longest. After "mine first" the
    order is the index `workitem_inbox_order`; a page reads each of the two segments from
    there (`inbox_segments`). `candidates`: `inbox_candidates(user)`, `conditions`:
    `inbox_conditions(user)`, when the caller has them (built once a request).
    """
    conditions = inbox_conditions(user) if conditions is None else conditions
    kind = Case(
        *(When(conditions[k], then=Value(k)) for k in KINDS),
        default=Value(""),
        output_field=CharField(),
    )
    items = inbox_candidates(user, conditions) if candidates is None else candidates
    return (
        with_status(items, today or timezone.localdate())
        .annotate(inbox_kind=kind)
        .annotate(
            pending_extension_id=Subquery(
                ExtensionRequest.objects.pending().filter(work_item=OuterRef("pk")).values("pk")[:1]
            )
        )
        .select_related("programme", "leader", "assignee")
        .prefetch_related(row_links())
        .annotate(
            not_mine=Case(
                When(assignee_id=getattr(user, "pk", None), then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by(*[k.order() for k in INBOX_KEYS])
    )


# Never NULL, so the order is the same on every backend and a cursor compares as one row.
_LATEST = datetime(9999, 12, 31, tzinfo=UTC)
INBOX_KEYS = [
    Key("not_mine"),
    Key("sort_due", due_key()),
    Key("sort_reported", Coalesce(F("reported_at"), Value(_LATEST), output_field=DateTimeField())),
    Key("sort_assigned", Coalesce(F("assigned_at"), Value(_LATEST), output_field=DateTimeField())),
    Key("id"),
]
