"""The unit board (a head hands items to staff) and the leaders' approvals queue."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engine import permissions
from engine.deadlines.status import StatusClass
from engine.exceptions import DomainError
from engine.forms import ApprovalForm
from engine.models import Unit, WorkItem
from engine.selectors.boards import approvals_for, boards_for, may_manage_unit, unit_board, unit_staff
from engine.services import work_items as svc

S = WorkItem.State
BOARD_COLUMNS = (S.ASSIGNED, S.IN_PROGRESS, S.REPORTED, S.ACCEPTED)


@login_required
def unit_board_view(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    units = list(boards_for(request.user))
    if pk is None:
        if not units:
            raise Http404(_("You belong to no unit."))
        return redirect("unit_board", pk=units[0].pk)
    unit = get_object_or_404(Unit, pk=pk, organisation_id=request.user.organisation_id)
    if unit not in units:
        raise Http404(_("You may not see this unit's board."))
    today = timezone.localdate()
    items = list(unit_board(request.user, unit, today))
    status = request.GET.get("status")
    if status in StatusClass.values:
        items = [item for item in items if item.status_class == status]
    columns = [(state, S(state).label, [i for i in items if i.state == state]) for state in BOARD_COLUMNS]
    manage = may_manage_unit(request.user, unit)
    return render(
        request,
        "engine/unit_board.html",
        {
            "unit": unit,
            "units": units,
            "columns": columns,
            "staff": list(unit_staff(unit)) if manage else [],
            "may_manage": manage,
            "status": status or "",
            "status_choices": StatusClass.choices,
        },
    )


@login_required
def approvals_view(request: HttpRequest) -> HttpResponse:
    items = approvals_for(request.user, timezone.localdate())
    forms = {item.pk: ApprovalForm(initial={"version": item.version}, prefix=f"a{item.pk}") for item in items}
    return render(request, "engine/approvals.html", {"items": [(item, forms[item.pk]) for item in items]})


@login_required
@require_POST
def approval_decide_view(request: HttpRequest, pk: int) -> HttpResponse:
    item = permissions.access_work_item(request.user, pk)
    form = ApprovalForm(request.POST, prefix=f"a{pk}")
    if form.is_valid():
        data = form.cleaned_data
        try:
            if data["decision"] == "accept":
                svc.work_item_accept(
                    item=item, actor=request.user, note=data["reason"], expected_version=data["version"]
                )
                messages.success(request, _("The result was accepted."))
            else:
                svc.work_item_return(
                    item=item, actor=request.user, reason=data["reason"], expected_version=data["version"]
                )
                messages.success(request, _("The report was returned to the unit."))
        except DomainError as error:
            messages.error(request, f"{item}: {error.message}")
    else:
        errors = "; ".join(str(e) for errs in form.errors.values() for e in errs)
        messages.error(request, f"{item}: {errors}")
    return redirect(reverse("approvals") + f"#item-{pk}")
