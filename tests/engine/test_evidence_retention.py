"""Evidence files survive every kill point, orphans are swept, staged import bytes expire."""

import json
import os
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from engine.models import Attachment, ProgrammeImport, ProgressReport
from engine.services import evidence
from engine.services.retention import expire_staged_imports, sweep_orphan_files
from engine.services.work_items import work_item_report

pytestmark = pytest.mark.django_db

A_DAY_LATER = timedelta(hours=25)


def _files(n: int = 3) -> list[SimpleUploadedFile]:
    return [
        SimpleUploadedFile(f"minh-chung-{i}.pdf", b"%PDF-1.4 " + bytes([65 + i]) * (100 + i))
        for i in range(n)
    ]


def _on_disk() -> set[str]:
    root = Path(settings.MEDIA_ROOT)
    return (
        {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()} if root.exists() else set()
    )


def _unnamed() -> set[str]:
    return _on_disk() - set(Attachment.objects.values_list("file", flat=True))


def _every_row_names_an_existing_file() -> bool:
    root = Path(settings.MEDIA_ROOT)
    return all((root / name).is_file() for name in Attachment.objects.values_list("file", flat=True))


def test_committed_report_moves_its_files_to_their_content_hash_names(
    world, django_capture_on_commit_callbacks
):
    item = world.item_in("in_progress")
    with django_capture_on_commit_callbacks(execute=True):
        work_item_report(item=item, actor=world.head_a, text="Xong.", files=_files())
    names = sorted(Attachment.objects.values_list("file", "sha256"))
    assert len(names) == 3
    assert all(name == f"evidence/{sha[:2]}/{sha}.pdf" for name, sha in names)
    assert _unnamed() == set() and _every_row_names_an_existing_file()


def test_killed_before_the_commit_leaves_only_temporary_files_which_the_sweep_removes(world, monkeypatch):
    item = world.item_in("in_progress")
    # A kill runs no cleanup: the writer's discard never happens, the transaction never commits.
    monkeypatch.setattr(evidence.ReportWriter, "discard", lambda self: None)

    def killed(**kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("engine.services.work_items.report_period_submit", killed)
    with pytest.raises(KeyboardInterrupt):
        work_item_report(item=item, actor=world.head_a, text="Xong.", files=_files())
    assert not Attachment.objects.exists() and not ProgressReport.objects.exists()
    left = _on_disk()
    assert len(left) == 3 and all(name.startswith("evidence/incoming/") for name in left)

    fresh = sweep_orphan_files()
    assert fresh.deleted == [] and _on_disk() == left  # an upload may still be under way

    later = sweep_orphan_files(now=timezone.now() + A_DAY_LATER)
    assert sorted(name for name, _size in later.deleted) == sorted(left)
    assert later.bytes_freed == sum(100 + i + 9 for i in range(3))
    assert _on_disk() == set()


def test_killed_after_the_commit_before_the_move_keeps_the_evidence_readable(
    world, client, django_capture_on_commit_callbacks
):
    item = world.item_in("in_progress")
    # The callbacks are captured and never run: the worker died right after COMMIT.
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        work_item_report(item=item, actor=world.head_a, text="Xong.", files=_files())
    # The evidence move is the one callback of its kind (the flow step queued beside it is another).
    moves = [c for c in callbacks if getattr(getattr(c, "func", c), "__name__", "") == "_promote_all"]
    assert len(moves) == 1
    attachments = list(Attachment.objects.order_by("pk"))
    assert all(a.file.name.startswith("evidence/incoming/") for a in attachments)
    assert _unnamed() == set() and _every_row_names_an_existing_file()
    client.force_login(world.head_a)
    download = client.get(reverse("attachment_download", args=[attachments[0].pk]))
    assert b"".join(download.streaming_content) == b"%PDF-1.4 " + b"A" * 100

    # Killed halfway through the move as well: the first file already linked to its final name.
    first = attachments[0]
    final = Path(settings.MEDIA_ROOT) / f"evidence/{first.sha256[:2]}/{first.sha256}.pdf"
    final.parent.mkdir(parents=True)
    os.link(Path(settings.MEDIA_ROOT) / first.file.name, final)

    result = sweep_orphan_files()  # promotions are finished at once, whatever the age
    assert len(result.promoted) == 3 and result.deleted == []
    assert all(
        not name.startswith("evidence/incoming/")
        for name in Attachment.objects.values_list("file", flat=True)
    )
    assert _unnamed() == set() and _every_row_names_an_existing_file()
    assert sweep_orphan_files(now=timezone.now() + A_DAY_LATER).deleted == []


def test_a_failed_change_removes_its_files_but_not_a_shared_stored_one(
    world, django_capture_on_commit_callbacks
):
    from engine.exceptions import StaleObject

    item = world.item_in("in_progress")
    with django_capture_on_commit_callbacks(execute=True):
        work_item_report(item=item, actor=world.head_a, text="Xong.", files=_files(1))
    stored = _on_disk()
    other = world.item_in("in_progress", content="Việc khác")
    with pytest.raises(StaleObject):
        work_item_report(
            item=other, actor=world.head_a, text="Xong.", files=_files(2), expected_version=other.version + 1
        )
    assert _on_disk() == stored and Attachment.objects.count() == 1


def test_the_sweep_never_deletes_a_named_file_however_old_and_dry_run_deletes_nothing(
    world, django_capture_on_commit_callbacks
):
    item = world.item_in("in_progress")
    with django_capture_on_commit_callbacks(execute=True):
        work_item_report(item=item, actor=world.head_a, text="Xong.", files=_files(2))
    root = Path(settings.MEDIA_ROOT)
    orphan = root / "evidence" / "ab" / ("ab" + "0" * 62 + ".pdf")
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"x" * 1234)
    old = (timezone.now() - timedelta(days=3)).timestamp()
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, (old, old))

    out = StringIO()
    call_command("sweep_orphan_files", "--dry-run", stdout=out)
    assert f"would delete evidence/ab/{orphan.name} (1234 bytes)" in out.getvalue()
    assert orphan.exists()

    out = StringIO()
    call_command("sweep_orphan_files", "--json", stdout=out)
    assert json.loads(out.getvalue())["bytes_freed"] == 1234
    assert not orphan.exists() and _unnamed() == set() and len(_on_disk()) == 2


def test_reusing_an_old_stored_file_keeps_the_sweep_off_it(world, django_capture_on_commit_callbacks):
    item = world.item_in("in_progress")
    upload = _files(1)
    content = upload[0].read()
    with django_capture_on_commit_callbacks(execute=True):
        work_item_report(item=item, actor=world.head_a, text="Xong.", files=upload)
    (stored,) = _on_disk()
    path = Path(settings.MEDIA_ROOT) / stored
    old = (timezone.now() - timedelta(days=3)).timestamp()
    os.utime(path, (old, old))
    # Its row goes (as if never committed), then a new upload of the same content stages.
    writer = evidence.ReportWriter(
        actor=world.head_a,
        kind="progress",
        text="x",
        percent=None,
        actual=None,
        files=[SimpleUploadedFile("again.pdf", content)],
    )
    writer.stage()
    assert writer.staged[0][1] == stored and path.stat().st_mtime > old


def _staged(world, status, *, size, age_days):
    staged = ProgrammeImport.objects.create(
        organisation=world.org,
        file_name=f"{status}.docx",
        sha256="0" * 64,
        data=b"d" * size,
        status=status,
        rows=[{"id": 1, "content": "Việc"}],
    )
    ProgrammeImport.objects.filter(pk=staged.pk).update(updated_at=timezone.now() - timedelta(days=age_days))
    return staged


def test_staged_import_bytes_expire_and_the_history_stays(world, settings):
    settings.IMPORT_STAGED_RETENTION_DAYS = 30
    S = ProgrammeImport.Status
    confirmed = _staged(world, S.CONFIRMED, size=1000, age_days=31)
    failed = _staged(world, S.FAILED, size=200, age_days=40)
    ready = _staged(world, S.READY, size=30, age_days=31)
    recent = _staged(world, S.CONFIRMED, size=50, age_days=29)
    parsing = _staged(world, S.PARSING, size=70, age_days=90)

    out = StringIO()
    call_command("expire_staged_imports", "--dry-run", stdout=out)
    assert "1230 bytes" in out.getvalue() and bytes(ProgrammeImport.objects.get(pk=failed.pk).data)

    result = expire_staged_imports()
    assert result.imports == sorted([confirmed.pk, failed.pk, ready.pk]) and result.bytes_freed == 1230
    sizes = {s.pk: len(bytes(s.data)) for s in ProgrammeImport.objects.all()}
    assert sizes == {confirmed.pk: 0, failed.pk: 0, ready.pk: 0, recent.pk: 50, parsing.pk: 70}
    kept = ProgrammeImport.objects.get(pk=confirmed.pk)
    assert (
        kept.status == S.CONFIRMED and kept.rows == [{"id": 1, "content": "Việc"}] and kept.sha256 == "0" * 64
    )
    assert expire_staged_imports().bytes_freed == 0


def test_beat_runs_both_retention_jobs():
    from config.celery import app

    app.loader.import_default_modules()
    schedule = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {"engine.sweep_orphan_files", "engine.expire_staged_imports"} <= schedule
    assert {"engine.sweep_orphan_files", "engine.expire_staged_imports"} <= set(app.tasks)
    with transaction.atomic():
        assert app.tasks["engine.sweep_orphan_files"]() == {"deleted": [], "promoted": [], "bytes_freed": 0}
