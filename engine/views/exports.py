"""Export pages: a small export answered in the request, a large one as a job with progress and a download.

`export_or_job` is what the register and the evaluation views call: below
EXPORT_DIRECT_MAX_ROWS rows the file is written in the request into a spooled temporary
file and sent as a FileResponse; above, an `ExportJob` is started and the person is sent to
its page, which polls the progress (htmx) and offers the file when it is ready. Only the
person who asked downloads it (session or API token), and only while they may still see
the page it comes from.
"""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from engine import permissions
from engine.exports.workbook import spooled_file
from engine.models import ExportJob
from engine.services.exports import export_job_start
from engine.views.work_items import _session_or_token_user

CONTENT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def export_or_job(
    request: HttpRequest,
    *,
    kind: str,
    params: dict,
    file_name: str,
    estimate: int,
    write: Callable[[object], object],
) -> HttpResponse:
    """The file now (`write(out)` into a spooled file) when `estimate` rows are few, else a job."""
    if estimate <= settings.EXPORT_DIRECT_MAX_ROWS:
        out = spooled_file()
        write(out)
        out.seek(0)
        suffix = file_name.rsplit(".", 1)[-1]
        return FileResponse(out, as_attachment=True, filename=file_name, content_type=CONTENT_TYPES[suffix])
    job = export_job_start(
        actor=request.user,
        kind=kind,
        params={**params, "base_url": request.build_absolute_uri("/")},
        file_name=file_name,
    )
    return redirect("export_job_detail", pk=job.pk)


def _own_job(user, pk: int) -> ExportJob:
    """The job, if this user asked for it and may still read what it holds; else 404."""
    job = get_object_or_404(ExportJob, pk=pk, requested_by_id=user.pk)
    if not permissions.can_export(user, job.kind, job.organisation_id):
        raise Http404
    return job


@login_required
def export_job_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    job = _own_job(request.user, pk)
    template = "engine/exports/_job.html" if request.headers.get("HX-Request") else "engine/exports/job.html"
    return render(request, template, {"job": job})


def export_job_download_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The job's file, for a browser session or an API token, to the person who asked only."""
    user, refusal = _session_or_token_user(request)
    if refusal is not None:
        return refusal
    job = _own_job(user, pk)
    if job.status != ExportJob.Status.DONE or not job.file:
        raise Http404
    suffix = job.file_name.rsplit(".", 1)[-1]
    return FileResponse(
        job.file.open("rb"),
        as_attachment=True,
        filename=job.file_name,
        content_type=CONTENT_TYPES.get(suffix, "application/octet-stream"),
    )
