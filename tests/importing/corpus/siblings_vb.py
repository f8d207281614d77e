"""The main corpus's siblings of the held-out document h657 (moved to the main corpus when the importer
was taught its shape, by h13fixVB on 2026-12-06): a notice of conclusions whose points open with a
run-in unit label ending in a colon, an office named by its number with its field spelt out in
parentheses (`Phòng 1 (Kiểm tra nghiệp vụ và thi hành án):`, `Đội 4 (Quản lý nợ và cưỡng chế nợ
thuế):` — the field's verbs are the office's name), area courts or procuracies by their short form
and numbers (`TAND khu vực 4, 5:`, `VKSND khu vực 2, 3:`), and a point with two tasks and two times
(one item, due on the last). Their expected items (expected/vb1_…, vb2_…) were written by hand before
the first import. `python tests/importing/corpus/make_docs.py --siblings-vb` writes the two.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def vb1_docx(path: Path) -> None:
    """A provincial People's Court's conclusions of its first-quarter briefing of 2028 (.docx)."""
    from docx import Document

    document = Document()
    for text in (
        "TÒA ÁN NHÂN DÂN TỈNH BẮC SƠN",
        "Số: 18/TB-TA",
        "THÔNG BÁO",
        "Kết luận của Chánh án Tòa án nhân dân tỉnh tại hội nghị giao ban quý I năm 2028",
        "Ngày 06/01/2028, Chánh án Tòa án nhân dân tỉnh chủ trì hội nghị giao ban quý I năm 2028. Sau "
        "khi nghe báo cáo và ý kiến của các đơn vị, Chánh án kết luận như sau:",
        "I. ĐÁNH GIÁ CHUNG",
        "Trong quý IV năm 2027, toàn ngành thụ lý 1.245 vụ việc, đã giải quyết 1.102 vụ việc, đạt tỷ lệ "
        "88,5%; không có án quá hạn luật định.",
        "II. NHIỆM VỤ TRỌNG TÂM",
        "1. Phòng 1 (Kiểm tra nghiệp vụ và thi hành án): tổng hợp các bản án bị hủy, sửa trong năm 2027, "
        "báo cáo Chánh án trước ngày 20/01/2028; tổ chức hội nghị rút kinh nghiệm trong tháng 02/2028.",
        "2. Phòng Tổ chức cán bộ - Thanh tra (Phòng 3): hoàn thiện hồ sơ đề nghị bổ nhiệm lại Thẩm phán "
        "sơ cấp, trình Hội đồng tuyển chọn trước ngày 15/3/2028.",
        "3. TAND khu vực 4, 5: đẩy nhanh tiến độ giải quyết các vụ án hành chính tồn đọng, bảo đảm tỷ lệ "
        "giải quyết đạt trên 70% trong Quý I/2028.",
        "4. Phòng 2 (Giám đốc việc kiểm tra và thi hành án): thường xuyên theo dõi việc ra quyết định "
        "thi hành án hình sự của các Tòa án khu vực.",
        "5. Các Phó Chánh án theo lĩnh vực được phân công chỉ đạo các đơn vị thực hiện.",
        "6. Các đơn vị báo cáo kết quả thực hiện về Văn phòng trước ngày 25 hằng tháng.",
        "Nơi nhận:",
        "- Các đơn vị;",
        "- Lưu: VT.",
        "CHÁNH ÁN",
        "Lương Văn Thịnh",
    ):
        document.add_paragraph(text)
    document.save(path)


# The notice's lines (a paragraph is one line, as a plain text file prints it)
VB2_LINES = (
    "CỤC THUẾ TỈNH HẢI LONG",
    "CHI CỤC THUẾ KHU VỰC SÔNG CẦU",
    "Số: 205/TB-CCT",
    "",
    "THÔNG BÁO",
    "Kết luận của Chi cục trưởng tại cuộc họp giao ban tháng 9/2029",
    "",
    "Ngày 03/9/2029, Chi cục trưởng chủ trì cuộc họp giao ban tháng 9/2029. Chi cục trưởng kết luận:",
    "",
    "1. Đội 4 (Quản lý nợ và cưỡng chế nợ thuế): phân loại các khoản nợ thuế quá 90 ngày, ban hành "
    "quyết định cưỡng chế trước ngày 20/9/2029.",
    "2. Đội 2 (Kiểm tra thuế): hoàn thành kiểm tra 12 doanh nghiệp theo kế hoạch, báo cáo kết quả "
    "trước ngày 15/10/2029; phối hợp Đội 4 đôn đốc thu hồi số thuế truy thu trong tháng 11/2029.",
    "3. Đội Tuyên truyền - Hỗ trợ người nộp thuế: tổ chức đối thoại với hộ kinh doanh tại các chợ "
    "trên địa bàn trong Quý IV/2029.",
    "4. Đề nghị VKSND khu vực 2, 3: phối hợp cung cấp thông tin các vụ việc có dấu hiệu trốn thuế "
    "theo đề nghị của Chi cục.",
    "5. Các bộ phận báo cáo kết quả thu ngân sách về Đội Nghiệp vụ - Dự toán trước ngày 25 hằng tháng.",
    "",
    "Nơi nhận:",
    "- Các Đội thuế;",
    "- Lưu: VT.",
    "CHI CỤC TRƯỞNG",
    "Đỗ Minh Hải",
)
VB2_TEXT = "\n".join(VB2_LINES) + "\n"


def vb2_txt(path: Path) -> None:
    """A regional tax office's conclusions of its September 2029 briefing (plain text, UTF-8)."""
    path.write_text(VB2_TEXT, encoding="utf-8")


def siblings_vb() -> None:
    vb1_docx(DOCS / "vb1_tbkl_tand_tinh_giao_ban_quy.docx")
    vb2_txt(DOCS / "vb2_tbkl_chi_cuc_thue_giao_ban.txt")
