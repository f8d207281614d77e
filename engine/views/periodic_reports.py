"""The secretariat's periodic report: compiled figures, editable prose, .docx export."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from config.db_router import reads_from_replica
from engine import permissions
from engine.exceptions import DomainError
from engine.exports.reports_docx import SECTION_HEADINGS, periodic_report_docx
from engine.models import Organisation
from engine.oversight_forms import PeriodicReportForm, period_from_request
from engine.scoring.periods import period_label, period_of
from engine.selectors.periodic_report import periodic_report_data
from engine.services.periodic_reports import periodic_report_open, periodic_report_update

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@login_required
def periodic_report_index_view(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_periodic_report(request.user, request.user.organisation_id):
        raise PermissionDenied(_("You may not see the periodic reports of this organisation."))
    form, period = period_from_request(request.GET)
    if request.GET.get("kind") and form.is_valid():
        return redirect("periodic_report", kind=period.kind, year=period.year, number=period.number)
    return render(request, "engine/oversight/periodic_report_index.html", {"form": form})


@login_required
def periodic_report_view(request: HttpRequest, kind: str, year: int, number: int) -> HttpResponse:
    try:
        period = period_of(kind, year, number)
    except DomainError as error:
        raise PermissionDenied(error.message) from None
    organisation = Organisation.objects.get(pk=request.user.organisation_id)
    try:
        report = periodic_report_open(organisation=organisation, actor=request.user, period=period)
    except DomainError as error:
        raise PermissionDenied(error.message) from None
    can_edit = permissions.can_edit_periodic_report(request.user, organisation.pk)
    # The figures are a summary: the replica's; the report's own text (edited here) is the primary's.
    with reads_from_replica():
        data = periodic_report_data(organisation.pk, report.window_start, report.window_end)
    if request.GET.get("format") == "docx":
        response = HttpResponse(
            periodic_report_docx(report, data, day=timezone.localdate()), content_type=DOCX
        )
        response["Content-Disposition"] = f'attachment; filename="bao-cao-{kind}-{year}-{number}.docx"'
        return response
    initial = {
        **report.sections,
        "document_number": report.document_number,
        "recipients": report.recipients,
        "signer_title": report.signer_title,
        "signer_name": report.signer_name,
    }
    form = PeriodicReportForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied(_("Only the secretariat edits the periodic report."))
        if form.is_valid():
            d = form.cleaned_data
            try:
                periodic_report_update(
                    report=report,
                    actor=request.user,
                    sections={key: d[key] for key in report.SECTION_KEYS},
                    document_number=d["document_number"],
                    recipients=d["recipients"],
                    signer_title=d["signer_title"],
                    signer_name=d["signer_name"],
                )
            except DomainError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("The report was saved."))
                return redirect("periodic_report", kind=kind, year=year, number=number)
    return render(
        request,
        "engine/oversight/periodic_report.html",
        {
            "report": report,
            "data": data,
            "form": form,
            "can_edit": can_edit,
            "period_label": period_label(period),
            "headings": SECTION_HEADINGS,
        },
    )
