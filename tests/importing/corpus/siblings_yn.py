"""The main corpus's siblings of the held-out documents h760 and h772 (moved to the main corpus when the
importer was taught their shapes, by h13fixYN on 2026-12-06).

`yn1` (h760's shape): a district coach station board's Tết plan (plain text, the title block in two
space-aligned columns) whose numbered doers are labels over lettered points: the head by his post, a
deputy head by the field in his charge with the holder noted in parentheses (`2. Phó Trưởng ban phụ
trách điều hành, an toàn (bà …)`: the post with its field leads, without the holder), a team; a point
whose goods' sales are counted by the months named (`doanh thu bán hàng tháng 12/2026 và tháng
01/2027`: no monthly round, the point's own date is its due).

`yn2` (h772's shape): a provincial traffic police division's yearly plan (.docx) whose numbered points
name their team after the task (`…; Đội X chủ trì`), one given to the deputy head by his field with his
rank and name in parentheses before `chỉ đạo` (`Phó Trưởng phòng phụ trách công tác tuần tra, kiểm soát
(Thượng tá …) chỉ đạo …`: the post leads), one whose rounds are listed after their count and a colon
in parentheses (`(02 đợt: tháng 3 và tháng 9/2027)`: the last round's month end).

`yn3` (both shapes): a fire and rescue police team's plan (Markdown): a deputy team head by his field
with his rank noted (`2. Phó Đội trưởng phụ trách công tác chữa cháy (Đại úy …)`) as a label over dash
tasks, and rounds listed as `(02 lần: tháng 6 và tháng 11/2027)`.

Their expected items (expected/yn1_…, yn2_…, yn3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-yn` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YN1_LINES = (
    "UBND HUYỆN ĐÔNG HẢI                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "BAN QUẢN LÝ BẾN XE KHÁCH                  Độc lập - Tự do - Hạnh phúc",
    "Số: 04/KH-BQLBX                           Đông Hải, ngày 20 tháng 12 năm 2026",
    "",
    "KẾ HOẠCH",
    "Phục vụ vận tải hành khách dịp Tết Nguyên đán năm 2027",
    "",
    "Căn cứ nhu cầu đi lại của nhân dân dịp Tết tăng cao, Ban Quản lý bến xe khách huyện xây dựng Kế hoạch",
    "như sau:",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Phục vụ đầy đủ nhu cầu đi lại của nhân dân, không để hành khách bị ùn ứ tại bến.",
    "",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Trưởng Ban Quản lý bến xe",
    "   a) Làm việc với các doanh nghiệp vận tải đăng ký tăng chuyến, xong trước ngày 05/01/2027.",
    "   b) Chủ trì họp giao ban các nhà xe triển khai phương án phục vụ Tết vào ngày 12/01/2027.",
    "2. Phó Trưởng ban phụ trách điều hành, an toàn (bà Trần Thị Hoa)",
    "   a) Bố trí thêm 04 cửa bán vé tạm thời tại sảnh chờ, niêm yết giá vé công khai, hoàn thành",
    "      trước ngày 15/01/2027.",
    "   b) Kiểm tra điều kiện an toàn phương tiện trước khi xuất bến; thực hiện hằng ngày từ 25/01 đến",
    "      10/02/2027.",
    "3. Tổ Kiểm soát xuất bến",
    "   a) Kiểm tra lệnh vận chuyển, không để xe chở quá số người quy định trong các ngày từ 25/01 đến",
    "      10/02/2027.",
    "   b) Lập sổ theo dõi xe tăng chuyến, gửi Trưởng ban trước ngày 20/01/2027.",
    "4. Tổ Tài vụ đối chiếu doanh thu bán hàng tháng 12/2026 và tháng 01/2027 của các ki-ốt trong bến;",
    "   gửi báo cáo về Trưởng ban trước ngày 20/02/2027.",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "Kinh phí thực hiện từ nguồn thu dịch vụ bến xe năm 2027.",
    "",
    "Nơi nhận:                                  TRƯỞNG BAN",
    "- UBND huyện (b/c);",
    "- Các tổ;                                  (đã ký)",
    "- Lưu: BQLBX.",
    "                                           Đinh Văn Khải",
)
YN1_TEXT = "\n".join(YN1_LINES) + "\n"


def yn1_txt(path: Path) -> None:
    """A district coach station board's Tết plan (plain text, UTF-8)."""
    path.write_text(YN1_TEXT, encoding="utf-8")


YN2_PARAGRAPHS = (
    "KẾ HOẠCH",
    "Bảo đảm trật tự, an toàn giao thông đường bộ năm 2027",
    "Thực hiện Kế hoạch công tác năm 2027 của Công an tỉnh, Phòng Cảnh sát giao thông xây dựng Kế hoạch "
    "bảo đảm trật tự, an toàn giao thông năm 2027 như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Kéo giảm tai nạn giao thông trên cả ba tiêu chí; không để xảy ra ùn tắc kéo dài.",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn trên các tuyến quốc lộ; Đội Tuần tra, kiểm soát "
    "số 1 chủ trì, thực hiện thường xuyên.",
    "2. Khảo sát các điểm đen, điểm tiềm ẩn tai nạn giao thông trên địa bàn tỉnh, đề xuất biện pháp khắc "
    "phục, hoàn thành trong quý II/2027 (Đội Hướng dẫn, tuyên truyền, điều tra và giải quyết tai nạn).",
    "3. Phối hợp Sở Xây dựng kiểm tra tải trọng xe tại các mỏ đá, bến thủy nội địa (02 đợt: tháng 3 và "
    "tháng 9/2027); Đội Tuần tra, kiểm soát số 2 chủ trì.",
    "4. Phó Trưởng phòng phụ trách công tác tuần tra, kiểm soát (Thượng tá Lê Quang Minh) chỉ đạo xây "
    "dựng phương án phân luồng dịp Lễ 30/4 và 01/5; trình Lãnh đạo Phòng trước ngày 10/4/2027.",
    "5. Đề nghị Công an các xã, phường phối hợp tuyên truyền, vận động nhân dân chấp hành pháp luật về "
    "giao thông.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Đội Tham mưu là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch, tham mưu Lãnh đạo "
    "Phòng sơ kết, tổng kết.",
    "2. Các Đội căn cứ Kế hoạch xây dựng kế hoạch chi tiết, gửi Đội Tham mưu trước ngày 25/01/2027.",
    "Yêu cầu các Đội nghiêm túc triển khai thực hiện./.",
)
_YN2_HEADER = (
    (
        "CÔNG AN TỈNH HÀ NGUYÊN\nPHÒNG CẢNH SÁT GIAO THÔNG\nSố: 15/KH-CSGT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    ),
    ("", "Hà Nguyên, ngày 22 tháng 12 năm 2026"),
)
_YN2_FOOTER = (
    "Nơi nhận:\n- Đ/c Giám đốc CAT (b/c);\n- Lãnh đạo Phòng;\n- Các Đội;\n- Lưu: HS, ĐTM.",
    "TRƯỞNG PHÒNG\n\n\n\nĐại tá Nguyễn Hữu Thành",
)


def yn2_docx(path: Path) -> None:
    """A provincial traffic police division's yearly plan (.docx): the header and the signature in
    tables, numbered points naming their team after the task."""
    from docx import Document

    document = Document()
    header = document.add_table(rows=2, cols=2)
    for row, cells in zip(header.rows, _YN2_HEADER, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for text in YN2_PARAGRAPHS:
        document.add_paragraph(text)
    footer = document.add_table(rows=1, cols=2)
    for cell, text in zip(footer.rows[0].cells, _YN2_FOOTER, strict=True):
        cell.text = text
    document.save(path)


YN3_LINES = (
    "**CÔNG AN TỈNH HÀ NGUYÊN**  ",
    "**PHÒNG CẢNH SÁT PCCC VÀ CNCH**  ",
    "**ĐỘI CẢNH SÁT PCCC VÀ CNCH KHU VỰC 2**",
    "",
    "Số: 07/KH-ĐKV2 — Hà Nguyên, ngày 28 tháng 12 năm 2026",
    "",
    "# KẾ HOẠCH",
    "## Công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2027",
    "",
    "Thực hiện Kế hoạch công tác năm 2027 của Phòng Cảnh sát PCCC và CNCH, Đội Cảnh sát PCCC và CNCH "
    "khu vực 2 xây dựng Kế hoạch như sau:",
    "",
    "### I. NHIỆM VỤ CỤ THỂ",
    "",
    "1. Tổ Kiểm tra an toàn PCCC",
    "- Lập danh sách các cơ sở thuộc diện quản lý phải kiểm tra định kỳ, trình Lãnh đạo Đội trước ngày "
    "15/01/2027.",
    "- Kiểm tra an toàn PCCC tại các cơ sở kinh doanh karaoke, quán bar trong quý II/2027.",
    "",
    "2. Phó Đội trưởng phụ trách công tác chữa cháy (Đại úy Phan Văn Lực)",
    "- Tổ chức thực tập phương án chữa cháy tại các chợ, trung tâm thương mại (02 lần: tháng 6 và tháng "
    "11/2027).",
    "- Kiểm tra, bảo dưỡng xe chữa cháy, phương tiện chữa cháy trước mùa khô, hoàn thành trước ngày "
    "31/3/2027.",
    "",
    "3. Tổ Tuyên truyền tổ chức tuyên truyền kiến thức PCCC tại 15 khu dân cư, xong trước ngày 30/9/2027.",
    "",
    "### II. TỔ CHỨC THỰC HIỆN",
    "",
    "Tổ Tổng hợp là bộ phận đầu mối, theo dõi, tổng hợp kết quả, báo cáo Đội trưởng trước ngày 15/12/2027.",
    "",
    "**ĐỘI TRƯỞNG**  ",
    "Thiếu tá Hồ Minh Quân",
)
YN3_TEXT = "\n".join(YN3_LINES) + "\n"


def yn3_md(path: Path) -> None:
    """A fire and rescue police team's yearly plan (Markdown)."""
    path.write_text(YN3_TEXT, encoding="utf-8")


def siblings_yn() -> None:
    yn1_txt(DOCS / "yn1_kh_ban_quan_ly_ben_xe_tet.txt")
    yn2_docx(DOCS / "yn2_kh_phong_csgt_tinh.docx")
    yn3_md(DOCS / "yn3_kh_doi_pccc_khu_vuc.md")
