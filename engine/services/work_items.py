"""The one place a work item changes: transitions, delegation, edits, deadline changes.

Every function here, in one transaction: locks the item's row, checks that the caller's
copy is current (its `version`), checks permission (engine.permissions), applies the
change, writes the audit event and emits the domain event that notifications and
escalation subscribe to. Views, flows, the API, commands and sweeps call these
functions; nothing else writes `WorkItem.state`.
"""

import functools
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from django.db import connection, connections, router, transaction
from django.db.models import Exists, OuterRef, Subquery
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext as _
from django_fsm import TransitionNotAllowed

from engine import compiled, permissions
from engine.audit import appended_last, audit_record
from engine.events import DomainEvent, emit
from engine.exceptions import InvalidInput, InvalidTransition, StaleObject
from engine.models import ExtensionRequest, Membership, ProgressReport, Unit, WorkItem, WorkItemUnit
from engine.selectors.work_items import stale_link_copies
from engine.services.evidence import store_report
from engine.services.report_periods import report_period_submit

S = WorkItem.State

# action -> (transition method, timestamp field set when it happens, event kind)
TRANSITIONS: dict[str, tuple[str, str | None, str]] = {
    "assign": ("_assign", "assigned_at", "work_item.assigned"),
    "start": ("_start", "started_at", "work_item.started"),
    "report": ("_report", "reported_at", "work_item.reported"),
    "accept": ("_accept", "accepted_at", "work_item.accepted"),
    "return": ("_return", None, "work_item.returned"),
    "cancel": ("_cancel", "cancelled_at", "work_item.cancelled"),
    "reopen": ("_reopen", None, "work_item.reopened"),
}

Mutation = Callable[[WorkItem], dict | None]


def stale_message() -> str:
    return _("This work item was changed by someone else meanwhile. Reload it and try again.")


def _primary_lead_unit_id(item: WorkItem) -> int | None:
    return (
        WorkItemUnit.objects.filter(work_item_id=item.pk, role=WorkItemUnit.Role.LEAD)
        .order_by("position", "id")
        .values_list("unit_id", flat=True)
        .first()
    )


def _unit_links_column() -> RawSQL:
    """The item's unit links as one text column of the lock's own statement (no read of its own).

    "unit:role:position:id" per link, comma-separated, in no order (the aggregate orders nothing
    on SQLite); `_load_unit_links` sorts them as `WorkItemUnit` rows are read (position, id).
    """
    aggregate = "string_agg" if connection.vendor == "postgresql" else "group_concat"
    link = "CAST(l.unit_id AS text) || ':' || l.role || ':' || CAST(l.position AS text)"
    link += " || ':' || CAST(l.id AS text)"
    return RawSQL(  # noqa: S611 - constant SQL, no user input
        f"SELECT {aggregate}({link}, ',') FROM {WorkItemUnit._meta.db_table} l"  # noqa: S608
        f" WHERE l.work_item_id = {WorkItem._meta.db_table}.id",
        [],
    )


def _locked(pk: int):
    """The item's row locked, its programme joined in (not locked), its unit links a column."""
    return (
        WorkItem.objects.select_for_update(of=("self",))
        .select_related("programme")
        .annotate(dondoc_unit_links=_unit_links_column())
        .filter(pk=pk)
    )


def _locked_for_acceptance(pk: int):
    """`_locked`, and whether a request for a later deadline is pending (`dondoc_pending_extension`):
    an acceptance withdraws it (engine.services.extensions.withdraw_when_item_ends), and nearly
    always there is none, so the fact rides in the lock's statement instead of a read of its own.

    The column is read with the statement's snapshot, which a wait for the row lock can leave
    behind; it still holds for an acceptance whose version check passed. A request is made only
    while the item is assigned or in progress, under its row lock; an item accepted is reported,
    at the version the caller read before this statement began, so every request made before it
    was reported had committed by then and is seen. (A cancellation, from any open state, has no
    such bound: it reads the pending requests itself.)
    """
    pending = ExtensionRequest.objects.pending().filter(work_item_id=OuterRef("pk"))
    return _locked(pk).annotate(dondoc_pending_extension=Exists(pending))


def _lock(pk: int, action: str, using: str) -> list[WorkItem]:
    """The item locked (`_locked`, compiled once; `_locked_for_acceptance` for an acceptance)."""
    if action == "accept":
        return compiled.objects("work_item_lock_accept", _locked_for_acceptance, pk, using=using)
    return compiled.objects("work_item_lock", _locked, pk, using=using)


def _links_now(item: WorkItem) -> str | None:
    """The item's unit links read afresh, in `_unit_links_column`'s form (a statement of its own)."""
    return (
        WorkItem.objects.filter(pk=item.pk)
        .annotate(dondoc_unit_links=_unit_links_column())
        .values_list("dondoc_unit_links", flat=True)
        .first()
    )


def _load_unit_links(item: WorkItem, links: str | None) -> tuple[frozenset[int], frozenset[int]]:
    """Take the item's unit links (`_unit_links_column` of its lock) in order; seed the permission
    cache; remember the first lead.

    The links change only under the item's row lock (work_item_update), so once the item is
    locked this read stays true for the transaction, for the permission check, the audit
    record's unit and the subscribers alike.
    """
    rows = sorted(
        (int(position), int(pk), int(unit), role)
        for unit, role, position, pk in (link.split(":") for link in (links or "").split(",") if link)
    )
    pairs = [(unit, role) for _position, _pk, unit, role in rows]
    lead = frozenset(u for u, role in pairs if role == WorkItemUnit.Role.LEAD)
    coordinating = frozenset(u for u, role in pairs if role == WorkItemUnit.Role.COORDINATING)
    cached = (lead, coordinating)
    item._dondoc_unit_ids = cached
    item._dondoc_primary_lead = (
        cached,
        next((u for u, role in pairs if role == WorkItemUnit.Role.LEAD), None),
    )
    return cached


def _primary_lead(item: WorkItem) -> int | None:
    """The first lead unit, from _load_unit_links unless the links changed since (then read again)."""
    loaded = getattr(item, "_dondoc_primary_lead", None)
    if loaded is not None and getattr(item, "_dondoc_unit_ids", None) is loaded[0]:
        return loaded[1]
    return _primary_lead_unit_id(item)


@functools.cache
def _field_names() -> dict[str, str]:
    """attname → name of WorkItem's columns."""
    return {f.attname: f.name for f in WorkItem._meta.concrete_fields}


def _column_values(item: WorkItem) -> dict:
    """The item's column values as loaded (a copy of its `__dict__`: every column is loaded by the
    lock, none deferred, and a column's value lives under its attname)."""
    return item.__dict__.copy()


def _changed_columns(item: WorkItem, before: dict) -> list[str]:
    """The fields the change touched, and always `version` and `updated_at` (auto_now)."""
    names = _field_names()
    now = item.__dict__
    fields = {names[name] for name in names if now.get(name) != before.get(name)}
    return sorted(fields | {"version", "updated_at"})


# The item's columns its unit links carry a copy of (WorkItemUnit.item_state, item_due_date).
COPIED_COLUMNS = frozenset({"state", "due_date"})


def _links_update(item: WorkItem, connection) -> tuple[str, list]:
    """The UPDATE copying the item's state and deadline onto its unit links, and its parameters."""
    meta = WorkItemUnit._meta
    state, due = meta.get_field("item_state"), meta.get_field("item_due_date")
    table, quote = connection.ops.quote_name(meta.db_table), connection.ops.quote_name
    sql = (
        f"UPDATE {table} SET {quote(state.column)} = %s, {quote(due.column)} = %s "  # noqa: S608
        f"WHERE {quote(meta.get_field('work_item').column)} = %s"
    )
    params = [
        state.get_db_prep_save(item.state, connection),
        due.get_db_prep_save(item.due_date, connection),
        item.pk,
    ]
    return sql, params


def copy_to_links(item: WorkItem) -> None:
    """The item's state and deadline onto its unit links, in the transaction that changed them (one
    UPDATE, in plain SQL: it runs in most transitions): a unit's lists count from the links
    (engine.selectors.work_items.from_links). A change of `_change` on PostgreSQL sends it as part
    of the item's own UPDATE instead (`_save_changed`)."""
    connection = connections[router.db_for_write(WorkItemUnit)]
    with connection.cursor() as cursor:
        cursor.execute(*_links_update(item, connection))


def _save_changed(item: WorkItem, fields: list[str], from_state: str) -> list[str]:
    """`item.save(update_fields=fields)` as one plain UPDATE, with `copy_to_links` when the state or
    deadline changed; returns the columns written.

    What the model's save does for a transition, without the ORM's compilation of the UPDATE in
    every change: the search text joins the columns when it no longer matches (WorkItem.save),
    `updated_at` takes the time (auto_now, `pre_save`), and the row is written only if its state is
    still `from_state` (django-fsm's ConcurrentTransitionMixin guard; under the item's row lock it
    cannot have moved, so a miss means the row is gone or changed: StaleObject). WorkItem has no
    save signal receivers; the instance's fsm bookkeeping is updated as its save would. On
    PostgreSQL the links' copy is a data-modifying `WITH` of the same statement (one round trip;
    the statement's row count is still the item's), elsewhere a second UPDATE.
    """
    search_text = WorkItem.build_search_text(item.ref, item.content, item.due_text)
    if search_text != item.search_text:
        item.search_text = search_text
        fields = sorted({*fields, "search_text"})
    connection = connections[router.db_for_write(WorkItem)]
    meta = WorkItem._meta
    columns = [meta.get_field(name) for name in fields]
    values = [f.get_db_prep_save(f.pre_save(item, False), connection) for f in columns]
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(f.column)} = %s" for f in columns)
    table, pk, state = quote(meta.db_table), quote(meta.pk.column), quote(meta.get_field("state").column)
    sql = f"UPDATE {table} SET {assignments} WHERE {pk} = %s AND {state} = %s"  # noqa: S608
    params = [*values, item.pk, from_state]
    links = bool(COPIED_COLUMNS & set(fields))
    together = links and connection.vendor == "postgresql"
    if together:
        links_sql, links_params = _links_update(item, connection)
        sql, params = f"WITH links AS ({links_sql}) {sql}", [*links_params, *params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        if cursor.rowcount != 1:
            raise StaleObject(stale_message())
    if links and not together:
        copy_to_links(item)
    item._update_initial_state()
    return fields


def link_copies_repair(organisation_id: int | None = None) -> int:
    """Re-copy the state and deadline onto every unit link whose copy differs from its item (an
    item changed behind the services' back: a hand-written SQL fix, a restored backup); returns how
    many links were stale. What `manage.py refresh_oversight` runs before the figures."""
    stale = stale_link_copies()
    if organisation_id is not None:
        stale = stale.filter(work_item__organisation_id=organisation_id)
    item = WorkItem.objects.filter(pk=OuterRef("work_item_id"))
    with transaction.atomic():
        return WorkItemUnit.objects.filter(pk__in=list(stale.values_list("pk", flat=True))).update(
            item_state=Subquery(item.values("state")[:1]),
            item_due_date=Subquery(item.values("due_date")[:1]),
        )


def _change(
    *,
    item: WorkItem,
    actor,
    action: str,
    verb: str | None = None,
    event_kind: str | None = None,
    reason: str = "",
    expected_version: int | None = None,
    mutate: Mutation | None = None,
    event_data: dict | None = None,
    touch: bool = True,
) -> WorkItem:
    """Lock, check, change, audit and announce; the skeleton of every service below.

    `touch=False` is for additions that leave the item as it is (a progress note): the
    caller's copy need not be current and the item's version does not move.

    Statements, when the audit chain head exists: lock the item (its programme joined in,
    not locked, its unit links a column of the same statement: permission, audit unit and
    subscribers share them), update only the changed columns (the state guarded by
    ConcurrentTransitionMixin) and, on PostgreSQL in the same statement, copy a changed state or
    deadline onto the unit links (`copy_to_links`); whatever `mutate` and the event's subscribers
    add comes next, then audit_record's three at the end (`appended_last`).
    """
    if expected_version is None:
        expected_version = item.version
    # The audit event is appended when the block ends, after the subscribers' writes: the
    # organisation's chain head is locked for the append and the commit only (appended_last).
    with transaction.atomic(), appended_last():
        found = _lock(item.pk, action, router.db_for_write(WorkItem))
        if not found:
            raise StaleObject(stale_message())
        fresh = found[0]
        if touch and fresh.version != expected_version:
            raise StaleObject(stale_message())
        links = fresh.__dict__.pop("dondoc_unit_links")
        if not touch and fresh.version != item.version:
            # The links column was read with the lock statement's snapshot: after a wait for the
            # row lock (PostgreSQL, READ COMMITTED) it may predate an edit of the units that
            # committed meanwhile. Every such edit moves the version, so a row at the caller's
            # version has the links its statement saw; otherwise read them again.
            links = _links_now(fresh)
        _load_unit_links(fresh, links)
        if "dondoc_pending_extension" in fresh.__dict__:  # an acceptance: for withdraw_when_item_ends
            fresh._dondoc_pending_extension = fresh.__dict__.pop("dondoc_pending_extension")
        before = _column_values(fresh)
        permissions.require(actor, action, fresh)
        from_state = fresh.state
        changes = (mutate(fresh) if mutate else None) or {}
        transition = TRANSITIONS.get(action)
        if transition:
            method, stamp, default_kind = transition
            try:
                getattr(fresh, method)()
            except TransitionNotAllowed:
                raise InvalidTransition(stale_message()) from None
            if stamp:
                setattr(fresh, stamp, timezone.now())
            event_kind = event_kind or default_kind
        if touch:
            fresh.version += 1
            _save_changed(fresh, _changed_columns(fresh, before), from_state)
        unit_id = _primary_lead(fresh)
        audit_record(
            organisation_id=fresh.organisation_id,
            actor=actor,
            verb=verb or f"work_item.{action}",
            obj=fresh,
            work_item=fresh,
            unit_id=unit_id or None,
            from_state=from_state,
            to_state=fresh.state,
            reason=reason,
            changes=changes,
        )
        emit(
            DomainEvent(
                kind=event_kind or f"work_item.{action}",
                organisation_id=fresh.organisation_id,
                actor_id=getattr(actor, "pk", None),
                work_item_id=fresh.pk,
                programme_id=fresh.programme_id,
                data={"from": from_state, "to": fresh.state, "reason": reason, **(event_data or {})},
                item=fresh,
                actor=actor,
            )
        )
    return fresh


def _required_text(value: str | None, field: str, message: str) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput(message, field_errors={field: [message]})
    return text


def _decimal_or_none(value, field: str) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        number = Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        message = _("Enter a number.")
        raise InvalidInput(message, field_errors={field: [message]}) from None
    if not number.is_finite() or abs(number) >= Decimal("1e14"):
        message = _("Enter a number.")
        raise InvalidInput(message, field_errors={field: [message]})
    return number


# --- transitions ---------------------------------------------------------------------


def work_item_assign(
    *, item: WorkItem, actor, expected_version: int | None = None, grouped: bool = False
) -> WorkItem:
    """drafted → assigned: hand the item to its lead unit(s).

    `grouped`: part of a publication or bulk action that tells each person once itself; the
    item's event still moves its flow and pushes its state, but writes no notification.
    """

    def keep_original_deadline(fresh: WorkItem) -> None:
        if not permissions.item_unit_ids(fresh)[0]:
            message = _("Choose a lead unit before assigning this work item.")
            raise InvalidInput(message, field_errors={"lead_units": [message]})
        if fresh.original_due_date is None:
            fresh.original_due_date = fresh.due_date

    return _change(
        item=item,
        actor=actor,
        action="assign",
        expected_version=expected_version,
        mutate=keep_original_deadline,
        event_data={"grouped": True} if grouped else None,
    )


def work_item_start(*, item: WorkItem, actor, expected_version: int | None = None) -> WorkItem:
    """assigned → in_progress."""
    return _change(item=item, actor=actor, action="start", expected_version=expected_version)


def work_item_report(
    *,
    item: WorkItem,
    actor,
    text: str,
    percent: int = 100,
    indicator_actual=None,
    files: Sequence = (),
    expected_version: int | None = None,
) -> WorkItem:
    """in_progress → reported, with the completion report and its evidence.

    An item with a numeric target is reported with the figure achieved (`indicator_actual`),
    unless an earlier report gave it: the leadership accepts against it and the year's scoring
    counts it (engine.scoring.evaluation).
    """
    text = _required_text(text, "text", _("Describe the result in the completion report."))
    actual = _decimal_or_none(indicator_actual, "indicator_actual")
    if actual is None and item.indicator_target is not None and item.indicator_actual is None:
        message = _("This item has a target (%(target)s): give the result achieved.") % {
            "target": item.target_text
        }
        raise InvalidInput(message, field_errors={"indicator_actual": [message]})
    with store_report(
        item=item, actor=actor, kind="completion", text=text, percent=percent, actual=actual, files=files
    ) as writer:

        def record_report(fresh: WorkItem) -> dict:
            report = writer.write(fresh)
            fresh.due_date_at_report = fresh.due_date
            changes = {"report": report.pk, "attachments": writer.attachment_count}
            if period := report_period_submit(item=fresh, report=report):
                changes["report_period"] = period.pk
            if actual is not None:
                changes["indicator_actual"] = [fresh.indicator_actual, actual]
                fresh.indicator_actual = actual
            return changes

        return _change(
            item=item,
            actor=actor,
            action="report",
            expected_version=expected_version,
            mutate=record_report,
            event_data={"report_text": text[:500]},
        )


def work_item_accept(
    *, item: WorkItem, actor, note: str = "", expected_version: int | None = None, grouped: bool = False
) -> WorkItem:
    """reported → accepted. `grouped`: as in work_item_assign (a bulk action tells people once)."""
    return _change(
        item=item,
        actor=actor,
        action="accept",
        reason=(note or "").strip(),
        expected_version=expected_version,
        event_data={"grouped": True} if grouped else None,
    )


def work_item_endorse(
    *, item: WorkItem, actor, note: str = "", expected_version: int | None = None
) -> WorkItem:
    """The supervising deputy forwards a completion report to the director; the state stays."""
    return _change(
        item=item,
        actor=actor,
        action="endorse",
        event_kind="work_item.endorsed",
        reason=(note or "").strip(),
        expected_version=expected_version,
    )


def work_item_return(*, item: WorkItem, actor, reason: str, expected_version: int | None = None) -> WorkItem:
    """reported → in_progress, with the reason the unit will see."""
    reason = _required_text(reason, "reason", _("Give the reason for returning the report."))
    return _change(item=item, actor=actor, action="return", reason=reason, expected_version=expected_version)


def work_item_cancel(*, item: WorkItem, actor, reason: str, expected_version: int | None = None) -> WorkItem:
    """any open state → cancelled."""
    reason = _required_text(reason, "reason", _("Give the reason for cancelling the work item."))
    return _change(item=item, actor=actor, action="cancel", reason=reason, expected_version=expected_version)


def work_item_reopen(*, item: WorkItem, actor, reason: str, expected_version: int | None = None) -> WorkItem:
    """accepted → in_progress."""
    reason = _required_text(reason, "reason", _("Give the reason for reopening the work item."))

    def clear_acceptance(fresh: WorkItem) -> None:
        fresh.accepted_at = None

    return _change(
        item=item,
        actor=actor,
        action="reopen",
        reason=reason,
        expected_version=expected_version,
        mutate=clear_acceptance,
    )


def work_item_add_report(
    *,
    item: WorkItem,
    actor,
    text: str,
    percent: int | None = None,
    indicator_actual=None,
    files: Sequence = (),
    contribution: bool = False,
) -> ProgressReport:
    """A progress note by the lead unit, or a coordinating unit's contribution; no transition.

    Returns the report written (the item itself does not change).
    """
    text = _required_text(text, "text", _("Write what has been done."))
    actual = _decimal_or_none(indicator_actual, "indicator_actual")
    action, kind = ("contribute", "contribution") if contribution else ("progress", "progress")
    with store_report(
        item=item, actor=actor, kind=kind, text=text, percent=percent, actual=actual, files=files
    ) as writer:
        written: list[ProgressReport] = []

        def record(fresh: WorkItem) -> dict:
            report = writer.write(fresh)
            written.append(report)
            changes = {"report": report.pk, "percent": percent, "attachments": writer.attachment_count}
            if not contribution and (period := report_period_submit(item=fresh, report=report)):
                changes["report_period"] = period.pk
            return changes

        _change(
            item=item,
            actor=actor,
            action=action,
            verb=f"work_item.{kind}",
            event_kind=f"work_item.{kind}_added",
            mutate=record,
            touch=False,
        )
    return written[0]


# --- changes that keep the state ---------------------------------------------------------


def work_item_delegate(
    *, item: WorkItem, actor, assignee, expected_version: int | None = None, grouped: bool = False
) -> WorkItem:
    """The unit head hands the item to a member of a lead unit (or takes it back: None).

    `grouped`: as in work_item_assign (a bulk action tells people once).
    """
    if assignee is not None:
        lead_ids = WorkItemUnit.objects.filter(work_item_id=item.pk, role=WorkItemUnit.Role.LEAD).values(
            "unit_id"
        )
        if not Membership.objects.active().filter(user_id=assignee.pk, unit_id__in=lead_ids).exists():
            message = _("%(name)s is not a member of the lead unit.") % {"name": assignee}
            raise InvalidInput(message, field_errors={"assignee": [message]})

    def set_assignee(fresh: WorkItem) -> dict:
        before = fresh.assignee_id
        fresh.assignee = assignee
        # The name as it was then, so the history says to whom without another query.
        return {"assignee": [before, getattr(assignee, "pk", None)], "assignee_name": str(assignee or "")}

    return _change(
        item=item,
        actor=actor,
        action="delegate",
        event_kind="work_item.delegated",  # the notification kind: the assignee is told
        expected_version=expected_version,
        mutate=set_assignee,
        event_data={"assignee_id": getattr(assignee, "pk", None), **({"grouped": True} if grouped else {})},
    )


EDITABLE_FIELDS = (
    "ref",
    "section",
    "content",
    "leader_text",
    "due_text",
    "due_date",
    "due_needs_review",
    "recurrence",
    "is_key",
    "is_cross_cutting",
    "indicator_name",
    "indicator_measure",
    "indicator_target",
    "note",
)


def _set_units(item: WorkItem, role: str, units: Iterable[Unit]) -> list[int]:
    units = list(units)
    if any(unit.organisation_id != item.organisation_id for unit in units):
        message = _("A unit of another organisation cannot be chosen.")
        raise InvalidInput(message, field_errors={f"{role}_units": [message]})
    WorkItemUnit.objects.filter(work_item=item, role=role).delete()
    taken = set(WorkItemUnit.objects.filter(work_item=item).values_list("unit_id", flat=True))
    WorkItemUnit.objects.bulk_create(
        WorkItemUnit(work_item=item, unit=unit, role=role, position=i)
        for i, unit in enumerate(units)
        if unit.pk not in taken
    )
    permissions.forget_item_units(item)
    return [unit.pk for unit in units]


def work_item_update(
    *,
    item: WorkItem,
    actor,
    data: dict,
    lead_units: Sequence[Unit] | None = None,
    coordinating_units: Sequence[Unit] | None = None,
    leader=None,
    expected_version: int | None = None,
) -> WorkItem:
    """The secretariat edits a drafted item; every changed field is audited."""
    unknown = set(data) - set(EDITABLE_FIELDS)
    if unknown:
        raise InvalidInput(_("These fields cannot be edited: %s") % ", ".join(sorted(unknown)))
    if "content" in data:
        data = {**data, "content": _required_text(data["content"], "content", _("Content is required."))}
    if "indicator_target" in data:
        data = {**data, "indicator_target": _decimal_or_none(data["indicator_target"], "indicator_target")}
    if leader is not None and leader.organisation_id != item.organisation_id:
        message = _("The leader must belong to this organisation.")
        raise InvalidInput(message, field_errors={"leader": [message]})

    def apply(fresh: WorkItem) -> dict:
        changes = {}
        for name, value in data.items():
            old = getattr(fresh, name)
            if old != value:
                changes[name] = [old, value]
                setattr(fresh, name, value)
        if "due_date" in changes:
            fresh.original_due_date = fresh.due_date
        if leader is not None and fresh.leader_id != leader.pk:
            changes["leader"] = [fresh.leader_id, leader.pk]
            fresh.leader = leader
        lead_before, coord_before = permissions.item_unit_ids(fresh)
        if lead_units is not None:
            new = _set_units(fresh, WorkItemUnit.Role.LEAD, lead_units)
            if set(new) != set(lead_before):
                changes["lead_units"] = [sorted(lead_before), new]
        if coordinating_units is not None:
            new = _set_units(fresh, WorkItemUnit.Role.COORDINATING, coordinating_units)
            if set(new) != set(coord_before):
                changes["coordinating_units"] = [sorted(coord_before), new]
        return changes

    return _change(
        item=item,
        actor=actor,
        action="edit",
        verb="work_item.update",
        event_kind="work_item.updated",
        expected_version=expected_version,
        mutate=apply,
    )


def work_item_extend_deadline(
    *,
    item: WorkItem,
    actor,
    new_due_date: date,
    reason: str,
    expected_version: int | None = None,
) -> WorkItem:
    """An approved extension: the deadline moves, the original deadline is kept."""
    reason = _required_text(reason, "reason", _("Give the reason for the extension."))
    if not isinstance(new_due_date, date):
        message = _("Enter a valid date.")
        raise InvalidInput(message, field_errors={"new_due_date": [message]})

    def move_deadline(fresh: WorkItem) -> dict:
        if fresh.due_date and new_due_date <= fresh.due_date:
            message = _("The new deadline must be later than the current one.")
            raise InvalidInput(message, field_errors={"new_due_date": [message]})
        if fresh.original_due_date is None:
            fresh.original_due_date = fresh.due_date
        before = fresh.due_date
        fresh.due_date = new_due_date
        changes = {"due_date": [before, new_due_date]}
        if fresh.escalated_at is not None:  # the ladder starts afresh for the new date
            changes["escalated_at"] = [fresh.escalated_at, None]
            fresh.escalated_at = None
        return changes

    return _change(
        item=item,
        actor=actor,
        action="decide_extension",
        verb="work_item.extend_deadline",
        event_kind="work_item.deadline_extended",
        reason=reason,
        expected_version=expected_version,
        mutate=move_deadline,
        event_data={"new_due_date": new_due_date.isoformat()},
    )
