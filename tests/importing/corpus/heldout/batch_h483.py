"""Held-out batch h483–h492: the second half of the fifth ordinary sample, ten documents of bodies
that are neither provincial departments nor People's Committees (a provincial Party committee's
board, a commune Party committee, the Veterans' Association and the Red Cross of a province, a
disease-control centre, a high school, a provincial tax office, an electricity company, a provincial
press and broadcasting house and a provincial military command), written by helper h13author45 with
invented names, units, places and dates. `make_docs.py --batch-h483` writes them into `docs/`."""

from pathlib import Path

from batch_common import (
    NATIONAL,
    a4,
    bold_header,
    cell_text,
    document,
    grid,
    head_block,
    landscape,
    out_path,
    para,
    sign_table,
    wrap,
    write_batch,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h492_lich_tuan_bchqs_tinh",  # h13fixRM
    "h489_cv_thue_tinh_giao_nhiem_vu",  # h13fixRP
    "h491_tb_kl_giao_ban_bao_ptth",  # h13fixRN
    "h490_ct_quy_dien_luc_gop_thoi_gian",  # h13fixTH
    "h488_kh_thpt_on_thi_phu_luc",  # h13fixTJ
}

PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM\n───────────"


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


# --------------------------------------------------------------------------------------------- h483
def h483_docx(h, path: Path) -> None:
    """Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An: the year's work programme, a table in sections."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "TỈNH ỦY NGHỆ AN\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 45-CTr/BTGDVTU",
        PARTY,
        right2="Nghệ An, ngày 08 tháng 01 năm 2027",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True, size=14)
    para(doc, "của Ban Tuyên giáo và Dân vận Tỉnh ủy", italic=True, center=True)
    para(
        doc,
        "Căn cứ Quy chế làm việc của Ban Tuyên giáo và Dân vận Tỉnh ủy; căn cứ Chương trình công tác "
        "năm 2027 của Ban Chấp hành Đảng bộ tỉnh và hướng dẫn của Ban Tuyên giáo và Dân vận Trung ương, "
        "Ban Tuyên giáo và Dân vận Tỉnh ủy xây dựng Chương trình công tác năm 2027 như sau:",
    )
    rows = [
        ("§", "I", "CÔNG TÁC TUYÊN GIÁO"),
        [
            "1",
            "Hướng dẫn tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - "
            "03/02/2027) và mừng Xuân Đinh Mùi",
            "Phòng Tuyên truyền - Báo chí - Xuất bản",
            "Các cơ quan báo chí của tỉnh",
            "Tháng 01",
            "Đ/c Trưởng ban",
        ],
        [
            "2",
            "Tổ chức Hội nghị báo cáo viên cấp tỉnh định kỳ, cung cấp thông tin thời sự cho đội ngũ "
            "báo cáo viên",
            "Phòng Lý luận chính trị - Lịch sử Đảng",
            "Văn phòng Ban",
            "Hằng quý",
            "Đ/c Lê Văn Hùng, Phó Trưởng ban",
        ],
        [
            "3",
            "Tham mưu Ban Thường vụ Tỉnh ủy sơ kết 3 năm thực hiện Kết luận của Bộ Chính trị về tiếp tục "
            "thực hiện Nghị quyết Trung ương 5 khóa VIII về văn hóa",
            "Phòng Khoa giáo - Văn hóa - Văn nghệ",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Quý II",
            "Đ/c Lê Văn Hùng, Phó Trưởng ban",
        ],
        [
            "4",
            "Biên soạn, xuất bản tập 2 cuốn Lịch sử Đảng bộ tỉnh Nghệ An giai đoạn 2010 - 2025",
            "Phòng Lý luận chính trị - Lịch sử Đảng",
            "Nhà xuất bản Nghệ An",
            "Tháng 5 - 9",
            "Đ/c Trưởng ban",
        ],
        [
            "5",
            "Theo dõi, định hướng thông tin trên báo chí và mạng xã hội; tổng hợp tình hình dư luận xã "
            "hội, báo cáo Thường trực Tỉnh ủy",
            "Phòng Tuyên truyền - Báo chí - Xuất bản",
            "Các phòng liên quan",
            "Thường xuyên",
            "Đ/c Nguyễn Thị Hoa, Phó Trưởng ban",
        ],
        ("§", "II", "CÔNG TÁC DÂN VẬN"),
        [
            "6",
            "Hướng dẫn tổ chức Ngày Dân vận của cả nước (15/10) gắn với tổng kết phong trào thi đua "
            "“Dân vận khéo” năm 2027",
            "Phòng Dân vận - Tôn giáo",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "Trước 15/9",
            "Đ/c Nguyễn Thị Hoa, Phó Trưởng ban",
        ],
        [
            "7",
            "Khảo sát tình hình thực hiện Quy chế dân chủ ở cơ sở tại một số xã, phường vùng đồng bào "
            "dân tộc thiểu số miền núi",
            "Phòng Dân tộc - Dân chủ cơ sở",
            "Ban Dân tộc HĐND tỉnh",
            "Quý III",
            "Đ/c Nguyễn Thị Hoa, Phó Trưởng ban",
        ],
        [
            "8",
            "Nắm tình hình tôn giáo, tín ngưỡng trên địa bàn; tham mưu xử lý các vụ việc phức tạp phát sinh",
            "Phòng Dân vận - Tôn giáo",
            "Công an tỉnh",
            "Thường xuyên",
            "Đ/c Nguyễn Thị Hoa, Phó Trưởng ban",
        ],
        [
            "9",
            "Tổ chức lớp bồi dưỡng nghiệp vụ công tác tuyên giáo và dân vận cho cán bộ cấp xã",
            "Phòng Lý luận chính trị - Lịch sử Đảng",
            "Trường Chính trị tỉnh",
            "Theo hướng dẫn của Trung ương",
            "Đ/c Lê Văn Hùng, Phó Trưởng ban",
        ],
        ("§", "III", "CÔNG TÁC KHÁC"),
        [
            "10",
            "Xây dựng báo cáo tổng kết công tác tuyên giáo và dân vận năm 2027, phương hướng nhiệm vụ năm "
            "2028",
            "Văn phòng Ban",
            "Các phòng",
            "Tháng 12",
            "Đ/c Trưởng ban",
        ],
        [
            "11",
            "Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý của Ban nhiệm kỳ 2025 - 2030",
            "Văn phòng Ban",
            "Các phòng",
            "6 tháng cuối năm",
            "Đ/c Trưởng ban",
        ],
    ]
    grid(
        doc,
        [
            "TT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian",
            "Lãnh đạo Ban phụ trách",
        ],
        rows,
        widths=[1.0, 10.5, 4.5, 4.0, 2.8, 3.8],
    )
    para(doc, "TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Căn cứ Chương trình này, các phòng xây dựng kế hoạch cụ thể, chủ động triển khai thực hiện "
        "bảo đảm chất lượng, đúng thời gian.",
    )
    para(
        doc,
        "2. Các phòng báo cáo kết quả thực hiện Chương trình về Văn phòng Ban trước ngày 20 hằng tháng "
        "để tổng hợp, báo cáo Thường trực Ban.",
    )
    para(
        doc,
        "3. Trong quá trình thực hiện, nếu cần điều chỉnh, bổ sung, các phòng đề xuất qua Văn phòng Ban "
        "trình Trưởng ban xem xét, quyết định.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Thường trực Tỉnh ủy (b/c),\n- Ban Tuyên giáo và Dân vận Trung ương (b/c),\n"
        "- Lãnh đạo Ban,\n- Các phòng thuộc Ban,\n- Lưu Văn phòng Ban.",
        "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n\n\n\nLê Văn Hùng",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h484
def h484_docx(h, path: Path) -> None:
    """Đảng ủy xã Phú Đình (Thái Nguyên): notice of the standing committee's conclusions (→ .doc)."""
    doc = document(14)
    head_block(
        doc,
        "ĐẢNG BỘ TỈNH THÁI NGUYÊN\nĐẢNG ỦY XÃ PHÚ ĐÌNH\n*\nSố 112-TB/ĐU",
        PARTY,
        right2="Phú Đình, ngày 16 tháng 4 năm 2027",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "kết luận của Ban Thường vụ Đảng ủy xã tại hội nghị ngày 14/4/2027",
        bold=True,
        center=True,
    )
    para(doc, "-----", center=True)
    for text in [
        "Ngày 14/4/2027, Ban Thường vụ Đảng ủy xã họp thường kỳ dưới sự chủ trì của đồng chí Hoàng Văn "
        "Thắng, Bí thư Đảng ủy xã. Sau khi nghe Văn phòng Đảng ủy báo cáo kết quả thực hiện nhiệm vụ "
        "quý I và ý kiến của các đồng chí dự họp, Ban Thường vụ Đảng ủy xã kết luận như sau:",
        "1. Về kết quả quý I năm 2027",
        "Ban Thường vụ cơ bản thống nhất với đánh giá trong báo cáo. Trong quý, các cấp ủy, chi bộ đã "
        "lãnh đạo tổ chức tốt các hoạt động mừng Đảng, mừng Xuân; thu ngân sách đạt 31% dự toán; công "
        "tác chuẩn bị Đại hội chi bộ nhiệm kỳ 2027 - 2030 được triển khai đúng hướng dẫn. Tuy nhiên, "
        "tiến độ giải ngân vốn đầu tư công còn chậm; một số chi bộ sinh hoạt chưa đúng định kỳ.",
        "2. Nhiệm vụ trọng tâm quý II năm 2027",
        "2.1. Đảng ủy Ủy ban nhân dân xã lãnh đạo Ủy ban nhân dân xã đẩy nhanh tiến độ giải ngân vốn "
        "đầu tư công, phấn đấu đến ngày 30/6/2027 giải ngân đạt trên 50% kế hoạch vốn được giao.",
        "2.2. Ủy ban nhân dân xã chỉ đạo hoàn thành việc cấp giấy chứng nhận quyền sử dụng đất cho "
        "các hộ tái định cư khu Đồng Bầu trước ngày 31/5/2027.",
        "2.3. Ban Xây dựng Đảng Đảng ủy xã hướng dẫn các chi bộ trực thuộc tổ chức đại hội nhiệm kỳ "
        "2027 - 2030, hoàn thành trong tháng 5/2027; chọn Chi bộ xóm Khe Mát làm đại hội điểm.",
        "2.4. Ủy ban Kiểm tra Đảng ủy xã tiến hành kiểm tra việc chấp hành chế độ sinh hoạt chi bộ "
        "đối với 04 chi bộ xóm theo Chương trình kiểm tra, giám sát năm 2027 trong quý II.",
        "2.5. Trung tâm Chính trị xã phối hợp Ban Xây dựng Đảng mở lớp bồi dưỡng nhận thức về Đảng "
        "cho quần chúng ưu tú, hoàn thành trước ngày 20/6/2027.",
        "2.6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp các đoàn thể vận động "
        "nhân dân hiến đất mở rộng đường liên xóm Phú Thành - Đồng Bầu; thường xuyên nắm tình hình "
        "dư luận, kịp thời báo cáo Ban Thường vụ.",
        "2.7. Đảng ủy Công an xã lãnh đạo đảm bảo an ninh trật tự, phòng chống cháy rừng trong mùa "
        "khô; tăng cường tuần tra tại các điểm giáp ranh, thực hiện thường xuyên.",
        "2.8. Văn phòng Đảng ủy chuẩn bị nội dung Hội nghị Ban Chấp hành Đảng bộ xã sơ kết 6 tháng "
        "đầu năm, trình Ban Thường vụ trước ngày 05/7/2027.",
        "3. Tổ chức thực hiện",
        "Giao Văn phòng Đảng ủy theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Thông báo này, tổng "
        "hợp kết quả báo cáo Ban Thường vụ tại phiên họp thường kỳ tháng 7/2027.",
        "Ban Thường vụ Đảng ủy xã thông báo để các cấp ủy, chi bộ, cơ quan, đơn vị liên quan biết, "
        "thực hiện.",
    ]:
        para(doc, text)
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c),\n- Các đồng chí Ủy viên BCH Đảng bộ xã,\n"
        "- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.",
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n\n\nĐinh Thị Quyên",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h485
def h485_docx(h, path: Path) -> None:
    """Hội Cựu chiến binh tỉnh Đồng Tháp: a plan whose tasks are numbered prose with labelled lines."""
    doc = document(14)
    head_block(
        doc,
        "HỘI CCB VIỆT NAM\nHỘI CỰU CHIẾN BINH TỈNH ĐỒNG THÁP\n───────\nSố: 09/KH-CCB",
        NATIONAL,
        right2="Đồng Tháp, ngày 22 tháng 01 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Triển khai phong trào “Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi” năm 2027",
        bold=True,
        center=True,
    )
    texts = [
        "Thực hiện Chương trình công tác năm 2027 của Trung ương Hội Cựu chiến binh Việt Nam và Nghị "
        "quyết Hội nghị Ban Chấp hành Hội Cựu chiến binh tỉnh lần thứ 6 (khóa VIII), Ban Thường vụ Hội "
        "Cựu chiến binh tỉnh xây dựng Kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Phát huy tinh thần tự lực, tự cường của cựu chiến binh; giúp hội viên nghèo, cận nghèo vươn "
        "lên thoát nghèo bền vững.",
        "2. Các hoạt động thiết thực, tránh hình thức; gắn với phong trào thi đua “Cựu chiến binh gương "
        "mẫu”.",
        "II. NỘI DUNG VÀ NHIỆM VỤ",
        "1. Tuyên truyền, phổ biến Kế hoạch và các mô hình kinh tế hiệu quả của hội viên trên Bản tin "
        "Cựu chiến binh và trang thông tin điện tử của Hội.",
        "- Đơn vị thực hiện: Ban Tuyên giáo.",
        "- Thời gian: Quý I/2027.",
        "2. Rà soát, lập danh sách hội viên thuộc hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều giai "
        "đoạn 2026 - 2030 để có biện pháp giúp đỡ cụ thể.",
        "- Đơn vị thực hiện: Ban Chính sách - Kinh tế; phối hợp: Hội Cựu chiến binh các xã, phường.",
        "- Thời gian: Hoàn thành trước ngày 31/3/2027.",
        "3. Phối hợp Ngân hàng Chính sách xã hội tỉnh củng cố các tổ tiết kiệm và vay vốn do Hội quản "
        "lý ủy thác; phấn đấu nợ quá hạn dưới 0,3%.",
        "- Đơn vị thực hiện: Ban Chính sách - Kinh tế.",
        "- Thời gian: Thường xuyên.",
        "4. Tổ chức Hội nghị biểu dương cựu chiến binh làm kinh tế giỏi giai đoạn 2022 - 2027.",
        "- Đơn vị thực hiện: Văn phòng Hội; phối hợp: Ban Tổ chức - Kiểm tra.",
        "- Thời gian: Tháng 8/2027.",
        "5. Xây dựng mỗi xã, phường ít nhất 01 mô hình “Tổ hợp tác cựu chiến binh” trồng xoài, nuôi "
        "cá tra theo chuỗi giá trị.",
        "- Đơn vị thực hiện: Ban Chính sách - Kinh tế.",
        "- Thời gian: Quý II - quý III/2027.",
        "6. Kiểm tra việc thực hiện phong trào tại Hội Cựu chiến binh 06 xã, phường (Cao Lãnh, Mỹ Trà, "
        "Tân Hồng, An Bình, Thường Phước, Mỹ Thọ).",
        "- Đơn vị thực hiện: Ban Tổ chức - Kiểm tra.",
        "- Thời gian: Tháng 10/2027.",
        "7. Vận động nguồn lực xây dựng 25 căn “Nhà nghĩa tình đồng đội” cho hội viên khó khăn về nhà ở.",
        "- Đơn vị thực hiện: Văn phòng Hội; phối hợp: Ban Chính sách - Kinh tế.",
        "- Thời gian: Trước ngày 30/11/2027.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Ban Chính sách - Kinh tế là cơ quan thường trực, tham mưu Ban Thường vụ theo dõi, đôn đốc, "
        "tổng hợp việc thực hiện Kế hoạch.",
        "2. Hội Cựu chiến binh các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch thực hiện tại địa "
        "phương, gửi về Hội Cựu chiến binh tỉnh trước ngày 15/3/2027.",
        "3. Hội Cựu chiến binh các xã, phường báo cáo kết quả thực hiện 6 tháng trước ngày 10/6/2027 "
        "và báo cáo năm trước ngày 10/11/2027 về Ban Thường vụ Hội Cựu chiến binh tỉnh (qua Ban Chính "
        "sách - Kinh tế).",
        "4. Văn phòng Hội bảo đảm kinh phí, phương tiện phục vụ các hoạt động theo Kế hoạch.",
    ]
    for text in texts:
        para(doc, text)
    sign_table(
        doc,
        "Nơi nhận:\n- TW Hội CCB Việt Nam (b/c),\n- Thường trực Tỉnh ủy (b/c),\n- Hội CCB các xã, phường,"
        "\n- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nTrần Văn Lực",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h486
def h486_xlsx(h, path: Path) -> None:
    """Hội Chữ thập đỏ tỉnh Quảng Ngãi: the year's indicators, section rows and a time column."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu 2027"
    top = [
        ("A1:C1", "HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG NGÃI"),
        ("A2:C2", "BAN THƯỜNG VỤ"),
        ("D1:H1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("D2:H2", "Độc lập - Tự do - Hạnh phúc"),
        ("A4:H4", "CHỈ TIÊU CÔNG TÁC HỘI VÀ PHONG TRÀO CHỮ THẬP ĐỎ NĂM 2027"),
        (
            "A5:H5",
            "(Kèm theo Nghị quyết số 03/NQ-CTĐ ngày 12/01/2027 của Ban Chấp hành Hội Chữ thập đỏ tỉnh)",
        ),
    ]
    for span, text in top:
        ws.merge_cells(span)
        cell = ws[span.split(":")[0]]
        cell.value = text
        cell.font = Font(bold=not text.startswith("("), italic=text.startswith("("))
        cell.alignment = Alignment(horizontal="center")
    ws.append([])
    ws.append(
        [
            "TT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Thực hiện năm 2026",
            "Kế hoạch năm 2027",
            "Ban chủ trì theo dõi",
            "Thời gian",
            "Ghi chú",
        ]
    )
    bold_header(ws, 7)
    rows = [
        ("I", "CÔNG TÁC TỔ CHỨC, XÂY DỰNG HỘI"),
        [
            "1",
            "Phát triển hội viên mới",
            "Hội viên",
            2150,
            2500,
            "Ban Tổ chức - Kiểm tra",
            "Thường xuyên",
            "",
        ],
        [
            "2",
            "Tập huấn nghiệp vụ cho cán bộ Hội cấp xã mới",
            "Lớp",
            4,
            5,
            "Ban Tổ chức - Kiểm tra",
            "Quý II",
            "Sau sắp xếp đơn vị hành chính",
        ],
        ("II", "CÔNG TÁC XÃ HỘI, NHÂN ĐẠO"),
        [
            "3",
            "Vận động quà Tết cho hộ nghèo, người có hoàn cảnh khó khăn",
            "Suất quà",
            16800,
            18000,
            "Ban Công tác xã hội",
            "Tháng 01 - 02",
            "Tết Đinh Mùi",
        ],
        [
            "4",
            "Xây dựng, sửa chữa nhà nhân đạo",
            "Căn",
            38,
            45,
            "Ban Công tác xã hội",
            "Trước 30/11/2027",
            "",
        ],
        [
            "5",
            "Tổ chức Tháng Nhân đạo, kết nối hỗ trợ người yếu thế",
            "Lượt người",
            21000,
            23000,
            "Ban Công tác xã hội",
            "Tháng 5",
            "",
        ],
        [
            "6",
            "Hỗ trợ học bổng cho học sinh nghèo vượt khó",
            "Suất",
            620,
            700,
            "Ban Truyền thông - Vận động nguồn lực",
            "Tháng 8 - 9",
            "Trước năm học mới",
        ],
        ("III", "VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN"),
        [
            "7",
            "Tiếp nhận đơn vị máu hiến tình nguyện",
            "Đơn vị máu",
            15200,
            16500,
            "Văn phòng Ban Chỉ đạo vận động hiến máu",
            "Thường xuyên",
            "Phối hợp Bệnh viện Đa khoa tỉnh",
        ],
        [
            "8",
            "Tổ chức Lễ hội Xuân hồng và Hành trình Đỏ",
            "Đợt",
            2,
            2,
            "Văn phòng Ban Chỉ đạo vận động hiến máu",
            "Tháng 02; tháng 7",
            "",
        ],
        ("IV", "CHĂM SÓC SỨC KHỎE, SƠ CẤP CỨU, PHÒNG NGỪA THẢM HỌA"),
        [
            "9",
            "Tập huấn sơ cấp cứu ban đầu cho tình nguyện viên",
            "Người",
            1450,
            1600,
            "Ban Chăm sóc sức khỏe",
            "Quý III",
            "",
        ],
        [
            "10",
            "Khám bệnh, cấp thuốc miễn phí cho người dân vùng khó khăn",
            "Lượt người",
            6100,
            6500,
            "Ban Chăm sóc sức khỏe",
            "Quý II - quý III",
            "Xã miền núi, hải đảo",
        ],
        [
            "11",
            "Xây dựng kế hoạch ứng phó thiên tai mùa mưa bão, dự trữ hàng cứu trợ",
            "Kế hoạch",
            1,
            1,
            "Ban Công tác xã hội",
            "Trước 15/8/2027",
            "",
        ],
    ]
    for row in rows:
        if isinstance(row, tuple):
            ws.append([row[0], row[1]])
            r = ws.max_row
            ws.merge_cells(f"B{r}:H{r}")
            ws[f"A{r}"].font = ws[f"B{r}"].font = Font(bold=True)
        else:
            ws.append(row)
    wrap(ws, 8)
    for letter, width in zip("ABCDEFGH", [5, 46, 11, 11, 11, 24, 15, 22], strict=True):
        ws.column_dimensions[letter].width = width
    end = ws.max_row + 2
    ws[f"B{end}"] = (
        "Ghi chú: Hội Chữ thập đỏ các xã, phường, đặc khu báo cáo kết quả thực hiện chỉ tiêu về Văn "
        "phòng Hội tỉnh định kỳ hằng quý (trước ngày 20 tháng cuối quý)."
    )
    ws[f"B{end}"].alignment = Alignment(wrap_text=True)
    ws[f"F{end + 2}"] = "TM. BAN THƯỜNG VỤ"
    ws[f"F{end + 3}"] = "CHỦ TỊCH"
    ws[f"F{end + 7}"] = "Phạm Thị Kim Loan"
    wb.save(path)


# --------------------------------------------------------------------------------------------- h487
def h487_docx(h, path: Path) -> None:
    """CDC tỉnh Lào Cai: a weekly calendar, the day merged down over its sessions."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "SỞ Y TẾ TỈNH LÀO CAI\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT\n───────",
        NATIONAL,
        right2="Lào Cai, ngày 07 tháng 5 năm 2027",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN 19", bold=True, center=True, size=14)
    para(doc, "(Từ ngày 10/5/2027 đến ngày 16/5/2027)", italic=True, center=True)
    header = ["Thứ, ngày", "Buổi", "Nội dung công việc", "Chủ trì", "Thành phần", "Địa điểm", "Chuẩn bị"]
    entries = [
        (
            "Thứ Hai\n10/5",
            "Sáng",
            "Giao ban Ban Giám đốc đầu tuần",
            "Giám đốc",
            "Ban Giám đốc, trưởng các khoa, phòng",
            "Phòng họp tầng 2",
            "Phòng Tổ chức - Hành chính",
        ),
        (
            "Thứ Hai\n10/5",
            "Chiều",
            "Họp triển khai chiến dịch tiêm bổ sung vắc xin sởi cho trẻ 1 - 5 tuổi",
            "PGĐ Vũ Thị Hạnh",
            "Khoa Kiểm soát bệnh truyền nhiễm, Trạm Y tế các xã vùng cao (trực tuyến)",
            "Phòng họp trực tuyến",
            "Khoa Kiểm soát bệnh truyền nhiễm",
        ),
        ("Thứ Ba\n11/5", "Sáng", "Làm việc tại cơ quan", "Giám đốc", "", "", ""),
        (
            "Thứ Ba\n11/5",
            "Sáng",
            "Giám sát công tác phòng chống sốt rét tại xã Bát Xát, xã Y Tý",
            "PGĐ Lò Văn Sinh",
            "Khoa Ký sinh trùng - Côn trùng",
            "Xã Bát Xát, xã Y Tý",
            "Khoa Ký sinh trùng - Côn trùng",
        ),
        (
            "Thứ Ba\n11/5",
            "Chiều",
            "Thẩm định hồ sơ mua sắm sinh phẩm xét nghiệm năm 2027",
            "Giám đốc",
            "Tổ thẩm định",
            "Phòng họp tầng 2",
            "Phòng Tài chính - Kế toán",
        ),
        (
            "Thứ Tư\n12/5",
            "Cả ngày",
            "Tập huấn giám sát bệnh truyền nhiễm trên phần mềm cho cán bộ y tế xã",
            "PGĐ Vũ Thị Hạnh",
            "Theo giấy triệu tập",
            "Hội trường Trung tâm",
            "Khoa Kiểm soát bệnh truyền nhiễm",
        ),
        (
            "Thứ Năm\n13/5",
            "Sáng",
            "Kiểm tra an toàn thực phẩm bếp ăn tập thể khu công nghiệp Tằng Loỏng",
            "PGĐ Lò Văn Sinh",
            "Đoàn kiểm tra liên ngành",
            "Xã Tằng Loỏng",
            "Khoa Dinh dưỡng",
        ),
        (
            "Thứ Năm\n13/5",
            "Chiều",
            "Họp Hội đồng khoa học công nghệ xét duyệt đề tài cơ sở",
            "Giám đốc",
            "Thành viên Hội đồng",
            "Phòng họp tầng 2",
            "Phòng Kế hoạch - Nghiệp vụ",
        ),
        (
            "Thứ Sáu\n14/5",
            "Sáng",
            "Đón đoàn kiểm tra của Viện Vệ sinh dịch tễ Trung ương về dự án phòng chống lao",
            "Giám đốc",
            "Ban Giám đốc, Khoa Phòng chống HIV/AIDS - Lao",
            "Phòng họp tầng 2",
            "Khoa Phòng chống HIV/AIDS - Lao",
        ),
        (
            "Thứ Sáu\n14/5",
            "Chiều",
            "Sinh hoạt chi bộ định kỳ tháng 5",
            "Bí thư Chi bộ",
            "Toàn thể đảng viên",
            "Hội trường Trung tâm",
            "Văn phòng Chi bộ",
        ),
        (
            "Thứ Sáu\n14/5",
            "Chiều",
            "Tổng hợp báo cáo tình hình dịch bệnh tuần gửi Sở Y tế",
            "PGĐ Vũ Thị Hạnh",
            "",
            "",
            "Khoa Kiểm soát bệnh truyền nhiễm",
        ),
        ("Thứ Bảy\n15/5", "Sáng", "Trực lãnh đạo: PGĐ Lò Văn Sinh", "", "", "", ""),
        (
            "Chủ nhật\n16/5",
            "Cả ngày",
            "Truyền thông lưu động phòng chống sốt xuất huyết tại phường Cam Đường",
            "PGĐ Vũ Thị Hạnh",
            "Khoa Truyền thông - Giáo dục sức khỏe",
            "Phường Cam Đường",
            "Khoa Truyền thông - Giáo dục sức khỏe",
        ),
    ]
    t = grid(doc, header, [list(e) for e in entries], widths=[2.2, 1.6, 8.0, 2.8, 5.0, 3.2, 4.2])
    h.repeat_header_row(t.rows[0])
    days: dict[str, list[int]] = {}
    for row, entry in enumerate(entries, start=1):
        days.setdefault(entry[0], []).append(row)
    for day, rows in days.items():
        if len(rows) > 1:
            h.merge_down(t, 0, rows[0], rows[-1], "")
            cell_text(t.cell(rows[0], 0), day, bold=True, center=True)
    para(
        doc,
        "Lịch công tác có thể thay đổi; các khoa, phòng theo dõi trên phần mềm quản lý văn bản và "
        "điều hành. Đầu mối: Phòng Tổ chức - Hành chính.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc,\n- Các khoa, phòng,\n- Lưu: VT, TCHC.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH\n\n\n\nNguyễn Thu Trang",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h488
def h488_docx(h, path: Path) -> None:
    """A Cần Thơ high school's plan with its tasks in an appendix table (→ .odt)."""
    doc = document(13)
    head_block(
        doc,
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. CẦN THƠ\nTRƯỜNG THPT TÂN LỘC ĐÔNG\n───────\nSố: 27/KH-THPTTLĐ",
        NATIONAL,
        right2="Cần Thơ, ngày 18 tháng 01 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Ôn tập và tổ chức cho học sinh lớp 12 dự Kỳ thi tốt nghiệp THPT năm 2027",
        bold=True,
        center=True,
    )
    for text in [
        "Căn cứ Kế hoạch số 15/KH-SGDĐT ngày 08/01/2027 của Sở Giáo dục và Đào tạo về tổ chức Kỳ thi "
        "tốt nghiệp trung học phổ thông năm 2027; căn cứ kết quả khảo sát chất lượng học kỳ I, Trường "
        "THPT Tân Lộc Đông xây dựng kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "- Giúp học sinh lớp 12 hệ thống hóa kiến thức, rèn kỹ năng làm bài thi trắc nghiệm và tự luận.",
        "- Phấn đấu tỉ lệ tốt nghiệp đạt 99,5%; điểm trung bình các môn thi cao hơn năm 2026.",
        "II. NỘI DUNG",
        "Ôn tập theo chủ đề, chia nhóm theo học lực; 03 đợt thi thử có chấm, phân tích kết quả. Các "
        "nhiệm vụ cụ thể, đơn vị thực hiện và thời gian tại Phụ lục kèm theo.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phó Hiệu trưởng phụ trách chuyên môn chỉ đạo chung, điều chỉnh kế hoạch khi Sở có hướng dẫn mới.",
        "2. Các tổ chuyên môn báo cáo kết quả ôn tập, khảo sát về Phó Hiệu trưởng phụ trách chuyên môn "
        "trước ngày 25 hằng tháng.",
        "3. Các bộ phận, cá nhân liên quan căn cứ nhiệm vụ được phân công tại Phụ lục nghiêm túc thực hiện.",
    ]:
        para(doc, text)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở GD&ĐT (b/c),\n- Ban Giám hiệu,\n- Các tổ chuyên môn, Tổ Văn phòng,\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nHuỳnh Văn Phước",
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(
        doc,
        "CÁC NHIỆM VỤ ÔN TẬP, TỔ CHỨC THI TỐT NGHIỆP THPT NĂM 2027\n(Kèm theo Kế hoạch số 27/KH-THPTTLĐ "
        "ngày 18/01/2027)",
        italic=True,
        center=True,
    )
    rows = [
        [
            "1",
            "Xây dựng đề cương, ngân hàng câu hỏi ôn tập các môn thi theo định dạng đề minh họa 2027",
            "Các tổ chuyên môn",
            "Thầy Lâm Quốc Bảo, PHT",
            "Trước 15/02/2027",
        ],
        [
            "2",
            "Lập danh sách, chia nhóm lớp ôn tập theo môn tự chọn và học lực",
            "Tổ Văn phòng",
            "Cô Trần Mỹ Tiên, PHT",
            "Tháng 02/2027",
        ],
        [
            "3",
            "Tổ chức thi thử lần 1 các môn Toán, Ngữ văn, Tiếng Anh",
            "Tổ Toán - Tin",
            "Thầy Lâm Quốc Bảo, PHT",
            "Từ 08/3 đến 13/3/2027",
        ],
        [
            "4",
            "Ôn tập tăng tiết môn Ngữ văn vào buổi chiều thứ Ba, thứ Năm",
            "Tổ Ngữ văn",
            "Thầy Lâm Quốc Bảo, PHT",
            "Từ 01/3 đến 31/5/2027",
        ],
        [
            "5",
            "Ôn tập nhóm môn Vật lí, Hóa học, Sinh học theo tổ hợp",
            "Tổ Khoa học tự nhiên",
            "Thầy Lâm Quốc Bảo, PHT",
            "Từ 01/3 đến 31/5/2027",
        ],
        [
            "6",
            "Thi thử lần 2 toàn bộ các môn theo lịch Kỳ thi",
            "Tổ Toán - Tin",
            "Thầy Lâm Quốc Bảo, PHT",
            "Tháng 4/2027",
        ],
        [
            "7",
            "Hướng dẫn học sinh đăng ký dự thi trực tuyến, kiểm tra thông tin đăng ký",
            "Tổ Văn phòng",
            "Cô Trần Mỹ Tiên, PHT",
            "Theo lịch của Sở GD&ĐT",
        ],
        [
            "8",
            "Tổ chức diễn đàn “Bí quyết vượt vũ môn”, tư vấn hướng nghiệp, chọn ngành",
            "Đoàn trường",
            "Cô Trần Mỹ Tiên, PHT",
            "Tháng 4/2027",
        ],
        [
            "9",
            "Thi thử lần 3, phân tích phổ điểm, phụ đạo học sinh có nguy cơ không tốt nghiệp",
            "Các tổ chuyên môn",
            "Thầy Lâm Quốc Bảo, PHT",
            "Trước 10/6/2027",
        ],
        [
            "10",
            "Bố trí phòng ôn tập, điện, nước; hỗ trợ học sinh khó khăn về chỗ ở, đi lại trong những ngày thi",
            "Tổ Văn phòng",
            "Cô Trần Mỹ Tiên, PHT",
            "Tháng 6/2027",
        ],
    ]
    grid(
        doc,
        ["TT", "Nội dung công việc", "Bộ phận thực hiện", "Người phụ trách", "Thời gian"],
        rows,
        widths=[1.0, 7.5, 3.2, 3.2, 2.8],
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h489
def h489_docx(h, path: Path) -> None:
    """Thuế tỉnh Hưng Yên: a dispatch assigning tasks to its divisions and local offices (→ .pdf)."""
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "CỤC THUẾ\nTHUẾ TỈNH HƯNG YÊN\n───────\nSố: 2418/TTHY-NVDTPC\nV/v triển khai các giải pháp tăng "
        "cường quản lý thu ngân sách 6 tháng cuối năm 2027",
        NATIONAL,
        right2="Hưng Yên, ngày 09 tháng 7 năm 2027",
    )
    para(doc, "")
    para(
        doc,
        "Kính gửi:\n- Các phòng thuộc Thuế tỉnh;\n- Thuế cơ sở 1 đến Thuế cơ sở 9 tỉnh Hưng Yên.",
        center=True,
    )
    for text in [
        "Kết quả thu ngân sách 6 tháng đầu năm 2027 trên địa bàn tỉnh đạt 46,2% dự toán pháp lệnh; "
        "thu từ khu vực doanh nghiệp ngoài quốc doanh, thu tiền sử dụng đất chưa đạt tiến độ. Để hoàn "
        "thành dự toán năm 2027, Thuế tỉnh Hưng Yên yêu cầu các đơn vị thực hiện các nhiệm vụ sau:",
        "1. Phòng Nghiệp vụ - Dự toán - Pháp chế: Phân tích, đánh giá từng khoản thu, sắc thuế, xây "
        "dựng kịch bản thu quý III, quý IV, trình Lãnh đạo Thuế tỉnh trước ngày 20/7/2027.",
        "2. Phòng Quản lý, hỗ trợ doanh nghiệp số 1: Rà soát doanh nghiệp có doanh thu tăng đột biến, "
        "doanh nghiệp kê khai lỗ liên tục để đề xuất kiểm tra; thực hiện trong tháng 8/2027.",
        "3. Phòng Quản lý, hỗ trợ hộ kinh doanh, cá nhân và thu khác: Đôn đốc hộ kinh doanh chuyển đổi "
        "sang phương pháp kê khai, sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền; thực hiện thường "
        "xuyên.",
        "4. Phòng Thanh tra, kiểm tra số 1: Hoàn thành 100% số cuộc thanh tra, kiểm tra tại trụ sở "
        "người nộp thuế theo kế hoạch năm trước ngày 15/12/2027.",
        "5. Phòng Quản lý nợ và cưỡng chế nợ thuế: Phân loại nợ, áp dụng biện pháp cưỡng chế đối với "
        "người nộp thuế nợ trên 90 ngày; phấn đấu đến 31/12/2027 tổng nợ không quá 8% tổng thu.",
        "6. Văn phòng Thuế tỉnh phối hợp Phòng Nghiệp vụ - Dự toán - Pháp chế công khai danh sách người "
        "nộp thuế nợ đọng trên phương tiện thông tin đại chúng định kỳ hằng tháng.",
        "7. Thuế cơ sở 3 tỉnh Hưng Yên phối hợp Văn phòng Đăng ký đất đai tỉnh giải quyết dứt điểm hồ "
        "sơ tồn đọng tiền sử dụng đất tại các dự án khu đô thị, hoàn thành trong quý III/2027.",
        "8. Các Thuế cơ sở tham mưu Ủy ban nhân dân xã, phường trên địa bàn chỉ đạo công tác chống thất "
        "thu trong hoạt động kinh doanh thương mại điện tử, xây dựng tư nhân; thực hiện thường xuyên.",
        "9. Phòng Công nghệ thông tin bảo đảm hệ thống khai thuế, nộp thuế điện tử vận hành thông suốt "
        "trong cao điểm quyết toán cuối năm; hoàn thành nâng cấp đường truyền trước ngày 30/9/2027.",
        "Các đơn vị báo cáo kết quả thực hiện về Thuế tỉnh (qua Phòng Nghiệp vụ - Dự toán - Pháp chế) "
        "trước ngày 05 hằng tháng để tổng hợp báo cáo Cục Thuế và Ủy ban nhân dân tỉnh.",
        "Thuế tỉnh Hưng Yên yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.",
    ]:
        para(doc, text)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Cục Thuế (để b/c);\n- UBND tỉnh (để b/c);\n- Lãnh đạo Thuế tỉnh;\n"
        "- Lưu: VT, NVDTPC.",
        "KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\n\n\n\nĐỗ Mạnh Cường",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h490
def h490_xlsx(h, path: Path) -> None:
    """Công ty Điện lực Gia Lai: the third quarter's programme, the time merged over two rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "CTCT Quy III"
    for span, text, bold in [
        ("A1:C1", "TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG", False),
        ("A2:C2", "CÔNG TY ĐIỆN LỰC GIA LAI", True),
        ("D1:G1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
        ("D2:G2", "Độc lập - Tự do - Hạnh phúc", True),
        ("A4:G4", "CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2027", True),
        (
            "A5:G5",
            "(Ban hành kèm theo Quyết định số 1520/QĐ-PCGL ngày 28/6/2027 của Giám đốc Công ty)",
            False,
        ),
    ]:
        ws.merge_cells(span)
        ws[span[:2]].value = text
        ws[span[:2]].font = Font(bold=bold)
        ws[span[:2]].alignment = Alignment(horizontal="center")
    header = [
        "STT",
        "Nội dung công việc",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
        "Lãnh đạo phụ trách",
        "Ghi chú",
    ]
    for column, text in enumerate(header, start=1):
        ws.cell(7, column, text)
    bold_header(ws, 7)
    rows = [
        ("A", "CÔNG TÁC KỸ THUẬT, VẬN HÀNH"),
        [
            "1",
            "Kiểm tra, xử lý khiếm khuyết lưới điện trung áp trước mùa mưa bão",
            "Phòng Kỹ thuật",
            "Các Điện lực trực thuộc",
            "Tháng 7",
            "PGĐ Kỹ thuật",
            "",
        ],
        [
            "2",
            "Diễn tập phòng chống thiên tai và tìm kiếm cứu nạn năm 2027",
            "Phòng An toàn",
            "Phòng Điều độ",
            "Tháng 8",
            "PGĐ Kỹ thuật",
            "",
        ],
        [
            "3",
            "Thay thế 1.200 công tơ cơ khí bằng công tơ điện tử đo xa tại khu vực Pleiku",
            "Điện lực Pleiku",
            "Phòng Kinh doanh",
            None,
            "PGĐ Kinh doanh",
            "",
        ],
        [
            "4",
            "Vận hành hệ thống điều khiển xa trạm biến áp 110kV Chư Sê",
            "Phòng Điều độ",
            "Xí nghiệp Dịch vụ Điện lực",
            "Thường xuyên",
            "PGĐ Kỹ thuật",
            "",
        ],
        ("B", "CÔNG TÁC KINH DOANH, DỊCH VỤ KHÁCH HÀNG"),
        [
            "5",
            "Phấn đấu tỷ lệ tổn thất điện năng quý III không vượt 4,15%",
            "Phòng Kinh doanh",
            "Các Điện lực trực thuộc",
            "Hằng tháng",
            "PGĐ Kinh doanh",
            "Chỉ tiêu EVNCPC giao",
        ],
        [
            "6",
            "Tuyên truyền sử dụng điện tiết kiệm, an toàn mùa nắng nóng",
            "Văn phòng",
            "Phòng Kinh doanh",
            "Tháng 7 - 8",
            "PGĐ Kinh doanh",
            "",
        ],
        [
            "7",
            "Rà soát hợp đồng mua bán điện khách hàng ngoài sinh hoạt có sản lượng lớn",
            "Phòng Kinh doanh",
            "Điện lực An Khê, Điện lực Ayun Pa",
            "Trước 15/9/2027",
            "PGĐ Kinh doanh",
            "",
        ],
        ("C", "CÔNG TÁC ĐẦU TƯ XÂY DỰNG"),
        [
            "8",
            "Đóng điện công trình cải tạo lưới điện khu vực xã Ia Grai, Ia Hrung",
            "Ban Quản lý dự án",
            "Phòng Kỹ thuật",
            "Quý III",
            "PGĐ Đầu tư",
            "",
        ],
        [
            "9",
            "Lập hồ sơ quyết toán các công trình hoàn thành năm 2026",
            "Phòng Tài chính - Kế toán",
            "Ban Quản lý dự án",
            "Trước 30/9/2027",
            "Kế toán trưởng",
            "",
        ],
        ("D", "CÔNG TÁC KHÁC"),
        [
            "10",
            "Sơ kết 9 tháng, xây dựng kế hoạch sản xuất kinh doanh năm 2028",
            "Phòng Kế hoạch",
            "Các phòng, đơn vị",
            "Tháng 9",
            "Giám đốc",
            "",
        ],
        [
            "11",
            "Kiểm tra công tác an toàn vệ sinh lao động tại các Điện lực",
            "Phòng An toàn",
            "Công đoàn Công ty",
            "Tháng 9",
            "PGĐ Kỹ thuật",
            "",
        ],
    ]
    for row in rows:
        if isinstance(row, tuple):
            ws.append([row[0], row[1]])
            r = ws.max_row
            ws.merge_cells(f"B{r}:G{r}")
            ws[f"A{r}"].font = ws[f"B{r}"].font = Font(bold=True)
        else:
            ws.append(row)
    # the time of items 2 and 3 typed once, merged over both rows
    ws.merge_cells("E10:E11")
    wrap(ws, 8)
    for letter, width in zip("ABCDEFG", [6, 50, 20, 22, 14, 16, 16], strict=True):
        ws.column_dimensions[letter].width = width
    end = ws.max_row + 2
    ws[f"A{end}"] = "Tổ chức thực hiện:"
    ws[f"A{end}"].font = Font(bold=True)
    ws[f"A{end + 1}"] = (
        "- Các phòng, đơn vị báo cáo kết quả thực hiện Chương trình về Văn phòng Công ty trước ngày 25 "
        "hằng tháng để tổng hợp trong giao ban."
    )
    ws[f"A{end + 2}"] = (
        "- Văn phòng theo dõi, đôn đốc các đơn vị thực hiện, báo cáo Giám đốc kết quả thực hiện Chương "
        "trình quý III trước ngày 05/10/2027."
    )
    ws[f"E{end + 4}"] = "GIÁM ĐỐC"
    ws[f"E{end + 8}"] = "Rơ Châm Y Thương"
    wb.save(path)


# --------------------------------------------------------------------------------------------- h491
def h491_docx(h, path: Path) -> None:
    """Báo và Phát thanh, Truyền hình An Giang: conclusions of the editor-in-chief's monthly meeting."""
    doc = document(14)
    head_block(
        doc,
        "TỈNH ỦY AN GIANG\nBÁO VÀ PHÁT THANH, TRUYỀN HÌNH\nAN GIANG\n───────\nSố: 86/TB-BPTTH",
        NATIONAL,
        right2="An Giang, ngày 05 tháng 4 năm 2027",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Tổng Biên tập tại cuộc họp giao ban tháng 3 năm 2027",
        bold=True,
        center=True,
    )
    for text in [
        "Ngày 02/4/2027, đồng chí Trương Minh Tâm, Tổng Biên tập chủ trì cuộc họp giao ban đánh giá "
        "kết quả công tác tháng 3, triển khai nhiệm vụ tháng 4 năm 2027. Dự họp có các đồng chí Phó "
        "Tổng Biên tập, Trưởng, Phó các ban, phòng. Sau khi nghe báo cáo và ý kiến thảo luận, Tổng Biên "
        "tập kết luận như sau:",
        "1. Đánh giá chung",
        "Tháng 3, cơ quan đã thực hiện tốt nhiệm vụ tuyên truyền kỷ niệm Ngày Quốc tế Phụ nữ, Ngày "
        "thành lập Đoàn; các chương trình phát thanh, truyền hình phát sóng đúng kế hoạch; lượt xem "
        "trên nền tảng số tăng 18% so với tháng trước. Tuy vậy, một số tin, bài còn chậm, chất lượng "
        "phóng sự điều tra chưa cao.",
        "2. Nhiệm vụ thời gian tới",
        "a) Ban Thời sự xây dựng kế hoạch tuyên truyền kỷ niệm 52 năm Ngày giải phóng hoàn toàn miền "
        "Nam, thống nhất đất nước (30/4) và Ngày Quốc tế Lao động (01/5), trình Tổng Biên tập trước "
        "ngày 10/4/2027.",
        "b) Ban Chuyên đề thực hiện loạt phóng sự “Nông dân An Giang chuyển đổi số” gồm 05 kỳ, phát "
        "sóng trong tháng 5/2027.",
        "c) Ban Nội dung số chủ trì, phối hợp Ban Thời sự đẩy mạnh đưa tin trên các nền tảng mạng xã "
        "hội, bảo đảm tin nóng được đăng trong 02 giờ; thực hiện thường xuyên.",
        "d) Ban Văn nghệ - Giải trí chuẩn bị chương trình ca nhạc “Khúc ca thống nhất” phát sóng trực "
        "tiếp tối 29/4/2027.",
        "đ) Ban Kỹ thuật - Công nghệ và Phòng Hành chính - Trị sự hoàn thành lắp đặt hệ thống tổng "
        "khống chế phòng thu số 2 trước ngày 30/4/2027.",
        "e) Phòng Dịch vụ - Quảng cáo rà soát bảng giá quảng cáo, tài trợ năm 2027, trình Ban Biên tập "
        "trong quý II/2027.",
        "g) Phòng Hành chính - Trị sự hoàn thiện đề án vị trí việc làm của cơ quan sau hợp nhất, trình "
        "Thường trực Tỉnh ủy trước ngày 15/5/2027.",
        "h) Ban Thư ký tòa soạn rà soát quy trình biên tập, kiểm duyệt tin, bài đa nền tảng; đề xuất "
        "sửa đổi Quy chế làm việc của Ban Biên tập trong tháng 4/2027.",
        "i) Các ban, phòng báo cáo kết quả công tác tháng về Phòng Hành chính - Trị sự trước ngày 25 "
        "hằng tháng để chuẩn bị họp giao ban.",
        "Phòng Hành chính - Trị sự thông báo để các ban, phòng biết, thực hiện.",
    ]:
        para(doc, text)
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Biên tập,\n- Các ban, phòng,\n- Lưu: VT, HCTS.",
        "TL. TỔNG BIÊN TẬP\nCHÁNH VĂN PHÒNG\n(Trưởng phòng Hành chính - Trị sự)\n\n\n\nLâm Thị Ngọc Hân",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h492
def h492_docx(h, path: Path) -> None:
    """Văn phòng Bộ CHQS tỉnh Tây Ninh: the commanders' weekly calendar, time and preparing agency."""
    doc = document(13)
    landscape(doc)
    head_block(
        doc,
        "QUÂN KHU 7\nBỘ CHỈ HUY QUÂN SỰ TỈNH TÂY NINH\nVĂN PHÒNG\n───────",
        NATIONAL,
        right2="Tây Ninh, ngày 17 tháng 9 năm 2027",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN CỦA THỦ TRƯỞNG BỘ CHỈ HUY", bold=True, center=True)
    para(doc, "(Từ ngày 20/9/2027 đến ngày 26/9/2027)", italic=True, center=True)
    header = ["Ngày", "Thời gian", "Nội dung công việc", "Thủ trưởng chủ trì", "Cơ quan chuẩn bị", "Địa điểm"]
    rows = [
        [
            "Thứ Hai\n20/9",
            "07 giờ 30",
            "Giao ban Thủ trưởng Bộ Chỉ huy",
            "Đại tá Nguyễn Hữu Phong, Chỉ huy trưởng",
            "Văn phòng",
            "Phòng họp Bộ Chỉ huy",
        ],
        [
            "Thứ Hai\n20/9",
            "14 giờ 00",
            "Hội ý triển khai diễn tập khu vực phòng thủ xã Tân Biên năm 2027",
            "Thượng tá Lê Quang Vinh, Tham mưu trưởng",
            "Phòng Tham mưu",
            "Phòng họp Bộ Chỉ huy",
        ],
        [
            "Thứ Ba\n21/9",
            "07 giờ 30",
            "Kiểm tra công tác sẵn sàng chiến đấu tại Ban Chỉ huy Phòng thủ khu vực 2",
            "Thượng tá Lê Quang Vinh, Tham mưu trưởng",
            "Phòng Tham mưu",
            "Ban CHPTKV 2",
        ],
        ["Thứ Ba\n21/9", "14 giờ 00", "Trực chỉ huy: Đại tá Nguyễn Hữu Phong", "", "", ""],
        [
            "Thứ Tư\n22/9",
            "08 giờ 00",
            "Hội nghị sơ kết 9 tháng công tác đảng, công tác chính trị",
            "Đại tá Đặng Văn Tuấn, Chính ủy",
            "Phòng Chính trị",
            "Hội trường Bộ Chỉ huy",
        ],
        [
            "Thứ Tư\n22/9",
            "14 giờ 00",
            "Làm việc với Sở Tài chính về dự toán ngân sách quốc phòng địa phương năm 2028",
            "Đại tá Nguyễn Hữu Phong, Chỉ huy trưởng",
            "Phòng Hậu cần - Kỹ thuật",
            "Sở Tài chính",
        ],
        [
            "Thứ Năm\n23/9",
            "Cả ngày",
            "Kiểm tra công tác kỹ thuật, kho tàng đạn dược Kho K3",
            "Thượng tá Võ Minh Khải, Phó Chỉ huy trưởng",
            "Phòng Hậu cần - Kỹ thuật",
            "Kho K3",
        ],
        [
            "Thứ Sáu\n24/9",
            "07 giờ 30",
            "Dự Hội nghị Ban Thường vụ Tỉnh ủy",
            "Đại tá Đặng Văn Tuấn, Chính ủy",
            "Văn phòng",
            "Tỉnh ủy",
        ],
        [
            "Thứ Sáu\n24/9",
            "09 giờ 00",
            "Tiếp công dân định kỳ",
            "Đại tá Nguyễn Hữu Phong, Chỉ huy trưởng",
            "Thanh tra Quốc phòng",
            "Phòng tiếp dân",
        ],
        [
            "Thứ Sáu\n24/9",
            "14 giờ 00",
            "Thông qua kế hoạch tuyển chọn, gọi công dân nhập ngũ năm 2028",
            "Thượng tá Lê Quang Vinh, Tham mưu trưởng",
            "Phòng Tham mưu",
            "Phòng họp Bộ Chỉ huy",
        ],
        [
            "Thứ Bảy\n25/9",
            "07 giờ 00",
            "Kiểm tra huấn luyện dân quân tự vệ năm thứ nhất tại phường Long Hoa",
            "Thượng tá Võ Minh Khải, Phó Chỉ huy trưởng",
            "Phòng Tham mưu",
            "Phường Long Hoa",
        ],
        ["Chủ nhật\n26/9", "", "Trực chỉ huy: Thượng tá Lê Quang Vinh", "", "", ""],
    ]
    t = grid(doc, header, rows, widths=[2.2, 2.2, 9.0, 5.5, 3.8, 3.8])
    h.repeat_header_row(t.rows[0])
    para(
        doc,
        "Ghi chú: Các cơ quan chuẩn bị nội dung, tài liệu gửi Văn phòng trước 01 ngày; lịch thay đổi "
        "Văn phòng sẽ thông báo sau.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Thủ trưởng Bộ Chỉ huy,\n- Các cơ quan, đơn vị,\n- Lưu: VT.",
        "CHÁNH VĂN PHÒNG\n\n\n\nThiếu tá Phan Thanh Hải",
    )
    doc.save(path)


def batch_h483() -> None:
    """Writes h483–h492 into docs/ (or ../docs, once moved)."""
    write_batch(
        [
            (h483_docx, "h483_ct_ban_tgdv_tinh_uy_nam.docx"),
            (h485_docx, "h485_kh_hoi_ccb_tinh_muc_so.docx"),
            (h486_xlsx, "h486_chi_tieu_hoi_chu_thap_do.xlsx"),
            (h487_docx, "h487_lich_tuan_cdc_gop_ngay.docx"),
            (h490_xlsx, "h490_ct_quy_dien_luc_gop_thoi_gian.xlsx"),
            (h491_docx, "h491_tb_kl_giao_ban_bao_ptth.docx"),
            (h492_docx, "h492_lich_tuan_bchqs_tinh.docx"),
        ],
        [
            (h484_docx, "h484_tb_kl_btv_dang_uy_xa.docx", "doc"),
            (h488_docx, "h488_kh_thpt_on_thi_phu_luc.docx", "odt"),
            (h489_docx, "h489_cv_thue_tinh_giao_nhiem_vu.docx", "pdf"),
        ],
        _out,
    )
