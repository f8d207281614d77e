"""Nothing crosses organisations: lists, pages, actions and downloads."""

import pytest
from django.urls import reverse

from engine import permissions
from engine.exceptions import ActionNotAllowed
from engine.selectors.work_items import work_item_list, work_items_visible_to
from engine.services import work_items as svc


@pytest.mark.django_db
def test_other_organisation_sees_nothing(world):
    item = world.item_in("reported")
    for user in (world.director_x, world.inspectorate_x, world.head_x, world.evaluator_x):
        assert not work_items_visible_to(user).filter(pk=item.pk).exists()
        assert not work_item_list(user, scope="all").filter(pk=item.pk).exists()
        assert not permissions.can(user, "view", item)


@pytest.mark.django_db
def test_other_organisations_director_cannot_act(world):
    item = world.item_in("reported")
    with pytest.raises(ActionNotAllowed):
        svc.work_item_accept(item=item, actor=world.director_x)
    item.refresh_from_db()
    assert item.state == "reported"


@pytest.mark.django_db
def test_pages_of_another_organisation_are_not_found(client, world):
    item = world.item_in("reported")
    client.force_login(world.director_x)
    assert client.get(reverse("work_item_detail", args=[item.pk])).status_code == 404
    response = client.post(
        reverse("work_item_action", args=[item.pk, "accept"]), {"accept-version": item.version}
    )
    assert response.status_code == 404
    item.refresh_from_db()
    assert item.state == "reported"


@pytest.mark.django_db
def test_units_of_another_organisation_cannot_be_attached(world):
    from engine.exceptions import InvalidInput

    item = world.item()
    with pytest.raises(InvalidInput):
        svc.work_item_update(item=item, actor=world.secretariat, data={}, lead_units=[world.unit_x])
