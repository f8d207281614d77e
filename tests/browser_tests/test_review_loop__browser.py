"""Chromium: one item assigned → in progress → reported → returned → reported → accepted, by three users."""

import pytest

from engine.models import WorkItem
from flows.models import CompletionReviewProcess
from tests.browser import login, screenshot
from tests.factories import build_world

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def report(page, text: str, name: str):
    page.click("details[data-action=report] summary")
    page.fill("#id_report-text", text)
    page.set_input_files(
        "#id_report-files", files=[{"name": name, "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.click("details[data-action=report] button[type=submit]")
    page.wait_for_selector(".msg-success")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_item_goes_round_the_review_loop_in_the_browser(asgi_server, chromium):
    world = build_world("loop")
    item = world.item_in("assigned", content="Tổ chức hội đồng tư vấn tuyển chọn")

    staff = login(chromium, asgi_server, world.staff_a.username)
    staff.click("[data-kind=start] >> text=Tổ chức hội đồng tư vấn tuyển chọn")
    staff.click("details[data-action=start] summary")
    staff.click("details[data-action=start] button[type=submit]")
    staff.wait_for_selector(".msg-success")
    screenshot(staff, "review_loop__1_started_by_staff")
    staff.context.close()

    head = login(chromium, asgi_server, world.head_a.username)
    head.click("[data-kind=report] >> text=Tổ chức hội đồng tư vấn tuyển chọn")
    report(head, "Đã tổ chức hội đồng, biên bản kèm theo.", "bien-ban.pdf")
    assert "Đã báo cáo" in head.inner_text(".item-head")
    screenshot(head, "review_loop__2_reported_by_head")

    director = login(chromium, asgi_server, world.director.username)
    director.goto(f"{asgi_server.url}/approvals/")
    card = director.locator(f"#item-{item.pk}")
    assert "bien-ban.pdf" in card.inner_text()
    card.locator("textarea").fill("Thiếu quyết định thành lập hội đồng.")
    card.locator("button[value=return]").click()
    director.wait_for_selector(".msg-success")
    screenshot(director, "review_loop__3_returned_by_director")

    head.goto(f"{asgi_server.url}/inbox/")
    head.click("[data-kind=report] >> text=Tổ chức hội đồng tư vấn tuyển chọn")
    assert "Thiếu quyết định thành lập hội đồng." in head.content()
    report(head, "Đã bổ sung quyết định thành lập hội đồng.", "quyet-dinh.pdf")
    head.context.close()

    director.goto(f"{asgi_server.url}/approvals/")
    card = director.locator(f"#item-{item.pk}")
    assert "quyet-dinh.pdf" in card.inner_text()
    card.locator("button[value=accept]").click()
    director.wait_for_selector(".msg-success")
    assert f"item-{item.pk}" not in director.content()
    director.goto(f"{asgi_server.url}/work-items/{item.pk}/")
    screenshot(director, "review_loop__4_accepted_history")
    timeline = director.inner_text(".timeline")
    assert timeline.count("(Đang thực hiện → Đã báo cáo)") == 2
    assert "(Đã báo cáo → Đang thực hiện)" in timeline and "Thiếu quyết định" in timeline
    assert "(Đã báo cáo → Đã nghiệm thu)" in timeline
    director.context.close()

    item = WorkItem.objects.get(pk=item.pk)
    assert item.state == WorkItem.State.ACCEPTED
    process = CompletionReviewProcess.objects.get(work_item=item)
    assert process.status == "DONE"
