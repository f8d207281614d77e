"""A sweep or a publication tells each person once, with counts and a link to the list it counts."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from engine.services.escalation import escalation_sweep
from engine.services.programmes import programme_create, programme_publish, programme_submit
from engine.services.work_items import work_item_delegate
from notifications.models import Notification

VN = ZoneInfo("Asia/Ho_Chi_Minh")
pytestmark = pytest.mark.django_db


def _listed(client, link) -> set[int]:
    response = client.get(link)
    assert response.status_code == 200
    return {item.pk for item in response.context["page"].object_list}


def test_one_notification_per_person_per_sweep_with_counts_and_the_list_it_counts(client, world):
    items = [world.item_in("in_progress", due=date(2026, 3, 2 + n), content=f"Việc {n}") for n in range(5)]
    quiet = world.item_in("in_progress", due=date(2026, 12, 1), content="Chưa đến hạn")
    Notification.objects.all().delete()
    result = escalation_sweep(now=datetime(2026, 3, 20, 8, tzinfo=VN), organisation=world.org)
    assert {f.item for f in result.fired} == {item.pk for item in items}  # steps and digests
    for person in (world.head_a, world.director, world.inspectorate):  # step 4 and the digest
        rows = Notification.objects.filter(recipient=person)
        assert rows.count() == 1, person
    told = Notification.objects.get(recipient=world.head_a)
    assert told.kind == "work_item.escalated_summary"
    assert told.message == "5 nhiệm vụ của QLKH cần đôn đốc: 5 quá hạn."
    assert "escalated_on=2026-03-20" in told.link and f"unit={world.unit_a.pk}" in told.link
    client.force_login(world.head_a)
    assert _listed(client, told.link) == {item.pk for item in items}
    assert quiet.pk not in _listed(client, told.link)


def test_someone_named_for_one_item_reads_about_that_item(world):
    item = world.item_in("in_progress", due=date(2026, 3, 11))
    work_item_delegate(item=item, actor=world.head_a, assignee=world.staff_a)
    Notification.objects.all().delete()
    escalation_sweep(now=datetime(2026, 3, 12, 8, tzinfo=VN), organisation=world.org)
    told = Notification.objects.get(recipient=world.head_a)
    assert told.kind == "work_item.escalated" and told.work_item_id == item.pk
    assert told.link == reverse("work_item_detail", args=[item.pk])


def test_a_publication_tells_each_person_once_and_links_to_the_programmes_items(client, world):
    other = programme_create(
        organisation=world.org,
        actor=world.secretariat,
        title="Chương trình khác",
        kind="year",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
    )
    elsewhere = world.item_in("assigned", content="Việc của chương trình khác")
    elsewhere.programme = other
    elsewhere.save(update_fields=["programme"])
    items = [world.item(content=f"Nhiệm vụ {n}") for n in range(4)]
    programme = programme_submit(programme=world.programme, actor=world.secretariat)
    Notification.objects.all().delete()
    programme_publish(programme=programme, actor=world.director)
    for person in (world.head_a, world.deputy_head_a, world.deputy, world.inspectorate, world.secretariat):
        assert list(Notification.objects.filter(recipient=person).values_list("kind", flat=True)) == [
            "programme.published"
        ], person
    told = Notification.objects.get(recipient=world.head_a)
    client.force_login(world.head_a)
    assert _listed(client, told.link) == {item.pk for item in items}
