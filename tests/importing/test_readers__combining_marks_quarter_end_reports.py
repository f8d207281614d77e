"""Text typed with combining tone marks (Unikey's `Unicode tổ hợp`: `ế` as `ê` + U+0301) reads as
NFC from every reader, in one place (readers.to_nfc), and a report asked on a day of "the
quarter's last month" with no quarter named (`chậm nhất ngày 05 của tháng cuối quý`) is a quarterly
round. Own text, not a corpus document's."""

import unicodedata
from email.message import EmailMessage

import pytest

from engine.importing.blocks import Cell, Paragraph, Table
from engine.importing.build import import_document
from engine.importing.layouts.prose_facts import due_in, prints_date_or_recurrence
from engine.importing.readers import Document, Line, read_document, to_nfc

pytestmark = pytest.mark.django_db


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


def test_an_email_typed_with_combining_marks_reads_as_nfc():
    message = EmailMessage()
    message["From"] = "Văn phòng <vp@example.vn>"
    message["Subject"] = _nfd("Giao việc tháng 10/2029")
    message["Date"] = "Mon, 01 Oct 2029 08:00:00 +0700"
    message.set_content(
        _nfd("1. Tổ Kỹ thuật: bảo dưỡng máy phát điện dự phòng, trước ngày 12/10/2029.\n"), charset="utf-8"
    )
    document = read_document(message.as_bytes(), "giao_viec.eml")
    assert all(_is_nfc(cell) for line in document.lines for cell in line.cells)
    assert all(_is_nfc(block.text) for block in document.blocks if isinstance(block, Paragraph))
    assert any("bảo dưỡng máy phát điện" in line.text for line in document.lines)


def test_to_nfc_mends_lines_paragraphs_and_table_cells_alike():
    row = [Cell("1"), Cell(_nfd("Sửa chữa mái nhà văn hóa thôn")), Cell(_nfd("Ban Quản lý dự án"))]
    document = Document(name="x.docx", kind="docx")
    document.lines = [Line(1, (_nfd("Kế hoạch sửa chữa"),)), Line(2, tuple(cell.text for cell in row))]
    document.blocks = [Paragraph(_nfd("Kế hoạch sửa chữa"), 1), Table([row], number=1, row_lines=[2])]
    to_nfc(document)
    assert document.lines[0].cells == ("Kế hoạch sửa chữa",)
    assert document.lines[1].cells[1] == "Sửa chữa mái nhà văn hóa thôn"
    assert document.blocks[0].text == "Kế hoạch sửa chữa"
    assert [cell.text for cell in document.blocks[1].rows[0]] == [
        "1",
        "Sửa chữa mái nhà văn hóa thôn",
        "Ban Quản lý dự án",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Các tổ sản xuất báo cáo sản lượng chậm nhất ngày 05 của tháng cuối quý.",
        "Các trạm gửi số liệu về Phòng Kỹ thuật trước ngày 22 tháng cuối quý.",
        "Các chi hội báo cáo kết quả vào ngày 18 tháng cuối của quý.",
        "Các cơ quan, đơn vị báo cáo biên chế trước ngày 10 của tháng đầu quý.",
    ],
)
def test_a_day_of_the_quarters_last_month_is_a_round(text):
    assert prints_date_or_recurrence(due_in(text))


def test_a_named_quarters_last_month_is_no_round():
    assert not prints_date_or_recurrence(due_in("Các phòng nộp báo cáo trước ngày 20 tháng cuối quý III."))
    assert not prints_date_or_recurrence(due_in("Các phòng nộp báo cáo trước ngày 10 tháng đầu quý II."))


_PLAN = """KẾ HOẠCH

Bảo dưỡng hệ thống cấp nước sạch năm 2029

I. NHIỆM VỤ

| TT | Nội dung | Đơn vị chủ trì | Thời gian |
|---|---|---|---|
| 1 | Súc xả đường ống khu dân cư số 3 | Đội Vận hành | Tháng 3/2029 |
| 2 | Thay thế 40 đồng hồ nước đã hết hạn kiểm định | Đội Kỹ thuật | Trước 30/6/2029 |

II. TỔ CHỨC THỰC HIỆN

1. Các đội báo cáo kết quả về Ban Giám đốc chậm nhất ngày 05 của tháng cuối quý.
"""


def test_a_closing_report_on_a_day_of_the_quarters_last_month_is_a_quarterly_item():
    imported = import_document(_nfd(_PLAN).encode("utf-8"), "bao_duong.md", units=[], year=2029)
    report = [item for item in imported.items if "báo cáo kết quả" in item.content]
    assert len(report) == 1
    assert report[0].recurrence == "quarterly"
    assert len(imported.items) == 3
