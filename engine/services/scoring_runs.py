"""Recomputing an evaluation in the background: queue a run, then run it with its progress.

`evaluation_recompute_request` checks the permission, makes the evaluation row if the
period has none yet, and queues an `EvaluationRun` on commit (Celery; in the request when
the broker is unreachable, and eagerly where no broker is configured). `evaluation_run`
is what the worker does: `engine.services.scoring.evaluation_compute` with a progress
callback that writes `done` out of `total` (items read, then items written) so the
evaluation page can show it. A frozen evaluation refuses both; a freeze that lands while a
run reads the evidence makes the run fail without touching the frozen facts.
"""

import logging
from datetime import date

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from engine import permissions
from engine.background import queue_on_commit
from engine.exceptions import DomainError, InvalidInput, InvalidTransition
from engine.models import Evaluation, EvaluationRun, Organisation
from engine.scoring.periods import Period, period_from_start
from engine.selectors.scoring_evidence import period_items
from engine.services.scoring import evaluation_compute, rubric_current

log = logging.getLogger(__name__)


def evaluation_recompute_request(
    *, organisation: Organisation, actor, period: Period, as_of: date | None = None
) -> EvaluationRun:
    """Queue a (re)computation of the period's evaluation; the active run if one is queued."""
    permissions.require_org(
        permissions.can_keep_scores(actor, organisation.pk),
        _("Only the evaluators or the director compute an evaluation."),
    )
    if as_of is None:
        as_of = min(period.end, timezone.localdate())
    if as_of < period.start:
        message = _("The evidence cut-off must not be before the period starts.")
        raise InvalidInput(message, field_errors={"as_of": [message]})
    with transaction.atomic():
        evaluation = (
            Evaluation.objects.select_for_update()
            .filter(organisation=organisation, period_kind=period.kind, period_start=period.start)
            .first()
        )
        if evaluation is None:
            # Not computed yet: the page says so and shows the run's progress.
            evaluation = Evaluation.objects.create(
                organisation=organisation,
                period_kind=period.kind,
                period_start=period.start,
                period_end=period.end,
                as_of=as_of,
                rubric=rubric_current(organisation),
            )
        if evaluation.is_frozen:
            raise InvalidTransition(_("This evaluation is frozen; its results no longer change."))
        active = evaluation.runs.filter(
            status__in=[EvaluationRun.Status.QUEUED, EvaluationRun.Status.RUNNING]
        ).first()
        if active is not None:
            return active
        run = EvaluationRun.objects.create(evaluation=evaluation, as_of=as_of, requested_by=actor)
        queue_on_commit(
            "engine.tasks.evaluation_run_task",
            run.pk,
            fallback=lambda: evaluation_run(run_id=run.pk),
            what=f"evaluation run {run.pk}",
        )
    return run


def evaluation_run(*, run_id: int) -> EvaluationRun | None:
    """Run a queued recompute to the end; a run already started or finished is left alone,
    and a message naming no run (its database was reset) is dropped."""
    claimed = EvaluationRun.objects.filter(pk=run_id, status=EvaluationRun.Status.QUEUED).update(
        status=EvaluationRun.Status.RUNNING, started_at=timezone.now()
    )
    run = (
        EvaluationRun.objects.select_related("evaluation__organisation", "requested_by")
        .filter(pk=run_id)
        .first()
    )
    if not claimed or run is None:
        return run
    evaluation = run.evaluation
    period = period_from_start(evaluation.period_kind, evaluation.period_start)
    items = period_items(evaluation.organisation_id, period.start, period.end).count()
    run.total = 2 * items  # read, then written
    EvaluationRun.objects.filter(pk=run.pk).update(total=run.total)

    def progress(n: int) -> None:
        EvaluationRun.objects.filter(pk=run.pk).update(done=F("done") + n)

    try:
        evaluation_compute(
            organisation=evaluation.organisation,
            actor=run.requested_by,
            period=period,
            as_of=run.as_of,
            progress=progress,
        )
    except DomainError as error:
        run.status, run.error = EvaluationRun.Status.FAILED, error.message
    except Exception as error:  # the page must say it failed rather than spin for ever
        log.exception("evaluation run %s failed", run.pk)
        run.status, run.error = EvaluationRun.Status.FAILED, f"{type(error).__name__}: {error}"[:1000]
    else:
        run.status = EvaluationRun.Status.DONE
    run.finished_at = timezone.now()
    run.done = run.total if run.status == EvaluationRun.Status.DONE else F("done")
    run.save(update_fields=["status", "error", "finished_at", "done"])
    run.refresh_from_db()
    return run
