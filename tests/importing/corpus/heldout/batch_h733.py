"""Held-out batch h733–h742, written by h13author70 blind to the importer: ten documents of a
provincial Department of Agriculture and Environment's land management division, a provincial
Department of Education and Training's secondary education division, a commune public
administration service centre, a provincial centre for culture and cinema, a provincial Union of
Friendship Organisations, a provincial social protection centre (elderly and orphan care), a
provincial drug rehabilitation facility, a provincial public passenger transport management
centre, a provincial Association of the Blind and a teachers' training college. Every name,
person, place, number and date in them is invented."""

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
    "h737_tbkl_lien_hiep_huu_nghi",  # h13fixYJ
    "h735_lich_tuan_tt_hcc_xa",  # h13fixYI
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h733_docx(h, path: Path) -> None:
    """Land management division: a dispatch, bold addressee labels over lettered points."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH HẢI LÂM\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n───────\nSố: 2917/SNNMT-QLĐĐ\nV/v đẩy nhanh "
        "tiến độ cấp "
        "Giấy chứng nhận quyền sử dụng đất và chuẩn bị kế hoạch sử dụng đất năm 2027",
        right2="Hải Lâm, ngày 08 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Ủy ban nhân dân các xã, phường;",
        "- Văn phòng Đăng ký đất đai tỉnh;",
        "- Trung tâm Phát triển quỹ đất tỉnh.",
        "Thực hiện Chỉ thị số 09/CT-UBND ngày 14/11/2026 của Ủy ban nhân dân tỉnh về tăng cường công tác "
        "quản lý nhà nước về đất đai; qua theo dõi, đến ngày 30/11/2026 toàn tỉnh còn 4.862 hồ sơ đề nghị "
        "cấp Giấy chứng nhận lần đầu chưa được giải quyết, trong đó 1.105 hồ sơ quá hạn. Để khắc phục tình "
        "trạng trên, Sở Nông nghiệp và Môi trường đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
        "**1. Ủy ban nhân dân các xã, phường",
        "a) Rà soát, thống kê các trường hợp sử dụng đất chưa được cấp Giấy chứng nhận, phân loại nguyên "
        "nhân theo mẫu gửi kèm, gửi về Sở (qua Phòng Quản lý đất đai) trước ngày 15/01/2027.",
        "b) Cập nhật kịp thời các biến động đất đai trên địa bàn vào cơ sở dữ liệu đất đai của tỉnh; thực "
        "hiện thường xuyên.",
        "**2. Văn phòng Đăng ký đất đai tỉnh",
        "a) Chỉ đạo các Chi nhánh Văn phòng Đăng ký đất đai chỉnh lý, hoàn thiện hồ sơ địa chính các thửa "
        "đất đã cấp Giấy chứng nhận, thực hiện từ ngày 01/01/2027 đến ngày 30/6/2027.",
        "b) Hoàn thiện, đưa vào vận hành cơ sở dữ liệu đất đai của 12 xã, phường còn lại, phối hợp với "
        "Phòng Quản lý đất đai kiểm tra, nghiệm thu; hoàn thành trong Quý I/2027.",
        "**3. Trung tâm Phát triển quỹ đất tỉnh",
        "Lập danh mục các khu đất dự kiến đấu giá quyền sử dụng đất năm 2027, kèm phương án tạo quỹ đất "
        "sạch, trình Sở trước ngày 31/01/2027.",
        "**4. Phòng Quản lý đất đai",
        "a) Tham mưu Giám đốc Sở trình Ủy ban nhân dân tỉnh phê duyệt kế hoạch sử dụng đất năm 2027 cấp "
        "tỉnh trước ngày 25/12/2026.",
        "b) Kiểm tra việc quản lý, sử dụng đất của các tổ chức được Nhà nước giao đất, cho thuê đất tại "
        "06 xã, phường (có danh sách kèm theo); thời gian trong tháng 4/2027.",
        "**5. Đề nghị Thuế tỉnh Hải Lâm",
        "Phối hợp xác định, thông báo nghĩa vụ tài chính đối với hồ sơ cấp Giấy chứng nhận do Văn phòng "
        "Đăng ký đất đai tỉnh chuyển đến đúng thời hạn quy định, không để hồ sơ tồn đọng.",
        "Ủy ban nhân dân các xã, phường báo cáo tiến độ cấp Giấy chứng nhận về Sở (qua Phòng Quản lý đất "
        "đai) định kỳ hằng tuần, trước 15 giờ ngày thứ Năm, để tổng hợp báo cáo Ủy ban nhân dân tỉnh.",
        "Quá trình thực hiện nếu có khó khăn, vướng mắc, đề nghị phản ánh về Sở Nông nghiệp và Môi trường "
        "(qua Phòng Quản lý đất đai, số điện thoại 0216.3822.417) để phối hợp giải quyết./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Thuế tỉnh Hải Lâm;\n- "
        "Lưu: VT, "
        "QLĐĐ.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nĐặng Văn Khiêm",
    )
    doc.save(path)


def h734_docx(h, path: Path) -> None:
    """Secondary education division: a plan, lettered tasks with the unit at the end or as subject."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH HẢI LÂM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n───────\nSố: 1684/KH-SGDĐT",
        right2="Hải Lâm, ngày 11 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Ôn tập, nâng cao chất lượng Kỳ thi tốt nghiệp trung học phổ thông năm 2027",
        "Căn cứ Thông tư của Bộ Giáo dục và Đào tạo ban hành Quy chế thi tốt nghiệp trung học phổ thông; căn "
        "cứ kết quả Kỳ thi tốt nghiệp THPT năm 2026 (tỷ lệ tốt nghiệp toàn tỉnh đạt 98,12%, điểm trung bình "
        "các môn xếp thứ 41/63), Sở Giáo dục và Đào tạo ban hành Kế hoạch ôn tập năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "- Nâng cao chất lượng dạy học lớp 12, phấn đấu tỷ lệ tốt nghiệp đạt trên 98,5%.",
        "- Việc tổ chức ôn tập phải thiết thực, không gây áp lực, không thu tiền học thêm trái quy định.",
        "**II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "a) Phòng Khảo thí và Kiểm định chất lượng giáo dục xây dựng ngân hàng câu hỏi ôn tập các môn thi "
        "theo định dạng đề minh họa của Bộ, hoàn thành trước ngày 31/01/2027.",
        "b) Bồi dưỡng giáo viên cốt cán 07 môn thi về kỹ năng ra đề, hướng dẫn ôn tập theo định hướng phát "
        "triển năng lực trong tháng 02/2027 (Phòng Giáo dục trung học).",
        "c) Tổ chức khảo sát chất lượng học sinh lớp 12 lần 1 toàn tỉnh vào ngày 10-11/3/2027; Phòng Giáo "
        "dục trung học chủ trì, các trường THPT, Trung tâm GDNN-GDTX phối hợp thực hiện.",
        "d) Các trường trung học phổ thông tổ chức thi thử cấp trường lần 2, phân tích kết quả từng lớp, "
        "từng môn để điều chỉnh kế hoạch ôn tập; thời gian trong tháng 4/2027.",
        "đ) Thanh tra Sở chủ trì, phối hợp Phòng Giáo dục trung học kiểm tra việc tổ chức ôn tập, dạy thêm, "
        "học thêm tại 12 trường THPT; hoàn thành trong Quý II/2027.",
        "e) Đề nghị Đài Phát thanh và Truyền hình tỉnh phối hợp phát sóng chuyên mục “Ôn thi tốt nghiệp” "
        "vào tối thứ Bảy hằng tuần, từ tháng 3 đến tháng 6/2027.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Giáo dục trung học là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch, tổng hợp "
        "báo cáo Giám đốc Sở.",
        "2. Phòng Kế hoạch - Tài chính bố trí kinh phí tổ chức khảo sát, bồi dưỡng giáo viên từ nguồn sự "
        "nghiệp giáo dục năm 2027 của Sở.",
        "3. Hiệu trưởng các trường THPT, Giám đốc các Trung tâm GDNN-GDTX căn cứ Kế hoạch chủ động xây dựng "
        "kế hoạch ôn tập của đơn vị.",
        "4. Các trường THPT báo cáo kết quả thi thử lần 2 về Sở (qua Phòng Giáo dục trung học) trước ngày "
        "08/5/2027.",
        "Trên đây là Kế hoạch ôn tập, nâng cao chất lượng Kỳ thi tốt nghiệp THPT năm 2027 của Sở Giáo dục và "
        "Đào tạo./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Bộ GDĐT (b/c);\n- UBND tỉnh (b/c);\n- Các trường THPT;\n- Các TT GDNN-GDTX;\n- "
        "Lưu: VT, "
        "GDTrH.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNguyễn Thị Thu Trang",
    )
    doc.save(path)


def h735_xlsx(h, path: Path) -> None:
    """Commune service centre: a weekly calendar, every row repeating its day, duty lines, a remark."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Tuan 51"
    title_rows(
        ws,
        [
            "ỦY BAN NHÂN DÂN XÃ PHÚ HƯNG - TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
            "LỊCH LÀM VIỆC CỦA LÃNH ĐẠO TRUNG TÂM",
            "Tuần 51 (từ 14/12/2026 đến 20/12/2026)",
        ],
        6,
        (1, 2),
    )
    ws.append(["Ngày", "Buổi", "Nội dung", "Lãnh đạo", "Bộ phận chuẩn bị", "Địa điểm"])
    bold_header(ws, 4)
    rows = [
        [
            "Thứ Hai 14/12",
            "Sáng",
            "Giao ban đầu tuần, rà soát hồ sơ trễ hạn tuần 50",
            "Giám đốc Lê Văn Tường",
            "Bộ phận Tiếp nhận và trả kết quả",
            "Phòng họp Trung tâm",
        ],
        ["Thứ Hai 14/12", "Chiều", "Làm việc tại Trung tâm", "Giám đốc Lê Văn Tường", "", ""],
        [
            "Thứ Ba 15/12",
            "Sáng",
            "Làm việc với Viettel Hải Lâm về nâng cấp hệ thống xếp hàng tự động, ki-ốt tra cứu",
            "Phó Giám đốc Hà Thị Kim Oanh",
            "Bộ phận Hành chính - Tổng hợp",
            "Phòng họp Trung tâm",
        ],
        [
            "Thứ Ba 15/12",
            "Chiều",
            "Kiểm tra việc số hóa hồ sơ, kết quả giải quyết TTHC lĩnh vực đất đai",
            "Giám đốc Lê Văn Tường",
            "Phòng Kinh tế",
            "Quầy số 3, 4",
        ],
        [
            "Thứ Tư 16/12",
            "Sáng",
            "Tiếp công dân định kỳ",
            "Giám đốc Lê Văn Tường",
            "Văn phòng HĐND và UBND xã",
            "Phòng tiếp công dân",
        ],
        [
            "Thứ Tư 16/12",
            "Chiều",
            "Họp Tổ giúp việc rà soát danh mục TTHC thực hiện không phụ thuộc địa giới hành chính",
            "Phó Giám đốc Hà Thị Kim Oanh",
            "Bộ phận Hành chính - Tổng hợp",
            "Phòng họp Trung tâm",
        ],
        ["Thứ Năm 17/12", "Cả ngày", "Trực lãnh đạo: Phó Giám đốc Hà Thị Kim Oanh", "", "", ""],
        [
            "Thứ Năm 17/12",
            "Sáng",
            "Dự tập huấn sử dụng Hệ thống thông tin giải quyết TTHC tỉnh (trực tuyến)",
            "Giám đốc Lê Văn Tường",
            "Bộ phận Tiếp nhận và trả kết quả",
            "Điểm cầu xã Phú Hưng",
        ],
        [
            "Thứ Sáu 18/12",
            "Sáng",
            "Đối thoại với người dân, doanh nghiệp về chất lượng phục vụ năm 2026 (dự kiến)",
            "Giám đốc Lê Văn Tường",
            "Văn phòng HĐND và UBND xã",
            "Hội trường UBND xã",
        ],
        [
            "Thứ Sáu 18/12",
            "Chiều",
            "Tổng hợp Chỉ số hài lòng tháng 12, báo cáo Chủ tịch UBND xã",
            "Phó Giám đốc Hà Thị Kim Oanh",
            "Bộ phận Hành chính - Tổng hợp",
            "Trung tâm",
        ],
        [
            "Thứ Bảy 19/12",
            "Sáng",
            "Trực tiếp nhận, trả kết quả hồ sơ buổi sáng thứ Bảy",
            "Phó Giám đốc Hà Thị Kim Oanh",
            "Bộ phận Tiếp nhận và trả kết quả",
            "Trung tâm",
        ],
        ["Chủ nhật 20/12", "", "Nghỉ", "", "", ""],
    ]
    for row in rows:
        ws.append(row)
    wrap(ws, 5, "top")
    column_widths(ws, [15, 9, 52, 26, 28, 20])
    ws.append([])
    ws.append(
        [
            "",
            "",
            "Lịch có thể thay đổi theo chỉ đạo của UBND xã. Các bộ phận đăng ký nội dung lịch "
            "tuần 52 về Bộ phận Hành chính - Tổng hợp trước 16 giờ thứ Sáu ngày 18/12/2026.",
            "",
            "",
            "",
        ]
    )
    ws.append(["", "", "", "", "GIÁM ĐỐC", ""])
    ws.append([])
    ws.append(["", "", "", "", "Lê Văn Tường", ""])
    wb.save(path)


def h736_docx(h, path: Path) -> None:
    """Culture and cinema centre: a yearly programme table, roman group rows, loose times (.doc)."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTRUNG TÂM VĂN HÓA VÀ ĐIỆN ẢNH\n───────\nSố: 214/CTr-TTVHĐA",
        right2="Hải Lâm, ngày 15 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Năm 2026, Trung tâm tổ chức 186 buổi tuyên truyền lưu động, 412 buổi chiếu phim phục vụ vùng sâu, "
        "vùng xa; doanh thu rạp đạt 2,34 tỷ đồng. Năm 2027, Trung tâm xây dựng chương trình công tác "
        "như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian", "Ghi chú"],
        [
            ("§", "I", "CÔNG TÁC TUYÊN TRUYỀN CỔ ĐỘNG"),
            [
                "1",
                "Tuyên truyền trực quan mừng Đảng, mừng Xuân Đinh Mùi 2027 tại các trục đường chính",
                "Phòng Tuyên truyền cổ động",
                "Tháng 01 - 02",
                "Pano, băng rôn",
            ],
            [
                "2",
                "Liên hoan các đội tuyên truyền lưu động kỷ niệm 52 năm Ngày Giải phóng tỉnh",
                "Phòng Tuyên truyền cổ động",
                "Tháng 3",
                "12 đội",
            ],
            [
                "3",
                "Trang trí khánh tiết phục vụ các sự kiện chính trị của tỉnh",
                "Phòng Tuyên truyền cổ động",
                "Theo yêu cầu",
                "",
            ],
            ("§", "II", "CÔNG TÁC NGHỆ THUẬT QUẦN CHÚNG"),
            [
                "4",
                "Chương trình nghệ thuật đón giao thừa Tết Nguyên đán Đinh Mùi tại Quảng trường tỉnh",
                "Phòng Nghệ thuật quần chúng",
                "Đêm 30 Tết",
                "Phối hợp Đài PT-TH",
            ],
            [
                "5",
                "Hội diễn nghệ thuật quần chúng các xã, phường năm 2027",
                "Phòng Nghệ thuật quần chúng",
                "Quý III",
                "",
            ],
            [
                "6",
                "Mở lớp tập huấn hạt nhân văn nghệ cơ sở (02 lớp)",
                "Phòng Nghệ thuật quần chúng",
                "Tháng 5, tháng 10",
                "",
            ],
            ("§", "III", "CÔNG TÁC ĐIỆN ẢNH"),
            [
                "7",
                "Chiếu phim phục vụ đồng bào vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số (400 buổi)",
                "Đội Chiếu bóng lưu động",
                "Hằng tháng",
                "Theo lịch phân tuyến",
            ],
            [
                "8",
                "Tuần phim kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ (27/7)",
                "Phòng Chiếu phim và Phát hành phim",
                "Tháng 7",
                "",
            ],
            [
                "9",
                "Duy tu, bảo dưỡng hệ thống máy chiếu kỹ thuật số, âm thanh tại Rạp Hòa Bình",
                "Phòng Chiếu phim và Phát hành phim; Phòng Hành chính - Tổng hợp",
                "Thường xuyên",
                "",
            ],
            ("§", "IV", "CÔNG TÁC KHÁC"),
            [
                "10",
                "Tổng kết hoạt động năm 2027, bình xét thi đua khen thưởng",
                "Phòng Hành chính - Tổng hợp",
                "Tháng 12",
                "",
            ],
            ["", "Tổng kinh phí dự kiến: 3.850 triệu đồng", "", "", ""],
        ],
        widths=[1.0, 11.0, 6.0, 3.0, 4.0],
    )
    para(doc, "")
    para(
        doc,
        "Các phòng, đội báo cáo kết quả thực hiện Chương trình về Phòng Hành chính - Tổng hợp trước ngày 20 "
        "hằng tháng để tổng hợp báo cáo Sở Văn hóa, Thể thao và Du lịch.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở VHTTDL (b/c);\n- Ban Giám đốc;\n- Các phòng, đội;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nTriệu Minh Đức",
    )
    doc.save(path)


def h737_docx(h, path: Path) -> None:
    """Union of Friendship Organisations: a notice of conclusions, a deputy chair given a point (.pdf)."""
    doc = document()
    head_block(
        doc,
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ\nTỈNH HẢI LÂM\n───────\nSố: 87/TB-LHHN",
        right2="Hải Lâm, ngày 14 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh tại cuộc họp Thường trực tháng 12/2026",
        "Chiều ngày 11/12/2026, ông Vương Đình Phúc, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh (sau đây "
        "gọi là Liên hiệp) chủ trì cuộc họp Thường trực; dự họp có các Phó Chủ tịch, Chánh Văn phòng, trưởng "
        "các ban và đại diện các hội hữu nghị thành viên. Sau khi nghe Văn phòng báo cáo và ý kiến thảo "
        "luận, "
        "Chủ tịch Liên hiệp kết luận như sau:",
        "**1. Về kết quả năm 2026",
        "Năm 2026, Liên hiệp và các hội thành viên đã tổ chức 34 hoạt động đối ngoại nhân dân, vận động 28 "
        "dự án viện trợ phi chính phủ nước ngoài với tổng giá trị cam kết 2,1 triệu USD. Cuộc họp thống nhất "
        "thông qua dự thảo Báo cáo tổng kết năm 2026.",
        "**2. Nhiệm vụ trọng tâm thời gian tới",
        "2.1. Văn phòng Liên hiệp hoàn thiện dự thảo Chương trình công tác đối ngoại nhân dân năm 2027, "
        "trình Thường trực trước ngày 22/12/2026.",
        "2.2. Ban Công tác phi chính phủ nước ngoài tổng hợp tình hình hoạt động của các tổ chức phi chính "
        "phủ nước ngoài trên địa bàn năm 2026, báo cáo Ủy ban nhân dân tỉnh trước ngày 10/01/2027.",
        "2.3. Phó Chủ tịch phụ trách công tác phi chính phủ nước ngoài (ông Lò Văn Thắng) chỉ đạo xây dựng "
        "kế hoạch vận động viện trợ năm 2027, hoàn thành trong tháng 01/2027.",
        "2.4. Hội Hữu nghị Việt Nam - Lào tỉnh chủ trì tổ chức đoàn giao lưu hữu nghị với tỉnh "
        "Xay-ni-a-bu-li "
        "dịp Tết cổ truyền Bun-pi-may (tháng 4/2027).",
        "2.5. Ban Hữu nghị nhân dân phối hợp Văn phòng chuẩn bị Đại hội Hội Hữu nghị Việt Nam - Hàn "
        "Quốc tỉnh "
        "nhiệm kỳ 2027 - 2032, dự kiến tổ chức trong Quý II/2027.",
        "2.6. Văn phòng Liên hiệp tham mưu quyết toán kinh phí hoạt động năm 2026, hoàn thành trước ngày "
        "31/01/2027.",
        "2.7. Ban Hữu nghị nhân dân cập nhật tin, bài hoạt động đối ngoại nhân dân lên Trang thông tin "
        "điện tử "
        "của Liên hiệp; thực hiện thường xuyên.",
        "2.8. Các Phó Chủ tịch theo lĩnh vực được phân công chỉ đạo các ban, hội thành viên triển khai nhiệm "
        "vụ năm 2027.",
        "2.9. Đề nghị Công an tỉnh (Phòng Quản lý xuất nhập cảnh) phối hợp hướng dẫn thủ tục cho các đoàn "
        "khách nước ngoài vào làm việc theo chương trình của Liên hiệp.",
        "2.10. Các hội hữu nghị thành viên gửi báo cáo kết quả hoạt động năm 2026 về Văn phòng Liên "
        "hiệp trước "
        "ngày 25/12/2026.",
        "Văn phòng Liên hiệp thông báo để các ban, hội thành viên biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Dân vận Tỉnh ủy (b/c);\n- Thường trực Liên hiệp;\n- Các ban, hội thành "
        "viên;\n- Lưu: "
        "VT, VP.",
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\n\nPhan Thị Mỹ Linh",
    )
    doc.save(path)


def h738_docx(h, path: Path) -> None:
    """Social protection centre: a quarter programme under month rows, a unit merged down, a person column."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "SỞ Y TẾ TỈNH HẢI LÂM\nTRUNG TÂM BẢO TRỢ XÃ HỘI\n───────\nSố: 132/CTr-TTBTXH",
        right2="Hải Lâm, ngày 18 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Hiện Trung tâm đang nuôi dưỡng, chăm sóc 146 đối tượng (87 người cao tuổi cô đơn, 59 trẻ em mồ côi, "
        "bị bỏ rơi). Trung tâm xây dựng Chương trình công tác Quý I/2027 như sau (thời gian tính trong năm "
        "2027):",
    )
    t = grid(
        doc,
        ["STT", "Nội dung công việc", "Bộ phận thực hiện", "Người phụ trách", "Thời gian hoàn thành"],
        [
            ("§", "", "THÁNG 01"),
            [
                "1",
                "Tổ chức thăm hỏi, tặng quà Tết cho đối tượng; trang trí đón Tết tại các khu nuôi dưỡng",
                "Phòng Công tác xã hội",
                "PGĐ Trần Thị Hoa",
                "Trước Tết Nguyên đán",
            ],
            [
                "2",
                "Khám sức khỏe định kỳ cho người cao tuổi, lập hồ sơ theo dõi bệnh mãn tính",
                "Phòng Y tế - Phục hồi chức năng",
                "BS. Nguyễn Văn Lực",
                "20/01",
            ],
            ["3", "Tiêm phòng cúm mùa cho trẻ em và người cao tuổi", "", "BS. Nguyễn Văn Lực", "31/01"],
            ("§", "", "THÁNG 02"),
            [
                "4",
                "Bố trí lịch trực Tết, bảo đảm an toàn, phòng chống cháy nổ tại Trung tâm",
                "Phòng Hành chính - Tổng hợp",
                "Ông Đỗ Quang Vĩnh",
                "Trong dịp Tết",
            ],
            [
                "5",
                "Xây dựng thực đơn nuôi dưỡng theo mùa, bảo đảm định mức dinh dưỡng cho trẻ dưới 6 tuổi",
                "Tổ Nuôi dưỡng",
                "Bà Lý Thị Sen",
                "15/02",
            ],
            ("§", "", "THÁNG 3"),
            [
                "6",
                "Tiếp nhận, đánh giá nhu cầu, lập kế hoạch chăm sóc cá nhân cho đối tượng mới",
                "Phòng Công tác xã hội",
                "PGĐ Trần Thị Hoa",
                "Khi có quyết định tiếp nhận",
            ],
            [
                "7",
                "Tổ chức “Ngày hội gia đình” kết nối trẻ mồ côi với các gia đình nhận chăm sóc thay thế",
                "Khu nuôi dưỡng trẻ em",
                "Bà Mai Thu Hà",
                "26/3",
            ],
            [
                "8",
                "Sơ kết công tác Quý I, triển khai nhiệm vụ Quý II",
                "Phòng Hành chính - Tổng hợp",
                "Giám đốc",
                "31/3",
            ],
            ("§", "", "CÔNG VIỆC THƯỜNG XUYÊN"),
            [
                "9",
                "Theo dõi sức khỏe, ghi chép sổ y bạ của đối tượng",
                "Phòng Y tế - Phục hồi chức năng",
                "Y sĩ trực",
                "Hằng ngày",
            ],
            [
                "10",
                "Tổ chức sinh hoạt văn hóa, thể dục dưỡng sinh cho người cao tuổi",
                "Khu chăm sóc người cao tuổi",
                "Ông Vi Văn Tám",
                "Sáng thứ Hai, thứ Tư, thứ Sáu hằng tuần",
            ],
        ],
        widths=[1.2, 10.0, 5.0, 4.0, 4.0],
    )
    top, below = t.cell(3, 2), t.cell(4, 2)
    merged = top.merge(below)
    cell_text(merged, "Phòng Y tế - Phục hồi chức năng")
    para(doc, "")
    para(
        doc,
        "Các phòng, khu, tổ báo cáo kết quả thực hiện về Phòng Hành chính - Tổng hợp trước ngày 25 hằng "
        "tháng để tổng hợp, báo cáo Giám đốc.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các phòng, khu, tổ;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nHoàng Văn Nghĩa",
    )
    doc.save(path)


def h739_docx(h, path: Path) -> None:
    """Drug rehabilitation facility: a plan, unit headings over dash tasks, a standing body, a request."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH HẢI LÂM\nCƠ SỞ CAI NGHIỆN MA TÚY TỈNH\n───────\nSố: 205/KH-CSCN",
        right2="Tân Phú, ngày 21 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Công tác cai nghiện, quản lý, giáo dục học viên năm 2027",
        "Căn cứ Luật Phòng, chống ma túy và các văn bản hướng dẫn thi hành; căn cứ Quyết định giao chỉ tiêu "
        "năm 2027 của Sở Y tế, Cơ sở cai nghiện ma túy tỉnh xây dựng Kế hoạch như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Tiếp nhận, cai nghiện cho 100% người có quyết định đưa vào cơ sở cai nghiện bắt buộc; không để xảy "
        "ra học viên trốn khỏi Cơ sở, gây rối, mất an ninh trật tự.",
        "**II. NHIỆM VỤ CỤ THỂ",
        "**1. Phòng Quản lý, giáo dục học viên",
        "- Phân loại, bố trí học viên vào các khu theo tính chất, mức độ nghiện, hoàn thành trong 05 ngày kể "
        "từ khi tiếp nhận.",
        "- Tổ chức giáo dục pháp luật, đạo đức, kỹ năng sống cho học viên vào sáng thứ Ba và thứ Sáu "
        "hằng tuần.",
        "**2. Phòng Y tế",
        "- Điều trị cắt cơn, giải độc, phục hồi sức khỏe cho học viên mới tiếp nhận; thực hiện thường xuyên.",
        "- Xét nghiệm HIV, viêm gan B, viêm gan C cho 100% học viên đang quản lý, xong trong Quý I/2027.",
        "**3. Phòng Dạy nghề - Lao động trị liệu",
        "- Mở 04 lớp dạy nghề (may công nghiệp, sửa chữa xe máy, trồng nấm, mộc dân dụng) cho 120 học viên, "
        "kết thúc trước ngày 30/9/2027.",
        "- Phối hợp với Trung tâm Dịch vụ việc làm tỉnh giới thiệu việc làm cho học viên sắp chấp hành xong "
        "quyết định: đợt 1 trong tháng 6/2027, đợt 2 trong tháng 12/2027.",
        "**4. Đội Bảo vệ",
        "- Tuần tra, canh gác 24/24 giờ tại các khu học viên, cổng chính và khu lao động trị liệu hằng ngày.",
        "- Tổ chức diễn tập phương án phòng, chống học viên trốn, gây rối, phá trại trong tháng 5/2027.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Tổ chức - Hành chính là cơ quan thường trực, tham mưu Giám đốc theo dõi, đôn đốc việc thực "
        "hiện Kế hoạch.",
        "2. Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Cơ sở năm 2027 và các nguồn hợp "
        "pháp khác.",
        "3. Đề nghị Công an xã Tân Phú phối hợp bảo đảm an ninh khu vực xung quanh Cơ sở, truy tìm học "
        "viên bỏ "
        "trốn (nếu có).",
        "4. Các phòng, đội báo cáo kết quả thực hiện định kỳ hằng quý (trước ngày 20 tháng cuối quý) về "
        "Phòng "
        "Tổ chức - Hành chính để tổng hợp báo cáo Sở Y tế.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Công an xã Tân Phú;\n- Các phòng, đội;\n- Lưu: VT, TCHC.",
        "GIÁM ĐỐC\n\n\n\nBùi Xuân Thành",
    )
    doc.save(path)


def h740_xlsx(h, path: Path) -> None:
    """Transport management centre: an indicator sheet, a two-row header, lettered group rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    title_rows(
        ws,
        [
            "SỞ XÂY DỰNG TỈNH HẢI LÂM - TRUNG TÂM QUẢN LÝ VẬN TẢI HÀNH KHÁCH CÔNG CỘNG",
            "CHỈ TIÊU KẾ HOẠCH NĂM 2027",
            "(Kèm theo Quyết định số 96/QĐ-TTVTHK ngày 22/12/2026 của Giám đốc Trung tâm)",
        ],
        7,
        (1, 2),
    )
    ws.append(["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027", "Đơn vị thực hiện", "Thời gian"])
    ws.append(["", "", "", "Ước thực hiện", "Kế hoạch", "", ""])
    for col in (1, 2, 3, 6, 7):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    bold_header(ws, 4)
    bold_header(ws, 5)
    rows = [
        ["A", "VẬN TẢI HÀNH KHÁCH CÔNG CỘNG"],
        [
            1,
            "Sản lượng hành khách vận chuyển bằng xe buýt",
            "triệu lượt",
            11.2,
            12.5,
            "Phòng Quản lý vận tải",
            "31/12/2027",
        ],
        [
            2,
            "Số tuyến xe buýt có trợ giá duy trì hoạt động (*)",
            "tuyến",
            14,
            15,
            "Phòng Quản lý vận tải",
            "Quý II",
        ],
        [
            3,
            "Tỷ lệ chuyến xe buýt xuất bến đúng giờ",
            "%",
            93.4,
            "≥ 95",
            "Đội Kiểm tra vận tải",
            "Hằng tháng",
        ],
        [
            4,
            "Tỷ lệ hành khách thanh toán bằng thẻ vé điện tử",
            "%",
            18,
            30,
            "Phòng Kỹ thuật - Hạ tầng",
            "30/9/2027",
        ],
        ["B", "HẠ TẦNG PHỤC VỤ VẬN TẢI CÔNG CỘNG"],
        [
            5,
            "Số nhà chờ xe buýt được cải tạo, lắp mới",
            "nhà chờ",
            24,
            40,
            "Phòng Kỹ thuật - Hạ tầng",
            "Quý III",
        ],
        [
            6,
            "Số điểm dừng lắp bảng thông tin điện tử",
            "điểm",
            0,
            12,
            "Phòng Kỹ thuật - Hạ tầng; Phòng Kế hoạch - Tài chính",
            "31/12/2027",
        ],
        ["C", "QUẢN LÝ, TÀI CHÍNH"],
        [
            7,
            "Tỷ lệ giải ngân kinh phí trợ giá xe buýt",
            "%",
            97,
            100,
            "Phòng Kế hoạch - Tài chính",
            "Hằng quý",
        ],
        [
            8,
            "Số cuộc kiểm tra đột xuất doanh nghiệp khai thác tuyến",
            "cuộc",
            36,
            48,
            "Đội Kiểm tra vận tải",
            "",
        ],
        [
            9,
            "Tỷ lệ phản ánh của hành khách được xử lý trong 48 giờ",
            "%",
            100,
            100,
            "Phòng Quản lý vận tải",
            "Thường xuyên",
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            at = ws.max_row
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=7)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
    wrap(ws, 6)
    column_widths(ws, [6, 46, 11, 12, 12, 30, 14])
    ws.append([])
    ws.append(["", "(*) Kể cả tuyến số 15 (Bến xe phía Bắc - Khu công nghiệp Tân Phú) dự kiến mở mới."])
    ws.append(
        [
            "",
            "Các phòng, đội gửi báo cáo kết quả thực hiện chỉ tiêu về Phòng Kế hoạch - Tài chính trước "
            "ngày 05 của tháng đầu quý sau để tổng hợp.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "", "GIÁM ĐỐC"])
    ws.append([])
    ws.append(["", "", "", "", "", "Quách Thị Ngân"])
    wb.save(path)


def h742_docx(h, path: Path) -> None:
    """Teachers' training college: a notice of conclusions, unit labels over dash points."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH HẢI LÂM\nTRƯỜNG CAO ĐẲNG SƯ PHẠM HẢI LÂM\n───────\nSố: 512/TB-CĐSP",
        right2="Hải Lâm, ngày 16 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Hiệu trưởng tại cuộc họp giao ban tháng 12/2026",
        "Ngày 14/12/2026, TS. Lưu Quang Hải, Hiệu trưởng chủ trì cuộc họp giao ban; tham dự có các Phó Hiệu "
        "trưởng, trưởng các phòng, khoa, trung tâm, Chủ tịch Công đoàn và Bí thư Đoàn Thanh niên "
        "trường. Hiệu "
        "trưởng kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Học kỳ I năm học 2026 - 2027 cơ bản hoàn thành kế hoạch giảng dạy; 100% sinh viên năm thứ ba hoàn "
        "thành kiến tập sư phạm. Tuy nhiên, tiến độ nhập điểm của một số khoa còn chậm.",
        "**II. NHIỆM VỤ THỜI GIAN TỚI",
        "**1. Phòng Đào tạo:",
        "- Hoàn thiện chương trình đào tạo cao đẳng Giáo dục Mầm non theo chuẩn đầu ra mới, trình Hội đồng "
        "Khoa học và Đào tạo trước ngày 15/01/2027.",
        "- Xây dựng kế hoạch thực tập sư phạm đợt 2 cho sinh viên năm thứ ba, phối hợp với các trường mầm "
        "non, tiểu học thực hành; hoàn thành trong tháng 01/2027.",
        "**2. Phòng Công tác học sinh, sinh viên:",
        "- Tổ chức xét, cấp học bổng khuyến khích học tập học kỳ I năm học 2026 - 2027 trước ngày "
        "20/01/2027.",
        "- Phối hợp Đoàn Thanh niên trường tổ chức chương trình “Xuân tình nguyện” tại xã Nậm Cang dịp Tết "
        "Nguyên đán.",
        "**3. Phòng Kế hoạch - Tài chính:",
        "Lập dự toán ngân sách năm 2027, phân bổ cho các đơn vị trong trường, xong trước ngày 31/12/2026.",
        "**4. Trung tâm Thông tin - Thư viện:",
        "Số hóa 500 đầu giáo trình, tài liệu nội bộ, đưa lên thư viện số của trường trong Quý I/2027.",
        "**5. Các khoa chuyên môn:",
        "Tổ chức thi kết thúc học phần học kỳ I đúng lịch; nộp bảng điểm về Phòng Đào tạo trước ngày "
        "22/01/2027.",
        "**6. Đề nghị Công đoàn trường:",
        "Tổ chức thăm hỏi, tặng quà cho viên chức, người lao động có hoàn cảnh khó khăn trước Tết Nguyên đán "
        "Đinh Mùi.",
        "7. Các Phó Hiệu trưởng theo lĩnh vực được phân công chỉ đạo các đơn vị triển khai thực hiện.",
        "Các đơn vị báo cáo kết quả thực hiện các nội dung trên tại cuộc họp giao ban ngày 06/01/2027.",
        "Phòng Tổ chức - Hành chính thông báo để các đơn vị biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám hiệu;\n- Các phòng, khoa, trung tâm;\n- Công đoàn, Đoàn TN;\n- Lưu: VT, TCHC.",
        "TL. HIỆU TRƯỞNG\nTRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH\n\n\n\nĐoàn Thị Hạnh",
    )
    doc.save(path)


def batch_h733() -> None:
    """Writes h733–h742 (the .doc and .pdf through LibreOffice; the .md is written by hand in docs/)."""
    write_batch(
        [
            (h733_docx, "h733_cv_snnmt_qldd_cap_gcn.docx"),
            (h734_docx, "h734_kh_sgddt_on_thi_thpt.docx"),
            (h735_xlsx, "h735_lich_tuan_tt_hcc_xa.xlsx"),
            (h738_docx, "h738_ctr_quy_tt_bao_tro_xa_hoi.docx"),
            (h739_docx, "h739_kh_co_so_cai_nghien.docx"),
            (h740_xlsx, "h740_chi_tieu_tt_van_tai_hk.xlsx"),
            (h742_docx, "h742_tbkl_cdsp_giao_ban.docx"),
        ],
        [
            (h736_docx, "h736_ctr_tt_van_hoa_dien_anh.docx", "doc"),
            (h737_docx, "h737_tbkl_lien_hiep_huu_nghi.docx", "pdf"),
        ],
        _out,
    )
