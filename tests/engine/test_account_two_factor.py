"""Two-step login (TOTP): the leadership and the inspectorate enrol; then login asks for a code."""

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


def _code(device) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@pytest.mark.django_db
def test_a_director_enrols_and_then_login_asks_for_the_code(client, world):
    client.force_login(world.director)
    page = client.get(reverse("two_factor"))
    assert page.status_code == 200 and b"totp-secret" in page.content
    device = TOTPDevice.objects.get(user=world.director, confirmed=False)
    assert client.post(reverse("two_factor"), {"token": "000000"}).status_code == 200
    device.refresh_from_db()
    assert not device.confirmed
    device.throttling_failure_count = 0
    device.save()
    response = client.post(reverse("two_factor"), {"token": _code(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    client.logout()

    response = client.post("/login/", {"username": world.director.username, "password": "pw"})
    assert response.status_code == 302 and response.url == reverse("login_otp")
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("inbox")).status_code == 302  # not logged in yet
    wrong = "123456" if _code(device) != "123456" else "654321"
    response = client.post(reverse("login_otp"), {"token": wrong})
    assert response.status_code == 200 and b"otp-error" in response.content
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.last_t = -1
    device.save()
    response = client.post(reverse("login_otp"), {"token": _code(device)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(world.director.pk)
    # The admin's login has no code field: an enrolled account is sent to /login/.
    client.logout()
    world.director.is_staff = True
    world.director.save(update_fields=["is_staff"])
    response = client.post("/admin/login/", {"username": world.director.username, "password": "pw"})
    assert "hai bước" in response.content.decode()


@pytest.mark.django_db
def test_a_head_of_unit_is_not_offered_two_step_login(client, world):
    client.force_login(world.head_a)
    assert client.get(reverse("two_factor")).status_code == 403


@pytest.mark.django_db
def test_the_inspectorate_may_enrol(client, world):
    client.force_login(world.inspectorate)
    assert client.get(reverse("two_factor")).status_code == 200
