"""The inspectorate's pages: the delay register (with .xlsx export), waivers, the audit browser."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Page, Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from config.db_router import replica_view
from engine import permissions
from engine.audit import audit_verify
from engine.exceptions import DomainError
from engine.exports.audit_export import audit_csv_file, audit_xlsx_file
from engine.exports.register_xlsx import delay_kinds, register_xlsx_write
from engine.models import DelayWaiver, ExportJob, Programme, Unit, User, WorkItem
from engine.oversight_forms import AuditFilterForm, RegisterFilterForm, WaiverForm, period_from_request
from engine.scoring.periods import period_label
from engine.selectors.audit import audit_event_list
from engine.selectors.delay_register import (
    delay_register_rows,
    register_chunks,
    register_details,
    register_row,
    stored_register_rows,
)
from engine.services.oversight_snapshot import as_of_label, oversight_refresh_soon
from engine.services.waivers import delay_waiver_grant, delay_waiver_revoke
from engine.views import pk_url
from engine.views.exports import export_or_job

PAGE_SIZE = 50
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _require_register(user) -> int:
    if not permissions.can_view_register(user, user.organisation_id):
        raise PermissionDenied(_("Only the inspectorate and the leadership see the delay register."))
    return user.organisation_id


def _filters(request, org_id):
    units = Unit.objects.filter(organisation_id=org_id, is_active=True)
    leaders = User.objects.filter(
        organisation_id=org_id,
        org_roles__role__in=["director", "deputy_director"],
        org_roles__revoked_at=None,
    ).distinct()
    programmes = Programme.objects.filter(organisation_id=org_id).exclude(state__in=Programme.UNPUBLISHED)
    form = RegisterFilterForm(request.GET or None, units=units, leaders=leaders, programmes=programmes)
    return form, (form.cleaned_data if form.is_valid() else {})


@login_required
@replica_view
def delay_register_view(request: HttpRequest) -> HttpResponse:
    org_id = _require_register(request.user)
    period_form, period = period_from_request(request.GET, default_kind="quarter")
    form, filters = _filters(request, org_id)
    filter_values = {
        "unit_id": filters.get("unit"),
        "leader_id": filters.get("leader"),
        "programme_id": filters.get("programme"),
        "sort": filters.get("sort") or "-days_late",
    }
    if request.GET.get("format") == "xlsx":
        rows = delay_register_rows(org_id, start=period.start, end=period.end, **filter_values)
        return _register_export(request, rows, period, filter_values)
    # The page reads the stored rows (as of their snapshot, shown); the live query only before the
    # organisation's first snapshot. Exports stay live.
    rows = stored_register_rows(org_id, start=period.start, end=period.end, **filter_values)
    snapshot = rows.snapshot if rows is not None else None
    if snapshot is None:
        oversight_refresh_soon(org_id)
        rows = delay_register_rows(org_id, start=period.start, end=period.end, **filter_values)
    elif snapshot.day != timezone.localdate():
        oversight_refresh_soon(org_id)
    number = _page_number(request.GET.get("page"))
    values, total = rows.page(number, PAGE_SIZE)
    paginator = Paginator(range(total), PAGE_SIZE)
    rows = register_details([register_row(v) for v in values])
    item_url, waiver_url = pk_url("work_item_detail"), pk_url("waiver_grant")
    for row in rows:
        row.url, row.waiver_url = item_url(row.id), waiver_url(row.id)
    page = Page(rows, min(number, paginator.num_pages), paginator)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "engine/oversight/register.html",
        {
            "period_form": period_form,
            "period": period,
            "period_label": period_label(period),
            "form": form,
            "page": page,
            "total": paginator.count,
            "as_of": as_of_label(snapshot),
            "querystring": query.urlencode(),
            "next_path": request.get_full_path(),
            "can_waive": permissions.can_waive_delay(request.user, org_id),
            "waiver_form": WaiverForm(),
            "kinds": delay_kinds(),
        },
    )


def _page_number(raw) -> int:
    try:
        return max(1, int(raw or 1))
    except ValueError:
        return 1


def _register_export(request, rows, period, filter_values) -> HttpResponse:
    """The register as .xlsx: written now when short, else by a background job (a progress page)."""
    title = _("Delay register, %(period)s") % {"period": period_label(period)}
    file_name = f"delay-register-{period.key.replace(':', '-')}.xlsx"

    def write(out):
        register_xlsx_write(
            register_chunks(rows),
            out,
            title=title,
            item_url=lambda pk: request.build_absolute_uri(reverse("work_item_detail", args=[pk])),
        )

    params = {
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "today": timezone.localdate().isoformat(),
        "title": title,
        **filter_values,
    }
    return export_or_job(
        request,
        kind=ExportJob.Kind.REGISTER_XLSX,
        params=params,
        file_name=file_name,
        estimate=rows.count(),
        write=write,
    )


def _back(request, fallback: str) -> str:
    target = request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return fallback


@login_required
@require_POST
def waiver_grant_view(request: HttpRequest, pk: int) -> HttpResponse:
    item = permissions.access_work_item(request.user, pk)
    form = WaiverForm(request.POST)
    back = _back(request, reverse("work_item_detail", args=[pk]))
    if not form.is_valid():
        messages.error(request, _("Give the objective cause of the delay."))
        return redirect(back)
    try:
        delay_waiver_grant(item=item, actor=request.user, reason=form.cleaned_data["reason"])
    except DomainError as error:
        messages.error(request, error.message)
        return redirect(back)
    messages.success(request, _("The objective cause was recorded."))
    return redirect(back)


@login_required
@require_POST
def waiver_revoke_view(request: HttpRequest, pk: int) -> HttpResponse:
    waiver = DelayWaiver.objects.filter(pk=pk, organisation_id=request.user.organisation_id).first()
    if waiver is None:
        raise Http404
    form = WaiverForm(request.POST)
    back = _back(request, reverse("work_item_detail", args=[waiver.work_item_id]))
    if not form.is_valid():
        messages.error(request, _("Give the reason for withdrawing the objective cause."))
        return redirect(back)
    try:
        delay_waiver_revoke(waiver=waiver, actor=request.user, reason=form.cleaned_data["reason"])
    except DomainError as error:
        messages.error(request, error.message)
        return redirect(back)
    messages.success(request, _("The objective cause was withdrawn."))
    return redirect(back)


def _audit_events(request, org_id):
    """The filter form, the subject (an item or a unit) and the events, shared by the page and exports."""
    form = AuditFilterForm(request.GET or None, organisation_id=org_id)
    filters = form.cleaned_data if form.is_valid() else {}
    subject = None
    item_id, unit_id = request.GET.get("item"), request.GET.get("unit")
    try:
        if item_id:
            subject = WorkItem.objects.get(pk=int(item_id), organisation_id=org_id)
        elif unit_id:
            subject = Unit.objects.get(pk=int(unit_id), organisation_id=org_id)
    except (ValueError, WorkItem.DoesNotExist, Unit.DoesNotExist):
        raise Http404 from None
    events = audit_event_list(
        org_id,
        item_id=subject.pk if isinstance(subject, WorkItem) else None,
        unit_id=subject.pk if isinstance(subject, Unit) else None,
        actor_id=getattr(filters.get("actor"), "pk", None),
        verb=filters.get("verb") or None,
        date_from=filters.get("date_from"),
        date_to=filters.get("date_to"),
    )
    return form, subject, events


@login_required
@replica_view
def audit_trail_view(request: HttpRequest) -> HttpResponse:
    """Every event of an item or a unit; the hash chain checked on demand (?verify=1)."""
    org_id = _require_register(request.user)
    form, subject, events = _audit_events(request, org_id)
    check = None
    if request.GET.get("verify"):
        started = timezone.now()
        check = audit_verify(org_id)
        check_ms = int((timezone.now() - started).total_seconds() * 1000)
    else:
        check_ms = None
    page = Paginator(events, 100).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("verify", None)
    return render(
        request,
        "engine/oversight/audit_trail.html",
        {
            "form": form,
            "subject": subject,
            "page": page,
            "check": check,
            "check_ms": check_ms,
            "querystring": query.urlencode(),
            "units": Unit.objects.filter(organisation_id=org_id, is_active=True),
            "can_export": permissions.can_export_audit(request.user, org_id),
        },
    )


AUDIT_EXPORTS = {"xlsx": (audit_xlsx_file, XLSX), "csv": (audit_csv_file, "text/csv; charset=utf-8")}


@login_required
@replica_view
def audit_export_view(request: HttpRequest, fmt: str) -> FileResponse:
    """The filtered audit trail as a file (the inspectorate and the director)."""
    org_id = request.user.organisation_id
    if not permissions.can_export_audit(request.user, org_id):
        raise PermissionDenied(_("Only the inspectorate and the director export the audit trail."))
    if fmt not in AUDIT_EXPORTS:
        raise Http404
    _form, _subject, events = _audit_events(request, org_id)
    build, content_type = AUDIT_EXPORTS[fmt]
    name = f"nhat-ky-{timezone.localdate():%Y%m%d}.{fmt}"
    return FileResponse(build(events), as_attachment=True, filename=name, content_type=content_type)
