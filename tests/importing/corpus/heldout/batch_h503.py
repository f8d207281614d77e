"""Held-out batch h503–h512, written on 2026-12-05 by h13author47, blind to the importer: ten
documents of ten kinds of body in an invented province (Hòa Sơn) — a provincial People's Court's
yearly programme, a provincial Women's Union's prose plan, a provincial Fatherland Front
committee's notice of conclusions (text PDF), a provincial Labour Federation's indicator sheet, a
provincial Social Insurance office's dispatch (.doc), a water supply company's weekly calendar, a
seaport authority's quarterly programme sheet, a national park's fire-prevention plan (.odt), an
industrial zones board's plan numbered I./1./1.1 and a provincial library's plan with an appendix
table. Every name, person, place, number and date is invented; no third-party text is stored.
Their expected items (`expected/`) were written by hand from the document text."""

# ruff: noqa: E501 — document text is data: long lines.

import datetime
from pathlib import Path

from batch_common import (
    NATIONAL,
    bold_group_rows,
    bold_header,
    calendar_page,
    column_widths,
    document,
    grid,
    head_block,
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
    "h508_lich_tuan_cty_cap_nuoc",  # h13fixRR
    "h505_tb_kl_mttq_tinh",  # h13fixRS
    "h511_kh_cchc_bql_kcn",  # h13fixRT
    "h509_ct_quy_cang_vu_hang_hai",  # h13fixTG
    "h503_ct_tand_tinh_nam_2027",  # h13fixTH
    "h506_giao_chi_tieu_ldld_tinh",  # h13fixTF
}

BOLD = {"**": {"bold": True}, "__": {"italic": True}, "##": {"bold": True, "center": True}}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


# --------------------------------------------------------------------------------------------- h503
def h503(h, path: Path) -> None:
    """A provincial People's Court's 2027 programme: a task table under Roman section rows, months
    without a year, a partner column, a note column; a closing report request under the table."""
    doc = document()
    head_block(
        doc,
        "TÒA ÁN NHÂN DÂN\nTỈNH HÒA SƠN\n───────",
        NATIONAL,
        "Số: 412/CTr-TA",
        "Hòa Sơn, ngày 01 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH", bold=True, center=True)
    para(doc, "Công tác năm 2027 của Tòa án nhân dân tỉnh Hòa Sơn", bold=True, center=True)
    para(
        doc,
        "Căn cứ Kế hoạch công tác năm 2027 của Tòa án nhân dân tối cao; căn cứ kết quả công tác năm "
        "2026 và tình hình thực tế của đơn vị, Tòa án nhân dân tỉnh Hòa Sơn xây dựng Chương trình "
        "công tác năm 2027 như sau:",
    )
    rows = [
        ("§", "I", "CÔNG TÁC XÉT XỬ, GIẢI QUYẾT CÁC LOẠI VỤ VIỆC"),
        [
            "1",
            "Tổ chức phiên tòa rút kinh nghiệm các vụ án hình sự, bảo đảm ít nhất 02 phiên mỗi quý",
            "Tòa Hình sự",
            "Phòng Giám đốc kiểm tra",
            "Hằng quý",
            "",
        ],
        [
            "2",
            "Tổ chức xét xử trực tuyến các vụ án hình sự đủ điều kiện theo Nghị quyết của Hội đồng Thẩm phán",
            "Tòa Hình sự",
            "Văn phòng (bộ phận Công nghệ thông tin)",
            "Quý II",
            "",
        ],
        [
            "3",
            "Rà soát, giải quyết dứt điểm các vụ án dân sự, hôn nhân và gia đình đã quá thời hạn chuẩn bị xét xử",
            "Tòa Dân sự",
            "Tòa Gia đình và người chưa thành niên",
            "Trước 30/6/2027",
            "",
        ],
        [
            "4",
            "Tổng kết thực tiễn xét xử các vụ án hành chính về đất đai giai đoạn 2022 - 2026",
            "Tòa Hành chính",
            "Phòng Giám đốc kiểm tra",
            "Tháng 9",
            "Báo cáo chuyên đề",
        ],
        ("§", "II", "CÔNG TÁC GIÁM ĐỐC KIỂM TRA, THI HÀNH ÁN HÌNH SỰ"),
        [
            "5",
            "Kiểm tra nghiệp vụ công tác xét xử tại Tòa án nhân dân khu vực 1, khu vực 2 và khu vực 3",
            "Phòng Giám đốc kiểm tra",
            "Văn phòng",
            "Quý III",
            "",
        ],
        [
            "6",
            "Ra quyết định thi hành án hình sự đúng thời hạn; theo dõi các trường hợp hoãn, tạm đình chỉ chấp hành án",
            "Phòng Giám đốc kiểm tra",
            "",
            "Thường xuyên",
            "",
        ],
        ("§", "III", "CÔNG TÁC TỔ CHỨC CÁN BỘ, THI ĐUA KHEN THƯỞNG"),
        [
            "7",
            "Xây dựng Đề án vị trí việc làm của Tòa án nhân dân tỉnh và các Tòa án nhân dân khu vực",
            "Phòng Tổ chức cán bộ - Thanh tra",
            "Văn phòng",
            "Tháng 3",
            "Trình TANDTC",
        ],
        [
            "8",
            "Tổ chức Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027",
            "Văn phòng",
            "Các đơn vị",
            "15/01/2027",
            "",
        ],
        [
            "9",
            "Phát động phong trào thi đua năm 2027; sơ kết 6 tháng thực hiện phong trào thi đua",
            "Phòng Tổ chức cán bộ - Thanh tra",
            "Văn phòng",
            "Tháng 2 - tháng 7",
            "",
        ],
        ("§", "IV", "CÔNG TÁC VĂN PHÒNG, HÀNH CHÍNH TƯ PHÁP"),
        [
            "10",
            "Công bố bản án, quyết định trên Cổng thông tin điện tử của Tòa án nhân dân theo quy định",
            "Văn phòng",
            "Các Tòa chuyên trách",
            "Hằng tháng",
            "",
        ],
        [
            "11",
            "Lập dự toán ngân sách năm 2028, trình Tòa án nhân dân tối cao",
            "Văn phòng",
            "Phòng Tổ chức cán bộ - Thanh tra",
            "Tháng 7",
            "",
        ],
    ]
    grid(
        doc,
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"],
        rows,
    )
    para(
        doc,
        "Thủ trưởng các đơn vị căn cứ Chương trình này xây dựng kế hoạch cụ thể của đơn vị để tổ "
        "chức thực hiện.",
    )
    para(
        doc,
        "Các Tòa chuyên trách, các Phòng và Văn phòng báo cáo kết quả thực hiện Chương trình về Văn "
        "phòng trước ngày 25 hằng tháng để tổng hợp, báo cáo Chánh án.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TANDTC (để báo cáo);\n- Thường trực Tỉnh ủy;\n- Chánh án, các Phó Chánh án;\n- Các đơn vị thuộc TAND tỉnh;\n- TAND khu vực 1, 2, 3;\n- Lưu: VT, VP.",
        "CHÁNH ÁN\n\n\n\nĐinh Quang Triều",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h504
def h504(h, path: Path) -> None:
    """A provincial Women's Union's plan in prose: dash points under numbered headings, the lead and
    time mostly in a trailing parenthesis, once in a sentence; a standing body, a funding duty of a
    named office and a report request with two dates under TỔ CHỨC THỰC HIỆN."""
    doc = document()
    head_block(
        doc,
        "HỘI LHPN VIỆT NAM\nBCH HỘI LHPN TỈNH HÒA SƠN\n*",
        "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
        "Số: 87/KH-BTV",
        "Hòa Sơn, ngày 02 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Triển khai Đề án “Hỗ trợ phụ nữ khởi nghiệp” năm 2027",
        "Thực hiện Chương trình công tác năm 2027 của Ban Chấp hành Hội LHPN tỉnh, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch triển khai Đề án “Hỗ trợ phụ nữ khởi nghiệp” năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao nhận thức của hội viên, phụ nữ về khởi nghiệp, đổi mới sáng tạo; khơi dậy tinh thần tự chủ kinh tế của phụ nữ, nhất là phụ nữ vùng nông thôn, vùng đồng bào dân tộc thiểu số.",
        "2. Các hoạt động được tổ chức thiết thực, hiệu quả, lồng ghép với các chương trình, đề án đang triển khai; huy động sự phối hợp của các sở, ngành và doanh nghiệp.",
        "**II. NỘI DUNG HOẠT ĐỘNG",
        "**1. Tuyên truyền, nâng cao nhận thức",
        "- Tổ chức tọa đàm “Phụ nữ Hòa Sơn khởi nghiệp - sáng tạo” trên sóng Đài Phát thanh và Truyền hình tỉnh (Ban Tuyên giáo chủ trì; thời gian: Quý II/2027).",
        "- Biên soạn, phát hành 3.000 cuốn sổ tay hỏi - đáp về khởi nghiệp và tiếp cận vốn vay cho hội viên phụ nữ (Ban Tuyên giáo; tháng 4/2027).",
        "**2. Hỗ trợ ý tưởng, dự án khởi nghiệp",
        "- Khảo sát nhu cầu hỗ trợ khởi nghiệp của hội viên tại 20 xã, phường trọng điểm (Ban Kinh tế; tháng 3/2027).",
        "- Tổ chức Cuộc thi “Ý tưởng khởi nghiệp của phụ nữ tỉnh Hòa Sơn” lần thứ III, vòng chung kết tổ chức trong tháng 10/2027. Ban Kinh tế chủ trì, phối hợp với Sở Khoa học và Công nghệ thực hiện.",
        "- Phối hợp Ngân hàng Chính sách xã hội tỉnh rà soát, giải ngân vốn vay ủy thác cho hội viên có dự án khởi nghiệp (Ban Kinh tế; thường xuyên).",
        "- Kết nối, đưa ít nhất 15 sản phẩm của các hợp tác xã, tổ hợp tác do phụ nữ làm chủ lên sàn thương mại điện tử (Ban Kinh tế phối hợp Hội Nữ doanh nhân tỉnh; trước 30/9/2027).",
        "**3. Nâng cao năng lực cán bộ Hội",
        "- Mở 02 lớp tập huấn kỹ năng hỗ trợ, tư vấn khởi nghiệp cho chủ tịch, phó chủ tịch Hội LHPN cấp xã (Ban Tổ chức - Kiểm tra; Quý III/2027).",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Ban Kinh tế là đơn vị thường trực, tham mưu Ban Thường vụ theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Văn phòng Hội LHPN tỉnh tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn kinh phí Đề án được giao năm 2027.",
        "3. Hội LHPN các xã, phường căn cứ Kế hoạch xây dựng kế hoạch thực hiện phù hợp với địa phương; báo cáo kết quả (lồng ghép trong báo cáo công tác Hội) về Ban Thường vụ Hội LHPN tỉnh (qua Ban Kinh tế) trước ngày 15/6/2027 và trước ngày 15/11/2027.",
        "Trên đây là Kế hoạch triển khai Đề án “Hỗ trợ phụ nữ khởi nghiệp” năm 2027 của Ban Thường vụ Hội LHPN tỉnh Hòa Sơn./.",
    ]
    marked_paragraphs(doc, lines, BOLD)
    sign_table(
        doc,
        "Nơi nhận:\n- TW Hội LHPN Việt Nam (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Sở Khoa học và Công nghệ;\n- Ngân hàng CSXH tỉnh;\n- Hội LHPN các xã, phường;\n- Lưu: VT, BKT.",
        "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH\n\n\n\nHà Thị Minh Nguyệt",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h505
def h505_docx(h, path: Path) -> None:
    """A provincial Fatherland Front committee's notice of conclusions (printed to PDF): an opening
    appraisal, points 2.1–2.8 each naming one board or the Office, two report requests to every unit
    of a kind, one bare date (20/12) in the notice's year."""
    doc = document()
    head_block(
        doc,
        "ỦY BAN MTTQ VIỆT NAM\nTỈNH HÒA SƠN\nBAN THƯỜNG TRỰC\n***",
        "MẶT TRẬN TỔ QUỐC VIỆT NAM",
        "Số: 215/TB-MTTQ-BTT",
        "Hòa Sơn, ngày 30 tháng 11 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của đồng chí Chủ tịch Ủy ban MTTQ Việt Nam tỉnh tại hội nghị giao ban Ban Thường trực tháng 11 năm 2026",
        "Ngày 27/11/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giao ban tháng 11 năm 2026 dưới sự chủ trì của đồng chí Lò Văn Thịnh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Dự hội nghị có các đồng chí Phó Chủ tịch, Ủy viên Thường trực, lãnh đạo các ban chuyên môn và Văn phòng. Sau khi nghe báo cáo kết quả công tác tháng 11 và ý kiến của các đại biểu, đồng chí Chủ tịch kết luận như sau:",
        "**1. Đánh giá chung",
        "Trong tháng 11 năm 2026, các ban, Văn phòng đã bám sát chương trình công tác, tổ chức thành công Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư; công tác giám sát, phản biện xã hội được triển khai đúng kế hoạch. Tuy nhiên, việc tổng hợp ý kiến, kiến nghị của cử tri còn chậm, một số báo cáo gửi chưa đúng thời gian quy định.",
        "**2. Nhiệm vụ trọng tâm tháng 12 năm 2026 và tháng 01 năm 2027",
        "2.1. Ban Phong trào chủ trì tổng hợp, đánh giá kết quả thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” năm 2026; hoàn thành trước ngày 20/12/2026.",
        "2.2. Ban Dân chủ - Pháp luật xây dựng Kế hoạch giám sát, phản biện xã hội năm 2027, trình Ban Thường trực trong tháng 12/2026.",
        "2.3. Văn phòng chủ trì tiếp nhận, phân bổ nguồn Quỹ “Vì người nghèo” và quà Tết Nguyên đán Đinh Mùi năm 2027 cho hộ nghèo, hộ có hoàn cảnh khó khăn; hoàn thành trước ngày 25/01/2027.",
        "2.4. Ban Đối ngoại - Dân tộc - Tôn giáo chuẩn bị nội dung để Thường trực Ủy ban thăm, chúc mừng các chức sắc, cơ sở tôn giáo nhân dịp Lễ Giáng sinh (xong trước 20/12).",
        "2.5. Ban Tuyên giáo nắm bắt, tổng hợp tình hình tư tưởng của các tầng lớp nhân dân và dư luận xã hội, báo cáo Ban Thường trực định kỳ hằng tháng.",
        "2.6. Giao Ban Dân chủ - Pháp luật phối hợp với Văn phòng tổ chức tiếp công dân, tiếp nhận và chuyển đơn thư, kiến nghị của cử tri đến cơ quan có thẩm quyền theo quy định; thực hiện thường xuyên.",
        "2.7. Văn phòng chuẩn bị các điều kiện tổ chức Hội nghị Ủy ban MTTQ Việt Nam tỉnh tổng kết công tác Mặt trận năm 2026, triển khai nhiệm vụ năm 2027; thời gian tổ chức trong tháng 01/2027.",
        "2.8. Các ban chuyên môn hoàn thành báo cáo tổng kết công tác năm 2026 của ban, gửi về Văn phòng trước ngày 15/12/2026 để tổng hợp.",
        "**3. Đối với Ủy ban MTTQ Việt Nam các xã, phường",
        "Ủy ban MTTQ Việt Nam các xã, phường báo cáo kết quả vận động, sử dụng Quỹ “Vì người nghèo” năm 2026 về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (qua Văn phòng) trước ngày 10/01/2027.",
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh thông báo để các ban, Văn phòng và Ủy ban MTTQ Việt Nam các xã, phường biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, BOLD)
    sign_table(
        doc,
        "Nơi nhận:\n- Ban TT UBTW MTTQ Việt Nam (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Các đ/c Ủy viên BTT;\n- Các ban, Văn phòng;\n- UBMTTQ các xã, phường;\n- Lưu: VT.",
        "TL. BAN THƯỜNG TRỰC\nCHÁNH VĂN PHÒNG\n\n\n\nPhan Thị Kim Oanh",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h506
def h506(h, path: Path) -> None:
    """A provincial Labour Federation's 2027 indicator sheet: three title lines, a header of
    indicator / unit / target / tracking board / time, lettered group rows, ≥ in targets, a real
    date cell, a note row, a closing report request with two dates below the table."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Giao chi tieu 2027"
    title_rows(
        ws,
        [
            "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÒA SƠN",
            "PHỤ LỤC GIAO CHỈ TIÊU HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2027",
            "(Kèm theo Quyết định số 1190/QĐ-LĐLĐ ngày 04/12/2026 của Ban Thường vụ Liên đoàn Lao động tỉnh)",
        ],
        columns=7,
        bold=(2, 3),
    )
    header = [
        "STT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Chỉ tiêu giao năm 2027",
        "Ban tham mưu, theo dõi",
        "Thời gian hoàn thành",
        "Ghi chú",
    ]
    ws.append([])
    ws.append(header)
    bold_header(ws, 6)
    rows = [
        ["A", "CHỈ TIÊU VỀ PHÁT TRIỂN ĐOÀN VIÊN, XÂY DỰNG TỔ CHỨC CÔNG ĐOÀN"],
        [1, "Kết nạp mới đoàn viên công đoàn", "Người", "7.200", "Ban Tổ chức", "31/12/2027", ""],
        [
            2,
            "Thành lập mới công đoàn cơ sở tại doanh nghiệp khu vực ngoài nhà nước",
            "CĐCS",
            25,
            "Ban Tổ chức",
            datetime.datetime(2027, 11, 30),
            "",
        ],
        [
            3,
            "Tỷ lệ công đoàn cơ sở được xếp loại hoàn thành tốt nhiệm vụ trở lên",
            "%",
            "≥ 75",
            "Ban Tổ chức",
            "Tháng 12/2027",
            "Theo Hướng dẫn xếp loại của Tổng LĐLĐ",
        ],
        ["B", "CHỈ TIÊU VỀ CHĂM LO, BẢO VỆ QUYỀN LỢI NGƯỜI LAO ĐỘNG"],
        [
            4,
            "Tỷ lệ doanh nghiệp có tổ chức công đoàn ký kết thỏa ước lao động tập thể",
            "%",
            "≥ 55",
            "Ban Chính sách - Pháp luật",
            "Quý IV",
            "",
        ],
        [
            5,
            "Tổ chức đối thoại định kỳ tại nơi làm việc ở doanh nghiệp có công đoàn cơ sở",
            "% DN",
            100,
            "Ban Chính sách - Pháp luật",
            "Hằng năm",
            "",
        ],
        [
            6,
            "Hỗ trợ xây dựng mới, sửa chữa nhà “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn",
            "Căn",
            40,
            "Ban Tài chính",
            "Trước 28/7/2027",
            "Chào mừng ngày thành lập CĐVN",
        ],
        [
            7,
            "Thăm, tặng quà đoàn viên, người lao động dịp Tết Nguyên đán Đinh Mùi (Chương trình “Tết Sum vầy”)",
            "Suất quà",
            "12.000",
            "Ban Tuyên giáo",
            "Tháng 01/2027",
            "",
        ],
        ["C", "CHỈ TIÊU VỀ TUYÊN TRUYỀN VÀ TÀI CHÍNH CÔNG ĐOÀN"],
        [
            8,
            "Tuyên truyền, phổ biến pháp luật lao động, công đoàn cho đoàn viên, người lao động",
            "Lượt người",
            "60.000",
            "Ban Tuyên giáo",
            "Thường xuyên",
            "",
        ],
        [
            9,
            "Thu kinh phí công đoàn, đoàn phí công đoàn đạt dự toán được giao",
            "%",
            100,
            "Ban Tài chính",
            "Hằng quý",
            "Đối chiếu với BHXH",
        ],
        [
            10,
            "Tỷ lệ công đoàn cơ sở nộp báo cáo quyết toán tài chính năm 2026 đúng hạn",
            "%",
            "≥ 95",
            "Ban Tài chính",
            "Trước 31/3/2027",
            "",
        ],
    ]
    bold_group_rows(ws, rows, columns=7, date_column=6)
    notes_and_signer(
        ws,
        [
            "Ghi chú: Chỉ tiêu số 3 và số 4 tính trên tổng số đơn vị có tổ chức công đoàn tại thời điểm 31/12/2026.",
            "Các công đoàn ngành, công đoàn các khu công nghiệp và công đoàn cơ sở trực thuộc báo cáo kết quả thực hiện chỉ tiêu về Liên đoàn Lao động tỉnh (qua Ban Tổ chức) trước ngày 15/6/2027 và trước ngày 15/12/2027.",
        ],
        ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lương Văn Thạch"],
    )
    wrap(ws, 7)
    column_widths(ws, [6, 52, 11, 14, 24, 18, 26])
    wb.save(path)


# --------------------------------------------------------------------------------------------- h507
def h507_docx(h, path: Path) -> None:
    """A provincial Social Insurance office's dispatch (saved as .doc): numbered unit labels ending
    in a colon with a), b) or dash points beneath; the last label names every base office (no lead);
    a closing report request numbered 5."""
    doc = document()
    head_block(
        doc,
        "BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH HÒA SƠN\n───────",
        NATIONAL,
        "Số: 2318/BHXH-QLT\nV/v triển khai các giải pháp cao điểm thu, giảm nợ BHXH, BHYT những tháng cuối năm 2026",
        "Hòa Sơn, ngày 03 tháng 12 năm 2026",
    )
    lines = [
        "Kính gửi:",
        "- Trưởng các phòng nghiệp vụ;",
        "- Giám đốc Bảo hiểm xã hội cơ sở.",
        "Đến hết tháng 11 năm 2026, số thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp toàn tỉnh mới đạt 88,6% kế hoạch được giao; số nợ từ 03 tháng trở lên còn 41,2 tỷ đồng, tăng so với cùng kỳ. Để hoàn thành chỉ tiêu được giao năm 2026, Giám đốc Bảo hiểm xã hội tỉnh yêu cầu các đơn vị triển khai ngay các nội dung sau:",
        "**1. Phòng Quản lý thu và Phát triển người tham gia:",
        "a) Rà soát, lập danh sách các đơn vị nợ bảo hiểm xã hội, bảo hiểm y tế từ 03 tháng trở lên, gửi Bảo hiểm xã hội cơ sở trước ngày 08/12/2026.",
        "b) Phối hợp với Sở Nội vụ tổ chức đối thoại với các doanh nghiệp nợ kéo dài; hoàn thành trong tháng 12/2026.",
        "c) Tổng hợp kết quả thu, nợ của toàn tỉnh, báo cáo Giám đốc vào thứ Sáu hằng tuần.",
        "**2. Phòng Thanh tra - Kiểm tra:",
        "a) Thanh tra chuyên ngành việc đóng bảo hiểm xã hội, bảo hiểm y tế đối với 12 đơn vị có số nợ lớn (danh sách kèm theo); kết thúc trước ngày 25/12/2026.",
        "b) Lập hồ sơ chuyển cơ quan Công an đề nghị xem xét, xử lý các trường hợp có dấu hiệu trốn đóng bảo hiểm xã hội, bảo hiểm y tế cho người lao động.",
        "**3. Văn phòng:",
        "- Đăng tải danh sách đơn vị nợ đóng bảo hiểm xã hội trên Trang thông tin điện tử của Bảo hiểm xã hội tỉnh, định kỳ hằng tháng.",
        "- Phối hợp Đài Phát thanh và Truyền hình tỉnh xây dựng 02 phóng sự về quyền lợi của người lao động khi doanh nghiệp chậm đóng, phát sóng trong tháng 12/2026.",
        "**4. Giám đốc Bảo hiểm xã hội cơ sở:",
        "a) Đôn đốc trực tiếp từng đơn vị nợ; ban hành văn bản đôn đốc lần 2 trước ngày 15/12/2026.",
        "b) Tổ chức hội nghị đối thoại với các đơn vị sử dụng lao động trên địa bàn, hoàn thành trước ngày 20/12/2026.",
        "5. Các phòng nghiệp vụ, Bảo hiểm xã hội cơ sở báo cáo kết quả thực hiện Công văn này về Giám đốc Bảo hiểm xã hội tỉnh (qua Phòng Quản lý thu và Phát triển người tham gia) trước ngày 05/01/2027.",
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh kịp thời về Phòng Quản lý thu và Phát triển người tham gia để được hướng dẫn./.",
    ]
    marked_paragraphs(doc, lines, BOLD)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- BHXH Việt Nam (để b/c);\n- UBND tỉnh (để b/c);\n- Giám đốc, các PGĐ;\n- Lưu: VT, QLT.",
        "GIÁM ĐỐC\n\n\n\nTrương Công Hậu",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h508
def h508(h, path: Path) -> None:
    """A water supply joint-stock company's weekly calendar of its board of directors: the day merged
    down over its entries, chair and preparing unit in their own columns, lines that only say who is
    at the office or on duty, one entry marked (dự kiến)."""
    doc = calendar_page(
        "CÔNG TY CỔ PHẦN\nCẤP NƯỚC HÒA SƠN\n───────",
        "Hòa Sơn, ngày 04 tháng 12 năm 2026",
        "LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC",
        "(Tuần 50, từ ngày 07/12/2026 đến ngày 13/12/2026)",
    )
    entries = [
        (
            "Thứ Hai\n07/12",
            "7h30",
            "Giao ban Ban Giám đốc tuần 50",
            "Tổng Giám đốc Vũ Đình Khải",
            "Phòng Tổ chức - Hành chính",
            "Ban Giám đốc, trưởng các phòng, giám đốc các xí nghiệp",
            "Phòng họp tầng 2",
        ),
        (
            "Thứ Hai\n07/12",
            "14h00",
            "Kiểm tra tiến độ thi công tuyến ống truyền tải D400 đường Lê Văn Hưu",
            "PTGĐ Ngô Thị Hạnh",
            "Ban Quản lý dự án",
            "Nhà thầu thi công, tư vấn giám sát",
            "Hiện trường",
        ),
        ("Thứ Ba\n08/12", "Sáng", "Tổng Giám đốc làm việc tại cơ quan", "", "", "", ""),
        (
            "Thứ Ba\n08/12",
            "9h00",
            "Làm việc với Đoàn kiểm tra của Sở Nông nghiệp và Môi trường về chất lượng nước sạch",
            "PTGĐ Ngô Thị Hạnh",
            "Phòng Kỹ thuật - Chất lượng",
            "Xí nghiệp Sản xuất nước",
            "Nhà máy nước Bến Vạn",
        ),
        (
            "Thứ Ba\n08/12",
            "14h00",
            "Họp Hội đồng xét nâng bậc lương đợt 2 năm 2026 cho người lao động",
            "Tổng Giám đốc Vũ Đình Khải",
            "Phòng Tổ chức - Hành chính",
            "Thành viên Hội đồng",
            "Phòng họp tầng 2",
        ),
        (
            "Thứ Tư\n09/12",
            "8h00",
            "Họp Hội đồng quản trị phiên thường kỳ quý IV/2026",
            "Chủ tịch HĐQT Trịnh Văn Lực",
            "Thư ký Công ty",
            "Thành viên HĐQT, Ban Kiểm soát, Ban Giám đốc",
            "Phòng họp tầng 3",
        ),
        (
            "Thứ Tư\n09/12",
            "14h00",
            "Tiếp khách hàng định kỳ (giải quyết kiến nghị về chất lượng dịch vụ, hóa đơn tiền nước)",
            "PTGĐ Lê Quốc Bảo",
            "Phòng Kinh doanh",
            "Phòng Kỹ thuật - Chất lượng",
            "Trụ sở Công ty",
        ),
        (
            "Thứ Năm\n10/12",
            "8h30",
            "Nghiệm thu hoàn thành, đưa vào sử dụng trạm bơm tăng áp Xuân Lâm",
            "Tổng Giám đốc Vũ Đình Khải",
            "Ban Quản lý dự án",
            "Phòng Kỹ thuật - Chất lượng, Xí nghiệp Quản lý mạng lưới",
            "Trạm bơm Xuân Lâm",
        ),
        (
            "Thứ Năm\n10/12",
            "15h00",
            "Duyệt phương án sản xuất, cấp nước dịp Tết Dương lịch và Tết Nguyên đán Đinh Mùi năm 2027",
            "Tổng Giám đốc Vũ Đình Khải",
            "Phòng Kế hoạch - Vật tư",
            "Các PTGĐ, giám đốc các xí nghiệp",
            "Phòng họp tầng 2",
        ),
        (
            "Thứ Sáu\n11/12",
            "8h00",
            "Sơ kết công tác giảm thất thoát, thất thu nước sạch 11 tháng năm 2026",
            "PTGĐ Lê Quốc Bảo",
            "Xí nghiệp Quản lý mạng lưới",
            "Phòng Kinh doanh, các tổ quản lý khu vực",
            "Hội trường Công ty",
        ),
        (
            "Thứ Sáu\n11/12",
            "Chiều",
            "Ban Giám đốc làm việc tại cơ quan, giải quyết công việc thường xuyên",
            "",
            "",
            "",
            "",
        ),
        (
            "Thứ Bảy\n12/12",
            "7h00",
            "Kiểm tra công tác súc xả, vệ sinh bể chứa nước sạch Nhà máy nước số 2 (dự kiến)",
            "PTGĐ Ngô Thị Hạnh",
            "Xí nghiệp Sản xuất nước",
            "Phòng Kỹ thuật - Chất lượng",
            "Nhà máy nước số 2",
        ),
        ("Chủ nhật\n13/12", "", "Trực lãnh đạo: PTGĐ Lê Quốc Bảo", "", "", "", ""),
    ]
    header = [
        "Thứ, ngày",
        "Thời gian",
        "Nội dung công việc",
        "Chủ trì",
        "Đơn vị chuẩn bị",
        "Thành phần",
        "Địa điểm",
    ]
    t = grid(doc, header, [list(e) for e in entries])
    h.set_widths(t, [0.9, 0.7, 3.3, 1.4, 1.4, 1.6, 1.1])
    # the day printed once, merged down over its entries (table row i holds entries[i - 1])
    start = 0
    for i in range(1, len(entries) + 1):
        if i == len(entries) or entries[i][0] != entries[start][0]:
            if i - 1 > start:
                h.merge_down(t, 0, start + 1, i, entries[start][0])
            start = i
    para(
        doc,
        "Lịch công tác có thể thay đổi; các phòng, xí nghiệp theo dõi lịch cập nhật trên phần mềm quản lý văn bản của Công ty.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- HĐQT, Ban Kiểm soát;\n- Ban Giám đốc;\n- Các phòng, xí nghiệp;\n- Lưu: VT, TCHC.",
        "TL. TỔNG GIÁM ĐỐC\nTRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH\n\n\n\nĐỗ Thị Thu Hiền",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h509
def h509(h, path: Path) -> None:
    """A seaport authority's first-quarter 2027 programme as a sheet: Roman group rows, a product
    column after the deadline column, deadlines as words, ranges, one real date cell and a monthly
    round; a closing report request under the table."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "CT quy I-2027"
    title_rows(
        ws,
        [
            "CẢNG VỤ HÀNG HẢI HÒA SƠN",
            "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027",
            "(Ban hành kèm theo Quyết định số 508/QĐ-CVHHHS ngày 04/12/2026 của Giám đốc Cảng vụ hàng hải Hòa Sơn)",
        ],
        columns=6,
        bold=(1, 2),
    )
    ws.append([])
    ws.append(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm"])
    bold_header(ws, 5)
    rows = [
        ["I", "CÔNG TÁC QUẢN LÝ KẾT CẤU HẠ TẦNG, LUỒNG HÀNG HẢI"],
        [
            1,
            "Kiểm tra định kỳ hệ thống báo hiệu hàng hải luồng Hòn Mỏ và luồng vào bến cảng Bắc Hòa",
            "Phòng An toàn - An ninh hàng hải",
            "Công ty Bảo đảm an toàn hàng hải khu vực",
            "Tháng 1/2027",
            "Biên bản kiểm tra",
        ],
        [
            2,
            "Rà soát, đề xuất điều chỉnh vùng đón trả hoa tiêu và khu neo đậu tàu thuyền tại vịnh Đông Khê",
            "Phòng Pháp chế",
            "Phòng An toàn - An ninh hàng hải",
            "Trước 15/3/2027",
            "Tờ trình Cục Hàng hải và Đường thủy Việt Nam",
        ],
        ["II", "CÔNG TÁC AN TOÀN, AN NINH HÀNG HẢI VÀ PHÒNG CHỐNG Ô NHIỄM MÔI TRƯỜNG"],
        [
            3,
            "Kiểm tra an toàn tàu biển Việt Nam và tàu biển nước ngoài (FSC, PSC) hoạt động tại vùng nước cảng biển",
            "Phòng An toàn - An ninh hàng hải",
            "Đại diện Cảng vụ tại Bắc Hòa",
            "Thường xuyên",
            "Báo cáo tháng",
        ],
        [
            4,
            "Diễn tập ứng phó sự cố tràn dầu cấp cơ sở tại bến cảng tổng hợp Bắc Hòa",
            "Phòng An toàn - An ninh hàng hải",
            "Doanh nghiệp cảng, Bộ đội Biên phòng tỉnh",
            "Tháng 3/2027",
            "Kế hoạch, báo cáo diễn tập",
        ],
        [
            5,
            "Bảo đảm an toàn giao thông hàng hải dịp Tết Nguyên đán Đinh Mùi năm 2027",
            "Phòng Thanh tra",
            "Các lực lượng chức năng tại cảng",
            "25/01 - 15/02/2027",
            "Phương án trực Tết",
        ],
        ["III", "CÔNG TÁC THỦ TỤC TÀU THUYỀN, PHÍ VÀ LỆ PHÍ"],
        [
            6,
            "Giải quyết thủ tục điện tử cho tàu thuyền vào, rời cảng qua Cơ chế một cửa quốc gia",
            "Phòng Thủ tục tàu thuyền",
            "Đại diện Cảng vụ tại Bắc Hòa",
            "Hằng ngày",
            "",
        ],
        [
            7,
            "Tổng hợp số liệu hàng hóa, hành khách thông qua cảng biển, báo cáo Cục",
            "Phòng Thủ tục tàu thuyền",
            "",
            "Trước ngày 05 hằng tháng",
            "Báo cáo thống kê",
        ],
        [
            8,
            "Quyết toán phí, lệ phí hàng hải năm 2026",
            "Phòng Tài chính - Kế toán",
            "Phòng Thủ tục tàu thuyền",
            "Quý I",
            "Báo cáo quyết toán",
        ],
        ["IV", "CÔNG TÁC TỔ CHỨC, HÀNH CHÍNH"],
        [
            9,
            "Tổ chức Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027",
            "Phòng Tổ chức - Hành chính",
            "Các phòng, Đại diện",
            datetime.datetime(2027, 1, 8),
            "Báo cáo tổng kết",
        ],
        [
            10,
            "Xây dựng, trình Cục phê duyệt kế hoạch đào tạo, bồi dưỡng công chức, viên chức năm 2027",
            "Phòng Tổ chức - Hành chính",
            "",
            "Tháng 2",
            "Kế hoạch",
        ],
    ]
    bold_group_rows(ws, rows, columns=6, date_column=5)
    notes_and_signer(
        ws,
        [
            "Các phòng, Đại diện Cảng vụ tại Bắc Hòa báo cáo kết quả thực hiện nhiệm vụ quý I về Phòng Tổ chức - Hành chính trước ngày 25/3/2027 để tổng hợp, báo cáo Giám đốc.",
        ],
        ["GIÁM ĐỐC", "Nguyễn Hữu Phước"],
    )
    wrap(ws, 6)
    column_widths(ws, [6, 56, 26, 26, 16, 24])
    wb.save(path)


# --------------------------------------------------------------------------------------------- h510
def h510_docx(h, path: Path) -> None:
    """A national park management board's fire-prevention plan for the 2026–2027 dry season (saved
    as .odt): tasks under unit headings as a), b) or dashes, a duty over a period (its end), one
    time printed as 'trước Tết Nguyên đán' (no date), a standing body reporting monthly, a charge."""
    doc = document()
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nBAN QUẢN LÝ\nVƯỜN QUỐC GIA PÙ LĂNG\n───────",
        NATIONAL,
        "Số: 96/KH-VQG",
        "Pù Lăng, ngày 25 tháng 11 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Phòng cháy, chữa cháy rừng mùa khô 2026 - 2027",
        "Vườn quốc gia Pù Lăng quản lý 28.640 ha rừng đặc dụng, trong đó có trên 6.000 ha rừng tre nứa, rừng phục hồi và trảng cỏ dễ cháy. Dự báo mùa khô 2026 - 2027 nắng nóng kéo dài, nguy cơ cháy rừng ở mức cao. Ban Quản lý Vườn quốc gia xây dựng Kế hoạch phòng cháy, chữa cháy rừng (PCCCR) như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "- Chủ động phòng ngừa, phát hiện sớm và chữa cháy kịp thời theo phương châm “bốn tại chỗ”, không để xảy ra cháy rừng lớn.",
        "- Phân công rõ trách nhiệm của từng phòng, đơn vị; huy động cộng đồng dân cư vùng đệm tham gia bảo vệ rừng.",
        "**II. NHIỆM VỤ CỤ THỂ",
        "**1. Hạt Kiểm lâm Vườn quốc gia",
        "a) Kiện toàn Ban Chỉ huy PCCCR của Vườn và các tổ, đội xung kích tại 06 trạm kiểm lâm; hoàn thành trước ngày 15/12/2026.",
        "b) Tổ chức trực phòng cháy 24/24 giờ tại các chòi canh lửa trong thời gian cao điểm mùa khô (từ tháng 3 đến hết tháng 6/2027).",
        "c) Phối hợp Công an và Ủy ban nhân dân các xã vùng đệm kiểm tra, xử lý nghiêm các hành vi dùng lửa trái phép trong rừng; thực hiện thường xuyên.",
        "**2. Phòng Kỹ thuật và Bảo tồn",
        "a) Cập nhật bản đồ phân vùng trọng điểm cháy rừng và bảng tra cấp dự báo cháy rừng, hoàn thành trong tháng 12/2026.",
        "b) Phát dọn thực bì, làm mới 12 km đường băng cản lửa tại phân khu phục hồi sinh thái, xong trước ngày 28/02/2027.",
        "**3. Trung tâm Giáo dục môi trường và Dịch vụ",
        "- Tuyên truyền về PCCCR tại 14 thôn vùng đệm; ký cam kết bảo vệ rừng với 100% hộ nhận khoán bảo vệ rừng. Thời gian: Quý I/2027.",
        "- Treo băng rôn, lắp đặt biển cảnh báo nguy cơ cháy rừng tại các cửa rừng và điểm du lịch sinh thái trước Tết Nguyên đán.",
        "**4. Phòng Hành chính - Tổng hợp",
        "- Mua sắm bổ sung dụng cụ, trang thiết bị chữa cháy rừng (máy thổi gió, bàn dập lửa, bình chữa cháy đeo vai) theo dự toán được duyệt; hoàn thành trong tháng 01/2027.",
        "- Bảo đảm kinh phí, phương tiện, hậu cần cho lực lượng tham gia chữa cháy rừng.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Hạt Kiểm lâm Vườn quốc gia là đơn vị thường trực, tham mưu Giám đốc theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo tình hình PCCCR về Chi cục Kiểm lâm tỉnh vào ngày 20 hằng tháng trong mùa khô.",
        "2. Trưởng các phòng, đơn vị thuộc Vườn quốc gia chủ động triển khai các nhiệm vụ được giao, chịu trách nhiệm trước Giám đốc nếu để xảy ra cháy rừng trên diện tích được phân công quản lý.",
        "Trên đây là Kế hoạch phòng cháy, chữa cháy rừng mùa khô 2026 - 2027 của Vườn quốc gia Pù Lăng./.",
    ]
    marked_paragraphs(doc, lines, BOLD)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Nông nghiệp và Môi trường (b/c);\n- Chi cục Kiểm lâm tỉnh;\n- UBND các xã vùng đệm;\n- Các phòng, đơn vị thuộc Vườn;\n- Lưu: VT, HKL.",
        "GIÁM ĐỐC\n\n\n\nSầm Văn Khiêm",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h511
def h511(h, path: Path) -> None:
    """An industrial zones management board's administrative reform plan for 2027 numbered
    I./1./1.1: the lead and time in a trailing sentence after each point, worded several ways
    ('… chủ trì, hoàn thành …', 'Giao … thực hiện, trình … trước …', a parenthesis), a point with
    two months (its last); a standing office, a general charge and a quarterly report request."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH HÒA SƠN\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\n───────",
        NATIONAL,
        "Số: 1745/KH-BQL",
        "Hòa Sơn, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Cải cách hành chính năm 2027",
        "Thực hiện Kế hoạch cải cách hành chính năm 2027 của Ủy ban nhân dân tỉnh, Ban Quản lý các khu công nghiệp tỉnh Hòa Sơn (sau đây gọi là Ban) ban hành Kế hoạch cải cách hành chính năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng phục vụ nhà đầu tư, doanh nghiệp trong các khu công nghiệp; phấn đấu 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn.",
        "2. Gắn trách nhiệm của người đứng đầu các phòng với kết quả thực hiện nhiệm vụ cải cách hành chính được giao.",
        "**II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "**1. Cải cách thể chế",
        "1.1. Rà soát các quy chế phối hợp quản lý nhà nước đối với các khu công nghiệp để kiến nghị sửa đổi, bổ sung cho phù hợp. Văn phòng Ban chủ trì, hoàn thành trong quý III/2027.",
        "1.2. Sửa đổi Quy chế làm việc của Ban phù hợp với chức năng, nhiệm vụ được giao bổ sung. Giao Văn phòng Ban thực hiện, trình Trưởng ban trước ngày 31/3/2027.",
        "**2. Cải cách thủ tục hành chính",
        "2.1. Công bố, cập nhật kịp thời danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban trên Cổng Dịch vụ công quốc gia. Phòng Quản lý doanh nghiệp thực hiện thường xuyên.",
        "2.2. Rà soát, đề xuất phương án đơn giản hóa ít nhất 03 thủ tục hành chính trong lĩnh vực đầu tư, xây dựng. Phòng Quản lý đầu tư chủ trì, phối hợp Phòng Quản lý quy hoạch và xây dựng; thời gian: tháng 6/2027.",
        "**3. Cải cách tổ chức bộ máy",
        "3.1. Rà soát, hoàn thiện Đề án vị trí việc làm của Ban sau sắp xếp, trình Ủy ban nhân dân tỉnh. Văn phòng Ban chủ trì, hoàn thành trong tháng 5/2027.",
        "**4. Xây dựng và phát triển Chính phủ số",
        "4.1. Duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015; tổ chức đánh giá nội bộ 02 lần trong năm (Văn phòng Ban; tháng 6 và tháng 11/2027).",
        "4.2. Triển khai phần mềm quản lý lao động nước ngoài làm việc trong các khu công nghiệp, kết nối dữ liệu với Sở Nội vụ. Phòng Quản lý doanh nghiệp chủ trì; hoàn thành trong Quý II/2027.",
        "**5. Công tác tuyên truyền, đánh giá sự hài lòng",
        "5.1. Khảo sát mức độ hài lòng của nhà đầu tư, doanh nghiệp đối với việc giải quyết thủ tục hành chính của Ban. Phòng Quản lý đầu tư phối hợp Văn phòng Ban thực hiện trong tháng 10/2027.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Ban là cơ quan thường trực, tham mưu Trưởng ban theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này.",
        "2. Trưởng các phòng chủ động triển khai các nhiệm vụ được giao tại Kế hoạch, bảo đảm chất lượng và tiến độ.",
        "3. Các phòng báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính định kỳ hằng quý (trước ngày 12 của tháng cuối quý) về Văn phòng Ban để tổng hợp, báo cáo Ủy ban nhân dân tỉnh (qua Sở Nội vụ).",
    ]
    marked_paragraphs(doc, lines, BOLD)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Sở Nội vụ;\n- Trưởng ban, các Phó Trưởng ban;\n- Các phòng thuộc Ban;\n- Lưu: VT, VP.",
        "TRƯỞNG BAN\n\n\n\nBế Thanh Tùng",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h512
def h512(h, path: Path) -> None:
    """A provincial library's plan for Book and Reading Culture Day 2027: short prose sections, the
    tasks in an appendix table after the signature with the time column before the lead, days and
    months without a year; a funding sentence, a funding duty of a named office and a report request."""
    doc = document()
    head_block(
        doc,
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTHƯ VIỆN TỈNH HÒA SƠN\n───────",
        NATIONAL,
        "Số: 38/KH-TV",
        "Hòa Sơn, ngày 05 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2027",
        "Căn cứ Kế hoạch phát triển văn hóa đọc trong cộng đồng giai đoạn 2026 - 2030 của Ủy ban nhân dân tỉnh; Thư viện tỉnh xây dựng Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam (21/4) năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Lan tỏa thói quen đọc sách trong thanh thiếu niên, học sinh; giới thiệu tài liệu địa chí về lịch sử, văn hóa, biển, đảo quê hương Hòa Sơn. Các hoạt động tổ chức thiết thực, tiết kiệm, thu hút đông đảo bạn đọc tham gia.",
        "**II. THỜI GIAN, ĐỊA ĐIỂM",
        "Từ ngày 10/4/2027 đến ngày 30/4/2027, tại trụ sở Thư viện tỉnh và các trường học trên địa bàn tỉnh.",
        "**III. NỘI DUNG HOẠT ĐỘNG",
        "(Có Phụ lục phân công nhiệm vụ kèm theo)",
        "**IV. KINH PHÍ",
        "Kinh phí thực hiện từ nguồn ngân sách sự nghiệp văn hóa năm 2027 đã giao cho Thư viện tỉnh và nguồn xã hội hóa hợp pháp.",
        "**V. TỔ CHỨC THỰC HIỆN",
        "1. Các phòng chuyên môn căn cứ nhiệm vụ được phân công tại Phụ lục chủ động phối hợp triển khai thực hiện.",
        "2. Phòng Hành chính - Tổng hợp bố trí kinh phí, cơ sở vật chất, phương tiện phục vụ các hoạt động.",
        "3. Các phòng báo cáo kết quả thực hiện về Phòng Hành chính - Tổng hợp trước ngày 05/5/2027 để tổng hợp, báo cáo Sở Văn hóa, Thể thao và Du lịch.",
    ]
    marked_paragraphs(doc, lines, BOLD)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở VHTTDL (b/c);\n- Sở Giáo dục và Đào tạo;\n- Các phòng thuộc Thư viện;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nMai Thị Thanh Thủy",
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(
        doc,
        "PHÂN CÔNG NHIỆM VỤ TỔ CHỨC CÁC HOẠT ĐỘNG HƯỞNG ỨNG NGÀY SÁCH VÀ VĂN HÓA ĐỌC VIỆT NAM NĂM 2027",
        bold=True,
        center=True,
    )
    para(doc, "(Kèm theo Kế hoạch số 38/KH-TV ngày 05/12/2026 của Thư viện tỉnh)", italic=True, center=True)
    rows = [
        [
            "1",
            "Xây dựng, trình duyệt chủ đề và bộ nhận diện các hoạt động Ngày Sách năm 2027",
            "Trước 15/3",
            "Phòng Hành chính - Tổng hợp",
            "Phòng Phục vụ bạn đọc",
            "",
        ],
        [
            "2",
            "Phát động Cuộc thi “Đại sứ Văn hóa đọc” tỉnh Hòa Sơn năm 2027 trong các trường học",
            "Tháng 3",
            "Phòng Phục vụ bạn đọc",
            "Sở Giáo dục và Đào tạo",
            "",
        ],
        [
            "3",
            "Trưng bày chuyên đề sách, báo, tư liệu địa chí “Biển, đảo quê hương Hòa Sơn”",
            "15/4 - 30/4",
            "Phòng Thông tin - Địa chí",
            "Phòng Phục vụ bạn đọc",
            "Sảnh tầng 1",
        ],
        [
            "4",
            "Tổ chức Ngày hội đọc sách và lễ khai mạc các hoạt động hưởng ứng Ngày Sách",
            "21/4",
            "Phòng Phục vụ bạn đọc",
            "Các phòng",
            "",
        ],
        [
            "5",
            "Luân chuyển sách, đưa xe thư viện lưu động đến 10 trường học vùng sâu, vùng xa",
            "Tháng 4 - 5",
            "Phòng Xây dựng phong trào và Thư viện lưu động",
            "",
            "",
        ],
        [
            "6",
            "Đăng tải tin, bài về các hoạt động trên Trang thông tin điện tử và trang mạng xã hội của Thư viện",
            "Thường xuyên",
            "Phòng Thư viện số",
            "Phòng Hành chính - Tổng hợp",
            "",
        ],
        [
            "7",
            "Số hóa 500 tài liệu địa chí, đưa lên Thư viện số phục vụ bạn đọc",
            "Quý II",
            "Phòng Thư viện số",
            "Phòng Thông tin - Địa chí",
            "",
        ],
        [
            "8",
            "Tổng kết, trao giải Cuộc thi “Đại sứ Văn hóa đọc” tỉnh Hòa Sơn năm 2027",
            "Tháng 5",
            "Phòng Phục vụ bạn đọc",
            "Sở Giáo dục và Đào tạo",
            "",
        ],
    ]
    grid(
        doc,
        ["TT", "Nội dung hoạt động", "Thời gian", "Phòng chủ trì", "Phòng, đơn vị phối hợp", "Ghi chú"],
        rows,
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- batch
def batch_h503() -> None:
    """Writes h503–h512 (run from this folder: `python make_docs.py --batch-h503`)."""
    write_batch(
        [
            (h503, "h503_ct_tand_tinh_nam_2027.docx"),
            (h504, "h504_kh_hlhpn_tinh_khoi_nghiep.docx"),
            (h506, "h506_giao_chi_tieu_ldld_tinh.xlsx"),
            (h508, "h508_lich_tuan_cty_cap_nuoc.docx"),
            (h509, "h509_ct_quy_cang_vu_hang_hai.xlsx"),
            (h511, "h511_kh_cchc_bql_kcn.docx"),
            (h512, "h512_kh_ngay_sach_thu_vien_tinh.docx"),
        ],
        [
            (h505_docx, "h505_tb_kl_mttq_tinh.docx", "pdf"),
            (h507_docx, "h507_cv_bhxh_tinh_cao_diem_thu.docx", "doc"),
            (h510_docx, "h510_kh_pccc_rung_vqg.docx", "odt"),
        ],
        _out,
    )
