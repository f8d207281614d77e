"""Chromium: a user changes their password, then resets it through the emailed link."""

import re

import pytest
from django.core import mail

from tests.browser import login, screenshot
from tests.factories import UserFactory


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_change_then_reset_password_in_the_browser(asgi_server, chromium, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    user = UserFactory(username="nv.browser", email="nv.browser@so.gov.vn")
    page = login(chromium, asgi_server, user.username)
    page.click("[data-testid=current-user]")
    page.fill("#id_old_password", "pw")
    page.fill("#id_new_password1", "Hoa-sen-2026!")
    page.fill("#id_new_password2", "Hoa-sen-2026!")
    page.click("[data-testid=password-change-form] button[type=submit]")
    page.wait_for_selector("[data-testid=password-changed]")
    assert "Đã đổi mật khẩu" in page.content()
    page.click("button:has-text('Đăng xuất')")
    page.wait_for_url(f"{asgi_server.url}/login/")

    page.click("[data-testid=forgot-password]")
    page.fill("#id_email", "nv.browser@so.gov.vn")
    page.click("button[type=submit].primary")
    page.wait_for_selector("[data-testid=reset-sent]")
    assert len(mail.outbox) == 1
    link = re.search(r"http://\S+/password-reset/\S+/\S+/", mail.outbox[0].body).group(0)
    page.goto(link)
    page.fill("#id_new_password1", "Tre-xanh-2027!")
    page.fill("#id_new_password2", "Tre-xanh-2027!")
    page.click("[data-testid=password-reset-form] button[type=submit]")
    page.wait_for_selector("[data-testid=reset-complete]")
    screenshot(page, "account__password_reset_complete")
    page.context.close()

    login(chromium, asgi_server, user.username, "Tre-xanh-2027!").context.close()
    user.refresh_from_db()
    assert user.check_password("Tre-xanh-2027!")
