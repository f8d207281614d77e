"""The day calendar: day cells that are dates or run into the next month, and no entry is an error."""

from datetime import date

import pytest
from django.utils import translation

from engine.importing.errors import ImportFailed
from engine.importing.layouts import calendar_days
from engine.importing.layouts.columns import header_roles
from engine.importing.readers import Document, Line


def _document(rows) -> Document:
    lines = [Line(number, tuple(cells)) for number, cells in enumerate(rows, start=1)]
    return Document("lich.txt", "text", lines=lines)


def _read(document):
    headers = [(i, found) for i, line in enumerate(document.lines) if (found := header_roles(line))]
    units = lambda text: [text] if text else []  # noqa: E731
    return calendar_days.read_days(document, headers, date(2026, 3, 1), [], units)


HEADER = ("NGÀY", "NỘI DUNG CÔNG VIỆC", "CƠ QUAN CHUẨN BỊ", "LÃNH ĐẠO SỞ")


def test_day_cells_that_are_dates_or_run_into_the_next_month():
    items = _read(
        _document(
            [
                HEADER,
                ("30 Thứ Hai", "Họp giao ban", "Văn phòng", "Đ/c Hoàn GĐ Sở"),
                ("31 Thứ Ba", "Sáng: Kiểm tra đề tài", "Phòng QLKH", ""),
                ("01 Thứ Tư", "Chiều: Hội nghị", "Văn phòng", ""),
                ("Thứ 5 (02/4/2026)", "Tiếp công dân", "Thanh tra", ""),
            ]
        )
    )
    dues = ["30/03/2026", "31/03/2026 (Sáng)", "01/04/2026 (Chiều)", "02/04/2026"]
    assert [item.due for item in items] == dues


def test_a_calendar_with_no_entry_is_an_error():
    document = _document([HEADER, ("01 Thứ Hai", "", "", ""), ("02 Thứ Ba", "", "", "")])
    with translation.override("en"), pytest.raises(ImportFailed, match="no entry under its days"):
        _read(document)


def test_a_chu_tri_column_naming_people_is_the_leader_and_the_preparing_unit_in_brackets_the_lead():
    items = _read(
        _document(
            [
                ("Ngày", "Nội dung", "Chủ trì"),
                ("Thứ 2 (06/4/2026)", "Giao ban (Văn phòng Sở chuẩn bị nội dung)", "GĐ Nguyễn Văn Hùng"),
                ("Thứ 3 (07/4/2026)", "Dự hội nghị (Phòng Kế hoạch - Tài chính chuẩn bị)", "PGĐ Lê Minh"),
                ("Thứ 4 (08/4/2026)", "Kiểm tra rừng", "Chi cục Kiểm lâm"),
            ]
        )
    )
    assert [(item.content, item.leader, item.lead) for item in items] == [
        ("Giao ban (Văn phòng Sở chuẩn bị nội dung)", "GĐ Nguyễn Văn Hùng", "Văn phòng Sở"),
        ("Dự hội nghị (Phòng Kế hoạch - Tài chính chuẩn bị)", "PGĐ Lê Minh", "Phòng Kế hoạch - Tài chính"),
        ("Kiểm tra rừng", "", "Chi cục Kiểm lâm"),
    ]


def test_bullets_are_cut_at_dashes_outside_brackets_only():
    assert calendar_days.split_items("Sáng: - Chào cờ - Họp (Phòng Kế hoạch - Tài chính chuẩn bị)") == [
        ("Sáng", "Chào cờ"),
        ("Sáng", "Họp (Phòng Kế hoạch - Tài chính chuẩn bị)"),
    ]


def test_day_cells_of_day_numbers_only_are_ranges_and_rounds_in_the_month():
    """A month's calendar (March 2026 here) whose day cells print numbers only: `02 - 04` is 2–4
    March (not 2 April), `09, 23` two rounds due on the later, `10 - 13` stays in March after it,
    `Hằng ngày` is ongoing, a weekend row is a rota; `02 - 03` in March is still 2 March."""
    items = _read(
        _document(
            [
                HEADER,
                ("02 - 04", "Kiểm tra kho lưu trữ", "Phòng Hành chính", ""),
                ("Hằng ngày", "Cập nhật cổng thông tin", "Tổ Tin học", ""),
                ("09, 23", "Họp tổ công tác (02 kỳ)", "Văn phòng", ""),
                ("10 - 13", "Tập huấn nghiệp vụ", "Phòng Nghiệp vụ", ""),
                ("Thứ Bảy, Chủ nhật", "Trực cơ quan theo lịch phân công", "Văn phòng", ""),
                ("20", "Sơ kết quý I", "Văn phòng", ""),
            ]
        )
    )
    assert [item.due for item in items] == [
        "04/03/2026",
        "Hằng ngày",
        "23/03/2026",
        "13/03/2026",
        "20/03/2026",
    ]
    (item,) = _read(_document([HEADER, ("02 - 03", "Kiểm tra kho lưu trữ", "Phòng Hành chính", "")]))
    assert item.due == "02/03/2026"


def test_a_chu_tri_column_of_post_holders_is_the_leader_and_the_preparing_column_the_lead():
    # any post before its holder's full name chairs; a note typed under the entries is no entry,
    # though one asking every unit for something by a day is a request without a lead
    items = _read(
        _document(
            [
                ("Ngày", "Nội dung", "Chủ trì", "Đơn vị chuẩn bị"),
                (
                    "Thứ 2 (06/4/2026)",
                    "Họp Ban Chấp hành",
                    "Bí thư Đảng ủy Hoàng Văn Nam",
                    "Văn phòng Đảng ủy",
                ),
                (
                    "Thứ 3 (07/4/2026)",
                    "Kiểm tra chi bộ Thôn 3",
                    "Chủ nhiệm UBKT Phan Thị Mai",
                    "Ủy ban Kiểm tra",
                ),
                ("", "Ghi chú: Lịch có thể thay đổi theo chỉ đạo của cấp trên.", "", ""),
                (
                    "",
                    "Lưu ý: Các chi bộ gửi báo cáo tháng về Văn phòng Đảng ủy trước ngày 09/4/2026.",
                    "",
                    "",
                ),
            ]
        )
    )
    assert [(i.content[:20], i.lead, i.leader) for i in items] == [
        ("Họp Ban Chấp hành", "Văn phòng Đảng ủy", "Bí thư Đảng ủy Hoàng Văn Nam"),
        ("Kiểm tra chi bộ Thôn", "Ủy ban Kiểm tra", "Chủ nhiệm UBKT Phan Thị Mai"),
        ("Các chi bộ gửi báo c", "", ""),
    ]
    assert "09/4/2026" in items[-1].due
