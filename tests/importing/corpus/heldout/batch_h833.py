"""Held-out batch h833–h842, written by h13author80 blind to the importer: ten documents of a
provincial Department of Natural Resources' land division, a district health centre's preventive
medicine department, a provincial Red Cross Society, a provincial environmental monitoring centre, a
provincial museum, a mountain commune's People's Committee, a provincial Department of Transport's
vehicle registration division, a provincial irrigation works company, a provincial Youth Union's
volunteer division and a provincial State Treasury's control division. Every name, person, place,
number and date in them is invented."""

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
    "h839_cv_sgtvt_xe_may_chuyen_dung",  # h13fixZX
    "h836_chi_tieu_tt_quan_trac_dot",  # h13fixZM
    "h841_kh_tinh_doan_xuan_tinh_nguyen",  # h13fixZM
    "h834_kh_ttyt_huyen_dong_xuan_truong_nhan",  # h13fixZJ
    "h842_tbkl_kbnn_kiem_soat_chi",  # h13fixZN
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h833_docx(h, path: Path) -> None:
    """Land division: a quarter programme under month rows, a leader column, a ditto (`nt`) lead."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐÔNG SƠN\nPHÒNG QUẢN LÝ ĐẤT ĐAI\n───────\nSố: 14/CTr-QLĐĐ",
        right2="Đông Sơn, ngày 29 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    para(doc, "của Phòng Quản lý đất đai", italic=True, center=True)
    para(
        doc,
        "Thực hiện Chương trình công tác năm 2027 của Sở Tài nguyên và Môi trường ban hành kèm theo Quyết "
        "định số 1906/QĐ-STNMT ngày 22/12/2026, Phòng Quản lý đất đai xây dựng chương trình công tác "
        "Quý I năm 2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung công việc", "Bộ phận chủ trì", "Lãnh đạo phòng phụ trách", "Thời hạn"],
        [
            ("§", "", "Tháng 01"),
            [
                "1",
                "Tham mưu Giám đốc Sở trình UBND tỉnh ban hành Bảng giá đất điều chỉnh áp dụng từ năm 2027",
                "Tổ Giá đất",
                "Trưởng phòng",
                "20/01",
            ],
            [
                "2",
                "Thẩm định hồ sơ giao đất, cho thuê đất, chuyển mục đích sử dụng đất các dự án ngoài khu "
                "công nghiệp",
                "Tổ Giao đất, cho thuê đất",
                "PTP Hà Văn Kiên",
                "Thường xuyên",
            ],
            [
                "3",
                "Tổng hợp kết quả thống kê đất đai năm 2026 của 09 huyện, thành phố",
                "Tổ Thống kê - Kiểm kê",
                "PTP Lò Thị Vân",
                "31/01",
            ],
            ("§", "", "Tháng 02"),
            [
                "4",
                "Kiểm tra tình hình sử dụng đất của các tổ chức được Nhà nước giao đất, cho thuê đất tại "
                "huyện Ea Lâm",
                "Tổ Kiểm tra sử dụng đất",
                "PTP Hà Văn Kiên",
                "Tháng 02",
            ],
            [
                "5",
                "Rà soát các dự án chậm đưa đất vào sử dụng quá 24 tháng, đề xuất xử lý theo quy định",
                "nt",
                "nt",
                "26/02",
            ],
            [
                "6",
                "Hướng dẫn UBND cấp huyện lập kế hoạch sử dụng đất năm 2028",
                "Tổ Quy hoạch - Kế hoạch sử dụng đất",
                "Trưởng phòng",
                "15/3",
            ],
            ("§", "", "Tháng 3"),
            [
                "7",
                "Báo cáo kết quả cấp Giấy chứng nhận quyền sử dụng đất lần đầu Quý I/2027",
                "Tổ Đăng ký đất đai;\nTổ Thống kê - Kiểm kê",
                "PTP Lò Thị Vân",
                "25/3",
            ],
            [
                "8",
                "Giải quyết đơn thư, kiến nghị của công dân về đất đai do Lãnh đạo Sở chuyển đến",
                "Tổ Kiểm tra sử dụng đất",
                "PTP Hà Văn Kiên",
                "Theo thời hạn ghi tại phiếu chuyển",
            ],
            [
                "9",
                "Cập nhật cơ sở dữ liệu giá đất lên Hệ thống thông tin đất đai tỉnh",
                "Tổ Giá đất",
                "Trưởng phòng",
                "Hằng tuần",
            ],
        ],
        widths=[1.2, 11, 4.5, 4, 3.5],
    )
    para(
        doc,
        "Chương trình có thể được điều chỉnh theo chỉ đạo của Lãnh đạo Sở. Các Tổ báo cáo kết quả thực "
        "hiện nhiệm vụ về Trưởng phòng (qua Thư ký phòng) trước 16 giờ 00 thứ Năm hằng tuần.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Giám đốc Sở (b/c);\n- PGĐ Sở phụ trách;\n- Các Tổ thuộc Phòng;\n- Lưu: QLĐĐ.",
        "TRƯỞNG PHÒNG\n\n\n\nNguyễn Đình Thạch",
    )
    doc.save(path)


def h834_docx(h, path: Path) -> None:
    """District health centre: a winter-spring plan, labelled fields on their own lines, a defined
    short name for the preventive department."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH ĐIỆN SƠN\nTRUNG TÂM Y TẾ HUYỆN MƯỜNG PHA\n───────\nSố: 318/KH-TTYT",
        right2="Mường Pha, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Phòng, chống dịch bệnh truyền nhiễm mùa Đông Xuân 2026 - 2027",
        "Căn cứ Kế hoạch số 512/KH-SYT ngày 20/11/2026 của Sở Y tế về phòng, chống dịch bệnh mùa Đông Xuân; "
        "Trung tâm Y tế huyện Mường Pha xây dựng Kế hoạch với các nội dung sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Chủ động phát hiện sớm, khoanh vùng, xử lý kịp thời các ổ dịch cúm, sởi, tay chân miệng; không để "
        "dịch lớn xảy ra trên địa bàn huyện.",
        "**II. NỘI DUNG HOẠT ĐỘNG",
        "Khoa Kiểm soát bệnh tật và HIV/AIDS (sau đây gọi là Khoa KSBT) là khoa chuyên môn chủ trì các "
        "hoạt động dưới đây, trừ khi ghi khác.",
        "**1. Giám sát ca bệnh tại cộng đồng",
        "Giám sát chủ động ca bệnh cúm, sởi, tay chân miệng tại 14 xã, thị trấn; điều tra ca bệnh nghi ngờ.",
        "- Đơn vị thực hiện: Khoa KSBT chủ trì, Trạm Y tế các xã, thị trấn phối hợp.",
        "- Thời gian: thường xuyên.",
        "**2. Tiêm vắc xin sởi - rubella bổ sung",
        "Tổ chức tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi tại 04 xã vùng cao Pa Tần, "
        "Huổi Lếch, Nậm Vì, Sín Chải.",
        "- Thời gian: tháng 01/2027.",
        "- Đơn vị thực hiện: Khoa KSBT.",
        "**3. Xử lý ổ dịch",
        "Phun hóa chất khử khuẩn, xử lý môi trường tại hộ gia đình có ca bệnh và các hộ xung quanh.",
        "- Đơn vị thực hiện: Đội Cơ động phòng, chống dịch.",
        "- Thời gian: trong vòng 48 giờ kể từ khi phát hiện ca bệnh.",
        "**4. Truyền thông",
        "Phát tin phòng, chống bệnh mùa Đông Xuân trên Đài Truyền thanh - Truyền hình huyện bằng tiếng "
        "phổ thông và tiếng Thái.",
        "- Đơn vị thực hiện: Khoa Dân số - Truyền thông và Giáo dục sức khỏe.",
        "- Thời gian: từ tháng 12/2026 đến hết tháng 3/2027.",
        "**5. Hậu cần",
        "Chuẩn bị đủ cơ số thuốc, hóa chất, vật tư, trang phục phòng hộ cho 04 tình huống dịch.",
        "- Đơn vị thực hiện: Khoa Dược - Vật tư y tế.",
        "- Thời gian: trước ngày 25/12/2026.",
        "**6. Tập huấn",
        "Tập huấn giám sát, xử lý ổ dịch cho viên chức Trạm Y tế xã và nhân viên y tế thôn, bản.",
        "- Thời gian: ngày 15/01/2027, tại Hội trường Trung tâm.",
        "**7. Kiểm tra",
        "Kiểm tra công tác chuẩn bị phòng, chống dịch tại 14 Trạm Y tế xã, thị trấn.",
        "- Đơn vị thực hiện: Khoa KSBT, Phòng Kế hoạch - Nghiệp vụ.",
        "- Thời gian: tháng 02/2027.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Khoa KSBT là đơn vị đầu mối, theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế hoạch.",
        "2. Phòng Tài chính - Kế toán bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách sự nghiệp y "
        "tế năm 2027.",
        "3. Trạm Y tế các xã, thị trấn báo cáo số ca mắc, tử vong do bệnh truyền nhiễm về Khoa KSBT vào thứ "
        "Hai hằng tuần.",
        "4. Đề nghị Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường mầm non, tiểu học thực hiện vệ sinh "
        "lớp học, theo dõi học sinh nghỉ ốm và thông báo ngay cho Trạm Y tế xã khi có ca nghi ngờ.",
        "Trên đây là Kế hoạch phòng, chống dịch bệnh mùa Đông Xuân 2026 - 2027 của Trung tâm Y tế huyện "
        "Mường Pha./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- UBND huyện (b/c);\n- Phòng GD&ĐT huyện;\n- Các khoa, phòng, TYT "
        "xã;\n- Lưu: VT, KSBT.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nBs. Lường Văn Thiêm",
    )
    doc.save(path)


def h835_docx(h, path: Path) -> None:
    """Red Cross Society: a notice of the chairwoman's conclusions, dash points under roman headings
    (converted to .doc)."""
    doc = document()
    head_block(
        doc,
        "TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM\nHỘI CHỮ THẬP ĐỎ TỈNH NAM THÀNH\n───────\nSố: 87/TB-CTĐ",
        right2="Nam Thành, ngày 09 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Chủ tịch Hội tại cuộc họp giao ban Thường trực Hội tháng 12/2026",
        "Ngày 07/12/2026, đồng chí Trịnh Thị Mai Phương, Chủ tịch Hội Chữ thập đỏ tỉnh chủ trì cuộc họp "
        "giao ban Thường trực Hội; dự họp có các đồng chí Phó Chủ tịch, Trưởng các ban và Chánh Văn phòng. "
        "Sau khi nghe các ban báo cáo, Chủ tịch Hội kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Tháng 11/2026, các ban đã hoàn thành cơ bản nhiệm vụ; công tác vận động ủng hộ đồng bào bị thiệt "
        "hại do bão số 9 đạt 4,2 tỷ đồng. Tuy nhiên tiến độ giải ngân hỗ trợ còn chậm, một số hồ sơ thiếu "
        "chứng từ.",
        "**II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
        '- Ban Công tác xã hội chủ trì tổ chức Chương trình "Tết Nhân ái" Xuân Đinh Mùi 2027, trao 3.000 '
        "suất quà cho hộ nghèo, nạn nhân chất độc da cam; hoàn thành trước ngày 31/01/2027.",
        "- Phó Chủ tịch phụ trách công tác xã hội (bà Lò Thị Hoa) chỉ đạo vận động nguồn lực từ các doanh "
        "nghiệp, nhà hảo tâm cho Chương trình trong tháng 12/2026.",
        "- Ban Tổ chức - Kiểm tra hướng dẫn Hội Chữ thập đỏ cấp huyện tổng kết công tác Hội năm 2026, xong "
        "trước ngày 20/12/2026.",
        "- Văn phòng chuẩn bị nội dung, điều kiện tổ chức Hội nghị tổng kết công tác Hội năm 2026, dự "
        "kiến tổ chức ngày 08/01/2027.",
        "- Văn phòng hoàn thành quyết toán kinh phí hoạt động năm 2026 trước ngày 25/12/2026.",
        "- Trung tâm Sơ cấp cứu Chữ thập đỏ tỉnh mở 02 lớp tập huấn sơ cấp cứu cho lái xe khách, xe buýt "
        "trong Quý I/2027.",
        "- Ban Truyền thông - Phát triển nguồn lực thường xuyên đăng tải tin, bài về các hoạt động Tết "
        "Nhân ái trên Trang thông tin điện tử của Hội.",
        '- Ban Công tác xã hội phối hợp Bệnh viện Đa khoa tỉnh tổ chức Ngày hội hiến máu "Giọt hồng ngày '
        'Xuân" vào ngày 20/02/2027.',
        "- Đề nghị Hội Chữ thập đỏ các huyện, thành phố rà soát danh sách đối tượng nhận quà Tết, gửi về "
        "Ban Công tác xã hội trước ngày 15/12/2026.",
        "- Các Phó Chủ tịch theo lĩnh vực được phân công chủ động chỉ đạo các ban triển khai thực hiện.",
        "Văn phòng Hội thông báo để các ban, đơn vị biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- TW Hội CTĐ Việt Nam (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Thường trực Hội;\n- Các "
        "ban, đơn vị;\n- Hội CTĐ các huyện, TP;\n- Lưu: VT.",
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\n\nĐặng Quốc Huy",
    )
    doc.save(path)


def h836_xlsx(h, path: Path) -> None:
    """Environmental monitoring centre: an indicator sheet, rounds in the time column, a sub-row."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu 2027"
    title_rows(
        ws,
        [
            "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẮC LÂM",
            "TRUNG TÂM QUAN TRẮC TÀI NGUYÊN VÀ MÔI TRƯỜNG",
            "CHỈ TIÊU KẾ HOẠCH CHUYÊN MÔN NĂM 2027",
            "(Kèm theo Quyết định số 96/QĐ-TTQT ngày 15/12/2026 của Giám đốc Trung tâm)",
        ],
        7,
        (1, 2, 3),
    )
    ws.append([])
    ws.append(["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2027", "Phòng thực hiện", "Thời gian", "Ghi chú"])
    bold_header(ws, 6)
    rows = [
        ["A", "QUAN TRẮC MÔI TRƯỜNG"],
        [
            1,
            "Quan trắc chất lượng nước mặt tại các sông, hồ, kênh mương nội tỉnh",
            "điểm",
            42,
            "Phòng Quan trắc hiện trường",
            "Đợt 1: T3; Đợt 2: T6; Đợt 3: T9; Đợt 4: T11",
            "",
        ],
        ["", "- Trong đó: điểm bổ sung tại lưu vực sông Cầu Lâm", "điểm", 6, "", "", ""],
        [
            2,
            "Quan trắc chất lượng nước dưới đất tại các giếng quan trắc",
            "giếng",
            18,
            "Phòng Quan trắc hiện trường",
            "Mùa khô (T4) và mùa mưa (T10)",
            "",
        ],
        [
            3,
            "Quan trắc không khí xung quanh tại các khu, cụm công nghiệp",
            "điểm",
            24,
            "Phòng Quan trắc hiện trường",
            "6 đợt/năm",
            "",
        ],
        [
            4,
            "Duy trì vận hành các trạm quan trắc không khí tự động, liên tục",
            "trạm",
            5,
            "Phòng Quan trắc tự động",
            "Liên tục",
            "Tỷ lệ dữ liệu đạt ≥ 85%",
        ],
        ["B", "PHÂN TÍCH, THÍ NGHIỆM"],
        [
            5,
            "Phân tích mẫu nước, không khí, đất trong phòng thí nghiệm",
            "mẫu",
            "2.400",
            "Phòng Phân tích thí nghiệm",
            "Thường xuyên",
            "",
        ],
        [
            6,
            "Kiểm định, hiệu chuẩn thiết bị quan trắc và phân tích",
            "thiết bị",
            35,
            "Phòng Phân tích thí nghiệm",
            "Quý II",
            "",
        ],
        ["C", "BÁO CÁO, DỊCH VỤ, ĐÀO TẠO"],
        [
            7,
            "Lập báo cáo hiện trạng môi trường tỉnh giai đoạn 2022 - 2026",
            "báo cáo",
            1,
            "Phòng Dữ liệu và Báo cáo môi trường",
            "30/6/2027",
            "Trình Sở trước khi trình UBND tỉnh",
        ],
        [
            8,
            "Báo cáo kết quả quan trắc định kỳ gửi Sở Tài nguyên và Môi trường",
            "báo cáo",
            4,
            "Phòng Dữ liệu và Báo cáo môi trường",
            "Hằng quý",
            "",
        ],
        [
            9,
            "Thực hiện hợp đồng dịch vụ quan trắc môi trường cho doanh nghiệp",
            "hợp đồng",
            120,
            "Phòng Hành chính - Kế hoạch",
            "Trước 15/12/2027",
            "Doanh thu dự kiến 6,5 tỷ đồng",
        ],
        [
            10,
            "Đào tạo, tập huấn QA/QC cho quan trắc viên",
            "lượt người",
            40,
            "Phòng Hành chính - Kế hoạch",
            "Tháng 8",
            "",
        ],
        ["", "Tổng số chỉ tiêu: 10", "", "", "", "", ""],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
    wrap(ws, 7)
    ws.append([])
    ws.append(
        [
            "Các phòng chuyên môn báo cáo tiến độ thực hiện chỉ tiêu về Phòng Hành chính - Kế hoạch trước "
            "ngày 25 hằng tháng để tổng hợp, báo cáo Giám đốc."
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    ws.append([])
    ws.append(["", "", "", "", "", "GIÁM ĐỐC"])
    ws.append([])
    ws.append([])
    ws.append(["", "", "", "", "", "Trần Minh Khuê"])
    column_widths(ws, [6, 48, 10, 10, 26, 22, 24])
    wb.save(path)


def h837_xlsx(h, path: Path) -> None:
    """Provincial museum: a weekly calendar, each day merged down over its rows, office and duty lines."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Lịch tuần 51"
    title_rows(
        ws,
        [
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TÂY HÀ - BẢO TÀNG TỈNH",
            "LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC",
            "(Từ ngày 14/12/2026 đến ngày 20/12/2026)",
        ],
        6,
        (1, 2),
    )
    ws.append(["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"])
    bold_header(ws, 4)
    days = [
        (
            "Thứ Hai\n14/12",
            [
                [
                    "08h00",
                    "Giao ban Ban Giám đốc tuần 51",
                    "Giám đốc",
                    "Phòng Hành chính - Tổng hợp",
                    "Phòng họp tầng 2",
                ],
                [
                    "14h00",
                    "Họp Hội đồng xác định hiện vật sưu tầm đợt 2 năm 2026",
                    "PGĐ Lương Văn Tín",
                    "Phòng Sưu tầm - Kiểm kê - Bảo quản",
                    "Phòng họp tầng 2",
                ],
            ],
        ),
        (
            "Thứ Ba\n15/12",
            [
                [
                    "08h00",
                    'Khai mạc trưng bày chuyên đề "Sắc màu thổ cẩm vùng cao Tây Hà"',
                    "Giám đốc",
                    "Phòng Trưng bày - Tuyên truyền",
                    "Sảnh nhà trưng bày B",
                ],
                ["Chiều", "Giám đốc làm việc tại cơ quan", "", "", ""],
            ],
        ),
        (
            "Thứ Tư\n16/12",
            [
                [
                    "08h30",
                    "Làm việc với Đoàn kiểm tra của Sở về công tác kiểm kê, bảo quản hiện vật",
                    "Giám đốc",
                    "Phòng Sưu tầm - Kiểm kê - Bảo quản; Phòng Hành chính - Tổng hợp",
                    "Kho hiện vật",
                ],
            ],
        ),
        (
            "Thứ Năm\n17/12",
            [
                [
                    "07h30",
                    "Khảo sát di tích khảo cổ hang Mỏ Luông, xã Nậm Chà (dự kiến)",
                    "PGĐ Lương Văn Tín",
                    "Phòng Nghiên cứu khoa học",
                    "Xã Nậm Chà",
                ],
                [
                    "14h00",
                    "Tập huấn kỹ năng thuyết minh cho đội ngũ hướng dẫn viên",
                    "PGĐ Nguyễn Thị Quyên",
                    "Phòng Trưng bày - Tuyên truyền",
                    "Hội trường",
                ],
            ],
        ),
        (
            "Thứ Sáu\n18/12",
            [
                [
                    "08h00",
                    "Họp Chi bộ định kỳ tháng 12",
                    "Bí thư Chi bộ",
                    "Phòng Hành chính - Tổng hợp",
                    "Phòng họp tầng 2",
                ],
                [
                    "14h00",
                    "Kiểm tra công tác phòng cháy, chữa cháy tại kho hiện vật và nhà trưng bày",
                    "PGĐ Lương Văn Tín",
                    "Phòng Sưu tầm - Kiểm kê - Bảo quản",
                    "Kho hiện vật",
                ],
            ],
        ),
        (
            "Thứ Bảy\n19/12",
            [
                [
                    "08h00",
                    'Chương trình "Ngày hội gia đình tại Bảo tàng" cho học sinh và phụ huynh',
                    "PGĐ Nguyễn Thị Quyên",
                    "Phòng Trưng bày - Tuyên truyền",
                    "Sân Bảo tàng",
                ],
            ],
        ),
        ("Chủ nhật\n20/12", [["Cả ngày", "Trực lãnh đạo: PGĐ Nguyễn Thị Quyên", "", "", ""]]),
    ]
    for day, entries in days:
        first = ws.max_row + 1
        for entry in entries:
            ws.append(["", *entry])
        ws.cell(first, 1).value = day
        if len(entries) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
    wrap(ws, 5)
    ws.append([])
    ws.append(
        [
            "Ghi chú: Lịch có thể thay đổi khi có công việc đột xuất. Các phòng đăng ký lịch công tác tuần "
            "sau về Phòng Hành chính - Tổng hợp trước 15h00 thứ Năm hằng tuần."
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
    column_widths(ws, [12, 10, 50, 22, 30, 20])
    wb.save(path)


def h838_md(h, path: Path) -> None:
    """Mountain commune: a forest-fire and tree-planting plan as Markdown, doer and time in a
    parenthesis at each task's end."""
    text = """**ỦY BAN NHÂN DÂN HUYỆN MƯỜNG KHOA**
**ỦY BAN NHÂN DÂN XÃ TÀ XÙA LÓNG**

Số: 96/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Tà Xùa Lóng, ngày 02 tháng 12 năm 2026*

# KẾ HOẠCH
## Phòng cháy, chữa cháy rừng mùa khô 2026 - 2027 và tổ chức Tết trồng cây Xuân Đinh Mùi 2027

Thực hiện Kế hoạch số 1204/KH-UBND ngày 18/11/2026 của UBND huyện Mường Khoa, UBND xã Tà Xùa Lóng \
xây dựng Kế hoạch như sau:

### I. MỤC ĐÍCH, YÊU CẦU

Bảo vệ an toàn 3.850 ha rừng trên địa bàn xã; không để xảy ra cháy rừng do đốt nương làm rẫy; trồng \
mới 2.000 cây phân tán.

### II. NHIỆM VỤ CỤ THỂ

1. Kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng xã mùa khô 2026 - 2027 *(Thực hiện: Công chức \
Địa chính - Nông nghiệp; xong trước 15/12/2026)*.
2. Phân công lực lượng trực 24/24 giờ tại 03 chốt canh lửa Phìn Sán, Háng Tủa, Pá Cang *(Thực hiện: \
Ban Chỉ huy Quân sự xã; từ 01/01/2027 đến 30/4/2027)*.
3. Tuyên truyền phòng cháy rừng trên hệ thống loa truyền thanh bằng tiếng phổ thông và tiếng Mông \
*(Thực hiện: Công chức Văn hóa - Xã hội; hằng tuần)*.
4. Trưởng các bản tổ chức cho 100% hộ gia đình ký cam kết bảo vệ rừng, không đốt nương khi chưa được \
phép, hoàn thành trước ngày 31/12/2026.
5. Chuẩn bị dụng cụ chữa cháy rừng (bàn dập lửa, can nước, dao phát) tại 06 bản *(Thực hiện: Ban Chỉ \
huy Quân sự xã; trước 20/01/2027)*.
6. Kiểm tra việc đốt nương làm rẫy của các hộ, xử lý vi phạm *(Thực hiện: Công an xã; thường xuyên)*.
7. Ra quân Tết trồng cây Xuân Đinh Mùi 2027 tại khu vực đồi Pá Cang, trồng 2.000 cây sơn tra, lát \
hoa *(Thực hiện: Công chức Địa chính - Nông nghiệp, Đoàn Thanh niên xã phối hợp; ngày 12/02/2027)*.

### III. TỔ CHỨC THỰC HIỆN

- Công chức Tài chính - Kế toán bố trí 45 triệu đồng từ ngân sách xã để mua sắm dụng cụ, cây giống.
- Đề nghị Hạt Kiểm lâm huyện Mường Khoa cử kiểm lâm địa bàn phối hợp hướng dẫn các bản xây dựng \
đường ranh cản lửa.
- Các bản báo cáo tình hình đốt nương, cháy rừng về UBND xã (qua Công chức Địa chính - Nông nghiệp) \
trước ngày 25 hằng tháng.

Yêu cầu các ban, ngành, đoàn thể và các bản nghiêm túc thực hiện./.

**Nơi nhận:**
- UBND huyện (b/c);
- Hạt Kiểm lâm huyện;
- Đảng ủy, HĐND xã;
- Các bản;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

Giàng A Chử
"""
    path.write_text(text, encoding="utf-8")


def h839_docx(h, path: Path) -> None:
    """Department of Transport: a dispatch on registering construction machinery, two numbered
    tasks inside one paragraph (converted to .pdf)."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH HẢI ĐÔNG\nSỞ GIAO THÔNG VẬN TẢI\n───────\nSố: 3327/SGTVT-QLPT&NL\nV/v tăng cường "
        "đăng ký, quản lý xe máy chuyên dùng",
        right2="Hải Đông, ngày 11 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Ủy ban nhân dân các huyện, thị xã, thành phố;",
        "- Công an tỉnh;",
        "- Sở Xây dựng;",
        "- Trung tâm Đăng kiểm phương tiện giao thông tỉnh;",
        "- Các phòng, đơn vị thuộc Sở.",
        "Qua rà soát, trên địa bàn tỉnh còn khoảng 1.300 xe máy chuyên dùng (máy xúc, máy lu, cần trục "
        "bánh lốp…) đang hoạt động nhưng chưa đăng ký. Để khắc phục tình trạng này, Sở Giao thông vận tải "
        "đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:",
        "1. Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo Phòng Kinh tế - Hạ tầng rà soát, lập danh "
        "sách xe máy chuyên dùng chưa đăng ký trên địa bàn, gửi về Sở trước ngày 31/01/2027.",
        "2. Các phòng, đơn vị thuộc Sở:",
        "- Phòng Quản lý phương tiện và người lái: (1) tổ chức đăng ký lưu động xe máy chuyên dùng tại các "
        "huyện Kim Bảng, Đồng Mỏ, Thanh Xá trong Quý I/2027; (2) chuẩn hóa dữ liệu xe máy chuyên dùng đã "
        "đăng ký trên phần mềm quản lý trước ngày 15/01/2027.",
        "- Thanh tra Sở kiểm tra việc lưu hành xe máy chuyên dùng tại các công trình giao thông đang thi "
        "công, xử lý các trường hợp chưa đăng ký; thời gian trong Quý II/2027.",
        "- Văn phòng Sở đăng tải thủ tục đăng ký, thành phần hồ sơ và lịch đăng ký lưu động trên Cổng thông "
        "tin điện tử của Sở trước ngày 20/12/2026.",
        "- Phòng Kế hoạch - Tài chính bố trí kinh phí tổ chức các đợt đăng ký lưu động.",
        "3. Trung tâm Đăng kiểm phương tiện giao thông tỉnh bố trí kiểm định lưu động kết hợp với các đợt "
        "đăng ký trong Quý I/2027.",
        "4. Đề nghị Công an tỉnh chỉ đạo Phòng Cảnh sát giao thông phối hợp kiểm tra, xử lý xe máy chuyên "
        "dùng tham gia giao thông khi chưa đăng ký.",
        "5. Đề nghị Sở Xây dựng thông báo đến các chủ đầu tư, nhà thầu thi công chỉ sử dụng xe máy chuyên "
        "dùng đã đăng ký tại công trường.",
        "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở (qua Phòng Quản lý phương tiện và người lái) "
        "định kỳ hằng quý, trước ngày 20 của tháng cuối quý.",
        "Sở Giao thông vận tải đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc Sở;\n- Lưu: VT, QLPT&NL.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nVũ Tiến Lực",
    )
    doc.save(path)


def h840_docx(h, path: Path) -> None:
    """Irrigation company: a yearly programme table, sections, a group row over 5.1/5.2, seasonal
    ranges in the time column, a row led by every enterprise."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH THANH LÂM\nCÔNG TY TNHH MỘT THÀNH VIÊN\nKHAI THÁC CÔNG TRÌNH THỦY LỢI THANH LÂM\n"
        "───────\nSố: 205/CTr-CTTL",
        right2="Thanh Lâm, ngày 18 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Kế hoạch sản xuất kinh doanh năm 2027 đã được Chủ tịch Công ty phê duyệt, Công ty ban hành "
        "Chương trình công tác năm 2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"],
        [
            ("§", "I", "CÔNG TÁC QUẢN LÝ, KHAI THÁC"),
            [
                "1",
                "Lập kế hoạch dùng nước vụ Đông Xuân 2026 - 2027 cho các hệ thống công trình",
                "Phòng Quản lý nước và công trình",
                "Các Xí nghiệp",
                "20/12/2026",
                "Kế hoạch",
            ],
            [
                "2",
                "Cấp nước đổ ải, gieo cấy vụ Đông Xuân theo lịch luân phiên",
                "Các Xí nghiệp thủy lợi",
                "UBND các xã",
                "15/01 - 20/02/2027",
                "Diện tích được tưới",
            ],
            [
                "3",
                "Quan trắc mực nước, lượng mưa tại 12 hồ chứa và báo cáo về Công ty",
                "Phòng Quản lý nước và công trình",
                "Các Xí nghiệp",
                "Hằng ngày",
                "Số liệu quan trắc",
            ],
            [
                "4",
                "Ký hợp đồng đặt hàng cung cấp sản phẩm, dịch vụ công ích thủy lợi năm 2027",
                "Phòng Kế hoạch - Kỹ thuật",
                "Phòng Tài chính - Kế toán",
                "Quý I",
                "Hợp đồng",
            ],
            ("§", "II", "CÔNG TÁC SỬA CHỮA, DUY TU CÔNG TRÌNH"),
            ["5", "Sửa chữa thường xuyên công trình năm 2027, gồm:", "", "", "", ""],
            [
                "5.1",
                "Nạo vét kênh chính N2 hồ Khe Lim (3,2 km)",
                "Xí nghiệp thủy lợi Yên Phú",
                "Phòng Kế hoạch - Kỹ thuật",
                "Trước 30/4",
                "Kênh thông dòng",
            ],
            [
                "5.2",
                "Sửa chữa cống lấy nước đầu mối hồ Đá Bạc",
                "Xí nghiệp thủy lợi Tân Lạc",
                "Phòng Kế hoạch - Kỹ thuật",
                "Tháng 5",
                "Cống vận hành an toàn",
            ],
            [
                "6",
                "Kiểm tra an toàn đập, hồ chứa trước mùa mưa lũ",
                "Ban Chỉ huy phòng, chống thiên tai Công ty",
                "Các Xí nghiệp",
                "Trước 15/5",
                "Báo cáo kiểm tra",
            ],
            [
                "7",
                "Xây dựng phương án ứng phó thiên tai cho công trình và vùng hạ du đập",
                "Phòng Kế hoạch - Kỹ thuật",
                "Các Xí nghiệp",
                "Tháng 4",
                "Phương án được phê duyệt",
            ],
            ("§", "III", "CÔNG TÁC KHÁC"),
            [
                "8",
                "Quyết toán kinh phí hỗ trợ sản phẩm, dịch vụ công ích thủy lợi năm 2026",
                "Phòng Tài chính - Kế toán",
                "",
                "31/3/2027",
                "Hồ sơ quyết toán",
            ],
            [
                "9",
                "Tổng kết công tác năm 2027, triển khai nhiệm vụ năm 2028",
                "Phòng Tổ chức - Hành chính",
                "Các phòng, Xí nghiệp",
                "Tháng 12",
                "Hội nghị",
            ],
        ],
        widths=[1.2, 9, 5, 4, 3.2, 4],
    )
    para(
        doc,
        "Các đơn vị trực thuộc báo cáo kết quả thực hiện Chương trình về Công ty (qua Phòng Kế hoạch - Kỹ "
        "thuật) trước ngày 22 hằng tháng.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở NN&PTNT (b/c);\n- Chủ tịch Công ty;\n- Ban Giám đốc;\n- Các phòng, Xí nghiệp;\n"
        "- Lưu: VT, KHKT.",
        "GIÁM ĐỐC\n\n\n\nKS. Phạm Ngọc Toản",
    )
    doc.save(path)


def h841_docx(h, path: Path) -> None:
    """Youth Union: a winter-spring volunteer plan, tasks numbered on across roman headings, each
    with a dash line `Chủ trì: …; thời gian …` on one line."""
    doc = document()
    head_block(
        doc,
        "BAN CHẤP HÀNH ĐOÀN TỈNH LAI SƠN\n***\nSố: 142-KH/TĐTN-PTTN",
        "ĐOÀN TNCS HỒ CHÍ MINH",
        right2="Lai Sơn, ngày 05 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        '##Tổ chức Chương trình "Xuân tình nguyện" năm 2027',
        "Thực hiện Chương trình công tác Đoàn năm 2027, Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch tổ chức "
        'Chương trình "Xuân tình nguyện" năm 2027 như sau:',
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Phát huy vai trò xung kích của đoàn viên, thanh niên chăm lo Tết cho thiếu nhi, người nghèo; đảm "
        "bảo thiết thực, tiết kiệm.",
        "**II. CÁC HOẠT ĐỘNG",
        "**1. Hoạt động cấp tỉnh",
        '1. Lễ ra quân Chương trình "Xuân tình nguyện" năm 2027 tại xã Phìn Hồ, huyện Sìn Thàng.',
        "- Chủ trì: Ban Phong trào - Tình nguyện; thời gian: ngày 10/01/2027.",
        "2. Trao 500 suất quà Tết cho thiếu nhi có hoàn cảnh khó khăn ở các xã biên giới.",
        "- Chủ trì: Ban Phong trào - Tình nguyện, phối hợp Hội đồng Đội tỉnh; hoàn thành trước 31/01/2027.",
        '3. "Chuyến xe mùa xuân" đưa công nhân, sinh viên có hoàn cảnh khó khăn về quê đón Tết.',
        "- Chủ trì: Ban Thanh niên công nhân - đô thị; thời gian: ngày 04/02/2027.",
        '4. Ngày hội hiến máu "Chủ nhật Đỏ" lần thứ X.',
        "- Chủ trì: Trung tâm Công tác xã hội thanh niên tỉnh; thời gian: ngày 24/01/2027.",
        "5. Tuyên truyền các hoạt động của Chương trình trên Trang thông tin điện tử và fanpage Tỉnh đoàn.",
        "- Chủ trì: Ban Tuyên giáo; thường xuyên.",
        "**2. Hoạt động ở cơ sở",
        '6. Đoàn Thanh niên các huyện, thành phố và Đoàn trực thuộc thực hiện ít nhất 01 công trình "Thắp '
        'sáng đường quê", hoàn thành trước ngày 15/01/2027.',
        "7. Đề nghị Hội Doanh nhân trẻ tỉnh vận động hội viên tài trợ quà, học bổng cho Chương trình.",
        "**3. Tổng kết",
        "8. Tổng kết Chương trình, khen thưởng tập thể, cá nhân tiêu biểu.",
        "- Chủ trì: Ban Phong trào - Tình nguyện; thời gian: tháng 3/2027.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "- Ban Phong trào - Tình nguyện là bộ phận thường trực, tham mưu Ban Thường vụ Tỉnh đoàn theo dõi, "
        "đôn đốc việc thực hiện Kế hoạch.",
        "- Văn phòng Tỉnh đoàn bố trí kinh phí tổ chức các hoạt động cấp tỉnh.",
        "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh đoàn phụ trách địa bàn chủ động chỉ đạo, hỗ trợ cơ sở.",
        "- Các cơ sở Đoàn báo cáo kết quả thực hiện về Tỉnh đoàn (qua Ban Phong trào - Tình nguyện) trước "
        "ngày 20/02/2027.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- TW Đoàn (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Các ban, đơn vị Tỉnh đoàn;\n- Các cơ "
        "sở Đoàn;\n- Lưu: VP, PTTN.",
        "TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n\n\nHoàng Thị Thu Trang",
    )
    doc.save(path)


def h842_docx(h, path: Path) -> None:
    """State Treasury control division: a notice of the head's conclusions, numbering restarting
    under two bold headings, a deputy head by field, a point with two dates."""
    doc = document()
    head_block(
        doc,
        "KHO BẠC NHÀ NƯỚC TỈNH HÀ NGUYÊN\nPHÒNG KIỂM SOÁT CHI\n───────\nSố: 21/TB-KSC",
        right2="Hà Nguyên, ngày 14 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Ý kiến kết luận của Trưởng phòng tại cuộc họp triển khai công tác kiểm soát chi cuối năm 2026",
        "Chiều ngày 11/12/2026, đồng chí Bùi Thanh Sơn, Trưởng phòng Kiểm soát chi chủ trì cuộc họp toàn "
        "phòng. Trên cơ sở ý kiến của các tổ, Trưởng phòng kết luận như sau:",
        "**1. Về công tác kiểm soát chi cuối năm 2026",
        "1. Tổ Kiểm soát chi thường xuyên đôn đốc các đơn vị sử dụng ngân sách gửi hồ sơ thanh toán các "
        "khoản tạm ứng trước ngày 25/12/2026.",
        "2. Phó Trưởng phòng phụ trách kiểm soát chi đầu tư (bà Đinh Thị Hương) chỉ đạo rà soát số dư tạm "
        "ứng vốn đầu tư quá hạn, báo cáo Trưởng phòng trước ngày 20/12/2026.",
        "3. Tổ Kiểm soát chi đầu tư phối hợp Phòng Kế toán nhà nước thực hiện chuyển nguồn vốn đầu tư công "
        "sang năm 2027, hoàn thành ngày 31/01/2027.",
        "4. Bộ phận một cửa tiếp nhận hồ sơ chi ngân sách năm 2026 đến 16 giờ 00 ngày 31/12/2026; hồ sơ "
        "trong thời gian chỉnh lý quyết toán tiếp nhận đến hết ngày 31/01/2027.",
        "5. Các kiểm soát viên chịu trách nhiệm về thời hạn giải quyết hồ sơ theo quy định, không để hồ "
        "sơ quá hạn.",
        "**2. Về chuẩn bị nhiệm vụ năm 2027",
        "1. Tổ Kiểm soát chi thường xuyên hướng dẫn các đơn vị giao dịch sử dụng dịch vụ công trực tuyến "
        "mức độ toàn trình trong tháng 01/2027.",
        "2. Tổ Kiểm soát chi đầu tư xây dựng dự thảo quy trình nội bộ kiểm soát thanh toán vốn đầu tư, "
        "trình Giám đốc Kho bạc trước ngày 28/02/2027.",
        "3. Tổ Tổng hợp - Nghiệp vụ tổng hợp tình hình giải ngân vốn đầu tư công báo cáo UBND tỉnh vào "
        "thứ Sáu hằng tuần.",
        "4. Đề nghị Văn phòng Kho bạc Nhà nước tỉnh bố trí cán bộ, phương tiện hỗ trợ trực giao dịch các "
        "ngày thứ Bảy 26/12 và 27/12/2026.",
        "Các tổ báo cáo kết quả thực hiện các nội dung trên về Trưởng phòng trước 16h00 thứ Sáu hằng tuần.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Giám đốc KBNN tỉnh (b/c);\n- PGĐ phụ trách;\n- Văn phòng KBNN tỉnh;\n- Các tổ thuộc "
        "Phòng;\n- Lưu: KSC.",
        "TRƯỞNG PHÒNG\n\n\n\nBùi Thanh Sơn",
    )
    doc.save(path)


def batch_h833() -> None:
    """Writes h833–h842 (the .doc and .pdf through LibreOffice; the .md as text)."""
    write_batch(
        [
            (h833_docx, "h833_ctr_quy_phong_dat_dai_nt.docx"),
            (h834_docx, "h834_kh_ttyt_huyen_dong_xuan_truong_nhan.docx"),
            (h836_xlsx, "h836_chi_tieu_tt_quan_trac_dot.xlsx"),
            (h837_xlsx, "h837_lich_tuan_bao_tang_tinh.xlsx"),
            (h838_md, "h838_kh_xa_vung_cao_pccc_rung.md"),
            (h840_docx, "h840_ctr_cty_thuy_loi_nhom_5.docx"),
            (h841_docx, "h841_kh_tinh_doan_xuan_tinh_nguyen.docx"),
            (h842_docx, "h842_tbkl_kbnn_kiem_soat_chi.docx"),
        ],
        [
            (h835_docx, "h835_tbkl_hoi_chu_thap_do_tinh.docx", "doc"),
            (h839_docx, "h839_cv_sgtvt_xe_may_chuyen_dung.docx", "pdf"),
        ],
        _out,
    )
