"""The evaluators' pages: evaluations per period, their evidence, recompute and freezing, the rubric, exports.

The pages read the stored facts (`engine.selectors.scoring_facts`); recomputing queues a
background run (`engine.services.scoring_runs`) whose progress the evaluation page polls.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from config.db_router import replica_view
from engine import permissions
from engine.exceptions import DomainError
from engine.exports.evaluation_xlsx import count_labels, evaluation_xlsx_write, outcome_labels
from engine.exports.reports_docx import evaluation_docx
from engine.models import (
    Evaluation,
    EvaluationItem,
    EvaluationRun,
    ExportJob,
    Organisation,
    Rubric,
    ScoreFact,
)
from engine.oversight_forms import PeriodForm, RubricForm, year_being_scored
from engine.scoring.evaluation import TAGS
from engine.scoring.periods import period_from_start
from engine.scoring.rules import Grade
from engine.selectors.scoring_facts import (
    evaluation_items,
    evaluation_summary,
    fact_group,
    latest_run,
)
from engine.services.scoring import evaluation_freeze, rubric_current, rubric_save
from engine.services.scoring_runs import evaluation_recompute_request
from engine.views.exports import export_or_job


def _require_scores(user) -> int:
    if not permissions.can_view_scores(user, user.organisation_id):
        raise PermissionDenied(_("Only the evaluators and the leadership see scores."))
    return user.organisation_id


def _evaluation(user, pk: int) -> Evaluation:
    org_id = _require_scores(user)
    evaluation = (
        Evaluation.objects.select_related("rubric", "organisation")
        .filter(pk=pk, organisation_id=org_id)
        .first()
    )
    if evaluation is None:
        raise Http404
    return evaluation


@login_required
@replica_view
def evaluation_list_view(request: HttpRequest) -> HttpResponse:
    org_id = _require_scores(request.user)
    can_keep = permissions.can_keep_scores(request.user, org_id)
    # The board's everyday period is the year (in January the one just ended); any other is a choice.
    form = PeriodForm(
        request.POST or None, default_kind="year", default_day=year_being_scored(timezone.localdate())
    )
    if request.method == "POST":
        if not can_keep:
            raise PermissionDenied(_("Only the evaluators or the director compute an evaluation."))
        if form.is_valid():
            try:
                run = evaluation_recompute_request(
                    organisation=Organisation.objects.get(pk=org_id), actor=request.user, period=form.period()
                )
            except DomainError as error:
                messages.error(request, error.message)
            else:
                _told(request, run)
                return redirect("evaluation_detail", pk=run.evaluation_id)
    evaluations = Evaluation.objects.filter(organisation_id=org_id).select_related("rubric", "computed_by")
    return render(
        request,
        "engine/oversight/evaluation_list.html",
        {"evaluations": evaluations, "form": form, "can_keep": can_keep},
    )


def _told(request: HttpRequest, run: EvaluationRun) -> None:
    run.refresh_from_db(fields=["status", "error"])
    if run.status == EvaluationRun.Status.DONE:
        messages.success(request, _("The evaluation was computed."))
    elif run.status == EvaluationRun.Status.FAILED:
        messages.error(request, run.error)
    else:
        messages.info(request, _("The evaluation is being computed; this page shows its progress."))


@login_required
@replica_view
def evaluation_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The scores read from the stored facts: a fixed number of queries, whatever the items."""
    evaluation = _evaluation(request.user, pk)
    labels = count_labels()
    return render(
        request,
        "engine/oversight/evaluation_detail.html",
        {
            "evaluation": evaluation,
            "result": evaluation_summary(evaluation),
            "run": latest_run(evaluation),
            "tags": [(tag, labels[tag]) for tag in TAGS],
            "grades": dict(Grade.choices),
            "can_keep": permissions.can_keep_scores(request.user, evaluation.organisation_id),
        },
    )


@login_required
def evaluation_progress_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The recompute's progress bar (htmx polls it); sends the page again once the run ends."""
    evaluation = _evaluation(request.user, pk)
    run = latest_run(evaluation)
    if run is None or not run.is_active:
        response = HttpResponse(status=204)
        response["HX-Redirect"] = reverse("evaluation_detail", args=[pk])
        return response
    return render(
        request, "engine/oversight/_evaluation_progress.html", {"evaluation": evaluation, "run": run}
    )


@login_required
@replica_view
def evaluation_evidence_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The items behind one number: ?group=total|unit:ID|person:ID&tag=late."""
    evaluation = _evaluation(request.user, pk)
    group_key, tag = request.GET.get("group", "total"), request.GET.get("tag", "assigned")
    if tag not in TAGS:
        raise Http404
    if group_key == "total":
        group = {"name": _("Whole organisation")}
    else:
        kind, _sep, raw_id = group_key.partition(":")
        fact_kind = {"unit": ScoreFact.Kind.UNIT, "person": ScoreFact.Kind.PERSON}.get(kind)
        fact = (
            ScoreFact.objects.filter(evaluation=evaluation, kind=fact_kind, subject_id=raw_id).first()
            if fact_kind and raw_id.isdigit()
            else None
        )
        if fact is None:
            raise Http404
        group = fact_group(fact)
    return render(
        request,
        "engine/oversight/evaluation_evidence.html",
        {
            "evaluation": evaluation,
            "group": group,
            "tag_label": count_labels()[tag],
            "items": evaluation_items(evaluation, group_key, tag),
            "outcomes": outcome_labels(),
        },
    )


@login_required
@require_POST
def evaluation_recompute_view(request: HttpRequest, pk: int) -> HttpResponse:
    evaluation = _evaluation(request.user, pk)
    try:
        run = evaluation_recompute_request(
            organisation=evaluation.organisation,
            actor=request.user,
            period=period_from_start(evaluation.period_kind, evaluation.period_start),
            as_of=min(evaluation.period_end, timezone.localdate()),
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        _told(request, run)
    return redirect("evaluation_detail", pk=pk)


@login_required
@require_POST
def evaluation_freeze_view(request: HttpRequest, pk: int) -> HttpResponse:
    evaluation = _evaluation(request.user, pk)
    try:
        evaluation_freeze(evaluation=evaluation, actor=request.user)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The evaluation is frozen."))
    return redirect("evaluation_detail", pk=pk)


def _filename(evaluation: Evaluation, suffix: str) -> str:
    return f"evaluation-{evaluation.period_kind}-{evaluation.period_start:%Y-%m}.{suffix}"


@login_required
@replica_view
def evaluation_export_view(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The evidence workbook or the report: written now for a small organisation, else by a job."""
    evaluation = _evaluation(request.user, pk)
    if fmt == "xlsx":
        kind = ExportJob.Kind.EVALUATION_XLSX

        def write(out):
            evaluation_xlsx_write(
                evaluation,
                out,
                title=f"{evaluation.organisation.name} — {evaluation}",
                item_url=lambda i: request.build_absolute_uri(reverse("work_item_detail", args=[i])),
                attachment_url=lambda i: request.build_absolute_uri(reverse("attachment_download", args=[i])),
            )

    elif fmt == "docx":
        kind = ExportJob.Kind.EVALUATION_DOCX

        def write(out):
            out.write(evaluation_docx(evaluation, day=timezone.localdate()))

    else:
        raise Http404
    return export_or_job(
        request,
        kind=kind,
        params={"evaluation_id": evaluation.pk, "today": timezone.localdate().isoformat()},
        file_name=_filename(evaluation, fmt),
        estimate=EvaluationItem.objects.filter(evaluation=evaluation).count(),
        write=write,
    )


@login_required
def rubric_view(request: HttpRequest) -> HttpResponse:
    org_id = _require_scores(request.user)
    organisation = Organisation.objects.get(pk=org_id)
    can_keep = permissions.can_keep_scores(request.user, org_id)
    current = Rubric.objects.filter(organisation_id=org_id).order_by("-version").first()
    if current is None and can_keep:
        current = rubric_current(organisation)
    if request.method == "POST":
        if not can_keep:
            raise PermissionDenied(_("Only the evaluators or the director edit the scoring rubric."))
        form = RubricForm(request.POST)
        if form.is_valid():
            try:
                rubric_save(
                    organisation=organisation,
                    actor=request.user,
                    rules=form.rules(),
                    note=form.cleaned_data["note"],
                )
            except DomainError as error:
                for field, errors in error.field_errors.items():
                    for message in errors:
                        form.add_error(field if field in form.fields else None, message)
            else:
                messages.success(request, _("The rubric was saved as a new version."))
                return redirect("rubric")
    else:
        form = RubricForm.for_rules(current.parsed) if current else None
    return render(
        request,
        "engine/oversight/rubric.html",
        {
            "form": form,
            "current": current,
            "versions": Rubric.objects.filter(organisation_id=org_id).select_related("created_by"),
            "can_keep": can_keep,
        },
    )
