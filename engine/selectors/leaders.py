"""Who leads: the directors of an organisation and the leaders supervising a work item."""

from django.db.models import QuerySet

from engine.models import OrgRole, User, WorkItem, WorkItemUnit

R = OrgRole.Role


def directors(organisation_id: int) -> QuerySet[User]:
    ids = OrgRole.objects.active().filter(organisation_id=organisation_id, role=R.DIRECTOR).values("user_id")
    return User.objects.filter(pk__in=ids, is_active=True)


def supervising_leaders(item: WorkItem) -> list[User]:
    """The item's named leader if a deputy, else the deputies supervising a lead unit; else directors."""
    deputies = OrgRole.objects.active().filter(organisation_id=item.organisation_id, role=R.DEPUTY_DIRECTOR)
    if item.leader_id and deputies.filter(user_id=item.leader_id).exists():
        return [item.leader]
    lead_units = WorkItemUnit.objects.filter(work_item_id=item.pk, role=WorkItemUnit.Role.LEAD).values(
        "unit_id"
    )
    supervising = deputies.filter(supervised_units__in=lead_units).values("user_id")
    people = list(User.objects.filter(pk__in=supervising, is_active=True))
    return people or list(directors(item.organisation_id))
