"""Chromium: the director returns a report; the unit head's bell and badge change without a reload."""

import pytest

from notifications.models import Notification
from tests.browser import login, screenshot
from tests.factories import build_world


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_director_returns_a_report_and_the_heads_bell_changes_live(asgi_server, chromium):
    world = build_world("nb")
    item = world.item_in("reported", content="Tổng kết phong trào thi đua năm 2026")
    head = login(chromium, asgi_server, world.head_a.username)
    head.goto(f"{asgi_server.url}/work-items/?scope=all")
    before = int(head.inner_text("[data-testid=bell-count]"))
    badge = f'[data-item-state="{item.pk}"]'
    assert head.inner_text(badge) == "Đã báo cáo"
    head.wait_for_function("() => !document.getElementById('notif-bell').classList.contains('offline')")
    head.evaluate("() => { window.__notReloaded = true; }")

    director = login(chromium, asgi_server, world.director.username)
    director.goto(f"{asgi_server.url}/work-items/{item.pk}/")
    director.click("details[data-action=return] summary")
    director.fill("#id_return-reason", "Thiếu biên bản họp hội đồng.")
    director.click("details[data-action=return] button[type=submit]")
    director.wait_for_selector(".msg-success")

    head.wait_for_function(
        f"() => document.querySelector('[data-testid=bell-count]').textContent === '{before + 1}'",
        timeout=10000,
    )
    head.wait_for_selector(".toast")
    assert "Thiếu biên bản họp hội đồng." in head.inner_text(".toast")
    head.wait_for_function(f"() => document.querySelector('{badge}').textContent === 'Đang thực hiện'")
    assert head.evaluate("() => window.__notReloaded") is True  # the same page, no reload
    screenshot(head, "notification_bell__returned")
    assert Notification.objects.filter(recipient=world.head_a, read_at__isnull=True).count() == before + 1

    head.click(".toast a")
    head.wait_for_url(f"{asgi_server.url}/work-items/{item.pk}/")
    assert head.inner_text("[data-testid=bell-count]") == str(before)
    head.context.close()
    director.context.close()
