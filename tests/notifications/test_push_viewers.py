"""Who the live push tells of an item's new state: its viewers, for any number of items in one query."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from engine.services.sharing import work_item_share
from notifications import push

pytestmark = pytest.mark.django_db


def _told(messages) -> dict[int, set[int]]:
    told: dict[int, set[int]] = {}
    for group, message in messages:
        if message["type"] == push.MESSAGE_ITEM_STATE:
            told.setdefault(message["item_id"], set()).add(int(group.rsplit(".", 1)[1]))
    return told


def test_item_states_go_to_the_viewers_of_each_item(world):
    w = world
    readers = {
        w.director.pk,
        w.deputy.pk,
        w.deputy_other.pk,
        w.secretariat.pk,
        w.inspectorate.pk,
        w.evaluator.pk,
    }
    members_ab = {
        w.head_a.pk,
        w.deputy_head_a.pk,
        w.staff_a.pk,
        w.head_b.pk,
        w.deputy_head_b.pk,
        w.staff_b.pk,
    }
    drafted = w.item()
    assigned = w.item_in("assigned", leader=w.deputy_other)
    work_item_share(item=drafted, actor=w.secretariat, person=w.staff_c)
    w.staff_b.is_active = False
    w.staff_b.save(update_fields=["is_active"])
    for one in (drafted, assigned):  # a transition's push: one item
        told = _told(push.build_messages(push.PendingPush(item_ids={one.pk})))
        assert told == {
            one.pk: readers | {w.staff_c.pk} if one == drafted else readers | members_ab - {w.staff_b.pk}
        }
    both = _told(push.build_messages(push.PendingPush(item_ids={drafted.pk, assigned.pk})))
    assert both == {drafted.pk: readers | {w.staff_c.pk}, assigned.pk: readers | members_ab - {w.staff_b.pk}}


def test_item_state_push_queries_do_not_grow_with_the_items(world):
    items = [world.item_in("assigned", content=f"Việc {n}") for n in range(40)]
    with CaptureQueriesContext(connection) as few:
        push.build_messages(push.PendingPush(item_ids={items[0].pk}))
    with CaptureQueriesContext(connection) as many:
        told = _told(push.build_messages(push.PendingPush(item_ids={item.pk for item in items})))
    assert set(told) == {item.pk for item in items}
    assert len(many) == len(few) == 2  # the items, then their viewers (one UNION ALL)
