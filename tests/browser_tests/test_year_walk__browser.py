"""Chromium: a programme's year, walked as its people through the real pages.

The secretariat imports a five-item programme and submits it; the director finds it in
"Việc cần làm" and approves it past the overdue warning; the head of QLKH hands one item to
a staff member, who is told, starts it and writes progress; the head reports it; the
supervising deputy director returns it once and accepts the second report; an escalation
sweep (run as `manage.py escalate` runs it) tells each person once; the head reports the
item that was overdue from the start and the deputy accepts it late; the evaluator computes
and freezes the year, whose figures are checked against a count made by hand below.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from engine.models import Evaluation, Programme, WorkItem
from engine.services.escalation import escalation_sweep
from notifications.models import Notification
from tests.browser import login, screenshot
from tests.factories import build_world

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

# Dues spread over the year: "Tháng N" is due on the month's last day.
A1 = "Tổng kết đề tài khoa học cấp tỉnh năm 2025"  # QLKH, March: overdue when approved
A2 = "Tổ chức hội đồng tư vấn tuyển chọn nhiệm vụ"  # QLKH, June: the item walked to acceptance
B1 = "Xây dựng kế hoạch chuyển đổi số của Sở"  # CĐS, May
B2 = "Nâng cấp cổng thông tin điện tử"  # CĐS, September
C1 = "Kiểm tra an toàn bức xạ cơ sở y tế"  # QLCN, November
PROGRAMME = f"""CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026
STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian
1\t{A1}\tPhòng Quản lý Khoa học\t\tTháng 3
2\t{A2}\tPhòng Quản lý Khoa học\tPhòng Chuyển đổi số\tTháng 6
3\t{B1}\tPhòng Chuyển đổi số\t\tTháng 5
4\t{B2}\tPhòng Chuyển đổi số\t\tTháng 9
5\t{C1}\tPhòng Quản lý Công nghệ\t\tTháng 11
""".encode()


def at(year, month, day, hour=9):
    return datetime(year, month, day, hour, tzinfo=TZ)


@pytest.fixture
def eager():
    from config.celery import app

    before = app.conf.task_always_eager
    app.conf.task_always_eager = True  # no worker in the test: the parse runs in the request
    yield
    app.conf.task_always_eager = before


def act(page, action: str, **fields):
    """Open one action of a work item page, fill its form, submit it, wait for the message."""
    page.click(f"details[data-action={action}] summary")
    for name, value in fields.items():
        page.fill(f"#id_{action}-{name}", value)
    page.click(f"details[data-action={action}] button[type=submit]")
    page.wait_for_selector(".msg-success, .msg-error, p.error")
    assert page.locator(".msg-success").count() == 1, page.inner_text("main")


def report(page, url: str, text: str, name: str):
    page.goto(url)
    page.set_input_files(
        "#id_report-files", files=[{"name": name, "mimeType": "application/pdf", "buffer": PDF}]
    )
    act(page, "report", text=text)


def decide(page, server, item: WorkItem, button: str, note: str = ""):
    page.goto(f"{server.url}/approvals/")
    card = page.locator(f"#item-{item.pk}")
    if note:
        card.locator("textarea").fill(note)
    card.locator(f"button[value={button}]").click()
    page.wait_for_selector(".msg-success")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_programme_year_walked_by_its_people(asgi_server, chromium, eager, settings, time_machine):
    # Sessions live on the server's (travelled) clock; a cookie without an expiry date keeps
    # the real-clock browser from dropping it as already expired.
    settings.SESSION_EXPIRE_AT_BROWSER_CLOSE = True
    time_machine.move_to(at(2026, 4, 15), tick=True)
    world = build_world("year")
    server = asgi_server.url

    # 15/04: the secretariat imports the file and sends the draft for approval.
    page = login(chromium, asgi_server, world.secretariat.username)
    page.goto(f"{server}/programmes/import/")
    page.set_input_files(
        "#id_file", files=[{"name": "ct-2026.txt", "mimeType": "text/plain", "buffer": PROGRAMME}]
    )
    page.click("[data-testid=upload-form] button[type=submit]")
    page.wait_for_selector("[data-testid=import-summary]")
    assert page.inner_text("[data-testid=problem-count]") == "0"
    page.click("[data-testid=confirm]")
    page.wait_for_selector(".msg-success")
    programme = Programme.objects.get(organisation=world.org, source_name="ct-2026.txt")
    assert page.url == f"{server}/programmes/{programme.pk}/"
    items = {i.content: i for i in programme.items.all()}
    assert sorted((i.due_date.isoformat(), i.state) for i in items.values()) == [
        ("2026-03-31", "drafted"),
        ("2026-05-31", "drafted"),
        ("2026-06-30", "drafted"),
        ("2026-09-30", "drafted"),
        ("2026-11-30", "drafted"),
    ]
    leads = {c: i.unit_links.get(role="lead").unit for c, i in items.items()}
    a, b, c = world.unit_a, world.unit_b, world.unit_c
    assert leads == {A1: a, A2: a, B1: b, B2: b, C1: c}
    page.click(f"form[action='/programmes/{programme.pk}/actions/submit/'] button[type=submit]")
    page.wait_for_selector("[data-testid=programme-submitted]")
    page.context.close()
    assert Programme.objects.get(pk=programme.pk).state == Programme.State.SUBMITTED

    # The director finds it in "Việc cần làm", sees one item already overdue, approves.
    page = login(chromium, asgi_server, world.director.username)
    row = page.locator(f"li[data-kind=approve_programme][data-programme-id='{programme.pk}']")
    assert "5 nhiệm vụ" in row.inner_text()
    row.locator("a.inbox-title").click()
    page.click("[data-testid=approve]")
    page.wait_for_url(f"{server}/programmes/{programme.pk}/approve/")
    overdue = page.locator("[data-testid=overdue]")
    assert overdue.get_attribute("class") == "warn"
    assert overdue.inner_text() == "1 nhiệm vụ đã quá hạn."  # A1, due 31/03
    screenshot(page, "year_walk__1_approval_warning")
    page.fill("textarea[name=notes]", "Nhiệm vụ tháng 3 thực hiện ngay.")
    page.click("[data-testid=confirm-approve]")
    page.wait_for_selector(".msg-success")
    page.context.close()
    programme = Programme.objects.get(pk=programme.pk)  # a protected state: fetched afresh
    assert programme.state == Programme.State.PUBLISHED
    assert set(programme.items.values_list("state", flat=True)) == {WorkItem.State.ASSIGNED}
    a2 = items[A2]
    item_url = f"{server}/work-items/{a2.pk}/"

    # The head of QLKH hands A2 to a staff member.
    head = login(chromium, asgi_server, world.head_a.username)
    head.goto(item_url)
    head.click("details[data-action=delegate] summary")
    head.select_option("#id_delegate-assignee", value=str(world.staff_a.pk))
    head.click("details[data-action=delegate] button[type=submit]")
    head.wait_for_selector(".msg-success")
    head.context.close()

    # The staff member is told, starts the item and writes progress.
    staff = login(chromium, asgi_server, world.staff_a.username)
    staff.goto(f"{server}/notifications/")
    told = f"đã giao nhiệm vụ “2 {A2}” cho {world.staff_a}."  # the item's ref, then its content
    assert staff.inner_text("main").count(told) == 1
    staff.goto(item_url)
    act(staff, "start")
    act(staff, "progress", text="Đã lập danh sách chuyên gia hội đồng.")
    staff.context.close()

    # Sessions do not outlive a jump of the clock: each step below logs in afresh.
    # 20/06 the head reports; 22/06 the deputy director returns it; 26/06 the head reports
    # again (still before the 30/06 deadline); 02/07 the deputy accepts.
    time_machine.move_to(at(2026, 6, 20), tick=True)
    head = login(chromium, asgi_server, world.head_a.username)
    report(head, item_url, "Đã tổ chức hội đồng.", "bien-ban.pdf")
    head.context.close()
    time_machine.move_to(at(2026, 6, 22), tick=True)
    deputy = login(chromium, asgi_server, world.deputy.username)
    decide(deputy, asgi_server, a2, "return", "Thiếu quyết định thành lập hội đồng.")
    deputy.context.close()
    time_machine.move_to(at(2026, 6, 26), tick=True)
    head = login(chromium, asgi_server, world.head_a.username)
    head.goto(item_url)
    assert "Thiếu quyết định thành lập hội đồng." in head.content()
    report(head, item_url, "Đã bổ sung quyết định thành lập hội đồng.", "quyet-dinh.pdf")
    head.context.close()
    time_machine.move_to(at(2026, 7, 2), tick=True)
    deputy = login(chromium, asgi_server, world.deputy.username)
    decide(deputy, asgi_server, a2, "accept")
    deputy.context.close()
    assert WorkItem.objects.get(pk=a2.pk).state == WorkItem.State.ACCEPTED

    # 15/10: the sweep. Still open and past a step: A1, B1, B2 (C1 is due 30/11, not yet
    # reminded). Each person it names gets one notification for the whole sweep.
    sweep_at = at(2026, 10, 15)
    time_machine.move_to(sweep_at, tick=True)
    before = Notification.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    result = escalation_sweep(now=sweep_at)
    fired = sorted((f.item, f.step) for f in result.fired)
    # A1 (due 31/03): its one-off steps fell before the 15/04 publication and are skipped;
    # only the weekly digest to the unit head (step 5) fires. B1 (31/05) and B2 (30/09):
    # step 4 (director, inspectorate) and the digest to the head. C1: nothing yet.
    a1, b1, b2 = items[A1].pk, items[B1].pk, items[B2].pk
    assert fired == sorted([(a1, 5), (b1, 4), (b1, 5), (b2, 4), (b2, 5)])
    sent = list(
        Notification.objects.filter(pk__gt=before).values_list("recipient__username", "kind", "work_item_id")
    )
    assert sorted(sent) == [
        # Two firings each → one grouped summary each, with no single item.
        ("year.director", "work_item.escalated_summary", None),
        # One firing (A1's digest) → that item's own notice.
        ("year.head_a", "work_item.escalated", a1),
        ("year.head_b", "work_item.escalated_summary", None),
        ("year.inspectorate", "work_item.escalated_summary", None),
    ]

    # 20/10 the head of QLKH starts and reports A1, months late; 22/10 the deputy accepts it.
    time_machine.move_to(at(2026, 10, 20), tick=True)
    head = login(chromium, asgi_server, world.head_a.username)
    a1_url = f"{server}/work-items/{a1}/"
    head.goto(a1_url)
    act(head, "start")
    report(head, a1_url, "Đã tổng kết các đề tài năm 2025.", "tong-ket.pdf")
    head.context.close()
    time_machine.move_to(at(2026, 10, 22), tick=True)
    deputy = login(chromium, asgi_server, world.deputy.username)
    decide(deputy, asgi_server, items[A1], "accept")
    deputy.context.close()

    # 10/01/2027: the evaluator computes the year 2026 and freezes it.
    time_machine.move_to(at(2027, 1, 10), tick=True)
    page = login(chromium, asgi_server, world.evaluator.username)
    page.goto(f"{server}/oversight/evaluations/")
    page.select_option("#id_kind", value="quarter")
    assert page.locator("#id_number").is_visible() and page.locator("#id_number").get_attribute("max") == "4"
    page.select_option("#id_kind", value="year")
    assert page.locator("#id_number").is_hidden(), "a year has no number to choose"
    page.fill("#id_year", "2026")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("[data-testid=unit-scores]")
    page.click("form[action$='/freeze/'] button")
    page.wait_for_selector(".msg-success")
    evaluation = Evaluation.objects.get(organisation=world.org)
    assert evaluation.is_frozen
    screenshot(page, "year_walk__2_evaluation")

    def figures(unit):
        cells = page.locator(
            f"[data-testid=unit-scores] tr[data-group='unit:{unit.pk}'] td"
        ).all_inner_texts()
        # Unit, assigned, on time, late, overdue, pending, returned, …, attainment, score, grade.
        return cells[1], cells[2], cells[3], cells[4], cells[-2], cells[-1]

    not_completed = "Không hoàn thành nhiệm vụ"
    # QLKH: A1 and A2 counted, both accepted. A2's standing report (26/06) came before its
    # deadline (30/06) → on time, though accepted on 02/07. A1 reported 20/10 for 31/03 → late.
    # Score, per item quantity + quality (−0.25 a return) + timeliness (−0.25 a delay):
    # A2 1 + 0.75 + 1 = 2.75, A1 1 + 1 + 0.75 = 2.75; 5.5 × 100 ÷ (3 criteria × 2 items)
    # = 91.67 → 90 or more, excellent.
    assert figures(world.unit_a) == ("2", "1", "1", "0", "91.67", "Hoàn thành xuất sắc nhiệm vụ")
    # CĐS: B1 and B2 counted, neither reported → 2 not completed, score 0.
    assert figures(world.unit_b) == ("2", "0", "0", "2", "0.00", not_completed)
    # QLCN: C1 counted (due 30/11), never reported → 1 not completed, score 0.
    assert figures(world.unit_c) == ("1", "0", "0", "1", "0.00", not_completed)
    # The whole organisation: 5 items, 1 on time (A2), 1 late (A1), 3 not completed (B1, B2,
    # C1); 5.5 × 100 ÷ (3 × 5) = 36.67, shown in the first card and frozen in the result.
    total = evaluation.result["total"]
    assert [total["counts"][t] for t in ("assigned", "on_time", "late", "overdue")] == [5, 1, 1, 3]
    assert total["score"]["score"] == "36.67"
    assert "36.67" in page.inner_text("section.card >> nth=0")
    page.context.close()
