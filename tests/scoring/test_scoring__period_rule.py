"""The period rule on two timelines: a year run on time, and a 2025 programme caught up in 2026.

An item belongs to the period its current deadline falls in; at the cut-off an item not yet
due (or reported in time, awaiting acceptance) is listed but not scored; past due and not
accepted counts as not completed; accepted late counts in its own period as late; an
acceptance after the cut-off is shown as such and changes nothing in the period.
"""

from datetime import date

import pytest

from engine.models import Programme
from engine.scoring.periods import period_of
from engine.services import work_items as svc
from engine.services.programmes import programme_create, work_item_create
from engine.services.scoring import evaluation_compute
from tests.factories import advance
from tests.oversight.scenario import at

pytestmark = pytest.mark.django_db
Q1_2026 = period_of("quarter", 2026, 1)
Q2_2026 = period_of("quarter", 2026, 2)
YEAR_2025 = period_of("year", 2025)
YEAR_2026 = period_of("year", 2026)


def unit_a(evaluation, world):
    return next(u for u in evaluation.result["units"] if u["id"] == world.unit_a.pk)


def report(world, item, text="Xong."):
    return svc.work_item_report(item=item, actor=world.head_a, text=text)


def same_year(world):
    """Unit A's first quarter of 2026, each item dated as it happened."""
    with at("2026-01-05"):
        on_time = world.item_in("in_progress", content="Đúng hạn", due=date(2026, 3, 10))
        late = world.item_in("in_progress", content="Trễ hạn", due=date(2026, 3, 10))
        overdue = world.item_in("in_progress", content="Quá hạn", due=date(2026, 3, 16))
        waiting = world.item_in("in_progress", content="Chờ nghiệm thu", due=date(2026, 3, 25))
        reported_late = world.item_in("in_progress", content="Báo cáo trễ", due=date(2026, 3, 5))
        extended = world.item_in("in_progress", content="Gia hạn sang quý II", due=date(2026, 3, 20))
        never_started = world.item_in("assigned", content="Chưa bắt đầu", due=date(2026, 3, 27))
    with at("2026-03-09"):
        on_time = report(world, on_time)
    with at("2026-03-12"):
        advance(world, on_time, "accept")  # reported the day before the deadline, accepted two days after
    with at("2026-03-15"):
        extended = svc.work_item_extend_deadline(
            item=extended, actor=world.director, new_due_date=date(2026, 4, 20), reason="Chờ ý kiến của Bộ."
        )
    with at("2026-03-20"):
        advance(world, report(world, late), "accept")
    with at("2026-03-24"):
        waiting = report(world, waiting)
    with at("2026-03-31"):
        report(world, reported_late)
    with at("2026-04-02"):
        advance(world, waiting, "accept")  # after the cut-off of Q1
    return {
        "on_time": on_time,
        "late": late,
        "overdue": overdue,
        "waiting": waiting,
        "reported_late": reported_late,
        "extended": extended,
        "never_started": never_started,
    }


def test_same_year_quarter_counts_each_item_by_its_state_at_the_cut_off(world):
    items = same_year(world)
    with at("2026-04-10"):
        evaluation = evaluation_compute(organisation=world.org, actor=world.evaluator, period=Q1_2026)
    unit = unit_a(evaluation, world)
    ids = {name: item.pk for name, item in items.items()}
    assert set(unit["item_ids"]["assigned"]) == set(ids.values()) - {ids["extended"]}  # now due in Q2
    assert unit["item_ids"]["on_time"] == [ids["on_time"]]
    assert unit["item_ids"]["late"] == [ids["late"]]
    # Past due and not accepted, started or not, reported late or not: not completed.
    assert sorted(unit["item_ids"]["overdue"]) == sorted(
        [ids["overdue"], ids["reported_late"], ids["never_started"]]
    )
    assert unit["item_ids"]["pending"] == [ids["waiting"]]
    evidence = evaluation.result["items"]
    assert evidence[str(ids["waiting"])]["status_class"] == "reported_on_time"
    assert evidence[str(ids["waiting"])]["acceptance"] is None
    assert evidence[str(ids["waiting"])]["accepted_later"]["at"].startswith("2026-04-02")
    assert evidence[str(ids["reported_late"])]["status_class"] == "reported_late"
    assert evidence[str(ids["never_started"])]["status_class"] == "in_progress_overdue"
    assert evidence[str(ids["late"])]["status_class"] == "completed_late"
    # Five scored items (the one awaiting acceptance is not), two of them completed.
    assert unit["score"]["assigned"] == 5 and unit["score"]["completed"] == 2
    assert unit["score"]["quantity_pct"] == "40.00"


def test_items_not_yet_due_at_the_cut_off_are_not_counted_against_anyone(world):
    items = same_year(world)
    with at("2026-03-13"):
        evaluation = evaluation_compute(organisation=world.org, actor=world.evaluator, period=Q1_2026)
    assert evaluation.as_of == date(2026, 3, 13)
    unit = unit_a(evaluation, world)
    # On 13/03 only the on-time item is done, the late one is past due; the rest are not due yet.
    assert unit["item_ids"]["on_time"] == [items["on_time"].pk]
    assert sorted(unit["item_ids"]["overdue"]) == sorted([items["late"].pk, items["reported_late"].pk])
    assert unit["counts"]["pending"] == 3  # the item extended to 20/04 is no longer in Q1
    assert unit["score"]["assigned"] == 3 and unit["score"]["quantity_pct"] == "33.33"
    status = evaluation.result["items"][str(items["never_started"].pk)]["status_class"]
    assert status == "not_yet_due"


def test_the_extended_item_counts_in_the_period_of_its_new_deadline(world):
    items = same_year(world)
    with at("2026-04-21"):
        advance(world, report(world, items["extended"]), "accept")
    with at("2026-07-05"):
        evaluation = evaluation_compute(organisation=world.org, actor=world.evaluator, period=Q2_2026)
    unit = unit_a(evaluation, world)
    assert unit["item_ids"]["late"] == [items["extended"].pk]  # reported 21/04 for 20/04
    assert unit["counts"]["assigned"] == 1


def late_catch_up(world):
    """A 2025 programme approved and worked through only in 2026."""
    with at("2026-01-12"):
        programme = programme_create(
            organisation=world.org,
            actor=world.secretariat,
            title="Chương trình công tác năm 2025",
            kind=Programme.Kind.YEAR,
            period_start=date(2025, 1, 1),
            period_end=date(2025, 12, 31),
        )

        def item(content, due):
            created = work_item_create(
                programme=programme,
                actor=world.secretariat,
                content=content,
                lead_units=[world.unit_a],
                due_date=due,
                due_text="",
            )
            return advance(world, advance(world, created, "assign"), "start")

        accepted = item("Nghiệm thu năm 2026", date(2025, 6, 30))
        open_ = item("Vẫn chưa xong", date(2025, 11, 15))
        year_end = item("Hạn cuối năm", date(2025, 12, 31))
        moved = item("Gia hạn sang năm 2026", date(2025, 9, 30))
    with at("2026-01-20"):
        moved = svc.work_item_extend_deadline(
            item=moved, actor=world.director, new_due_date=date(2026, 2, 27), reason="Chuyển sang năm 2026."
        )
    with at("2026-02-05"):
        advance(world, report(world, accepted), "accept")
        advance(world, report(world, moved), "accept")
    return accepted, open_, year_end, moved


def test_a_2025_programme_caught_up_in_2026_is_scored_in_2025_as_it_stood(world):
    accepted, open_, year_end, _moved = late_catch_up(world)
    with at("2026-03-01"):
        evaluation = evaluation_compute(organisation=world.org, actor=world.evaluator, period=YEAR_2025)
    assert evaluation.as_of == date(2025, 12, 31)
    unit = unit_a(evaluation, world)
    assert sorted(unit["item_ids"]["assigned"]) == sorted([accepted.pk, open_.pk, year_end.pk])
    # Nothing was done by 31/12/2025: the two past items are not completed, the one due that
    # day is not yet late; the 2026 acceptance is shown but does not rewrite 2025.
    assert sorted(unit["item_ids"]["overdue"]) == sorted([accepted.pk, open_.pk])
    assert unit["item_ids"]["pending"] == [year_end.pk]
    later = evaluation.result["items"][str(accepted.pk)]
    assert later["acceptance"] is None and later["accepted_later"]["at"].startswith("2026-02-05")
    assert unit["score"]["assigned"] == 2 and unit["score"]["score"] == "0.00"


def test_the_same_items_seen_from_2026_hold_only_what_moved_into_2026(world):
    _accepted, _open, _year_end, moved = late_catch_up(world)
    with at("2026-03-01"):
        evaluation = evaluation_compute(organisation=world.org, actor=world.evaluator, period=YEAR_2026)
    unit = unit_a(evaluation, world)
    assert unit["item_ids"]["assigned"] == [moved.pk]
    assert unit["item_ids"]["on_time"] == [moved.pk]  # reported 05/02 for the extended 27/02
    assert unit["score"]["score"] is not None


def test_evidence_queries_do_not_grow_with_items(world, django_assert_max_num_queries):
    from engine.selectors.scoring_evidence import evaluation_evidence

    same_year(world)
    with django_assert_max_num_queries(8):
        rows = evaluation_evidence(world.org.pk, Q1_2026.start, Q1_2026.end, Q1_2026.end)
    assert len(rows) == 6
