"""engine.selectors.people: each named variant of "unit head" and "supervising leader"."""

import pytest

from engine.models import Membership, WorkItem
from engine.selectors import people
from engine.services.people import membership_revoke
from engine.services.work_items import work_item_update

pytestmark = pytest.mark.django_db


def _drop_head(world, user):
    membership_revoke(actor=None, membership=Membership.objects.active().get(user=user))


def test_unit_managers_are_heads_and_deputy_heads(world):
    assert people.unit_managers({world.unit_a.pk}) == {world.head_a.pk, world.deputy_head_a.pk}
    assert people.unit_managers(set()) == set()


def test_accountable_head_is_the_head_or_the_deputy_heads_standing_in(world, django_assert_num_queries):
    with django_assert_num_queries(3):
        loaded = people.OrgPeople(world.org.pk)
    assert loaded.heads_of(world.unit_a.pk) == [world.head_a.pk]
    assert loaded.heads_of(None) == []
    _drop_head(world, world.head_a)
    assert people.OrgPeople(world.org.pk).heads_of(world.unit_a.pk) == [world.deputy_head_a.pk]


def test_overseeing_leaders_are_the_named_leader_and_the_supervising_deputies(world):
    item = world.item()  # led by A, which `deputy` supervises
    assert people.item_supervisors(item) == {world.deputy.pk}
    item = work_item_update(item=item, actor=world.secretariat, data={}, leader=world.deputy_other)
    assert people.item_supervisors(WorkItem.objects.get(pk=item.pk)) == {
        world.deputy.pk,
        world.deputy_other.pk,
    }


def test_deciding_leader_is_the_named_deputy_else_the_supervising_deputies_else_the_directors(world):
    item = world.item()
    assert people.deciding_leaders(item) == [world.deputy]
    named = work_item_update(item=item, actor=world.secretariat, data={}, leader=world.deputy_other)
    assert people.deciding_leaders(WorkItem.objects.get(pk=named.pk)) == [world.deputy_other]
    other = world.item(content="Do đơn vị khác chủ trì")

    def led_by(unit):
        return work_item_update(
            item=WorkItem.objects.get(pk=other.pk),
            actor=world.secretariat,
            data={},
            lead_units=[unit],
            coordinating_units=[],
        )

    assert people.deciding_leaders(led_by(world.unit_c)) == [world.deputy_other]  # C: deputy_other
    assert people.deciding_leaders(led_by(world.unit_b)) == [world.director]  # nobody supervises B


def test_ladder_supervisor_is_the_named_leader_else_the_unit_supervisors_without_director_fallback(world):
    loaded = people.OrgPeople(world.org.pk)
    assert loaded.supervisors_of(world.director.pk, world.unit_a.pk) == {world.director.pk}
    assert loaded.supervisors_of(None, world.unit_a.pk) == {world.deputy.pk}
    assert loaded.supervisors_of(None, world.unit_b.pk) == set()


def test_reviewers_are_the_directors_the_supervising_deputies_and_the_named_leader(world):
    item = world.item()
    assert people.reviewers(item) == {world.director.pk, world.deputy.pk}
