"""Held-out batch h753–h762, written by h13author72 blind to the importer: ten documents of a
provincial Department of Finance's state budget division, a provincial Union of Science and
Technology Associations, a district military command, a provincial Association of Victims of Agent
Orange/Dioxin, a provincial psychiatric hospital, a commune Women's Union, a provincial newspaper's
editorial office, a town market management board, a provincial development investment fund and a
provincial Department of Justice's judicial support division. Every name, person, place, number and
date in them is invented."""

import datetime
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

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h756_kh_hoi_nan_nhan_da_cam_10_8",  # h13fixYM
    "h759_ctr_thang_bao_tinh_ban_bien_tap",  # h13fixYO
    "h755_lich_tuan_ban_chqs_huyen",  # h13fixYP
    "h758_chi_tieu_hoi_phu_nu_xa",  # h13fixYP
    "h760_kh_ban_quan_ly_cho_tet",  # h13fixYN
    "h761_chi_tieu_quy_dtpt_tinh",  # h13fixYW
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h753_docx(h, path: Path) -> None:
    """Finance department, budget division: a year-end dispatch, topic headings over lettered points."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH SÔNG LAM\nSỞ TÀI CHÍNH\n───────\nSố: 3127/STC-QLNS\nV/v khóa sổ, quyết toán ngân sách "
        "năm 2026 và tổ chức thực hiện dự toán năm 2027",
        right2="Sông Lam, ngày 11 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các sở, ban, ngành, đoàn thể cấp tỉnh;",
        "- Ủy ban nhân dân các huyện, thị xã, thành phố;",
        "- Kho bạc Nhà nước khu vực XIV.",
        "Căn cứ Luật Ngân sách nhà nước và các văn bản hướng dẫn thi hành; căn cứ Nghị quyết số 41/NQ-HĐND "
        "ngày 08/12/2026 của Hội đồng nhân dân tỉnh về dự toán ngân sách nhà nước năm 2027; để bảo đảm công "
        "tác khóa sổ kế toán, quyết toán ngân sách năm 2026 và điều hành dự toán năm 2027 đúng quy định, Sở "
        "Tài chính đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
        "**1. Về khóa sổ kế toán và chi chuyển nguồn ngân sách năm 2026",
        "a) Các đơn vị dự toán cấp I thuộc tỉnh rà soát các khoản chi, đối chiếu số dư dự toán, số dư tạm "
        "ứng với Kho bạc Nhà nước nơi giao dịch; hoàn thành trước ngày 31/01/2027.",
        "b) Ủy ban nhân dân các huyện, thị xã, thành phố tổng hợp nhu cầu chi chuyển nguồn sang năm 2027 của "
        "ngân sách cấp huyện, cấp xã, gửi Sở Tài chính (qua Phòng Quản lý ngân sách) trước ngày 10/02/2027.",
        "c) Phòng Quản lý ngân sách thẩm định hồ sơ đề nghị chi chuyển nguồn, trình Giám đốc Sở có ý kiến "
        "trong 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "**2. Về quyết toán ngân sách năm 2026",
        "a) Các đơn vị dự toán cấp I lập báo cáo quyết toán ngân sách năm 2026 (kèm thuyết minh và biểu mẫu "
        "theo Phụ lục gửi kèm) gửi Sở Tài chính trước ngày 01/4/2027.",
        "b) Phòng Quản lý ngân sách chủ trì, phối hợp với Phòng Tài chính hành chính sự nghiệp thẩm định "
        "quyết toán, tổng hợp quyết toán ngân sách địa "
        "phương năm 2026 trình Ủy ban nhân dân tỉnh trong tháng "
        "9/2027.",
        "c) Phòng Tin học và Thống kê bảo đảm vận hành ổn định phần mềm quản lý ngân sách, hỗ trợ các đơn vị "
        "nhập số liệu quyết toán; thực hiện thường xuyên.",
        "**3. Về tổ chức thực hiện dự toán năm 2027",
        "a) Phòng Quản lý ngân sách tham mưu Giám đốc Sở trình Ủy ban nhân dân tỉnh quyết định giao dự toán "
        "chi tiết cho các cơ quan, đơn vị cấp tỉnh trước ngày 20/12/2026.",
        "b) Ủy ban nhân dân các huyện, thị xã, thành phố hoàn thành việc giao dự toán cho các đơn vị cấp "
        "huyện và các xã, phường, thị trấn trước ngày 31/12/2026; công khai dự toán theo quy định.",
        "c) Đề nghị Kho bạc Nhà nước khu vực XIV kiểm soát chi theo dự toán được giao; cung cấp số liệu thu, "
        "chi ngân sách hằng tháng cho Sở Tài chính trước ngày 05 của tháng sau.",
        "Định kỳ hằng quý (trước ngày 15 của tháng đầu quý sau), các sở, ban, ngành và Ủy ban nhân dân các "
        "huyện, thị xã, thành phố báo cáo tình hình thực "
        "hiện dự toán về Sở Tài chính (qua Phòng Quản lý ngân "
        "sách) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
        "Đầu mối liên hệ: Ông Trịnh Văn Khải, Trưởng phòng Quản lý ngân sách, điện thoại 0238.3844.217.",
        "Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Lưu: VT, QLNS.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nĐào Thị Minh Nguyệt",
    )
    doc.save(path)


def h754_docx(h, path: Path) -> None:
    """Union of Science and Technology Associations: a yearly programme, one task split in two sub-rows."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH SÔNG LAM\nLIÊN HIỆP CÁC HỘI KHOA HỌC\nVÀ KỸ THUẬT TỈNH\n───────\nSố: 96/CTr-LHH",
        right2="Sông Lam, ngày 18 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Thực hiện Nghị quyết Hội nghị Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh lần thứ 6 "
        "(khóa VI), Thường trực Liên hiệp hội xây dựng Chương trình công tác năm 2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"],
        [
            ("§", "I", "CÔNG TÁC TƯ VẤN, PHẢN BIỆN VÀ GIÁM ĐỊNH XÃ HỘI"),
            [
                "1",
                "Tư vấn, phản biện Đề án phát triển du lịch "
                "cộng đồng vùng ven biển tỉnh giai đoạn 2027 - 2030",
                "Ban Tư vấn, phản biện và giám định xã hội",
                "Hội Khoa học Lịch sử tỉnh",
                "Quý II",
                "Báo cáo phản biện",
            ],
            [
                "2",
                "Tổ chức Hội thảo khoa học về giải pháp chống sạt lở bờ sông Lam Giang",
                "Ban Tư vấn, phản biện và giám định xã hội",
                "Hội Thủy lợi tỉnh",
                "Tháng 8",
                "Kỷ yếu hội thảo",
            ],
            [
                "3",
                "Phản biện các dự thảo văn bản quy phạm pháp luật của tỉnh khi có đề nghị",
                "Ban Tư vấn, phản biện và giám định xã hội",
                "Các hội thành viên",
                "Theo đề nghị của cơ quan soạn thảo",
                "Văn bản góp ý",
            ],
            ("§", "II", "PHỔ BIẾN KIẾN THỨC VÀ PHONG TRÀO SÁNG TẠO"),
            [
                "4",
                "Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ XI (2026 - 2027)",
                "",
                "",
                "",
                "",
            ],
            [
                "4.1",
                "Ban hành thể lệ, phát động Hội thi tới các sở, ngành, doanh nghiệp, trường học",
                "Ban Khoa học - Kỹ thuật và Phổ biến kiến thức",
                "Sở Khoa học và Công nghệ",
                "Quý I",
                "Thể lệ Hội thi",
            ],
            [
                "4.2",
                "Chấm giải, tổng kết và trao giải Hội thi",
                "Hội đồng Giám khảo Hội thi",
                "Văn phòng",
                "Tháng 11",
                "Quyết định khen thưởng",
            ],
            [
                "5",
                "Xuất bản Bản tin Khoa học và Đời sống Sông Lam (04 số/năm)",
                "Ban Khoa học - Kỹ thuật và Phổ biến kiến thức",
                "",
                "Hằng quý",
                "Bản tin",
            ],
            [
                "6",
                "Tập huấn chuyển đổi số cho cán bộ các hội thành viên",
                "Hội Tin học tỉnh",
                "Văn phòng",
                "Tháng 5 - 6",
                "Lớp tập huấn",
            ],
            ("§", "III", "CÔNG TÁC TỔ CHỨC, HỘI VIÊN VÀ THI ĐUA"),
            [
                "7",
                "Hướng dẫn, hỗ trợ thành lập Hội Dược học tỉnh, kết nạp vào Liên hiệp hội",
                "Ban Tổ chức - Thi đua",
                "Sở Nội vụ",
                "Tháng 10/2027",
                "Quyết định kết nạp",
            ],
            [
                "8",
                "Đề xuất khen thưởng trí thức khoa học và công "
                "nghệ tiêu biểu nhân Ngày Khoa học và Công nghệ "
                "Việt Nam (18/5)",
                "Ban Tổ chức - Thi đua",
                "Các hội thành viên",
                "Trước 30/4",
                "Tờ trình",
            ],
            [
                "9",
                "Cập nhật cơ sở dữ liệu chuyên gia, trí thức khoa học và công nghệ của tỉnh",
                "Văn phòng",
                "Các hội thành viên",
                "Thường xuyên",
                "Cơ sở dữ liệu",
            ],
            [
                "10",
                "Hội nghị Ban Chấp hành tổng kết công tác năm 2027, triển khai nhiệm vụ năm 2028",
                "Văn phòng",
                "Các ban chuyên môn",
                "Tháng 12",
                "Báo cáo tổng kết",
            ],
        ],
        widths=[1.0, 9.0, 4.5, 3.5, 2.8, 3.0],
    )
    para(doc, "")
    para(
        doc,
        "Các hội thành viên báo cáo kết quả hoạt động 6 tháng (trước ngày 15/6/2027) và năm (trước ngày "
        "15/11/2027) về Liên hiệp hội (qua Văn phòng) để tổng hợp.",
    )
    para(
        doc,
        "Chương trình có thể được điều chỉnh, bổ sung theo chỉ đạo của Tỉnh ủy, UBND tỉnh và Liên hiệp các "
        "Hội Khoa học và Kỹ thuật Việt Nam.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Liên hiệp các Hội KH&KT Việt Nam (b/c);\n- Ban Tuyên giáo và Dân vận Tỉnh ủy;\n"
        "- Các hội thành viên;\n- Lưu: VT, VP.",
        "TM. THƯỜNG TRỰC\nCHỦ TỊCH\n\n\n\nPGS.TS. Hà Quốc Bảo",
    )
    doc.save(path)


def h755_xlsx(h, path: Path) -> None:
    """District military command: a weekly calendar, day and date in two columns, chairs by rank."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Tuan 03"
    title_rows(
        ws,
        [
            "BỘ CHỈ HUY QUÂN SỰ TỈNH SÔNG LAM",
            "BAN CHỈ HUY QUÂN SỰ HUYỆN NGỌC SƠN",
            "LỊCH CÔNG TÁC TUẦN",
            "(Từ ngày 11/01/2027 đến ngày 17/01/2027)",
        ],
        7,
        (1, 2, 3),
    )
    ws.append([])
    ws.append(["Thứ", "Ngày", "Giờ", "Nội dung", "Chủ trì", "Cơ quan chuẩn bị", "Địa điểm"])
    bold_header(ws, 6)
    d = datetime.datetime
    rows = [
        [
            "Hai",
            d(2027, 1, 11),
            "07h30",
            "Giao ban chỉ huy tuần",
            "Thượng tá Lò Văn Thắng, CHT",
            "Ban Tham mưu",
            "Phòng họp Ban CHQS",
        ],
        [
            "",
            "",
            "14h00",
            "Kiểm tra công tác chuẩn bị giao nhận quân năm 2027 tại xã Tân Phong",
            "Trung tá Hoàng Đức Mạnh, CTV",
            "Ban Chính trị",
            "UBND xã Tân Phong",
        ],
        ["Ba", d(2027, 1, 12), "Cả ngày", "Chỉ huy trưởng làm việc tại cơ quan", "", "", ""],
        [
            "",
            "",
            "08h00",
            "Họp Hội đồng Nghĩa vụ quân sự huyện thông qua danh sách công dân nhập ngũ",
            "Thượng tá Lò Văn Thắng, CHT",
            "Ban Tham mưu",
            "Hội trường UBND huyện",
        ],
        [
            "Tư",
            d(2027, 1, 13),
            "07h30",
            "Kiểm tra kho vũ khí, trang bị kỹ thuật trước Tết",
            "Thiếu tá Vi Văn Hùng, PCHT",
            "Ban Hậu cần - Kỹ thuật",
            "Kho K2",
        ],
        [
            "",
            "",
            "14h00",
            "Sinh hoạt chính trị, giáo dục truyền thống cho lực lượng thường trực",
            "Trung tá Hoàng Đức Mạnh, CTV",
            "Ban Chính trị",
            "Hội trường Ban CHQS",
        ],
        [
            "Năm",
            d(2027, 1, 14),
            "08h00",
            "Diễn tập phòng, chống cháy rừng cụm xã Bản Dẻ (dự kiến)",
            "Thiếu tá Vi Văn Hùng, PCHT",
            "Ban Tham mưu",
            "Xã Bản Dẻ",
        ],
        ["", "", "", "Trực chỉ huy: Thiếu tá Vi Văn Hùng, PCHT", "", "", ""],
        [
            "Sáu",
            d(2027, 1, 15),
            "08h00",
            "Khám sức khỏe phúc tra cho công dân trúng tuyển nhập ngũ",
            "Thượng tá Lò Văn Thắng, CHT",
            "Ban Hậu cần - Kỹ thuật",
            "Trung tâm Y tế huyện",
        ],
        [
            "",
            "",
            "15h00",
            "Tổng hợp, báo cáo Bộ CHQS tỉnh kết quả công tác tuyển quân",
            "Thượng tá Lò Văn Thắng, CHT",
            "Ban Tham mưu",
            "Ban CHQS huyện",
        ],
        [
            "Bảy",
            d(2027, 1, 16),
            "07h30",
            "Huấn luyện dân quân cơ động năm thứ nhất (đợt 1)",
            "Thiếu tá Vi Văn Hùng, PCHT",
            "Ban Tham mưu",
            "Thao trường Đồi Cọ",
        ],
        ["CN", d(2027, 1, 17), "", "Nghỉ, trực sẵn sàng chiến đấu theo quy định", "", "", ""],
    ]
    for row in rows:
        ws.append(row)
        if isinstance(row[1], datetime.datetime):
            ws.cell(ws.max_row, 2).number_format = "dd/mm/yyyy"
            ws.cell(ws.max_row, 1).font = Font(bold=True)
    wrap(ws, 7, "top")
    column_widths(ws, [6, 12, 8, 52, 26, 22, 22])
    ws.append([])
    ws.append(
        [
            "",
            "",
            "",
            "Ghi chú: Các ban và Ban CHQS các xã, thị trấn đăng ký nội dung lịch tuần sau về "
            "Ban Tham mưu trước 15h00 thứ Năm hằng tuần.",
            "",
            "",
            "",
        ]
    )
    ws.append(["", "", "", "", "CHỈ HUY TRƯỞNG", "", ""])
    ws.append([])
    ws.append(["", "", "", "", "Thượng tá Lò Văn Thắng", "", ""])
    wb.save(path)


def h756_docx(h, path: Path) -> None:
    """Agent Orange victims' association: a plan, each activity with `Thời gian:` and `Giao:` lines."""
    doc = document()
    head_block(
        doc,
        "HỘI NẠN NHÂN CHẤT ĐỘC DA CAM/DIOXIN\nTỈNH SÔNG LAM\n───────\nSố: 27/KH-HNNCĐDC",
        right2="Sông Lam, ngày 05 tháng 6 năm 2027",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tổ chức các hoạt động kỷ niệm 66 năm thảm họa da cam ở Việt Nam (10/8/1961 - 10/8/2027)",
        "Thực hiện Hướng dẫn số 18/HD-TWH ngày 12/5/2027 của Trung ương Hội Nạn nhân chất độc da cam/dioxin "
        "Việt Nam, Ban Thường vụ Hội tỉnh xây dựng Kế hoạch như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "- Tuyên truyền sâu rộng về hậu quả chất độc da cam/dioxin; khơi dậy tinh thần tương thân tương ái, "
        "huy động nguồn lực chăm lo cho nạn nhân.",
        "- Các hoạt động tổ chức thiết thực, tiết kiệm, đúng đối tượng.",
        "**II. NỘI DUNG HOẠT ĐỘNG",
        "1. Tuyên truyền trên Báo Sông Lam, Đài Phát thanh và Truyền hình tỉnh, trang thông tin điện tử của "
        "Hội về 66 năm thảm họa da cam và kết quả công tác Hội.",
        "- Thời gian: từ ngày 15/7 đến hết ngày 10/8/2027.",
        "- Giao: Ban Tuyên truyền - Đối ngoại.",
        "2. Vận động ủng hộ Quỹ Bảo trợ nạn nhân chất độc da cam tỉnh trong các cơ quan, doanh nghiệp, nhà "
        "hảo tâm; chỉ tiêu vận động 1,5 tỷ đồng.",
        "- Thời gian: tháng 6 - tháng 8/2027.",
        "- Giao: Quỹ Bảo trợ nạn nhân chất độc da cam tỉnh.",
        "3. Thăm, tặng 800 suất quà (mỗi suất 500.000 đồng) cho nạn nhân có hoàn cảnh đặc biệt khó khăn.",
        "- Thời gian: trước ngày 05/8/2027.",
        "- Giao: Văn phòng Hội, phối hợp Hội các huyện, thành phố.",
        "4. Khởi công xây dựng 05 nhà tình nghĩa cho gia đình nạn nhân tại huyện Ngọc Sơn và huyện Vĩnh Hà.",
        "- Thời gian: tháng 8/2027 (hoàn thành trước ngày 30/11/2027).",
        "- Giao: Ban Công tác xã hội.",
        "5. Tổ chức Gặp mặt nạn nhân tiêu biểu vượt khó và "
        "nhà tài trợ; khen thưởng tập thể, cá nhân có nhiều "
        "đóng góp.",
        "- Thời gian: sáng ngày 09/8/2027 tại Hội trường Trung tâm Hội nghị tỉnh.",
        "- Giao: Văn phòng Hội chuẩn bị nội dung, hậu cần; Ban Công tác xã hội lập danh sách đại biểu.",
        "6. Phối hợp Bệnh viện Phục hồi chức năng tỉnh khám, tư vấn sức khỏe miễn phí cho nạn nhân tại Trung "
        "tâm Chăm sóc nạn nhân chất độc da cam Hòa Bình.",
        "- Thời gian: dịp kỷ niệm, theo lịch của Bệnh viện.",
        "- Giao: Trung tâm Chăm sóc nạn nhân chất độc da cam Hòa Bình.",
        "**III. KINH PHÍ",
        "Kinh phí thực hiện từ nguồn ngân sách tỉnh cấp cho Hội năm 2027 và nguồn vận động xã hội hóa.",
        "**IV. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Hội là cơ quan thường trực, giúp Ban Thường vụ theo dõi, đôn đốc việc thực hiện Kế "
        "hoạch.",
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh "
        "phối hợp vận động các tổ chức thành viên ủng hộ Quỹ "
        "Bảo trợ nạn nhân chất độc da cam trước ngày 31/7/2027.",
        "3. Hội Nạn nhân chất độc da cam/dioxin các huyện, thành phố căn cứ Kế hoạch này tổ chức các hoạt "
        "động phù hợp ở địa phương; báo cáo kết quả về Thường trực Hội tỉnh trước ngày 20/8/2027.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- TW Hội NNCĐDC/dioxin VN (b/c);\n- Thường trực Tỉnh ủy, UBND tỉnh (b/c);\n- Hội các "
        "huyện, thành phố;\n- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nĐại tá Nguyễn Văn Chiến",
    )
    doc.save(path)


def h757_docx(h, path: Path) -> None:
    """Psychiatric hospital: conclusions after an incident, points to units and to posts."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH SÔNG LAM\nBỆNH VIỆN TÂM THẦN\n───────\nSố: 214/TB-BVTT",
        right2="Sông Lam, ngày 22 tháng 3 năm 2027",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Giám đốc Bệnh viện tại cuộc họp rà soát công tác an toàn người bệnh",
        "Ngày 19/3/2027, BSCKII. Lương Văn Tiến, Giám đốc Bệnh viện chủ trì cuộc họp rà soát công tác an "
        "toàn người bệnh sau sự cố người bệnh tự ý rời khỏi Khoa Điều trị nam ngày 14/3/2027. Tham dự có các "
        "Phó Giám đốc, trưởng các khoa, phòng, Điều dưỡng trưởng Bệnh viện. Giám đốc Bệnh viện kết luận:",
        "**I. NHẬN ĐỊNH",
        "Sự cố được phát hiện, xử lý kịp thời, người bệnh "
        "đã được đưa về khoa an toàn sau 06 giờ. Nguyên nhân "
        "chủ yếu do khâu bàn giao ca trực chưa chặt chẽ, hệ thống camera hành lang phía sau khoa không hoạt "
        "động.",
        "**II. NHIỆM VỤ",
        "1. Phó Giám đốc phụ trách chuyên môn (BSCKII. Trần Thị Hải Yến) chỉ đạo rà soát, ban hành lại Quy "
        "trình quản lý người bệnh có nguy cơ trốn viện, tự sát; hoàn thành trước ngày 10/4/2027.",
        "2. Khoa Điều trị nam:",
        "a) Tổ chức kiểm điểm trách nhiệm kíp trực ngày "
        "14/3/2027, gửi biên bản về Phòng Tổ chức cán bộ trước "
        "ngày 26/3/2027.",
        "b) Bố trí nhân viên trực 24/24 giờ tại buồng bệnh cấp tính; thực hiện hằng ngày.",
        "3. Phòng Hành chính quản trị sửa chữa hệ thống camera, khóa cửa phụ của các khoa điều trị nội trú, "
        "xong trước ngày 31/3/2027.",
        "4. Phòng Quản lý chất lượng phân tích nguyên nhân "
        "gốc của sự cố, báo cáo Hội đồng Quản lý chất lượng "
        "tại phiên họp quý II.",
        "5. Điều dưỡng trưởng Bệnh viện tổ chức tập huấn kỹ năng nhận diện, xử trí người bệnh kích động cho "
        "điều dưỡng, hộ lý các khoa lâm sàng trong tháng 4/2027.",
        "6. Các khoa lâm sàng nghiêm túc thực hiện quy chế thường trực, bàn giao người bệnh giữa các ca.",
        "7. Phòng Công tác xã hội phối hợp với gia đình người bệnh làm tốt công tác tư vấn, thông tin; tổng "
        "hợp ý kiến của người nhà người bệnh gửi Ban Giám đốc hằng tháng.",
        "8. Phòng Kế hoạch tổng hợp đưa nội dung an toàn "
        "người bệnh vào giao ban chuyên môn; theo dõi, đôn đốc "
        "các khoa, phòng thực hiện Thông báo này, báo cáo Giám đốc kết quả trước ngày 30/4/2027.",
        "Phòng Hành chính quản trị thông báo để các khoa, phòng biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, HCQT.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG HÀNH CHÍNH QUẢN TRỊ\n\n\n\nĐỗ Mạnh Cường",
    )
    doc.save(path)


def h758_docx(h, path: Path) -> None:
    """Commune Women's Union: an indicator table, every doer cell a post, blank time cells."""
    doc = document()
    head_block(
        doc,
        "HỘI LHPN HUYỆN VĨNH HÀ\nBCH HỘI LHPN XÃ THẠCH BÌNH\n───────\nSố: 03/CT-HPN",
        "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
        right2="Thạch Bình, ngày 06 tháng 01 năm 2027",
    )
    para(doc, "CHỈ TIÊU, NHIỆM VỤ CÔNG TÁC HỘI VÀ PHONG TRÀO PHỤ NỮ NĂM 2027", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Nghị quyết Hội nghị Ban Chấp hành Hội LHPN xã lần thứ 4, khóa XIV)",
        italic=True,
        center=True,
    )
    grid(
        doc,
        ["TT", "Chỉ tiêu", "Kế hoạch 2027", "Người phụ trách", "Thời gian hoàn thành"],
        [
            ("§", "I", "Công tác tuyên truyền, giáo dục"),
            [
                "1",
                "Tổ chức sinh hoạt chuyên đề “Phụ nữ với pháp luật” tại các chi hội",
                "08 buổi",
                "Phó Chủ tịch Hội",
                "",
            ],
            [
                "2",
                "Tỷ lệ hội viên được tuyên truyền về phòng, chống bạo lực gia đình",
                "≥ 90%",
                "Chi hội trưởng các thôn",
                "",
            ],
            ("§", "II", "Hỗ trợ phụ nữ phát triển kinh tế"),
            ["3", "Hỗ trợ hộ phụ nữ nghèo thoát nghèo", "05 hộ", "Chủ tịch Hội", "31/12/2027"],
            [
                "4",
                "Thành lập mới tổ hợp tác do phụ nữ làm chủ (trồng nấm, đan lát)",
                "01 tổ",
                "Chủ tịch Hội",
                "Quý III",
            ],
            [
                "5",
                "Quản lý nguồn vốn ủy thác Ngân hàng Chính sách xã hội, không để nợ quá hạn",
                "100%",
                "Phó Chủ tịch Hội",
                "Thường xuyên",
            ],
            ("§", "III", "Xây dựng tổ chức Hội"),
            [
                "6",
                "Phát triển hội viên mới, chú trọng phụ nữ trẻ, phụ nữ công giáo",
                "40 hội viên",
                "Chi hội trưởng các thôn",
                "",
            ],
            [
                "7",
                "Kiện toàn Ban Chấp hành chi hội thôn Đồng Me",
                "01 chi hội",
                "Ủy viên BTV phụ trách tổ chức",
                "Tháng 3",
            ],
            [
                "8",
                "Thu hội phí đạt 100% (12.000 đồng/hội viên/năm)",
                "100%",
                "Ủy viên BTV phụ trách tổ chức",
                "Trước 30/11",
            ],
            ("§", "IV", "Công tác khác"),
            [
                "9",
                "Vận động hội viên tham gia mô hình “5 không, 3 sạch”, ra quân vệ sinh đường làng",
                "12 đợt",
                "Phó Chủ tịch Hội",
                "Hằng tháng",
            ],
            [
                "10",
                "Tổ chức kỷ niệm Ngày Quốc tế Phụ nữ 8/3 và Ngày Phụ nữ Việt Nam 20/10",
                "02 hoạt động",
                "Chủ tịch Hội",
                "Tháng 3, tháng 10",
            ],
        ],
        widths=[1.0, 8.0, 2.5, 3.5, 2.8],
    )
    para(doc, "")
    para(
        doc,
        "Các chi hội báo cáo kết quả thực hiện chỉ tiêu về "
        "Ban Thường vụ Hội LHPN xã trước ngày 20 tháng cuối "
        "mỗi quý.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Hội LHPN huyện (b/c);\n- Đảng ủy xã (b/c);\n- Các chi hội;\n- Lưu: VP Hội.",
        "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\n\n\nNông Thị Thu Hà",
    )
    doc.save(path)


def h759_docx(h, path: Path) -> None:
    """Provincial newspaper: a monthly programme, a leader column beside the desk, Tết and ranges."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "ĐẢNG BỘ TỈNH SÔNG LAM\nBÁO SÔNG LAM\n*\nSố: 12-CTr/BSL",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        right2="Sông Lam, ngày 04 tháng 01 năm 2027",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 01/2027", bold=True, center=True)
    para(doc, "của Ban Biên tập Báo Sông Lam", italic=True, center=True)
    grid(
        doc,
        ["TT", "Nội dung", "Ban chủ trì", "Lãnh đạo phụ trách", "Thời gian"],
        [
            ("§", "A", "CÔNG TÁC NỘI DUNG"),
            [
                "1",
                "Mở chuyên mục “Mừng Đảng, mừng Xuân” trên báo in và báo điện tử",
                "Ban Thời sự - Chính trị",
                "Phó TBT Đặng Văn Lộc",
                "Từ 05/01",
            ],
            [
                "2",
                "Loạt bài “Nông thôn mới nâng cao - chuyện ở những miền quê” (03 kỳ)",
                "Ban Kinh tế",
                "Phó TBT Đặng Văn Lộc",
                "Từ 12 - 22/01",
            ],
            [
                "3",
                "Hoàn thành số báo Xuân Đinh Mùi 2027 (64 trang, in 4 màu), phát hành",
                "Ban Thư ký tòa soạn",
                "TBT Phan Thị Hồng Vân",
                "28/01",
            ],
            [
                "4",
                "Sản xuất 06 video, podcast “Tết xưa xứ Lam” đăng trên báo điện tử và mạng xã hội",
                "Ban Báo điện tử",
                "Phó TBT Lê Minh Đức",
                "Trước Tết Nguyên đán",
            ],
            [
                "5",
                "Tổ chức giao ban đề tài, duyệt kế hoạch bài vở tuần",
                "Ban Thư ký tòa soạn",
                "TBT Phan Thị Hồng Vân",
                "Chiều thứ Sáu hằng tuần",
            ],
            ("§", "B", "CÔNG TÁC TỔ CHỨC, HÀNH CHÍNH"),
            [
                "6",
                "Tổng kết Giải Báo chí Sông Lam năm 2026, gửi tác phẩm dự Giải Báo chí quốc gia",
                "Ban Thư ký tòa soạn",
                "TBT Phan Thị Hồng Vân",
                "Trước 15/01",
            ],
            ["7", "Quyết toán nhuận bút, thù lao năm 2026", "Ban Trị sự", "Phó TBT Lê Minh Đức", "20/01"],
            [
                "8",
                "Ký hợp đồng in, phát hành báo năm 2027 với Công ty In Sông Lam và Bưu điện tỉnh",
                "Ban Trị sự",
                "Phó TBT Lê Minh Đức",
                "Tuần 1",
            ],
            [
                "9",
                "Thăm, tặng quà Tết cộng tác viên lâu năm, gia đình phóng viên liệt sĩ",
                "Công đoàn cơ quan",
                "TBT Phan Thị Hồng Vân",
                "Từ 18 - 25/01",
            ],
            [
                "10",
                "Họp Đảng ủy, Ban Biên tập đánh giá công tác tháng 01, triển khai nhiệm vụ tháng 02",
                "Văn phòng Đảng ủy",
                "TBT Phan Thị Hồng Vân",
                "29/01",
            ],
        ],
        widths=[1.0, 10.0, 4.0, 4.5, 3.5],
    )
    para(doc, "")
    para(
        doc,
        "Lịch có thể điều chỉnh theo chỉ đạo của Ban Tuyên giáo và Dân vận Tỉnh ủy. Các ban đăng ký kế hoạch "
        "đề tài tháng 02/2027 về Ban Thư ký tòa soạn trước ngày 26/01/2027.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Thường trực Tỉnh ủy (b/c);\n- Ban "
        "Tuyên giáo và Dân vận Tỉnh ủy (b/c);\n- Các ban, phòng;"
        "\n- Lưu: VP, TKTS.",
        "T/M BAN BIÊN TẬP\nTỔNG BIÊN TẬP\n\n\n\nPhan Thị Hồng Vân",
    )
    doc.save(path)


H760_TXT = """UBND THỊ TRẤN PHÚ MỸ                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ CHỢ                          Độc lập - Tự do - Hạnh phúc
Số: 09/KH-BQLC                           Phú Mỹ, ngày 28 tháng 12 năm 2026

KẾ HOẠCH
Bảo đảm an toàn phòng cháy, chữa cháy và trật tự tại Chợ Phú Mỹ
dịp Tết Nguyên đán Đinh Mùi năm 2027

Căn cứ Quy chế quản lý Chợ Phú Mỹ ban hành kèm theo Quyết định số 112/QĐ-UBND ngày 15/3/2025 của
UBND thị trấn; dịp Tết lượng hàng hóa và người mua tăng cao, nguy cơ cháy nổ, trộm cắp lớn, Ban Quản
lý chợ xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Không để xảy ra cháy, nổ, mất trật tự; hàng hóa bảo đảm nguồn gốc, niêm yết giá đầy đủ.

II. NHIỆM VỤ CỤ THỂ
1. Trưởng Ban Quản lý chợ
   a) Ký cam kết an toàn PCCC với 100% hộ kinh doanh (286 hộ), xong trước ngày 10/01/2027.
   b) Chủ trì họp các tiểu thương triển khai nội quy chợ dịp Tết vào ngày 08/01/2027.
2. Phó Trưởng ban phụ trách trật tự, vệ sinh (ông Lê Văn Sáu)
   a) Sắp xếp khu bán hàng Tết tạm thời (hoa, cây cảnh, bánh mứt) tại bãi đất phía Đông chợ, hoàn thành
      trước ngày 20/01/2027.
   b) Thu gom rác cuối ngày, không để rác tồn đọng qua đêm; thực hiện hằng ngày từ 20/01 đến 04/02/2027.
3. Tổ bảo vệ chợ
   a) Tuần tra 24/24 giờ, trực tại các cổng chợ từ ngày 25 tháng Chạp đến hết mùng 5 Tết.
   b) Kiểm tra, thay thế bình chữa cháy hết hạn, vệ sinh họng nước chữa cháy trước ngày 15/01/2027.
4. Đội PCCC cơ sở chợ tổ chức thực tập phương án chữa cháy có sự tham gia của tiểu thương vào sáng ngày
   12/01/2027.
5. Bộ phận Kế toán - Thu phí thu phí dịch vụ diện tích bán hàng tháng 01 và tháng 02/2027 trước Tết;
   lập báo cáo thu chi quý I gửi UBND thị trấn trước ngày 05/4/2027.
6. Đề nghị Công an thị trấn Phú Mỹ bố trí lực lượng phối hợp giữ gìn trật tự, phân luồng giao thông
   khu vực cổng chợ các ngày từ 28/01 đến 05/02/2027.
7. Các hộ kinh doanh tự trang bị bình chữa cháy, ngắt điện khi rời quầy; chấp hành nội quy chợ.

III. TỔ CHỨC THỰC HIỆN
Kinh phí thực hiện từ nguồn thu phí dịch vụ chợ năm 2027.
Bộ phận Văn phòng Ban Quản lý chợ là bộ phận đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng
hợp tình hình báo cáo UBND thị trấn trước ngày 10/02/2027.

Nơi nhận:                                 TRƯỞNG BAN
- UBND thị trấn (b/c);
- Công an thị trấn;
- Các tổ, bộ phận;                        (đã ký)
- Lưu: BQLC.
                                          Nguyễn Thị Bích Liên
"""


def h760_txt(h, path: Path) -> None:
    """Town market board: a Tết safety plan as plain text, posts and teams over lettered points."""
    path.write_text(H760_TXT, encoding="utf-8")


def h761_xlsx(h, path: Path) -> None:
    """Development investment fund: an indicator sheet, SUM parent rows, a deadline column of mixed forms."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "KH 2027"
    title_rows(
        ws,
        [
            "UBND TỈNH SÔNG LAM",
            "QUỸ ĐẦU TƯ PHÁT TRIỂN TỈNH",
            "CHỈ TIÊU KẾ HOẠCH HOẠT ĐỘNG NĂM 2027",
            "(Kèm theo Quyết định số 58/QĐ-HĐQL ngày 25/12/2026 của Hội đồng quản lý Quỹ)",
        ],
        8,
        (1, 2, 3),
    )
    ws.append([])
    ws.append(["STT", "Chỉ tiêu", "ĐVT", "Ước TH 2026", "KH 2027", "Phòng chủ trì", "Thời hạn", "Ghi chú"])
    bold_header(ws, 6)
    rows = [
        ["A", "NGUỒN VỐN"],
        ["1", "Tổng nguồn vốn hoạt động", "Tỷ đồng", 1240, "=E9+E10", "", "", ""],
        [
            "1.1",
            "Vốn điều lệ được ngân sách tỉnh cấp bổ sung",
            "Tỷ đồng",
            900,
            950,
            "Phòng Tài chính - Kế toán",
            "Quý III",
            "Trình UBND tỉnh",
        ],
        [
            "1.2",
            "Vốn huy động, nhận ủy thác từ các tổ chức, cá nhân",
            "Tỷ đồng",
            340,
            420,
            "Phòng Kế hoạch - Tổng hợp",
            "31/12/2027",
            "",
        ],
        ["B", "SỬ DỤNG VỐN"],
        [
            "2",
            "Doanh số giải ngân cho vay dự án kết cấu hạ tầng, xã hội hóa",
            "Tỷ đồng",
            285,
            330,
            "Phòng Tín dụng",
            "31/12/2027",
            "",
        ],
        [
            "3",
            "Thu hồi nợ gốc, lãi đến hạn của các dự án vay vốn",
            "%",
            100,
            100,
            "Phòng Tín dụng",
            "Hằng quý",
            "",
        ],
        [
            "4",
            "Tỷ lệ nợ xấu trên tổng dư nợ",
            "%",
            1.2,
            "≤ 1,5",
            "Phòng Thẩm định - Quản lý rủi ro",
            "Thường xuyên",
            "",
        ],
        [
            "5",
            "Góp vốn đầu tư trực tiếp vào dự án nhà ở xã hội Khu đô thị Nam Cầu Trắng",
            "Tỷ đồng",
            0,
            60,
            "Phòng Đầu tư",
            "Theo tiến độ dự án",
            "Khi UBND tỉnh phê duyệt",
        ],
        [
            "6",
            "Nhận ủy thác quản lý nguồn vốn phát triển đất của tỉnh",
            "Tỷ đồng",
            150,
            200,
            "Phòng Đầu tư",
            "",
            "",
        ],
        ["C", "TÀI CHÍNH"],
        [
            "7",
            "Chênh lệch thu chi từ hoạt động nghiệp vụ của Quỹ",
            "Tỷ đồng",
            21.5,
            24,
            "Phòng Tài chính - Kế toán",
            "",
            "",
        ],
        [
            "8",
            "Kiểm toán báo cáo tài chính năm 2026",
            "Báo cáo",
            1,
            1,
            "Phòng Tài chính - Kế toán",
            "Trước 31/3/2027",
            "Kiểm toán độc lập",
        ],
        ["", "Tổng cộng chỉ tiêu định lượng", "", "", "", "", "", ""],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
    wrap(ws, 7)
    column_widths(ws, [6, 46, 9, 11, 10, 26, 16, 20])
    ws.append([])
    ws.append(
        [
            "",
            "Ghi chú: Phòng Kế hoạch - Tổng hợp tổng hợp tình hình thực hiện các chỉ tiêu, báo cáo Hội "
            "đồng quản lý Quỹ định kỳ hằng quý.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "", "GIÁM ĐỐC"])
    ws.append([])
    ws.append(["", "", "", "", "", "Trương Công Định"])
    wb.save(path)


def h762_docx(h, path: Path) -> None:
    """Justice department's judicial support division: a quarter programme, a doer column of posts and
    persons, months as group rows."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "SỞ TƯ PHÁP TỈNH SÔNG LAM\nPHÒNG BỔ TRỢ TƯ PHÁP\n───────",
        right2="Sông Lam, ngày 30 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Chương trình công tác năm 2027 của Sở Tư "
        "pháp và nhiệm vụ được Giám đốc Sở giao, Phòng Bổ trợ "
        "tư pháp xây dựng Chương trình công tác quý I năm 2027 như sau:",
    )
    grid(
        doc,
        ["STT", "Nội dung công việc", "Người thực hiện", "Thời gian", "Kết quả/ghi chú"],
        [
            ("§", "", "Tháng 01/2027"),
            [
                "1",
                "Tham mưu Giám đốc Sở báo cáo tổng kết công tác công chứng, đấu giá tài sản, giám định tư "
                "pháp năm 2026",
                "Trưởng phòng",
                "Trước 10/01",
                "Báo cáo",
            ],
            [
                "2",
                "Thẩm định hồ sơ đề nghị thành lập Văn phòng công chứng Hồng Phúc (huyện Ngọc Sơn)",
                "CV Nguyễn Văn Tú",
                "15 ngày kể từ ngày nhận hồ sơ",
                "Tờ trình",
            ],
            [
                "3",
                "Cấp thẻ đấu giá viên, đăng ký hoạt động cho doanh nghiệp đấu giá tài sản",
                "CV Mai Thị Ngọc Lan",
                "Khi có hồ sơ",
                "",
            ],
            ("§", "", "Tháng 02/2027"),
            [
                "4",
                "Xây dựng Kế hoạch kiểm tra tổ chức hành nghề công chứng, đấu giá tài sản năm 2027, trình "
                "Giám đốc Sở ban hành",
                "PTP Lê Thị Hạnh",
                "Trước 20/02",
                "Kế hoạch",
            ],
            [
                "5",
                "Tập huấn nghiệp vụ công chứng giao dịch bất động sản cho công chứng viên",
                "PTP Lê Thị Hạnh",
                "Tháng 02 (sau Tết)",
                "Phối hợp Hội Công chứng viên tỉnh",
            ],
            ("§", "", "Tháng 3/2027"),
            [
                "6",
                "Kiểm tra hoạt động của 03 Văn phòng công chứng tại thành phố Lam Giang",
                "Trưởng phòng",
                "10 - 25/3",
                "Kết luận kiểm tra",
            ],
            [
                "7",
                "Rà soát, đề xuất sửa đổi Quy chế phối hợp quản lý nhà nước về luật sư, công chứng, đấu giá",
                "PTP Lê Thị Hạnh",
                "31/3",
                "Dự thảo Quy chế",
            ],
            [
                "8",
                "Tổng hợp báo cáo thống kê quý I về bổ trợ tư pháp gửi Bộ Tư pháp (qua Văn phòng Sở)",
                "CV Mai Thị Ngọc Lan",
                "Trước 14/3",
                "Báo cáo thống kê",
            ],
            ("§", "", "Công việc thường xuyên"),
            [
                "9",
                "Cập nhật cơ sở dữ liệu công chứng, thông tin ngăn chặn giao dịch trên hệ thống của tỉnh",
                "CV Nguyễn Văn Tú",
                "Hằng ngày",
                "",
            ],
            [
                "10",
                "Giải quyết đơn thư, phản ánh liên quan đến hoạt động công chứng, đấu giá tài sản",
                "Trưởng phòng",
                "Theo thời hạn luật định",
                "",
            ],
        ],
        widths=[1.2, 11.0, 4.0, 3.5, 4.5],
    )
    para(doc, "")
    para(
        doc,
        "Chương trình này thay cho lịch công tác tháng của Phòng; nội dung phát sinh do Giám đốc Sở giao sẽ "
        "được bổ sung.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Giám đốc Sở (b/c);\n- PGĐ phụ trách;\n- Công chức trong Phòng;\n- Lưu: BTTP.",
        "TRƯỞNG PHÒNG\n\n\n\nVõ Thanh Bình",
    )
    doc.save(path)


def batch_h753() -> None:
    """Writes h753–h762 (the .doc and .pdf through LibreOffice)."""
    write_batch(
        [
            (h753_docx, "h753_cv_stc_qlns_khoa_so_du_toan.docx"),
            (h754_docx, "h754_ctr_lien_hiep_hoi_khkt_nam.docx"),
            (h755_xlsx, "h755_lich_tuan_ban_chqs_huyen.xlsx"),
            (h758_docx, "h758_chi_tieu_hoi_phu_nu_xa.docx"),
            (h759_docx, "h759_ctr_thang_bao_tinh_ban_bien_tap.docx"),
            (h760_txt, "h760_kh_ban_quan_ly_cho_tet.txt"),
            (h761_xlsx, "h761_chi_tieu_quy_dtpt_tinh.xlsx"),
            (h762_docx, "h762_ctr_quy_phong_bo_tro_tu_phap.docx"),
        ],
        [
            (h756_docx, "h756_kh_hoi_nan_nhan_da_cam_10_8.docx", "doc"),
            (h757_docx, "h757_tbkl_bv_tam_than_an_toan.docx", "pdf"),
        ],
        _out,
    )
