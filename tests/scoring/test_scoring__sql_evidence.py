"""The set-based recompute (PostgreSQL) writes the same items as the Python reference, and the
incremental recompute the same facts as a full one, in a number of statements that does not
grow with the items.

`engine.selectors.scoring_evidence.evaluation_evidence` (Python, item by item) is the
reference; `engine.selectors.scoring_evidence_sql` writes each item's outcome, columns and
evidence document in one INSERT … SELECT. They are compared item by item, document by
document, at every cut-off day across the transitions of a varied fixture (on time, late,
overdue, extended after its deadline, waived and revoked, returned before and after the
cut-off, reopened, shared by two units, imported as accepted, with attachments, indicators).
"""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from engine.models import AuditEvent, Evaluation, EvaluationItem, ScoreFact, WorkItem
from engine.scoring.evaluation import item_tags
from engine.scoring.periods import period_of
from engine.selectors.scoring_evidence import evaluation_evidence
from engine.selectors.scoring_facts import shapes_of
from engine.services import work_items as svc
from engine.services.scoring import evaluation_compute
from engine.services.waivers import delay_waiver_grant, delay_waiver_revoke
from tests.factories import advance, build_world
from tests.oversight.scenario import at
from tests.scoring.test_scoring__stored_facts import mixed

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the set-based recompute is PostgreSQL's"),
]
MARCH = period_of("month", 2026, 3)
NO_SHRINK = (Phase.explicit, Phase.reuse, Phase.generate)  # a failing example is printed as found
Q1 = period_of("quarter", 2026, 1)


def varied(world) -> dict:
    """`mixed` (both scoring scenarios, a shared item, indicators, not yet due) and the
    transitions that straddle a cut-off: reopened then accepted again in April, returned on
    2 April after a report in time, a waiver revoked, an item imported as accepted, one cancelled."""
    mixed(world)
    with at("2026-03-02"):
        reopened = world.item_in("in_progress", content="Mở lại", due=date(2026, 3, 22))
        returned_later = world.item_in("in_progress", content="Trả lại sau chốt", due=date(2026, 3, 30))
        revoked = world.item_in("in_progress", content="Thu hồi lý do", due=date(2026, 3, 9))
        imported = world.item_in("in_progress", content="Nhập đã nghiệm thu", due=date(2026, 3, 11))
        cancelled = world.item_in("in_progress", content="Huỷ", due=date(2026, 3, 13))
    with at("2026-03-10"):
        reopened = advance(world, advance(world, reopened, "report"), "accept")
    with at("2026-03-12"):
        revoked = advance(world, advance(world, revoked, "report"), "accept")
        waiver = delay_waiver_grant(item=revoked, actor=world.inspectorate, reason="Chờ số liệu.")
        advance(world, cancelled, "cancel")
    with at("2026-03-20"):
        reopened = advance(world, reopened, "reopen")
        delay_waiver_revoke(waiver=waiver, actor=world.inspectorate, reason="Không đủ căn cứ.")
    with at("2026-03-25"):
        reopened = advance(world, reopened, "report")
    with at("2026-03-28"):
        returned_later = advance(world, returned_later, "report")
    with at("2026-04-02"):
        advance(world, returned_later, "return")
    with at("2026-04-05"):
        advance(world, reopened, "accept")
    # Imported as accepted: no events, no report rows, only the timestamps (as an import writes them).
    WorkItem.objects.filter(pk=imported.pk).update(
        state=WorkItem.State.ACCEPTED,
        reported_at=imported.started_at + timedelta(days=6),
        accepted_at=imported.started_at + timedelta(days=8),
        indicator_name="Số văn bản",
        indicator_target=Decimal("12.50"),
        indicator_actual=Decimal("10"),
    )
    return {"reopened": reopened, "returned_later": returned_later, "revoked": revoked}


def _stored(evaluation: Evaluation) -> dict[int, tuple[dict, dict, list[int]]]:
    rows = {}
    for row in EvaluationItem.objects.filter(evaluation=evaluation).values():
        columns = {k: row[k] for k in shapes_of(row["evidence"])}
        rows[row["work_item_id"]] = (columns, row["evidence"], row["lead_unit_ids"])
    return rows


def assert_same_as_reference(world, period, as_of: date) -> Evaluation:
    """Compute set-based at `as_of` and compare every item with the Python reference."""
    evaluation = evaluation_compute(
        organisation=world.org, actor=world.evaluator, period=period, as_of=as_of, full=True
    )
    reference = {
        row["id"]: {**row, "tags": item_tags(row)}
        for row in evaluation_evidence(world.org.pk, period.start, period.end, as_of)
    }
    stored = _stored(evaluation)
    assert stored.keys() == reference.keys()
    for item_id, expected in reference.items():
        columns, document, units = stored[item_id]
        assert document == expected, (as_of, item_id)
        assert columns == shapes_of(expected)
        assert units == expected["lead_unit_ids"]
    return evaluation


def test_every_cut_off_day_gives_the_reference_items(world):
    varied(world)
    outcomes, classes, later = set(), set(), 0
    with at("2026-04-20"):
        for offset in range(0, 52):  # 1 March to 21 April: every transition on both sides of the cut-off
            as_of = date(2026, 3, 1) + timedelta(days=offset)
            for period in (MARCH, Q1):
                evaluation = assert_same_as_reference(world, period, as_of)
                documents = EvaluationItem.objects.filter(evaluation=evaluation).values_list(
                    "evidence", flat=True
                )
                for document in documents:
                    outcomes.add(document["outcome"])
                    classes.add(document["status_class"])
                    later += bool(document["accepted_later"])
    # The fixture exercised every outcome and status class, and acceptances after a cut-off.
    assert outcomes == {"on_time", "late", "overdue", "pending"}
    assert len(classes) == 7 and later


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), phases=NO_SHRINK)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 40),  # deadline, days after 1 March
            st.sampled_from(["none", "report", "accept", "return", "reopen", "extend", "waive"]),
            st.integers(-6, 12),  # when it happens, days from the deadline
            st.booleans(),  # a second lead unit
        ),
        min_size=1,
        max_size=6,
    ),
    st.integers(0, 60),
)
def test_generated_histories_give_the_reference_items(db, histories, cut_off):
    with transaction.atomic():  # each example in its own savepoint, rolled back
        world = build_world()
        for n, (due_day, action, when, shared) in enumerate(histories):
            due = date(2026, 3, 1) + timedelta(days=due_day)
            with at("2026-02-20"):
                item = world.item(content=f"Sinh {n}", due=due)
                if shared:
                    item = svc.work_item_update(
                        item=item, actor=world.secretariat, data={}, lead_units=[world.unit_a, world.unit_c]
                    )
                item = advance(world, advance(world, item, "assign"), "start")
            _act(world, item, action, max(due + timedelta(days=when), date(2026, 2, 21)))
        with at("2026-06-01"):
            assert_same_as_reference(world, Q1, date(2026, 3, 1) + timedelta(days=cut_off))
        transaction.set_rollback(True)


def _act(world, item, action: str, day: date) -> None:
    with at(day.isoformat()):
        if action == "none":
            return
        if action == "extend":
            svc.work_item_extend_deadline(
                item=item,
                actor=world.director,
                new_due_date=item.due_date + timedelta(days=9),
                reason="Gia hạn.",
            )
            return
        item = advance(world, item, "report")
        if action in ("accept", "reopen", "waive"):
            item = advance(world, item, "accept")
        if action == "waive":
            delay_waiver_grant(item=item, actor=world.inspectorate, reason="Khách quan.")
        if action == "return":
            advance(world, item, "return")
    if action == "reopen":
        with at((day + timedelta(days=3)).isoformat()):
            item = advance(world, item, "reopen")
            advance(world, item, "report")


def _facts(evaluation: Evaluation) -> tuple[list, list, str]:
    facts = list(
        ScoreFact.objects.filter(evaluation=evaluation)
        .order_by("kind", "position")
        .values(
            "kind",
            "subject_id",
            "name",
            "counts",
            "score",
            "grade",
            "assigned",
            "completed",
            "attainment_pct",
        )
    )
    items = [
        (work_item_id, document, sorted(units))
        for work_item_id, (_columns, document, units) in sorted(_stored(evaluation).items())
    ]
    evaluation.refresh_from_db()
    return facts, items, evaluation.result_sha256


def test_incremental_recompute_gives_the_facts_of_a_full_one(world):
    items = varied(world)
    with at("2026-04-06"):
        first = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
        total = first.items.count()
        assert first.recompute_marks["incremental"] is False
    with at("2026-04-08"):
        # Nothing changed: nothing is re-read, and the facts and the hash stay.
        before = _facts(first)
        again = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
        assert again.recompute_marks["incremental"] and again.recompute_marks["items_written"] == 0
        assert _facts(again) == before
    with at("2026-04-09"):
        # Changes that move an item out of the period, bring one in, and change evidence.
        svc.work_item_extend_deadline(
            item=WorkItem.objects.get(pk=items["returned_later"].pk),
            actor=world.director,
            new_due_date=date(2026, 4, 3),
            reason="Dời sang tháng 4.",
        )
        world.item_in("in_progress", content="Mới trong tháng 3", due=date(2026, 3, 3))
        overdue = WorkItem.objects.filter(organisation=world.org, content="Quá hạn chưa xong").get()
        advance(world, advance(world, overdue, "report"), "accept")
        changed = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
        marks = changed.recompute_marks
        assert marks["incremental"] and 0 < marks["items_written"] <= 3
        assert changed.items.count() == total  # one out, one in
        # The audited item count of an incremental run (kept + written) is the items stored.
        audited = AuditEvent.objects.filter(verb="evaluation.compute").order_by("-seq").first()
        assert audited.changes["items"] == total
        incremental = _facts(changed)
        full = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH, full=True)
        assert full.recompute_marks["incremental"] is False
        assert _facts(full) == incremental
    with at("2026-04-10"):
        # Another cut-off is a full recompute: days late change with it.
        other = evaluation_compute(
            organisation=world.org, actor=world.evaluator, period=MARCH, as_of=date(2026, 3, 30)
        )
        assert other.recompute_marks["incremental"] is False


def _statements(world, **kwargs) -> int:
    with CaptureQueriesContext(connection) as captured:
        evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH, **kwargs)
    return len(captured)


def test_recompute_statements_do_not_grow_with_the_items(world):
    varied(world)
    with at("2026-04-06"):
        _statements(world)  # the first computation saves the default rubric and the evaluation
        full_small = _statements(world, full=True)
        incremental_small = _statements(world)
    with at("2026-04-07"):
        for n in range(30):
            world.item_in("in_progress", content=f"Thêm {n}", due=date(2026, 3, 1) + timedelta(days=n))
    with at("2026-04-08"):
        incremental_large = _statements(world)
        full_large = _statements(world, full=True)
    assert Evaluation.objects.get().items.count() > 45
    assert full_large == full_small and incremental_large == incremental_small
    assert full_small <= 31  # 30: the set-based statements, six GROUP BYs, the evaluation, the audit
