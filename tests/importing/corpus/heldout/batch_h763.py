"""Held-out batch h763–h772, written by h13author73 blind to the importer: ten documents of a
provincial People's Committee office's general affairs division, a provincial Department of
Construction's transport infrastructure division, a provincial Department of Industry and Trade's
energy division, a provincial eye hospital, a commune's culture and society division, a provincial
youth volunteer corps, a provincial Association of the Elderly, a provincial environmental
monitoring centre, a university's student affairs office and a provincial police's economic
security division. Every name, person, place, number and date in them is invented."""

from pathlib import Path

from batch_common import (
    MARKS,
    bold_header,
    column_widths,
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
from batch_common import document as new_document

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h764_cv_sxd_giao_thong_tet",  # h13fixYO
    "h769_ctr_hoi_nct_tinh_theo_quy",  # h13fixYL
    "h768_lich_tuan_tnxp_tinh",  # h13fixYP
    "h765_chi_tieu_nang_luong_sct",  # lead, h421's half-year and year round
    "h772_kh_pa_an_ninh_kinh_te",  # h13fixYN
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h763_docx(h, path: Path) -> None:
    """Provincial People's Committee office, general affairs division: a monthly programme table,
    teams as doers, an unnumbered dash row with its own doers and date, dates without a year."""
    doc = new_document()
    landscape(doc)
    head_block(
        doc,
        "VĂN PHÒNG UBND TỈNH BẮC HƯNG\nPHÒNG HÀNH CHÍNH - TỔ CHỨC\n───────\nSố: 04/CTr-HCTC",
        right2="Bắc Hưng, ngày 30 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 01 NĂM 2027", bold=True, center=True)
    para(doc, "của Phòng Hành chính - Tổ chức", italic=True, center=True)
    para(
        doc,
        "Thực hiện Chương trình công tác năm 2027 của Văn phòng UBND tỉnh và ý kiến chỉ đạo của Chánh Văn "
        "phòng tại cuộc họp giao ban ngày 28/12/2026, Phòng Hành chính - Tổ chức xây dựng Chương trình "
        "công tác tháng 01/2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung công việc", "Bộ phận thực hiện", "Thời gian hoàn thành", "Ghi chú"],
        [
            ("§", "I", "CÔNG TÁC TỔ CHỨC, CÁN BỘ"),
            [
                "1",
                "Tham mưu xây dựng Kế hoạch biên chế công chức, số lượng người làm việc năm 2028 của Văn "
                "phòng",
                "Bộ phận Tổ chức - Cán bộ",
                "20/01",
                "",
            ],
            [
                "2",
                "Hoàn thiện hồ sơ nâng bậc lương thường xuyên, phụ cấp thâm niên vượt khung quý I/2027",
                "Bộ phận Tổ chức - Cán bộ",
                "Trước 15/01",
                "",
            ],
            [
                "3",
                "Tổng hợp kết quả đánh giá, xếp loại công chức, viên chức, người lao động năm 2026",
                "Bộ phận Tổ chức - Cán bộ",
                "10/01",
                "Chuyển từ tháng 12/2026",
            ],
            ("§", "II", "CÔNG TÁC VĂN THƯ, LƯU TRỮ"),
            [
                "4",
                "Tiếp nhận, đăng ký, chuyển giao văn bản đến qua Hệ thống quản lý văn bản và điều hành",
                "Tổ Văn thư",
                "Hằng ngày",
                "",
            ],
            [
                "5",
                "Chỉnh lý, lập hồ sơ tài liệu năm 2025 của các phòng chuyên môn, nộp lưu vào Lưu trữ cơ quan",
                "Tổ Lưu trữ",
                "29/01",
                "",
            ],
            [
                "",
                "- Giao nộp hồ sơ điện tử năm 2026 vào Kho lưu trữ số của tỉnh",
                "Tổ Lưu trữ; Tổ Văn thư",
                "31/01",
                "Theo hướng dẫn của Sở Nội vụ",
            ],
            ("§", "III", "CÔNG TÁC QUẢN TRỊ, PHỤC VỤ"),
            [
                "6",
                "Chuẩn bị cơ sở vật chất, phục vụ Hội nghị tổng kết công tác năm 2026 của UBND tỉnh",
                "Tổ Quản trị - Lễ tân",
                "Theo lịch của UBND tỉnh",
                "",
            ],
            [
                "7",
                "Kiểm kê tài sản, công cụ dụng cụ năm 2026; đề xuất thanh lý tài sản hư hỏng",
                "Tổ Quản trị - Lễ tân; Bộ phận Kế toán",
                "15/01",
                "",
            ],
            [
                "8",
                "Bảo dưỡng hệ thống phòng cháy chữa cháy, thang máy khu nhà A, nhà B",
                "Tổ Quản trị - Lễ tân",
                "Tháng 01/2027",
                "Hợp đồng với nhà thầu",
            ],
            [
                "9",
                "Xây dựng phương án trực, bảo vệ cơ quan dịp Tết Nguyên đán Đinh Mùi 2027",
                "Tổ Bảo vệ",
                "Trước 25/01",
                "",
            ],
            ("§", "IV", "CÔNG TÁC KHÁC"),
            [
                "10",
                "Phục vụ các đoàn công tác, khách đến làm việc với Lãnh đạo UBND tỉnh",
                "Tổ Quản trị - Lễ tân",
                "Khi có yêu cầu",
                "",
            ],
            [
                "11",
                "Báo cáo kết quả công tác hành chính, tổ chức tháng 01/2027 trình Chánh Văn phòng",
                "Bộ phận Tổng hợp",
                "28/01",
                "",
            ],
        ],
        widths=[1.0, 11.0, 5.0, 3.5, 4.0],
    )
    para(doc, "")
    para(doc, "Ghi chú: các mốc thời gian không ghi năm là năm 2027.", italic=True)
    para(
        doc,
        "Các tổ, bộ phận báo cáo kết quả thực hiện Chương trình về Trưởng phòng (qua Bộ phận Tổng hợp) "
        "trước ngày 27/01/2027.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Chánh VP, các PCVP (b/c);\n- Các tổ, bộ phận thuộc Phòng;\n- Lưu: HCTC.",
        "TRƯỞNG PHÒNG\n\n\n\nLương Thị Hạnh",
    )
    doc.save(path)


def h764_docx(h, path: Path) -> None:
    """Department of Construction (drafted by its transport infrastructure division): a dispatch,
    numbered unit labels over lettered points and run-in labels, requests to every unit of a kind."""
    doc = new_document()
    head_block(
        doc,
        "UBND TỈNH NINH GIANG\nSỞ XÂY DỰNG\n───────\nSố: 3517/SXD-QLKCHTGT\nV/v bảo đảm giao thông "
        "thông suốt, an toàn dịp Tết Nguyên đán Đinh Mùi và mùa Lễ hội Xuân 2027",
        right2="Ninh Giang, ngày 29 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Phòng Quản lý kết cấu hạ tầng giao thông;",
        "- Phòng Quản lý vận tải, phương tiện và người lái;",
        "- Thanh tra Sở;",
        "- Ban Quản lý bảo trì đường bộ tỉnh;",
        "- Các Công ty cổ phần quản lý và xây dựng đường bộ;",
        "- Ủy ban nhân dân các xã, phường.",
        "Thực hiện Chỉ thị số 18/CT-UBND ngày 20/12/2026 của Chủ tịch UBND tỉnh về tăng cường bảo đảm trật "
        "tự, an toàn giao thông dịp Tết Nguyên đán Đinh Mùi và mùa Lễ hội Xuân năm 2027; trong năm 2026, "
        "trên các tuyến đường tỉnh vẫn còn 14 vị trí thường xuyên xảy ra tai nạn giao thông, nhiều đoạn "
        "mặt đường hư hỏng chưa được khắc phục kịp thời. Để bảo đảm giao thông thông suốt, an toàn phục "
        "vụ Nhân dân đi lại dịp Tết, Sở Xây dựng yêu cầu các đơn vị thực hiện các nội dung sau:",
        "**1. Phòng Quản lý kết cấu hạ tầng giao thông",
        "a) Chủ trì rà soát, lập danh mục các điểm đen, điểm tiềm ẩn tai nạn giao thông trên các tuyến quốc "
        "lộ ủy thác và đường tỉnh; hoàn thành trước ngày 10/01/2027.",
        "b) Tổ chức kiểm tra công tác bảo trì, bảo đảm giao thông trên các tuyến ĐT.712, ĐT.715, ĐT.719 "
        "trước ngày 20/01/2027.",
        "c) Tham mưu Sở phương án phân luồng, tổ chức giao thông khu vực lễ hội Đền Cao Sơn (lễ hội dự kiến "
        "khai mạc ngày 12/02/2027).",
        "**2. Ban Quản lý bảo trì đường bộ tỉnh",
        "a) Chỉ đạo các nhà thầu bảo trì khắc phục ngay các hư hỏng mặt đường, bổ sung biển báo, sơn kẻ "
        "vạch tại các vị trí đã được rà soát, hoàn thành trước ngày 25/01/2027.",
        "b) Bố trí lực lượng, vật tư, phương tiện, thiết bị ứng trực tại các vị trí xung yếu trong thời gian "
        "từ ngày 01/02/2027 đến hết ngày 20/02/2027.",
        "3. Phòng Quản lý vận tải, phương tiện và người lái: chủ trì, phối hợp Thanh tra Sở kiểm tra hoạt "
        "động vận tải hành khách tại các bến xe khách, xử lý việc tăng giá vé trái quy định từ ngày "
        "15/01/2027 đến ngày 15/02/2027.",
        "4. Thanh tra Sở: tăng cường tuần kiểm, xử lý vi phạm hành lang an toàn đường bộ, các trường hợp họp "
        "chợ, phơi nông sản trên đường; thực hiện thường xuyên.",
        "5. Các Công ty cổ phần quản lý và xây dựng đường bộ: duy trì lực lượng tuần đường, trực bảo đảm "
        "giao thông 24/24 giờ trong các ngày nghỉ Tết Nguyên đán.",
        "6. Đề nghị Ủy ban nhân dân các xã, phường chỉ đạo lực lượng chức năng xử lý dứt điểm các trường hợp "
        "lấn chiếm hành lang an toàn đường bộ trên địa bàn trước ngày 31/01/2027.",
        "Các đơn vị báo cáo tình hình bảo đảm giao thông, tai nạn, ùn tắc giao thông (nếu có) về Sở Xây "
        "dựng (qua Phòng Quản lý kết cấu hạ tầng giao thông) trước 09 giờ hằng ngày trong thời gian nghỉ "
        "Tết và báo cáo kết quả thực hiện trước ngày 22/02/2027.",
        "Sở Xây dựng đề nghị các đơn vị nghiêm túc triển khai thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Ban An toàn giao thông tỉnh;\n- Giám đốc Sở (b/c);"
        "\n- Lưu: VT, QLKCHTGT.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nĐinh Quang Vinh",
    )
    doc.save(path)


def h765_xlsx(h, path: Path) -> None:
    """Department of Industry and Trade, energy division: an indicator sheet, an outside company and
    other divisions as lead, a partner column, the reporting regime and a summing duty under it."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu NL 2027"
    title_rows(
        ws,
        [
            "SỞ CÔNG THƯƠNG TỈNH BẮC HƯNG",
            "CHỈ TIÊU, NHIỆM VỤ LĨNH VỰC NĂNG LƯỢNG NĂM 2027",
            "(Kèm theo Kế hoạch số 288/KH-SCT ngày 24/12/2026 của Sở Công Thương)",
        ],
        8,
        (1, 2),
    )
    ws.append([])
    ws.append(
        [
            "STT",
            "Chỉ tiêu, nhiệm vụ",
            "Đơn vị tính",
            "Thực hiện năm 2026",
            "Chỉ tiêu năm 2027",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian hoàn thành",
        ]
    )
    bold_header(ws, 5)
    rows = [
        ["I", "CUNG CẤP ĐIỆN"],
        [
            1,
            "Tỷ lệ hộ dân nông thôn sử dụng điện lưới quốc gia",
            "%",
            "99,62",
            "99,80",
            "Phòng Quản lý năng lượng",
            "Công ty Điện lực Bắc Hưng",
            "31/12/2027",
        ],
        [
            2,
            "Sản lượng điện thương phẩm trên địa bàn tỉnh",
            "triệu kWh",
            "4.215",
            "4.560",
            "Công ty Điện lực Bắc Hưng",
            "Phòng Quản lý năng lượng",
            "Năm 2027",
        ],
        [
            3,
            "Đóng điện công trình cấp điện cho các thôn, bản chưa có điện lưới (giai đoạn 2)",
            "thôn",
            "6",
            "11",
            "Ban Quản lý dự án công trình Công Thương",
            "Phòng Quản lý năng lượng",
            "Quý III/2027",
        ],
        ["II", "SỬ DỤNG NĂNG LƯỢNG TIẾT KIỆM VÀ HIỆU QUẢ"],
        [
            4,
            "Mức tiết kiệm năng lượng so với tổng mức tiêu thụ năng lượng toàn tỉnh",
            "%",
            "1,8",
            "2,0",
            "Phòng Quản lý năng lượng",
            "Các sở, ngành; UBND các xã, phường",
            "31/12/2027",
        ],
        [
            5,
            "Kiểm tra việc thực hiện kiểm toán năng lượng tại các cơ sở sử dụng năng lượng trọng điểm",
            "cơ sở",
            "18",
            "24",
            "Phòng Quản lý năng lượng",
            "Thanh tra Sở",
            "6 tháng cuối năm",
        ],
        [
            6,
            "Tổ chức lớp đào tạo, bồi dưỡng người quản lý năng lượng",
            "lớp",
            "1",
            "2",
            "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp",
            "Phòng Quản lý năng lượng",
            "Quý II, Quý IV",
        ],
        ["III", "QUẢN LÝ NHÀ NƯỚC, KIỂM TRA"],
        [
            7,
            "Kiểm tra an toàn đập, hồ chứa thủy điện trước mùa mưa lũ",
            "công trình",
            "9",
            "9",
            "Phòng Kỹ thuật an toàn - Môi trường",
            "Phòng Quản lý năng lượng",
            "Trước 30/5/2027",
        ],
        [
            8,
            "Kiểm tra hoạt động điện lực, giá bán lẻ điện nông thôn",
            "cuộc",
            "4",
            "6",
            "Thanh tra Sở",
            "Phòng Quản lý năng lượng",
            "Hằng quý",
        ],
        [
            9,
            "Cập nhật cơ sở dữ liệu năng lượng của tỉnh trên hệ thống của Bộ Công Thương",
            "lần",
            "-",
            "4",
            "Phòng Quản lý năng lượng",
            "",
            "Hằng quý",
        ],
        [
            10,
            "Thẩm định, trình phê duyệt Kế hoạch phát triển điện mặt trời mái nhà tự sản xuất, tự tiêu thụ",
            "kế hoạch",
            "0",
            "1",
            "Phòng Quản lý năng lượng",
            "Công ty Điện lực Bắc Hưng",
            "Theo hướng dẫn của Bộ Công Thương",
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
    wrap(ws, 6)
    ws.append([])
    ws.append(
        [
            "",
            "Chế độ báo cáo: Các cơ sở sử dụng năng lượng trọng điểm gửi báo cáo tình hình sử dụng năng "
            "lượng năm 2026 và kế hoạch năm 2027 về Sở Công Thương (qua Phòng Quản lý năng lượng) trước "
            "ngày 31/3/2027.",
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
    ws.append(
        [
            "",
            "Phòng Quản lý năng lượng tổng hợp kết quả thực hiện các chỉ tiêu, báo cáo Giám đốc Sở định kỳ "
            "6 tháng và năm.",
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
    wrap(ws, ws.max_row - 1, "top")
    ws.append([])
    ws.append(["", "", "", "", "", "KT. GIÁM ĐỐC"])
    ws.append(["", "", "", "", "", "PHÓ GIÁM ĐỐC"])
    ws.append([])
    ws.append(["", "", "", "", "", "Trần Minh Đức"])
    column_widths(ws, [6, 46, 11, 12, 12, 26, 26, 18])
    wb.save(path)


def h766_docx(h, path: Path) -> None:
    """Provincial eye hospital: a notice of the director's conclusions at the monthly professional
    meeting, an assessment part, a deputy director by field, a general charge, a request outside."""
    doc = new_document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH NINH GIANG\nBỆNH VIỆN MẮT\n───────\nSố: 612/TB-BVM",
        right2="Ninh Giang, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Giám đốc Bệnh viện tại buổi giao ban chuyên môn tháng 11 năm 2026",
        "Ngày 02/12/2026, BSCKII. Trịnh Văn Hải, Giám đốc Bệnh viện chủ trì buổi giao ban chuyên môn tháng "
        "11/2026. Tham dự có các Phó Giám đốc, trưởng các khoa, phòng và điều dưỡng trưởng các khoa. Sau "
        "khi nghe Phòng Kế hoạch tổng hợp báo cáo kết quả hoạt động tháng 11 và ý kiến của các đại biểu, "
        "Giám đốc Bệnh viện kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Trong tháng 11/2026, Bệnh viện khám cho 9.842 lượt người bệnh (tăng 6,4% so với "
        "cùng kỳ), phẫu thuật "
        "1.126 ca, trong đó phẫu thuật phaco 812 ca; không để xảy ra sự cố y khoa nghiêm trọng. Tuy nhiên, "
        "thời gian chờ khám vào buổi sáng còn dài; việc cung ứng thủy tinh thể nhân tạo có thời điểm chưa "
        "kịp thời; một số hồ sơ bệnh án ghi chép chưa đầy đủ.",
        "**II. NHIỆM VỤ TRỌNG TÂM THÁNG 12/2026",
        "1. Khoa Khám bệnh phối hợp Phòng Công nghệ thông tin bố trí lại quy trình tiếp đón, cho người bệnh "
        "lấy số thứ tự qua ứng dụng trên điện thoại; áp dụng từ ngày 15/12/2026.",
        "2. Phòng Kế hoạch tổng hợp xây dựng kế hoạch khám sàng lọc bệnh võng mạc đái tháo đường tại 06 xã "
        "vùng cao, trình Giám đốc trước ngày 20/12/2026.",
        "3. Khoa Phẫu thuật - Gây mê hồi sức: rà soát, bổ sung bảng kiểm an toàn phẫu thuật theo mẫu mới của "
        "Bộ Y tế; triển khai thường xuyên.",
        "4. Phó Giám đốc phụ trách chuyên môn (BSCKII. Lò Thị Mai) chỉ đạo kiểm tra hồ sơ bệnh án, tổ chức "
        "bình bệnh án tại các khoa lâm sàng định kỳ hằng tháng.",
        "5. Khoa Dược - Vật tư y tế hoàn thành lựa chọn nhà thầu cung cấp thủy tinh thể nhân tạo năm 2027 "
        "trước ngày 31/12/2026; bảo đảm không để thiếu vật tư trong dịp Tết Nguyên đán.",
        "6. Phòng Tài chính - Kế toán: hoàn thành quyết toán kinh phí năm 2026, chi trả thu nhập tăng thêm "
        "quý IV cho viên chức, người lao động trước ngày 10/01/2027.",
        "7. Phòng Điều dưỡng tổ chức kiểm tra việc thực hiện 5S tại các khoa lâm sàng trong tháng 12/2026.",
        "8. Tổ Quản lý chất lượng bệnh viện tổng hợp kết quả tự đánh giá chất lượng bệnh viện năm 2026 theo "
        "Bộ tiêu chí, báo cáo Sở Y tế trước ngày 25/12/2026.",
        "9. Phòng Công tác xã hội phối hợp Hội Chữ thập đỏ tỉnh tổ chức phẫu thuật đục "
        "thủy tinh thể miễn phí "
        "cho 50 người bệnh nghèo, dự kiến ngày 19/12/2026.",
        "10. Các khoa, phòng nghiêm túc thực hiện quy định về giờ giấc, trang phục, giao tiếp ứng xử với "
        "người bệnh và người nhà người bệnh.",
        "11. Đề nghị Trung tâm Kiểm soát bệnh tật tỉnh phối hợp cung cấp danh sách người bệnh đái tháo đường "
        "đang được quản lý tại tuyến xã trước ngày 15/12/2026.",
        "12. Các khoa, phòng báo cáo kết quả thực hiện các nội dung trên về Phòng Kế hoạch tổng hợp trước "
        "ngày 28/12/2026 để tổng hợp, báo cáo tại buổi giao ban tháng 12.",
        "Bệnh viện thông báo để các khoa, phòng biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng;\n- TTKSBT tỉnh;\n- Lưu: VT, KHTH.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP\n\n\n\nBSCKI. Nông Văn Thắng",
    )
    doc.save(path)


def h767_docx(h, path: Path) -> None:
    """Commune (its culture and society division): a Tết activities plan, the doer after the task
    (`Giao … thực hiện`, in parentheses, `… chủ trì`), a standing body, a funding duty, a request."""
    doc = new_document()
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n───────\nSố: 152/KH-UBND",
        right2="Tân Lập, ngày 22 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao mừng Đảng, mừng Xuân Đinh Mùi năm 2027",
        "Căn cứ Kế hoạch số 301/KH-UBND ngày 12/12/2026 của UBND tỉnh về tổ chức các hoạt động mừng Đảng, "
        "mừng Xuân năm 2027; theo đề nghị của Phòng Văn hóa - Xã hội, Ủy ban nhân dân xã ban hành Kế hoạch "
        "như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "- Tạo không khí vui tươi, phấn khởi trong Nhân dân đón Tết cổ truyền; tuyên truyền kỷ niệm 97 năm "
        "Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2027).",
        "- Các hoạt động tổ chức an toàn, tiết kiệm, không phô trương, hình thức.",
        "**II. NỘI DUNG HOẠT ĐỘNG",
        "**1. Tuyên truyền, trang trí",
        "a) Treo băng rôn, khẩu hiệu, cờ Tổ quốc, cờ Đảng tại trụ sở và các tuyến đường trục chính của xã; "
        "hoàn thành trước ngày 25/01/2027. Giao Trung tâm Dịch vụ tổng hợp xã thực hiện.",
        "b) Phát thanh tuyên truyền trên hệ thống loa truyền thanh xã về ý nghĩa Ngày thành lập Đảng và "
        "phòng, chống cháy nổ dịp Tết, hằng ngày từ ngày 15/01/2027 đến ngày 12/02/2027 (Trung tâm Dịch "
        "vụ tổng hợp xã).",
        "**2. Hoạt động văn nghệ, thể dục thể thao",
        "a) Tổ chức Giải bóng chuyền hơi nam nữ phối hợp mừng Xuân, từ ngày 28 đến ngày 30/01/2027 tại Sân "
        "vận động xã; Phòng Văn hóa - Xã hội chủ trì, phối hợp Đoàn Thanh niên xã.",
        'b) Chương trình văn nghệ "Mừng Đảng quang vinh - Mừng Xuân Đinh Mùi" vào tối ngày 02/02/2027 tại '
        "Hội trường UBND xã; Phòng Văn hóa - Xã hội chủ trì.",
        "c) Tổ chức các trò chơi dân gian (kéo co, đẩy gậy, ném còn) vào ngày mùng 4 Tết (ngày 09/02/2027) "
        "tại khu trung tâm xã; Đoàn Thanh niên xã chủ trì.",
        "**3. Thăm, tặng quà",
        "Tham mưu Ủy ban nhân dân xã thăm, tặng quà gia đình chính sách, hộ nghèo, người cao tuổi tròn 90, "
        "100 tuổi; hoàn thành trước ngày 04/02/2027 (Phòng Văn hóa - Xã hội).",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Văn hóa - Xã hội là cơ quan thường trực, tham mưu Ủy ban nhân dân xã "
        "theo dõi, đôn đốc việc "
        "thực hiện Kế hoạch; tổng hợp kết quả báo cáo Chủ tịch UBND xã trước ngày 20/02/2027.",
        "2. Văn phòng HĐND và UBND xã bố trí kinh phí tổ chức các hoạt động theo dự toán được duyệt.",
        "3. Công an xã xây dựng phương án bảo đảm an ninh trật tự, phòng, chống cháy nổ tại các điểm tổ chức "
        "hoạt động; hoàn thành trước ngày 26/01/2027.",
        "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể vận động Nhân "
        "dân hưởng ứng, tham gia "
        "các hoạt động.",
        "5. Trưởng các thôn chủ động tuyên truyền, vận động Nhân dân trang trí, dọn vệ sinh đường làng, ngõ "
        "xóm đón Tết.",
        "Kinh phí thực hiện: từ nguồn ngân sách xã năm 2027 và nguồn xã hội hóa.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Đảng ủy xã (b/c);\n- CT, các PCT UBND xã;\n- UBMTTQ và các đoàn thể xã;\n- Các phòng, "
        "đơn vị thuộc UBND xã;\n- Các thôn;\n- Lưu: VT, VHXH.",
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nHà Văn Sơn",
    )
    doc.save(path)


def h768_xlsx(h, path: Path) -> None:
    """Provincial youth volunteer corps: the command board's weekly calendar, the day merged down,
    chairs by post and name, two preparing units, a `(dự kiến)` entry, office and duty lines."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "Lich tuan 02"
    title_rows(
        ws,
        [
            "LỰC LƯỢNG THANH NIÊN XUNG PHONG TỈNH BẮC HƯNG - BAN CHỈ HUY",
            "LỊCH CÔNG TÁC TUẦN CỦA BAN CHỈ HUY",
            "(Tuần 02, từ ngày 11/01/2027 đến ngày 17/01/2027)",
        ],
        6,
        (1, 2),
    )
    ws.append([])
    ws.append(["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"])
    bold_header(ws, 5)
    days = [
        (
            "Thứ Hai\n11/01",
            [
                [
                    "7h30",
                    "Giao ban Ban Chỉ huy tuần",
                    "Chỉ huy trưởng Nguyễn Hữu Phước",
                    "Phòng Tổ chức - Hành chính",
                    "Phòng họp số 1",
                ],
                [
                    "14h00",
                    "Làm việc với Tổng đội TNXP số 2 về tiến độ khai hoang, cải tạo đồng ruộng tại "
                    "xã Nậm Cang",
                    "Phó Chỉ huy trưởng Đặng Minh Tuấn",
                    "Phòng Kế hoạch - Tài chính",
                    "Tổng đội TNXP số 2",
                ],
            ],
        ),
        (
            "Thứ Ba\n12/01",
            [
                [
                    "8h00",
                    "Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng tổng kết năm 2026",
                    "Chỉ huy trưởng Nguyễn Hữu Phước",
                    "Phòng Tổ chức - Hành chính",
                    "Phòng họp số 1",
                ],
                ["Chiều", "Ban Chỉ huy làm việc tại cơ quan", "", "", ""],
            ],
        ),
        (
            "Thứ Tư\n13/01",
            [
                [
                    "Cả ngày",
                    "Kiểm tra công tác dạy nghề, giải quyết việc làm cho đội viên tại Trung tâm Giáo "
                    "dục nghề "
                    "nghiệp TNXP",
                    "Phó Chỉ huy trưởng Hoàng Thị Nga",
                    "Trung tâm Giáo dục nghề nghiệp TNXP",
                    "Xã Mường Tè",
                ],
            ],
        ),
        (
            "Thứ Năm\n14/01",
            [
                [
                    "8h00",
                    "Dự Hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2026 của Tỉnh đoàn",
                    "Chỉ huy trưởng Nguyễn Hữu Phước",
                    "Phòng Tổ chức - Hành chính",
                    "Hội trường Tỉnh đoàn",
                ],
                [
                    "14h00",
                    "Duyệt dự toán thu, chi năm 2027 của các tổng đội",
                    "Phó Chỉ huy trưởng Đặng Minh Tuấn",
                    "Phòng Kế hoạch - Tài chính",
                    "Phòng họp số 2",
                ],
            ],
        ),
        (
            "Thứ Sáu\n15/01",
            [
                [
                    "8h00",
                    "Thăm, tặng quà Tết đội viên có hoàn cảnh khó khăn tại Tổng đội TNXP số 1 (dự kiến)",
                    "Chỉ huy trưởng Nguyễn Hữu Phước",
                    "Tổng đội TNXP số 1; Phòng Tổ chức - Hành chính",
                    "Tổng đội TNXP số 1",
                ],
                [
                    "14h00",
                    "Tiếp công dân định kỳ",
                    "Phó Chỉ huy trưởng Hoàng Thị Nga",
                    "Phòng Tổ chức - Hành chính",
                    "Phòng tiếp công dân",
                ],
            ],
        ),
        (
            "Thứ Bảy\n16/01",
            [
                [
                    "7h00",
                    "Ra quân trồng cây mừng Xuân tại khu tái định cư Nà Pồng",
                    "Phó Chỉ huy trưởng Hoàng Thị Nga",
                    "Tổng đội TNXP số 3",
                    "Khu tái định cư Nà Pồng",
                ],
                ["Chiều", "Trực Ban Chỉ huy: đồng chí Đặng Minh Tuấn", "", "", ""],
            ],
        ),
        ("Chủ nhật\n17/01", [["", "Trực Ban Chỉ huy: đồng chí Nguyễn Hữu Phước", "", "", ""]]),
    ]
    for day, entries in days:
        first = ws.max_row + 1
        for entry in entries:
            ws.append([day if ws.max_row + 1 == first else None, *entry])
        if len(entries) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
    wrap(ws, 6)
    for row in ws.iter_rows(min_row=6, max_col=1):
        row[0].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.append([])
    ws.append(
        [
            "Ghi chú:",
            "Lịch có thể thay đổi, Phòng Tổ chức - Hành chính sẽ thông báo bổ sung. Các phòng, tổng đội, "
            "trung tâm đăng ký lịch công tác tuần sau về Phòng Tổ chức - Hành chính trước 15 giờ 00 thứ Năm "
            "hằng tuần.",
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)
    wrap(ws, ws.max_row, "top")
    ws.append([])
    ws.append(["", "", "", "", "TL. CHỈ HUY TRƯỞNG"])
    ws.append(["", "", "", "", "TRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH"])
    ws.append([])
    ws.append(["", "", "", "", "Lò Văn Khánh"])
    column_widths(ws, [12, 10, 50, 26, 28, 22])
    wb.save(path)


H769_TEXT = """HỘI NGƯỜI CAO TUỔI TỈNH NINH GIANG
BAN THƯỜNG VỤ
Số: 42/CTr-HNCT
                                    Ninh Giang, ngày 18 tháng 12 năm 2026

CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027
của Ban Thường vụ Hội Người cao tuổi tỉnh

Năm 2026, các cấp Hội đã thăm, tặng quà 12.480 lượt người cao tuổi, thành lập mới 37 câu lạc bộ liên
thế hệ tự giúp nhau; tỷ lệ người cao tuổi có thẻ bảo hiểm y tế đạt 97,8%. Để tiếp tục phát huy kết quả
đạt được, Ban Thường vụ Hội Người cao tuổi tỉnh xây dựng Chương trình công tác năm 2027 như sau (các
nhiệm vụ xếp theo quý; nhiệm vụ không ghi thời gian riêng hoàn thành trong quý):

I. QUÝ I
- Tổng kết công tác Hội năm 2026, triển khai nhiệm vụ năm 2027 (Văn phòng Hội); trong tháng 01.
- Thăm, chúc Tết người cao tuổi tròn 100 tuổi, người cao tuổi cô đơn không nơi nương tựa (Ban Chính
  sách - Phong trào).
- Hướng dẫn Hội Người cao tuổi cấp xã chuẩn bị đại hội nhiệm kỳ 2027 - 2032 (Ban Tổ chức - Kiểm
  tra); xong trước 15/3.

II. QUÝ II
- Tổ chức Hội thi "Người cao tuổi vui khỏe, sống có ích" cấp tỉnh (Ban Chính sách - Phong trào,
  phối hợp Sở Văn hóa, Thể thao và Du lịch).
- Kiểm tra hoạt động của Quỹ Chăm sóc và phát huy vai trò người cao tuổi tại 05 xã, phường (Ban Tổ
  chức - Kiểm tra).

III. QUÝ III
- Sơ kết 5 năm thực hiện Chương trình hành động quốc gia về người cao tuổi giai đoạn 2021 - 2030
  (Văn phòng Hội).
- Phối hợp Bảo hiểm xã hội tỉnh rà soát, đề nghị cấp thẻ bảo hiểm y tế cho người cao tuổi từ đủ 75
  tuổi chưa có thẻ (Ban Chính sách - Phong trào).

IV. QUÝ IV
- Tổ chức mít tinh hưởng ứng Ngày Quốc tế Người cao tuổi và Tháng hành động vì người cao tuổi Việt
  Nam vào ngày 01/10 (Văn phòng Hội).
- Tổng hợp, đề nghị khen thưởng tập thể, cá nhân có thành tích trong công tác Hội năm 2027 (Ban Tổ
  chức - Kiểm tra); trước 30/11.

V. NHIỆM VỤ THƯỜNG XUYÊN
- Theo dõi, nắm tình hình đời sống, tâm tư, nguyện vọng của người cao tuổi; phản ánh kịp thời với
  cấp ủy, chính quyền (Văn phòng Hội).
- Cập nhật tin, bài trên Trang thông tin điện tử của Hội hằng tháng (Văn phòng Hội).

VI. TỔ CHỨC THỰC HIỆN
- Đề nghị Sở Y tế chỉ đạo các cơ sở y tế tổ chức khám sức khỏe định kỳ, lập hồ sơ theo dõi sức
  khỏe cho người cao tuổi trên địa bàn.
- Hội Người cao tuổi các xã, phường báo cáo kết quả 6 tháng trước ngày 10/6 và báo cáo năm trước
  ngày 10/11 về Ban Thường vụ Hội Người cao tuổi tỉnh (qua Văn phòng Hội).
- Các thành viên Ban Thường vụ theo lĩnh vực được phân công chủ động chỉ đạo, đôn đốc thực hiện
  Chương trình.

Nơi nhận:                                   TM. BAN THƯỜNG VỤ
- Trung ương Hội NCT Việt Nam (b/c);        CHỦ TỊCH
- Sở Nội vụ (b/c);
- Hội NCT các xã, phường;
- Lưu: VP.                                  Vi Thị Xuân
"""


def h769_txt(h, path: Path) -> None:
    """Provincial Association of the Elderly: a yearly programme as plain text, dash tasks under
    quarter headings that give their time, the doer in parentheses, a request outside."""
    path.write_text(H769_TEXT, encoding="utf-8")


def h770_docx(h, path: Path) -> None:
    """Provincial environmental monitoring centre: a quarter programme table (converted to .pdf), a
    time no date can be read from, a moved deadline in the note column, an unnumbered dash row."""
    doc = new_document(12)
    landscape(doc)
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH BẮC HƯNG\nTRUNG TÂM QUAN TRẮC MÔI "
        "TRƯỜNG\n───────\nSố: 09/CTr-TTQT",
        right2="Bắc Hưng, ngày 05 tháng 01 năm 2027",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    grid(
        doc,
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"],
        [
            ("§", "I", "QUAN TRẮC HIỆN TRƯỜNG"),
            [
                "1",
                "Quan trắc chất lượng nước mặt sông Cầu, sông Thương đợt 1/2027 (24 điểm)",
                "Phòng Quan trắc hiện trường",
                "Phòng Phân tích thí nghiệm",
                "15/01 - 25/01",
                "",
            ],
            [
                "2",
                "Quan trắc không khí xung quanh tại các khu công nghiệp, làng nghề đợt 1 (32 điểm)",
                "Phòng Quan trắc hiện trường",
                "",
                "Tháng 02",
                "",
            ],
            [
                "3",
                "Vận hành, truyền dữ liệu các trạm quan trắc không khí tự động về Bộ Nông nghiệp "
                "và Môi trường",
                "Tổ Trạm quan trắc tự động",
                "Phòng Dữ liệu và Báo cáo",
                "Liên tục",
                "03 trạm",
            ],
            ("§", "II", "PHÂN TÍCH, BÁO CÁO"),
            [
                "4",
                "Phân tích mẫu nước mặt, không khí đợt 1; trả kết quả phân tích",
                "Phòng Phân tích thí nghiệm",
                "",
                "Trong 10 ngày kể từ khi nhận mẫu",
                "",
            ],
            [
                "5",
                "Lập báo cáo kết quả quan trắc môi trường đợt 1/2027 trình Sở",
                "Phòng Dữ liệu và Báo cáo",
                "Phòng Quan trắc hiện trường; Phòng Phân tích thí nghiệm",
                "10/3",
                "Lùi từ 20/02 theo Văn bản số 312/SNNMT-MT",
            ],
            [
                "",
                "- Công bố chỉ số chất lượng không khí (AQI) trên Cổng thông tin điện tử của Sở",
                "Phòng Dữ liệu và Báo cáo",
                "",
                "Hằng ngày",
                "",
            ],
            [
                "6",
                "Duy trì hệ thống quản lý chất lượng phòng thí nghiệm theo ISO/IEC 17025; đánh giá nội bộ",
                "Phòng Phân tích thí nghiệm",
                "",
                "Tháng 3",
                "",
            ],
            ("§", "III", "CÔNG TÁC KHÁC"),
            [
                "7",
                "Lập hồ sơ đề nghị gia hạn Giấy chứng nhận đủ điều kiện hoạt động dịch vụ quan "
                "trắc môi trường",
                "Phòng Hành chính - Tổng hợp",
                "Phòng Phân tích thí nghiệm",
                "Trước 28/02",
                "",
            ],
            [
                "8",
                "Mua sắm hóa chất, dụng cụ thí nghiệm năm 2027",
                "Phòng Hành chính - Tổng hợp",
                "",
                "Quý I",
                "",
            ],
            [
                "9",
                "Báo cáo kết quả thực hiện nhiệm vụ quý I/2027 gửi Sở Nông nghiệp và Môi trường",
                "Phòng Hành chính - Tổng hợp",
                "",
                "25/3",
                "",
            ],
        ],
        widths=[1.0, 9.5, 4.0, 4.5, 3.0, 4.5],
    )
    para(doc, "")
    para(
        doc,
        "Các phòng, tổ gửi báo cáo tiến độ thực hiện về Phòng Hành chính - Tổng hợp vào thứ Sáu tuần cuối "
        "cùng hằng tháng.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Nông nghiệp và Môi trường (b/c);\n- Ban Giám đốc;\n- Các phòng, tổ;\n- Lưu: VT.",
        "GIÁM ĐỐC\n\n\n\nPhùng Thế Lâm",
    )
    doc.save(path)


def h771_docx(h, path: Path) -> None:
    """University (drafted by its student affairs office): a semester plan, numbered unit headings
    over lettered points (one of every faculty), run-in labels, a request to the Youth Union."""
    doc = new_document()
    head_block(
        doc,
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC KINH TẾ - KỸ THUẬT LAM SƠN\n───────\nSố: 19/KH-ĐHKTKT",
        right2="Lam Sơn, ngày 28 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Công tác sinh viên học kỳ II năm học 2026 - 2027",
        "Căn cứ Quy chế công tác sinh viên đối với chương trình đào tạo đại học hệ chính quy; căn cứ kết quả "
        "công tác sinh viên học kỳ I năm học 2026 - 2027 (tỷ lệ sinh viên xếp loại rèn luyện khá trở lên "
        "đạt 86,2%; 143 sinh viên bị cảnh báo học tập), Hiệu trưởng ban hành Kế hoạch công tác sinh viên "
        "học kỳ II như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Nắm chắc tình hình sinh viên, thực hiện đầy đủ, kịp thời chế độ chính sách; hỗ trợ sinh viên học "
        "tập, rèn luyện và tìm kiếm việc làm.",
        "**II. NHIỆM VỤ CỤ THỂ",
        "**1. Phòng Công tác sinh viên",
        "a) Xét, công nhận kết quả rèn luyện học kỳ I năm học 2026 - 2027 của sinh viên, trình Hiệu trưởng "
        "trước ngày 20/02/2027.",
        "b) Thực hiện chế độ miễn, giảm học phí, hỗ trợ chi phí học tập học kỳ II cho sinh viên thuộc đối "
        "tượng chính sách; hoàn thành chi trả trước ngày 31/3/2027.",
        "c) Tổ chức Ngày hội việc làm sinh viên năm 2027, phối hợp Trung tâm Hỗ trợ sinh viên và Quan hệ "
        "doanh nghiệp; dự kiến ngày 17/4/2027.",
        "d) Tham mưu tổ chức Hội nghị đối thoại giữa Hiệu trưởng với sinh viên (tháng 5/2027).",
        "đ) Cập nhật dữ liệu sinh viên nội trú, ngoại trú trên phần mềm quản lý sinh viên; thực hiện thường "
        "xuyên.",
        "**2. Các khoa đào tạo",
        "a) Chỉ đạo cố vấn học tập tổ chức sinh hoạt lớp định kỳ hằng tháng, nắm tình hình sinh viên có nguy "
        "cơ bỏ học.",
        "b) Lập danh sách sinh viên bị cảnh báo học tập, buộc thôi học sau học kỳ I gửi Phòng Công tác sinh "
        "viên trước ngày 28/02/2027.",
        "3. Phòng Đào tạo: cung cấp kết quả học tập học kỳ I của sinh viên cho Phòng Công tác sinh viên và "
        "các khoa trước ngày 10/02/2027.",
        "4. Ban Quản lý Ký túc xá: rà soát, sắp xếp chỗ ở cho sinh viên năm thứ nhất có hoàn cảnh khó khăn; "
        "kiểm tra công tác phòng cháy, chữa cháy tại các khu nhà ở trước ngày 15/01/2027.",
        "5. Đề nghị Đoàn Thanh niên trường, Hội Sinh viên trường phối hợp tổ chức Tháng Thanh niên và chương "
        'trình "Tiếp sức mùa thi" năm 2027.',
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Công tác sinh viên là đơn vị đầu mối, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch.",
        "2. Phòng Kế hoạch - Tài chính bảo đảm kinh phí thực hiện các chế độ, chính sách cho sinh viên.",
        "3. Trưởng các đơn vị liên quan chủ động triển khai các nhiệm vụ được giao.",
        "4. Các khoa báo cáo kết quả công tác sinh viên học kỳ II về Phòng Công tác sinh viên trước ngày "
        "15/6/2027.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Hội đồng trường (b/c);\n- Ban Giám hiệu;\n- Các phòng, khoa, trung tâm;\n- Đoàn TN, "
        "Hội SV;\n- Lưu: VT, CTSV.",
        "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n\n\n\nPGS.TS. Mai Thanh Bình",
    )
    doc.save(path)


def h772_docx(h, path: Path) -> None:
    """Provincial police, economic security division: a yearly plan, the doing team at the end of
    each point, a deputy head by field with rank and name, a request to every commune police."""
    doc = new_document()
    head_block(
        doc,
        "CÔNG AN TỈNH NINH GIANG\nPHÒNG AN NINH KINH TẾ\n───────\nSố: 86/KH-ANKT",
        right2="Ninh Giang, ngày 26 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Bảo đảm an ninh kinh tế, phòng ngừa hoạt động lừa đảo trong lĩnh vực đầu tư, tài chính năm 2027",
        "Thực hiện Kế hoạch công tác năm 2027 của Công an tỉnh, Phòng An ninh kinh tế xây dựng Kế hoạch bảo "
        "đảm an ninh kinh tế năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Chủ động nắm chắc tình hình, phát hiện sớm, phòng ngừa, đấu tranh với các hoạt động xâm phạm an "
        "ninh kinh tế; không để bị động, bất ngờ.",
        "**II. NHIỆM VỤ, GIẢI PHÁP",
        "1. Nắm tình hình an ninh trong lĩnh vực tài chính, ngân hàng, chứng khoán, tài sản số trên địa bàn "
        "tỉnh; Đội An ninh tài chính, tiền tệ và đầu tư chủ trì, thực hiện thường xuyên.",
        "2. Rà soát các doanh nghiệp có dấu hiệu huy động vốn trái phép, kinh doanh đa cấp biến tướng; lập "
        "danh sách, đề xuất biện pháp quản lý, hoàn thành trong quý I/2027 (Đội An ninh tài chính, tiền tệ "
        "và đầu tư).",
        "3. Bảo vệ an ninh các dự án trọng điểm: Nhà máy nhiệt điện Ninh Giang 2, Khu công nghiệp Bắc Sơn mở "
        "rộng; Đội Bảo vệ an ninh công nghiệp và năng lượng chủ trì, phối hợp Công an các xã, phường nơi có "
        "dự án.",
        "4. Phối hợp Sở Công Thương, Ban Quản lý các khu công nghiệp kiểm tra việc chấp hành quy định về an "
        "ninh, trật tự tại các doanh nghiệp có vốn đầu tư nước ngoài (02 đợt: tháng 5 và tháng 10/2027); "
        "Đội An ninh thương mại, dịch vụ và doanh nghiệp FDI chủ trì.",
        "5. Tuyên truyền phòng ngừa lừa đảo chiếm đoạt tài sản qua mạng, đầu tư tài chính trái phép tại 20 "
        "doanh nghiệp, 10 trường học từ tháng 3 đến tháng 11/2027; Đội Tổng hợp chủ trì, phối hợp Phòng "
        "Tham mưu Công an tỉnh.",
        "6. Phó Trưởng phòng phụ trách công tác nghiệp vụ (Trung tá Vũ Đình Khang) chỉ đạo củng cố mạng lưới "
        "cơ sở trong các doanh nghiệp trọng điểm; sơ kết 6 tháng trước ngày 15/6/2027.",
        "7. Đề nghị Công an các xã, phường nắm tình hình, kịp thời thông báo về Phòng An ninh kinh tế các vụ "
        "việc có dấu hiệu lừa đảo đầu tư, huy động vốn trái phép trên địa bàn.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Đội Tổng hợp là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch, tham mưu Lãnh đạo "
        "Phòng sơ kết, tổng kết.",
        "2. Các Đội nghiệp vụ căn cứ Kế hoạch xây dựng kế hoạch chi tiết, gửi Đội Tổng hợp trước ngày "
        "20/01/2027.",
        "3. Các Đội báo cáo kết quả thực hiện định kỳ hằng tháng (trước ngày 22) về Đội "
        "Tổng hợp để tổng hợp, "
        "báo cáo Lãnh đạo Phòng và Ban Giám đốc Công an tỉnh.",
        "Yêu cầu các Đội nghiêm túc triển khai thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Đ/c Giám đốc CAT (b/c);\n- Đ/c PGĐ phụ trách (b/c);\n- Lãnh đạo Phòng;\n- Các Đội;"
        "\n- Lưu: HS, ĐTH.",
        "TRƯỞNG PHÒNG\n\n\n\nThượng tá Hoàng Văn Dũng",
    )
    doc.save(path)


def batch_h763() -> None:
    """Writes h763–h772 (the .doc and .pdf through LibreOffice, the .txt as text)."""
    write_batch(
        [
            (h763_docx, "h763_ctr_thang_phong_hctc_vp_ubnd.docx"),
            (h764_docx, "h764_cv_sxd_giao_thong_tet.docx"),
            (h765_xlsx, "h765_chi_tieu_nang_luong_sct.xlsx"),
            (h766_docx, "h766_tbkl_bv_mat_giao_ban.docx"),
            (h768_xlsx, "h768_lich_tuan_tnxp_tinh.xlsx"),
            (h769_txt, "h769_ctr_hoi_nct_tinh_theo_quy.txt"),
            (h771_docx, "h771_kh_ctsv_dai_hoc_hk2.docx"),
            (h772_docx, "h772_kh_pa_an_ninh_kinh_te.docx"),
        ],
        [
            (h767_docx, "h767_kh_xa_van_hoa_tet.docx", "doc"),
            (h770_docx, "h770_ctr_quy_tt_quan_trac_mt.docx", "pdf"),
        ],
        _out,
    )
