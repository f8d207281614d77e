"""Writes the binaries of the held-out documents h143–h162 (helper h13author12).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h143`.
Every text below is own-authored (other names, units, places, dates and tasks) in how such offices
commonly publish these kinds; no third-party text is stored. The .md, .html, .csv and .txt
documents of the batch are written by hand and live beside the output. Like `make_docs.py` this
writes **only the documents**: their expected items (`expected/`) were written by hand from the
document text before the importer was first run on them. The writer helpers (national header,
grid tables, title rows, LibreOffice conversion, rasterising) are `make_docs.py`'s. The .xls, .ods,
.odt, .doc, .rtf and the PDFs need LibreOffice (`soffice`), the scan and the PNG pypdfium2; their
bytes differ run to run, so regenerate only on purpose.
"""

# ruff: noqa: E501 — document text is data: long lines.

import datetime
import shutil
import sys
import tempfile
from pathlib import Path

from batch_common import DOCS, MOVED
from batch_common import writers as _writers


# -------------------------------------------------------------------------------------------- h143
def h143(h, path: Path) -> None:
    """A Sở's dispatch whose tasks are paragraphs laid out with tab stops and dot leaders (no
    table): `N.<tab>content<tab>unit<tab>deadline`, one content continued on a line of its own."""
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.0), Cm(1.5)
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(11)
    h.national_header(
        document,
        ["UBND TỈNH LÂM HẢI", "SỞ CÔNG THƯƠNG", "Số: 215/SCT-QLTM"],
        "Lâm Hải, ngày 05 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "V/v triển khai các nhiệm vụ bảo đảm cung ứng hàng hóa dịp Tết Nguyên đán Đinh Mùi 2027",
            "Kính gửi: Các phòng, đơn vị thuộc Sở.",
            "Thực hiện Chỉ thị số 01/CT-UBND ngày 02/01/2027 của Chủ tịch UBND tỉnh về bảo đảm cung ứng hàng hóa, bình ổn thị trường dịp Tết Nguyên đán Đinh Mùi 2027, Giám đốc Sở Công Thương giao nhiệm vụ cho các phòng, đơn vị như sau:",
        ],
    )

    def tabbed(text: str, bold: bool = False) -> None:
        paragraph = document.add_paragraph()
        stops = paragraph.paragraph_format.tab_stops
        stops.add_tab_stop(Cm(0.8), WD_TAB_ALIGNMENT.LEFT)
        stops.add_tab_stop(Cm(8.0), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
        stops.add_tab_stop(Cm(14.0), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
        paragraph.paragraph_format.space_after = Pt(3)
        paragraph.add_run(text).bold = bold

    tabbed("TT\tNội dung nhiệm vụ\tĐơn vị thực hiện\tThời hạn", bold=True)
    lines = [
        "1.\tXây dựng kế hoạch dự trữ hàng hóa\tPhòng Quản lý thương mại\t15/01/2027",
        "\tthiết yếu phục vụ Tết",
        "2.\tTổng hợp giá cả thị trường, báo cáo Sở\tPhòng Quản lý thương mại\tHằng tuần (thứ Sáu)",
        "3.\tKiểm tra an toàn điện tại các chợ,\tPhòng Quản lý năng lượng\t25/01/2027",
        "\tsiêu thị, trung tâm thương mại",
        "4.\tTổ chức Phiên chợ hàng Việt về nông\tTrung tâm Khuyến công và XTTM\t20 - 30/01/2027",
        "\tthôn tại xã Tân Lạc và xã Mỹ Hòa",
        "5.\tTrực đường dây nóng tiếp nhận phản\tVăn phòng Sở\t25/01 - 15/02/2027",
        "\tánh của người dân về giá cả",
        "6.\tKiểm tra việc niêm yết giá, bán\tThanh tra Sở\tThường xuyên",
        "\tđúng giá niêm yết",
        "7.\tBáo cáo tình hình thị trường trước,\tPhòng Quản lý thương mại\t12/02/2027",
        "\ttrong và sau Tết",
        "8.\tBảo đảm cung ứng xăng dầu, không\tPhòng Quản lý năng lượng\tTrong dịp Tết",
        "\tđể đứt nguồn cục bộ",
    ]
    for line in lines:
        tabbed(line)
    h.docx_paragraphs(
        document,
        [
            "(Trung tâm Khuyến công và XTTM: Trung tâm Khuyến công và Xúc tiến thương mại)",
            "Thủ trưởng các phòng, đơn vị chịu trách nhiệm tổ chức thực hiện; trong quá trình thực hiện có khó khăn, vướng mắc kịp thời báo cáo Giám đốc Sở để chỉ đạo./.",
            "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Lưu: VT, QLTM.",
            "GIÁM ĐỐC\n(đã ký)\nPhan Quốc Việt",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h144
def h144(h, path: Path) -> None:
    """An irrigation company's quarter plan as a Gantt of **week** columns (`Tuần 27` … `Tuần 38`)
    whose second header row prints each week's dates; marks `■`, two separate spans in one row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH Quy III"
    weeks = list(range(27, 39))
    width = 3 + len(weeks) + 1
    h.sheet_title_rows(
        sheet,
        [
            "CÔNG TY TNHH MTV KHAI THÁC CÔNG TRÌNH THỦY LỢI LÂM HẢI",
            "KẾ HOẠCH TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI QUÝ III NĂM 2027",
            "(Ban hành kèm theo Quyết định số 96/QĐ-CTTL ngày 25/6/2027 của Giám đốc Công ty)",
            "",
        ],
        width,
    )
    first_week = datetime.date(2027, 7, 5)
    header = (
        ["STT", "Nội dung công việc", "Đơn vị thực hiện"] + [f"Tuần {week}" for week in weeks] + ["Ghi chú"]
    )
    ranges = ["", "", ""]
    for index in range(len(weeks)):
        start = first_week + datetime.timedelta(days=7 * index)
        end = start + datetime.timedelta(days=6)
        ranges.append(f"{start.day:02d}/{start.month}-{end.day:02d}/{end.month}")
    ranges.append("")
    h.xlsx_header(sheet, header)
    top = sheet.max_row
    sheet.append(ranges)
    for column in (1, 2, 3, width):
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    for cell in sheet[top + 1]:
        cell.font = Font(italic=True, size=8)
    rows = [
        (
            "1",
            "Kiểm tra, đánh giá an toàn các hồ chứa trước mùa mưa lũ",
            "Phòng Quản lý nước và công trình",
            [27, 28, 29],
            "",
        ),
        (
            "2",
            "Bổ sung vật tư dự phòng (bao tải, đá hộc, rọ thép) tại các kho",
            "Phòng Kế hoạch - Vật tư",
            [27, 28],
            "",
        ),
        (
            "3",
            "Nạo vét kênh tiêu chính Bắc Hà đoạn K0 - K3+500",
            "Xí nghiệp Thủy lợi Bắc Hà",
            [28, 29, 30, 31, 32, 33],
            "",
        ),
        (
            "4",
            "Vận hành cống tiêu Cửa Đạt theo quy trình vận hành liên hồ chứa",
            "Xí nghiệp Thủy lợi Nam Hà",
            [30, 31, 36, 37],
            "Theo thông báo lũ",
        ),
        ("5", "Diễn tập phương án ứng phó xả lũ khẩn cấp hồ Suối Mơ", "Phòng Kỹ thuật", [32], ""),
        ("6", "Kiểm tra, bảo dưỡng máy bơm trạm bơm Đồng Lạc", "Xí nghiệp Thủy lợi Nam Hà", [34, 35], ""),
        (
            "7",
            "Trực ban phòng, chống thiên tai 24/24 giờ",
            "Văn phòng Ban Chỉ huy PCTT Công ty",
            weeks,
            "Thường xuyên",
        ),
        (
            "8",
            "Sơ kết công tác phòng, chống thiên tai 9 tháng, báo cáo Sở Nông nghiệp và Môi trường",
            "Phòng Tổ chức - Hành chính",
            [38],
            "",
        ),
    ]
    grey = PatternFill("solid", fgColor="BFBFBF")
    for number, text, unit, marked, note in rows:
        sheet.append([number, text, unit] + ["■" if week in marked else "" for week in weeks] + [note])
        row = sheet.max_row
        sheet.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        for index, week in enumerate(weeks):
            if week in marked:
                cell = sheet.cell(row, 4 + index)
                cell.fill = grey
                cell.alignment = Alignment(horizontal="center")
    sheet.append([])
    sheet.append(["", "Ghi chú: ■ Thời gian thực hiện; các tuần tính từ thứ Hai đến Chủ nhật."])
    sheet.append(["", "", "", "", "", "", "", "", "", "GIÁM ĐỐC"])
    sheet.append(["", "", "", "", "", "", "", "", "", "(đã ký)"])
    sheet.append(["", "", "", "", "", "", "", "", "", "Lê Thành Trung"])
    sheet.column_dimensions["A"].width = 5
    sheet.column_dimensions["B"].width = 46
    sheet.column_dimensions["C"].width = 28
    for index in range(len(weeks)):
        sheet.column_dimensions[get_column_letter(4 + index)].width = 9
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h145
def h145(h, path: Path) -> None:
    """A health centre's activity plan whose outline is only the cells' **indent** (no numbers):
    bold groups at indent 0, activities at 1, sub-activities at 2; years printed with two digits."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KHHD 2027"
    h.sheet_title_rows(
        sheet,
        [
            "SỞ Y TẾ TỈNH LÂM HẢI",
            "TRUNG TÂM Y TẾ KHU VỰC TÂY SƠN",
            "KẾ HOẠCH HOẠT ĐỘNG NĂM 2027",
            "",
        ],
        4,
    )
    h.xlsx_header(sheet, ["Nội dung hoạt động", "Khoa/Phòng thực hiện", "Thời gian", "Kinh phí (triệu đồng)"])
    rows = [
        (0, "Công tác khám bệnh, chữa bệnh", "", "", None),
        (1, "Triển khai bệnh án điện tử tại 100% khoa lâm sàng", "Phòng Kế hoạch tổng hợp", "31/12/27", 850),
        (1, "Mở phòng khám ngoài giờ vào thứ Bảy, Chủ nhật", "Khoa Khám bệnh", "Từ 01/4/27", 120),
        (0, "Công tác y tế dự phòng", "", "", None),
        (1, "Triển khai tiêm chủng mở rộng năm 2027", "Khoa Kiểm soát bệnh tật", "", None),
        (2, "Tiêm vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi", "", "Tháng 3 - 4/27", 64),
        (2, "Tiêm vắc xin uốn ván cho phụ nữ có thai", "", "Hằng tháng", 18),
        (1, "Giám sát, phòng chống sốt xuất huyết mùa mưa", "Khoa Kiểm soát bệnh tật", "Tháng 6 - 10/27", 95),
        (0, "Công tác quản trị, tài chính", "", "", None),
        (1, "Sửa chữa hệ thống xử lý nước thải", "Phòng Tài chính - Kế hoạch", "30/9/27", 1200),
        (
            1,
            "Tập huấn phòng cháy, chữa cháy cho viên chức, người lao động",
            "Phòng Tổ chức - Hành chính",
            "Quý II/27",
            25,
        ),
        (1, "Kiểm kê tài sản, công cụ dụng cụ cuối năm", "Phòng Tổ chức - Hành chính", "15/12/27", None),
    ]
    first = sheet.max_row + 1
    for level, text, unit, time, money in rows:
        sheet.append([text, unit, time, money])
        row = sheet.max_row
        sheet.cell(row, 1).alignment = Alignment(indent=level * 2, wrap_text=True, vertical="top")
        if level == 0:
            sheet.cell(row, 1).font = Font(bold=True)
    last = sheet.max_row
    sheet.append(["Tổng cộng", "", "", f"=SUM(D{first}:D{last})"])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    sheet.append([])
    sheet.append(["", "", "GIÁM ĐỐC"])
    sheet.append(["", "", "(đã ký)"])
    sheet.append(["", "", "BSCKII. Đặng Văn Hòa"])
    for column, width in zip("ABCD", [58, 30, 16, 14], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h146
def h146_xlsx(h, path: Path) -> None:
    """A province's list of documents to submit, updated mid-year (saved as .xls): section rows
    per submitting level, a leader column, one row withdrawn in its note, one moved in its note."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Danh muc trinh 2027"
    h.sheet_title_rows(
        sheet,
        [
            "ỦY BAN NHÂN DÂN TỈNH LÂM HẢI",
            "DANH MỤC ĐỀ ÁN, VĂN BẢN TRÌNH NĂM 2027",
            "(Kèm theo Quyết định số 45/QĐ-UBND ngày 10/01/2027; cập nhật, điều chỉnh đến ngày 31/3/2027)",
            "",
        ],
        6,
    )
    h.xlsx_header(
        sheet,
        [
            "STT",
            "Tên đề án, văn bản",
            "Cơ quan chủ trì soạn thảo",
            "Lãnh đạo UBND tỉnh phụ trách",
            "Thời gian trình",
            "Ghi chú",
        ],
    )
    rows = [
        ("I", "TRÌNH BAN THƯỜNG VỤ TỈNH ỦY"),
        (
            "1",
            "Đề án phát triển kinh tế biển tỉnh Lâm Hải đến năm 2030, tầm nhìn đến năm 2045",
            "Sở Nông nghiệp và Môi trường",
            "PCT Đỗ Minh Quân",
            "Tháng 9/2027",
            "",
        ),
        (
            "2",
            "Báo cáo kiểm điểm giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh",
            "Văn phòng UBND tỉnh",
            "Chủ tịch UBND tỉnh",
            "Tháng 6/2027",
            "Điều chỉnh từ tháng 4/2027",
        ),
        ("II", "TRÌNH HĐND TỈNH"),
        (
            "1",
            "Nghị quyết quy định mức hỗ trợ đóng bảo hiểm y tế cho người cao tuổi",
            "Sở Y tế",
            "PCT Trần Thị Hương",
            "Kỳ họp thường lệ giữa năm 2027",
            "",
        ),
        (
            "2",
            "Nghị quyết phân cấp nguồn thu, nhiệm vụ chi ngân sách giai đoạn 2027 - 2030",
            "Sở Tài chính",
            "PCT Lê Văn Nam",
            "Tháng 11/2027",
            "",
        ),
        (
            "3",
            "Nghị quyết đặt tên đường, phố trên địa bàn phường Hải Châu",
            "Sở Văn hóa, Thể thao và Du lịch",
            "PCT Trần Thị Hương",
            "Tháng 7/2027",
            "Rút khỏi danh mục (Văn bản số 812/UBND-TH ngày 20/3/2027)",
        ),
        ("III", "UBND TỈNH BAN HÀNH"),
        (
            "1",
            "Quyết định ban hành Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh",
            "Sở Công Thương",
            "PCT Lê Văn Nam",
            "Phiên họp UBND tỉnh tháng 8/2027",
            "",
        ),
        (
            "2",
            "Đề án vị trí việc làm trong các đơn vị sự nghiệp công lập thuộc UBND tỉnh",
            "Sở Nội vụ",
            "Chủ tịch UBND tỉnh",
            "Quý III/2027",
            "",
        ),
        (
            "3",
            "Kế hoạch phát triển du lịch cộng đồng giai đoạn 2027 - 2030",
            "Sở Văn hóa, Thể thao và Du lịch",
            "PCT Trần Thị Hương",
            datetime.date(2027, 5, 15),
            "",
        ),
        (
            "4",
            "Quyết định quy định giá dịch vụ thoát nước và xử lý nước thải đô thị",
            "Sở Xây dựng",
            "PCT Đỗ Minh Quân",
            "Tháng 10/2027",
            "",
        ),
    ]
    for values in rows:
        sheet.append(list(values))
        row = sheet.max_row
        if len(values) == 2:
            sheet.cell(row, 1).font = Font(bold=True)
            sheet.cell(row, 2).font = Font(bold=True)
            sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
            continue
        if isinstance(values[4], datetime.date):
            sheet.cell(row, 5).number_format = "DD/MM/YYYY"
        for column in (2, 3, 6):
            sheet.cell(row, column).alignment = Alignment(wrap_text=True, vertical="top")
    for column, width in zip("ABCDEF", [6, 50, 26, 20, 18, 30], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h147
def h147_xlsx(h, path: Path) -> None:
    """Indicator targets given to communes (saved as .ods): a column per commune holding numbers
    under a spanning `Giao cho các xã` cell, a whole-province column, the following body last."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Giao chi tieu"
    communes = ["Xã Tân Lạc", "Xã Mỹ Hòa", "Xã Phú Sơn", "Xã Hải Ninh", "Xã Đông Cao"]
    width = 4 + len(communes) + 2
    h.sheet_title_rows(
        sheet,
        [
            "UBND TỈNH LÂM HẢI",
            "PHỤ LỤC: GIAO CHỈ TIÊU XÂY DỰNG NÔNG THÔN MỚI NĂM 2027",
            "(Kèm theo Quyết định số 118/QĐ-UBND ngày 20/01/2027 của UBND tỉnh)",
            "",
        ],
        width,
    )
    h.xlsx_header(
        sheet,
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Toàn tỉnh", "Giao cho các xã"]
        + [""] * (len(communes) - 1)
        + ["Cơ quan theo dõi", "Thời điểm đánh giá"],
    )
    top = sheet.max_row
    sheet.append(["", "", "", "", *communes, "", ""])
    for cell in sheet[top + 1]:
        cell.font = Font(bold=True)
    sheet.merge_cells(start_row=top, start_column=5, end_row=top, end_column=4 + len(communes))
    for column in (1, 2, 3, 4, width - 1, width):
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    rows = [
        (
            "1",
            "Số xã đạt chuẩn nông thôn mới nâng cao (công nhận mới)",
            "xã",
            12,
            [1, 0, 1, 0, 1],
            "Sở Nông nghiệp và Môi trường",
            "Quý IV/2027",
        ),
        (
            "2",
            "Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn",
            "%",
            78,
            [80, 72, 85, 70, 76],
            "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn",
            datetime.date(2027, 11, 30),
        ),
        (
            "3",
            "Thu nhập bình quân đầu người khu vực nông thôn",
            "triệu đồng",
            62,
            [65, 58, 70, 55, 60],
            "Thống kê tỉnh",
            "Cả năm",
        ),
        (
            "4",
            "Tỷ lệ hộ nghèo đa chiều giảm so với cuối năm 2026",
            "%",
            "1,2",
            ["1,0", "1,5", "0,8", "1,6", "1,2"],
            "Sở Nông nghiệp và Môi trường",
            "Quý IV/2027",
        ),
        (
            "5",
            "Tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom, xử lý",
            "%",
            85,
            [88, 80, 90, 78, 86],
            "Chi cục Bảo vệ môi trường",
            "Hằng quý",
        ),
        (
            "6",
            "Số sản phẩm OCOP đạt từ 3 sao trở lên (công nhận mới)",
            "sản phẩm",
            25,
            [5, 4, 6, 3, 7],
            "Chi cục Phát triển nông thôn",
            datetime.date(2027, 9, 30),
        ),
        (
            "7",
            "Tỷ lệ người dân tham gia bảo hiểm y tế",
            "%",
            94,
            [95, 93, 96, 92, 94],
            "Bảo hiểm xã hội tỉnh",
            "Hằng tháng",
        ),
    ]
    for number, text, unit, total, values, body, time in rows:
        sheet.append([number, text, unit, total, *values, body, time])
        row = sheet.max_row
        sheet.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(time, datetime.date):
            sheet.cell(row, width).number_format = "DD/MM/YYYY"
    sheet.append([])
    sheet.append(
        ["", "Ghi chú: Chỉ tiêu của các xã là chỉ tiêu tối thiểu; UBND các xã giao chỉ tiêu cho từng thôn."]
    )
    for column, width_ in zip("ABCDEFGHIJK", [5, 46, 10, 9, 9, 9, 9, 9, 9, 30, 15], strict=True):
        sheet.column_dimensions[column].width = width_
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h148
def h148_docx(h, path: Path) -> None:
    """A commune's decision (saved as .odt) whose `Điều 1` lists the tasks with their times but no
    unit and whose `Điều 2` assigns them **by reference** (`các nhiệm vụ tại khoản 1, 4 và 7 Điều 1`)."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ PHÚ SƠN", "Số: 27/QĐ-UBND"],
        "Phú Sơn, ngày 15 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "QUYẾT ĐỊNH",
            "Phê duyệt nhiệm vụ trọng tâm cải cách hành chính năm 2027 của UBND xã Phú Sơn",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHÚ SƠN",
            "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;",
            "Căn cứ Kế hoạch số 12/KH-UBND ngày 08/01/2027 của UBND tỉnh Lâm Hải về cải cách hành chính năm 2027;",
            "Theo đề nghị của Chánh Văn phòng HĐND và UBND xã.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Phê duyệt các nhiệm vụ trọng tâm cải cách hành chính năm 2027 của UBND xã Phú Sơn như sau:",
            "1. Rà soát, chuẩn hóa 100% thủ tục hành chính thuộc thẩm quyền giải quyết của xã trên Cổng Dịch vụ công quốc gia; hoàn thành trong tháng 3/2027.",
            "2. Số hóa hồ sơ đăng ký đất đai còn lại của các thôn Đông, Tây và Trung; hoàn thành trước ngày 30/6/2027.",
            "3. Tổ chức khảo sát mức độ hài lòng của người dân, doanh nghiệp đối với dịch vụ hành chính công; thực hiện trong quý III/2027.",
            "4. Triển khai tiếp nhận hồ sơ, trả kết quả tại nhà cho người cao tuổi, người khuyết tật; thực hiện thường xuyên.",
            "5. Cập nhật bản đồ quy hoạch sử dụng đất điều chỉnh lên Trang thông tin điện tử của xã; hoàn thành trong vòng 15 ngày kể từ ngày quy hoạch được phê duyệt.",
            "6. Tuyên truyền thủ tục liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế trên hệ thống truyền thanh xã; định kỳ hằng tháng.",
            '7. Tổng kết 05 năm thực hiện mô hình "Bộ phận Một cửa thân thiện" và đề xuất khen thưởng; hoàn thành trước ngày 20/11/2027.',
            "Điều 2. Tổ chức thực hiện",
            "1. Giao Văn phòng HĐND và UBND xã chủ trì thực hiện các nhiệm vụ tại khoản 1, 4 và 7 Điều 1 Quyết định này.",
            "2. Giao Phòng Kinh tế chủ trì thực hiện các nhiệm vụ tại khoản 2 và khoản 5 Điều 1; phối hợp với Văn phòng HĐND và UBND xã thực hiện nhiệm vụ tại khoản 4 Điều 1.",
            "3. Giao Phòng Văn hóa - Xã hội chủ trì thực hiện các nhiệm vụ tại khoản 3, khoản 6 Điều 1.",
            "4. Công an xã phối hợp với Phòng Văn hóa - Xã hội thực hiện nhiệm vụ tại khoản 6 Điều 1.",
            "5. Văn phòng HĐND và UBND xã theo dõi, tổng hợp kết quả thực hiện, báo cáo Chủ tịch UBND xã trước ngày 15/12/2027.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 4. Chánh Văn phòng HĐND và UBND xã, Trưởng các phòng chuyên môn, Trưởng Công an xã và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận:\n- Như Điều 4;\n- Sở Nội vụ (b/c);\n- TT Đảng ủy, TT HĐND xã;\n- Lưu: VT.",
            "CHỦ TỊCH\n(đã ký)\nVõ Thanh Bình",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h149
def h149_docx(h, path: Path) -> None:
    """A company's minutes of its monthly briefing (saved as legacy .doc): each department's
    section holds its results (no items) and then `Nhiệm vụ tháng 5:` dash items; the chair's
    conclusions add a `Giao …` task and a request to every department."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    table = document.add_table(rows=3, cols=2)
    left = ["CÔNG TY CỔ PHẦN MÔI TRƯỜNG", "ĐÔ THỊ LÂM HẢI", "Số: 38/BB-MTĐT"]
    right = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Lâm Hải, ngày 28 tháng 4 năm 2027",
    ]
    for index in range(3):
        table.cell(index, 0).text = left[index]
        table.cell(index, 1).text = right[index]
    h.docx_paragraphs(
        document,
        [
            "BIÊN BẢN HỌP",
            "Giao ban tháng 4 năm 2027",
            "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN",
            "1. Thời gian: 08 giờ 00, ngày 28/4/2027.",
            "2. Địa điểm: Phòng họp tầng 3, trụ sở Công ty.",
            "3. Thành phần: Ông Nguyễn Hữu Phước - Giám đốc Công ty (chủ trì); các Phó Giám đốc; Trưởng các phòng, Giám đốc các xí nghiệp.",
            "4. Thư ký: Bà Lê Thị Ngọc Ánh - Chuyên viên Phòng Tổ chức - Hành chính.",
            "II. NỘI DUNG",
            "1. Phòng Kế hoạch - Kinh doanh",
            "a) Kết quả tháng 4: Doanh thu dịch vụ đạt 9,8 tỷ đồng, bằng 104% kế hoạch tháng; đã ký 03 hợp đồng thu gom với các khu công nghiệp.",
            "b) Nhiệm vụ tháng 5:",
            "- Hoàn thiện hồ sơ dự thầu gói thầu thu gom, vận chuyển rác thải xã Mỹ Hòa, nộp trước ngày 10/5/2027.",
            "- Đối chiếu công nợ với các phường, đôn đốc thu phí vệ sinh còn tồn đọng; hoàn thành trong tháng 5/2027.",
            "2. Xí nghiệp Vệ sinh môi trường số 1",
            "a) Kết quả tháng 4: Thu gom, vận chuyển 11.250 tấn rác, đạt 100% khối lượng; xử lý dứt điểm 07 điểm tập kết rác tự phát.",
            "b) Nhiệm vụ tháng 5:",
            "- Bố trí thêm 02 ca thu gom ban đêm tại khu chợ đầu mối Nam Lâm, thực hiện từ ngày 03/5/2027.",
            "- Ra quân tổng vệ sinh hưởng ứng Ngày Môi trường thế giới vào ngày 05/6/2027.",
            "3. Phòng Kỹ thuật - An toàn",
            "a) Kết quả tháng 4: Bảo dưỡng định kỳ 14 xe chuyên dùng; không để xảy ra tai nạn lao động.",
            "b) Nhiệm vụ tháng 5:",
            "- Đưa 06 xe ép rác hết hạn đăng kiểm đi kiểm định, xong trước ngày 20/5/2027.",
            "- Kiểm tra an toàn lao động tại bãi chôn lấp Hố Sen hằng tuần (thứ Năm).",
            "III. KẾT LUẬN CỦA CHỦ TRÌ",
            "Giám đốc Công ty ghi nhận kết quả tháng 4 của các đơn vị và kết luận:",
            "1. Giao Phòng Tổ chức - Hành chính xây dựng phương án trả lương theo sản phẩm cho công nhân thu gom, trình Giám đốc trước ngày 25/5/2027.",
            "2. Các phòng, xí nghiệp báo cáo kết quả thực hiện nhiệm vụ tháng 5 về Phòng Tổ chức - Hành chính trước ngày 26/5/2027 để chuẩn bị giao ban tháng 6.",
            "Cuộc họp kết thúc lúc 10 giờ 45 cùng ngày. Biên bản đã được thông qua trước các thành viên dự họp.",
            "THƯ KÝ\t\t\t\tCHỦ TRÌ\n(đã ký)\t\t\t\t(đã ký)\nLê Thị Ngọc Ánh\t\t\tNguyễn Hữu Phước",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h150
def h150_docx(h, path: Path) -> None:
    """A Sở's briefing slides (16:9 pages, printed to a PDF with a text layer): a results slide, two
    task slides `▪ <task>` / `→ <unit> | <time>`, a requests slide, a footer with the slide number."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(25.4), Cm(14.29)
    section.left_margin = section.right_margin = Cm(1.5)
    section.top_margin = section.bottom_margin = Cm(1.0)
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(15)
    slides = [
        [
            ("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LÂM HẢI", 16, True),
            ("", 12, False),
            ("GIAO BAN THÁNG 6/2027", 30, True),
            ("Kết quả tháng 5 và nhiệm vụ trọng tâm tháng 6", 18, False),
            ("", 12, False),
            ("Lâm Hải, ngày 01/6/2027", 14, False),
        ],
        [
            ("KẾT QUẢ THÁNG 5/2027", 24, True),
            ("▪ Giải ngân vốn đầu tư công đạt 41,5% kế hoạch năm", 15, False),
            ("▪ Cấp 18 giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", 15, False),
            ("▪ 96,2% hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình", 15, False),
            ("▪ Hoàn thành thẩm định 02 dự án đầu tư có sử dụng công nghệ", 15, False),
        ],
        [
            ("NHIỆM VỤ TRỌNG TÂM THÁNG 6/2027 (1/2)", 22, True),
            ("▪ Vận hành thử nghiệm Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP) phiên bản 2.0", 14, False),
            ("      → Trung tâm Chuyển đổi số  |  15/6/2027", 13, False),
            ("▪ Thẩm định công nghệ 03 dự án đầu tư vào Khu công nghiệp Nam Lâm", 14, False),
            ("      → Phòng Công nghệ và Đổi mới sáng tạo  |  20/6/2027", 13, False),
            ("▪ Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo sinh viên năm 2027", 14, False),
            ("      → Trung tâm Hỗ trợ khởi nghiệp  |  26 - 27/6/2027", 13, False),
            ("▪ Kiểm tra đo lường xăng dầu tại 15 cửa hàng bán lẻ", 14, False),
            ("      → Phòng Tiêu chuẩn Đo lường Chất lượng  |  trong tháng 6", 13, False),
        ],
        [
            ("NHIỆM VỤ TRỌNG TÂM THÁNG 6/2027 (2/2)", 22, True),
            ("▪ Nghiệm thu 04 đề tài khoa học cấp tỉnh kết thúc năm 2026", 14, False),
            ("      → Phòng Quản lý khoa học  |  10 - 24/6/2027", 13, False),
            ("▪ Tổng hợp số liệu thuê bao di động, băng rộng cố định quý II", 14, False),
            ("      → Phòng Bưu chính, Viễn thông  |  trước 05/7/2027", 13, False),
            ("▪ Cập nhật tin, bài lên Cổng thông tin điện tử của Sở", 14, False),
            ("      → Văn phòng Sở  |  hằng tuần", 13, False),
            ("▪ Xây dựng dự toán ngân sách khoa học và công nghệ năm 2028", 14, False),
            ("      → Phòng Kế hoạch - Tài chính  |  30/6/2027", 13, False),
        ],
        [
            ("KIẾN NGHỊ, ĐỀ XUẤT", 24, True),
            ("▪ Đề nghị UBND tỉnh bổ sung 2,5 tỷ đồng cho Chương trình chuyển đổi số năm 2027", 15, False),
            ("▪ Đề nghị Sở Tài chính sớm thẩm định dự toán mua sắm thiết bị phòng thử nghiệm", 15, False),
        ],
        [
            ("", 20, False),
            ("TRÂN TRỌNG CẢM ƠN!", 32, True),
        ],
    ]
    for number, slide in enumerate(slides, start=1):
        for text, size, bold in slide:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(4)
            run = paragraph.add_run(text)
            run.font.size = Pt(size)
            run.bold = bold
            if bold and size >= 22:
                run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        footer = document.add_paragraph()
        footer.paragraph_format.space_before = Pt(10)
        run = footer.add_run(f"Sở KH&CN Lâm Hải  |  Giao ban tháng 6/2027  |  {number}")
        run.font.size = Pt(9)
        if number < len(slides):
            footer.add_run().add_break(WD_BREAK.PAGE)
    document.save(path)


# -------------------------------------------------------------------------------------------- h151
def h151_docx(h, path: Path) -> None:
    """An urgent dispatch received by fax (rasterised into a scan): the fax machine's header line at
    the top of both pages (its date and time are no due), a `HỎA TỐC` box, numbered assignments
    with clock times before the day, a daily report (`hằng ngày`)."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(12)

    def fax_line(page: int) -> None:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(
            f"14/09/2026  15:42     FAX +84 235 3812 456     VP UBND TINH LAM HAI          P.00{page}/002"
        )
        run.font.name = "Courier New"
        run.font.size = Pt(8)

    fax_line(1)
    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.cell(0, 0).text = "HỎA TỐC"
    h.national_header(
        document,
        ["UBND TỈNH LÂM HẢI", "VĂN PHÒNG", "Số: 1907/VP-KT"],
        "Lâm Hải, ngày 14 tháng 9 năm 2026",
    )
    h.docx_paragraphs(
        document,
        [
            "V/v triển khai ứng phó với bão số 5",
            "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Bộ Chỉ huy Bộ đội Biên phòng tỉnh;\n- UBND các xã, phường ven biển.",
            "Theo tin của Đài Khí tượng Thủy văn tỉnh, hồi 13 giờ ngày 14/9/2026 tâm bão số 5 cách đất liền khoảng 420 km, dự báo đổ bộ vào khu vực tỉnh trong đêm 15/9/2026. Thừa lệnh Chủ tịch UBND tỉnh, Văn phòng UBND tỉnh truyền đạt ý kiến chỉ đạo như sau:",
            "1. Sở Nông nghiệp và Môi trường (cơ quan thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh) theo dõi chặt chẽ diễn biến của bão, tham mưu ban hành lệnh cấm biển từ 12 giờ 00 ngày 15/9/2026.",
            "2. Bộ Chỉ huy Bộ đội Biên phòng tỉnh kêu gọi, hướng dẫn tàu thuyền vào nơi tránh trú an toàn; hoàn thành trước 17 giờ 00 ngày 15/9/2026.",
            "3. UBND các xã, phường ven biển tổ chức sơ tán người dân ra khỏi khu vực nguy hiểm, lồng bè nuôi trồng thủy sản; xong trước 19 giờ 00 ngày 15/9/2026.",
            "4. Sở Xây dựng chỉ đạo các chủ đầu tư, nhà thầu chằng chống, hạ cần trục tháp tại các công trình đang thi công; xong trước 10 giờ 00 ngày 15/9/2026.",
        ],
    )
    paragraph = document.add_paragraph()
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    fax_line(2)
    h.docx_paragraphs(
        document,
        [
            "5. Sở Công Thương chỉ đạo Công ty Điện lực Lâm Hải bố trí lực lượng, phương tiện khắc phục sự cố lưới điện; thực hiện trong suốt thời gian bão ảnh hưởng.",
            "6. Sở Giáo dục và Đào tạo thông báo cho học sinh toàn tỉnh nghỉ học ngày 16/9/2026.",
            "7. Báo và Phát thanh, Truyền hình Lâm Hải thường xuyên cập nhật diễn biến của bão, hướng dẫn kỹ năng ứng phó cho nhân dân.",
            "8. Các sở, ban, ngành, địa phương báo cáo tình hình về Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh trước 16 giờ 00 hằng ngày.",
            "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị khẩn trương thực hiện./.",
            "Nơi nhận:\n- Như trên;\n- CT, các PCT UBND tỉnh;\n- Lưu: VT, KT.",
            "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n(đã ký)\nTrương Văn Hiếu",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h152
def h152_docx(h, path: Path) -> None:
    """A screenshot of an e-office web page (rasterised into a PNG): a top bar, a menu column beside
    a filter bar, a task table with status badges and an assignment date, a pager line."""
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    h.set_landscape(document.sections[0])
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(0.8)
    section.top_margin = section.bottom_margin = Cm(0.8)
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10)
    top = document.add_paragraph()
    top.add_run("iOffice  ·  HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH  ·  UBND PHƯỜNG HÒA XUÂN").bold = True
    top.add_run("                                   Xin chào, Trần Thị Mỹ Duyên ▾   |   Đăng xuất")
    layout = document.add_table(rows=1, cols=2)
    h.set_widths(layout, [2.0, 9.4])
    menu = layout.cell(0, 0)
    menu.text = ""
    for index, item in enumerate(
        [
            "☰ MENU",
            "Trang chủ",
            "Văn bản đến",
            "Văn bản đi",
            "Hồ sơ công việc",
            "» Nhiệm vụ được giao",
            "Lịch công tác",
            "Danh bạ",
            "Thống kê, báo cáo",
        ]
    ):
        paragraph = menu.paragraphs[0] if index == 0 else menu.add_paragraph()
        paragraph.add_run(item).bold = index in (0, 5)
    main = layout.cell(0, 1)
    main.text = ""
    main.paragraphs[0].add_run("Trang chủ / Nhiệm vụ / Danh sách nhiệm vụ được giao").font.size = Pt(8)
    title = main.add_paragraph()
    title.add_run("DANH SÁCH NHIỆM VỤ ĐƯỢC GIAO").bold = True
    main.add_paragraph(
        "Trạng thái: Tất cả ▾     Từ ngày: 01/10/2026     Đến ngày: 31/10/2026     [ Tìm kiếm ]   [ Xuất Excel ]"
    )
    inner = main.add_table(rows=1, cols=6)
    inner.style = "Table Grid"
    for cell, label in zip(
        inner.rows[0].cells,
        ["#", "Tên nhiệm vụ", "Đơn vị chủ trì", "Ngày giao", "Hạn xử lý", "Trạng thái"],
        strict=True,
    ):
        cell.text = ""
        cell.paragraphs[0].add_run(label).bold = True
    rows = [
        (
            "1",
            "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo năm 2027",
            "Phòng Văn hóa - Xã hội",
            "01/10/2026",
            "30/10/2026",
            "● Đang xử lý",
        ),
        (
            "2",
            "Kiểm tra trật tự xây dựng tuyến đường Nguyễn Lương Bằng",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "02/10/2026",
            "09/10/2026",
            "● Quá hạn",
        ),
        (
            "3",
            "Tổ chức Hội nghị đối thoại với hộ kinh doanh chợ Hòa Xuân",
            "Văn phòng HĐND và UBND phường",
            "05/10/2026",
            "22/10/2026",
            "● Đang xử lý",
        ),
        (
            "4",
            "Xây dựng phương án phòng, chống ngập úng mùa mưa năm 2026",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "05/10/2026",
            "15/10/2026",
            "✔ Hoàn thành",
        ),
        (
            "5",
            "Xử lý phản ánh về tiếng ồn tại khu dân cư Phước Lý",
            "Công an phường",
            "08/10/2026",
            "13/10/2026",
            "✔ Hoàn thành",
        ),
        (
            "6",
            "Tổng hợp báo cáo tình hình kinh tế - xã hội tháng 10",
            "Văn phòng HĐND và UBND phường",
            "12/10/2026",
            "25/10/2026",
            "● Đang xử lý",
        ),
        (
            "7",
            "Chuẩn bị nội dung làm việc với Đoàn kiểm tra chuyển đổi số của thành phố",
            "Phòng Văn hóa - Xã hội",
            "14/10/2026",
            "27/10/2026",
            "● Đang xử lý",
        ),
        (
            "8",
            "Thống kê đất công chưa sử dụng trên địa bàn phường",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "15/10/2026",
            "31/10/2026",
            "○ Chưa xử lý",
        ),
    ]
    for values in rows:
        for cell, value in zip(inner.add_row().cells, values, strict=True):
            cell.text = value
    h.set_widths(inner, [0.3, 3.6, 2.1, 1.0, 1.0, 1.2])
    main.add_paragraph("Hiển thị 1 - 8 / 8 bản ghi          « Trước   1   Sau »          Số dòng/trang: 20 ▾")
    document.add_paragraph("© 2026 UBND phường Hòa Xuân - Phiên bản 3.2.1 - Hỗ trợ kỹ thuật: 0236 3 888 999")
    document.save(path)


def rasterise_screen(pdf: Path, target: Path, scale: float = 130 / 72) -> None:
    """The first page of `pdf` as a colour-free PNG as a screen capture is: sharp, not turned."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    page = document[0].render(scale=scale).to_pil().convert("L")
    width, height = page.size
    page = page.crop((0, 0, width, int(height * 0.62)))
    page.save(target, "PNG", dpi=(96, 96))


# -------------------------------------------------------------------------------------------- h160
def h160_docx(h, path: Path) -> None:
    """A provincial directive (saved as .rtf) whose labels name bodies **elliptically** (`Các Sở:
    Xây dựng, Công Thương, Nông nghiệp và Môi trường:`), two bodies in one label, every commune."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH LÂM HẢI", "Số: 04/CT-UBND"],
        "Lâm Hải, ngày 20 tháng 02 năm 2027",
    )
    paragraphs = [
        ("CHỈ THỊ", True),
        ("Về tăng cường công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ mùa khô năm 2027", True),
        (
            "Mùa khô năm 2027 được dự báo nắng nóng gay gắt, kéo dài; nguy cơ cháy nhà ở, cơ sở sản xuất và cháy rừng ở mức rất cao. Để chủ động phòng ngừa, hạn chế thấp nhất thiệt hại, Chủ tịch UBND tỉnh chỉ thị:",
            False,
        ),
        ("1. Các Sở: Xây dựng, Công Thương, Nông nghiệp và Môi trường:", True),
        (
            "- Rà soát, kiểm tra điều kiện an toàn phòng cháy, chữa cháy đối với các cơ sở thuộc phạm vi quản lý; hoàn thành trước ngày 31/3/2027.",
            False,
        ),
        (
            "- Chỉ đạo chủ đầu tư các công trình đang thi công bố trí phương tiện chữa cháy tại chỗ; thực hiện thường xuyên.",
            False,
        ),
        ("2. Công an tỉnh:", True),
        (
            "- Tổ chức đợt cao điểm kiểm tra phòng cháy, chữa cháy đối với nhà ở kết hợp sản xuất, kinh doanh từ ngày 01/3 đến ngày 30/4/2027.",
            False,
        ),
        (
            "- Xây dựng và tổ chức thực tập phương án chữa cháy rừng có nhiều lực lượng tham gia tại xã Phú Sơn trong tháng 3/2027.",
            False,
        ),
        ("3. Sở Giáo dục và Đào tạo, Sở Y tế:", True),
        (
            "- Tổ chức tập huấn kỹ năng thoát nạn cho học sinh, viên chức tại các trường học, bệnh viện; hoàn thành trong quý II/2027.",
            False,
        ),
        ("4. UBND các xã, phường:", True),
        (
            "- Kiện toàn lực lượng phòng cháy và cứu nạn, cứu hộ tại chỗ ở thôn, tổ dân phố trước ngày 15/4/2027.",
            False,
        ),
        (
            "- Duy trì chế độ trực chữa cháy rừng trong các tháng cao điểm mùa khô (từ tháng 3 đến tháng 7/2027).",
            False,
        ),
        (
            "5. Báo và Phát thanh, Truyền hình Lâm Hải mở chuyên mục tuyên truyền kiến thức phòng cháy, chữa cháy, phát sóng định kỳ hằng tuần trong mùa khô.",
            False,
        ),
        (
            "6. Giao Công an tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này; tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh trước ngày 15/12/2027.",
            False,
        ),
        (
            "Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường nghiêm túc triển khai thực hiện Chỉ thị này./.",
            False,
        ),
        (
            "Nơi nhận:\n- Bộ Công an (b/c);\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- CT, các PCT UBND tỉnh;\n- Như mục 1 - 6;\n- Lưu: VT, NC.",
            False,
        ),
        ("CHỦ TỊCH\n(đã ký)\nNguyễn Hoàng Long", True),
    ]
    for text, bold in paragraphs:
        document.add_paragraph().add_run(text).bold = bold
    document.save(path)


# -------------------------------------------------------------------------------------------- h161
def h161(h, path: Path) -> None:
    """A college's assignment appendix for an opening ceremony whose lead and time cells repeat the
    row above with **ditto marks** (`- nt -`, `Như trên`, `"`), two dues counted from the ceremony."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(12)
    h.national_header(
        document,
        ["UBND TỈNH LÂM HẢI", "TRƯỜNG CAO ĐẲNG Y TẾ LÂM HẢI", "Số: 311/KH-CĐYT"],
        "Lâm Hải, ngày 20 tháng 8 năm 2026",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Tổ chức Lễ khai giảng năm học 2026 - 2027",
            "I. THỜI GIAN, ĐỊA ĐIỂM",
            "Lễ khai giảng được tổ chức vào lúc 07 giờ 30 ngày 15/9/2026 tại Hội trường A của Trường.",
            "II. THÀNH PHẦN",
            "Đại biểu khách mời; Ban Giám hiệu; toàn thể viên chức, người lao động và tân sinh viên khóa 2026.",
            "III. PHÂN CÔNG NHIỆM VỤ",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành", "Ghi chú"],
        [0.4, 2.8, 1.7, 1.3, 0.9],
    )
    rows = [
        (
            "1",
            "Xây dựng kịch bản chương trình Lễ khai giảng",
            "Phòng Công tác học sinh - sinh viên",
            "31/8/2026",
            "",
        ),
        ("2", "Lập danh sách, phát hành giấy mời đại biểu", "Phòng Tổ chức - Hành chính", "05/9/2026", ""),
        ("3", "Chuẩn bị hội trường, âm thanh, ánh sáng, phông nền", "- nt -", "13/9/2026", ""),
        ("4", "Trang trí khuôn viên, băng rôn, khẩu hiệu", '"', '"', ""),
        (
            "5",
            "Tập luyện chương trình văn nghệ chào mừng",
            "Đoàn Thanh niên trường",
            "Từ 01/9 đến 14/9/2026",
            "",
        ),
        ("6", "Tổ chức cho tân sinh viên tập dượt nghi thức chào cờ", "Như trên", "Như trên", ""),
        (
            "7",
            "Bố trí cán bộ y tế, xe cứu thương trực tại buổi lễ",
            "Trạm Y tế trường",
            "15/9/2026",
            "Ngày tổ chức",
        ),
        (
            "8",
            "Đưa tin, đăng ảnh buổi lễ lên Trang thông tin điện tử",
            "Tổ Truyền thông",
            "Sau buổi lễ 02 ngày",
            "",
        ),
        (
            "9",
            "Tổng hợp kinh phí, làm thủ tục thanh quyết toán",
            "Phòng Tài chính - Kế toán",
            "Sau buổi lễ 10 ngày",
            "",
        ),
    ]
    for values in rows:
        h.fill_row(table, values)
    h.docx_paragraphs(
        document,
        [
            'Ghi chú: - nt -, Như trên, " : nội dung như ô trên.',
            "IV. KINH PHÍ",
            "Từ nguồn kinh phí chi thường xuyên năm 2026 của Trường.",
            "Nơi nhận:\n- Ban Giám hiệu;\n- Các phòng, khoa, tổ;\n- Lưu: VT, CTHSSV.",
            "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n(đã ký)\nThS. Huỳnh Ngọc Lan",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h162
def h162_xlsx(h, path: Path) -> None:
    """A Sở's task list as a workbook (saved as .xls) of three sheets: a cover, a summary of task
    counts per unit (no items) and the detail; a key-task column of `x` marks that is no period."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    cover = workbook.active
    cover.title = "Bia"
    for line in [
        "UBND TỈNH LÂM HẢI",
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "",
        "DANH MỤC NHIỆM VỤ NĂM 2027",
        "(Ban hành kèm theo Quyết định số 08/QĐ-SVHTTDL ngày 12/01/2027 của Giám đốc Sở)",
        "",
        "Gồm: Sheet 'Tong hop' - tổng hợp số nhiệm vụ theo đơn vị; Sheet 'Chi tiet' - danh mục chi tiết.",
    ]:
        cover.append([line])
    cover.column_dimensions["A"].width = 90

    summary = workbook.create_sheet("Tong hop")
    summary.append(["TỔNG HỢP SỐ NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ"])
    summary.append([])
    h.xlsx_header(summary, ["STT", "Đơn vị chủ trì", "Số nhiệm vụ", "Trong đó: trọng tâm"])
    counts = [
        ("1", "Phòng Quản lý Thể dục thể thao", 2, 2),
        ("2", "Phòng Quản lý Di sản văn hóa", 1, 0),
        ("3", "Phòng Quản lý Văn hóa và Gia đình", 1, 0),
        ("4", "Phòng Quản lý Du lịch", 2, 1),
        ("5", "Bảo tàng tỉnh", 1, 0),
        ("6", "Các phòng, đơn vị thuộc Sở", 1, 0),
    ]
    for values in counts:
        summary.append(list(values))
    summary.append(["", "Tổng cộng", "=SUM(C4:C9)", "=SUM(D4:D9)"])
    summary.cell(summary.max_row, 2).font = Font(bold=True)
    summary.column_dimensions["B"].width = 40

    sheet = workbook.create_sheet("Chi tiet")
    h.sheet_title_rows(sheet, ["DANH MỤC NHIỆM VỤ CHI TIẾT NĂM 2027", ""], 6)
    h.xlsx_header(
        sheet,
        ["STT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Trọng tâm"],
    )
    rows = [
        (
            "1",
            "Tổ chức Giải Việt dã truyền thống Báo Lâm Hải lần thứ 30",
            "Phòng Quản lý Thể dục thể thao",
            "Trung tâm Huấn luyện và Thi đấu thể thao",
            datetime.date(2027, 3, 28),
            "x",
        ),
        (
            "2",
            "Lập hồ sơ khoa học đề nghị xếp hạng di tích quốc gia Đình làng Phú Sơn",
            "Phòng Quản lý Di sản văn hóa",
            "Bảo tàng tỉnh",
            "Quý III/2027",
            "",
        ),
        (
            "3",
            "Tổ chức Liên hoan Nghệ thuật quần chúng toàn tỉnh năm 2027",
            "Phòng Quản lý Văn hóa và Gia đình",
            "Trung tâm Văn hóa - Điện ảnh tỉnh",
            "Tháng 8/2027",
            "",
        ),
        (
            "4",
            "Kiểm tra hoạt động kinh doanh dịch vụ lưu trú du lịch mùa hè",
            "Phòng Quản lý Du lịch",
            "Công an tỉnh",
            "Tháng 6 - 8/2027",
            "",
        ),
        (
            "5",
            "Xây dựng Đề án phát triển thể thao thành tích cao giai đoạn 2027 - 2030",
            "Phòng Quản lý Thể dục thể thao",
            "",
            datetime.date(2027, 10, 30),
            "x",
        ),
        ("6", "Số hóa 5.000 hiện vật, tài liệu của Bảo tàng tỉnh", "Bảo tàng tỉnh", "", "2027 - 2028", ""),
        (
            "7",
            "Tổ chức Tuần lễ Du lịch biển Lâm Hải năm 2027",
            "Phòng Quản lý Du lịch",
            "UBND các xã, phường ven biển",
            "01 - 07/7/2027",
            "x",
        ),
        (
            "8",
            "Báo cáo tình hình thực hiện nhiệm vụ gửi Văn phòng Sở",
            "Các phòng, đơn vị thuộc Sở",
            "",
            "Trước ngày 20 hằng tháng",
            "",
        ),
    ]
    for values in rows:
        sheet.append(list(values))
        row = sheet.max_row
        if isinstance(values[4], datetime.date):
            sheet.cell(row, 5).number_format = "DD/MM/YYYY"
        sheet.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row, 6).alignment = Alignment(horizontal="center")
    for column, width in zip("ABCDEF", [5, 52, 30, 30, 18, 10], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.active = 0
    workbook.save(path)


# Documents moved to the main corpus after they were used for tuning: written into ../docs (MOVED).
_MOVED = {  # h13fixJF, h13fixJG, h13fixJH, h13fixJJ, h13fixJI
    "h144_kh_cong_ty_thuy_loi_cot_tuan",
    "h145_khhd_ttyt_thut_le_nam_hai_so",
    "h146_danh_muc_trinh_tinh_rut_khoi_danh_muc",
    "h147_giao_chi_tieu_ntm_cot_xa",
    "h150_trinh_chieu_giao_ban_so_khcn",
    "h148_qd_xa_giao_theo_khoan_dieu_1",
    "h162_danh_muc_nv_so_vhttdl_ba_sheet",
    "h149_bien_ban_giao_ban_cong_ty_moi_truong",
    "h151_cv_hoa_toc_bao_fax_ban_quet",
    "h152_anh_chup_man_hinh_ioffice_phuong",
    "h143_cv_so_cong_thuong_tab_dau_cham",
    "h161_kh_khai_giang_cao_dang_nhu_tren",
    "h160_chi_thi_pccc_tinh_cac_so_liet_ke",
}


def _folder(name: str) -> Path:
    """Where a document's binary goes: the main corpus's folder once it was moved there."""
    return MOVED if Path(name).stem in _MOVED else DOCS


def batch_h143() -> None:
    """Writes h143–h162's binaries (the .md, .html, .csv and .txt are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h143(h, _folder("h143_cv_so_cong_thuong_tab_dau_cham.docx") / "h143_cv_so_cong_thuong_tab_dau_cham.docx")
    h144(h, _folder("h144_kh_cong_ty_thuy_loi_cot_tuan.xlsx") / "h144_kh_cong_ty_thuy_loi_cot_tuan.xlsx")
    h145(h, _folder("h145_khhd_ttyt_thut_le_nam_hai_so.xlsx") / "h145_khhd_ttyt_thut_le_nam_hai_so.xlsx")
    h161(
        h, _folder("h161_kh_khai_giang_cao_dang_nhu_tren.docx") / "h161_kh_khai_giang_cao_dang_nhu_tren.docx"
    )
    if not shutil.which("soffice"):
        print(
            "soffice not found: the .xls, .ods, .odt, .doc, .rtf and the PDFs were not regenerated",
            file=sys.stderr,
        )
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        converted = [
            (h146_xlsx, "h146_danh_muc_trinh_tinh_rut_khoi_danh_muc.xlsx", "xls"),
            (h147_xlsx, "h147_giao_chi_tieu_ntm_cot_xa.xlsx", "ods"),
            (h148_docx, "h148_qd_xa_giao_theo_khoan_dieu_1.docx", "odt"),
            (h149_docx, "h149_bien_ban_giao_ban_cong_ty_moi_truong.docx", "doc"),
            (h150_docx, "h150_trinh_chieu_giao_ban_so_khcn.docx", "pdf"),
            (h160_docx, "h160_chi_thi_pccc_tinh_cac_so_liet_ke.docx", "rtf"),
            (h162_xlsx, "h162_danh_muc_nv_so_vhttdl_ba_sheet.xlsx", "xls"),
        ]
        for write, name, extension in converted:
            source = tmp / "src" / name
            source.parent.mkdir(exist_ok=True)
            write(h, source)
            h.soffice_convert(source, extension, _folder(name) / f"{Path(name).stem}.{extension}")
        name = "h151_cv_hoa_toc_bao_fax_ban_quet"
        h151_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        h.rasterise(tmp / f"{name}.pdf", (MOVED if name in _MOVED else DOCS) / f"{name}.pdf")
        name = "h152_anh_chup_man_hinh_ioffice_phuong"
        h152_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        rasterise_screen(tmp / f"{name}.pdf", (MOVED if name in _MOVED else DOCS) / f"{name}.png")
