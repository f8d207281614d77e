"""Accounts: every user changes their password, resets it by email, and must replace the demo one."""

import datetime as dt
import re

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from tests.factories import UserFactory


@pytest.mark.django_db
def test_a_staff_member_changes_their_password(client):
    user = UserFactory(username="nv.e")
    client.force_login(user)
    page = client.get(reverse("password_change"))
    assert page.status_code == 200 and "Đổi mật khẩu" in page.content.decode()
    response = client.post(
        reverse("password_change"),
        {"old_password": "pw", "new_password1": "Mua-xuan-2026!", "new_password2": "Mua-xuan-2026!"},
    )
    assert response.status_code == 302 and response.url == reverse("password_change_done")
    user.refresh_from_db()
    assert user.check_password("Mua-xuan-2026!")


@pytest.mark.django_db
def test_a_wrong_old_password_changes_nothing(client):
    user = UserFactory(username="nv.f")
    client.force_login(user)
    response = client.post(
        reverse("password_change"),
        {"old_password": "nope", "new_password1": "Mua-xuan-2026!", "new_password2": "Mua-xuan-2026!"},
    )
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.check_password("pw")


@pytest.mark.django_db
def test_password_reset_by_email_link_sets_a_new_password_and_lifts_a_lock(client, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    user = UserFactory(username="nv.g", email="nv.g@so.gov.vn")
    for _ in range(3):
        client.post("/login/", {"username": "nv.g", "password": "wrong"})
    response = client.post(reverse("password_reset"), {"email": "nv.g@so.gov.vn"})
    assert response.status_code == 302 and response.url == reverse("password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nv.g@so.gov.vn"] and "đặt lại mật khẩu" in message.subject
    link = re.search(r"https?://\S+/password-reset/\S+/\S+/", message.body).group(0)
    path = link.split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200 and b"password-reset-form" in form_page.content
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "Dong-chi-Moi-9", "new_password2": "Dong-chi-Moi-9"},
    )
    assert response.status_code == 302 and response.url == reverse("password_reset_complete")
    user.refresh_from_db()
    assert user.check_password("Dong-chi-Moi-9")
    assert client.post("/login/", {"username": "nv.g", "password": "Dong-chi-Moi-9"}).status_code == 302
    # The link works once.
    assert b"reset-link-invalid" in client.get(path, follow=True).content


@pytest.mark.django_db
def test_an_unknown_address_gets_the_same_answer_and_no_email(client):
    response = client.post(reverse("password_reset"), {"email": "ai-do@example.com"})
    assert response.status_code == 302 and response.url == reverse("password_reset_done")
    assert mail.outbox == []


@pytest.mark.django_db
def test_in_production_the_demo_password_must_be_changed_first(client, settings):
    settings.DEBUG = False
    settings.DEMO_PASSWORD = "dondoc-demo"
    user = UserFactory(username="demo.h")
    user.set_password("dondoc-demo")
    user.save()
    response = client.post("/login/", {"username": "demo.h", "password": "dondoc-demo"})
    assert response.status_code == 302
    response = client.get(reverse("inbox"))
    assert response.status_code == 302 and response.url == reverse("password_change")
    page = client.get(reverse("password_change"))
    assert b"must-change" in page.content
    client.post(
        reverse("password_change"),
        {
            "old_password": "dondoc-demo",
            "new_password1": "Rieng-cua-toi-7",
            "new_password2": "Rieng-cua-toi-7",
        },
    )
    assert client.get(reverse("inbox")).status_code == 200


@pytest.mark.django_db
def test_with_debug_on_the_demo_password_is_not_forced(client, settings):
    settings.DEBUG = True
    user = UserFactory(username="demo.i")
    user.set_password(settings.DEMO_PASSWORD)
    user.save()
    client.post("/login/", {"username": "demo.i", "password": settings.DEMO_PASSWORD})
    assert client.get(reverse("inbox")).status_code == 200


@pytest.mark.django_db
def test_an_idle_session_ends(client, settings):
    settings.SESSION_IDLE_TIMEOUT_SECONDS = 1800
    UserFactory(username="nv.j")
    with time_machine.travel(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC), tick=False) as traveller:
        client.post("/login/", {"username": "nv.j", "password": "pw"})
        traveller.shift(dt.timedelta(minutes=20))
        assert client.get(reverse("inbox")).status_code == 200
        traveller.shift(dt.timedelta(minutes=20))  # 20 min since the last request: still active
        assert client.get(reverse("inbox")).status_code == 200
        traveller.shift(dt.timedelta(minutes=31))
        response = client.get(reverse("inbox"))
        assert response.status_code == 302 and response.url.startswith(reverse("login"))
        assert "_auth_user_id" not in client.session
