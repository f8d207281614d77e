"""The week calendar recogniser: day cells and day headings, times, leaders and preparing units."""

# ruff: noqa: E501 — document text is data: long lines.

from dataclasses import replace
from datetime import date

from engine.importing.blocks import Paragraph, Table, grid_from_spans
from engine.importing.layouts import calendar_weeks
from engine.importing.layouts.days import (
    is_day_heading,
    labelled_content,
    leading_day,
    parse_day,
    parse_time,
    preparing_unit,
)
from engine.importing.recognition import Context


class _Document:
    def __init__(self, blocks):
        self.blocks = blocks
        self.lines = []


def _recognise(*blocks, year=None):
    return calendar_weeks.recognise(Context(_Document(list(blocks)), None, year=year))


def test_day_cells_in_both_orders_and_day_headings():
    assert parse_day("Thứ 2 (23/3/2026)", year=None).when == date(2026, 3, 23)
    assert parse_day("24/03/2026 (Thứ Ba)", year=None).when == date(2026, 3, 24)
    assert parse_day("THỨ HAI   6/4", year=2026).when == date(2026, 4, 6)
    assert parse_day("03 Thứ Hai", year=2026).when is None  # a bare day number: the caller's month
    assert parse_day("03 Thứ Hai", year=2026).number == 3
    assert parse_day("Họp giao ban", year=2026) is None
    assert is_day_heading("* Thứ Ba: 7/4") and is_day_heading("THỨ HAI   6/4")
    assert not is_day_heading("- 8h00: Họp với Sở Tài chính về dự toán ngày 7/4")
    assert parse_time("7 giờ 30’: Họp Ban chỉ đạo") == ("7 giờ 30’", "Họp Ban chỉ đạo")
    assert parse_time("(8h30) Tiếp công dân") == ("8h30", "Tiếp công dân")
    assert parse_time("Chiều: Làm việc") == ("Chiều", "Làm việc")


def test_a_table_calendar_with_rowspan_days_and_a_time_column():
    rows = [
        [("Thứ, ngày", 1, 1), ("Thời gian", 1, 1), ("Nội dung", 1, 1), ("Lãnh đạo chủ trì", 1, 1),
         ("Đơn vị chuẩn bị", 1, 1), ("Ghi chú", 1, 1)],
        [("Thứ 2 (23/3/2026)", 2, 1), ("7 giờ 30’", 1, 1), ("Chào cờ đầu tuần", 1, 1), ("", 1, 1),
         ("Văn phòng", 1, 1), ("", 1, 1)],
        [("14h00", 1, 1), ("Họp về giải phóng mặt bằng", 1, 1), ("PCTTT Nguyễn Văn A", 1, 1), ("", 1, 1),
         ("Giao Sở Xây dựng chủ trì", 1, 1)],
        [("24/3/2026 (Thứ Ba)", 1, 1), ("Sáng", 1, 1),
         ("Làm việc với Sở Y tế (Sở Y tế chuẩn bị nội dung)", 1, 1), ("CVP", 1, 1), ("", 1, 1), ("", 1, 1)],
    ]  # fmt: skip
    found = _recognise(Table(grid_from_spans(rows), row_lines=[1, 2, 3, 4]))
    assert found.layout == "week_calendar"
    assert [(i.content, i.due, i.leader, i.lead) for i in found.items] == [
        ("Chào cờ đầu tuần", "23/03/2026 (7 giờ 30’)", "", "Văn phòng"),
        ("Họp về giải phóng mặt bằng", "23/03/2026 (14h00)", "PCTTT Nguyễn Văn A", "Sở Xây dựng"),
        ("Làm việc với Sở Y tế (Sở Y tế chuẩn bị nội dung)", "24/03/2026 (Sáng)", "CVP", "Sở Y tế"),
    ]
    assert 0.6 <= found.support <= 1


def test_a_form_response_sheets_submission_times_are_no_days():
    # An online form's answers: the first column is when each answer was sent, not a day's entry.
    rows = [
        [("Dấu thời gian", 1, 1), ("Tên đơn vị", 1, 1), ("Công việc đăng ký", 1, 1),
         ("Thời hạn hoàn thành", 1, 1)],
        [("03/3/2026 8:02:11", 1, 1), ("Phòng Tư pháp", 1, 1), ("Rà soát thủ tục hành chính", 1, 1),
         ("30/6/2026", 1, 1)],
        [("03/3/2026 9:40:57", 1, 1), ("Phòng Nội vụ", 1, 1), ("Kiểm tra công vụ", 1, 1),
         ("Quý III", 1, 1)],
        [("04/3/2026 14:15:03", 1, 1), ("Văn phòng", 1, 1), ("Số hóa hồ sơ lưu trữ", 1, 1),
         ("15/10/2026", 1, 1)],
    ]  # fmt: skip
    assert _recognise(Table(grid_from_spans(rows), row_lines=[1, 2, 3, 4])) is None


def test_a_calendar_written_as_lines():
    found = _recognise(
        Paragraph("LỊCH CÔNG TÁC TUẦN 15 NĂM 2026"),
        Paragraph("THỨ HAI   6/4"),
        Paragraph(
            "- 7 giờ 30’: Đ/c Trần Văn B - PCT UBND tỉnh chủ trì họp Ban chỉ đạo "
            "(Sở Nội vụ chuẩn bị nội dung)."
        ),
        Paragraph("Chiều:"),
        Paragraph("- Tiếp công dân định kỳ"),
        Paragraph("* Thứ Ba: 7/4"),
        Paragraph("- (8h30) PGĐ Lê C dự hội nghị trực tuyến"),
        Paragraph("Nơi nhận:"),
        Paragraph("- Như trên;"),
    )
    assert [(i.due, i.leader, i.lead) for i in found.items] == [
        ("06/04/2026 (7 giờ 30’)", "Đ/c Trần Văn B - PCT UBND tỉnh", "Sở Nội vụ"),
        ("06/04/2026 (Chiều)", "", ""),
        ("07/04/2026 (8h30)", "PGĐ Lê C", ""),
    ]
    assert found.items[1].content == "Tiếp công dân định kỳ"


def test_not_a_week_calendar_and_a_calendar_with_no_entry():
    assert _recognise(Paragraph("1. Rà soát văn bản"), Paragraph("- Sở Tư pháp chủ trì")) is None
    empty = _recognise(Paragraph("THỨ HAI 6/4/2026"), Paragraph("THỨ BA 7/4/2026"))
    assert empty.items == [] and empty.support == 0


def test_a_chu_tri_column_naming_people_holds_the_leaders_and_the_preparing_column_the_lead():
    rows = [
        [("Ngày", 1, 1), ("Thời gian", 1, 1), ("Nội dung", 1, 1), ("Chủ trì", 1, 1),
         ("Đơn vị chuẩn bị", 1, 1)],
        [("Thứ 2 (06/04/2026)", 2, 1), ("Sáng", 1, 1), ("Giao ban đầu tuần", 1, 1),
         ("Giám đốc Nguyễn Văn Hùng", 1, 1), ("Văn phòng Sở", 1, 1)],
        [("Chiều", 1, 1), ("Làm việc với Chi cục Thủy lợi", 1, 1), ("PGĐ Lê Quang Minh", 1, 1),
         ("Chi cục Thủy lợi", 1, 1)],
        [("Thứ 3 (07/04/2026)", 1, 1), ("Sáng", 1, 1), ("Dự hội nghị trực tuyến", 1, 1),
         ("PGĐ Trần Thị Mai", 1, 1), ("Phòng Kế hoạch - Tài chính", 1, 1)],
    ]  # fmt: skip
    found = _recognise(Table(grid_from_spans(rows), row_lines=[1, 2, 3, 4]))
    assert [(i.leader, i.lead) for i in found.items] == [
        ("Giám đốc Nguyễn Văn Hùng", "Văn phòng Sở"),
        ("PGĐ Lê Quang Minh", "Chi cục Thủy lợi"),
        ("PGĐ Trần Thị Mai", "Phòng Kế hoạch - Tài chính"),
    ]


def test_a_chu_tri_column_naming_units_stays_the_lead():
    rows = [
        [("Ngày", 1, 1), ("Nội dung", 1, 1), ("Chủ trì", 1, 1), ("Đơn vị chuẩn bị", 1, 1)],
        [("Thứ 2 (06/04/2026)", 1, 1), ("Giao ban đầu tuần", 1, 1), ("Văn phòng Sở", 1, 1),
         ("Phòng A", 1, 1)],
        [("Thứ 3 (07/04/2026)", 1, 1), ("Kiểm tra rừng", 1, 1), ("Chi cục Kiểm lâm", 1, 1),
         ("Phòng B", 1, 1)],
    ]  # fmt: skip
    found = _recognise(Table(grid_from_spans(rows), row_lines=[1, 2, 3]))
    assert [(i.leader, i.lead) for i in found.items] == [("", "Văn phòng Sở"), ("", "Chi cục Kiểm lâm")]


def test_written_out_day_headings_and_a_preparing_field_inside_the_line():
    assert parse_day("Thứ Tư, ngày 8 tháng 7 năm 2026", year=None).when == date(2026, 7, 8)
    assert is_day_heading("Thứ Năm, ngày 9 tháng 7 năm 2026") and is_day_heading("THỨ SÁU, 10 THÁNG 7")
    assert not is_day_heading("- 8h00: Họp tổng kết ngày 9 tháng 7 năm 2026 của Ban Chỉ đạo huyện")
    assert preparing_unit("Dự hội nghị. Chuẩn bị: Phòng Nội vụ; mời Công an huyện dự.") == "Phòng Nội vụ"
    assert preparing_unit("Kiểm tra đê. Chuẩn bị: Phòng Nông nghiệp, Ban Chỉ huy quân sự.") == (
        "Phòng Nông nghiệp, Ban Chỉ huy quân sự"
    )
    assert preparing_unit("Họp giao ban, chuẩn bị nội dung kỳ họp") == ""
    found = _recognise(
        Paragraph("LỊCH LÀM VIỆC CỦA LÃNH ĐẠO HUYỆN"),
        Paragraph("Thứ Tư, ngày 8 tháng 7 năm 2026"),
        Paragraph("Sáng:"),
        Paragraph("- 8h00: Chủ tịch UBND huyện họp Hội đồng thi đua. Chuẩn bị: Phòng Nội vụ."),
        Paragraph("Chiều: Lãnh đạo UBND huyện làm việc tại cơ quan."),
        Paragraph("Thứ Năm, ngày 9 tháng 7 năm 2026"),
        Paragraph("Cả ngày:"),
        Paragraph(
            "- Phó Chủ tịch Lê Văn D kiểm tra đê tả sông. Chuẩn bị: Phòng Nông nghiệp; mời Công an huyện."
        ),
    )
    assert [(i.due, i.lead) for i in found.items] == [
        ("08/07/2026 (8h00)", "Phòng Nội vụ"),
        ("09/07/2026 (Cả ngày)", "Phòng Nông nghiệp"),
    ]


def test_a_task_table_with_its_deadline_column_first_is_no_week_calendar():
    # "Thời hạn hoàn thành | Nội dung | Chủ trì" over dates: deadlines of tasks, not days (found by
    # the perturbed set, column order "due content lead").
    rows = [["Thời hạn hoàn thành", "Nội dung", "Đơn vị chủ trì"]]
    rows += [["15/4/2026", "Rà soát hồ sơ đất đai tồn đọng", "Phòng Kinh tế"]]
    rows += [["Thường xuyên", "Cập nhật cơ sở dữ liệu hộ nghèo", "Phòng Văn hóa - Xã hội"]]
    rows += [["30/6/2026", "Sơ kết công tác 6 tháng đầu năm", "Văn phòng"]]
    grid = grid_from_spans([[(text, 1, 1) for text in row] for row in rows])
    table = Table(grid, number=1, row_lines=list(range(1, len(grid) + 1)), spans_known=True)
    assert _recognise(table, year=2026) is None
    # The same dates under a day heading are a calendar.
    rows[0][0] = "Ngày"
    grid = grid_from_spans([[(text, 1, 1) for text in row] for row in rows])
    table = Table(grid, number=1, row_lines=list(range(1, len(grid) + 1)), spans_known=True)
    assert _recognise(table, year=2026) is not None


def test_a_calendar_with_the_days_as_columns_reads_each_cell_on_its_columns_day():
    """Leaders as rows, days as columns (h13fixN2): the day is the column's, the row's leader is
    no lead, an entry merged over two days is due on the last, and a cell's second entry run into
    its line (`… chuẩn bị) Chiều: …`) is an item of its own."""
    rows = [
        [("LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC SỞ NĂM 2027", 1, 4)],
        [("Lãnh đạo", 1, 1), ("Thứ Hai 08/3", 1, 1), ("Thứ Ba 09/3", 1, 1), ("Thứ Tư 10/3", 1, 1)],
        [("Giám đốc Sở Đào Minh", 1, 1), ("Sáng: 8h00 - Họp giao ban Sở (Văn phòng Sở chuẩn bị)", 1, 1),
         ("Kiểm tra dự án kè sông Cầu (Chi cục Thủy lợi chuẩn bị)", 1, 2)],
        [("Phó Giám đốc Lý Hà", 1, 1), ("Làm việc tại cơ quan", 1, 1), ("", 1, 1),
         ("Sáng: 9h00 - Dự hội nghị tỉnh Chiều: 14h00 - Nghe báo cáo quyết toán (Phòng Kế hoạch - Tài chính chuẩn bị)", 1, 1)],
    ]  # fmt: skip
    found = _recognise(Table(grid_from_spans(rows), row_lines=[1, 2, 3, 4]), year=2027)
    assert found.layout == "week_calendar"
    assert [(i.content, i.due, i.leader, i.lead) for i in found.items] == [
        ("Họp giao ban Sở (Văn phòng Sở chuẩn bị)", "08/03/2027 (Sáng 8h00)", "Giám đốc Sở Đào Minh", "Văn phòng Sở"),
        ("Kiểm tra dự án kè sông Cầu (Chi cục Thủy lợi chuẩn bị)", "10/03/2027", "Giám đốc Sở Đào Minh", "Chi cục Thủy lợi"),
        ("Dự hội nghị tỉnh", "10/03/2027 (Sáng 9h00)", "Phó Giám đốc Lý Hà", ""),
        ("Nghe báo cáo quyết toán (Phòng Kế hoạch - Tài chính chuẩn bị)", "10/03/2027 (Chiều 14h00)", "Phó Giám đốc Lý Hà", "Phòng Kế hoạch - Tài chính"),
    ]  # fmt: skip


def test_a_month_laid_out_as_a_wall_calendar_reads_each_cell_as_its_day_over_its_entries():
    """Weeks as rows, weekdays as columns: a cell's first line is its day, each line after an entry
    due that day, the unit in its closing parenthesis the lead; a day alone is no item, a duty
    roster none, a date inside an entry not its day; a note merged across asks every unit."""
    cell = lambda *lines: (" ".join(lines), 1, 1, lines)  # noqa: E731 — a cell of lines, as read
    rows = [
        [("T2", 1, 1), ("T3", 1, 1), ("T4", 1, 1), ("T5", 1, 1), ("T6", 1, 1), ("T7", 1, 1), ("CN", 1, 1)],
        [("", 1, 1), ("", 1, 1), ("", 1, 1), ("1/7", 1, 1),
         cell("2/7", "- 9h00: Duyệt phương án thu hoạch vải thiều (Hội Nông dân xã)"),
         ("3/7", 1, 1), cell("4/7", "Trực: đồng chí Hoàng Văn Minh")],
        [cell("5/7", "Sáng: Họp Chi bộ thôn", "Chiều: Tiêm phòng cho đàn gia súc đợt 2/7 (Trạm Thú y xã)"),
         ("6/7", 1, 1), ("7/7", 1, 1), ("8/7", 1, 1), ("9/7", 1, 1), ("10/7", 1, 1), ("11/7", 1, 1)],
        [("Ghi chú: Các chi hội báo cáo sản lượng vải về Ban Kinh tế trước ngày 10/7/2028.", 1, 7)],
    ]  # fmt: skip
    found = _recognise(Table(grid_from_spans(rows), row_lines=[4, 5, 6, 7]), year=2028)
    assert found.layout == "week_calendar"
    assert [(i.content, i.due, i.lead) for i in found.items] == [
        ("Duyệt phương án thu hoạch vải thiều (Hội Nông dân xã)", "02/07/2028 (9h00)", "Hội Nông dân xã"),
        ("Họp Chi bộ thôn", "05/07/2028 (Sáng)", ""),
        ("Tiêm phòng cho đàn gia súc đợt 2/7 (Trạm Thú y xã)", "05/07/2028 (Chiều)", "Trạm Thú y xã"),
        ("Các chi hội báo cáo sản lượng vải về Ban Kinh tế trước ngày 10/7/2028.", "trước ngày 10/7/2028", ""),
    ]  # fmt: skip


def test_a_row_of_weekdays_over_no_dated_cells_is_no_wall_calendar():
    rows = [
        [("Thứ Hai", 1, 1), ("Thứ Ba", 1, 1), ("Thứ Tư", 1, 1), ("Thứ Năm", 1, 1), ("Thứ Sáu", 1, 1)],
        [("Toán", 1, 1), ("Văn", 1, 1), ("Anh", 1, 1), ("Lý", 1, 1), ("Hóa", 1, 1)],
    ]  # fmt: skip
    assert calendar_weeks._weekday_columns(Table(grid_from_spans(rows), row_lines=[1, 2]), 2028) is None


def test_a_table_with_two_dates_in_a_task_row_is_no_calendar_of_day_columns():
    rows = [
        [("STT", 1, 1), ("Nội dung", 1, 1), ("Ngày bắt đầu", 1, 1), ("Ngày kết thúc", 1, 1)],
        [("1", 1, 1), ("Tổng kết năm học", 1, 1), ("15/5/2027", 1, 1), ("30/5/2027", 1, 1)],
    ]  # fmt: skip
    assert _recognise(Table(grid_from_spans(rows), row_lines=[1, 2]), year=2027) is None


def test_a_two_day_cell_naming_both_weekdays_is_due_on_the_second_day():
    assert parse_day("Thứ Sáu 12/3 - Thứ Bảy 13/3", year=2027).when == date(2027, 3, 13)
    assert parse_day("Thứ Ba 19/5 – thứ Tư, 20/5", year=2026).when == date(2026, 5, 20)


def test_a_plan_whose_time_column_prints_deadlines_and_spans_is_no_week_calendar():
    # "Thời gian" first over "Trước 10/4", "14/4 - 18/4", "Tuần 4 tháng 4 (20 - 25/4)" and days:
    # a plan's task table (held-out h92, sibling z05), read by tables.py.
    rows = [["TT", "Thời gian", "Nội dung công việc", "Bộ phận thực hiện"]]
    rows += [["1", "Trước 10/4", "Lập danh sách học sinh tham gia hội thi", "Tổ Chủ nhiệm"]]
    rows += [["2", "14/4 - 18/4", "Ôn luyện kiến thức an toàn giao thông", "Liên đội"]]
    rows += [["3", "Tuần 4 tháng 4 (20 - 25/4)", "Thi vẽ tranh cổ động", "Tổ Nghệ thuật"]]
    rows += [["4", "28/4", "Tổng kết, trao giải hội thi", "Ban Giám hiệu"]]
    rows += [["5", "29/4", "Báo cáo kết quả về Phòng Giáo dục", "Văn phòng"]]
    grid = grid_from_spans([[(text, 1, 1) for text in row] for row in rows])
    table = Table(grid, number=1, row_lines=list(range(1, len(grid) + 1)), spans_known=True)
    assert _recognise(table, year=2026) is None
    # Days alone in that column are a calendar's.
    for row, day in zip(rows[1:4], ("10/4", "14/4", "21/4"), strict=True):
        row[1] = day
    grid = grid_from_spans([[(text, 1, 1) for text in row] for row in rows])
    table = Table(grid, number=1, row_lines=list(range(1, len(grid) + 1)), spans_known=True)
    assert _recognise(table, year=2026) is not None


def _plain_table(rows, first_line):
    return Table(
        grid_from_spans([[(text, 1, 1) for text in row] for row in rows]),
        row_lines=list(range(first_line, first_line + len(rows))),
    )


def test_one_table_per_day_under_its_heading_reads_the_rows_on_that_day():
    header = ["Giờ", "Nội dung", "Chủ trì", "Thành phần", "Đơn vị chuẩn bị", "Địa điểm"]
    found = _recognise(
        Paragraph("LỊCH CÔNG TÁC TUẦN 16", line=1),
        Paragraph("THỨ HAI (13/4/2026)", line=2),
        _plain_table(
            [
                header,
                [
                    "8h00",
                    "Duyệt đề cương thực tập tốt nghiệp",
                    "Phó Hiệu trưởng Ngô Văn Bình",
                    "Các khoa chuyên môn",
                    "Phòng Đào tạo",
                    "Phòng họp 1",
                ],
                ["Cả ngày", "Ban Giám hiệu làm việc tại cơ quan", "", "", "", ""],
            ],
            3,
        ),
        Paragraph("THỨ BA (14/4/2026)", line=6),
        _plain_table(
            [
                header,
                [
                    "14h00",
                    "Kiểm tra ký túc xá",
                    "Hiệu trưởng",
                    "Phòng Quản trị",
                    "Phòng Quản trị; Ban Bảo vệ",
                    "Khu B",
                ],
            ],
            7,
        ),
        Paragraph("THỨ BẢY (18/4/2026) - CHỦ NHẬT (19/4/2026)", line=9),
        _plain_table([header, ["", "Nghỉ", "", "", "", ""]], 10),
        Paragraph("Lịch đăng trên trang thông tin của Trường vào thứ Sáu hằng tuần.", line=12),
        year=2026,
    )
    assert found.layout == "week_calendar"
    assert [(i.content, i.due, i.leader, i.lead) for i in found.items] == [
        (
            "Duyệt đề cương thực tập tốt nghiệp",
            "13/04/2026 (8h00)",
            "Phó Hiệu trưởng Ngô Văn Bình",
            "Phòng Đào tạo",
        ),
        ("Kiểm tra ký túc xá", "14/04/2026 (14h00)", "Hiệu trưởng", "Phòng Quản trị; Ban Bảo vệ"),
    ]
    # the cells no role reads are the entry's note; the participants are never its lead
    assert found.items[0].note == "Thành phần: Các khoa chuyên môn; Địa điểm: Phòng họp 1"
    assert found.support >= 0.9


def test_a_table_without_a_day_heading_right_above_is_no_days_table():
    found = _recognise(
        Paragraph("THỨ HAI (13/4/2026)", line=1),
        Paragraph("- 8h00: Giám đốc họp giao ban.", line=2),
        Paragraph("THỨ BA (14/4/2026)", line=3),
        Paragraph("- 9h00: Giám đốc tiếp công dân định kỳ.", line=4),
        Paragraph("Danh sách kèm theo:", line=5),
        _plain_table([["STT", "Nội dung", "Đơn vị"], ["1", "Hồ sơ A", "Phòng X"]], 6),
        year=2026,
    )
    assert [i.content for i in found.items] == ["Giám đốc họp giao ban.", "Giám đốc tiếp công dân định kỳ."]


def test_inline_labelled_fields_give_the_content_and_every_preparing_unit():
    assert labelled_content(
        "Nội dung: Kiểm tra kho thuốc. Thành phần: Khoa Dược; Phòng Vật tư. Địa điểm: Kho chính."
    ) == ("Kiểm tra kho thuốc", "Thành phần: Khoa Dược; Phòng Vật tư. Địa điểm: Kho chính.")
    assert labelled_content("Họp giao ban. Địa điểm: Phòng họp") == ("Họp giao ban. Địa điểm: Phòng họp", "")
    assert (
        preparing_unit("Tập huấn. Chuẩn bị: Phòng Tài vụ; Trạm Y tế trường.")
        == "Phòng Tài vụ; Trạm Y tế trường"
    )
    assert preparing_unit("Họp. Chuẩn bị: Ban Quản lý dự án; Địa điểm: Nhà văn hóa.") == "Ban Quản lý dự án"
    assert preparing_unit("Họp. Chuẩn bị: Phòng Y tế; ủy quyền Trạm Y tế xã dự.") == "Phòng Y tế"
    found = _recognise(
        Paragraph("Thứ Hai, ngày 20/4/2026"),
        Paragraph(
            "8 giờ 00: Nội dung: Giao ban chuyên môn. Thành phần: Trưởng các khoa. Chuẩn bị: Phòng Kế hoạch; Phòng Điều dưỡng."
        ),
        Paragraph("Thứ Ba, ngày 21/4/2026"),
        Paragraph(
            "9 giờ 00: Nội dung: Bình bệnh án tháng 3. Thành phần: Bác sĩ các khoa. Địa điểm: Hội trường."
        ),
        year=2026,
    )
    assert [(i.content, i.lead) for i in found.items] == [
        ("Giao ban chuyên môn", "Phòng Kế hoạch; Phòng Điều dưỡng"),
        ("Bình bệnh án tháng 3", ""),
    ]


def test_a_supplement_entry_opening_with_its_own_day_is_due_that_day():
    assert leading_day("Thứ Năm, 16/4 – 15h00: Chủ tịch làm việc với Sở Nội vụ") == (
        "Thứ Năm, 16/4",
        "15h00: Chủ tịch làm việc với Sở Nội vụ",
    )
    assert leading_day("Chủ tịch làm việc với Sở Nội vụ") == ("", "Chủ tịch làm việc với Sở Nội vụ")
    # a weekend's line of two days is no entry of the first
    assert leading_day("Thứ Bảy, ngày 18/4/2026 – Chủ nhật, ngày 19/4/2026")[0] == "Thứ Bảy, ngày 18/4/2026"
    found = _recognise(
        Paragraph("THỨ NĂM 16/4"),
        Paragraph("- 8h00: Phó Chủ tịch dự hội nghị tại tỉnh."),
        Paragraph("THỨ BẢY 18/4 VÀ CHỦ NHẬT 19/4"),
        Paragraph("- Trực lãnh đạo: Phó Chủ tịch Trần B."),
        Paragraph("Lịch bổ sung"),
        Paragraph(
            "- Thứ Năm, 16/4 – 15h00: Chủ tịch làm việc với Sở Nội vụ về sắp xếp tổ dân phố. (Phòng Nội vụ chuẩn bị)"
        ),
        year=2026,
    )
    assert [(i.due, i.lead) for i in found.items] == [
        ("16/04/2026 (8h00)", ""),
        ("16/04/2026 (15h00)", "Phòng Nội vụ"),
    ]
    assert found.items[1].content.startswith("Chủ tịch làm việc với Sở Nội vụ")


def test_a_closing_request_to_every_body_with_a_deadline_is_an_item_without_a_lead():
    found = _recognise(
        Paragraph("THỨ HAI 13/4"),
        Paragraph("- 8h00: Chủ tịch họp giao ban. (Văn phòng chuẩn bị)"),
        Paragraph("THỨ BA 14/4"),
        Paragraph("- 14h00: Phó Chủ tịch kiểm tra chợ. (Phòng Kinh tế chuẩn bị)"),
        Paragraph("Thứ Bảy, ngày 18/4/2026 – Chủ nhật, ngày 19/4/2026"),
        Paragraph("Các phòng, đơn vị theo dõi lịch hằng ngày."),
        Paragraph(
            "> Đề nghị các đơn vị gửi nội dung lịch tuần sau về Văn phòng trước 10h00 thứ Sáu hằng tuần."
        ),
        year=2026,
    )
    assert [(i.content[:20], i.lead, i.due) for i in found.items] == [
        ("Chủ tịch họp giao ba", "Văn phòng", "13/04/2026 (8h00)"),
        ("Phó Chủ tịch kiểm tr", "Phòng Kinh tế", "14/04/2026 (14h00)"),
        ("Đề nghị các đơn vị g", "", "hằng tuần"),
    ]


def test_a_week_cell_merged_down_gives_its_end_to_rows_of_no_day_of_their_own():
    # A month plan: the week merged down beside the day; an empty or "Trong tuần" day cell is the
    # week's end (not the day above), "Hạn 14/5" that day, a "Cả tháng" week row the month's end;
    # the heading after the table is no entry of its last day.
    rows = [
        [("Tuần", 1, 1), ("Ngày", 1, 1), ("Nội dung", 1, 1), ("Đơn vị thực hiện", 1, 1)],
        [("Tuần 19 (03/5 - 08/5)", 3, 1), ("04/5", 1, 1), ("Rà soát hồ sơ thủ tục đất đai tồn đọng", 1, 1), ("Phòng Tài nguyên", 1, 1)],
        [("", 1, 1), ("Niêm yết công khai danh sách hộ nghèo", 1, 1), ("Phòng Văn hóa", 1, 1)],
        [("Trong tuần", 1, 1), ("Kiểm tra phòng cháy tại chợ trung tâm", 1, 1), ("Công an xã", 1, 1)],
        [("Tuần 20 (10/5 - 15/5)", 2, 1), ("12/5", 1, 1), ("Họp Ban Chỉ đạo nông thôn mới", 1, 1), ("Phòng Kinh tế", 1, 1)],
        [("Hạn 14/5", 1, 1), ("Nộp báo cáo quyết toán quý I", 1, 1), ("Phòng Tài chính", 1, 1)],
        [("Cả tháng", 1, 1), ("", 1, 1), ("Tuyên truyền phòng chống dịch sốt xuất huyết", 1, 1), ("Trạm Y tế", 1, 1)],
    ]  # fmt: skip
    found = _recognise(
        Table(grid_from_spans(rows), row_lines=[1, 2, 3, 4, 5, 6, 7]),
        Paragraph("III. TỔ CHỨC THỰC HIỆN"),
        year=2027,
    )
    assert found.layout == "week_calendar"
    assert [(i.content[:12], i.due[:10]) for i in found.items] == [
        ("Rà soát hồ s", "04/05/2027"),
        ("Niêm yết côn", "08/05/2027"),
        ("Kiểm tra phò", "08/05/2027"),
        ("Họp Ban Chỉ ", "12/05/2027"),
        ("Nộp báo cáo ", "14/05/2027"),
        ("Tuyên truyền", "31/05/2027"),
    ]


def test_a_deadline_and_a_whole_week_in_a_day_cell():
    from engine.importing.layouts.days import deadline_day, is_whole_week

    assert deadline_day("Trước 25/9", year=2027).when == date(2027, 9, 25)
    assert deadline_day("Chậm nhất ngày 03/10", year=2027).when == date(2027, 10, 3)
    assert deadline_day("25/9", year=2027) is None
    assert is_whole_week("Cả tuần") and is_whole_week("Trong tuần.") and not is_whole_week("Tuần 1")


def test_a_note_row_merged_across_a_calendar_table_asking_every_unit_is_an_item():
    # A month's calendar sheet: a `Ghi chú:` row merged across under the entries asks every
    # department for next month's calendar by a day: an item without a lead; a note that sets no
    # deadline is none.
    rows = [
        [("Ngày", 1, 1), ("Nội dung", 1, 1), ("Lãnh đạo chủ trì", 1, 1), ("Bộ phận chuẩn bị", 1, 1)],
        [("05/10 (Thứ Hai)", 1, 1), ("Giao ban tháng 10", 1, 1), ("Hiệu trưởng", 1, 1), ("Văn phòng", 1, 1)],
        [("09/10 (Thứ Sáu)", 1, 1), ("Kiểm tra hồ sơ chuyên môn", 1, 1), ("Phó Hiệu trưởng", 1, 1), ("Tổ Văn", 1, 1)],
        [("Ghi chú: Lịch có thể thay đổi theo chỉ đạo của cấp trên.", 1, 4)],
        [("Ghi chú: Các tổ, bộ phận đăng ký lịch tháng 11 về Văn phòng trước ngày 26/10/2029.", 1, 4)],
    ]  # fmt: skip
    found = _recognise(Table(grid_from_spans(rows), row_lines=[1, 2, 3, 4, 5]), year=2029)
    assert [(i.content[:16], i.lead, i.due[:10]) for i in found.items] == [
        ("Giao ban tháng 1", "Văn phòng", "05/10/2029"),
        ("Kiểm tra hồ sơ c", "Tổ Văn", "09/10/2029"),
        ("Các tổ, bộ phận ", "", "trước ngày"),
    ]


def test_a_calendar_whose_sessions_are_columns_reads_every_entry_of_every_cell():
    """Days as rows, `Buổi sáng | Buổi chiều` as columns (h13fixKF): each dash paragraph of a cell
    is an entry on the row's day with the column's session and its own clock; `làm việc tại cơ quan`
    is none; a cell merged across both sessions is read once, its own time."""
    rows = [
        [("Thứ/ngày", 1, 1), ("Buổi sáng", 1, 1), ("Buổi chiều", 1, 1)],
        [("Thứ Ba 14/9", 1, 1), ("- 8h00: Họp Ban chỉ đạo (Văn phòng chuẩn bị).\n- 10h00: Kiểm tra kho lưu trữ (Phòng Nội vụ chuẩn bị).", 1, 1),
         ("- PCT Hà: làm việc tại cơ quan.", 1, 1)],
        [("Thứ Tư 15/9", 1, 1), ("- Cả ngày: Dự hội nghị của tỉnh (Văn phòng chuẩn bị).", 1, 2)],
    ]  # fmt: skip
    grid = grid_from_spans(rows)
    grid[1][1] = replace(grid[1][1], parts=tuple(grid[1][1].text.split("\n")))
    found = _recognise(Table(grid, row_lines=[1, 2, 3]), year=2027)
    assert found.layout == "week_calendar"
    assert [(i.content, i.due, i.lead) for i in found.items] == [
        ("Họp Ban chỉ đạo (Văn phòng chuẩn bị).", "14/09/2027 (Sáng 8h00)", "Văn phòng"),
        ("Kiểm tra kho lưu trữ (Phòng Nội vụ chuẩn bị).", "14/09/2027 (Sáng 10h00)", "Phòng Nội vụ"),
        ("Dự hội nghị của tỉnh (Văn phòng chuẩn bị).", "15/09/2027 (Cả ngày)", "Văn phòng"),
    ]  # fmt: skip


def test_a_whole_week_row_above_the_days_is_due_on_the_last_day_the_title_dates():
    # No week column: `Cả tuần` is the week of the calendar, whose title prints its range.
    rows = [
        [("Ngày", 1, 1), ("Giờ", 1, 1), ("Nội dung", 1, 1), ("Đơn vị chuẩn bị", 1, 1)],
        [("Cả tuần", 1, 1), ("", 1, 1), ("Đoàn giám sát làm việc tại các trường", 1, 1), ("Phòng Thanh tra", 1, 1)],
        [("Thứ Hai 06/11", 1, 1), ("08h00", 1, 1), ("Chào cờ đầu tuần", 1, 1), ("Văn phòng", 1, 1)],
        [("Thứ Năm 09/11", 1, 1), ("14h00", 1, 1), ("Duyệt kế hoạch thi đua", 1, 1), ("Tổ Thi đua", 1, 1)],
    ]  # fmt: skip
    table = Table(grid_from_spans(rows), row_lines=[3, 4, 5, 6])
    title = Paragraph("LỊCH LÀM VIỆC TUẦN 45 (Từ ngày 06/11/2028 đến ngày 12/11/2028)", line=1)
    found = _recognise(title, table, year=2028)
    assert [(i.content[:12], i.due[:10]) for i in found.items] == [
        ("Đoàn giám sá", "12/11/2028"),
        ("Chào cờ đầu ", "06/11/2028"),
        ("Duyệt kế hoạ", "09/11/2028"),
    ]
    # without the title's range the week is not known: no day for that row
    found = _recognise(table, year=2028)
    assert [i.content[:12] for i in found.items] == ["Chào cờ đầu ", "Duyệt kế hoạ"]


def test_a_lone_request_in_the_content_column_under_the_entries_is_a_closing_request():
    # A spreadsheet's line under its calendar, typed in the content column with no note label and no
    # day of its own: a request to every unit by a round of its own is an item without a lead, due as
    # printed (not on the day above); a lone line with no deadline stays an entry of the day above, as
    # does a row whose day is merged down into it.
    rows = [
        [("Ngày", 1, 1), ("Nội dung", 1, 1), ("Lãnh đạo", 1, 1), ("Đơn vị chuẩn bị", 1, 1)],
        [("Thứ Hai 08/3/2029", 2, 1), ("Giao ban tuần", 1, 1), ("Giám đốc", 1, 1), ("Văn phòng", 1, 1)],
        [("Các phòng nộp báo cáo tuần trước 16h00 thứ Sáu hằng tuần", 1, 1), ("", 1, 1), ("", 1, 1)],
        [("Thứ Ba 09/3/2029", 1, 1), ("Họp chuyên đề", 1, 1), ("Phó Giám đốc", 1, 1), ("Phòng Kế hoạch", 1, 1)],
        [("", 1, 1), ("Tiếp khách", 1, 1), ("", 1, 1), ("", 1, 1)],
        [("", 1, 1), ("", 1, 1), ("", 1, 1), ("", 1, 1)],
        [("", 1, 1), ("Các khoa, phòng gửi đăng ký lịch tuần sau về Văn phòng trước 10 giờ thứ Năm hằng tuần.", 1, 1), ("", 1, 1), ("", 1, 1)],
    ]  # fmt: skip
    found = _recognise(Table(grid_from_spans(rows), row_lines=[1, 2, 3, 4, 5, 6, 7]), year=2029)
    assert [(i.content[:14], i.lead, i.due[:10]) for i in found.items] == [
        ("Giao ban tuần", "Văn phòng", "08/03/2029"),
        ("Các phòng nộp ", "", "08/03/2029"),
        ("Họp chuyên đề", "Phòng Kế hoạch", "09/03/2029"),
        ("Tiếp khách", "", "09/03/2029"),
        ("Các khoa, phòn", "", "hằng tuần"),
    ]
