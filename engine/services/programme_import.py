"""Writing an import: a draft programme and its drafted work items, in one transaction.

The pure package `engine.importing` reads the document; this module hands it the
organisation's units and leaders as plain values, and writes what it proposes with
bulk inserts (a 10,000-row programme in seconds), one audit event for the import.
"""

from django.db import connections, router, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from engine.audit import audit_record
from engine.importing.build import import_document
from engine.importing.errors import ImportFailed
from engine.importing.leaders import LeaderRef
from engine.importing.model import ImportResult
from engine.importing.units import UnitRef
from engine.models import Organisation, OrgRole, Programme, Unit, WorkItem, WorkItemUnit
from engine.services.programmes import _require_editor, programme_create

LEADER_ROLES = (OrgRole.Role.DIRECTOR, OrgRole.Role.DEPUTY_DIRECTOR)


def organisation_unit_refs(organisation: Organisation) -> list[UnitRef]:
    units = Unit.objects.filter(organisation=organisation, is_active=True).prefetch_related("aliases")
    return [
        UnitRef(
            unit.pk, unit.name, unit.short_name, unit.kind, tuple(alias.alias for alias in unit.aliases.all())
        )
        for unit in units
    ]


def organisation_leader_refs(organisation: Organisation) -> list[LeaderRef]:
    roles = (
        OrgRole.objects.active()
        .filter(organisation=organisation, role__in=LEADER_ROLES)
        .select_related("user")
    )
    return [LeaderRef(role.user_id, role.user.full_name or role.user.username, role.title) for role in roles]


def programme_import_preview(
    *,
    organisation: Organisation,
    data: bytes,
    name: str,
    year: int | None = None,
    document=None,
    progress=None,
    max_bytes: int | None = None,
    isolated: bool = False,
) -> ImportResult:
    """What importing the file would write; reads the database, writes nothing.

    `progress(fraction)` is called as the reader goes (the staged import's progress bar).
    `isolated`: an upload (API, staged import) is read in a child process under a memory and
    time budget (engine/importing/sandbox.py), so a hostile file cannot take the worker down.
    """
    extra = {"max_bytes": max_bytes} if max_bytes else {}
    if document is None and isolated:
        from engine.importing.sandbox import read_document_within_budget

        document = read_document_within_budget(data, name, **extra)
    return import_document(
        data,
        name,
        document=document,
        units=organisation_unit_refs(organisation),
        leaders=organisation_leader_refs(organisation),
        year=year,
        progress=progress,
        **extra,
    )


def _item_values(programme: Programme, item, position: int) -> dict:
    """A WorkItem row's column values for one imported item."""
    indicator = item.indicator
    notes = [item.note] if item.note else []
    if item.unresolved:
        notes.append(_("Units not recognised: %(units)s") % {"units": "; ".join(item.unresolved)})
    return {
        "organisation_id": programme.organisation_id,
        "programme_id": programme.pk,
        "position": position,
        "ref": (item.ref or "")[:50],
        "section": (item.section or "")[:500],
        "content": item.content,
        "leader_id": item.leader_key,
        "leader_text": (item.leader or "")[:255],
        "due_text": (item.due_text or "")[:255],
        "due_date": item.due_date,
        "original_due_date": item.due_date,
        "due_needs_review": item.due_needs_review,
        "recurrence": item.recurrence or WorkItem.Recurrence.NONE,
        "is_key": item.is_key,
        "is_cross_cutting": item.is_cross_cutting,
        "indicator_name": (indicator.name if indicator else "")[:500],
        "indicator_measure": ((indicator.measure or "") if indicator else "")[:100],
        "indicator_target": indicator.target if indicator else None,
        "note": "\n".join(notes),
        "source_line": item.source_line,
        "search_text": WorkItem.build_search_text(item.ref or "", item.content, item.due_text or ""),
    }


def _insert(model, rows: list[dict], connection) -> None:
    """A multi-row INSERT without building model instances: the ORM's per-value work is most of a
    10,000-row import. Columns the rows leave out take the field's default, prepared once."""
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    now = timezone.now()
    constant = {}
    for field in fields:
        if field.attname in rows[0]:
            continue
        value = (
            now
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
            else field.get_default()
        )
        constant[field.attname] = field.get_db_prep_save(value, connection)
    prepare = {
        field.attname: field
        for field in fields
        if field.attname in rows[0]
        and field.get_internal_type() in ("DateField", "DecimalField", "DateTimeField")
    }
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(model._meta.db_table)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"  # noqa: S608 -- names from the model
    params = []
    for row in rows:
        values = []
        for field in fields:
            name = field.attname
            if name in constant:
                values.append(constant[name])
            elif name in prepare:
                values.append(prepare[name].get_db_prep_save(row[name], connection))
            else:
                values.append(row[name])
        params.append(values)
    with connection.cursor() as cursor:
        for start in range(0, len(params), 2000):
            cursor.executemany(sql, params[start : start + 2000])


def _write_items(programme: Programme, result: ImportResult) -> int:
    connection = connections[router.db_for_write(WorkItem)]
    valid_units = set(
        Unit.objects.filter(organisation_id=programme.organisation_id).values_list("pk", flat=True)
    )
    rows = [_item_values(programme, item, position) for position, item in enumerate(result.items, start=1)]
    _insert(WorkItem, rows, connection)
    ids = dict(WorkItem.objects.filter(programme=programme).values_list("position", "pk"))
    links = []
    for position, item in enumerate(result.items, start=1):
        work_item_id = ids[position]
        # The links' copies of the item's state and deadline (WorkItemUnit.item_state, item_due_date).
        row = rows[position - 1]
        copies = {"item_state": row.get("state", WorkItem.State.DRAFTED), "item_due_date": row["due_date"]}
        lead_ids: list = []
        for index, unit in enumerate(item.lead_units):
            if unit.key in valid_units and unit.key not in lead_ids:
                lead_ids.append(unit.key)
                links.append(
                    {
                        "work_item_id": work_item_id,
                        "unit_id": unit.key,
                        "role": "lead",
                        "position": index,
                        **copies,
                    }
                )
        seen = set(lead_ids)
        for index, unit in enumerate(item.coordinating_units):
            if unit.key in valid_units and unit.key not in seen:
                seen.add(unit.key)
                links.append(
                    {
                        "work_item_id": work_item_id,
                        "unit_id": unit.key,
                        "role": "coordinating",
                        "position": index,
                        **copies,
                    }
                )
    if links:
        _insert(WorkItemUnit, links, connection)
    return len(rows)


def programme_import(
    *, organisation: Organisation, actor, result: ImportResult, replace: Programme | None = None
) -> Programme:
    """A draft programme holding every item of `result`, or nothing at all.

    With `replace` (a draft imported earlier from the same file or an older version of it),
    its items are replaced instead of creating a second programme.
    """
    _require_editor(actor, organisation.pk)
    if not result.items:
        raise ImportFailed(_("The document holds no task rows."), source=result.source_name)
    with transaction.atomic():
        if replace is not None:
            programme = Programme.objects.select_for_update().get(pk=replace.pk, organisation=organisation)
            if programme.state != Programme.State.DRAFT:
                raise ImportFailed(
                    _("Only a draft programme can be updated from a file."), source=result.source_name
                )
            WorkItemUnit.objects.filter(work_item__programme=programme).delete()
            programme.items.all().delete()
            programme.title = result.title[:500]
            programme.kind = result.kind
            programme.period_start, programme.period_end = result.period_start, result.period_end
            programme.source_name, programme.source_sha256 = result.source_name[:255], result.sha256
            programme.version += 1
            programme.save()
        else:
            programme = programme_create(
                organisation=organisation,
                actor=actor,
                title=result.title[:500],
                kind=result.kind,
                period_start=result.period_start,
                period_end=result.period_end,
                decision_number=result.decision_number,
                source_name=result.source_name[:255],
                source_sha256=result.sha256,
            )
        count = _write_items(programme, result)
        audit_record(
            organisation_id=organisation.pk,
            actor=actor,
            verb="programme.import",
            obj=programme,
            changes={
                "source_name": result.source_name,
                "source_sha256": result.sha256,
                "layout": result.layout,
                "encoding": result.encoding,
                "items": count,
                "unresolved_units": result.unresolved_units,
                "warnings": len(result.warnings),
                "replaced": replace is not None,
            },
        )
    return programme
