"""Writes the binaries of the held-out documents h293–h302 (helper h13author26).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h293`.
Every text below is own-authored (other names, units, places, dates and tasks) in how the Văn phòng
of a provincial department, a commune or a ward and the public service units of the North Central
and Central Highlands provinces commonly keep and circulate their documents; no third-party text is
stored. The .html, .csv and .txt documents of the batch are written by hand and live beside the
output. Like `make_docs.py` this writes **only the documents**: their expected items (`expected/`)
were written by hand from the document text before the importer was first run on them. The writer
helpers are `make_docs.py`'s. The .doc, .odt and the PDFs need LibreOffice (`soffice`); their bytes
differ run to run, so regenerate only on purpose. Conversions run one after another (never in
parallel).
"""

# ruff: noqa: E501 — document text is data: long lines.

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
    "h294_ctr_hop_chuyen_de_xa_truoc_phien_hop",  # h13fixLE
    "h298_kh_nghi_quyet_so_dttg_ba_cap_so",  # h13fixKU
    "h293_lich_thang_so_noi_vu_thu_trong_tuan",  # h13fixKT
    "h297_kh_kiem_tra_so_ct_hai_sheet_phoi_hop",  # h13fixLF
    "h299_kh_giam_ngheo_xa_dtts_khong_dau",  # h13fixLF
    "h300_kh_thang_benh_vien_khu_vuc_nguoi_theo_doi",  # lead (h13 lead2)
}

_wrap = partial(wrap, vertical="top")
_out = partial(out_path, moved=_MOVED)


# -------------------------------------------------------------------------------------------- h293
def h293_docx(h, path: Path) -> None:
    """A department's monthly calendar of its leaders: **week rows merged across the table** give
    the week's dates, the day cells give **only the weekday** (`Thứ Ba`, `Thứ Năm, Thứ Sáu`, `Cả
    tuần`); `Đơn vị chuẩn bị` last; a `Chưa xác định ngày` row; weekend duty rows."""
    document = _document(12)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["UBND TỈNH HÀ LAM", "SỞ NỘI VỤ", "Số: 38/LCT-SNV"],
        "Hà Lam, ngày 28 tháng 02 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "LỊCH CÔNG TÁC THÁNG 3/2028 CỦA LÃNH ĐẠO SỞ",
            "(Văn phòng Sở tổng hợp; gửi các phòng, đơn vị qua Hệ thống quản lý văn bản và điều hành)",
        ],
    )
    table = h.grid_table(
        document,
        ["Thứ", "Nội dung công việc", "Lãnh đạo dự, chủ trì", "Địa điểm", "Đơn vị chuẩn bị"],
        [1.0, 3.8, 1.4, 1.6, 1.8],
    )
    h.full_width_row(table, "TUẦN 1 (từ 01/3 đến 03/3/2028)")
    _rows(
        h,
        table,
        [
            [
                "Thứ Tư",
                "08h00: Giao ban Lãnh đạo Sở tháng 3/2028, đánh giá kết quả tháng 02",
                "GĐ Sở",
                "Phòng họp tầng 2",
                "Văn phòng Sở",
            ],
            [
                "Thứ Sáu",
                "Làm việc với UBND xã Hương Sơn Thượng về phương án sắp xếp thôn, tổ dân phố",
                "PGĐ Trần Quốc Việt",
                "UBND xã Hương Sơn Thượng",
                "Phòng Xây dựng chính quyền và công tác thanh niên",
            ],
            ["Thứ Bảy, Chủ nhật", "Trực cơ quan: đ/c Lê Văn Thành (Văn phòng Sở)", "", "", ""],
        ],
    )
    h.full_width_row(table, "TUẦN 2 (từ 06/3 đến 10/3/2028)")
    _rows(
        h,
        table,
        [
            [
                "Thứ Ba",
                "14h00: Họp Hội đồng thi tuyển công chức năm 2028 (phiên thứ nhất)",
                "GĐ Sở",
                "Phòng họp tầng 3",
                "Phòng Công chức, viên chức",
            ],
            ["Thứ Tư", "Lãnh đạo Sở làm việc tại cơ quan", "", "", ""],
            [
                "Thứ Năm, Thứ Sáu",
                "Kiểm tra công tác cải cách hành chính năm 2028 tại Sở Y tế và Sở Xây dựng",
                "PGĐ Nguyễn Thị Hằng",
                "Sở Y tế, Sở Xây dựng",
                "Phòng Cải cách hành chính",
            ],
        ],
    )
    h.full_width_row(table, "TUẦN 3 (từ 13/3 đến 17/3/2028)")
    _rows(
        h,
        table,
        [
            [
                "Thứ Hai",
                "Dự Hội nghị trực tuyến của Bộ Nội vụ triển khai công tác thi đua, khen thưởng năm 2028",
                "PGĐ Trần Quốc Việt",
                "Điểm cầu Sở Nội vụ",
                "Ban Thi đua - Khen thưởng",
            ],
            [
                "Thứ Tư",
                "Tiếp công dân định kỳ (ngày 15 hằng tháng)",
                "GĐ Sở",
                "Phòng tiếp công dân",
                "Thanh tra Sở",
            ],
        ],
    )
    h.full_width_row(table, "TUẦN 4 (từ 20/3 đến 24/3/2028)")
    _rows(
        h,
        table,
        [
            [
                "Cả tuần",
                "Thẩm định hồ sơ đề nghị tặng Huân chương Lao động cho các tập thể, cá nhân đợt 1 năm 2028",
                "PGĐ Trần Quốc Việt",
                "Ban Thi đua - Khen thưởng",
                "Ban Thi đua - Khen thưởng",
            ],
            [
                "Thứ Năm",
                "09h00: Họp Ban Chỉ đạo chuyển đổi số của Sở, cho ý kiến dự thảo Kế hoạch số hóa hồ sơ lưu trữ",
                "GĐ Sở",
                "Phòng họp tầng 2",
                "Văn phòng Sở",
            ],
        ],
    )
    h.full_width_row(table, "TUẦN 5 (từ 27/3 đến 31/3/2028)")
    _rows(
        h,
        table,
        [
            [
                "Thứ Ba",
                "Hội nghị sơ kết công tác quý I, triển khai nhiệm vụ quý II năm 2028",
                "GĐ Sở",
                "Hội trường Sở",
                "Văn phòng Sở",
            ],
            [
                "Chưa xác định ngày",
                "Làm việc với Đoàn kiểm tra của Bộ Nội vụ về công tác văn thư, lưu trữ (thời gian theo thông báo của Bộ)",
                "GĐ Sở",
                "Sở Nội vụ",
                "Trung tâm Lưu trữ lịch sử",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: Lịch có thể điều chỉnh theo chỉ đạo của UBND tỉnh; lịch bổ sung (nếu có) được đăng trên Hệ thống quản lý văn bản và điều hành.",
            "Nơi nhận: Lãnh đạo Sở; các phòng, đơn vị thuộc Sở; Lưu: VT, VP.",
            "TL. GIÁM ĐỐC — CHÁNH VĂN PHÒNG",
            "Đặng Thị Thu Hà",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h294
def h294(h, path: Path) -> None:
    """A commune's programme of thematic meetings for the year: **meeting rows merged across the
    table** carry the meeting's planned date, `Cơ quan chuẩn bị` and `Thời gian trình` columns; the
    submission time is a date, a month, or **`Trước phiên họp 07 ngày`** counted from the meeting
    (one meeting has only a month); a last row of unplanned items."""
    document = _document(13)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN KỲ SƠN", "Số: 21/CTr-UBND"],
        "Tân Kỳ Sơn, ngày 10 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH",
            "Các phiên họp chuyên đề của Ủy ban nhân dân xã năm 2028",
            "Thực hiện Quy chế làm việc của UBND xã nhiệm kỳ 2026 - 2031, UBND xã ban hành Chương trình các phiên họp chuyên đề năm 2028 như sau:",
        ],
    )
    table = h.grid_table(
        document,
        [
            "TT",
            "Nội dung trình phiên họp",
            "Cơ quan chuẩn bị",
            "Cơ quan phối hợp",
            "Thời gian trình",
            "Ghi chú",
        ],
        [0.4, 3.4, 1.6, 1.8, 1.3, 1.3],
    )
    h.full_width_row(table, "I. PHIÊN HỌP CHUYÊN ĐỀ QUÝ I (dự kiến ngày 24/3/2028)")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Đề án sáp nhập thôn Bắc Sơn và thôn Trung Sơn, đặt tên thôn mới",
                "Văn phòng HĐND và UBND xã",
                "Ủy ban MTTQ Việt Nam xã; Trưởng thôn Bắc Sơn, Trung Sơn",
                "Trước 10/3",
                "Trình HĐND xã tại kỳ họp giữa năm",
            ],
            [
                "2",
                "Kế hoạch phát triển cây dược liệu dưới tán rừng giai đoạn 2028 - 2030",
                "Phòng Kinh tế",
                "Hạt Kiểm lâm khu vực; Hợp tác xã Dược liệu Khe Thần",
                "Trước phiên họp 07 ngày",
                "",
            ],
        ],
    )
    h.full_width_row(table, "II. PHIÊN HỌP CHUYÊN ĐỀ QUÝ II (dự kiến ngày 23/6/2028)")
    _rows(
        h,
        table,
        [
            [
                "3",
                "Phương án phòng, chống thiên tai và tìm kiếm cứu nạn năm 2028",
                "Phòng Kinh tế",
                "Ban Chỉ huy Quân sự xã; Công an xã",
                "Trước 15/5",
                "Trình trước mùa mưa bão",
            ],
            [
                "4",
                "Báo cáo tình hình thu ngân sách 6 tháng đầu năm, giải pháp tăng thu 6 tháng cuối năm 2028",
                "Phòng Kinh tế",
                "Thuế cơ sở 3 tỉnh Hà Lam",
                "Trước phiên họp 07 ngày",
                "",
            ],
        ],
    )
    h.full_width_row(table, "III. PHIÊN HỌP CHUYÊN ĐỀ QUÝ III (dự kiến tháng 9/2028)")
    _rows(
        h,
        table,
        [
            [
                "5",
                "Đề án nâng cao chất lượng giáo dục ở các thôn, bản đặc biệt khó khăn",
                "Phòng Văn hóa - Xã hội",
                "Các trường Tiểu học, THCS trên địa bàn xã",
                "Trước phiên họp 07 ngày",
                "",
            ],
            [
                "6",
                "Điều chỉnh cục bộ quy hoạch chung xã Tân Kỳ Sơn (khu dân cư Đồng Mới)",
                "Phòng Kinh tế",
                "Văn phòng HĐND và UBND xã",
                "Tháng 8/2028",
                "Đã có trong Chương trình công tác năm",
            ],
        ],
    )
    h.full_width_row(table, "IV. PHIÊN HỌP CHUYÊN ĐỀ QUÝ IV (dự kiến ngày 15/12/2028)")
    _rows(
        h,
        table,
        [
            [
                "7",
                "Kế hoạch phát triển kinh tế - xã hội năm 2029",
                "Văn phòng HĐND và UBND xã",
                "Các phòng, đơn vị thuộc UBND xã",
                "Trước 30/11",
                "",
            ],
            [
                "8",
                "Dự toán thu, chi ngân sách xã và phân bổ ngân sách năm 2029",
                "Phòng Kinh tế",
                "Kho bạc Nhà nước khu vực X",
                "Trước phiên họp 07 ngày",
                "Trình HĐND xã kỳ họp cuối năm",
            ],
            [
                "",
                "Các nội dung phát sinh theo chỉ đạo của cấp trên",
                "Các cơ quan liên quan",
                "",
                "Theo yêu cầu",
                "",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Thời gian họp cụ thể do Chủ tịch UBND xã quyết định, Văn phòng HĐND và UBND xã thông báo trước 05 ngày làm việc. Hồ sơ trình gửi Văn phòng qua Hệ thống quản lý văn bản và điều hành.",
            "Nơi nhận: TT Đảng ủy, TT HĐND xã; Chủ tịch, các PCT UBND xã; các phòng, đơn vị; Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN — CHỦ TỊCH",
            "Hồ Văn Lâm",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h297
def h297(h, path: Path) -> None:
    """A department's inspection plan as a workbook of **two sheets**: the department's own
    specialised inspections, then the inspections **led by other bodies** in which its offices take
    part (the lead is the other body); rounds `Đợt 1: tháng 4; Đợt 2: tháng 10`, a period inspected
    that is no due, a total row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KT chuyen nganh"
    h.sheet_title_rows(
        sheet,
        [
            "UBND TỈNH QUẢNG LÂM - SỞ CÔNG THƯƠNG",
            "KẾ HOẠCH KIỂM TRA CHUYÊN NGÀNH NĂM 2028",
            "(Kèm theo Quyết định số 12/QĐ-SCT ngày 08/01/2028 của Giám đốc Sở Công Thương)",
            "",
        ],
        8,
    )
    sheet.append(
        [
            "STT",
            "Nội dung kiểm tra",
            "Đối tượng kiểm tra",
            "Thời kỳ kiểm tra",
            "Thời gian thực hiện",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Ghi chú",
        ]
    )
    top = sheet.max_row
    for cell in sheet[top]:
        cell.font = Font(bold=True)
    for row in [
        [
            1,
            "Kiểm tra việc chấp hành quy định về kinh doanh xăng dầu",
            "12 cửa hàng bán lẻ xăng dầu tại các xã Nam Kim Sơn, Thanh Lương, Đô Lâm",
            "Năm 2027",
            "Quý II",
            "Phòng Quản lý thương mại",
            "Công an tỉnh (PC03)",
            "",
        ],
        [
            2,
            "Kiểm tra an toàn đập, hồ chứa thủy điện trước mùa mưa lũ",
            "Công ty CP Thủy điện Khe Lạn 2; Công ty TNHH Thủy điện Nậm Khanh",
            "2026 - 2027",
            "Tháng 7 - 8",
            "Phòng Quản lý năng lượng",
            "Sở Nông nghiệp và Môi trường",
            "Kết hợp kiểm tra quy trình vận hành liên hồ",
        ],
        [
            3,
            "Kiểm tra an toàn trong sử dụng, bảo quản vật liệu nổ công nghiệp",
            "Các mỏ đá vôi tại xã Hoàng Lâm Bắc, Quỳnh Lạc",
            "Năm 2027",
            "Đợt 1: tháng 4; Đợt 2: tháng 10",
            "Phòng Kỹ thuật an toàn - Môi trường",
            "Công an tỉnh",
            "",
        ],
        [
            4,
            "Kiểm tra điều kiện an toàn thực phẩm trong sản xuất rượu thủ công",
            "Các cơ sở nấu rượu tại xã Quế Phong Thượng",
            "2027 - 2028",
            "Theo Kế hoạch của Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh",
            "Phòng Quản lý công nghiệp",
            "Sở Y tế; UBND xã Quế Phong Thượng",
            "",
        ],
        [
            5,
            "Kiểm tra hoạt động bán hàng đa cấp tại địa phương",
            "Các doanh nghiệp bán hàng đa cấp có thông báo hoạt động tại tỉnh",
            "2026 - 2027",
            "Quý III",
            "Phòng Quản lý thương mại",
            "",
            "Không trùng lặp với Kế hoạch thanh tra của Thanh tra tỉnh",
        ],
        ["", "Tổng cộng: 05 cuộc kiểm tra", "", "", "", "", "", ""],
    ]:
        sheet.append(row)
    for letter, width in zip("ABCDEFGH", [6, 44, 38, 12, 22, 26, 26, 28], strict=True):
        sheet.column_dimensions[letter].width = width
    _wrap(sheet, top)

    other = workbook.create_sheet("Phoi hop")
    h.sheet_title_rows(
        other,
        [
            "CÁC CUỘC THANH TRA, KIỂM TRA SỞ CÔNG THƯƠNG THAM GIA PHỐI HỢP NĂM 2028",
            "",
        ],
        5,
    )
    other.append(["STT", "Nội dung", "Cơ quan chủ trì", "Đơn vị của Sở tham gia", "Thời gian"])
    top = other.max_row
    for cell in other[top]:
        cell.font = Font(bold=True)
    for row in [
        [
            1,
            "Thanh tra trách nhiệm thực hiện pháp luật về phòng, chống tham nhũng, tiêu cực tại Sở Công Thương",
            "Thanh tra tỉnh",
            "Văn phòng Sở (đầu mối làm việc với Đoàn)",
            "Quý III/2028",
        ],
        [
            2,
            "Kiểm tra liên ngành chống buôn lậu, hàng giả, gian lận thương mại dịp Tết Nguyên đán Kỷ Dậu 2029",
            "Ban Chỉ đạo 389 tỉnh",
            "Phòng Quản lý thương mại",
            "Tháng 12/2028 - tháng 01/2029",
        ],
        [
            3,
            "Kiểm tra liên ngành về an toàn thực phẩm dịp Tết Trung thu năm 2028",
            "Sở Y tế",
            "Phòng Quản lý công nghiệp",
            "Tháng 9/2028",
        ],
    ]:
        other.append(row)
    other.append([])
    other.append(
        [
            "Ghi chú: Thời gian cụ thể theo quyết định thành lập Đoàn của cơ quan chủ trì; Văn phòng Sở tổng hợp, báo cáo kết quả phối hợp cùng báo cáo quý."
        ]
    )
    for letter, width in zip("ABCDE", [6, 60, 24, 34, 24], strict=True):
        other.column_dimensions[letter].width = width
    _wrap(other, top)
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h298
def h298_docx(h, path: Path) -> None:
    """A department's plan implementing a provincial Party resolution, printed to a text PDF: tasks
    numbered **three levels deep** in run-in prose (`1.1.`, `2.1.1.`), the lead and time in each
    sentence, a group line `2.1.` whose closing parenthesis names the lead its children share, a
    council session not dated, a recurring report in the closing section."""
    document = _document(13)
    h.national_header(
        document,
        ["UBND TỈNH ĐẮK SƠN", "SỞ DÂN TỘC VÀ TÔN GIÁO", "Số: 214/KH-SDTTG"],
        "Đắk Sơn, ngày 16 tháng 3 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Thực hiện Nghị quyết số 14-NQ/TU ngày 20/02/2028 của Ban Chấp hành Đảng bộ tỉnh về phát triển bền vững vùng đồng bào dân tộc thiểu số đến năm 2030",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Quán triệt đầy đủ quan điểm, mục tiêu của Nghị quyết; cụ thể hóa thành nhiệm vụ của từng phòng, đơn vị thuộc Sở.",
            "2. Xác định rõ nội dung, thời hạn, đơn vị chủ trì; bảo đảm tính khả thi, gắn với Chương trình công tác năm 2028 của Sở.",
            "II. CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030",
            "Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm bình quân 3%/năm; 100% thôn, buôn có người có uy tín được tập huấn, bồi dưỡng kiến thức hằng năm; 98% hộ được sử dụng nước sinh hoạt hợp vệ sinh.",
            "III. NHIỆM VỤ, GIẢI PHÁP",
            "1. Công tác tuyên truyền, quán triệt",
            "1.1. Tổ chức hội nghị quán triệt Nghị quyết đến toàn thể công chức, viên chức, người lao động của Sở. Giao Văn phòng Sở chủ trì, hoàn thành trong tháng 4/2028.",
            "1.2. Biên soạn tài liệu tuyên truyền song ngữ tiếng Việt - tiếng Ê Đê và tiếng Việt - tiếng M'nông về nội dung Nghị quyết; Phòng Tuyên truyền và Chính sách dân tộc thực hiện, phối hợp Đài Phát thanh - Truyền hình tỉnh; thời gian: Quý III/2028.",
            "2. Rà soát, hoàn thiện cơ chế, chính sách",
            "2.1. Nhóm chính sách về đất ở, nhà ở, nước sinh hoạt (Phòng Chính sách dân tộc chủ trì, các phòng liên quan phối hợp):",
            "2.1.1. Rà soát, đánh giá kết quả thực hiện chính sách hỗ trợ đất ở, nhà ở giai đoạn 2021 - 2025, đề xuất nội dung cần sửa đổi; hoàn thành trước 30/6/2028.",
            "2.1.2. Tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết quy định mức hỗ trợ nước sinh hoạt phân tán cho hộ đồng bào dân tộc thiểu số, trình tại kỳ họp cuối năm 2028 của HĐND tỉnh.",
            "2.2. Xây dựng Quy chế phối hợp giữa Sở với Ủy ban MTTQ Việt Nam tỉnh trong vận động đồng bào các tôn giáo tham gia phát triển kinh tế - xã hội. Phòng Quản lý tôn giáo chủ trì; hoàn thành trước 31/8/2028.",
            "3. Tổ chức thực hiện các chương trình, dự án",
            "3.1. Theo dõi, tổng hợp tình hình thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi trên địa bàn tỉnh; Phòng Kế hoạch - Tổng hợp chủ trì, định kỳ 6 tháng báo cáo Giám đốc Sở.",
            "3.2. Triển khai mô hình “Buôn làng chuyển đổi số” tại 12 buôn của các xã Ea Pơng, Cư Kbơ, Krông Hdơk giai đoạn 2028 - 2030; Phòng Kế hoạch - Tổng hợp chủ trì, phối hợp Sở Khoa học và Công nghệ.",
            "3.3. Tổ chức tập huấn, bồi dưỡng kiến thức cho người có uy tín trong đồng bào dân tộc thiểu số năm 2028 (02 lớp, mỗi lớp 120 người); Phòng Tuyên truyền và Chính sách dân tộc chủ trì; thời gian: tháng 10 - 11/2028.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "1. Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện nhiệm vụ được giao tại Kế hoạch này.",
            "2. Văn phòng Sở theo dõi, đôn đốc; tổng hợp báo cáo kết quả thực hiện Kế hoạch gửi Ban Thường vụ Tỉnh ủy (qua Ban Dân vận Tỉnh ủy) trước ngày 10/12 hằng năm.",
            "Nơi nhận: Ban Thường vụ Tỉnh ủy (b/c); UBND tỉnh (b/c); Ban Dân vận Tỉnh ủy; Lãnh đạo Sở; các phòng, đơn vị; Lưu: VT, VP.",
            "GIÁM ĐỐC",
            "Y Bhiăt Niê",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h299
def h299(h, path: Path) -> None:
    """An ethnic-minority commune's plan (.docx): a task table whose header has diacritics but
    **several rows were typed without them** (an old keyboard driver), village names in Jrai, a
    budget row, and a closing line asking every village for a monthly report."""
    document = _document(13)
    h.national_header(
        document,
        ["UBND XÃ IA RƠ LANG", "Số: 37/KH-UBND"],
        "Ia Rơ Lang, ngày 20 tháng 02 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Thực hiện công tác giảm nghèo bền vững trên địa bàn xã năm 2028",
            "I. MỤC TIÊU",
            "Giam ty le ho ngheo toan xa tu 18,4% xuong con 15,9%; trong do ho ngheo dong bao dan toc thieu so giam it nhat 3%.",
            "II. NỘI DUNG, NHIỆM VỤ CỤ THỂ",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nội dung", "Bộ phận thực hiện", "Thời gian"],
        [0.4, 3.8, 2.0, 1.2],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo phát sinh tại 14 thôn, làng",
                "Phòng Văn hóa - Xã hội; Trưởng các thôn, làng",
                "Quý I/2028",
            ],
            [
                "2",
                "Ho tro giong bo sinh san cho 25 ho ngheo lang Plei Ktong va lang Dep",
                "Phong Kinh te",
                "Thang 4/2028",
            ],
            [
                "3",
                "Mở lớp dạy nghề dệt thổ cẩm cho 30 phụ nữ đồng bào Jrai",
                "Hội Liên hiệp Phụ nữ xã (chủ trì); Phòng Văn hóa - Xã hội",
                "Tháng 5 - 6/2028",
            ],
            [
                "4",
                "Tuyen truyen, van dong nguoi dan khong tao hon, hon nhan can huyet thong",
                "Phong Van hoa - Xa hoi; Gia lang, nguoi co uy tin",
                "Ca nam",
            ],
            [
                "5",
                "Kiểm tra, nghiệm thu công trình nước sinh hoạt tập trung làng Ia Tơ",
                "Phòng Kinh tế",
                "Trước 30/10/2028",
            ],
            [
                "6",
                "Cap nhat so lieu ho ngheo len phan mem quan ly cua Bo",
                "Cong chuc phu trach lao dong (Phong Van hoa - Xa hoi)",
                "Hang thang",
            ],
            [
                "7",
                "Tong hop bao cao ket qua giam ngheo nam 2028 gui So Nong nghiep va Moi truong",
                "Van phong HDND va UBND xa",
                "Truoc 15/12/2028",
            ],
            [
                "",
                "Kinh phi thuc hien: 320.000.000 dong (nguon von Chuong trinh MTQG giam ngheo ben vung)",
                "",
                "",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Truong cac thon, lang bao cao ket qua thuc hien ve UBND xa (qua Phong Van hoa - Xa hoi) truoc ngay 25 hang thang.",
            "Nơi nhận: Đảng ủy xã (b/c); TT HĐND xã; các thôn, làng; Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN — KT. CHỦ TỊCH — PHÓ CHỦ TỊCH",
            "Rơ Mah Thuyên",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h300
def h300_docx(h, path: Path) -> None:
    """A district hospital's monthly plan (.odt): a first section of last month's figures (no
    items), then a table whose time cells are a session and day, a weekday every week, two days,
    a range, a week with its days, `Cả tháng` and a rota; a follower column of deputy directors."""
    document = _document(13)
    h.national_header(
        document,
        ["SỞ Y TẾ TỈNH QUẢNG LÂM", "BỆNH VIỆN ĐA KHOA KHU VỰC TÂY SƠN LÂM", "Số: 96/KH-BVĐKKV"],
        "Tây Sơn Lâm, ngày 28 tháng 4 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH HOẠT ĐỘNG THÁNG 5/2028",
            "I. KẾT QUẢ THÁNG 4/2028",
            "Tổng số lượt khám: 12.480 lượt (đạt 104% kế hoạch tháng); điều trị nội trú: 1.362 lượt; công suất sử dụng giường bệnh: 92,6%; phẫu thuật: 318 ca. Tồn tại: thời gian chờ khám buổi sáng còn kéo dài (trung bình 58 phút).",
            "II. KẾ HOẠCH THÁNG 5/2028",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nội dung", "Khoa/Phòng thực hiện", "Phối hợp", "Thời gian", "Người theo dõi"],
        [0.4, 3.2, 1.6, 1.5, 1.2, 1.3],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Hưởng ứng Ngày Vệ sinh tay thế giới: treo băng rôn, kiểm tra việc tuân thủ vệ sinh tay tại các khoa lâm sàng",
                "Khoa Kiểm soát nhiễm khuẩn",
                "Phòng Điều dưỡng",
                "05/5",
                "PGĐ Hồ Thị Lan",
            ],
            [
                "2",
                "Bình bệnh án, bình đơn thuốc",
                "Phòng Kế hoạch tổng hợp",
                "Khoa Dược; các khoa lâm sàng",
                "Thứ Năm hằng tuần",
                "PGĐ Phan Đức Minh",
            ],
            [
                "3",
                "Giám sát chất lượng nước, xử lý chất thải y tế (lấy mẫu 2 đợt)",
                "Khoa Kiểm soát nhiễm khuẩn",
                "Phòng Hành chính quản trị",
                "Ngày 12 và 26/5",
                "PGĐ Hồ Thị Lan",
            ],
            [
                "4",
                "Sửa chữa hệ thống khí y tế trung tâm khu nhà B",
                "Phòng Vật tư - Thiết bị y tế",
                "Phòng Tài chính kế toán",
                "15/5 - 30/5",
                "GĐ",
            ],
            [
                "5",
                "Đào tạo liên tục: cấp cứu ngừng tuần hoàn cơ bản cho điều dưỡng mới tuyển",
                "Phòng Điều dưỡng",
                "Khoa Hồi sức tích cực - Chống độc",
                "Tuần 3 (15 - 19/5)",
                "PGĐ Hồ Thị Lan",
            ],
            [
                "6",
                "Hội nghị khoa học kỹ thuật cấp cơ sở lần 1 năm 2028",
                "Phòng Kế hoạch tổng hợp",
                "Các khoa, phòng",
                "Chiều 19/5",
                "GĐ",
            ],
            [
                "7",
                "Triển khai bệnh án điện tử giai đoạn 2 tại Khoa Nội tổng hợp, Khoa Nhi",
                "Phòng Công nghệ thông tin",
                "Khoa Nội tổng hợp; Khoa Nhi",
                "Cả tháng",
                "PGĐ Phan Đức Minh",
            ],
            [
                "8",
                "Cử bác sĩ hỗ trợ chuyên môn cho Trạm Y tế các xã Sơn Lâm, Ia Hlốp",
                "Khoa Khám bệnh",
                "Trung tâm Y tế khu vực",
                "Theo lịch phân công (đính kèm)",
                "PGĐ Phan Đức Minh",
            ],
            [
                "9",
                "Tổng hợp báo cáo hoạt động tháng 5 gửi Sở Y tế",
                "Phòng Kế hoạch tổng hợp",
                "Các khoa, phòng",
                "Trước 25/5",
                "GĐ",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "III. CÔNG TÁC TRỰC: thực hiện 4 cấp trực theo lịch trực Bệnh viện đã ban hành; không có nội dung mới.",
            "Nơi nhận: Sở Y tế (b/c); Ban Giám đốc; các khoa, phòng; Lưu: VT, KHTH.",
            "GIÁM ĐỐC",
            "BSCKII. Võ Quang Tài",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h301
def h301_docx(h, path: Path) -> None:
    """A department's notice of a deputy director's conclusions, scanned: numbered paragraphs that
    open with **the unit and a colon**, the due in the sentence, a money figure, a weekly report
    asked of every commune, a season's end."""
    document = _document(13)
    h.national_header(
        document,
        ["UBND TỈNH ĐẮK SƠN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 09/TB-SNNMT"],
        "Đắk Sơn, ngày 08 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Phó Giám đốc Sở Nguyễn Văn Khánh tại cuộc họp triển khai phòng, chống hạn hán mùa khô 2027 - 2028",
            "Ngày 05/01/2028, Phó Giám đốc Sở Nguyễn Văn Khánh chủ trì cuộc họp triển khai các biện pháp phòng, chống hạn hán mùa khô 2027 - 2028. Sau khi nghe các đơn vị báo cáo, Phó Giám đốc Sở kết luận, giao nhiệm vụ như sau:",
            "1. Chi cục Thủy lợi: chủ trì rà soát hiện trạng 312 hồ chứa, đập dâng, lập danh mục công trình có nguy cơ thiếu nước; báo cáo Sở trước ngày 20/01/2028.",
            "2. Trung tâm Nước sạch và Vệ sinh môi trường nông thôn: kiểm tra các công trình cấp nước tập trung, có phương án cấp nước bổ sung cho các buôn thiếu nước; hoàn thành trong tháng 01/2028.",
            "3. Chi cục Trồng trọt và Bảo vệ thực vật: hướng dẫn các xã chuyển đổi cây trồng cạn trên diện tích lúa không chủ động nước vụ Đông Xuân; xong trước 15/02/2028.",
            "4. Phòng Kế hoạch - Tài chính: tổng hợp nhu cầu kinh phí chống hạn của các xã (dự kiến khoảng 2.500 triệu đồng), tham mưu Sở trình UBND tỉnh trước 31/01/2028.",
            "5. Đề nghị UBND các xã Ea Pơng, Cư Kbơ, Krông Hdơk, Ea Drông Bắc: chủ động nạo vét kênh mương nội đồng; báo cáo tình hình hạn hán, thiệt hại (nếu có) về Chi cục Thủy lợi vào thứ Sáu hằng tuần.",
            "6. Công ty TNHH MTV Khai thác công trình thủy lợi Đắk Sơn: vận hành điều tiết nước tiết kiệm, ưu tiên nước sinh hoạt, suốt mùa khô (đến hết tháng 5/2028).",
            "7. Văn phòng Sở: theo dõi, đôn đốc các đơn vị thực hiện; tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 28/02/2028.",
            "Văn phòng Sở thông báo để các đơn vị biết, thực hiện./.",
            "Nơi nhận: Như trên; Giám đốc Sở (b/c); PGĐ Nguyễn Văn Khánh; Lưu: VT, VP.",
            "TL. GIÁM ĐỐC — CHÁNH VĂN PHÒNG",
            "H'Linh Mlô",
        ],
    )
    document.save(path)


def batch_h293() -> None:
    """Writes h293–h301's binaries (h295's .html, h296's .csv and h302's .txt are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h294(h, _out("h294_ctr_hop_chuyen_de_xa_truoc_phien_hop.docx"))
    h297(h, _out("h297_kh_kiem_tra_so_ct_hai_sheet_phoi_hop.xlsx"))
    h299(h, _out("h299_kh_giam_ngheo_xa_dtts_khong_dau.docx"))
    if not shutil.which("soffice"):
        print("soffice not found: the .doc, .odt and the PDFs were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h293_docx, "h293_lich_thang_so_noi_vu_thu_trong_tuan.docx", "doc"),
                (h298_docx, "h298_kh_nghi_quyet_so_dttg_ba_cap_so.docx", "pdf"),
                (h300_docx, "h300_kh_thang_benh_vien_khu_vuc_nguoi_theo_doi.docx", "odt"),
            ],
            _out,
        )
        # the conclusions notice: printed to a PDF, then scanned at 200 dpi (image only, slightly skewed)
        name = "h301_tb_ket_luan_chong_han_so_nnmt_ban_quet"
        h301_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}_text.pdf")
        h.rasterise(tmp / f"{name}_text.pdf", _out(f"{name}.pdf"), scale=200 / 72)


if __name__ == "__main__":
    batch_h293()
