"""The importer's plain values: rows as a layout recognises them, and items as the import proposes them."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass
class Warning:
    line: int | None
    message: str

    def as_json(self) -> dict:
        return {"line": self.line, "message": self.message}


@dataclass
class RawItem:
    """One task row as printed: texts not yet resolved."""

    content: str
    line: int | None
    ref: str | None = None
    section: str | None = None
    lead: str = ""
    coordinating: str = ""
    leader: str = ""
    due: str = ""
    note: str = ""
    is_key: bool = False
    is_cross_cutting: bool = False
    indicator_name: str = ""
    indicator_measure: str = ""
    indicator_target: str = ""
    # Sub-item numbers a coordinating unit is limited to: {"Phòng X": {1, 2, 9}}
    sub_item: int | None = None
    # How sure the recogniser is of this row (0…1) and why it is less than sure
    # ("OCR row", "lead guessed from the heading", "fallback layout", …): shown in the preview.
    confidence: float = 1.0
    reasons: list[str] = field(default_factory=list)
    ocr: bool = False


@dataclass
class RawProgramme:
    layout: str
    title: str
    kind: str
    period_start: date
    period_end: date
    decision_number: str = ""
    items: list[RawItem] = field(default_factory=list)
    legend: dict[str, str] = field(default_factory=dict)
    warnings: list[Warning] = field(default_factory=list)


@dataclass
class Indicator:
    name: str
    measure: str | None
    target: Decimal | None

    def as_json(self) -> dict:
        target = None
        if self.target is not None:
            target = (
                int(self.target) if self.target == self.target.to_integral_value() else float(self.target)
            )
        return {"name": self.name, "measure": self.measure, "target": target}


@dataclass
class ImportedItem:
    """An item as it will be written: units resolved (to the caller's unit keys), due parsed."""

    position: int
    ref: str | None
    section: str | None
    content: str
    lead_units: list = field(default_factory=list)  # UnitRef
    coordinating_units: list = field(default_factory=list)
    lead_text: str = ""
    coordinating_text: str = ""
    leader: str | None = None
    leader_key: object = None
    due_text: str | None = None
    due_date: date | None = None
    due_needs_review: bool = False
    recurrence: str | None = None
    is_key: bool = False
    is_cross_cutting: bool = False
    indicator: Indicator | None = None
    note: str = ""
    source_line: int | None = None
    unresolved: list[str] = field(default_factory=list)
    unresolved_lead: list[str] = field(default_factory=list)  # the part of `unresolved` printed as lead
    # 0…1 and the codes of why it is less (engine.importing.recognition.REASONS).
    confidence: float = 1.0
    reasons: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "ref": self.ref,
            "section": self.section,
            "content": self.content,
            "lead_units": [unit.name for unit in self.lead_units],
            "coordinating_units": [unit.name for unit in self.coordinating_units],
            "leader": self.leader,
            "due_text": self.due_text,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "recurrence": self.recurrence,
            "indicator": self.indicator.as_json() if self.indicator else None,
            "source_line": self.source_line,
            "confidence": self.confidence,
            "reasons": list(self.reasons),
        }


@dataclass
class ImportResult:
    source_name: str
    sha256: str
    encoding: str
    layout: str
    title: str
    kind: str
    period_start: date
    period_end: date
    decision_number: str
    items: list[ImportedItem]
    unresolved_units: list[str]
    warnings: list[Warning]
    legend: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "programme": {
                "title": self.title,
                "period_start": self.period_start.isoformat(),
                "period_end": self.period_end.isoformat(),
            },
            "items": [item.as_json() for item in self.items],
            "unresolved_units": self.unresolved_units,
            "warnings": [warning.as_json() for warning in self.warnings],
        }
