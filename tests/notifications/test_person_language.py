"""The language is the person's choice, else Vietnamese: an English browser alone changes nothing."""

import pytest
from django.test import Client
from django.urls import reverse

from notifications.models import NotificationPreference

ENGLISH_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9"}


def _lang(response) -> str:
    html = response.content.decode()
    return html.split('<html lang="', 1)[1].split('"', 1)[0]


@pytest.mark.django_db
def test_login_page_is_vietnamese_for_an_english_browser(client):
    response = client.get(reverse("login"), **ENGLISH_BROWSER)
    assert _lang(response) == "vi"
    assert "Đăng nhập" in response.content.decode()
    assert response["Content-Language"] == "vi"
    assert "Accept-Language" not in response.get("Vary", "")


@pytest.mark.django_db
def test_switcher_on_the_login_page_works_by_cookie(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/login/"})
    response = client.get(reverse("login"))
    assert _lang(response) == "en" and "Log in" in response.content.decode()
    client.post(reverse("set_language"), {"language": "vi", "next": "/login/"})
    assert _lang(client.get(reverse("login"), **ENGLISH_BROWSER)) == "vi"


@pytest.mark.django_db
def test_signed_in_person_with_english_browser_gets_vietnamese(client, world):
    client.force_login(world.staff_a)
    response = client.get(reverse("inbox"), **ENGLISH_BROWSER)
    assert response.status_code == 200 and _lang(response) == "vi"


@pytest.mark.django_db
def test_switcher_stores_the_choice_on_the_person_for_every_device(client, world):
    client.force_login(world.head_a)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert NotificationPreference.objects.get(user=world.head_a).language == "en"
    other_device = Client()  # no cookie: the stored choice alone
    other_device.force_login(world.head_a)
    assert _lang(other_device.get(reverse("inbox"))) == "en"
    client.post(reverse("set_language"), {"language": "vi", "next": "/"})
    assert _lang(other_device.get(reverse("inbox"), **ENGLISH_BROWSER)) == "vi"


@pytest.mark.django_db
def test_stored_choice_wins_over_a_stale_cookie(client, world):
    NotificationPreference.objects.create(user=world.head_a, language="vi")
    client.cookies["django_language"] = "en"
    client.force_login(world.head_a)
    assert _lang(client.get(reverse("inbox"))) == "vi"


@pytest.mark.django_db
def test_choice_made_on_the_login_page_becomes_the_persons(client, world):
    world.staff_a.set_password("pw-12345-long")
    world.staff_a.save()
    client.post(reverse("set_language"), {"language": "en", "next": "/login/"})
    client.post(reverse("login"), {"username": world.staff_a.username, "password": "pw-12345-long"})
    assert NotificationPreference.objects.get(user=world.staff_a).language == "en"


@pytest.mark.django_db
def test_login_page_cookie_does_not_override_an_earlier_choice(client, world):
    NotificationPreference.objects.create(user=world.staff_a, language="vi")
    world.staff_a.set_password("pw-12345-long")
    world.staff_a.save()
    client.cookies["django_language"] = "en"
    client.post(reverse("login"), {"username": world.staff_a.username, "password": "pw-12345-long"})
    assert NotificationPreference.objects.get(user=world.staff_a).language == "vi"


@pytest.mark.django_db
def test_unknown_language_is_not_stored(client, world):
    client.force_login(world.head_a)
    client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    assert not NotificationPreference.objects.filter(user=world.head_a).exists()


@pytest.mark.django_db
def test_the_language_is_read_with_the_user_in_one_query(client, world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    NotificationPreference.objects.create(user=world.staff_a, language="en")
    client.force_login(world.staff_a)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("inbox"))
    assert _lang(response) == "en"
    reads = [q["sql"] for q in queries if "notifications_notificationpreference" in q["sql"]]
    assert reads and all('"engine_user"' in sql for sql in reads), reads
