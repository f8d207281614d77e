"""POST /api/v1/programmes/import/: the secretariat imports a document as a draft; others are refused."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from engine.models import Programme, WorkItem

pytestmark = pytest.mark.django_db

URL = "/api/v1/programmes/import/"
DOCUMENT = (
    "THÔNG BÁO\n"
    "CHƯƠNG TRÌNH LÀM VIỆC NĂM 2026\n\n"
    "Thời gian\tNội dung\tChủ trì tham mưu\n"
    "Tháng 01\tTổ chức hội đồng nghiệm thu đề tài\tPhòng Quản lý Khoa học\n"
    "\tBáo cáo kết quả chuyển đổi số quý I\tPhòng Chuyển đổi số\n"
    "Tháng 02\tKiểm tra công nghệ tại doanh nghiệp\tPhòng Quản lý Công nghệ\n"
).encode()


def _file(data=DOCUMENT, name="chuong-trinh-2026.txt"):
    return SimpleUploadedFile(name, data, content_type="text/plain")


def test_secretariat_imports_a_draft_programme(world, api_as):
    response = api_as(world.secretariat).post(URL, {"file": _file()}, format="multipart")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["items"] == 3 and body["unresolved_units"] == [] and not body["dry_run"]
    programme = Programme.objects.get(pk=body["programme"]["id"])
    assert programme.state == "draft" and programme.period_start.isoformat() == "2026-01-01"
    items = WorkItem.objects.filter(programme=programme).order_by("position")
    assert [i.state for i in items] == ["drafted"] * 3
    assert items[0].unit_links.get().unit == world.unit_a


def test_dry_run_writes_nothing(world, api_as):
    before = Programme.objects.count()
    response = api_as(world.secretariat).post(URL, {"file": _file(), "dry_run": "true"}, format="multipart")
    assert response.status_code == 200, response.content
    assert response.json()["programme"] is None and response.json()["items"] == 3
    assert Programme.objects.count() == before


@pytest.mark.parametrize("role", ["director", "head_a", "staff_a"])
def test_other_roles_may_not_import_even_a_dry_run(world, api_as, role):
    before = Programme.objects.count()
    for dry_run in ("true", "false"):
        response = api_as(getattr(world, role)).post(
            URL, {"file": _file(), "dry_run": dry_run}, format="multipart"
        )
        assert response.status_code == 403 and response.json()["code"] == "forbidden"
    assert Programme.objects.count() == before


def test_unreadable_document_is_400_naming_the_file(world, api_as):
    response = api_as(world.secretariat).post(
        URL, {"file": _file(b"\x00\x01 not a programme", "rac.txt")}, format="multipart"
    )
    assert response.status_code == 400, response.content
    assert response.json()["code"] in {"import_failed", "invalid_input"}
    assert "rac.txt" in response.json()["detail"]
    assert Programme.objects.count() == 1  # the world's own programme only


def test_missing_file_is_400(world, api_as):
    response = api_as(world.secretariat).post(URL, {}, format="multipart")
    assert response.status_code == 400 and "file" in response.json()["field_errors"]
