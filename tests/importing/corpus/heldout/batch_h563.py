"""Held-out batch h563–h572, written by h13author53 blind to the importer: ten documents of a
provincial Department of Justice, a provincial Department of Health, a commune health station, a
provincial military command's political office, a provincial Red Cross, a high school, a provincial
Department of Tourism, a regional State Treasury, a provincial centre for disease control and a
commune People's Committee (its education work). Every name, person, place, number and date in them
is invented."""

import tempfile
from pathlib import Path

from batch_common import (
    bold_header,
    convert_each,
    document,
    grid,
    head_block,
    landscape,
    out_path,
    para,
    sign_table,
    wrap,
    writers,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h567_tbkl_hoi_chu_thap_do_tinh",  # h13fixSI
    "h569_cv_so_du_lich_tet_giao_phong",  # h13fixSI
    "h568_kh_on_thi_thpt_phu_luc_lo_trinh",  # h13fixSK
    "h572_kh_hoi_thi_gvdg_xa_moc_thang",  # h13fixSQ
    "h565_kh_thang_tram_y_te_xa_nguoi_thuc_hien",  # h13fixTK
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def _lines(doc, lines) -> None:
    """One paragraph per line; a line opening with `**` in bold (the mark dropped)."""
    for line in lines:
        if line.startswith("**"):
            para(doc, line[2:], bold=True)
        else:
            para(doc, line)


def h563_docx(h, path: Path) -> None:
    """Department of Justice: a yearly programme table with a product column and a leader column."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN TỈNH HÀ LAM\nSỞ TƯ PHÁP\n───────\nSố: 1287/CTr-STP",
        right2="Hà Lam, ngày 08 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "của Sở Tư pháp tỉnh Hà Lam", bold=True, center=True)
    _lines(
        doc,
        [
            "Căn cứ Quyết định số 2961/QĐ-UBND ngày 30/11/2026 của Ủy ban nhân dân tỉnh ban hành Chương "
            "trình "
            "công tác năm 2027 của UBND tỉnh;",
            "Căn cứ Kế hoạch công tác tư pháp năm 2027 của Bộ Tư pháp; căn cứ chức năng, nhiệm vụ được giao,",
            "Giám đốc Sở Tư pháp ban hành Chương trình công tác năm 2027 với các nội dung cụ thể như sau:",
        ],
    )
    grid(
        doc,
        [
            "TT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Sản phẩm",
            "Thời gian hoàn thành",
            "Lãnh đạo Sở phụ trách",
        ],
        [
            ("§", "A", "CÔNG TÁC XÂY DỰNG, KIỂM TRA VÀ THEO DÕI THI HÀNH PHÁP LUẬT"),
            [
                "1",
                "Thẩm định dự thảo văn bản quy phạm pháp luật do các sở, ngành chủ trì soạn thảo trình "
                "HĐND, UBND tỉnh",
                "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật",
                "Các sở, ngành",
                "Báo cáo thẩm định",
                "Thường xuyên",
                "PGĐ Lò Văn Khải",
            ],
            [
                "2",
                "Kiểm tra văn bản quy phạm pháp luật do HĐND, UBND cấp xã ban hành năm 2026",
                "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật",
                "UBND các xã, phường",
                "Kết luận kiểm tra",
                "Quý III",
                "PGĐ Lò Văn Khải",
            ],
            [
                "3",
                "Xây dựng Báo cáo công tác theo dõi tình hình thi hành pháp luật năm 2027 của UBND tỉnh",
                "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật",
                "Các sở, ngành; UBND cấp xã",
                "Báo cáo của UBND tỉnh",
                "Trước 15/11",
                "PGĐ Lò Văn Khải",
            ],
            ("§", "B", "CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT"),
            [
                "4",
                "Tham mưu Kế hoạch phổ biến, giáo dục pháp luật năm 2027 của Hội đồng phối hợp PBGDPL tỉnh",
                "Phòng Phổ biến, giáo dục pháp luật",
                "Thành viên Hội đồng phối hợp PBGDPL tỉnh",
                "Kế hoạch của UBND tỉnh",
                "Tháng 01",
                "Giám đốc Sở",
            ],
            [
                "5",
                "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam "
                "(09/11) năm 2027",
                "Phòng Phổ biến, giáo dục pháp luật",
                "Sở Giáo dục và Đào tạo; Báo và Phát thanh, Truyền hình Hà Lam",
                "Kế hoạch; Báo cáo kết quả",
                "Tháng 10 - 11",
                "Giám đốc Sở",
            ],
            [
                "6",
                "Hướng dẫn, tổng hợp kết quả đánh giá xã, phường đạt chuẩn tiếp cận pháp luật năm 2027",
                "Phòng Phổ biến, giáo dục pháp luật",
                "UBND các xã, phường",
                "Tờ trình công nhận",
                "Tháng 12",
                "Giám đốc Sở",
            ],
            ("§", "C", "CÔNG TÁC HÀNH CHÍNH TƯ PHÁP, BỔ TRỢ TƯ PHÁP VÀ TRỢ GIÚP PHÁP LÝ"),
            [
                "7",
                "Kiểm tra công tác đăng ký, quản lý hộ tịch, chứng thực tại 12 xã, phường",
                "Phòng Hành chính tư pháp và Bổ trợ tư pháp",
                "UBND các xã, phường được kiểm tra",
                "Kết luận kiểm tra",
                "Quý II, Quý IV",
                "PGĐ Đặng Thị Thu Hà",
            ],
            [
                "8",
                "Thẩm định hồ sơ đề nghị thành lập, chuyển đổi Văn phòng công chứng",
                "Phòng Hành chính tư pháp và Bổ trợ tư pháp",
                "Sở Nội vụ",
                "Tờ trình UBND tỉnh",
                "Khi có hồ sơ đề nghị",
                "PGĐ Đặng Thị Thu Hà",
            ],
            [
                "9",
                "Tổ chức trợ giúp pháp lý lưu động tại các xã vùng đồng bào dân tộc thiểu số: 04 đợt "
                "(tháng 3, 5, 7, 9)",
                "Trung tâm Trợ giúp pháp lý nhà nước",
                "UBND các xã Pà Cò, Tà Xùa, Nậm Pồ, Mường Khoa",
                "Báo cáo kết quả từng đợt",
                "Tháng 9",
                "PGĐ Đặng Thị Thu Hà",
            ],
            ("§", "D", "CÔNG TÁC VĂN PHÒNG, TỔNG HỢP"),
            [
                "10",
                "Xây dựng và tổ chức thực hiện Kế hoạch cải cách hành chính, chuyển đổi số của Sở năm 2027",
                "Văn phòng Sở",
                "Các phòng, đơn vị",
                "Kế hoạch",
                "Trước 31/01",
                "Giám đốc Sở",
            ],
            [
                "11",
                "Tổng kết công tác tư pháp năm 2027, triển khai nhiệm vụ năm 2028",
                "Văn phòng Sở",
                "Các phòng, đơn vị",
                "Báo cáo tổng kết; Hội nghị",
                "Tháng 12/2027 (dự kiến)",
                "Giám đốc Sở",
            ],
        ],
        widths=[1.0, 8.0, 4.0, 3.5, 3.0, 2.5, 2.8],
    )
    _lines(
        doc,
        [
            "Căn cứ Chương trình này, Trưởng các phòng, đơn vị thuộc Sở chủ động xây dựng kế hoạch chi tiết "
            "để triển khai thực hiện.",
            "Các phòng, đơn vị báo cáo kết quả thực hiện Chương trình định kỳ hằng quý (trước ngày 15 của "
            "tháng cuối quý) về Văn phòng Sở để tổng hợp, báo cáo Giám đốc Sở.",
            "Trong quá trình thực hiện, nếu có phát sinh, điều chỉnh, các phòng, đơn vị kịp thời báo cáo "
            "Giám đốc Sở (qua Văn phòng Sở) xem xét, quyết định./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Bộ Tư pháp (b/c);\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị "
        "thuộc Sở;\n- Lưu: VT, VP.",
        "GIÁM ĐỐC\n\n\n\nNguyễn Hữu Tâm",
    )
    doc.save(path)


def h564_xlsx(path: Path) -> None:
    """Department of Health: an indicator sheet under a two-row header (2026 plan and estimate)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    ws["A1"] = "UBND TỈNH THẠCH BÌNH"
    ws["A2"] = "SỞ Y TẾ"
    ws["A3"] = "BIỂU GIAO CHỈ TIÊU CHUYÊN MÔN NGÀNH Y TẾ NĂM 2027"
    ws["A4"] = "(Kèm theo Quyết định số 2140/QĐ-SYT ngày 10/12/2026 của Giám đốc Sở Y tế)"
    ws.merge_cells("A1:C1")
    ws.merge_cells("A2:C2")
    for r in (3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
    ws["A2"].font = ws["A3"].font = Font(bold=True)
    ws["A4"].font = Font(italic=True)
    ws.append([])
    ws.append(
        [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Năm 2026",
            None,
            "Kế hoạch năm 2027",
            "Đơn vị chủ trì thực hiện",
            "Thời hạn hoàn thành",
            "Ghi chú",
        ]
    )
    ws.append([None, None, None, "Kế hoạch", "Ước thực hiện", None, None, None, None])
    for col in (1, 2, 3, 6, 7, 8, 9):
        ws.merge_cells(start_row=6, start_column=col, end_row=7, end_column=col)
    ws.merge_cells("D6:E6")
    bold_header(ws, 6)
    bold_header(ws, 7)
    rows = [
        ["A", "CHỈ TIÊU KINH TẾ - XÃ HỘI DO UBND TỈNH GIAO"],
        [
            1,
            "Số giường bệnh/10.000 dân (không tính giường trạm y tế xã)",
            "Giường",
            33,
            "33,5",
            34,
            "Phòng Kế hoạch - Tài chính",
            "31/12/2027",
            None,
        ],
        [2, "Số bác sĩ/10.000 dân", "Bác sĩ", 12, "12,1", "12,8", "Phòng Tổ chức cán bộ", "31/12/2027", None],
        [
            3,
            "Tỷ lệ dân số tham gia bảo hiểm y tế",
            "%",
            94,
            "94,6",
            "95,5",
            "Phòng Kế hoạch - Tài chính",
            "31/12/2027",
            "Phối hợp BHXH tỉnh",
        ],
        [
            4,
            "Tỷ lệ xã, phường đạt Bộ tiêu chí quốc gia về y tế",
            "%",
            90,
            91,
            95,
            "Phòng Nghiệp vụ Y",
            "Quý IV",
            None,
        ],
        ["B", "CHỈ TIÊU CHUYÊN MÔN"],
        [
            5,
            "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin",
            "%",
            "≥ 95",
            "96,2",
            "≥ 95",
            "Trung tâm Kiểm soát bệnh tật",
            "Hằng tháng",
            "Báo cáo qua phần mềm TCQG",
        ],
        [
            6,
            "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi",
            "%",
            "18,5",
            "18,3",
            "17,8",
            "Trung tâm Kiểm soát bệnh tật",
            "Tháng 10/2027",
            "Theo kết quả điều tra",
        ],
        [
            7,
            "Số người nhiễm HIV được điều trị bằng thuốc ARV",
            "Người",
            1450,
            1462,
            1520,
            "Trung tâm Kiểm soát bệnh tật",
            "31/12/2027",
            None,
        ],
        [
            8,
            "Tỷ lệ dân số được lập và cập nhật hồ sơ sức khỏe điện tử",
            "%",
            85,
            87,
            95,
            "Phòng Nghiệp vụ Y; Trung tâm Y tế các khu vực",
            "30/6/2027",
            None,
        ],
        [
            9,
            "Số cơ sở khám bệnh, chữa bệnh công lập triển khai bệnh án điện tử",
            "Cơ sở",
            6,
            6,
            11,
            "Phòng Nghiệp vụ Y",
            "Quý III",
            None,
        ],
        ["C", "CHỈ TIÊU QUẢN LÝ NHÀ NƯỚC"],
        [
            10,
            "Số cuộc kiểm tra liên ngành về an toàn thực phẩm",
            "Cuộc",
            8,
            9,
            10,
            "Chi cục An toàn vệ sinh thực phẩm",
            "Theo kế hoạch của Ban Chỉ đạo liên ngành",
            None,
        ],
        [
            11,
            "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn",
            "%",
            100,
            "99,8",
            100,
            "Văn phòng Sở",
            "Hằng quý",
            None,
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            at = ws.max_row
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=9)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
    wrap(ws, 8)
    ws.append([])
    notes = [
        "Ghi chú:",
        "1. Số liệu ước thực hiện năm 2026 tính đến ngày 30/11/2026.",
        "2. Các đơn vị gửi báo cáo kết quả thực hiện chỉ tiêu 6 tháng trước ngày 15/6/2027 và cả năm trước "
        "ngày 10/12/2027 về Sở Y tế (qua Phòng Kế hoạch - Tài chính).",
    ]
    for note in notes:
        ws.append([None, note])
        at = ws.max_row
        ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=9)
    ws.append([])
    ws.cell(ws.max_row + 1, 7).value = "GIÁM ĐỐC"
    ws.cell(ws.max_row + 4, 7).value = "Bùi Thanh Sơn"
    for letter, width in zip("ABCDEFGHI", [6, 46, 10, 10, 10, 11, 28, 16, 22], strict=True):
        ws.column_dimensions[letter].width = width
    wb.save(path)


def h565_docx(h, path: Path) -> None:
    """Commune health station: a month plan table whose doers are posts and named staff only."""
    doc = document(13)
    head_block(
        doc,
        "UBND XÃ TÂN PHONG\nTRẠM Y TẾ\n───────\nSố: 03/KH-TYT",
        right2="Tân Phong, ngày 28 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hoạt động tháng 01 năm 2027", bold=True, center=True)
    _lines(
        doc,
        [
            "Căn cứ Kế hoạch hoạt động năm 2027 của Trạm Y tế xã Tân Phong; căn cứ tình hình thực tế tại địa "
            "phương, Trạm Y tế xây dựng kế hoạch hoạt động tháng 01/2027 như sau:",
        ],
    )
    grid(
        doc,
        ["TT", "Nội dung hoạt động", "Thời gian", "Người thực hiện", "Ghi chú"],
        [
            ("§", "I", "CÔNG TÁC PHÒNG BỆNH"),
            [
                "1",
                "Tiêm chủng mở rộng thường kỳ tháng 01 cho trẻ em dưới 1 tuổi và phụ nữ có thai",
                "Ngày 08 - 09/01",
                "Nữ hộ sinh Đinh Thị Lan; Điều dưỡng Vi Văn Tùng",
                "Tại Trạm",
            ],
            [
                "2",
                "Giám sát, phát hiện sớm các ca bệnh truyền nhiễm (cúm, tay chân miệng, sởi) tại thôn, bản",
                "Thường xuyên",
                "Y sĩ Lò Thị Mai",
                "Phối hợp nhân viên y tế thôn, bản",
            ],
            [
                "3",
                "Truyền thông phòng, chống dịch bệnh mùa đông xuân trên hệ thống loa truyền thanh xã",
                "02 buổi/tuần",
                "Điều dưỡng Vi Văn Tùng",
                "",
            ],
            [
                "4",
                "Kiểm tra an toàn thực phẩm tại các cơ sở kinh doanh thực phẩm, chợ Tân Phong phục vụ Tết "
                "Nguyên đán",
                "Từ 18/01 đến 30/01",
                "Trạm trưởng",
                "Cùng Tổ liên ngành ATTP xã",
            ],
            ("§", "II", "CÔNG TÁC KHÁM, CHỮA BỆNH"),
            [
                "5",
                "Khám thai, quản lý thai nghén và tư vấn dinh dưỡng cho phụ nữ mang thai",
                "Thứ Tư hằng tuần",
                "Nữ hộ sinh Đinh Thị Lan",
                "",
            ],
            [
                "6",
                "Khám định kỳ, cấp thuốc cho người bệnh tăng huyết áp, đái tháo đường được quản lý tại Trạm",
                "Ngày 15/01",
                "Y sĩ Lò Thị Mai",
                "142 người bệnh",
            ],
            [
                "7",
                "Cập nhật dữ liệu hồ sơ sức khỏe điện tử của người dân trên phần mềm",
                "Hằng ngày",
                "Điều dưỡng Vi Văn Tùng",
                "",
            ],
            ("§", "III", "CÔNG TÁC DƯỢC, HÀNH CHÍNH"),
            [
                "8",
                "Kiểm kê thuốc, vật tư y tế; lập dự trù thuốc quý I/2027",
                "Trước 25/01",
                "Dược sĩ Hà Thị Phương",
                "",
            ],
            [
                "9",
                "Chuẩn bị cơ số thuốc, phương tiện cấp cứu phục vụ trực Tết Nguyên đán Đinh Mùi",
                "Trước 30/01",
                "Trạm trưởng; Dược sĩ Hà Thị Phương",
                "",
            ],
            [
                "10",
                "Lập báo cáo thống kê y tế tháng 01, gửi Trung tâm Y tế khu vực Tân Phong",
                "Trước 28/01",
                "Trạm trưởng",
                "Báo cáo qua phần mềm",
            ],
        ],
        widths=[1.0, 8.0, 2.8, 3.5, 2.5],
    )
    _lines(
        doc,
        [
            "Nhân viên y tế các thôn, bản báo cáo tình hình dịch bệnh, sinh, tử trên địa bàn về Trạm Y tế "
            "trước ngày 25 hằng tháng.",
            "Trên đây là kế hoạch hoạt động tháng 01/2027 của Trạm Y tế xã Tân Phong./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TTYT khu vực Tân Phong (b/c);\n- UBND xã (b/c);\n- Nhân viên Trạm;\n- Lưu: TYT.",
        "TRẠM TRƯỞNG\n\n\n\nBs. Hoàng Văn Dũng",
    )
    doc.save(path)


def h566_docx(h, path: Path) -> None:
    """Military command's political office: a month plan in prose, each task with labelled fields."""
    doc = document(14)
    head_block(
        doc,
        "BỘ CHỈ HUY QUÂN SỰ TỈNH LÂM HÀ\nPHÒNG CHÍNH TRỊ\n───────\nSố: 86/KH-PCT",
        right2="Lâm Hà, ngày 22 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Công tác đảng, công tác chính trị tháng 01 năm 2027", bold=True, center=True)
    tasks = [
        (
            "1. Tham mưu cho Đảng ủy Quân sự tỉnh ra nghị quyết lãnh đạo thực hiện nhiệm vụ quân sự, quốc "
            "phòng năm 2027",
            "Ban Tổ chức",
            "Phòng Tham mưu, Phòng Hậu cần - Kỹ thuật",
            "Hoàn thành trước ngày 10/01/2027",
            "Nghị quyết của Đảng ủy Quân sự tỉnh",
        ),
        (
            "2. Tổ chức Hội nghị tập huấn cán bộ chính trị, bí thư chi bộ toàn lực lượng vũ trang tỉnh",
            "Ban Tuyên huấn",
            "Ban Tổ chức",
            "Ngày 14 - 15/01/2027",
            "Tài liệu, báo cáo kết quả tập huấn",
        ),
        (
            "3. Tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam và đón Tết Nguyên đán "
            "Đinh Mùi 2027",
            "Ban Tuyên huấn",
            "Các cơ quan, đơn vị",
            "Từ 20/01 đến 06/02/2027",
            "Pa nô, khẩu hiệu; tin, bài",
        ),
        (
            "4. Thực hiện quy trình xét, đề nghị thăng quân hàm, nâng lương sĩ quan, quân nhân chuyên nghiệp "
            "đợt 1 năm 2027",
            "Ban Cán bộ",
            "Ban Tổ chức",
            "Trong tháng",
            "Tờ trình, danh sách đề nghị",
        ),
        (
            "5. Kiểm tra công tác đảng, công tác chính trị tại Ban Chỉ huy quân sự các xã Nậm Cang, Pa "
            "Khoang",
            "Ban Tổ chức; Ban Tuyên huấn",
            "Đảng ủy các xã Nậm Cang, Pa Khoang",
            "Từ 18 đến 22/01/2027",
            "Thông báo kết luận kiểm tra",
        ),
        (
            "6. Thăm, tặng quà gia đình chính sách, quân nhân có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán",
            "Ban Chính sách",
            "Ban Dân vận; Hội Cựu chiến binh tỉnh",
            "Từ 25/01 đến 04/02/2027",
            "Danh sách, báo cáo kết quả",
        ),
        (
            '7. Phối hợp với UBND xã Nậm Cang tổ chức chương trình "Tết Quân - Dân" năm 2027',
            "Ban Dân vận",
            "Ban Chính sách; UBND xã Nậm Cang",
            "Ngày 30/01/2027",
            "Chương trình, báo cáo",
        ),
        (
            "8. Nắm, quản lý tình hình tư tưởng cán bộ, chiến sĩ trước, trong và sau Tết Nguyên đán",
            "Ban Bảo vệ an ninh",
            "Ban Tuyên huấn; các cơ quan, đơn vị",
            "Thường xuyên",
            "Báo cáo nhanh khi có vụ việc",
        ),
        (
            "9. Tổng hợp báo cáo công tác đảng, công tác chính trị tháng 01/2027 gửi Cục Chính trị Quân khu",
            "Ban Tổ chức",
            "Các ban",
            "Trước ngày 25/01/2027",
            "Báo cáo tháng",
        ),
    ]
    lines = [
        "**I. ĐẶC ĐIỂM TÌNH HÌNH",
        "Tháng 01/2027 lực lượng vũ trang tỉnh triển khai nhiệm vụ huấn luyện năm 2027, đồng thời chuẩn bị "
        "đón Tết Nguyên đán Đinh Mùi; tình hình tư tưởng cán bộ, chiến sĩ ổn định, an tâm công tác.",
        "**II. NỘI DUNG, BIỆN PHÁP",
    ]
    for title, lead, partner, when, product in tasks:
        lines += [
            "**" + title,
            f"- Cơ quan chủ trì: {lead}.",
            f"- Cơ quan phối hợp: {partner}.",
            f"- Thời gian: {when}.",
            f"- Sản phẩm: {product}.",
        ]
    lines += [
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Ban Tổ chức là cơ quan thường trực, giúp Chủ nhiệm Chính trị theo dõi, đôn đốc việc thực hiện Kế "
        "hoạch.",
        "2. Các ban thuộc Phòng Chính trị, cơ quan chính trị các đơn vị trực thuộc báo cáo kết quả thực hiện "
        "về Phòng Chính trị (qua Ban Tổ chức) trước ngày 22/01/2027.",
        "3. Các cơ quan, đơn vị căn cứ Kế hoạch chủ động triển khai phù hợp với nhiệm vụ được giao./.",
    ]
    _lines(doc, lines)
    sign_table(
        doc,
        "Nơi nhận:\n- Cục Chính trị QK (b/c);\n- Thường vụ ĐUQS tỉnh (b/c);\n- Các ban, cơ quan, đơn vị;\n"
        "- Lưu: VT, TC; T12.",
        "CHỦ NHIỆM CHÍNH TRỊ\n\n\n\nĐại tá Hà Quang Vinh",
    )
    doc.save(path)


def h567_docx(h, path: Path) -> None:
    """Provincial Red Cross: notice of the chairwoman's conclusions, tasks inside the sentences."""
    doc = document(14)
    head_block(
        doc,
        "TW HỘI CHỮ THẬP ĐỎ VIỆT NAM\nHỘI CHỮ THẬP ĐỎ TỈNH BẮC SƠN\n───────\nSố: 147/TB-CTĐ",
        "HỘI CHỮ THẬP ĐỎ VIỆT NAM",
        right2="Bắc Sơn, ngày 11 tháng 12 năm 2026",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của đồng chí Chủ tịch Hội Chữ thập đỏ tỉnh tại cuộc họp Ban Thường vụ tháng 12 năm 2026",
        bold=True,
        center=True,
    )
    _lines(
        doc,
        [
            "Ngày 09/12/2026, Ban Thường vụ Hội Chữ thập đỏ tỉnh họp thường kỳ dưới sự chủ trì của đồng chí "
            "Trương Thị Minh Nguyệt, Chủ tịch Hội. Dự họp có các đồng chí Ủy viên Ban Thường vụ, Trưởng các "
            "ban, đơn vị thuộc Tỉnh Hội. Sau khi nghe Văn phòng báo cáo kết quả công tác tháng 11, ý kiến "
            "của "
            "các đại biểu, đồng chí Chủ tịch kết luận như sau:",
            "**1. Đánh giá chung",
            "Trong tháng 11/2026, các cấp Hội đã tập trung khắc phục hậu quả bão số 7, vận động được 4,2 tỷ "
            "đồng tiền và hàng cứu trợ, kịp thời hỗ trợ 1.850 hộ bị thiệt hại. Tuy nhiên, việc báo cáo số "
            "liệu của một số cơ sở Hội còn chậm, chưa đầy đủ.",
            "**2. Nhiệm vụ trọng tâm thời gian tới",
            'a) Về Chương trình "Tết Nhân ái" Xuân Đinh Mùi 2027: Ban Công tác xã hội khẩn trương hoàn '
            "thiện danh sách 1.200 hộ nghèo, người có hoàn cảnh đặc biệt khó khăn được tặng quà, trình "
            "Thường "
            "trực trước ngày 20/12/2026; việc trao quà phải hoàn thành trước ngày 30/01/2027.",
            "b) Giao Ban Tổ chức - Phong trào tham mưu tổ chức Hội nghị tổng kết công tác Hội và phong trào "
            "Chữ thập đỏ năm 2026 vào ngày 15/01/2027.",
            "c) Văn phòng chuẩn bị hội trường, tài liệu và hồ sơ khen thưởng phục vụ Hội nghị tổng kết, hoàn "
            "thành trước ngày 12/01/2027.",
            "d) Thống nhất tổ chức Lễ hội Xuân hồng năm 2027 từ ngày 15 đến ngày 20/02/2027, phấn đấu tiếp "
            "nhận tối thiểu 2.500 đơn vị máu; Ban Tổ chức - Phong trào chủ trì, phối hợp với Bệnh viện Đa "
            "khoa tỉnh thực hiện.",
            "đ) Đồng ý chủ trương mở 05 lớp tập huấn sơ cấp cứu ban đầu cho hội viên, tình nguyện viên các "
            "xã "
            "ven biển; Ban Công tác xã hội xây dựng kế hoạch, trình trong tháng 01/2027 và tổ chức các lớp "
            "trong quý II/2027.",
            "e) Văn phòng rà soát, sửa đổi Quy chế chi tiêu nội bộ năm 2027 của cơ quan Tỉnh Hội; hoàn thành "
            "trước ngày 31/12/2026.",
            "g) Ban Kiểm tra Tỉnh Hội kiểm tra việc quản lý, sử dụng nguồn vận động cứu trợ sau bão số 7 tại "
            "Hội Chữ thập đỏ 04 xã Hòa Lạc, Đông Xá, Yên Mỹ, Kim Sơn; báo cáo kết quả trong quý I/2027.",
            'h) Giao Ban Truyền thông và Phát triển nguồn lực thường xuyên đưa tin về Chương trình "Tết Nhân '
            'ái" trên Trang thông tin điện tử và fanpage của Tỉnh Hội.',
            "i) Đề nghị Hội Chữ thập đỏ các xã, phường và đơn vị trực thuộc đẩy mạnh vận động nguồn lực "
            "chăm lo "
            "Tết cho người nghèo; báo cáo kết quả về Tỉnh Hội (qua Ban Công tác xã hội) trước ngày "
            "10/02/2027.",
            "Các đồng chí Ủy viên Ban Thường vụ theo lĩnh vực được phân công phụ trách thường xuyên theo "
            "dõi, "
            "đôn đốc các ban, đơn vị thực hiện.",
            "Văn phòng Tỉnh Hội thông báo để các ban, đơn vị biết, thực hiện./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TW Hội CTĐ Việt Nam (b/c);\n- Ban Dân vận Tỉnh ủy (b/c);\n- Thường trực, UV BTV;\n"
        "- Các ban, đơn vị;\n- Hội CTĐ các xã, phường;\n- Lưu: VT, VP.",
        "TL. BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\n\n\nLê Quang Thắng",
    )
    doc.save(path)


def h568_docx(h, path: Path) -> None:
    """High school: an exam-preparation plan in prose with a roadmap appendix after the signature."""
    doc = document(13)
    head_block(
        doc,
        "SỞ GD&ĐT TỈNH HÀ LAM\nTRƯỜNG THPT ĐỒNG XUYÊN\n───────\nSố: 215/KH-THPTĐX",
        right2="Đồng Xuyên, ngày 05 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Ôn tập, tổ chức thi thử và chuẩn bị Kỳ thi tốt nghiệp THPT năm 2027",
        bold=True,
        center=True,
    )
    _lines(
        doc,
        [
            "Căn cứ Kế hoạch số 1870/KH-SGDĐT ngày 20/11/2026 của Sở Giáo dục và Đào tạo về tổ chức Kỳ thi "
            "tốt nghiệp THPT năm 2027; căn cứ kết quả học tập học kỳ I của học sinh khối 12, Trường THPT "
            "Đồng "
            "Xuyên xây dựng kế hoạch như sau:",
            "**I. MỤC ĐÍCH, YÊU CẦU",
            "- Giúp học sinh khối 12 hệ thống kiến thức, rèn kỹ năng làm bài thi; phấn đấu tỷ lệ tốt nghiệp "
            "đạt 99,5%, điểm trung bình các môn thi cao hơn năm 2026.",
            "- Tổ chức ôn tập nghiêm túc, đúng đối tượng, không gây áp lực, quá tải cho học sinh.",
            "**II. NỘI DUNG",
            "1. Ôn tập các môn thi bắt buộc (Toán, Ngữ văn) và các môn thi lựa chọn theo đăng ký của học "
            "sinh; "
            "mỗi môn 02 tiết/tuần vào buổi chiều.",
            "2. Tổ chức 02 lần thi thử theo cấu trúc đề minh họa của Bộ Giáo dục và Đào tạo.",
            "Lộ trình, bộ phận thực hiện và thời gian cụ thể tại Phụ lục kèm theo.",
            "**III. TỔ CHỨC THỰC HIỆN",
            "1. Tổ Văn phòng là bộ phận thường trực, giúp Hiệu trưởng theo dõi, tổng hợp việc thực hiện Kế "
            "hoạch.",
            "2. Các tổ chuyên môn báo cáo tiến độ ôn tập về Phó Hiệu trưởng phụ trách chuyên môn vào tuần "
            "cuối "
            "hằng tháng.",
            "3. Đề nghị Ban đại diện cha mẹ học sinh trường phối hợp vận động cha mẹ học sinh khối 12 tạo "
            "điều "
            "kiện, đôn đốc con em tham gia đầy đủ các buổi ôn tập.",
            "Trên đây là Kế hoạch ôn tập, thi thử và chuẩn bị Kỳ thi tốt nghiệp THPT năm 2027 của Trường "
            "THPT "
            "Đồng Xuyên./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở GD&ĐT (b/c);\n- BGH; các tổ chuyên môn;\n- Đoàn trường;\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nNguyễn Đức Cường",
    )
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "LỘ TRÌNH THỰC HIỆN", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 215/KH-THPTĐX ngày 05/12/2026)", italic=True, center=True)
    grid(
        doc,
        ["TT", "Thời gian", "Nội dung công việc", "Bộ phận thực hiện", "Người phụ trách"],
        [
            [
                "1",
                "Trước 20/12/2026",
                "Khảo sát nguyện vọng, đăng ký môn thi lựa chọn của học sinh khối 12",
                "Tổ Văn phòng",
                "PHT Nguyễn Thị Hạnh",
            ],
            [
                "2",
                "Trước 15/01/2027",
                "Xây dựng đề cương ôn tập các môn thi, thông qua tổ, trình Hiệu trưởng phê duyệt",
                "Các tổ chuyên môn",
                "PHT Nguyễn Thị Hạnh",
            ],
            [
                "3",
                "Tháng 01 - tháng 5/2027",
                "Dạy ôn tập buổi chiều cho học sinh khối 12 theo thời khóa biểu riêng",
                "Các tổ chuyên môn",
                "PHT Nguyễn Thị Hạnh",
            ],
            [
                "4",
                "10 - 11/3/2027",
                "Tổ chức thi thử tốt nghiệp THPT lần 1",
                "Hội đồng thi thử",
                "PHT Nguyễn Thị Hạnh",
            ],
            [
                "5",
                "Trước 20/3/2027",
                "Phân tích kết quả thi thử lần 1, điều chỉnh nội dung ôn tập môn Toán, Ngữ văn",
                "Tổ Toán - Tin; Tổ Ngữ văn",
                "PHT Nguyễn Thị Hạnh",
            ],
            [
                "6",
                "Tháng 3/2027",
                "Họp cha mẹ học sinh khối 12 thông báo kết quả thi thử, tư vấn chọn ngành nghề",
                "Tổ Văn phòng; GVCN lớp 12",
                "PHT Trần Văn Quý",
            ],
            [
                "7",
                "Tháng 4/2027",
                "Tư vấn tuyển sinh, hướng nghiệp cho học sinh khối 12 (phối hợp các trường đại học, cao "
                "đẳng)",
                "Đoàn trường",
                "PHT Trần Văn Quý",
            ],
            [
                "8",
                "14 - 15/4/2027",
                "Tổ chức thi thử tốt nghiệp THPT lần 2",
                "Hội đồng thi thử",
                "PHT Nguyễn Thị Hạnh",
            ],
            [
                "9",
                "Theo lịch của Sở GD&ĐT",
                "Hướng dẫn học sinh đăng ký dự thi trực tuyến trên Hệ thống quản lý thi",
                "Tổ Văn phòng",
                "PHT Trần Văn Quý",
            ],
            [
                "10",
                "Trước 10/6/2027",
                "Phổ biến Quy chế thi, hướng dẫn học sinh làm thủ tục dự thi, chuẩn bị đồ dùng",
                "Đoàn trường; GVCN lớp 12",
                "PHT Trần Văn Quý",
            ],
        ],
        widths=[1.0, 3.0, 7.5, 3.5, 3.0],
    )
    doc.save(path)


def h569_docx(h, path: Path) -> None:
    """Department of Tourism: a dispatch assigning Tết tasks to its units and asking outside bodies."""
    doc = document(14)
    head_block(
        doc,
        "UBND TỈNH HẢI ĐÔNG\nSỞ DU LỊCH\n───────\nSố: 2318/SDL-QLLH\nV/v triển khai các giải pháp phục vụ "
        "khách "
        "du lịch dịp Tết Nguyên đán Đinh Mùi và mùa lễ hội Xuân 2027",
        right2="Hải Đông, ngày 29 tháng 12 năm 2026",
    )
    _lines(
        doc,
        [
            "**Kính gửi:",
            "- Các phòng, đơn vị thuộc Sở;",
            "- UBND các xã, phường có khu, điểm du lịch;",
            "- Hiệp hội Du lịch tỉnh Hải Đông.",
            "Dự báo dịp Tết Nguyên đán Đinh Mùi và mùa lễ hội Xuân 2027, tỉnh Hải Đông đón khoảng 640.000 "
            "lượt "
            "khách, tăng 12% so với cùng kỳ. Để bảo đảm an toàn, văn minh, nâng cao chất lượng phục vụ khách "
            "du lịch, Sở Du lịch đề nghị các cơ quan, đơn vị triển khai các nội dung sau:",
            "**1. Phòng Quản lý lữ hành",
            "a) Kiểm tra việc chấp hành quy định về kinh doanh dịch vụ lữ hành, hướng dẫn viên tại các điểm "
            "du lịch trọng điểm (đảo Hòn Mây, Khu di tích Đền Vạn Xuân); hoàn thành trước ngày 31/01/2027.",
            "b) Duy trì đường dây nóng hỗ trợ khách du lịch 0215.3866.999 hoạt động 24/24 giờ trong suốt dịp "
            "Tết (từ ngày 01/02 đến ngày 14/02/2027).",
            "**2. Phòng Quản lý cơ sở lưu trú và Dịch vụ du lịch",
            "a) Đôn đốc các cơ sở lưu trú du lịch niêm yết công khai giá phòng, giá dịch vụ và thực hiện "
            "đúng "
            "giá niêm yết; thực hiện thường xuyên.",
            "b) Phối hợp với Phòng Cảnh sát PCCC và CNCH Công an tỉnh kiểm tra an toàn phòng cháy, chữa cháy "
            "tại các cơ sở lưu trú ven biển, hoàn thành trước ngày 25/01/2027.",
            "**3. Trung tâm Thông tin và Xúc tiến du lịch",
            '- Sản xuất bộ ấn phẩm, video quảng bá "Hải Đông - Xuân đón khách" phát hành trên các nền tảng '
            "số "
            "trước ngày 20/01/2027.",
            "- Tổ chức đón đoàn khách du lịch đầu tiên năm 2027 tại Ga Hải Đông vào ngày 06/02/2027 (mùng 1 "
            "Tết).",
            "**4. Văn phòng Sở",
            "Bố trí lịch trực lãnh đạo, công chức trong các ngày nghỉ Tết, gửi UBND tỉnh trước ngày "
            "28/01/2027.",
            "**5. Đề nghị UBND các xã, phường có khu, điểm du lịch",
            "Chỉ đạo lực lượng chức năng bảo đảm an ninh trật tự, vệ sinh môi trường; xử lý nghiêm tình "
            "trạng "
            "chèo kéo, ép giá khách du lịch trên địa bàn trong dịp Tết và mùa lễ hội Xuân (đến hết tháng "
            "3/2027).",
            "**6. Đề nghị Hiệp hội Du lịch tỉnh",
            "Vận động hội viên cam kết không tăng giá dịch vụ quá mức trong dịp Tết; tổ chức ký cam kết "
            "trước "
            "ngày 25/01/2027.",
            "Các đơn vị báo cáo nhanh tình hình hoạt động du lịch dịp Tết (lượt khách, doanh thu, sự cố phát "
            "sinh) về Sở Du lịch (qua Phòng Quản lý lữ hành) trước 10 giờ ngày 09/02/2027 để tổng hợp, báo "
            "cáo "
            "UBND tỉnh.",
            "Sở Du lịch đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Lưu: VT, QLLH.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nVũ Thị Kim Oanh",
    )
    doc.save(path)


_H570_ROWS = [
    # (day, time, content, chair, participants, place, preparing unit)
    (
        "Thứ Hai<br>04/01/2027",
        "08h00",
        "Giao ban lãnh đạo Kho bạc Nhà nước khu vực XIV đầu năm 2027",
        "Giám đốc Phạm Văn Thành",
        "Các Phó Giám đốc; Trưởng các phòng",
        "Phòng họp tầng 3",
        "Văn phòng",
    ),
    ("", "14h00", "PGĐ Lê Thị Hằng làm việc tại cơ quan", "", "", "", ""),
    (
        "Thứ Ba<br>05/01/2027",
        "08h00",
        "Dự Hội nghị trực tuyến triển khai nhiệm vụ Kho bạc Nhà nước năm 2027",
        "Giám đốc Phạm Văn Thành",
        "Các Phó Giám đốc; Trưởng các phòng",
        "Điểm cầu KBNN khu vực XIV",
        "Phòng Công nghệ thông tin",
    ),
    (
        "",
        "14h00",
        "Kiểm tra công tác kiểm soát chi, thanh toán vốn đầu tư tại Phòng Giao dịch số 3",
        "PGĐ Lê Thị Hằng",
        "Phòng Kiểm soát chi",
        "Phòng Giao dịch số 3 (xã Tam Dương)",
        "Phòng Kiểm soát chi",
    ),
    (
        "Thứ Tư<br>06/01/2027",
        "08h00",
        "Làm việc với Sở Tài chính về đối chiếu số liệu quyết toán ngân sách tỉnh năm 2026",
        "Giám đốc Phạm Văn Thành",
        "Phòng Kế toán nhà nước",
        "Sở Tài chính",
        "Phòng Kế toán nhà nước",
    ),
    (
        "",
        "09h00",
        "Tiếp công dân định kỳ",
        "PGĐ Nguyễn Minh Khoa",
        "Thanh tra viên; Văn phòng",
        "Phòng tiếp công dân",
        "Văn phòng",
    ),
    ("", "Chiều", "Trực lãnh đạo: PGĐ Lê Thị Hằng", "", "", "", ""),
    (
        "Thứ Năm<br>07/01/2027",
        "08h00",
        "Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm 2026",
        "Giám đốc Phạm Văn Thành",
        "Thành viên Hội đồng",
        "Phòng họp tầng 3",
        "Văn phòng",
    ),
    (
        "",
        "14h00",
        "Tập huấn sử dụng chữ ký số, dịch vụ công trực tuyến cho các đơn vị sử dụng ngân sách",
        "PGĐ Nguyễn Minh Khoa",
        "Đại diện các đơn vị sử dụng ngân sách",
        "Hội trường",
        "Phòng Kế toán nhà nước; Phòng Công nghệ thông tin",
    ),
    (
        "Thứ Sáu<br>08/01/2027",
        "08h00",
        "Dự Hội nghị tổng kết công tác tài chính - ngân sách năm 2026 của UBND tỉnh",
        "Giám đốc Phạm Văn Thành",
        "",
        "Trung tâm Hội nghị tỉnh",
        "Phòng Kế toán nhà nước (chuẩn bị tham luận)",
    ),
    (
        "",
        "10h00",
        "Làm việc với Đoàn kiểm tra của Kho bạc Nhà nước về công tác an toàn kho quỹ (dự kiến)",
        "PGĐ Lê Thị Hằng",
        "Phòng Kế toán nhà nước; Văn phòng",
        "Phòng họp tầng 2",
        "Phòng Kế toán nhà nước",
    ),
    (
        "",
        "15h00",
        "Họp giao ban tuần, đánh giá kết quả tuần và triển khai nhiệm vụ tuần sau",
        "Giám đốc Phạm Văn Thành",
        "Các Phó Giám đốc; Trưởng các phòng",
        "Phòng họp tầng 3",
        "Văn phòng",
    ),
    ("Thứ Bảy<br>09/01/2027", "Cả ngày", "Trực lãnh đạo: PGĐ Nguyễn Minh Khoa", "", "", "", ""),
    ("Chủ nhật<br>10/01/2027", "", "(Chưa có lịch)", "", "", "", ""),
]


def h570_html(path: Path) -> None:
    """Regional State Treasury: the leaders' weekly calendar as its portal page prints it (HTML)."""
    spans: dict[int, int] = {}
    for index, row in enumerate(_H570_ROWS):
        if row[0]:
            start = index
            spans[start] = 1
        else:
            spans[start] += 1
    body = []
    for index, row in enumerate(_H570_ROWS):
        cells = []
        if row[0]:
            cells.append(f'<td rowspan="{spans[index]}" class="ngay"><b>{row[0]}</b></td>')
        cells += [f"<td>{value}</td>" for value in row[1:]]
        body.append("    <tr>" + "".join(cells) + "</tr>")
    html = "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="vi">',
            "<head>",
            '  <meta charset="utf-8">',
            "  <title>Lịch công tác tuần - Kho bạc Nhà nước khu vực XIV</title>",
            "  <style>table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px}</style>",
            "</head>",
            "<body>",
            '  <div class="breadcrumb">Trang chủ &raquo; Thông tin điều hành &raquo; Lịch công tác</div>',
            "  <p><b>KHO BẠC NHÀ NƯỚC<br>KHO BẠC NHÀ NƯỚC KHU VỰC XIV</b></p>",
            "  <h2>LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO KHO BẠC NHÀ NƯỚC KHU VỰC XIV</h2>",
            "  <p><i>(Tuần 02 năm 2027, từ ngày 04/01/2027 đến ngày 10/01/2027)</i></p>",
            "  <table>",
            "    <tr><th>Ngày</th><th>Thời gian</th><th>Nội dung công việc</th><th>Lãnh đạo chủ trì</th>"
            "<th>Thành phần</th><th>Địa điểm</th><th>Đơn vị chuẩn bị</th></tr>",
            *body,
            "  </table>",
            "  <p><i>Ghi chú: Lịch công tác có thể thay đổi; Văn phòng sẽ thông báo bổ sung khi có điều "
            "chỉnh."
            "</i></p>",
            "  <p>Cập nhật lúc 16:45 ngày 31/12/2026 - Văn phòng KBNN khu vực XIV</p>",
            "</body>",
            "</html>",
            "",
        ]
    )
    path.write_text(html, encoding="utf-8")


def h571_xlsx(path: Path) -> None:
    """Centre for disease control: a yearly plan whose months are twelve columns marked with x."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "KH giam sat 2027"
    titles = [
        "SỞ Y TẾ TỈNH LÂM HÀ - TRUNG TÂM KIỂM SOÁT BỆNH TẬT",
        "KẾ HOẠCH GIÁM SÁT, PHÒNG CHỐNG BỆNH TRUYỀN NHIỄM NĂM 2027",
        "(Ban hành kèm theo Kế hoạch số 412/KH-KSBT ngày 14/12/2026 của Giám đốc Trung tâm)",
    ]
    for r, text in enumerate(titles, start=1):
        ws.cell(r, 1).value = text
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=16)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.cell(r, 1).font = Font(bold=r < 3, italic=r == 3)
    ws.append([])
    ws.append(
        ["TT", "Hoạt động", "Khoa, phòng chủ trì", "Thời gian thực hiện (tháng)"] + [None] * 11 + ["Ghi chú"]
    )
    ws.append([None, None, None, *range(1, 13), None])
    ws.merge_cells("D5:O5")
    for col in (1, 2, 3, 16):
        ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
    bold_header(ws, 5)
    bold_header(ws, 6)

    def row(n, text, lead, months, note=None):
        return [n, text, lead] + ["x" if m in months else None for m in range(1, 13)] + [note]

    pcb = "Khoa Phòng, chống bệnh truyền nhiễm"
    rows = [
        ["I", "GIÁM SÁT DỊCH TỄ"],
        row(
            1,
            "Giám sát trọng điểm cúm (ILI/SARI) tại Bệnh viện Đa khoa tỉnh",
            pcb,
            range(1, 13),
            "Lấy mẫu hằng tuần",
        ),
        row(2, "Điều tra chỉ số véc tơ sốt xuất huyết tại 10 điểm giám sát cố định", pcb, range(4, 11)),
        row(
            3,
            "Giám sát, xét nghiệm phát hiện bệnh sởi, rubella ở trẻ sốt phát ban",
            "Khoa Xét nghiệm - Chẩn đoán hình ảnh - Thăm dò chức năng",
            range(1, 7),
        ),
        ["II", "TIÊM CHỦNG"],
        row(
            4, "Tiêm bổ sung vắc xin sởi - rubella cho trẻ 1 - 5 tuổi vùng nguy cơ cao", pcb, (3, 4), "12 xã"
        ),
        row(5, "Tập huấn tiêm chủng an toàn cho cán bộ y tế xã, phường", "Phòng Kế hoạch - Nghiệp vụ", (2,)),
        row(6, "Kiểm tra bảo quản vắc xin, dây chuyền lạnh tại trạm y tế xã", pcb, (5, 11)),
        ["III", "PHÒNG, CHỐNG HIV/AIDS VÀ BỆNH LAO"],
        row(
            7,
            "Tổ chức Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2027",
            "Khoa Phòng, chống HIV/AIDS",
            (11, 12),
        ),
        row(8, "Khám sàng lọc, phát hiện bệnh lao chủ động tại 05 xã khó khăn", pcb, (7, 8)),
        ["IV", "XÉT NGHIỆM VÀ BẢO ĐẢM HOẠT ĐỘNG"],
        row(
            9,
            "Tham gia chương trình ngoại kiểm chất lượng xét nghiệm vi sinh",
            "Khoa Xét nghiệm - Chẩn đoán hình ảnh - Thăm dò chức năng",
            (3, 9),
        ),
        row(
            10,
            "Mua sắm sinh phẩm, hóa chất xét nghiệm phục vụ giám sát",
            "Phòng Tài chính - Kế toán",
            (1, 2, 3),
        ),
        row(
            11,
            "Sơ kết 6 tháng, tổng kết công tác phòng, chống dịch năm 2027",
            "Phòng Kế hoạch - Nghiệp vụ",
            (6, 12),
        ),
    ]
    for values in rows:
        ws.append(values)
        at = ws.max_row
        if len(values) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=16)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
    wrap(ws, 7)
    for r in range(7, ws.max_row + 1):
        for c in range(4, 16):
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center")
    ws.append([])
    ws.append(
        [
            "Ghi chú: Các khoa, phòng báo cáo tiến độ thực hiện các hoạt động về Phòng Kế hoạch - Nghiệp vụ "
            "trước ngày 25 hằng tháng để tổng hợp, báo cáo Giám đốc Trung tâm."
        ]
    )
    at = ws.max_row
    ws.merge_cells(start_row=at, start_column=1, end_row=at, end_column=16)
    ws.cell(at + 2, 12).value = "GIÁM ĐỐC"
    ws.cell(at + 6, 12).value = "BSCKII. Mai Xuân Trường"
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 26
    for c in range(4, 16):
        ws.column_dimensions[get_column_letter(c)].width = 4
    ws.column_dimensions["P"].width = 16
    wb.save(path)


def h572_docx(h, path: Path) -> None:
    """Commune People's Committee (education): a contest plan whose timeline is grouped by month."""
    doc = document(14)
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN\nXÃ PHÚ MỸ\n───────\nSố: 318/KH-UBND",
        right2="Phú Mỹ, ngày 02 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Tổ chức Hội thi giáo viên dạy giỏi cấp xã bậc tiểu học và trung học cơ sở năm học 2026 - 2027",
        bold=True,
        center=True,
    )
    _lines(
        doc,
        [
            "Thực hiện Kế hoạch nhiệm vụ năm học 2026 - 2027 của ngành Giáo dục tỉnh Hà Lam; xét đề nghị của "
            "Phòng Văn hóa - Xã hội, Ủy ban nhân dân xã Phú Mỹ ban hành Kế hoạch tổ chức Hội thi giáo viên "
            "dạy "
            "giỏi cấp xã năm học 2026 - 2027 như sau:",
            "**I. MỤC ĐÍCH, YÊU CẦU",
            "- Phát hiện, tôn vinh giáo viên có năng lực chuyên môn vững vàng; tạo động lực đổi mới phương "
            "pháp "
            "dạy học theo Chương trình giáo dục phổ thông 2018.",
            "- Hội thi được tổ chức nghiêm túc, khách quan, công bằng, không gây áp lực cho giáo viên.",
            "**II. ĐỐI TƯỢNG, NỘI DUNG THI",
            "1. Đối tượng: giáo viên tiểu học và trung học cơ sở có ít nhất 03 năm công tác, đạt danh hiệu "
            "giáo viên dạy giỏi cấp trường năm học 2026 - 2027.",
            "2. Nội dung thi:",
            "- Phần thi kiểm tra hiểu biết: hình thức tự luận, thời gian 90 phút.",
            "- Phần thi thực hành: mỗi giáo viên dạy 02 tiết (01 tiết tự chọn, 01 tiết bốc thăm).",
            "**III. TIẾN ĐỘ THỰC HIỆN",
            "**1. Tháng 12/2026",
            "- Phòng Văn hóa - Xã hội ban hành văn bản hướng dẫn thể lệ Hội thi, gửi các trường trước ngày "
            "15/12/2026.",
            "- Ban hành Quyết định thành lập Ban Tổ chức, Ban Giám khảo Hội thi (Phòng Văn hóa - Xã hội tham "
            "mưu, trước ngày 20/12/2026).",
            "- Các trường tiểu học, THCS tổ chức hội thi cấp trường, lựa chọn giáo viên dự thi cấp xã, gửi "
            "danh "
            "sách về Phòng Văn hóa - Xã hội trước ngày 28/12/2026.",
            "**2. Tháng 01/2027",
            "- Trường THCS Phú Mỹ chuẩn bị phòng thi, trang thiết bị cho phần thi kiểm tra hiểu biết, hoàn "
            "thành trước ngày 07/01/2027.",
            "- Ban Tổ chức Hội thi tổ chức phần thi kiểm tra hiểu biết tại Trường THCS Phú Mỹ vào ngày "
            "09/01/2027.",
            "- Ban Giám khảo dự giờ, chấm tiết dạy thực hành của giáo viên tại các trường có giáo viên dự "
            "thi, "
            "từ ngày 18/01 đến ngày 29/01/2027.",
            "**3. Tháng 02/2027",
            "- Tổng hợp kết quả, đề nghị Chủ tịch UBND xã công nhận giáo viên dạy giỏi cấp xã (Phòng Văn "
            "hóa - "
            "Xã hội, trước ngày 26/02/2027).",
            "- Tổ chức tổng kết, trao Giấy công nhận cho giáo viên đạt danh hiệu (Ban Tổ chức Hội thi).",
            "**IV. KINH PHÍ",
            "Kinh phí tổ chức Hội thi từ nguồn chi sự nghiệp giáo dục năm 2027 của xã và nguồn hợp pháp "
            "khác.",
            "**V. TỔ CHỨC THỰC HIỆN",
            "1. Phòng Văn hóa - Xã hội là cơ quan thường trực, tham mưu UBND xã theo dõi, đôn đốc việc thực "
            "hiện Kế hoạch.",
            "2. Phòng Kinh tế thẩm định, bố trí kinh phí tổ chức Hội thi.",
            "3. Hiệu trưởng các trường tiểu học, THCS tạo điều kiện về thời gian, cơ sở vật chất để giáo "
            "viên "
            "tham gia Hội thi đạt kết quả.",
            "4. Các trường gửi báo cáo đánh giá, rút kinh nghiệm sau Hội thi về Phòng Văn hóa - Xã hội trước "
            "ngày 05/3/2027./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở GD&ĐT (b/c);\n- TT Đảng ủy, HĐND xã (b/c);\n- CT, PCT UBND xã;\n- Phòng VH-XH, "
        "Phòng Kinh tế;\n- Các trường TH, THCS;\n- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nLương Thị Ngọc Bích",
    )
    doc.save(path)


def batch_h563() -> None:
    """Writes h563–h572 (the .doc and the .pdf through LibreOffice)."""
    h = writers()
    h563_docx(h, _out("h563_ct_nam_so_tu_phap_cot_san_pham.docx"))
    h564_xlsx(_out("h564_chi_tieu_so_y_te_tieu_de_hai_hang.xlsx"))
    h565_docx(h, _out("h565_kh_thang_tram_y_te_xa_nguoi_thuc_hien.docx"))
    h568_docx(h, _out("h568_kh_on_thi_thpt_phu_luc_lo_trinh.docx"))
    h569_docx(h, _out("h569_cv_so_du_lich_tet_giao_phong.docx"))
    h570_html(_out("h570_lich_tuan_kho_bac_khu_vuc.html"))
    h571_xlsx(_out("h571_kh_cdc_giam_sat_cot_thang_x.xlsx"))
    h572_docx(h, _out("h572_kh_hoi_thi_gvdg_xa_moc_thang.docx"))
    with tempfile.TemporaryDirectory() as tmp:
        convert_each(
            h,
            Path(tmp),
            [
                (h566_docx, "h566_kh_ctd_ctct_phong_chinh_tri_nhan_truong.docx", "doc"),
                (h567_docx, "h567_tbkl_hoi_chu_thap_do_tinh.docx", "pdf"),
            ],
            _out,
        )
