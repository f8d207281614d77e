"""The pure scoring rules at their boundaries (no database)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engine.exceptions import InvalidInput
from engine.scoring import DEFAULT_RULES, Grade, ItemFacts, RubricRules, excellent_cap, grade_for, score_items
from engine.scoring.compute import CapCheck

D = Decimal


def done(i, **kw):
    return ItemFacts(item_id=i, completed=True, **kw)


def test_grade_boundaries_at_89_99_and_90():
    assert grade_for(D("90")) == Grade.EXCELLENT
    assert grade_for(D("90.00")) == Grade.EXCELLENT
    assert grade_for(D("89.99")) == Grade.GOOD
    assert grade_for(D("70")) == Grade.GOOD
    assert grade_for(D("69.99")) == Grade.COMPLETED
    assert grade_for(D("50")) == Grade.COMPLETED
    assert grade_for(D("49.99")) == Grade.NOT_COMPLETED
    assert grade_for(None) is None


def test_no_items_in_the_period_is_not_scored():
    score = score_items([])
    assert score.assigned == 0 and score.score is None and score.grade is None
    assert score.to_dict()["score"] is None


def test_everything_on_time_scores_100():
    score = score_items([done(1), done(2)])
    assert score.score == D("100.00") and score.grade == Grade.EXCELLENT


def test_one_delay_deducts_a_quarter_of_that_items_timeliness_share():
    # 4 items, one late: timeliness = (3 + 0.75) / 4 = 93.75%; score = (100 + 100 + 93.75) / 3
    score = score_items([done(1), done(2), done(3), done(4, delays=1)])
    assert score.quantity_pct == D("100.00")
    assert score.timeliness_pct == D("93.75")
    assert score.score == D("97.92")


def test_waived_delay_deducts_nothing():
    waived = score_items([done(1, delays=2, waived=True)])
    not_waived = score_items([done(1, delays=2)])
    assert waived.timeliness_pct == D("100.00") and waived.score == D("100.00")
    assert not_waived.timeliness_pct == D("50.00")
    assert not_waived.score == D("83.33") and not_waived.grade == Grade.GOOD


def test_item_returned_twice_loses_half_its_quality_share_and_counts_once():
    score = score_items([done(1, returns=2)])
    assert score.assigned == 1 and score.completed == 1
    assert score.quality_pct == D("50.00")
    assert score.quantity_pct == D("100.00") and score.timeliness_pct == D("100.00")
    assert score.score == D("83.33")


def test_deductions_stop_at_zero():
    score = score_items([done(1, delays=7, returns=9)])
    assert score.quality_pct == D("0.00") and score.timeliness_pct == D("0.00")
    assert score.score == D("33.33")


def test_uncompleted_items_score_nothing_and_lower_every_criterion():
    score = score_items([done(1), ItemFacts(item_id=2, completed=False, delays=1)])
    assert score.score == D("50.00") and score.grade == Grade.COMPLETED


def test_score_just_below_90_is_good_and_at_90_is_excellent():
    # Timeliness only, so the score is the timeliness percentage; 4 of 10 late by one delay: 90%.
    rules = RubricRules(weight_quantity=D(0), weight_quality=D(0), weight_timeliness=D(1))
    at_90 = score_items([done(i) for i in range(6)] + [done(i, delays=1) for i in range(6, 10)], rules)
    assert at_90.score == D("90.00") and at_90.grade == Grade.EXCELLENT
    # 4004 of 10000 late: (5996 + 4004 × 0.75) / 10000 = 89.99%.
    below = score_items(
        [done(i) for i in range(5996)] + [done(i, delays=1) for i in range(5996, 10000)], rules
    )
    assert below.score == D("89.99") and below.grade == Grade.GOOD


def test_weights_and_deductions_come_from_the_rubric():
    rules = RubricRules(delay_deduction=D("0.5"))
    assert score_items([done(1, delays=1)], rules).timeliness_pct == D("50.00")


def test_excellent_share_is_flagged_not_cut():
    grades = [Grade.EXCELLENT] * 3 + [Grade.GOOD] * 7
    check = excellent_cap(grades)
    assert check.allowed == 2 and check.excellent == 3 and check.exceeded
    assert grades.count(Grade.EXCELLENT) == 3  # nothing changed
    assert not excellent_cap([Grade.EXCELLENT] + [Grade.GOOD] * 4).exceeded


def test_one_excellent_person_alone_or_in_a_small_group_is_not_over_the_cap():
    assert excellent_cap([Grade.EXCELLENT]) == CapCheck(excellent=1, allowed=1, exceeded=False)
    assert not excellent_cap([Grade.EXCELLENT, Grade.GOOD, Grade.COMPLETED]).exceeded
    assert excellent_cap([Grade.EXCELLENT, Grade.EXCELLENT]).exceeded  # two of two is over 20%
    assert excellent_cap([Grade.COMPLETED, Grade.NOT_COMPLETED, None]).allowed == 0
    assert excellent_cap([Grade.EXCELLENT] * 2 + [Grade.GOOD] * 8).allowed == 2  # 20% of 10


def test_rules_round_trip_and_validation_names_the_field():
    assert RubricRules.from_dict(DEFAULT_RULES.to_dict()) == DEFAULT_RULES
    with pytest.raises(InvalidInput) as error:
        RubricRules.from_dict({"delay_deduction": "abc"})
    assert "delay_deduction" in error.value.field_errors
    with pytest.raises(InvalidInput) as error:
        RubricRules.from_dict({"good_from": "95"})
    assert "excellent_from" in error.value.field_errors
    with pytest.raises(InvalidInput):
        RubricRules.from_dict({"surprise": 1})


@given(
    st.lists(
        st.tuples(st.booleans(), st.integers(0, 6), st.integers(0, 6), st.booleans()), min_size=1, max_size=40
    )
)
def test_score_is_within_0_100_and_independent_of_order(rows):
    facts = [ItemFacts(i, c, d, r, w) for i, (c, d, r, w) in enumerate(rows)]
    score = score_items(facts)
    assert D(0) <= score.score <= D(100)
    assert score_items(list(reversed(facts))) == score
