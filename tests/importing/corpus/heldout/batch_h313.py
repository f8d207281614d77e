"""Writes the binaries of the held-out documents h313–h322 (helper h13author28).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h313`.
Every text below is own-authored (other names, units, places, dates and tasks) in how bodies of the
Northern mountain and Red River Delta provinces (a district People's Committee, a Department of
Education, of Construction, of Home Affairs, of Health, a provincial inspectorate, a Women's Union,
a commune) commonly produce these kinds; no third-party text is stored. The .md and .csv documents
of the batch are written by hand and live beside the output. Like `make_docs.py` this writes **only
the documents**: their expected items (`expected/`) were written by hand from the document text
before the importer was first run on them. The writer helpers are `make_docs.py`'s. The .xls, .doc,
.rtf, .ods and the PDFs need LibreOffice (`soffice`); their bytes differ run to run, so regenerate
only on purpose. Conversions run one after another (never in parallel).
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
    "h322_kh_chien_dich_tiem_chung_so_y_te_truoc_sau",  # h13fixMC
    "h316_bc_quy_so_xay_dung_nhiem_vu_quy_sau",  # h13fixMD
    "h318_qd_so_noi_vu_phan_cong_du_an_luu_tru",  # h13fixME
    "h314_phu_luc_chi_tieu_so_gddt_lo_trinh_nam",  # h13fixNC
    "h317_bien_ban_giao_ban_thanh_tra_tinh_ket_luan",  # h13fixNE
    "h321_kh_mua_vu_xa_dong_bang_ban_quet",  # h13fixNE
    "h315_kh_giam_sat_hoi_phu_nu_du_kien_dieu_chinh",  # h13fixND
    "h313_ct_ubnd_huyen_chong_ret_theo_co_quan",  # h13fixTK
}

_wrap = partial(wrap, vertical="top")
_out = partial(out_path, moved=_MOVED)


def _bold_row(sheet, row: int) -> None:
    from openpyxl.styles import Font

    for cell in sheet[row]:
        cell.font = Font(bold=True)


# -------------------------------------------------------------------------------------------- h313
def h313(h, path: Path) -> None:
    """A district chairman's **directive**: prose, then numbered paragraphs per body (a label over
    `a)`/`b)` duties, or the body and a colon and its duty), the head of a body (`Trưởng Công an
    huyện`) as the subject, a request to the Front, every commune's chairman, a season's span, a
    condition, a meeting month."""
    document = _document(13)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "HUYỆN BẢO NGUYÊN", "Số: 05/CT-UBND"],
        "Bảo Nguyên, ngày 18 tháng 11 năm 2024",
    )
    h.docx_paragraphs(
        document,
        [
            "CHỈ THỊ",
            "Về việc chủ động phòng, chống đói, rét cho cây trồng, vật nuôi vụ Đông Xuân 2024 - 2025",
            "Theo dự báo của Đài Khí tượng Thủy văn tỉnh, mùa đông năm 2024 - 2025 trên địa bàn huyện có khoảng 16 - 18 đợt không khí lạnh, trong đó có 5 - 7 đợt rét đậm, rét hại; nhiệt độ thấp nhất tại các xã vùng cao có thể xuống dưới 0°C, xuất hiện băng giá, sương muối. Vụ Đông Xuân 2023 - 2024, rét đậm, rét hại kéo dài đã làm chết 312 con trâu, bò và 46 ha mạ, lúa phải gieo cấy lại.",
            "Để chủ động phòng, chống đói, rét, hạn chế thấp nhất thiệt hại cho sản xuất nông nghiệp, Chủ tịch Ủy ban nhân dân huyện yêu cầu:",
            "1. Phòng Nông nghiệp và Phát triển nông thôn:",
            "a) Chủ trì, phối hợp với Trạm Chăn nuôi và Thú y hướng dẫn các xã che chắn chuồng trại, dự trữ rơm, cỏ khô, thức ăn thô xanh cho trâu, bò; hoàn thành trước ngày 30/11/2024.",
            "b) Tổng hợp tình hình thiệt hại do rét, báo cáo UBND huyện vào thứ Sáu hằng tuần trong thời gian có rét đậm, rét hại.",
            "2. Trạm Chăn nuôi và Thú y huyện: bảo đảm đủ vắc xin lở mồm long móng, tụ huyết trùng; tổ chức tiêm phòng đợt 2 năm 2024 cho đàn trâu, bò, xong trước ngày 15/12/2024.",
            "3. Trung tâm Văn hóa, Thông tin và Thể thao huyện: tăng thời lượng phát thanh bằng tiếng Mông, tiếng Dao về kỹ thuật chống rét cho gia súc, cây trồng trong suốt mùa rét (từ tháng 12/2024 đến hết tháng 02/2025).",
            "4. Phòng Tài chính - Kế hoạch: cân đối, tham mưu bố trí kinh phí dự phòng hỗ trợ các hộ có gia súc chết do rét theo Nghị định số 02/2017/NĐ-CP ngày 09/01/2017 của Chính phủ; trình UBND huyện khi có đề nghị của các xã.",
            "5. Trưởng Công an huyện chỉ đạo Công an các xã, thị trấn phối hợp kiểm soát việc vận chuyển, giết mổ, tiêu thụ gia súc bị chết do rét; thực hiện từ ngày 01/12/2024 đến ngày 28/02/2025.",
            "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện thường xuyên vận động hội viên, đoàn viên không thả rông gia súc, giúp đỡ các hộ khó khăn làm chuồng trại.",
            "7. Chủ tịch UBND các xã, thị trấn:",
            "a) Không để trâu, bò thả rông trên núi cao khi nhiệt độ xuống dưới 12°C; vận động nhân dân đưa gia súc về chuồng, đốt lửa sưởi ấm.",
            "b) Tổng kết công tác phòng, chống đói, rét vụ Đông Xuân, gửi báo cáo về UBND huyện (qua Phòng Nông nghiệp và Phát triển nông thôn) trước ngày 15/3/2025.",
            "8. Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện Chỉ thị này, báo cáo kết quả tại phiên họp thường kỳ UBND huyện tháng 3/2025.",
            "Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn nghiêm túc triển khai thực hiện Chỉ thị này./.",
            "Nơi nhận: UBND tỉnh (b/c); Sở Nông nghiệp và PTNT; TT Huyện ủy, TT HĐND huyện; CT, các PCT UBND huyện; như mục 1 - 8; Lưu: VT.",
            "CHỦ TỊCH",
            "Sùng A Chư",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h314
def h314(h, path: Path) -> None:
    """An action programme's **indicator annex**: a two-row header (`Lộ trình` over three year
    columns of numbers), a `Thời hạn hoàn thành` column (`Hằng năm`, `Năm 2030`, `Đến 31/5/2030
    (hết năm học 2029 - 2030)`, `Theo lộ trình của Chính phủ`), group rows, `≥` targets, a note
    with a yearly report."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "PL1_Chi tieu"
    h.sheet_title_rows(
        sheet,
        [
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO LÂM",
            "Phụ lục I",
            "CHỈ TIÊU THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG GIAI ĐOẠN 2027 - 2030",
            "(Kèm theo Chương trình hành động số 112/CTr-SGDĐT ngày 22/3/2027 của Sở Giáo dục và Đào tạo)",
            "",
        ],
        10,
    )
    first = sheet.max_row + 1
    sheet.append(
        [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Hiện trạng năm 2026",
            "Lộ trình",
            "",
            "",
            "Đơn vị chủ trì theo dõi",
            "Thời hạn hoàn thành",
            "Ghi chú",
        ]
    )
    sheet.append(["", "", "", "", "Năm 2027", "Năm 2028", "Năm 2030", "", "", ""])
    for column in (1, 2, 3, 4, 8, 9, 10):
        sheet.merge_cells(start_row=first, start_column=column, end_row=first + 1, end_column=column)
    sheet.merge_cells(start_row=first, start_column=5, end_row=first, end_column=7)
    _bold_row(sheet, first)
    _bold_row(sheet, first + 1)
    rows = [
        ["A", "GIÁO DỤC MẦM NON", "", "", "", "", "", "", "", ""],
        [
            1,
            "Tỷ lệ trẻ em 5 tuổi đến trường",
            "%",
            99.2,
            99.5,
            99.7,
            "≥ 99,8",
            "Phòng Giáo dục Mầm non",
            "Hằng năm",
            "",
        ],
        [
            2,
            "Số xã đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 3 - 4 tuổi",
            "xã",
            12,
            25,
            40,
            66,
            "Phòng Giáo dục Mầm non",
            "Năm 2030",
            "66/66 xã",
        ],
        ["B", "GIÁO DỤC PHỔ THÔNG", "", "", "", "", "", "", "", ""],
        [
            3,
            "Tỷ lệ học sinh trung học cơ sở được học 2 buổi/ngày",
            "%",
            41,
            55,
            70,
            90,
            "Phòng Giáo dục Phổ thông",
            "Đến 31/5/2030 (hết năm học 2029 - 2030)",
            "",
        ],
        [
            4,
            "Tỷ lệ trẻ em dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1",
            "%",
            85,
            100,
            100,
            100,
            "Phòng Giáo dục Phổ thông",
            "Năm 2027",
            "Duy trì đến năm 2030",
        ],
        [
            5,
            "Số trường phổ thông dân tộc bán trú đạt chuẩn quốc gia",
            "trường",
            18,
            22,
            26,
            32,
            "Phòng Giáo dục Phổ thông",
            "Quý IV/2028",
            "Điều chỉnh theo kết quả sắp xếp trường, điểm trường",
        ],
        ["C", "ĐỘI NGŨ VÀ CƠ SỞ VẬT CHẤT", "", "", "", "", "", "", "", ""],
        [
            6,
            "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019",
            "%",
            88.5,
            92,
            96,
            100,
            "Phòng Tổ chức cán bộ",
            "Theo lộ trình của Chính phủ",
            "",
        ],
        [
            7,
            "Số phòng học tạm, phòng học nhờ được xóa bỏ",
            "phòng",
            146,
            60,
            110,
            146,
            "Phòng Kế hoạch - Tài chính",
            "Trước 30/9/2029",
            "Lũy kế từ năm 2027",
        ],
        [
            8,
            "Tỷ lệ cơ sở giáo dục có kết nối Internet cáp quang",
            "%",
            91,
            100,
            "-",
            "-",
            "Văn phòng Sở",
            "Tháng 12/2027",
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
        if row[0] in ("A", "B", "C"):
            sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=10)
            _bold_row(sheet, sheet.max_row)
    sheet.append(["", "Tổng số: 08 chỉ tiêu", "", "", "", "", "", "", "", ""])
    sheet.append([""])
    sheet.append(
        [
            "Ghi chú: ĐVT - đơn vị tính; ≥ - không thấp hơn. Đơn vị chủ trì theo dõi tổng hợp kết quả thực hiện chỉ tiêu được giao, gửi Phòng Kế hoạch - Tài chính trước ngày 15/12 hằng năm để tổng hợp, báo cáo Giám đốc Sở."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=10)
    for letter, width in zip("ABCDEFGHIJ", [6, 46, 8, 11, 9, 9, 9, 24, 22, 24], strict=True):
        sheet.column_dimensions[letter].width = width
    _wrap(sheet, first)
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h315
def h315_xlsx(h, path: Path) -> None:
    """A Women's Union's **schedule of supervision visits** (to be saved as .xls): a two-row header
    `Thời gian` over `Dự kiến | Điều chỉnh` (the adjusted time wins, once earlier), the supervised
    body beside the advising board (the lead), a row not held (`Không tổ chức`), group rows, a note
    explaining the columns."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH giam sat 2027"
    h.sheet_title_rows(
        sheet,
        [
            "HỘI LHPN TỈNH HÀ SƠN - BAN THƯỜNG VỤ",
            "KẾ HOẠCH GIÁM SÁT VÀ PHẢN BIỆN XÃ HỘI NĂM 2027",
            "(Ban hành kèm theo Kế hoạch số 41/KH-BTV ngày 20/01/2027; cập nhật lần 2 ngày 04/6/2027)",
            "",
        ],
        8,
    )
    first = sheet.max_row + 1
    sheet.append(
        [
            "STT",
            "Nội dung giám sát, phản biện",
            "Đơn vị chịu sự giám sát",
            "Hình thức",
            "Thời gian",
            "",
            "Ban tham mưu",
            "Ghi chú",
        ]
    )
    sheet.append(["", "", "", "", "Dự kiến", "Điều chỉnh", "", ""])
    for column in (1, 2, 3, 4, 7, 8):
        sheet.merge_cells(start_row=first, start_column=column, end_row=first + 1, end_column=column)
    sheet.merge_cells(start_row=first, start_column=5, end_row=first, end_column=6)
    _bold_row(sheet, first)
    _bold_row(sheet, first + 1)
    rows = [
        ["I", "GIÁM SÁT", "", "", "", "", "", ""],
        [
            1,
            "Giám sát việc thực hiện chính sách hỗ trợ phụ nữ dân tộc thiểu số sinh con đúng chính sách dân số",
            "Sở Y tế; UBND xã Mường Chiến",
            "Trực tiếp",
            "Tháng 4/2027",
            "",
            "Ban Chính sách - Luật pháp",
            "Đã thực hiện",
        ],
        [
            2,
            'Giám sát thực hiện Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em"',
            "UBND xã Chiềng Sại, xã Nậm Lầu",
            "Trực tiếp",
            "Tháng 5/2027",
            "12 - 14/7/2027",
            "Ban Gia đình - Xã hội",
            "Lùi do trùng lịch Kỳ họp thứ 9 HĐND tỉnh",
        ],
        [
            3,
            "Giám sát việc tiếp nhận, giải quyết tin báo về bạo lực gia đình, xâm hại trẻ em",
            "Công an tỉnh",
            "Qua báo cáo",
            "Quý II/2027",
            "Quý III/2027",
            "Ban Chính sách - Luật pháp",
            "",
        ],
        [
            4,
            "Giám sát việc cho vay vốn ưu đãi đối với hộ nghèo do phụ nữ làm chủ",
            "Chi nhánh Ngân hàng Chính sách xã hội tỉnh",
            "Trực tiếp",
            "Tháng 9/2027",
            "Không tổ chức",
            "Ban Kinh tế",
            "Lồng ghép vào nội dung STT 2",
        ],
        [
            5,
            "Giám sát việc thực hiện quy định đối với lao động nữ tại các doanh nghiệp trong khu công nghiệp",
            "Ban Quản lý các khu công nghiệp tỉnh",
            "Trực tiếp",
            "Tháng 10/2027",
            "",
            "Ban Chính sách - Luật pháp",
            "",
        ],
        [
            6,
            "Hội LHPN cấp xã tự giám sát theo chương trình phối hợp với UBND cùng cấp",
            "UBND các xã, phường",
            "Trực tiếp",
            "Cả năm",
            "",
            "Hội LHPN các xã, phường",
            "Ban Tổ chức hướng dẫn",
        ],
        ["II", "PHẢN BIỆN XÃ HỘI", "", "", "", "", "", ""],
        [
            7,
            "Phản biện dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ phụ nữ khởi nghiệp giai đoạn 2028 - 2030",
            "Sở Công Thương (cơ quan soạn thảo)",
            "Hội nghị phản biện",
            "Theo tiến độ trình của cơ quan soạn thảo",
            "22/8/2027",
            "Ban Kinh tế",
            "",
        ],
        ["III", "TỔNG HỢP, BÁO CÁO", "", "", "", "", "", ""],
        [
            8,
            "Báo cáo kết quả giám sát, phản biện xã hội năm 2027 gửi Ban Thường vụ Trung ương Hội",
            "",
            "",
            "Trước 10/12/2027",
            "Trước 05/12/2027",
            "Văn phòng",
            "Theo Công văn 1502/ĐCT-VP của Đoàn Chủ tịch",
        ],
    ]
    for row in rows:
        sheet.append(row)
        if row[0] in ("I", "II", "III"):
            sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=8)
            _bold_row(sheet, sheet.max_row)
    sheet.append([""])
    sheet.append(
        [
            'Ghi chú: Cột "Điều chỉnh" ghi thời gian đã được Thường trực Hội LHPN tỉnh thống nhất điều chỉnh tại cuộc họp ngày 02/6/2027; ô để trống là giữ nguyên thời gian dự kiến.'
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=8)
    sheet.append(["", "", "", "", "", "TM. BAN THƯỜNG VỤ", "", ""])
    sheet.append(["", "", "", "", "", "CHỦ TỊCH", "", ""])
    sheet.append(["", "", "", "", "", "Lò Thị Minh Nguyệt", "", ""])
    for letter, width in zip("ABCDEFGH", [6, 48, 26, 13, 16, 16, 22, 26], strict=True):
        sheet.column_dimensions[letter].width = width
    _wrap(sheet, first)
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h316
def h316_docx(h, path: Path) -> None:
    """A department's **quarterly progress report**: results in prose and a figures table (no
    items), shortcomings and requests (no items), then a table of **next quarter's tasks** whose
    times give months and days without a year (`Tháng 10`, `15/11`, `Cả quý`), a quarterly rule, a
    date in the next year; a carried-over note."""
    document = _document(13)
    h.national_header(
        document,
        ["UBND TỈNH YÊN GIANG", "SỞ XÂY DỰNG", "Số: 356/BC-SXD"],
        "Yên Giang, ngày 28 tháng 9 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "BÁO CÁO",
            "Kết quả thực hiện nhiệm vụ quý III và nhiệm vụ trọng tâm quý IV năm 2027",
            "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III/2027",
            "1. Công tác quy hoạch, kiến trúc: thẩm định 14 đồ án quy hoạch chi tiết, 06 nhiệm vụ quy hoạch; hoàn thành lấy ý kiến cộng đồng dân cư về đồ án Quy hoạch chung đô thị Bảo Hà đến năm 2045 (ngày 12/8/2027).",
            "2. Kết cấu hạ tầng giao thông: Dự án cải tạo, nâng cấp ĐT.152 đoạn Km18 - Km41 đạt 78% khối lượng; đã xử lý 23 điểm sạt lở trên ĐT.155 sau cơn bão số 3, bảo đảm thông xe trước ngày 15/9/2027.",
            "3. Một số chỉ tiêu chủ yếu:",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Chỉ tiêu", "Kế hoạch năm 2027", "Thực hiện quý III", "Lũy kế 9 tháng", "Tỷ lệ (%)"],
        [0.4, 2.2, 1.0, 1.0, 1.0, 0.8],
    )
    _rows(
        h,
        table,
        [
            ["1", "Tỷ lệ đô thị hóa (%)", "26,5", "-", "25,9", "97,7"],
            ["2", "Số km đường giao thông nông thôn được cứng hóa (km)", "180", "52", "131", "72,8"],
            ["3", "Giải ngân vốn đầu tư công do Sở làm chủ đầu tư (tỷ đồng)", "412", "96", "237", "57,5"],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "II. TỒN TẠI, HẠN CHẾ",
            "Tiến độ giải ngân vốn đầu tư công còn chậm; công tác giải phóng mặt bằng Dự án ĐT.152 vướng 17 hộ tại xã Minh Lương chưa bàn giao mặt bằng; hồ sơ thẩm định một số dự án còn phải bổ sung nhiều lần.",
            "III. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2027",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời gian hoàn thành", "Ghi chú"],
        [0.4, 2.6, 1.5, 1.0, 1.0],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Trình UBND tỉnh phê duyệt Quy hoạch chung đô thị Bảo Hà đến năm 2045",
                "Phòng Quy hoạch - Kiến trúc",
                "Tháng 10",
                "Chuyển tiếp từ quý III",
            ],
            [
                "2",
                "Kiểm tra công tác nghiệm thu các công trình giao thông nông thôn tại các xã Nậm Xé, Minh Lương",
                "Phòng Quản lý chất lượng công trình",
                "15/11",
                "",
            ],
            [
                "3",
                "Hoàn thành sửa chữa các điểm sạt lở mùa mưa năm 2027 trên ĐT.152, ĐT.155 (phần việc còn lại)",
                "Khu Quản lý đường bộ",
                "Trước 30/11",
                "",
            ],
            [
                "4",
                "Xây dựng phương án bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán Mậu Thân 2028",
                "Phòng Quản lý vận tải, phương tiện và người lái",
                "Tháng 12",
                "",
            ],
            [
                "5",
                "Cập nhật giá vật liệu xây dựng, công bố chỉ số giá xây dựng",
                "Phòng Kinh tế và Vật liệu xây dựng",
                "Hằng quý (trước ngày 10 tháng cuối quý)",
                "",
            ],
            [
                "6",
                "Kiểm tra việc chấp hành quy định về tải trọng phương tiện tại các mỏ đá, bến bãi",
                "Thanh tra Sở",
                "Cả quý",
                "Phối hợp Công an tỉnh (Phòng CSGT)",
            ],
            [
                "7",
                "Tham mưu tổng kết công tác năm 2027, xây dựng Kế hoạch công tác năm 2028",
                "Văn phòng Sở",
                "Trước 20/12",
                "",
            ],
            [
                "8",
                "Giải ngân 100% kế hoạch vốn đầu tư công năm 2027 các dự án do Sở làm chủ đầu tư",
                "Ban Quản lý dự án đầu tư xây dựng công trình giao thông",
                "31/01/2028",
                "Hết thời hạn giải ngân theo Luật Đầu tư công",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "IV. ĐỀ XUẤT, KIẾN NGHỊ",
            "Đề nghị UBND tỉnh bổ sung 35 tỷ đồng vốn sự nghiệp giao thông để khắc phục hậu quả mưa lũ trong tháng 10/2027; chỉ đạo UBND xã Minh Lương đẩy nhanh bàn giao mặt bằng Dự án ĐT.152.",
            "Sở Xây dựng báo cáo UBND tỉnh./.",
            "Nơi nhận: UBND tỉnh (b/c); Sở Tài chính; Giám đốc, các PGĐ Sở; Lưu: VT, VP.",
            "GIÁM ĐỐC",
            "Hoàng Văn Thịnh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h317
def h317_docx(h, path: Path) -> None:
    """An inspectorate's **minutes of its monthly briefing**: time, place, participants, reports and
    discussion (no items), then `IV. KẾT LUẬN CỦA CHÁNH THANH TRA TỈNH` with an approval (no item),
    body-colon conclusions, `trong 10 ngày kể từ ngày họp`, a date without a year, the extended end
    printed in parentheses, a monthly duty of every office; the closing lines of a minutes."""
    document = _document(13)
    h.national_header(
        document,
        ["UBND TỈNH HẢI NINH", "THANH TRA TỈNH", ""],
        "Hải Ninh, ngày 04 tháng 11 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "BIÊN BẢN HỌP",
            "Giao ban công tác thanh tra tháng 10 năm 2027",
            "I. THỜI GIAN, ĐỊA ĐIỂM",
            "Vào hồi 08 giờ 00 phút, thứ Năm, ngày 04/11/2027, tại Phòng họp số 1, Thanh tra tỉnh.",
            "II. THÀNH PHẦN",
            "Chủ trì: đồng chí Phạm Quang Huy, Chánh Thanh tra tỉnh. Thư ký: bà Vũ Thị Thu Trang, chuyên viên Văn phòng.",
            "Dự họp: các đồng chí Phó Chánh Thanh tra tỉnh; Chánh Văn phòng; Trưởng các phòng nghiệp vụ.",
            "III. NỘI DUNG",
            "1. Văn phòng báo cáo kết quả công tác tháng 10/2027: triển khai 04 cuộc thanh tra hành chính, ban hành 03 kết luận thanh tra; kiến nghị thu hồi 1,26 tỷ đồng, xử lý hành chính 02 tập thể, 07 cá nhân; tiếp 46 lượt công dân, tiếp nhận 58 đơn.",
            "2. Ý kiến thảo luận:",
            "- Đồng chí Trưởng Phòng Nghiệp vụ 2 đề nghị gia hạn thời gian thanh tra tại Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh thêm 15 ngày do khối lượng hồ sơ lớn.",
            "- Đồng chí Phó Chánh Thanh tra Nguyễn Văn Bình đề nghị các phòng rà soát, cập nhật đầy đủ số liệu lên Phần mềm quản lý công tác thanh tra.",
            "IV. KẾT LUẬN CỦA CHÁNH THANH TRA TỈNH",
            "1. Thống nhất gia hạn thời gian thanh tra trực tiếp tại Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh thêm 15 ngày (đến hết ngày 26/11/2027).",
            "2. Phòng Nghiệp vụ 1: hoàn thành dự thảo Kết luận thanh tra việc quản lý, sử dụng đất công tại xã Tiên Lãng Đông, trình Chánh Thanh tra trước ngày 15/11.",
            "3. Phòng Nghiệp vụ 2: tiếp tục thanh tra tại Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh; kết thúc thanh tra trực tiếp đúng thời hạn đã gia hạn (26/11/2027).",
            "4. Phòng Tiếp công dân và Xử lý đơn thư: rà soát 12 vụ việc khiếu nại đông người, kéo dài; báo cáo, đề xuất hướng giải quyết trong 10 ngày kể từ ngày họp.",
            "5. Phòng Phòng, chống tham nhũng: xây dựng Kế hoạch xác minh tài sản, thu nhập năm 2028, trình Chánh Thanh tra trong tháng 12/2027.",
            "6. Văn phòng: tổng hợp báo cáo công tác thanh tra tháng 11/2027 gửi UBND tỉnh, Thanh tra Chính phủ trước ngày 20/11/2027.",
            "7. Phòng Giám sát, kiểm tra và xử lý sau thanh tra: đôn đốc thực hiện 05 kết luận thanh tra quá hạn năm 2025 - 2026, báo cáo Chánh Thanh tra trước ngày 25/11/2027.",
            "8. Các phòng nghiệp vụ cập nhật kết quả thực hiện nhiệm vụ lên Phần mềm quản lý công tác thanh tra trước ngày 25 hằng tháng.",
            "Cuộc họp kết thúc lúc 11 giờ 15 phút cùng ngày. Biên bản được đọc lại cho các thành viên dự họp cùng nghe và nhất trí thông qua.",
            "THƯ KÝ — Vũ Thị Thu Trang          CHỦ TRÌ — CHÁNH THANH TRA — Phạm Quang Huy",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h318
def h318_docx(h, path: Path) -> None:
    """A director's **decision assigning a project's tasks** (saved as .rtf): a team of members in
    `Điều 1` (no items), the duties per body in `Điều 2` (labels over `a)`/`b)`, a body and a colon),
    a count from the decision's effective day (= signing), two stages in one duty, an undated event,
    a request to another department with no time, a quarterly report in `Điều 3`."""
    document = _document(13)
    h.national_header(
        document,
        ["UBND TỈNH THÁI HÀ", "SỞ NỘI VỤ", "Số: 87/QĐ-SNV"],
        "Thái Hà, ngày 15 tháng 3 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "QUYẾT ĐỊNH",
            'Về việc phân công nhiệm vụ triển khai Dự án "Chỉnh lý, số hóa tài liệu lưu trữ lịch sử tỉnh Thái Hà giai đoạn 2027 - 2029"',
            "GIÁM ĐỐC SỞ NỘI VỤ TỈNH THÁI HÀ",
            "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;",
            'Căn cứ Quyết định số 412/QĐ-UBND ngày 28/02/2027 của UBND tỉnh phê duyệt Dự án "Chỉnh lý, số hóa tài liệu lưu trữ lịch sử tỉnh Thái Hà giai đoạn 2027 - 2029" (tổng mức đầu tư 18,6 tỷ đồng);',
            "Theo đề nghị của Giám đốc Trung tâm Lưu trữ lịch sử tỉnh.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Thành lập Tổ triển khai Dự án (sau đây gọi là Tổ triển khai) gồm: ông Đỗ Mạnh Cường, Phó Giám đốc Sở - Tổ trưởng; bà Trần Thị Hương, Giám đốc Trung tâm Lưu trữ lịch sử - Tổ phó; các thành viên là đại diện lãnh đạo Văn phòng Sở, Phòng Kế hoạch - Tài chính, Phòng Văn thư - Lưu trữ.",
            "Điều 2. Phân công nhiệm vụ",
            "1. Trung tâm Lưu trữ lịch sử tỉnh (đơn vị thực hiện Dự án):",
            "a) Lập kế hoạch chi tiết và dự toán năm 2027 của Dự án, trình Giám đốc Sở trong vòng 20 ngày kể từ ngày Quyết định này có hiệu lực;",
            "b) Chỉnh lý, lập mục lục hồ sơ 1.250 mét giá tài liệu phông Ủy ban nhân dân tỉnh giai đoạn 1976 - 2008: giai đoạn 1 (650 mét giá) hoàn thành trong năm 2027, giai đoạn 2 (600 mét giá) hoàn thành trong năm 2028;",
            "c) Số hóa tài liệu đã chỉnh lý, cập nhật vào Cơ sở dữ liệu tài liệu lưu trữ của tỉnh; hoàn thành trong Quý III/2029.",
            "2. Phòng Kế hoạch - Tài chính: thẩm định dự toán hằng năm của Dự án trong 07 ngày làm việc kể từ ngày nhận đủ hồ sơ do Trung tâm Lưu trữ lịch sử trình.",
            "3. Phòng Văn thư - Lưu trữ:",
            "a) Xây dựng quy trình kiểm tra chất lượng dữ liệu số hóa, trình ban hành trước ngày 30/6/2027;",
            "b) Kiểm tra, nghiệm thu khối lượng chỉnh lý, số hóa từng đợt theo tiến độ của Dự án.",
            "4. Văn phòng Sở: bố trí kho tạm chứa tài liệu tại tầng 1 nhà B, trang bị giá, kệ, thiết bị phòng cháy; hoàn thành trước ngày 15/4/2027.",
            "5. Đề nghị Sở Khoa học và Công nghệ hỗ trợ thẩm định giải pháp kỹ thuật của phần mềm quản lý cơ sở dữ liệu tài liệu lưu trữ.",
            "Điều 3. Tổ trưởng Tổ triển khai báo cáo Giám đốc Sở tiến độ thực hiện Dự án định kỳ vào tuần cuối của mỗi quý.",
            "Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Giám đốc Trung tâm Lưu trữ lịch sử, Trưởng các phòng có liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận: Như Điều 4; UBND tỉnh (b/c); Sở Tài chính; Lưu: VT, VP.",
            "GIÁM ĐỐC",
            "Lương Thị Bích Ngọc",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h321
def h321_docx(h, path: Path) -> None:
    """A Red River Delta commune's **seasonal plan** (scanned): targets in a paragraph (no items),
    a table whose times have no year (`Từ 25/5 đến 10/6`, `Gieo mạ …; cấy xong trước 10/7`), rows led
    by every cooperative or village, a condition, a weekday every week."""
    document = _document(13)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ HẢI ĐÔNG", "Số: 58/KH-UBND"],
        "Hải Đông, ngày 12 tháng 5 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Thu hoạch lúa vụ Xuân, sản xuất vụ Mùa năm 2028",
            "I. MỤC TIÊU: Thu hoạch dứt điểm 640 ha lúa Xuân; gieo cấy 612 ha lúa Mùa, trong đó trà mùa sớm chiếm ≥ 40% diện tích; năng suất bình quân đạt 58 tạ/ha.",
            "II. NHIỆM VỤ, PHÂN CÔNG THỰC HIỆN",
        ],
    )
    table = h.grid_table(
        document, ["TT", "Nội dung", "Bộ phận chủ trì", "Phối hợp", "Thời gian"], [0.4, 2.4, 1.3, 1.2, 1.2]
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Thu hoạch lúa Xuân trà sớm, trà chính; huy động máy gặt đập liên hợp",
                "Các HTX dịch vụ nông nghiệp",
                "Các thôn",
                "Từ 25/5 đến 10/6",
            ],
            [
                "2",
                "Ra quân làm thủy lợi nội đồng, nạo vét kênh cấp III",
                "Phòng Kinh tế",
                "HTX DVNN Đông Bắc, HTX DVNN Đông Nam",
                "Hoàn thành trước 05/6",
            ],
            [
                "3",
                "Cung ứng giống lúa Mùa, bảo đảm cơ cấu giống theo khung thời vụ",
                "HTX dịch vụ nông nghiệp Đông Bắc",
                "Phòng Kinh tế",
                "Trước 01/6",
            ],
            [
                "4",
                "Gieo mạ, làm đất, cấy lúa Mùa",
                "Các thôn",
                "Các HTX dịch vụ nông nghiệp",
                "Gieo mạ 05/6 - 15/6; cấy xong trước 10/7",
            ],
            [
                "5",
                "Tuyên truyền không đốt rơm rạ sau thu hoạch, thu gom vỏ bao bì thuốc bảo vệ thực vật",
                "Phòng Văn hóa - Xã hội",
                "Đoàn Thanh niên, Hội Nông dân xã",
                "Trong thời gian thu hoạch (25/5 - 10/6)",
            ],
            [
                "6",
                "Phòng trừ sâu cuốn lá, rầy nâu hại lúa Mùa",
                "Phòng Kinh tế",
                "Các HTX dịch vụ nông nghiệp",
                "Khi có thông báo của Trạm Trồng trọt và Bảo vệ thực vật",
            ],
            [
                "7",
                "Báo cáo tiến độ thu hoạch, gieo cấy về UBND xã (qua Phòng Kinh tế)",
                "Các HTX, các thôn",
                "",
                "Thứ Năm hằng tuần",
            ],
            [
                "8",
                "Sơ kết sản xuất vụ Mùa năm 2028",
                "Phòng Kinh tế",
                "Văn phòng HĐND và UBND xã",
                "Tháng 10/2028",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "III. KINH PHÍ: Hỗ trợ giống lúa chất lượng cao 180 triệu đồng từ ngân sách xã.",
            "Nơi nhận: Đảng ủy xã (b/c); TT HĐND xã; các HTX, các thôn; Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN — KT. CHỦ TỊCH — PHÓ CHỦ TỊCH",
            "Trần Văn Lực",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h322
def h322_xlsx(h, path: Path) -> None:
    """A Department of Health's **vaccination campaign plan** (to be saved as .ods): the campaign's
    span in a merged row above the header, times counted from it (`Trước chiến dịch 20 ngày`, `Sau
    chiến dịch 10 ngày`, `Trong thời gian chiến dịch`), two rounds in one cell, an output column, a
    review time; a second sheet of costs (no items)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Ke hoach"
    h.sheet_title_rows(
        sheet,
        [
            "SỞ Y TẾ TỈNH HƯNG GIANG",
            "KẾ HOẠCH TRIỂN KHAI CHIẾN DỊCH TIÊM BỔ SUNG VẮC XIN SỞI - RUBELLA CHO TRẺ EM TỪ 1 ĐẾN 5 TUỔI NĂM 2027",
            "(Kèm theo Kế hoạch số 210/KH-SYT ngày 08/9/2027 của Sở Y tế)",
            "Thời gian chiến dịch: từ ngày 18/10/2027 đến ngày 17/11/2027 (đợt 1 và đợt tiêm vét)",
            "",
        ],
        6,
    )
    first = sheet.max_row + 1
    sheet.append(["STT", "Hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kết quả đầu ra"])
    _bold_row(sheet, first)
    for row in [
        [
            1,
            "Điều tra, lập danh sách trẻ em từ 1 đến 5 tuổi trên địa bàn",
            "Trạm Y tế các xã, phường",
            "Trưởng thôn, tổ dân phố",
            "Trước chiến dịch 20 ngày",
            "Danh sách đối tượng",
        ],
        [
            2,
            "Tập huấn cho cán bộ y tế tham gia chiến dịch",
            "Trung tâm Kiểm soát bệnh tật tỉnh",
            "",
            "05/10/2027",
            "100% cán bộ được tập huấn",
        ],
        [
            3,
            "Tiếp nhận, bảo quản, phân bổ vắc xin, vật tư tiêm chủng",
            "Trung tâm Kiểm soát bệnh tật tỉnh",
            "Trung tâm Y tế khu vực",
            "Trước chiến dịch 07 ngày",
            "Đủ vắc xin, bơm kim tiêm",
        ],
        [
            4,
            "Truyền thông về lợi ích của tiêm vắc xin sởi - rubella",
            "Trung tâm Kiểm soát bệnh tật tỉnh",
            "Đài Phát thanh và Truyền hình tỉnh",
            "Trước và trong chiến dịch",
            "Phát sóng 12 lượt",
        ],
        [
            5,
            "Tổ chức tiêm chủng tại điểm tiêm cố định và lưu động",
            "Trạm Y tế các xã, phường",
            "Trường mầm non",
            "Đợt 1: 18/10 - 27/10/2027; Đợt tiêm vét: 08/11 - 17/11/2027",
            "≥ 95% trẻ được tiêm",
        ],
        [
            6,
            "Bố trí đội cấp cứu lưu động, xử trí phản ứng sau tiêm",
            "Bệnh viện Đa khoa tỉnh",
            "Trung tâm Y tế khu vực",
            "Trong thời gian chiến dịch",
            "04 đội cấp cứu",
        ],
        [
            7,
            "Kiểm tra, giám sát chiến dịch tại các xã vùng cao, vùng khó khăn",
            "Phòng Nghiệp vụ Y",
            "Trung tâm Kiểm soát bệnh tật tỉnh",
            "Theo lịch của Đoàn giám sát (Phụ lục 2)",
            "Biên bản giám sát",
        ],
        [
            8,
            "Tổng hợp, báo cáo kết quả chiến dịch về Bộ Y tế (Dự án Tiêm chủng mở rộng)",
            "Trung tâm Kiểm soát bệnh tật tỉnh",
            "",
            "Sau chiến dịch 10 ngày",
            "Báo cáo kết quả",
        ],
    ]:
        sheet.append(row)
    for letter, width in zip("ABCDEF", [6, 46, 28, 26, 30, 24], strict=True):
        sheet.column_dimensions[letter].width = width
    _wrap(sheet, first)
    costs = workbook.create_sheet("Du toan")
    costs.append(["STT", "Nội dung chi", "Thành tiền (đồng)"])
    costs.append([1, "In ấn tài liệu, phiếu tiêm", 48000000])
    costs.append([2, "Hỗ trợ cán bộ tiêm lưu động", 126000000])
    costs.append([3, "Vận chuyển vắc xin", 35000000])
    costs.append(["", "Tổng cộng", "=SUM(C2:C4)"])
    workbook.save(path)


def batch_h313() -> None:
    """Writes h313–h322's binaries (h319's .md and h320's .csv are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h313(h, _out("h313_ct_ubnd_huyen_chong_ret_theo_co_quan.docx"))
    h314(h, _out("h314_phu_luc_chi_tieu_so_gddt_lo_trinh_nam.xlsx"))
    if not shutil.which("soffice"):
        print(
            "soffice not found: the .xls, .doc, .rtf, .ods and the PDFs were not regenerated", file=sys.stderr
        )
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h315_xlsx, "h315_kh_giam_sat_hoi_phu_nu_du_kien_dieu_chinh.xlsx", "xls"),
                (h316_docx, "h316_bc_quy_so_xay_dung_nhiem_vu_quy_sau.docx", "doc"),
                (h317_docx, "h317_bien_ban_giao_ban_thanh_tra_tinh_ket_luan.docx", "pdf"),
                (h318_docx, "h318_qd_so_noi_vu_phan_cong_du_an_luu_tru.docx", "rtf"),
                (h322_xlsx, "h322_kh_chien_dich_tiem_chung_so_y_te_truoc_sau.xlsx", "ods"),
            ],
            _out,
        )
        # the commune's plan: printed to a PDF, then scanned at 200 dpi (image only, slightly skewed)
        name = "h321_kh_mua_vu_xa_dong_bang_ban_quet"
        h321_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}_text.pdf")
        h.rasterise(tmp / f"{name}_text.pdf", _out(f"{name}.pdf"), scale=200 / 72)


if __name__ == "__main__":
    batch_h313()
