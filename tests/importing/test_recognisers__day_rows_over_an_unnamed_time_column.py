"""A week calendar whose day is a row merged across the table while its time column is not named as
one (`Giờ`) or missing: the day is the due of the rows under it; a leader's routine line
("Đ/c … - Phó Giám đốc giải quyết công việc thường xuyên") is no item. Limits: a row across a table
that names its time column elsewhere stays a heading; a unit's routine or a leader's meeting that
closes with the same words stays an item."""

import pytest

from engine.importing.build import import_document
from engine.importing.layouts.days import is_not_task, leader_at_chores

pytestmark = pytest.mark.django_db

_HOURS_COLUMN = """<html><body><h2>LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO CỤC THỐNG KÊ</h2>
<table border="1">
<tr><th>Giờ</th><th>Nội dung công việc</th><th>Lãnh đạo chủ trì</th><th>Đơn vị chuẩn bị</th></tr>
<tr><td colspan="4">THỨ HAI - 15/3/2027</td></tr>
<tr><td>08h00</td><td>Giao ban lãnh đạo Cục tháng 3</td><td>Đ/c Cục trưởng</td><td>Văn phòng Cục</td></tr>
<tr><td>14h00</td><td>Đ/c Trần Thị Lụa - Phó Cục trưởng giải quyết công việc thường xuyên</td>
<td></td><td></td></tr>
<tr><td colspan="4">THỨ TƯ - 17/3/2027</td></tr>
<tr><td>08h30</td><td>Kiểm tra công tác thu thập số liệu điều tra doanh nghiệp</td>
<td>Đ/c Trần Thị Lụa - Phó Cục trưởng</td><td>Phòng Thống kê kinh tế</td></tr>
</table></body></html>"""

_NO_TIME_COLUMN = """<html><body><h2>LỊCH LÀM VIỆC TUẦN CỦA BAN GIÁM ĐỐC BẢO TÀNG TỈNH</h2>
<table border="1">
<tr><th>Nội dung</th><th>Lãnh đạo dự</th><th>Đơn vị chuẩn bị</th></tr>
<tr><td colspan="3">Thứ Ba, 09/3/2027</td></tr>
<tr><td>Họp duyệt đề cương trưng bày chuyên đề mùa xuân</td><td>Giám đốc</td><td>Phòng Trưng bày</td></tr>
<tr><td colspan="3">Thứ Sáu, 12/3/2027</td></tr>
<tr><td>Kiểm kê hiện vật kho cơ sở</td><td>Phó Giám đốc</td><td>Phòng Kiểm kê - Bảo quản</td></tr>
</table></body></html>"""

_DUE_COLUMN_ELSEWHERE = """<html><body><h2>KẾ HOẠCH THỰC HIỆN KẾT LUẬN CÁC CUỘC HỌP</h2>
<table border="1">
<tr><th>Nội dung công việc</th><th>Đơn vị chủ trì</th><th>Thời hạn</th></tr>
<tr><td colspan="3">Thứ Hai, 01/3/2027</td></tr>
<tr><td>Rà soát hồ sơ đất đai tồn đọng</td><td>Phòng Tài nguyên</td><td></td></tr>
<tr><td>Báo cáo tiến độ giải ngân vốn đầu tư công</td><td>Phòng Tài chính</td><td>30/4/2027</td></tr>
</table></body></html>"""


def _read(html: str) -> list[tuple[str, str, str | None]]:
    imported = import_document(html.encode(), "lich.html", units=[], year=2027)
    return [
        (item.content[:20], item.lead_text, item.due_date.isoformat() if item.due_date else None)
        for item in imported.items
    ]


def test_a_day_row_over_a_time_column_headed_giờ_dates_its_rows_and_a_leaders_routine_is_no_item():
    assert _read(_HOURS_COLUMN) == [
        ("Giao ban lãnh đạo Cụ", "Văn phòng Cục", "2027-03-15"),
        ("Kiểm tra công tác th", "Phòng Thống kê kinh tế", "2027-03-17"),
    ]


def test_a_day_row_across_a_calendar_with_no_time_column_dates_its_rows():
    assert _read(_NO_TIME_COLUMN) == [
        ("Họp duyệt đề cương t", "Phòng Trưng bày", "2027-03-09"),
        ("Kiểm kê hiện vật kho", "Phòng Kiểm kê - Bảo quản", "2027-03-12"),
    ]


def test_limit_a_day_row_across_a_table_naming_its_due_column_elsewhere_is_no_due():
    dues = [due for _content, _lead, due in _read(_DUE_COLUMN_ELSEWHERE)]
    assert dues[1] == "2027-04-30"
    assert dues[0] != "2027-03-01"  # a heading over the rows, not the day they are due


def test_a_leader_named_then_routine_chores_is_no_task():
    for text in (
        "Đ/c Trần Thị Lụa - Phó Cục trưởng giải quyết công việc thường xuyên",
        "PCT Trần Bình xử lý công việc chuyên môn",
        "Phó Hiệu trưởng Lê Thị Mai giải quyết công việc chuyên môn.",
    ):
        assert leader_at_chores(text), text
        assert is_not_task(text), text


def test_limit_a_units_routine_or_a_leaders_meeting_closing_with_chores_stays_a_task():
    for text in (
        "Văn phòng giải quyết công việc thường xuyên",
        "Đ/c Giám đốc làm việc với Sở Tài chính về giải quyết công việc thường xuyên",
        "Đ/c Chánh án chủ trì họp giải quyết công việc thường xuyên",
        "Hiệu trưởng giải quyết công việc thường xuyên tồn đọng",
    ):
        assert not leader_at_chores(text), text
