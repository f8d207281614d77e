"""Table shapes taught by h13fixKT (held-out h286, h293), each on other text: month columns headed by
the bare numbers of the months under a label naming months, marked `x`; a note that waits for another
body's word (`Khi có chỉ đạo của …`) is a time for a person to set; in a month's calendar whose week
rows print their days, a day cell of weekdays alone (or `Cả tuần`) is that day of the week, and a
`Chủ trì` column of leaders beside the preparing unit's column is no lead."""

from datetime import date

from engine.deadlines.parsing import parse_due
from engine.importing.headers import classify

from .helpers_blocks import table_items as _items
from .helpers_blocks import table_of as _table


def _month_grid(span: str, months: list[str], rows: list[list[str]]):
    return _table(
        [
            [
                ("STT", 2, 1),
                ("Nội dung", 2, 1),
                ("Bộ phận chủ trì", 2, 1),
                (span, 1, len(months)),
                ("Ghi chú", 2, 1),
            ],
            months,
            *rows,
        ]
    )


def test_bare_month_numbers_under_a_month_label_are_month_columns():
    table = _month_grid(
        "Tiến độ (tháng)",
        ["4", "5", "6", "7", "8"],
        [
            ["1", "Lắp đặt camera giám sát khu chợ trung tâm", "Tổ Kỹ thuật", "x", "x", "", "", "", ""],
            [
                "2",
                "Nghiệm thu công trình nhà văn hóa thôn Đồng",
                "Ban Quản lý dự án",
                "",
                "",
                "",
                "X",
                "",
                "",
            ],
            [
                "3",
                "Kiểm kê tài sản công cuối kỳ",
                "Tổ Kế toán",
                "",
                "",
                "",
                "",
                "",
                "Khi có yêu cầu của huyện",
            ],
        ],
    )
    header = classify(table)
    assert header is not None
    assert header.period_columns == {3: "Tháng 4", 4: "Tháng 5", 5: "Tháng 6", 6: "Tháng 7", 7: "Tháng 8"}
    items = _items(table)
    assert [item.due for item in items] == ["Tháng 5", "Tháng 7", "Khi có yêu cầu của huyện"]
    assert parse_due(items[1].due, year=2030).date == date(2030, 7, 31)
    assert parse_due(items[2].due, year=2030).needs_review


def test_bare_month_numbers_running_past_december_are_the_next_years():
    table = _month_grid(
        "Tháng triển khai",
        ["10", "11", "12", "1", "2"],
        [["1", "Ôn luyện đội tuyển học sinh giỏi cấp tỉnh", "Tổ Toán - Tin", "", "", "x", "x", ""]],
    )
    assert [item.due for item in _items(table)] == ["Tháng 1 năm sau"]


def test_numbers_under_a_label_naming_no_months_are_no_month_columns():
    # counts (`Số lượng`), or numbers that do not follow one another, are not months
    counts = _month_grid(
        "Số lượng (lớp)",
        ["1", "2", "3"],
        [["1", "Mở lớp tập huấn phần mềm kế toán", "Tổ Kế toán", "x", "", "", ""]],
    )
    header = classify(counts)
    assert header is not None and header.period_columns == {}
    scattered = _month_grid(
        "Tháng",
        ["3", "7", "9"],
        [["1", "Mở lớp tập huấn phần mềm kế toán", "Tổ Kế toán", "x", "", "", ""]],
    )
    header = classify(scattered)
    assert header is not None and header.period_columns == {}


def _week_calendar(lead_label: str, leaders: tuple[str, str, str]):
    return _table(
        [
            ["Thứ", "Nội dung", lead_label, "Địa điểm", "Bộ phận chuẩn bị"],
            [("TUẦN 2 (từ 12/5 đến 16/5/2031)", 1, 5)],
            ["Thứ Hai", "Giao ban đầu tuần của Ban Giám đốc", leaders[0], "Phòng họp A", "Phòng Hành chính"],
            [
                "Thứ Tư và Thứ Năm",
                "Kiểm tra kho vật tư tại chi nhánh",
                leaders[1],
                "Chi nhánh Bắc",
                "Phòng Vật tư",
            ],
            [("TUẦN 3 (19/5 - 23/5/2031)", 1, 5)],
            ["Cả tuần", "Kiểm kê tài sản cố định giữa năm", leaders[2], "Tại đơn vị", "Phòng Kế toán"],
            ["Thứ Ba", "Tiếp đoàn kiểm tra của Tổng công ty", leaders[0], "Hội trường", "Phòng Hành chính"],
        ]
    )


def test_a_weekday_under_a_week_row_is_that_day_of_the_week():
    items = _items(_week_calendar("Chủ trì", ("Giám đốc", "PGĐ Hoàng Minh Tâm", "PGĐ Vũ Thị Lan")))
    dues = [parse_due(item.due, year=2031).date for item in items]
    assert dues == [date(2031, 5, 12), date(2031, 5, 15), date(2031, 5, 23), date(2031, 5, 20)]


def test_a_chairing_column_of_leaders_beside_the_preparing_unit_is_no_lead():
    items = _items(_week_calendar("Chủ trì", ("Giám đốc", "PGĐ Hoàng Minh Tâm", "PGĐ Vũ Thị Lan")))
    assert [item.lead for item in items] == [
        "Phòng Hành chính",
        "Phòng Vật tư",
        "Phòng Kế toán",
        "Phòng Hành chính",
    ]
    # a `Chủ trì` column of units keeps leading
    units = _items(_week_calendar("Chủ trì", ("Phòng Hành chính", "Phòng Vật tư", "Phòng Kế toán")))
    header = classify(_week_calendar("Chủ trì", ("Phòng Hành chính", "Phòng Vật tư", "Phòng Kế toán")))
    assert header is not None and header.roles["lead"] == 2
    assert [item.lead for item in units][:2] == ["Phòng Hành chính", "Phòng Vật tư"]


def test_a_weekday_cell_beats_a_round_the_content_prints_and_a_day_not_set_is_for_review():
    table = _table(
        [
            ["Thứ", "Nội dung", "Lãnh đạo chủ trì", "Bộ phận chuẩn bị"],
            [("Tuần 1 (03/6 - 07/6/2030)", 1, 4)],
            ["Thứ Sáu", "Họp hội đồng lương (ngày 07 hằng tháng)", "Giám đốc", "Phòng Tổ chức"],
            ["Chưa xác định ngày", "Đón đoàn công tác của Cục Thuế", "Giám đốc", "Văn phòng"],
        ]
    )
    items = _items(table)
    assert parse_due(items[0].due, year=2030).date == date(2030, 6, 7)
    assert items[1].due == "Chưa xác định ngày" and parse_due(items[1].due, year=2030).needs_review
