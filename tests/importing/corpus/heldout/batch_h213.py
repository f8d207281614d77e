"""Writes the binaries of the held-out documents h213–h222 (helper h13author18).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h213`.
Every text below is own-authored (other names, units, places, dates and tasks) in how such offices
commonly produce these ordinary kinds; no third-party text is stored. The .txt and .md documents
of the batch are written by hand and live beside the output. Like `make_docs.py` this writes
**only the documents**: their expected items (`expected/`) were written by hand from the document
text before the importer was first run on them. The writer helpers (national header, grid tables,
title rows, LibreOffice conversion) are `make_docs.py`'s. The .xls, .doc, .odt and the PDF need
LibreOffice (`soffice`); their bytes differ run to run, so regenerate only on purpose.
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from functools import partial
from pathlib import Path

from batch_common import DOCS, convert_each, out_path
from batch_common import document as _document
from batch_common import fill_rows as _rows
from batch_common import wrap as _wrap
from batch_common import writers as _writers

# Documents moved to the main corpus after they were used for tuning: written into ../docs (MOVED).
_MOVED = {
    "h213_ctr_doan_phuong_thoi_gian_viet_tat",  # h13fixJY
    "h214_lich_thang_benh_vien_lich_co_dinh",  # h13fixKB
    "h216_kh_xa_dich_benh_truong_chung_nhom",  # h13fixJZ
    "h217_tbkl_dang_uy_phuong_tham_muu",  # h13fixKA
    "h219_kh_thang_cong_ty_moi_truong_hai_bang",  # h13fixKB
    "h220_ctr_mttq_xa_tieu_de_thang",  # h13fixJY
    "h221_kh_trung_tam_vhtt_xa_dip_le",  # h13fixJY
}

_out = partial(out_path, moved=_MOVED)


# -------------------------------------------------------------------------------------------- h213
def h213(h, path: Path) -> None:
    """A ward Youth Union's yearly programme: section rows, times abbreviated as offices type them
    (`T1-T2`, `QII`, `Q.I`, `T6-T8`, `6 tháng cuối năm`), `BTV`/`UBKT` abbreviations nobody
    defines, a `Ghi chú` column with a target, a closing request to every branch."""
    document = _document()
    h.national_header(
        document,
        ["ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN PHƯỜNG TÂN HIỆP", "Số: 03-CTr/ĐTN"],
        "Tân Hiệp, ngày 08 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH",
            "Công tác Đoàn và phong trào thanh thiếu nhi năm 2027",
            "Thực hiện Chương trình công tác năm 2027 của Ban Thường vụ Thành Đoàn, Ban Chấp hành Đoàn phường Tân Hiệp xây dựng Chương trình công tác năm 2027 như sau:",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nội dung", "Thời gian", "Bộ phận thực hiện", "Phối hợp", "Ghi chú"],
        [0.4, 2.6, 0.8, 1.2, 1.2, 1.0],
    )
    h.full_width_row(table, "I. CÔNG TÁC GIÁO DỤC CHÍNH TRỊ, TƯ TƯỞNG")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2027) trên fanpage Đoàn phường và các nhóm Zalo chi đoàn",
                "T1-T2",
                "BTV Đoàn phường",
                "Các chi đoàn khu phố",
                "",
            ],
            [
                "2",
                "Mở lớp bồi dưỡng nhận thức về Đoàn cho đoàn viên mới kết nạp năm 2026",
                "QII",
                "BTV Đoàn phường",
                "Đảng ủy phường",
                "Dự kiến 60 học viên",
            ],
            [
                "3",
                "Sinh hoạt chủ điểm “Tự hào truyền thống Đoàn” tại các chi đoàn",
                "T3",
                "Các chi đoàn trực thuộc",
                "",
                "Chỉ tiêu: 100% chi đoàn",
            ],
        ],
    )
    h.full_width_row(table, "II. CÁC PHONG TRÀO HÀNH ĐỘNG")
    _rows(
        h,
        table,
        [
            [
                "4",
                "Ra quân Tháng Thanh niên năm 2027, ra quân “Ngày Chủ nhật xanh” dọn vệ sinh kênh Tân Hóa",
                "T3 (ra quân 07/3)",
                "BTV Đoàn phường",
                "UBND phường; Tổ Quản lý trật tự đô thị",
                "",
            ],
            [
                "5",
                "Chiến dịch Thanh niên tình nguyện hè năm 2027",
                "T6-T8",
                "BTV Đoàn phường",
                "Liên đội các trường TH, THCS trên địa bàn",
                "",
            ],
            [
                "6",
                "Hiến máu tình nguyện đợt “Giọt hồng tri ân”",
                "T7",
                "Chi đoàn Trạm Y tế phường",
                "Hội Chữ thập đỏ phường",
                "Chỉ tiêu: 120 đơn vị máu",
            ],
            [
                "7",
                "Phối hợp tổ chức Ngày hội tòng quân, động viên thanh niên lên đường nhập ngũ",
                "Q.I",
                "Chi đoàn Quân sự phường",
                "Ban Chỉ huy Quân sự phường",
                "",
            ],
        ],
    )
    h.full_width_row(table, "III. CÔNG TÁC XÂY DỰNG TỔ CHỨC ĐOÀN")
    _rows(
        h,
        table,
        [
            [
                "8",
                "Kiểm tra việc thực hiện Điều lệ Đoàn tại 03 chi đoàn khu phố",
                "6 tháng cuối năm",
                "UBKT Đoàn phường",
                "",
                "",
            ],
            [
                "9",
                "Đánh giá, xếp loại chất lượng chi đoàn, đoàn viên năm 2027",
                "T11",
                "BTV Đoàn phường",
                "Các chi đoàn",
                "Theo hướng dẫn của Thành Đoàn",
            ],
            [
                "10",
                "Báo cáo tình hình công tác Đoàn và phong trào thanh thiếu nhi về Thành Đoàn",
                "Trước ngày 20 hằng tháng",
                "BTV Đoàn phường",
                "",
                "Gửi qua hệ thống",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Căn cứ Chương trình này, các chi đoàn trực thuộc xây dựng kế hoạch hoạt động năm 2027 của đơn vị, gửi về Ban Thường vụ Đoàn phường trước ngày 25/01/2027./.",
            "Nơi nhận:\n- BTV Thành Đoàn (b/c);\n- Thường trực Đảng ủy phường (b/c);\n- Các chi đoàn trực thuộc;\n- Lưu VP.",
            "TM. BAN CHẤP HÀNH\nBÍ THƯ\n(đã ký)\nLâm Quốc Vinh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h214
def h214(h, path: Path) -> None:
    """A hospital's monthly calendar: a `LỊCH CỐ ĐỊNH` block of weekly/monthly meetings above the
    dated rows, a `Chủ trì` column of leaders (not the lead), the preparing department last, a
    holiday row, a two-day row, a whole-month row and a note asking every department."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Thang 01-2027"
    h.sheet_title_rows(
        sheet,
        [
            "SỞ Y TẾ TỈNH TRÀ GIANG",
            "BỆNH VIỆN ĐA KHOA KHU VỰC CẦU NGANG",
            "LỊCH CÔNG TÁC THÁNG 01 NĂM 2027",
            "",
        ],
        7,
    )
    h.xlsx_header(
        sheet,
        ["Ngày", "Giờ", "Nội dung công việc", "Chủ trì", "Thành phần", "Địa điểm", "Khoa/phòng chuẩn bị"],
    )
    top = sheet.max_row
    rows = [
        ["A. LỊCH CỐ ĐỊNH", None, None, None, None, None, None],
        [
            "Thứ Hai hằng tuần",
            "07h00",
            "Giao ban toàn viện",
            "Giám đốc",
            "Ban Giám đốc, trưởng các khoa, phòng",
            "Hội trường A",
            "Phòng Kế hoạch tổng hợp",
        ],
        [
            "Thứ Năm hằng tuần",
            "14h00",
            "Hội chẩn toàn viện các ca bệnh khó",
            "PGĐ Lâm Văn Tú",
            "Bác sĩ các khoa lâm sàng",
            "Phòng họp tầng 2",
            "Khoa Hồi sức tích cực - Chống độc",
        ],
        [
            "Ngày 25 hằng tháng",
            "09h00",
            "Họp Hội đồng Thuốc và điều trị",
            "PGĐ Lâm Văn Tú",
            "Thành viên Hội đồng",
            "Phòng họp tầng 2",
            "Khoa Dược",
        ],
        ["B. LỊCH THEO NGÀY", None, None, None, None, None, None],
        ["01/01 (Thứ Sáu)", None, "Nghỉ Tết Dương lịch", None, None, None, None],
        [
            "04/01 (Thứ Hai)",
            "14h00",
            "Hội nghị tổng kết công tác năm 2026, triển khai kế hoạch năm 2027",
            "Giám đốc",
            "Toàn thể viên chức, người lao động",
            "Hội trường A",
            "Phòng Tổ chức cán bộ",
        ],
        [
            "06/01 (Thứ Tư)",
            "08h00",
            "Kiểm tra công tác kiểm soát nhiễm khuẩn tại khối Ngoại",
            "PGĐ Lâm Văn Tú",
            "Điều dưỡng trưởng các khoa khối Ngoại",
            "Các khoa khối Ngoại",
            "Khoa Kiểm soát nhiễm khuẩn",
        ],
        [
            "08/01 (Thứ Sáu)",
            "09h00",
            "Làm việc với Đoàn kiểm tra của Sở Y tế về công tác khám, chữa bệnh bảo hiểm y tế",
            "Giám đốc",
            "Ban Giám đốc, trưởng các phòng chức năng",
            "Phòng họp tầng 2",
            "Phòng Kế hoạch tổng hợp; Phòng Tài chính kế toán",
        ],
        [
            "12/01 - 13/01",
            "Cả ngày",
            "Diễn tập phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2027",
            "PGĐ Huỳnh Thị Ngọc",
            "Đội PCCC cơ sở",
            "Khu nhà B",
            "Phòng Hành chính quản trị",
        ],
        [
            "20/01 (Thứ Tư)",
            "07h30",
            "Hội nghị viên chức, người lao động năm 2027",
            "Giám đốc; Chủ tịch Công đoàn",
            "Đại biểu theo triệu tập",
            "Hội trường A",
            "Công đoàn cơ sở; Phòng Tổ chức cán bộ",
        ],
        [
            "28/01 (Thứ Năm)",
            "14h00",
            "Họp triển khai kế hoạch trực Tết Nguyên đán Đinh Mùi 2027",
            "Giám đốc",
            "Trưởng các khoa, phòng",
            "Phòng họp tầng 2",
            "Phòng Kế hoạch tổng hợp",
        ],
        [
            "Cả tháng",
            None,
            "Tự kiểm tra, đánh giá chất lượng bệnh viện năm 2026 theo Bộ tiêu chí chất lượng",
            "PGĐ Huỳnh Thị Ngọc",
            "Hội đồng Quản lý chất lượng",
            None,
            "Phòng Quản lý chất lượng",
        ],
        [
            "Ghi chú: Các khoa, phòng đăng ký lịch công tác tháng 02/2027 về Phòng Kế hoạch tổng hợp trước ngày 25/01/2027 để tổng hợp, trình Giám đốc.",
            None,
            None,
            None,
            None,
            None,
            None,
        ],
    ]
    for row in rows:
        sheet.append(row)
        if row[0] and str(row[0]).startswith(("A.", "B.", "Ghi chú")):
            number = sheet.max_row
            sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=7)
            sheet.cell(number, 1).font = Font(
                bold=not row[0].startswith("Ghi"), italic=row[0].startswith("Ghi")
            )
    for column, width in zip("ABCDEFG", [18, 9, 46, 18, 26, 18, 28], strict=True):
        sheet.column_dimensions[column].width = width
    _wrap(sheet, top)
    last = sheet.max_row + 2
    sheet.cell(last, 6, "GIÁM ĐỐC")
    sheet.cell(last + 1, 6, "(đã ký)")
    sheet.cell(last + 2, 6, "Trương Minh Hiếu")
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h215
def h215_xlsx(h, path: Path) -> None:
    """A ward's e-office export of incoming documents to handle (.xls): the task is the document's
    `Trích yếu` (`V/v …`), rows grouped under status rows with counts, `Ngày VB` (not the due),
    `Hạn xử lý` as text with the hour, one without a deadline, a completion column, a total line."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "DanhSachVanBan"
    sheet.append(["HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH - UBND PHƯỜNG HÒA BÌNH"])
    sheet.append(["DANH SÁCH VĂN BẢN ĐẾN CÓ HẠN XỬ LÝ"])
    sheet.append(["Từ ngày: 01/12/2026   Đến ngày: 08/01/2027"])
    sheet.append(["Người xuất: Nguyễn Thị Hạnh (Văn thư)   Thời điểm xuất: 08/01/2027 16:42"])
    sheet.append([])
    h.xlsx_header(
        sheet,
        [
            "STT",
            "Số, ký hiệu",
            "Ngày VB",
            "Cơ quan ban hành",
            "Trích yếu",
            "Đơn vị xử lý chính",
            "Đơn vị phối hợp",
            "Hạn xử lý",
            "Ngày hoàn thành",
        ],
    )
    rows = [
        ["Trạng thái: Đang xử lý (4)"],
        [
            1,
            "125/UBND-VX",
            "04/01/2027",
            "UBND thành phố",
            "V/v tăng cường công tác phòng, chống dịch cúm gia cầm trên địa bàn",
            "Phòng Kinh tế",
            "Trạm Y tế phường",
            "12/01/2027 17:00",
            "",
        ],
        [
            2,
            "08/KH-SVHTTDL",
            "05/01/2027",
            "Sở Văn hóa, Thể thao và Du lịch",
            "V/v tổ chức các hoạt động mừng Đảng, mừng Xuân Đinh Mùi 2027",
            "Phòng Văn hóa - Xã hội",
            "Đoàn phường; Hội LHPN phường",
            "20/01/2027 17:00",
            "",
        ],
        [
            3,
            "31/CV-BCH",
            "06/01/2027",
            "Bộ Chỉ huy Quân sự thành phố",
            "V/v chuẩn bị Lễ giao nhận quân năm 2027",
            "Ban Chỉ huy Quân sự phường",
            "",
            "",
            "",
        ],
        [
            4,
            "215/STC-NS",
            "07/01/2027",
            "Sở Tài chính",
            "V/v báo cáo tình hình thực hiện dự toán ngân sách năm 2026",
            "Phòng Kinh tế",
            "Văn phòng HĐND và UBND phường",
            "15/01/2027 10:00",
            "",
        ],
        ["Trạng thái: Quá hạn (2)"],
        [
            5,
            "1874/UBND-ĐT",
            "22/12/2026",
            "UBND thành phố",
            "V/v rà soát các công trình xây dựng không phép, sai phép trên địa bàn",
            "Tổ Quản lý trật tự đô thị",
            "Phòng Kinh tế",
            "31/12/2026 17:00",
            "",
        ],
        [
            6,
            "92/CATP-QLHC",
            "18/12/2026",
            "Công an thành phố",
            "V/v phối hợp rà soát thông tin cư trú, kích hoạt định danh điện tử",
            "Công an phường",
            "Văn phòng HĐND và UBND phường",
            "30/12/2026 17:00",
            "",
        ],
        ["Trạng thái: Đã hoàn thành (2)"],
        [
            7,
            "1790/SNV-CCHC",
            "01/12/2026",
            "Sở Nội vụ",
            "V/v báo cáo công tác cải cách hành chính năm 2026",
            "Văn phòng HĐND và UBND phường",
            "",
            "10/12/2026 17:00",
            "09/12/2026",
        ],
        [
            8,
            "1802/UBND-VP",
            "03/12/2026",
            "UBND thành phố",
            "V/v cử công chức tham dự tập huấn kỹ năng chuyển đổi số",
            "Văn phòng HĐND và UBND phường",
            "Phòng Văn hóa - Xã hội",
            "14/12/2026 17:00",
            "11/12/2026",
        ],
        [],
        ["Tổng số: 8 văn bản"],
    ]
    for row in rows:
        sheet.append(row)
        if row and str(row[0]).startswith(("Trạng thái", "Tổng số")):
            sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    for column, width in zip("ABCDEFGHI", [6, 16, 12, 26, 52, 26, 26, 17, 15], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h216
def h216_docx(h, path: Path) -> None:
    """A commune's animal-disease plan (.odt later): numbered groups of lettered tasks, the fields
    `- Cơ quan chủ trì:` / `- Cơ quan phối hợp:` / `- Thời gian thực hiện:` printed once after a
    group's tasks and holding for all of them, one task overriding the time in parentheses."""
    document = _document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ ĐÔNG", "Số: 18/KH-UBND"],
        "Tân Phú Đông, ngày 22 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Phòng, chống bệnh dịch động vật trên địa bàn xã năm 2027",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Chủ động phòng, chống, không để dịch bệnh nguy hiểm trên đàn gia súc, gia cầm xảy ra và lây lan; bảo đảm tỷ lệ tiêm phòng đạt trên 80% tổng đàn thuộc diện tiêm.",
            "II. NHIỆM VỤ VÀ GIẢI PHÁP",
            "1. Công tác tiêm phòng",
            "a) Tiêm phòng vắc xin lở mồm long móng, tụ huyết trùng đợt 1 cho đàn trâu, bò, lợn tại 06 ấp.",
            "b) Tiêm phòng bệnh dại cho chó, mèo nuôi; lập sổ theo dõi hộ nuôi chó, mèo.",
            "c) Tiêm phòng bổ sung cho gia súc mới nhập đàn, gia súc đến tuổi tiêm (thực hiện hằng tháng).",
            "- Cơ quan chủ trì: Trung tâm Dịch vụ nông nghiệp xã.",
            "- Cơ quan phối hợp: Trưởng các ấp; Hội Nông dân xã.",
            "- Thời gian thực hiện: Tháng 3 - tháng 4/2027.",
            "2. Công tác giám sát, phát hiện dịch bệnh",
            "a) Giám sát chủ động tại các hộ, trang trại chăn nuôi quy mô lớn, các điểm thu gom gia cầm.",
            "b) Tổng hợp tình hình dịch bệnh, báo cáo UBND xã (báo cáo định kỳ trước ngày 20 hằng tháng).",
            "- Cơ quan chủ trì: Phòng Kinh tế.",
            "- Cơ quan phối hợp: Trung tâm Dịch vụ nông nghiệp xã; Trưởng các ấp.",
            "- Thời gian thực hiện: Thường xuyên.",
            "3. Công tác vệ sinh, tiêu độc, khử trùng",
            "a) Phát động 02 đợt “Tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi”.",
            "b) Cấp phát hóa chất sát trùng cho các ấp, hướng dẫn hộ chăn nuôi phun đúng liều lượng.",
            "- Cơ quan chủ trì: Trung tâm Dịch vụ nông nghiệp xã.",
            "- Cơ quan phối hợp: Đoàn Thanh niên xã.",
            "- Thời gian thực hiện: Đợt 1 tháng 5/2027; đợt 2 tháng 11/2027.",
            "4. Công tác thông tin, tuyên truyền",
            "Tuyên truyền trên hệ thống loa truyền thanh xã, nhóm Zalo các ấp về biện pháp chăn nuôi an toàn sinh học, không giấu dịch, không vứt xác động vật ra môi trường.",
            "- Cơ quan chủ trì: Phòng Văn hóa - Xã hội.",
            "- Cơ quan phối hợp: Hội Nông dân xã; Hội Liên hiệp Phụ nữ xã.",
            "- Thời gian thực hiện: Quý I và quý III/2027.",
            "5. Kiểm soát vận chuyển, giết mổ động vật",
            "Kiểm tra, xử lý các trường hợp vận chuyển, giết mổ động vật không rõ nguồn gốc, không qua kiểm dịch.",
            "- Cơ quan chủ trì: Công an xã.",
            "- Cơ quan phối hợp: Trung tâm Dịch vụ nông nghiệp xã.",
            "- Thời gian thực hiện: Khi có dịch bệnh xảy ra.",
            "III. KINH PHÍ",
            "Kinh phí thực hiện từ nguồn ngân sách xã năm 2027 và nguồn hỗ trợ của tỉnh.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "Trung tâm Dịch vụ nông nghiệp xã là cơ quan thường trực, tổng hợp, báo cáo kết quả thực hiện Kế hoạch về UBND xã trước ngày 15/12/2027.",
            "Nơi nhận:\n- UBND tỉnh (b/c);\n- TT Đảng ủy, TT HĐND xã;\n- Các cơ quan, đơn vị có tên trong Kế hoạch;\n- Lưu: VT.",
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(đã ký)\nĐặng Văn Lực",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h217
def h217_docx(h, path: Path) -> None:
    """A ward Party committee's notice of conclusions (PDF with a text layer later): `2.1.`/`2.2.`
    headings over dash paragraphs, leads by `<body> tham mưu …`, dues without a year (`trong quý
    II`, `trong tháng 5`, `trước 30/5`), an approval, a request to the Fatherland Front, a report
    at an undated meeting, a request to every Party cell."""
    document = _document()
    h.national_header(
        document,
        ["ĐẢNG BỘ THÀNH PHỐ HÀ KHÊ", "ĐẢNG ỦY PHƯỜNG AN LẠC", "*", "Số 45-TB/ĐU"],
        "An Lạc, ngày 14 tháng 4 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO KẾT LUẬN",
            "của Ban Thường vụ Đảng ủy phường tại hội nghị giao ban quý I năm 2027",
            "Ngày 10/4/2027, Ban Thường vụ Đảng ủy phường tổ chức hội nghị giao ban đánh giá tình hình thực hiện nhiệm vụ quý I, triển khai nhiệm vụ quý II năm 2027. Sau khi nghe báo cáo và ý kiến thảo luận, đồng chí Bí thư Đảng ủy phường kết luận như sau:",
            "1. Đánh giá chung",
            "Quý I năm 2027, các chi bộ, Mặt trận và đoàn thể phường đã bám sát chương trình công tác; thu ngân sách đạt 31% dự toán; hoàn thành 100% chỉ tiêu giao quân. Tuy nhiên, việc cập nhật dữ liệu đảng viên còn chậm; một số chi bộ khu phố sinh hoạt chưa đúng định kỳ.",
            "2. Nhiệm vụ trọng tâm quý II năm 2027",
            "2.1. Về công tác xây dựng Đảng",
            "- Ban Xây dựng Đảng tham mưu Ban Thường vụ hướng dẫn các chi bộ trực thuộc tổ chức đại hội chi bộ nhiệm kỳ 2027 - 2030, hoàn thành trong quý II.",
            "- Ủy ban Kiểm tra Đảng ủy kiểm tra 02 chi bộ về việc thu, nộp, quản lý đảng phí; thời gian thực hiện trong tháng 5.",
            "- Văn phòng Đảng ủy rà soát, cập nhật dữ liệu đảng viên trên phần mềm quản lý cơ sở dữ liệu đảng viên, xong trước 30/5.",
            "2.2. Về phát triển kinh tế - xã hội, quốc phòng, an ninh",
            "- Ban Thường vụ thống nhất chủ trương xây dựng Nhà văn hóa khu phố 6 từ nguồn xã hội hóa.",
            "- Đề nghị Đảng ủy UBND phường lãnh đạo đẩy nhanh tiến độ giải phóng mặt bằng dự án mở rộng đường Lê Văn Lương, báo cáo Ban Thường vụ tại hội nghị giao ban quý II.",
            "- Chi bộ Công an phường lãnh đạo bảo đảm an ninh, trật tự, an toàn giao thông dịp lễ 30/4 - 01/5.",
            "2.3. Về công tác dân vận, Mặt trận và các đoàn thể",
            "- Đề nghị Ủy ban MTTQ Việt Nam phường chủ trì, phối hợp các tổ chức chính trị - xã hội vận động ủng hộ Quỹ “Vì người nghèo”, phấn đấu đạt 200 triệu đồng trong năm 2027.",
            "- Ban Dân vận Đảng ủy theo dõi, tổng hợp tình hình tư tưởng trong Nhân dân, báo cáo Ban Thường vụ hằng tháng.",
            "- Các chi bộ trực thuộc tổ chức sinh hoạt chuyên đề quý II theo hướng dẫn, gửi biên bản về Văn phòng Đảng ủy trước ngày 25/6.",
            "Văn phòng Đảng ủy thông báo để các chi bộ, cơ quan, đơn vị biết, thực hiện.",
            "Nơi nhận:\n- Thành ủy (b/c);\n- Các đồng chí Đảng ủy viên;\n- Các chi bộ trực thuộc;\n- Lưu Văn phòng Đảng ủy.",
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(đã ký)\nNguyễn Hoài Nam",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h219
def h219(h, path: Path) -> None:
    """A state environment company's monthly plan: two task tables, one for work carried over from
    last month (with a reason column), one for new work, numbering restarting in each; dues written
    with the weekday and no year (`Thứ Sáu, 26/02`), a span, `(dự kiến …)`, `Trong tháng`."""
    document = _document()
    h.national_header(
        document,
        ["CÔNG TY TNHH MTV", "MÔI TRƯỜNG ĐÔ THỊ LẠC SƠN", "Số: 27/KH-MTĐT"],
        "Lạc Sơn, ngày 29 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH CÔNG TÁC THÁNG 02/2027",
            "I. CÔNG VIỆC THÁNG 01/2027 CHUYỂN SANG",
        ],
    )
    carried = h.grid_table(
        document,
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Hạn hoàn thành", "Lý do chuyển"],
        [0.4, 2.8, 1.4, 1.1, 1.5],
    )
    _rows(
        h,
        carried,
        [
            [
                "1",
                "Hoàn thiện hồ sơ thanh lý 03 xe ép rác đã hết niên hạn sử dụng",
                "Phòng Kế hoạch - Vật tư",
                "Thứ Sáu, 26/02",
                "Chờ ý kiến thẩm định giá của Sở Tài chính",
            ],
            [
                "2",
                "Quyết toán hợp đồng duy trì cây xanh, chiếu sáng năm 2026 với UBND các phường",
                "Phòng Tài chính - Kế toán",
                "Thứ Năm, 18/02",
                "Các phường chưa ký biên bản nghiệm thu",
            ],
        ],
    )
    h.docx_paragraphs(document, ["II. CÔNG VIỆC MỚI THÁNG 02/2027"])
    new = h.grid_table(
        document,
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
        [0.4, 2.8, 1.4, 1.4, 1.2],
    )
    _rows(
        h,
        new,
        [
            [
                "1",
                "Tăng cường thu gom, vận chuyển rác thải trước, trong và sau Tết Nguyên đán Đinh Mùi",
                "Xí nghiệp Thu gom - Vận chuyển",
                "Đội Xe - Máy",
                "Từ 01/02 đến 15/02",
            ],
            [
                "2",
                "Bố trí lịch trực Tết, công khai số điện thoại đường dây nóng tiếp nhận phản ánh",
                "Phòng Tổ chức - Hành chính",
                "",
                "Thứ Hai, 01/02",
            ],
            [
                "3",
                "Vệ sinh, phun khử khuẩn khu vực chợ hoa Xuân và các điểm bắn pháo hoa",
                "Xí nghiệp Vệ sinh công cộng",
                "Ban Quản lý chợ Lạc Sơn",
                "Thứ Tư, 10/02",
            ],
            [
                "4",
                "Tổ chức “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Đinh Mùi 2027",
                "Xí nghiệp Công viên - Cây xanh",
                "Đoàn Thanh niên Công ty",
                "Sau Tết (dự kiến 22/02)",
            ],
            [
                "5",
                "Báo cáo sản lượng thu gom, vận chuyển, xử lý rác thải trong tuần",
                "Các xí nghiệp",
                "Phòng Kỹ thuật",
                "Thứ Sáu hằng tuần",
            ],
            [
                "6",
                "Kiểm định, đăng kiểm định kỳ 05 xe chuyên dùng",
                "Đội Xe - Máy",
                "Phòng Kỹ thuật",
                "Trong tháng",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Thủ trưởng các phòng, xí nghiệp, đội triển khai thực hiện; báo cáo kết quả về Tổng Giám đốc (qua Phòng Tổ chức - Hành chính) trước ngày 26/02/2027.",
            "Nơi nhận:\n- Chủ tịch Công ty (b/c);\n- Các phòng, xí nghiệp, đội;\n- Lưu: VT, TCHC.",
            "TỔNG GIÁM ĐỐC\n(đã ký)\nHà Quang Khải",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h220
def h220_docx(h, path: Path) -> None:
    """A commune Fatherland Front's yearly programme (.doc later): month headings (`Tháng 01 và tháng
    02:`, `Tháng 4 - tháng 5:`, `Quý III:`) over dash tasks whose lead is in parentheses at the end
    (`(Ban Thường trực chủ trì; … phối hợp)`, `(Ban Thường trực)`), a closing standing-duties part."""
    document = _document()
    h.national_header(
        document,
        ["ỦY BAN MTTQ VIỆT NAM", "XÃ ĐỨC THẠNH", "BAN THƯỜNG TRỰC", "Số: 01/CTr-MTTQ-BTT"],
        "Đức Thạnh, ngày 12 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027",
            "I. MỤC TIÊU",
            "Phát huy sức mạnh khối đại đoàn kết toàn dân tộc; nâng cao chất lượng giám sát, phản biện xã hội; thực hiện có hiệu quả Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
            "II. NỘI DUNG CÔNG TÁC CỤ THỂ",
            "Tháng 01 và tháng 02:",
            "- Tổ chức thăm, tặng quà Tết cho hộ nghèo, hộ cận nghèo, gia đình chính sách (Ban Thường trực chủ trì, các tổ chức thành viên phối hợp).",
            "Tháng 3:",
            "- Tổ chức các hoạt động hưởng ứng Tháng Thanh niên, ra quân làm đường giao thông nông thôn thôn Phú Lộc (Đoàn Thanh niên xã chủ trì; Ban công tác Mặt trận thôn Phú Lộc phối hợp).",
            "Tháng 4 - tháng 5:",
            "- Giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại thôn Phú Lộc, thôn Thạnh Mỹ (Ban Thường trực chủ trì; Hội Cựu chiến binh xã phối hợp).",
            "Tháng 6:",
            "- Sơ kết công tác Mặt trận 6 tháng đầu năm, đề ra nhiệm vụ 6 tháng cuối năm (Ban Thường trực).",
            "Quý III:",
            "- Tổ chức Hội thi “Tuyên truyền viên giỏi” cho thành viên Ban công tác Mặt trận các thôn (Hội Liên hiệp Phụ nữ xã chủ trì; Ban Thường trực phối hợp).",
            "Tháng 11:",
            "- Hướng dẫn Ban công tác Mặt trận các thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc, hoàn thành trước ngày 18/11/2027 (Ban Thường trực).",
            "Tháng 12:",
            "- Tổng kết công tác Mặt trận năm 2027, xây dựng chương trình công tác năm 2028 (Ban Thường trực).",
            "Công việc thường xuyên:",
            "- Họp Ban Thường trực mở rộng với người đứng đầu các tổ chức chính trị - xã hội vào ngày 25 hằng tháng (Ban Thường trực).",
            "- Vận động ủng hộ Quỹ “Vì người nghèo”, xét hỗ trợ kịp thời các hộ gặp khó khăn đột xuất (Ban Vận động Quỹ “Vì người nghèo” xã).",
            "III. TỔ CHỨC THỰC HIỆN",
            "Các tổ chức thành viên căn cứ Chương trình này cụ thể hóa vào chương trình công tác của tổ chức mình. Trong quá trình thực hiện, Ban Thường trực sẽ điều chỉnh, bổ sung cho phù hợp.",
            "Nơi nhận:\n- Ban Thường trực UBMTTQ tỉnh (b/c);\n- Thường trực Đảng ủy xã (b/c);\n- Các tổ chức thành viên;\n- Ban công tác Mặt trận các thôn;\n- Lưu.",
            "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n(đã ký)\nTrần Thị Thu Ba",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h221
def h221(h, path: Path) -> None:
    """A commune culture, sports and media centre's yearly activity plan: the time column first,
    dues tied to holidays (`Dịp 26/3`, `Dịp 30/4 - 01/5`, `Dịp Ngày Gia đình Việt Nam 28/6`,
    `Dịp Quốc khánh 2/9`), internal teams as leads, a money column and a SUM row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH 2027"
    h.sheet_title_rows(
        sheet,
        [
            "UBND XÃ HƯNG MỸ - TRUNG TÂM VĂN HÓA, THỂ THAO VÀ TRUYỀN THÔNG",
            "KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG VĂN HÓA, THỂ THAO, TRUYỀN THÔNG NĂM 2027",
            "(Kèm theo Kế hoạch số 05/KH-TTVHTT ngày 15/01/2027)",
            "",
        ],
        6,
    )
    h.xlsx_header(
        sheet,
        [
            "Thời gian",
            "Nội dung hoạt động",
            "Bộ phận thực hiện",
            "Phối hợp",
            "Kinh phí (triệu đồng)",
            "Ghi chú",
        ],
    )
    top = sheet.max_row
    rows = [
        [
            "Dịp Tết Nguyên đán Đinh Mùi (tháng 02/2027)",
            "Chương trình văn nghệ “Mừng Đảng - Mừng Xuân” tại sân khấu trung tâm xã",
            "Tổ Văn hóa - Văn nghệ",
            "Các câu lạc bộ văn nghệ thôn",
            45,
            "",
        ],
        [
            "Dịp 26/3",
            "Giải bóng đá thanh niên xã mở rộng năm 2027",
            "Tổ Thể dục - Thể thao",
            "Đoàn Thanh niên xã",
            30,
            "",
        ],
        [
            "Dịp 30/4 - 01/5",
            "Trưng bày ảnh tư liệu kỷ niệm 52 năm Ngày Giải phóng miền Nam, thống nhất đất nước",
            "Tổ Thông tin - Tuyên truyền",
            "Hội Cựu chiến binh xã",
            12,
            "",
        ],
        [
            "Tháng 6 - tháng 7",
            "Mở lớp dạy bơi miễn phí, phòng chống đuối nước cho trẻ em",
            "Tổ Thể dục - Thể thao",
            "Trạm Y tế xã; Đoàn Thanh niên xã",
            25,
            "02 lớp",
        ],
        [
            "Dịp Ngày Gia đình Việt Nam 28/6",
            "Hội thi “Gia đình văn hóa tiêu biểu” cấp xã",
            "Tổ Văn hóa - Văn nghệ",
            "Hội Liên hiệp Phụ nữ xã",
            18,
            "",
        ],
        [
            "Dịp Quốc khánh 2/9",
            "Hội diễn văn nghệ quần chúng các thôn",
            "Tổ Văn hóa - Văn nghệ",
            "Ban công tác Mặt trận các thôn",
            40,
            "",
        ],
        [
            "Thứ Tư hằng tuần",
            "Phát thanh chuyên mục “Chính quyền với người dân” trên hệ thống truyền thanh xã",
            "Tổ Truyền thanh",
            "Văn phòng HĐND và UBND xã",
            None,
            "Phát lại sáng Chủ nhật",
        ],
        [
            "Thường xuyên",
            "Cập nhật tin, bài hoạt động của xã lên Trang thông tin điện tử xã",
            "Tổ Thông tin - Tuyên truyền",
            "",
            None,
            "",
        ],
        [
            "Tháng 12",
            "Tổng kết hoạt động năm 2027, bình xét danh hiệu “Thôn văn hóa”",
            "Tổ Hành chính - Tổng hợp",
            "Phòng Văn hóa - Xã hội",
            8,
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
    first, last = top + 1, sheet.max_row
    sheet.append([None, "Tổng cộng", None, None, f"=SUM(E{first}:E{last})", None])
    sheet.cell(sheet.max_row, 2).font = Font(bold=True)
    for column, width in zip("ABCDEF", [24, 52, 24, 28, 14, 16], strict=True):
        sheet.column_dimensions[column].width = width
    _wrap(sheet, top)
    end = sheet.max_row + 2
    sheet.cell(end, 4, "GIÁM ĐỐC")
    sheet.cell(end + 1, 4, "Lê Thành Tâm")
    workbook.save(path)


def batch_h213() -> None:
    """Writes h213–h222's binaries (the .txt and .md are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h213(h, _out("h213_ctr_doan_phuong_thoi_gian_viet_tat.docx"))
    h214(h, _out("h214_lich_thang_benh_vien_lich_co_dinh.xlsx"))
    h219(h, _out("h219_kh_thang_cong_ty_moi_truong_hai_bang.docx"))
    h221(h, _out("h221_kh_trung_tam_vhtt_xa_dip_le.xlsx"))
    if not shutil.which("soffice"):
        print("soffice not found: the .xls, .doc, .odt and the PDF were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h215_xlsx, "h215_xuat_vb_den_phuong_nhom_trang_thai.xlsx", "xls"),
                (h216_docx, "h216_kh_xa_dich_benh_truong_chung_nhom.docx", "odt"),
                (h217_docx, "h217_tbkl_dang_uy_phuong_tham_muu.docx", "pdf"),
                (h220_docx, "h220_ctr_mttq_xa_tieu_de_thang.docx", "doc"),
            ],
            _out,
        )


if __name__ == "__main__":
    batch_h213()
