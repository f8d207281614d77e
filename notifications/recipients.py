"""Who hears of an item: the people engine.permissions says are involved, as sets of user ids.

Each helper is one query. "Unit head" and "supervising leader" are resolved by
engine.selectors.people (the one module, with its named variants); this module picks
the variant each notification wants — the unit managers (heads and deputy heads) and the
overseeing leaders — and adds what only notifications need (viewers, active members,
languages), so a notification never goes to someone who may not see the item.
"""

from django.db.models import Q

from engine.models import Membership, OrgRole, User, WorkItem, WorkItemUnit, WorkItemUserObjectPermission
from engine.permissions import ORG_WIDE_READERS, item_unit_ids
from engine.selectors.people import item_supervisors as supervisors
from engine.selectors.people import item_supervisors_q as supervisors_q
from engine.selectors.people import (
    org_role_holders,
    org_role_holders_q,
    reviewers,
    reviewers_q,
    unit_managers,
    unit_managers_q,
)

R = OrgRole.Role
__all__ = [
    "org_role_holders",
    "org_role_holders_q",
    "reviewers",
    "reviewers_q",
    "supervisors",
    "supervisors_q",
    "unit_managers",
    "unit_managers_q",
]
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
# are then one query (active_members_languages) however many rules a kind joins.


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


def directors(organisation_id: int) -> set[int]:
    return org_role_holders(organisation_id, [R.DIRECTOR])


def org_wide_readers(organisation_id: int) -> set[int]:
    """Active users holding a role that reads every item of the organisation."""
    readers = User.objects.filter(pk__in=_org_wide_reader_ids(organisation_id), is_active=True)
    return set(readers.values_list("pk", flat=True))


def _org_wide_reader_ids(organisation_id: int):
    return (
        OrgRole.objects.active()
        .filter(organisation_id=organisation_id, role__in=list(ORG_WIDE_READERS))
        .values("user_id")
    )


def viewers(item: WorkItem, readers: set[int] | None = None) -> set[int]:
    """Everyone who may see the item (the "view" rule), for live state badges; one query.

    `readers` (org_wide_readers) may be passed in when many items of one organisation are
    pushed together; otherwise they are part of the one query.
    """
    shared = WorkItemUserObjectPermission.objects.filter(
        content_object_id=item.pk, permission__codename="view_workitem"
    ).values("user_id")
    seen = Q(pk__in=shared)  # shared with them: active or not, as before
    active = Q(pk__in=_org_wide_reader_ids(item.organisation_id)) if readers is None else Q(pk__in=[])
    if item.state != WorkItem.State.DRAFTED:
        unit_ids = WorkItemUnit.objects.filter(work_item_id=item.pk).values("unit_id")
        active |= Q(pk__in=Membership.objects.active().filter(unit_id__in=unit_ids).values("user_id"))
    seen |= Q(active, is_active=True)
    ids = set(User.objects.filter(seen).values_list("pk", flat=True))
    if readers is not None:
        ids |= readers
    ids |= assignee(item)
    if item.leader_id:
        ids.add(item.leader_id)
    return ids


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


def active_members_languages(
    organisation_id: int, candidates: "set[int] | Q", *, excluded: int | None = None
) -> dict[int, str | None]:
    """The organisation's active members among `candidates`, each with their notice language (or None)."""
    rows = active_members(organisation_id, candidates, excluded=excluded)
    if rows is None:
        return {}
    return dict(rows.values_list("pk", "notification_preference__language"))
