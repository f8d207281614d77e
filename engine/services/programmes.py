"""Creating, publishing and closing programmes, and adding drafted work items to them."""

from collections.abc import Sequence
from datetime import date

from django.db import transaction
from django.db.models import F, Prefetch
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django_fsm import TransitionNotAllowed

from engine import permissions
from engine.audit import audit_record, audit_record_many
from engine.events import DomainEvent, emit
from engine.exceptions import ActionNotAllowed, InvalidInput, InvalidTransition, StaleObject
from engine.models import Organisation, Programme, Unit, WorkItem, WorkItemUnit
from engine.selectors.programmes import programme_deadline_outlook


def _require_editor(actor, organisation_id: int) -> None:
    if actor is None:
        return  # management commands act as the system
    ctx = permissions.actor_context(actor)
    if ctx.organisation_id != organisation_id or not ctx.has("secretariat"):
        raise ActionNotAllowed(_("Only the secretariat imports and edits programmes."))


def programme_create(
    *,
    organisation: Organisation,
    actor,
    title: str,
    kind: str,
    period_start: date,
    period_end: date,
    decision_number: str = "",
    decision_date: date | None = None,
    source_name: str = "",
    source_sha256: str = "",
) -> Programme:
    _require_editor(actor, organisation.pk)
    if not (title or "").strip():
        raise InvalidInput(_("The programme needs a title."), field_errors={"title": [_("Required.")]})
    if period_end < period_start:
        message = _("The period ends before it starts.")
        raise InvalidInput(message, field_errors={"period_end": [message]})
    with transaction.atomic():
        programme = Programme.objects.create(
            organisation=organisation,
            title=title.strip(),
            kind=kind,
            period_start=period_start,
            period_end=period_end,
            decision_number=decision_number,
            decision_date=decision_date,
            source_name=source_name,
            source_sha256=source_sha256,
            created_by=actor,
        )
        audit_record(
            organisation_id=organisation.pk,
            actor=actor,
            verb="programme.create",
            obj=programme,
            changes={"title": programme.title, "source_sha256": source_sha256},
        )
    return programme


def work_item_create(
    *,
    programme: Programme,
    actor,
    content: str,
    lead_units: Sequence[Unit] = (),
    coordinating_units: Sequence[Unit] = (),
    audit: bool = True,
    **fields,
) -> WorkItem:
    """A drafted item in a draft programme. Bulk importers pass audit=False and audit once."""
    _require_editor(actor, programme.organisation_id)
    if programme.state != Programme.State.DRAFT:
        raise InvalidTransition(_("Items are added only to a draft programme."))
    if not (content or "").strip():
        raise InvalidInput(_("Content is required."), field_errors={"content": [_("Required.")]})
    units = [*lead_units, *coordinating_units]
    if any(unit.organisation_id != programme.organisation_id for unit in units):
        raise InvalidInput(_("A unit of another organisation cannot be chosen."))
    with transaction.atomic():
        item = WorkItem.objects.create(
            organisation_id=programme.organisation_id,
            programme=programme,
            content=content.strip(),
            original_due_date=fields.get("due_date"),
            **fields,
        )
        links = [
            WorkItemUnit(work_item=item, unit=unit, role=WorkItemUnit.Role.LEAD, position=i)
            for i, unit in enumerate(lead_units)
        ]
        lead_ids = {unit.pk for unit in lead_units}
        links += [
            WorkItemUnit(work_item=item, unit=unit, role=WorkItemUnit.Role.COORDINATING, position=i)
            for i, unit in enumerate(coordinating_units)
            if unit.pk not in lead_ids
        ]
        WorkItemUnit.objects.bulk_create(links)
        if audit:
            audit_record(
                organisation_id=programme.organisation_id,
                actor=actor,
                verb="work_item.create",
                obj=item,
                work_item=item,
                to_state=item.state,
            )
    return item


def _programme_event(
    kind: str, verb: str, programme: Programme, actor, reason: str = "", *, from_state: str = "", **data
) -> None:
    audit_record(
        organisation_id=programme.organisation_id,
        actor=actor,
        verb=verb,
        obj=programme,
        from_state=from_state or programme.state,
        to_state=programme.state,
        reason=reason,
        changes=data,
    )
    emit(
        DomainEvent(
            kind=kind,
            organisation_id=programme.organisation_id,
            actor_id=getattr(actor, "pk", None),
            programme_id=programme.pk,
            data={"reason": reason, **data},
        )
    )


def programme_submit(*, programme: Programme, actor, note: str = "") -> Programme:
    """draft → submitted: the secretariat sends the programme to the director for approval."""
    _require_editor(actor, programme.organisation_id)
    with transaction.atomic():
        fresh = Programme.objects.select_for_update().get(pk=programme.pk)
        if fresh.state == Programme.State.SUBMITTED:
            raise InvalidTransition(
                _("This programme is already waiting for the director's approval; it is not sent twice.")
            )
        if fresh.state != Programme.State.DRAFT:
            raise InvalidTransition(_("Only a draft programme is sent for approval."))
        drafted = fresh.items.filter(state=WorkItem.State.DRAFTED)
        count = drafted.count()
        if not count:
            raise InvalidInput(_("The programme has no work items to approve."))
        orphans = list(drafted.exclude(unit_links__role=WorkItemUnit.Role.LEAD).values_list("ref", "pk")[:20])
        if orphans:
            refs = ", ".join(ref or f"#{pk}" for ref, pk in orphans)
            raise InvalidInput(
                _("%(n)d work items have no lead unit yet: %(refs)s") % {"n": len(orphans), "refs": refs}
            )
        fresh._submit()
        fresh.submitted_at = timezone.now()
        fresh.version += 1
        fresh.save()
        _programme_event(
            "programme.submitted",
            "programme.submit",
            fresh,
            actor,
            (note or "").strip(),
            from_state=Programme.State.DRAFT,
            items=count,
        )
    return fresh


def programme_send_back(*, programme: Programme, actor, notes: str) -> Programme:
    """submitted → draft: the director returns the programme to the secretariat with notes."""
    if not permissions.can_publish_programme(actor, programme):
        raise ActionNotAllowed(_("Only the director approves or sends back a programme."))
    notes = (notes or "").strip()
    if not notes:
        message = _("Write what must be changed before approval.")
        raise InvalidInput(message, field_errors={"notes": [message]})
    with transaction.atomic():
        fresh = Programme.objects.select_for_update().get(pk=programme.pk)
        try:
            fresh._send_back()
        except TransitionNotAllowed:
            raise InvalidTransition(_("Only a programme awaiting approval can be sent back.")) from None
        fresh.submitted_at = None
        fresh.version += 1
        fresh.save()
        _programme_event(
            "programme.sent_back",
            "programme.send_back",
            fresh,
            actor,
            notes,
            from_state=Programme.State.SUBMITTED,
        )
    return fresh


def programme_publish(
    *, programme: Programme, actor, expected_version: int | None = None, note: str = ""
) -> Programme:
    """The director's approval: every drafted item is assigned, then the programme is published.

    `note` is the director's word on the approval (for instance on items whose deadline has
    already passed); it is recorded with the publication and told to the recipients. The
    ladder steps those items passed before today are not sent (engine.services.escalation).
    """
    if not permissions.can_publish_programme(actor, programme):
        raise ActionNotAllowed(_("Only the director approves and publishes a programme."))
    expected = programme.version if expected_version is None else expected_version
    note = (note or "").strip()
    with transaction.atomic():
        fresh = Programme.objects.select_for_update().get(pk=programme.pk)
        if fresh.version != expected:
            raise StaleObject(_("The programme was changed meanwhile. Reload it and try again."))
        links = WorkItemUnit.objects.order_by("position", "id")
        drafted = list(
            fresh.items.filter(state=WorkItem.State.DRAFTED)
            .select_for_update(of=("self",))
            .prefetch_related(Prefetch("unit_links", queryset=links))
            .order_by("position")
        )
        orphans = [item for item in drafted if not permissions.item_unit_ids(item)[0]]
        if orphans:
            refs = ", ".join(item.ref or f"#{item.pk}" for item in orphans[:20])
            raise InvalidInput(
                _("%(n)d work items have no lead unit yet: %(refs)s") % {"n": len(orphans), "refs": refs}
            )
        before = fresh.state
        try:
            fresh._publish()
        except TransitionNotAllowed:
            raise InvalidTransition(_("Only a draft programme can be published.")) from None
        today = timezone.localdate()
        outlook = programme_deadline_outlook(fresh, today)
        _assign_published(fresh, drafted, actor)  # told once, by programme.published
        fresh.published_at = timezone.now()
        fresh.version += 1
        fresh.save()
        data = {"assigned_items": len(drafted), "overdue": outlook.overdue, "due_soon": outlook.due_soon}
        audit_record(
            organisation_id=fresh.organisation_id,
            actor=actor,
            verb="programme.publish",
            obj=fresh,
            from_state=before,
            to_state=fresh.state,
            reason=note,
            changes=data,
        )
        emit(
            DomainEvent(
                kind="programme.published",
                organisation_id=fresh.organisation_id,
                actor_id=actor.pk,
                programme_id=fresh.pk,
                data={
                    **data,
                    "reason": note,
                    "link": reverse("work_item_list") + f"?scope=all&programme={fresh.pk}",
                },
            )
        )
    return fresh


def _assign_published(programme: Programme, items: list[WorkItem], actor) -> None:
    """drafted → assigned for every item of a publication, set-based: what work_item_assign does per item.

    The items are locked (programme_publish's select_for_update), so one UPDATE replaces the
    per-item guarded save; each item still gets its own audit event in the hash chain (one
    audit_record_many) and its own `work_item.assigned` event, marked `grouped` (the publication
    tells each person once) and `publication` (flows writes the review processes' start steps at
    once, on `programme.published`: flows.publication).
    """
    if not items:
        return
    now = timezone.now()
    entries = []
    for item in items:
        permissions.require(actor, "assign", item)
        try:
            item._assign()
        except TransitionNotAllowed:
            raise InvalidTransition(_("Only a draft programme can be published.")) from None
        item.assigned_at = item.updated_at = now
        if item.original_due_date is None:
            item.original_due_date = item.due_date
        item.version += 1
        lead = next(
            (link.unit_id for link in item.unit_links.all() if link.role == WorkItemUnit.Role.LEAD), None
        )
        entries.append(
            {
                "obj": item,
                "verb": "work_item.assign",
                "work_item_id": item.pk,
                "unit_id": lead,
                "from_state": WorkItem.State.DRAFTED,
                "to_state": item.state,
            }
        )
    # One statement, the same for every item (bulk_update's CASE per row costs ~15 ms of Python per item).
    WorkItem.objects.filter(pk__in=[item.pk for item in items], state=WorkItem.State.DRAFTED).update(
        state=WorkItem.State.ASSIGNED,
        version=F("version") + 1,
        updated_at=now,
        assigned_at=now,
        original_due_date=Coalesce("original_due_date", "due_date"),
    )
    # The links' copy of the state (WorkItemUnit.item_state; the deadline stays): one statement more.
    WorkItemUnit.objects.filter(work_item_id__in=[item.pk for item in items]).update(
        item_state=WorkItem.State.ASSIGNED
    )
    audit_record_many(organisation_id=programme.organisation_id, actor=actor, entries=entries)
    for item in items:
        item.programme = programme
        emit(
            DomainEvent(
                kind="work_item.assigned",
                organisation_id=item.organisation_id,
                actor_id=getattr(actor, "pk", None),
                work_item_id=item.pk,
                programme_id=programme.pk,
                data={
                    "from": WorkItem.State.DRAFTED,
                    "to": item.state,
                    "reason": "",
                    "grouped": True,
                    "publication": programme.pk,
                },
                item=item,
                actor=actor,
            )
        )


def programme_close(*, programme: Programme, actor) -> Programme:
    if not permissions.can_publish_programme(actor, programme):
        raise ActionNotAllowed(_("Only the director closes a programme."))
    with transaction.atomic():
        fresh = Programme.objects.select_for_update().get(pk=programme.pk)
        try:
            fresh._close()
        except TransitionNotAllowed:
            raise InvalidTransition(_("Only a published programme can be closed.")) from None
        fresh.closed_at = timezone.now()
        fresh.version += 1
        fresh.save()
        audit_record(
            organisation_id=fresh.organisation_id,
            actor=actor,
            verb="programme.close",
            obj=fresh,
            from_state=Programme.State.PUBLISHED,
            to_state=fresh.state,
        )
    return fresh
