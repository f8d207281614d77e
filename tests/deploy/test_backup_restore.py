"""deploy/backup and deploy/restore: a restored backup keeps its audit chain and its files."""

import os
import subprocess
from pathlib import Path

import psycopg
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from engine.models import Attachment, AuditEvent
from engine.services.work_items import work_item_report
from tests.factories import advance

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _url(name: str) -> str:
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s["PASSWORD"] else ""
    return f"postgres://{s['USER']}{password}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{name}"


def _admin(sql: str) -> None:
    with psycopg.connect(_url("postgres"), autocommit=True) as admin:
        admin.execute(sql)


def _script(name: str, *args, **env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "MEDIA_ROOT"}}
    return subprocess.run(
        [str(ROOT / "deploy" / name), *map(str, args)],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def fresh_database():
    name = f"{connection.settings_dict['NAME']}_restored"
    _admin(f'DROP DATABASE IF EXISTS "{name}"')
    _admin(f'CREATE DATABASE "{name}"')
    yield name
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _history(world):
    """Transitions, a returned report and one with evidence: audit events and a stored file."""
    item = world.item_in("reported")
    advance(world, item, "return")
    item.refresh_from_db()
    pdf = SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 bien ban nghiem thu")
    work_item_report(item=item, actor=world.head_a, text="Đã bổ sung biên bản.", files=[pdf])
    item.refresh_from_db()
    advance(world, item, "accept")
    world.item_in("in_progress", content="Báo cáo sơ kết Quý II")


def test_backup_restores_into_a_fresh_database_with_audit_chain_and_files(
    world, settings, tmp_path, fresh_database
):
    _history(world)
    attachment = Attachment.objects.get()
    events = AuditEvent.objects.count()
    assert events > 5

    backup = _script(
        "backup",
        tmp_path / "backups",
        DATABASE_URL=_url(connection.settings_dict["NAME"]),
        MEDIA_ROOT=settings.MEDIA_ROOT,
    )
    assert backup.returncode == 0, backup.stderr
    backup_dir = Path(backup.stdout.strip().splitlines()[-1])
    assert {p.name for p in backup_dir.iterdir()} == {"db.dump", "media.tar.gz", "MANIFEST"}

    restored_media = tmp_path / "restored-media"
    restore = _script("restore", backup_dir, DATABASE_URL=_url(fresh_database), MEDIA_ROOT=restored_media)
    assert restore.returncode == 0, restore.stdout + restore.stderr
    assert f"{world.org.slug}: OK, " in restore.stdout

    with psycopg.connect(_url(fresh_database)) as restored:
        assert restored.execute("SELECT count(*) FROM engine_auditevent").fetchone()[0] == events
        stored = restored.execute("SELECT file FROM engine_attachment").fetchone()[0]
    assert stored == attachment.file.name
    assert (restored_media / stored).read_bytes() == b"%PDF-1.4 bien ban nghiem thu"


def test_restore_refuses_a_tampered_backup_and_a_database_in_use(world, settings, tmp_path, fresh_database):
    world.item_in("assigned")
    source = _url(connection.settings_dict["NAME"])
    backup = _script("backup", tmp_path / "b", DATABASE_URL=source, MEDIA_ROOT=settings.MEDIA_ROOT)
    backup_dir = Path(backup.stdout.strip().splitlines()[-1])

    into_live = _script("restore", backup_dir, DATABASE_URL=source, MEDIA_ROOT=tmp_path / "m")
    assert into_live.returncode != 0
    assert "fresh database or pass --replace" in into_live.stderr

    with (backup_dir / "db.dump").open("ab") as dump:
        dump.write(b"tampered")
    tampered = _script("restore", backup_dir, DATABASE_URL=_url(fresh_database), MEDIA_ROOT=tmp_path / "m")
    assert tampered.returncode != 0
    assert "does not match its MANIFEST" in tampered.stderr
