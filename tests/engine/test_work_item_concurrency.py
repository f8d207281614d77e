"""Two users acting on the same work item: the second gets "changed meanwhile", never a double move."""

import threading

import pytest
from django.db import connection

from engine.exceptions import StaleObject
from engine.models import AuditEvent, WorkItem
from engine.services import work_items as svc


@pytest.mark.django_db
def test_second_user_on_a_stale_copy_gets_a_clear_error(world):
    item = world.item_in("reported")
    director_copy = WorkItem.objects.get(pk=item.pk)
    deputy_copy = WorkItem.objects.get(pk=item.pk)
    svc.work_item_accept(item=director_copy, actor=world.director)
    with pytest.raises(StaleObject) as error:
        svc.work_item_return(item=deputy_copy, actor=world.deputy, reason="Thiếu minh chứng")
    assert "meanwhile" in error.value.message or "trong lúc" in error.value.message
    assert WorkItem.objects.get(pk=item.pk).state == WorkItem.State.ACCEPTED
    assert (
        AuditEvent.objects.filter(work_item=item, verb__in=["work_item.accept", "work_item.return"]).count()
        == 1
    )


@pytest.mark.django_db
def test_same_transition_twice_from_stale_copies_happens_once(world):
    item = world.item_in("assigned")
    first = WorkItem.objects.get(pk=item.pk)
    second = WorkItem.objects.get(pk=item.pk)
    svc.work_item_start(item=first, actor=world.staff_a)
    with pytest.raises(StaleObject):
        svc.work_item_start(item=second, actor=world.head_a)
    assert AuditEvent.objects.filter(work_item=item, verb="work_item.start").count() == 1


@pytest.mark.django_db
def test_expected_version_from_a_form_is_honoured(world):
    item = world.item_in("in_progress")
    seen_version = item.version
    svc.work_item_delegate(item=item, actor=world.head_a, assignee=world.staff_a)
    fresh = WorkItem.objects.get(pk=item.pk)
    with pytest.raises(StaleObject):
        svc.work_item_report(item=fresh, actor=world.head_a, text="Xong", expected_version=seen_version)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_transactions_on_postgres_move_the_item_once():
    """Two threads, two connections, the same version: the row lock lets exactly one through."""
    from tests.factories import build_world

    world = build_world("cc")
    item = world.item_in("reported")
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def act(actor, call):
        copy = WorkItem.objects.get(pk=item.pk)
        barrier.wait()
        try:
            call(copy, actor)
            outcomes.append("ok")
        except StaleObject:
            outcomes.append("stale")
        finally:
            connection.close()

    threads = [
        threading.Thread(
            target=act, args=(world.director, lambda i, a: svc.work_item_accept(item=i, actor=a))
        ),
        threading.Thread(
            target=act,
            args=(world.deputy, lambda i, a: svc.work_item_return(item=i, actor=a, reason="Bổ sung")),
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["ok", "stale"]
    final = WorkItem.objects.get(pk=item.pk)
    assert final.version == item.version + 1
    moves = AuditEvent.objects.filter(work_item=item, verb__in=["work_item.accept", "work_item.return"])
    assert moves.count() == 1
