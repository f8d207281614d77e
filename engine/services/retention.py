"""What is kept only for a while: evidence files no row names, and uploaded import bytes.

`evidence_orphan_sweep` deletes files under MEDIA_ROOT/evidence that no Attachment names
(a worker killed between writing a file and committing its row) and stray temporary files,
once older than EVIDENCE_ORPHAN_AGE_SECONDS, so an upload still in flight is never touched.
`programme_import_bytes_expire` empties the stored file of staged imports not touched for
IMPORT_BYTES_RETENTION_DAYS (what was read from them stays: rows, warnings, the hash).
Both run under Celery beat (engine.tasks) and as management commands.
"""

import logging
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from engine.models import Attachment, ProgrammeImport

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SweepResult:
    deleted: int
    bytes: int
    kept: int


def evidence_orphan_sweep(*, now: float | None = None, dry_run: bool = False) -> SweepResult:
    root = Path(settings.MEDIA_ROOT)
    evidence = root / "evidence"
    if not evidence.is_dir():
        return SweepResult(0, 0, 0)
    cutoff = (now if now is not None else time.time()) - settings.EVIDENCE_ORPHAN_AGE_SECONDS
    named = set(Attachment.objects.values_list("file", flat=True))
    deleted = freed = kept = 0
    for path in evidence.rglob("*"):
        if not path.is_file():
            continue
        stat = path.stat()
        if path.relative_to(root).as_posix() in named or stat.st_mtime > cutoff:
            kept += 1
            continue
        if not dry_run:
            path.unlink(missing_ok=True)
        deleted += 1
        freed += stat.st_size
    if deleted:
        logger.warning("evidence sweep: %s files no row names deleted (%s bytes)", deleted, freed)
    return SweepResult(deleted, freed, kept)


def programme_import_bytes_expire(*, now=None) -> int:
    """Empty the stored bytes of old staged imports; returns how many rows were emptied."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.IMPORT_BYTES_RETENTION_DAYS)
    stale = (
        ProgrammeImport.objects.filter(updated_at__lt=cutoff)
        .exclude(status=ProgrammeImport.Status.PARSING)
        .exclude(data=b"")
    )
    # update(), not save(): updated_at keeps the date the import was last worked on.
    count = stale.update(data=b"")
    if count:
        logger.info("import retention: emptied the file bytes of %s staged imports", count)
    return count
