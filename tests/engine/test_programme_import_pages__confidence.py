"""The import preview shows how sure the reader was: low-confidence rows counted, flagged and filtered;
the title, a row's section and indicator corrected in place; units chosen by ticking."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from engine.models import ProgrammeImport

# Row 2's content is OCR debris; row 3's due lies before the programme's year.
PROGRAMME = """CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026
STT\tNội dung\tĐơn vị chủ trì\tThời gian
1\tTổ chức hội đồng tuyển chọn nhiệm vụ\tPhòng Quản lý Khoa học\tTháng 03
2\tN®i dung k¥ thu€t s¢ T6 chirc 16p\tPhòng Quản lý Khoa học\tTháng 04
3\tXây dựng kế hoạch chuyển đổi số\tPhòng Quản lý Khoa học\tTháng 10/2025
""".encode()


@pytest.fixture(autouse=True)
def _eager_and_english(client):
    from django.utils import translation

    from config.celery import app

    eager = app.conf.task_always_eager
    app.conf.task_always_eager = True
    client.cookies["django_language"] = "en"  # the switcher's choice (the browser's is ignored)
    with translation.override("en"):
        yield
    app.conf.task_always_eager = eager


@pytest.fixture
def staged(world, client, django_capture_on_commit_callbacks):
    client.force_login(world.secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("programme_import_upload"), {"file": SimpleUploadedFile("ct.txt", PROGRAMME), "year": ""}
        )
    return ProgrammeImport.objects.get()


def _rows(staged):
    staged.refresh_from_db()
    return {row["ref"]: row for row in staged.rows}


def test_rows_carry_the_readers_confidence_and_reasons(staged):
    rows = _rows(staged)
    assert rows["1"]["confidence"] == 1.0 and rows["1"]["reasons"] == []
    assert rows["2"]["confidence"] < 0.75 and rows["2"]["reasons"] == ["unreadable"]
    assert rows["3"]["reasons"] == ["due_outside"]


def test_low_confidence_rows_are_counted_flagged_and_filtered(staged, client):
    html = client.get(reverse("programme_import_detail", args=[staged.pk])).content.decode()
    # Garbage is never "0 rows with problems".
    assert 'data-testid="problem-count">2<' in html
    assert 'data-testid="low-confidence-count">2<' in html
    assert html.count('data-low-confidence="1"') == 2
    assert "unreadable words" in html and "due date outside the programme&#x27;s period" in html
    only = client.get(reverse("programme_import_detail", args=[staged.pk]), {"low": "1"}).content.decode()
    assert only.count('data-low-confidence="1"') == 2 and "Tổ chức hội đồng" not in only


def test_a_row_a_person_saved_is_settled(world, staged, client):
    row = _rows(staged)["2"]
    client.post(
        reverse("programme_import_row", args=[staged.pk, row["id"]]),
        {
            "content": "Nội dung kỹ thuật số hóa",
            "lead_units": [world.unit_a.pk],
            "due_text": "Tháng 04",
            "section": "I. Nhiệm vụ trọng tâm",
            "indicator_name": "Số quy trình số hóa",
            "indicator_measure": "quy trình",
            "indicator_target": "1.200",
        },
        HTTP_HX_REQUEST="true",
    )
    row = _rows(staged)["2"]
    assert (row["confidence"], row["reasons"]) == (1.0, [])
    assert row["section"] == "I. Nhiệm vụ trọng tâm"
    assert row["indicator"] == {"name": "Số quy trình số hóa", "measure": "quy trình", "target": "1200"}


def test_an_indicator_target_that_is_no_number_is_refused_naming_the_row(world, staged, client):
    row = _rows(staged)["1"]
    response = client.post(
        reverse("programme_import_row", args=[staged.pk, row["id"]]),
        {"content": "X", "lead_units": [world.unit_a.pk], "indicator_name": "Y", "indicator_target": "nhiều"},
        HTTP_HX_REQUEST="true",
    )
    assert "row 1 (line 3): the indicator&#x27;s target “nhiều” is not a number." in response.content.decode()


def test_the_title_is_corrected_in_the_preview(staged, client):
    response = client.post(
        reverse("programme_import_title", args=[staged.pk]), {"title": "  Chương trình  2026 "}
    )
    assert response.status_code == 302
    staged.refresh_from_db()
    assert staged.meta["title"] == "Chương trình 2026"


def test_units_are_chosen_by_ticking_without_ctrl_click(staged, client):
    row = _rows(staged)["1"]
    html = client.get(reverse("programme_import_row_edit", args=[staged.pk, row["id"]])).content.decode()
    assert 'type="checkbox" name="lead_units"' in html and '<select name="lead_units"' not in html
