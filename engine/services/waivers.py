"""Delay waivers: the director or the inspectorate records an objective cause for a delay.

A waiver is granted with a reason and revoked with a reason; neither deletes anything,
both are audited on the item's trail, and scoring reads the active waiver.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from engine import permissions
from engine.audit import audit_record
from engine.events import DomainEvent, emit
from engine.exceptions import InvalidInput, InvalidTransition
from engine.models import DelayWaiver, WorkItem


def _reason(value: str | None, field: str, message: str) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput(message, field_errors={field: [message]})
    return text


def delay_waiver_grant(*, item: WorkItem, actor, reason: str) -> DelayWaiver:
    """Record that the item's delay has an objective cause (nguyên nhân khách quan)."""
    permissions.require_org(
        permissions.can_waive_delay(actor, item.organisation_id),
        _("Only the director or the inspectorate records an objective cause for a delay."),
    )
    reason = _reason(reason, "reason", _("Give the objective cause of the delay."))
    with transaction.atomic():
        item = WorkItem.objects.select_for_update().get(pk=item.pk)
        if DelayWaiver.objects.active().filter(work_item=item).exists():
            raise InvalidTransition(_("This delay already has an objective cause recorded."))
        waiver = DelayWaiver.objects.create(
            organisation_id=item.organisation_id,
            work_item=item,
            reason=reason,
            granted_by=actor,
            granted_at=timezone.now(),
        )
        audit_record(
            organisation_id=item.organisation_id,
            actor=actor,
            verb="delay_waiver.grant",
            obj=waiver,
            work_item=item,
            reason=reason,
            changes={"waiver": waiver.pk},
        )
        emit(
            DomainEvent(
                kind="delay_waiver.granted",
                organisation_id=item.organisation_id,
                actor_id=actor.pk,
                work_item_id=item.pk,
                programme_id=item.programme_id,
                data={"waiver_id": waiver.pk, "reason": reason},
            )
        )
    return waiver


def delay_waiver_revoke(*, waiver: DelayWaiver, actor, reason: str) -> DelayWaiver:
    """Withdraw a waiver; the row stays, with who withdrew it and why."""
    permissions.require_org(
        permissions.can_waive_delay(actor, waiver.organisation_id),
        _("Only the director or the inspectorate withdraws an objective cause."),
    )
    reason = _reason(reason, "reason", _("Give the reason for withdrawing the objective cause."))
    with transaction.atomic():
        waiver = DelayWaiver.objects.select_for_update().get(pk=waiver.pk)
        if waiver.revoked_at is not None:
            raise InvalidTransition(_("This objective cause was already withdrawn."))
        waiver.revoked_at = timezone.now()
        waiver.revoked_by = actor
        waiver.revoke_reason = reason
        waiver.save(update_fields=["revoked_at", "revoked_by", "revoke_reason"])
        audit_record(
            organisation_id=waiver.organisation_id,
            actor=actor,
            verb="delay_waiver.revoke",
            obj=waiver,
            work_item=waiver.work_item,
            reason=reason,
            changes={"waiver": waiver.pk},
        )
    return waiver
