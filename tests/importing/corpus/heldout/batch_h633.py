"""Held-out batch h633–h642, written by h13author60 blind to the importer: ten documents of a
provincial Department of Transport, a provincial Red Cross Society, a provincial museum, a district
Division of Natural Resources and Environment, a provincial police fire-prevention division
(Phòng Cảnh sát PCCC và CNCH), a regional State Treasury (Kho bạc Nhà nước khu vực), a vocational
college, an irrigation works company, a town (thị trấn) People's Committee and a provincial
Department of Finance's price management division. Every name, person, place, number and date in
them is invented."""

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
    "h640_ctr_quy1_cty_thuy_loi",  # h13fixUC
    "h637_tbkl_pc07_tet_dinh_mui",  # h13fixUA
    "h638_cv_kbnn_kv_khoa_so_nien_do",  # h13fixUB
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h633_docx(h, path: Path) -> None:
    """Department of Transport: a yearly programme table with a leader column, sub-rows 4.1/4.2 under a
    bare parent row, units named in full then abbreviated, a closing section with a standing office."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH BÌNH LAM\nSỞ GIAO THÔNG VẬN TẢI\n───────\nSố: 3127/CTr-SGTVT",
        right2="Bình Lam, ngày 04 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "của Sở Giao thông vận tải tỉnh Bình Lam", bold=True, center=True)
    para(
        doc,
        "Căn cứ Chương trình công tác năm 2027 của UBND tỉnh ban hành kèm theo Quyết định số 2415/QĐ-UBND "
        "ngày 27/11/2026; căn cứ chức năng, nhiệm vụ được giao, Sở Giao thông vận tải xây dựng Chương trình "
        "công tác năm 2027 như sau:",
    )
    grid(
        doc,
        [
            "TT",
            "Nội dung công việc",
            "Cơ quan, đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Lãnh đạo Sở phụ trách",
            "Thời gian trình/ hoàn thành",
        ],
        [
            ("§", "I", "CÔNG TÁC XÂY DỰNG THỂ CHẾ, QUY HOẠCH, KẾ HOẠCH"),
            [
                "1",
                "Tham mưu UBND tỉnh ban hành Quyết định quy định tải trọng, khổ giới hạn của đường bộ trên "
                "các tuyến đường tỉnh",
                "Phòng Quản lý kết cấu hạ tầng giao thông (Phòng QLKCHT)",
                "Sở Tư pháp; Công an tỉnh",
                "PGĐ Đinh Quang Vũ",
                "Quý I/2027",
            ],
            [
                "2",
                "Xây dựng Kế hoạch bảo trì đường tỉnh năm 2028, trình UBND tỉnh phê duyệt",
                "Phòng QLKCHT",
                "Ban Quản lý bảo trì đường bộ tỉnh",
                "PGĐ Đinh Quang Vũ",
                "Trước 30/9/2027",
            ],
            [
                "3",
                "Rà soát, điều chỉnh mạng lưới tuyến vận tải hành khách cố định nội tỉnh đến năm 2030",
                "Phòng Quản lý vận tải, phương tiện và người lái (Phòng QLVT, PT&NL)",
                "Các bến xe khách; UBND các huyện, thị xã, thành phố",
                "PGĐ Hà Thị Minh Thư",
                "Tháng 6/2027",
            ],
            ("§", "II", "CÔNG TÁC QUẢN LÝ VẬN TẢI, PHƯƠNG TIỆN VÀ NGƯỜI LÁI"),
            [
                "4",
                "Kiểm tra hoạt động kinh doanh vận tải bằng xe ô tô trên địa bàn tỉnh, gồm:",
                "",
                "",
                "",
                "",
            ],
            [
                "4.1",
                "Kiểm tra các đơn vị kinh doanh vận tải hành khách phục vụ Tết Nguyên đán Đinh Mùi 2027",
                "Thanh tra Sở",
                "Phòng Cảnh sát giao thông Công an tỉnh",
                "PGĐ Hà Thị Minh Thư",
                "Tháng 01 - 02/2027",
            ],
            [
                "4.2",
                "Kiểm tra việc lắp đặt, sử dụng thiết bị giám sát hành trình, camera trên xe kinh doanh vận "
                "tải",
                "Phòng QLVT, PT&NL",
                "Thanh tra Sở",
                "PGĐ Hà Thị Minh Thư",
                "Quý III/2027",
            ],
            [
                "5",
                "Cấp, đổi giấy phép lái xe, giấy phép kinh doanh vận tải, phù hiệu xe theo đề nghị của tổ "
                "chức, cá nhân",
                "Phòng QLVT, PT&NL",
                "Trung tâm Phục vụ hành chính công tỉnh",
                "PGĐ Hà Thị Minh Thư",
                "Thường xuyên",
            ],
            ("§", "III", "CÔNG TÁC KẾT CẤU HẠ TẦNG VÀ AN TOÀN GIAO THÔNG"),
            [
                "6",
                "Kiểm tra, xử lý điểm đen, điểm tiềm ẩn tai nạn giao thông trên các tuyến đường tỉnh",
                "Phòng QLKCHT",
                "Ban An toàn giao thông tỉnh; Công an tỉnh",
                "PGĐ Đinh Quang Vũ",
                "Tháng 3 và tháng 9/2027",
            ],
            [
                "7",
                "Bảo đảm giao thông mùa mưa bão, khắc phục hậu quả thiên tai trên các tuyến đường tỉnh",
                "Ban Quản lý bảo trì đường bộ tỉnh",
                "Phòng QLKCHT",
                "PGĐ Đinh Quang Vũ",
                "Tháng 8 - 11/2027",
            ],
            [
                "8",
                "Thẩm định hồ sơ thiết kế bản vẽ thi công các công trình sửa chữa định kỳ đường tỉnh năm "
                "2027",
                "Phòng Quản lý chất lượng công trình giao thông",
                "Ban Quản lý bảo trì đường bộ tỉnh",
                "PGĐ Đinh Quang Vũ",
                "Quý II/2027",
            ],
            ("§", "IV", "CÔNG TÁC VĂN PHÒNG, THANH TRA"),
            [
                "9",
                "Tổng hợp, báo cáo UBND tỉnh, Bộ Xây dựng tình hình thực hiện nhiệm vụ của Sở",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Giám đốc Sở",
                "Hằng quý",
            ],
            [
                "10",
                "Tiếp công dân, giải quyết khiếu nại, tố cáo thuộc thẩm quyền của Sở",
                "Thanh tra Sở",
                "Văn phòng Sở",
                "Giám đốc Sở",
                "Thường xuyên",
            ],
            [
                "11",
                "Tổng kết công tác năm 2027, triển khai nhiệm vụ năm 2028",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Giám đốc Sở",
                "Trước ngày 15/12/2027",
            ],
        ],
        widths=[1.0, 8.5, 4.2, 4.2, 3.0, 3.0],
    )
    lines = [
        "**TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Sở là cơ quan thường trực, theo dõi, đôn đốc các phòng, đơn vị thực hiện Chương trình; "
        "tham mưu Giám đốc Sở điều chỉnh, bổ sung Chương trình khi cần thiết.",
        "2. Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện nhiệm vụ được giao về Văn phòng Sở trước "
        "ngày "
        "20 hằng tháng để tổng hợp, báo cáo Giám đốc Sở.",
        "3. Trưởng các phòng, đơn vị thuộc Sở chủ động triển khai các nhiệm vụ được giao, bảo đảm chất lượng "
        "và tiến độ./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;"
        "\n- Lưu: VT, VP.",
        "GIÁM ĐỐC\n\n\n\nTrần Quốc Khánh",
    )
    doc.save(path)


def h634_docx(h, path: Path) -> None:
    """Red Cross Society: a plan in prose whose tasks are in an appendix table, the time column before
    the lead column (converted to .pdf)."""
    doc = document()
    head_block(
        doc,
        "HỘI CHỮ THẬP ĐỎ VIỆT NAM\nHỘI CHỮ THẬP ĐỎ TỈNH BÌNH LAM\n───────\nSố: 218/KH-CTĐ",
        right2="Bình Lam, ngày 02 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Triển khai công tác Hội và phong trào Chữ thập đỏ năm 2027",
        "Thực hiện Chương trình công tác năm 2027 của Trung ương Hội Chữ thập đỏ Việt Nam và Nghị quyết Hội "
        "nghị Ban Chấp hành Hội Chữ thập đỏ tỉnh lần thứ tư (khóa X), Ban Thường vụ Hội Chữ thập đỏ tỉnh "
        "(sau đây gọi là Tỉnh Hội) ban hành Kế hoạch triển khai công tác Hội năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Tiếp tục đổi mới nội dung, phương thức hoạt động, nâng cao chất lượng các phong trào, cuộc vận "
        "động nhân đạo; phấn đấu vận động nguồn lực nhân đạo đạt trên 28 tỷ đồng.",
        "2. Các nhiệm vụ được phân công cụ thể, có thời gian hoàn thành và đơn vị chịu trách nhiệm.",
        "**II. NHIỆM VỤ TRỌNG TÂM",
        'Tập trung thực hiện các phong trào "Tết Nhân ái", "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ '
        'nhân đạo", công tác vận động hiến máu tình nguyện, chăm sóc sức khỏe ban đầu và chuẩn bị ứng phó '
        "thảm họa. Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Tỉnh Hội là cơ quan thường trực, tham mưu Ban Thường vụ theo dõi, đôn đốc việc thực "
        "hiện Kế hoạch.",
        "2. Ban Công tác xã hội phối hợp Văn phòng Tỉnh Hội tham mưu bố trí kinh phí thực hiện Kế hoạch từ "
        "nguồn vận động hợp pháp.",
        "3. Hội Chữ thập đỏ các huyện, thị xã, thành phố căn cứ Kế hoạch này xây dựng kế hoạch của cấp mình, "
        "gửi về Tỉnh Hội trước ngày 31/01/2027.",
        "4. Định kỳ 6 tháng (trước ngày 15/6/2027) và năm (trước ngày 15/11/2027), Hội Chữ thập đỏ cấp huyện "
        "và các ban, đơn vị thuộc Tỉnh Hội báo cáo kết quả thực hiện về Tỉnh Hội (qua Văn phòng).",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- TW Hội CTĐ Việt Nam (b/c);\n- Thường trực Tỉnh ủy, UBND tỉnh (b/c);\n- Ban Dân vận "
        "Tỉnh "
        "ủy;\n- Hội CTĐ các huyện, thị xã, thành phố;\n- Các ban, đơn vị thuộc Tỉnh Hội;\n- Lưu: VT, VP.",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nVi Thị Thanh Loan",
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "DANH MỤC NHIỆM VỤ CÔNG TÁC HỘI NĂM 2027", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Kế hoạch số 218/KH-CTĐ ngày 02/12/2026 của Hội Chữ thập đỏ tỉnh)",
        italic=True,
        center=True,
    )
    grid(
        doc,
        ["TT", "Nhiệm vụ", "Thời gian", "Ban, đơn vị chủ trì", "Đơn vị phối hợp"],
        [
            [
                "1",
                "Vận động, trao quà Tết cho hộ nghèo, nạn nhân chất độc da cam, người khuyết tật dịp Tết "
                "Nguyên đán Đinh Mùi 2027",
                "Tháng 01/2027",
                "Ban Công tác xã hội",
                "Hội CTĐ cấp huyện",
            ],
            [
                "2",
                "Tổ chức Lễ hội Xuân hồng vận động hiến máu tình nguyện",
                "Tháng 02/2027",
                "Văn phòng Tỉnh Hội (Thường trực Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh)",
                "Bệnh viện Đa khoa tỉnh",
            ],
            [
                "3",
                "Tổ chức các hoạt động hưởng ứng Ngày Chữ thập đỏ thế giới",
                "Dịp 08/5/2027",
                "Ban Truyền thông - Quan hệ quốc tế",
                "Các ban, đơn vị thuộc Tỉnh Hội",
            ],
            [
                "4",
                "Tập huấn sơ cấp cứu cho hội viên, tình nguyện viên và cộng đồng (10 lớp)",
                "Quý II và Quý III/2027",
                "Trung tâm Huấn luyện sơ cấp cứu",
                "Hội CTĐ cấp huyện",
            ],
            [
                "5",
                "Kiện toàn Đội Thanh niên Chữ thập đỏ ứng phó thảm họa cấp tỉnh",
                "Trước 30/6/2027",
                "Ban Tổ chức - Kiểm tra",
                "Tỉnh Đoàn",
            ],
            [
                "6",
                'Chiến dịch "Những giọt máu hồng hè" năm 2027',
                "Tháng 6 - 8/2027",
                "Văn phòng Tỉnh Hội",
                "Tỉnh Đoàn; Bệnh viện Đa khoa tỉnh",
            ],
            [
                "7",
                "Kiểm tra công tác Hội tại Hội Chữ thập đỏ huyện Tân Phước, huyện Đồng Lộc",
                "Quý III/2027",
                "Ban Tổ chức - Kiểm tra",
                "Văn phòng Tỉnh Hội",
            ],
            [
                "8",
                "Cập nhật tin, bài trên trang thông tin điện tử và trang mạng xã hội của Tỉnh Hội",
                "Thường xuyên",
                "Ban Truyền thông - Quan hệ quốc tế",
                "",
            ],
            [
                "9",
                "Tổng kết công tác Hội năm 2027, bình xét thi đua, khen thưởng",
                "Tháng 12/2027",
                "Văn phòng Tỉnh Hội",
                "Ban Tổ chức - Kiểm tra",
            ],
        ],
        widths=[1.0, 7.0, 2.6, 3.6, 3.0],
    )
    h.set_widths(doc.tables[-1], [0.4, 2.9, 1.0, 1.5, 1.2])
    doc.save(path)


def h635_docx(h, path: Path) -> None:
    """Provincial museum: a plan whose tasks are numbered headings, each followed by `- Thời gian:` and
    `- Đơn vị thực hiện:` lines (converted to .doc)."""
    doc = document()
    head_block(
        doc,
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nBẢO TÀNG TỈNH BÌNH LAM\n───────\nSố: 96/KH-BT",
        right2="Bình Lam, ngày 03 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Hoạt động trưng bày, giáo dục và bảo quản di sản năm 2027",
        "Căn cứ Quyết định số 812/QĐ-SVHTTDL ngày 20/11/2026 của Sở Văn hóa, Thể thao và Du lịch giao "
        "nhiệm vụ "
        "năm 2027, Bảo tàng tỉnh xây dựng Kế hoạch hoạt động năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Phát huy giá trị di sản văn hóa, thu hút công chúng, học sinh đến tham quan; bảo đảm an toàn tuyệt "
        "đối hiện vật, kho tàng.",
        "**II. NỘI DUNG HOẠT ĐỘNG",
        '1. Trưng bày chuyên đề "Gốm cổ Bình Lam - dấu ấn giao thương"',
        "- Nội dung: giới thiệu khoảng 150 hiện vật gốm thế kỷ XV - XVIII phát hiện tại di chỉ Bến Đá.",
        "- Thời gian: khai mạc dịp Tết Nguyên đán (tháng 02/2027).",
        "- Đơn vị thực hiện: Phòng Trưng bày - Tuyên truyền; phối hợp: Phòng Kiểm kê - Bảo quản.",
        '2. Trưng bày lưu động "Di sản văn hóa các dân tộc Bình Lam" tại các trường học',
        "- Thời gian: từ tháng 3 đến tháng 5/2027.",
        "- Đơn vị thực hiện: Phòng Trưng bày - Tuyên truyền.",
        '3. Chương trình giáo dục "Em yêu di sản" cho học sinh tiểu học, trung học cơ sở',
        "- Thời gian: hằng tháng, vào sáng thứ Bảy tuần thứ hai.",
        "- Đơn vị thực hiện: Phòng Giáo dục và Dịch vụ công chúng.",
        "4. Sưu tầm hiện vật, tư liệu về văn hóa các dân tộc thiểu số vùng cao",
        "- Thời gian: Quý III/2027.",
        "- Đơn vị thực hiện: Phòng Nghiên cứu - Sưu tầm; phối hợp: UBND các xã vùng cao.",
        "5. Lập hồ sơ đề nghị công nhận bảo vật quốc gia đối với Trống đồng Phú Lâm",
        "- Thời gian: trình Sở Văn hóa, Thể thao và Du lịch trước ngày 30/6/2027.",
        "- Đơn vị thực hiện: Phòng Nghiên cứu - Sưu tầm.",
        "6. Kiểm kê, số hóa 2.000 hiện vật kho cơ sở",
        "- Thời gian: hoàn thành trước ngày 30/11/2027.",
        "- Đơn vị thực hiện: Phòng Kiểm kê - Bảo quản.",
        "7. Kiểm tra, bảo dưỡng hệ thống phòng cháy, chữa cháy, camera an ninh khu trưng bày và kho",
        "- Thời gian: thường xuyên.",
        "- Đơn vị thực hiện: Phòng Hành chính - Tổng hợp.",
        '8. Xuất bản sách ảnh "Bảo vật và hiện vật tiêu biểu Bảo tàng tỉnh Bình Lam"',
        "- Thời gian: Quý IV/2027.",
        "- Đơn vị thực hiện: Phòng Nghiên cứu - Sưu tầm; phối hợp: Phòng Trưng bày - Tuyên truyền.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Hành chính - Tổng hợp là bộ phận đầu mối, theo dõi, đôn đốc các phòng thực hiện Kế hoạch; "
        "tham mưu Giám đốc bố trí kinh phí, nhân lực.",
        "2. Các phòng chuyên môn báo cáo kết quả thực hiện về Phòng Hành chính - Tổng hợp trước ngày 25 của "
        "tháng cuối quý.",
        "3. Kinh phí thực hiện từ nguồn ngân sách sự nghiệp văn hóa năm 2027 giao Bảo tàng tỉnh và các nguồn "
        "thu hợp pháp khác./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở VHTTDL (b/c);\n- Ban Giám đốc;\n- Các phòng;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nLê Thị Phương Dung",
    )
    doc.save(path)


def h636_docx(h, path: Path) -> None:
    """District Division of Natural Resources and Environment: a dispatch, unit labels over lettered
    points, a request to the district police, a dated closing request."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN ĐÔNG SƠN\nPHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG\n───────\nSố: 587/TNMT\nV/v triển khai một số "
        "nhiệm vụ quản lý đất đai, môi trường tháng 12/2026 và Quý I/2027",
        right2="Đông Sơn, ngày 05 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Ủy ban nhân dân các xã, thị trấn;",
        "- Văn phòng Đăng ký đất đai tỉnh - Chi nhánh huyện Đông Sơn;",
        "- Trung tâm Phát triển quỹ đất huyện.",
        "Thực hiện Văn bản số 1984/UBND-TNMT ngày 28/11/2026 của UBND huyện về tăng cường quản lý nhà "
        "nước về "
        "đất đai, tài nguyên và môi trường, Phòng Tài nguyên và Môi trường (TN&MT) đề nghị các cơ quan, "
        "đơn vị "
        "thực hiện một số nội dung sau:",
        "**1. Ủy ban nhân dân các xã, thị trấn",
        "a) Rà soát, thống kê các trường hợp sử dụng đất ổn định chưa được cấp Giấy chứng nhận quyền sử dụng "
        "đất, gửi về Phòng TN&MT trước ngày 25/12/2026.",
        "b) Triển khai thống kê đất đai năm 2026 trên địa bàn, hoàn thành và gửi kết quả trước ngày "
        "15/01/2027.",
        "c) Kiểm tra, xử lý kịp thời các trường hợp đổ trộm chất thải rắn xây dựng, lấn chiếm hành lang "
        "kênh mương; thực hiện thường xuyên.",
        "d) Tổ chức thu gom bao gói thuốc bảo vệ thực vật sau sử dụng tại các bể chứa trên đồng ruộng, bàn "
        "giao cho đơn vị xử lý trong Quý I/2027.",
        "**2. Văn phòng Đăng ký đất đai tỉnh - Chi nhánh huyện Đông Sơn (Chi nhánh VPĐKĐĐ)",
        "a) Chỉnh lý biến động, cập nhật cơ sở dữ liệu địa chính của thị trấn Đông Sơn và xã Hòa Mỹ, hoàn "
        "thành trong tháng 01/2027.",
        "b) Phối hợp UBND các xã giải quyết dứt điểm hồ sơ đăng ký biến động tồn đọng trước ngày 30/01/2027.",
        "**3. Trung tâm Phát triển quỹ đất huyện",
        "Lập phương án bồi thường, hỗ trợ, tái định cư dự án nâng cấp đường huyện ĐH.12 (đoạn Km3 - "
        "Km7+500), "
        "trình Hội đồng thẩm định trước ngày 28/02/2027.",
        "**4. Tổ Môi trường (thuộc Phòng TN&MT)",
        "Hướng dẫn các cơ sở sản xuất, kinh doanh trên địa bàn lập báo cáo công tác bảo vệ môi trường năm "
        "2026, tổng hợp kết quả trước ngày 31/01/2027.",
        "**5. Đề nghị Công an huyện",
        "Phối hợp kiểm tra, xử lý hành vi khai thác cát, sỏi trái phép trên sông Lam Giang đoạn qua các xã "
        "Hòa Mỹ, Tân Thành trong Quý I/2027.",
        "Các cơ quan, đơn vị báo cáo kết quả thực hiện các nội dung trên về Phòng TN&MT (qua bộ phận Tổng "
        "hợp, "
        "email: tnmt.dongson@binhlam.gov.vn) trước ngày 05/02/2027 để tổng hợp, báo cáo UBND huyện.",
        "Phòng TN&MT đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND huyện (b/c);\n- Lãnh đạo Phòng;\n- Lưu: VT, TH.",
        "TRƯỞNG PHÒNG\n\n\n\nHoàng Minh Tuấn",
    )
    doc.save(path)


def h637_docx(h, path: Path) -> None:
    """Police fire-prevention division: a notice of conclusions, points to teams, one to a deputy head by
    his field, a request to the power company, a daily report and a general charge."""
    doc = document()
    head_block(
        doc,
        "CÔNG AN TỈNH BÌNH LAM\nPHÒNG CẢNH SÁT PCCC VÀ CNCH\n───────\nSố: 412/TB-PC07",
        right2="Bình Lam, ngày 05 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của đồng chí Trưởng phòng tại Hội nghị triển khai công tác bảo đảm an toàn phòng cháy, "
        "chữa cháy và cứu nạn, cứu hộ dịp Tết Dương lịch và Tết Nguyên đán Đinh Mùi năm 2027",
        "Ngày 03/12/2026, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (Phòng PC07) tổ chức "
        "Hội nghị "
        "triển khai công tác bảo đảm an toàn PCCC và CNCH dịp Tết Dương lịch và Tết Nguyên đán Đinh Mùi năm "
        "2027. Đồng chí Thượng tá Mạc Đình Quyết, Trưởng phòng chủ trì Hội nghị; dự Hội nghị có các đồng chí "
        "Phó Trưởng phòng, Đội trưởng các đội thuộc Phòng. Sau khi nghe báo cáo và ý kiến tham luận, đồng "
        "chí "
        "Trưởng phòng kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Năm 2026, tình hình cháy, nổ trên địa bàn tỉnh cơ bản được kiểm soát; xảy ra 37 vụ cháy, giảm 9 "
        "vụ so "
        "với năm 2025. Tuy nhiên, nguy cơ cháy tại chợ, nhà ở kết hợp kinh doanh vẫn còn cao, nhất là trong "
        "dịp cao điểm Tết.",
        "**II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
        "1. Đội Tham mưu - Tổng hợp tham mưu ban hành Kế hoạch bảo đảm an toàn PCCC và CNCH dịp Tết Dương "
        "lịch "
        "và Tết Nguyên đán Đinh Mùi năm 2027, xong trước ngày 15/12/2026.",
        "2. Đội Công tác phòng cháy chủ trì, phối hợp Công an các xã, phường kiểm tra an toàn PCCC đối "
        "với chợ, "
        "trung tâm thương mại, cơ sở kinh doanh hàng Tết; hoàn thành trước ngày 25/01/2027.",
        '3. Tổ chức tuyên truyền, hướng dẫn PCCC tại khu dân cư, nhà ở kết hợp kinh doanh theo mô hình "Tổ '
        'liên gia an toàn PCCC"; giao Đội Công tác phòng cháy thực hiện từ nay đến hết tháng 01/2027.',
        "4. Đội Chữa cháy và CNCH khu vực 1 chủ trì thực tập phương án chữa cháy và CNCH có huy động "
        "nhiều lực "
        "lượng tại Chợ Trung tâm thành phố Bình Lam trong tháng 01/2027.",
        "5. Phó Trưởng phòng phụ trách công tác chữa cháy (đồng chí Thiếu tá Nông Văn Tài) chỉ đạo kiểm tra, "
        "bảo dưỡng phương tiện chữa cháy, bảo đảm 100% xe chữa cháy sẵn sàng hoạt động trước ngày "
        "20/01/2027.",
        "6. Các Đội Chữa cháy và CNCH khu vực duy trì nghiêm chế độ thường trực sẵn sàng chiến đấu 100% quân "
        "số từ ngày 03/02/2027 đến hết ngày 12/02/2027.",
        "7. Đội Thẩm định, nghiệm thu về PCCC giải quyết hồ sơ thẩm định thiết kế, nghiệm thu về PCCC đúng "
        "thời hạn, không để tồn đọng hồ sơ; thực hiện thường xuyên.",
        "8. Đề nghị Công ty Điện lực Bình Lam kiểm tra, khắc phục nguy cơ mất an toàn lưới điện tại các chợ, "
        "khu dân cư đông đúc trước ngày 30/01/2027.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Đội Tham mưu - Tổng hợp tổng hợp tình hình cháy, nổ, cứu nạn, cứu hộ trong dịp Tết, báo cáo "
        "Trưởng "
        "phòng trước 16 giờ hằng ngày.",
        "2. Các Phó Trưởng phòng theo lĩnh vực được phân công chỉ đạo các đội triển khai thực hiện nghiêm "
        "Thông báo này.",
        "3. Các đội báo cáo kết quả thực hiện Thông báo về Đội Tham mưu - Tổng hợp trước ngày 15/02/2027 để "
        "tổng hợp, báo cáo Trưởng phòng.",
        "Phòng Cảnh sát PCCC và CNCH thông báo để các đơn vị biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Đ/c Giám đốc Công an tỉnh (b/c);\n- Lãnh đạo Phòng;\n- Các đội thuộc Phòng;"
        "\n- Công ty Điện lực Bình Lam;\n- Lưu: VT, PC07(TM-TH).",
        "TRƯỞNG PHÒNG\n\n\n\nThượng tá Mạc Đình Quyết",
    )
    doc.save(path)


def h638_docx(h, path: Path) -> None:
    """Regional State Treasury: a dispatch on closing the 2026 books, a timetable table (due before the
    unit) and prose points after it."""
    doc = document()
    head_block(
        doc,
        "KHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC KHU VỰC XVII\n───────\nSố: 1533/KVXVII-KTNN\nV/v triển khai công "
        "tác khóa sổ kế toán niên độ 2026",
        right2="Bình Lam, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các phòng thuộc Kho bạc Nhà nước Khu vực XVII;",
        "- Các Phòng Giao dịch số 1, số 2, số 3.",
        "Căn cứ hướng dẫn của Kho bạc Nhà nước về khóa sổ kế toán cuối năm và lập báo cáo quyết toán ngân "
        "sách "
        "nhà nước niên độ 2026, Kho bạc Nhà nước Khu vực XVII (KBNN KV XVII) yêu cầu các phòng, Phòng Giao "
        "dịch thực hiện các nội dung theo thời hạn sau:",
    ]
    marked_paragraphs(doc, lines, MARKS)
    grid(
        doc,
        ["TT", "Nội dung công việc", "Thời hạn", "Đơn vị thực hiện"],
        [
            [
                "1",
                "Đôn đốc các đơn vị sử dụng ngân sách gửi hồ sơ thanh toán tạm ứng, hoàn ứng các khoản chi "
                "năm 2026",
                "Chậm nhất ngày 25/12/2026",
                "Phòng Kiểm soát chi; các Phòng Giao dịch",
            ],
            [
                "2",
                "Bảo đảm an toàn hệ thống, bố trí trực hệ thống giao dịch điện tử dịp cuối năm",
                "Từ 28/12/2026 đến 05/01/2027",
                "Văn phòng",
            ],
            [
                "3",
                "Kiểm kê quỹ tiền mặt, giấy tờ có giá, tài sản quý tại thời điểm 24 giờ ngày cuối năm",
                "31/12/2026",
                "Văn phòng; Phòng Kế toán nhà nước",
            ],
            [
                "4",
                "Đối chiếu số dư tài khoản tiền gửi, dự toán với các đơn vị giao dịch",
                "Trước 10/01/2027",
                "Phòng Kế toán nhà nước",
            ],
            [
                "5",
                "Xử lý chuyển nguồn dự toán, số dư tạm ứng sang năm 2027 theo văn bản của cơ quan tài chính",
                "Từ 01/01/2027 đến 31/01/2027",
                "Phòng Kiểm soát chi",
            ],
            [
                "6",
                "Khóa sổ kế toán ngân sách niên độ 2026 trên TABMIS thời gian chỉnh lý",
                "Trước 16 giờ ngày 31/01/2027",
                "Phòng Kế toán nhà nước",
            ],
            [
                "7",
                "Lập báo cáo quyết toán thu, chi ngân sách nhà nước niên độ 2026 gửi Kho bạc Nhà nước",
                "Chậm nhất ngày 20/02/2027",
                "Phòng Kế toán nhà nước",
            ],
        ],
        widths=[1.0, 8.5, 3.5, 4.0],
    )
    lines = [
        "Ngoài các nội dung trên, KBNN KV XVII đề nghị:",
        "1. Phòng Tổng hợp - Hành chính là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Văn bản này; kịp "
        "thời báo cáo Lãnh đạo Kho bạc những vướng mắc phát sinh.",
        "2. Các phòng, Phòng Giao dịch báo cáo tiến độ khóa sổ về Phòng Kế toán nhà nước vào thứ Sáu hằng "
        "tuần, từ ngày 11/12/2026 đến ngày 29/01/2027.",
        "3. Các Phòng Giao dịch thông báo, đề nghị các đơn vị sử dụng ngân sách, chủ đầu tư gửi hồ sơ, chứng "
        "từ thanh toán năm 2026 đến Kho bạc chậm nhất ngày 29/12/2026.",
        "Yêu cầu các phòng, Phòng Giao dịch nghiêm túc thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- KBNN (b/c);\n- Giám đốc, các PGĐ;\n- Lưu: VT, KTNN.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNgô Thị Bích Hạnh",
    )
    doc.save(path)


def h639_xlsx(h, path: Path) -> None:
    """Vocational college: an indicator sheet, two header rows (results merged over two years), group
    rows, a unit named in full then abbreviated, a merged lead cell for several faculties, a note."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Chỉ tiêu 2027"
    title_rows(
        sheet,
        [
            "UBND TỈNH BÌNH LAM - TRƯỜNG CAO ĐẲNG KỸ THUẬT - CÔNG NGHỆ BÌNH LAM",
            "CHỈ TIÊU KẾ HOẠCH NĂM 2027 GIAO CÁC KHOA, PHÒNG, TRUNG TÂM",
            "(Kèm theo Quyết định số 655/QĐ-CĐKTCN ngày 01/12/2026 của Hiệu trưởng)",
        ],
        7,
        (1, 2),
    )
    sheet.append(["TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "", "Đơn vị chủ trì", "Thời hạn"])
    sheet.append(["", "", "", "Thực hiện 2026", "Kế hoạch 2027", "", ""])
    for column in (1, 2, 3, 6, 7):
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    sheet.merge_cells(start_row=4, start_column=4, end_row=4, end_column=5)
    bold_header(sheet, 4)
    bold_header(sheet, 5)
    rows = [
        ["A", "TUYỂN SINH"],
        [
            1,
            "Tuyển sinh trình độ cao đẳng",
            "người",
            412,
            450,
            "Phòng Đào tạo và Công tác học sinh, sinh viên (P.ĐT&CTHSSV)",
            "Tháng 9/2027",
        ],
        [2, "Tuyển sinh trình độ trung cấp", "người", 380, 400, "P.ĐT&CTHSSV", "Tháng 10/2027"],
        [
            3,
            "Đào tạo sơ cấp, đào tạo dưới 3 tháng cho lao động nông thôn",
            "người",
            620,
            700,
            "Trung tâm Đào tạo thường xuyên và Dịch vụ việc làm (TT ĐTTX&DVVL)",
            "Tháng 12/2027",
        ],
        ["B", "CHẤT LƯỢNG ĐÀO TẠO"],
        [
            4,
            "Tỷ lệ học sinh, sinh viên tốt nghiệp so với số dự thi",
            "%",
            88,
            "≥ 90",
            "Khoa Cơ khí - Động lực; Khoa Điện - Điện tử; Khoa Kinh tế - Du lịch",
            "Tháng 7/2027",
        ],
        [
            5,
            "Tỷ lệ người học có việc làm sau 6 tháng tốt nghiệp",
            "%",
            82,
            "≥ 85",
            "TT ĐTTX&DVVL",
            "Tháng 12/2027",
        ],
        [
            6,
            "Số chương trình đào tạo được rà soát, cập nhật",
            "chương trình",
            6,
            8,
            "P.ĐT&CTHSSV",
            "Quý II/2027",
        ],
        [
            7,
            "Số nhà giáo được bồi dưỡng kỹ năng nghề, nghiệp vụ sư phạm",
            "người",
            25,
            30,
            "Phòng Tổ chức - Hành chính",
            "Quý III/2027",
        ],
        ["C", "KIỂM ĐỊNH, HỘI THI"],
        [
            8,
            "Hoàn thành báo cáo tự đánh giá chất lượng cơ sở giáo dục nghề nghiệp",
            "báo cáo",
            1,
            1,
            "Phòng Khảo thí và Kiểm định chất lượng",
            "Trước 30/11/2027",
        ],
        [
            9,
            "Số học sinh, sinh viên đạt giải Hội thi kỹ năng nghề cấp tỉnh",
            "giải",
            5,
            7,
            "Khoa Cơ khí - Động lực",
            "Tháng 5/2027",
        ],
        ["D", "TÀI CHÍNH, ĐẦU TƯ"],
        [
            10,
            "Thu sự nghiệp (học phí, dịch vụ đào tạo, liên kết)",
            "triệu đồng",
            9850,
            10500,
            "Phòng Kế hoạch - Tài chính",
            "Hằng quý",
        ],
        [
            11,
            "Tỷ lệ giải ngân vốn dự án Xưởng thực hành công nghệ ô tô",
            "%",
            "-",
            100,
            "Phòng Quản trị - Thiết bị",
            "Trước 31/12/2027",
        ],
    ]
    for row in rows:
        sheet.append(row)
        at = sheet.max_row
        if len(row) == 2:
            sheet.merge_cells(start_row=at, start_column=2, end_row=at, end_column=7)
            sheet.cell(at, 1).font = sheet.cell(at, 2).font = Font(bold=True)
    wrap(sheet, 6)
    for at in range(6, sheet.max_row + 1):
        sheet.cell(at, 1).alignment = Alignment(horizontal="center", vertical="center")
    last = sheet.max_row
    sheet.cell(last + 2, 1).value = (
        "Ghi chú: Các khoa, phòng, trung tâm báo cáo kết quả thực hiện chỉ tiêu về Phòng Kế hoạch - Tài "
        "chính "
        "trước ngày 05 của tháng đầu quý sau để tổng hợp, báo cáo Hiệu trưởng."
    )
    sheet.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=7)
    sheet.cell(last + 2, 1).alignment = Alignment(wrap_text=True)
    sheet.row_dimensions[last + 2].height = 32
    sheet.cell(last + 4, 6).value = "HIỆU TRƯỞNG"
    sheet.cell(last + 7, 6).value = "TS. Dương Văn Hải"
    column_widths(sheet, [6, 46, 11, 11, 11, 32, 15])
    book.save(path)


_H640 = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Chương trình công tác Quý I/2027 - Công ty TNHH MTV Khai thác công trình thủy lợi Bình Lam</title>
<style>
body { font-family: "Times New Roman", serif; font-size: 13pt; }
table.grid { border-collapse: collapse; width: 100%; }
table.grid td, table.grid th { border: 1px solid #000; padding: 4px; vertical-align: middle; }
.c { text-align: center; }
</style>
</head>
<body>
<table style="width:100%">
<tr>
<td class="c"><b>UBND TỈNH BÌNH LAM<br>CÔNG TY TNHH MỘT THÀNH VIÊN<br>
KHAI THÁC CÔNG TRÌNH THỦY LỢI BÌNH LAM</b><br>
Số: 25/CTr-CTTL</td>
<td class="c"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>
<i>Bình Lam, ngày 01 tháng 12 năm 2026</i></td>
</tr>
</table>
<h3 class="c">CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027</h3>
<p>Căn cứ Kế hoạch sản xuất, kinh doanh năm 2027 đã được UBND tỉnh phê duyệt; căn cứ kế hoạch dùng nước
vụ Đông Xuân 2026 - 2027, Giám đốc Công ty ban hành Chương trình công tác Quý I năm 2027 như sau:</p>
<table class="grid">
<tr><th>Thời gian</th><th>TT</th><th>Nội dung công việc</th><th>Đơn vị thực hiện</th>
<th>Lãnh đạo chỉ đạo</th><th>Ghi chú</th></tr>
<tr><td class="c" rowspan="4">Tháng 01/2027</td><td class="c">1</td>
<td>Lập lịch lấy nước đợt 2 vụ Đông Xuân 2026 - 2027, thông báo đến các hợp tác xã dùng nước</td>
<td>Phòng Kỹ thuật - Quản lý nước (P.KT-QLN)</td><td>PGĐ Trịnh Văn Lợi</td><td></td></tr>
<tr><td class="c">2</td>
<td>Tổ chức lấy nước đợt 1 phục vụ làm đất gieo cấy vụ Đông Xuân</td>
<td>Xí nghiệp Thủy lợi Đông Sơn; Xí nghiệp Thủy lợi Tân Phước</td><td>PGĐ Trịnh Văn Lợi</td>
<td>Từ 08/01 đến 22/01/2027</td></tr>
<tr><td class="c">3</td>
<td>Ký hợp đồng cung cấp dịch vụ thủy lợi năm 2027 với UBND các xã, hợp tác xã</td>
<td>Phòng Kế hoạch - Tổng hợp</td><td>Giám đốc</td><td></td></tr>
<tr><td class="c">4</td>
<td>Tổng kết công tác năm 2026; tổ chức Hội nghị người lao động năm 2027</td>
<td>Phòng Tổ chức - Hành chính</td><td>Giám đốc</td><td></td></tr>
<tr><td class="c" rowspan="3">Tháng 02/2027</td><td class="c">5</td>
<td>Quan trắc mực nước, lưu lượng xả các hồ chứa, báo cáo theo quy trình vận hành</td>
<td>Cụm Thủy nông hồ Khe Lim</td><td>PGĐ Trịnh Văn Lợi</td><td>Hằng ngày</td></tr>
<tr><td class="c">6</td>
<td>Trực bảo vệ công trình, điều tiết nước dịp Tết Nguyên đán Đinh Mùi</td>
<td>Các xí nghiệp thủy lợi</td><td>PGĐ Trịnh Văn Lợi</td><td>Từ 04/02 đến 12/02/2027</td></tr>
<tr><td class="c">7</td>
<td>Quyết toán kinh phí hỗ trợ sử dụng sản phẩm, dịch vụ công ích thủy lợi năm 2026</td>
<td>Phòng Tài chính - Kế toán</td><td>Giám đốc</td><td></td></tr>
<tr><td class="c" rowspan="3">Tháng 3/2027</td><td class="c">8</td>
<td>Lập hồ sơ sửa chữa, nạo vét kênh chính N2 hồ Khe Lim</td>
<td>P.KT-QLN</td><td>PGĐ Trịnh Văn Lợi</td><td></td></tr>
<tr><td class="c">9</td>
<td>Tổng hợp diện tích tưới, tiêu vụ Đông Xuân, nghiệm thu với các địa phương</td>
<td>Phòng Kế hoạch - Tổng hợp, các xí nghiệp</td><td>Giám đốc</td><td></td></tr>
<tr><td class="c">10</td>
<td>Xây dựng phương án phòng, chống thiên tai năm 2027 của Công ty</td>
<td>P.KT-QLN</td><td>PGĐ Trịnh Văn Lợi</td><td>Trình Sở Nông nghiệp và Môi trường trước 31/3</td></tr>
<tr><td class="c">Thường xuyên</td><td class="c">11</td>
<td>Kiểm tra, xử lý vi phạm phạm vi bảo vệ công trình thủy lợi</td>
<td>Các xí nghiệp thủy lợi</td><td>PGĐ Trịnh Văn Lợi</td><td></td></tr>
<tr><td class="c">Hằng tháng</td><td class="c">12</td>
<td>Báo cáo tình hình thực hiện kế hoạch sản xuất, kinh doanh với Hội đồng thành viên</td>
<td>Phòng Kế hoạch - Tổng hợp</td><td>Giám đốc</td><td></td></tr>
</table>
<p>Các phòng, xí nghiệp, cụm thủy nông báo cáo kết quả thực hiện Chương trình về Phòng Kế hoạch - Tổng hợp
trước ngày 25/3/2027 để tổng hợp, báo cáo Giám đốc.</p>
<table style="width:100%">
<tr>
<td><b><i>Nơi nhận:</i></b><br>- Chủ tịch Công ty (b/c);<br>- Ban Giám đốc;<br>
- Các phòng, xí nghiệp, cụm thủy nông;<br>- Lưu: VT, KHTH.</td>
<td class="c"><b>GIÁM ĐỐC</b><br><br><br><br><b>Đào Xuân Trường</b></td>
</tr>
</table>
</body>
</html>
"""


def h640_html(h, path: Path) -> None:
    """Irrigation company: a quarter's programme as a web page, the month first and merged down
    (rowspan), a note column carrying a date range, `Hằng ngày` under a month, `Thường xuyên` and
    `Hằng tháng` as time cells of their own, a dated closing request."""
    path.write_text(_H640, encoding="utf-8")


def h641_docx(h, path: Path) -> None:
    """Town People's Committee: a weekly calendar across the new year (28/12/2026 - 03/01/2027), days
    merged down, dates without a year, a holiday, a duty line, an office day and a `(dự kiến)` entry."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "UBND HUYỆN ĐÔNG SƠN\nỦY BAN NHÂN DÂN\nTHỊ TRẤN ĐÔNG SƠN\n───────",
        right2="Đông Sơn, ngày 25 tháng 12 năm 2026",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO UBND THỊ TRẤN", bold=True, center=True)
    para(doc, "(Tuần 53: từ ngày 28/12/2026 đến ngày 03/01/2027)", italic=True, center=True)
    header = ["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Thành phần", "Địa điểm", "Chuẩn bị"]
    days = [
        (
            "Thứ Hai\n28/12",
            [
                [
                    "7h30",
                    "Chào cờ; giao ban lãnh đạo UBND thị trấn đầu tuần",
                    "CT Phan Văn Dũng",
                    "Các PCT; công chức chuyên môn",
                    "Hội trường UBND",
                    "Văn phòng - Thống kê",
                ],
                [
                    "14h00",
                    "Kiểm tra tiến độ thi công công trình nâng cấp đường Nguyễn Trãi (tổ dân phố 4)",
                    "PCT Lò Thị Hạnh",
                    "Địa chính - Xây dựng; Tổ trưởng TDP 4; đơn vị thi công",
                    "Hiện trường",
                    "Địa chính - Xây dựng",
                ],
                [
                    "15h30",
                    "Thẩm định hồ sơ đề nghị công nhận danh hiệu Tổ dân phố văn hóa năm 2026",
                    "PCT Lò Thị Hạnh",
                    "Ban Chỉ đạo phong trào thị trấn",
                    "Phòng họp số 2",
                    "Văn hóa - Xã hội",
                ],
            ],
        ),
        (
            "Thứ Ba\n29/12",
            [
                [
                    "8h00",
                    "Tiếp công dân định kỳ",
                    "CT Phan Văn Dũng",
                    "Địa chính - Xây dựng; Tư pháp - Hộ tịch",
                    "Phòng tiếp công dân",
                    "Văn phòng - Thống kê",
                ],
                [
                    "14h00",
                    "Họp Ban Chỉ đạo bảo đảm an ninh, trật tự dịp Tết Dương lịch và Tết Nguyên đán Đinh Mùi "
                    "2027",
                    "CT Phan Văn Dũng",
                    "Thành viên Ban Chỉ đạo",
                    "Phòng họp số 1",
                    "Công an thị trấn",
                ],
            ],
        ),
        (
            "Thứ Tư\n30/12",
            [
                [
                    "8h00",
                    "Dự Kỳ họp thứ mười hai HĐND thị trấn khóa XIII (kỳ họp thường lệ cuối năm)",
                    "Chủ tịch HĐND thị trấn",
                    "Đại biểu HĐND; lãnh đạo UBND; khách mời",
                    "Hội trường UBND",
                    "Văn phòng - Thống kê",
                ],
                ["Chiều", "Lãnh đạo UBND thị trấn làm việc tại cơ quan", "", "", "", ""],
            ],
        ),
        (
            "Thứ Năm\n31/12",
            [
                [
                    "8h00",
                    "Họp rà soát quyết toán thu, chi ngân sách thị trấn năm 2026",
                    "PCT Lò Thị Hạnh",
                    "Tài chính - Kế toán; Văn phòng - Thống kê",
                    "Phòng họp số 1",
                    "Tài chính - Kế toán",
                ],
                [
                    "9h30",
                    "Làm việc với Đoàn kiểm tra của UBND huyện về công tác cải cách hành chính năm 2026 "
                    "(dự kiến)",
                    "CT Phan Văn Dũng",
                    "Các PCT; công chức chuyên môn",
                    "Phòng họp số 1",
                    "Văn phòng - Thống kê",
                ],
                [
                    "15h00",
                    "Kiểm tra công tác trực sẵn sàng chiến đấu dịp Tết Dương lịch",
                    "CT Phan Văn Dũng",
                    "Chỉ huy trưởng BCH Quân sự thị trấn",
                    "Trụ sở BCH Quân sự",
                    "Ban Chỉ huy Quân sự thị trấn",
                ],
            ],
        ),
        ("Thứ Sáu\n01/01", [["Cả ngày", "Nghỉ Tết Dương lịch năm 2027", "", "", "", ""]]),
        ("Thứ Bảy\n02/01", [["Cả ngày", "Trực lãnh đạo: PCT Lò Thị Hạnh", "", "", "", ""]]),
        (
            "Chủ nhật\n03/01",
            [
                [
                    "6h30",
                    'Ra quân tổng vệ sinh môi trường hưởng ứng "Ngày Chủ nhật xanh" đầu năm',
                    "PCT Lò Thị Hạnh",
                    "Các đoàn thể; 12 tổ dân phố",
                    "Các tuyến phố chính",
                    "Văn hóa - Xã hội",
                ],
            ],
        ),
    ]
    grid_table = doc.add_table(rows=1, cols=len(header))
    grid_table.style = "Table Grid"
    for cell, text in zip(grid_table.rows[0].cells, header, strict=True):
        cell_text(cell, text, bold=True, center=True)
    for day, entries in days:
        first = len(grid_table.rows)
        for entry in entries:
            cells = grid_table.add_row().cells
            for cell, text in zip(cells[1:], entry, strict=True):
                cell_text(cell, text)
        last = len(grid_table.rows) - 1
        merged = (
            grid_table.cell(first, 0).merge(grid_table.cell(last, 0))
            if last > first
            else grid_table.cell(first, 0)
        )
        cell_text(merged, day, bold=True, center=True)
    para(doc, "")
    para(
        doc,
        "Ghi chú: Lịch có thể thay đổi; Văn phòng - Thống kê thông báo kịp thời khi có điều chỉnh.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TT Đảng ủy, HĐND thị trấn;\n- CT, các PCT UBND;\n- Các ban, ngành, đoàn thể;\n- "
        "Lưu: VP.",
        "TL. CHỦ TỊCH\nCÔNG CHỨC VĂN PHÒNG - THỐNG KÊ\n\n\n\nĐặng Thu Hương",
    )
    doc.save(path)


def h642_xlsx(h, path: Path) -> None:
    """Department of Finance's price management division: its own yearly plan where the doer column
    names only posts and persons, dues printed as a review time (`Trong 15 ngày kể từ…`, `Theo tiến
    độ hồ sơ`), two dates in one cell, `Hằng tháng (trước ngày 20)`."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "KH 2027"
    title_rows(
        sheet,
        [
            "SỞ TÀI CHÍNH TỈNH BÌNH LAM",
            "PHÒNG QUẢN LÝ GIÁ",
            "KẾ HOẠCH CÔNG TÁC NĂM 2027",
            "(Ban hành ngày 03/12/2026, kèm theo Chương trình công tác năm 2027 của Sở Tài chính)",
        ],
        5,
        (1, 2, 3),
    )
    sheet.append([])
    sheet.append(["STT", "Nhiệm vụ", "Người thực hiện", "Thời gian hoàn thành", "Ghi chú"])
    bold_header(sheet, 6)
    rows = [
        ["I", "QUẢN LÝ NHÀ NƯỚC VỀ GIÁ"],
        [
            1,
            "Tham mưu xây dựng Quyết định của UBND tỉnh quy định giá dịch vụ thoát nước trên địa bàn tỉnh "
            "giai "
            "đoạn 2027 - 2030",
            "TP Vương Đình Khải",
            "Quý II/2027",
            "",
        ],
        [
            2,
            "Tiếp nhận, rà soát văn bản kê khai giá của các tổ chức, doanh nghiệp",
            "CV Lý Thu Trang",
            "Thường xuyên",
            "",
        ],
        [
            3,
            "Thu thập, tổng hợp báo cáo giá thị trường các hàng hóa, dịch vụ thiết yếu gửi Bộ Tài chính",
            "CV Lý Thu Trang",
            "Hằng tháng (trước ngày 20)",
            "",
        ],
        [
            4,
            "Kiểm tra việc chấp hành pháp luật về giá, niêm yết giá tại các cơ sở kinh doanh dịp Tết "
            "Nguyên đán",
            "PTP Đỗ Thị Mai",
            "Tháng 01/2027",
            "Phối hợp Chi cục QLTT",
        ],
        [
            5,
            "Tập huấn nghiệp vụ kê khai, niêm yết giá cho doanh nghiệp",
            "PTP Đỗ Thị Mai",
            "Tháng 5 - 6/2027",
            "",
        ],
        ["II", "THẨM ĐỊNH GIÁ"],
        [
            6,
            "Thẩm định phương án giá nước sạch sinh hoạt của Công ty Cổ phần Cấp nước Bình Lam",
            "PTP Đỗ Thị Mai; CV Nguyễn Hữu Phúc",
            "Trong 15 ngày kể từ ngày nhận đủ hồ sơ",
            "",
        ],
        [
            7,
            "Thường trực Hội đồng thẩm định bảng giá đất, giá đất cụ thể của tỉnh",
            "CV Nguyễn Hữu Phúc",
            "Theo tiến độ hồ sơ",
            "",
        ],
        [
            8,
            "Tham gia ý kiến về giá gói thầu mua sắm tài sản, thiết bị theo đề nghị của các đơn vị",
            "CV Phạm Minh Quân",
            "Thường xuyên",
            "",
        ],
        ["III", "CÔNG TÁC KHÁC"],
        [
            9,
            "Báo cáo tình hình giá cả thị trường 6 tháng và năm 2027",
            "CV Lý Thu Trang",
            "15/6/2027 và 15/12/2027",
            "",
        ],
        [
            10,
            "Tổng kết công tác quản lý giá năm 2027, xây dựng kế hoạch năm 2028",
            "TP Vương Đình Khải; PTP Đỗ Thị Mai",
            "Trước 10/12/2027",
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
        if len(row) == 2:
            sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=5)
    wrap(sheet, 7)
    last = sheet.max_row
    sheet.cell(last + 2, 1).value = (
        "Các công chức trong Phòng báo cáo kết quả thực hiện nhiệm vụ được giao với Trưởng phòng vào thứ Sáu "
        "tuần cuối cùng hằng tháng."
    )
    sheet.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=5)
    sheet.cell(last + 4, 4).value = "TRƯỞNG PHÒNG"
    sheet.cell(last + 7, 4).value = "Vương Đình Khải"
    column_widths(sheet, [7, 60, 26, 20, 18])
    book.save(path)


def batch_h633() -> None:
    """Writes h633–h642 (the .pdf and the .doc through LibreOffice)."""
    write_batch(
        [
            (h633_docx, "h633_ctr_so_gtvt_nam_2027.docx"),
            (h636_docx, "h636_cv_phong_tnmt_huyen_dat_dai.docx"),
            (h637_docx, "h637_tbkl_pc07_tet_dinh_mui.docx"),
            (h638_docx, "h638_cv_kbnn_kv_khoa_so_nien_do.docx"),
            (h639_xlsx, "h639_chi_tieu_cao_dang_nghe_2027.xlsx"),
            (h640_html, "h640_ctr_quy1_cty_thuy_loi.html"),
            (h641_docx, "h641_lich_tuan_ubnd_thi_tran_giao_nam.docx"),
            (h642_xlsx, "h642_kh_phong_quan_ly_gia_stc.xlsx"),
        ],
        [
            (h634_docx, "h634_kh_hoi_ctd_tinh_phu_luc.docx", "pdf"),
            (h635_docx, "h635_kh_bao_tang_tinh_muc_thoi_gian.docx", "doc"),
        ],
        _out,
    )
