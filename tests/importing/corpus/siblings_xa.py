"""The main corpus's siblings of the held-out documents h697, h701, h704 and h708 (moved to the main
corpus when the importer was taught their shape, by h13fixXA on 2026-12-06): a programme table with no
column of who does the work whose note column (`Ghi chú`) names each row's lead — as `Chủ trì: <unit>`,
`<unit> chủ trì (…)`, `<unit> (<short form>) chủ trì`, the unit alone, or the unit first and the
coordinating ones after `;` — while other note cells are a remark, a basis or the coordinating units
alone (they lead nothing). Their expected items (expected/xa1_…, xa2_…, xa3_…) were written by hand
before the first import. `python tests/importing/corpus/make_docs.py --siblings-xa` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

XA1_HEADING = (
    "TỈNH ĐOÀN BÌNH ĐỊNH",
    "BCH ĐOÀN HUYỆN TÂY SƠN",
    "Số: 45-CTr/HĐTN",
    "Tây Sơn, ngày 25 tháng 3 năm 2028",
    "CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2028",
    "của Ban Thường vụ Huyện đoàn",
)
# (number, content, time, note); a row with no time is a section row merged across
XA1_ROWS = (
    ("I", "CÔNG TÁC TUYÊN TRUYỀN, GIÁO DỤC", None, None),
    (
        "1",
        'Tổ chức diễn đàn "Thanh niên với văn hóa giao thông" tại các trường THPT trên địa bàn huyện',
        "Tháng 4/2028",
        "Chủ trì: Ban Tuyên giáo",
    ),
    (
        "2",
        "Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2028",
        "28/5/2028",
        "Ban Phong trào chủ trì; Hội LHTN huyện phối hợp",
    ),
    (
        "3",
        "Phát hành bản tin Tuổi trẻ Tây Sơn trên trang thông tin điện tử của Huyện đoàn",
        "Hằng tháng",
        "Ban Tuyên giáo",
    ),
    ("II", "CÔNG TÁC XÂY DỰNG TỔ CHỨC ĐOÀN", None, None),
    (
        "4",
        "Kiện toàn Ban Chấp hành Đoàn các xã có cán bộ chuyển công tác",
        "Quý II/2028",
        "Ban Tổ chức - Kiểm tra",
    ),
    (
        "5",
        "Kiểm tra công tác Đoàn tại Đoàn xã Bình Tường, Đoàn xã Tây Vinh",
        "10 - 14/6/2028",
        "Ủy ban Kiểm tra chủ trì, Ban Tổ chức - Kiểm tra cử cán bộ tham gia",
    ),
    (
        "6",
        "Tổng hợp danh sách đoàn viên ưu tú giới thiệu cho chi bộ xem xét kết nạp Đảng",
        "Trước 20/6/2028",
        "Theo Hướng dẫn số 12-HD/TĐTN của Tỉnh đoàn",
    ),
    ("III", "CÔNG TÁC VĂN PHÒNG", None, None),
    (
        "7",
        "Tổ chức hội nghị giao ban Bí thư Đoàn cơ sở quý II",
        "Tháng 6/2028",
        "Kết hợp sinh hoạt chuyên đề",
    ),
    (
        "8",
        "Báo cáo kết quả công tác Đoàn quý II về Ban Thường vụ Tỉnh đoàn",
        "Trước 25/6/2028",
        "Văn phòng Huyện đoàn",
    ),
)
XA1_CLOSING = (
    "Các cơ sở Đoàn báo cáo kết quả thực hiện về Văn phòng Huyện đoàn trước ngày 20 hằng tháng.",
    "Nơi nhận:",
    "- Ban Thường vụ Tỉnh đoàn (b/c);",
    "- Thường trực Huyện ủy (b/c);",
    "- Các cơ sở Đoàn;",
    "- Lưu: VP.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Đinh Thị Hồng Nhung",
)


def xa1_docx(path: Path) -> None:
    """A district Youth Union's quarter programme (.docx): `TT | Nội dung công việc | Thời gian | Ghi
    chú`, Roman section rows merged across, the lead only in the note column in four wordings, a
    basis and a remark in the note leading nothing; a closing monthly report request."""
    from docx import Document

    document = Document()
    for text in XA1_HEADING:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells, ("TT", "Nội dung công việc", "Thời gian", "Ghi chú"), strict=True
    ):
        cell.text = label
    for number, content, time, note in XA1_ROWS:
        cells = table.add_row().cells
        cells[0].text = number
        if time is None:
            merged = cells[1].merge(cells[3])
            merged.text = content
            continue
        cells[1].text, cells[2].text, cells[3].text = content, time, note
    for text in XA1_CLOSING:
        document.add_paragraph(text)
    document.save(path)


XA2_TITLE = (
    "SỞ Y TẾ TỈNH PHÚ YÊN - BỆNH VIỆN ĐA KHOA KHU VỰC SÔNG CẦU",
    "CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2028",
    "(Kèm theo Thông báo số 214/TB-BV ngày 28/6/2028 của Giám đốc Bệnh viện)",
)
XA2_HEADER = ("STT", "Nội dung công việc", "Thời hạn", "Ghi chú")
XA2_ROWS = (
    (
        "1",
        "Kiểm tra công tác kiểm soát nhiễm khuẩn tại các khoa lâm sàng",
        "Tháng 7/2028",
        "Khoa Kiểm soát nhiễm khuẩn (Khoa KSNK) chủ trì",
    ),
    ("2", "Giám sát tuân thủ vệ sinh tay của nhân viên y tế", "Hằng tuần", "Khoa KSNK"),
    (
        "3",
        "Xây dựng hồ sơ mời thầu mua sắm thuốc năm 2029",
        "30/9/2028",
        "Khoa Dược; Phòng Tài chính - Kế toán phối hợp",
    ),
    (
        "4",
        "Tập huấn cấp cứu ngừng tuần hoàn cho điều dưỡng, hộ sinh",
        "15/8/2028",
        "Phòng Điều dưỡng chủ trì",
    ),
    ("5", "Sửa chữa hệ thống điện khu nhà B", "Quý III/2028", "Đã bố trí kinh phí"),
    (
        "6",
        "Báo cáo Sở Y tế tình hình khám, chữa bệnh bảo hiểm y tế",
        "Ngày 05 hằng tháng",
        "Phòng Kế hoạch tổng hợp",
    ),
    (
        "7",
        "Rà soát danh mục kỹ thuật đề nghị phê duyệt bổ sung",
        "Trước 20/9/2028",
        "Phối hợp Phòng Kế hoạch tổng hợp",
    ),
)


def xa2_xlsx(path: Path) -> None:
    """A regional general hospital's quarter programme as an .xlsx sheet: three title lines merged
    across, `STT | Nội dung công việc | Thời hạn | Ghi chú`, the lead only in the note column (a
    short form defined in parentheses, then used alone), a remark and the coordinating unit alone in
    the note leading nothing."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "CTCT quy III"
    for row, text in enumerate(XA2_TITLE, start=1):
        sheet.cell(row=row, column=1, value=text)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
    first = len(XA2_TITLE) + 2
    for column, label in enumerate(XA2_HEADER, start=1):
        sheet.cell(row=first, column=column, value=label)
    for offset, values in enumerate(XA2_ROWS, start=1):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=first + offset, column=column, value=value)
    for letter, width in zip("ABCD", (6, 60, 18, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    workbook.save(path)


XA3_ROWS = (
    (
        "1",
        "Rà soát hộ kinh doanh nộp thuế khoán năm 2029",
        "Tháng 11/2028",
        "Đội Quản lý hộ kinh doanh chủ trì, phối hợp UBND các phường",
    ),
    (
        "2",
        "Đôn đốc thu nợ thuế đối với 35 doanh nghiệp nợ trên 90 ngày",
        "Trước 15/11/2028",
        "Đội Quản lý nợ",
    ),
    (
        "3",
        "Kiểm tra hồ sơ hoàn thuế giá trị gia tăng của Công ty TNHH Minh Phát",
        "20/11/2028",
        "Đội Kiểm tra thuế số 1",
    ),
    (
        "4",
        "Tuyên truyền chính sách thuế mới tại chợ Sông Cầu",
        "Hằng tuần",
        "Chủ trì: Đội Tuyên truyền - Hỗ trợ người nộp thuế",
    ),
    ("5", "Tổng hợp báo cáo kết quả thu ngân sách tháng 11", "03/12/2028", "Theo chỉ đạo của Cục Thuế tỉnh"),
    (
        "6",
        "Tổ chức hội nghị đối thoại với người nộp thuế",
        "28/11/2028",
        "Đội Tuyên truyền - Hỗ trợ người nộp thuế; Văn phòng chuẩn bị hội trường",
    ),
    ("7", "Xử lý hồ sơ khai thuế nộp quá hạn", "Trước 30/11/2028", "Phối hợp Đội Quản lý nợ"),
)
XA3_TEXT = "\n".join(
    (
        "# CHI CỤC THUẾ KHU VỰC SÔNG CẦU - ĐỒNG XUÂN",
        "",
        "**CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2028**",
        "",
        "Số: 96/CTr-CCT, ngày 27/10/2028",
        "",
        "| TT | Nội dung công việc | Thời hạn | Ghi chú |",
        "|----|--------------------|----------|---------|",
        *(f"| {' | '.join(row)} |" for row in XA3_ROWS),
        "",
        "Nơi nhận: Cục Thuế tỉnh (b/c); các đội thuế; lưu VT.",
        "",
        "**CHI CỤC TRƯỞNG**",
        "",
        "Trần Quốc Bảo",
        "",
    )
)


def xa3_md(path: Path) -> None:
    """A tax sub-department's month programme as a Markdown pipe table (`TT | Nội dung công việc |
    Thời hạn | Ghi chú`): the lead only in the note column, a numbered team (`Đội Kiểm tra thuế số
    1`), `Chủ trì: …`, a basis and the coordinating unit alone leading nothing."""
    path.write_text(XA3_TEXT, encoding="utf-8")


def siblings_xa() -> None:
    xa1_docx(DOCS / "xa1_ctr_quy_huyen_doan_ghi_chu_chu_tri.docx")
    xa2_xlsx(DOCS / "xa2_ctr_quy_benh_vien_khu_vuc_ghi_chu.xlsx")
    xa3_md(DOCS / "xa3_ctr_thang_chi_cuc_thue_ghi_chu.md")
