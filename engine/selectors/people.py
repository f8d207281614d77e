"""Who a unit's head and an item's supervising leader are: the one place that answers, in named variants.

Three questions sound alike and have different right answers, so each has its own name:

Unit head
- `unit_managers` — the heads **and** deputy heads of the units: everyone who acts on a
  unit's items (engine.permissions.UNIT_MANAGERS). Told of what happens to an item.
- `OrgPeople.heads_of` — the one accountable for a unit: its head, or its deputy heads
  when it has no head. The escalation ladder's “unit head”: a reminder that names the
  accountable person should not go to every deputy while the head is there.

Supervising leader
- `item_supervisors` — the item's named leader **and** every deputy director supervising a
  lead unit: everyone overseeing the item, told of its news.
- `deciding_leaders` — the one who decides or is reminded: the named leader if a deputy
  director, else the deputies supervising a lead unit, else the directors (someone must
  decide). Used by the flows (reminders, who takes a review or an extension).
- `OrgPeople.supervisors_of` — the ladder's “supervisor”: the named leader whoever it is
  (the programme named them), else the deputies supervising the item's first lead unit;
  no director fallback, because the ladder has its own director step.

The per-item functions are one query each (their `_q` twins are the same rule as a condition
on User, so notifications ask for all of an event's recipients in one query); `OrgPeople`
loads a whole organisation in three queries so the escalation sweep stays set-based.
"""

from collections import defaultdict

from django.db.models import Q, QuerySet

from engine.models import Membership, OrgRole, User, WorkItem, WorkItemUnit
from engine.permissions import UNIT_MANAGERS, item_unit_ids

R = OrgRole.Role


# --- roles of the organisation -----------------------------------------------------------


def org_role_holders(organisation_id: int, roles) -> set[int]:
    """Ids of the active holders of any of `roles` in the organisation."""
    return set(_role_rows(organisation_id, roles).values_list("user_id", flat=True))


def org_role_holders_q(organisation_id: int, roles) -> Q:
    """org_role_holders as a condition on User (notifications joins several rules in one query)."""
    return Q(pk__in=_role_rows(organisation_id, roles).values("user_id"))


def _role_rows(organisation_id: int, roles) -> QuerySet[OrgRole]:
    return OrgRole.objects.active().filter(organisation_id=organisation_id, role__in=list(roles))


def directors(organisation_id: int) -> QuerySet[User]:
    ids = OrgRole.objects.active().filter(organisation_id=organisation_id, role=R.DIRECTOR).values("user_id")
    return User.objects.filter(pk__in=ids, is_active=True)


# --- unit head ---------------------------------------------------------------------------


def _unit_manager_rows(unit_ids) -> QuerySet[Membership]:
    return Membership.objects.active().filter(unit_id__in=list(unit_ids), role__in=list(UNIT_MANAGERS))


def unit_managers(unit_ids) -> set[int]:
    """Variant “unit managers”: heads and deputy heads of the given units."""
    if not unit_ids:
        return set()
    return set(_unit_manager_rows(unit_ids).values_list("user_id", flat=True))


def unit_managers_q(unit_ids) -> Q:
    """unit_managers as a condition on User, for one query joining several rules (notifications)."""
    return Q(pk__in=_unit_manager_rows(unit_ids).values("user_id")) if unit_ids else Q(pk__in=[])


# --- supervising leader ------------------------------------------------------------------


def _supervising_deputies(item: WorkItem) -> QuerySet[OrgRole]:
    lead, _coordinating = item_unit_ids(item)
    return OrgRole.objects.active().filter(
        organisation_id=item.organisation_id, role=R.DEPUTY_DIRECTOR, supervised_units__in=list(lead)
    )


def item_supervisors(item: WorkItem) -> set[int]:
    """Variant “overseeing leaders”: the named leader and the deputies supervising a lead unit."""
    found = set(_supervising_deputies(item).values_list("user_id", flat=True))
    if item.leader_id:
        found.add(item.leader_id)
    return found


def item_supervisors_q(item: WorkItem) -> Q:
    """item_supervisors as a condition on User (notifications joins several rules in one query)."""
    found = Q(pk__in=_supervising_deputies(item).values("user_id"))
    return found | Q(pk=item.leader_id) if item.leader_id else found


def deciding_leaders(item: WorkItem) -> list[User]:
    """Variant “deciding leader”: the named deputy, else the supervising deputies, else the directors."""
    deputies = OrgRole.objects.active().filter(organisation_id=item.organisation_id, role=R.DEPUTY_DIRECTOR)
    if item.leader_id and deputies.filter(user_id=item.leader_id).exists():
        return [item.leader]
    lead_units = WorkItemUnit.objects.filter(work_item_id=item.pk, role=WorkItemUnit.Role.LEAD).values(
        "unit_id"
    )
    supervising = deputies.filter(supervised_units__in=lead_units).values("user_id")
    people = list(User.objects.filter(pk__in=supervising, is_active=True))
    return people or list(directors(item.organisation_id))


def _reviewer_roles(item: WorkItem) -> QuerySet[OrgRole]:
    lead, _coordinating = item_unit_ids(item)
    condition = Q(role=R.DIRECTOR)
    if lead:
        condition |= Q(role=R.DEPUTY_DIRECTOR, supervised_units__in=list(lead))
    return OrgRole.objects.active().filter(condition, organisation_id=item.organisation_id)


def reviewers(item: WorkItem) -> set[int]:
    """Who approves or returns a report: the directors, the supervising deputies, the named leader."""
    found = set(_reviewer_roles(item).values_list("user_id", flat=True))
    if item.leader_id:
        found.add(item.leader_id)
    return found


def reviewers_q(item: WorkItem) -> Q:
    """reviewers as a condition on User (notifications joins several rules in one query)."""
    found = Q(pk__in=_reviewer_roles(item).values("user_id"))
    return found | Q(pk=item.leader_id) if item.leader_id else found


# --- a whole organisation at once (the escalation sweep) ---------------------------------


class OrgPeople:
    """Everyone a ladder may name in one organisation, loaded in three queries."""

    def __init__(self, org_id: int):
        self.heads: dict[int, list[int]] = defaultdict(list)
        deputies_of_unit: dict[int, list[int]] = defaultdict(list)
        for unit_id, user_id, role in (
            Membership.objects.active()
            .filter(
                unit__organisation_id=org_id, role__in=[Membership.Role.HEAD, Membership.Role.DEPUTY_HEAD]
            )
            .values_list("unit_id", "user_id", "role")
            .order_by("unit_id", "user_id")
        ):
            (self.heads if role == Membership.Role.HEAD else deputies_of_unit)[unit_id].append(user_id)
        for unit_id, users in deputies_of_unit.items():  # no head: the deputy heads stand in
            if unit_id not in self.heads:
                self.heads[unit_id] = users
        roles = OrgRole.objects.active().filter(organisation_id=org_id)
        self.by_role: dict[str, set[int]] = defaultdict(set)
        for role, user_id in roles.values_list("role", "user_id"):
            self.by_role[role].add(user_id)
        self.supervisors: dict[int, set[int]] = defaultdict(set)
        for user_id, unit_id in roles.filter(
            role=OrgRole.Role.DEPUTY_DIRECTOR, supervised_units__isnull=False
        ).values_list("user_id", "supervised_units"):
            self.supervisors[unit_id].add(user_id)

    def heads_of(self, unit_id: int | None) -> list[int]:
        """Variant “accountable head”: the unit's head, or its deputy heads when it has none."""
        return list(self.heads.get(unit_id, ())) if unit_id else []

    def supervisors_of(self, leader_id: int | None, unit_id: int | None) -> set[int]:
        """Variant “ladder supervisor”: the named leader, else the deputies supervising the unit."""
        if leader_id:
            return {leader_id}
        return set(self.supervisors.get(unit_id, ())) if unit_id else set()

    def holders(self, role: str) -> set[int]:
        return set(self.by_role[role])
