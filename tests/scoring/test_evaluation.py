"""Evaluations: counts per unit and person from the evidence, rubric versions, freeze, determinism."""

from datetime import date, datetime
from decimal import Decimal

import pytest
import time_machine
from django.utils import timezone

from engine.exceptions import ActionNotAllowed, InvalidInput, InvalidTransition
from engine.models import Evaluation, Rubric
from engine.scoring import DEFAULT_RULES, Grade
from engine.scoring.periods import period_of
from engine.services import work_items as svc
from engine.services.scoring import evaluation_compute, evaluation_freeze, rubric_current, rubric_save
from engine.services.waivers import delay_waiver_grant
from tests.factories import advance

pytestmark = pytest.mark.django_db
MARCH = period_of("month", 2026, 3)
Q1 = period_of("quarter", 2026, 1)


def at(day: str, hour: int = 9):
    return time_machine.travel(
        timezone.make_aware(datetime.fromisoformat(f"{day}T{hour:02d}:00")), tick=False
    )


def scenario(world):
    """Four March items of unit A: on time, late (waived), returned twice then accepted, overdue."""
    with at("2026-02-02"):
        on_time = world.item_in("in_progress", content="Đúng hạn", due=date(2026, 3, 20))
        late = world.item_in("in_progress", content="Trễ hạn", due=date(2026, 3, 10))
        returned = world.item_in("in_progress", content="Trả lại", due=date(2026, 3, 25))
        overdue = world.item_in("in_progress", content="Quá hạn", due=date(2026, 3, 16))
        on_time = svc.work_item_delegate(item=on_time, actor=world.head_a, assignee=world.staff_a)
    with at("2026-03-18"):
        advance(world, svc.work_item_report(item=on_time, actor=world.head_a, text="Xong."), "accept")
        late = svc.work_item_report(item=late, actor=world.head_a, text="Xong muộn.")
        advance(world, late, "accept")
        returned = svc.work_item_report(item=returned, actor=world.head_a, text="Lần 1.")
        returned = advance(world, returned, "return")
        returned = svc.work_item_report(item=returned, actor=world.head_a, text="Lần 2.")
        returned = advance(world, returned, "return")
        returned = svc.work_item_report(item=returned, actor=world.head_a, text="Lần 3.")
        advance(world, returned, "accept")
    with at("2026-03-20"):
        delay_waiver_grant(item=late, actor=world.inspectorate, reason="Chờ văn bản của Bộ.")
    for item in (on_time, late, returned, overdue):
        item.refresh_from_db()
    return on_time, late, returned, overdue


def test_counts_scores_and_evidence_of_a_month(world):
    _on_time, late, returned, overdue = scenario(world)
    with at("2026-04-05"):
        evaluation = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
    result = evaluation.result
    assert evaluation.as_of == date(2026, 3, 31)
    unit = next(u for u in result["units"] if u["id"] == world.unit_a.pk)
    assert unit["counts"] == {
        "assigned": 4,
        "on_time": 2,
        "late": 1,
        "overdue": 1,
        "pending": 0,
        "returned": 1,
        "waived": 1,
        "indicator": 0,
    }
    assert unit["returns_total"] == 2
    assert unit["item_ids"]["late"] == [late.pk] and unit["item_ids"]["overdue"] == [overdue.pk]
    # quantity 3/4, quality (1 + 1 + 0.5)/4, timeliness 3/4 (the late one is waived)
    assert unit["score"]["quantity_pct"] == "75.00"
    assert unit["score"]["quality_pct"] == "62.50"
    assert unit["score"]["timeliness_pct"] == "75.00"
    assert unit["score"]["score"] == "70.83" and unit["score"]["grade"] == Grade.GOOD
    evidence = result["items"][str(returned.pk)]
    assert [r["reason"] for r in evidence["returns"]] == ["Thiếu minh chứng.", "Thiếu minh chứng."]
    assert evidence["returns"][0]["by"] == str(world.director)
    assert evidence["acceptance"]["by"] == str(world.director)
    assert len(evidence["reports"]) == 3
    assert result["items"][str(late.pk)]["waiver"]["reason"] == "Chờ văn bản của Bộ."
    assert result["items"][str(overdue.pk)]["days_late"] > 0
    person = next(p for p in result["people"] if p["id"] == world.staff_a.pk)
    assert person["counts"]["assigned"] == 1 and person["score"]["score"] == "100.00"


def test_a_waiver_raises_the_timeliness_score(world):
    with at("2026-02-02"):
        item = world.item_in("in_progress", due=date(2026, 3, 10))
    with at("2026-03-18"):
        advance(world, svc.work_item_report(item=item, actor=world.head_a, text="Xong."), "accept")
    with at("2026-04-02"):
        before = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
        assert before.result["total"]["score"]["timeliness_pct"] == "75.00"
        delay_waiver_grant(item=item, actor=world.director, reason="Sự cố mất điện diện rộng.")
        after = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
    assert after.pk == before.pk
    assert after.result["total"]["score"]["timeliness_pct"] == "100.00"


def test_no_items_in_the_period(world):
    with at("2026-04-02"):
        evaluation = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
    assert evaluation.result["total"]["score"]["score"] is None
    assert evaluation.result["units"] == [] and evaluation.result["people"] == []


def test_recomputing_an_open_evaluation_gives_the_same_result(world):
    scenario(world)
    with at("2026-04-05"):
        first = evaluation_compute(organisation=world.org, actor=world.evaluator, period=Q1)
        digest, result = first.result_sha256, first.result
    with at("2026-04-06"):
        second = evaluation_compute(organisation=world.org, actor=world.director, period=Q1)
    assert second.result_sha256 == digest and second.result == result


def test_frozen_evaluation_is_a_snapshot_with_its_rubric_version(world):
    on_time, *_ = scenario(world)
    with at("2026-04-05"):
        evaluation = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
        evaluation_freeze(evaluation=evaluation, actor=world.evaluator)
        rubric_save(
            organisation=world.org, actor=world.evaluator, rules={"delay_deduction": "0.5"}, note="Chặt hơn."
        )
        svc.work_item_reopen(item=on_time, actor=world.director, reason="Cần bổ sung.")
        with pytest.raises(InvalidTransition):
            evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
        with pytest.raises(InvalidTransition):
            evaluation_freeze(evaluation=evaluation, actor=world.evaluator)
    evaluation.refresh_from_db()
    assert evaluation.is_frozen and evaluation.rubric.version == 1
    assert evaluation.result["total"]["counts"]["on_time"] == 2
    assert evaluation.result["rubric_version"] == 1


def test_editing_the_rubric_creates_a_new_version(world):
    first = rubric_current(world.org)
    assert first.version == 1 and first.parsed == DEFAULT_RULES
    second = rubric_save(organisation=world.org, actor=world.director, rules={"good_from": "75"}, note="Sửa.")
    assert second.version == 2 and second.parsed.good_from == Decimal("75")
    assert rubric_current(world.org) == second
    first.refresh_from_db()
    assert first.parsed == DEFAULT_RULES
    with pytest.raises(ValueError):
        first.save()
    assert Rubric.objects.filter(organisation=world.org).count() == 2
    assert rubric_current(world.other_org).version == 1


def test_rubric_with_a_bad_field_is_refused_and_names_it(world):
    with pytest.raises(InvalidInput) as error:
        rubric_save(organisation=world.org, actor=world.evaluator, rules={"delay_deduction": "2"})
    assert "delay_deduction" in error.value.field_errors


@pytest.mark.parametrize("role", ["inspectorate", "secretariat", "deputy", "head_a", "evaluator_x"])
def test_only_evaluators_and_the_director_compute_or_edit(world, role):
    actor = getattr(world, role)
    with pytest.raises(ActionNotAllowed):
        evaluation_compute(organisation=world.org, actor=actor, period=MARCH)
    with pytest.raises(ActionNotAllowed):
        rubric_save(organisation=world.org, actor=actor, rules={})
    assert not Evaluation.objects.exists()
