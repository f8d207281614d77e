# ruff: noqa: E501
"""Held-out batch h813–h822, written by h13author78 blind to the importer: ten documents of a
provincial Department of Home Affairs' emulation and commendation board, a provincial general
hospital's nursing division, a district education and training office, a provincial customs branch,
a provincial sports training and competition centre, an industrial zones management board, a
provincial Farmers' Association, a provincial road maintenance board, a provincial Veterans'
Association and a district culture, information and sports centre. Every name, person, place,
number and date in them is invented."""

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
    out_path,
    para,
    sign_table,
    title_rows,
    wrap,
    write_batch,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h814_kh_dieu_duong_bvdk_tinh_2027",  # h13fixZH
    "h822_kh_tt_vhtt_huyen_mung_xuan",  # h13fixZH
    "h816_kh_hai_quan_cao_diem_tet",  # h13fixZH
    "h813_cv_snv_tong_ket_thi_dua_2026",  # h13fixZG
    "h815_tbkl_pgddt_giao_ban_hieu_truong",  # h13fixZG
    "h821_ctr_hoi_ccb_tinh_theo_thang",  # h13fixZE
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h813_docx(h, path: Path) -> None:
    """Emulation board: a dispatch, numbered topics over lettered points, a labelled closing report."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH TÂN LĨNH\nSỞ NỘI VỤ\n───────\nSố: 1876/SNV-BTĐKT\nV/v tổng kết công tác thi đua, khen "
        "thưởng năm 2026 và đăng ký thi đua năm 2027",
        right2="Tân Lĩnh, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các sở, ban, ngành, đoàn thể tỉnh;",
        "- Ủy ban nhân dân các huyện, thị xã, thành phố;",
        "- Các cụm, khối thi đua của tỉnh.",
        "Thực hiện Luật Thi đua, khen thưởng năm 2022 và Quyết định số 27/2024/QĐ-UBND ngày 12/6/2024 của "
        "UBND tỉnh ban hành Quy chế công tác thi đua, khen thưởng, Sở Nội vụ (Ban Thi đua - Khen thưởng) đề "
        "nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
        "**1. Tổng kết phong trào thi đua năm 2026",
        "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố tổ chức tổng kết công tác thi đua, khen "
        "thưởng năm 2026 gắn với tổng kết nhiệm vụ chính trị của cơ quan, đơn vị, hoàn thành trước ngày "
        "10/01/2027.",
        "**2. Hồ sơ đề nghị khen thưởng tổng kết",
        "a) Các cụm trưởng, khối trưởng thi đua tổ chức họp bình xét, suy tôn đơn vị dẫn đầu cụm, khối; gửi "
        "biên bản về Ban Thi đua - Khen thưởng chậm nhất ngày 15/01/2027.",
        "b) Hồ sơ đề nghị tặng Cờ thi đua của Chính phủ, Huân chương Lao động gửi về Ban Thi đua - Khen "
        "thưởng trước ngày 20/01/2027; hồ sơ đề nghị tặng Bằng khen, Cờ thi đua của UBND tỉnh gửi trước "
        "ngày 25/01/2027 (hồ sơ gửi sau ngày 28/02/2027 sẽ không được xem xét).",
        "**3. Đăng ký thi đua năm 2027",
        "Các cơ quan, đơn vị đăng ký danh hiệu thi đua và hình thức khen thưởng năm 2027 theo Mẫu số 01 "
        "kèm theo (gửi bản điện tử qua Hệ thống quản lý văn bản và điều hành) trước ngày 31/3/2027.",
        "**4. Nhiệm vụ của Ban Thi đua - Khen thưởng",
        "a) Phòng Thi đua thẩm định hồ sơ khen thưởng tổng kết năm 2026, trình Hội đồng Thi đua - Khen "
        "thưởng tỉnh xét tại phiên họp tháng 02/2027.",
        "b) Phòng Khen thưởng phối hợp với Văn phòng UBND tỉnh chuẩn bị Hội nghị tổng kết công tác thi đua, "
        "khen thưởng năm 2026 của tỉnh (dự kiến tổ chức ngày 06/3/2027).",
        "c) Bộ phận Văn phòng Ban cập nhật cơ sở dữ liệu thi đua, khen thưởng trên phần mềm quản lý của Bộ "
        "Nội vụ; thực hiện thường xuyên.",
        "d) Phòng Thi đua kiểm tra công tác thi đua, khen thưởng tại 04 sở, ngành và 02 huyện trong Quý "
        "II/2027.",
        "**5. Đề nghị Liên đoàn Lao động tỉnh chỉ đạo công đoàn các cấp phối hợp bình xét danh hiệu “Lao "
        "động tiên tiến”, “Chiến sĩ thi đua cơ sở” bảo đảm đúng đối tượng, công khai, dân chủ.",
        "Ghi chú: Từ tháng 01/2027, các cơ quan, đơn vị báo cáo kết quả thực hiện các phong trào thi đua "
        "theo chuyên đề về Sở Nội vụ (qua Ban Thi đua - Khen thưởng) trước ngày 25 hằng tháng.",
        "Mọi vướng mắc xin liên hệ Phòng Thi đua, điện thoại 0214.3826.517 (đồng chí Sầm Thị Lụa)./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc Sở;\n- Lưu: VT, BTĐKT.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTRƯỞNG BAN THI ĐUA - KHEN THƯỞNG\n\n\n\nHoàng Văn Khiêm",
    )
    doc.save(path)


def h814_xlsx(h, path: Path) -> None:
    """Nursing division: a yearly activity sheet, `T1-T3` month abbreviations, a dash sub-row."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "KH DD 2027"
    title_rows(
        ws,
        [
            "SỞ Y TẾ TỈNH TÂN LĨNH - BỆNH VIỆN ĐA KHOA TỈNH",
            "PHÒNG ĐIỀU DƯỠNG",
            "KẾ HOẠCH HOẠT ĐỘNG CÔNG TÁC ĐIỀU DƯỠNG NĂM 2027",
            "(Kèm theo Kế hoạch số 512/KH-BV ngày 02/12/2026 của Giám đốc Bệnh viện)",
        ],
        6,
        (1, 2, 3),
    )
    ws.append([])
    ws.append(["STT", "Nội dung hoạt động", "Đơn vị thực hiện", "Thời gian", "Chỉ số/ sản phẩm", "Ghi chú"])
    bold_header(ws, 6)
    rows = [
        ["I", "CHĂM SÓC NGƯỜI BỆNH TOÀN DIỆN"],
        [
            1,
            "Triển khai bảng kiểm chăm sóc người bệnh cấp I tại các khoa Hồi sức tích cực, Nội tim mạch, "
            "Ngoại thần kinh",
            "Phòng Điều dưỡng; Điều dưỡng trưởng các khoa",
            "T1-T3",
            "Bảng kiểm được ban hành",
            "",
        ],
        [
            2,
            "Giám sát việc tuân thủ vệ sinh tay của điều dưỡng, hộ lý",
            "Khoa Kiểm soát nhiễm khuẩn",
            "Hằng tháng",
            "Tỷ lệ tuân thủ ≥ 85%",
            "",
        ],
        [
            3,
            "Khảo sát sự hài lòng của người bệnh nội trú về công tác chăm sóc",
            "Phòng Quản lý chất lượng",
            "Quý II, Quý IV",
            "02 báo cáo khảo sát",
            "Mẫu của Bộ Y tế",
        ],
        ["II", "ĐÀO TẠO, NGHIÊN CỨU KHOA HỌC"],
        [
            4,
            "Đào tạo liên tục “Kỹ năng giao tiếp, ứng xử” cho điều dưỡng mới tuyển dụng",
            "Phòng Điều dưỡng",
            "T4",
            "02 lớp",
            "",
        ],
        [
            5,
            "Tổ chức Hội thi “Điều dưỡng giỏi” cấp bệnh viện",
            "Phòng Điều dưỡng",
            "Dịp 12/5",
            "01 hội thi",
            "",
        ],
        [
            "",
            "- Xây dựng ngân hàng đề thi, đáp án phần lý thuyết",
            "Tổ thư ký Hội thi",
            "T4",
            "200 câu hỏi",
            "",
        ],
        [
            6,
            "Đăng ký ít nhất 05 đề tài nghiên cứu khoa học điều dưỡng cấp cơ sở",
            "Điều dưỡng trưởng các khoa",
            "Trước 30/3",
            "05 đề cương",
            "",
        ],
        ["III", "QUẢN LÝ, HÀNH CHÍNH"],
        [
            7,
            "Rà soát, điều chuyển nhân lực điều dưỡng giữa các khoa theo công suất giường bệnh",
            "Phòng Điều dưỡng phối hợp Phòng Tổ chức cán bộ",
            "T6, T12",
            "Phương án điều chuyển",
            "",
        ],
        [
            8,
            "Kiểm tra hồ sơ bệnh án phần chăm sóc điều dưỡng (phiếu theo dõi, phiếu chăm sóc)",
            "Phòng Điều dưỡng",
            "Định kỳ hằng tuần",
            "Biên bản kiểm tra",
            "",
        ],
        [
            9,
            "Cấp phát đồ vải, dụng cụ đã tiệt khuẩn cho các khoa lâm sàng",
            "Khoa Kiểm soát nhiễm khuẩn",
            "Thường xuyên",
            "",
            "",
        ],
        [
            10,
            "Sơ kết 6 tháng, tổng kết công tác điều dưỡng năm 2027",
            "Phòng Điều dưỡng",
            "15/7; 20/12",
            "",
            "",
        ],
        ["", "Cộng: 10 nội dung (01 nội dung con)"],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)
    wrap(ws, 7)
    ws.append([])
    ws.append(
        [
            "",
            "Ghi chú: Các khoa lâm sàng gửi báo cáo công tác điều dưỡng về Phòng Điều dưỡng trước ngày 05 hằng tháng.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "TRƯỞNG PHÒNG ĐIỀU DƯỠNG"])
    ws.append([])
    ws.append([])
    ws.append(["", "", "", "", "CNĐD. Đinh Thị Mến"])
    column_widths(ws, [6, 52, 28, 14, 22, 16])
    wb.save(path)


def h815_docx(h, path: Path) -> None:
    """Education office: the head's conclusions, posts and sections as addressees, a dash list."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN MƯỜNG KHOA\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n───────\nSố: 318/TB-PGDĐT",
        right2="Mường Khoa, ngày 08 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Trưởng phòng Giáo dục và Đào tạo tại Hội nghị giao ban hiệu trưởng tháng 12/2026",
        "Ngày 05/12/2026, Phòng Giáo dục và Đào tạo tổ chức Hội nghị giao ban hiệu trưởng các trường mầm non, "
        "tiểu học, trung học cơ sở trên địa bàn huyện. Chủ trì Hội nghị: đồng chí Lò Văn Thắng, Trưởng phòng. "
        "Sau khi nghe báo cáo và ý kiến của các đại biểu, Trưởng phòng kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Trong tháng 11/2026, các nhà trường đã tổ chức tốt các hoạt động kỷ niệm Ngày Nhà giáo Việt Nam "
        "20/11; tỷ lệ học sinh ra lớp đạt 99,2%. Tuy nhiên, một số trường còn chậm cập nhật dữ liệu ngành, "
        "việc kiểm tra nội bộ chưa thực chất.",
        "**II. NHIỆM VỤ TRỌNG TÂM THÁNG 12/2026 VÀ THÁNG 01/2027",
        "1. Phó Trưởng phòng phụ trách bậc Tiểu học (bà Lò Thị Hương) chỉ đạo các trường tiểu học tổ chức "
        "kiểm tra định kỳ cuối học kỳ I đúng quy định, hoàn thành trước ngày 10/01/2027.",
        "2. Bộ phận Tổ chức - Cán bộ rà soát, tham mưu phương án điều động giáo viên thừa, thiếu giữa các "
        "trường trung học cơ sở; trình Trưởng phòng trước ngày 25/12/2026.",
        "3. Bộ phận Kế toán hướng dẫn các trường quyết toán ngân sách năm 2026 và chi trả kịp thời chế độ "
        "cho giáo viên công tác tại vùng đặc biệt khó khăn.",
        "4. Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở:",
        "- Hoàn thành cập nhật dữ liệu học sinh, giáo viên trên cơ sở dữ liệu ngành trước ngày 31/12/2026.",
        "- Gửi báo cáo sơ kết học kỳ I về Phòng (qua Bộ phận Chuyên môn) chậm nhất ngày 15/01/2027.",
        "5. Bộ phận Chuyên môn tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc trung học cơ sở (vòng thực "
        "hành) từ ngày 11/01 đến ngày 16/01/2027.",
        "6. Giao đồng chí Chuyên viên phụ trách công nghệ thông tin hướng dẫn, hỗ trợ các trường triển khai "
        "học bạ số theo lộ trình, hoàn thành trong tháng 02/2027.",
        "7. Đề nghị Trung tâm Y tế huyện phối hợp tổ chức khám sức khỏe cho học sinh các trường vùng cao "
        "trong Quý I/2027.",
        "8. Các Phó Trưởng phòng theo lĩnh vực được phân công chỉ đạo, đôn đốc các trường thực hiện.",
        "9. Bộ phận Văn phòng theo dõi, tổng hợp việc thực hiện Thông báo này, báo cáo Trưởng phòng tại "
        "giao ban tháng 01/2027.",
        "Phòng Giáo dục và Đào tạo thông báo để các trường, bộ phận biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND huyện (b/c);\n- Lãnh đạo Phòng;\n- Các trường MN, TH, THCS;\n- Lưu: VT.",
        "TL. TRƯỞNG PHÒNG\nCHÁNH VĂN PHÒNG\n\n\n\nPhàng Thị Dung",
    )
    doc.save(path)


def h816_docx(h, path: Path) -> None:
    """Customs branch: a Tết plan, bold team labels over lettered points, one run-in label."""
    doc = document()
    head_block(
        doc,
        "CỤC HẢI QUAN\nCHI CỤC HẢI QUAN KHU VỰC XIX\n───────\nSố: 95/KH-HQKVXIX",
        right2="Tân Lĩnh, ngày 11 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Cao điểm đấu tranh chống buôn lậu, gian lận thương mại và vận chuyển trái phép hàng hóa qua biên "
        "giới trước, trong và sau Tết Nguyên đán Đinh Mùi 2027",
        "Thực hiện Công văn số 8812/CHQ-ĐTCBL ngày 28/11/2026 của Cục Hải quan, Chi cục Hải quan khu vực "
        "XIX xây dựng Kế hoạch như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Chủ động nắm tình hình, phát hiện, ngăn chặn kịp thời hoạt động buôn lậu, nhất là pháo nổ, thuốc lá "
        "điếu, gia cầm, sản phẩm gia cầm nhập lậu; không để hình thành điểm nóng trên địa bàn.",
        "**II. THỜI GIAN THỰC HIỆN",
        "Từ ngày 15/12/2026 đến hết ngày 28/02/2027.",
        "**III. NHIỆM VỤ CỤ THỂ",
        "**1. Đội Kiểm soát Hải quan",
        "a) Tăng cường tuần tra, kiểm soát tại các tuyến đường mòn, lối mở biên giới, các bến bãi trên địa "
        "bàn; thực hiện hằng ngày trong thời gian cao điểm.",
        "b) Thu thập thông tin, lập hồ sơ đối tượng trọng điểm buôn lậu pháo nổ, thuốc lá điếu nhập lậu; báo "
        "cáo Lãnh đạo Chi cục trước ngày 31/12/2026.",
        "**2. Hải quan cửa khẩu quốc tế Nà Pheo",
        "a) Kiểm tra, giám sát chặt chẽ hàng hóa xuất khẩu, nhập khẩu, phương tiện xuất cảnh, nhập cảnh; áp "
        "dụng quản lý rủi ro đối với hàng hóa có thuế suất cao.",
        "b) Phối hợp Đồn Biên phòng cửa khẩu quốc tế Nà Pheo bảo đảm thông quan nhanh nông sản mùa vụ, không "
        "để ùn tắc phương tiện trước Tết (trước ngày 27/01/2027).",
        "3. Đội Nghiệp vụ: Rà soát các doanh nghiệp có dấu hiệu rủi ro về trị giá, xuất xứ hàng hóa; đề xuất "
        "kiểm tra sau thông quan 03 doanh nghiệp trong tháng 01/2027.",
        "**4. Đội Tổng hợp",
        "a) Tham mưu Lãnh đạo Chi cục ký Quy chế phối hợp với Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh "
        "trong đấu tranh chống buôn lậu; hoàn thành trong tháng 12/2026.",
        "b) Bảo đảm kinh phí, phương tiện, nhiên liệu phục vụ lực lượng tuần tra trong thời gian cao điểm.",
        "**IV. TỔ CHỨC THỰC HIỆN",
        "1. Đội Tổng hợp là đơn vị đầu mối, theo dõi, đôn đốc các đội, Hải quan cửa khẩu thực hiện Kế hoạch.",
        "2. Các đội, Hải quan cửa khẩu báo cáo kết quả thực hiện về Chi cục (qua Đội Tổng hợp) trước 15 giờ "
        "thứ Sáu hằng tuần.",
        "3. Đội trưởng các đội, Trưởng Hải quan cửa khẩu chịu trách nhiệm tổ chức thực hiện Kế hoạch này tại "
        "đơn vị./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Cục Hải quan (b/c);\n- Ban Chỉ đạo 389 tỉnh (b/c);\n- Các đội, HQCK;\n- Lưu: VT, TH.",
        "CHI CỤC TRƯỞNG\n\n\n\nTriệu Quang Vinh",
    )
    doc.save(path)


def h817_docx(h, path: Path) -> None:
    """Sports centre: a quarter programme table under section rows, ranges and `Theo Điều lệ giải`."""
    doc = document(12)
    head_block(
        doc,
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTRUNG TÂM HUẤN LUYỆN VÀ THI ĐẤU THỂ THAO\n───────\nSố: 214/CTr-TTHLTĐ",
        right2="Tân Lĩnh, ngày 22 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Kế hoạch công tác năm 2027 của Trung tâm đã được Sở Văn hóa, Thể thao và Du lịch phê duyệt, "
        "Giám đốc Trung tâm ban hành Chương trình công tác Quý I/2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung công việc", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian thực hiện"],
        [
            ("§", "I", "CÔNG TÁC HUẤN LUYỆN"),
            [
                "1",
                "Kiểm tra thể lực định kỳ các đội tuyển tỉnh (điền kinh, bơi, vật, karate)",
                "Phòng Huấn luyện",
                "Tổ Y học thể thao",
                "05-10/01",
            ],
            [
                "2",
                "Xây dựng kế hoạch tập huấn tại Trung tâm Huấn luyện thể thao quốc gia cho đội tuyển Vật",
                "Phòng Huấn luyện",
                "Phòng Kế hoạch - Tài chính",
                "Trước 25/01",
            ],
            [
                "3",
                "Tuyển chọn vận động viên năng khiếu bổ sung lớp Bóng đá U13, U15",
                "Phòng Huấn luyện",
                "Các huấn luyện viên",
                "Tháng 02 (sau Tết)",
            ],
            [
                "4",
                "Theo dõi chế độ dinh dưỡng, hồi phục của vận động viên tập trung",
                "Tổ Y học thể thao",
                "",
                "Thường xuyên",
            ],
            ("§", "II", "CÔNG TÁC THI ĐẤU"),
            [
                "5",
                "Tổ chức Giải Việt dã truyền thống “Chào Xuân Đinh Mùi” năm 2027",
                "Phòng Tổ chức thi đấu",
                "Phòng Huấn luyện",
                "17/01/2027",
            ],
            [
                "6",
                "Cử đoàn vận động viên tham dự Giải Vô địch Karate các câu lạc bộ toàn quốc",
                "Phòng Huấn luyện",
                "Phòng Tổ chức thi đấu",
                "Theo Điều lệ giải",
            ],
            [
                "7",
                "Hoàn thiện hồ sơ đăng ký thi đấu Đại hội Thể dục thể thao tỉnh lần thứ X (các môn của Trung tâm)",
                "Phòng Tổ chức thi đấu",
                "",
                "Trước 20/3",
            ],
            ("§", "III", "CÔNG TÁC HÀNH CHÍNH, TÀI CHÍNH"),
            [
                "8",
                "Chi trả chế độ dinh dưỡng, tiền công cho huấn luyện viên, vận động viên",
                "Phòng Kế hoạch - Tài chính",
                "",
                "Hằng tháng",
            ],
            [
                "9",
                "Sửa chữa, bảo dưỡng hệ thống chiếu sáng Nhà thi đấu đa năng",
                "Phòng HC-QT",
                "Phòng Kế hoạch - Tài chính",
                "Tháng 3",
            ],
            [
                "10",
                "Sơ kết công tác Quý I, triển khai nhiệm vụ Quý II/2027",
                "Phòng Hành chính - Quản trị",
                "Các phòng",
                "28-31/3",
            ],
        ],
    )
    para(
        doc,
        "Các phòng, tổ báo cáo kết quả thực hiện nhiệm vụ tháng về Phòng Hành chính - Quản trị trước ngày 25 "
        "hằng tháng để tổng hợp, báo cáo Giám đốc./.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở VHTTDL (b/c);\n- Ban Giám đốc;\n- Các phòng, tổ;\n- Lưu: VT, HCQT.",
        "GIÁM ĐỐC\n\n\n\nMa Văn Cường",
    )
    doc.save(path)


def h818_docx(h, path: Path) -> None:
    """Industrial zones board: a leaders' weekly calendar, the day printed only on its first row."""
    doc = calendar_page(
        "UBND TỈNH TÂN LĨNH\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\n───────",
        "Tân Lĩnh, ngày 11 tháng 12 năm 2026",
        "LỊCH CÔNG TÁC TUẦN 51 CỦA LÃNH ĐẠO BAN",
        "(Từ ngày 14/12/2026 đến ngày 20/12/2026)",
    )
    grid(
        doc,
        ["Thứ, ngày", "Thời gian", "Nội dung", "Lãnh đạo chủ trì", "Đơn vị chuẩn bị", "Địa điểm"],
        [
            [
                "Thứ Hai\n14/12",
                "7h30",
                "Giao ban Lãnh đạo Ban tuần 51",
                "Trưởng ban",
                "Văn phòng Ban",
                "Phòng họp tầng 3",
            ],
            [
                "",
                "14h00",
                "Làm việc với Công ty TNHH Điện tử Kaito Việt Nam về tiến độ xây dựng nhà xưởng giai đoạn 2",
                "PTB Hà Văn Quyết",
                "Phòng Quản lý Quy hoạch và Xây dựng",
                "KCN Bắc Tân Lĩnh",
            ],
            ["Thứ Ba\n15/12", "Sáng", "Trưởng ban làm việc tại cơ quan", "", "", ""],
            [
                "",
                "14h00",
                "Thẩm định hồ sơ điều chỉnh Giấy chứng nhận đăng ký đầu tư dự án Nhà máy bao bì Phú Hưng",
                "PTB Nông Thị Thu",
                "Phòng Quản lý Đầu tư",
                "Phòng họp tầng 2",
            ],
            [
                "Thứ Tư\n16/12",
                "8h00",
                "Kiểm tra công tác phòng cháy, chữa cháy tại các doanh nghiệp KCN Nam Cầu Đá (cùng Công an tỉnh)",
                "PTB Hà Văn Quyết",
                "Phòng Quản lý Môi trường và Lao động",
                "KCN Nam Cầu Đá",
            ],
            [
                "",
                "14h00",
                "Tiếp doanh nghiệp định kỳ",
                "Trưởng ban Lương Đức Thịnh",
                "Văn phòng Ban",
                "Phòng tiếp doanh nghiệp",
            ],
            [
                "Thứ Năm\n17/12",
                "Cả ngày",
                "Trưởng ban dự Kỳ họp thứ 9, HĐND tỉnh khóa XVII",
                "",
                "Văn phòng Ban (chuẩn bị tài liệu)",
                "Hội trường UBND tỉnh",
            ],
            [
                "",
                "15h00",
                "Họp Hội đồng xét duyệt cho thuê nhà ở công nhân KCN Bắc Tân Lĩnh (dự kiến)",
                "PTB Nông Thị Thu",
                "Phòng Quản lý Môi trường và Lao động",
                "Phòng họp tầng 3",
            ],
            [
                "Thứ Sáu\n18/12",
                "8h00",
                "Hội nghị đối thoại với doanh nghiệp FDI về thủ tục hải quan, thuế năm 2027",
                "Trưởng ban",
                "Phòng Quản lý Đầu tư; Văn phòng Ban",
                "Khách sạn Sông Lam",
            ],
            ["", "Chiều", "Lãnh đạo Ban làm việc tại cơ quan, giải quyết công việc thường xuyên", "", "", ""],
            ["Thứ Bảy\n19/12", "", "Trực lãnh đạo: PTB Hà Văn Quyết", "", "", ""],
            ["Chủ nhật\n20/12", "", "(Chưa có lịch)", "", "", ""],
        ],
    )
    para(
        doc,
        "Ghi chú: Lịch có thể điều chỉnh theo chỉ đạo của UBND tỉnh. Các phòng, đơn vị đăng ký lịch công tác "
        "tuần sau về Văn phòng Ban trước 15h00 thứ Năm hằng tuần.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Lãnh đạo Ban;\n- Các phòng, đơn vị;\n- Cổng TTĐT Ban;\n- Lưu: VT.",
        "TL. TRƯỞNG BAN\nCHÁNH VĂN PHÒNG\n\n\n\nLê Thị Thanh Hoa",
    )
    doc.save(path)


def h819_xlsx(h, path: Path) -> None:
    """Farmers' Association: an indicator sheet, lettered groups, a `Trong đó` row, days with no year."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    title_rows(
        ws,
        [
            "HỘI NÔNG DÂN TỈNH TÂN LĨNH",
            "BAN THƯỜNG VỤ",
            "CHỈ TIÊU CÔNG TÁC HỘI VÀ PHONG TRÀO NÔNG DÂN NĂM 2027",
            "(Kèm theo Chương trình số 61-CTr/HNDT ngày 15/12/2026 của Ban Thường vụ Hội Nông dân tỉnh)",
        ],
        6,
        (1, 2, 3),
    )
    ws.append([])
    ws.append(
        [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Chỉ tiêu năm 2027",
            "Ban chủ trì theo dõi",
            "Thời gian hoàn thành",
        ]
    )
    bold_header(ws, 6)
    rows = [
        ["A", "CHỈ TIÊU VỀ XÂY DỰNG TỔ CHỨC HỘI"],
        [1, "Kết nạp hội viên mới", "hội viên", "3.500", "Ban Tổ chức - Kiểm tra", "31/12"],
        ["", "Trong đó: hội viên là người dân tộc thiểu số", "hội viên", "1.200", "", ""],
        [
            2,
            "Tỷ lệ chi hội, tổ hội nghề nghiệp xếp loại vững mạnh",
            "%",
            "≥ 75",
            "Ban Tổ chức - Kiểm tra",
            "Tháng 12",
        ],
        [3, "Mở lớp bồi dưỡng nghiệp vụ cho cán bộ Hội cơ sở", "lớp", "12", "Ban Tuyên giáo", "Quý III"],
        ["B", "CHỈ TIÊU PHONG TRÀO NÔNG DÂN"],
        [
            4,
            "Hộ đăng ký danh hiệu sản xuất, kinh doanh giỏi các cấp",
            "hộ",
            "85.000",
            "Ban Kinh tế - Xã hội",
            "30/6",
        ],
        [
            5,
            "Thành lập mới tổ hợp tác, hợp tác xã nông nghiệp do Hội hỗ trợ",
            "THT/HTX",
            "40",
            "Ban Kinh tế - Xã hội",
            "15/11",
        ],
        [
            6,
            "Sản phẩm của nông dân tham gia Chương trình OCOP đạt 3 sao trở lên",
            "sản phẩm",
            "25",
            "Trung tâm Hỗ trợ nông dân tỉnh",
            "Quý IV",
        ],
        [
            7,
            "Giải ngân vốn Quỹ Hỗ trợ nông dân cho vay mới",
            "tỷ đồng",
            "28",
            "Trung tâm Hỗ trợ nông dân tỉnh",
            "30/9",
        ],
        [
            8,
            "Phối hợp Ngân hàng Chính sách xã hội duy trì tỷ lệ nợ quá hạn qua kênh Hội dưới mức",
            "%",
            "0,3",
            "Ban Kinh tế - Xã hội",
            "Thường xuyên",
        ],
        [
            9,
            "Tổ chức Hội nghị nông dân đối thoại với Chủ tịch UBND tỉnh",
            "hội nghị",
            "01",
            "Văn phòng Hội",
            "Tháng 10",
        ],
        ["C", "CÔNG TÁC KIỂM TRA, GIÁM SÁT"],
        [
            10,
            "Kiểm tra, giám sát việc thực hiện Điều lệ Hội tại Hội Nông dân cấp huyện",
            "cuộc",
            "06",
            "Ủy ban Kiểm tra Hội",
            "Quý II; Quý IV",
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)
    wrap(ws, 7)
    ws.append([])
    ws.append(
        [
            "Hội Nông dân các huyện, thị xã, thành phố báo cáo kết quả thực hiện chỉ tiêu về Ban Tổ chức - Kiểm "
            "tra định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)."
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
    ws.append([])
    ws.append(["", "", "", "", "TM. BAN THƯỜNG VỤ"])
    ws.append(["", "", "", "", "CHỦ TỊCH"])
    ws.append([])
    ws.append(["", "", "", "", "Vàng A Sử"])
    column_widths(ws, [6, 50, 12, 14, 28, 16])
    wb.save(path)


H820_MD = """\
SỞ XÂY DỰNG TỈNH TÂN LĨNH
**BAN QUẢN LÝ BẢO TRÌ ĐƯỜNG BỘ**

Số: 402/KH-BQLBT — *Tân Lĩnh, ngày 16 tháng 12 năm 2026*

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc

# KẾ HOẠCH
## Bảo đảm giao thông đường bộ phục vụ Tết Nguyên đán Đinh Mùi và mùa Lễ hội Xuân 2027

Căn cứ Kế hoạch số 1190/KH-SXD ngày 09/12/2026 của Sở Xây dựng, Ban Quản lý bảo trì đường bộ \
xây dựng Kế hoạch như sau:

## 1. Mục đích, yêu cầu

Bảo đảm các tuyến quốc lộ ủy thác và đường tỉnh thông suốt, an toàn; xử lý kịp thời sự cố hư \
hỏng cầu, đường, không để ách tắc kéo dài.

## 2. Nhiệm vụ cụ thể

### 2.1. Phòng Kỹ thuật - Bảo trì

1. Rà soát, lập danh mục các vị trí mất an toàn giao thông, “điểm đen” trên các tuyến quốc lộ \
ủy thác và đường tỉnh; hoàn thành trước 25/12/2026.
2. Chỉ đạo các nhà thầu bảo dưỡng thường xuyên vá ổ gà, bù phụ lề, phát quang tầm nhìn trên \
ĐT.271, ĐT.274 trước ngày 20/01/2027.

### 2.2. Các Hạt Quản lý đường bộ (Hạt QLĐB số 1, số 2, số 3)

- Bố trí lực lượng, vật tư dự phòng (đá hộc, rọ thép, cọc tiêu) tại các điểm xung yếu; thực \
hiện từ ngày 20/01/2027 đến hết ngày 20/02/2027.
- Tuần tra, kiểm tra cầu, đường hằng ngày; phát hiện và xử lý hư hỏng.

### 2.3. Phòng Kế hoạch - Tài chính

3. Bố trí kinh phí bảo trì đột xuất, tạm ứng cho nhà thầu trước ngày 15/01/2027.

### 2.4. Văn phòng Ban

4. Công bố số điện thoại đường dây nóng tiếp nhận phản ánh của người dân về hư hỏng đường bộ \
trên Trang thông tin điện tử của Sở Xây dựng trước ngày 30/12/2026.
5. Tổng hợp báo cáo nhanh tình hình giao thông gửi Sở Xây dựng trước 16 giờ hằng ngày trong các \
ngày nghỉ Tết Nguyên đán.

### 2.5. Đề nghị phối hợp

6. Đề nghị Công an tỉnh (Phòng Cảnh sát giao thông) phối hợp phân luồng, điều tiết giao thông \
tại các điểm lễ hội Xuân đông người.

**Phân công trực lãnh đạo dịp Tết:**

| Ngày | Lãnh đạo trực | Điện thoại |
|---|---|---|
| 05/02/2027 (Giao thừa) | Giám đốc Tống Văn Hải | 0912.445.081 |
| 06 - 07/02/2027 (Mùng 1 - 2) | Phó Giám đốc Lăng Thị Nga | 0986.220.719 |
| 08 - 10/02/2027 (Mùng 3 - 5) | Phó Giám đốc Bế Quốc Toàn | 0974.318.552 |

## 3. Tổ chức thực hiện

- Văn phòng Ban là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch này.
- Các phòng, Hạt QLĐB báo cáo kết quả thực hiện Kế hoạch về Văn phòng Ban trước ngày 25/02/2027.

**Nơi nhận:** Sở Xây dựng (b/c); Công an tỉnh; Các phòng, Hạt QLĐB; Lưu: VT.

**GIÁM ĐỐC** — *(đã ký)* — Tống Văn Hải
"""


def h820_md(h, path: Path) -> None:
    """Road maintenance board: a Tết plan in Markdown, unit headings over numbered and bulleted tasks."""
    path.write_text(H820_MD, encoding="utf-8")


def h821_docx(h, path: Path) -> None:
    """Veterans' Association: a yearly programme under month headings, units in closing parentheses."""
    doc = document()
    head_block(
        doc,
        "HỘI CCB VIỆT NAM\nHỘI CỰU CHIẾN BINH TỈNH TÂN LĨNH\n───────\nSố: 88-CTr/CCB",
        right2="Tân Lĩnh, ngày 18 tháng 12 năm 2026",
    )
    lines = [
        "##CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027",
        "##của Ban Thường vụ Hội Cựu chiến binh tỉnh",
        "Căn cứ Nghị quyết Hội nghị Ban Chấp hành Hội Cựu chiến binh tỉnh lần thứ 3 (khóa VIII), Ban Thường "
        "vụ Hội xây dựng Chương trình công tác năm 2027 như sau:",
        "**Tháng 01/2027",
        "- Tổ chức gặp mặt, chúc Tết cựu chiến binh tiêu biểu, cựu chiến binh có hoàn cảnh khó khăn nhân dịp "
        "Tết Nguyên đán Đinh Mùi (Ban Chính sách - Xã hội).",
        "- Ban hành Kế hoạch kiểm tra, giám sát năm 2027 (Ủy ban Kiểm tra).",
        "**Tháng 3/2027",
        "- Sơ kết 03 năm thực hiện Chỉ thị số 05-CT/HCCB của Thường trực Trung ương Hội về nâng cao chất "
        "lượng sinh hoạt chi hội (Ban Tổ chức - Tuyên huấn).",
        "- Văn phòng chuẩn bị nội dung, tài liệu Hội nghị Ban Chấp hành lần thứ 4 (mở rộng).",
        "**Tháng 4 - 5/2027",
        "- Tổ chức các hoạt động kỷ niệm 52 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - "
        "30/4/2027) (Ban Tổ chức - Tuyên huấn).",
        "- Tập huấn nghiệp vụ công tác Hội cho Chủ tịch, Phó Chủ tịch Hội Cựu chiến binh cấp xã (Ban Tổ chức "
        "- Tuyên huấn).",
        "**Tháng 7 - 8/2027",
        "- Thăm, tặng quà gia đình chính sách, thương binh, bệnh binh nhân kỷ niệm 80 năm Ngày Thương binh - "
        "Liệt sĩ (27/7/1947 - 27/7/2027) (Ban Chính sách - Xã hội).",
        "**Tháng 9/2027",
        "- Ủy ban Kiểm tra kiểm tra việc quản lý, sử dụng Quỹ hội tại Hội Cựu chiến binh 03 huyện: Mường "
        "Khoa, Na Sầm, Bản Lìm.",
        "**Tháng 12/2027",
        "- Tổng kết công tác Hội năm 2027; kỷ niệm 38 năm Ngày thành lập Hội Cựu chiến binh Việt Nam "
        "(06/12/1989 - 06/12/2027) (Văn phòng).",
        "**Các nhiệm vụ thường xuyên trong năm",
        "- Nắm tình hình tư tưởng hội viên, tham gia giải quyết đơn thư khiếu nại ở cơ sở (Ban Tổ chức - "
        "Tuyên huấn; Ủy ban Kiểm tra).",
        "- Phối hợp Ngân hàng Chính sách xã hội quản lý nguồn vốn vay ủy thác (Ban Chính sách - Xã hội).",
        "**TỔ CHỨC THỰC HIỆN",
        "Văn phòng Hội là bộ phận đầu mối, theo dõi, đôn đốc việc thực hiện Chương trình.",
        "Hội Cựu chiến binh các huyện, thành phố và các cơ sở Hội trực thuộc báo cáo kết quả công tác tháng về "
        "Văn phòng Hội tỉnh trước ngày 20 hằng tháng.",
        "Các ban căn cứ Chương trình chủ động xây dựng kế hoạch, tham mưu Ban Thường vụ triển khai thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Trung ương Hội CCB Việt Nam (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Hội CCB các huyện, "
        "thành phố;\n- Lưu: VP.",
        "T/M BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nĐại tá Lục Văn Hùng",
    )
    doc.save(path)


def h822_docx(h, path: Path) -> None:
    """Culture centre: a Tết plan's activity table, a person beside a team, a lunar-only day."""
    doc = document(13)
    head_block(
        doc,
        "UBND HUYỆN NA SẦM\nTRUNG TÂM VĂN HÓA, THÔNG TIN VÀ THỂ THAO\n───────\nSố: 67/KH-TTVHTTTT",
        right2="Na Sầm, ngày 28 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tổ chức các hoạt động mừng Đảng, mừng Xuân Đinh Mùi năm 2027",
        "Thực hiện Kế hoạch số 311/KH-UBND ngày 20/12/2026 của UBND huyện về tổ chức các hoạt động chào mừng "
        "kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam và mừng Xuân Đinh Mùi năm 2027, Trung tâm Văn "
        "hóa, Thông tin và Thể thao huyện xây dựng Kế hoạch như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Tạo không khí vui tươi, phấn khởi trong Nhân dân; các hoạt động tổ chức an toàn, tiết kiệm.",
        "**II. NỘI DUNG, THỜI GIAN TỔ CHỨC",
    ]
    marked_paragraphs(doc, lines, MARKS)
    grid(
        doc,
        ["TT", "Nội dung hoạt động", "Thời gian", "Địa điểm", "Người/bộ phận thực hiện"],
        [
            [
                "1",
                "Trang trí cổ động trực quan (pa nô, băng rôn, cờ) tại trung tâm huyện và các trục đường chính",
                "20/01 - 30/01/2027",
                "Thị trấn Na Sầm",
                "Tổ Thông tin - Tuyên truyền",
            ],
            [
                "2",
                "Phát sóng chuyên mục chào Xuân trên Đài Truyền thanh huyện",
                "Từ 25/01 đến 15/02/2027",
                "",
                "Tổ Truyền thanh",
            ],
            [
                "3",
                "Biểu diễn văn nghệ “Mừng Đảng, mừng Xuân”",
                "19h30 ngày 02/02/2027",
                "Quảng trường huyện",
                "Phó Giám đốc Vi Văn Tuấn; Tổ Văn nghệ",
            ],
            [
                "4",
                "Chương trình nghệ thuật đón Giao thừa và bắn pháo hoa tầm thấp",
                "23h00 ngày 05/02/2027",
                "Quảng trường huyện",
                "Tổ Văn nghệ; Tổ Hành chính - Tổng hợp",
            ],
            [
                "5",
                "Đội Thông tin lưu động tuyên truyền tại các xã vùng cao",
                "26/01 - 01/02/2027",
                "Xã Phìn Hồ, xã Sán Chải",
                "Đội Thông tin lưu động",
            ],
            [
                "6",
                "Giải Bóng chuyền hơi nữ các xã, thị trấn",
                "29 - 31/01/2027",
                "Nhà thi đấu huyện",
                "Tổ Thể dục thể thao",
            ],
            [
                "7",
                "Hội báo Xuân (trưng bày báo, tạp chí Xuân)",
                "Mùng 2 - mùng 5 Tết (07/02 - 10/02/2027)",
                "Thư viện huyện",
                "Tổ Thư viện",
            ],
            [
                "8",
                "Tổ chức Lễ hội Lồng tồng (Xuống đồng) xã Nà Pồ",
                "Mùng 8 tháng Giêng",
                "Xã Nà Pồ",
                "Tổ Văn nghệ; Tổ Thể dục thể thao",
            ],
            [
                "9",
                "Bảo đảm âm thanh, ánh sáng, điện cho các hoạt động",
                "Thường xuyên",
                "",
                "Tổ Hành chính - Tổng hợp",
            ],
        ],
    )
    lines = [
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Tổ Hành chính - Tổng hợp dự trù kinh phí, trình Giám đốc phê duyệt trước ngày 10/01/2027.",
        "2. Các tổ, đội căn cứ nhiệm vụ được giao chủ động triển khai thực hiện.",
        "3. Các tổ, đội báo cáo kết quả về Tổ Hành chính - Tổng hợp trước ngày 20/02/2027 để tổng hợp, báo "
        "cáo UBND huyện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND huyện (b/c);\n- Phòng VHTT huyện;\n- Các tổ, đội;\n- Lưu: VT.",
        "GIÁM ĐỐC\n\n\n\nNông Thị Diệp",
    )
    doc.save(path)


def batch_h813() -> None:
    """Writes h813–h822 (the .doc and .pdf through LibreOffice)."""
    write_batch(
        [
            (h813_docx, "h813_cv_snv_tong_ket_thi_dua_2026.docx"),
            (h814_xlsx, "h814_kh_dieu_duong_bvdk_tinh_2027.xlsx"),
            (h815_docx, "h815_tbkl_pgddt_giao_ban_hieu_truong.docx"),
            (h818_docx, "h818_lich_tuan_bql_kcn_tinh.docx"),
            (h819_xlsx, "h819_chi_tieu_hoi_nong_dan_2027.xlsx"),
            (h820_md, "h820_kh_bao_tri_duong_bo_tet.md"),
            (h821_docx, "h821_ctr_hoi_ccb_tinh_theo_thang.docx"),
            (h822_docx, "h822_kh_tt_vhtt_huyen_mung_xuan.docx"),
        ],
        [
            (h816_docx, "h816_kh_hai_quan_cao_diem_tet.docx", "doc"),
            (h817_docx, "h817_ctr_quy1_tt_huan_luyen_the_thao.docx", "pdf"),
        ],
        _out,
    )
