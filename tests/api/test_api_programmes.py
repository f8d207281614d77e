"""Organisations, units and programmes: own organisation only, drafts for leadership, publish."""

import pytest

from engine.models import Programme, WorkItem

pytestmark = pytest.mark.django_db


def _ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_organisations_and_units_of_own_organisation_only(world, api_as):
    client = api_as(world.staff_a)
    assert _ids(client.get("/api/v1/organisations/")) == [world.org.pk]
    assert set(_ids(client.get("/api/v1/units/"))) == {world.unit_a.pk, world.unit_b.pk, world.unit_c.pk}
    assert client.get(f"/api/v1/organisations/{world.other_org.pk}/").status_code == 404
    assert client.get(f"/api/v1/units/{world.unit_x.pk}/").status_code == 404
    assert client.get(f"/api/v1/units/{world.unit_a.pk}/").json()["short_name"] == "QLKH"


def test_draft_programme_visible_to_leadership_not_to_units(world, api_as):
    assert _ids(api_as(world.secretariat).get("/api/v1/programmes/")) == [world.programme.pk]
    assert _ids(api_as(world.director).get("/api/v1/programmes/")) == [world.programme.pk]
    assert _ids(api_as(world.head_a).get("/api/v1/programmes/")) == []
    assert api_as(world.head_a).get(f"/api/v1/programmes/{world.programme.pk}/").status_code == 404
    assert _ids(api_as(world.secretariat_x).get("/api/v1/programmes/")) == []


def test_director_publishes_and_items_are_assigned(world, api_as):
    item = world.item()
    url = f"/api/v1/programmes/{world.programme.pk}/publish/"
    response = api_as(world.director).post(url, {"version": world.programme.version}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "published"
    assert WorkItem.objects.get(pk=item.pk).state == "assigned"
    assert _ids(api_as(world.head_a).get("/api/v1/programmes/")) == [world.programme.pk]
    again = api_as(world.director).post(url, {"version": response.json()["version"]}, format="json")
    assert again.status_code == 409 and again.json()["code"] == "invalid_state"


def test_secretariat_may_not_publish(world, api_as):
    world.item()
    url = f"/api/v1/programmes/{world.programme.pk}/publish/"
    response = api_as(world.secretariat).post(url, {"version": world.programme.version}, format="json")
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    assert Programme.objects.get(pk=world.programme.pk).state == "draft"


def test_publish_with_stale_version_is_409(world, api_as):
    url = f"/api/v1/programmes/{world.programme.pk}/publish/"
    response = api_as(world.director).post(url, {"version": world.programme.version + 5}, format="json")
    assert response.status_code == 409 and response.json()["code"] == "stale"


def test_publish_with_items_lacking_a_lead_unit_is_400(world, api_as):
    from engine.services.programmes import work_item_create

    work_item_create(programme=world.programme, actor=world.secretariat, content="Không có đơn vị")
    url = f"/api/v1/programmes/{world.programme.pk}/publish/"
    response = api_as(world.director).post(url, {"version": world.programme.version}, format="json")
    assert response.status_code == 400 and response.json()["code"] == "invalid_input"
