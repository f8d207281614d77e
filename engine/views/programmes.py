"""Programme pages: the list, and one programme's items by month or section with unit progress.

The secretariat submits a draft programme for approval here; the director approves it
(publish: every item assigned, after a confirmation page that counts the items already
overdue or due within a week) or sends it back with notes. Each button calls one engine
service; the programme-approval flow follows through the services' events.
"""

from itertools import groupby

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engine import permissions
from engine.exceptions import DomainError
from engine.forms import ProgrammeDecisionForm, ProgrammeFilterForm
from engine.models import OrgRole, Programme, Unit, User
from engine.selectors.boards import programme_items, programme_progress
from engine.selectors.programmes import programme_deadline_outlook
from engine.services import programmes as svc


def _programme(user, pk: int) -> Programme:
    programme = get_object_or_404(Programme, pk=pk, organisation_id=user.organisation_id)
    if not permissions.can_view_programme(user, programme):
        raise Http404(_("No such programme."))
    return programme


@login_required
def programme_list_view(request: HttpRequest) -> HttpResponse:
    programmes = [
        p
        for p in Programme.objects.filter(organisation_id=request.user.organisation_id)
        if permissions.can_view_programme(request.user, p)
    ]
    may_import = permissions.can_import_programmes(request.user, request.user.organisation_id)
    return render(request, "engine/programme_list.html", {"programmes": programmes, "may_import": may_import})


def _month_key(item):
    return (item.due_date.year, item.due_date.month) if item.due_date else (9999, 99)


@login_required
def programme_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    programme = _programme(user, pk)
    units = Unit.objects.filter(organisation_id=user.organisation_id, is_active=True)
    leader_ids = OrgRole.objects.active().filter(
        organisation_id=user.organisation_id, role__in=[OrgRole.Role.DIRECTOR, OrgRole.Role.DEPUTY_DIRECTOR]
    )
    leaders = User.objects.filter(pk__in=leader_ids.values("user_id")).order_by("full_name")
    form = ProgrammeFilterForm(request.GET or None, units=units, leaders=leaders)
    filters = form.cleaned_data if form.is_valid() else {}
    today = timezone.localdate()
    items = programme_items(
        user,
        programme,
        today,
        unit_id=filters.get("unit"),
        state=filters.get("state") or None,
        status_class=filters.get("status") or None,
        leader_id=filters.get("leader"),
    )
    group = filters.get("group") or "month"
    rows = list(items)
    if group == "section":
        rows.sort(key=lambda i: (i.section, i.position, i.pk))
        groups = [(key or _("(no section)"), list(g)) for key, g in groupby(rows, key=lambda i: i.section)]
    else:
        groups = []
        for key, g in groupby(rows, key=_month_key):
            label = (
                _("No deadline") if key[0] == 9999 else _("Month %(m)02d/%(y)d") % {"m": key[1], "y": key[0]}
            )
            groups.append((label, list(g)))
    return render(
        request,
        "engine/programme_detail.html",
        {
            "programme": programme,
            "form": form,
            "groups": groups,
            "count": len(rows),
            "progress": programme_progress(items),
            "may_submit": programme.state == Programme.State.DRAFT
            and permissions.can_edit_programme(user, programme),
            "may_decide": programme.state == Programme.State.SUBMITTED
            and permissions.can_publish_programme(user, programme),
            "decision_form": ProgrammeDecisionForm(),
        },
    )


def _int_or_none(value) -> int | None:
    return int(value) if str(value or "").isdigit() else None


@login_required
def programme_approve_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The director's confirmation: how many items are already overdue or due within a week."""
    programme = _programme(request.user, pk)
    if not (
        programme.state == Programme.State.SUBMITTED
        and permissions.can_publish_programme(request.user, programme)
    ):
        messages.error(request, _("This programme is not waiting for your approval."))
        return redirect("programme_detail", pk=pk)
    return render(
        request,
        "engine/programme_approve.html",
        {"programme": programme, "outlook": programme_deadline_outlook(programme, timezone.localdate())},
    )


@login_required
@require_POST
def programme_action_view(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    programme = _programme(request.user, pk)
    notes = (request.POST.get("notes") or "").strip()
    actions = {
        "submit": (
            lambda: svc.programme_submit(programme=programme, actor=request.user, note=notes),
            _("The programme was sent to the director for approval."),
        ),
        "approve": (
            lambda: svc.programme_publish(
                programme=programme,
                actor=request.user,
                expected_version=_int_or_none(request.POST.get("version")),
                note=notes,
            ),
            _("The programme was approved and published; its work items were assigned."),
        ),
        "send_back": (
            lambda: svc.programme_send_back(programme=programme, actor=request.user, notes=notes),
            _("The programme was sent back to the secretariat."),
        ),
    }
    if action not in actions:
        raise Http404(_("Unknown action."))
    if action == "approve" and request.POST.get("confirmed") != "1":
        # Approval starts every deadline at once: it is confirmed on its own page first.
        return redirect("programme_approve", pk=pk)
    perform, success = actions[action]
    try:
        perform()
        messages.success(request, success)
    except DomainError as error:
        messages.error(request, error.message)
    return redirect("programme_detail", pk=pk)
