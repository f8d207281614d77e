"""The main corpus's siblings of the held-out document h619 (moved to the main corpus when the importer
was taught its shape, by h13fixTA on 2026-12-06): a small office's plan with from/to date columns whose
column of those in charge (`Người phụ trách`) names only posts and persons, among them a division's head
by post alone (`Trưởng phòng`, `Trưởng khoa`: a post, though `Trưởng` folds as `Trường`, a school),
and no unit; they lead as printed. Their expected items (expected/ta1_…, ta2_…) were written by hand
before the first import. `python tests/importing/corpus/make_docs.py --siblings-ta` writes the two.
"""

import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def ta1_xlsx(path: Path) -> None:
    """A regional hospital's pharmacy department's plan for 2029 (.xlsx): from/to date cells, two Roman
    group rows merged across, word times merged over both date columns, those in charge `Trưởng
    khoa`, `Phó Trưởng khoa …`, `DS. …`; a note and the signer `TRƯỞNG KHOA` under the table."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Khoa Duoc"
    sheet.append(["BỆNH VIỆN ĐA KHOA KHU VỰC BẮC LẠC - KHOA DƯỢC"])
    sheet.append(["KẾ HOẠCH HOẠT ĐỘNG CỦA KHOA DƯỢC NĂM 2029"])
    sheet.append([])
    sheet.append(["STT", "Công việc", "Từ ngày", "Đến ngày", "Người phụ trách", "Kết quả"])
    for cell in sheet[4]:
        cell.font = Font(bold=True)

    def day(d: int, m: int) -> datetime.datetime:
        return datetime.datetime(2029, m, d)

    rows = [
        ("I", "CÔNG TÁC CUNG ỨNG THUỐC"),
        [
            1,
            "Xây dựng danh mục thuốc sử dụng tại Bệnh viện năm 2029",
            day(2, 1),
            day(31, 1),
            "Trưởng khoa",
            "Danh mục được duyệt",
        ],
        [
            2,
            "Tổ chức lựa chọn nhà thầu cung ứng thuốc generic",
            day(1, 2),
            day(30, 4),
            "Phó Trưởng khoa Đinh Thị Yến",
            "Kết quả lựa chọn nhà thầu",
        ],
        [
            3,
            "Kiểm kê thuốc, hóa chất, vật tư y tế tiêu hao tại kho chẵn, kho lẻ",
            "Hằng tháng",
            None,
            "DS. Lâm Quốc Việt",
            "Biên bản kiểm kê",
        ],
        ("II", "CÔNG TÁC DƯỢC LÂM SÀNG"),
        [
            4,
            "Bình bệnh án, giám sát kê đơn kháng sinh tại các khoa lâm sàng",
            "Thường xuyên",
            None,
            "DS. Hà Minh Châu",
            "",
        ],
        [
            5,
            "Tập huấn sử dụng thuốc an toàn, hợp lý cho điều dưỡng",
            day(15, 5),
            day(16, 5),
            "Trưởng khoa",
            "",
        ],
        [
            6,
            "Tổng hợp báo cáo phản ứng có hại của thuốc gửi Trung tâm Thông tin thuốc",
            None,
            day(30, 6),
            "DS. Hà Minh Châu",
            "Báo cáo",
        ],
    ]
    for row in rows:
        if isinstance(row, tuple):
            sheet.append(list(row))
            at = sheet.max_row
            sheet.merge_cells(start_row=at, start_column=2, end_row=at, end_column=6)
            sheet.cell(at, 1).font = sheet.cell(at, 2).font = Font(bold=True)
            continue
        sheet.append(row)
        at = sheet.max_row
        for column in (3, 4):
            if isinstance(sheet.cell(at, column).value, datetime.datetime):
                sheet.cell(at, column).number_format = "dd/mm/yyyy"
        if isinstance(row[2], str):
            sheet.merge_cells(start_row=at, start_column=3, end_row=at, end_column=4)
    sheet.append([])
    sheet.append(["", "Ghi chú: Thời gian có thể thay đổi theo chỉ đạo của Ban Giám đốc Bệnh viện."])
    sheet.append([])
    sheet.append(["", "", "", "", "TRƯỞNG KHOA"])
    sheet.append([])
    sheet.append(["", "", "", "", "DS.CKI. Phùng Văn Tài"])
    book.save(path)


def ta2_docx(path: Path) -> None:
    """A vocational college's student affairs office's plan for the first half of 2030 (.docx): a
    table with from/to dates written out, those in charge `Trưởng phòng`, `Phó Trưởng phòng`, `PTP
    …`, `CV. …`; the signer under the table."""
    from docx import Document

    document = Document()
    document.add_paragraph("TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHIỆP NAM HÀ")
    document.add_paragraph("PHÒNG CÔNG TÁC HỌC SINH, SINH VIÊN")
    document.add_paragraph("KẾ HOẠCH CÔNG TÁC HỌC SINH, SINH VIÊN 6 THÁNG ĐẦU NĂM 2030")
    rows = [
        (
            "1",
            "Tổ chức tuần sinh hoạt công dân học sinh, sinh viên đầu học kỳ II",
            "06/01/2030",
            "12/01/2030",
            "Trưởng phòng",
        ),
        (
            "2",
            "Xét, cấp học bổng khuyến khích học tập học kỳ I năm học 2029-2030",
            "03/02/2030",
            "28/02/2030",
            "PTP Quách Văn Hưng",
        ),
        (
            "3",
            "Rà soát, giải quyết chế độ miễn, giảm học phí cho học sinh, sinh viên",
            "01/03/2030",
            "31/03/2030",
            "CV. Tạ Thị Mỹ",
        ),
        (
            "4",
            "Tổ chức đối thoại giữa Hiệu trưởng với học sinh, sinh viên",
            "",
            "20/04/2030",
            "Phó Trưởng phòng",
        ),
        (
            "5",
            "Đánh giá kết quả rèn luyện học sinh, sinh viên học kỳ II",
            "01/06/2030",
            "15/06/2030",
            "CV. Tạ Thị Mỹ",
        ),
    ]
    header = ("TT", "Nội dung công việc", "Từ ngày", "Đến ngày", "Người phụ trách")
    table = document.add_table(rows=1, cols=len(header))
    for cell, label in zip(table.rows[0].cells, header, strict=True):
        cell.text = label
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.add_paragraph("TRƯỞNG PHÒNG")
    document.add_paragraph("ThS. Lương Thị Hồng Nhung")
    document.save(path)


def siblings_ta() -> None:
    ta1_xlsx(DOCS / "ta1_kh_khoa_duoc_benh_vien_tu_den.xlsx")
    ta2_docx(DOCS / "ta2_kh_phong_ctsv_cao_dang_tu_den.docx")
