"""A calendar's day off paired with the duty kept that day (`Nghỉ, trực sẵn sàng chiến đấu theo quy
định`: no entry), a calendar's note row whose label stands in a cell of its own (`Ghi chú: | Lịch có
thể thay đổi … Các phòng đăng ký …`: read as one note), and an indicator table with a leader column
and no lead column whose blank time cell is no due rather than the row above's (h13fixYP: h755,
h768, h758)."""

import io

import pytest

from engine.importing.build import import_document
from engine.importing.layouts.calendar_weeks import note_row
from engine.importing.layouts.days import is_holiday, is_not_task

pytestmark = pytest.mark.django_db


def test_a_day_off_paired_with_a_rosters_duty_is_no_entry():
    for text in (
        "Nghỉ, trực sẵn sàng chiến đấu theo quy định",
        "Nghỉ; trực cơ quan theo lịch phân công",
        "Nghỉ cuối tuần - trực ban",
        "Nghỉ và trực chỉ huy",
    ):
        assert is_holiday(text), text
        assert is_not_task(text), text


def test_a_day_off_with_more_than_its_duty_or_another_kind_of_duty_stays_an_entry():
    # limits: a task after the duty, a duty no roster keeps ("trực tiếp nhận" is receiving directly)
    for text in ("Nghỉ, trực ban; kiểm tra kho vũ khí K2", "Nghỉ, trực tiếp nhận hồ sơ của công dân"):
        assert not is_holiday(text), text
        assert not is_not_task(text), text


_REQUEST = (
    "Lịch có thể thay đổi, Văn phòng sẽ thông báo bổ sung. Các phòng, đội đăng ký lịch công tác tuần "
    "sau về Văn phòng trước 15 giờ 00 thứ Năm hằng tuần."
)


def test_a_note_label_in_a_cell_of_its_own_is_read_with_the_note_beside_it():
    assert note_row(["Ghi chú:", _REQUEST, "", ""]) == f"Ghi chú: {_REQUEST}"
    assert note_row(["Lưu ý:", "", _REQUEST]) == f"Lưu ý: {_REQUEST}"
    # as before: the label and the note in one cell
    assert note_row([f"Ghi chú: {_REQUEST}", ""]) == f"Ghi chú: {_REQUEST}"


def test_a_label_cell_with_more_than_the_label_or_a_third_filled_cell_is_no_note_row():
    # limits: the first cell is an entry's day, or the label has text of its own, or a third cell is filled
    assert note_row(["Thứ Năm 14/01", _REQUEST]) == ""
    assert note_row(["Ghi chú: xem phụ lục", _REQUEST]) == ""
    assert note_row(["Ghi chú:", _REQUEST, "Văn phòng"]) == ""
    assert note_row([_REQUEST, "Ghi chú:"]) == ""


def _sheet(note_cells: list[str]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Tuan 02"
    sheet["A1"] = "LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC"
    sheet["A2"] = "(Tuần 02, từ ngày 10/01/2028 đến ngày 16/01/2028)"
    for column, text in enumerate(("Thứ, ngày", "Giờ", "Nội dung", "Chủ trì", "Đơn vị chuẩn bị"), start=1):
        sheet.cell(row=4, column=column, value=text)
    rows = (
        ("Thứ Hai\n10/01", "8h00", "Giao ban Ban Giám đốc", "Giám đốc Lê Văn Tám", "Văn phòng"),
        (
            "Thứ Ba\n11/01",
            "14h00",
            "Kiểm tra công tác quyết toán năm 2027",
            "Phó Giám đốc Vũ Thị Na",
            "Phòng Tài chính",
        ),
        ("Chủ nhật\n16/01", "", "Nghỉ, trực cơ quan theo quy định", "", ""),
    )
    for offset, values in enumerate(rows):
        for column, text in enumerate(values, start=1):
            if text:
                sheet.cell(row=5 + offset, column=column, value=text)
    for column, text in enumerate(note_cells, start=1):
        if text:
            sheet.cell(row=9, column=column, value=text)
    sheet.merge_cells(start_row=9, start_column=2, end_row=9, end_column=5)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def test_a_calendar_sheets_note_row_with_its_label_in_the_day_column_asks_every_unit():
    imported = import_document(_sheet(["Ghi chú:", _REQUEST]), "lich.xlsx", units=[], year=2028)
    got = [
        (item.content[:20], item.lead_text, item.due_date.isoformat() if item.due_date else item.recurrence)
        for item in imported.items
    ]
    assert got == [
        ("Giao ban Ban Giám đố", "Văn phòng", "2028-01-10"),
        ("Kiểm tra công tác qu", "Phòng Tài chính", "2028-01-11"),
        # Sunday's day off with its duty: none; the note: from the request after the remark, every week
        ("Các phòng, đội đăng ", "", "weekly"),
    ]


def _indicators(lead_header: str) -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph("CHỈ TIÊU CÔNG TÁC NĂM 2028")
    rows = (
        ("TT", "Chỉ tiêu", "Kế hoạch 2028", lead_header, "Thời gian hoàn thành"),
        ("1", "Quản lý quỹ hội, không để thất thoát", "100%", "Phó Chủ tịch Hội", "Thường xuyên"),
        ("2", "Phát triển hội viên mới", "30 hội viên", "Chủ tịch Hội", ""),
    )
    table = document.add_table(rows=len(rows), cols=5)
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            table.cell(r, c).text = text
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


def test_a_blank_time_beside_a_filled_leader_cell_is_no_due_not_the_row_aboves():
    imported = import_document(_indicators("Người phụ trách"), "chi_tieu.docx", units=[], year=2028)
    got = [(item.content[:20], item.due_text, item.recurrence) for item in imported.items]
    assert got == [
        ("Quản lý quỹ hội, khô", "Thường xuyên", "ongoing"),
        ("Phát triển hội viên ", None, None),
    ]
