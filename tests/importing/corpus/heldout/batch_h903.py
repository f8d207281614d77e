# ruff: noqa: E501
"""Held-out batch h903–h912, written by h13author87 blind to the importer: ten documents of a
provincial Department of Culture's heritage division, a district Trade Union federation, a
provincial general hospital's infection control department, a provincial industrial promotion
centre, a provincial Department of Home Affairs' religious affairs committee, a district economic
infrastructure office, a provincial cadastral data centre, a secondary school's trade union, a
provincial consumer protection association and a provincial land transport inspectorate team.
Every name, person, place, number and date in them is invented."""

import datetime
from pathlib import Path

from batch_common import (
    MARKS,
    bold_header,
    calendar_page,
    column_widths,
    document,
    grid,
    grouped_sheet,
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
_MOVED: set[str] = set()


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h903_docx(h, path: Path) -> None:
    """Heritage division: a yearly plan in prose, roman sections, tasks closing with their unit."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH ĐÔNG LĨNH\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n───────\nSố: 318/KH-SVHTTDL",
        right2="Đông Lĩnh, ngày 14 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Bảo vệ và phát huy giá trị di sản văn hóa trên địa bàn tỉnh năm 2027",
        "Thực hiện Luật Di sản văn hóa năm 2024 và Chương trình hành động số 09-CTr/TU của Ban Thường vụ Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch bảo vệ và phát huy giá trị di sản văn hóa năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "- Nâng cao hiệu quả quản lý nhà nước về di sản văn hóa; ngăn chặn kịp thời các hành vi xâm hại di tích.",
        "- Gắn bảo tồn di sản với phát triển du lịch bền vững, huy động nguồn lực xã hội hóa.",
        "**II. NHIỆM VỤ CỤ THỂ",
        "**1. Công tác kiểm kê, xếp hạng di tích",
        "a) Hoàn thiện hồ sơ khoa học đề nghị xếp hạng di tích cấp quốc gia Đình làng Vạn Thọ (huyện Tây Bình), trình Bộ Văn hóa, Thể thao và Du lịch trước ngày 30/6/2027. Phòng Quản lý di sản văn hóa chủ trì.",
        "b) Kiểm kê bổ sung 45 di tích chưa được xếp hạng tại các huyện Tây Bình, Lạc Thủy Đông; hoàn thành trong quý III/2027 (Bảo tàng tỉnh thực hiện).",
        "c) Lập danh mục di sản văn hóa phi vật thể cấp tỉnh đợt 2, trình UBND tỉnh phê duyệt tháng 10/2027.",
        "**2. Công tác tu bổ, tôn tạo và quản lý di tích",
        "a) Thẩm định dự án tu bổ Chùa Phúc Khánh và Đền Bà Chúa Kho (xã Yên Hưng) trong thời hạn quy định kể từ ngày nhận đủ hồ sơ. Phòng Quản lý di sản văn hóa thực hiện.",
        "b) Ban Quản lý di tích tỉnh kiểm tra, cắm mốc giới khu vực bảo vệ I của 12 di tích cấp tỉnh, xong trước 15/9/2027.",
        "c) Kiểm tra việc quản lý, tổ chức lễ hội tại các di tích trong mùa lễ hội Xuân Đinh Mùi 2027 (tháng Giêng - tháng Ba âm lịch); Thanh tra Sở chủ trì, phối hợp Phòng Quản lý di sản văn hóa.",
        "**3. Công tác tuyên truyền, phát huy giá trị di sản",
        "a) Tổ chức các hoạt động hưởng ứng Ngày Di sản văn hóa Việt Nam (23/11/2027) — Bảo tàng tỉnh chủ trì.",
        "b) Số hóa 3D hiện vật bảo vật quốc gia Trống đồng Hòa Lạc và 200 hiện vật tiêu biểu, đưa lên trang thông tin điện tử của Bảo tàng; Bảo tàng tỉnh thực hiện, hoàn thành tháng 11/2027.",
        "c) Phối hợp Trung tâm Xúc tiến du lịch xây dựng 02 tour trải nghiệm di sản gắn với làng nghề truyền thống.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Quản lý di sản văn hóa là đơn vị đầu mối, tham mưu Giám đốc Sở theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Văn phòng Sở bố trí kinh phí thực hiện Kế hoạch từ nguồn sự nghiệp văn hóa năm 2027.",
        "3. Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo Phòng Văn hóa và Thông tin, UBND cấp xã tăng cường quản lý di tích trên địa bàn.",
        "4. Các đơn vị báo cáo kết quả thực hiện 6 tháng (trước ngày 15/6/2027) và năm (trước ngày 15/11/2027) về Sở (qua Phòng Quản lý di sản văn hóa).",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở để xem xét, giải quyết./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Bộ VHTTDL (Cục Di sản văn hóa) (b/c);\n- UBND tỉnh (b/c);\n- UBND các huyện, TX, TP;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, QLDSVH.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nĐinh Thị Quế Phương",
    )
    doc.save(path)


def h904_xlsx(h, path: Path) -> None:
    """District Trade Union federation: a yearly programme sheet under quarter rows."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "CT 2027"
    title_rows(
        ws,
        [
            "LIÊN ĐOÀN LAO ĐỘNG HUYỆN TÂY BÌNH",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027",
            "(Kèm theo Chương trình số 02/CTr-LĐLĐ ngày 22/12/2026 của Ban Thường vụ LĐLĐ huyện)",
        ],
        6,
        (1, 2),
    )
    ws.append([])
    ws.append(["TT", "Nội dung công việc", "Bộ phận chủ trì", "Phối hợp", "Thời gian", "Ghi chú"])
    bold_header(ws, 5)
    rows = [
        ["I", "QUÝ I"],
        [
            1,
            "Tổ chức thăm, tặng quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn",
            "Ban Chính sách - Pháp luật",
            "CĐCS",
            "Trước 25/01/2027",
            "",
        ],
        [
            2,
            "Hướng dẫn tổ chức Hội nghị cán bộ, công chức, viên chức năm 2027 tại các đơn vị sự nghiệp",
            "Ban CS-PL",
            "",
            "Tháng 2 - 3",
            "",
        ],
        [
            3,
            "Tổng kết trao Giải thưởng Nguyễn Văn Linh cho nữ CNVCLĐ tiêu biểu",
            "Ban Nữ công",
            "",
            "08/3/2027",
            "Nếu có kinh phí",
        ],
        ["II", "QUÝ II"],
        [
            4,
            "Tổ chức Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2027",
            "Ban Tuyên giáo",
            "Phòng LĐ-TB&XH",
            "Tháng 5",
            "",
        ],
        [
            5,
            "Kiểm tra tài chính công đoàn tại 08 CĐCS khối doanh nghiệp",
            "Ủy ban Kiểm tra",
            "",
            "Quý II",
            "",
        ],
        [
            6,
            "Kết nạp đoàn viên, thành lập CĐCS tại doanh nghiệp ngoài nhà nước (chỉ tiêu 150 đoàn viên)",
            "Ban Tổ chức",
            "CĐCS",
            "Cả năm",
            "Theo chỉ tiêu LĐLĐ tỉnh",
        ],
        ["III", "QUÝ III"],
        [
            7,
            "Sơ kết 6 tháng hoạt động công đoàn, triển khai nhiệm vụ 6 tháng cuối năm",
            "Văn phòng",
            "Các ban",
            "Tháng 7",
            "",
        ],
        [8, "Trao học bổng “Vì con em đoàn viên” năm học 2027 - 2028", "Ban Nữ công", "", "Tháng 8", ""],
        ["IV", "QUÝ IV"],
        [
            9,
            "Tổng hợp, đề xuất khen thưởng tổ chức, cá nhân có thành tích xuất sắc năm 2027",
            "Văn phòng",
            "",
            "Trước 10/12",
            "",
        ],
        [10, "Tổng kết hoạt động công đoàn năm 2027", "Ban Thường vụ", "Văn phòng", "Tháng 12", ""],
        ["V", "CÔNG VIỆC THƯỜNG XUYÊN"],
        [
            11,
            "Tiếp nhận, giải quyết đơn thư, tư vấn pháp luật cho người lao động",
            "Ban CS-PL",
            "",
            "Thường xuyên",
            "",
        ],
        [
            12,
            "Các CĐCS báo cáo nhanh tình hình quan hệ lao động, tranh chấp lao động (nếu có) về LĐLĐ huyện",
            "CĐCS",
            "",
            "Hằng tháng, trước ngày 20",
            "",
        ],
    ]
    grouped_sheet(
        ws,
        rows,
        [6, 52, 22, 16, 16, 18],
        "Ghi chú: Ban CS-PL: Ban Chính sách - Pháp luật; CĐCS: công đoàn cơ sở. Chương trình có thể điều chỉnh theo chỉ đạo của LĐLĐ tỉnh.",
        ("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Hà Văn Thiêm"),
        5,
    )
    wb.save(path)


def h905_docx(h, path: Path) -> None:
    """Hospital infection control: a notice of the deputy director's conclusions at a council meeting."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ ĐÔNG LĨNH\nBỆNH VIỆN ĐA KHOA TỈNH\n───────\nSố: 57/TB-BVĐK",
        right2="Đông Lĩnh, ngày 08 tháng 01 năm 2027",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Phó Giám đốc Bệnh viện tại cuộc họp Hội đồng Kiểm soát nhiễm khuẩn quý IV/2026",
        "Ngày 05/01/2027, Hội đồng Kiểm soát nhiễm khuẩn (KSNK) Bệnh viện họp đánh giá công tác KSNK quý IV/2026 và triển khai nhiệm vụ năm 2027. BSCKII. Lò Văn Hạnh, Phó Giám đốc, Chủ tịch Hội đồng chủ trì; dự họp có các thành viên Hội đồng, trưởng các khoa lâm sàng, cận lâm sàng. Sau khi nghe Khoa Kiểm soát nhiễm khuẩn báo cáo và ý kiến thảo luận, Phó Giám đốc kết luận như sau:",
        "**1. Đánh giá chung",
        "Công tác KSNK quý IV có chuyển biến; tỷ lệ tuân thủ vệ sinh tay đạt 78,4%, tăng 6% so với quý III. Tuy nhiên vẫn còn 03 khoa tỷ lệ tuân thủ dưới 65%, việc phân loại chất thải tại nguồn tại Khoa Cấp cứu chưa đúng quy định.",
        "**2. Nhiệm vụ trọng tâm thời gian tới",
        "2.1. Khoa Kiểm soát nhiễm khuẩn (Khoa KSNK):",
        "- Xây dựng Kế hoạch KSNK năm 2027 trình Giám đốc phê duyệt trước ngày 20/01/2027.",
        "- Giám sát tuân thủ vệ sinh tay tại tất cả các khoa, công bố kết quả hằng tháng trên bảng tin Bệnh viện.",
        "- Tổ chức giám sát chủ động nhiễm khuẩn vết mổ tại Khoa Ngoại tổng hợp, Khoa Sản trong quý I/2027.",
        "2.2. Khoa KSNK phối hợp Phòng Điều dưỡng tập huấn lại quy trình tiêm an toàn cho điều dưỡng mới tuyển dụng, xong trước 28/02/2027.",
        "2.3. Khoa Cấp cứu chấn chỉnh ngay việc phân loại chất thải y tế tại nguồn; Trưởng khoa chịu trách nhiệm trước Giám đốc.",
        "2.4. Phòng Vật tư - Thiết bị y tế bảo đảm cung ứng đủ dung dịch sát khuẩn tay nhanh, găng tay, khẩu trang cho các khoa; không để thiếu.",
        "2.5. Phòng Tài chính kế toán thanh toán chi phí thay lõi lọc hệ thống xử lý nước thải trong tháng 01/2027.",
        "2.6. Điều dưỡng trưởng Bệnh viện kiểm tra việc tuân thủ quy trình đặt catheter tĩnh mạch trung tâm tại Khoa Hồi sức tích cực - Chống độc, báo cáo kết quả tại cuộc họp Hội đồng quý I.",
        "2.7. Các khoa lâm sàng cử mạng lưới viên KSNK tham gia đầy đủ các buổi sinh hoạt chuyên môn.",
        "2.8. Đề nghị Trung tâm Kiểm soát bệnh tật tỉnh hỗ trợ xét nghiệm mẫu nước thải sau xử lý định kỳ quý.",
        "Các khoa, phòng báo cáo kết quả thực hiện các nội dung trên về Khoa KSNK trước ngày 25/3/2027 để tổng hợp trình Hội đồng.",
        "Bệnh viện thông báo để các khoa, phòng biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc;\n- Thành viên HĐ KSNK;\n- Các khoa, phòng;\n- Lưu: VT, KSNK.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP\n\n\n\nNguyễn Hữu Khang",
    )
    doc.save(path)


def h906_docx(h, path: Path) -> None:
    """Industrial promotion centre: a dispatch to districts and enterprises (converted to .doc)."""
    doc = document()
    head_block(
        doc,
        "SỞ CÔNG THƯƠNG ĐÔNG LĨNH\nTRUNG TÂM KHUYẾN CÔNG VÀ\nTƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP\n───────\nSố: 412/TTKC-KH\nV/v xây dựng đề án khuyến công địa phương năm 2027",
        right2="Đông Lĩnh, ngày 18 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Ủy ban nhân dân các huyện, thị xã, thành phố;",
        "- Các cơ sở công nghiệp nông thôn trên địa bàn tỉnh.",
        "Thực hiện Quyết định số 2215/QĐ-UBND ngày 02/12/2026 của UBND tỉnh giao kế hoạch kinh phí khuyến công địa phương năm 2027 (tổng kinh phí 4.800 triệu đồng), Trung tâm Khuyến công và Tư vấn phát triển công nghiệp (sau đây gọi là Trung tâm) đề nghị:",
        "1. UBND các huyện, thị xã, thành phố chỉ đạo Phòng Kinh tế (Phòng Kinh tế - Hạ tầng) rà soát, hướng dẫn các cơ sở công nghiệp nông thôn lập hồ sơ đăng ký đề án khuyến công, gửi về Trung tâm trước ngày 15/01/2027.",
        "2. Các cơ sở công nghiệp nông thôn có nhu cầu hỗ trợ xây dựng mô hình trình diễn kỹ thuật, ứng dụng máy móc tiên tiến lập hồ sơ theo mẫu gửi kèm; mỗi cơ sở đăng ký không quá 01 đề án.",
        "Về phía Trung tâm:",
        "- Phòng Kế hoạch - Tổng hợp thẩm định hồ sơ, trình Hội đồng xét chọn đề án trong tháng 02/2027;",
        "- Phòng Tư vấn và Chuyển giao công nghệ tổ chức khảo sát thực tế tại cơ sở đăng ký (dự kiến 20/01 - 10/02/2027);",
        "- Phòng Thông tin và Xúc tiến thương mại tổ chức Hội chợ sản phẩm công nghiệp nông thôn tiêu biểu tỉnh năm 2027 vào tháng 9/2027 và cập nhật thông tin đề án lên Cổng thông tin khuyến công thường xuyên;",
        "- Trung tâm tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh, hoàn thành trước 30/6/2027.",
        "3. Đề nghị Ngân hàng Chính sách xã hội tỉnh phối hợp giới thiệu các cơ sở có đề án được hỗ trợ tiếp cận nguồn vốn vay ưu đãi.",
        "4. Các Phòng Kinh tế (Phòng Kinh tế - Hạ tầng) cấp huyện báo cáo kết quả giải ngân đề án trên địa bàn định kỳ hằng quý (trước ngày 20 tháng cuối quý) về Trung tâm.",
        "Mọi chi tiết xin liên hệ: Phòng Kế hoạch - Tổng hợp, điện thoại 0238.3856.112, bà Trịnh Thu Hà.",
        "Trân trọng./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Sở Công Thương (b/c);\n- Lưu: VT, KH.",
        "GIÁM ĐỐC\n\n\n\nTạ Quang Vinh",
    )
    doc.save(path)


def h907_docx(h, path: Path) -> None:
    """Religious affairs committee: a programme with a table, month column, merged section rows."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "SỞ NỘI VỤ ĐÔNG LĨNH\nBAN TÔN GIÁO\n───────\nSố: 96/CTr-BTG",
        right2="Đông Lĩnh, ngày 25 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ nhiệm vụ được Giám đốc Sở Nội vụ giao, Ban Tôn giáo xây dựng Chương trình công tác năm 2027 như sau:",
    )
    grid(
        doc,
        [
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian hoàn thành",
            "Sản phẩm",
        ],
        [
            ("§", "A", "CÔNG TÁC THAM MƯU, XÂY DỰNG VĂN BẢN"),
            [
                "1",
                "Tham mưu UBND tỉnh ban hành Kế hoạch thực hiện công tác tôn giáo năm 2027",
                "Phòng Quản lý tôn giáo (Phòng QLTG)",
                "Văn phòng Ban",
                "Tháng 01",
                "Kế hoạch",
            ],
            [
                "2",
                "Báo cáo tình hình tôn giáo và công tác quản lý nhà nước về tôn giáo dịp Lễ Phục sinh, Lễ Phật đản",
                "Phòng QLTG",
                "Công an tỉnh",
                "Tháng 4, tháng 5",
                "Báo cáo",
            ],
            [
                "3",
                "Rà soát, đề xuất sửa đổi Quy chế phối hợp quản lý hoạt động tôn giáo trên địa bàn tỉnh",
                "Văn phòng Ban",
                "Sở Tư pháp",
                "Quý III/2027",
                "Dự thảo Quy chế",
            ],
            ("§", "B", "CÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ TÔN GIÁO"),
            [
                "4",
                "Giải quyết thủ tục hành chính về tôn giáo, tín ngưỡng",
                "Phòng QLTG",
                "",
                "Thường xuyên",
                "Văn bản trả lời",
            ],
            [
                "5",
                "Thẩm định hồ sơ đề nghị công nhận tổ chức tôn giáo trực thuộc (Hội thánh Tin lành Buôn Sê)",
                "Phòng QLTG",
                "Sở Xây dựng",
                "30/6/2027",
                "Tờ trình",
            ],
            [
                "6",
                "Kiểm tra việc chấp hành pháp luật về tín ngưỡng, tôn giáo tại 06 cơ sở tôn giáo",
                "Phòng QLTG",
                "Công an tỉnh, UBND cấp huyện",
                "Quý II và Quý IV",
                "Kết luận kiểm tra",
            ],
            [
                "7",
                "Tổ chức thăm, chúc mừng các chức sắc, cơ sở tôn giáo nhân dịp Lễ Giáng sinh 2027",
                "Văn phòng Ban",
                "",
                "20 - 24/12/2027",
                "",
            ],
            ("§", "C", "CÔNG TÁC BỒI DƯỠNG, TUYÊN TRUYỀN"),
            [
                "8",
                "Mở 02 lớp bồi dưỡng kiến thức pháp luật về tín ngưỡng, tôn giáo cho cán bộ cấp xã",
                "Phòng QLTG",
                "Trường Chính trị tỉnh",
                "Tháng 7 - 8/2027",
                "02 lớp",
            ],
            [
                "9",
                "Phối hợp Ủy ban MTTQ tỉnh gặp mặt chức sắc, chức việc tiêu biểu",
                "Văn phòng Ban",
                "Ủy ban MTTQ Việt Nam tỉnh",
                "Theo kế hoạch của UBMTTQ tỉnh",
                "",
            ],
            [
                "10",
                "Cập nhật cơ sở dữ liệu tôn giáo trên phần mềm quản lý",
                "Phòng QLTG",
                "",
                "Hằng quý",
                "Dữ liệu",
            ],
            ("§", "D", "CÔNG TÁC KHÁC"),
            [
                "11",
                "Tổng kết công tác tôn giáo năm 2027, xây dựng chương trình năm 2028",
                "Văn phòng Ban",
                "Phòng QLTG",
                "Trước 15/12/2027",
                "Báo cáo",
            ],
        ],
        widths=[1.2, 9, 4.2, 4, 3.5, 3],
    )
    para(
        doc,
        "Ghi chú: Chương trình có thể điều chỉnh khi có nhiệm vụ đột xuất do Giám đốc Sở Nội vụ giao.",
        italic=True,
    )
    para(
        doc,
        "Các phòng thuộc Ban báo cáo tiến độ thực hiện Chương trình về Văn phòng Ban trước ngày 25 hằng tháng để tổng hợp báo cáo Sở.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Nội vụ (b/c);\n- Lãnh đạo Ban;\n- Các phòng thuộc Ban;\n- Lưu: VT.",
        "TRƯỞNG BAN\n\n\n\nMa Thị Thanh Loan",
    )
    doc.save(path)


def h908_xlsx(h, path: Path) -> None:
    """District economic infrastructure office: a task table, real dates and words in the deadline column."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Nhiệm vụ"
    title_rows(
        ws,
        [
            "UBND HUYỆN LẠC THỦY ĐÔNG - PHÒNG KINH TẾ VÀ HẠ TẦNG",
            "BẢNG PHÂN CÔNG NHIỆM VỤ TRỌNG TÂM NĂM 2027",
            "(Kèm theo Kế hoạch số 05/KH-KTHT ngày 04/01/2027)",
        ],
        6,
        (1, 2),
    )
    ws.append(["STT", "Nhiệm vụ", "Cán bộ/Bộ phận thực hiện", "Lãnh đạo phụ trách", "Thời hạn", "Ghi chú"])
    bold_header(ws, 4)
    d = datetime.datetime
    rows = [
        ["1", "Lĩnh vực quy hoạch, xây dựng"],
        [
            "1.1",
            "Thẩm định đồ án quy hoạch chi tiết khu dân cư Đồng Mạ, thị trấn Lạc Hà",
            "Bộ phận Quy hoạch - Xây dựng",
            "PTP Vũ Đình Luân",
            d(2027, 3, 31),
            "",
        ],
        [
            "1.2",
            "Cấp giấy phép xây dựng theo thẩm quyền",
            "Bộ phận Quy hoạch - Xây dựng",
            "PTP Vũ Đình Luân",
            "Thường xuyên",
            "Đúng hạn 100%",
        ],
        [
            "1.3",
            "Kiểm tra trật tự xây dựng tại các xã ven quốc lộ 12B",
            "Bộ phận Quy hoạch - Xây dựng",
            "PTP Vũ Đình Luân",
            "Quý II",
            "Phối hợp Đội QLTTĐT",
        ],
        ["2", "Lĩnh vực giao thông, hạ tầng kỹ thuật"],
        [
            "2.1",
            "Lập kế hoạch bảo trì đường giao thông do huyện quản lý năm 2027",
            "Bộ phận Giao thông",
            "TP Nông Văn Sơn",
            d(2027, 1, 25),
            "",
        ],
        [
            "2.2",
            "Theo dõi tiến độ dự án nâng cấp đường ĐH.07 (Km0 - Km6+200)",
            "Bộ phận Giao thông",
            "TP Nông Văn Sơn",
            "Hằng tháng",
            "Báo cáo UBND huyện",
        ],
        [
            "2.3",
            "Rà soát, cập nhật điểm đen tai nạn giao thông, đề xuất xử lý",
            "Bộ phận Giao thông",
            "TP Nông Văn Sơn",
            d(2027, 6, 30),
            "",
        ],
        ["3", "Lĩnh vực công thương, nông nghiệp"],
        [
            "3.1",
            "Xây dựng phương án bình ổn thị trường dịp Tết Nguyên đán Đinh Mùi",
            "Bộ phận Công thương",
            "PTP Lê Thị Ngát",
            d(2027, 1, 15),
            "",
        ],
        [
            "3.2",
            "Đánh giá, phân hạng sản phẩm OCOP cấp huyện đợt 1",
            "Bộ phận Nông nghiệp",
            "PTP Lê Thị Ngát",
            "Tháng 5/2027",
            "",
        ],
        [
            "3.3",
            "Hướng dẫn các xã xây dựng phương án phòng, chống thiên tai năm 2027",
            "Bộ phận Nông nghiệp",
            "PTP Lê Thị Ngát",
            "Trước mùa mưa bão",
            "",
        ],
        ["4", "Công tác chung"],
        [
            "4.1",
            "Tổng hợp báo cáo kết quả thực hiện nhiệm vụ của Phòng gửi Văn phòng HĐND - UBND huyện",
            "Bộ phận Tổng hợp",
            "TP Nông Văn Sơn",
            "Trước ngày 18 hằng tháng",
            "",
        ],
        ["4.2", "Tổng kết công tác năm 2027", "Bộ phận Tổng hợp", "TP Nông Văn Sơn", d(2027, 12, 10), ""],
    ]
    first = ws.max_row + 1
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)
        if isinstance(ws.cell(ws.max_row, 5).value, datetime.datetime):
            ws.cell(ws.max_row, 5).number_format = "dd/mm/yyyy"
    wrap(ws, first)
    ws.append([])
    ws.append(
        [
            "",
            "* Các xã, thị trấn gửi báo cáo tình hình thực hiện các nhiệm vụ thuộc lĩnh vực về Phòng Kinh tế và Hạ tầng trước ngày 15 hằng tháng.",
        ]
    )
    ws.append(["", "* PTP: Phó Trưởng phòng; TP: Trưởng phòng."])
    ws.append([])
    ws.append(["", "", "", "", "TRƯỞNG PHÒNG"])
    ws.append([])
    ws.append(["", "", "", "", "Nông Văn Sơn"])
    column_widths(ws, [7, 50, 24, 18, 16, 20])
    wb.save(path)


def h909_docx(h, path: Path) -> None:
    """Cadastral data centre: a plan for the land database, a stage table with a start-end column (as .pdf)."""
    doc = document()
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTRUNG TÂM DỮ LIỆU ĐỊA CHÍNH\n───────\nSố: 21/KH-TTDLĐC",
        right2="Đông Lĩnh, ngày 06 tháng 01 năm 2027",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Xây dựng, cập nhật cơ sở dữ liệu đất đai huyện Tây Bình năm 2027",
        "**1. Mục tiêu",
        "Hoàn thành xây dựng cơ sở dữ liệu địa chính cho 14 xã, thị trấn của huyện Tây Bình, đưa vào vận hành, khai thác trên Hệ thống thông tin đất đai quốc gia.",
        "**2. Nội dung và tiến độ thực hiện",
    ]
    marked_paragraphs(doc, lines, MARKS)
    grid(
        doc,
        ["TT", "Hạng mục công việc", "Đơn vị thực hiện", "Thời gian (bắt đầu - kết thúc)"],
        [
            [
                "1",
                "Thu thập, đánh giá, phân loại tài liệu hồ sơ địa chính, bản đồ địa chính",
                "Phòng Đo đạc - Bản đồ",
                "02/01 - 28/02/2027",
            ],
            [
                "2",
                "Quét (chụp) giấy tờ pháp lý, hồ sơ đăng ký đất đai",
                "Phòng Lưu trữ hồ sơ địa chính",
                "01/3 - 31/5/2027",
            ],
            [
                "3",
                "Chuẩn hóa, chuyển đổi dữ liệu không gian địa chính",
                "Phòng Cơ sở dữ liệu",
                "01/3 - 30/6/2027",
            ],
            [
                "4",
                "Nhập dữ liệu thuộc tính địa chính và liên kết dữ liệu",
                "Phòng Cơ sở dữ liệu",
                "Quý III/2027",
            ],
            [
                "5",
                "Kiểm tra, nghiệm thu cấp đơn vị thi công",
                "Phòng Kỹ thuật - Kiểm tra chất lượng",
                "Sau mỗi hạng mục",
            ],
            [
                "6",
                "Đề nghị Chi nhánh Văn phòng đăng ký đất đai huyện Tây Bình cung cấp hồ sơ biến động, đối soát dữ liệu",
                "Chi nhánh VPĐKĐĐ huyện Tây Bình",
                "Trong suốt thời gian thực hiện",
            ],
            ["7", "Bàn giao, đưa cơ sở dữ liệu vào vận hành", "Phòng Cơ sở dữ liệu", "15/11/2027"],
        ],
        widths=[1, 8, 4.5, 3.5],
    )
    lines = [
        "**3. Tổ chức thực hiện",
        "a) Phòng Hành chính - Tổng hợp bố trí nhân lực, kinh phí, trang thiết bị; chuẩn bị hồ sơ thanh toán theo từng giai đoạn.",
        "b) Đề nghị UBND huyện Tây Bình chỉ đạo UBND các xã, thị trấn cử cán bộ địa chính phối hợp, xác nhận kết quả đối soát trước ngày 31/8/2027.",
        "c) Phòng Kỹ thuật - Kiểm tra chất lượng là đơn vị đầu mối, tổng hợp tiến độ, báo cáo Giám đốc Trung tâm vào thứ Sáu hằng tuần.",
        "d) Các phòng chuyên môn chủ động phối hợp, thực hiện nhiệm vụ được giao.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở NN&MT (b/c);\n- UBND huyện Tây Bình;\n- Các phòng thuộc TT;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nKhổng Minh Tuấn",
    )
    doc.save(path)


H910_TXT = """CÔNG ĐOÀN GIÁO DỤC HUYỆN TÂY BÌNH
CÔNG ĐOÀN TRƯỜNG THCS NGUYỄN TRÃI

CHƯƠNG TRÌNH HOẠT ĐỘNG THÁNG 01/2027
(Thông qua hội nghị BCH Công đoàn ngày 29/12/2026)

I. Đánh giá nhanh tháng 12/2026
- Tổ chức thành công Hội thao chào mừng ngày Quốc phòng toàn dân 22/12; 36/38 đoàn viên tham gia.
- Chưa hoàn thành thu kinh phí công đoàn quý IV, còn 02 đoàn viên chưa nộp.

II. Nội dung hoạt động tháng 01/2027

1. Chủ tịch Công đoàn (thầy Lục Văn Đông):
 - Phối hợp Hiệu trưởng tổ chức Hội nghị viên chức, người lao động năm học 2026-2027 (giữa kỳ) vào ngày 09/01/2027.
 - Xây dựng kế hoạch thăm hỏi, tặng quà Tết cho đoàn viên có hoàn cảnh khó khăn, xong trước 20/01.

2. Phó Chủ tịch Công đoàn (cô Mông Thị Huế):
 - Tổ chức Hội thi "Gói bánh chưng ngày Tết" giữa các tổ công đoàn vào chiều thứ Bảy 23/01/2027.
 - Theo dõi ngày công, đề xuất khen thưởng đoàn viên tiêu biểu học kỳ I, nộp BCH trước 25/01.

3. Ủy ban Kiểm tra Công đoàn: Kiểm tra thu, chi tài chính công đoàn quý IV/2026, báo cáo BCH trong tháng 01.

4. Tổ trưởng các tổ công đoàn: nắm tình hình tư tưởng đoàn viên, kịp thời báo cáo BCH khi có việc hiếu, hỷ, ốm đau.

5. Trưởng Ban Nữ công: Lập danh sách con đoàn viên đạt học sinh giỏi cấp huyện để trao thưởng dịp Tết, gửi Chủ tịch Công đoàn trước ngày 15/01/2027.

6. Thủ quỹ (cô Hoàng Thị Yến): Thu đủ kinh phí, đoàn phí còn nợ quý IV; thực hiện xong trước 31/01/2027.

7. Đề nghị Ban Giám hiệu nhà trường hỗ trợ kinh phí tổ chức gặp mặt đầu Xuân cho đoàn viên.

III. Lịch sinh hoạt
- Họp BCH: 16h30 thứ Hai đầu tháng (04/01/2027) tại phòng Hội đồng.
- Sinh hoạt công đoàn toàn trường: lồng ghép họp Hội đồng sư phạm.

Các tổ công đoàn báo cáo kết quả hoạt động tháng về BCH Công đoàn (qua đ/c Phó Chủ tịch) trước ngày 28 hằng tháng.

                                   TM. BAN CHẤP HÀNH
                                   CHỦ TỊCH

                                   Lục Văn Đông
"""


def h910_txt(h, path: Path) -> None:
    """School trade union: a monthly programme as plain text, post labels over dash tasks."""
    path.write_text(H910_TXT, encoding="utf-8")


def h911_docx(h, path: Path) -> None:
    """Consumer protection association: a yearly plan, dash points with the doer after a colon."""
    doc = document()
    head_block(
        doc,
        "HỘI BẢO VỆ NGƯỜI TIÊU DÙNG\nTỈNH ĐÔNG LĨNH\n───────\nSố: 04/KH-HBVNTD",
        right2="Đông Lĩnh, ngày 28 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH HOẠT ĐỘNG NĂM 2027",
        "Căn cứ Luật Bảo vệ quyền lợi người tiêu dùng năm 2023; Điều lệ Hội Bảo vệ người tiêu dùng tỉnh; Nghị quyết Hội nghị Ban Chấp hành Hội lần thứ 6 (khóa III), Thường trực Hội xây dựng Kế hoạch hoạt động năm 2027 như sau:",
        "**A. NHIỆM VỤ CHỦ YẾU",
        "**1. Tuyên truyền, phổ biến pháp luật",
        "- Tổ chức các hoạt động hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam (15/3/2027) tại thành phố Đông Lĩnh và 03 huyện: Ban Tuyên truyền chủ trì.",
        "- Phối hợp Đài Phát thanh - Truyền hình tỉnh duy trì chuyên mục “Người tiêu dùng cần biết” phát sóng hằng tháng: Văn phòng Hội.",
        "- Biên soạn 2.000 tờ gấp hướng dẫn người tiêu dùng nhận biết hàng giả trên môi trường thương mại điện tử; quý II/2027.",
        "**2. Tư vấn, hỗ trợ người tiêu dùng",
        "- Tiếp nhận, giải quyết khiếu nại của người tiêu dùng qua đường dây nóng 1900.6688 và trực tiếp: Ban Tư vấn - Khiếu nại, thường xuyên.",
        "- Thành lập thêm 02 Chi hội Bảo vệ người tiêu dùng tại huyện Yên Hưng và thị xã Bắc Khê trong năm 2027 (Ban Tổ chức - Hội viên tham mưu).",
        "**3. Khảo sát, giám sát",
        "- Khảo sát chất lượng hàng hóa, ghi nhãn sản phẩm tại 10 chợ truyền thống trước Tết Nguyên đán Đinh Mùi: Ban Tư vấn - Khiếu nại phối hợp Chi hội các huyện.",
        "- Giám sát việc thực hiện hợp đồng theo mẫu, điều kiện giao dịch chung trong cung cấp điện, nước sạch; thực hiện trong tháng 8 - 9/2027.",
        "**B. KIẾN NGHỊ",
        "- Đề nghị Sở Công Thương hỗ trợ kinh phí tổ chức Ngày Quyền của người tiêu dùng Việt Nam năm 2027.",
        "- Đề nghị Hội Bảo vệ người tiêu dùng Việt Nam (Vinastas) cử chuyên gia tập huấn kỹ năng hòa giải tranh chấp cho cán bộ Hội trong quý III.",
        "**C. TỔ CHỨC THỰC HIỆN",
        "Văn phòng Hội là cơ quan thường trực, giúp Thường trực Hội theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo sơ kết 6 tháng trước 30/6/2027.",
        "Các Chi hội báo cáo kết quả hoạt động về Văn phòng Hội theo quý (trước ngày 20 tháng cuối quý) và năm (trước ngày 30/11/2027).",
        "Các ban của Hội căn cứ Kế hoạch chủ động triển khai thực hiện.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Vinastas (b/c);\n- Sở Công Thương;\n- Ủy viên BCH Hội;\n- Các Chi hội;\n- Lưu: VP.",
        "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\n\n\nPhùng Bá Lộc",
    )
    doc.save(path)


def h912_docx(h, path: Path) -> None:
    """Land transport inspectorate team: a weekly calendar, day cells merged down, times written many ways."""
    doc = calendar_page(
        "SỞ XÂY DỰNG ĐÔNG LĨNH\nTHANH TRA SỞ\nĐỘI THANH TRA GIAO THÔNG ĐƯỜNG BỘ SỐ 2\n───────",
        "Đông Lĩnh, ngày 04 tháng 01 năm 2027",
        "LỊCH CÔNG TÁC TUẦN",
        "(Từ ngày 04/01/2027 đến ngày 10/01/2027)",
    )
    rows = [
        [
            "Thứ Hai\n04/01",
            "7h30",
            "Giao ban đầu tuần, triển khai nhiệm vụ tuần",
            "Đội trưởng Chu Văn Bình",
            "Tổ Tổng hợp",
            "Phòng họp Đội",
        ],
        [
            "Thứ Hai\n04/01",
            "14h00",
            "Kiểm tra hoạt động vận tải hành khách tại Bến xe phía Nam",
            "Phó Đội trưởng Ông Thế Hào",
            "Tổ Kiểm tra vận tải",
            "Bến xe phía Nam",
        ],
        [
            "Thứ Ba\n05/01",
            "Cả ngày",
            "Tuần tra, kiểm soát tải trọng xe trên QL12B (đoạn Km45 - Km62) phối hợp CSGT",
            "Phó Đội trưởng Ông Thế Hào",
            "Tổ Kiểm soát tải trọng",
            "Trạm cân lưu động Km52",
        ],
        [
            "Thứ Tư\n06/01",
            "08 giờ",
            "Làm việc với Trung tâm Đăng kiểm 37-02D về kết quả kiểm tra đột xuất",
            "Đội trưởng Chu Văn Bình",
            "Tổ Kiểm tra vận tải",
            "Trung tâm Đăng kiểm",
        ],
        ["Thứ Tư\n06/01", "Chiều", "Làm việc tại cơ quan", "Đội trưởng", "", ""],
        [
            "Thứ Năm\n07/01",
            "7g30",
            "Tiếp công dân định kỳ",
            "Đội trưởng Chu Văn Bình",
            "Tổ Tổng hợp",
            "Phòng tiếp dân Thanh tra Sở",
        ],
        [
            "Thứ Năm\n07/01",
            "9h - 11h",
            "Họp xét xử lý vi phạm hành chính các vụ tháng 12/2026",
            "Phó Đội trưởng Ông Thế Hào",
            "Tổ Pháp chế - Xử lý",
            "Phòng họp Đội",
        ],
        [
            "Thứ Sáu\n08/01",
            "8h00",
            "Kiểm tra điều kiện kinh doanh vận tải tại 03 doanh nghiệp taxi (dự kiến)",
            "Phó Đội trưởng Ông Thế Hào",
            "Tổ Kiểm tra vận tải",
            "TP Đông Lĩnh",
        ],
        [
            "Thứ Sáu\n08/01",
            "15h30",
            "Nộp báo cáo công tác tuần, kế hoạch tuần sau về Thanh tra Sở",
            "",
            "Tổ Tổng hợp",
            "",
        ],
        ["Thứ Bảy\n09/01", "Cả ngày", "Trực lãnh đạo: Phó Đội trưởng Ông Thế Hào", "", "", ""],
        [
            "Thứ Bảy\n09/01",
            "Đêm 21h - 2h",
            "Kiểm tra xe khách chạy tuyến đêm, xe dù bến cóc tại nút giao Cao tốc - QL12B",
            "Đội trưởng Chu Văn Bình",
            "Tổ Kiểm soát tải trọng",
            "Nút giao Phú Xuân",
        ],
        ["Chủ nhật\n10/01", "", "(Chưa có lịch)", "", "", ""],
    ]
    t = grid(
        doc,
        ["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Bộ phận chuẩn bị", "Địa điểm"],
        rows,
        widths=[2.4, 2.4, 9.5, 4.5, 4, 4],
    )
    # the day cell merged down over its rows, as the team types it
    spans, start = [], 1
    for i in range(2, len(rows) + 2):
        if i == len(rows) + 1 or rows[i - 1][0] != rows[start - 1][0]:
            spans.append((start, i - 1))
            start = i
    for a, b in spans:
        if b > a:
            merged = t.cell(a, 0).merge(t.cell(b, 0))
            merged.text = rows[a - 1][0]
    para(
        doc,
        "Ghi chú: Lịch có thể thay đổi theo chỉ đạo của Chánh Thanh tra Sở. Các tổ đăng ký nội dung lịch tuần sau về Tổ Tổng hợp trước 15h00 thứ Năm hằng tuần.",
        italic=True,
    )
    sign_table(
        doc, "Nơi nhận:\n- Chánh Thanh tra Sở (b/c);\n- Các tổ;\n- Lưu: TH.", "ĐỘI TRƯỞNG\n\n\n\nChu Văn Bình"
    )
    doc.save(path)


def batch_h903() -> None:
    """Writes h903–h912 (the .doc and .pdf through LibreOffice, the .txt as text)."""
    write_batch(
        [
            (h903_docx, "h903_kh_di_san_so_vhttdl_nam.docx"),
            (h904_xlsx, "h904_ctr_ldld_huyen_theo_quy.xlsx"),
            (h905_docx, "h905_tbkl_bv_ksnk_hoi_dong.docx"),
            (h907_docx, "h907_ctr_ban_ton_giao_bang.docx"),
            (h908_xlsx, "h908_nv_phong_ktht_huyen_thoi_han.xlsx"),
            (h910_txt, "h910_ctr_cd_truong_thcs_thang.txt"),
            (h911_docx, "h911_kh_hoi_bvntd_tinh_nam.docx"),
            (h912_docx, "h912_lich_tuan_doi_ttgt_duong_bo.docx"),
        ],
        [
            (h906_docx, "h906_cv_tt_khuyen_cong_de_an.docx", "doc"),
            (h909_docx, "h909_kh_tt_du_lieu_dia_chinh.docx", "pdf"),
        ],
        _out,
    )
