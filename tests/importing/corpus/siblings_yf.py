"""The main corpus's siblings of the held-out documents h720, h727 and h728 (moved to the main corpus
when the importer was taught their shapes, by h13fixYF on 2026-12-06). Each closes with a request that
the corpus README's "Closing reporting requests are items" conventions make an item. yf1, h720's: a
small body's plan whose task table is followed by `TỔ CHỨC THỰC HIỆN` paragraphs, unnumbered — a
general charge (no item), every unit's monthly report (an item, lead not scored) and a request to one
named body outside the issuer (`Đề nghị Hội Liên hiệp Phụ nữ xã phối hợp …`: led by it, due none),
beside an exhortation to every body of a kind (`Đề nghị các đoàn thể … quan tâm, phối hợp …`: no
item). yf2, h727's: a week calendar sheet whose day rows are merged across and whose last row, merged
across with no note label, prints a remark sentence before the request to every unit (`Lịch có thể
điều chỉnh, … . Các khoa, phòng đăng ký … trước 16h00 thứ Năm hằng tuần.`: the item starts at the
request). yf3, h728's: an indicator sheet whose `Ghi chú:` label stands alone over notes marked `(1)`,
`(2)`, `(3)`: a remark on the figures (no item), every body of a kind asked to report by a day each
month (an item, lead not scored) and a background sentence (no item). Their expected items
(expected/yf1_…, yf2_…, yf3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-yf` writes the three.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YF1_TEXT = """# TRƯỜNG MẦM NON HOA SEN - UBND XÃ TÂN THÀNH

Số: 42/KH-MNHS

Tân Thành, ngày 05 tháng 9 năm 2028

## KẾ HOẠCH

**Tổ chức các hoạt động chăm sóc sức khỏe và dinh dưỡng cho trẻ năm học 2028 - 2029**

### I. MỤC ĐÍCH

Bảo đảm an toàn thực phẩm, phòng chống suy dinh dưỡng và béo phì cho trẻ trong nhà trường.

### II. NỘI DUNG VÀ PHÂN CÔNG

| TT | Nội dung hoạt động | Thời gian | Người phụ trách |
|----|--------------------|-----------|-----------------|
| 1 | Cân, đo, đánh giá tình trạng dinh dưỡng của trẻ đầu năm học | Tháng 9/2028 | Nhân viên y tế |
| 2 | Xây dựng thực đơn theo mùa, cân đối dinh dưỡng | Trước 30/9/2028 | Phó Hiệu trưởng phụ trách nuôi dưỡng |
| 3 | Kiểm tra bếp ăn, lưu mẫu thức ăn | Hằng tuần | Tổ trưởng tổ nuôi dưỡng |
| 4 | Phối hợp Trạm Y tế xã khám sức khỏe định kỳ cho trẻ | 15/11/2028 | Nhân viên y tế |
| 5 | Tuyên truyền kiến thức dinh dưỡng cho cha mẹ trẻ | Tháng 3/2029 | Tổ trưởng tổ chuyên môn |
| 6 | Sơ kết, đánh giá kết quả thực hiện | Tháng 5/2029 | Hiệu trưởng |

### III. TỔ CHỨC THỰC HIỆN

Các tổ chuyên môn chủ động phối hợp thực hiện Kế hoạch.

Các bộ phận được phân công báo cáo kết quả về Phó Hiệu trưởng phụ trách nuôi dưỡng trước ngày 28 hằng tháng.

Đề nghị Hội Liên hiệp Phụ nữ xã phối hợp tuyên truyền chế độ dinh dưỡng hợp lý cho hội viên có con trong độ tuổi mầm non.

Đề nghị các đoàn thể trong xã quan tâm, phối hợp với nhà trường.

**Nơi nhận:**
- Phòng Văn hóa - Xã hội xã;
- Lưu: VT.

**HIỆU TRƯỞNG**

Đặng Thị Minh Thư
"""


def yf1_md(path: Path) -> None:
    """A kindergarten's plan for children's health and nutrition (.md): a task table, then unnumbered
    `TỔ CHỨC THỰC HIỆN` paragraphs closing with requests."""
    path.write_text(YF1_TEXT, encoding="utf-8")


YF2_HEADER = ("Thời gian", "Nội dung", "Chủ trì", "Chuẩn bị", "Địa điểm")
YF2_DAYS = (
    ("THỨ HAI (02/10/2028)", (
        ("7h30", "Giao ban đầu tuần Ban Giám đốc Trung tâm", "Giám đốc", "Phòng Tổ chức - Hành chính", "Phòng giao ban"),
        ("14h00", "Họp Hội đồng thuốc và điều trị quý III/2028", "Phó Giám đốc Ngô Văn Khải", "Khoa Dược - Vật tư y tế", "Phòng giao ban"),
    )),
    ("THỨ BA (03/10/2028)", (
        ("8h00", "Kiểm tra công tác tiêm chủng mở rộng tại Trạm Y tế xã Phú An", "Phó Giám đốc Ngô Văn Khải", "Khoa Kiểm soát bệnh tật", "Xã Phú An"),
        ("Cả ngày", "Giám đốc làm việc tại cơ quan", "", "", ""),
    )),
    ("THỨ TƯ (04/10/2028)", (
        ("8h00", "Tập huấn phòng, chống sốt xuất huyết cho y tế thôn bản", "Giám đốc", "Khoa Kiểm soát bệnh tật", "Hội trường Trung tâm"),
    )),
    ("THỨ NĂM (05/10/2028)", (
        ("14h00", "Duyệt dự toán mua sắm trang thiết bị năm 2029", "Giám đốc", "Phòng Kế hoạch - Tài chính", "Phòng giao ban"),
    )),
    ("THỨ SÁU (06/10/2028)", (
        ("8h00", "Làm việc với Bảo hiểm xã hội huyện về thanh toán chi phí khám, chữa bệnh", "Phó Giám đốc Ngô Văn Khải", "Phòng Kế hoạch - Tài chính", "Bảo hiểm xã hội huyện"),
    )),
    ("THỨ BẢY, CHỦ NHẬT (07-08/10/2028)", (
        ("", "Trực lãnh đạo: Phó Giám đốc Ngô Văn Khải", "", "", ""),
    )),
)  # fmt: skip
YF2_NOTE = (
    "Lịch công tác có thể điều chỉnh theo chỉ đạo của cấp trên, Phòng Tổ chức - Hành chính sẽ thông báo "
    "kịp thời. Các khoa, phòng đăng ký lịch công tác tuần sau về Phòng Tổ chức - Hành chính trước 16h00 "
    "thứ Năm hằng tuần."
)


def yf2_xlsx(path: Path) -> None:
    """A district health centre's week calendar (.xlsx): each day a row merged across over its entries,
    the last row a note merged across with no label, a remark before the request to every unit."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Tuan 40"
    sheet["A1"] = "TRUNG TÂM Y TẾ HUYỆN PHÚ LỘC"
    sheet["A2"] = "LỊCH CÔNG TÁC TUẦN 40 CỦA BAN GIÁM ĐỐC"
    sheet["A3"] = "(Từ ngày 02/10/2028 đến ngày 08/10/2028)"
    for row in (1, 2, 3):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        sheet.cell(row=row, column=1).font = Font(bold=True)
    for column, text in enumerate(YF2_HEADER, start=1):
        sheet.cell(row=5, column=column, value=text).font = Font(bold=True)
    row = 6
    for day, entries in YF2_DAYS:
        sheet.cell(row=row, column=1, value=day).font = Font(bold=True)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        row += 1
        for values in entries:
            for column, text in enumerate(values, start=1):
                if text:
                    cell = sheet.cell(row=row, column=column, value=text)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            row += 1
    row += 1
    sheet.cell(row=row, column=1, value=YF2_NOTE).alignment = Alignment(wrap_text=True)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    book.save(path)


YF3_ROWS = (
    ("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2029", "Phòng theo dõi", "Thời hạn"),
    ("1", "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "9.800", "Phòng Nghiệp vụ - Dự toán", "Hằng tháng"),
    ("2", "Tỷ lệ nợ thuế so với tổng thu", "%", "≤ 5", "Phòng Quản lý nợ và cưỡng chế nợ thuế", "Hằng quý"),
    ("3", "Số doanh nghiệp được thanh tra, kiểm tra tại trụ sở", "doanh nghiệp", "420", "Phòng Thanh tra - Kiểm tra", "31/12/2029"),
    ("4", "Tỷ lệ hồ sơ hoàn thuế giải quyết đúng hạn", "%", "100", "Phòng Kê khai - Kế toán thuế", "Thường xuyên"),
    ("5", "Số hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền tăng thêm", "hộ", "1.500", "Phòng Kê khai - Kế toán thuế", "Tháng 9/2029"),
)  # fmt: skip
YF3_NOTES = (
    "Ghi chú:",
    "(1) Chỉ tiêu thu ngân sách là chỉ tiêu phấn đấu, được điều chỉnh theo dự toán Bộ Tài chính giao.",
    "(2) Các Chi cục Thuế khu vực báo cáo số liệu thực hiện các chỉ tiêu về Phòng Nghiệp vụ - Dự toán qua hệ thống "
    "thư điện tử trước ngày 05 hằng tháng.",
    "(3) Bảng chỉ tiêu này thay thế Bảng chỉ tiêu ban hành kèm Công văn số 1210/TTH-NVDT ngày 20/12/2028.",
)


def yf3_docx(path: Path) -> None:
    """A provincial tax department's indicator sheet for 2029 (.docx): the indicator table, then a
    `Ghi chú:` label alone over notes marked `(1)` … `(3)`."""
    from docx import Document

    document = Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "CỤC THUẾ TỈNH BÌNH NGUYÊN\nSố: 2015/TBN-NVDT"
    header.cell(
        0, 1
    ).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Nguyên, ngày 26 tháng 12 năm 2028"
    document.add_paragraph().add_run("CHỈ TIÊU NHIỆM VỤ THU NGÂN SÁCH VÀ QUẢN LÝ THUẾ NĂM 2029").bold = True
    document.add_paragraph("và phân công theo dõi, đánh giá thực hiện")
    table = document.add_table(rows=len(YF3_ROWS), cols=len(YF3_ROWS[0]))
    table.style = "Table Grid"
    for r, values in enumerate(YF3_ROWS):
        for c, text in enumerate(values):
            table.cell(r, c).text = text
    document.add_paragraph("")
    for text in YF3_NOTES:
        document.add_paragraph(text)
    signature = document.add_table(rows=1, cols=2)
    signature.cell(
        0, 0
    ).text = "Nơi nhận:\n- Bộ Tài chính (b/c);\n- Các Chi cục Thuế khu vực;\n- Lưu: VT, NVDT."
    signature.cell(0, 1).text = "CỤC TRƯỞNG\n\n\nLê Hoàng Phúc"
    document.save(path)


def siblings_yf() -> None:
    yf1_md(DOCS / "yf1_kh_mam_non_dinh_duong_to_chuc_thuc_hien.md")
    yf2_xlsx(DOCS / "yf2_lich_tuan_ttyt_huyen_ghi_chu_khong_nhan.xlsx")
    yf3_docx(DOCS / "yf3_chi_tieu_cuc_thue_ghi_chu_danh_so.docx")
