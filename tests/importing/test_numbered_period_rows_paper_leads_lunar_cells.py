"""A group row numbered in its own column (`II | THÁNG 5/2029`) dates the rows under it that print no
time; a preparing-unit cell that only points to another paper (`Theo giấy mời`) is no lead, in a
calendar and in a plan's table; a lunar day alone in a time cell (`Mùng 4 tháng Giêng`, `Rằm tháng
Giêng`) is dated from the pair another cell prints (`Mùng 9 tháng Giêng (…)`). Own text, not a
corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from datetime import date

from engine.deadlines.parsing import parse_due
from engine.importing import event_dues
from engine.importing.blocks import Table, grid_from_spans
from engine.importing.event_dues import resolve_event_dues
from engine.importing.layouts import calendar_weeks
from engine.importing.layouts.days import names_another_paper
from engine.importing.recognition import Context
from tests.importing.helpers_blocks import BlocksDocument, table_items, table_of

HEADER = ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn", "Ghi chú"]


def test_a_month_row_numbered_in_its_own_column_dates_its_rows_with_no_time():
    items = table_items(
        table_of(
            [
                HEADER,
                ["I", "THÁNG 4/2029", "", "", ""],
                ["1", "Rà soát hồ sơ đất công", "Phòng Tài nguyên", "", "Theo đề nghị của xã"],
                ["II", "THÁNG 5/2029", "", "", ""],
                ["2", "Kiểm tra kho lưu trữ", "Văn phòng", "", ""],
                ["3", "Báo cáo tiến độ", "Văn phòng", "20/5/2029", ""],
                ["B.", "QUÝ III NĂM 2029", "", "", ""],
                ["4", "Tổng kết mùa mưa", "Phòng Kinh tế", "", ""],
            ]
        )
    )
    assert [(i.ref, i.due) for i in items] == [
        ("1", "THÁNG 4/2029"),
        ("2", "THÁNG 5/2029"),
        ("3", "20/5/2029"),
        ("4", "QUÝ III NĂM 2029"),
    ]
    # a numbered section that is no period dates nothing
    items = table_items(
        table_of([HEADER, ["I", "CÔNG TÁC CHUYÊN MÔN", "", "", ""], ["1", "Rà soát", "Văn phòng", "", ""]])
    )
    assert [i.due for i in items] == [""]


def test_a_preparing_cell_pointing_to_another_paper_is_no_lead():
    assert names_another_paper("Theo giấy mời")
    assert names_another_paper("theo Giấy triệu tập của Huyện ủy")
    assert names_another_paper("Theo thông báo")
    assert not names_another_paper("Văn phòng Huyện ủy")
    assert not names_another_paper("Theo dõi: Phòng Nội vụ")
    rows = [
        [("Ngày", 1, 1), ("Buổi", 1, 1), ("Nội dung", 1, 1), ("Chủ trì", 1, 1), ("Đơn vị chuẩn bị", 1, 1)],
        [("Thứ 2 (09/04/2029)", 2, 1), ("Sáng", 1, 1), ("Họp giao ban", 1, 1), ("Chủ tịch", 1, 1), ("Văn phòng", 1, 1)],
        [("Chiều", 1, 1), ("Chủ tịch dự Hội nghị của Tỉnh ủy", 1, 1), ("Chủ tịch", 1, 1), ("Theo Giấy mời", 1, 1)],
        [("Thứ 3 (10/04/2029)", 1, 1), ("Sáng", 1, 1), ("Kiểm tra trường học", 1, 1), ("Phó Chủ tịch", 1, 1), ("Phòng Văn hóa", 1, 1)],
    ]  # fmt: skip
    found = calendar_weeks.recognise(
        Context(BlocksDocument([Table(grid_from_spans(rows), row_lines=[1, 2, 3, 4])]), None)
    )
    assert [i.lead for i in found.items] == ["Văn phòng", "", "Phòng Văn hóa"]
    items = table_items(
        table_of(
            [
                HEADER,
                ["1", "Dự Hội nghị tổng kết của Bộ", "Theo thông báo", "Tháng 1/2029", ""],
                ["2", "Rà soát quy chế", "Văn phòng", "Tháng 2/2029", ""],
            ]
        )
    )
    assert [i.lead for i in items] == ["", "Văn phòng"]


def test_a_lunar_day_alone_in_a_time_cell_is_dated_by_the_pair_another_cell_prints():
    # `Rằm` is the 15th; `mùng` with no `ngày` before it marks a lunar day too
    assert event_dues.lunar_months(["Rằm tháng Giêng (20/02/2030)"], 2030) == {"gieng": date(2030, 2, 5)}
    assert event_dues.lunar_months(["Mùng 9 tháng Giêng (22/02/2029)"], 2029) == {"gieng": date(2029, 2, 13)}
    table = table_of(
        [
            HEADER,
            ["1", "Dâng hương tại đền", "Ban Văn hóa", "Mùng 9 tháng Giêng (22/02/2029)", ""],
            ["2", "Hội thi cờ tướng", "Đoàn Thanh niên", "Mùng 4 tháng Giêng", ""],
            ["3", "Hội thi thả diều", "Hội Phụ nữ", "Rằm tháng Giêng", ""],
            ["4", "Tặng quà hộ nghèo", "Hội Chữ thập đỏ", "Trước 23 tháng Chạp", ""],
        ]
    )
    items = table_items(table)
    resolve_event_dues(items, BlocksDocument([table]), 2029)
    dues = [parse_due(item.due, year=2029) for item in items]
    assert [due.date for due in dues[:3]] == [date(2029, 2, 22), date(2029, 2, 17), date(2029, 2, 28)]
    assert dues[3].date is None  # no pair of tháng Chạp printed: for a person to set


def test_a_group_row_that_is_only_a_standing_time_makes_its_rows_ongoing():
    from engine.deadlines.parsing import ONGOING

    header = ["STT", "Nội dung", "Đơn vị chủ trì", "Ghi chú"]
    items = table_items(
        table_of(
            [
                header,
                ["", "QUÝ I/2031", "", ""],
                ["1", "Tổ chức hội nghị triển khai", "Văn phòng", ""],
                ["", "THỰC HIỆN THƯỜNG XUYÊN TRONG NĂM", "", ""],
                ["2", "Cập nhật cơ sở dữ liệu", "Phòng Tin học", ""],
                ["II", "Triển khai liên tục", "", ""],
                ["3", "Tiếp nhận phản ánh", "Phòng Tiếp dân", ""],
            ]
        )
    )
    assert [i.due for i in items] == [
        "QUÝ I/2031",
        "THỰC HIỆN THƯỜNG XUYÊN TRONG NĂM",
        "II Triển khai liên tục",
    ]
    assert parse_due(items[1].due, year=2031).recurrence == ONGOING
    # a kind of task (`NHIỆM VỤ THƯỜNG XUYÊN`) or a field (`GIÁO DỤC THƯỜNG XUYÊN`) is no time
    items = table_items(
        table_of(
            [
                header,
                ["", "NHIỆM VỤ THƯỜNG XUYÊN", "", ""],
                ["1", "Rà soát", "Văn phòng", ""],
                ["", "GIÁO DỤC THƯỜNG XUYÊN", "", ""],
                ["2", "Mở lớp", "Phòng GDTX", ""],
            ]
        )
    )
    assert [i.due for i in items] == ["", ""]
