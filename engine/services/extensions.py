"""Extension requests: ask for a later deadline, grant it (the deadline moves), refuse it.

Each function runs in one transaction: locks the item (and the request), checks
permission (`request_extension` / `decide_extension` in engine.permissions), writes the
request row, the audit event and the domain event. A grant moves the deadline through
`work_item_extend_deadline` inside the same transaction: the original deadline is kept
and the item's own audit and event are written too.
"""

from datetime import date

from django.db import router, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from engine import compiled, permissions
from engine.audit import audit_record
from engine.events import DomainEvent, emit
from engine.exceptions import ActionNotAllowed, InvalidInput, InvalidTransition
from engine.models import ExtensionRequest, WorkItem
from engine.services.work_items import work_item_extend_deadline

X = ExtensionRequest.State

AUDIT_VERBS = {
    "extension.requested": "extension.request",
    "extension.granted": "extension.grant",
    "extension.refused": "extension.refuse",
    "extension.withdrawn": "extension.withdraw",
}


def _text(value: str | None, field: str, message: str) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput(message, field_errors={field: [message]})
    return text


def _announce(kind: str, extension: ExtensionRequest, actor, item: WorkItem, reason: str) -> None:
    audit_record(
        organisation_id=item.organisation_id,
        actor=actor,
        verb=AUDIT_VERBS[kind],
        obj=extension,
        work_item=item,
        from_state="" if kind == "extension.requested" else X.PENDING,
        to_state=extension.state,
        reason=reason,
        changes={
            "extension": extension.pk,
            "due_date": [extension.due_date_before, extension.requested_due_date],
        },
    )
    emit(
        DomainEvent(
            kind=kind,
            organisation_id=item.organisation_id,
            actor_id=getattr(actor, "pk", None),
            work_item_id=item.pk,
            programme_id=item.programme_id,
            data={
                "extension_id": extension.pk,
                "new_due_date": extension.requested_due_date.isoformat(),
                "reason": reason,
            },
        )
    )


def extension_request(*, item: WorkItem, actor, new_due_date: date, reason: str) -> ExtensionRequest:
    """The head of the lead unit asks for `new_due_date`, with a reason."""
    reason = _text(reason, "reason", _("Give the reason for the extension."))
    if not isinstance(new_due_date, date):
        message = _("Enter a valid date.")
        raise InvalidInput(message, field_errors={"new_due_date": [message]})
    with transaction.atomic():
        fresh = WorkItem.objects.select_for_update().get(pk=item.pk)
        permissions.require(actor, "request_extension", fresh)
        if fresh.due_date and new_due_date <= fresh.due_date:
            message = _("The new deadline must be later than the current one.")
            raise InvalidInput(message, field_errors={"new_due_date": [message]})
        if ExtensionRequest.objects.pending().filter(work_item=fresh).exists():
            raise InvalidTransition(_("An extension request for this work item is already waiting."))
        extension = ExtensionRequest.objects.create(
            organisation_id=fresh.organisation_id,
            work_item=fresh,
            requested_by=actor,
            requested_at=timezone.now(),
            due_date_before=fresh.due_date,
            requested_due_date=new_due_date,
            reason=reason,
        )
        _announce("extension.requested", extension, actor, fresh, reason)
    return extension


def _lock_pending(extension: ExtensionRequest) -> tuple[ExtensionRequest, WorkItem]:
    # The item first, as every work-item service does, then the request: one lock order.
    item = WorkItem.objects.select_for_update().get(pk=extension.work_item_id)
    fresh = ExtensionRequest.objects.select_for_update().get(pk=extension.pk)
    if fresh.state != X.PENDING:
        raise InvalidTransition(
            _("This extension request was already decided (%(state)s).")
            % {"state": fresh.get_state_display()}
        )
    return fresh, item


def _close(extension: ExtensionRequest, actor, state: str, note: str) -> None:
    extension.state = state
    extension.decided_by = actor
    extension.decided_at = timezone.now()
    extension.decision_note = note
    extension.save(update_fields=["state", "decided_by", "decided_at", "decision_note"])


def extension_grant(*, extension: ExtensionRequest, actor, note: str = "") -> ExtensionRequest:
    """The supervising leader or the director grants: the deadline moves to the requested date."""
    note = (note or "").strip()
    with transaction.atomic():
        extension, item = _lock_pending(extension)
        permissions.require(actor, "decide_extension", item)
        work_item_extend_deadline(
            item=item,
            actor=actor,
            new_due_date=extension.requested_due_date,
            reason=note or extension.reason,
        )
        _close(extension, actor, X.GRANTED, note)
        _announce("extension.granted", extension, actor, item, note or extension.reason)
    return extension


def extension_refuse(*, extension: ExtensionRequest, actor, note: str) -> ExtensionRequest:
    """The supervising leader or the director refuses, saying why; the deadline stays."""
    note = _text(note, "note", _("Give the reason for refusing the extension."))
    with transaction.atomic():
        extension, item = _lock_pending(extension)
        permissions.require(actor, "decide_extension", item)
        _close(extension, actor, X.REFUSED, note)
        _announce("extension.refused", extension, actor, item, note)
    return extension


def extension_withdraw(*, extension: ExtensionRequest, actor, note: str = "") -> ExtensionRequest:
    """The requesting unit takes its request back before anyone decides.

    `actor=None` is the system: a pending request is withdrawn when its item is accepted
    or cancelled (engine.apps subscribes `withdraw_when_item_ends`).
    """
    # No savepoint for the system's withdrawal, nested in an item's acceptance or cancellation: a
    # failure fails the change, and the withdrawal's audit event follows the item's in the chain. A
    # person's withdrawal keeps its savepoint, so a refusal leaves the caller's transaction usable.
    with transaction.atomic(savepoint=actor is not None):
        extension, item = _lock_pending(extension)
        if actor is not None and permissions.explain_denial(actor, "request_extension", item) is not None:
            raise ActionNotAllowed(_("Only the head of the lead unit withdraws this request."))
        _close(extension, actor, X.WITHDRAWN, (note or "").strip())
        _announce("extension.withdrawn", extension, actor, item, extension.decision_note)
    return extension


def _pending_of(work_item_id: int):
    return ExtensionRequest.objects.pending().filter(work_item_id=work_item_id)


def withdraw_when_item_ends(event: DomainEvent) -> None:
    """Subscriber: an accepted or cancelled item has nothing left to extend."""
    if event.kind not in ("work_item.accepted", "work_item.cancelled") or event.work_item_id is None:
        return
    item = event.item
    # An acceptance's lock said whether one is pending (work_items._locked_for_acceptance).
    told = isinstance(item, WorkItem) and item.pk == event.work_item_id
    if told and getattr(item, "_dondoc_pending_extension", None) is False:
        return
    # In every cancellation, and an acceptance that has one (nearly always none pending): the query
    # compiled once (engine.compiled).
    pending = compiled.objects(
        "pending extensions", _pending_of, event.work_item_id, using=router.db_for_read(ExtensionRequest)
    )
    for extension in pending:
        extension_withdraw(extension=extension, actor=None, note=_("The work item ended."))
