"""The secretariat's periodic report: the Nghị định 09/2019 window, compiled units, prose, .docx."""

import io
from datetime import date

import pytest
from django.urls import reverse
from docx import Document

from engine.models import AuditEvent, PeriodicReport
from engine.scoring.periods import cutoff_window, period_of
from tests.oversight.scenario import at, build


@pytest.mark.parametrize(
    "kind,number,window",
    [
        ("month", 1, (date(2025, 12, 15), date(2026, 1, 14))),
        ("month", 3, (date(2026, 2, 15), date(2026, 3, 14))),
        ("quarter", 1, (date(2025, 12, 15), date(2026, 3, 14))),
        ("quarter", 3, (date(2026, 6, 15), date(2026, 9, 14))),
        ("half_year", 1, (date(2025, 12, 15), date(2026, 6, 14))),
        ("year", 1, (date(2025, 12, 15), date(2026, 12, 14))),
    ],
)
def test_cutoff_windows_of_decree_09_2019(kind, number, window):
    assert cutoff_window(period_of(kind, 2026, number)) == window


@pytest.mark.django_db
def test_secretariat_edits_prose_and_exports_docx(world, client):
    build(world)
    client.force_login(world.secretariat)
    url = reverse("periodic_report", args=["quarter", 2026, 1])
    with at("2026-03-20"):
        page = client.get(url)
        assert page.status_code == 200
        body = page.content.decode()
        assert "15/12/2025" in body and "14/03/2026" in body
        response = client.post(
            url,
            {
                "document_number": "25/BC-SKHCN",
                "summary": "Quý I, Sở triển khai đúng kế hoạch phần lớn nhiệm vụ.",
                "shortcomings": "Một số nhiệm vụ chậm do chờ văn bản của Bộ.",
                "next_period": "Tập trung hoàn thành các nhiệm vụ quá hạn.",
                "proposals": "",
                "recipients": "UBND tỉnh\nLưu: VT",
                "signer_title": "GIÁM ĐỐC",
                "signer_name": "Nguyễn Văn A",
            },
        )
        assert response.status_code == 302
        report = PeriodicReport.objects.get()
        assert report.sections["shortcomings"] == "Một số nhiệm vụ chậm do chờ văn bản của Bộ."
        assert AuditEvent.objects.filter(verb="periodic_report.update").count() == 1
        docx = client.get(url, {"format": "docx"})
    doc = Document(io.BytesIO(docx.content))
    texts = [p.text for p in doc.paragraphs]
    assert "Số: 25/BC-SKHCN" in doc.tables[0].cell(0, 0).text
    assert "Nghệ An, ngày" in doc.tables[0].cell(0, 1).text
    assert "Kết quả thực hiện Chương trình công tác quý I năm 2026" in texts
    assert "Quý I, Sở triển khai đúng kế hoạch phần lớn nhiệm vụ." in texts
    assert any(t.startswith("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN") for t in texts)
    assert any(t == f"1. {world.unit_a.name}" or t.endswith(f". {world.unit_a.name}") for t in texts)
    assert any("Chậm: Phòng C quá hạn (hạn 05/03/2026)" in t for t in texts)
    closing = doc.tables[1]
    assert "UBND tỉnh" in closing.cell(0, 0).text and "Nguyễn Văn A" in closing.cell(0, 1).text
    appendix = doc.tables[-1]
    header = ["STT", "Đơn vị chủ trì", "Nhiệm vụ", "Thời hạn", "Kết quả", "Ghi chú"]
    assert [c.text for c in appendix.rows[0].cells] == header
    slipped = [row for row in appendix.rows[1:] if row.cells[4].text == "Chậm tiến độ"]
    assert any("Phòng C quá hạn" in r.cells[2].text and r.cells[3].text == "05/03/2026" for r in slipped)
    assert not any("Quá hạn chưa xong" in row.cells[2].text for row in appendix.rows)  # due after the cut-off


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["director", "inspectorate"])
def test_leaders_read_but_do_not_edit_the_report(world, client, role):
    client.force_login(getattr(world, role))
    url = reverse("periodic_report", args=["month", 2026, 3])
    assert client.get(url).status_code == 200
    assert client.post(url, {"summary": "Sửa trái phép."}).status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["evaluator", "head_a", "staff_a"])
def test_units_and_evaluators_do_not_see_the_report(world, client, role):
    client.force_login(getattr(world, role))
    assert client.get(reverse("periodic_report", args=["month", 2026, 3])).status_code == 403
