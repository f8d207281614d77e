"""Shapes taught by h13fixQN (held-out h323 and h327), each on other text: a Gantt sheet whose months
are split into parts (weeks `1`–`4`, `Tuần 1`–`Tuần 4`, `Thượng tuần | Trung tuần | Hạ tuần`) shaded
by colour, a legend's swatch telling reserve time from the work's, one part of every month shaded as a
monthly round, a row shaded nowhere whose note says its time is not set; a briefing named by its
quarter and year (due at the quarter's end); `giáo viên` is no `giao` (assigning)."""

import io
from types import SimpleNamespace

from engine.deadlines.parsing import parse_due
from engine.importing.blocks import Table
from engine.importing.headers import classify
from engine.importing.layouts.prose_facts import assignment_in
from engine.importing.read_xlsx import _xls_fills
from engine.importing.readers import read_document

from .helpers_blocks import table_items as _items

WORK, SPARE = "FF8EA9DB", "FFD9D9D9"
NOT_SET = "Thời gian chưa xác định, chờ ý kiến của tỉnh"


def _parts_sheet(parts: list[str], rows, legend=()) -> bytes:
    """A sheet `STT | Công việc | Đơn vị chủ trì` then `Tháng 3`, `Tháng 4`, `Tháng 5` merged over
    the `parts` labels below them, then `Ghi chú`; rows `(content, lead, {part column: colour},
    note)`; the legend `(colour, label)` swatches under the table."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    workbook = Workbook()
    sheet = workbook.active
    months = ("Tháng 3", "Tháng 4", "Tháng 5")
    width = 3 + len(months) * len(parts) + 1
    for column, label in enumerate(("STT", "Công việc", "Đơn vị chủ trì"), start=1):
        sheet.cell(1, column, label)
        sheet.merge_cells(start_row=1, start_column=column, end_row=2, end_column=column)
    for index, month in enumerate(months):
        first = 4 + index * len(parts)
        sheet.cell(1, first, month)
        sheet.merge_cells(start_row=1, start_column=first, end_row=1, end_column=first + len(parts) - 1)
        for offset, part in enumerate(parts):
            sheet.cell(2, first + offset, part)
    sheet.cell(1, width, "Ghi chú")
    sheet.merge_cells(start_row=1, start_column=width, end_row=2, end_column=width)
    for number, (content, lead, fills, note) in enumerate(rows, start=1):
        row = 2 + number
        sheet.cell(row, 1, str(number))
        sheet.cell(row, 2, content)
        sheet.cell(row, 3, lead)
        for column, colour in fills.items():
            sheet.cell(row, 4 + column).fill = PatternFill("solid", fgColor=colour)
        if note:
            sheet.cell(row, width, note)
    row = 3 + len(rows) + 1
    for colour, label in legend:
        sheet.cell(row, 1).fill = PatternFill("solid", fgColor=colour)
        sheet.cell(row, 2, label)
        row += 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _table_of(data: bytes) -> Table:
    (table,) = [block for block in read_document(data, "tien_do.xlsx").blocks if isinstance(block, Table)]
    return table


def test_week_columns_under_a_month_end_on_the_weeks_last_day():
    data = _parts_sheet(
        ["1", "2", "3", "4"],
        [
            ("Khảo sát tuyến đê xung yếu", "Chi cục Thủy lợi", {1: WORK, 2: WORK}, ""),
            ("Diễn tập cứu hộ đê", "Ban Chỉ huy quân sự", {3: WORK, 4: WORK}, ""),
        ],
    )
    table = _table_of(data)
    header = classify(table)
    assert header is not None
    assert [header.period_columns[column] for column in range(3, 8)] == [
        "ngày 7 tháng 3",
        "ngày 14 tháng 3",
        "ngày 21 tháng 3",
        "Tháng 3",
        "ngày 7 tháng 4",
    ]
    assert header.period_parts[6] == ("Tháng 3", 4, 4)
    assert [item.due for item in _items(table)] == ["ngày 21 tháng 3", "ngày 7 tháng 4"]
    assert parse_due("ngày 21 tháng 3", year=2030).date.isoformat() == "2030-03-21"


def test_a_legend_swatch_of_reserve_time_is_no_mark_of_the_due():
    data = _parts_sheet(
        ["Tuần 1", "Tuần 2", "Tuần 3", "Tuần 4"],
        [("Gia cố kè sông", "Ban Quản lý dự án", {0: WORK, 1: WORK, 2: SPARE, 3: SPARE}, "")],
        legend=[(WORK, "Thời gian thi công"), (SPARE, "Thời gian dự phòng khi mưa lũ")],
    )
    table = _table_of(data)
    assert table.rows[2][5].filled and table.rows[2][5].fill == SPARE
    assert [item.due for item in _items(table)] == ["ngày 14 tháng 3"]


def test_one_part_of_every_month_shaded_is_a_monthly_round_and_ten_day_parts_are_read():
    data = _parts_sheet(
        ["Thượng tuần", "Trung tuần", "Hạ tuần"],
        [
            ("Báo cáo tiến độ thu gom rác thải", "Phòng Tài nguyên", {2: WORK, 5: WORK, 8: WORK}, ""),
            ("Ra quân làm sạch bờ biển", "Đoàn Thanh niên", {1: WORK, 4: WORK}, ""),
            ("Hội thảo du lịch sinh thái", "Phòng Văn hóa", {}, NOT_SET),
        ],
    )
    table = _table_of(data)
    header = classify(table)
    assert header is not None and header.period_columns[4] == "ngày 20 tháng 3"
    assert [item.due for item in _items(table)] == [
        "Hằng tháng",
        "ngày 20 tháng 4",
        NOT_SET,
    ]
    assert parse_due(NOT_SET, year=2030).needs_review


def test_an_xls_cell_with_a_solid_fill_and_no_value_is_shaded():
    solid = SimpleNamespace(background=SimpleNamespace(fill_pattern=1, pattern_colour_index=10))
    white = SimpleNamespace(background=SimpleNamespace(fill_pattern=1, pattern_colour_index=9))
    book = SimpleNamespace(xf_list=[solid, white], colour_map={10: (255, 0, 0), 9: (255, 255, 255)})
    sheet = SimpleNamespace(cell_xf_index=lambda r, c: 0 if c == 1 else 1)
    assert _xls_fills(book, sheet, [["Rà soát", "", ""], ["", "", ""]]) == {(0, 1): "FFFF0000"}


def test_a_briefing_named_by_its_quarter_and_year_is_due_at_the_quarters_end():
    assert parse_due("tại cuộc họp giao ban quý III/2031", year=2031).date.isoformat() == "2031-09-30"
    assert parse_due("tại hội nghị sơ kết quý II năm 2031", year=2031).date.isoformat() == "2031-06-30"
    no_year = parse_due("tại cuộc họp giao ban quý III", year=2031)
    assert no_year.needs_review and no_year.date is None


def test_a_teacher_is_no_assignment():
    assert assignment_in("Bồi dưỡng giáo viên cốt cán môn Toán, xong trước 30/9.") is None
    found = assignment_in("Đánh giá đội ngũ giáo viên; giao Phòng Nội vụ tổng hợp.")
    assert found is not None and found.lead == "Phòng Nội vụ"
