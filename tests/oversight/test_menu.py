"""The oversight links in the main menu follow the same permissions as the pages they lead to."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _menu(client, user) -> str:
    client.force_login(user)
    page = client.get(reverse("inbox")).content.decode()
    return page.split('class="mainnav"', 1)[1].split("</nav>", 1)[0]


def test_the_director_is_led_to_every_oversight_page(world, client):
    menu = _menu(client, world.director)
    for name in ("dashboard", "delay_register", "evaluation_list", "escalation_ladder"):
        assert reverse(name) in menu, name


def test_unit_staff_see_no_oversight_links(world, client):
    menu = _menu(client, world.staff_a)
    for name in ("dashboard", "delay_register", "evaluation_list", "escalation_ladder"):
        assert reverse(name) not in menu, name
    client.force_login(world.staff_a)
    assert client.get(reverse("escalation_ladder")).status_code == 403
