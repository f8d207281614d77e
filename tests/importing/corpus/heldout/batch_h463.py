"""Held-out batch h463–h472: the second half of the fourth ordinary sample, written by helper
h13author43. Ten documents of bodies that are neither provincial departments nor People's
Committees — a provincial Farmers' Union, a provincial Women's Union, a provincial Labour
Federation, a provincial social-insurance office, a regional State Treasury office, a university
faculty, a provincial general hospital's nursing office, a provincial police traffic division, a
provincial procuracy and a branch of the Vietnam Bank for Social Policies — typed as their clerks
type them: programme tables, plans, notices of conclusions, a weekly calendar, indicator sheets and
a dispatch. Names, units, places, numbers and dates are invented."""

import tempfile
from pathlib import Path

from batch_common import (
    NATIONAL,
    a4,
    bold_header,
    cell_text,
    convert_each,
    document,
    grid,
    head_block,
    landscape,
    marked_paragraphs,
    out_path,
    para,
    sign_table,
    wrap,
    writers,
)

_MOVED: set[str] = {
    "h468_kh_quy_khoa_cntt",  # h13fixRH
    "h470_cv_csgt_doi_nhiem_vu",  # h13fixRH
    "h471_tbkl_vksnd_giao_ban_quy",  # h13fixRH
    "h466_chi_tieu_bhxh_tinh_phong",  # h13fixRI
    "h467_lich_tuan_kbnn_khu_vuc",  # h13fixRI
    "h472_chi_tieu_nhcsxh_chi_nhanh",  # h13fixRI
    "h464_kh_hlhpn_khoi_nghiep_van_xuoi",  # h13fixRJ
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def _lines(doc, lines) -> None:
    """Body paragraphs: a line starting with `**` is bold, with `__` a centred bold heading."""
    marked_paragraphs(doc, lines, {"__": {"bold": True, "center": True}, "**": {"bold": True}})


def _sheet_title(sheet, lines, width: int) -> None:
    """Title lines at the top of a sheet, each merged across `width` columns."""
    from openpyxl.styles import Alignment, Font

    for index, text in enumerate(lines, start=1):
        sheet.cell(row=index, column=1, value=text)
        sheet.merge_cells(start_row=index, start_column=1, end_row=index, end_column=width)
        sheet.cell(row=index, column=1).font = Font(bold=index <= 2 or text.isupper())
        sheet.cell(row=index, column=1).alignment = Alignment(horizontal="center")


def _section_row(sheet, row: int, stt: str, text: str, width: int) -> None:
    from openpyxl.styles import Font

    sheet.cell(row=row, column=1, value=stt).font = Font(bold=True)
    sheet.cell(row=row, column=2, value=text).font = Font(bold=True)
    sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=width)


# ------------------------------------------------------------------ h463 Hội Nông dân, programme
def h463(path: Path) -> None:
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH THÁI NGUYÊN\n*",
        NATIONAL,
        "Số: 112-CTr/HNDT",
        "Thái Nguyên, ngày 28 tháng 12 năm 2026",
    )
    _lines(
        doc,
        [
            "__CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027",
            "__của Ban Thường vụ Hội Nông dân tỉnh",
            "Căn cứ Chương trình công tác năm 2027 của Trung ương Hội Nông dân Việt Nam; Nghị quyết Hội "
            "nghị Ban Chấp hành Hội Nông dân tỉnh lần thứ 9 (khóa XI); căn cứ tình hình thực tế, Ban "
            "Thường vụ Hội Nông dân tỉnh xây dựng Chương trình công tác năm 2027 như sau:",
        ],
    )
    rows = [
        ("§", "I", "CÔNG TÁC TUYÊN TRUYỀN, GIÁO DỤC"),
        [
            "1",
            "Tổ chức các hoạt động kỷ niệm 97 năm Ngày thành lập Hội Nông dân Việt Nam "
            "(14/10/1930 - 14/10/2027)",
            "Ban Tuyên huấn",
            "Văn phòng; các ban",
            "Tháng 10",
            "Đ/c Phó Chủ tịch Thường trực",
        ],
        [
            "2",
            "Biên tập, phát hành Bản tin Nông dân Thái Nguyên",
            "Ban Tuyên huấn",
            "Văn phòng",
            "Hằng quý",
            "Đ/c Ma Văn Thịnh, PCT",
        ],
        [
            "3",
            "Phối hợp với Sở Tư pháp tuyên truyền, phổ biến pháp luật về đất đai, môi trường cho "
            "hội viên nông dân",
            "Ban Tuyên huấn",
            "Ban Kinh tế - Xã hội",
            "Thường xuyên",
            "Đ/c Ma Văn Thịnh, PCT",
        ],
        ("§", "II", "PHONG TRÀO THI ĐUA VÀ HOẠT ĐỘNG HỖ TRỢ NÔNG DÂN"),
        [
            "4",
            "Tổ chức Hội nghị sơ kết phong trào nông dân thi đua sản xuất, kinh doanh giỏi giai đoạn "
            "2025 - 2027",
            "Ban Kinh tế - Xã hội",
            "Văn phòng",
            "Quý II",
            "Đ/c Chủ tịch",
        ],
        [
            "5",
            "Bình chọn, tôn vinh nông dân xuất sắc, hợp tác xã tiêu biểu cấp tỉnh năm 2027",
            "Ban Kinh tế - Xã hội",
            "Ban Tổ chức - Kiểm tra",
            "Tháng 8",
            "Đ/c Chủ tịch",
        ],
        [
            "6",
            "Thẩm định, giải ngân các dự án vay vốn Quỹ Hỗ trợ nông dân tỉnh",
            "Trung tâm Dạy nghề và Hỗ trợ nông dân",
            "Ban Kinh tế - Xã hội",
            "Quý I và Quý III",
            "Đ/c Lương Thị Hảo, PCT",
        ],
        [
            "7",
            "Phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh kiểm tra hoạt động ủy thác cho vay "
            "tại 06 xã",
            "Ban Kinh tế - Xã hội",
            "Văn phòng",
            "6 tháng cuối năm",
            "Đ/c Lương Thị Hảo, PCT",
        ],
        [
            "8",
            "Mở các lớp dạy nghề nông nghiệp, tập huấn chuyển giao tiến bộ khoa học kỹ thuật cho nông dân",
            "Trung tâm Dạy nghề và Hỗ trợ nông dân",
            "Ban Kinh tế - Xã hội",
            "Tháng 3 - Tháng 11",
            "Đ/c Lương Thị Hảo, PCT",
        ],
        ("§", "III", "CÔNG TÁC XÂY DỰNG TỔ CHỨC HỘI"),
        [
            "9",
            "Hướng dẫn các cơ sở Hội phát triển hội viên, thu nộp hội phí năm 2027",
            "Ban Tổ chức - Kiểm tra",
            "Văn phòng",
            "Quý I",
            "Đ/c Phó Chủ tịch Thường trực",
        ],
        [
            "10",
            "Mở lớp bồi dưỡng nghiệp vụ công tác Hội cho chi hội trưởng nông dân mới được bầu",
            "Ban Tổ chức - Kiểm tra",
            "Ban Tuyên huấn",
            "Tháng 5",
            "Đ/c Phó Chủ tịch Thường trực",
        ],
        ("§", "IV", "CÔNG TÁC KIỂM TRA, GIÁM SÁT VÀ VĂN PHÒNG"),
        [
            "11",
            "Kiểm tra việc thực hiện Điều lệ Hội, quản lý hội phí tại 04 cơ sở Hội",
            "Ban Tổ chức - Kiểm tra",
            "Văn phòng",
            "Quý III",
            "Đ/c Phó Chủ tịch Thường trực",
        ],
        [
            "12",
            "Xây dựng báo cáo tổng kết công tác Hội và phong trào nông dân năm 2027",
            "Văn phòng",
            "Các ban, đơn vị",
            "Trước ngày 10/12",
            "Đ/c Chủ tịch",
        ],
    ]
    programme = grid(
        doc,
        ["TT", "Nội dung công việc", "Ban chủ trì", "Ban phối hợp", "Thời gian", "Lãnh đạo phụ trách"],
        rows,
    )
    writers().set_widths(programme, [0.45, 4.1, 1.5, 1.45, 1.1, 1.75])
    _lines(
        doc,
        [
            "**TỔ CHỨC THỰC HIỆN",
            "1. Các ban, đơn vị thuộc Hội Nông dân tỉnh căn cứ Chương trình công tác này cụ thể hóa "
            "thành kế hoạch của ban, đơn vị mình và tổ chức thực hiện bảo đảm chất lượng, tiến độ.",
            "2. Các ban, đơn vị báo cáo kết quả thực hiện Chương trình về Văn phòng trước ngày 15 hằng "
            "tháng để tổng hợp, báo cáo Ban Thường vụ.",
            "3. Văn phòng là bộ phận thường trực, giúp Ban Thường vụ theo dõi, đôn đốc việc thực hiện "
            "Chương trình; kịp thời đề xuất điều chỉnh khi cần thiết.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Trung ương Hội NDVN (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Các ban, đơn vị "
        "thuộc Hội;\n- Hội Nông dân các xã, phường;\n- Lưu VP.",
        "T/M BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nTriệu Văn Quế",
    )
    doc.save(path)


# ------------------------------------------------------------------ h464 Hội LHPN, plan in prose
def h464(path: Path) -> None:
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "HỘI LHPN TỈNH QUẢNG NGÃI\nBAN THƯỜNG VỤ\n***",
        NATIONAL,
        "Số: 27/KH-BTV",
        "Quảng Ngãi, ngày 15 tháng 01 năm 2027",
    )
    _lines(
        doc,
        [
            "__KẾ HOẠCH",
            "__Hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế năm 2027",
            'Thực hiện Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2026 - 2030" và Chương trình công tác '
            "năm 2027 của Hội Liên hiệp Phụ nữ tỉnh, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch hỗ "
            "trợ phụ nữ khởi nghiệp, phát triển kinh tế năm 2027 như sau:",
            "**I. MỤC ĐÍCH, YÊU CẦU",
            "1. Nâng cao nhận thức, khơi dậy tinh thần khởi nghiệp trong cán bộ, hội viên, phụ nữ; hỗ trợ "
            "ít nhất 120 ý tưởng, dự án khởi nghiệp của phụ nữ trong năm 2027.",
            "2. Các hoạt động được triển khai thiết thực, hiệu quả, phù hợp với điều kiện của từng địa "
            "bàn, nhất là khu vực miền núi và đặc khu.",
            "**II. NỘI DUNG HOẠT ĐỘNG",
            "1. Tuyên truyền về tinh thần khởi nghiệp, các chính sách hỗ trợ phụ nữ khởi nghiệp trên "
            "trang thông tin điện tử, trang mạng xã hội của Hội. Giao Ban Tuyên giáo chủ trì, phối hợp "
            "với Ban Hỗ trợ phụ nữ phát triển kinh tế thực hiện. Thời gian: thường xuyên trong năm.",
            "2. Khảo sát, lập danh sách phụ nữ có ý tưởng khởi nghiệp, hộ kinh doanh do phụ nữ làm chủ "
            "trên địa bàn tỉnh. Ban Hỗ trợ phụ nữ phát triển kinh tế chủ trì; thời gian hoàn thành trước "
            "ngày 31/3/2027.",
            "3. Tổ chức 02 lớp tập huấn kiến thức khởi nghiệp, kỹ năng bán hàng trên nền tảng số cho hội "
            "viên phụ nữ khu vực miền núi phía Tây. Ban Hỗ trợ phụ nữ phát triển kinh tế chủ trì, phối "
            "hợp với Trung tâm Hỗ trợ phụ nữ và Dạy nghề tỉnh. Thời gian: Quý II/2027.",
            '4. Tổ chức Cuộc thi "Phụ nữ Quảng Ngãi khởi nghiệp" năm 2027. Ban Hỗ trợ phụ nữ phát '
            "triển kinh tế chủ trì; vòng sơ khảo trong tháng 7, vòng chung khảo trong tháng 9/2027.",
            "5. Phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh giới thiệu hội viên vay vốn phát "
            "triển sản xuất, kinh doanh thông qua tổ tiết kiệm và vay vốn do Hội quản lý. Ban Hỗ trợ phụ "
            "nữ phát triển kinh tế chủ trì. Thời gian: thường xuyên.",
            "6. Hỗ trợ kết nối, quảng bá sản phẩm của các hợp tác xã, tổ hợp tác do phụ nữ làm chủ tại "
            "Hội chợ OCOP tỉnh. Trung tâm Hỗ trợ phụ nữ và Dạy nghề tỉnh chủ trì. Thời gian: tháng "
            "10/2027.",
            "7. Biểu dương, khen thưởng các mô hình phụ nữ khởi nghiệp tiêu biểu nhân kỷ niệm Ngày Phụ "
            "nữ Việt Nam. Ban Tổ chức - Kiểm tra chủ trì, phối hợp với Văn phòng. Thời gian: trước ngày "
            "15/10/2027.",
            "8. Kiểm tra, giám sát việc triển khai hỗ trợ phụ nữ khởi nghiệp tại 05 xã, phường. Ban Tổ "
            "chức - Kiểm tra chủ trì, phối hợp với Ban Hỗ trợ phụ nữ phát triển kinh tế. Thời gian: Quý "
            "III/2027.",
            "9. Tổng hợp, đánh giá kết quả hỗ trợ phụ nữ khởi nghiệp năm 2027, báo cáo Ban Thường vụ "
            "Hội LHPN tỉnh. Ban Hỗ trợ phụ nữ phát triển kinh tế chủ trì. Thời gian: tháng 12/2027.",
            "**III. KINH PHÍ",
            "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh cấp cho Hội LHPN tỉnh năm 2027 và các "
            "nguồn xã hội hóa hợp pháp khác.",
            "**IV. TỔ CHỨC THỰC HIỆN",
            "1. Ban Hỗ trợ phụ nữ phát triển kinh tế là bộ phận thường trực, tham mưu Thường trực Hội "
            "theo dõi, đôn đốc việc thực hiện Kế hoạch.",
            "2. Văn phòng Hội LHPN tỉnh tham mưu bố trí kinh phí, bảo đảm các điều kiện tổ chức hoạt "
            "động theo Kế hoạch.",
            "3. Hội LHPN các xã, phường, đặc khu căn cứ Kế hoạch, chủ động xây dựng kế hoạch triển khai "
            "phù hợp; báo cáo kết quả thực hiện về Hội LHPN tỉnh (qua Ban Hỗ trợ phụ nữ phát triển kinh "
            "tế) trước ngày 20/11/2027.",
            "Trên đây là Kế hoạch hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế năm 2027 của Ban Thường "
            "vụ Hội LHPN tỉnh Quảng Ngãi./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TW Hội LHPN Việt Nam (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Các ban, đơn vị "
        "thuộc Hội;\n- Hội LHPN các xã, phường, đặc khu;\n- Lưu: VT, Ban HTPNPTKT.",
        "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH\n\n\n\nĐinh Thị Mỹ Lệ",
    )
    doc.save(path)


# ------------------------------------------------------------------ h465 LĐLĐ, notice (.doc)
def h465_docx(h, path: Path) -> None:
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI",
        NATIONAL,
        "Số: 45/TB-LĐLĐ",
        "Đồng Nai, ngày 08 tháng 3 năm 2027",
    )
    _lines(
        doc,
        [
            "__THÔNG BÁO",
            "__Kết luận của đồng chí Chủ tịch Liên đoàn Lao động tỉnh tại cuộc họp giao ban tháng 02/2027",
            "Ngày 05/3/2027, Thường trực Liên đoàn Lao động tỉnh tổ chức họp giao ban đánh giá kết quả "
            "công tác tháng 02 và triển khai nhiệm vụ tháng 3/2027. Chủ trì cuộc họp: đồng chí Võ Thanh "
            "Bình, Chủ tịch LĐLĐ tỉnh; tham dự có các đồng chí Phó Chủ tịch, Trưởng các ban, Chủ nhiệm "
            "Ủy ban Kiểm tra và Giám đốc Trung tâm Tư vấn pháp luật Công đoàn.",
            "Sau khi nghe Văn phòng báo cáo và ý kiến của các đồng chí dự họp, đồng chí Chủ tịch LĐLĐ "
            "tỉnh kết luận như sau:",
            "**1. Đánh giá chung",
            "Trong tháng 02/2027, các ban, đơn vị đã tổ chức tốt các hoạt động chăm lo Tết Đinh Mùi cho "
            "đoàn viên, người lao động; thăm, tặng 12.450 suất quà với tổng kinh phí hơn 6,2 tỷ đồng. Tuy "
            "nhiên, công tác phát triển đoàn viên còn chậm, một số công đoàn cơ sở chưa tổ chức đại hội "
            "đúng kế hoạch.",
            "**2. Nhiệm vụ trọng tâm thời gian tới",
            "2.1. Ban Tuyên giáo - Nữ công:",
            "- Chuẩn bị nội dung, tổ chức Hội nghị biểu dương cán bộ nữ công cơ sở tiêu biểu năm 2027, "
            "hoàn thành trước ngày 25/3/2027.",
            "- Phối hợp với Ban Chính sách - Pháp luật tuyên truyền các quy định mới của pháp luật lao "
            "động cho công nhân tại các khu công nghiệp; thời gian: tháng 3 và tháng 4/2027.",
            "2.2. Ban Chính sách - Pháp luật:",
            '- Tham mưu kế hoạch tổ chức "Tháng Công nhân" năm 2027, trình Thường trực trước ngày 20/3/2027.',
            "- Theo dõi, nắm tình hình tranh chấp lao động tập thể, ngừng việc tập thể tại doanh "
            "nghiệp, kịp thời báo cáo Thường trực khi phát sinh; thực hiện thường xuyên.",
            "2.3. Ban Tổ chức - Kiểm tra:",
            "- Đôn đốc các công đoàn cơ sở còn lại hoàn thành đại hội công đoàn cơ sở nhiệm kỳ 2027 - "
            "2032 trong quý II/2027.",
            "- Tập trung phát triển đoàn viên, thành lập công đoàn cơ sở tại các doanh nghiệp từ 25 lao "
            "động trở lên; phấn đấu đến hết quý I/2027 kết nạp mới 3.000 đoàn viên.",
            "2.4. Ban Tài chính:",
            "- Hoàn thành thẩm định quyết toán tài chính công đoàn năm 2026 của các công đoàn cấp trên "
            "trực tiếp cơ sở, báo cáo Tổng Liên đoàn trước ngày 31/3/2027.",
            "2.5. Văn phòng:",
            "- Chuẩn bị các điều kiện tổ chức Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ tư (mở rộng), dự "
            "kiến tổ chức ngày 15/4/2027.",
            "- Tham mưu Thường trực sửa đổi, bổ sung Quy chế làm việc của Ban Chấp hành, Ban Thường vụ "
            "LĐLĐ tỉnh, trình trong tháng 4/2027.",
            "2.6. Ủy ban Kiểm tra LĐLĐ tỉnh:",
            "- Xây dựng kế hoạch và tiến hành kiểm tra công tác quản lý tài chính, tài sản công đoàn tại "
            "06 công đoàn cơ sở; hoàn thành trong quý III/2027.",
            "**3. Chế độ báo cáo",
            "Các ban, đơn vị báo cáo kết quả thực hiện các nội dung được giao về Văn phòng trước ngày "
            "28/3/2027 để tổng hợp, báo cáo tại cuộc họp giao ban tháng 3/2027.",
            "Văn phòng Liên đoàn Lao động tỉnh thông báo để các ban, đơn vị biết, thực hiện./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Thường trực LĐLĐ tỉnh;\n- Các ban, đơn vị thuộc LĐLĐ tỉnh;\n- Lưu: VT, VP.",
        "TL. BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\n\n\nLê Thị Ngọc Hân",
    )
    doc.save(path)


# ------------------------------------------------------------------ h466 BHXH tỉnh, indicators
def h466(path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Chỉ tiêu 2027"
    _sheet_title(
        sheet,
        [
            "BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN",
            "PHỤ LỤC 01",
            "GIAO CHỈ TIÊU KẾ HOẠCH NĂM 2027 CHO CÁC PHÒNG NGHIỆP VỤ",
            "(Kèm theo Quyết định số 18/QĐ-BHXH ngày 12/01/2027 của Giám đốc Bảo hiểm xã hội tỉnh)",
        ],
        7,
    )
    header = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2027", "Phòng chủ trì", "Thời hạn", "Ghi chú"]
    for column, text in enumerate(header, start=1):
        sheet.cell(row=6, column=column, value=text)
    bold_header(sheet, 6)
    thu = "Phòng Quản lý thu và Phát triển người tham gia"
    rows = [
        ("§", "A", "CHỈ TIÊU PHÁT TRIỂN NGƯỜI THAM GIA"),
        [
            "1",
            "Số người tham gia BHXH bắt buộc",
            "Người",
            "268.500",
            thu,
            "31/12/2027",
            "Giao chi tiết BHXH cơ sở tại Phụ lục 02",
        ],
        ["2", "Số người tham gia BHXH tự nguyện", "Người", "96.000", thu, "31/12/2027", ""],
        ["3", "Số người tham gia bảo hiểm thất nghiệp", "Người", "221.000", thu, "31/12/2027", ""],
        [
            "4",
            "Tỷ lệ dân số tham gia bảo hiểm y tế",
            "%",
            "95,2",
            thu,
            "31/12/2027",
            "Chỉ tiêu UBND tỉnh giao",
        ],
        ("§", "B", "CHỈ TIÊU THU, NỢ"),
        ["5", "Tổng số thu BHXH, BHYT, BHTN", "Tỷ đồng", "9.850", thu, "31/12/2027", ""],
        [
            "6",
            "Tỷ lệ nợ BHXH, BHYT, BHTN so với số phải thu",
            "%",
            "≤ 1,9",
            "Phòng Thanh tra - Kiểm tra",
            "31/12/2027",
            "",
        ],
        ("§", "C", "CHỈ TIÊU GIẢI QUYẾT CHẾ ĐỘ, GIÁM ĐỊNH VÀ CẢI CÁCH HÀNH CHÍNH"),
        [
            "7",
            "Tỷ lệ hồ sơ hưởng chế độ BHXH được giải quyết đúng hạn",
            "%",
            "100",
            "Phòng Chế độ bảo hiểm xã hội",
            "Hằng tháng",
            "",
        ],
        [
            "8",
            "Tỷ lệ người hưởng lương hưu, trợ cấp BHXH nhận qua tài khoản cá nhân tại khu vực đô thị",
            "%",
            "85",
            "Phòng Kế hoạch - Tài chính",
            "30/9/2027",
            "",
        ],
        [
            "9",
            "Tỷ lệ cơ sở khám chữa bệnh BHYT liên thông dữ liệu giám định điện tử",
            "%",
            "100",
            "Phòng Giám định bảo hiểm y tế",
            "Quý II/2027",
            "",
        ],
        [
            "10",
            "Số cuộc thanh tra, kiểm tra chuyên ngành về đóng BHXH, BHYT, BHTN",
            "Cuộc",
            "180",
            "Phòng Thanh tra - Kiểm tra",
            "30/11/2027",
            "",
        ],
        [
            "11",
            "Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận qua giao dịch điện tử",
            "%",
            "100",
            "Văn phòng",
            "Thường xuyên",
            "",
        ],
    ]
    row = 7
    for values in rows:
        if values[0] == "§":
            _section_row(sheet, row, values[1], values[2], 7)
        else:
            for column, text in enumerate(values, start=1):
                sheet.cell(row=row, column=column, value=text)
        row += 1
    wrap(sheet, 7)
    notes = [
        "Ghi chú:",
        "- Các phòng nghiệp vụ, Bảo hiểm xã hội cơ sở báo cáo tiến độ thực hiện chỉ tiêu về Phòng Kế "
        "hoạch - Tài chính trước ngày 05 hằng tháng.",
        "- Chỉ tiêu giao cho Bảo hiểm xã hội cơ sở thực hiện theo Phụ lục 02 kèm theo Quyết định.",
    ]
    for offset, text in enumerate(notes, start=1):
        sheet.cell(row=row + offset, column=1, value=text)
        sheet.merge_cells(start_row=row + offset, start_column=1, end_row=row + offset, end_column=7)
    sheet.cell(row=row + 5, column=5, value="GIÁM ĐỐC")
    sheet.cell(row=row + 9, column=5, value="Nguyễn Đình Tuấn")
    for letter, width in zip("ABCDEFG", [6, 48, 10, 12, 30, 14, 24], strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# ------------------------------------------------------------------ h467 KBNN khu vực, week (.pdf)
def h467_docx(h, path: Path) -> None:
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "KHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC KHU VỰC XI\n───────",
        NATIONAL,
        "",
        "Huế, ngày 02 tháng 4 năm 2027",
    )
    _lines(
        doc,
        [
            "__LỊCH CÔNG TÁC TUẦN 14",
            "__(Từ ngày 05/4/2027 đến ngày 10/4/2027)",
        ],
    )
    header = [
        "Thứ, ngày",
        "Thời gian",
        "Nội dung công việc",
        "Lãnh đạo chủ trì",
        "Đơn vị chuẩn bị",
        "Địa điểm",
    ]
    rows = [
        [
            "Thứ Hai\n05/4",
            "08h00",
            "Giao ban Lãnh đạo Kho bạc Nhà nước Khu vực tuần 14",
            "Giám đốc",
            "Văn phòng",
            "Phòng họp tầng 3",
        ],
        [
            "",
            "14h00",
            "Họp xét duyệt quyết toán ngân sách năm 2026 của các đơn vị dự toán cấp tỉnh (đợt 1)",
            "PGĐ Lê Thị Hạnh",
            "Phòng Kế toán nhà nước",
            "Phòng họp tầng 3",
        ],
        [
            "Thứ Ba\n06/4",
            "08h00",
            "Làm việc với Sở Tài chính về tình hình giải ngân vốn đầu tư công quý I/2027",
            "Giám đốc",
            "Phòng Kiểm soát chi",
            "Sở Tài chính",
        ],
        ["", "14h00", "PGĐ Nguyễn Văn Quang làm việc tại cơ quan", "", "", ""],
        [
            "Thứ Tư\n07/4",
            "08h00",
            "Kiểm tra công tác an toàn kho quỹ tại Phòng Giao dịch số 3",
            "PGĐ Nguyễn Văn Quang",
            "Phòng Thanh tra - Kiểm tra",
            "Phòng Giao dịch số 3",
        ],
        [
            "",
            "14h00",
            "Tập huấn sử dụng dịch vụ công trực tuyến cho các đơn vị sử dụng ngân sách",
            "PGĐ Lê Thị Hạnh",
            "Phòng Kiểm soát chi",
            "Hội trường",
        ],
        [
            "Thứ Năm\n08/4",
            "08h00",
            "Hội nghị sơ kết công tác quý I, triển khai nhiệm vụ quý II/2027",
            "Giám đốc",
            "Văn phòng",
            "Hội trường",
        ],
        [
            "",
            "14h00",
            "Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng quý I/2027",
            "Giám đốc",
            "Phòng Tổ chức cán bộ",
            "Phòng họp tầng 3",
        ],
        [
            "Thứ Sáu\n09/4",
            "08h00",
            "Đối chiếu số liệu thu, chi ngân sách tháng 3/2027 với cơ quan Thuế, Hải quan",
            "PGĐ Lê Thị Hạnh",
            "Phòng Kế toán nhà nước",
            "Phòng họp tầng 2",
        ],
        [
            "",
            "09h30",
            "Tiếp công dân định kỳ",
            "Giám đốc",
            "Phòng Thanh tra - Kiểm tra",
            "Phòng tiếp công dân",
        ],
        ["", "14h00", "Lãnh đạo làm việc tại cơ quan, giải quyết công việc thường xuyên", "", "", ""],
        ["Thứ Bảy\n10/4", "Cả ngày", "Trực lãnh đạo: PGĐ Nguyễn Văn Quang", "", "Văn phòng", ""],
    ]
    t = grid(doc, header, rows)
    h.set_widths(t, [0.95, 0.75, 4.1, 1.5, 1.6, 1.55])
    for first, last in [(1, 2), (3, 4), (5, 6), (7, 8), (9, 11)]:
        text = rows[first - 1][0]
        merged = t.cell(first, 0).merge(t.cell(last, 0))
        cell_text(merged, text, bold=True, center=True)
    _lines(
        doc,
        [
            "Ghi chú:",
            "- Các phòng chuẩn bị nội dung báo cáo sơ kết quý I/2027 gửi Văn phòng trước 16h00 ngày "
            "06/4/2027.",
            "- Lịch công tác có thể thay đổi; Văn phòng sẽ thông báo trên hệ thống quản lý văn bản.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc;\n- Các phòng, Phòng Giao dịch;\n- Đăng tải cổng TTĐT nội bộ;\n- Lưu: VT.",
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nHồ Đăng Khoa",
    )
    doc.save(path)


# ------------------------------------------------------------------ h468 faculty, quarter (.odt)
def h468_docx(h, path: Path) -> None:
    doc = document(13)
    a4(doc)
    head_block(
        doc,
        "TRƯỜNG ĐẠI HỌC TÂY SÔNG HẬU\nKHOA CÔNG NGHỆ THÔNG TIN\n───────",
        NATIONAL,
        "Số: 04/KH-KCNTT",
        "Cần Thơ, ngày 29 tháng 12 năm 2026",
    )
    _lines(
        doc,
        [
            "__KẾ HOẠCH CÔNG TÁC QUÝ I NĂM 2027",
            "Căn cứ Kế hoạch năm học 2026 - 2027 của Trường Đại học Tây Sông Hậu và kết quả họp Hội đồng "
            "Khoa ngày 25/12/2026, Khoa Công nghệ thông tin xây dựng kế hoạch công tác quý I năm 2027 "
            "như sau:",
        ],
    )
    rows = [
        ("§", "", "THÁNG 01/2027"),
        [
            "1",
            "Tổ chức thi kết thúc học phần học kỳ I năm học 2026 - 2027",
            "Văn phòng Khoa",
            "04/01 - 16/01/2027",
            "Các Bộ môn cử cán bộ coi thi",
        ],
        [
            "2",
            "Nhập điểm, công bố kết quả học tập học kỳ I trên hệ thống quản lý đào tạo",
            "Văn phòng Khoa",
            "Trước 25/01/2027",
            "",
        ],
        [
            "3",
            "Rà soát, cập nhật đề cương chi tiết học phần chương trình đào tạo ngành Kỹ thuật phần mềm",
            "Bộ môn Công nghệ phần mềm",
            "Tháng 01 - 02/2027",
            "",
        ],
        ("§", "", "THÁNG 02/2027"),
        [
            "4",
            "Tổ chức gặp mặt cán bộ, giảng viên đầu xuân Đinh Mùi 2027",
            "Văn phòng Khoa",
            "18/02/2027",
            "Phối hợp Công đoàn bộ phận",
        ],
        [
            "5",
            "Xét, giao đề tài khóa luận tốt nghiệp cho sinh viên khóa 2023",
            "Các Bộ môn",
            "Trước 28/02/2027",
            "",
        ],
        [
            "6",
            'Tổ chức Hội thảo khoa học sinh viên "Ứng dụng trí tuệ nhân tạo trong chuyển đổi số"',
            "Bộ môn Khoa học máy tính",
            "26/02/2027",
            "Kinh phí từ nguồn NCKH của Khoa",
        ],
        ("§", "", "THÁNG 03/2027"),
        [
            "7",
            "Hướng dẫn sinh viên đăng ký thực tập doanh nghiệp đợt 1 năm 2027",
            "Văn phòng Khoa",
            "Trước 10/3/2027",
            "",
        ],
        [
            "8",
            "Chuẩn bị hồ sơ tự đánh giá chương trình đào tạo ngành Công nghệ thông tin theo tiêu chuẩn "
            "AUN-QA",
            "Tổ Đảm bảo chất lượng Khoa",
            "Tháng 3/2027",
            "TS. Phan Thanh Tâm phụ trách",
        ],
        [
            "9",
            "Tham gia Ngày hội việc làm sinh viên năm 2027",
            "Văn phòng Khoa",
            "Theo kế hoạch của Trường",
            "",
        ],
        ("§", "", "CÔNG VIỆC THƯỜNG XUYÊN"),
        ["10", "Sinh hoạt chuyên môn, dự giờ giảng viên trẻ", "Các Bộ môn", "Hằng tháng", ""],
        [
            "11",
            "Cập nhật tin tức, hoạt động của Khoa trên trang thông tin điện tử",
            "Văn phòng Khoa",
            "Thường xuyên",
            "",
        ],
    ]
    grid(
        doc,
        ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian", "Ghi chú"],
        rows,
        widths=[1.0, 8.0, 3.6, 3.0, 3.0],
    )
    _lines(
        doc,
        [
            "**Tổ chức thực hiện",
            "- Trưởng các Bộ môn, Văn phòng Khoa triển khai thực hiện các nội dung được giao theo kế hoạch.",
            "- Các Bộ môn, Văn phòng Khoa báo cáo kết quả thực hiện về Trưởng khoa vào ngày 25 hằng tháng "
            "để tổng hợp, báo cáo Ban Giám hiệu.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám hiệu (b/c);\n- Phòng Đào tạo;\n- Các Bộ môn;\n- Lưu: VP Khoa.",
        "TRƯỞNG KHOA\n\n\n\nTS. Huỳnh Quốc Bảo",
    )
    doc.save(path)


# ------------------------------------------------------------------ h469 hospital nursing, plan
def h469(path: Path) -> None:
    doc = document(13)
    a4(doc)
    head_block(
        doc,
        "SỞ Y TẾ HÀ TĨNH\nBỆNH VIỆN ĐA KHOA TỈNH\nPHÒNG ĐIỀU DƯỠNG",
        NATIONAL,
        "Số: 12/KH-PĐD",
        "Hà Tĩnh, ngày 06 tháng 01 năm 2027",
    )
    _lines(
        doc,
        [
            "__KẾ HOẠCH",
            "__Nâng cao chất lượng công tác chăm sóc người bệnh năm 2027",
            "Căn cứ Thông tư số 31/2021/TT-BYT của Bộ Y tế quy định hoạt động điều dưỡng trong bệnh viện; "
            "căn cứ Kế hoạch hoạt động năm 2027 của Bệnh viện Đa khoa tỉnh, Phòng Điều dưỡng xây dựng Kế "
            "hoạch nâng cao chất lượng công tác chăm sóc người bệnh năm 2027 như sau:",
            "**I. MỤC TIÊU",
            "1. Mục tiêu chung: Nâng cao chất lượng chăm sóc toàn diện, bảo đảm an toàn người bệnh và sự "
            "hài lòng của người bệnh.",
            "2. Mục tiêu cụ thể:",
            "- 100% người bệnh nội trú được nhận diện bằng vòng đeo tay;",
            "- Tỷ lệ tuân thủ vệ sinh tay của nhân viên y tế đạt trên 85%;",
            "- Tỷ lệ hài lòng của người bệnh nội trú về công tác chăm sóc đạt từ 92% trở lên.",
            "**II. NỘI DUNG HOẠT ĐỘNG",
            "Các hoạt động cụ thể, đơn vị thực hiện và thời gian chi tiết tại Phụ lục kèm theo Kế hoạch này.",
            "**III. TỔ CHỨC THỰC HIỆN",
            "1. Phòng Điều dưỡng là đầu mối, tham mưu Giám đốc theo dõi, đôn đốc, kiểm tra việc thực hiện "
            "Kế hoạch.",
            "2. Phòng Vật tư - Thiết bị y tế bảo đảm cung ứng vòng đeo tay nhận diện, dung dịch sát khuẩn "
            "tay nhanh cho các khoa trước ngày 31/01/2027.",
            "3. Điều dưỡng trưởng các khoa lâm sàng triển khai Kế hoạch tại khoa; báo cáo kết quả thực "
            "hiện về Phòng Điều dưỡng định kỳ hằng quý (trước ngày 25 của tháng cuối quý).",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc (b/c);\n- Các khoa, phòng;\n- Lưu: VT, PĐD.",
        "TRƯỞNG PHÒNG ĐIỀU DƯỠNG\n\n\n\nĐDCKI. Nguyễn Thị Thu Hà",
    )
    para(doc, "DUYỆT CỦA GIÁM ĐỐC", bold=True, center=True)
    para(doc, "BSCKII. Trần Hữu Lộc", bold=True, center=True)
    doc.add_page_break()
    _lines(
        doc,
        [
            "__PHỤ LỤC",
            "__CÁC HOẠT ĐỘNG NÂNG CAO CHẤT LƯỢNG CHĂM SÓC NGƯỜI BỆNH NĂM 2027",
        ],
    )
    para(
        doc, "(Kèm theo Kế hoạch số 12/KH-PĐD ngày 06/01/2027 của Phòng Điều dưỡng)", italic=True, center=True
    )
    rows = [
        ("§", "I", "NHẬN DIỆN NGƯỜI BỆNH VÀ AN TOÀN NGƯỜI BỆNH"),
        [
            "1",
            "Triển khai đeo vòng nhận diện cho 100% người bệnh nội trú",
            "Phòng Điều dưỡng",
            "Các khoa lâm sàng",
            "Quý I/2027",
            "Biên bản kiểm tra",
        ],
        [
            "2",
            "Xây dựng quy trình bàn giao người bệnh giữa các khoa theo công cụ SBAR",
            "Phòng Điều dưỡng",
            "Phòng Quản lý chất lượng",
            "Tháng 3/2027",
            "Quy trình được ban hành",
        ],
        [
            "3",
            "Giám sát tuân thủ vệ sinh tay của nhân viên y tế",
            "Khoa Kiểm soát nhiễm khuẩn",
            "Phòng Điều dưỡng",
            "Hằng tháng",
            "Báo cáo giám sát",
        ],
        ("§", "II", "CHĂM SÓC TOÀN DIỆN"),
        [
            "4",
            "Tư vấn, giáo dục sức khỏe cho người bệnh, người nhà người bệnh tại các khoa",
            "Phòng Công tác xã hội",
            "Phòng Điều dưỡng",
            "Thường xuyên",
            "Sổ tư vấn",
        ],
        [
            "5",
            "Thí điểm mô hình chăm sóc dinh dưỡng cho người bệnh đái tháo đường tại Khoa Nội tiết",
            "Khoa Dinh dưỡng",
            "Khoa Nội tiết",
            "Quý II/2027",
            "Báo cáo đánh giá mô hình",
        ],
        [
            "6",
            "Khảo sát sự hài lòng của người bệnh nội trú về công tác chăm sóc",
            "Phòng Quản lý chất lượng",
            "Phòng Điều dưỡng",
            "Tháng 6 và tháng 11/2027",
            "Báo cáo khảo sát",
        ],
        ("§", "III", "ĐÀO TẠO, KIỂM TRA"),
        [
            "7",
            'Tổ chức lớp đào tạo liên tục "Chăm sóc người bệnh thở máy" cho điều dưỡng khối Hồi sức',
            "Phòng Điều dưỡng",
            "Trung tâm Đào tạo và Chỉ đạo tuyến",
            "15/4 - 30/4/2027",
            "Chứng chỉ đào tạo",
        ],
        [
            "8",
            'Tổ chức Hội thi "Điều dưỡng giỏi" cấp bệnh viện năm 2027',
            "Phòng Điều dưỡng",
            "Công đoàn bệnh viện; Đoàn Thanh niên",
            "Quý III/2027",
            "Quyết định khen thưởng",
        ],
        [
            "9",
            "Kiểm tra chéo công tác chăm sóc, ghi chép hồ sơ điều dưỡng giữa các khoa",
            "Phòng Điều dưỡng",
            "Điều dưỡng trưởng các khoa",
            "Quý II, quý IV/2027",
            "Biên bản kiểm tra",
        ],
    ]
    grid(
        doc,
        ["TT", "Hoạt động", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian", "Kết quả đầu ra"],
        rows,
        widths=[0.9, 6.5, 3.0, 3.0, 2.6, 2.6],
    )
    doc.save(path)


# ------------------------------------------------------------------ h470 police traffic, dispatch
def h470(path: Path) -> None:
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "CÔNG AN TỈNH LÀO CAI\nPHÒNG CẢNH SÁT GIAO THÔNG\n───────",
        NATIONAL,
        "Số: 1186/PC08-TM\nV/v tăng cường bảo đảm trật tự, an toàn giao thông cao điểm du lịch hè năm 2027",
        "Lào Cai, ngày 20 tháng 5 năm 2027",
    )
    _lines(
        doc,
        [
            "Kính gửi: Các Đội, Trạm thuộc Phòng Cảnh sát giao thông.",
            "Thực hiện Kế hoạch số 342/KH-CAT-PV01 ngày 12/5/2027 của Công an tỉnh về bảo đảm an ninh, "
            "trật tự phục vụ mùa du lịch hè năm 2027; dự báo từ tháng 6 đến tháng 8/2027 lưu lượng "
            "phương tiện, khách du lịch trên các tuyến quốc lộ, cao tốc qua địa bàn tỉnh tăng cao, Trưởng "
            "phòng Cảnh sát giao thông yêu cầu các Đội, Trạm thực hiện tốt các nội dung sau:",
            "1. Đội Tham mưu - Tổng hợp:",
            "a) Xây dựng kế hoạch tuần tra, kiểm soát cao điểm du lịch hè năm 2027, trình lãnh đạo Phòng "
            "phê duyệt trước ngày 25/5/2027.",
            "b) Tổng hợp kết quả tuần tra, kiểm soát, xử lý vi phạm của các Đội, Trạm, báo cáo Công an "
            "tỉnh (qua Phòng Tham mưu) trước 16 giờ thứ Sáu hằng tuần.",
            "2. Đội Tuần tra, kiểm soát giao thông đường bộ số 1:",
            "a) Bố trí lực lượng tuần tra, kiểm soát trên tuyến Quốc lộ 4D, tập trung vào khung giờ cao "
            "điểm chiều thứ Sáu và chiều Chủ nhật; thời gian từ ngày 01/6 đến ngày 31/8/2027.",
            "b) Phối hợp với Công an các xã dọc tuyến khảo sát các đoạn đèo dốc nguy hiểm, đề xuất cắm "
            "biển cảnh báo, bố trí điểm phân luồng khi có sương mù; hoàn thành trước ngày 31/5/2027.",
            "3. Đội Tuần tra, kiểm soát giao thông đường bộ số 2: Tăng cường kiểm soát xe khách, xe chở "
            "khách du lịch trên tuyến cao tốc đoạn qua địa bàn tỉnh; xử lý nghiêm vi phạm về tốc độ, "
            "nồng độ cồn, chở quá số người quy định. Thời gian: từ ngày 01/6 đến ngày 31/8/2027.",
            "4. Đội Chỉ huy, điều khiển giao thông và giám sát: Vận hành hệ thống camera giám sát giao "
            "thông, trích xuất hình ảnh vi phạm chuyển Đội Xử lý vi phạm xử lý theo quy định; thực hiện "
            "thường xuyên.",
            "5. Đội Xử lý vi phạm: Rà soát, giải quyết dứt điểm các hồ sơ vi phạm hành chính tồn đọng "
            "năm 2026, hoàn thành trước ngày 30/6/2027.",
            "6. Đội Đăng ký, quản lý phương tiện: Rà soát, thống kê phương tiện kinh doanh vận tải hành "
            "khách du lịch đăng ký trên địa bàn tỉnh, gửi danh sách cho các Đội tuần tra, kiểm soát "
            "trước ngày 05/6/2027.",
            "7. Đề nghị Công an các xã, phường có tuyến quốc lộ đi qua phối hợp tuyên truyền, vận động "
            "người dân chấp hành quy định về trật tự, an toàn giao thông; không họp chợ, phơi nông sản "
            "trên lòng đường.",
            "Các Đội, Trạm báo cáo kết quả thực hiện về Phòng (qua Đội Tham mưu - Tổng hợp) trước ngày "
            "05/9/2027 để tổng hợp, báo cáo Ban Giám đốc Công an tỉnh.",
            "Yêu cầu Đội trưởng các Đội, Trạm trưởng nghiêm túc triển khai thực hiện./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Đ/c Giám đốc CA tỉnh (để b/c);\n- Phòng Tham mưu CA tỉnh;\n- Lưu: "
        "VT, PC08(TM).",
        "TRƯỞNG PHÒNG\n\n\n\nThượng tá Vàng A Sùng",
    )
    doc.save(path)


# ------------------------------------------------------------------ h471 procuracy, conclusions
def h471(path: Path) -> None:
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "VIỆN KIỂM SÁT NHÂN DÂN\nTỈNH AN GIANG\n───────",
        NATIONAL,
        "Số: 08/TB-VKS-VP",
        "An Giang, ngày 09 tháng 4 năm 2027",
    )
    _lines(
        doc,
        [
            "__THÔNG BÁO",
            "__Kết luận của đồng chí Viện trưởng tại Hội nghị giao ban công tác quý I năm 2027",
            "Ngày 06/4/2027, Viện kiểm sát nhân dân tỉnh An Giang tổ chức Hội nghị giao ban công tác quý "
            "I năm 2027. Đồng chí Trần Minh Khoa, Viện trưởng chủ trì; tham dự có các đồng chí Phó Viện "
            "trưởng, lãnh đạo các đơn vị thuộc Viện kiểm sát nhân dân tỉnh và Viện trưởng Viện kiểm sát "
            "nhân dân khu vực 1, 2, 3, 4 (dự trực tuyến).",
            "Sau khi nghe Văn phòng báo cáo kết quả công tác quý I và ý kiến phát biểu của các đại biểu, "
            "đồng chí Viện trưởng kết luận như sau:",
            "**I. ĐÁNH GIÁ KẾT QUẢ CÔNG TÁC QUÝ I NĂM 2027",
            "Trong quý I/2027, toàn ngành đã kiểm sát giải quyết 1.214 nguồn tin về tội phạm, đạt tỷ lệ "
            "giải quyết 86,3%; thực hành quyền công tố, kiểm sát điều tra 642 vụ án hình sự; không có "
            "trường hợp Viện kiểm sát truy tố mà Tòa án tuyên không phạm tội. Tuy nhiên, một số đơn vị "
            "còn để án quá hạn luật định, chất lượng báo cáo án chưa cao.",
            "**II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2027",
            "Các đơn vị tiếp tục quán triệt, thực hiện nghiêm Chỉ thị công tác năm 2027 của Viện trưởng "
            "Viện kiểm sát nhân dân tối cao, trong đó tập trung vào các nhiệm vụ sau:",
            "1. Phòng 1, Phòng 2 tăng cường kiểm sát việc tiếp nhận, giải quyết nguồn tin về tội phạm, "
            "bảo đảm 100% tin báo, tố giác được kiểm sát ngay từ khi thụ lý; thực hiện thường xuyên.",
            "2. Phòng 7 phối hợp với Tòa án nhân dân tỉnh tổ chức 04 phiên tòa hình sự rút kinh nghiệm, "
            "hoàn thành trong quý II/2027.",
            '3. Phòng 9 chủ trì xây dựng chuyên đề "Kiểm sát việc giải quyết các vụ án tranh chấp quyền '
            'sử dụng đất", trình Viện trưởng trước ngày 30/5/2027.',
            "4. Phòng 11 trực tiếp kiểm sát công tác thi hành án dân sự tại 02 Phòng Thi hành án dân sự "
            "khu vực; ban hành kết luận kiểm sát trong tháng 6/2027.",
            "5. Phòng Tổ chức cán bộ hoàn thiện hồ sơ đề nghị bổ nhiệm lại Kiểm sát viên hết thời hạn bổ "
            "nhiệm trong năm 2027, trình Viện trưởng trước ngày 20/4/2027.",
            "6. Phòng Thống kê tội phạm và Công nghệ thông tin hoàn thành cập nhật dữ liệu án tồn năm "
            "2026 lên phần mềm quản lý án hình sự trước ngày 31/5/2027.",
            "7. Viện kiểm sát nhân dân các khu vực rà soát các vụ án còn tồn, án tạm đình chỉ quá hạn, báo "
            "cáo Viện trưởng (qua Văn phòng) trước ngày 15/5/2027.",
            "8. Văn phòng tham mưu tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2027, dự kiến tổ "
            "chức vào ngày 08/7/2027.",
            "9. Đề nghị Cơ quan Cảnh sát điều tra Công an tỉnh phối hợp rà soát các vụ án tạm đình chỉ "
            "điều tra để phục hồi, giải quyết dứt điểm trong quý II/2027.",
            "**III. TỔ CHỨC THỰC HIỆN",
            "Các đơn vị báo cáo kết quả thực hiện các nội dung kết luận về Văn phòng (bằng văn bản) trước "
            "ngày 25/6/2027 để tổng hợp, báo cáo Viện trưởng.",
            "Trên đây là Thông báo kết luận của đồng chí Viện trưởng Viện kiểm sát nhân dân tỉnh tại Hội "
            "nghị giao ban công tác quý I năm 2027./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- VKSND tối cao (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Lãnh đạo Viện;\n- Các đơn "
        "vị thuộc VKSND tỉnh;\n- VKSND khu vực 1, 2, 3, 4;\n- Cơ quan CSĐT Công an tỉnh;\n- Lưu: VT, VP.",
        "TL. VIỆN TRƯỞNG\nCHÁNH VĂN PHÒNG\n\n\n\nNguyễn Thị Bích Trâm",
    )
    doc.save(path)


# ------------------------------------------------------------------ h472 NHCSXH, indicators
def h472(path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Giao chỉ tiêu"
    _sheet_title(
        sheet,
        [
            "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI",
            "CHI NHÁNH TỈNH PHÚ THỌ",
            "BẢNG GIAO CHỈ TIÊU KẾ HOẠCH TÍN DỤNG VÀ CHẤT LƯỢNG HOẠT ĐỘNG NĂM 2027",
            "(Kèm theo Thông báo số 96/TB-NHCS ngày 08/01/2027 của Giám đốc Chi nhánh)",
        ],
        7,
    )
    header = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2027", "Phòng theo dõi", "Thời hạn", "Ghi chú"]
    for column, text in enumerate(header, start=1):
        sheet.cell(row=6, column=column, value=text)
    bold_header(sheet, 6)
    kh = "Phòng Kế hoạch - Nghiệp vụ tín dụng"
    kt = "Phòng Kế toán - Ngân quỹ"
    rows = [
        ("§", "I", "CHỈ TIÊU TĂNG TRƯỞNG TÍN DỤNG"),
        [
            "1",
            "Tổng dư nợ các chương trình tín dụng chính sách",
            "Tỷ đồng",
            "14.250",
            kh,
            "31/12/2027",
            "Phân bổ PGD tại sheet 2",
        ],
        [
            "2",
            "Dư nợ tăng thêm từ nguồn vốn ngân sách địa phương ủy thác",
            "Tỷ đồng",
            "320",
            kh,
            "30/9/2027",
            "",
        ],
        [
            "3",
            "Số lượt hộ nghèo, hộ cận nghèo và đối tượng chính sách được vay vốn",
            "Lượt hộ",
            "52.000",
            kh,
            "31/12/2027",
            "",
        ],
        ("§", "II", "CHỈ TIÊU CHẤT LƯỢNG TÍN DỤNG"),
        ["4", "Tỷ lệ nợ quá hạn, nợ khoanh trên tổng dư nợ", "%", "≤ 0,2", kh, "Hằng quý", ""],
        ["5", "Tỷ lệ thu lãi trên số lãi phải thu", "%", "≥ 99,5", kt, "31/12/2027", ""],
        ["6", "Tỷ lệ Tổ tiết kiệm và vay vốn xếp loại tốt", "%", "≥ 92", kh, "Quý IV/2027", ""],
        ("§", "III", "CHỈ TIÊU HOẠT ĐỘNG KHÁC"),
        [
            "7",
            "Số dư tiền gửi của tổ viên Tổ tiết kiệm và vay vốn tăng thêm",
            "Tỷ đồng",
            "85",
            kt,
            "31/12/2027",
            "",
        ],
        [
            "8",
            "Số cuộc kiểm tra, giám sát hoạt động ủy thác tại các Phòng giao dịch",
            "Cuộc",
            "24",
            "Phòng Kiểm tra, kiểm soát nội bộ",
            "Hằng tháng",
            "02 cuộc/tháng",
        ],
        [
            "9",
            "Tỷ lệ Điểm giao dịch xã giao dịch đúng lịch, đúng địa điểm",
            "%",
            "100",
            "Phòng Hành chính - Tổ chức",
            "Thường xuyên",
            "",
        ],
        [
            "10",
            "Số khách hàng sử dụng dịch vụ Mobile Banking",
            "Khách hàng",
            "18.000",
            "Phòng Tin học",
            "30/11/2027",
            "",
        ],
    ]
    row = 7
    for values in rows:
        if values[0] == "§":
            _section_row(sheet, row, values[1], values[2], 7)
        else:
            for column, text in enumerate(values, start=1):
                sheet.cell(row=row, column=column, value=text)
        row += 1
    wrap(sheet, 7)
    sheet.cell(
        row=row + 1,
        column=1,
        value="Yêu cầu: Các Phòng giao dịch báo cáo kết quả thực hiện chỉ tiêu về Phòng Kế hoạch - "
        "Nghiệp vụ tín dụng trước ngày 03 của tháng đầu quý sau.",
    )
    sheet.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=7)
    sheet.cell(row=row + 3, column=5, value="GIÁM ĐỐC")
    sheet.cell(row=row + 7, column=5, value="Hà Quang Vinh")
    for letter, width in zip("ABCDEFG", [6, 50, 10, 12, 32, 13, 20], strict=True):
        sheet.column_dimensions[letter].width = width
    second = book.create_sheet("Phân bổ PGD")
    for values in [
        ["STT", "Phòng giao dịch", "Tổng dư nợ 2027 (tỷ đồng)", "Lượt hộ vay"],
        ["1", "Hội sở tỉnh", "2.140", "7.600"],
        ["2", "PGD Việt Trì", "1.980", "6.900"],
        ["3", "PGD Phù Ninh", "1.720", "6.300"],
        ["4", "PGD Thanh Sơn", "2.310", "8.800"],
        ["5", "PGD Tân Sơn", "2.050", "8.100"],
        ["6", "PGD Cẩm Khê", "2.040", "7.400"],
        ["7", "PGD Yên Lập", "2.010", "6.900"],
        ["", "Cộng", "14.250", "52.000"],
    ]:
        second.append(values)
    bold_header(second, 1)
    book.save(path)


def batch_h463() -> None:
    h463(_out("h463_ctct_hoi_nong_dan_nam.docx"))
    h464(_out("h464_kh_hlhpn_khoi_nghiep_van_xuoi.docx"))
    h466(_out("h466_chi_tieu_bhxh_tinh_phong.xlsx"))
    h469(_out("h469_kh_dieu_duong_phu_luc.docx"))
    h470(_out("h470_cv_csgt_doi_nhiem_vu.docx"))
    h471(_out("h471_tbkl_vksnd_giao_ban_quy.docx"))
    h472(_out("h472_chi_tieu_nhcsxh_chi_nhanh.xlsx"))
    h = writers()
    with tempfile.TemporaryDirectory() as tmp:
        convert_each(
            h,
            Path(tmp),
            [
                (h465_docx, "h465_tbkl_ldld_giao_ban_thang.docx", "doc"),
                (h467_docx, "h467_lich_tuan_kbnn_khu_vuc.docx", "pdf"),
                (h468_docx, "h468_kh_quy_khoa_cntt.docx", "odt"),
            ],
            _out,
        )
