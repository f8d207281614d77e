"""Held-out batch h513–h522, written by h13author48 blind to the importer: ten documents of
provincial and commune bodies (a Department of Industry and Trade, of Culture, Sports and Tourism,
of Science and Technology, the provincial Inspectorate, the Office of the National Assembly
Delegation and People's Council, a commune Party committee's inspection commission, a Department of
Ethnic Minorities and Religions, an investment and trade promotion centre, a forest protection
sub-department and a Department of Finance). Every name, person, place, number and date is
invented; no third-party text."""

from pathlib import Path

from batch_common import (
    MARKS,
    NATIONAL,
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
    wrap,
    write_batch,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h521_kh_chi_cuc_kiem_lam_pcccr",  # h13fixRY
    "h515_kh_so_khcn_doi_moi_sang_tao",  # h13fixRZ
    "h516_tbkl_thanh_tra_tinh_giao_ban",  # h13fixSA
}

PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM\n───────────"


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


# --------------------------------------------------------------------------------------------- h513
def h513(h, path: Path) -> None:
    """Sở Công Thương: yearly work programme as a table under roman section rows."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN\nSỞ CÔNG THƯƠNG\n───────",
        NATIONAL,
        "Số: 2174/CTr-SCT",
        "Đông Sơn, ngày 30 tháng 11 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "của Sở Công Thương tỉnh Đông Sơn", bold=True, center=True)
    para(
        doc,
        "Căn cứ Chương trình công tác năm 2027 của Ủy ban nhân dân tỉnh; căn cứ chức năng, nhiệm vụ "
        "được giao, Sở Công Thương xây dựng Chương trình công tác năm 2027 như sau:",
    )
    rows = [
        ("§", "I", "CÔNG TÁC THAM MƯU, XÂY DỰNG VĂN BẢN"),
        [
            "1",
            "Tham mưu UBND tỉnh ban hành Kế hoạch phát triển thương mại điện tử tỉnh Đông Sơn năm 2027",
            "Phòng Quản lý thương mại",
            "Các sở, ngành liên quan",
            "Quý I",
            "",
        ],
        [
            "2",
            "Xây dựng dự thảo Quyết định quy định quản lý cụm công nghiệp trên địa bàn tỉnh "
            "(thay thế Quyết định số 15/2022/QĐ-UBND)",
            "Phòng Quản lý công nghiệp",
            "Sở Tư pháp, Sở Xây dựng",
            "Tháng 6",
            "Văn bản QPPL",
        ],
        [
            "3",
            "Báo cáo kết quả thực hiện Chương trình khuyến công địa phương 6 tháng và năm",
            "Trung tâm Khuyến công và Xúc tiến thương mại",
            "",
            "Trước 15/6 và 15/12",
            "",
        ],
        ("§", "II", "QUẢN LÝ NHÀ NƯỚC VỀ CÔNG NGHIỆP, NĂNG LƯỢNG"),
        [
            "4",
            "Kiểm tra công tác bảo đảm an toàn đập, hồ chứa thủy điện trước mùa mưa lũ năm 2027",
            "Phòng Kỹ thuật an toàn - Môi trường",
            "Sở Nông nghiệp và Môi trường",
            "Tháng 4",
            "",
        ],
        [
            "5",
            "Theo dõi, đôn đốc tiến độ các dự án lưới điện nông thôn và điện mặt trời mái nhà",
            "Phòng Quản lý năng lượng",
            "Công ty Điện lực Đông Sơn",
            "Thường xuyên",
            "",
        ],
        [
            "6",
            "Hướng dẫn, kiểm tra việc sử dụng năng lượng tiết kiệm và hiệu quả tại các cơ sở sử dụng "
            "năng lượng trọng điểm",
            "Phòng Quản lý năng lượng",
            "",
            "Quý III",
            "",
        ],
        ("§", "III", "THƯƠNG MẠI, XUẤT NHẬP KHẨU"),
        [
            "7",
            "Xây dựng Kế hoạch bảo đảm cân đối cung cầu, bình ổn thị trường dịp Tết Nguyên đán Đinh Mùi "
            "năm 2027",
            "Phòng Quản lý thương mại",
            "",
            "Trước 20/12/2026",
            "",
        ],
        [
            "8",
            "Tổ chức Hội chợ Công Thương vùng Đông Sơn mở rộng năm 2027",
            "Trung tâm Khuyến công và Xúc tiến thương mại",
            "Phòng Quản lý thương mại",
            "Tháng 9/2027",
            "",
        ],
        [
            "9",
            "Cập nhật, tổng hợp số liệu xuất nhập khẩu của tỉnh; báo cáo UBND tỉnh",
            "Phòng Quản lý thương mại",
            "Chi cục Hải quan khu vực",
            "Hằng tháng",
            "",
        ],
        ("§", "IV", "CÔNG TÁC VĂN PHÒNG, TỔNG HỢP"),
        [
            "10",
            "Tiếp công dân định kỳ; giải quyết đơn thư thuộc thẩm quyền của Sở",
            "Văn phòng Sở",
            "Các phòng chuyên môn",
            "Định kỳ hằng tháng",
            "Ngày 10 hằng tháng",
        ],
        [
            "11",
            "Tổng kết công tác năm 2027, triển khai nhiệm vụ năm 2028",
            "Văn phòng Sở",
            "Các phòng, đơn vị",
            "Tháng 12",
            "",
        ],
    ]
    grid(
        doc,
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"],
        rows,
        widths=[1.2, 10.5, 4.5, 4.2, 3.2, 3.0],
    )
    para(
        doc,
        "Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện Chương trình về Văn phòng Sở trước ngày 22 "
        "hằng tháng để tổng hợp, báo cáo Giám đốc Sở.",
    )
    para(
        doc,
        "Trong quá trình thực hiện, nếu có phát sinh, vướng mắc, các phòng, đơn vị kịp thời báo cáo Giám "
        "đốc Sở (qua Văn phòng Sở) để xem xét, điều chỉnh./.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- "
        "Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nTrần Hữu Nghị",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h514
def h514(h, path: Path) -> None:
    """Sở Văn hóa, Thể thao và Du lịch: leaders' weekly calendar as a sheet, days merged down."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Tuan 50"
    ws["A1"] = "UBND TỈNH LÂM HẢI\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    ws.merge_cells("A1:C1")
    ws.merge_cells("D1:F1")
    ws["A2"] = "LỊCH CÔNG TÁC TUẦN 50 CỦA BAN GIÁM ĐỐC SỞ"
    ws.merge_cells("A2:F2")
    ws["A3"] = "(Từ ngày 07/12/2026 đến ngày 13/12/2026)"
    ws.merge_cells("A3:F3")
    header = [
        "Thứ, ngày",
        "Thời gian",
        "Nội dung công việc",
        "Lãnh đạo chủ trì",
        "Đơn vị chuẩn bị",
        "Địa điểm",
    ]
    ws.append(header)
    days = [
        (
            "Thứ Hai\n07/12",
            [
                (
                    "07h30",
                    "Chào cờ đầu tuần; giao ban Ban Giám đốc Sở",
                    "GĐ Nguyễn Văn Thạch",
                    "Văn phòng Sở",
                    "Phòng họp tầng 2",
                ),
                (
                    "14h00",
                    "Họp thẩm định kịch bản chương trình nghệ thuật chào mừng năm mới 2027",
                    "PGĐ Lê Thị Hồng Vân",
                    "Phòng Quản lý văn hóa; Nhà hát Ca múa nhạc tỉnh",
                    "Nhà hát Ca múa nhạc tỉnh",
                ),
            ],
        ),
        (
            "Thứ Ba\n08/12",
            [
                ("Cả ngày", "Làm việc tại cơ quan", "GĐ Nguyễn Văn Thạch", "", ""),
                (
                    "08h00",
                    "Kiểm tra công tác chuẩn bị Giải Việt dã Báo Lâm Hải lần thứ XXX năm 2026",
                    "PGĐ Đinh Quang Hải",
                    "Phòng Quản lý thể dục thể thao",
                    "Xã Tân Phước",
                ),
            ],
        ),
        (
            "Thứ Tư\n09/12",
            [
                (
                    "07h30",
                    "Tiếp công dân định kỳ",
                    "GĐ Nguyễn Văn Thạch",
                    "Văn phòng Sở",
                    "Phòng tiếp công dân",
                ),
                (
                    "14h00",
                    "Dự Hội nghị trực tuyến toàn quốc tổng kết công tác du lịch năm 2026 (dự kiến)",
                    "GĐ Nguyễn Văn Thạch",
                    "Phòng Quản lý du lịch",
                    "Điểm cầu UBND tỉnh",
                ),
            ],
        ),
        (
            "Thứ Năm\n10/12",
            [
                (
                    "08h00",
                    "Họp Hội đồng thẩm định hồ sơ đề nghị xếp hạng di tích cấp tỉnh đợt 2 năm 2026",
                    "PGĐ Lê Thị Hồng Vân",
                    "Phòng Quản lý di sản văn hóa",
                    "Phòng họp tầng 2",
                ),
                (
                    "14h00",
                    "Làm việc với Đoàn công tác Cục Du lịch Quốc gia Việt "
                    "Nam về phát triển du lịch cộng đồng",
                    "GĐ Nguyễn Văn Thạch",
                    "Phòng Quản lý du lịch",
                    "Hội trường Sở",
                ),
            ],
        ),
        (
            "Thứ Sáu\n11/12",
            [
                (
                    "08h00",
                    "Giao ban công tác tháng 12 với các đơn vị sự nghiệp trực thuộc Sở",
                    "GĐ Nguyễn Văn Thạch",
                    "Văn phòng Sở",
                    "Phòng họp tầng 2",
                ),
                (
                    "15h00",
                    "Khai mạc Triển lãm ảnh nghệ thuật “Sắc màu Lâm Hải” năm 2026",
                    "PGĐ Lê Thị Hồng Vân",
                    "Bảo tàng tỉnh",
                    "Bảo tàng tỉnh",
                ),
            ],
        ),
        (
            "Thứ Bảy\n12/12",
            [
                (
                    "06h30",
                    "Dự Lễ khai mạc và chỉ đạo Giải Việt dã Báo Lâm Hải lần thứ XXX năm 2026",
                    "PGĐ Đinh Quang Hải",
                    "Trung tâm Huấn luyện và Thi đấu thể dục thể thao",
                    "Xã Tân Phước",
                ),
                ("", "Trực lãnh đạo: PGĐ Đinh Quang Hải", "", "", ""),
            ],
        ),
        ("Chủ nhật\n13/12", [("", "Nghỉ", "", "", "")]),
    ]
    row = 5
    for day, entries in days:
        first = row
        for entry in entries:
            ws.cell(row, 1, day if row == first else None)
            for col, value in enumerate(entry, start=2):
                ws.cell(row, col, value or None)
            row += 1
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    ws.cell(
        row + 1, 1, "Ghi chú: Lịch công tác có thể thay đổi; Văn phòng Sở sẽ thông báo khi có điều chỉnh."
    )
    ws.cell(row + 3, 5, "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG")
    ws.cell(row + 6, 5, "Vũ Thị Ngọc Lan")
    wrap(ws, 1)
    bold_header(ws, 4)
    column_widths(ws, [11, 9, 52, 22, 30, 22])
    wb.save(path)


# --------------------------------------------------------------------------------------------- h515
def h515(h, path: Path) -> None:
    """Sở Khoa học và Công nghệ: a plan in prose, lead and time in trailing sentences or parentheses."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH BẮC HÀ\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n───────",
        NATIONAL,
        "Số: 615/KH-SKHCN",
        "Bắc Hà, ngày 02 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2027",
        "Thực hiện Kế hoạch số 88/KH-UBND ngày 20/11/2026 của Ủy ban nhân dân tỉnh, Sở Khoa học và "
        "Công nghệ ban hành Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
        "năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Cụ thể hóa các nhiệm vụ được UBND tỉnh giao; xác định rõ đơn vị chủ trì, thời gian hoàn "
        "thành từng nhiệm vụ.",
        "2. Bảo đảm sự phối hợp chặt chẽ giữa các phòng, đơn vị thuộc Sở và các sở, ngành liên quan.",
        "**II. NHIỆM VỤ CỤ THỂ",
        "**1. Hoàn thiện thể chế, chính sách",
        "a) Tham mưu UBND tỉnh ban hành Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh "
        "phù hợp với Luật Khoa học, công nghệ và đổi mới sáng tạo. Đơn vị chủ trì: Phòng Quản lý "
        "khoa học; thời gian hoàn thành: Quý II/2027.",
        "b) Rà soát, đề xuất bãi bỏ các văn bản quy phạm pháp luật của tỉnh trong lĩnh vực khoa học và "
        "công nghệ không còn phù hợp (Văn phòng Sở chủ trì, phối hợp Sở Tư pháp; trong tháng 3/2027).",
        "**2. Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo",
        "- Tổ chức Cuộc thi Ý tưởng khởi nghiệp đổi mới sáng tạo tỉnh Bắc Hà năm 2027; Trung tâm Đổi "
        "mới sáng tạo và Chuyển đổi số chủ trì, thực hiện trong Quý III/2027.",
        "- Hỗ trợ ít nhất 10 doanh nghiệp nhỏ và vừa xác lập quyền sở hữu công nghiệp đối với sản "
        "phẩm chủ lực của tỉnh; Phòng Sở hữu trí tuệ và Tiêu chuẩn đo lường chất lượng thực hiện "
        "thường xuyên.",
        "**3. Chuyển đổi số",
        "- Vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, bảo đảm tỷ lệ hồ sơ trực "
        "tuyến toàn trình đạt trên 80%. Phòng Chuyển đổi số chủ trì; thời gian: hằng tháng.",
        "- Triển khai giai đoạn 2 Nền tảng tích hợp, chia sẻ dữ liệu dùng chung của tỉnh (Phòng "
        "Chuyển đổi số; hoàn thành trước 30/11/2027).",
        "**4. Tiêu chuẩn, đo lường, chất lượng",
        "Phòng Sở hữu trí tuệ và Tiêu chuẩn đo lường chất lượng tổ chức kiểm tra nhà nước về đo lường "
        "đối với cột đo xăng dầu và cân tại các chợ, hai đợt vào tháng 5 và tháng 10/2027.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Sở là cơ quan thường trực, tham mưu Giám đốc Sở theo dõi, đôn đốc việc thực hiện "
        "Kế hoạch này.",
        "2. Phòng Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế hoạch từ nguồn sự nghiệp khoa học "
        "và công nghệ năm 2027.",
        "3. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động triển khai thực hiện; báo cáo "
        "kết quả định kỳ hằng quý (trước ngày 15 tháng cuối quý) về Văn phòng Sở để tổng hợp./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Ban Giám đốc Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
        "GIÁM ĐỐC\n\n\n\nHoàng Minh Tuấn",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h516
def h516_docx(h, path: Path) -> None:
    """Thanh tra tỉnh: notice of the Chief Inspector's conclusions, a) b) points, made a text PDF."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH QUẢNG PHONG\nTHANH TRA TỈNH\n───────",
        NATIONAL,
        "Số: 412/TB-TTr",
        "Quảng Phong, ngày 03 tháng 12 năm 2026",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Chánh Thanh tra tỉnh tại cuộc họp giao ban công tác tháng 11 năm 2026",
        bold=True,
        center=True,
    )
    body = [
        "Ngày 02/12/2026, đồng chí Lương Văn Kiên, Chánh Thanh tra tỉnh chủ trì cuộc họp giao ban công tác "
        "tháng 11 năm 2026. Tham dự có các Phó Chánh Thanh tra, Trưởng các phòng và Trưởng Ban Tiếp công dân "
        "tỉnh. Sau khi nghe Văn phòng báo cáo và ý kiến của các đại "
        "biểu, Chánh Thanh tra tỉnh kết luận như sau:",
        "1. Trong tháng 11, các phòng đã bám sát kế hoạch, ban hành 03 kết luận thanh tra, kiến nghị thu hồi "
        "về ngân sách 2,6 tỷ đồng; tuy nhiên tiến độ một số cuộc thanh tra còn chậm so với kế hoạch.",
        "2. Nhiệm vụ trọng tâm tháng 12 năm 2026:",
        "a) Phòng Nghiệp vụ 1: Khẩn trương hoàn thành dự thảo kết luận thanh tra việc quản lý, sử dụng đất "
        "tại Khu công nghiệp Phong Điền, trình Chánh Thanh tra trước ngày 18/12/2026.",
        "b) Phòng Nghiệp vụ 2 tập trung xác minh, giải quyết dứt điểm 03 vụ việc khiếu nại tồn đọng tại xã "
        "Hòa Lạc và xã Sơn Thủy; báo cáo kết quả trước ngày 25/12/2026.",
        "c) Phòng Nghiệp vụ 3 theo dõi, đôn đốc việc thực hiện các kết luận thanh tra đã có hiệu lực; thường "
        "xuyên cập nhật kết quả thu hồi tiền, đất về ngân sách nhà nước.",
        "d) Phòng Phòng, chống tham nhũng chủ trì xây dựng Kế hoạch xác minh tài sản, thu nhập năm 2027, "
        "trình Chánh Thanh tra phê duyệt trong tháng 12/2026.",
        "đ) Văn phòng Thanh tra tỉnh:",
        "- Tổng hợp, hoàn thiện dự thảo Kế hoạch thanh tra năm 2027, trình UBND tỉnh trước ngày 15/12/2026.",
        "- Chuẩn bị nội dung, điều kiện tổ chức Hội nghị tổng kết công tác thanh tra năm 2026 (dự kiến ngày "
        "08/01/2027).",
        "e) Ban Tiếp công dân tỉnh bố trí lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh tháng 12/2026; "
        "phối hợp Công an tỉnh bảo đảm an ninh, trật tự tại Trụ sở tiếp công dân dịp cuối năm.",
        "3. Đề nghị Sở Tài chính sớm có ý kiến về việc xử lý khoản tiền 840 triệu đồng đã thu hồi theo Kết "
        "luận thanh tra số 37/KL-TTr ngày 14/8/2026.",
        "4. Các Phó Chánh Thanh tra theo lĩnh vực được phân công chỉ đạo các phòng hoàn thành nhiệm vụ, "
        "bảo đảm chất lượng, đúng quy định.",
        "5. Các phòng, đơn vị báo cáo kết quả thực hiện nhiệm vụ tháng 12 về Văn phòng trước ngày 28/12/2026 "
        "để tổng hợp, báo cáo Chánh Thanh tra.",
        "Thanh tra tỉnh thông báo để các phòng, đơn vị biết, thực hiện./.",
    ]
    for text in body:
        para(doc, text)
    sign_table(
        doc,
        "Nơi nhận:\n- Chánh Thanh tra, các Phó Chánh Thanh tra;\n- Các phòng, Ban TCD tỉnh;\n- Sở Tài chính;"
        "\n- Lưu: VT, VP.",
        "TL. CHÁNH THANH TRA\nCHÁNH VĂN PHÒNG\n\n\n\nPhan Thị Diệu Linh",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h517
def h517(h, path: Path) -> None:
    """Văn phòng Đoàn ĐBQH và HĐND tỉnh: a plan serving a council session, tasks in an appendix table."""
    doc = document()
    head_block(
        doc,
        "ĐOÀN ĐBQH VÀ HĐND TỈNH NAM SƠN\nVĂN PHÒNG\n───────",
        NATIONAL,
        "Số: 298/KH-VP",
        "Nam Sơn, ngày 25 tháng 11 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tổ chức phục vụ Kỳ họp thứ Tư, Hội đồng nhân dân tỉnh khóa XI, nhiệm kỳ 2026 - 2031",
        "Thực hiện Thông báo số 112/TB-HĐND ngày 18/11/2026 của Thường trực HĐND tỉnh về thời gian, nội "
        "dung Kỳ họp thứ Tư, Văn phòng Đoàn ĐBQH và HĐND tỉnh xây "
        "dựng Kế hoạch tổ chức phục vụ kỳ họp như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Phục vụ kỳ họp chu đáo, an toàn, tiết kiệm; tài liệu được gửi đến đại biểu đúng thời gian quy "
        "định; thực hiện tốt việc số hóa tài liệu kỳ họp.",
        "**II. THỜI GIAN, ĐỊA ĐIỂM",
        "Kỳ họp dự kiến diễn ra trong 03 ngày, từ ngày 16/12/2026 đến hết ngày 18/12/2026, tại Hội "
        "trường Trung tâm Hội nghị tỉnh.",
        "**III. PHÂN CÔNG NHIỆM VỤ",
        "Các phòng thực hiện nhiệm vụ theo Phụ lục kèm theo Kế hoạch này.",
        "**IV. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Công tác Hội đồng nhân dân là đơn vị thường trực, tham mưu Chánh Văn phòng theo dõi, "
        "đôn đốc việc thực hiện Kế hoạch.",
        "2. Phòng Hành chính - Tổ chức - Quản trị bảo đảm kinh phí, cơ sở vật chất, phương tiện phục vụ "
        "kỳ họp.",
        "3. Các phòng báo cáo tiến độ chuẩn bị về Phòng Công tác Hội đồng nhân dân trước 16 giờ ngày "
        "11/12/2026 để tổng hợp, báo cáo Chánh Văn phòng./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Thường trực HĐND tỉnh (b/c);\n- Lãnh đạo Văn phòng;\n- Các phòng thuộc Văn phòng;"
        "\n- Lưu: VT, CTHĐND.",
        "CHÁNH VĂN PHÒNG\n\n\n\nĐỗ Thanh Bình",
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "PHÂN CÔNG NHIỆM VỤ PHỤC VỤ KỲ HỌP THỨ TƯ, HĐND TỈNH KHÓA XI", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 298/KH-VP ngày 25/11/2026 của Văn phòng)", italic=True, center=True)
    rows = [
        [
            "1",
            "Tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp, gửi UBND tỉnh",
            "Phòng Thông tin - Dân nguyện",
            "Phòng Công tác Quốc hội",
            "Trước 05/12/2026",
        ],
        [
            "2",
            "Dự thảo Chương trình kỳ họp, kịch bản điều hành các phiên họp",
            "Phòng Công tác Hội đồng nhân dân",
            "Phòng Thông tin - Dân nguyện",
            "Trước 08/12/2026",
        ],
        [
            "3",
            "Gửi tài liệu kỳ họp tới đại biểu HĐND tỉnh qua Hệ thống thông tin phục vụ kỳ họp",
            "Phòng Hành chính - Tổ chức - Quản trị",
            "",
            "Trước 09/12/2026\n(chậm nhất 07 ngày trước khai mạc)",
        ],
        [
            "4",
            "Chuẩn bị hội trường, âm thanh, ánh sáng, khánh tiết",
            "Phòng Hành chính - Tổ chức - Quản trị",
            "",
            "14/12/2026 - 15/12/2026",
        ],
        [
            "5",
            "Tổng hợp câu hỏi chất vấn của đại biểu; phục vụ phiên chất vấn và trả lời chất vấn",
            "Phòng Công tác Hội đồng nhân dân",
            "Các Ban HĐND tỉnh",
            "17/12/2026\n(phiên chất vấn)",
        ],
        [
            "6",
            "Đưa tin, tuyên truyền về kỳ họp; phối hợp truyền hình trực tiếp phiên khai mạc, bế mạc",
            "Phòng Thông tin - Dân nguyện",
            "Báo và Phát thanh, Truyền hình Nam Sơn",
            "16/12 và 18/12/2026",
        ],
        [
            "7",
            "Bảo đảm an ninh, y tế, hậu cần trong thời gian kỳ họp",
            "Phòng Hành chính - Tổ chức - Quản trị",
            "Công an tỉnh; Sở Y tế",
            "16 - 18/12/2026",
        ],
        [
            "8",
            "Hoàn thiện hồ sơ, trình ký các nghị quyết đã được kỳ họp thông qua",
            "Phòng Công tác Hội đồng nhân dân",
            "Các Ban HĐND tỉnh",
            "Trước 28/12/2026",
        ],
    ]
    grid(
        doc,
        ["TT", "Nội dung công việc", "Phòng chủ trì", "Phòng phối hợp", "Thời gian"],
        rows,
        widths=[1.0, 6.5, 3.8, 3.4, 3.0],
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h518
def h518_docx(h, path: Path) -> None:
    """Ủy ban Kiểm tra Đảng ủy xã: yearly inspection and supervision programme, posts in charge; .odt."""
    doc = document()
    head_block(
        doc,
        "ĐẢNG BỘ XÃ TÂN LẬP\nỦY BAN KIỂM TRA\n*",
        PARTY,
        "Số 05-CTr/UBKTĐU",
        "Tân Lập, ngày 28 tháng 11 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH", bold=True, center=True)
    para(doc, "kiểm tra, giám sát năm 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Quy định số 296-QĐ/TW của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ "
        "luật của Đảng; căn cứ Chương trình kiểm tra, giám sát năm 2027 của Ban Chấp hành Đảng bộ xã, Ủy ban "
        "Kiểm tra Đảng ủy xã xây dựng Chương trình kiểm tra, giám sát năm 2027 như sau:",
    )
    rows = [
        ("§", "I", "KIỂM TRA"),
        [
            "1",
            "Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong Đảng",
            "Chi bộ thôn Đồng Mới; Chi bộ thôn Bãi Sậy",
            "Quý II",
            "Chủ nhiệm UBKT",
        ],
        [
            "2",
            "Kiểm tra việc thu, nộp, quản lý và sử dụng đảng phí năm 2026",
            "Chi bộ Trường THCS Tân Lập; Chi bộ Trạm Y tế xã",
            "Tháng 8",
            "Phó Chủ nhiệm UBKT",
        ],
        [
            "3",
            "Kiểm tra đảng viên khi có dấu hiệu vi phạm",
            "Đảng viên trong Đảng bộ",
            "Khi phát hiện dấu hiệu vi phạm",
            "Chủ nhiệm UBKT",
        ],
        ("§", "II", "GIÁM SÁT CHUYÊN ĐỀ"),
        [
            "4",
            "Giám sát việc kê khai tài sản, thu nhập năm 2026 của đảng viên thuộc diện kê khai",
            "Đảng viên là cán bộ, công chức xã",
            "Tháng 3",
            "Ủy viên UBKT Nguyễn Thị Thoa",
        ],
        [
            "5",
            "Giám sát việc lãnh đạo thực hiện Nghị quyết Đại hội Đảng "
            "bộ xã về xây dựng nông thôn mới nâng cao",
            "Chi bộ thôn Tân Thịnh",
            "Quý III",
            "Chủ nhiệm UBKT",
        ],
        [
            "6",
            "Giám sát việc tu dưỡng, rèn luyện phẩm chất đạo đức, lối sống của cấp ủy viên",
            "Bí thư Chi bộ thôn Đồng Mới",
            "Tháng 10",
            "Phó Chủ nhiệm UBKT",
        ],
        [
            "7",
            "Giám sát thường xuyên đối với tổ chức đảng và đảng viên",
            "Các chi bộ trực thuộc",
            "Thường xuyên",
            "Các đồng chí Ủy viên UBKT",
        ],
        ("§", "III", "CÔNG TÁC KHÁC"),
        [
            "8",
            "Tiếp nhận, giải quyết đơn thư tố cáo, khiếu nại kỷ luật đảng",
            "",
            "Theo thời hạn quy định",
            "Chủ nhiệm UBKT",
        ],
        [
            "9",
            "Tham mưu Đảng ủy sơ kết 6 tháng, tổng kết năm công tác kiểm tra, giám sát",
            "",
            "Tháng 6 và tháng 12",
            "Phó Chủ nhiệm UBKT",
        ],
    ]
    grid(
        doc,
        ["TT", "Nội dung", "Đối tượng", "Thời gian", "Phân công thực hiện"],
        rows,
        widths=[1.0, 6.8, 4.0, 2.8, 3.2],
    )
    para(
        doc,
        "Các chi bộ trực thuộc căn cứ Chương trình này chủ động xây dựng chương trình kiểm tra, giám sát của "
        "chi bộ năm 2027 cho phù hợp.",
    )
    para(
        doc,
        "Các chi bộ trực thuộc báo cáo kết quả tự kiểm tra, giám sát năm 2027 về Ủy ban Kiểm tra Đảng ủy "
        "trước ngày 10/12/2027.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Thường vụ Đảng ủy xã;\n- Các chi bộ trực thuộc;\n- Lưu UBKT.",
        "T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\n\n\n\nVi Văn Sáng",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h519
def h519(h, path: Path) -> None:
    """Sở Dân tộc và Tôn giáo: a dispatch assigning tasks, a unit label then dashes, a) b) points."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH LẠNG GIANG\nSỞ DÂN TỘC VÀ TÔN GIÁO\n───────\nSố: 1083/SDTTG-VP\nV/v triển khai nhiệm vụ "
        "công tác dân tộc, tôn giáo dịp cuối năm 2026 và Tết Nguyên đán Đinh Mùi 2027",
        NATIONAL + "\n\nLạng Giang, ngày 04 tháng 12 năm 2026",
    )
    body = [
        "^^Kính gửi:",
        "^^- Các phòng, đơn vị thuộc Sở;",
        "^^- Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số.",
        "Để chủ động triển khai công tác dân tộc, tôn giáo dịp cuối năm 2026 và Tết Nguyên đán Đinh Mùi "
        "năm 2027, Sở Dân tộc và Tôn giáo đề nghị các phòng, đơn vị và Ủy ban nhân dân các xã thực hiện "
        "một số nội dung sau:",
        "1. Phòng Chính sách dân tộc",
        "- Tổng hợp, đề xuất danh sách người có uy tín trong đồng bào dân tộc thiểu số năm 2027, trình "
        "Giám đốc Sở trước ngày 20/12/2026.",
        "- Phối hợp Văn phòng Sở tổ chức thăm, tặng quà người có uy tín dịp Tết Nguyên đán Đinh Mùi "
        "2027, hoàn thành trước ngày 30/01/2027.",
        "2. Phòng Tôn giáo",
        "a) Thường xuyên nắm tình hình hoạt động tôn giáo trên địa bàn dịp Lễ Giáng sinh và Tết "
        "Nguyên đán; kịp thời tham mưu xử lý các vụ việc phát sinh.",
        "b) Chủ trì tổ chức thăm, chúc mừng các tổ chức tôn giáo dịp Lễ Giáng sinh năm 2026 (trong các "
        "ngày từ 21/12 đến 24/12/2026).",
        "3. Phòng Kế hoạch - Tài chính tổng hợp kết quả thực hiện Chương trình mục tiêu quốc gia phát "
        "triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2026, tham mưu báo cáo "
        "UBND tỉnh trước ngày 05/01/2027.",
        "4. Văn phòng Sở bố trí phương tiện, kinh phí phục vụ các đoàn đi thăm, tặng quà; hoàn thành thủ "
        "tục thanh, quyết toán trước ngày 31/01/2027.",
        "5. Đề nghị Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số:",
        "- Rà soát, cập nhật danh sách hộ nghèo là người dân tộc thiểu số cần hỗ trợ dịp Tết, gửi về Sở "
        "(qua Phòng Chính sách dân tộc) trước ngày 25/12/2026.",
        "- Chỉ đạo bảo đảm an ninh, trật tự tại các cơ sở thờ tự, điểm nhóm sinh hoạt tôn giáo tập "
        "trung trên địa bàn trong dịp lễ, Tết.",
        "Các phòng, đơn vị báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 05/02/2027 để tổng hợp, "
        "báo cáo Giám đốc Sở.",
        "Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.",
    ]
    marked_paragraphs(doc, body, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Lưu: VT, VP.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nLò Văn Thắng",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h520
def h520(h, path: Path) -> None:
    """Trung tâm Xúc tiến Đầu tư và Thương mại: indicators assigned to its offices for 2027."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Giao chi tieu 2027"
    ws["A1"] = "SỞ TÀI CHÍNH TỈNH HÀ LÂM"
    ws["A2"] = "TRUNG TÂM XÚC TIẾN ĐẦU TƯ VÀ THƯƠNG MẠI"
    ws["A4"] = "BẢNG GIAO CHỈ TIÊU KẾ HOẠCH NĂM 2027 CHO CÁC PHÒNG"
    ws.merge_cells("A4:G4")
    ws["A5"] = "(Kèm theo Quyết định số 96/QĐ-TTXT ngày 01/12/2026 của Giám đốc Trung tâm)"
    ws.merge_cells("A5:G5")
    ws.append(
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện 2026", "Kế hoạch 2027", "Phòng chủ trì", "Thời hạn"]
    )
    rows = [
        ["I", "XÚC TIẾN ĐẦU TƯ", None, None, None, None, None],
        [
            1,
            "Số hội nghị, hội thảo xúc tiến đầu tư tổ chức trong và ngoài nước",
            "Hội nghị",
            3,
            4,
            "Phòng Xúc tiến đầu tư",
            "Quý III",
        ],
        [
            2,
            "Số dự án được hỗ trợ thủ tục chấp thuận chủ trương đầu tư",
            "Dự án",
            14,
            18,
            "Phòng Xúc tiến đầu tư",
            "Tháng 12",
        ],
        [
            3,
            "Cập nhật danh mục dự án kêu gọi đầu tư trên Cổng thông tin xúc tiến",
            "Lần",
            2,
            4,
            "Phòng Xúc tiến đầu tư",
            "Hằng quý",
        ],
        ["II", "XÚC TIẾN THƯƠNG MẠI", None, None, None, None, None],
        [
            4,
            "Số lượt doanh nghiệp được hỗ trợ tham gia hội chợ, triển lãm trong nước",
            "Lượt DN",
            120,
            150,
            "Phòng Xúc tiến thương mại",
            "Quý IV",
        ],
        [
            5,
            "Số sản phẩm OCOP được hỗ trợ đưa lên sàn thương mại điện tử",
            "Sản phẩm",
            45,
            60,
            "Phòng Xúc tiến thương mại",
            "Trước 30/9",
        ],
        [
            6,
            "Số đoàn giao thương, kết nối cung cầu với các tỉnh, thành phố",
            "Đoàn",
            5,
            6,
            "Phòng Xúc tiến thương mại",
            "Tháng 10",
        ],
        ["III", "THÔNG TIN, HỖ TRỢ DOANH NGHIỆP", None, None, None, None, None],
        [
            7,
            "Số lượt doanh nghiệp được tư vấn thông tin thị trường, thủ tục đầu tư",
            "Lượt",
            210,
            250,
            "Phòng Thông tin và Hỗ trợ doanh nghiệp",
            "Thường xuyên",
        ],
        [
            8,
            "Số bản tin xúc tiến đầu tư, thương mại phát hành",
            "Số",
            12,
            12,
            "Phòng Thông tin và Hỗ trợ doanh nghiệp",
            "Hằng tháng",
        ],
        [
            9,
            "Tỷ lệ hồ sơ đề nghị hỗ trợ của doanh nghiệp được giải quyết đúng hạn",
            "%",
            98,
            100,
            "Phòng Hành chính - Tổng hợp",
            "Thường xuyên",
        ],
        [None, "Tổng số chỉ tiêu giao: 09", None, None, None, None, None],
    ]
    for row in rows:
        ws.append(row)
    last = ws.max_row
    ws.cell(last + 2, 1, "Ghi chú:")
    ws.cell(
        last + 3,
        1,
        "- Các phòng báo cáo kết quả thực hiện chỉ tiêu về Phòng Hành chính - Tổng hợp trước ngày 25 tháng "
        "cuối quý.",
    )
    ws.merge_cells(start_row=last + 3, start_column=1, end_row=last + 3, end_column=7)
    ws.cell(last + 5, 6, "GIÁM ĐỐC")
    ws.cell(last + 8, 6, "Nguyễn Thị Mỹ Hạnh")
    wrap(ws, 6)
    bold_header(ws, 6)
    column_widths(ws, [6, 50, 11, 12, 12, 28, 13])
    wb.save(path)


# --------------------------------------------------------------------------------------------- h521
def h521_docx(h, path: Path) -> None:
    """Chi cục Kiểm lâm: a dry-season forest fire plan in prose with - and + lines; made a .doc."""
    doc = document()
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỈNH ĐẮK SƠN\nCHI CỤC KIỂM LÂM\n───────",
        NATIONAL,
        "Số: 377/KH-CCKL",
        "Đắk Sơn, ngày 01 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Phòng cháy, chữa cháy rừng mùa khô năm 2026 - 2027",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Chủ động phòng ngừa, phát hiện sớm và chữa cháy kịp thời, không để xảy ra cháy rừng lớn; nâng "
        "cao trách nhiệm của chủ rừng và cộng đồng dân cư sống gần rừng.",
        "**II. NỘI DUNG THỰC HIỆN",
        "**1. Công tác tuyên truyền",
        "- Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên phối hợp Báo và Phát thanh, Truyền hình Đắk "
        "Sơn xây dựng phóng sự tuyên truyền phòng cháy, chữa cháy rừng, phát sóng trong tháng 12/2026 và "
        "tháng 01/2027.",
        "+ Các Hạt Kiểm lâm khu vực tổ chức ký cam kết bảo vệ rừng, phòng cháy rừng với các hộ gia đình "
        "sống gần rừng; hoàn thành trước 31/12/2026.",
        "**2. Công tác phòng cháy",
        "- Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng kiểm tra, bảo dưỡng trang thiết bị, phương "
        "tiện chữa cháy rừng; xong trước ngày 15/12/2026.",
        "- Cập nhật bản đồ trọng điểm cháy rừng, đăng tải cấp dự báo cháy rừng trên trang thông tin điện "
        "tử của Chi cục hằng ngày trong mùa khô (Phòng Quản lý bảo "
        "vệ rừng và Bảo tồn thiên nhiên chủ trì).",
        "- Các Hạt Kiểm lâm khu vực tổ chức trực phòng cháy, chữa cháy rừng 24/24 giờ trong thời kỳ cao "
        "điểm nắng nóng (từ ngày 01/02/2027 đến ngày 30/4/2027).",
        "**3. Công tác chữa cháy, diễn tập",
        "Tổ chức diễn tập chữa cháy rừng cấp tỉnh tại xã Ea Rông. Đội Kiểm lâm cơ động và Phòng cháy, "
        "chữa cháy rừng chủ trì, phối hợp Hạt Kiểm lâm khu vực II và Ủy ban nhân dân xã Ea Rông; thời "
        "gian: Tháng 3/2027.",
        "**4. Công tác kiểm tra, đôn đốc",
        "Phòng Thanh tra - Pháp chế kiểm tra công tác phòng cháy, chữa cháy rừng của các chủ rừng là tổ "
        "chức, định kỳ hằng tháng ít nhất 01 đợt.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên là đơn vị thường trực, giúp Chi cục trưởng "
        "theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch.",
        "2. Phòng Hành chính - Tổng hợp bố trí kinh phí, nhiên liệu, hậu cần phục vụ công tác phòng "
        "cháy, chữa cháy rừng.",
        "3. Các Hạt Kiểm lâm khu vực, Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng báo cáo tình "
        "hình cháy rừng hằng tuần (trước 15 giờ thứ Sáu) về Chi cục qua Phòng Quản lý bảo vệ rừng và Bảo "
        "tồn thiên nhiên.",
        "4. Các đơn vị báo cáo tổng kết công tác phòng cháy, chữa cháy rừng mùa khô 2026 - 2027 về Chi "
        "cục trước ngày 15/5/2027./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Nông nghiệp và Môi trường (b/c);\n- Lãnh đạo Chi cục;\n- Các phòng, Hạt, Đội;\n"
        "- Lưu: VT, QLBVR.",
        "CHI CỤC TRƯỞNG\n\n\n\nY Điêng Niê",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h522
def h522(h, path: Path) -> None:
    """Sở Tài chính: notice of the Director's conclusions, I./1./3.1 numbering, 'Giao …' phrasing."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH PHÚ HÀ\nSỞ TÀI CHÍNH\n───────",
        NATIONAL,
        "Số: 1540/TB-STC",
        "Phú Hà, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Giám đốc Sở Tài chính tại cuộc họp về tiến độ giải ngân vốn đầu tư công và "
        "chuẩn bị dự toán ngân sách năm 2027",
        "Chiều ngày 03/12/2026, đồng chí Phạm Minh Khôi, Giám đốc Sở Tài chính chủ trì cuộc họp. Tham dự "
        "có các Phó Giám đốc Sở, Trưởng các phòng thuộc Sở. Sau khi nghe các phòng báo cáo, Giám đốc Sở "
        "kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Đến ngày 30/11/2026, tỷ lệ giải ngân vốn đầu tư công của tỉnh đạt 71,4% kế hoạch, thấp hơn bình "
        "quân chung; một số chủ đầu tư chậm hoàn thiện hồ sơ thanh toán.",
        "**II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
        "1. Giao Phòng Tài chính đầu tư tham mưu UBND tỉnh điều chuyển kế hoạch vốn từ các dự án chậm "
        "giải ngân sang các dự án có khả năng giải ngân (hoàn thành trước ngày 12/12/2026).",
        "2. Phòng Tài chính đầu tư chủ trì, phối hợp Kho bạc Nhà nước khu vực XII đôn đốc các chủ đầu tư "
        "hoàn thiện hồ sơ thanh toán; báo cáo tiến độ giải ngân hằng tuần vào chiều thứ Năm.",
        "3. Giao Phòng Quản lý ngân sách:",
        "3.1. Tham mưu dự thảo Quyết định giao dự toán ngân sách nhà nước năm 2027, trình UBND tỉnh ngay "
        "sau khi HĐND tỉnh thông qua Nghị quyết dự toán (dự kiến trước ngày 20/12/2026).",
        "3.2. Thẩm định quyết toán ngân sách năm 2025 của các xã, phường; hoàn thành trong Quý I/2027.",
        "4. Phòng Quản lý giá và Công sản khẩn trương hoàn thiện phương án xử lý trụ sở, cơ sở nhà đất "
        "dôi dư sau sắp xếp đơn vị hành chính, trình UBND tỉnh trong tháng 12/2026.",
        "5. Phòng Đăng ký kinh doanh tiếp tục rà soát, xử lý hồ sơ doanh nghiệp ngừng hoạt động nhưng "
        "không thông báo; thực hiện thường xuyên.",
        "6. Văn phòng Sở chuẩn bị nội dung Hội nghị tổng kết công tác tài chính năm 2026, triển khai "
        "nhiệm vụ năm 2027 (thời gian dự kiến: Tuần 2 tháng 01/2027).",
        "7. Đề nghị Kho bạc Nhà nước khu vực XII bố trí cán bộ trực, kiểm soát chi ngoài giờ hành chính "
        "đến hết ngày 31/01/2027 (thời gian chỉnh lý quyết toán).",
        "Các phòng được giao nhiệm vụ báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 26/12/2026 "
        "để tổng hợp, báo cáo Giám đốc Sở.",
        "Sở Tài chính thông báo để các phòng, đơn vị biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Giám đốc, các PGĐ Sở;\n- Các phòng thuộc Sở;\n- KBNN khu vực XII;\n- Lưu: VT, VP.",
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nTạ Quang Vinh",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- batch
def batch_h513() -> None:
    """Writes h513–h522 (the .pdf, .odt and .doc through LibreOffice)."""
    write_batch(
        [
            (h513, "h513_ct_so_cong_thuong_nam_2027.docx"),
            (h514, "h514_lich_tuan_so_vhttdl_ngay_gop.xlsx"),
            (h515, "h515_kh_so_khcn_doi_moi_sang_tao.docx"),
            (h517, "h517_kh_vp_doan_dbqh_hdnd_phuc_vu_ky_hop.docx"),
            (h519, "h519_cv_so_dan_toc_ton_giao_cuoi_nam.docx"),
            (h520, "h520_chi_tieu_tt_xuc_tien_dau_tu_2027.xlsx"),
            (h522, "h522_tbkl_so_tai_chinh_giai_ngan.docx"),
        ],
        [
            (h516_docx, "h516_tbkl_thanh_tra_tinh_giao_ban.docx", "pdf"),
            (h518_docx, "h518_ct_ubkt_dang_uy_xa_2027.docx", "odt"),
            (h521_docx, "h521_kh_chi_cuc_kiem_lam_pcccr.docx", "doc"),
        ],
        _out,
    )


if __name__ == "__main__":
    batch_h513()
