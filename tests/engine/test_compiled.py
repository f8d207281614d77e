"""engine.compiled: a query compiled once per shape answers as the ORM does for every set of values."""

import pytest
from django.db import connection, transaction
from django.db.models import Q

from engine import compiled
from engine.events import DomainEvent
from engine.models import User, WorkItem
from engine.permissions import item_unit_ids
from engine.services.work_items import _locked
from notifications import outbox, registry


@pytest.mark.django_db
def test_objects_gives_the_querysets_instances_for_each_value(world):
    first, second = world.item(content="Thứ nhất"), world.item(content="Thứ hai")
    with transaction.atomic():
        for item in (first, second, first):
            (found,) = compiled.objects("test lock", _locked, item.pk)
            expected = _locked(item.pk).get()
            assert found.pk == item.pk and found.content == expected.content
            assert found.due_date == expected.due_date and found.state == expected.state
            assert WorkItem.programme.is_cached(found) and found.programme == world.programme
            assert found.dondoc_unit_links == expected.dondoc_unit_links
        assert compiled.objects("test lock", _locked, 10**9) == []


@pytest.mark.django_db
def test_statement_follows_the_shape_of_its_values(world):
    def build(org, users, excluded):
        rows = User.objects.filter(Q(pk__in=users), organisation_id=org)
        return (rows.exclude(pk=excluded) if excluded is not None else rows).order_by("pk").values_list("pk")

    def run(*values):
        found = compiled.statement("test users", build, *values)
        if found is None:
            return []
        with connection.cursor() as cursor:
            cursor.execute(*found)
            return [row[0] for row in cursor.fetchall()]

    people = [world.head_a.pk, world.staff_a.pk, world.director.pk]
    for users, excluded in [(people, None), (people[:2], None), (people, world.staff_a.pk), ([], None)]:
        expected = sorted(set(users) - {excluded})
        assert run(world.org.pk, frozenset(users), excluded) == expected
    assert run(world.other_org.pk, frozenset(people), None) == []


@pytest.mark.django_db
def test_a_value_the_compiler_writes_into_the_sql_is_refused(world):
    from django.db.models.expressions import RawSQL

    def build(pk):
        return User.objects.annotate(n=RawSQL(f"SELECT {pk}", [])).filter(pk=1)

    with pytest.raises(ValueError, match="written into the SQL text"):
        compiled.statement("test inlined", build, 5)


@pytest.mark.django_db
@pytest.mark.parametrize("state", ["drafted", "assigned", "in_progress", "reported"])
def test_the_compiled_recipients_are_the_orms_for_every_item_kind(world, state):
    """Every kind whose recipients follow from the item: the compiled SELECT and the rule's own
    query (recipient_members) name the same people, with and without a named leader and assignee."""
    item = world.item_in(state)
    variants = [item]
    other = world.item_in(state)
    other.leader_id, other.assignee_id = world.deputy.pk, world.staff_a.pk
    variants.append(other)
    kinds = [name for name, kind in registry.KINDS.items() if name.startswith(("work_item.", "extension."))]
    checked = 0
    for target in variants:
        item_unit_ids(target)
        for name in kinds:
            kind = registry.KINDS[name]
            event = DomainEvent(
                kind=name,
                organisation_id=world.org.pk,
                actor_id=world.director.pk,
                work_item_id=target.pk,
                programme_id=target.programme_id,
                data={},
                item=target,
                actor=world.director,
            )
            ctx = registry.Context(event=event, item=target, programme=world.programme)
            if not registry.item_shaped(ctx, kind):
                continue
            select = registry.item_recipients_statement(ctx, kind, outbox._recipient_rows, using="default")
            found = set()
            if select is not None:
                with connection.cursor() as cursor:
                    cursor.execute(*select)
                    found = {row[0] for row in cursor.fetchall()}
            members = registry.recipient_members(ctx, kind)
            expected = set(members.values_list("pk", flat=True)) if members is not None else set()
            assert found == expected, name
            checked += 1
    assert checked >= 2 * 8
