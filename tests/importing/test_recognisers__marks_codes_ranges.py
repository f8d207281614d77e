"""Table and sheet shapes taught by h13fixA (held-out h22, h23, h25, h27, h31, h32, h35), each on other text:
a grid of period columns marked 'x', a task-code column, "Không thời hạn", total and holiday rows,
several rounds in one due, a month or quarter after the period, day ranges and recurring day cells
in calendars, a numbering column that is no day column, Markdown strikethrough and task boxes, and
an unnumbered or budget heading in a labelled plan."""

from datetime import date

from engine.deadlines.parsing import names_day, parse_due
from engine.importing.blocks import Table
from engine.importing.build import build_items, import_document
from engine.importing.headers import classify, is_period_label
from engine.importing.layouts import calendar_weeks
from engine.importing.layouts.days import is_day_range, is_holiday, parse_day
from engine.importing.model import RawItem, RawProgramme
from engine.importing.read_markdown import plain
from engine.importing.readers import read_document
from engine.importing.recognition import Context
from engine.importing.units import UnitResolver

from .helpers_blocks import BlocksDocument as _Document
from .helpers_blocks import table_items as _items
from .helpers_blocks import table_of as _table


def _quarter_grid(mark: str = "x") -> Table:
    return _table(
        [
            [("TT", 2, 1), ("Công việc", 2, 1), ("Cơ quan chủ trì", 2, 1), ("Tiến độ thực hiện", 1, 4)],
            ["Quý 1", "Quý 2", "Quý 3", "Quý 4"],
            ["1", "Khảo sát nhu cầu đào tạo nghề", "Phòng Lao động", mark, "", mark, ""],
            ["2", "Tổ chức lớp bồi dưỡng kỹ năng", "Trung tâm Giáo dục nghề nghiệp", mark, mark, mark, mark],
            ["3", "Biên soạn tài liệu hướng dẫn", "Phòng Lao động", "", mark, "", ""],
            ["4", "Tổng hợp nhu cầu năm sau", "Phòng Lao động", "", "", "", ""],
        ]
    )


def test_a_sub_row_of_periods_is_header_and_names_the_period_columns():
    header = classify(_quarter_grid())
    assert header is not None and header.rows == 2
    assert header.period_columns == {3: "Quý 1", 4: "Quý 2", 5: "Quý 3", 6: "Quý 4"}
    assert is_period_label("Quý III") and is_period_label("Tháng 10") and is_period_label("6 tháng cuối năm")
    assert not is_period_label("Quý I đến quý III, đánh giá") and not is_period_label("Phòng Lao động")


def test_a_row_marked_in_period_columns_is_due_at_the_last_period_marked():
    for mark in ("x", "X", "✓"):
        items = _items(_quarter_grid(mark))
        assert [(i.content[:10], i.due) for i in items] == [
            ("Khảo sát n", "Quý 3"),
            ("Tổ chức lớ", "Quý 4"),
            ("Biên soạn ", "Quý 2"),
            ("Tổng hợp n", ""),  # no mark: no time printed
        ]
        assert parse_due(items[0].due, year=2027).date == date(2027, 9, 30)


def test_a_task_code_column_numbers_the_rows_and_the_task_is_the_content():
    table = _table(
        [
            ["Mã hồ sơ", "Văn bản chỉ đạo", "Nội dung công việc", "Đơn vị thực hiện", "Hạn xử lý"],
            [
                "HS-07",
                "CV 15 ngày 02/02/2027",
                "Lập danh sách hộ nghèo cần hỗ trợ",
                "Phòng Xã hội",
                "30/6/2027",
            ],
            [
                "HS-08",
                "CV 16 ngày 03/02/2027",
                "Kiểm tra an toàn các trường",
                "Phòng Giáo dục",
                "Không thời hạn",
            ],
        ]
    )
    header = classify(table)
    assert header is not None and header.roles["ref"] == 0 and header.roles["content"] == 2
    items = _items(table)
    assert [(i.ref, i.content[:12], i.lead, i.due) for i in items] == [
        ("HS-07", "Lập danh sác", "Phòng Xã hội", "30/6/2027"),
        ("HS-08", "Kiểm tra an ", "Phòng Giáo dục", ""),  # printed as having no deadline: no due
    ]
    assert "Không thời hạn" in items[1].note


def test_a_total_row_and_a_holiday_row_are_no_items():
    items = _items(
        _table(
            [
                ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian", "Kinh phí"],
                ["1", "Sửa chữa nhà văn hóa thôn Đông", "UBND xã", "Tháng 5", "300"],
                ["", "Nghỉ lễ Chiến thắng 30/4", "", "30/4/2027", ""],
                ["", "Tổng cộng", "", "", "300"],
                ["", "Cộng", "", "", "300"],
            ]
        )
    )
    assert [i.content for i in items] == ["Sửa chữa nhà văn hóa thôn Đông"]
    assert is_holiday("Nghỉ Tết Nguyên đán") and is_holiday("Nghỉ bù")
    assert not is_holiday("Nghiệm thu công trình")


def test_several_rounds_in_one_due_end_with_the_last():
    due = parse_due("Lần 1: tháng 3; lần 2: tháng 9/2027", year=2027)
    assert due.date == date(2027, 9, 30) and not due.needs_review
    assert parse_due("Quý I; quý III", year=2027).date == date(2027, 9, 30)
    # one date and a recurrence, or a single time: read as before
    assert parse_due("Hằng tháng; tổng hợp trước 25/12", year=2027).recurrence == "monthly"
    assert parse_due("Tháng 4; phối hợp Sở Y tế", year=2027).date == date(2027, 4, 30)


def test_a_month_or_quarter_after_the_period_is_for_a_person_to_set_a_day_after_it_is_kept():
    raw = RawProgramme(
        layout="columns",
        title="Kế hoạch năm 2027",
        kind="year",
        period_start=date(2027, 1, 1),
        period_end=date(2027, 12, 31),
        items=[
            RawItem(content="Việc một", line=1, due="Quý II/2028"),
            RawItem(content="Việc hai", line=2, due="Tháng 1/2028"),
            RawItem(content="Việc ba", line=3, due="Từ 20/12/2027 đến 05/01/2028"),
        ],
    )
    quarter, month, day = build_items(raw, UnitResolver([]), [])[0]
    assert quarter.due_needs_review and month.due_needs_review
    assert day.due_date == date(2028, 1, 5) and not day.due_needs_review
    assert names_day("05/01/2028") and names_day("ngày 5 tháng 1") and not names_day("Tháng 12/2028")


def test_a_range_of_days_is_its_last_day():
    assert parse_day("21 - 23/5", year=2027).when == date(2027, 5, 23)
    assert parse_day("02/11/2027 - 07/11/2027", year=None).when == date(2027, 11, 7)
    assert parse_day("Từ 28/12/2027 đến 03/01/2028", year=None).when == date(2028, 1, 3)
    assert parse_day("Thứ 4 (12/5/2027)", year=None).when == date(2027, 5, 12)
    assert is_day_range("14/9 – 19/9") and not is_day_range("14/9/2027")


def test_a_range_of_weekdays_with_their_dates_in_parentheses_is_its_last_day():
    assert parse_day("Thứ Ba (13/4) - Thứ Năm (15/4)", year=2027).when == date(2027, 4, 15)
    assert parse_day("Thứ 2 (29/11) đến Thứ 4 (01/12)", year=2027).when == date(2027, 12, 1)
    assert parse_day("Thứ Bảy (20/3)", year=2027).when == date(2027, 3, 20)
    assert is_day_range("(05/7) - (09/7)") and not is_day_range("Thứ Sáu (09/7)")


def test_a_numbering_column_and_a_column_of_ranges_are_no_day_columns():
    numbered = _table(
        [
            ["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
            ["1", "Hạ tầng", "", ""],
            ["1.1", "Lắp camera giao thông", "Công an tỉnh", "Quý III/2027"],
            ["1.2", "Nâng cấp mạng nội bộ", "Văn phòng", "Tháng 8/2027"],
            ["2.1", "Số hóa hồ sơ", "Sở Nội vụ", "Năm 2027"],
        ]
    )
    assert calendar_weeks.recognise(Context(_Document([numbered]), None, year=2027)) is None
    schedule = _table(
        [
            ["Tuần", "Thời gian", "Nội dung", "Đơn vị chủ trì"],
            ["Tuần 1", "06/9/2027 - 11/9/2027", "Khai giảng năm học", "Phòng Đào tạo"],
            ["Tuần 2 - 9", "13/9/2027 - 06/11/2027", "Giảng dạy", "Các khoa"],
            ["Tuần 10", "08/11/2027 - 13/11/2027", "Thi giữa kỳ", "Phòng Khảo thí"],
        ]
    )
    assert calendar_weeks.recognise(Context(_Document([schedule]), None, year=2027)) is None
    assert [parse_due(i.due, year=2027).date for i in _items(schedule)] == [
        date(2027, 9, 11),
        date(2027, 11, 6),
        date(2027, 11, 13),
    ]


_CALENDAR = """# LỊCH LÀM VIỆC THÁNG 5/2027

| Ngày | Thứ | Nội dung | Chủ trì | Đơn vị chuẩn bị |
|---|---|---|---|---|
| 03/5 | Hai | Họp rà soát tiến độ cấp nước sạch | Giám đốc | Phòng Kỹ thuật |
| 10 - 12/5 | Hai - Tư | Kiểm tra đường ống khu vực phía Nam | PGĐ Lê Văn Nam | Đội Quản lý mạng |
| Hằng tuần | Sáu | Họp giao ban với các đội | Giám đốc | Phòng Tổng hợp |
"""


def test_a_month_calendar_with_a_range_row_and_a_recurring_row():
    result = import_document(_CALENDAR.encode(), "lich.md", units=[], year=2027)
    assert [(i.content[:12], i.due_date, i.recurrence) for i in result.items] == [
        ("Họp rà soát ", date(2027, 5, 3), None),
        ("Kiểm tra đườ", date(2027, 5, 12), None),
        ("Họp giao ban", None, "weekly"),
    ]


def test_markdown_struck_through_text_and_task_boxes_are_left_out():
    assert plain("Hạn: ~~10/4/2027~~ **20/4/2027** (lùi)") == "Hạn: 20/4/2027 (lùi)"
    assert plain("- [x] **Lập dự toán**") == "- Lập dự toán"
    assert plain("- [ ] Gửi báo cáo") == "- Gửi báo cáo"
    assert plain("giá ~ 5 triệu") == "giá ~ 5 triệu"


_WIKI = """# Kế hoạch chuyển kho lưu trữ năm 2027

## 1. Mục đích

Bảo đảm hồ sơ lưu trữ được chuyển an toàn sang kho mới.

## 2. Việc cần làm

- [ ] **Kiểm đếm hồ sơ tại kho cũ**
  - Chủ trì: Phòng Lưu trữ
  - Thời hạn: ~~15/3/2027~~ **30/3/2027**
- [x] **Ký hợp đồng vận chuyển hồ sơ**
  - Chủ trì: Phòng Hành chính
  - Thời hạn: tháng 4/2027

## Kinh phí

Từ nguồn chi thường xuyên của đơn vị năm 2027.

---
*Người soạn: Trần Thu Hà — Phòng Hành chính*
"""


def test_a_wiki_task_list_under_an_aim_and_an_unnumbered_budget_heading():
    result = import_document(_WIKI.encode(), "wiki.md", units=[], year=2027)
    assert [(i.content, i.lead_text, i.due_date) for i in result.items] == [
        ("Kiểm đếm hồ sơ tại kho cũ", "Phòng Lưu trữ", date(2027, 3, 30)),
        ("Ký hợp đồng vận chuyển hồ sơ", "Phòng Hành chính", date(2027, 4, 30)),
    ]
    document = read_document(_WIKI.encode(), "wiki.md")
    texts = [block.text for block in document.blocks if hasattr(block, "text")]
    assert not any("[x]" in text or "~~" in text for text in texts)


def test_year_columns_marked_are_due_at_the_end_of_the_last_year_marked():
    table = _table(
        [
            [("STT", 2, 1), ("Nội dung", 2, 1), ("Đơn vị thực hiện", 2, 1), ("Lộ trình", 1, 4)],
            ["2027", "2028", "Năm 2029", "2030"],
            ["1", "Xây dựng trạm bơm điện xã Tân Phú", "Ban Quản lý dự án huyện", "x", "x", "", ""],
            ["2", "Kiên cố hóa kênh mương nội đồng", "Phòng Kinh tế", "", "", "", "✓"],
        ]
    )
    header = classify(table)
    assert header is not None
    assert header.period_columns == {3: "Năm 2027", 4: "Năm 2028", 5: "Năm 2029", 6: "Năm 2030"}
    items = _items(table)
    assert [item.due for item in items] == ["Năm 2028", "Năm 2030"]
    assert parse_due(items[1].due, year=2027).date == date(2030, 12, 31)


def test_month_columns_that_run_into_a_new_year_are_the_next_years_months():
    table = _table(
        [
            ["TT", "Công việc", "Người phụ trách", "T10", "T11", "T12", "T1", "T2"],
            ["1", "Tập luyện đội tuyển bóng đá học sinh", "Tổ Thể dục", "x", "x", "", "", ""],
            ["2", "Chuẩn bị văn nghệ mừng Xuân", "Đoàn trường", "", "", "x", "x", ""],
            ["3", "Hội khỏe Phù Đổng cấp trường", "Tổ Thể dục", "", "", "", "", "x"],
        ]
    )
    items = _items(table)
    assert [item.due for item in items] == ["Tháng 11", "Tháng 1 năm sau", "Tháng 2 năm sau"]
    # a school year 2027 - 2028: its period crosses the new year
    start, end = date(2027, 1, 1), date(2028, 12, 31)
    dues = [parse_due(item.due, year=2027, period_start=start, period_end=end).date for item in items]
    assert dues == [date(2027, 11, 30), date(2028, 1, 31), date(2028, 2, 29)]


def test_period_cells_holding_milestone_words_run_to_the_last_one_filled_or_the_day_it_prints():
    table = _table(
        [
            ["Đơn vị", "Nội dung", "Tháng 4", "Tháng 5", "Tháng 6", "Ghi chú"],
            ["Phòng Kế hoạch", "Xây dựng đề án chợ đầu mối", "Khảo sát", "Lập đề án", "", ""],
            ["Phòng Tài chính", "Quyết toán kinh phí quý II", "", "", "Trước 20/6", ""],
            ["Văn phòng", "Tổ chức hội nghị sơ kết", "", "", "Hội nghị", "Có kế hoạch riêng"],
            ["Phòng Kế hoạch", "Theo dõi tiến độ đầu tư công", "12", "15", "", ""],  # numbers: no milestone
        ]
    )
    items = _items(table)
    assert [item.due for item in items] == ["Tháng 5", "Trước 20/6", "Tháng 6", ""]


def test_months_printed_under_quarter_columns_of_a_deadline_are_dues_not_milestones():
    table = _table(
        [
            [("TT", 2, 1), ("Nội dung", 2, 1), ("Đơn vị chủ trì", 2, 1), ("Thời gian hoàn thành", 1, 4)],
            ["Quý I", "Quý II", "Quý III", "Quý IV"],
            ["1", "Tổng kết năm học", "Phòng Giáo dục", "", "Tháng 5", "", ""],
            ["2", "Kiểm tra cơ sở vật chất", "Thanh tra", "Tháng 2", "", "Tháng 8", ""],
        ]
    )
    assert [item.due for item in _items(table)] == ["Tháng 5", "Tháng 8"]
