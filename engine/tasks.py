"""Celery tasks of the engine: the sweeps beat runs (escalation, retention), a programme's parse,
an evaluation's recompute, exports."""

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


@shared_task(name="engine.sweep_orphan_files")
def sweep_orphan_files_task() -> dict:
    """Delete evidence files no row names (older than EVIDENCE_ORPHAN_AGE_HOURS)."""
    from engine.services.retention import sweep_orphan_files

    return sweep_orphan_files().as_dict()


@shared_task(name="engine.expire_staged_imports")
def expire_staged_imports_task() -> dict:
    """Clear staged imports' uploaded bytes after IMPORT_STAGED_RETENTION_DAYS."""
    from engine.services.retention import expire_staged_imports

    return expire_staged_imports().as_dict()


@shared_task(name="engine.evaluation_run")
def evaluation_run_task(run_id: int) -> str:
    """Recompute an evaluation in the background; its page polls the run's progress."""
    from engine.services.scoring_runs import evaluation_run

    run = evaluation_run(run_id=run_id)
    return run.status if run else "missing"


@shared_task(name="engine.export_run")
def export_run_task(job_id: int) -> str:
    """Write a background export's file; the export page polls its progress."""
    from engine.services.exports import export_job_run

    return export_job_run(job_id=job_id).status


@shared_task(name="engine.expire_exports")
def expire_exports_task() -> dict:
    """Remove export files older than EXPORT_RETENTION_HOURS."""
    from engine.services.retention import expire_exports

    return expire_exports().as_dict()


@shared_task(name="engine.oversight_refresh")
def oversight_refresh_task() -> list[int]:
    """Refresh the stored register rows and dashboard counts that are from an earlier day or too old."""
    from engine.services.oversight_snapshot import oversight_refresh_due

    return oversight_refresh_due()


@shared_task(name="engine.oversight_refresh_one")
def oversight_refresh_one_task(organisation_id: int) -> str:
    """One organisation's refresh, queued after a change (debounced)."""
    from engine.services.oversight_snapshot import oversight_refresh_queued

    return str(oversight_refresh_queued(organisation_id))
