"""Seed 000 (Nghệ An, 2026): a month × content × lead-unit table, checked against hand-read expectations."""

from collections import Counter

import pytest

from engine.models import Programme, WorkItem
from tests.importing.conftest import import_once, run_import, seed_path

VP = "Văn phòng Sở"
QLKH = "Phòng Quản lý Khoa học"
QLCN = "Phòng Quản lý Công nghệ"
CDS = "Phòng Chuyển đổi số"
DLCL = "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng"
KHXH = "Trung tâm Khoa học Xã hội và Nhân văn"

# Rows per month, counted by hand in the document (the split row belongs to February).
PER_MONTH = {1: 13, 2: 17, 3: 11, 4: 14, 5: 18, 6: 6, 7: 11, 8: 10, 9: 9, 10: 9, 11: 11, 12: 8}


@pytest.fixture(scope="module")
def result(django_db_setup, django_db_blocker):
    return import_once(django_db_blocker, seed_path("000"), "--org", "nghe-an-skhcn", "--dry-run")


def _by_line(result, line):
    return next(item for item in result["items"] if item["source_line"] == line)


def test_programme_year_comes_from_the_title_not_the_signing_line(result):
    assert result["programme"] == {
        "title": "CHƯƠNG TRÌNH LÀM VIỆC NĂM 2026",
        "period_start": "2026-01-01",
        "period_end": "2026-12-31",
    }


def test_every_task_row_is_present_with_its_month(result):
    assert len(result["items"]) == 137
    months = Counter(int(item["due_date"][5:7]) for item in result["items"])
    assert dict(months) == PER_MONTH
    assert all(item["due_date"][:4] == "2026" for item in result["items"])


def test_first_and_last_rows(result):
    first, last = result["items"][0], result["items"][-1]
    assert first["content"].startswith("Thông báo Kết luận kết quả kiểm tra trách nhiệm")
    assert first["lead_units"] == [VP]
    assert (first["due_text"], first["due_date"], first["section"]) == ("Tháng 01", "2026-01-31", "Tháng 01")
    assert last["content"] == "Tham mưu tổng kết hoạt động Ban chỉ đạo thực hiện Nghị quyết 57-NQ/TW năm 2026"
    assert last["lead_units"] == [CDS]  # printed "Chuyên đổi số"
    assert last["due_date"] == "2026-12-31"


def test_row_split_across_the_page_break_is_joined(result):
    item = _by_line(result, 42)
    assert item["content"] == (
        "Tham mưu Nghị quyết bãi bỏ Nghị quyết 11/2024/NQ-HĐND ngày 11/7/2024 về quy định thẩm quyền "
        "quyết định việc mua sắm tài sản của các nhiệm vụ khoa học và công nghệ, hàng hóa, dịch vụ thuộc "
        "dự toán mua sắm trong phạm vi quản lý của tỉnh Nghệ An."
    )
    assert item["due_date"] == "2026-02-28"
    assert not any(i["content"].startswith("của các nhiệm vụ") for i in result["items"])


def test_content_in_the_unit_column_is_kept_as_content_without_a_lead(result):
    item = _by_line(result, 39)
    assert item["content"] == "Trình Đề án bổ sung chức năng, nhiệm vụ về Đổi mới sáng tạo"
    assert item["lead_units"] == []
    assert any(w["line"] == 39 for w in result["warnings"])


@pytest.mark.parametrize(
    ("line", "leads"),
    [
        (14, [QLKH]),  # "Quản lý KH"
        (17, [QLCN]),  # "Quản lý Công nghệ"
        (21, [DLCL]),  # "Quản lý ĐLCL"
        (22, [KHXH]),  # "Trung tâm KHXX&NV"
        (63, [VP, CDS]),  # "Văn phòng/CĐS"
        (64, [CDS, VP]),  # "Chuyển đổi số/Văn phòng"
        (72, [DLCL]),  # "Phòng QLĐL CL"
        (76, [QLCN]),  # "QLCN"
        (77, [CDS]),  # "CĐS"
        (82, [QLKH, VP]),  # "QLKH/Văn phòng"
        (86, ["Trung tâm Ứng dụng Tiến bộ Khoa học và Công nghệ"]),
        (114, [CDS]),  # "Phòng CDS"
        (139, ["Trung tâm Khoa học Công nghệ và Truyền thông"]),
        (140, [KHXH]),  # "Trung tâm KHXXH&NV"
    ],
)
def test_lead_unit_spellings(result, line, leads):
    assert _by_line(result, line)["lead_units"] == leads


def test_unknown_spelling_is_listed_not_guessed(result):
    assert "Trung tâm KH&NV" in result["unresolved_units"]
    assert _by_line(result, 163)["lead_units"] == []


def test_counts_become_indicator_targets(result):
    assert _by_line(result, 66)["indicator"] == {
        "name": "Tổ chức 10 Hội đồng tuyển chọn tổ chức và cá nhân chủ trì thực hiện nhiệm vụ KHCN",
        "measure": "Hội đồng",
        "target": 10,
    }
    assert _by_line(result, 11)["indicator"] is None


def test_dry_run_writes_nothing(demo):
    run_import(seed_path("000"), "--org", "nghe-an-skhcn", "--dry-run")
    assert not Programme.objects.exists()


def test_import_writes_one_draft_programme(demo):
    result = run_import(seed_path("000"), "--org", "nghe-an-skhcn")
    programme = Programme.objects.get()
    assert programme.state == Programme.State.DRAFT
    assert programme.source_sha256 and programme.period_start.year == 2026
    items = list(programme.items.prefetch_related("unit_links__unit").order_by("position"))
    assert len(items) == len(result["items"]) == 137
    assert all(item.state == WorkItem.State.DRAFTED for item in items)
    assert items[0].search_text.startswith("thong bao ket luan")
    leads = [[link.unit.name for link in item.unit_links.all() if link.role == "lead"] for item in items]
    assert leads == [item["lead_units"] for item in result["items"]]
