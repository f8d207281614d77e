"""Which programmes a user sees: the queryset twin of permissions.can_view_programme."""

from django.db.models import QuerySet

from engine.models import Programme
from engine.permissions import ORG_WIDE_READERS, actor_context


def programmes_visible_to(user) -> QuerySet[Programme]:
    """Own organisation only; drafts for the organisation-wide roles (leadership, secretariat, …)."""
    ctx = actor_context(user)
    if ctx.user_id is None or ctx.organisation_id is None:
        return Programme.objects.none()
    programmes = Programme.objects.filter(organisation_id=ctx.organisation_id)
    if not ctx.org_roles & ORG_WIDE_READERS:
        programmes = programmes.exclude(state=Programme.State.DRAFT)
    return programmes
