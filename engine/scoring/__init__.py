"""Scoring (thi đua): the rubric as plain data and the pure functions that apply it."""

from engine.scoring.compute import (
    CapCheck,
    ItemFacts,
    ItemScore,
    Score,
    excellent_cap,
    grade_for,
    score_counts,
    score_item,
    score_items,
)
from engine.scoring.rules import DEFAULT_RULES, Grade, RubricRules

__all__ = [
    "DEFAULT_RULES",
    "CapCheck",
    "Grade",
    "ItemFacts",
    "ItemScore",
    "RubricRules",
    "Score",
    "excellent_cap",
    "grade_for",
    "score_counts",
    "score_item",
    "score_items",
]
