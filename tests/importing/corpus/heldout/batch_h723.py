"""Held-out batch h723–h732, written by h13author69 blind to the importer: ten documents of a
district Finance and Planning division, a provincial environmental protection fund, a provincial
obstetrics and paediatrics hospital, a provincial Youth Union's volunteer centre, a provincial
employment service centre, a State Bank of Vietnam regional branch, a provincial food safety and
hygiene sub-department, a provincial school of politics, a district Education Trade Union and a
ward Fatherland Front committee. Every name, person, place, number and date in them is invented."""

from pathlib import Path

from batch_common import (
    MARKS,
    bold_header,
    cell_text,
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
    "h729_kh_chi_cuc_atvstp_tet",  # h13fixYC
    "h724_ctr_quy_bvmt_tinh_gop_thoi_gian",  # h13fixYC
    "h727_lich_tuan_tt_dich_vu_viec_lam",  # h13fixYF
    "h728_chi_tieu_nhnn_chi_nhanh_kv14",  # h13fixYF
    "h726_kh_trung_tam_tinh_nguyen_tet",  # h13fixYA
    "h725_tbkl_bv_san_nhi_giao_ban",  # h13fixYE
    "h732_tbkl_mttq_phuong_giao_ban",  # h13fixYD
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h723_docx(h, path: Path) -> None:
    """District Finance and Planning division: a year-end budget dispatch, run-in addressee labels
    over lettered points, a section named with a short form used alone later, a treasury request."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN MƯỜNG LIỄU\nPHÒNG TÀI CHÍNH - KẾ HOẠCH\n───────\nSố: 412/TCKH-NS\nV/v khóa sổ kế toán, "
        "quyết toán ngân sách năm 2026 và giao dự toán năm 2027",
        right2="Mường Liễu, ngày 14 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các cơ quan, đơn vị dự toán thuộc huyện;",
        "- Ủy ban nhân dân các xã, thị trấn.",
        "Thực hiện Thông tư số 88/2026/TT-BTC của Bộ Tài chính hướng dẫn khóa sổ kế toán cuối năm và ý kiến "
        "chỉ đạo của Chủ tịch UBND huyện tại Văn bản số 1937/UBND-TCKH ngày 08/12/2026, Phòng Tài chính - Kế "
        "hoạch đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
        "**1. Các cơ quan, đơn vị dự toán thuộc huyện:",
        "a) Rà soát, đối chiếu số dư dự toán, số dư tài khoản tiền gửi tại Kho bạc Nhà nước; hoàn "
        "thành trước "
        "ngày 31/12/2026.",
        "b) Lập báo cáo quyết toán ngân sách năm 2026 theo mẫu biểu quy định, gửi Phòng Tài chính - Kế hoạch "
        "chậm nhất ngày 15 tháng 02 năm 2027.",
        "**2. Ủy ban nhân dân các xã, thị trấn:",
        "a) Thực hiện khóa sổ kế toán thu, chi ngân sách xã năm 2026 trong thời gian chỉnh lý quyết toán, "
        "chậm nhất đến hết ngày 31/01/2027.",
        "b) Chủ động rà soát, xử lý dứt điểm các khoản nợ đọng xây dựng cơ bản thuộc ngân sách xã; thực hiện "
        "thường xuyên, không để phát sinh nợ mới.",
        "**3. Bộ phận Quản lý ngân sách (Bộ phận NS) thuộc Phòng:",
        "a) Hướng dẫn các đơn vị dự toán cấp huyện và các xã, thị trấn nhập dự toán năm 2027 trên hệ thống "
        "TABMIS trước ngày 05/01/2027.",
        "b) Thẩm định quyết toán năm 2026 của các đơn vị dự toán cấp huyện, ra thông báo thẩm định; "
        "hoàn thành "
        "trong Quý II/2027.",
        "**4. Bộ phận Kế hoạch - Đầu tư:",
        "Tổng hợp tình hình giải ngân vốn đầu tư công năm 2026 (kể cả vốn kéo dài), báo cáo UBND huyện trước "
        "ngày 10/01/2027.",
        "**5. Công khai ngân sách",
        "Bộ phận NS thực hiện công khai dự toán ngân sách huyện năm 2027 đã được HĐND huyện quyết định trên "
        "Cổng thông tin điện tử huyện.",
        "**6. Đề nghị Kho bạc Nhà nước khu vực XI - Phòng Giao dịch Mường Liễu:",
        "Phối hợp đối chiếu số liệu thu, chi ngân sách, xác nhận số dư tạm ứng, số dư dự toán cho các đơn vị "
        "trước ngày 20/01/2027.",
        "Hằng tháng, Ủy ban nhân dân các xã, thị trấn gửi báo cáo tình hình thu, chi ngân sách về Phòng Tài "
        "chính - Kế hoạch trước ngày 05 của tháng sau để tổng hợp.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị liên hệ Phòng "
        "Tài chính - Kế "
        "hoạch (đồng chí Lò Văn Thắng, điện thoại 0214.3870.215) để phối hợp giải quyết./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- TT HĐND, UBND huyện (b/c);\n- Lưu: VT, NS.",
        "TRƯỞNG PHÒNG\n\n\n\nCầm Thị Nguyệt",
    )
    doc.save(path)


def h724_xlsx(h, path: Path) -> None:
    """Environmental protection fund: a yearly programme sheet, the time merged down over rows, units
    shortened after their first naming, one row's lead only in the note column."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "CTCT 2027"
    title_rows(
        ws,
        [
            "UBND TỈNH HÀ LAM - QUỸ BẢO VỆ MÔI TRƯỜNG TỈNH",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027",
            "(Ban hành kèm theo Quyết định số 96/QĐ-QBVMT ngày 18/12/2026 của Giám đốc Quỹ)",
        ],
        6,
        (1, 2),
    )
    ws.append([])
    ws.append(
        [
            "STT",
            "Nội dung công việc",
            "Bộ phận chủ trì",
            "Bộ phận phối hợp",
            "Thời gian hoàn thành",
            "Ghi chú",
        ]
    )
    bold_header(ws, 5)
    rows = [
        ["I", "CÔNG TÁC CHO VAY ƯU ĐÃI, TÀI TRỢ"],
        [
            1,
            "Xét duyệt hồ sơ vay vốn ưu đãi đợt 1 năm 2027 đối với các dự án thu gom, xử lý chất thải",
            "Phòng Kế hoạch - Nghiệp vụ (P.KHNV)",
            "Phòng Hành chính - Kế toán (P.HCKT)",
            "Quý I/2027",
            "Trình Hội đồng quản lý Quỹ",
        ],
        [
            2,
            "Ký hợp đồng tín dụng, giải ngân cho các dự án được phê duyệt đợt 1",
            "P.KHNV",
            "P.HCKT",
            None,
            "",
        ],
        [
            3,
            "Kiểm tra sau cho vay tại các dự án đang còn dư nợ",
            "P.KHNV",
            "",
            "Quý II - Quý III",
            "Tối thiểu 08 dự án",
        ],
        [
            4,
            "Tài trợ mô hình phân loại rác thải sinh hoạt tại nguồn cho 05 xã nông thôn mới nâng cao",
            "P.KHNV",
            "UBND các xã được chọn",
            "Tháng 6/2027",
            "Theo đề xuất của Sở Nông nghiệp và Môi trường",
        ],
        ["II", "KÝ QUỸ CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG"],
        [
            5,
            "Đôn đốc các tổ chức khai thác khoáng sản nộp tiền ký quỹ năm 2027",
            "P.KHNV",
            "",
            "Trước 31/01/2027",
            "",
        ],
        [
            6,
            "Rà soát, hoàn trả tiền ký quỹ cho các dự án đã hoàn thành cải tạo, phục hồi môi trường",
            "",
            "P.KHNV",
            "Khi có quyết định xác nhận hoàn thành",
            "P.HCKT chủ trì",
        ],
        ["III", "QUẢN TRỊ, TÀI CHÍNH VÀ CÁC CÔNG VIỆC KHÁC"],
        [
            7,
            "Xây dựng, trình phê duyệt kế hoạch tài chính năm 2027 của Quỹ",
            "P.HCKT",
            "P.KHNV",
            "15/01/2027",
            "",
        ],
        [
            8,
            "Lập báo cáo tài chính năm 2026 đã được kiểm toán",
            "P.HCKT",
            "Đơn vị kiểm toán độc lập",
            "Quý I/2027",
            "",
        ],
        [
            9,
            "Cập nhật thông tin hoạt động, danh mục dự án được vay vốn trên Trang thông tin điện tử của Quỹ",
            "P.HCKT",
            "",
            "Thường xuyên",
            "",
        ],
        [
            10,
            "Sơ kết 6 tháng, tổng kết hoạt động năm 2027 của Quỹ",
            "P.HCKT",
            "Các phòng",
            "Tháng 7 và tháng 12/2027",
            "",
        ],
        ["", "Tổng số: 10 nhiệm vụ"],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)
    # rows 1 and 2 share one merged time cell (sheet rows 7 and 8)
    ws.merge_cells("E7:E8")
    ws["E7"].alignment = Alignment(vertical="center", wrap_text=True)
    wrap(ws, 6)
    last = ws.max_row
    ws.cell(last + 2, 1).value = (
        "Các phòng báo cáo kết quả thực hiện Chương trình về Ban Giám đốc (qua P.HCKT) trước ngày 25 hằng "
        "tháng để tổng hợp."
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=6)
    ws.cell(last + 4, 5).value = "GIÁM ĐỐC"
    ws.cell(last + 7, 5).value = "Phạm Quang Vĩnh"
    column_widths(ws, [6, 52, 24, 22, 18, 26])
    wb.save(path)


def h725_docx(h, path: Path) -> None:
    """Obstetrics and paediatrics hospital: a notice of the director's conclusions, an assessment
    section, a deputy director by field, a division shortened in parentheses, an undated charge to every
    clinical department and a request to the provincial CDC."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH HÀ LAM\nBỆNH VIỆN SẢN - NHI\n───────\nSố: 1187/TB-BVSN",
        right2="Hà Lam, ngày 11 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Giám đốc Bệnh viện tại buổi giao ban chuyên môn tháng 12/2026",
        "Ngày 09/12/2026, Bệnh viện Sản - Nhi tổ chức giao ban chuyên môn tháng 12/2026. Chủ trì: "
        "BSCKII. Đặng "
        "Thị Thu Hiền, Giám đốc Bệnh viện; tham dự có các Phó Giám đốc, trưởng các khoa, phòng. Sau khi nghe "
        "Phòng Kế hoạch tổng hợp báo cáo và ý kiến của các thành viên dự họp, Giám đốc kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Trong tháng 11/2026, Bệnh viện tiếp nhận 9.412 lượt khám, 2.176 lượt điều trị nội trú; tỷ "
        "lệ sử dụng "
        "giường bệnh khối Nhi 118%. Công tác cấp cứu, hồi sức sơ sinh được duy trì tốt; tuy nhiên việc hoàn "
        "thiện hồ sơ bệnh án còn chậm, một số khoa chưa thực hiện đầy đủ bảng kiểm an toàn người bệnh.",
        "**II. NHIỆM VỤ TRONG THỜI GIAN TỚI",
        "1. Khoa Hồi sức tích cực sơ sinh rà soát, cập nhật quy trình chăm sóc trẻ sinh non dưới 32 "
        "tuần, trình "
        "Hội đồng Khoa học kỹ thuật trước ngày 25/12/2026.",
        "2. Phòng Kế hoạch tổng hợp (Phòng KHTH) xây dựng phương án bảo đảm trực cấp cứu dịp Tết "
        "Dương lịch và "
        "Tết Nguyên đán Đinh Mùi năm 2027, hoàn thành trước 20/12.",
        "3. Phó Giám đốc phụ trách chuyên môn (BS. Lương Văn Khải) chỉ đạo triển khai bảng kiểm an toàn phẫu "
        "thuật tại Khoa Phẫu thuật - Gây mê hồi sức, hoàn thành trong tháng 01/2027.",
        "4. Phòng KHTH phối hợp Phòng Tài chính kế toán rà soát các hồ sơ bệnh án bị Bảo hiểm xã hội tỉnh từ "
        "chối thanh toán, báo cáo Giám đốc trước ngày 08/01/2027.",
        "5. Khoa Dược bảo đảm cung ứng đủ thuốc, vật tư y tế thiết yếu (oxytocin, surfactant, dịch truyền), "
        "không để thiếu thuốc trong dịp Tết; thực hiện thường xuyên.",
        "6. Phòng Điều dưỡng tổ chức kiểm tra đột xuất việc thực hiện quy trình kiểm soát nhiễm "
        "khuẩn tại các "
        "khoa lâm sàng, ít nhất 02 lần mỗi tháng.",
        "7. Phòng Công nghệ thông tin hoàn thành kết nối bệnh án điện tử với phần mềm quản lý xét "
        "nghiệm (LIS) "
        "trước 31/01/2027.",
        "8. Các khoa lâm sàng tiếp tục thực hiện nghiêm quy chế thường trực, quy chế hội chẩn và "
        "quy chế chuyển "
        "tuyến.",
        "9. Phòng Tổ chức cán bộ hoàn thiện hồ sơ đề nghị khen thưởng năm 2026, trình Hội đồng Thi "
        "đua - Khen "
        "thưởng Bệnh viện trước ngày 28 tháng 12 năm 2026.",
        "10. Đề nghị Trung tâm Kiểm soát bệnh tật tỉnh cấp bổ sung vắc xin viêm gan B sơ sinh cho Bệnh viện "
        "trong tháng 12/2026.",
        "Các khoa, phòng báo cáo kết quả thực hiện các nội dung trên về Phòng KHTH trước ngày 05/01/2027 để "
        "tổng hợp, báo cáo Giám đốc.",
        "Bệnh viện thông báo để các khoa, phòng biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, KHTH.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP\n\n\n\nBSCKI. Hứa Văn Tùng",
    )
    doc.save(path)


def h726_docx(h, path: Path) -> None:
    """Youth Union volunteer centre: a Tết volunteering plan, numbered programmes over lettered points
    each ending in its unit in parentheses, a request to the industrial parks board (converted to .doc)."""
    doc = document()
    head_block(
        doc,
        "TỈNH ĐOÀN HÀ LAM\nTRUNG TÂM TÌNH NGUYỆN\n***\nSố: 27-KH/TTTN",
        "ĐOÀN TNCS HỒ CHÍ MINH",
        right2="Hà Lam, ngày 08 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tổ chức các hoạt động tình nguyện dịp Tết Nguyên đán Đinh Mùi năm 2027",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "- Phát huy tinh thần xung kích, tình nguyện của đoàn viên, thanh niên; chăm lo Tết cho thanh thiếu "
        "nhi, công nhân và người dân có hoàn cảnh khó khăn.",
        "- Các hoạt động tổ chức thiết thực, an toàn, tiết kiệm.",
        "**II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN",
        '**1. Chương trình "Tết ấm vùng cao"',
        "a) Vận động doanh nghiệp, nhà hảo tâm ủng hộ 1.000 suất quà Tết (trị giá 500.000 đồng/suất), hoàn "
        "thành trước ngày 10/01/2027 (Phòng Truyền thông - Vận động nguồn lực).",
        "b) Tổ chức trao quà, áo ấm tại 03 xã Pà Cò, Tà Xùa và Háng Đồng vào ngày 23/01/2027 (Phòng "
        "Hoạt động "
        "tình nguyện).",
        '**2. Chương trình "Chuyến xe mùa xuân"',
        "a) Tiếp nhận đăng ký về quê ăn Tết của công nhân lao động tại các khu công nghiệp, từ ngày "
        "20/12/2026 "
        "đến ngày 20/01/2027 (Phòng Hoạt động tình nguyện).",
        "b) Đề nghị Ban Quản lý các khu công nghiệp tỉnh hỗ trợ thông tin, bố trí địa điểm đón công nhân tại "
        "khu công nghiệp trước ngày 25/01/2027.",
        "c) Tổ chức 12 chuyến xe miễn phí đưa công nhân về quê, khởi hành ngày 01/02/2027 tại Nhà Văn hóa "
        "Thanh niên tỉnh (Phòng Hoạt động tình nguyện).",
        '**3. Ngày hội hiến máu "Giọt hồng ngày Xuân"',
        "Phối hợp Bệnh viện Đa khoa tỉnh tổ chức Ngày hội hiến máu tình nguyện, dự kiến Thứ Năm, 14/01/2027, "
        "mục tiêu tiếp nhận 600 đơn vị máu (Phòng Hoạt động tình nguyện).",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Hành chính - Tổng hợp bố trí kinh phí, phương tiện, hậu cần cho các hoạt động của "
        "Kế hoạch.",
        "2. Phòng Truyền thông - Vận động nguồn lực thường xuyên đăng tải thông tin các hoạt động trên trang "
        "thông tin điện tử và fanpage của Trung tâm.",
        "3. Đề nghị Ban Thường vụ các huyện, thị, thành đoàn giới thiệu đoàn viên tham gia các đội hình tình "
        "nguyện, gửi danh sách về Trung tâm trước ngày 05/01/2027.",
        "4. Phòng Hoạt động tình nguyện tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ban Thường vụ Tỉnh đoàn "
        "trước ngày 20/02/2027.",
        "Kinh phí thực hiện Kế hoạch từ nguồn xã hội hóa và kinh phí hoạt động năm 2027 của Trung tâm.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Thường trực Tỉnh đoàn (b/c);\n- Các huyện, thị, thành đoàn;\n- Lưu: TTTN.",
        "GIÁM ĐỐC\n\n\n\nMa Thị Thanh Hương",
    )
    doc.save(path)


def h727_xlsx(h, path: Path) -> None:
    """Employment service centre: a weekly calendar of its directors, each day a merged row over its
    entries, an office line, a duty line, an empty Sunday and the registration note under the table."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Tuan 51"
    title_rows(
        ws,
        [
            "SỞ NỘI VỤ TỈNH HÀ LAM - TRUNG TÂM DỊCH VỤ VIỆC LÀM",
            "LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC",
            "(Từ ngày 14/12/2026 đến ngày 20/12/2026)",
        ],
        5,
        (1, 2),
    )
    ws.append([])
    ws.append(["Thời gian", "Nội dung công việc", "Lãnh đạo chủ trì", "Đơn vị chuẩn bị", "Địa điểm"])
    bold_header(ws, 5)
    days = [
        (
            "THỨ HAI - 14/12/2026",
            [
                [
                    "07h30",
                    "Giao ban Ban Giám đốc đầu tuần",
                    "Giám đốc Hoàng Minh Tuấn",
                    "Phòng Hành chính - Tổng hợp",
                    "Phòng họp số 1",
                ],
                [
                    "14h00",
                    "Họp xét duyệt hồ sơ hưởng trợ cấp thất nghiệp đợt 2 tháng 12/2026",
                    "PGĐ Vũ Thị Hạnh",
                    "Phòng Bảo hiểm thất nghiệp",
                    "Phòng họp số 1",
                ],
            ],
        ),
        (
            "THỨ BA - 15/12/2026",
            [
                [
                    "08h00",
                    "Phiên giao dịch việc làm định kỳ tháng 12/2026",
                    "PGĐ Lê Văn Đạt",
                    "Phòng Giới thiệu việc làm và Thị trường lao động (Phòng GTVL&TTLĐ)",
                    "Sàn giao dịch việc làm tỉnh",
                ],
                ["Cả ngày", "Giám đốc làm việc tại cơ quan", "", "", ""],
            ],
        ),
        (
            "THỨ TƯ - 16/12/2026",
            [
                [
                    "08h30",
                    "Làm việc với Công ty TNHH Điện tử Minh Quang về nhu cầu tuyển 300 lao động quý I/2027",
                    "Giám đốc Hoàng Minh Tuấn",
                    "Phòng GTVL&TTLĐ",
                    "Phòng khách tầng 2",
                ],
                [
                    "14h00",
                    "Tư vấn, giới thiệu việc làm cho người lao động từ nước ngoài trở về (dự kiến)",
                    "PGĐ Lê Văn Đạt",
                    "Phòng Tư vấn - Đào tạo",
                    "UBND xã Đông Phú",
                ],
            ],
        ),
        (
            "THỨ NĂM - 17/12/2026",
            [
                [
                    "08h00",
                    "Dự Hội nghị tổng kết công tác nội vụ năm 2026 của Sở Nội vụ",
                    "Giám đốc Hoàng Minh Tuấn",
                    "Phòng Hành chính - Tổng hợp (chuẩn bị báo cáo tham luận)",
                    "Hội trường Sở Nội vụ",
                ],
                [
                    "14h00",
                    "Phiên giao dịch việc làm lưu động tại xã Tân Lập",
                    "PGĐ Lê Văn Đạt",
                    "Phòng GTVL&TTLĐ",
                    "Nhà văn hóa xã Tân Lập",
                ],
            ],
        ),
        (
            "THỨ SÁU - 18/12/2026",
            [
                [
                    "08h00",
                    "Kiểm tra công tác chi trả trợ cấp thất nghiệp tại Chi nhánh Trung tâm thị xã Bắc Sơn",
                    "PGĐ Vũ Thị Hạnh",
                    "Phòng Bảo hiểm thất nghiệp",
                    "Thị xã Bắc Sơn",
                ],
                [
                    "15h00",
                    "Sinh hoạt Chi bộ thường kỳ tháng 12/2026",
                    "Bí thư Chi bộ Hoàng Minh Tuấn",
                    "Chi ủy",
                    "Phòng họp số 1",
                ],
            ],
        ),
        (
            "THỨ BẢY - 19/12/2026",
            [
                ["", "Trực lãnh đạo: PGĐ Vũ Thị Hạnh", "", "", ""],
                [
                    "08h00",
                    "Phiên giao dịch việc làm ngày thứ Bảy chuyên đề lao động đi làm việc ở nước ngoài",
                    "PGĐ Lê Văn Đạt",
                    "Phòng GTVL&TTLĐ",
                    "Sàn giao dịch việc làm tỉnh",
                ],
            ],
        ),
        ("CHỦ NHẬT - 20/12/2026", [["", "(Chưa có lịch)", "", "", ""]]),
    ]
    for day, entries in days:
        ws.append([day])
        at = ws.max_row
        ws.merge_cells(start_row=at, start_column=1, end_row=at, end_column=5)
        ws.cell(at, 1).font = Font(bold=True)
        for entry in entries:
            ws.append(entry)
    wrap(ws, 6)
    ws.append([])
    ws.append(
        [
            "Lịch có thể thay đổi, Phòng Hành chính - Tổng hợp sẽ thông báo bổ sung. Các phòng đăng ký lịch "
            "công tác tuần sau về Phòng Hành chính - Tổng hợp trước 15h00 thứ Sáu hằng tuần."
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
    column_widths(ws, [12, 52, 24, 30, 24])
    wb.save(path)


def _merge_text(a, b, text, bold=True):
    merged = a.merge(b)
    cell_text(merged, text, bold=bold, center=True)
    return merged


def h728_docx(h, path: Path) -> None:
    """State Bank regional branch: an indicator sheet, a two-row header with the plan split between two
    provinces, a division shortened after its first naming, deadlines in a report column, the credit
    institutions' monthly report in a numbered note."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCHI NHÁNH KHU VỰC 14\n───────\nSố: 1520/KV14-TH",
        right2="Hà Lam, ngày 21 tháng 12 năm 2026",
    )
    para(doc, "CHỈ TIÊU HOẠT ĐỘNG NGÂN HÀNG TRÊN ĐỊA BÀN NĂM 2027", bold=True, center=True)
    para(doc, "và phân công theo dõi, đánh giá thực hiện", italic=True, center=True)
    t = doc.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    r0, r1 = t.rows[0].cells, t.rows[1].cells
    _merge_text(r0[0], r1[0], "STT")
    _merge_text(r0[1], r1[1], "Chỉ tiêu")
    _merge_text(r0[2], r1[2], "Đơn vị tính")
    _merge_text(r0[3], r0[4], "Kế hoạch năm 2027")
    cell_text(r1[3], "Tỉnh Hà Lam", bold=True, center=True)
    cell_text(r1[4], "Tỉnh Nam Thạch", bold=True, center=True)
    _merge_text(r0[5], r1[5], "Phòng theo dõi")
    _merge_text(r0[6], r1[6], "Thời hạn đánh giá")
    rows = [
        ("A", "CHỈ TIÊU TIỀN TỆ, TÍN DỤNG"),
        [
            "1",
            "Tăng trưởng dư nợ tín dụng so với 31/12/2026",
            "%",
            "14",
            "13",
            "Phòng Tiền tệ - Tín dụng",
            "Hằng tháng",
        ],
        [
            "2",
            "Tỷ lệ nợ xấu nội bảng của các tổ chức tín dụng",
            "%",
            "≤ 2,5",
            "≤ 2,8",
            "Phòng Thanh tra, giám sát ngân hàng (Phòng TTGS)",
            "Hằng quý",
        ],
        [
            "3",
            "Dư nợ cho vay chương trình nhà ở xã hội, nhà ở công nhân",
            "tỷ đồng",
            "1.200",
            "850",
            "Phòng Tiền tệ - Tín dụng",
            "31/12/2027",
        ],
        [
            "4",
            "Tăng trưởng dư nợ cho vay nông nghiệp, nông thôn",
            "%",
            "12",
            "12",
            "Phòng Tiền tệ - Tín dụng",
            "30/6 và 31/12/2027",
        ],
        ("B", "THANH TOÁN, TIỀN MẶT"),
        [
            "5",
            "Tỷ lệ người từ 15 tuổi trở lên có tài khoản thanh toán tại ngân hàng",
            "%",
            "88",
            "85",
            "Phòng Kế toán - Thanh toán",
            "31/12/2027",
        ],
        [
            "6",
            "Số điểm chấp nhận thanh toán bằng mã QR tăng thêm tại chợ, bệnh viện, trường học",
            "điểm",
            "6.000",
            "4.500",
            "Phòng Kế toán - Thanh toán",
            "Tháng 11/2027",
        ],
        [
            "7",
            "Cung ứng đủ tiền mặt mệnh giá nhỏ dịp Tết Nguyên đán Mậu Thân 2028",
            "-",
            "Đáp ứng đủ, kịp thời",
            "Đáp ứng đủ, kịp thời",
            "Phòng Tiền tệ - Kho quỹ",
            "Trước Tết Nguyên đán",
        ],
        ("C", "THANH TRA, GIÁM SÁT, AN TOÀN"),
        [
            "8",
            "Số cuộc thanh tra, kiểm tra tại tổ chức tín dụng, chi nhánh ngân hàng nước ngoài trên địa bàn",
            "cuộc",
            "18",
            "12",
            "Phòng TTGS",
            "Theo Kế hoạch thanh tra được Thống đốc phê duyệt",
        ],
        [
            "9",
            "Tỷ lệ kiến nghị sau thanh tra được tổ chức tín dụng thực hiện",
            "%",
            "≥ 90",
            "≥ 90",
            "Phòng TTGS",
            "31/12/2027",
        ],
        [
            "10",
            "Số vụ việc mất an toàn kho quỹ, vận chuyển tiền",
            "vụ",
            "0",
            "0",
            "Phòng Tiền tệ - Kho quỹ",
            "Thường xuyên",
        ],
    ]
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, tuple):
            cell_text(cells[0], row[0], bold=True, center=True)
            cell_text(cells[1].merge(cells[-1]), row[1], bold=True)
            continue
        for c, v in zip(cells, row, strict=True):
            cell_text(c, v)
    para(doc, "")
    para(doc, "Ghi chú:", bold=True, italic=True)
    para(
        doc,
        "(1) Chỉ tiêu tại dòng 1 và dòng 2 là chỉ tiêu định hướng, được điều chỉnh khi có thông báo "
        "của Thống "
        "đốc Ngân hàng Nhà nước.",
        italic=True,
    )
    para(
        doc,
        "(2) Các tổ chức tín dụng trên địa bàn báo cáo số liệu thực hiện về Ngân hàng Nhà nước Chi nhánh Khu "
        "vực 14 qua Hệ thống báo cáo thống kê trước ngày 10 hằng tháng.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Thống đốc NHNN (b/c);\n- UBND tỉnh Hà Lam, UBND tỉnh Nam Thạch;\n- Các TCTD "
        "trên địa bàn;"
        "\n- Lưu: VT, TH.",
        "GIÁM ĐỐC\n\n\n\nTôn Thất Minh Khoa",
    )
    doc.save(path)


def h729_docx(h, path: Path) -> None:
    """Food safety sub-department: an inspection plan for Tết, a run-in division label over lettered
    points, a request to the Department of Industry and Trade, one to every district health centre
    and the division as the focal unit with its own date (converted to .pdf)."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH HÀ LAM\nCHI CỤC AN TOÀN VỆ SINH THỰC PHẨM\n───────\nSố: 318/KH-CCATTP",
        right2="Hà Lam, ngày 10 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán Đinh Mùi và mùa Lễ hội Xuân năm 2027",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Kiểm soát chặt chẽ an toàn thực phẩm trong sản xuất, kinh doanh thực phẩm phục vụ Tết; phòng ngừa, "
        "hạn chế ngộ độc thực phẩm và các bệnh truyền qua thực phẩm.",
        "**II. THỜI GIAN, ĐỐI TƯỢNG",
        "1. Thời gian: từ ngày 28/12/2026 đến ngày 15/02/2027.",
        "2. Đối tượng: cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống, bếp ăn tập thể, chợ đầu mối.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "**1. Phòng Nghiệp vụ:",
        "a) Tham mưu thành lập 02 Đoàn kiểm tra liên ngành tuyến tỉnh, trình Giám đốc Sở Y tế trước ngày "
        "22/12/2026.",
        "b) Lấy mẫu giám sát nguy cơ ô nhiễm thực phẩm (giò chả, bánh chưng, rượu, mứt Tết) tại các chợ đầu "
        "mối; thực hiện trong tháng 01/2027.",
        "c) Hậu kiểm ít nhất 30 cơ sở sản xuất thực phẩm đã tự công bố sản phẩm, hoàn thành trước Tết Nguyên "
        "đán.",
        "**2. Phòng Thông tin - Truyền thông:",
        "a) Đăng tải thường xuyên thông tin cảnh báo, danh sách cơ sở vi phạm trên trang thông tin "
        "điện tử của "
        "Chi cục.",
        "b) Phối hợp Đài Phát thanh và Truyền hình tỉnh xây dựng 02 phóng sự về chọn mua, sử dụng "
        "thực phẩm an "
        "toàn, phát sóng trước ngày 25/01/2027.",
        "**3. Phòng Hành chính - Tổng hợp:",
        "Bảo đảm kinh phí, phương tiện, trang thiết bị test nhanh cho các đoàn kiểm tra.",
        "**4. Đề nghị Sở Công Thương",
        "Chỉ đạo Chi cục Quản lý thị trường tỉnh cử cán bộ tham gia Đoàn kiểm tra liên ngành; gửi "
        "danh sách về "
        "Chi cục An toàn vệ sinh thực phẩm trước ngày 20/12/2026.",
        "**5. Đề nghị Trung tâm Y tế các huyện, thị xã, thành phố",
        "Tổ chức kiểm tra tuyến huyện theo phân cấp; báo cáo kết quả về Chi cục (qua Phòng Nghiệp vụ) trước "
        "ngày 15/02/2027.",
        "Kinh phí thực hiện từ nguồn ngân sách nhà nước cấp cho Chi cục năm 2027.",
        "Phòng Nghiệp vụ là đơn vị đầu mối, theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế "
        "hoạch, báo cáo Sở "
        "Y tế trước ngày 25/02/2027.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Sở Công Thương;\n- TTYT các huyện, thị xã, thành phố;\n- "
        "Lưu: VT, NV.",
        "CHI CỤC TRƯỞNG\n\n\n\nNông Văn Quyết",
    )
    doc.save(path)


def h730_docx(h, path: Path) -> None:
    """School of politics: a quarter programme under month rows, a leader column beside the unit
    column, a short form of a division used alone later, dates without a year, a standing-work section."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "TỈNH ỦY HÀ LAM\nTRƯỜNG CHÍNH TRỊ\n*\nSố: 88-CTr/TCT",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        right2="Hà Lam, ngày 24 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Kế hoạch đào tạo, bồi dưỡng năm 2027 đã được Ban Thường vụ Tỉnh ủy phê duyệt, Ban Giám hiệu "
        "Trường Chính trị tỉnh xây dựng Chương trình công tác quý I năm 2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung công việc", "Khoa, phòng chủ trì", "Lãnh đạo phụ trách", "Thời gian"],
        [
            ("§", "", "THÁNG 01/2027"),
            [
                "1",
                "Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 45 "
                "(tại Trung tâm "
                "Chính trị huyện Đông Sơn)",
                "Phòng Quản lý đào tạo (P.QLĐT)",
                "PHT Nguyễn Thị Lệ",
                "06/01",
            ],
            [
                "2",
                "Bồi dưỡng cập nhật kiến thức cho cán bộ diện Ban Thường vụ Tỉnh ủy quản lý",
                "Khoa Xây dựng Đảng",
                "Hiệu trưởng",
                "11/01 - 15/01",
            ],
            [
                "3",
                "Họp Hội đồng Khoa học thông qua đề cương đề tài khoa học cấp trường năm 2027",
                "Phòng Khoa học - Thông tin tư liệu",
                "Hiệu trưởng",
                "Cuối tháng 01",
            ],
            [
                "4",
                "Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027",
                "Phòng Tổ chức - Hành chính",
                "Hiệu trưởng",
                "20/01",
            ],
            ("§", "", "THÁNG 02/2027"),
            [
                "5",
                "Phân công trực Tết Nguyên đán Đinh Mùi, bảo đảm an ninh, an toàn cơ quan, ký túc xá",
                "Phòng Tổ chức - Hành chính",
                "PHT Trần Quốc Bảo",
                "Theo thông báo nghỉ Tết của Tỉnh ủy",
            ],
            [
                "6",
                "Dự giờ, đánh giá bài giảng của giảng viên trẻ (dưới 35 tuổi)",
                "Các khoa chuyên môn",
                "PHT Nguyễn Thị Lệ",
                "Cả tháng 02",
            ],
            ("§", "", "THÁNG 03/2027"),
            [
                "7",
                "Phối hợp Học viện Chính trị khu vực I tổ chức thi tốt nghiệp lớp Cao cấp lý luận "
                "chính trị hệ "
                "không tập trung K27",
                "P.QLĐT",
                "PHT Nguyễn Thị Lệ",
                "15/3 - 17/3",
            ],
            [
                "8",
                "Tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2027",
                "P.QLĐT",
                "Hiệu trưởng",
                "22/3 - 26/3",
            ],
            [
                "9",
                'Ra quân "Ngày thứ Bảy tình nguyện" tại xã kết nghĩa Tà Lèng, chào mừng Ngày thành lập Đoàn',
                "Đoàn Thanh niên trường",
                "PHT Trần Quốc Bảo",
                "26/3",
            ],
            ("§", "", "CÔNG VIỆC THƯỜNG XUYÊN TRONG QUÝ"),
            [
                "10",
                "Cập nhật tài liệu, bài giảng theo Nghị quyết Đại hội XIV của Đảng",
                "Các khoa",
                "PHT Nguyễn Thị Lệ",
                "Thường xuyên",
            ],
            [
                "11",
                "Quản lý học viên, kiểm tra nội vụ ký túc xá",
                "Phòng Tổ chức - Hành chính",
                "PHT Trần Quốc Bảo",
                "Hằng tuần",
            ],
        ],
        widths=[1.0, 11.0, 5.5, 4.0, 4.5],
    )
    para(doc, "")
    para(
        doc,
        "Các khoa, phòng báo cáo kết quả thực hiện nhiệm vụ tháng về Phòng Tổ chức - Hành chính "
        "trước ngày 25 "
        "hằng tháng để tổng hợp, báo cáo Ban Giám hiệu.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Thường trực Tỉnh ủy (b/c);\n- Ban Giám hiệu;\n- Các khoa, phòng;\n- Lưu: VT, TCHC.",
        "T/M BAN GIÁM HIỆU\nHIỆU TRƯỞNG\n\n\n\nTriệu Văn Khánh",
    )
    doc.save(path)


def h732_docx(h, path: Path) -> None:
    """Ward Fatherland Front committee: a notice of the standing board's conclusions, an assessment,
    a vice-chair by name, a member organisation shortened in parentheses, requests to the ward People's
    Committee and police, a general charge and a monthly report."""
    doc = document()
    head_block(
        doc,
        "ỦY BAN MTTQ VIỆT NAM\nPHƯỜNG TÂN AN\nBAN THƯỜNG TRỰC\n───────\nSố: 41/TB-MTTQ-BTT",
        right2="Tân An, ngày 16 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Ban Thường trực tại Hội nghị giao ban tháng 12 năm 2026",
        "Chiều ngày 15/12/2026, Ban Thường trực Ủy ban MTTQ Việt Nam phường Tân An tổ chức Hội nghị giao ban "
        "với các tổ chức chính trị - xã hội và Trưởng Ban Công tác Mặt trận 09 khu phố. Đồng chí Trịnh Văn "
        "Lực, Chủ tịch Ủy ban MTTQ phường chủ trì. Ban Thường trực kết luận như sau:",
        "**1. Kết quả tháng 12/2026",
        'Các tổ chức thành viên đã hoàn thành đợt vận động ủng hộ Quỹ "Vì người nghèo", đạt 86 triệu đồng; '
        "tổ chức giám sát 02 cuộc; 06/09 khu phố tổ chức Ngày hội Đại đoàn kết toàn dân tộc đạt yêu cầu.",
        "**2. Nhiệm vụ tháng 01/2027",
        "a) Ban Công tác Mặt trận các khu phố rà soát, lập danh sách hộ nghèo, hộ cận nghèo, gia đình chính "
        "sách để thăm hỏi, tặng quà Tết, gửi về Ban Thường trực trước ngày 05/01/2027.",
        'b) Phó Chủ tịch Ủy ban MTTQ phường (bà Lý Thị Hoa) phụ trách vận động Quỹ "Vì người nghèo" dịp Tết, '
        "phấn đấu đạt 100 triệu đồng, hoàn thành trước 15/01/2027.",
        'c) Hội Liên hiệp Phụ nữ phường (Hội LHPN) chủ trì tổ chức "Phiên chợ 0 đồng" cho các hộ '
        "khó khăn vào "
        "ngày 24/01/2027 tại Nhà văn hóa khu phố 3.",
        'd) Đoàn Thanh niên phường ra quân "Ngày Chủ nhật xanh" dọn vệ sinh môi trường các tuyến kênh, hẻm '
        "vào Chủ nhật tuần cuối hằng tháng.",
        "e) Hội Cựu chiến binh phường nắm tình hình, vận động hội viên tham gia giữ gìn an ninh trật tự tại "
        "khu dân cư; thực hiện thường xuyên.",
        "g) Hội LHPN giám sát việc thực hiện chính sách hỗ trợ phụ nữ đơn thân nuôi con nhỏ trong "
        "Quý I/2027.",
        "h) Ban Thanh tra nhân dân phường giám sát việc thi công công trình nâng cấp đường hẻm khu "
        "phố 5, báo "
        "cáo kết quả trước ngày 30/01/2027.",
        'i) Đề nghị Ủy ban nhân dân phường xem xét hỗ trợ kinh phí tổ chức chương trình "Tết Sum '
        'vầy" năm 2027 '
        "trước ngày 10/01/2027.",
        'k) Đề nghị Công an phường phối hợp bảo đảm an ninh trật tự tại các điểm tổ chức "Tết Sum vầy".',
        "l) Các tổ chức thành viên tiếp tục thực hiện tốt các cuộc vận động, phong trào thi đua do Mặt trận "
        "phát động.",
        "Các tổ chức thành viên, Ban Công tác Mặt trận các khu phố báo cáo kết quả thực hiện về Ban "
        "Thường trực "
        "(qua Văn phòng) trước ngày 25 hằng tháng.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Thường trực UBMTTQ TP (b/c);\n- Đảng ủy phường (b/c);\n- UBND phường;"
        "\n- Các tổ chức thành viên;\n- Lưu: VP.",
        "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\n\n\nTrịnh Văn Lực",
    )
    doc.save(path)


def batch_h723() -> None:
    """Writes h723–h732 but h731 (a text file written by hand); the .doc and .pdf through LibreOffice."""
    write_batch(
        [
            (h723_docx, "h723_cv_phong_tckh_khoa_so_ngan_sach.docx"),
            (h724_xlsx, "h724_ctr_quy_bvmt_tinh_gop_thoi_gian.xlsx"),
            (h725_docx, "h725_tbkl_bv_san_nhi_giao_ban.docx"),
            (h727_xlsx, "h727_lich_tuan_tt_dich_vu_viec_lam.xlsx"),
            (h728_docx, "h728_chi_tieu_nhnn_chi_nhanh_kv14.docx"),
            (h730_docx, "h730_ctr_quy_truong_chinh_tri_tinh.docx"),
            (h732_docx, "h732_tbkl_mttq_phuong_giao_ban.docx"),
        ],
        [
            (h726_docx, "h726_kh_trung_tam_tinh_nguyen_tet.docx", "doc"),
            (h729_docx, "h729_kh_chi_cuc_atvstp_tet.docx", "pdf"),
        ],
        _out,
    )
