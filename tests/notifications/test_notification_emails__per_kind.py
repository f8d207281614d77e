"""Each user chooses, per topic, to be emailed at once, in the digest or never."""

import pytest
from django.core import mail
from django.urls import reverse

from engine.events import DomainEvent, emit
from notifications.emails import notification_emails_send
from notifications.models import Notification, NotificationPreference

pytestmark = pytest.mark.django_db


@pytest.fixture
def head(world, settings):
    settings.NOTIFICATIONS_DIGEST_DELAY_MINUTES = 60
    world.head_a.email = "head@example.org"
    world.head_a.save(update_fields=["email"])
    Notification.objects.all().delete()
    return world.head_a


def _tell(world, kind: str, user, **data):
    emit(DomainEvent(kind, world.org.pk, None, data={"recipient_ids": [user.pk], **data}))


def test_a_topic_chosen_immediately_is_emailed_at_once_while_the_default_digest_waits(world, head):
    NotificationPreference.objects.create(user=head, email="digest", per_kind={"escalation": "immediately"})
    _tell(world, "work_item.escalated_summary", head, count=3, overdue=3, unit_id=world.unit_a.pk)
    _tell(world, "work_item.started", head)
    sent = notification_emails_send()
    assert (sent["immediately"], sent["digest"]) == (1, 0)
    assert len(mail.outbox) == 1 and "3 nhiệm vụ của QLKH" in mail.outbox[0].subject
    pending = Notification.objects.filter(recipient=head, emailed_at__isnull=True)
    assert list(pending.values_list("kind", flat=True)) == ["work_item.started"]


def test_a_topic_chosen_never_is_not_emailed_while_the_others_are(world, head):
    NotificationPreference.objects.create(user=head, email="immediately", per_kind={"work_item": "never"})
    _tell(world, "work_item.started", head)
    _tell(world, "programme.published", head, assigned_items=2)
    sent = notification_emails_send()
    assert sent["immediately"] == 1
    assert [m.subject for m in mail.outbox] == [mail.outbox[0].subject]
    assert "ban hành" in mail.outbox[0].subject


def test_the_preferences_page_saves_each_topic(client, world):
    client.force_login(world.head_a)
    page = client.get(reverse("notification_preference"))
    assert page.status_code == 200 and 'name="kind_escalation"' in page.content.decode()
    client.post(
        reverse("notification_preference"),
        {"per_kind": "1", "email": "digest", "language": "vi", "kind_escalation": "immediately"},
    )
    preference = NotificationPreference.objects.get(user=world.head_a)
    assert preference.per_kind == {"escalation": "immediately"}
    assert preference.email_for("work_item.escalated") == "immediately"
    assert preference.email_for("work_item.started") == "digest"
    # The short form on the notification list keeps the topics.
    client.post(reverse("notification_preference"), {"email": "never", "language": "vi"})
    assert NotificationPreference.objects.get(user=world.head_a).per_kind == {"escalation": "immediately"}
    refused = client.post(
        reverse("notification_preference"),
        {"per_kind": "1", "email": "digest", "language": "vi", "kind_escalation": "loudly"},
    )
    assert refused.status_code == 302
    assert NotificationPreference.objects.get(user=world.head_a).per_kind == {"escalation": "immediately"}
