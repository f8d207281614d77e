"""Writing reports with their evidence files, so that no fault leaves a file no row names.

Files are checked before any write, then written to a fresh temporary name under
`evidence/incoming/` before the item's transaction starts (the slow part holds no lock).
The attachment rows name those temporary files; once the transaction commits,
`promote` links each file to its content-hash name and points the row at it. Where a
worker is killed decides what is left, and nothing loses evidence:

- before the commit: temporary files no row names, which `sweep_orphan_files` removes
  once they are older than EVIDENCE_ORPHAN_AGE_HOURS;
- after the commit, before or during `promote`: every row still names a file that exists
  (the temporary one until its row is updated, which happens only after the final name
  exists); the sweep finishes the promotion and removes the leftover temporary file.

Stored under their content hash, the same file uploaded twice is kept once.
"""

import logging
import os
import shutil
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from functools import partial

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.translation import gettext as _

from engine import permissions
from engine.evidence import check_upload
from engine.exceptions import InvalidInput
from engine.models import Attachment, ProgressReport, WorkItem
from engine.models.reports import attachment_path

log = logging.getLogger(__name__)

MAX_FILES_PER_REPORT = 20
INCOMING_DIR = "evidence/incoming"


def _reporting_unit_id(actor, item: WorkItem, kind: str) -> int | None:
    lead, coordinating = permissions.item_unit_ids(item)
    units = coordinating if kind == ProgressReport.Kind.CONTRIBUTION else lead
    mine = sorted(units & permissions.actor_context(actor).unit_ids)
    return mine[0] if mine else None


def _final_name(checked) -> str:
    return attachment_path(Attachment(sha256=checked.sha256), checked.name)


def promote(attachment_id: int, temporary: str, final: str) -> None:
    """Give a committed attachment its content-hash name; safe to repeat after a kill.

    Order: the final file exists (a hard link, or a copy renamed into place) before the
    row names it, and the temporary file goes only after the row no longer names it.
    """
    source, target = default_storage.path(temporary), default_storage.path(final)
    if not os.path.exists(target):
        os.makedirs(os.path.dirname(target), exist_ok=True)
        try:
            os.link(source, target)
        except FileExistsError:
            pass  # the same content, stored meanwhile by another upload
        except OSError:
            partial_target = f"{target}.{uuid.uuid4().hex}.part"
            shutil.copyfile(source, partial_target)
            os.replace(partial_target, target)
    else:
        # An old file of the same content is reused: a fresh mtime keeps the sweep off it.
        os.utime(target)
    Attachment.objects.filter(pk=attachment_id, file=temporary).update(file=final)
    if not Attachment.objects.filter(file=temporary).exists():
        default_storage.delete(temporary)


def _promote_all(pending: list[tuple[int, str, str]]) -> None:
    for attachment_id, temporary, final in pending:
        try:
            promote(attachment_id, temporary, final)
        except OSError:
            # The row keeps naming the temporary file, which exists; the sweep retries.
            log.exception("evidence %s: promoting %s to %s failed", attachment_id, temporary, final)


def _reuse(final: str) -> bool:
    """The same content is stored already: refresh its time so the sweep leaves it alone."""
    try:
        os.utime(default_storage.path(final))
    except FileNotFoundError:
        return False
    return True


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
        # (checked file, name the row gets, content-hash name) for each file, in order.
        self.staged: list[tuple[object, str, str]] = []
        self.written: list[str] = []
        self.attachment_count = 0

    def stage(self) -> None:
        """Write the files not stored yet to temporary names; before any transaction."""
        for checked in self.checked:
            final = _final_name(checked)
            if _reuse(final):
                self.staged.append((checked, final, final))
                continue
            suffix = final.rsplit(".", 1)[-1]
            checked.upload.seek(0)
            name = default_storage.save(f"{INCOMING_DIR}/{uuid.uuid4().hex}.{suffix}", checked.upload)
            self.written.append(name)
            self.staged.append((checked, name, final))

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
        pending = []
        for checked, name, final in self.staged:
            attachment = Attachment(
                report=report,
                original_name=checked.name,
                size=checked.size,
                sha256=checked.sha256,
                content_type=checked.content_type,
                uploaded_by=self.actor,
            )
            attachment.file.name = name
            attachment.save()
            if name != final:
                pending.append((attachment.pk, name, final))
            self.attachment_count += 1
        if pending:
            # robust: a failed promotion must not raise out of a committed change (the
            # caller's cleanup would then delete files committed rows name).
            transaction.on_commit(partial(_promote_all, pending), robust=True)
        return report

    def discard(self) -> None:
        """The change failed: remove this call's temporary files (no other upload shares them)."""
        for name in self.written:
            if not Attachment.objects.filter(file=name).exists():
                default_storage.delete(name)


@contextmanager
def store_report(
    *, item, actor, kind: str, text: str, percent, actual: Decimal | None, files: Sequence
) -> Iterator[ReportWriter]:
    writer = ReportWriter(
        actor=actor, kind=kind, text=text, percent=percent, actual=actual, files=list(files)
    )
    try:
        writer.stage()
        yield writer
    except BaseException:
        writer.discard()
        raise
