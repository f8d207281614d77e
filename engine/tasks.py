"""Celery tasks of the engine: the escalation sweep that beat runs, and the parse of an uploaded programme."""

from celery import shared_task

from engine.services.escalation import escalation_sweep


@shared_task(name="engine.escalation_sweep")
def escalation_sweep_task(now: str | None = None) -> dict:
    """One sweep over every organisation; returns what `manage.py escalate --json` prints."""
    from datetime import datetime

    return escalation_sweep(now=datetime.fromisoformat(now) if now else None).as_dict()


@shared_task(name="engine.programme_import_parse")
def programme_import_parse_task(staged_id: int) -> str:
    """Read an uploaded programme in the background; the import page polls its progress."""
    from engine.services.import_staging import programme_import_parse

    return programme_import_parse(staged_id=staged_id).status


@shared_task(name="engine.audit_checkpoint")
def audit_checkpoint_task() -> int:
    """Log (and append to AUDIT_CHECKPOINT_FILE) every audit chain's head; beat runs it hourly."""
    from engine.audit_checkpoint import audit_checkpoint

    return len(audit_checkpoint())


@shared_task(name="engine.retention_sweep")
def retention_sweep_task() -> dict:
    """Delete evidence files no row names (older than a day) and expire staged import bytes."""
    from engine.services.retention import evidence_orphan_sweep, programme_import_bytes_expire

    swept = evidence_orphan_sweep()
    return {"evidence_deleted": swept.deleted, "imports_emptied": programme_import_bytes_expire()}
