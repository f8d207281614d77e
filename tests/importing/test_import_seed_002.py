"""Seed 002 (Quảng Ngãi, second half of 2025): appendix rows with sub-items, unit cells, a legend."""

import pytest

from engine.models import Unit
from tests.importing.conftest import import_once, seed_path

QLKH = "Phòng Quản lý Khoa học và Đổi mới sáng tạo"
QLCN = "Phòng Quản lý Công nghệ và Chuyên ngành"
TCDLCL = "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng"
BCVT = "Phòng Bưu chính - Viễn thông và Chuyển đổi số"
VP = "Văn phòng Sở"
CDS_CENTRE = "Trung tâm Chuyển đổi số và Đổi mới sáng tạo"

EXPECTED_REFS = (
    [f"1.({n})" for n in range(1, 11)]
    + [f"2.({n})" for n in range(1, 9)]
    + [f"3.({n})" for n in range(1, 5)]
    + [f"4.({n})" for n in range(1, 5)]
    + ["5.(1)", "5.(2)", "6", "7"]
    + [f"8.({n})" for n in range(1, 8)]
)
LEADS = {"1": [QLKH], "2": [BCVT], "3": [QLCN], "4": [TCDLCL], "6": [VP], "8": [CDS_CENTRE]}


@pytest.fixture(scope="module")
def result(django_db_setup, django_db_blocker):
    return import_once(django_db_blocker, seed_path("002"), "--org", "quang-ngai-skhcn", "--dry-run")


def test_period_is_the_second_half_of_2025(result):
    assert result["programme"]["title"] == "Chương trình công tác 6 tháng cuối năm 2025"
    assert result["programme"]["period_start"] == "2025-07-01"
    assert result["programme"]["period_end"] == "2025-12-31"


def test_every_sub_item_is_an_item_under_its_section(result):
    assert [item["ref"] for item in result["items"]] == EXPECTED_REFS
    assert {item["section"] for item in result["items"]} == {"PHỤ LỤC I. Nhiệm vụ thực hiện xuyên suốt"}
    assert all(item["due_date"] == "2025-12-31" for item in result["items"])


def test_lead_units(result):
    for item in result["items"]:
        row = item["ref"].split(".")[0]
        if row in LEADS:
            assert item["lead_units"] == LEADS[row], item["ref"]


@pytest.mark.django_db
def test_every_unit_and_every_service_centre(result, demo):
    all_units = set(Unit.objects.filter(organisation__slug="quang-ngai-skhcn").values_list("name", flat=True))
    centres = set(
        Unit.objects.filter(organisation__slug="quang-ngai-skhcn", kind="service_centre").values_list(
            "name", flat=True
        )
    )
    row5 = [item for item in result["items"] if item["ref"].startswith("5.")]
    assert all(set(item["lead_units"]) == all_units for item in row5)
    row7 = next(item for item in result["items"] if item["ref"] == "7")
    assert set(row7["lead_units"]) == centres
    assert row7["coordinating_units"] == [VP]


def test_coordinating_units_limited_to_the_sub_items_the_note_names(result):
    by_ref = {item["ref"]: item for item in result["items"]}
    for ref in ("1.(1)", "1.(2)", "1.(9)"):
        assert by_ref[ref]["coordinating_units"] == [BCVT, QLCN, TCDLCL]
    assert by_ref["1.(3)"]["coordinating_units"] == []


def test_content_joined_across_lines_and_page_breaks(result):
    by_ref = {item["ref"]: item for item in result["items"]}
    assert by_ref["1.(4)"]["content"] == (
        "Kế hoạch thực hiện Chương trình hành động của Chính phủ thực hiện Nghị quyết số 36-NQ/TW ngày "
        "30 tháng 01 năm 2023 của Bộ Chính trị về phát triển và ứng dụng công nghệ sinh học phục vụ phát "
        "triển bền vững đất nước trong tình hình mới"
    )
    assert (
        by_ref["3.(2)"]["content"]
        == "Chương trình phát triển tài sản trí tuệ trên địa bàn tỉnh Quảng Ngãi đến năm 2030"
    )
    assert by_ref["4.(4)"]["content"].endswith("trên địa bàn tỉnh Quảng Ngãi đến năm 2030.")
    assert by_ref["1.(1)"]["content"].startswith("Triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024")
    assert "359-KH/TU" in by_ref["1.(1)"]["content"]
    assert result["unresolved_units"] == []
