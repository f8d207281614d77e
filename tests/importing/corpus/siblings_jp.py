"""The main corpus's siblings of the held-out documents h165, h168 and h170 (helper h13fixJP): the
same shapes with other bodies, units, tasks, dates and surface details. Their expected items
(expected/jp1_…–jp4_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-jp` writes jp1 (.xlsx), jp2 and jp4 (.docx) and,
through LibreOffice, jp3 (.odt).
"""

# ruff: noqa: E501 — document text is data: long lines.
import datetime
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def jp1_xlsx(h, path: Path) -> None:
    """A power company's sheet tracking the tasks of its monthly briefing: two rows cancelled only by
    strikethrough (every cell struck), a deadline cell of rich text whose old date is struck before
    the new one, a content cell with one struck word replaced, a hidden column of first deadlines
    and a hidden row repeating a task with its old deadline."""
    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Giao ban T4"
    labels = [
        "TT",
        "Công việc được giao",
        "Bộ phận thực hiện",
        "Thời hạn giao lần đầu",
        "Thời hạn",
        "Kết quả thực hiện",
        "Ghi chú",
    ]
    h.sheet_title_rows(
        sheet,
        [
            "CÔNG TY ĐIỆN LỰC HƯNG SƠN",
            "THEO DÕI THỰC HIỆN KẾT LUẬN GIAO BAN THÁNG 4 NĂM 2028",
            "(Số liệu đến ngày 20/5/2028)",
            "",
        ],
        len(labels),
    )
    h.xlsx_header(sheet, labels)
    struck = Font(strike=True)
    day = datetime.datetime
    rows = [
        (
            "1",
            "Hoàn thành đóng điện trạm biến áp 110 kV Tân Lập",
            "Ban Quản lý dự án",
            day(2028, 4, 30),
            day(2028, 5, 15),
            "Đã hoàn thành",
            "",
            None,
        ),
        (
            "2",
            "Kiểm tra, thay thế công tơ điện tử khu vực phường Bắc Sơn",
            "Đội Quản lý điện lực Bắc Sơn",
            day(2028, 5, 10),
            "rich",
            "Đang thực hiện",
            "Chậm do thiếu vật tư",
            None,
        ),
        (
            "3",
            "Tổ chức giải bóng đá công nhân viên chào mừng ngày 19/5",
            "Công đoàn Công ty",
            day(2028, 5, 19),
            day(2028, 5, 19),
            "",
            "",
            "struck",
        ),
        (
            "4",
            "Cập nhật sơ đồ lưới điện trung áp lên hệ thống GIS",
            "Phòng Kỹ thuật",
            day(2028, 5, 31),
            day(2028, 6, 15),
            "Đang thực hiện",
            "",
            None,
        ),
        (
            "",
            "Cập nhật sơ đồ lưới điện trung áp lên hệ thống GIS",
            "Phòng Kỹ thuật",
            day(2028, 5, 31),
            day(2028, 5, 31),
            "",
            "",
            "hidden",
        ),
        (
            "5",
            "Sửa chữa lớn đường dây 22 kV lộ 471 Trạm 110 kV Hưng Sơn",
            "Phòng Kế hoạch - Vật tư",
            day(2028, 6, 30),
            day(2028, 6, 30),
            "Chưa thực hiện",
            "",
            None,
        ),
        (
            "6",
            "Diễn tập phòng cháy chữa cháy tại trạm 110 kV Đông Hưng",
            "Phòng An toàn",
            day(2028, 5, 25),
            day(2028, 5, 25),
            "",
            "",
            "struck",
        ),
        ("7", "words", "Phòng Kinh doanh", None, "Hằng tháng", "Đang thực hiện", "", None),
        (
            "8",
            "Rà soát, ký lại hợp đồng mua bán điện với khách hàng ngoài sinh hoạt",
            "Phòng Kinh doanh",
            day(2028, 5, 31),
            day(2028, 7, 31),
            "Đang thực hiện",
            "Gia hạn theo đề nghị của phòng",
            None,
        ),
    ]
    hidden_rows = []
    for number, content, unit, first, due, result, note, mark in rows:
        sheet.append([number, content, unit, first, None, result, note])
        row = sheet.max_row
        if content == "words":
            # one word of the task struck and replaced after it: the struck word is deleted
            sheet.cell(row, 2).value = CellRichText(
                "Báo cáo tình hình thu tiền điện và giảm tổn thất điện năng ",
                TextBlock(InlineFont(strike=True), "hằng quý"),
                " hằng tháng",
            )
        if due == "rich":
            sheet.cell(row, 5).value = CellRichText(
                TextBlock(InlineFont(strike=True), "10/5/2028"), " 20/6/2028"
            )
        else:
            sheet.cell(row, 5).value = due
        for column in (4, 5):
            if isinstance(sheet.cell(row, column).value, datetime.datetime):
                sheet.cell(row, column).number_format = "DD/MM/YYYY"
        sheet.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        if mark == "struck":
            for column in range(1, len(labels) + 1):
                if sheet.cell(row, column).value is not None:
                    sheet.cell(row, column).font = struck
        if mark == "hidden":
            hidden_rows.append(row)
    sheet.append([])
    sheet.append(["", "Tổng cộng: 08 công việc"])
    sheet.append([])
    sheet.append(["", "PHÒNG TỔNG HỢP", "", "", "GIÁM ĐỐC"])
    for row in hidden_rows:
        sheet.row_dimensions[row].hidden = True
    sheet.column_dimensions["D"].hidden = True
    for column, width in zip("ABCEFG", [5, 48, 26, 14, 18, 24], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


def _vertical(cell) -> None:
    """Sets a Word table cell's text direction bottom to top (a narrow header cell printed sideways)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = cell._tc.get_or_add_tcPr()
    direction = OxmlElement("w:textDirection")
    direction.set(qn("w:val"), "btLr")
    properties.append(direction)


def jp2_docx(h, path: Path) -> None:
    """A Department of Agriculture's appendix of tasks with a three-row header: `Tiến độ` spanning
    `Bắt đầu | Hoàn thành | Chia theo quý`, that over `Quý 1` … `Quý 4`; vertical-text header cells,
    a column-number row, lettered section rows, two rows with no `Hoàn thành` but quarter marks, a
    day deadline inside its last marked quarter."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    h.set_landscape(document.sections[0])
    for text in [
        "PHỤ LỤC II",
        "DANH MỤC NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN PHÁT TRIỂN CÂY ĂN QUẢ NĂM 2028",
        "(Ban hành kèm theo Kế hoạch số 41/KH-SNNMT ngày 22/02/2028 của Sở Nông nghiệp và Môi trường tỉnh Hưng Sơn)",
    ]:
        document.add_paragraph(text)
    table = document.add_table(rows=4, cols=10)
    table.style = "Table Grid"
    # columns: TT, Tên nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Bắt đầu, Hoàn thành, Q1..Q4
    for column, text in ((0, "TT"), (1, "Tên nhiệm vụ"), (2, "Cơ quan chủ trì"), (3, "Cơ quan phối hợp")):
        h.merge_down(table, column, 0, 2, text)
    top = table.cell(0, 4).merge(table.cell(0, 9))
    top.text = "Tiến độ"
    for column, text in ((4, "Bắt đầu"), (5, "Hoàn thành")):
        h.merge_down(table, column, 1, 2, text)
    split = table.cell(1, 6).merge(table.cell(1, 9))
    split.text = "Chia theo quý"
    for offset in range(4):
        table.cell(2, 6 + offset).text = f"Quý {offset + 1}"
        _vertical(table.cell(2, 6 + offset))
    for column in (0, 2, 3):
        _vertical(table.cell(0, column))
    for column in range(10):
        table.cell(3, column).text = f"({column + 1})"
    rows = [
        ("A. NHIỆM VỤ DO SỞ CHỦ TRÌ", None),
        (
            "1",
            "Rà soát, cập nhật quy hoạch vùng trồng bưởi, cam tập trung",
            "Chi cục Trồng trọt và Bảo vệ thực vật",
            "UBND các huyện",
            "01/2028",
            "04/2028",
            "xx  ",
        ),
        (
            "2",
            "Cấp mã số vùng trồng cho các vùng sản xuất cây ăn quả xuất khẩu",
            "Chi cục Trồng trọt và Bảo vệ thực vật",
            "Hợp tác xã, doanh nghiệp",
            "02/2028",
            "",
            " xx ",
        ),
        (
            "3",
            "Xây dựng mô hình tưới tiết kiệm nước cho cây có múi",
            "Trung tâm Khuyến nông",
            "Viện Cây ăn quả miền Bắc",
            "03/2028",
            "20/11/2028",
            " xxx",
        ),
        (
            "4",
            "Tổ chức Hội chợ nông sản và trái cây đặc sản tỉnh",
            "Phòng Kế hoạch - Tài chính",
            "Sở Công Thương",
            "06/2028",
            "08/2028",
            "  x ",
        ),
        (
            "5",
            "Biên soạn tài liệu hướng dẫn quy trình sản xuất theo VietGAP",
            "Trung tâm Khuyến nông",
            "",
            "01/2028",
            "",
            "xxxx",
        ),
        ("B. NHIỆM VỤ ĐỀ NGHỊ CÁC ĐƠN VỊ KHÁC CHỦ TRÌ", None),
        (
            "6",
            "Hỗ trợ doanh nghiệp xây dựng nhãn hiệu chứng nhận cho quả vải",
            "Sở Khoa học và Công nghệ",
            "Sở Nông nghiệp và Môi trường",
            "04/2028",
            "10/2028",
            " xxx",
        ),
    ]
    for row in rows:
        cells = table.add_row().cells
        if row[1] is None:
            merged = cells[0].merge(cells[9])
            merged.text = row[0]
            continue
        number, content, lead, partner, start, end, marks = row
        for column, text in enumerate((number, content, lead, partner, start, end)):
            cells[column].text = text
        for offset, mark in enumerate(marks):
            cells[6 + offset].text = "x" if mark == "x" else ""
    for paragraph in (p for row in table.rows for cell in row.cells for p in cell.paragraphs):
        for run in paragraph.runs:
            run.font.size = Pt(10)
    document.add_paragraph("Ghi chú: các cột (7) đến (10) đánh dấu “x” vào quý triển khai nhiệm vụ.")
    document.save(path)


def _task_with_fields(document, heading: str, fields: list[tuple[str, str]]) -> None:
    document.add_heading(heading, level=2)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in fields:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value


def jp3_docx(h, path: Path) -> None:
    """A lower-secondary school's term plan (written as .docx, saved as .odt): tasks as Heading 2
    paragraphs over a two-column field table, role headings of the same style after them, vague
    dues (a week of a month, the middle of a month, a quarter's end, the term printed elsewhere,
    a festival and the next term's start for a person to set)."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["PHÒNG GD&ĐT HUYỆN ĐỒNG XUÂN", "TRƯỜNG THCS NGUYỄN TRÃI", "Số: 112/KH-THCSNT"],
        "Đồng Xuân, ngày 28 tháng 8 năm 2027",
    )
    document.add_heading("KẾ HOẠCH", level=1)
    document.add_paragraph("Triển khai các nhiệm vụ trọng tâm học kỳ I năm học 2027 - 2028")
    document.add_heading("I. MỤC ĐÍCH, YÊU CẦU", level=1)
    document.add_paragraph(
        "Cụ thể hóa nhiệm vụ năm học của Phòng GD&ĐT; mỗi nhiệm vụ có bộ phận chủ trì, kết quả cần đạt và thời gian hoàn thành rõ ràng."
    )
    document.add_paragraph(
        "Học kỳ I năm học 2027 - 2028 bắt đầu từ ngày 06/9/2027, kết thúc ngày 15/01/2028 theo khung thời gian năm học của tỉnh."
    )
    document.add_heading("II. CÁC NHIỆM VỤ TRỌNG TÂM", level=1)
    tasks = [
        (
            "1. Tổ chức Tết Trung thu cho học sinh toàn trường",
            "Học sinh được vui Tết, gắn kết tập thể",
            "Chương trình văn nghệ, 45 mâm cỗ trông trăng",
            "Liên đội trường",
            "Trước Tết Trung thu",
        ),
        (
            "2. Tổ chức Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11",
            "Mỗi giáo viên dạy tốt ít nhất 02 tiết",
            "Biên bản dự giờ, bảng tổng hợp xếp loại",
            "Tổ Khoa học xã hội",
            "Tuần 3 tháng 11/2027",
        ),
        (
            "3. Khảo sát chất lượng đầu năm các môn Toán, Ngữ văn, Tiếng Anh",
            "Phân loại học sinh để phụ đạo, bồi dưỡng",
            "Bảng điểm khảo sát, danh sách học sinh cần phụ đạo",
            "Tổ Khoa học tự nhiên",
            "Giữa tháng 9/2027",
        ),
        (
            "4. Tuyên truyền phòng, chống bạo lực học đường",
            "Không để xảy ra vụ việc bạo lực trong nhà trường",
            "05 buổi sinh hoạt dưới cờ theo chủ đề",
            "Liên đội trường",
            "Trong học kỳ I",
        ),
        (
            "5. Kiểm kê, sửa chữa bàn ghế và hệ thống chiếu sáng các phòng học",
            "Đủ điều kiện dạy học an toàn",
            "Biên bản kiểm kê, hồ sơ nghiệm thu sửa chữa",
            "Bộ phận Văn phòng - Thiết bị",
            "Tháng 9 và tháng 10/2027",
        ),
        (
            "6. Sơ kết học kỳ I, đánh giá thi đua các tổ",
            "Đánh giá đúng kết quả từng tập thể",
            "Báo cáo sơ kết, biên bản xét thi đua",
            "Tổ Văn phòng",
            "Cuối quý IV/2027",
        ),
        (
            "7. Xây dựng kế hoạch ôn thi vào lớp 10 cho học sinh lớp 9",
            "Chuẩn bị sớm cho kỳ thi tuyển sinh",
            "Kế hoạch, thời khóa biểu ôn tập",
            "Tổ Khoa học tự nhiên",
            "Đầu học kỳ II",
        ),
        (
            "8. Tổ chức Hội khỏe Phù Đổng cấp trường",
            "Chọn vận động viên dự thi cấp huyện",
            "Danh sách đội tuyển, quyết định khen thưởng",
            "Tổ Năng khiếu",
            "Giữa tháng 12/2027",
        ),
    ]
    for heading, aim, product, lead, due in tasks:
        _task_with_fields(
            document,
            heading,
            [
                ("Yêu cầu", aim),
                ("Kết quả, sản phẩm", product),
                ("Bộ phận chủ trì", lead),
                ("Thời gian hoàn thành", due),
            ],
        )
    document.add_heading("III. TỔ CHỨC THỰC HIỆN", level=1)
    for heading, duty in [
        (
            "1. Ban Giám hiệu",
            "Phân công thành viên phụ trách từng nhiệm vụ; kiểm tra, đôn đốc việc thực hiện.",
        ),
        (
            "2. Các tổ chuyên môn, Tổ Văn phòng",
            "Cụ thể hóa thành kế hoạch của tổ, thực hiện đúng tiến độ, báo cáo kết quả về Ban Giám hiệu.",
        ),
        (
            "3. Liên đội trường",
            "Phối hợp giáo viên chủ nhiệm tổ chức các hoạt động trải nghiệm cho học sinh.",
        ),
    ]:
        document.add_heading(heading, level=2)
        document.add_paragraph(duty)
    document.add_paragraph("Nơi nhận:\n- Phòng GD&ĐT (b/c);\n- Các tổ, bộ phận;\n- Lưu: VT.")
    document.add_paragraph("HIỆU TRƯỞNG\n(đã ký)\nTrần Văn Hải")
    document.save(path)


def jp4_docx(h, path: Path) -> None:
    """A district culture centre's quarter plan: each task a numbered Heading 2 over a three-row
    field table (`Kết quả cần đạt`, `Đơn vị chủ trì`, `Thời gian`), other wording and dues (the first
    week of a month, the middle of a month, a day, a quarter's end), an unnumbered role heading
    closing the plan."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND HUYỆN KIM BẢNG", "TRUNG TÂM VĂN HÓA - THỂ THAO", "Số: 09/KH-TTVHTT"],
        "Kim Bảng, ngày 05 tháng 01 năm 2027",
    )
    document.add_heading("KẾ HOẠCH HOẠT ĐỘNG QUÝ I VÀ QUÝ II NĂM 2027", level=1)
    document.add_heading("A. NỘI DUNG HOẠT ĐỘNG", level=1)
    tasks = [
        (
            "1. Trang trí cổ động trực quan mừng Đảng, mừng Xuân Đinh Mùi",
            "100% tuyến đường trung tâm được trang trí",
            "Tổ Tuyên truyền cổ động",
            "Tuần 1 tháng 2/2027",
        ),
        (
            "2. Tổ chức Giải việt dã truyền thống huyện năm 2027",
            "Thu hút trên 300 vận động viên tham gia",
            "Tổ Thể dục thể thao",
            "28/3/2027",
        ),
        (
            "3. Phục dựng lễ hội đình làng Văn Xá",
            "Lưu giữ nghi lễ truyền thống, có video tư liệu",
            "Tổ Nghiệp vụ văn hóa",
            "Giữa tháng 4/2027",
        ),
        (
            "4. Mở lớp năng khiếu hè cho thiếu nhi",
            "Tối thiểu 06 lớp, 150 học viên",
            "Tổ Nghiệp vụ văn hóa",
            "Cuối quý II/2027",
        ),
        (
            "5. Tổng hợp số liệu thiết chế văn hóa cơ sở",
            "Cơ sở dữ liệu thiết chế văn hóa 20 xã, thị trấn",
            "Tổ Hành chính - Tổng hợp",
            "Giữa tháng 6/2027",
        ),
    ]
    for heading, result, lead, due in tasks:
        _task_with_fields(
            document, heading, [("Kết quả cần đạt", result), ("Đơn vị chủ trì", lead), ("Thời gian", due)]
        )
    document.add_heading("B. TỔ CHỨC THỰC HIỆN", level=1)
    document.add_heading("Các tổ chuyên môn", level=2)
    document.add_paragraph(
        "Xây dựng kế hoạch chi tiết, dự trù kinh phí từng hoạt động, trình Giám đốc phê duyệt trước khi thực hiện."
    )
    document.add_paragraph("GIÁM ĐỐC\n(đã ký)\nĐỗ Minh Tâm")
    document.save(path)


def siblings_jp() -> None:
    h = heldout_writers()
    jp1_xlsx(h, DOCS / "jp1_theo_doi_giao_ban_dien_luc_gach_ngang_an.xlsx")
    jp2_docx(h, DOCS / "jp2_phu_luc_so_nnmt_tieu_de_ba_tang_quy.docx")
    jp4_docx(h, DOCS / "jp4_kh_trung_tam_vhtt_tieu_de_bang_truong.docx")
    if not shutil.which("soffice"):
        print("soffice not found: jp3 (.odt) was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        name = "jp3_kh_truong_thcs_tieu_de_bang_truong_moc_mo"
        jp3_docx(h, Path(tmp) / f"{name}.docx")
        h.soffice_convert(Path(tmp) / f"{name}.docx", "odt", DOCS / f"{name}.odt")
