"""Reads of a staged programme import: its rows as JSON, their problems, and the programme from the same file.

The rows are plain dicts (`row_from_item`) so the staged import keeps them in a JSON column;
`result_from_staged` turns them back into the `ImportResult` that `programme_import` writes.
"""

from datetime import date
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from engine.importing.model import ImportedItem, ImportResult, Indicator, Warning
from engine.importing.recognition import LOW_CONFIDENCE, reason_text
from engine.importing.units import UnitRef
from engine.models import Programme, ProgrammeImport, Unit
from engine.services.programme_import import organisation_leader_refs

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
        "confidence": item.confidence,
        "reasons": list(item.reasons),
    }


def row_label(row: dict) -> str:
    """How a message names a row: its printed reference and its source line."""
    ref = row.get("ref") or f"#{row['id']}"
    if row.get("source_line"):
        return _("row %(ref)s (line %(line)d)") % {"ref": ref, "line": row["source_line"]}
    return _("row %(ref)s") % {"ref": ref}


def row_low_confidence(row: dict) -> bool:
    """The reader was unsure of this row (OCR text, a fallback layout, unreadable words, …)."""
    return row.get("confidence", 1.0) < LOW_CONFIDENCE


def row_reasons(row: dict) -> list[str]:
    """Why the reader was unsure of the row, in words."""
    return [reason_text(code) for code in row.get("reasons", [])]


def row_problems(row: dict) -> list[str]:
    """What a person must look at: `low_confidence`, `unresolved`, `no_lead`, `due_to_set`."""
    problems = ["low_confidence"] if row_low_confidence(row) else []
    if row["unresolved_lead"] or row["unresolved_coordinating"]:
        problems.append("unresolved")
    if not row["lead_units"]:
        problems.append("no_lead")
    if row["due_needs_review"]:
        problems.append("due_to_set")
    return problems


def remaining_unresolved(rows: list[dict]) -> list[str]:
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
                confidence=row.get("confidence", 1.0),
                reasons=list(row.get("reasons", [])),
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
        unresolved_units=remaining_unresolved(staged.rows),
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


def duplicate_refusal(programme: Programme | None) -> str:
    """Why the same file cannot update `programme` (empty when it can)."""
    if programme is None:
        return ""
    if programme.is_published:
        return _(
            "This file was already imported as “%(title)s”, which is %(state)s: a published programme "
            "is not replaced from a file. Change its items on the programme page, or upload the revised "
            "document."
        ) % {"title": programme.title, "state": programme.get_state_display().lower()}
    if programme.state == Programme.State.SUBMITTED:
        return _(
            "This file was already imported as “%(title)s”, which is waiting for the director's approval: "
            "ask the director to send it back before updating it."
        ) % {"title": programme.title}
    return ""
