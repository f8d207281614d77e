"""The main corpus's siblings of the held-out document h554 (moved to the main corpus when the
importer was taught its shape, helper h13fixSJ). A notice of a meeting's conclusions whose roman
parts end with (a) a request part, a roman title (`III. ĐỀ NGHỊ PHỐI HỢP`, `III. ĐỀ NGHỊ`) over
unnumbered paragraphs each asking one named outside body (`Đề nghị <body> …`): an item led by that
body, due as printed (none where it prints no time); and (b) a last part (`TỔ CHỨC THỰC HIỆN`) whose
one paragraph asks every unit of a kind for a report with a time of its own (an item, lead not
scored, due its own sentence's day) and then, in a later sentence, gives one named unit its own duty
(`<unit> có trách nhiệm theo dõi, đôn đốc, tổng hợp …`, `<unit> tổng hợp, báo cáo … trước ngày …`):
an item led by that unit, due its own time (none for an undated follow-up). A sentence of the same
paragraph that only tells (`<unit> thông báo để các đơn vị biết`) and a request to every unit with no
time are none. sj1 a provincial tax department's monthly briefing (.docx), sj2 a district people's
committee's notice (.docx) with two outside bodies asked, one undated, sj3 a provincial hospital's
notice as plain text. Their expected items (expected/sj*_…) were written by hand before the first
import. `python tests/importing/corpus/make_docs.py --siblings-sj` writes all three.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _document():
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    return document


def _bold(document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def sj1_docx(h, path: Path) -> None:
    """A provincial tax department's notice of the director's conclusions at its March 2028 briefing."""
    document = _document()
    h.national_header(
        document,
        ["TỔNG CỤC THUẾ", "CỤC THUẾ TỈNH HÀ LINH", "Số: 412/TB-CT"],
        "Hà Linh, ngày 24 tháng 3 năm 2028",
    )
    _bold(document, "THÔNG BÁO")
    _bold(document, "Kết luận của đồng chí Cục trưởng tại hội nghị giao ban tháng 3 năm 2028")
    document.add_paragraph(
        "Ngày 22/3/2028, đồng chí Cục trưởng Cục Thuế tỉnh chủ trì hội nghị giao ban tháng 3 năm 2028. Sau khi nghe Phòng Nghiệp vụ - Dự toán báo cáo kết quả thu ngân sách và ý kiến của các đơn vị, đồng chí Cục trưởng kết luận như sau:"
    )
    _bold(document, "I. KẾT QUẢ THU NGÂN SÁCH")
    document.add_paragraph(
        "Tổng thu nội địa quý I ước đạt 1.284 tỷ đồng, bằng 27% dự toán năm; nợ thuế có khả năng thu giảm 4,1% so với đầu năm. Tuy nhiên, thu từ khu vực doanh nghiệp ngoài quốc doanh còn thấp."
    )
    _bold(document, "II. NHIỆM VỤ TRỌNG TÂM THÁNG 4")
    for text in (
        "1. Phòng Quản lý nợ và cưỡng chế nợ thuế rà soát, phân loại nợ, ban hành quyết định cưỡng chế đối với các doanh nghiệp nợ trên 90 ngày trước ngày 15/4/2028.",
        "2. Phòng Thanh tra - Kiểm tra số 1 hoàn thành kiểm tra quyết toán thuế tại 12 doanh nghiệp có rủi ro cao trong tháng 4/2028.",
        "3. Phòng Kiểm tra nội bộ tổ chức đối thoại với doanh nghiệp về hóa đơn điện tử vào ngày 18/4/2028.",
    ):
        document.add_paragraph(text)
    _bold(document, "III. ĐỀ NGHỊ PHỐI HỢP")
    document.add_paragraph(
        "Đề nghị Sở Kế hoạch và Đầu tư cung cấp danh sách doanh nghiệp tạm ngừng kinh doanh, giải thể trong quý I/2028 cho Cục Thuế trước ngày 10/4/2028."
    )
    _bold(document, "IV. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph(
        "Các phòng và Chi cục Thuế khu vực báo cáo kết quả thực hiện các nội dung trên về Văn phòng Cục trước ngày 25/4/2028. Văn phòng Cục Thuế có trách nhiệm theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Cục trưởng tại hội nghị giao ban tháng 5/2028."
    )
    for text in (
        "Cục Thuế tỉnh thông báo để các đơn vị biết, thực hiện./.",
        "Nơi nhận:",
        "- Lãnh đạo Cục;",
        "- Các phòng, Chi cục Thuế khu vực;",
        "- Lưu: VT, VP.",
        "TL. CỤC TRƯỞNG",
        "CHÁNH VĂN PHÒNG",
        "Đặng Thị Hòa",
    ):
        document.add_paragraph(text)
    document.save(path)


def sj2_docx(h, path: Path) -> None:
    """A district people's committee's notice of the chairman's conclusions on flood preparation."""
    document = _document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "HUYỆN SÔNG TRÀ", "Số: 96/TB-UBND"],
        "Sông Trà, ngày 12 tháng 6 năm 2028",
    )
    _bold(document, "THÔNG BÁO")
    _bold(
        document,
        "Kết luận của Chủ tịch UBND huyện tại cuộc họp triển khai công tác phòng, chống thiên tai năm 2028",
    )
    document.add_paragraph(
        "Ngày 10/6/2028, Chủ tịch UBND huyện chủ trì cuộc họp triển khai công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2028. Sau khi nghe các cơ quan báo cáo, Chủ tịch UBND huyện kết luận như sau:"
    )
    _bold(document, "I. ĐÁNH GIÁ CHUNG")
    document.add_paragraph(
        "Năm 2027 trên địa bàn huyện xảy ra 03 đợt mưa lũ, thiệt hại ước 18 tỷ đồng; công tác ứng phó cơ bản kịp thời."
    )
    _bold(document, "II. NHIỆM VỤ THỜI GIAN TỚI")
    for text in (
        "1. Phòng Nông nghiệp và Phát triển nông thôn tham mưu kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện trước ngày 20/6/2028.",
        "2. Phòng Kinh tế và Hạ tầng kiểm tra an toàn các hồ chứa nước, đập dâng; hoàn thành trước ngày 30/6/2028.",
        "3. Ban Chỉ huy Quân sự huyện xây dựng phương án sơ tán dân tại các xã ven sông, tổ chức diễn tập trong tháng 7/2028.",
    ):
        document.add_paragraph(text)
    _bold(document, "III. ĐỀ NGHỊ")
    for text in (
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện vận động các tổ chức, cá nhân ủng hộ Quỹ phòng, chống thiên tai của huyện.",
        "Đề nghị Điện lực Sông Trà kiểm tra, gia cố hệ thống lưới điện tại các vùng trũng thấp, hoàn thành trước ngày 15/7/2028.",
    ):
        document.add_paragraph(text)
    _bold(document, "IV. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph(
        "Các cơ quan, đơn vị và UBND các xã, thị trấn báo cáo kết quả thực hiện về Phòng Nông nghiệp và Phát triển nông thôn trước ngày 05/8/2028. Phòng Nông nghiệp và Phát triển nông thôn tổng hợp, báo cáo Chủ tịch UBND huyện trước ngày 10/8/2028. Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./."
    )
    for text in (
        "Nơi nhận:",
        "- Chủ tịch, các PCT UBND huyện;",
        "- Các cơ quan, đơn vị liên quan;",
        "- Lưu: VT.",
        "TL. CHỦ TỊCH",
        "CHÁNH VĂN PHÒNG",
        "Phạm Quốc Toản",
    ):
        document.add_paragraph(text)
    document.save(path)


SJ3_TEXT = """SỞ Y TẾ TỈNH BẮC NGÂN
BỆNH VIỆN ĐA KHOA TỈNH
Số: 233/TB-BV
Bắc Ngân, ngày 18 tháng 9 năm 2028

THÔNG BÁO
Kết luận của Giám đốc Bệnh viện tại cuộc họp giao ban tháng 9 năm 2028

Ngày 16/9/2028, Giám đốc Bệnh viện chủ trì cuộc họp giao ban tháng 9 năm 2028 với các Phó Giám đốc, Trưởng các khoa, phòng. Giám đốc Bệnh viện kết luận như sau:

I. TÌNH HÌNH CHUNG
Tổng số lượt khám bệnh trong tháng đạt 21.600 lượt, tăng 6% so với tháng trước; công suất giường bệnh nội trú 104%.

II. NHIỆM VỤ TRỌNG TÂM
1. Phòng Quản lý chất lượng hoàn thành tự đánh giá chất lượng bệnh viện năm 2028 theo bộ tiêu chí, trình Giám đốc trước ngày 15/10/2028.
2. Khoa Dược rà soát danh mục thuốc trúng thầu, đề xuất mua sắm bổ sung các thuốc thiếu trong tháng 10/2028.
3. Phòng Công nghệ thông tin triển khai bệnh án điện tử tại Khoa Nội tổng hợp và Khoa Nhi, hoàn thành trước ngày 30/11/2028.

III. ĐỀ NGHỊ PHỐI HỢP
Đề nghị Bảo hiểm xã hội tỉnh phối hợp với Phòng Tài chính kế toán đối chiếu, thanh toán chi phí khám, chữa bệnh bảo hiểm y tế quý III/2028 trước ngày 31/10/2028.

IV. TỔ CHỨC THỰC HIỆN
Các khoa, phòng gửi báo cáo kết quả thực hiện về Phòng Kế hoạch tổng hợp trước 16 giờ ngày 25/10/2028. Phòng Kế hoạch tổng hợp chịu trách nhiệm theo dõi, đôn đốc việc thực hiện các nội dung trên.

Bệnh viện thông báo để các khoa, phòng biết, thực hiện./.

Nơi nhận:
- Ban Giám đốc;
- Các khoa, phòng;
- Lưu: VT, KHTH.
GIÁM ĐỐC
Hoàng Minh Châu
"""


def siblings_sj() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    sj1_docx(h, DOCS / "sj1_tbkl_giao_ban_cuc_thue.docx")
    sj2_docx(h, DOCS / "sj2_tbkl_phong_chong_thien_tai_huyen.docx")
    (DOCS / "sj3_tbkl_giao_ban_benh_vien_tinh.txt").write_text(SJ3_TEXT, encoding="utf-8")
