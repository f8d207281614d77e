"""The main corpus's siblings of the held-out documents h615 and h476 (moved to the main corpus when the
importer was taught their shape, by h13fixTE on 2026-12-06): a notice of conclusions whose point opens
with the chair's assessment (an acknowledgement or praise, a shortcoming that remains: `… ghi nhận …;
tuy nhiên … còn hạn chế. Giao <unit> …`) and assigns in a later sentence, a point given to a post
followed by an undated charge to every deputy (no task), and the closing formula that names what it
conveys (`<office> thông báo kết luận của <chair> để các … biết, thực hiện./.`: no task).
Their expected items (expected/te1_…, te2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-te` writes the two.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def te1_docx(path: Path) -> None:
    """A provincial Department of Agriculture's conclusions at its January 2028 briefing (.docx): five
    topic headings over dashes or plain paragraphs, an assessment before `Giao …`, a deputy director's
    point and the charge to every deputy after it, a request to a body outside, the closing request and
    the office's formula naming the director's conclusions."""
    from docx import Document

    document = Document()
    for text in (
        "UBND TỈNH TÂY NGUYÊN",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "Số: 27/TB-SNNMT",
        "THÔNG BÁO",
        "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 01/2028",
        "Ngày 05/01/2028, Giám đốc Sở chủ trì cuộc họp giao ban đánh giá kết quả tháng 12/2027, triển "
        "khai nhiệm vụ tháng 01 và Quý I/2028. Sau khi nghe các đơn vị báo cáo, Giám đốc Sở kết luận "
        "như sau:",
        "I. ĐÁNH GIÁ CHUNG",
        "Trong tháng 12/2027, các đơn vị đã hoàn thành kế hoạch gieo trồng vụ Đông; tổng đàn gia súc ổn "
        "định, không phát sinh ổ dịch mới.",
        "II. NHIỆM VỤ THỜI GIAN TỚI",
        "1. Về sản xuất vụ Đông Xuân",
        "- Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn các huyện lịch xuống giống, phòng trừ sinh vật "
        "gây hại lúa Đông Xuân, hoàn thành trước ngày 15/01/2028.",
        "- Trung tâm Khuyến nông tổ chức tập huấn kỹ thuật canh tác cà phê tái canh cho nông dân hằng tháng.",
        "2. Về phòng, chống dịch bệnh gia súc",
        "Giám đốc Sở ghi nhận kết quả tiêm phòng vắc xin lở mồm long móng đợt 2 năm 2027; tuy nhiên công "
        "tác giám sát dịch bệnh tại cơ sở còn hạn chế. Giao Chi cục Chăn nuôi và Thú y chủ trì, phối hợp "
        "Ủy ban nhân dân các huyện tổ chức tiêm phòng bổ sung cho đàn gia súc mới nhập, hoàn thành trước "
        "ngày 28/02/2028.",
        "3. Về thủy lợi",
        "Chi cục Thủy lợi kiểm tra an toàn các hồ chứa nước trong mùa khô; thực hiện thường xuyên.",
        "4. Về lâm nghiệp",
        "Phó Giám đốc Sở phụ trách lâm nghiệp (ông Y Blăk Niê) trực tiếp kiểm tra công tác phòng cháy, "
        "chữa cháy rừng tại các huyện vùng cao, báo cáo Giám đốc Sở trước ngày 20/3/2028.",
        "Các Phó Giám đốc Sở theo lĩnh vực được phân công chỉ đạo các đơn vị triển khai kết luận này.",
        "5. Về phối hợp với các hội, đoàn thể",
        "Đề nghị Hội Nông dân tỉnh phối hợp Trung tâm Khuyến nông tổ chức hội thảo liên kết tiêu thụ "
        "nông sản, hoàn thành trước ngày 30/4/2028.",
        "Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 25/3/2028.",
        "Văn phòng Sở thông báo kết luận của Giám đốc Sở để các phòng, đơn vị biết, thực hiện./.",
        "Nơi nhận:",
        "- Giám đốc, các PGĐ Sở;",
        "- Các phòng, đơn vị thuộc Sở;",
        "- Lưu: VT, VP.",
        "TL. GIÁM ĐỐC",
        "CHÁNH VĂN PHÒNG",
        "Phạm Thị Hòa",
    ):
        document.add_paragraph(text)
    document.save(path)


# The notice's lines (a paragraph is one line, as a plain text file prints it)
TE2_LINES = (
    "TRƯỜNG ĐẠI HỌC KINH TẾ NAM TRUNG",
    "Số: 318/TB-ĐHKTNT",
    "",
    "THÔNG BÁO",
    "Ý kiến kết luận của Hiệu trưởng tại phiên họp giao ban tháng 9/2027",
    "",
    "Ngày 28/9/2027, Hiệu trưởng chủ trì phiên họp giao ban với lãnh đạo các phòng, khoa. Sau khi nghe "
    "các đơn vị báo cáo, Hiệu trưởng kết luận như sau:",
    "",
    "1. Đánh giá chung",
    "Tháng 9/2027, Nhà trường đã hoàn thành tuyển sinh và khai giảng năm học mới đúng kế hoạch.",
    "2. Nhiệm vụ trọng tâm tháng 10/2027",
    "2.1. Phòng Đào tạo",
    "- Hoàn thiện thời khóa biểu học kỳ I cho sinh viên khóa 2027, trước ngày 05/10/2027.",
    "- Rà soát chuẩn đầu ra các chương trình đào tạo trình độ đại học, hoàn thành trong tháng 11/2027.",
    "2.2. Phòng Khoa học công nghệ và Hợp tác quốc tế",
    "Tổng hợp danh mục đề tài khoa học cấp trường năm 2028, trình Hiệu trưởng trước ngày 20/10/2027.",
    "3. Về cơ sở vật chất",
    "Hiệu trưởng đánh giá cao việc sửa chữa ký túc xá hoàn thành đúng tiến độ. Tuy nhiên, hệ thống "
    "phòng cháy tại khu nhà C còn nhiều bất cập. Giao Phòng Quản trị - Thiết bị kiểm tra, thay thế thiết "
    "bị phòng cháy, hoàn thành trước ngày 31/10/2027.",
    "Phó Hiệu trưởng phụ trách cơ sở vật chất (TS. Đinh Quang Vũ) chỉ đạo xây dựng kế hoạch bảo trì "
    "giảng đường năm 2028, trình Hiệu trưởng trước ngày 15/11/2027.",
    "Các Phó Hiệu trưởng theo lĩnh vực được phân công chỉ đạo các đơn vị triển khai thực hiện.",
    "4. Tổ chức thực hiện",
    "Các đơn vị báo cáo kết quả thực hiện về Phòng Hành chính - Tổng hợp trước ngày 28/10/2027.",
    "Phòng Hành chính - Tổng hợp thông báo ý kiến kết luận của Hiệu trưởng để các đơn vị biết, thực hiện./.",
    "",
    "Nơi nhận:",
    "- Ban Giám hiệu;",
    "- Các phòng, khoa;",
    "- Lưu: VT, HCTH.",
    "TL. HIỆU TRƯỞNG",
    "TRƯỞNG PHÒNG HÀNH CHÍNH - TỔNG HỢP",
    "Lê Văn Thành",
)
TE2_TEXT = "\n".join(TE2_LINES) + "\n"


def te2_txt(path: Path) -> None:
    """A university rector's conclusions of September 2027 (plain text, UTF-8): unit headings over
    dashes, praise and a shortcoming before `Giao …`, a deputy rector's point and the charge to every
    deputy, the closing request and the formula conveying the rector's conclusions."""
    path.write_text(TE2_TEXT, encoding="utf-8")


def siblings_te() -> None:
    te1_docx(DOCS / "te1_tbkl_so_nnmt_danh_gia_roi_giao.docx")
    te2_txt(DOCS / "te2_tbkl_dai_hoc_danh_gia_roi_giao.txt")
