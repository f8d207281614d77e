"""Bulk actions on the list: a head hands several items over, a leader accepts several reports.

Each item is one service call and one audit event, judged alone (engine.services.work_items_bulk):
what is allowed is done, what is not is listed with its reason, and nothing else changes.
"""

import pytest
from django.urls import reverse

from engine.exceptions import InvalidInput
from engine.forms import WorkItemFilterForm
from engine.models import AuditEvent, WorkItem
from engine.services.programmes import work_item_create
from engine.services.work_items_bulk import work_items_bulk
from notifications.models import Notification
from tests.factories import advance

pytestmark = pytest.mark.django_db


def _events(verb, items) -> int:
    return AuditEvent.objects.filter(verb=verb, work_item_id__in=[i.pk for i in items]).count()


def _post(client, user, action, items, **extra):
    client.force_login(user)
    data = {"action": action, "items": [i.pk for i in items], "next": reverse("work_item_list"), **extra}
    return client.post(reverse("work_item_bulk"), data)


def test_head_hands_several_items_to_a_staff_member_one_event_each(client, world):
    mine = [world.item_in("assigned"), world.item_in("in_progress")]
    other_unit = work_item_create(
        programme=world.programme, actor=world.secretariat, content="Việc phòng C", lead_units=[world.unit_c]
    )
    advance(world, other_unit, "assign")
    response = _post(client, world.head_a, "delegate", [*mine, other_unit], assignee=world.staff_a.pk)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="bulk-done"') == 2 and html.count('class="bulk-failed"') == 1
    assert all(WorkItem.objects.get(pk=i.pk).assignee_id == world.staff_a.pk for i in mine)
    assert WorkItem.objects.get(pk=other_unit.pk).assignee_id is None
    assert _events("work_item.delegate", mine) == 2
    assert _events("work_item.delegate", [other_unit]) == 0


def test_director_accepts_several_reports_and_a_wrong_state_is_reported_not_hidden(world):
    reported = [world.item_in("reported"), world.item_in("reported")]
    running = world.item_in("in_progress")
    outcomes = work_items_bulk(
        actor=world.director, action="accept", item_ids=[i.pk for i in [*reported, running]], note="Đạt"
    )
    assert [o.done for o in outcomes] == [True, True, False]
    assert "Đang thực hiện" in outcomes[2].message or "in progress" in outcomes[2].message
    assert {WorkItem.objects.get(pk=i.pk).state for i in reported} == {WorkItem.State.ACCEPTED}
    assert WorkItem.objects.get(pk=running.pk).state == WorkItem.State.IN_PROGRESS
    assert _events("work_item.accept", reported) == 2 and _events("work_item.accept", [running]) == 0


def test_deputy_accepts_only_the_units_they_supervise(world):
    supervised = world.item_in("reported")  # unit A: world.deputy supervises it
    outcomes = work_items_bulk(actor=world.deputy_other, action="accept", item_ids=[supervised.pk])
    assert not outcomes[0].done and WorkItem.objects.get(pk=supervised.pk).state == WorkItem.State.REPORTED
    outcomes = work_items_bulk(actor=world.deputy, action="accept", item_ids=[supervised.pk])
    assert outcomes[0].done


def test_staff_get_no_bulk_bar_and_their_post_changes_nothing(client, world):
    item = world.item_in("reported")
    client.force_login(world.staff_a)
    assert 'data-testid="bulk-bar"' not in client.get(reverse("work_item_list")).content.decode()
    response = _post(client, world.staff_a, "accept", [item])
    assert response.status_code == 400
    assert WorkItem.objects.get(pk=item.pk).state == WorkItem.State.REPORTED


def test_bar_is_offered_to_heads_and_leaders(client, world):
    world.item_in("assigned")
    for user, action in ((world.head_a, "delegate"), (world.director, "accept"), (world.deputy, "accept")):
        client.force_login(user)
        html = client.get(reverse("work_item_list") + "?scope=all").content.decode()
        assert 'data-testid="bulk-bar"' in html and f'value="{action}"' in html, user


def test_an_item_of_another_organisation_is_no_such_item(world):
    foreign = world.item_in("reported")
    outcomes = work_items_bulk(actor=world.director_x, action="accept", item_ids=[foreign.pk])
    assert not outcomes[0].done and outcomes[0].label == f"#{foreign.pk}"


def test_bad_requests_are_refused_whole(world):
    item = world.item_in("assigned")
    with pytest.raises(InvalidInput):
        work_items_bulk(actor=world.head_a, action="delegate", item_ids=[item.pk])  # nobody chosen
    with pytest.raises(InvalidInput):
        work_items_bulk(actor=world.director, action="accept", item_ids=[])
    with pytest.raises(InvalidInput):
        work_items_bulk(actor=world.director, action="cancel", item_ids=[item.pk])


def test_list_with_bulk_bar_keeps_its_query_budget(client, world, django_assert_max_num_queries):
    for _n in range(12):
        world.item_in("reported")
    client.force_login(world.director)
    client.get(reverse("work_item_list"))
    with django_assert_max_num_queries(14):
        response = client.get(reverse("work_item_list"))
    assert response.content.decode().count('name="items"') == 12


# --- one notice per person per bulk action (issue 14: grouped notifications) -----------------


def _notices(kind) -> dict[int, list[Notification]]:
    found: dict[int, list[Notification]] = {}
    for row in Notification.objects.filter(kind=kind):
        found.setdefault(row.recipient_id, []).append(row)
    return found


def test_bulk_hand_over_tells_each_person_once_with_the_count_and_the_list(client, world):
    items = [world.item_in("assigned"), world.item_in("assigned"), world.item_in("in_progress")]
    Notification.objects.all().delete()
    outcomes = work_items_bulk(
        actor=world.head_a, action="delegate", item_ids=[i.pk for i in items], assignee=world.staff_a
    )
    assert all(o.done for o in outcomes)
    assert _events("work_item.delegate", items) == 3  # the audit keeps one event per item
    assert not Notification.objects.filter(kind="work_item.delegated").exists()
    notices = _notices("work_item.bulk_delegated")
    # The per-item rule: the lead unit's managers and the assignee; the acting head is not told.
    assert set(notices) == {world.staff_a.pk, world.deputy_head_a.pk}
    assert all(len(rows) == 1 for rows in notices.values())
    row = notices[world.staff_a.pk][0]
    assert " 3 " in row.message and str(world.staff_a) in row.message and world.unit_a.label in row.message
    client.force_login(world.staff_a)
    html = client.get(row.link).content.decode()
    listed = WorkItem.objects.filter(pk__in=[i.pk for i in items])
    assert all(reverse("work_item_detail", args=[i.pk]) in html for i in listed)


def test_bulk_accept_reaches_whom_the_item_notice_would_and_counts_only_what_succeeded(client, world):
    reported = [world.item_in("reported"), world.item_in("reported")]
    running = world.item_in("in_progress")
    alone = world.item_in("reported")
    Notification.objects.all().delete()
    outcomes = work_items_bulk(
        actor=world.director, action="accept", item_ids=[i.pk for i in [*reported, running]]
    )
    assert [o.done for o in outcomes] == [True, True, False]
    assert _events("work_item.accept", reported) == 2 and _events("work_item.accept", [running]) == 0
    assert not Notification.objects.filter(kind="work_item.accepted").exists()
    notices = _notices("work_item.bulk_accepted")
    assert notices and all(len(rows) == 1 for rows in notices.values())
    assert world.director.pk not in notices
    row = next(iter(notices.values()))[0]
    assert " 2 " in row.message and " 3 " not in row.message
    assert row.link.endswith("ids=" + "%2C".join(str(i.pk) for i in reported))
    client.force_login(world.head_a)
    html = client.get(row.link).content.decode()
    assert reverse("work_item_detail", args=[running.pk]) not in html
    assert all(reverse("work_item_detail", args=[i.pk]) in html for i in reported)
    # A bulk action of one item notifies as on its page; the same people as the summary.
    work_items_bulk(actor=world.director, action="accept", item_ids=[alone.pk])
    assert set(_notices("work_item.accepted")) == set(notices)
    assert len(_notices("work_item.bulk_accepted")) == len(notices)


def test_bulk_action_where_nothing_succeeded_tells_nobody(world):
    running = [world.item_in("in_progress"), world.item_in("in_progress")]
    Notification.objects.all().delete()
    work_items_bulk(actor=world.director, action="accept", item_ids=[i.pk for i in running])
    assert not Notification.objects.exists()


def test_list_filter_by_ids_is_bounded(client, world):
    item = world.item_in("assigned")
    client.force_login(world.director)
    html = client.get(reverse("work_item_list") + f"?scope=all&ids={item.pk}").content.decode()
    assert reverse("work_item_detail", args=[item.pk]) in html
    assert WorkItemFilterForm({"ids": f"{item.pk}, {item.pk + 1}"}).is_valid()
    too_many = WorkItemFilterForm({"ids": ",".join(str(n) for n in range(1, 202))})
    assert not too_many.is_valid() and "ids" in too_many.errors
    assert not WorkItemFilterForm({"ids": "1,x"}).is_valid()
