"""Chromium on a 390 px phone (and a 1366 px laptop): the menu, the inbox, the item, a photo report."""

import io

import pytest
from PIL import Image

from engine.models import Attachment, WorkItem
from tests.browser import screenshot
from tests.factories import build_world

PHONE = {"width": 390, "height": 844}


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 120, 60)).save(buffer, "JPEG")
    return buffer.getvalue()


def _sign_in(chromium, server, username, *, viewport, locale="en-US"):
    """An English browser (most officials'), so the test also sees the product stay Vietnamese."""
    context = chromium.new_context(locale=locale, viewport=viewport, has_touch=viewport["width"] < 500)
    page = context.new_page()
    page.goto(f"{server.url}/login/")
    assert page.get_attribute("html", "lang") == "vi"
    page.fill("#id_username", username)
    page.fill("#id_password", "pw")
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.url}/inbox/")
    return page


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_staff_files_a_progress_report_with_a_photo_on_a_phone(asgi_server, chromium):
    world = build_world("ph")
    item = world.item_in("in_progress", content="Kiểm tra hiện trường mô hình trình diễn")
    page = _sign_in(chromium, asgi_server, world.staff_a.username, viewport=PHONE)

    # The menu is folded: the first work item shows on the first screen, above the fold.
    assert not page.is_visible(".mainnav")
    first = page.locator(".inbox-row").first
    box = first.bounding_box()
    assert box is not None and box["y"] + 40 < PHONE["height"], box
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "phone__inbox")
    page.click("#navtoggle")
    assert page.is_visible(".mainnav") and page.get_attribute("#navtoggle", "aria-expanded") == "true"
    page.click("#navtoggle")
    assert not page.is_visible(".mainnav")

    page.click("text=Kiểm tra hiện trường mô hình trình diễn")
    page.wait_for_selector(".item-head")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.click("details[data-action=progress] summary")
    camera = page.locator("#id_progress-photo")
    assert camera.get_attribute("accept") == "image/*" and camera.get_attribute("capture") == "environment"
    page.fill("#id_progress-text", "Đã kiểm tra hiện trường, ảnh kèm theo.")
    page.fill("#id_progress-percent", "60")
    camera.set_input_files({"name": "hien-truong.jpg", "mimeType": "image/jpeg", "buffer": _jpeg()})
    page.click("details[data-action=progress] button[type=submit]")
    page.wait_for_selector(".msg-success")
    assert "Đã kiểm tra hiện trường, ảnh kèm theo." in page.content()
    assert page.is_visible("a.attachment:has-text('hien-truong.jpg')")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "phone__item_with_photo")
    stored = Attachment.objects.get(report__work_item=item)
    assert stored.original_name == "hien-truong.jpg" and stored.content_type == "image/jpeg"
    assert WorkItem.objects.get(pk=item.pk).state == WorkItem.State.IN_PROGRESS
    page.context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_directors_menu_is_one_line_at_1366_px(asgi_server, chromium):
    world = build_world("lp")
    page = _sign_in(chromium, asgi_server, world.director.username, viewport={"width": 1366, "height": 768})
    tops = page.eval_on_selector_all(
        ".mainnav > a, .mainnav > details > summary, .userbox, .langswitch, #notif-bell",
        "els => els.map(e => e.getBoundingClientRect()).map(r => Math.round(r.top + r.height / 2))",
    )
    assert len(tops) >= 9 and max(tops) - min(tops) <= 6, tops
    assert page.is_visible(".mainnav") and not page.is_visible("#navtoggle")
    page.click(".navmenu summary")
    page.click(".navmenu-list a[href$='/oversight/dashboard/']")
    page.wait_for_url("**/oversight/dashboard/")
    screenshot(page, "laptop__menu")
    page.context.close()
