"""Programme state: draft → submitted → published (sent back → draft), the approval page and its warning."""

from datetime import date, datetime
from importlib import import_module
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation

from engine.audit import audit_record
from engine.exceptions import InvalidTransition
from engine.models import AuditEvent, Programme, WorkItem
from engine.services.escalation import escalation_sweep
from engine.services.programmes import programme_publish, programme_send_back, programme_submit
from notifications.models import Notification

VN = ZoneInfo("Asia/Ho_Chi_Minh")
pytestmark = pytest.mark.django_db


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=VN)


def _programme(world) -> Programme:
    return Programme.objects.get(pk=world.programme.pk)


def test_submit_sets_the_state_and_send_back_returns_it_to_draft(world):
    world.item()
    programme = programme_submit(programme=world.programme, actor=world.secretariat, note="Kính trình.")
    assert programme.state == "submitted" and programme.submitted_at is not None
    event = AuditEvent.objects.filter(verb="programme.submit").get()
    assert (event.from_state, event.to_state, event.reason) == ("draft", "submitted", "Kính trình.")
    programme = programme_send_back(programme=programme, actor=world.director, notes="Bổ sung.")
    assert programme.state == "draft" and programme.submitted_at is None
    event = AuditEvent.objects.filter(verb="programme.send_back").get()
    assert (event.from_state, event.to_state) == ("submitted", "draft")


def test_resubmitting_a_submitted_programme_is_refused_in_vietnamese(world):
    world.item()
    programme_submit(programme=world.programme, actor=world.secretariat)
    with translation.override("vi"), pytest.raises(InvalidTransition) as refused:
        programme_submit(programme=world.programme, actor=world.secretariat)
    assert "đang chờ Giám đốc phê duyệt" in str(refused.value.message)
    assert AuditEvent.objects.filter(verb="programme.submit").count() == 1
    assert Notification.objects.filter(kind="programme.submitted", recipient=world.director).count() == 1


def test_a_draft_cannot_be_sent_back(world):
    world.item()
    with pytest.raises(InvalidTransition):
        programme_send_back(programme=world.programme, actor=world.director, notes="Sửa.")


def test_the_submit_button_disappears_once_submitted_and_the_page_shows_the_state(client, world):
    world.item()
    client.force_login(world.secretariat)
    url = reverse("programme_detail", args=[world.programme.pk])
    submit = reverse("programme_action", args=[world.programme.pk, "submit"])
    assert submit in client.get(url).content.decode()
    client.post(submit)
    page = client.get(url).content.decode()
    assert submit not in page
    assert 'data-state="submitted"' in page and "Chờ phê duyệt" in page
    again = client.post(submit, follow=True).content.decode()
    assert "không trình lại lần nữa" in again
    assert AuditEvent.objects.filter(verb="programme.submit").count() == 1


def test_the_directors_inbox_lists_the_programme_and_the_notification_opens_its_page(client, world):
    world.item()
    client.force_login(world.director)
    assert f'data-programme-id="{world.programme.pk}"' not in client.get(reverse("inbox")).content.decode()
    programme_submit(programme=world.programme, actor=world.secretariat)
    page = client.get(reverse("inbox")).content.decode()
    assert f'data-programme-id="{world.programme.pk}"' in page
    assert reverse("programme_detail", args=[world.programme.pk]) in page
    note = Notification.objects.get(kind="programme.submitted", recipient=world.director)
    assert note.link == reverse("programme_detail", args=[world.programme.pk])
    client.force_login(world.deputy)  # only the director approves
    assert f'data-programme-id="{world.programme.pk}"' not in client.get(reverse("inbox")).content.decode()


def test_approval_page_counts_overdue_and_due_within_a_working_week(client, world, time_machine):
    time_machine.move_to(at(date(2026, 6, 8)), tick=False)  # a Monday
    world.item(due=date(2026, 5, 31))
    world.item(due=date(2026, 6, 7))
    world.item(due=date(2026, 6, 8))  # today: due soon, not overdue
    world.item(due=date(2026, 6, 15))  # five working days later
    world.item(due=date(2026, 6, 16))
    world.item(due=None)
    programme_submit(programme=world.programme, actor=world.secretariat)
    client.force_login(world.director)
    page = client.get(reverse("programme_approve", args=[world.programme.pk])).content.decode()
    assert "2 nhiệm vụ đã quá hạn" in page
    assert "2 nhiệm vụ đến hạn trong một tuần tới (đến 15/06/2026)" in page
    # The approve button posts without confirmation only to be sent to this page.
    action = reverse("programme_action", args=[world.programme.pk, "approve"])
    assert client.post(action).url == reverse("programme_approve", args=[world.programme.pk])
    assert _programme(world).state == "submitted"
    client.post(action, {"confirmed": "1", "notes": "Các nhiệm vụ quá hạn: hoàn thành trong tháng 5."})
    assert _programme(world).state == "published"
    event = AuditEvent.objects.get(verb="programme.publish")
    assert event.reason == "Các nhiệm vụ quá hạn: hoàn thành trong tháng 5."
    assert (event.changes["overdue"], event.changes["due_soon"]) == (2, 2)
    told = Notification.objects.get(kind="programme.published", recipient=world.head_a)
    assert "2 nhiệm vụ đã quá hạn" in told.message and "hoàn thành trong tháng 5" in told.message


def test_steps_passed_before_publication_do_not_fire_and_later_ones_do(world, time_machine):
    # Default ladder for a deadline of Wed 11/3/2026: steps 1 (6/3), 2 (11/3), 3 (12/3), 4 (18/3),
    # digest every 7 days from 18/3 (25/3, 1/4, …).
    old = world.item(due=date(2026, 3, 11), content="Quá hạn trước khi ban hành")
    fresh = world.item(due=date(2026, 3, 20), content="Còn hạn khi ban hành")  # step 1 on 17/3
    programme_submit(programme=world.programme, actor=world.secretariat)
    time_machine.move_to(at(date(2026, 3, 17)), tick=False)
    programme_publish(programme=_programme(world), actor=world.director, note="Ban hành muộn.")
    fired = {
        (f.item, f.step) for f in escalation_sweep(now=at(date(2026, 3, 17)), organisation=world.org).fired
    }
    assert (old.pk, 3) not in fired and (old.pk, 2) not in fired
    assert (fresh.pk, 1) in fired  # a step due on the publication day is not the past
    later = escalation_sweep(now=at(date(2026, 3, 18)), organisation=world.org).fired
    assert [(f.item, f.step) for f in later if f.item == old.pk] == [(old.pk, 4)]  # reached after publication
    digest = escalation_sweep(now=at(date(2026, 3, 25)), organisation=world.org).fired
    assert (old.pk, 5) in {(f.item, f.step) for f in digest}


def test_items_of_a_programme_published_in_time_escalate_as_before(world, time_machine):
    item = world.item(due=date(2026, 3, 11))
    time_machine.move_to(at(date(2026, 3, 2)), tick=False)
    programme_publish(programme=world.programme, actor=world.director)
    assert WorkItem.objects.get(pk=item.pk).state == "assigned"
    fired = escalation_sweep(now=at(date(2026, 3, 12)), organisation=world.org).fired
    assert [(f.item, f.step) for f in fired] == [(item.pk, 3)]  # catching up: the latest step


def test_the_migration_backfills_submitted_programmes_from_the_audit_log(world):
    world.item()
    for verb in ("programme.submit", "programme.send_back", "programme.submit"):
        audit_record(organisation_id=world.org.pk, actor=None, verb=verb, obj=world.programme)
    other = Programme.objects.create(
        organisation=world.org,
        title="Đã trả lại",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
    )
    for verb in ("programme.submit", "programme.send_back"):
        audit_record(organisation_id=world.org.pk, actor=None, verb=verb, obj=other)
    migration = import_module("engine.migrations.0010_programme_state")
    migration.backfill_submitted(apps, None)
    assert _programme(world).state == "submitted" and _programme(world).submitted_at is not None
    assert Programme.objects.get(pk=other.pk).state == "draft"
