"""Held-out batch h453–h462: the first half of the fourth ordinary sample, ten documents written by
helper h13author42 as ordinary offices type them (invented names, units, places and dates): a
provincial education department's yearly programme, an industry-and-trade department's indicator
sheet, a culture-sports-tourism department's weekly calendar, a science department's notice of
conclusions (a text PDF), a provincial People's Committee's decision with a task appendix, a
construction project board's quarterly programme sheet, an agriculture-and-environment department's
dispatch (a .doc), a ward's notice of conclusions, a mountain commune's plan (an .odt) and an
emulation board's weekly calendar typed as prose. `make_docs.py --batch-h453` writes them."""

import tempfile
from pathlib import Path

from batch_common import (
    a4,
    bold_header,
    cell_text,
    convert_each,
    document,
    grid,
    head_block,
    landscape,
    marked_paragraphs,
    out_path,
    para,
    sign_table,
    wrap,
    writers,
)

_MOVED: set[str] = {
    "h456_tb_ket_luan_so_khcn_giao_ban",  # h13fixRH
    "h461_kh_xa_mien_nui_muc_nhan",  # h13fixRJ
    "h454_chi_tieu_so_cong_thuong_2027",  # h13fixTF
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def _lines(doc, lines) -> None:
    """Body paragraphs; a line starting with '**' is bold, one starting with '__' italic."""
    marked_paragraphs(doc, lines, {"**": {"bold": True}, "__": {"italic": True}})


def _title(doc, *lines) -> None:
    para(doc, lines[0], bold=True, center=True)
    for line in lines[1:]:
        para(doc, line, bold=True, center=True, size=13)


# ------------------------------------------------------------------------------------------- h453


def h453(path: Path) -> None:
    """Sở Giáo dục và Đào tạo tỉnh Phú Thọ: the yearly programme 2027, a landscape table in sections."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH PHÚ THỌ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO",
        left2="Số: 25/CTr-SGDĐT",
        right2="Phú Thọ, ngày 08 tháng 01 năm 2027",
    )
    _title(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", "của Sở Giáo dục và Đào tạo")
    _lines(
        doc,
        [
            "Căn cứ Quyết định số 112/QĐ-UBND ngày 28/12/2026 của Ủy ban nhân dân tỉnh về giao chỉ tiêu kế "
            "hoạch phát triển kinh tế - xã hội năm 2027; Chỉ thị nhiệm vụ năm học 2026-2027 của Bộ Giáo dục "
            "và Đào tạo, Sở Giáo dục và Đào tạo xây dựng Chương trình công tác năm 2027 như sau:",
        ],
    )
    header = [
        "STT",
        "Nội dung công việc",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Lãnh đạo Sở phụ trách",
        "Thời gian hoàn thành",
        "Ghi chú",
    ]
    rows = [
        ("§", "I", "CÔNG TÁC THAM MƯU, XÂY DỰNG VĂN BẢN"),
        [
            "1",
            "Tham mưu UBND tỉnh ban hành Kế hoạch phát triển giáo dục và đào tạo tỉnh giai đoạn 2027-2030",
            "Phòng Kế hoạch - Tài chính",
            "Các phòng chuyên môn",
            "PGĐ Nguyễn Văn Hùng",
            "Quý II/2027",
            "",
        ],
        [
            "2",
            "Xây dựng Kế hoạch tuyển sinh vào lớp 10 THPT năm học 2027-2028",
            "Phòng Khảo thí và Quản lý chất lượng",
            "Phòng Giáo dục phổ thông",
            "PGĐ Đỗ Thị Mai",
            "Tháng 02/2027",
            "Trình UBND tỉnh phê duyệt",
        ],
        [
            "3",
            "Rà soát, sắp xếp mạng lưới trường, lớp mầm non, phổ thông sau sắp xếp đơn vị hành chính",
            "Phòng Kế hoạch - Tài chính",
            "UBND các xã, phường",
            "PGĐ Nguyễn Văn Hùng",
            "Trước 30/6/2027",
            "",
        ],
        ("§", "II", "CÔNG TÁC CHUYÊN MÔN"),
        [
            "4",
            "Tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
            "Phòng Khảo thí và Quản lý chất lượng",
            "Các trường THPT",
            "PGĐ Đỗ Thị Mai",
            "Tháng 3/2027",
            "",
        ],
        [
            "5",
            "Chỉ đạo, tổ chức Kỳ thi tốt nghiệp THPT năm 2027 trên địa bàn tỉnh",
            "Phòng Khảo thí và Quản lý chất lượng",
            "Công an tỉnh, Sở Y tế",
            "Giám đốc Sở",
            "Tháng 6/2027",
            "Theo lịch của Bộ GDĐT",
        ],
        [
            "6",
            "Tổ chức tập huấn bồi dưỡng giáo viên thực hiện Chương trình giáo dục phổ thông 2018",
            "Phòng Giáo dục phổ thông",
            "Trường Cao đẳng Sư phạm Phú Thọ",
            "PGĐ Đỗ Thị Mai",
            "Tháng 7/2027",
            "",
        ],
        [
            "7",
            "Hướng dẫn thực hiện nhiệm vụ giáo dục mầm non, giáo dục phổ thông năm học 2027-2028",
            "Phòng Giáo dục phổ thông",
            "Phòng Giáo dục mầm non",
            "PGĐ Đỗ Thị Mai",
            "Tháng 8 - 9/2027",
            "",
        ],
        [
            "8",
            "Triển khai chuyển đổi số trong quản lý và dạy học; cập nhật cơ sở dữ liệu ngành giáo dục",
            "Văn phòng Sở",
            "Các cơ sở giáo dục",
            "PGĐ Nguyễn Văn Hùng",
            "Thường xuyên",
            "",
        ],
        ("§", "III", "CÔNG TÁC KIỂM TRA, TIẾP CÔNG DÂN"),
        [
            "9",
            "Kiểm tra công tác tuyển sinh đầu cấp tại các trường THPT, trung tâm GDNN-GDTX",
            "Phòng Giáo dục phổ thông",
            "Phòng Khảo thí và Quản lý chất lượng",
            "PGĐ Đỗ Thị Mai",
            "Tháng 7 - 8/2027",
            "",
        ],
        [
            "10",
            "Tiếp công dân định kỳ; giải quyết đơn thư khiếu nại, tố cáo thuộc thẩm quyền",
            "Văn phòng Sở",
            "Các phòng liên quan",
            "Giám đốc Sở",
            "Định kỳ hằng tháng",
            "Ngày 15 hằng tháng",
        ],
        ("§", "IV", "CÔNG TÁC KHÁC"),
        [
            "11",
            "Tổng kết năm học 2026-2027, triển khai nhiệm vụ năm học 2027-2028",
            "Văn phòng Sở",
            "Các phòng chuyên môn",
            "Giám đốc Sở",
            "Tháng 8/2027",
            "",
        ],
        [
            "12",
            "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2027",
            "Phòng Tổ chức cán bộ",
            "Các phòng, đơn vị",
            "Giám đốc Sở",
            "Tháng 12/2027",
            "",
        ],
    ]
    grid(doc, header, rows, widths=[1.2, 8.5, 3.6, 3.4, 2.8, 2.6, 2.6])
    _lines(
        doc,
        [
            "**TỔ CHỨC THỰC HIỆN",
            "1. Trưởng các phòng thuộc Sở căn cứ Chương trình công tác chủ động xây dựng kế hoạch chi tiết "
            "và tổ chức thực hiện các nhiệm vụ được giao.",
            "2. Các phòng báo cáo kết quả thực hiện Chương trình công tác về Văn phòng Sở trước ngày 20 "
            "hằng tháng để tổng hợp.",
            "3. Văn phòng Sở theo dõi, đôn đốc việc thực hiện Chương trình; tổng hợp, báo cáo Giám đốc Sở "
            "kết quả thực hiện định kỳ hằng quý.",
            "Trong quá trình thực hiện, nếu có vướng mắc, các phòng báo cáo Giám đốc Sở (qua Văn phòng Sở) "
            "để xem xét, điều chỉnh./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (để b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng thuộc Sở;\n- Lưu: VT, VP.",
        "GIÁM ĐỐC\n\n\n\nTạ Quang Vinh",
    )
    doc.save(path)


# ------------------------------------------------------------------------------------------- h454


def h454(path: Path) -> None:
    """Sở Công Thương tỉnh Đồng Tháp: the 2027 indicator sheet, two merged section rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu 2027"
    ws["A1"] = "UBND TỈNH ĐỒNG THÁP\nSỞ CÔNG THƯƠNG"
    ws.merge_cells("A1:C1")
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    ws.merge_cells("D1:H1")
    ws["A3"] = "BIỂU CHỈ TIÊU, NHIỆM VỤ NGÀNH CÔNG THƯƠNG NĂM 2027"
    ws.merge_cells("A3:H3")
    ws["A4"] = "(Kèm theo Kế hoạch số 15/KH-SCT ngày 12/01/2027 của Sở Công Thương)"
    ws.merge_cells("A4:H4")
    for ref in ("A1", "D1", "A3"):
        ws[ref].font = Font(bold=True)
    for ref in ("A1", "D1", "A3", "A4"):
        ws[ref].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws["A4"].font = Font(italic=True)
    ws.row_dimensions[1].height = 32
    header = [
        "STT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Thực hiện năm 2026",
        "Kế hoạch năm 2027",
        "Đơn vị chủ trì theo dõi",
        "Thời gian hoàn thành",
        "Ghi chú",
    ]
    ws.append([])
    ws.append(header)
    bold_header(ws, 6)
    rows = [
        ("A", "CHỈ TIÊU KINH TẾ"),
        [
            1,
            "Chỉ số sản xuất công nghiệp (IIP) tăng so với năm trước",
            "%",
            "8,2",
            "9,0",
            "Phòng Quản lý công nghiệp",
            "31/12/2027",
            "",
        ],
        [
            2,
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
            "Tỷ đồng",
            "152.400",
            "168.000",
            "Phòng Quản lý thương mại",
            "31/12/2027",
            "",
        ],
        [
            3,
            "Kim ngạch xuất khẩu hàng hóa",
            "Triệu USD",
            "3.150",
            "3.400",
            "Phòng Quản lý thương mại",
            "31/12/2027",
            "",
        ],
        [
            4,
            "Tỷ lệ hộ dân sử dụng điện lưới quốc gia",
            "%",
            "99,7",
            "99,9",
            "Phòng Quản lý năng lượng",
            "31/12/2027",
            "Phối hợp Công ty Điện lực",
        ],
        ("B", "CHỈ TIÊU NHIỆM VỤ"),
        [
            5,
            "Kiểm tra an toàn thực phẩm tại cơ sở sản xuất, kinh doanh thuộc ngành Công Thương",
            "Cuộc",
            "45",
            "50",
            "Phòng Kỹ thuật an toàn - Môi trường",
            "Quý IV/2027",
            "",
        ],
        [
            6,
            "Hỗ trợ doanh nghiệp tham gia hội chợ, triển lãm xúc tiến thương mại trong và ngoài nước",
            "Doanh nghiệp",
            "60",
            "70",
            "Trung tâm Khuyến công và Xúc tiến thương mại",
            "Trước 30/11/2027",
            "",
        ],
        [
            7,
            "Tổ chức phiên chợ hàng Việt về nông thôn, khu công nghiệp",
            "Phiên",
            "6",
            "8",
            "Trung tâm Khuyến công và Xúc tiến thương mại",
            "Quý III/2027",
            "",
        ],
        [
            8,
            "Đề án khuyến công địa phương được hỗ trợ kinh phí",
            "Đề án",
            "12",
            "15",
            "Trung tâm Khuyến công và Xúc tiến thương mại",
            "30/9/2027",
            "",
        ],
        [
            9,
            "Cụm công nghiệp được đầu tư hạ tầng kỹ thuật đồng bộ",
            "Cụm",
            "9",
            "11",
            "Phòng Quản lý công nghiệp",
            "31/12/2027",
            "Lũy kế",
        ],
        [
            10,
            "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn",
            "%",
            "100",
            "100",
            "Văn phòng Sở",
            "Thường xuyên",
            "",
        ],
    ]
    for row in rows:
        if isinstance(row, tuple):
            ws.append([row[0], row[1]])
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            ws.cell(r, 1).font = ws.cell(r, 2).font = Font(bold=True)
        else:
            ws.append(row)
    ws.append([])
    ws.append(
        [
            "Ghi chú: Các phòng, đơn vị báo cáo kết quả thực hiện chỉ tiêu về Văn phòng Sở trước ngày 15 "
            "của tháng cuối quý để tổng hợp, báo cáo UBND tỉnh."
        ]
    )
    last = ws.max_row
    ws.merge_cells(start_row=last, start_column=1, end_row=last, end_column=8)
    wrap(ws, 7)
    ws.row_dimensions[last].height = 32
    for col, width in zip("ABCDEFGH", [6, 46, 11, 12, 12, 28, 15, 16], strict=True):
        ws.column_dimensions[col].width = width
    ws.cell(last + 2, 6, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nLê Hoàng Phúc").alignment = Alignment(
        horizontal="center", wrap_text=True
    )
    ws.row_dimensions[last + 2].height = 80
    wb.save(path)


# ------------------------------------------------------------------------------------------- h455


def h455(path: Path) -> None:
    """Sở VHTTDL tỉnh Quảng Ngãi: a weekly calendar, the day merged over its morning and afternoon."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH QUẢNG NGÃI\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        left2="Số: 11/LCT-SVHTTDL",
        right2="Quảng Ngãi, ngày 12 tháng 3 năm 2027",
    )
    _title(
        doc,
        "LỊCH CÔNG TÁC TUẦN 11",
        "của Lãnh đạo Sở Văn hóa, Thể thao và Du lịch",
        "(Từ ngày 15/3/2027 đến ngày 21/3/2027)",
    )
    header = ["Thứ, ngày", "Buổi", "Nội dung công việc", "Lãnh đạo chủ trì", "Đơn vị chuẩn bị", "Địa điểm"]
    days = [
        (
            "Thứ Hai\n15/3",
            [
                (
                    "Sáng",
                    "Giao ban Lãnh đạo Sở tuần 11",
                    "Giám đốc Trần Minh Khoa",
                    "Văn phòng Sở",
                    "Phòng họp số 1",
                ),
                (
                    "Chiều",
                    "Họp Ban Tổ chức Giải Việt dã truyền thống tỉnh Quảng Ngãi lần thứ 35",
                    "PGĐ Phạm Văn Lực",
                    "Phòng Quản lý Thể dục thể thao",
                    "Phòng họp số 2",
                ),
            ],
        ),
        (
            "Thứ Ba\n16/3",
            [
                (
                    "Sáng",
                    "Kiểm tra tiến độ tu bổ, tôn tạo di tích Thành cổ Châu Sa",
                    "PGĐ Lê Thị Hoa",
                    "Phòng Quản lý Di sản văn hóa",
                    "Xã Tịnh Châu",
                ),
                (
                    "Chiều",
                    "Dự họp UBND tỉnh nghe báo cáo Đề án phát triển du lịch biển, đảo Lý Sơn giai đoạn "
                    "2027-2030",
                    "Giám đốc Trần Minh Khoa",
                    "Phòng Quản lý Du lịch",
                    "UBND tỉnh",
                ),
                ("Chiều", "Phó Giám đốc Phạm Văn Lực làm việc tại cơ quan", "", "", ""),
            ],
        ),
        (
            "Thứ Tư\n17/3",
            [
                (
                    "Sáng",
                    "Tiếp công dân định kỳ tháng 3/2027",
                    "Giám đốc Trần Minh Khoa",
                    "Văn phòng Sở",
                    "Phòng tiếp công dân",
                ),
                (
                    "Chiều",
                    "Họp Hội đồng nghệ thuật duyệt chương trình biểu diễn chào mừng Ngày giải phóng tỉnh "
                    "(24/3)",
                    "PGĐ Lê Thị Hoa",
                    "Trung tâm Văn hóa - Nghệ thuật tỉnh",
                    "Nhà hát tỉnh",
                ),
            ],
        ),
        (
            "Thứ Năm\n18/3",
            [
                (
                    "Sáng",
                    "Dự Lễ khai mạc Giải Bóng chuyền các câu lạc bộ tỉnh năm 2027",
                    "PGĐ Phạm Văn Lực",
                    "Trung tâm Huấn luyện và Thi đấu thể thao",
                    "Nhà thi đấu tỉnh",
                ),
                (
                    "Chiều",
                    "Làm việc với Cục Du lịch Quốc gia Việt Nam về khảo sát sản phẩm du lịch biển, đảo (dự "
                    "kiến)",
                    "Giám đốc Trần Minh Khoa",
                    "Phòng Quản lý Du lịch",
                    "Phòng họp số 1",
                ),
            ],
        ),
        (
            "Thứ Sáu\n19/3",
            [
                (
                    "Sáng",
                    'Hội nghị sơ kết phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" quý I/2027',
                    "PGĐ Lê Thị Hoa",
                    "Phòng Quản lý Văn hóa và Gia đình",
                    "Hội trường Sở",
                ),
                (
                    "Chiều",
                    "Duyệt báo cáo tình hình thực hiện nhiệm vụ quý I/2027 của Sở",
                    "Giám đốc Trần Minh Khoa",
                    "Văn phòng Sở",
                    "Phòng họp số 1",
                ),
            ],
        ),
        (
            "Thứ Bảy\n20/3",
            [
                (
                    "Sáng",
                    "Dự Lễ xuất phát Giải Việt dã truyền thống tỉnh Quảng Ngãi lần thứ 35",
                    "Giám đốc Trần Minh Khoa",
                    "Phòng Quản lý Thể dục thể thao",
                    "Quảng trường Phạm Văn Đồng",
                ),
            ],
        ),
        ("Chủ nhật\n21/3", [("Cả ngày", "Trực lãnh đạo: PGĐ Phạm Văn Lực", "", "", "")]),
    ]
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header, strict=True):
        cell_text(c, h, bold=True, center=True)
    for day, entries in days:
        first = len(t.rows)
        for entry in entries:
            cells = t.add_row().cells
            for c, v in zip(cells[1:], entry, strict=True):
                cell_text(c, v)
        merged = t.cell(first, 0).merge(t.cell(len(t.rows) - 1, 0)) if len(entries) > 1 else t.cell(first, 0)
        cell_text(merged, day, bold=True, center=True)
    _lines(
        doc,
        [
            "__Ghi chú: Lịch công tác có thể thay đổi; trường hợp thay đổi, Văn phòng Sở thông báo đến các "
            "phòng, đơn vị và cá nhân liên quan.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Lãnh đạo Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Trang TTĐT của Sở;\n- Lưu: VT.",
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nNguyễn Thị Bích Ngọc",
    )
    doc.save(path)


# ------------------------------------------------------------------------------------------- h456


def h456_docx(h, path: Path) -> None:
    """Sở KH&CN tỉnh Thái Nguyên: conclusions of the April briefing, points lettered under unit labels."""
    doc = document()
    a4(doc)
    head_block(
        doc,
        "UBND TỈNH THÁI NGUYÊN\nSỞ KHOA HỌC VÀ CÔNG NGHỆ",
        left2="Số: 86/TB-SKHCN",
        right2="Thái Nguyên, ngày 06 tháng 5 năm 2027",
    )
    _title(
        doc,
        "THÔNG BÁO",
        "Kết luận của Giám đốc Sở Khoa học và Công nghệ",
        "tại cuộc họp giao ban tháng 4 năm 2027",
    )
    _lines(
        doc,
        [
            "Ngày 04/5/2027, đồng chí Hoàng Văn Thịnh, Giám đốc Sở chủ trì cuộc họp giao ban đánh giá kết "
            "quả thực hiện nhiệm vụ tháng 4, triển khai nhiệm vụ tháng 5 năm 2027. Tham dự có các Phó Giám "
            "đốc Sở, Trưởng các phòng, Giám đốc các đơn vị sự nghiệp trực thuộc.",
            "Sau khi nghe Văn phòng Sở báo cáo và ý kiến của các đại biểu, Giám đốc Sở kết luận như sau:",
            "**I. ĐÁNH GIÁ CHUNG",
            "Trong tháng 4/2027, các phòng, đơn vị đã chủ động triển khai nhiệm vụ theo Chương trình công "
            "tác; công tác quản lý nhiệm vụ khoa học và công nghệ, chuyển đổi số có chuyển biến. Tuy nhiên, "
            "một số nhiệm vụ còn chậm tiến độ, việc nghiệm thu đề tài đến hạn chưa kịp thời.",
            "**II. NHIỆM VỤ TRỌNG TÂM THÁNG 5 NĂM 2027",
            "1. Phòng Quản lý khoa học",
            "a) Hoàn thiện hồ sơ đặt hàng nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2028, trình Giám đốc "
            "Sở trước ngày 15/5/2027.",
            "b) Đôn đốc các chủ nhiệm đề tài chậm tiến độ; tổ chức nghiệm thu 05 nhiệm vụ đến hạn trong "
            "tháng 5/2027.",
            "2. Phòng Chuyển đổi số",
            "a) Chủ trì, phối hợp Văn phòng Sở tham mưu báo cáo sơ kết 6 tháng thực hiện Nghị quyết số "
            "57-NQ/TW của Bộ Chính trị trên địa bàn tỉnh, hoàn thành trước ngày 10/6/2027.",
            "b) Theo dõi, hướng dẫn các sở, ngành, địa phương vận hành Nền tảng tích hợp, chia sẻ dữ liệu "
            "của tỉnh; thực hiện thường xuyên.",
            "3. Phòng Bưu chính - Viễn thông: Phối hợp với các doanh nghiệp viễn thông rà soát các thôn, "
            "xóm chưa có sóng di động, đề xuất phương án phủ sóng; báo cáo Giám đốc Sở trong tháng 5/2027.",
            "4. Phòng Tiêu chuẩn - Đo lường - Chất lượng: Kiểm tra đo lường đối với các cửa hàng bán lẻ "
            "xăng dầu trên địa bàn các xã phía Bắc tỉnh, hoàn thành trong quý II/2027.",
            "5. Trung tâm Ứng dụng khoa học và Đổi mới sáng tạo: Hoàn thành lắp đặt thiết bị Phòng thí "
            "nghiệm phân tích chất lượng nông sản, bàn giao đưa vào sử dụng trước ngày 30/6/2027.",
            "6. Văn phòng Sở",
            "a) Tham mưu Giám đốc Sở điều chỉnh phân bổ dự toán kinh phí sự nghiệp khoa học và công nghệ "
            "năm 2027, xong trước ngày 20/5/2027.",
            "b) Theo dõi, đôn đốc các phòng, đơn vị thực hiện Thông báo này; báo cáo Giám đốc Sở tại cuộc "
            "họp giao ban tháng 5/2027.",
            "Các phòng, đơn vị báo cáo kết quả thực hiện các nội dung trên về Văn phòng Sở trước ngày "
            "25/5/2027 để tổng hợp.",
            "Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nVũ Thị Thanh Hương",
    )
    doc.save(path)


# ------------------------------------------------------------------------------------------- h457


def h457(path: Path) -> None:
    """UBND tỉnh Khánh Hòa: a decision assigning the 2027 administrative-reform tasks, their table in an
    appendix after the signature."""
    doc = document()
    a4(doc)
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA",
        left2="Số: 146/QĐ-UBND",
        right2="Khánh Hòa, ngày 20 tháng 01 năm 2027",
    )
    _title(
        doc,
        "QUYẾT ĐỊNH",
        "Về việc giao nhiệm vụ thực hiện Kế hoạch cải cách hành chính",
        "tỉnh Khánh Hòa năm 2027",
        "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
    )
    _lines(
        doc,
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình "
            "tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030;",
            "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 41/TTr-SNV ngày 12 tháng 01 năm 2027.",
            "**QUYẾT ĐỊNH:",
            "Điều 1. Giao nhiệm vụ thực hiện Kế hoạch cải cách hành chính tỉnh Khánh Hòa năm 2027 cho các "
            "cơ quan, đơn vị theo Phụ lục kèm theo Quyết định này.",
            "Điều 2. Tổ chức thực hiện",
            "1. Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc, kiểm tra việc thực hiện; tổng hợp, báo "
            "cáo UBND tỉnh kết quả thực hiện định kỳ hằng quý, 6 tháng và năm.",
            "2. Các sở, ban, ngành và UBND các xã, phường báo cáo kết quả thực hiện nhiệm vụ được giao về "
            "Sở Nội vụ trước ngày 15 của tháng cuối quý để tổng hợp.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
            "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành; Chủ tịch UBND "
            "các xã, phường và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Như Điều 3;\n- Bộ Nội vụ (b/c);\n- TT Tỉnh ủy, TT HĐND tỉnh (b/c);\n- CT, các PCT "
        "UBND tỉnh;\n- Lưu: VT, NC.",
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nLê Văn Tường",
    )
    doc.add_page_break()
    _title(
        doc,
        "PHỤ LỤC",
        "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027",
    )
    para(
        doc,
        "(Kèm theo Quyết định số 146/QĐ-UBND ngày 20/01/2027 của UBND tỉnh Khánh Hòa)",
        italic=True,
        center=True,
    )
    header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"]
    rows = [
        ("§", "I", "CẢI CÁCH THỂ CHẾ"),
        [
            "1",
            "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành",
            "Sở Tư pháp",
            "Các sở, ban, ngành",
            "Báo cáo kết quả rà soát",
            "Tháng 11/2027",
        ],
        [
            "2",
            "Kiểm tra công tác ban hành văn bản quy phạm pháp luật tại UBND cấp xã",
            "Sở Tư pháp",
            "UBND các xã, phường",
            "Kết luận kiểm tra",
            "Quý III/2027",
        ],
        ("§", "II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
        [
            "3",
            "Công bố, công khai danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp",
            "Văn phòng UBND tỉnh",
            "Các sở, ban, ngành",
            "Quyết định công bố",
            "Thường xuyên",
        ],
        [
            "4",
            "Rà soát, đơn giản hóa thủ tục hành chính trong lĩnh vực đất đai",
            "Sở Nông nghiệp và Môi trường",
            "Văn phòng UBND tỉnh",
            "Phương án đơn giản hóa",
            "Trước 30/6/2027",
        ],
        [
            "5",
            "Nâng cao chất lượng hoạt động của Trung tâm Phục vụ hành chính công tỉnh",
            "Trung tâm Phục vụ hành chính công tỉnh",
            "Các sở, ban, ngành",
            "Báo cáo đánh giá",
            "Hằng quý",
        ],
        ("§", "III", "CẢI CÁCH TỔ CHỨC BỘ MÁY"),
        [
            "6",
            "Rà soát, kiện toàn chức năng, nhiệm vụ của các cơ quan chuyên môn sau sắp xếp",
            "Sở Nội vụ",
            "Các sở, ban, ngành",
            "Quyết định kiện toàn",
            "Quý II/2027",
        ],
        ("§", "IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"),
        [
            "7",
            "Triển khai đánh giá công chức theo kết quả, sản phẩm cụ thể",
            "Sở Nội vụ",
            "Các cơ quan, đơn vị",
            "Báo cáo kết quả đánh giá",
            "Tháng 12/2027",
        ],
        ("§", "V", "CẢI CÁCH TÀI CHÍNH CÔNG"),
        [
            "8",
            "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn ổn định mới",
            "Sở Tài chính",
            "Các sở, ban, ngành",
            "Quyết định giao tự chủ",
            "Trước 31/3/2027",
        ],
        ("§", "VI", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"),
        [
            "9",
            "Duy trì, nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
            "Sở Khoa học và Công nghệ",
            "Văn phòng UBND tỉnh",
            "Hệ thống vận hành ổn định",
            "Thường xuyên",
        ],
        [
            "10",
            "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
            "UBND các xã, phường",
            "Sở Khoa học và Công nghệ",
            "Dữ liệu số hóa",
            "Trước 30/9/2027",
        ],
    ]
    grid(doc, header, rows, widths=[1.0, 6.0, 3.0, 2.8, 2.6, 2.2])
    doc.save(path)


# ------------------------------------------------------------------------------------------- h458


def h458(path: Path) -> None:
    """Ban QLDA ĐTXD tỉnh Nghệ An: the quarter's programme by project, project names as group rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Quý II-2027"
    ws["A1"] = "UBND TỈNH NGHỆ AN\nBAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG\nCÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP"
    ws.merge_cells("A1:C1")
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    ws.merge_cells("D1:G1")
    ws["A3"] = "CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2027"
    ws.merge_cells("A3:G3")
    ws["A4"] = "(Ban hành kèm theo Quyết định số 58/QĐ-BQLDA ngày 31/3/2027 của Giám đốc Ban)"
    ws.merge_cells("A4:G4")
    ws.row_dimensions[1].height = 48
    for ref in ("A1", "D1", "A3", "A4"):
        ws[ref].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws[ref].font = Font(bold=ref != "A4", italic=ref == "A4")
    ws.append([])
    ws.append(
        [
            "STT",
            "Tên dự án / Nội dung công việc",
            "Phòng chủ trì",
            "Đơn vị phối hợp",
            "Lãnh đạo Ban phụ trách",
            "Thời hạn hoàn thành",
            "Ghi chú",
        ]
    )
    bold_header(ws, 6)
    rows = [
        ("A", "CÁC DỰ ÁN CHUYỂN TIẾP"),
        ("1", "Dự án Đường ven biển đoạn Km12 - Km25"),
        [
            "1.1",
            "Hoàn thành giải phóng mặt bằng phần còn lại (1,2 km)",
            "Phòng Điều hành dự án 1",
            "UBND xã Quỳnh Phú",
            "PGĐ Hồ Sỹ Tâm",
            "30/4/2027",
            "",
        ],
        [
            "1.2",
            "Nghiệm thu, bàn giao đưa vào sử dụng cầu Lạch Vạn",
            "Phòng Điều hành dự án 1",
            "Tư vấn giám sát",
            "PGĐ Hồ Sỹ Tâm",
            "30/6/2027",
            "",
        ],
        ("2", "Bệnh viện Sản - Nhi tỉnh, giai đoạn 2"),
        [
            "2.1",
            "Lắp đặt, chạy thử thiết bị y tế khối kỹ thuật nghiệp vụ",
            "Phòng Điều hành dự án 2",
            "Sở Y tế",
            "PGĐ Nguyễn Thị Lam",
            "Tháng 5/2027",
            "",
        ],
        [
            "2.2",
            "Quyết toán hợp đồng gói thầu số 07 (xây lắp)",
            "Phòng Tài chính - Kế toán",
            "Phòng Điều hành dự án 2",
            "PGĐ Nguyễn Thị Lam",
            "Tháng 6/2027",
            "",
        ],
        ("B", "CÁC DỰ ÁN KHỞI CÔNG MỚI"),
        ("3", "Nhà thi đấu đa năng Trường THPT chuyên tỉnh"),
        [
            "3.1",
            "Trình thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng",
            "Phòng Kỹ thuật - Thẩm định",
            "Sở Xây dựng",
            "Giám đốc Ban",
            "15/4/2027",
            "",
        ],
        [
            "3.2",
            "Tổ chức lựa chọn nhà thầu thi công xây dựng",
            "Phòng Kế hoạch - Tổng hợp",
            "Phòng Kỹ thuật - Thẩm định",
            "Giám đốc Ban",
            "Quý II/2027",
            "",
        ],
        ("4", "Kè chống sạt lở bờ sông Lam đoạn qua xã Thanh Nho"),
        [
            "4.1",
            "Khởi công xây dựng công trình",
            "Phòng Điều hành dự án 2",
            "UBND xã Thanh Nho",
            "PGĐ Nguyễn Thị Lam",
            "Tháng 6/2027",
            "Trước mùa mưa lũ",
        ],
        ("C", "CÔNG TÁC CHUNG"),
        [
            "5",
            "Báo cáo tình hình giải ngân vốn đầu tư công gửi Sở Tài chính",
            "Phòng Kế hoạch - Tổng hợp",
            "Phòng Tài chính - Kế toán",
            "Giám đốc Ban",
            "Hằng tháng",
            "Trước ngày 25",
        ],
        [
            "6",
            "Cập nhật thông tin dự án, gói thầu trên Hệ thống mạng đấu thầu quốc gia",
            "Phòng Kế hoạch - Tổng hợp",
            "",
            "Giám đốc Ban",
            "Thường xuyên",
            "",
        ],
        [
            "7",
            "Kiểm tra chất lượng, an toàn các công trình đang thi công trước mùa mưa bão",
            "Phòng Kỹ thuật - Thẩm định",
            "Các phòng điều hành dự án",
            "PGĐ Hồ Sỹ Tâm",
            "31/5/2027",
            "",
        ],
    ]
    for row in rows:
        if isinstance(row, tuple):
            ws.append([row[0], row[1]])
            r = ws.max_row
            if row[0] in "ABC":
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(r, 1).font = ws.cell(r, 2).font = Font(bold=True, italic=row[0] not in "ABC")
        else:
            ws.append(row)
    ws.append([])
    ws.append(
        [
            "Các phòng báo cáo tiến độ thực hiện về Phòng Kế hoạch - Tổng hợp vào thứ Sáu hằng tuần để tổng "
            "hợp, báo cáo Giám đốc Ban."
        ]
    )
    last = ws.max_row
    ws.merge_cells(start_row=last, start_column=1, end_row=last, end_column=7)
    wrap(ws, 7)
    ws.row_dimensions[last].height = 30
    for col, width in zip("ABCDEFG", [6, 50, 26, 24, 20, 14, 16], strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)


# ------------------------------------------------------------------------------------------- h459


def h459_docx(h, path: Path) -> None:
    """Sở NN&MT tỉnh An Giang: a dispatch assigning drought and salinity tasks to its units."""
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "UBND TỈNH AN GIANG\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        left2="Số: 164/SNNMT-TL\nV/v triển khai các biện pháp phòng, chống hạn hán, xâm nhập mặn mùa khô "
        "2026-2027",
        right2="An Giang, ngày 12 tháng 01 năm 2027",
    )
    _lines(
        doc,
        [
            "Kính gửi: Các phòng, đơn vị thuộc Sở.",
            "Thực hiện Công văn số 215/UBND-KT ngày 08/01/2027 của Ủy ban nhân dân tỉnh về chủ động ứng phó "
            "với hạn hán, thiếu nước, xâm nhập mặn mùa khô năm 2026-2027; theo dự báo của Đài Khí tượng "
            "Thủy văn tỉnh, xâm nhập mặn năm nay đến sớm và sâu hơn trung bình nhiều năm. Để chủ động bảo "
            "vệ sản xuất và bảo đảm nước sinh hoạt cho Nhân dân, Giám đốc Sở yêu cầu các phòng, đơn vị thực "
            "hiện các nội dung sau:",
            "1. Chi cục Thủy lợi",
            "a) Theo dõi chặt chẽ diễn biến xâm nhập mặn, cập nhật số liệu độ mặn tại các trạm quan trắc, "
            "thông tin kịp thời cho các xã, phường vùng ven biển hằng ngày.",
            "b) Kiểm tra, sửa chữa các cống ngăn mặn, trữ ngọt vùng ven biển Kiên Lương, An Biên, hoàn "
            "thành trước ngày 31/01/2027.",
            "2. Chi cục Trồng trọt và Bảo vệ thực vật: Hướng dẫn nông dân xuống giống vụ Đông Xuân theo "
            "lịch thời vụ né mặn; theo dõi, dự báo sinh vật gây hại trên lúa và cây ăn trái. Thời gian: "
            "thường xuyên.",
            "3. Trung tâm Khuyến nông: Tổ chức 10 lớp tập huấn chuyển đổi cơ cấu cây trồng thích ứng hạn, "
            "mặn cho nông dân vùng ven biển; hoàn thành trong tháng 3/2027.",
            "4. Trung tâm Nước sạch và Vệ sinh môi trường nông thôn: Xây dựng phương án cấp nước sinh hoạt "
            "khẩn cấp cho các khu dân cư vùng thiếu nước, trình Giám đốc Sở trước ngày 20/01/2027.",
            "5. Chi cục Chăn nuôi, Thú y và Thủy sản: Hướng dẫn người nuôi tôm điều chỉnh lịch thả giống "
            "phù hợp với độ mặn; giám sát dịch bệnh trên thủy sản nuôi, thực hiện thường xuyên trong mùa "
            "khô.",
            "6. Phòng Tài nguyên nước: Kiểm tra việc khai thác, sử dụng nước dưới đất của các tổ chức, cá "
            "nhân trong mùa khô; kiến nghị xử lý vi phạm theo quy định. Thời gian thực hiện: quý I/2027.",
            "7. Văn phòng Sở",
            "a) Đăng tải thông tin cảnh báo hạn hán, xâm nhập mặn trên Trang thông tin điện tử của Sở, thực "
            "hiện thường xuyên.",
            "b) Tổng hợp tình hình, tham mưu Giám đốc Sở báo cáo UBND tỉnh và Bộ Nông nghiệp và Môi trường "
            "định kỳ hằng tháng.",
            "8. Đề nghị Ủy ban nhân dân các xã, phường vùng ven biển chủ động rà soát diện tích sản xuất có "
            "nguy cơ thiếu nước, báo cáo về Sở (qua Chi cục Thủy lợi) trước ngày 25/01/2027.",
            "Các phòng, đơn vị báo cáo kết quả thực hiện về Sở (qua Văn phòng Sở) trước ngày 20 hằng tháng "
            "trong suốt mùa khô để tổng hợp.",
            "Giám đốc Sở yêu cầu Thủ trưởng các phòng, đơn vị nghiêm túc triển khai thực hiện./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- UBND các xã, phường ven "
        "biển;\n- Lưu: VT, TL.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nDanh Út",
    )
    doc.save(path)


# ------------------------------------------------------------------------------------------- h460


def h460(path: Path) -> None:
    """UBND phường Tân Bình Đông, TP Hồ Chí Minh: conclusions of the October briefing, tasks under unit
    labels (some lines of a label, some a whole sentence)."""
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN BÌNH ĐÔNG",
        left2="Số: 312/TB-UBND",
        right2="Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
    )
    _title(
        doc,
        "THÔNG BÁO",
        "Kết luận của Chủ tịch Ủy ban nhân dân phường tại cuộc họp giao ban",
        "công tác tháng 10 năm 2026",
    )
    _lines(
        doc,
        [
            "Ngày 26/10/2026, Ủy ban nhân dân phường tổ chức họp giao ban đánh giá kết quả thực hiện nhiệm "
            "vụ tháng 10, triển khai nhiệm vụ trọng tâm những tháng cuối năm 2026. Chủ trì cuộc họp: ông Võ "
            "Thành Nhân, Chủ tịch UBND phường; tham dự có các Phó Chủ tịch UBND phường, Trưởng các phòng, "
            "đơn vị và Trưởng các khu phố.",
            "Sau khi nghe báo cáo và ý kiến tham gia, Chủ tịch UBND phường kết luận như sau:",
            "**I. ĐÁNH GIÁ CHUNG",
            "Trong tháng, tình hình kinh tế - xã hội trên địa bàn phường ổn định; thu ngân sách đạt 78% dự "
            "toán; an ninh chính trị, trật tự an toàn xã hội được giữ vững. Tuy nhiên, tình trạng lấn chiếm "
            "lòng đường, vỉa hè còn diễn ra trên một số tuyến đường; một số công trình xây dựng sai phép "
            "chưa được xử lý dứt điểm.",
            "**II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
            "1. Phòng Kinh tế, Hạ tầng và Đô thị:",
            "- Chủ trì, phối hợp Công an phường ra quân lập lại trật tự lòng đường, vỉa hè trên các tuyến "
            "đường Tân Kỳ Tân Quý, Lê Trọng Tấn; hoàn thành đợt cao điểm trước ngày 30/11/2026.",
            "- Rà soát, xử lý dứt điểm 07 công trình xây dựng sai phép, không phép trên địa bàn; báo cáo "
            "kết quả trước ngày 15/12/2026.",
            "2. Công an phường tăng cường tuần tra, kiểm soát, bảo đảm an ninh trật tự dịp cuối năm và Tết "
            "Dương lịch 2027; thực hiện từ nay đến hết ngày 03/01/2027.",
            "3. Phòng Văn hóa - Xã hội:",
            "- Tổng hợp danh sách hộ nghèo, hộ cận nghèo, gia đình chính sách để thăm hỏi, tặng quà Tết "
            "Nguyên đán Đinh Mùi năm 2027; hoàn thành trước ngày 20/12/2026.",
            "- Kiểm tra các cơ sở kinh doanh dịch vụ karaoke, trò chơi điện tử trên địa bàn trong tháng "
            "12/2026.",
            "4. Ban Chỉ huy Quân sự phường hoàn thành sơ tuyển, khám sức khỏe nghĩa vụ quân sự năm 2027 "
            "trước ngày 31/12/2026.",
            "5. Trung tâm Phục vụ hành chính công phường giải quyết hồ sơ thủ tục hành chính đúng hạn, "
            "không để tồn đọng hồ sơ đất đai quá hạn; thực hiện thường xuyên.",
            "6. Trưởng các khu phố tuyên truyền, vận động người dân không lấn chiếm vỉa hè, không để vật "
            "liệu xây dựng dưới lòng đường; thực hiện thường xuyên.",
            '7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường vận động các tổ chức, cá nhân ủng hộ Quỹ "Vì '
            'người nghèo" phường để chăm lo Tết cho hộ khó khăn.',
            "8. Văn phòng HĐND và UBND phường theo dõi, đôn đốc việc thực hiện các nội dung kết luận; tổng "
            "hợp báo cáo Chủ tịch UBND phường tại cuộc họp giao ban tháng 11/2026.",
            "Trên đây là kết luận của Chủ tịch UBND phường, Văn phòng HĐND và UBND phường thông báo để các "
            "cơ quan, đơn vị biết, thực hiện./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TT Đảng ủy phường (b/c);\n- CT, các PCT UBND phường;\n- UBMTTQVN phường;\n- Các "
        "phòng, đơn vị;\n- Trưởng các khu phố;\n- Lưu: VT.",
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\n\nPhan Thị Kim Yến",
    )
    doc.save(path)


# ------------------------------------------------------------------------------------------- h461


def h461_docx(h, path: Path) -> None:
    """UBND xã Phìn Hồ, tỉnh Lào Cai: a yearly plan, each numbered task followed by its lead, partner and
    time on labelled lines."""
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN\nXÃ PHÌN HỒ",
        left2="Số: 27/KH-UBND",
        right2="Phìn Hồ, ngày 22 tháng 01 năm 2027",
    )
    _title(
        doc,
        "KẾ HOẠCH",
        "Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội",
        "vùng đồng bào dân tộc thiểu số và miền núi trên địa bàn xã năm 2027",
    )
    tasks = [
        (
            "Hỗ trợ xây mới, sửa chữa nhà ở cho 35 hộ nghèo, hộ cận nghèo đồng bào dân tộc thiểu số.",
            "Phòng Văn hóa - Xã hội",
            "Ban quản lý các thôn",
            "Hoàn thành trước ngày 30/9/2027.",
        ),
        (
            "Hỗ trợ nước sinh hoạt phân tán (bồn, téc chứa nước) cho 60 hộ tại các thôn Sín Chải, Lao Chải, "
            "Nậm Pung.",
            "Phòng Kinh tế",
            "Trưởng các thôn",
            "Quý II/2027.",
        ),
        (
            "Đầu tư xây dựng đường bê tông liên thôn Sín Chải - Lao Chải, chiều dài 1,8 km.",
            "Phòng Kinh tế",
            "Ban giám sát đầu tư cộng đồng xã",
            "Khởi công tháng 4/2027, hoàn thành tháng 11/2027.",
        ),
        (
            "Hỗ trợ giống lợn đen bản địa, cây quế, chè Shan tuyết cho các hộ tham gia dự án phát triển sản "
            "xuất theo chuỗi giá trị.",
            "Phòng Kinh tế",
            "Hợp tác xã Chè Phìn Hồ",
            "Tháng 3 - tháng 5/2027.",
        ),
        (
            "Tổ chức Ngày hội văn hóa các dân tộc xã Phìn Hồ lần thứ III.",
            "Phòng Văn hóa - Xã hội",
            "Đoàn Thanh niên xã",
            "Tháng 9/2027.",
        ),
        (
            "Mở 02 lớp dạy nghề trồng, chế biến chè và nuôi ong cho lao động nông thôn.",
            "Phòng Văn hóa - Xã hội",
            "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên khu vực",
            "Quý III/2027.",
        ),
        (
            "Tuyên truyền, vận động phụ nữ sinh con tại cơ sở y tế; giảm thiểu tình trạng tảo hôn, hôn nhân "
            "cận huyết thống.",
            "Trạm Y tế xã",
            "Hội Liên hiệp Phụ nữ xã",
            "Thường xuyên.",
        ),
        (
            "Tuyên truyền chính sách dân tộc trên hệ thống loa truyền thanh các thôn bằng tiếng Mông, tiếng "
            "Dao.",
            "Phòng Văn hóa - Xã hội",
            "Trưởng các thôn",
            "Hằng tháng.",
        ),
    ]
    lines = [
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/01/2027 của UBND tỉnh Lào Cai về thực hiện Chương trình "
        "mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2027; "
        "căn cứ nguồn vốn được giao, UBND xã Phìn Hồ xây dựng Kế hoạch thực hiện năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Triển khai kịp thời, hiệu quả các dự án thành phần của Chương trình; giải ngân vốn được giao "
        "đúng tiến độ.",
        "2. Phân công rõ trách nhiệm của từng phòng, đơn vị; huy động sự tham gia của Nhân dân các thôn.",
        "**II. NHIỆM VỤ, GIẢI PHÁP",
    ]
    for number, (content, lead, partner, time) in enumerate(tasks, 1):
        lines += [
            f"{number}. {content}",
            f"- Đơn vị chủ trì: {lead}.",
            f"- Đơn vị phối hợp: {partner}.",
            f"- Thời gian: {time}",
        ]
    lines += [
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Kinh tế là cơ quan thường trực, tham mưu UBND xã theo dõi, đôn đốc việc thực hiện Kế "
        "hoạch; tổng hợp, báo cáo UBND xã định kỳ 6 tháng, năm.",
        "2. Các phòng, đơn vị, Trưởng các thôn căn cứ nhiệm vụ được giao chủ động triển khai thực hiện; báo "
        "cáo kết quả về UBND xã (qua Phòng Kinh tế) định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày "
        "15/12).",
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể tuyên truyền, vận động Nhân dân "
        "tham gia, giám sát việc thực hiện Chương trình.",
        "Trên đây là Kế hoạch thực hiện Chương trình năm 2027 của UBND xã Phìn Hồ./.",
    ]
    _lines(doc, lines)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Sở Dân tộc và Tôn giáo;\n- TT Đảng ủy, HĐND xã;\n- CT, PCT UBND "
        "xã;\n- Các phòng, đơn vị;\n- Trưởng các thôn;\n- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nGiàng A Sử",
    )
    doc.save(path)


# ------------------------------------------------------------------------------------------- h462


def h462(path: Path) -> None:
    """Ban Thi đua - Khen thưởng, Sở Nội vụ thành phố Cần Thơ: a weekly calendar typed as prose under
    day headings, the preparing unit in brackets at the end of each line."""
    doc = document(13)
    a4(doc)
    head_block(
        doc,
        "SỞ NỘI VỤ THÀNH PHỐ CẦN THƠ\nBAN THI ĐUA - KHEN THƯỞNG",
        left2="Số: 49/LCT-BTĐKT",
        right2="Cần Thơ, ngày 04 tháng 12 năm 2026",
    )
    _title(
        doc,
        "LỊCH CÔNG TÁC TUẦN",
        "của Lãnh đạo Ban Thi đua - Khen thưởng",
        "(Từ ngày 07/12/2026 đến ngày 13/12/2026)",
    )
    _lines(
        doc,
        [
            "**THỨ HAI, ngày 07/12/2026",
            "- 08 giờ 00: Trưởng Ban chủ trì giao ban Lãnh đạo Ban và Trưởng các phòng tuần 50. Địa điểm: "
            "Phòng họp Ban. (Văn phòng Ban chuẩn bị)",
            "- 14 giờ 00: Phó Trưởng Ban Hồ Văn Nghĩa làm việc tại cơ quan.",
            "**THỨ BA, ngày 08/12/2026",
            "- 08 giờ 00: Trưởng Ban dự Hội nghị tổng kết công tác thi đua, khen thưởng Khối thi đua các "
            "sở, ngành Văn hóa - Xã hội năm 2026. Địa điểm: Sở Y tế. (Phòng Nghiệp vụ Thi đua chuẩn bị nội "
            "dung)",
            "- 14 giờ 00: Phó Trưởng Ban Hồ Văn Nghĩa thẩm định hồ sơ đề nghị tặng Huân chương Lao động cho "
            "tập thể, cá nhân năm 2026. (Phòng Nghiệp vụ Khen thưởng chuẩn bị)",
            "**THỨ TƯ, ngày 09/12/2026",
            "- 07 giờ 30: Trưởng Ban tiếp công dân định kỳ tại Trụ sở Tiếp công dân thành phố. (Văn phòng "
            "Ban chuẩn bị)",
            '- 14 giờ 00: Họp Tổ Thư ký Hội đồng Thi đua - Khen thưởng thành phố xét danh hiệu "Chiến sĩ thi '
            'đua thành phố" năm 2026. Thành phần: Lãnh đạo Ban, Tổ Thư ký. (Phòng Nghiệp vụ Thi đua chuẩn '
            "bị)",
            "**THỨ NĂM, ngày 10/12/2026",
            "- 08 giờ 00: Trưởng Ban kiểm tra công tác thi đua, khen thưởng tại UBND phường Ninh Kiều (dự "
            "kiến). (Phòng Nghiệp vụ Thi đua chuẩn bị)",
            "- 14 giờ 00: Phó Trưởng Ban Hồ Văn Nghĩa dự Lễ trao Bằng khen của Thủ tướng Chính phủ tại "
            "Trường Đại học Y Dược Cần Thơ. (Phòng Nghiệp vụ Khen thưởng chuẩn bị)",
            "**THỨ SÁU, ngày 11/12/2026",
            "- 08 giờ 00: Trưởng Ban dự họp Hội đồng Thi đua - Khen thưởng thành phố phiên cuối năm 2026 do "
            "Chủ tịch UBND thành phố chủ trì. Địa điểm: Phòng họp số 1, UBND thành phố. (Phòng Nghiệp vụ "
            "Thi đua chuẩn bị báo cáo; Văn phòng Ban phối hợp)",
            "- 14 giờ 00: Lãnh đạo Ban duyệt dự thảo Báo cáo tổng kết công tác năm 2026 của Ban. (Văn phòng "
            "Ban chuẩn bị)",
            "**THỨ BẢY, CHỦ NHẬT (12 - 13/12/2026)",
            "- Trực lãnh đạo: Phó Trưởng Ban Hồ Văn Nghĩa.",
            "__Lịch công tác có thể thay đổi; trường hợp thay đổi, Văn phòng Ban sẽ thông báo sau.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Lãnh đạo Sở Nội vụ (b/c);\n- Lãnh đạo Ban;\n- Các phòng thuộc Ban;\n- Lưu: VT, VP.",
        "TL. TRƯỞNG BAN\nCHÁNH VĂN PHÒNG\n\n\n\nTrương Ngọc Hân",
    )
    doc.save(path)


# -------------------------------------------------------------------------------------------- all


def batch_h453() -> None:
    """The ten documents h453–h462 into docs/ (the .doc, the .pdf and the .odt through LibreOffice)."""
    h453(_out("h453_ct_so_gddt_nam_phong_bang_muc.docx"))
    h454(_out("h454_chi_tieu_so_cong_thuong_2027.xlsx"))
    h455(_out("h455_lich_tuan_so_vhttdl_buoi_gop.docx"))
    h457(_out("h457_qd_ubnd_tinh_phu_luc_cchc.docx"))
    h458(_out("h458_ct_quy_ban_qlda_theo_du_an.xlsx"))
    h460(_out("h460_tb_ket_luan_ubnd_phuong.docx"))
    h462(_out("h462_lich_tuan_ban_tdkt_van_xuoi.docx"))
    with tempfile.TemporaryDirectory() as tmp:
        convert_each(
            writers(),
            Path(tmp),
            [
                (h456_docx, "h456_tb_ket_luan_so_khcn_giao_ban.docx", "pdf"),
                (h459_docx, "h459_cv_so_nnmt_han_man.docx", "doc"),
                (h461_docx, "h461_kh_xa_mien_nui_muc_nhan.docx", "odt"),
            ],
            _out,
        )
