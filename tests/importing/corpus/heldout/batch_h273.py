"""Writes the binaries of the held-out documents h273–h282 (helper h13author24).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h273`.
Every text below is own-authored (other names, units, places, dates and tasks) in how provincial
departments, communes and wards after the 2025 two-level reform and public service units commonly
produce the ordinary documents they exchange every day; no third-party text is stored. The .html and
.csv documents of the batch are written by hand and live beside the output. Like `make_docs.py` this
writes **only the documents**: their expected items (`expected/`) were written by hand from the
document text before the importer was first run on them. The writer helpers (national header, grid
tables, full-width rows, merging, LibreOffice conversion, rasterising) are `make_docs.py`'s. The
.odt, .doc, .rtf and the PDFs need LibreOffice (`soffice`); their bytes differ run to run, so
regenerate only on purpose. Conversions run one after another (never in parallel).
"""

# ruff: noqa: E501 — document text is data: long lines.

import datetime
import shutil
import sys
import tempfile
from functools import partial
from pathlib import Path

from batch_common import DOCS, convert_each, out_path, wrap
from batch_common import document as _document
from batch_common import fill_rows as _rows
from batch_common import writers as _writers

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h273_ctr_quy_so_nnmt_hang_thang_ngay_trong_thang",  # h13fixKP
    "h276_phu_luc_kh_tinh_du_lich_chi_phu_luc",  # h13fixKQ
    "h278_lich_tuan_so_xay_dung_ca_tuan_gop_ngay",  # h13fixKR
    "h280_cv_don_doc_so_y_te_de_nghi_hoan_thanh",  # h13fixKR
    "h275_tbkl_giao_ban_so_tai_chinh_doi_voi_phong",  # lead (h13 lead2)
}

_wrap = partial(wrap, vertical="top")
_out = partial(out_path, moved=_MOVED)


# -------------------------------------------------------------------------------------------- h273
def h273(h, path: Path) -> None:
    """A department's quarter programme whose **month rows are merged across the table** and whose
    time column gives only **days of that month** (`Ngày 10`, `Trước 25`, `Ngày 05 và 20`), `Trong
    tháng`, `Tuần cuối`, `Cuối tháng`; a leader column; a closing note with a monthly report duty."""
    document = _document(12)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["UBND TỈNH BÌNH XUYÊN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 1642/CTr-SNNMT"],
        "Bình Xuyên, ngày 28 tháng 6 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2027",
            "(Ban hành kèm theo Quyết định số 415/QĐ-SNNMT ngày 28/6/2027 của Giám đốc Sở)",
        ],
    )
    table = h.grid_table(
        document,
        [
            "TT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian",
            "Lãnh đạo Sở phụ trách",
        ],
        [0.4, 3.6, 1.7, 1.9, 1.0, 1.3],
    )
    h.full_width_row(table, "THÁNG 7/2027")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Tổng hợp báo cáo sơ kết 6 tháng đầu năm 2027 của ngành nông nghiệp và môi trường",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Ngày 10",
                "GĐ Phạm Đình Lộc",
            ],
            [
                "2",
                "Tham mưu UBND tỉnh ban hành Kế hoạch phòng, chống dịch bệnh gia súc, gia cầm 6 tháng cuối năm 2027",
                "Chi cục Chăn nuôi và Thú y",
                "Phòng Kế hoạch - Tài chính",
                "Trong tháng",
                "PGĐ Trần Văn Hòa",
            ],
            [
                "3",
                "Kiểm tra công tác bảo vệ môi trường tại các cụm công nghiệp Tân Bình, Phú Sơn",
                "Chi cục Bảo vệ môi trường",
                "Sở Công Thương; UBND các xã có cụm công nghiệp",
                "Tuần cuối",
                "PGĐ Lê Thị Minh Nguyệt",
            ],
        ],
    )
    h.full_width_row(table, "THÁNG 8/2027")
    _rows(
        h,
        table,
        [
            [
                "4",
                "Hội nghị sơ kết 03 năm thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) giai đoạn 2025 - 2030",
                "Chi cục Phát triển nông thôn",
                "Trung tâm Khuyến nông",
                "12/8",
                "PGĐ Trần Văn Hòa",
            ],
            [
                "5",
                "Thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao đợt 1 năm 2027",
                "Văn phòng Điều phối nông thôn mới tỉnh",
                "Các sở, ngành thành viên Ban Chỉ đạo",
                "Trước 25",
                "PGĐ Trần Văn Hòa",
            ],
            [
                "6",
                "Cập nhật kết quả theo dõi diễn biến rừng, bản đồ hiện trạng rừng 6 tháng đầu năm",
                "Chi cục Kiểm lâm",
                "Ban Quản lý rừng phòng hộ Sông Cầu",
                "Trong tháng",
                "PGĐ Lê Thị Minh Nguyệt",
            ],
        ],
    )
    h.full_width_row(table, "THÁNG 9/2027")
    _rows(
        h,
        table,
        [
            [
                "7",
                "Tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn cấp tỉnh năm 2027 tại xã Phú Lộc",
                "Chi cục Thủy lợi",
                "Bộ Chỉ huy Quân sự tỉnh; UBND xã Phú Lộc",
                "Ngày 18",
                "GĐ Phạm Đình Lộc",
            ],
            [
                "8",
                "Xây dựng dự toán ngân sách năm 2028 của Sở (lần 1 gửi các đơn vị góp ý, lần 2 hoàn chỉnh gửi Sở Tài chính)",
                "Phòng Kế hoạch - Tài chính",
                "Các đơn vị trực thuộc",
                "Ngày 05 và 20",
                "GĐ Phạm Đình Lộc",
            ],
            [
                "9",
                "Sơ kết công tác quý III, xây dựng Chương trình công tác quý IV năm 2027",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Cuối tháng",
                "GĐ Phạm Đình Lộc",
            ],
        ],
    )
    h.full_width_row(table, "CÔNG VIỆC THƯỜNG XUYÊN TRONG QUÝ")
    _rows(
        h,
        table,
        [
            [
                "10",
                "Trực ban phòng, chống thiên tai 24/24 giờ, theo dõi mực nước các hồ chứa",
                "Chi cục Thủy lợi",
                "Công ty TNHH MTV Khai thác công trình thủy lợi Bình Xuyên",
                "Thường xuyên",
                "PGĐ Lê Thị Minh Nguyệt",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: Cột “Thời gian” ghi ngày của tháng tương ứng. Các phòng, đơn vị báo cáo kết quả thực hiện Chương trình về Văn phòng Sở trước ngày 25 hằng tháng để tổng hợp, báo cáo Giám đốc Sở.",
            "Nơi nhận: UBND tỉnh (b/c); Giám đốc, các PGĐ Sở; Các phòng, đơn vị thuộc Sở; Lưu: VT, VP.",
            "GIÁM ĐỐC",
            "Phạm Đình Lộc",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h274
def h274(h, path: Path) -> None:
    """A commune People's Committee's tracking register as a workbook of **four sheets**: an
    instructions sheet, the province's tasks, the Party committee's tasks (another header) and a
    summary of counts per office; date cells, an extension column, a monthly duty."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    guide = workbook.active
    guide.title = "Huong dan"
    for line in [
        "SỔ THEO DÕI NHIỆM VỤ CẤP TRÊN GIAO NĂM 2027 - UBND XÃ TÂN PHONG",
        "Hướng dẫn cập nhật:",
        "1. Mỗi văn bản giao nhiệm vụ nhập một dòng ngay khi văn bản đến được Chủ tịch UBND xã bút phê.",
        "2. Cột “Hạn xử lý” nhập theo ngày ghi trong văn bản; nếu được gia hạn thì ghi hạn mới ở cột “Gia hạn”, không xóa hạn cũ.",
        "3. Cột “Tình trạng” chọn một trong: Chưa thực hiện / Đang thực hiện / Đã hoàn thành.",
        "4. Văn phòng HĐND và UBND xã rà soát sổ vào thứ Sáu hằng tuần.",
    ]:
        guide.append([line])
    guide.column_dimensions["A"].width = 110

    date = datetime.date
    sheet = workbook.create_sheet("UBND tinh giao")
    sheet.append(["NHIỆM VỤ DO UBND TỈNH, CÁC SỞ, NGÀNH GIAO"])
    sheet.append([])
    sheet.append(
        [
            "STT",
            "Số, ký hiệu VB",
            "Ngày VB",
            "Cơ quan giao",
            "Nội dung nhiệm vụ",
            "Bộ phận tham mưu",
            "Hạn xử lý",
            "Gia hạn",
            "Tình trạng",
        ]
    )
    top = sheet.max_row
    for cell in sheet[top]:
        cell.font = Font(bold=True)
    rows = [
        [
            1,
            "2154/UBND-KT",
            date(2027, 7, 5),
            "UBND tỉnh",
            "Báo cáo tình hình bồi thường, hỗ trợ, tái định cư dự án đường tỉnh 623 đoạn qua địa bàn xã",
            "Phòng Kinh tế",
            date(2027, 7, 20),
            None,
            "Đã hoàn thành",
        ],
        [
            2,
            "118/KH-UBND",
            date(2027, 7, 8),
            "UBND tỉnh",
            "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo giữa kỳ năm 2027",
            "Phòng Văn hóa - Xã hội",
            date(2027, 8, 15),
            date(2027, 8, 30),
            "Đang thực hiện",
        ],
        [
            3,
            "2301/UBND-NC",
            date(2027, 7, 19),
            "UBND tỉnh",
            "Báo cáo kết quả triển khai Đề án 06 trên địa bàn xã",
            "Công an xã",
            "Trước ngày 20 hằng tháng",
            None,
            "Đang thực hiện",
        ],
        [
            4,
            "96/QĐ-UBND",
            date(2027, 7, 22),
            "UBND tỉnh",
            "Tổng kiểm kê tài sản công là nhà, đất do xã quản lý",
            "Phòng Kinh tế",
            date(2027, 9, 30),
            None,
            "Đang thực hiện",
        ],
        [
            5,
            "2410/SNV-XDCQ",
            date(2027, 8, 2),
            "Sở Nội vụ",
            "Rà soát vị trí việc làm, cơ cấu ngạch công chức xã sau sắp xếp",
            "Văn phòng HĐND và UBND xã",
            date(2027, 8, 25),
            None,
            "Chưa thực hiện",
        ],
    ]
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=top + 1):
        for cell in row:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    for column, value in zip("ABCDEFGHI", [6, 16, 12, 14, 60, 26, 14, 12, 16], strict=True):
        sheet.column_dimensions[column].width = value
    _wrap(sheet, top)

    party = workbook.create_sheet("Dang uy xa giao")
    party.append(["NHIỆM VỤ DO BAN THƯỜNG VỤ ĐẢNG ỦY XÃ GIAO UBND XÃ"])
    party.append([])
    party.append(["TT", "Văn bản giao", "Nội dung", "Cơ quan tham mưu", "Thời hạn", "Ghi chú"])
    top = party.max_row
    for cell in party[top]:
        cell.font = Font(bold=True)
    for row in [
        [
            "1",
            "Thông báo 45-TB/ĐU ngày 10/7/2027",
            "Tổ chức thăm, tặng quà gia đình chính sách nhân kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ",
            "Phòng Văn hóa - Xã hội",
            "25/7/2027",
            "Phối hợp Ủy ban MTTQ xã",
        ],
        [
            "2",
            "Kết luận 12-KL/ĐU ngày 18/7/2027",
            "Xử lý dứt điểm các điểm tập kết rác thải tự phát dọc kênh N2",
            "Phòng Kinh tế",
            "Quý III/2027",
            "Báo cáo Đảng ủy tại hội nghị ngày 05/10/2027",
        ],
        [
            "3",
            "Công văn 88-CV/ĐU ngày 01/8/2027",
            "Chuẩn bị báo cáo phục vụ Đoàn giám sát của Ủy ban Kiểm tra Đảng ủy xã về quản lý, sử dụng đất công",
            "Văn phòng HĐND và UBND xã",
            "Theo lịch của Đoàn giám sát",
            "",
        ],
    ]:
        party.append(row)
    for column, value in zip("ABCDEF", [5, 30, 60, 26, 22, 34], strict=True):
        party.column_dimensions[column].width = value
    _wrap(party, top)

    summary = workbook.create_sheet("Tong hop")
    summary.append(["TỔNG HỢP TÌNH HÌNH THỰC HIỆN (cập nhật đến 06/8/2027)"])
    summary.append(["Bộ phận", "Tổng số", "Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện"])
    for cell in summary[2]:
        cell.font = Font(bold=True)
    for row in [
        ["Phòng Kinh tế", 3, 1, 2, 0],
        ["Phòng Văn hóa - Xã hội", 2, 0, 2, 0],
        ["Văn phòng HĐND và UBND xã", 2, 0, 1, 1],
        ["Công an xã", 1, 0, 1, 0],
    ]:
        summary.append(row)
    summary.append(["Cộng", "=SUM(B3:B6)", "=SUM(C3:C6)", "=SUM(D3:D6)", "=SUM(E3:E6)"])
    summary.column_dimensions["A"].width = 30
    workbook.active = 1
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h275
def h275_docx(h, path: Path) -> None:
    """A department director's conclusions at the weekly leaders' briefing: `N. Đối với <unit>:`
    headings over dash duties with run-in times, an approval, a due at the next briefing (no date),
    a data cut-off date inside a task, a paragraph with the lead as its subject and a deputy
    directing it, all units, the secretariat's follow-up."""
    document = _document()
    h.national_header(
        document,
        ["UBND TỈNH BÌNH XUYÊN", "SỞ TÀI CHÍNH", "Số: 231/TB-STC"],
        "Bình Xuyên, ngày 07 tháng 9 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Sở tại cuộc họp giao ban Lãnh đạo Sở tuần 36",
            "Sáng thứ Hai, ngày 06/9/2027, Giám đốc Sở Đỗ Văn Thắng chủ trì cuộc họp giao ban Lãnh đạo Sở; dự họp có các Phó Giám đốc Sở, trưởng các phòng, đơn vị thuộc Sở. Sau khi nghe Văn phòng Sở báo cáo kết quả công tác tuần 36 và ý kiến của các đại biểu, Giám đốc Sở kết luận như sau:",
            "I. ĐÁNH GIÁ CHUNG",
            "Trong tuần, các phòng, đơn vị đã chủ động triển khai nhiệm vụ; công tác thẩm định quyết toán dự án hoàn thành có chuyển biến. Giám đốc Sở ghi nhận, biểu dương Phòng Tài chính đầu tư đã hoàn thành sớm báo cáo giải ngân tháng 8.",
            "II. NHIỆM VỤ THỜI GIAN TỚI",
            "1. Đối với Phòng Quản lý ngân sách:",
            "- Hoàn thiện dự thảo báo cáo tình hình thực hiện dự toán ngân sách 9 tháng, ước thực hiện cả năm 2027, trình Lãnh đạo Sở trước ngày 15/9/2027.",
            "- Chủ trì, phối hợp với Phòng Tài chính đầu tư rà soát số bổ sung có mục tiêu cho các xã, phường; hoàn thành trong tháng 9/2027.",
            "2. Đối với Phòng Tài chính đầu tư:",
            "- Tổng hợp tình hình giải ngân vốn đầu tư công đến ngày 30/9/2027, đề xuất điều chuyển vốn của các dự án giải ngân thấp, báo cáo tại cuộc họp giao ban tuần sau.",
            "3. Đối với Văn phòng Sở:",
            "- Thống nhất chủ trương mua sắm bổ sung 06 máy tính cho bộ phận một cửa theo đề xuất của Văn phòng Sở.",
            "- Chuẩn bị nội dung, tài liệu Hội nghị tập huấn công tác quyết toán ngân sách cho kế toán các xã, phường, tổ chức ngày 24/9/2027.",
            "4. Đối với Thanh tra Sở:",
            "- Ban hành Quyết định thanh tra việc quản lý, sử dụng tài sản công tại Trung tâm Dịch vụ nông nghiệp tỉnh theo Kế hoạch thanh tra năm 2027; thời gian ban hành trước ngày 20/9/2027.",
            "5. Phòng Quản lý giá và công sản chủ trì thẩm định phương án giá nước sạch sinh hoạt năm 2028 của Công ty Cổ phần Cấp nước Bình Xuyên, báo cáo Giám đốc Sở trước ngày 30/10/2027; Phó Giám đốc Sở Nguyễn Thị Lan trực tiếp chỉ đạo.",
            "6. Các phòng, đơn vị thuộc Sở rà soát, cập nhật hồ sơ công việc trên Hệ thống quản lý văn bản và điều hành, hoàn thành số hóa hồ sơ năm 2026 trước ngày 30/9/2027.",
            "Văn phòng Sở theo dõi, đôn đốc việc thực hiện các nội dung trên, báo cáo Giám đốc Sở tại cuộc họp giao ban hằng tuần.",
            "Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.",
            "Nơi nhận: Giám đốc, các PGĐ Sở; Các phòng, đơn vị thuộc Sở; Lưu: VT, VP.",
            "TL. GIÁM ĐỐC — CHÁNH VĂN PHÒNG",
            "Hồ Thị Thanh Tâm",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h276
def h276_docx(h, path: Path) -> None:
    """**Only the appendix** of a provincial plan (no national header: the appendix title and its
    `(Kèm theo Kế hoạch số … ngày …)` line), landscape, roman section rows, a `Sản phẩm` column,
    year ranges, `Hằng năm`, a council session, two milestones in one cell, a kind of body as the
    lead, a closing note with a yearly report duty."""
    document = _document(12)
    h.set_landscape(document.sections[0])
    h.docx_paragraphs(
        document,
        [
            "Phụ lục",
            "DANH MỤC NHIỆM VỤ THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỈNH BÌNH XUYÊN GIAI ĐOẠN 2027 - 2030",
            "(Kèm theo Kế hoạch số 145/KH-UBND ngày 12/3/2027 của Ủy ban nhân dân tỉnh)",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"],
        [0.4, 3.4, 1.8, 1.9, 1.5, 1.3],
    )
    h.full_width_row(table, "I. XÂY DỰNG CƠ CHẾ, CHÍNH SÁCH")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Xây dựng Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ phát triển du lịch cộng đồng",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Sở Tài chính; Sở Tư pháp",
                "Nghị quyết của HĐND tỉnh",
                "Kỳ họp thường lệ cuối năm 2027",
            ],
            [
                "2",
                "Ban hành Bộ tiêu chí cơ sở lưu trú homestay đạt chuẩn phục vụ khách du lịch",
                "Sở Văn hóa, Thể thao và Du lịch",
                "UBND các xã có điểm du lịch cộng đồng",
                "Quyết định của UBND tỉnh",
                "Quý II/2027",
            ],
        ],
    )
    h.full_width_row(table, "II. ĐẦU TƯ HẠ TẦNG, PHÁT TRIỂN SẢN PHẨM")
    _rows(
        h,
        table,
        [
            [
                "3",
                "Đầu tư đường giao thông kết nối các điểm du lịch cộng đồng bản Nà Phai, bản Lũng Cẩm",
                "Sở Xây dựng",
                "Sở Tài chính; UBND xã Nà Phai, UBND xã Lũng Cẩm",
                "Công trình hoàn thành, đưa vào sử dụng",
                "2027 - 2029",
            ],
            [
                "4",
                "Hỗ trợ hộ gia đình cải tạo nhà ở truyền thống để đón khách lưu trú",
                "UBND các xã có điểm du lịch cộng đồng",
                "Sở Văn hóa, Thể thao và Du lịch; Ngân hàng Chính sách xã hội chi nhánh tỉnh",
                "60 homestay",
                "Hằng năm",
            ],
            [
                "5",
                "Xây dựng bản đồ số các điểm du lịch cộng đồng, tích hợp trên ứng dụng du lịch thông minh của tỉnh",
                "Trung tâm Thông tin và Xúc tiến du lịch",
                "Sở Khoa học và Công nghệ",
                "Bản đồ số",
                "Tháng 9/2027",
            ],
        ],
    )
    h.full_width_row(table, "III. ĐÀO TẠO NGUỒN NHÂN LỰC, QUẢNG BÁ")
    _rows(
        h,
        table,
        [
            [
                "6",
                "Đào tạo kỹ năng đón tiếp, phục vụ khách cho người dân tham gia làm du lịch cộng đồng",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Trường Cao đẳng Văn hóa Nghệ thuật tỉnh",
                "10 lớp/năm",
                "2027 - 2030",
            ],
            [
                "7",
                "Tổ chức Lễ hội văn hóa - du lịch cộng đồng vùng cao Bình Xuyên lần thứ nhất",
                "UBND xã Lũng Cẩm",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Lễ hội",
                "Tháng 11/2028",
            ],
            [
                "8",
                "Sơ kết, tổng kết thực hiện Đề án",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Các sở, ngành, UBND các xã liên quan",
                "Báo cáo sơ kết, tổng kết",
                "Sơ kết: Quý IV/2028; Tổng kết: Quý IV/2030",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: Cơ quan chủ trì các nhiệm vụ báo cáo tiến độ thực hiện về Sở Văn hóa, Thể thao và Du lịch trước ngày 15/12 hằng năm để tổng hợp, báo cáo UBND tỉnh.",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h277
def h277_docx(h, path: Path) -> None:
    """A commune's plan appendix (disaster prevention) scanned at 200 dpi: dates without a year
    (`Trước 30/3`, `Tháng 4`), a money column, `Trước mùa mưa bão`, a season span, `Khi có thiên
    tai`, a `Tổng cộng` row, a signature."""
    document = _document(12)
    h.set_landscape(document.sections[0])
    h.docx_paragraphs(
        document,
        [
            "ỦY BAN NHÂN DÂN XÃ HƯƠNG SƠN",
            "Phụ lục",
            "PHÂN CÔNG NHIỆM VỤ VÀ DỰ TRÙ KINH PHÍ PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2027",
            "(Kèm theo Kế hoạch số 22/KH-UBND ngày 18/3/2027 của UBND xã Hương Sơn)",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nội dung", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian", "Kinh phí (triệu đồng)"],
        [0.4, 3.5, 1.9, 1.9, 1.3, 1.0],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã, phân công nhiệm vụ các thành viên",
                "Văn phòng HĐND và UBND xã",
                "Ban Chỉ huy Quân sự xã",
                "Trước 30/3",
                "-",
            ],
            [
                "2",
                "Rà soát, cập nhật phương án sơ tán dân vùng trũng thấp ven sông Đào",
                "Phòng Kinh tế",
                "Công an xã; Trưởng các thôn",
                "Tháng 4",
                "5",
            ],
            [
                "3",
                "Tập huấn, diễn tập cứu hộ, cứu nạn cho lực lượng xung kích các thôn",
                "Ban Chỉ huy Quân sự xã",
                "Hội Chữ thập đỏ xã",
                "Tháng 5 - 6",
                "45",
            ],
            [
                "4",
                "Mua sắm bổ sung áo phao, đèn pin, loa cầm tay cho lực lượng xung kích",
                "Văn phòng HĐND và UBND xã",
                "Phòng Kinh tế",
                "Trước 15/6",
                "60",
            ],
            [
                "5",
                "Nạo vét kênh tiêu thoát nước nội đồng thôn 3, thôn 5",
                "Phòng Kinh tế",
                "Hợp tác xã Nông nghiệp Hương Sơn",
                "Trước mùa mưa bão",
                "120",
            ],
            [
                "6",
                "Trực ban phòng, chống thiên tai, theo dõi diễn biến mưa lũ",
                "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã",
                "",
                "Mùa mưa bão (tháng 9 - 11)",
                "-",
            ],
            [
                "7",
                "Vận động, tiếp nhận, phân bổ hàng cứu trợ, hỗ trợ khắc phục hậu quả thiên tai",
                "Ủy ban MTTQ Việt Nam xã",
                "Hội Chữ thập đỏ xã; Hội Liên hiệp Phụ nữ xã",
                "Khi có thiên tai",
                "50 (dự phòng)",
            ],
            ["", "Tổng cộng", "", "", "", "280"],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH",
            "Ngô Văn Tường",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h278
def h278_docx(h, path: Path) -> None:
    """A department's weekly calendar: the day cell (`Thứ Hai` / `13/9`) merged down over its rows,
    a `Cả tuần` row above the days, a chairing leader column (no lead) beside `Đơn vị chuẩn bị`, an
    afternoon at the office (no item), a weekend duty row, a closing registration note."""
    document = _document(12)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["UBND TỈNH BÌNH XUYÊN", "SỞ XÂY DỰNG", ""],
        "Bình Xuyên, ngày 10 tháng 9 năm 2027",
    )
    h.docx_paragraphs(
        document,
        ["LỊCH CÔNG TÁC TUẦN 38", "(Từ ngày 13/9/2027 đến ngày 19/9/2027)"],
    )
    table = h.grid_table(
        document,
        ["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"],
        [0.9, 0.8, 3.4, 1.5, 1.7, 1.5],
    )
    _rows(
        h,
        table,
        [
            [
                "Cả tuần",
                "",
                "Đoàn kiểm tra liên ngành về an toàn lao động trong thi công xây dựng làm việc tại các công trình trọng điểm",
                "PGĐ Vũ Đức Hạnh",
                "Thanh tra Sở",
                "Theo kế hoạch kiểm tra",
            ],
            [
                "",
                "07h30",
                "Giao ban Lãnh đạo Sở đầu tuần",
                "GĐ Sở Lê Quang Vinh",
                "Văn phòng Sở",
                "Phòng họp tầng 3",
            ],
            [
                "",
                "14h00",
                "Làm việc với Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp về tiến độ dự án Bệnh viện Sản - Nhi",
                "GĐ Sở Lê Quang Vinh",
                "Phòng Quản lý xây dựng",
                "Phòng họp tầng 3",
            ],
            [
                "",
                "08h00",
                "Họp Hội đồng thẩm định đồ án quy hoạch chung xã Tân Lập đến năm 2045",
                "PGĐ Phan Thị Huyền",
                "Phòng Quy hoạch - Kiến trúc",
                "Phòng họp tầng 2",
            ],
            ["", "Chiều", "Lãnh đạo Sở làm việc tại cơ quan", "", "", ""],
            [
                "",
                "Cả ngày",
                "Kiểm tra công tác quản lý chất lượng công trình tại các xã phía Bắc",
                "PGĐ Vũ Đức Hạnh",
                "Phòng Quản lý xây dựng",
                "Xã Hòa Bình, xã Yên Thượng",
            ],
            [
                "",
                "08h00",
                "Dự phiên họp thường kỳ tháng 9 của UBND tỉnh",
                "GĐ Sở Lê Quang Vinh",
                "Văn phòng Sở",
                "Trụ sở UBND tỉnh",
            ],
            [
                "",
                "15h00",
                "Tiếp công dân định kỳ",
                "GĐ Sở Lê Quang Vinh",
                "Thanh tra Sở",
                "Phòng tiếp công dân",
            ],
            [
                "",
                "08h00",
                "Hội nghị tập huấn quản lý, vận hành nhà chung cư cho các ban quản trị",
                "PGĐ Phan Thị Huyền",
                "Phòng Quản lý nhà và thị trường bất động sản",
                "Hội trường Sở",
            ],
            ["", "", "Trực cơ quan: đồng chí Bùi Văn Khải, Phó Chánh Văn phòng", "", "", ""],
        ],
    )
    # the day cells, merged down over the rows of each day (row 0 is the header, row 1 `Cả tuần`)
    for first, last, text in [
        (2, 3, "Thứ Hai\n13/9"),
        (4, 5, "Thứ Ba\n14/9"),
        (6, 6, "Thứ Tư\n15/9"),
        (7, 8, "Thứ Năm\n16/9"),
        (9, 9, "Thứ Sáu\n17/9"),
        (10, 10, "Thứ Bảy, Chủ nhật\n18 - 19/9"),
    ]:
        if first == last:
            table.cell(first, 0).text = text
        else:
            h.merge_down(table, 0, first, last, text)
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: Lịch có thể thay đổi, Văn phòng Sở sẽ thông báo bổ sung. Các phòng, đơn vị đăng ký lịch công tác tuần 39 về Văn phòng Sở trước 16h00 thứ Năm (16/9/2027).",
            "VĂN PHÒNG SỞ",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h279
def h279(h, path: Path) -> None:
    """A disease-control centre's indicator plan with **quarter columns of numbers** and a
    `Thời hạn hoàn thành` column that is empty for most rows (the year's end) and dated for some,
    `–` in quarters, `Hằng quý`, months listed; group rows; a sheet of definitions."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH chi tieu 2028"
    width = 11
    h.sheet_title_rows(
        sheet,
        [
            "SỞ Y TẾ TỈNH BÌNH XUYÊN - TRUNG TÂM KIỂM SOÁT BỆNH TẬT",
            "KẾ HOẠCH CHỈ TIÊU CHUYÊN MÔN VÀ QUẢN LÝ NĂM 2028 PHÂN THEO QUÝ",
            "(Kèm theo Quyết định số 12/QĐ-KSBT ngày 08/01/2028)",
            "",
        ],
        width,
    )
    sheet.append(
        [
            "TT",
            "Chỉ tiêu",
            "ĐVT",
            "KH năm 2028",
            "Quý I",
            "Quý II",
            "Quý III",
            "Quý IV",
            "Thời hạn hoàn thành",
            "Khoa, phòng chủ trì",
            "Ghi chú",
        ]
    )
    top = sheet.max_row
    for cell in sheet[top]:
        cell.font = Font(bold=True)
    rows = [
        ["A", "CHỈ TIÊU CHUYÊN MÔN", None, None, None, None, None, None, None, None, None],
        [
            1,
            "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin",
            "%",
            "≥ 95",
            20,
            45,
            70,
            95,
            None,
            "Khoa Phòng, chống bệnh truyền nhiễm",
            "Quý sau cộng dồn quý trước",
        ],
        [
            2,
            "Số mẫu nước sinh hoạt được xét nghiệm chỉ tiêu vi sinh, hóa lý",
            "Mẫu",
            1200,
            300,
            300,
            300,
            300,
            None,
            "Khoa Xét nghiệm - Chẩn đoán hình ảnh - Thăm dò chức năng",
            None,
        ],
        [
            3,
            "Số người từ 40 tuổi trở lên được khám sàng lọc tăng huyết áp, đái tháo đường",
            "Người",
            8000,
            "–",
            4000,
            4000,
            "–",
            "30/9/2028",
            "Khoa Phòng, chống bệnh không lây nhiễm",
            "Theo đợt chiến dịch",
        ],
        [
            4,
            "Tỷ lệ trẻ từ 1 đến 5 tuổi được tiêm bổ sung vắc xin sởi - rubella trong chiến dịch",
            "%",
            "≥ 95",
            "–",
            95,
            "–",
            "–",
            "Tháng 5/2028",
            "Khoa Phòng, chống bệnh truyền nhiễm",
            None,
        ],
        [
            5,
            "Số lớp tập huấn truyền thông giáo dục sức khỏe cho nhân viên y tế thôn, bản",
            "Lớp",
            12,
            3,
            3,
            3,
            3,
            "Hằng quý",
            "Khoa Truyền thông - Giáo dục sức khỏe",
            None,
        ],
        [
            6,
            "Số đợt giám sát an toàn thực phẩm tại bếp ăn tập thể các trường học",
            "Đợt",
            4,
            1,
            1,
            1,
            1,
            "Tháng 3, 6, 9, 12",
            "Khoa Dinh dưỡng và An toàn thực phẩm",
            None,
        ],
        ["B", "CHỈ TIÊU QUẢN LÝ", None, None, None, None, None, None, None, None, None],
        [
            7,
            "Tỷ lệ hồ sơ công việc được xử lý trên môi trường điện tử",
            "%",
            100,
            100,
            100,
            100,
            100,
            None,
            "Phòng Tổ chức - Hành chính",
            None,
        ],
        [
            8,
            "Tổng thu dịch vụ y tế dự phòng (tiêm chủng dịch vụ, xét nghiệm)",
            "Triệu đồng",
            9600,
            2200,
            2400,
            2500,
            2500,
            None,
            "Phòng Kế hoạch - Tài chính",
            None,
        ],
    ]
    for row in rows:
        sheet.append(row)
        if row[0] in ("A", "B"):
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
    sheet.append([])
    sheet.append(
        [
            "Ghi chú: Các khoa, phòng báo cáo kết quả thực hiện chỉ tiêu về Phòng Kế hoạch - Tài chính trước ngày 05 của tháng đầu quý sau."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    sheet.append([])
    sheet.append([None, None, None, None, None, None, None, None, None, "GIÁM ĐỐC"])
    sheet.append([None, None, None, None, None, None, None, None, None, "BS.CKII Đặng Quốc Huy"])
    for column, value in zip("ABCDEFGHIJK", [5, 52, 10, 11, 8, 8, 8, 8, 16, 30, 22], strict=True):
        sheet.column_dimensions[column].width = value
    _wrap(sheet, top)

    notes = workbook.create_sheet("Giai thich")
    notes.append(["Chỉ tiêu", "Cách tính"])
    for row in [
        [
            "Tỷ lệ tiêm chủng đầy đủ",
            "Số trẻ dưới 1 tuổi tiêm đủ 8 loại vắc xin / tổng số trẻ dưới 1 tuổi x 100",
        ],
        ["Tỷ lệ hồ sơ xử lý điện tử", "Số hồ sơ xử lý trên Hệ thống quản lý văn bản / tổng số hồ sơ x 100"],
    ]:
        notes.append(row)
    notes.column_dimensions["A"].width = 30
    notes.column_dimensions["B"].width = 80
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h280
def h280_docx(h, path: Path) -> None:
    """A department's reminder dispatch (công văn đôn đốc) about late tasks: a table whose
    `Văn bản giao` column prints dates, a passed deadline `Thời hạn theo văn bản` beside the new
    `Đề nghị hoàn thành`, a monthly duty, a kind of bodies and two bodies as the doers, a warning
    (no item) and the secretariat's follow-up."""
    document = _document()
    h.national_header(
        document,
        [
            "UBND TỈNH BÌNH XUYÊN",
            "SỞ Y TẾ",
            "Số: 2874/SYT-VP",
            "V/v đôn đốc thực hiện các nhiệm vụ được giao còn chậm tiến độ",
        ],
        "Bình Xuyên, ngày 04 tháng 10 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "Kính gửi: Các đơn vị trực thuộc Sở Y tế.",
            "Qua theo dõi trên Hệ thống quản lý văn bản và điều hành, đến ngày 30/9/2027 còn một số nhiệm vụ Sở Y tế giao các đơn vị đã quá thời hạn nhưng chưa hoàn thành. Sở Y tế đề nghị Thủ trưởng các đơn vị khẩn trương thực hiện, cụ thể như sau:",
        ],
    )
    table = h.grid_table(
        document,
        [
            "TT",
            "Nội dung nhiệm vụ",
            "Văn bản giao",
            "Đơn vị thực hiện",
            "Thời hạn theo văn bản",
            "Đề nghị hoàn thành",
        ],
        [0.4, 2.6, 1.4, 1.5, 0.9, 1.0],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Báo cáo kết quả thực hiện Đề án giảm quá tải bệnh viện năm 2027",
                "Công văn số 1520/SYT-NVY ngày 12/6/2027",
                "Bệnh viện Đa khoa tỉnh",
                "31/8/2027",
                "Trước 15/10/2027",
            ],
            [
                "2",
                "Cập nhật danh mục kỹ thuật chuyên môn được phê duyệt bổ sung lên Cổng dữ liệu y tế",
                "Kế hoạch số 88/KH-SYT ngày 03/7/2027",
                "Bệnh viện Y dược cổ truyền",
                "15/9/2027",
                "Trước 12/10/2027",
            ],
            [
                "3",
                "Hoàn thiện hồ sơ đề nghị cấp giấy phép hoạt động cho Phòng khám đa khoa khu vực Bình Minh",
                "Công văn số 1633/SYT-TCCB ngày 26/6/2027",
                "Trung tâm Y tế khu vực Bình Minh",
                "30/7/2027",
                "Trước 20/10/2027",
            ],
            [
                "4",
                "Báo cáo tiến độ tiêm chủng mở rộng",
                "Công văn số 402/SYT-NVY ngày 15/02/2027",
                "Trung tâm Kiểm soát bệnh tật",
                "Hằng tháng, trước ngày 05",
                "Thực hiện đúng thời hạn hằng tháng",
            ],
            [
                "5",
                "Xây dựng, phê duyệt Kế hoạch cải tiến chất lượng bệnh viện năm 2027",
                "Công văn số 1187/SYT-NVY ngày 05/5/2027",
                "Các bệnh viện công lập trực thuộc Sở",
                "30/6/2027",
                "Trước 15/10/2027",
            ],
            [
                "6",
                "Quyết toán kinh phí Chương trình mục tiêu y tế - dân số năm 2026",
                "Công văn số 1710/SYT-KHTC ngày 08/7/2027",
                "Trung tâm Y tế khu vực Hòa An; Trung tâm Y tế khu vực Bình Minh",
                "31/7/2027",
                "Trước 25/10/2027",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Quá thời hạn nêu trên, đơn vị nào chưa hoàn thành, Sở Y tế sẽ tổng hợp báo cáo UBND tỉnh và xem xét trách nhiệm người đứng đầu trong đánh giá, xếp loại chất lượng năm 2027.",
            "Giao Văn phòng Sở theo dõi, đôn đốc; tổng hợp kết quả thực hiện, báo cáo Giám đốc Sở trước ngày 30/10/2027.",
            "Nơi nhận: Như trên; Giám đốc, các PGĐ Sở; Lưu: VT, VP.",
            "KT. GIÁM ĐỐC — PHÓ GIÁM ĐỐC",
            "Lương Thị Kim Oanh",
        ],
    )
    document.save(path)


def batch_h273() -> None:
    """Writes h273–h280's binaries (h281's .html and h282's .csv are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h273(h, _out("h273_ctr_quy_so_nnmt_hang_thang_ngay_trong_thang.docx"))
    h274(h, _out("h274_so_theo_doi_ubnd_xa_bon_sheet.xlsx"))
    h279(h, _out("h279_chi_tieu_cdc_quy_thoi_han_hoan_thanh.xlsx"))
    if not shutil.which("soffice"):
        print("soffice not found: the .odt, .doc, .rtf and the PDFs were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h275_docx, "h275_tbkl_giao_ban_so_tai_chinh_doi_voi_phong.docx", "odt"),
                (h276_docx, "h276_phu_luc_kh_tinh_du_lich_chi_phu_luc.docx", "pdf"),
                (h278_docx, "h278_lich_tuan_so_xay_dung_ca_tuan_gop_ngay.docx", "doc"),
                (h280_docx, "h280_cv_don_doc_so_y_te_de_nghi_hoan_thanh.docx", "rtf"),
            ],
            _out,
        )
        # the commune's appendix: printed to a PDF, then scanned at 200 dpi (image only)
        name = "h277_phu_luc_pctt_xa_kinh_phi_ban_quet"
        h277_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}_text.pdf")
        h.rasterise(tmp / f"{name}_text.pdf", _out(f"{name}.pdf"), scale=200 / 72)


if __name__ == "__main__":
    batch_h273()
