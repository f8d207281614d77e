"""Held-out batch h683–h692, written by h13author65 blind to the importer: ten documents of a
provincial Department of Science and Technology's standards, metrology and quality sub-department, a
provincial city's People's Committee, a provincial hospital for tuberculosis and lung disease, a
district Youth Union, a provincial road maintenance management board, a primary school, a district
Women's Union, the administrative-procedure control division of a provincial People's Committee
office, a provincial meteorological and hydrological station and an urban environment company.
Every name, person, place, number and date in them is invented."""

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
    "h684_lich_tuan_ubnd_thanh_pho",  # h13fixWF
    "h685_tbkl_bv_lao_giao_ban",  # h13fixWF
    "h683_cv_chi_cuc_tdc_do_luong",  # h13fixWC
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h683_docx(h, path: Path) -> None:
    """Standards sub-department: a dispatch, points to district divisions, a centre and its own divisions."""
    doc = document()
    head_block(
        doc,
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THANH LÂM\nCHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\n───────\n"
        "Số: 412/TĐC-QLĐL\nV/v triển khai công tác quản lý đo lường, chất lượng năm 2027",
        right2="Thanh Lâm, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Phòng Kinh tế, Hạ tầng và Đô thị các huyện, thị xã;",
        "- Phòng Quản lý đô thị thành phố Lâm Giang;",
        "- Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng;",
        "- Chi cục Quản lý thị trường tỉnh Thanh Lâm.",
        "Thực hiện Kế hoạch số 188/KH-SKHCN ngày 20/11/2026 của Sở Khoa học và Công nghệ về công tác quản lý "
        "nhà nước về tiêu chuẩn, đo lường, chất lượng năm 2027, Chi cục Tiêu chuẩn Đo lường Chất lượng "
        "(sau đây "
        "gọi là Chi cục) đề nghị các cơ quan, đơn vị triển khai các nội dung sau:",
        "**1. Phòng Kinh tế, Hạ tầng và Đô thị các huyện, thị xã; Phòng Quản lý đô thị thành phố Lâm Giang",
        "a) Rà soát, lập danh sách cơ sở kinh doanh xăng dầu, vàng trang sức, mỹ nghệ trên địa bàn (theo mẫu "
        "kèm theo), gửi về Chi cục trước ngày 15/01/2027.",
        "b) Phối hợp với Chi cục kiểm tra đo lường đối với cân sử dụng tại các chợ, tổ chức 02 đợt vào tháng "
        "3 và tháng 9 năm 2027.",
        "c) Tuyên truyền, hướng dẫn tiểu thương sử dụng cân đối chứng tại chợ; thực hiện thường xuyên.",
        "**2. Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng (Trung tâm Kỹ thuật TĐC)",
        "a) Bảo đảm năng lực kiểm định phương tiện đo nhóm 2 (cột đo xăng dầu, cân ô tô, đồng hồ đo nước "
        "lạnh) phục vụ công tác kiểm tra; công bố danh mục phương tiện đo được kiểm định trước ngày "
        "31/01/2027.",
        "b) Kiểm định ban đầu, kiểm định định kỳ đồng hồ đo nước lạnh cho Công ty cổ phần Cấp nước Thanh Lâm "
        "theo hợp đồng đã ký, hoàn thành trong Quý II/2027.",
        "3. Phòng Quản lý Đo lường chủ trì kiểm tra nhà nước về đo lường đối với 40 cửa hàng xăng dầu trên "
        "địa bàn tỉnh trong Quý II và Quý III/2027; báo cáo Chi cục trưởng kết quả sau mỗi đợt kiểm tra.",
        "**4. Phòng Quản lý Tiêu chuẩn Chất lượng",
        "a) Kiểm tra chất lượng mũ bảo hiểm cho người đi mô tô, xe máy và đồ chơi trẻ em lưu thông trên thị "
        "trường dịp Tết Nguyên đán Đinh Mùi, từ ngày 04/01 đến ngày 05/02/2027.",
        "b) Hướng dẫn doanh nghiệp công bố hợp chuẩn, công bố hợp quy sản phẩm, hàng hóa; thường xuyên.",
        "c) Tổ chức 02 lớp tập huấn áp dụng TCVN ISO 9001:2015 cho cơ quan hành chính cấp xã trong tháng "
        "5/2027.",
        "**5. Đề nghị Chi cục Quản lý thị trường tỉnh",
        "Cử công chức tham gia đoàn kiểm tra liên ngành về đo lường, chất lượng khi có đề nghị của Chi cục; "
        "phối hợp xử lý vi phạm theo thẩm quyền.",
        "Các cơ quan, đơn vị gửi báo cáo kết quả thực hiện 6 tháng (trước ngày 15/6/2027) và năm (trước ngày "
        "15/11/2027) về Chi cục (qua Phòng Quản lý Đo lường) để tổng hợp, báo cáo Sở Khoa học và Công nghệ.",
        "Quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ Phòng Quản lý Đo lường (điện thoại "
        "0236.3821.574) để phối hợp giải quyết./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Sở KH&CN (b/c);\n- Lãnh đạo Chi cục;\n- Lưu: VT, QLĐL.",
        "CHI CỤC TRƯỞNG\n\n\n\nPhan Đình Khiêm",
    )
    doc.save(path)


def h684_docx(h, path: Path) -> None:
    """City People's Committee: a weekly calendar of its leaders, the day merged down the first column."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ LÂM GIANG\n───────",
        right2="Lâm Giang, ngày 04 tháng 12 năm 2026",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO ỦY BAN NHÂN DÂN THÀNH PHỐ", bold=True, center=True)
    para(doc, "(Tuần 50: từ ngày 07/12/2026 đến ngày 13/12/2026)", italic=True, center=True)
    header = ["Thứ, ngày", "Thời gian", "Nội dung", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"]
    days = [
        (
            "Thứ Hai\n07/12",
            [
                [
                    "07h30",
                    "Chào cờ đầu tuần; giao ban lãnh đạo UBND thành phố",
                    "Chủ tịch Lê Văn Khải",
                    "Văn phòng HĐND và UBND thành phố",
                    "Hội trường UBND thành phố",
                ],
                [
                    "14h00",
                    "Họp nghe báo cáo tiến độ giải phóng mặt bằng dự án Khu đô thị mới Bắc Lâm Giang",
                    "PCT Đỗ Minh Tuấn",
                    "Ban Quản lý dự án đầu tư xây dựng thành phố",
                    "Phòng họp số 2",
                ],
            ],
        ),
        (
            "Thứ Ba\n08/12",
            [
                ["Cả ngày", "Chủ tịch làm việc tại cơ quan", "", "", ""],
                [
                    "08h00",
                    "Kiểm tra công tác chuẩn bị hàng hóa phục vụ Tết tại chợ Lâm Giang, chợ Phú Xuân",
                    "PCT Nguyễn Thị Hoa",
                    "Phòng Kinh tế",
                    "Chợ Lâm Giang, chợ Phú Xuân",
                ],
                [
                    "14h00",
                    "Tiếp công dân định kỳ",
                    "Chủ tịch Lê Văn Khải",
                    "Ban Tiếp công dân thành phố",
                    "Trụ sở Tiếp công dân thành phố",
                ],
            ],
        ),
        (
            "Thứ Tư\n09/12",
            [
                [
                    "08h00",
                    "Kỳ họp thứ mười hai HĐND thành phố khóa XII (dự kiến)",
                    "Thường trực HĐND thành phố",
                    "Văn phòng HĐND và UBND thành phố",
                    "Hội trường UBND thành phố",
                ],
            ],
        ),
        (
            "Thứ Năm\n10/12",
            [
                [
                    "08h00",
                    "Hội nghị tổng kết công tác chuyển đổi số năm 2026, triển khai nhiệm vụ năm 2027",
                    "PCT Đỗ Minh Tuấn",
                    "Phòng Văn hóa, Khoa học và Thông tin",
                    "Hội trường UBND thành phố",
                ],
                [
                    "15h00",
                    "Họp Ban Chỉ đạo phòng, chống dịch bệnh gia súc, gia cầm thành phố",
                    "PCT Nguyễn Thị Hoa",
                    "Phòng Kinh tế",
                    "Phòng họp số 2",
                ],
            ],
        ),
        (
            "Thứ Sáu\n11/12",
            [
                [
                    "08h00",
                    "Làm việc với UBND phường Đông Thành về tiến độ thu ngân sách và đầu tư công năm 2026",
                    "Chủ tịch Lê Văn Khải",
                    "Phòng Tài chính - Kế hoạch; UBND phường Đông Thành",
                    "UBND phường Đông Thành",
                ],
                [
                    "14h00",
                    "Họp Hội đồng phối hợp phổ biến, giáo dục pháp luật thành phố",
                    "PCT Đỗ Minh Tuấn",
                    "Phòng Tư pháp",
                    "Phòng họp số 1",
                ],
            ],
        ),
        (
            "Thứ Bảy\n12/12",
            [
                [
                    "07h00",
                    "Kiểm tra công tác vệ sinh môi trường, thu gom rác thải trên các tuyến phố chính",
                    "PCT Nguyễn Thị Hoa",
                    "Phòng Quản lý đô thị",
                    "Các phường nội thành",
                ],
                ["", "Trực lãnh đạo: PCT Đỗ Minh Tuấn", "", "", ""],
            ],
        ),
        ("Chủ nhật\n13/12", [["", "Trực lãnh đạo: PCT Nguyễn Thị Hoa", "", "", ""]]),
    ]
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, header, strict=True):
        c.text = v
    for day, entries in days:
        first = len(t.rows)
        for entry in entries:
            cells = t.add_row().cells
            for c, v in zip(cells[1:], entry, strict=True):
                c.text = v
        top = t.cell(first, 0)
        merged = top.merge(t.cell(len(t.rows) - 1, 0)) if len(entries) > 1 else top
        merged.text = day
    para(
        doc,
        "Ghi chú: Lịch công tác có thể thay đổi, Văn phòng sẽ thông báo sau. Các phòng, đơn vị đăng ký lịch "
        "công tác tuần sau về Văn phòng HĐND và UBND thành phố trước 15h00 thứ Năm hằng tuần.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TT Thành ủy, TT HĐND thành phố;\n- Chủ tịch, các PCT UBND thành phố;\n"
        "- Các phòng, ban, đơn vị;\n- UBND các phường, xã;\n- Lưu: VT.",
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\n\nHồ Sĩ Thắng",
    )
    doc.save(path)


def h685_docx(h, path: Path) -> None:
    """Tuberculosis and lung hospital: a notice of the director's conclusions at the monthly briefing."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH THANH LÂM\nBỆNH VIỆN LAO VÀ BỆNH PHỔI\n───────\nSố: 96/TB-BVLBP",
        right2="Thanh Lâm, ngày 03 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Giám đốc Bệnh viện tại buổi giao ban tháng 11 năm 2026",
        "Ngày 02/12/2026, Bệnh viện Lao và Bệnh phổi tổ chức giao ban chuyên môn, hành chính tháng 11/2026. "
        "Chủ trì: BSCKII. Nguyễn Hữu Phước - Giám đốc Bệnh viện; tham dự có các Phó Giám đốc, trưởng các "
        "khoa, "
        "phòng. Sau khi nghe Phòng Kế hoạch tổng hợp báo cáo và ý kiến các đại biểu, Giám đốc kết luận như "
        "sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Trong tháng 11/2026, Bệnh viện khám cho 2.318 lượt người bệnh, điều trị nội trú 412 lượt; công "
        "suất sử "
        "dụng giường bệnh đạt 96%. Tỷ lệ điều trị thành công lao mới đạt 91,2%. Tuy nhiên, việc hoàn thiện "
        "hồ sơ "
        "bệnh án ở một số khoa còn chậm; hệ thống oxy trung tâm khu nhà B thường xuyên sự cố.",
        "**II. NHIỆM VỤ TRỌNG TÂM THÁNG 12/2026 VÀ QUÝ I/2027",
        "1. Phòng Kế hoạch tổng hợp:",
        "a) Hoàn thiện, trình Giám đốc Kế hoạch hoạt động năm 2027 của Bệnh viện trước ngày 20/12/2026.",
        "b) Chủ trì kiểm tra hồ sơ bệnh án tại các khoa lâm sàng hằng tháng; công khai kết quả tại giao ban.",
        "2. Khoa Lao hô hấp phối hợp với Khoa Xét nghiệm triển khai xét nghiệm Xpert MTB/RIF Ultra cho 100% "
        "người bệnh nghi lao kháng thuốc, thực hiện ngay trong tháng 12/2026.",
        "3. Khoa Chỉ đạo tuyến:",
        "a) Giám sát hỗ trợ hoạt động chống lao tại 10 huyện, thị xã, thành phố; hoàn thành trong Quý "
        "I/2027.",
        "b) Phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh tổ chức khám sàng lọc lao chủ động tại huyện "
        "Đồng Xuyên trong tháng 3/2027.",
        "4. Phòng Tài chính kế toán rà soát, đối chiếu công nợ khám bệnh, chữa bệnh bảo hiểm y tế với Bảo "
        "hiểm "
        "xã hội tỉnh, hoàn thành trước ngày 25/12/2026.",
        "5. Phó Giám đốc phụ trách chuyên môn (BSCKII. Trần Quốc Việt) chỉ đạo cập nhật phác đồ điều trị lao "
        "kháng thuốc theo hướng dẫn mới của Bộ Y tế, ban hành trong tháng 01/2027.",
        "6. Phòng Điều dưỡng tổ chức kiểm tra công tác kiểm soát nhiễm khuẩn tại các khoa định kỳ hằng quý.",
        "7. Phòng Hành chính quản trị (Phòng HCQT) hoàn thành sửa chữa hệ thống oxy trung tâm khu nhà B "
        "trước "
        "ngày 31/01/2027.",
        "8. Đề nghị Công đoàn Bệnh viện tổ chức thăm hỏi, tặng quà người bệnh có hoàn cảnh khó khăn đang "
        "điều "
        "trị nội trú dịp Tết Nguyên đán Đinh Mùi.",
        "Các khoa, phòng báo cáo kết quả thực hiện các nội dung trên về Phòng Kế hoạch tổng hợp trước ngày "
        "28 "
        "hằng tháng để tổng hợp, báo cáo Giám đốc.",
        "Trên đây là kết luận của Giám đốc Bệnh viện tại buổi giao ban tháng 11/2026, đề nghị các khoa, "
        "phòng "
        "nghiêm túc thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Công đoàn BV;\n- Lưu: VT, KHTH.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP\n\n\n\nBSCKI. Mai Thanh Bình",
    )
    doc.save(path)


def h686_docx(h, path: Path) -> None:
    """District Youth Union: a yearly programme table under roman group rows, bureaus abbreviated."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "BCH ĐOÀN TỈNH THANH LÂM\nBCH ĐOÀN HUYỆN ĐỒNG XUYÊN\n***\nSố: 58-CTr/HĐTN",
        "ĐOÀN TNCS HỒ CHÍ MINH",
        right2="Đồng Xuyên, ngày 05 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH", bold=True, center=True)
    para(doc, "công tác Đoàn và phong trào thanh thiếu nhi năm 2027", bold=True, center=True)
    para(doc, "-----", center=True)
    para(
        doc,
        "Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2027 của Tỉnh đoàn Thanh Lâm; "
        "căn cứ tình hình thực tiễn, Ban Thường vụ Huyện đoàn Đồng Xuyên xây dựng Chương trình công tác năm "
        "2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung công việc", "Thời gian", "Bộ phận chủ trì", "Phối hợp"],
        [
            ("§", "I", "CÔNG TÁC GIÁO DỤC"),
            [
                "1",
                "Tổ chức các hoạt động chào mừng 97 năm Ngày thành lập Đảng Cộng sản Việt Nam, mừng Xuân "
                "Đinh "
                "Mùi 2027",
                "Tháng 01 - 02",
                "Ban Tuyên giáo Huyện đoàn (Ban TG)",
                "Các cơ sở Đoàn",
            ],
            [
                "2",
                "Tuyên truyền kỷ niệm 96 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2027)",
                "Tháng 3",
                "Ban TG",
                "Trung tâm Văn hóa, Thể thao và Truyền thông huyện",
            ],
            [
                "3",
                "Tổ chức học tập chuyên đề năm 2027 cho cán bộ, đoàn viên",
                "Quý II",
                "Ban TG",
                "",
            ],
            ("§", "II", "PHONG TRÀO THANH NIÊN"),
            [
                "4",
                "Lễ ra quân Tháng Thanh niên năm 2027",
                "01/3/2027",
                "Ban Phong trào Huyện đoàn (Ban PT)",
                "Các cơ sở Đoàn",
            ],
            [
                "5",
                "Triển khai Chiến dịch Thanh niên tình nguyện hè năm 2027",
                "Tháng 6 - 8",
                "Ban PT",
                "Đoàn các xã, thị trấn",
            ],
            [
                "6",
                "Hỗ trợ thanh niên khởi nghiệp, lập nghiệp; giới thiệu thanh niên vay vốn qua tổ tiết kiệm "
                "và "
                "vay vốn do Đoàn quản lý",
                "Thường xuyên",
                "Ban PT",
                "Ngân hàng Chính sách xã hội huyện",
            ],
            ("§", "III", "CÔNG TÁC ĐỘI VÀ PHONG TRÀO THIẾU NHI"),
            [
                "7",
                "Tổ chức Liên hoan Chỉ huy Đội giỏi cấp huyện",
                "Tháng 4",
                "Hội đồng Đội huyện",
                "Phòng Giáo dục và Đào tạo",
            ],
            [
                "8",
                "Phối hợp tổ chức các hoạt động hè cho thiếu nhi tại địa bàn dân cư",
                "Tháng 6 - 8",
                "Hội đồng Đội huyện",
                "Phòng Giáo dục và Đào tạo",
            ],
            ("§", "IV", "XÂY DỰNG TỔ CHỨC ĐOÀN"),
            [
                "9",
                "Kết nạp đoàn viên mới đợt 26/3 và đợt 19/5",
                "Tháng 3, tháng 5",
                "Ban Tổ chức - Kiểm tra Huyện đoàn (Ban TC-KT)",
                "Các cơ sở Đoàn",
            ],
            [
                "10",
                "Kiểm tra, giám sát chuyên đề việc thực hiện Điều lệ Đoàn tại 05 cơ sở Đoàn",
                "Quý III",
                "Ban TC-KT",
                "Ủy ban Kiểm tra Huyện đoàn",
            ],
            [
                "11",
                "Tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2027",
                "Trước 15/12/2027",
                "Văn phòng Huyện đoàn",
                "Các ban Huyện đoàn",
            ],
        ],
    )
    lines = [
        "Ngoài các nội dung trên, Ban Thường vụ Huyện đoàn thực hiện các nhiệm vụ đột xuất do Tỉnh đoàn, "
        "Huyện ủy giao.",
        "Các cơ sở Đoàn báo cáo kết quả công tác tháng về Văn phòng Huyện đoàn trước ngày 20 hằng tháng; báo "
        "cáo quý, 6 tháng, năm thực hiện theo hướng dẫn của Tỉnh đoàn.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- BTV Tỉnh đoàn (b/c);\n- TT Huyện ủy (b/c);\n- Các cơ sở Đoàn;\n- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ\nBÍ THƯ\n\n\n\nVi Thị Hồng Nhung",
    )
    doc.save(path)


def h687_docx(h, path: Path) -> None:
    """Road maintenance board: a prose plan with its task appendix on a landscape page (printed to PDF)."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm

    doc = document()
    head_block(
        doc,
        "SỞ XÂY DỰNG TỈNH THANH LÂM\nBAN QUẢN LÝ BẢO TRÌ ĐƯỜNG BỘ\n───────\nSố: 214/KH-BQLBT",
        right2="Thanh Lâm, ngày 02 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Bảo trì đường tỉnh và phòng, chống thiên tai năm 2027",
        "Căn cứ Thông tư số 41/2024/TT-BGTVT của Bộ trưởng Bộ Giao thông vận tải quy định về bảo trì công "
        "trình đường bộ; căn cứ Quyết định số 2310/QĐ-SXD ngày 25/11/2026 của Sở Xây dựng giao kế hoạch bảo "
        "trì đường tỉnh năm 2027, Ban Quản lý bảo trì đường bộ (sau đây gọi là Ban) ban hành Kế hoạch như "
        "sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Duy trì tình trạng kỹ thuật các tuyến đường tỉnh được giao quản lý (08 tuyến, 286,4 km), bảo đảm "
        "giao thông thông suốt, an toàn.",
        "2. Chủ động phương án phòng, chống thiên tai, khắc phục nhanh hậu quả mưa lũ, sạt lở.",
        "**II. NHIỆM VỤ",
        "Các nhiệm vụ cụ thể, đơn vị thực hiện và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch này.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Kỹ thuật - Thẩm định là đơn vị đầu mối, theo dõi, đôn đốc các phòng, hạt thực hiện Kế "
        "hoạch; tổng hợp kết quả, báo cáo Trưởng ban.",
        "2. Phòng Kế hoạch - Tài chính bố trí kinh phí thực hiện các nhiệm vụ trong phạm vi dự toán được "
        "giao; "
        "hướng dẫn thanh toán, quyết toán theo quy định.",
        "3. Các Hạt Quản lý đường bộ báo cáo tiến độ thực hiện về Ban (qua Phòng Kỹ thuật - Thẩm định) trước "
        "ngày 25 hằng tháng; trường hợp xảy ra sự cố sạt lở, ngập úng phải báo cáo ngay.",
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo Trưởng ban xem xét, điều chỉnh./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Xây dựng (b/c);\n- Ban An toàn giao thông tỉnh;\n- Các phòng, hạt;\n- Lưu: VT, "
        "KTTĐ.",
        "TRƯỞNG BAN\n\n\n\nĐinh Công Lực",
    )
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(
        doc,
        "NHIỆM VỤ BẢO TRÌ ĐƯỜNG TỈNH VÀ PHÒNG, CHỐNG THIÊN TAI NĂM 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "(Kèm theo Kế hoạch số 214/KH-BQLBT ngày 02/12/2026 của Ban Quản lý bảo trì đường bộ)",
        italic=True,
        center=True,
    )
    grid(
        doc,
        ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"],
        [
            [
                "1",
                "Kiểm tra, đánh giá hiện trạng các cầu yếu trên ĐT.712, ĐT.715; đề xuất phương án gia cố",
                "Phòng Kỹ thuật - Thẩm định (Phòng KT-TĐ)",
                "Hạt Quản lý đường bộ số 1, số 2",
                "Tháng 02/2027",
                "",
            ],
            [
                "2",
                "Lập hồ sơ đề xuất kế hoạch bảo trì đường tỉnh năm 2028, trình Sở Xây dựng",
                "Phòng Kế hoạch - Tài chính",
                "Phòng KT-TĐ",
                "Trước 30/6/2027",
                "",
            ],
            [
                "3",
                "Sửa chữa mặt đường ĐT.712 đoạn Km12+300 - Km18+500",
                "Hạt Quản lý đường bộ số 1",
                "Phòng KT-TĐ",
                "Quý II - Quý III/2027",
                "Vốn sửa chữa định kỳ",
            ],
            [
                "4",
                "Chuẩn bị vật tư dự phòng (đá hộc, rọ thép, cọc tiêu, biển báo) cho mùa mưa bão",
                "Hạt Quản lý đường bộ số 1; Hạt Quản lý đường bộ số 2",
                "",
                "Trước 15/5/2027",
                "",
            ],
            [
                "5",
                "Trực phòng, chống thiên tai, bảo đảm giao thông bước 1 khi có sạt lở, ngập úng",
                "Các Hạt Quản lý đường bộ",
                "UBND các xã dọc tuyến",
                "Mùa mưa bão (01/6 - 30/11/2027)",
                "Trực 24/24 giờ",
            ],
            [
                "6",
                "Tuần đường, kiểm tra hành lang an toàn đường bộ trên ĐT.715, ĐT.718",
                "Hạt Quản lý đường bộ số 2",
                "UBND các xã",
                "Hằng ngày",
                "",
            ],
            [
                "7",
                "Phối hợp lập biên bản, xử lý vi phạm lấn chiếm hành lang an toàn đường bộ",
                "Phòng KT-TĐ",
                "Thanh tra Sở Xây dựng; các Hạt",
                "Thường xuyên",
                "",
            ],
            [
                "8",
                "Sơn kẻ vạch, bổ sung biển báo tại 06 điểm đen tai nạn giao thông",
                "Hạt Quản lý đường bộ số 2",
                "Ban An toàn giao thông tỉnh",
                "Tháng 9 - 10/2027",
                "",
            ],
            [
                "9",
                "Tổng kết công tác bảo trì và phòng, chống thiên tai năm 2027",
                "Văn phòng Ban",
                "Các phòng, hạt",
                "Tháng 12/2027",
                "",
            ],
        ],
    )
    doc.save(path)


def h688_docx(h, path: Path) -> None:
    """Primary school: a prose plan for the second term, tasks under post labels with dash points."""
    doc = document()
    head_block(
        doc,
        "UBND THÀNH PHỐ LÂM GIANG\nTRƯỜNG TIỂU HỌC HOÀNG HOA THÁM\n───────\nSố: 47/KH-THHHT",
        right2="Lâm Giang, ngày 03 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tổ chức các hoạt động giáo dục học kỳ II năm học 2026 - 2027",
        "Căn cứ Kế hoạch số 120/KH-THHHT ngày 05/9/2026 của Trường Tiểu học Hoàng Hoa Thám về thực hiện "
        "nhiệm "
        "vụ năm học 2026 - 2027; căn cứ kết quả sơ kết học kỳ I, nhà trường xây dựng Kế hoạch tổ chức các "
        "hoạt "
        "động giáo dục học kỳ II như sau:",
        "**I. MỤC TIÊU",
        "Duy trì sĩ số 100%; phấn đấu 98,5% học sinh hoàn thành chương trình lớp học; 100% học sinh lớp 5 "
        "hoàn thành chương trình tiểu học.",
        "**II. NHIỆM VỤ CỤ THỂ",
        "**1. Hiệu trưởng (thầy Phạm Văn Nam):",
        "- Chỉ đạo tổ chức kiểm tra định kỳ cuối năm học, xét hoàn thành chương trình lớp học; hoàn thành "
        "trước ngày 25/5/2027.",
        "- Tổ chức Hội nghị cha mẹ học sinh giữa học kỳ II vào ngày 13/3/2027.",
        "**2. Phó Hiệu trưởng (cô Lương Thị Mai):",
        "- Xây dựng kế hoạch bồi dưỡng học sinh năng khiếu, phụ đạo học sinh chưa hoàn thành nội dung học "
        "tập; hoàn thành trong tháng 01/2027.",
        "- Dự giờ, kiểm tra chuyên môn giáo viên hằng tháng, bảo đảm mỗi giáo viên ít nhất 02 tiết/học kỳ.",
        '- Tổ chức Hội thi "Giáo viên chủ nhiệm giỏi" cấp trường trong tháng 3/2027.',
        "**3. Tổng phụ trách Đội:",
        '- Tổ chức Ngày hội "Xuân yêu thương" cho học sinh vào ngày 22/01/2027.',
        '- Phát động phong trào "Kế hoạch nhỏ" thu gom giấy vụn, chai nhựa trong tháng 4/2027.',
        "4. Tổ trưởng tổ Khối 5: tổ chức ôn tập, chuẩn bị kiểm tra cuối năm cho học sinh lớp 5 từ ngày "
        "26/4/2027 đến ngày 14/5/2027.",
        "5. Nhân viên y tế: phối hợp với Trạm Y tế phường Đông Thành tổ chức khám sức khỏe định kỳ cho học "
        "sinh trong tháng 02/2027.",
        "6. Kế toán: hoàn thành quyết toán kinh phí năm 2026, nộp Phòng Tài chính - Kế hoạch thành phố trước "
        "ngày 31/01/2027.",
        "7. Giáo viên chủ nhiệm các lớp: thường xuyên liên hệ với cha mẹ học sinh, theo dõi học sinh có nguy "
        "cơ bỏ học, học sinh có hoàn cảnh khó khăn.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Đề nghị Ban đại diện cha mẹ học sinh trường phối hợp vận động cha mẹ học sinh hỗ trợ tổ chức "
        "Ngày "
        'hội "Xuân yêu thương" và hoạt động tham quan trải nghiệm cuối năm học.',
        "2. Các tổ chuyên môn, bộ phận báo cáo kết quả thực hiện về Phó Hiệu trưởng trước ngày 25 hằng tháng "
        "để tổng hợp, báo cáo Hiệu trưởng.",
        "Trên đây là Kế hoạch tổ chức các hoạt động giáo dục học kỳ II năm học 2026 - 2027 của Trường Tiểu "
        "học "
        "Hoàng Hoa Thám./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Phòng GD&ĐT thành phố (b/c);\n- CB, GV, NV (t/h);\n- Ban ĐDCMHS;\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nPhạm Văn Nam",
    )
    doc.save(path)


def h690_xlsx(h, path: Path) -> None:
    """Administrative-procedure control division: a yearly plan sheet, each row given to an official."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "KH 2027"
    title_rows(
        ws,
        [
            "VĂN PHÒNG UBND TỈNH THANH LÂM - PHÒNG KIỂM SOÁT THỦ TỤC HÀNH CHÍNH",
            "KẾ HOẠCH CÔNG TÁC NĂM 2027",
            "(Kèm theo Kế hoạch số 35/KH-VP ngày 01/12/2026 của Văn phòng UBND tỉnh)",
        ],
        6,
        (1, 2),
    )
    ws.append([])
    ws.append(["STT", "Nội dung công việc", "Sản phẩm", "Người thực hiện", "Thời gian hoàn thành", "Ghi chú"])
    bold_header(ws, 5)
    rows = [
        ["I", "KIỂM SOÁT QUY ĐỊNH THỦ TỤC HÀNH CHÍNH"],
        [
            1,
            "Góp ý, thẩm định quy định thủ tục hành chính trong dự thảo văn bản quy phạm pháp luật do các "
            "sở, "
            "ngành soạn thảo",
            "Văn bản góp ý",
            "Phó Trưởng phòng Trịnh Quang Huy",
            "Thường xuyên",
            "",
        ],
        [
            2,
            "Tham mưu Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung",
            "Quyết định công bố",
            "CV. Lê Minh Đức",
            "Trong 05 ngày làm việc kể từ ngày nhận đủ hồ sơ của sở, ngành",
            "",
        ],
        [
            3,
            "Xây dựng Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2027 của tỉnh",
            "Kế hoạch của UBND tỉnh",
            "Trưởng phòng Vũ Thị Hạnh",
            "Tháng 01/2027",
            "",
        ],
        [
            4,
            "Tổng hợp phương án đơn giản hóa thủ tục hành chính của các sở, ngành, trình UBND tỉnh thông qua",
            "Quyết định thông qua phương án",
            "CV. Đặng Thu Trang",
            "Trước 30/9/2027",
            "",
        ],
        ["II", "GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH, CƠ CHẾ MỘT CỬA"],
        [
            5,
            "Theo dõi, đôn đốc xử lý hồ sơ quá hạn trên Hệ thống thông tin giải quyết thủ tục hành chính "
            "tỉnh",
            "Thông báo hồ sơ quá hạn",
            "CV. Lê Minh Đức",
            "Hằng tuần",
            "",
        ],
        [
            6,
            "Kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông tại 04 sở, ngành và 03 UBND cấp "
            "huyện",
            "Báo cáo kết quả kiểm tra",
            "Trưởng phòng Vũ Thị Hạnh; PTP Trịnh Quang Huy",
            "Quý II, Quý III/2027",
            "Theo Quyết định thành lập Đoàn",
        ],
        [
            7,
            "Đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh "
            "nghiệp",
            "Báo cáo đánh giá",
            "CV. Đặng Thu Trang",
            "Tháng 6 và tháng 12/2027",
            "",
        ],
        ["III", "PHẢN ÁNH, KIẾN NGHỊ; TẬP HUẤN; BÁO CÁO"],
        [
            8,
            "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
            "Văn bản xử lý",
            "CV. Đặng Thu Trang",
            "Thường xuyên",
            "",
        ],
        [
            9,
            "Tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho công chức đầu mối các sở, ngành, UBND cấp "
            "xã",
            "02 lớp tập huấn",
            "Trưởng phòng Vũ Thị Hạnh",
            "Tháng 8/2027",
            "",
        ],
        [
            10,
            "Báo cáo tình hình, kết quả kiểm soát thủ tục hành chính gửi Văn phòng Chính phủ",
            "Báo cáo quý, 6 tháng, năm",
            "PTP Trịnh Quang Huy",
            "Hằng quý (trước ngày 20 tháng cuối quý)",
            "",
        ],
        [
            11,
            "Sơ kết, tổng kết công tác của Phòng; xây dựng kế hoạch công tác năm 2028",
            "Báo cáo, kế hoạch",
            "Trưởng phòng Vũ Thị Hạnh",
            "Trước 15/12/2027",
            "",
        ],
    ]
    first = ws.max_row + 1
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)
            ws.cell(ws.max_row, 1).font = ws.cell(ws.max_row, 2).font = Font(bold=True)
    wrap(ws, first)
    ws.append([])
    ws.append(["", "Ghi chú: Lịch chi tiết do công chức được phân công chủ động xây dựng."])
    ws.append(
        [
            "",
            "Các công chức báo cáo kết quả thực hiện nhiệm vụ với Trưởng phòng vào chiều thứ Sáu hằng tuần.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "TRƯỞNG PHÒNG"])
    ws.append([])
    ws.append([])
    ws.append(["", "", "", "", "Vũ Thị Hạnh"])
    column_widths(ws, [6, 52, 24, 26, 22, 18])
    wb.save(path)


def h691_xlsx(h, path: Path) -> None:
    """Meteorological station: an indicator sheet with a two-row merged header and group rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    title_rows(
        ws,
        [
            "ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH THANH LÂM",
            "CHỈ TIÊU KẾ HOẠCH CHUYÊN MÔN, NGHIỆP VỤ NĂM 2027",
            "(Ban hành kèm theo Quyết định số 77/QĐ-ĐKTTV ngày 01/12/2026 của Giám đốc Đài)",
        ],
        7,
        (1, 2),
    )
    ws.append([])
    ws.append(["TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "", "Đơn vị thực hiện", "Thời hạn"])
    ws.append(["", "", "", "Ước TH 2026", "KH 2027", "", ""])
    for col in (1, 2, 3, 6, 7):
        ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
    ws.merge_cells(start_row=5, start_column=4, end_row=5, end_column=5)
    bold_header(ws, 5)
    bold_header(ws, 6)
    rows = [
        ["A", "CHỈ TIÊU DỰ BÁO, CẢNH BÁO"],
        [
            1,
            "Tỷ lệ bản tin dự báo thời tiết hạn ngắn phát hành đúng giờ",
            "%",
            "99,8",
            "100",
            "Phòng Dự báo khí tượng thủy văn (Phòng Dự báo)",
            "Hằng ngày",
        ],
        [
            2,
            "Độ chính xác dự báo nhiệt độ tối cao, tối thấp hạn 24 giờ",
            "%",
            "85",
            "≥ 87",
            "Phòng Dự báo",
            "31/12/2027",
        ],
        [
            3,
            "Phát hành bản tin cảnh báo lũ, ngập lụt đầy đủ, kịp thời khi có lũ trên sông Lâm, sông Đồng",
            "% số trận lũ",
            "100",
            "100",
            "Phòng Dự báo",
            "Mùa lũ (15/6 - 15/11/2027)",
        ],
        ["B", "CHỈ TIÊU MẠNG LƯỚI TRẠM, SỐ LIỆU"],
        [
            4,
            "Tỷ lệ số liệu quan trắc tự động truyền về đầy đủ, đúng giờ",
            "%",
            "98,5",
            "≥ 99",
            "Phòng Quản lý mạng lưới và Thông tin dữ liệu (Phòng QLML)",
            "Hằng tháng",
        ],
        [
            5,
            "Kiểm định, thay thế thiết bị đo mưa tự động tại các điểm đo",
            "điểm",
            "6",
            "8",
            "Phòng QLML",
            "Quý II/2027",
        ],
        [
            6,
            "Nâng cấp vườn quan trắc Trạm Khí tượng Bắc Sơn",
            "công trình",
            "0",
            "1",
            "Trạm Khí tượng Bắc Sơn",
            "Quý III/2027",
        ],
        ["C", "CHỈ TIÊU DỊCH VỤ VÀ QUẢN LÝ"],
        [
            7,
            "Doanh thu dịch vụ khí tượng thủy văn",
            "triệu đồng",
            "1.240",
            "1.400",
            "Phòng Hành chính - Tổng hợp (Phòng HC-TH)",
            "31/12/2027",
        ],
        [
            8,
            "Số hợp đồng cung cấp thông tin, dự báo chuyên dùng cho thủy điện, doanh nghiệp",
            "hợp đồng",
            "9",
            "12",
            "Phòng Dự báo",
            "Trước 30/6/2027",
        ],
        [
            9,
            "Số lượt viên chức được bồi dưỡng chuyên môn, nghiệp vụ",
            "lượt người",
            "14",
            "18",
            "Phòng HC-TH",
            "Tháng 10/2027",
        ],
        [
            10,
            "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng",
            "%",
            "90",
            "95",
            "Phòng HC-TH",
            "Thường xuyên",
        ],
    ]
    first = ws.max_row + 1
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
            ws.cell(ws.max_row, 1).font = ws.cell(ws.max_row, 2).font = Font(bold=True)
    wrap(ws, first)
    ws.append([])
    ws.append(
        [
            "",
            "Ghi chú: Các phòng, trạm trực thuộc báo cáo kết quả thực hiện chỉ tiêu về Phòng HC-TH trước "
            "ngày "
            "05 của tháng đầu quý sau để tổng hợp, báo cáo Giám đốc Đài.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "", "GIÁM ĐỐC"])
    ws.append([])
    ws.append([])
    ws.append(["", "", "", "", "", "Lò Văn Thịnh"])
    column_widths(ws, [5, 50, 12, 12, 10, 30, 20])
    wb.save(path)


def h692_docx(h, path: Path) -> None:
    """Urban environment company: a Tet plan, a task table with a leader column, then organising points."""
    doc = document()
    head_block(
        doc,
        "UBND THÀNH PHỐ LÂM GIANG\nCÔNG TY TNHH MTV MÔI TRƯỜNG ĐÔ THỊ LÂM GIANG\n───────\nSố: 318/KH-MTĐT",
        right2="Lâm Giang, ngày 01 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Bảo đảm vệ sinh môi trường phục vụ Tết Nguyên đán Đinh Mùi 2027",
        "Thực hiện Văn bản số 2975/UBND-QLĐT ngày 24/11/2026 của UBND thành phố Lâm Giang về bảo đảm vệ sinh "
        "môi trường dịp Tết Nguyên đán Đinh Mùi 2027, Công ty TNHH MTV Môi trường đô thị Lâm Giang (sau đây "
        "gọi là Công ty) xây dựng Kế hoạch như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Thu gom, vận chuyển hết rác thải sinh hoạt trong ngày, không để tồn đọng rác trên đường phố, khu "
        "dân "
        "cư trước, trong và sau Tết; bảo đảm an toàn lao động cho công nhân.",
        "**II. NỘI DUNG CÔNG VIỆC",
    ]
    marked_paragraphs(doc, lines, MARKS)
    grid(
        doc,
        ["TT", "Nội dung", "Đơn vị thực hiện", "Lãnh đạo phụ trách", "Thời gian"],
        [
            [
                "1",
                "Ra quân tổng vệ sinh các tuyến phố chính, khu dân cư, khu vực công cộng",
                "Xí nghiệp Môi trường số 1; Xí nghiệp Môi trường số 2",
                "PGĐ Hoàng Văn Sơn",
                "Từ 10/01 đến 20/01/2027",
            ],
            [
                "2",
                "Tăng tần suất thu gom, vận chuyển rác 02 lần/ngày tại các chợ và khu trung tâm",
                "Xí nghiệp Môi trường số 1",
                "PGĐ Hoàng Văn Sơn",
                "28/01 - 11/02/2027",
            ],
            [
                "3",
                "Bố trí thêm 15 điểm tập kết rác tạm thời, thùng rác công cộng tại khu vực chợ hoa Xuân",
                "Phòng Kế hoạch - Kỹ thuật (Phòng KH-KT)",
                "PGĐ Hoàng Văn Sơn",
                "Trước 25/01/2027",
            ],
            [
                "4",
                "Kiểm tra, bảo dưỡng toàn bộ xe ép rác, xe quét hút; bố trí 03 xe dự phòng",
                "Đội Xe vận chuyển",
                "PGĐ Nguyễn Thị Thu",
                "Trước 20/01/2027",
            ],
            [
                "5",
                "Vận hành bãi xử lý rác 24/24 giờ, phun chế phẩm khử mùi, không để ùn ứ xe chờ đổ",
                "Bãi xử lý rác Đồng Cát",
                "PGĐ Nguyễn Thị Thu",
                "Hằng ngày",
            ],
            [
                "6",
                "Trực thu gom rác đêm Giao thừa tại các điểm bắn pháo hoa",
                "Xí nghiệp Môi trường số 2",
                "PGĐ Hoàng Văn Sơn",
                "Đêm 05/02/2027",
            ],
            [
                "7",
                "Tuyên truyền người dân bỏ rác đúng giờ, đúng nơi trên loa phát thanh phường và mạng xã hội",
                "Phòng Tổ chức - Hành chính",
                "Giám đốc",
                "Tháng 01/2027",
            ],
            [
                "8",
                "Chi trả tiền lương, thưởng Tết, bồi dưỡng làm thêm giờ cho người lao động",
                "Phòng Tài chính - Kế toán",
                "Giám đốc",
                "Trước 30/01/2027",
            ],
        ],
    )
    lines = [
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng KH-KT là đơn vị đầu mối, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp, báo "
        "cáo "
        "Giám đốc Công ty.",
        "2. Phòng Tổ chức - Hành chính chuẩn bị nội dung tổng kết, đề xuất khen thưởng tập thể, cá nhân có "
        "thành tích trong dịp Tết, hoàn thành trước ngày 28/02/2027.",
        "3. Đề nghị Ban Chấp hành Công đoàn Công ty tổ chức thăm hỏi, tặng quà công nhân trực Tết trước ngày "
        "04/02/2027.",
        "4. Các xí nghiệp, đội, bãi xử lý báo cáo kết quả thực hiện Kế hoạch về Phòng KH-KT trước ngày "
        "20/02/2027 để tổng hợp.",
        "Yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND thành phố (b/c);\n- Phòng Quản lý đô thị TP;\n- Ban Giám đốc;\n- Các phòng, "
        "xí nghiệp, đội;\n- Lưu: VT, KH-KT.",
        "GIÁM ĐỐC\n\n\n\nTrương Quốc Hưng",
    )
    doc.save(path)


def batch_h683() -> None:
    """Writes h683–h692 (the .doc and .pdf through LibreOffice; the .html is hand-written in docs/)."""
    write_batch(
        [
            (h683_docx, "h683_cv_chi_cuc_tdc_do_luong.docx"),
            (h684_docx, "h684_lich_tuan_ubnd_thanh_pho.docx"),
            (h685_docx, "h685_tbkl_bv_lao_giao_ban.docx"),
            (h688_docx, "h688_kh_tieu_hoc_hoc_ky_ii.docx"),
            (h690_xlsx, "h690_kh_phong_kstthc_nguoi_thuc_hien.xlsx"),
            (h691_xlsx, "h691_chi_tieu_dai_kttv_tinh.xlsx"),
            (h692_docx, "h692_kh_cty_moi_truong_tet.docx"),
        ],
        [
            (h686_docx, "h686_ctr_huyen_doan_nam_2027.docx", "doc"),
            (h687_docx, "h687_kh_bql_bao_tri_duong_bo_phu_luc.docx", "pdf"),
        ],
        _out,
    )
