"""Pure scoring: item facts in, criteria percentages, a score out of 100 and a grade out.

No database here: the evaluation service gathers `ItemFacts` from the evidence and calls
these functions, so the arithmetic is tested at its boundaries without a database.
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from engine.scoring.rules import DEFAULT_RULES, Grade, RubricRules

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class ItemFacts:
    """What scoring needs to know about one assigned item in the period."""

    item_id: int
    completed: bool
    delays: int = 0  # deadlines missed (late completion, extensions asked after the deadline)
    returns: int = 0  # completion reports returned (failed quality assessments)
    waived: bool = False  # the delays have an objective cause (nguyên nhân khách quan)


@dataclass(frozen=True)
class ItemScore:
    """One item's contribution to each criterion, as a fraction of one item (0..1)."""

    quantity: Decimal
    quality: Decimal
    timeliness: Decimal


@dataclass(frozen=True)
class Score:
    assigned: int
    completed: int
    quantity_pct: Decimal | None
    quality_pct: Decimal | None
    timeliness_pct: Decimal | None
    score: Decimal | None  # None when nothing was assigned in the period: not scored
    grade: str | None

    def to_dict(self) -> dict:
        def text(value):
            return None if value is None else str(value)

        return {
            "assigned": self.assigned,
            "completed": self.completed,
            "quantity_pct": text(self.quantity_pct),
            "quality_pct": text(self.quality_pct),
            "timeliness_pct": text(self.timeliness_pct),
            "score": text(self.score),
            "grade": self.grade,
        }


def _deducted(count: int, fraction: Decimal) -> Decimal:
    return max(ZERO, ONE - fraction * count)


def score_item(facts: ItemFacts, rules: RubricRules = DEFAULT_RULES) -> ItemScore:
    if not facts.completed:
        return ItemScore(ZERO, ZERO, ZERO)
    delays = 0 if facts.waived else facts.delays
    return ItemScore(
        quantity=ONE,
        quality=_deducted(facts.returns, rules.return_deduction),
        timeliness=_deducted(delays, rules.delay_deduction),
    )


def _pct(total: Decimal, assigned: int) -> Decimal:
    return (total * HUNDRED / assigned).quantize(CENT, rounding=ROUND_HALF_UP)


def score_items(facts: Iterable[ItemFacts], rules: RubricRules = DEFAULT_RULES) -> Score:
    """The criteria as completed ÷ assigned, their weighted mean out of 100, and the grade."""
    shapes = Counter((f.completed, f.returns, 0 if f.waived else f.delays) for f in facts)
    return score_counts(shapes.items(), rules)


def score_counts(
    shapes: Iterable[tuple[tuple[bool, int, int], int]], rules: RubricRules = DEFAULT_RULES
) -> Score:
    """`score_items` from counts: ((completed, returns, delays not waived), number of items).

    Items of the same shape score the same, so a group is scored from how many items it
    has of each shape: what a GROUP BY in the database gives (engine.selectors.scoring_facts).
    """
    assigned = completed = 0
    quantity = quality = timeliness = ZERO
    for (done, returns, delays), count in shapes:
        if not count:
            continue
        part = score_item(ItemFacts(item_id=0, completed=done, delays=delays, returns=returns), rules)
        assigned += count
        completed += count if done else 0
        quantity += part.quantity * count
        quality += part.quality * count
        timeliness += part.timeliness * count
    if not assigned:
        return Score(0, 0, None, None, None, None, None)
    weights = rules.weight_quantity + rules.weight_quality + rules.weight_timeliness
    weighted = (
        quantity * rules.weight_quantity
        + quality * rules.weight_quality
        + timeliness * rules.weight_timeliness
    )
    # Round once, at the end, so the score does not depend on the order of the items.
    score = (weighted * HUNDRED / (weights * assigned)).quantize(CENT, rounding=ROUND_HALF_UP)
    return Score(
        assigned=assigned,
        completed=completed,
        quantity_pct=_pct(quantity, assigned),
        quality_pct=_pct(quality, assigned),
        timeliness_pct=_pct(timeliness, assigned),
        score=score,
        grade=grade_for(score, rules),
    )


def grade_for(score: Decimal | None, rules: RubricRules = DEFAULT_RULES) -> str | None:
    if score is None:
        return None
    if score >= rules.excellent_from:
        return Grade.EXCELLENT
    if score >= rules.good_from:
        return Grade.GOOD
    if score >= rules.completed_from:
        return Grade.COMPLETED
    return Grade.NOT_COMPLETED


@dataclass(frozen=True)
class CapCheck:
    excellent: int
    allowed: int
    exceeded: bool


def excellent_cap(grades: Sequence[str | None], rules: RubricRules = DEFAULT_RULES) -> CapCheck:
    """How many "excellent" grades the cap allows among these; flags, never changes a grade.

    The share (20% by default) of those graded good or better, rounded down, but never
    fewer than one where anyone is graded good or better: the decree caps a proportion and
    says nothing of a fraction of a person, and a group of fewer than five people (or one
    person alone) may still have its one excellent member without a warning.
    """
    excellent = sum(1 for g in grades if g == Grade.EXCELLENT)
    good_or_better = sum(1 for g in grades if g in (Grade.EXCELLENT, Grade.GOOD))
    allowed = int((rules.excellent_cap_ratio * good_or_better).to_integral_value(rounding=ROUND_FLOOR))
    if good_or_better and rules.excellent_cap_ratio > 0:
        allowed = max(1, allowed)
    return CapCheck(excellent=excellent, allowed=allowed, exceeded=excellent > allowed)
