"""Writes the binaries of the held-out documents h183–h192 (helper h13author15).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h183`.
Every text below is own-authored (other names, units, places, dates and tasks) in how such offices
commonly produce these kinds; no third-party text is stored. The batch is of **ordinary** documents
(a Sở's yearly programme, a commune's quarter plan, a director's conclusions, a plan of numbered
tasks with labelled fields, an indicator sheet, a scanned dispatch, a directive, a school's month
plan), each in its own everyday variation; the .html calendar and the .csv export are written by hand
and live beside the output. Like `make_docs.py` this writes **only the documents**: their expected
items (`expected/`) were written by hand from the document text before the importer was first run
on them. The writer helpers (national header, grid tables, merged rows, LibreOffice conversion,
rasterising) are `make_docs.py`'s. The .doc, .xls, .odt and the PDFs need LibreOffice (`soffice`),
the scan pypdfium2; their bytes differ run to run, so regenerate only on purpose.
"""

# ruff: noqa: E501 — document text is data: long lines.

import datetime
import shutil
import sys
import tempfile
from functools import partial
from pathlib import Path

from batch_common import DOCS, out_path
from batch_common import writers as _writers

# Documents moved to the main corpus after they were used for tuning: written into ../docs (MOVED).
_MOVED = {
    "h185_tbkl_giam_doc_so_giao_trong_cau",  # h13fixJV
    "h187_kh_pccc_rung_truong_nhan",  # h13fixJW
    "h189_cv_ubnd_xa_ve_sinh_ban_quet",  # h13fixJX
    "h190_chi_thi_thi_tot_nghiep_theo_co_quan",  # h13fixJW
    "h191_kh_thang_truong_thcs_tuan_gop",  # h13fixJT
}

_out = partial(out_path, moved=_MOVED)


def _bold(document, text: str, centre: bool = True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = True
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _signature(document, lines: list[str], receivers: list[str]) -> None:
    """The closing two-column block: `Nơi nhận:` left, the signer right (a borderless table)."""
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "\n".join(["Nơi nhận:", *receivers])
    table.cell(0, 1).text = "\n".join(lines)


# -------------------------------------------------------------------------------------------- h183
def h183(h, path: Path) -> None:
    """A Department of Culture, Sports and Tourism's yearly programme: the time column before the
    content, numbering restarting under each lettered group row, a leader column of persons and a
    `Hình thức văn bản` column naming the bodies that will sign (neither is the lead); months
    without a year (the programme's year)."""
    from docx import Document

    document = Document()
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["UBND TỈNH TÂY LĨNH", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 412/CTr-SVHTTDL"],
        "Tây Lĩnh, ngày 28 tháng 12 năm 2027",
    )
    _bold(document, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028")
    _bold(document, "của Sở Văn hóa, Thể thao và Du lịch")
    h.docx_paragraphs(
        document,
        [
            "Căn cứ Chương trình công tác năm 2028 của UBND tỉnh; căn cứ chức năng, nhiệm vụ được giao, Sở Văn hóa, Thể thao và Du lịch ban hành Chương trình công tác năm 2028 như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Cụ thể hóa các nhiệm vụ UBND tỉnh giao; xác định rõ phòng, đơn vị tham mưu, lãnh đạo Sở chỉ đạo và thời gian trình đối với từng nội dung.",
            "2. Bảo đảm chất lượng, đúng tiến độ; các nội dung trình UBND tỉnh phải được thẩm định, lấy ý kiến theo quy định.",
            "II. DANH MỤC NHIỆM VỤ",
        ],
    )
    table = h.grid_table(
        document,
        [
            "STT",
            "Thời gian",
            "Nội dung công việc",
            "Phòng, đơn vị tham mưu",
            "Lãnh đạo Sở chỉ đạo",
            "Hình thức văn bản",
        ],
        [0.45, 1.2, 3.4, 1.8, 1.5, 1.6],
    )
    groups = [
        (
            "A. CÁC NỘI DUNG TRÌNH HĐND TỈNH, UBND TỈNH",
            [
                (
                    "1",
                    "Tháng 3",
                    "Đề án phát triển du lịch cộng đồng tỉnh Tây Lĩnh giai đoạn 2028 - 2030",
                    "Phòng Quản lý du lịch",
                    "PGĐ Hà Thị Lan",
                    "Quyết định của UBND tỉnh",
                ),
                (
                    "2",
                    "Quý II",
                    "Nghị quyết quy định mức chi bảo đảm cho công tác đào tạo vận động viên thành tích cao của tỉnh",
                    "Phòng Quản lý thể dục thể thao",
                    "PGĐ Trần Quốc Huy",
                    "Nghị quyết của HĐND tỉnh",
                ),
                (
                    "3",
                    "Tháng 7 - tháng 8",
                    "Kế hoạch tổ chức Lễ hội Văn hóa các dân tộc tỉnh Tây Lĩnh lần thứ IV",
                    "Phòng Quản lý văn hóa và Gia đình",
                    "GĐ Nguyễn Minh Đức",
                    "Kế hoạch của UBND tỉnh",
                ),
            ],
        ),
        (
            "B. CÁC NỘI DUNG THUỘC THẨM QUYỀN CỦA SỞ",
            [
                (
                    "1",
                    "15/01/2028",
                    "Ban hành Kế hoạch kiểm tra hoạt động kinh doanh dịch vụ karaoke, vũ trường năm 2028",
                    "Thanh tra Sở",
                    "GĐ Nguyễn Minh Đức",
                    "Kế hoạch của Sở",
                ),
                (
                    "2",
                    "Tháng 5",
                    "Tổ chức Giải Việt dã truyền thống tỉnh Tây Lĩnh lần thứ XX",
                    "Trung tâm Huấn luyện và Thi đấu thể thao",
                    "PGĐ Trần Quốc Huy",
                    "Điều lệ giải",
                ),
                (
                    "3",
                    "Trước 30/9",
                    "Hoàn thành số hóa hiện vật của Bảo tàng tỉnh (giai đoạn 1: 2.500 hiện vật)",
                    "Bảo tàng tỉnh",
                    "PGĐ Hà Thị Lan",
                    "Báo cáo kết quả",
                ),
                (
                    "4",
                    "Tháng 11, 12",
                    "Tổng kết công tác năm 2028, xây dựng Chương trình công tác năm 2029",
                    "Văn phòng Sở",
                    "GĐ Nguyễn Minh Đức",
                    "Báo cáo; Chương trình",
                ),
            ],
        ),
        (
            "C. CÁC NHIỆM VỤ THƯỜNG XUYÊN",
            [
                (
                    "1",
                    "Thường xuyên",
                    "Thẩm định hồ sơ đề nghị cấp giấy phép tổ chức biểu diễn nghệ thuật, trình diễn thời trang",
                    "Phòng Quản lý văn hóa và Gia đình",
                    "PGĐ Hà Thị Lan",
                    "Giấy phép",
                ),
                (
                    "2",
                    "Hằng tháng",
                    "Cập nhật số liệu lượt khách du lịch, doanh thu du lịch lên hệ thống thống kê ngành",
                    "Phòng Quản lý du lịch",
                    "PGĐ Hà Thị Lan",
                    "Số liệu thống kê",
                ),
            ],
        ),
    ]
    for title, rows in groups:
        h.full_width_row(table, title)
        for row in rows:
            h.fill_row(table, row)
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Thủ trưởng các phòng, đơn vị thuộc Sở căn cứ nội dung được giao chủ động xây dựng kế hoạch chi tiết; định kỳ trước ngày 20 của tháng cuối quý báo cáo kết quả thực hiện về Văn phòng Sở để tổng hợp.",
            "2. Trong quá trình thực hiện, nếu cần điều chỉnh, bổ sung nội dung hoặc thời gian, các phòng, đơn vị đề xuất bằng văn bản, báo cáo Giám đốc Sở xem xét, quyết định.",
        ],
    )
    _signature(
        document,
        ["GIÁM ĐỐC", "", "", "Nguyễn Minh Đức"],
        ["- UBND tỉnh (b/c);", "- Lãnh đạo Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP."],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h184
def h184(path: Path) -> None:
    """A commune's quarter plan (.xlsx): field group rows merged across, the lead and the leader
    merged down over a group's three rows, a `Cơ quan phối hợp` column of lists, real date cells
    beside text times, and a closing request merged across under the table."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH quy III"
    width = 7
    for line in [
        "ỦY BAN NHÂN DÂN XÃ PHÚ HÒA",
        "",
        "KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2027",
        "(Ban hành kèm theo Kế hoạch số 96/KH-UBND ngày 28/6/2027 của UBND xã Phú Hòa)",
        "",
    ]:
        sheet.append([line])
        if line:
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width
            )
            sheet.cell(sheet.max_row, 1).alignment = Alignment(horizontal="center")
            sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    header = [
        "TT",
        "Nội dung nhiệm vụ",
        "Lãnh đạo UBND xã phụ trách",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian hoàn thành",
        "Kết quả/sản phẩm",
    ]
    sheet.append(header)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    groups = [
        (
            "I",
            "LĨNH VỰC KINH TẾ - HẠ TẦNG",
            ("PCT Lê Văn Tám", "Phòng Kinh tế"),
            [
                (
                    "1",
                    "Hoàn thành thu hoạch lúa vụ Hè Thu, triển khai gieo trồng cây vụ Đông",
                    "Hội Nông dân xã; Ban điều hành các thôn",
                    "Tháng 9/2027",
                    "Báo cáo diện tích, năng suất",
                ),
                (
                    "2",
                    "Nghiệm thu, bàn giao công trình đường giao thông nông thôn thôn Đông Yên",
                    "Ban Giám sát đầu tư của cộng đồng",
                    datetime.date(2027, 8, 20),
                    "Biên bản nghiệm thu",
                ),
                (
                    "3",
                    "Rà soát, lập danh sách hộ đăng ký chuyển đổi đất trồng lúa sang cây trồng khác",
                    "Các thôn",
                    "Tháng 7 - 8",
                    "Danh sách hộ",
                ),
            ],
        ),
        (
            "II",
            "LĨNH VỰC VĂN HÓA - XÃ HỘI",
            ("PCT Nguyễn Thị Hoa", "Phòng Văn hóa - Xã hội"),
            [
                (
                    "4",
                    "Tổ chức các hoạt động kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2027)",
                    "Ủy ban MTTQ Việt Nam xã; Hội Cựu chiến binh xã",
                    "Trước 27/7/2027",
                    "Kế hoạch; báo cáo",
                ),
                (
                    "5",
                    "Chuẩn bị các điều kiện khai giảng năm học 2027 - 2028",
                    "Các trường mầm non, tiểu học, THCS trên địa bàn",
                    "Trước 05/9/2027",
                    "Báo cáo",
                ),
                (
                    "6",
                    "Chi trả trợ cấp xã hội hằng tháng cho đối tượng bảo trợ xã hội",
                    "Bưu điện văn hóa xã",
                    "Hằng tháng",
                    "Danh sách chi trả",
                ),
            ],
        ),
        (
            "III",
            "LĨNH VỰC NỘI CHÍNH - QUỐC PHÒNG, AN NINH",
            None,
            [
                (
                    "7",
                    "Huấn luyện lực lượng dân quân năm 2027 (đợt 2)",
                    "PCT Lê Văn Tám",
                    "Ban Chỉ huy Quân sự xã",
                    "",
                    "Tháng 8/2027",
                    "Báo cáo kết quả huấn luyện",
                ),
                (
                    "8",
                    "Tổ chức tiếp công dân định kỳ của Chủ tịch UBND xã",
                    "CT Phạm Văn Định",
                    "Văn phòng HĐND và UBND xã",
                    "Công an xã",
                    "Thứ Năm tuần cuối mỗi tháng",
                    "Sổ tiếp công dân",
                ),
                (
                    "9",
                    "Mở đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm trật tự an toàn giao thông",
                    "CT Phạm Văn Định",
                    "Công an xã",
                    "Ban Chỉ huy Quân sự xã; các thôn",
                    "Từ 15/7 đến 15/9/2027",
                    "Báo cáo kết quả đợt cao điểm",
                ),
            ],
        ),
    ]
    for number, title, shared, rows in groups:
        sheet.append([number, title])
        sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=width)
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        sheet.cell(sheet.max_row, 2).font = Font(bold=True)
        first = sheet.max_row + 1
        for row in rows:
            if shared:
                sheet.append(
                    [
                        row[0],
                        row[1],
                        shared[0] if sheet.max_row + 1 == first else None,
                        shared[1] if sheet.max_row + 1 == first else None,
                        row[2],
                        row[3],
                        row[4],
                    ]
                )
            else:
                sheet.append(list(row))
            date_cell = sheet.cell(sheet.max_row, 6)
            if isinstance(date_cell.value, datetime.date):
                date_cell.number_format = "dd/mm/yyyy"
        if shared:
            last = sheet.max_row
            for column in (3, 4):
                sheet.merge_cells(start_row=first, start_column=column, end_row=last, end_column=column)
                sheet.cell(first, column).alignment = Alignment(vertical="center", wrap_text=True)
    thin = Side(style="thin")
    for row in sheet.iter_rows(min_row=header_row, max_row=sheet.max_row, max_col=width):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            if cell.column != 6 or not isinstance(cell.value, datetime.date):
                cell.alignment = Alignment(vertical="center", wrap_text=True)
    sheet.append([])
    sheet.append(
        [
            "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Văn phòng HĐND và UBND xã trước ngày 25/9/2027 để tổng hợp, báo cáo UBND xã."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    sheet.append([])
    sheet.append(["", "", "", "", "TM. ỦY BAN NHÂN DÂN"])
    sheet.append(["", "", "", "", "CHỦ TỊCH"])
    sheet.append(["", "", "", "", "Phạm Văn Định"])
    for column, size in zip("ABCDEFG", [5, 52, 18, 22, 28, 18, 24], strict=True):
        sheet.column_dimensions[column].width = size
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h185
def h185_docx(h, path: Path) -> None:
    """A director's conclusions of a monthly briefing: an assessment section (past work and past
    dates: no items), then paragraphs per field whose assignments stand inside sentences, two in
    one paragraph, a coordinating partner named after `phối hợp với`, a report going to another
    office, dues in words relative to the meeting's month, and one assignment with no due."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND TỈNH VÂN GIANG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 188/TB-SNNMT"],
        "Vân Giang, ngày 07 tháng 6 năm 2027",
    )
    _bold(document, "THÔNG BÁO")
    _bold(document, "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 6 năm 2027")
    h.docx_paragraphs(
        document,
        [
            "Ngày 04/6/2027, Giám đốc Sở Nông nghiệp và Môi trường Võ Thanh Bình chủ trì cuộc họp giao ban tháng 6 năm 2027. Tham dự có các Phó Giám đốc Sở, Trưởng các phòng, Chi cục trưởng, Giám đốc các đơn vị sự nghiệp trực thuộc Sở. Sau khi nghe Văn phòng Sở báo cáo kết quả thực hiện nhiệm vụ tháng 5 và ý kiến của các đại biểu, Giám đốc Sở kết luận như sau:",
            "I. ĐÁNH GIÁ CHUNG",
            "Trong tháng 5, các phòng, đơn vị đã hoàn thành 27/31 nhiệm vụ được giao; còn 04 nhiệm vụ chậm so với thời hạn ngày 31/5/2027, chủ yếu thuộc lĩnh vực đất đai. Công tác chỉ đạo sản xuất vụ Hè Thu được triển khai kịp thời; Chi cục Kiểm lâm đã hoàn thành việc kiểm tra 12 cơ sở chế biến gỗ trước ngày 25/5/2027. Một số đơn vị chưa báo cáo đúng hạn, chất lượng tham mưu có lúc chưa cao.",
            "II. NHIỆM VỤ TRỌNG TÂM THÁNG 6 VÀ THỜI GIAN TỚI",
            "1. Về sản xuất nông nghiệp: Nắng nóng được dự báo kéo dài đến hết tháng 7. Giao Chi cục Trồng trọt và Bảo vệ thực vật thường xuyên theo dõi diễn biến sâu bệnh trên lúa Hè Thu, kịp thời hướng dẫn nông dân biện pháp phòng trừ. Chi cục Thủy lợi chủ trì, phối hợp với Công ty TNHH MTV Khai thác công trình thủy lợi Vân Giang xây dựng phương án điều tiết nước chống hạn, trình Giám đốc Sở trước ngày 15/6/2027.",
            "2. Về quản lý đất đai: Việc điều chỉnh bảng giá đất còn chậm so với yêu cầu của UBND tỉnh. Yêu cầu Phòng Quản lý đất đai khẩn trương hoàn thiện hồ sơ điều chỉnh bảng giá đất, trình UBND tỉnh trước cuối tháng này. Văn phòng Đăng ký đất đai rà soát, cập nhật biến động vào cơ sở dữ liệu đất đai và định kỳ hằng tháng báo cáo kết quả về Phòng Quản lý đất đai.",
            "3. Về bảo vệ môi trường: Thống nhất đề xuất của Phòng Môi trường về việc hướng dẫn các cơ sở chăn nuôi quy mô lớn lập hồ sơ đề nghị cấp giấy phép môi trường; giao Phòng Môi trường thực hiện, hoàn thành trong quý III/2027. Thanh tra Sở phối hợp với Phòng Môi trường kiểm tra đột xuất các cơ sở chăn nuôi có phản ánh của người dân, xong trong tháng 7/2027.",
            "4. Về tài chính: Ghi nhận đề xuất của Chi cục Kiểm lâm về bổ sung kinh phí tuần tra, bảo vệ rừng mùa khô; giao Phòng Kế hoạch - Tài chính nghiên cứu, tham mưu Giám đốc Sở phương án bố trí kinh phí.",
            "5. Về cải cách hành chính: Các phòng, đơn vị rà soát thủ tục hành chính thuộc lĩnh vực phụ trách, gửi đề xuất phương án đơn giản hóa về Văn phòng Sở trước ngày 20/6/2027. Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh trước ngày 30/6/2027.",
            "Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.",
        ],
    )
    _signature(
        document,
        ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "", "", "Đặng Thị Mỹ Linh"],
        ["- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP."],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h187
def h187_docx(h, path: Path) -> None:
    """A forest management board's fire-prevention plan: numbered tasks each followed by labelled
    dash fields (`Đơn vị chủ trì:`/`Chủ trì:`, `Đơn vị phối hợp:`, `Thời gian thực hiện:`/`Thời
    gian:`, `Sản phẩm:`, `Kinh phí:`), a situation section of figures, a budget section, a due in
    words (`cuối tháng Chín năm 2028`) and a closing monthly report by every unit."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH NGỌC SƠN", "BAN QUẢN LÝ RỪNG PHÒNG HỘ SÔNG TRÀ", "Số: 07/KH-BQL"],
        "Trà Sơn, ngày 10 tháng 01 năm 2028",
    )
    _bold(document, "KẾ HOẠCH")
    _bold(document, "Phòng cháy, chữa cháy rừng năm 2028")
    tasks = [
        (
            "1. Kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng của Ban Quản lý",
            [
                "- Đơn vị chủ trì: Phòng Tổ chức - Hành chính.",
                "- Đơn vị phối hợp: Các trạm quản lý bảo vệ rừng.",
                "- Thời gian thực hiện: Tháng 01/2028.",
                "- Sản phẩm: Quyết định kiện toàn Ban Chỉ huy.",
            ],
        ),
        (
            "2. Tuyên truyền, ký cam kết bảo vệ rừng, phòng cháy rừng với các hộ dân sống gần rừng",
            [
                "- Đơn vị chủ trì: Các trạm quản lý bảo vệ rừng.",
                "- Đơn vị phối hợp: UBND xã Trà Sơn, UBND xã Trà Thanh.",
                "- Thời gian thực hiện: Trước ngày 28/02/2028.",
                "- Sản phẩm: 640 bản cam kết.",
            ],
        ),
        (
            "3. Phát dọn đường băng cản lửa tại các tiểu khu 214, 215 và 218 (tổng chiều dài 12,5 km)",
            [
                "- Đơn vị chủ trì: Trạm Quản lý bảo vệ rừng Suối Đá.",
                "- Đơn vị phối hợp: UBND xã Trà Sơn; Hạt Kiểm lâm khu vực Sông Trà.",
                "- Thời gian thực hiện: Từ tháng 02 đến hết tháng 4/2028.",
                "- Kinh phí: 186 triệu đồng.",
            ],
        ),
        (
            "4. Tổ chức trực phòng cháy, chữa cháy rừng 24/24 giờ tại các chòi canh",
            [
                "- Đơn vị chủ trì: Đội Bảo vệ rừng chuyên trách.",
                "- Thời gian thực hiện: Từ 01/5 đến 31/8/2028 (cao điểm nắng nóng).",
            ],
        ),
        (
            "5. Diễn tập phương án chữa cháy rừng cấp cơ sở tại tiểu khu 215",
            [
                "- Chủ trì: Phòng Kỹ thuật - Bảo tồn.",
                "- Phối hợp: Đội Bảo vệ rừng chuyên trách, Công an xã Trà Sơn.",
                "- Thời gian: Dự kiến ngày 20 tháng 4 năm 2028.",
            ],
        ),
        (
            "6. Kiểm tra, bảo dưỡng máy thổi gió, máy bơm chữa cháy và dụng cụ chữa cháy thủ công",
            [
                "- Đơn vị chủ trì: Phòng Kỹ thuật - Bảo tồn.",
                "- Thời gian thực hiện: Hằng quý.",
            ],
        ),
        (
            "7. Cập nhật bản đồ phân vùng trọng điểm cháy rừng, thông báo cấp dự báo cháy rừng tại các trạm",
            [
                "- Đơn vị chủ trì: Phòng Kỹ thuật - Bảo tồn.",
                "- Thời gian thực hiện: Thường xuyên trong mùa khô.",
            ],
        ),
        (
            "8. Sơ kết, đánh giá công tác phòng cháy, chữa cháy rừng mùa khô năm 2028",
            [
                "- Đơn vị chủ trì: Phòng Tổ chức - Hành chính.",
                "- Thời gian thực hiện: Sau khi kết thúc mùa khô, chậm nhất là cuối tháng Chín năm 2028.",
            ],
        ),
    ]
    h.docx_paragraphs(
        document,
        [
            "Thực hiện Kế hoạch số 215/KH-SNNMT ngày 22/12/2027 của Sở Nông nghiệp và Môi trường về phòng cháy, chữa cháy rừng năm 2028, Ban Quản lý rừng phòng hộ Sông Trà xây dựng Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "- Chủ động phòng ngừa, phát hiện sớm và xử lý kịp thời các vụ cháy rừng, không để cháy lớn xảy ra.",
            "- Phân công rõ trách nhiệm của từng phòng, trạm, đội; bảo đảm phương châm “bốn tại chỗ”.",
            "II. TÌNH HÌNH CHUNG",
            "Diện tích rừng do Ban quản lý là 9.842 ha, trong đó 2.315 ha rừng trồng thông và keo có nguy cơ cháy cao. Năm 2027 trên địa bàn xảy ra 02 vụ cháy (ngày 14/4 và ngày 03/6/2027), thiệt hại 1,7 ha rừng trồng.",
            "III. NHIỆM VỤ, GIẢI PHÁP",
        ],
    )
    for title, fields in tasks:
        document.add_paragraph().add_run(title).bold = True
        h.docx_paragraphs(document, fields)
    h.docx_paragraphs(
        document,
        [
            "IV. KINH PHÍ",
            "Tổng kinh phí thực hiện: 412 triệu đồng, từ nguồn dịch vụ môi trường rừng năm 2028 (chi tiết tại dự toán kèm theo).",
            "V. TỔ CHỨC THỰC HIỆN",
            "Các phòng, trạm, đội báo cáo tình hình thực hiện Kế hoạch về Phòng Kỹ thuật - Bảo tồn trước ngày 25 hằng tháng để tổng hợp, báo cáo Giám đốc Ban. Khi xảy ra cháy rừng phải báo cáo ngay bằng điện thoại cho Trưởng ban Chỉ huy.",
        ],
    )
    _signature(
        document,
        ["GIÁM ĐỐC", "", "", "Hồ Văn Sáu"],
        [
            "- Sở NN&MT (b/c);",
            "- Hạt Kiểm lâm khu vực Sông Trà;",
            "- UBND các xã Trà Sơn, Trà Thanh;",
            "- Lưu: VT, KT-BT.",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h188
def h188_xlsx(path: Path) -> None:
    """A provincial social-insurance office's targets for its departments (written as .xlsx, saved
    as legacy .xls): **one due for every row printed once in a line above the table**, exceptions
    in the `Ghi chú` column, two number columns named by a year, a partner column, lettered group
    rows and two notes under the table."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Chi tieu 2028"
    width = 8
    for line in [
        "BẢO HIỂM XÃ HỘI TỈNH ĐÔNG LÂM",
        "",
        "CHỈ TIÊU KẾ HOẠCH NĂM 2028 GIAO CÁC PHÒNG NGHIỆP VỤ",
        "(Kèm theo Quyết định số 05/QĐ-BHXH ngày 08/01/2028 của Giám đốc Bảo hiểm xã hội tỉnh)",
        "Thời hạn hoàn thành các chỉ tiêu: đến ngày 31/12/2028, trừ các chỉ tiêu có thời hạn riêng ghi tại cột Ghi chú.",
        "",
    ]:
        sheet.append([line])
        if line:
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width
            )
    sheet.append(
        [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Ước thực hiện năm 2027 (*)",
            "Kế hoạch năm 2028",
            "Phòng chủ trì",
            "Phòng phối hợp",
            "Ghi chú",
        ]
    )
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    rows = [
        ("A", "CHỈ TIÊU THU, PHÁT TRIỂN NGƯỜI THAM GIA"),
        (
            1,
            "Số người tham gia bảo hiểm xã hội bắt buộc",
            "Người",
            118450,
            124000,
            "Phòng Quản lý thu - Sổ, thẻ",
            "Phòng Khai thác và Thu nợ",
            "",
        ),
        (
            2,
            "Số người tham gia bảo hiểm xã hội tự nguyện",
            "Người",
            21300,
            25500,
            "Phòng Khai thác và Thu nợ",
            "BHXH cơ sở",
            "",
        ),
        (
            3,
            "Tỷ lệ dân số tham gia bảo hiểm y tế",
            "%",
            93.6,
            "≥ 95",
            "Phòng Quản lý thu - Sổ, thẻ",
            "Phòng Khai thác và Thu nợ",
            "Hoàn thành trước 30/9/2028",
        ),
        (
            4,
            "Tỷ lệ số tiền chậm đóng BHXH, BHYT, BHTN so với số phải thu",
            "%",
            2.1,
            "≤ 1,8",
            "Phòng Khai thác và Thu nợ",
            "Phòng Thanh tra - Kiểm tra",
            "Đánh giá hằng quý",
        ),
        ("B", "CHỈ TIÊU GIẢI QUYẾT CHẾ ĐỘ, CHI TRẢ"),
        (
            5,
            "Tỷ lệ hồ sơ hưởng chế độ BHXH được giải quyết đúng hạn",
            "%",
            99.2,
            100,
            "Phòng Chế độ bảo hiểm xã hội",
            "",
            "",
        ),
        (
            6,
            "Tỷ lệ người hưởng lương hưu tại đô thị nhận qua tài khoản cá nhân",
            "%",
            78,
            "≥ 85",
            "Phòng Kế hoạch - Tài chính",
            "Phòng Chế độ bảo hiểm xã hội",
            "",
        ),
        (
            7,
            "Tỷ lệ chi phí khám, chữa bệnh BHYT được giám định điện tử",
            "%",
            96,
            100,
            "Phòng Giám định bảo hiểm y tế",
            "",
            "Hằng tháng",
        ),
        ("C", "CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ"),
        (
            8,
            "Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận qua dịch vụ công trực tuyến",
            "%",
            88,
            "≥ 95",
            "Văn phòng",
            "Các phòng nghiệp vụ",
            "",
        ),
    ]
    for row in rows:
        sheet.append(list(row))
        if len(row) == 2:
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=width
            )
            sheet.cell(sheet.max_row, 1).font = Font(bold=True)
            sheet.cell(sheet.max_row, 2).font = Font(bold=True)
        else:
            for column in (4, 5):
                cell = sheet.cell(sheet.max_row, column)
                if isinstance(cell.value, float):
                    cell.number_format = "0.0"
                elif isinstance(cell.value, int) and cell.value > 1000:
                    cell.number_format = "#,##0"
    sheet.append([])
    sheet.append(["(*) Số liệu ước thực hiện năm 2027 tính đến ngày 30/11/2027."])
    sheet.append(
        [
            "Ghi chú: Chỉ tiêu tại dòng 1 và dòng 3 là chỉ tiêu Bảo hiểm xã hội Việt Nam giao; các phòng báo cáo tiến độ theo chế độ báo cáo của ngành."
        ]
    )
    for column, size in zip("ABCDEFGH", [5, 50, 8, 14, 12, 26, 26, 24], strict=True):
        sheet.column_dimensions[column].width = size
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h189
def h189_docx(h, path: Path) -> None:
    """A commune's one-page dispatch (to be scanned): `Kính gửi:` a list, then `N. <body>: <duty>`
    paragraphs, a campaign day that is the due, every village head and every school (lead not
    scored), a standing duty, and a closing report going to an office that is not its lead."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    from docx.shared import Cm

    style = document.styles["Normal"]
    style.font.size = Pt(11)
    style.paragraph_format.space_after = Pt(3)
    section = document.sections[0]
    section.top_margin, section.bottom_margin = Cm(1.5), Cm(1.5)
    section.left_margin, section.right_margin = Cm(2.5), Cm(1.5)
    h.national_header(
        document,
        [
            "UBND XÃ PHƯỚC LỘC",
            "Số: 214/UBND-VHXH",
            "V/v ra quân tổng vệ sinh môi trường, phòng, chống sốt xuất huyết",
        ],
        "Phước Lộc, ngày 02 tháng 8 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "Kính gửi:",
            "- Trạm Y tế xã; Phòng Văn hóa - Xã hội;",
            "- Ủy ban MTTQ Việt Nam xã;",
            "- Các trường học trên địa bàn xã; Trưởng các thôn.",
            "Từ đầu năm đến ngày 31/7/2027, trên địa bàn xã ghi nhận 37 ca mắc sốt xuất huyết, tăng 12 ca so với cùng kỳ năm 2026. Thực hiện Công văn số 1502/SYT-NVY ngày 26/7/2027 của Sở Y tế tỉnh Vân Giang, để chủ động phòng, chống dịch bệnh, Ủy ban nhân dân xã đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
            "1. Trạm Y tế xã: Chủ trì giám sát, xử lý ổ dịch; tổ chức phun hóa chất diệt muỗi tại các thôn có ca bệnh, hoàn thành trước ngày 10/8/2027.",
            "2. Phòng Văn hóa - Xã hội: Tham mưu UBND xã tổ chức Lễ ra quân tổng vệ sinh môi trường vào sáng Chủ nhật, ngày 08/8/2027 tại Nhà văn hóa thôn Phước Tân.",
            "3. Trưởng các thôn: Vận động nhân dân dọn dẹp vệ sinh nhà ở, loại bỏ dụng cụ chứa nước đọng, diệt lăng quăng vào sáng thứ Bảy hằng tuần.",
            "4. Đề nghị Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với các tổ chức chính trị - xã hội vận động đoàn viên, hội viên tham gia trong đợt cao điểm từ ngày 08/8 đến ngày 31/8/2027.",
            "5. Các trường học trên địa bàn xã: Tổng vệ sinh trường, lớp, khơi thông cống rãnh trước khi học sinh tựu trường (ngày 25/8/2027).",
            "6. Văn phòng HĐND và UBND xã: Thông tin, tuyên truyền trên hệ thống truyền thanh cơ sở và Trang thông tin điện tử xã; thực hiện thường xuyên trong mùa mưa.",
            "Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND xã (qua Phòng Văn hóa - Xã hội) trước 16 giờ 00 ngày 01/9/2027 để tổng hợp, báo cáo Trung tâm Y tế khu vực./.",
        ],
    )
    _signature(
        document,
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trịnh Thị Nga"],
        ["- Như trên;", "- TT Đảng ủy, TT HĐND xã (b/c);", "- Lưu: VT."],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h190
def h190(h, path: Path) -> None:
    """A provincial chairman's directive on the school-leaving exam: duties per body under numbered
    body headings, lettered duties under the first, a coordinating list inside a duty, `Đề nghị` for
    bodies not under the province, every commune (lead not scored), a due counted from an expected
    day the duty prints, and a standing duty in the closing paragraph."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH KIM GIANG", "Số: 06/CT-UBND"],
        "Kim Giang, ngày 12 tháng 4 năm 2027",
    )
    _bold(document, "CHỈ THỊ")
    _bold(document, "Về việc tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2027")
    paragraphs = [
        "Kỳ thi tốt nghiệp trung học phổ thông năm 2027 diễn ra trong các ngày 27, 28 và 29/6/2027; toàn tỉnh có khoảng 15.800 thí sinh dự thi tại 38 điểm thi. Năm 2026, kỳ thi trên địa bàn tỉnh được tổ chức an toàn, nghiêm túc, không có cán bộ, thí sinh vi phạm quy chế phải xử lý kỷ luật.",
        "Để kỳ thi năm 2027 được tổ chức an toàn, nghiêm túc, đúng quy chế, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:",
        "1. Sở Giáo dục và Đào tạo",
        "a) Chủ trì, phối hợp với Công an tỉnh, Sở Y tế, Sở Khoa học và Công nghệ, Điện lực Kim Giang tham mưu UBND tỉnh thành lập Ban Chỉ đạo thi cấp tỉnh, hoàn thành trước ngày 05/5/2027.",
        "b) Chỉ đạo các trường trung học phổ thông tổ chức ôn tập cho học sinh lớp 12, chú trọng học sinh vùng đặc biệt khó khăn; kết thúc ôn tập trước ngày 31/5/2027.",
        "c) Tổng hợp, báo cáo Chủ tịch UBND tỉnh kết quả kỳ thi chậm nhất mười ngày sau ngày công bố kết quả thi (dự kiến công bố ngày 15/7/2027).",
        "2. Công an tỉnh",
        "Bảo đảm an ninh, an toàn tuyệt đối đề thi, bài thi và các điểm thi từ khi tiếp nhận đề thi đến hết ngày 29/6/2027; phòng, chống việc sử dụng thiết bị công nghệ cao để gian lận.",
        "3. Sở Y tế",
        "Xây dựng phương án bảo đảm y tế, an toàn thực phẩm tại các điểm thi, gửi Sở Giáo dục và Đào tạo trước ngày 20/6/2027.",
        "4. Sở Khoa học và Công nghệ",
        "Chủ trì, phối hợp với Viễn thông Kim Giang, Trung tâm Kinh doanh VNPT Kim Giang kiểm soát tần số, phát hiện thiết bị thu phát trái phép quanh khu vực điểm thi trong các ngày 27 - 29/6/2027.",
        "5. Ủy ban nhân dân các xã, phường",
        "Hỗ trợ chỗ ở, phương tiện đi lại cho thí sinh có hoàn cảnh khó khăn; bảo đảm trật tự, vệ sinh môi trường khu vực điểm thi trong thời gian diễn ra kỳ thi.",
        "6. Đề nghị Tỉnh Đoàn Kim Giang",
        "Chỉ đạo tổ chức Chương trình “Tiếp sức mùa thi” năm 2027, hỗ trợ thí sinh và người nhà thí sinh từ ngày 25/6 đến hết ngày 29/6/2027.",
        "Giám đốc các Sở, Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, phường nghiêm túc thực hiện Chỉ thị này. Giao Sở Giáo dục và Đào tạo theo dõi, đôn đốc việc thực hiện Chỉ thị; kịp thời báo cáo Chủ tịch UBND tỉnh những vấn đề phát sinh vượt thẩm quyền./.",
    ]
    for text in paragraphs:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if text[:2] in {"1.", "2.", "3.", "4.", "5.", "6."}:
            run.bold = True
    _signature(
        document,
        ["CHỦ TỊCH", "", "", "Lương Văn Khánh"],
        [
            "- Bộ Giáo dục và Đào tạo (b/c);",
            "- TT Tỉnh ủy, TT HĐND tỉnh;",
            "- Các Sở, ban, ngành tỉnh;",
            "- UBND các xã, phường;",
            "- Lưu: VT, KGVX.",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h191
def h191_docx(h, path: Path) -> None:
    """A lower-secondary school's month plan (to be saved as .odt): aims as bullets (no items),
    then a table whose week cell is merged down over its rows, a day cell that is empty (the
    week's end), a `Cả tuần` cell, a holiday row, teachers of every class as a lead (not scored),
    two leads in one cell, a `Cả tháng` row and a closing request to every group."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND XÃ AN THẠNH", "TRƯỜNG THCS LÊ QUÝ ĐÔN", "Số: 41/KH-THCS"],
        "An Thạnh, ngày 26 tháng 8 năm 2027",
    )
    _bold(document, "KẾ HOẠCH THÁNG 9 NĂM 2027")
    h.docx_paragraphs(
        document,
        [
            "I. NHIỆM VỤ TRỌNG TÂM",
            "- Ổn định nề nếp, tổ chức lớp; tổ chức Lễ khai giảng năm học 2027 - 2028 an toàn, trang trọng.",
            "- Thực hiện chương trình tuần 1 đến tuần 4 theo kế hoạch giáo dục của nhà trường.",
            "- Kiện toàn các tổ chuyên môn, tổ văn phòng; xây dựng kế hoạch năm học.",
            "II. LỊCH CÔNG TÁC CỤ THỂ",
        ],
    )
    table = h.grid_table(
        document,
        ["Tuần", "Ngày", "Nội dung công việc", "Bộ phận thực hiện", "Ghi chú"],
        [1.2, 0.9, 2.9, 1.4, 1.0],
    )
    weeks = [
        (
            "30/8 - 05/9",
            [
                ("30/8", "Tựu trường; ổn định tổ chức lớp, phân công trực nhật", "GVCN các lớp", ""),
                ("02/9", "Nghỉ lễ Quốc khánh", "", ""),
                (
                    "Cả tuần",
                    "Tổng vệ sinh trường lớp, trang trí khánh tiết chuẩn bị Lễ khai giảng",
                    "Tổ Văn phòng",
                    "Liên đội phối hợp",
                ),
                ("05/9", "Tổ chức Lễ khai giảng năm học 2027 - 2028", "Ban Giám hiệu", "7 giờ 00"),
            ],
        ),
        (
            "Tuần 1 (06/9 - 11/9)",
            [
                (
                    "",
                    "Khảo sát chất lượng đầu năm các môn Toán, Ngữ văn, Tiếng Anh",
                    "Tổ Khoa học Tự nhiên; Tổ Khoa học Xã hội",
                    "Theo lịch riêng",
                ),
                ("10/9", "Họp Hội đồng sư phạm thông qua kế hoạch năm học", "Ban Giám hiệu", ""),
            ],
        ),
        (
            "Tuần 2 (13/9 - 18/9)",
            [
                ("15/9", "Họp cha mẹ học sinh đầu năm học", "GVCN các lớp", "Buổi chiều"),
            ],
        ),
        (
            "Tuần 3 (20/9 - 25/9)",
            [
                ("Trước 25/9", "Xây dựng kế hoạch bồi dưỡng học sinh giỏi lớp 9", "Tổ Khoa học Tự nhiên", ""),
            ],
        ),
        (
            "Tuần 4 (27/9 - 02/10)",
            [
                (
                    "29/9",
                    "Hội nghị viên chức, người lao động năm học 2027 - 2028",
                    "Ban Giám hiệu; Công đoàn trường",
                    "",
                ),
            ],
        ),
        ("Cả tháng", [("", "Tập luyện nghi thức Đội cho học sinh lớp 6", "Tổng phụ trách Đội", "")]),
    ]
    for week, rows in weeks:
        first = len(table.rows)
        for day, task, unit, note in rows:
            h.fill_row(table, ["", day, task, unit, note])
        h.merge_down(table, 0, first, len(table.rows) - 1, week)
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Các tổ chuyên môn, tổ văn phòng nộp báo cáo kết quả thực hiện tháng 9 về Ban Giám hiệu trước ngày 28/9/2027. Kế hoạch tháng 10 sẽ được thông qua tại cuộc họp Hội đồng sư phạm đầu tháng.",
        ],
    )
    _signature(
        document,
        ["HIỆU TRƯỞNG", "", "", "Mai Xuân Trường"],
        ["- UBND xã (b/c);", "- Các tổ chuyên môn;", "- Lưu: VT."],
    )
    document.save(path)


def batch_h183() -> None:
    """Writes h183–h192's binaries (the .html and .csv are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h183(h, DOCS / "h183_ctct_so_vhttdl_nhom_danh_so_lai.docx")
    h184(DOCS / "h184_kh_quy_ubnd_xa_chu_tri_gop_nhom.xlsx")
    h190(h, _out("h190_chi_thi_thi_tot_nghiep_theo_co_quan.docx"))
    if not shutil.which("soffice"):
        print("soffice not found: the .doc, .xls, .odt and the PDFs were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        converted = [
            (lambda p: h185_docx(h, p), "h185_tbkl_giam_doc_so_giao_trong_cau.docx", "pdf"),
            (lambda p: h187_docx(h, p), "h187_kh_pccc_rung_truong_nhan.docx", "doc"),
            (h188_xlsx, "h188_chi_tieu_bhxh_han_chung_dau_bang.xlsx", "xls"),
            (lambda p: h191_docx(h, p), "h191_kh_thang_truong_thcs_tuan_gop.docx", "odt"),
        ]
        for write, name, extension in converted:
            write(tmp / name)
            h.soffice_convert(tmp / name, extension, _out(f"{Path(name).stem}.{extension}"))
        name = "h189_cv_ubnd_xa_ve_sinh_ban_quet"
        h189_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        h.rasterise(tmp / f"{name}.pdf", _out(f"{name}.pdf"), scale=150 / 72)


if __name__ == "__main__":
    batch_h183()
