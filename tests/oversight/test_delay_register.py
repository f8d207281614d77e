"""The delay register: which items, days late in working days, details, filters, sort, export, access."""

import io
from datetime import date, datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from engine.selectors.delay_register import delay_register, register_details
from engine.services.extensions import extension_grant, extension_request
from tests.oversight.exports import register_xlsx
from tests.oversight.scenario import at, build

pytestmark = pytest.mark.django_db
Q1 = {"start": date(2026, 1, 1), "end": date(2026, 3, 31)}


def test_register_lists_late_items_with_working_days_late(world):
    s = build(world)
    rows = delay_register(world.org.pk, today=date(2026, 3, 25), **Q1)
    by_id = {row.id: row for row in rows}
    assert s.on_time.pk not in by_id
    assert set(by_id) == {s.late.pk, s.overdue.pk, s.extended.pk, s.other_unit.pk}
    # 10/03 (Tue) → reported 18/03 (Wed): 6 working days; 16/03 (Mon) → today 25/03 (Wed): 7.
    assert (by_id[s.late.pk].kind, by_id[s.late.pk].days_late) == ("late", 6)
    assert (by_id[s.overdue.pk].kind, by_id[s.overdue.pk].days_late) == ("overdue", 7)
    assert (by_id[s.extended.pk].kind, by_id[s.extended.pk].days_late) == ("extended", 4)
    assert by_id[s.extended.pk].original_due_date == date(2026, 3, 6)
    assert by_id[s.extended.pk].due_date == date(2026, 3, 31)
    assert [row.days_late for row in rows] == sorted((row.days_late for row in rows), reverse=True)


def test_register_details_carry_extensions_returns_and_waivers(world, django_assert_max_num_queries):
    s = build(world)
    rows = delay_register(world.org.pk, today=date(2026, 3, 25), **Q1)
    with django_assert_max_num_queries(5):
        register_details(rows)
    by_id = {row.id: row for row in rows}
    extension = by_id[s.extended.pk].extensions[0]
    assert extension["by"] == str(world.director) and extension["reason"] == "Chờ ý kiến của Bộ."
    assert extension["from"] == "2026-03-06" and extension["to"] == "2026-03-31"
    late = by_id[s.late.pk]
    assert [r["reason"] for r in late.returns] == ["Thiếu minh chứng."]
    assert late.waived and late.waivers[0]["reason"] == "Mưa lũ kéo dài."
    assert late.lead_units == [world.unit_a.name]


def test_register_filters_by_unit_leader_programme(world):
    s = build(world)
    today = date(2026, 3, 25)
    assert [r.id for r in delay_register(world.org.pk, today=today, unit_id=world.unit_c.pk, **Q1)] == [
        s.other_unit.pk
    ]
    by_leader = delay_register(world.org.pk, today=today, leader_id=world.deputy_other.pk, **Q1)
    assert [r.id for r in by_leader] == [s.other_unit.pk]
    assert delay_register(world.org.pk, today=today, programme_id=world.programme.pk + 999, **Q1) == []
    assert delay_register(world.org.pk, today=today, start=date(2026, 4, 1), end=date(2026, 6, 30))


def test_register_page_queries_do_not_grow_with_rows(world, client, django_assert_max_num_queries):
    build(world)
    client.force_login(world.inspectorate)
    with at("2026-03-25"), django_assert_max_num_queries(22):
        response = client.get(reverse("delay_register"), {"kind": "quarter", "year": 2026, "number": 1})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Gia hạn sau khi quá hạn" in body and "Mưa lũ kéo dài." in body and "Đúng hạn" not in body


def test_register_exports_xlsx(world, client):
    s = build(world)
    client.force_login(world.inspectorate)
    with at("2026-03-25"):
        response = client.get(
            reverse("delay_register"), {"kind": "quarter", "year": 2026, "number": 1, "format": "xlsx"}
        )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.getvalue())).active
    headers = [c.value for c in sheet[3]]
    assert headers[:4] == ["Số hiệu", "Nhiệm vụ", "Đơn vị chủ trì", "Lãnh đạo chỉ đạo"]
    rows = {sheet.cell(row=r, column=2).value: r for r in range(4, sheet.max_row + 1)}
    expected = {"Trễ hạn có lý do", "Quá hạn chưa xong", "Gia hạn sau khi quá hạn", "Phòng C quá hạn"}
    assert set(rows) == expected
    r = rows["Gia hạn sau khi quá hạn"]
    assert sheet.cell(row=r, column=5).value.date() == date(2026, 3, 6)
    assert sheet.cell(row=r, column=6).value.date() == date(2026, 3, 31)
    assert sheet.cell(row=r, column=8).value == 4
    assert "Chờ ý kiến của Bộ." in sheet.cell(row=r, column=10).value
    r = rows["Trễ hạn có lý do"]
    assert sheet.cell(row=r, column=8).value == 6
    assert headers[11:13] == ["Số lần trả lại", "Nội dung trả lại"]
    assert sheet.cell(row=r, column=12).value == 1  # a count, not the return's text
    assert "Thiếu minh chứng." in sheet.cell(row=r, column=13).value
    assert "Mưa lũ kéo dài." in sheet.cell(row=r, column=14).value
    item_url = reverse("work_item_detail", args=[s.late.pk])
    assert sheet.cell(row=r, column=15).hyperlink.target.endswith(item_url)
    assert sheet.cell(row=4, column=8).value >= sheet.cell(row=5, column=8).value  # sorted by days late


@pytest.mark.parametrize("role", ["inspectorate", "director", "deputy"])
def test_register_is_for_the_inspectorate_and_leaders(world, client, role):
    client.force_login(getattr(world, role))
    assert client.get(reverse("delay_register")).status_code == 200


@pytest.mark.parametrize("role", ["evaluator", "secretariat", "head_a", "staff_a"])
def test_register_is_refused_to_other_roles(world, client, role):
    client.force_login(getattr(world, role))
    assert client.get(reverse("delay_register")).status_code == 403
    assert client.get(reverse("audit_trail")).status_code == 403


def test_inspectorate_of_another_organisation_sees_only_its_own(world, client):
    s = build(world)
    client.force_login(world.inspectorate_x)
    with at("2026-03-25"):
        response = client.get(reverse("delay_register"), {"kind": "quarter", "year": 2026, "number": 1})
        assert response.status_code == 200
        assert "Quá hạn chưa xong" not in response.content.decode()
        assert client.get(reverse("audit_trail"), {"item": s.late.pk}).status_code == 404


def test_audit_browser_shows_an_items_events_and_checks_the_chain(world, client):
    s = build(world)
    client.force_login(world.inspectorate)
    response = client.get(reverse("audit_trail"), {"item": s.late.pk})
    body = response.content.decode()
    assert response.status_code == 200 and "Thiếu minh chứng." in body and "Mưa lũ kéo dài." in body
    assert "Phòng C quá hạn" not in body
    assert 'data-testid="chain-result"' not in body
    response = client.get(reverse("audit_trail"), {"item": s.late.pk, "verify": 1})
    assert "Chuỗi nhật ký nguyên vẹn." in response.content.decode()
    response = client.get(reverse("audit_trail"), {"unit": world.unit_c.pk})
    assert "Phòng C quá hạn" in response.content.decode()


def test_waiver_form_on_the_item_page(world, client):
    s = build(world)
    client.force_login(world.director)
    url = reverse("waiver_grant", args=[s.overdue.pk])
    response = client.post(url, {"reason": "Dịch bệnh.", "next": reverse("delay_register")})
    assert response.status_code == 302 and response.url == reverse("delay_register")
    page = client.get(reverse("work_item_detail", args=[s.overdue.pk])).content.decode()
    assert "Dịch bệnh." in page
    client.force_login(world.head_a)
    client.post(reverse("waiver_grant", args=[s.on_time.pk]), {"reason": "Tự xác nhận."})
    assert not s.on_time.delay_waivers.exists()


def test_register_names_who_each_escalation_step_went_to(world):
    from engine.services.escalation import escalation_sweep

    s = build(world)
    escalation_sweep(now=timezone.make_aware(datetime(2026, 3, 25, 9)), organisation=world.org)
    rows = register_details(delay_register(world.org.pk, today=date(2026, 3, 25), **Q1))
    overdue = {row.id: row for row in rows}[s.overdue.pk]
    assert overdue.escalations, "the sweep fired steps for an item 7 working days overdue"
    # Seven working days late: the sweep catches up with step 4 (the director and the inspectorate).
    step4 = next(step for step in overdue.escalations if step["step"] == 4)
    assert world.director.full_name in step4["to"] and world.inspectorate.full_name in step4["to"]


def test_a_weekly_digest_is_one_line_with_its_count_and_last_date(world, client):
    """Step 5 repeats every 7 days to the unit head: months overdue are not one line per week."""
    from engine.services.escalation import escalation_sweep

    s = build(world)
    for month, day in ((3, 25), (4, 1), (4, 8), (4, 15)):  # a weekly sweep, Wednesdays
        escalation_sweep(now=timezone.make_aware(datetime(2026, month, day, 9)), organisation=world.org)
    rows = register_details(delay_register(world.org.pk, today=date(2026, 4, 17), **Q1))
    overdue = {row.id: row for row in rows}[s.overdue.pk]
    fired = [e for e in overdue.escalations if e["step"] == 5]
    assert len(fired) >= 3, "the digest fired weekly"
    folded = [line for line in overdue.escalation_lines if line["step"] == 5]
    assert len(folded) == 1
    assert folded[0]["count"] == len(fired)
    assert (folded[0]["at"], folded[0]["last"]) == (fired[0]["at"], fired[-1]["at"])
    # Steps that fired once stay one line each, in order.
    assert [line["step"] for line in overdue.escalation_lines] == sorted(
        {e["step"] for e in overdue.escalations}
    )
    client.force_login(world.inspectorate)
    with at("2026-04-17"):
        page = client.get(reverse("delay_register"), {"kind": "quarter", "year": 2026, "number": 1})
    html = page.content.decode()
    last = timezone.localdate(fired[-1]["at"]).strftime("%d/%m/%Y")
    assert f"{len(fired)} lần, lần cuối {last}" in html
    book = load_workbook(io.BytesIO(register_xlsx(rows, title="Q1", item_url=lambda pk: f"/w/{pk}")))
    cells = [str(c.value) for r in book.active.iter_rows() for c in r if c.value]
    assert any(f"{len(fired)} lần, lần cuối {last}" in c for c in cells)


def test_an_extension_granted_on_request_names_who_asked(world, django_assert_max_num_queries):
    item = world.item_in("in_progress", content="Gia hạn theo đề nghị", due=date(2026, 3, 6))
    with at("2026-03-09"):
        request = extension_request(
            item=item, actor=world.head_a, new_due_date=date(2026, 3, 27), reason="Chờ số liệu của Cục."
        )
    with at("2026-03-11"):
        extension_grant(extension=request, actor=world.director, note="Đồng ý.")
    rows = delay_register(world.org.pk, today=date(2026, 3, 25), **Q1)
    with django_assert_max_num_queries(6):
        register_details(rows)
    entry = next(row for row in rows if row.id == item.pk).extensions[0]
    assert entry["by"] == str(world.director)
    assert entry["requested_by"] == str(world.head_a)
    assert timezone.localdate(entry["requested_at"]) == date(2026, 3, 9)
    assert (entry["from"], entry["to"]) == ("2026-03-06", "2026-03-27")
    book = load_workbook(io.BytesIO(register_xlsx(rows, title="Q1", item_url=lambda pk: f"/w/{pk}")))
    cells = [str(c.value) for r in book.active.iter_rows() for c in r if c.value]
    assert any(str(world.head_a) in c and "09/03/2026" in c for c in cells)
