"""Held-out batch h383–h392 (helper h13author35, 2026-12-05): an ordinary batch — the ten documents a
provincial department, a provincial People's Committee office, a special zone or a commune/ward most
likely uploads: three programme/plan task tables (.docx, .xlsx, .doc), two prose plans, two meeting
conclusions (one a PDF printed from Word), a weekly calendar, an indicator table and a dispatch.
Expected items were written by hand in `expected/` before any import."""

import tempfile
from functools import partial
from pathlib import Path

from batch_common import DOCS, a4, bold_header, document, out_path, para, soffice, wrap

QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TN = "Độc lập - Tự do - Hạnh phúc"

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h385_ctct_quy_iii_2026_so_tai_chinh_thanh_hoa",  # h13fixQU
    "h383_ctct_nam_2027_so_nnmt_nghe_an",  # h13fixQP
    "h388_tbkl_vp_ubnd_tinh_quang_ngai_giai_ngan",  # h13fixQQ
    "h389_tbkl_giao_ban_thang_3_phuong_tran_bien",  # h13fixQQ
}
_out = partial(out_path, moved=_MOVED)


def _header(doc, org_top, org, number, place_date):
    """The title block: body and Quốc hiệu side by side in a borderless two-column table."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    t = doc.add_table(rows=2, cols=2)
    cells = [(0, 0, f"{org_top}\n{org}"), (0, 1, f"{QH}\n{TN}"), (1, 0, number), (1, 1, place_date)]
    for r, c, text in cells:
        cell = t.cell(r, c)
        cell.text = ""
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold = r == 0
        run.italic = (r, c) == (1, 1)
    return t


def _grid(doc, header, rows, widths=(1.2, 6.4, 3.4, 3.0, 2.5, 1.8)):
    """A gridded table; a row given as a str is a section row merged across the table; a row whose
    first element is None continues the cell above in that column (merged down)."""
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        if isinstance(row, tuple):  # (STT, text): section row, text merged over the rest
            cells = t.add_row().cells
            cells[0].text = ""
            cells[0].paragraphs[0].add_run(row[0]).bold = True
            merged = cells[1].merge(cells[-1])
            merged.text = ""
            merged.paragraphs[0].add_run(row[1]).bold = True
            continue
        cells = t.add_row().cells
        for i, text in enumerate(row):
            if text is None:  # merge with the cell above
                above = t.rows[len(t.rows) - 2].cells[i]
                above.merge(cells[i])
                continue
            cells[i].text = text
    return t


def _signature(doc, recipients, title, name, sign="(Đã ký)"):
    para(doc, "Nơi nhận:", bold=True, italic=True)
    for line in recipients:
        para(doc, line)
    para(doc, title, bold=True, right=True)
    para(doc, sign, italic=True, right=True)
    para(doc, name, bold=True, right=True)


# h383 — Sở Nông nghiệp và Môi trường Nghệ An, yearly programme 2027, .docx task table
def h383(path: Path) -> None:
    doc = document()
    a4(doc)
    _header(
        doc,
        "UBND TỈNH NGHỆ AN",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "Số: 45/CTr-SNNMT",
        "Nghệ An, ngày 28 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "của Sở Nông nghiệp và Môi trường tỉnh Nghệ An", italic=True, center=True)
    para(
        doc,
        "Căn cứ Chương trình công tác năm 2027 của UBND tỉnh; căn cứ chức năng, nhiệm vụ được "
        "giao, Sở Nông nghiệp và Môi trường ban hành Chương trình công tác năm 2027 như sau:",
    )
    _grid(
        doc,
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"],
        [
            ("I", "CÔNG TÁC THAM MƯU XÂY DỰNG VĂN BẢN"),
            [
                "1",
                "Tham mưu UBND tỉnh ban hành Kế hoạch sản xuất vụ Xuân và vụ Hè Thu năm 2027",
                "Chi cục Trồng trọt và Bảo vệ thực vật",
                "Chi cục Thủy lợi; UBND các xã, phường",
                "Tháng 01/2027",
                "",
            ],
            [
                "2",
                "Xây dựng dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ phát triển "
                "vùng nguyên liệu tập trung",
                "Phòng Kế hoạch - Tài chính",
                "Văn phòng Sở; Sở Tài chính",
                "Quý II/2027",
                "Trình kỳ họp giữa năm",
            ],
            [
                "3",
                "Tham mưu ban hành Quyết định điều chỉnh Bảng giá đất năm 2027 trên địa bàn tỉnh",
                "Chi cục Quản lý đất đai",
                "Sở Tài chính; UBND các xã, phường",
                "30/6/2027",
                "",
            ],
            [
                "4",
                "Xây dựng Kế hoạch ứng phó với biến đổi khí hậu giai đoạn 2027 - 2030",
                "Phòng Biến đổi khí hậu",
                "Các đơn vị thuộc Sở",
                "Tháng 9/2027",
                "",
            ],
            ("II", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ KIỂM TRA"),
            [
                "5",
                "Chỉ đạo phòng, chống dịch bệnh trên đàn gia súc, gia cầm; giám sát dịch cúm gia cầm",
                "Chi cục Chăn nuôi và Thú y",
                "UBND các xã, phường",
                "Thường xuyên",
                "",
            ],
            [
                "6",
                "Kiểm tra công tác bảo vệ môi trường tại các khu, cụm công nghiệp",
                "Chi cục Bảo vệ môi trường",
                "Phòng Cảnh sát môi trường - Công an tỉnh",
                "Quý III/2027",
                "",
            ],
            [
                "7",
                "Tổ chức phát động Tết trồng cây \u201cĐời đời nhớ ơn Bác Hồ\u201d Xuân Đinh Mùi 2027",
                "Chi cục Kiểm lâm",
                "UBND các xã, phường",
                "Tháng 02/2027",
                "",
            ],
            [
                "8",
                "Chỉ đạo công tác phòng, chống thiên tai và tìm kiếm cứu nạn mùa mưa bão năm 2027",
                "Chi cục Thủy lợi",
                "Văn phòng Sở; các Chi cục",
                "Từ tháng 5 đến tháng 11/2027",
                "",
            ],
            ("III", "CÔNG TÁC KHÁC"),
            [
                "9",
                "Tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Tháng 01/2027",
                "",
            ],
            ["10", "Sơ kết công tác 6 tháng đầu năm 2027", "Văn phòng Sở", None, "Tháng 7/2027", ""],
            [
                "11",
                "Cập nhật, đồng bộ cơ sở dữ liêu đất đai vào Hệ thống thông tin quốc gia về đất đai",
                "Văn phòng Đăng ký đất đai",
                "Chi cục Quản lý đất đai",
                "Thường xuyên",
                "",
            ],
            [
                "12",
                "Báo cáo tình hình thực hiện nhiệm vụ tháng, quý, năm gửi UBND tỉnh",
                "Văn phòng Sở",
                "Các phòng, đơn vị",
                "Hằng tháng",
                "Trước ngày 20",
            ],
        ],
    )
    para(doc, "")
    para(
        doc,
        "Các phòng, đơn vị thuộc Sở căn cứ Chương trình này chủ động xây dựng kế hoạch triển khai; "
        "định kỳ hằng quý báo cáo kết quả thực hiện về Văn phòng Sở  (trước ngày 15 của tháng "
        "cuối quý) để tổng hợp, báo cáo Giám đốc Sở.",
    )
    _signature(
        doc,
        [
            "- UBND tỉnh (để b/c);",
            "- Giám đốc, các PGĐ Sở;",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, VP.",
        ],
        "GIÁM ĐỐC",
        "Hồ Đức Lâm",
    )
    doc.save(path)


# h384 — UBND đặc khu Cát Hải (Hải Phòng), administrative reform plan 2026, .xlsx task table
def h384(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "KH CCHC 2026"
    ws["A1"], ws["E1"] = "ỦY BAN NHÂN DÂN", QH
    ws["A2"], ws["E2"] = "ĐẶC KHU CÁT HẢI", TN
    ws.merge_cells("A1:C1"), ws.merge_cells("A2:C2"), ws.merge_cells("E1:G1"), ws.merge_cells("E2:G2")
    ws["A4"] = "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"
    ws["A5"] = "(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND đặc khu Cát Hải)"
    ws.merge_cells("A4:G4"), ws.merge_cells("A5:G5")
    for ref in ("A1", "A2", "E1", "E2", "A4"):
        ws[ref].font = Font(bold=True)
    ws["A5"].font = Font(italic=True)
    ws.append([])
    ws.append(
        [
            "STT",
            "Nội dung nhiệm vụ",
            "Kết quả/sản phẩm",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
            "Ghi chú",
        ]
    )
    rows = [
        ("I", "CẢI CÁCH THỂ CHẾ"),
        [
            1,
            "Rà soát, đánh giá văn bản quy phạm pháp luật do HĐND, UBND đặc khu ban hành",
            "Báo cáo kết quả rà soát",
            "Văn phòng HĐND và UBND",
            "Các phòng chuyên môn",
            "Tháng 11/2026",
            "",
        ],
        [
            2,
            "Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai, xây dựng trên địa bàn",
            "Báo cáo",
            "Văn phòng HĐND và UBND",
            "Phòng Kinh tế",
            "15/12/2026",
            "",
        ],
        ("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
        [
            3,
            "Niêm yết công khai, cập nhật thủ tục hành chính tại Trung tâm Phục vụ hành chính công",
            "TTHC được công khai đầy đủ",
            "Trung tâm Phục vụ hành chính công",
            "Văn phòng HĐND và UBND",
            "Thường xuyên",
            "",
        ],
        [
            4,
            "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt tỷ lệ 100%",
            "Tỷ lệ hồ sơ được số hóa",
            "Trung tâm Phục vụ hành chính công",
            "Các phòng chuyên môn",
            "Quý IV/2026",
            "",
        ],
        [
            5,
            "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
            "Văn bản trả lời",
            "Văn phòng HĐND và UBND",
            "",
            "Thường xuyên",
            "",
        ],
        ("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY"),
        [
            6,
            "Rà soát, hoàn thiện Đề án vị trí việc làm của các cơ quan chuyên môn thuộc UBND đặc khu",
            "Đề án vị trí việc làm",
            "Văn phòng HĐND và UBND",
            "Các phòng chuyên môn",
            "30/6/2026",
            "",
        ],
        ("IV", "CẢI CÁCH TÀI CHÍNH CÔNG"),
        [
            7,
            "Thực hiện cơ chế tự chủ tài chính tại các đơn vị sự nghiệp công lập",
            "Phương án tự chủ",
            "Phòng Kinh tế",
            "Các đơn vị sự nghiệp",
            "Tháng 6/2026",
            "",
        ],
        [
            8,
            "Công khai dự toán, quyết toán ngân sách đặc khu  theo quy định",
            "",
            "Phòng Kinh tế",
            "",
            "Theo quy định",
            "",
        ],
        ("V", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"),
        [
            9,
            "Duy trì vận hành hệ thống quản lý văn bản và điều hành, sử dụng chữ ký số",
            "",
            "Văn phòng HĐND và UBND",
            "",
            "Thường xuyên",
            "",
        ],
        [
            10,
            "Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến toàn trình",
            "Số hồ sơ trực tuyến tăng",
            "Phòng Văn hóa - Xã hội",
            "Trung tâm Phục vụ hành chính công; Đoàn Thanh niên",
            "Quý III/2026",
            "",
        ],
        ("VI", "CÔNG TÁC CHỈ ĐẠO, KIỂM TRA, BÁO CÁO"),
        [
            11,
            "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị",
            "Thông báo kết quả kiểm tra",
            "Văn phòng HĐND và UBND",
            "Các cơ quan, đơn vị",
            "Tháng 10/2026",
            "",
        ],
        [
            12,
            "Báo cáo công tác cải cách hành chính định kỳ quý, 6 tháng, năm",
            "Báo cáo",
            "Văn phòng HĐND và UBND",
            None,
            "Định kỳ",
            "Báo cáo quý gửi trước ngày 12 tháng cuối quý",
        ],
    ]
    for row in rows:
        r = ws.max_row + 1
        if isinstance(row, tuple):
            ws.cell(r, 1, row[0]), ws.cell(r, 2, row[1])
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(r, 1).font = ws.cell(r, 2).font = Font(bold=True)
            continue
        for c, value in enumerate(row, start=1):
            if value is None:
                ws.merge_cells(start_row=r - 1, start_column=c, end_row=r, end_column=c)
            else:
                ws.cell(r, c, value)
    wrap(ws, 8, "top")
    bold_header(ws, 7)
    last = ws.max_row
    ws.cell(
        last + 2,
        1,
        "Ghi chú: Các cơ quan, đơn vị gửi báo cáo kết quả thực hiện về Văn phòng HĐND và "
        "UBND đặc khu trước ngày 10/12/2026 để tổng hợp.",
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=7)
    ws.cell(last + 2, 1).alignment = Alignment(wrap_text=True)
    for col, width in zip("ABCDEFG", (6, 48, 22, 24, 26, 14, 22), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)


# h385 — Sở Tài chính Thanh Hóa, quarterly programme Q3/2026 by month, .doc
def h385(path: Path) -> None:
    doc = document()
    a4(doc)
    _header(
        doc, "UBND TỈNH THANH HÓA", "SỞ TÀI CHÍNH", "Số: 2318/CTr-STC", "Thanh Hóa, ngày 29 tháng 6 năm 2026"
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2026", bold=True, center=True)
    para(
        doc,
        "Thực hiện Chương trình công tác năm 2026 của UBND tỉnh, Giám đốc Sở Tài chính ban hành "
        "Chương trình công tác quý III năm 2026 như sau:",
    )
    _grid(
        doc,
        [
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì tham mưu",
            "Lãnh đạo Sở phụ trách",
            "Thời gian trình/hoàn thành",
            "Ghi chú",
        ],
        [
            ("I", "THÁNG 7/2026"),
            [
                "1",
                "Tham mưu UBND tỉnh báo cáo tình hình thực hiện dự toán ngân sách nhà nước 6 tháng đầu năm "
                "2026",
                "Phòng Quản lý ngân sách",
                "PGĐ Lê Thị Hạnh",
                "10/7/2026",
                "",
            ],
            [
                "2",
                "Xây dựng dự thảo Kế hoạch đầu tư công năm 2027 của tỉnh",
                "Phòng Đầu tư công",
                "PGĐ Đỗ Văn Khải",
                "Tháng 7",
                "",
            ],
            [
                "3",
                "Thẩm định phương án giá nước sạch sinh hoạt trên địa bàn tỉnh",
                "Phòng Quản lý giá và Tài sản công",
                "PGĐ Lê Thị Hạnh",
                "",
                "Theo đề nghị của Công ty",
            ],
            ("II", "THÁNG 8/2026"),
            [
                "4",
                "Hướng dẫn các sở, ngành, địa phương xây dựng dự toán ngân sách năm 2027",
                "Phòng Quản lý ngân sách",
                "PGĐ Lê Thị Hạnh",
                "15/8/2026",
                "",
            ],
            [
                "5",
                "Tổng hợp, thẩm định kế hoạch lựa chọn nhà thầu các dự án khởi công mới",
                "Phòng Đầu tư công",
                "PGĐ Đỗ Văn Khải",
                "Tháng 8",
                "",
            ],
            [
                "6",
                "Kiểm tra công tác quản lý, sử dụng tài sản công tại các đơn vị sự nghiệp",
                "Phòng Quản lý giá và Tài sản công",
                "PGĐ Lê Thị Hạnh",
                "25/8/2026",
                "",
            ],
            [
                "7",
                "Cấp giấy chứng nhận đăng ký doanh nghiệp; hỗ trợ doanh nghiệp khởi nghiệp",
                "Phòng Đăng ký kinh doanh",
                "PGĐ Trịnh Quốc Bảo",
                "Thường xuyên",
                "",
            ],
            ("III", "THÁNG 9/2026"),
            [
                "8",
                "Báo cáo đánh giá tình hình kinh tế - xã hội 9 tháng, dự kiến kế hoạch năm 2027",
                "Phòng Tổng hợp",
                "Giám đốc Sở",
                "20/9/2026",
                "",
            ],
            [
                "9",
                "Tham mưu trình HĐND tỉnh Nghị quyết điều chỉnh, bổ sung kế hoạch vốn đầu tư công năm 2026",
                "Phòng Đầu tư công",
                "PGĐ Đỗ Văn Khải",
                "Kỳ họp chuyên đề",
                "Theo triệu tập của HĐND tỉnh",
            ],
            [
                "10",
                "Tổ chức Hội nghị đối thoại với doanh nghiệp quý III",
                "Văn phòng Sở",
                "PGĐ Trịnh Quốc Bảo",
                "Tháng 9",
                "Phối hợp Phòng Đăng ký kinh doanh",
            ],
            [
                "11",
                "Tổng kết công tác quý III, xây dựng Chương trình công tác quý IV/2026",
                "Văn phòng Sở",
                "Giám đốc Sở",
                "30/9/2026",
                "",
            ],
        ],
    )
    para(doc, "")
    para(
        doc,
        "Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện nhiệm vụ được giao về Văn phòng Sở "
        "trước ngày 25 hằng tháng để tổng hợp, báo cáo Giám đốc Sở.",
    )
    _signature(
        doc,
        ["- Văn phòng UBND tỉnh (để b/c);", "- Lãnh đạo Sở;", "- Các phòng, đơn vị;", "- Lưu: VT, VP."],
        "GIÁM ĐỐC",
        "Phạm Ngọc Tuấn",
    )
    doc.save(path)


# h386 — UBND xã Bảo Hà (Lào Cai), digital transformation plan 2026, numbered tasks with labels
def h386(path: Path) -> None:
    doc = document()
    a4(doc)
    _header(doc, "ỦY BAN NHÂN DÂN", "XÃ BẢO HÀ", "Số: 27/KH-UBND", "Bảo Hà, ngày 20 tháng 02 năm 2026")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thực hiện chuyển đổi số trên địa bàn xã Bảo Hà năm 2026", bold=True, center=True)
    lines = [
        ("I. MỤC ĐÍCH, YÊU CẦU", True),
        (
            "- Triển khai đồng bộ các nhiệm vụ chuyển đổi số theo chỉ đạo của UBND tỉnh Lào Cai; phát triển "
            "chính quyền số, kinh tế số, xã hội số trên địa bàn xã.",
            False,
        ),
        (
            "- Xác định rõ nhiệm vụ, đơn vị chủ trì, thời gian hoàn thành; gắn trách nhiệm người đứng đầu.",
            False,
        ),
        ("II. NHIỆM VỤ CỤ THỂ", True),
    ]
    for text, bold in lines:
        para(doc, text, bold=bold)
    tasks = [
        (
            "Hoàn thiện hạ tầng số tại trụ sở UBND xã",
            "Nâng cấp đường truyền Internet, mạng nội bộ (LAN), trang bị bổ sung máy tính cho bộ phận một cửa.",  # noqa: E501
            "Văn phòng HĐND và UBND xã",
            "Các doanh nghiệp viễn thông trên địa bàn",
            "Quý II/2026",
        ),
        (
            "Kiện toàn Tổ công nghệ số cộng đồng tại các thôn",
            "Rà soát, bổ sung thành viên; tập huấn kỹ năng hướng dẫn người dân.",
            "Phòng Văn hóa - Xã hội",
            "Đoàn Thanh niên xã; trưởng thôn",
            "Tháng 3/2026",
        ),
        (
            "Đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến",
            "Hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí trực tuyến.",
            "Trung tâm Phục vụ hành chính công xã",
            "Các phòng chuyên môn",
            "Thường xuyên",
        ),
        (
            "Số hóa hồ sơ hộ tịch, đất đai lưu trữ tại UBND xã",
            "Số hóa sổ hộ tịch từ năm 1995 đến nay và hồ sơ địa chính.",
            "Văn phòng HĐND và UBND xã",
            "Phòng Kinh tế",
            "30/9/2026",
        ),
        (
            "Hỗ trợ hộ sản xuất đưa sản phẩm OCOP lên sàn thương mại điện tử",
            "Hướng dẫn đăng ký gian hàng, mã QR truy xuất nguồn gốc cho sản phẩm quế, chè của xã.",
            "Phòng Kinh tế",
            "Hợp tác xã nông nghiệp Bảo Hà",
            "Quý IV/2026",
        ),
        (
            "Tuyên truyền về chuyển đổi số trên trang thông tin điện tử và hệ thống loa truyền thanh",
            "Đăng tin, bài; phát thanh chuyên mục \u201cChuyển đổi số\u201d.",
            "Phòng Văn hóa - Xã hội",
            "Các thôn",
            "Hằng tháng",
        ),
        (
            "Bảo đảm an toàn, an ninh mạng cho hệ thống thông tin của xã",
            "Kiểm tra, phòng ngừa lộ, lọt bí mật nhà nước trên không gian mạng.",
            "Công an xã",
            "Văn phòng HĐND và UBND xã",
            "Thường xuyên",
        ),
        (
            "Bồi dưỡng kỹ năng số cho cán bộ, công chức xã",
            "Tổ chức 01 lớp bồi dưỡng về khai thác phần mềm dùng chung, chữ ký số.",
            "Văn phòng HĐND và UBND xã",
            "",
            "Tháng 8/2026",
        ),
        (
            "Triển khai thanh toán không dùng tiền mặt tại trường học, trạm y tế",
            "Thu học phí, viện phí qua tài khoản, ví điện tử.",
            "Phòng Văn hóa - Xã hội",
            "Trạm Y tế xã; các trường học",
            "Năm 2026",
        ),
    ]
    for n, (title, content, lead, support, due) in enumerate(tasks, start=1):
        para(doc, f"{n}. {title}", bold=True)
        para(doc, f"- Nội dung: {content}")
        para(doc, f"- Đơn vị chủ trì: {lead}")
        if support:
            para(doc, f"- Đơn vị phối hợp: {support}")
        para(doc, f"- Thời gian hoàn thành: {due}")
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Văn phòng HĐND và UBND xã: Là cơ quan thường trực, theo dõi, đôn đốc việc triển khai "
        "Kế hoạch; tổng hợp, báo cáo Chủ tịch UBND xã kết quả thực hiện trước ngày 05/12/2026.",
    )
    para(
        doc,
        "2. Các phòng, đơn vị được giao nhiệm vụ chủ động triển khai; báo cáo kết quả thực hiện "
        "định kỳ hằng quý (trước ngày 20 tháng cuối quý) về Văn phòng HĐND và UBND xã.",
    )
    _signature(
        doc,
        [
            "- UBND tỉnh Lào Cai (b/c);",
            "- Sở Khoa học và Công nghệ;",
            "- TT Đảng ủy, HĐND xã;",
            "- Các phòng, đơn vị;",
            "- Lưu: VT.",
        ],
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
        "Vàng Văn Sinh",
    )
    doc.save(path)


# h387 — Sở Y tế Cần Thơ, dengue plan 2027, short prose + appendix task table
def h387(path: Path) -> None:
    doc = document()
    a4(doc)
    _header(doc, "UBND THÀNH PHỐ CẦN THƠ", "SỞ Y TẾ", "Số: 118/KH-SYT", "Cần Thơ, ngày 12 tháng 01 năm 2027")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phòng, chống bệnh sốt xuất huyết năm 2027", bold=True, center=True)
    for text, bold in [
        ("I. MỤC TIÊU", True),
        ("1. Giảm tỷ lệ mắc sốt xuất huyết dưới 100 ca/100.000 dân; tỷ lệ tử vong dưới 0,05%.", False),
        ("2. Phát hiện sớm, xử lý kịp thời 100% ổ dịch, không để dịch lan rộng.", False),
        ("II. NHIỆM VỤ VÀ GIẢI PHÁP", True),
        (
            "Tăng cường giám sát, phát hiện sớm ca bệnh; chủ động diệt muỗi, lăng quăng; nâng cao năng lực "
            "điều trị; đẩy mạnh truyền thông thay đổi hành vi. Nhiệm vụ cụ thể của các đơn vị tại Phụ lục "
            "kèm theo Kế hoạch này.",
            False,
        ),
        ("III. KINH PHÍ", True),
        ("Từ nguồn ngân sách sự nghiệp y tế năm 2027 giao cho các đơn vị và các nguồn hợp pháp khác.", False),
        ("IV. TỔ CHỨC THỰC HIỆN", True),
        (
            "1. Trung tâm Kiểm soát bệnh tật thành phố là đơn vị thường trực, tổng hợp và báo cáo Sở Y tế "
            "(qua Phòng Nghiệp vụ Y) tình hình dịch sốt xuất huyết hằng tuần vào thứ Sáu.",
            False,
        ),
        (
            "2. Các đơn vị căn cứ nhiệm vụ được giao tại Phụ lục chủ động xây dựng kế hoạch của đơn vị; báo "
            "cáo kết quả thực hiện về Sở Y tế trước ngày 15/12/2027.",
            False,
        ),
    ]:
        para(doc, text, bold=bold)
    _signature(
        doc,
        ["- UBND thành phố (b/c);", "- Ban Giám đốc Sở;", "- Các đơn vị trực thuộc;", "- Lưu: VT, NVY."],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
        "Lâm Thị Bích Ngọc",
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "PHÂN CÔNG NHIỆM VỤ PHÒNG, CHỐNG SỐT XUẤT HUYẾT NĂM 2027", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 118/KH-SYT ngày 12/01/2027 của Sở Y tế)", italic=True, center=True)
    _grid(
        doc,
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
        widths=(1.2, 6.4, 3.6, 3.6, 2.6),
        rows=[
            [
                "1",
                "Xây dựng, trình UBND xã, phường ban hành Kế hoạch phòng, chống dịch bệnh năm 2027",
                "Trạm Y tế các xã, phường",
                "Trung tâm Kiểm soát bệnh tật thành phố",
                "Quý I/2027",
            ],
            [
                "2",
                "Giám sát véc tơ (chỉ số muỗi, lăng quăng) tại các điểm nguy cơ cao",
                "Trung tâm Kiểm soát bệnh tật thành phố",
                "Trạm Y tế các xã, phường",
                "Hằng tháng",
            ],
            [
                "3",
                "Tổ chức chiến dịch diệt lăng quăng, bọ gậy đợt 1",
                "Trung tâm Kiểm soát bệnh tật thành phố",
                "UBND các xã, phường",
                "Tháng 4/2027",
            ],
            ["4", "Tổ chức chiến dịch diệt lăng quăng, bọ gậy đợt 2", None, None, "Tháng 8/2027"],
            [
                "5",
                "Tập huấn chẩn đoán, điều trị sốt xuất huyết Dengue cho nhân viên y tế",
                "Bệnh viện Đa khoa thành phố Cần Thơ",
                "TTKSBT",
                "Tháng 5/2027",
            ],
            [
                "6",
                "Bảo đảm cơ số thuốc, vật tư, hóa chất phục vụ phòng, chống dịch",
                "Phòng Kế hoạch - Tài chính",
                "TTKSBT",
                "Trước 30/4/2027",
            ],
            [
                "7",
                "Truyền thông phòng, chống sốt xuất huyết trên báo, đài và mạng xã hội",
                "Trung tâm Kiểm soát bệnh tật thành phố",
                "Báo và Phát thanh, Truyền hình Cần Thơ",
                "Thường xuyên",
            ],
            [
                "8",
                "Kiểm tra, giám sát công tác phòng, chống dịch tại các địa phương",
                "Phòng Nghiệp vụ Y",
                "TTKSBT",
                "Quý III/2027",
            ],
            [
                "9",
                "Xử lý ổ dịch kịp thời, không để dịch lan rộng",
                "Trạm Y tế các xã, phường",
                "TTKSBT",
                "Khi có ổ dịch",
            ],
            [
                "10",
                "Sơ kết, tổng kết công tác phòng, chống sốt xuất huyết năm 2027",
                "Phòng Nghiệp vụ Y",
                "",
                "Tháng 12/2027",
            ],
        ],
    )
    doc.save(path)


# h388 — Văn phòng UBND tỉnh Quảng Ngãi, conclusions of a vice-chairman (public investment), .docx
def h388(path: Path) -> None:
    doc = document()
    a4(doc)
    _header(doc, "UBND TỈNH QUẢNG NGÃI", "VĂN PHÒNG", "Số: 312/TB-VP", "Quảng Ngãi, ngày 14 tháng 8 năm 2026")
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Phó Chủ tịch UBND tỉnh Trần Minh Quang tại cuộc họp về tiến độ giải ngân vốn "
        "đầu tư công năm 2026",
        bold=True,
        center=True,
    )
    for text in [
        "Ngày 11/8/2026, Phó Chủ tịch UBND tỉnh Trần Minh Quang chủ trì cuộc họp nghe báo cáo tiến độ giải "
        "ngân vốn đầu tư công năm 2026. Tham dự có đại diện lãnh đạo các sở: Tài chính, Xây dựng, Nông "
        "nghiệp và Môi trường, Nội vụ; Kho bạc Nhà nước khu vực XIII; các Ban Quản lý dự án và UBND một số "
        "xã, phường. Sau khi nghe báo cáo và ý kiến của các đại biểu, Phó Chủ tịch UBND tỉnh "
        "kết luận như sau:",
        "1. Đến ngày 31/7/2026, giải ngân toàn tỉnh mới đạt 38,6% kế hoạch vốn, thấp hơn bình quân cả nước. "
        "Nguyên nhân chủ yếu do vướng mắc giải phóng mặt bằng, năng lực một số nhà thầu hạn chế.",
        "2. Nhiệm vụ thời gian tới:",
        "a) Các sở, ban, ngành, UBND các xã, phường là chủ đầu tư tập trung đẩy nhanh tiến độ thi công, "
        "nghiệm thu, thanh toán; bảo đảm giải ngân 100% kế hoạch vốn năm 2026 trước ngày 31/01/2027.",
        "b) Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực XIII rà soát, tham "
        "mưu UBND tỉnh "
        "điều chuyển vốn từ các dự án giải ngân chậm sang các dự án có nhu cầu; hoàn thành trước ngày "
        "30/8/2026.",
        "c) Giao Sở Nông nghiệp và Môi trường hướng dẫn các địa phương đẩy nhanh công tác bồi thường, giải "
        "phóng mặt bằng dự án đường ven biển đoạn qua tỉnh; báo cáo kết quả về UBND tỉnh trước "
        "ngày 15/9/2026.",
        "d) Sở Xây dựng: Tăng cường kiểm tra chất lượng công trình, kịp thời xử lý vướng mắc về giá vật liệu "
        "xây dựng, nguồn vật liệu đắp nền. Thời gian: thường xuyên.",
        "đ) Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh: Khẩn trương hoàn thiện hồ sơ "
        "thanh toán khối lượng hoàn thành, gửi Kho bạc Nhà nước trước ngày 25/8/2026.",
        "e) Giao Sở Nội vụ tham mưu UBND tỉnh xem xét trách nhiệm tập thể, cá nhân để chậm trễ "
        "giải ngân; báo "
        "cáo trong tháng 10/2026.",
        "g) UBND xã Bình Sơn hoàn thành bàn giao mặt bằng dự án Khu tái định cư Bình Thạnh cho chủ đầu tư "
        "trước ngày 30/9/2026.",
        "h) Giao Văn phòng UBND tỉnh theo dõi, đôn đốc; tổng hợp tình hình giải ngân, báo cáo UBND tỉnh tại "
        "phiên họp thường kỳ hằng tháng.",
        "3. Đề nghị Kho bạc Nhà nước khu vực XIII phối hợp chặt chẽ với các chủ đầu tư, kiểm "
        "soát, thanh toán "
        "kịp thời khi có khối lượng hoàn thành.",
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    ]:
        para(doc, text)
    _signature(
        doc,
        [
            "- CT, các PCT UBND tỉnh;",
            "- Các sở: TC, XD, NNMT, NV;",
            "- KBNN khu vực XIII;",
            "- UBND các xã, phường;",
            "- Lưu: VT, KTTH.",
        ],
        "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG",
        "Nguyễn Thị Thu Hiền",
    )
    doc.save(path)


# h389 — UBND phường Trấn Biên (Đồng Nai), conclusions of the March 2027 briefing, PDF from Word
def h389(path: Path) -> None:
    doc = document()
    a4(doc)
    _header(
        doc, "ỦY BAN NHÂN DÂN", "PHƯỜNG TRẤN BIÊN", "Số: 86/TB-UBND", "Trấn Biên, ngày 27 tháng 3 năm 2027"
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Chủ tịch UBND phường tại cuộc họp giao ban tháng 3 năm 2027",
        bold=True,
        center=True,
    )
    for text, bold in [
        (
            "Ngày 25/3/2027, Chủ tịch UBND phường Đinh Quang Vinh chủ trì cuộc họp giao ban đánh giá kết quả "
            "thực hiện nhiệm vụ tháng 3 và triển khai nhiệm vụ tháng 4 năm 2027. Sau khi nghe các phòng, đơn vị "  # noqa: E501
            "báo cáo, Chủ tịch UBND phường kết luận như sau:",
            False,
        ),
        ("I. ĐÁNH GIÁ CHUNG", True),
        (
            "Trong tháng 3, các phòng, đơn vị đã hoàn thành cơ bản các nhiệm vụ được giao; thu "
            "ngân sách đạt 27% "
            "dự toán; tình hình an ninh trật tự ổn định. Tuy nhiên, tình trạng lấn chiếm vỉa hè còn diễn ra.",
            False,
        ),
        ("II. NHIỆM VỤ TRỌNG TÂM THÁNG 4/2027", True),
        ("1. Phòng Kinh tế, Hạ tầng và Đô thị:", True),
        (
            "- Tổ chức kiểm tra, xử lý dứt điểm các trường hợp lấn chiếm vỉa hè, lòng đường trên tuyến đường "
            "Võ Thị Sáu; hoàn thành trước ngày 15/4/2027.",
            False,
        ),
        (
            "- Tham mưu Kế hoạch nạo vét hệ thống thoát nước trước mùa mưa; trình UBND phường trong tháng "
            "4/2027.",
            False,
        ),
        ("2. Phòng Văn hóa - Xã hội:", True),
        (
            "- Chuẩn bị các điều kiện tổ chức Lễ kỷ niệm 52 năm Ngày Giải phóng miền Nam, thống nhất đất nước "  # noqa: E501
            "(30/4/1975 - 30/4/2027); hoàn thành trước ngày 25/4/2027.",
            False,
        ),
        (
            "- Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo phát sinh; báo cáo kết quả trước ngày "
            "20/4/2027.",
            False,
        ),
        ("3. Văn phòng HĐND và UBND phường:", True),
        (
            "- Chuẩn bị nội dung kỳ họp chuyên đề HĐND phường; hoàn thành theo triệu tập của Thường trực HĐND "  # noqa: E501
            "phường.",
            False,
        ),
        (
            "- Đôn đốc các bộ phận cập nhật, xử lý văn bản trên hệ thống quản lý văn bản và điều "
            "hành; thực hiện "
            "thường xuyên.",
            False,
        ),
        (
            "4. Công an phường: Tăng cường tuần tra, kiểm soát, bảo đảm an ninh trật tự dịp lễ 30/4 và 01/5.",
            False,
        ),
        (
            "5. Trung tâm Phục vụ hành chính công phường: Bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%; "  # noqa: E501
            "báo cáo kết quả giải quyết hồ sơ hằng tuần vào chiều thứ Sáu.",
            False,
        ),
        (
            "Các phòng, đơn vị báo cáo kết quả thực hiện các nhiệm vụ nêu trên về Văn phòng HĐND và UBND phường "  # noqa: E501
            "trước ngày 28/4/2027 để tổng hợp, báo cáo tại cuộc họp giao ban tháng 4.",
            False,
        ),
        ("UBND phường thông báo để các phòng, đơn vị biết, thực hiện./.", False),
    ]:
        para(doc, text, bold=bold)
    _signature(
        doc,
        ["- TT Đảng ủy phường (b/c);", "- CT, các PCT UBND phường;", "- Các phòng, đơn vị;", "- Lưu: VT."],
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG",
        "Lê Hoàng Phúc",
    )
    doc.save(path)


# h390 — Sở Giáo dục và Đào tạo Đắk Lắk, leaders' weekly calendar 16–22/11/2026, .docx
def h390(path: Path) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    doc = document(12)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    _header(
        doc,
        "UBND TỈNH ĐẮK LẮK",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "Số: 1764/LCT-SGDĐT",
        "Đắk Lắk, ngày 13 tháng 11 năm 2026",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN 47", bold=True, center=True)
    para(doc, "(Từ ngày 16/11/2026 đến ngày 22/11/2026)", italic=True, center=True)
    _grid(
        doc,
        ["Thứ, ngày", "Buổi", "Nội dung công việc", "Chủ trì / Thành phần", "Địa điểm", "Đơn vị chuẩn bị"],
        widths=(2.2, 1.6, 8.0, 4.4, 4.0, 4.6),
        rows=[
            [
                "Thứ Hai\n16/11",
                "Sáng",
                "Họp giao ban Lãnh đạo Sở tuần 47",
                "Giám đốc Sở; các PGĐ; Trưởng các phòng",
                "Phòng họp số 1",
                "Văn phòng Sở",
            ],
            [None, "Chiều", "Các đồng chí Lãnh đạo Sở làm việc tại cơ quan", "", "", ""],
            [
                "Thứ Ba\n17/11",
                "Sáng",
                "Dự Hội thảo chuyên đề đổi mới phương pháp dạy học môn Ngữ văn cấp THCS",
                "PGĐ Hoàng Thị Mai",
                "Trường THCS Ea Kar",
                "Phòng Giáo dục trung học",
            ],
            [
                None,
                "Chiều",
                "Làm việc với UBND xã Krông Búk về tiến độ xây dựng trường đạt chuẩn quốc gia",
                "Giám đốc Sở Y Khoa Niê",
                "UBND xã Krông Búk",
                "Phòng Kế hoạch - Tài chính",
            ],
            [
                "Thứ Tư\n18/11",
                "Sáng",
                "Kiểm tra công tác bán trú tại các trường phổ thông dân tộc nội trú",
                "PGĐ Nguyễn Văn Tâm",
                "Trường PTDTNT Buôn Đôn",
                "Phòng Giáo dục dân tộc",
            ],
            [None, "Chiều", "Trực lãnh đạo: PGĐ Hoàng Thị Mai", "", "", ""],
            [
                "Thứ Năm\n19/11",
                "Sáng",
                "Tiếp công dân định kỳ",
                "Giám đốc Sở",
                "Phòng tiếp công dân",
                "Văn phòng Sở",
            ],
            [
                None,
                "Chiều",
                "Họp Hội đồng thẩm định tài liệu giáo dục địa phương (dự kiến)",
                "PGĐ Nguyễn Văn Tâm",
                "Phòng họp số 2",
                "Phòng Giáo dục trung học",
            ],
            [
                "Thứ Sáu\n20/11",
                "Sáng",
                "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu",
                "Giám đốc Sở; các PGĐ",
                "Hội trường Sở",
                "Văn phòng Sở; Công đoàn ngành Giáo dục",
            ],
            [
                None,
                "Chiều",
                "Duyệt dự thảo Kế hoạch tuyển sinh vào lớp 10 năm học 2027 - 2028",
                "Giám đốc Sở",
                "Phòng họp số 1",
                "Phòng Quản lý chất lượng",
            ],
            [
                "Thứ Bảy\n21/11",
                "Cả ngày",
                "Tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - "
                "2027 (ngày thi thứ nhất)",
                "PGĐ Hoàng Thị Mai",
                "Trường THPT chuyên Nguyễn Du",
                "Phòng Quản lý chất lượng",
            ],
            [
                "Chủ nhật\n22/11",
                "Sáng",
                "Tiếp tục tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh (ngày thi thứ hai)",
                "PGĐ Hoàng Thị Mai",
                "Trường THPT chuyên Nguyễn Du",
                "Phòng Quản lý chất lượng",
            ],
        ],
    )
    para(doc, "")
    para(
        doc,
        "Ghi chú: Lịch công tác có thể thay đổi; trường hợp thay đổi, Văn phòng Sở sẽ thông báo "
        "trên hệ thống quản lý văn bản và điều hành.",
        italic=True,
    )
    _signature(
        doc,
        ["- Lãnh đạo Sở;", "- Các phòng thuộc Sở;", "- Đăng Cổng TTĐT Sở;", "- Lưu: VT, VP."],
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG",
        "Trần Thị Kim Oanh",
    )
    doc.save(path)


# h391 — UBND xã Tân Hiệp (An Giang), socio-economic indicators 2027, .xlsx
def h391(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    ws["A1"], ws["E1"] = "ỦY BAN NHÂN DÂN", QH
    ws["A2"], ws["E2"] = "XÃ TÂN HIỆP", TN
    ws.merge_cells("A1:C1"), ws.merge_cells("A2:C2"), ws.merge_cells("E1:G1"), ws.merge_cells("E2:G2")
    ws["A4"] = "CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2027"
    ws["A5"] = "(Kèm theo Quyết định số 05/QĐ-UBND ngày 06/01/2027 của UBND xã Tân Hiệp)"
    ws.merge_cells("A4:G4"), ws.merge_cells("A5:G5")
    for ref in ("A1", "A2", "E1", "E2", "A4"):
        ws[ref].font = Font(bold=True)
    ws["A5"].font = Font(italic=True)
    ws.append([])
    ws.append(
        [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Ước thực hiện năm 2026",
            "Kế hoạch năm 2027",
            "Cơ quan chủ trì theo dõi",
            "Ghi chú",
        ]
    )
    rows = [
        ("A", "CHỈ TIÊU KINH TẾ"),
        [1, "Tốc độ tăng tổng giá trị sản xuất", "%", "7,8", "8,0", "Phòng Kinh tế", ""],
        [2, "Sản lượng lúa cả năm", "tấn", "182.500", "185.000", None, ""],
        [3, "Tổng thu ngân sách nhà nước trên địa bàn", "triệu đồng", "24.600", "26.000", None, ""],
        [4, "Số doanh nghiệp thành lập mới", "doanh nghiệp", "12", "15", None, ""],
        ("B", "CHỈ TIÊU XÃ HỘI"),
        [5, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm", "%", "0,6", "0,5", "Phòng Văn hóa - Xã hội", ""],
        [
            6,
            "Tỷ lệ dân số tham gia bảo hiểm y tế",
            "%",
            "93,5",
            "95",
            "Phòng Văn hóa - Xã hội",
            "BHXH cơ sở phối hợp",
        ],
        [7, "Số lao động được giải quyết việc làm mới", "người", "420", "450", "Phòng Văn hóa - Xã hội", ""],
        [8, "Số trường đạt chuẩn quốc gia (lũy kế)", "trường", "8", "9", "Phòng Văn hóa - Xã hội", ""],
        [
            9,
            "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến",
            "%",
            "65",
            "80",
            "Trung tâm Phục vụ hành chính công",
            "",
        ],
        ("C", "CHỈ TIÊU MÔI TRƯỜNG"),
        [10, "Tỷ lệ hộ dân sử dụng nước sạch  theo quy chuẩn", "%", "88", "90", "Phòng Kinh tế", ""],
        [11, "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", "90", "92", "Phòng Kinh tế", ""],
        ("D", "QUỐC PHÒNG - AN NINH"),
        [12, "Hoàn thành chỉ tiêu giao quân", "%", "100", "100", "Ban Chỉ huy quân sự xã", ""],
    ]
    for row in rows:
        r = ws.max_row + 1
        if isinstance(row, tuple):
            ws.cell(r, 1, row[0]), ws.cell(r, 2, row[1])
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(r, 1).font = ws.cell(r, 2).font = Font(bold=True)
            continue
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    ws.merge_cells("F9:F12")  # Phòng Kinh tế over indicators 1–4
    wrap(ws, 8)
    bold_header(ws, 7)
    last = ws.max_row
    ws.cell(
        last + 2,
        1,
        "Ghi chú: Các cơ quan, đơn vị được giao theo dõi chỉ tiêu báo cáo kết quả thực hiện "
        "6 tháng (trước ngày 15/6/2027) và cả năm (trước ngày 15/11/2027) về Văn phòng HĐND "
        "và UBND xã.",
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=7)
    ws.cell(last + 2, 1).alignment = Alignment(wrap_text=True)
    for col, width in zip("ABCDEFG", (6, 46, 12, 14, 14, 26, 20), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)


# h392 — Sở Xây dựng Hưng Yên, dispatch assigning Tết traffic-safety tasks 2027, .docx
def h392(path: Path) -> None:
    doc = document()
    a4(doc)
    _header(
        doc,
        "UBND TỈNH HƯNG YÊN",
        "SỞ XÂY DỰNG",
        "Số: 58/SXD-VP\nV/v triển khai nhiệm vụ bảo đảm trật tự "
        "an toàn giao thông dịp Tết Nguyên đán Đinh Mùi và Lễ hội Xuân 2027",
        "Hưng Yên, ngày 08 tháng 01 năm 2027",
    )
    para(doc, "Kính gửi: Các phòng, đơn vị thuộc Sở.", center=True)
    for text in [
        "Thực hiện Công văn số 21/UBND-KT ngày 05/01/2027 của UBND tỉnh về bảo đảm trật tự an toàn giao "
        "thông dịp Tết Nguyên đán Đinh Mùi và Lễ hội Xuân 2027, Giám đốc Sở Xây dựng yêu cầu các phòng, "
        "đơn vị triển khai các nhiệm vụ sau:",
        "1. Phòng Quản lý vận tải, phương tiện và người lái:",
        "a) Chỉ đạo các doanh nghiệp vận tải xây dựng phương án tăng cường phương tiện phục vụ "
        "nhu cầu đi lại "
        "của Nhân dân; hoàn thành trước ngày 20/01/2027.",
        "b) Kiểm tra việc niêm yết giá cước, bán vé tại các bến xe khách trên địa bàn tỉnh; "
        "thời gian từ ngày "
        "25/01/2027 đến ngày 20/02/2027.",
        "2. Phòng Quản lý kết cấu hạ tầng giao thông:",
        "a) Rà soát, khắc phục các \u201cđiểm đen\u201d, điểm tiềm ẩn nguy cơ tai nạn giao "
        "thông trên các tuyến "
        "đường tỉnh; hoàn thành trước ngày 25/01/2027.",
        "b) Chỉ đạo các đơn vị quản lý, bảo trì đường bộ bố trí lực lượng trực 24/24 giờ, sẵn "
        "sàng xử lý sự cố "
        "từ ngày 01/02/2027 đến ngày 14/02/2027.",
        "3. Ban Quản lý dự án đầu tư xây dựng công trình giao thông: Yêu cầu các nhà thầu hoàn trả mặt bằng, "
        "thu dọn vật liệu, biển báo trên các công trình đang thi công trước ngày 28/01/2027.",
        "4. Văn phòng Sở:",
        "a) Xây dựng lịch trực lãnh đạo, trực cơ quan dịp Tết Nguyên đán, trình Giám đốc Sở phê duyệt trước "
        "ngày 29/01/2027.",
        "b) Tổng hợp tình hình trật tự an toàn giao thông, báo cáo UBND tỉnh và Ban An toàn giao thông tỉnh "
        "hằng ngày trong thời gian nghỉ Tết (trước 14 giờ).",
        "5. Đề nghị Phòng Cảnh sát giao thông Công an tỉnh phối hợp tăng cường tuần tra, kiểm soát, xử lý vi "
        "phạm về nồng độ cồn, tốc độ, chở quá số người quy định.",
        "Các phòng, đơn vị báo cáo kết quả thực hiện về Sở (qua Văn phòng Sở) trước ngày 25/02/2027 để tổng "
        "hợp, báo cáo UBND tỉnh.",
        "Yêu cầu các phòng, đơn vị nghiêm túc thực hiện./.",
    ]:
        para(doc, text)
    _signature(
        doc,
        [
            "- Như trên;",
            "- UBND tỉnh (b/c);",
            "- Ban ATGT tỉnh;",
            "- Phòng CSGT Công an tỉnh;",
            "- Lưu: VT, VP.",
        ],
        "GIÁM ĐỐC",
        "Bùi Văn Thịnh",
    )
    doc.save(path)


def batch_h383() -> None:
    DOCS.mkdir(exist_ok=True)
    h383(_out("h383_ctct_nam_2027_so_nnmt_nghe_an.docx"))
    h384(_out("h384_kh_cchc_2026_dac_khu_cat_hai.xlsx"))
    h386(_out("h386_kh_chuyen_doi_so_xa_bao_ha.docx"))
    h387(_out("h387_kh_sot_xuat_huyet_so_y_te_can_tho_phu_luc.docx"))
    h388(_out("h388_tbkl_vp_ubnd_tinh_quang_ngai_giai_ngan.docx"))
    h390(_out("h390_lich_tuan_47_so_gddt_dak_lak.docx"))
    h391(_out("h391_chi_tieu_ktxh_2027_xa_tan_hiep.xlsx"))
    h392(_out("h392_cv_so_xay_dung_hung_yen_atgt_tet.docx"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        h385(tmp / "h385_ctct_quy_iii_2026_so_tai_chinh_thanh_hoa.docx")
        soffice(
            tmp / "h385_ctct_quy_iii_2026_so_tai_chinh_thanh_hoa.docx",
            "doc",
            _out("h385_ctct_quy_iii_2026_so_tai_chinh_thanh_hoa.doc"),
        )
        h389(tmp / "h389_tbkl_giao_ban_thang_3_phuong_tran_bien.docx")
        soffice(
            tmp / "h389_tbkl_giao_ban_thang_3_phuong_tran_bien.docx",
            "pdf",
            _out("h389_tbkl_giao_ban_thang_3_phuong_tran_bien.pdf"),
        )
