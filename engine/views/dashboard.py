"""The leadership dashboard: a page whose charts the browser draws from a JSON endpoint."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from config.db_router import replica_view
from engine import permissions
from engine.models import Programme, WorkItem
from engine.selectors.dashboard import dashboard_data, dashboard_stored
from engine.services.oversight_snapshot import as_of_label, oversight_refresh_soon


def _require_dashboard(user) -> int:
    if not permissions.can_view_dashboard(user, user.organisation_id):
        raise PermissionDenied(_("Only the leadership and the oversight roles see the dashboard."))
    return user.organisation_id


def _programme_id(request, org_id) -> int | None:
    raw = request.GET.get("programme")
    if not raw:
        return None
    try:
        return (
            Programme.objects.filter(pk=int(raw), organisation_id=org_id).values_list("pk", flat=True).get()
        )
    except (ValueError, Programme.DoesNotExist):
        return None


@login_required
@replica_view
def dashboard_view(request: HttpRequest) -> HttpResponse:
    org_id = _require_dashboard(request.user)
    programmes = Programme.objects.filter(organisation_id=org_id).exclude(state__in=Programme.UNPUBLISHED)
    return render(
        request,
        "engine/oversight/dashboard.html",
        {
            "programmes": programmes,
            "programme_id": _programme_id(request, org_id),
            "chart_labels": {
                "total": _("Assigned"),
                "accepted": _("Accepted"),
                "overdue": _("Overdue"),
                "open": pgettext("work items not finished", "Open"),
                "states": {code: str(label) for code, label in WorkItem.State.choices},
            },
        },
    )


@login_required
@replica_view
def dashboard_data_view(request: HttpRequest) -> JsonResponse:
    """The charts' figures from the stored counts (with when they were taken, `as_of_label`); live
    only before the organisation's first snapshot."""
    org_id = _require_dashboard(request.user)
    programme_id = _programme_id(request, org_id)
    today = timezone.localdate()
    data = dashboard_stored(org_id, programme_id=programme_id)
    if data is None or data["today"] != today.isoformat():
        oversight_refresh_soon(org_id)
    if data is None:
        data = dashboard_data(org_id, today=today, programme_id=programme_id)
    data["as_of_label"] = as_of_label(data.get("as_of"))
    return JsonResponse(data)
