"""The main corpus's siblings of the held-out document h624 (moved to the main corpus when the importer
was taught its shape, by h13fixTC on 2026-12-06): a notice of conclusions whose points open with the
concluding body's agreement and assign in the next sentence (`… thống nhất với dự thảo. Giao <unit>
…`), a leader named in parentheses after the unit assigned (`Giao <unit> (đồng chí …, … trực tiếp chỉ
đạo) …`: the unit leads), an unled recurring point whose preparer a later clause names (`Duy trì …
hằng tháng; <unit> chuẩn bị …`), and an undated charge to every member of the leading body (no task).
Their expected items (expected/tc1_…, tc2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-tc` writes the two.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def tc1_docx(path: Path) -> None:
    """A regional hospital director's conclusions at the March 2028 meeting (.docx): three topic
    headings, agreement-then-`Giao` points, a pharmacy department led with its directing deputy in
    parentheses, a weekly meeting prepared by the planning department, a charge to the board."""
    from docx import Document

    document = Document()
    for text in (
        "SỞ Y TẾ TỈNH MINH LONG",
        "BỆNH VIỆN ĐA KHOA KHU VỰC HÀ TÂN",
        "Số: 45/TB-BV",
        "THÔNG BÁO",
        "Kết luận của Giám đốc Bệnh viện tại cuộc họp giao ban tháng 3/2028",
        "Ngày 02/3/2028, Giám đốc Bệnh viện chủ trì cuộc họp giao ban tháng 3/2028. Sau khi nghe các "
        "khoa, phòng báo cáo và ý kiến thảo luận, Giám đốc Bệnh viện kết luận như sau:",
        "1. Về quy trình tiếp đón người bệnh",
        "Giám đốc thống nhất với đề xuất của Phòng Điều dưỡng. Giao Phòng Kế hoạch tổng hợp chủ trì, "
        "phối hợp Phòng Điều dưỡng sửa đổi quy trình tiếp đón người bệnh tại Khoa Khám bệnh, trình "
        "Giám đốc trước ngày 20/3/2028.",
        "2. Về công tác chuyên môn",
        "- Nhất trí chủ trương triển khai kỹ thuật phẫu thuật nội soi khớp gối. Giao Khoa Ngoại tổng hợp "
        "xây dựng đề án, hoàn thành trước ngày 15/4/2028.",
        "- Giao Khoa Dược (đồng chí Trần Thị Mai, Phó Giám đốc Bệnh viện trực tiếp chỉ đạo) rà soát danh "
        "mục thuốc sử dụng tại bệnh viện, hoàn thành trước ngày 31/3/2028.",
        "- Phòng Tài chính kế toán thanh toán chế độ trực cho viên chức trong tháng 3/2028.",
        "3. Về công tác hành chính",
        "Duy trì họp giao ban chuyên môn vào sáng thứ Hai hằng tuần; Phòng Kế hoạch tổng hợp chuẩn bị "
        "nội dung.",
        "Các thành viên Ban Giám đốc theo lĩnh vực được phân công chỉ đạo, kiểm tra việc thực hiện.",
        "Các khoa, phòng báo cáo kết quả thực hiện về Phòng Kế hoạch tổng hợp trước ngày 25/4/2028.",
        "Phòng Hành chính quản trị thông báo để các khoa, phòng biết, thực hiện.",
        "Nơi nhận:",
        "- Ban Giám đốc;",
        "- Các khoa, phòng;",
        "- Lưu: VT, HCQT.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn Khải",
    ):
        document.add_paragraph(text)
    document.save(path)


# The notice's lines (a paragraph is one line, as a plain text file prints it)
TC2_LINES = (
    "HUYỆN ĐOÀN SÔNG MÃ",
    "BAN THƯỜNG VỤ",
    "Số: 112-TB/HĐTN",
    "",
    "THÔNG BÁO",
    "Kết luận của Ban Thường vụ Huyện đoàn tại hội nghị tháng 4/2029",
    "",
    "Ngày 02/4/2029, Ban Thường vụ Huyện đoàn họp hội nghị thường kỳ tháng 4/2029 dưới sự chủ "
    "trì của đồng chí Bí thư Huyện đoàn. Ban Thường vụ Huyện đoàn kết luận như sau:",
    "",
    "1. Về dự thảo Kế hoạch tổ chức Tháng Thanh niên năm 2029",
    "Ban Thường vụ cơ bản thống nhất với dự thảo Kế hoạch. Giao Ban Phong trào Huyện đoàn tiếp "
    "thu ý kiến, hoàn chỉnh Kế hoạch, trình ký ban hành trước ngày 10/4/2029.",
    "2. Về công tác tổ chức",
    "- Đồng ý chủ trương kiện toàn Ban Chấp hành Đoàn xã Tân Phú. Giao Ban Tổ chức - Kiểm tra "
    "Huyện đoàn hướng dẫn quy trình, hoàn thành trước ngày 30/4/2029.",
    "- Giao Trung tâm Hoạt động thanh thiếu nhi huyện (đồng chí Lê Minh Tú, Phó Bí thư Huyện "
    "đoàn trực tiếp phụ trách) tổ chức trại hè cho thiếu nhi, hoàn thành trong tháng 7/2029.",
    "3. Về chế độ sinh hoạt",
    "Duy trì sinh hoạt chi đoàn vào ngày 15 hằng tháng; Văn phòng Huyện đoàn tổng hợp tình hình.",
    "",
    "Các đồng chí Ủy viên Ban Chấp hành Huyện đoàn theo địa bàn được phân công theo dõi, đôn đốc thực hiện.",
    "Các cơ sở Đoàn báo cáo kết quả về Ban Thường vụ Huyện đoàn (qua Văn phòng) trước ngày 20/5/2029.",
    "Văn phòng Huyện đoàn thông báo để các cơ sở Đoàn biết, thực hiện.",
    "",
    "Nơi nhận:",
    "- Tỉnh đoàn (b/c);",
    "- Các cơ sở Đoàn;",
    "- Lưu VP.",
    "TM. BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Hà Thị Lan",
)
TC2_TEXT = "\n".join(TC2_LINES) + "\n"


def tc2_txt(path: Path) -> None:
    """A district Youth Union standing committee's conclusions of April 2029 (plain text, UTF-8)."""
    path.write_text(TC2_TEXT, encoding="utf-8")


def siblings_tc() -> None:
    tc1_docx(DOCS / "tc1_tbkl_benh_vien_thong_nhat_roi_giao.docx")
    tc2_txt(DOCS / "tc2_tbkl_huyen_doan_dong_y_roi_giao.txt")
