"""Writing reports with their evidence files, without leaving files behind on failure.

Files are checked before any write. They are stored under their content hash, so the
same file uploaded twice is kept once; if the surrounding transaction fails, files this
call wrote and no committed row refers to are removed again.
"""

import os
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from django.core.files.storage import default_storage
from django.utils.translation import gettext as _

from engine import permissions
from engine.evidence import check_upload
from engine.exceptions import InvalidInput
from engine.models import Attachment, ProgressReport, WorkItem
from engine.models.reports import attachment_path

MAX_FILES_PER_REPORT = 20
TEMPORARY_DIR = "evidence/tmp"


def _reporting_unit_id(actor, item: WorkItem, kind: str) -> int | None:
    lead, coordinating = permissions.item_unit_ids(item)
    units = coordinating if kind == ProgressReport.Kind.CONTRIBUTION else lead
    mine = sorted(units & permissions.actor_context(actor).unit_ids)
    return mine[0] if mine else None


class ReportWriter:
    def __init__(self, *, actor, kind, text, percent, actual, files):
        if len(files) > MAX_FILES_PER_REPORT:
            message = _("At most %(n)d files per report.") % {"n": MAX_FILES_PER_REPORT}
            raise InvalidInput(message, field_errors={"files": [message]})
        if percent is not None:
            try:
                percent = int(percent)
            except (TypeError, ValueError):
                percent = -1
            if not 0 <= percent <= 100:
                message = _("Percent complete is a whole number from 0 to 100.")
                raise InvalidInput(message, field_errors={"percent": [message]})
        self.actor, self.kind, self.text, self.percent, self.actual = actor, kind, text, percent, actual
        self.checked = [check_upload(upload) for upload in files]
        self.written: list[str] = []
        self.attachment_count = 0

    def write(self, item: WorkItem) -> ProgressReport:
        report = ProgressReport.objects.create(
            work_item=item,
            unit_id=_reporting_unit_id(self.actor, item, self.kind),
            author=self.actor,
            kind=self.kind,
            percent=self.percent,
            text=self.text,
            indicator_actual=self.actual,
        )
        for checked in self.checked:
            attachment = Attachment(
                report=report,
                original_name=checked.name,
                size=checked.size,
                sha256=checked.sha256,
                content_type=checked.content_type,
                uploaded_by=self.actor,
            )
            path = attachment_path(attachment, checked.name)
            if not default_storage.exists(path):
                _write_in_place(path, checked.upload)
                self.written.append(path)
            attachment.file.name = path
            attachment.save()
            self.attachment_count += 1
        return report

    def discard(self) -> None:
        for name in self.written:
            if not Attachment.objects.filter(file=name).exists():
                default_storage.delete(name)


def _write_in_place(path: str, upload) -> None:
    """Write to a temporary name, then rename onto the content-hash name.

    The name is the content's hash and an existing file is reused as is, so a file cut short
    by a killed worker must never sit at that name: the rename is atomic. A worker killed after
    the rename but before the commit leaves a whole file no row names; `evidence_orphan_sweep`
    deletes those (and stray temporary files) after a day. Renaming only on commit instead
    would, on a kill between the commit and the rename, leave a row naming no file at all.
    """
    temporary = default_storage.save(f"{TEMPORARY_DIR}/{uuid.uuid4().hex}.part", upload)
    final = Path(default_storage.path(path))
    final.parent.mkdir(parents=True, exist_ok=True)
    os.replace(default_storage.path(temporary), final)


@contextmanager
def store_report(
    *, item, actor, kind: str, text: str, percent, actual: Decimal | None, files: Sequence
) -> Iterator[ReportWriter]:
    writer = ReportWriter(
        actor=actor, kind=kind, text=text, percent=percent, actual=actual, files=list(files)
    )
    try:
        yield writer
    except BaseException:
        writer.discard()
        raise
