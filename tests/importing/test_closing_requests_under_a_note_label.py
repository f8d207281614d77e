"""A closing reporting request set off under a table by a note's label (corpus README, "Closing
reporting requests are items"): `Ghi chú:` / `Lưu ý:` alone on its line (a paragraph, a row merged
across the table) with the request as a `- ` point under it, or `Yêu cầu:` before the request on its
line. The label and the dash are no part of what it asks; a point that asks nothing stays no item.
Own text, not a corpus document's."""

from engine.importing.blocks import Paragraph
from engine.importing.recognisers import closing_requests
from tests.importing.helpers_blocks import BlocksDocument, table_items, table_of


def _sheet_items(rows):
    return table_items(table_of(rows))


HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Đội chủ trì", "Thời hạn"]
ROWS = [
    HEADER,
    ["1", "Số hộ được cấp nước sạch mới", "Hộ", "Đội Kỹ thuật", "30/9/2029"],
    ["2", "Tỷ lệ thất thoát nước", "%", "Đội Quản lý mạng", "31/12/2029"],
]


def test_a_dashed_point_under_a_note_label_merged_across_the_sheet_is_the_request():
    items = _sheet_items(
        [
            *ROWS,
            [("Lưu ý:", 1, 5)],
            [("- Các tổ sản xuất gửi số liệu thực hiện về Phòng Kinh doanh định kỳ hằng tháng.", 1, 5)],
            [("- Số hộ tính theo hợp đồng đã ký.", 1, 5)],
        ]
    )
    assert [(i.content[:22], i.lead, i.due) for i in items] == [
        ("Số hộ được cấp nước sạ", "Đội Kỹ thuật", "30/9/2029"),
        ("Tỷ lệ thất thoát nước", "Đội Quản lý mạng", "31/12/2029"),
        ("Các tổ sản xuất gửi số", "", "định kỳ hằng tháng"),
    ]


def test_a_request_after_a_yeu_cau_label_on_its_row_is_read_without_the_label():
    items = _sheet_items(
        [*ROWS, [("Yêu cầu: Các tổ sản xuất báo cáo tiến độ trước ngày 08 của tháng cuối quý.", 1, 5)]]
    )
    assert [(i.content[:22], i.lead) for i in items][-1] == ("Các tổ sản xuất báo cá", "")
    assert items[-1].due == "trước ngày 08 của tháng cuối quý"


def _paragraph_document(*texts: str):
    table = table_of(
        [
            ["TT", "Nội dung", "Đơn vị chuẩn bị", "Ngày"],
            ["1", "Họp giao ban tháng", "Văn phòng", "03/9/2029"],
        ]
    )
    table.row_lines = [5, 6]
    return BlocksDocument([table, *(Paragraph(text, line=7 + n) for n, text in enumerate(texts))])


def test_a_dashed_point_under_a_note_label_paragraph_is_a_dated_request_of_every_unit():
    document = _paragraph_document(
        "Ghi chú:",
        "- Lịch có thể thay đổi theo chỉ đạo của cấp trên.",
        "- Các khoa gửi danh sách tham dự về Văn phòng trước 10h00 ngày 04/9/2029.",
    )
    found = closing_requests(document, taken={6})
    assert [(item.content[:24], item.lead, item.line) for item in found] == [
        ("Các khoa gửi danh sách t", "", 9)
    ]
    assert "04/9/2029" in found[0].due


def test_a_dashed_line_with_no_note_label_above_it_is_left_alone():
    # a list after an ordinary paragraph (a signature block's `Nơi nhận`, a plan's own list) is not a note
    document = _paragraph_document(
        "Nơi nhận:",
        "- Các khoa gửi danh sách tham dự về Văn phòng trước 10h00 ngày 04/9/2029.",
    )
    assert closing_requests(document, taken={6}) == []


def test_notes_marked_by_number_under_a_note_label_alone_are_read_each_as_a_paragraph():
    # h13fixYF (the shape of h728): `Ghi chú:` alone over `(1) …`, `(2) …` — every body of a kind
    # asked to report by a day each month is an item (the mark no part of it); a remark on the
    # figures and a background sentence stay none.
    document = _paragraph_document(
        "Ghi chú:",
        "(1) Chỉ tiêu tại dòng 1 là chỉ tiêu định hướng, được điều chỉnh khi có chỉ đạo của cấp trên.",
        "(2) Các chi nhánh báo cáo số liệu thực hiện về Phòng Tổng hợp trước ngày 10 hằng tháng.",
        "(3) Bảng này thay thế Bảng chỉ tiêu ban hành kèm Công văn số 120/TH ngày 20/12/2028.",
    )
    found = closing_requests(document, taken={6})
    assert [(item.content[:24], item.lead, item.line) for item in found] == [
        ("Các chi nhánh báo cáo số", "", 9)
    ]
    assert found[0].due.endswith("hằng tháng")
    # numbered `1.`, `2.` the same
    numbered = _paragraph_document(
        "Lưu ý:",
        "1. Số liệu tính lũy kế từ đầu năm.",
        "2. Các chi nhánh báo cáo số liệu thực hiện về Phòng Tổng hợp trước ngày 10 hằng tháng.",
    )
    assert [item.content[:13] for item in closing_requests(numbered, taken={6})] == ["Các chi nhánh"]


def test_a_marked_note_with_no_note_label_above_it_keeps_its_mark_and_asks_nothing_new():
    # limit: without the label alone above, a `(2) …` paragraph under the table is read as before
    document = _paragraph_document(
        "(2) Các chi nhánh báo cáo số liệu thực hiện về Phòng Tổng hợp trước ngày 10 hằng tháng.",
    )
    assert closing_requests(document, taken={6}) == []
