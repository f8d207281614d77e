"""Indicator attainment: over the scored items with a target; not-yet-due items do not count yet."""

from engine.scoring.evaluation import _group, group_from_counts, item_tags
from engine.scoring.rules import DEFAULT_RULES


def _row(i, outcome, target, actual):
    evidence = {
        "id": i,
        "outcome": outcome,
        "delays": 0,
        "returns": [],
        "waiver": None,
        "indicator_target": target,
        "indicator_actual": actual,
    }
    return {**evidence, "tags": item_tags(evidence)}


def test_attainment_leaves_out_items_not_yet_due_and_counts_a_missing_figure_due_as_zero():
    rows = [
        _row(1, "on_time", "4", "4"),  # 100 %
        _row(2, "overdue", "10", None),  # due, nothing reported: 0 %
        _row(3, "pending", "5", None),  # not yet due: not counted
    ]
    assert _group(rows, DEFAULT_RULES)["attainment"] == {"items": 2, "pct": "50.00"}
    counted = group_from_counts(
        [
            {"outcome": o, "returns": 0, "delays": 0, "waived": False, "has_indicator": True, "n": 1}
            for o in ("on_time", "overdue", "pending")
        ],
        [
            {"indicator_target": "4", "indicator_actual": "4", "n": 1},
            {"indicator_target": "10", "indicator_actual": "", "n": 1},
        ],
        DEFAULT_RULES,
    )
    assert counted["attainment"] == {"items": 2, "pct": "50.00"}
