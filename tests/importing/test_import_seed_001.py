"""Seed 001 (Hà Tĩnh, March 2025): a daily calendar with sessions, several items a day, units and leaders."""

import pytest

from tests.importing.conftest import import_once, seed_path

VP = "Văn phòng Sở"
QLKH = "Phòng Quản lý Khoa học"
CNDMST = "Phòng Công nghệ và Đổi mới sáng tạo"
CDS = "Phòng Chuyển đổi số"


@pytest.fixture(scope="module")
def result(django_db_setup, django_db_blocker):
    return import_once(django_db_blocker, seed_path("001"), "--org", "ha-tinh-skhcn", "--dry-run")


def test_period_is_march_2025(result):
    assert result["programme"]["period_start"] == "2025-03-01"
    assert result["programme"]["period_end"] == "2025-03-31"


def test_every_item_of_every_working_day(result):
    days = [item["due_date"] for item in result["items"] if item["due_text"]]
    assert len(days) == 52
    # Weekends and Sundays hold nothing; 25/03 continues on the next line ("Thứ Ba").
    for weekend in ("2025-03-02", "2025-03-09", "2025-03-15", "2025-03-16", "2025-03-22", "2025-03-29"):
        assert weekend not in days
    assert days.count("2025-03-25") == 3
    assert days.count("2025-03-17") == 4


def test_key_tasks_of_the_month(result):
    key = [item for item in result["items"] if not item["due_text"]]
    assert len(key) == 6
    assert all(item["section"] == "I. MỘT SỐ NHIỆM VỤ TRỌNG TÂM" for item in key)
    assert all(item["due_date"] == "2025-03-31" for item in key)


@pytest.mark.parametrize(
    ("content_start", "due_text", "leads", "leader"),
    [
        ("Hội nghị triển khai Quyết định của Bộ chính trị", "01/03/2025 (Chiều)", [VP], "Hoàn"),
        ("Chào cờ, sinh hoạt Chi bộ", "03/03/2025 (Sáng)", ["Đảng ủy Sở", VP], "Hoàn"),
        ("Kiểm tra cơ sở", "04/03/2025 (Chiều)", [QLKH], "Hoàn"),
        ("Họp thẩm định hồ sơ đề nghị giải quyết chế độ thôi việc", "05/03/2025 (Sáng)", [VP], "An"),
        ("Tập huấn vệ sinh an toàn thực phẩm", "12/03/2025 (Sáng)", [CNDMST], "Bình"),
        ("Họp thống nhất về dự thảo phương án phát triển", "18/03/2025 (Sáng)", [CDS], "Tuấn"),
        ("Làm việc với Thanh Tra Sở", "25/03/2025 (Chiều)", ["Thanh tra Sở"], "Hoàn"),
        ("Họp thống nhất các nội dung ban hành đánh giá", "24/03/2025 (Chiều)", [CDS], "Nga"),
        ("Giao ban Lãnh đạo Sở", "31/03/2025 (Chiều)", [VP], "Hoàn"),
    ],
)
def test_items_units_and_leaders(result, content_start, due_text, leads, leader):
    item = next(
        i for i in result["items"] if i["content"].startswith(content_start) and i["due_text"] == due_text
    )
    assert item["lead_units"] == leads
    assert item["leader"] == leader


def test_a_preparing_body_that_is_not_a_unit_is_listed(result):
    assert result["unresolved_units"] == ["Hội đồng bàn giao tài sản"]
