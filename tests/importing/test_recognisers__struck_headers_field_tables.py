"""Shapes taught by h13fixJP (held-out h165, h168, h170), each on other text: a sheet's struck-through
and hidden rows and columns, a three-row header over quarter marks beside an end column, a task's
title over a field table of its own, role headings closing a plan, and vague dues (a week of a month,
its middle, a school term printed elsewhere)."""

import datetime
import io

import pytest

from engine.deadlines.parsing import parse_due
from engine.importing.build import import_document
from engine.importing.event_dues import resolve_event_dues
from engine.importing.headers import classify, field_rows
from engine.importing.model import RawItem
from engine.importing.readers import read_document

from .helpers_blocks import document_of
from .helpers_blocks import table_items as _items
from .helpers_blocks import table_of as _table


# ------------------------------------------------------------- struck and hidden in a sheet
def _tracking_sheet() -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Viec T9"
    sheet.append(["BẢNG THEO DÕI CÔNG VIỆC THÁNG 9 NĂM 2029"])
    sheet.append(["STT", "Nội dung", "Đơn vị chủ trì", "Hạn cũ", "Thời hạn"])
    sheet.append(["1", "Lắp camera cổng kho", "Tổ Bảo vệ", "01/9/2029", "10/9/2029"])
    sheet.append(["2", "Sơn lại nhà xe", "Tổ Hậu cần", "05/9/2029", "05/9/2029"])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(strike=True)
    sheet.append(["3", "Kiểm kê kho lạnh", "Tổ Kho", "12/9/2029", None])
    sheet.cell(sheet.max_row, 5).value = CellRichText(
        TextBlock(InlineFont(strike=True), "12/9/2029"), " 26/9/2029"
    )
    sheet.append(["", "Kiểm kê kho lạnh", "Tổ Kho", "12/9/2029", "12/9/2029"])
    sheet.row_dimensions[sheet.max_row].hidden = True
    sheet.append(["4", "Thay bóng đèn hành lang", "Tổ Hậu cần", "20/9/2029", "25/9/2029"])
    sheet.cell(sheet.max_row, 1).font = Font(strike=True)  # one struck cell: that text only is deleted
    sheet.column_dimensions["D"].hidden = True
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_a_struck_row_and_a_hidden_row_are_no_tasks_and_are_named_in_warnings():
    from django.utils import translation

    with translation.override("en"):  # the messages' English words are asserted below
        result = import_document(_tracking_sheet(), "viec.xlsx", units=[], year=2029)
    assert [(item.content, item.due_date) for item in result.items] == [
        ("Lắp camera cổng kho", datetime.date(2029, 9, 10)),
        ("Kiểm kê kho lạnh", datetime.date(2029, 9, 26)),  # the struck old date is deleted text
        ("Thay bóng đèn hành lang", datetime.date(2029, 9, 25)),
    ]
    messages = [warning.message for warning in result.warnings]
    assert any("row 4" in message and "struck" in message and "Sơn lại" in message for message in messages)
    assert any("row 6" in message and "hidden" in message for message in messages)
    assert any("D (Hạn cũ)" in message for message in messages)


def test_a_hidden_column_and_struck_text_are_not_read():
    document = read_document(_tracking_sheet(), "viec.xlsx")
    table = document.blocks[0]
    assert [cell.text for cell in table.rows[1]] == ["STT", "Nội dung", "Đơn vị chủ trì", "", "Thời hạn"]
    assert [cell.text for cell in table.rows[3]] == [""] * 5  # struck through: cancelled
    assert table.rows[4][4].text == "26/9/2029"
    assert table.rows[6][0].text == ""  # the struck number alone
    assert table.rows[6][1].text == "Thay bóng đèn hành lang"


# ---------------------------------------------------------------- signers under a sheet's table
def test_a_signature_row_of_a_body_and_a_post_ends_the_table():
    items = _items(
        _table(
            [
                ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"],
                ["1", "Rà soát hồ sơ đất đai", "Phòng Tài nguyên", "30/6/2029"],
                ["", "VĂN PHÒNG", "", "TL. CHỦ TỊCH"],
                ["", "PHÒNG KẾ HOẠCH", "", "PHÓ TỔNG GIÁM ĐỐC"],
            ]
        )
    )
    assert [item.content for item in items] == ["Rà soát hồ sơ đất đai"]


# -------------------------------------------------------------- a three-row header over marks
def _three_row_header() -> list:
    return [
        [("TT", 3, 1), ("Nhiệm vụ", 3, 1), ("Đơn vị chủ trì", 3, 1), ("Thời gian", 1, 6)],
        [("Bắt đầu", 2, 1), ("Hoàn thành", 2, 1), ("Theo quý", 1, 4)],
        ["Quý I", "Quý II", "Quý III", "Quý IV"],
    ]


def test_a_third_header_row_of_quarters_is_header_and_names_the_period_columns():
    table = _table(
        [
            *_three_row_header(),
            ["1", "Khảo sát nhu cầu đào tạo nghề", "Phòng Lao động", "02/2029", "05/2029", "x", "x", "", ""],
        ]
    )
    header = classify(table)
    assert header is not None and header.rows == 3
    assert set(header.period_columns) == {5, 6, 7, 8}
    assert [item.content for item in _items(table)] == ["Khảo sát nhu cầu đào tạo nghề"]


def test_the_end_column_wins_over_the_marks_and_the_marks_stand_in_where_it_is_empty():
    items = _items(
        _table(
            [
                *_three_row_header(),
                [
                    "1",
                    "Khảo sát nhu cầu đào tạo nghề",
                    "Phòng Lao động",
                    "02/2029",
                    "05/2029",
                    "x",
                    "x",
                    "",
                    "",
                ],
                ["2", "Mở lớp sơ cấp nghề may", "Trung tâm Dạy nghề", "04/2029", "", "", "x", "x", ""],
                [
                    "3",
                    "Tổng kết công tác đào tạo",
                    "Phòng Lao động",
                    "10/2029",
                    "20/12/2029",
                    "",
                    "",
                    "",
                    "x",
                ],
            ]
        )
    )
    assert [parse_due(item.due, year=2029).date for item in items] == [
        datetime.date(2029, 5, 31),
        datetime.date(2029, 9, 30),
        datetime.date(2029, 12, 20),
    ]


# ----------------------------------------------------------- a title over its field table
def test_a_field_table_has_a_lead_and_a_due_and_no_content_row():
    fields = field_rows(
        _table(
            [
                ["Mục đích", "Nâng cao kỹ năng"],
                ["Sản phẩm", "Báo cáo"],
                ["Bộ phận chủ trì", "Tổ Kỹ thuật"],
                ["Thời gian", "Quý III/2029"],
            ]
        )
    )
    assert fields is not None and [role for role, _label, _value in fields][2:] == ["lead", "due"]
    # a record table (its own content row) and a table naming no deadline are not field tables
    assert field_rows(_table([["Tên nhiệm vụ", "Sửa mái"], ["Chủ trì", "Tổ A"], ["Hạn", "5/2029"]])) is None
    assert field_rows(_table([["Mục đích", "Nâng cao"], ["Bộ phận chủ trì", "Tổ Kỹ thuật"]])) is None


def _plan_with_field_tables() -> bytes:
    from docx import Document

    document = Document()
    document.add_heading("KẾ HOẠCH CÔNG TÁC NĂM 2029 CỦA TRẠM Y TẾ XÃ", level=1)
    document.add_heading("I. NHIỆM VỤ", level=1)
    for title, lead, due in [
        ("1. Tiêm chủng mở rộng cho trẻ dưới 1 tuổi", "Tổ Tiêm chủng", "Giữa tháng 3/2029"),
        ("2. Khám sức khỏe người cao tuổi", "Tổ Khám bệnh", "Tuần 2 tháng 10/2029"),
    ]:
        document.add_heading(title, level=2)
        table = document.add_table(rows=0, cols=2)
        for label, value in [("Mục đích", "Bảo vệ sức khỏe"), ("Đơn vị chủ trì", lead), ("Thời hạn", due)]:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    document.add_heading("II. TỔ CHỨC THỰC HIỆN", level=1)
    document.add_heading("1. Trạm trưởng", level=2)
    document.add_paragraph("Chỉ đạo chung, phân công cán bộ phụ trách từng nhiệm vụ, kiểm tra tiến độ.")
    document.add_heading("2. Tổ Khám bệnh", level=2)
    document.add_paragraph("Phối hợp với y tế thôn bản thực hiện các nhiệm vụ được giao trong kế hoạch.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_heading_over_a_field_table_is_a_task_with_those_fields_and_role_headings_are_not():
    result = import_document(_plan_with_field_tables(), "kh.docx", units=[], year=2029)
    assert [(item.content, item.lead_text, item.due_date) for item in result.items] == [
        ("Tiêm chủng mở rộng cho trẻ dưới 1 tuổi", "Tổ Tiêm chủng", datetime.date(2029, 3, 15)),
        # 1/10/2029 is a Monday: the second week ends on Sunday 14
        ("Khám sức khỏe người cao tuổi", "Tổ Khám bệnh", datetime.date(2029, 10, 14)),
    ]


# ------------------------------------------------------------------------------- vague dues
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuần 2 tháng 3/2027", datetime.date(2027, 3, 14)),  # 1/3/2027 a Monday
        ("Tuần 1 tháng 9/2029", datetime.date(2029, 9, 2)),  # 1/9/2029 a Saturday: its week ends on the 2nd
        ("Tuần thứ 3 tháng 9/2029", datetime.date(2029, 9, 16)),
        ("Tuần 5 tháng 1/2029", datetime.date(2029, 1, 31)),  # 29/1 – 4/2: the month's last day
        ("Giữa tháng 7/2029", datetime.date(2029, 7, 15)),
        # the middle ten days (11th–20th): due at their end, as the first ten days at the 10th
        ("Trung tuần tháng 11/2029", datetime.date(2029, 11, 20)),
        ("Tháng 7/2029", datetime.date(2029, 7, 31)),
        # the start of a month: its first ten days; its first week as "Tuần 1"
        ("Đầu tháng 7/2029", datetime.date(2029, 7, 10)),
        ("Thượng tuần tháng 11/2029", datetime.date(2029, 11, 10)),
        ("Tuần đầu tháng 9/2029", datetime.date(2029, 9, 2)),
        ("Tuần đầu tiên của tháng 3/2029", datetime.date(2029, 3, 4)),  # 1/3/2029 a Thursday
        ("Tuần cuối tháng 7/2029", datetime.date(2029, 7, 31)),
        ("Hạ tuần tháng 7/2029", datetime.date(2029, 7, 31)),
    ],
)
def test_a_week_of_a_month_and_the_middle_of_a_month(text, expected):
    assert parse_due(text, year=2029).date == expected


def test_a_school_term_the_plan_prints_is_due_at_its_end():
    text = """
    KẾ HOẠCH
    Học kỳ I năm học 2029 - 2030 bắt đầu từ ngày 05/9/2029, kết thúc ngày 12/01/2030.
    Học kỳ II bắt đầu từ ngày 15/01/2030 và kết thúc ngày 25/5/2030.
    """
    items = [
        RawItem(line=0, content="Ngoại khóa an toàn giao thông", due="Trong học kỳ I"),
        RawItem(line=0, content="Hội thi văn nghệ", due="Trong học kỳ II"),
        RawItem(line=0, content="Sơn sửa lớp học", due="Trong học kỳ III"),  # printed nowhere
    ]
    resolve_event_dues(items, document_of(text), 2029)
    assert [item.due for item in items] == [
        "12/01/2030 (Trong học kỳ I)",
        "25/05/2030 (Trong học kỳ II)",
        "Trong học kỳ III",
    ]
