"""GET /api/v1/work-items/: visibility, every filter, detail with history, bounded queries."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db

URL = "/api/v1/work-items/"


def _ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_staff_of_lead_unit_sees_assigned_not_drafted_items(world, api_as):
    assigned = world.item_in("assigned")
    world.item()  # drafted: not yet the unit's
    assert _ids(api_as(world.staff_a).get(URL)) == [assigned.pk]


def test_secretariat_sees_drafted_items(world, api_as):
    drafted = world.item()
    assert _ids(api_as(world.secretariat).get(URL)) == [drafted.pk]


def test_unrelated_unit_and_other_organisation_see_nothing(world, api_as):
    item = world.item_in("assigned")
    for user in (world.staff_c, world.director_x):
        client = api_as(user)
        assert _ids(client.get(URL)) == []
        response = client.get(f"{URL}{item.pk}/")
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"


def test_filters_state_unit_leader_programme_due_range(world, api_as):
    march = world.item_in("assigned", leader=world.deputy)
    june = world.item_in("in_progress", due=date(2026, 6, 30))
    client = api_as(world.director)
    assert _ids(client.get(URL, {"state": "in_progress"})) == [june.pk]
    assert _ids(client.get(URL, {"leader": world.deputy.pk})) == [march.pk]
    assert _ids(client.get(URL, {"unit": world.unit_b.pk})) == [march.pk, june.pk]
    assert _ids(client.get(URL, {"unit": world.unit_c.pk})) == []
    assert _ids(client.get(URL, {"programme": world.programme.pk})) == [march.pk, june.pk]
    assert _ids(client.get(URL, {"due_from": "2026-04-01"})) == [june.pk]
    assert _ids(client.get(URL, {"due_to": "2026-04-01"})) == [march.pk]
    assert _ids(client.get(URL, {"due_from": "2026-03-01", "due_to": "2026-03-31"})) == [march.pk]


def test_text_search_ignores_accents(world, api_as):
    item = world.item_in("assigned", content="Tổ chức Hội đồng nghiệm thu đề tài")
    world.item_in("assigned", content="Báo cáo chuyển đổi số")
    client = api_as(world.director)
    assert _ids(client.get(URL, {"q": "hoi dong"})) == [item.pk]
    assert _ids(client.get(URL, {"q": "HỘI ĐỒNG nghiệm"})) == [item.pk]


def test_bad_filter_is_400_naming_the_field(world, api_as):
    client = api_as(world.director)
    response = client.get(URL, {"state": "bogus", "due_from": "31/02/2026"})
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid_input"
    assert set(body["field_errors"]) == {"state", "due_from"}
    response = client.get(URL, {"due_from": "2026-05-01", "due_to": "2026-04-01"})
    assert response.status_code == 400 and "due_to" in response.json()["field_errors"]


def test_list_is_paginated(world, api_as):
    for n in range(3):
        world.item_in("assigned", content=f"Nhiệm vụ {n}")
    body = api_as(world.director).get(URL, {"page_size": 2}).json()
    assert body["count"] == 3 and len(body["results"]) == 2 and body["next"]


def test_list_query_count_does_not_grow_with_items(world, api_as, django_assert_max_num_queries):
    for n in range(12):
        world.item_in("in_progress", content=f"Nhiệm vụ {n}", leader=world.deputy)
    client = api_as(world.head_a)
    client.get(URL)  # warm the content-type and permission caches
    with django_assert_max_num_queries(9):
        response = client.get(URL)
    assert response.json()["count"] == 12
    row = response.json()["results"][0]
    assert row["lead_units"][0]["short_name"] == "QLKH"
    assert row["coordinating_units"][0]["short_name"] == "CĐS"
    assert row["leader"]["id"] == world.deputy.pk


def test_detail_has_history_reports_and_available_actions(world, api_as, django_assert_max_num_queries):
    item = world.item_in("reported")
    client = api_as(world.director)
    with django_assert_max_num_queries(20):
        body = client.get(f"{URL}{item.pk}/").json()
    assert body["state"] == "reported"
    assert [e["verb"] for e in body["history"]] == [
        "work_item.create",
        "work_item.assign",
        "work_item.start",
        "work_item.report",
    ]
    assert body["reports"][0]["kind"] == "completion"
    assert body["available_actions"] == ["accept", "return", "cancel"]
    assert api_as(world.head_a).get(f"{URL}{item.pk}/").json()["available_actions"] == []


def test_status_class_filter_and_field(world, api_as):
    late = world.item_in("in_progress", due=date(2025, 1, 15))
    future = world.item_in("assigned", due=date(2099, 1, 1))
    client = api_as(world.director)
    assert _ids(client.get(URL, {"status": "in_progress_overdue"})) == [late.pk]
    assert _ids(client.get(URL, {"status": "not_yet_due"})) == [future.pk]
    assert client.get(f"{URL}{late.pk}/").json()["status_class"] == "in_progress_overdue"
    assert client.get(URL, {"status": "late"}).status_code == 400
