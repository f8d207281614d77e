"""The recognisers' contract: what a recogniser is given and what it answers.

Every recogniser (engine/importing/layouts/…) is a function `(Context) -> Recognised | None`.
`engine.importing.build.recognise` runs those that apply and keeps the best-supported answer;
`support` is how much of the document the reading explains (0…1), so a layout that reads
three rows of a forty-task plan loses to one that reads forty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from engine.importing.model import RawItem, Warning


@dataclass
class Context:
    document: object  # engine.importing.readers.Document (lines and blocks)
    resolver: object  # engine.importing.units.UnitResolver
    leaders: Sequence = ()  # engine.importing.leaders.LeaderRef
    period: object = None  # engine.importing.period.Period
    year: int | None = None


@dataclass
class Recognised:
    layout: str
    items: list[RawItem]
    warnings: list[Warning] = field(default_factory=list)
    legend: dict[str, str] = field(default_factory=dict)
    support: float = 0.0
