"""The main corpus's siblings of the held-out document h430 (moved to the main corpus when the
importer was taught its shape, helper h13fixQX): a division's weekly work calendar whose `Chủ trì`
column names the head of the division or a deputy by post alone (`Chi cục trưởng`, `Trưởng ban`) or
by post and name (`Phó Chi cục trưởng Nguyễn Văn Tâm`), beside a column of the unit that prepares
(`Đơn vị chuẩn bị`, `Bộ phận chuẩn bị`): the preparing unit leads, the post chairs. qx1: a provincial
forest protection sub-department's calendar (.docx), its day cells merged over two rows; qx2: a
provincial Party committee board's calendar (.xlsx), its day cells merged over two rows. Their
expected items (expected/qx*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-qx` writes both.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

_QX1_ROWS = [
    (
        "Thứ Hai\n10/5",
        "Sáng",
        "Giao ban lãnh đạo Chi cục, triển khai nhiệm vụ tuần",
        "Chi cục trưởng",
        "Văn phòng Chi cục",
        "Phòng họp Chi cục",
    ),
    (
        "Thứ Hai\n10/5",
        "Chiều",
        "Họp bàn phương án phòng cháy, chữa cháy rừng mùa khô năm 2027",
        "Phó Chi cục trưởng Nguyễn Văn Tâm",
        "Phòng Quản lý bảo vệ rừng",
        "Phòng họp Chi cục",
    ),
    (
        "Thứ Ba\n11/5",
        "Cả ngày",
        "Kiểm tra công tác giao khoán bảo vệ rừng tại xã Sơn Long, xã Ea Chà Rang",
        "Phó Chi cục trưởng Hà Thị Yến",
        "Hạt Kiểm lâm huyện Sơn Hòa",
        "Huyện Sơn Hòa",
    ),
    (
        "Thứ Tư\n12/5",
        "Sáng",
        "Làm việc với Ban Quản lý rừng phòng hộ Sông Hinh về tình hình khai thác gỗ rừng trồng",
        "Chi cục trưởng",
        "Phòng Thanh tra, pháp chế",
        "Ban Quản lý rừng phòng hộ Sông Hinh",
    ),
    ("Thứ Tư\n12/5", "Chiều", "Lãnh đạo Chi cục làm việc tại cơ quan", "", "", ""),
    (
        "Thứ Năm\n13/5",
        "Sáng",
        "Diễn tập chữa cháy rừng cấp tỉnh tại Tiểu khu 312",
        "Phó Chi cục trưởng Nguyễn Văn Tâm",
        "Đội Kiểm lâm cơ động và phòng cháy chữa cháy rừng số 1",
        "Tiểu khu 312",
    ),
    (
        "Thứ Năm\n13/5",
        "Chiều",
        "Họp Hội đồng xét duyệt hồ sơ xử phạt vi phạm hành chính lĩnh vực lâm nghiệp",
        "Chi cục trưởng",
        "Phòng Thanh tra, pháp chế",
        "Phòng họp Chi cục",
    ),
    (
        "Thứ Sáu\n14/5",
        "Sáng",
        "Tập huấn sử dụng phần mềm cập nhật diễn biến rừng cho cán bộ các Hạt",
        "Phó Chi cục trưởng Hà Thị Yến",
        "Phòng Sử dụng và phát triển rừng",
        "Hội trường Chi cục",
    ),
]


def qx1_docx(path: Path) -> None:
    """A provincial forest protection sub-department's week (tuần 19, 10–16/5/2027): seven columns,
    the day cell merged over its two sessions; a leaders-at-the-office line (no item)."""
    from docx import Document

    document = Document()
    heading = document.add_table(rows=2, cols=2)
    heading.cell(0, 0).text = "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCHI CỤC KIỂM LÂM"
    heading.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    heading.cell(1, 0).text = "Số: 58/LCT-CCKL"
    heading.cell(1, 1).text = "Tuy Hòa, ngày 07 tháng 5 năm 2027"
    document.add_paragraph("LỊCH CÔNG TÁC TUẦN 19")
    document.add_paragraph("(Từ ngày 10/5/2027 đến ngày 16/5/2027)")
    header = ["Ngày", "Buổi", "Nội dung", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"]
    table = document.add_table(rows=1 + len(_QX1_ROWS), cols=len(header))
    table.style = "Table Grid"
    for column, label in enumerate(header):
        table.cell(0, column).text = label
    for row, values in enumerate(_QX1_ROWS, start=1):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    for first in (1, 4, 6):  # Monday, Wednesday, Thursday: one day cell over two sessions
        text = table.cell(first, 0).text
        merged = table.cell(first, 0).merge(table.cell(first + 1, 0))
        merged.text = text
    document.add_paragraph("Thứ Bảy, Chủ nhật: trực cơ quan theo phân công.")
    document.add_paragraph("Nơi nhận:\n- Lãnh đạo Chi cục;\n- Các phòng, Hạt, Đội;\n- Lưu: VT.")
    document.add_paragraph("KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG\n\nHà Thị Yến")
    document.save(path)


_QX2_ROWS = [
    (
        "Thứ Hai, 28/9",
        "8h00",
        "Giao ban Thường trực Ban, nghe các phòng báo cáo công tác tháng 9",
        "Trưởng ban",
        "Văn phòng Ban",
        "Phòng họp tầng 3",
    ),
    (
        "Thứ Hai, 28/9",
        "14h00",
        "Làm việc với Hội Nông dân tỉnh về kết quả phong trào thi đua dân vận khéo",
        "Phó Trưởng ban Lê Thị Hoa",
        "Phòng Dân vận chính quyền, đoàn thể",
        "Trụ sở Hội Nông dân tỉnh",
    ),
    (
        "Thứ Ba, 29/9",
        "8h00",
        "Khảo sát tình hình tôn giáo tại huyện Đồng Xuân",
        "Phó Trưởng ban Trần Quốc Việt",
        "Phòng Dân tộc, tôn giáo",
        "Huyện Đồng Xuân",
    ),
    (
        "Thứ Tư, 30/9",
        "8h00",
        "Họp Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của tỉnh",
        "Trưởng ban",
        "Phòng Dân vận chính quyền, đoàn thể",
        "Hội trường Tỉnh ủy",
    ),
    (
        "Thứ Tư, 30/9",
        "14h00",
        "Thẩm định báo cáo sơ kết 5 năm thực hiện Kết luận số 43 của Ban Bí thư",
        "Phó Trưởng ban Lê Thị Hoa",
        "Phòng Nghiên cứu, tổng hợp",
        "Phòng họp tầng 3",
    ),
    (
        "Thứ Năm, 01/10",
        "8h00",
        "Dự Hội nghị Ban Chấp hành Đảng bộ tỉnh",
        "Trưởng ban",
        "Văn phòng Ban",
        "Hội trường Tỉnh ủy",
    ),
    (
        "Thứ Sáu, 02/10",
        "14h00",
        "Làm việc với Ban Dân tộc tỉnh về công tác vận động đồng bào vùng cao",
        "Phó Trưởng ban Trần Quốc Việt",
        "Phòng Dân tộc, tôn giáo",
        "Trụ sở Ban Dân tộc tỉnh",
    ),
]


def qx2_xlsx(path: Path) -> None:
    """A provincial Party committee's mass mobilisation board's week (28/9–04/10/2026) as a sheet:
    the day cell merged over two rows on two days, `Bộ phận chuẩn bị` beside `Chủ trì`."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Tuan 40"
    sheet["A1"] = "TỈNH ỦY PHÚ YÊN"
    sheet["D1"] = "ĐẢNG CỘNG SẢN VIỆT NAM"
    sheet["A2"] = "BAN DÂN VẬN"
    sheet["D2"] = "Tuy Hòa, ngày 25 tháng 9 năm 2026"
    sheet["A4"] = "LỊCH LÀM VIỆC CỦA LÃNH ĐẠO BAN"
    sheet["A5"] = "(Tuần từ 28/9/2026 đến 04/10/2026)"
    header = ["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Bộ phận chuẩn bị", "Địa điểm"]
    for column, label in enumerate(header, start=1):
        sheet.cell(row=7, column=column, value=label)
    for row, values in enumerate(_QX2_ROWS, start=8):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=value)
    for first in (8, 11):  # Monday and Wednesday: one day cell over two rows
        sheet.cell(row=first + 1, column=1, value=None)
        sheet.merge_cells(start_row=first, start_column=1, end_row=first + 1, end_column=1)
    sheet.cell(
        row=8 + len(_QX2_ROWS) + 1, column=1, value="Nơi nhận: Thường trực Tỉnh ủy (b/c); các phòng; lưu VP."
    )
    book.save(path)


def siblings_qx() -> None:
    DOCS.mkdir(exist_ok=True)
    qx1_docx(DOCS / "qx1_lich_tuan_chi_cuc_kiem_lam_chu_tri_chuc_danh.docx")
    qx2_xlsx(DOCS / "qx2_lich_tuan_ban_dan_van_bo_phan_chuan_bi.xlsx")
