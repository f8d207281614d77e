"""Writes the binaries of the held-out documents h303–h312 (helper h13author27).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h303`.
Every text below is own-authored (other names, units, places, dates and tasks) in how the bodies of
the Mekong Delta and South-East provinces (a Department of Finance, a commune, a provincial
hospital, a university, a provincial Party committee's board, a provincial Youth Union) commonly
produce these documents; no third-party text is stored. The .md, .csv, .html and .txt documents of
the batch are written by hand and live beside the output. Like `make_docs.py` this writes **only the
documents**: their expected items (`expected/`) were written by hand from the document text before
the importer was first run on them. The writer helpers are `make_docs.py`'s. The .odt, .ods and the
PDFs need LibreOffice (`soffice`); their bytes differ run to run, so regenerate only on purpose.
Conversions run one after another (never in parallel).
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
    "h307_kh_di_doi_benh_vien_ngay_n",  # h13fixMC
    "h308_kh_nam_hoc_dai_hoc_tuan_thu_tu",  # h13fixMA
    "h309_hd_tuyen_truyen_ban_tgdv_tinh_uy_ngay_ky_niem",  # h13fixNC
    "h306_kh_han_man_xa_giai_doan_ban_quet",  # h13fixNE
    "h304_kh_giai_ngan_so_tai_chinh_luy_ke_phan_tram",  # h13fixND
}

_wrap = partial(wrap, vertical="top")
_out = partial(out_path, moved=_MOVED)


# -------------------------------------------------------------------------------------------- h304
def h304(h, path: Path) -> None:
    """A Department of Finance's disbursement plan for public investment: **chủ đầu tư rows merged
    across the sheet** lead the projects under them; a two-row header puts **five cumulative-%
    columns headed by dates** (`Đến 31/3/2028` … `Đến 31/01/2029`) under one label: a project is due
    on the date of the column where it reaches 100%. A withdrawn project, a follow-up officer column,
    money and SUM rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH giai ngan 2028"
    h.sheet_title_rows(
        sheet,
        [
            "UBND TỈNH HẬU ĐIỀN - SỞ TÀI CHÍNH",
            "KẾ HOẠCH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NGUỒN NGÂN SÁCH TỈNH NĂM 2028",
            "(Kèm theo Công văn số 845/STC-ĐT ngày 20/02/2028 của Sở Tài chính)",
            "Đơn vị tính: triệu đồng; tỷ lệ giải ngân lũy kế (%)",
        ],
        10,
    )
    sheet.append(
        [
            "STT",
            "Chủ đầu tư / Dự án",
            "Kế hoạch vốn năm 2028",
            "Tiến độ giải ngân lũy kế (%)",
            "",
            "",
            "",
            "",
            "Cán bộ theo dõi (Sở Tài chính)",
            "Ghi chú",
        ]
    )
    first = sheet.max_row
    sheet.append(
        [
            "",
            "",
            "",
            "Đến 31/3/2028",
            "Đến 30/6/2028",
            "Đến 30/9/2028",
            "Đến 31/12/2028",
            "Đến 31/01/2029",
            "",
            "",
        ]
    )
    second = sheet.max_row
    for column in (1, 2, 3, 9, 10):
        sheet.merge_cells(start_row=first, start_column=column, end_row=second, end_column=column)
    sheet.merge_cells(start_row=first, start_column=4, end_row=first, end_column=8)
    for row in (first, second):
        for cell in sheet[row]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def group(mark: str, name: str, projects: list[list]) -> None:
        sheet.append([mark, name])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=10)
        for cell in sheet[row]:
            cell.font = Font(bold=True)
        for project in projects:
            sheet.append(project)

    group(
        "I",
        "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP TỈNH",
        [
            [
                1,
                "Trường THPT chuyên Hậu Điền (giai đoạn 2)",
                42000,
                15,
                45,
                75,
                100,
                None,
                "Phòng Quản lý đầu tư - Nguyễn Minh Tâm",
                "",
            ],
            [
                2,
                "Cải tạo, nâng cấp Bệnh viện Lao và Bệnh phổi tỉnh",
                18500,
                20,
                60,
                100,
                None,
                None,
                "Phòng Quản lý đầu tư - Nguyễn Minh Tâm",
                "Dự án hoàn thành năm 2028",
            ],
        ],
    )
    group(
        "II",
        "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH GIAO THÔNG TỈNH",
        [
            [
                3,
                "Đường tỉnh 927C, đoạn từ xã Phú Hữu đến xã Long Thạnh",
                120000,
                10,
                35,
                60,
                90,
                100,
                "Phòng Quản lý đầu tư - Lê Thị Kim Ngân",
                "Vướng mặt bằng 1,2 km",
            ],
            [
                4,
                "Cầu Cái Côn 2 và đường dẫn hai đầu cầu",
                65000,
                5,
                30,
                55,
                85,
                100,
                "Phòng Quản lý đầu tư - Lê Thị Kim Ngân",
                "",
            ],
        ],
    )
    group(
        "III",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        [
            [
                5,
                "Kè chống sạt lở khẩn cấp bờ sông Cái Côn đoạn qua xã Phú Hữu",
                30000,
                25,
                100,
                None,
                None,
                None,
                "Phòng Quản lý đầu tư - Trần Văn Hậu",
                "Công trình khẩn cấp",
            ],
            [
                6,
                "Hệ thống cống ngăn mặn, trữ ngọt kênh Xẻo Vông",
                22000,
                10,
                40,
                80,
                100,
                None,
                "Phòng Quản lý đầu tư - Trần Văn Hậu",
                "",
            ],
        ],
    )
    group(
        "IV",
        "UBND XÃ LONG THẠNH",
        [
            [
                7,
                "Nhà văn hóa - Khu thể thao xã Long Thạnh",
                4500,
                0,
                30,
                70,
                100,
                None,
                "Phòng Quản lý đầu tư - Trần Văn Hậu",
                "",
            ],
            [
                8,
                "Đường giao thông nông thôn ấp Tân Lợi",
                0,
                None,
                None,
                None,
                None,
                None,
                "",
                "Đã điều chuyển vốn theo Quyết định số 402/QĐ-UBND ngày 15/3/2028 (dự án chưa đủ thủ tục đầu tư)",
            ],
        ],
    )
    last = sheet.max_row
    sheet.append(["", "TỔNG CỘNG", f"=SUM(C{second + 1}:C{last})", "", "", "", "", "", "", ""])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    sheet.append([])
    for line in [
        "Ghi chú: Tỷ lệ giải ngân tính lũy kế so với kế hoạch vốn được giao; thời gian giải ngân kế hoạch vốn năm 2028 được kéo dài đến hết ngày 31/01/2029 theo quy định của Luật Đầu tư công.",
        "Các chủ đầu tư báo cáo tình hình giải ngân (theo Mẫu số 01 đính kèm) về Sở Tài chính trước ngày 05 hằng tháng.",
    ]:
        sheet.append([line])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
    for letter, width in zip("ABCDEFGHIJ", [6, 48, 14, 11, 11, 11, 11, 11, 26, 30], strict=True):
        sheet.column_dimensions[letter].width = width
    _wrap(sheet, second + 1)
    sheet.freeze_panes = f"C{second + 1}"
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h306
def h306_docx(h, path: Path) -> None:
    """A Mekong commune's salinity plan, scanned: **phase rows merged across the table print a span**
    (`A. GIAI ĐOẠN CHUẨN BỊ (từ nay đến 15/12/2027)`); rows whose time cell is empty are due at their
    phase's end, others print their own; `Khi độ mặn … vượt 2‰` (review), `Định kỳ 02 ngày/lần`."""
    document = _document(12)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ AN THẠNH NAM", "Số: 142/KH-UBND"],
        "An Thạnh Nam, ngày 25 tháng 11 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Phòng, chống hạn hán, xâm nhập mặn mùa khô năm 2027 - 2028",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Chủ động ứng phó với hạn hán, xâm nhập mặn, bảo đảm nước sinh hoạt cho Nhân dân và giảm thiệt hại sản xuất. Theo dự báo của Đài Khí tượng Thủy văn tỉnh, ranh mặn 4‰ có thể vào sâu 45 - 50 km; đỉnh mặn khoảng tháng 3/2028.",
            "II. NHIỆM VỤ, PHÂN CÔNG",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nội dung", "Bộ phận chủ trì", "Phối hợp", "Thời gian"],
        [0.4, 4.2, 1.7, 2.0, 1.4],
    )
    h.full_width_row(table, "A. GIAI ĐOẠN CHUẨN BỊ (từ nay đến 15/12/2027)")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Nạo vét 06 tuyến kênh nội đồng (kênh Xẻo Tre, kênh Hai Thiện, kênh Ông Cộ…), tích trữ nước ngọt",
                "Phòng Kinh tế",
                "Các ấp",
                "",
            ],
            [
                "2",
                "Kiểm tra, sửa chữa 14 cống, bọng đầu kênh; đắp đập tạm ngăn mặn tại các vị trí xung yếu",
                "Phòng Kinh tế",
                "Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh",
                "Trước 10/12/2027",
            ],
            [
                "3",
                "Tuyên truyền người dân trữ nước ngọt (lu, bồn, túi trữ nước), xuống giống vụ Đông Xuân né mặn theo lịch",
                "Phòng Văn hóa - Xã hội",
                "Trưởng các ấp",
                "",
            ],
        ],
    )
    h.full_width_row(table, "B. GIAI ĐOẠN ỨNG PHÓ (tháng 01 - 5/2028)")
    _rows(
        h,
        table,
        [
            [
                "4",
                "Đo độ mặn tại 04 điểm quan trắc (vàm Xẻo Tre, cống Ba Láng, cống Ông Cộ, bến đò Phú Lợi), thông báo kết quả trên nhóm Zalo các ấp",
                "Phòng Kinh tế",
                "Tổ vận hành cống các ấp",
                "Định kỳ 02 ngày/lần",
            ],
            [
                "5",
                "Đóng cống ngăn mặn, chỉ mở lấy nước khi độ mặn tại vàm kênh dưới 1‰",
                "Phòng Kinh tế",
                "Tổ vận hành cống các ấp",
                "Khi độ mặn tại vàm kênh vượt 2‰",
            ],
            [
                "6",
                "Cấp nước sinh hoạt miễn phí bằng xe bồn cho hộ thiếu nước ở ấp Phú Lợi, ấp Mương Điều",
                "Hội Chữ thập đỏ xã",
                "Công an xã; Đoàn Thanh niên xã",
                "",
            ],
        ],
    )
    h.full_width_row(table, "C. GIAI ĐOẠN KHẮC PHỤC (tháng 6/2028)")
    _rows(
        h,
        table,
        [
            [
                "7",
                "Thống kê thiệt hại, đề xuất hỗ trợ giống cây trồng, vật nuôi cho hộ bị ảnh hưởng",
                "Phòng Kinh tế",
                "Các ấp",
                "Trước 20/6/2028",
            ],
            [
                "8",
                "Tổng kết công tác phòng, chống hạn hán, xâm nhập mặn mùa khô 2027 - 2028, báo cáo UBND tỉnh",
                "Văn phòng HĐND và UBND xã",
                "Phòng Kinh tế",
                "",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "III. KINH PHÍ: 185 triệu đồng, từ nguồn dự phòng ngân sách xã năm 2027 và 2028.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "Các bộ phận, các ấp báo cáo tình hình hạn hán, xâm nhập mặn về UBND xã (qua Phòng Kinh tế) trước 16 giờ thứ Năm hằng tuần trong mùa khô.",
            "Nơi nhận: UBND tỉnh (b/c); Sở Nông nghiệp và Môi trường; Đảng ủy xã; các ấp; Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN — KT. CHỦ TỊCH — PHÓ CHỦ TỊCH",
            "Trần Văn Út",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h307
def h307_docx(h, path: Path) -> None:
    """A provincial hospital's plan to move to its new site, as .odt: **times counted from day N**
    (`N - 45`, `N - 30 đến N - 15`, `Ngày N (06h00 - 11h00)`, `N - 7 và nhắc lại N + 7`, `Từ N đến
    N + 30`, `N + 60`), N dated once in the text; group rows before / on / after N; a steering
    committee paragraph and a deputy director in the note column."""
    document = _document(13)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["SỞ Y TẾ TỈNH LONG CHÂU", "BỆNH VIỆN ĐA KHOA TỈNH", "Số: 318/KH-BV"],
        "Long Châu, ngày 02 tháng 5 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Di dời Bệnh viện Đa khoa tỉnh sang cơ sở mới (phường Tân An Đông)",
            "I. MỤC ĐÍCH, YÊU CẦU: Di dời an toàn, không gián đoạn việc cấp cứu, khám, chữa bệnh; bảo đảm an toàn người bệnh, tài sản, hồ sơ bệnh án.",
            "II. BAN CHỈ ĐẠO DI DỜI: Giám đốc Bệnh viện làm Trưởng ban; các Phó Giám đốc làm Phó Trưởng ban; Trưởng các khoa, phòng là thành viên. Ban Chỉ đạo họp vào chiều thứ Sáu hằng tuần cho đến khi hoàn thành di dời.",
            "III. TIẾN ĐỘ THỰC HIỆN",
            "Ngày N là ngày bắt đầu tiếp nhận, khám và điều trị người bệnh tại cơ sở mới, dự kiến thứ Hai, ngày 03/7/2028. Các mốc dưới đây tính theo ngày dương lịch kể từ ngày N (N - 45 là 45 ngày trước ngày N).",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Công việc", "Khoa/phòng chủ trì", "Phối hợp", "Mốc thời gian", "Ghi chú"],
        [0.4, 3.6, 1.7, 1.7, 1.4, 1.5],
    )
    h.full_width_row(table, "1. Trước ngày N")
    _rows(
        h,
        table,
        [
            [
                "1.1",
                "Hoàn thiện phương án di dời từng khoa, phòng; trình Giám đốc phê duyệt sơ đồ bố trí tại cơ sở mới",
                "Phòng Kế hoạch tổng hợp",
                "Các khoa, phòng",
                "N - 45",
                "",
            ],
            [
                "1.2",
                "Lắp đặt, chạy thử hệ thống khí y tế, máy phát điện dự phòng, thang máy tại cơ sở mới",
                "Phòng Vật tư - Thiết bị y tế",
                "Nhà thầu thi công",
                "N - 30 đến N - 15",
                "PGĐ Lâm Quốc Bảo chỉ đạo",
            ],
            [
                "1.3",
                "Chạy thử kết nối phần mềm HIS, LIS, PACS và đường truyền tại cơ sở mới",
                "Phòng Công nghệ thông tin",
                "Phòng Kế hoạch tổng hợp",
                "N - 10",
                "",
            ],
            [
                "1.4",
                "Di chuyển kho thuốc, hóa chất, vật tư y tế; kiểm kê, bàn giao",
                "Khoa Dược",
                "Phòng Hành chính quản trị",
                "N - 3 đến N - 1",
                "Ưu tiên thuốc gây nghiện, hướng thần",
            ],
        ],
    )
    h.full_width_row(table, "2. Ngày N")
    _rows(
        h,
        table,
        [
            [
                "2.1",
                "Chuyển người bệnh nội trú sang cơ sở mới bằng xe cứu thương theo danh sách từng khoa",
                "Khoa Cấp cứu",
                "Các khoa lâm sàng; Công an phường Tân An Đông (phân luồng)",
                "Ngày N (06h00 - 11h00)",
                "",
            ],
        ],
    )
    h.full_width_row(table, "3. Sau ngày N")
    _rows(
        h,
        table,
        [
            [
                "3.1",
                "Thông báo địa chỉ mới trên Cổng thông tin điện tử, Zalo OA của Bệnh viện; thông báo Bảo hiểm xã hội tỉnh",
                "Phòng Công tác xã hội",
                "Phòng Kế hoạch tổng hợp",
                "N - 7 và nhắc lại N + 7",
                "",
            ],
            [
                "3.2",
                "Duy trì phòng khám vệ tinh và điểm cấp cứu ban đầu tại cơ sở cũ",
                "Khoa Khám bệnh",
                "Khoa Cấp cứu",
                "Từ N đến N + 30",
                "",
            ],
            [
                "3.3",
                "Bàn giao mặt bằng, tài sản cơ sở cũ cho Sở Tài chính xử lý theo quy định",
                "Phòng Hành chính quản trị",
                "Phòng Tài chính kế toán",
                "N + 60",
                "Lập hồ sơ tài sản từ tháng 5/2028",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: Nếu ngày N thay đổi, các mốc thời gian được điều chỉnh tương ứng; Phòng Kế hoạch tổng hợp thông báo ngày N chính thức.",
            "IV. TỔ CHỨC THỰC HIỆN: Trưởng các khoa, phòng báo cáo tiến độ tại cuộc họp Ban Chỉ đạo chiều thứ Sáu hằng tuần.",
            "Nơi nhận: Sở Y tế (b/c); Ban Giám đốc; các khoa, phòng; Lưu: VT, KHTH.",
            "GIÁM ĐỐC",
            "BSCKII. Huỳnh Thanh Sang",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h308
def h308_docx(h, path: Path) -> None:
    """A university's plan for the academic year, printed to a text PDF: **times as teaching weeks
    of the academic year** (`Tuần 12`, `Tuần 14 - 15`, `Chậm nhất thứ Sáu tuần 21`, `Tuần 10 - 30`),
    week 1 dated once in a note; a Tết holiday row; one row in a month; a monthly update request."""
    document = _document(12)
    h.national_header(
        document,
        ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC TÂY SÔNG HẬU", "Số: 1456/KH-ĐHTSH"],
        "Long Châu, ngày 18 tháng 8 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Tổ chức thực hiện nhiệm vụ năm học 2028 - 2029",
            "I. CĂN CỨ: Khung kế hoạch thời gian năm học của Bộ Giáo dục và Đào tạo; Nghị quyết số 21/NQ-HĐT ngày 30/6/2028 của Hội đồng trường.",
            "II. TIẾN ĐỘ CÁC CÔNG VIỆC CHÍNH",
            "Quy ước: Tuần 1 của năm học bắt đầu từ thứ Hai, ngày 04/9/2028; mỗi tuần tính từ thứ Hai đến Chủ nhật. Sinh viên nghỉ Tết Nguyên đán Kỷ Dậu trong tuần 23 - 24.",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tuần thực hiện"],
        [0.4, 3.4, 1.6, 1.6, 1.2],
    )
    h.full_width_row(table, "HỌC KỲ 1")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Tổ chức Tuần sinh hoạt công dân - sinh viên đầu khóa cho sinh viên khóa 54",
                "Phòng Công tác sinh viên",
                "Đoàn Thanh niên, Hội Sinh viên trường",
                "Tuần 1",
            ],
            [
                "2",
                "Cập nhật đề cương chi tiết các học phần học kỳ 2 lên hệ thống LMS",
                "Các khoa",
                "Trung tâm Công nghệ thông tin",
                "Tuần 12",
            ],
            [
                "3",
                "Tổ chức cho sinh viên đăng ký học phần học kỳ 2",
                "Phòng Đào tạo",
                "Trung tâm Công nghệ thông tin",
                "Tuần 14 - 15",
            ],
            [
                "4",
                "Tổ chức thi kết thúc học phần học kỳ 1",
                "Phòng Khảo thí và Đảm bảo chất lượng",
                "Các khoa",
                "Tuần 17 - 19",
            ],
            ["5", "Nộp bảng điểm học kỳ 1 về Phòng Đào tạo", "Các khoa", "", "Chậm nhất thứ Sáu tuần 21"],
            ["", "Nghỉ Tết Nguyên đán Kỷ Dậu 2029", "", "", "Tuần 23 - 24"],
        ],
    )
    h.full_width_row(table, "HỌC KỲ 2 VÀ CẢ NĂM")
    _rows(
        h,
        table,
        [
            [
                "6",
                "Tự đánh giá chương trình đào tạo ngành Nuôi trồng thủy sản theo tiêu chuẩn AUN-QA",
                "Khoa Thủy sản",
                "Phòng Khảo thí và Đảm bảo chất lượng",
                "Tuần 10 - 30",
            ],
            [
                "7",
                "Hội nghị sinh viên nghiên cứu khoa học cấp trường năm 2029",
                "Phòng Quản lý khoa học và Hợp tác quốc tế",
                "Các khoa",
                "Tuần 33",
            ],
            ["8", "Xét và công nhận tốt nghiệp đợt 1 năm 2029", "Phòng Đào tạo", "Các khoa", "Tuần 40"],
            [
                "9",
                "Tổng kết năm học 2028 - 2029, triển khai nhiệm vụ năm học 2029 - 2030",
                "Phòng Tổ chức - Hành chính",
                "Các đơn vị",
                "Tháng 8/2029",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Các đơn vị cập nhật tiến độ thực hiện trên Hệ thống quản lý công việc của Trường trước ngày 25 hằng tháng.",
            "Nơi nhận: Hội đồng trường; Ban Giám hiệu; các đơn vị; Lưu: VT, ĐT.",
            "HIỆU TRƯỞNG",
            "PGS.TS. Nguyễn Hữu Phước",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h309
def h309(h, path: Path) -> None:
    """A provincial Party committee's board's guidance on the year's anniversaries, .docx: the
    **anniversary's historical dates inside the content** (`03/02/1930 - 03/02/2028`), a `Thời gian
    tuyên truyền` column (`Từ 15/01 đến 03/02/2028`, `Tháng 5/2028`) as the due, a note row merged
    across; numbered duties in `III. TỔ CHỨC THỰC HIỆN`, and an appendix of numbered slogans
    (no items)."""
    document = _document(13)
    h.national_header(
        document,
        ["ĐẢNG BỘ TỈNH PHƯỚC SƠN ĐÔNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "*", "Số 45-HD/BTGDVTU"],
        "Phước Sơn Đông, ngày 05 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "HƯỚNG DẪN",
            "tuyên truyền các ngày lễ lớn, sự kiện lịch sử và kỷ niệm năm 2028",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Tuyên truyền sâu rộng ý nghĩa lịch sử các ngày lễ lớn; tổ chức các hoạt động thiết thực, tiết kiệm, tránh phô trương, hình thức.",
            "II. NỘI DUNG, THỜI GIAN TUYÊN TRUYỀN",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Ngày lễ, kỷ niệm", "Thời gian tuyên truyền", "Hình thức trọng tâm", "Cơ quan chủ trì"],
        [0.4, 2.8, 1.4, 2.0, 1.8],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "98 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2028)",
                "Từ 15/01 đến 03/02/2028",
                "Tọa đàm, triển lãm ảnh, trang trí cổ động trực quan",
                "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            ],
            [
                "2",
                "53 năm Ngày Giải phóng tỉnh Phước Sơn Đông (23/3/1975 - 23/3/2028)",
                "Tháng 3/2028",
                "Dâng hương tại Đền thờ liệt sĩ tỉnh; chương trình nghệ thuật",
                "Sở Văn hóa, Thể thao và Du lịch",
            ],
            [
                "3",
                "53 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2028) và 142 năm Ngày Quốc tế Lao động (01/5/1886 - 01/5/2028)",
                "Từ 01/4 đến 01/5/2028",
                "Treo cờ, băng rôn; phát động thi đua",
                "Ban Tuyên giáo và Dân vận Tỉnh ủy; Liên đoàn Lao động tỉnh",
            ],
            [
                "4",
                "138 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2028)",
                "Tháng 5/2028",
                "Chuyên mục trên báo, đài; hội thi kể chuyện về Bác",
                "Báo và Phát thanh, Truyền hình tỉnh",
            ],
            [
                "5",
                "81 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2028)",
                "Từ 01/7 đến 27/7/2028",
                "Thăm, tặng quà gia đình chính sách; thắp nến tri ân",
                "Sở Nội vụ",
            ],
            [
                "6",
                "83 năm Cách mạng Tháng Tám (19/8/1945) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/9/1945 - 02/9/2028)",
                "Từ 01/8 đến 02/9/2028",
                "Trang trí cổ động; hoạt động văn hóa, thể thao",
                "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            ],
            [
                "7",
                "98 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2028), Ngày hội Đại đoàn kết toàn dân tộc",
                "Từ 01/11 đến 18/11/2028",
                "Ngày hội ở các ấp, khu phố",
                "Ủy ban MTTQ Việt Nam tỉnh",
            ],
        ],
    )
    h.full_width_row(
        table,
        "Các ngày kỷ niệm của ngành, địa phương, ngày quốc tế khác: cơ quan, đơn vị chủ động tuyên truyền theo hướng dẫn của ngành, không đưa vào Hướng dẫn này.",
        bold=False,
    )
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Các đảng ủy trực thuộc Tỉnh ủy căn cứ Hướng dẫn này xây dựng kế hoạch tuyên truyền phù hợp với địa phương, đơn vị.",
            "2. Báo và Phát thanh, Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh thường xuyên mở chuyên trang, chuyên mục tuyên truyền các ngày lễ, kỷ niệm trong năm.",
            "3. Các cơ quan chủ trì báo cáo kết quả tuyên truyền về Ban Tuyên giáo và Dân vận Tỉnh ủy chậm nhất 05 ngày sau mỗi đợt tuyên truyền.",
            "PHỤ LỤC: KHẨU HIỆU TUYÊN TRUYỀN",
            "1. Nhiệt liệt chào mừng 98 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2028)!",
            "2. Đảng Cộng sản Việt Nam quang vinh muôn năm!",
            "3. Nhiệt liệt chào mừng 53 năm Ngày Giải phóng tỉnh Phước Sơn Đông (23/3/1975 - 23/3/2028)!",
            "4. Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!",
            "5. Đời đời nhớ ơn các anh hùng liệt sĩ!",
            "Nơi nhận: Thường trực Tỉnh ủy (b/c); các đảng ủy trực thuộc; các cơ quan báo chí; Lưu: VT.",
            "K/T TRƯỞNG BAN — PHÓ TRƯỞNG BAN",
            "Điểu Thị Hạnh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h311
def h311_xlsx(h, path: Path) -> None:
    """A provincial Youth Union's summer volunteer campaign plan, saved as .ods: **time cells merged
    down over two rows**, a `Cấp thực hiện` column (`Tỉnh`, `Cơ sở`: no lead), a `Chỉ tiêu` column of
    counts, a time as text with its weekday (`28/5/2028 (Chủ nhật)`) beside one as a date cell, and a
    second sheet of emulation clusters (no items)."""
    from datetime import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Ke hoach"
    h.sheet_title_rows(
        sheet,
        [
            "TỈNH ĐOÀN LONG CHÂU",
            "KẾ HOẠCH CHIẾN DỊCH THANH NIÊN TÌNH NGUYỆN HÈ NĂM 2028",
            "(Kèm theo Kế hoạch số 96-KH/TĐTN-PT ngày 10/4/2028 của Ban Thường vụ Tỉnh đoàn)",
            "",
        ],
        7,
    )
    sheet.append(
        ["TT", "Nội dung hoạt động", "Cấp thực hiện", "Đơn vị tham mưu", "Phối hợp", "Thời gian", "Chỉ tiêu"]
    )
    top = sheet.max_row
    for cell in sheet[top]:
        cell.font = Font(bold=True)
    rows = [
        [
            1,
            "Lễ ra quân cấp tỉnh Chiến dịch Thanh niên tình nguyện hè năm 2028",
            "Tỉnh",
            "Ban Phong trào",
            "Đoàn phường Tân An Đông",
            "28/5/2028 (Chủ nhật)",
            "500 đoàn viên",
        ],
        [
            2,
            "Chiến dịch Mùa hè xanh: sinh viên tình nguyện tại 12 xã vùng sâu, ven biển",
            "Tỉnh và cơ sở",
            "Hội Sinh viên Việt Nam tỉnh",
            "Đoàn Trường Đại học Tây Sông Hậu",
            "Tháng 6 - 7/2028",
            "12 đội hình",
        ],
        [
            3,
            "Chương trình Tiếp sức mùa thi tại các điểm thi tốt nghiệp THPT",
            "Cơ sở",
            "Hội Sinh viên Việt Nam tỉnh",
            "Sở Giáo dục và Đào tạo",
            None,
            "34 điểm thi",
        ],
        [
            4,
            "Chiến dịch Hoa phượng đỏ: tổ chức sinh hoạt hè cho thiếu nhi tại địa bàn dân cư",
            "Cơ sở",
            "Ban Công tác thiếu nhi",
            "Hội đồng Đội tỉnh",
            "Suốt dịp hè (01/6 - 31/8/2028)",
            "100% ấp, khu phố",
        ],
        [
            5,
            "Xây dựng công trình thanh niên Thắp sáng đường quê, Tuyến đường xanh",
            "Tỉnh và cơ sở",
            "Ban Phong trào",
            "UBND các xã",
            "Gắn biển công trình trước 15/8/2028",
            "20 công trình",
        ],
        [
            6,
            "Ngày hội hiến máu tình nguyện Giọt hồng hè",
            "Tỉnh",
            "Hội Liên hiệp Thanh niên Việt Nam tỉnh",
            "Hội Chữ thập đỏ tỉnh",
            datetime(2028, 7, 16),
            "1.500 đơn vị máu",
        ],
        [
            7,
            "Sơ kết Chiến dịch, tuyên dương gương thanh niên tình nguyện tiêu biểu",
            "Tỉnh",
            "Ban Phong trào",
            "Văn phòng Tỉnh đoàn",
            "Trước 30/8",
            "",
        ],
        [
            8,
            "Báo cáo nhanh kết quả Chiến dịch theo mẫu (qua Google Form)",
            "Cơ sở",
            "Các cơ sở Đoàn trực thuộc",
            "",
            "Thứ Sáu hằng tuần",
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.cell(top + 6, 6).number_format = "dd/mm/yyyy"
    # rows 2 and 3 share one time cell, merged down
    second = top + 2
    sheet.merge_cells(start_row=second, start_column=6, end_row=second + 1, end_column=6)
    sheet.cell(second, 6).alignment = Alignment(vertical="center", wrap_text=True)
    sheet.append([])
    for line in [
        "Ghi chú: Các cơ sở Đoàn đăng ký đội hình, công trình trước khi ra quân; đơn vị tham mưu chịu trách nhiệm theo dõi, tổng hợp.",
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN — PHÓ BÍ THƯ — Thạch Thị Sa Rinh",
    ]:
        sheet.append([line])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
    for letter, width in zip("ABCDEFG", [5, 52, 13, 26, 26, 24, 16], strict=True):
        sheet.column_dimensions[letter].width = width
    _wrap(sheet, top)

    clusters = workbook.create_sheet("Cum thi dua")
    clusters.append(["PHÂN CỤM THI ĐUA CHIẾN DỊCH HÈ 2028"])
    clusters.append(["Cụm", "Cụm trưởng", "Các đơn vị trong cụm", "Ngày giao ban cụm"])
    for row in [
        [
            "Cụm 1",
            "Đoàn phường Tân An Đông",
            "Đoàn các phường Tân An Đông, Phú Lợi, Bình Thủy Tây",
            "Tuần đầu tháng 7",
        ],
        [
            "Cụm 2",
            "Đoàn xã Long Thạnh",
            "Đoàn các xã Long Thạnh, Phú Hữu, An Thạnh Nam, Vĩnh Hòa",
            "Tuần đầu tháng 7",
        ],
        [
            "Cụm 3",
            "Đoàn Khối các cơ quan tỉnh",
            "Đoàn các sở, ngành; Đoàn Trường Đại học Tây Sông Hậu",
            "Tuần đầu tháng 7",
        ],
    ]:
        clusters.append(row)
    for letter, width in zip("ABCD", [10, 28, 56, 20], strict=True):
        clusters.column_dimensions[letter].width = width
    _wrap(clusters, 2)
    workbook.save(path)


def batch_h303() -> None:
    """Writes h303–h312's binaries (h303's .md, h305's .csv, h310's .html and h312's .txt are
    written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h304(h, _out("h304_kh_giai_ngan_so_tai_chinh_luy_ke_phan_tram.xlsx"))
    h309(h, _out("h309_hd_tuyen_truyen_ban_tgdv_tinh_uy_ngay_ky_niem.docx"))
    if not shutil.which("soffice"):
        print("soffice not found: the .odt, .ods and the PDFs were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h307_docx, "h307_kh_di_doi_benh_vien_ngay_n.docx", "odt"),
                (h308_docx, "h308_kh_nam_hoc_dai_hoc_tuan_thu_tu.docx", "pdf"),
                (h311_xlsx, "h311_kh_tntn_he_tinh_doan_o_gop_thoi_gian.xlsx", "ods"),
            ],
            _out,
        )
        # the salinity plan: printed to a PDF, then scanned at 200 dpi (image only, slightly skewed)
        name = "h306_kh_han_man_xa_giai_doan_ban_quet"
        h306_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}_text.pdf")
        h.rasterise(tmp / f"{name}_text.pdf", _out(f"{name}.pdf"), scale=200 / 72)


if __name__ == "__main__":
    batch_h303()
