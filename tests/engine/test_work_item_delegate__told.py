"""A head hands an item to a staff member: they are told, see it first, and the history names them."""

from datetime import date

import pytest
from django.urls import reverse

from engine.selectors.inbox import inbox_for
from engine.services.work_items import work_item_delegate
from notifications.models import Notification

pytestmark = pytest.mark.django_db


def test_the_staff_member_is_told_with_a_link_to_the_item(world):
    item = world.item_in("assigned")
    work_item_delegate(item=item, actor=world.head_a, assignee=world.staff_a)
    told = Notification.objects.get(recipient=world.staff_a, kind="work_item.delegated")
    assert told.link == reverse("work_item_detail", args=[item.pk])
    assert str(world.staff_a) in told.message and str(world.head_a) in told.message
    assert not Notification.objects.filter(recipient=world.head_a, kind="work_item.delegated").exists()


def test_the_history_names_the_assignee(client, world):
    item = world.item_in("assigned")
    work_item_delegate(item=item, actor=world.head_a, assignee=world.staff_a)
    client.force_login(world.head_a)
    page = client.get(reverse("work_item_detail", args=[item.pk])).content.decode()
    assert f"đã phân công cho {world.staff_a}" in page


def test_the_inbox_shows_the_users_own_items_first(world):
    earlier = [
        world.item_in("assigned", content=f"Việc chung {n}", due=date(2026, 2, n + 1)) for n in range(3)
    ]
    mine = world.item_in("assigned", content="Việc của tôi", due=date(2026, 12, 31))
    work_item_delegate(item=mine, actor=world.head_a, assignee=world.staff_a)
    order = [item.pk for item in inbox_for(world.staff_a, today=date(2026, 3, 1))]
    assert order == [mine.pk, *(item.pk for item in earlier)]
    # The head, to whom nothing was handed, still sees the earliest deadline first.
    head_order = [item.pk for item in inbox_for(world.head_a, today=date(2026, 3, 1))]
    assert head_order == [*(item.pk for item in earlier), mine.pk]
