"""The main corpus's siblings of the held-out documents h737 and h745 (moved to the main corpus when the
importer was taught their shapes, by h13fixYJ on 2026-12-06).

`yj1` (h737's shape): a provincial Red Cross Society's notice of the chairwoman's conclusions (.docx)
whose numbered points give two tasks to the issuer's own deputy chairs by the field in their charge,
one with the holder noted in parentheses and `chỉ đạo` before an act (`Phó Chủ tịch phụ trách công
tác xã hội (bà …) chỉ đạo xây dựng …`), one without (`Phó Chủ tịch phụ trách công tác tuyên truyền
chủ trì …`): the post leads as printed, with its field, without the holder; a third deputy chair
directs a named office (`… chỉ đạo Văn phòng Hội rà soát …`), which leads; an undated charge to every
deputy chair is no item.

`yj2` (h745's shape): a provincial People's Council standing committee's notice of conclusions (plain
text) whose committees are named by two-part dashed names followed by the council's short form and
level (`Ban Kinh tế - Ngân sách HĐND tỉnh thẩm tra …`, `Ban Đô thị - Giao thông HĐND tỉnh …`): the
whole name leads; a heading's plain paragraphs end with an undated charge to every deputy of the
council (`Các vị đại biểu HĐND tỉnh nghiên cứu …`), no item, while their dated report stays one.

`yj3` (both shapes): a provincial Labour Federation's notice of conclusions (Markdown): `Ban Tuyên
giáo - Nữ công LĐLĐ tỉnh hướng dẫn …` and a deputy chair by his field with the holder noted.

Their expected items (expected/yj1_…, yj2_…, yj3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-yj` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YJ1_PARAGRAPHS = (
    "HỘI CHỮ THẬP ĐỎ TỈNH BÌNH SƠN",
    "BAN THƯỜNG VỤ",
    "Số: 21/TB-CTĐ",
    "Bình Sơn, ngày 10 tháng 3 năm 2027",
    "THÔNG BÁO",
    "Kết luận của Chủ tịch Hội Chữ thập đỏ tỉnh tại cuộc họp Ban Thường vụ tháng 3/2027",
    "Ngày 08/3/2027, bà Trịnh Thị Vân, Chủ tịch Hội Chữ thập đỏ tỉnh chủ trì cuộc họp Ban Thường vụ; dự "
    "họp có các Phó Chủ tịch, Chánh Văn phòng và trưởng các ban. Sau khi nghe Văn phòng báo cáo và ý kiến "
    "thảo luận, Chủ tịch Hội kết luận như sau:",
    "1. Về kết quả tháng 02/2027",
    "Trong tháng 02/2027, các cấp Hội đã vận động được 4,2 tỷ đồng, trao 3.150 suất quà cho người nghèo "
    "dịp Tết Nguyên đán.",
    "2. Nhiệm vụ thời gian tới",
    "2.1. Văn phòng Hội hoàn thiện báo cáo sơ kết quý I/2027, gửi Trung ương Hội trước ngày 25/3/2027.",
    "2.2. Phó Chủ tịch phụ trách công tác xã hội (bà Hà Thị Nga) chỉ đạo xây dựng kế hoạch cứu trợ mùa "
    "mưa bão năm 2027, hoàn thành trước ngày 30/4/2027.",
    "2.3. Phó Chủ tịch phụ trách công tác tuyên truyền chủ trì tổ chức Hội thi sơ cấp cứu cấp tỉnh trong "
    "tháng 6/2027.",
    "2.4. Phó Chủ tịch phụ trách công tác tổ chức chỉ đạo Văn phòng Hội rà soát, cập nhật danh sách tình "
    "nguyện viên hiến máu, báo cáo trước ngày 15/4/2027.",
    "2.5. Ban Công tác xã hội phối hợp Trung tâm Truyền máu tỉnh tổ chức Ngày hội hiến máu tình nguyện "
    "vào ngày 18/4/2027.",
    "2.6. Các Phó Chủ tịch theo lĩnh vực được phân công chỉ đạo các ban, hội cấp huyện triển khai nhiệm vụ "
    "được giao.",
    "2.7. Hội Chữ thập đỏ các huyện, thành phố gửi báo cáo kết quả vận động Tháng Nhân đạo về Văn phòng "
    "Hội trước ngày 20/5/2027.",
    "Văn phòng Hội thông báo để các ban, hội cấp huyện biết, thực hiện./.",
    "Nơi nhận:",
    "- Trung ương Hội (b/c);",
    "- Ban Thường vụ;",
    "- Lưu: VT, VP.",
    "TL. CHỦ TỊCH",
    "CHÁNH VĂN PHÒNG",
    "Đào Minh Tâm",
)
_YJ1_BOLD = ("THÔNG BÁO", "1. ", "2. ")


def yj1_docx(path: Path) -> None:
    """A provincial Red Cross Society's notice of the chairwoman's conclusions (.docx): numbered points
    2.1–2.7, three given to deputy chairs by their fields."""
    from docx import Document

    document = Document()
    for text in YJ1_PARAGRAPHS:
        run = document.add_paragraph().add_run(text)
        if text.startswith(_YJ1_BOLD):
            run.bold = True
    document.save(path)


# The notice's lines (a paragraph is one line, as a plain text file prints it)
YJ2_LINES = (
    "HỘI ĐỒNG NHÂN DÂN",
    "TỈNH TRÀ GIANG",
    "THƯỜNG TRỰC",
    "Số: 118/TB-HĐND",
    "",
    "THÔNG BÁO",
    "Kết luận của Thường trực Hội đồng nhân dân tỉnh tại phiên họp tháng 6/2027",
    "",
    "Ngày 15/6/2027, Thường trực Hội đồng nhân dân (HĐND) tỉnh họp phiên thường kỳ tháng 6 để cho ý kiến "
    "về công tác chuẩn bị Kỳ họp thứ tám HĐND tỉnh. Đồng chí Mai Xuân Hòa, Chủ tịch HĐND tỉnh chủ trì. "
    "Chủ tịch HĐND tỉnh kết luận như sau:",
    "",
    "1. Đánh giá chung",
    "Các cơ quan đã cơ bản chuẩn bị nội dung kỳ họp theo kế hoạch; một số tờ trình còn gửi chậm.",
    "",
    "2. Chuẩn bị Kỳ họp thứ tám",
    "- Đề nghị Ủy ban nhân dân tỉnh gửi các báo cáo, tờ trình trình kỳ họp về Thường trực HĐND tỉnh trước "
    "ngày 01/7/2027.",
    "- Ban Kinh tế - Ngân sách HĐND tỉnh thẩm tra báo cáo quyết toán ngân sách địa phương năm 2026, hoàn "
    "thành trước ngày 08/7/2027.",
    "- Ban Đô thị - Giao thông HĐND tỉnh khảo sát tiến độ các dự án giao thông trọng điểm, báo cáo Thường "
    "trực HĐND tỉnh trước ngày 05/7/2027.",
    "",
    "3. Công tác giám sát",
    "- Ban Kinh tế - Ngân sách chủ trì giám sát việc quản lý, sử dụng vốn đầu tư công năm 2027, báo cáo "
    "Thường trực HĐND tỉnh trong tháng 9/2027.",
    "",
    "4. Các nội dung khác",
    "Đề nghị Ủy ban MTTQ Việt Nam tỉnh tổng hợp ý kiến, kiến nghị của cử tri, gửi Thường trực HĐND tỉnh "
    "trước ngày 03/7/2027.",
    "Các vị đại biểu HĐND tỉnh nghiên cứu kỹ tài liệu, chuẩn bị nội dung thảo luận, chất vấn tại kỳ họp.",
    "Các tổ đại biểu HĐND tỉnh gửi báo cáo kết quả tiếp xúc cử tri về Thường trực HĐND tỉnh trước ngày "
    "06/7/2027.",
    "Văn phòng HĐND tỉnh theo dõi, đôn đốc việc thực hiện, báo cáo Thường trực HĐND tỉnh tại phiên họp "
    "tháng 7/2027.",
    "",
    "Trên đây là Thông báo kết luận phiên họp tháng 6/2027 của Thường trực HĐND tỉnh./.",
    "",
    "Nơi nhận:",
    "- Thường trực Tỉnh ủy (b/c);",
    "- UBND tỉnh;",
    "- Các Ban HĐND tỉnh;",
    "- Lưu: VT.",
    "TM. THƯỜNG TRỰC HĐND",
    "CHỦ TỊCH",
    "Mai Xuân Hòa",
)
YJ2_TEXT = "\n".join(YJ2_LINES) + "\n"


def yj2_txt(path: Path) -> None:
    """A provincial People's Council standing committee's notice of conclusions (plain text, UTF-8)."""
    path.write_text(YJ2_TEXT, encoding="utf-8")


YJ3_LINES = (
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH VĨNH THUẬN",
    "",
    "Số: 64/TB-LĐLĐ",
    "",
    "Vĩnh Thuận, ngày 06 tháng 4 năm 2028",
    "",
    "## THÔNG BÁO",
    "",
    "**Kết luận của Chủ tịch Liên đoàn Lao động tỉnh tại cuộc họp Thường trực tháng 4/2028**",
    "",
    "Ngày 03/4/2028, đồng chí Lâm Văn Sơn, Chủ tịch Liên đoàn Lao động (LĐLĐ) tỉnh chủ trì cuộc họp "
    "Thường trực. Sau khi nghe báo cáo và ý kiến thảo luận, Chủ tịch LĐLĐ tỉnh kết luận như sau:",
    "",
    "1. Ban Tuyên giáo - Nữ công LĐLĐ tỉnh hướng dẫn các công đoàn cơ sở tổ chức các hoạt động Tháng "
    "Công nhân năm 2028, hoàn thành trước ngày 20/4/2028.",
    "2. Phó Chủ tịch phụ trách tài chính (bà Phùng Thị Lan) chỉ đạo kiểm tra việc thu, nộp kinh phí công "
    "đoàn tại các doanh nghiệp khu công nghiệp, hoàn thành trong Quý II/2028.",
    "3. Văn phòng LĐLĐ tỉnh chuẩn bị nội dung Hội nghị đối thoại với công nhân lao động, trình Thường "
    "trực trước ngày 25/4/2028.",
    "4. Các công đoàn cơ sở báo cáo kết quả tổ chức Tháng Công nhân về Ban Tuyên giáo - Nữ công trước "
    "ngày 30/5/2028.",
    "",
    "Văn phòng LĐLĐ tỉnh thông báo để các ban, đơn vị biết, thực hiện./.",
    "",
    "**Nơi nhận:**",
    "- Tổng LĐLĐ Việt Nam (b/c);",
    "- Các ban LĐLĐ tỉnh;",
    "- Lưu: VT, VP.",
    "",
    "**TL. CHỦ TỊCH**",
    "",
    "**CHÁNH VĂN PHÒNG**",
    "",
    "Tạ Quang Huy",
)
YJ3_TEXT = "\n".join(YJ3_LINES) + "\n"


def yj3_md(path: Path) -> None:
    """A provincial Labour Federation's notice of the chairman's conclusions (Markdown)."""
    path.write_text(YJ3_TEXT, encoding="utf-8")


def siblings_yj() -> None:
    yj1_docx(DOCS / "yj1_tbkl_hoi_chu_thap_do_tinh.docx")
    yj2_txt(DOCS / "yj2_tbkl_thuong_truc_hdnd_tinh.txt")
    yj3_md(DOCS / "yj3_tbkl_ldld_tinh.md")
