# ruff: noqa: E501
"""Held-out batch h863–h872, written by h13author83 blind to the importer (its code, its output and
the other held-out documents unread): ten documents of a provincial continuing education centre, a
district ethnic affairs office, a provincial Department of Health's pharmacy division, a provincial
blood transfusion centre, a provincial water supply joint-stock company, a provincial Department of
Foreign Affairs, a provincial public notary office, a district Party Committee's propaganda board, a
university library and a provincial sports training centre. Every name, person, place, number and
date in them is invented."""

import datetime
from pathlib import Path

from batch_common import (
    MARKS,
    NATIONAL,
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

_MOVED: set[str] = {
    "h870_kh_btg_huyen_uy_ngay_le",  # h13fixZW
    "h872_kh_huan_luyen_the_thao",  # h13fixZW
    "h869_ctr_quy_phong_cong_chung",  # h13fixZV
    "h867_tbkl_cap_nuoc_giao_ban",  # h13fixZV (moved at its merge)
    "h868_lich_tuan_so_ngoai_vu",  # h13fixZT
    "h865_cv_syt_duoc_tet",  # h13fixZS
    "h863_kh_gdtx_tinh_boi_duong",  # h13fixWG
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h863_docx(h, path: Path) -> None:
    """Continuing education centre: a yearly plan in prose, lettered points under numbered topics."""
    doc = document()
    head_block(
        doc,
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH THANH DUỆ\nTRUNG TÂM GIÁO DỤC THƯỜNG XUYÊN TỈNH\n───────\nSố: 27/KH-TTGDTX",
        right2="Duệ Xuyên, ngày 21 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tổ chức tuyển sinh, bồi dưỡng và giáo dục thường xuyên năm 2027",
        "Căn cứ Thông tư số 33/2024/TT-BGDĐT hướng dẫn tổ chức và hoạt động của trung tâm giáo dục thường xuyên; căn cứ nhiệm vụ được Sở Giáo dục và Đào tạo giao, Trung tâm Giáo dục thường xuyên tỉnh xây dựng Kế hoạch năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "- Đáp ứng nhu cầu học tập suốt đời của người dân, góp phần xây dựng xã hội học tập.",
        "- Tổ chức các lớp học đúng quy chế, bảo đảm chất lượng và hiệu quả.",
        "**II. NHIỆM VỤ CỤ THỂ",
        "**1. Công tác tuyển sinh",
        "a) Xây dựng thông báo tuyển sinh lớp 10 hệ giáo dục thường xuyên năm học 2027 - 2028, đăng trên trang thông tin điện tử của Trung tâm trước ngày 15/5/2027. Phòng Đào tạo - Khảo thí thực hiện.",
        "b) Phối hợp với các trường THCS trên địa bàn thành phố Duệ Xuyên tư vấn hướng nghiệp, phân luồng học sinh lớp 9 trong tháng 3 và tháng 4/2027 (Phòng Đào tạo - Khảo thí chủ trì).",
        "**2. Các lớp bồi dưỡng ngắn hạn, liên kết đào tạo",
        "a) Mở 06 lớp tin học ứng dụng cơ bản và 04 lớp tiếng Anh giao tiếp cho cán bộ, công chức cấp xã theo đặt hàng của Sở Nội vụ; khai giảng đợt 1 ngày 08/3/2027, đợt 2 ngày 06/9/2027. Giao Phòng Bồi dưỡng - Liên kết đào tạo thực hiện.",
        "b) Liên kết với Trường Cao đẳng Nghề Thanh Duệ tổ chức lớp trung cấp điện dân dụng cho học viên hệ giáo dục thường xuyên (Phòng Bồi dưỡng - Liên kết đào tạo; thời gian: theo kế hoạch của nhà trường).",
        "c) Tổ chức lớp xóa mù chữ mức độ 2 cho phụ nữ dân tộc thiểu số tại xã Pà Khe, huyện Mường Khao từ tháng 6 đến tháng 11/2027; Tổ Giáo dục cộng đồng thực hiện.",
        "**3. Chuyên môn, kiểm tra nội bộ",
        "a) Tổ chức thi thử tốt nghiệp THPT cho học viên lớp 12 hai đợt: tháng 3 và tháng 5/2027 (Phòng Đào tạo - Khảo thí).",
        "b) Kiểm tra hồ sơ chuyên môn của giáo viên định kỳ hằng tháng; tổ trưởng các tổ chuyên môn thực hiện, báo cáo kết quả tại cuộc họp chuyên môn.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Đào tạo - Khảo thí là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Phòng Hành chính - Tổng hợp bố trí kinh phí, cơ sở vật chất phục vụ các lớp học theo Kế hoạch.",
        "3. Các phòng, tổ chuyên môn căn cứ Kế hoạch chủ động triển khai nhiệm vụ được giao.",
        "4. Đề nghị Hội Khuyến học tỉnh phối hợp vận động, trao học bổng cho học viên có hoàn cảnh khó khăn trước ngày khai giảng năm học mới (05/9/2027).",
        "Các phòng, tổ báo cáo kết quả thực hiện về Phòng Đào tạo - Khảo thí trước ngày 25 hằng tháng để tổng hợp, báo cáo Giám đốc Trung tâm./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở GD&ĐT (b/c);\n- Ban Giám đốc;\n- Các phòng, tổ;\n- Lưu: VT, ĐT-KT.",
        "GIÁM ĐỐC\n\n\n\nNgô Thị Hải Yến",
    )
    doc.save(path)


def h864_docx(h, path: Path) -> None:
    """District ethnic affairs office: a monthly programme table whose doer column names posts and persons."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN MƯỜNG KHAO\nPHÒNG DÂN TỘC\n───────\nSố: 03/CTr-PDT",
        right2="Mường Khao, ngày 29 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 01 NĂM 2027", bold=True, center=True)
    grid(
        doc,
        ["TT", "Nội dung công việc", "Người thực hiện", "Thời gian", "Ghi chú"],
        [
            ("§", "I", "CÔNG TÁC THAM MƯU"),
            [
                "1",
                "Tham mưu UBND huyện ban hành Kế hoạch thực hiện Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi năm 2027",
                "Trưởng phòng Vàng A Chứ",
                "Trước 15/01",
                "",
            ],
            [
                "2",
                "Tổng hợp, thẩm định danh sách người có uy tín trong đồng bào DTTS năm 2027 trình UBND huyện phê duyệt",
                "PTP Lò Văn Sính",
                "20/01/2027",
                "",
            ],
            [
                "3",
                "Dự thảo báo cáo tổng kết công tác dân tộc năm 2026",
                "CV Hà Thị Mai",
                "05-08/01",
                "Xong trước giao ban",
            ],
            ("§", "II", "THỰC HIỆN CHÍNH SÁCH DÂN TỘC"),
            [
                "4",
                "Cấp phát quà Tết Nguyên đán Đinh Mùi 2027 cho người có uy tín (86 người)",
                "PTP Lò Văn Sính",
                "Từ 25/01 - 02/02/2027",
                "",
            ],
            [
                "5",
                "Kiểm tra tiến độ giải ngân vốn hỗ trợ nhà ở, nước sinh hoạt phân tán tại các xã Pà Khe, Nậm Ty, Sin Chải",
                "CV Giàng Seo Páo",
                "Từ 18/01 đến 22/01",
                "Xe cơ quan",
            ],
            [
                "6",
                "Theo dõi tình hình đời sống, sản xuất của đồng bào vùng cao trong đợt rét đậm, rét hại",
                "CV Giàng Seo Páo",
                "Thường xuyên",
                "",
            ],
            [
                "7",
                "Phối hợp Ban Dân tộc tỉnh tổ chức đoàn thăm, chúc Tết tại xã Sin Chải",
                "Trưởng phòng",
                "Theo kế hoạch của Ban Dân tộc tỉnh",
                "",
            ],
            ("§", "III", "CÔNG TÁC KHÁC"),
            [
                "8",
                "Cập nhật số liệu hộ nghèo, cận nghèo người DTTS vào phần mềm quản lý",
                "CV Hà Thị Mai",
                "Hằng tuần (thứ Sáu)",
                "",
            ],
            [
                "9",
                "Báo cáo công tác dân tộc tháng 01/2027 gửi UBND huyện, Ban Dân tộc tỉnh",
                "CV Hà Thị Mai",
                "25/01",
                "",
            ],
            ["10", "Họp giao ban cơ quan", "Trưởng phòng", "Sáng thứ Hai hằng tuần", ""],
        ],
        widths=[1.0, 8.5, 3.5, 3.0, 2.5],
    )
    para(doc, "")
    para(doc, "Ghi chú: Chương trình có thể điều chỉnh theo chỉ đạo của UBND huyện.", italic=True)
    para(
        doc,
        "Công chức được phân công chủ động thực hiện; báo cáo kết quả với Trưởng phòng tại cuộc họp giao ban cuối tháng (ngày 29/01/2027).",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND huyện (b/c);\n- Ban Dân tộc tỉnh (b/c);\n- CC, NV phòng;\n- Lưu: VT.",
        "TRƯỞNG PHÒNG\n\n\n\nVàng A Chứ",
    )
    doc.save(path)


def h865_docx(h, path: Path) -> None:
    """Department of Health (pharmacy division): a dispatch to every facility of two kinds, bold labels (to .doc)."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH THANH DUỆ\nSỞ Y TẾ\n───────\nSố: 1482/SYT-NVD\nV/v tăng cường quản lý thuốc, hành nghề dược dịp Tết Nguyên đán Đinh Mùi 2027",
        right2="Thanh Duệ, ngày 05 tháng 01 năm 2027",
    )
    lines = [
        "^^Kính gửi:",
        "^^- Các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh;",
        "^^- Các cơ sở bán buôn, bán lẻ thuốc;",
        "^^- Trung tâm Kiểm nghiệm Thuốc - Mỹ phẩm - Thực phẩm tỉnh;",
        "^^- Trung tâm Y tế các huyện, thị xã, thành phố.",
        "Thực hiện Công văn số 211/QLD-KD ngày 28/12/2026 của Cục Quản lý Dược về bảo đảm cung ứng thuốc dịp Tết, để bảo đảm đủ thuốc có chất lượng phục vụ nhân dân, Sở Y tế yêu cầu các đơn vị thực hiện một số nội dung sau:",
        "**1. Các cơ sở khám bệnh, chữa bệnh",
        "a) Rà soát cơ số thuốc, vật tư y tế phục vụ cấp cứu, điều trị dịp Tết Nguyên đán, hoàn thành trước ngày 25/01/2027.",
        "b) Kiểm kê thuốc gây nghiện, thuốc hướng thần tồn kho tại thời điểm 31/12/2026, gửi báo cáo về Sở Y tế (qua Phòng Nghiệp vụ Dược) trước ngày 10/01/2027.",
        "c) Bố trí dược sĩ trực 24/24 giờ tại khoa Dược trong các ngày nghỉ Tết (từ ngày 05/02 đến hết ngày 10/02/2027).",
        "**2. Các cơ sở bán buôn, bán lẻ thuốc",
        "a) Niêm yết giá thuốc, không bán cao hơn giá niêm yết; thực hiện thường xuyên.",
        "b) Kết nối liên thông dữ liệu mua vào, bán ra với Hệ thống cơ sở dữ liệu Dược quốc gia; cơ sở chưa kết nối hoàn thành trước ngày 28/02/2027.",
        "c) Báo cáo tình hình kinh doanh thuốc dịp Tết về Phòng Nghiệp vụ Dược trước ngày 20/02/2027.",
        "3. Trung tâm Kiểm nghiệm Thuốc - Mỹ phẩm - Thực phẩm tỉnh lấy 120 mẫu thuốc lưu hành trên thị trường để kiểm tra chất lượng trong quý I/2027; kết quả gửi Sở Y tế trước ngày 31/3/2027.",
        "4. Phòng Nghiệp vụ Dược chủ trì, phối hợp Thanh tra Sở thành lập 02 đoàn kiểm tra hành nghề dược trước, trong và sau Tết, từ ngày 11/01 đến ngày 20/02/2027.",
        "5. Đề nghị Chi cục Quản lý thị trường tỉnh phối hợp kiểm tra, xử lý hành vi buôn bán thuốc giả, thuốc không rõ nguồn gốc, kể cả trên sàn thương mại điện tử.",
        "6. Đề nghị Trung tâm Y tế các huyện, thị xã, thành phố phổ biến Công văn này đến các quầy thuốc, tủ thuốc trạm y tế trên địa bàn trước ngày 15/01/2027.",
        "Sở Y tế yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện. Trong quá trình thực hiện, nếu có vướng mắc, liên hệ Phòng Nghiệp vụ Dược (ĐT: 0237.3852.416) để được hướng dẫn./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Cục Quản lý Dược (b/c);\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Chi cục QLTT tỉnh;\n- Lưu: VT, NVD.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nDS. Tôn Nữ Bảo Trâm",
    )
    doc.save(path)


def h866_xlsx(h, path: Path) -> None:
    """Blood transfusion centre: a yearly indicator sheet, a division named long then short, notes under it."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    title_rows(
        ws,
        [
            "SỞ Y TẾ TỈNH THANH DUỆ - TRUNG TÂM TRUYỀN MÁU TỈNH",
            "CHỈ TIÊU CHUYÊN MÔN VÀ NHIỆM VỤ TRỌNG TÂM NĂM 2027",
            "(Kèm theo Kế hoạch số 08/KH-TTTM ngày 06/01/2027)",
        ],
        7,
        (1, 2),
    )
    ws.append([])
    ws.append(
        [
            "STT",
            "Chỉ tiêu / nhiệm vụ",
            "ĐVT",
            "Kế hoạch 2027",
            "Khoa, phòng thực hiện",
            "Thời gian",
            "Ghi chú",
        ]
    )
    bold_header(ws, 5)
    rows = [
        ["A", "CHỈ TIÊU CHUYÊN MÔN"],
        [
            1,
            "Tiếp nhận đơn vị máu toàn phần từ người hiến máu tình nguyện",
            "Đơn vị",
            "42.000",
            "Khoa Vận động và Tiếp nhận máu (Khoa VĐ-TNM)",
            "31/12/2027",
            "",
        ],
        [2, "Nâng tỷ lệ người hiến máu nhắc lại", "%", "≥ 45", "Khoa VĐ-TNM", "31/12/2027", "Năm 2026: 41%"],
        [3, "Sàng lọc 100% đơn vị máu bằng kỹ thuật NAT", "%", "100", "Khoa Xét nghiệm", "Thường xuyên", ""],
        [
            4,
            "Điều chế chế phẩm máu (khối hồng cầu, huyết tương, tiểu cầu)",
            "Đơn vị",
            "39.500",
            "Khoa Điều chế và Cung cấp máu",
            "Hằng tháng",
            "",
        ],
        ["B", "NHIỆM VỤ TRỌNG TÂM"],
        [5, "Tổ chức Lễ hội Xuân hồng năm 2027", "Đợt", "01", "Khoa VĐ-TNM", "Tháng 2/2027", ""],
        [
            6,
            "Phối hợp Hội Chữ thập đỏ tỉnh tổ chức chương trình Hành trình Đỏ",
            "Đợt",
            "01",
            "Khoa VĐ-TNM",
            "Tháng 7 - 8/2027",
            "",
        ],
        [
            7,
            "Duy trì chứng nhận ISO 15189 cho phòng xét nghiệm",
            "",
            "",
            "Khoa Xét nghiệm",
            "Quý III/2027",
            "Đánh giá giám sát",
        ],
        [
            8,
            "Triển khai phần mềm quản lý người hiến máu kết nối định danh điện tử",
            "",
            "",
            "Phòng Kế hoạch tổng hợp",
            "Trước 30/6",
            "",
        ],
        [
            9,
            "Tập huấn an toàn truyền máu cho bệnh viện tuyến huyện",
            "Lớp",
            "04",
            "Phòng Kế hoạch tổng hợp; Khoa Điều chế và Cung cấp máu",
            "Quý II và quý IV",
            "",
        ],
        [
            10,
            "Bảo dưỡng hệ thống kho lạnh, tủ bảo quản máu và chế phẩm",
            "",
            "",
            "Phòng Vật tư - Thiết bị",
            "6 tháng/lần",
            "",
        ],
    ]
    from openpyxl.styles import Font

    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
            ws.cell(ws.max_row, 1).font = ws.cell(ws.max_row, 2).font = Font(bold=True)
    wrap(ws, 6)
    ws.append([])
    ws.append(["", "Ghi chú:"])
    ws.append(["", "- Chỉ tiêu tiếp nhận máu có thể điều chỉnh theo chỉ đạo của Sở Y tế."])
    ws.append(
        [
            "",
            "- Các khoa, phòng báo cáo kết quả thực hiện chỉ tiêu về Phòng Kế hoạch tổng hợp trước ngày 05 của tháng đầu quý sau.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "GIÁM ĐỐC"])
    ws.append([])
    ws.append(["", "", "", "", "BSCKII. Trịnh Quốc Bảo"])
    column_widths(ws, [6, 46, 8, 12, 28, 16, 18])
    wb.save(path)


def h867_docx(h, path: Path) -> None:
    """Water supply company: a notice of the general director's conclusions, a short form in parentheses."""
    doc = document()
    head_block(
        doc,
        "CÔNG TY CỔ PHẦN CẤP NƯỚC THANH DUỆ\n───────\nSố: 09/TB-CNTD",
        right2="Duệ Xuyên, ngày 13 tháng 01 năm 2027",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Tổng Giám đốc tại cuộc họp giao ban tháng 01/2027",
        "Ngày 12/01/2027, Tổng Giám đốc Công ty Lương Văn Thịnh chủ trì cuộc họp giao ban tháng 01/2027. Dự họp có các Phó Tổng Giám đốc, Kế toán trưởng, trưởng các phòng, giám đốc các xí nghiệp trực thuộc. Sau khi nghe các đơn vị báo cáo, Tổng Giám đốc kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Năm 2026 Công ty hoàn thành vượt kế hoạch sản lượng nước thương phẩm (đạt 103,2%); tỷ lệ thất thoát nước còn cao (18,6%), một số tuyến ống cũ thường xuyên xảy ra sự cố.",
        "**II. NHIỆM VỤ TRỌNG TÂM THÁNG 01 VÀ QUÝ I/2027",
        "1. Xí nghiệp Sản xuất nước Sông Lam khẩn trương khắc phục sự cố máy bơm số 2 trạm bơm nước thô, đưa vào vận hành trước ngày 20/01/2027.",
        "2. Phòng Kỹ thuật - Công nghệ (Phòng KTCN) hoàn thiện hồ sơ thiết kế cải tạo tuyến ống D300 đường Trần Khắc Minh, trình Tổng Giám đốc trước ngày 31/01/2027.",
        "3. Phòng KTCN phối hợp Xí nghiệp Quản lý mạng lưới rà soát, lập kế hoạch chống thất thoát nước năm 2027, mục tiêu đưa tỷ lệ thất thoát xuống dưới 17%; trình trong tháng 02/2027.",
        "4. Phó Tổng Giám đốc phụ trách kinh doanh (ông Đinh Công Hoan) làm việc với các ngân hàng thương mại, ký thỏa thuận thu hộ tiền nước trước ngày 28/02/2027.",
        "5. Phòng Kinh doanh - Dịch vụ khách hàng ghi chỉ số đồng hồ, phát hành hóa đơn điện tử đúng kỳ hằng tháng; giải quyết dứt điểm các kiến nghị của khách hàng tồn đọng.",
        "6. Xí nghiệp Quản lý mạng lưới bố trí lực lượng trực sửa chữa, xử lý rò rỉ 24/24 giờ trong dịp Tết Nguyên đán (từ 03/02 đến 11/02/2027).",
        "7. Phòng Tổ chức - Hành chính trình phương án chi thưởng Tết cho người lao động trước ngày 22/01/2027.",
        "8. Phòng Quản lý chất lượng nước lấy mẫu, xét nghiệm nước sau xử lý tại các nhà máy theo tần suất quy định; công bố kết quả chất lượng nước trên trang thông tin điện tử của Công ty hằng quý.",
        "9. Đề nghị UBND thành phố Duệ Xuyên chỉ đạo UBND phường Đông Thành phối hợp bảo vệ hành lang an toàn tuyến ống nước thô, xử lý các trường hợp lấn chiếm.",
        "10. Các Phó Tổng Giám đốc theo lĩnh vực được phân công chỉ đạo các phòng, xí nghiệp triển khai thực hiện.",
        "Các phòng, xí nghiệp báo cáo kết quả thực hiện các nội dung trên tại cuộc họp giao ban tháng 02/2027 (dự kiến ngày 09/02/2027).",
        "Văn phòng Công ty thông báo để các đơn vị biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- HĐQT (b/c);\n- TGĐ, các PTGĐ;\n- Các phòng, xí nghiệp;\n- Lưu: VT, TCHC.",
        "TL. TỔNG GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nPhạm Thị Kim Oanh",
    )
    doc.save(path)


def h868_docx(h, path: Path) -> None:
    """Department of Foreign Affairs: a weekly calendar of its leaders, each day a merged row."""
    doc = calendar_page(
        "UBND TỈNH THANH DUỆ\nSỞ NGOẠI VỤ\n───────",
        "Thanh Duệ, ngày 31 tháng 12 năm 2026",
        "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO SỞ NGOẠI VỤ",
        "(Tuần 01/2027: từ ngày 04/01/2027 đến ngày 09/01/2027)",
    )
    grid(
        doc,
        ["Thời gian", "Nội dung", "Chủ trì / Thành phần", "Đơn vị chuẩn bị", "Địa điểm"],
        [
            ("§", "", "THỨ HAI (04/01)"),
            [
                "7g30",
                "Chào cờ đầu tháng; giao ban lãnh đạo Sở",
                "Giám đốc Phan Nhật Quang",
                "Văn phòng Sở",
                "Phòng họp 1",
            ],
            [
                "14g00",
                "Họp Ban Chỉ đạo công tác người Việt Nam ở nước ngoài của tỉnh (phiên tổng kết năm 2026)",
                "Giám đốc",
                "Phòng Lãnh sự - Người Việt Nam ở nước ngoài",
                "Phòng họp 1",
            ],
            ("§", "", "THỨ BA (05/01)"),
            ["Cả ngày", "Giám đốc làm việc tại cơ quan", "", "", ""],
            [
                "8h00",
                "PGĐ Lê Thị Hồng Vân dự Hội nghị tổng kết công tác biên giới năm 2026 do UBND tỉnh tổ chức",
                "PGĐ Lê Thị Hồng Vân",
                "Phòng Quản lý biên giới",
                "Hội trường UBND tỉnh",
            ],
            ("§", "", "THỨ TƯ (06/01)"),
            [
                "8h30",
                "Họp thẩm định hồ sơ xin phép tổ chức hội thảo quốc tế của Trường Đại học Thanh Duệ",
                "PGĐ Lê Thị Hồng Vân",
                "Phòng Hợp tác quốc tế (Phòng HTQT)",
                "Phòng họp 2",
            ],
            ["15h", "Tiếp công dân định kỳ", "Giám đốc", "Thanh tra Sở", "Phòng tiếp công dân"],
            [
                "16h30",
                "Làm việc với Công an tỉnh về quản lý người nước ngoài làm việc tại Khu kinh tế Nam Duệ",
                "PGĐ Nguyễn Hữu Tài",
                "Phòng Lãnh sự - Người Việt Nam ở nước ngoài",
                "Công an tỉnh",
            ],
            ("§", "", "THỨ NĂM (07/01)"),
            [
                "Sáng",
                "Đón, làm việc với Đoàn đại biểu tỉnh Xiêng Khăm (Lào) thăm, chúc Tết cổ truyền",
                "Giám đốc",
                "Phòng HTQT",
                "Nhà khách tỉnh",
            ],
            [
                "14 giờ",
                "Duyệt nội dung Kỷ yếu công tác đối ngoại năm 2026 (dự kiến)",
                "PGĐ Nguyễn Hữu Tài",
                "Phòng Thông tin đối ngoại",
                "Phòng họp 2",
            ],
            ("§", "", "THỨ SÁU (08/01)"),
            [
                "8h00 - 11h00",
                "Hội nghị tổng kết công tác ngoại vụ năm 2026, triển khai nhiệm vụ năm 2027",
                "Giám đốc",
                "Văn phòng Sở",
                "Hội trường tầng 4",
            ],
            ["Chiều", "Trực lãnh đạo: PGĐ Lê Thị Hồng Vân", "", "", ""],
            ("§", "", "THỨ BẢY (09/01)"),
            ["", "(Chưa có lịch)", "", "", ""],
        ],
        widths=[2.5, 10.0, 4.5, 5.0, 4.0],
    )
    para(doc, "")
    para(
        doc,
        "Ghi chú: Lịch có thể thay đổi theo chỉ đạo của UBND tỉnh. Các phòng đăng ký lịch công tác tuần sau về Văn phòng Sở trước 15h00 thứ Năm hằng tuần.",
        italic=True,
    )
    para(doc, "VĂN PHÒNG SỞ NGOẠI VỤ", bold=True, right=True)
    doc.save(path)


def h869_md(h, path: Path) -> None:
    """Public notary office: a quarter programme in Markdown, a table of posts, run-in post labels."""
    text = """**SỞ TƯ PHÁP TỈNH THANH DUỆ**
**PHÒNG CÔNG CHỨNG SỐ 2**

Số: 04/CTr-PCC2 — *Duệ Xuyên, ngày 30 tháng 12 năm 2026*

# CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027

Căn cứ Luật Công chứng và chỉ đạo của Sở Tư pháp tại Hội nghị tổng kết năm 2026, Trưởng Phòng Công chứng số 2 ban hành Chương trình công tác quý I/2027 như sau:

## I. Nhiệm vụ chuyên môn

| TT | Nội dung | Người thực hiện | Thời hạn |
|----|----------|-----------------|----------|
| 1 | Rà soát, cập nhật bộ mẫu hợp đồng, giao dịch theo Luật Công chứng sửa đổi | Công chứng viên Trịnh Văn Đông | 15/01/2027 |
| 2 | Số hóa hồ sơ công chứng lưu trữ các năm 2019 - 2020 | Văn thư - Lưu trữ | Tháng 01 - tháng 3 |
| 3 | Tra cứu, cập nhật thông tin ngăn chặn trên Cơ sở dữ liệu công chứng trước khi ký hợp đồng | Thư ký nghiệp vụ | Hằng ngày |
| 4 | Tự kiểm tra hồ sơ công chứng quý IV/2026 | Phó Trưởng phòng Lê Thu Hà | 20/01 - 31/01 |
| 5 | Thu phí công chứng, nộp ngân sách nhà nước | Kế toán | Trước ngày 10 hằng tháng |

## II. Công tác hành chính, tổ chức

1. Trưởng phòng: chủ trì tổng kết công tác năm 2026, bình xét thi đua; hoàn thành trước ngày 15/01/2027.
2. Phó Trưởng phòng (bà Lê Thu Hà): xây dựng Quy chế chi tiêu nội bộ năm 2027, trình Trưởng phòng trong tháng 01/2027.
3. Kế toán: lập báo cáo quyết toán ngân sách năm 2026, gửi Sở Tư pháp trước 20/02/2027.
4. Văn thư: cập nhật văn bản đến, văn bản đi trên hệ thống quản lý văn bản và điều hành; thực hiện hằng ngày.

## III. Kiến nghị

Đề nghị Sở Tư pháp bố trí kinh phí thay thế máy photocopy, máy scan phục vụ số hóa hồ sơ trong quý I/2027.

## IV. Tổ chức thực hiện

Công chứng viên, nhân viên căn cứ Chương trình chủ động thực hiện nhiệm vụ được giao.

Các bộ phận báo cáo kết quả thực hiện Chương trình quý I về Trưởng phòng trước ngày 25/3/2027.

*Nơi nhận: Sở Tư pháp (b/c); Công chứng viên, nhân viên; Lưu: VT.*

**TRƯỞNG PHÒNG**

**Công chứng viên Đàm Quang Huy**
"""
    path.write_text(text, encoding="utf-8")


def h870_docx(h, path: Path) -> None:
    """District Party propaganda board: a yearly plan, occasions listed (no tasks), unit labels over dashes (to .pdf)."""
    doc = document()
    head_block(
        doc,
        "HUYỆN ỦY MƯỜNG KHAO\nBAN TUYÊN GIÁO\n*\nSố 41-KH/BTGHU",
        "ĐẢNG CỘNG SẢN VIỆT NAM\n───────",
        right2="Mường Khao, ngày 26 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##tuyên truyền các ngày lễ, kỷ niệm và sự kiện chính trị năm 2027",
        "__Thực hiện Hướng dẫn số 118-HD/BTGTU ngày 15/12/2026 của Ban Tuyên giáo Tỉnh ủy, Ban Tuyên giáo Huyện ủy xây dựng Kế hoạch như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Tuyên truyền sâu rộng về truyền thống vẻ vang của Đảng, của dân tộc; tạo không khí phấn khởi, thi đua thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ huyện.",
        "**II. NỘI DUNG TUYÊN TRUYỀN",
        "1. Kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2027).",
        "2. Kỷ niệm 137 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2027).",
        "3. Kỷ niệm 82 năm Cách mạng Tháng Tám và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/9/1945 - 02/9/2027).",
        "**III. TỔ CHỨC THỰC HIỆN",
        "**1. Ban Tuyên giáo Huyện ủy",
        "- Ban hành hướng dẫn tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng trước ngày 10/01/2027.",
        "- Biên soạn, phát hành Bản tin sinh hoạt chi bộ hằng tháng.",
        "- Phối hợp Ban Tổ chức Huyện ủy tổ chức Hội thi báo cáo viên giỏi cấp huyện trong quý III/2027.",
        "- Tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ban Thường vụ Huyện ủy trước ngày 15/12/2027.",
        "**2. Trung tâm Văn hóa, Thông tin và Thể thao huyện",
        "- Trang trí khẩu hiệu, pano, cờ Đảng, cờ Tổ quốc tại trung tâm huyện dịp mừng Đảng, mừng Xuân; hoàn thành trước ngày 25/01/2027.",
        '- Tổ chức chương trình nghệ thuật "Mừng Đảng, mừng Xuân Đinh Mùi 2027" vào tối 30/01/2027 tại Quảng trường huyện.',
        "- Tăng thời lượng tin, bài trên Trang thông tin điện tử huyện về ngày Quốc khánh trong tháng 8 và tháng 9/2027.",
        "3. Văn phòng Huyện ủy bảo đảm kinh phí, phương tiện phục vụ các hoạt động theo Kế hoạch.",
        "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện tuyên truyền sâu rộng trong đoàn viên, hội viên về các ngày lễ, kỷ niệm năm 2027.",
        "5. Các chi bộ, đảng bộ cơ sở căn cứ Kế hoạch chủ động xây dựng kế hoạch tuyên truyền phù hợp với địa phương; báo cáo kết quả (lồng ghép trong báo cáo tháng) về Ban Tuyên giáo Huyện ủy trước ngày 20 hằng tháng.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Tuyên giáo Tỉnh ủy (b/c);\n- Thường trực Huyện ủy (b/c);\n- Các chi, đảng bộ cơ sở;\n- Lưu BTG.",
        "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n\n\nMùa A Dủa",
    )
    doc.save(path)


def h871_xlsx(h, path: Path) -> None:
    """University library: a quarter plan sheet, start and end date columns, a person column beside units."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Quy I-2027"
    title_rows(
        ws,
        [
            "TRƯỜNG ĐẠI HỌC THANH DUỆ - THƯ VIỆN",
            "KẾ HOẠCH CÔNG TÁC QUÝ I NĂM 2027",
        ],
        7,
        (1, 2),
    )
    ws.append([])
    ws.append(["TT", "Công việc", "Tổ thực hiện", "Người phụ trách", "Bắt đầu", "Kết thúc", "Ghi chú"])
    bold_header(ws, 4)
    d = datetime.datetime
    rows = [
        ["I", "PHÁT TRIỂN TÀI NGUYÊN THÔNG TIN"],
        [
            1,
            "Bổ sung giáo trình, tài liệu tham khảo theo đề xuất của các khoa năm học 2026 - 2027",
            "Tổ Bổ sung - Biên mục",
            "ThS. Vũ Thị Lành",
            d(2027, 1, 4),
            d(2027, 3, 26),
            "",
        ],
        [
            2,
            "Gia hạn thuê bao 02 cơ sở dữ liệu điện tử nước ngoài năm 2027",
            "Tổ Thư viện số",
            "ThS. Đỗ Minh Khang",
            d(2027, 1, 4),
            d(2027, 1, 15),
            "Hợp đồng liên thư viện",
        ],
        [
            3,
            "Biên mục, xử lý kỹ thuật sách mới nhập (khoảng 2.400 bản)",
            "Tổ Bổ sung - Biên mục",
            "CN. Lại Văn Tùng",
            d(2027, 1, 11),
            d(2027, 3, 31),
            "",
        ],
        ["II", "PHỤC VỤ BẠN ĐỌC"],
        [
            4,
            "Hướng dẫn sử dụng thư viện cho sinh viên khóa 2026 (đợt bổ sung)",
            "Tổ Phục vụ bạn đọc",
            "ThS. Phùng Thị Nga",
            d(2027, 1, 18),
            d(2027, 1, 22),
            "",
        ],
        [
            5,
            "Phục vụ mượn, trả tài liệu; gia hạn trực tuyến cho bạn đọc",
            "Tổ Phục vụ bạn đọc",
            "ThS. Phùng Thị Nga",
            "Thường xuyên",
            None,
            "",
        ],
        [
            6,
            "Kiểm kê kho sách mở tầng 2",
            "Tổ Phục vụ bạn đọc; Tổ Bổ sung - Biên mục",
            "ThS. Phùng Thị Nga",
            d(2027, 2, 22),
            d(2027, 3, 5),
            "Đóng cửa kho trong thời gian kiểm kê",
        ],
        ["III", "THƯ VIỆN SỐ"],
        [
            7,
            "Số hóa luận văn thạc sĩ giai đoạn 2018 - 2022, cập nhật lên hệ thống thư viện số",
            "Tổ Thư viện số",
            "ThS. Đỗ Minh Khang",
            d(2027, 1, 4),
            d(2027, 3, 31),
            "",
        ],
        [
            8,
            "Nâng cấp phần mềm quản trị thư viện lên phiên bản mới",
            "Tổ Thư viện số",
            "ThS. Đỗ Minh Khang",
            "",
            "Theo tiến độ của nhà cung cấp",
            "",
        ],
        ["IV", "HÀNH CHÍNH - TỔNG HỢP"],
        [
            9,
            "Lập dự toán kinh phí bổ sung tài liệu năm 2027, trình Phòng Kế hoạch - Tài chính",
            "Tổ Hành chính",
            "CN. Hoàng Thu Trang",
            "",
            d(2027, 1, 29),
            "",
        ],
        [
            10,
            "Báo cáo thống kê hoạt động thư viện gửi Phòng Quản lý đào tạo",
            "Tổ Hành chính",
            "CN. Hoàng Thu Trang",
            "Hằng tháng",
            None,
            "",
        ],
    ]
    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=7)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
            continue
        if isinstance(row[4], str) and row[4] and row[5] is None:
            ws.merge_cells(start_row=at, start_column=5, end_row=at, end_column=6)
        for column in (5, 6):
            if isinstance(ws.cell(at, column).value, datetime.datetime):
                ws.cell(at, column).number_format = "dd/mm/yyyy"
    wrap(ws, 5)
    ws.append([])
    ws.append(["", "Ghi chú: Thư viện nghỉ Tết Nguyên đán từ ngày 04/02 đến hết ngày 14/02/2027."])
    ws.append(
        ["", "Các tổ báo cáo tiến độ thực hiện về Giám đốc Thư viện tại cuộc họp giao ban thứ Hai đầu tháng."]
    )
    ws.append([])
    ws.append(["", "", "", "", "GIÁM ĐỐC THƯ VIỆN"])
    ws.append([])
    ws.append(["", "", "", "", "TS. Kiều Văn Sáng"])
    column_widths(ws, [5, 48, 24, 20, 12, 14, 22])
    wb.save(path)


def h872_docx(h, path: Path) -> None:
    """Sports training centre: a yearly plan, a landscape task table then organising duties in prose."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTRUNG TÂM HUẤN LUYỆN VÀ THI ĐẤU THỂ DỤC THỂ THAO\n───────\nSố: 12/KH-TTHL",
        NATIONAL,
        right2="Thanh Duệ, ngày 28 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Huấn luyện, thi đấu các đội tuyển thể thao tỉnh năm 2027", bold=True, center=True)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Duy trì vị trí trong nhóm 25 đơn vị dẫn đầu tại các giải vô địch quốc gia; phát hiện, tuyển chọn vận động viên năng khiếu bổ sung cho các đội tuyển.",
    )
    para(doc, "II. NỘI DUNG, TIẾN ĐỘ", bold=True)
    grid(
        doc,
        ["TT", "Nội dung", "Bộ phận thực hiện", "Thời gian", "Chỉ tiêu"],
        [
            [
                "1",
                "Tập huấn mùa đông, kiểm tra thể lực đầu năm các đội tuyển",
                "Phòng Huấn luyện",
                "04/01 - 30/01/2027",
                "100% VĐV đạt chuẩn thể lực",
            ],
            ["2", "Tham dự Giải Vô địch Điền kinh quốc gia", "Bộ môn Điền kinh", "Tháng 4/2027", "02 HCV"],
            [
                "3",
                "Tổ chức Giải Bơi các nhóm tuổi tỉnh Thanh Duệ lần thứ XII",
                "Phòng Tổ chức thi đấu",
                "14 - 16/5/2027",
                "300 VĐV",
            ],
            ["4", "Tham dự Giải Vô địch Vật tự do quốc gia", "Bộ môn Vật", "Tháng 6/2027", "01 HCV, 02 HCB"],
            ["5", "Mua sắm trang thiết bị tập luyện môn Bơi", "Phòng Hành chính - Tài chính", "Quý II", ""],
            [
                "6",
                "Tuyển chọn vận động viên năng khiếu các môn Điền kinh, Bơi, Võ cổ truyền",
                "Phòng Huấn luyện; Bộ môn Điền kinh",
                "Tháng 7 - 8",
                "30 VĐV",
            ],
            [
                "7",
                "Phối hợp Bệnh viện Y học thể thao kiểm tra sức khỏe định kỳ cho vận động viên",
                "Phòng Y học - Dinh dưỡng",
                "6 tháng/lần",
                "",
            ],
        ],
        widths=[1.0, 11.0, 5.5, 4.0, 4.5],
    )
    lines = [
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Huấn luyện là đơn vị đầu mối, theo dõi, đôn đốc các bộ môn thực hiện Kế hoạch; tổng hợp kết quả báo cáo Giám đốc Sở trước ngày 10/12/2027.",
        "2. Phòng Hành chính - Tài chính bảo đảm chế độ dinh dưỡng, tiền công cho vận động viên, huấn luyện viên theo quy định.",
        "3. Các bộ môn xây dựng giáo án huấn luyện năm 2027, gửi Phòng Huấn luyện trước ngày 15/01/2027.",
        "4. Đề nghị Sở Giáo dục và Đào tạo tạo điều kiện cho vận động viên đang học phổ thông tham gia tập huấn, thi đấu theo lịch của Trung tâm.",
        "5. Huấn luyện viên trưởng các đội tuyển chịu trách nhiệm trước Giám đốc Trung tâm về thành tích của đội.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở VHTTDL (b/c);\n- Ban Giám đốc;\n- Các phòng, bộ môn;\n- Lưu: VT, HL.",
        "GIÁM ĐỐC\n\n\n\nTriệu Minh Tuấn",
    )
    doc.save(path)


def batch_h863() -> None:
    """Writes h863–h872 (the .doc and .pdf through LibreOffice)."""
    write_batch(
        [
            (h863_docx, "h863_kh_gdtx_tinh_boi_duong.docx"),
            (h864_docx, "h864_ctr_thang_phong_dan_toc_huyen.docx"),
            (h866_xlsx, "h866_chi_tieu_tt_truyen_mau_2027.xlsx"),
            (h867_docx, "h867_tbkl_cap_nuoc_giao_ban.docx"),
            (h868_docx, "h868_lich_tuan_so_ngoai_vu.docx"),
            (h869_md, "h869_ctr_quy_phong_cong_chung.md"),
            (h871_xlsx, "h871_kh_quy_thu_vien_dai_hoc.xlsx"),
            (h872_docx, "h872_kh_huan_luyen_the_thao.docx"),
        ],
        [
            (h865_docx, "h865_cv_syt_duoc_tet.docx", "doc"),
            (h870_docx, "h870_kh_btg_huyen_uy_ngay_le.docx", "pdf"),
        ],
        _out,
    )
