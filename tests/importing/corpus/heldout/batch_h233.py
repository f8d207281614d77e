"""Writes the binaries of the held-out documents h233–h242 (helper h13author20).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h233`.
Every text below is own-authored (other names, units, places, dates and tasks) in how communes,
their schools, health stations, cooperatives, police and military commands and Party and mass
organisations commonly produce these ordinary kinds after the 2025 two-level local government
reform (communes report to the province; no districts); no third-party text is stored. The .txt,
.csv and .html documents of the batch are written by hand and live beside the output. Like
`make_docs.py` this writes **only the documents**: their expected items (`expected/`) were written
by hand from the document text before the importer was first run on them. The writer helpers
(national header, grid tables, full-width rows, LibreOffice conversion) are `make_docs.py`'s. The
.odt, .ods, .doc, .xls and the PDF need LibreOffice (`soffice`); their bytes differ run to run, so
regenerate only on purpose.
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from datetime import date
from functools import partial
from pathlib import Path

from batch_common import DOCS, convert_each, out_path
from batch_common import document as _document
from batch_common import fill_rows as _rows
from batch_common import wrap as _wrap
from batch_common import writers as _writers

# Documents moved to the main corpus after they were used for tuning: written into ../docs (MOVED).
_MOVED = {
    "h234_kh_ban_chqs_xa_ngay_trong_o_thang",  # h13fixKD
    "h235_kh_cong_an_xa_nhan_viet_tat_ct_ph_tg",  # h13fixKE
    "h237_tbkl_chu_tich_xa_giao_chuc_danh_ngay_lam_viec",  # h13fixKC
    "h241_nq_chi_bo_ap_giao_dong_chi_chi_hoi",  # h13fixKE
    "h242_phan_cong_khai_giang_thcs_han_truoc_viec",  # h13fixKD
}

_out = partial(out_path, moved=_MOVED)


# -------------------------------------------------------------------------------------------- h233
def h233(h, path: Path) -> None:
    """A commune People's Committee's yearly programme after the two-level reform: `Cơ quan tham
    mưu` as the lead, a `Cấp quyết định` column (no lead), a leader column, `Thời gian trình` with
    sessions and meetings (`Phiên họp tháng 3`, `Kỳ họp giữa năm (tháng 7/2027)`), a closing duty."""
    document = _document(12)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHƯỚC", "Số: 12/CTr-UBND"],
        "Tân Phước, ngày 06 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH",
            "Công tác năm 2027 của Ủy ban nhân dân xã Tân Phước",
            "Căn cứ Chương trình công tác năm 2027 của Ủy ban nhân dân tỉnh Đồng Lâm; Nghị quyết của Hội đồng nhân dân xã về nhiệm vụ phát triển kinh tế - xã hội năm 2027, Ủy ban nhân dân xã ban hành Chương trình công tác năm 2027 như sau:",
            "I. YÊU CẦU",
            "Chương trình bám sát chức năng, nhiệm vụ của chính quyền cấp xã theo mô hình chính quyền địa phương hai cấp; xác định rõ cơ quan tham mưu, cấp quyết định và thời gian trình từng nội dung.",
            "II. DANH MỤC NỘI DUNG",
        ],
    )
    table = h.grid_table(
        document,
        [
            "STT",
            "Nội dung",
            "Cơ quan tham mưu",
            "Cơ quan phối hợp",
            "Cấp quyết định",
            "Lãnh đạo phụ trách",
            "Thời gian trình",
        ],
        [0.4, 3.0, 1.4, 1.4, 1.0, 1.1, 1.3],
    )
    h.full_width_row(table, "A. NỘI DUNG TRÌNH HỘI ĐỒNG NHÂN DÂN XÃ")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2027",
                "Văn phòng HĐND và UBND xã",
                "Phòng Kinh tế; Phòng Văn hóa - Xã hội",
                "HĐND xã",
                "Chủ tịch Trần Minh Đức",
                "Kỳ họp giữa năm (tháng 7/2027)",
            ],
            [
                "2",
                "Nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 của xã",
                "Phòng Kinh tế",
                "Văn phòng HĐND và UBND xã",
                "HĐND xã",
                "PCT Lê Thị Hồng Vân",
                "Tháng 7, 8",
            ],
            [
                "3",
                "Đề án sắp xếp, đặt tên ấp và khu dân cư sau hợp nhất",
                "Phòng Văn hóa - Xã hội và Văn phòng HĐND và UBND xã",
                "Ban công tác Mặt trận các ấp",
                "HĐND xã",
                "PCT Nguyễn Văn Hậu",
                "Quý III/2027",
            ],
        ],
    )
    h.full_width_row(table, "B. NỘI DUNG UBND XÃ, CHỦ TỊCH UBND XÃ QUYẾT ĐỊNH")
    _rows(
        h,
        table,
        [
            [
                "4",
                "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2027",
                "Ban Chỉ huy quân sự xã",
                "Công an xã; Trạm Y tế xã",
                "UBND xã",
                "PCT Nguyễn Văn Hậu",
                "Phiên họp tháng 3",
            ],
            [
                "5",
                "Quyết định công bố danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công xã",
                "Trung tâm Phục vụ hành chính công xã",
                "Văn phòng HĐND và UBND xã",
                "Chủ tịch UBND xã",
                "Chủ tịch Trần Minh Đức",
                "Tháng 02/2027",
            ],
            [
                "6",
                "Kế hoạch bảo đảm an ninh, trật tự dịp Tết Nguyên đán Mậu Thân 2028",
                "Công an xã",
                "Ban Chỉ huy quân sự xã",
                "UBND xã",
                "Chủ tịch Trần Minh Đức",
                "Tháng 11, 12",
            ],
            [
                "7",
                "Phương án hỗ trợ hộ nghèo, hộ cận nghèo cải tạo nhà ở năm 2027",
                "Phòng Văn hóa - Xã hội",
                "Ủy ban MTTQ Việt Nam xã",
                "UBND xã",
                "PCT Lê Thị Hồng Vân",
                "Quý II",
            ],
        ],
    )
    h.full_width_row(table, "C. NỘI DUNG UBND XÃ TRÌNH UBND TỈNH")
    _rows(
        h,
        table,
        [
            [
                "8",
                "Hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao",
                "Phòng Kinh tế",
                "Các cơ quan chuyên môn",
                "UBND tỉnh",
                "PCT Lê Thị Hồng Vân",
                "15/10/2027",
            ],
            [
                "9",
                "Báo cáo rà soát quy hoạch chung xã đến năm 2035",
                "Phòng Kinh tế",
                "Văn phòng HĐND và UBND xã",
                "UBND tỉnh",
                "PCT Lê Thị Hồng Vân",
                "Sau khi có hướng dẫn của Sở Xây dựng",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Thủ trưởng các cơ quan tham mưu chủ động xây dựng dự thảo, bảo đảm chất lượng và đúng thời gian trình theo Chương trình.",
            "2. Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện Chương trình, tổng hợp báo cáo Chủ tịch UBND xã tại phiên họp thường kỳ trước ngày 25 hằng tháng.",
            "Trong quá trình thực hiện, nếu có nội dung cần điều chỉnh, bổ sung, các cơ quan báo cáo Chủ tịch UBND xã (qua Văn phòng HĐND và UBND xã) để xem xét, quyết định./.",
            "Nơi nhận: UBND tỉnh (b/c); TT Đảng ủy, TT HĐND xã; Các cơ quan chuyên môn; Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN — CHỦ TỊCH",
            "Trần Minh Đức",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h234
def h234(h, path: Path) -> None:
    """A commune military command's yearly plan: month columns `T1`…`T12` holding the **day of the
    month** (`03`, `12-16`, `25` every month) rather than marks, a force column, a person column."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH 2027"
    width = 17
    h.sheet_title_rows(
        sheet,
        [
            "ĐẢNG ỦY QUÂN SỰ TỈNH ĐỒNG LÂM - BAN CHỈ HUY QUÂN SỰ XÃ TÂN PHƯỚC",
            "KẾ HOẠCH CÔNG TÁC QUỐC PHÒNG, QUÂN SỰ ĐỊA PHƯƠNG NĂM 2027",
            "(Kèm theo Kế hoạch số 05/KH-BCH ngày 04/01/2027 của Ban Chỉ huy quân sự xã)",
            "",
        ],
        width,
    )
    header = ["TT", "Nội dung", "Lực lượng thực hiện", "Người phụ trách"] + [None] * 12 + ["Ghi chú"]
    sheet.append(header)
    top = sheet.max_row
    sheet.cell(top, 5, "Thời gian thực hiện (ngày trong tháng)")
    sheet.merge_cells(start_row=top, start_column=5, end_row=top, end_column=16)
    sheet.append([None, None, None, None] + [f"T{month}" for month in range(1, 13)] + [None])
    for column in (1, 2, 3, 4, 17):
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    for cell in list(sheet[top]) + list(sheet[top + 1]):
        cell.font = Font(bold=True)

    def row(number, content, force, person, days: dict[int, str], note=""):
        values = [number, content, force, person] + [days.get(month, "") for month in range(1, 13)] + [note]
        sheet.append(values)

    row("1", "Tổ chức Lễ giao nhận quân năm 2027", "Hội đồng nghĩa vụ quân sự xã", "Đ/c Tư - CHT", {3: "03"})
    row(
        "2",
        "Huấn luyện dân quân cơ động năm thứ nhất (2 đợt)",
        "Trung đội dân quân cơ động",
        "Đ/c Lâm - CHP",
        {4: "12-16", 5: "10-14"},
        "Tại thao trường ấp Phước Lộc",
    )
    row(
        "3",
        "Đăng ký nghĩa vụ quân sự cho công dân nam đủ 17 tuổi",
        "Ban CHQS xã",
        "Đ/c Lâm - CHP",
        {4: "01-30"},
    )
    row("4", "Huấn luyện dân quân tại chỗ các ấp", "Ban CHQS xã", "Đ/c Lâm - CHP", {6: "07-11"})
    row(
        "5",
        "Diễn tập chiến đấu phòng thủ xã năm 2027",
        "Ban CHQS xã; Công an xã",
        "Đ/c Tư - CHT",
        {9: "22-23"},
        "Theo Quyết định của Bộ CHQS tỉnh",
    )
    row(
        "6",
        "Sơ tuyển sức khỏe công dân nhập ngũ năm 2028",
        "Hội đồng nghĩa vụ quân sự xã",
        "Đ/c Tư - CHT",
        {10: "15"},
        "Phối hợp Trạm Y tế xã",
    )
    row(
        "7",
        "Tuần tra, canh gác bảo vệ mục tiêu dịp Tết Nguyên đán Đinh Mùi",
        "Tiểu đội dân quân thường trực",
        "Đ/c Khoa - CTV",
        {1: "25-31", 2: "01-14"},
    )
    row("8", "Giao ban Ban CHQS xã", "Ban CHQS xã", "Đ/c Tư - CHT", dict.fromkeys(range(1, 13), "25"))
    row(
        "9",
        "Sơ kết 6 tháng, tổng kết công tác quốc phòng, quân sự địa phương năm 2027",
        "Ban CHQS xã",
        "Đ/c Tư - CHT",
        {6: "28", 12: "18"},
    )
    sheet.append([])
    sheet.append(
        ["Ghi chú: số trong ô là ngày thực hiện trong tháng; 12-16 là từ ngày 12 đến ngày 16 của tháng đó."]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    sheet.append([])
    sheet.append([None, None, "CHỈ HUY TRƯỞNG"])
    sheet.append([None, None, "Phạm Văn Tư"])
    for column, value in zip("ABCD", [5, 46, 26, 16], strict=True):
        sheet.column_dimensions[column].width = value
    for index in range(5, 17):
        sheet.column_dimensions[sheet.cell(top + 1, index).column_letter].width = 6
    sheet.column_dimensions["Q"].width = 24
    _wrap(sheet, top)
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h235
def h235_docx(h, path: Path) -> None:
    """A commune police's summer campaign plan: each numbered measure followed by a line of
    abbreviated labels `CT: …; PH: …; TG: …` that the plan defines once in its own text."""
    document = _document()
    h.national_header(
        document,
        ["CÔNG AN TỈNH ĐỒNG LÂM", "CÔNG AN XÃ TÂN PHƯỚC", "Số: 214/KH-CAX"],
        "Tân Phước, ngày 24 tháng 5 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Mở đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự dịp hè năm 2027",
            "Thực hiện Kế hoạch của Công an tỉnh về đợt cao điểm tấn công, trấn áp tội phạm dịp hè năm 2027, Công an xã Tân Phước xây dựng Kế hoạch thực hiện trên địa bàn xã như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Kiềm chế, kéo giảm tội phạm và vi phạm pháp luật; bảo đảm an toàn cho thanh thiếu niên, học sinh trong dịp hè; đợt cao điểm thực hiện từ ngày 01/6/2027 đến ngày 31/8/2027.",
            "II. NỘI DUNG, BIỆN PHÁP",
            "(Trong mục này, CT là đơn vị chủ trì, PH là đơn vị phối hợp, TG là thời gian thực hiện.)",
            "1. Rà soát, lập danh sách các đối tượng nghiện, sử dụng trái phép chất ma túy, đối tượng có tiền án, tiền sự cư trú trên địa bàn; phân công cán bộ theo dõi, quản lý.",
            "CT: Tổ Cảnh sát khu vực; PH: Trưởng ấp các ấp; TG: trước ngày 15/6/2027.",
            "2. Tuần tra, kiểm soát vào ban đêm tại các tuyến đường liên ấp, khu vực bến sông, điểm kinh doanh trò chơi điện tử.",
            "CT: Tổ Cảnh sát trật tự; PH: Ban Chỉ huy quân sự xã, lực lượng bảo vệ an ninh, trật tự ở cơ sở; TG: trong đợt cao điểm.",
            "3. Kiểm tra, hướng dẫn phòng cháy, chữa cháy tại các cơ sở kinh doanh karaoke, nhà trọ, chợ Tân Phước.",
            "CT: Tổ Phòng cháy, chữa cháy và cứu nạn, cứu hộ; PH: Phòng Kinh tế; TG: tháng 6/2027.",
            "4. Tuyên truyền phòng, chống đuối nước, tai nạn giao thông và tội phạm trên không gian mạng cho học sinh tại các điểm sinh hoạt hè.",
            "CT: Tổ Tổng hợp; PH: Đoàn Thanh niên xã, Trường THCS Tân Phước; TG: 05/7 - 20/7/2027.",
            "5. Nắm tình hình an ninh nông thôn, tranh chấp đất đai, khiếu kiện đông người; kịp thời tham mưu Đảng ủy, UBND xã giải quyết từ cơ sở.",
            "CT: Tổ An ninh; PH: Văn phòng HĐND và UBND xã; TG: hằng tuần (báo cáo vào thứ Sáu).",
            "6. Vận động nhân dân giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ.",
            "CT: Tổ Cảnh sát khu vực; PH: Ủy ban MTTQ Việt Nam xã, Hội Cựu chiến binh xã; TG: tháng 7 - tháng 8/2027.",
            "7. Truy bắt đối tượng truy nã, vận động đối tượng ra đầu thú.",
            "CT: Tổ Cảnh sát hình sự; PH: Công an các xã giáp ranh; TG: khi có yêu cầu của Công an tỉnh.",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Các tổ công tác căn cứ nhiệm vụ được giao chủ động triển khai, bảo đảm đúng tiến độ.",
            "2. Tổ Tổng hợp tổng hợp kết quả đợt cao điểm, báo cáo Công an tỉnh (qua Phòng Tham mưu) trước ngày 05/9/2027.",
            "Nơi nhận: Công an tỉnh (Phòng Tham mưu); Đảng ủy, UBND xã; Các tổ công tác; Lưu: CAX.",
            "TRƯỞNG CÔNG AN XÃ",
            "Thiếu tá Đỗ Quang Vinh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h236
def h236_xlsx(h, path: Path) -> None:
    """A cooperative's season plan: `Từ ngày` / `Đến ngày` **date cells shown as `DD/MM`** (the
    year only in the cell's value and the title), section rows, a supervisor column, `Thường xuyên`
    and `Sau thu hoạch` in the end column."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Vu Mua 2027"
    width = 7
    h.sheet_title_rows(
        sheet,
        [
            "HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ TÂN PHƯỚC",
            "KẾ HOẠCH SẢN XUẤT, DỊCH VỤ VỤ MÙA NĂM 2027",
            "(Thông qua tại cuộc họp Hội đồng quản trị ngày 02/6/2027)",
            "",
        ],
        width,
    )
    sheet.append(
        [
            "TT",
            "Hạng mục công việc",
            "Tổ/bộ phận thực hiện",
            "Người giám sát",
            "Từ ngày",
            "Đến ngày",
            "Ghi chú",
        ]
    )
    top = sheet.max_row
    for cell in sheet[top]:
        cell.font = Font(bold=True)

    def section(text):
        sheet.append([text])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)

    def row(number, content, unit, person, start, end, note=""):
        sheet.append([number, content, unit, person, start, end, note])
        for column in (5, 6):
            cell = sheet.cell(sheet.max_row, column)
            if isinstance(cell.value, date):
                cell.number_format = "DD/MM"

    section("I. DỊCH VỤ THỦY LỢI")
    row(
        "1",
        "Nạo vét kênh nội đồng N3, N5 trước khi xuống giống",
        "Tổ dịch vụ thủy nông",
        "Ông Hồ Văn Sáu (PGĐ)",
        date(2027, 6, 10),
        date(2027, 6, 25),
        "Khối lượng 1.800 m³",
    )
    row(
        "2",
        "Điều tiết nước tưới cho 320 ha lúa vụ Mùa",
        "Tổ dịch vụ thủy nông",
        "Ông Hồ Văn Sáu (PGĐ)",
        date(2027, 7, 1),
        "Thường xuyên",
    )
    section("II. DỊCH VỤ GIỐNG, VẬT TƯ")
    row(
        "3",
        "Ký hợp đồng cung ứng giống lúa ST25, OM18 với các hộ thành viên",
        "Tổ dịch vụ vật tư",
        "Bà Lý Thị Mai (KSV)",
        date(2027, 6, 5),
        date(2027, 6, 20),
    )
    row(
        "4",
        "Cung ứng phân bón đợt 1 theo đăng ký của thành viên",
        "Tổ dịch vụ vật tư",
        "Bà Lý Thị Mai (KSV)",
        date(2027, 7, 5),
        date(2027, 7, 12),
    )
    row(
        "5",
        "Điều tra, dự báo sâu bệnh; hướng dẫn phun thuốc theo nguyên tắc 4 đúng",
        "Tổ bảo vệ thực vật",
        "Ông Hồ Văn Sáu (PGĐ)",
        date(2027, 7, 15),
        date(2027, 10, 15),
        "Phối hợp Phòng Kinh tế xã",
    )
    section("III. TIÊU THỤ SẢN PHẨM VÀ TÀI CHÍNH")
    row(
        "6",
        "Ký hợp đồng bao tiêu lúa hàng hóa với Công ty Lương thực Đồng Lâm",
        "Ban quản trị HTX",
        "Bà Lý Thị Mai (KSV)",
        date(2027, 8, 1),
        date(2027, 8, 30),
    )
    row(
        "7",
        "Thu hồi công nợ dịch vụ vụ Mùa",
        "Bộ phận kế toán",
        "Ban kiểm soát",
        date(2027, 10, 20),
        "Sau thu hoạch 15 ngày",
    )
    row(
        "8",
        "Báo cáo kết quả vụ Mùa trình Đại hội thành viên thường niên",
        "Ban quản trị HTX",
        "Ban kiểm soát",
        date(2027, 11, 1),
        date(2027, 11, 30),
    )
    sheet.append([])
    sheet.append([None, "Ngày xuống giống tập trung dự kiến: 28/6 - 08/7 (theo lịch thời vụ của UBND xã)."])
    sheet.append([])
    sheet.append([None, None, None, "GIÁM ĐỐC"])
    sheet.append([None, None, None, "Võ Thành Nhân"])
    for column, value in zip("ABCDEFG", [5, 52, 24, 22, 11, 20, 26], strict=True):
        sheet.column_dimensions[column].width = value
    _wrap(sheet, top)
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h237
def h237_docx(h, path: Path) -> None:
    """A commune chairman's conclusions at the monthly briefing: each assignment opened `Giao
    <post> …` (the post names its body), dues in words (`chậm nhất ngày 28 tháng 5 năm 2027`), in
    **working days from the meeting**, a festival span, `ngay sau cuộc họp`, an approval."""
    document = _document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHƯỚC", "Số: 87/TB-UBND"],
        "Tân Phước, ngày 17 tháng 5 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 5 năm 2027",
            "Ngày 14/5/2027, Chủ tịch UBND xã Trần Minh Đức chủ trì cuộc họp giao ban tháng 5 năm 2027. Tham dự có các Phó Chủ tịch UBND xã, thủ trưởng các cơ quan chuyên môn, đơn vị sự nghiệp thuộc UBND xã, Trưởng Công an xã, Chỉ huy trưởng Ban Chỉ huy quân sự xã. Sau khi nghe báo cáo và ý kiến của các thành viên, Chủ tịch UBND xã kết luận như sau:",
            "1. Trong tháng 4 và nửa đầu tháng 5, các cơ quan đã tích cực triển khai nhiệm vụ; thu ngân sách trên địa bàn đạt 41% dự toán; tỉ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 98,6%. Tuy nhiên, việc xử lý hồ sơ đất đai còn chậm, tỉ lệ nộp hồ sơ trực tuyến còn thấp.",
            "2. Thống nhất đề xuất của Phòng Kinh tế về việc điều chỉnh lịch thời vụ vụ Mùa năm 2027 sớm hơn 05 ngày so với kế hoạch.",
            "3. Nhiệm vụ trọng tâm thời gian tới:",
            "a) Giao Trưởng Phòng Kinh tế chủ trì, phối hợp với Trung tâm Phục vụ hành chính công xã rà soát toàn bộ hồ sơ đăng ký đất đai tồn đọng, phân loại nguyên nhân, đề xuất hướng xử lý, báo cáo Chủ tịch UBND xã chậm nhất ngày 28 tháng 5 năm 2027.",
            "b) Giao Chỉ huy trưởng Ban Chỉ huy quân sự xã hoàn chỉnh phương án ứng phó bão, lũ và sơ tán dân vùng trũng ven sông Tân Phước, trình UBND xã phê duyệt trong vòng 07 ngày làm việc kể từ ngày họp.",
            "c) Giao Trưởng Công an xã chủ trì bảo đảm an ninh, trật tự, an toàn giao thông trong thời gian diễn ra Lễ hội Đình Tân Phước (từ ngày 02 đến ngày 04/6/2027); đồng chí Phó Chủ tịch UBND xã Nguyễn Văn Hậu trực tiếp chỉ đạo.",
            "d) Giao Giám đốc Trung tâm Phục vụ hành chính công xã bố trí công chức hướng dẫn người dân nộp hồ sơ trực tuyến tại bộ phận một cửa; báo cáo kết quả vào chiều thứ Sáu hằng tuần.",
            "đ) Giao Trưởng Phòng Văn hóa - Xã hội phối hợp với Trạm Y tế xã tổ chức chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ em từ 1 đến 5 tuổi, hoàn thành trong quý II.",
            "e) Giao Trạm trưởng Trạm Y tế xã tăng cường giám sát ca bệnh sốt xuất huyết tại ấp Phước Lộc và ấp Bình Thạnh, triển khai phun hóa chất diệt muỗi ngay sau cuộc họp.",
            "g) Giao Chánh Văn phòng HĐND và UBND xã tổng hợp, xây dựng dự thảo Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2027, trình Chủ tịch UBND xã trước ngày 10/6.",
            "4. Đề nghị Hội Liên hiệp Phụ nữ xã và Đoàn Thanh niên xã phối hợp vận động hội viên, đoàn viên tham gia ra quân vệ sinh môi trường, khơi thông cống rãnh trước phiên họp UBND xã tháng 6.",
            "Văn phòng HĐND và UBND xã thông báo để các cơ quan, đơn vị biết, thực hiện./.",
            "Nơi nhận: TT Đảng ủy xã (b/c); CT, các PCT UBND xã; Các cơ quan, đơn vị dự họp; Lưu: VT.",
            "TL. CHỦ TỊCH — CHÁNH VĂN PHÒNG",
            "Huỳnh Thị Ngọc Anh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h241
def h241_docx(h, path: Path) -> None:
    """A hamlet Party cell's monthly resolution: last month's results (no items), then `II. NHIỆM
    VỤ THÁNG 6` dash tasks each ending `giao đồng chí <name>, <post of a branch>, thực hiện` or
    naming the branch, dues `trong tháng`, `trước ngày 20/6`, `dịp 27/7` (next month), a standing
    duty."""
    document = _document()
    h.national_header(
        document,
        ["ĐẢNG BỘ XÃ TÂN PHƯỚC", "CHI BỘ ẤP PHƯỚC LỘC", "*", "Số 06-NQ/CB"],
        "Phước Lộc, ngày 30 tháng 5 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "NGHỊ QUYẾT",
            "Sinh hoạt chi bộ thường kỳ tháng 5 năm 2027",
            "Ngày 30/5/2027, Chi bộ ấp Phước Lộc tổ chức sinh hoạt thường kỳ tháng 5. Có mặt 21/23 đảng viên (vắng 02 có lý do). Đồng chí Trần Văn Bảy, Bí thư Chi bộ, chủ trì.",
            "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 5",
            "- Chi hội Phụ nữ ấp vận động 12 hộ tham gia mô hình “Nhà sạch, vườn đẹp”.",
            "- Chi đoàn ấp tổ chức 02 buổi dọn vệ sinh tuyến đường liên ấp; thu đảng phí đạt 100%.",
            "II. NHIỆM VỤ THÁNG 6 NĂM 2027",
            "Chi bộ thống nhất lãnh đạo thực hiện các nhiệm vụ sau:",
            "1. Vận động các hộ còn lại đăng ký tham gia bảo hiểm y tế hộ gia đình, phấn đấu đạt 95% dân số ấp có thẻ; giao đồng chí Lê Thị Thu, Chi hội trưởng Chi hội Phụ nữ ấp, thực hiện, hoàn thành trong tháng.",
            "2. Tổ chức cho đoàn viên, thanh niên ra quân “Ngày Chủ nhật xanh” khơi thông cống rãnh, phát quang bụi rậm phòng chống sốt xuất huyết; giao Chi đoàn ấp thực hiện vào sáng Chủ nhật 13/6.",
            "3. Rà soát, lập danh sách hội viên cựu chiến binh có hoàn cảnh khó khăn để đề nghị hỗ trợ dịp 27/7; giao đồng chí Nguyễn Văn Hùng, Chi hội trưởng Chi hội Cựu chiến binh ấp, thực hiện, gửi danh sách về Hội Cựu chiến binh xã trước ngày 20/6.",
            "4. Lấy ý kiến nhân dân về dự thảo phương án đặt tên ấp sau hợp nhất, tổng hợp gửi UBND xã; giao Ban công tác Mặt trận ấp phối hợp Trưởng ấp thực hiện, xong trước ngày 25/6.",
            "5. Duy trì tuần tra, giữ gìn an ninh, trật tự trên địa bàn ấp vào ban đêm; giao Tổ bảo vệ an ninh, trật tự ấp thực hiện thường xuyên.",
            "6. Chuẩn bị nội dung sinh hoạt chuyên đề quý II “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”; giao đồng chí Phó Bí thư Chi bộ chuẩn bị, thông qua tại kỳ sinh hoạt chi bộ ngày 29/6.",
            "7. Hoàn thành thu đảng phí quý II, nộp về Văn phòng Đảng ủy xã; giao đồng chí Trần Văn Bảy, Bí thư Chi bộ, thực hiện trước ngày 30/6.",
            "8. Phân công đảng viên theo dõi, giúp đỡ 02 quần chúng ưu tú (Nguyễn Minh Tâm, Lê Hoàng Phúc) để đề nghị kết nạp trong quý III/2027.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Các đồng chí đảng viên căn cứ Nghị quyết chủ động tổ chức thực hiện./.",
            "Nơi nhận: Đảng ủy xã (b/c); Đảng viên trong Chi bộ; Lưu Chi bộ.",
            "T/M CHI BỘ — BÍ THƯ",
            "Trần Văn Bảy",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h242
def h242_xlsx(h, path: Path) -> None:
    """A lower-secondary school's opening-ceremony plan: the assignment table puts the **due before
    the lead** (`Hoàn thành` second), dues with a session or clock time (`Sáng 04/9 (tổng duyệt)`,
    `07g00 ngày 05/9`), `Giáo viên chủ nhiệm lớp 6` (a kind of people), a police coordination."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Phan cong"
    width = 6
    h.sheet_title_rows(
        sheet,
        [
            "UBND XÃ TÂN PHƯỚC - TRƯỜNG THCS TÂN PHƯỚC",
            "BẢNG PHÂN CÔNG NHIỆM VỤ TỔ CHỨC LỄ KHAI GIẢNG NĂM HỌC 2027 - 2028",
            "(Kèm theo Kế hoạch số 41/KH-THCS ngày 16/8/2027; Lễ khai giảng tổ chức lúc 07g00 Chủ nhật, ngày 05/9/2027)",
            "",
        ],
        width,
    )
    sheet.append(["STT", "Hoàn thành", "Công việc", "Bộ phận thực hiện", "Phối hợp", "Ghi chú"])
    top = sheet.max_row
    for cell in sheet[top]:
        cell.font = Font(bold=True)
    rows = [
        [
            "1",
            "Trước 25/8",
            "Xây dựng kịch bản chương trình buổi lễ, phân công người dẫn chương trình",
            "Ban Giám hiệu",
            "Tổ Ngữ văn - GDCD",
            "",
        ],
        [
            "2",
            "28/8/2027",
            "Tổng vệ sinh trường lớp, cắt tỉa cây xanh, sơn lại cổng trường",
            "Tổ Văn phòng",
            "Ban đại diện cha mẹ học sinh",
            "",
        ],
        [
            "3",
            "Trước 01/9",
            "Trang trí khánh tiết sân khấu, phông chữ, cờ hoa",
            "Đoàn trường",
            "Liên đội",
            "Theo mẫu của Sở GDĐT",
        ],
        ["4", "02/9 - 03/9", "Tập văn nghệ chào mừng (03 tiết mục)", "Liên đội", "Tổ Nghệ thuật", ""],
        [
            "5",
            "Sáng 04/9 (tổng duyệt)",
            "Tổng duyệt chương trình buổi lễ, âm thanh, ánh sáng",
            "Ban Giám hiệu",
            "Tổ Văn phòng; Liên đội",
            "",
        ],
        [
            "6",
            "Sáng 04/9 (tổng duyệt)",
            "Đón học sinh lớp 6, hướng dẫn vị trí ngồi và nghi thức chào cờ",
            "Giáo viên chủ nhiệm lớp 6",
            "",
            "",
        ],
        [
            "7",
            "07g00 ngày 05/9",
            "Bảo đảm an ninh, trật tự và an toàn giao thông trước cổng trường",
            "Tổ Bảo vệ",
            "Công an xã Tân Phước",
            "Đã có Công văn số 43/THCS",
        ],
        [
            "8",
            "Trước 10/9",
            "Viết tin, bài và cập nhật hình ảnh buổi lễ lên trang thông tin điện tử của trường",
            "Tổ Tin học",
            "",
            "",
        ],
        [
            "9",
            "Trước 12/9",
            "Tổng hợp kinh phí, thanh quyết toán theo quy định",
            "Bộ phận Kế toán",
            "Tổ Văn phòng",
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.append([])
    sheet.append(["Các bộ phận báo cáo tiến độ tại cuộc họp hội đồng sư phạm ngày 30/8/2027 (thứ Hai)."])
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    sheet.append([])
    sheet.append([None, None, None, "HIỆU TRƯỞNG"])
    sheet.append([None, None, None, "Đặng Thị Kim Loan"])
    for column, value in zip("ABCDEF", [6, 20, 56, 26, 28, 24], strict=True):
        sheet.column_dimensions[column].width = value
    _wrap(sheet, top)
    workbook.save(path)


def batch_h233() -> None:
    """Writes h233–h242's binaries (the .txt, .csv and .html are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h233(h, DOCS / "h233_ctr_ubnd_xa_co_quan_tham_muu_cap_quyet_dinh.docx")
    h234(h, _out("h234_kh_ban_chqs_xa_ngay_trong_o_thang.xlsx"))
    if not shutil.which("soffice"):
        print(
            "soffice not found: the .odt, .ods, .doc, .xls and the PDF were not regenerated", file=sys.stderr
        )
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h235_docx, "h235_kh_cong_an_xa_nhan_viet_tat_ct_ph_tg.docx", "odt"),
                (h236_xlsx, "h236_kh_htx_vu_mua_ngay_khong_nam.xlsx", "ods"),
                (h237_docx, "h237_tbkl_chu_tich_xa_giao_chuc_danh_ngay_lam_viec.docx", "pdf"),
                (h241_docx, "h241_nq_chi_bo_ap_giao_dong_chi_chi_hoi.docx", "doc"),
                (h242_xlsx, "h242_phan_cong_khai_giang_thcs_han_truoc_viec.xlsx", "xls"),
            ],
            _out,
        )


if __name__ == "__main__":
    batch_h233()
