"""Held-out batch h693–h702, written by h13author66 blind to the importer: ten documents of a
provincial Department of Planning and Investment's business registration and enterprise support
division, a district People's Court, a provincial Centre for Disease Control's immunisation
department, a commune police station, a provincial Farmers' Association, an upper-secondary school,
a provincial Department of Justice's legal dissemination division, a provincial industrial parks
management board, a district Social Insurance office and a provincial water supply joint-stock
company. Every name, person, place, number and date in them is invented."""

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
    "h697_ctr_hoi_nong_dan_tinh_ghi_chu",  # h13fixXA
    "h701_ctr_quy_bhxh_huyen_thang_gop",  # h13fixXA
    "h696_tbkl_cong_an_xa_tet",  # h13fixXD
    "h698_kh_thpt_on_thi_tot_nghiep",  # h13fixXD
    "h695_kh_tiem_chung_cdc_tinh",  # h13fixXE
    "h702_kh_cap_nuoc_mua_kho",  # h13fixXE
    "h693_cv_so_khdt_dang_ky_kinh_doanh",  # h13fixXB
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h693_docx(h, path: Path) -> None:
    """Planning and Investment: a dispatch by its registration division, numbered points naming the
    doer mid-sentence, a request to the tax department and a closing report by a date."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH HÀ LAM\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ\n───────\nSố: 3175/SKHĐT-ĐKKD\nV/v rà soát doanh nghiệp "
        "ngừng hoạt động và hỗ trợ doanh nghiệp năm 2027",
        right2="Hà Lam, ngày 14 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các phòng, đơn vị thuộc Sở;",
        "- Ủy ban nhân dân các huyện, thị xã, thành phố;",
        "- Cục Thuế tỉnh Hà Lam.",
        "Thực hiện Kế hoạch số 212/KH-UBND ngày 02/12/2026 của UBND tỉnh về cải thiện môi trường kinh "
        "doanh năm 2027, Sở Kế hoạch và Đầu tư (qua Phòng Đăng ký kinh doanh và Hỗ trợ doanh nghiệp, sau "
        "đây viết tắt là Phòng ĐKKD) đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:",
        "1. Phòng ĐKKD rà soát, lập danh sách doanh nghiệp không hoạt động tại địa chỉ đăng ký, đã quá "
        "hạn 01 năm không nộp báo cáo; hoàn thành trước ngày 15/01/2027.",
        "2. Trên cơ sở danh sách tại điểm 1, Phòng ĐKKD ra thông báo và thu hồi Giấy chứng nhận đăng ký "
        "doanh nghiệp theo quy định, dự kiến trong quý I/2027.",
        "3. Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo Phòng Tài chính - Kế hoạch xác minh tình "
        "trạng hoạt động của hộ kinh doanh trên địa bàn, gửi kết quả về Sở trước ngày 28 tháng 02 năm "
        "2027.",
        "4. Tổ chức 04 hội nghị tập huấn hướng dẫn đăng ký doanh nghiệp qua mạng cho hộ kinh doanh "
        "chuyển đổi lên doanh nghiệp tại các huyện Đông Sơn, Mường Lát, Tân Kỳ và thị xã Bình Hòa (Trung "
        "tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp chủ trì; thời gian: tháng 4 - 5/2027).",
        "5. Văn phòng Sở cập nhật thông tin doanh nghiệp mới thành lập lên Cổng thông tin điện tử của Sở "
        "hằng tuần.",
        "6. Thanh tra Sở phối hợp Phòng ĐKKD kiểm tra sau đăng ký đối với 30 doanh nghiệp có dấu hiệu kê "
        "khai không trung thực; thời gian thực hiện: Quý III/2027.",
        "7. Đề nghị Cục Thuế tỉnh cung cấp danh sách doanh nghiệp bỏ địa chỉ kinh doanh, ngừng hoạt động "
        "chưa hoàn thành thủ tục về thuế cho Sở Kế hoạch và Đầu tư trước ngày 10/01/2027 để đối chiếu.",
        "8. Phòng ĐKKD là đơn vị đầu mối, theo dõi, tổng hợp kết quả thực hiện văn bản này.",
        "Các đơn vị báo cáo kết quả thực hiện về Sở (qua Phòng ĐKKD) trước ngày 15/6/2027 (sơ kết) và "
        "trước ngày 10/12/2027 (tổng kết) để tổng hợp, báo cáo UBND tỉnh.",
        "Mọi vướng mắc xin liên hệ Phòng ĐKKD, điện thoại 0239.3856.210./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc Sở;\n- Lưu: VT, ĐKKD.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nTrịnh Văn Khải",
    )
    doc.save(path)


def h694_xlsx(h, path: Path) -> None:
    """District court: a weekly calendar, the date in its own column and the day merged, judges by
    title and name, the preparing unit after a slash in one column."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Tuan 51"
    title_rows(
        ws,
        [
            "TÒA ÁN NHÂN DÂN HUYỆN ĐÔNG SƠN",
            "LỊCH CÔNG TÁC CỦA LÃNH ĐẠO TÒA ÁN",
            "Tuần 51 (từ 14/12/2026 đến 18/12/2026)",
        ],
        5,
        (1, 2),
    )
    ws.append([])
    ws.append(["Ngày", "Buổi", "Nội dung", "Thành phần / Bộ phận chuẩn bị", "Địa điểm"])
    bold_header(ws, 5)
    days = [
        (
            "Thứ 2\n14/12/2026",
            [
                [
                    "Sáng",
                    "Chánh án Lê Thị Hạnh dự giao ban khối Nội chính huyện",
                    "Chánh án / Văn phòng",
                    "Huyện ủy",
                ],
                [
                    "Chiều",
                    "Xét xử sơ thẩm vụ án hình sự Nguyễn Văn T. (tội trộm cắp tài sản)",
                    "Thẩm phán Đỗ Minh Quang / Bộ phận Hình sự",
                    "Phòng xử án số 1",
                ],
            ],
        ),
        (
            "Thứ 3\n15/12/2026",
            [
                ["Sáng", "Lãnh đạo làm việc tại cơ quan, giải quyết công việc thường xuyên", "", ""],
                [
                    "Chiều",
                    "Hòa giải, đối thoại vụ tranh chấp quyền sử dụng đất tại xã Yên Phú",
                    "Hòa giải viên Trần Văn Bình / Bộ phận Dân sự",
                    "Phòng hòa giải",
                ],
            ],
        ),
        (
            "Thứ 4\n16/12/2026",
            [
                [
                    "Cả ngày",
                    "Phiên tòa rút kinh nghiệm vụ án hôn nhân và gia đình (trực tuyến với TAND tỉnh)",
                    "Phó Chánh án Vũ Đức Tài / Bộ phận Hôn nhân và gia đình",
                    "Phòng xử án số 2",
                ],
            ],
        ),
        (
            "Thứ 5\n17/12/2026",
            [
                [
                    "Sáng",
                    "Tiếp công dân định kỳ",
                    "Chánh án Lê Thị Hạnh / Văn phòng",
                    "Phòng tiếp công dân",
                ],
                [
                    "Chiều",
                    "Họp Hội đồng thi đua - khen thưởng xét danh hiệu thi đua năm 2026",
                    "Chánh án Lê Thị Hạnh / Văn phòng",
                    "Phòng họp",
                ],
            ],
        ),
        (
            "Thứ 6\n18/12/2026",
            [
                [
                    "Sáng",
                    "Kiểm tra hồ sơ thi hành án hình sự, quyết định ủy thác thi hành án (dự kiến)",
                    "Phó Chánh án Vũ Đức Tài / Bộ phận Thi hành án",
                    "Văn phòng",
                ],
                [
                    "Chiều",
                    "Họp Chi bộ thường kỳ tháng 12",
                    "Bí thư Chi bộ / Văn phòng",
                    "Phòng họp",
                ],
                ["", "Trực lãnh đạo ngày Thứ Bảy 19/12: Phó Chánh án Vũ Đức Tài", "", ""],
            ],
        ),
    ]
    for label, rows in days:
        first = ws.max_row + 1
        for row in rows:
            ws.append(["", *row])
        ws.cell(first, 1).value = label
        if len(rows) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
    wrap(ws, 6, "top")
    column_widths(ws, [13, 9, 52, 34, 20])
    ws.append([])
    ws.append(["", "Nơi nhận: Lãnh đạo Tòa; các bộ phận; Lưu VP.", "", "", ""])
    ws.append(["", "", "", "CHÁNH ÁN", ""])
    ws.append([])
    ws.append(["", "", "", "Lê Thị Hạnh", ""])
    wb.save(path)


def h695_docx(h, path: Path) -> None:
    """CDC immunisation: a prose plan whose tasks sit under unit headings as a), b) points; printed
    through LibreOffice to PDF."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH HÀ LAM\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT\n───────\nSố: 418/KH-KSBT",
        right2="Hà Lam, ngày 09 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tiêm chủng mở rộng năm 2027",
        "**I. MỤC TIÊU",
        "Duy trì tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt trên 95% ở quy mô "
        "xã; không để xảy ra dịch sởi, bạch hầu trên địa bàn tỉnh.",
        "**II. NHIỆM VỤ VÀ PHÂN CÔNG",
        "**1. Khoa Phòng chống bệnh truyền nhiễm và tiêm chủng (Khoa TC)",
        "a) Tiếp nhận, phân bổ vắc xin, vật tư tiêm chủng cho 12 Trung tâm Y tế huyện, thị xã, thành phố "
        "hằng tháng.",
        "b) Tổ chức chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ 1 - 5 tuổi tại các xã có tỷ lệ "
        "tiêm thấp, hoàn thành trước 30/4/2027.",
        "c) Giám sát bệnh nhân nghi sởi, ho gà, bạch hầu; điều tra, lấy mẫu trong vòng 48 giờ kể từ khi "
        "nhận thông tin (thường xuyên).",
        "**2. Khoa Xét nghiệm",
        "Xét nghiệm mẫu bệnh phẩm giám sát bệnh truyền nhiễm có vắc xin do Khoa TC gửi; trả kết quả theo "
        "quy định.",
        "**3. Phòng Kế hoạch - Nghiệp vụ",
        "a) Kiểm tra, giám sát hỗ trợ công tác tiêm chủng tại 40 điểm tiêm chủng xã, phường trong tháng "
        "6 và tháng 10/2027.",
        "b) Tổng hợp số liệu tiêm chủng trên Hệ thống thông tin tiêm chủng quốc gia, báo cáo Sở Y tế trước "
        "ngày 05 hằng tháng.",
        "**4. Khoa Truyền thông - Giáo dục sức khỏe",
        'Xây dựng, phát sóng 03 phóng sự "Tiêm chủng - quyền lợi của trẻ em" trên Đài Phát thanh và '
        "Truyền hình tỉnh trong Quý II/2027.",
        "**5. Trung tâm Y tế các huyện, thị xã, thành phố",
        "Tổ chức tiêm chủng thường xuyên hằng tháng tại trạm y tế xã; rà soát đối tượng bỏ sót, tiêm vét "
        "trước ngày 15/12/2027.",
        "**6. Đề nghị Sở Giáo dục và Đào tạo",
        "Chỉ đạo các trường mầm non, tiểu học kiểm tra tiền sử tiêm chủng của trẻ khi nhập học năm học "
        "2027 - 2028 (tháng 8 - 9/2027).",
        "**III. KINH PHÍ",
        "Kinh phí thực hiện từ nguồn Chương trình mục tiêu y tế - dân số và ngân sách tỉnh năm 2027.",
        "**IV. TỔ CHỨC THỰC HIỆN",
        "Khoa TC là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch. Các khoa, phòng và Trung "
        "tâm Y tế tuyến huyện báo cáo kết quả 6 tháng trước ngày 20/6/2027, báo cáo năm trước ngày "
        "15/12/2027 về Khoa TC.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Viện Vệ sinh dịch tễ Trung ương (b/c);\n- TTYT các huyện;"
        "\n- Lưu: VT, TC.",
        "GIÁM ĐỐC\n\n\n\nBSCKII. Ngô Thị Thanh Vân",
    )
    doc.save(path)


def h696_docx(h, path: Path) -> None:
    """Commune police: a notice of conclusions, points to posts and teams, one to the village heads
    outside the station, a point that is only an assessment."""
    doc = document()
    head_block(
        doc,
        "CÔNG AN HUYỆN TÂN KỲ\nCÔNG AN XÃ NGHĨA THUẬN\n───────\nSố: 27/TB-CAX",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n───────────",
        right2="Nghĩa Thuận, ngày 21 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Trưởng Công an xã tại cuộc họp triển khai công tác bảo đảm an ninh trật tự dịp "
        "Tết Dương lịch và Tết Nguyên đán Đinh Mùi 2027",
        "Chiều ngày 19/12/2026, Thiếu tá Hồ Văn Lực, Trưởng Công an xã chủ trì cuộc họp; dự họp có các "
        "Phó Trưởng Công an xã, cán bộ chiến sĩ và lực lượng tham gia bảo vệ an ninh trật tự ở cơ sở. "
        "Trưởng Công an xã kết luận như sau:",
        "1. Năm 2026, tình hình an ninh trật tự trên địa bàn cơ bản ổn định; tai nạn giao thông giảm 2 vụ "
        "so với năm 2025; vẫn còn tình trạng đốt pháo nổ tại thôn Đông Lĩnh.",
        "2. Phó Trưởng Công an xã phụ trách an ninh (đồng chí Lương Văn Định) chỉ đạo rà soát, quản lý "
        "đối tượng có biểu hiện vi phạm pháp luật, người chấp hành xong án phạt tù về địa phương; hoàn "
        "thành trước 31/12/2026.",
        "3. Tổ Cảnh sát khu vực tổ chức cho 100% hộ gia đình tại các thôn ký cam kết không sản xuất, "
        "tàng trữ, đốt pháo trái phép, xong trước ngày 10/01/2027.",
        "4. Phó Trưởng Công an xã phụ trách trật tự (đồng chí Phan Thị Nga) chỉ đạo tuần tra, kiểm soát "
        "giao thông trên Quốc lộ 48E đoạn qua xã vào các ngày cao điểm từ 25/01 đến 10/02/2027.",
        "5. Tổ Tổng hợp hoàn thành cấp, đổi căn cước cho công dân đủ 14 tuổi trước Tết Nguyên đán; cập "
        "nhật dữ liệu dân cư thường xuyên.",
        "6. Tổ Phòng cháy, chữa cháy kiểm tra an toàn phòng cháy tại chợ Nghĩa Thuận và 06 cơ sở kinh "
        "doanh karaoke, dịch vụ lưu trú trong tháng 01/2027.",
        "7. Đề nghị Trưởng các thôn phối hợp Công an xã tuyên truyền, vận động nhân dân giao nộp vũ khí, "
        "vật liệu nổ, công cụ hỗ trợ; hoàn thành trước ngày 20/01/2027.",
        "8. Đề nghị Ban Chỉ huy Quân sự xã bố trí lực lượng dân quân tham gia tuần tra đêm giao thừa "
        "(đêm 05/02/2027).",
        "9. Các đồng chí cán bộ, chiến sĩ nâng cao tinh thần trách nhiệm, chủ động thực hiện nhiệm vụ "
        "được giao.",
        "10. Tổ Tổng hợp tổng hợp kết quả đợt cao điểm, báo cáo Công an huyện trước ngày 15/02/2027.",
        "Công an xã thông báo để các đồng chí biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Công an huyện (b/c);\n- Đảng ủy, UBND xã (b/c);\n- Trưởng các thôn;\n- Lưu: CAX.",
        "TRƯỞNG CÔNG AN XÃ\n\n\n\nThiếu tá Hồ Văn Lực",
    )
    doc.save(path)


def h697_docx(h, path: Path) -> None:
    """Farmers' Association: a yearly programme, the lead in a 'Ghi chú' column, the time column
    mixing months, quarters and 'Cả năm'."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "HỘI NÔNG DÂN TỈNH HÀ LAM\nBAN THƯỜNG VỤ\n*\nSố: 88-CTr/HNDT",
        "HỘI NÔNG DÂN VIỆT NAM",
        right2="Hà Lam, ngày 22 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "của Ban Thường vụ Hội Nông dân tỉnh", bold=True, center=True)
    grid(
        doc,
        ["STT", "Nội dung", "Thời gian", "Ghi chú"],
        [
            ("§", "I", "CÔNG TÁC TUYÊN TRUYỀN, TẬP HỢP HỘI VIÊN"),
            [
                "1",
                "Tổ chức Hội nghị tổng kết công tác Hội và phong trào nông dân năm 2026, triển khai nhiệm "
                "vụ năm 2027",
                "Tháng 01",
                "Văn phòng chủ trì",
            ],
            [
                "2",
                "Phát triển hội viên mới (chỉ tiêu 3.200 hội viên), thành lập 15 chi hội nghề nghiệp",
                "Cả năm",
                "Ban Tổ chức - Kiểm tra",
            ],
            [
                "3",
                "Tuyên truyền kỷ niệm 97 năm Ngày thành lập Hội Nông dân Việt Nam (14/10)",
                "Tháng 10",
                "Ban Tuyên huấn",
            ],
            ("§", "II", "HỖ TRỢ NÔNG DÂN PHÁT TRIỂN SẢN XUẤT"),
            [
                "4",
                "Giải ngân vốn Quỹ Hỗ trợ nông dân cho 42 dự án chăn nuôi, trồng trọt theo chuỗi giá trị",
                "Quý I - Quý II",
                "Ban Kinh tế - Xã hội; Quỹ HTND phối hợp",
            ],
            [
                "5",
                'Tổ chức Hội chợ "Nông sản an toàn và sản phẩm OCOP" tỉnh Hà Lam lần thứ V',
                "15 - 18/9/2027",
                "Trung tâm Hỗ trợ nông dân",
            ],
            [
                "6",
                "Phối hợp Ngân hàng Chính sách xã hội tỉnh kiểm tra hoạt động tổ tiết kiệm và vay vốn do "
                "Hội quản lý",
                "Quý III",
                "Ban Kinh tế - Xã hội",
            ],
            [
                "7",
                "Bình xét, tôn vinh nông dân sản xuất, kinh doanh giỏi các cấp giai đoạn 2024 - 2027",
                "Tháng 11",
                "Ban Kinh tế - Xã hội",
            ],
            ("§", "III", "CÔNG TÁC KIỂM TRA, GIÁM SÁT"),
            [
                "8",
                "Kiểm tra việc thu, nộp hội phí và quản lý tài chính tại Hội Nông dân 04 huyện",
                "Tháng 5 và tháng 8",
                "Ủy ban Kiểm tra",
            ],
            [
                "9",
                "Giám sát việc thực hiện chính sách hỗ trợ giống cây trồng sau thiên tai năm 2026",
                "Theo kế hoạch của Ủy ban MTTQ tỉnh",
                "Ban Kinh tế - Xã hội",
            ],
            ("§", "IV", "CÔNG TÁC VĂN PHÒNG"),
            [
                "10",
                "Tổng hợp, báo cáo tình hình tư tưởng nông dân gửi Ban Tuyên giáo Tỉnh ủy",
                "Hằng tháng",
                "Văn phòng",
            ],
        ],
        widths=[1.2, 14.0, 4.0, 5.5],
    )
    para(doc, "")
    para(
        doc,
        "Hội Nông dân các huyện, thị xã, thành phố căn cứ Chương trình xây dựng chương trình công tác năm "
        "của cấp mình, gửi về Ban Thường vụ Hội Nông dân tỉnh (qua Văn phòng) trước ngày 20/01/2027.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TW Hội NDVN (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Hội ND các huyện;\n- Lưu: VP.",
        "T/M BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nĐặng Văn Thìn",
    )
    doc.save(path)


def h698_docx(h, path: Path) -> None:
    """Upper-secondary school: a plan with posts as run-in labels, a parents' board request;
    converted to .doc."""
    doc = document()
    head_block(
        doc,
        "SỞ GD&ĐT HÀ LAM\nTRƯỜNG THPT LÊ LỢI\n───────\nSố: 96/KH-THPTLL",
        right2="Bình Hòa, ngày 28 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Ôn tập, tổ chức thi thử tốt nghiệp THPT cho học sinh lớp 12 năm học 2026 - 2027",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Giúp học sinh lớp 12 củng cố kiến thức, làm quen cấu trúc đề thi; phấn đấu tỷ lệ tốt nghiệp "
        "đạt 99,5%.",
        "**II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ",
        "1. Hiệu trưởng: Thành lập Ban chỉ đạo ôn thi, phê duyệt thời khóa biểu ôn tập học kỳ II trước "
        "ngày 10/01/2027.",
        "2. Phó Hiệu trưởng phụ trách chuyên môn (cô Nguyễn Thị Huệ): Chỉ đạo các tổ chuyên môn xây "
        "dựng đề cương, ngân hàng câu hỏi ôn tập theo cấu trúc mới; hoàn thành trong tháng 01/2027.",
        "3. Tổ trưởng tổ Toán: Biên soạn 03 đề thi thử môn Toán theo cấu trúc mới, nộp Phó Hiệu trưởng "
        "phụ trách chuyên môn trước ngày 28/02/2027.",
        "4. Phó Hiệu trưởng phụ trách cơ sở vật chất (thầy Võ Minh Tâm): Chuẩn bị phòng thi, camera "
        "giám sát cho 02 đợt thi thử: đợt 1 ngày 20/3/2027, đợt 2 ngày 15/5/2027.",
        "5. Thư ký Hội đồng thi thử: Nhập điểm, phân tích phổ điểm sau mỗi đợt thi, báo cáo Hiệu "
        "trưởng trong 07 ngày sau khi thi.",
        "6. Giáo viên chủ nhiệm lớp 12: Theo dõi chuyên cần, thông tin kết quả thi thử cho cha mẹ học "
        "sinh sau mỗi đợt.",
        "7. Nhân viên y tế: Chuẩn bị tủ thuốc, hỗ trợ học sinh trong các buổi thi thử.",
        "8. Đề nghị Ban đại diện cha mẹ học sinh nhà trường hỗ trợ kinh phí photo đề cương, bồi dưỡng "
        "giáo viên dạy ôn buổi chiều, thống nhất mức hỗ trợ trước ngày 05/01/2027.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "Kế hoạch này được phổ biến đến toàn thể cán bộ, giáo viên, nhân viên. Các tổ chuyên môn báo "
        "cáo tiến độ ôn tập về Phó Hiệu trưởng phụ trách chuyên môn vào ngày 25 hằng tháng.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở GD&ĐT (b/c);\n- BGH, các tổ CM;\n- Ban ĐDCMHS;\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nPhạm Quốc Việt",
    )
    doc.save(path)


def h700_xlsx(h, path: Path) -> None:
    """Industrial parks board: an indicator sheet, a two-row header ('Năm 2027' over KH and time), the
    doer by abbreviation after the preamble row names them in full, a reporting note."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "CT 2027"
    title_rows(
        ws,
        [
            "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH HÀ LAM",
            "CHỈ TIÊU, NHIỆM VỤ CHỦ YẾU NĂM 2027",
            "(Ban hành kèm theo Quyết định số 215/QĐ-BQLKCN ngày 11/12/2026)",
        ],
        7,
        (1, 2),
    )
    ws.append(
        [
            "Viết tắt: QLĐT = Phòng Quản lý đầu tư; QLDN = Phòng Quản lý doanh nghiệp; QHXD = "
            "Phòng Quy hoạch và Xây dựng; MT = Phòng Quản lý môi trường; VP = Văn phòng Ban."
        ]
    )
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=7)
    ws.append(["STT", "Chỉ tiêu / nhiệm vụ", "ĐVT", "Năm 2027", "", "Phòng chủ trì", "Ghi chú"])
    ws.append(["", "", "", "Kế hoạch", "Thời hạn", "", ""])
    for col in (1, 2, 3, 6, 7):
        ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
    ws.merge_cells(start_row=5, start_column=4, end_row=5, end_column=5)
    bold_header(ws, 5)
    bold_header(ws, 6)
    rows = [
        ["I", "THU HÚT ĐẦU TƯ"],
        [1, "Thu hút dự án đầu tư mới vào các khu công nghiệp", "Dự án", 18, "31/12/2027", "QLĐT", ""],
        [2, "Vốn đăng ký mới và tăng thêm", "Triệu USD", 650, "31/12/2027", "QLĐT", "Trong đó FDI ≥ 450"],
        [3, "Tổ chức Hội nghị xúc tiến đầu tư tại Hàn Quốc", "Hội nghị", 1, "Quý II", "QLĐT", ""],
        ["II", "QUẢN LÝ DOANH NGHIỆP, LAO ĐỘNG"],
        [4, "Tỷ lệ doanh nghiệp nộp báo cáo thống kê đúng hạn", "%", "≥ 90", "Hằng quý", "QLDN", ""],
        [
            5,
            "Giải quyết thủ tục cấp giấy phép lao động cho người nước ngoài đúng hạn",
            "%",
            100,
            "Thường xuyên",
            "QLDN",
            "",
        ],
        ["III", "QUY HOẠCH, XÂY DỰNG, MÔI TRƯỜNG"],
        [6, "Hoàn thành điều chỉnh quy hoạch phân khu KCN Bắc Hà Lam", "Đồ án", 1, "30/6/2027", "QHXD", ""],
        [
            7,
            "Tỷ lệ KCN đang hoạt động có trạm xử lý nước thải tập trung đạt chuẩn",
            "%",
            100,
            "Tháng 9/2027",
            "MT",
            "",
        ],
        [
            8,
            "Kiểm tra chấp hành pháp luật bảo vệ môi trường tại doanh nghiệp",
            "Doanh nghiệp",
            35,
            "",
            "MT",
            "Phối hợp Công an tỉnh",
        ],
        ["IV", "CẢI CÁCH HÀNH CHÍNH"],
        [
            9,
            "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình",
            "%",
            "≥ 80",
            "15/12/2027",
            "VP",
            "",
        ],
    ]
    first = ws.max_row + 1
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
    wrap(ws, first)
    column_widths(ws, [6, 52, 12, 11, 14, 14, 22])
    ws.append([])
    ws.append(
        [
            "",
            "Ghi chú: Các phòng báo cáo kết quả thực hiện chỉ tiêu về Văn phòng Ban trước ngày 15 của tháng "
            "cuối quý.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "TRƯỞNG BAN", ""])
    ws.append([])
    ws.append(["", "", "", "", "Nguyễn Hữu Thành", ""])
    wb.save(path)


def h701_docx(h, path: Path) -> None:
    """District social insurance: a quarter programme with the month merged down its first column,
    the doer in a 'Ghi chú' column ('Tổ QLT' after 'Tổ Quản lý thu - Sổ, thẻ')."""
    from docx.shared import Cm

    doc = document(12)
    head_block(
        doc,
        "BẢO HIỂM XÃ HỘI TỈNH HÀ LAM\nBẢO HIỂM XÃ HỘI HUYỆN MƯỜNG LÁT\n───────\nSố: 57/CTr-BHXH",
        right2="Mường Lát, ngày 26 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    rows = [
        (
            "Tháng 01",
            "1",
            "Giao kế hoạch thu BHXH, BHYT, BHTN năm 2027 cho các xã, thị trấn và đại lý thu",
            "Tổ Quản lý thu - Sổ, thẻ (Tổ QLT) chủ trì",
        ),
        ("Tháng 01", "2", "Đối chiếu, chốt sổ BHXH cho người lao động nghỉ hưu từ tháng 02/2027", "Tổ QLT"),
        (
            "Tháng 01",
            "3",
            "Chi trả lương hưu, trợ cấp BHXH tháng 02 trước Tết Nguyên đán (trước ngày 30/01/2027)",
            "Tổ Chế độ BHXH; Bưu điện huyện phối hợp",
        ),
        (
            "Tháng 02",
            "4",
            "Đôn đốc đơn vị nợ đóng BHXH từ 03 tháng trở lên; lập hồ sơ chuyển Thanh tra",
            "Tổ QLT",
        ),
        ("Tháng 02", "5", "Tuyên truyền BHXH tự nguyện tại chợ phiên các xã vùng cao", "Tổ Truyền thông"),
        (
            "Tháng 03",
            "6",
            "Giám định chi phí khám, chữa bệnh BHYT quý I tại Trung tâm Y tế huyện",
            "Tổ Giám định BHYT",
        ),
        ("Tháng 03", "7", "Kiểm tra đại lý thu xã Tam Chung, xã Pù Nhi", "Tổ Kiểm tra"),
        ("Tháng 03", "8", "Sơ kết quý I, báo cáo BHXH tỉnh trước ngày 25/3/2027", "Tổ Tổng hợp"),
        (
            "Thường xuyên",
            "9",
            "Tiếp nhận, trả kết quả hồ sơ tại Bộ phận một cửa; trả lời tổng đài 1900",
            "Tổ Tiếp nhận và trả kết quả",
        ),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, text in zip(t.rows[0].cells, ["Thời gian", "TT", "Nội dung công việc", "Ghi chú"], strict=True):
        cell_text(c, text, bold=True, center=True)
    groups: dict[str, list] = {}
    for month, *rest in rows:
        groups.setdefault(month, []).append(rest)
    for month, members in groups.items():
        first = len(t.rows)
        for stt, content, note in members:
            cells = t.add_row().cells
            cell_text(cells[1], stt, center=True)
            cell_text(cells[2], content)
            cell_text(cells[3], note)
        top = t.cell(first, 0)
        if len(members) > 1:
            top = top.merge(t.cell(len(t.rows) - 1, 0))
        cell_text(top, month, bold=True, center=True)
    for r in t.rows:
        for c, w in zip(r.cells, [2.6, 1.0, 9.5, 4.5], strict=True):
            c.width = Cm(w)
    para(doc, "")
    para(
        doc,
        "Các tổ nghiệp vụ báo cáo kết quả thực hiện về Tổ Tổng hợp trước ngày 20 hằng tháng.",
    )
    para(doc, "Tổ Tổng hợp là bộ phận đầu mối, theo dõi, đôn đốc việc thực hiện Chương trình.")
    sign_table(
        doc,
        "Nơi nhận:\n- BHXH tỉnh (b/c);\n- UBND huyện (b/c);\n- Các tổ nghiệp vụ;\n- Lưu: VT.",
        "GIÁM ĐỐC\n\n\n\nLò Văn Chiến",
    )
    doc.save(path)


def h702_docx(h, path: Path) -> None:
    """Water supply company: a plan for the dry season, dash tasks under lettered unit headings, the
    doer abbreviated ('XN' after 'Xí nghiệp'), one request to the provincial Power company."""
    doc = document()
    head_block(
        doc,
        "CÔNG TY CỔ PHẦN CẤP NƯỚC HÀ LAM\n───────\nSố: 640/KH-CNHL",
        right2="Hà Lam, ngày 30 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Bảo đảm cấp nước an toàn mùa khô năm 2027",
        "**I. TÌNH HÌNH",
        "Dự báo mùa khô năm 2027 mực nước sông Lam xuống thấp, độ mặn tại cửa thu nước Trạm bơm Hưng "
        "Phúc có thể vượt 1‰ vào tháng 3 - 4.",
        "**II. NHIỆM VỤ CỤ THỂ",
        "**a) Xí nghiệp Sản xuất nước Hưng Phúc (XN Hưng Phúc)",
        "- Lắp đặt thêm 02 máy bơm dự phòng tại trạm bơm nước thô, hoàn thành trước 15/02/2027.",
        "- Quan trắc độ mặn nước thô 02 lần/ngày trong mùa khô, báo cáo Phòng Kỹ thuật khi vượt ngưỡng.",
        "**b) Xí nghiệp Quản lý mạng lưới (XN Mạng lưới)",
        "- Súc xả, làm sạch 18 km đường ống phân phối tại phường Trung Đô, Bến Thủy trong Quý I/2027.",
        "- Khắc phục rò rỉ, vỡ ống trong vòng 24 giờ kể từ khi nhận tin báo (thường xuyên).",
        "**c) Phòng Kỹ thuật - Chất lượng",
        "- Xét nghiệm chất lượng nước sau xử lý theo QCVN 01-1:2024/BYT hằng tuần; công bố kết quả trên "
        "website Công ty.",
        "- Rà soát, cập nhật Kế hoạch cấp nước an toàn giai đoạn 2027 - 2030, trình Tổng Giám đốc trước "
        "ngày 31/3/2027.",
        "**d) Phòng Kinh doanh - Dịch vụ khách hàng",
        "- Thông báo lịch tạm ngừng cấp nước cho khách hàng trước ít nhất 24 giờ qua tin nhắn, "
        "Zalo; thực hiện thường xuyên "
        "trong mùa khô.",
        "**đ) Đề nghị Công ty Điện lực Hà Lam",
        "- Ưu tiên cấp điện liên tục cho Trạm bơm Hưng Phúc và Nhà máy nước Cầu Bạch trong mùa khô; thông "
        "báo trước lịch cắt điện ít nhất 05 ngày.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "Phòng Kỹ thuật - Chất lượng là đơn vị đầu mối, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch. "
        "Các đơn vị báo cáo tình hình cấp nước về Phòng Kỹ thuật - Chất lượng vào thứ Sáu hằng tuần từ "
        "tháng 02 đến hết tháng 5/2027.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- HĐQT (b/c);\n- Sở Xây dựng (b/c);\n- Các phòng, xí nghiệp;\n- Lưu: VT, KT.",
        "TỔNG GIÁM ĐỐC\n\n\n\nĐoàn Minh Khôi",
    )
    doc.save(path)


def batch_h693() -> None:
    """Writes h693–h702 (the .doc and .pdf through LibreOffice; the .md is written by hand)."""
    write_batch(
        [
            (h693_docx, "h693_cv_so_khdt_dang_ky_kinh_doanh.docx"),
            (h694_xlsx, "h694_lich_tuan_tand_huyen.xlsx"),
            (h696_docx, "h696_tbkl_cong_an_xa_tet.docx"),
            (h697_docx, "h697_ctr_hoi_nong_dan_tinh_ghi_chu.docx"),
            (h700_xlsx, "h700_chi_tieu_bql_kcn_2027.xlsx"),
            (h701_docx, "h701_ctr_quy_bhxh_huyen_thang_gop.docx"),
            (h702_docx, "h702_kh_cap_nuoc_mua_kho.docx"),
        ],
        [
            (h695_docx, "h695_kh_tiem_chung_cdc_tinh.docx", "pdf"),
            (h698_docx, "h698_kh_thpt_on_thi_tot_nghiep.docx", "doc"),
        ],
        _out,
    )
