"""Held-out batch h773–h782, written by h13author74 blind to the importer: ten documents of a
provincial Department of Home Affairs' religious affairs committee, a provincial upper-secondary
school for the gifted, a provincial Tourism Association, a provincial centre for crop seeds, a ward
Red Cross branch, a provincial inland waterway port authority, a provincial nursing centre for
people with meritorious service, a provincial Department of Agriculture and Environment's geology
and minerals division, a provincial civil judgment enforcement department's organisation and
personnel division and a provincial rural clean water and sanitation centre. Every name, person,
place, number and date in them is invented."""

from pathlib import Path

from batch_common import (
    MARKS,
    bold_group_rows,
    bold_header,
    calendar_page,
    column_widths,
    document,
    grid,
    head_block,
    landscape,
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
    "h777_kh_chu_thap_do_phuong_tet",  # h13fixYT
    "h780_kh_phong_dia_chat_khoang_san",  # h13fixYT
    "h774_tbkl_thpt_chuyen_hsg_quoc_gia",  # h13fixYU
    "h775_ctr_hiep_hoi_du_lich_2027",  # h13fixYR
    "h781_ctr_quy_phong_tccb_thads",  # h13fixYW
    "h776_chi_tieu_tt_giong_cay_trong",  # h13fixYW
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h773_docx(h, path: Path) -> None:
    """Religious affairs committee: a dispatch, numbered addressee labels over lettered points."""
    doc = document()
    head_block(
        doc,
        "SỞ NỘI VỤ TỈNH BÌNH SƠN\nBAN TÔN GIÁO\n───────\nSố: 412/BTG-NVTG\nV/v triển khai công tác tôn "
        "giáo dịp Lễ Giáng sinh năm 2026 và Tết Nguyên đán Đinh Mùi năm 2027",
        right2="Bình Sơn, ngày 08 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Ủy ban nhân dân các xã, phường;",
        "- Công an tỉnh;",
        "- Các phòng thuộc Ban.",
        "Thực hiện Văn bản số 3381/SNV-TG ngày 01/12/2026 của Sở Nội vụ về bảo đảm hoạt động tôn giáo "
        "dịp cuối năm; để các hoạt động lễ hội, sinh hoạt tôn giáo trên địa bàn tỉnh diễn ra an toàn, "
        "đúng quy định của pháp luật, Ban Tôn giáo đề nghị các cơ quan, đơn vị thực hiện một số nội "
        "dung sau:",
        "**1. Phòng Nghiệp vụ tôn giáo",
        "a) Theo dõi, nắm tình hình hoạt động của các tổ chức, cơ sở tôn giáo trong dịp lễ, Tết; "
        "thực hiện thường xuyên.",
        "b) Tham mưu Trưởng ban tổ chức các đoàn thăm, chúc mừng Lễ Giáng sinh năm 2026 tại Tòa Giám "
        "mục Hòa Khê và các cơ sở Tin Lành tiêu biểu; hoàn thành trước ngày 22/12/2026.",
        "c) Tổng hợp danh sách chức sắc, chức việc, cơ sở tôn giáo tiêu biểu để Lãnh đạo Sở Nội vụ "
        "thăm, tặng quà dịp Tết Nguyên đán, trình Trưởng ban trước ngày 15/01/2027.",
        "d) Hướng dẫn công chức phụ trách công tác tôn giáo cấp xã thủ tục thông báo, đăng ký hoạt "
        "động tôn giáo ngoài cơ sở tôn giáo theo quy định.",
        "**2. Phòng Tổng hợp - Hành chính",
        "a) Bố trí kinh phí, phương tiện phục vụ các đoàn đi thăm, chúc mừng.",
        "b) Phân công công chức trực, tổng hợp báo cáo nhanh tình hình hoạt động tôn giáo từ ngày "
        "24/12/2026 đến ngày 26/12/2026 và từ ngày 04/02/2027 đến ngày 10/02/2027.",
        "**3. Đề nghị Ủy ban nhân dân các xã, phường",
        "a) Chỉ đạo công chức phụ trách công tác tôn giáo nắm chắc tình hình, kịp thời phát hiện, "
        "giải quyết các vụ việc phát sinh ngay từ cơ sở, không để hình thành điểm nóng.",
        "b) Rà soát các điểm nhóm sinh hoạt tôn giáo tập trung chưa được đăng ký trên địa bàn, gửi "
        "kết quả về Ban Tôn giáo trước ngày 31/12/2026.",
        "**4. Đề nghị Công an tỉnh",
        "Chỉ đạo lực lượng nghiệp vụ phối hợp bảo đảm an ninh, trật tự tại các cơ sở tôn giáo có "
        "đông người tham dự trong dịp Lễ Giáng sinh và Tết Nguyên đán.",
        "Ủy ban nhân dân các xã, phường báo cáo tình hình, kết quả thực hiện về Ban Tôn giáo (qua Phòng "
        "Nghiệp vụ tôn giáo) trước ngày 15/02/2027 để tổng hợp, báo cáo Sở Nội vụ.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị phản ánh về "
        "Ban Tôn giáo (số điện thoại 0256.3812.447) để phối hợp giải quyết./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Giám đốc Sở Nội vụ (b/c);\n- Lãnh đạo Ban;\n- Lưu: VT, NVTG.",
        "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n\n\nĐinh Thị Quế Anh",
    )
    doc.save(path)


def h774_docx(h, path: Path) -> None:
    """School for the gifted: a notice of the principal's conclusions, points given to posts."""
    doc = document()
    head_block(
        doc,
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO BÌNH SƠN\nTRƯỜNG THPT CHUYÊN LÊ QUÝ THUẬN\n───────\nSố: 196/TB-THPTC",
        right2="Hòa Khê, ngày 11 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Hiệu trưởng tại cuộc họp chuẩn bị kỳ thi chọn học sinh giỏi quốc gia "
        "trung học phổ thông năm 2027",
        "Ngày 09/12/2026, Hiệu trưởng nhà trường chủ trì cuộc họp với các Phó Hiệu trưởng, tổ trưởng "
        "các tổ chuyên môn có đội tuyển và giáo viên phụ trách đội tuyển. Sau khi nghe báo cáo và ý kiến "
        "thảo luận, Hiệu trưởng kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Nhà trường có 09 đội tuyển với 76 học sinh được Sở Giáo dục và Đào tạo chọn dự thi. Công tác "
        "bồi dưỡng được triển khai sớm, tuy nhiên một số môn còn thiếu chuyên đề nâng cao, thời gian ôn "
        "luyện của học sinh khối 11 chưa bảo đảm.",
        "**II. NHIỆM VỤ TRONG THỜI GIAN TỚI",
        "1. Phó Hiệu trưởng phụ trách chuyên môn (thầy Đỗ Minh Khang) hoàn thiện thời khóa biểu bồi "
        "dưỡng tập trung các đội tuyển, ban hành trước ngày 14/12/2026.",
        "2. Phó Hiệu trưởng phụ trách chuyên môn liên hệ mời giảng viên Trường Đại học Sư phạm bồi "
        "dưỡng các chuyên đề nâng cao cho đội tuyển Toán, Vật lý, Tin học trong tháng 12/2026.",
        "3. Tổ trưởng các tổ chuyên môn có đội tuyển xây dựng bộ đề luyện tập, nộp về Phó Hiệu trưởng "
        "phụ trách chuyên môn trước ngày 18/12/2026.",
        "4. Phó Hiệu trưởng phụ trách cơ sở vật chất (cô Lê Thu Hằng) bố trí phòng học, phòng thí "
        "nghiệm phục vụ bồi dưỡng ngoài giờ; hoàn thành trước ngày 15/12/2026.",
        "5. Kế toán lập dự toán kinh phí bồi dưỡng đội tuyển và chế độ hỗ trợ giáo viên, trình "
        "Hiệu trưởng phê duyệt trước ngày 25/12/2026.",
        "6. Tổ Văn phòng hoàn tất hồ sơ đăng ký dự thi của học sinh trên hệ thống quản lý thi, gửi Sở "
        "Giáo dục và Đào tạo trước ngày 05/01/2027.",
        "7. Giáo viên chủ nhiệm các lớp có học sinh trong đội tuyển phối hợp với gia đình theo dõi sức "
        "khỏe, nề nếp học tập của học sinh; thực hiện thường xuyên.",
        "8. Bí thư Đoàn trường tổ chức buổi gặp mặt, động viên các đội tuyển vào ngày 06/01/2027.",
        "9. Đề nghị Ban đại diện cha mẹ học sinh nhà trường thống nhất mức hỗ trợ, khen thưởng học "
        "sinh đạt giải trước ngày 30/12/2026.",
        "10. Các Phó Hiệu trưởng theo lĩnh vực được phân công thường xuyên kiểm tra, đôn đốc việc thực "
        "hiện các nội dung trên.",
        "Tổ trưởng các tổ chuyên môn báo cáo tiến độ bồi dưỡng đội tuyển về Phó Hiệu trưởng phụ trách "
        "chuyên môn vào thứ Sáu hằng tuần.",
        "Nhà trường thông báo để các bộ phận, cá nhân biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở GDĐT (b/c);\n- Các PHT;\n- Các tổ chuyên môn, Tổ Văn phòng;\n- Ban ĐDCMHS;"
        "\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nNguyễn Thị Thanh Vân",
    )
    doc.save(path)


def h775_xlsx(h, path: Path) -> None:
    """Tourism Association: a yearly programme sheet, group rows, two leads in a cell, 'Cả năm'."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "CT 2027"
    title_rows(
        ws,
        [
            "HIỆP HỘI DU LỊCH TỈNH BÌNH SƠN",
            "CHƯƠNG TRÌNH HOẠT ĐỘNG NĂM 2027",
            "(Ban hành kèm theo Nghị quyết số 05/NQ-HHDL ngày 16/12/2026 của Ban Chấp hành Hiệp hội)",
        ],
        6,
        (1, 2),
    )
    ws.append([])
    ws.append(["TT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"])
    bold_header(ws, 5)
    rows = [
        ["I", "XÚC TIẾN, QUẢNG BÁ DU LỊCH"],
        [
            1,
            "Tham gia Hội chợ Du lịch quốc tế tại TP. Hồ Chí Minh, bố trí gian hàng chung của tỉnh",
            "Văn phòng Hiệp hội; Chi hội Lữ hành",
            "Trung tâm Xúc tiến Du lịch tỉnh",
            "Tháng 9/2027",
            "",
        ],
        [
            2,
            "Tổ chức đoàn famtrip cho doanh nghiệp lữ hành các tỉnh phía Bắc khảo sát tuyến biển đảo",
            "Chi hội Lữ hành",
            "Chi hội Lưu trú",
            "Quý II",
            "Kinh phí xã hội hóa",
        ],
        [
            3,
            "Cập nhật thông tin hội viên, sản phẩm du lịch trên trang thông tin điện tử của Hiệp hội",
            "Văn phòng Hiệp hội",
            "Các chi hội",
            "Cả năm",
            "",
        ],
        ["II", "NÂNG CAO CHẤT LƯỢNG DỊCH VỤ"],
        [
            4,
            "Mở lớp bồi dưỡng kỹ năng phục vụ cho nhân viên buồng, bàn, lễ tân các cơ sở lưu trú",
            "Chi hội Lưu trú",
            "Trường Cao đẳng Du lịch Bình Sơn",
            "Tháng 3 - 4",
            "02 lớp",
        ],
        [
            5,
            'Phát động phong trào "Ứng xử văn minh du lịch" tại các điểm đến trước mùa du lịch biển',
            "Ban Thường trực Hiệp hội",
            "Các chi hội",
            "Tháng 4",
            "Lễ phát động dự kiến 28/3",
        ],
        [
            6,
            "Khảo sát, bình chọn điểm dừng chân đạt chuẩn phục vụ khách du lịch",
            "Chi hội Vận chuyển khách du lịch",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Theo kế hoạch của Sở VHTTDL",
            "",
        ],
        ["III", "CÔNG TÁC HỘI VÀ HỘI VIÊN"],
        [
            7,
            "Phát triển hội viên mới, phấn đấu kết nạp thêm 40 hội viên",
            "Ban Thường trực Hiệp hội",
            "Các chi hội",
            "31/12/2027",
            "",
        ],
        [
            8,
            "Tổ chức Hội nghị Ban Chấp hành sơ kết 6 tháng đầu năm",
            "Văn phòng Hiệp hội",
            "",
            "Tháng 7",
            "",
        ],
        [
            9,
            "Tổ chức gặp mặt kỷ niệm Ngày Du lịch Việt Nam (09/7) và tôn vinh hội viên tiêu biểu",
            "Ban Thường trực Hiệp hội",
            "Văn phòng Hiệp hội",
            "Tháng 7",
            "",
        ],
        [
            10,
            "Thu hội phí năm 2027, quyết toán tài chính năm 2026",
            "Văn phòng Hiệp hội",
            "Các chi hội",
            "Quý I",
            "",
        ],
        [
            11,
            "Tổng kết hoạt động năm 2027, xây dựng Chương trình năm 2028",
            "Ban Thường trực Hiệp hội",
            "Văn phòng Hiệp hội",
            "Tháng 12",
            "",
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)
    wrap(ws, 6)
    last = ws.max_row
    ws.cell(last + 2, 1).value = (
        "Các chi hội, câu lạc bộ trực thuộc báo cáo kết quả hoạt động 6 tháng trước ngày 15/6/2027 và "
        "cả năm trước ngày 15/11/2027 về Văn phòng Hiệp hội để tổng hợp."
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=6)
    ws.cell(last + 4, 5).value = "TM. BAN CHẤP HÀNH\nCHỦ TỊCH"
    ws.cell(last + 7, 5).value = "Trương Văn Lộc"
    column_widths(ws, [6, 60, 26, 26, 18, 20])
    wb.save(path)


def h776_xlsx(h, path: Path) -> None:
    """Crop seeds centre: an indicator sheet, last year's actuals beside the plan, a total row."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu KH 2027"
    title_rows(
        ws,
        [
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH BÌNH SƠN",
            "TRUNG TÂM GIỐNG CÂY TRỒNG",
            "CHỈ TIÊU KẾ HOẠCH SẢN XUẤT, KINH DOANH GIỐNG CÂY TRỒNG NĂM 2027",
            "(Kèm theo Kế hoạch số 288/KH-TTGCT ngày 21/12/2026 của Giám đốc Trung tâm)",
        ],
        8,
        (1, 2, 3),
    )
    ws.append([])
    ws.append(
        [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2026",
            "Kế hoạch năm 2027",
            "Đơn vị thực hiện",
            "Thời gian hoàn thành",
            "Ghi chú",
        ]
    )
    bold_header(ws, 6)
    rows = [
        ["A", "SẢN XUẤT GIỐNG"],
        [
            1,
            "Sản xuất giống lúa siêu nguyên chủng BS-09, BS-12",
            "tấn",
            18,
            22,
            "Trại Giống lúa Đồng Văn",
            "Tháng 6/2027",
            "",
        ],
        [
            2,
            "Sản xuất giống lúa nguyên chủng các giống chủ lực",
            "tấn",
            410,
            450,
            "Trại Giống lúa Đồng Văn",
            "Tháng 11/2027",
            "Hai vụ",
        ],
        [
            3,
            "Sản xuất giống ngô lai đơn, lai kép",
            "tấn",
            36,
            40,
            "Trại Giống cây trồng Tân Phú",
            "30/9/2027",
            "",
        ],
        [
            4,
            "Nhân giống cây ăn quả có múi sạch bệnh (bưởi, cam) bằng phương pháp ghép",
            "cây",
            52000,
            60000,
            "Trại Giống cây trồng Tân Phú",
            "Thường xuyên",
            "",
        ],
        ["", "Tổng sản lượng giống lúa, ngô", "tấn", 464, 512, "", "", ""],
        ["B", "KHẢO NGHIỆM, CHUYỂN GIAO"],
        [
            5,
            "Khảo nghiệm, đánh giá giống lúa mới chịu mặn cho vùng ven biển",
            "giống",
            4,
            6,
            "Phòng Kỹ thuật - Khảo nghiệm",
            "Vụ Mùa 2027",
            "",
        ],
        [
            6,
            "Xây dựng mô hình trình diễn giống lúa chất lượng cao tại các xã",
            "mô hình",
            5,
            8,
            "Phòng Kỹ thuật - Khảo nghiệm",
            "Quý III/2027",
            "",
        ],
        [
            7,
            "Tập huấn quy trình sản xuất hạt giống cho hợp tác xã, tổ hợp tác",
            "lớp",
            10,
            12,
            "Phòng Kỹ thuật - Khảo nghiệm",
            "Quý II/2027",
            "",
        ],
        ["C", "KINH DOANH"],
        [
            8,
            "Doanh thu từ tiêu thụ giống cây trồng",
            "triệu đồng",
            21400,
            24000,
            "Phòng Kinh doanh - Dịch vụ",
            "31/12/2027",
            "",
        ],
        [
            9,
            "Ký hợp đồng cung ứng giống cho chương trình hỗ trợ sau thiên tai",
            "hợp đồng",
            2,
            3,
            "Phòng Kinh doanh - Dịch vụ",
            "Khi có yêu cầu",
            "",
        ],
    ]
    bold_group_rows(ws, rows, 8, 7)
    wrap(ws, 7)
    notes_and_signer(
        ws,
        [
            "Ghi chú: Sản lượng tính theo giống đạt tiêu chuẩn xuất xưởng.",
            "Các trại, phòng báo cáo kết quả thực hiện chỉ tiêu về Phòng Kế hoạch - Tổng hợp trước ngày 25 "
            "hằng tháng.",
        ],
        ["GIÁM ĐỐC", "", "", "Phạm Hữu Nghĩa"],
        column=6,
    )
    column_widths(ws, [6, 52, 11, 12, 12, 28, 16, 12])
    wb.save(path)


H777_MD = (
    "\n".join(
        [
            "# HỘI CHỮ THẬP ĐỎ TỈNH BÌNH SƠN",
            "## HỘI CHỮ THẬP ĐỎ PHƯỜNG NAM GIANG",
            "",
            "Số: 27/KH-CTĐ — *Nam Giang, ngày 02 tháng 12 năm 2026*",
            "",
            "# KẾ HOẠCH",
            '## Tổ chức hoạt động nhân đạo "Tết Nhân ái" Xuân Đinh Mùi năm 2027',
            "",
            (
                "Căn cứ Kế hoạch số 115/KH-CTĐ ngày 20/11/2026 của Ban Thường vụ Hội Chữ thập đỏ tỉnh; "
                "căn cứ tình hình thực tế tại địa phương, Ban Thường vụ Hội Chữ thập đỏ phường xây dựng "
                "Kế hoạch như sau:"
            ),
            "",
            "### I. MỤC ĐÍCH, YÊU CẦU",
            "",
            (
                "- Huy động nguồn lực xã hội chăm lo Tết cho hộ nghèo, hộ cận nghèo, người cao tuổi cô "
                "đơn, trẻ em có hoàn cảnh khó khăn trên địa bàn phường."
            ),
            "- Bảo đảm đúng đối tượng, công khai, minh bạch; không để hộ nào thiếu Tết.",
            "",
            "### II. CHỈ TIÊU",
            "",
            (
                "Phấn đấu trao tặng ít nhất 320 suất quà (trị giá 500.000 đồng/suất) và tổ chức 01 phiên "
                "chợ nhân đạo."
            ),
            "",
            "### III. NỘI DUNG HOẠT ĐỘNG",
            "",
            "**1. Khảo sát, lập danh sách đối tượng**",
            "",
            (
                "- Các chi hội khu phố rà soát, lập danh sách đối tượng được hỗ trợ, gửi Văn phòng Hội "
                "trước ngày 20/12/2026."
            ),
            "- Văn phòng Hội tổng hợp, trình Ban Thường vụ phê duyệt danh sách trước ngày 28/12/2026.",
            "",
            "**2. Vận động nguồn lực**",
            "",
            (
                "- Ban Thường vụ Hội vận động doanh nghiệp, nhà hảo tâm trên địa bàn ủng hộ quà Tết; thời"
                " gian từ ngày 05/12/2026 đến ngày 25/01/2027."
            ),
            (
                '- Chi hội Chữ thập đỏ khu phố 3 phối hợp Ban quản lý chợ Nam Giang tổ chức "Phiên chợ '
                'nhân đạo" vào ngày 30/01/2027.'
            ),
            "",
            "**3. Trao quà, thăm hỏi**",
            "",
            (
                "- Tổ chức trao quà tập trung tại Hội trường UBND phường ngày 01/02/2027 (Văn phòng Hội "
                "chuẩn bị)."
            ),
            (
                "- Đội Thanh niên chữ thập đỏ phường đến tận nhà trao quà cho người cao tuổi, người "
                "khuyết tật không thể đến nhận; hoàn thành trước ngày 03/02/2027."
            ),
            "",
            "**4. Hiến máu tình nguyện**",
            "",
            (
                'Phối hợp Ban Chỉ đạo vận động hiến máu tình nguyện phường tổ chức ngày hội "Giọt hồng '
                'ngày Xuân" (dự kiến ngày 16/01/2027).'
            ),
            "",
            "### IV. KINH PHÍ",
            "",
            (
                "Từ nguồn vận động xã hội hóa và quỹ hoạt động nhân đạo của Hội; không sử dụng ngân sách "
                "nhà nước."
            ),
            "",
            "### V. TỔ CHỨC THỰC HIỆN",
            "",
            (
                "1. Văn phòng Hội là bộ phận đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch; thực "
                "hiện công khai danh sách và số tiền, hiện vật vận động được."
            ),
            (
                "2. Đề nghị Trạm Y tế phường cử cán bộ y tế hỗ trợ khám sàng lọc tại ngày hội hiến máu "
                "(ngày 16/01/2027)."
            ),
            (
                "3. Các chi hội khu phố báo cáo kết quả thực hiện về Văn phòng Hội trước ngày 10/02/2027 "
                "để tổng hợp báo cáo Hội cấp trên."
            ),
            "",
            "*Nơi nhận:* Hội CTĐ tỉnh (b/c); Đảng ủy, UBND phường (b/c); các chi hội; lưu VP.",
            "",
            "**TM. BAN THƯỜNG VỤ — CHỦ TỊCH**",
            "",
            "**Hồ Thị Mai Phương**",
        ]
    )
    + "\n"
)


def h777_md(h, path: Path) -> None:
    """Ward Red Cross: a Tết plan as Markdown, dash points with their units inside the sentence."""
    path.write_text(H777_MD, encoding="utf-8")


def h778_docx(h, path: Path) -> None:
    """Port authority: a weekly calendar, the day only on its first row, office and duty lines."""
    doc = calendar_page(
        "SỞ XÂY DỰNG TỈNH BÌNH SƠN\nCẢNG VỤ ĐƯỜNG THỦY NỘI ĐỊA\n───────",
        "Bình Sơn, ngày 11 tháng 12 năm 2026",
        "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO CẢNG VỤ",
        "(Tuần 51: từ ngày 14/12/2026 đến ngày 20/12/2026)",
    )
    grid(
        doc,
        ["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"],
        [
            [
                "Thứ Hai\n14/12",
                "07h30",
                "Giao ban lãnh đạo Cảng vụ đầu tuần",
                "Giám đốc Lương Văn Tài",
                "Văn phòng",
                "Phòng họp tầng 2",
            ],
            ["", "14h00", "Giám đốc làm việc tại cơ quan", "", "", ""],
            [
                "Thứ Ba\n15/12",
                "08h00",
                "Kiểm tra điều kiện an toàn bến thủy nội địa khách ngang sông Vạn Ninh",
                "PGĐ Trần Quốc Bảo",
                "Phòng Pháp chế - Thanh tra an toàn",
                "Bến Vạn Ninh",
            ],
            [
                "",
                "14h00",
                "Họp xét duyệt hồ sơ cấp phép hoạt động bến thủy nội địa đợt 4/2026",
                "Giám đốc Lương Văn Tài",
                "Phòng Quản lý cảng, bến",
                "Phòng họp tầng 2",
            ],
            [
                "Thứ Tư\n16/12",
                "08h00",
                "Làm việc với Đoàn kiểm tra của Cục Đường thủy nội địa Việt Nam về công tác thu phí, lệ phí",
                "Giám đốc Lương Văn Tài",
                "Phòng Kế hoạch - Tài chính",
                "Hội trường Cảng vụ",
            ],
            ["", "Cả ngày", "Trực lãnh đạo: PGĐ Trần Quốc Bảo", "", "", ""],
            [
                "Thứ Năm\n17/12",
                "08h00",
                "Tập huấn nghiệp vụ cấp giấy phép rời cảng, bến điện tử cho Đại diện Cảng vụ khu vực",
                "PGĐ Nguyễn Thị Diệu",
                "Phòng Quản lý cảng, bến",
                "Đại diện Cảng vụ khu vực Cửa Đại",
            ],
            [
                "",
                "15h00",
                "Thông qua dự thảo Báo cáo tổng kết công tác năm 2026 (dự kiến)",
                "Giám đốc Lương Văn Tài",
                "Văn phòng",
                "Phòng họp tầng 2",
            ],
            [
                "Thứ Sáu\n18/12",
                "08h00",
                "Phối hợp Cảnh sát đường thủy kiểm tra phương tiện chở khách du lịch trên sông Hòa Khê",
                "PGĐ Trần Quốc Bảo",
                "Phòng Pháp chế - Thanh tra an toàn",
                "Tuyến sông Hòa Khê",
            ],
            [
                "",
                "14h00",
                "Tiếp công dân định kỳ",
                "Giám đốc Lương Văn Tài",
                "Văn phòng",
                "Phòng tiếp công dân",
            ],
            ["Thứ Bảy\n19/12", "", "Trực cơ quan: Văn phòng", "", "", ""],
            ["Chủ Nhật\n20/12", "", "(Chưa có lịch)", "", "", ""],
        ],
        widths=[2.4, 1.8, 10.0, 4.2, 4.6, 4.0],
    )
    para(doc, "")
    para(
        doc,
        "Lịch công tác có thể thay đổi theo chỉ đạo của Sở Xây dựng. Các phòng, Đại diện Cảng vụ khu vực "
        "đăng ký nội dung lịch tuần sau về Văn phòng trước 15 giờ thứ Năm hằng tuần.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc;\n- Các phòng, Đại diện;\n- Lưu: VT.",
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nVõ Thanh Hải",
    )
    doc.save(path)


def h779_docx(h, path: Path) -> None:
    """Nursing centre for people with merit: a monthly programme, dates with no year, 'Hằng ngày'."""
    doc = document(12)
    head_block(
        doc,
        "SỞ NỘI VỤ TỈNH BÌNH SƠN\nTRUNG TÂM ĐIỀU DƯỠNG NGƯỜI CÓ CÔNG\n───────\nSố: 08/CTr-TTĐD",
        right2="Hòa Khê, ngày 29 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 01 NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Kế hoạch điều dưỡng người có công năm 2027 đã được Sở Nội vụ phê duyệt, Trung tâm "
        "xây dựng chương trình công tác tháng 01/2027 như sau:",
    )
    grid(
        doc,
        ["STT", "Nội dung công việc", "Bộ phận thực hiện", "Lãnh đạo phụ trách", "Thời gian"],
        [
            ("§", "I", "CÔNG TÁC ĐIỀU DƯỠNG"),
            [
                "1",
                "Đón tiếp, bố trí nơi ở cho 02 đoàn người có công tỉnh bạn đến điều dưỡng tập trung "
                "(đợt 1: từ 06/01 đến 10/01; đợt 2: từ 18/01 đến 22/01)",
                "Phòng Công tác xã hội",
                "PGĐ Lê Văn Sơn",
                "22/01",
            ],
            [
                "2",
                "Khám sức khỏe, lập hồ sơ theo dõi sức khỏe cho đối tượng điều dưỡng",
                "Phòng Y tế - Phục hồi chức năng",
                "PGĐ Lê Văn Sơn",
                "Hằng ngày",
            ],
            [
                "3",
                "Xây dựng thực đơn, bảo đảm an toàn thực phẩm bếp ăn tập thể",
                "Tổ Dinh dưỡng",
                "PGĐ Lê Văn Sơn",
                "Trước 05/01",
            ],
            ["", "- Lưu mẫu thức ăn, ghi sổ kiểm thực ba bước", "Tổ Dinh dưỡng", "", "Hằng ngày"],
            ("§", "II", "CÔNG TÁC HÀNH CHÍNH - TỔNG HỢP"),
            [
                "4",
                "Tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027",
                "Phòng Tổ chức - Hành chính",
                "Giám đốc",
                "09/01",
            ],
            [
                "5",
                "Kiểm kê tài sản, công cụ dụng cụ cuối năm; lập báo cáo quyết toán năm 2026",
                "Phòng Kế toán - Tài vụ",
                "Giám đốc",
                "Trước 20/01",
            ],
            [
                "6",
                "Sửa chữa hệ thống điện, nước khu nhà nghỉ A2 trước đợt điều dưỡng thứ hai",
                "Phòng Tổ chức - Hành chính",
                "PGĐ Phan Thị Huệ",
                "15/01",
            ],
            [
                "7",
                "Tổ chức đoàn thăm, tặng quà Tết các gia đình chính sách tiêu biểu trên địa bàn",
                "Phòng Công tác xã hội",
                "Giám đốc",
                "Trước Tết Nguyên đán",
            ],
            [
                "8",
                "Trang trí khuôn viên, bảo đảm an ninh, phòng cháy chữa cháy dịp Tết",
                "Phòng Tổ chức - Hành chính",
                "PGĐ Phan Thị Huệ",
                "Từ 25/01 đến 31/01",
            ],
            [
                "9",
                "Báo cáo kết quả điều dưỡng tháng 01/2027 gửi Sở Nội vụ",
                "Phòng Công tác xã hội",
                "PGĐ Lê Văn Sơn",
                "Trước 30/01",
            ],
        ],
        widths=[1.0, 8.0, 3.8, 2.6, 2.4],
    )
    para(doc, "")
    para(
        doc,
        "Các phòng, tổ báo cáo kết quả thực hiện Chương trình về Phòng Tổ chức - Hành chính trước "
        "ngày 28/01/2027 để tổng hợp vào giao ban tháng.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Nội vụ (b/c);\n- Ban Giám đốc;\n- Các phòng, tổ;\n- Lưu: VT, TCHC.",
        "GIÁM ĐỐC\n\n\n\nNgô Quang Vinh",
    )
    doc.save(path)


def h780_docx(h, path: Path) -> None:
    """Geology and minerals division: a prose plan, each task followed by its own 'Phân công' and
    'Thời gian' lines."""
    doc = document()
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỈNH BÌNH SƠN\nPHÒNG ĐỊA CHẤT VÀ KHOÁNG SẢN\n───────\nSố: 17/KH-ĐCKS",
        right2="Bình Sơn, ngày 22 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Công tác quản lý nhà nước về địa chất, khoáng sản năm 2027",
        "Căn cứ Luật Địa chất và khoáng sản năm 2024 và các văn bản hướng dẫn thi hành; căn cứ Quyết "
        "định số 914/QĐ-SNNMT ngày 30/9/2026 của Giám đốc Sở quy định chức năng, nhiệm vụ của Phòng Địa "
        "chất và Khoáng sản; Phòng xây dựng Kế hoạch công tác năm 2027 như sau:",
        "**I. KẾT QUẢ NĂM 2026",
        "Năm 2026, Phòng đã thẩm định 23 hồ sơ cấp, gia hạn giấy phép khai thác khoáng sản, tham mưu "
        "thu tiền cấp quyền khai thác 41,6 tỷ đồng; qua kiểm tra phát hiện 07 trường hợp khai thác vượt "
        "công suất. Tồn tại: công tác lập bản đồ hiện trạng mỏ còn chậm.",
        "**II. NHIỆM VỤ NĂM 2027",
        "a) Rà soát, tham mưu điều chỉnh khu vực khoáng sản làm vật liệu xây dựng thông thường trong "
        "quy hoạch tỉnh.",
        "Phân công: Tổ Quy hoạch - Tài nguyên khoáng sản.",
        "Thời gian: hoàn thành trong Quý II/2027.",
        "b) Thẩm định hồ sơ cấp, gia hạn, trả lại giấy phép khai thác khoáng sản theo thủ tục hành chính.",
        "Phân công: Tổ Cấp phép khai thác khoáng sản.",
        "Thời gian: thường xuyên.",
        "c) Tổ chức đấu giá quyền khai thác khoáng sản 05 khu vực mỏ cát, sỏi lòng sông Hòa Khê.",
        "Phân công: Tổ Cấp phép khai thác khoáng sản chủ trì, phối hợp Trung tâm Phát triển quỹ đất tỉnh.",
        "Thời gian: trước ngày 30/9/2027.",
        "d) Kiểm tra việc chấp hành pháp luật về khoáng sản tại 12 mỏ đá, mỏ đất san lấp theo kế hoạch "
        "được Giám đốc Sở phê duyệt.",
        "Phân công: Tổ Kiểm tra - Giám sát khai thác.",
        "Thời gian: Quý II và Quý III/2027.",
        "đ) Tính tiền cấp quyền khai thác khoáng sản đối với các giấy phép cấp mới, điều chỉnh trữ lượng.",
        "Phân công: Tổ Cấp phép khai thác khoáng sản.",
        "Thời gian: trong vòng 30 ngày kể từ ngày nhận đủ hồ sơ.",
        "e) Cập nhật cơ sở dữ liệu địa chất, khoáng sản của tỉnh lên hệ thống quốc gia.",
        "Phân công: Tổ Quy hoạch - Tài nguyên khoáng sản.",
        "Thời gian: hằng quý.",
        "g) Tham mưu UBND tỉnh phương án bảo vệ khoáng sản chưa khai thác năm 2027, trình trước ngày "
        "31/3/2027 (Tổ Kiểm tra - Giám sát khai thác).",
        "h) Tổng hợp, báo cáo tình hình quản lý hoạt động khoáng sản năm 2027 gửi Bộ Nông nghiệp và Môi "
        "trường.",
        "Phân công: Tổ Quy hoạch - Tài nguyên khoáng sản.",
        "Thời gian: trước ngày 15/12/2027.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Các tổ chuyên môn thuộc Phòng căn cứ nhiệm vụ được phân công chủ động triển khai thực hiện.",
        "2. Tổ Kiểm tra - Giám sát khai thác là bộ phận đầu mối, theo dõi, đôn đốc việc thực hiện Kế "
        "hoạch; tổng hợp kết quả báo cáo Trưởng phòng hằng quý.",
        "3. Đề nghị Công an tỉnh (Phòng Cảnh sát môi trường) phối hợp kiểm tra, xử lý các trường hợp "
        "khai thác khoáng sản trái phép.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Giám đốc Sở (b/c);\n- Phó Giám đốc phụ trách;\n- Các tổ thuộc Phòng;\n- Lưu: ĐCKS.",
        "TRƯỞNG PHÒNG\n\n\n\nTạ Minh Chiến",
    )
    doc.save(path)


def h781_docx(h, path: Path) -> None:
    """Civil judgment enforcement, organisation and personnel division: a quarter programme under
    month rows, a column of persons only."""
    doc = document(12)
    head_block(
        doc,
        "THI HÀNH ÁN DÂN SỰ TỈNH BÌNH SƠN\nPHÒNG TỔ CHỨC CÁN BỘ\n───────",
        right2="Bình Sơn, ngày 24 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    para(doc, "của Phòng Tổ chức cán bộ", italic=True, center=True)
    grid(
        doc,
        ["TT", "Nội dung công việc", "Người thực hiện", "Thời gian", "Ghi chú"],
        [
            ("§", "", "Tháng 01"),
            [
                "1",
                "Tham mưu đánh giá, xếp loại chất lượng công chức, người lao động năm 2026",
                "Trưởng phòng Mai Xuân Đức",
                "Trước 15/01",
                "",
            ],
            [
                "2",
                "Lập danh sách công chức đến hạn nâng bậc lương thường xuyên, phụ cấp thâm niên nghề Quý I",
                "Chuyên viên Nguyễn Hoàng Nam",
                "Trong tháng",
                "",
            ],
            [
                "3",
                "Hoàn thiện hồ sơ đề nghị khen thưởng tổng kết năm 2026 trình Hội đồng Thi đua",
                "Phó Trưởng phòng Vũ Thị Hạnh",
                "20/01",
                "",
            ],
            ("§", "", "Tháng 02"),
            [
                "4",
                "Tham mưu kế hoạch luân chuyển, điều động Chấp hành viên giữa các Phòng Thi hành án "
                "dân sự khu vực",
                "Trưởng phòng Mai Xuân Đức",
                "Trong tháng",
                "Theo chỉ đạo của Cục",
            ],
            [
                "5",
                "Cập nhật hồ sơ công chức trên phần mềm quản lý cán bộ của Bộ Tư pháp",
                "Chuyên viên Nguyễn Hoàng Nam",
                "Thường xuyên",
                "",
            ],
            [
                "6",
                "Xây dựng kế hoạch bồi dưỡng nghiệp vụ thi hành án năm 2027",
                "Phó Trưởng phòng Vũ Thị Hạnh",
                "25/02",
                "",
            ],
            ("§", "", "Tháng 3"),
            [
                "7",
                "Rà soát, bổ sung quy hoạch chức danh lãnh đạo, quản lý giai đoạn 2026 - 2031",
                "Trưởng phòng Mai Xuân Đức",
                "Trong tháng",
                "",
            ],
            [
                "8",
                "Tổng hợp kê khai tài sản, thu nhập lần đầu của công chức được bổ nhiệm trong Quý I",
                "Chuyên viên Lại Thu Trang",
                "31/3",
                "",
            ],
            [
                "9",
                "Báo cáo số lượng, chất lượng công chức Quý I gửi Tổng cục Thi hành án dân sự",
                "Phó Trưởng phòng Vũ Thị Hạnh",
                "Trước 25/3",
                "",
            ],
        ],
        widths=[1.0, 9.0, 4.0, 2.4, 2.6],
    )
    para(doc, "")
    para(
        doc,
        "Chương trình được xây dựng theo Kế hoạch công tác năm 2027 của Thi hành án dân sự tỉnh; "
        "nội dung có thể điều chỉnh khi có yêu cầu đột xuất của Lãnh đạo.",
    )
    para(
        doc,
        "Công chức của Phòng báo cáo kết quả công việc được giao với Trưởng phòng tại cuộc họp "
        "giao ban chiều thứ Hai hằng tuần.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Lãnh đạo Cục (b/c);\n- Công chức Phòng TCCB;\n- Lưu: TCCB.",
        "TRƯỞNG PHÒNG\n\n\n\nMai Xuân Đức",
    )
    doc.save(path)


def h782_docx(h, path: Path) -> None:
    """Rural clean water centre: a dry-season plan, its tasks in a table with a partner column, then
    the organising section in prose."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH BÌNH SƠN\nTRUNG TÂM NƯỚC SẠCH VÀ VỆ SINH MÔI TRƯỜNG NÔNG "
        "THÔN\n───────\nSố: 231/KH-TTNS",
        right2="Bình Sơn, ngày 18 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Bảo đảm cấp nước sinh hoạt nông thôn mùa khô năm 2027",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Chủ động bảo đảm nguồn nước, duy trì vận hành ổn định 34 công trình cấp nước tập trung do "
        "Trung tâm quản lý, phục vụ khoảng 46.000 hộ dân trong mùa khô; không để người dân thiếu nước "
        "sinh hoạt kéo dài.",
        "**II. NHIỆM VỤ CỤ THỂ",
    ]
    marked_paragraphs(doc, lines, MARKS)
    grid(
        doc,
        ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện"],
        [
            [
                "1",
                "Kiểm tra, đánh giá hiện trạng nguồn nước thô tại các hồ, đập, giếng khoan cấp nước",
                "Phòng Kỹ thuật",
                "Các trạm cấp nước",
                "Từ 04/01 đến 29/01/2027",
            ],
            [
                "2",
                "Nạo vét cửa thu nước, lắp đặt bơm dã chiến tại các công trình có nguy cơ cạn nguồn",
                "Đội Quản lý vận hành",
                "Phòng Kỹ thuật",
                "Trước 28/02/2027",
            ],
            [
                "3",
                "Súc xả, khử trùng đường ống, bể chứa; kiểm tra chất lượng nước sau xử lý",
                "Các trạm cấp nước",
                "Phòng Kỹ thuật",
                "Hằng tháng",
            ],
            [
                "4",
                "Lập dự toán kinh phí sửa chữa, chống hạn trình Sở Nông nghiệp và Môi trường",
                "Phòng Kế hoạch - Tài chính",
                "Phòng Kỹ thuật",
                "15/01/2027",
            ],
            [
                "5",
                "Xây dựng phương án chở nước cấp miễn phí cho các thôn vùng cao khi công trình "
                "ngừng cấp nước",
                "Phòng Kế hoạch - Tài chính; Đội Quản lý vận hành",
                "UBND các xã liên quan",
                "Tháng 3/2027",
            ],
            [
                "6",
                "Tuyên truyền người dân sử dụng nước tiết kiệm trong mùa khô trên loa truyền thanh xã",
                "Phòng Truyền thông - Vệ sinh môi trường",
                "UBND các xã",
                "Suốt mùa khô",
            ],
            [
                "7",
                "Trực, tiếp nhận phản ánh của người dân qua đường dây nóng 1900.6122",
                "Phòng Hành chính - Tổng hợp",
                "",
                "Thường xuyên",
            ],
        ],
        widths=[1.0, 10.0, 5.0, 4.5, 4.0],
    )
    lines = [
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Kỹ thuật là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp "
        "báo cáo Giám đốc.",
        "2. Phòng Kế hoạch - Tài chính bố trí kinh phí từ nguồn thu tiền nước để thực hiện các nhiệm "
        "vụ tại Kế hoạch.",
        "3. Các trạm cấp nước báo cáo tình hình cấp nước, mực nước nguồn về Phòng Kỹ thuật trước ngày 05 "
        "hằng tháng; trường hợp công trình ngừng cấp nước phải báo cáo ngay.",
        "4. Đề nghị UBND các xã có công trình cấp nước phối hợp tuyên truyền, bảo vệ công trình, "
        "xử lý hành vi đấu nối trái phép.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở NN&MT (b/c);\n- UBND các xã (p/h);\n- Các phòng, đội, trạm;\n- Lưu: VT, KT.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nHuỳnh Công Trực",
    )
    doc.save(path)


def batch_h773() -> None:
    """Writes h773–h782 (the .doc and .pdf through LibreOffice)."""
    write_batch(
        [
            (h773_docx, "h773_cv_ban_ton_giao_le_tet.docx"),
            (h774_docx, "h774_tbkl_thpt_chuyen_hsg_quoc_gia.docx"),
            (h775_xlsx, "h775_ctr_hiep_hoi_du_lich_2027.xlsx"),
            (h776_xlsx, "h776_chi_tieu_tt_giong_cay_trong.xlsx"),
            (h777_md, "h777_kh_chu_thap_do_phuong_tet.md"),
            (h778_docx, "h778_lich_tuan_cang_vu_dtnd.docx"),
            (h781_docx, "h781_ctr_quy_phong_tccb_thads.docx"),
            (h782_docx, "h782_kh_nuoc_sach_mua_kho.docx"),
        ],
        [
            (h779_docx, "h779_ctr_thang_tt_dieu_duong_ncc.docx", "doc"),
            (h780_docx, "h780_kh_phong_dia_chat_khoang_san.docx", "pdf"),
        ],
        _out,
    )
