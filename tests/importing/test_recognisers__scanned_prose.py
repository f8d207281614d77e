"""Prose read from a scan: OCR gives a line per printed line, a blank line between paragraphs.
A paragraph's lines join (also where a line opens with a name in capitals), a blank line ends it,
and a notice's closing formula ends the text. Own text, not a corpus document's."""

from engine.importing.layouts import conclusions
from engine.importing.layouts.outline import paragraphs
from engine.importing.layouts.prose_facts import assignment_in
from engine.importing.read_ocr import add_ocr_page
from engine.importing.readers import Builder, Document
from engine.importing.recognisers import best
from engine.importing.recognition import Context
from engine.importing.units import UnitResolver
from tests.importing.helpers_blocks import context_of

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


def test_a_dated_request_to_every_unit_after_a_task_table_is_an_item():
    text = "\n".join(
        [
            "KẾ HOẠCH CÔNG TÁC THÁNG 5/2027",
            "STT\tNội dung\tĐơn vị thực hiện\tThời hạn",
            "1\tRà soát hồ sơ đất công\tPhòng Kinh tế\t10/5/2027",
            "2\tKiểm tra an toàn thực phẩm\tTrạm Y tế\t20/5/2027",
            "Các tổ, bộ phận báo cáo kết quả về Văn phòng trước ngày 28/5/2027.",
            "Các phòng chủ động triển khai thực hiện.",
        ]
    )
    chosen, _answers = best(context_of(text))
    got = [(item.content[:20], item.lead, item.due) for item in chosen.items]
    assert got[-1] == ("Các tổ, bộ phận báo ", "", "trước ngày 28/5/2027")
    assert len(got) == 3  # the undated instruction is no item
    assert "no_lead" in chosen.items[-1].reasons


def test_a_scanned_lines_date_alone_on_the_next_line_stays_with_it():
    scanned = "KẾ HOẠCH\n\nCác đơn vị gửi báo cáo về Văn phòng trước ngày\n30/6/2027.\n\n12\n"
    assert [text for _line, text in paragraphs(_scanned(scanned))] == [
        "KẾ HOẠCH",
        "Các đơn vị gửi báo cáo về Văn phòng trước ngày 30/6/2027.",
    ]  # a page number alone is dropped


# A photographed notice: dash tasks wrapped over OCR lines with no blank line between the last one,
# the closing request and the addressees.
_PHOTO = """THÔNG BÁO

- Tổ Hậu cần chuẩn bị nước uống, lều bạt cho đoàn tình nguyện tại điểm
tập kết; xong trước ngày 04/7/2027.

- Tổ Truyền thông tuyên truyền trên loa phát thanh của các thôn về lịch
ra quân, phát hằng ngày.

- Tổ Thư ký tổng hợp số người tham gia, báo cáo Ban Chỉ đạo trong
tháng
7/2027.
Đề nghị các tổ thực hiện nghiêm túc./.
Nơi nhận:
- Các tổ;
"""


def test_a_short_ocr_line_that_ends_a_sentence_ends_its_paragraph():
    texts = [text for _line, text in paragraphs(_scanned(_PHOTO))]
    assert texts[3] == (
        "- Tổ Thư ký tổng hợp số người tham gia, báo cáo Ban Chỉ đạo trong tháng 7/2027."
    )  # the month wrapped alone onto a line stays; the short line ends the paragraph
    assert texts[4:6] == ["Đề nghị các tổ thực hiện nghiêm túc./.", "Nơi nhận:"]


def test_chuan_bi_and_tuyen_truyen_end_a_units_name():
    assert assignment_in("Trung tâm Văn hóa huyện chuẩn bị sân khấu.").lead == "Trung tâm Văn hóa huyện"
    assert assignment_in("Phòng Văn hóa - Thông tin tuyên truyền về lịch ra quân.").lead == (
        "Phòng Văn hóa - Thông tin"
    )


# A scanned dispatch: `N. <body>: <duty>` paragraphs with no blank line between, the last one's
# last line ending a sentence with room left for the closing request's first word.
_DISPATCH = """UBND XÃ HÒA AN
Kính gửi: các cơ quan, đơn vị thuộc xã.
Để chủ động phòng, chống hạn hán, Ủy ban nhân dân xã đề nghị các cơ quan, đơn vị thực hiện:
1. Trạm Khuyến nông xã: Hướng dẫn nông dân chuyển đổi giống cây trồng chịu hạn trên các cánh đồng
thiếu nước, xong trước ngày 20/3/2028.
2. Phòng Kinh tế: Tham mưu UBND xã tổ chức Hội nghị sơ kết vụ Đông Xuân vào sáng Chủ nhật, ngày
26/3/2028 tại Hội trường xã.
3, Trạm Thủy nông xã Hòa An: Nạo vét kênh mương nội đồng trước khi mở nước đợt hai
(ngày 05/4/2028).
4. Đài Truyền thanh xã: Phát tin về lịch lấy nước trên hệ thống loa truyền thanh các thôn; thực
hiện thường xuyên trong mùa khô hạn năm nay.
Các cơ quan, đơn vị báo cáo kết quả về UBND xã (qua Phòng Kinh tế) trước 10 giờ ngày 15/4/2928.
Nơi nhận:
- Như trên;
"""


def test_a_scanned_dispatch_of_body_duty_paragraphs_and_a_closing_request():
    found = best(Context(_scanned(_DISPATCH), UnitResolver([])))[0]
    got = [(" ".join(item.content.split()[:3]), item.lead, item.due) for item in found.items]
    assert got == [
        ("Trạm Khuyến nông", "Trạm Khuyến nông xã", "trước ngày 20/3/2028"),
        ("Phòng Kinh tế:", "Phòng Kinh tế", "sáng Chủ nhật, ngày 26/3/2028"),
        ("Trạm Thủy nông", "Trạm Thủy nông xã Hòa An", "ngày 05/4/2028"),
        ("Đài Truyền thanh", "Đài Truyền thanh xã", "thường xuyên"),
        ("Các cơ quan,", "", "trước 10 giờ ngày 15/4/2028"),
    ]  # `3,` is item 3's number; the closing request is an item of its own, its year put back


def test_a_line_that_ends_a_sentence_with_room_for_the_next_word_ends_its_paragraph():
    wrapped = "x" * 70
    lines = [f"1. Phòng Tư pháp: Rà soát văn bản {wrapped}", *[wrapped + " tiếp" for _ in range(9)]]
    lines[-1] = "hoàn thành trong quý II."  # room left on the line: the paragraph ended there
    text = "\n".join([*lines, "Các đơn vị báo cáo kết quả về Văn phòng."])
    assert paragraphs(_scanned(text))[-1][1] == "Các đơn vị báo cáo kết quả về Văn phòng."
    # a line that ran to the margin and happens to end a sentence goes on into the next line
    lines[-1] = wrapped + " xong."
    text = "\n".join([*lines, "Các đơn vị báo cáo kết quả về Văn phòng."])
    assert paragraphs(_scanned(text))[-1][1].endswith("xong. Các đơn vị báo cáo kết quả về Văn phòng.")
