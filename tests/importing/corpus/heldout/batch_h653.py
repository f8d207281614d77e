"""Held-out batch h653–h662, written by h13author62 blind to the importer: ten documents of a
provincial traffic police division (Phòng Cảnh sát giao thông), a water resources sub-department
(Chi cục Thủy lợi), a provincial Children's Palace (Cung Thiếu nhi), a district Education and Training
Office (Phòng GD&ĐT), a provincial People's Procuracy, a lottery company, a national park management
board, a provincial Literature and Arts Association, a provincial Department of Planning and
Investment's business registration office (its plan is hand-written HTML in docs/) and a ward Police
(Công an phường). Every name, person, place, number and date in them is invented."""

from pathlib import Path

from batch_common import (
    MARKS,
    bold_header,
    column_widths,
    document,
    grid,
    head_block,
    landscape,
    marked_paragraphs,
    out_path,
    para,
    sign_table,
    title_rows,
    wrap,
    write_batch,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h662_kh_cong_an_phuong_to_gach_dau",  # h13fixVD
    "h657_tbkl_vks_tinh_giao_ban",  # h13fixVB
    "h656_cv_phong_gddt_nhiem_vu_hk2",  # h13fixVA
    "h660_ctr_hoi_vhnt_cot_quy_gop",  # h13fixVC
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def _merge_down(table, column: int, first: int, last: int, text: str, bold: bool = False) -> None:
    """Cells `first`–`last` (row indices) of `column` merged into one holding `text`."""
    from batch_common import cell_text

    merged = table.cell(first, column).merge(table.cell(last, column))
    cell_text(merged, text, bold=bold, center=True)


def _landscape_section(doc) -> None:
    """A new section on a new page in landscape A4 (an appendix after a portrait plan)."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm

    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.left_margin = s.right_margin = Mm(15)


def h653_docx(h, path: Path) -> None:
    """Traffic police division: a Tết peak plan, its tasks in an appendix table after the signature."""
    doc = document()
    head_block(
        doc,
        "CÔNG AN TỈNH LÂM GIANG\nPHÒNG CẢNH SÁT GIAO THÔNG\n───────\nSố: 318/KH-PC08",
        right2="Lâm Giang, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Cao điểm bảo đảm trật tự, an toàn giao thông dịp Tết Dương lịch, Tết Nguyên đán Đinh Mùi "
        "và Lễ hội Xuân năm 2027",
        "Thực hiện Kế hoạch số 1742/KH-CAT-PV01 ngày 28/11/2026 của Công an tỉnh về bảo đảm an ninh, "
        "trật tự dịp Tết Dương lịch, Tết Nguyên đán Đinh Mùi năm 2027, Phòng Cảnh sát giao thông "
        "(PC08) xây dựng Kế hoạch cao điểm bảo đảm trật tự, an toàn giao thông (TTATGT) như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Huy động tối đa lực lượng, phương tiện tuần tra, kiểm soát, xử lý vi phạm, bảo đảm TTATGT "
        "thông suốt, an toàn, phục vụ nhu cầu đi lại của Nhân dân dịp Tết; kiềm chế tai nạn giao "
        "thông trên cả 3 tiêu chí so với cùng kỳ Tết Bính Ngọ 2026.",
        "2. Cán bộ, chiến sĩ thực hiện nghiêm quy trình tuần tra, kiểm soát; văn minh, lịch sự; "
        "tuyệt đối không để xảy ra sai phạm, tiêu cực.",
        "**II. THỜI GIAN, PHẠM VI",
        "Từ ngày 15/12/2026 đến hết ngày 28/02/2027 (tức từ ngày 07 tháng 11 năm Bính Ngọ đến ngày "
        "12 tháng Giêng năm Đinh Mùi), trên toàn bộ mạng lưới giao thông đường bộ, đường thủy nội địa "
        "do Phòng quản lý.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Các Đội, Trạm trực thuộc Phòng căn cứ nhiệm vụ được phân công tại Phụ lục kèm theo xây "
        "dựng kế hoạch chi tiết, bố trí lực lượng 24/24 giờ trong các ngày cao điểm.",
        "2. Đội Tham mưu - Tổng hợp là bộ phận thường trực, giúp Trưởng phòng theo dõi, đôn đốc việc "
        "thực hiện Kế hoạch; tổng hợp kết quả báo cáo Ban Giám đốc Công an tỉnh.",
        "3. Các Đội, Trạm báo cáo nhanh kết quả thực hiện hằng tuần (trước 15 giờ 00 thứ Năm) về Phòng "
        "qua Đội Tham mưu - Tổng hợp.",
        "4. Kết thúc đợt cao điểm, các Đội, Trạm báo cáo tổng kết bằng văn bản trước ngày 03/3/2027.",
        "Yêu cầu Thủ trưởng các Đội, Trạm nghiêm túc triển khai thực hiện; quá trình thực hiện có khó "
        "khăn, vướng mắc báo cáo Trưởng phòng (qua Đội Tham mưu - Tổng hợp) để chỉ đạo./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Đ/c Giám đốc CAT (để b/c);\n- Đ/c Phó Giám đốc phụ trách (để b/c);\n"
        "- Các Đội, Trạm thuộc Phòng (để t/h);\n- Lưu: PC08(TM-TH).",
        "TRƯỞNG PHÒNG\n\n\n\nThượng tá Đinh Công Khoa",
    )
    _landscape_section(doc)
    para(doc, "Phụ lục", bold=True, center=True)
    para(doc, "PHÂN CÔNG NHIỆM VỤ CAO ĐIỂM TẾT NĂM 2027", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 318/KH-PC08 ngày 04/12/2026 của Phòng CSGT)", italic=True, center=True)
    grid(
        doc,
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
        [
            ("§", "I", "TUYÊN TRUYỀN, PHỔ BIẾN"),
            [
                "1",
                "Phối hợp Báo Lâm Giang, Đài PT-TH tỉnh mở chuyên mục “Vui Xuân an toàn”, đưa tin về "
                "tình hình TTATGT và các tuyến đường thường xảy ra ùn tắc",
                "Đội Tham mưu - Tổng hợp (Đội TM-TH)",
                "Phòng Tham mưu CAT",
                "Từ 15/12/2026 đến 28/02/2027",
            ],
            [
                "2",
                "Tuyên truyền trực tiếp tại các bến xe khách, bến đò ngang, doanh nghiệp vận tải về "
                "quy định nồng độ cồn, tốc độ, chở đúng số người quy định",
                "Đội Hướng dẫn, tuyên truyền, xử lý vi phạm (Đội HDTT-XLVP)",
                "Sở Xây dựng; Thanh tra Sở Xây dựng",
                "Trước 25/01/2027",
            ],
            ("§", "II", "TUẦN TRA, KIỂM SOÁT, XỬ LÝ VI PHẠM"),
            [
                "3",
                "Tuần tra, kiểm soát xử lý vi phạm về nồng độ cồn, ma túy trên Quốc lộ 12B, Quốc lộ 37 "
                "và đường tỉnh 651, 652 (tập trung khung giờ 18h00 - 24h00)",
                "Đội Tuần tra, kiểm soát giao thông đường bộ số 1 (Đội TTKS số 1)",
                "Công an các xã, phường trên tuyến",
                "Hằng ngày",
            ],
            [
                "4",
                "Kiểm soát xe khách tăng chuyến, xe hợp đồng, xe du lịch tại nút giao Km 42 và trạm "
                "dừng nghỉ Đèo Mây",
                "Đội TTKS số 2",
                "Đội TTKS số 1",
                "Cao điểm 01/02 - 14/02/2027",
            ],
            [
                "5",
                "Tuần tra trên sông Lâm, hồ Thác Vàng; kiểm tra phương tiện thủy chở khách đi lễ hội, "
                "áo phao, đăng kiểm, bằng thuyền trưởng",
                "Đội Cảnh sát giao thông đường thủy (Đội CSGT ĐT)",
                "Đồn Biên phòng Bến Nghè",
                "Từ 27/01/2027 đến 28/02/2027",
            ],
            [
                "6",
                "Lập chốt kiểm soát liên ngành phòng, chống đua xe trái phép đêm Giao thừa",
                "Đội TTKS số 1",
                "Cảnh sát cơ động; Công an phường Lâm Sơn",
                "Đêm 05/02/2027",
            ],
            ("§", "III", "CÔNG TÁC KHÁC"),
            [
                "7",
                "Rà soát, đề xuất xử lý các “điểm đen”, điểm tiềm ẩn tai nạn giao thông trên các tuyến "
                "quốc lộ, đường tỉnh",
                "Đội TM-TH",
                "Khu Quản lý đường bộ II; Sở Xây dựng",
                "Trước 20/12/2026",
            ],
            [
                "8",
                "Bảo đảm trật tự bãi đỗ xe, phân luồng giao thông phục vụ Lễ hội Đền Vạn Xuân",
                "Đội HDTT-XLVP",
                "UBND xã Vạn Xuân",
                "Theo kế hoạch của Ban Tổ chức lễ hội",
            ],
            [
                "9",
                "Cấp, đổi biển số xe đăng ký mới phục vụ Nhân dân cả ngày thứ Bảy",
                "Đội Đăng ký, quản lý phương tiện giao thông (Đội ĐK-QLPT)",
                "",
                "Hằng tuần đến 31/01/2027",
            ],
        ],
        widths=[1.0, 10.0, 5.0, 4.5, 4.0],
    )
    doc.save(path)


def h654_xlsx(h, path: Path) -> None:
    """Water resources sub-department: a yearly programme sheet, a task split into lettered rows."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "CTCT 2027"
    title_rows(
        ws,
        [
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÂM GIANG",
            "CHI CỤC THỦY LỢI",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027",
            "(Ban hành kèm theo Quyết định số 96/QĐ-CCTL ngày 05/12/2026 của Chi cục trưởng "
            "Chi cục Thủy lợi)",
        ],
        6,
        (1, 2, 3),
    )
    ws.append([])
    ws.append(
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
    )
    bold_header(ws, 6)
    rows = [
        ["A", "CÔNG TÁC THAM MƯU, XÂY DỰNG VĂN BẢN"],
        [
            1,
            "Tham mưu Sở trình UBND tỉnh Quy định phân cấp quản lý công trình thủy lợi nhỏ, thủy lợi nội "
            "đồng trên địa bàn tỉnh",
            "Phòng Quản lý công trình thủy lợi (Phòng QLCT)",
            "Phòng Hành chính - Tổng hợp",
            "Quý I",
            "Tờ trình, dự thảo Quyết định",
        ],
        [
            2,
            "Xây dựng Kế hoạch phòng, chống hạn hán, thiếu nước, xâm nhập mặn vụ Đông Xuân 2026-2027",
            "Phòng Quản lý đê điều và phòng, chống thiên tai (Phòng ĐĐ&PCTT)",
            "Phòng QLCT",
            "15/01/2027",
            "Kế hoạch",
        ],
        [
            3,
            "Rà soát, điều chỉnh định mức kinh tế - kỹ thuật trong quản lý, khai thác công trình thủy lợi",
            "Phòng QLCT",
            "Công ty TNHH MTV Khai thác thủy lợi Lâm Giang",
            "Tháng 10 - 11",
            "Dự thảo Quyết định",
        ],
        ["B", "CÔNG TÁC QUẢN LÝ CÔNG TRÌNH, ĐÊ ĐIỀU"],
        [4, "Kiểm tra an toàn hồ chứa nước trước mùa mưa lũ năm 2027:", "", "", "", ""],
        [
            "a",
            "Các hồ chứa lớn và vừa (hồ Thác Vàng, hồ Khe Sâu, hồ Đồng Mít)",
            "Phòng QLCT",
            "Công ty TNHH MTV Khai thác thủy lợi Lâm Giang",
            "Tháng 5",
            "Báo cáo kiểm tra",
        ],
        [
            "b",
            "Các hồ chứa nhỏ do UBND cấp xã quản lý",
            "Hạt Quản lý đê điều khu vực Bắc Lâm",
            "UBND các xã",
            "Trước 30/6",
            "Báo cáo kiểm tra",
        ],
        [
            5,
            "Kiểm tra hiện trạng đê điều, đánh giá chất lượng đê, kè, cống trước lũ",
            "Phòng ĐĐ&PCTT",
            "Các Hạt Quản lý đê điều",
            "Tháng 4",
            "Báo cáo hiện trạng",
        ],
        [
            6,
            "Tuần tra, kiểm tra, phát hiện và xử lý vi phạm pháp luật về đê điều, thủy lợi",
            "Các Hạt Quản lý đê điều",
            "UBND cấp xã",
            "Thường xuyên",
            "Biên bản, báo cáo",
        ],
        ["C", "CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI"],
        [
            7,
            "Tham mưu tổ chức Hội nghị tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm "
            "2026, triển khai nhiệm vụ năm 2027",
            "Văn phòng thường trực Ban Chỉ huy PCTT và TKCN tỉnh",
            "Phòng ĐĐ&PCTT",
            "Quý I",
            "Hội nghị",
        ],
        [
            8,
            "Diễn tập phòng, chống thiên tai cấp tỉnh tại xã Hòa Phong",
            "Phòng ĐĐ&PCTT",
            "Bộ Chỉ huy Quân sự tỉnh; UBND xã Hòa Phong",
            "Theo kế hoạch của Ban Chỉ huy tỉnh",
            "Cuộc diễn tập",
        ],
        [
            9,
            "Trực ban phòng, chống thiên tai trong mùa mưa bão",
            "Phòng ĐĐ&PCTT",
            "Các Hạt Quản lý đê điều",
            "Từ 01/6 đến 30/11",
            "Sổ trực ban",
        ],
        ["D", "CÔNG TÁC KHÁC"],
        [
            10,
            "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng, năm gửi Sở Nông nghiệp và Môi trường",
            "Phòng Hành chính - Tổng hợp (Phòng HC-TH)",
            "Các phòng, Hạt",
            "Định kỳ 6 tháng, năm",
            "Báo cáo",
        ],
        [
            11,
            "Tổ chức thi nâng ngạch, xét thăng hạng công chức, viên chức của Chi cục",
            "Phòng HC-TH",
            "",
            "Tháng 8",
            "Quyết định công nhận",
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)
    wrap(ws, 7)
    last = ws.max_row
    ws.cell(last + 2, 1).value = (
        "Ghi chú: Các phòng, Hạt Quản lý đê điều báo cáo kết quả thực hiện Chương trình trước ngày 20 "
        "hằng tháng về Phòng HC-TH để tổng hợp, báo cáo Chi cục trưởng."
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=6)
    ws.cell(last + 4, 5).value = "CHI CỤC TRƯỞNG"
    ws.cell(last + 7, 5).value = "Vương Đình Thạc"
    column_widths(ws, [6, 48, 24, 22, 16, 18])
    wb.save(path)


def h655_docx(h, path: Path) -> None:
    """Children's Palace: a weekly calendar, the day merged down, office-only and duty lines between."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nCUNG THIẾU NHI TỈNH LÂM GIANG\n───────",
        right2="Lâm Giang, ngày 11 tháng 12 năm 2026",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN 51", bold=True, center=True)
    para(doc, "(Từ ngày 14/12/2026 đến ngày 20/12/2026)", italic=True, center=True)
    header = ["Thứ, ngày", "Thời gian", "Nội dung", "Chủ trì", "Địa điểm", "Bộ phận chuẩn bị"]
    days = [
        (
            "Thứ Hai\n14/12",
            [
                [
                    "07h30",
                    "Chào cờ, giao ban đầu tuần",
                    "Giám đốc Trịnh Minh Hằng",
                    "Hội trường tầng 2",
                    "Phòng Hành chính - Tổng hợp",
                ],
                [
                    "14h00",
                    "Duyệt chương trình nghệ thuật “Chào năm mới 2027 - Tuổi thơ rạng ngời”",
                    "PGĐ Lò Văn Tiến",
                    "Nhà hát Cung",
                    "Phòng Nghệ thuật",
                ],
            ],
        ),
        (
            "Thứ Ba\n15/12",
            [
                ["Cả ngày", "Giám đốc làm việc tại cơ quan", "", "", ""],
                [
                    "08h00",
                    "Kiểm tra công tác phòng cháy, chữa cháy các phòng học năng khiếu, kho đạo cụ",
                    "PGĐ Phùng Thị Ngát",
                    "Các khu nhà A, B, C",
                    "Tổ Bảo vệ; Phòng Hành chính - Tổng hợp",
                ],
            ],
        ),
        (
            "Thứ Tư\n16/12",
            [
                [
                    "08h30",
                    "Họp Hội đồng thi đua - khen thưởng xét danh hiệu năm 2026",
                    "Giám đốc Trịnh Minh Hằng",
                    "Phòng họp số 1",
                    "Phòng Hành chính - Tổng hợp",
                ],
                [
                    "15h00",
                    "Làm việc với Tỉnh đoàn về tổ chức Trại đông thiếu nhi năm 2026",
                    "PGĐ Lò Văn Tiến",
                    "Trụ sở Tỉnh đoàn",
                    "Phòng Hoạt động thiếu nhi (Phòng HĐTN)",
                ],
            ],
        ),
        (
            "Thứ Năm\n17/12",
            [
                [
                    "08h00",
                    "Tiếp và làm việc với Đoàn kiểm tra của Sở Văn hóa, Thể thao và Du lịch về thu, chi "
                    "hoạt động dịch vụ năm 2026",
                    "Giám đốc Trịnh Minh Hằng",
                    "Phòng họp số 1",
                    "Bộ phận Kế toán",
                ],
                ["Cả ngày", "Trực lãnh đạo: PGĐ Phùng Thị Ngát", "", "", ""],
            ],
        ),
        (
            "Thứ Sáu\n18/12",
            [
                [
                    "09h00",
                    "Sơ kết học kỳ I các lớp năng khiếu năm học 2026-2027 (dự kiến)",
                    "PGĐ Phùng Thị Ngát",
                    "Hội trường tầng 2",
                    "Phòng Năng khiếu",
                ],
                [
                    "14h00",
                    "Tổng duyệt Liên hoan “Giai điệu tuổi hồng” lần thứ XII",
                    "PGĐ Lò Văn Tiến",
                    "Nhà hát Cung",
                    "",
                ],
            ],
        ),
        (
            "Thứ Bảy\n19/12",
            [
                [
                    "19h30",
                    "Liên hoan “Giai điệu tuổi hồng” lần thứ XII - đêm chung kết",
                    "Giám đốc Trịnh Minh Hằng",
                    "Quảng trường 3/2",
                    "Phòng Nghệ thuật; Phòng HĐTN",
                ],
            ],
        ),
        (
            "Chủ nhật\n20/12",
            [
                [
                    "07h00",
                    "Trại đông thiếu nhi “Em yêu chú bộ đội” nhân kỷ niệm 82 năm Ngày thành lập Quân đội "
                    "nhân dân Việt Nam",
                    "PGĐ Lò Văn Tiến",
                    "Khu du lịch sinh thái Suối Mơ",
                    "Phòng HĐTN",
                ],
            ],
        ),
    ]
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    from batch_common import cell_text

    for c, text in zip(t.rows[0].cells, header, strict=True):
        cell_text(c, text, bold=True, center=True)
    for day, entries in days:
        first = len(t.rows)
        for entry in entries:
            cells = t.add_row().cells
            for c, v in zip(cells[1:], entry, strict=True):
                cell_text(c, v)
        _merge_down(t, 0, first, len(t.rows) - 1, day, bold=True)
    para(
        doc,
        "Ghi chú: Lịch có thể thay đổi, các bộ phận theo dõi thông báo trên nhóm Zalo cơ quan.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc;\n- Các phòng, bộ phận;\n- Lưu: VT, HCTH.",
        "TL. GIÁM ĐỐC\nKT. TRƯỞNG PHÒNG HÀNH CHÍNH - TỔNG HỢP\nPHÓ TRƯỞNG PHÒNG\n\n\n\nMa Thị Thùy Dung",
    )
    doc.save(path)


def h656_docx(h, path: Path) -> None:
    """District education office: a dispatch to every school, a few points to one school or the office."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN TÂN LẬP\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n───────\nSố: 1207/PGDĐT-CM\nV/v triển khai nhiệm "
        "vụ trọng tâm học kỳ II năm học 2026-2027",
        right2="Tân Lập, ngày 07 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi: Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở trong huyện.",
        "Căn cứ Kế hoạch số 2216/KH-SGDĐT ngày 20/11/2026 của Sở Giáo dục và Đào tạo tỉnh Lâm Giang về "
        "nhiệm vụ trọng tâm học kỳ II năm học 2026-2027; căn cứ kết quả kiểm tra giữa học kỳ I, Phòng "
        "Giáo dục và Đào tạo (GD&ĐT) đề nghị Hiệu trưởng các trường triển khai một số nội dung sau:",
        "**1. Về chuyên môn",
        "a) Các trường tiểu học, trung học cơ sở (THCS) tổ chức kiểm tra, đánh giá cuối học kỳ I theo "
        "đúng hướng dẫn; hoàn thành nhập điểm trên phần mềm quản lý trường học trước ngày 10/01/2027.",
        "b) Trường THCS Nguyễn Trãi chủ trì tổ chức chuyên đề cụm số 1 “Dạy học môn Khoa học tự nhiên theo "
        "chủ đề liên môn”; thời gian: tuần 2 tháng 3/2027. Các trường THCS cụm số 1 cử giáo viên dự.",
        "c) Trường Tiểu học Kim Đồng chủ trì Hội thi “Giáo viên chủ nhiệm lớp giỏi” cấp huyện; hoàn thành "
        "trước ngày 30/3/2027.",
        "d) Các trường mầm non tiếp tục thực hiện chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung "
        "tâm”, thường xuyên tự đánh giá theo bộ tiêu chí.",
        "**2. Về phổ cập giáo dục và kiểm định chất lượng",
        "a) Các trường cập nhật số liệu phổ cập giáo dục, xóa mù chữ trên hệ thống thông tin điện tử, "
        "gửi hồ sơ về Phòng (qua Tổ Phổ cập) trước ngày 15/01/2027.",
        "b) Trường Mầm non Hoa Sen, Trường Tiểu học Tân Phú hoàn thiện hồ sơ tự đánh giá, đăng ký đánh giá "
        "ngoài trong Quý II/2027.",
        "**3. Về thi học sinh giỏi, giao lưu",
        "Bộ phận Chuyên môn Phòng GD&ĐT ra đề, tổ chức thi chọn học sinh giỏi lớp 9 cấp huyện ngày "
        "23/01/2027; công bố kết quả chậm nhất sau 10 ngày kể từ ngày thi.",
        "**4. Về cơ sở vật chất, an toàn trường học",
        "a) Các trường rà soát phòng học, công trình vệ sinh, bếp ăn bán trú; báo cáo nhu cầu sửa chữa "
        "hè 2027 về Phòng (qua Bộ phận Kế hoạch - Tài chính) trong tháng 02/2027.",
        "b) Đề nghị Trung tâm Y tế huyện phối hợp kiểm tra an toàn thực phẩm tại các bếp ăn bán trú "
        "trước và sau Tết Nguyên đán.",
        "**5. Chế độ báo cáo",
        "Các trường báo cáo kết quả thực hiện các nội dung trên trước ngày 25 hằng tháng qua hệ thống "
        "quản lý văn bản và điều hành (ioffice) của huyện.",
        "Nhận được Công văn này, Phòng GD&ĐT đề nghị Hiệu trưởng các trường nghiêm túc triển khai thực "
        "hiện. Quá trình thực hiện có vướng mắc liên hệ Bộ phận Chuyên môn (đồng chí Hứa Văn Lâm, "
        "điện thoại 0912.447.306)./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Sở GD&ĐT (b/c);\n- UBND huyện (b/c);\n- Lãnh đạo Phòng;\n- Lưu: VT, CM.",
        "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\n\n\nLục Thị Bích Hạnh",
    )
    doc.save(path)


def h657_docx(h, path: Path) -> None:
    """Provincial procuracy: conclusions of the monthly briefing, run-in unit labels, a leaders' charge."""
    doc = document()
    head_block(
        doc,
        "VIỆN KIỂM SÁT NHÂN DÂN\nTỈNH LÂM GIANG\n───────\nSố: 112/TB-VKS",
        right2="Lâm Giang, ngày 02 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của đồng chí Viện trưởng tại Hội nghị giao ban tháng 11 năm 2026",
        "Ngày 30/11/2026, Viện kiểm sát nhân dân (VKSND) tỉnh tổ chức Hội nghị giao ban công tác tháng 11 "
        "năm 2026 theo hình thức trực tiếp kết hợp trực tuyến đến VKSND khu vực 1, 2, 3. Đồng chí Lương "
        "Quốc Hưng, Viện trưởng chủ trì Hội nghị. Sau khi nghe báo cáo và ý kiến của các đơn vị, đồng chí "
        "Viện trưởng kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Tháng 11/2026, toàn ngành thụ lý kiểm sát giải quyết 148 tin báo, tố giác về tội phạm, đạt tỷ lệ "
        "giải quyết 91,2%; thực hành quyền công tố, kiểm sát điều tra 211 vụ án hình sự. Tuy nhiên, vẫn "
        "còn 03 vụ án phải trả hồ sơ để điều tra bổ sung có trách nhiệm của Viện kiểm sát; việc cập nhật "
        "dữ liệu trên phần mềm quản lý án ở một số đơn vị chưa kịp thời.",
        "**II. NHIỆM VỤ TRỌNG TÂM THÁNG 12/2026 VÀ QUÝ I/2027",
        "1. Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự về trật tự xã hội (Phòng 2): "
        "rà soát toàn bộ án tạm đình chỉ điều tra, báo cáo đề xuất hướng xử lý trước ngày 20/12/2026; "
        "phối hợp Cơ quan Cảnh sát điều tra Công an tỉnh giải quyết dứt điểm vụ án “Cố ý gây thương tích” "
        "xảy ra tại xã Đồng Tâm trong tháng 01/2027.",
        "2. Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự về kinh tế, tham nhũng, chức vụ "
        "(Phòng 3): tập trung kiểm sát chặt chẽ các vụ án tham nhũng thuộc diện Ban Chỉ đạo cấp tỉnh theo "
        "dõi; thường xuyên báo cáo tiến độ cho đồng chí Phó Viện trưởng phụ trách.",
        "3. Phòng 7 (Kiểm sát giải quyết các vụ, việc dân sự, hôn nhân và gia đình): chủ trì xây dựng "
        "chuyên đề “Nâng cao chất lượng kháng nghị phúc thẩm án dân sự”, trình Viện trưởng trong Quý I/2027.",
        "4. Văn phòng:",
        "a) Tham mưu tổ chức Hội nghị tổng kết công tác năm 2026 của ngành, dự kiến ngày 08/01/2027;",
        "b) Hoàn thiện hồ sơ đề nghị khen thưởng năm 2026 trình Hội đồng Thi đua - Khen thưởng ngành trước "
        "ngày 25/12/2026.",
        "5. Phòng Thống kê tội phạm và công nghệ thông tin (Phòng 15): hướng dẫn, kiểm tra việc cập nhật "
        "dữ liệu trên phần mềm quản lý án; hằng tháng thông báo kết quả kiểm tra đến các đơn vị.",
        "6. VKSND khu vực 1, 2, 3: tổ chức ít nhất 02 phiên tòa rút kinh nghiệm mỗi đơn vị trong Quý "
        "I/2027; gửi báo cáo kết quả về Phòng 7 và Phòng 2 trước ngày 31/3/2027.",
        "7. Các Phó Viện trưởng theo lĩnh vực được phân công chỉ đạo các đơn vị khắc phục những hạn chế "
        "đã nêu tại Hội nghị.",
        "8. Các đơn vị báo cáo kết quả thực hiện Thông báo này trước ngày 28 hằng tháng (qua Văn phòng) để "
        "tổng hợp tại Hội nghị giao ban tháng.",
        "Văn phòng VKSND tỉnh thông báo để các đơn vị biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- VKSND tối cao (Vụ 1, Văn phòng) (b/c);\n- Lãnh đạo Viện;\n- Các phòng nghiệp vụ;\n"
        "- VKSND khu vực 1, 2, 3;\n- Lưu: VT, VP.",
        "TL. VIỆN TRƯỞNG\nCHÁNH VĂN PHÒNG\n\n\n\nNông Thị Hải Yến",
    )
    doc.save(path)


def h658_xlsx(h, path: Path) -> None:
    """Lottery company: an indicator sheet, a revenue row with its 'Trong đó' breakdown, a note row."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    title_rows(
        ws,
        [
            "CÔNG TY TNHH MỘT THÀNH VIÊN XỔ SỐ KIẾN THIẾT LÂM GIANG",
            "BẢNG GIAO CHỈ TIÊU KẾ HOẠCH SẢN XUẤT KINH DOANH NĂM 2027",
            "(Kèm theo Quyết định số 215/QĐ-XSKT ngày 03/12/2026 của Chủ tịch Công ty)",
        ],
        8,
        (1, 2),
    )
    ws.append([])
    ws.append(
        [
            "TT",
            "Chỉ tiêu",
            "ĐVT",
            "Ước thực hiện 2026",
            "Kế hoạch 2027",
            "Tỷ lệ KH 2027/ƯTH 2026 (%)",
            "Đơn vị thực hiện",
            "Thời hạn / kỳ đánh giá",
        ]
    )
    bold_header(ws, 5)
    rows = [
        ["I", "CHỈ TIÊU KINH DOANH"],
        [
            1,
            "Doanh thu phát hành vé xổ số",
            "Tỷ đồng",
            1265,
            1340,
            105.9,
            "Phòng Kế hoạch - Kinh doanh",
            "Năm 2027",
        ],
        [
            "",
            "Trong đó: - Xổ số truyền thống",
            "Tỷ đồng",
            1180,
            1235,
            104.7,
            "Phòng Kế hoạch - Kinh doanh",
            "Hằng quý",
        ],
        ["", "- Xổ số bóc biết kết quả ngay", "Tỷ đồng", 61, 72, 118.0, "Chi nhánh Bắc Lâm", "Hằng quý"],
        ["", "- Xổ số lô tô 3 số", "Tỷ đồng", 24, 33, 137.5, "Chi nhánh Nam Lâm", "30/6/2027"],
        [
            2,
            "Tỷ lệ tiêu thụ vé bình quân",
            "%",
            91.5,
            93,
            "",
            "Phòng Kế hoạch - Kinh doanh; các chi nhánh",
            "Hằng tháng",
        ],
        [3, "Phát triển mới đại lý cấp 1", "Đại lý", 18, 25, 138.9, "Các chi nhánh", "Quý III/2027"],
        ["II", "CHỈ TIÊU TÀI CHÍNH"],
        [4, "Lợi nhuận trước thuế", "Tỷ đồng", 96, 101, 105.2, "Phòng Tài chính - Kế toán", "Năm 2027"],
        [
            5,
            "Nộp ngân sách nhà nước",
            "Tỷ đồng",
            402,
            425,
            105.7,
            "Phòng Tài chính - Kế toán",
            "Theo thông báo thuế hằng tháng",
        ],
        [
            6,
            "Thu hồi công nợ đại lý quá hạn",
            "Triệu đồng",
            850,
            0,
            "",
            "Phòng Tài chính - Kế toán; Ban Thu hồi nợ",
            "Trước 31/3/2027",
        ],
        ["III", "CHỈ TIÊU QUẢN LÝ, AN TOÀN"],
        [
            7,
            "Tổ chức quay số mở thưởng đúng quy trình, không để xảy ra sai sót",
            "Kỳ quay",
            52,
            52,
            100,
            "Hội đồng giám sát xổ số; Phòng Kỹ thuật - Quay số",
            "Thường xuyên",
        ],
        [
            8,
            "Triển khai phần mềm quản lý đại lý và trả thưởng trực tuyến",
            "Phần mềm",
            "",
            1,
            "",
            "Phòng Kỹ thuật - Quay số",
            "Quý II/2027",
        ],
        [
            9,
            "Thu nhập bình quân người lao động",
            "Triệu đồng/ người/tháng",
            14.2,
            14.8,
            104.2,
            "Phòng Tổ chức - Hành chính",
            "Năm 2027",
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
    wrap(ws, 6)
    last = ws.max_row
    notes = [
        "Ghi chú: (1) Hội đồng giám sát xổ số do UBND tỉnh thành lập, Công ty bảo đảm điều kiện hoạt động.",
        "(2) Các phòng, chi nhánh báo cáo kết quả thực hiện chỉ tiêu được giao trước ngày 05 hằng tháng về "
        "Phòng Kế hoạch - Kinh doanh để tổng hợp trình Ban Giám đốc.",
    ]
    for offset, note in enumerate(notes, start=2):
        ws.cell(last + offset, 1).value = note
        ws.merge_cells(start_row=last + offset, start_column=1, end_row=last + offset, end_column=8)
    ws.cell(last + 5, 7).value = "TỔNG GIÁM ĐỐC"
    ws.cell(last + 8, 7).value = "Tạ Quang Thịnh"
    column_widths(ws, [5, 40, 10, 12, 12, 12, 28, 18])
    wb.save(path)


def h659_docx(h, path: Path) -> None:
    """National park board: a prose fire-season plan, units as numbered headings over lettered points."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH LÂM GIANG\nBAN QUẢN LÝ VƯỜN QUỐC GIA PÙ LÂM\n───────\nSố: 87/KH-VQG",
        right2="Lâm Giang, ngày 03 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Phòng cháy, chữa cháy rừng mùa khô 2026 - 2027",
        "Căn cứ Luật Lâm nghiệp năm 2017; Nghị định số 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ; "
        "Phương án phòng cháy, chữa cháy rừng Vườn quốc gia Pù Lâm giai đoạn 2026 - 2030 được UBND tỉnh "
        "phê duyệt, Ban Quản lý Vườn quốc gia Pù Lâm (sau đây gọi là Ban Quản lý) xây dựng Kế hoạch phòng "
        "cháy, chữa cháy rừng (PCCCR) mùa khô 2026 - 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Chủ động phòng ngừa, phát hiện sớm và dập tắt kịp thời các điểm cháy; không để xảy ra cháy lớn "
        "trên 8.420 ha rừng đặc dụng (trong đó 1.150 ha rừng thông và rừng tre nứa là vùng trọng điểm "
        "cháy). Mùa khô tính từ ngày 15/12/2026 đến hết ngày 30/4/2027.",
        "**II. NHIỆM VỤ CỤ THỂ",
        "**1. Hạt Kiểm lâm Vườn quốc gia",
        "a) Kiện toàn 06 tổ đội PCCCR tại các trạm bảo vệ rừng, hoàn thành trước ngày 20/12/2026.",
        "b) Duy trì chòi canh lửa tại đỉnh Pù Lâm và đồi Cò Noi, trực 24/24 giờ trong những ngày có cấp "
        "dự báo cháy rừng từ cấp IV trở lên.",
        "c) Phát dọn vật liệu cháy, làm mới 14 km đường băng cản lửa tại tiểu khu 402, 405, 417; hoàn thành "
        "trong tháng 01/2027.",
        "d) Chủ trì diễn tập chữa cháy rừng tại tiểu khu 405 với sự tham gia của lực lượng các xã vùng "
        "đệm vào tháng 02/2027.",
        "**2. Phòng Khoa học và Hợp tác quốc tế",
        "Cập nhật bản đồ vùng trọng điểm cháy, ứng dụng ảnh vệ tinh phát hiện sớm điểm cháy; cung cấp "
        "thông tin điểm cháy cho Hạt Kiểm lâm hằng ngày trong mùa khô.",
        "**3. Trung tâm Giáo dục môi trường và Dịch vụ (Trung tâm GDMT&DV)",
        "a) Biên soạn tờ rơi, pa-nô tuyên truyền PCCCR; tổ chức 10 buổi nói chuyện tại các thôn, bản vùng "
        "đệm từ tháng 12/2026 đến tháng 3/2027.",
        "b) Quán triệt du khách các quy định về sử dụng lửa tại các điểm du lịch sinh thái, cắm trại.",
        "**4. Phòng Tổ chức - Hành chính",
        "Tham mưu mua sắm, bổ sung máy thổi gió, bình chữa cháy đeo vai, dao phát; hoàn thành thủ tục mua "
        "sắm trước ngày 15/01/2027.",
        "**5. Đề nghị Ủy ban nhân dân các xã vùng đệm (Pù Lâm, Tà Sa, Đồng Mây)",
        "Chỉ đạo các thôn, bản quản lý chặt chẽ việc đốt nương, đốt thực bì; chỉ cho phép đốt khi có sự "
        "giám sát của lực lượng kiểm lâm.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Hạt Kiểm lâm Vườn quốc gia là cơ quan thường trực, giúp Ban Quản lý theo dõi, đôn đốc việc "
        "thực hiện Kế hoạch này.",
        "2. Các phòng, đơn vị trực thuộc báo cáo tình hình PCCCR định kỳ vào ngày 25 hằng tháng; báo cáo "
        "tổng kết mùa khô trước ngày 10/5/2027 về Ban Quản lý (qua Hạt Kiểm lâm).",
        "3. Trưởng các phòng, đơn vị trực thuộc chủ động triển khai nhiệm vụ được giao./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Nông nghiệp và Môi trường (b/c);\n- Chi cục Kiểm lâm tỉnh;\n- UBND các xã vùng đệm;"
        "\n- Các phòng, đơn vị trực thuộc;\n- Lưu: VT, HKL.",
        "GIÁM ĐỐC\n\n\n\nHoàng Trọng Nghĩa",
    )
    doc.save(path)


def h660_docx(h, path: Path) -> None:
    """Literature and Arts Association: a yearly programme, the quarter merged down in the first column,
    a person in charge beside the unit."""
    doc = document()
    head_block(
        doc,
        "LIÊN HIỆP CÁC HỘI VHNT VIỆT NAM\nHỘI VĂN HỌC NGHỆ THUẬT\nTỈNH LÂM GIANG\n───────\nSố: 64/CTr-HVHNT",
        right2="Lâm Giang, ngày 01 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Thực hiện Nghị quyết Đại hội Hội Văn học Nghệ thuật (VHNT) tỉnh lần thứ VIII, nhiệm kỳ 2025 - "
        "2030 và kết luận Hội nghị Ban Chấp hành ngày 25/11/2026, Thường trực Hội ban hành Chương trình "
        "công tác năm 2027 như sau:",
    )
    header = ["Thời gian", "TT", "Nội dung công việc", "Đơn vị thực hiện", "Người phụ trách"]
    blocks = [
        (
            "Quý I",
            [
                [
                    "1",
                    "Tổ chức trại sáng tác văn học “Mùa xuân biên cương” tại huyện Tân Lập (tháng 3)",
                    "Chi hội Văn học",
                    "PCT Hoàng Văn Khải",
                ],
                [
                    "2",
                    "Xét, kết nạp hội viên mới đợt 1 năm 2027",
                    "Ban Nghiệp vụ - Hội viên",
                    "PCT Thường trực Đào Thị Mai",
                ],
                [
                    "3",
                    "Triển lãm ảnh nghệ thuật “Lâm Giang - Xuân quê hương”",
                    "Chi hội Nhiếp ảnh",
                    "Ủy viên BCH Cao Minh Đức",
                ],
            ],
        ),
        (
            "Quý II",
            [
                [
                    "4",
                    "Hội thảo khoa học “Văn học nghệ thuật các dân tộc thiểu số Lâm Giang - 30 năm nhìn lại”",
                    "Văn phòng Hội; Tạp chí Văn nghệ Lâm Giang",
                    "Chủ tịch Hội Mạc Văn Tùng",
                ],
                [
                    "5",
                    "Thẩm định, đề nghị hỗ trợ sáng tác theo Quyết định của UBND tỉnh (trước 15/5)",
                    "Hội đồng Nghệ thuật Hội",
                    "PCT Thường trực Đào Thị Mai",
                ],
            ],
        ),
        (
            "Tháng 6 - 8",
            [
                [
                    "6",
                    "Trại sáng tác mỹ thuật - điêu khắc tại Khu du lịch Suối Mơ",
                    "Chi hội Mỹ thuật",
                    "PCT Hoàng Văn Khải",
                ],
                [
                    "7",
                    "Liên hoan âm nhạc “Giai điệu quê hương” chào mừng Quốc khánh 2/9",
                    "Chi hội Âm nhạc",
                    "Ủy viên BCH Tăng Thị Nhàn",
                ],
            ],
        ),
        (
            "Quý IV",
            [
                [
                    "8",
                    "Tổ chức Giải thưởng Văn học nghệ thuật tỉnh năm 2027, trao giải dịp kỷ niệm ngày thành "
                    "lập Hội (20/11)",
                    "Văn phòng Hội",
                    "Chủ tịch Hội Mạc Văn Tùng",
                ],
                [
                    "9",
                    "Tổng kết công tác Hội năm 2027, xây dựng chương trình năm 2028",
                    "Văn phòng Hội",
                    "PCT Thường trực Đào Thị Mai",
                ],
            ],
        ),
        (
            "Hai tháng một số",
            [
                [
                    "10",
                    "Xuất bản Tạp chí Văn nghệ Lâm Giang (06 số/năm) và cập nhật Trang thông tin điện tử của "
                    "Hội",
                    "Tạp chí Văn nghệ Lâm Giang",
                    "Tổng Biên tập Khúc Thị Yên",
                ],
            ],
        ),
        (
            "Thường xuyên",
            [
                [
                    "11",
                    "Quản lý hội viên, sinh hoạt chi hội chuyên ngành theo quy chế",
                    "Các Chi hội chuyên ngành",
                    "Chi hội trưởng",
                ],
            ],
        ),
    ]
    from batch_common import cell_text

    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, text in zip(t.rows[0].cells, header, strict=True):
        cell_text(c, text, bold=True, center=True)
    for period, entries in blocks:
        first = len(t.rows)
        for entry in entries:
            cells = t.add_row().cells
            for c, v in zip(cells[1:], entry, strict=True):
                cell_text(c, v)
        _merge_down(t, 0, first, len(t.rows) - 1, period, bold=True)
    lines = [
        "**Tổ chức thực hiện",
        "1. Văn phòng Hội là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Chương trình; tham mưu "
        "Thường trực Hội điều chỉnh nội dung khi cần thiết.",
        "2. Các Chi hội chuyên ngành, Tạp chí Văn nghệ Lâm Giang gửi báo cáo kết quả hoạt động 6 tháng "
        "(trước ngày 10/6/2027) và cả năm (trước ngày 10/11/2027) về Văn phòng Hội.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Liên hiệp các Hội VHNT Việt Nam (b/c);\n- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);\n"
        "- Sở VHTTDL;\n- Các Chi hội;\n- Lưu: VP.",
        "TM. THƯỜNG TRỰC HỘI\nCHỦ TỊCH\n\n\n\nNhà thơ Mạc Văn Tùng",
    )
    doc.save(path)


def h662_docx(h, path: Path) -> None:
    """Ward police: a prose plan, dashed run-in team labels, a request to the ward Front, a timetable."""
    doc = document()
    head_block(
        doc,
        "CÔNG AN TỈNH LÂM GIANG\nCÔNG AN PHƯỜNG HÒA KHÁNH\n───────\nSố: 27/KH-CAP",
        right2="Hòa Khánh, ngày 05 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2027",
        "Thực hiện Kế hoạch số 2015/KH-CAT-PV05 ngày 21/11/2026 của Công an tỉnh về công tác xây dựng phong "
        "trào Toàn dân bảo vệ an ninh Tổ quốc (ANTQ) năm 2027, Công an phường Hòa Khánh xây dựng Kế hoạch "
        "thực hiện như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Phát huy sức mạnh tổng hợp của cả hệ thống chính trị và Nhân dân trong phòng ngừa, phát hiện, tố "
        "giác tội phạm; phấn đấu 100% tổ dân phố đạt tiêu chuẩn “An toàn về an ninh, trật tự”.",
        "**II. NHIỆM VỤ VÀ PHÂN CÔNG",
        "- Tổ Cảnh sát khu vực (CSKV): duy trì 12 mô hình tự quản về an ninh, trật tự hiện có; xây dựng "
        "mới 02 mô hình “Camera an ninh” tại tổ dân phố 4 và tổ dân phố 9, hoàn thành trong Quý II/2027.",
        "- Tổ CSKV phối hợp Tổ Quản lý hành chính về trật tự xã hội (Tổ QLHC) tổ chức ký cam kết “Gia đình "
        "không có người vi phạm pháp luật” tại các hộ gia đình; hoàn thành trước ngày 31/3/2027.",
        "- Tổ An ninh: nắm tình hình, phát hiện các hoạt động tuyên truyền, lôi kéo người dân tham gia "
        "tổ chức bất hợp pháp; báo cáo nhanh Trưởng Công an phường khi phát sinh vụ việc.",
        "- Tổ Cảnh sát hình sự - ma túy (Tổ HS-MT): mở đợt cao điểm vận động Nhân dân tố giác tội phạm "
        "ma túy, tín dụng đen từ ngày 15/4/2027 đến ngày 15/6/2027.",
        "- Tổ QLHC: tuyên truyền, hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức 2 "
        "và ứng dụng VNeID; thực hiện thường xuyên.",
        "- Bộ phận Tổng hợp: tham mưu tổ chức Ngày hội Toàn dân bảo vệ ANTQ cấp phường năm 2027; hoàn thành "
        "trước ngày 19/8/2027.",
        "- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường chỉ đạo Ban công tác Mặt trận các tổ dân phố "
        "phối hợp bình xét tổ dân phố “An toàn về an ninh, trật tự” năm 2027 vào tháng 11/2027.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Bộ phận Tổng hợp là bộ phận thường trực, giúp Trưởng Công an phường theo dõi, đôn đốc việc thực "
        "hiện Kế hoạch.",
        "2. Các Tổ công tác báo cáo kết quả thực hiện trước ngày 18 hằng tháng; sơ kết 6 tháng trước ngày "
        "10/6/2027; tổng kết năm trước ngày 05/11/2027 (qua Bộ phận Tổng hợp).",
        "3. Kinh phí thực hiện từ nguồn ngân sách bảo đảm cho phong trào theo quy định.",
        "Trên đây là Kế hoạch xây dựng phong trào Toàn dân bảo vệ ANTQ năm 2027, yêu cầu các Tổ công tác "
        "nghiêm túc triển khai thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Phòng PV05 Công an tỉnh (b/c);\n- Đảng ủy, UBND phường (b/c);\n- UBMTTQVN phường;\n"
        "- Các Tổ công tác;\n- Lưu: HS, TH.",
        "TRƯỞNG CÔNG AN PHƯỜNG\n\n\n\nThiếu tá Bế Văn Quyết",
    )
    doc.save(path)


def batch_h653() -> None:
    """Writes h653–h662 (the .doc and .pdf through LibreOffice; the .html is hand-written in docs/)."""
    write_batch(
        [
            (h653_docx, "h653_kh_csgt_cao_diem_tet_phu_luc.docx"),
            (h654_xlsx, "h654_ctr_chi_cuc_thuy_loi_dong_con.xlsx"),
            (h655_docx, "h655_lich_tuan_cung_thieu_nhi_ngay_gop.docx"),
            (h656_docx, "h656_cv_phong_gddt_nhiem_vu_hk2.docx"),
            (h658_xlsx, "h658_chi_tieu_xskt_trong_do.xlsx"),
            (h660_docx, "h660_ctr_hoi_vhnt_cot_quy_gop.docx"),
            (h662_docx, "h662_kh_cong_an_phuong_to_gach_dau.docx"),
        ],
        [
            (h657_docx, "h657_tbkl_vks_tinh_giao_ban.docx", "doc"),
            (h659_docx, "h659_kh_vqg_pccc_rung_mua_kho.docx", "pdf"),
        ],
        _out,
    )
