"""Held-out batch h553–h562, written by h13author52 blind to the importer: ten documents of a
provincial Department of Agriculture and Environment, a provincial police department's office, a
city People's Committee office, a provincial library, a provincial Veterans' Association, a
vocational college, a provincial Department of Home Affairs, a district Party Committee's
propaganda board, a provincial industrial zones authority and an irrigation company. Every name,
person, place, number and date in them is invented."""

import tempfile
from pathlib import Path

from batch_common import (
    bold_header,
    column_widths,
    convert_each,
    document,
    grid,
    head_block,
    out_path,
    para,
    sign_table,
    wrap,
    writers,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h557_ct_hoi_ccb_tinh_theo_thang",  # h13fixSG
    "h554_tbkl_giao_ban_cong_an_tinh",  # h13fixSJ
    "h553_ct_so_nnmt_cot_cap_trinh",  # h13fixSK
    "h560_kh_btg_huyen_uy_ngay_le",  # h13fixSK
    "h562_kh_cap_nuoc_thuy_loi_dong_xuan",  # h13fixSK
    "h555_lich_tuan_ubnd_tp_qua_nam_moi",  # h13fixSK
}

_PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM\n───────────"


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


# --------------------------------------------------------------------------------------------- h553
def h553_docx(h, path: Path) -> None:
    """Department of Agriculture and Environment: a yearly programme of drafts to submit, a 'level'
    column that is no lead, a section of the department's own tasks, then the standing body and a
    monthly report request under the table."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH LÂM HẢI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n───────\nSố: 3127/CTr-SNNMT",
        right2="Lâm Hải, ngày 24 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "của Sở Nông nghiệp và Môi trường tỉnh Lâm Hải", bold=True, center=True)
    para(
        doc,
        "Căn cứ Quyết định số 2896/QĐ-UBND ngày 15/12/2026 của UBND tỉnh về giao chỉ tiêu kế hoạch phát "
        "triển kinh tế - xã hội năm 2027; căn cứ Chương trình công tác năm 2027 của UBND tỉnh, Sở Nông "
        "nghiệp "
        "và Môi trường ban hành Chương trình công tác năm 2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung công việc", "Đơn vị chủ trì tham mưu", "Cấp trình", "Thời gian", "Ghi chú"],
        [
            ("§", "A", "CÁC ĐỀ ÁN, VĂN BẢN TRÌNH HĐND, UBND TỈNH"),
            [
                "1",
                "Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp hàng "
                "hóa "
                "tập trung giai đoạn 2027 - 2030",
                "Phòng Kế hoạch - Tài chính",
                "HĐND tỉnh",
                "Kỳ họp giữa năm (tháng 7)",
                "",
            ],
            [
                "2",
                "Quyết định điều chỉnh, bổ sung Bảng giá các loại đất trên địa bàn tỉnh áp dụng từ ngày "
                "01/01/2028",
                "Chi cục Quản lý đất đai",
                "UBND tỉnh",
                "Tháng 11",
                "",
            ],
            [
                "3",
                "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Lâm Hải năm 2027",
                "Chi cục Thủy lợi",
                "UBND tỉnh",
                "Tháng 3",
                "",
            ],
            [
                "4",
                "Đề án phát triển rừng trồng gỗ lớn gắn với cấp chứng chỉ quản lý rừng bền vững (FSC) giai "
                "đoạn "
                "2027 - 2030",
                "Chi cục Kiểm lâm",
                "UBND tỉnh",
                "Quý III",
                "",
            ],
            [
                "5",
                "Phương án bảo vệ chất lượng nước lưu vực sông Trà Lam",
                "Chi cục Bảo vệ môi trường",
                "UBND tỉnh",
                "Quý IV",
                "Chuyển tiếp từ năm 2026",
            ],
            ("§", "B", "CÁC NHIỆM VỤ CHUYÊN MÔN TRỌNG TÂM CỦA SỞ"),
            [
                "6",
                "Chỉ đạo sản xuất vụ Đông Xuân 2026 - 2027, vụ Hè Thu và vụ Mùa năm 2027",
                "Chi cục Trồng trọt và Bảo vệ thực vật",
                "",
                "Theo khung lịch thời vụ",
                "",
            ],
            [
                "7",
                "Tổ chức tiêm phòng vắc xin Lở mồm long móng, Cúm gia cầm cho đàn gia súc, gia cầm đợt 1 và "
                "đợt 2",
                "Chi cục Chăn nuôi và Thú y",
                "",
                "Tháng 4 - 5; tháng 10 - 11",
                "",
            ],
            [
                "8",
                "Thanh tra, kiểm tra việc chấp hành pháp luật về tài nguyên nước, khoáng sản đối với 25 tổ "
                "chức, "
                "cá nhân",
                "Thanh tra Sở",
                "",
                "Theo Kế hoạch thanh tra được phê duyệt",
                "",
            ],
            [
                "9",
                "Xây dựng, cập nhật cơ sở dữ liệu đất đai tại 03 huyện Đồng Xuân, Phú Mỹ, Hòa Lộc",
                "Văn phòng Đăng ký đất đai; Trung tâm Công nghệ thông tin",
                "",
                "Trước 30/10",
                "Vốn Dự án VILG",
            ],
            [
                "10",
                "Tổng hợp, báo cáo tình hình thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
                "Văn phòng Điều phối nông thôn mới tỉnh",
                "",
                "Hằng quý",
                "",
            ],
            [
                "11",
                "Sơ kết 6 tháng, tổng kết công tác năm 2027; xây dựng Chương trình công tác năm 2028",
                "Văn phòng Sở",
                "",
                "Tháng 6, tháng 12",
                "",
            ],
        ],
        widths=[1.0, 6.5, 3.5, 1.8, 2.5, 2.2],
    )
    para(
        doc,
        "Văn phòng Sở là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Chương trình này; kịp thời "
        "báo cáo Giám đốc Sở những khó khăn, vướng mắc.",
    )
    para(
        doc,
        "Thủ trưởng các phòng, chi cục và đơn vị sự nghiệp thuộc Sở xây dựng kế hoạch chi tiết; báo cáo tiến "
        "độ thực hiện về Văn phòng Sở trước ngày 22 hằng tháng để tổng hợp, báo cáo Giám đốc Sở.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng, chi cục, đơn vị thuộc Sở;\n"
        "- Lưu: VT, VP.",
        "GIÁM ĐỐC\n\n\n\nPhạm Quang Vinh",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h554
def h554_docx(h, path: Path) -> None:
    """Police department office: a notice of the director's conclusions at the monthly briefing, each
    task inside a sentence, a point split into dashes, a request to an outside department."""
    doc = document()
    head_block(
        doc,
        "CÔNG AN TỈNH HÒA GIANG\nVĂN PHÒNG\n───────\nSố: 1254/TB-VP",
        right2="Hòa Giang, ngày 21 tháng 12 năm 2026",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của đồng chí Giám đốc Công an tỉnh tại Hội nghị giao ban công tác tháng 12/2026",
        bold=True,
        center=True,
    )
    lines = [
        "Ngày 18/12/2026, Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh chủ trì Hội nghị giao ban công tác "
        "tháng 12/2026. Dự hội nghị có các đồng chí Phó Giám đốc Công an tỉnh; lãnh đạo các phòng nghiệp vụ "
        "và "
        "Công an các huyện, thị xã, thành phố. Sau khi nghe Văn phòng báo cáo kết quả công tác tháng 12, ý "
        "kiến của các đơn vị, đồng chí Giám đốc kết luận như sau:",
        "I. ĐÁNH GIÁ CHUNG",
        "Trong tháng, tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn tỉnh cơ bản ổn định; "
        "phạm pháp hình sự giảm 6,2% so với cùng kỳ; tai nạn giao thông giảm cả 3 tiêu chí. Tuy nhiên, tội "
        "phạm ma túy, tín dụng đen vẫn diễn biến phức tạp.",
        "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
        "1. Phòng An ninh nội địa chủ trì, phối hợp Phòng Cảnh sát hình sự xây dựng Kế hoạch cao điểm tấn "
        "công, trấn áp tội phạm bảo đảm an ninh, trật tự Tết Nguyên đán Đinh Mùi 2027, trình Giám đốc ký "
        "ban hành trước ngày 26/12/2026.",
        "2. Phòng Cảnh sát giao thông tăng cường tuần tra, kiểm soát, xử lý nghiêm vi phạm về nồng độ cồn, "
        "tốc độ trên các tuyến Quốc lộ 19C, ĐT.641 từ nay đến hết ngày 28/02/2027.",
        "3. Giao Phòng Quản lý hành chính về trật tự xã hội chủ trì hoàn thành việc làm sạch dữ liệu dân cư; "
        "đồng thời hướng dẫn Công an các xã, phường kích hoạt tài khoản định danh điện tử mức độ 2, bảo đảm "
        "đạt chỉ tiêu được giao trước ngày 31/01/2027.",
        "4. Về công tác phòng cháy, chữa cháy mùa khô 2026 - 2027:",
        "- Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ tổ chức kiểm tra an toàn PCCC đối với các "
        "chợ, trung tâm thương mại, cơ sở kinh doanh karaoke; hoàn thành trong tháng 01/2027.",
        "- Công an các huyện, thị xã, thành phố chỉ đạo Công an cấp xã thường xuyên tuyên truyền, hướng dẫn "
        "nhân dân kỹ năng phòng cháy, thoát nạn tại khu dân cư.",
        "5. Phòng Tổ chức cán bộ rà soát, đề xuất điều động, bố trí cán bộ tăng cường cho Công an các xã "
        "biên giới; báo cáo Đảng ủy Công an tỉnh tại phiên họp thường kỳ tháng 01/2027.",
        "6. Phòng Hậu cần bảo đảm kinh phí, phương tiện, nhiên liệu phục vụ các đợt cao điểm; chủ động "
        "phương án dự phòng xăng dầu cho lực lượng trực chiến.",
        "7. Phòng Cảnh sát điều tra tội phạm về ma túy đẩy nhanh tiến độ điều tra Chuyên án 1226X, phấn "
        "đấu kết thúc giai đoạn 1 trước Tết Nguyên đán.",
        "8. Văn phòng Công an tỉnh chủ trì, phối hợp các đơn vị tổ chức Hội nghị tổng kết công tác Công an "
        "năm 2026, triển khai nhiệm vụ năm 2027 vào ngày 08/01/2027.",
        "III. ĐỀ NGHỊ PHỐI HỢP",
        "Đề nghị Sở Xây dựng phối hợp với Phòng Cảnh sát giao thông khảo sát, khắc phục 07 điểm đen, điểm "
        "tiềm ẩn tai nạn giao thông trên Quốc lộ 19C, hoàn thành trước ngày 15/02/2027.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "Các đơn vị báo cáo kết quả thực hiện các nội dung trên về Văn phòng Công an tỉnh trước ngày "
        "20/01/2027. Văn phòng Công an tỉnh có trách nhiệm theo dõi, đôn đốc, tổng hợp kết quả báo cáo "
        "Giám đốc tại Hội nghị giao ban tháng 01/2027.",
        "Văn phòng Công an tỉnh thông báo để các đơn vị biết, thực hiện./.",
    ]
    for line in lines:
        para(doc, line, bold=line[:2] in ("I.", "II", "III", "IV"))
    sign_table(
        doc,
        "Nơi nhận:\n- Đ/c Giám đốc (để b/c);\n- Các đ/c Phó Giám đốc;\n- Các phòng nghiệp vụ;\n"
        "- Công an các huyện, TX, TP;\n- Sở Xây dựng (để p/h);\n- Lưu: VT, VP.",
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nThượng tá Lê Đình Khoa",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h555
def h555_xlsx(path: Path) -> None:
    """City People's Committee office: a leaders' weekly calendar over the New Year, each day's cell
    merged down over its entries, dates printed without the year, a holiday and an empty day."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Tuan 53"
    lines = [
        "UBND THÀNH PHỐ ĐÔNG KHÊ",
        "VĂN PHÒNG HĐND VÀ UBND",
        "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO UBND THÀNH PHỐ",
        "(Từ ngày 28/12/2026 đến ngày 03/01/2027)",
    ]
    for row, line in enumerate(lines, start=1):
        ws.cell(row, 1).value = line
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        ws.cell(row, 1).alignment = Alignment(horizontal="center")
        ws.cell(row, 1).font = Font(bold=row != 4, italic=row == 4)
    ws.append([])
    ws.append(
        [
            "Thứ, ngày",
            "Thời gian",
            "Nội dung công việc",
            "Chủ trì",
            "Đơn vị chuẩn bị",
            "Thành phần",
            "Địa điểm",
        ]
    )
    bold_header(ws, 6)
    days = [
        (
            "Thứ Hai\n28/12",
            [
                [
                    "07h30",
                    "Chào cờ đầu tuần; giao ban lãnh đạo UBND thành phố",
                    "Chủ tịch UBND TP Lê Minh Tuấn",
                    "Văn phòng HĐND và UBND thành phố",
                    "Các PCT UBND TP; Chánh Văn phòng",
                    "Phòng họp số 1",
                ],
                [
                    "14h00",
                    "Họp Ban Chỉ đạo giải phóng mặt bằng dự án Đường vành đai phía Tây thành phố",
                    "PCT Trần Văn Bình",
                    "Ban Quản lý dự án đầu tư xây dựng thành phố",
                    "Thành viên Ban Chỉ đạo; Chủ tịch UBND các phường Tân Hòa, Phú Lâm",
                    "Phòng họp số 2",
                ],
            ],
        ),
        (
            "Thứ Ba\n29/12",
            [
                [
                    "08h00",
                    "Dự Kỳ họp thứ 14 (kỳ họp thường lệ cuối năm) HĐND thành phố khóa XII",
                    "Lãnh đạo UBND thành phố",
                    "Văn phòng HĐND và UBND thành phố",
                    "Theo Giấy triệu tập của Thường trực HĐND thành phố",
                    "Hội trường UBND thành phố",
                ],
                [
                    "14h00",
                    "Làm việc với Đoàn kiểm tra của tỉnh về kết quả xây dựng đô thị văn minh năm 2026",
                    "PCT Trần Văn Bình",
                    "Phòng Kinh tế, Hạ tầng và Đô thị",
                    "Lãnh đạo các phòng: Kinh tế, Hạ tầng và Đô thị; Văn hóa - Xã hội",
                    "Phòng họp số 1",
                ],
                ["14h00", "PCT Nguyễn Thị Hoa làm việc tại cơ quan", "", "", "", ""],
            ],
        ),
        (
            "Thứ Tư\n30/12",
            [
                [
                    "07h30",
                    "Tiếp công dân định kỳ tháng 12/2026",
                    "Chủ tịch UBND TP Lê Minh Tuấn",
                    "Ban Tiếp công dân thành phố",
                    "Thanh tra TP; Phòng Tư pháp; các phòng liên quan",
                    "Trụ sở Tiếp công dân",
                ],
                [
                    "09h30",
                    "Kiểm tra công tác chuẩn bị hàng hóa phục vụ Tết Nguyên đán tại chợ Đông Khê, chợ Phú "
                    "Lâm",
                    "PCT Nguyễn Thị Hoa",
                    "Phòng Kinh tế, Hạ tầng và Đô thị",
                    "Ban Quản lý chợ; Đội Quản lý thị trường số 3",
                    "Chợ Đông Khê",
                ],
                [
                    "14h00",
                    "Hội nghị sơ kết học kỳ I năm học 2026 - 2027 của ngành Giáo dục và Đào tạo thành phố",
                    "PCT Nguyễn Thị Hoa",
                    "Phòng Văn hóa - Xã hội",
                    "Hiệu trưởng các trường mầm non, tiểu học, THCS",
                    "Hội trường Trung tâm Chính trị",
                ],
            ],
        ),
        (
            "Thứ Năm\n31/12",
            [
                [
                    "08h00",
                    "Họp UBND thành phố thường kỳ tháng 12: thông qua Kế hoạch phát triển kinh tế - xã hội "
                    "và "
                    "dự toán ngân sách năm 2027",
                    "Chủ tịch UBND TP Lê Minh Tuấn",
                    "Phòng Tài chính - Kế hoạch; Văn phòng HĐND và UBND thành phố",
                    "Thành viên UBND thành phố",
                    "Phòng họp số 1",
                ],
                [
                    "20h00",
                    "Kiểm tra công tác chuẩn bị Chương trình nghệ thuật chào năm mới 2027 (dự kiến)",
                    "PCT Trần Văn Bình",
                    "Trung tâm Văn hóa - Thể thao và Truyền thanh thành phố",
                    "Công an TP; Phòng Văn hóa - Xã hội",
                    "Quảng trường Trung tâm",
                ],
                ["", "Trực lãnh đạo: PCT Nguyễn Thị Hoa", "", "", "", ""],
            ],
        ),
        (
            "Thứ Sáu\n01/01",
            [
                ["", "Nghỉ Tết Dương lịch năm 2027", "", "", "", ""],
                ["", "Trực lãnh đạo: PCT Trần Văn Bình", "", "", "", ""],
            ],
        ),
        (
            "Thứ Bảy\n02/01",
            [
                [
                    "08h00",
                    "Dự Lễ khởi công xây dựng Trường Tiểu học Phú Lâm 2",
                    "PCT Nguyễn Thị Hoa",
                    "Ban Quản lý dự án đầu tư xây dựng thành phố",
                    "Phòng Văn hóa - Xã hội; UBND phường Phú Lâm",
                    "Khu phố 4, phường Phú Lâm",
                ],
            ],
        ),
        ("Chủ nhật\n03/01", [["", "(Chưa có lịch)", "", "", "", ""]]),
    ]
    for day, entries in days:
        first = ws.max_row + 1
        for entry in entries:
            ws.append(["", *entry])
        ws.cell(first, 1).value = day
        if len(entries) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
    wrap(ws, 7)
    last = ws.max_row
    ws.cell(
        last + 2, 1
    ).value = (
        "Ghi chú: Lịch công tác có thể thay đổi; Văn phòng sẽ thông báo bổ sung qua hệ thống quản lý văn bản."
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=7)
    ws.cell(last + 4, 6).value = "CHÁNH VĂN PHÒNG"
    ws.cell(last + 7, 6).value = "Võ Thị Thanh Xuân"
    column_widths(ws, [11, 9, 46, 20, 26, 28, 20])
    wb.save(path)


# --------------------------------------------------------------------------------------------- h556
def h556_docx(h, path: Path) -> None:
    """Provincial library: a plan in prose, each activity a numbered heading with labelled lines
    (Thời gian, Địa điểm, Đơn vị thực hiện/chủ trì); a focal unit and a report request at the end."""
    doc = document()
    head_block(
        doc,
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTHƯ VIỆN TỈNH HÒA GIANG\n───────\nSố: 86/KH-TV",
        right2="Hòa Giang, ngày 28 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phát triển văn hóa đọc và tổ chức các hoạt động thư viện năm 2027", bold=True, center=True)
    activities = [
        (
            "1. Trưng bày, giới thiệu sách chuyên đề “Mừng Đảng, mừng Xuân Đinh Mùi 2027”",
            [
                "- Thời gian: từ ngày 20/01/2027 đến ngày 28/02/2027.",
                "- Địa điểm: Sảnh tầng 1, Thư viện tỉnh.",
                "- Đơn vị thực hiện: Phòng Phục vụ bạn đọc.",
            ],
        ),
        (
            "2. Tổ chức Ngày hội đọc sách hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam (21/4)",
            [
                "- Thời gian: ngày 18/4/2027 (Chủ nhật).",
                "- Địa điểm: Công viên Bạch Đằng, thành phố Hòa Giang.",
                "- Đơn vị chủ trì: Phòng Nghiệp vụ và Thư viện cơ sở; phối hợp: Chi đoàn Thư viện tỉnh, "
                "Phòng Phục vụ bạn đọc.",
            ],
        ),
        (
            "3. Cuộc thi Đại sứ Văn hóa đọc tỉnh Hòa Giang năm 2027",
            [
                "- Thời gian: phát động tháng 3; chấm sơ khảo tháng 6; tổng kết, trao giải trong tháng "
                "9/2027.",
                "- Đối tượng: học sinh, sinh viên, cán bộ, công chức trên địa bàn tỉnh.",
                "- Đơn vị chủ trì: Phòng Nghiệp vụ và Thư viện cơ sở.",
            ],
        ),
        (
            "4. Luân chuyển sách, báo về thư viện xã, điểm bưu điện - văn hóa xã và trường học vùng khó khăn",
            [
                "- Số lượng: mỗi đợt 1.500 bản sách, 12 đầu báo, tạp chí.",
                "- Thời gian: hằng quý.",
                "- Đơn vị thực hiện: Phòng Bổ sung và Xử lý tài liệu.",
            ],
        ),
        (
            "5. Phục vụ thư viện lưu động bằng xe ô tô chuyên dụng tại các huyện miền núi",
            [
                "- Thời gian: dịp hè, từ tháng 5 đến tháng 8/2027.",
                "- Địa điểm: 18 xã thuộc các huyện Khe Mây, Tân Lập, Đồng Cao.",
                "- Đơn vị thực hiện: Phòng Phục vụ bạn đọc.",
            ],
        ),
        (
            "6. Số hóa tài liệu địa chí, tài liệu Hán Nôm quý hiếm (10.000 trang)",
            [
                "- Thời gian: hoàn thành trước ngày 30/11/2027.",
                "- Đơn vị thực hiện: Phòng Thông tin - Thư mục và Số hóa.",
            ],
        ),
        (
            "7. Tập huấn nghiệp vụ thư viện cho cán bộ thư viện cấp xã, thư viện trường học",
            [
                "- Thời gian: Quý II/2027.",
                "- Số lượng: 02 lớp, 120 học viên.",
                "- Đơn vị chủ trì: Phòng Nghiệp vụ và Thư viện cơ sở.",
            ],
        ),
        (
            "8. Tọa đàm “Văn hóa đọc trong kỷ nguyên số”",
            [
                "- Thời gian: tháng 10/2027.",
                "- Đơn vị chủ trì: Phòng Thông tin - Thư mục và Số hóa.",
            ],
        ),
    ]
    lines = [
        "Căn cứ Luật Thư viện năm 2019; căn cứ Kế hoạch số 214/KH-SVHTTDL ngày 10/12/2026 của Sở Văn hóa, "
        "Thể "
        "thao và Du lịch về phát triển văn hóa đọc năm 2027, Thư viện tỉnh xây dựng Kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Lan tỏa giá trị của sách và văn hóa đọc trong cộng đồng; nâng cao hiệu quả phục vụ của hệ thống thư "
        "viện công cộng trên địa bàn tỉnh. Các hoạt động bảo đảm thiết thực, tiết kiệm, an toàn.",
        "II. NỘI DUNG HOẠT ĐỘNG",
    ]
    for line in lines:
        para(doc, line, bold=line[:2] in ("I.", "II"))
    for title, labels in activities:
        para(doc, title, bold=True)
        for label in labels:
            para(doc, label)
    for line in [
        "III. KINH PHÍ",
        "Kinh phí thực hiện từ nguồn ngân sách sự nghiệp văn hóa năm 2027 giao cho Thư viện tỉnh và các "
        "nguồn "
        "xã hội hóa hợp pháp khác.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Hành chính - Tổng hợp là bộ phận đầu mối, theo dõi, đôn đốc các phòng triển khai Kế hoạch; "
        "bảo đảm kinh phí, cơ sở vật chất cho các hoạt động.",
        "2. Các phòng chuyên môn báo cáo kết quả từng hoạt động về Phòng Hành chính - Tổng hợp chậm nhất 05 "
        "ngày sau khi kết thúc hoạt động; báo cáo tổng hợp cả năm trước ngày 05/12/2027.",
    ]:
        para(doc, line, bold=line[:3] in ("III", "IV."))
    sign_table(
        doc,
        "Nơi nhận:\n- Sở VHTTDL (b/c);\n- Ban Giám đốc;\n- Các phòng;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nTrịnh Thu Hương",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h557
def h557_docx(h, path: Path) -> None:
    """Veterans' Association: a yearly programme written month by month (headings THÁNG 01, THÁNG 02 -
    03, QUÝ III …, THƯỜNG XUYÊN), each task a dash line ending in its leading boards in parentheses."""
    doc = document()
    head_block(
        doc,
        "HỘI CỰU CHIẾN BINH VIỆT NAM\nHỘI CCB TỈNH LÂM HẢI\n***\nSố: 112/CTr-CCB",
        right2="Lâm Hải, ngày 16 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "của Ban Thường vụ Hội Cựu chiến binh tỉnh", bold=True, center=True)
    para(
        doc,
        "Thực hiện Nghị quyết Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VIII, nhiệm kỳ 2022 - 2027 và "
        "hướng dẫn của Trung ương Hội, Ban Thường vụ Hội CCB tỉnh xây dựng Chương trình công tác năm 2027 "
        "như sau:",
    )
    months = [
        (
            "THÁNG 01",
            [
                "Tổ chức thăm, tặng quà cán bộ, hội viên là thương binh, CCB có hoàn cảnh khó khăn nhân dịp "
                "Tết "
                "Nguyên đán Đinh Mùi 2027 (Văn phòng; Ban Chính sách - Xã hội).",
                "Hướng dẫn cơ sở Hội tổ chức tổng kết công tác Hội năm 2026 (Ban Tổ chức - Kiểm tra).",
            ],
        ),
        (
            "THÁNG 02 - 03",
            [
                "Tổ chức hội nghị triển khai Chương trình công tác năm 2027, ký kết giao ước thi đua với Hội "
                "CCB các huyện, thị xã, thành phố (Văn phòng).",
                "Chỉ đạo Hội CCB cấp huyện tham gia tuyên truyền, vận động thanh niên lên đường nhập ngũ năm "
                "2027 (Ban Tuyên huấn).",
            ],
        ),
        (
            "THÁNG 04",
            [
                "Tổ chức các hoạt động kỷ niệm 52 năm Ngày Giải phóng miền Nam, thống nhất đất nước "
                "(30/4/1975 - "
                "30/4/2027) (Ban Tuyên huấn).",
            ],
        ),
        (
            "THÁNG 05 - 06",
            [
                "Kiểm tra việc thực hiện Điều lệ Hội và Nghị quyết Đại hội tại Hội CCB 03 huyện: Tân Lập, "
                "Đồng "
                "Cao, Khe Mây (Ban Tổ chức - Kiểm tra; Ủy ban Kiểm tra Hội).",
                "Sơ kết 6 tháng đầu năm công tác Hội và phong trào CCB (Văn phòng).",
            ],
        ),
        (
            "THÁNG 07",
            [
                "Tổ chức các hoạt động tri ân kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - "
                "27/7/2027) "
                "(Ban Chính sách - Xã hội).",
            ],
        ),
        (
            "QUÝ III",
            [
                "Phối hợp Ngân hàng Chính sách xã hội tỉnh rà soát, nâng cao chất lượng tín dụng ủy thác "
                "qua Hội "
                "(Ban Kinh tế).",
            ],
        ),
        (
            "THÁNG 10 - 12",
            [
                "Tổ chức Hội nghị biểu dương CCB gương mẫu, sản xuất, kinh doanh giỏi giai đoạn 2022 - 2027 "
                "(Ban "
                "Kinh tế; Văn phòng).",
                "Tổng kết công tác Hội năm 2027, xây dựng Chương trình công tác năm 2028 (Văn phòng).",
            ],
        ),
        (
            "THƯỜNG XUYÊN",
            [
                "Nắm tình hình tư tưởng hội viên; giải quyết đơn thư, kiến nghị liên quan đến chế độ, chính "
                "sách "
                "đối với CCB (Ban Chính sách - Xã hội; Ủy ban Kiểm tra Hội).",
            ],
        ),
    ]
    for heading, tasks in months:
        para(doc, heading, bold=True)
        for task in tasks:
            para(doc, "- " + task)
    para(
        doc,
        "Ban Thường vụ Hội CCB tỉnh yêu cầu Hội CCB các huyện, thị xã, thành phố và các ban, Văn phòng Hội "
        "căn "
        "cứ Chương trình xây dựng kế hoạch thực hiện; định kỳ hằng quý báo cáo kết quả (trước ngày 20 của "
        "tháng cuối quý) về Văn phòng Hội CCB tỉnh để tổng hợp.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TW Hội CCB Việt Nam;\n- Thường trực Tỉnh ủy;\n- Hội CCB các huyện, TX, TP;\n- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nĐại tá Hoàng Văn Thắng",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h558
def h558_docx(h, path: Path) -> None:
    """Vocational college: a short plan whose tasks are in an appendix table; the doer cells mark the
    leader '(chủ trì)' among partners; a continuation row ('Đợt 2 …'); organising duties in prose."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH TÂN PHONG\nTRƯỜNG CAO ĐẲNG KỸ THUẬT - CÔNG NGHỆ\nTÂN PHONG\n───────\nSố: 215/KH-CĐKTCN",
        right2="Tân Phong, ngày 30 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tuyển sinh, đào tạo và quan hệ doanh nghiệp năm 2027", bold=True, center=True)
    for line in [
        "I. MỤC TIÊU",
        "Tuyển mới 1.850 học sinh, sinh viên (trình độ cao đẳng 750, trung cấp 600, sơ cấp và đào tạo thường "
        "xuyên 500); tỷ lệ HSSV có việc làm sau 6 tháng tốt nghiệp đạt từ 85% trở lên.",
        "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
        "(Chi tiết tại Phụ lục kèm theo Kế hoạch này)",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Đào tạo là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo "
        "Hiệu trưởng.",
        "2. Phòng Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế hoạch từ nguồn thu sự nghiệp của Nhà "
        "trường.",
        "3. Trưởng các khoa, phòng, trung tâm chủ động triển khai các nhiệm vụ được giao tại Phụ lục.",
        "4. Các khoa, phòng, trung tâm báo cáo kết quả thực hiện về Phòng Đào tạo trước ngày 25 của tháng "
        "cuối "
        "mỗi quý.",
    ]:
        para(doc, line, bold=line.split(" ")[0] in ("I.", "II.", "III."))
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Nội vụ (b/c);\n- Ban Giám hiệu;\n- Các khoa, phòng, trung tâm;\n- Lưu: VT, PĐT.",
        "HIỆU TRƯỞNG\n\n\n\nTS. Đoàn Minh Quân",
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN NĂM 2027", bold=True, center=True)
    para(
        doc, "(Kèm theo Kế hoạch số 215/KH-CĐKTCN ngày 30/12/2026 của Hiệu trưởng)", italic=True, center=True
    )
    grid(
        doc,
        ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Sản phẩm", "Thời gian hoàn thành"],
        [
            ("§", "I", "CÔNG TÁC TUYỂN SINH"),
            [
                "1",
                "Xây dựng, phát hành cẩm nang tuyển sinh năm 2027",
                "Trung tâm Tuyển sinh và Truyền thông (chủ trì); Phòng Đào tạo",
                "5.000 cuốn cẩm nang",
                "28/02/2027",
            ],
            [
                "2",
                "Tư vấn tuyển sinh, hướng nghiệp tại 45 trường THCS, THPT trên địa bàn tỉnh",
                "Trung tâm Tuyển sinh và Truyền thông (chủ trì); các khoa",
                "Báo cáo kết quả tư vấn",
                "Tháng 3 - 5/2027",
            ],
            [
                "3",
                "Tổ chức xét tuyển đợt 1 trình độ cao đẳng, trung cấp",
                "Phòng Đào tạo (thường trực Hội đồng tuyển sinh)",
                "Quyết định trúng tuyển",
                "15/7/2027",
            ],
            [
                "",
                "Đợt 2 và đợt bổ sung (nếu còn chỉ tiêu)",
                "Phòng Đào tạo",
                "Quyết định trúng tuyển",
                "30/9/2027",
            ],
            ("§", "II", "CÔNG TÁC ĐÀO TẠO, KIỂM ĐỊNH"),
            [
                "4",
                "Rà soát, cập nhật chương trình đào tạo 12 ngành, nghề theo chuẩn đầu ra mới",
                "Các khoa chuyên môn (chủ trì); Phòng Đào tạo",
                "Chương trình được phê duyệt",
                "Tháng 6/2027",
            ],
            [
                "5",
                "Tổ chức thi, công nhận tốt nghiệp cho HSSV khóa 2024 - 2027",
                "Phòng Khảo thí và Đảm bảo chất lượng",
                "Quyết định công nhận tốt nghiệp",
                "Tháng 7/2027",
            ],
            [
                "6",
                "Tự đánh giá chất lượng cơ sở giáo dục nghề nghiệp năm 2027",
                "Phòng Khảo thí và Đảm bảo chất lượng",
                "Báo cáo tự đánh giá",
                "30/11/2027",
            ],
            [
                "7",
                "Tổ chức Hội thi giáo viên dạy giỏi cấp trường",
                "Phòng Đào tạo (chủ trì); Công đoàn trường",
                "Quyết định khen thưởng",
                "Quý IV/2027",
            ],
            ("§", "III", "QUAN HỆ DOANH NGHIỆP, HỖ TRỢ VIỆC LÀM"),
            [
                "8",
                "Ký kết thỏa thuận hợp tác đào tạo với ít nhất 20 doanh nghiệp trong các khu công nghiệp",
                "Phòng Quan hệ doanh nghiệp và Hỗ trợ việc làm",
                "Biên bản ghi nhớ hợp tác",
                "Trước 30/6/2027",
            ],
            [
                "9",
                "Tổ chức Ngày hội việc làm cho HSSV tốt nghiệp năm 2027",
                "Phòng Quan hệ doanh nghiệp và Hỗ trợ việc làm (chủ trì); Đoàn Thanh niên trường",
                "",
                "Tháng 8/2027",
            ],
            [
                "10",
                "Khảo sát tình hình việc làm của HSSV sau 6 tháng tốt nghiệp",
                "Phòng Quan hệ doanh nghiệp và Hỗ trợ việc làm",
                "Báo cáo khảo sát",
                "Tháng 12/2027",
            ],
        ],
        widths=[1.0, 6.5, 4.5, 3.0, 2.5],
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h559
def h559_docx(h, path: Path) -> None:
    """Department of Home Affairs: a dispatch (công văn) to departments and communes, numbered points
    by addressee, one unit's label over two lettered tasks, a request to the Fatherland Front."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH ĐÔNG SƠN\nSỞ NỘI VỤ\n───────\nSố: 2318/SNV-CCHC\nV/v triển khai nhiệm vụ cải cách hành "
        "chính và nâng cao Chỉ số CCHC năm 2027",
        right2="Đông Sơn, ngày 29 tháng 12 năm 2026",
    )
    for line in [
        "Kính gửi:",
        "- Các sở, ban, ngành tỉnh;",
        "- Ủy ban nhân dân các xã, phường.",
        "Thực hiện Quyết định số 3012/QĐ-UBND ngày 18/12/2026 của UBND tỉnh ban hành Kế hoạch cải cách hành "
        "chính nhà nước năm 2027; để cải thiện Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng "
        "(SIPAS) của tỉnh, Sở Nội vụ đề nghị các cơ quan, đơn vị triển khai một số nội dung sau:",
        "1. Các sở, ban, ngành; UBND các xã, phường ban hành Kế hoạch cải cách hành chính năm 2027 của cơ "
        "quan, đơn vị, gửi về Sở Nội vụ trước ngày 15/01/2027.",
        "2. Văn phòng UBND tỉnh chủ trì rà soát, tham mưu UBND tỉnh công bố danh mục thủ tục hành chính được "
        "cắt giảm, đơn giản hóa; hoàn thành trong quý I/2027.",
        "3. Sở Tư pháp tổ chức kiểm tra công tác ban hành văn bản quy phạm pháp luật tại ít nhất 10 xã, "
        "phường; báo cáo kết quả trước ngày 30/9/2027.",
        "4. Sở Khoa học và Công nghệ:",
        "a) Hướng dẫn các cơ quan hành chính duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO "
        "9001:2015; thời gian: thường xuyên.",
        "b) Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối với Cổng Dịch vụ công "
        "quốc gia; hoàn thành trước ngày 30/6/2027.",
        "5. Sở Tài chính thẩm định, bố trí kinh phí thực hiện nhiệm vụ cải cách hành chính năm 2027 của các "
        "cơ "
        "quan, đơn vị theo phân cấp ngân sách.",
        "6. Trung tâm Phục vụ hành chính công tỉnh công khai kết quả giải quyết hồ sơ thủ tục hành chính "
        "trên "
        "Cổng thông tin điện tử tỉnh định kỳ hằng tháng.",
        "7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo tổ chức khảo sát sự hài lòng của người "
        "dân, "
        "tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2027, hoàn thành trước ngày "
        "31/10/2027.",
        "8. Sở Nội vụ tổ chức tập huấn nghiệp vụ cải cách hành chính cho công chức làm đầu mối tại các cơ "
        "quan, đơn vị trong tháng 4/2027.",
        "9. Sở Nội vụ kiểm tra công tác cải cách hành chính tại 12 cơ quan, địa phương theo Kế hoạch kiểm "
        "tra riêng.",
        "Các cơ quan, đơn vị báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính định kỳ hằng quý (trước "
        "ngày 15 của tháng cuối quý) về Sở Nội vụ (qua Phòng Cải cách hành chính) để tổng hợp, báo cáo UBND "
        "tỉnh. Thông tin chi tiết liên hệ bà Đặng Thu Hà, Phòng Cải cách hành chính, điện thoại "
        "0236.3822.145.",
        "Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.",
    ]:
        para(doc, line)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Lưu: VT, CCHC.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNgô Thanh Tùng",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h560
def h560_docx(h, path: Path) -> None:
    """District Party propaganda board: a plan of anniversaries in a landscape table whose time is the
    second column and whose doer cell prints 'Chủ trì: …' and 'Phối hợp: …' on two lines; the
    party heading (ĐẢNG CỘNG SẢN VIỆT NAM) at the right."""
    from batch_common import landscape

    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "HUYỆN ỦY ĐỒNG XUÂN\nBAN TUYÊN GIÁO\n*\nSố 38-KH/BTGHU",
        _PARTY,
        right2="Đồng Xuân, ngày 15 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "tuyên truyền các ngày lễ lớn, sự kiện chính trị và ngày kỷ niệm năm 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Thực hiện Hướng dẫn số 41-HD/BTGTU ngày 05/12/2026 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền các "
        "ngày lễ lớn, sự kiện lịch sử năm 2027, Ban Tuyên giáo Huyện ủy xây dựng Kế hoạch như sau:",
    )
    para(doc, "I. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG", bold=True)
    centre = "Trung tâm Văn hóa, Thông tin và Thể thao huyện"
    grid(
        doc,
        ["TT", "Thời gian", "Nội dung tuyên truyền", "Hình thức", "Cơ quan thực hiện"],
        [
            [
                "1",
                "Tháng 01 - 02/2027",
                "Tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2027) "
                "và mừng Xuân Đinh Mùi 2027",
                "Băng rôn, pano, khẩu hiệu; chương trình văn nghệ “Mừng Đảng - Mừng Xuân”",
                f"Chủ trì: {centre}\nPhối hợp: UBND các xã, thị trấn",
            ],
            [
                "2",
                "Tháng 3/2027",
                "Tuyên truyền kỷ niệm 96 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2027)",
                "Diễn đàn thanh niên; hội thi tìm hiểu lịch sử Đoàn",
                "Chủ trì: Huyện đoàn\nPhối hợp: Ban Tuyên giáo Huyện ủy",
            ],
            [
                "3",
                "Tháng 5/2027",
                "Tuyên truyền kỷ niệm 137 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2027)",
                "Hội nghị báo cáo viên; trang thông tin điện tử huyện",
                "Chủ trì: Ban Tuyên giáo Huyện ủy\nPhối hợp: Trung tâm Chính trị huyện",
            ],
            [
                "4",
                "Tháng 6/2027",
                "Kỷ niệm 102 năm Ngày Báo chí Cách mạng Việt Nam (21/6/1925 - 21/6/2027); gặp mặt cộng tác "
                "viên "
                "tin, bài",
                "Hội nghị gặp mặt",
                "Chủ trì: Ban Tuyên giáo Huyện ủy",
            ],
            [
                "5",
                "Tháng 7/2027",
                "Tuyên truyền kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2027)",
                "Phóng sự truyền hình; viếng Nghĩa trang liệt sĩ huyện",
                "Chủ trì: Phòng Văn hóa - Xã hội huyện\nPhối hợp: Hội Cựu chiến binh huyện",
            ],
            [
                "6",
                "Tháng 8 - 9/2027",
                "Tuyên truyền kỷ niệm 82 năm Cách mạng Tháng Tám và Quốc khánh nước Cộng hòa xã hội chủ "
                "nghĩa "
                "Việt Nam (02/9/1945 - 02/9/2027)",
                "Cổ động trực quan; hệ thống truyền thanh cơ sở",
                f"Chủ trì: {centre}",
            ],
            [
                "7",
                "Tháng 10/2027",
                "Tuyên truyền kỷ niệm 97 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
                "20/10/2027)",
                "Tọa đàm; tin, bài",
                "Chủ trì: Hội Liên hiệp Phụ nữ huyện",
            ],
            [
                "8",
                "Tháng 11/2027",
                "Tuyên truyền Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (18/11)",
                "Ngày hội tại 100% khu dân cư",
                "Chủ trì: Ủy ban MTTQ Việt Nam huyện\nPhối hợp: UBND các xã, thị trấn",
            ],
            [
                "9",
                "Thường xuyên",
                "Tuyên truyền việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đấu tranh "
                "phản bác các quan điểm sai trái, thù địch trên không gian mạng",
                "Mạng xã hội; sinh hoạt chi bộ",
                "Chủ trì: Ban Tuyên giáo Huyện ủy\nPhối hợp: Công an huyện",
            ],
            [
                "10",
                "Hằng tháng",
                "Định hướng nội dung tuyên truyền tại Hội nghị báo cáo viên cấp huyện",
                "Hội nghị trực tiếp, trực tuyến",
                "Chủ trì: Ban Tuyên giáo Huyện ủy",
            ],
        ],
        widths=[1.0, 2.6, 9.0, 5.5, 6.5],
    )
    for line in [
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Ban Tuyên giáo Huyện ủy là cơ quan thường trực, tham mưu Ban Thường vụ Huyện ủy theo dõi, đôn "
        "đốc "
        "việc thực hiện Kế hoạch.",
        "2. Các chi, đảng bộ cơ sở căn cứ Kế hoạch chủ động triển khai phù hợp với điều kiện thực tế của "
        "đơn vị.",
        "3. Các chi, đảng bộ cơ sở và các cơ quan được phân công báo cáo kết quả tuyên truyền về Ban Tuyên "
        "giáo "
        "Huyện ủy trước ngày 20 hằng tháng.",
    ]:
        para(doc, line, bold=line.startswith("II."))
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Tuyên giáo Tỉnh ủy (b/c);\n- Thường trực Huyện ủy (b/c);\n- Các chi, đảng bộ cơ sở;"
        "\n- Lưu: BTG.",
        "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n\n\nLương Thị Mai",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h561
def h561_xlsx(path: Path) -> None:
    """Industrial zones authority: an indicator sheet with lettered groups, a parent indicator whose
    sub-indicators carry the values, numbers as numbers, a deadline column and a closing note."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    lines = [
        "UBND TỈNH TÂN PHONG - BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
        "BIỂU GIAO CHỈ TIÊU KẾ HOẠCH NĂM 2027 CHO CÁC PHÒNG, ĐƠN VỊ",
        "(Kèm theo Quyết định số 96/QĐ-BQL ngày 22/12/2026 của Trưởng ban Quản lý các KCN tỉnh)",
    ]
    for row, line in enumerate(lines, start=1):
        ws.cell(row, 1).value = line
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        ws.cell(row, 1).alignment = Alignment(horizontal="center")
        ws.cell(row, 1).font = Font(bold=row < 3, italic=row == 3)
    ws.append([])
    ws.append(
        [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Ước thực hiện năm 2026",
            "Kế hoạch năm 2027",
            "Phòng chủ trì theo dõi",
            "Thời hạn",
        ]
    )
    bold_header(ws, 5)
    rows = [
        ["A", "CHỈ TIÊU THU HÚT ĐẦU TƯ"],
        ["1", "Thu hút dự án đầu tư mới vào các KCN", None, None, None, None, None],
        [
            "1.1",
            "Số dự án có vốn đầu tư nước ngoài (FDI) cấp mới",
            "Dự án",
            14,
            15,
            "Phòng Quản lý đầu tư",
            "31/12/2027",
        ],
        [
            "1.2",
            "Tổng vốn đăng ký FDI (cấp mới và điều chỉnh tăng)",
            "Triệu USD",
            620,
            700,
            "Phòng Quản lý đầu tư",
            "31/12/2027",
        ],
        ["1.3", "Số dự án đầu tư trong nước cấp mới", "Dự án", 9, 10, "Phòng Quản lý đầu tư", "31/12/2027"],
        [
            "2",
            "Vốn đầu tư thực hiện của các dự án trong KCN",
            "Tỷ đồng",
            8450,
            9500,
            "Phòng Quản lý doanh nghiệp",
            "Báo cáo hằng quý",
        ],
        ["B", "CHỈ TIÊU QUẢN LÝ NHÀ NƯỚC"],
        [
            "3",
            "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình",
            "%",
            92,
            100,
            "Văn phòng",
            "Thường xuyên",
        ],
        [
            "4",
            "Số cuộc thanh tra, kiểm tra doanh nghiệp về đầu tư, môi trường, lao động",
            "Cuộc",
            38,
            40,
            "Phòng Quản lý môi trường; Phòng Quản lý lao động",
            "30/11/2027",
        ],
        [
            "5",
            "Tỷ lệ doanh nghiệp đấu nối nước thải vào nhà máy xử lý nước thải tập trung",
            "%",
            98,
            100,
            "Phòng Quản lý môi trường",
            "30/6/2027",
        ],
        [
            "6",
            "Số lao động làm việc trong các KCN",
            "Người",
            52300,
            56000,
            "Phòng Quản lý lao động",
            "31/12/2027",
        ],
        ["C", "CHỈ TIÊU PHÁT TRIỂN HẠ TẦNG"],
        [
            "7",
            "Tỷ lệ lấp đầy bình quân các KCN đang hoạt động",
            "%",
            71.5,
            75,
            "Phòng Quy hoạch - Xây dựng",
            "31/12/2027",
        ],
        [
            "8",
            "Diện tích hoàn thành giải phóng mặt bằng KCN Phú Thạnh giai đoạn 2 (lũy kế)",
            "ha",
            120,
            210,
            "Phòng Quy hoạch - Xây dựng",
            "Quý III/2027",
        ],
    ]
    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=7)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
        for column in (4, 5):
            if isinstance(ws.cell(at, column).value, int | float):
                ws.cell(at, column).number_format = "#,##0.##"
    wrap(ws, 6)
    last = ws.max_row
    ws.cell(last + 2, 1).value = (
        "Ghi chú: Các phòng, đơn vị báo cáo kết quả thực hiện chỉ tiêu được giao về Văn phòng Ban trước "
        "ngày 05 "
        "hằng tháng để tổng hợp, báo cáo Trưởng ban."
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=7)
    ws.cell(last + 4, 6).value = "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN"
    ws.cell(last + 7, 6).value = "Hồ Văn Lực"
    column_widths(ws, [6, 48, 11, 13, 13, 28, 15])
    wb.save(path)


# --------------------------------------------------------------------------------------------- h562
def h562_html(path: Path) -> None:
    """Irrigation company: a water-delivery plan posted on the company's web page, its table with a
    doer cell spanning two rows (rowspan), periods across the new year, a daily duty and a weekly
    report request under the table."""
    rows = [
        (
            "1",
            "Nạo vét, phát dọn kênh chính Bắc và kênh chính Nam trước đợt lấy nước",
            "XN_DX",
            "Trước 31/12/2026",
        ),
        ("2", "Kiểm tra, sửa chữa cửa van cống đầu kênh N2, N4", None, "Trước 28/12/2026"),
        (
            "3",
            "Lấy nước đợt 1 phục vụ làm đất gieo cấy vụ Đông Xuân (hồ Khe Ngang, hồ Đồng Lớn)",
            "Xí nghiệp Thủy lợi Hòa Lộc",
            "Từ 05/01 đến 14/01/2027",
        ),
        ("4", "Lấy nước đợt 2 dưỡng lúa đẻ nhánh", "Xí nghiệp Thủy lợi Hòa Lộc", "Từ 25/01 đến 02/02/2027"),
        (
            "5",
            "Lấy nước đợt 3 giai đoạn lúa làm đòng - trổ bông",
            "Xí nghiệp Thủy lợi Hòa Lộc; Xí nghiệp Thủy lợi Đồng Xuân",
            "Từ 01/3 đến 10/3/2027",
        ),
        (
            "6",
            "Quan trắc mực nước, dung tích các hồ chứa; cập nhật số liệu lên hệ thống giám sát trực tuyến",
            "Phòng Quản lý nước và công trình",
            "Hằng ngày",
        ),
        (
            "7",
            "Xây dựng phương án cấp nước chống hạn cho 1.250 ha vùng cuối kênh",
            "Phòng Kỹ thuật",
            "Trước 15/01/2027",
        ),
        (
            "8",
            "Ký hợp đồng cung cấp sản phẩm, dịch vụ thủy lợi với UBND các xã, hợp tác xã dùng nước",
            "Phòng Kinh doanh - Dịch vụ thủy lợi",
            "Tháng 01/2027",
        ),
        (
            "9",
            "Nghiệm thu diện tích tưới vụ Đông Xuân với các xã, hợp tác xã",
            "Phòng Quản lý nước và công trình (chủ trì); các xí nghiệp",
            "Sau thu hoạch, dự kiến tháng 5/2027",
        ),
    ]
    body = []
    for number, task, doer, time in rows:
        if doer == "XN_DX":
            cell = '<td rowspan="2">Xí nghiệp Thủy lợi Đồng Xuân</td>'
        elif doer is None:
            cell = ""
        else:
            cell = f"<td>{doer}</td>"
        body.append(f'<tr><td align="center">{number}</td><td>{task}</td>{cell}<td>{time}</td></tr>')
    table_rows = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch cấp nước phục vụ sản xuất vụ Đông Xuân 2026 - 2027</title>
</head>
<body>
<div class="breadcrumb">Trang chủ &raquo; Tin tức - Thông báo &raquo; Kế hoạch điều hành</div>
<table class="header" width="100%">
<tr><td align="center"><b>UBND TỈNH LÂM HẢI<br>CÔNG TY TNHH MTV KHAI THÁC<br>CÔNG TRÌNH THỦY LỢI LÂM HẢI</b>
<br>Số: 412/KH-CTTL</td>
<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>
<i>Lâm Hải, ngày 17 tháng 12 năm 2026</i></td></tr>
</table>
<h2 style="text-align:center">KẾ HOẠCH<br>Cấp nước phục vụ sản xuất vụ Đông Xuân 2026 - 2027</h2>
<p>Căn cứ Quyết định số 2755/QĐ-UBND ngày 02/12/2026 của UBND tỉnh về khung lịch thời vụ sản xuất vụ Đông
Xuân 2026 - 2027; căn cứ dung tích thực tế các hồ chứa tại thời điểm ngày 15/12/2026 (đạt 78% dung tích
thiết kế), Công ty xây dựng Kế hoạch cấp nước với diện tích tưới dự kiến 14.600 ha như sau:</p>
<p><b>I. PHÂN CÔNG NHIỆM VỤ</b></p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>TT</th><th>Nội dung công việc</th><th>Đơn vị thực hiện</th><th>Thời gian</th></tr>
{table_rows}
</table>
<p><b>II. CHẾ ĐỘ BÁO CÁO</b></p>
<p>Các xí nghiệp báo cáo mực nước hồ chứa, diện tích gieo cấy và tình hình cấp nước về Phòng Quản lý nước
và công trình trước 9 giờ sáng thứ Hai hằng tuần để tổng hợp, báo cáo Ban Giám đốc Công ty.</p>
<p>Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo kịp thời về Công ty (qua Phòng Quản lý
nước và công trình) để xem xét, giải quyết./.</p>
<table class="sign" width="100%">
<tr><td valign="top"><b><i>Nơi nhận:</i></b><br>- Sở Nông nghiệp và Môi trường (b/c);<br>- UBND các huyện;
<br>- Các phòng, xí nghiệp;<br>- Lưu: VT, QLN.</td>
<td align="center"><b>KT. TỔNG GIÁM ĐỐC<br>PHÓ TỔNG GIÁM ĐỐC</b><br><br><br><br>
<b>Nguyễn Hữu Phước</b></td></tr>
</table>
<div class="footer">Lượt xem: 214 | Ngày đăng: 18/12/2026 | In bài viết</div>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


def batch_h553() -> None:
    """Writes h553–h562 (the .doc and .pdf through LibreOffice)."""
    h = writers()
    h553_docx(h, _out("h553_ct_so_nnmt_cot_cap_trinh.docx"))
    h554_docx(h, _out("h554_tbkl_giao_ban_cong_an_tinh.docx"))
    h555_xlsx(_out("h555_lich_tuan_ubnd_tp_qua_nam_moi.xlsx"))
    h558_docx(h, _out("h558_kh_cao_dang_phu_luc_chu_tri.docx"))
    h559_docx(h, _out("h559_cv_so_noi_vu_cchc_2027.docx"))
    h560_docx(h, _out("h560_kh_btg_huyen_uy_ngay_le.docx"))
    h561_xlsx(_out("h561_chi_tieu_bql_kcn_2027.xlsx"))
    h562_html(_out("h562_kh_cap_nuoc_thuy_loi_dong_xuan.html"))
    with tempfile.TemporaryDirectory() as tmp:
        convert_each(
            h,
            Path(tmp),
            [
                (h556_docx, "h556_kh_thu_vien_tinh_van_hoa_doc.docx", "doc"),
                (h557_docx, "h557_ct_hoi_ccb_tinh_theo_thang.docx", "pdf"),
            ],
            _out,
        )
