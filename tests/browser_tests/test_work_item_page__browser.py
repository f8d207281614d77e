"""Chromium: a unit head logs in, finds the assigned item, starts it and writes progress."""

import pytest

from engine.models import WorkItem
from tests.browser import login, screenshot
from tests.factories import build_world


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_head_starts_an_item_and_writes_progress(asgi_server, chromium):
    world = build_world("br")
    item = world.item_in("assigned", content="Tổ chức hội nghị tổng kết năm")
    page = login(chromium, asgi_server, world.head_a.username)
    assert "Nhiệm vụ của tôi" in page.content()
    page.click("text=Tổ chức hội nghị tổng kết năm")
    page.click("details[data-action=start] summary")
    page.click("details[data-action=start] button[type=submit]")
    page.wait_for_selector(".msg-success")
    assert "Đang thực hiện" in page.inner_text(".item-head")
    page.click("details[data-action=progress] summary")
    page.fill("#id_progress-text", "Đã gửi giấy mời đại biểu.")
    page.fill("#id_progress-percent", "40")
    page.click("details[data-action=progress] button[type=submit]")
    page.wait_for_selector(".msg-success")
    assert "Đã gửi giấy mời đại biểu." in page.content()
    screenshot(page, "work_item_page__in_progress")
    assert WorkItem.objects.get(pk=item.pk).state == WorkItem.State.IN_PROGRESS
    page.context.close()
