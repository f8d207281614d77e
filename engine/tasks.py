"""Celery tasks of the engine: the escalation sweep that beat runs on a schedule."""

from celery import shared_task

from engine.services.escalation import escalation_sweep


@shared_task(name="engine.escalation_sweep")
def escalation_sweep_task(now: str | None = None) -> dict:
    """One sweep over every organisation; returns what `manage.py escalate --json` prints."""
    from datetime import datetime

    return escalation_sweep(now=datetime.fromisoformat(now) if now else None).as_dict()
