"""Held-out batch h583–h592, written by h13author55 blind to the importer: ten documents of a
provincial standards, metrology and quality sub-department, a commune police station, a provincial
traditional medicine hospital, a university's training office, a provincial Fatherland Front
committee, a kindergarten cluster, a provincial border guard command's staff office, a provincial
museum, a maritime port authority and a provincial lottery company. Every name, person, place,
number and date in them is invented."""

import datetime
from pathlib import Path

from batch_common import (
    MARKS,
    NATIONAL,
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
    wrap,
    write_batch,
)

_MOVED: set[str] = {
    "h583_ct_chi_cuc_tdc_cot_san_pham",  # h13fixVC (its failing row read to set a limit)
    "h587_cv_mttq_tinh_tet_vi_nguoi_ngheo",  # h13fixSO
    "h584_kh_cong_an_xa_cao_diem_tet",  # h13fixSM
    "h591_kh_cang_vu_hang_hai_truong_nhan",  # h13fixTG
    "h586_kh_dao_tao_dai_hoc_tu_ngay_den_ngay",  # h13fixTH
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h583_docx(h, path: Path) -> None:
    """Standards sub-department: a yearly programme table with a product column and mixed times."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH HÀ LĨNH\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nCHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\n"
        "───────\nSố: 87/CTr-TĐC",
        NATIONAL,
        right2="Hà Lĩnh, ngày 25 tháng 11 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Quyết định số 1120/QĐ-SKHCN ngày 15/8/2025 của Giám đốc Sở Khoa học và Công nghệ quy định "
        "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Chi cục Tiêu chuẩn Đo lường Chất lượng;",
        italic=True,
    )
    para(
        doc,
        "Căn cứ Kế hoạch công tác năm 2027 của Sở Khoa học và Công nghệ, Chi cục Tiêu chuẩn Đo lường Chất "
        "lượng (sau đây gọi tắt là Chi cục) xây dựng Chương trình công tác năm 2027 như sau:",
        italic=True,
    )
    grid(
        doc,
        ["TT", "Nhiệm vụ", "Phòng/đơn vị chủ trì", "Phối hợp", "Sản phẩm", "Thời hạn"],
        [
            ("§", "A", "CÔNG TÁC TIÊU CHUẨN, CHẤT LƯỢNG"),
            [
                "1",
                "Hướng dẫn doanh nghiệp áp dụng hệ thống quản lý chất lượng, công cụ cải tiến năng suất "
                "(ISO 9001, 5S, Kaizen) theo Chương trình năng suất chất lượng tỉnh",
                "Phòng Quản lý Tiêu chuẩn - Chất lượng",
                "Sở Công Thương; các doanh nghiệp",
                "Báo cáo kết quả",
                "Quý III/2027",
            ],
            [
                "2",
                "Kiểm tra nhà nước về chất lượng hàng hóa lưu thông trên thị trường (xăng dầu, mũ bảo hiểm, "
                "đồ chơi trẻ em)",
                "Phòng Quản lý Tiêu chuẩn - Chất lượng",
                "Quản lý thị trường tỉnh",
                "Kết luận kiểm tra",
                "Tháng 5 - 6",
            ],
            [
                "3",
                "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các cơ quan "
                "hành chính nhà nước trên địa bàn tỉnh",
                "Phòng Quản lý Tiêu chuẩn - Chất lượng",
                "Sở Nội vụ",
                "",
                "Thường xuyên",
            ],
            [
                "4",
                "Hướng dẫn hồ sơ, thẩm định doanh nghiệp tham dự Giải thưởng Chất lượng quốc gia",
                "Phòng Quản lý Tiêu chuẩn - Chất lượng; Phòng HC-TH",
                "Hội đồng sơ tuyển cấp tỉnh",
                "Hồ sơ đề xuất",
                "Theo kế hoạch của Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia",
            ],
            ("§", "B", "CÔNG TÁC ĐO LƯỜNG"),
            [
                "5",
                "Kiểm tra đo lường đối với cột đo xăng dầu tại các cửa hàng bán lẻ xăng dầu",
                "Phòng Quản lý Đo lường",
                "Công an tỉnh (PC03)",
                "Kết luận kiểm tra",
                "Quý II/2027",
            ],
            [
                "6",
                "Kiểm định, hiệu chuẩn phương tiện đo nhóm 2 (cân, công tơ điện, đồng hồ nước) theo đề nghị "
                "của tổ chức, cá nhân",
                "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng",
                "",
                "Giấy chứng nhận kiểm định",
                "Thường xuyên",
            ],
            [
                "7",
                "Triển khai mô hình “Cân đối chứng” tại 12 chợ hạng 1, hạng 2 trên địa bàn tỉnh",
                "Phòng Quản lý Đo lường",
                "UBND các xã, phường",
                "Báo cáo",
                "Trước 30/9/2027",
            ],
            ("§", "C", "CÔNG TÁC HÀNH CHÍNH, TỔNG HỢP"),
            [
                "8",
                "Rà soát, trình công bố thủ tục hành chính lĩnh vực tiêu chuẩn đo lường chất lượng",
                "Phòng HC-TH",
                "Văn phòng Sở",
                "Quyết định công bố",
                "Tháng 3/2027",
            ],
            [
                "9",
                "Tổ chức các hoạt động hưởng ứng Ngày Tiêu chuẩn thế giới (14/10)",
                "Phòng Quản lý Tiêu chuẩn - Chất lượng",
                "Chi đoàn Chi cục",
                "",
                "Tháng 10/2027",
            ],
            [
                "10",
                "Xây dựng báo cáo sơ kết 6 tháng và báo cáo tổng kết công tác năm 2027 của Chi cục",
                "Phòng HC-TH",
                "Các phòng, Trung tâm",
                "Báo cáo",
                "15/6/2027;\n10/12/2027",
            ],
        ],
        widths=[1.0, 6.5, 3.5, 3.0, 2.5, 2.5],
    )
    para(
        doc,
        "Các phòng, Trung tâm báo cáo kết quả thực hiện nhiệm vụ về Phòng HC-TH trước ngày 22 hằng tháng "
        "để tổng hợp, báo cáo Chi cục trưởng. Trong quá trình thực hiện, nếu có vướng mắc, kịp thời báo cáo "
        "Lãnh đạo Chi cục để xem xét, điều chỉnh./.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở KH&CN (b/c);\n- Lãnh đạo Chi cục;\n- Các phòng, Trung tâm;\n- Lưu: VT, HC-TH.",
        "CHI CỤC TRƯỞNG\n\n\n\nĐinh Công Thắng",
    )
    doc.save(path)


def h584_docx(h, path: Path) -> None:
    """Commune police: a Tết peak plan in prose, each point a sentence whose subject is a team."""
    doc = document()
    head_block(
        doc,
        "CÔNG AN TỈNH HÀ LĨNH\nCÔNG AN XÃ PHÚ THẠNH\n───────\nSố: 36/KH-CAX",
        NATIONAL,
        right2="Phú Thạnh, ngày 10 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự\nTết Nguyên đán Đinh Mùi năm 2027",
        "Thực hiện Kế hoạch số 412/KH-CAT-PV01 ngày 01/12/2026 của Công an tỉnh Hà Lĩnh về đợt cao điểm "
        "tấn công, trấn áp tội phạm dịp Tết Nguyên đán Đinh Mùi năm 2027, Công an xã Phú Thạnh xây dựng "
        "Kế hoạch thực hiện trên địa bàn xã như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Chủ động nắm chắc tình hình, kịp thời phát hiện, ngăn chặn không để xảy ra tình huống đột xuất, "
        "bất ngờ; kiềm chế, kéo giảm tội phạm và tai nạn giao thông trong dịp Tết.",
        "2. Huy động sức mạnh tổng hợp của hệ thống chính trị và lực lượng tham gia bảo vệ an ninh, trật "
        "tự ở cơ sở.",
        "**II. THỜI GIAN, ĐỊA BÀN",
        "Từ ngày 15/12/2026 đến hết ngày 28/02/2027, trên địa bàn 09 ấp của xã Phú Thạnh.",
        "**III. NHIỆM VỤ CỤ THỂ",
        "1. Tổ An ninh thường xuyên nắm tình hình an ninh nông thôn, hoạt động tôn giáo, số người đi lao "
        "động nước ngoài về quê đón Tết; kịp thời báo cáo Trưởng Công an xã những vụ việc phức tạp.",
        "2. Tổ Cảnh sát khu vực rà soát, lập danh sách đối tượng hình sự, ma túy, đối tượng tụ tập gây rối "
        "tại các ấp để quản lý, răn đe; hoàn thành trước ngày 25/12/2026.",
        "3. Tổ Cảnh sát khu vực phối hợp Ban Công tác Mặt trận các ấp tuyên truyền, vận động nhân dân "
        "ký cam kết không sản xuất, mua bán, tàng trữ, sử dụng pháo nổ, từ ngày 20/12/2026 đến ngày "
        "20/01/2027.",
        "4. Tổ Cảnh sát quản lý hành chính về trật tự xã hội kiểm tra các cơ sở kinh doanh ngành nghề "
        "có điều kiện về an ninh, trật tự (karaoke, nhà nghỉ, cầm đồ) trên địa bàn, xong trước ngày "
        "15/01/2027.",
        "5. Tổ Cảnh sát quản lý hành chính về trật tự xã hội chủ trì kiểm tra an toàn phòng cháy, chữa "
        "cháy tại chợ Phú Thạnh và các kho hàng, cơ sở sản xuất, trước ngày 10/01/2027.",
        "6. Tổ Cảnh sát trật tự tuần tra, kiểm soát, xử lý vi phạm về trật tự an toàn giao thông trên tuyến "
        "ĐT.825 và đường liên ấp hằng đêm, từ 22 giờ đến 02 giờ sáng hôm sau.",
        "7. Tổ Tổng hợp tham mưu Trưởng Công an xã tổ chức Lễ ra quân tấn công, trấn áp tội phạm "
        "(dự kiến ngày 18/12/2026 tại Hội trường UBND xã).",
        "8. Tổ Tổng hợp bố trí lực lượng trực 100% quân số từ ngày 03/02/2027 đến hết ngày 14/02/2027; "
        "phân công lãnh đạo trực chỉ huy 24/24 giờ.",
        "9. Đề nghị Ban Chỉ huy Quân sự xã bố trí lực lượng dân quân phối hợp tuần tra, bảo vệ các "
        "điểm vui chơi đêm Giao thừa (05/02/2027).",
        "10. Tổ Tổng hợp tổng hợp kết quả, xây dựng báo cáo tổng kết đợt cao điểm, trình Trưởng Công an "
        "xã trước ngày 28/02/2027.",
        "**IV. TỔ CHỨC THỰC HIỆN",
        "1. Tổ Tổng hợp là bộ phận đầu mối, giúp Trưởng Công an xã theo dõi, đôn đốc việc thực hiện "
        "Kế hoạch này.",
        "2. Các Tổ công tác báo cáo kết quả thực hiện về Tổ Tổng hợp trước 16 giờ thứ Sáu hằng tuần "
        "(qua phần mềm hoặc văn bản).",
        "3. Kinh phí thực hiện Kế hoạch từ nguồn ngân sách xã và nguồn bảo đảm của Công an tỉnh.",
        "Yêu cầu cán bộ, chiến sĩ Công an xã nghiêm túc triển khai thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Công an tỉnh (PV01) (b/c);\n- Đảng ủy, UBND xã (b/c);\n- BCH Quân sự xã;\n"
        "- Các Tổ công tác;\n- Lưu: HS, CAX.",
        "TRƯỞNG CÔNG AN XÃ\n\n\n\nThiếu tá Võ Thành Nhân",
    )
    doc.save(path)


def h585_docx(h, path: Path) -> None:
    """Traditional medicine hospital: a notice of the director's conclusions at the monthly meeting."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH HÀ LĨNH\nBỆNH VIỆN Y DƯỢC CỔ TRUYỀN\n───────\nSố: 214/TB-BVYDCT",
        NATIONAL,
        right2="Hà Lĩnh, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Giám đốc Bệnh viện tại cuộc họp giao ban tháng 11 năm 2026",
        "Ngày 02/12/2026, Bệnh viện Y dược cổ truyền tỉnh tổ chức họp giao ban đánh giá kết quả hoạt "
        "động tháng 11 và triển khai nhiệm vụ tháng 12 năm 2026. Chủ trì: BSCKII. Hồ Thị Mai Lan - Giám "
        "đốc; dự họp có các Phó Giám đốc, trưởng các khoa, phòng. Sau khi nghe báo cáo và ý kiến của các "
        "đơn vị, Giám đốc kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Trong tháng 11, Bệnh viện đã khám cho 12.450 lượt người bệnh (tăng 6% so với cùng kỳ), điều trị "
        "nội trú 1.126 lượt; công suất sử dụng giường bệnh đạt 104%. Tuy nhiên, việc cung ứng một số vị "
        "thuốc cổ truyền còn chậm, tỷ lệ hồ sơ bảo hiểm y tế bị từ chối thanh toán còn cao.",
        "**II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
        "1. Giao Phòng Kế hoạch tổng hợp chủ trì, phối hợp các khoa lâm sàng rà soát, bổ sung danh mục "
        "kỹ thuật y học cổ truyền, trình Giám đốc phê duyệt trước ngày 20/12/2026.",
        "2. Khoa Dược khẩn trương hoàn thiện hồ sơ lựa chọn nhà thầu cung ứng dược liệu, vị thuốc cổ "
        "truyền năm 2027; thời hạn hoàn thành trước ngày 31/12/2026.",
        "3. Phòng Điều dưỡng tăng cường kiểm tra việc thực hiện quy trình chăm sóc người bệnh tại các "
        "khoa lâm sàng, kiểm tra đột xuất ít nhất 02 lần mỗi tháng.",
        "4. Giao Phòng Tài chính kế toán phối hợp Phòng Kế hoạch tổng hợp đối chiếu, xử lý dứt điểm các "
        "hồ sơ bảo hiểm y tế bị xuất toán quý III/2026, báo cáo Giám đốc trong tháng 12/2026.",
        "5. Về việc mở rộng Khoa Châm cứu - Dưỡng sinh: Phòng Hành chính quản trị lập phương án cải tạo "
        "tầng 2 nhà B, trình Giám đốc trước ngày 15/01/2027.",
        "6. Phòng Tổ chức cán bộ hoàn thành việc xét nâng bậc lương thường xuyên, nâng lương trước thời "
        "hạn năm 2026 cho viên chức, người lao động trước ngày 25/12/2026.",
        "7. Khoa Khám bệnh tổ chức khám, kê đơn thuốc y học cổ truyền ngoài giờ hành chính vào sáng thứ "
        "Bảy hằng tuần, bắt đầu từ ngày 09/01/2027.",
        "8. Hội đồng Thuốc và điều trị tổ chức bình bệnh án, phân tích đơn thuốc ngoại trú trong tháng "
        "01/2027.",
        "9. Các khoa, phòng tiếp tục thực hiện tốt Quy tắc ứng xử, nâng cao sự hài lòng của người bệnh.",
        "10. Đề nghị Công đoàn cơ sở Bệnh viện phối hợp Phòng Tổ chức cán bộ thăm hỏi, tặng quà Tết cho "
        "viên chức, người lao động có hoàn cảnh khó khăn, hoàn thành trước ngày 30/01/2027.",
        "11. Các khoa, phòng gửi báo cáo hoạt động tháng về Phòng Kế hoạch tổng hợp trước ngày 25 hằng "
        "tháng để tổng hợp, báo cáo tại cuộc họp giao ban.",
        "Bệnh viện thông báo để các khoa, phòng biết và thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Công đoàn cơ sở;\n- Lưu: VT, KHTH.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP\n\n\n\nBSCKI. Nông Văn Hiếu",
    )
    doc.save(path)


def _d(day: int, month: int, year: int = 2027) -> datetime.datetime:
    return datetime.datetime(year, month, day)


def h586_xlsx(h, path: Path) -> None:
    """University training office: a term schedule with from/to date columns and a holiday row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "HK II 2026-2027"
    ws["A1"] = "TRƯỜNG ĐẠI HỌC KINH TẾ - KỸ THUẬT HÀ LĨNH"
    ws["A2"] = "PHÒNG ĐÀO TẠO"
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A4"] = "KẾ HOẠCH TỔ CHỨC ĐÀO TẠO HỌC KỲ II NĂM HỌC 2026 - 2027"
    ws["A5"] = "(Hệ đại học chính quy - ban hành kèm theo Thông báo số 689/TB-ĐHKTKT ngày 07/12/2026)"
    for r in (4, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.append([])
    ws.append(
        ["TT", "Nội dung công việc", "Từ ngày", "Đến ngày", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú"]
    )
    bold_header(ws, 7)
    rows = [
        ["I", "CHUẨN BỊ HỌC KỲ"],
        [
            1,
            "Mở cổng đăng ký học phần học kỳ II cho sinh viên đại học chính quy",
            _d(28, 12, 2026),
            _d(8, 1),
            "Phòng Đào tạo",
            "Trung tâm Thông tin - Thư viện",
            "Đăng ký trực tuyến",
        ],
        [
            2,
            "Điều chỉnh, hủy lớp học phần dưới 20 sinh viên; thông báo thời khóa biểu chính thức",
            _d(11, 1),
            _d(15, 1),
            "Phòng Đào tạo",
            "Các khoa",
            None,
        ],
        [
            3,
            "Xét điều kiện làm khóa luận tốt nghiệp cho sinh viên khóa 2023 - 2027",
            _d(4, 1),
            _d(15, 1),
            "Phòng Đào tạo",
            "Các khoa",
            None,
        ],
        [
            4,
            "Rà soát, xét học bổng khuyến khích học tập học kỳ I",
            _d(4, 1),
            _d(22, 1),
            "Phòng Công tác sinh viên",
            "Phòng Kế hoạch - Tài chính",
            None,
        ],
        ["II", "TỔ CHỨC GIẢNG DẠY"],
        [
            5,
            "Giảng dạy các lớp học phần học kỳ II (15 tuần)",
            _d(18, 1),
            _d(7, 5),
            "Các khoa",
            "Phòng Đào tạo",
            "Tuần 1 - tuần 17",
        ],
        ["", "Nghỉ Tết Nguyên đán Đinh Mùi: từ ngày 01/02/2027 đến hết ngày 14/02/2027"],
        [
            6,
            "Kiểm tra giảng dạy, dự giờ đột xuất các lớp học phần",
            "Thường xuyên",
            None,
            "Phòng Thanh tra - Pháp chế",
            "Phòng Đào tạo",
            None,
        ],
        [
            7,
            "Lấy ý kiến phản hồi của người học về hoạt động giảng dạy của giảng viên",
            _d(19, 4),
            _d(30, 4),
            "Phòng Khảo thí và Đảm bảo chất lượng",
            "Các khoa",
            "Khảo sát trực tuyến",
        ],
        ["III", "THI, ĐÁNH GIÁ VÀ TỐT NGHIỆP"],
        [
            8,
            "Lập kế hoạch thi kết thúc học phần, bố trí phòng thi, cán bộ coi thi",
            _d(12, 4),
            _d(23, 4),
            "Phòng Khảo thí và Đảm bảo chất lượng",
            "Phòng Đào tạo",
            None,
        ],
        [
            9,
            "Tổ chức thi kết thúc học phần học kỳ II",
            _d(10, 5),
            _d(29, 5),
            "Phòng Khảo thí và Đảm bảo chất lượng",
            "Các khoa",
            None,
        ],
        [
            10,
            "Tổ chức bảo vệ khóa luận tốt nghiệp khóa 2023 - 2027",
            _d(24, 5),
            _d(4, 6),
            "Các khoa",
            "Phòng Đào tạo",
            None,
        ],
        [
            11,
            "Nhập điểm, công bố kết quả học tập học kỳ II trên cổng thông tin đào tạo",
            _d(31, 5),
            _d(18, 6),
            "Phòng Đào tạo",
            "Các khoa",
            None,
        ],
        [
            12,
            "Xét, công nhận tốt nghiệp đợt 1 năm 2027; tổ chức Lễ trao bằng tốt nghiệp",
            _d(21, 6),
            _d(9, 7),
            "Phòng Đào tạo",
            "Phòng Công tác sinh viên",
            "Lễ trao bằng dự kiến ngày 09/7",
        ],
    ]
    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=7)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
        for col in (3, 4):
            if isinstance(ws.cell(at, col).value, datetime.datetime):
                ws.cell(at, col).number_format = "dd/mm/yyyy"
    wrap(ws, 8)
    ws.append([])
    ws.append(
        [
            "Ghi chú:",
            "Các khoa báo cáo tiến độ giảng dạy, thi và khóa luận về Phòng Đào tạo trước ngày 05 hằng tháng; "
            "lịch cụ thể từng học phần xem trên cổng thông tin đào tạo.",
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
    ws.append([])
    ws.append(["", "", "", "", "TRƯỞNG PHÒNG ĐÀO TẠO"])
    ws.append([])
    ws.append([])
    ws.append(["", "", "", "", "TS. Phan Quốc Trung"])
    column_widths(ws, [5, 48, 12, 12, 24, 24, 20])
    wb.save(path)


def h587_docx(h, path: Path) -> None:
    """Provincial Fatherland Front: a dispatch to its boards, member organisations and communes."""
    doc = document()
    head_block(
        doc,
        "ỦY BAN MTTQ VIỆT NAM\nTỈNH HÀ LĨNH\nBAN THƯỜNG TRỰC\n***\nSố: 412/MTTQ-BTT\n"
        "V/v triển khai chăm lo Tết Vì người nghèo\nXuân Đinh Mùi năm 2027",
        "MẶT TRẬN TỔ QUỐC VIỆT NAM",
        right2="Hà Lĩnh, ngày 28 tháng 11 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các ban, Văn phòng cơ quan Ủy ban MTTQ Việt Nam tỉnh;",
        "- Các tổ chức chính trị - xã hội tỉnh;",
        "- Ủy ban MTTQ Việt Nam các xã, phường.",
        "Thực hiện Hướng dẫn số 58/HD-MTTW-BTT ngày 14/11/2026 của Ban Thường trực Ủy ban Trung ương "
        "MTTQ Việt Nam về vận động, chăm lo Tết cho người nghèo, gia đình chính sách, Ban Thường trực "
        "Ủy ban MTTQ Việt Nam tỉnh đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
        "1. Ban Phong trào chủ trì xây dựng kế hoạch tổ chức chương trình “Tết Vì người nghèo” Xuân Đinh "
        "Mùi năm 2027, trình Ban Thường trực trước ngày 15/12/2026.",
        "2. Văn phòng cơ quan tham mưu bố trí kinh phí, hậu cần tổ chức Lễ ra quân vận động ủng hộ Quỹ "
        "“Vì người nghèo” (dự kiến ngày 08/01/2027).",
        "3. Ban Tuyên giáo phối hợp Báo Hà Lĩnh, Đài Phát thanh - Truyền hình tỉnh duy trì chuyên mục "
        "“Chung tay vì người nghèo”, đăng phát định kỳ hằng tháng.",
        "4. Ban Dân chủ - Pháp luật chủ trì giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo "
        "tại 03 xã Tân Lập, Bình Hòa, Suối Rao; hoàn thành trong quý I/2027.",
        "5. Ban Vận động Quỹ “Vì người nghèo” tỉnh tổng hợp nguồn vận động, phân bổ hỗ trợ Tết cho hộ "
        "nghèo, hộ cận nghèo trước ngày 20/01/2027.",
        "6. Đề nghị Ủy ban MTTQ Việt Nam các xã, phường chủ trì rà soát danh sách hộ nghèo, hộ cận nghèo, "
        "gia đình có hoàn cảnh khó khăn cần hỗ trợ, gửi về Ban Phong trào trước ngày 31/12/2026.",
        "7. Đề nghị Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn, Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh, "
        "Liên đoàn Lao động tỉnh chỉ đạo hệ thống tổ chức mình vận động đoàn viên, hội viên chung tay "
        "chăm lo Tết; báo cáo kết quả về Ban Thường trực (qua Ban Phong trào) trước ngày 25/02/2027.",
        "8. Ban Phong trào là bộ phận đầu mối, theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo "
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.",
        "Các đơn vị báo cáo sơ kết công tác vận động Quỹ “Vì người nghèo” 6 tháng (trước ngày 10/6/2027) "
        "và báo cáo năm (trước ngày 10/11/2027) về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.",
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đề nghị các cơ quan, đơn vị quan tâm phối hợp thực "
        "hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Ban TT UBTW MTTQ VN (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Lưu: VT, BPT.",
        "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n\n\n\nLương Thị Bích Ngọc",
    )
    doc.save(path)


def h588_docx(h, path: Path) -> None:
    """Kindergarten cluster: a term plan whose month cells are merged down, a person column beside
    the host school (written to .odt)."""
    doc = document()
    head_block(
        doc,
        "UBND XÃ TÂN HƯNG\nTRƯỜNG MẦM NON HOA SEN\n(Trường cụm trưởng Cụm số 3)",
        NATIONAL,
        right2="Tân Hưng, ngày 05 tháng 01 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Hoạt động chuyên môn Cụm trường mầm non số 3 - học kỳ II năm học 2026 - 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Cụm số 3 gồm 04 trường: Trường Mầm non Hoa Sen, Trường Mầm non Sơn Ca, Trường Mầm non Bình Minh, "
        "Trường Mầm non Hướng Dương. Căn cứ kết quả sinh hoạt cụm học kỳ I, trường cụm trưởng xây dựng kế "
        "hoạch học kỳ II như sau:",
    )
    header = ["Thời gian", "Nội dung hoạt động", "Đơn vị thực hiện", "Người phụ trách", "Ghi chú"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, header, strict=True):
        cell_text(c, v, bold=True, center=True)
    groups = [
        (
            "Tháng 1/2027",
            [
                [
                    "Họp cụm triển khai kế hoạch chuyên môn học kỳ II",
                    "Trường MN Hoa Sen",
                    "Cô Lê Thị Hạnh - HT",
                    "",
                ],
                [
                    "Chuyên đề “Xây dựng môi trường giáo dục lấy trẻ làm trung tâm”: dự 02 hoạt động lớp Mẫu "
                    "giáo lớn",
                    "Trường MN Hoa Sen",
                    "Cô Trần Thu Hà - PHT",
                    "Mỗi trường cử 03 GV",
                ],
            ],
        ),
        (
            "Tháng 2/2027",
            [
                [
                    "Tổ chức giao lưu “Bé với an toàn giao thông” cấp cụm",
                    "Trường MN Sơn Ca",
                    "Cô Đỗ Thị Yến - PHT",
                    "",
                ]
            ],
        ),
        (
            "Tháng 3/2027",
            [
                [
                    "Hội thi giáo viên làm đồ dùng, đồ chơi từ nguyên vật liệu tái chế",
                    "Trường MN Bình Minh",
                    "Cô Vũ Thị Lành - HT",
                    "",
                ],
                [
                    "Kiểm tra chéo hồ sơ chuyên môn giữa các trường trong cụm",
                    "Trường MN Sơn Ca; Trường MN Bình Minh; Trường MN Hoa Sen",
                    "Các PHT chuyên môn",
                    "Trường MN Hướng Dương được kiểm tra",
                ],
            ],
        ),
        (
            "Tháng 4/2027",
            [
                [
                    "Chuyên đề “Giáo dục kỹ năng sống cho trẻ 5 tuổi”",
                    "Trường MN Hướng Dương",
                    "Cô Phạm Ngọc Diệp - PHT",
                    "",
                ],
                [
                    "Tập huấn sử dụng phần mềm quản lý trẻ, sổ theo dõi điện tử cho giáo viên",
                    "Trường MN Hướng Dương",
                    "Thầy Nguyễn Văn Tín - NV CNTT",
                    "",
                ],
            ],
        ),
        (
            "Tháng 5/2027",
            [
                [
                    "Đánh giá trẻ 5 tuổi theo Bộ chuẩn phát triển trẻ em 5 tuổi, tổng hợp gửi "
                    "trường cụm trưởng",
                    "Các trường trong cụm",
                    "Hiệu trưởng các trường",
                    "",
                ],
                [
                    "Tổng kết hoạt động cụm năm học 2026 - 2027",
                    "Trường MN Hoa Sen",
                    "Cô Lê Thị Hạnh - HT",
                    "",
                ],
            ],
        ),
        (
            "Hằng tháng",
            [
                [
                    "Sinh hoạt chuyên môn cụm vào chiều thứ Năm tuần thứ hai của tháng",
                    "Luân phiên các trường",
                    "Tổ trưởng chuyên môn",
                    "",
                ],
            ],
        ),
    ]
    for when, rows in groups:
        first = None
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells[1:], row, strict=True):
                cell_text(c, v)
            if first is None:
                first = cells[0]
                cell_text(first, when, bold=True, center=True)
            else:
                first = first.merge(cells[0])
        cell_text(first, when, bold=True, center=True)
    para(
        doc,
        "Các trường gửi báo cáo kết quả hoạt động chuyên môn về Trường MN Hoa Sen (trường cụm trưởng) trước "
        "ngày 25 hằng tháng để tổng hợp, báo cáo Phòng Văn hóa - Xã hội xã.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Phòng VH-XH xã (b/c);\n- Các trường trong cụm;\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nLê Thị Hạnh",
    )
    doc.save(path)


def h589_docx(h, path: Path) -> None:
    """Border guard command: the command's weekly calendar issued by the staff office, day cells merged."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "BỘ CHỈ HUY BĐBP TỈNH HÀ LĨNH\nPHÒNG THAM MƯU\n───────",
        NATIONAL,
        right2="Hà Lĩnh, ngày 08 tháng 01 năm 2027",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN CỦA BAN CHỈ HUY BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH", bold=True, center=True)
    para(doc, "(Tuần 02/2027, từ ngày 11/01/2027 đến ngày 17/01/2027)", italic=True, center=True)
    header = ["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Cơ quan chuẩn bị", "Địa điểm"]
    days = [
        (
            "Thứ Hai\n11/01",
            [
                [
                    "07h30",
                    "Chào cờ, giao ban Ban Chỉ huy tuần",
                    "Đại tá Trần Minh Khải, Chỉ huy trưởng",
                    "Phòng Tham mưu",
                    "Hội trường",
                ],
                [
                    "14h00",
                    "Họp triển khai kế hoạch bảo vệ biên giới, cửa khẩu dịp Tết Nguyên đán Đinh Mùi 2027",
                    "Đại tá Lò Văn Sơn, Phó Chỉ huy trưởng - Tham mưu trưởng",
                    "Ban Tác chiến",
                    "Phòng họp số 1",
                ],
            ],
        ),
        (
            "Thứ Ba\n12/01",
            [
                [
                    "Cả ngày",
                    "Kiểm tra công tác sẵn sàng chiến đấu tại Đồn Biên phòng Nà Sự, Đồn Biên phòng Pò Mã",
                    "Thượng tá Hà Văn Đông, Phó Chỉ huy trưởng",
                    "Ban Tác chiến",
                    "Đồn BP Nà Sự, Pò Mã",
                ],
                [
                    "19h30",
                    "Duyệt kế hoạch diễn tập chiến đấu phòng thủ khu vực biên giới năm 2027 (dự kiến)",
                    "Đại tá Lò Văn Sơn, Phó Chỉ huy trưởng - Tham mưu trưởng",
                    "Ban Tác chiến",
                    "Phòng họp số 1",
                ],
            ],
        ),
        (
            "Thứ Tư\n13/01",
            [
                ["Sáng", "Ban Chỉ huy làm việc tại cơ quan", "", "", ""],
                [
                    "14h00",
                    "Hội nghị sơ kết công tác phòng, chống ma túy và tội phạm năm 2026",
                    "Thượng tá Hà Văn Đông, Phó Chỉ huy trưởng",
                    "Phòng Phòng chống ma túy và tội phạm",
                    "Hội trường",
                ],
            ],
        ),
        (
            "Thứ Năm\n14/01",
            [
                [
                    "08h00",
                    "Tiếp và làm việc với Đoàn kiểm tra của Bộ Tư lệnh BĐBP về công tác huấn luyện",
                    "Đại tá Trần Minh Khải, Chỉ huy trưởng",
                    "Phòng Tham mưu (Ban Huấn luyện)",
                    "Phòng họp số 1",
                ],
                [
                    "14h00",
                    "Dự Hội nghị Ban Chỉ đạo phòng, chống tội phạm tỉnh tổng kết năm 2026",
                    "Đại tá Trần Minh Khải, Chỉ huy trưởng",
                    "Phòng Chính trị",
                    "UBND tỉnh",
                ],
            ],
        ),
        (
            "Thứ Sáu\n15/01",
            [
                [
                    "08h00",
                    "Họp Đảng ủy Bộ Chỉ huy phiên thường kỳ tháng 01/2027",
                    "Đại tá Nông Văn Quý, Bí thư Đảng ủy - Chính ủy",
                    "Phòng Chính trị",
                    "Phòng họp Đảng ủy",
                ],
                [
                    "14h00",
                    "Làm việc với Công an tỉnh về phối hợp bảo đảm an ninh, trật tự khu vực "
                    "biên giới dịp Tết",
                    "Đại tá Trần Minh Khải, Chỉ huy trưởng",
                    "Phòng Trinh sát",
                    "Công an tỉnh",
                ],
            ],
        ),
        (
            "Thứ Bảy\n16/01",
            [
                [
                    "08h00",
                    "Kiểm tra công tác hậu cần, kỹ thuật tại Đồn Biên phòng cửa khẩu quốc tế Bắc Lĩnh",
                    "Thượng tá Mạc Đình Phương, Phó Chỉ huy trưởng",
                    "Phòng Hậu cần - Kỹ thuật",
                    "Đồn BPCKQT Bắc Lĩnh",
                ],
            ],
        ),
        ("Chủ nhật\n17/01", [["Cả ngày", "Trực chỉ huy: Đại tá Lò Văn Sơn", "", "", ""]]),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, header, strict=True):
        cell_text(c, v, bold=True, center=True)
    for day, rows in days:
        first = None
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells[1:], row, strict=True):
                cell_text(c, v)
            first = cells[0] if first is None else first.merge(cells[0])
        cell_text(first, day, bold=True, center=True)
    para(
        doc,
        "Ghi chú: Lịch công tác có thể thay đổi; Phòng Tham mưu sẽ thông báo bổ sung. Trực ban tác chiến "
        "24/24 giờ theo quy định.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Chỉ huy;\n- Các phòng, ban;\n- Lưu: VT, TM.",
        "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\n\n\nTrung tá Hoàng Quốc Việt",
    )
    doc.save(path)


def h590_xlsx(h, path: Path) -> None:
    """Provincial museum: an indicator sheet under a two-row header, some rows with no time."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    ws["A1"] = "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH HÀ LĨNH"
    ws["A2"] = "BẢO TÀNG TỈNH"
    ws["A4"] = "BIỂU CHỈ TIÊU KẾ HOẠCH HOẠT ĐỘNG CHUYÊN MÔN NĂM 2027"
    ws["A5"] = "(Kèm theo Kế hoạch số 96/KH-BT ngày 20/11/2026 của Bảo tàng tỉnh)"
    for r in (4, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).font = Font(bold=r == 4, italic=r == 5)
    top = [
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "Năm 2026",
        "Năm 2027",
        "Phòng chủ trì",
        "Thời gian hoàn thành",
        "Ghi chú",
    ]
    for col, text in zip("ABCDEFGH", top, strict=True):
        ws[f"{col}7"] = text
    ws["D8"], ws["E8"] = "Ước thực hiện", "Kế hoạch"
    for col in "ABCFGH":
        ws.merge_cells(f"{col}7:{col}8")
    bold_header(ws, 7)
    bold_header(ws, 8)
    rows = [
        ["A", "SƯU TẦM, KIỂM KÊ, BẢO QUẢN"],
        [
            1,
            "Sưu tầm hiện vật, tài liệu về văn hóa dân tộc Tày, Nùng",
            "hiện vật",
            150,
            180,
            "Phòng Sưu tầm - Kiểm kê",
            "Quý III",
            None,
        ],
        [
            2,
            "Kiểm kê, số hóa hồ sơ hiện vật",
            "hồ sơ",
            1200,
            1500,
            "Phòng Sưu tầm - Kiểm kê",
            "30/11/2027",
            None,
        ],
        [
            3,
            "Bảo quản, tu sửa hiện vật chất liệu kim loại, giấy",
            "hiện vật",
            85,
            100,
            "Phòng Bảo quản",
            "Thường xuyên",
            None,
        ],
        ["B", "TRƯNG BÀY, TRIỂN LÃM, GIÁO DỤC"],
        [
            4,
            "Trưng bày chuyên đề tại Bảo tàng",
            "cuộc",
            3,
            4,
            "Phòng Trưng bày - Tuyên truyền",
            "Tháng 12",
            "01 chuyên đề về Tết",
        ],
        [
            5,
            "Triển lãm lưu động tại các xã vùng sâu, vùng xa",
            "cuộc",
            5,
            6,
            "Phòng Trưng bày - Tuyên truyền",
            "Quý II, Quý IV",
            None,
        ],
        [
            6,
            "Đón tiếp, phục vụ khách tham quan",
            "lượt khách",
            48000,
            55000,
            "Phòng Trưng bày - Tuyên truyền",
            None,
            "Tăng 14,6%",
        ],
        [
            7,
            "Tổ chức chương trình giáo dục trải nghiệm cho học sinh",
            "chương trình",
            8,
            10,
            "Phòng Giáo dục - Truyền thông",
            None,
            None,
        ],
        [
            8,
            "Cập nhật tin, bài trên trang thông tin điện tử và bảo tàng số 3D",
            "tin, bài",
            95,
            120,
            "Phòng Giáo dục - Truyền thông",
            "Hằng tháng",
            None,
        ],
        ["C", "NGHIÊN CỨU KHOA HỌC, DI TÍCH"],
        [
            9,
            "Xuất bản ấn phẩm nghiên cứu (kỷ yếu, sách ảnh)",
            "ấn phẩm",
            1,
            2,
            "Phòng Nghiên cứu khoa học",
            "30/10/2027",
            None,
        ],
        [
            10,
            "Lập hồ sơ đề nghị xếp hạng di tích cấp tỉnh",
            "hồ sơ",
            2,
            3,
            "Phòng Nghiên cứu khoa học",
            "30/9/2027",
            "Phối hợp UBND các xã",
        ],
        ["D", "TÀI CHÍNH"],
        [
            11,
            "Số thu phí tham quan, dịch vụ",
            "triệu đồng",
            320,
            380,
            "Phòng Hành chính - Tổng hợp",
            None,
            None,
        ],
    ]
    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=8)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
        for col in (4, 5):
            ws.cell(at, col).number_format = "#,##0"
    wrap(ws, 9)
    ws.append([])
    ws.append(
        [
            "",
            "Các phòng báo cáo kết quả thực hiện chỉ tiêu về Phòng Hành chính - Tổng hợp trước ngày 20 "
            "của tháng cuối quý để tổng hợp, báo cáo Sở.",
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
    ws.append([])
    ws.append(["", "", "", "", "", "GIÁM ĐỐC"])
    ws.append([])
    ws.append([])
    ws.append(["", "", "", "", "", "Hà Thị Thu Hương"])
    column_widths(ws, [5, 44, 11, 11, 11, 26, 14, 18])
    wb.save(path)


def h591_docx(h, path: Path) -> None:
    """Port authority: a plan whose tasks are titled points with labelled fields beneath."""
    doc = document()
    head_block(
        doc,
        "CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM\nCẢNG VỤ HÀNG HẢI HÀ LĨNH\n───────\nSố: 1532/KH-CVHHHL",
        NATIONAL,
        right2="Hà Lĩnh, ngày 16 tháng 12 năm 2026",
    )

    def task(n, title, content, lead, partner, when):
        return [
            f"**{n}. {title}",
            f"- Nội dung: {content}",
            f"- Đơn vị chủ trì: {lead}",
            f"- Đơn vị phối hợp: {partner}",
            f"- Thời gian thực hiện: {when}",
        ]

    lines = [
        "##KẾ HOẠCH",
        "##Bảo đảm an toàn, an ninh hàng hải và phòng ngừa ô nhiễm môi trường năm 2027",
        "Căn cứ Bộ luật Hàng hải Việt Nam năm 2015; Căn cứ Kế hoạch công tác năm 2027 của Cục Hàng hải và "
        "Đường thủy Việt Nam, Cảng vụ Hàng hải Hà Lĩnh ban hành Kế hoạch như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Bảo đảm an toàn, an ninh hàng hải, phòng ngừa ô nhiễm môi trường trong vùng nước cảng biển Hà "
        "Lĩnh; không để xảy ra tai nạn hàng hải nghiêm trọng.",
        "**II. NHIỆM VỤ CỤ THỂ",
        *task(
            1,
            "Kiểm tra nhà nước cảng biển đối với tàu biển nước ngoài (PSC)",
            "kiểm tra tàu biển nước ngoài theo Tokyo MOU, ưu tiên tàu có chỉ số rủi ro cao.",
            "Phòng An toàn - An ninh hàng hải.",
            "Đại diện Cảng vụ tại Vũng Mây.",
            "Thường xuyên.",
        ),
        *task(
            2,
            "Diễn tập phối hợp tìm kiếm, cứu nạn và ứng phó sự cố tràn dầu",
            "diễn tập tại vùng nước cảng biển khu vực Vũng Mây với sự tham gia của các doanh nghiệp cảng.",
            "Phòng An toàn - An ninh hàng hải.",
            "Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực; Cảng vụ Đường thủy nội địa.",
            "Quý III/2027.",
        ),
        *task(
            3,
            "Rà soát, đề xuất công bố vùng nước cảng biển, khu neo đậu tránh trú bão",
            "rà soát ranh giới, tọa độ khu neo đậu; lập hồ sơ trình Cục.",
            "Phòng Pháp chế - Thanh tra.",
            "Phòng An toàn - An ninh hàng hải.",
            "Trước ngày 30/4/2027.",
        ),
        *task(
            4,
            "Kiểm tra việc thực hiện Bộ luật ISPS tại các bến cảng",
            "kiểm tra kế hoạch an ninh, diễn tập an ninh tại 07 bến cảng có tiếp nhận tàu nước ngoài.",
            "Phòng An toàn - An ninh hàng hải.",
            "Biên phòng cửa khẩu cảng.",
            "Tháng 5 và tháng 10/2027.",
        ),
        *task(
            5,
            "Tuyên truyền pháp luật hàng hải cho thuyền viên, người lái phương tiện",
            "phát tờ rơi, tổ chức 04 buổi tuyên truyền cho thuyền viên tàu cá, phương tiện thủy nội địa.",
            "Đại diện Cảng vụ tại Vũng Mây.",
            "Đồn Biên phòng cửa khẩu cảng Vũng Mây.",
            "Quý II/2027.",
        ),
        *task(
            6,
            "Thực hiện thủ tục điện tử qua Cơ chế một cửa quốc gia",
            "100% tàu thuyền vào, rời cảng làm thủ tục điện tử; rà soát, chuẩn hóa dữ liệu tàu thuyền.",
            "Phòng Thủ tục tàu thuyền.",
            "Phòng Tổ chức - Hành chính.",
            "Hoàn thành chuẩn hóa dữ liệu trong tháng 6/2027.",
        ),
        *task(
            7,
            "Thanh tra, kiểm tra việc thu gom, xử lý chất thải từ tàu thuyền",
            "kiểm tra các doanh nghiệp cảng, đơn vị cung ứng dịch vụ thu gom chất thải.",
            "Phòng Pháp chế - Thanh tra.",
            "Phòng An toàn - An ninh hàng hải.",
            "Định kỳ 6 tháng.",
        ),
        *task(
            8,
            "Sơ kết, tổng kết công tác bảo đảm an toàn, an ninh hàng hải",
            "xây dựng báo cáo sơ kết 6 tháng, tổng kết năm; đề xuất khen thưởng.",
            "Phòng Tổ chức - Hành chính.",
            "Các phòng, Đại diện.",
            "Ngày 15/6/2027 và ngày 15/12/2027.",
        ),
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng An toàn - An ninh hàng hải là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch; "
        "tổng hợp, báo cáo Giám đốc.",
        "2. Phòng Tài chính - Kế toán bố trí kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên năm 2027.",
        "3. Trưởng các phòng, Trưởng Đại diện chủ động triển khai nhiệm vụ được giao.",
        "4. Các phòng, Đại diện báo cáo kết quả thực hiện về Phòng An toàn - An ninh hàng hải trước ngày 15 "
        "của tháng cuối quý.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Cục HH&ĐTVN (b/c);\n- UBND tỉnh (b/c);\n- Lãnh đạo Cảng vụ;\n- Các phòng, Đại diện;\n"
        "- Lưu: VT, ATANHH.",
        "GIÁM ĐỐC\n\n\n\nTạ Quang Hải",
    )
    doc.save(path)


def h592_docx(h, path: Path) -> None:
    """Lottery company: a yearly programme grouped under quarter rows, no time column, a leader column."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH HÀ LĨNH\nCÔNG TY TNHH MỘT THÀNH VIÊN\nXỔ SỐ KIẾN THIẾT HÀ LĨNH\n───────\nSố: 301/CTr-XSKT",
        NATIONAL,
        right2="Hà Lĩnh, ngày 30 tháng 11 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Kế hoạch sản xuất kinh doanh năm 2027 đã được Ủy ban nhân dân tỉnh chấp thuận, Công ty "
        "TNHH MTV Xổ số kiến thiết Hà Lĩnh ban hành Chương trình công tác năm 2027 như sau:",
    )
    pgd1, pgd2, gd = "PGĐ Trần Văn Phúc", "PGĐ Lâm Thị Kiều", "Giám đốc"
    grid(
        doc,
        ["STT", "Nội dung công việc", "Phòng thực hiện", "Lãnh đạo phụ trách", "Ghi chú"],
        [
            ("§", "I", "QUÝ I"),
            [
                "1",
                "Xây dựng kế hoạch phát hành vé xổ số kiến thiết truyền thống năm 2027, trình UBND tỉnh",
                "Phòng Kế hoạch - Kinh doanh",
                pgd1,
                "Trước 20/01/2027",
            ],
            [
                "2",
                "Ký kết hợp đồng đại lý xổ số năm 2027 với các đại lý cấp 1",
                "Phòng Kế hoạch - Kinh doanh",
                pgd1,
                "",
            ],
            ["3", "Lập báo cáo tài chính, quyết toán thuế năm 2026", "Phòng Tài chính - Kế toán", gd, ""],
            ("§", "II", "QUÝ II"),
            [
                "4",
                "Kiểm tra hoạt động của đại lý, điểm bán vé số tại khu vực phía Nam tỉnh",
                "Phòng Trả thưởng - Kiểm soát vé",
                pgd2,
                "",
            ],
            [
                "5",
                "Tập huấn nghiệp vụ nhận biết vé giả, vé sửa số cho đại lý",
                "Phòng Trả thưởng - Kiểm soát vé",
                pgd2,
                "",
            ],
            [
                "6",
                "Trình phê duyệt quỹ tiền lương thực hiện năm 2026, kế hoạch quỹ tiền lương năm 2027",
                "Phòng Tổ chức - Hành chính",
                gd,
                "",
            ],
            ("§", "III", "QUÝ III"),
            [
                "7",
                "Đánh giá hiệu quả mở rộng địa bàn phát hành vé sang các tỉnh lân cận",
                "Phòng Kế hoạch - Kinh doanh",
                pgd1,
                "",
            ],
            [
                "8",
                "Thay thế hệ thống camera giám sát khu vực quay số mở thưởng",
                "Phòng Tổ chức - Hành chính; Phòng Trả thưởng - Kiểm soát vé",
                pgd2,
                "",
            ],
            ("§", "IV", "QUÝ IV"),
            [
                "9",
                "Xây dựng kế hoạch sản xuất kinh doanh năm 2028",
                "Phòng Kế hoạch - Kinh doanh",
                pgd1,
                "",
            ],
            [
                "10",
                "Kiểm kê tài sản, vé tồn kho; tiêu hủy vé không tiêu thụ hết",
                "Phòng Tài chính - Kế toán",
                gd,
                "",
            ],
            ("§", "V", "CÔNG VIỆC THƯỜNG XUYÊN"),
            [
                "11",
                "Tổ chức quay số mở thưởng vào 16 giờ 15 phút thứ Năm hằng tuần",
                "Phòng Trả thưởng - Kiểm soát vé",
                pgd2,
                "Có Hội đồng giám sát",
            ],
            [
                "12",
                "Nộp ngân sách nhà nước số thu từ hoạt động xổ số kiến thiết",
                "Phòng Tài chính - Kế toán",
                gd,
                "Hằng tháng",
            ],
            [
                "13",
                "Cập nhật kết quả xổ số, thông tin trả thưởng trên trang thông tin điện tử của Công ty",
                "Phòng Tổ chức - Hành chính",
                pgd2,
                "",
            ],
        ],
        widths=[1.0, 7.5, 4.0, 3.0, 2.5],
    )
    para(
        doc,
        "Các phòng báo cáo tình hình thực hiện Chương trình về Phòng Tổ chức - Hành chính vào ngày 25 hằng "
        "tháng để tổng hợp, báo cáo Giám đốc tại cuộc họp giao ban.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Tài chính (b/c);\n- Ban Giám đốc;\n- Các phòng;\n"
        "- Kiểm soát viên;\n- Lưu: VT, TCHC.",
        "GIÁM ĐỐC\n\n\n\nĐoàn Minh Khoa",
    )
    doc.save(path)


def batch_h583() -> None:
    """Writes h583–h592 (the .doc, .pdf and .odt through LibreOffice)."""
    write_batch(
        [
            (h583_docx, "h583_ct_chi_cuc_tdc_cot_san_pham.docx"),
            (h586_xlsx, "h586_kh_dao_tao_dai_hoc_tu_ngay_den_ngay.xlsx"),
            (h587_docx, "h587_cv_mttq_tinh_tet_vi_nguoi_ngheo.docx"),
            (h589_docx, "h589_lich_tuan_bdbp_tinh_ngay_gop.docx"),
            (h590_xlsx, "h590_chi_tieu_bao_tang_tinh_hai_hang_tieu_de.xlsx"),
            (h591_docx, "h591_kh_cang_vu_hang_hai_truong_nhan.docx"),
            (h592_docx, "h592_ct_xo_so_kien_thiet_nhom_quy.docx"),
        ],
        [
            (h584_docx, "h584_kh_cong_an_xa_cao_diem_tet.docx", "doc"),
            (h585_docx, "h585_tbkl_bv_ydct_giao_ban.docx", "pdf"),
            (h588_docx, "h588_kh_cum_mam_non_thang_gop.docx", "odt"),
        ],
        _out,
    )
