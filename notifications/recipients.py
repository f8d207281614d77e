"""Who hears of an item: the people engine.permissions says are involved, as sets of user ids.

Each helper is one query. "Unit head" and "supervising leader" are resolved by
engine.selectors.people (the one module, with its named variants); this module picks
the variant each notification wants — the unit managers (heads and deputy heads) and the
overseeing leaders — and adds what only notifications need (viewers, active members,
languages), so a notification never goes to someone who may not see the item.
"""

from collections import defaultdict

from django.db.models import Q, Value

from engine.models import Membership, OrgRole, User, WorkItem, WorkItemUserObjectPermission
from engine.permissions import ORG_WIDE_READERS, item_unit_ids
from engine.selectors.people import item_supervisors_q as supervisors_q
from engine.selectors.people import (
    org_role_holders,
    org_role_holders_q,
    reviewers,
    reviewers_q,
    unit_managers_q,
)

R = OrgRole.Role
__all__ = [
    "org_role_holders",
    "org_role_holders_q",
    "reviewers",
    "reviewers_q",
    "supervisors_q",
    "unit_managers_q",
]
_ITEM, _ORGANISATION = "item", "organisation"  # what the first column of `viewers_of`'s rows names
# A condition no user meets: the neutral element of `|` (an empty Q() would mean everyone).
NOBODY = Q(pk__in=[])


def as_condition(found: "set[int] | Q") -> Q:
    """A rule's answer as a condition on User: a set of ids, or already a condition."""
    if isinstance(found, Q):
        return found
    return Q(pk__in=sorted(found)) if found else NOBODY


def assignee(item: WorkItem) -> set[int]:
    return {item.assignee_id} if item.assignee_id else set()


# The rules as conditions on User: an event's recipients, their activity and language
# are then one query (active_members, the SELECT of the outbox's INSERT) however many rules a
# kind joins.


def lead_managers_q(item: WorkItem) -> Q:
    lead, _coordinating = item_unit_ids(item)
    return unit_managers_q(lead)


def item_managers_q(item: WorkItem) -> Q:
    lead, coordinating = item_unit_ids(item)
    return unit_managers_q(lead | coordinating)


def assignee_q(item: WorkItem) -> Q:
    return Q(pk=item.assignee_id) if item.assignee_id else NOBODY


def directors_q(organisation_id: int) -> Q:
    return org_role_holders_q(organisation_id, [R.DIRECTOR])


def viewers_of(items: list[WorkItem]) -> dict[int, set[int]]:
    """Everyone who may see each item (the "view" rule), for live state badges: item id → user ids.

    One query however many items (a transition pushes one, a sweep many): the shares of the items
    (active or not), the active members of the units of those not drafted and the active holders
    of an org-wide role (by organisation), as one UNION ALL; the assignee and leader are on the item.
    """
    if not items:
        return {}
    shared = WorkItemUserObjectPermission.objects.filter(
        content_object_id__in=[item.pk for item in items], permission__codename="view_workitem"
    ).values_list(Value(_ITEM), "content_object_id", "user_id")
    members = (
        Membership.objects.active()
        .filter(
            user__is_active=True,
            unit__item_links__work_item_id__in=[i.pk for i in items if i.state != WorkItem.State.DRAFTED],
        )
        .values_list(Value(_ITEM), "unit__item_links__work_item_id", "user_id")
    )
    readers = (
        OrgRole.objects.active()
        .filter(
            organisation_id__in={item.organisation_id for item in items},
            role__in=list(ORG_WIDE_READERS),
            user__is_active=True,
        )
        .values_list(Value(_ORGANISATION), "organisation_id", "user_id")
    )
    found: dict[tuple[str, int], set[int]] = defaultdict(set)
    for of, pk, user_id in shared.order_by().union(members.order_by(), readers.order_by(), all=True):
        found[(of, pk)].add(user_id)
    return {
        item.pk: found[(_ITEM, item.pk)]
        | found[(_ORGANISATION, item.organisation_id)]
        | assignee(item)
        | ({item.leader_id} if item.leader_id else set())
        for item in items
    }


def active_members(organisation_id: int, candidates: "set[int] | Q", *, excluded: int | None = None):
    """The organisation's active members among `candidates`, as a query not yet run (None: nobody).

    `candidates` is a set of ids or a condition on User (the `_q` rules joined with `|`), so
    finding the recipients, keeping the active members and reading languages is one query.
    """
    if not candidates:
        return None
    rows = User.objects.filter(as_condition(candidates), organisation_id=organisation_id, is_active=True)
    if excluded is not None:
        rows = rows.exclude(pk=excluded)
    return rows
