"""Background exports: start a job, write its file in a Celery task with progress, record failures.

`export_job_start` checks that the actor may read what the file holds, saves an `ExportJob`
and queues `engine.export_run` when the transaction commits (in the request when no broker
is reachable, as `import_staging` does; Celery runs it in-process without a broker).
`export_job_run` writes the file to a temporary file (the streaming writer
`engine.exports.xlsx_stream`, rows read in chunks), then to storage under `exports/`; progress
is saved outside any transaction so the polling page sees it. A failure is recorded with a
message the page shows.
"""

import logging
import time
import uuid
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from django.core.exceptions import PermissionDenied
from django.core.files import File
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from engine import permissions
from engine.background import queue_on_commit
from engine.models import Evaluation, ExportJob

log = logging.getLogger(__name__)

K = ExportJob.Kind
S = ExportJob.Status
PROGRESS_EVERY_SECONDS = 0.5
CHUNK_ROWS = 1000


def export_job_start(*, actor, kind: str, params: dict, file_name: str) -> ExportJob:
    """Save the job and queue its task; the page at `export_job_detail` follows it."""
    organisation_id = actor.organisation_id
    if kind not in K.values or not permissions.can_export(actor, kind, organisation_id):
        raise PermissionDenied(_("You may not export this."))
    with transaction.atomic():
        job = ExportJob.objects.create(
            organisation_id=organisation_id,
            requested_by=actor,
            kind=kind,
            params={**params, "language": translation.get_language()},
            file_name=file_name[:255],
        )
        queue_on_commit(
            "engine.tasks.export_run_task",
            job.pk,
            fallback=lambda: export_job_run(job_id=job.pk),
            what=f"export {job.pk}",
        )
    return job


def export_job_run(*, job_id: int) -> ExportJob:
    """Write the job's file (the Celery task's body). Runs once: a job no longer queued is left alone."""
    claimed = ExportJob.objects.filter(pk=job_id, status=S.QUEUED).update(
        status=S.RUNNING, started_at=timezone.now()
    )
    job = ExportJob.objects.select_related("organisation", "requested_by").get(pk=job_id)
    if not claimed:
        return job
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY_SECONDS:
            last[0] = now
            percent = min(99, int(100 * done / total)) if total else 0
            ExportJob.objects.filter(pk=job_id).update(progress=percent, rows=done)

    from engine.exports.workbook import spooled_file

    try:
        with translation.override(job.params.get("language") or None), spooled_file() as out:
            if not permissions.can_export(job.requested_by, job.kind, job.organisation_id):
                raise PermissionDenied(_("You may no longer export this."))
            rows = BUILDERS[job.kind](job, out, progress)
            out.seek(0)
            suffix = job.file_name.rsplit(".", 1)[-1]
            job.file.save(f"{uuid.uuid4().hex}.{suffix}", File(out), save=False)
    except PermissionDenied as error:
        return _failed(job, str(error))
    except Evaluation.DoesNotExist:
        return _failed(job, _("The evaluation no longer exists."))
    except Exception:
        log.exception("export %s failed", job_id)
        return _failed(
            job,
            _("The file could not be written (an unexpected error). Try again or tell the administrator."),
        )
    job.status, job.progress, job.rows, job.finished_at = S.DONE, 100, rows, timezone.now()
    job.save(update_fields=["file", "status", "progress", "rows", "finished_at"])
    return job


def _failed(job: ExportJob, message: str) -> ExportJob:
    job.status, job.error, job.finished_at = S.FAILED, message, timezone.now()
    job.save(update_fields=["status", "error", "finished_at"])
    return job


PLACEHOLDER = 987654321


@lru_cache(maxsize=32)
def _url_pattern(base_url: str, name: str) -> tuple[str, str]:
    """An absolute URL around an id, reversed once: `reverse` per row was a tenth of an export."""
    before, _sep, after = (base_url.rstrip("/") + reverse(name, args=[PLACEHOLDER])).partition(
        str(PLACEHOLDER)
    )
    return before, after


def _url(job: ExportJob, name: str, pk: int) -> str:
    before, after = _url_pattern(job.params.get("base_url", ""), name)
    return f"{before}{pk}{after}"


def _day(value) -> date | None:
    return date.fromisoformat(value) if value else None


def _register(job: ExportJob, out, progress: Callable[[int, int], None]) -> int:
    from engine.exports.register_xlsx import register_xlsx_write
    from engine.selectors.delay_register import delay_register_rows, register_chunks

    p = job.params
    rows = delay_register_rows(
        job.organisation_id,
        start=_day(p["start"]),
        end=_day(p["end"]),
        today=_day(p.get("today")),
        unit_id=p.get("unit_id"),
        leader_id=p.get("leader_id"),
        programme_id=p.get("programme_id"),
        sort=p.get("sort") or "-days_late",
    )
    # The length comes with the first chunk (`RegisterQuery.iterator`): one pass over the items.
    return register_xlsx_write(
        register_chunks(rows, CHUNK_ROWS),
        out,
        title=p.get("title", ""),
        item_url=lambda pk: _url(job, "work_item_detail", pk),
        progress=lambda done: progress(done, rows.count()),
    )


def _evaluation(job: ExportJob) -> Evaluation:
    return Evaluation.objects.select_related("organisation", "rubric").get(
        pk=job.params["evaluation_id"], organisation_id=job.organisation_id
    )


def _evaluation_xlsx(job: ExportJob, out, progress: Callable[[int, int], None]) -> int:
    from engine.exports.evaluation_xlsx import evaluation_xlsx_write

    evaluation = _evaluation(job)
    return evaluation_xlsx_write(
        evaluation,
        out,
        title=f"{evaluation.organisation.name} — {evaluation}",
        item_url=lambda pk: _url(job, "work_item_detail", pk),
        attachment_url=lambda pk: _url(job, "attachment_download", pk),
        progress=progress,
    )


def _evaluation_docx(job: ExportJob, out, progress: Callable[[int, int], None]) -> int:
    from engine.exports.reports_docx import evaluation_docx
    from engine.selectors.scoring_facts import evaluation_summary

    evaluation = _evaluation(job)
    out.write(evaluation_docx(evaluation, day=_day(job.params.get("today")) or timezone.localdate()))
    return len(evaluation_summary(evaluation)["units"])


BUILDERS = {
    K.REGISTER_XLSX: _register,
    K.EVALUATION_XLSX: _evaluation_xlsx,
    K.EVALUATION_DOCX: _evaluation_docx,
}
