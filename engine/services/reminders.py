"""Reminders to a person a step has waited on too long (fired by the flows' timeouts).

A reminder changes no state: it is recorded on the audit trail (so the item's history and
the inspectorate see who was reminded when) and announced as `flow.reminder`, which the
notifications app turns into rows for `recipient_ids`.
"""

from django.db import models, transaction

from engine.audit import audit_record
from engine.events import DomainEvent, emit
from engine.models import WorkItem


def reminder_send(
    *,
    subject: models.Model,
    organisation_id: int,
    recipients,
    task: str,
    step: str = "leader",
    work_item: WorkItem | None = None,
    programme_id: int | None = None,
) -> list[int]:
    """Remind `recipients` that `task` on `subject` waits on them; returns their ids."""
    recipient_ids = sorted({user.pk for user in recipients})
    if not recipient_ids:
        return []
    with transaction.atomic():
        audit_record(
            organisation_id=organisation_id,
            actor=None,
            verb="flow.reminder",
            obj=subject,
            work_item=work_item,
            changes={"task": task, "step": step, "recipient_ids": recipient_ids},
        )
        emit(
            DomainEvent(
                kind="flow.reminder",
                organisation_id=organisation_id,
                actor_id=None,
                work_item_id=getattr(work_item, "pk", None),
                programme_id=programme_id,
                data={"recipient_ids": recipient_ids, "task": task, "step": step},
            )
        )
    return recipient_ids
