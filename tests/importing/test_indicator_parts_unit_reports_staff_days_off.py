"""An indicator sheet's rows that only sum or break down its numbered indicators (a parent over `1.1`,
`1.2` with no unit and no time, `Trong đó: - …` rows, a `Tổng …`/`Cộng …` subtotal: no items), a
note whose label is followed at once by a named unit's report (`Ghi chú: Phòng X tổng hợp, báo cáo
… hằng quý`: its item), the weekly report of a division's staff on a line of its own (`Công chức của
Phòng báo cáo … hằng tuần`: every staff member's item) and a calendar's day off in parentheses
(`(Nghỉ)`: no entry) (h13fixYW: h790, h761, h776, h781, h788)."""

import io

import pytest

from engine.importing.build import import_document
from engine.importing.layouts.days import is_holiday, is_not_task
from engine.importing.layouts.prose_facts import asks_report
from engine.importing.layouts.table_rows import _footnote_request

pytestmark = pytest.mark.django_db

_HEADER = ("STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2026", "Kế hoạch 2027", "Đơn vị thực hiện", "Thời hạn")


def _sheet(rows, header=_HEADER) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A1"] = "CHỈ TIÊU KẾ HOẠCH NĂM 2027"
    sheet.append([])
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _contents(rows, header=_HEADER) -> list[str]:
    result = import_document(_sheet(rows, header), "chi_tieu.xlsx", units=[], year=2027)
    return [item.content for item in result.items]


_INDICATORS = (
    ("1", "Tổng nguồn vốn hoạt động", "Tỷ đồng", 1240, 1370, "", ""),
    ("1.1", "Vốn điều lệ được cấp bổ sung", "Tỷ đồng", 900, 950, "Phòng Tài chính - Kế toán", "Quý III"),
    ("1.2", "Vốn huy động từ các tổ chức, cá nhân", "Tỷ đồng", 340, 420, "Phòng Kế hoạch", "31/12/2027"),
    ("2", "Tổng dư nợ cho vay", "Tỷ đồng", 158, 176, "Phòng Tín dụng", "31/12/2027"),
    ("", "Trong đó: - Dư nợ ngắn hạn", "Tỷ đồng", 90, 100, "", ""),
    ("", "- Dư nợ trung, dài hạn", "Tỷ đồng", 68, 76, "", ""),
    ("3", "Thu phí dịch vụ thanh toán", "Triệu đồng", 800, 900, "Phòng Kế toán", "31/12/2027"),
    ("4", "Thu phí dịch vụ ngân quỹ", "Triệu đồng", 200, 260, "Phòng Ngân quỹ", "Hằng quý"),
    ("", "Tổng thu phí dịch vụ các loại", "Triệu đồng", 1000, 1160, "", ""),
)


def test_an_indicator_sheets_parent_breakdown_and_subtotal_rows_are_no_items():
    contents = _contents(_INDICATORS)
    assert contents == [
        "Vốn điều lệ được cấp bổ sung",
        "Vốn huy động từ các tổ chức, cá nhân",
        "Tổng dư nợ cho vay",
        "Thu phí dịch vụ thanh toán",
        "Thu phí dịch vụ ngân quỹ",
    ]


def test_rows_with_a_unit_or_a_time_of_their_own_or_a_verb_stay_items():
    # limits: a parent printing its unit and time, a dash row naming its unit, `Tổng kết …` (a verb)
    rows = (
        ("1", "Tổng nguồn vốn hoạt động", "Tỷ đồng", 1240, 1370, "Ban Giám đốc", "31/12/2027"),
        ("1.1", "Vốn điều lệ được cấp bổ sung", "Tỷ đồng", 900, 950, "Phòng Tài chính - Kế toán", "Quý III"),
        ("2", "Tổng dư nợ cho vay", "Tỷ đồng", 158, 176, "Phòng Tín dụng", "31/12/2027"),
        ("", "Trong đó: - Dư nợ ngắn hạn", "Tỷ đồng", 90, 100, "Phòng Tín dụng", "Hằng quý"),
        ("3", "Thu phí dịch vụ thanh toán", "Triệu đồng", 800, 900, "Phòng Kế toán", "31/12/2027"),
        ("", "Tổng kết công tác thu phí năm 2027", "Hội nghị", 1, 1, "", ""),
    )
    contents = _contents(rows)
    assert "Tổng nguồn vốn hoạt động" in contents
    assert "Trong đó: - Dư nợ ngắn hạn" in contents
    assert "Tổng kết công tác thu phí năm 2027" in contents


def test_a_statistics_forms_parent_with_figures_stays_an_indicator():
    # limit: a table of figures with no doer and no time column: every row is an indicator
    rows = (
        ("1", "Tổng số thủ tục hành chính", "Thủ tục", 120, 130),
        ("1.1", "Thủ tục cấp tỉnh", "Thủ tục", 80, 85),
        ("1.2", "Thủ tục cấp huyện", "Thủ tục", 40, 45),
    )
    contents = _contents(rows, header=_HEADER[:5])
    assert "Tổng số thủ tục hành chính" in contents


def test_a_note_label_followed_at_once_by_a_named_units_report_is_its_item():
    for text, lead in (
        (
            "Ghi chú: Phòng Kế hoạch - Tổng hợp tổng hợp tình hình thực hiện các chỉ tiêu, báo cáo Hội đồng "
            "quản lý Quỹ định kỳ hằng quý.",
            "Phòng Kế hoạch - Tổng hợp",
        ),
        (
            "Ghi chú: Bộ phận Kế toán tổng hợp, báo cáo kết quả về Hội đồng quản trị trước ngày 05 "
            "hằng tháng.",
            "Bộ phận Kế toán",
        ),
    ):
        item = _footnote_request(text, 20)
        assert item is not None, text
        assert item.lead == lead
        assert not item.content.startswith("Ghi chú")


def test_a_note_labels_remark_on_a_unit_is_no_item():
    # limits: the unit is the subject of a remark, not of a report; and unlabelled, no note is read so
    assert _footnote_request("Ghi chú: Phòng Kế hoạch là đầu mối theo dõi số liệu hằng quý.", 20) is None
    assert _footnote_request("Ghi chú: Phòng Kế toán chịu trách nhiệm về số liệu hằng quý.", 20) is None


def test_the_staff_of_a_division_asked_for_a_report_is_a_closing_request():
    for text in (
        "Công chức của Phòng báo cáo kết quả công việc được giao với Trưởng phòng tại cuộc họp giao ban "
        "chiều thứ Hai hằng tuần.",
        "Cán bộ, công chức của Phòng Tư pháp gửi báo cáo kết quả công việc trước 16 giờ thứ Sáu hằng tuần.",
        "Viên chức trong Khoa báo cáo tiến độ với Trưởng khoa hằng tháng.",
    ):
        assert asks_report(text), text


def test_staff_without_their_division_or_one_post_is_no_closing_request():
    for text in (
        "Công chức được giao báo cáo kết quả với Trưởng phòng hằng tuần.",
        "Chuyên viên Nguyễn Văn An báo cáo kết quả với Trưởng phòng hằng tuần.",
    ):
        assert not asks_report(text), text


def test_a_day_off_in_parentheses_is_no_entry():
    for text in ("(Nghỉ)", "(Nghỉ bù)", "(Nghỉ lễ)"):
        assert is_holiday(text), text
        assert is_not_task(text), text


def test_a_day_off_bracketed_beside_other_words_stays_an_entry():
    for text in ("(Nghỉ) Trực ban kiểm tra kho", "Họp giao ban (nghỉ giữa giờ 15 phút)"):
        assert not is_holiday(text), text


def test_a_breakdown_row_opening_with_a_dash_is_no_item_unless_it_has_a_doer_or_time():
    """h13fixZM (held-out h836): `- Trong đó: …` under an indicator, with a figure but no number,
    doer or time, is part of the indicator above; with a doer and a time of its own it stays."""
    rows = (
        ("1", "Kiểm tra an toàn thực phẩm tại các chợ", "Cuộc", 30, 36, "Phòng Thanh tra", "Quý IV"),
        ("", "- Trong đó: kiểm tra đột xuất", "Cuộc", 8, 10, "", ""),
        ("2", "Lấy mẫu xét nghiệm nhanh", "Mẫu", 500, 600, "Phòng Nghiệp vụ", "31/12/2027"),
        ("", "+ Trong đó: mẫu rau, quả", "Mẫu", 200, 250, "Phòng Nghiệp vụ", "Quý III"),
    )
    contents = _contents(rows)
    assert "- Trong đó: kiểm tra đột xuất" not in contents
    assert "Kiểm tra an toàn thực phẩm tại các chợ" in contents
    assert "+ Trong đó: mẫu rau, quả" in contents
