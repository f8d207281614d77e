"""The extension decision page: the leader sees the request and grants or refuses it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from engine import permissions
from engine.exceptions import DomainError
from engine.forms import ExtensionDecisionForm
from engine.models import ExtensionRequest
from engine.selectors.extensions import extension_get
from engine.services import extensions as svc


def _access_extension(user, pk: int) -> ExtensionRequest:
    return extension_get(user, pk)


@login_required
def extension_decide_view(request: HttpRequest, pk: int) -> HttpResponse:
    extension = _access_extension(request.user, pk)
    item = extension.work_item
    may_decide = extension.is_pending and permissions.can(request.user, "decide_extension", item)
    form = ExtensionDecisionForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if not form.is_valid():
            messages.error(request, _("Please correct the errors below."))
            status = 400
        else:
            try:
                if form.cleaned_data["decision"] == "grant":
                    svc.extension_grant(
                        extension=extension, actor=request.user, note=form.cleaned_data["note"]
                    )
                    messages.success(request, _("The extension was granted; the deadline has moved."))
                else:
                    svc.extension_refuse(
                        extension=extension, actor=request.user, note=form.cleaned_data["note"]
                    )
                    messages.success(request, _("The extension was refused."))
                return redirect(reverse("work_item_detail", args=[item.pk]))
            except DomainError as error:
                for field, errors in error.field_errors.items():
                    for message in errors:
                        form.add_error(field if field in form.fields else None, message)
                messages.error(request, error.message)
                status = error.status
                extension = _access_extension(request.user, pk)
    return render(
        request,
        "engine/extension_decide.html",
        {"extension": extension, "item": item, "form": form, "may_decide": may_decide},
        status=status,
    )
