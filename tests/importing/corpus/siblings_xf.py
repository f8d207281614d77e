"""The main corpus's siblings of the held-out documents h709 and h706 (moved to the main corpus when the
importer was taught their shapes, by h13fixXF on 2026-12-06). xf1 and xf2, h709's: a body's plan whose
numbered unit labels stand over dash points, each point's time printed inside its sentence — a round
named by `theo` closing it (`… báo cáo Sở … theo quý.`, `… theo từng tháng.`: recurring), a month or
quarter with its year as the sentence's last clause after `;` (`…; tháng 9 năm 2028.`, `…; quý
III/2028.`), beside ordinary dated points and a split by periods that is no round (`kế hoạch vốn phân
kỳ theo quý, trình trước ngày …`: the day). xf3, h706's: a week calendar sheet whose request to every
unit is typed on a line of its own under the table, in the content column with no note label (`Các
phòng … đăng ký lịch tuần sau … trước 16h00 thứ Năm hằng tuần.`: recurring, not the day above). Their
expected items (expected/xf1_…, xf2_…, xf3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-xf` writes the three.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

XF1_PARAGRAPHS = (
    "KẾ HOẠCH",
    "Triển khai công tác thủy lợi và phòng, chống thiên tai năm 2028",
    "Thực hiện Chương trình công tác năm 2028 của UBND tỉnh, Sở Nông nghiệp và Môi trường ban hành Kế "
    "hoạch như sau:",
    "I. NHIỆM VỤ CỤ THỂ",
    "1. Chi cục Thủy lợi",
    "- Rà soát, cập nhật phương án vận hành các hồ chứa nước vừa và nhỏ trên địa bàn tỉnh, trình Sở "
    "phê duyệt trước ngày 31/3/2028.",
    "- Tổng hợp, báo cáo Bộ Nông nghiệp và Môi trường tình hình an toàn đập, hồ chứa nước theo quý.",
    "- Kiểm tra hiện trạng các công trình đê điều xung yếu tại huyện Phú Lộc; tháng 9 năm 2028.",
    "2. Phòng Kế hoạch - Tài chính",
    "- Xây dựng kế hoạch vốn duy tu, sửa chữa công trình thủy lợi phân kỳ theo quý, trình Giám đốc Sở "
    "trước ngày 20/01/2028.",
    "3. Văn phòng Sở",
    "- Cập nhật số liệu thiệt hại do thiên tai trên phần mềm của Bộ theo từng tháng.",
    "- Tổ chức diễn tập phương án ứng phó bão mạnh, siêu bão tại xã Vinh Hải; quý III/2028.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 15/12/2028.",
    "Nơi nhận:",
    "- UBND tỉnh (b/c);",
    "- Các phòng, đơn vị thuộc Sở;",
    "- Lưu: VT, TL.",
    "GIÁM ĐỐC",
    "Hồ Văn Lực",
)


def xf1_docx(path: Path) -> None:
    """A provincial Department of Agriculture and Environment's plan on irrigation and disaster
    prevention for 2028 (.docx): bold numbered unit labels over dash points."""
    from docx import Document

    document = Document()
    for text in XF1_PARAGRAPHS:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if text[:2] in ("1.", "2.", "3.", "I.") or text.startswith("II."):
            run.bold = True
    document.save(path)


XF2_LINES = (
    "UBND HUYỆN NAM ĐÀN",
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
    "",
    "# KẾ HOẠCH",
    "",
    "**Thực hiện nhiệm vụ kiểm định chất lượng giáo dục năm 2029**",
    "",
    "Căn cứ Kế hoạch số 25/KH-UBND ngày 10/01/2029 của UBND huyện, Phòng Giáo dục và Đào tạo xây dựng "
    "Kế hoạch như sau:",
    "",
    "## I. NHIỆM VỤ CỤ THỂ",
    "",
    "**1. Tổ Tiểu học**",
    "",
    "- Hướng dẫn các trường tiểu học hoàn thiện hồ sơ tự đánh giá, gửi Phòng trước ngày 15/4/2029.",
    "- Tổng hợp, báo cáo Sở Giáo dục và Đào tạo tiến độ tự đánh giá của các trường theo quý.",
    "",
    "**2. Tổ Trung học cơ sở**",
    "",
    "- Kiểm tra công tác kiểm định tại các trường THCS Xuân Hòa, Nam Thanh; tháng 10/2029.",
    "- Tập huấn nghiệp vụ đánh giá ngoài cho cán bộ quản lý các trường; quý II năm 2029.",
    "",
    "**3. Bộ phận Tổng hợp**",
    "",
    "- Cập nhật cơ sở dữ liệu kiểm định chất lượng giáo dục của huyện theo tháng.",
    "",
    "## II. TỔ CHỨC THỰC HIỆN",
    "",
    "Các trường báo cáo kết quả tự đánh giá về Phòng Giáo dục và Đào tạo trước ngày 30/11/2029.",
    "",
    "**TRƯỞNG PHÒNG**",
    "",
    "Nguyễn Thị Thu Hương",
)
XF2_TEXT = "\n".join(XF2_LINES) + "\n"


def xf2_md(path: Path) -> None:
    """A district education office's plan on school quality accreditation for 2029 (Markdown): bold
    numbered team labels over dash points."""
    path.write_text(XF2_TEXT, encoding="utf-8")


XF3_HEADER = ("Ngày", "Buổi", "Giờ", "Nội dung", "Lãnh đạo", "Đơn vị chuẩn bị", "Địa điểm")
XF3_ROWS = (
    ("Thứ Hai\n15/10/2029", "Sáng", "7h30", "Giao ban lãnh đạo Sở", "Giám đốc", "Văn phòng Sở", "Phòng họp A"),
    ("", "Chiều", "14h00", "Họp Hội đồng thi đua, khen thưởng Sở", "Giám đốc", "Phòng Tổ chức cán bộ", "Phòng họp A"),
    ("Thứ Ba\n16/10/2029", "Sáng", "8h00", "Kiểm tra công tác an toàn lao động tại Cảng cá Tân Mỹ",
     "Phó Giám đốc Trần Văn Dũng", "Phòng Kế hoạch - Tài chính", "Cảng cá Tân Mỹ"),
    ("", "Chiều", "", "Làm việc tại cơ quan", "Giám đốc", "", ""),
    ("Thứ Tư\n17/10/2029", "Sáng", "8h00", "Tiếp công dân định kỳ", "Giám đốc", "Thanh tra Sở", "Phòng tiếp công dân"),
    ("Thứ Năm\n18/10/2029", "Chiều", "14h00", "Duyệt báo cáo quyết toán ngân sách 9 tháng năm 2029",
     "Phó Giám đốc Lê Thị Hoa", "Phòng Kế hoạch - Tài chính", "Phòng họp B"),
    ("Thứ Sáu\n19/10/2029", "Sáng", "8h00", "Dự Hội nghị sơ kết 9 tháng của UBND tỉnh", "Giám đốc", "",
     "Hội trường UBND tỉnh"),
    ("Thứ Bảy, Chủ nhật\n20-21/10", "", "", "Trực lãnh đạo: Phó Giám đốc Trần Văn Dũng", "", "", ""),
)  # fmt: skip
XF3_REQUEST = (
    "Các phòng, chi cục, đơn vị sự nghiệp trực thuộc đăng ký lịch công tác tuần sau về Văn phòng Sở "
    "trước 16h00 thứ Năm hằng tuần."
)


def xf3_xlsx(path: Path) -> None:
    """A provincial Department of Agriculture's week calendar of its leaders (week 42, 15–21/10/2029) as
    one sheet: the day merged down over its rows, and the request to every unit typed on a line of its
    own under the table, in the content column."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Tuan 42"
    sheet["A1"] = "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH THỪA AN"
    sheet["A2"] = "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO SỞ"
    sheet["A3"] = "Tuần 42 (từ ngày 15/10/2029 đến ngày 21/10/2029)"
    for row in (1, 2, 3):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        sheet.cell(row=row, column=1).font = Font(bold=True)
    for column, text in enumerate(XF3_HEADER, start=1):
        sheet.cell(row=5, column=column, value=text).font = Font(bold=True)
    for offset, values in enumerate(XF3_ROWS):
        for column, text in enumerate(values, start=1):
            if text:
                cell = sheet.cell(row=6 + offset, column=column, value=text)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    # the day merged down over its two rows (Monday, Tuesday)
    sheet.merge_cells("A6:A7")
    sheet.merge_cells("A8:A9")
    sheet["D15"] = XF3_REQUEST
    sheet["F16"] = "TL. GIÁM ĐỐC"
    sheet["F17"] = "CHÁNH VĂN PHÒNG"
    sheet["F19"] = "Phan Thị Mỹ Lệ"
    book.save(path)


def siblings_xf() -> None:
    xf1_docx(DOCS / "xf1_kh_so_nnmt_thuy_loi_thien_tai.docx")
    xf2_md(DOCS / "xf2_kh_phong_gddt_kiem_dinh.md")
    xf3_xlsx(DOCS / "xf3_lich_tuan_so_nnmt_dong_duoi_bang.xlsx")
