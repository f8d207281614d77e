"""Held-out batch h713–h722, written by h13author68 blind to the importer: ten documents of a
provincial Department of Foreign Affairs, a provincial Party Inspection Commission, a district
medical centre, a commune agricultural cooperative, a provincial sports training and competition
centre, a provincial power company, a provincial Department of Ethnic Minorities and Religion, an
ethnic minority boarding school, a provincial plant protection and cultivation sub-department and a
provincial land registration office. Every name, person, place, number and date in them is
invented."""

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
    "h720_kh_ptdtnt_ban_sac_van_hoa",  # h13fixYF
    "h713_cv_so_ngoai_vu_hop_tac_lao",  # h13fixYA
    "h718_chi_tieu_cong_ty_dien_luc_2027",  # h13fixYE
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h713_docx(h, path: Path) -> None:
    """Department of Foreign Affairs: a dispatch, run-in unit labels, a department shortened in
    parentheses and then named only so, a border guard request, the division as đơn vị đầu mối."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH HÀ LAM\nSỞ NGOẠI VỤ\n───────\nSố: 1187/SNgV-LSHTQT\nV/v triển khai các hoạt động "
        "hợp tác với tỉnh Xiêng Phăn (Lào) năm 2027",
        right2="Hà Lam, ngày 21 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các sở, ban, ngành tỉnh;",
        "- Ủy ban nhân dân các huyện biên giới.",
        "Thực hiện Biên bản ghi nhớ hợp tác giai đoạn 2026 - 2030 giữa tỉnh Hà Lam và tỉnh Xiêng Phăn "
        "(Lào) ký ngày 14/10/2026 và ý kiến chỉ đạo của UBND tỉnh tại Văn bản số 6120/UBND-NC ngày "
        "09/12/2026, Sở Ngoại vụ đề nghị các cơ quan, đơn vị triển khai các nội dung sau:",
        "1. Sở Công Thương: chủ trì xây dựng Chương trình xúc tiến thương mại tại thủ phủ tỉnh Xiêng "
        "Phăn, trình UBND tỉnh trước ngày 15/3/2027.",
        "2. Sở Văn hóa, Thể thao và Du lịch (Sở VHTTDL):",
        "a) Tổ chức Tuần văn hóa, du lịch tỉnh Hà Lam tại tỉnh Xiêng Phăn trong tháng 5/2027;",
        "b) Biên soạn, in ấn tài liệu quảng bá du lịch bằng tiếng Lào, hoàn thành trước 30/4/2027.",
        "3. Công an tỉnh hướng dẫn, giải quyết thủ tục xuất nhập cảnh cho các đoàn công tác, đoàn doanh "
        "nghiệp của hai tỉnh thường xuyên trong năm.",
        "4. Sở VHTTDL chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức giao lưu thể thao học sinh "
        "hai tỉnh nhân dịp kỷ niệm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào (05/9/2027).",
        "5. Ủy ban nhân dân các huyện biên giới rà soát, đánh giá việc kết nghĩa giữa các cặp bản, cụm "
        "dân cư hai bên biên giới; gửi kết quả về Sở Ngoại vụ trước ngày 30/6/2027.",
        "6. Đề nghị Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp bảo đảm an ninh, trật tự tại các cửa "
        "khẩu phục vụ các đoàn công tác của hai tỉnh.",
        "7. Phòng Lãnh sự - Hợp tác quốc tế (Sở Ngoại vụ) là đơn vị đầu mối, theo dõi, đôn đốc và tổng "
        "hợp tình hình thực hiện các nội dung trên.",
        "Các sở, ngành, địa phương gửi báo cáo kết quả thực hiện về Sở Ngoại vụ (qua Phòng Lãnh sự - "
        "Hợp tác quốc tế) trước ngày 05/12/2027 để tổng hợp, báo cáo UBND tỉnh.",
        "Trong quá trình thực hiện, nếu có vướng mắc đề nghị liên hệ bà Vi Thị Ngọc Ánh, chuyên viên "
        "Phòng Lãnh sự - Hợp tác quốc tế, điện thoại 0214.3856.207./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Lưu: VT, LSHTQT.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nLương Văn Khải",
    )
    doc.save(path)


def h714_docx(h, path: Path) -> None:
    """Party Inspection Commission: a yearly programme table under roman section rows, times as
    quarters and months, a row whose lead stands only in the note column, a total line."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "ĐẢNG BỘ TỈNH HÀ LAM\nỦY BAN KIỂM TRA\n*\nSố: 42-CTr/UBKTTU",
        "ĐẢNG CỘNG SẢN VIỆT NAM\n───────",
        right2="Hà Lam, ngày 28 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH", bold=True, center=True)
    para(doc, "kiểm tra, giám sát năm 2027 của Ủy ban Kiểm tra Tỉnh ủy", bold=True, center=True)
    para(
        doc,
        "Căn cứ Chương trình kiểm tra, giám sát năm 2027 của Ban Chấp hành Đảng bộ tỉnh, Ủy ban Kiểm tra "
        "Tỉnh ủy xây dựng Chương trình kiểm tra, giám sát năm 2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung", "Đơn vị chủ trì tham mưu", "Thời gian", "Ghi chú"],
        [
            ("§", "I", "KIỂM TRA TỔ CHỨC ĐẢNG CẤP DƯỚI THỰC HIỆN NHIỆM VỤ KIỂM TRA, GIÁM SÁT"),
            [
                "1",
                "Kiểm tra Ủy ban Kiểm tra Huyện ủy Mường Tè Lam trong thực hiện nhiệm vụ kiểm tra, giám "
                "sát và thi hành kỷ luật trong Đảng",
                "Phòng Kiểm tra, giám sát số 1",
                "Quý II/2027",
                "",
            ],
            [
                "2",
                "Kiểm tra Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh về công tác tiếp nhận, giải "
                "quyết đơn thư",
                "Phòng Kiểm tra, giám sát số 3",
                "Tháng 6 - 7/2027",
                "",
            ],
            ("§", "II", "GIÁM SÁT CHUYÊN ĐỀ"),
            [
                "3",
                "Giám sát Ban Thường vụ Thị ủy Đồng Vân trong lãnh đạo công tác quản lý đất đai, tài "
                "nguyên khoáng sản",
                "",
                "Quý III/2027",
                "Phòng Kiểm tra, giám sát số 2 chủ trì, phối hợp Văn phòng Cơ quan",
            ],
            [
                "4",
                "Giám sát việc kê khai tài sản, thu nhập năm 2026 của đảng viên là cán bộ thuộc diện Ban "
                "Thường vụ Tỉnh ủy quản lý",
                "Phòng Kiểm tra, giám sát số 1",
                "Từ 01/4 đến 30/9/2027",
                "Theo danh sách được phê duyệt",
            ],
            ("§", "III", "GIẢI QUYẾT TỐ CÁO, KHIẾU NẠI, THI HÀNH KỶ LUẬT"),
            [
                "5",
                "Tiếp nhận, phân loại, xử lý đơn thư tố cáo, khiếu nại gửi đến Ủy ban Kiểm tra Tỉnh ủy",
                "Phòng Tiếp công dân và xử lý đơn thư",
                "Thường xuyên",
                "",
            ],
            [
                "6",
                "Kiểm tra tổ chức đảng, đảng viên khi có dấu hiệu vi phạm",
                "Các phòng kiểm tra, giám sát",
                "Khi phát hiện dấu hiệu vi phạm",
                "",
            ],
            ("§", "IV", "CÔNG TÁC KHÁC"),
            [
                "7",
                "Tập huấn nghiệp vụ kiểm tra, giám sát cho cán bộ kiểm tra cấp huyện và cơ sở",
                "Văn phòng Cơ quan Ủy ban Kiểm tra",
                "Tháng 4/2027",
                "Phối hợp Trường Chính trị tỉnh",
            ],
            [
                "8",
                "Sơ kết 6 tháng đầu năm công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
                "Văn phòng Cơ quan Ủy ban Kiểm tra",
                "15/7/2027",
                "",
            ],
            [
                "9",
                "Xây dựng Chương trình kiểm tra, giám sát năm 2028 trình Ban Thường vụ Tỉnh ủy",
                "Văn phòng Cơ quan Ủy ban Kiểm tra",
                "Trước 10/12/2027",
                "",
            ],
            [
                "",
                "Tổng số: 02 cuộc kiểm tra, 02 cuộc giám sát chuyên đề",
                "",
                "",
                "",
            ],
        ],
        widths=[1.0, 11.0, 5.0, 3.5, 5.0],
    )
    para(doc, "")
    para(
        doc,
        "Các phòng nghiệp vụ, Văn phòng Cơ quan Ủy ban Kiểm tra báo cáo kết quả thực hiện Chương trình "
        "về Thường trực Ủy ban Kiểm tra định kỳ hằng quý (trước ngày 20 của tháng cuối quý).",
    )
    para(
        doc,
        "Các đồng chí Ủy viên Ủy ban Kiểm tra theo lĩnh vực, địa bàn được phân công chỉ đạo việc thực hiện "
        "Chương trình.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Thường trực Tỉnh ủy (b/c);\n- Các đồng chí Ủy viên UBKT;\n- Các phòng;\n- Lưu: VP.",
        "T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\n\n\n\nHoàng Minh Tuệ",
    )
    doc.save(path)


def h715_docx(h, path: Path) -> None:
    """District medical centre: a notice of briefing conclusions (converted to .doc), an assessment
    part, run-in unit labels, a deputy director by field, commune health stations, a request to the
    district health division, a general charge to every deputy."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH HÀ LAM\nTRUNG TÂM Y TẾ HUYỆN NA HANG\n───────\nSố: 19/TB-TTYT",
        right2="Na Hang, ngày 11 tháng 01 năm 2027",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Giám đốc Trung tâm tại cuộc họp giao ban tháng 01/2027",
        "Ngày 08/01/2027, Giám đốc Trung tâm Y tế huyện chủ trì họp giao ban đánh giá kết quả công tác "
        "tháng 12/2026 và triển khai nhiệm vụ tháng 01/2027. Dự họp có các Phó Giám đốc, trưởng các "
        "khoa, phòng và Trưởng trạm y tế các xã, thị trấn. Sau khi nghe các báo cáo và ý kiến thảo "
        "luận, Giám đốc Trung tâm kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Trong tháng 12/2026, Trung tâm đã hoàn thành cơ bản các chỉ tiêu chuyên môn năm 2026; công "
        "suất sử dụng giường bệnh đạt 94%; không để xảy ra dịch bệnh lớn trên địa bàn. Tuy nhiên, tỷ lệ "
        "tiêm chủng đầy đủ cho trẻ dưới 1 tuổi ở xã Sơn Phú còn thấp.",
        "**II. NHIỆM VỤ TRỌNG TÂM THÁNG 01/2027",
        "1. Khoa Kiểm soát bệnh tật - HIV/AIDS: tổ chức tiêm vét vắc xin cho trẻ chưa được tiêm đủ mũi "
        "tại xã Sơn Phú, hoàn thành trước ngày 25/01/2027.",
        "2. Phó Giám đốc phụ trách chuyên môn (BSCKI. Ma Văn Tuyến) chỉ đạo các khoa lâm sàng rà soát, "
        "bổ sung phương án thu dung, cấp cứu người bệnh trong dịp Tết Nguyên đán Đinh Mùi 2027.",
        "3. Phòng Kế hoạch - Nghiệp vụ:",
        "a) Hoàn thiện báo cáo tổng kết công tác y tế năm 2026 gửi Sở Y tế trước ngày 15/01/2027;",
        "b) Xây dựng lịch trực Tết của Trung tâm và các trạm y tế, trình Giám đốc duyệt chậm nhất ngày "
        "20/01/2027.",
        "4. Phòng Tài chính - Kế toán khẩn trương thanh, quyết toán kinh phí các chương trình mục tiêu "
        "năm 2026 theo quy định.",
        "5. Khoa Dược - Vật tư y tế bảo đảm đủ thuốc, hóa chất, vật tư phục vụ khám, chữa bệnh; thực "
        "hiện thường xuyên.",
        "6. Trạm Y tế các xã, thị trấn tăng cường kiểm tra vệ sinh an toàn thực phẩm tại các bếp ăn tập "
        "thể, cơ sở kinh doanh thực phẩm phục vụ Tết.",
        "7. Đề nghị Phòng Y tế huyện phối hợp tham mưu UBND huyện thành lập đoàn liên ngành kiểm tra an "
        "toàn thực phẩm Tết trước ngày 18/01/2027.",
        "8. Các Phó Giám đốc theo lĩnh vực được phân công chỉ đạo các khoa, phòng triển khai các nội dung "
        "trên.",
        "Văn phòng thông báo để các khoa, phòng, trạm y tế biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng, TYT;\n- Lưu: VT, KHNV.",
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nNông Thị Huyền",
    )
    doc.save(path)


def h717_xlsx(h, path: Path) -> None:
    """Sports training and competition centre: a leaders' weekly calendar, the day merged down, an
    office line, a duty line, a tiếp công dân line, an entry marked (dự kiến), an empty Sunday."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Lich tuan 04"
    title_rows(
        ws,
        [
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH HÀ LAM",
            "TRUNG TÂM HUẤN LUYỆN VÀ THI ĐẤU THỂ DỤC THỂ THAO",
            "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO TRUNG TÂM",
            "(Tuần 04, từ ngày 18/01/2027 đến ngày 24/01/2027)",
        ],
        6,
        (1, 2, 3),
    )
    ws.append([])
    ws.append(["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"])
    bold_header(ws, 6)
    rows = [
        (
            "Thứ Hai\n18/01",
            "7h30",
            "Giao ban lãnh đạo Trung tâm đầu tuần",
            "Giám đốc Trịnh Quốc Bảo",
            "Phòng Hành chính - Tổng hợp",
            "Phòng họp số 1",
        ),
        (
            "",
            "14h00",
            "Duyệt danh sách vận động viên đội tuyển điền kinh tham dự Giải Vô địch quốc gia 2027",
            "PGĐ Lê Thanh Sơn",
            "Phòng Huấn luyện - Thi đấu",
            "Phòng họp số 2",
        ),
        (
            "Thứ Ba\n19/01",
            "8h00",
            "Kiểm tra công tác chuẩn bị nhà thi đấu phục vụ Giải Vật dân tộc tỉnh",
            "PGĐ Lê Thanh Sơn",
            "Phòng Quản lý cơ sở vật chất",
            "Nhà thi đấu tỉnh",
        ),
        ("", "Cả ngày", "Giám đốc làm việc tại cơ quan", "", "", ""),
        (
            "Thứ Tư\n20/01",
            "8h00",
            "Tiếp công dân định kỳ",
            "Giám đốc Trịnh Quốc Bảo",
            "Phòng Hành chính - Tổng hợp",
            "Phòng tiếp công dân",
        ),
        (
            "",
            "14h00",
            "Làm việc với Công ty CP Dinh dưỡng thể thao Hà Lam về chế độ ăn của vận động viên",
            "PGĐ Đào Thị Mai",
            "Phòng Y học - Dinh dưỡng thể thao",
            "Phòng họp số 1",
        ),
        (
            "Thứ Năm\n21/01",
            "7h30",
            "Kiểm tra đánh giá thể lực định kỳ vận động viên năng khiếu các môn võ",
            "PGĐ Đào Thị Mai",
            "Phòng Y học - Dinh dưỡng thể thao; Phòng Huấn luyện - Thi đấu",
            "Sân tập đa năng",
        ),
        (
            "",
            "15h00",
            "Họp Hội đồng thi đua khen thưởng xét khen thưởng năm 2026",
            "Giám đốc Trịnh Quốc Bảo",
            "Phòng Hành chính - Tổng hợp",
            "Phòng họp số 1",
        ),
        (
            "Thứ Sáu\n22/01",
            "8h00",
            "Dự Hội nghị tổng kết ngành Văn hóa, Thể thao và Du lịch năm 2026",
            "Giám đốc Trịnh Quốc Bảo",
            "Phòng Hành chính - Tổng hợp (chuẩn bị báo cáo tham luận)",
            "Hội trường Sở VHTTDL",
        ),
        (
            "",
            "14h00",
            "Thông qua phương án tổ chức Giải Việt dã truyền thống mừng Xuân 2027 (dự kiến)",
            "PGĐ Lê Thanh Sơn",
            "Phòng Huấn luyện - Thi đấu",
            "Phòng họp số 2",
        ),
        ("Thứ Bảy\n23/01", "Cả ngày", "Trực lãnh đạo: PGĐ Đào Thị Mai", "", "", ""),
        (
            "",
            "7h00",
            "Kiểm tra lớp tập huấn trọng tài môn Đẩy gậy",
            "PGĐ Lê Thanh Sơn",
            "Phòng Huấn luyện - Thi đấu",
            "Nhà tập luyện số 3",
        ),
        ("Chủ nhật\n24/01", "", "(Chưa có lịch)", "", "", ""),
    ]
    for row in rows:
        ws.append(list(row))
    wrap(ws, 7, "top")
    # the day merged down over its rows
    r = 7
    for span in (2, 2, 2, 2, 2, 2, 1):
        if span > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r + span - 1, end_column=1)
        r += span
    last = ws.max_row
    ws.cell(last + 2, 1).value = (
        "Ghi chú: Lịch có thể thay đổi. Các phòng đăng ký nội dung lịch tuần sau về Phòng Hành chính - "
        "Tổng hợp trước 15h00 thứ Năm hằng tuần."
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=6)
    ws.cell(last + 2, 1).font = Font(italic=True)
    ws.cell(last + 4, 5).value = "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG HÀNH CHÍNH - TỔNG HỢP"
    ws.cell(last + 7, 5).value = "Vũ Hồng Nhung"
    column_widths(ws, [11, 9, 48, 22, 30, 20])
    wb.save(path)


def h718_xlsx(h, path: Path) -> None:
    """Power company: an indicator sheet, a two-row merged header, group rows, the lead column naming
    divisions by abbreviation once spelled out, the deadline in a note column, a Ghi chú request."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Giao chỉ tiêu 2027"
    title_rows(
        ws,
        [
            "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC - CÔNG TY ĐIỆN LỰC HÀ LAM",
            "BẢNG GIAO CHỈ TIÊU SẢN XUẤT KINH DOANH NĂM 2027",
            "(Kèm theo Quyết định số 2215/QĐ-PCHL ngày 30/12/2026 của Giám đốc Công ty)",
        ],
        8,
        (1, 2),
    )
    ws.append([])
    ws.append(["TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "", "Đơn vị chủ trì", "Thời hạn", "Ghi chú"])
    ws.append(["", "", "", "TH 2026", "KH 2027", "", "", ""])
    for col in (1, 2, 3, 6, 7, 8):
        ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
    ws.merge_cells(start_row=5, start_column=4, end_row=5, end_column=5)
    bold_header(ws, 5)
    bold_header(ws, 6)
    rows = [
        ("A", "CHỈ TIÊU KINH DOANH"),
        ("1", "Điện thương phẩm", "triệu kWh", 2_184, 2_350, "Phòng Kinh doanh (P.KD)", "31/12/2027", ""),
        (
            "2",
            "Tỷ lệ tổn thất điện năng toàn Công ty",
            "%",
            4.21,
            3.95,
            "Phòng Kỹ thuật (P.KT)",
            "31/12/2027",
            "",
        ),
        ("3", "Giá bán điện bình quân", "đ/kWh", 2_011, 2_065, "P.KD", "", "Theo lộ trình điều chỉnh giá"),
        (
            "4",
            "Tỷ lệ thu tiền điện qua ngân hàng, tổ chức trung gian thanh toán",
            "%",
            96.5,
            98,
            "P.KD",
            "Quý III/2027",
            "",
        ),
        ("B", "CHỈ TIÊU ĐỘ TIN CẬY CUNG CẤP ĐIỆN"),
        (
            "5",
            "Thời gian mất điện trung bình của khách hàng (SAIDI)",
            "phút",
            312,
            285,
            "Phòng Điều độ",
            "",
            "Chỉ tiêu Tổng công ty giao",
        ),
        (
            "6",
            "Số lần mất điện thoáng qua trung bình (MAIFI)",
            "lần",
            1.9,
            1.6,
            "Phòng Điều độ",
            "31/12/2027",
            "",
        ),
        ("C", "ĐẦU TƯ XÂY DỰNG, SỬA CHỮA LỚN"),
        (
            "7",
            "Hoàn thành đóng điện TBA 110kV Đồng Vân 2 và nhánh rẽ",
            "công trình",
            None,
            1,
            "Ban Quản lý dự án lưới điện",
            "30/9/2027",
            "",
        ),
        (
            "8",
            "Giải ngân vốn sửa chữa lớn",
            "%",
            100,
            100,
            "Phòng Kế hoạch - Vật tư (P.KHVT)",
            "15/12/2027",
            "",
        ),
        ("D", "CHUYỂN ĐỔI SỐ, DỊCH VỤ KHÁCH HÀNG"),
        (
            "9",
            "Tỷ lệ khách hàng sử dụng hóa đơn điện tử, thanh toán không dùng tiền mặt",
            "%",
            92,
            97,
            "P.KD",
            "",
            "Điện lực các huyện phối hợp",
        ),
        (
            "10",
            "Tỷ lệ công tơ đo xa được thu thập dữ liệu tự động thành công",
            "%",
            98.4,
            99.5,
            "Trung tâm Điều khiển xa",
            "30/6/2027",
            "",
        ),
        (
            "11",
            "Điểm hài lòng khách hàng (khảo sát độc lập)",
            "điểm",
            8.1,
            8.4,
            "Phòng Kinh doanh",
            "Tháng 11/2027",
            "Khảo sát 01 lần/năm",
        ),
    ]
    for row in rows:
        ws.append(list(row))
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
    wrap(ws, 7)
    last = ws.max_row
    ws.cell(last + 2, 1).value = (
        "Ghi chú: Các Điện lực huyện, thành phố báo cáo kết quả thực hiện chỉ tiêu về Công ty (qua "
        "Phòng Kế hoạch - Vật tư) trước ngày 05 hằng tháng."
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=8)
    ws.cell(last + 4, 6).value = "GIÁM ĐỐC"
    ws.cell(last + 7, 6).value = "Đỗ Quang Vinh"
    column_widths(ws, [5, 46, 11, 10, 10, 26, 14, 26])
    wb.save(path)


def h719_docx(h, path: Path) -> None:
    """Department of Ethnic Minorities and Religion: a prose plan (converted to .pdf), purposes
    that are no items, numbered activities with their unit in a closing clause, the standing body,
    the office's funding duty, a request to the Fatherland Front, a closing report request."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH HÀ LAM\nSỞ DÂN TỘC VÀ TÔN GIÁO\n───────\nSố: 311/KH-SDTTG",
        right2="Hà Lam, ngày 05 tháng 01 năm 2027",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số năm 2027",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Kịp thời động viên, phát huy vai trò của người có uy tín trong tuyên truyền, vận động đồng bào "
        "chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
        "2. Việc triển khai bảo đảm đúng đối tượng, công khai, minh bạch, tiết kiệm.",
        "**II. NỘI DUNG",
        "1. Rà soát, tổng hợp danh sách người có uy tín năm 2027 trên cơ sở đề nghị của UBND cấp huyện, "
        "trình UBND tỉnh phê duyệt trước ngày 28/02/2027. Giao Phòng Chính sách dân tộc thực hiện.",
        "2. Cấp phát báo, tạp chí và thăm hỏi, tặng quà người có uy tín nhân dịp Tết Nguyên đán, Tết cổ "
        "truyền của đồng bào dân tộc thiểu số theo quy định (Phòng Chính sách dân tộc chủ trì).",
        "3. Tổ chức Hội nghị biểu dương người có uy tín tiêu biểu toàn tỉnh năm 2027, dự kiến trong "
        "tháng 10/2027; Văn phòng Sở chủ trì, phối hợp Phòng Chính sách dân tộc.",
        "4. Tổ chức 02 lớp bồi dưỡng kiến thức pháp luật về tín ngưỡng, tôn giáo cho người có uy tín "
        "vùng có đông đồng bào theo đạo; lớp thứ nhất ngày 15/4/2027, lớp thứ hai ngày 12/8/2027 "
        "(Phòng Quản lý tôn giáo thực hiện).",
        "5. Kiểm tra việc thực hiện chính sách đối với người có uy tín tại 03 huyện Na Hang, Mường Tè Lam, "
        "Bảo Hà trong quý III/2027. Thanh tra Sở chủ trì.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Chính sách dân tộc là cơ quan thường trực, tham mưu Giám đốc Sở theo dõi, đôn đốc, "
        "tổng hợp việc thực hiện Kế hoạch.",
        "2. Văn phòng Sở bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh giao năm 2027.",
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp lựa chọn, giới thiệu người có uy tín "
        "tiêu biểu dự Hội nghị biểu dương.",
        "4. Đề nghị UBND các huyện, thành phố rà soát, đề xuất danh sách người có uy tín năm 2027 gửi Sở "
        "Dân tộc và Tôn giáo trước ngày 31/01/2027.",
        "Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện Kế hoạch về Phòng Chính sách dân tộc "
        "trước ngày 20/11/2027 để tổng hợp, báo cáo UBND tỉnh.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Ủy ban MTTQ Việt Nam tỉnh;\n- UBND các huyện, thành phố;"
        "\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, CSDT.",
        "GIÁM ĐỐC\n\n\n\nSầm Văn Thiện",
    )
    doc.save(path)


def h720_docx(h, path: Path) -> None:
    """Ethnic boarding school: an activity plan table whose in-charge column names only posts, a
    weekly row, school-year dates, and the reporting request under the table."""
    doc = document(12)
    head_block(
        doc,
        "SỞ GD&ĐT HÀ LAM\nTRƯỜNG PTDTNT THPT TỈNH\n───────\nSố: 87/KH-PTDTNT",
        right2="Hà Lam, ngày 14 tháng 9 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Tổ chức hoạt động giáo dục bản sắc văn hóa dân tộc cho học sinh năm học 2026 - 2027",
        bold=True,
        center=True,
    )
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(
        doc,
        "Giúp học sinh hiểu, yêu quý và giữ gìn tiếng nói, chữ viết, trang phục, lễ hội truyền thống của "
        "dân tộc mình; rèn kỹ năng sống trong môi trường nội trú.",
    )
    para(doc, "II. NỘI DUNG VÀ PHÂN CÔNG", bold=True)
    grid(
        doc,
        ["TT", "Nội dung hoạt động", "Thời gian", "Người phụ trách"],
        [
            [
                "1",
                "Thành lập các câu lạc bộ Hát then - đàn tính, Khèn Mông, Thêu thổ cẩm",
                "Tháng 9/2026",
                "Phó Hiệu trưởng Lò Thị Hoa",
            ],
            [
                "2",
                "Sinh hoạt câu lạc bộ văn hóa dân tộc",
                "Chiều thứ Sáu hằng tuần",
                "Bí thư Đoàn trường",
            ],
            [
                "3",
                "Hội thi trang phục truyền thống các dân tộc chào mừng Ngày Nhà giáo Việt Nam",
                "18/11/2026",
                "Bí thư Đoàn trường",
            ],
            [
                "4",
                "Tổ chức Tết cổ truyền cho học sinh ở lại trường",
                "Từ 03/02 đến 09/02/2027",
                "Phó Hiệu trưởng Lò Thị Hoa; Quản lý khu nội trú",
            ],
            [
                "5",
                "Dạy tiếng dân tộc (tiếng Tày, tiếng Mông) tự chọn cho học sinh khối 10",
                "Từ học kỳ II",
                "Tổ trưởng tổ Ngữ văn - Ngoại ngữ",
            ],
            [
                "6",
                "Ngày hội văn hóa, thể thao các dân tộc trong trường (kéo co, đẩy gậy, ném còn)",
                "26/3/2027",
                "Giáo viên Giáo dục thể chất Hoàng Văn Dũng",
            ],
            [
                "7",
                "Sưu tầm tư liệu, hiện vật xây dựng góc trưng bày văn hóa dân tộc tại thư viện",
                "Tháng 4/2027",
                "Nhân viên thư viện",
            ],
            [
                "8",
                "Tổng kết hoạt động, khen thưởng học sinh tiêu biểu",
                "Tháng 5/2027",
                "Phó Hiệu trưởng Lò Thị Hoa",
            ],
        ],
        widths=[1.0, 9.0, 3.5, 4.5],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Giáo viên chủ nhiệm các lớp chủ động phối hợp thực hiện Kế hoạch.",
    )
    para(
        doc,
        "Các bộ phận, cá nhân được phân công báo cáo kết quả về Phó Hiệu trưởng Lò Thị Hoa trước ngày 25 "
        "hằng tháng để tổng hợp báo cáo Hiệu trưởng.",
    )
    para(
        doc, "Đề nghị Ban đại diện cha mẹ học sinh nhà trường hỗ trợ trang phục, nhạc cụ cho các câu lạc bộ."
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở GD&ĐT (b/c);\n- Các tổ chuyên môn;\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nTriệu Văn Lâm",
    )
    doc.save(path)


def h721_docx(h, path: Path) -> None:
    """Plant protection and cultivation sub-department: a dispatch on pests, addressee groups as
    headings, dash points run-in to divisions, one division shortened then named so, a broadcaster
    request, a weekly report request."""
    doc = document()
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT\n───────\nSố: 36/TTBVTV-BVTV\n"
        "V/v chủ động phòng trừ rầy nâu, bệnh đạo ôn hại lúa vụ Xuân 2027",
        right2="Hà Lam, ngày 26 tháng 02 năm 2027",
    )
    lines = [
        "^^Kính gửi:",
        "- Phòng Nông nghiệp và Môi trường các huyện, thành phố;",
        "- Các phòng, trạm thuộc Chi cục.",
        "Theo kết quả điều tra ngày 22 - 24/02/2027, bệnh đạo ôn lá đã xuất hiện rải rác trên các trà "
        "lúa sớm tại huyện Bảo Hà và Đồng Vân với diện tích nhiễm 215 ha; rầy nâu lứa 1 mật độ phổ biến "
        "300 - 500 con/m². Để chủ động phòng trừ, Chi cục đề nghị:",
        "**1. Phòng Nông nghiệp và Môi trường các huyện, thành phố",
        "- Tham mưu UBND cấp huyện chỉ đạo các xã tổ chức ra quân phòng trừ bệnh đạo ôn trước ngày "
        "10/3/2027.",
        "- Chỉ đạo kiểm tra, thống kê diện tích nhiễm sinh vật gây hại; thực hiện thường xuyên trong vụ.",
        "**2. Các phòng, trạm thuộc Chi cục",
        "- Phòng Bảo vệ thực vật (Phòng BVTV): điều tra, dự báo sinh vật gây hại định kỳ 7 ngày/lần; ban "
        "hành thông báo tình hình sinh vật gây hại hằng tuần.",
        "- Phòng BVTV chủ trì, phối hợp Trạm Trồng trọt và BVTV các huyện tổ chức 05 lớp tập huấn nhận "
        "biết, phòng trừ bệnh đạo ôn cho nông dân, xong trước 15/3/2027.",
        "- Phòng Trồng trọt: hướng dẫn cơ cấu giống, bón phân cân đối; tổng hợp tiến độ gieo cấy vụ Xuân.",
        "- Phòng Thanh tra - Pháp chế: kiểm tra các cửa hàng kinh doanh thuốc bảo vệ thực vật trên địa "
        "bàn, hoàn thành trong tháng 3/2027.",
        "**3. Đề nghị Đài Phát thanh và Truyền hình tỉnh đưa tin về tình hình sinh vật gây hại và hướng "
        "dẫn phòng trừ trên sóng phát thanh, truyền hình của tỉnh.",
        "Các đơn vị báo cáo tình hình sinh vật gây hại, kết quả phòng trừ về Chi cục (qua Phòng BVTV) "
        "vào thứ Năm hằng tuần, qua thư điện tử bvtv.halam@gmail.com.",
        "Nhận được Văn bản này, đề nghị các đơn vị quan tâm phối hợp thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Sở NN&MT (b/c);\n- Lãnh đạo Chi cục;\n- Lưu: VT, BVTV.",
        "CHI CỤC TRƯỞNG\n\n\n\nPhạm Đình Trọng",
    )
    doc.save(path)


def h722_docx(h, path: Path) -> None:
    """Land registration office: a quarter programme table, the doer merged down over several rows,
    a task continued with its own deadline, dates with and without a year, a note line."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ LAM\nVĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI\n───────\nSố: 05/CTr-VPĐKĐĐ",
        right2="Hà Lam, ngày 04 tháng 01 năm 2027",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    t = grid(
        doc,
        ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành", "Sản phẩm"],
        [
            [
                "1",
                "Tiếp nhận, giải quyết hồ sơ đăng ký biến động đất đai đúng hạn",
                "",
                "Thường xuyên",
                "Hồ sơ được giải quyết",
            ],
            [
                "2",
                "Rà soát hồ sơ cấp Giấy chứng nhận lần đầu tồn đọng từ năm 2026",
                "",
                "Trước 28/02",
                "Danh sách hồ sơ tồn đọng",
            ],
            [
                "3",
                "Ký, trao Giấy chứng nhận cho các hộ gia đình trước Tết Nguyên đán",
                "",
                "Trước 05/02/2027",
                "Giấy chứng nhận",
            ],
            [
                "4",
                "Chỉnh lý, cập nhật biến động vào cơ sở dữ liệu địa chính",
                "Phòng Kỹ thuật - Địa chính",
                "Hằng tuần",
                "Cơ sở dữ liệu cập nhật",
            ],
            [
                "5",
                "Đo đạc, chỉnh lý bản đồ địa chính xã Tân Lập (huyện Đồng Vân)",
                "Phòng Kỹ thuật - Địa chính",
                "31/3/2027",
                "Bản đồ địa chính",
            ],
            [
                "",
                "- Nghiệm thu, bàn giao sản phẩm đo đạc cho UBND xã Tân Lập",
                "Phòng Kỹ thuật - Địa chính",
                "Tháng 3",
                "Biên bản nghiệm thu",
            ],
            [
                "6",
                "Số hóa hồ sơ địa chính lưu trữ giai đoạn 1995 - 2010",
                "Phòng Thông tin - Lưu trữ",
                "15/3/2027",
                "Dữ liệu số hóa",
            ],
            [
                "7",
                "Cung cấp thông tin đất đai cho cơ quan thuế, tòa án theo yêu cầu",
                "Phòng Thông tin - Lưu trữ",
                "Khi có yêu cầu",
                "Văn bản cung cấp thông tin",
            ],
            [
                "8",
                "Tổng kết công tác năm 2026, ký giao ước thi đua năm 2027",
                "Phòng Hành chính - Tổng hợp",
                "20/01/2027",
                "Báo cáo tổng kết",
            ],
            [
                "9",
                "Hướng dẫn nghiệp vụ đăng ký thế chấp quyền sử dụng đất cho các Chi nhánh",
                "Phòng Đăng ký và Cấp giấy chứng nhận",
                "Tháng 02/2027",
                "Văn bản hướng dẫn",
            ],
        ],
        widths=[1.2, 10.0, 5.5, 3.5, 4.5],
        section_merge=False,
    )
    # rows 1–3 done by the registration division and the branches: their doer merged down
    merged = t.cell(1, 2).merge(t.cell(3, 2))
    cell_text(merged, "Phòng Đăng ký và Cấp giấy chứng nhận; Chi nhánh VPĐKĐĐ các huyện")
    para(doc, "")
    para(doc, "Ghi chú: Thời gian không ghi năm được hiểu là năm 2027.", italic=True)
    para(
        doc,
        "Các phòng, Chi nhánh báo cáo kết quả thực hiện Chương trình quý I về Phòng Hành chính - Tổng "
        "hợp trước ngày 25/3/2027 để tổng hợp báo cáo Sở Nông nghiệp và Môi trường.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở NN&MT (b/c);\n- Ban Giám đốc;\n- Các phòng, Chi nhánh;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nĐinh Công Hiếu",
    )
    doc.save(path)


def batch_h713() -> None:
    """Writes h713–h722 (the .doc and .pdf through LibreOffice; h716's .txt is written by hand)."""
    write_batch(
        [
            (h713_docx, "h713_cv_so_ngoai_vu_hop_tac_lao.docx"),
            (h714_docx, "h714_ctr_ubkt_tinh_uy_2027.docx"),
            (h717_xlsx, "h717_lich_tuan_tt_huan_luyen_tdtt.xlsx"),
            (h718_xlsx, "h718_chi_tieu_cong_ty_dien_luc_2027.xlsx"),
            (h720_docx, "h720_kh_ptdtnt_ban_sac_van_hoa.docx"),
            (h721_docx, "h721_cv_chi_cuc_ttbvtv_dao_on.docx"),
            (h722_docx, "h722_ctr_quy_vp_dang_ky_dat_dai.docx"),
        ],
        [
            (h715_docx, "h715_tbkl_ttyt_huyen_giao_ban.docx", "doc"),
            (h719_docx, "h719_kh_so_dttg_nguoi_co_uy_tin.docx", "pdf"),
        ],
        _out,
    )
