# ruff: noqa: E501
"""Held-out batch h493–h502: the first half of the sixth ordinary sample, ten documents of a
province's offices and public bodies (its departments of Education and Training, of Agriculture and
Environment and of Home Affairs, a commune People's Committee after the two-tier reform, the police
department's staff office, a general hospital, a public university, the provincial Youth Union, a
regional customs branch and the provincial state treasury), written blind to the importer by helper
h13author46 with invented names, units, places and dates. `make_docs.py --batch-h493` writes them
into `docs/`."""

from pathlib import Path

from batch_common import (
    NATIONAL,
    a4,
    bold_header,
    calendar_page,
    document,
    grid,
    grouped_sheet,
    head_block,
    landscape,
    marked_paragraphs,
    out_path,
    para,
    sign_table,
    write_batch,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h497_lich_tuan_bgd_cong_an_tinh",  # h13fixRR
    "h501_cv_hai_quan_kv_nhiem_vu_cuoi_nam",  # h13fixRQ
    "h500_kh_tinh_doan_thang_thanh_nien",  # h13fixRS
    "h502_kh_kbnn_tinh_khoa_so_2026",  # h13fixRT
    "h494_giao_chi_tieu_so_nnmt_2027",  # h13fixTG
    "h495_kh_so_noi_vu_vtvl_phu_luc",  # h13fixTJ
}

PROVINCE = "UBND TỈNH HÀ LAM"
HEADINGS = {"#": {"bold": True}}  # a line opening with `#`: a bold heading


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h493_docx(h, path: Path) -> None:
    """Sở GD&ĐT: the year's work programme as a table with section rows and mixed time forms."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        f"{PROVINCE}\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n───────",
        NATIONAL,
        "Số: 2418/CTr-SGDĐT",
        "Hà Lam, ngày 01 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC", bold=True, center=True)
    para(doc, "của Sở Giáo dục và Đào tạo năm 2027", bold=True, center=True)
    para(doc, "")
    para(
        doc,
        "Căn cứ Kế hoạch phát triển kinh tế - xã hội năm 2027 của tỉnh và nhiệm vụ trọng tâm của ngành, "
        "Sở Giáo dục và Đào tạo ban hành Chương trình công tác năm 2027 như sau:",
    )
    rows = [
        ("§", "I", "CÔNG TÁC THAM MƯU, XÂY DỰNG VĂN BẢN"),
        [
            "1",
            "Tham mưu UBND tỉnh ban hành Kế hoạch thực hiện Chương trình giáo dục phổ thông năm học 2027-2028",
            "Phòng Giáo dục phổ thông",
            "Phòng Kế hoạch - Tài chính",
            "Tháng 7",
            "Kế hoạch của UBND tỉnh",
        ],
        [
            "2",
            "Xây dựng Đề án phát triển giáo dục mầm non vùng đồng bào dân tộc thiểu số giai đoạn 2027-2030",
            "Phòng Giáo dục mầm non",
            "Các phòng chuyên môn",
            "Quý III",
            "Đề án trình UBND tỉnh",
        ],
        [
            "3",
            "Rà soát, sửa đổi Quy chế làm việc của Sở Giáo dục và Đào tạo",
            "Văn phòng Sở",
            "Phòng Tổ chức cán bộ",
            "Trước 30/4",
            "Quyết định của Giám đốc Sở",
        ],
        ("§", "II", "CÔNG TÁC CHUYÊN MÔN, KHẢO THÍ"),
        [
            "4",
            "Tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT",
            "Phòng Quản lý chất lượng",
            "Phòng Giáo dục phổ thông",
            "15/01 - 17/01/2027",
            "Quyết định công nhận kết quả",
        ],
        [
            "5",
            "Tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2027 trên địa bàn tỉnh",
            "Phòng Quản lý chất lượng",
            "Các phòng, đơn vị liên quan",
            "Tháng 6",
            "Báo cáo kết quả kỳ thi",
        ],
        [
            "6",
            "Triển khai tuyển sinh vào lớp 10 THPT năm học 2027-2028",
            "Phòng Giáo dục phổ thông",
            "Phòng Quản lý chất lượng",
            "Tháng 6 - tháng 7",
            "",
        ],
        [
            "7",
            "Kiểm tra công tác chuẩn bị năm học mới tại các cơ sở giáo dục",
            "Phòng Giáo dục phổ thông; Phòng Giáo dục mầm non",
            "Văn phòng Sở",
            "Tháng 8",
            "Thông báo kết quả kiểm tra",
        ],
        [
            "8",
            "Bồi dưỡng giáo viên dạy môn Tin học và Công nghệ theo chương trình mới",
            "Phòng Giáo dục thường xuyên - Giáo dục nghề nghiệp",
            "Trường Cao đẳng Sư phạm Hà Lam",
            "Tháng 7, tháng 8",
            "",
        ],
        ("§", "III", "CÔNG TÁC KẾ HOẠCH, TÀI CHÍNH, CƠ SỞ VẬT CHẤT"),
        [
            "9",
            "Xây dựng dự toán ngân sách sự nghiệp giáo dục năm 2028",
            "Phòng Kế hoạch - Tài chính",
            "Các đơn vị trực thuộc",
            "Trước 20/7",
            "Dự toán trình Sở Tài chính",
        ],
        [
            "10",
            "Theo dõi tiến độ các dự án đầu tư xây dựng trường học thuộc Chương trình mục tiêu",
            "Phòng Kế hoạch - Tài chính",
            "Ban Quản lý dự án",
            "Thường xuyên",
            "",
        ],
        [
            "11",
            "Cập nhật cơ sở dữ liệu ngành giáo dục và báo cáo thống kê",
            "Văn phòng Sở",
            "Các cơ sở giáo dục",
            "Hằng tháng",
            "",
        ],
        ("§", "IV", "CÔNG TÁC TỔNG KẾT"),
        [
            "12",
            "Tổ chức Hội nghị tổng kết năm học 2026-2027, triển khai nhiệm vụ năm học mới",
            "Văn phòng Sở",
            "Các phòng chuyên môn",
            "Trước 15/8",
            "Báo cáo tổng kết",
        ],
    ]
    grid(
        doc,
        [
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian hoàn thành",
            "Sản phẩm",
        ],
        rows,
        widths=[1.2, 9.5, 4.5, 4.0, 3.0, 4.5],
    )
    para(doc, "")
    para(
        doc,
        "Các phòng chuyên môn, đơn vị thuộc Sở báo cáo kết quả thực hiện Chương trình về Văn phòng Sở "
        "trước ngày 25 hằng tháng để tổng hợp, báo cáo Giám đốc Sở. Trong quá trình thực hiện, nếu có "
        "nội dung cần điều chỉnh, các phòng, đơn vị đề xuất bằng văn bản gửi Văn phòng Sở.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
        "GIÁM ĐỐC\n\n\n\nTrần Quốc Vinh",
    )
    doc.save(path)


def h494_xlsx(h, path: Path) -> None:
    """Sở NN&MT: the year's indicators given to its units, group rows and a note under the table."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Giao chỉ tiêu 2027"
    ws["A1"] = "UBND TỈNH HÀ LAM"
    ws["A2"] = "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    ws["A4"] = "BẢNG GIAO CHỈ TIÊU KẾ HOẠCH NĂM 2027 CHO CÁC ĐƠN VỊ THUỘC SỞ"
    ws["A5"] = (
        "(Kèm theo Quyết định số 1187/QĐ-SNNMT ngày 03/12/2026 của Giám đốc Sở Nông nghiệp và Môi trường)"
    )
    ws.merge_cells("A4:H4")
    ws.merge_cells("A5:H5")
    header = [
        "STT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Ước thực hiện năm 2026",
        "Kế hoạch năm 2027",
        "Đơn vị thực hiện",
        "Thời gian hoàn thành",
        "Ghi chú",
    ]
    ws.append([])
    ws.append(header)
    bold_header(ws, 7)
    rows = [
        ["I", "LĨNH VỰC NÔNG NGHIỆP, PHÁT TRIỂN NÔNG THÔN"],
        [
            "1",
            "Tốc độ tăng giá trị sản xuất nông, lâm nghiệp và thủy sản",
            "%",
            "3,2",
            "3,5",
            "Phòng Kế hoạch - Tài chính",
            "31/12/2027",
            "",
        ],
        [
            "2",
            "Diện tích lúa áp dụng quy trình canh tác bền vững, giảm phát thải",
            "ha",
            "4.200",
            "5.000",
            "Chi cục Trồng trọt và Bảo vệ thực vật",
            "Tháng 9/2027",
            "Vụ Đông Xuân và Hè Thu",
        ],
        [
            "3",
            "Tỷ lệ che phủ rừng toàn tỉnh",
            "%",
            "41,5",
            "41,8",
            "Chi cục Kiểm lâm",
            "Quý IV/2027",
            "",
        ],
        [
            "4",
            "Số xã được công nhận đạt chuẩn nông thôn mới nâng cao (lũy kế)",
            "xã",
            "12",
            "16",
            "Chi cục Phát triển nông thôn",
            "Trước 30/11/2027",
            "",
        ],
        [
            "5",
            "Tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn",
            "%",
            "58",
            "62",
            "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn",
            "31/12/2027",
            "",
        ],
        ["II", "LĨNH VỰC ĐẤT ĐAI, MÔI TRƯỜNG"],
        [
            "6",
            "Số hồ sơ cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
            "hồ sơ",
            "2.350",
            "3.000",
            "Văn phòng Đăng ký đất đai",
            "31/12/2027",
            "",
        ],
        [
            "7",
            "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý",
            "%",
            "95",
            "97",
            "Chi cục Bảo vệ môi trường",
            "31/12/2027",
            "Phối hợp UBND các xã, phường",
        ],
        [
            "8",
            "Tỷ lệ cơ sở gây ô nhiễm môi trường nghiêm trọng được xử lý triệt để",
            "%",
            "80",
            "100",
            "Chi cục Bảo vệ môi trường",
            "Quý III/2027",
            "",
        ],
        [
            "9",
            "Số mẫu quan trắc chất lượng môi trường nước mặt, không khí",
            "mẫu",
            "1.180",
            "1.240",
            "Trung tâm Quan trắc tài nguyên và môi trường",
            "Định kỳ theo đợt",
            "4 đợt/năm",
        ],
        ["III", "CẢI CÁCH HÀNH CHÍNH"],
        [
            "10",
            "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn",
            "%",
            "98,5",
            "100",
            "Văn phòng Sở",
            "Thường xuyên",
            "",
        ],
    ]
    grouped_sheet(
        ws,
        rows,
        [6, 48, 9, 12, 12, 30, 16, 20],
        (
            "Các đơn vị báo cáo kết quả thực hiện chỉ tiêu được giao về Phòng Kế hoạch - Tài chính "
            "trước ngày 15 của tháng cuối quý để tổng hợp, báo cáo Giám đốc Sở."
        ),
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lò Văn Thắng"),
        sign_column=6,
    )
    wb.save(path)


def h495_docx(h, path: Path) -> None:
    """Sở Nội vụ: a plan in prose (II. content, III. organisation) with a schedule appendix table."""
    doc = document()
    a4(doc)
    head_block(
        doc,
        f"{PROVINCE}\nSỞ NỘI VỤ\n───────",
        NATIONAL,
        "Số: 356/KH-SNV",
        "Hà Lam, ngày 02 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Rà soát, hoàn thiện vị trí việc làm và cơ cấu ngạch công chức, chức danh nghề nghiệp viên chức năm 2027",
        bold=True,
        center=True,
    )
    para(doc, "")
    lines = [
        "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh tại Văn bản số 4102/UBND-NC ngày 18/11/2026, Sở Nội vụ "
        "ban hành Kế hoạch rà soát, hoàn thiện vị trí việc làm năm 2027 như sau:",
        "#I. MỤC ĐÍCH, YÊU CẦU",
        "1. Xác định đúng, đủ vị trí việc làm gắn với chức năng, nhiệm vụ của từng cơ quan, đơn vị sau sắp xếp "
        "tổ chức bộ máy; làm căn cứ quản lý biên chế và tuyển dụng.",
        "2. Việc rà soát bảo đảm khách quan, đúng hướng dẫn của Bộ Nội vụ, hoàn thành đúng thời gian quy định.",
        "#II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN",
        "1. Ban hành văn bản hướng dẫn rà soát danh mục vị trí việc làm, bản mô tả công việc và khung năng lực. "
        "Phòng Tổ chức, biên chế và tổ chức phi chính phủ chủ trì thực hiện; thời gian: trong tháng 01/2027.",
        "2. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường tổ chức rà soát, xây dựng đề án vị trí việc làm "
        "của cơ quan, đơn vị mình, gửi về Sở Nội vụ trước ngày 31/3/2027.",
        "3. Thẩm định đề án vị trí việc làm của các cơ quan, đơn vị. Phòng Công chức, viên chức chủ trì, phối "
        "hợp Phòng Tổ chức, biên chế và tổ chức phi chính phủ thực hiện trong Quý II/2027.",
        "4. Tham mưu Ủy ban nhân dân tỉnh phê duyệt danh mục vị trí việc làm và cơ cấu ngạch công chức của các "
        "cơ quan hành chính cấp tỉnh (Phòng Tổ chức, biên chế và tổ chức phi chính phủ; tháng 7/2027).",
        "5. Cập nhật dữ liệu vị trí việc làm vào Cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh ngay sau "
        "khi được phê duyệt. Phòng Công chức, viên chức thực hiện thường xuyên.",
        "6. Lịch tập huấn nghiệp vụ cho cán bộ làm công tác tổ chức của các cơ quan, đơn vị tại Phụ lục kèm "
        "theo Kế hoạch này.",
        "#III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Tổ chức, biên chế và tổ chức phi chính phủ là đơn vị thường trực, tham mưu Giám đốc Sở theo "
        "dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Văn phòng Sở bảo đảm kinh phí, điều kiện phục vụ các hội nghị tập huấn, thẩm định.",
        "3. Đề nghị Sở Tài chính phối hợp thẩm định nhu cầu kinh phí chi trả theo vị trí việc làm của các đơn "
        "vị sự nghiệp công lập, có ý kiến bằng văn bản trước ngày 30/9/2027.",
        "4. Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Nội vụ (qua Phòng Tổ chức, biên chế và tổ chức "
        "phi chính phủ) trước ngày 15/11/2027 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để "
        "được hướng dẫn./.",
    ]
    marked_paragraphs(doc, lines, HEADINGS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Các sở, ban, ngành;\n- UBND các xã, phường;\n- Lưu: VT, TCBC.",
        "GIÁM ĐỐC\n\n\n\nHoàng Thị Ngọc Diệp",
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "LỊCH TẬP HUẤN NGHIỆP VỤ VỀ VỊ TRÍ VIỆC LÀM NĂM 2027", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 356/KH-SNV ngày 02/12/2026 của Sở Nội vụ)", italic=True, center=True)
    grid(
        doc,
        ["TT", "Nội dung", "Đối tượng", "Đơn vị thực hiện", "Thời gian"],
        [
            [
                "1",
                "Tập huấn hướng dẫn xây dựng bản mô tả công việc, khung năng lực vị trí việc làm",
                "Công chức làm công tác tổ chức các sở, ban, ngành",
                "Phòng Công chức, viên chức",
                "Ngày 24/02/2027",
            ],
            [
                "2",
                "Tập huấn xây dựng đề án vị trí việc làm cấp xã",
                "Công chức Văn phòng HĐND và UBND các xã, phường",
                "Phòng Tổ chức, biên chế và tổ chức phi chính phủ",
                "Ngày 26/02/2027",
            ],
            [
                "3",
                "Tập huấn cập nhật Cơ sở dữ liệu cán bộ, công chức, viên chức",
                "Cán bộ quản trị phần mềm của các cơ quan, đơn vị",
                "Phòng Công chức, viên chức",
                "Tháng 8/2027",
            ],
        ],
        widths=[1.0, 6.0, 4.0, 3.5, 2.5],
    )
    doc.save(path)


def h496_docx(h, path: Path) -> None:
    """UBND xã: the chairman's conclusions, tasks grouped under each unit's name as a label."""
    doc = document()
    a4(doc)
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN\nXÃ TÂN PHƯỚC\n───────",
        NATIONAL,
        "Số: 198/TB-UBND",
        "Tân Phước, ngày 02 tháng 12 năm 2026",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp giao ban tháng 11 năm 2026",
        bold=True,
        center=True,
    )
    para(doc, "")
    lines = [
        "Ngày 30/11/2026, đồng chí Đặng Văn Khải, Chủ tịch Ủy ban nhân dân xã chủ trì cuộc họp giao ban đánh "
        "giá kết quả thực hiện nhiệm vụ tháng 11, triển khai nhiệm vụ tháng 12 năm 2026. Dự họp có các đồng chí "
        "Phó Chủ tịch UBND xã, lãnh đạo các phòng, đơn vị thuộc UBND xã. Sau khi nghe báo cáo và ý kiến của "
        "các đại biểu, Chủ tịch UBND xã kết luận như sau:",
        "#I. ĐÁNH GIÁ CHUNG",
        "Trong tháng 11, các phòng, đơn vị đã bám sát chương trình công tác, hoàn thành cơ bản các nhiệm vụ "
        "được giao; thu ngân sách đạt 86% dự toán; tình hình an ninh, trật tự ổn định. Tuy nhiên, tiến độ giải "
        "phóng mặt bằng dự án đường ĐH.07 còn chậm; một số hồ sơ thủ tục hành chính còn trễ hạn.",
        "#II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
        "1. Phòng Kinh tế:",
        "a) Phối hợp Thuế cơ sở đôn đốc thu ngân sách, phấn đấu hoàn thành dự toán năm 2026 trước ngày 25/12/2026.",
        "b) Chủ trì, phối hợp Công an xã kiểm tra, xử lý vi phạm trật tự xây dựng, lấn chiếm hành lang an toàn "
        "giao thông; thực hiện thường xuyên.",
        "c) Hoàn thiện hồ sơ bồi thường, giải phóng mặt bằng dự án đường ĐH.07 đoạn qua thôn Phú An, báo cáo Chủ "
        "tịch UBND xã trước ngày 15/12/2026.",
        "2. Phòng Văn hóa - Xã hội:",
        "a) Tổ chức rà soát hộ nghèo, hộ cận nghèo năm 2027, hoàn thành trong tháng 12/2026.",
        "b) Lập danh sách, chuẩn bị quà thăm, tặng gia đình chính sách, hộ nghèo nhân dịp Tết Nguyên đán Đinh Mùi "
        "năm 2027; hoàn thành việc trao quà trước ngày 25/01/2027.",
        "3. Công an xã triển khai đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự dịp cuối năm "
        "và Tết Nguyên đán, từ ngày 15/12/2026 đến hết ngày 28/02/2027.",
        "4. Văn phòng HĐND và UBND xã:",
        "a) Tham mưu chuẩn bị nội dung, tài liệu kỳ họp cuối năm 2026 của Hội đồng nhân dân xã, hoàn thành trước "
        "ngày 18/12/2026.",
        "b) Theo dõi, đôn đốc việc thực hiện các nội dung kết luận này, báo cáo Chủ tịch UBND xã tại cuộc họp "
        "giao ban tháng 12/2026.",
        "5. Trung tâm Phục vụ hành chính công xã niêm yết công khai đầy đủ thủ tục hành chính, không để phát "
        "sinh hồ sơ trễ hạn (thường xuyên).",
        "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp vận động các tổ chức, cá nhân ủng hộ Quỹ "
        '"Vì người nghèo" xã, bảo đảm mọi hộ nghèo đều được đón Tết.',
        "Văn phòng HĐND và UBND xã thông báo để các phòng, đơn vị biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, HEADINGS)
    sign_table(
        doc,
        "Nơi nhận:\n- TT Đảng ủy, TT HĐND xã (b/c);\n- CT, các PCT UBND xã;\n- Các phòng, đơn vị;\n"
        "- UBMTTQ Việt Nam xã;\n- Lưu: VT.",
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\n\nPhạm Thị Thu Hà",
    )
    doc.save(path)


def h497_docx(h, path: Path) -> None:
    """Phòng Tham mưu Công an tỉnh: the Board of Directors' weekly calendar; office and duty lines."""
    doc = calendar_page(
        "CÔNG AN TỈNH HÀ LAM\nPHÒNG THAM MƯU\n───────",
        "Hà Lam, ngày 04 tháng 12 năm 2026",
        "LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC CÔNG AN TỈNH",
        "(Tuần 50, từ ngày 07/12/2026 đến ngày 13/12/2026)",
    )
    rows = [
        [
            "Thứ Hai\n07/12",
            "Sáng\n07h30",
            "Giao ban Ban Giám đốc, đánh giá kết quả công tác tuần qua",
            "Đ/c Giám đốc",
            "Phòng Tham mưu",
            "Phòng họp số 1",
        ],
        ["", "Chiều", "Đ/c Giám đốc làm việc tại cơ quan", "", "", ""],
        [
            "Thứ Ba\n08/12",
            "Sáng\n08h00",
            "Hội nghị sơ kết công tác bảo đảm an ninh, trật tự đợt cao điểm cuối năm 2026",
            "Đ/c Giám đốc",
            "Phòng Tham mưu; Phòng Cảnh sát hình sự",
            "Hội trường Công an tỉnh",
        ],
        [
            "",
            "Chiều\n14h00",
            "Kiểm tra công tác phòng cháy, chữa cháy tại Khu công nghiệp Tây Bắc",
            "Đ/c Đại tá Phan Văn Lực, Phó Giám đốc",
            "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "KCN Tây Bắc",
        ],
        [
            "Thứ Tư\n09/12",
            "Sáng",
            "Lãnh đạo Công an tỉnh tiếp công dân định kỳ tháng 12",
            "Đ/c Đại tá Vũ Đình Nam, Phó Giám đốc",
            "Thanh tra Công an tỉnh",
            "Trụ sở tiếp công dân",
        ],
        [
            "",
            "Chiều\n14h00",
            "Họp Hội đồng Thi đua - Khen thưởng xét danh hiệu thi đua năm 2026",
            "Đ/c Giám đốc",
            "Phòng Tổ chức cán bộ",
            "Phòng họp số 1",
        ],
        [
            "Thứ Năm\n10/12",
            "Cả ngày",
            "Dự Hội nghị trực tuyến toàn quốc tổng kết công tác Công an năm 2026",
            "Ban Giám đốc",
            "Phòng Tham mưu, Phòng Hậu cần",
            "Điểm cầu Công an tỉnh",
        ],
        [
            "Thứ Sáu\n11/12",
            "Sáng\n08h00",
            "Làm việc với Công an phường Đông Thành về công tác quản lý cư trú, định danh điện tử",
            "Đ/c Đại tá Vũ Đình Nam, Phó Giám đốc",
            "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
            "Công an phường Đông Thành",
        ],
        [
            "",
            "Chiều\n14h00",
            "Duyệt Kế hoạch bảo đảm an ninh, trật tự Tết Nguyên đán Đinh Mùi năm 2027",
            "Đ/c Giám đốc",
            "Phòng Tham mưu",
            "Phòng họp số 2",
        ],
        [
            "Thứ Bảy\n12/12",
            "Sáng",
            "Kiểm tra đột xuất công tác trực ban, trực chiến tại Công an các xã khu vực phía Nam (dự kiến)",
            "Đ/c Thượng tá Lê Hữu Bình, Phó Giám đốc",
            "Phòng Tham mưu",
            "",
        ],
        ["", "", "Trực lãnh đạo: Đ/c Thượng tá Lê Hữu Bình, Phó Giám đốc", "", "", ""],
        ["Chủ nhật\n13/12", "", "Trực lãnh đạo: Đ/c Đại tá Phan Văn Lực, Phó Giám đốc", "", "", ""],
    ]
    calendar = grid(
        doc,
        ["Thứ, ngày", "Thời gian", "Nội dung công việc", "Lãnh đạo chủ trì", "Đơn vị chuẩn bị", "Địa điểm"],
        rows,
    )
    h.set_widths(calendar, [0.85, 0.75, 3.6, 1.85, 2.0, 1.45])
    para(doc, "")
    para(
        doc,
        "Lịch công tác có thể thay đổi; Phòng Tham mưu sẽ thông báo cụ thể khi có điều chỉnh.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc Công an tỉnh;\n- Các phòng nghiệp vụ;\n- Lưu: PV01.",
        "TRƯỞNG PHÒNG\n\n\n\nThượng tá Nguyễn Thành Trung",
    )
    doc.save(path)


def h498_docx(h, path: Path) -> None:
    """Bệnh viện đa khoa tỉnh: a quality plan numbered I./1./1.1 with the doer in several places."""
    doc = document()
    a4(doc)
    head_block(
        doc,
        "SỞ Y TẾ HÀ LAM\nBỆNH VIỆN ĐA KHOA TỈNH\n───────",
        NATIONAL,
        "Số: 912/KH-BVĐK",
        "Hà Lam, ngày 03 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cải tiến chất lượng bệnh viện năm 2027", bold=True, center=True)
    para(doc, "")
    lines = [
        "#I. MỤC TIÊU",
        "Nâng cao chất lượng khám bệnh, chữa bệnh và sự hài lòng của người bệnh; phấn đấu đạt điểm trung bình "
        "chất lượng bệnh viện từ 3,8 trở lên.",
        "#II. NỘI DUNG HOẠT ĐỘNG",
        "#1. Cải tiến quy trình khám bệnh, chữa bệnh",
        "1.1. Rút ngắn thời gian chờ khám tại Khoa Khám bệnh xuống dưới 02 giờ đối với người bệnh có bảo hiểm "
        "y tế. Khoa Khám bệnh chủ trì, Phòng Công nghệ thông tin phối hợp. Thời gian: Quý I/2027.",
        "1.2. Triển khai đặt lịch khám qua ứng dụng trên điện thoại di động và cổng thông tin điện tử của Bệnh "
        "viện. Đơn vị thực hiện: Phòng Công nghệ thông tin; thời gian hoàn thành: tháng 5/2027.",
        "1.3. Chuẩn hóa và áp dụng bảng kiểm an toàn phẫu thuật tại tất cả các ca mổ phiên (Khoa Phẫu thuật - "
        "Gây mê hồi sức; thực hiện thường xuyên).",
        "#2. An toàn người bệnh và kiểm soát nhiễm khuẩn",
        "2.1. Giám sát tuân thủ vệ sinh tay tại các khoa lâm sàng, công bố kết quả tại giao ban bệnh viện hằng "
        "tháng. Khoa Kiểm soát nhiễm khuẩn thực hiện.",
        "2.2. Xây dựng hệ thống báo cáo sự cố y khoa tự nguyện trên phần mềm quản lý bệnh viện. Phòng Quản lý "
        "chất lượng chủ trì, hoàn thành trước 30/6/2027.",
        "#3. Đánh giá, đo lường chất lượng",
        "3.1. Tự đánh giá chất lượng bệnh viện theo Bộ tiêu chí chất lượng của Bộ Y tế, gửi kết quả về Sở Y tế "
        "(Phòng Quản lý chất lượng; tháng 11/2027).",
        "3.2. Khảo sát sự hài lòng của người bệnh nội trú, ngoại trú và nhân viên y tế định kỳ 6 tháng/lần. "
        "Phòng Công tác xã hội thực hiện.",
        "3.3. Tổ chức Hội thi cải tiến chất lượng cấp bệnh viện năm 2027. Phòng Quản lý chất lượng chủ trì, phối "
        "hợp Phòng Điều dưỡng. Thời gian: tháng 10/2027.",
        "#III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Quản lý chất lượng là đơn vị thường trực, giúp Giám đốc theo dõi, đôn đốc, tổng hợp việc "
        "thực hiện Kế hoạch.",
        "2. Phòng Tài chính kế toán bố trí kinh phí thực hiện các hoạt động của Kế hoạch từ nguồn thu sự nghiệp "
        "của Bệnh viện.",
        "3. Trưởng các khoa, phòng chủ động triển khai nhiệm vụ được giao tại đơn vị mình.",
        "4. Các khoa, phòng báo cáo kết quả thực hiện về Phòng Quản lý chất lượng trước ngày 20 của tháng cuối "
        "quý để tổng hợp, báo cáo Giám đốc./.",
    ]
    marked_paragraphs(doc, lines, HEADINGS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, QLCL.",
        "GIÁM ĐỐC\n\n\n\nBSCKII. Hồ Sĩ Quang",
    )
    doc.save(path)


def h499_xlsx(h, path: Path) -> None:
    """Trường Đại học: the second semester's work programme as a sheet, lettered group rows."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "CTCT HK II"
    ws["A1"] = "BỘ GIÁO DỤC VÀ ĐÀO TẠO"
    ws["A2"] = "TRƯỜNG ĐẠI HỌC ĐÔNG HẢI"
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A4"] = "CHƯƠNG TRÌNH CÔNG TÁC HỌC KỲ II NĂM HỌC 2026 - 2027"
    ws["A5"] = "(Ban hành kèm theo Quyết định số 3021/QĐ-ĐHĐH ngày 30/11/2026 của Hiệu trưởng)"
    ws.merge_cells("A4:F4")
    ws.merge_cells("A5:F5")
    ws.append([])
    ws.append(["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"])
    bold_header(ws, 7)
    rows = [
        ["A", "CÔNG TÁC ĐÀO TẠO"],
        [
            "1",
            "Tổ chức thi kết thúc học phần học kỳ I (đợt 2) năm học 2026-2027",
            "Phòng Khảo thí và Đảm bảo chất lượng",
            "Phòng Đào tạo; các khoa",
            "04/01 - 16/01/2027",
            "",
        ],
        [
            "2",
            "Xét công nhận tốt nghiệp đợt tháng 3 cho sinh viên hệ chính quy",
            "Phòng Đào tạo",
            "Các khoa",
            "Tháng 3/2027",
            "",
        ],
        [
            "3",
            "Rà soát, cập nhật chương trình đào tạo trình độ đại học theo chuẩn chương trình đào tạo mới",
            "Phòng Đào tạo",
            "Các khoa, bộ môn",
            "Quý II/2027",
            "Trình Hội đồng trường",
        ],
        [
            "4",
            "Tuyển sinh trình độ thạc sĩ, tiến sĩ đợt 1 năm 2027",
            "Phòng Đào tạo sau đại học",
            "Các khoa có đào tạo sau đại học",
            "Trước 30/4/2027",
            "",
        ],
        ["B", "CÔNG TÁC KHOA HỌC CÔNG NGHỆ"],
        [
            "5",
            "Tổ chức Hội nghị sinh viên nghiên cứu khoa học cấp Trường năm 2027",
            "Phòng Khoa học công nghệ và Hợp tác quốc tế",
            "Đoàn Thanh niên; các khoa",
            "Tháng 5/2027",
            "",
        ],
        [
            "6",
            "Nghiệm thu đề tài khoa học và công nghệ cấp cơ sở năm 2026",
            "Phòng Khoa học công nghệ và Hợp tác quốc tế",
            "Hội đồng khoa học các khoa",
            "Trước 15/6/2027",
            "",
        ],
        ["C", "CÔNG TÁC SINH VIÊN, TỔ CHỨC, HÀNH CHÍNH"],
        [
            "7",
            "Đánh giá kết quả rèn luyện của sinh viên học kỳ I năm học 2026-2027",
            "Phòng Công tác sinh viên",
            "Các khoa; Đoàn Thanh niên",
            "Tháng 2/2027",
            "",
        ],
        [
            "8",
            "Chi trả học bổng khuyến khích học tập học kỳ I cho sinh viên",
            "Phòng Kế hoạch - Tài chính",
            "Phòng Công tác sinh viên",
            "Tháng 3/2027",
            "",
        ],
        [
            "9",
            "Kiểm tra an toàn phòng cháy, chữa cháy, an ninh trật tự khu ký túc xá",
            "Trung tâm Quản lý ký túc xá",
            "Phòng Quản trị - Thiết bị",
            "Thường xuyên",
            "",
        ],
        [
            "10",
            "Xây dựng kế hoạch tuyển dụng viên chức năm 2027",
            "Phòng Tổ chức cán bộ",
            "Các đơn vị",
            "Quý I/2027",
            "",
        ],
        [
            "11",
            "Tổ chức Hội nghị tổng kết năm học 2026-2027",
            "Phòng Hành chính - Tổng hợp",
            "Các đơn vị",
            "Tháng 7/2027",
            "Theo kế hoạch của Trường",
        ],
    ]
    grouped_sheet(
        ws,
        rows,
        [6, 52, 30, 28, 18, 22],
        (
            "Các đơn vị báo cáo tiến độ thực hiện về Phòng Hành chính - Tổng hợp trước ngày 28 hằng tháng để tổng "
            "hợp, báo cáo Hiệu trưởng."
        ),
        ("HIỆU TRƯỞNG", "PGS.TS. Đoàn Minh Khoa"),
        sign_column=5,
    )
    wb.save(path)


def h500_docx(h, path: Path) -> None:
    """Tỉnh đoàn: the Youth Month plan, lettered activities with doer and day in parentheses."""
    doc = document()
    a4(doc)
    head_block(
        doc,
        "BAN CHẤP HÀNH ĐOÀN TỈNH HÀ LAM\n***",
        "ĐOÀN TNCS HỒ CHÍ MINH\n───────",
        "Số: 215-KH/TĐTN-PTTN",
        "Hà Lam, ngày 04 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức Tháng Thanh niên năm 2027", bold=True, center=True)
    para(doc, "-----", center=True)
    lines = [
        "#I. MỤC ĐÍCH, YÊU CẦU",
        "- Phát huy tinh thần xung kích, tình nguyện của đoàn viên, thanh niên trong xây dựng nông thôn mới, "
        "đô thị văn minh và chuyển đổi số.",
        "- Các hoạt động được tổ chức thiết thực, tiết kiệm, thu hút đông đảo thanh niên tham gia.",
        "#II. THỜI GIAN, CHỦ ĐỀ",
        'Tháng Thanh niên năm 2027 được tổ chức từ ngày 01/3/2027 đến ngày 31/3/2027 với chủ đề "Thanh niên '
        'tiên phong chuyển đổi số, xây dựng quê hương".',
        "#III. NỘI DUNG HOẠT ĐỘNG",
        "#1. Hoạt động cấp tỉnh",
        "a) Lễ ra quân Tháng Thanh niên và khởi công công trình thanh niên cấp tỉnh tại xã Hòa Sơn (ngày "
        "01/3/2027). Giao Ban Phong trào Thanh niên chủ trì, phối hợp Đoàn xã Hòa Sơn tổ chức.",
        'b) Ngày hội "Thanh niên với chuyển đổi số" hướng dẫn người dân sử dụng dịch vụ công trực tuyến (Ban '
        "Tuyên giáo và Đoàn kết tập hợp thanh niên; tuần 2 tháng 3/2027).",
        'c) Chương trình hiến máu tình nguyện "Giọt hồng tháng Ba" (ngày 20/3/2027; Ban Phong trào Thanh niên '
        "phối hợp Hội Chữ thập đỏ tỉnh).",
        "d) Lễ kỷ niệm 96 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh và tuyên dương thanh niên tiêu biểu năm "
        "2026 (ngày 26/3/2027; Văn phòng Tỉnh đoàn chủ trì).",
        "#2. Hoạt động ở cơ sở",
        "- Các Đoàn xã, phường ra quân đồng loạt, mỗi đơn vị thực hiện ít nhất 01 công trình, phần việc thanh "
        "niên; hoàn thành trong tháng 3/2027.",
        "- Ban Thanh thiếu nhi trường học hướng dẫn Đoàn trường các trường THPT tổ chức Ngày hội tư vấn tuyển "
        "sinh, hướng nghiệp cho học sinh lớp 12 (từ ngày 15/3 đến ngày 25/3/2027).",
        "#IV. TỔ CHỨC THỰC HIỆN",
        "1. Ban Phong trào Thanh niên là bộ phận thường trực, tham mưu Ban Thường vụ Tỉnh đoàn theo dõi, đôn "
        "đốc, tổng hợp việc thực hiện Kế hoạch.",
        "2. Văn phòng Tỉnh đoàn bảo đảm kinh phí, cơ sở vật chất cho các hoạt động cấp tỉnh.",
        "3. Các Đoàn trực thuộc xây dựng kế hoạch triển khai, gửi về Ban Thường vụ Tỉnh đoàn (qua Ban Phong trào "
        "Thanh niên) trước ngày 20/02/2027; báo cáo kết quả trước ngày 05/4/2027.",
    ]
    marked_paragraphs(doc, lines, HEADINGS)
    sign_table(
        doc,
        "Nơi nhận:\n- Trung ương Đoàn (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Các Đoàn trực thuộc;\n"
        "- Lưu: VP, PTTN.",
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ\n\n\n\nNông Thị Hải Yến",
    )
    doc.save(path)


def h501_docx(h, path: Path) -> None:
    """Chi cục Hải quan khu vực: a dispatch assigning tasks by subject ("Về công tác …")."""
    doc = document()
    a4(doc)
    head_block(
        doc,
        "CỤC HẢI QUAN\nCHI CỤC HẢI QUAN KHU VỰC XIV\n───────",
        NATIONAL,
        "Số: 2871/CCHQXIV-NV\nV/v triển khai nhiệm vụ trọng tâm tháng 12/2026 và quyết toán năm 2026",
        "Hà Lam, ngày 04 tháng 12 năm 2026",
    )
    para(doc, "")
    para(doc, "Kính gửi:", center=True)
    para(doc, "- Hải quan cửa khẩu cảng Vĩnh Hải;")
    para(doc, "- Hải quan Khu công nghiệp Bắc Hà;")
    para(doc, "- Các Đội thuộc Chi cục.")
    lines = [
        "Để hoàn thành nhiệm vụ thu ngân sách nhà nước năm 2026 và chuẩn bị tốt công tác quyết toán, Chi cục "
        "trưởng Chi cục Hải quan khu vực XIV yêu cầu các đơn vị thực hiện các nội dung sau:",
        "1. Về công tác thu ngân sách: Hải quan cửa khẩu cảng Vĩnh Hải, Hải quan Khu công nghiệp Bắc Hà rà soát "
        "nợ thuế, đôn đốc thu hồi nợ đọng, báo cáo kết quả về Đội Nghiệp vụ trước ngày 20/12/2026.",
        "2. Về công tác kiểm tra sau thông quan: Đội Kiểm tra sau thông quan hoàn thành 100% kế hoạch kiểm tra "
        "năm 2026 trước ngày 25/12/2026.",
        "3. Về công tác kiểm soát, chống buôn lậu: Đội Kiểm soát hải quan chủ trì, phối hợp Bộ đội Biên phòng, "
        "Công an tỉnh tăng cường tuần tra, kiểm soát trong cao điểm trước, trong và sau Tết Nguyên đán Đinh "
        "Mùi, từ ngày 15/12/2026 đến hết ngày 28/02/2027.",
        "4. Về công tác cải cách hành chính:",
        "a) Đội Tổng hợp tổng hợp kết quả khảo sát mức độ hài lòng của doanh nghiệp năm 2026, hoàn thành trong "
        "tháng 12/2026.",
        "b) Các Hải quan cửa khẩu, Hải quan khu công nghiệp duy trì tổ chức đối thoại với doanh nghiệp định kỳ "
        "hằng quý.",
        "5. Về công tác quyết toán: Đội Tổng hợp chủ trì, phối hợp Đội Nghiệp vụ lập báo cáo quyết toán thu "
        "ngân sách nhà nước năm 2026, gửi Cục Hải quan trước ngày 15/01/2027.",
        "6. Về công tác cán bộ: Đội Tổng hợp thực hiện đánh giá, xếp loại chất lượng công chức năm 2026, trình "
        "Chi cục trưởng trước ngày 05/01/2027.",
        "7. Về quản lý rủi ro: Đội Nghiệp vụ cập nhật thông tin doanh nghiệp trọng điểm, doanh nghiệp có dấu "
        "hiệu rủi ro vào hệ thống quản lý rủi ro; thực hiện thường xuyên.",
        "Các đơn vị báo cáo kết quả thực hiện công văn này về Chi cục (qua Đội Tổng hợp) trước ngày 28/12/2026. "
        "Yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai; trường hợp có vướng mắc, báo cáo Chi cục trưởng "
        "để được chỉ đạo./.",
    ]
    marked_paragraphs(doc, lines, HEADINGS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Cục Hải quan (để b/c);\n- Lãnh đạo Chi cục;\n- Lưu: VT, NV.",
        "CHI CỤC TRƯỞNG\n\n\n\nLương Văn Đức",
    )
    doc.save(path)


def h502_docx(h, path: Path) -> None:
    """Kho bạc Nhà nước tỉnh: the year-end closing plan, '- unit:' labels over '+' tasks."""
    doc = document()
    a4(doc)
    head_block(
        doc,
        "KHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC TỈNH HÀ LAM\n───────",
        NATIONAL,
        "Số: 1640/KH-KBHL",
        "Hà Lam, ngày 01 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Triển khai công tác khóa sổ kế toán, lập báo cáo quyết toán ngân sách nhà nước niên độ 2026",
        bold=True,
        center=True,
    )
    para(doc, "")
    lines = [
        "#I. MỤC ĐÍCH, YÊU CẦU",
        "Bảo đảm khóa sổ kế toán niên độ 2026 đúng thời hạn, số liệu chính xác, khớp đúng giữa Kho bạc Nhà nước "
        "với cơ quan tài chính, cơ quan thu và các đơn vị sử dụng ngân sách.",
        "#II. NỘI DUNG THỰC HIỆN",
        "#1. Công tác kiểm soát chi",
        "- Phòng Kiểm soát chi thực hiện kiểm soát, thanh toán các khoản chi thuộc dự toán ngân sách năm 2026 "
        "đến hết ngày 31/12/2026.",
        "- Hướng dẫn các đơn vị sử dụng ngân sách đối chiếu số dư dự toán, số dư tạm ứng, xác nhận số chuyển "
        "nguồn sang năm 2027. Đơn vị thực hiện: Phòng Kiểm soát chi; thời hạn: trước ngày 15/01/2027.",
        "#2. Công tác kế toán, quyết toán",
        "- Phòng Kế toán nhà nước:",
        "+ Thực hiện khóa sổ kế toán ngân sách niên độ 2026 trên hệ thống TABMIS vào cuối ngày 31/12/2026;",
        "+ Chỉnh lý số liệu quyết toán trong thời gian chỉnh lý, hoàn thành trước ngày 31/01/2027;",
        "+ Lập báo cáo quyết toán thu, chi ngân sách nhà nước năm 2026 gửi Sở Tài chính trước ngày 28/02/2027.",
        "#3. Công tác thanh toán, ngân quỹ",
        "- Các Phòng Giao dịch tổ chức kiểm kê quỹ tiền mặt, giấy tờ có giá tại thời điểm cuối ngày 31/12/2026, "
        "lập biên bản gửi Phòng Kế toán nhà nước.",
        "#4. Công tác hành chính, tổng hợp",
        "- Phòng Tổng hợp - Hành chính bố trí cán bộ trực, bảo đảm an toàn trụ sở, hệ thống mạng trong những "
        "ngày cuối năm và dịp nghỉ Tết Dương lịch, từ ngày 29/12/2026 đến hết ngày 03/01/2027.",
        "- Tổng hợp tình hình khóa sổ, báo cáo Kho bạc Nhà nước trước ngày 05/01/2027 (Phòng Tổng hợp - Hành "
        "chính thực hiện).",
        "#III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Kế toán nhà nước là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
        "2. Các phòng, Phòng Giao dịch báo cáo tiến độ khóa sổ về Phòng Kế toán nhà nước định kỳ hằng tuần "
        "(sáng thứ Hai) cho đến khi hoàn thành.",
        "3. Trưởng các phòng, Trưởng Phòng Giao dịch chịu trách nhiệm trước Giám đốc về kết quả thực hiện./.",
    ]
    marked_paragraphs(doc, lines, HEADINGS)
    sign_table(
        doc,
        "Nơi nhận:\n- Kho bạc Nhà nước (b/c);\n- Sở Tài chính;\n- Ban Giám đốc;\n- Các phòng, Phòng Giao dịch;\n"
        "- Lưu: VT, KTNN.",
        "GIÁM ĐỐC\n\n\n\nTạ Văn Hưng",
    )
    doc.save(path)


def batch_h493() -> None:
    """Writes h493–h502 into docs/ (the .doc, the .pdf and the .odt through LibreOffice)."""
    write_batch(
        [
            (h493_docx, "h493_ct_so_gddt_nam_2027_bang.docx"),
            (h494_xlsx, "h494_giao_chi_tieu_so_nnmt_2027.xlsx"),
            (h496_docx, "h496_tbkl_chu_tich_ubnd_xa_giao_ban.docx"),
            (h498_docx, "h498_kh_bvdk_tinh_cai_tien_chat_luong.docx"),
            (h499_xlsx, "h499_ct_dai_hoc_hoc_ky_2.xlsx"),
            (h501_docx, "h501_cv_hai_quan_kv_nhiem_vu_cuoi_nam.docx"),
            (h502_docx, "h502_kh_kbnn_tinh_khoa_so_2026.docx"),
        ],
        [
            (h495_docx, "h495_kh_so_noi_vu_vtvl_phu_luc.docx", "doc"),
            (h497_docx, "h497_lich_tuan_bgd_cong_an_tinh.docx", "pdf"),
            (h500_docx, "h500_kh_tinh_doan_thang_thanh_nien.docx", "odt"),
        ],
        _out,
    )
