"""POST /api/v1/work-items/{id}/actions/<name>/ and /reports/: allowed and denied roles, 403/409/400."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from engine.models import Attachment, AuditEvent, ProgressReport, WorkItem

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

# action: (state before, allowed user, denied user (can see the item), body, state after)
CASES = {
    "assign": ("drafted", "secretariat", "deputy", {}, "assigned"),
    "start": ("assigned", "staff_a", "head_b", {}, "in_progress"),
    "report": ("in_progress", "head_a", "staff_a", {"text": "Đã hoàn thành."}, "reported"),
    "accept": ("reported", "deputy", "deputy_other", {"note": "Đạt."}, "accepted"),
    "return": ("reported", "director", "secretariat", {"reason": "Thiếu minh chứng."}, "in_progress"),
    "cancel": ("in_progress", "director", "deputy", {"reason": "Không còn phù hợp."}, "cancelled"),
    "reopen": ("accepted", "director", "deputy", {"reason": "Cần bổ sung."}, "in_progress"),
}


def _url(item, name):
    return f"/api/v1/work-items/{item.pk}/actions/{name}/"


@pytest.mark.parametrize("name", CASES)
def test_action_by_allowed_role_moves_the_item(world, api_as, name):
    before, allowed, _denied, body, after = CASES[name]
    item = world.item_in(before)
    response = api_as(getattr(world, allowed)).post(
        _url(item, name), {"version": item.version, **body}, format="json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["state"] == after
    assert response.json()["version"] == item.version + 1
    item.refresh_from_db()
    assert item.state == after


@pytest.mark.parametrize("name", CASES)
def test_action_by_denied_role_is_403_with_the_reason(world, api_as, name):
    before, _allowed, denied, body, _after = CASES[name]
    item = world.item_in(before)
    events = AuditEvent.objects.count()
    response = api_as(getattr(world, denied)).post(
        _url(item, name), {"version": item.version, **body}, format="json"
    )
    assert response.status_code == 403, response.content
    assert response.json()["code"] == "forbidden"
    assert response.json()["detail"].startswith("Chỉ")  # "Only …", in Vietnamese by default
    item.refresh_from_db()
    assert item.state == before and AuditEvent.objects.count() == events


def test_reason_in_english_when_asked(world, api_as):
    item = world.item_in("reported")
    response = api_as(world.secretariat).post(
        _url(item, "accept"), {"version": item.version}, format="json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 403
    assert "director" in response.json()["detail"]


def test_item_of_another_organisation_is_404_not_403(world, api_as):
    item = world.item_in("reported")
    response = api_as(world.director_x).post(_url(item, "accept"), {"version": item.version}, format="json")
    assert response.status_code == 404


def test_stale_version_is_409_and_changes_nothing(world, api_as):
    item = world.item_in("reported")
    response = api_as(world.director).post(_url(item, "accept"), {"version": item.version - 1}, format="json")
    assert response.status_code == 409
    assert response.json()["code"] == "stale"
    item.refresh_from_db()
    assert item.state == "reported"


def test_action_in_the_wrong_state_is_409(world, api_as):
    item = world.item_in("assigned")
    response = api_as(world.director).post(_url(item, "accept"), {"version": item.version}, format="json")
    assert response.status_code == 409
    assert response.json()["code"] == "invalid_state"


def test_missing_reason_and_version_are_400_with_field_errors(world, api_as):
    item = world.item_in("reported")
    response = api_as(world.director).post(_url(item, "return"), {"reason": ""}, format="json")
    assert response.status_code == 400
    assert set(response.json()["field_errors"]) == {"version", "reason"}


def test_blank_reason_from_the_service_is_400_naming_reason(world, api_as):
    item = world.item_in("reported")
    response = api_as(world.director).post(
        _url(item, "return"), {"version": item.version, "reason": "   "}, format="json"
    )
    assert response.status_code == 400
    assert list(response.json()["field_errors"]) == ["reason"]


def test_unknown_action_is_404(world, api_as):
    item = world.item_in("reported")
    response = api_as(world.director).post(_url(item, "approve"), {"version": 1}, format="json")
    assert response.status_code == 404


def test_report_with_evidence_files_as_multipart(world, api_as):
    item = world.item_in("in_progress")
    response = api_as(world.head_a).post(
        _url(item, "report"),
        {
            "version": item.version,
            "text": "Đã tổ chức hội đồng.",
            "percent": 100,
            "indicator_actual": "12.5",
            "files": [
                SimpleUploadedFile("bien-ban.pdf", PDF, content_type="application/pdf"),
                SimpleUploadedFile("ghi-chu.txt", b"ghi chu", content_type="text/plain"),
            ],
        },
        format="multipart",
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["state"] == "reported" and body["indicator_actual"] == "12.5000"
    files = body["reports"][-1]["attachments"]
    assert sorted(f["original_name"] for f in files) == ["bien-ban.pdf", "ghi-chu.txt"]
    assert files[0]["download_url"].startswith("http://testserver/attachments/")


def test_report_with_a_disguised_file_is_400_and_writes_nothing(world, api_as):
    item = world.item_in("in_progress")
    response = api_as(world.head_a).post(
        _url(item, "report"),
        {
            "version": item.version,
            "text": "Xong.",
            "files": [SimpleUploadedFile("bien-ban.pdf", b"MZ not a pdf")],
        },
        format="multipart",
    )
    assert response.status_code == 400
    assert "files" in response.json()["field_errors"]
    assert "bien-ban.pdf" in response.json()["detail"]
    item.refresh_from_db()
    assert item.state == "in_progress" and not Attachment.objects.exists()


def test_delegate_to_staff_of_the_lead_unit(world, api_as):
    item = world.item_in("in_progress")
    client = api_as(world.head_a)
    response = client.post(
        _url(item, "delegate"), {"version": item.version, "assignee": world.staff_a.pk}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["assignee"]["id"] == world.staff_a.pk
    response = client.post(
        _url(item, "delegate"), {"version": item.version + 1, "assignee": world.staff_b.pk}, format="json"
    )
    assert response.status_code == 400 and "assignee" in response.json()["field_errors"]
    response = api_as(world.staff_a).post(
        _url(item, "delegate"), {"version": item.version + 1, "assignee": None}, format="json"
    )
    assert response.status_code == 403


def test_progress_note_by_lead_unit_and_contribution_by_coordinating_unit(world, api_as):
    item = world.item_in("in_progress")
    url = f"/api/v1/work-items/{item.pk}/reports/"
    response = api_as(world.staff_a).post(
        url,
        {"text": "Đã họp.", "percent": 40, "files": [SimpleUploadedFile("a.pdf", PDF)]},
        format="multipart",
    )
    assert response.status_code == 201, response.content
    assert response.json()["percent"] == 40 and len(response.json()["attachments"]) == 1
    response = api_as(world.staff_b).post(url, {"text": "Góp ý.", "kind": "contribution"}, format="json")
    assert response.status_code == 201
    assert api_as(world.staff_b).post(url, {"text": "Tiến độ."}, format="json").status_code == 403
    assert api_as(world.staff_c).post(url, {"text": "?"}, format="json").status_code == 404
    listed = api_as(world.director).get(url).json()
    assert [r["kind"] for r in listed["results"]] == ["progress", "contribution"]
    assert ProgressReport.objects.filter(work_item=item).count() == 2
    assert WorkItem.objects.get(pk=item.pk).version == item.version  # a note is not a change


def test_progress_note_answers_the_report_the_service_wrote(world, api_as):
    item = world.item_in("in_progress")
    url = f"/api/v1/work-items/{item.pk}/reports/"
    client = api_as(world.head_a)
    first = client.post(url, {"text": "Lần 1.", "percent": 10}, format="json").json()
    second = client.post(url, {"text": "Lần 2.", "percent": 20}, format="json").json()
    written = list(ProgressReport.objects.filter(work_item=item).order_by("id").values_list("id", "text"))
    assert [(first["id"], first["text"]), (second["id"], second["text"])] == written
    assert second["author"]["id"] == world.head_a.pk and second["kind"] == "progress"


def test_report_of_a_target_item_without_the_figure_is_400_naming_the_field(world, api_as):
    item = world.item_in("in_progress")
    WorkItem.objects.filter(pk=item.pk).update(indicator_name="Số lớp", indicator_target=3)
    response = api_as(world.head_a).post(
        _url(item, "report"), {"version": item.version, "text": "Xong."}, format="json"
    )
    assert response.status_code == 400, response.content
    assert "indicator_actual" in response.json()["field_errors"]
    item.refresh_from_db()
    assert item.state == "in_progress" and not item.reports.exists()
