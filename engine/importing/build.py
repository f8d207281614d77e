"""The import pipeline: document bytes → a Document → the recognised layout → ImportResult (no database)."""

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from django.utils.translation import gettext as _

from engine.deadlines.parsing import names_day, parse_due
from engine.importing import recognisers
from engine.importing.bundles import documents_in
from engine.importing.diagnosis import describe_unrecognised
from engine.importing.errors import ImportFailed
from engine.importing.event_dues import resolve_event_dues
from engine.importing.indicators import count_in_text, parse_target
from engine.importing.leaders import LeaderRef, match_leader
from engine.importing.model import ImportedItem, ImportResult, Indicator, RawItem, RawProgramme, Warning
from engine.importing.period import Period, find_title
from engine.importing.readers import MAX_BYTES, Document, read_document
from engine.importing.recognition import Context, Recognised, lower, spell_out_label_abbreviations
from engine.importing.units import (
    Resolution,
    UnitRef,
    UnitResolver,
    name_defined_leads,
    printed_in_full,
    sending_office,
    spell_out_short_forms,
)
from engine.text import fold


def _period(document: Document, year: int | None) -> Period:
    period = find_title([(line.number, line.text) for line in document.lines], year)
    if period is None and year:
        return Period(document.name, "year", date(year, 1, 1), date(year, 12, 31))
    if period is None:
        raise ImportFailed(
            _(
                "No programme title with its period (e.g. “Chương trình công tác năm 2026”) "
                "was found; give the year."
            ),
            source=document.name,
        )
    return period


def recognise(
    document: Document, resolver: UnitResolver, year: int | None, leaders: list[LeaderRef] = ()
) -> RawProgramme:
    """Run every recogniser that applies (engine/importing/recognisers.py) and keep the best-supported."""
    period = _period(document, year)
    spell_out_label_abbreviations(document)
    context = Context(document, resolver, list(leaders), period, year)
    chosen, _answers = recognisers.best(context)
    chosen = read_each(context, chosen)
    if chosen is None:
        raise ImportFailed(describe_unrecognised(document), source=document.name)
    resolve_event_dues(chosen.items, document, year or period.end.year)
    name_defined_leads(chosen.items, [line.text for line in document.lines])
    legend = dict(chosen.legend)
    if office := sending_office([line.text for line in document.lines]):
        legend.setdefault("VP", office)  # `VP` in a message is the office it is sent from
    return RawProgramme(
        layout=chosen.layout,
        title=period.title,
        kind=period.kind,
        period_start=period.start,
        period_end=period.end,
        items=chosen.items,
        legend=legend,
        warnings=list(document.warnings) + chosen.warnings,
    )


def read_each(context: Context, chosen: Recognised | None) -> Recognised | None:
    """A file of several documents (bundles.py: a dispatch and the plan it sends) read document by
    document, their items joined, where the whole file's reading found items in one of them only
    (or none) and each has a reading of its own; else the whole file's reading."""
    parts = documents_in(context.document)
    if len(parts) < 2:
        return chosen
    part_lines = [{line.number for line in part.lines} for part in parts]
    read_in = sum(any(item.line in lines for item in chosen.items) for lines in part_lines) if chosen else 0
    if read_in > 1:
        return chosen
    readings = [recognisers.best(replace(context, document=part))[0] for part in parts]
    if any(reading is None for reading in readings):
        return chosen
    return Recognised(
        "+".join(reading.layout for reading in readings),
        sorted((item for reading in readings for item in reading.items), key=lambda item: item.line or 0),
        [warning for reading in readings for warning in reading.warnings],
        {key: value for reading in reversed(readings) for key, value in reading.legend.items()},
        support=min(reading.support for reading in readings),
    )


def _indicator(raw: RawItem) -> Indicator | None:
    if raw.indicator_target or raw.indicator_measure:
        return Indicator(
            raw.indicator_name or raw.content,
            raw.indicator_measure or None,
            parse_target(raw.indicator_target),
        )
    counted = count_in_text(raw.content)
    if counted:
        return Indicator(raw.content, counted[1], counted[0])
    return None


def _spelt_out(
    text: str,
    resolver: UnitResolver,
    legend: dict[str, str],
    row: str = "",
    elsewhere: list[str] | None = None,
) -> tuple[str, Resolution]:
    """A cell's text and the units it names; a cell of office short forms that names none of the
    organisation's units (`P.VHXH`, `CA phường`, `VP`) reads as the names they stand for, the short
    forms kept beside them (units.spell_out_short_forms); a short form the row's own text (or another
    row's) prints in full reads as that name before any standard one, the short form beside it
    (units.printed_in_full), unless the document's legend gives it."""
    resolution = resolver.resolve(text)
    if resolution.units or not text:
        return text, resolution
    short = text.strip(" .")
    own = {fold(key) for key in legend}
    if fold(short) not in own and (full := printed_in_full(short, row, elsewhere or [])):
        spelt = f"{full} ({short})"  # the document's own full name before the standard one
    else:
        spelt = spell_out_short_forms(text, legend)
    return (spelt, resolver.resolve(spelt)) if spelt != text else (text, resolution)


def build_items(
    programme: RawProgramme,
    resolver: UnitResolver,
    leaders: list[LeaderRef],
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[ImportedItem], list[str], list[Warning]]:
    unresolved: dict[str, None] = {}
    warnings = list(programme.warnings)
    items = []
    total = len(programme.items)
    contents = [other.content for other in programme.items]
    for position, raw in enumerate(programme.items, start=1):
        if progress is not None and position % 100 == 0:
            progress(position, total)
        lead_text, lead = _spelt_out(raw.lead, resolver, programme.legend, raw.content, contents)
        coordinating_text, coordinating = _spelt_out(raw.coordinating, resolver, programme.legend)
        for resolution in (lead, coordinating):
            for text in resolution.unresolved:
                unresolved.setdefault(text)
            for text, unit in resolution.approximate:
                warnings.append(
                    Warning(
                        raw.line,
                        _("“%(text)s” read as %(unit)s (spelling differs).")
                        % {"text": text, "unit": unit.name},
                    )
                )
        if not lead.units:
            warnings.append(
                Warning(raw.line, _("No lead unit for: %(content)s") % {"content": raw.content[:80]})
            )
        due = parse_due(
            raw.due or None,
            year=programme.period_start.year,
            period_start=programme.period_start,
            period_end=programme.period_end,
        )
        due_date, needs_review = due.date, due.needs_review
        if due.text is None:
            due_date = programme.period_end  # a task with no time printed runs to the end of the period
        # A due before the programme starts is a misprint ("Tháng 6/2025" in a 2026 calendar) or a
        # cited document's date: kept as read, for a person to set (the preview refuses it as an edit).
        before_period = due_date is not None and due_date < programme.period_start
        # A month, quarter or year after the period ("Quý I/2027" in a 2026 plan) is another plan's
        # time, for a person to set; a day after it (a range ending on 02/01/2027) is kept, warned.
        after_period = due_date is not None and due_date > programme.period_end and not names_day(due.text)
        if needs_review:
            warnings.append(
                Warning(raw.line, _("Due “%(due)s” has no date: a person must set it.") % {"due": due.text})
            )
        if due_date is not None and not programme.period_start <= due_date <= programme.period_end:
            warnings.append(
                Warning(
                    raw.line,
                    _("Due date %(date)s is outside the programme's period (%(start)s–%(end)s).")
                    % {
                        "date": due_date.strftime("%d/%m/%Y"),
                        "start": programme.period_start.strftime("%d/%m/%Y"),
                        "end": programme.period_end.strftime("%d/%m/%Y"),
                    },
                )
            )
            lower(raw, 0.7, "due_outside")
            needs_review = needs_review or before_period or after_period
        elif needs_review:
            lower(raw, 0.9, "due_unread")
        if not lead.units and not lead.unresolved:
            lower(raw, 0.8, "no_lead")
        leader = match_leader(raw.leader, leaders) if raw.leader else None
        lead_keys = {unit.key for unit in lead.units}
        items.append(
            ImportedItem(
                position=position,
                ref=raw.ref,
                section=raw.section,
                content=raw.content,
                lead_units=lead.units,
                coordinating_units=[unit for unit in coordinating.units if unit.key not in lead_keys],
                lead_text=lead_text,
                coordinating_text=coordinating_text,
                leader=leader.full_name if leader else (raw.leader or None),
                leader_key=leader.key if leader else None,
                due_text=due.text,
                due_date=due_date,
                due_needs_review=needs_review,
                recurrence=due.recurrence,
                is_key=raw.is_key,
                is_cross_cutting=raw.is_cross_cutting,
                indicator=_indicator(raw),
                note=raw.note,
                source_line=raw.line,
                unresolved=lead.unresolved + coordinating.unresolved,
                unresolved_lead=list(lead.unresolved),
                confidence=round(raw.confidence, 2),
                reasons=list(raw.reasons),
            )
        )
    return items, list(unresolved), warnings


def import_document(
    data: bytes,
    name: str,
    *,
    units: list[UnitRef],
    leaders: list[LeaderRef] = (),
    year: int | None = None,
    max_bytes: int = MAX_BYTES,
    document: Document | None = None,
    progress: Callable[[float], None] | None = None,
) -> ImportResult:
    """Everything the import proposes, from the file's bytes and the organisation's units and leaders.

    `document` is the file already read (`read_document`), when the caller checked it first.
    `progress`, when given, is called with the fraction done (0.0–1.0) as the work goes on:
    reading is the first tenth, recognising the layout up to 0.4, the rows the rest.
    """

    def report(fraction: float) -> None:
        if progress is not None:
            progress(fraction)

    if document is None:
        document = read_document(data, name, max_bytes=max_bytes)
    report(0.1)
    resolver = UnitResolver(list(units))
    raw = recognise(document, resolver, year, list(leaders))
    report(0.4)
    if raw.legend:
        resolver = UnitResolver(list(units), legend=raw.legend)
    items, unresolved, warnings = build_items(
        raw, resolver, list(leaders), progress=lambda done, total: report(0.4 + 0.6 * done / total)
    )
    report(1.0)
    return ImportResult(
        source_name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=document.encoding,
        layout=raw.layout,
        title=raw.title,
        kind=raw.kind,
        period_start=raw.period_start,
        period_end=raw.period_end,
        decision_number=raw.decision_number,
        items=items,
        unresolved_units=unresolved,
        warnings=warnings,
        legend=raw.legend,
    )
