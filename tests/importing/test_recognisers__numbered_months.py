"""Table shapes taught by h13fixKT (held-out h286), each on other text: month columns headed by the
bare numbers of the months under a label naming months, marked `x`; a note that waits for another
body's word (`Khi có chỉ đạo của …`) is a time for a person to set."""

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
