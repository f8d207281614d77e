"""The main corpus's siblings of the held-out documents h574 and h575 (moved to the main corpus when
the importer was taught their shapes, by h13fixSP on 2026-12-06): a programme table with no time
column, timed by section rows merged across (`THÁNG 02/2028`, `QUÝ III/2028`) and closed by a bare
standing-work row (`CÔNG VIỆC THƯỜNG XUYÊN`, `NHIỆM VỤ THƯỜNG XUYÊN`) whose rows are ongoing, one of
them meeting on a day of "the month" with no month named (`vào sáng thứ Hai đầu tháng`: recurring)
— a district Youth Union's (.docx, sp1) and a district Labour Federation's (.xlsx, sp2) (h574); and a
medical centre's notice of conclusions whose points put the doer first and the time inside the
sentence, one starting on a day and reporting its progress at a briefing on a later day (its due),
two given to posts (`Kỹ thuật viên trưởng Trung tâm`, `Điều dưỡng trưởng Trung tâm`) that lead as
printed (.docx, sp3; h575). Their expected items (expected/sp1_…, sp2_…, sp3_…) were written by hand
before the first import. `python tests/importing/corpus/make_docs.py --siblings-sp` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _programme_table(document, header: tuple[str, ...], rows: list[tuple[str, ...] | str]) -> None:
    """A table: the header, then rows of cells, a bare string being a section row merged across
    every cell after the first (left blank)."""
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, header, strict=True):
        cell.text = label
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            merged = cells[1].merge(cells[-1])
            merged.text = row
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def sp1_docx(path: Path) -> None:
    """A district Youth Union's yearly programme for 2028: month and quarter rows across the table,
    then `CÔNG VIỆC THƯỜNG XUYÊN` over a standing duty and a monthly meeting."""
    from docx import Document

    document = Document()
    document.add_paragraph("BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH HUYỆN ĐÔNG SƠN")
    document.add_paragraph("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028")
    document.add_paragraph("của Ban Thường vụ Huyện đoàn")
    document.add_paragraph(
        "Thực hiện Nghị quyết Hội nghị Ban Chấp hành Huyện đoàn lần thứ tám, Ban Thường vụ Huyện đoàn xây "
        "dựng Chương trình công tác năm 2028 như sau:"
    )
    _programme_table(
        document,
        ("STT", "Nội dung", "Đơn vị chủ trì", "Cấp thông qua"),
        [
            "THÁNG 02/2028",
            ("1", "Tổ chức Lễ ra quân Tháng Thanh niên", "Ban Phong trào", "BTV"),
            (
                "2",
                "Xây dựng Kế hoạch tuyên truyền kỷ niệm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
                "Ban Tuyên giáo",
                "BTV",
            ),
            "THÁNG 3/2028",
            ("3", "Tuyên dương cán bộ Đoàn tiêu biểu cấp huyện", "Ban Tổ chức - Kiểm tra", "BTV"),
            "QUÝ III/2028",
            ("4", "Tổ chức chiến dịch thanh niên tình nguyện hè", "Ban Phong trào", "BTV"),
            (
                "5",
                "Kiểm tra công tác Đoàn tại các cơ sở Đoàn khối trường học",
                "Ủy ban Kiểm tra Huyện đoàn",
                "BTV",
            ),
            "THÁNG 10 - 11/2028",
            (
                "6",
                "Hội nghị Ban Chấp hành Huyện đoàn tổng kết công tác Đoàn và phong trào thanh thiếu nhi",
                "Văn phòng Huyện đoàn",
                "BCH",
            ),
            "CÔNG VIỆC THƯỜNG XUYÊN",
            ("7", "Theo dõi, hướng dẫn hoạt động của các cơ sở Đoàn", "Ban Tổ chức - Kiểm tra", ""),
            (
                "8",
                "Giao ban Thường trực Huyện đoàn với Bí thư các cơ sở Đoàn vào sáng thứ Hai đầu tháng",
                "Văn phòng Huyện đoàn",
                "",
            ),
        ],
    )
    document.add_paragraph("T/M BAN THƯỜNG VỤ HUYỆN ĐOÀN")
    document.add_paragraph("BÍ THƯ")
    document.save(path)


def sp2_xlsx(path: Path) -> None:
    """A district Labour Federation's yearly programme for 2029 (.xlsx): quarter and month rows
    merged across the sheet, then `NHIỆM VỤ THƯỜNG XUYÊN` over a standing duty and a monthly
    meeting; a leader column beside the unit that does the work."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Chuong trinh"
    sheet.append(["LIÊN ĐOÀN LAO ĐỘNG HUYỆN KIM BẢNG"])
    sheet.append(["CHƯƠNG TRÌNH CÔNG TÁC NĂM 2029"])
    sheet.append(["TT", "Nội dung công việc", "Đơn vị thực hiện", "Lãnh đạo phụ trách"])
    rows: list[tuple[str, ...] | str] = [
        "QUÝ I/2029",
        (
            "1",
            "Tổ chức Hội nghị cán bộ, công chức, viên chức tại các cơ quan, đơn vị",
            "Ban Tổ chức - Kiểm tra",
            "Chủ tịch",
        ),
        (
            "2",
            "Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn",
            "Ban Chính sách - Pháp luật",
            "Phó Chủ tịch Đỗ Thị Hằng",
        ),
        "THÁNG 4/2029",
        ("3", "Phát động Tháng Công nhân", "Ban Tuyên giáo - Nữ công", "Phó Chủ tịch Đỗ Thị Hằng"),
        "QUÝ III/2029",
        (
            "4",
            "Kiểm tra việc thực hiện quy chế dân chủ tại các doanh nghiệp trên địa bàn",
            "Ủy ban Kiểm tra Liên đoàn Lao động huyện",
            "Chủ tịch",
        ),
        (
            "5",
            "Tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở",
            "Ban Tổ chức - Kiểm tra",
            "Phó Chủ tịch Lương Văn Tâm",
        ),
        "THÁNG 12/2029",
        (
            "6",
            "Tổng kết hoạt động công đoàn, xây dựng chương trình công tác năm sau",
            "Văn phòng Liên đoàn Lao động huyện",
            "Chủ tịch",
        ),
        "NHIỆM VỤ THƯỜNG XUYÊN",
        (
            "7",
            "Tiếp nhận, giải quyết đơn thư của đoàn viên, người lao động",
            "Ban Chính sách - Pháp luật",
            "Phó Chủ tịch Lương Văn Tâm",
        ),
        (
            "8",
            "Sinh hoạt Ban Thường vụ Liên đoàn Lao động huyện vào chiều thứ Sáu tuần cuối tháng",
            "Văn phòng Liên đoàn Lao động huyện",
            "Chủ tịch",
        ),
    ]
    for row in rows:
        if isinstance(row, str):
            sheet.append([row])
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=4)
        else:
            sheet.append(list(row))
    book.save(path)


def sp3_docx(path: Path) -> None:
    """A district medical centre's notice of its director's conclusions at the February 2029 briefing:
    points 2.1–2.6 whose doer opens the sentence and whose time is inside it."""
    from docx import Document

    document = Document()
    for text in (
        "SỞ Y TẾ TỈNH ĐỒNG NAM",
        "TRUNG TÂM Y TẾ HUYỆN TÂN PHÚ",
        "THÔNG BÁO",
        "Kết luận của Giám đốc Trung tâm tại cuộc họp giao ban tháng 02/2029",
        "Ngày 28/02/2029, BSCKI. Trần Văn Lộc, Giám đốc Trung tâm chủ trì cuộc họp giao ban; dự họp có các "
        "Phó Giám đốc, trưởng các khoa, phòng và trạm trưởng các trạm y tế xã. Sau khi nghe Phòng Kế hoạch - "
        "Nghiệp vụ báo cáo tình hình hoạt động tháng 02 và ý kiến của các thành viên, Giám đốc Trung tâm kết "
        "luận như sau:",
        "1. Tình hình chung",
        "Trong tháng, Trung tâm tiếp nhận 5.120 lượt khám, điều trị nội trú 640 lượt; tỷ lệ tiêm chủng đầy "
        "đủ cho trẻ dưới 1 tuổi đạt 96%.",
        "2. Nhiệm vụ tháng 3/2029",
        "2.1. Khoa Kiểm soát bệnh tật chủ trì, phối hợp các Trạm Y tế xã triển khai chiến dịch tiêm vắc xin "
        "sởi - rubella cho trẻ từ 1 đến 5 tuổi, hoàn thành trước ngày 25/3/2029.",
        "2.2. Giao Khoa Khám bệnh triển khai đặt lịch khám qua ứng dụng điện thoại từ ngày 01/3/2029; báo "
        "cáo tiến độ tại buổi giao ban ngày 02/4/2029.",
        "2.3. Kỹ thuật viên trưởng Trung tâm tổ chức kiểm tra việc hiệu chuẩn, bảo dưỡng máy xét nghiệm tại "
        "Khoa Xét nghiệm - Chẩn đoán hình ảnh, định kỳ hằng quý.",
        "2.4. Phòng Tài chính - Kế toán lập dự toán kinh phí mua sắm vật tư tiêu hao quý II, trình Giám đốc "
        "chậm nhất ngày 20/3/2029.",
        "2.5. Điều dưỡng trưởng Trung tâm tổ chức kiểm tra công tác chăm sóc người bệnh tại các khoa lâm "
        "sàng, định kỳ hằng tháng.",
        "2.6. Phòng Kế hoạch - Nghiệp vụ tổng hợp số liệu khám chữa bệnh bảo hiểm y tế, gửi Bảo hiểm xã hội "
        "huyện trước ngày 10 hằng tháng.",
        "Phòng Tổ chức - Hành chính thông báo để các khoa, phòng, trạm y tế xã biết, thực hiện./.",
        "GIÁM ĐỐC",
        "Trần Văn Lộc",
    ):
        document.add_paragraph(text)
    document.save(path)


def siblings_sp() -> None:
    sp1_docx(DOCS / "sp1_ctr_huyen_doan_thang_quy_thuong_xuyen.docx")
    sp2_xlsx(DOCS / "sp2_ct_ldld_huyen_quy_thang_nhiem_vu_thuong_xuyen.xlsx")
    sp3_docx(DOCS / "sp3_tbkl_ttyt_huyen_giao_ban_truong_khoa.docx")
