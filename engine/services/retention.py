"""What the site keeps and for how long: orphan evidence files, staged import bytes, export files.

Both run under Celery beat (engine.tasks) and as management commands. Neither touches a
report, an attachment row, an import's rows or the audit chain: the orphan sweep deletes
only files no attachment row names, and the import expiry clears only the uploaded bytes,
which nothing reads once the file has been parsed.
"""

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.files.storage import default_storage
from django.db.models import F, Func, IntegerField, Sum
from django.utils import timezone

from engine.models import Attachment, ExportJob, ProgrammeImport
from engine.models.reports import attachment_path
from engine.services.evidence import INCOMING_DIR, promote

log = logging.getLogger(__name__)

EVIDENCE_DIR = "evidence"


@dataclass
class SweepResult:
    deleted: list[tuple[str, int]] = field(default_factory=list)
    promoted: list[str] = field(default_factory=list)

    @property
    def bytes_freed(self) -> int:
        return sum(size for _name, size in self.deleted)

    def as_dict(self) -> dict:
        return {
            "deleted": [{"name": name, "bytes": size} for name, size in self.deleted],
            "promoted": self.promoted,
            "bytes_freed": self.bytes_freed,
        }


def _evidence_files() -> list[str]:
    root = default_storage.path(EVIDENCE_DIR)
    names = []
    for directory, _dirs, files in os.walk(root):
        for file_name in files:
            full = os.path.join(directory, file_name)
            names.append(os.path.relpath(full, default_storage.path("")).replace(os.sep, "/"))
    return sorted(names)


def sweep_orphan_files(*, now: datetime | None = None, dry_run: bool = False) -> SweepResult:
    """Delete evidence files no attachment row names, last written before now − the age.

    First finishes the promotions a killed worker left (committed rows still naming a
    temporary file), so their evidence gets its content-hash name and is never taken for
    an orphan. A file a row names is never deleted, whatever its age; a temporary file
    younger than the age may be an upload in progress and is left alone.
    """
    now = now or timezone.now()
    cutoff = (now - timedelta(hours=settings.EVIDENCE_ORPHAN_AGE_HOURS)).timestamp()
    result = SweepResult()
    # A row still names its temporary file: the worker was killed after the commit. Any row,
    # whatever its age: its transaction committed, so the promotion is overdue.
    stranded = Attachment.objects.filter(file__startswith=INCOMING_DIR + "/")
    protected = set()
    for attachment in stranded:
        temporary = attachment.file.name
        final = attachment_path(attachment, attachment.original_name)
        protected.add(final)
        if not default_storage.exists(temporary):
            log.error("evidence %s names %s, which does not exist", attachment.pk, temporary)
            continue
        if not dry_run:
            promote(attachment.pk, temporary, final)
        result.promoted.append(temporary)
    named = set(Attachment.objects.values_list("file", flat=True)) | protected
    for name in _evidence_files():
        if name in named:
            continue
        path = default_storage.path(name)
        try:
            stat = os.stat(path)
        except FileNotFoundError:
            continue
        if stat.st_mtime >= cutoff:
            continue
        # Named since the list was read (an upload that reused an old file): keep it.
        if Attachment.objects.filter(file=name).exists():
            continue
        if not dry_run:
            default_storage.delete(name)
        result.deleted.append((name, stat.st_size))
    if result.deleted and not dry_run:
        log.info("orphan sweep: %d files, %d bytes freed", len(result.deleted), result.bytes_freed)
    return result


@dataclass
class ExpiryResult:
    imports: list[int]
    bytes_freed: int

    def as_dict(self) -> dict:
        return {"imports": self.imports, "bytes_freed": self.bytes_freed}


def expire_staged_imports(*, now: datetime | None = None, dry_run: bool = False) -> ExpiryResult:
    """Clear the uploaded bytes of imports parsed more than IMPORT_STAGED_RETENTION_DAYS ago.

    Only imports that are ready, failed or confirmed: the bytes are read once, by the
    parse; the rows, warnings, status and sha256 (which duplicate detection compares)
    stay, so the import pages and the history show what they showed before. An import
    still parsing keeps its bytes whatever its age.
    """
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.IMPORT_STAGED_RETENTION_DAYS)
    expired = (
        ProgrammeImport.objects.filter(updated_at__lt=cutoff)
        .exclude(status=ProgrammeImport.Status.PARSING)
        .annotate(size=Func(F("data"), function="LENGTH", output_field=IntegerField()))
        .filter(size__gt=0)
    )
    ids = sorted(expired.values_list("pk", flat=True))
    freed = expired.aggregate(total=Sum("size"))["total"] or 0
    if ids and not dry_run:
        # update() leaves updated_at alone: the page keeps saying when the import last changed.
        ProgrammeImport.objects.filter(pk__in=ids).update(data=b"")
        log.info("staged imports %s: %d bytes freed", ids, freed)
    return ExpiryResult(ids, freed)


@dataclass
class ExportExpiry:
    jobs: list[int]
    bytes_freed: int

    def as_dict(self) -> dict:
        return {"jobs": self.jobs, "bytes_freed": self.bytes_freed}


def expire_exports(*, now: datetime | None = None, dry_run: bool = False) -> ExportExpiry:
    """Delete the files of exports finished more than EXPORT_RETENTION_HOURS ago.

    The job row stays (who exported what, when) with status "expired" and no file; a job
    still queued or running is left alone whatever its age.
    """
    now = now or timezone.now()
    cutoff = now - timedelta(hours=settings.EXPORT_RETENTION_HOURS)
    jobs = ExportJob.objects.filter(finished_at__lt=cutoff, status=ExportJob.Status.DONE)
    ids, freed = [], 0
    for job in jobs:
        ids.append(job.pk)
        if job.file and default_storage.exists(job.file.name):
            freed += default_storage.size(job.file.name)
            if not dry_run:
                default_storage.delete(job.file.name)
        if not dry_run:
            ExportJob.objects.filter(pk=job.pk).update(status=ExportJob.Status.EXPIRED, file="")
    if ids and not dry_run:
        log.info("exports %s: files removed, %d bytes freed", ids, freed)
    return ExportExpiry(ids, freed)
