"""The main corpus's siblings of the real documents 03, 09, 02 and 10 of `../shared/corpus/` (helper
h13fixRA): the same shapes with other bodies, units, tasks and dates. ra1 is a department's plan whose
`TỔ CHỨC THỰC HIỆN` gives each unit lettered duties (a report sent with the periodic report, whose round
the text does not say; a weekly report opening a sentence; a list of months after `trong`; recurrent
spending, `chi thường xuyên`, that is no time); ra2 is a notice of conclusions whose lettered items
end in a first report day followed by a round (`trước ngày … và hằng tháng`), a day after `trong ngày`
written in words, and a list of quarters. Their expected items (expected/ra1_…, ra2_…) were written by
hand before the first import. ra3 (sibling of 13) is a Markdown page written by hand: a legal
site's one-cell-per-line table with a line of dots where the site cut rows out.
`python tests/importing/corpus/make_docs.py --siblings-ra` writes ra1 and ra2.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _title_block(document, rows: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=len(rows), cols=2)
    for row, (left, right) in enumerate(rows):
        table.cell(row, 0).text = left
        table.cell(row, 1).text = right


def ra1_docx(path: Path) -> None:
    """A health department's communication plan (sibling of 03): `1. <unit>:` headings over lettered
    duties under `IV. TỔ CHỨC THỰC HIỆN`, times inside the sentences."""
    from docx import Document

    document = Document()
    _title_block(
        document,
        [
            ("UBND TỈNH HÀ GIANG NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("SỞ Y TẾ", "Độc lập - Tự do - Hạnh phúc"),
            ("Số: 41/KH-SYT", "Hà Giang Nam, ngày 12 tháng 02 năm 2027"),
        ],
    )
    for text in [
        "KẾ HOẠCH",
        "Truyền thông về chuyển đổi số ngành y tế năm 2027",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao nhận thức của người bệnh và nhân viên y tế về sổ sức khỏe điện tử.",
        "2. Bảo đảm thông tin kịp thời, chính xác, đúng định hướng.",
        "II. NỘI DUNG TRUYỀN THÔNG",
        "Các chính sách về bệnh án điện tử, thanh toán viện phí không dùng tiền mặt, đặt lịch khám trực tuyến.",
        "III. HÌNH THỨC TRUYỀN THÔNG",
        "Tin, bài trên Cổng thông tin điện tử của Sở; tờ rơi tại các cơ sở khám bệnh, chữa bệnh.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Sở:",
        "a) Xây dựng bộ tài liệu hỏi đáp về sổ sức khỏe điện tử, phát hành đến các bệnh viện tuyến tỉnh. Thực hiện trong tháng 5, tháng 6 năm 2027.",
        "b) Theo dõi, hướng dẫn các đơn vị triển khai Kế hoạch; định kỳ tổng hợp báo cáo Giám đốc Sở kết quả thực hiện (lồng ghép trong báo cáo công tác định kỳ của Sở).",
        "2. Phòng Nghiệp vụ Y:",
        "a) Kiểm tra việc niêm yết quy trình đặt lịch khám trực tuyến tại các bệnh viện. Hằng tuần báo cáo Giám đốc Sở để chỉ đạo.",
        "b) Phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh biên soạn tờ rơi về thanh toán viện phí không dùng tiền mặt, hoàn thành trước ngày 30/4/2027.",
        "3. Phòng Kế hoạch - Tài chính: Hướng dẫn các đơn vị sự nghiệp trực thuộc lập dự toán kinh phí truyền thông từ nguồn chi thường xuyên được giao, tổng hợp, trình Giám đốc Sở xem xét, quyết định.",
        "4. Các bệnh viện, trung tâm y tế trực thuộc",
        "a) Bố trí màn hình, tờ rơi hướng dẫn tại khu vực đón tiếp người bệnh, hoàn thành trước ngày 31/3/2027.",
        "b) Báo cáo Giám đốc Sở (qua Văn phòng Sở) kết quả truyền thông tại đơn vị, được lồng ghép trong báo cáo chuyên môn định kỳ theo hướng dẫn của Văn phòng Sở.",
        "Trên đây là Kế hoạch truyền thông về chuyển đổi số ngành y tế năm 2027 của Sở Y tế./.",
        "Nơi nhận:",
        "- UBND tỉnh (b/c);",
        "- Lưu: VT, VP.",
        "GIÁM ĐỐC",
        "Hoàng Văn Khải",
    ]:
        document.add_paragraph(text)
    document.save(path)


def ra2_docx(path: Path) -> None:
    """A provincial office's notice of a vice-chairman's conclusions (sibling of 10 and 09): numbered
    topics over lettered items that each open with their lead body, times inside the sentences."""
    from docx import Document

    document = Document()
    _title_block(
        document,
        [
            ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("TỈNH BẢO LĨNH", "Độc lập - Tự do - Hạnh phúc"),
            ("Số: 212/TB-UBND", "Bảo Lĩnh, ngày 03 tháng 4 năm 2027"),
        ],
    )
    for text in [
        "THÔNG BÁO",
        "Kết luận của Phó Chủ tịch UBND tỉnh Trần Minh Đức tại cuộc họp về tiêu thụ nông sản vụ xuân năm 2027",
        "Ngày 28 tháng 3 năm 2027, Phó Chủ tịch UBND tỉnh Trần Minh Đức chủ trì cuộc họp về tiêu thụ nông sản vụ xuân. Sau khi nghe báo cáo và ý kiến của các đại biểu, Phó Chủ tịch UBND tỉnh kết luận như sau:",
        "1. Về tiêu thụ nông sản",
        "a) Sở Công Thương chủ trì, phối hợp với các hiệp hội ngành hàng tổ chức kết nối tiêu thụ vải thiều, nhãn với các hệ thống siêu thị, báo cáo Chủ tịch UBND tỉnh trước ngày 15 tháng 4 năm 2027 và hằng tháng; theo dõi sát giá cả thị trường.",
        "b) Sở Nông nghiệp và Môi trường hướng dẫn các hợp tác xã cấp mã số vùng trồng, hoàn thành trong quý II, quý III năm 2027.",
        "c) Ủy ban nhân dân huyện Lục Yên rà soát diện tích vải thiều đủ điều kiện xuất khẩu, gửi Sở Nông nghiệp và Môi trường tổng hợp, báo cáo UBND tỉnh trong ngày 10 tháng 4 năm 2027.",
        "2. Về kinh phí",
        "a) Sở Tài chính tham mưu bố trí kinh phí hỗ trợ xúc tiến thương mại nông sản, hoàn thành trong tháng 5 năm 2027.",
        "b) Các sở, ngành, địa phương căn cứ nhiệm vụ được giao khẩn trương đăng ký nhu cầu kinh phí xúc tiến thương mại, chi tiết nguồn vốn đầu tư, chi thường xuyên, gửi Sở Tài chính tổng hợp, trình cấp có thẩm quyền xem xét, quyết định.",
        "c) Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh tổ chức gian hàng nông sản tại hội chợ. Thực hiện trong tháng 6 và tháng 7/2027.",
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
        "Nơi nhận:",
        "- Các sở, ngành;",
        "- Lưu: VT.",
        "TL. CHỦ TỊCH",
        "CHÁNH VĂN PHÒNG",
        "Lê Thị Hồng",
    ]:
        document.add_paragraph(text)
    document.save(path)


def siblings_ra() -> None:
    ra1_docx(DOCS / "ra1_kh_so_y_te_truyen_thong_bao_cao_dinh_ky.docx")
    ra2_docx(DOCS / "ra2_tb_ket_luan_nong_san_ngay_va_hang_thang.docx")
