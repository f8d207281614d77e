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

from django.db import transaction
from django.utils.translation import gettext as _

from engine.background import queue_on_commit
from engine.deadlines.parsing import parse_due
from engine.exceptions import InvalidInput, InvalidTransition
from engine.importing.errors import ImportFailed
from engine.importing.indicators import parse_number
from engine.models import Organisation, Programme, ProgrammeImport, Unit
from engine.selectors.programme_imports import (
    duplicate_refusal,
    programme_same_file,
    remaining_unresolved,
    result_from_staged,
    row_from_item,
    row_label,
)
from engine.services.programme_import import (
    organisation_leader_refs,
    programme_import,
    programme_import_preview,
)
from engine.services.programmes import _require_editor
from engine.services.unit_proposals import unit_alias_remember, unit_create_for_spelling
from engine.text import fold

log = logging.getLogger(__name__)

# What the browser accepts; the command reads up to the reader's own limit (20 MB).
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# Every format engine/importing/readers.py reads (.doc/.xls/.odt/.ods/.rtf through LibreOffice,
# scans and images through OCR).
EXTENSIONS = (
    ".txt",
    ".docx",
    ".xlsx",
    ".pdf",
    ".doc",
    ".xls",
    ".odt",
    ".ods",
    ".rtf",
    ".html",
    ".htm",
    ".md",
    ".csv",
    ".tsv",
    ".json",
    ".xml",
    ".pptx",
    ".ppt",
    ".odp",
    ".eml",
    ".ics",
    ".png",
    ".jpg",
    ".jpeg",
    ".tif",
    ".tiff",
)
PROGRESS_EVERY_SECONDS = 0.3


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
        queue_on_commit(
            "engine.tasks.programme_import_parse_task",
            staged.pk,
            fallback=lambda: programme_import_parse(staged_id=staged.pk),
            what=f"programme import {staged.pk}",
        )
    return staged


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
            isolated=True,
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
    staged.unresolved_units = remaining_unresolved(staged.rows)
    staged.save(update_fields=["rows", "unresolved_units", "updated_at"])


def programme_import_unit_pick(*, staged: ProgrammeImport, actor, spelling: str, unit: Unit) -> int:
    """`spelling` means `unit` in every row that prints it, and in the next imports (an alias)."""
    with transaction.atomic():
        staged = _locked(staged, actor)
        if unit.organisation_id != staged.organisation_id:
            raise InvalidInput(_("A unit of another organisation cannot be chosen."))
        return _set_unit(staged, actor, spelling, unit)


def programme_import_unit_create(*, staged: ProgrammeImport, actor, spelling: str) -> tuple[Unit, int]:
    """A unit the organisation does not have yet, named as the document prints `spelling`, then picked
    for every row that prints it (one transaction: nothing is created if no row prints it)."""
    with transaction.atomic():
        staged = _locked(staged, actor)
        unit = unit_create_for_spelling(
            organisation=staged.organisation, actor=actor, spelling=spelling, source=staged.file_name
        )
        return unit, _set_unit(staged, actor, spelling, unit)


def _set_unit(staged: ProgrammeImport, actor, spelling: str, unit: Unit) -> int:
    """On the locked import: `unit` for `spelling` in every row, saved and remembered as an alias."""
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
    section: str | None = None,
    indicator: dict | None = None,
) -> dict:
    """One row as the secretariat corrected it. A changed due text is read again unless a date is given.

    `section` and `indicator` ({"name", "measure", "target"}) are kept as they were when not given.
    A row a person saved is settled: the reader's doubts about it (confidence, reasons) are cleared.
    """
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
            confidence=1.0,
            reasons=[],
        )
        if section is not None:
            row["section"] = " ".join(section.split()) or None
        if indicator is not None:
            row["indicator"] = _indicator_row(indicator, label)
        _save_rows(staged)
    return row


def _indicator_row(indicator: dict, label: str) -> dict | None:
    """The indicator as the person typed it; a target that is no number is refused, naming the row."""
    name = " ".join((indicator.get("name") or "").split())
    measure = " ".join((indicator.get("measure") or "").split()) or None
    target = (indicator.get("target") or "").strip()
    if not (name or measure or target):
        return None
    if target:
        number = parse_number(target)
        if number is None:
            message = _("%(row)s: the indicator's target “%(target)s” is not a number.") % {
                "row": label,
                "target": target,
            }
            raise InvalidInput(message, field_errors={"indicator_target": [message]})
        target = str(number)
    return {"name": name, "measure": measure, "target": target or None}


def programme_import_title_update(*, staged: ProgrammeImport, actor, title: str) -> ProgrammeImport:
    """The programme's title as the secretariat corrected it in the preview."""
    title = " ".join((title or "").split())
    if not title:
        message = _("The programme's title is required.")
        raise InvalidInput(message, field_errors={"title": [message]})
    with transaction.atomic():
        staged = _locked(staged, actor)
        staged.meta = {**staged.meta, "title": title[:500]}
        staged.save(update_fields=["meta", "updated_at"])
    return staged


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
