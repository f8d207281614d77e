# ruff: noqa: E501
"""Held-out batch h873–h882, written by h13author84 blind to the importer: ten documents of a
provincial Department of Justice's judicial support division, a provincial Veterans' Association, a
commune agricultural cooperative, a district People's Procuracy, a national park management board, a
provincial Department of Construction's housing and real estate division, a provincial centre for
culture and arts, a district social insurance office, an industrial zones management board's
environment division and a primary school. Every name, person, place, number and date in them is
invented."""

from pathlib import Path

from batch_common import (
    MARKS,
    bold_header,
    calendar_page,
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
    "h880_ctr_thang_bhxh_huyen",  # h13fixVI
    "h882_kh_thang_tieu_hoc_tuan",  # h13fixVI
    "h876_tbkl_vks_huyen_giao_ban",  # h13fixUG
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h873_docx(h, path: Path) -> None:
    """Department of Justice: a yearly plan of the judicial support division, lettered points closing
    with the unit and time in parentheses, a request to the police and the court, a standing duty."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH THANH GIANG\nSỞ TƯ PHÁP\n───────\nSố: 318/KH-STP",
        right2="Thanh Giang, ngày 22 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kiểm tra, quản lý nhà nước về hoạt động bổ trợ tư pháp năm 2027", bold=True, center=True)
    lines = [
        "Thực hiện Kế hoạch số 95/KH-UBND ngày 02/12/2026 của UBND tỉnh về công tác tư pháp năm 2027, Sở Tư pháp ban hành Kế hoạch kiểm tra, quản lý nhà nước về hoạt động bổ trợ tư pháp năm 2027; giao Phòng Bổ trợ tư pháp (Phòng BTTP) tham mưu tổ chức thực hiện, cụ thể như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao hiệu lực, hiệu quả quản lý nhà nước đối với các lĩnh vực công chứng, luật sư, đấu giá tài sản, thừa phát lại, giám định tư pháp trên địa bàn tỉnh.",
        "2. Việc kiểm tra bảo đảm đúng quy định, không gây phiền hà, không làm ảnh hưởng đến hoạt động bình thường của tổ chức, cá nhân được kiểm tra.",
        "**II. NỘI DUNG",
        "**1. Lĩnh vực công chứng",
        "a) Kiểm tra tổ chức và hoạt động của 06 Văn phòng công chứng tại thành phố Thanh Giang và huyện Mỹ Lộc (Phòng BTTP chủ trì, phối hợp Thanh tra Sở; thời gian: Quý II/2027).",
        "b) Cập nhật dữ liệu ngăn chặn, thông tin giao dịch vào Cơ sở dữ liệu công chứng dùng chung của tỉnh; hoàn thành việc kết nối với 100% tổ chức hành nghề công chứng trước ngày 30/9/2027 (Văn phòng Sở chủ trì, Phòng BTTP phối hợp).",
        "**2. Lĩnh vực luật sư, tư vấn pháp luật",
        "a) Tiếp nhận, thẩm định hồ sơ đăng ký hoạt động, thay đổi nội dung đăng ký hoạt động của tổ chức hành nghề luật sư, Trung tâm tư vấn pháp luật (Phòng BTTP; thường xuyên).",
        "b) Phối hợp Đoàn Luật sư tỉnh tổng kết 05 năm thực hiện Chiến lược phát triển nghề luật sư trên địa bàn tỉnh (Phòng BTTP; tháng 11/2027).",
        "**3. Lĩnh vực đấu giá tài sản, thừa phát lại, giám định tư pháp",
        "a) Kiểm tra hoạt động đấu giá tài sản của 04 doanh nghiệp đấu giá tài sản, trong đó chú trọng đấu giá quyền sử dụng đất (Thanh tra Sở chủ trì, Phòng BTTP phối hợp; Quý III/2027).",
        "b) Rà soát, lập danh sách giám định viên tư pháp, người giám định tư pháp theo vụ việc, tổ chức giám định tư pháp theo vụ việc; công bố trên Cổng thông tin điện tử Sở trước 31/3/2027 (Phòng BTTP).",
        "c) Tham mưu Giám đốc Sở trình UBND tỉnh Đề án phát triển tổ chức hành nghề thừa phát lại giai đoạn 2027 - 2030 (Phòng BTTP; tháng 8/2027).",
        "**4. Phối hợp với các cơ quan tiến hành tố tụng",
        "Đề nghị Công an tỉnh, Tòa án nhân dân tỉnh thông tin kịp thời cho Sở Tư pháp các vi phạm của công chứng viên, luật sư, giám định viên tư pháp phát hiện trong quá trình giải quyết vụ việc, vụ án để xử lý theo thẩm quyền.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng BTTP là đơn vị đầu mối, theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám đốc Sở.",
        "2. Văn phòng Sở bố trí kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên năm 2027 của Sở.",
        "3. Các tổ chức hành nghề công chứng, luật sư, đấu giá tài sản, thừa phát lại trên địa bàn tỉnh báo cáo tình hình tổ chức, hoạt động định kỳ 6 tháng, năm về Sở Tư pháp (qua Phòng BTTP) theo quy định.",
        "4. Trưởng các phòng, đơn vị thuộc Sở chủ động phối hợp với Phòng BTTP trong quá trình thực hiện Kế hoạch./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Bộ Tư pháp (Cục BTTP) (b/c);\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các tổ chức hành nghề BTTP;\n- Lưu: VT, BTTP.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nĐinh Thị Thu Trang",
    )
    doc.save(path)


def h874_xlsx(h, path: Path) -> None:
    """Veterans' Association: a yearly programme sheet, roman group rows, a leader column beside the
    unit column, times without a year, the district associations' monthly report in the notes."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "CTCT 2027"
    title_rows(
        ws,
        [
            "HỘI CỰU CHIẾN BINH TỈNH THANH GIANG",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027 CỦA BAN THƯỜNG VỤ HỘI CỰU CHIẾN BINH TỈNH",
            "(Kèm theo Chương trình số 47-CTr/CCB ngày 18/12/2026)",
        ],
        6,
        (1, 2),
    )
    ws.append([])
    ws.append(["TT", "Nội dung công việc", "Cơ quan tham mưu", "Lãnh đạo phụ trách", "Thời gian", "Ghi chú"])
    bold_header(ws, 5)
    rows = [
        ["I", "CÔNG TÁC TUYÊN TRUYỀN, GIÁO DỤC"],
        [
            1,
            "Tổ chức các hoạt động kỷ niệm 38 năm Ngày thành lập Hội Cựu chiến binh Việt Nam (06/12/1989 - 06/12/2027)",
            "Ban Tuyên huấn",
            "Đ/c Chủ tịch",
            "Tháng 11 - 12",
            "",
        ],
        [
            2,
            "Tuyên truyền, giáo dục truyền thống cách mạng cho đoàn viên thanh niên, học sinh tại các trường THPT",
            "Ban Tuyên huấn",
            "Đ/c PCT Lò Văn Thắng",
            "Thường xuyên",
            "Phối hợp Tỉnh đoàn",
        ],
        [3, "Phát hành Bản tin Cựu chiến binh tỉnh", "Văn phòng", "Đ/c PCT Lò Văn Thắng", "Hằng quý", ""],
        ["II", "CÔNG TÁC XÂY DỰNG TỔ CHỨC HỘI"],
        [
            4,
            "Hướng dẫn tổ chức đại hội điểm Hội Cựu chiến binh cơ sở nhiệm kỳ 2027 - 2032",
            "Ban Tổ chức - Kiểm tra",
            "Đ/c PCT Hoàng Minh Khuê",
            "Quý I",
            "",
        ],
        [
            5,
            "Kiểm tra việc thực hiện Điều lệ Hội tại Hội CCB huyện Mỹ Lộc, Tân Phong, Bảo Hà",
            "Ban Tổ chức - Kiểm tra",
            "Đ/c PCT Hoàng Minh Khuê",
            "Quý III",
            "Ủy ban Kiểm tra Hội tham gia",
        ],
        [
            6,
            "Tổng hợp kết quả kết nạp hội viên mới (chỉ tiêu tăng 1.200 hội viên)",
            "Ban Tổ chức - Kiểm tra",
            "Đ/c PCT Hoàng Minh Khuê",
            "Trước 30/11",
            "",
        ],
        ["III", "CÔNG TÁC CHÍNH SÁCH, PHONG TRÀO"],
        [
            7,
            'Sơ kết 05 năm phong trào "Cựu chiến binh gương mẫu" giai đoạn 2022 - 2027',
            "Ban Chính sách - Kinh tế",
            "Đ/c Chủ tịch",
            "Tháng 6/2027",
            "",
        ],
        [
            8,
            "Phối hợp Ngân hàng Chính sách xã hội tỉnh kiểm tra hoạt động nhận ủy thác vốn vay tại cơ sở",
            "Ban Chính sách - Kinh tế",
            "Đ/c PCT Lò Văn Thắng",
            "Tháng 4, tháng 10",
            "",
        ],
        [
            9,
            "Thăm, tặng quà hội viên có hoàn cảnh khó khăn, thương binh nặng dịp Tết Nguyên đán",
            "Ban Chính sách - Kinh tế",
            "Đ/c Chủ tịch",
            "Trước Tết Nguyên đán",
            "Theo kế hoạch riêng",
        ],
        ["IV", "CÔNG TÁC VĂN PHÒNG"],
        [
            10,
            "Tổng kết công tác Hội năm 2027, xây dựng phương hướng, nhiệm vụ năm 2028",
            "Văn phòng",
            "Đ/c Chủ tịch",
            "15/12/2027",
            "",
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)
    wrap(ws, 6)
    ws.append([])
    ws.append(["", "Ghi chú:"])
    ws.append(["", "1. Thời gian cụ thể có thể điều chỉnh theo chỉ đạo của Trung ương Hội và Tỉnh ủy."])
    ws.append(
        [
            "",
            "2. Hội CCB các huyện, thị xã, thành phố báo cáo kết quả thực hiện về Văn phòng Hội CCB tỉnh trước ngày 20 hằng tháng.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "TM. BAN THƯỜNG VỤ"])
    ws.append(["", "", "", "", "CHỦ TỊCH"])
    ws.append(["", "", "", "", "Nguyễn Đức Cường"])
    column_widths(ws, [6, 55, 22, 22, 16, 20])
    wb.save(path)


def h875_txt(h, path: Path) -> None:
    """Commune agricultural cooperative: a season's production plan as plain text, team headings over
    dash tasks, a request to the commune People's Committee, a monthly report of the teams."""
    text = """HTX NÔNG NGHIỆP DỊCH VỤ TỔNG HỢP YÊN PHÚ        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        BAN QUẢN TRỊ                              Độc lập - Tự do - Hạnh phúc
    Số: 09/KH-HTX                          Yên Phú, ngày 05 tháng 12 năm 2026

                              KẾ HOẠCH
        Sản xuất và cung ứng dịch vụ vụ Đông Xuân 2026 - 2027

Căn cứ Nghị quyết Đại hội thành viên thường niên năm 2026; căn cứ Kế hoạch sản xuất vụ Đông Xuân của UBND xã Yên Phú, Ban Quản trị HTX xây dựng kế hoạch như sau:

I. MỤC TIÊU
- Diện tích gieo cấy lúa: 412 ha; năng suất bình quân 68 tạ/ha.
- Diện tích cây vụ Đông (ngô, khoai tây, rau màu): 95 ha.

II. NHIỆM VỤ CỤ THỂ
1. Tổ Dịch vụ thủy nông
- Nạo vét kênh mương nội đồng tuyến N2, N5 (tổng chiều dài 3,2 km), xong trước ngày 25/12/2026.
- Bơm nước đổ ải cho toàn bộ diện tích cánh đồng Đông, cánh đồng Giữa từ ngày 05/01 đến 15/01/2027.
- Điều tiết nước tưới theo lịch lấy nước của Công ty TNHH MTV Khai thác công trình thủy lợi Thanh Giang; thực hiện thường xuyên.
2. Tổ Dịch vụ giống, vật tư nông nghiệp
- Cung ứng 18 tấn giống lúa BC15, TBR225 và phân bón cho thành viên, hoàn thành trước 10/01/2027.
- Ký hợp đồng liên kết bao tiêu lúa chất lượng cao (120 ha) với Công ty CP Lương thực Phú An trong tháng 01/2027.
3. Tổ Bảo vệ thực vật
- Điều tra, dự báo tình hình sâu bệnh; thông báo trên loa truyền thanh xã vào sáng thứ Hai hằng tuần.
- Tổ chức diệt chuột tập trung 2 đợt: đợt 1 tháng 01/2027, đợt 2 tháng 3/2027.
4. Bộ phận Kế toán
- Thu phí dịch vụ thủy lợi nội đồng, giống, vật tư vụ Đông Xuân; hoàn thành trước ngày 30/4/2027.
5. Đề nghị UBND xã Yên Phú chỉ đạo các thôn huy động nhân dân ra quân làm thủy lợi đầu vụ vào ngày 20/12/2026.

III. TỔ CHỨC THỰC HIỆN
- Giám đốc HTX chỉ đạo chung việc thực hiện kế hoạch.
- Các tổ dịch vụ báo cáo kết quả thực hiện về Ban Quản trị (qua Bộ phận Kế toán) vào ngày 25 hằng tháng.
- Kinh phí thực hiện từ quỹ phát triển sản xuất của HTX và phí dịch vụ thu của thành viên.

Nơi nhận:                                       TM. BAN QUẢN TRỊ
- UBND xã Yên Phú (b/c);                           GIÁM ĐỐC
- Các tổ dịch vụ;
- Lưu: HTX.                                     Trần Văn Lộc
"""
    path.write_text(text, encoding="utf-8")


def h876_docx(h, path: Path) -> None:
    """District People's Procuracy: a notice of the chief procurator's conclusions, an assessment
    part, points to deputy chiefs by field with names, requests to the police and the court."""
    doc = document()
    head_block(
        doc,
        "VIỆN KIỂM SÁT NHÂN DÂN\nTỈNH THANH GIANG\nVIỆN KIỂM SÁT NHÂN DÂN\nHUYỆN MỸ LỘC\n───────\nSố: 15/TB-VKS",
        right2="Mỹ Lộc, ngày 29 tháng 12 năm 2026",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(doc, "Kết luận của Viện trưởng tại cuộc họp giao ban công tác tháng 12/2026", bold=True, center=True)
    lines = [
        "Ngày 28/12/2026, Viện kiểm sát nhân dân huyện Mỹ Lộc tổ chức họp giao ban đánh giá kết quả công tác tháng 12/2026, triển khai nhiệm vụ tháng 01/2027. Đồng chí Vũ Quang Hiếu, Viện trưởng chủ trì; dự họp có các Phó Viện trưởng, Kiểm sát viên, Kiểm tra viên và công chức trong đơn vị.",
        "Sau khi nghe các bộ phận báo cáo và ý kiến thảo luận, Viện trưởng kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Trong tháng, đơn vị đã kiểm sát giải quyết 41 tin báo, tố giác về tội phạm, thụ lý kiểm sát điều tra 23 vụ/37 bị can; không có trường hợp bắt, tạm giữ phải trả tự do. Tuy nhiên, còn 03 tin báo quá hạn giải quyết; việc kiểm sát thi hành án dân sự chưa được chú trọng.",
        "**II. NHIỆM VỤ TRỌNG TÂM THÁNG 01/2027",
        "1. Phó Viện trưởng phụ trách khối hình sự (đồng chí Lê Văn Toàn) chỉ đạo Kiểm sát viên giải quyết dứt điểm 03 tin báo về tội phạm quá hạn, xong trước ngày 15/01/2027.",
        "2. Bộ phận Kiểm sát điều tra - xét xử hình sự phối hợp Cơ quan Cảnh sát điều tra Công an huyện rà soát toàn bộ các vụ án tạm đình chỉ điều tra, báo cáo Viện trưởng trong tháng 01/2027.",
        "3. Bộ phận Kiểm sát giải quyết các vụ, việc dân sự, hành chính kiểm sát 100% bản án, quyết định sơ thẩm của Tòa án nhân dân huyện; thực hiện thường xuyên.",
        "4. Bộ phận Kiểm sát thi hành án dân sự hoàn thiện hồ sơ kiến nghị Chi cục Thi hành án dân sự huyện khắc phục vi phạm trong tổ chức thi hành án, trình Viện trưởng trước ngày 10/01/2027.",
        "5. Phó Viện trưởng phụ trách khối dân sự, hành chính và thi hành án (đồng chí Phạm Thu Hà) trực tiếp chỉ đạo cuộc kiểm sát việc thi hành án dân sự tại Chi cục Thi hành án dân sự huyện, kết thúc trước ngày 26/02/2027.",
        "6. Bộ phận Văn phòng tổng hợp xây dựng báo cáo tổng kết công tác kiểm sát năm 2026, gửi Viện kiểm sát nhân dân tỉnh trước ngày 05/01/2027; chủ trì, phối hợp Ban Chấp hành Công đoàn cơ sở chuẩn bị Hội nghị cán bộ, công chức năm 2027, tổ chức vào ngày 20/01/2027.",
        "7. Các Kiểm sát viên, Kiểm tra viên thực hiện nghiêm chế độ thông tin, báo cáo và kỷ luật nghiệp vụ của Ngành.",
        "8. Đề nghị Công an huyện chỉ đạo Cơ quan Cảnh sát điều tra thực hiện đúng thời hạn trả lời yêu cầu điều tra, yêu cầu xác minh của Viện kiểm sát.",
        "9. Đề nghị Tòa án nhân dân huyện phối hợp tổ chức 02 phiên tòa hình sự rút kinh nghiệm trong Quý I/2027.",
        "Các bộ phận báo cáo kết quả thực hiện các nội dung kết luận trên tại cuộc họp giao ban tháng 01/2027 (ngày 26/01/2027).",
        "Trên đây là kết luận của Viện trưởng tại cuộc họp giao ban tháng 12/2026, thông báo để các bộ phận, cá nhân biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- VKSND tỉnh (VP) (b/c);\n- Lãnh đạo Viện;\n- Các bộ phận;\n- Công an huyện, TAND huyện;\n- Lưu: VT.",
        "TL. VIỆN TRƯỞNG\nCHÁNH VĂN PHÒNG\n\n\n\nNgô Thị Bích Liên",
    )
    doc.save(path)


def h877_docx(h, path: Path) -> None:
    """National park: a forest fire-prevention plan, a landscape task table with lead, partner and
    time columns, then a standing duty, a request to buffer-zone communes and a weekly report."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nBAN QUẢN LÝ VƯỜN QUỐC GIA PÙ LANG\n───────\nSố: 211/KH-VQG",
        right2="Tân Phong, ngày 14 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phòng cháy, chữa cháy rừng năm 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Phương án phòng cháy, chữa cháy rừng của Vườn quốc gia Pù Lang giai đoạn 2026 - 2030; dự báo mùa khô năm 2027 nắng nóng kéo dài, nguy cơ cháy rừng ở cấp IV, cấp V, Ban Quản lý Vườn quốc gia Pù Lang (sau đây gọi là Vườn) xây dựng Kế hoạch với các nhiệm vụ sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        [
            [
                "1",
                "Rà soát, cập nhật Phương án PCCCR cấp Vườn và bản đồ vùng trọng điểm cháy năm 2027",
                "Hạt Kiểm lâm Vườn quốc gia",
                "Phòng Quản lý bảo vệ rừng",
                "15/01/2027",
            ],
            [
                "2",
                "Tập huấn nghiệp vụ, diễn tập chữa cháy rừng cho lực lượng chuyên ngành và tổ đội quần chúng bảo vệ rừng",
                "Hạt Kiểm lâm Vườn quốc gia",
                "UBND xã Phú Sơn",
                "Tháng 3/2027",
            ],
            [
                "3",
                "Phát dọn, làm mới đường băng cản lửa (42 km) tại phân khu phục hồi sinh thái",
                "Phòng Quản lý bảo vệ rừng",
                "Trạm Kiểm lâm Khe Mây, Trạm Kiểm lâm Bản Ẻn",
                "Trước 30/4",
            ],
            [
                "4",
                "Trực chòi canh lửa 24/24 giờ trong thời kỳ cao điểm mùa khô",
                "Trạm Kiểm lâm Khe Mây; Trạm Kiểm lâm Bản Ẻn",
                "",
                "Từ tháng 5 đến hết tháng 8/2027",
            ],
            [
                "5",
                "Tuyên truyền PCCCR cho cộng đồng vùng đệm; ký cam kết không đốt nương gần rừng với 1.150 hộ",
                "Trung tâm Giáo dục môi trường và Dịch vụ môi trường rừng",
                "Hạt Kiểm lâm Vườn quốc gia",
                "Quý I/2027",
            ],
            [
                "6",
                "Mua sắm, bổ sung dụng cụ chữa cháy (máy thổi gió, bàn dập lửa, bình nước đeo vai)",
                "Phòng Tổ chức - Hành chính",
                "Phòng Kế hoạch - Tài chính",
                "Trước 31/3/2027",
            ],
            [
                "7",
                "Theo dõi, xác minh điểm cháy từ hệ thống cảnh báo cháy rừng qua ảnh vệ tinh",
                "Phòng Khoa học và Hợp tác quốc tế",
                "Hạt Kiểm lâm Vườn quốc gia",
                "Hằng ngày",
            ],
            [
                "8",
                "Tổng kết công tác PCCCR năm 2027, đề xuất khen thưởng",
                "Hạt Kiểm lâm Vườn quốc gia",
                "Các phòng, trạm",
                "Tháng 12/2027",
            ],
        ],
        widths=[1.2, 10, 5, 5, 4],
    )
    lines = [
        "**TỔ CHỨC THỰC HIỆN",
        "1. Hạt Kiểm lâm Vườn quốc gia là cơ quan thường trực, tham mưu Ban Chỉ huy PCCCR của Vườn theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Đề nghị Ủy ban nhân dân xã Phú Sơn, xã Tân Lập chỉ đạo lực lượng dân quân tham gia chữa cháy rừng khi có cháy xảy ra trên địa bàn giáp ranh.",
        "3. Kinh phí thực hiện từ nguồn sự nghiệp bảo vệ rừng năm 2027 của Vườn.",
        "4. Các Trạm Kiểm lâm báo cáo tình hình cháy rừng, điểm cháy đã xác minh về Hạt Kiểm lâm vào thứ Sáu hằng tuần trong mùa khô./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở NN&MT (b/c);\n- Chi cục Kiểm lâm tỉnh;\n- UBND xã Phú Sơn, Tân Lập;\n- Các phòng, hạt, trung tâm;\n- Lưu: VT.",
        "GIÁM ĐỐC\n\n\n\nBế Văn Thạch",
    )
    doc.save(path)


def h878_docx(h, path: Path) -> None:
    """Department of Construction: a dispatch of the housing and real estate division, numbered
    addressee labels over lettered points, requests to two departments outside."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH THANH GIANG\nSỞ XÂY DỰNG\n───────\nSố: 4127/SXD-QLN\nV/v triển khai công tác quản lý nhà ở và thị trường bất động sản năm 2027",
        right2="Thanh Giang, ngày 28 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Ủy ban nhân dân các huyện, thị xã, thành phố;",
        "- Các chủ đầu tư dự án nhà ở, khu đô thị trên địa bàn tỉnh;",
        "- Sở Nông nghiệp và Môi trường;",
        "- Thuế tỉnh Thanh Giang.",
        "Thực hiện Chỉ thị số 14/CT-UBND ngày 10/12/2026 của UBND tỉnh về tăng cường quản lý thị trường bất động sản, Sở Xây dựng đề nghị các cơ quan, đơn vị triển khai các nội dung sau:",
        "**1. Ủy ban nhân dân các huyện, thị xã, thành phố",
        "a) Rà soát quỹ đất 20% trong các dự án nhà ở thương mại, khu đô thị để phát triển nhà ở xã hội; gửi danh mục về Sở Xây dựng trước ngày 28/02/2027.",
        "b) Kiểm tra, xử lý tình trạng phân lô, bán nền, xây dựng nhà ở riêng lẻ để bán trái phép; báo cáo kết quả về Sở Xây dựng trước ngày 15 tháng cuối quý.",
        "**2. Các chủ đầu tư dự án nhà ở, khu đô thị",
        "a) Cập nhật thông tin dự án, số lượng sản phẩm đủ điều kiện đưa vào kinh doanh lên Hệ thống thông tin về nhà ở và thị trường bất động sản định kỳ hằng quý.",
        "b) Hoàn thành thủ tục đề nghị cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở cho người mua nhà trước ngày 30/9/2027.",
        "**3. Phòng Quản lý nhà và thị trường bất động sản (Sở Xây dựng)",
        "a) Tham mưu Sở trình UBND tỉnh phê duyệt Kế hoạch phát triển nhà ở năm 2027 của tỉnh trong tháng 01/2027.",
        "b) Chủ trì kiểm tra việc huy động vốn, bán nhà ở hình thành trong tương lai tại 05 dự án nhà ở thương mại trong Quý II và Quý III/2027.",
        "c) Thẩm định giá bán, giá thuê mua nhà ở xã hội trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "**4. Thanh tra Sở",
        "Thanh tra việc chấp hành pháp luật về kinh doanh bất động sản tại 03 sàn giao dịch bất động sản; thời gian Quý IV/2027.",
        "**5. Đề nghị Sở Nông nghiệp và Môi trường",
        "Chỉ đạo Văn phòng Đăng ký đất đai tỉnh cung cấp số liệu giao dịch chuyển nhượng quyền sử dụng đất, nhà ở cho Sở Xây dựng hằng quý để công bố thông tin thị trường.",
        "**6. Đề nghị Thuế tỉnh Thanh Giang",
        "Cung cấp số liệu thu thuế thu nhập cá nhân từ chuyển nhượng bất động sản 6 tháng, cả năm 2027 cho Sở Xây dựng (qua Phòng Quản lý nhà và thị trường bất động sản).",
        "Sở Xây dựng đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện. Trong quá trình thực hiện, nếu có vướng mắc, liên hệ Phòng Quản lý nhà và thị trường bất động sản (điện thoại 0237.3856.219) để phối hợp giải quyết./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc Sở;\n- Lưu: VT, QLN.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nTạ Minh Hoàng",
    )
    doc.save(path)


def h879_docx(h, path: Path) -> None:
    """Centre for culture and arts: a weekly calendar, the day merged down over its morning and
    afternoon rows, times written four ways, office and duty lines, a registration request after a
    remark."""
    doc = calendar_page(
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTRUNG TÂM VĂN HÓA VÀ NGHỆ THUẬT\n───────",
        "Thanh Giang, ngày 31 tháng 12 năm 2026",
        "LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC TRUNG TÂM",
        "(Từ ngày 04/01/2027 đến ngày 10/01/2027)",
    )
    header = ["Thứ, ngày", "Buổi", "Nội dung công việc", "Chủ trì", "Địa điểm", "Đơn vị chuẩn bị"]
    rows = [
        [
            "Thứ Hai\n04/01",
            "Sáng",
            "7h30: Giao ban Ban Giám đốc đầu tuần, triển khai công tác tháng 01/2027",
            "Giám đốc Trịnh Văn Khải",
            "Phòng họp số 1",
            "Phòng Hành chính - Tổng hợp",
        ],
        ["", "Chiều", "PGĐ Nguyễn Thị Mai Anh làm việc tại cơ quan", "", "", ""],
        [
            "Thứ Ba\n05/01",
            "Sáng",
            "8h00: Duyệt chương trình nghệ thuật chào mừng 97 năm Ngày thành lập Đảng và mừng Xuân Đinh Mùi 2027",
            "PGĐ Nguyễn Thị Mai Anh",
            "Nhà hát Ánh Dương",
            "Đoàn Nghệ thuật ca múa nhạc dân tộc",
        ],
        [
            "",
            "Chiều",
            "14 giờ: Đội Thông tin lưu động ra quân phục vụ đồng bào vùng cao xã Tà Lèng, xã Nậm Khao (đến hết ngày 08/01)",
            "PGĐ Hà Quang Vinh",
            "Xã Tà Lèng",
            "Đội Thông tin lưu động",
        ],
        [
            "Thứ Tư\n06/01",
            "Sáng",
            "Họp Hội đồng nghệ thuật thẩm định kịch bản Lễ hội Hoa đào năm 2027",
            "Giám đốc Trịnh Văn Khải",
            "Phòng họp số 1",
            "Phòng Nghiệp vụ văn hóa - Nghệ thuật",
        ],
        ["", "Chiều", "Trực lãnh đạo: PGĐ Hà Quang Vinh", "", "", ""],
        [
            "Thứ Năm\n07/01",
            "Sáng",
            "7h30: Giám đốc dự Hội nghị tổng kết ngành Văn hóa, Thể thao và Du lịch năm 2026",
            "",
            "Hội trường Sở",
            "P.HCTH (chuẩn bị báo cáo)",
        ],
        [
            "",
            "Chiều",
            "13h30': Kiểm tra công tác chuẩn bị địa điểm tổ chức Lễ hội Hoa đào tại Quảng trường Trung tâm",
            "PGĐ Nguyễn Thị Mai Anh",
            "Quảng trường Trung tâm",
            "Phòng Nghiệp vụ văn hóa - Nghệ thuật",
        ],
        [
            "Thứ Sáu\n08/01",
            "Sáng",
            "8g00: Hội nghị viên chức, người lao động năm 2027",
            "Giám đốc Trịnh Văn Khải",
            "Hội trường Trung tâm",
            "P.HCTH; Công đoàn cơ sở",
        ],
        [
            "",
            "Chiều",
            "Tổng duyệt chương trình nghệ thuật mừng Đảng, mừng Xuân (dự kiến)",
            "PGĐ Nguyễn Thị Mai Anh",
            "Nhà hát Ánh Dương",
            "Đoàn Nghệ thuật ca múa nhạc dân tộc",
        ],
        [
            "Thứ Bảy\n09/01",
            "Tối",
            "19h30: Biểu diễn nghệ thuật phục vụ nhân dân tại sân khấu ngoài trời",
            "PGĐ Hà Quang Vinh",
            "Công viên Hồ Xanh",
            "Đoàn Nghệ thuật ca múa nhạc dân tộc",
        ],
        ["Chủ nhật\n10/01", "", "Trực cơ quan: Tổ Bảo vệ", "", "", ""],
    ]
    t = grid(doc, header, rows, widths=[2.2, 1.6, 9.5, 4, 3.5, 5])
    for top in (1, 3, 5, 7, 9):
        merged = t.cell(top, 0).merge(t.cell(top + 1, 0))
        merged.text = rows[top - 1][0]
    para(
        doc,
        "Ghi chú: Lịch có thể thay đổi theo chỉ đạo của Sở. Các phòng, đội, đoàn đăng ký lịch công tác tuần sau về Phòng Hành chính - Tổng hợp trước 15h00 thứ Năm hằng tuần.",
        italic=True,
    )
    para(doc, "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG HÀNH CHÍNH - TỔNG HỢP\n\n\nLê Thị Hồng Vân", bold=True, right=True)
    doc.save(path)


def h880_docx(h, path: Path) -> None:
    """District social insurance office: a monthly programme table with section rows merged across,
    the time column without a year, a request to the post office and the teams' report below."""
    doc = document()
    head_block(
        doc,
        "BẢO HIỂM XÃ HỘI TỈNH THANH GIANG\nBẢO HIỂM XÃ HỘI HUYỆN MỸ LỘC\n───────\nSố: 02/CTr-BHXH",
        right2="Mỹ Lộc, ngày 31 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 01 NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Chương trình công tác năm 2027 của Bảo hiểm xã hội tỉnh, Bảo hiểm xã hội huyện Mỹ Lộc xây dựng chương trình công tác tháng 01/2027 như sau:",
    )
    grid(
        doc,
        ["STT", "Nội dung công việc", "Bộ phận thực hiện", "Thời gian hoàn thành"],
        [
            ("§", "I", "CÔNG TÁC THU, CẤP SỔ BHXH, THẺ BHYT"),
            [
                "1",
                "Giao kế hoạch thu BHXH, BHYT, BHTN năm 2027 cho các đơn vị sử dụng lao động và đại lý thu",
                "Tổ Quản lý thu - Sổ, thẻ",
                "08/01",
            ],
            [
                "2",
                "Đôn đốc thu nợ; lập danh sách đơn vị nợ BHXH từ 03 tháng trở lên gửi UBND huyện",
                "Tổ Quản lý thu - Sổ, thẻ; Tổ Kiểm tra",
                "Trước 20/01",
            ],
            [
                "3",
                "Rà soát, in và cấp thẻ BHYT năm 2027 cho đối tượng do ngân sách nhà nước đóng",
                "Tổ Quản lý thu - Sổ, thẻ",
                "Trước 15/01",
            ],
            ("§", "II", "CÔNG TÁC CHẾ ĐỘ, CHI TRẢ"),
            [
                "4",
                "Giải quyết, chi trả các chế độ ốm đau, thai sản, dưỡng sức phục hồi sức khỏe",
                "Tổ Chế độ BHXH",
                "Thường xuyên",
            ],
            [
                "5",
                "Phối hợp Bưu điện huyện chi trả lương hưu, trợ cấp BHXH tháng 02/2027 trước Tết",
                "Tổ Chế độ BHXH",
                "Từ 20/01 đến 25/01",
            ],
            ("§", "III", "CÔNG TÁC GIÁM ĐỊNH, KIỂM TRA"),
            [
                "6",
                "Giám định chi phí khám, chữa bệnh BHYT quý IV/2026 tại Trung tâm Y tế huyện; thông báo quyết toán",
                "Tổ Giám định BHYT",
                "Trước 25/01",
            ],
            [
                "7",
                "Kiểm tra việc đóng BHXH, BHYT tại 04 doanh nghiệp trên địa bàn thị trấn Mỹ Lộc",
                "Tổ Kiểm tra",
                "Tháng 01",
            ],
            ("§", "IV", "CÔNG TÁC KHÁC"),
            [
                "8",
                "Tiếp nhận, trả kết quả hồ sơ thủ tục hành chính qua Bộ phận Một cửa và dịch vụ công trực tuyến",
                "Bộ phận Một cửa",
                "Hằng ngày",
            ],
            [
                "9",
                "Tổ chức Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027",
                "Tổ Hành chính - Tổng hợp",
                "12/01 (dự kiến)",
            ],
        ],
        widths=[1.3, 9.5, 4, 3],
    )
    lines = [
        "Đề nghị Bưu điện huyện Mỹ Lộc bố trí đủ điểm chi trả, nhân viên chi trả lương hưu, trợ cấp BHXH tháng 02/2027 tại các xã, thị trấn trước ngày 20/01/2027.",
        "Các tổ nghiệp vụ báo cáo kết quả thực hiện chương trình tháng 01 về Tổ Hành chính - Tổng hợp trước ngày 27/01/2027 để tổng hợp, báo cáo Bảo hiểm xã hội tỉnh.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- BHXH tỉnh (b/c);\n- UBND huyện (b/c);\n- Các tổ nghiệp vụ;\n- Lưu: VT.",
        "GIÁM ĐỐC\n\n\n\nHồ Sỹ Nguyên",
    )
    doc.save(path)


def h881_xlsx(h, path: Path) -> None:
    """Industrial zones board, environment division: an indicator and task sheet under a two-row
    header (plan 2027 split into unit and target), the division shortened to P.QLMT, a row led by the
    infrastructure company, notes with the enterprises' yearly report."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    title_rows(
        ws,
        [
            "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH THANH GIANG",
            "PHỤ LỤC: CHỈ TIÊU, NHIỆM VỤ BẢO VỆ MÔI TRƯỜNG TRONG CÁC KHU CÔNG NGHIỆP NĂM 2027",
            "(Kèm theo Kế hoạch số 88/KH-BQL ngày 21/12/2026 của Ban Quản lý các KCN tỉnh)",
        ],
        7,
        (1, 2),
    )
    ws.append(
        ["STT", "Chỉ tiêu, nhiệm vụ", "Kế hoạch năm 2027", "", "Đơn vị thực hiện", "Thời hạn", "Ghi chú"]
    )
    ws.append(["", "", "Đơn vị tính", "Chỉ tiêu", "", "", ""])
    for col in (1, 2, 5, 6, 7):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells(start_row=4, start_column=3, end_row=4, end_column=4)
    for r in (4, 5):
        for c in ws[r]:
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rows = [
        ["A", "CHỈ TIÊU"],
        [
            1,
            "Tỷ lệ khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt quy chuẩn kỹ thuật",
            "%",
            "100",
            "Phòng Quản lý Môi trường (P.QLMT)",
            "31/12/2027",
            "",
        ],
        [
            2,
            "Tỷ lệ doanh nghiệp thứ cấp đấu nối nước thải vào hệ thống xử lý nước thải tập trung",
            "%",
            "≥ 98",
            "P.QLMT",
            "31/12/2027",
            "(1)",
        ],
        [
            3,
            "Số cơ sở được kiểm tra việc chấp hành pháp luật về bảo vệ môi trường",
            "Cơ sở",
            "45",
            "P.QLMT",
            "Quý II - Quý IV",
            "Phối hợp Công an tỉnh (PC03)",
        ],
        ["B", "NHIỆM VỤ"],
        [
            4,
            "Thẩm định, cấp giấy phép môi trường cho dự án trong KCN theo ủy quyền",
            "-",
            "-",
            "P.QLMT",
            "Thường xuyên",
            "",
        ],
        [
            5,
            "Theo dõi dữ liệu các trạm quan trắc nước thải tự động, truyền số liệu về Sở Nông nghiệp và Môi trường",
            "-",
            "-",
            "P.QLMT",
            "Hằng ngày",
            "",
        ],
        [
            6,
            "Tổng hợp báo cáo công tác bảo vệ môi trường các KCN năm 2026 gửi Bộ Nông nghiệp và Môi trường, UBND tỉnh",
            "Báo cáo",
            "01",
            "P.QLMT",
            "Trước 31/01/2027",
            "",
        ],
        [
            7,
            "Xây dựng Kế hoạch ứng phó sự cố chất thải các KCN giai đoạn 2027 - 2030",
            "Kế hoạch",
            "01",
            "P.QLMT; Văn phòng Ban",
            "Quý III/2027",
            "",
        ],
        [
            8,
            "Tập huấn pháp luật về bảo vệ môi trường cho doanh nghiệp trong KCN",
            "Lớp",
            "02",
            "Phòng Quản lý Doanh nghiệp",
            "Tháng 5/2027",
            "P.QLMT phối hợp",
        ],
        [
            9,
            "Nâng công suất trạm xử lý nước thải tập trung KCN Nam Thanh Giang lên 6.000 m3/ngày đêm",
            "Trạm",
            "01",
            "Công ty CP Phát triển hạ tầng KCN Nam Thanh Giang",
            "Quý IV/2027",
            "P.QLMT đôn đốc",
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
            ws.cell(ws.max_row, 1).font = ws.cell(ws.max_row, 2).font = Font(bold=True)
    wrap(ws, 6)
    ws.append([])
    ws.append(["", "Ghi chú:"])
    ws.append(["", "(1) Không tính các doanh nghiệp được miễn trừ đấu nối theo quy định."])
    ws.append(
        [
            "",
            "(2) Các doanh nghiệp trong KCN báo cáo công tác bảo vệ môi trường năm 2027 về Ban Quản lý các KCN tỉnh (qua P.QLMT) trước ngày 31/01/2028.",
        ]
    )
    column_widths(ws, [6, 52, 10, 10, 26, 16, 22])
    wb.save(path)


def h882_docx(h, path: Path) -> None:
    """Primary school: a monthly plan table, the week merged down over its rows, posts in charge
    only, every class's teachers, a request to the parents' board and the teams' plans below."""
    doc = document()
    head_block(
        doc,
        "PHÒNG GD&ĐT HUYỆN MỸ LỘC\nTRƯỜNG TIỂU HỌC HOÀNG VĂN THỤ\n───────\nSố: 03/KH-THHVT",
        right2="Mỹ Lộc, ngày 02 tháng 01 năm 2027",
    )
    para(doc, "KẾ HOẠCH HOẠT ĐỘNG THÁNG 01 NĂM 2027", bold=True, center=True)
    para(doc, "I. CHỦ ĐIỂM: Mừng Đảng - Mừng Xuân", bold=True)
    para(doc, "II. NỘI DUNG CÔNG VIỆC CỤ THỂ", bold=True)
    header = ["Thời gian", "Nội dung công việc", "Người phụ trách", "Ghi chú"]
    rows = [
        [
            "Tuần 18\n(04/01 - 08/01)",
            "Tổ chức kiểm tra cuối học kỳ I các môn Toán, Tiếng Việt, Khoa học, Lịch sử và Địa lý (khối 4, 5)",
            "Phó Hiệu trưởng",
            "",
        ],
        ["", "Kiểm kê tài sản, thiết bị dạy học năm 2026", "Kế toán; Nhân viên thiết bị", ""],
        [
            "Tuần 19\n(11/01 - 15/01)",
            "Chấm bài, nhập điểm và nhận xét học kỳ I vào phần mềm quản lý trường học",
            "GVCN các lớp",
            "",
        ],
        ["", "Họp Hội đồng sư phạm sơ kết học kỳ I (16h30 thứ Sáu)", "Hiệu trưởng", ""],
        [
            "",
            "Gửi báo cáo sơ kết học kỳ I về Phòng GD&ĐT qua hệ thống văn bản điện tử",
            "PHT",
            "Trước 16/01/2027",
        ],
        [
            "Tuần 20\n(18/01 - 22/01)",
            'Tổ chức Hội chợ Xuân "Tết yêu thương" gây quỹ giúp học sinh có hoàn cảnh khó khăn',
            "Tổng phụ trách Đội",
            "",
        ],
        ["", "Họp cha mẹ học sinh cuối học kỳ I", "GVCN các lớp", ""],
        [
            "Tuần 21\n(25/01 - 29/01)",
            "Thi giáo viên dạy giỏi cấp trường (phần thực hành)",
            "PHT; Tổ trưởng chuyên môn",
            "",
        ],
        ["", "Kiểm tra vệ sinh an toàn thực phẩm bếp ăn bán trú trước Tết", "Nhân viên y tế", ""],
        [
            "Hằng tuần",
            "Sinh hoạt dưới cờ theo chủ đề Mừng Đảng - Mừng Xuân vào sáng thứ Hai",
            "Tổng phụ trách Đội",
            "",
        ],
    ]
    t = grid(doc, header, rows, widths=[3, 9, 4, 3])
    for top in (1, 3, 6, 8):
        span = 3 if top == 3 else 2
        merged = t.cell(top, 0).merge(t.cell(top + span - 1, 0))
        merged.text = rows[top - 1][0]
    lines = [
        "**III. TỔ CHỨC THỰC HIỆN",
        "- Kế hoạch có thể điều chỉnh theo chỉ đạo của Phòng GD&ĐT.",
        "- Đề nghị Ban đại diện cha mẹ học sinh trường phối hợp vận động phụ huynh tham gia Hội chợ Xuân (tuần 20).",
        "- Các tổ chuyên môn nộp kế hoạch tháng 02/2027 về Phó Hiệu trưởng trước ngày 29/01/2027.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc, "Nơi nhận:\n- Phòng GD&ĐT (b/c);\n- CB, GV, NV;\n- Lưu: VT.", "HIỆU TRƯỞNG\n\n\n\nVũ Thị Thanh"
    )
    doc.save(path)


def batch_h873() -> None:
    """Writes h873–h882 (the .doc and .pdf through LibreOffice)."""
    write_batch(
        [
            (h873_docx, "h873_kh_stp_bo_tro_tu_phap_kiem_tra.docx"),
            (h874_xlsx, "h874_ctr_hoi_ccb_tinh_nam.xlsx"),
            (h875_txt, "h875_kh_htx_vu_dong_xuan.txt"),
            (h876_docx, "h876_tbkl_vks_huyen_giao_ban.docx"),
            (h878_docx, "h878_cv_sxd_nha_o_bds.docx"),
            (h879_docx, "h879_lich_tuan_tt_van_hoa_nghe_thuat.docx"),
            (h881_xlsx, "h881_chi_tieu_bql_kcn_moi_truong.xlsx"),
            (h882_docx, "h882_kh_thang_tieu_hoc_tuan.docx"),
        ],
        [
            (h877_docx, "h877_kh_vqg_pcccr_bang.docx", "pdf"),
            (h880_docx, "h880_ctr_thang_bhxh_huyen.docx", "doc"),
        ],
        _out,
    )
