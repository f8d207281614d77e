"""Per event kind: who is told and what they read. Other apps plug their kinds in with `register`.

A message is an English gettext_noop template rendered, when the row is written, in the
recipient's language (Vietnamese unless they chose otherwise). Events whose `data`
carries `recipient_ids` name their recipients; for the others `recipients` derives them
from the item and the permission rules (notifications.recipients). The actor is never
told of their own action.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.db.models import Q
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from engine import compiled
from engine.events import DomainEvent
from engine.models import Programme, User, WorkItem
from engine.permissions import item_unit_ids
from notifications import recipients as r

logger = logging.getLogger(__name__)


@dataclass
class Context:
    """What a recipients rule or a message may look at."""

    event: DomainEvent
    item: WorkItem | None
    programme: Programme | None


# A rule answers with user ids, or with a condition on User (the `_q` rules of
# notifications.recipients), which lets the outbox find recipients in one query.
Rule = Callable[[Context], "set[int] | Q"]


@dataclass(frozen=True)
class Kind:
    message: str  # gettext_noop template; placeholders from `message_params`
    recipients: Rule


KINDS: dict[str, Kind] = {}


def register(kind: str, *, message: str, recipients: Rule | None = None) -> None:
    """Declare (or replace) how `kind` is notified; `recipients` defaults to data["recipient_ids"]."""
    KINDS[kind] = Kind(message=message, recipients=recipients or _nobody)


def kind_for(event_kind: str) -> Kind | None:
    return KINDS.get(event_kind)


# --- recipients rules ----------------------------------------------------------------


def _nobody(ctx: Context) -> set[int]:
    return set()


def _on_item(*parts: Callable[[WorkItem], "set[int] | Q"]) -> Rule:
    def rule(ctx: Context) -> Q:
        found = r.NOBODY
        if ctx.item is not None:
            for part in parts:
                found |= r.as_condition(part(ctx.item))
        return found

    rule.item_parts = parts
    return rule


# The parts that read nothing of the item but its organisation, unit links, leader and assignee:
# the recipients' query of a kind made of these alone has one shape per count of units, so it is
# compiled once per shape (engine.compiled) instead of in every transition.
ITEM_SHAPED_PARTS = frozenset(
    {r.lead_managers_q, r.item_managers_q, r.assignee_q, r.supervisors_q, r.reviewers_q}
)


def _delegated(ctx: Context) -> Q:
    found = _on_item(r.lead_managers_q)(ctx)
    if ctx.event.data.get("assignee_id"):
        found |= Q(pk=int(ctx.event.data["assignee_id"]))
    return found


def _escalated(ctx: Context) -> Q:
    found = _on_item(r.lead_managers_q, r.assignee_q, r.supervisors_q)(ctx)
    step = _int(ctx.event.data.get("step"))
    if step is not None and step >= 3:
        found |= r.directors_q(ctx.event.organisation_id)
    if step is not None and step > 4:
        found |= r.org_role_holders_q(ctx.event.organisation_id, [r.R.INSPECTORATE])
    return found


def _programme_published(ctx: Context) -> Q:
    """The org-wide roles, and the managers of every unit leading an item of the programme."""
    from engine.models import WorkItemUnit

    org_id = ctx.event.organisation_id
    found = r.org_role_holders_q(org_id, r.ORG_WIDE_READERS)
    if ctx.event.programme_id:
        lead_units = WorkItemUnit.objects.filter(
            work_item__programme_id=ctx.event.programme_id, role=WorkItemUnit.Role.LEAD
        ).values_list("unit_id", flat=True)
        found |= r.unit_managers_q(set(lead_units))
    return found


def _over_items(per_item: Rule) -> Rule:
    """A bulk action's summary reaches whom its items' own notices would have: the union, once each."""

    def rule(ctx: Context) -> Q:
        ids = [int(pk) for pk in ctx.event.data.get("item_ids") or []]
        # The unit links in one query, not one per item (item_unit_ids reads the prefetch).
        items = WorkItem.objects.filter(
            pk__in=ids, organisation_id=ctx.event.organisation_id
        ).prefetch_related("unit_links")
        found = r.NOBODY
        for item in items:
            found |= r.as_condition(per_item(Context(event=ctx.event, item=item, programme=None)))
        return found

    return rule


def _candidates(ctx: Context, kind: Kind) -> "set[int] | Q":
    named = ctx.event.data.get("recipient_ids")
    if named is not None:
        return {int(pk) for pk in named if pk is not None}
    return kind.recipients(ctx)


def item_shaped(ctx: Context, kind: Kind) -> bool:
    """Whether the event's recipients follow from the item alone through ITEM_SHAPED_PARTS."""
    parts = getattr(kind.recipients, "item_parts", None)
    return (
        ctx.item is not None
        and ctx.event.data.get("recipient_ids") is None
        and bool(parts)
        and all(part in ITEM_SHAPED_PARTS for part in parts)
    )


def item_recipients_statement(ctx: Context, kind: Kind, select: Callable, *, using: str):
    """(sql, params) of `select(recipient_members(ctx, kind))` for an `item_shaped` event, compiled
    once per shape (None: nobody). The same query as recipient_members', built once on a stand-in
    item that carries only what ITEM_SHAPED_PARTS read."""
    item = ctx.item
    lead, coordinating = item_unit_ids(item)

    def build(organisation_id, item_organisation_id, lead, coordinating, leader_id, assignee_id, actor_id):
        stand_in = WorkItem(
            organisation_id=item_organisation_id, leader_id=leader_id, assignee_id=assignee_id
        )
        stand_in._dondoc_unit_ids = (lead, coordinating)
        candidates = kind.recipients(Context(event=ctx.event, item=stand_in, programme=None))
        members = r.active_members(organisation_id, candidates, excluded=actor_id)
        return select(members if members is not None else User.objects.none())

    return compiled.statement(
        f"recipients {ctx.event.kind}",
        build,
        ctx.event.organisation_id,
        item.organisation_id,
        lead,
        coordinating,
        item.leader_id,
        item.assignee_id,
        ctx.event.actor_id,
        using=using,
    )


def recipient_members(ctx: Context, kind: Kind):
    """The recipients (named by the event, or derived; the actor excluded; same organisation only)
    as a query on User not yet run (None: nobody), for the outbox to insert the rows from in the
    same statement; their languages are read by that statement."""
    return r.active_members(ctx.event.organisation_id, _candidates(ctx, kind), excluded=ctx.event.actor_id)


# --- messages ------------------------------------------------------------------------


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _date(value) -> str:
    if not value:
        return ""
    try:
        return formats.date_format(date.fromisoformat(str(value)[:10]), "d/m/Y")
    except ValueError:
        return str(value)


class _Counts:
    """The non-zero counts of a grouped notice, worded when rendered (in the recipient's language)."""

    PARTS = (
        ("overdue", gettext_noop("%(n)s overdue")),
        ("due_soon", gettext_noop("%(n)s due soon")),
        ("reports", gettext_noop("%(n)s periodic reports due or missed")),
    )

    def __init__(self, data: dict):
        self.data = data

    def __str__(self) -> str:
        return ", ".join(_(text) % {"n": self.data[key]} for key, text in self.PARTS if self.data.get(key))


class _Scope:
    """The unit a grouped notice is about, or "several units"."""

    def __init__(self, label: str):
        self.label = label

    def __str__(self) -> str:
        return self.label or _("several units")


def _unit_label(unit_id) -> str:
    from engine.models import Unit

    unit = Unit.objects.filter(pk=unit_id).first() if unit_id else None
    return unit.label if unit is not None else ""


def message_params(ctx: Context, actor: User | None) -> dict[str, str]:
    data = ctx.event.data
    assignee_name = ""
    if data.get("assignee_id"):
        assignee_name = str(User.objects.filter(pk=data["assignee_id"]).first() or "")
    return {
        "actor": str(actor) if actor is not None else _("Đôn Đốc"),
        "item": str(ctx.item) if ctx.item is not None else "",
        "programme": ctx.programme.title if ctx.programme is not None else "",
        "reason": str(data.get("reason") or "").strip(),
        "new_due_date": _date(data.get("new_due_date")),
        "due_date": _date(data.get("due_date")),
        "deadline": _date(data.get("deadline")),
        "step": str(data.get("step") or ""),
        "count": str(data.get("assigned_items") or 0),
        "overdue": str(data.get("overdue") or 0),
        "task": str(data.get("task") or ""),
        "assignee": assignee_name,
        "total": str(data.get("count") or 0),
        "counts": _Counts(data),
        "scope": _Scope(_unit_label(data.get("unit_id"))) if "unit_id" in data else "",
    }


def render(kind: Kind, params: dict[str, str]) -> str:
    """The message in the active language; a trailing empty reason leaves no dangling colon."""
    text = _(kind.message) % params
    return text.rstrip().removesuffix(":").rstrip()


# --- the kinds of docs/architecture.md ---------------------------------------------

_everyone_on_item = _on_item(r.item_managers_q, r.assignee_q, r.supervisors_q)
_lead_side = _on_item(r.lead_managers_q, r.assignee_q, r.supervisors_q)

register(
    "work_item.assigned",
    message=gettext_noop("%(actor)s assigned the work item “%(item)s”."),
    recipients=_everyone_on_item,
)
register(
    "work_item.started",
    message=gettext_noop("%(actor)s started the work item “%(item)s”."),
    recipients=_on_item(r.lead_managers_q, r.supervisors_q),
)
register(
    "work_item.reported",
    message=gettext_noop("%(actor)s reported “%(item)s” complete; it is waiting for approval."),
    recipients=_on_item(r.reviewers_q, r.lead_managers_q, r.assignee_q),
)
register(
    "work_item.accepted",
    message=gettext_noop("%(actor)s accepted the completion report of “%(item)s”."),
    recipients=_everyone_on_item,
)
register(
    "work_item.returned",
    message=gettext_noop("%(actor)s returned the report of “%(item)s”: %(reason)s"),
    recipients=_lead_side,
)
register(
    "work_item.cancelled",
    message=gettext_noop("%(actor)s cancelled the work item “%(item)s”: %(reason)s"),
    recipients=_everyone_on_item,
)
register(
    "work_item.reopened",
    message=gettext_noop("%(actor)s reopened the work item “%(item)s”: %(reason)s"),
    recipients=_everyone_on_item,
)
register(
    "work_item.delegated",
    message=gettext_noop("%(actor)s handed the work item “%(item)s” to %(assignee)s."),
    recipients=_delegated,
)
register(
    "work_item.progress_added",
    message=gettext_noop("%(actor)s wrote progress on “%(item)s”."),
    recipients=_lead_side,
)
register(
    "work_item.contribution_added",
    message=gettext_noop("%(actor)s added a coordinating unit's contribution to “%(item)s”."),
    recipients=_on_item(r.lead_managers_q, r.assignee_q),
)
register(
    # Drafted items are visible to the secretariat (who edit them) and the supervising leader.
    "work_item.updated",
    message=gettext_noop("%(actor)s edited the drafted work item “%(item)s”."),
    recipients=_on_item(lambda item: {item.leader_id} if item.leader_id else set()),
)
register(
    "work_item.deadline_extended",
    message=gettext_noop("The due date of “%(item)s” is now %(new_due_date)s: %(reason)s"),
    recipients=_everyone_on_item,
)
register(
    "programme.published",
    message=gettext_noop(
        "%(actor)s published the programme “%(programme)s” (%(count)s work items assigned, "
        "%(overdue)s of them already overdue): %(reason)s"
    ),
    recipients=_programme_published,
)
register(
    # A bulk action on several items (engine.services.work_items_bulk): one notice per person,
    # to the people the items' own notices would have reached; the link opens the list of them.
    "work_item.bulk_delegated",
    message=gettext_noop("%(actor)s handed %(total)s work items of %(scope)s to %(assignee)s."),
    recipients=_over_items(_delegated),
)
register(
    "work_item.bulk_accepted",
    message=gettext_noop("%(actor)s accepted the completion reports of %(total)s work items of %(scope)s."),
    recipients=_over_items(_everyone_on_item),
)
register(
    "extension.requested",
    message=gettext_noop("%(actor)s asks to extend “%(item)s” to %(new_due_date)s: %(reason)s"),
    recipients=_on_item(r.reviewers_q),
)
register(
    "extension.granted",
    message=gettext_noop("%(actor)s extended “%(item)s” to %(new_due_date)s."),
    recipients=_lead_side,
)
register(
    "extension.refused",
    message=gettext_noop("%(actor)s refused the extension of “%(item)s”: %(reason)s"),
    recipients=_lead_side,
)
register(
    "work_item.escalated",
    message=gettext_noop("“%(item)s” is overdue since %(deadline)s (escalation step %(step)s)."),
    recipients=_escalated,
)
register(
    # One per person per sweep when the sweep names them for several items (the others get
    # work_item.escalated / period_report.*); the link opens the list of the items.
    "work_item.escalated_summary",
    message=gettext_noop("%(total)s work items of %(scope)s need attention: %(counts)s."),
)
register(
    "period_report.due",
    message=gettext_noop("A periodic report on “%(item)s” is due on %(due_date)s."),
    recipients=_on_item(r.lead_managers_q, r.assignee_q),
)
register(
    "period_report.missed",
    message=gettext_noop("The periodic report on “%(item)s” due on %(due_date)s was not submitted."),
    recipients=_on_item(r.lead_managers_q, r.assignee_q, r.supervisors_q),
)
register(
    "delay_waiver.granted",
    message=gettext_noop("%(actor)s recorded an objective cause for the delay of “%(item)s”: %(reason)s"),
    recipients=_lead_side,
)
register(
    "flow.reminder",
    message=gettext_noop("Reminder: “%(task)s” on “%(item)s” is waiting for you."),
)
