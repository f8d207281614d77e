"""The main corpus's siblings of the held-out documents h790, h761, h776, h781 and h788 (moved to the
main corpus when the importer was taught their shapes, by h13fixYW on 2026-12-06). yw1 (h790's,
h761's and h776's): a cooperative bank branch's indicator sheet (.xlsx) whose parent row `1 | Tổng
nguồn vốn huy động` prints a unit of measure and figures but no unit and no time over `1.1`, `1.2`
(no item), whose indicator `3` is followed by `Trong đó:` breakdown rows with figures only (no
items), with an unnumbered subtotal `Cộng thu dịch vụ …` (no item) and, under the table, a note whose
label is followed at once by a named division's report (`Ghi chú: Phòng Kế hoạch - Kinh doanh tổng
hợp, báo cáo … trước ngày 10 hằng tháng`: an item of that division, recurring). yw2 (h781's): a
district division's quarter programme (.docx) whose doer column names posts and persons; under the
table a remark, then the weekly report of the division's staff on a line of its own (`Cán bộ, công
chức của Phòng gửi báo cáo … thứ Sáu hằng tuần`: an item, recurring, lead not scored). yw3 (h788's):
a project board's weekly calendar sheet (.ods) whose Saturday and Sunday print only a day off in
parentheses (`(Nghỉ)`, `(Nghỉ bù)`: no items) and whose merged note asks every division for its
registration after a remark. Their expected items (expected/yw1_…, yw2_…, yw3_…) were written by
hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-yw` writes the
three.
"""

# ruff: noqa: E501 — document text is data: long lines.

import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YW1_HEADER = ("STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2027", "Kế hoạch 2028", "Đơn vị thực hiện", "Thời hạn")
YW1_ROWS = (
    ("A", "HUY ĐỘNG VỐN"),
    ("1", "Tổng nguồn vốn huy động", "Tỷ đồng", 1520, 1680, "", ""),
    (
        "1.1",
        "Tiền gửi tiết kiệm của dân cư",
        "Tỷ đồng",
        1210,
        1330,
        "Phòng Kế hoạch - Kinh doanh",
        "31/12/2028",
    ),
    (
        "1.2",
        "Vốn nhận từ các quỹ tín dụng nhân dân thành viên",
        "Tỷ đồng",
        310,
        350,
        "Phòng Quản lý thành viên",
        "Hằng quý",
    ),
    (
        "2",
        "Kết nạp quỹ tín dụng nhân dân thành viên mới",
        "Quỹ",
        2,
        3,
        "Phòng Quản lý thành viên",
        "Quý III/2028",
    ),
    ("B", "CHO VAY VÀ DỊCH VỤ"),
    ("3", "Tổng dư nợ cho vay", "Tỷ đồng", 1390, 1540, "Phòng Kế hoạch - Kinh doanh", "31/12/2028"),
    ("", "Trong đó: - Cho vay ngắn hạn", "Tỷ đồng", 820, 900, "", ""),
    ("", "- Cho vay trung, dài hạn", "Tỷ đồng", 570, 640, "", ""),
    (
        "4",
        "Thu dịch vụ thanh toán trong nước",
        "Triệu đồng",
        2100,
        2400,
        "Phòng Kế toán - Thanh toán",
        "31/12/2028",
    ),
    ("5", "Thu dịch vụ ngân hàng điện tử", "Triệu đồng", 650, 900, "Phòng Điện toán", "Trước 30/11/2028"),
    ("", "Cộng thu dịch vụ", "Triệu đồng", 2750, 3300, "", ""),
    ("C", "KIỂM SOÁT RỦI RO"),
    ("6", "Tỷ lệ nợ xấu", "%", "0,9", "< 1", "Phòng Kiểm soát nội bộ", "Thường xuyên"),
    (
        "7",
        "Kiểm tra chuyên đề hoạt động tín dụng tại các quỹ thành viên",
        "Cuộc",
        6,
        8,
        "Phòng Kiểm soát nội bộ",
        "Theo kế hoạch kiểm tra",
    ),
)
YW1_NOTE = (
    "Ghi chú: Phòng Kế hoạch - Kinh doanh tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu về Ban Giám đốc "
    "Chi nhánh trước ngày 10 hằng tháng."
)


def yw1_xlsx(path: Path) -> None:
    """A cooperative bank branch's indicator sheet (.xlsx): a parent row over its numbered parts, a
    `Trong đó:` breakdown and a subtotal with figures only, a note naming one division's report."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Chi tieu 2028"
    titles = (
        "NGÂN HÀNG HỢP TÁC XÃ VIỆT NAM - CHI NHÁNH NAM TRUNG BỘ",
        "CHỈ TIÊU KẾ HOẠCH KINH DOANH NĂM 2028",
        "(Kèm theo Quyết định số 112/QĐ-NHHTX-NTB ngày 05/01/2028 của Giám đốc Chi nhánh)",
    )
    for row, text in enumerate(titles, start=1):
        sheet.cell(row=row, column=1, value=text).font = Font(bold=row < 3)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
    for column, text in enumerate(YW1_HEADER, start=1):
        sheet.cell(row=5, column=column, value=text).font = Font(bold=True)
    row = 6
    for values in YW1_ROWS:
        if len(values) == 2:
            sheet.cell(row=row, column=1, value=values[0]).font = Font(bold=True)
            sheet.cell(row=row, column=2, value=values[1]).font = Font(bold=True)
            sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
        else:
            for column, value in enumerate(values, start=1):
                if value != "":
                    cell = sheet.cell(row=row, column=column, value=value)
                    cell.alignment = Alignment(wrap_text=True)
        row += 1
    row += 1
    sheet.cell(row=row, column=2, value=YW1_NOTE).alignment = Alignment(wrap_text=True)
    sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
    sheet.cell(row=row + 2, column=6, value="GIÁM ĐỐC CHI NHÁNH").font = Font(bold=True)
    sheet.cell(row=row + 5, column=6, value="Hà Quang Vinh")
    for letter, width in zip("ABCDEFG", (6, 52, 11, 13, 13, 30, 22), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


YW2_ROWS = (
    ("", "Tháng 4"),
    (
        "1",
        "Rà soát hồ sơ đăng ký đất đai tồn đọng tại các xã",
        "Phó Trưởng phòng Đinh Văn Khải",
        "Trước 20/4",
    ),
    (
        "2",
        "Tham mưu kế hoạch kiểm tra việc khai thác khoáng sản làm vật liệu xây dựng thông thường",
        "Chuyên viên Lò Thị Mai",
        "Trong tháng",
    ),
    ("", "Tháng 5"),
    (
        "3",
        "Thẩm định hồ sơ giao đất ở cho hộ gia đình tái định cư dự án đường tỉnh 279",
        "Trưởng phòng Nông Văn Đạt",
        "15/5",
    ),
    ("4", "Cập nhật cơ sở dữ liệu đất đai huyện", "Chuyên viên Lò Thị Mai", "Thường xuyên"),
    ("", "Tháng 6"),
    (
        "5",
        "Báo cáo kết quả thống kê đất đai 6 tháng đầu năm gửi Sở Nông nghiệp và Môi trường",
        "Phó Trưởng phòng Đinh Văn Khải",
        "Trước 25/6",
    ),
    (
        "6",
        "Hướng dẫn các xã lập phương án phòng, chống thiên tai mùa mưa bão",
        "Chuyên viên Hoàng Đức Long",
        "Trong tháng",
    ),
)
YW2_AFTER = (
    "Chương trình có thể được bổ sung, điều chỉnh theo chỉ đạo của Ủy ban nhân dân huyện.",
    "Cán bộ, công chức của Phòng gửi báo cáo kết quả công việc trong tuần về Trưởng phòng trước 16 giờ thứ Sáu hằng tuần.",
)


def yw2_docx(path: Path) -> None:
    """A district natural resources division's quarter programme (.docx): month rows, a doer column
    of posts and persons; under the table a remark and the staff's weekly report."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    head = doc.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "UBND HUYỆN BẢO LÂM\nPHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    head.cell(
        0, 1
    ).text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBảo Lâm, ngày 28 tháng 3 năm 2028"
    )
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2028").bold = True
    doc.add_paragraph("của Phòng Nông nghiệp và Môi trường huyện").alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for column, text in enumerate(("STT", "Nội dung công việc", "Người thực hiện", "Thời gian")):
        table.cell(0, column).text = text
    for values in YW2_ROWS:
        cells = table.add_row().cells
        if len(values) == 2:
            merged = cells[1].merge(cells[3])
            merged.text = values[1]
        else:
            for column, text in enumerate(values):
                cells[column].text = text
    doc.add_paragraph("")
    for text in YW2_AFTER:
        doc.add_paragraph(text)
    doc.add_paragraph("TRƯỞNG PHÒNG\nNông Văn Đạt").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)


YW3_HEADER = ("Ngày", "Thời gian", "Nội dung công việc", "Lãnh đạo chủ trì", "Bộ phận chuẩn bị", "Địa điểm")
YW3_DAYS = (
    ("Thứ Hai\n08/5", (
        ("8h00", "Giao ban Ban Quản lý dự án đầu tuần", "Giám đốc Vi Văn Thắng", "Phòng Tổng hợp", "Phòng họp Ban"),
        ("14h00", "Làm việc với nhà thầu về tiến độ thi công trụ sở Trung tâm Y tế huyện Hòa Lộc", "Phó Giám đốc Lường Thị Hảo", "Phòng Điều hành dự án", "Công trường Hòa Lộc"),
    )),
    ("Thứ Ba\n09/5", (
        ("8h00", "Thẩm định dự toán gói thầu tư vấn khảo sát, thiết kế Trường THPT Bắc Sơn", "Phó Giám đốc Lường Thị Hảo", "Phòng Kỹ thuật - Thẩm định", "Phòng họp Ban"),
    )),
    ("Thứ Tư\n10/5", (
        ("Cả ngày", "Kiểm tra chất lượng bê tông móng công trình Nhà văn hóa tỉnh (dự kiến)", "Giám đốc Vi Văn Thắng", "Phòng Điều hành dự án", "Công trường Nhà văn hóa tỉnh"),
    )),
    ("Thứ Năm\n11/5", (
        ("8h00", "Họp hội đồng nghiệm thu hoàn thành hạng mục cấp điện Khu tái định cư Pác Nặm", "Giám đốc Vi Văn Thắng", "Phòng Kỹ thuật - Thẩm định", "Khu tái định cư Pác Nặm"),
    )),
    ("Thứ Sáu\n12/5", (
        ("8h00", "Rà soát hồ sơ thanh toán khối lượng hoàn thành quý I", "Phó Giám đốc Lường Thị Hảo", "Phòng Kế toán - Tài vụ", "Phòng họp Ban"),
    )),
    ("Thứ Bảy\n13/5", (
        ("", "(Nghỉ bù)", "", "", ""),
    )),
    ("Chủ nhật\n14/5", (
        ("", "(Nghỉ)", "", "", ""),
    )),
)  # fmt: skip
YW3_NOTE = (
    "Ghi chú: Lịch công tác có thể thay đổi theo yêu cầu của Ủy ban nhân dân tỉnh. Các phòng thuộc Ban đăng ký "
    "nội dung làm việc tuần sau về Phòng Tổng hợp trước 16 giờ 00 thứ Năm hằng tuần."
)


def yw3_ods(path: Path) -> None:
    """A provincial civil works project board's week calendar sheet (.ods, written as .xlsx and
    converted): the day merged down over its entries, the weekend's days off in parentheses."""
    from make_docs import soffice_convert
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Tuan 19"
    titles = (
        "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP TỈNH BẮC SƠN",
        "LỊCH LÀM VIỆC TUẦN CỦA LÃNH ĐẠO BAN",
        "(Tuần 19 năm 2028, từ ngày 08/5/2028 đến ngày 14/5/2028)",
    )
    for row, text in enumerate(titles, start=1):
        sheet.cell(row=row, column=1, value=text).font = Font(bold=True)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    for column, text in enumerate(YW3_HEADER, start=1):
        sheet.cell(row=5, column=column, value=text).font = Font(bold=True)
    row = 6
    for day, entries in YW3_DAYS:
        sheet.cell(row=row, column=1, value=day).alignment = Alignment(wrap_text=True, vertical="top")
        if len(entries) > 1:
            sheet.merge_cells(start_row=row, start_column=1, end_row=row + len(entries) - 1, end_column=1)
        for values in entries:
            for column, text in enumerate(values, start=2):
                if text:
                    sheet.cell(row=row, column=column, value=text).alignment = Alignment(wrap_text=True)
            row += 1
    row += 1
    sheet.cell(row=row, column=1, value=YW3_NOTE).alignment = Alignment(wrap_text=True)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    sheet.cell(row=row + 2, column=5, value="GIÁM ĐỐC").font = Font(bold=True)
    sheet.cell(row=row + 5, column=5, value="Vi Văn Thắng")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{path.stem}.xlsx"
        book.save(source)
        soffice_convert(source, "ods", path)


def siblings_yw() -> None:
    DOCS.mkdir(exist_ok=True)
    yw1_xlsx(DOCS / "yw1_chi_tieu_nhhtx_chi_nhanh_trong_do_tong.xlsx")
    yw2_docx(DOCS / "yw2_ctr_quy_phong_nnmt_huyen_cong_chuc_bao_cao.docx")
    yw3_ods(DOCS / "yw3_lich_tuan_ban_qlda_dan_dung_nghi_ngoac.ods")
