"""Calendars whose day is a row merged across a time-first table, entries closing with who is in
charge ("Phụ trách: …"), duty rosters beside a unit, and a week's other tasks after its days."""

import pytest

from engine.importing.build import import_document
from engine.importing.layouts.days import is_duty_roster, is_time_of_day, preparing_unit

pytestmark = pytest.mark.django_db

_DAY_ROWS = """<html><body><h2>LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC TRUNG TÂM Y TẾ</h2>
<table border="1">
<tr><th>Thời gian</th><th>Nội dung</th><th>Lãnh đạo dự</th><th>Đơn vị chuẩn bị</th></tr>
<tr><td colspan="4">Thứ Tư - 03/11/2027</td></tr>
<tr><td>8 giờ 00</td><td>Họp Hội đồng thuốc và điều trị quý IV</td>
<td>GĐ Vũ Thị Loan</td><td>Khoa Dược</td></tr>
<tr><td>Tối</td><td>Kiểm tra trực cấp cứu ngoài giờ</td>
<td>PGĐ Mai Văn Tiến</td><td>Khoa Cấp cứu</td></tr>
<tr><td colspan="4">Thứ Năm - 04/11/2027</td></tr>
<tr><td>9h15 (dự kiến)</td><td>Làm việc với đoàn thẩm định giá dịch vụ kỹ thuật</td>
<td>GĐ Vũ Thị Loan</td><td>Phòng Tài chính kế toán</td></tr>
<tr><td>Cả ngày</td><td>Trực ban lãnh đạo: PGĐ Mai Văn Tiến</td>
<td></td><td>Phòng Tổ chức hành chính</td></tr>
</table></body></html>"""


def test_a_day_row_merged_across_a_time_first_calendar_is_the_due_of_its_timed_rows():
    imported = import_document(_DAY_ROWS.encode(), "lich.html", units=[], year=2027)
    got = [(item.content[:20], item.lead_text, item.due_date.isoformat()) for item in imported.items]
    assert got == [
        ("Họp Hội đồng thuốc v", "Khoa Dược", "2027-11-03"),
        ("Kiểm tra trực cấp cứ", "Khoa Cấp cứu", "2027-11-03"),
        ("Làm việc với đoàn th", "Phòng Tài chính kế toán", "2027-11-04"),
    ]  # the day rows are no items, the duty roster beside its office none either


def test_a_time_of_day_names_no_day_and_a_duty_roster_opens_with_who_is_on_duty():
    for text in ("07g30", "14h00 (dự kiến)", "Chiều", "Cả ngày", "8 giờ 30’"):
        assert is_time_of_day(text), text
    for text in ("Thứ Hai - 07/6/2027", "07g30 ngày 08/6", "Sáng thứ Ba (08/6)", ""):
        assert not is_time_of_day(text), text
    assert is_duty_roster("Trực trường: thầy Lê Văn B")
    assert is_duty_roster("Trực cơ quan: PGĐ Hà Thị C")
    assert not is_duty_roster("Kiểm tra trực cấp cứu ngoài giờ")
    assert not is_duty_roster("Họp trực tuyến với Bộ Y tế")
    assert not is_duty_roster("Trực ban 24/24 giờ trong mùa mưa bão")  # a task to keep watch
    assert not is_duty_roster("Trực tuyến: hội nghị của Bộ Y tế")


def test_an_entry_closing_with_who_is_in_charge_names_its_lead():
    assert preparing_unit("Họp tổ chuyên môn. Phụ trách: Tổ Ngoại ngữ.") == "Tổ Ngoại ngữ"
    assert preparing_unit("Tổng vệ sinh; phụ trách: Chi đoàn giáo viên.") == "Chi đoàn giáo viên"
    assert preparing_unit("Duyệt đề kiểm tra. Người phụ trách: Tổ Toán.") == "Tổ Toán"
    assert preparing_unit("Kiểm tra kho. Bộ phận phụ trách: Kế toán.") == "Kế toán"
    assert preparing_unit("Dự hội nghị. Lãnh đạo phụ trách: PHT Trần Văn D.") == ""


_WEEK_PLAN = """TRƯỜNG MẦM NON HOA SEN
KẾ HOẠCH TUẦN 9 (Từ ngày 01/11/2027 đến ngày 06/11/2027)

A. LỊCH HOẠT ĐỘNG
Thứ Hai (01/11):
  - 7g15: Đón trẻ, kiểm tra vệ sinh lớp học đầu tuần. Phụ trách: Tổ Mẫu giáo lớn.
Thứ Năm (04/11):
  - 14g00: Họp Hội đồng trường tháng 11. Phụ trách: Ban Giám hiệu.
Thứ Bảy (06/11):
  - Trực trường: cô Trần Thị E.

B. CÔNG VIỆC KHÁC
  - Gửi báo cáo phổ cập về Phòng Giáo dục trước 9g00 thứ Tư (03/11). Phụ trách: Tổ Văn phòng.
  - Kiểm kê đồ dùng đồ chơi, hoàn thành trong tuần. Phụ trách: Tổ Nhà bếp.
"""


def test_a_weeks_other_tasks_after_its_days_are_due_at_their_deadline_or_the_weeks_last_day():
    imported = import_document(_WEEK_PLAN.encode(), "kh_tuan.txt", units=[], year=2027)
    got = [(item.content[:16], item.lead_text, item.due_date.isoformat()) for item in imported.items]
    assert got == [
        ("Đón trẻ, kiểm tr", "Tổ Mẫu giáo lớn", "2027-11-01"),
        ("Họp Hội đồng trư", "Ban Giám hiệu", "2027-11-04"),
        ("Gửi báo cáo phổ ", "Tổ Văn phòng", "2027-11-03"),
        ("Kiểm kê đồ dùng ", "Tổ Nhà bếp", "2027-11-06"),
    ]


def test_a_weeks_part_heading_is_numbered_or_lettered_first_and_a_room_is_none():
    from engine.importing.layouts.calendar_weeks import _WEEK_PART

    for text in ("III. CÔNG VIỆC KHÁC TRONG TUẦN", "B. Công việc khác", "3. Các công việc khác"):
        assert _WEEK_PART.match(text), text
    for text in (
        "P. họp 4 tầng 1",
        "3. các việc",
        "2. Rà soát, cập nhật hồ sơ học sinh các lớp theo mẫu mới của Phòng",
    ):
        assert not _WEEK_PART.match(text), text


# A week over the new year whose day cells print no year: the January days after December's are the
# next year's, and December's days under a title week ending in January the year before's.
def test_a_day_printing_no_year_in_a_week_over_the_new_year_is_in_the_year_its_neighbours_say():
    from datetime import date

    from engine.importing.layouts.days import across_new_year

    assert across_new_year(date(2030, 1, 2), date(2030, 12, 31), "Thứ Năm\n02/01") == date(2031, 1, 2)
    assert across_new_year(date(2031, 12, 29), date(2031, 1, 4), "Thứ Hai (29/12)") == date(2030, 12, 29)
    # (a day printing its year, a day in the same month or season, no day known: as read)
    assert across_new_year(date(2030, 1, 2), date(2030, 12, 31), "02/01/2030") == date(2030, 1, 2)
    assert across_new_year(date(2030, 12, 30), date(2030, 12, 28), "Thứ Ba 30/12") == date(2030, 12, 30)
    assert across_new_year(date(2030, 1, 5), date(2030, 1, 3), "Thứ Hai 05/01") == date(2030, 1, 5)
    assert across_new_year(date(2030, 11, 2), date(2030, 1, 3), "Thứ Hai 02/11") == date(2030, 11, 2)
    assert across_new_year(date(2030, 1, 2), None, "Thứ Năm 02/01") == date(2030, 1, 2)


_NEW_YEAR_WEEK = """<html><body><h2>LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO UBND XÃ</h2>
<p>(Từ ngày 29/12/2031 đến ngày 04/01/2032)</p>
<table border="1">
<tr><th>Thứ, ngày</th><th>Nội dung</th><th>Chủ trì</th><th>Đơn vị chuẩn bị</th></tr>
<tr><td>Thứ Hai (29/12)</td><td>Tổng kết công tác quân sự địa phương năm 2031</td>
<td>Chủ tịch UBND xã</td><td>Ban Chỉ huy Quân sự xã</td></tr>
<tr><td>Thứ Sáu (02/01)</td><td>Kiểm tra chợ Tết, an toàn thực phẩm</td>
<td>PCT UBND xã</td><td>Trạm Y tế xã</td></tr>
</table></body></html>"""


def test_a_week_calendar_over_the_new_year_dates_its_days_in_their_own_years():
    imported = import_document(_NEW_YEAR_WEEK.encode(), "lich.html", units=[], year=None)
    got = [(item.content[:20], item.due_date.isoformat()) for item in imported.items]
    assert got == [("Tổng kết công tác qu", "2031-12-29"), ("Kiểm tra chợ Tết, an", "2032-01-02")]
