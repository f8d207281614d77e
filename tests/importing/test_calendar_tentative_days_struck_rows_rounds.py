"""Calendars by month tables: a day cell marked tentative (`Dự kiến 19/8`), a Markdown row struck
through as a whole, and a standing schedule of rounds after the dated days (h13fixTI, the held-out
h358's shape)."""

# ruff: noqa: E501 — document text is data: long lines.

from dataclasses import replace
from datetime import date

from engine.importing.blocks import Table
from engine.importing.build import import_document
from engine.importing.headers import classify
from engine.importing.layouts import calendar_weeks
from engine.importing.layouts.calendar_weeks import _standing_column
from engine.importing.layouts.days import parse_day
from engine.importing.readers import read_document
from engine.importing.recognition import Context


def _items(text: str, name: str = "lich.md", year: int = 2030):
    return import_document(text.encode(), name, units=[], year=year).items


def _table_rows(text: str) -> list[list[str]]:
    document = read_document(text.encode(), "lich.md")
    return [
        [cell.text for cell in row]
        for block in document.blocks
        if isinstance(block, Table)
        for row in block.rows
    ]


def test_a_day_cell_marked_tentative_is_its_day():
    assert parse_day("Dự kiến 12/6", year=2030).when == date(2030, 6, 12)
    assert parse_day("(Dự kiến) 12/6", year=2030).when == date(2030, 6, 12)
    assert parse_day("Dự kiến: 03/7/2031", year=2030).when == date(2031, 7, 3)
    # not before a figure: a week or a month is no day
    assert parse_day("Dự kiến tuần 3", year=2030) is None
    assert parse_day("Dự kiến tháng 9", year=2030) is None


def test_a_pipe_row_struck_as_a_whole_is_read_empty_a_remark_aside():
    rows = _table_rows(
        "| Ngày | Nội dung | Đơn vị chuẩn bị |\n|---|---|---|\n"
        "| Thứ Hai, 03/6 | Họp Ban Thường vụ Hội Nông dân | Văn phòng Hội |\n"
        "| ~~Thứ Tư, 05/6~~ | ~~Kiểm tra mô hình nuôi tôm~~ *(dời sang tháng 7)* | ~~Ban Kinh tế~~ |\n"
    )
    assert rows[-1] == ["Thứ Hai, 03/6", "Họp Ban Thường vụ Hội Nông dân", "Văn phòng Hội"]


def test_a_row_with_a_value_left_unstruck_stands():
    # the old day struck beside its new one, the content unstruck: the row stands with its new day
    rows = _table_rows(
        "| Ngày | Nội dung | Đơn vị chuẩn bị |\n|---|---|---|\n"
        "| ~~Thứ Tư, 05/6~~ Thứ Năm, 06/6 | Kiểm tra mô hình nuôi tôm | Ban Kinh tế |\n"
        "| ~~Thứ Sáu, 07/6~~ | ~~Tập huấn khuyến nông~~ tập huấn chuyển đổi số | ~~Ban Kinh tế~~ |\n"
    )
    assert rows[1] == ["Thứ Năm, 06/6", "Kiểm tra mô hình nuôi tôm", "Ban Kinh tế"]
    assert rows[2][1] == "tập huấn chuyển đổi số"  # unstruck text besides a remark: not cancelled


_CALENDAR = """# HỘI NÔNG DÂN TỈNH TÂN HÀ

**LỊCH CÔNG TÁC THÁNG 6 NĂM 2030 CỦA THƯỜNG TRỰC HỘI**

## Tháng 6/2030

| Ngày | Giờ | Nội dung | Chủ trì | Đơn vị chuẩn bị |
|---|---|---|---|---|
| Thứ Hai, 03/6 | 08h00 | Họp Ban Thường vụ Hội Nông dân tỉnh tháng 6 | Chủ tịch Hội | Văn phòng Hội |
| Dự kiến 12/6 | 14h00 | Làm việc với Ngân hàng Chính sách xã hội tỉnh về vốn vay ủy thác | Phó Chủ tịch Lê Thị Na | Ban Kinh tế |
| ~~Thứ Tư, 19/6~~ | ~~08h00~~ | ~~Kiểm tra mô hình nuôi tôm tại xã Hải An~~ *(dời sang tháng 7)* | ~~Chủ tịch Hội~~ | ~~Ban Kinh tế~~ |
| Thứ Sáu, 28/6 | 08h00 | Sơ kết công tác Hội 6 tháng đầu năm 2030 | Chủ tịch Hội | Văn phòng Hội |

## Lịch định kỳ

| Thời gian | Nội dung | Chủ trì | Đơn vị chuẩn bị |
|---|---|---|---|
| Sáng thứ Ba hằng tuần | Giao ban Thường trực Hội với các ban chuyên môn | Chủ tịch Hội | Văn phòng Hội |
| Ngày 20 hằng tháng | Tổng hợp tình hình nông dân, nông thôn báo cáo Trung ương Hội | Phó Chủ tịch Lê Thị Na | Ban Tổ chức - Kiểm tra |
| Hằng ngày | Trực lãnh đạo theo phân công | | |
"""


def test_month_tables_tentative_day_struck_row_and_standing_rounds():
    items = _items(_CALENDAR)
    got = [(item.content[:30], item.lead_text, item.due_text) for item in items]
    assert got == [
        ("Họp Ban Thường vụ Hội Nông dân", "Văn phòng Hội", "03/06/2030 (08h00)"),
        ("Làm việc với Ngân hàng Chính s", "Ban Kinh tế", "12/06/2030 (14h00)"),
        ("Sơ kết công tác Hội 6 tháng đầ", "Văn phòng Hội", "28/06/2030 (08h00)"),
        ("Giao ban Thường trực Hội với c", "Văn phòng Hội", "Sáng thứ Ba hằng tuần"),
        ("Tổng hợp tình hình nông dân, n", "Ban Tổ chức - Kiểm tra", "Ngày 20 hằng tháng"),
    ]
    assert items[3].recurrence == "weekly" and items[4].recurrence == "monthly"


def test_a_table_mixing_a_deadline_with_rounds_is_no_standing_schedule():
    # Limit: every time cell must be a round (or daily); a deadline among them (`Trước 30/6`) makes
    # the table a plan's, read by tables.py, not a calendar's standing schedule.
    document = read_document(
        (
            "| Thời gian | Nội dung | Đơn vị chuẩn bị |\n|---|---|---|\n"
            "| Sáng thứ Ba hằng tuần | Giao ban Thường trực Hội | Văn phòng Hội |\n"
            "| Trước 30/6 | Tổng kết phong trào thi đua | Ban Tổ chức - Kiểm tra |\n"
        ).encode(),
        "lich.md",
    )
    table = next(block for block in document.blocks if isinstance(block, Table))
    assert _standing_column(table, classify(table)) is None
    rounds_only = replace(table, rows=table.rows[:2], row_lines=table.row_lines[:2])
    assert _standing_column(rounds_only, classify(rounds_only)) == 0


def test_rounds_before_any_dated_day_are_not_the_calendar_s():
    # Limit: the week calendar reads a table of rounds only after it has read dated days.
    blocks = read_document(_CALENDAR.encode(), "lich.md").blocks
    tables = [block for block in blocks if isinstance(block, Table)]
    found = calendar_weeks.recognise(Context(_Document([tables[1], tables[0]]), None, year=2030))
    assert [item.due for item in found.items] == [
        "03/06/2030 (08h00)",
        "12/06/2030 (14h00)",
        "28/06/2030 (08h00)",
    ]


class _Document:
    def __init__(self, blocks):
        self.blocks = blocks
        self.lines = []
