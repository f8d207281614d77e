"""The secretariat's import pages: upload a programme file, follow its parse, check and fix the rows, confirm.

Every change calls a service of `engine.services.import_staging`; the row editor and the
progress bar are htmx fragments of the same templates the full page renders.
"""

from datetime import date, timedelta
from pathlib import PurePath

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engine import permissions
from engine.exceptions import DomainError
from engine.import_forms import ImportRowForm, ImportTitleForm, ProgrammeUploadForm, UnitPickForm
from engine.models import Organisation, ProgrammeImport, Unit, WorkItem
from engine.selectors import programme_imports as sel
from engine.services import import_staging as svc
from engine.services.programme_import import organisation_leader_refs

RECURRENCES = dict(WorkItem.Recurrence.choices)
# Rows per preview page: a 10,000-row programme would be an 8 MB page rendered in half a minute.
ROWS_PER_PAGE = 200


def _require_importer(request: HttpRequest) -> None:
    if not permissions.can_import_programmes(request.user, request.user.organisation_id):
        raise PermissionDenied(_("Only the secretariat imports programmes."))


def _staged(request: HttpRequest, pk: int) -> ProgrammeImport:
    _require_importer(request)
    return get_object_or_404(
        ProgrammeImport.objects.select_related("organisation", "programme", "duplicate_of"),
        pk=pk,
        organisation_id=request.user.organisation_id,
    )


def _units(organisation_id: int):
    return Unit.objects.filter(organisation_id=organisation_id, is_active=True)


def _display(row: dict, staged: ProgrammeImport) -> dict:
    """A row with what the template shows besides the JSON: problems, the date, the recurrence label.

    `due_outside` warns (without blocking) of a due date outside the programme's period.
    """
    due = date.fromisoformat(row["due_date"]) if row["due_date"] else None
    start, end = staged.meta.get("period_start"), staged.meta.get("period_end")
    return {
        **row,
        "problems": sel.row_problems(row),
        "due": due,
        "due_outside": bool(due and start and end and not start <= due.isoformat() <= end),
        "recurrence_label": RECURRENCES.get(row["recurrence"], "") if row["recurrence"] else "",
        "unresolved": row["unresolved_lead"] + row["unresolved_coordinating"],
        "reasons": sel.row_reasons(row),
        "low_confidence": sel.row_low_confidence(row),
    }


def _summary(staged: ProgrammeImport) -> dict:
    counts = {
        "rows": len(staged.rows),
        "problems": 0,
        "low_confidence": 0,
        "unresolved": 0,
        "no_lead": 0,
        "due_to_set": 0,
    }
    for row in staged.rows:
        problems = sel.row_problems(row)
        counts["problems"] += bool(problems)
        for problem in problems:
            counts[problem] += 1
    return counts


@login_required
def programme_import_upload_view(request: HttpRequest) -> HttpResponse:
    _require_importer(request)
    organisation = Organisation.objects.get(pk=request.user.organisation_id)
    form = ProgrammeUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            staged = svc.programme_import_stage(
                organisation=organisation,
                actor=request.user,
                name=PurePath(upload.name).name,
                data=upload.read(),
                year=form.cleaned_data["year"],
            )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            if staged.duplicate_of is not None:
                messages.info(
                    request,
                    _("This file was imported before as “%(title)s”.") % {"title": staged.duplicate_of.title},
                )
            return redirect("programme_import_detail", pk=staged.pk)
    recent = ProgrammeImport.objects.filter(organisation=organisation).select_related(
        "programme", "uploaded_by"
    )
    return render(
        request,
        "engine/programme_import_upload.html",
        {"form": form, "recent": recent.defer("data", "rows", "warnings", "meta")[:10]},
    )


@login_required
def programme_import_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    staged = _staged(request, pk)
    context = {"staged": staged, "stalled": _stalled(staged)}
    if staged.status == ProgrammeImport.Status.READY:
        only_problems = request.GET.get("problems") == "1"
        only_low = request.GET.get("low") == "1"
        rows = staged.rows
        if only_problems:
            rows = [row for row in rows if sel.row_problems(row)]
        if only_low:
            rows = [row for row in rows if sel.row_low_confidence(row)]
        page = Paginator(rows, ROWS_PER_PAGE).get_page(request.GET.get("page"))
        spelling_rows = dict.fromkeys(staged.unresolved_units, 0)
        for row in staged.rows:
            for spelling in set(row["unresolved_lead"] + row["unresolved_coordinating"]):
                if spelling in spelling_rows:
                    spelling_rows[spelling] += 1
        same = sel.programme_same_file(staged.organisation_id, staged.sha256)
        context.update(
            rows=[_display(row, staged) for row in page.object_list],
            page=page,
            only_problems=only_problems,
            only_low=only_low,
            title_form=ImportTitleForm(initial={"title": staged.meta.get("title", "")}),
            summary=_summary(staged),
            # One <select> per spelling, drawn from one query (a form per spelling would query each).
            pickers=list(spelling_rows.items()),
            units=list(_units(staged.organisation_id).only("pk", "name")) if spelling_rows else [],
            same=same,
            refusal=sel.duplicate_refusal(same),
            period_start=date.fromisoformat(staged.meta["period_start"]),
            period_end=date.fromisoformat(staged.meta["period_end"]),
        )
    return render(request, "engine/programme_import_detail.html", context)


@login_required
def programme_import_progress_view(request: HttpRequest, pk: int) -> HttpResponse:
    staged = get_object_or_404(
        ProgrammeImport.objects.only(
            "pk", "status", "progress", "file_name", "organisation_id", "created_at"
        ),
        pk=pk,
        organisation_id=request.user.organisation_id,
    )
    _require_importer(request)
    if staged.status != ProgrammeImport.Status.PARSING:
        response = HttpResponse(status=204)
        response["HX-Redirect"] = reverse("programme_import_detail", args=[pk])
        return response
    return render(request, "engine/_import_progress.html", {"staged": staged, "stalled": _stalled(staged)})


def _stalled(staged: ProgrammeImport) -> bool:
    """Queued for a minute and not started: the Celery worker is probably not running."""
    return staged.progress == 0 and timezone.now() - staged.created_at > timedelta(minutes=1)


@login_required
@require_POST
def programme_import_unit_pick_view(request: HttpRequest, pk: int) -> HttpResponse:
    staged = _staged(request, pk)
    form = UnitPickForm(request.POST, units=_units(staged.organisation_id))
    if not form.is_valid():
        messages.error(
            request, _("Choose a unit for “%(spelling)s”.") % {"spelling": request.POST.get("spelling")}
        )
    else:
        spelling, unit = form.cleaned_data["spelling"], form.cleaned_data["unit"]
        try:
            if form.cleaned_data["create"]:
                unit, count = svc.programme_import_unit_create(
                    staged=staged, actor=request.user, spelling=spelling
                )
            else:
                count = svc.programme_import_unit_pick(
                    staged=staged, actor=request.user, spelling=spelling, unit=unit
                )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            picked = _(
                "“%(spelling)s” is now %(unit)s in %(n)d rows, and will be recognised in the next imports."
            )
            created = _("New unit “%(unit)s” added and set in %(n)d rows.")
            text = created if form.cleaned_data["create"] else picked
            messages.success(request, text % {"spelling": spelling, "unit": unit.name, "n": count})
    return redirect(reverse("programme_import_detail", args=[pk]) + "#units")


def _row_response(request, staged: ProgrammeImport, row: dict | None, template: str, **extra) -> HttpResponse:
    return render(
        request,
        template,
        {
            "staged": staged,
            "row": _display(row, staged) if row else None,
            "summary": _summary(staged),
            "oob": True,
            **extra,
        },
    )


def _row_form(staged: ProgrammeImport, data=None, row: dict | None = None) -> ImportRowForm:
    initial = None
    if row is not None:
        initial = {
            "content": row["content"],
            "lead_units": [u["id"] for u in row["lead_units"]],
            "coordinating_units": [u["id"] for u in row["coordinating_units"]],
            "leader": row["leader_id"],
            "due_text": row["due_text"],
            "due_date": date.fromisoformat(row["due_date"]) if row["due_date"] else None,
            "section": row["section"] or "",
            "indicator_name": (row["indicator"] or {}).get("name") or "",
            "indicator_measure": (row["indicator"] or {}).get("measure") or "",
            "indicator_target": (row["indicator"] or {}).get("target") or "",
        }
    return ImportRowForm(
        data,
        initial=initial,
        units=_units(staged.organisation_id),
        leaders=organisation_leader_refs(staged.organisation),
    )


def _find_row(staged: ProgrammeImport, row_id: int) -> dict:
    for row in staged.rows:
        if row["id"] == row_id:
            return row
    raise Http404(_("No such row: it may have been deleted meanwhile."))


@login_required
def programme_import_row_edit_view(request: HttpRequest, pk: int, row_id: int) -> HttpResponse:
    staged = _staged(request, pk)
    row = _find_row(staged, row_id)
    return render(
        request,
        "engine/_import_row_form.html",
        {"staged": staged, "row": _display(row, staged), "form": _row_form(staged, row=row)},
    )


@login_required
def programme_import_row_view(request: HttpRequest, pk: int, row_id: int) -> HttpResponse:
    """GET: the row as shown (the editor's Cancel). POST: save the editor's values."""
    staged = _staged(request, pk)
    row = _find_row(staged, row_id)
    if request.method != "POST":
        return render(request, "engine/_import_row.html", {"staged": staged, "row": _display(row, staged)})
    form = _row_form(staged, data=request.POST)
    error = ""
    if form.is_valid():
        d = form.cleaned_data
        try:
            row = svc.programme_import_row_update(
                staged=staged,
                actor=request.user,
                row_id=row_id,
                content=d["content"],
                lead_units=list(d["lead_units"]),
                coordinating_units=list(d["coordinating_units"]),
                leader_id=d["leader"],
                due_text=d["due_text"],
                due_date=d["due_date"],
                # Fields a client did not send are kept as they were.
                section=d["section"] if "section" in request.POST else None,
                indicator={
                    "name": d["indicator_name"],
                    "measure": d["indicator_measure"],
                    "target": d["indicator_target"],
                }
                if "indicator_name" in request.POST
                else None,
            )
        except DomainError as exc:
            for field, errors in exc.field_errors.items():
                if field in form.fields:
                    form.add_error(field, errors)
            error = exc.message
        else:
            staged.refresh_from_db(fields=["rows", "unresolved_units"])
            return _row_response(request, staged, row, "engine/_import_row.html")
    else:
        label = sel.row_label(row)
        error = "; ".join(
            _("%(row)s, %(field)s: %(error)s")
            % {
                "row": label,
                "field": form.fields[field].label if field in form.fields else field,
                "error": " ".join(errs),
            }
            for field, errs in form.errors.items()
        )
    return render(
        request,
        "engine/_import_row_form.html",
        # 200, not 422: htmx swaps only successful responses, and the form must show its errors.
        {"staged": staged, "row": _display(row, staged), "form": form, "error": error},
    )


@login_required
@require_POST
def programme_import_row_delete_view(request: HttpRequest, pk: int, row_id: int) -> HttpResponse:
    staged = _staged(request, pk)
    try:
        svc.programme_import_row_delete(staged=staged, actor=request.user, row_id=row_id)
    except DomainError as error:
        return HttpResponse(error.message, status=409)
    staged.refresh_from_db(fields=["rows", "unresolved_units"])
    return _row_response(request, staged, None, "engine/_import_row.html")


@login_required
@require_POST
def programme_import_confirm_view(request: HttpRequest, pk: int) -> HttpResponse:
    staged = _staged(request, pk)
    try:
        programme = svc.programme_import_confirm(staged=staged, actor=request.user)
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("programme_import_detail", pk=pk)
    count = programme.items.count()
    messages.success(
        request,
        _("%(n)d work items were imported into the draft programme “%(title)s”.")
        % {"n": count, "title": programme.title},
    )
    return redirect("programme_detail", pk=programme.pk)


@login_required
@require_POST
def programme_import_title_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The programme's title corrected in the preview."""
    staged = _staged(request, pk)
    form = ImportTitleForm(request.POST)
    if form.is_valid():
        try:
            svc.programme_import_title_update(
                staged=staged, actor=request.user, title=form.cleaned_data["title"]
            )
        except DomainError as error:
            messages.error(request, error.message)
    else:
        messages.error(request, "; ".join(" ".join(errors) for errors in form.errors.values()))
    return redirect("programme_import_detail", pk=staged.pk)
