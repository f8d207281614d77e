"""Held-out batch h413–h422: an ordinary sample of what provincial departments, a provincial People's
Committee office, an economic-zone board, the Office of the National Assembly Delegation and
People's Council, and ward/commune People's Committees (after the 2025 reform) upload: work
programme tables (.docx, .xlsx, .doc), plans (numbered tasks with labelled fields; a plan with an
appendix table), two meeting conclusions, a weekly calendar, an indicator table and a dispatch
printed to PDF from Word. Written by helper h13author38, expected items by hand before any import."""

import tempfile
from functools import partial
from pathlib import Path

from batch_common import DOCS, a4, document, out_path, para, writers
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

CENTER = WD_ALIGN_PARAGRAPH.CENTER
# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h415_ctct_bql_kkt_2026",  # h13fixQV
    "h418_tbkl_vp_ubnd_tinh_dau_tu_cong",  # h13fixQW
    "h421_chi_tieu_so_vhttdl_2026",  # h13fixQW
}
_out = partial(out_path, moved=_MOVED)


def cell_lines(cell, lines, bold=False, align=None):
    """Writes `lines` into a cell, one paragraph each."""
    cell.text = ""
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(line)
        run.bold = bold
        if align is not None:
            p.alignment = align


def title_table(doc, left, right):
    """The usual borderless two-column title block: issuer on the left, Quốc hiệu on the right."""
    t = doc.add_table(rows=1, cols=2)
    cell_lines(t.rows[0].cells[0], left, bold=True, align=CENTER)
    cell_lines(t.rows[0].cells[1], right, bold=True, align=CENTER)
    return t


def grid(doc, header, rows):
    """A gridded table; a row given as a str is a section row merged across."""
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, text in zip(t.rows[0].cells, header, strict=True):
        cell_lines(c, [text], bold=True, align=CENTER)
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, tuple):  # (number, section title): the title merged over the rest
            cells[0].text = row[0]
            merged = cells[1].merge(cells[-1])
            cell_lines(merged, [row[1]], bold=True)
            continue
        for c, text in zip(cells, row, strict=True):
            c.text = text
    return t


def signature_table(doc, noi_nhan, signer):
    t = doc.add_table(rows=1, cols=2)
    left = t.rows[0].cells[0]
    left.text = ""
    p = left.paragraphs[0]
    r = p.add_run("Nơi nhận:")
    r.bold = True
    r.italic = True
    for line in noi_nhan:
        q = left.add_paragraph(line)
        q.runs[0].font.size = Pt(11)
    cell_lines(t.rows[0].cells[1], signer, bold=True, align=CENTER)
    return t


# ---------------------------------------------------------------- h413
def h413(path):
    doc = document(13)
    a4(doc)
    title_table(
        doc,
        ["UBND TỈNH QUẢNG NINH", "SỞ TƯ PHÁP", "", "Số: 18/CTr-STP"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Quảng Ninh, ngày 12 tháng 01 năm 2026",
        ],
    )
    para(doc, "CHƯƠNG TRÌNH", bold=True, center=True)
    para(doc, "Công tác năm 2026 của Sở Tư pháp", bold=True, center=True)
    para(
        doc,
        "Căn cứ Chương trình công tác năm 2026 của Ủy ban nhân dân tỉnh; Kế hoạch công tác "
        "năm 2026 của Bộ Tư pháp; căn cứ chức năng, nhiệm vụ được giao, Sở Tư pháp ban hành "
        "Chương trình công tác năm 2026 như sau:",
    )
    grid(
        doc,
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"],
        [
            ("I", "CÔNG TÁC XÂY DỰNG, THẨM ĐỊNH VÀ KIỂM TRA VĂN BẢN"),
            [
                "1",
                "Thẩm định dự thảo văn bản quy phạm pháp luật do các sở, ngành gửi đến",
                "Phòng Xây dựng và Kiểm tra văn bản",
                "Các phòng, đơn vị liên quan",
                "Thường xuyên",
                "",
            ],
            [
                "2",
                "Tham mưu UBND tỉnh ban hành Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp "
                "luật năm 2026",
                "Phòng Xây dựng và Kiểm tra văn bản",
                "Văn phòng Sở",
                "Tháng 02/2026",
                "",
            ],
            [
                "3",
                "Tự kiểm tra, kiểm tra theo thẩm quyền văn bản do HĐND, UBND cấp xã ban hành",
                "Phòng Xây dựng và Kiểm tra văn bản",
                "UBND các xã, phường",
                "Quý III/2026",
                "",
            ],
            ("II", "CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT"),
            [
                "4",
                "Xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 trình Hội đồng phối hợp PBGDPL tỉnh",
                "Phòng Phổ biến, giáo dục pháp luật",
                "Thành viên Hội đồng",
                "Tháng 01/2026",
                "",
            ],
            [
                "5",
                "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                "Phòng Phổ biến, giáo dục pháp luật",
                "Văn phòng Sở",
                "09/11/2026",
                "",
            ],
            [
                "6",
                "Đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật năm 2026",
                "Phòng Phổ biến, giáo dục pháp luật",
                "UBND các xã, phường",
                "Tháng 12/2026",
                "Theo hướng dẫn của Bộ Tư pháp",
            ],
            ("III", "CÔNG TÁC HÀNH CHÍNH TƯ PHÁP VÀ BỔ TRỢ TƯ PHÁP"),
            [
                "7",
                "Kiểm tra công tác đăng ký, quản lý hộ tịch, chứng thực tại UBND cấp xã",
                "Phòng Hành chính tư pháp",
                "Phòng Bổ trợ tư pháp",
                "Quý II và Quý IV/2026",
                "02 đợt",
            ],
            [
                "8",
                "Kiểm tra hoạt động của các tổ chức hành nghề công chứng trên địa bàn tỉnh",
                "Phòng Bổ trợ tư pháp",
                "",
                "Tháng 9/2026",
                "",
            ],
            [
                "9",
                "Thực hiện trợ giúp pháp lý cho người thuộc diện được trợ giúp pháp lý",
                "Trung tâm Trợ giúp pháp lý nhà nước",
                "",
                "Thường xuyên",
                "",
            ],
            ("IV", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ VĂN PHÒNG"),
            [
                "10",
                "Xây dựng báo cáo công tác tư pháp 6 tháng đầu năm 2026",
                "Văn phòng Sở",
                "Các phòng, đơn vị",
                "Trước 15/6/2026",
                "",
            ],
            [
                "11",
                "Tham mưu thực hiện cải cách hành chính,  chuyển đổi số của Sở",
                "Văn phòng Sở",
                "Các phòng, đơn vị",
                "Thường xuyên",
                "",
            ],
            [
                "12",
                "Tổng kết công tác tư pháp năm 2026, triển khai nhiệm vụ năm 2027",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Tháng 12/2026",
                "",
            ],
        ],
    )
    para(
        doc,
        "Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện Chương trình về Văn phòng Sở "
        "trước ngày 18 hằng tháng để tổng hợp, báo cáo Giám đốc Sở.",
    )
    para(
        doc,
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời phản ánh "
        "về Văn phòng Sở để tổng hợp, báo cáo Giám đốc Sở xem xét, quyết định./.",
    )
    signature_table(
        doc,
        [
            "- Bộ Tư pháp (b/c);",
            "- UBND tỉnh (b/c);",
            "- Giám đốc, các PGĐ Sở;",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, VP.",
        ],
        ["GIÁM ĐỐC", "", "", "", "Phạm Thị Thu Hà"],
    )
    doc.save(path)


# ---------------------------------------------------------------- h414
def h414(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Quy I"
    ws.merge_cells("A1:C1")
    ws["A1"] = "UBND TỈNH NGHỆ AN"
    ws.merge_cells("A2:C2")
    ws["A2"] = "SỞ CÔNG THƯƠNG"
    ws.merge_cells("D1:G1")
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("D2:G2")
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("A4:G4")
    ws["A4"] = "DANH MỤC NHIỆM VỤ TRỌNG TÂM QUÝ I NĂM 2027"
    ws.merge_cells("A5:G5")
    ws["A5"] = "(Kèm theo Thông báo số 05/TB-SCT ngày 04/01/2027 của Sở Công Thương)"
    for ref in ("A1", "A2", "D1", "D2", "A4"):
        ws[ref].font = Font(bold=True)
        ws[ref].alignment = Alignment(horizontal="center")
    ws["A5"].font = Font(italic=True)
    ws["A5"].alignment = Alignment(horizontal="center")
    header = [
        "TT",
        "Tên nhiệm vụ",
        "Phòng/đơn vị chủ trì",
        "Lãnh đạo Sở phụ trách",
        "Sản phẩm",
        "Thời hạn",
        "Ghi chú",
    ]
    rows = [
        ("A", "LĨNH VỰC CÔNG NGHIỆP, NĂNG LƯỢNG"),
        [
            "1",
            "Tham mưu UBND tỉnh ban hành Kế hoạch phát triển cụm công nghiệp năm 2027",
            "Phòng Quản lý công nghiệp",
            "PGĐ Nguyễn Văn Hải",
            "Kế hoạch của UBND tỉnh",
            "31/01/2027",
            "",
        ],
        [
            "2",
            "Kiểm tra tình hình hoạt động của các cụm công nghiệp đã đi vào hoạt động",
            "Phòng Quản lý công nghiệp",
            "PGĐ Nguyễn Văn Hải",
            "Báo cáo kết quả kiểm tra",
            "Tháng 3/2027",
            "",
        ],
        [
            "3",
            "Đảm bảo cung cấp điện phục vụ Tết Nguyên đán Đinh Mùi 2027",
            "Phòng Quản lý năng lượng",
            "PGĐ Trần Đức Long",
            "Báo cáo",
            "Trước 03/02/2027",
            "Phối hợp Công ty Điện lực Nghệ An",
        ],
        [
            "4",
            "Rà soát tiến độ các dự án nguồn điện, lưới điện trên địa bàn tỉnh",
            "Phòng Quản lý năng lượng",
            "PGĐ Trần Đức Long",
            "Báo cáo UBND tỉnh",
            "15/3/2027",
            "",
        ],
        ("B", "LĨNH VỰC THƯƠNG MẠI"),
        [
            "5",
            "Xây dựng kế hoạch bình ổn thị trường hàng hóa thiết yếu dịp Tết Nguyên đán",
            "Phòng Quản lý thương mại",
            "PGĐ Lê Thị Minh",
            "Kế hoạch",
            "10/01/2027",
            "",
        ],
        [
            "6",
            "Theo dõi diễn biến giá cả, cung cầu hàng hóa trên địa bàn, báo cáo Bộ Công Thương",
            "Phòng Quản lý thương mại",
            "PGĐ Lê Thị Minh",
            "Báo cáo",
            "Hằng tuần",
            "",
        ],
        [
            "7",
            "Hướng dẫn thương nhân kinh doanh xăng dầu thực hiện quy định mới về hóa đơn điện tử",
            "Phòng Quản lý thương mại",
            "PGĐ Lê Thị Minh",
            "Văn bản hướng dẫn",
            "Quý I/2027",
            "",
        ],
        [
            "8",
            "Tổ chức Hội chợ Xuân hàng Việt Nam năm 2027 tại TP. Vinh",
            "Trung tâm Khuyến công và Xúc tiến thương mại",
            "PGĐ Lê Thị Minh",
            "Hội chợ",
            "Tháng 01/2027",
            "Dự kiến 150 gian hàng",
        ],
        ("C", "CÔNG TÁC VĂN PHÒNG, TỔNG HỢP"),
        [
            "9",
            "Rà soát, công bố thủ tục hành chính lĩnh vực công thương trên Cổng dịch vụ công",
            "Văn phòng Sở",
            "Giám đốc Sở",
            "Quyết định công bố",
            "Tháng 02/2027",
            "",
        ],
        [
            "10",
            "Tiếp công dân, giải quyết đơn thư thuộc thẩm quyền",
            "Văn phòng Sở",
            "Giám đốc Sở",
            "",
            "Thường xuyên",
            "",
        ],
        [
            "11",
            "Tổng hợp báo cáo kết quả thực hiện nhiệm vụ quý I/2027",
            "Văn phòng Sở",
            "Giám đốc Sở",
            "Báo cáo",
            "25/3/2027",
            "",
        ],
    ]
    start = 7
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, text in enumerate(header, 1):
        c = ws.cell(row=start, column=col, value=text)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = start + 1
    for row in rows:
        if isinstance(row, tuple):
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.cell(row=r, column=2, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        else:
            for col, text in enumerate(row, 1):
                ws.cell(row=r, column=col, value=text or None).alignment = Alignment(
                    wrap_text=True, vertical="center"
                )
        r += 1
    for row in ws.iter_rows(min_row=start, max_row=r - 1, max_col=7):
        for c in row:
            c.border = box
    r += 1
    ws.cell(
        row=r,
        column=1,
        value="Ghi chú: Các phòng, đơn vị gửi báo cáo kết quả thực hiện nhiệm "
        "vụ về Văn phòng Sở trước ngày 20/3/2027 để tổng hợp.",
    )
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for col, width in zip("ABCDEFG", (6, 48, 24, 20, 20, 14, 22), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)


# ---------------------------------------------------------------- h415 (.doc)
def h415_docx(path):
    doc = document(13)
    a4(doc)
    para(doc, "UBND TỈNH HÀ TĨNH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    para(doc, "BAN QUẢN LÝ KHU KINH TẾ\t\tĐộc lập - Tự do - Hạnh phúc", bold=True)
    para(doc, "Số: 27/CTr-KKT\t\t\tHà Tĩnh, ngày 20 tháng 01 năm 2026", italic=True)
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026", bold=True, center=True)
    para(doc, "của Ban Quản lý Khu kinh tế tỉnh", bold=True, center=True)
    para(
        doc,
        "Thực hiện Chương trình công tác năm 2026 của UBND tỉnh, Ban Quản lý Khu kinh tế tỉnh "
        "xây dựng Chương trình công tác năm 2026 với các nội dung chủ yếu sau:",
    )
    grid(
        doc,
        [
            "STT",
            "Nội dung công việc",
            "Thời gian hoàn thành",
            "Cơ quan, đơn vị chủ trì",
            "Cơ quan phối hợp",
            "Ghi chú",
        ],
        [
            [
                "1",
                "Tham mưu điều chỉnh cục bộ quy hoạch chung xây dựng Khu kinh tế Vũng Áng",
                "Quý IV/2026",
                "Phòng Quy hoạch và Xây dựng",
                "Sở Xây dựng",
                "",
            ],
            [
                "2",
                "Cấp, điều chỉnh Giấy chứng nhận đăng ký đầu tư theo thẩm quyền",
                "Thường xuyên",
                "Phòng Quản lý đầu tư",
                "",
                "",
            ],
            [
                "3",
                "Xúc tiến đầu tư, tiếp và làm việc với các nhà đầu tư quan tâm đến Khu kinh tế",
                "Thường xuyên",
                "Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp",
                "Phòng Quản lý đầu tư",
                "",
            ],
            [
                "4",
                "Xây dựng kế hoạch quản lý lao động là người nước ngoài làm việc trong Khu kinh tế",
                "Tháng 02",
                "Phòng Quản lý doanh nghiệp và lao động",
                "Công an tỉnh",
                "",
            ],
            [
                "5",
                "Kiểm tra việc chấp hành pháp luật về đầu tư, xây dựng, môi trường đối với các dự án "
                "trong Khu kinh tế",
                "Tháng 6",
                "Phòng Quản lý tài nguyên và môi trường",
                "Sở Nông nghiệp và Môi trường",
                "Theo kế hoạch kiểm tra được duyệt",
            ],
            [
                "6",
                "Báo cáo tình hình thực hiện các dự án đầu tư trực tiếp nước ngoài trong Khu kinh tế",
                "Hằng quý",
                "Phòng Quản lý đầu tư",
                "",
                "Gửi Sở Tài chính",
            ],
            [
                "7",
                "Đôn đốc tiến độ giải phóng mặt bằng hạ tầng Khu công nghiệp Phú Vinh",
                "Theo tiến độ dự án",
                "Phòng Quy hoạch và Xây dựng",
                "UBND xã Kỳ Lạc, UBND phường Hoành Sơn",
                "",
            ],
            [
                "8",
                "Tổ chức Hội nghị đối thoại với doanh nghiệp trong Khu kinh tế năm 2026",
                "Tháng 9",
                "Văn phòng Ban",
                "Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp",
                "",
            ],
            [
                "9",
                "Vận hành hệ thống quản lý văn bản và điều hành, thực hiện chuyển đổi số của Ban",
                "Thường xuyên",
                "Văn phòng Ban",
                "Các phòng, đơn vị",
                "",
            ],
            [
                "10",
                "Tổng kết công tác năm 2026, xây dựng Chương trình công tác năm 2027",
                "Tháng 12",
                "Văn phòng Ban",
                "Các phòng, đơn vị",
                "",
            ],
        ],
    )
    para(
        doc,
        "Định kỳ hằng quý (trước ngày 15 của tháng cuối quý), các phòng, đơn vị báo cáo kết quả "
        "thực hiện Chương trình về Văn phòng Ban để tổng hợp, báo cáo Trưởng ban.",
    )
    para(doc, "Nơi nhận:", bold=True, italic=True)
    para(doc, "- UBND tỉnh (b/c);\t\t\t\tTRƯỞNG BAN", size=11)
    para(doc, "- Trưởng ban, các Phó Trưởng ban;", size=11)
    para(doc, "- Các phòng, đơn vị thuộc Ban;", size=11)
    para(doc, "- Lưu: VT, VP.", size=11)
    para(doc, "")
    para(doc, "Hoàng Minh Tuấn", bold=True, right=True)
    doc.save(path)


# ---------------------------------------------------------------- h416
def h416(path):
    doc = document(14)
    a4(doc)
    para(doc, "UBND TỈNH THANH HÓA", center=True)
    para(doc, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", bold=True, center=True)
    para(doc, "Số: 412/KH-SGDĐT", center=True)
    para(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True)
    para(doc, "Độc lập - Tự do - Hạnh phúc", bold=True, center=True)
    para(doc, "Thanh Hóa, ngày 25 tháng 02 năm 2026", italic=True, right=True)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2026", bold=True, center=True)
    para(
        doc,
        "Căn cứ Quy chế thi tốt nghiệp trung học phổ thông hiện hành và hướng dẫn của Bộ Giáo "
        "dục và Đào tạo, Sở Giáo dục và Đào tạo xây dựng Kế hoạch tổ chức Kỳ thi tốt nghiệp THPT "
        "năm 2026 trên địa bàn tỉnh như sau:",
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "1. Tổ chức Kỳ thi nghiêm túc, an toàn, khách quan, đúng quy chế.")
    para(doc, "2. Phân công rõ trách nhiệm của từng phòng, đơn vị; bảo đảm các điều kiện tổ chức thi.")
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    tasks = [
        (
            "Tham mưu thành lập Ban Chỉ đạo thi tốt nghiệp THPT cấp tỉnh năm 2026",
            "Phòng Quản lý chất lượng",
            "Văn phòng Sở",
            "Trước ngày 15/3/2026",
        ),
        (
            "Hướng dẫn thí sinh đăng ký dự thi trực tuyến; kiểm tra, đối chiếu hồ sơ đăng ký dự thi",
            "Phòng Quản lý chất lượng",
            "Các trường THPT, Trung tâm GDNN-GDTX",
            "Tháng 4/2026",
        ),
        (
            "Chỉ đạo các trường tổ chức ôn tập cho học sinh lớp 12",
            "Phòng Giáo dục Trung học",
            "Các trường THPT",
            "Từ tháng 3 đến tháng 5/2026",
        ),
        (
            "Rà soát, bố trí điểm thi; bảo đảm cơ sở vật chất, kinh phí tổ chức thi",
            "Phòng Kế hoạch - Tài chính",
            "Các trường THPT được chọn làm điểm thi",
            "Trước ngày 31/5/2026",
        ),
        (
            "Tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác coi thi, chấm thi",
            "Phòng Quản lý chất lượng",
            "",
            "Tháng 5/2026",
        ),
        (
            "Điều động cán bộ, giáo viên tham gia coi thi, chấm thi",
            "Phòng Tổ chức cán bộ",
            "Phòng Quản lý chất lượng",
            "Trước ngày 10/6/2026",
        ),
        (
            "Tổ chức in sao, vận chuyển, bảo quản đề thi và bài thi",
            "Phòng Quản lý chất lượng",
            "Công an tỉnh",
            "Tháng 6/2026",
        ),
        (
            "Tổ chức chấm thi, phúc khảo và xét công nhận tốt nghiệp",
            "Phòng Quản lý chất lượng",
            "Phòng Giáo dục Trung học",
            "Tháng 7/2026",
        ),
        (
            "Tuyên truyền về Kỳ thi trên Cổng thông tin điện tử của Sở và các phương tiện thông tin "
            "đại chúng",
            "Văn phòng Sở",
            "Các phòng thuộc Sở",
            "Thường xuyên",
        ),
        (
            "Tổng kết công tác tổ chức Kỳ thi năm 2026",
            "Văn phòng Sở",
            "Phòng Quản lý chất lượng",
            "Tháng 8/2026",
        ),
    ]
    for i, (task, lead, co, due) in enumerate(tasks, 1):
        para(doc, f"{i}. {task}", bold=True)
        para(doc, f"- Đơn vị chủ trì: {lead}.")
        if co:
            para(doc, f"- Đơn vị phối hợp: {co}.")
        para(doc, f"- Thời gian thực hiện: {due}.")
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Trưởng các phòng thuộc Sở, Hiệu trưởng các trường THPT, Giám đốc các Trung tâm "
        "GDNN-GDTX căn cứ Kế hoạch này triển khai thực hiện.",
    )
    para(
        doc,
        "Các đơn vị báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo (qua Phòng Quản lý chất "
        "lượng) trước ngày 15/8/2026./.",
    )
    para(doc, "Nơi nhận:", bold=True, italic=True)
    para(doc, "- Bộ GDĐT (b/c);", size=11)
    para(doc, "- UBND tỉnh (b/c);", size=11)
    para(doc, "- Các phòng thuộc Sở;", size=11)
    para(doc, "- Các trường THPT, TT GDNN-GDTX;", size=11)
    para(doc, "- Lưu: VT, QLCL.", size=11)
    para(doc, "KT. GIÁM ĐỐC", bold=True, right=True)
    para(doc, "PHÓ GIÁM ĐỐC", bold=True, right=True)
    para(doc, "Lê Văn Thành", bold=True, right=True)
    doc.save(path)


# ---------------------------------------------------------------- h417
def h417(path):
    doc = document(13)
    a4(doc)
    title_table(
        doc,
        ["UBND TỈNH LÂM ĐỒNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 96/KH-SKHCN"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Lâm Đồng, ngày 09 tháng 02 năm 2026",
        ],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Chuyển đổi số của Sở Khoa học và Công nghệ năm 2026", bold=True, center=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Đẩy mạnh ứng dụng công nghệ số trong hoạt động chỉ đạo, điều hành của Sở; bảo đảm 100% "
        "hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ mật).",
    )
    para(doc, "II. NHIỆM VỤ TRỌNG TÂM", bold=True)
    para(
        doc,
        "Tập trung phát triển hạ tầng số, chính quyền số, kinh tế số và xã hội số; chi tiết "
        "nhiệm vụ, đơn vị chủ trì và thời hạn tại Phụ lục kèm theo Kế hoạch này.",
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao tại Phụ lục chủ động triển khai "
        "thực hiện, bảo đảm tiến độ và chất lượng.",
    )
    para(
        doc,
        "2. Các phòng, đơn vị báo cáo kết quả thực hiện định kỳ 6 tháng (trước ngày 15/6) và năm "
        "(trước ngày 10/12) về Phòng Chuyển đổi số để tổng hợp, báo cáo Giám đốc Sở.",
    )
    para(doc, "Nơi nhận:", bold=True, italic=True)
    para(
        doc,
        "- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, CĐS.",
        size=11,
    )
    para(doc, "GIÁM ĐỐC", bold=True, right=True)
    para(doc, "Đặng Quốc Bảo", bold=True, right=True)
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Kế hoạch số 96/KH-SKHCN ngày 09/02/2026 của Sở Khoa học và Công nghệ)",
        italic=True,
        center=True,
    )
    grid(
        doc,
        ["STT", "Nhiệm vụ", "Kết quả, sản phẩm", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        [
            ("1", "Phát triển hạ tầng số"),
            [
                "1.1",
                "Rà soát, đánh giá hiện trạng phủ sóng di động 4G/5G tại các thôn, bản vùng sâu",
                "Báo cáo đánh giá",
                "Phòng Bưu chính, Viễn thông",
                "Các doanh nghiệp viễn thông",
                "Quý II/2026",
            ],
            [
                "1.2",
                "Nâng cấp hệ thống mạng nội bộ và thiết bị bảo đảm an toàn thông tin của Sở",
                "Hệ thống được nâng cấp",
                "Trung tâm Dữ liệu và Công nghệ số",
                "Văn phòng Sở",
                "30/9/2026",
            ],
            ("2", "Phát triển chính quyền số"),
            [
                "2.1",
                "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
                "Dữ liệu được số hóa",
                "Văn phòng Sở",
                "Trung tâm Dữ liệu và Công nghệ số",
                "Tháng 6/2026",
            ],
            [
                "2.2",
                "Cập nhật dữ liệu nhiệm vụ khoa học và công nghệ vào cơ sở dữ liệu quốc gia",
                "Dữ liệu được cập nhật",
                "Phòng Quản lý khoa học",
                "",
                "Thường xuyên",
            ],
            [
                "2.3",
                "Triển khai chữ ký số cho 100% công chức, viên chức của Sở",
                "Chứng thư số được cấp",
                "Văn phòng Sở",
                "Phòng Chuyển đổi số",
                "Quý I/2026",
            ],
            [
                "2.4",
                "Xây dựng báo cáo đánh giá mức độ chuyển đổi số của Sở năm 2026 (DTI)",
                "Báo cáo",
                "Phòng Chuyển đổi số",
                "Các phòng, đơn vị",
                "Tháng 11/2026",
            ],
            ("3", "Phát triển kinh tế số, xã hội số"),
            [
                "3.1",
                "Hướng dẫn các xã, phường duy trì hoạt động Tổ công nghệ số cộng đồng",
                "Văn bản hướng dẫn",
                "Phòng Chuyển đổi số",
                "UBND các xã, phường",
                "Tháng 3/2026",
            ],
            [
                "3.2",
                "Tổ chức Ngày Chuyển đổi số tỉnh Lâm Đồng năm 2026",
                "Chương trình sự kiện",
                "Phòng Chuyển đổi số",
                "Trung tâm Dữ liệu và Công nghệ số",
                "10/10/2026",
            ],
            [
                "3.3",
                "Hỗ trợ doanh nghiệp nhỏ và vừa đưa sản phẩm lên sàn thương mại điện tử",
                "Số doanh nghiệp được hỗ trợ",
                "Trung tâm Dữ liệu và Công nghệ số",
                "Sở Công Thương",
                "Trong năm 2026",
            ],
            [
                "3.4",
                "Tuyên truyền, phổ biến kỹ năng số cho người dân",
                "Tin, bài tuyên truyền",
                "Phòng Chuyển đổi số",
                "",
                "Thường xuyên",
            ],
        ],
    )
    doc.save(path)


# ---------------------------------------------------------------- h418
def h418(path):
    doc = document(14)
    a4(doc)
    title_table(
        doc,
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "", "Số: 512/TB-VPUBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Đồng Tháp, ngày 24 tháng 8 năm 2026",
        ],
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Chủ tịch UBND tỉnh Phan Quốc Nam tại cuộc họp về tiến độ giải ngân vốn đầu "
        "tư công năm 2026",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Ngày 20 tháng 8 năm 2026, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Phan Quốc Nam chủ "
        "trì cuộc họp về tiến độ giải ngân vốn đầu tư công năm 2026. Dự họp có lãnh đạo các sở: "
        "Tài chính, Xây dựng, Nông nghiệp và Môi trường; Ban Quản lý dự án đầu tư xây dựng tỉnh; "
        "đại diện UBND một số xã, phường.",
    )
    para(
        doc,
        "Sau khi nghe Sở Tài chính báo cáo và ý kiến của các đại biểu dự họp, Chủ tịch UBND tỉnh "
        "kết luận như sau:",
    )
    para(
        doc,
        "1. Đến ngày 15/8/2026, tỷ lệ giải ngân vốn đầu tư công của tỉnh mới đạt 41,2% kế hoạch, "
        "thấp hơn bình quân cả nước. Nguyên nhân chủ yếu do vướng mắc bồi thường, giải phóng mặt "
        "bằng và năng lực của một số chủ đầu tư còn hạn chế.",
    )
    para(doc, "2. Để phấn đấu giải ngân 100% kế hoạch vốn năm 2026, Chủ tịch UBND tỉnh yêu cầu:")
    para(doc, "a) Sở Tài chính:")
    para(
        doc,
        "- Rà soát, tham mưu UBND tỉnh điều chuyển vốn từ các dự án chậm giải ngân sang dự án có "
        "khả năng giải ngân tốt, hoàn thành trước ngày 30/9/2026.",
    )
    para(doc, "- Theo dõi, tổng hợp tình hình giải ngân của từng chủ đầu tư, báo cáo UBND tỉnh hằng tuần.")
    para(
        doc,
        "b) Sở Xây dựng: Đẩy nhanh công tác thẩm định thiết kế, dự toán các công trình khởi công "
        "mới; thời gian thẩm định không quá 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
    )
    para(
        doc,
        "c) Sở Nông nghiệp và Môi trường: Hướng dẫn UBND các xã, phường xác định giá đất cụ thể "
        "để bồi thường các dự án trọng điểm, hoàn thành trong tháng 9/2026.",
    )
    para(doc, "d) Ban Quản lý dự án đầu tư xây dựng tỉnh:")
    para(
        doc,
        "- Lập kế hoạch giải ngân chi tiết theo từng tháng đối với từng dự án, gửi Sở Tài chính "
        "trước ngày 31/8/2026.",
    )
    para(doc, "- Đôn đốc nhà thầu tăng ca, bảo đảm tiến độ thi công tuyến đường ĐT.846 (đoạn qua xã Mỹ Thọ).")
    para(
        doc,
        "đ) UBND các xã, phường có dự án: Tập trung giải quyết dứt điểm vướng mắc bồi thường, giải "
        "phóng mặt bằng; bàn giao mặt bằng sạch cho chủ đầu tư trước ngày 15/10/2026.",
    )
    para(
        doc,
        "e) Các chủ đầu tư: Nghiệm thu, thanh toán ngay khi có khối lượng hoàn thành; không để "
        "dồn khối lượng thanh toán vào cuối năm.",
    )
    para(
        doc,
        "3. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện các nội dung trên; tổng hợp "
        "báo cáo Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh thường kỳ tháng 10/2026.",
    )
    para(doc, "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.")
    signature_table(
        doc,
        [
            "- CT, các PCT UBND tỉnh;",
            "- Các sở: TC, XD, NN&MT;",
            "- BQLDA ĐTXD tỉnh;",
            "- UBND các xã, phường;",
            "- Lưu: VT, KT.",
        ],
        ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "", "Nguyễn Thị Kim Loan"],
    )
    doc.save(path)


# ---------------------------------------------------------------- h419
def h419(path):
    doc = document(14)
    a4(doc)
    title_table(
        doc,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG ĐÔNG TIẾN", "", "Số: 38/TB-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Đông Tiến, ngày 06 tháng 4 năm 2026",
        ],
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Chủ tịch UBND phường tại Hội nghị giao ban tháng 3 năm 2026",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Ngày 03/4/2026, Chủ tịch UBND phường Đông Tiến chủ trì Hội nghị giao ban đánh giá kết "
        "quả thực hiện nhiệm vụ tháng 3, triển khai nhiệm vụ tháng 4 năm 2026. Tham dự có các Phó "
        "Chủ tịch UBND phường, Trưởng các phòng chuyên môn, Thủ trưởng các đơn vị trên địa bàn.",
    )
    para(
        doc,
        "Sau khi nghe các báo cáo và ý kiến thảo luận, Chủ tịch UBND phường kết luận, giao nhiệm vụ như sau:",
    )
    para(doc, "I. ĐÁNH GIÁ CHUNG", bold=True)
    para(
        doc,
        "Trong tháng 3, các cơ quan, đơn vị đã cơ bản hoàn thành nhiệm vụ được giao; thu ngân "
        "sách đạt 28% dự toán; công tác cải cách hành chính có chuyển biến. Tuy nhiên, việc "
        "chỉnh trang đô thị, xử lý vi phạm trật tự xây dựng còn chậm.",
    )
    para(doc, "II. NHIỆM VỤ TRỌNG TÂM THÁNG 4/2026", bold=True)
    para(doc, "1. Phòng Kinh tế, Hạ tầng và Đô thị:")
    para(
        doc,
        "- Chủ trì kiểm tra, xử lý dứt điểm các trường hợp vi phạm trật tự xây dựng tại tổ dân "
        "phố số 5 và số 7, hoàn thành trước ngày 25/4/2026.",
    )
    para(
        doc,
        "- Tham mưu kế hoạch chỉnh trang vỉa hè, lòng đường tuyến phố Trần Phú, trình UBND phường "
        "trong tháng 4/2026.",
    )
    para(doc, "2. Phòng Văn hóa - Xã hội:")
    para(
        doc,
        "- Tổ chức các hoạt động kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước "
        "(30/4/1975 - 30/4/2026).",
    )
    para(
        doc,
        "- Rà soát, lập danh sách hộ nghèo, hộ cận nghèo phát sinh, báo cáo UBND phường trước ngày "
        "20/4/2026.",
    )
    para(
        doc,
        "3. Văn phòng HĐND và UBND phường: Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện nhiệm "
        "vụ được giao; cập nhật kết quả trên Hệ thống theo dõi nhiệm vụ thường xuyên.",
    )
    para(
        doc,
        "4. Trung tâm Phục vụ hành chính công phường: Giải quyết hồ sơ thủ tục hành chính đúng "
        "hạn; không để hồ sơ trễ hạn  trong tháng 4/2026.",
    )
    para(
        doc,
        "5. Ban Chỉ huy Quân sự phường: Hoàn thành tổng kết công tác tuyển quân năm 2026 trước "
        "ngày 15/4/2026.",
    )
    para(
        doc,
        "6. Đề nghị Công an phường: Tăng cường tuần tra, bảo đảm an ninh trật tự, an toàn giao "
        "thông dịp nghỉ lễ 30/4 và 01/5.",
    )
    para(
        doc,
        "Các cơ quan, đơn vị báo cáo kết quả thực hiện các nhiệm vụ trên về Văn phòng HĐND và "
        "UBND phường trước ngày 28/4/2026 để tổng hợp.",
    )
    para(doc, "UBND phường thông báo để các cơ quan, đơn vị biết, thực hiện./.")
    signature_table(
        doc,
        ["- TT Đảng ủy, TT HĐND phường;", "- CT, các PCT UBND phường;", "- Các phòng, đơn vị;", "- Lưu: VT."],
        ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", "", "Vũ Thị Hồng Nhung"],
    )
    doc.save(path)


# ---------------------------------------------------------------- h420
def h420(path):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    doc = document(12)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    title_table(
        doc,
        ["ĐOÀN ĐBQH VÀ HĐND TỈNH GIA LAI", "VĂN PHÒNG"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN", bold=True, center=True)
    para(doc, "(Từ ngày 11/01/2027 đến ngày 15/01/2027)", italic=True, center=True)
    header = ["Thứ, ngày", "Thời gian", "Nội dung công việc", "Thành phần", "Địa điểm", "Đơn vị chuẩn bị"]
    days = [
        (
            "Thứ Hai\n11/01",
            [
                [
                    "Sáng 7h30",
                    "Giao ban Thường trực HĐND tỉnh tuần 2 tháng 01/2027",
                    "Thường trực HĐND tỉnh; Chánh Văn phòng",
                    "Phòng họp tầng 2",
                    "Phòng Công tác HĐND",
                ],
                ["Chiều 14h00", "Phó Trưởng Đoàn ĐBQH tỉnh làm việc tại cơ quan", "", "", ""],
            ],
        ),
        (
            "Thứ Ba\n12/01",
            [
                [
                    "Sáng 8h00",
                    "Thường trực HĐND tỉnh giám sát việc giải quyết kiến nghị cử tri tại Sở "
                    "Nông nghiệp và Môi trường",
                    "Phó Chủ tịch HĐND tỉnh Rơ Mah Thuận; các Ban HĐND",
                    "Sở Nông nghiệp và Môi trường",
                    "Phòng Công tác HĐND",
                ],
                [
                    "Chiều 14h00",
                    "Tiếp công dân định kỳ của Đoàn ĐBQH tỉnh",
                    "Phó Trưởng Đoàn chuyên trách Nguyễn Hữu Phước",
                    "Trụ sở Tiếp công dân tỉnh",
                    "Phòng Dân nguyện và Thông tin",
                ],
            ],
        ),
        (
            "Thứ Tư\n13/01",
            [
                [
                    "Sáng 8h00",
                    "Ban Kinh tế - Ngân sách HĐND tỉnh họp thẩm tra các tờ trình trình kỳ họp chuyên đề",
                    "Thành viên Ban Kinh tế - Ngân sách",
                    "Phòng họp số 1",
                    "Phòng Công tác HĐND",
                ],
                [
                    "Chiều 14h00",
                    "Trưởng Ban Pháp chế HĐND tỉnh làm việc với Công an tỉnh về công tác bảo "
                    "đảm trật tự an toàn giao thông",
                    "Trưởng Ban Pháp chế; chuyên viên theo dõi",
                    "Công an tỉnh",
                    "Phòng Công tác HĐND",
                ],
            ],
        ),
        (
            "Thứ Năm\n14/01",
            [
                [
                    "Sáng 7h30",
                    "Đoàn ĐBQH tỉnh tiếp xúc cử tri chuyên đề về chính sách bảo hiểm xã hội",
                    "Đại biểu Quốc hội tỉnh",
                    "Hội trường UBND xã Ia Hrung",
                    "Phòng Công tác Quốc hội",
                ],
                [
                    "Chiều 14h00",
                    "Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027 của Văn phòng",
                    "Toàn thể công chức, người lao động",
                    "Hội trường Văn phòng",
                    "Phòng Hành chính - Tổ chức - Quản trị",
                ],
            ],
        ),
        (
            "Thứ Sáu\n15/01",
            [
                [
                    "Sáng 8h00",
                    "Thường trực HĐND tỉnh họp chuẩn bị nội dung kỳ họp chuyên đề tháng 01/2027",
                    "Thường trực HĐND tỉnh; Trưởng các Ban HĐND",
                    "Phòng họp tầng 2",
                    "Phòng Công tác HĐND",
                ],
                ["Chiều", "Lãnh đạo Văn phòng làm việc tại cơ quan", "", "", ""],
            ],
        ),
    ]
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, text in zip(t.rows[0].cells, header, strict=True):
        cell_lines(c, [text], bold=True, align=CENTER)
    for day, entries in days:
        first = None
        for k, entry in enumerate(entries):
            cells = t.add_row().cells
            if k == 0:
                first = cells[0]
                cell_lines(first, day.split("\n"), bold=True, align=CENTER)
            else:
                first = first.merge(cells[0])
            for c, text in zip(cells[1:], entry, strict=True):
                c.text = text
    para(
        doc,
        "Ghi chú: Lịch công tác có thể thay đổi; các phòng theo dõi lịch điều chỉnh trên Hệ "
        "thống quản lý văn bản và điều hành.",
        italic=True,
    )
    para(doc, "CHÁNH VĂN PHÒNG", bold=True, right=True)
    para(doc, "Ksor H'Bla", bold=True, right=True)
    doc.save(path)


# ---------------------------------------------------------------- h421
def h421(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2026"
    ws.merge_cells("A1:H1")
    ws["A1"] = "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH KHÁNH HÒA"
    ws.merge_cells("A2:H2")
    ws["A2"] = "CHỈ TIÊU KẾ HOẠCH NĂM 2026 NGÀNH VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    ws.merge_cells("A3:H3")
    ws["A3"] = "(Kèm theo Quyết định số 21/QĐ-SVHTTDL ngày 15/01/2026 của Giám đốc Sở)"
    for ref in ("A1", "A2"):
        ws[ref].font = Font(bold=True)
        ws[ref].alignment = Alignment(horizontal="center")
    ws["A3"].font = Font(italic=True)
    ws["A3"].alignment = Alignment(horizontal="center")
    header = [
        "STT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Ước thực hiện 2025",
        "Kế hoạch 2026",
        "So sánh (%)",
        "Đơn vị chủ trì theo dõi",
        "Ghi chú",
    ]
    rows = [
        ("I", "DU LỊCH"),
        [
            "1",
            "Tổng lượt khách du lịch đến tỉnh",
            "Triệu lượt",
            "11,8",
            "12,6",
            "106,8",
            "Phòng Quản lý du lịch",
            "",
        ],
        [
            "2",
            "Trong đó: lượt khách du lịch quốc tế",
            "Triệu lượt",
            "4,2",
            "4,6",
            "109,5",
            "Phòng Quản lý du lịch",
            "",
        ],
        [
            "3",
            "Tổng thu từ khách du lịch",
            "Tỷ đồng",
            "52.000",
            "57.500",
            "110,6",
            "Phòng Quản lý du lịch",
            "",
        ],
        [
            "4",
            "Số cơ sở lưu trú được công nhận hạng 3 sao trở lên tăng thêm",
            "Cơ sở",
            "14",
            "15",
            "107,1",
            "Phòng Quản lý du lịch",
            "",
        ],
        ("II", "VĂN HÓA, GIA ĐÌNH"),
        [
            "5",
            'Tỷ lệ hộ gia đình được công nhận danh hiệu "Gia đình văn hóa"',
            "%",
            "90,5",
            "91",
            "-",
            "Phòng Quản lý văn hóa và Gia đình",
            "",
        ],
        [
            "6",
            "Số di tích được xếp hạng cấp tỉnh tăng thêm",
            "Di tích",
            "3",
            "4",
            "133,3",
            "Phòng Quản lý văn hóa và Gia đình",
            "Hoàn thành hồ sơ trong Quý III",
        ],
        [
            "7",
            "Số buổi biểu diễn nghệ thuật phục vụ nhân dân",
            "Buổi",
            "310",
            "320",
            "103,2",
            "Nhà hát Nghệ thuật truyền thống tỉnh",
            "",
        ],
        [
            "8",
            "Số lượt bạn đọc phục vụ tại Thư viện tỉnh",
            "Lượt",
            "265.000",
            "280.000",
            "105,7",
            "Thư viện tỉnh",
            "",
        ],
        ("III", "THỂ DỤC, THỂ THAO"),
        [
            "9",
            "Tỷ lệ dân số tập luyện thể dục thể thao thường xuyên",
            "%",
            "37,5",
            "38,5",
            "-",
            "Phòng Quản lý thể dục thể thao",
            "",
        ],
        [
            "10",
            "Số huy chương tại các giải thể thao quốc gia",
            "Huy chương",
            "85",
            "90",
            "105,9",
            "Trung tâm Huấn luyện và Thi đấu thể thao",
            "",
        ],
        [
            "11",
            "Số vận động viên đạt đẳng cấp kiện tướng",
            "VĐV",
            "12",
            "14",
            "116,7",
            "Trung tâm Huấn luyện và Thi đấu thể thao",
            "",
        ],
    ]
    start = 5
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, text in enumerate(header, 1):
        c = ws.cell(row=start, column=col, value=text)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = start + 1
    for row in rows:
        if isinstance(row, tuple):
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.cell(row=r, column=2, value=row[1]).font = Font(bold=True)
        else:
            for col, text in enumerate(row, 1):
                ws.cell(row=r, column=col, value=text or None).alignment = Alignment(wrap_text=True)
        r += 1
    for row in ws.iter_rows(min_row=start, max_row=r - 1, max_col=8):
        for c in row:
            c.border = box
    r += 1
    ws.cell(
        row=r,
        column=1,
        value="Các phòng, đơn vị báo cáo kết quả thực hiện chỉ tiêu định kỳ 6 "
        "tháng, năm về Văn phòng Sở để tổng hợp.",
    )
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, width in zip("ABCDEFGH", (6, 50, 12, 14, 14, 11, 30, 26), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)


# ---------------------------------------------------------------- h422 (.pdf)
def h422_docx(path):
    doc = document(14)
    a4(doc)
    title_table(
        doc,
        [
            "ỦY BAN NHÂN DÂN",
            "XÃ VĨNH HANH",
            "",
            "Số: 45/UBND-VP",
            "V/v triển khai nhiệm vụ phòng, chống thiên tai mùa mưa lũ năm 2027",
        ],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Vĩnh Hanh, ngày 05 tháng 5 năm 2027",
        ],
    )
    para(doc, "Kính gửi:", center=True)
    for line in (
        "- Phòng Kinh tế;",
        "- Phòng Văn hóa - Xã hội;",
        "- Ban Chỉ huy Quân sự xã;",
        "- Công an xã;",
        "- Trưởng các ấp.",
    ):
        para(doc, line, center=True)
    para(
        doc,
        "Thực hiện Công văn số 1120/UBND-KT ngày 28/4/2027 của UBND tỉnh An Giang về việc chủ "
        "động phòng, chống thiên tai mùa mưa lũ năm 2027, Chủ tịch UBND xã yêu cầu các cơ quan, "
        "đơn vị thực hiện một số nhiệm vụ sau:",
    )
    para(doc, "1. Phòng Kinh tế:")
    para(
        doc,
        "a) Rà soát, cập nhật Phương án ứng phó thiên tai theo cấp độ rủi ro của xã năm 2027, "
        "trình UBND xã phê duyệt trước ngày 15/5/2027.",
    )
    para(
        doc,
        "b) Kiểm tra hiện trạng các tuyến đê bao, cống, bờ kênh xung yếu; đề xuất phương án xử lý, "
        "hoàn thành trong tháng 5/2027.",
    )
    para(
        doc,
        "c) Theo dõi tình hình mưa, lũ, sạt lở; tổng hợp, báo cáo Chủ tịch UBND xã hằng ngày "
        "trong thời gian có lũ.",
    )
    para(
        doc,
        "2. Ban Chỉ huy Quân sự xã: Xây dựng phương án huy động lực lượng, phương tiện ứng cứu, "
        "sơ tán dân khi có tình huống, hoàn thành trước ngày 31/5/2027.",
    )
    para(
        doc,
        "3. Công an xã: Xây dựng kế hoạch bảo đảm an ninh trật tự, bảo vệ tài sản của nhân dân "
        "tại các khu vực sơ tán.",
    )
    para(
        doc,
        "4. Phòng Văn hóa - Xã hội: Tuyên truyền kiến thức, kỹ năng phòng, chống thiên tai, phòng "
        "chống đuối nước cho trẻ em trên hệ thống truyền thanh xã thường xuyên trong mùa lũ.",
    )
    para(
        doc,
        "5. Trưởng các ấp: Rà soát, lập danh sách hộ dân sống ven sông, kênh có nguy cơ sạt lở, "
        "gửi Phòng Kinh tế trước ngày 20/5/2027.",
    )
    para(
        doc,
        "Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND xã (qua Phòng Kinh tế) trước ngày "
        "05/6/2027 để tổng hợp, báo cáo UBND tỉnh.",
    )
    para(doc, "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.")
    signature_table(
        doc,
        [
            "- Như trên;",
            "- UBND tỉnh (b/c);",
            "- TT Đảng ủy, TT HĐND xã;",
            "- CT, các PCT UBND xã;",
            "- Lưu: VT.",
        ],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Văn Lộc"],
    )
    doc.save(path)


def batch_h413():
    h = writers()
    h413(DOCS / "h413_ctct_so_tu_phap_2026.docx")
    h414(DOCS / "h414_nv_quy1_so_cong_thuong_2027.xlsx")
    h416(DOCS / "h416_kh_thi_thpt_so_gddt_2026.docx")
    h417(DOCS / "h417_kh_cds_so_khcn_phu_luc.docx")
    h418(_out("h418_tbkl_vp_ubnd_tinh_dau_tu_cong.docx"))
    h419(DOCS / "h419_tbkl_ubnd_phuong_giao_ban.docx")
    h420(DOCS / "h420_lich_tuan_vp_doan_dbqh_hdnd.docx")
    h421(_out("h421_chi_tieu_so_vhttdl_2026.xlsx"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        h415_docx(tmp / "h415_ctct_bql_kkt_2026.docx")
        h.soffice_convert(
            tmp / "h415_ctct_bql_kkt_2026.docx", "doc", out_path("h415_ctct_bql_kkt_2026.doc", _MOVED)
        )
        h422_docx(tmp / "h422_cv_ubnd_xa_giao_nhiem_vu.docx")
        h.soffice_convert(
            tmp / "h422_cv_ubnd_xa_giao_nhiem_vu.docx", "pdf", DOCS / "h422_cv_ubnd_xa_giao_nhiem_vu.pdf"
        )
