# ruff: noqa: E501
"""Held-out batch h823–h832, written by h13author79 blind to the importer: ten documents of a
provincial public administration service centre, a provincial labour inspectorate, a provincial
plant protection sub-department, a city urban order management team, a provincial cooperative
alliance, a power company's district branch, a provincial science and technology information
centre, a provincial ethnic minorities committee, a lower secondary school and a provincial drug
rehabilitation centre. Every name, person, place, number and date in them is invented."""

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
    "h828_kh_quy_dien_luc_cot_thang_ngay",  # h13fixZX
    "h829_kh_tt_thong_tin_khcn_ngoac",  # h13fixZH
    "h823_ctr_thang_tt_phvc_ngay_khong_thang",  # h13fixZF
    "h830_lich_tuan_ban_dan_toc",  # h13fixZG
    "h831_kh_thcs_on_thi_lop10",  # h13fixZG
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h823_docx(h, path: Path) -> None:
    """Public administration service centre: a monthly programme table, days printed without month."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH HÀ LAM\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n───────\nSố: 287/CTr-TTPVHCC",
        right2="Hà Lam, ngày 28 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 01 NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Thực hiện Chương trình công tác của Văn phòng UBND tỉnh, Trung tâm Phục vụ hành chính công tỉnh "
        "xây dựng Chương trình công tác tháng 01/2027 như sau:",
    )
    grid(
        doc,
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành", "Sản phẩm"],
        [
            ("§", "I", "TIẾP NHẬN, GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"),
            [
                "1",
                "Tiếp nhận, hướng dẫn, trả kết quả hồ sơ thủ tục hành chính của 18 sở, ngành tại Trung tâm",
                "Phòng Tiếp nhận và Trả kết quả",
                "Thường xuyên",
                "Sổ theo dõi hồ sơ",
            ],
            [
                "2",
                "Theo dõi, đôn đốc hồ sơ quá hạn; gửi văn bản xin lỗi tổ chức, cá nhân theo quy định",
                "Phòng Kiểm soát thủ tục hành chính",
                "Thứ Sáu hằng tuần",
                "Danh sách hồ sơ quá hạn",
            ],
            [
                "3",
                "Rà soát quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đất đai sau khi điều chỉnh "
                "thẩm quyền",
                "Phòng Kiểm soát thủ tục hành chính",
                "Ngày 15",
                "Dự thảo Quyết định",
            ],
            ("§", "II", "CHUYỂN ĐỔI SỐ"),
            [
                "4",
                "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối thanh toán trực "
                "tuyến phí, lệ phí",
                "Phòng Công nghệ thông tin",
                "Ngày 20",
                "Hệ thống vận hành",
            ],
            [
                "",
                "- Hướng dẫn công chức các sở, ngành sử dụng chức năng mới của Hệ thống",
                "Phòng Công nghệ thông tin",
                "Ngày 27",
                "Tài liệu hướng dẫn",
            ],
            [
                "5",
                "Thí điểm ki-ốt tra cứu hồ sơ, lấy số thứ tự tự động tại Chi nhánh khu vực Bắc Sơn",
                "Chi nhánh Trung tâm khu vực Bắc Sơn",
                "Trước Tết Nguyên đán",
                "02 ki-ốt",
            ],
            ("§", "III", "HÀNH CHÍNH, TỔNG HỢP"),
            [
                "6",
                "Xây dựng Chương trình công tác năm 2027 của Trung tâm, trình Giám đốc ký ban hành",
                "Phòng Hành chính - Tổng hợp",
                "Ngày 08",
                "Chương trình",
            ],
            [
                "7",
                "Tổ chức Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027",
                "Phòng Hành chính - Tổng hợp",
                "Ngày 12",
                "Hội nghị",
            ],
            [
                "8",
                "Khảo sát mức độ hài lòng của tổ chức, cá nhân quý IV/2026; công bố kết quả trên Cổng "
                "dịch vụ công tỉnh",
                "Phòng Kiểm soát thủ tục hành chính",
                "Tuần cuối tháng",
                "Báo cáo khảo sát",
            ],
        ],
        widths=[1.2, 10.0, 5.0, 3.5, 4.0],
    )
    para(doc, "")
    para(
        doc,
        "Trưởng các phòng, Giám đốc Chi nhánh căn cứ nhiệm vụ được giao chủ động triển khai thực hiện. Các "
        "phòng, chi nhánh báo cáo kết quả thực hiện Chương trình về Phòng Hành chính - Tổng hợp trước ngày "
        "26/01/2027 để tổng hợp, báo cáo Giám đốc.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Văn phòng UBND tỉnh (b/c);\n- Ban Giám đốc;\n- Các phòng, chi nhánh;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nTrịnh Quốc Vượng",
    )
    doc.save(path)


def h824_docx(h, path: Path) -> None:
    """Labour inspectorate: a dispatch, addressee sections, a request outside, teams inside."""
    doc = document()
    head_block(
        doc,
        "SỞ NỘI VỤ TỈNH HÀ LAM\nTHANH TRA SỞ\n───────\nSố: 412/TTr-LĐ\nV/v thanh tra, kiểm tra việc chấp "
        "hành pháp luật lao động dịp cuối năm 2026 và Tết Nguyên đán Đinh Mùi 2027",
        right2="Hà Lam, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Ủy ban nhân dân các xã, phường;",
        "- Liên đoàn Lao động tỉnh;",
        "- Các doanh nghiệp trên địa bàn tỉnh.",
        "Để bảo đảm quyền lợi của người lao động dịp cuối năm 2026 và Tết Nguyên đán Đinh Mùi 2027, phòng "
        "ngừa tình trạng nợ lương, ngừng việc tập thể, Thanh tra Sở Nội vụ đề nghị các cơ quan, đơn vị thực "
        "hiện một số nội dung sau:",
        "**1. Đối với Ủy ban nhân dân các xã, phường",
        "a) Rà soát, nắm tình hình tiền lương, thưởng Tết, nợ lương của doanh nghiệp trên địa bàn; gửi danh "
        "sách doanh nghiệp có nguy cơ nợ lương về Thanh tra Sở trước ngày 20/12/2026.",
        "b) Chủ động phối hợp xử lý tranh chấp lao động tập thể, ngừng việc tập thể phát sinh tại địa bàn; "
        "thực hiện thường xuyên trong dịp cuối năm.",
        "**2. Đề nghị Liên đoàn Lao động tỉnh",
        "chỉ đạo công đoàn cơ sở giám sát việc chi trả lương, thưởng Tết cho người lao động; cử cán bộ tham "
        "gia đoàn kiểm tra liên ngành, gửi danh sách về Thanh tra Sở trước ngày 15/12/2026.",
        "**3. Đối với các doanh nghiệp",
        "Tự kiểm tra việc chấp hành pháp luật lao động tại đơn vị; gửi báo cáo tình hình tiền lương, thưởng "
        "Tết năm 2027 theo mẫu đính kèm về Thanh tra Sở qua thư điện tử trước ngày 05/01/2027.",
        "**4. Phân công trong Thanh tra Sở",
        "- Phòng Thanh tra lao động chủ trì xây dựng kế hoạch kiểm tra đột xuất các doanh nghiệp có dấu hiệu "
        "nợ lương, trình Chánh Thanh tra trước ngày 12/12/2026.",
        "- Kiểm tra việc thực hiện chế độ đối với lao động nữ, lao động chưa thành niên tại các cơ sở may "
        "gia công, hoàn thành trong tháng 01/2027 (Phòng Thanh tra lao động thực hiện).",
        "- Đoàn thanh tra số 1 (Trưởng đoàn: ông Lê Văn Khôi) thanh tra 12 doanh nghiệp dệt may, da giày tại "
        "Khu công nghiệp Tân Mỹ; kết thúc thanh tra trực tiếp trước ngày 10/01/2027.",
        "- Đoàn thanh tra số 2 (Trưởng đoàn: bà Đặng Thị Yến) thanh tra 08 doanh nghiệp chế biến thủy sản "
        "tại xã Cửa Lạch; kết thúc thanh tra trực tiếp trước ngày 15/01/2027.",
        "- Phòng Tiếp công dân và Xử lý đơn thư công khai số điện thoại đường dây nóng, tiếp nhận, xử lý "
        "phản ánh của người lao động hằng ngày.",
        "- Văn phòng Thanh tra tổng hợp kết quả, báo cáo Giám đốc Sở Nội vụ và Thanh tra Bộ Nội vụ trước "
        "ngày 20/01/2027.",
        "Thanh tra Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Thanh tra Bộ Nội vụ (b/c);\n- Giám đốc Sở (b/c);\n- Các phòng thuộc "
        "Thanh tra;\n- Lưu: VT, TTr.",
        "KT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA\n\n\n\nNguyễn Hữu Toản",
    )
    doc.save(path)


def h825_xlsx(h, path: Path) -> None:
    """Plant protection sub-department: an indicator sheet, a 'Trong đó' sub-row, seasons as times."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    title_rows(
        ws,
        [
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ LAM",
            "CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT",
            "BIỂU CHỈ TIÊU NHIỆM VỤ CHUYÊN MÔN NĂM 2027",
            "(Kèm theo Kế hoạch số 198/KH-TTBVTV ngày 10/12/2026 của Chi cục)",
        ],
        7,
        (1, 2, 3),
    )
    ws.append([])
    ws.append(["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2027", "Đơn vị thực hiện", "Thời hạn", "Ghi chú"])
    bold_header(ws, ws.max_row)
    rows = [
        ["I", "TRỒNG TRỌT"],
        ["1", "Diện tích gieo cấy lúa cả năm", "ha", 86500, "Phòng Trồng trọt", "31/12/2027", ""],
        ["", "Trong đó: diện tích lúa chất lượng cao", "ha", 41000, "", "", ""],
        [
            "2",
            "Tỷ lệ diện tích áp dụng quy trình canh tác lúa giảm phát thải",
            "%",
            "≥ 15",
            "Phòng Trồng trọt",
            "Vụ Hè Thu",
            "",
        ],
        [
            "3",
            "Cấp mới mã số vùng trồng phục vụ xuất khẩu",
            "mã số",
            25,
            "Phòng Trồng trọt",
            "30/9/2027",
            "Cây ăn quả",
        ],
        ["II", "BẢO VỆ THỰC VẬT"],
        [
            "4",
            "Điều tra, dự tính dự báo sinh vật gây hại, ra thông báo tình hình dịch hại",
            "kỳ",
            52,
            "Phòng Bảo vệ thực vật",
            "Hằng tuần",
            "",
        ],
        [
            "5",
            "Tỷ lệ diện tích nhiễm rầy nâu, đạo ôn được phòng trừ kịp thời",
            "%",
            100,
            "Các Trạm Trồng trọt và BVTV huyện, thị xã",
            "Thường xuyên",
            "",
        ],
        [
            "6",
            "Xây dựng mô hình quản lý dịch hại tổng hợp (IPM) trên cây có múi",
            "mô hình",
            3,
            "Phòng Bảo vệ thực vật",
            "Vụ Đông Xuân 2026 - 2027",
            "",
        ],
        ["III", "KIỂM DỊCH THỰC VẬT, THANH TRA CHUYÊN NGÀNH"],
        [
            "7",
            "Kiểm dịch thực vật nội địa các lô hàng vận chuyển ra khỏi vùng dịch",
            "lô",
            1200,
            "Trạm Kiểm dịch thực vật nội địa",
            "Thường xuyên",
            "",
        ],
        [
            "8",
            "Thanh tra, kiểm tra cơ sở buôn bán thuốc bảo vệ thực vật, phân bón",
            "cơ sở",
            180,
            "Phòng Thanh tra - Pháp chế",
            "Quý II, Quý IV",
            "",
        ],
        [
            "9",
            "Tập huấn sử dụng thuốc bảo vệ thực vật an toàn, thu gom bao gói sau sử dụng",
            "lớp",
            40,
            "Phòng Bảo vệ thực vật chủ trì, các Trạm phối hợp",
            "15/11/2027",
            "",
        ],
    ]
    first = ws.max_row + 1
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
    wrap(ws, first)
    last = ws.max_row
    ws.cell(last + 2, 1).value = (
        "Các Trạm Trồng trọt và Bảo vệ thực vật huyện, thị xã báo cáo kết quả thực hiện chỉ tiêu về Chi cục "
        "(qua Phòng Hành chính - Tổng hợp) trước ngày 22 hằng tháng."
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=7)
    ws.cell(last + 4, 5).value = "CHI CỤC TRƯỞNG"
    ws.cell(last + 7, 5).value = "Mai Xuân Hiếu"
    column_widths(ws, [5, 48, 10, 12, 28, 16, 12])
    wb.save(path)


def h826_docx(h, path: Path) -> None:
    """Urban order team: a notice of the head's conclusions, team labels over dash tasks, a deputy."""
    doc = document()
    head_block(
        doc,
        "UBND THÀNH PHỐ CỬA LẠCH\nĐỘI QUẢN LÝ TRẬT TỰ ĐÔ THỊ\n───────\nSố: 96/TB-ĐQLTTĐT",
        right2="Cửa Lạch, ngày 02 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Đội trưởng tại cuộc họp giao ban tháng 11 năm 2026",
        "Ngày 30/11/2026, đồng chí Phan Văn Lực, Đội trưởng Đội Quản lý trật tự đô thị thành phố chủ trì "
        "cuộc họp giao ban tháng 11/2026. Dự họp có các Phó Đội trưởng, Tổ trưởng các tổ. Sau khi nghe báo "
        "cáo và ý kiến thảo luận, Đội trưởng kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Trong tháng, các tổ đã ra quân 46 lượt, lập biên bản 131 trường hợp lấn chiếm vỉa hè, lòng đường; "
        "tuy nhiên tình trạng tái lấn chiếm tại khu vực chợ và các tuyến trung tâm còn diễn biến phức tạp.",
        "**II. NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2026",
        "**1. Tổ Kiểm tra trật tự đô thị số 1 (phụ trách phường Đông Hải, Nam Hải):",
        "- Ra quân xử lý lấn chiếm vỉa hè, lòng đường trên tuyến Trần Phú, Lê Lợi; hoàn thành trước ngày "
        "15/12/2026.",
        "- Lập hồ sơ 04 công trình xây dựng sai giấy phép tại phường Nam Hải, chuyển Chủ tịch UBND phường xử "
        "lý trước ngày 20/12/2026.",
        "**2. Tổ Kiểm tra trật tự đô thị số 2 (phụ trách phường Bắc Cảng):",
        "- Duy trì chốt kiểm tra tại khu vực chợ Bắc Cảng hằng ngày từ 6 giờ đến 9 giờ.",
        "- Phối hợp Ban Quản lý chợ di dời hàng rong ra khỏi cổng chợ, hoàn thành trước ngày 31/12/2026.",
        "**3. Bộ phận Tổng hợp - Hành chính:",
        "- Tham mưu Kế hoạch cao điểm bảo đảm trật tự đô thị dịp Tết Nguyên đán Đinh Mùi 2027, trình Đội "
        "trưởng trước ngày 10/12/2026.",
        "- Hoàn thiện hồ sơ thanh lý tang vật, phương tiện tạm giữ quá thời hạn trong tháng 12/2026.",
        "4. Phó Đội trưởng phụ trách địa bàn (đồng chí Vũ Minh Sang) chỉ đạo các tổ kiểm tra, tổng hợp các "
        "điểm tái lấn chiếm, đề xuất biện pháp xử lý dứt điểm trước ngày 25/12/2026.",
        "5. Các Tổ trưởng chủ động bố trí lực lượng, chấp hành nghiêm quy trình tuần tra, kiểm soát.",
        "6. Đề nghị Công an thành phố hỗ trợ lực lượng trong các đợt ra quân cao điểm tháng 12/2026.",
        "Các tổ báo cáo kết quả thực hiện về Bộ phận Tổng hợp - Hành chính trước 16 giờ 00 thứ Sáu hằng "
        "tuần.",
        "Đội Quản lý trật tự đô thị thông báo để các tổ, bộ phận biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND thành phố (b/c);\n- Công an thành phố;\n- Các Phó Đội trưởng;\n- Các tổ, bộ phận;"
        "\n- Lưu: VT.",
        "ĐỘI TRƯỞNG\n\n\n\nPhan Văn Lực",
    )
    doc.save(path)


def h827_docx(h, path: Path) -> None:
    """Cooperative alliance: a yearly programme in prose, labelled lead and time lines (to .doc)."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH HÀ LAM\nLIÊN MINH HỢP TÁC XÃ TỈNH\n───────\nSố: 215/CTr-LMHTX",
        right2="Hà Lam, ngày 15 tháng 12 năm 2026",
    )
    lines = [
        "##CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027",
        "Căn cứ Luật Hợp tác xã năm 2023; căn cứ Nghị quyết Hội nghị Ban Chấp hành Liên minh Hợp tác xã tỉnh "
        "lần thứ 9, Ban Thường vụ Liên minh Hợp tác xã tỉnh ban hành Chương trình công tác năm 2027 như sau:",
        "**I. TUYÊN TRUYỀN, PHÁT TRIỂN KINH TẾ TẬP THỂ",
        "1. Tuyên truyền Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn trên Báo Hà Lam, Đài Phát thanh "
        "và Truyền hình tỉnh.",
        "__Chủ trì: Ban Tuyên truyền - Thi đua. Thời gian: thường xuyên.",
        "2. Hỗ trợ thành lập mới 40 hợp tác xã, 120 tổ hợp tác trong lĩnh vực nông nghiệp, du lịch cộng "
        "đồng.",
        "__Chủ trì: Ban Hỗ trợ phát triển hợp tác xã. Thời gian: trước ngày 15/12/2027.",
        "3. Xây dựng 05 mô hình hợp tác xã nông nghiệp ứng dụng công nghệ cao, liên kết chuỗi giá trị.",
        "__Chủ trì: Ban Hỗ trợ phát triển hợp tác xã; Quỹ Hỗ trợ phát triển hợp tác xã.",
        "__Thời gian: Quý II và Quý IV.",
        "**II. ĐÀO TẠO, TƯ VẤN, TÍN DỤNG",
        "4. Mở 12 lớp bồi dưỡng cán bộ quản lý, kế toán hợp tác xã.",
        "__Chủ trì: Trung tâm Tư vấn, Đào tạo và Hỗ trợ hợp tác xã (sau đây gọi là Trung tâm). Thời gian: "
        "từ tháng 3 đến tháng 10/2027.",
        "5. Tổ chức Hội chợ sản phẩm hợp tác xã tiêu biểu tỉnh Hà Lam năm 2027.",
        "__Chủ trì: Trung tâm. Thời gian: tháng 9/2027.",
        "6. Cho vay vốn ưu đãi từ Quỹ, phấn đấu tổng dư nợ đạt 85 tỷ đồng, không phát sinh nợ quá hạn.",
        "__Chủ trì: Quỹ Hỗ trợ phát triển hợp tác xã.",
        "**III. XÂY DỰNG TỔ CHỨC, KIỂM TRA",
        "7. Chuẩn bị nội dung, nhân sự Đại hội đại biểu thành viên Liên minh Hợp tác xã tỉnh nhiệm kỳ "
        "2027 - 2032.",
        "__Chủ trì: Ban Tổ chức - Kiểm tra. Thời gian: theo hướng dẫn của Liên minh Hợp tác xã Việt Nam.",
        "8. Kiểm tra việc thực hiện Điều lệ, chế độ tài chính tại 15 hợp tác xã thành viên.",
        "__Chủ trì: Ban Tổ chức - Kiểm tra. Thời gian: Quý III/2027.",
        "**IV. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Liên minh là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Chương trình; tổng "
        "hợp báo cáo Ban Thường vụ định kỳ 6 tháng, năm.",
        "2. Các ban, đơn vị trực thuộc xây dựng kế hoạch cụ thể, báo cáo kết quả thực hiện về Văn phòng Liên "
        "minh trước ngày 15/6/2027 và trước ngày 15/12/2027.",
        "3. Thủ trưởng các ban, đơn vị chịu trách nhiệm tổ chức thực hiện các nhiệm vụ được giao.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Liên minh HTX Việt Nam (b/c);\n- Thường trực Tỉnh ủy, UBND tỉnh (b/c);\n- Các ban, đơn vị;"
        "\n- Lưu: VT, VP.",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nLương Thế Bình",
    )
    doc.save(path)


def h828_docx(h, path: Path) -> None:
    """Power company district branch: a quarter table, month columns with 'x' or a completion day."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "CÔNG TY ĐIỆN LỰC HÀ LAM\nĐIỆN LỰC SÔNG TRÀ\n───────\nSố: 1184/KH-ĐLST",
        right2="Sông Trà, ngày 21 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ kế hoạch sản xuất kinh doanh năm 2027 Công ty Điện lực Hà Lam giao, Điện lực Sông Trà lập "
        "kế hoạch công tác quý I/2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung công việc", "Tổ, đội thực hiện", "Tháng 1", "Tháng 2", "Tháng 3", "Ghi chú"],
        [
            ("§", "I", "KỸ THUẬT - VẬN HÀNH"),
            [
                "1",
                "Vệ sinh, bảo dưỡng lưới điện trung áp trước mùa nắng nóng các tuyến 471, 473",
                "Đội Quản lý vận hành lưới điện",
                "",
                "x",
                "x",
                "Cắt điện có kế hoạch",
            ],
            [
                "2",
                "Thí nghiệm định kỳ máy biến áp phân phối",
                "Tổ Kỹ thuật - An toàn",
                "x",
                "25",
                "",
                "48 máy",
            ],
            [
                "3",
                "Bảo đảm cấp điện an toàn, liên tục dịp Tết Nguyên đán Đinh Mùi",
                "Tổ Điều độ vận hành",
                "x",
                "12",
                "",
                "",
            ],
            ("§", "II", "KINH DOANH - DỊCH VỤ KHÁCH HÀNG"),
            [
                "4",
                "Giải quyết cấp điện mới cho khách hàng trung áp trong thời hạn không quá 04 ngày làm việc",
                "Tổ Kinh doanh",
                "Thường xuyên",
                "",
                "",
                "",
            ],
            [
                "5",
                "Ghi chỉ số công tơ, phát hành hóa đơn tiền điện đúng lịch",
                "Tổ Kinh doanh",
                "Hằng tháng",
                "",
                "",
                "",
            ],
            [
                "6",
                "Kiểm tra chống tổn thất điện năng, xử lý vi phạm sử dụng điện tại xã Trà Phú, Trà Ninh",
                "Tổ Kiểm tra giám sát mua bán điện",
                "",
                "",
                "x",
                "",
            ],
            ("§", "III", "AN TOÀN - TỔNG HỢP"),
            [
                "7",
                "Huấn luyện, sát hạch an toàn điện cho công nhân trực tiếp sản xuất",
                "Tổ Kỹ thuật - An toàn",
                "20",
                "",
                "",
                "",
            ],
            [
                "8",
                "Tuyên truyền an toàn hành lang lưới điện cao áp tại các trường học",
                "Tổ Tổng hợp",
                "",
                "x",
                "x",
                "",
            ],
            [
                "9",
                "Sơ kết công tác quý I, xây dựng kế hoạch quý II/2027",
                "Tổ Tổng hợp",
                "",
                "",
                "30",
                "",
            ],
        ],
        widths=[1.0, 10.0, 5.0, 1.8, 1.8, 1.8, 3.5],
    )
    t = doc.tables[-1]
    for row_index in (6, 7):
        merged = t.cell(row_index, 3).merge(t.cell(row_index, 5))
        text = merged.text.strip().split("\n")[0]
        for paragraph in merged.paragraphs[1:]:
            paragraph._p.getparent().remove(paragraph._p)
        merged.paragraphs[0].runs[0].text = text
        for run in merged.paragraphs[0].runs[1:]:
            run.text = ""
    para(doc, "Ghi chú: x - thực hiện trong tháng; số - ngày hoàn thành trong tháng.", italic=True)
    para(doc, "Các tổ, đội báo cáo tiến độ thực hiện về Tổ Tổng hợp vào ngày 25 hằng tháng.")
    sign_table(
        doc,
        "Nơi nhận:\n- Công ty Điện lực Hà Lam (b/c);\n- Ban Giám đốc;\n- Các tổ, đội;\n- Lưu: VT, TH.",
        "GIÁM ĐỐC\n\n\n\nĐinh Công Hoan",
    )
    doc.save(path)


def h829_docx(h, path: Path) -> None:
    """S&T information centre: a prose plan, lead and time in parentheses, a numbered point's a) b)."""
    doc = document()
    head_block(
        doc,
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ LAM\nTRUNG TÂM THÔNG TIN VÀ THỐNG KÊ\nKHOA HỌC VÀ CÔNG NGHỆ\n"
        "───────\nSố: 74/KH-TTTK",
        right2="Hà Lam, ngày 18 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Phát triển, cập nhật cơ sở dữ liệu khoa học và công nghệ năm 2027",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Hoàn thiện cơ sở dữ liệu khoa học và công nghệ của tỉnh, bảo đảm kết nối, chia sẻ với Cơ sở dữ liệu "
        "quốc gia về khoa học và công nghệ; thông tin được cập nhật đầy đủ, chính xác, kịp thời.",
        "**II. NỘI DUNG",
        "1. Số hóa 1.500 kết quả thực hiện nhiệm vụ khoa học và công nghệ các cấp giai đoạn 2010 - 2025, cập "
        "nhật lên Cơ sở dữ liệu quốc gia (Phòng Thông tin - Thư viện; hoàn thành tháng 6/2027).",
        "2. Cập nhật thông tin tổ chức, nhân lực khoa học và công nghệ (Phòng Thống kê khoa học và công nghệ "
        "chủ trì):",
        "a) Điều tra, cập nhật thông tin của 120 tổ chức khoa học và công nghệ trên địa bàn tỉnh; thời gian: "
        "quý II/2027.",
        "b) Cập nhật hồ sơ nhà khoa học, chuyên gia của tỉnh vào hệ thống; thực hiện thường xuyên.",
        "3. Xuất bản 04 số Bản tin Khoa học và Công nghệ Hà Lam, mỗi quý 01 số (Phòng Thông tin - Thư viện).",
        "4. Vận hành, bảo đảm an toàn thông tin Cổng thông tin khoa học và công nghệ tỉnh thường xuyên, liên "
        "tục (Phòng Công nghệ thông tin và Dữ liệu).",
        '5. Tổ chức Hội thảo "Khai thác dữ liệu sáng chế phục vụ doanh nghiệp nhỏ và vừa" (Phòng Thông tin - '
        "Thư viện chủ trì, phối hợp Hiệp hội Doanh nghiệp tỉnh; tháng 9/2027).",
        "6. Thực hiện chế độ báo cáo thống kê cơ sở về khoa học và công nghệ năm 2026, gửi Cục Thông tin, "
        "Thống kê trước ngày 15/3/2027 (Phòng Thống kê khoa học và công nghệ).",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Thống kê khoa học và công nghệ là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế "
        "hoạch.",
        "2. Phòng Hành chính - Tổng hợp bố trí kinh phí, cơ sở vật chất thực hiện Kế hoạch.",
        "3. Kinh phí thực hiện từ nguồn sự nghiệp khoa học và công nghệ năm 2027 giao Trung tâm.",
        "4. Các phòng báo cáo kết quả thực hiện về Phòng Thống kê khoa học và công nghệ định kỳ hằng quý, "
        "trước ngày 20 tháng cuối quý.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Khoa học và Công nghệ (b/c);\n- Ban Giám đốc;\n- Các phòng;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nTS. Hoàng Minh Khuê",
    )
    doc.save(path)


def h830_xlsx(h, path: Path) -> None:
    """Ethnic minorities committee: a weekly calendar, the day merged down, times as '07g30'."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "Tuan 50"
    title_rows(
        ws,
        [
            "UBND TỈNH HÀ LAM - BAN DÂN TỘC",
            "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO BAN",
            "(Từ ngày 07/12/2026 đến ngày 13/12/2026)",
        ],
        6,
        (1, 2),
    )
    ws.append(["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"])
    bold_header(ws, ws.max_row)
    first = ws.max_row + 1
    days = [
        (
            "Thứ Hai\n(07/12)",
            [
                [
                    "07g30",
                    "Chào cờ đầu tuần; giao ban Lãnh đạo Ban",
                    "Trưởng ban",
                    "Văn phòng Ban",
                    "Phòng họp tầng 2",
                ],
                ["14g00", "Trưởng ban làm việc tại cơ quan", "", "", ""],
            ],
        ),
        (
            "Thứ Ba\n(08/12)",
            [
                [
                    "08g00",
                    "Hội nghị triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào "
                    "dân tộc thiểu số năm 2027",
                    "Phó Trưởng ban Hà Văn Tường",
                    "Phòng Kế hoạch - Tổng hợp",
                    "Hội trường UBND tỉnh",
                ],
                [
                    "14g00",
                    "Tiếp công dân định kỳ",
                    "Trưởng ban Lò Văn Khánh",
                    "Thanh tra Ban",
                    "Phòng tiếp công dân",
                ],
            ],
        ),
        (
            "Thứ Tư\n(09/12)",
            [
                [
                    "Cả ngày",
                    "Kiểm tra thực hiện chính sách hỗ trợ đất ở, nước sinh hoạt tại xã Mường Lạn, Pá Khoang",
                    "Phó Trưởng ban Lường Thị Duyên",
                    "Phòng Chính sách dân tộc",
                    "Xã Mường Lạn",
                ],
                [
                    "14g00",
                    "Thẩm định hồ sơ đề nghị công nhận thôn đặc biệt khó khăn giai đoạn 2026 - 2030",
                    "Trưởng ban",
                    "Phòng Kế hoạch - Tổng hợp",
                    "Phòng họp tầng 2",
                ],
            ],
        ),
        (
            "Thứ Năm\n(10/12)",
            [
                [
                    "08g00",
                    "Họp Hội đồng thẩm định Đề án bảo tồn văn hóa truyền thống các dân tộc thiểu số (dự kiến)",
                    "Trưởng ban",
                    "Phòng Tuyên truyền và Địa bàn",
                    "Phòng họp tầng 2",
                ],
                [
                    "14g00",
                    "Làm việc với Đoàn giám sát của Ban Dân tộc HĐND tỉnh về chính sách đối với người có uy tín",
                    "Trưởng ban",
                    "Phòng Chính sách dân tộc",
                    "Phòng họp tầng 2",
                ],
            ],
        ),
        (
            "Thứ Sáu\n(11/12)",
            [
                [
                    "08g00",
                    "Thăm, tặng quà người có uy tín tiêu biểu xã Nậm Hẻo",
                    "Phó Trưởng ban Hà Văn Tường",
                    "Phòng Tuyên truyền và Địa bàn",
                    "Xã Nậm Hẻo",
                ],
                [
                    "15g00",
                    "Họp Chi bộ cơ quan thường kỳ tháng 12",
                    "Bí thư Chi bộ",
                    "Văn phòng Ban",
                    "Phòng họp tầng 2",
                ],
            ],
        ),
        ("Thứ Bảy\n(12/12)", [["", "Trực cơ quan: Phó Trưởng ban Lường Thị Duyên", "", "", ""]]),
        ("Chủ nhật\n(13/12)", [["", "Nghỉ", "", "", ""]]),
    ]
    for day, entries in days:
        top = ws.max_row + 1
        for entry in entries:
            ws.append(["", *entry])
        ws.cell(top, 1).value = day
        if len(entries) > 1:
            ws.merge_cells(start_row=top, start_column=1, end_row=ws.max_row, end_column=1)
    wrap(ws, first)
    for row in range(first, ws.max_row + 1):
        ws.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    last = ws.max_row
    ws.cell(last + 2, 1).value = (
        "Lịch công tác có thể điều chỉnh theo chỉ đạo của UBND tỉnh. Các phòng gửi đăng ký lịch công tác tuần "
        "sau về Văn phòng Ban trước 15 giờ thứ Năm hằng tuần."
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=6)
    ws.cell(last + 3, 5).value = "VĂN PHÒNG BAN"
    column_widths(ws, [12, 9, 50, 24, 24, 20])
    wb.save(path)


def h831_docx(h, path: Path) -> None:
    """Lower secondary school: an exam-revision plan, the time column first, posts as those in charge."""
    doc = document()
    head_block(
        doc,
        "PHÒNG VĂN HÓA - XÃ HỘI XÃ YÊN TRUNG\nTRƯỜNG THCS YÊN TRUNG\n───────\nSố: 58/KH-THCSYT",
        right2="Yên Trung, ngày 07 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Ôn tập cho học sinh lớp 9 dự thi tuyển sinh vào lớp 10 năm học 2027 - 2028",
        "Căn cứ kế hoạch năm học 2026 - 2027 của nhà trường; căn cứ kết quả tuyển sinh vào lớp 10 năm 2026, "
        "Trường THCS Yên Trung xây dựng kế hoạch ôn tập cho học sinh lớp 9 như sau:",
        "**I. MỤC TIÊU",
        "Phấn đấu tỷ lệ học sinh đỗ vào lớp 10 công lập đạt từ 80% trở lên; điểm trung bình 3 môn thi cao "
        "hơn mức trung bình của tỉnh.",
        "**II. LỊCH TRIỂN KHAI",
    ]
    marked_paragraphs(doc, lines, MARKS)
    grid(
        doc,
        ["STT", "Thời gian", "Nội dung công việc", "Người phụ trách", "Ghi chú"],
        [
            [
                "1",
                "15/12/2026",
                "Khảo sát chất lượng 3 môn Toán, Ngữ văn, Tiếng Anh học sinh lớp 9 lần 1",
                "PHT Đỗ Thu Hằng",
                "Đề của trường",
            ],
            [
                "2",
                "20/12/2026",
                "Phân loại học sinh theo kết quả khảo sát, xếp lớp ôn tập theo năng lực",
                "PHT Đỗ Thu Hằng",
                "",
            ],
            [
                "3",
                "Từ 04/01/2027 đến 29/5/2027",
                "Dạy ôn tập buổi chiều các ngày thứ Hai, thứ Tư, thứ Sáu",
                "Tổ trưởng tổ Toán - Tin; Tổ trưởng tổ Ngữ văn - Sử - Địa; Tổ trưởng tổ Ngoại ngữ",
                "Phân công theo TKB",
            ],
            [
                "4",
                "Tháng 01/2027",
                "Biên soạn đề cương, bộ đề ôn tập các môn thi tuyển sinh",
                "Tổ trưởng các tổ chuyên môn",
                "",
            ],
            [
                "5",
                "Hằng tháng",
                "Thông báo kết quả học tập, chuyên cần của học sinh ôn thi tới cha mẹ học sinh",
                "GVCN các lớp 9",
                "Qua sổ liên lạc điện tử",
            ],
            [
                "6",
                "06/3/2027",
                "Khảo sát chất lượng lần 2, điều chỉnh nhóm ôn tập",
                "PHT Đỗ Thu Hằng",
                "",
            ],
            [
                "7",
                "Tháng 3/2027",
                "Hội nghị cha mẹ học sinh khối 9 tư vấn chọn trường, chọn nghề",
                "Hiệu trưởng",
                "",
            ],
            [
                "8",
                "24/4/2027",
                "Thi thử vào lớp 10 theo cấu trúc đề thi của Sở Giáo dục và Đào tạo",
                "PHT Đỗ Thu Hằng",
                "",
            ],
            [
                "9",
                "Trước 10/5/2027",
                "Hướng dẫn học sinh đăng ký dự tuyển trực tuyến trên hệ thống tuyển sinh",
                "Văn thư Lê Thị Nga",
                "",
            ],
        ],
        widths=[1.0, 3.2, 7.0, 4.0, 2.5],
    )
    lines = [
        "**III. TỔ CHỨC THỰC HIỆN",
        "Kế toán (cô Phạm Thị Mai) lập dự toán, thanh toán chế độ dạy thêm giờ cho giáo viên tham gia ôn tập "
        "hằng tháng.",
        "Các tổ chuyên môn báo cáo tiến độ ôn tập về Phó Hiệu trưởng phụ trách chuyên môn vào tuần cuối hằng "
        "tháng.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Phòng Văn hóa - Xã hội xã (b/c);\n- BGH;\n- Các tổ chuyên môn, GVCN lớp 9;\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nNguyễn Đình Thái",
    )
    doc.save(path)


_H832 = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch tổ chức Tết Nguyên đán Đinh Mùi 2027 cho học viên</title></head>
<body>
<table style="width:100%"><tr>
<td style="text-align:center"><b>SỞ Y TẾ TỈNH HÀ LAM<br>CƠ SỞ CAI NGHIỆN MA TÚY TỈNH</b><br>Số: 311/KH-CSCN</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>
<i>Tân Phong, ngày 22 tháng 12 năm 2026</i></td>
</tr></table>
<h2 style="text-align:center">KẾ HOẠCH<br>Tổ chức Tết Nguyên đán Đinh Mùi năm 2027 cho học viên</h2>
<p>Nhằm bảo đảm cho học viên đón Tết Nguyên đán Đinh Mùi năm 2027 an toàn, vui tươi, tiết kiệm; giữ vững an ninh
trật tự trong Cơ sở, Giám đốc Cơ sở cai nghiện ma túy tỉnh ban hành Kế hoạch như sau:</p>
<h3>I. YÊU CẦU</h3>
<p>Không để xảy ra trốn viện, tụ tập gây rối, sử dụng trái phép chất ma túy trong Cơ sở; 100% học viên được
đón Tết với chế độ ăn, nghỉ theo quy định.</p>
<h3>II. NHIỆM VỤ CỤ THỂ</h3>
<p><b>1. Phòng Quản lý, Giáo dục học viên</b></p>
<ul>
<li>a) Rà soát, lập danh sách học viên đủ điều kiện được gia đình thăm gặp dịp Tết; hoàn thành trước ngày
25/01/2027.</li>
<li>b) Tổ chức tuần tra, canh gác 24/24 giờ từ ngày 01/02/2027 đến hết ngày 14/02/2027.</li>
</ul>
<p><b>2. Phòng Y tế - Phục hồi sức khỏe</b></p>
<ul>
<li>a) Khám sức khỏe định kỳ cho toàn bộ học viên trước ngày 20/01/2027.</li>
<li>b) Bố trí trực cấp cứu 24/24 giờ từ ngày 05/02/2027 đến ngày 10/02/2027; dự trù đủ cơ số thuốc.</li>
</ul>
<p><b>3. Phòng Tổ chức - Hành chính</b></p>
<ul>
<li>a) Mua sắm thực phẩm, tổ chức bữa ăn Tết cho học viên theo định mức; hoàn thành trước ngày 04/02/2027.</li>
<li>b) Trang trí khuôn viên, hội trường, nhà ăn đón Xuân.</li>
</ul>
<p>4. <b>Phòng Dạy nghề - Lao động trị liệu:</b> tổ chức Hội thi gói bánh chưng và chương trình văn nghệ
chào Xuân cho học viên vào ngày 03/02/2027.</p>
<p>5. <b>Phòng Tư vấn, Điều trị:</b> tư vấn tâm lý cá nhân cho học viên có biểu hiện hội chứng cai, lo âu
trong dịp Tết; thực hiện thường xuyên.</p>
<p>6. Đề nghị Công an xã Tân Phong phối hợp bảo đảm an ninh trật tự khu vực xung quanh Cơ sở từ ngày
01/02/2027 đến ngày 14/02/2027.</p>
<h3>III. TỔ CHỨC THỰC HIỆN</h3>
<p>Phòng Tổ chức - Hành chính là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.</p>
<p>Các phòng báo cáo kết quả thực hiện về Phòng Tổ chức - Hành chính trước ngày 16/02/2027 để tổng hợp, báo cáo
Sở Y tế.</p>
<table style="width:100%"><tr>
<td><b><i>Nơi nhận:</i></b><br>- Sở Y tế (b/c);<br>- Ban Giám đốc;<br>- Các phòng;<br>- Lưu: VT, TCHC.</td>
<td style="text-align:center"><b>GIÁM ĐỐC</b><br><br><br><br><b>Vi Thị Hoa</b></td>
</tr></table>
</body>
</html>
"""


def h832_html(h, path: Path) -> None:
    """Drug rehabilitation centre: a Tết plan as HTML, bold unit headings over lettered list items."""
    path.write_text(_H832, encoding="utf-8")


def batch_h823() -> None:
    """Writes h823–h832 (the .doc and .pdf through LibreOffice)."""
    write_batch(
        [
            (h823_docx, "h823_ctr_thang_tt_phvc_ngay_khong_thang.docx"),
            (h824_docx, "h824_cv_thanh_tra_lao_dong_tet.docx"),
            (h825_xlsx, "h825_chi_tieu_chi_cuc_bvtv_vu_mua.xlsx"),
            (h826_docx, "h826_tbkl_doi_trat_tu_do_thi.docx"),
            (h829_docx, "h829_kh_tt_thong_tin_khcn_ngoac.docx"),
            (h830_xlsx, "h830_lich_tuan_ban_dan_toc.xlsx"),
            (h831_docx, "h831_kh_thcs_on_thi_lop10.docx"),
            (h832_html, "h832_kh_co_so_cai_nghien_tet.html"),
        ],
        [
            (h827_docx, "h827_ctr_lien_minh_htx_truong_nhan.docx", "doc"),
            (h828_docx, "h828_kh_quy_dien_luc_cot_thang_ngay.docx", "pdf"),
        ],
        _out,
    )
