"""Abuse: wrong passwords lock an account (and an address), on /login/ and /admin/login/."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from engine.models import AuditEvent
from tests.factories import UserFactory

LOCKED_VI = "Quá nhiều lần nhập sai mật khẩu"


def _login(client, username, password, path="/login/"):
    return client.post(path, {"username": username, "password": password}, REMOTE_ADDR="10.0.0.7")


@pytest.mark.django_db
@time_machine.travel(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC), tick=False)
def test_twenty_wrong_passwords_lock_the_account_then_it_opens_again(client, settings):
    user = UserFactory(username="nv.a", is_staff=True)
    for _ in range(19):
        assert LOCKED_VI not in _login(client, "nv.a", "wrong").content.decode()
    assert not AuditEvent.objects.filter(verb="account_locked").exists()
    response = _login(client, "nv.a", "wrong")
    assert LOCKED_VI in response.content.decode()
    event = AuditEvent.objects.get(verb="account_locked")
    assert (event.object_id, event.organisation_id) == (str(user.pk), user.organisation_id)
    # The right password does not get through the lock, and nobody is logged in.
    response = _login(client, "NV.A", "pw")
    assert response.status_code == 200 and LOCKED_VI in response.content.decode()
    assert "_auth_user_id" not in client.session
    # Nor through the admin's door.
    response = _login(client, "nv.a", "pw", path="/admin/login/")
    assert LOCKED_VI in response.content.decode()
    with time_machine.travel(dt.timedelta(seconds=settings.LOGIN_LOCKOUT_SECONDS + 1)):
        response = _login(client, "nv.a", "pw")
        assert response.status_code == 302 and response.url == reverse("inbox")


@pytest.mark.django_db
def test_wrong_passwords_on_the_admin_login_count_too(client):
    UserFactory(username="admin.b", is_staff=True, is_superuser=True)
    for _ in range(20):
        _login(client, "admin.b", "wrong", path="/admin/login/")
    response = _login(client, "admin.b", "pw", path="/admin/login/")
    assert LOCKED_VI in response.content.decode()
    assert AuditEvent.objects.filter(verb="account_locked").count() == 1


@pytest.mark.django_db
def test_one_address_guessing_many_accounts_is_locked(client, settings):
    settings.LOGIN_ADDRESS_FAILURE_LIMIT = 5
    UserFactory(username="nv.c")
    for n in range(5):
        _login(client, f"ghost{n}", "wrong")
    response = _login(client, "nv.c", "pw")
    assert LOCKED_VI in response.content.decode()
    # Another address is not affected.
    response = client.post("/login/", {"username": "nv.c", "password": "pw"}, REMOTE_ADDR="10.0.0.8")
    assert response.status_code == 302


@pytest.mark.django_db
def test_a_right_password_resets_the_count(client):
    UserFactory(username="nv.d")
    for _ in range(15):
        _login(client, "nv.d", "wrong")
    assert _login(client, "nv.d", "pw").status_code == 302
    client.logout()
    for _ in range(15):
        _login(client, "nv.d", "wrong")
    assert _login(client, "nv.d", "pw").status_code == 302
