"""Email delivery per preference: immediately, digest after the delay, never; read rows never."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from notifications.emails import notification_emails_send
from notifications.models import Notification, NotificationPreference
from notifications.services import notification_mark_read
from tests.factories import advance

pytestmark = pytest.mark.django_db


@pytest.fixture
def returned(world, settings):
    settings.NOTIFICATIONS_DIGEST_DELAY_MINUTES = 60
    for user in (world.head_a, world.deputy_head_a, world.deputy):
        user.email = f"{user.username}@example.org"
        user.save(update_fields=["email"])
    NotificationPreference.objects.create(user=world.deputy_head_a, email="immediately")
    NotificationPreference.objects.create(user=world.deputy, email="never")
    item = world.item_in("reported")
    Notification.objects.all().delete()  # keep only the return's rows
    advance(world, item, "return")
    return world


def _to(address):
    return [m for m in mail.outbox if address in m.to]


def test_immediately_is_emailed_at_the_next_run_digest_waits_for_the_delay(returned):
    notification_emails_send()
    assert len(_to("w.deputy_head_a@example.org")) == 1
    assert "đã trả lại báo cáo" in _to("w.deputy_head_a@example.org")[0].subject
    assert _to("w.head_a@example.org") == []  # digest: not yet an hour
    assert _to("w.deputy@example.org") == []  # never

    with time_machine.travel(timezone.now() + timedelta(minutes=61)):
        notification_emails_send()
    (digest,) = _to("w.head_a@example.org")
    assert "1 thông báo chưa đọc" in digest.subject
    assert "Thiếu minh chứng." in digest.body
    assert "/notifications/" in digest.body
    assert _to("w.deputy@example.org") == []
    assert len(_to("w.deputy_head_a@example.org")) == 1  # not sent twice

    with time_machine.travel(timezone.now() + timedelta(minutes=200)):
        notification_emails_send()
    assert len(mail.outbox) == 2


def test_read_notifications_are_not_emailed(returned):
    world = returned
    notification_mark_read(user=world.head_a, all_unread=True)
    with time_machine.travel(timezone.now() + timedelta(minutes=61)):
        notification_emails_send()
    assert _to("w.head_a@example.org") == []


def test_command_runs_the_sweep(returned, capsys):
    call_command("send_notification_emails")
    assert "emailed 1 at once" in capsys.readouterr().out
