"""GET /api/v1/notifications/ and mark-read: each user sees and marks only their own."""

import pytest

from notifications.models import Notification

pytestmark = pytest.mark.django_db

URL = "/api/v1/notifications/"


def test_director_lists_own_notifications_and_marks_them_read(world, api_as, django_assert_max_num_queries):
    for n in range(3):
        world.item_in("reported", content=f"Nhiệm vụ {n}")
    mine = Notification.objects.filter(recipient=world.director)
    assert mine.count() >= 3
    client = api_as(world.director)
    client.get(URL)
    with django_assert_max_num_queries(6):
        body = client.get(URL, {"unread": "true", "kind": "work_item.reported"}).json()
    assert body["count"] == mine.filter(kind__startswith="work_item.reported").count()
    first = body["results"][0]["id"]
    left = client.post(f"{URL}mark-read/", {"ids": [first]}, format="json").json()["unread_count"]
    assert left == mine.filter(read_at__isnull=True).count() and Notification.objects.get(pk=first).is_read
    assert client.get(f"{URL}unread-count/").json() == {"unread_count": left}
    assert client.post(f"{URL}mark-read/", {"all": True}, format="json").json() == {"unread_count": 0}


def test_others_notifications_are_neither_listed_nor_marked(world, api_as):
    world.item_in("reported")
    theirs = Notification.objects.filter(recipient=world.director).first()
    client = api_as(world.staff_c)
    ids = {row["id"] for row in client.get(URL).json()["results"]}
    assert theirs.pk not in ids
    client.post(f"{URL}mark-read/", {"ids": [theirs.pk]}, format="json")
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_bad_mark_read_input_is_400(world, api_as):
    response = api_as(world.director).post(f"{URL}mark-read/", {"ids": ["x"]}, format="json")
    assert response.status_code == 400 and "ids.0" in response.json()["field_errors"]
