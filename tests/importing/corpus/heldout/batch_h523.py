"""Held-out batch h523–h532, written by h13author49 blind to the importer: ten documents of a
provincial Farmers' Association, a provincial Cooperative Alliance, a provincial statistics office,
a provincial civil judgment enforcement office, a lower secondary school, a kindergarten, a
provincial post office, a provincial Party Committee's Organisation Board, a provincial fire
prevention and rescue police division and a provincial People's Procuracy. Every name, person,
place, number and date in them is invented."""

from pathlib import Path

from batch_common import (
    MARKS,
    bold_header,
    column_widths,
    document,
    grid,
    head_block,
    marked_paragraphs,
    out_path,
    para,
    sign_table,
    wrap,
    write_batch,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h527_kh_thang_truong_thcs_cot_nguoi_phu_trach",  # h13fixRW
    "h532_ct_quy_vks_tinh_phong_tieu_de",  # h13fixRW
    "h528_tbkl_mam_non_hop_hdsp_giao_chuc_danh",  # h13fixRU
    "h525_kh_thong_ke_tinh_dieu_tra_lao_dong",  # h13fixRX
    "h526_cv_thads_tinh_giao_phong",  # h13fixRZ
    "h523_ct_hoi_nong_dan_tinh_2027",  # h13fixSA
    "h531_kh_pccc_mua_kho_phu_luc",  # h13fixSA
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h523_docx(h, path: Path) -> None:
    """Farmers' Association: a yearly work programme table with section rows and a closing request."""
    doc = document()
    head_block(
        doc,
        "HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH SƠN BÌNH\n*\nSố: 118-CTr/HNDT",
        "HỘI NÔNG DÂN VIỆT NAM",
        right2="Sơn Bình, ngày 02 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "của Ban Thường vụ Hội Nông dân tỉnh", bold=True, center=True)
    para(
        doc,
        "Căn cứ Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ XI và kết quả công tác Hội năm 2026, "
        "Ban Thường vụ Hội Nông dân tỉnh xây dựng Chương trình công tác năm 2027 như sau:",
    )
    grid(
        doc,
        ["STT", "Nội dung công việc", "Ban, đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
        [
            ("§", "I", "CÔNG TÁC TUYÊN TRUYỀN, GIÁO DỤC"),
            [
                "1",
                "Tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2027) "
                "trong cán bộ, hội viên nông dân",
                "Ban Tuyên huấn",
                "Hội Nông dân các huyện, thành phố",
                "Tháng 1, 2",
            ],
            [
                "2",
                "Biên soạn, phát hành Bản tin Nông dân Sơn Bình",
                "Ban Tuyên huấn",
                "Văn phòng",
                "Hằng quý",
            ],
            ("§", "II", "CÔNG TÁC TỔ CHỨC, XÂY DỰNG HỘI"),
            [
                "3",
                "Chỉ đạo kết nạp mới 3.500 hội viên; rà soát, phân loại chi hội, tổ hội nghề nghiệp",
                "Ban Tổ chức - Kiểm tra",
                "Hội Nông dân các huyện, thành phố",
                "Thường xuyên",
            ],
            [
                "4",
                "Mở lớp bồi dưỡng nghiệp vụ công tác Hội cho chủ tịch Hội Nông dân cơ sở",
                "Ban Tổ chức - Kiểm tra",
                "Trung tâm Dạy nghề và Hỗ trợ nông dân",
                "Quý II",
            ],
            [
                "5",
                "Kiểm tra việc chấp hành Điều lệ Hội tại Hội Nông dân 03 huyện: Đồng Tâm, Khe Lau, Mỹ Lợi",
                "Ban Tổ chức - Kiểm tra",
                "Văn phòng",
                "Quý III",
            ],
            ("§", "III", "CÔNG TÁC HỖ TRỢ NÔNG DÂN VÀ PHONG TRÀO THI ĐUA"),
            [
                "6",
                "Thẩm định, giải ngân vốn Quỹ Hỗ trợ nông dân cho 25 dự án phát triển sản xuất",
                "Ban Kinh tế - Xã hội",
                "Quỹ Hỗ trợ nông dân tỉnh",
                "Trước 30/9",
            ],
            [
                "7",
                "Tổ chức Hội chợ nông sản an toàn và sản phẩm OCOP tỉnh Sơn Bình năm 2027",
                "Ban Kinh tế - Xã hội; Trung tâm Dạy nghề và Hỗ trợ nông dân",
                "Sở Công Thương",
                "Tháng 10",
            ],
            [
                "8",
                "Mở 20 lớp dạy nghề nông nghiệp ngắn hạn cho hội viên, lao động nông thôn",
                "Trung tâm Dạy nghề và Hỗ trợ nông dân",
                "Hội Nông dân các huyện, thành phố",
                "Tháng 4 - tháng 11",
            ],
            [
                "9",
                "Bình xét, tôn vinh hộ nông dân sản xuất, kinh doanh giỏi cấp tỉnh",
                "Ban Kinh tế - Xã hội",
                "Văn phòng",
                "Trước 15/11",
            ],
            ("§", "IV", "CÔNG TÁC VĂN PHÒNG, TỔNG HỢP"),
            [
                "10",
                "Xây dựng báo cáo sơ kết công tác Hội 6 tháng đầu năm 2027",
                "Văn phòng",
                "Các ban chuyên môn",
                "Trước 10/6",
            ],
            [
                "11",
                "Tổng kết công tác Hội và phong trào nông dân năm "
                "2027; xây dựng Chương trình công tác năm 2028",
                "Văn phòng",
                "Các ban, đơn vị",
                "Tháng 12",
            ],
        ],
        widths=[1.0, 7.0, 3.5, 3.5, 2.5],
    )
    para(
        doc,
        "Căn cứ Chương trình này, các ban, đơn vị thuộc Hội Nông "
        "dân tỉnh và Hội Nông dân các huyện, thành phố "
        "xây dựng kế hoạch cụ thể để triển khai; báo cáo kết quả thực hiện về Văn phòng Hội Nông dân tỉnh "
        "trước ngày 15 hằng tháng để tổng hợp, báo cáo Ban Thường vụ.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TW Hội NDVN (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Các ban, đơn vị thuộc Hội;\n"
        "- Hội ND các huyện, thành phố;\n- Lưu VP.",
        "T/M BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nHoàng Văn Lực",
    )
    doc.save(path)


def h524_xlsx(h, path: Path) -> None:
    """Cooperative Alliance: an indicator sheet with group rows, a note column and a closing note."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Giao chi tieu 2027"
    ws["A1"] = "LIÊN MINH HỢP TÁC XÃ TỈNH ĐÔNG GIANG"
    ws["A2"] = "PHỤ LỤC GIAO CHỈ TIÊU KẾ HOẠCH NĂM 2027"
    ws["A3"] = "(Kèm theo Quyết định số 205/QĐ-LMHTX ngày 30/11/2026 của Chủ tịch Liên minh Hợp tác xã tỉnh)"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    header = [
        "STT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Kế hoạch năm 2027",
        "Đơn vị chủ trì",
        "Thời gian hoàn thành",
        "Ghi chú",
    ]
    ws.append([])
    ws.append(header)
    rows = [
        ["I", "CHỈ TIÊU PHÁT TRIỂN KINH TẾ TẬP THỂ", None, None, None, None, None],
        [1, "Số hợp tác xã thành lập mới", "HTX", 45, "Ban Phát triển hợp tác xã", "31/12/2027", None],
        [
            2,
            "Số tổ hợp tác được hướng dẫn chuyển đổi thành hợp tác xã",
            "Tổ hợp tác",
            12,
            "Ban Phát triển hợp tác xã",
            "Quý III",
            None,
        ],
        [
            3,
            "Tỷ lệ hợp tác xã hoạt động hiệu quả (xếp loại tốt, khá)",
            "%",
            "≥ 60",
            "Ban Phát triển hợp tác xã",
            "Tháng 12",
            "Theo Bộ tiêu chí đánh giá, phân loại HTX",
        ],
        [
            4,
            "Số sản phẩm của hợp tác xã đạt OCOP từ 3 sao trở lên",
            "Sản phẩm",
            15,
            "Ban Kế hoạch - Hỗ trợ",
            "Tháng 10",
            None,
        ],
        ["II", "CHỈ TIÊU HỖ TRỢ, DỊCH VỤ", None, None, None, None, None],
        [
            5,
            "Số lượt cán bộ quản lý, thành viên hợp tác xã được bồi dưỡng, tập huấn",
            "Lượt người",
            600,
            "Trung tâm Tư vấn và Hỗ trợ hợp tác xã",
            "Quý II",
            "Mở 12 lớp",
        ],
        [
            6,
            "Dư nợ cho vay từ Quỹ Hỗ trợ phát triển hợp tác xã",
            "Tỷ đồng",
            38,
            "Quỹ Hỗ trợ phát triển hợp tác xã",
            "Trước 20/12",
            None,
        ],
        [
            7,
            "Tỷ lệ thu hồi nợ vay đến hạn",
            "%",
            100,
            "Quỹ Hỗ trợ phát triển hợp tác xã",
            "Hằng quý",
            None,
        ],
        [
            8,
            "Số hợp tác xã được hỗ trợ ứng dụng chuyển đổi số, bán hàng trên sàn thương mại điện tử",
            "HTX",
            30,
            "Ban Kế hoạch - Hỗ trợ",
            "Quý IV",
            None,
        ],
        ["III", "CHỈ TIÊU XÂY DỰNG TỔ CHỨC", None, None, None, None, None],
        [
            9,
            "Số thành viên mới kết nạp vào Liên minh Hợp tác xã tỉnh",
            "Thành viên",
            40,
            "Văn phòng",
            "31/12/2027",
            None,
        ],
        [
            10,
            "Số cuộc kiểm tra, giám sát việc thực hiện Điều lệ đối với thành viên",
            "Cuộc",
            "08",
            "Văn phòng; Ban Phát triển hợp tác xã",
            "Theo kế hoạch kiểm tra",
            None,
        ],
    ]
    for row in rows:
        ws.append(row)
    ws.append([])
    ws.append(
        [
            "Ghi chú: Các ban, đơn vị báo cáo kết quả thực hiện chỉ tiêu được giao về Văn phòng Liên minh "
            "trước ngày 25 của tháng cuối quý."
        ]
    )
    last = ws.max_row
    ws.merge_cells(start_row=last, start_column=1, end_row=last, end_column=7)
    bold_header(ws, 5)
    wrap(ws, 6)
    column_widths(ws, [6, 50, 12, 12, 28, 16, 24])
    wb.save(path)


def h525_docx(h, path: Path) -> None:
    """Statistics office: a survey plan in prose, a) b) points with trailing leads and times."""
    doc = document()
    head_block(
        doc,
        "BỘ TÀI CHÍNH\nCỤC THỐNG KÊ\nTHỐNG KÊ TỈNH NAM LÂM\nSố: 312/KH-TKNL",
        right2="Nam Lâm, ngày 01 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Triển khai Điều tra lao động và việc làm năm 2027 trên địa bàn tỉnh Nam Lâm",
        bold=True,
        center=True,
    )
    lines = [
        "Thực hiện Phương án Điều tra lao động và việc làm "
        "năm 2027 của Cục Thống kê, Thống kê tỉnh Nam Lâm "
        "ban hành Kế hoạch triển khai trên địa bàn tỉnh như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Thu thập thông tin về lực lượng lao động, việc làm, thất nghiệp hằng tháng, hằng quý phục vụ "
        "đánh giá tình hình kinh tế - xã hội của tỉnh.",
        "2. Bảo đảm đúng phương án, đúng tiến độ, chất lượng thông tin; không để sót địa bàn, sót hộ.",
        "**II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN",
        "**1. Công tác chuẩn bị",
        "a) Cập nhật, rà soát bảng kê hộ của 186 địa bàn điều tra mẫu; Phòng Thống kê Xã hội chủ trì, "
        "thực hiện trong tháng 12/2026.",
        "b) Tuyển chọn điều tra viên, giám sát viên cấp tỉnh; hoàn thành trước ngày 25/12/2026 "
        "(Văn phòng chủ trì, phối hợp với Phòng Thống kê Xã hội).",
        "c) Tập huấn nghiệp vụ cho điều tra viên, giám sát "
        "viên: Phòng Thống kê Xã hội tổ chức 02 lớp tại "
        "trụ sở Thống kê tỉnh, trong tháng 01/2027.",
        "**2. Thu thập thông tin",
        "a) Thống kê khu vực I và Thống kê khu vực II tổ chức thu thập thông tin tại địa bàn, từ ngày 01 "
        "đến ngày 10 hằng tháng.",
        "b) Kiểm tra, giám sát chất lượng phiếu điều tra trên "
        "chương trình CAPI, xử lý kịp thời lỗi logic: "
        "Phòng Thống kê Xã hội thực hiện thường xuyên trong suốt thời gian điều tra.",
        "**3. Nghiệm thu, tổng hợp kết quả",
        "a) Nghiệm thu dữ liệu điều tra của từng quý, gửi Cục Thống kê trước ngày 15 của tháng đầu quý "
        "sau (Phòng Thống kê Xã hội).",
        "b) Biên soạn báo cáo phân tích tình hình lao động, việc làm năm 2027 của tỉnh; Phòng Thống kê "
        "Tổng hợp chủ trì, hoàn thành trong tháng 12/2027.",
        "**III. KINH PHÍ",
        "Kinh phí thực hiện từ nguồn kinh phí Điều tra lao động và việc làm năm 2027 do Cục Thống kê "
        "phân bổ; thanh, quyết toán theo quy định.",
        "**IV. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Thống kê Xã hội là đơn vị thường trực, giúp Chánh Thống kê tỉnh theo dõi, đôn đốc việc "
        "thực hiện Kế hoạch này.",
        "2. Văn phòng bảo đảm kinh phí, máy tính bảng và các điều kiện phục vụ điều tra.",
        "3. Các Thống kê khu vực báo cáo tiến độ thu thập thông tin về Phòng Thống kê Xã hội trước ngày "
        "12 hằng tháng.",
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Phòng Thống kê Xã hội để "
        "tổng hợp, báo cáo Chánh Thống kê tỉnh xem xét, giải quyết./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Cục Thống kê (để b/c);\n- UBND tỉnh (để b/c);\n- Lãnh đạo Thống kê tỉnh;\n"
        "- Các phòng, Thống kê khu vực;\n- Lưu: VT, XH.",
        "CHÁNH THỐNG KÊ\n\n\n\nVũ Thị Ngọc Anh",
    )
    doc.save(path)


def h526_docx(h, path: Path) -> None:
    """Civil judgment enforcement office: a dispatch assigning tasks unit by unit (printed to PDF)."""
    doc = document()
    head_block(
        doc,
        "BỘ TÀI CHÍNH\nTHI HÀNH ÁN DÂN SỰ\nTỈNH BẮC HÒA\nSố: 1456/THADS-NV\nV/v tập trung giải quyết án tồn "
        "đọng, chuẩn bị tổng kết năm 2026",
        right2="Bắc Hòa, ngày 03 tháng 12 năm 2026",
    )
    lines = [
        "**Kính gửi:",
        "- Trưởng các phòng chuyên môn thuộc Thi hành án dân sự tỉnh;",
        "- Trưởng Phòng Thi hành án dân sự khu vực 1, 2, 3, 4.",
        "Kết quả thi hành án dân sự 02 tháng đầu năm công "
        "tác 2027 cho thấy số việc, số tiền có điều kiện "
        "chuyển kỳ sau còn lớn, một số vụ việc có giá trị lớn chậm được tổ chức thi hành. Để hoàn thành "
        "chỉ tiêu được giao và chuẩn bị tổng kết công tác năm 2026, Thủ trưởng Thi hành án dân sự tỉnh "
        "yêu cầu:",
        "**1. Phòng Nghiệp vụ và Tổ chức thi hành án",
        "a) Chủ trì rà soát, phân loại toàn bộ hồ sơ có điều "
        "kiện thi hành chuyển kỳ sau, hoàn thành trước "
        "ngày 20/12/2026.",
        "b) Theo dõi, hướng dẫn nghiệp vụ đối với các vụ việc "
        "phức tạp, có giá trị trên 5 tỷ đồng; thường "
        "xuyên báo cáo Thủ trưởng.",
        "c) Tổng hợp số liệu, xây dựng báo cáo thống kê thi hành án năm 2026 gửi Cục Quản lý thi hành án "
        "dân sự trước ngày 10/01/2027.",
        "2. Phòng Kiểm tra, giải quyết khiếu nại, tố cáo tổ chức kiểm tra chéo kết quả thi hành án tại "
        "Phòng Thi hành án dân sự khu vực 3 và khu vực 4 trong tháng 01/2027.",
        "**3. Văn phòng",
        "- Tham mưu tổ chức Hội nghị tổng kết công tác thi hành án dân sự năm 2026, dự kiến ngày 08/01/2027;",
        "- Hoàn thiện hồ sơ đề nghị khen thưởng năm 2026, trình Hội đồng Thi đua - Khen thưởng trước "
        "ngày 25/12/2026.",
        "4. Phòng Thi hành án dân sự khu vực 2 tập trung tổ chức cưỡng chế, xử lý tài sản trong vụ Công "
        "ty TNHH Thương mại Hưng Phát theo kế hoạch đã được phê duyệt; báo cáo kết quả trước ngày "
        "31/12/2026.",
        "**5. Các Phòng Thi hành án dân sự khu vực",
        "- Tăng cường xác minh điều kiện thi hành án, kịp thời ra quyết định về việc chưa có điều kiện "
        "thi hành án theo quy định; thực hiện thường xuyên.",
        "- Báo cáo số liệu thi hành án tháng 12 và năm 2026 về Thi hành án dân sự tỉnh (qua Phòng Nghiệp "
        "vụ và Tổ chức thi hành án) trước ngày 05/01/2027.",
        "Nhận được Công văn này, yêu cầu Trưởng các đơn vị nghiêm túc triển khai thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Cục QLTHADS (để b/c);\n- Lãnh đạo THADS tỉnh;\n- Lưu: VT, NV.",
        "THỦ TRƯỞNG\n\n\n\nNguyễn Đình Khang",
    )
    doc.save(path)


def h527_docx(h, path: Path) -> None:
    """Lower secondary school: a month plan, week section rows, a column of posts in charge."""
    doc = document()
    head_block(
        doc,
        "UBND XÃ HÒA PHONG\nTRƯỜNG THCS HÒA PHONG\nSố: 41/KH-THCS",
        right2="Hòa Phong, ngày 28 tháng 11 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hoạt động tháng 12 năm 2026", bold=True, center=True)
    para(doc, "I. NHIỆM VỤ TRỌNG TÂM", bold=True)
    para(
        doc,
        "Hoàn thành chương trình và kiểm tra cuối học kỳ I; đẩy mạnh thi đua chào mừng 82 năm Ngày thành lập "
        "Quân đội nhân dân Việt Nam; bảo đảm an toàn trường học trong mùa rét.",
    )
    para(doc, "II. LỊCH HOẠT ĐỘNG CỤ THỂ", bold=True)
    grid(
        doc,
        ["STT", "Thời gian", "Nội dung công việc", "Người phụ trách", "Ghi chú"],
        [
            ("§", "", "Tuần 1 (từ 01/12 đến 06/12/2026)"),
            [
                "1",
                "01/12",
                "Chào cờ đầu tháng; phát động đợt thi đua chào mừng ngày 22/12",
                "Tổng phụ trách Đội",
                "",
            ],
            [
                "2",
                "02/12 - 05/12",
                "Dự giờ, kiểm tra chuyên đề giáo viên tổ Khoa học tự nhiên",
                "PHT Nguyễn Văn Tâm",
                "",
            ],
            ("§", "", "Tuần 2 (từ 07/12 đến 13/12/2026)"),
            ["3", "08/12", "Họp Hội đồng sư phạm tháng 12", "Hiệu trưởng", "14h00"],
            [
                "4",
                "07/12 - 11/12",
                "Thi Olympic tiếng Anh cấp trường cho học sinh khối 8, 9",
                "Tổ trưởng tổ Ngoại ngữ",
                "",
            ],
            ("§", "", "Tuần 3 (từ 14/12 đến 20/12/2026)"),
            [
                "5",
                "14/12 - 19/12",
                "Kiểm tra cuối học kỳ I các môn theo lịch chung",
                "PHT Nguyễn Văn Tâm",
                "Đề do tổ chuyên môn ra",
            ],
            [
                "6",
                "18/12",
                'Hoạt động ngoại khóa "Uống nước nhớ nguồn" tại Nhà bia tưởng niệm xã',
                "Tổng phụ trách Đội; Bí thư Chi đoàn",
                "",
            ],
            ("§", "", "Tuần 4 (từ 21/12 đến 27/12/2026)"),
            [
                "7",
                "22/12",
                "Giao lưu văn nghệ chào mừng 82 năm Ngày thành lập QĐND Việt Nam",
                "Bí thư Chi đoàn",
                "",
            ],
            [
                "8",
                "23/12 - 26/12",
                "Chấm, nhập điểm vào phần mềm quản lý học sinh; hoàn thiện hồ sơ học kỳ I",
                "Tổ trưởng chuyên môn",
                "",
            ],
            ["9", "25/12", "Kiểm kê tài sản, thiết bị dạy học cuối năm", "Kế toán", ""],
            ("§", "", "Tuần 5 (từ 28/12 đến 31/12/2026)"),
            [
                "10",
                "28/12 - 31/12",
                "Quyết toán kinh phí năm 2026; công khai tài chính theo quy định",
                "Hiệu trưởng; Kế toán",
                "",
            ],
            ("§", "", "Công việc thường xuyên trong tháng"),
            [
                "11",
                "Thường xuyên",
                "Theo dõi chuyên cần, phối hợp với cha mẹ học sinh vận động học sinh có nguy cơ bỏ học",
                "PHT Lê Thị Hạnh",
                "",
            ],
        ],
        widths=[1.0, 2.5, 7.5, 3.5, 2.5],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các tổ chuyên môn, tổ văn phòng căn cứ Kế hoạch này xây dựng kế hoạch của tổ; tổ trưởng báo cáo "
        "kết quả thực hiện về Phó Hiệu trưởng trước ngày 30/12/2026.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Phòng Văn hóa - Xã hội xã (b/c);\n- Các tổ CM, tổ VP;\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nĐào Minh Quang",
    )
    doc.save(path)


def h528_docx(h, path: Path) -> None:
    """Kindergarten: a notice of conclusions whose points are given to posts, one to a parents' board."""
    doc = document()
    head_block(
        doc,
        "UBND XÃ TÂN LẬP\nTRƯỜNG MẦM NON HOA SEN\nSố: 27/TB-MNHS",
        right2="Tân Lập, ngày 04 tháng 12 năm 2026",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Hiệu trưởng tại cuộc họp Hội đồng sư phạm tháng 12 năm 2026",
        bold=True,
        center=True,
    )
    lines = [
        "Ngày 03/12/2026, Trường Mầm non Hoa Sen tổ chức họp Hội đồng sư phạm tháng 12. Chủ trì: bà Phạm "
        "Thị Thu Hà, Hiệu trưởng; dự họp có toàn thể cán bộ, "
        "giáo viên, nhân viên nhà trường. Sau khi nghe "
        "báo cáo kết quả tháng 11 và ý kiến của các thành viên, Hiệu trưởng kết luận như sau:",
        "**1. Đánh giá chung",
        "Tháng 11/2026, nhà trường duy trì tỷ lệ chuyên cần "
        'đạt 96,5%; tổ chức thành công Hội thi "Bé với '
        'an toàn giao thông". Tuy nhiên, việc cập nhật hồ sơ trẻ trên cơ sở dữ liệu ngành còn chậm; '
        "một số nhóm lớp chưa bảo đảm giữ ấm cho trẻ khi ngủ trưa.",
        "**2. Nhiệm vụ trọng tâm tháng 12/2026 và tháng 01/2027",
        'a) Phó Hiệu trưởng phụ trách chuyên môn chỉ đạo các khối lớp tổ chức chuyên đề "Bé vui khám '
        'phá" cấp trường, hoàn thành trong tháng 12/2026.',
        "b) Phó Hiệu trưởng phụ trách nuôi dưỡng kiểm tra "
        "quy trình chế biến, lưu mẫu thức ăn tại bếp ăn; "
        "báo cáo Hiệu trưởng vào ngày 30 hằng tháng.",
        "c) Tổ trưởng tổ Mẫu giáo lớn hoàn thiện hồ sơ đánh "
        "giá trẻ 5 tuổi theo Bộ chuẩn phát triển trẻ em "
        "năm tuổi, nộp trước ngày 20/12/2026.",
        "d) Nhân viên y tế phối hợp với Trạm Y tế xã khám sức "
        "khỏe, cân đo và theo dõi biểu đồ tăng trưởng "
        "cho trẻ đợt 2; xong trước ngày 15/01/2027.",
        "đ) Kế toán lập dự toán thu, chi ngân sách năm 2027, trình Hiệu trưởng trước ngày 25/12/2026.",
        "e) Giáo viên các nhóm, lớp thường xuyên trao đổi với cha mẹ trẻ về chế độ giữ ấm, phòng bệnh "
        "đường hô hấp cho trẻ trong mùa rét.",
        "g) Nhân viên bảo vệ kiểm tra hệ thống điện, bình chữa cháy; ghi sổ theo dõi hằng tuần.",
        "h) Tổ trưởng tổ Văn phòng sắp xếp, bổ sung hồ sơ "
        "tự đánh giá kiểm định chất lượng giáo dục, hoàn "
        "thành trước ngày 10/01/2027.",
        "3. Đề nghị Ban đại diện cha mẹ trẻ em nhà trường phối hợp vận động phụ huynh tham gia Ngày hội "
        '"Bé vui đón Tết" tổ chức ngày 22/01/2027.',
        "Trên đây là kết luận của Hiệu trưởng tại cuộc họp "
        "Hội đồng sư phạm tháng 12/2026; đề nghị các bộ "
        "phận, cá nhân nghiêm túc thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- CB, GV, NV nhà trường;\n- Ban ĐDCMTE;\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nPhạm Thị Thu Hà",
    )
    doc.save(path)


def h529_xlsx(h, path: Path) -> None:
    """Post office: a leaders' weekly calendar, the day merged down, chair and preparing unit apart."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Lich tuan"
    ws["A1"] = "BƯU ĐIỆN TỈNH HÀ SƠN"
    ws["A2"] = "LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC"
    ws["A3"] = "(Từ ngày 07/12/2026 đến ngày 13/12/2026)"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.append([])
    ws.append(["Ngày", "Thời gian", "Nội dung", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"])
    days = [
        (
            "Thứ Hai\n07/12",
            [
                [
                    "08h00",
                    "Giao ban tuần Ban Giám đốc với trưởng các phòng",
                    "Giám đốc Trần Quốc Việt",
                    "Phòng Kế hoạch - Kinh doanh",
                    "Phòng họp tầng 3",
                ],
                [
                    "14h00",
                    "Làm việc với Bưu điện huyện Đông Triều về kết quả cung cấp dịch vụ hành chính công",
                    "PGĐ Lê Thị Mai",
                    "Phòng Kế hoạch - Kinh doanh",
                    "Bưu điện huyện Đông Triều",
                ],
            ],
        ),
        (
            "Thứ Ba\n08/12",
            [
                ["08h00", "Ban Giám đốc làm việc tại cơ quan", "", "", ""],
                [
                    "09h00",
                    "Họp triển khai chi trả lương hưu, trợ cấp bảo hiểm xã hội tháng 01/2027",
                    "PGĐ Nguyễn Hữu Phước",
                    "Phòng Dịch vụ Tài chính - Bảo hiểm",
                    "Phòng họp tầng 2",
                ],
                [
                    "14h00",
                    'Duyệt chương trình "Tết sum vầy" năm 2027 cho người lao động',
                    "PGĐ Nguyễn Hữu Phước",
                    "Công đoàn Bưu điện tỉnh",
                    "Phòng họp tầng 2",
                ],
            ],
        ),
        (
            "Thứ Tư\n09/12",
            [
                [
                    "08h30",
                    "Kiểm tra công tác an toàn kho, quỹ tại Bưu cục trung tâm",
                    "Giám đốc Trần Quốc Việt",
                    "Phòng Tổ chức - Hành chính; Phòng Kế toán - Thống kê",
                    "Bưu cục trung tâm",
                ],
                [
                    "14h00",
                    "Hội nghị trực tuyến với Tổng công ty về kế hoạch kinh doanh năm 2027",
                    "Giám đốc Trần Quốc Việt",
                    "Phòng Kế hoạch - Kinh doanh",
                    "Điểm cầu Bưu điện tỉnh",
                ],
            ],
        ),
        (
            "Thứ Năm\n10/12",
            [
                [
                    "08h00",
                    "Làm việc với Sở Khoa học và Công nghệ về dịch vụ bưu chính công ích năm 2027",
                    "PGĐ Lê Thị Mai",
                    "Phòng Bưu chính",
                    "Sở Khoa học và Công nghệ",
                ],
                [
                    "14h00",
                    "Dự Hội nghị tổng kết công tác chuyển đổi số tỉnh năm 2026",
                    "Giám đốc Trần Quốc Việt",
                    "Phòng Tổ chức - Hành chính",
                    "Hội trường UBND tỉnh",
                ],
            ],
        ),
        (
            "Thứ Sáu\n11/12",
            [
                [
                    "08h00",
                    "Họp Hội đồng Thi đua - Khen thưởng xét danh hiệu thi đua năm 2026",
                    "Giám đốc Trần Quốc Việt",
                    "Phòng Tổ chức - Hành chính",
                    "Phòng họp tầng 3",
                ],
                [
                    "15h00",
                    "Ký kết thỏa thuận hợp tác với Ngân hàng Chính sách xã hội tỉnh (dự kiến)",
                    "Giám đốc Trần Quốc Việt",
                    "Phòng Kế hoạch - Kinh doanh",
                    "Phòng họp tầng 3",
                ],
            ],
        ),
        ("Thứ Bảy\n12/12", [["Cả ngày", "Trực lãnh đạo: PGĐ Nguyễn Hữu Phước", "", "", ""]]),
    ]
    for day, entries in days:
        first = ws.max_row + 1
        for entry in entries:
            ws.append([day if ws.max_row + 1 == first else None, *entry])
        if len(entries) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
    ws.append([])
    ws.append(["Lịch có thể thay đổi; các phòng theo dõi lịch cập nhật trên hệ thống văn phòng điện tử."])
    ws.append(["TL. GIÁM ĐỐC", None, None, None, "CHÁNH VĂN PHÒNG"])
    bold_header(ws, 5)
    wrap(ws, 6)
    column_widths(ws, [12, 10, 50, 24, 30, 24])
    wb.save(path)


def h530_docx(h, path: Path) -> None:
    """Party Committee's Organisation Board: a month programme in prose, lead and time in parentheses."""
    doc = document()
    head_block(
        doc,
        "TỈNH ỦY SƠN BÌNH\nBAN TỔ CHỨC\n*\nSố 85-CTr/BTCTU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        right2="Sơn Bình, ngày 30 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC", bold=True, center=True)
    para(doc, "tháng 01 năm 2027", bold=True, center=True)
    lines = [
        "**I. THAM MƯU BAN THƯỜNG VỤ TỈNH ỦY",
        "1. Tham mưu báo cáo tổng kết công tác tổ chức xây "
        "dựng Đảng năm 2026, phương hướng, nhiệm vụ năm "
        "2027 (Phòng Tổ chức đảng, đảng viên chủ trì; trình trước 10/01/2027).",
        "2. Thẩm định nhân sự đề nghị bổ nhiệm, giới thiệu "
        "ứng cử thuộc diện Ban Thường vụ Tỉnh ủy quản lý "
        "(Phòng Tổ chức cán bộ; thường xuyên).",
        "3. Tham mưu rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý nhiệm kỳ 2030 - 2035 năm 2027 "
        "(Phòng Tổ chức cán bộ; trong tháng).",
        "**II. HƯỚNG DẪN, KIỂM TRA",
        "1. Hướng dẫn các đảng bộ trực thuộc tổ chức trao Huy hiệu Đảng đợt 03/02/2027 (Phòng Tổ chức "
        "đảng, đảng viên; trước 20/01).",
        "2. Kiểm tra công tác bảo vệ chính trị nội bộ tại Đảng ủy xã Tân Lập và Đảng ủy xã Suối Ngọc "
        "(Phòng Bảo vệ chính trị nội bộ; từ 12 đến 16/01/2027).",
        "3. Tổng hợp kết quả đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2026, báo cáo Ban "
        "Tổ chức Trung ương (Phòng Tổ chức đảng, đảng viên; trước 25/01).",
        "**III. CÔNG TÁC KHÁC",
        "1. Cập nhật, quản lý cơ sở dữ liệu đảng viên của Đảng bộ tỉnh trên phần mềm quản lý đảng viên. "
        "Phòng Tổ chức đảng, đảng viên thực hiện hằng tháng.",
        "2. Chuẩn bị nội dung, điều kiện tổ chức Hội nghị cán bộ, công chức Ban Tổ chức Tỉnh ủy năm 2027 "
        "(Văn phòng Ban; dự kiến ngày 22/01/2027).",
        "3. Nắm tình hình tư tưởng cán bộ, đảng viên dịp Tết "
        "Nguyên đán Đinh Mùi 2027 (Phòng Bảo vệ chính "
        "trị nội bộ; thường xuyên).",
        "* Thực hiện các nhiệm vụ đột xuất do Thường trực Tỉnh ủy, Ban Thường vụ Tỉnh ủy giao.",
        "Các phòng báo cáo kết quả thực hiện Chương trình về Văn phòng Ban trước ngày 28/01/2027 để tổng "
        "hợp, báo cáo lãnh đạo Ban.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Thường trực Tỉnh ủy (b/c),\n- Lãnh đạo Ban,\n- Các phòng,\n- Lưu Văn phòng Ban.",
        "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n\n\n\nĐinh Công Hậu",
    )
    doc.save(path)


def h531_docx(h, path: Path) -> None:
    """Fire and rescue police division: a plan in prose whose tasks are in an appendix table (as .odt)."""
    doc = document()
    head_block(
        doc,
        "CÔNG AN TỈNH ĐÔNG GIANG\nPHÒNG CẢNH SÁT PCCC VÀ CNCH\nSố: 215/KH-PC07",
        right2="Đông Giang, ngày 25 tháng 11 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Tuyên truyền, kiểm tra an toàn phòng cháy, chữa cháy mùa hanh khô 2026 - 2027",
        bold=True,
        center=True,
    )
    lines = [
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "- Nâng cao ý thức của người dân, cơ sở về phòng cháy, chữa cháy trong mùa hanh khô và dịp Tết "
        "Nguyên đán Đinh Mùi 2027; kiềm chế thiệt hại do cháy, nổ gây ra.",
        "- Các nhiệm vụ phải có đơn vị chủ trì, thời gian hoàn thành cụ thể; bảo đảm an toàn tuyệt đối "
        "cho lực lượng tham gia.",
        "**II. NỘI DUNG",
        "Nội dung, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện từng nhiệm vụ tại Phụ lục kèm "
        "theo Kế hoạch này.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Đội Tham mưu, tổng hợp là đơn vị thường trực, giúp Trưởng phòng theo dõi, đôn đốc, tổng hợp "
        "kết quả thực hiện Kế hoạch.",
        "2. Các Đội Chữa cháy và CNCH khu vực báo cáo kết quả thực hiện về Đội Tham mưu, tổng hợp trước "
        "ngày 20 hằng tháng.",
        "3. Chỉ huy các đội căn cứ Kế hoạch bố trí lực lượng, phương tiện phù hợp với tình hình thực tế.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Đ/c Giám đốc CA tỉnh (b/c);\n- Lãnh đạo "
        "Phòng;\n- Các Đội thuộc Phòng;\n- Lưu: VT, PC07.",
        "TRƯỞNG PHÒNG\n\n\n\nThượng tá Lương Văn Bình",
    )
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "Nhiệm vụ cụ thể mùa hanh khô 2026 - 2027", italic=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 215/KH-PC07 ngày 25/11/2026)", italic=True, center=True)
    grid(
        doc,
        ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        [
            ("§", "A", "TUYÊN TRUYỀN"),
            [
                "1",
                "Tuyên truyền trên Báo và Phát thanh, Truyền hình "
                "tỉnh về nguy cơ cháy nhà ở kết hợp kinh doanh",
                "Đội Tham mưu, tổng hợp",
                "Báo và Phát thanh, Truyền hình Đông Giang",
                "Từ tháng 12/2026 đến tháng 4/2027",
            ],
            [
                "2",
                'Tổ chức "Ngày hội toàn dân phòng cháy, chữa cháy" tại phường Bình Minh',
                "Đội Công tác phòng cháy",
                "UBND phường Bình Minh",
                "Tháng 01/2027",
            ],
            [
                "3",
                'Hướng dẫn xây dựng mô hình "Tổ liên gia an toàn PCCC", '
                '"Điểm chữa cháy công cộng" tại khu dân cư',
                "Đội Công tác phòng cháy",
                "Công an các xã, phường",
                "Thường xuyên",
            ],
            ("§", "B", "KIỂM TRA, THỰC TẬP PHƯƠNG ÁN"),
            [
                "4",
                "Kiểm tra an toàn PCCC đối với chợ, trung tâm thương mại, cơ sở kinh doanh hàng Tết",
                "Đội Công tác phòng cháy",
                "Công an các xã, phường",
                "Trước 30/01/2027",
            ],
            [
                "5",
                "Thực tập phương án chữa cháy và CNCH có huy động "
                "nhiều lực lượng tại Khu công nghiệp Tân Phú",
                "Đội Chữa cháy và CNCH khu vực 1",
                "Ban Quản lý các khu công nghiệp",
                "Quý I/2027",
            ],
            [
                "6",
                "Kiểm tra, bảo dưỡng phương tiện chữa cháy; kiểm tra trụ nước chữa cháy trên địa bàn",
                "Đội Chữa cháy và CNCH khu vực 1; Đội Chữa cháy và CNCH khu vực 2",
                "Công ty CP Cấp nước Đông Giang",
                "Hằng tháng",
            ],
            [
                "7",
                "Phối hợp kiểm tra phương án chữa cháy rừng tại Khu bảo tồn thiên nhiên Pù Lang",
                "Đội Chữa cháy và CNCH khu vực 2",
                "Chi cục Kiểm lâm",
                "Tháng 3/2027",
            ],
            ("§", "C", "SƠ KẾT"),
            [
                "8",
                "Sơ kết công tác phòng cháy, chữa cháy mùa hanh khô 2026 - 2027",
                "Đội Tham mưu, tổng hợp",
                "Các Đội thuộc Phòng",
                "Trước 15/5/2027",
            ],
        ],
        widths=[1.0, 7.0, 3.5, 3.5, 2.5],
    )
    doc.save(path)


def h532_docx(h, path: Path) -> None:
    """People's Procuracy: a quarter's programme, each unit a heading, its tasks as dashes below."""
    doc = document()
    head_block(
        doc,
        "VIỆN KIỂM SÁT NHÂN DÂN\nTỈNH NAM LÂM\nSố: 09/CTr-VKS",
        right2="Nam Lâm, ngày 04 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    lines = [
        "Căn cứ Chỉ thị công tác năm 2027 của Viện trưởng "
        "Viện kiểm sát nhân dân tối cao và Kế hoạch công "
        "tác năm 2027 của Viện kiểm sát nhân dân tỉnh, Viện trưởng ban hành Chương trình công tác quý I "
        "năm 2027 như sau:",
        "**I. NHIỆM VỤ CỦA CÁC PHÒNG NGHIỆP VỤ VÀ VĂN PHÒNG",
        "**1. Phòng Thực hành quyền công tố và kiểm sát điều tra án trật tự xã hội (Phòng 2)",
        "- Kiểm sát chặt chẽ việc tiếp nhận, giải quyết nguồn tin về tội phạm ngay từ khi thụ lý; thực "
        "hiện thường xuyên.",
        "- Phối hợp với Cơ quan Cảnh sát điều tra Công an tỉnh rà soát các vụ án tạm đình chỉ điều tra, "
        "hoàn thành trong tháng 02/2027.",
        "- Phối hợp tổ chức 01 phiên tòa rút kinh nghiệm xét xử trực tuyến: tháng 3/2027.",
        "**2. Phòng Kiểm sát việc giải quyết các vụ, việc dân sự, hôn nhân và gia đình (Phòng 9)",
        "- Kiểm sát 100% bản án, quyết định sơ thẩm do Tòa án gửi đến; thường xuyên.",
        "- Ban hành ít nhất 02 kiến nghị khắc phục vi phạm trong giải quyết vụ việc dân sự; Quý I.",
        "**3. Phòng Kiểm sát thi hành án dân sự (Phòng 11)",
        "- Trực tiếp kiểm sát việc tổ chức thi hành án tại "
        "Thi hành án dân sự tỉnh, từ ngày 08/3 đến ngày "
        "19/3/2027.",
        "**4. Văn phòng",
        "- Tổng hợp, xây dựng báo cáo công tác kiểm sát tháng, gửi Viện kiểm sát nhân dân tối cao trước "
        "ngày 25 hằng tháng.",
        "- Tổ chức Hội nghị triển khai công tác kiểm sát năm 2027 (dự kiến ngày 12/01/2027).",
        "- Chuẩn bị các điều kiện chăm lo Tết Nguyên đán Đinh Mùi cho công chức, người lao động; trước "
        "30/01/2027.",
        "**5. Phòng Thống kê tội phạm và công nghệ thông tin (Phòng 15)",
        "- Lập báo cáo thống kê tội phạm và kết quả công tác kiểm sát quý I, trước ngày 05/4/2027.",
        "**II. ĐỐI VỚI VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC",
        "Viện kiểm sát nhân dân khu vực 1, 2, 3 căn cứ Chương trình này xây dựng chương trình công tác "
        "quý I của đơn vị, gửi về Văn phòng trước ngày 10/01/2027.",
        "Quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo Viện trưởng (qua Văn phòng) "
        "để chỉ đạo./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- VKSND tối cao (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Lãnh đạo Viện;\n"
        "- Các phòng, VKSND khu vực;\n- Lưu: VT, VP.",
        "VIỆN TRƯỞNG\n\n\n\nTrịnh Quốc Bảo",
    )
    doc.save(path)


def batch_h523() -> None:
    """Writes h523–h532 (the .doc, .pdf and .odt through LibreOffice)."""
    write_batch(
        [
            (h523_docx, "h523_ct_hoi_nong_dan_tinh_2027.docx"),
            (h524_xlsx, "h524_giao_chi_tieu_lien_minh_htx_2027.xlsx"),
            (h527_docx, "h527_kh_thang_truong_thcs_cot_nguoi_phu_trach.docx"),
            (h528_docx, "h528_tbkl_mam_non_hop_hdsp_giao_chuc_danh.docx"),
            (h529_xlsx, "h529_lich_tuan_buu_dien_tinh_ngay_gop.xlsx"),
            (h530_docx, "h530_ct_thang_ban_to_chuc_tinh_uy_ngoac.docx"),
            (h532_docx, "h532_ct_quy_vks_tinh_phong_tieu_de.docx"),
        ],
        [
            (h525_docx, "h525_kh_thong_ke_tinh_dieu_tra_lao_dong.docx", "doc"),
            (h526_docx, "h526_cv_thads_tinh_giao_phong.docx", "pdf"),
            (h531_docx, "h531_kh_pccc_mua_kho_phu_luc.docx", "odt"),
        ],
        _out,
    )
