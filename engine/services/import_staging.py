"""The staged import in the browser: upload, parse in the background, fix rows and units, confirm.

A `ProgrammeImport` holds the rows the importer proposes as JSON; the secretariat corrects
them here (each change checks `_require_editor` and locks the row), and confirming writes
the programme through `programme_import` in one transaction. Choosing a unit for a spelling
the importer could not resolve is remembered as an alias (`unit_alias_remember`, audited)
so the next import resolves it by itself.
"""

import hashlib
import logging
import time
from datetime import date
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _

from engine.deadlines.parsing import parse_due
from engine.exceptions import InvalidInput, InvalidTransition
from engine.importing.errors import ImportFailed
from engine.importing.model import ImportedItem, ImportResult, Indicator, Warning
from engine.importing.units import UnitRef
from engine.models import AuditEvent, Organisation, Programme, ProgrammeImport, Unit
from engine.services.programme_import import (
    organisation_leader_refs,
    programme_import,
    programme_import_preview,
)
from engine.services.programmes import _require_editor
from engine.services.unit_proposals import unit_alias_remember
from engine.text import fold

log = logging.getLogger(__name__)

# What the browser accepts; the command reads up to the reader's own limit (20 MB).
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
EXTENSIONS = (".txt", ".docx", ".xlsx", ".pdf")
PROGRESS_EVERY_SECONDS = 0.3


# --- rows as JSON ----------------------------------------------------------------------


def _unit_json(unit: UnitRef) -> dict:
    return {"id": unit.key, "name": unit.name}


def row_from_item(item: ImportedItem) -> dict:
    """One proposed work item as the staged import keeps it (plain JSON values)."""
    indicator = item.indicator
    lead_unresolved = list(item.unresolved_lead)
    return {
        "id": item.position,
        "ref": item.ref,
        "section": item.section,
        "content": item.content,
        "lead_units": [_unit_json(unit) for unit in item.lead_units],
        "coordinating_units": [_unit_json(unit) for unit in item.coordinating_units],
        "lead_text": item.lead_text,
        "coordinating_text": item.coordinating_text,
        "leader": item.leader,
        "leader_id": item.leader_key,
        "due_text": item.due_text,
        "due_date": item.due_date.isoformat() if item.due_date else None,
        "due_needs_review": item.due_needs_review,
        "recurrence": item.recurrence,
        "is_key": item.is_key,
        "is_cross_cutting": item.is_cross_cutting,
        "indicator": {
            "name": indicator.name,
            "measure": indicator.measure,
            "target": str(indicator.target) if indicator.target is not None else None,
        }
        if indicator
        else None,
        "note": item.note,
        "source_line": item.source_line,
        "unresolved_lead": lead_unresolved,
        "unresolved_coordinating": list(item.unresolved[len(lead_unresolved) :]),
    }


def row_label(row: dict) -> str:
    """How a message names a row: its printed reference and its source line."""
    ref = row.get("ref") or f"#{row['id']}"
    if row.get("source_line"):
        return _("row %(ref)s (line %(line)d)") % {"ref": ref, "line": row["source_line"]}
    return _("row %(ref)s") % {"ref": ref}


def row_problems(row: dict) -> list[str]:
    """What a person must look at: `unresolved`, `no_lead`, `due_to_set`."""
    problems = []
    if row["unresolved_lead"] or row["unresolved_coordinating"]:
        problems.append("unresolved")
    if not row["lead_units"]:
        problems.append("no_lead")
    if row["due_needs_review"]:
        problems.append("due_to_set")
    return problems


def _remaining_unresolved(rows: list[dict]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        for spelling in row["unresolved_lead"] + row["unresolved_coordinating"]:
            seen.setdefault(spelling)
    return list(seen)


def _indicator(data: dict | None) -> Indicator | None:
    if not data:
        return None
    try:
        target = Decimal(data["target"]) if data.get("target") is not None else None
    except InvalidOperation:
        target = None
    return Indicator(data.get("name") or "", data.get("measure"), target)


def result_from_staged(staged: ProgrammeImport) -> ImportResult:
    """The staged rows as the `ImportResult` that `programme_import` writes."""
    units = {
        unit.pk: UnitRef(unit.pk, unit.name, unit.short_name, unit.kind)
        for unit in Unit.objects.filter(organisation_id=staged.organisation_id, is_active=True)
    }
    leader_ids = {ref.key for ref in organisation_leader_refs(staged.organisation)}
    items = []
    for position, row in enumerate(staged.rows, start=1):
        items.append(
            ImportedItem(
                position=position,
                ref=row["ref"],
                section=row["section"],
                content=row["content"],
                lead_units=[units[u["id"]] for u in row["lead_units"] if u["id"] in units],
                coordinating_units=[units[u["id"]] for u in row["coordinating_units"] if u["id"] in units],
                lead_text=row["lead_text"],
                coordinating_text=row["coordinating_text"],
                leader=row["leader"],
                leader_key=row["leader_id"] if row["leader_id"] in leader_ids else None,
                due_text=row["due_text"],
                due_date=date.fromisoformat(row["due_date"]) if row["due_date"] else None,
                due_needs_review=row["due_needs_review"],
                recurrence=row["recurrence"],
                is_key=row["is_key"],
                is_cross_cutting=row["is_cross_cutting"],
                indicator=_indicator(row["indicator"]),
                note=row["note"],
                source_line=row["source_line"],
                unresolved=row["unresolved_lead"] + row["unresolved_coordinating"],
                unresolved_lead=row["unresolved_lead"],
            )
        )
    meta = staged.meta
    return ImportResult(
        source_name=staged.file_name,
        sha256=staged.sha256,
        encoding=meta.get("encoding", ""),
        layout=meta.get("layout", ""),
        title=meta["title"],
        kind=meta["kind"],
        period_start=date.fromisoformat(meta["period_start"]),
        period_end=date.fromisoformat(meta["period_end"]),
        decision_number=meta.get("decision_number", ""),
        items=items,
        unresolved_units=_remaining_unresolved(staged.rows),
        warnings=[Warning(w["line"], w["message"]) for w in staged.warnings],
        legend=meta.get("legend", {}),
    )


# --- the same file twice -----------------------------------------------------------------


def programme_same_file(organisation_id: int, sha256: str) -> Programme | None:
    """The latest programme of the organisation imported from these exact bytes."""
    return (
        Programme.objects.filter(organisation_id=organisation_id, source_sha256=sha256)
        .order_by("-created_at", "-pk")
        .first()
    )


def programme_awaiting_approval(programme: Programme) -> bool:
    """A draft sent to the director and not sent back: its items are what the director reviews."""
    last = (
        AuditEvent.objects.filter(
            organisation_id=programme.organisation_id,
            object_type=programme._meta.label_lower,
            object_id=str(programme.pk),
            verb__in=("programme.submit", "programme.send_back"),
        )
        .order_by("-seq")
        .values_list("verb", flat=True)
        .first()
    )
    return last == "programme.submit"


def duplicate_refusal(programme: Programme | None) -> str:
    """Why the same file cannot update `programme` (empty when it can)."""
    if programme is None:
        return ""
    if programme.state != Programme.State.DRAFT:
        return _(
            "This file was already imported as “%(title)s”, which is %(state)s: a published programme "
            "is not replaced from a file. Change its items on the programme page, or upload the revised "
            "document."
        ) % {"title": programme.title, "state": programme.get_state_display().lower()}
    if programme_awaiting_approval(programme):
        return _(
            "This file was already imported as “%(title)s”, which is waiting for the director's approval: "
            "ask the director to send it back before updating it."
        ) % {"title": programme.title}
    return ""


# --- upload and parse --------------------------------------------------------------------


def programme_import_stage(
    *, organisation: Organisation, actor, name: str, data: bytes, year: int | None = None
) -> ProgrammeImport:
    """Keep the uploaded file and queue its parse; the page follows the progress."""
    _require_editor(actor, organisation.pk)
    sha256 = hashlib.sha256(data).hexdigest()
    with transaction.atomic():
        staged = ProgrammeImport.objects.create(
            organisation=organisation,
            uploaded_by=actor,
            file_name=name[:255],
            sha256=sha256,
            data=data,
            year=year,
            duplicate_of=programme_same_file(organisation.pk, sha256),
        )
        transaction.on_commit(lambda: _queue_parse(staged.pk))
    return staged


def _queue_parse(staged_id: int) -> None:
    from engine.tasks import programme_import_parse_task

    try:
        programme_import_parse_task.delay(staged_id)
    except Exception:
        log.warning(
            "programme import %s: queue unreachable, parsing in the request", staged_id, exc_info=True
        )
        programme_import_parse(staged_id=staged_id)


def programme_import_parse(*, staged_id: int) -> ProgrammeImport:
    """Read the staged file (the Celery task's body); progress is saved as it goes, outside a transaction
    so the polling page sees it."""
    staged = ProgrammeImport.objects.select_related("organisation").get(pk=staged_id)
    if staged.status != ProgrammeImport.Status.PARSING:
        return staged
    last = [0.0, 0]

    def progress(fraction: float) -> None:
        percent = min(99, int(fraction * 100))
        now = time.monotonic()
        if percent > last[1] and now - last[0] >= PROGRESS_EVERY_SECONDS:
            last[:] = [now, percent]
            ProgrammeImport.objects.filter(pk=staged_id).update(progress=percent)

    fields = ["status", "progress", "meta", "rows", "warnings", "unresolved_units", "error", "updated_at"]
    try:
        result = programme_import_preview(
            organisation=staged.organisation,
            data=bytes(staged.data),
            name=staged.file_name,
            year=staged.year,
            progress=progress,
            max_bytes=MAX_UPLOAD_BYTES,
        )
        if not result.items:
            raise ImportFailed(_("The document holds no task rows."), source=staged.file_name)
    except ImportFailed as error:
        staged.status, staged.error = ProgrammeImport.Status.FAILED, error.message
    except Exception:
        log.exception("programme import %s failed", staged_id)
        staged.status = ProgrammeImport.Status.FAILED
        staged.error = _("%(file)s: the file could not be read (unexpected content).") % {
            "file": staged.file_name
        }
    else:
        staged.status = ProgrammeImport.Status.READY
        staged.meta = {
            "title": result.title,
            "kind": result.kind,
            "period_start": result.period_start.isoformat(),
            "period_end": result.period_end.isoformat(),
            "decision_number": result.decision_number,
            "layout": result.layout,
            "encoding": result.encoding,
            "legend": result.legend,
        }
        staged.rows = [row_from_item(item) for item in result.items]
        staged.warnings = [warning.as_json() for warning in result.warnings]
        staged.unresolved_units = list(result.unresolved_units)
    staged.progress = 100
    staged.save(update_fields=fields)
    return staged


# --- the secretariat's corrections -------------------------------------------------------


def _locked(staged: ProgrammeImport, actor) -> ProgrammeImport:
    _require_editor(actor, staged.organisation_id)
    fresh = ProgrammeImport.objects.select_for_update().select_related("organisation").get(pk=staged.pk)
    if fresh.status != ProgrammeImport.Status.READY:
        raise InvalidTransition(_("This import is no longer open for changes."))
    return fresh


def _row(staged: ProgrammeImport, row_id: int) -> dict:
    for row in staged.rows:
        if row["id"] == row_id:
            return row
    raise InvalidInput(_("No such row: it may have been deleted meanwhile."))


def _save_rows(staged: ProgrammeImport) -> None:
    staged.unresolved_units = _remaining_unresolved(staged.rows)
    staged.save(update_fields=["rows", "unresolved_units", "updated_at"])


def programme_import_unit_pick(*, staged: ProgrammeImport, actor, spelling: str, unit: Unit) -> int:
    """`spelling` means `unit` in every row that prints it, and in the next imports (an alias)."""
    with transaction.atomic():
        staged = _locked(staged, actor)
        if unit.organisation_id != staged.organisation_id:
            raise InvalidInput(_("A unit of another organisation cannot be chosen."))
        key = fold(spelling)
        changed = 0
        for row in staged.rows:
            lead_ids = [u["id"] for u in row["lead_units"]]
            hit = False
            if any(fold(s) == key for s in row["unresolved_lead"]):
                row["unresolved_lead"] = [s for s in row["unresolved_lead"] if fold(s) != key]
                if unit.pk not in lead_ids:
                    row["lead_units"].append({"id": unit.pk, "name": unit.name})
                    row["coordinating_units"] = [u for u in row["coordinating_units"] if u["id"] != unit.pk]
                hit = True
            if any(fold(s) == key for s in row["unresolved_coordinating"]):
                row["unresolved_coordinating"] = [s for s in row["unresolved_coordinating"] if fold(s) != key]
                coordinating_ids = [u["id"] for u in row["coordinating_units"]]
                if unit.pk not in lead_ids and unit.pk not in coordinating_ids:
                    row["coordinating_units"].append({"id": unit.pk, "name": unit.name})
                hit = True
            changed += hit
        if not changed:
            raise InvalidInput(_("No row prints “%(spelling)s” any more.") % {"spelling": spelling})
        _save_rows(staged)
        unit_alias_remember(organisation=staged.organisation, actor=actor, unit=unit, spelling=spelling)
    return changed


def programme_import_row_update(
    *,
    staged: ProgrammeImport,
    actor,
    row_id: int,
    content: str,
    lead_units: list[Unit],
    coordinating_units: list[Unit],
    leader_id: int | None,
    due_text: str,
    due_date: date | None,
) -> dict:
    """One row as the secretariat corrected it. A changed due text is read again unless a date is given."""
    with transaction.atomic():
        staged = _locked(staged, actor)
        row = _row(staged, row_id)
        label = row_label(row)
        content = " ".join((content or "").split())
        if not content:
            message = _("%(row)s: the content is required.") % {"row": label}
            raise InvalidInput(message, field_errors={"content": [message]})
        for unit in [*lead_units, *coordinating_units]:
            if unit.organisation_id != staged.organisation_id:
                raise InvalidInput(_("A unit of another organisation cannot be chosen."))
        leaders = {ref.key: ref.full_name for ref in organisation_leader_refs(staged.organisation)}
        if leader_id is not None and leader_id not in leaders:
            message = _("%(row)s: the leader is not a director or deputy director.") % {"row": label}
            raise InvalidInput(message, field_errors={"leader": [message]})
        period_start = date.fromisoformat(staged.meta["period_start"])
        period_end = date.fromisoformat(staged.meta["period_end"])
        if due_date is not None and due_date < period_start:
            message = _("%(row)s: the due date %(date)s is before the programme's period.") % {
                "row": label,
                "date": due_date.strftime("%d/%m/%Y"),
            }
            raise InvalidInput(message, field_errors={"due_date": [message]})
        due_text = " ".join((due_text or "").split()) or None
        due = parse_due(due_text, year=period_start.year, period_start=period_start, period_end=period_end)
        old_date = date.fromisoformat(row["due_date"]) if row["due_date"] else None
        if due_date is not None and (due_date != old_date or due_text == row["due_text"]):
            row["due_date"], row["due_needs_review"] = due_date.isoformat(), False
        elif due_text is None:
            row["due_date"], row["due_needs_review"] = period_end.isoformat(), False
        else:
            row["due_date"] = due.date.isoformat() if due.date else None
            row["due_needs_review"] = due.needs_review
        row["due_text"], row["recurrence"] = due_text, due.recurrence
        lead_ids = [unit.pk for unit in lead_units]
        row.update(
            content=content,
            lead_units=[{"id": unit.pk, "name": unit.name} for unit in lead_units],
            coordinating_units=[
                {"id": unit.pk, "name": unit.name} for unit in coordinating_units if unit.pk not in lead_ids
            ],
            # The person chose the units of this row: the printed spellings are settled here.
            unresolved_lead=[],
            unresolved_coordinating=[],
            leader_id=leader_id,
            # No leader chosen keeps a printed name that matched nobody; it clears a matched one.
            leader=leaders[leader_id]
            if leader_id is not None
            else (None if row["leader_id"] else row["leader"]),
        )
        _save_rows(staged)
    return row


def programme_import_row_delete(*, staged: ProgrammeImport, actor, row_id: int) -> None:
    """A row that is not a task (a heading read as a row, a duplicate) leaves the import."""
    with transaction.atomic():
        staged = _locked(staged, actor)
        _row(staged, row_id)
        staged.rows = [row for row in staged.rows if row["id"] != row_id]
        _save_rows(staged)


def programme_import_confirm(*, staged: ProgrammeImport, actor) -> Programme:
    """Write the rows as a draft programme (or as the new items of the draft from the same file)."""
    with transaction.atomic():
        staged = _locked(staged, actor)
        if not staged.rows:
            raise InvalidInput(_("No row is left to import."))
        orphans = [row_label(row) for row in staged.rows if not row["lead_units"]]
        if orphans:
            shown = ", ".join(orphans[:20]) + (" …" if len(orphans) > 20 else "")
            raise InvalidInput(
                _("%(n)d rows have no lead unit; choose one before confirming: %(rows)s")
                % {"n": len(orphans), "rows": shown}
            )
        same = programme_same_file(staged.organisation_id, staged.sha256)
        refusal = duplicate_refusal(same)
        if refusal:
            raise InvalidTransition(refusal)
        programme = programme_import(
            organisation=staged.organisation, actor=actor, result=result_from_staged(staged), replace=same
        )
        staged.status = ProgrammeImport.Status.CONFIRMED
        staged.programme = programme
        staged.duplicate_of = same
        staged.save(update_fields=["status", "programme", "duplicate_of", "updated_at"])
    return programme
