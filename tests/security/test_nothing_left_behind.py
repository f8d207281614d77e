"""Faults: evidence files no row names are swept after a day; staged import bytes expire."""

import os
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from engine.models import Attachment, ProgrammeImport
from engine.services import work_items as svc
from engine.services.retention import evidence_orphan_sweep, programme_import_bytes_expire

pytestmark = pytest.mark.django_db
DAY = 86400


def _age(path: Path, seconds: int) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_the_sweep_deletes_old_orphans_only(world, settings):
    item = world.item_in("in_progress")
    pdf = SimpleUploadedFile("bb.pdf", b"%PDF-1.4 giu lai", content_type="application/pdf")
    svc.work_item_report(item=item, actor=world.head_a, text="Xong.", files=[pdf])
    media = Path(settings.MEDIA_ROOT)
    kept = media / Attachment.objects.get().file.name
    orphan_old = media / "evidence" / "ab" / ("ab" + "0" * 62 + ".pdf")
    orphan_new = media / "evidence" / "cd" / ("cd" + "0" * 62 + ".pdf")
    part_old = media / "evidence" / "tmp" / "dead.part"
    for path in (orphan_old, orphan_new, part_old):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 100)
    for path in (kept, orphan_old, part_old):
        _age(path, 2 * DAY)
    result = evidence_orphan_sweep()
    assert (result.deleted, result.bytes) == (2, 200)
    assert kept.exists() and orphan_new.exists()  # named by a row; too young to judge
    assert not orphan_old.exists() and not part_old.exists()


def test_a_report_writes_no_partial_file_at_the_final_name(world, settings):
    item = world.item_in("in_progress")
    pdf = SimpleUploadedFile("bb.pdf", b"%PDF-1.4 " + b"n" * 5000, content_type="application/pdf")
    svc.work_item_report(item=item, actor=world.head_a, text="Xong.", files=[pdf])
    attachment = Attachment.objects.get()
    stored = Path(settings.MEDIA_ROOT) / attachment.file.name
    assert stored.read_bytes() == b"%PDF-1.4 " + b"n" * 5000
    assert list((Path(settings.MEDIA_ROOT) / "evidence" / "tmp").glob("*")) == []


def test_the_command_counts_in_a_dry_run(settings, capsys, db):
    path = Path(settings.MEDIA_ROOT) / "evidence" / "ef" / "orphan.pdf"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"y")
    _age(path, 2 * DAY)
    call_command("sweep_retention", "--dry-run")
    assert "would delete 1 files" in capsys.readouterr().out and path.exists()
    call_command("sweep_retention")
    assert not path.exists()


def test_staged_import_bytes_expire_after_the_retention(world, settings):
    settings.IMPORT_BYTES_RETENTION_DAYS = 30
    old, recent, parsing = (
        ProgrammeImport.objects.create(
            organisation=world.org, file_name=f"{n}.docx", sha256=n * 64, data=b"PK bytes", status=status
        )
        for n, status in (("a", "confirmed"), ("b", "ready"), ("c", "parsing"))
    )
    long_ago = timezone.now() - timedelta(days=31)
    ProgrammeImport.objects.filter(pk__in=[old.pk, parsing.pk]).update(updated_at=long_ago)
    assert programme_import_bytes_expire() == 1
    assert bytes(ProgrammeImport.objects.get(pk=old.pk).data) == b""
    assert bytes(ProgrammeImport.objects.get(pk=recent.pk).data) == b"PK bytes"
    assert bytes(ProgrammeImport.objects.get(pk=parsing.pk).data) == b"PK bytes"  # still being read
    assert ProgrammeImport.objects.get(pk=old.pk).sha256 == "a" * 64
