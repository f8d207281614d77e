"""Held-out batch h743–h752, written by h13author71 blind to the importer: ten documents of a
provincial Department of Health's organisation and personnel division, a district general
hospital's infection control department, a commune People's Council standing committee, a
provincial Department of Science and Technology's digital transformation division, a provincial
police's administrative management of social order division, a provincial construction quality
inspection centre, a provincial forest protection and development fund, a regional airport's ground
services branch of a state company, a provincial state legal aid centre and a district vocational
and continuing education centre (the .md, h751, is written by hand in docs/). Every name, person,
place, number and date in them is invented."""

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

_MOVED: set[str] = {
    "h745_tbkl_thuong_truc_hdnd_xa",  # h13fixYJ
    "h747_lich_tuan_pc06_cong_an_tinh",  # h13fixYI
    "h749_kh_quy_bv_ptr_tinh_dvmtr",  # h13fixYG
    "h743_cv_syt_tccb_quy_hoach_nhan_su",  # h13fixYK
    "h744_kh_khoa_ksnk_bv_huyen",  # h13fixYK
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h743_docx(h, path: Path) -> None:
    """Department of Health (organisation and personnel division): a dispatch, addressee labels."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH ĐÔNG BÌNH\nSỞ Y TẾ\n───────\nSố: 2418/SYT-TCCB\nV/v rà soát quy hoạch, kiện toàn "
        "nhân sự và vị trí việc làm năm 2027",
        right2="Đông Bình, ngày 21 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các đơn vị sự nghiệp trực thuộc Sở Y tế;",
        "- Trung tâm Y tế các huyện, thị xã, thành phố;",
        "- Các phòng chức năng thuộc Sở.",
        "Thực hiện Kế hoạch số 311/KH-UBND ngày 02/12/2026 của UBND tỉnh về rà soát, bổ sung quy hoạch "
        "cán bộ lãnh đạo, quản lý và điều chỉnh vị trí việc làm sau sắp xếp đơn vị hành chính cấp xã; "
        "qua tổng hợp của Phòng Tổ chức cán bộ, đến ngày 15/12/2026 toàn ngành còn 27 chức danh trưởng "
        "trạm y tế xã chưa được kiện toàn, 04 đơn vị chưa có đề án vị trí việc làm được phê duyệt.",
        "Để bảo đảm tiến độ, Giám đốc Sở Y tế yêu cầu các đơn vị thực hiện một số nội dung sau:",
        "**1. Các đơn vị sự nghiệp trực thuộc Sở:",
        "a) Rà soát, bổ sung quy hoạch chức danh lãnh đạo, quản lý cấp khoa, phòng giai đoạn 2026 - 2031; "
        "gửi hồ sơ về Sở Y tế (qua Phòng Tổ chức cán bộ) trước ngày 15/01/2027.",
        "b) Báo cáo số lượng người làm việc, hợp đồng lao động có mặt đến ngày 31/12/2026 theo Biểu mẫu "
        "số 01, 02 kèm theo Công văn này, gửi trước ngày 20/01/2027.",
        "2. Bệnh viện Đa khoa tỉnh: Xây dựng Đề án điều chỉnh vị trí việc làm sau khi thành lập Trung tâm "
        "Ung bướu trực thuộc Bệnh viện, trình Sở Y tế trước ngày 28/02/2027.",
        "3. Trung tâm Kiểm soát bệnh tật tỉnh: Hoàn thiện hồ sơ tiếp nhận 05 viên chức từ Trung tâm Y tế "
        "các huyện về công tác tại Trung tâm, hoàn thành trong Quý I/2027.",
        "4. Trung tâm Y tế các huyện, thị xã, thành phố: Kiện toàn chức danh Trưởng trạm, Phó Trưởng trạm "
        "y tế xã sau sắp xếp; hoàn thành trước ngày 30/4/2027.",
        "**5. Phòng Tổ chức cán bộ:",
        "a) Tổng hợp, thẩm định hồ sơ quy hoạch của các đơn vị, trình Giám đốc Sở phê duyệt trước ngày "
        "28/02/2027.",
        "b) Hướng dẫn, giải đáp vướng mắc của các đơn vị trong quá trình thực hiện; thường xuyên.",
        "6. Phòng Kế hoạch - Tài chính: Thẩm định dự toán quỹ tiền lương năm 2027 của các đơn vị theo số "
        "người làm việc được giao, hoàn thành trước ngày 15/3/2027.",
        "7. Văn phòng Sở: Cập nhật biến động cán bộ, viên chức lên Cơ sở dữ liệu quốc gia về cán bộ, "
        "công chức, viên chức, định kỳ hằng tháng.",
        "Sở Y tế đề nghị Sở Nội vụ quan tâm hướng dẫn việc chuyển xếp chức danh nghề nghiệp đối với "
        "viên chức y tế xã chuyển về Trung tâm Y tế sau sắp xếp.",
        "Thủ trưởng các đơn vị chịu trách nhiệm về tính chính xác của hồ sơ, số liệu báo cáo. Trong quá "
        "trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Phòng Tổ chức cán bộ (điện thoại "
        "0235.3812.447) để được hướng dẫn./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Sở Nội vụ;\n- Giám đốc, các PGĐ Sở;\n- Lưu: VT, TCCB.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nLương Thị Ngọc Diệp",
    )
    doc.save(path)


def h744_docx(h, path: Path) -> None:
    """District hospital (infection control): a yearly plan, the unit in parentheses closing each task."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ ĐÔNG BÌNH\nBỆNH VIỆN ĐA KHOA HUYỆN TÂN PHƯỚC\n───────\nSố: 187/KH-BV",
        right2="Tân Phước, ngày 24 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Hoạt động kiểm soát nhiễm khuẩn năm 2027",
        "Căn cứ Thông tư số 16/2018/TT-BYT quy định về kiểm soát nhiễm khuẩn trong các cơ sở khám bệnh, "
        "chữa bệnh; căn cứ kết quả thực hiện công tác kiểm soát nhiễm khuẩn năm 2026, Bệnh viện xây dựng "
        "Kế hoạch hoạt động năm 2027 như sau:",
        "**I. ĐÁNH GIÁ CÔNG TÁC NĂM 2026",
        "Tỷ lệ tuân thủ vệ sinh tay toàn viện đạt 78,4% (năm 2025: 71,2%); tỷ lệ nhiễm khuẩn vết mổ tại "
        "Khoa Ngoại - Sản là 2,1%. Hệ thống xử lý nước thải nhiều lần quá tải; còn 03 khoa chưa có mạng "
        "lưới viên được tập huấn.",
        "**II. MỤC TIÊU",
        "Tỷ lệ tuân thủ vệ sinh tay đạt trên 85%; 100% dụng cụ tái sử dụng được tiệt khuẩn tập trung; "
        "không để xảy ra dịch, chùm ca bệnh nhiễm khuẩn bệnh viện.",
        "**III. NỘI DUNG HOẠT ĐỘNG",
        "1. Tham mưu kiện toàn Hội đồng Kiểm soát nhiễm khuẩn và mạng lưới kiểm soát nhiễm khuẩn năm "
        "2027, hoàn thành trong tháng 01/2027 (Khoa Kiểm soát nhiễm khuẩn (Khoa KSNK) thực hiện).",
        "2. Giám sát tuân thủ vệ sinh tay tại các khoa lâm sàng bằng bảng kiểm, mỗi tháng 01 lần; công "
        "khai kết quả tại giao ban Bệnh viện (Khoa KSNK thực hiện, mạng lưới viên phối hợp).",
        "3. Giám sát chủ động nhiễm khuẩn vết mổ tại Khoa Ngoại - Sản, 02 đợt vào Quý II và Quý IV/2027 "
        "(Khoa KSNK chủ trì, Khoa Ngoại - Sản phối hợp).",
        "4. Tập huấn kiểm soát nhiễm khuẩn cơ bản cho nhân viên mới tuyển dụng, học viên thực hành, hộ "
        "lý, trong tháng 3/2027 (Khoa KSNK).",
        "5. Kiểm tra chất lượng tiệt khuẩn bằng chỉ thị sinh học đối với nồi hấp ướt, hằng tuần; lưu "
        "kết quả theo quy định (Khoa KSNK).",
        "6. Bảo đảm cung ứng đủ dung dịch sát khuẩn tay nhanh, găng tay, khẩu trang y tế cho các khoa, "
        "không để thiếu hụt; thực hiện thường xuyên (Khoa Dược - Vật tư y tế).",
        "7. Sửa chữa, nâng công suất hệ thống xử lý nước thải y tế lên 80 m³/ngày đêm trước ngày "
        "30/6/2027 (Phòng Tổ chức - Hành chính).",
        "8. Đề nghị Trung tâm Kiểm soát bệnh tật tỉnh hỗ trợ xét nghiệm vi sinh không khí, bề mặt tại "
        "phòng mổ và Khoa Hồi sức tích cực - Chống độc trong Quý III/2027.",
        "**IV. TỔ CHỨC THỰC HIỆN",
        "1. Khoa Kiểm soát nhiễm khuẩn là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch; "
        "định kỳ 06 tháng báo cáo Giám đốc Bệnh viện.",
        "2. Phòng Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế hoạch từ nguồn thu sự nghiệp của "
        "Bệnh viện.",
        "3. Trưởng các khoa lâm sàng, cận lâm sàng cử mạng lưới viên kiểm soát nhiễm khuẩn, chủ động "
        "phối hợp triển khai Kế hoạch tại khoa.",
        "4. Các khoa, phòng báo cáo kết quả thực hiện công tác kiểm soát nhiễm khuẩn của khoa, phòng về "
        "Khoa KSNK trước ngày 25 hằng tháng.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, KSNK.",
        "GIÁM ĐỐC\n\n\n\nBSCKII. Nguyễn Đình Thạch",
    )
    doc.save(path)


def h745_docx(h, path: Path) -> None:
    """Commune People's Council standing committee: a notice of conclusions, dash points under headings."""
    doc = document()
    head_block(
        doc,
        "HỘI ĐỒNG NHÂN DÂN\nXÃ PHÚ LỘC\nTHƯỜNG TRỰC\n───────\nSố: 64/TB-HĐND",
        right2="Phú Lộc, ngày 02 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Thường trực Hội đồng nhân dân xã tại phiên họp tháng 11/2026",
        "Ngày 30/11/2026, Thường trực Hội đồng nhân dân (HĐND) xã tổ chức phiên họp thường kỳ tháng 11 "
        "để cho ý kiến về công tác chuẩn bị Kỳ họp thứ mười hai HĐND xã khóa I, nhiệm kỳ 2026 - 2031. "
        "Chủ trì: đồng chí Võ Văn Tường, Chủ tịch HĐND xã; dự họp có các đồng chí Phó Chủ tịch HĐND, "
        "Trưởng, Phó các Ban HĐND, đại diện lãnh đạo UBND xã, Ủy ban MTTQ Việt Nam xã.",
        "Sau khi nghe báo cáo và ý kiến thảo luận, đồng chí Chủ tịch HĐND xã kết luận như sau:",
        "**1. Đánh giá chung",
        "Công tác chuẩn bị kỳ họp cơ bản bảo đảm tiến độ; tuy nhiên một số báo cáo của UBND xã còn chậm, "
        "số liệu thu ngân sách chưa thống nhất giữa các bộ phận.",
        "**2. Chuẩn bị Kỳ họp thứ mười hai",
        "- Đề nghị Ủy ban nhân dân xã hoàn thiện các báo cáo, tờ trình, dự thảo nghị quyết trình kỳ "
        "họp, gửi Thường trực HĐND xã trước ngày 10/12/2026.",
        "- Ban Kinh tế - Ngân sách HĐND xã thẩm tra báo cáo tình hình kinh tế - xã hội, dự toán ngân sách "
        "năm 2027; hoàn thành báo cáo thẩm tra trước ngày 15/12/2026.",
        "- Ban Văn hóa - Xã hội HĐND xã thẩm tra các báo cáo về giáo dục, y tế, an sinh xã hội, hoàn "
        "thành trước ngày 15/12/2026.",
        "- Các Tổ đại biểu HĐND xã tổ chức tiếp xúc cử tri trước kỳ họp từ ngày 03/12 đến ngày 08/12/2026.",
        "- Đề nghị Ủy ban MTTQ Việt Nam xã phối hợp tổ chức tiếp xúc cử tri, tổng hợp ý kiến, kiến "
        "nghị của cử tri gửi Thường trực HĐND xã trước ngày 12/12/2026.",
        "- Văn phòng HĐND và UBND xã gửi tài liệu kỳ họp đến đại biểu chậm nhất ngày 14/12/2026; chuẩn "
        "bị hội trường, âm thanh, lễ tân xong trước ngày 18/12/2026.",
        "**3. Công tác giám sát",
        "- Phó Chủ tịch HĐND xã (đồng chí Lê Thị Hạnh) dự thảo Chương trình giám sát năm 2027 của HĐND "
        "xã, trình Thường trực HĐND xã tại phiên họp tháng 01/2027.",
        "- Ban Văn hóa - Xã hội theo dõi việc giải quyết kiến nghị của cử tri về chế độ người có công, "
        "báo cáo Thường trực tại phiên họp thường kỳ hằng tháng.",
        "**4. Giải quyết đơn thư",
        "Đề nghị Ủy ban nhân dân xã chỉ đạo giải quyết dứt điểm đơn của công dân thôn Đồng Chùa về "
        "tranh chấp ranh giới đất ở, báo cáo kết quả về Thường trực HĐND xã trước ngày 20/12/2026.",
        "Các đại biểu HĐND xã nâng cao trách nhiệm, dành thời gian nghiên cứu tài liệu trước kỳ họp.",
        "Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện các nội dung kết luận, tổng hợp báo "
        "cáo Thường trực HĐND xã tại phiên họp tháng 01/2027.",
        "Trên đây là Thông báo kết luận phiên họp tháng 11/2026 của Thường trực HĐND xã./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- TT Đảng ủy xã (b/c);\n- UBND xã;\n- Ủy ban MTTQ VN xã;\n- Các Ban HĐND xã;\n"
        "- Các Tổ đại biểu HĐND xã;\n- Lưu: VT.",
        "TM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH\n\n\n\nVõ Văn Tường",
    )
    doc.save(path)


def h746_xlsx(h, path: Path) -> None:
    """Science and technology (digital transformation division): a yearly plan, staff as the doers."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "KH Phong CDS 2027"
    title_rows(
        ws,
        [
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐÔNG BÌNH",
            "PHÒNG CHUYỂN ĐỔI SỐ",
            "KẾ HOẠCH CÔNG TÁC NĂM 2027",
            "(Ban hành kèm theo Kế hoạch số 09/KH-CĐS ngày 28/12/2026 của Phòng Chuyển đổi số)",
        ],
        6,
        (1, 2, 3),
    )
    ws.append([])
    ws.append(["STT", "Nhiệm vụ", "Người thực hiện", "Phối hợp", "Thời gian hoàn thành", "Sản phẩm"])
    bold_header(ws, 6)
    rows = [
        ["I", "HẠ TẦNG VÀ NỀN TẢNG SỐ"],
        [
            1,
            "Tham mưu Kế hoạch chuyển đổi số tỉnh Đông Bình năm 2027 trình UBND tỉnh",
            "Trưởng phòng",
            "Các sở, ngành",
            "Quý I",
            "Kế hoạch được ban hành",
        ],
        [
            2,
            "Rà soát, cập nhật Kiến trúc Chính quyền số tỉnh Đông Bình (phiên bản 4.0)",
            "PTP Đỗ Quang Huy",
            "Trung tâm Công nghệ thông tin và Truyền thông",
            "Tháng 6",
            "Quyết định phê duyệt",
        ],
        [
            3,
            "Đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ngành và UBND cấp xã năm 2026",
            "CV Nguyễn Thu Hà; CV Vũ Đình Long",
            "Văn phòng UBND tỉnh",
            "Trước 15/4",
            "Báo cáo kết quả xếp hạng",
        ],
        ["II", "DỮ LIỆU SỐ"],
        [
            4,
            "Xây dựng Danh mục cơ sở dữ liệu dùng chung của tỉnh và kế hoạch tạo lập dữ liệu",
            "PTP Đỗ Quang Huy",
            "",
            "Quý III",
            "Danh mục được phê duyệt",
        ],
        [
            5,
            "Theo dõi vận hành Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP); xử lý kết nối lỗi",
            "KS Phan Văn Lợi",
            "Đơn vị cung cấp dịch vụ",
            "Thường xuyên",
            "Nhật ký vận hành",
        ],
        ["III", "KINH TẾ SỐ, XÃ HỘI SỐ"],
        [
            6,
            "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10 trên địa bàn tỉnh",
            "Trưởng phòng",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Tháng 10",
            "Báo cáo kết quả",
        ],
        [
            7,
            "Hướng dẫn, kiểm tra hoạt động của Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố",
            "CV Lê Minh Châu",
            "UBND các xã, phường",
            "Hằng quý",
            "Biên bản kiểm tra",
        ],
        [
            8,
            "Hỗ trợ doanh nghiệp nhỏ và vừa tham gia Chương trình chuyển đổi số doanh nghiệp (SMEdx)",
            "CV Lê Minh Châu",
            "Hiệp hội Doanh nghiệp tỉnh",
            "Theo hướng dẫn của Bộ KH&CN",
            "Danh sách doanh nghiệp được hỗ trợ",
        ],
        ["IV", "CÔNG TÁC KHÁC"],
        [
            9,
            "Báo cáo tình hình thực hiện chuyển đổi số của tỉnh gửi Bộ Khoa học và Công nghệ",
            "CV Nguyễn Thu Hà",
            "",
            "Định kỳ 6 tháng, năm",
            "Báo cáo",
        ],
        [
            10,
            "Tổng kết công tác năm 2027, xây dựng kế hoạch công tác năm 2028 của Phòng",
            "Trưởng phòng",
            "Toàn thể công chức Phòng",
            "Trước 10/12",
            "Báo cáo tổng kết",
        ],
        ["", "Tổng số: 10 nhiệm vụ"],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)
    wrap(ws, 7)
    last = ws.max_row
    ws.cell(last + 2, 1).value = (
        "Các công chức báo cáo kết quả thực hiện nhiệm vụ được giao về Trưởng phòng trước ngày 25 hằng "
        "tháng để tổng hợp, báo cáo Lãnh đạo Sở."
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=6)
    ws.cell(last + 4, 5).value = "TRƯỞNG PHÒNG"
    ws.cell(last + 8, 5).value = "Hồ Sĩ Nguyên"
    column_widths(ws, [6, 58, 22, 26, 18, 26])
    wb.save(path)


def h747_docx(h, path: Path) -> None:
    """Provincial police (PC06): a weekly calendar of the division's command, each day a section row."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "CÔNG AN TỈNH ĐÔNG BÌNH\nPHÒNG CẢNH SÁT QUẢN LÝ HÀNH CHÍNH\nVỀ TRẬT TỰ XÃ HỘI\n───────",
        right2="Đông Bình, ngày 08 tháng 01 năm 2027",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN CỦA CHỈ HUY PHÒNG", bold=True, center=True)
    para(doc, "(Tuần 02, từ ngày 11/01/2027 đến ngày 17/01/2027)", italic=True, center=True)
    trg = "Thượng tá Nguyễn Hữu Đạt, Trưởng phòng"
    quy = "Trung tá Lê Văn Quý, Phó Trưởng phòng"
    son = "Trung tá Phạm Thanh Sơn, Phó Trưởng phòng"
    grid(
        doc,
        ["Thời gian", "Nội dung công tác", "Chủ trì", "Đội chuẩn bị", "Địa điểm"],
        [
            ("§", "", "THỨ HAI (11/01/2027)"),
            [
                "07h30",
                "Giao ban Chỉ huy Phòng, đánh giá kết quả công tác tuần 01",
                trg,
                "Đội Tổng hợp",
                "Phòng họp số 2",
            ],
            ["09h00", "Chỉ huy Phòng làm việc tại cơ quan", "", "", ""],
            [
                "14h00",
                "Kiểm tra cơ sở kinh doanh dịch vụ karaoke, vũ trường trên địa bàn phường Trung Tâm",
                quy,
                "Đội Quản lý ngành nghề kinh doanh có điều kiện",
                "Phường Trung Tâm",
            ],
            ("§", "", "THỨ BA (12/01/2027)"),
            [
                "08h00",
                "Dự Hội nghị trực tuyến triển khai Đề án 06 năm 2027 (theo Giấy mời của Cục C06)",
                trg,
                "Đội Quản lý căn cước",
                "Điểm cầu Công an tỉnh",
            ],
            [
                "14h00",
                "Duyệt kế hoạch tiếp nhận, thu hồi vũ khí, vật liệu nổ, công cụ hỗ trợ dịp Tết Đinh Mùi",
                son,
                "Đội Quản lý vũ khí, vật liệu nổ và công cụ hỗ trợ",
                "Phòng làm việc Phó Trưởng phòng",
            ],
            ("§", "", "THỨ TƯ (13/01/2027)"),
            [
                "Cả ngày",
                "Kiểm tra công tác quản lý cư trú tại Công an xã Phú Lộc, Công an xã Tân Hòa",
                quy,
                "Đội Quản lý cư trú",
                "Xã Phú Lộc, xã Tân Hòa",
            ],
            ("§", "", "THỨ NĂM (14/01/2027)"),
            ["08h00", "Tiếp công dân định kỳ", trg, "Đội Tổng hợp", "Phòng tiếp công dân"],
            [
                "14h00",
                "Họp Hội đồng Thi đua - Khen thưởng Phòng, bình xét thi đua năm 2026",
                trg,
                "Đội Tổng hợp",
                "Phòng họp số 2",
            ],
            ("§", "", "THỨ SÁU (15/01/2027)"),
            [
                "08h00",
                "Sơ kết đợt cao điểm cấp căn cước cho trẻ em dưới 14 tuổi (dự kiến)",
                son,
                "Đội Quản lý căn cước",
                "Hội trường B",
            ],
            ["14h00", "Chỉ huy Phòng làm việc tại cơ quan", "", "", ""],
            ("§", "", "THỨ BẢY, CHỦ NHẬT (16 - 17/01/2027)"),
            [
                "",
                "Trực chỉ huy: Thứ Bảy - Trung tá Lê Văn Quý; Chủ nhật - Trung tá Phạm Thanh Sơn",
                "",
                "",
                "",
            ],
        ],
        widths=[2.2, 10.0, 5.5, 5.0, 4.0],
    )
    para(doc, "")
    para(
        doc,
        "Lịch công tác có thể thay đổi, Đội Tổng hợp sẽ thông báo bổ sung. Các Đội đăng ký nội dung công "
        "tác tuần sau của Chỉ huy Phòng về Đội Tổng hợp trước 15h00 thứ Năm hằng tuần.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc CA tỉnh (b/c);\n- Chỉ huy Phòng;\n- Các Đội;\n- Lưu: TH.",
        "TRƯỞNG PHÒNG\n\n\n\nThượng tá Nguyễn Hữu Đạt",
    )
    doc.save(path)


def h748_xlsx(h, path: Path) -> None:
    """Construction quality inspection centre: an indicator sheet, a revenue group row with a sum."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    title_rows(
        ws,
        [
            "SỞ XÂY DỰNG TỈNH ĐÔNG BÌNH",
            "TRUNG TÂM KIỂM ĐỊNH CHẤT LƯỢNG XÂY DỰNG",
            "GIAO CHỈ TIÊU KẾ HOẠCH NĂM 2027 CHO CÁC PHÒNG",
            "(Kèm theo Quyết định số 152/QĐ-TTKĐ ngày 26/12/2026 của Giám đốc Trung tâm)",
        ],
        8,
        (1, 2, 3),
    )
    ws.append([])
    ws.append(
        ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện 2026", "Kế hoạch 2027", "Phòng thực hiện", "Thời hạn", "Ghi chú"]
    )
    bold_header(ws, 6)
    lab = "Phòng Thí nghiệm vật liệu xây dựng"
    kd = "Phòng Kiểm định công trình"
    hc = "Phòng Hành chính - Kế toán"
    rows = [
        [
            "A",
            "CHỈ TIÊU DOANH THU",
            "triệu đồng",
            "=SUM(D8:D10)",
            "=SUM(E8:E10)",
            "",
            "",
            "Chưa gồm thuế GTGT",
        ],
        [
            1,
            "Doanh thu thí nghiệm vật liệu, cấu kiện xây dựng",
            "triệu đồng",
            8150,
            9000,
            lab,
            "31/12/2027",
            "",
        ],
        [
            2,
            "Doanh thu kiểm định, giám định chất lượng công trình",
            "triệu đồng",
            5420,
            6200,
            kd,
            "31/12/2027",
            "",
        ],
        [
            3,
            "Doanh thu quan trắc lún, nghiêng công trình và đo đạc địa hình",
            "triệu đồng",
            1960,
            2300,
            "Phòng Khảo sát - Quan trắc",
            "31/12/2027",
            "",
        ],
        ["B", "CHỈ TIÊU CHUYÊN MÔN"],
        [
            4,
            "Kiểm tra công tác nghiệm thu công trình theo ủy quyền của Sở Xây dựng",
            "công trình",
            42,
            50,
            kd,
            "Hằng quý",
            "Báo cáo Sở",
        ],
        [
            5,
            "Tỷ lệ phiếu kết quả thí nghiệm trả đúng hẹn cho khách hàng",
            "%",
            96,
            "≥ 98",
            lab,
            "Thường xuyên",
            "",
        ],
        [
            6,
            "Đánh giá giám sát duy trì công nhận phòng thí nghiệm theo ISO/IEC 17025",
            "lần",
            1,
            1,
            lab,
            "Quý III",
            "",
        ],
        [7, "Tham gia thử nghiệm thành thạo (so sánh liên phòng)", "đợt", 1, 2, lab, "Tháng 5, tháng 10", ""],
        ["C", "CHỈ TIÊU QUẢN TRỊ"],
        [
            8,
            "Thu hồi công nợ tồn đọng từ năm 2024 trở về trước",
            "%",
            "",
            60,
            hc,
            "30/11/2027",
            "Trên 1.280 triệu đồng",
        ],
        [
            9,
            "Viên chức được đào tạo, cấp chứng chỉ thí nghiệm viên, kiểm định viên",
            "người",
            6,
            10,
            hc,
            "Quý II",
            "Các phòng chuyên môn cử người",
        ],
        [
            10,
            "Không để xảy ra sự cố mất an toàn lao động tại hiện trường",
            "vụ",
            0,
            0,
            "Các phòng chuyên môn",
            "Thường xuyên",
            "",
        ],
        [11, "Hồ sơ thí nghiệm, kiểm định được lưu trữ điện tử", "%", 70, 100, hc, "31/12/2027", ""],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
    wrap(ws, 7)
    ws.append([])
    ws.append(["", "Ghi chú:"])
    ws.append(["", "- Chỉ tiêu doanh thu tính theo giá trị hợp đồng đã nghiệm thu, xuất hóa đơn."])
    ws.append(
        [
            "",
            "- Các phòng báo cáo kết quả thực hiện chỉ tiêu về Phòng Hành chính - Kế toán trước ngày 05 "
            "của tháng đầu quý sau.",
        ]
    )
    ws.append([])
    ws.append([""] * 5 + ["GIÁM ĐỐC"])
    ws.append([])
    ws.append([])
    ws.append([""] * 5 + ["Đặng Văn Thịnh"])
    column_widths(ws, [5, 52, 11, 12, 12, 30, 16, 22])
    wb.save(path)


def h749_docx(h, path: Path) -> None:
    """Forest protection and development fund: a yearly plan in prose, a revenue table (converted to .pdf)."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH ĐÔNG BÌNH\nQUỸ BẢO VỆ VÀ PHÁT TRIỂN RỪNG\n───────\nSố: 96/KH-QBVPTR",
        right2="Đông Bình, ngày 30 tháng 12 năm 2026",
    )
    marked_paragraphs(
        doc,
        [
            "##KẾ HOẠCH",
            "##Thu, chi tiền dịch vụ môi trường rừng và hoạt động của Quỹ năm 2027",
            "Căn cứ Luật Lâm nghiệp; Nghị định số 156/2018/NĐ-CP và các văn bản sửa đổi, bổ sung; căn cứ "
            "Quyết định số 2233/QĐ-UBND ngày 19/12/2026 của UBND tỉnh giao dự toán năm 2027, Quỹ Bảo vệ và "
            "Phát triển rừng tỉnh (sau đây gọi là Quỹ) xây dựng Kế hoạch như sau:",
            "**I. KẾ HOẠCH THU, CHI",
        ],
        MARKS,
    )
    grid(
        doc,
        ["TT", "Nội dung", "Kế hoạch 2027 (triệu đồng)"],
        [
            ["1", "Thu tiền dịch vụ môi trường rừng (nội tỉnh và điều phối từ Quỹ Trung ương)", "64.800"],
            ["2", "Chi trả cho chủ rừng, cộng đồng nhận khoán bảo vệ rừng", "55.080"],
            ["3", "Trích chi phí quản lý của Quỹ (10%)", "6.480"],
            ["4", "Kinh phí dự phòng (5%)", "3.240"],
            ["", "Tổng chi", "64.800"],
        ],
        widths=[1.0, 11.0, 4.0],
    )
    marked_paragraphs(
        doc,
        [
            "**II. NHIỆM VỤ CỤ THỂ",
            "1. Phòng Kế hoạch - Kỹ thuật chủ trì, phối hợp Hạt Kiểm lâm các huyện xác định diện tích rừng "
            "cung ứng dịch vụ môi trường rừng năm 2027, trình Sở Nông nghiệp và Môi trường thẩm định trong "
            "Quý I/2027.",
            "2. Phòng Tài chính - Kế toán ký hợp đồng ủy thác với 03 cơ sở sử dụng dịch vụ môi trường rừng "
            "mới phát sinh (Nhà máy thủy điện Đăk Rô 2, Nhà máy nước Suối Thông, Khu du lịch sinh thái Hồ "
            "Mây) trước ngày 31/3/2027.",
            "3. Đề nghị các cơ sở sử dụng dịch vụ môi trường rừng kê khai, nộp tiền ủy thác về Quỹ theo quý, "
            "chậm nhất ngày cuối cùng của tháng đầu quý sau.",
            "4. Phòng Tài chính - Kế toán chi trả tiền dịch vụ môi trường rừng năm 2026 còn lại cho chủ rừng "
            "là hộ gia đình, cộng đồng dân cư: đợt 1 trước ngày 30/6/2027, đợt 2 trước ngày 15/12/2027.",
            "5. Phòng Kế hoạch - Kỹ thuật thẩm định hồ sơ đề nghị hỗ trợ trồng rừng thay thế, trồng cây phân "
            "tán, trình Giám đốc Quỹ hằng quý.",
            "6. Ban Điều hành Quỹ tổ chức kiểm tra việc quản lý, sử dụng tiền dịch vụ môi trường rừng tại 04 "
            "Ban quản lý rừng phòng hộ, thời gian tháng 8 - 9/2027.",
            "7. Phòng Hành chính - Tổng hợp phối hợp Đài Phát thanh và Truyền hình tỉnh tuyên truyền chính "
            "sách chi trả dịch vụ môi trường rừng đến người dân vùng có rừng; thực hiện thường xuyên.",
            "**III. TỔ CHỨC THỰC HIỆN",
            "1. Giám đốc Quỹ chỉ đạo chung việc thực hiện Kế hoạch.",
            "2. Phòng Hành chính - Tổng hợp là bộ phận đầu mối, theo dõi, tổng hợp tình hình thực hiện Kế "
            "hoạch, báo cáo Hội đồng quản lý Quỹ 06 tháng và năm.",
            "3. Các phòng chuyên môn báo cáo kết quả thực hiện nhiệm vụ về Phòng Hành chính - Tổng hợp trước "
            "ngày 20 của tháng cuối quý.",
            "4. Đề nghị Sở Nông nghiệp và Môi trường quan tâm hướng dẫn, thẩm định kịp thời hồ sơ diện tích "
            "rừng cung ứng dịch vụ để Quỹ có cơ sở chi trả đúng tiến độ.",
        ],
        MARKS,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Sở Nông nghiệp và Môi trường;\n- Hội đồng quản lý Quỹ;\n"
        "- Ban Điều hành Quỹ;\n- Các phòng;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nMai Xuân Thiều",
    )
    doc.save(path)


def h750_docx(h, path: Path) -> None:
    """Airport ground services branch: a monthly programme, a Tết window past the month, two reviews."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "CÔNG TY TNHH MTV PHỤC VỤ MẶT ĐẤT HÀNG KHÔNG MIỀN TRUNG\nCHI NHÁNH PHỤC VỤ MẶT ĐẤT\nTẠI CẢNG "
        "HÀNG KHÔNG ĐỒNG LAM\n───────\nSố: 05/CTr-CNĐL",
        right2="Đồng Lam, ngày 04 tháng 01 năm 2027",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 01/2027", bold=True, center=True)
    grid(
        doc,
        ["STT", "Nội dung công việc", "Bộ phận thực hiện", "Thời gian", "Kết quả / Sản phẩm"],
        [
            ("§", "I", "AN TOÀN, AN NINH HÀNG KHÔNG"),
            [
                "1",
                "Huấn luyện định kỳ an toàn sân đỗ cho nhân viên lái xe, vận hành trang thiết bị mặt đất",
                "Đội Phục vụ sân đỗ",
                "10/01",
                "Danh sách đạt yêu cầu",
            ],
            [
                "2",
                "Bảo dưỡng cấp 2 xe thang, xe băng chuyền, xe kéo đẩy tàu bay trước cao điểm Tết",
                "Đội Kỹ thuật - Phương tiện",
                "15/01",
                "Biên bản nghiệm thu",
            ],
            [
                "3",
                "Tự kiểm tra hệ thống quản lý an toàn (SMS) của Chi nhánh",
                "Tổ An toàn - Chất lượng",
                "20/01",
                "Báo cáo tự kiểm tra",
            ],
            ("§", "II", "PHỤC VỤ CAO ĐIỂM TẾT NGUYÊN ĐÁN ĐINH MÙI 2027"),
            [
                "4",
                "Xây dựng phương án phục vụ cao điểm Tết; bố trí nhân lực làm việc 03 ca",
                "Bộ phận Tổng hợp",
                "Trước 12/01",
                "Phương án được Giám đốc duyệt",
            ],
            [
                "5",
                "Phục vụ các chuyến bay tăng chuyến dịp Tết (dự kiến 186 chuyến)",
                "Đội Phục vụ hành khách, Đội Phục vụ sân đỗ",
                "Từ 25/01 đến 14/02/2027",
                "Không chậm chuyến do phục vụ mặt đất",
            ],
            [
                "6",
                "Bố trí quầy làm thủ tục ưu tiên cho người cao tuổi, phụ nữ mang thai, hành khách "
                "đi cùng trẻ nhỏ",
                "Đội Phục vụ hành khách",
                "Trước Tết Nguyên đán",
                "",
            ],
            [
                "7",
                "Phối hợp Cảng hàng không Đồng Lam diễn tập kéo tàu bay hỏng hóc ra khỏi đường cất hạ cánh",
                "Đội Phục vụ sân đỗ; Đội Kỹ thuật - Phương tiện",
                "Theo kế hoạch của Cảng",
                "Báo cáo rút kinh nghiệm",
            ],
            ("§", "III", "CÔNG TÁC KHÁC"),
            [
                "8",
                "Ký phụ lục hợp đồng cung cấp dịch vụ phục vụ mặt đất năm 2027 với các hãng hàng không",
                "Bộ phận Tổng hợp",
                "31/01",
                "Phụ lục hợp đồng",
            ],
            [
                "9",
                "Báo cáo chất lượng dịch vụ (OTP, chậm chuyến do phục vụ mặt đất) gửi Công ty",
                "Tổ An toàn - Chất lượng",
                "Hằng tháng, trước ngày 05 tháng sau",
                "Báo cáo",
            ],
            [
                "10",
                "Thăm hỏi, tặng quà Tết cho người lao động có hoàn cảnh khó khăn",
                "Công đoàn cơ sở Chi nhánh",
                "Trước 30/01",
                "42 suất quà",
            ],
        ],
        widths=[1.0, 11.0, 5.5, 4.0, 5.0],
    )
    para(doc, "")
    para(
        doc,
        "Các đội, tổ báo cáo kết quả thực hiện trong tuần về Bộ phận Tổng hợp trước 16h00 thứ Sáu hằng tuần "
        "để tổng hợp báo cáo Giám đốc Chi nhánh.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Tổng Giám đốc Công ty (b/c);\n- Cảng HK Đồng Lam (p/h);\n- Các đội, tổ;\n- Lưu: "
        "TH.",
        "GIÁM ĐỐC CHI NHÁNH\n\n\n\nTrương Công Hiếu",
    )
    doc.save(path)


def h752_docx(h, path: Path) -> None:
    """District vocational and continuing education centre: a notice of conclusions as a table."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN TÂN PHƯỚC\nTRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP -\nGIÁO DỤC THƯỜNG XUYÊN\n───────\n"
        "Số: 03/TB-TTGDNN-GDTX",
        right2="Tân Phước, ngày 08 tháng 01 năm 2027",
    )
    marked_paragraphs(
        doc,
        [
            "##THÔNG BÁO",
            "##Kết luận của Giám đốc Trung tâm tại cuộc họp giao ban tháng 01/2027",
            "Ngày 06/01/2027, Giám đốc Trung tâm chủ trì cuộc họp giao ban tháng 01/2027 với các Phó Giám "
            "đốc, trưởng các phòng, tổ chuyên môn. Sau khi nghe báo cáo kết quả tháng 12/2026 và ý kiến "
            "của các thành viên dự họp, Giám đốc Trung tâm kết luận:",
            "1. Tháng 12/2026, Trung tâm hoàn thành kiểm tra giữa học kỳ I; khai giảng 02 lớp sơ cấp nghề "
            "cho lao động nông thôn (68 học viên); tỷ lệ học viên GDTX chuyên cần đạt 91%. Còn 14 học viên "
            "nghỉ học dài ngày; xưởng thực hành điện dân dụng xuống cấp.",
            "2. Nhiệm vụ trọng tâm tháng 01 - 02/2027 giao các bộ phận như sau:",
        ],
        MARKS,
    )
    grid(
        doc,
        ["TT", "Nội dung", "Bộ phận thực hiện", "Thời hạn"],
        [
            [
                "1",
                "Hoàn thành tuyển sinh lớp Trung cấp May thời trang khóa 2027 (bổ sung 12 chỉ tiêu)",
                "Phòng Đào tạo - Quản lý học sinh",
                "28/02/2027",
            ],
            [
                "2",
                "Tổ chức kiểm tra cuối học kỳ I các lớp GDTX cấp THPT; nhập điểm lên phần mềm",
                "Tổ Văn hóa",
                "Từ 18/01 đến 23/01/2027",
            ],
            [
                "3",
                "Rà soát học viên nghỉ học dài ngày, phối hợp gia đình vận động học viên trở lại lớp",
                "Giáo viên chủ nhiệm các lớp",
                "Tuần đầu sau Tết Nguyên đán",
            ],
            [
                "4",
                "Quyết toán kinh phí đào tạo nghề cho lao động nông thôn năm 2026 với Phòng Tài chính - Kế "
                "hoạch huyện",
                "Phòng Hành chính - Tổng hợp",
                "15/01/2027",
            ],
            [
                "5",
                "Mở lớp sơ cấp Kỹ thuật chăn nuôi gà thả vườn tại xã Phước Thành (liên kết Hội Nông "
                "dân huyện)",
                "Tổ Nghề",
                "Khai giảng 20/02/2027",
            ],
            [
                "6",
                "Lập dự toán, sửa chữa mái tôn xưởng thực hành điện dân dụng",
                "Phòng Hành chính - Tổng hợp",
                "Quý II/2027",
            ],
            [
                "7",
                "Cập nhật hồ sơ học viên lên cơ sở dữ liệu ngành giáo dục",
                "Phòng Đào tạo - Quản lý học sinh",
                "Thường xuyên",
            ],
            [
                "8",
                "Phân công trực Tết; tổ chức cho học viên nội trú về quê đón Tết an toàn",
                "Phòng Hành chính - Tổng hợp",
                "Trước 05/02/2027",
            ],
            [
                "9",
                "Đề nghị hỗ trợ giáo viên môn Vật lý, Hóa học dạy tăng cường các lớp 12",
                "Phòng GD&ĐT huyện",
                "Học kỳ II",
            ],
        ],
        widths=[1.0, 9.0, 4.5, 3.0],
    )
    para(doc, "")
    para(
        doc,
        "Các phòng, tổ chuyên môn gửi kế hoạch công tác tháng 02/2027 về Phòng Hành chính - Tổng hợp trước "
        "ngày 25/01/2027 để tổng hợp.",
    )
    para(doc, "Trên đây là kết luận của Giám đốc Trung tâm, đề nghị các bộ phận nghiêm túc thực hiện./.")
    sign_table(
        doc,
        "Nơi nhận:\n- Phòng GD&ĐT huyện (p/h);\n- Ban Giám đốc;\n- Các phòng, tổ;\n- Lưu: VT.",
        "GIÁM ĐỐC\n\n\n\nNguyễn Thị Thanh Xuân",
    )
    doc.save(path)


def batch_h743() -> None:
    """Writes h743–h752 but h751 (the .md, written by hand); the .doc and .pdf through LibreOffice."""
    write_batch(
        [
            (h743_docx, "h743_cv_syt_tccb_quy_hoach_nhan_su.docx"),
            (h745_docx, "h745_tbkl_thuong_truc_hdnd_xa.docx"),
            (h746_xlsx, "h746_kh_phong_cds_so_khcn_nguoi_thuc_hien.xlsx"),
            (h747_docx, "h747_lich_tuan_pc06_cong_an_tinh.docx"),
            (h748_xlsx, "h748_chi_tieu_tt_kiem_dinh_xay_dung.xlsx"),
            (h750_docx, "h750_ctr_thang_chi_nhanh_pvmd_san_bay.docx"),
            (h752_docx, "h752_tbkl_tt_gdnn_gdtx_huyen_bang.docx"),
        ],
        [
            (h744_docx, "h744_kh_khoa_ksnk_bv_huyen.docx", "doc"),
            (h749_docx, "h749_kh_quy_bv_ptr_tinh_dvmtr.docx", "pdf"),
        ],
        _out,
    )
