"""Held-out batch h573–h582, written by h13author54 blind to the importer: ten documents of a
provincial Department of Finance (its centralised-procurement work), a ward Party Committee, a
provincial maternity hospital, a provincial radio and television station's editorial board, a
provincial Labour Federation, an ethnic boarding school, a district land fund development centre,
a provincial public administrative service centre, a state forestry company and a provincial Bar
association. Every name, person, place, number and date in them is invented."""

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
    "h574_ctr_dang_uy_phuong_hang_thang",  # h13fixSP
    "h575_tbkl_bv_phu_san_giao_ban",  # h13fixSP
    "h576_lich_tuan_dai_ptth_ban_bien_tap",  # h13fixSN
    "h582_ctr_doan_luat_su_tinh",  # h13fixSQ
    "h573_cv_stc_mua_sam_tap_trung",  # h13fixSO
    "h578_kh_dtnt_hoat_dong_truong_nhan",  # h13fixSL
    "h577_chi_tieu_ldld_tinh_2027",  # h13fixTF
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h573_docx(h, path: Path) -> None:
    """Department of Finance: a dispatch on centralised procurement, unit labels over lettered points."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH HÀ LAM\nSỞ TÀI CHÍNH\n───────\nSố: 2841/STC-QLGCS\nV/v triển khai mua sắm tập trung "
        "tài sản năm 2027",
        right2="Hà Lam, ngày 07 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các sở, ban, ngành tỉnh;",
        "- Ủy ban nhân dân các huyện, thị xã, thành phố;",
        "- Trung tâm Mua sắm tài sản công tỉnh.",
        "Căn cứ Quyết định số 1120/QĐ-UBND ngày 18/10/2026 của UBND tỉnh ban hành danh mục tài sản mua sắm "
        "tập trung cấp tỉnh; thực hiện ý kiến chỉ đạo của UBND tỉnh tại Văn bản số 5532/UBND-KT ngày "
        "25/11/2026, Sở Tài chính đề nghị các cơ quan, đơn vị triển khai một số nội dung sau:",
        "**1. Các sở, ban, ngành và UBND cấp huyện",
        "Lập dự toán, đăng ký nhu cầu mua sắm tập trung năm 2027 (máy vi tính, máy in, máy photocopy, xe ô "
        "tô chuyên dùng) theo mẫu tại Phụ lục kèm theo, gửi về Sở Tài chính trước ngày 20/01/2027.",
        "**2. Trung tâm Mua sắm tài sản công tỉnh (đơn vị mua sắm tập trung)",
        "a) Tổng hợp nhu cầu, trình Sở Tài chính danh mục và dự toán mua sắm tập trung năm 2027 trước ngày "
        "28/02/2027.",
        "b) Tổ chức lựa chọn nhà thầu, ký thỏa thuận khung với nhà thầu trúng thầu; thời gian hoàn thành "
        "trong Quý II/2027.",
        "c) Công khai kết quả lựa chọn nhà thầu và thỏa thuận khung trên Hệ thống mạng đấu thầu quốc gia "
        "theo quy định.",
        "**3. Phòng Quản lý giá và công sản (Sở Tài chính)",
        "a) Thẩm định danh mục, dự toán do Trung tâm Mua sắm tài sản công trình, trong 10 ngày làm việc kể "
        "từ ngày nhận đủ hồ sơ.",
        "b) Kiểm tra việc thực hiện hợp đồng mua sắm tập trung tại 05 cơ quan, đơn vị trong tháng 9/2027.",
        "**4. Thanh tra Sở",
        "Chủ trì thanh tra chuyên đề việc quản lý, sử dụng tài sản công mua sắm tập trung tại một số đơn vị "
        "sự nghiệp công lập; thời gian thực hiện Quý IV/2027.",
        "**5. Văn phòng Sở",
        "Cập nhật văn bản, kết quả mua sắm tập trung lên Cổng thông tin điện tử Sở Tài chính thường xuyên.",
        "**6. Đề nghị Kho bạc Nhà nước khu vực tỉnh Hà Lam",
        "Phối hợp kiểm soát chi các hợp đồng mua sắm theo thỏa thuận khung đã ký; thông tin kịp thời cho "
        "Sở Tài chính các trường hợp chậm thanh toán.",
        "Định kỳ 6 tháng, các cơ quan, đơn vị báo cáo tình hình thực hiện hợp đồng mua sắm tập trung về Sở "
        "Tài chính (qua Phòng Quản lý giá và công sản) để tổng hợp, báo cáo UBND tỉnh.",
        "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan, đơn vị phản ánh về Sở Tài chính "
        "(điện thoại 0239.3851.446) để được hướng dẫn./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Lưu: VT, QLGCS.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nLương Thị Hồng Nhung",
    )
    doc.save(path)


def h574_docx(h, path: Path) -> None:
    """Ward Party Committee: a yearly programme grouped under month and quarter rows, no time column."""
    doc = document()
    head_block(
        doc,
        "ĐẢNG BỘ TỈNH HÀ LAM\nĐẢNG ỦY PHƯỜNG TÂN HÒA\n*\nSố: 42-CTr/ĐU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        right2="Tân Hòa, ngày 10 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC", bold=True, center=True)
    para(doc, "của Ban Chấp hành, Ban Thường vụ Đảng ủy phường năm 2027", bold=True, center=True)
    para(doc, "-----", center=True)
    para(
        doc,
        "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ phường nhiệm kỳ 2025 - 2030; căn cứ Nghị quyết "
        "số 15-NQ/ĐU ngày 05/12/2026 của Ban Chấp hành Đảng bộ phường về phương hướng, nhiệm vụ năm 2027, "
        "Ban Thường vụ Đảng ủy phường xây dựng Chương trình công tác năm 2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung", "Cơ quan chủ trì chuẩn bị", "Cấp cho ý kiến"],
        [
            ("§", "", "THÁNG 01/2027"),
            [
                "1",
                "Ban hành Kế hoạch tổ chức các hoạt động kỷ niệm 97 năm Ngày thành lập Đảng (03/02)",
                "Ban Xây dựng Đảng",
                "BTV",
            ],
            [
                "2",
                "Chỉ đạo tổ chức Hội nghị cán bộ, công chức và hội nghị người lao động năm 2027",
                "Đảng ủy UBND phường",
                "BTV",
            ],
            ("§", "", "THÁNG 3/2027"),
            [
                "3",
                "Sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo "
                "đức, phong cách Hồ Chí Minh",
                "Ban Xây dựng Đảng",
                "BCH",
            ],
            ("§", "", "QUÝ II/2027"),
            [
                "4",
                "Kiểm tra việc lãnh đạo thực hiện nhiệm vụ thu ngân sách tại Chi bộ khu phố 3, khu phố 7",
                "Ủy ban Kiểm tra Đảng ủy",
                "BTV",
            ],
            [
                "5",
                "Bồi dưỡng lý luận chính trị cho quần chúng ưu tú (lớp đối tượng kết nạp Đảng)",
                "Trung tâm Chính trị phường",
                "BTV",
            ],
            ("§", "", "THÁNG 7/2027"),
            [
                "6",
                "Hội nghị Ban Chấp hành sơ kết công tác 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2027",
                "Văn phòng Đảng ủy",
                "BCH",
            ],
            ("§", "", "THÁNG 11 - 12/2027"),
            [
                "7",
                "Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2027",
                "Ban Xây dựng Đảng",
                "BTV",
            ],
            [
                "8",
                "Hội nghị Ban Chấp hành tổng kết công tác xây dựng Đảng năm 2027, thông qua Nghị quyết năm "
                "2028",
                "Văn phòng Đảng ủy",
                "BCH",
            ],
            ("§", "", "CÔNG VIỆC THƯỜNG XUYÊN"),
            [
                "9",
                "Tiếp nhận, giải quyết đơn thư tố cáo, khiếu nại đối với tổ chức đảng, đảng viên",
                "Ủy ban Kiểm tra Đảng ủy",
                "",
            ],
            [
                "10",
                "Giao ban Thường trực Đảng ủy với Thường trực HĐND, UBND, Ủy ban MTTQ phường vào ngày thứ "
                "Hai đầu tháng",
                "Văn phòng Đảng ủy",
                "",
            ],
        ],
        widths=[1.0, 9.0, 4.0, 2.0],
    )
    para(doc, "")
    para(
        doc,
        "Văn phòng Đảng ủy là cơ quan thường trực, tham mưu Ban Thường vụ theo dõi, đôn đốc việc thực hiện "
        "Chương trình; các chi bộ căn cứ Chương trình xây dựng chương trình công tác của chi bộ.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c);\n- Các đồng chí Đảng ủy viên;\n- Các chi bộ trực thuộc;"
        "\n- Lưu Văn phòng Đảng ủy.",
        "T/M ĐẢNG ỦY\nBÍ THƯ\n\n\n\nHoàng Minh Quân",
    )
    doc.save(path)


def h575_docx(h, path: Path) -> None:
    """Maternity hospital: a notice of conclusions, the doer and the date inside running sentences."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH HÀ LAM\nBỆNH VIỆN PHỤ SẢN\n───────\nSố: 356/TB-BVPS",
        right2="Hà Lam, ngày 02 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Giám đốc Bệnh viện tại cuộc họp giao ban mở rộng tháng 11/2026",
        "Ngày 30/11/2026, BSCKII. Đinh Thị Mai Hương, Giám đốc Bệnh viện chủ trì cuộc họp giao ban mở rộng; "
        "dự họp có các Phó Giám đốc, trưởng các khoa, phòng và Điều dưỡng trưởng Bệnh viện. Sau khi nghe "
        "Phòng Kế hoạch tổng hợp báo cáo kết quả hoạt động tháng 11 và ý kiến của các thành viên, Giám đốc "
        "Bệnh viện kết luận như sau:",
        "**1. Đánh giá chung",
        "Trong tháng, Bệnh viện tiếp nhận 3.214 lượt khám, 1.046 ca đẻ (trong đó 412 ca mổ lấy thai), công "
        "suất sử dụng giường bệnh đạt 118%. Không để xảy ra sự cố y khoa nghiêm trọng.",
        "**2. Nhiệm vụ trọng tâm tháng 12/2026",
        "2.1. Phòng Kế hoạch tổng hợp chủ trì, phối hợp Khoa Đẻ rà soát, cập nhật quy trình kỹ thuật mổ lấy "
        "thai theo hướng dẫn mới của Bộ Y tế, trình Hội đồng Khoa học kỹ thuật trước ngày 15/12/2026.",
        "2.2. Giao Khoa Sơ sinh triển khai chăm sóc trẻ non tháng bằng phương pháp Kangaroo tại toàn bộ "
        "buồng "
        "bệnh từ ngày 01/12/2026; báo cáo kết quả 01 tháng thực hiện tại giao ban ngày 05/01/2027.",
        "2.3. Phòng Tài chính kế toán và Phòng Vật tư - Thiết bị y tế hoàn thiện hồ sơ mua sắm máy siêu âm "
        "4D, trình Giám đốc phê duyệt kế hoạch lựa chọn nhà thầu chậm nhất ngày 20/12/2026.",
        "2.4. Điều dưỡng trưởng Bệnh viện tổ chức kiểm tra việc thực hiện bảng kiểm an toàn phẫu thuật tại "
        "Khoa Phẫu thuật - Gây mê hồi sức, định kỳ hằng tuần.",
        "2.5. Phòng Công nghệ thông tin phối hợp với nhà cung cấp hoàn thành kết nối bệnh án điện tử với "
        "Cổng tiếp nhận dữ liệu của Bảo hiểm xã hội trước ngày 31/12/2026.",
        "2.6. Khoa Kiểm soát nhiễm khuẩn giám sát vệ sinh tay tại các khoa lâm sàng; công việc làm hằng "
        "ngày, "
        "tổng hợp tỷ lệ tuân thủ gửi Phòng Quản lý chất lượng.",
        "2.7. Phòng Tổ chức cán bộ hoàn thành đánh giá, xếp loại viên chức, người lao động năm 2026 trước "
        "ngày "
        "28/12/2026.",
        "2.8. Đề nghị Công đoàn cơ sở Bệnh viện tổ chức thăm hỏi, tặng quà Tết Nguyên đán Đinh Mùi cho viên "
        "chức, người lao động có hoàn cảnh khó khăn, xong trước ngày 25/01/2027.",
        "2.9. Các khoa, phòng gửi báo cáo hoạt động chuyên môn về Phòng Kế hoạch tổng hợp trước ngày 25 hằng "
        "tháng để tổng hợp, báo cáo giao ban.",
        "Văn phòng (Phòng Hành chính quản trị) thông báo để các khoa, phòng biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, HCQT.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG HÀNH CHÍNH QUẢN TRỊ\n\n\n\nVũ Thanh Tùng",
    )
    doc.save(path)


def h576_xlsx(h, path: Path) -> None:
    """Radio and television station: a weekly calendar of the editorial board, the day merged down."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Lich tuan 50"
    title_rows(
        ws,
        [
            "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ LAM",
            "LỊCH CÔNG TÁC TUẦN CỦA BAN BIÊN TẬP",
            "(Tuần 50: từ ngày 07/12/2026 đến ngày 13/12/2026)",
        ],
        6,
        (1, 2),
    )
    ws.append([])
    ws.append(["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"])
    bold_header(ws, 5)
    days = [
        (
            "Thứ Hai\n07/12",
            [
                [
                    "07h30",
                    "Giao ban Ban Biên tập tuần",
                    "Tổng Biên tập Lê Quang Vinh",
                    "Văn phòng",
                    "Phòng họp tầng 3",
                ],
                [
                    "14h00",
                    "Duyệt kịch bản chương trình truyền hình trực tiếp chào năm mới 2027",
                    "PTBT Nguyễn Thị Ngọc Ánh",
                    "Phòng Văn nghệ - Giải trí",
                    "Phòng họp tầng 3",
                ],
            ],
        ),
        (
            "Thứ Ba\n08/12",
            [
                ["Cả ngày", "Tổng Biên tập làm việc tại cơ quan", "", "", ""],
                [
                    "08h00",
                    "Kiểm tra kỹ thuật hệ thống phát sóng tại Trạm phát lại Núi Thần",
                    "PTBT Trần Đức Long",
                    "Phòng Kỹ thuật - Công nghệ",
                    "Huyện Đông Sơn",
                ],
            ],
        ),
        (
            "Thứ Tư\n09/12",
            [
                [
                    "08h00",
                    "Họp Hội đồng thẩm định tác phẩm dự Giải Báo chí tỉnh năm 2026",
                    "Tổng Biên tập Lê Quang Vinh",
                    "Phòng Thời sự",
                    "Phòng họp tầng 3",
                ],
                [
                    "15h00",
                    "Làm việc với Công ty Viễn thông Hà Lam về hợp đồng truyền dẫn tín hiệu năm 2027",
                    "PTBT Trần Đức Long",
                    "Phòng Kế hoạch - Tài chính",
                    "Phòng khách tầng 2",
                ],
            ],
        ),
        (
            "Thứ Năm\n10/12",
            [
                [
                    "08h00",
                    "Dự Hội nghị Ban Chấp hành Đảng bộ tỉnh (tường thuật trực tiếp)",
                    "Tổng Biên tập Lê Quang Vinh",
                    "Phòng Thời sự",
                    "Hội trường Tỉnh ủy",
                ],
                ["", "Trực lãnh đạo: PTBT Nguyễn Thị Ngọc Ánh", "", "", ""],
            ],
        ),
        (
            "Thứ Sáu\n11/12",
            [
                [
                    "09h00",
                    'Nghiệm thu chuyên mục "Nông thôn mới Hà Lam" quý IV',
                    "PTBT Nguyễn Thị Ngọc Ánh",
                    "Phòng Chuyên đề",
                    "Phòng họp tầng 3",
                ],
                [
                    "14h00",
                    "Họp xét nâng lương trước thời hạn năm 2026 (dự kiến)",
                    "Tổng Biên tập Lê Quang Vinh",
                    "Phòng Tổ chức - Hành chính",
                    "Phòng họp tầng 3",
                ],
            ],
        ),
        (
            "Thứ Bảy\n12/12",
            [
                [
                    "19h30",
                    "Truyền hình trực tiếp Lễ hội Văn hóa các dân tộc huyện Mường Lát",
                    "PTBT Trần Đức Long",
                    "Phòng Văn nghệ - Giải trí",
                    "Sân vận động huyện Mường Lát",
                ],
            ],
        ),
        ("Chủ nhật\n13/12", [["", "(Chưa có lịch)", "", "", ""]]),
    ]
    for label, rows in days:
        first = ws.max_row + 1
        for row in rows:
            ws.append(["", *row])
        ws.cell(first, 1).value = label
        if len(rows) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
    wrap(ws, 6, "top")
    column_widths(ws, [11, 9, 48, 24, 24, 20])
    ws.append([])
    ws.append(["", "", "Ghi chú: Lịch có thể thay đổi, Văn phòng sẽ thông báo bổ sung.", "", "", ""])
    ws.append(["", "", "", "", "TL. TỔNG BIÊN TẬP", ""])
    ws.append(["", "", "", "", "CHÁNH VĂN PHÒNG", ""])
    ws.append([])
    ws.append(["", "", "", "", "Phạm Hải Yến", ""])
    wb.save(path)


def h577_xlsx(h, path: Path) -> None:
    """Labour Federation: an indicator sheet, group rows, the target and its unit in their own columns."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    title_rows(
        ws,
        [
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ LAM",
            "CÁC CHỈ TIÊU CHỦ YẾU CÔNG TÁC CÔNG ĐOÀN NĂM 2027",
            "(Kèm theo Nghị quyết số 09/NQ-LĐLĐ ngày 04/12/2026 của Ban Chấp hành LĐLĐ tỉnh)",
        ],
        7,
        (1, 2),
    )
    ws.append([])
    ws.append(
        ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu 2027", "Ban theo dõi, đôn đốc", "Thời điểm đánh giá", "Ghi chú"]
    )
    bold_header(ws, 5)
    rows = [
        ["A", "CHỈ TIÊU VỀ ĐOÀN VIÊN, TỔ CHỨC CÔNG ĐOÀN"],
        [
            1,
            "Kết nạp, phát triển đoàn viên công đoàn mới",
            "Đoàn viên",
            9500,
            "Ban Tổ chức",
            "31/12/2027",
            "",
        ],
        [
            2,
            "Thành lập mới công đoàn cơ sở tại doanh nghiệp ngoài nhà nước có từ 25 lao động trở lên",
            "CĐCS",
            38,
            "Ban Tổ chức",
            "30/11/2027",
            "",
        ],
        [
            3,
            "Tỷ lệ công đoàn cơ sở được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên",
            "%",
            "≥ 75",
            "Ban Tổ chức",
            "Quý IV",
            "",
        ],
        ["B", "CHỈ TIÊU VỀ CHĂM LO, BẢO VỆ QUYỀN LỢI NGƯỜI LAO ĐỘNG"],
        [
            4,
            "Tỷ lệ doanh nghiệp có tổ chức công đoàn ký kết thỏa ước lao động tập thể",
            "%",
            "≥ 60",
            "Ban Chính sách - Pháp luật",
            "30/9/2027",
            "",
        ],
        [
            5,
            'Xây dựng mới, sửa chữa "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở',
            "Nhà",
            45,
            "Ban Chính sách - Pháp luật",
            "Trước 28/7",
            "Chào mừng 28/7",
        ],
        [
            6,
            'Tổ chức "Tết Sum vầy", "Chợ Tết Công đoàn" thăm hỏi, tặng quà đoàn viên dịp Tết',
            "Suất quà",
            12000,
            "Ban Chính sách - Pháp luật",
            "Tháng 1, 2",
            "",
        ],
        ["C", "CHỈ TIÊU VỀ TUYÊN GIÁO, NỮ CÔNG, KIỂM TRA"],
        [
            7,
            "Tỷ lệ đoàn viên được tuyên truyền, phổ biến pháp luật lao động, Luật Công đoàn",
            "%",
            "≥ 85",
            "Ban Tuyên giáo",
            "Hằng quý",
            "",
        ],
        [
            8,
            'Tỷ lệ công đoàn cơ sở có nữ đoàn viên đăng ký thi đua "Giỏi việc nước, đảm việc nhà"',
            "%",
            "≥ 90",
            "Ban Nữ công",
            "Tháng 10",
            "",
        ],
        [
            9,
            "Kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại công đoàn cấp trên trực tiếp cơ sở",
            "Đơn vị",
            6,
            "Ủy ban Kiểm tra",
            "Quý III",
            "",
        ],
        [
            10,
            "Tỷ lệ thu kinh phí công đoàn khu vực doanh nghiệp so với dự toán được giao",
            "%",
            "≥ 95",
            "Ban Tài chính",
            "31/12/2027",
            "Số liệu quyết toán",
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
    wrap(ws, 6)
    column_widths(ws, [5, 50, 10, 11, 22, 13, 16])
    ws.append([])
    ws.append(
        [
            "",
            "Các LĐLĐ huyện, thành phố và công đoàn ngành báo cáo kết quả thực hiện chỉ tiêu 6 tháng "
            "(trước 15/6) và năm (trước 15/11) về LĐLĐ tỉnh qua Ban Tổ chức.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "TM. BAN THƯỜNG VỤ", ""])
    ws.append(["", "", "", "", "CHỦ TỊCH", ""])
    ws.append([])
    ws.append(["", "", "", "", "Mai Xuân Đông", ""])
    wb.save(path)


def h578_docx(h, path: Path) -> None:
    """Ethnic boarding school: a plan of activities with labelled fields under each (to .doc)."""
    doc = document()
    head_block(
        doc,
        "SỞ GD&ĐT HÀ LAM\nTRƯỜNG PT DTNT THCS&THPT\nHUYỆN MƯỜNG LÁT\n───────\nSố: 87/KH-DTNT",
        right2="Mường Lát, ngày 20 tháng 11 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tổ chức các hoạt động giáo dục văn hóa dân tộc và kỹ năng sống cho học sinh nội trú",
        "##năm học 2026 - 2027 (từ tháng 12/2026 đến tháng 5/2027)",
        "Căn cứ Thông tư số 04/2023/TT-BGDĐT của Bộ Giáo dục và Đào tạo ban hành Quy chế tổ chức và hoạt "
        "động "
        "của trường phổ thông dân tộc nội trú; căn cứ Kế hoạch giáo dục năm học 2026 - 2027 của nhà trường, "
        "Trường PT DTNT THCS&THPT huyện Mường Lát xây dựng kế hoạch như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "- Giáo dục học sinh giữ gìn, phát huy bản sắc văn hóa các dân tộc Thái, Mông, Dao; rèn kỹ năng sống "
        "tự lập trong môi trường nội trú.",
        "- Các hoạt động tổ chức thiết thực, an toàn, phù hợp lứa tuổi.",
        "**II. NỘI DUNG HOẠT ĐỘNG",
        '**Hoạt động 1. Ngày hội "Văn hóa các dân tộc trong trường nội trú"',
        "- Nội dung: trình diễn trang phục, ẩm thực, trò chơi dân gian của các dân tộc; mỗi lớp một gian "
        "trưng "
        "bày.",
        "- Thời gian: ngày 19/12/2026 (Thứ Bảy).",
        "- Bộ phận chủ trì: Đoàn trường; phối hợp: Tổ Quản sinh, giáo viên chủ nhiệm.",
        '**Hoạt động 2. Chuyên đề "Kỹ năng tự phục vụ, vệ sinh phòng ở nội trú"',
        "- Nội dung: hướng dẫn học sinh khối 6, khối 10 sắp xếp phòng ở, giặt giũ, phòng chống dịch bệnh.",
        "- Thời gian: tháng 01/2027.",
        "- Bộ phận chủ trì: Tổ Quản sinh; phối hợp: Nhân viên y tế.",
        "**Hoạt động 3. Câu lạc bộ dạy chữ Thái cổ và dân ca cho học sinh",
        "- Nội dung: sinh hoạt chiều Thứ Năm hằng tuần tại Nhà văn hóa nội trú, mời nghệ nhân tại địa "
        "phương.",
        "- Thời gian: hằng tuần, từ tháng 01/2027 đến tháng 4/2027.",
        "- Bộ phận chủ trì: Tổ Ngữ văn - Lịch sử - Địa lý.",
        '**Hoạt động 4. Hội thi "Bữa cơm nội trú" giữa các phòng ở',
        "- Nội dung: các phòng tự chế biến món ăn truyền thống với định mức của nhà trường.",
        "- Thời gian: trong tháng 3/2027 (dịp 8/3 và 26/3).",
        "- Bộ phận chủ trì: Tổ Văn phòng (bếp ăn); phối hợp: Đoàn trường.",
        "**Hoạt động 5. Tập huấn phòng, chống đuối nước và sơ cấp cứu",
        "- Nội dung: phối hợp Trung tâm Y tế huyện hướng dẫn sơ cấp cứu, bơi an toàn.",
        "- Thời gian: trước ngày 15/5/2027, trước khi học sinh nghỉ hè.",
        "- Bộ phận chủ trì: Tổ Giáo dục thể chất - Quốc phòng.",
        '**Hoạt động 6. Trải nghiệm "Về bản em" tại xã Tén Tằn',
        "- Nội dung: học sinh khối 11 tham gia lao động, tìm hiểu nghề dệt thổ cẩm cùng gia đình đồng bào.",
        "- Thời gian: theo kế hoạch riêng khi được Sở phê duyệt.",
        "- Bộ phận chủ trì: Đoàn trường.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Tổ Văn phòng bố trí kinh phí từ nguồn chi hoạt động nội trú để tổ chức các hoạt động của Kế "
        "hoạch.",
        "2. Tổ Quản sinh là bộ phận đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả "
        "trình Hiệu trưởng.",
        "3. Các tổ chuyên môn, Đoàn trường báo cáo kết quả thực hiện các hoạt động về Tổ Quản sinh trước "
        "ngày "
        "25/5/2027.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở GD&ĐT (b/c);\n- Các tổ, Đoàn trường;\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nLò Văn Thành",
    )
    doc.save(path)


def h579_docx(h, path: Path) -> None:
    """Land fund development centre: a short plan, its tasks in an appendix table (converted to .pdf)."""
    doc = document(12)
    head_block(
        doc,
        "UBND HUYỆN ĐÔNG SƠN\nTRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT\n───────\nSố: 214/KH-TTPTQĐ",
        right2="Đông Sơn, ngày 14 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Thực hiện nhiệm vụ bồi thường, giải phóng mặt bằng và khai thác quỹ đất năm 2027",
        "Thực hiện Quyết định số 3305/QĐ-UBND ngày 09/12/2026 của UBND huyện giao chỉ tiêu kế hoạch năm "
        "2027, Trung tâm Phát triển quỹ đất huyện xây dựng Kế hoạch như sau:",
        "**I. CHỈ TIÊU",
        "Hoàn thành bồi thường, giải phóng mặt bằng 62,5 ha cho 09 dự án; đấu giá quyền sử dụng đất 146 lô, "
        "nộp ngân sách tối thiểu 210 tỷ đồng.",
        "**II. NHIỆM VỤ",
        "Nhiệm vụ cụ thể, bộ phận thực hiện và thời hạn tại Phụ lục kèm theo.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Hành chính - Tổng hợp là bộ phận đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Trưởng các phòng chủ động triển khai nhiệm vụ được giao; kịp thời báo cáo khó khăn, vướng mắc.",
        "3. Các phòng báo cáo tiến độ thực hiện nhiệm vụ về Phòng Hành chính - Tổng hợp trước ngày 20 hằng "
        "tháng.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND huyện (b/c);\n- Phòng Nông nghiệp và Môi trường huyện;\n- Các phòng thuộc Trung "
        "tâm;"
        "\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nTạ Văn Khiêm",
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "NHIỆM VỤ NĂM 2027 CỦA TRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 214/KH-TTPTQĐ ngày 14/12/2026)", italic=True, center=True)
    grid(
        doc,
        ["TT", "Nhiệm vụ", "Bộ phận thực hiện", "Sản phẩm", "Thời hạn"],
        [
            ("§", "1", "Bồi thường, giải phóng mặt bằng"),
            [
                "1.1",
                "Kiểm đếm, lập phương án bồi thường dự án Khu dân cư Đồng Vàng (12,3 ha)",
                "Phòng Bồi thường, GPMB",
                "Phương án được phê duyệt",
                "Trước 31/3",
            ],
            [
                "1.2",
                "Chi trả tiền bồi thường, bàn giao mặt bằng dự án Khu dân cư Đồng Vàng",
                "Phòng Bồi thường, GPMB",
                "Biên bản bàn giao mặt bằng",
                "Trước 30/6",
            ],
            [
                "1.3",
                "Giải phóng mặt bằng tuyến đường ĐH.14 đoạn qua xã Đông Tiến, Đông Hòa",
                "Phòng Bồi thường, GPMB",
                "Mặt bằng sạch",
                "Quý III/2027",
            ],
            ("§", "2", "Quản lý, khai thác quỹ đất"),
            [
                "2.1",
                "Lập hồ sơ, trình phê duyệt giá khởi điểm đấu giá 146 lô đất ở",
                "Phòng Quản lý và khai thác quỹ đất",
                "Quyết định phê duyệt giá",
                "Tháng 4/2027",
            ],
            [
                "2.2",
                "Tổ chức đấu giá quyền sử dụng đất (02 đợt)",
                "Phòng Quản lý và khai thác quỹ đất",
                "Kết quả trúng đấu giá",
                "Đợt 1: tháng 5; đợt 2: tháng 10/2027",
            ],
            [
                "2.3",
                "Quản lý, bảo vệ quỹ đất đã thu hồi, chưa giao, chưa cho thuê; chống lấn chiếm",
                "Phòng Quản lý và khai thác quỹ đất",
                "Biên bản kiểm tra",
                "Thường xuyên",
            ],
            ("§", "3", "Công tác khác"),
            [
                "3.1",
                "Số hóa hồ sơ bồi thường các dự án từ năm 2020 đến năm 2026",
                "Phòng Hành chính - Tổng hợp",
                "Cơ sở dữ liệu hồ sơ",
                "30/11/2027",
            ],
            [
                "3.2",
                "Lập dự toán kinh phí tổ chức thực hiện bồi thường năm 2028",
                "Phòng Hành chính - Tổng hợp",
                "Dự toán trình UBND huyện",
                "Tháng 12/2027",
            ],
        ],
        widths=[1.0, 6.5, 3.5, 3.5, 2.5],
    )
    doc.save(path)


def h580_docx(h, path: Path) -> None:
    """Public service centre: a monthly programme, a carried-over section, a leader column beside units."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "VĂN PHÒNG UBND TỈNH HÀ LAM\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n───────\nSố: 61/CTr-TTPVHCC",
        right2="Hà Lam, ngày 28 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 01/2027", bold=True, center=True)
    grid(
        doc,
        [
            "TT",
            "Nội dung công việc",
            "Bộ phận chủ trì",
            "Lãnh đạo phụ trách",
            "Thời gian hoàn thành",
            "Ghi chú",
        ],
        [
            ("§", "I", "CÔNG VIỆC THÁNG 12/2026 CHUYỂN SANG"),
            [
                "1",
                "Hoàn thiện Quy chế phối hợp giữa Trung tâm với các sở, ngành có thủ tục hành chính tiếp "
                "nhận tại "
                "Trung tâm",
                "Phòng Hành chính - Tổng hợp",
                "PGĐ Cao Thị Thu Trang",
                "10/01",
                "Chậm từ tháng 12",
            ],
            [
                "2",
                "Nghiệm thu hệ thống xếp hàng tự động và đánh giá mức độ hài lòng",
                "Phòng Công nghệ thông tin",
                "PGĐ Nguyễn Văn Hậu",
                "15/01",
                "",
            ],
            ("§", "II", "CÔNG VIỆC THÁNG 01/2027"),
            [
                "3",
                "Tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027",
                "Phòng Hành chính - Tổng hợp",
                "Giám đốc",
                "Trước 20/01",
                "",
            ],
            [
                "4",
                "Rà soát, công bố lại danh mục thủ tục hành chính tiếp nhận tại Trung tâm sau sắp xếp",
                "Phòng Kiểm soát thủ tục hành chính",
                "PGĐ Cao Thị Thu Trang",
                "25/01",
                "",
            ],
            [
                "5",
                "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tiếp nhận trong tháng",
                "Bộ phận Số hóa; Phòng Công nghệ thông tin",
                "PGĐ Nguyễn Văn Hậu",
                "Hằng ngày",
                "",
            ],
            [
                "6",
                "Tổ chức tiếp nhận, trả kết quả ngoài giờ hành chính dịp trước Tết Nguyên đán",
                "Phòng Tiếp nhận và trả kết quả",
                "PGĐ Cao Thị Thu Trang",
                "Từ 18/01 đến 31/01",
                "Sáng Thứ Bảy",
            ],
            [
                "7",
                "Khảo sát sự hài lòng của tổ chức, cá nhân quý IV/2026; công khai kết quả",
                "Phòng Kiểm soát thủ tục hành chính",
                "PGĐ Nguyễn Văn Hậu",
                "31/01",
                "",
            ],
            [
                "8",
                "Kiểm tra việc chấp hành nội quy, giờ giấc của công chức các sở, ngành cử đến làm việc",
                "Phòng Hành chính - Tổng hợp",
                "Giám đốc",
                "Trong tháng",
                "",
            ],
            [
                "9",
                "Báo cáo tình hình tiếp nhận, giải quyết hồ sơ tháng 01/2027 gửi Văn phòng UBND tỉnh",
                "Phòng Kiểm soát thủ tục hành chính",
                "PGĐ Nguyễn Văn Hậu",
                "Trước 28/01",
                "",
            ],
        ],
        widths=[0.8, 9.0, 4.5, 3.5, 3.0, 3.0],
    )
    para(doc, "")
    para(
        doc,
        "Các phòng, quầy tiếp nhận thực hiện Chương trình; báo cáo kết quả về Phòng Hành chính - Tổng hợp "
        "trước ngày 30/01/2027 để tổng hợp.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Lãnh đạo VP UBND tỉnh (b/c);\n- Ban Giám đốc;\n- Các phòng;\n- Lưu: VT.",
        "GIÁM ĐỐC\n\n\n\nHà Thị Bích Liên",
    )
    doc.save(path)


def h581_docx(h, path: Path) -> None:
    """Forestry company: a yearly production plan with quarter columns ticked 'x', no date column."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH HÀ LAM\nCÔNG TY TNHH MTV LÂM NGHIỆP SÔNG HIẾU\n───────\nSố: 392/KH-LNSH",
        right2="Nghĩa Đàn, ngày 16 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH SẢN XUẤT, KINH DOANH VÀ BẢO VỆ RỪNG NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Phương án quản lý rừng bền vững giai đoạn 2026 - 2035 đã được UBND tỉnh phê duyệt; căn cứ "
        "Nghị quyết Hội đồng thành viên ngày 11/12/2026, Công ty lập kế hoạch năm 2027 như sau:",
    )
    header = [
        "TT",
        "Hạng mục công việc",
        "Khối lượng",
        "Đơn vị thực hiện",
        "Quý I",
        "Quý II",
        "Quý III",
        "Quý IV",
    ]
    grid(
        doc,
        header,
        [
            ("§", "A", "LÂM SINH"),
            [
                "1",
                "Trồng rừng keo lai mô (chu kỳ mới)",
                "320 ha",
                "Đội sản xuất số 1, số 2",
                "x",
                "x",
                "",
                "",
            ],
            ["2", "Chăm sóc rừng trồng năm 2, năm 3", "540 ha", "Đội sản xuất số 3", "", "x", "x", ""],
            [
                "3",
                "Khoanh nuôi xúc tiến tái sinh rừng phòng hộ đầu nguồn",
                "210 ha",
                "Phòng Kỹ thuật - Quản lý bảo vệ rừng",
                "",
                "",
                "x",
                "",
            ],
            ("§", "B", "KHAI THÁC, KINH DOANH"),
            [
                "4",
                "Khai thác rừng trồng keo đến tuổi (gỗ nguyên liệu)",
                "18.500 m³",
                "Đội khai thác",
                "x",
                "x",
                "x",
                "x",
            ],
            [
                "5",
                "Ký hợp đồng tiêu thụ gỗ nguyên liệu với Nhà máy dăm gỗ Nghĩa Đàn",
                "01 hợp đồng",
                "Phòng Kế hoạch - Kinh doanh",
                "x",
                "",
                "",
                "",
            ],
            [
                "6",
                "Đánh giá duy trì chứng chỉ quản lý rừng bền vững FSC",
                "5.600 ha",
                "Phòng Kỹ thuật - Quản lý bảo vệ rừng",
                "",
                "",
                "",
                "x",
            ],
            ("§", "C", "BẢO VỆ RỪNG, PHÒNG CHÁY CHỮA CHÁY RỪNG"),
            [
                "7",
                "Tuần tra, truy quét chống chặt phá rừng, lấn chiếm đất lâm nghiệp",
                "Toàn bộ diện tích",
                "Tổ bảo vệ rừng chuyên trách",
                "x",
                "x",
                "x",
                "x",
            ],
            [
                "8",
                "Làm đường băng cản lửa, bảo dưỡng chòi canh lửa trước mùa khô",
                "24 km",
                "Tổ bảo vệ rừng chuyên trách",
                "x",
                "x",
                "",
                "",
            ],
            [
                "9",
                "Diễn tập phương án chữa cháy rừng cấp cơ sở",
                "01 cuộc",
                "Phòng Kỹ thuật - Quản lý bảo vệ rừng",
                "",
                "x",
                "",
                "",
            ],
            ("§", "D", "QUẢN TRỊ DOANH NGHIỆP"),
            [
                "10",
                "Lập báo cáo tài chính năm 2026 đã kiểm toán, gửi chủ sở hữu",
                "01 báo cáo",
                "Phòng Tài chính - Kế toán",
                "x",
                "",
                "",
                "",
            ],
        ],
        widths=[0.8, 9.0, 2.6, 5.0, 1.4, 1.4, 1.4, 1.4],
    )
    para(doc, "")
    para(doc, "Ghi chú: đánh dấu (x) vào quý thực hiện.", italic=True)
    para(
        doc,
        "Giao Phòng Kế hoạch - Kinh doanh là đơn vị đầu mối, theo dõi, đôn đốc và tổng hợp kết quả thực hiện "
        "Kế hoạch báo cáo Hội đồng thành viên hằng quý.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Tài chính, Sở Nông nghiệp và Môi trường (b/c);\n- HĐTV, Ban Giám đốc;"
        "\n- Các phòng, đội;"
        "\n- Lưu: VT, KHKD.",
        "TỔNG GIÁM ĐỐC\n\n\n\nBùi Đức Thắng",
    )
    doc.save(path)


def h582_docx(h, path: Path) -> None:
    """Bar association: a yearly programme in prose under roman sections (converted to .odt)."""
    doc = document()
    head_block(
        doc,
        "LIÊN ĐOÀN LUẬT SƯ VIỆT NAM\nĐOÀN LUẬT SƯ TỈNH HÀ LAM\n───────\nSố: 133/CTr-ĐLS",
        right2="Hà Lam, ngày 18 tháng 12 năm 2026",
    )
    lines = [
        "##CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027",
        "##của Ban Chủ nhiệm Đoàn Luật sư tỉnh",
        "Căn cứ Luật Luật sư và Điều lệ Liên đoàn Luật sư Việt Nam; căn cứ Nghị quyết Đại hội Đoàn Luật sư "
        "tỉnh nhiệm kỳ 2025 - 2030, Ban Chủ nhiệm xây dựng Chương trình công tác năm 2027 như sau:",
        "**I. CÔNG TÁC PHÁT TRIỂN VÀ QUẢN LÝ LUẬT SƯ",
        "1. Văn phòng Đoàn tiếp nhận, thẩm tra hồ sơ gia nhập Đoàn, chuyển Đoàn của luật sư, trình Ban Chủ "
        "nhiệm "
        "xem xét thường xuyên trong năm.",
        "2. Rà soát, cập nhật danh sách luật sư, tổ chức hành nghề luật sư trên Cổng thông tin của Đoàn; "
        "hoàn "
        "thành trước ngày 31/3/2027 (Văn phòng Đoàn thực hiện).",
        "**II. CÔNG TÁC BỒI DƯỠNG NGHIỆP VỤ",
        "3. Ban Bồi dưỡng nghiệp vụ phối hợp Học viện Tư pháp tổ chức 02 lớp bồi dưỡng bắt buộc cho luật sư, "
        "lớp thứ nhất trong tháng 4/2027, lớp thứ hai trong tháng 9/2027.",
        '4. Tổ chức tọa đàm "Kỹ năng tranh tụng tại phiên tòa hình sự có sử dụng chứng cứ điện tử" vào dịp '
        "Ngày Pháp luật Việt Nam (09/11/2027); Ban Bồi dưỡng nghiệp vụ chủ trì.",
        "**III. TRỢ GIÚP PHÁP LÝ VÀ HOẠT ĐỘNG XÃ HỘI",
        "5. Ban Trợ giúp pháp lý tổ chức 04 đợt tư vấn pháp luật miễn phí cho đồng bào dân tộc thiểu số tại "
        "các huyện miền núi, mỗi quý một đợt.",
        "6. Đề nghị Sở Tư pháp tỉnh phối hợp cử luật sư tham gia hoạt động trợ giúp pháp lý theo hợp đồng "
        "năm 2027 trước ngày 28/02/2027.",
        "**IV. KHEN THƯỞNG, KỶ LUẬT",
        "7. Hội đồng Khen thưởng, Kỷ luật xem xét, giải quyết đơn khiếu nại, tố cáo đối với luật sư trong "
        "thời "
        "hạn theo Quy chế; thực hiện thường xuyên.",
        "8. Hội đồng Khen thưởng, Kỷ luật tổng hợp, đề xuất khen thưởng tập thể, cá nhân luật sư có thành "
        "tích "
        "năm 2027 trước ngày 15/12/2027.",
        "**V. TỔ CHỨC THỰC HIỆN",
        "9. Văn phòng Đoàn là cơ quan thường trực, giúp Ban Chủ nhiệm theo dõi, đôn đốc việc thực hiện "
        "Chương trình.",
        "10. Các tổ chức hành nghề luật sư gửi báo cáo hoạt động năm 2027 về Đoàn Luật sư (qua Văn phòng "
        "Đoàn) "
        "trước ngày 10/12/2027.",
        "11. Các thành viên Ban Chủ nhiệm theo lĩnh vực được phân công chủ động chỉ đạo, kiểm tra việc thực "
        "hiện Chương trình.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Liên đoàn Luật sư Việt Nam (b/c);\n- Sở Tư pháp tỉnh (b/c);\n- Thành viên Ban Chủ "
        "nhiệm;"
        "\n- Các tổ chức hành nghề luật sư;\n- Lưu: VP.",
        "TM. BAN CHỦ NHIỆM\nCHỦ NHIỆM\n\n\n\nLS. Phan Thế Anh",
    )
    doc.save(path)


def batch_h573() -> None:
    """Writes h573–h582 (the .doc, .pdf and .odt through LibreOffice)."""
    write_batch(
        [
            (h573_docx, "h573_cv_stc_mua_sam_tap_trung.docx"),
            (h574_docx, "h574_ctr_dang_uy_phuong_hang_thang.docx"),
            (h575_docx, "h575_tbkl_bv_phu_san_giao_ban.docx"),
            (h576_xlsx, "h576_lich_tuan_dai_ptth_ban_bien_tap.xlsx"),
            (h577_xlsx, "h577_chi_tieu_ldld_tinh_2027.xlsx"),
            (h580_docx, "h580_ctr_thang_tt_phuc_vu_hcc.docx"),
            (h581_docx, "h581_kh_lam_nghiep_cot_quy_danh_dau.docx"),
        ],
        [
            (h578_docx, "h578_kh_dtnt_hoat_dong_truong_nhan.docx", "doc"),
            (h579_docx, "h579_kh_tt_quy_dat_huyen_phu_luc.docx", "pdf"),
            (h582_docx, "h582_ctr_doan_luat_su_tinh.docx", "odt"),
        ],
        _out,
    )
