"""Held-out batch h663–h672, written by h13author63 blind to the importer: ten documents of a
provincial Department of Industry and Trade, a provincial sub-department of livestock and veterinary
medicine, a provincial centre for investment, trade and tourism promotion, a district land fund
development centre, a seaport authority (Cảng vụ Hàng hải), a provincial social work centre, a
district forest ranger sub-department (Hạt Kiểm lâm), a lower-secondary school, a provincial blood
transfusion and haematology hospital and a provincial Bar Association. The .html (h670) is written
by hand into docs/. Every name, person, place, number and date in them is invented."""

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
    "h669_kh_hat_kiem_lam_pcccr",  # h13fixVE
    "h667_tbkl_cang_vu_hang_hai_giao_ban",  # h13fixVD
    "h666_kh_quy_dat_son_khe_phu_luc",  # h13fixVF
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h663_docx(h, path: Path) -> None:
    """Department of Industry and Trade: a dispatch for the Tet market, unit labels over a), b) and
    dash points, a unit named in full then by its abbreviation."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH ĐÔNG THÀNH\nSỞ CÔNG THƯƠNG\n───────\nSố: 1987/SCT-QLTM\nV/v bảo đảm cân đối cung cầu, "
        "bình ổn thị trường dịp cuối năm 2026 và Tết Nguyên đán Đinh Mùi 2027",
        right2="Đông Thành, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các phòng, đơn vị thuộc Sở;",
        "- Chi cục Quản lý thị trường tỉnh Đông Thành;",
        "- Ủy ban nhân dân các xã, phường.",
        "Thực hiện Chỉ thị số 19/CT-UBND ngày 25/11/2026 của Chủ tịch UBND tỉnh về việc tổ chức đón Tết "
        "Nguyên đán Đinh Mùi năm 2027; để bảo đảm cung ứng đủ hàng hóa thiết yếu, không để xảy ra tình trạng "
        "khan hiếm hàng hóa, tăng giá đột biến, Sở Công Thương yêu cầu các phòng, đơn vị thuộc Sở và đề nghị "
        "các cơ quan, đơn vị liên quan triển khai các nội dung sau:",
        "**1. Phòng Quản lý thương mại (sau đây viết tắt là Phòng QLTM)",
        "a) Chủ trì, phối hợp với các doanh nghiệp tham gia chương trình bình ổn thị trường xây dựng phương "
        "án dự trữ hàng hóa thiết yếu (gạo, thịt gia súc, gia cầm, đường, dầu ăn, bánh kẹo) phục vụ Tết; "
        "trình Giám đốc Sở phê duyệt trước ngày 15/12/2026.",
        "b) Theo dõi diễn biến giá cả, cung cầu hàng hóa trên địa bàn; tổng hợp báo cáo nhanh gửi Bộ Công "
        "Thương và UBND tỉnh vào thứ Sáu hằng tuần, từ ngày 15/12/2026 đến hết ngày 28/02/2027.",
        "c) Tổ chức 03 phiên chợ hàng Việt về nông thôn tại các xã Tân Lập, Hòa Mỹ, Phú Xuân trong tháng "
        "01/2027.",
        "**2. Phòng Quản lý năng lượng",
        "- Đôn đốc Công ty Điện lực Đông Thành bảo đảm cung ứng điện ổn định, không cắt điện trong thời "
        "gian từ ngày 01/02/2027 đến ngày 14/02/2027 (trừ trường hợp sự cố).",
        "- Kiểm tra việc dự trữ xăng dầu tại các thương nhân phân phối, tổng đại lý trên địa bàn tỉnh; "
        "hoàn thành trước ngày 20/01/2027.",
        "**3. Phòng Kỹ thuật an toàn và Môi trường",
        "Phối hợp với Công an tỉnh kiểm tra an toàn vật liệu nổ công nghiệp, an toàn hóa chất tại 06 doanh "
        "nghiệp; thời gian: tháng 12/2026 và tháng 01/2027.",
        "**4. Chi cục Quản lý thị trường tỉnh",
        "a) Xây dựng Kế hoạch cao điểm đấu tranh chống buôn lậu, gian lận thương mại và hàng giả dịp cuối "
        "năm, ban hành trước ngày 10/12/2026.",
        "b) Chỉ đạo các Đội Quản lý thị trường kiểm tra, kiểm soát thị trường thường xuyên, tập trung vào "
        "thực phẩm, bánh kẹo, đồ uống có cồn, thuốc lá điếu nhập lậu.",
        "c) Báo cáo kết quả đợt cao điểm về Sở Công Thương (qua Phòng QLTM) trước ngày 20/02/2027.",
        "**5. Văn phòng Sở",
        "Cập nhật thông tin giá cả, danh sách điểm bán hàng bình ổn giá lên Cổng thông tin điện tử của Sở; "
        "thực hiện hằng ngày trong thời gian cao điểm Tết.",
        "**6. Đề nghị Ủy ban nhân dân các xã, phường",
        "Chỉ đạo phòng chuyên môn nắm tình hình thị trường trên địa bàn, báo cáo về Sở Công Thương (qua "
        "Phòng QLTM) trước ngày 15 hằng tháng, từ tháng 12/2026 đến tháng 02/2027.",
        "Đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện. Trong quá trình thực hiện, nếu có khó "
        "khăn, vướng mắc, phản ánh về Sở Công Thương (qua Phòng QLTM, điện thoại 0236.3812.507) để tổng hợp, "
        "xử lý./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Bộ Công Thương (b/c);\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;"
        "\n- Lưu: VT, QLTM.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nTạ Quang Vinh",
    )
    doc.save(path)


def h664_xlsx(h, path: Path) -> None:
    """Sub-department of livestock and veterinary medicine: an indicator sheet for 2027 under roman
    group rows, a last-year column beside the plan, dues from a date to `Hằng quý`, a closing note."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    title_rows(
        ws,
        [
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐÔNG THÀNH",
            "CHI CỤC CHĂN NUÔI VÀ THÚ Y",
            "BIỂU CHỈ TIÊU KẾ HOẠCH NĂM 2027",
            "(Kèm theo Quyết định số 214/QĐ-CNTY ngày 01/12/2026 của Chi cục trưởng "
            "Chi cục Chăn nuôi và Thú y)",
        ],
        7,
        (1, 2, 3),
    )
    ws.append([])
    ws.append(
        [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Ước thực hiện năm 2026",
            "Kế hoạch năm 2027",
            "Đơn vị chủ trì",
            "Thời gian hoàn thành",
        ]
    )
    bold_header(ws, 6)
    rows = [
        ["I", "CHỈ TIÊU VỀ CHĂN NUÔI"],
        ["1", "Tổng đàn lợn", "con", "412.000", "430.000", "Phòng Chăn nuôi", "31/12/2027"],
        [
            "2",
            "Sản lượng thịt hơi xuất chuồng các loại",
            "tấn",
            "86.500",
            "90.000",
            "Phòng Chăn nuôi",
            "31/12/2027",
        ],
        [
            "3",
            "Số trang trại chăn nuôi quy mô lớn, quy mô vừa đã kê khai hoạt động chăn nuôi",
            "trang trại",
            "148",
            "180",
            "Phòng Chăn nuôi",
            "Quý III",
        ],
        ["II", "CHỈ TIÊU VỀ TIÊM PHÒNG, GIÁM SÁT DỊCH BỆNH"],
        [
            "4",
            "Tỷ lệ tiêm phòng vắc xin lở mồm long móng đợt 1 trên tổng đàn trâu, bò trong diện tiêm",
            "%",
            "82",
            "≥ 85",
            "Phòng Dịch tễ thú y",
            "Tháng 5/2027",
        ],
        [
            "5",
            "Tỷ lệ tiêm phòng bệnh Dại cho chó, mèo",
            "%",
            "71",
            "≥ 80",
            "Các Trạm Chăn nuôi và Thú y",
            "Tháng 4 và tháng 10/2027",
        ],
        [
            "6",
            "Tỷ lệ tiêm phòng cúm gia cầm H5 trên đàn gia cầm trong diện tiêm",
            "%",
            "65",
            "≥ 70",
            "Phòng Dịch tễ thú y",
            "02 đợt/năm",
        ],
        [
            "7",
            "Số mẫu giám sát lưu hành vi rút cúm gia cầm, dịch tả lợn châu Phi",
            "mẫu",
            "1.200",
            "1.500",
            "Trạm Chẩn đoán xét nghiệm bệnh động vật",
            "Hằng quý",
        ],
        ["III", "CHỈ TIÊU VỀ KIỂM DỊCH, KIỂM SOÁT GIẾT MỔ"],
        [
            "8",
            "Tỷ lệ gia súc, gia cầm được kiểm soát giết mổ tại cơ sở giết mổ tập trung",
            "%",
            "58",
            "65",
            "Phòng Kiểm dịch động vật",
            "31/12/2027",
        ],
        [
            "9",
            "Số điểm giết mổ nhỏ lẻ được sắp xếp, di dời vào cơ sở giết mổ tập trung",
            "điểm",
            "12",
            "20",
            "Phòng Kiểm dịch động vật",
            "Quý II/2027",
        ],
        ["IV", "CHỈ TIÊU VỀ QUẢN LÝ THUỐC THÚ Y, TẬP HUẤN"],
        [
            "10",
            "Số cơ sở kinh doanh thuốc thú y được kiểm tra điều kiện kinh doanh",
            "cơ sở",
            "96",
            "110",
            "Phòng Thanh tra, pháp chế",
            "Thường xuyên",
        ],
        [
            "11",
            "Số lớp tập huấn chăn nuôi an toàn sinh học cho người chăn nuôi",
            "lớp",
            "18",
            "24",
            "Phòng Chăn nuôi",
            "Quý II - Quý III",
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
    wrap(ws, 7)
    ws.append([])
    ws.append(["", "Ghi chú:"])
    ws.append(["", "- Tỷ lệ tiêm phòng tính trên tổng đàn thuộc diện tiêm phòng bắt buộc theo quy định."])
    ws.append(
        [
            "",
            "- Các phòng, trạm báo cáo tiến độ thực hiện chỉ tiêu về Chi cục (qua Phòng Kế hoạch - Tổng hợp) "
            "trước ngày 20 của tháng cuối quý.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "", "CHI CỤC TRƯỞNG"])
    ws.append([])
    ws.append([])
    ws.append(["", "", "", "", "", "Lò Văn Thắng"])
    column_widths(ws, [6, 48, 11, 13, 13, 26, 16])
    wb.save(path)


def h665_docx(h, path: Path) -> None:
    """Investment, trade and tourism promotion centre: a yearly programme table in landscape, the
    rooms named in full in the preamble and by abbreviation in the table, a place column and a cost
    column between the time and the lead."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH ĐÔNG THÀNH\nTRUNG TÂM XÚC TIẾN ĐẦU TƯ,\nTHƯƠNG MẠI VÀ DU LỊCH\n───────\nSố: 276/CTr-TTXT",
        right2="Đông Thành, ngày 03 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH", bold=True, center=True)
    para(doc, "Xúc tiến đầu tư, thương mại và du lịch tỉnh Đông Thành năm 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Quyết định số 2468/QĐ-UBND ngày 20/11/2026 của UBND tỉnh phê duyệt Chương trình xúc tiến "
        "đầu tư, thương mại và du lịch năm 2027; Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch xây dựng "
        "Chương trình thực hiện như sau (trong bảng, Phòng Xúc tiến đầu tư viết tắt là Phòng XTĐT; Phòng "
        "Xúc tiến thương mại là Phòng XTTM; Phòng Xúc tiến du lịch và Thông tin là Phòng XTDL&TT; Phòng "
        "Hành chính - Tổng hợp là Phòng HC-TH):",
    )
    grid(
        doc,
        [
            "TT",
            "Tên hoạt động",
            "Thời gian",
            "Địa điểm",
            "Kinh phí (triệu đồng)",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
        ],
        [
            ("§", "I", "XÚC TIẾN ĐẦU TƯ"),
            [
                "1",
                "Xây dựng, cập nhật Danh mục dự án kêu gọi đầu tư tỉnh Đông Thành giai đoạn 2027 - 2030",
                "Quý I/2027",
                "Đông Thành",
                "150",
                "Phòng XTĐT",
                "Sở Tài chính, các sở, ngành liên quan",
            ],
            [
                "2",
                "Tổ chức Hội nghị xúc tiến đầu tư tỉnh Đông Thành tại Thành phố Hồ Chí Minh",
                "Tháng 4/2027",
                "TP. Hồ Chí Minh",
                "1.200",
                "Phòng XTĐT",
                "Phòng HC-TH",
            ],
            [
                "3",
                "Đón tiếp, hỗ trợ các nhà đầu tư đến tìm hiểu cơ hội đầu tư tại tỉnh",
                "Thường xuyên",
                "",
                "80",
                "Phòng XTĐT",
                "",
            ],
            [
                "4",
                "Tham gia Đoàn xúc tiến đầu tư của tỉnh tại Hàn Quốc, Nhật Bản",
                "Tháng 9 - 10/2027",
                "Seoul, Osaka",
                "650",
                "Phòng XTĐT",
                "Sở Ngoại vụ",
            ],
            ("§", "II", "XÚC TIẾN THƯƠNG MẠI"),
            [
                "5",
                "Tổ chức Hội chợ Thương mại - Nông sản Đông Thành lần thứ VIII năm 2027",
                "15 - 19/5/2027",
                "Quảng trường 3/2",
                "900",
                "Phòng XTTM",
                "Sở Công Thương",
            ],
            [
                "6",
                "Hỗ trợ doanh nghiệp tham gia Hội chợ quốc tế hàng công nghiệp Việt Nam",
                "Tháng 10/2027",
                "Hà Nội",
                "300",
                "Phòng XTTM",
                "",
            ],
            [
                "7",
                "Kết nối giao thương, đưa sản phẩm OCOP của tỉnh lên các sàn thương mại điện tử",
                "Quý II - Quý IV",
                "",
                "200",
                "Phòng XTTM",
                "Phòng XTDL&TT",
            ],
            ("§", "III", "XÚC TIẾN DU LỊCH"),
            [
                "8",
                "Tham gia Hội chợ Du lịch quốc tế VITM Hà Nội 2027",
                "Tháng 3/2027",
                "Hà Nội",
                "250",
                "Phòng XTDL&TT",
                "Hiệp hội Du lịch tỉnh",
            ],
            [
                "9",
                "Tổ chức đoàn famtrip cho doanh nghiệp lữ hành, báo chí khảo sát sản phẩm du lịch biển đảo",
                "Tháng 6/2027",
                "Đảo Hòn Mây",
                "180",
                "Phòng XTDL&TT",
                "",
            ],
            [
                "10",
                "Sản xuất ấn phẩm, video quảng bá du lịch Đông Thành (tiếng Việt, tiếng Anh, tiếng Hàn)",
                "Quý II",
                "",
                "320",
                "Phòng XTDL&TT",
                "",
            ],
            [
                "11",
                "Cập nhật thông tin trên Cổng thông tin xúc tiến đầu tư - du lịch tỉnh",
                "Hằng tháng",
                "",
                "",
                "Phòng XTDL&TT",
                "Các phòng",
            ],
            ("§", "IV", "CÔNG TÁC KHÁC"),
            [
                "12",
                "Báo cáo sơ kết 6 tháng, tổng kết năm thực hiện Chương trình xúc tiến",
                "Trước 15/6 và 05/12/2027",
                "",
                "",
                "Phòng HC-TH",
                "Các phòng",
            ],
        ],
        widths=[1.0, 8.5, 3.0, 3.0, 2.2, 3.0, 4.0],
    )
    lines = [
        "**TỔ CHỨC THỰC HIỆN",
        "1. Các phòng chuyên môn căn cứ nhiệm vụ được giao chủ động triển khai, bảo đảm tiết kiệm, hiệu quả.",
        "2. Phòng Hành chính - Tổng hợp bố trí kinh phí, theo dõi, đôn đốc việc thực hiện Chương trình.",
        "3. Các phòng báo cáo kết quả thực hiện các hoạt động về Phòng HC-TH trước ngày 25 của tháng cuối "
        "quý để tổng hợp, báo cáo Sở Tài chính và UBND tỉnh.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Sở Tài chính, Sở Công Thương,\n  Sở Văn hóa, Thể thao và Du lịch;"
        "\n- Ban Giám đốc;\n- Các phòng;\n- Lưu: VT, HC-TH.",
        "GIÁM ĐỐC\n\n\n\nHồ Thị Minh Nguyệt",
    )
    doc.save(path)


def h666_docx(h, path: Path) -> None:
    """District land fund development centre: a short prose plan, its tasks in an appendix table with
    a leader column beside the room column; the room named in full in row 1 and abbreviated after."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN SƠN KHÊ\nTRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT\n───────\nSố: 58/KH-TTPTQĐ",
        right2="Sơn Khê, ngày 01 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Thực hiện nhiệm vụ năm 2027",
        "Căn cứ Quyết định số 1735/QĐ-UBND ngày 24/11/2026 của UBND huyện Sơn Khê giao chỉ tiêu kế hoạch "
        "phát triển kinh tế - xã hội năm 2027; căn cứ chức năng, nhiệm vụ được giao, Trung tâm Phát triển "
        "quỹ đất huyện xây dựng Kế hoạch thực hiện nhiệm vụ năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Hoàn thành công tác bồi thường, giải phóng mặt bằng các dự án trọng điểm của huyện; tạo quỹ đất "
        "sạch phục vụ đấu giá quyền sử dụng đất, góp phần hoàn thành chỉ tiêu thu ngân sách năm 2027.",
        "2. Phân công cụ thể nhiệm vụ, thời gian hoàn thành, trách nhiệm của từng phòng, đội và lãnh đạo "
        "phụ trách.",
        "**II. NHIỆM VỤ CỤ THỂ",
        "Các nhiệm vụ cụ thể năm 2027 được phân công tại Phụ lục kèm theo Kế hoạch này.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Hành chính - Tổng hợp là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng "
        "hợp báo cáo kết quả thực hiện nhiệm vụ năm 2027 gửi UBND huyện trước ngày 15/12/2027.",
        "2. Các phòng, đội báo cáo tiến độ thực hiện nhiệm vụ về Phòng Hành chính - Tổng hợp trước ngày 20 "
        "hằng tháng.",
        "3. Đề nghị Phòng Nông nghiệp và Môi trường huyện phối hợp thẩm định phương án bồi thường, hỗ trợ, "
        "tái định cư các dự án do Trung tâm thực hiện.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND huyện (b/c);\n- Phòng Nông nghiệp và Môi trường;\n- Phòng Tài chính - Kế hoạch;"
        "\n- Các phòng, đội thuộc Trung tâm;\n- Lưu: VT.",
        "GIÁM ĐỐC\n\n\n\nNông Đức Trọng",
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "DANH MỤC NHIỆM VỤ NĂM 2027", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Kế hoạch số 58/KH-TTPTQĐ ngày 01/12/2026 của Trung tâm Phát triển quỹ đất)",
        italic=True,
        center=True,
    )
    appendix = grid(
        doc,
        ["STT", "Nhiệm vụ", "Bộ phận thực hiện", "Lãnh đạo phụ trách", "Thời gian hoàn thành", "Ghi chú"],
        [
            [
                "1",
                "Lập phương án bồi thường, hỗ trợ, tái định cư dự án Đường trục trung tâm huyện "
                "(giai đoạn 2)",
                "Phòng Bồi thường, giải phóng mặt bằng (Phòng BT-GPMB)",
                "PGĐ Lê Văn Khải",
                "Tháng 3/2027",
                "",
            ],
            [
                "2",
                "Chi trả tiền bồi thường, hỗ trợ cho các hộ dân dự án Khu dân cư Đồng Mả Lát",
                "Phòng BT-GPMB",
                "PGĐ Lê Văn Khải",
                "Trước 30/4/2027",
                "",
            ],
            [
                "3",
                "Bàn giao mặt bằng sạch dự án Trường Mầm non Hoa Sen cho chủ đầu tư",
                "Phòng BT-GPMB",
                "PGĐ Lê Văn Khải",
                "15/5/2027",
                "",
            ],
            [
                "4",
                "Lập hồ sơ đấu giá quyền sử dụng đất 06 khu đất ở tại xã Tân Phong, xã Hòa Bình",
                "Phòng Phát triển và khai thác quỹ đất",
                "PGĐ Nguyễn Thị Thu",
                "Quý II/2027",
                "",
            ],
            [
                "5",
                "Phối hợp đơn vị đấu giá chuyên nghiệp tổ chức đấu giá 06 khu đất nêu trên",
                "Phòng Phát triển và khai thác quỹ đất",
                "PGĐ Nguyễn Thị Thu",
                "Quý III/2027",
                "Sau khi có quyết định giá khởi điểm",
            ],
            [
                "6",
                "Quản lý, bảo vệ quỹ đất đã thu hồi chưa giao, chưa cho thuê; ngăn chặn lấn chiếm",
                "Đội Quản lý quỹ đất",
                "PGĐ Nguyễn Thị Thu",
                "Thường xuyên",
                "",
            ],
            [
                "7",
                "Đo đạc, chỉnh lý hồ sơ địa chính các thửa đất do Trung tâm đang quản lý",
                "Đội Quản lý quỹ đất",
                "PGĐ Nguyễn Thị Thu",
                "Tháng 6 - 8/2027",
                "",
            ],
            [
                "8",
                "Quyết toán kinh phí tổ chức thực hiện bồi thường các dự án đã hoàn thành năm 2026",
                "Phòng Hành chính - Tổng hợp",
                "Giám đốc",
                "Trước 31/3/2027",
                "",
            ],
            [
                "9",
                "Xây dựng dự toán thu, chi ngân sách năm 2028 của Trung tâm",
                "Phòng Hành chính - Tổng hợp",
                "Giám đốc",
                "Tháng 7/2027",
                "",
            ],
        ],
        widths=[1.1, 5.8, 3.2, 2.5, 2.5, 1.5],
    )
    h.set_widths(appendix, [0.43, 2.28, 1.26, 0.98, 0.98, 0.59])
    doc.save(path)


def h667_docx(h, path: Path) -> None:
    """Seaport authority: a notice of the director's conclusions, numbered points to rooms and a port
    representative office, one to a deputy director by his field, one request outside."""
    doc = document()
    head_block(
        doc,
        "CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM\nCẢNG VỤ HÀNG HẢI ĐÔNG THÀNH\n───────\nSố: 1142/TB-CVHHĐT",
        right2="Đông Thành, ngày 05 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Giám đốc Cảng vụ tại cuộc họp giao ban tháng 11/2026",
        "Ngày 03/12/2026, ông Huỳnh Tấn Lộc, Giám đốc Cảng vụ Hàng hải Đông Thành chủ trì cuộc họp giao ban "
        "tháng 11/2026. Tham dự có các Phó Giám đốc, trưởng các phòng và Trưởng Đại diện Cảng vụ tại Hòn "
        "Mây. Sau khi nghe các đơn vị báo cáo và ý kiến thảo luận, Giám đốc kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Trong tháng 11/2026, Cảng vụ đã làm thủ tục cho 486 lượt tàu thuyền ra, vào cảng biển; sản lượng "
        "hàng hóa thông qua đạt 2,14 triệu tấn; không để xảy ra tai nạn hàng hải nghiêm trọng. Tuy nhiên, "
        "việc xử lý vi phạm hành chính ở một số vụ việc còn chậm.",
        "**II. NHIỆM VỤ THỜI GIAN TỚI",
        "1. Phòng An toàn - An ninh hàng hải:",
        "a) Tăng cường kiểm tra tàu thuyền theo quy định về kiểm tra nhà nước cảng biển, chú trọng tàu chở "
        "hàng nguy hiểm, tàu cũ; thực hiện thường xuyên.",
        "b) Chủ trì xây dựng Kế hoạch ứng phó sự cố tràn dầu trong vùng nước cảng biển Đông Thành năm 2027, "
        "trình Giám đốc trước ngày 31/12/2026.",
        "2. Đại diện Cảng vụ tại Hòn Mây bố trí trực ban 24/24 giờ, bảo đảm an toàn cho tàu thuyền neo "
        "đậu tránh trú và hành khách đi lại dịp Tết Nguyên đán, từ ngày 01/02/2027 đến ngày 14/02/2027.",
        "3. Phòng Pháp chế rà soát, đề xuất sửa đổi Nội quy cảng biển Đông Thành cho phù hợp với các quy "
        "định mới, báo cáo Giám đốc trước ngày 15/01/2027 để trình Cục Hàng hải và Đường thủy Việt Nam.",
        "4. Phòng Tổ chức - Hành chính:",
        "a) Hoàn thành đánh giá, xếp loại chất lượng công chức, viên chức, người lao động năm 2026 trước "
        "ngày 25/12/2026.",
        "b) Chuẩn bị tổ chức Hội nghị cán bộ, công chức, viên chức năm 2027 trong tháng 01/2027.",
        "5. Phòng Tài chính - Kế toán thu đúng, thu đủ phí, lệ phí hàng hải, nộp ngân sách nhà nước đúng "
        "hạn; báo cáo tình hình thu phí, lệ phí hằng tháng.",
        "6. Phó Giám đốc phụ trách an toàn hàng hải (ông Trịnh Văn Hải) chỉ đạo tổ chức diễn tập phối hợp "
        "tìm kiếm cứu nạn với Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực trong Quý I/2027.",
        "7. Đề nghị Công ty TNHH MTV Hoa tiêu hàng hải khu vực V bố trí đủ hoa tiêu dẫn tàu trong thời gian "
        "từ ngày 01/02/2027 đến ngày 14/02/2027.",
        "8. Các phòng, Đại diện Cảng vụ gửi báo cáo kết quả thực hiện nhiệm vụ về Phòng Tổ chức - Hành "
        "chính trước ngày 22 hằng tháng để tổng hợp, báo cáo giao ban.",
        "Cảng vụ Hàng hải Đông Thành thông báo để các đơn vị biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Cục Hàng hải và Đường thủy VN (b/c);\n- Giám đốc, các PGĐ;\n- Các phòng, Đại diện;"
        "\n- Cty TNHH MTV Hoa tiêu HH KV V;\n- Lưu: VT, TCHC.",
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nĐoàn Thị Kim Oanh",
    )
    doc.save(path)


def h668_xlsx(h, path: Path) -> None:
    """Social work centre: a weekly calendar sheet, each day merged down over its entries, an office
    line, a duty line and a Sunday with nothing on it; the preparing unit in the last column."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Tuan 50"
    title_rows(
        ws,
        [
            "SỞ Y TẾ TỈNH ĐÔNG THÀNH - TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH",
            "LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC",
            "(Tuần 50, từ ngày 07/12/2026 đến ngày 13/12/2026)",
        ],
        6,
        (1, 2),
    )
    ws.append([])
    ws.append(["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Địa điểm", "Bộ phận chuẩn bị"])
    bold_header(ws, 5)
    days = [
        (
            "Thứ Hai\n07/12/2026",
            [
                [
                    "07h30",
                    "Chào cờ; giao ban Ban Giám đốc với trưởng các phòng đầu tuần",
                    "Giám đốc",
                    "Phòng họp số 1",
                    "Phòng Hành chính - Tổng hợp",
                ],
                ["14h00", "Giám đốc làm việc tại cơ quan", "", "", ""],
            ],
        ),
        (
            "Thứ Ba\n08/12/2026",
            [
                [
                    "08h00",
                    "Kiểm tra công tác chăm sóc, nuôi dưỡng đối tượng tại Cơ sở 2 "
                    "(Khu nuôi dưỡng người cao tuổi)",
                    "PGĐ Đặng Thu Trang",
                    "Cơ sở 2",
                    "Phòng Chăm sóc, nuôi dưỡng đối tượng",
                ],
                [
                    "14h00",
                    "Họp Hội đồng xét duyệt hồ sơ tiếp nhận đối tượng vào chăm sóc tại Trung tâm",
                    "Giám đốc",
                    "Phòng họp số 1",
                    "Phòng Công tác xã hội và Quản lý trường hợp",
                ],
            ],
        ),
        (
            "Thứ Tư\n09/12/2026",
            [
                [
                    "08h00",
                    "Tiếp nhận 02 trẻ em có hoàn cảnh đặc biệt do UBND phường An Khánh bàn giao",
                    "PGĐ Đặng Thu Trang",
                    "Cơ sở 1",
                    "Phòng Công tác xã hội và Quản lý trường hợp",
                ],
                [
                    "08h30",
                    "Giám đốc dự Hội nghị tổng kết công tác bảo trợ xã hội năm 2026 (có tham luận)",
                    "Sở Y tế",
                    "Hội trường Sở Y tế",
                    "Phòng Hành chính - Tổng hợp",
                ],
            ],
        ),
        (
            "Thứ Năm\n10/12/2026",
            [
                [
                    "08h00",
                    "Tập huấn kỹ năng tham vấn tâm lý cho nhân viên công tác xã hội",
                    "PGĐ Phạm Quốc Việt",
                    "Hội trường Trung tâm",
                    "Phòng Tham vấn, trị liệu tâm lý",
                ],
                [
                    "14h00",
                    "Tiếp công dân định kỳ",
                    "Giám đốc",
                    "Phòng tiếp công dân",
                    "Phòng Hành chính - Tổng hợp",
                ],
            ],
        ),
        (
            "Thứ Sáu\n11/12/2026",
            [
                [
                    "08h00",
                    "Làm việc với Đoàn kiểm tra của Sở Y tế về công tác phòng cháy, chữa cháy tại các cơ sở",
                    "Giám đốc",
                    "Phòng họp số 1",
                    "Phòng Hành chính - Tổng hợp",
                ],
                [
                    "15h30",
                    "Họp Ban Giám đốc thống nhất chương trình “Tết ấm cho người cao tuổi, trẻ em” năm 2027",
                    "Giám đốc",
                    "Phòng họp số 2",
                    "Phòng Chăm sóc, nuôi dưỡng đối tượng",
                ],
            ],
        ),
        (
            "Thứ Bảy\n12/12/2026",
            [
                [
                    "07h30",
                    "Ngày thứ Bảy tình nguyện cùng sinh viên Trường Cao đẳng Y tế Đông Thành (dự kiến)",
                    "PGĐ Đặng Thu Trang",
                    "Cơ sở 1",
                    "Phòng Chăm sóc, nuôi dưỡng đối tượng",
                ],
                ["Cả ngày", "Trực lãnh đạo: PGĐ Phạm Quốc Việt", "", "", ""],
            ],
        ),
        ("Chủ nhật\n13/12/2026", [["", "(Không có lịch)", "", "", ""]]),
    ]
    for day, entries in days:
        first = ws.max_row + 1
        for index, entry in enumerate(entries):
            ws.append([day if index == 0 else None, *entry])
        if len(entries) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
    wrap(ws, 6)
    ws.append([])
    ws.append(
        [
            "Ghi chú: Lịch có thể thay đổi; Phòng Hành chính - Tổng hợp thông báo kịp thời khi có "
            "điều chỉnh. "
            "Các phòng chuẩn bị tài liệu gửi Ban Giám đốc trước 01 ngày."
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
    ws.append([])
    ws.append(["", "", "", "", "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG HÀNH CHÍNH - TỔNG HỢP"])
    ws.append([])
    ws.append(["", "", "", "", "Mai Xuân Phúc"])
    column_widths(ws, [14, 10, 52, 20, 20, 30])
    wb.save(path)


def h669_docx(h, path: Path) -> None:
    """Forest ranger sub-department: a prose plan for the dry season, tasks inside numbered prose
    under headed solutions, a team named in full then by its short name, a closing round of reports."""
    doc = document()
    head_block(
        doc,
        "CHI CỤC KIỂM LÂM TỈNH ĐÔNG THÀNH\nHẠT KIỂM LÂM HUYỆN SƠN KHÊ\n───────\nSố: 97/KH-HKL",
        right2="Sơn Khê, ngày 02 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Phòng cháy, chữa cháy rừng mùa khô 2026 - 2027",
        "Thực hiện Kế hoạch số 311/KH-CCKL ngày 18/11/2026 của Chi cục Kiểm lâm tỉnh về phòng cháy, chữa "
        "cháy rừng (PCCCR) mùa khô 2026 - 2027, Hạt Kiểm lâm huyện Sơn Khê xây dựng Kế hoạch như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Chủ động phòng ngừa, phát hiện sớm và chữa cháy kịp thời, không để cháy lớn xảy ra trên diện tích "
        "18.640 ha rừng của huyện; huy động lực lượng theo phương châm “bốn tại chỗ”.",
        "**II. NHIỆM VỤ, GIẢI PHÁP",
        "**1. Công tác tuyên truyền",
        "Các Trạm Kiểm lâm địa bàn phối hợp với UBND các xã tổ chức tuyên truyền PCCCR tại các thôn, bản; "
        "ký cam kết bảo vệ rừng với 100% hộ gia đình nhận khoán; hoàn thành trước ngày 31/12/2026.",
        "**2. Kiện toàn tổ chức, lực lượng",
        "Tổ Kiểm lâm cơ động và PCCCR (sau đây gọi là Tổ cơ động) tham mưu Hạt trưởng trình UBND huyện "
        "kiện toàn Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng và PCCCR huyện trong tháng 12/2026.",
        "**3. Trực cháy và dự báo cháy rừng",
        "a) Tổ cơ động tổ chức trực PCCCR 24/24 giờ tại Hạt trong các tháng cao điểm, từ tháng 01/2027 đến "
        "hết tháng 4/2027.",
        "b) Bộ phận Kỹ thuật cập nhật cấp dự báo cháy rừng, thông báo trên hệ thống truyền thanh và bảng "
        "dự báo tại các xã; thực hiện hằng ngày trong mùa khô.",
        "**4. Chuẩn bị phương tiện, dụng cụ",
        "Bộ phận Kế toán lập dự toán mua sắm bổ sung máy thổi gió, bàn dập lửa, bình chữa cháy đeo vai, "
        "trình Hạt trưởng trước ngày 20/12/2026.",
        "**5. Diễn tập, kiểm tra",
        "a) Tổ cơ động chủ trì, phối hợp Ban Chỉ huy Quân sự huyện, Công an huyện tổ chức diễn tập chữa "
        "cháy rừng tại xã Nà Pò vào tháng 02/2027.",
        "b) Trạm Kiểm lâm địa bàn liên xã Tà Sa - Nà Pò kiểm tra việc đốt nương, đốt thực bì của người dân "
        "ở các khu vực giáp ranh rừng phòng hộ; thực hiện thường xuyên.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Tổ Hành chính - Tổng hợp là bộ phận thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; "
        "tổng hợp báo cáo tổng kết công tác PCCCR mùa khô gửi Chi cục Kiểm lâm trước ngày 15/5/2027.",
        "2. Các Trạm Kiểm lâm địa bàn báo cáo ngay khi xảy ra cháy rừng; định kỳ báo cáo kết quả công tác "
        "PCCCR về Hạt (qua Tổ Hành chính - Tổng hợp) vào ngày 25 hằng tháng.",
        "3. Đề nghị UBND các xã có rừng kiện toàn Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng và "
        "PCCCR cấp xã, hoàn thành trước ngày 25/12/2026.",
        "Trên đây là Kế hoạch PCCCR mùa khô 2026 - 2027 của Hạt Kiểm lâm huyện Sơn Khê./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Chi cục Kiểm lâm (b/c);\n- UBND huyện (b/c);\n- UBND các xã có rừng;"
        "\n- Các Trạm, Tổ thuộc Hạt;\n- Lưu: VT.",
        "HẠT TRƯỞNG\n\n\n\nSầm Văn Chiến",
    )
    doc.save(path)


def h671_docx(h, path: Path) -> None:
    """Blood transfusion and haematology hospital: a yearly programme table with lead, partner and
    leader columns, a group row whose numbered sub-rows carry their own leads and months, a date
    `Theo kế hoạch riêng`."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "SỞ Y TẾ ĐÔNG THÀNH\nBỆNH VIỆN TRUYỀN MÁU HUYẾT HỌC\n───────\nSố: 812/CTr-BVTMHH",
        right2="Đông Thành, ngày 30 tháng 11 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ kết quả thực hiện nhiệm vụ năm 2026 và chỉ tiêu kế hoạch Sở Y tế giao năm 2027, Ban Giám "
        "đốc Bệnh viện ban hành Chương trình công tác năm 2027 như sau:",
    )
    grid(
        doc,
        [
            "TT",
            "Nội dung công việc",
            "Khoa, phòng chủ trì",
            "Khoa, phòng phối hợp",
            "Lãnh đạo phụ trách",
            "Thời gian hoàn thành",
        ],
        [
            ("§", "I", "CÔNG TÁC VẬN ĐỘNG HIẾN MÁU, TIẾP NHẬN MÁU"),
            [
                "1",
                "Tiếp nhận 62.000 đơn vị máu toàn phần và 3.500 đơn vị tiểu cầu gạn tách",
                "Khoa Tiếp nhận máu",
                "Phòng Công tác xã hội",
                "PGĐ Phan Minh Tú",
                "31/12/2027",
            ],
            ["2", "Tổ chức các sự kiện hiến máu cao điểm:", "", "", "PGĐ Phan Minh Tú", ""],
            [
                "2.1",
                "Lễ hội Xuân hồng năm 2027",
                "Khoa Tiếp nhận máu",
                "Hội Chữ thập đỏ tỉnh",
                "",
                "Tháng 01 - 02/2027",
            ],
            [
                "2.2",
                "Chiến dịch “Hành trình Đỏ” hè năm 2027",
                "Phòng Công tác xã hội",
                "Tỉnh đoàn",
                "",
                "Tháng 7/2027",
            ],
            ("§", "II", "CÔNG TÁC CHUYÊN MÔN"),
            [
                "3",
                "Triển khai kỹ thuật sàng lọc NAT cho 100% đơn vị máu tiếp nhận",
                "Khoa Xét nghiệm",
                "Phòng Kế hoạch tổng hợp",
                "PGĐ Vũ Thị Ngọc Anh",
                "Quý II/2027",
            ],
            [
                "4",
                "Mở rộng điều trị ngoại trú cho người bệnh Thalassemia",
                "Khoa Huyết học lâm sàng",
                "",
                "PGĐ Vũ Thị Ngọc Anh",
                "Quý III",
            ],
            [
                "5",
                "Kiểm tra, hướng dẫn sử dụng máu an toàn tại các bệnh viện trong tỉnh",
                "Phòng Kế hoạch tổng hợp",
                "Khoa Xét nghiệm",
                "PGĐ Vũ Thị Ngọc Anh",
                "Theo kế hoạch riêng",
            ],
            [
                "6",
                "Tham gia chương trình ngoại kiểm chất lượng xét nghiệm huyết học - truyền máu",
                "Khoa Xét nghiệm",
                "",
                "PGĐ Vũ Thị Ngọc Anh",
                "Hằng quý",
            ],
            ("§", "III", "CÔNG TÁC QUẢN LÝ, HÀNH CHÍNH"),
            [
                "7",
                "Tự đánh giá chất lượng bệnh viện theo Bộ tiêu chí chất lượng",
                "Phòng Quản lý chất lượng",
                "Các khoa, phòng",
                "Giám đốc",
                "Tháng 10 - 11/2027",
            ],
            [
                "8",
                "Sửa chữa, mở rộng kho lạnh bảo quản máu và chế phẩm máu",
                "Phòng Hành chính quản trị",
                "Phòng Tài chính kế toán",
                "Giám đốc",
                "Trước 30/9/2027",
            ],
            [
                "9",
                "Xây dựng Đề án vị trí việc làm và cơ cấu chức danh nghề nghiệp viên chức",
                "Phòng Tổ chức cán bộ",
                "",
                "Giám đốc",
                "Quý I/2027",
            ],
            [
                "10",
                "Xây dựng phương án tự chủ tài chính giai đoạn 2027 - 2029",
                "Phòng Tài chính kế toán",
                "Phòng Kế hoạch tổng hợp",
                "Giám đốc",
                "Trước 15/3/2027",
            ],
            [
                "11",
                "Cập nhật dữ liệu người hiến máu trên phần mềm quản lý ngân hàng máu",
                "Phòng Công nghệ thông tin",
                "Khoa Tiếp nhận máu",
                "PGĐ Phan Minh Tú",
                "Thường xuyên",
            ],
        ],
        widths=[1.0, 9.0, 4.0, 4.0, 3.5, 3.0],
    )
    para(doc, "")
    para(
        doc,
        "Các khoa, phòng báo cáo kết quả thực hiện Chương trình về Phòng Kế hoạch tổng hợp trước ngày 20 "
        "tháng cuối mỗi quý để tổng hợp, báo cáo Ban Giám đốc.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, KHTH.",
        "GIÁM ĐỐC\n\n\n\nBSCKII. Lưu Thị Bích Hạnh",
    )
    doc.save(path)


def h672_docx(h, path: Path) -> None:
    """Bar Association: a notice of the Executive Board's conclusions (numbered points, one split in
    a) and b)) then a small table assigning the congress preparations, one due relative to the congress."""
    doc = document()
    head_block(
        doc,
        "LIÊN ĐOÀN LUẬT SƯ VIỆT NAM\nĐOÀN LUẬT SƯ TỈNH ĐÔNG THÀNH\n───────\nSố: 163/TB-ĐLS",
        right2="Đông Thành, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận phiên họp Ban Chủ nhiệm Đoàn Luật sư tháng 12/2026",
        "Ngày 02/12/2026, Ban Chủ nhiệm Đoàn Luật sư tỉnh Đông Thành họp phiên thường kỳ dưới sự chủ trì "
        "của LS. Quách Đình Nghĩa, Chủ nhiệm Đoàn. Dự họp có 07/07 thành viên Ban Chủ nhiệm, Chủ tịch Hội "
        "đồng Khen thưởng, Kỷ luật và Chánh Văn phòng Đoàn. Chủ nhiệm Đoàn kết luận như sau:",
        "**I. TÌNH HÌNH HOẠT ĐỘNG",
        "Đến ngày 30/11/2026, Đoàn có 312 luật sư thành viên, 118 tổ chức hành nghề luật sư; trong năm đã "
        "tiếp nhận 14 người tập sự đạt kết quả kiểm tra kết quả tập sự hành nghề luật sư.",
        "**II. KẾT LUẬN VÀ GIAO NHIỆM VỤ",
        "1. Văn phòng Đoàn hoàn thiện hồ sơ đề nghị cấp Chứng chỉ hành nghề luật sư và Thẻ luật sư cho 14 "
        "người gia nhập Đoàn, gửi Sở Tư pháp trước ngày 15/12/2026.",
        "2. Ban Đào tạo, bồi dưỡng:",
        "a) Xây dựng Kế hoạch bồi dưỡng nghiệp vụ bắt buộc năm 2027 cho luật sư, trình Ban Chủ nhiệm trước "
        "ngày 31/12/2026;",
        "b) Tổ chức lớp bồi dưỡng nghiệp vụ đầu tiên của năm 2027 trong Quý I/2027.",
        "3. Hội đồng Khen thưởng, Kỷ luật xem xét đơn khiếu nại của bà Trần Thị M. đối với một luật sư "
        "thành viên, báo cáo kết quả tại phiên họp Ban Chủ nhiệm tháng 01/2027.",
        "4. Ban Bảo vệ quyền hành nghề luật sư phối hợp với Công an tỉnh, Tòa án nhân dân tỉnh tổ chức "
        "tọa đàm về bảo đảm quyền của luật sư trong tố tụng hình sự; thời gian dự kiến tháng 3/2027.",
        "5. Văn phòng Đoàn (bộ phận kế toán) đôn đốc luật sư thành viên nộp phí thành viên năm 2027, hoàn "
        "thành trước ngày 31/3/2027.",
        "6. Đề nghị các tổ chức hành nghề luật sư cập nhật thông tin luật sư, tổ chức hành nghề trên Hệ "
        "thống quản lý luật sư của Liên đoàn Luật sư Việt Nam trước ngày 20/01/2027.",
        "**III. PHÂN CÔNG CHUẨN BỊ ĐẠI HỘI ĐẠI BIỂU ĐOÀN LUẬT SƯ NHIỆM KỲ 2027 - 2032",
    ]
    marked_paragraphs(doc, lines, MARKS)
    grid(
        doc,
        ["TT", "Công việc", "Bộ phận thực hiện", "Thời hạn"],
        [
            [
                "1",
                "Dự thảo Báo cáo tổng kết nhiệm kỳ 2022 - 2027, phương hướng nhiệm kỳ 2027 - 2032",
                "Tổ Biên tập (LS. Đỗ Văn Hùng, Phó Chủ nhiệm, Tổ trưởng)",
                "Tháng 02/2027",
            ],
            [
                "2",
                "Xây dựng Đề án nhân sự Ban Chủ nhiệm, Hội đồng Khen thưởng, Kỷ luật khóa mới",
                "Tiểu ban Nhân sự",
                "Trước 15/3/2027",
            ],
            [
                "3",
                "Chuẩn bị hội trường, tài liệu, khánh tiết và hậu cần phục vụ Đại hội",
                "Tiểu ban Tổ chức - Hậu cần",
                "Chậm nhất 20 ngày trước ngày khai mạc Đại hội",
            ],
        ],
        widths=[1.0, 8.0, 5.0, 3.0],
    )
    para(
        doc,
        "Văn phòng Đoàn thông báo để các thành viên Ban Chủ nhiệm, các bộ phận liên quan biết, thực hiện./.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Liên đoàn Luật sư Việt Nam (b/c);\n- Sở Tư pháp tỉnh (b/c);"
        "\n- Thành viên Ban Chủ nhiệm;"
        "\n- Các tổ chức hành nghề luật sư;\n- Lưu: VP.",
        "TL. BAN CHỦ NHIỆM\nCHÁNH VĂN PHÒNG\n\n\n\nLS. Kha Thị Thùy Dung",
    )
    doc.save(path)


def batch_h663() -> None:
    """Writes h663–h672 but the hand-written .html (the .doc and .pdf through LibreOffice)."""
    write_batch(
        [
            (h663_docx, "h663_cv_so_cong_thuong_binh_on_tet.docx"),
            (h664_xlsx, "h664_chi_tieu_chi_cuc_chan_nuoi_thu_y.xlsx"),
            (h665_docx, "h665_ctr_xuc_tien_dau_tu_viet_tat.docx"),
            (h667_docx, "h667_tbkl_cang_vu_hang_hai_giao_ban.docx"),
            (h668_xlsx, "h668_lich_tuan_tt_cong_tac_xa_hoi.xlsx"),
            (h671_docx, "h671_ctr_bv_truyen_mau_huyet_hoc.docx"),
            (h672_docx, "h672_tbkl_doan_luat_su_dai_hoi.docx"),
        ],
        [
            (h666_docx, "h666_kh_quy_dat_son_khe_phu_luc.docx", "pdf"),
            (h669_docx, "h669_kh_hat_kiem_lam_pcccr.docx", "doc"),
        ],
        _out,
    )
