# ruff: noqa: E501
"""Held-out batch h883–h892, written by h13author85 blind to the importer: ten documents of a
provincial tax department's inspection division, a provincial Department of Labour's occupational
safety division, a provincial traditional medicine hospital, a city environmental sanitation
company, a provincial crop production and plant protection sub-department, a district civil
judgment enforcement sub-department, a provincial land registration office, a provincial Department
of Science and Technology's standards and quality sub-department, a provincial children's hospital
and an ethnic minority boarding school. Every name, person, place, number and date in them is
invented."""

from pathlib import Path

from batch_common import (
    MARKS,
    bold_header,
    calendar_page,
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
    "h883_kh_thanh_tra_thue_doi_ttkt",  # h13fixWH
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h883_docx(h, path: Path) -> None:
    """Tax inspection division: a yearly inspection plan, team labels with short forms over lettered points."""
    doc = document()
    head_block(
        doc,
        "THUẾ TỈNH ĐÔNG KHÊ\nPHÒNG THANH TRA - KIỂM TRA SỐ 1\n───────\nSố: 118/KH-TTKT1",
        right2="Đông Khê, ngày 14 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Thanh tra, kiểm tra thuế năm 2027",
        "Căn cứ Quyết định số 2210/QĐ-TCT ngày 20/11/2026 về việc giao chỉ tiêu thanh tra, kiểm tra năm 2027; căn cứ chỉ đạo của Lãnh đạo Thuế tỉnh, Phòng Thanh tra - Kiểm tra số 1 xây dựng Kế hoạch thanh tra, kiểm tra năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Phát hiện, xử lý kịp thời các hành vi vi phạm pháp luật về thuế, chống thất thu ngân sách.",
        "2. Thanh tra, kiểm tra đúng đối tượng, không chồng chéo, không gây phiền hà cho người nộp thuế.",
        "**II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN",
        "Chỉ tiêu năm 2027: thanh tra 42 doanh nghiệp, kiểm tra tại trụ sở 160 doanh nghiệp; số thuế truy thu, phạt dự kiến 38 tỷ đồng.",
        "**1. Đội Thanh tra - Kiểm tra số 1 (sau đây gọi là Đội TTKT1)",
        "a) Thanh tra tại trụ sở 18 doanh nghiệp có dấu hiệu rủi ro cao về hoàn thuế giá trị gia tăng; hoàn thành trước ngày 30/11/2027.",
        "b) Kiểm tra sau hoàn thuế đối với các hồ sơ thuộc diện hoàn trước, kiểm tra sau năm 2026; thời gian: Quý II/2027.",
        "**2. Đội Thanh tra - Kiểm tra số 2 (sau đây gọi là Đội TTKT2)",
        "a) Kiểm tra chuyên đề về giao dịch liên kết (chuyển giá) đối với 06 doanh nghiệp có vốn đầu tư nước ngoài; thời gian từ tháng 5 đến tháng 8/2027.",
        "b) Đôn đốc thu nộp số thuế truy thu, tiền phạt, tiền chậm nộp theo kết luận thanh tra, kiểm tra; báo cáo kết quả hằng tháng.",
        "**3. Tổ Phân tích rủi ro",
        "Cập nhật, phân tích dữ liệu người nộp thuế trên ứng dụng TPR, lập danh sách đối tượng dự kiến thanh tra năm 2028, trình Trưởng phòng trước ngày 15/10/2027.",
        "4. Đội TTKT1 phối hợp với Đội TTKT2 kiểm tra 100% hồ sơ khai thuế thu nhập doanh nghiệp quyết toán có số lỗ lũy kế lớn tại trụ sở cơ quan thuế; thực hiện thường xuyên.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phó Trưởng phòng phụ trách thanh tra (ông Hà Minh Quân) chỉ đạo xây dựng đề cương thanh tra từng cuộc, hoàn thành trước ngày 31/01/2027.",
        "2. Các Phó Trưởng phòng theo lĩnh vực được phân công chỉ đạo các đội triển khai thực hiện Kế hoạch.",
        "3. Đội TTKT2 là đơn vị đầu mối, tổng hợp, theo dõi việc thực hiện Kế hoạch này.",
        "4. Đề nghị Phòng Quản lý hộ kinh doanh, cá nhân và thu khác cung cấp dữ liệu kê khai của các chi nhánh, địa điểm kinh doanh phụ thuộc cho Phòng trước ngày 20/01/2027.",
        "5. Các đội báo cáo kết quả thực hiện về Phòng (qua bộ phận tổng hợp) trước ngày 25 hằng tháng.",
        "Trong quá trình thực hiện, nếu có phát sinh, các đội báo cáo Trưởng phòng để xem xét, điều chỉnh./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Lãnh đạo Thuế tỉnh (b/c);\n- Các đội thuộc phòng;\n- Lưu: TTKT1.",
        "TRƯỞNG PHÒNG\n\n\n\nNguyễn Thị Kim Thoa",
    )
    doc.save(path)


def h884_xlsx(h, path: Path) -> None:
    """Labour occupational safety division: a yearly task sheet, group rows, P.ATLĐ after its first naming, notes under."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "KH ATVSLD 2027"
    title_rows(
        ws,
        [
            "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐÔNG KHÊ",
            "PHÒNG AN TOÀN LAO ĐỘNG",
            "KẾ HOẠCH CÔNG TÁC AN TOÀN, VỆ SINH LAO ĐỘNG NĂM 2027",
            "(Kèm theo Kế hoạch số 305/KH-SLĐTBXH ngày 18/12/2026 của Sở Lao động - Thương binh và Xã hội)",
        ],
        6,
        (1, 2, 3),
    )
    ws.append([])
    ws.append(
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"]
    )
    bold_header(ws, 6)
    rows = [
        ["I", "CÔNG TÁC TUYÊN TRUYỀN, HUẤN LUYỆN"],
        [
            1,
            "Tổ chức Tháng hành động về an toàn, vệ sinh lao động năm 2027",
            "Phòng An toàn lao động (P.ATLĐ)",
            "Liên đoàn Lao động tỉnh; UBND các huyện, thị xã",
            "Tháng 5/2027",
            "",
        ],
        [
            2,
            "Huấn luyện an toàn, vệ sinh lao động cho người làm công tác ATVSLĐ tại doanh nghiệp nhỏ và vừa",
            "P.ATLĐ",
            "Các tổ chức huấn luyện",
            "Quý II và Quý III/2027",
            "02 lớp",
        ],
        [
            3,
            "Đăng tải tin, bài cảnh báo tai nạn lao động trên Trang thông tin điện tử của Sở",
            "Văn phòng Sở",
            "P.ATLĐ",
            "Thường xuyên",
            "",
        ],
        ["II", "CÔNG TÁC THANH TRA, KIỂM TRA"],
        [
            4,
            "Kiểm tra việc chấp hành pháp luật về ATVSLĐ tại 30 doanh nghiệp xây dựng, khai thác khoáng sản",
            "Thanh tra Sở",
            "P.ATLĐ",
            "Tháng 6 - 9/2027",
            "Theo Quyết định thanh tra riêng",
        ],
        [
            5,
            "Kiểm tra hoạt động kiểm định máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động",
            "P.ATLĐ",
            "",
            "15/10/2027",
            "",
        ],
        [
            6,
            "Điều tra tai nạn lao động chết người, tai nạn làm bị thương nặng từ 02 người trở lên",
            "P.ATLĐ",
            "Công an tỉnh; Liên đoàn Lao động tỉnh",
            "Khi có vụ việc",
            "",
        ],
        ["III", "CÔNG TÁC THỐNG KÊ, BÁO CÁO"],
        [
            7,
            "Tổng hợp báo cáo tình hình tai nạn lao động 6 tháng và cả năm, báo cáo UBND tỉnh và Bộ",
            "P.ATLĐ",
            "",
            "Trước 15/7/2027 và 15/12/2027",
            "",
        ],
        [
            8,
            "Cập nhật cơ sở dữ liệu về tai nạn lao động, bệnh nghề nghiệp",
            "P.ATLĐ",
            "Bảo hiểm xã hội tỉnh",
            "Hằng quý",
            "",
        ],
        [
            9,
            "Rà soát, đề xuất sửa đổi Quy chế phối hợp trong điều tra tai nạn lao động",
            "Văn phòng Sở",
            "P.ATLĐ; Thanh tra Sở",
            "Quý IV/2027",
            "",
        ],
        [
            10,
            "Tổng kết công tác an toàn, vệ sinh lao động năm 2027",
            "P.ATLĐ",
            "Các sở, ngành",
            "Tháng 12/2027",
            "",
        ],
        ["", "Tổng số: 10 nhiệm vụ"],
    ]
    first = ws.max_row + 1
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)
    wrap(ws, first)
    ws.append([])
    ws.append(["", "Ghi chú: - Chữ viết tắt: ATVSLĐ - an toàn, vệ sinh lao động."])
    ws.append(
        [
            "",
            "- Các đơn vị báo cáo kết quả thực hiện về Sở (qua Phòng An toàn lao động) trước ngày 20/6/2027 và 20/12/2027.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "TRƯỞNG PHÒNG"])
    ws.append(["", "", "", "", "Vũ Đình Khoa"])
    column_widths(ws, [6, 52, 22, 26, 18, 18])
    wb.save(path)


def h885_docx(h, path: Path) -> None:
    """Traditional medicine hospital: the directors' weekly calendar, time written many ways, office and duty lines."""
    doc = calendar_page(
        "SỞ Y TẾ TỈNH ĐÔNG KHÊ\nBỆNH VIỆN Y DƯỢC CỔ TRUYỀN\n───────",
        "Đông Khê, ngày 08 tháng 01 năm 2027",
        "LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC",
        "Tuần 02/2027 (Từ ngày 11/01/2027 đến ngày 17/01/2027)",
    )
    rows = [
        [
            "Thứ Hai\n11/01",
            "07h30",
            "Giao ban toàn viện",
            "BSCKII. Lê Văn Sáu - Giám đốc",
            "Trưởng, phó các khoa, phòng",
            "Hội trường tầng 3",
            "Phòng Kế hoạch tổng hợp (P.KHTH)",
        ],
        ["", "14h00", "Giám đốc làm việc tại cơ quan", "", "", "", ""],
        [
            "Thứ Ba\n12/01",
            "8 giờ",
            "Bình bệnh án khoa Châm cứu - Dưỡng sinh",
            "PGĐ Trần Thị Hạnh",
            "Bác sĩ các khoa lâm sàng",
            "Khoa Châm cứu - Dưỡng sinh",
            "Khoa Châm cứu - Dưỡng sinh",
        ],
        [
            "",
            "13g30",
            "Họp Hội đồng thuốc và điều trị quý I",
            "BSCKII. Lê Văn Sáu - Giám đốc",
            "Thành viên Hội đồng",
            "Phòng họp số 1",
            "Khoa Dược",
        ],
        [
            "Thứ Tư\n13/01",
            "8h",
            "Kiểm tra công tác kiểm soát nhiễm khuẩn tại các khoa lâm sàng",
            "PGĐ Trần Thị Hạnh",
            "Khoa KSNK, Phòng Điều dưỡng",
            "Các khoa lâm sàng",
            "Khoa Kiểm soát nhiễm khuẩn",
        ],
        [
            "",
            "15h00 - 16h30",
            "Tiếp công dân định kỳ",
            "BSCKII. Lê Văn Sáu - Giám đốc",
            "",
            "Phòng tiếp công dân",
            "Phòng Hành chính quản trị",
        ],
        [
            "Thứ Năm\n14/01",
            "Sáng",
            "Đoàn kiểm tra của Sở Y tế kiểm tra công tác chuẩn bị phục vụ Tết (dự kiến)",
            "Ban Giám đốc",
            "Trưởng các khoa, phòng liên quan",
            "Bệnh viện",
            "P.KHTH",
        ],
        ["", "Chiều", "Trực lãnh đạo: PGĐ Ngô Quang Vinh", "", "", "", ""],
        [
            "Thứ Sáu\n15/01",
            "9h30'",
            "Họp Hội đồng Thi đua - Khen thưởng năm 2026",
            "BSCKII. Lê Văn Sáu - Giám đốc",
            "Thành viên Hội đồng",
            "Phòng họp số 1",
            "Phòng Tổ chức cán bộ",
        ],
        [
            "",
            "14 giờ",
            "Tập huấn quy trình chăm sóc người bệnh sau châm cứu, xoa bóp bấm huyệt",
            "PGĐ Ngô Quang Vinh",
            "Điều dưỡng trưởng các khoa",
            "Hội trường tầng 3",
            "Phòng Điều dưỡng",
        ],
        [
            "Thứ Bảy\n16/01",
            "6h45",
            "Khám sàng lọc, cấp thuốc miễn phí cho người cao tuổi tại xã Tân Mỹ",
            "PGĐ Trần Thị Hạnh",
            "Đoàn y, bác sĩ tình nguyện",
            "Trạm Y tế xã Tân Mỹ",
            "Khoa Khám bệnh",
        ],
        ["Chủ Nhật\n17/01", "", "Nghỉ", "", "", "", ""],
    ]
    t = grid(
        doc,
        ["Thứ, ngày", "Thời gian", "Nội dung", "Chủ trì", "Thành phần", "Địa điểm", "Đơn vị chuẩn bị"],
        rows,
    )
    # the day merged down over its rows
    for top, bottom in ((1, 2), (3, 4), (5, 6), (7, 8), (9, 10)):
        merged = t.cell(top, 0).merge(t.cell(bottom, 0))
        cell_text(merged, rows[top - 1][0], bold=True, center=True)
    para(doc, "")
    para(
        doc,
        "Lịch có thể thay đổi, các khoa, phòng theo dõi trên phần mềm quản lý văn bản. Các khoa, phòng đăng ký lịch tuần sau về P.KHTH trước 15h00 thứ Năm hằng tuần.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, KHTH.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP\n\n\n\nĐặng Văn Lực",
    )
    doc.save(path)


def h886_docx(h, path: Path) -> None:
    """Sanitation company: notice of the general director's conclusions, works named long then short, deputy by field."""
    doc = document()
    head_block(
        doc,
        "CÔNG TY CỔ PHẦN MÔI TRƯỜNG\nĐÔ THỊ THÀNH PHỐ VĨNH LẠC\n───────\nSố: 07/TB-MTĐT",
        right2="Vĩnh Lạc, ngày 04 tháng 01 năm 2027",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Tổng Giám đốc tại cuộc họp giao ban sản xuất tháng 12/2026",
        "Ngày 30/12/2026, Tổng Giám đốc Công ty chủ trì họp giao ban sản xuất tháng 12/2026. Tham dự có các Phó Tổng Giám đốc, Giám đốc các xí nghiệp, Trưởng các phòng, đội. Sau khi nghe báo cáo và ý kiến tham gia, Tổng Giám đốc kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Trong tháng 12/2026, Công ty thu gom, vận chuyển 21.460 tấn rác sinh hoạt, đạt 101% kế hoạch; tuy nhiên vẫn còn tình trạng rác tồn đọng tại một số điểm tập kết ở khu vực chợ và các tuyến đường mới mở.",
        "**II. NHIỆM VỤ TRỌNG TÂM THÁNG 01/2027",
        "1. Xí nghiệp Vệ sinh môi trường số 1 (XNVS1) bố trí thêm ca quét đêm trên các tuyến đường Trần Hưng Đạo, Lê Lợi, Bạch Đằng; thực hiện trước ngày 25/01/2027.",
        "2. Xí nghiệp Vệ sinh môi trường số 2 (XNVS2) thu dọn dứt điểm các điểm rác tồn đọng tại chợ Bến Đình và khu dân cư Đồng Xoài, xong trước ngày 08/01/2027.",
        "3. Xí nghiệp Vận chuyển: sửa chữa, bảo dưỡng 04 xe ép rác 12 tấn đang hư hỏng, đưa vào hoạt động trước ngày 15/01/2027.",
        "4. Phòng Kỹ thuật - Kế hoạch lập phương án thu gom, vận chuyển rác dịp Tết Nguyên đán Đinh Mùi 2027, trình Tổng Giám đốc trước ngày 10/01/2027.",
        "5. Phó Tổng Giám đốc phụ trách sản xuất (ông Trịnh Văn Hải) chỉ đạo kiểm tra đột xuất chất lượng quét, thu gom tại các xí nghiệp hằng tuần.",
        "6. Đội Quản lý bãi chôn lấp Đồng Sơn phun chế phẩm khử mùi, phủ đất ô chôn lấp hằng ngày; không để phát sinh mùi ảnh hưởng khu dân cư.",
        "7. Phòng Tổ chức - Hành chính hoàn tất thủ tục chi trả lương tháng 13 và thưởng Tết cho người lao động trước ngày 30/01/2027.",
        "8. Phòng Tài chính - Kế toán đối chiếu công nợ với Ban Quản lý dự án đầu tư xây dựng thành phố, hoàn thành trong tháng 01/2027.",
        "9. Các xí nghiệp, đội chủ động bố trí lao động, trang bị đủ bảo hộ lao động, bảo đảm an toàn khi làm việc ban đêm.",
        "10. Đề nghị Ủy ban nhân dân các phường nhắc nhở các hộ dân bỏ rác đúng giờ, đúng nơi quy định.",
        "Các đơn vị báo cáo khối lượng thực hiện về Phòng Kỹ thuật - Kế hoạch trước ngày 05 hằng tháng để tổng hợp.",
        "Trên đây là kết luận của Tổng Giám đốc, Công ty thông báo để các đơn vị biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- HĐQT (b/c);\n- TGĐ, các PTGĐ;\n- Các xí nghiệp, phòng, đội;\n- Lưu: VT, TCHC.",
        "TL. TỔNG GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nPhan Thị Ngọc Hà",
    )
    doc.save(path)


def h887_docx(h, path: Path) -> None:
    """Crop and plant protection sub-department: a dispatch on the winter-spring crop, numbered addressee labels."""
    doc = document()
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỈNH ĐÔNG KHÊ\nCHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT\n───────\nSố: 612/TTBVTV-TT\nV/v chỉ đạo sản xuất vụ Đông Xuân 2026 - 2027",
        right2="Đông Khê, ngày 11 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Ủy ban nhân dân các xã, phường;",
        "- Các Trạm Trồng trọt và Bảo vệ thực vật khu vực;",
        "- Công ty TNHH MTV Khai thác công trình thủy lợi Đông Khê;",
        "- Đài Phát thanh và Truyền hình tỉnh.",
        "Thực hiện Kế hoạch sản xuất vụ Đông Xuân 2026 - 2027 của Sở Nông nghiệp và Môi trường (diện tích lúa 41.200 ha, năng suất phấn đấu 68 tạ/ha), để bảo đảm khung thời vụ và phòng chống sinh vật gây hại từ đầu vụ, Chi cục Trồng trọt và Bảo vệ thực vật đề nghị:",
        "**1. Ủy ban nhân dân các xã, phường",
        "a) Chỉ đạo gieo cấy tập trung, đúng khung thời vụ, kết thúc gieo cấy trước ngày 10/02/2027.",
        "b) Tổ chức ra quân diệt chuột tập trung đợt 1 trong tháng 01/2027; vận động nhân dân thu gom ốc bươu vàng.",
        "c) Báo cáo tiến độ, diện tích gieo cấy về Chi cục trước ngày 15/02/2027.",
        "**2. Các Trạm Trồng trọt và Bảo vệ thực vật khu vực",
        "Hướng dẫn nông dân xử lý hạt giống, phòng chống rét cho mạ và lúa mới cấy; thực hiện thường xuyên trong suốt vụ.",
        "**3. Phòng Bảo vệ thực vật",
        "a) Duy trì điều tra, phát hiện sinh vật gây hại định kỳ 7 ngày/lần; ra thông báo tình hình sinh vật gây hại.",
        "b) Kiểm tra điều kiện kinh doanh thuốc bảo vệ thực vật tại các cửa hàng trên địa bàn 10 xã trong Quý I/2027.",
        "**4. Phòng Trồng trọt",
        "a) Tổng hợp cơ cấu giống lúa vụ Đông Xuân, trình Lãnh đạo Chi cục trước ngày 20/12/2026.",
        "b) Xây dựng mô hình canh tác lúa giảm phát thải 50 ha tại xã Phú An; thời gian thực hiện từ tháng 01 đến tháng 5/2027.",
        "**5. Đề nghị Công ty TNHH MTV Khai thác công trình thủy lợi Đông Khê",
        "Cấp nước đổ ải đợt 1 từ ngày 05/01 đến hết ngày 15/01/2027 theo lịch đã thống nhất với các địa phương.",
        "**6. Đề nghị Đài Phát thanh và Truyền hình tỉnh",
        "Dành thời lượng phát lịch thời vụ, thông báo sâu bệnh của Chi cục trong tháng 12/2026 và tháng 01/2027.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ Phòng Trồng trọt (điện thoại 0243.3714.520) để phối hợp giải quyết./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Sở NN&MT (b/c);\n- Lãnh đạo Chi cục;\n- Lưu: VT, TT.",
        "CHI CỤC TRƯỞNG\n\n\n\nTạ Quang Huy",
    )
    doc.save(path)


def h888_docx(h, path: Path) -> None:
    """District civil judgment enforcement: a yearly programme table whose doer column names posts only."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "CỤC THI HÀNH ÁN DÂN SỰ TỈNH ĐÔNG KHÊ\nCHI CỤC THI HÀNH ÁN DÂN SỰ\nHUYỆN YÊN THÀNH\n───────\nSố: 09/CTr-CCTHADS",
        right2="Yên Thành, ngày 28 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "(Năm công tác thi hành án từ 01/10/2026 đến 30/9/2027)", italic=True, center=True)
    para(
        doc,
        "Căn cứ chỉ tiêu, nhiệm vụ được Cục Thi hành án dân sự tỉnh giao tại Quyết định số 512/QĐ-CTHADS ngày 10/12/2026, Chi cục xây dựng Chương trình công tác năm 2027 như sau:",
    )
    rows = [
        ("§", "I", "CÔNG TÁC TỔ CHỨC THI HÀNH ÁN"),
        [
            "1",
            "Rà soát, phân loại hồ sơ thi hành án chuyển kỳ; xác định việc có điều kiện và chưa có điều kiện thi hành",
            "Phó Chi cục trưởng",
            "Trước 15/01/2027",
        ],
        [
            "2",
            "Tổ chức cưỡng chế các vụ việc có giá trị lớn, kéo dài (danh sách kèm theo)",
            "Chi cục trưởng",
            "Quý II/2027",
        ],
        [
            "3",
            "Xác minh điều kiện thi hành án đối với các việc chưa có điều kiện thi hành",
            "Chấp hành viên",
            "06 tháng/lần",
        ],
        ["4", "Tiếp công dân định kỳ vào ngày 15 hằng tháng", "Chi cục trưởng", "Hằng tháng"],
        ("§", "II", "CÔNG TÁC TÀI CHÍNH, KẾ TOÁN"),
        ["5", "Đối chiếu tiền, tài sản tạm giữ, tạm gửi với Kho bạc Nhà nước", "Kế toán", "Hằng tháng"],
        ["6", "Lập báo cáo quyết toán ngân sách năm 2026", "Kế toán", "Trước 31/01/2027"],
        ("§", "III", "CÔNG TÁC VĂN THƯ, THỐNG KÊ, LƯU TRỮ"),
        [
            "7",
            "Lập báo cáo thống kê thi hành án dân sự tháng, gửi Cục Thi hành án dân sự tỉnh",
            "Thư ký thi hành án",
            "Trước ngày 05 hằng tháng",
        ],
        [
            "8",
            "Số hóa hồ sơ thi hành án đã kết thúc giai đoạn 2020 - 2022",
            "Văn thư",
            "Tháng 6 - tháng 9/2027",
        ],
        ["9", "Chỉnh lý, nộp lưu hồ sơ vào Lưu trữ cơ quan", "Văn thư", "Tháng 11/2027"],
        ("§", "IV", "CÔNG TÁC KHÁC"),
        ["10", "Tổ chức sơ kết 6 tháng công tác thi hành án dân sự", "Chi cục trưởng", "Tháng 4/2027"],
        ["11", "Tổng kết công tác thi hành án dân sự năm 2027", "Chi cục trưởng", "Tháng 10/2027"],
    ]
    grid(doc, ["TT", "Nội dung công việc", "Người thực hiện", "Thời gian"], rows, widths=[1.5, 14, 5, 5])
    para(doc, "")
    para(doc, "Ghi chú: Thời gian sơ kết, tổng kết tính theo năm công tác thi hành án dân sự.", italic=True)
    para(
        doc,
        "Các Chấp hành viên báo cáo tiến độ tổ chức thi hành các hồ sơ được phân công cho Chi cục trưởng vào chiều thứ Sáu hằng tuần.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Cục THADS tỉnh (b/c);\n- Công chức Chi cục;\n- Lưu: VT.",
        "CHI CỤC TRƯỞNG\n\n\n\nLại Thế Phong",
    )
    doc.save(path)


H889_MD = """**SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐÔNG KHÊ**
**VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI**

Số: 21/CTr-VPĐKĐĐ — Đông Khê, ngày 29 tháng 12 năm 2026

# CHƯƠNG TRÌNH CÔNG TÁC THÁNG 01/2027

> Số liệu hồ sơ tồn đọng tính đến ngày 25/12/2026.

Thực hiện Chương trình công tác năm 2027 của Sở, Văn phòng Đăng ký đất đai phân công nhiệm vụ tháng 01/2027 như sau:

## 1. Phòng Đăng ký và Cấp giấy chứng nhận (Phòng ĐK&CGCN)

- Giải quyết dứt điểm 312 hồ sơ đăng ký biến động tồn đọng năm 2026 — *hoàn thành trước 25/01*.
- Rà soát hồ sơ quá hạn trên Hệ thống thông tin giải quyết thủ tục hành chính, gửi văn bản xin lỗi người dân theo quy định — *hằng ngày*.

## 2. Phòng Kỹ thuật địa chính

- Đo đạc, chỉnh lý bản đồ địa chính xã Hòa Bình phục vụ dự án mở rộng Quốc lộ 12B — *tháng 01 - 02/2027*.
- Kiểm tra, nghiệm thu sản phẩm trích đo địa chính của các đơn vị tư vấn — *khi có hồ sơ*.

## 3. Phòng Thông tin, lưu trữ (P.TTLT)

- Cập nhật, chỉnh lý cơ sở dữ liệu đất đai của huyện Yên Thành, huyện Mỹ Lộc và thị xã Cát Hải — *31/01/2027*.
- Cung cấp thông tin đất đai cho cơ quan thuế, tòa án, cơ quan thi hành án theo yêu cầu — *thường xuyên*.

## 4. Các Chi nhánh Văn phòng đăng ký đất đai

- Báo cáo số liệu cấp giấy chứng nhận tháng 01/2027 về P.TTLT trước ngày 28/01/2027.

## 5. Phòng Hành chính - Tổng hợp

- Tổ chức Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027 — *ngày 15/01*.
- Xây dựng kế hoạch trực, bảo đảm an ninh, an toàn cơ quan dịp Tết Nguyên đán Đinh Mùi — *trước 20/01*.

## 6. Kiến nghị

- Đề nghị Sở Nông nghiệp và Môi trường bố trí kinh phí đo đạc bổ sung cho 04 xã chưa có bản đồ địa chính chính quy trong Quý I/2027.

---

*Nơi nhận: Giám đốc Sở (b/c); các phòng, chi nhánh; lưu VT.*

**GIÁM ĐỐC** — Đoàn Minh Trí
"""


def h889_md(h, path: Path) -> None:
    """Land registration office: a monthly programme in Markdown, each task's time in italics after a dash."""
    path.write_text(H889_MD, encoding="utf-8")


def h890_xlsx(h, path: Path) -> None:
    """Standards and quality sub-department: an inspection plan sheet whose time is an x under quarter columns."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "KH 2027"
    title_rows(
        ws,
        [
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐÔNG KHÊ - CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG",
            "KẾ HOẠCH KIỂM TRA VÀ HOẠT ĐỘNG TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2027",
            "(Ban hành kèm theo Quyết định số 88/QĐ-TĐC ngày 21/12/2026 của Chi cục trưởng)",
        ],
        9,
        (1, 2),
    )
    ws.append([])
    ws.append(
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "", "", "", "Ghi chú"]
    )
    ws.append(["", "", "", "", "Quý I", "Quý II", "Quý III", "Quý IV", ""])
    for col in (1, 2, 3, 4, 9):
        ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
    ws.merge_cells(start_row=5, start_column=5, end_row=5, end_column=8)
    bold_header(ws, 5)
    bold_header(ws, 6)
    rows = [
        ["A", "KIỂM TRA NHÀ NƯỚC"],
        [
            1,
            "Kiểm tra đo lường đối với cột đo xăng dầu tại các cửa hàng bán lẻ xăng dầu",
            "Phòng Quản lý Đo lường (P.QLĐL)",
            "Công an tỉnh (PC03)",
            "",
            "x",
            "x",
            "",
            "",
        ],
        [
            2,
            "Kiểm tra chất lượng mũ bảo hiểm, đồ chơi trẻ em lưu thông trên thị trường",
            "Phòng Quản lý Tiêu chuẩn - Chất lượng",
            "Đội Quản lý thị trường số 2",
            "",
            "",
            "x",
            "",
            "Trước Tết Trung thu",
        ],
        [3, "Kiểm tra nhãn hàng hóa, hàm lượng vàng trang sức, mỹ nghệ", "P.QLĐL", "", "", "", "", "x", ""],
        [
            4,
            "Kiểm tra phương tiện đo (cân) tại các chợ, cân đối chứng",
            "P.QLĐL",
            "UBND các xã, phường",
            "x",
            "x",
            "x",
            "x",
            "Hằng quý",
        ],
        ["B", "HỖ TRỢ, HƯỚNG DẪN DOANH NGHIỆP"],
        [
            5,
            "Hướng dẫn doanh nghiệp xây dựng, áp dụng hệ thống quản lý chất lượng ISO 9001",
            "Phòng Quản lý Tiêu chuẩn - Chất lượng",
            "",
            "x",
            "x",
            "",
            "",
            "",
        ],
        [
            6,
            "Tổ chức đánh giá, xét tặng Giải thưởng Chất lượng quốc gia vòng sơ tuyển",
            "Phòng Quản lý Tiêu chuẩn - Chất lượng",
            "Hội đồng sơ tuyển",
            "",
            "x",
            "",
            "",
            "",
        ],
        [
            7,
            "Kiểm định, hiệu chuẩn phương tiện đo nhóm 2 phục vụ quản lý nhà nước",
            "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng (Trung tâm KT TĐC)",
            "",
            "x",
            "x",
            "x",
            "x",
            "Thường xuyên",
        ],
        ["C", "THÔNG TIN, BÁO CÁO"],
        [
            8,
            "Báo cáo kết quả kiểm tra 6 tháng đầu năm gửi Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia",
            "Phòng Hành chính - Tổng hợp",
            "P.QLĐL",
            "",
            "x",
            "",
            "",
            "Trước 15/6/2027",
        ],
        [
            9,
            "Báo cáo tổng kết công tác năm 2027",
            "Phòng Hành chính - Tổng hợp",
            "Các phòng, Trung tâm KT TĐC",
            "",
            "",
            "",
            "x",
            "Trước 15/12/2027",
        ],
        [
            10,
            "Cập nhật cơ sở dữ liệu doanh nghiệp công bố hợp chuẩn, hợp quy trên phần mềm",
            "Phòng Quản lý Tiêu chuẩn - Chất lượng",
            "",
            "x",
            "",
            "",
            "",
            "",
        ],
    ]
    first = ws.max_row + 1
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=9)
    wrap(ws, first)
    ws.append([])
    ws.append(["", "Ghi chú:"])
    ws.append(["", "1. Kế hoạch chi tiết từng đợt kiểm tra do Chi cục ban hành riêng."])
    ws.append(
        [
            "",
            "2. Trung tâm KT TĐC gửi kết quả kiểm định phương tiện đo về Chi cục (qua P.QLĐL) trước ngày 25 tháng cuối quý.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "", "", "CHI CỤC TRƯỞNG"])
    ws.append(["", "", "", "", "", "", "Hoàng Thị Thu Trang"])
    column_widths(ws, [5, 48, 24, 20, 7, 7, 7, 7, 16])
    wb.save(path)


def h891_docx(h, path: Path) -> None:
    """Children's hospital: a yearly quality plan, indicators that are no items, dash tasks under department labels."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH ĐÔNG KHÊ\nBỆNH VIỆN NHI\n───────\nSố: 46/KH-BVN",
        right2="Đông Khê, ngày 22 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Cải tiến chất lượng bệnh viện năm 2027",
        "**I. MỤC TIÊU",
        "1. Mục tiêu chung: nâng cao chất lượng khám, chữa bệnh, bảo đảm an toàn người bệnh nhi.",
        "2. Chỉ tiêu cụ thể:",
        "- Tỷ lệ hài lòng của người bệnh nội trú đạt ≥ 92%;",
        "- Điểm tự đánh giá chất lượng theo Bộ tiêu chí đạt ≥ 3,6;",
        "- 100% khoa lâm sàng có ít nhất 01 đề án cải tiến chất lượng.",
        "**II. NỘI DUNG VÀ PHÂN CÔNG",
        "**1. Phòng Quản lý chất lượng",
        "- Tổ chức tự đánh giá chất lượng bệnh viện theo Bộ tiêu chí chất lượng, hoàn thành trước ngày 15/12/2027.",
        "- Khảo sát sự hài lòng của người bệnh nội trú, ngoại trú và nhân viên y tế hằng quý.",
        "**2. Khoa Hồi sức tích cực - Chống độc",
        "- Triển khai bảng điểm cảnh báo sớm (PEWS) cho 100% bệnh nhi nằm viện tại các khoa nội; hoàn thành trong tháng 6/2027.",
        "**3. Phòng Điều dưỡng",
        "- Giám sát tuân thủ vệ sinh tay tại các khoa lâm sàng, định kỳ hằng tháng.",
        "- Tập huấn quy trình tiêm an toàn cho 100% điều dưỡng mới tuyển dụng trong Quý I/2027.",
        "**4. Khoa Kiểm soát nhiễm khuẩn",
        "- Giám sát nhiễm khuẩn bệnh viện tại Khoa Sơ sinh và Khoa Hồi sức tích cực - Chống độc; thực hiện thường xuyên.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Quản lý chất lượng là đơn vị đầu mối, tham mưu Giám đốc theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Phó Giám đốc phụ trách chuyên môn (BSCKII. Đoàn Thị Mai) chỉ đạo rà soát, cập nhật phác đồ điều trị các bệnh nhi khoa thường gặp, ban hành trước ngày 30/9/2027.",
        "3. Phòng Tài chính kế toán bố trí kinh phí thực hiện Kế hoạch.",
        "4. Các khoa lâm sàng đăng ký đề án cải tiến chất lượng, gửi về Phòng Quản lý chất lượng trước ngày 31/3/2027.",
        "5. Trưởng các khoa, phòng chịu trách nhiệm triển khai Kế hoạch đến toàn thể viên chức, người lao động.",
        "6. Đề nghị Trung tâm Kiểm soát bệnh tật tỉnh hỗ trợ xét nghiệm giám sát vi sinh môi trường phòng mổ, phòng hồi sức định kỳ 6 tháng/lần.",
        "Các khoa, phòng báo cáo kết quả thực hiện về Phòng Quản lý chất lượng trước ngày 20 tháng cuối quý để tổng hợp, báo cáo Giám đốc./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, QLCL.",
        "GIÁM ĐỐC\n\n\n\nBSCKII. Cao Văn Thịnh",
    )
    doc.save(path)


def h892_docx(h, path: Path) -> None:
    """Ethnic boarding school: a monthly plan table with the week merged down and posts in charge."""
    doc = document()
    head_block(
        doc,
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN MƯỜNG TÈ\nTRƯỜNG PTDTNT THCS MƯỜNG TÈ\n───────\nSố: 03/KH-PTDTNT",
        right2="Mường Tè, ngày 31 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH HOẠT ĐỘNG THÁNG 01/2027", bold=True, center=True)
    para(doc, "I. ĐÁNH GIÁ THÁNG 12/2026", bold=True)
    para(
        doc,
        "Nhà trường duy trì sĩ số 280/280 học sinh; nền nếp nội trú ổn định; 02 học sinh đạt giải cấp huyện môn Toán, Ngữ văn.",
    )
    para(doc, "II. NHIỆM VỤ THÁNG 01/2027", bold=True)
    rows = [
        [
            "Tuần 1\n(04/01 - 09/01)",
            "1",
            "Kiểm tra nền nếp nội trú, vệ sinh phòng ở học sinh sau kỳ nghỉ Tết Dương lịch",
            "Phó Hiệu trưởng",
            "",
        ],
        [
            "",
            "2",
            "Lập hồ sơ đề nghị cấp học bổng, tiền ăn học sinh nội trú tháng 01 - 02/2027",
            "Kế toán",
            "",
        ],
        [
            "Tuần 2\n(11/01 - 16/01)",
            "3",
            "Tổ chức kiểm tra cuối học kỳ I các môn theo lịch của Phòng GD&ĐT",
            "Phó Hiệu trưởng",
            "",
        ],
        [
            "",
            "4",
            "Khám sức khỏe định kỳ, tẩy giun cho học sinh nội trú",
            "Nhân viên y tế",
            "Phối hợp Trạm Y tế xã",
        ],
        [
            "Tuần 3\n(18/01 - 23/01)",
            "5",
            "Sơ kết học kỳ I; họp cha mẹ học sinh các lớp",
            "Giáo viên chủ nhiệm",
            "",
        ],
        [
            "",
            "6",
            'Tổ chức Hội thi "Văn hóa các dân tộc em" cho học sinh toàn trường',
            "Tổng phụ trách Đội",
            "Chi đoàn phối hợp",
        ],
        [
            "Tuần 4\n(25/01 - 30/01)",
            "7",
            "Hợp đồng xe đưa học sinh về bản nghỉ Tết Nguyên đán",
            "Hiệu trưởng",
            "",
        ],
        [
            "",
            "8",
            "Tổng vệ sinh khu nội trú, bàn giao, niêm phong kho bếp ăn",
            "Tổ trưởng tổ Quản lý nội trú",
            "",
        ],
        [
            "Cả tháng",
            "9",
            "Duy trì trực đêm, điểm danh học sinh tại khu nội trú",
            "Tổ trưởng tổ Quản lý nội trú",
            "Thường xuyên",
        ],
        [
            "",
            "10",
            "Ôn luyện đội tuyển học sinh giỏi lớp 9 dự thi cấp tỉnh",
            "Phó Hiệu trưởng",
            "Thi ngày 27/01/2027 (dự kiến)",
        ],
    ]
    t = grid(
        doc,
        ["Thời gian", "TT", "Nội dung công việc", "Người phụ trách", "Ghi chú"],
        rows,
        widths=[3, 1, 8, 3.5, 3.5],
    )
    for top in (1, 3, 5, 7, 9):
        merged = t.cell(top, 0).merge(t.cell(top + 1, 0))
        cell_text(merged, rows[top - 1][0], bold=True, center=True)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    paragraphs_ = [
        "1. Các tổ chuyên môn, tổ văn phòng căn cứ kế hoạch chủ động triển khai thực hiện.",
        "2. Đề nghị Trạm Y tế xã Mường Tè phối hợp khám sức khỏe cho học sinh nội trú trong tuần 2 (từ 11/01 đến 16/01/2027).",
        "3. Tổ trưởng các tổ nộp báo cáo tháng về Phó Hiệu trưởng trước ngày 28/01/2027.",
    ]
    for line in paragraphs_:
        para(doc, line)
    sign_table(
        doc, "Nơi nhận:\n- Phòng GD&ĐT (b/c);\n- Các tổ;\n- Lưu: VT.", "HIỆU TRƯỞNG\n\n\n\nLò Văn Thắng"
    )
    doc.save(path)


def batch_h883() -> None:
    """Writes h883–h892 (the .doc and .pdf through LibreOffice, the .md as text)."""
    write_batch(
        [
            (h883_docx, "h883_kh_thanh_tra_thue_doi_ttkt.docx"),
            (h884_xlsx, "h884_kh_atvsld_phong_atld.xlsx"),
            (h885_docx, "h885_lich_tuan_bv_ydct.docx"),
            (h888_docx, "h888_ctr_chi_cuc_thads_huyen.docx"),
            (h889_md, "h889_ctr_thang_vp_dang_ky_dat_dai.md"),
            (h890_xlsx, "h890_kh_tdc_cot_quy_x.xlsx"),
            (h891_docx, "h891_kh_cai_tien_chat_luong_bv_nhi.docx"),
            (h892_docx, "h892_kh_thang_ptdtnt_tuan_gop.docx"),
        ],
        [
            (h886_docx, "h886_tbkl_cty_moi_truong_do_thi.docx", "doc"),
            (h887_docx, "h887_cv_chi_cuc_ttbvtv_dong_xuan.docx", "pdf"),
        ],
        _out,
    )
