"""Prose read from a scan: OCR gives a line per printed line, a blank line between paragraphs.
A paragraph's lines join (also where a line opens with a name in capitals), a blank line ends it,
and a notice's closing formula ends the text. Own text, not a corpus document's."""

from engine.importing.layouts import conclusions
from engine.importing.layouts.prose_facts import assignment_in
from engine.importing.read_ocr import add_ocr_page
from engine.importing.readers import Builder, Document
from engine.importing.recognition import Context
from engine.importing.units import UnitResolver

# As Tesseract prints a scanned page: the lines of a paragraph, then a blank line.
_SCANNED = """THÔNG BÁO

Kết luận của Giám đốc Trung tâm tại cuộc họp giao ban quý I năm 2027

1. Về công tác chuyên môn

Phòng Kỹ thuật - Kiến trúc rà soát hồ sơ thiết kế nhà văn hóa xã Tân
Phong, trình Giám đốc trước ngày 20/4/2027.

Trạm Quan trắc môi trường thường xuyên theo dõi chất lượng nước sông
Đà tại 05 điểm; báo cáo hằng tháng.

2. Về công tác hành chính

Giao Phòng Hành chính chủ trì, phối hợp với Phòng Kế toán kiểm kê tài
sản cuối năm, hoàn thành trong tháng 12/2027.

Phòng Quản lý xây dựng đẩy nhanh nghiệm thu công trình nhà xe.

Phòng Hành chính thông báo để các phòng, đơn vị biết, thực hiện./.

Nơi nhận:

- Như trên;

- Lưu: VT.
"""


def _scanned(text: str) -> Document:
    document = Document(name="tb.pdf", kind="pdf", ocr=True)
    add_ocr_page(Builder(document, ocr=True), text, 1)
    return document


def test_scanned_paragraphs_are_joined_by_their_lines_and_split_by_blank_lines():
    found = conclusions.recognise(Context(_scanned(_SCANNED), UnitResolver([])))
    got = [(" ".join(item.content.split()[-2:]), item.lead, item.due) for item in found.items]
    assert got == [
        ("ngày 20/4/2027.", "Phòng Kỹ thuật - Kiến trúc", "trước ngày 20/4/2027"),
        ("hằng tháng.", "Trạm Quan trắc môi trường", "thường xuyên"),
        ("tháng 12/2027.", "Phòng Hành chính", "trong tháng 12/2027"),
        ("nhà xe.", "Phòng Quản lý xây dựng", ""),
    ]  # each conclusion keeps its own time; the closing formula and the addressees are no items
    assert all(item.ocr and "ocr" in item.reasons for item in found.items)


def test_a_units_name_ends_before_the_verb_and_keeps_its_nouns():
    assert assignment_in("Trạm Y tế xã tăng cường phun hóa chất.").lead == "Trạm Y tế xã"
    assert assignment_in("Ban Quản lý dự án huyện đẩy nhanh tiến độ.").lead == "Ban Quản lý dự án huyện"
    assert assignment_in("Trung tâm Dịch vụ nông nghiệp thường xuyên kiểm tra.").lead == (
        "Trung tâm Dịch vụ nông nghiệp"
    )
    assert assignment_in("Chi cục Giám định chất lượng xây dựng kiểm tra.").lead == (
        "Chi cục Giám định chất lượng xây dựng"
    )
