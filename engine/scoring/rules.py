"""The scoring rubric as a plain value, with the default modelled on Nghị định 335/2025/NĐ-CP.

Nghị định 335/2025/NĐ-CP (in force 01/01/2026) scores task results per period on three
criteria, each a percentage of completed over assigned work: quantity (completed),
quality (completed and meeting the requirements: every assessment that fails deducts 25%
of that item's quality share) and timeliness (completed on time: every delay deducts 25%
of that item's timeliness share), a failure or delay with an objective cause confirmed by
the competent person deducting nothing. The score out of 100 is the weighted mean of the
three criteria (equal weights by default). Grades: ≥ 90 excellent, 70–<90 good, 50–<70
completed, < 50 not completed; the share of "excellent" is capped (20% of those graded
good or better by default) — a cap the board is told about, never applied silently.

An organisation's rubric is stored as versioned rows (`engine.models.Rubric`) whose
`rules` JSON is `RubricRules.to_dict()`; `RubricRules.from_dict` validates it and names
the field that is wrong.
"""

from dataclasses import asdict, dataclass, fields
from decimal import Decimal, InvalidOperation

from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from engine.exceptions import InvalidInput


class Grade(models.TextChoices):
    EXCELLENT = "excellent", gettext_lazy("Tasks completed excellently")
    GOOD = "good", gettext_lazy("Tasks completed well")
    COMPLETED = "completed", gettext_lazy("Tasks completed")
    NOT_COMPLETED = "not_completed", gettext_lazy("Tasks not completed")


@dataclass(frozen=True)
class RubricRules:
    weight_quantity: Decimal = Decimal("1")
    weight_quality: Decimal = Decimal("1")
    weight_timeliness: Decimal = Decimal("1")
    # Fraction of an item's timeliness share lost per delay not waived.
    delay_deduction: Decimal = Decimal("0.25")
    # Fraction of an item's quality share lost per failed assessment (a returned report).
    return_deduction: Decimal = Decimal("0.25")
    excellent_from: Decimal = Decimal("90")
    good_from: Decimal = Decimal("70")
    completed_from: Decimal = Decimal("50")
    # At most this fraction of those graded good or better may be graded excellent.
    excellent_cap_ratio: Decimal = Decimal("0.20")
    basis: str = "Nghị định 335/2025/NĐ-CP"

    DECIMAL_FIELDS = (
        "weight_quantity",
        "weight_quality",
        "weight_timeliness",
        "delay_deduction",
        "return_deduction",
        "excellent_from",
        "good_from",
        "completed_from",
        "excellent_cap_ratio",
    )

    def to_dict(self) -> dict:
        data = asdict(self)
        return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in data.items()}

    @classmethod
    def from_dict(cls, data: dict) -> "RubricRules":
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            message = _("Unknown rubric fields: %s") % ", ".join(sorted(unknown))
            raise InvalidInput(message, field_errors={sorted(unknown)[0]: [message]})
        values = {}
        for name in cls.DECIMAL_FIELDS:
            if name not in data:
                continue
            try:
                number = Decimal(str(data[name]).replace(",", "."))
            except InvalidOperation:
                number = None
            if number is None or not number.is_finite() or number < 0:
                message = _("Enter a number that is zero or more.")
                raise InvalidInput(message, field_errors={name: [message]})
            values[name] = number
        if "basis" in data:
            values["basis"] = str(data["basis"])[:200]
        rules = cls(**values)
        rules.validate()
        return rules

    def validate(self) -> None:
        def bad(name: str, message: str):
            raise InvalidInput(message, field_errors={name: [message]})

        if self.weight_quantity + self.weight_quality + self.weight_timeliness <= 0:
            bad("weight_quantity", _("At least one criterion must have a weight above zero."))
        for name in ("delay_deduction", "return_deduction", "excellent_cap_ratio"):
            if getattr(self, name) > 1:
                bad(name, _("Enter a fraction between 0 and 1."))
        if not (Decimal(0) <= self.completed_from <= self.good_from <= self.excellent_from <= Decimal(100)):
            bad(
                "excellent_from",
                _("Grade thresholds must rise from “completed” to “excellent”, within 0–100."),
            )


DEFAULT_RULES = RubricRules()
