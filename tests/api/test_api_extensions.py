"""Extension requests in the API: ask, list, grant, refuse, withdraw — allowed and denied roles."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from engine.models import AuditEvent, ExtensionRequest
from engine.services.extensions import extension_request

pytestmark = pytest.mark.django_db

NEW = "2026-05-15"
LIST = "/api/v1/extensions/"


def _ask_url(item) -> str:
    return f"/api/v1/work-items/{item.pk}/extensions/"


def _asked(world, **fields) -> ExtensionRequest:
    item = world.item_in("in_progress", **fields)
    return extension_request(item=item, actor=world.head_a, new_due_date=date(2026, 5, 15), reason="Chờ Bộ.")


def _ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


# --- POST /work-items/{id}/extensions/ ---------------------------------------------------


def test_head_of_lead_unit_asks_for_an_extension(world, api_as):
    item = world.item_in("in_progress")
    response = api_as(world.head_a).post(
        _ask_url(item), {"new_due_date": NEW, "reason": "Chờ Bộ."}, format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["state"] == "pending" and body["requested_due_date"] == NEW
    assert body["due_date_before"] == "2026-03-31" and body["requested_by"]["id"] == world.head_a.pk
    assert body["work_item"]["id"] == item.pk and body["available_actions"] == ["withdraw"]
    assert ExtensionRequest.objects.get().pk == body["id"]


def test_staff_of_lead_unit_asking_is_403_with_the_reason(world, api_as):
    item = world.item_in("in_progress")
    events = AuditEvent.objects.count()
    response = api_as(world.staff_a).post(_ask_url(item), {"new_due_date": NEW, "reason": "?"}, format="json")
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden" and response.json()["detail"].startswith("Chỉ")
    assert response.json()["field_errors"] == {}
    assert not ExtensionRequest.objects.exists() and AuditEvent.objects.count() == events


def test_unrelated_unit_and_other_organisation_asking_is_404(world, api_as):
    item = world.item_in("in_progress")
    for user in (world.staff_c, world.director_x):
        response = api_as(user).post(_ask_url(item), {"new_due_date": NEW, "reason": "?"}, format="json")
        assert response.status_code == 404 and response.json()["code"] == "not_found"


def test_asking_without_date_and_reason_is_400_naming_both(world, api_as):
    item = world.item_in("in_progress")
    response = api_as(world.head_a).post(_ask_url(item), {"reason": "  "}, format="json")
    assert response.status_code == 400
    assert set(response.json()["field_errors"]) == {"new_due_date", "reason"}


def test_asking_for_an_earlier_date_is_400_from_the_service(world, api_as):
    item = world.item_in("in_progress")
    response = api_as(world.head_a).post(
        _ask_url(item), {"new_due_date": "2026-03-01", "reason": "?"}, format="json"
    )
    assert response.status_code == 400
    assert list(response.json()["field_errors"]) == ["new_due_date"]


def test_second_request_while_one_waits_and_asking_on_an_accepted_item_are_409(world, api_as):
    asked = _asked(world)
    client = api_as(world.head_a)
    body = {"new_due_date": "2026-06-30", "reason": "Thêm nữa."}
    response = client.post(_ask_url(asked.work_item), body, format="json")
    assert response.status_code == 409 and response.json()["code"] == "invalid_state"
    accepted = world.item_in("accepted")
    response = client.post(_ask_url(accepted), body, format="json")
    assert response.status_code == 409 and response.json()["code"] == "invalid_state"


# --- reading -------------------------------------------------------------------------------


def test_item_extensions_are_listed_to_whoever_sees_the_item(world, api_as):
    asked = _asked(world)
    url = _ask_url(asked.work_item)
    for user in (world.head_b, world.staff_a, world.director, world.deputy):
        assert _ids(api_as(user).get(url)) == [asked.pk]
    for user in (world.staff_c, world.director_x):
        assert api_as(user).get(url).status_code == 404


def test_detail_for_those_who_see_the_item_404_for_others(world, api_as):
    asked = _asked(world)
    url = f"{LIST}{asked.pk}/"
    response = api_as(world.deputy).get(url)
    assert response.status_code == 200
    assert response.json()["available_actions"] == ["grant", "refuse"]
    assert api_as(world.director).get(url).json()["available_actions"] == ["grant", "refuse"]
    assert api_as(world.staff_a).get(url).json()["available_actions"] == []
    for user in (world.staff_c, world.director_x):
        response = api_as(user).get(url)
        assert response.status_code == 404 and response.json()["code"] == "not_found"


def test_list_filters_state_unit_programme(world, api_as):
    waiting = _asked(world)
    refused = _asked(world)
    ExtensionRequest.objects.filter(pk=refused.pk).update(state="refused")
    client = api_as(world.director)
    assert _ids(client.get(LIST)) == [refused.pk, waiting.pk]
    assert _ids(client.get(LIST, {"state": "pending"})) == [waiting.pk]
    assert _ids(client.get(LIST, {"unit": world.unit_b.pk})) == [refused.pk, waiting.pk]
    assert _ids(client.get(LIST, {"unit": world.unit_c.pk})) == []
    assert _ids(client.get(LIST, {"programme": world.programme.pk, "state": "refused"})) == [refused.pk]
    assert _ids(api_as(world.staff_c).get(LIST)) == []
    assert _ids(api_as(world.director_x).get(LIST)) == []


def test_bad_filter_is_400_naming_the_field(world, api_as):
    response = api_as(world.director).get(LIST, {"state": "maybe", "unit": "x"})
    assert response.status_code == 400
    assert set(response.json()["field_errors"]) == {"state", "unit"}


@pytest.mark.parametrize("who", ["director", "head_a"])
def test_list_query_count_stays_flat_from_2_to_20_requests(world, api_as, who):
    client = api_as(getattr(world, who))
    client.get(LIST)  # the token's and the user's first-time lookups are not under test

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(LIST, {"page_size": 50})
        assert response.status_code == 200
        return len(response.json()["results"]), len(queries)

    for _ in range(2):
        _asked(world)
    rows_2, queries_2 = count()
    for _ in range(18):
        _asked(world)
    rows_20, queries_20 = count()
    assert (rows_2, rows_20) == (2, 20)
    assert queries_20 == queries_2 <= 8


def test_item_extensions_query_count_is_bounded(world, api_as, django_assert_max_num_queries):
    asked = _asked(world)
    client = api_as(world.director)
    client.get(_ask_url(asked.work_item))
    with django_assert_max_num_queries(10):
        assert client.get(_ask_url(asked.work_item)).status_code == 200


# --- decisions -----------------------------------------------------------------------------

# action: (allowed user, denied user who sees the item, body, state after)
DECISIONS = {
    "grant": ("director", "head_a", {"note": "Đồng ý."}, "granted"),
    "refuse": ("deputy", "deputy_other", {"reason": "Không có căn cứ."}, "refused"),
    "withdraw": ("head_a", "staff_a", {}, "withdrawn"),
}


def _decide_url(extension, name) -> str:
    return f"{LIST}{extension.pk}/{name}/"


@pytest.mark.parametrize("name", DECISIONS)
def test_decision_by_allowed_role_closes_the_request(world, api_as, name):
    allowed, _denied, body, after = DECISIONS[name]
    asked = _asked(world)
    response = api_as(getattr(world, allowed)).post(_decide_url(asked, name), body, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["state"] == after and response.json()["available_actions"] == []
    asked.refresh_from_db()
    assert asked.state == after and asked.decided_by == getattr(world, allowed)
    asked.work_item.refresh_from_db()
    expected_due = date(2026, 5, 15) if name == "grant" else date(2026, 3, 31)
    assert asked.work_item.due_date == expected_due
    # Decided: a second decision is a conflict, not a server error.
    response = api_as(getattr(world, allowed)).post(_decide_url(asked, name), body, format="json")
    assert response.status_code == 409 and response.json()["code"] == "invalid_state"


@pytest.mark.parametrize("name", DECISIONS)
def test_decision_by_denied_role_is_403_and_changes_nothing(world, api_as, name):
    _allowed, denied, body, _after = DECISIONS[name]
    asked = _asked(world)
    events = AuditEvent.objects.count()
    response = api_as(getattr(world, denied)).post(_decide_url(asked, name), body, format="json")
    assert response.status_code == 403, response.content
    assert response.json()["code"] == "forbidden" and response.json()["detail"].startswith("Chỉ")
    asked.refresh_from_db()
    assert asked.state == "pending" and AuditEvent.objects.count() == events


@pytest.mark.parametrize("name", DECISIONS)
def test_decision_on_a_request_not_visible_is_404(world, api_as, name):
    _allowed, _denied, body, _after = DECISIONS[name]
    asked = _asked(world)
    for user in (world.staff_c, world.director_x):
        response = api_as(user).post(_decide_url(asked, name), body, format="json")
        assert response.status_code == 404


def test_refuse_without_a_reason_is_400_naming_reason(world, api_as):
    asked = _asked(world)
    for body in ({}, {"reason": "   "}):
        response = api_as(world.director).post(_decide_url(asked, "refuse"), body, format="json")
        assert response.status_code == 400
        assert list(response.json()["field_errors"]) == ["reason"]
    asked.refresh_from_db()
    assert asked.state == "pending"


def test_extension_endpoints_are_in_the_schema(client):
    schema = client.get("/api/schema/?format=json").json()
    paths = schema["paths"]
    assert set(paths["/api/v1/work-items/{id}/extensions/"]) >= {"get", "post"}
    assert "get" in paths["/api/v1/extensions/"] and "get" in paths["/api/v1/extensions/{id}/"]
    for name in DECISIONS:
        responses = paths[f"/api/v1/extensions/{{id}}/{name}/"]["post"]["responses"]
        assert set(responses) >= {"200", "400", "403", "404", "409"}
    params = {p["name"] for p in paths["/api/v1/extensions/"]["get"]["parameters"]}
    assert params >= {"state", "unit", "programme", "page", "page_size"}
