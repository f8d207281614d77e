# ruff: noqa: E501
"""Held-out batch h893–h902, written by h13author86 blind to the importer: ten documents of a
provincial Department of Education's secondary education division, a commune People's Council, a
provincial Department of Finance's public asset management division, a district preventive medicine
centre's nutrition department, a provincial Bar Association, a city parks and trees company, a
provincial gender equality and children's protection division, a provincial irrigation
sub-department, a vocational college's student affairs office and a ward Youth Union. Every name,
person, place, number and date in them is invented."""

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
    wrap,
    write_batch,
)

_MOVED: set[str] = set()


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h893_docx(h, path: Path) -> None:
    """Department of Education, secondary division: a dispatch guiding the second term, bold unit labels."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH NAM BÌNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n───────\nSố: 3915/SGDĐT-GDTrH\nV/v hướng dẫn thực hiện nhiệm vụ\nhọc kỳ II năm học 2026 - 2027",
        right2="Nam Bình, ngày 28 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;",
        "- Hiệu trưởng các trường THPT, trường phổ thông có nhiều cấp học.",
        "Thực hiện Kế hoạch số 1402/KH-SGDĐT ngày 20/8/2026 về nhiệm vụ năm học 2026 - 2027, Sở Giáo dục và Đào tạo (GDĐT) hướng dẫn một số nội dung trọng tâm học kỳ II đối với giáo dục trung học như sau:",
        "**I. ĐÁNH GIÁ CHUNG HỌC KỲ I",
        "Các đơn vị đã tổ chức dạy học theo Chương trình GDPT 2018 ổn định; tỷ lệ học sinh bỏ học giảm 0,12% so với cùng kỳ. Tuy nhiên, việc đổi mới kiểm tra, đánh giá ở một số trường còn hình thức.",
        "**II. NHIỆM VỤ TRỌNG TÂM HỌC KỲ II",
        "**1. Đối với Phòng GDĐT các huyện, thị xã, thành phố",
        "a) Chỉ đạo các trường THCS rà soát kế hoạch giáo dục nhà trường, điều chỉnh phân phối thời lượng các môn học tích hợp; hoàn thành trước ngày 15/01/2027.",
        "b) Tổ chức thi chọn học sinh giỏi lớp 9 cấp huyện xong trước ngày 28/02/2027; gửi danh sách đội tuyển dự thi cấp tỉnh về Sở (qua Phòng GDTrH) chậm nhất ngày 10/3/2027.",
        "c) Tăng cường kiểm tra việc dạy thêm, học thêm trên địa bàn theo Quy định của UBND tỉnh.",
        "**2. Đối với các trường THPT, trường phổ thông có nhiều cấp học",
        "a) Tổ chức ôn tập cho học sinh lớp 12 chuẩn bị Kỳ thi tốt nghiệp THPT năm 2027, xây dựng kế hoạch ôn tập riêng từng môn, báo cáo Sở trước 20/3/2027.",
        "b) Hoàn thành kiểm tra, đánh giá cuối học kỳ II trước ngày 10 tháng 5 năm 2027; cập nhật kết quả lên phần mềm quản lý trường học chậm nhất 25/5/2027.",
        "c) Triển khai hoạt động giáo dục STEM, mỗi trường tổ chức ít nhất 02 chủ đề trong học kỳ.",
        "**3. Phòng Giáo dục Trung học (Sở GDĐT)",
        "a) Ra đề, tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 và lớp 12 (dự kiến ngày 24 - 25/3/2027).",
        "b) Chủ trì, phối hợp Phòng Khảo thí và Kiểm định chất lượng giáo dục kiểm tra chuyên đề dạy học 2 buổi/ngày tại 06 trường THPT trong tháng 4/2027.",
        "**4. Đề nghị Trung tâm Y tế các huyện",
        "Phối hợp với các trường tổ chức khám sức khỏe cho học sinh lớp 12 trước khi đăng ký dự thi (tháng 3/2027).",
        "**III. CHẾ ĐỘ BÁO CÁO",
        "Các đơn vị báo cáo sơ kết học kỳ II (theo mẫu đính kèm) về Sở GDĐT qua hộp thư điện tử gdtrh@namBinh.edu.vn trước ngày 31/5/2027.",
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ Phòng GDTrH (đ/c Đinh Văn Khải, ĐT 0912.447.318) để được hướng dẫn./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Giám đốc, các PGĐ Sở;\n- Lưu: VT, GDTrH.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nHoàng Thị Mai Phương",
    )
    doc.save(path)


def h894_docx(h, path: Path) -> None:
    """Commune People's Council: a yearly programme, rows grouped by sitting, no unit column but 'Cơ quan chuẩn bị'."""
    doc = document()
    head_block(
        doc,
        "HỘI ĐỒNG NHÂN DÂN\nXÃ THẠCH LƯƠNG\n───────\nSố: 58/CTr-HĐND",
        right2="Thạch Lương, ngày 18 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH", bold=True, center=True)
    para(doc, "Hoạt động giám sát và kỳ họp của Hội đồng nhân dân xã năm 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Luật Tổ chức chính quyền địa phương; căn cứ Nghị quyết số 21/NQ-HĐND ngày 15/12/2026 của HĐND xã, Thường trực HĐND xã xây dựng Chương trình năm 2027 như sau:",
    )
    para(doc, "I. CÁC KỲ HỌP", bold=True)
    grid(
        doc,
        ["STT", "Nội dung", "Cơ quan chuẩn bị", "Thời gian"],
        [
            ("§", "1", "Kỳ họp thường lệ giữa năm"),
            [
                "1.1",
                "Báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm 2027",
                "UBND xã",
                "Trình kỳ họp\n(đầu tháng 7/2027)",
            ],
            [
                "1.2",
                "Tờ trình điều chỉnh dự toán thu, chi ngân sách xã năm 2027",
                "UBND xã (Bộ phận Tài chính - Kế toán)",
                "nt",
            ],
            ["1.3", "Báo cáo kết quả giám sát chuyên đề 6 tháng", "Ban Kinh tế - Xã hội HĐND xã", "nt"],
            ("§", "2", "Kỳ họp thường lệ cuối năm"),
            [
                "2.1",
                "Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2028",
                "UBND xã",
                "Tháng 12/2027",
            ],
            [
                "2.2",
                "Nghị quyết phê chuẩn dự toán ngân sách xã năm 2028",
                "UBND xã (Bộ phận Tài chính - Kế toán)",
                "Tháng 12/2027",
            ],
            [
                "2.3",
                "Tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp",
                "Ủy ban MTTQ Việt Nam xã",
                "Trước kỳ họp 10 ngày",
            ],
        ],
    )
    para(doc, "II. HOẠT ĐỘNG GIÁM SÁT", bold=True)
    grid(
        doc,
        ["STT", "Nội dung", "Cơ quan chuẩn bị", "Thời gian"],
        [
            [
                "1",
                "Giám sát việc quản lý, sử dụng đất công ích tại các thôn",
                "Ban Kinh tế - Xã hội",
                "Quý II",
            ],
            ["2", "Giám sát công tác giải quyết đơn thư, khiếu nại của công dân", "Ban Pháp chế", "Tháng 9"],
            ["3", "Tiếp xúc cử tri trước và sau các kỳ họp", "Thường trực HĐND xã", "Theo kỳ họp"],
        ],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    lines = [
        "1. Các Ban HĐND xã căn cứ Chương trình này xây dựng kế hoạch giám sát cụ thể, gửi Thường trực HĐND xã trước ngày 15/01/2027.",
        "2. Đề nghị UBND xã chỉ đạo các bộ phận chuyên môn chuẩn bị tài liệu trình kỳ họp, gửi Thường trực HĐND chậm nhất 07 ngày trước ngày khai mạc.",
        "3. Các đại biểu HĐND xã tích cực tham gia các hoạt động của HĐND, thực hiện tốt chức năng đại biểu dân cử.",
        "Văn phòng HĐND và UBND xã báo cáo Thường trực HĐND tình hình thực hiện Chương trình định kỳ hằng quý.",
    ]
    for line in lines:
        para(doc, line)
    sign_table(
        doc,
        "Nơi nhận:\n- TT Đảng ủy xã;\n- UBND xã;\n- Đại biểu HĐND xã;\n- Lưu: VT.",
        "TM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH\n\n\n\nLò Văn Thiện",
    )
    doc.save(path)


def h895_xlsx(h, path: Path) -> None:
    """Department of Finance, public asset division: a yearly task sheet, quarter merged down, Ghi chú notes."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Nhiem vu 2027"
    ws["A1"] = "SỞ TÀI CHÍNH TỈNH NAM BÌNH"
    ws["A2"] = "PHÒNG QUẢN LÝ CÔNG SẢN"
    ws["A4"] = "DANH MỤC NHIỆM VỤ CÔNG TÁC QUẢN LÝ TÀI SẢN CÔNG NĂM 2027"
    ws["A5"] = "(Kèm theo Kế hoạch số 77/KH-STC ngày 05/01/2027 của Sở Tài chính)"
    ws.merge_cells("A4:F4")
    ws.merge_cells("A5:F5")
    ws.append([])
    ws.append(
        ["TT", "Nhiệm vụ", "Bộ phận/cá nhân thực hiện", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Ghi chú"]
    )
    bold_header(ws, 7)
    rows = [
        ["A", "CÔNG TÁC THAM MƯU VĂN BẢN"],
        [
            1,
            "Tham mưu UBND tỉnh quy định tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng lĩnh vực y tế",
            "Tổ Chính sách (PQLCS)",
            "Sở Y tế",
            "Quý I",
            "",
        ],
        [
            2,
            "Dự thảo Quyết định phân cấp thẩm quyền quyết định xử lý tài sản công tại cấp xã",
            "Tổ Chính sách (PQLCS)",
            "Sở Tư pháp",
            "",
            "Trình UBND tỉnh tháng 5/2027",
        ],
        ["B", "CÔNG TÁC QUẢN LÝ, XỬ LÝ TÀI SẢN"],
        [
            3,
            "Thẩm định phương án sắp xếp lại, xử lý nhà, đất của các cơ quan, đơn vị cấp tỉnh (đợt 1)",
            "Tổ Nhà đất",
            "Sở Xây dựng, Sở NN&MT",
            "30/6/2027",
            "",
        ],
        [
            4,
            "Tổ chức bán đấu giá 14 xe ô tô dôi dư sau sắp xếp đơn vị hành chính",
            "Tổ Nhà đất",
            "Trung tâm Dịch vụ đấu giá tài sản",
            "Quý III/2027",
            "",
        ],
        [
            5,
            "Cập nhật, chuẩn hóa dữ liệu tài sản công trên Cơ sở dữ liệu quốc gia về tài sản công",
            "Tổ Cơ sở dữ liệu",
            "Các cơ quan, đơn vị",
            "Thường xuyên",
            "",
        ],
        [
            6,
            "Tổng hợp, báo cáo tình hình quản lý, sử dụng tài sản công năm 2026 trình UBND tỉnh",
            "Tổ Cơ sở dữ liệu",
            "",
            "15/3/2027",
            "Gửi Bộ Tài chính trước 31/3",
        ],
        ["C", "CÔNG TÁC KIỂM TRA"],
        [
            7,
            "Kiểm tra việc sử dụng tài sản công vào mục đích kinh doanh, cho thuê, liên doanh liên kết tại đơn vị sự nghiệp",
            "Tổ Nhà đất",
            "Thanh tra Sở",
            "Tháng 8 - 9/2027",
            "05 đơn vị",
        ],
        [
            8,
            "Hướng dẫn, tập huấn kế toán tài sản kết cấu hạ tầng cho UBND các xã, phường",
            "Tổ Chính sách (PQLCS)",
            "",
            "Quý II",
            "",
        ],
        [
            9,
            "Các cơ quan, đơn vị báo cáo kê khai biến động tài sản công",
            "Các cơ quan, đơn vị",
            "",
            "Trước 31/01 hằng năm",
            "Theo mẫu 09a, 09b",
        ],
        ["", "Tổng số: 09 nhiệm vụ"],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)
    wrap(ws, 8)
    last = ws.max_row
    ws.cell(
        last + 2, 1
    ).value = (
        "Ghi chú: PQLCS: Phòng Quản lý công sản; thời hạn ghi theo quý được hiểu là ngày cuối cùng của quý."
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=6)
    ws.cell(last + 4, 5).value = "TRƯỞNG PHÒNG"
    ws.cell(last + 7, 5).value = "Vi Thị Ngọc Hân"
    column_widths(ws, [6, 52, 22, 20, 16, 22])
    wb.save(path)


def h896_docx(h, path: Path) -> None:
    """District preventive medicine centre, nutrition department: a monthly plan with a time-first table (to .doc)."""
    doc = document()
    head_block(
        doc,
        "TRUNG TÂM Y TẾ HUYỆN KỲ SƠN\nKHOA DINH DƯỠNG\n───────\nSố: 12/KH-KDD",
        right2="Kỳ Sơn, ngày 26 tháng 01 năm 2027",
    )
    para(doc, "KẾ HOẠCH HOẠT ĐỘNG THÁNG 02/2027", bold=True, center=True)
    para(doc, "Khoa Dinh dưỡng - An toàn thực phẩm", italic=True, center=True)
    para(
        doc,
        "Căn cứ Kế hoạch hoạt động năm 2027 của Trung tâm Y tế huyện; căn cứ tình hình thực tế, Khoa Dinh dưỡng xây dựng kế hoạch hoạt động tháng 02/2027 như sau:",
    )
    grid(
        doc,
        ["Thời gian", "Nội dung công việc", "Người thực hiện", "Ghi chú"],
        [
            [
                "01 - 05/02",
                "Cân, đo trẻ dưới 5 tuổi đợt 1/2027 tại 08 xã (phối hợp trạm y tế xã)",
                "CN. Tòng Thị Lợi, YS. Hà Văn Quý",
                "Hỗ trợ trạm",
            ],
            [
                "Từ 03/02",
                "Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán tại chợ thị trấn, chợ Na Lượng",
                "Đoàn liên ngành (Khoa là thường trực)",
                "",
            ],
            [
                "08/02 (thứ Hai)",
                "Tổng hợp số liệu suy dinh dưỡng quý IV/2026 gửi Trung tâm Kiểm soát bệnh tật tỉnh",
                "YS. Hà Văn Quý",
                "",
            ],
            [
                "10/02",
                "Tập huấn hướng dẫn chế biến bữa ăn bổ sung cho cộng tác viên dinh dưỡng thôn, bản",
                "BS. Lương Minh Hải - Trưởng khoa",
                "Hội trường TTYT",
            ],
            ["Tuần 3", "Giám sát bữa ăn bán trú tại 04 trường mầm non vùng khó khăn", "CN. Tòng Thị Lợi", ""],
            [
                "Cả tháng",
                "Tư vấn dinh dưỡng cho bà mẹ mang thai tại phòng khám",
                "Nhân viên khoa",
                "Sáng thứ 3, thứ 5 hằng tuần",
            ],
            ["", "Nghỉ Tết Nguyên đán theo quy định", "", ""],
            [
                "25/02",
                "Viết tin bài truyền thông vi chất dinh dưỡng đăng trang thông tin điện tử TTYT",
                "YS. Hà Văn Quý",
                "",
            ],
            [
                "26 - 27/02",
                "Xét nghiệm nhanh mẫu thực phẩm tại bếp ăn tập thể Công ty may Kỳ Sơn",
                "CN. Tòng Thị Lợi",
                "Phối hợp khoa Xét nghiệm",
            ],
        ],
    )
    para(
        doc,
        "* Ghi chú: Lịch có thể thay đổi theo chỉ đạo của Ban Giám đốc. Các thành viên báo cáo kết quả công việc cho Trưởng khoa vào chiều thứ Sáu hằng tuần.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc (b/c);\n- Phòng KH-NV;\n- Lưu: Khoa.",
        "TRƯỞNG KHOA\n\n\n\nLương Minh Hải",
    )
    doc.save(path)


def h897_docx(h, path: Path) -> None:
    """Bar Association: notice of the chairman's conclusions at the Executive Board meeting, pointed by committees."""
    doc = document()
    head_block(
        doc,
        "ĐOÀN LUẬT SƯ TỈNH NAM BÌNH\nBAN CHỦ NHIỆM\n───────\nSố: 09/TB-ĐLS",
        right2="Nam Bình, ngày 11 tháng 01 năm 2027",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Chủ nhiệm Đoàn Luật sư tại phiên họp Ban Chủ nhiệm tháng 01/2027",
        bold=True,
        center=True,
    )
    lines = [
        "Ngày 08/01/2027, Ban Chủ nhiệm Đoàn Luật sư tỉnh họp phiên thường kỳ dưới sự chủ trì của Luật sư Trịnh Quốc Bảo, Chủ nhiệm Đoàn. Tham dự có các Phó Chủ nhiệm, Trưởng Ban Kiểm tra - Giám sát, Chánh Văn phòng Đoàn. Sau khi nghe báo cáo và ý kiến thảo luận, Chủ nhiệm Đoàn kết luận như sau:",
        "**1. Đánh giá chung",
        "Năm 2026, Đoàn đã kết nạp 37 luật sư mới, tổ chức 04 lớp bồi dưỡng nghiệp vụ; công tác trợ giúp pháp lý miễn phí được duy trì. Tuy nhiên, việc nộp phí thành viên của một số luật sư còn chậm.",
        "**2. Nhiệm vụ thời gian tới",
        "2.1. Văn phòng Đoàn rà soát danh sách luật sư chưa nộp phí thành viên năm 2026, gửi thông báo nhắc nộp trước ngày 25/01/2027.",
        "2.2. Ban Đào tạo, bồi dưỡng xây dựng kế hoạch bồi dưỡng nghiệp vụ bắt buộc năm 2027 (tối thiểu 08 giờ/luật sư), trình Ban Chủ nhiệm tại phiên họp tháng 02.",
        "2.3. Ban Kiểm tra - Giám sát hoàn thành xác minh 03 đơn phản ánh về đạo đức nghề nghiệp luật sư, báo cáo kết quả trước 28/02/2027.",
        "2.4. Phó Chủ nhiệm phụ trách công tác đối ngoại (Luật sư Đỗ Thị Hà My) chủ trì chuẩn bị Đại hội nhiệm kỳ 2027 - 2032; dự kiến tổ chức trong tháng 6/2027.",
        "2.5. Trung tâm Tư vấn pháp luật của Đoàn phối hợp với Sở Tư pháp tổ chức tư vấn pháp luật lưu động tại 02 huyện miền núi trong Quý I/2027.",
        "2.6. Các Phó Chủ nhiệm theo lĩnh vực được phân công chỉ đạo các Ban chuyên môn triển khai nhiệm vụ.",
        "2.7. Văn phòng Đoàn cập nhật danh sách luật sư đang hành nghề trên Trang thông tin điện tử của Đoàn; thực hiện thường xuyên.",
        "**3. Kiến nghị",
        "Đề nghị Sở Tư pháp tỉnh sớm có ý kiến về Đề án sắp xếp trụ sở làm việc của Đoàn (gửi từ tháng 10/2026).",
        "Đề nghị Liên đoàn Luật sư Việt Nam hướng dẫn việc tổ chức Đại hội nhiệm kỳ đối với Đoàn có dưới 200 luật sư.",
        "Các Ban chuyên môn báo cáo kết quả thực hiện các nội dung trên về Văn phòng Đoàn trước ngày 05 hằng tháng để tổng hợp.",
        "Văn phòng Đoàn thông báo để các thành viên Ban Chủ nhiệm và các bộ phận liên quan biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Thành viên BCN;\n- Sở Tư pháp (b/c);\n- Lưu: VP.",
        "TL. CHỦ NHIỆM\nCHÁNH VĂN PHÒNG\n\n\n\nNông Thị Thu Trang",
    )
    doc.save(path)


def h898_xlsx(h, path: Path) -> None:
    """City parks and trees company: weekly calendar of the directors, day merged down, times many ways."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Tuan 2"
    ws["A1"] = "CÔNG TY TNHH MTV CÔNG VIÊN CÂY XANH THÀNH PHỐ VĨNH GIANG"
    ws["A3"] = "LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC"
    ws["A4"] = "(Tuần 02/2027, từ ngày 11/01/2027 đến ngày 17/01/2027)"
    for r in (1, 3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.cell(r, 1).font = Font(bold=r != 4, italic=r == 4)
    ws.append([])
    ws.append(["Thứ, ngày", "Thời gian", "Nội dung", "Chủ trì / Thành phần", "Đơn vị chuẩn bị, địa điểm"])
    bold_header(ws, 6)
    rows = [
        [
            "Thứ Hai\n11/01",
            "7h30",
            "Giao ban Ban Giám đốc đầu tuần",
            "Giám đốc Lê Hữu Phước; các PGĐ, trưởng phòng",
            "Phòng Tổ chức - Hành chính; phòng họp tầng 2",
        ],
        [
            "",
            "14 giờ 00",
            "Kiểm tra tiến độ trồng hoa Tết tại Quảng trường 3/2",
            "PGĐ Mạc Văn Tùng",
            "Xí nghiệp Hoa kiểng; tại hiện trường",
        ],
        [
            "Thứ Ba\n12/01",
            "8g00",
            "Làm việc với Phòng Quản lý đô thị thành phố về danh mục cây xanh cần thay thế năm 2027",
            "Giám đốc",
            "Phòng Kế hoạch - Kỹ thuật (P.KH-KT)",
        ],
        ["", "Chiều", "Làm việc tại cơ quan", "Giám đốc", ""],
        [
            "Thứ Tư\n13/01",
            "7h00 - 11h00",
            "Cắt tỉa, hạ cây nguy hiểm tuyến đường Trần Khánh Dư (dự kiến)",
            "PGĐ Mạc Văn Tùng",
            "Đội Cây xanh số 2",
        ],
        ["", "15h", "Họp xét nâng lương, nâng bậc quý I/2027", "Giám đốc", "Phòng Tổ chức - Hành chính"],
        [
            "Thứ Năm\n14/01",
            "Cả ngày",
            "Nghiệm thu khối lượng duy trì công viên tháng 12/2026",
            "PGĐ Trần Thị Kim Oanh",
            "P.KH-KT; Phòng Tài chính - Kế toán",
        ],
        [
            "Thứ Sáu\n15/01",
            "9h30",
            "Tiếp doanh nghiệp định kỳ",
            "Giám đốc",
            "Phòng Tổ chức - Hành chính; phòng tiếp khách",
        ],
        [
            "",
            "14h00",
            "Duyệt phương án trang trí đèn lồng Tết tại Công viên Bờ Hồ",
            "PGĐ Trần Thị Kim Oanh",
            "Xí nghiệp Hoa kiểng",
        ],
        ["Thứ Bảy\n16/01", "", "Trực lãnh đạo: PGĐ Mạc Văn Tùng", "", ""],
        ["Chủ nhật\n17/01", "", "(Chưa có lịch)", "", ""],
    ]
    first = ws.max_row + 1
    for row in rows:
        ws.append(row)
    # each day's cell merged down over its rows
    spans = [(0, 1), (2, 3), (4, 5), (6, 6), (7, 8), (9, 9), (10, 10)]
    for a, b in spans:
        if b > a:
            ws.merge_cells(start_row=first + a, start_column=1, end_row=first + b, end_column=1)
    wrap(ws, first)
    last = ws.max_row
    ws.cell(
        last + 2, 1
    ).value = "Ghi chú: Lịch có thể thay đổi. Các phòng, xí nghiệp, đội đăng ký lịch tuần sau về Phòng Tổ chức - Hành chính trước 15h00 thứ Năm hằng tuần."
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=5)
    ws.cell(last + 4, 4).value = "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG TC-HC"
    ws.cell(last + 7, 4).value = "Khúc Thị Yến"
    column_widths(ws, [12, 12, 48, 28, 30])
    wb.save(path)


def h899_docx(h, path: Path) -> None:
    """Gender equality and children's protection division: a plan whose tasks are dash points closing with the unit in parentheses (to .pdf)."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH NAM BÌNH\nSỞ Y TẾ\n───────\nSố: 214/KH-SYT",
        right2="Nam Bình, ngày 09 tháng 01 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thực hiện công tác bình đẳng giới và bảo vệ trẻ em năm 2027", bold=True, center=True)
    lines = [
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "- Nâng cao nhận thức về bình đẳng giới, phòng ngừa xâm hại trẻ em trong cộng đồng.",
        "- Phấn đấu 100% trẻ em có hoàn cảnh đặc biệt được quản lý, theo dõi.",
        "**II. NỘI DUNG THỰC HIỆN",
        "**1. Công tác truyền thông",
        "- Tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em năm 2027 (tháng 6/2027) (Phòng Bình đẳng giới và Trẻ em chủ trì, phối hợp Đài Phát thanh - Truyền hình tỉnh).",
        "- Xây dựng 03 phóng sự về phòng, chống bạo lực gia đình phát sóng trong Quý III (Phòng Bình đẳng giới và Trẻ em).",
        "- Đề nghị Hội Liên hiệp Phụ nữ tỉnh lồng ghép nội dung bình đẳng giới vào sinh hoạt chi hội phụ nữ; thường xuyên.",
        "**2. Công tác bảo vệ, chăm sóc trẻ em",
        "- Rà soát, cập nhật cơ sở dữ liệu trẻ em có hoàn cảnh đặc biệt trên phần mềm quản lý, hoàn thành trước 30/4/2027 (Trung tâm Công tác xã hội tỉnh).",
        "- Kiểm tra công tác bảo vệ trẻ em tại 04 huyện: Kỳ Sơn, Tân Lạc, Mường Khương, Yên Thịnh; thời gian tháng 8 - 10/2027 (Phòng Bình đẳng giới và Trẻ em).",
        "- Tổ chức Diễn đàn trẻ em tỉnh lần thứ IX (dự kiến tháng 5/2027) (Tỉnh đoàn Nam Bình phối hợp).",
        "**3. Công tác bình đẳng giới",
        "- Tập huấn lồng ghép giới trong xây dựng văn bản quy phạm pháp luật cho cán bộ các sở, ngành (Quý II/2027) (Phòng Bình đẳng giới và Trẻ em).",
        "- Tổng hợp số liệu thống kê giới của tỉnh năm 2026 gửi Bộ Y tế trước ngày 15/3/2027 (Văn phòng Sở phối hợp).",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Bình đẳng giới và Trẻ em là cơ quan thường trực, tham mưu Giám đốc Sở theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Phòng Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế hoạch từ nguồn sự nghiệp bảo đảm xã hội năm 2027.",
        "3. Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo Phòng Văn hóa - Xã hội xây dựng kế hoạch thực hiện tại địa phương; báo cáo kết quả về Sở Y tế trước ngày 10/12/2027.",
        "Kinh phí thực hiện từ nguồn ngân sách tỉnh giao cho Sở Y tế năm 2027 và các nguồn hợp pháp khác./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- UBND các huyện;\n- Lưu: VT, BĐG&TE.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nPhùng Đức Toàn",
    )
    doc.save(path)


def h900_docx(h, path: Path) -> None:
    """Irrigation sub-department: a quarter programme in landscape, months as section rows, units long then short."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCHI CỤC THỦY LỢI\n───────\nSố: 05/CTr-CCTL",
        right2="Nam Bình, ngày 30 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    grid(
        doc,
        [
            "TT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Lãnh đạo phụ trách",
            "Thời gian hoàn thành",
            "Sản phẩm",
        ],
        [
            ("§", "I", "THÁNG 01"),
            [
                "1",
                "Chỉ đạo lấy nước đợt 1 phục vụ gieo cấy vụ Đông Xuân 2026 - 2027",
                "Phòng Quản lý công trình thủy lợi (Phòng QLCT)",
                "PCCT Vũ Đình Nam",
                "15/01",
                "Báo cáo nhanh",
            ],
            [
                "2",
                "Kiểm tra hiện trạng các hồ chứa xung yếu sau mùa mưa lũ",
                "Phòng QLCT",
                "PCCT Vũ Đình Nam",
                "Tháng 01",
                "Biên bản kiểm tra",
            ],
            [
                "3",
                "Tổng kết công tác phòng, chống thiên tai năm 2026",
                "Phòng Phòng chống thiên tai (Phòng PCTT)",
                "Chi cục trưởng",
                "20/01",
                "Báo cáo tổng kết",
            ],
            ("§", "II", "THÁNG 02"),
            [
                "4",
                "Trực ban, theo dõi mực nước các hồ chứa trong dịp Tết Nguyên đán Đinh Mùi",
                "Phòng PCTT",
                "Chi cục trưởng",
                "Hằng ngày",
                "Sổ trực",
            ],
            [
                "5",
                "Thẩm định hồ sơ cấp phép hoạt động trong phạm vi bảo vệ công trình thủy lợi",
                "Phòng QLCT",
                "PCCT Vũ Đình Nam",
                "Trong 15 ngày kể từ ngày nhận đủ hồ sơ",
                "Tờ trình",
            ],
            ("§", "III", "THÁNG 3"),
            [
                "6",
                "Xây dựng phương án ứng phó hạn hán, xâm nhập mặn năm 2027",
                "Phòng PCTT",
                "Chi cục trưởng",
                "31/3",
                "Phương án",
            ],
            [
                "7",
                "Hướng dẫn các tổ chức thủy lợi cơ sở kiện toàn bộ máy theo Thông tư 05/2018/TT-BNNPTNT",
                "Phòng QLCT",
                "",
                "Trước 25/3",
                "Văn bản hướng dẫn",
            ],
            [
                "8",
                "Quyết toán kinh phí hỗ trợ sử dụng sản phẩm, dịch vụ công ích thủy lợi năm 2026",
                "Bộ phận Hành chính - Tổng hợp",
                "Chi cục trưởng",
                "Tháng 3",
                "Hồ sơ quyết toán",
            ],
        ],
    )
    para(
        doc,
        "Ghi chú: PCCT: Phó Chi cục trưởng. Các nội dung phát sinh sẽ được bổ sung tại giao ban tháng.",
        italic=True,
    )
    para(
        doc,
        "Các phòng, bộ phận báo cáo kết quả thực hiện Chương trình về Bộ phận Hành chính - Tổng hợp trước ngày 22 hằng tháng để tổng hợp báo cáo Sở.",
    )
    sign_table(
        doc, "Nơi nhận:\n- Sở NN&MT (b/c);\n- Các phòng;\n- Lưu: VT.", "CHI CỤC TRƯỞNG\n\n\n\nTạ Quang Hưng"
    )
    doc.save(path)


def h901_docx(h, path: Path) -> None:
    """Vocational college, student affairs office: a plan for the new-year term with a post-led table."""
    doc = document()
    head_block(
        doc,
        "TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHỆ NAM BÌNH\nPHÒNG CÔNG TÁC HỌC SINH, SINH VIÊN\n───────\nSố: 03/KH-CTHSSV",
        right2="Nam Bình, ngày 04 tháng 01 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Công tác học sinh, sinh viên học kỳ II năm học 2026 - 2027", bold=True, center=True)
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(
        doc,
        "Quản lý tốt học sinh, sinh viên (HSSV) nội trú, ngoại trú; thực hiện đầy đủ chế độ chính sách; giảm tỷ lệ HSSV bỏ học xuống dưới 5%.",
    )
    para(doc, "II. NỘI DUNG, THỜI GIAN", bold=True)
    grid(
        doc,
        ["TT", "Nội dung", "Thời gian", "Người phụ trách"],
        [
            [
                "1",
                "Tổ chức Tuần sinh hoạt công dân - HSSV đầu học kỳ II cho các lớp khóa 2026",
                "Từ 11/01 đến 16/01/2027",
                "Trưởng phòng CTHSSV",
            ],
            [
                "2",
                "Xét, trình Hiệu trưởng quyết định cấp học bổng khuyến khích học tập học kỳ I",
                "Trước 31/01/2027",
                "Chuyên viên Nguyễn Thị Bích (phụ trách chế độ chính sách)",
            ],
            [
                "3",
                "Lập danh sách HSSV được miễn, giảm học phí theo Nghị định số 81; gửi Phòng Kế hoạch - Tài chính",
                "Tháng 02/2027",
                "Chuyên viên Nguyễn Thị Bích",
            ],
            ["4", "Kiểm tra ký túc xá, nội vụ phòng ở", "Tối thứ Tư hằng tuần", "Quản lý ký túc xá"],
            [
                "5",
                "Phối hợp Công an phường Đông Thành tuyên truyền phòng, chống ma túy, an toàn giao thông cho HSSV",
                "Tháng 3/2027",
                "Phó Trưởng phòng Lò Thị Hoa",
            ],
            ["6", "Tổ chức đối thoại giữa Hiệu trưởng với HSSV", "15/4/2027", "Trưởng phòng CTHSSV"],
            [
                "7",
                "Khảo sát việc làm của HSSV tốt nghiệp năm 2026",
                "Tháng 4 - 5/2027",
                "Phó Trưởng phòng Lò Thị Hoa",
            ],
            [
                "8",
                "Đánh giá kết quả rèn luyện HSSV học kỳ II, trình Hội đồng",
                "Trước 20/6/2027",
                "Trưởng phòng CTHSSV",
            ],
        ],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Giáo viên chủ nhiệm các lớp nắm tình hình HSSV, báo cáo số HSSV nghỉ học quá 03 buổi/tuần về Phòng CTHSSV vào thứ Sáu hằng tuần.",
    )
    para(
        doc,
        "2. Đề nghị Đoàn Thanh niên trường phối hợp tổ chức các hoạt động ngoại khóa, tình nguyện cho HSSV.",
    )
    para(doc, "3. Các khoa, tổ bộ môn tạo điều kiện để HSSV tham gia đầy đủ các hoạt động theo kế hoạch.")
    sign_table(
        doc,
        "Nơi nhận:\n- Hiệu trưởng (b/c);\n- Các khoa;\n- Lưu: P.CTHSSV.",
        "TRƯỞNG PHÒNG\n\n\n\nĐặng Văn Quyết",
    )
    doc.save(path)


H902_MD = """ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN PHƯỜNG HÒA PHÚ
Số: 41-CTr/ĐTN

*Hòa Phú, ngày 25 tháng 12 năm 2026*

# CHƯƠNG TRÌNH CÔNG TÁC ĐOÀN VÀ PHONG TRÀO THANH NIÊN THÁNG 01/2027

Căn cứ Chương trình công tác năm 2027 của Ban Thường vụ Thành Đoàn Vĩnh Giang; căn cứ tình hình thực tế, Ban Chấp hành Đoàn phường xây dựng chương trình công tác tháng 01/2027 như sau:

## I. Công tác tuyên truyền, giáo dục

1. Tổ chức sinh hoạt chủ điểm kỷ niệm Ngày Học sinh - Sinh viên Việt Nam (09/01) tại các chi đoàn khu phố; thời gian: trước 09/01/2027. *Giao: Chi đoàn khu phố 1, 2, 4.*
2. Đăng tải tin, bài tuyên truyền Tết an toàn trên trang Facebook "Tuổi trẻ Hòa Phú" — thực hiện thường xuyên. *Giao: đ/c Phó Bí thư Vũ Thành Đạt.*

## II. Phong trào hành động cách mạng

3. Ra quân Chiến dịch "Xuân tình nguyện" năm 2027: dọn vệ sinh kênh Bàu Sen, trao 50 suất quà Tết cho hộ nghèo — ngày 17/01/2027 (Chủ nhật), 7 giờ 00 tại Nhà văn hóa khu phố 3. *Giao: Chi đoàn khu phố 3.*
4. Phối hợp Hội Chữ thập đỏ phường tổ chức ngày hội hiến máu "Giọt hồng tháng Giêng" — dự kiến 24/01. *Giao: Ban Thường vụ Đoàn phường.*
5. Thành lập đội thanh niên tình nguyện giữ gìn trật tự giao thông khu vực chợ Hòa Phú dịp Tết, hoạt động từ 20/01 đến hết ngày 05/02/2027. *Giao: Chi đoàn Công an phường.*

## III. Công tác xây dựng tổ chức Đoàn

6. Hoàn thành đánh giá, xếp loại đoàn viên và chất lượng tổ chức cơ sở Đoàn năm 2026; nộp hồ sơ về Văn phòng Đoàn phường trước 10/01/2027. *Giao: các chi đoàn.*
7. Thu đoàn phí quý IV/2026. *Giao: các chi đoàn; hạn chót 15/01/2027.*
8. Giới thiệu 03 đoàn viên ưu tú cho Đảng ủy phường xem xét kết nạp. *Giao: Ban Thường vụ Đoàn phường; tháng 01/2027.*

## IV. Kiến nghị

9. Đề nghị UBND phường hỗ trợ kinh phí tổ chức chiến dịch "Xuân tình nguyện" (khoảng 12 triệu đồng) trước ngày 12/01/2027.

---

*Lưu ý: Thời gian cụ thể các hoạt động sẽ được thông báo trên nhóm Zalo "BCH Đoàn phường".*

Các chi đoàn báo cáo kết quả hoạt động tháng về Ban Thường vụ Đoàn phường trước ngày 25 hằng tháng (qua email doanphuonghoaphu@gmail.com).

**TM. BAN CHẤP HÀNH ĐOÀN PHƯỜNG**
**BÍ THƯ**

Triệu Ngọc Lan

*Nơi nhận: Thành Đoàn (b/c); Đảng ủy phường (b/c); các chi đoàn; lưu VP.*
"""


def h902_md(h, path: Path) -> None:
    """Ward Youth Union: a monthly programme as Markdown, numbered points each closing with an italic 'Giao:'."""
    path.write_text(H902_MD, encoding="utf-8")


def batch_h893() -> None:
    """Writes h893–h902 (the .doc and the .pdf through LibreOffice)."""
    write_batch(
        [
            (h893_docx, "h893_cv_sgd_gdtrh_hoc_ky_ii.docx"),
            (h894_docx, "h894_ctr_hdnd_xa_giam_sat_ky_hop.docx"),
            (h895_xlsx, "h895_dm_nv_stc_cong_san_2027.xlsx"),
            (h897_docx, "h897_tbkl_doan_luat_su_bcn.docx"),
            (h898_xlsx, "h898_lich_tuan_cty_cong_vien_cay_xanh.xlsx"),
            (h900_docx, "h900_ctr_quy_chi_cuc_thuy_loi.docx"),
            (h901_docx, "h901_kh_cd_nghe_cthssv_hk2.docx"),
            (h902_md, "h902_ctr_thang_doan_phuong.md"),
        ],
        [
            (h896_docx, "h896_kh_thang_khoa_dinh_duong_ttyt.docx", "doc"),
            (h899_docx, "h899_kh_bdg_tre_em_so_y_te.docx", "pdf"),
        ],
        _out,
    )
