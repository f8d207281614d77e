"""Week calendars whose day rows leave the time cell empty and span the other columns with the day,
leaders at the body's own seat named by its kind alone, a one-stop desk's duty roster, and a closing
line or paragraph that prints a remark sentence before every unit's registration request."""

# ruff: noqa: E501 — document text is data: long lines.

import pytest

from engine.importing.blocks import Cell
from engine.importing.build import import_document
from engine.importing.layouts.calendar_weeks import closing_request_item
from engine.importing.layouts.days import is_not_task
from engine.importing.layouts.tables import _after_empty_time
from engine.importing.recognisers import _DEADLINE_WEEKDAY, _labelled_request
from engine.text import fold

pytestmark = pytest.mark.django_db

_EMPTY_TIME_DAYS = """<html><body><h2>LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO BAN QUẢN LÝ CHỢ</h2>
<table border="1">
<tr><th>Thời gian</th><th>Nội dung</th><th>Lãnh đạo dự</th><th>Bộ phận chuẩn bị</th><th>Địa điểm</th></tr>
<tr><td></td><td colspan="4">THỨ HAI (06/03/2028)</td></tr>
<tr><td>7h30</td><td>Giao ban đầu tuần của Ban Quản lý</td><td>Trưởng ban Lý Văn Hòa</td><td>Tổ Hành chính</td><td>Văn phòng Ban</td></tr>
<tr><td>14h00</td><td>Trưởng ban làm việc tại cơ quan</td><td></td><td></td><td></td></tr>
<tr><td></td><td colspan="4">THỨ TƯ (08/03/2028)</td></tr>
<tr><td>Cả ngày</td><td>Kiểm tra phòng cháy, chữa cháy các ki-ốt khu B</td><td>Phó Trưởng ban Đào Thị Lan</td><td>Tổ Bảo vệ - Trật tự</td><td>Khu B</td></tr>
</table>
<p>Lịch có thể thay đổi, Tổ Hành chính sẽ thông báo bổ sung. Các tổ đăng ký nội dung công tác tuần sau về Tổ Hành chính trước 15h00 thứ Năm hằng tuần.</p>
</body></html>"""


def test_a_day_spanning_every_column_but_an_empty_time_cell_dates_the_timed_rows_below():
    imported = import_document(_EMPTY_TIME_DAYS.encode(), "lich.html", units=[], year=2028)
    got = [
        (item.content[:20], item.lead_text, item.due_date.isoformat() if item.due_date else item.recurrence)
        for item in imported.items
    ]
    assert got == [
        ("Giao ban đầu tuần củ", "Tổ Hành chính", "2028-03-06"),
        ("Kiểm tra phòng cháy,", "Tổ Bảo vệ - Trật tự", "2028-03-08"),
        # the paragraph under the table: from the request after the remark sentence, every week
        ("Các tổ đăng ký nội d", "", "weekly"),
    ]


def _row(*cells: tuple[str, tuple[int, int] | None]) -> list[Cell]:
    return [Cell(text, merged_from=origin) for text, origin in cells]


def test_only_a_row_whose_second_cell_spans_the_rest_after_an_empty_time_cell_is_a_day_row():
    day = ("THỨ BA (07/03/2028)", None)
    assert _after_empty_time(_row(("", None), day, ("", (4, 1)), ("", (4, 1)), ("", (4, 1))), 4)
    # limits: a time printed, a span over part of the row, a row too narrow to tell
    assert not _after_empty_time(_row(("8h00", None), day, ("", (4, 1)), ("", (4, 1)), ("", (4, 1))), 4)
    assert not _after_empty_time(_row(("", None), day, ("", (4, 1)), ("Tổ Hành chính", None), ("", None)), 4)
    assert not _after_empty_time(_row(("", None), day, ("", (4, 1))), 4)


def test_a_leader_at_the_bodys_own_seat_named_by_its_kind_alone_is_no_entry():
    for text in (
        "Làm việc tại Trung tâm",
        "Chi cục trưởng làm việc tại Chi cục",
        "Hiệu trưởng làm việc tại Trường",
        "Giám đốc làm việc tại Chi nhánh, giải quyết công việc thường xuyên",
    ):
        assert is_not_task(text), text
    # limits: another body named after the kind, or whom and what about: a work item
    for text in (
        "Làm việc tại Trung tâm Y tế huyện về công tác tiêm chủng",
        "Làm việc tại Sở Tài chính",
        "Làm việc tại Trường Tiểu học Kim Đồng về cơ sở vật chất",
    ):
        assert not is_not_task(text), text


def test_a_one_stop_desks_duty_to_receive_and_return_results_is_no_entry():
    assert is_not_task("Trực tiếp nhận, trả kết quả hồ sơ buổi sáng thứ Bảy")
    assert is_not_task("Trực tiếp nhận và trả kết quả hồ sơ đăng ký biến động đất đai")
    # limits: receiving directly, with no return, is a task
    assert not is_not_task("Trực tiếp nhận đơn thư, kiến nghị của người dân")
    assert not is_not_task("Trực tiếp nhận hồ sơ tại nhà người cao tuổi")


_REQUEST = "Các bộ phận đăng ký nội dung lịch tuần 52 về Văn phòng trước 16 giờ thứ Sáu ngày 18/12/2026."


def test_a_calendars_closing_line_drops_a_remark_sentence_before_its_request():
    item = closing_request_item(
        f"Lịch có thể thay đổi theo chỉ đạo của UBND xã. {_REQUEST}", 18, closing=True
    )
    assert item is not None and item.content == _REQUEST and item.due.endswith("18/12/2026")
    # limits: a remark closed by `;`, a unit's own duty first, an entry's line under a day (not
    # closing), a timed line: read whole as before (so no request)
    lower = f"{_REQUEST[0].lower()}{_REQUEST[1:]}"
    assert closing_request_item(f"Lịch có thể thay đổi; {lower}", 18, closing=True) is None
    assert closing_request_item(f"Tổ Văn thư tổng hợp lịch. {_REQUEST}", 18, closing=True) is None
    assert closing_request_item(f"Lịch có thể thay đổi. {_REQUEST}", 18) is None
    assert closing_request_item(f"14h00: Họp giao ban. {_REQUEST}", 18, closing=True) is None


def test_a_paragraph_under_a_table_is_read_from_its_request_after_a_remark_sentence():
    from engine.importing.layouts.prose_facts import EVERY_UNIT

    request = "Các Đội đăng ký nội dung công tác tuần sau về Đội Tổng hợp trước 15h00 thứ Năm hằng tuần."
    remark = "Lịch công tác có thể thay đổi, Đội Tổng hợp sẽ thông báo bổ sung."
    assert _labelled_request(f"{remark} {request}", EVERY_UNIT, unlabelled=True) == request
    # limits: not unless asked for an unlabelled paragraph; a remark closed by `;`; a unit first
    assert _labelled_request(f"{remark} {request}", EVERY_UNIT) == ""
    assert _labelled_request(f"Lịch có thể thay đổi; {request.lower()}", EVERY_UNIT, unlabelled=True) == ""
    assert _labelled_request(f"Đội Tổng hợp tổng hợp lịch. {request}", EVERY_UNIT, unlabelled=True) == ""


def test_a_deadline_on_a_weekday_of_each_week_is_a_day_of_its_own():
    for text in ("trước 15h00 thứ Năm hằng tuần", "chậm nhất chiều thứ Sáu hằng tuần", "trước thứ Tư"):
        assert _DEADLINE_WEEKDAY.search(fold(text)), text
    for text in ("trước 15h00 hằng ngày", "họp vào thứ Năm hằng tuần", "trước ngày 25 hằng tháng"):
        assert not _DEADLINE_WEEKDAY.search(fold(text)), text
