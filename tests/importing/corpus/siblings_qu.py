"""The main corpus's siblings of the held-out documents h385, h400 and h410 (moved to the main corpus
when the importer was taught their shapes, helper h13fixQU).

h385's shape: a task table grouped by NUMBERED period rows (`I | THÁNG 7/2026`, the number in a
column of its own, or `A. QUÝ I NĂM 2028` in one cell), a row whose time cell is empty due at the
end of its group's period. qu1: a district hospital's quarterly plan (.docx) grouped by month rows
`I | THÁNG 10/2027`, the month's text merged across the rest of the row. qu2: a provincial
department's yearly plan sheet (.xlsx) grouped by quarter rows `A. QUÝ I NĂM 2028` merged across the
sheet; one of its rows, a meeting another body calls, reads `Theo giấy mời` in its lead column.

h400's shape: a calendar's (or plan's) preparing-unit cell that names no unit but the paper that
says who prepares (`Theo giấy mời`, `Theo Giấy triệu tập`, `Theo thông báo`): the row has no lead.
qu3: a university's weekly calendar (.docx) with such cells beside ordinary ones.

h410's shape (qu4, a commune's Tết festival plan as a Markdown table, written by hand): a time column
that prints a lunar day beside its solar one in the cell (`Mồng 10 tháng Giêng (04/02/2028)`) and
lunar days alone (`Mồng 6 tháng Giêng`, `Rằm tháng Giêng`) dated from that pair.

Their expected items (expected/qu*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-qu` writes qu1–qu3.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _document():
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    return document


def _grid(document, labels: list[str]):
    table = document.add_table(rows=1, cols=len(labels))
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, labels, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(label).bold = True
    return table


def qu1_docx(h, path: Path) -> None:
    """A district hospital's plan for the fourth quarter of 2027: `STT | Nội dung | Khoa, phòng chủ
    trì | Thời hạn | Ghi chú`, grouped by month rows whose number stands in the STT column and whose
    month is merged across the rest; two rows print no time."""
    document = _document()
    h.national_header(
        document,
        ["SỞ Y TẾ TỈNH ĐÔNG GIANG", "BỆNH VIỆN ĐA KHOA HUYỆN SƠN HÀ", "Số: 188/KH-BVĐK"],
        "Sơn Hà, ngày 24 tháng 9 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH HOẠT ĐỘNG QUÝ IV NĂM 2027",
            "Căn cứ Kế hoạch hoạt động năm 2027 của Bệnh viện, Giám đốc Bệnh viện ban hành Kế hoạch hoạt động quý IV năm 2027 như sau:",
        ],
    )
    table = _grid(document, ["STT", "Nội dung hoạt động", "Khoa, phòng chủ trì", "Thời hạn", "Ghi chú"])
    rows = [
        ("I", "THÁNG 10/2027"),
        ("1", "Kiểm tra hồ sơ bệnh án nội trú quý III", "Phòng Kế hoạch tổng hợp", "12/10/2027", ""),
        (
            "2",
            "Tập huấn quy trình kiểm soát nhiễm khuẩn cho điều dưỡng mới",
            "Khoa Kiểm soát nhiễm khuẩn",
            "",
            "Phối hợp Phòng Điều dưỡng",
        ),
        ("II", "THÁNG 11/2027"),
        ("3", "Tổ chức Hội thi tay nghề điều dưỡng giỏi cấp cơ sở", "Phòng Điều dưỡng", "Tháng 11", ""),
        ("4", "Rà soát danh mục thuốc đấu thầu năm 2028", "Khoa Dược", "", "Theo đề xuất của các khoa"),
        ("5", "Khám sức khỏe định kỳ cho người cao tuổi tại xã Sơn Thủy", "Khoa Khám bệnh", "20/11/2027", ""),
        ("III", "THÁNG 12/2027"),
        ("6", "Sơ kết công tác cải tiến chất lượng năm 2027", "Phòng Quản lý chất lượng", "15/12/2027", ""),
        ("7", "Bảo trì hệ thống máy phát điện dự phòng", "Phòng Hành chính quản trị", "Thường xuyên", ""),
        (
            "8",
            "Xây dựng Kế hoạch hoạt động năm 2028 trình Sở Y tế",
            "Phòng Kế hoạch tổng hợp",
            "28/12/2027",
            "",
        ),
    ]
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 2:
            cells[0].text = row[0]
            merged = cells[1].merge(cells[4])
            merged.text = ""
            merged.paragraphs[0].add_run(row[1]).bold = True
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    h.docx_paragraphs(
        document,
        [
            "",
            "Trên đây là Kế hoạch hoạt động quý IV năm 2027 của Bệnh viện Đa khoa huyện Sơn Hà.",
            "Nơi nhận: Sở Y tế (b/c); Ban Giám đốc; Các khoa, phòng; Lưu: VT, KHTH.",
            "GIÁM ĐỐC",
            "(Đã ký)",
            "Nguyễn Văn Thắng",
        ],
    )
    document.save(path)


def qu2_xlsx(path: Path) -> None:
    """A provincial Department of Culture's yearly plan sheet for 2028: title lines, then `TT | Nhiệm
    vụ | Đơn vị thực hiện | Thời gian | Ghi chú`, grouped by quarter rows `A. QUÝ I NĂM 2028` merged
    across the sheet; rows with no time, and a meeting whose unit cell is `Theo giấy mời`."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "KH 2028"
    title = [
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẮC SƠN",
        "KẾ HOẠCH CÔNG TÁC 6 THÁNG ĐẦU NĂM 2028",
    ]
    for number, line in enumerate(title, start=1):
        sheet.cell(number, 1, line).font = Font(bold=True)
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=5)
    top = len(title) + 2
    for column, label in enumerate(["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời gian", "Ghi chú"], start=1):
        sheet.cell(top, column, label).font = Font(bold=True)
    rows = [
        ("A. QUÝ I NĂM 2028",),
        (
            "1",
            "Tổ chức các hoạt động mừng Đảng, mừng Xuân Mậu Thân 2028",
            "Phòng Quản lý văn hóa",
            "Tháng 1/2028",
            "",
        ),
        (
            "2",
            "Dự Hội nghị tổng kết ngành văn hóa, thể thao và du lịch toàn quốc",
            "Theo giấy mời",
            "Tháng 1/2028",
            "Lãnh đạo Sở dự",
        ),
        ("3", "Kiểm tra hoạt động kinh doanh karaoke, vũ trường trên địa bàn tỉnh", "Thanh tra Sở", "", ""),
        ("4", "Hướng dẫn tổ chức lễ hội đầu xuân đúng quy định", "Phòng Quản lý văn hóa", "15/02/2028", ""),
        ("B. QUÝ II NĂM 2028",),
        (
            "5",
            "Tổ chức Giải Việt dã truyền thống Báo Bắc Sơn lần thứ 20",
            "Phòng Quản lý thể dục thể thao",
            "20/4/2028",
            "",
        ),
        (
            "6",
            "Thẩm định hồ sơ xếp hạng di tích cấp tỉnh đợt 1",
            "Phòng Quản lý di sản",
            "",
            "Theo đề nghị của UBND cấp huyện",
        ),
        (
            "7",
            "Xây dựng chương trình kích cầu du lịch hè năm 2028",
            "Phòng Quản lý du lịch",
            "Tháng 5/2028",
            "",
        ),
        ("8", "Sơ kết công tác 6 tháng đầu năm 2028", "Văn phòng Sở", "25/6/2028", ""),
    ]
    row_number = top + 1
    for row in rows:
        if len(row) == 1:
            sheet.cell(row_number, 1, row[0]).font = Font(bold=True)
            sheet.merge_cells(start_row=row_number, start_column=1, end_row=row_number, end_column=5)
        else:
            for column, text in enumerate(row, start=1):
                sheet.cell(row_number, column, text or None).alignment = Alignment(
                    wrap_text=True, vertical="top"
                )
        row_number += 1
    sheet.cell(
        row_number + 1, 1, "Các phòng, đơn vị thuộc Sở chủ động triển khai các nhiệm vụ được phân công."
    )
    for letter, width in zip("ABCDE", (6, 60, 30, 16, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


def qu3_docx(h, path: Path) -> None:
    """A university's weekly calendar (04/01–10/01/2027): `Ngày | Thời gian | Nội dung | Chủ trì |
    Đơn vị chuẩn bị | Địa điểm`, the day merged down over its rows; two meetings other bodies call
    read `Theo Giấy triệu tập` / `Theo thông báo` in the preparing column."""
    document = _document()
    h.national_header(
        document,
        ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC SƯ PHẠM TÂY NGUYÊN"],
        "Buôn Hồ, ngày 31 tháng 12 năm 2026",
    )
    h.docx_paragraphs(document, ["LỊCH CÔNG TÁC TUẦN", "(Từ ngày 04/01/2027 đến ngày 10/01/2027)"])
    table = _grid(document, ["Ngày", "Thời gian", "Nội dung", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"])
    days = [
        (
            "Thứ Hai 04/01",
            [
                (
                    "7h30",
                    "Chào cờ đầu năm và giao ban Ban Giám hiệu",
                    "Hiệu trưởng",
                    "Phòng Hành chính - Tổng hợp",
                    "Hội trường A",
                ),
                (
                    "14h00",
                    "Họp xét tốt nghiệp đợt tháng 01/2027",
                    "Phó Hiệu trưởng Trần Văn Bình",
                    "Phòng Đào tạo",
                    "Phòng họp 2",
                ),
            ],
        ),
        (
            "Thứ Ba 05/01",
            [
                (
                    "8h00",
                    "Hiệu trưởng dự Hội nghị tổng kết công tác giáo dục của tỉnh",
                    "Hiệu trưởng",
                    "Theo Giấy triệu tập",
                    "Trung tâm Hội nghị tỉnh",
                ),
                (
                    "14h00",
                    "Làm việc với Công ty Cổ phần Cà phê Buôn Hồ về thực tập của sinh viên",
                    "Phó Hiệu trưởng Trần Văn Bình",
                    "Trung tâm Hợp tác doanh nghiệp",
                    "Phòng họp 1",
                ),
            ],
        ),
        (
            "Thứ Tư 06/01",
            [
                (
                    "8h00",
                    "Kiểm tra công tác chuẩn bị thi học kỳ I tại các khoa",
                    "Phó Hiệu trưởng Lê Thị Mai",
                    "Phòng Khảo thí và Đảm bảo chất lượng",
                    "Các khoa",
                ),
                (
                    "14h00",
                    "Phó Hiệu trưởng Lê Thị Mai họp Ban Chỉ đạo phổ cập giáo dục của thành phố",
                    "",
                    "Theo thông báo",
                    "UBND thành phố",
                ),
            ],
        ),
        (
            "Thứ Năm 07/01",
            [
                (
                    "8h00",
                    "Hội nghị cán bộ chủ chốt bàn kế hoạch tuyển sinh năm 2027",
                    "Hiệu trưởng",
                    "Phòng Đào tạo",
                    "Hội trường A",
                ),
            ],
        ),
        (
            "Thứ Sáu 08/01",
            [
                ("8h00", "Ban Giám hiệu làm việc tại cơ quan", "", "", ""),
                (
                    "15h00",
                    "Sinh hoạt chuyên đề Đoàn Thanh niên tháng 01",
                    "Bí thư Đoàn trường",
                    "Đoàn Thanh niên",
                    "Hội trường B",
                ),
            ],
        ),
    ]
    for day, entries in days:
        first = len(table.rows)
        for entry in entries:
            cells = table.add_row().cells
            cells[0].text = day if len(table.rows) - 1 == first else ""
            for cell, text in zip(cells[1:], entry, strict=True):
                cell.text = text
        if len(entries) > 1:
            top, bottom = table.cell(first, 0), table.cell(first + len(entries) - 1, 0)
            merged = top.merge(bottom)
            merged.text = day
    h.docx_paragraphs(
        document,
        [
            "Lịch có thể thay đổi; Phòng Hành chính - Tổng hợp sẽ thông báo.",
            "Nơi nhận: Ban Giám hiệu; Các đơn vị; Lưu: HCTH.",
            "TL. HIỆU TRƯỞNG",
            "CHÁNH VĂN PHÒNG",
            "Phạm Quốc Huy",
        ],
    )
    document.save(path)


def siblings_qu() -> None:
    h = heldout_writers()
    qu1_docx(h, DOCS / "qu1_kh_quy_benh_vien_huyen_muc_thang_danh_so.docx")
    qu2_xlsx(DOCS / "qu2_kh_nam_so_vhttdl_muc_quy_danh_chu.xlsx")
    qu3_docx(h, DOCS / "qu3_lich_tuan_dai_hoc_theo_giay_trieu_tap.docx")
