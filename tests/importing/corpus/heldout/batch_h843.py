"""Held-out batch h843–h852, written by h13author81 blind to the importer: ten documents of a
provincial inspectorate's complaints division, a district agriculture and environment office, a
provincial Trade Union Federation's women workers' committee, a provincial tourism promotion centre,
a kindergarten, a provincial fisheries sub-department, a provincial Department of Information's press
division, a provincial social protection centre, a provincial agricultural extension centre and a
district court. Every name, person, place, number and date in them is invented."""

# ruff: noqa: E501
import datetime
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
    "h843_cv_thanh_tra_tinh_khieu_nai_ton_dong",  # h13fixZK
    "h845_kh_ban_nu_cong_ldld_tinh",  # h13fixZK
    "h851_kh_khuyen_nong_mo_hinh_lua_huu_co",  # h13fixZQ
    "h852_tbkl_toa_an_huyen_giao_ban",  # h13fixZL
    "h850_ctr_thang_tt_bao_tro_xa_hoi",  # h13fixZJ
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h843_docx(h, path: Path) -> None:
    """Inspectorate: a dispatch on lingering complaints, `Đối với …` labels with the task on the next line."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH TÂY THẠNH\nTHANH TRA TỈNH\n───────\nSố: 1937/TTr-GQKNTC\nV/v rà soát, giải quyết dứt "
        "điểm các vụ việc khiếu nại, tố cáo tồn đọng, kéo dài",
        right2="Tây Thạnh, ngày 08 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các sở, ban, ngành tỉnh;",
        "- Ủy ban nhân dân các huyện, thị xã, thành phố.",
        "Thực hiện Kế hoạch số 402/KH-UBND ngày 14/11/2026 của Ủy ban nhân dân tỉnh về kiểm tra, rà soát, "
        "giải quyết các vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài; qua theo dõi, hiện còn 27 "
        "vụ việc chưa được giải quyết dứt điểm. Để chuẩn bị tốt tình hình an ninh trật tự phục vụ Tết "
        "Nguyên đán Đinh Mùi năm 2027, Thanh tra tỉnh đề nghị:",
        "**1. Đối với các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố",
        "a) Rà soát toàn bộ các vụ việc khiếu nại, tố cáo thuộc thẩm quyền đã thụ lý nhưng chưa giải quyết, "
        "lập danh sách theo Mẫu số 01 kèm theo, gửi Thanh tra tỉnh (qua Phòng Giải quyết khiếu nại, tố cáo) "
        "chậm nhất ngày 25/12/2026.",
        "b) Tổ chức thực hiện nghiêm các quyết định giải quyết khiếu nại, kết luận nội dung tố cáo đã có hiệu "
        "lực pháp luật; hoàn thành trước ngày 31/3/2027.",
        "c) Thủ trưởng cơ quan, đơn vị tiếp công dân định kỳ theo quy định của Luật Tiếp công dân, đối thoại "
        "trực tiếp với người khiếu nại trước khi ban hành quyết định giải quyết.",
        "**2. Đối với Ủy ban nhân dân thành phố Thạnh An:",
        "Giải quyết dứt điểm vụ việc khiếu nại của bà Lê Thị Mận (phường Đông Hải) về bồi thường, hỗ trợ khi "
        "Nhà nước thu hồi đất thực hiện Dự án Khu dân cư Bắc Cầu Rạch; báo cáo kết quả về Thanh tra tỉnh "
        "trước ngày 15/01/2027.",
        "**3. Đối với Sở Nông nghiệp và Môi trường:",
        "Chủ trì, phối hợp với Ủy ban nhân dân huyện Phú Lộc kiểm tra, xác minh nội dung đơn tố cáo của các hộ "
        "dân xã Tân Lập về việc khai thác cát trái phép trên sông Cái; thời hạn 45 ngày kể từ ngày nhận được "
        "văn bản này.",
        "**4. Các phòng thuộc Thanh tra tỉnh",
        "a) Phòng Giải quyết khiếu nại, tố cáo là đơn vị đầu mối, theo dõi, đôn đốc các cơ quan, đơn vị thực "
        "hiện văn bản này; tổng hợp, tham mưu Chánh Thanh tra tỉnh báo cáo Ủy ban nhân dân tỉnh trước ngày "
        "20/4/2027.",
        "b) Phòng Tiếp công dân và Xử lý đơn thường xuyên cập nhật kết quả giải quyết từng vụ việc vào Cơ sở "
        "dữ liệu quốc gia về công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo.",
        "**5. Đề nghị Ban Tiếp công dân tỉnh",
        "Phối hợp hướng dẫn, giải thích cho công dân đến khiếu nại đông người tại Trụ sở Tiếp công dân tỉnh "
        "trong dịp trước, trong và sau Tết; thông tin kịp thời cho Thanh tra tỉnh các vụ việc phát sinh.",
        "Việc rà soát phải bảo đảm khách quan, đúng thực chất, không để sót vụ việc. Định kỳ hằng tháng "
        "(trước ngày 18), các cơ quan, đơn vị báo cáo tiến độ giải quyết các vụ việc tồn đọng về Thanh tra "
        "tỉnh (qua Phòng Giải quyết khiếu nại, tố cáo) để tổng hợp.",
        "Thanh tra tỉnh đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Chánh Thanh tra, các PCTT;\n- Lưu: VT, GQKNTC.",
        "KT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA\n\n\n\nTrịnh Quang Vĩnh",
    )
    doc.save(path)


def h844_xlsx(h, path: Path) -> None:
    """District agriculture and environment office: a yearly programme sheet, one time a real date cell."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "CT nam 2027"
    title_rows(
        ws,
        [
            "UBND HUYỆN PHÚ LỘC - PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027",
            "(Kèm theo Quyết định số 58/QĐ-NNMT ngày 21/12/2026 của Trưởng phòng Nông nghiệp và Môi trường)",
        ],
        6,
        (1, 2),
    )
    ws.append([])
    ws.append(
        [
            "STT",
            "Nội dung công việc",
            "Bộ phận chủ trì",
            "Bộ phận/đơn vị phối hợp",
            "Thời gian hoàn thành",
            "Ghi chú",
        ]
    )
    bold_header(ws, 5)
    rows = [
        ["I", "LĨNH VỰC NÔNG NGHIỆP"],
        [
            1,
            "Xây dựng kế hoạch sản xuất vụ Hè Thu năm 2027, trình UBND huyện ban hành",
            "Bộ phận Trồng trọt, Bảo vệ thực vật",
            "Trung tâm Dịch vụ nông nghiệp huyện",
            "Tháng 4/2027",
            "",
        ],
        [
            2,
            "Tổ chức tiêm phòng vắc xin lở mồm long móng, tụ huyết trùng trâu bò đợt 1 và đợt 2",
            "Bộ phận Chăn nuôi, Thú y",
            "UBND các xã, thị trấn",
            "Tháng 4 và tháng 10/2027",
            "Hai đợt",
        ],
        [
            3,
            "Kiểm tra, đánh giá hiện trạng các công trình thủy lợi, hồ chứa trước mùa mưa bão",
            "Bộ phận Thủy lợi - Phòng chống thiên tai",
            "Ban Quản lý dự án huyện",
            "Trước 15/6",
            "",
        ],
        [
            4,
            "Theo dõi, dự báo tình hình sâu bệnh hại trên cây trồng, hướng dẫn biện pháp phòng trừ",
            "Bộ phận Trồng trọt, Bảo vệ thực vật",
            "",
            "Thường xuyên",
            "",
        ],
        [
            5,
            "Thẩm định hồ sơ đề nghị công nhận xã Phú Hòa đạt chuẩn nông thôn mới nâng cao",
            "Bộ phận Tổng hợp",
            "Văn phòng Điều phối nông thôn mới huyện",
            "Quý III",
            "",
        ],
        ["II", "LĨNH VỰC TÀI NGUYÊN VÀ MÔI TRƯỜNG"],
        [
            6,
            "Thống kê đất đai năm 2026 trên địa bàn huyện",
            "Bộ phận Đất đai",
            "UBND các xã, thị trấn",
            datetime.datetime(2027, 1, 31),
            "",
        ],
        [
            7,
            "Lập kế hoạch sử dụng đất năm 2028 cấp huyện",
            "Bộ phận Đất đai",
            "Các cơ quan chuyên môn huyện",
            "Tháng 9/2027",
            "",
        ],
        [
            8,
            "Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại các cơ sở chăn nuôi tập trung",
            "Bộ phận Môi trường",
            "Công an huyện",
            "Quý II, Quý IV",
            "Theo danh sách kèm theo",
        ],
        [
            9,
            "Tổ chức các hoạt động hưởng ứng Ngày Môi trường thế giới (05/6) và Chiến dịch làm cho thế giới sạch hơn",
            "Bộ phận Môi trường",
            "Huyện Đoàn",
            "Tháng 6",
            "",
        ],
        ["III", "CÔNG TÁC TỔNG HỢP"],
        [
            10,
            "Báo cáo kết quả thực hiện nhiệm vụ tháng gửi UBND huyện",
            "Bộ phận Tổng hợp",
            "Các bộ phận",
            "Hằng tháng (trước ngày 20)",
            "",
        ],
        [
            11,
            "Tổng kết công tác năm 2027, xây dựng chương trình công tác năm 2028",
            "Bộ phận Tổng hợp",
            "Các bộ phận",
            "Tháng 12",
            "",
        ],
        ["", "Tổng số: 11 nhiệm vụ"],
    ]
    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=6)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
        if isinstance(ws.cell(at, 5).value, datetime.datetime):
            ws.cell(at, 5).number_format = "dd/mm/yyyy"
    wrap(ws, 6)
    ws.append([])
    ws.append(
        [
            "",
            "Các bộ phận báo cáo kết quả thực hiện chương trình về Trưởng phòng trước ngày 25 hằng tháng để tổng hợp.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "TRƯỞNG PHÒNG"])
    ws.append([])
    ws.append(["", "", "", "", "Hà Văn Nghĩa"])
    column_widths(ws, [6, 52, 24, 24, 18, 16])
    wb.save(path)


def h845_docx(h, path: Path) -> None:
    """Women workers' committee: a plan whose tasks carry labelled fields in varying order, one in prose."""
    doc = document()
    head_block(
        doc,
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY THẠNH\nBAN NỮ CÔNG\n───────\nSố: 17/KH-NC",
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\n───────",
        right2="Tây Thạnh, ngày 15 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Hoạt động nữ công năm 2027",
        "Căn cứ Chương trình công tác năm 2027 của Ban Thường vụ Liên đoàn Lao động tỉnh; căn cứ hướng dẫn "
        "của Ban Nữ công Tổng Liên đoàn Lao động Việt Nam, Ban Nữ công Liên đoàn Lao động tỉnh xây dựng Kế "
        "hoạch hoạt động nữ công năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao chất lượng hoạt động của Ban nữ công công đoàn các cấp; chăm lo quyền, lợi ích hợp pháp, "
        "chính đáng của nữ đoàn viên, lao động nữ, nhất là nữ công nhân tại các khu công nghiệp.",
        "**II. NỘI DUNG HOẠT ĐỘNG",
        "**1. Tuyên truyền kỷ niệm Ngày Quốc tế Phụ nữ 8/3 và Ngày Phụ nữ Việt Nam 20/10",
        "- Đơn vị chủ trì: Ban Nữ công Liên đoàn Lao động tỉnh; phối hợp: Ban Tuyên giáo.",
        "- Thời gian: tháng 3 và tháng 10/2027.",
        '**2. Hội thi "Nữ công nhân khéo tay" cấp tỉnh năm 2027',
        "- Thời gian: Quý III/2027.",
        "- Đơn vị chủ trì: Công đoàn các Khu công nghiệp tỉnh.",
        "- Hình thức: thi tập trung tại Nhà văn hóa Lao động tỉnh.",
        "**3. Khám sàng lọc ung thư vú, ung thư cổ tử cung cho nữ đoàn viên",
        "Ban Nữ công phối hợp với Bệnh viện Phụ sản tỉnh tổ chức khám sàng lọc miễn phí cho 600 nữ đoàn "
        "viên có hoàn cảnh khó khăn tại 03 khu công nghiệp trong tháng 5/2027.",
        '**4. Chương trình "Mái ấm Công đoàn"',
        "- Nội dung: khảo sát, đề xuất hỗ trợ xây mới, sửa chữa 20 Mái ấm Công đoàn cho nữ đoàn viên.",
        "- Đơn vị chủ trì: Ban Chính sách - Pháp luật.",
        "- Thời gian hoàn thành: trước ngày 30/11/2027.",
        "**5. Tập huấn kỹ năng cho cán bộ nữ công cơ sở",
        "- Đơn vị chủ trì: Ban Nữ công Liên đoàn Lao động tỉnh.",
        "- Thời gian: theo kế hoạch riêng.",
        "**6. Nhân rộng mô hình nhóm trẻ, lớp mẫu giáo cho con công nhân tại khu công nghiệp",
        "- Đơn vị chủ trì: Công đoàn các Khu công nghiệp tỉnh.",
        "- Thời gian: thường xuyên.",
        "**7. Kiểm tra, giám sát việc thực hiện chính sách đối với lao động nữ tại 15 doanh nghiệp",
        "- Đơn vị chủ trì: Ban Nữ công Liên đoàn Lao động tỉnh, Ban Chính sách - Pháp luật.",
        "- Thời gian: tháng 8 - tháng 9/2027.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Ban Nữ công Liên đoàn Lao động tỉnh là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện "
        "Kế hoạch.",
        "2. Ban Tài chính bố trí kinh phí thực hiện Kế hoạch từ nguồn tài chính công đoàn năm 2027.",
        "3. Các Công đoàn ngành, Công đoàn các Khu công nghiệp tỉnh và công đoàn cơ sở trực thuộc căn cứ Kế "
        "hoạch chủ động triển khai phù hợp với tình hình thực tế của đơn vị.",
        "4. Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/11), các công đoàn cấp trên trực tiếp "
        "cơ sở báo cáo kết quả hoạt động nữ công về Liên đoàn Lao động tỉnh (qua Ban Nữ công).",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Thường trực LĐLĐ tỉnh (b/c);\n- Các Ban LĐLĐ tỉnh;\n- Các CĐ ngành, CĐ KCN;\n- Lưu: VT, NC.",
        "TM. BAN NỮ CÔNG\nTRƯỞNG BAN\n\n\n\nĐặng Thị Thu Hiền",
    )
    doc.save(path)


def h846_docx(h, path: Path) -> None:
    """Tourism promotion centre: a weekly calendar, the day printed only on its first row, a two-day row."""
    doc = calendar_page(
        "UBND TỈNH TÂY THẠNH\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTRUNG TÂM XÚC TIẾN DU LỊCH",
        "Tây Thạnh, ngày 11 tháng 12 năm 2026",
        "LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC",
        "(Từ ngày 14/12/2026 đến ngày 20/12/2026)",
    )
    rows = [
        [
            "Thứ Hai\n14/12",
            "08h00",
            "Giao ban Ban Giám đốc với lãnh đạo các phòng",
            "Giám đốc",
            "Phòng Hành chính - Tổng hợp",
            "Phòng họp Trung tâm",
        ],
        ["", "14h00", "Giám đốc làm việc tại cơ quan", "", "", ""],
        [
            "Thứ Ba\n15/12",
            "08h30",
            "Họp thẩm định nội dung bộ ấn phẩm quảng bá du lịch Tây Thạnh năm 2027",
            "PGĐ Đinh Văn Tâm",
            "Phòng Xúc tiến - Quảng bá",
            "Phòng họp Trung tâm",
        ],
        [
            "",
            "14h00",
            "Làm việc với Công ty Lữ hành Hải Triều về chương trình khảo sát (famtrip) tuyến biển đảo",
            "PGĐ Đinh Văn Tâm",
            "Phòng Xúc tiến - Quảng bá",
            "Phòng khách",
        ],
        [
            "Thứ Tư\n16/12",
            "Cả ngày (16-18/12)",
            "Tham gia gian hàng của tỉnh tại Hội chợ Du lịch quốc tế Thành phố Hồ Chí Minh",
            "Giám đốc",
            "Phòng Xúc tiến - Quảng bá",
            "TP. Hồ Chí Minh",
        ],
        [
            "",
            "08h00",
            "Họp Hội đồng Thi đua - Khen thưởng Trung tâm bình xét danh hiệu năm 2026",
            "PGĐ Vi Thị Ngân",
            "Phòng Hành chính - Tổng hợp",
            "Phòng họp Trung tâm",
        ],
        [
            "Thứ Năm\n17/12",
            "09h00",
            "Kiểm tra hoạt động Điểm thông tin du lịch tại Cảng hàng không Thạnh An (dự kiến)",
            "PGĐ Vi Thị Ngân",
            "Phòng Thông tin - Hỗ trợ du khách",
            "Cảng hàng không Thạnh An",
        ],
        ["", "14h00", "Trực lãnh đạo: PGĐ Vi Thị Ngân", "", "", ""],
        [
            "Thứ Sáu\n18/12",
            "08h00",
            "Hội nghị tổng kết hoạt động xúc tiến du lịch năm 2026, triển khai nhiệm vụ năm 2027",
            "PGĐ Vi Thị Ngân",
            "Phòng Hành chính - Tổng hợp",
            "Hội trường Sở",
        ],
        [
            "",
            "15h00",
            "Duyệt kế hoạch truyền thông du lịch trên mạng xã hội quý I/2027",
            "PGĐ Đinh Văn Tâm",
            "Phòng Thông tin - Hỗ trợ du khách",
            "Phòng họp Trung tâm",
        ],
        [
            "Thứ Bảy, Chủ nhật\n19-20/12",
            "Cả ngày",
            "Đón, đưa đoàn famtrip các hãng lữ hành Hàn Quốc khảo sát tuyến du lịch biển Thạnh An - Hòn Mây",
            "PGĐ Đinh Văn Tâm",
            "Phòng Xúc tiến - Quảng bá",
            "TP. Thạnh An",
        ],
    ]
    grid(doc, ["Thứ, ngày", "Thời gian", "Nội dung", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"], rows)
    para(
        doc,
        "Ghi chú: Các phòng đăng ký nội dung lịch công tác tuần sau về Phòng Hành chính - Tổng hợp trước "
        "15 giờ thứ Năm hằng tuần.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc;\n- Các phòng;\n- Lưu: VT, HCTH.",
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n(Trưởng phòng Hành chính - Tổng hợp)\n\n\n\nMai Thanh Tùng",
    )
    doc.save(path)


def h847_docx(h, path: Path) -> None:
    """Kindergarten: a notice of the principal's conclusions, points given to posts, labels and sentences mixed."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN PHÚ LỘC\nTRƯỜNG MẦM NON HOA SEN\n───────\nSố: 41/TB-MNHS",
        right2="Phú Lộc, ngày 09 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Hiệu trưởng tại cuộc họp Hội đồng sư phạm tháng 12/2026",
        "Ngày 07/12/2026, Trường Mầm non Hoa Sen tổ chức họp Hội đồng sư phạm tháng 12/2026 do bà Trần Thị "
        "Minh Khuê, Hiệu trưởng chủ trì; dự họp có toàn thể cán bộ, giáo viên, nhân viên nhà trường. Sau khi "
        "nghe báo cáo và ý kiến thảo luận, Hiệu trưởng kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Tháng 11/2026, nhà trường duy trì tốt tỷ lệ chuyên cần (96,2%); tổ chức thành công Hội thi giáo viên "
        "dạy giỏi cấp trường; công tác bán trú bảo đảm an toàn. Tuy nhiên, việc cập nhật hồ sơ sổ sách của một "
        "số nhóm, lớp còn chậm.",
        "**II. NHIỆM VỤ TRỌNG TÂM THÁNG 12/2026 VÀ THÁNG 01/2027",
        '1. Phó Hiệu trưởng phụ trách chuyên môn (cô Vũ Thị Hạnh): tổ chức chuyên đề "Phát triển vận động cho '
        'trẻ mẫu giáo" cấp trường trước ngày 25/12/2026.',
        "2. Phó Hiệu trưởng phụ trách bán trú kiểm tra hồ sơ, ký hợp đồng cung cấp thực phẩm năm 2027 với các "
        "nhà cung cấp đủ điều kiện an toàn thực phẩm, xong trước 31/12.",
        "3. Tổ trưởng tổ Mẫu giáo lớn chuẩn bị 02 tiết dạy mẫu lĩnh vực phát triển ngôn ngữ, tổ chức dự giờ "
        "vào ngày 18/12/2026.",
        "4. Nhân viên y tế: cân, đo, đánh giá tình trạng dinh dưỡng của trẻ đợt 2 trong tháng 01/2027; cập "
        "nhật kết quả vào sổ theo dõi sức khỏe.",
        "5. Kế toán hoàn thiện hồ sơ quyết toán kinh phí năm 2026, nộp Phòng Giáo dục và Đào tạo huyện trước "
        "ngày 10/01/2027.",
        "6. Tổ trưởng tổ Nuôi dưỡng (cô Lò Thị Hoa) thường xuyên giám sát quy trình chế biến, chia ăn và lưu "
        "mẫu thức ăn tại bếp.",
        "7. Văn thư cập nhật văn bản đi, đến trên phần mềm quản lý văn bản hằng ngày.",
        '8. Giáo viên các nhóm, lớp vệ sinh, trang trí lớp học theo chủ đề "Mùa xuân và Tết" trước ngày '
        "15/01/2027.",
        "Toàn thể cán bộ, giáo viên, nhân viên nghiêm túc thực hiện quy chế chuyên môn và nội quy nhà trường.",
        "**III. ĐỀ NGHỊ BAN ĐẠI DIỆN CHA MẸ TRẺ EM",
        'Phối hợp với nhà trường tổ chức "Ngày hội Bé vui đón Tết" vào ngày 29/01/2027; vận động phụ huynh '
        "đưa đón trẻ đúng giờ.",
        "Các tổ chuyên môn, tổ nuôi dưỡng báo cáo kết quả thực hiện về Hiệu trưởng vào ngày 28 hằng tháng.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- CB, GV, NV (để t/h);\n- Ban ĐDCMTE;\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nTrần Thị Minh Khuê",
    )
    doc.save(path)


def h848_xlsx(h, path: Path) -> None:
    """Fisheries sub-department: an indicator sheet, `Năm 2027` and per-month counts as times, a notes sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    title_rows(
        ws,
        [
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH TÂY THẠNH",
            "CHI CỤC THỦY SẢN",
            "CHỈ TIÊU KẾ HOẠCH NĂM 2027",
            "(Ban hành kèm theo Quyết định số 212/QĐ-CCTS ngày 28/12/2026 của Chi cục trưởng)",
        ],
        8,
        (1, 2, 3),
    )
    ws.append([])
    ws.append(
        ["STT", "Chỉ tiêu", "ĐVT", "Ước TH 2026", "KH 2027", "Đơn vị chủ trì theo dõi", "Thời hạn", "Ghi chú"]
    )
    bold_header(ws, 6)
    rows = [
        ["A", "CHỈ TIÊU SẢN XUẤT"],
        [
            1,
            "Sản lượng khai thác thủy sản",
            "tấn",
            39800,
            41000,
            "Phòng Khai thác và Bảo vệ nguồn lợi thủy sản",
            "Năm 2027",
            "Chỉ tiêu pháp lệnh",
        ],
        [
            2,
            "Sản lượng nuôi trồng thủy sản",
            "tấn",
            16900,
            17500,
            "Phòng Nuôi trồng thủy sản",
            "Năm 2027",
            "Chỉ tiêu pháp lệnh",
        ],
        [
            3,
            "Diện tích nuôi tôm nước lợ ứng dụng công nghệ cao",
            "ha",
            285,
            320,
            "Phòng Nuôi trồng thủy sản",
            "Năm 2027",
            "",
        ],
        [
            4,
            "Thả bổ sung giống thủy sản vào vùng nước tự nhiên",
            "triệu con",
            2.1,
            2.5,
            "Phòng Khai thác và Bảo vệ nguồn lợi thủy sản",
            "Tháng 6/2027",
            "Hưởng ứng Ngày truyền thống ngành",
        ],
        ["B", "CHỈ TIÊU QUẢN LÝ NHÀ NƯỚC"],
        [
            5,
            "Tỷ lệ tàu cá từ 15 m trở lên duy trì kết nối thiết bị giám sát hành trình",
            "%",
            97.5,
            100,
            "Đội Kiểm ngư",
            "Thường xuyên",
            "",
        ],
        [
            6,
            "Số tàu cá được đăng ký, cấp văn bản chấp thuận đóng mới, cải hoán",
            "chiếc",
            410,
            450,
            "Phòng Khai thác và Bảo vệ nguồn lợi thủy sản",
            "Quý II/2027",
            "",
        ],
        [
            7,
            "Tỷ lệ sản lượng thủy sản bốc dỡ qua cảng được giám sát, xác nhận nguồn gốc",
            "%",
            88,
            "≥ 90",
            "Trạm Kiểm soát nghề cá cảng Đông Hải",
            "Hằng tháng",
            "",
        ],
        [
            8,
            "Số chuyến tuần tra, kiểm soát trên vùng biển của tỉnh",
            "chuyến",
            34,
            36,
            "Đội Kiểm ngư (phối hợp Bộ đội Biên phòng tỉnh)",
            "03 chuyến/tháng",
            "",
        ],
        [
            9,
            "Số cơ sở sản xuất, ương dưỡng giống thủy sản được kiểm tra điều kiện",
            "cơ sở",
            22,
            25,
            "Phòng Nuôi trồng thủy sản",
            datetime.datetime(2027, 9, 30),
            "",
        ],
        [
            10,
            "Số lớp tuyên truyền chống khai thác IUU cho ngư dân",
            "lớp",
            10,
            12,
            "Phòng Hành chính - Tổng hợp",
            "Quý I - Quý III",
            "Tại các xã ven biển",
        ],
    ]
    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=8)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
        if isinstance(ws.cell(at, 7).value, datetime.datetime):
            ws.cell(at, 7).number_format = "dd/mm/yyyy"
    wrap(ws, 7)
    ws.append([])
    ws.append(
        [
            "",
            "Ghi chú: Các phòng, đội, trạm báo cáo số liệu thực hiện các chỉ tiêu về Phòng Hành chính - Tổng hợp trước ngày 22 hằng tháng.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "", "CHI CỤC TRƯỞNG"])
    ws.append([])
    ws.append(["", "", "", "", "", "Phan Thế Hưng"])
    column_widths(ws, [6, 48, 10, 12, 10, 30, 16, 20])
    notes = wb.create_sheet("Cach tinh")
    for line in [
        ["CÁCH TÍNH MỘT SỐ CHỈ TIÊU"],
        ["Chỉ tiêu 5", "Số tàu duy trì kết nối / tổng số tàu cá từ 15 m trở lên đang hoạt động x 100%."],
        [
            "Chỉ tiêu 7",
            "Sản lượng có biên nhận, giấy xác nhận tại cảng / tổng sản lượng bốc dỡ qua cảng x 100%.",
        ],
        ["Chỉ tiêu 8", "Tính theo số chuyến ra biển của tàu kiểm ngư có nhật ký tuần tra."],
    ]:
        notes.append(line)
    column_widths(notes, [14, 90])
    wb.save(path)


def h849_docx(h, path: Path) -> None:
    """Press division: a quarter programme under month rows, persons in charge, an approval block (.pdf)."""
    doc = document(12)
    head_block(
        doc,
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG\nTỈNH TÂY THẠNH\nPHÒNG BÁO CHÍ - XUẤT BẢN\n───────",
        right2="Tây Thạnh, ngày 24 tháng 12 năm 2026",
    )
    para(doc, "DUYỆT CỦA GIÁM ĐỐC SỞ", bold=True)
    para(doc, "(đã ký)", italic=True)
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    para(doc, "của Phòng Báo chí - Xuất bản", italic=True, center=True)
    rows = [
        ("§", "", "Tháng 01/2027"),
        [
            "1",
            "Tổng hợp, đánh giá tình hình hoạt động báo chí năm 2026; tham mưu tổ chức Hội nghị giao ban báo chí",
            "Trưởng phòng Hà Minh Đức",
            "Trước 15/01",
            "Báo cáo, kịch bản hội nghị",
        ],
        [
            "2",
            "Thẩm định hồ sơ, tham mưu cấp giấy phép xuất bản bản tin cho các cơ quan, đơn vị đủ điều kiện",
            "CV Lâm Thu Trang",
            "Thường xuyên",
            "Giấy phép",
        ],
        [
            "3",
            "Theo dõi, tổng hợp thông tin báo chí phản ánh liên quan đến tỉnh, báo cáo lãnh đạo Sở",
            "CV Phạm Quốc Bảo",
            "Hằng tuần (thứ Sáu)",
            "Bản tổng hợp",
        ],
        ("§", "", "Tháng 02/2027"),
        [
            "4",
            "Kiểm tra lưu chiểu xuất bản phẩm, ấn phẩm phục vụ Tết Đinh Mùi năm 2027",
            "CV Lâm Thu Trang; CV Phạm Quốc Bảo",
            "01-05/02",
            "Biên bản kiểm tra",
        ],
        [
            "5",
            "Tham mưu tổ chức Hội báo Xuân Đinh Mùi tỉnh Tây Thạnh năm 2027",
            "Phó Trưởng phòng Nông Thị Yến",
            "Tháng 02",
            "Kế hoạch, báo cáo",
        ],
        ("§", "", "Tháng 3/2027"),
        [
            "6",
            "Tổ chức lớp bồi dưỡng nghiệp vụ cho người phát ngôn, cung cấp thông tin cho báo chí",
            "Phó Trưởng phòng Nông Thị Yến",
            "18-19/3",
            "Lớp bồi dưỡng",
        ],
        [
            "7",
            "Kiểm tra hoạt động của 03 cơ quan báo chí địa phương (phối hợp Thanh tra Sở)",
            "Trưởng phòng Hà Minh Đức",
            "Theo kế hoạch kiểm tra của Giám đốc Sở",
            "Kết luận kiểm tra",
        ],
        [
            "8",
            "Báo cáo quý I/2027 về công tác quản lý nhà nước về báo chí, xuất bản gửi Cục Báo chí",
            "CV Phạm Quốc Bảo",
            "Trước 20/3",
            "Báo cáo",
        ],
        [
            "9",
            "Cập nhật cơ sở dữ liệu về cơ quan báo chí, nhà xuất bản, cơ sở in trên địa bàn",
            "CV Lâm Thu Trang",
            "Quý I",
            "Cơ sở dữ liệu",
        ],
    ]
    grid(doc, ["TT", "Nội dung công việc", "Người thực hiện", "Thời gian", "Sản phẩm"], rows)
    para(
        doc,
        "Các chuyên viên báo cáo kết quả thực hiện nhiệm vụ với Trưởng phòng vào chiều thứ Sáu hằng tuần.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Giám đốc, PGĐ phụ trách;\n- Văn phòng Sở;\n- Lưu: BCXB.",
        "TRƯỞNG PHÒNG\n\n\n\nHà Minh Đức",
    )
    doc.save(path)


H850_MD = """**SỞ Y TẾ TỈNH TÂY THẠNH**
**TRUNG TÂM BẢO TRỢ XÃ HỘI TỈNH**

Số: 96/CTr-TTBTXH — *Tây Thạnh, ngày 28 tháng 12 năm 2026*

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc

# CHƯƠNG TRÌNH CÔNG TÁC THÁNG 01 NĂM 2027

Căn cứ Kế hoạch công tác năm 2027 của Trung tâm Bảo trợ xã hội tỉnh, Giám đốc Trung tâm ban hành
Chương trình công tác tháng 01/2027 như sau:

## I. NHIỆM VỤ TRỌNG TÂM

| TT | Nội dung | Phòng, khoa thực hiện | Thời gian |
|----|----------|-----------------------|-----------|
| 1 | Khám sức khỏe định kỳ đợt I/2027 cho đối tượng đang nuôi dưỡng | Phòng Y tế - Chăm sóc | 11-15/01 |
| 2 | Rà soát hồ sơ đối tượng đủ điều kiện tái hòa nhập cộng đồng, trình Giám đốc | Phòng Công tác xã hội | Trước 20/01 |
| 3 | Kiểm tra hệ thống phòng cháy, chữa cháy, điện, nước trước Tết | Phòng Hành chính - Tổng hợp | Tuần 3 (18-22/01) |
| 4 | Tổ chức thăm, tặng quà Tết Đinh Mùi cho đối tượng đang nuôi dưỡng tại Trung tâm | Phòng Công tác xã hội | 25-28/01 |
| 5 | Tiếp nhận, đánh giá nhu cầu trợ giúp của đối tượng mới vào Trung tâm | Phòng Công tác xã hội | Khi có quyết định tiếp nhận của Sở |
| 6 | Tập vật lý trị liệu, phục hồi chức năng cho trẻ khuyết tật | Khoa Nuôi dưỡng - Phục hồi chức năng | Hằng ngày |
| 7 | Lập hồ sơ quyết toán kinh phí nuôi dưỡng năm 2026 | Phòng Hành chính - Tổng hợp | Trước 31/01 |

## II. NHIỆM VỤ THƯỜNG XUYÊN

- Bảo đảm chế độ dinh dưỡng, chăm sóc đối tượng theo định mức quy định (Khoa Nuôi dưỡng - Phục hồi chức năng).
- Bảo vệ 24/24 giờ, giữ gìn an ninh trật tự, phòng chống đối tượng bỏ trốn (Phòng Hành chính - Tổng hợp).

## III. TỔ CHỨC THỰC HIỆN

Trưởng các phòng, khoa căn cứ Chương trình này chủ động triển khai. Các phòng, khoa báo cáo kết quả
thực hiện tháng 01/2027 về Phòng Hành chính - Tổng hợp trước ngày 25/01/2027 để tổng hợp, báo cáo Sở Y tế.

*Nơi nhận:* Sở Y tế (b/c); Ban Giám đốc; các phòng, khoa; Lưu: VT, HCTH.

**GIÁM ĐỐC**

Lục Văn Thuận
"""


def h850_md(h, path: Path) -> None:
    """Social protection centre: a month's programme in Markdown, a table and a bulleted standing list."""
    path.write_text(H850_MD, encoding="utf-8")


def h851_docx(h, path: Path) -> None:
    """Agricultural extension centre: a model plan, each task's unit and time in unlabelled parentheses."""
    doc = document()
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTRUNG TÂM KHUYẾN NÔNG\n───────\nSố: 244/KH-TTKN",
        right2="Tây Thạnh, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Triển khai mô hình trình diễn sản xuất lúa hữu cơ vụ Đông Xuân 2026 - 2027",
        "Thực hiện Quyết định số 1550/QĐ-SNNMT ngày 20/11/2026 của Sở Nông nghiệp và Môi trường giao nhiệm vụ "
        "khuyến nông năm 2027, Trung tâm Khuyến nông xây dựng Kế hoạch triển khai mô hình như sau:",
        "**I. MỤC TIÊU",
        "Xây dựng 30 ha mô hình lúa hữu cơ tại xã Phú Hòa và xã Tân Lập, huyện Phú Lộc; năng suất đạt từ 5,5 "
        "tấn/ha trở lên, hiệu quả kinh tế tăng ít nhất 15% so với sản xuất đại trà.",
        "**II. QUY MÔ, ĐỊA ĐIỂM",
        "30 ha, 120 hộ tham gia; giống lúa ST25 cấp xác nhận.",
        "**III. NỘI DUNG VÀ TIẾN ĐỘ",
        "1. Khảo sát, chọn điểm và chọn hộ tham gia mô hình",
        "Chọn vùng liền vùng, chủ động tưới tiêu, cách ly với ruộng sản xuất thông thường; lập danh sách hộ, "
        "ký cam kết thực hiện quy trình.",
        "__(Phòng Kỹ thuật - Khuyến nông; trước 15/12/2026)",
        "2. Tập huấn kỹ thuật canh tác lúa hữu cơ cho hộ tham gia (02 lớp)",
        "__(Trạm Khuyến nông Phú Lộc; 18-19/12/2026)",
        "3. Cung ứng giống, phân bón hữu cơ, chế phẩm sinh học cho mô hình",
        "Bàn giao vật tư tại ruộng, có biên bản giao nhận với từng hộ.",
        "__(Phòng Hành chính - Tổng hợp; trước khi gieo sạ 05 ngày)",
        "4. Chỉ đạo kỹ thuật, theo dõi đồng ruộng, ghi chép nhật ký sản xuất",
        "__(Trạm Khuyến nông Phú Lộc; suốt vụ)",
        "5. Tổ chức hội thảo đầu bờ đánh giá mô hình",
        "__(Phòng Kỹ thuật - Khuyến nông; tháng 4/2027)",
        "6. Tuyên truyền kết quả mô hình trên Bản tin Khuyến nông và Trang thông tin điện tử của Trung tâm",
        "__(Phòng Thông tin - Huấn luyện; hằng tháng)",
        "7. Nghiệm thu, tổng kết mô hình",
        "__(Phòng Kỹ thuật - Khuyến nông chủ trì, Phòng Hành chính - Tổng hợp phối hợp; tháng 5/2027)",
        "**IV. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Kỹ thuật - Khuyến nông là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Phòng Hành chính - Tổng hợp bố trí kinh phí thực hiện mô hình từ nguồn sự nghiệp khuyến nông năm "
        "2027 đã được giao.",
        "3. Trạm Khuyến nông Phú Lộc báo cáo tiến độ mô hình về Trung tâm (qua Phòng Kỹ thuật - Khuyến nông) "
        "định kỳ 15 ngày một lần.",
        "4. Đề nghị Ủy ban nhân dân xã Phú Hòa phối hợp chỉ đạo khuyến nông viên cơ sở và tổ khuyến nông cộng "
        "đồng hỗ trợ các hộ thực hiện đúng quy trình.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở NN&MT (b/c);\n- UBND huyện Phú Lộc;\n- UBND xã Phú Hòa, Tân Lập;\n- Lưu: VT, KTKN.",
        "GIÁM ĐỐC\n\n\n\nChu Đức Thịnh",
    )
    doc.save(path)


def h852_docx(h, path: Path) -> None:
    """District court: a notice of the chief judge's conclusions, an unnumbered follow-on paragraph."""
    doc = document()
    head_block(
        doc,
        "TÒA ÁN NHÂN DÂN\nHUYỆN PHÚ LỘC\n───────\nSố: 23/TB-TA",
        right2="Phú Lộc, ngày 02 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Chánh án tại cuộc họp giao ban tháng 11 năm 2026",
        "Ngày 30/11/2026, Tòa án nhân dân huyện Phú Lộc tổ chức họp giao ban công tác tháng 11/2026. Đồng chí "
        "Đoàn Minh Trí, Chánh án chủ trì; dự họp có các Phó Chánh án, Thẩm phán, Thư ký, Thẩm tra viên và công "
        "chức của đơn vị. Chánh án kết luận như sau:",
        "**I. KẾT QUẢ CÔNG TÁC THÁNG 11/2026",
        "Trong tháng, đơn vị thụ lý mới 86 vụ, việc; giải quyết 79 vụ, việc, đạt tỷ lệ 71,2% tính từ đầu năm "
        "thống kê; không có bản án, quyết định bị hủy do lỗi chủ quan của Thẩm phán.",
        "**II. NHIỆM VỤ THỜI GIAN TỚI",
        "1. Phó Chánh án phụ trách lĩnh vực hình sự (đồng chí Lương Văn Khải) chỉ đạo giải quyết dứt điểm các "
        "vụ án hình sự thụ lý trước ngày 01/10/2026, không để án quá hạn luật định; hoàn thành trước ngày "
        "25/12/2026.",
        "2. Phó Chánh án phụ trách lĩnh vực dân sự, hôn nhân và gia đình tổ chức 04 phiên tòa rút kinh nghiệm "
        "trực tuyến trong tháng 12/2026.",
        "3. Các Thẩm phán rà soát các vụ việc dân sự, hành chính có nguy cơ quá hạn, báo cáo Chánh án trước "
        "ngày 15/12/2026.",
        "4. Bộ phận Hành chính tư pháp thường xuyên kiểm tra việc công khai bản án, quyết định trên Cổng "
        "thông tin điện tử của Tòa án nhân dân.",
        "Đồng thời, hoàn thiện hồ sơ lưu trữ các vụ án đã giải quyết năm 2024, bàn giao vào Kho lưu trữ của "
        "đơn vị trước ngày 30/01/2027.",
        "5. Kế toán lập dự toán ngân sách năm 2027 của đơn vị, trình Chánh án trước ngày 10/12/2026.",
        "6. Văn phòng chuẩn bị nội dung Hội nghị tổng kết công tác năm 2026, trình Chánh án trước ngày "
        "05/01/2027.",
        "7. Công đoàn cơ sở phối hợp với Văn phòng tổ chức thăm hỏi, tặng quà công chức, người lao động có hoàn "
        "cảnh khó khăn trước Tết Nguyên đán Đinh Mùi.",
        "8. Đề nghị Chi cục Thi hành án dân sự huyện Phú Lộc phối hợp rà soát các bản án, quyết định chưa rõ, "
        "khó thi hành để Tòa án giải thích, đính chính kịp thời trong tháng 12/2026.",
        "Các Thẩm phán, Thư ký theo nhiệm vụ được phân công nghiêm túc thực hiện kết luận này.",
        "Văn phòng theo dõi, đôn đốc việc thực hiện Thông báo, báo cáo Chánh án tại cuộc họp giao ban tháng "
        "12/2026./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- TAND tỉnh (b/c);\n- Chánh án, các PCA;\n- Các Thẩm phán, công chức;\n- Lưu: VP.",
        "TL. CHÁNH ÁN\nCHÁNH VĂN PHÒNG\n\n\n\nKhổng Thị Thảo",
    )
    doc.save(path)


def batch_h843() -> None:
    """Writes h843–h852 (the .doc and .pdf through LibreOffice)."""
    write_batch(
        [
            (h843_docx, "h843_cv_thanh_tra_tinh_khieu_nai_ton_dong.docx"),
            (h844_xlsx, "h844_ctr_phong_nnmt_huyen_nam_2027.xlsx"),
            (h846_docx, "h846_lich_tuan_tt_xuc_tien_du_lich.docx"),
            (h847_docx, "h847_tbkl_mam_non_hop_hoi_dong_su_pham.docx"),
            (h848_xlsx, "h848_chi_tieu_chi_cuc_thuy_san_2027.xlsx"),
            (h850_md, "h850_ctr_thang_tt_bao_tro_xa_hoi.md"),
            (h851_docx, "h851_kh_khuyen_nong_mo_hinh_lua_huu_co.docx"),
            (h852_docx, "h852_tbkl_toa_an_huyen_giao_ban.docx"),
        ],
        [
            (h845_docx, "h845_kh_ban_nu_cong_ldld_tinh.docx", "doc"),
            (h849_docx, "h849_ctr_quy_phong_bao_chi_xuat_ban.docx", "pdf"),
        ],
        _out,
    )
