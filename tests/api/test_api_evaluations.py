"""GET /api/v1/evaluations/: scores for evaluators and the leadership of the organisation only."""

from datetime import date

import pytest

from engine.scoring.periods import period_from_start
from engine.services.scoring import evaluation_compute

pytestmark = pytest.mark.django_db

URL = "/api/v1/evaluations/"


@pytest.fixture
def evaluation(world):
    world.item_in("accepted")
    return evaluation_compute(
        organisation=world.org,
        actor=world.evaluator,
        period=period_from_start("quarter", date(2026, 1, 1)),
        as_of=date(2026, 3, 31),
    )


@pytest.mark.parametrize("role", ["evaluator", "director", "deputy"])
def test_score_readers_list_and_read_evaluations(world, api_as, evaluation, role):
    client = api_as(getattr(world, role))
    rows = client.get(URL).json()["results"]
    assert [r["id"] for r in rows] == [evaluation.pk]
    assert "result" not in rows[0] and rows[0]["rubric_version"] == 1
    body = client.get(f"{URL}{evaluation.pk}/").json()
    assert body["result"]["total"]["counts"]["assigned"] == 1
    assert body["result_sha256"] == evaluation.result_sha256


@pytest.mark.parametrize("role", ["secretariat", "inspectorate", "head_a", "staff_a"])
def test_other_roles_are_refused_with_the_reason(world, api_as, evaluation, role):
    client = api_as(getattr(world, role))
    for url in (URL, f"{URL}{evaluation.pk}/"):
        response = client.get(url)
        assert response.status_code == 403
        assert response.json()["code"] == "forbidden"


def test_another_organisations_evaluator_does_not_see_it(world, api_as, evaluation):
    client = api_as(world.evaluator_x)
    assert client.get(URL).json()["results"] == []
    assert client.get(f"{URL}{evaluation.pk}/").status_code == 404
