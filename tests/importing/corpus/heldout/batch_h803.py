# ruff: noqa: E501 (h811's Markdown table rows are one line each, as printed)
"""Held-out batch h803–h812, written by h13author77 blind to the importer: ten documents of a
provincial Department of Justice's legal dissemination division, a district agricultural service
centre, a provincial Women's Union, a provincial library, a provincial market surveillance team, a
regional tax sub-department, a university's training office, a provincial food safety
sub-department's inspection division, a provincial investment and trade promotion centre and a
commune police station. Every name, person, place, number and date in them is invented."""

from pathlib import Path

from batch_common import (
    MARKS,
    bold_header,
    calendar_page,
    column_widths,
    document,
    grid,
    head_block,
    marked_paragraphs,
    notes_and_signer,
    out_path,
    para,
    sign_table,
    title_rows,
    wrap,
    write_batch,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h808_cv_chi_cuc_thue_khu_vuc_cuoi_nam",  # h13fixZC
    "h809_kh_quy_phong_dao_tao_dai_hoc",  # h13fixZC
    "h807_lich_tuan_doi_qltt",  # h13fixZB
    "h806_kh_thu_vien_tinh_ngay_sach",  # h13fixYZ
    "h810_kh_kiem_tra_attp_bep_an_truong_hoc",  # h13fixYZ
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h803_docx(h, path: Path) -> None:
    """Justice Department's dissemination division: a month's plan, persons in charge, sub-rows."""
    doc = document()
    head_block(
        doc,
        "SỞ TƯ PHÁP TỈNH BÌNH KHÊ\nPHÒNG PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT\n───────\nSố: 01/KH-PBGDPL",
        right2="Bình Khê, ngày 28 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH CÔNG TÁC THÁNG 01/2027", bold=True, center=True)
    para(doc, "của Phòng Phổ biến, giáo dục pháp luật", italic=True, center=True)
    para(
        doc,
        "Thực hiện Chương trình công tác năm 2027 của Sở Tư pháp và ý kiến chỉ đạo của Phó Giám đốc Sở "
        "phụ trách, Phòng Phổ biến, giáo dục pháp luật xây dựng kế hoạch công tác tháng 01/2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung công việc", "Người thực hiện", "Thời hạn", "Ghi chú"],
        [
            [
                "1",
                "Tổng hợp báo cáo công tác phổ biến, giáo dục pháp luật năm 2026 gửi Bộ Tư pháp",
                "PTP Đinh Quang Vũ",
                "05/01/2027",
                "Qua Văn phòng Sở",
            ],
            [
                "2",
                "Tham mưu Kế hoạch phổ biến, giáo dục pháp luật năm 2027 của Hội đồng phối hợp PBGDPL tỉnh",
                "PTP Đinh Quang Vũ",
                "08/01",
                "Trình Giám đốc Sở ký",
            ],
            [
                "3",
                "Biên soạn đề cương giới thiệu Luật Xử lý vi phạm hành chính (sửa đổi) có hiệu lực "
                "từ ngày 01/3/2027",
                "CV Hoàng Thị Mai",
                "15/01/2027",
                "",
            ],
            ["4", "Phát hành Bản tin Tư pháp số 01/2027", "", "", ""],
            ["", "- Biên tập, trình duyệt nội dung Bản tin", "CV Hoàng Thị Mai", "18/01", ""],
            ["", "- In, phát hành Bản tin đến các xã, phường", "CV Lò Văn Tiến", "27/01", "800 cuốn"],
            [
                "5",
                "Tổ chức Hội nghị tập huấn cho báo cáo viên pháp luật tỉnh",
                "Trưởng phòng",
                "20-21/01",
                "Hội trường Sở",
            ],
            [
                "6",
                "Kiểm tra công tác PBGDPL tại xã Phú Mỹ, xã Tân Lập",
                "Trưởng phòng;\nCV Hoàng Thị Mai",
                "26/01",
                "Phối hợp Phòng Hành chính tư pháp",
            ],
            [
                "7",
                "Hướng dẫn các xã, phường đánh giá chuẩn tiếp cận pháp luật năm 2026",
                "CV Lò Văn Tiến",
                "Trước Tết Nguyên đán",
                "",
            ],
            [
                "8",
                "Rà soát đội ngũ tuyên truyền viên pháp luật cấp xã, đề xuất công nhận bổ sung",
                "CV Trần Minh Khoa",
                "29/01",
                "",
            ],
            [
                "9",
                "Cập nhật tin, văn bản lên chuyên mục PBGDPL trên Cổng thông tin điện tử Sở",
                "CV Trần Minh Khoa",
                "Thường xuyên",
                "",
            ],
        ],
    )
    para(
        doc,
        "Kế hoạch có thể được điều chỉnh theo chỉ đạo của Lãnh đạo Sở. Các công chức trong Phòng báo cáo "
        "tiến độ công việc được giao cho Trưởng phòng vào chiều thứ Sáu hằng tuần.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- PGĐ Sở phụ trách (b/c);\n- Công chức trong Phòng;\n- Lưu: PBGDPL.",
        "TRƯỞNG PHÒNG\n\n\n\nVi Thị Thanh Loan",
    )
    doc.save(path)


def h804_xlsx(h, path: Path) -> None:
    """District agricultural service centre: an indicator sheet, seasons as times, a merged lead."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    title_rows(
        ws,
        [
            "UBND HUYỆN ĐỒNG KHÊ - TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP",
            "CHỈ TIÊU, NHIỆM VỤ CHUYÊN MÔN NĂM 2027",
            "(Kèm theo Quyết định số 96/QĐ-TTDVNN ngày 11/12/2026 của Giám đốc Trung tâm)",
        ],
        7,
        (1, 2),
    )
    ws.append([])
    ws.append(
        [
            "STT",
            "Chỉ tiêu, nhiệm vụ",
            "ĐVT",
            "Thực hiện 2026",
            "Kế hoạch 2027",
            "Bộ phận thực hiện",
            "Thời gian hoàn thành",
        ]
    )
    bold_header(ws, 5)
    rows = [
        ["I", "TRỒNG TRỌT - BẢO VỆ THỰC VẬT"],
        [
            1,
            "Xây dựng mô hình lúa chất lượng cao liên kết tiêu thụ sản phẩm",
            "ha",
            45,
            60,
            "Tổ Trồng trọt - Bảo vệ thực vật (Tổ TT-BVTV)",
            "Vụ Hè Thu 2027",
        ],
        [
            2,
            "Điều tra, dự báo sinh vật gây hại cây trồng, ra thông báo tình hình dịch hại",
            "kỳ",
            52,
            52,
            "Tổ TT-BVTV",
            "Hằng tuần",
        ],
        [3, "Hướng dẫn cấp mã số vùng trồng bưởi xuất khẩu", "mã số", 2, 4, "Tổ TT-BVTV", "30/9/2027"],
        ["II", "CHĂN NUÔI - THÚ Y"],
        [
            4,
            "Tiêm phòng vắc xin lở mồm long móng đợt 1 cho đàn trâu, bò",
            "% tổng đàn",
            82,
            "≥ 85",
            "Tổ Chăn nuôi - Thú y",
            "Tháng 4-5/2027",
        ],
        [5, "Tiêm phòng bệnh dại cho đàn chó", "con", "6.200", "7.000", None, "Quý II/2027"],
        [6, "Kiểm soát giết mổ tại các cơ sở giết mổ tập trung", "cơ sở", 3, 3, None, "Thường xuyên"],
        ["III", "KHUYẾN NÔNG - DỊCH VỤ"],
        [
            7,
            "Mở lớp tập huấn chuyển giao kỹ thuật cho nông dân",
            "lớp",
            38,
            40,
            "Tổ Khuyến nông",
            "15/12/2027",
        ],
        [
            8,
            "Cung ứng giống lúa cấp xác nhận cho nông dân",
            "tấn",
            120,
            150,
            "Tổ Dịch vụ tổng hợp",
            "Vụ Đông Xuân 2026-2027",
        ],
        [
            9,
            "Hướng dẫn 02 tổ hợp tác chuyển đổi thành hợp tác xã nông nghiệp",
            "tổ hợp tác",
            "-",
            2,
            "Tổ Khuyến nông, phối hợp Phòng Kinh tế",
            "31/10/2027",
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
    ws.merge_cells("F11:F13")
    wrap(ws, 6)
    notes_and_signer(
        ws,
        [
            "Ghi chú: Chỉ tiêu tiêm phòng tính trên tổng đàn thời điểm điều tra 01/10/2026.",
            "Các tổ chuyên môn báo cáo kết quả thực hiện chỉ tiêu về Bộ phận Hành chính - Tổng hợp "
            "trước ngày 22 hằng tháng.",
        ],
        ["GIÁM ĐỐC", "", "", "Trịnh Văn Sáng"],
        column=6,
    )
    column_widths(ws, [6, 48, 10, 10, 10, 26, 18])
    wb.save(path)


def h805_docx(h, path: Path) -> None:
    """Women's Union: notice of the chairwoman's conclusions, labels, a post, a skipped number."""
    doc = document()
    head_block(
        doc,
        "HỘI LHPN TỈNH BÌNH KHÊ\nBAN THƯỜNG VỤ\n***\nSố: 58/TB-HPN",
        "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
        right2="Bình Khê, ngày 02 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của đồng chí Chủ tịch Hội LHPN tỉnh tại cuộc họp giao ban tháng 11/2026",
        "Ngày 30/11/2026, đồng chí Hà Thị Ngọc Diệp, Chủ tịch Hội LHPN tỉnh chủ trì họp giao ban công "
        "tác tháng 11 và triển khai nhiệm vụ tháng 12/2026. Dự họp có các đồng chí Phó Chủ tịch, Trưởng, "
        "Phó các ban, Văn phòng Hội. Sau khi nghe các ban báo cáo, ý kiến thảo luận, đồng chí Chủ tịch "
        "kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Trong tháng 11/2026, các ban, Văn phòng đã bám sát chương trình công tác, hoàn thành tổ chức "
        "Hội thi “Phụ nữ khởi nghiệp sáng tạo” cấp tỉnh; tuy nhiên tiến độ tổng hợp số liệu hội viên còn "
        "chậm, một số báo cáo gửi muộn.",
        "**II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
        "**1. Ban Tổ chức - Kiểm tra:",
        "a) Hoàn thiện dự thảo Báo cáo tổng kết công tác Hội và phong trào phụ nữ năm 2026, trình Thường "
        "trực trước ngày 15/12/2026.",
        "b) Hướng dẫn Hội LHPN cấp cơ sở đánh giá, xếp loại tổ chức Hội năm 2026; xong trong tháng 12/2026.",
        "c) Thẩm định hồ sơ đề nghị khen thưởng tập thể, cá nhân năm 2026, trình Hội đồng Thi đua - Khen "
        "thưởng Hội trước ngày 25/12/2026.",
        "2. Ban Tuyên giáo phối hợp Báo Bình Khê duy trì chuyên mục “Phụ nữ Bình Khê”, đăng tải định kỳ "
        "hằng tháng.",
        "3. Ban Gia đình - Xã hội chủ trì, phối hợp Ban Tuyên giáo tổ chức chương trình “Tết yêu thương” "
        "trao 300 suất quà cho phụ nữ, trẻ em có hoàn cảnh khó khăn; hoàn thành trước Tết Nguyên đán "
        "Đinh Mùi.",
        "5. Phó Chủ tịch phụ trách công tác kinh tế (đồng chí Phạm Thu Trang) làm việc với Chi nhánh Ngân "
        "hàng Chính sách xã hội tỉnh về chất lượng tín dụng ủy thác qua Hội, ngày 08/01/2027.",
        "6. Văn phòng Hội chuẩn bị các điều kiện tổ chức Hội nghị Ban Chấp hành lần thứ 6 (mở rộng), dự "
        "kiến ngày 29/12/2026.",
        "7. Các ban chuyên môn theo lĩnh vực được phân công chủ động phối hợp, bảo đảm tiến độ công việc.",
        "8. Đề nghị Sở Y tế phối hợp tổ chức khám sàng lọc ung thư vú miễn phí cho 500 hội viên phụ nữ "
        "trong Quý I/2027.",
        "9. Đề nghị Hội LHPN các xã, phường báo cáo kết quả phát triển hội viên năm 2026 về Ban Tổ chức - "
        "Kiểm tra trước ngày 10/12/2026.",
        "Ban Thường vụ Hội LHPN tỉnh thông báo để các ban, đơn vị biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Thường trực Hội (b/c);\n- Các ban, Văn phòng;\n- Hội LHPN các xã, phường;\n- Lưu: VT.",
        "TL. BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\n\n\nĐoàn Thị Kim Oanh",
    )
    doc.save(path)


def h806_docx(h, path: Path) -> None:
    """Provincial library: a prose plan with labelled fields of three spellings and a run-in close."""
    doc = document()
    head_block(
        doc,
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTHƯ VIỆN TỈNH BÌNH KHÊ\n───────\nSố: 112/KH-TV",
        right2="Bình Khê, ngày 10 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2027",
        "Thực hiện Kế hoạch số 418/KH-SVHTTDL ngày 02/12/2026 của Sở Văn hóa, Thể thao và Du lịch, Thư "
        "viện tỉnh xây dựng Kế hoạch tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Lan tỏa thói quen đọc sách trong cộng đồng, nhất là thanh thiếu niên; các hoạt động tổ chức thiết "
        "thực, tiết kiệm.",
        "**II. THỜI GIAN, ĐỊA ĐIỂM",
        "Từ ngày 15/4/2027 đến ngày 25/4/2027, tại Thư viện tỉnh và một số trường học trên địa bàn.",
        "**III. NỘI DUNG HOẠT ĐỘNG",
        "1. Trưng bày, giới thiệu sách chủ đề “Đọc để vươn xa”",
        "- Thời gian: từ 15/4 đến 25/4/2027.",
        "- Đơn vị thực hiện: Phòng Thông tin - Thư mục.",
        "2. Cuộc thi “Đại sứ Văn hóa đọc” tỉnh Bình Khê năm 2027",
        "- Phát động cuộc thi trước ngày 28/02/2027; tổng kết, trao giải ngày 21/4/2027.",
        "- Bộ phận thực hiện: Phòng Phục vụ bạn đọc.",
        "3. Ngày hội đọc sách tại các trường học bằng xe thư viện lưu động (Phòng Bổ sung - Xử lý tài liệu "
        "và Tổ Thư viện lưu động thực hiện; tháng 3 - 4/2027).",
        "4. Tọa đàm “Sách và chuyển đổi số”",
        "- Thời gian: dự kiến ngày 19/4/2027.",
        "- Phòng thực hiện: Phòng Tin học - Thư viện số.",
        "5. Cấp thẻ bạn đọc miễn phí cho học sinh",
        "- Thời gian: trong tháng 4/2027.",
        "- Đơn vị thực hiện: Phòng Phục vụ bạn đọc.",
        "**IV. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Hành chính - Tổng hợp là đơn vị đầu mối, theo dõi, đôn đốc các phòng thực hiện Kế "
        "hoạch; tổng hợp báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 05/5/2027.",
        "2. Phòng Hành chính - Tổng hợp chuẩn bị hội trường, âm thanh, khánh tiết cho Lễ khai mạc ngày "
        "15/4/2027.",
        "3. Các phòng chuyên môn căn cứ nhiệm vụ được giao chủ động triển khai thực hiện.",
        "4. Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường trung học phổ thông phối hợp với Thư viện "
        "tỉnh tổ chức Ngày hội đọc sách.",
        "Kinh phí thực hiện từ nguồn ngân sách sự nghiệp văn hóa năm 2027 giao Thư viện tỉnh./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở VHTTDL (b/c);\n- Sở GDĐT (p/h);\n- Các phòng;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nLâm Hữu Phước",
    )
    doc.save(path)


def h807_docx(h, path: Path) -> None:
    """Market surveillance team: a weekly calendar, days merged down, a two-day entry, duty lines."""
    doc = calendar_page(
        "CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH BÌNH KHÊ\nĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 2\n───────",
        "Đồng Khê, ngày 05 tháng 12 năm 2026",
        "LỊCH CÔNG TÁC TUẦN 50",
        "(Từ ngày 07/12/2026 đến ngày 13/12/2026)",
    )
    t = grid(
        doc,
        ["Thứ, ngày", "Giờ", "Nội dung công việc", "Chủ trì", "Bộ phận chuẩn bị", "Địa điểm"],
        [
            [
                "Thứ Hai\n07/12",
                "08h00",
                "Giao ban Đội tuần 50",
                "Đội trưởng Vũ Đình Hưng",
                "Tổ Nghiệp vụ - Tổng hợp",
                "Phòng họp Đội",
            ],
            [
                "",
                "14h00",
                "Kiểm tra hộ kinh doanh mỹ phẩm tại chợ Đồng Khê",
                "PĐT Lê Hoàng Phúc",
                "Tổ Kiểm tra số 1",
                "Chợ Đồng Khê",
            ],
            [
                "Thứ Ba\n08/12",
                "14h00",
                "Dự Hội nghị triển khai cao điểm chống buôn lậu, gian lận thương "
                "mại cuối năm (chuẩn bị báo cáo tham luận)",
                "Đội trưởng Vũ Đình Hưng",
                "Tổ Nghiệp vụ - Tổng hợp",
                "Chi cục QLTT tỉnh",
            ],
            [
                "Thứ Ba - Thứ Tư\n08-09/12",
                "Cả ngày",
                "Kiểm tra hàng hóa nhập lậu trên tuyến Quốc lộ 1A (phối hợp Công an xã, Thuế cơ sở)",
                "PĐT Lê Hoàng Phúc",
                "Tổ Kiểm tra số 2",
                "Km 1124",
            ],
            ["Thứ Tư\n09/12", "Cả ngày", "Đội trưởng làm việc tại cơ quan", "", "", ""],
            [
                "Thứ Năm\n10/12",
                "08h00",
                "Tiếp công dân định kỳ",
                "Đội trưởng Vũ Đình Hưng",
                "Tổ Nghiệp vụ - Tổng hợp",
                "Trụ sở Đội",
            ],
            [
                "",
                "14h00",
                "Họp xét hồ sơ xử phạt vi phạm hành chính 03 vụ việc tháng 11",
                "PĐT Lê Hoàng Phúc",
                "Tổ Kiểm tra số 1",
                "Phòng họp Đội",
            ],
            [
                "Thứ Sáu\n11/12",
                "08h00",
                "Tuyên truyền, ký cam kết không kinh doanh hàng giả với tiểu thương chợ Bến Lội (dự kiến)",
                "PĐT Lê Hoàng Phúc",
                "Tổ Kiểm tra số 2",
                "Chợ Bến Lội",
            ],
            [
                "",
                "15h00",
                "Tổng hợp kết quả kiểm tra trong tuần, báo cáo Chi cục",
                "Đội trưởng Vũ Đình Hưng",
                "Tổ Nghiệp vụ - Tổng hợp",
                "Trụ sở Đội",
            ],
            ["Thứ Bảy\n12/12", "", "Trực Đội: PĐT Lê Hoàng Phúc", "", "", ""],
            ["Chủ nhật\n13/12", "", "(Không có lịch)", "", "", ""],
        ],
    )
    for top, bottom in ((1, 2), (6, 7), (8, 9)):
        merged = t.cell(top, 0).merge(t.cell(bottom, 0))
        merged.text = t.cell(top, 0).text.strip()
    para(
        doc,
        "Lịch công tác có thể điều chỉnh khi có nhiệm vụ đột xuất. Các Tổ đăng ký lịch công tác tuần sau "
        "về Tổ Nghiệp vụ - Tổng hợp trước 15h00 thứ Năm hằng tuần.",
        italic=True,
    )
    sign_table(
        doc, "Nơi nhận:\n- Chi cục QLTT (b/c);\n- Các Tổ;\n- Lưu: Đội.", "ĐỘI TRƯỞNG\n\n\n\nVũ Đình Hưng"
    )
    doc.save(path)


def h808_docx(h, path: Path) -> None:
    """Regional tax sub-department: a year-end dispatch, two teams on one point, a defined short form."""
    doc = document()
    head_block(
        doc,
        "CỤC THUẾ\nCHI CỤC THUẾ KHU VỰC XI\n───────\nSố: 3307/CCTKV11-NVDTPC\nV/v tập trung hoàn thành "
        "nhiệm vụ thu ngân sách năm 2026",
        right2="Bình Khê, ngày 01 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi: Các Đội thuộc Chi cục Thuế khu vực XI.",
        "Để hoàn thành dự toán thu ngân sách nhà nước năm 2026 được giao, Chi cục trưởng yêu cầu các Đội "
        "tập trung thực hiện các nội dung sau:",
        "**1. Đội Kê khai - Kế toán thuế và Tin học (Đội KK-KTT&TH)",
        "a) Rà soát, đối chiếu số nợ, số nộp của người nộp thuế trên hệ thống TMS, điều chỉnh sai sót; "
        "hoàn thành trước ngày 20/12/2026.",
        "b) Chốt sổ kế toán thuế năm 2026 vào ngày 31/12/2026.",
        "**2. Đội Quản lý nợ và Cưỡng chế nợ thuế",
        "a) Tập trung thu hồi nợ đọng, phấn đấu tỷ lệ nợ thuế dưới 5% tổng thu; thực hiện đến hết ngày "
        "31/12/2026.",
        "b) Cập nhật danh sách người nộp thuế nợ trên 90 ngày, công khai thông tin theo quy định hằng tháng.",
        "**3. Đội Kiểm tra thuế số 1, Đội Kiểm tra thuế số 2",
        "Hoàn thành 100% kế hoạch kiểm tra tại trụ sở người nộp thuế năm 2026, gửi hồ sơ về Đội Nghiệp vụ "
        "- Dự toán - Pháp chế. Thời hạn: trước ngày 25/12/2026.",
        "**4. Đội Tuyên truyền - Hỗ trợ người nộp thuế",
        "Công khai danh sách hộ kinh doanh nộp thuế khoán năm 2027, niêm yết tại trụ sở Ủy ban nhân dân "
        "các xã, phường trước ngày 05/01/2027.",
        "5. Đội KK-KTT&TH hướng dẫn quyết toán thuế thu nhập cá nhân năm 2026 qua ứng dụng eTax Mobile; "
        "tổ chức 02 hội nghị tập huấn cho doanh nghiệp trong tháng 01/2027.",
        "**6. Đề nghị Kho bạc Nhà nước khu vực XI",
        "Phối hợp đối chiếu số thu ngân sách năm 2026 theo từng sắc thuế với Chi cục trước ngày 05/01/2027.",
        "Các Đội báo cáo kết quả thực hiện về Đội Nghiệp vụ - Dự toán - Pháp chế trước 16 giờ thứ Sáu "
        "hằng tuần, đến hết ngày 08/01/2027. Yêu cầu các Đội nghiêm túc thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Cục Thuế (b/c);\n- KBNN khu vực XI;\n- Lưu: VT, NVDTPC.",
        "CHI CỤC TRƯỞNG\n\n\n\nTạ Quốc Thịnh",
    )
    doc.save(path)


def h809_xlsx(h, path: Path) -> None:
    """University training office: a quarter's plan, months as x-mark columns, persons in charge."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "KH Quy I"
    title_rows(
        ws,
        [
            "TRƯỜNG ĐẠI HỌC KỸ THUẬT BÌNH KHÊ - PHÒNG ĐÀO TẠO",
            "KẾ HOẠCH CÔNG TÁC QUÝ I NĂM 2027",
            "(Ban hành ngày 22/12/2026)",
        ],
        8,
        (1, 2),
    )
    ws.append([])
    ws.append(
        ["TT", "Công việc", "Chuyên viên phụ trách", "Phối hợp", "Tháng 1", "Tháng 2", "Tháng 3", "Ghi chú"]
    )
    bold_header(ws, 5)
    rows = [
        [
            "1",
            "Xếp thời khóa biểu học kỳ II năm học 2026-2027",
            "CV Đặng Minh Tú",
            "Các khoa",
            "x",
            "",
            "",
            "",
        ],
        [
            "2",
            "Tổ chức thi kết thúc học phần học kỳ I (đợt thi bổ sung)",
            "PTP Ngô Thị Hạnh",
            "Phòng Khảo thí",
            "x",
            "",
            "",
            "",
        ],
        [
            "3",
            "Báo cáo Bộ GDĐT số liệu tuyển sinh năm 2026 trên hệ thống HEMIS",
            "TP Hà Văn Quân",
            "",
            "x",
            "",
            "",
            "Hạn 15/01/2027",
        ],
        [
            "4",
            "Tổng hợp kết quả học tập học kỳ I, xử lý học vụ (cảnh báo, buộc thôi học)",
            "CV Lý Thu Trang",
            "Phòng Công tác sinh viên",
            "",
            "x",
            "",
            "",
        ],
        [
            "5",
            "Rà soát, cập nhật chương trình đào tạo 12 ngành theo chuẩn chương trình đào tạo",
            "PTP Ngô Thị Hạnh",
            "Các khoa",
            "x",
            "x",
            "x",
            "",
        ],
        ["6", "Tuyển sinh đào tạo thạc sĩ đợt 1 năm 2027", "", "", "", "", "", ""],
        [
            "6.1",
            "Ra thông báo tuyển sinh, nhận hồ sơ",
            "CV Lý Thu Trang",
            "Phòng Truyền thông",
            "x",
            "",
            "",
            "",
        ],
        ["6.2", "Tổ chức thi tuyển, xét tuyển", "PTP Ngô Thị Hạnh", "Hội đồng tuyển sinh", "", "", "x", ""],
        ["7", "Xét công nhận tốt nghiệp đợt tháng 3/2027", "TP Hà Văn Quân", "Các khoa", "", "", "x", ""],
        [
            "8",
            "Cập nhật điểm, dữ liệu người học lên phần mềm quản lý đào tạo",
            "CV Đặng Minh Tú",
            "",
            "Thường xuyên",
            None,
            None,
            "",
        ],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells(start_row=ws.max_row, start_column=5, end_row=ws.max_row, end_column=7)
    wrap(ws, 6)
    notes_and_signer(
        ws,
        [
            "Chuyên viên cập nhật tiến độ công việc vào bảng theo dõi chung của Phòng trước 17h00 thứ Sáu "
            "hằng tuần."
        ],
        ["TRƯỞNG PHÒNG ĐÀO TẠO", "", "", "Hà Văn Quân"],
        column=7,
    )
    column_widths(ws, [6, 50, 20, 20, 9, 9, 9, 16])
    wb.save(path)


def h810_docx(h, path: Path) -> None:
    """Food safety inspection division: a prose inspection plan, a deputy by field, vague times."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH BÌNH KHÊ\nCHI CỤC AN TOÀN VỆ SINH THỰC PHẨM\nPHÒNG NGHIỆP VỤ THANH TRA, KIỂM TRA\n"
        "───────\nSố: 14/KH-NVTTKT",
        right2="Bình Khê, ngày 21 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Kiểm tra an toàn thực phẩm bếp ăn tập thể trường học học kỳ II năm học 2026 - 2027",
        "Thực hiện Kế hoạch số 302/KH-CCATVSTP ngày 10/12/2026 của Chi cục An toàn vệ sinh thực phẩm, "
        "Phòng Nghiệp vụ thanh tra, kiểm tra xây dựng Kế hoạch như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Phòng ngừa ngộ độc thực phẩm tại trường học; phát hiện, xử lý kịp thời các vi phạm.",
        "**II. PHẠM VI, THỜI GIAN",
        "Thời gian kiểm tra: từ tháng 01 đến tháng 3/2027. Đối tượng: 43 bếp ăn tập thể, căng tin và 04 "
        "cơ sở cung cấp suất ăn sẵn cho trường học.",
        "**III. NỘI DUNG, TIẾN ĐỘ",
        "1. Bộ phận Tổng hợp hoàn thiện danh sách cơ sở, biểu mẫu biên bản, trình Chi cục trưởng ký quyết "
        "định thành lập các Đoàn kiểm tra trước ngày 04/01/2027.",
        "2. Đoàn kiểm tra số 1 kiểm tra 25 bếp ăn tập thể trường mầm non, tiểu học khu vực phía Bắc tỉnh, "
        "từ ngày 11/01 đến ngày 12/3/2027.",
        "3. Đoàn kiểm tra số 2 kiểm tra 18 bếp ăn, căng tin trường trung học và 04 cơ sở cung cấp suất ăn "
        "sẵn, từ ngày 18/01 đến ngày 26/3/2027.",
        "4. Bộ phận Pháp chế rà soát hồ sơ, tham mưu xử lý các vi phạm phát hiện qua kiểm tra; tổng hợp "
        "kết quả xử lý trước ngày 05/4/2027.",
        "**IV. TỔ CHỨC THỰC HIỆN",
        "1. Trưởng phòng chỉ đạo chung, chịu trách nhiệm trước Chi cục trưởng về kết quả kiểm tra.",
        "2. Phó Trưởng phòng phụ trách kiểm tra sau cấp phép (đồng chí Mai Văn Tùng) trực tiếp kiểm tra "
        "đột xuất 05 cơ sở cung cấp suất ăn có dấu hiệu vi phạm, trong tháng 3/2027.",
        "3. Phòng Hành chính - Tổng hợp của Chi cục bố trí kinh phí, phương tiện cho các Đoàn kiểm tra.",
        "4. Trưởng các Đoàn kiểm tra gửi báo cáo kết quả về Bộ phận Tổng hợp chậm nhất 03 ngày làm việc "
        "sau khi kết thúc đợt kiểm tra.",
        "5. Đề nghị Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm tỉnh phân tích các mẫu do Đoàn kiểm "
        "tra gửi, trả kết quả trong 05 ngày làm việc kể từ ngày nhận mẫu.",
        "6. Đề nghị Sở Giáo dục và Đào tạo thông báo Kế hoạch này đến các trường học trước ngày "
        "08/01/2027./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Chi cục trưởng (b/c);\n- Sở GDĐT;\n- TT Kiểm nghiệm tỉnh;\n- Lưu: NVTTKT.",
        "TRƯỞNG PHÒNG\n\n\n\nNông Thị Bích Hạnh",
    )
    doc.save(path)


H811 = """**UBND TỈNH BÌNH KHÊ**
**TRUNG TÂM XÚC TIẾN ĐẦU TƯ, THƯƠNG MẠI VÀ DU LỊCH**
Số: 205/CTr-TTXT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc
*Bình Khê, ngày 18 tháng 12 năm 2026*

# CHƯƠNG TRÌNH XÚC TIẾN ĐẦU TƯ, THƯƠNG MẠI NĂM 2027

Căn cứ Quyết định số 2214/QĐ-UBND ngày 30/11/2026 của UBND tỉnh phê duyệt Chương trình xúc tiến \
đầu tư tỉnh năm 2027, Trung tâm ban hành Chương trình công tác năm 2027 như sau:

| TT | Hoạt động | Thời gian | Phòng chủ trì | Kinh phí (triệu đồng) |
|---|---|---|---|---|
| **A** | **XÚC TIẾN ĐẦU TƯ** | | | |
| 1 | Xây dựng, cập nhật Danh mục dự án kêu gọi đầu tư giai đoạn 2027-2028 (song ngữ Việt - Anh) | Quý I/2027 | Phòng Xúc tiến đầu tư | 150 |
| 2 | Tổ chức Hội nghị gặp mặt nhà đầu tư đầu xuân Đinh Mùi | Tháng 02/2027 | Phòng Xúc tiến đầu tư | 300 |
| 3 | Đoàn xúc tiến đầu tư tại Hàn Quốc, Nhật Bản | Quý II - III/2027 | Phòng Xúc tiến đầu tư | 1.200 |
| 4 | Đón tiếp, hỗ trợ nhà đầu tư đến tìm hiểu cơ hội đầu tư | Khi có yêu cầu | Phòng Xúc tiến đầu tư | - |
| **B** | **XÚC TIẾN THƯƠNG MẠI** | | | |
| 5 | Tham gia Hội chợ Công Thương vùng Bắc Trung Bộ | Tháng 9/2027<br>(theo lịch của Bộ Công Thương) | Phòng Xúc tiến thương mại | 250 |
| 6 | Hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử | Thường xuyên | Phòng Xúc tiến thương mại | 80 |
| **C** | **THÔNG TIN, ĐÀO TẠO** | | | |
| 7 | Sản xuất video giới thiệu môi trường đầu tư tỉnh, đăng tải trên Cổng thông tin | Tháng 6/2027 | Phòng Thông tin - Hỗ trợ doanh nghiệp | 120 |
| 8 | Phát hành Bản tin xúc tiến đầu tư - thương mại | Hằng quý | Phòng Thông tin - Hỗ trợ doanh nghiệp | 60 |
| 9 | Tập huấn kỹ năng xúc tiến đầu tư cho cán bộ cấp xã | 15/10/2027 | Phòng Hành chính - Tổng hợp; Phòng Xúc tiến đầu tư | 45 |
| | **Tổng cộng** | | | **2.205** |

Các phòng chuyên môn báo cáo kết quả thực hiện Chương trình về Phòng Hành chính - Tổng hợp \
trước ngày 20 của tháng cuối quý để tổng hợp, báo cáo Sở Công Thương.

**Nơi nhận:** Sở Công Thương (b/c); Sở Tài chính; các phòng; Lưu: VT.

**GIÁM ĐỐC**

*(đã ký)*

**Chu Minh Đức**
"""


def h811_md(h, path: Path) -> None:
    """Investment promotion centre: a yearly programme as a Markdown table, lettered groups, a total."""
    path.write_text(H811, encoding="utf-8")


def h812_docx(h, path: Path) -> None:
    """Commune police: a Tết security plan, team labels over dash tasks, times in parentheses."""
    doc = document()
    head_block(
        doc,
        "CÔNG AN TỈNH BÌNH KHÊ\nCÔNG AN XÃ TÂN PHÚ\n───────\nSố: 87/KH-CAX",
        right2="Tân Phú, ngày 15 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Bảo đảm an ninh, trật tự Tết Nguyên đán Đinh Mùi năm 2027",
        "Thực hiện Kế hoạch số 655/KH-CAT-PV01 ngày 08/12/2026 của Công an tỉnh, Công an xã Tân Phú xây "
        "dựng Kế hoạch bảo đảm an ninh, trật tự Tết Nguyên đán Đinh Mùi năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Giữ vững an ninh chính trị, trật tự an toàn xã hội, không để xảy ra đột xuất, bất ngờ.",
        "**II. NỘI DUNG",
        "**1. Tổ An ninh:",
        "- Nắm tình hình, rà soát, quản lý các đối tượng có biểu hiện hoạt động phức tạp (thường xuyên).",
        "- Kiểm tra, quản lý lưu trú tại 12 nhà nghỉ, homestay trên địa bàn (từ 25/01 đến 15/02/2027).",
        "**2. Tổ Cảnh sát trật tự:",
        "- Tổng kiểm tra các cơ sở kinh doanh ngành nghề có điều kiện về an ninh, trật tự và phòng cháy, "
        "chữa cháy (hoàn thành trước 20/01/2027).",
        "- Tuần tra, xử lý vi phạm về trật tự an toàn giao thông trên tuyến ĐT.742 (cao điểm từ 30/01 đến "
        "20/02/2027).",
        "- Tuyên truyền cấm sản xuất, mua bán, đốt pháo trên loa truyền thanh xã hằng ngày.",
        "**3. Tổ Tổng hợp:",
        "- Tham mưu tổ chức Lễ ra quân tấn công, trấn áp tội phạm dịp Tết (ngày 22/01/2027).",
        "- Tổng hợp tình hình, báo cáo Công an tỉnh trước 15h00 hằng ngày trong thời gian cao điểm.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Tổ Tổng hợp là bộ phận đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch này; tổng hợp kết "
        "quả báo cáo Trưởng Công an xã trước ngày 25/02/2027.",
        "2. Các tổ công tác căn cứ Kế hoạch chủ động triển khai thực hiện.",
        "3. Đề nghị Ban Chỉ huy Quân sự xã phối hợp tuần tra, bảo vệ đêm Giao thừa (đêm 05/02/2027).",
        "4. Cảnh sát khu vực phụ trách các thôn báo cáo tình hình an ninh, trật tự địa bàn về Tổ Tổng hợp "
        "trước 16h00 hằng ngày.",
        "Kinh phí thực hiện từ nguồn ngân sách xã và các nguồn hợp pháp khác./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Công an tỉnh (PV01);\n- Đảng ủy, UBND xã;\n- Các tổ;\n- Lưu: CAX.",
        "TRƯỞNG CÔNG AN XÃ\n\n\n\nThiếu tá Lò Văn Khánh",
    )
    doc.save(path)


def batch_h803() -> None:
    write_batch(
        [
            (h803_docx, "h803_kh_thang_phong_pbgdpl_so_tu_phap.docx"),
            (h804_xlsx, "h804_chi_tieu_tt_dich_vu_nong_nghiep_huyen.xlsx"),
            (h805_docx, "h805_tbkl_hoi_lhpn_tinh_giao_ban.docx"),
            (h808_docx, "h808_cv_chi_cuc_thue_khu_vuc_cuoi_nam.docx"),
            (h809_xlsx, "h809_kh_quy_phong_dao_tao_dai_hoc.xlsx"),
            (h810_docx, "h810_kh_kiem_tra_attp_bep_an_truong_hoc.docx"),
            (h811_md, "h811_ctr_xuc_tien_dau_tu_tinh.md"),
            (h812_docx, "h812_kh_cong_an_xa_tet.docx"),
        ],
        [
            (h806_docx, "h806_kh_thu_vien_tinh_ngay_sach.docx", "doc"),
            (h807_docx, "h807_lich_tuan_doi_qltt.docx", "pdf"),
        ],
        _out,
    )
