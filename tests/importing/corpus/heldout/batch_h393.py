"""Held-out documents h393–h402: an ordinary batch (bodies that are not provincial departments or
People's Committees: a social-insurance branch, a university, a provincial Youth Union, a public
hospital, a commune Party committee, a treasury branch, a provincial Labour Federation, a provincial
Party committee's board, a provincial Women's Union, a ministry's department), years 2025–2027.
Each is typed as one clerk would type it in Word or Excel; expected items are written by hand in
`expected/`."""

import tempfile
from functools import partial
from pathlib import Path

from batch_common import a4, bold_header, document, out_path, para, soffice, wrap

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h399_tbkl_ldld_tinh_quy_iii",  # h13fixQR
    "h402_cv_cuc_cnty_giao_nhiem_vu",  # h13fixQR
    "h400_lich_tuan_ban_tgdv_tinh_uy",  # h13fixQU
    "h393_ct_bhxh_co_so_2026",  # h13fixQP
    "h395_ct_tinh_doan_2026",  # h13fixQP
    "h396_kh_cchc_benh_vien_phu_luc",  # h13fixQP
    "h397_kh_dang_uy_xa_chuyen_doi_so",  # h13fixQP
    "h398_tbkl_giao_ban_kho_bac",  # h13fixQP
    "h401_chi_tieu_hoi_phu_nu_2027",  # h13fixQP
}
_out = partial(out_path, moved=_MOVED)

QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
DL = "Độc lập - Tự do - Hạnh phúc"


def _head(doc, left: list[str], right: list[str]) -> None:
    """The title block: the issuing body over its number on the left, Quốc hiệu and the place and
    date on the right, in a borderless two-cell table."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    grid = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(grid.rows[0].cells, (left, right), strict=True):
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(line)
            run.font.size = Pt(12)
            run.bold = (line.isupper() and not line.startswith("Số")) or line == DL
            run.italic = line.startswith(("Phú Lâm", "Hà Nội", "Tân Phước"))


def _grid(doc, header: list[str], rows: list, size=11):
    """A gridded task table. A row that is a string is a section row merged across the table."""
    from docx.shared import Pt

    grid = doc.add_table(rows=1, cols=len(header))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, header, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(size)
    for row in rows:
        cells = grid.add_row().cells
        if isinstance(row, str):
            merged = cells[0].merge(cells[-1])
            merged.text = ""
            run = merged.paragraphs[0].add_run(row)
            run.bold = True
            run.font.size = Pt(size)
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = ""
            lines = text.split("\n")
            for i, line in enumerate(lines):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                p.add_run(line).font.size = Pt(size)
    return grid


def _sign(doc, left: list[str], right: list[str]) -> None:
    from docx.shared import Pt

    grid = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(grid.rows[0].cells, (left, right), strict=True):
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            run = p.add_run(line)
            run.font.size = Pt(11 if cell is grid.rows[0].cells[0] else 13)
            run.bold = line.isupper() or line.startswith("Nơi nhận")


# ---------------------------------------------------------------- h393: BHXH cơ sở, programme .docx


def h393(path: Path) -> None:
    doc = document(13)
    a4(doc)
    _head(
        doc,
        ["BẢO HIỂM XÃ HỘI TỈNH PHÚ LÂM", "BẢO HIỂM XÃ HỘI CƠ SỞ TÂN SƠN", "Số: 07/CTr-BHXHCS"],
        [QH, DL, "Tân Sơn, ngày 06 tháng 01 năm 2026"],
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC", bold=True, center=True)
    para(doc, "Năm 2026", bold=True, center=True)
    para(
        doc,
        "Căn cứ Quyết định số 1452/QĐ-BHXH ngày 25/12/2025 của Giám đốc Bảo hiểm xã hội tỉnh "
        "Phú Lâm về việc giao chỉ tiêu kế hoạch thu, chi năm 2026; căn cứ kết quả thực hiện "
        "nhiệm vụ năm 2025, Bảo hiểm xã hội cơ sở Tân Sơn xây dựng Chương trình công tác năm "
        "2026 như sau:",
    )
    _grid(
        doc,
        [
            "STT",
            "Nội dung công việc",
            "Bộ phận chủ trì",
            "Bộ phận phối hợp",
            "Thời gian hoàn thành",
            "Ghi chú",
        ],
        [
            "I. CÔNG TÁC THU, PHÁT TRIỂN NGƯỜI THAM GIA",
            [
                "1",
                "Xây dựng kế hoạch thu BHXH, BHYT, BHTN năm 2026 giao cho các xã, thị trấn trên địa bàn",
                "Tổ Quản lý thu - Sổ thẻ",
                "Tổ Hành chính - Tổng hợp",
                "Tháng 01/2026",
                "",
            ],
            [
                "2",
                "Rà soát, đối chiếu dữ liệu người tham gia BHYT hộ gia đình với Cơ sở dữ liệu quốc gia "
                "về dân cư",
                "Tổ Quản lý thu - Sổ thẻ",
                "UBND các xã, thị trấn; Công an các xã",
                "Quý II/2026",
                "",
            ],
            [
                "3",
                "Đôn đốc các đơn vị nợ đóng BHXH, BHYT từ 03 tháng trở lên; lập danh sách đề nghị "
                "thanh tra chuyên ngành",
                "Tổ Quản lý thu - Sổ thẻ",
                "Tổ Kiểm tra",
                "Hằng tháng",
                "",
            ],
            [
                "4",
                "Phối hợp tổ chức hội nghị đối thoại với người sử dụng lao động về BHXH bắt buộc",
                "Tổ Quản lý thu - Sổ thẻ",
                "Công đoàn các xã",
                "Tháng 4 và tháng 10/2026",
                "02 hội nghị",
            ],
            "II. CÔNG TÁC THỰC HIỆN CHẾ ĐỘ, CHÍNH SÁCH",
            [
                "5",
                "Giải quyết hưởng các chế độ ốm đau, thai sản, dưỡng sức phục hồi sức khỏe đúng thời hạn",
                "Tổ Chế độ BHXH",
                "Tổ Tiếp nhận và trả kết quả TTHC",
                "Thường xuyên",
                "",
            ],
            [
                "6",
                "Chi trả lương hưu, trợ cấp BHXH hằng tháng qua tài khoản cá nhân; phấn đấu tỷ lệ chi "
                "trả không dùng tiền mặt đạt 75%",
                "Tổ Chế độ BHXH",
                "Bưu điện huyện Tân Sơn",
                "Hằng tháng",
                "",
            ],
            [
                "7",
                "Giám định chi phí khám, chữa bệnh BHYT tại Trung tâm Y tế khu vực Tân Sơn và các trạm "
                "y tế xã",
                "Tổ Giám định BHYT",
                "",
                "Hằng quý",
                "",
            ],
            [
                "8",
                "Tổng hợp số liệu quyết toán chi khám, chữa bệnh BHYT năm 2025",
                "Tổ Giám định BHYT",
                "Tổ Hành chính - Tổng hợp",
                "Trước 31/3/2026",
                "Gửi BHXH tỉnh",
            ],
            "III. CÔNG TÁC KIỂM TRA, TUYÊN TRUYỀN",
            [
                "9",
                "Kiểm tra việc đóng BHXH, BHYT, BHTN tại 25 đơn vị sử dụng lao động",
                "Tổ Kiểm tra",
                "Tổ Quản lý thu - Sổ thẻ",
                "Theo Kế hoạch kiểm tra được phê duyệt",
                "",
            ],
            [
                "10",
                "Tổ chức hội nghị tuyên truyền chính sách BHXH tự nguyện, BHYT hộ gia đình tại  8 xã",
                "Tổ Hành chính - Tổng hợp",
                "UBND các xã; Đại lý thu",
                "Quý III/2026",
                "",
            ],
            "IV. CÔNG TÁC HÀNH CHÍNH, TỔNG HỢP",
            [
                "11",
                "Sơ kết công tác 6 tháng đầu năm, xây dựng nhiệm vụ 6 tháng cuối năm 2026",
                "Tổ Hành chính - Tổng hợp",
                "Các tổ nghiệp vụ",
                "15/7/2026",
                "",
            ],
            [
                "12",
                "Tổng kết công tác năm 2026, xây dựng Chương trình công tác năm 2027",
                "Tổ Hành chính - Tổng hợp",
                "Các tổ nghiệp vụ",
                "Tháng 12/2026",
                "",
            ],
        ],
    )
    para(
        doc,
        "Các tổ nghiệp vụ báo cáo kết quả thực hiện Chương trình về Tổ Hành chính - Tổng hợp "
        "trước ngày 25 hằng tháng để tổng hợp, báo cáo Giám đốc.",
    )
    para(
        doc,
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các tổ kịp thời báo cáo Giám đốc "
        "để xem xét, chỉ đạo./.",
    )
    _sign(
        doc,
        [
            "Nơi nhận:",
            "- BHXH tỉnh (để b/c);",
            "- Giám đốc, các Phó Giám đốc;",
            "- Các tổ nghiệp vụ;",
            "- Lưu: VT, HCTH.",
        ],
        ["GIÁM ĐỐC", "", "(Đã ký)", "", "Nguyễn Văn Thịnh"],
    )
    doc.save(path)


# ---------------------------------------------------------------- h394: university, quarter .xlsx


def h394(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "CT Quy I"
    ws["A1"] = "BỘ GIÁO DỤC VÀ ĐÀO TẠO"
    ws["A2"] = "TRƯỜNG ĐẠI HỌC KINH TẾ - KỸ THUẬT PHÚ LÂM"
    ws["E1"] = QH
    ws["E2"] = DL
    ws["A4"] = "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2026"
    ws["A5"] = "(Kèm theo Thông báo số 12/TB-ĐHKTKT ngày 30/12/2025 của Hiệu trưởng)"
    for rng in ("A1:C1", "A2:C2", "E1:G1", "E2:G2", "A4:G4", "A5:G5"):
        ws.merge_cells(rng)
    for ref in ("A1", "A2", "E1", "E2", "A4", "A5"):
        ws[ref].alignment = Alignment(horizontal="center")
        ws[ref].font = Font(bold=ref != "A5", italic=ref == "A5")
    ws.append([])
    ws.append(
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm", "Ghi chú"]
    )
    bold_header(ws, 7)
    rows = [
        "THÁNG 01/2026",
        [
            1,
            "Tổ chức thi kết thúc học phần học kỳ I năm học 2025-2026",
            "Phòng Đào tạo",
            "Các khoa; Phòng Khảo thí và ĐBCL",
            "05/01 - 17/01/2026",
            "Lịch thi, kết quả thi",
            "",
        ],
        [
            2,
            "Xét và công nhận tốt nghiệp đợt tháng 01/2026",
            "Phòng Đào tạo",
            "Các khoa",
            "23/01/2026",
            "Quyết định công nhận",
            "",
        ],
        [
            3,
            "Hoàn thiện hồ sơ đăng ký đề tài khoa học và công nghệ cấp Bộ năm 2027",
            "Phòng Khoa học công nghệ và Hợp tác quốc tế",
            "Các khoa",
            "Trước 30/01/2026",
            "Hồ sơ đăng ký",
            "",
        ],
        [
            4,
            "Chi trả thu nhập tăng thêm, tổ chức gặp mặt mừng Xuân cho viên chức, người lao động",
            "Phòng Tổ chức - Hành chính",
            "Công đoàn Trường; Phòng Kế hoạch - Tài chính",
            "10/02/2026",
            "",
            "Chuyển từ tháng 01 sang",
        ],
        "THÁNG 02/2026",
        [
            5,
            "Phân công trực Tết Nguyên đán Bính Ngọ, bảo đảm an ninh, an toàn tài sản",
            "Phòng Quản trị - Thiết bị",
            "Phòng Tổ chức - Hành chính",
            "14/02 - 22/02/2026",
            "Lịch trực",
            "",
        ],
        [
            6,
            "Khai giảng học kỳ II năm học 2025-2026 và ổn định lớp học",
            "Phòng Đào tạo",
            "Các khoa; Phòng Công tác sinh viên",
            "23/02/2026",
            "",
            "",
        ],
        [
            7,
            "Hướng dẫn kê khai, công khai tài sản, thu nhập năm 2025",
            "Phòng Tổ chức - Hành chính",
            "Các đơn vị",
            "Trước 28/02/2026",
            "Bản kê khai",
            "",
        ],
        "THÁNG 03/2026",
        [
            8,
            "Tổ chức các hoạt động kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh "
            "(26/3/1931 - 26/3/2026)",
            "Đoàn Thanh niên Trường",
            "Phòng Công tác sinh viên",
            "26/3/2026",
            "",
            "",
        ],
        [
            9,
            "Tuyển sinh đại học hình thức vừa làm vừa học đợt 1 năm 2026",
            "Trung tâm Tuyển sinh và Truyền thông",
            "Phòng Đào tạo",
            "Tháng 3/2026",
            "Thông báo tuyển sinh",
            "",
        ],
        [
            10,
            "Tự đánh giá chương trình đào tạo ngành Kế toán theo tiêu chuẩn của Bộ GD&ĐT",
            "Phòng Khảo thí và ĐBCL",
            "Khoa Kế toán - Kiểm toán",
            "Quý I - Quý II/2026",
            "Báo cáo tự đánh giá",
            "Kéo dài sang quý II",
        ],
        [
            11,
            "Tổ chức Hội nghị viên chức, người lao động năm 2026",
            "Phòng Tổ chức - Hành chính",
            "Công đoàn Trường",
            "20/3/2026",
            "",
            "",
        ],
        "CÔNG VIỆC THƯỜNG XUYÊN",
        [
            12,
            "Cập nhật dữ liệu người học, giảng viên lên Hệ thống cơ sở dữ liệu ngành (HEMIS)",
            "Phòng Đào tạo",
            "Phòng Tổ chức - Hành chính",
            "Thường xuyên",
            "",
            "",
        ],
    ]
    for row in rows:
        if isinstance(row, str):
            ws.append([row])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
            ws.cell(ws.max_row, 1).font = Font(bold=True)
        else:
            ws.append(row)
    ws.append([])
    ws.append(
        [
            "Ghi chú: Các đơn vị báo cáo kết quả thực hiện nhiệm vụ tháng về Phòng Tổ chức - "
            "Hành chính trước ngày 25 hằng tháng để tổng hợp."
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    ws.append([])
    ws.append(["", "", "", "", "HIỆU TRƯỞNG"])
    ws.append(["", "", "", "", "(đã ký)"])
    ws.append(["", "", "", "", "PGS.TS. Trần Quốc Khánh"])
    wrap(ws, 8, "top")
    for col, width in zip("ABCDEFG", (6, 50, 26, 26, 18, 20, 16), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)


# ---------------------------------------------------------------- h395: Tỉnh Đoàn, programme .doc


def h395_docx(path: Path) -> None:
    doc = document(13)
    a4(doc)
    _head(
        doc,
        ["BAN CHẤP HÀNH ĐOÀN TỈNH PHÚ LÂM", "***", "Số: 85-CTr/TĐTN-VP"],
        ["ĐOÀN TNCS HỒ CHÍ MINH", "", "Phú Lâm, ngày 12 tháng 01 năm 2026"],
    )
    para(doc, "CHƯƠNG TRÌNH", bold=True, center=True)
    para(doc, "công tác Đoàn và phong trào thanh thiếu nhi tỉnh Phú Lâm năm 2026", bold=True, center=True)
    para(
        doc,
        "Thực hiện Chương trình công tác năm 2026 của Trung ương Đoàn, Ban Thường vụ Tỉnh "
        "Đoàn ban hành Chương trình công tác năm 2026 với các nội dung sau:",
    )
    _grid(
        doc,
        ["TT", "Nội dung", "Thời gian", "Cơ quan tham mưu", "Ghi chú"],
        [
            "I. CÔNG TÁC GIÁO DỤC CHÍNH TRỊ, TƯ TƯỞNG",
            [
                "1",
                "Tổ chức các hoạt động kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam "
                "(03/02/1930 - 03/02/2026)",
                "Tháng 2",
                "Ban Tuyên giáo",
                "",
            ],
            [
                "2",
                "Tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của "
                "Đảng trong đoàn viên, thanh niên",
                "Quý I - Quý II",
                "Ban Tuyên giáo",
                "",
            ],
            [
                "3",
                'Tổ chức Diễn đàn "Thanh niên Phú Lâm với chuyển đổi số"',
                "Quý III",
                "Ban Tuyên giáo",
                "Phối hợp Sở KH&CN",
            ],
            "II. CÁC PHONG TRÀO HÀNH ĐỘNG CÁCH MẠNG",
            ["4", "Tổ chức Lễ tiễn thanh niên lên đường nhập ngũ năm 2026", "Tháng 2", "Ban Phong trào", ""],
            ["5", "Tổ chức Tháng Thanh niên năm 2026", "Tháng 3", "Ban Phong trào", ""],
            [
                "6",
                "Triển khai Chiến dịch Thanh niên tình nguyện hè năm 2026",
                "Tháng 6 - tháng 8",
                "Ban Phong trào;\nTrung tâm Hoạt động thanh thiếu nhi",
                "",
            ],
            "III. CÔNG TÁC XÂY DỰNG TỔ CHỨC ĐOÀN",
            [
                "7",
                "Kết nạp đoàn viên mới, phấn đấu kết nạp 3.000 đoàn viên trong năm",
                "Thường xuyên",
                "Ban Tổ chức - Kiểm tra",
                "",
            ],
            [
                "8",
                "Kiểm tra, giám sát việc thực hiện Điều lệ Đoàn tại 05 Đoàn cơ sở",
                "Theo Kế hoạch kiểm tra",
                "Ban Tổ chức - Kiểm tra",
                "",
            ],
            [
                "9",
                "Đánh giá, xếp loại chất lượng tổ chức cơ sở Đoàn năm 2026",
                "Tháng 11 - 12",
                "Ban Tổ chức - Kiểm tra",
                "",
            ],
            "IV. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
            [
                "10",
                "Hội nghị Ban Chấp hành Tỉnh Đoàn sơ kết công tác 6 tháng đầu năm 2026",
                "Tháng 7",
                "Văn phòng",
                "",
            ],
            [
                "11",
                "Tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2026",
                "Tháng 12",
                "Văn phòng",
                "",
            ],
        ],
    )
    para(
        doc,
        "Các Đoàn trực thuộc báo cáo kết quả thực hiện Chương trình về Ban Thường vụ Tỉnh Đoàn "
        "(qua Văn phòng) trước ngày 15 của tháng cuối quý.",
    )
    para(
        doc,
        "Căn cứ Chương trình này, các ban, đơn vị trực thuộc Tỉnh Đoàn cụ thể hóa thành kế "
        "hoạch của đơn vị./.",
    )
    _sign(
        doc,
        [
            "Nơi nhận:",
            "- TW Đoàn (b/c);",
            "- Thường trực Tỉnh ủy (b/c);",
            "- Các Đoàn trực thuộc;",
            "- Lưu VP.",
        ],
        ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "", "(đã ký)", "", "Lê Hoàng Phúc"],
    )
    doc.save(path)


# ---------------------------------------------------------------- h396: hospital, plan + appendix


def h396(path: Path) -> None:
    doc = document(13)
    a4(doc)
    _head(
        doc,
        ["SỞ Y TẾ TỈNH PHÚ LÂM", "BỆNH VIỆN ĐA KHOA KHU VỰC BẮC PHÚ LÂM", "Số: 46/KH-BV"],
        [QH, DL, "Phú Lâm, ngày 20 tháng 01 năm 2026"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cải cách hành chính năm 2026", bold=True, center=True)
    para(
        doc,
        "Thực hiện Kế hoạch số 15/KH-SYT ngày 08/01/2026 của Sở Y tế về cải cách hành chính "
        "năm 2026, Bệnh viện Đa khoa khu vực Bắc Phú Lâm xây dựng Kế hoạch cải cách hành chính "
        "(CCHC) năm 2026 như sau:",
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "1. Nâng cao chất lượng khám bệnh, chữa bệnh, giảm thời gian chờ của người bệnh; "
        "tăng cường ứng dụng công nghệ thông tin trong quản lý bệnh viện.",
    )
    para(
        doc,
        "2. Xác định rõ trách nhiệm của từng khoa, phòng; gắn kết quả CCHC với đánh giá, "
        "xếp loại viên chức cuối năm.",
    )
    para(doc, "II. NHIỆM VỤ", bold=True)
    para(
        doc,
        "Tập trung vào cải cách thủ tục hành chính trong khám, chữa bệnh, cải cách tổ chức bộ "
        "máy, cải cách tài chính công và chuyển đổi số (chi tiết tại Phụ lục kèm theo).",
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Phòng Tổ chức cán bộ là đơn vị thường trực, giúp Giám đốc theo dõi, đôn đốc triển "
        "khai Kế hoạch; tổng hợp báo cáo CCHC định kỳ hằng quý, 6 tháng, năm gửi Sở Y tế đúng "
        "thời hạn quy định.",
    )
    para(
        doc, "2. Phòng Tài chính kế toán bố trí kinh phí thực hiện Kế hoạch trong dự toán được giao năm 2026."
    )
    para(
        doc,
        "3. Các khoa, phòng căn cứ nhiệm vụ được giao tổ chức triển khai, báo cáo kết quả thực "
        "hiện về Phòng Tổ chức cán bộ trước ngày 10 của tháng cuối quý.",
    )
    _sign(
        doc,
        ["Nơi nhận:", "- Sở Y tế (b/c);", "- Ban Giám đốc;", "- Các khoa, phòng;", "- Lưu: VT, TCCB."],
        ["GIÁM ĐỐC", "", "(Đã ký)", "", "BSCKII. Phạm Minh Đức"],
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 46/KH-BV ngày 20/01/2026 của Bệnh viện)", italic=True, center=True)
    _grid(
        doc,
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
        [
            [
                "1",
                "Rà soát, cập nhật quy trình tiếp đón, khám bệnh, nhập viện tại Khoa Khám bệnh",
                "Phòng Kế hoạch tổng hợp",
                "Phòng Điều dưỡng; Khoa Khám bệnh",
                "Quý I/2026",
                "Quy trình được ban hành",
            ],
            [
                "2",
                "Ban hành Quy chế chi tiêu nội bộ năm 2026",
                "Phòng Tài chính kế toán",
                "Công đoàn cơ sở",
                "Tháng 02/2026",
                "Quyết định",
            ],
            [
                "3",
                "Triển khai bệnh án điện tử tại 100% khoa lâm sàng",
                "Phòng Công nghệ thông tin",
                "Các khoa lâm sàng",
                "30/9/2026",
                "",
            ],
            [
                "4",
                "Mở rộng thanh toán viện phí không dùng tiền mặt, phấn đấu đạt 70% số giao dịch",
                "Phòng Tài chính kế toán",
                "Phòng Công nghệ thông tin",
                "Quý IV/2026",
                "",
            ],
            [
                "5",
                "Khảo sát sự hài lòng của người bệnh nội trú, ngoại trú",
                "Phòng Quản lý chất lượng",
                "Phòng Điều dưỡng",
                "Hằng quý",
                "Báo cáo khảo sát",
            ],
            [
                "6",
                "Rà soát, điều chỉnh Đề án vị trí việc làm sau sắp xếp các khoa, phòng",
                "Phòng Tổ chức cán bộ",
                "Các khoa, phòng",
                "Tháng 6/2026",
                "Đề án trình Sở Y tế",
            ],
            [
                "7",
                "Tuyên truyền về CCHC trên Trang thông tin điện tử và fanpage của Bệnh viện",
                "Phòng Công tác xã hội",
                "",
                "Thường xuyên",
                "Tin, bài",
            ],
            [
                "8",
                "Sử dụng chữ ký số trong phát hành văn bản điều hành nội bộ",
                "Phòng Hành chính quản trị",
                "Phòng Công nghệ thông tin",
                "Quý II/2026",
                "",
            ],
            [
                "9",
                "Kiểm tra việc thực hiện Quy tắc ứng xử của nhân viên y tế",
                "Phòng Tổ chức cán bộ",
                "Phòng Điều dưỡng; Phòng Quản lý chất lượng",
                "Tháng 6 và tháng 12/2026",
                "Thông báo kết quả",
            ],
            [
                "10",
                "Xây dựng báo cáo kết quả CCHC năm 2026",
                "Phòng Tổ chức cán bộ",
                "Các khoa, phòng",
                "Trước 05/12/2026",
                "Báo cáo",
            ],
        ],
    )
    doc.save(path)


# ---------------------------------------------------------------- h397: commune Party committee plan


def h397(path: Path) -> None:
    doc = document(13)
    a4(doc)
    _head(
        doc,
        ["ĐẢNG BỘ TỈNH PHÚ LÂM", "ĐẢNG ỦY XÃ TÂN PHƯỚC", "*", "Số 18-KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Tân Phước, ngày 28 tháng 7 năm 2025"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "thực hiện chuyển đổi số trong các cơ quan Đảng của Đảng bộ xã 6 tháng cuối năm 2025",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Kế hoạch số "
        "32-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch thực "
        "hiện chuyển đổi số 6 tháng cuối năm 2025 như sau:",
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Bảo đảm hoạt động của các cơ quan Đảng, chi bộ trực thuộc sau khi sắp xếp tổ chức "
        "bộ máy được thông suốt trên môi trường số; 100% văn bản đi, đến (trừ văn bản mật) được "
        "xử lý trên môi trường mạng.",
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    tasks = [
        (
            "1. Rà soát, nâng cấp hạ tầng mạng nội bộ, thiết bị đầu cuối cho cán bộ các cơ quan Đảng xã.",
            "Văn phòng Đảng ủy.",
            "Ủy ban nhân dân xã.",
            "Tháng 9/2025.",
        ),
        (
            "2. Triển khai sử dụng phần mềm quản lý văn bản và hồ sơ công việc; ký số 100% văn bản phát "
            "hành của Đảng ủy.",
            "Văn phòng Đảng ủy.",
            "Các chi bộ trực thuộc.",
            "Trước 30/9/2025.",
        ),
        (
            "3. Cập nhật, chuẩn hóa cơ sở dữ liệu đảng viên trên phần mềm quản lý đảng viên.",
            "Ban Xây dựng Đảng.",
            "Các chi bộ trực thuộc.",
            "Tháng 10/2025.",
        ),
        (
            "4. Mở lớp bồi dưỡng kỹ năng số cho cán bộ, đảng viên (ít nhất 02 lớp).",
            "Trung tâm Chính trị xã.",
            "Văn phòng Đảng ủy.",
            "Quý IV/2025.",
        ),
        (
            "5. Thực hiện thu, nộp đảng phí qua tài khoản ngân hàng, ứng dụng thanh toán điện tử.",
            "Văn phòng Đảng ủy.",
            "Các chi bộ trực thuộc.",
            "Từ tháng 10/2025 và thực hiện thường xuyên.",
        ),
        (
            "6. Ứng dụng Sổ tay đảng viên điện tử trong sinh hoạt chi bộ định kỳ.",
            "Ban Xây dựng Đảng.",
            "Các chi bộ trực thuộc.",
            "Thường xuyên.",
        ),
        (
            "7. Kiểm tra, giám sát việc thực hiện Kế hoạch tại 05 chi bộ trực thuộc.",
            "Ủy ban Kiểm tra Đảng ủy.",
            "Văn phòng Đảng ủy.",
            "Tháng 11/2025.",
        ),
        (
            '8. Tuyên truyền, vận động Nhân dân tham gia phong trào "Bình dân học vụ số".',
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã.",
            "Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã.",
            "Thường xuyên.",
        ),
        (
            "9. Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực tại Trung tâm Phục vụ hành "
            "chính công xã.",
            "Ủy ban nhân dân xã.",
            "Văn phòng Đảng ủy.",
            "31/12/2025.",
        ),
        (
            "10. Sơ kết việc thực hiện Kế hoạch, báo cáo Ban Thường vụ Đảng ủy xã.",
            "Văn phòng Đảng ủy.",
            "Các cơ quan liên quan.",
            "Trước 20/12/2025.",
        ),
    ]
    for title, lead, support, due in tasks:
        para(doc, title)
        para(doc, "- Cơ quan chủ trì: " + lead)
        para(doc, "- Cơ quan phối hợp: " + support)
        para(doc, "- Thời gian hoàn thành: " + due)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Văn phòng Đảng ủy là cơ quan thường trực, giúp Ban Thường vụ theo dõi, đôn đốc thực "
        "hiện Kế hoạch.",
    )
    para(
        doc,
        "2. Các chi bộ trực thuộc, các cơ quan liên quan báo cáo kết quả thực hiện về Đảng ủy "
        "xã (qua Văn phòng Đảng ủy) trước ngày 25 hằng tháng.",
    )
    _sign(
        doc,
        [
            "Nơi nhận:",
            "- Ban Thường vụ Tỉnh ủy (b/c),",
            "- Các đồng chí Đảng ủy viên,",
            "- Các chi bộ trực thuộc,",
            "- Lưu Văn phòng Đảng ủy.",
        ],
        ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "(đã ký)", "", "Đỗ Thị Ngọc Lan"],
    )
    doc.save(path)


# ---------------------------------------------------------------- h398: treasury, meeting conclusions


def h398(path: Path) -> None:
    doc = document(13)
    a4(doc)
    _head(
        doc,
        ["KHO BẠC NHÀ NƯỚC", "KHO BẠC NHÀ NƯỚC KHU VỰC XVII", "Số: 214/TB-KVXVII"],
        [QH, DL, "Phú Lâm, ngày 04 tháng 3 năm 2026"],
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Giám đốc Kho bạc Nhà nước khu vực XVII tại cuộc họp giao ban tháng 3/2026",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Ngày 02/3/2026, Giám đốc Kho bạc Nhà nước khu vực XVII chủ trì cuộc họp giao ban đánh "
        "giá kết quả thực hiện nhiệm vụ tháng 02/2026, triển khai nhiệm vụ tháng 3/2026. Dự họp "
        "có các Phó Giám đốc, Trưởng các phòng chuyên môn và Trưởng các Phòng Giao dịch. Sau khi "
        "nghe báo cáo và ý kiến của các đại biểu, Giám đốc kết luận như sau:",
    )
    para(doc, "I. ĐÁNH GIÁ CHUNG", bold=True)
    para(
        doc,
        "Trong tháng 02/2026, mặc dù trùng dịp Tết Nguyên đán, các phòng đã hoàn thành tốt "
        "nhiệm vụ; tổng thu ngân sách nhà nước qua Kho bạc đạt 1.246 tỷ đồng, giải ngân vốn đầu "
        "tư công đạt 9,8% kế hoạch. Tuy nhiên, một số hồ sơ kiểm soát chi còn phải bổ sung "
        "nhiều lần, việc đối chiếu số liệu thu với cơ quan thuế có lúc chưa kịp thời.",
    )
    para(doc, "II. NHIỆM VỤ TRỌNG TÂM THÁNG 3/2026", bold=True)
    tasks = [
        "1. Phòng Kiểm soát chi ngân sách nhà nước: Tập trung kiểm soát, thanh toán kịp thời vốn đầu tư "
        "công ngay khi có khối lượng nghiệm thu; tổng hợp báo cáo tình hình giải ngân quý I/2026 trước "
        "ngày 05/4/2026.",
        "2. Phòng Kiểm soát chi ngân sách nhà nước chủ trì, phối hợp với Phòng Tổ chức - Hành chính tổ "
        "chức hội nghị tập huấn quy trình kiểm soát chi mới cho các chủ đầu tư vào ngày 25/3/2026.",
        "3. Phòng Kế toán nhà nước: Hoàn thành khóa sổ, lập báo cáo quyết toán thu, chi ngân sách nhà "
        "nước năm 2025 trên địa bàn, gửi Kho bạc Nhà nước trước ngày 31/3/2026.",
        "4. Phòng Tin học: Hoàn thành nâng cấp hệ thống dịch vụ công trực tuyến, bảo đảm 100% hồ sơ "
        "kiểm soát chi được tiếp nhận trên môi trường điện tử, xong trước 20/3/2026.",
        "5. Phòng Tổ chức - Hành chính: Tham mưu Kế hoạch đào tạo, bồi dưỡng công chức năm 2026, "
        "trình Giám đốc trong tháng 3/2026.",
        "6. Phòng Tổ chức - Hành chính  chủ trì kiểm tra an toàn kho quỹ tại các Phòng Giao dịch "
        "định kỳ hằng tháng.",
        "7. Phòng Thanh tra - Kiểm tra: Triển khai kiểm tra nghiệp vụ tại Phòng Giao dịch số 2 theo "
        "Kế hoạch số 05/KH-KVXVII, thời gian từ ngày 16/3 đến ngày 27/3/2026.",
        "8. Phòng Giao dịch số 1: Phối hợp với Ủy ban nhân dân phường Tân An rà soát, xử lý dứt điểm "
        "số dư tài khoản tạm giữ tồn đọng trong quý I/2026.",
        "9. Các Phòng Giao dịch: Phối hợp chặt chẽ với cơ quan thuế trên địa bàn trong công tác thu "
        "ngân sách; đối chiếu số liệu thu hằng ngày, không để sai sót kéo dài.",
    ]
    for task in tasks:
        para(doc, task)
    para(
        doc,
        "Các phòng báo cáo kết quả thực hiện các nhiệm vụ tại Thông báo này bằng văn bản về "
        "Phòng Tổ chức - Hành chính trước ngày 30/3/2026 để tổng hợp, báo cáo tại cuộc họp giao "
        "ban tháng 4/2026.",
    )
    para(doc, "Kho bạc Nhà nước khu vực XVII thông báo để các phòng biết, thực hiện./.")
    _sign(
        doc,
        [
            "Nơi nhận:",
            "- Ban Giám đốc;",
            "- Các phòng chuyên môn;",
            "- Các Phòng Giao dịch;",
            "- Lưu: VT, TCHC.",
        ],
        ["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH", "", "(đã ký)", "", "Vũ Thị Hồng Nhung"],
    )
    doc.save(path)


# ---------------------------------------------------------------- h399: LĐLĐ tỉnh, quarterly conclusions


def h399(path: Path) -> None:
    doc = document(13)
    a4(doc)
    _head(
        doc,
        ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ LÂM", "Số: 356/TB-LĐLĐ"],
        [QH, DL, "Phú Lâm, ngày 10 tháng 10 năm 2025"],
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của đồng chí Chủ tịch Liên đoàn Lao động tỉnh tại Hội nghị giao ban quý III/2025",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Ngày 08/10/2025, Thường trực Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức Hội nghị giao ban "
        "đánh giá kết quả hoạt động công đoàn quý III, triển khai nhiệm vụ quý IV/2025. Đồng chí "
        "Trịnh Văn Hải, Chủ tịch LĐLĐ tỉnh chủ trì Hội nghị. Sau khi nghe báo cáo và ý kiến thảo "
        "luận, đồng chí Chủ tịch kết luận:",
    )
    para(doc, "1. Đánh giá chung", bold=True)
    para(
        doc,
        "Quý III/2025, các cấp công đoàn đã hoàn thành việc sắp xếp tổ chức công đoàn theo mô "
        "hình chính quyền địa phương hai cấp; phát triển mới 1.120 đoàn viên. Tuy nhiên, số "
        "công đoàn cơ sở ngoài nhà nước được thành lập mới còn thấp; công tác thu kinh phí công "
        "đoàn ở một số đơn vị chưa đạt tiến độ.",
    )
    para(doc, "2. Nhiệm vụ trọng tâm quý IV/2025", bold=True)
    groups = [
        (
            "2.1. Ban Tổ chức:",
            [
                "- Hướng dẫn các công đoàn cơ sở kiện toàn tổ chức, ban chấp hành sau sắp xếp đơn vị "
                "hành chính; hoàn thành trước ngày 30/11/2025.",
                "- Đẩy mạnh phát triển đoàn viên tại doanh nghiệp ngoài nhà nước, phấn đấu hoàn thành chỉ "
                "tiêu 1.500 đoàn viên mới năm 2025.",
            ],
        ),
        (
            "2.2. Ban Chính sách - Pháp luật:",
            [
                "- Phối hợp tổ chức đối thoại giữa người lao động và người sử dụng lao động tại Khu công "
                "nghiệp Tân Phú trong tháng 11/2025.",
                "- Theo dõi, nắm tình hình tiền lương, thưởng Tết Dương lịch và Tết Nguyên đán Bính Ngọ "
                "2026; báo cáo Thường trực trước ngày 15/12/2025.",
            ],
        ),
        (
            "2.3. Ban Tuyên giáo - Nữ công:",
            [
                '- Tổ chức Hội thi "Nữ công nhân, viên chức, lao động duyên dáng, tài năng" chào mừng '
                "Ngày Phụ nữ Việt Nam 20/10, tổ chức ngày 18/10/2025.",
                "- Tuyên truyền Nghị quyết Đại hội Công đoàn tỉnh lần thứ XIII đến đoàn viên, người lao "
                "động; thực hiện thường xuyên.",
            ],
        ),
        (
            "2.4. Ban Tài chính:",
            [
                "- Đôn đốc thu kinh phí công đoàn, đoàn phí công đoàn, bảo đảm đạt 100% dự toán được giao "
                "trước ngày 31/12/2025.",
            ],
        ),
        (
            "2.5. Ủy ban Kiểm tra:",
            [
                "- Kiểm tra tài chính tại 03 công đoàn cơ sở theo Kế hoạch kiểm tra số 12/KH-UBKT.",
            ],
        ),
        (
            "2.6. Văn phòng:",
            [
                "- Chuẩn bị nội dung Hội nghị Ban Chấp hành LĐLĐ tỉnh tổng kết năm 2025, dự kiến tổ chức "
                "ngày 22/12/2025.",
                "- Phối hợp với các ban xây dựng Chương trình công tác năm 2026, trình Thường trực trước "
                "ngày 10/12/2025.",
            ],
        ),
        (
            "2.7. Đối với các công đoàn ngành, công đoàn cơ sở trực thuộc:",
            [
                "- Tăng cường nắm tình hình tư tưởng, việc làm của người lao động; kịp thời báo cáo các vụ "
                "tranh chấp lao động, ngừng việc tập thể.",
                "- Báo cáo kết quả hoạt động quý IV và năm 2025 về LĐLĐ tỉnh (qua Văn phòng) trước ngày "
                "05/12/2025.",
            ],
        ),
    ]
    for label, lines in groups:
        para(doc, label, bold=True)
        for line in lines:
            para(doc, line)
    para(
        doc,
        "Trên đây là kết luận của đồng chí Chủ tịch LĐLĐ tỉnh, Văn phòng thông báo để các ban, "
        "đơn vị biết, thực hiện./.",
    )
    _sign(
        doc,
        [
            "Nơi nhận:",
            "- Thường trực LĐLĐ tỉnh;",
            "- Các ban, Văn phòng;",
            "- Các CĐ ngành, CĐCS trực thuộc;",
            "- Lưu: VT.",
        ],
        ["TL. BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "", "(đã ký)", "", "Ngô Thị Thu Trang"],
    )
    doc.save(path)


# ---------------------------------------------------------------- h400: weekly calendar of a Tỉnh ủy board


def h400(path: Path) -> None:
    from docx.shared import Pt

    doc = document(12)
    a4(doc)
    _head(
        doc,
        ["TỈNH ỦY PHÚ LÂM", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "*"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Phú Lâm, ngày 17 tháng 4 năm 2026"],
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN", bold=True, center=True)
    para(doc, "(Từ ngày 20/4/2026 đến ngày 26/4/2026)", italic=True, center=True)
    days = [
        (
            "Thứ Hai\n20/4",
            [
                (
                    "Sáng",
                    "8h00: Giao ban Lãnh đạo Ban tuần",
                    "Trưởng Ban chủ trì",
                    "Văn phòng Ban",
                    "Phòng họp Ban",
                ),
                (
                    "Chiều",
                    "14h00: Làm việc với Báo Phú Lâm về định hướng tuyên truyền kỷ niệm 51 năm Ngày "
                    "Giải phóng miền Nam, thống nhất đất nước",
                    "Đ/c Hoàng Minh Tâm, Phó Trưởng Ban",
                    "Phòng Tuyên truyền - Báo chí",
                    "Báo Phú Lâm",
                ),
            ],
        ),
        (
            "Thứ Ba\n21/4",
            [
                (
                    "Sáng",
                    "7h30: Hội nghị báo cáo viên tháng 4/2026",
                    "Trưởng Ban",
                    "Phòng Tuyên truyền - Báo chí",
                    "Hội trường Tỉnh ủy",
                ),
                ("Chiều", "Lãnh đạo Ban làm việc tại cơ quan", "", "", ""),
            ],
        ),
        (
            "Thứ Tư\n22/4",
            [
                (
                    "Sáng",
                    "8h00: Trưởng Ban dự Hội nghị Ban Thường vụ Tỉnh ủy",
                    "Trưởng Ban",
                    "Theo giấy mời",
                    "Phòng họp số 1 Tỉnh ủy",
                ),
                (
                    "Chiều",
                    "14h00: Kiểm tra công tác dân vận tại Đảng ủy xã Tân Phước",
                    "Đ/c Lê Thị Hạnh, Phó Trưởng Ban",
                    "Phòng Dân vận - Tôn giáo",
                    "Xã Tân Phước",
                ),
            ],
        ),
        (
            "Thứ Năm\n23/4",
            [
                (
                    "Sáng",
                    "8h00: Họp Hội đồng thẩm định bản thảo cuốn Lịch sử Đảng bộ xã Tân Phước (1930 - 2025)",
                    "Đ/c Hoàng Minh Tâm, Phó Trưởng Ban",
                    "Phòng Lý luận chính trị - Lịch sử Đảng",
                    "Phòng họp Ban",
                ),
                (
                    "Chiều",
                    "14h00: Đ/c Lê Thị Hạnh, Phó Trưởng Ban tiếp công dân định kỳ",
                    "",
                    "Văn phòng Ban",
                    "Trụ sở Tiếp công dân tỉnh",
                ),
            ],
        ),
        (
            "Thứ Sáu\n24/4",
            [
                (
                    "Sáng",
                    "8h00: Hội nghị giao ban công tác dân vận quý I/2026 (dự kiến)",
                    "Trưởng Ban",
                    "Phòng Dân vận - Tôn giáo",
                    "Hội trường Tỉnh ủy",
                ),
                (
                    "Sáng",
                    "9h00: Làm việc với Trường Đại học Kinh tế - Kỹ thuật Phú Lâm về công tác chính "
                    "trị, tư tưởng trong sinh viên",
                    "Đ/c Hoàng Minh Tâm, Phó Trưởng Ban",
                    "Phòng Khoa giáo",
                    "Trường ĐH Kinh tế - Kỹ thuật",
                ),
                (
                    "Chiều",
                    "16h00: Sinh hoạt chi bộ định kỳ tháng 4",
                    "Bí thư Chi bộ",
                    "Chi ủy Chi bộ",
                    "Phòng họp Ban",
                ),
            ],
        ),
        (
            "Thứ Bảy\n25/4",
            [
                (
                    "Tối",
                    "19h30: Dự Chương trình nghệ thuật kỷ niệm 51 năm Ngày Giải phóng hoàn toàn miền "
                    "Nam, thống nhất đất nước",
                    "Lãnh đạo Ban",
                    "Phòng Tuyên truyền - Báo chí",
                    "Nhà Văn hóa tỉnh",
                ),
                ("", "Trực lãnh đạo: Đ/c Lê Thị Hạnh, Phó Trưởng Ban", "", "", ""),
            ],
        ),
        (
            "Chủ nhật\n26/4",
            [
                ("", "Nghỉ lễ Giỗ Tổ Hùng Vương (10/3 âm lịch)", "", "", ""),
            ],
        ),
    ]
    grid = doc.add_table(rows=1, cols=6)
    grid.style = "Table Grid"
    for cell, text in zip(
        grid.rows[0].cells,
        ["Thứ, ngày", "Buổi", "Nội dung công việc", "Lãnh đạo Ban", "Đơn vị chuẩn bị", "Địa điểm"],
        strict=True,
    ):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for day, entries in days:
        first = len(grid.rows)
        for entry in entries:
            cells = grid.add_row().cells
            for cell, text in zip(cells[1:], entry, strict=True):
                cell.text = text
        top, bottom = grid.cell(first, 0), grid.cell(len(grid.rows) - 1, 0)
        merged = top.merge(bottom) if bottom is not top else top
        merged.text = ""
        for i, line in enumerate(day.split("\n")):
            p = merged.paragraphs[0] if i == 0 else merged.add_paragraph()
            p.add_run(line).bold = True
    for row in grid.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(11)
    para(doc, "Lịch công tác có thể thay đổi, Văn phòng Ban sẽ thông báo cụ thể.", italic=True)
    _sign(
        doc,
        [
            "Nơi nhận:",
            "- Thường trực Tỉnh ủy (b/c),",
            "- Lãnh đạo Ban,",
            "- Các phòng, Văn phòng Ban,",
            "- Lưu VP.",
        ],
        ["T/L TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "", "(đã ký)", "", "Phan Văn Lộc"],
    )
    doc.save(path)


# ---------------------------------------------------------------- h401: Women's Union indicators .xlsx


def h401(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    ws["A1"] = "HỘI LHPN TỈNH PHÚ LÂM"
    ws["A2"] = "BAN THƯỜNG VỤ"
    ws["E1"] = QH
    ws["E2"] = DL
    ws["A4"] = "BIỂU CHỈ TIÊU CÔNG TÁC HỘI VÀ PHONG TRÀO PHỤ NỮ NĂM 2027"
    ws["A5"] = "(Ban hành kèm theo Nghị quyết số 09-NQ/HPN ngày 15/12/2026 của Ban Chấp hành Hội LHPN tỉnh)"
    for rng in ("A1:C1", "A2:C2", "E1:H1", "E2:H2", "A4:H4", "A5:H5"):
        ws.merge_cells(rng)
    for ref in ("A1", "A2", "E1", "E2", "A4", "A5"):
        ws[ref].alignment = Alignment(horizontal="center")
        ws[ref].font = Font(bold=ref != "A5", italic=ref == "A5")
    ws.append([])
    ws.append(
        [
            "TT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Thực hiện 2026",
            "Kế hoạch 2027",
            "Ban phụ trách",
            "Thời gian hoàn thành",
            "Ghi chú",
        ]
    )
    bold_header(ws, 7)
    rows = [
        "A. CÔNG TÁC TUYÊN TRUYỀN, GIÁO DỤC",
        [
            1,
            "Tỷ lệ cán bộ, hội viên được tuyên truyền, phổ biến Nghị quyết Đại hội Phụ nữ toàn quốc "
            "lần thứ XIV",
            "%",
            "86",
            "≥ 90",
            "Ban Tuyên giáo",
            "Năm 2027",
            "",
        ],
        [
            2,
            'Số mô hình "Gia đình 5 không, 3 sạch" được duy trì, nâng chất',
            "mô hình",
            "35",
            "40",
            "Ban Gia đình - Xã hội",
            "30/11/2027",
            "",
        ],
        [
            3,
            "Số cuộc tuyên truyền phòng, chống bạo lực gia đình trong Tháng hành động vì bình đẳng giới",
            "cuộc",
            "52",
            "60",
            "Ban Gia đình - Xã hội",
            "15/11 - 15/12/2027",
            "",
        ],
        "B. HỖ TRỢ PHỤ NỮ PHÁT TRIỂN KINH TẾ",
        [4, "Số hộ phụ nữ nghèo được hỗ trợ thoát nghèo", "hộ", "318", "350", "Ban Kinh tế", "Năm 2027", ""],
        [
            5,
            "Số tổ hợp tác, hợp tác xã do phụ nữ quản lý được thành lập mới",
            "THT/HTX",
            "9",
            "12",
            "Ban Kinh tế",
            "Quý III/2027",
            "",
        ],
        [
            6,
            "Dư nợ ủy thác qua Ngân hàng Chính sách xã hội",
            "tỷ đồng",
            "1.180",
            "1.250",
            "Ban Kinh tế",
            "31/12/2027",
            "Theo số liệu NHCSXH",
        ],
        [
            7,
            "Số phụ nữ được dạy nghề, giới thiệu việc làm",
            "người",
            "742",
            "800",
            "Ban Kinh tế",
            "Năm 2027",
            "",
        ],
        "C. XÂY DỰNG TỔ CHỨC HỘI",
        [8, "Kết nạp mới hội viên", "hội viên", "2.310", "2.500", "Ban Tổ chức - Kiểm tra", "Năm 2027", ""],
        [
            9,
            "Tỷ lệ cơ sở Hội xếp loại vững mạnh",
            "%",
            "78",
            "≥ 80",
            "Ban Tổ chức - Kiểm tra",
            "Tháng 12/2027",
            "",
        ],
        [
            10,
            "Số cán bộ Hội cơ sở được tập huấn kỹ năng số",
            "người",
            "250",
            "300",
            "Ban Tuyên giáo",
            "Quý II/2027",
            "",
        ],
        [
            11,
            "Tỷ lệ hội viên được cập nhật trên Phần mềm quản lý hội viên",
            "%",
            "92",
            "100",
            "Văn phòng",
            "30/6/2027",
            "",
        ],
        [12, "Tỷ lệ thu nộp hội phí đúng quy định", "%", "97", "100", "Văn phòng", "Hằng quý", ""],
    ]
    for row in rows:
        if isinstance(row, str):
            ws.append([row])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=8)
            ws.cell(ws.max_row, 1).font = Font(bold=True)
        else:
            ws.append(row)
    ws.append(
        [
            "Hội LHPN các xã, phường báo cáo kết quả thực hiện chỉ tiêu về Tỉnh Hội (qua Văn phòng) "
            "định kỳ hằng quý, trước ngày 15 tháng cuối quý."
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=8)
    ws.append([])
    ws.append(["", "", "", "", "", "TM. BAN THƯỜNG VỤ"])
    ws.append(["", "", "", "", "", "CHỦ TỊCH"])
    ws.append(["", "", "", "", "", "Bùi Thị Mai Hương"])
    wrap(ws, 8)
    for col, width in zip("ABCDEFGH", (5, 52, 11, 12, 12, 22, 18, 18), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)


# ---------------------------------------------------------------- h402: ministry department dispatch, PDF


def h402_docx(path: Path) -> None:
    doc = document(13)
    a4(doc)
    _head(
        doc,
        [
            "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "CỤC CHĂN NUÔI VÀ THÚ Y",
            "Số: 1583/CNTY-DT",
            "V/v triển khai nhiệm vụ phòng, chống bệnh Dịch tả lợn châu Phi những tháng cuối năm 2025",
        ],
        [QH, DL, "Hà Nội, ngày 28 tháng 8 năm 2025"],
    )
    para(doc, "Kính gửi:", bold=True)
    para(doc, "- Các đơn vị thuộc Cục;")
    para(doc, "- Sở Nông nghiệp và Môi trường các tỉnh, thành phố.")
    para(
        doc,
        "Thời gian gần đây, bệnh Dịch tả lợn châu Phi (DTLCP) tái phát tại nhiều địa phương, "
        "nguy cơ lây lan trên diện rộng là rất lớn. Để chủ động kiểm soát dịch bệnh, Cục Chăn "
        "nuôi và Thú y giao nhiệm vụ cho các đơn vị như sau:",
    )
    para(doc, "1. Phòng Dịch tễ thú y")
    para(
        doc,
        "a) Theo dõi, tổng hợp tình hình dịch bệnh hằng ngày, kịp thời tham mưu Lãnh đạo Cục chỉ "
        "đạo xử lý ổ dịch.",
    )
    para(
        doc,
        "b) Tham mưu văn bản hướng dẫn tiêm phòng vắc xin DTLCP đợt 2 năm 2025, trình Lãnh đạo "
        "Cục trước ngày 15/9/2025.",
    )
    para(doc, "2. Trung tâm Chẩn đoán thú y trung ương")
    para(
        doc,
        "a) Xét nghiệm mẫu bệnh phẩm do các địa phương gửi, trả kết quả trong vòng 48 giờ kể từ "
        "khi nhận mẫu.",
    )
    para(
        doc,
        "b) Tổ chức tập huấn kỹ thuật lấy mẫu, bảo quản mẫu cho cán bộ thú y các Chi cục vùng "
        "trong tháng 10/2025.",
    )
    para(doc, "3. Các Chi cục Chăn nuôi và Thú y vùng")
    para(
        doc,
        "a) Phối hợp với Sở Nông nghiệp và Môi trường kiểm tra công tác tiêm phòng, kiểm soát "
        "giết mổ tại các tỉnh thuộc vùng phụ trách; hoàn thành trước ngày 31/10/2025.",
    )
    para(
        doc,
        "b) Tăng cường kiểm dịch động vật, sản phẩm động vật vận chuyển ra, vào vùng; xử lý "
        "nghiêm các trường hợp vi phạm.",
    )
    para(
        doc,
        "4. Phòng Kế hoạch - Tài chính: Cân đối, đề xuất kinh phí mua vắc xin dự phòng và hóa "
        "chất khử trùng, trình Cục trưởng trong tháng 9/2025.",
    )
    para(
        doc,
        "5. Văn phòng Cục: Đăng tải thường xuyên thông tin về tình hình dịch bệnh và khuyến cáo "
        "phòng bệnh trên Cổng thông tin điện tử của Cục.",
    )
    para(
        doc,
        "6. Đề nghị Sở Nông nghiệp và Môi trường các tỉnh, thành phố chỉ đạo cơ quan chuyên môn "
        "báo cáo ổ dịch mới phát sinh về Cục trong vòng 24 giờ qua hệ thống VAHIS.",
    )
    para(
        doc,
        "Các đơn vị thuộc Cục báo cáo kết quả thực hiện về Cục (qua Phòng Dịch tễ thú y) trước "
        "ngày 25 hằng tháng để tổng hợp, báo cáo Bộ trưởng.",
    )
    para(doc, "Cục Chăn nuôi và Thú y đề nghị các đơn vị nghiêm túc triển khai thực hiện./.")
    _sign(
        doc,
        [
            "Nơi nhận:",
            "- Như trên;",
            "- Thứ trưởng phụ trách (để b/c);",
            "- Cục trưởng (để b/c);",
            "- Lưu: VT, DT.",
        ],
        ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "", "(đã ký)", "", "Đinh Quang Vinh"],
    )
    doc.save(path)


def batch_h393() -> None:
    h393(_out("h393_ct_bhxh_co_so_2026.docx"))
    h394(_out("h394_ct_quy_i_dai_hoc_2026.xlsx"))
    h396(_out("h396_kh_cchc_benh_vien_phu_luc.docx"))
    h397(_out("h397_kh_dang_uy_xa_chuyen_doi_so.docx"))
    h398(_out("h398_tbkl_giao_ban_kho_bac.docx"))
    h399(_out("h399_tbkl_ldld_tinh_quy_iii.docx"))
    h400(_out("h400_lich_tuan_ban_tgdv_tinh_uy.docx"))
    h401(_out("h401_chi_tieu_hoi_phu_nu_2027.xlsx"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        h395_docx(tmp / "h395_ct_tinh_doan_2026.docx")
        soffice(tmp / "h395_ct_tinh_doan_2026.docx", "doc", _out("h395_ct_tinh_doan_2026.doc"))
        h402_docx(tmp / "h402_cv_cuc_cnty_giao_nhiem_vu.docx")
        soffice(
            tmp / "h402_cv_cuc_cnty_giao_nhiem_vu.docx", "pdf", _out("h402_cv_cuc_cnty_giao_nhiem_vu.pdf")
        )
