"""Stored scoring facts: the SQL aggregation equals the item-by-item reference, the page reads
them in a fixed number of queries, recompute runs in the background with progress, frozen
facts do not move, and only the score keepers recompute."""

from collections import Counter
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from engine.exceptions import ActionNotAllowed, InvalidTransition
from engine.models import Evaluation, EvaluationItem, EvaluationRun, ScoreFact, WorkItem
from engine.scoring import DEFAULT_RULES
from engine.scoring.evaluation import _group, group_from_counts, item_tags
from engine.scoring.periods import period_of
from engine.services import work_items as svc
from engine.services.scoring import evaluation_compute, evaluation_freeze, evaluation_result, rubric_current
from engine.services.scoring_runs import evaluation_recompute_request, evaluation_run
from tests.factories import advance
from tests.oversight.scenario import at, build
from tests.scoring.test_evaluation import scenario

pytestmark = pytest.mark.django_db
MARCH = period_of("month", 2026, 3)
Q1 = period_of("quarter", 2026, 1)


def mixed(world):
    """Both scenarios (on time, late and waived, returned twice, overdue, extended after the
    deadline, another unit), plus indicators, an item led by two units, one without an
    assignee's unit in common, and items not yet due at a mid-March cut-off."""
    build(world)
    scenario(world)
    with at("2026-02-03"):
        shared = world.item(content="Hai đơn vị chủ trì", due=date(2026, 3, 12))
        shared = svc.work_item_update(
            item=shared, actor=world.secretariat, data={}, lead_units=[world.unit_a, world.unit_c]
        )
        shared = advance(world, advance(world, shared, "assign"), "start")
        indicator = world.item_in("in_progress", content="Chỉ tiêu", due=date(2026, 3, 27))
        zero = world.item_in("in_progress", content="Chỉ tiêu 0", due=date(2026, 3, 29))
        world.item_in("in_progress", content="Chưa đến hạn", due=date(2026, 3, 30))
    # Indicator figures are plain data, not state: set them as an import would.
    WorkItem.objects.filter(pk=indicator.pk).update(
        indicator_name="Số lớp", indicator_target=Decimal("3"), indicator_actual=Decimal("2")
    )
    WorkItem.objects.filter(pk=zero.pk).update(indicator_name="Tỷ lệ", indicator_target=Decimal("0"))
    with at("2026-03-26"):
        advance(world, advance(world, indicator, "report"), "accept")
        advance(world, svc.work_item_report(item=shared, actor=world.head_a, text="Xong."), "accept")


def _reference(evaluation: Evaluation) -> dict:
    period = period_of(evaluation.period_kind, evaluation.period_start.year, _number(evaluation))
    return evaluation_result(evaluation.organisation, period, evaluation.as_of, evaluation.rubric)


def _number(evaluation: Evaluation) -> int:
    months = {"month": 1, "quarter": 3, "half_year": 6, "year": 12}[evaluation.period_kind]
    return (evaluation.period_start.month - 1) // months + 1


@pytest.mark.parametrize(("period", "day"), [(MARCH, "2026-04-05"), (Q1, "2026-03-15")])
def test_sql_aggregation_equals_the_python_reference(world, period, day):
    mixed(world)
    with at(day):
        evaluation = evaluation_compute(organisation=world.org, actor=world.evaluator, period=period)
        reference = _reference(evaluation)
    stored = Evaluation.objects.get(pk=evaluation.pk).result
    assert stored["items"] == reference["items"] and len(stored["items"]) >= 10
    assert stored["total"] == reference["total"]
    assert stored["units"] == reference["units"] and len(stored["units"]) == 2
    assert stored["people"] == reference["people"]
    assert stored == reference
    outcomes = Counter(row["outcome"] for row in stored["items"].values())
    assert outcomes["overdue"] and outcomes["pending" if period == Q1 else "late"]


def test_attainment_and_shared_lead_units_are_counted_like_the_reference(world):
    mixed(world)
    with at("2026-04-05"):
        evaluation = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
    unit_c = ScoreFact.objects.get(evaluation=evaluation, kind="unit", subject_id=world.unit_c.pk)
    assert unit_c.counts["assigned"] == 2  # its own overdue item and the one it leads with A
    total = ScoreFact.objects.get(evaluation=evaluation, kind="total")
    assert (total.attainment_items, total.attainment_pct) == (1, Decimal("66.67"))  # the 0 target is skipped
    assert total.counts["indicator"] == 2


def test_an_indicator_not_yet_due_is_not_counted_in_the_stored_attainment(world):
    """At 15 March the 3-class target (due 27 March) has no result to count yet: not 0 %."""
    mixed(world)
    with at("2026-03-15"):
        evaluation = evaluation_compute(organisation=world.org, actor=world.evaluator, period=Q1)
    total = ScoreFact.objects.get(evaluation=evaluation, kind="total")
    assert total.counts["indicator"] == 2
    assert (total.attainment_items, total.attainment_pct) == (0, None)


rows = st.lists(
    st.tuples(
        st.sampled_from(["on_time", "late", "overdue", "pending"]),
        st.integers(0, 5),
        st.integers(0, 3),
        st.booleans(),
        st.sampled_from([None, "0", "3", "100.0000"]),
        st.sampled_from([None, "0", "2", "150.5"]),
    ),
    max_size=30,
)


@given(rows)
def test_counts_give_the_same_group_as_the_items(data):
    evidence = [
        {
            "id": i,
            "outcome": outcome,
            "delays": delays,
            "returns": [{}] * returns,
            "waiver": {"reason": "x"} if waived else None,
            "indicator_target": target,
            "indicator_actual": actual,
        }
        for i, (outcome, delays, returns, waived, target, actual) in enumerate(data)
    ]
    items = [{**e, "tags": item_tags(e)} for e in evidence]
    shapes = Counter(
        (e["outcome"], len(e["returns"]), e["delays"], bool(e["waiver"]), e["indicator_target"] is not None)
        for e in evidence
    )
    indicators = Counter(
        (e["indicator_target"], e["indicator_actual"] or "")
        for e in evidence
        if e["indicator_target"] and e["outcome"] != "pending"
    )
    names = ("outcome", "returns", "delays", "waived", "has_indicator")
    counted = group_from_counts(
        [{**dict(zip(names, shape, strict=True)), "n": n} for shape, n in shapes.items()],
        [{"indicator_target": t, "indicator_actual": a, "n": n} for (t, a), n in indicators.items()],
        DEFAULT_RULES,
    )
    walked = _group(items, DEFAULT_RULES)
    del walked["item_ids"]
    assert counted == walked


def _page_queries(client, evaluation) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("evaluation_detail", args=[evaluation.pk]))
    assert response.status_code == 200
    return len(captured)


def test_scoring_page_reads_facts_in_the_same_number_of_queries_whatever_the_items(world, client):
    client.force_login(world.evaluator)
    with at("2026-02-02"):
        world.item_in("in_progress", content="Một", due=date(2026, 3, 20))
    with at("2026-04-05"):
        small = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
        few = _page_queries(client, small)
    sizes = (small.items.count(), small.facts.count())
    mixed(world)  # more items, a second unit, more people
    with at("2026-04-05"):
        large = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
        page = client.get(reverse("evaluation_detail", args=[large.pk])).content.decode()
        many = _page_queries(client, large)
    assert large.items.count() >= 10 * sizes[0] and large.facts.count() > sizes[1]
    assert many == few
    assert world.unit_c.name in page and 'data-testid="computed-at"' in page


def test_recompute_is_queued_shows_progress_and_finishes(world, client, django_capture_on_commit_callbacks):
    mixed(world)
    client.force_login(world.evaluator)
    with at("2026-04-05"):
        with django_capture_on_commit_callbacks(execute=False) as queued:
            client.post(reverse("evaluation_list"), {"kind": "month", "year": 2026, "number": 3})
        evaluation = Evaluation.objects.get()
        run = EvaluationRun.objects.get()
        assert run.status == "queued" and evaluation.computed_at is None and len(queued) == 1
        page = client.get(reverse("evaluation_detail", args=[evaluation.pk])).content.decode()
        assert 'data-testid="evaluation-progress"' in page and 'data-testid="not-computed"' in page
        assert client.get(reverse("evaluation_progress", args=[evaluation.pk])).status_code == 200
        # A second request while one is queued does not queue another.
        again = evaluation_recompute_request(organisation=world.org, actor=world.evaluator, period=MARCH)
        assert again.pk == run.pk
        queued[0]()  # queued on commit: eager without a broker, else sent to it
        evaluation_run(run_id=run.pk)  # the worker (a no-op if the eager run did it)
        run.refresh_from_db()
        done = client.get(reverse("evaluation_progress", args=[evaluation.pk]))
    items = evaluation.items.count()
    assert run.status == "done" and run.done == run.total == 2 * items and items >= 10
    assert done.status_code == 204 and done["HX-Redirect"] == reverse(
        "evaluation_detail", args=[evaluation.pk]
    )
    evaluation.refresh_from_db()
    assert evaluation.computed_at is not None and evaluation.facts.filter(kind="unit").count() == 2


def test_progress_counts_every_item_read_and_written(world, monkeypatch):
    mixed(world)
    monkeypatch.setattr("engine.selectors.scoring_evidence.PROGRESS_EVERY", 3)
    monkeypatch.setattr("engine.services.scoring.BATCH", 4)
    told = []
    with at("2026-04-05"):
        evaluation = evaluation_compute(
            organisation=world.org, actor=world.evaluator, period=MARCH, progress=told.append
        )
    items = evaluation.items.count()
    assert sum(told) == 2 * items
    if connection.vendor == "postgresql":  # the database reads and writes them in one statement
        assert told == [items, items]
    else:
        assert len(told) > 4 and max(told) <= 4


def _facts(evaluation):
    facts = list(ScoreFact.objects.filter(evaluation=evaluation).order_by("kind", "position").values())
    items = list(EvaluationItem.objects.filter(evaluation=evaluation).order_by("work_item_id").values())
    return facts, items


def test_frozen_facts_do_not_change_on_recompute(world, django_capture_on_commit_callbacks):
    s = build(world)
    with at("2026-04-05"):
        evaluation = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
        # A run queued before the board freezes: it must not touch the frozen facts.
        with django_capture_on_commit_callbacks(execute=False) as queued:
            run = evaluation_recompute_request(organisation=world.org, actor=world.evaluator, period=MARCH)
        evaluation_freeze(evaluation=evaluation, actor=world.evaluator)
    before = _facts(evaluation)
    digest = Evaluation.objects.get(pk=evaluation.pk).result_sha256
    with at("2026-04-06"):
        advance(world, svc.work_item_report(item=s.overdue, actor=world.head_a, text="Xong."), "accept")
        queued[0]()
        evaluation_run(run_id=run.pk)
        run.refresh_from_db()
        with pytest.raises(InvalidTransition):
            evaluation_recompute_request(organisation=world.org, actor=world.evaluator, period=MARCH)
        with pytest.raises(InvalidTransition):
            evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
    assert run.status == "failed" and run.error
    assert _facts(evaluation) == before
    assert Evaluation.objects.get(pk=evaluation.pk).result_sha256 == digest


def test_unit_head_is_refused_recompute(world, client):
    build(world)
    with at("2026-04-05"):
        evaluation = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
    computed_at = evaluation.computed_at
    client.force_login(world.head_a)
    assert client.post(reverse("evaluation_recompute", args=[evaluation.pk])).status_code == 403
    assert client.get(reverse("evaluation_progress", args=[evaluation.pk])).status_code == 403
    with pytest.raises(ActionNotAllowed):
        evaluation_recompute_request(organisation=world.org, actor=world.head_a, period=MARCH)
    assert not EvaluationRun.objects.exists()
    assert Evaluation.objects.get(pk=evaluation.pk).computed_at == computed_at


def test_deputy_sees_scores_but_is_refused_recompute(world, client):
    build(world)
    rubric_current(world.org)
    with at("2026-04-05"):
        evaluation = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
        client.force_login(world.deputy)
        page = client.get(reverse("evaluation_detail", args=[evaluation.pk])).content.decode()
        client.post(reverse("evaluation_recompute", args=[evaluation.pk]))
    assert 'data-testid="recompute"' not in page
    assert not EvaluationRun.objects.exists()


def test_migration_turns_a_stored_result_into_the_same_facts(world):
    """Evaluations computed before the facts tables keep their numbers (migration 0014)."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("engine.migrations.0014_score_facts")
    build(world)
    with at("2026-04-05"):
        evaluation = evaluation_compute(organisation=world.org, actor=world.evaluator, period=MARCH)
        evaluation_freeze(evaluation=evaluation, actor=world.evaluator)
        legacy = _reference(evaluation)
    ScoreFact.objects.filter(evaluation=evaluation).delete()
    EvaluationItem.objects.filter(evaluation=evaluation).delete()
    Evaluation.objects.filter(pk=evaluation.pk).update(summary=legacy)  # as the old column held it
    migration.facts_from_results(apps, None)
    migrated = Evaluation.objects.get(pk=evaluation.pk)
    assert migrated.is_frozen and set(migrated.summary) == {"rules", "period", "rubric_version", "cap"}
    assert migrated.result == legacy


def test_the_celery_task_runs_a_queued_recompute_once(world, django_capture_on_commit_callbacks):
    from engine.tasks import evaluation_run_task

    build(world)
    with at("2026-04-05"):
        with django_capture_on_commit_callbacks(execute=False):
            run = evaluation_recompute_request(organisation=world.org, actor=world.evaluator, period=MARCH)
        assert evaluation_run_task.apply(args=[run.pk]).get() == "done"
        assert evaluation_run_task.apply(args=[run.pk]).get() == "done"  # a redelivery does nothing
        assert evaluation_run_task.apply(args=[run.pk + 1000]).get() == "missing"
    run.refresh_from_db()
    assert run.evaluation.computed_at is not None and run.evaluation.facts.filter(kind="unit").exists()
