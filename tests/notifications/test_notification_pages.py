"""The notifications page, the header bell, open/mark read; another user's rows stay out of reach."""

import pytest
from django.urls import reverse

from notifications.models import Notification, NotificationPreference
from tests.factories import advance

pytestmark = pytest.mark.django_db


@pytest.fixture
def returned(world):
    item = world.item_in("reported")
    advance(world, item, "return")
    return world, item


def test_bell_shows_the_unread_count(client, returned, django_assert_max_num_queries):
    world, _item = returned
    client.force_login(world.head_a)
    unread = Notification.objects.filter(recipient=world.head_a, read_at__isnull=True).count()
    page = client.get(reverse("work_item_list")).content.decode()
    assert 'id="notif-bell"' in page
    assert f'data-testid="bell-count" aria-live="polite">{unread}</span>' in page
    assert "js/notifications.js" in page


def test_list_filters_and_marks_all_read(client, returned, django_assert_max_num_queries):
    world, _item = returned
    client.force_login(world.head_a)
    with django_assert_max_num_queries(12):
        page = client.get(reverse("notification_list"), {"show": "unread", "topic": "work_item"})
    text = page.content.decode()
    assert "đã trả lại báo cáo" in text
    assert (
        client.get(reverse("notification_list"), {"topic": "extension"}).context["page"].paginator.count == 0
    )
    client.post(reverse("notification_mark_all_read"))
    assert not Notification.objects.filter(recipient=world.head_a, read_at__isnull=True).exists()
    assert Notification.objects.filter(recipient=world.deputy_head_a, read_at__isnull=True).exists()


def test_open_marks_read_and_follows_the_link(client, returned):
    world, item = returned
    row = Notification.objects.get(recipient=world.head_a, kind="work_item.returned")
    client.force_login(world.head_a)
    response = client.get(reverse("notification_open", args=[row.pk]))
    assert response.status_code == 302 and response["Location"] == f"/work-items/{item.pk}/"
    row.refresh_from_db()
    assert row.read_at is not None


def test_another_users_notification_is_not_found(client, returned):
    world, _item = returned
    row = Notification.objects.get(recipient=world.head_a, kind="work_item.returned")
    client.force_login(world.head_c)
    assert client.get(reverse("notification_open", args=[row.pk])).status_code == 404
    client.post(reverse("notification_mark_read", args=[row.pk]))
    row.refresh_from_db()
    assert row.read_at is None


def test_preferences_are_saved(client, returned):
    world, _item = returned
    client.force_login(world.head_a)
    client.post(reverse("notification_preference"), {"email": "never", "language": "en"})
    preference = NotificationPreference.objects.get(user=world.head_a)
    assert (preference.email, preference.language) == ("never", "en")
