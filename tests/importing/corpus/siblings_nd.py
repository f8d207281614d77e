"""The main corpus's siblings of the held-out documents h342, h315 and h304 (moved to the main corpus
when the importer was taught their shapes, helper h13fixND): a progress sheet whose filled
`Điều chỉnh` date wins over the contract's (nd1); a two-row header of planned and adjusted times
whose adjusted cell may call the row off (nd2); a grid of cumulative percentages under columns
headed by dates or quarters, a row due where it reaches 100 (nd3, nd4). Their expected items
(expected/nd*_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-nd` writes them.
"""

import datetime
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _bold(sheet, row: int) -> None:
    from openpyxl.styles import Alignment, Font

    for cell in sheet[row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def nd1_xlsx(h, path: Path) -> None:
    """A district's investment board's progress sheet of school works: group rows naming the
    division in charge (no dates) over their packages; `Hoàn thành theo hợp đồng` and `Điều chỉnh
    (nếu có)` as date cells, the adjusted one the due where filled (later and once earlier)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Theo doi T3-2029"
    h.sheet_title_rows(
        sheet,
        [
            "BAN QLDA ĐẦU TƯ XÂY DỰNG HUYỆN NGỌC LĨNH",
            "TIẾN ĐỘ CÁC CÔNG TRÌNH TRƯỜNG HỌC NĂM 2029 (số liệu đến ngày 10/3/2029)",
            "",
        ],
        8,
    )
    sheet.append(
        [
            "TT",
            "Công trình / gói thầu",
            "Bộ phận phụ trách",
            "Ngày khởi công",
            "Hoàn thành theo hợp đồng",
            "Điều chỉnh (nếu có)",
            "Khối lượng đạt (%)",
            "Ghi chú",
        ]
    )
    _bold(sheet, sheet.max_row)
    d = datetime.date
    rows = [
        [
            "1",
            "Trường Tiểu học Ngọc Sơn",
            "Tổ Giám sát kỹ thuật 1",
            None,
            None,
            None,
            None,
            "Vốn ngân sách huyện",
        ],
        ["1.1", "Dãy phòng học 2 tầng 8 phòng", "", d(2028, 9, 12), d(2029, 5, 20), None, 0.6, ""],
        [
            "1.2",
            "Nhà đa năng và sân chơi",
            "",
            d(2028, 11, 1),
            d(2029, 6, 30),
            d(2029, 8, 15),
            0.35,
            "Chờ điều chỉnh thiết kế",
        ],
        ["2", "Trường THCS Ngọc Lĩnh", "Tổ Giám sát kỹ thuật 2", None, None, None, None, ""],
        [
            "2.1",
            "Cải tạo khu hiệu bộ",
            "",
            d(2029, 1, 5),
            d(2029, 7, 31),
            d(2029, 7, 10),
            0.5,
            "Rút ngắn để kịp năm học mới",
        ],
        [
            "2.2",
            "Tường rào, cổng trường",
            "Tổ Quản lý hợp đồng",
            d(2029, 2, 20),
            d(2029, 4, 30),
            None,
            0.8,
            "",
        ],
        [
            "3",
            "Lắp đặt thiết bị phòng học bộ môn các trường THCS",
            "Tổ Quản lý hợp đồng",
            d(2029, 3, 1),
            d(2029, 8, 20),
            d(2029, 9, 5),
            0.05,
            "Gia hạn theo phụ lục số 02",
        ],
        ["", "Cộng: 03 công trình, 05 gói thầu", "", None, None, None, None, ""],
    ]
    for row in rows:
        sheet.append(row)
        r = sheet.max_row
        for column in (4, 5, 6):
            sheet.cell(r, column).number_format = "DD/MM/YYYY"
        sheet.cell(r, 7).number_format = "0%"
    for letter, width in zip("ABCDEFGH", [5, 44, 24, 13, 15, 14, 11, 30], strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


def nd2_xlsx(h, path: Path) -> None:
    """A provincial youth union's inspection schedule (to be saved as .xls): a two-row header
    `Thời gian thực hiện` over `Theo kế hoạch | Điều chỉnh`, the adjusted time winning where
    filled, one row called off in it (`Không thực hiện`), another stopped (`Dừng thực hiện`)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Kiem tra 2028"
    h.sheet_title_rows(
        sheet,
        [
            "TỈNH ĐOÀN BÌNH LAM - BAN THƯỜNG VỤ",
            "LỊCH KIỂM TRA CÔNG TÁC ĐOÀN VÀ PHONG TRÀO THANH NIÊN NĂM 2028",
            "(điều chỉnh ngày 12/5/2028)",
            "",
        ],
        7,
    )
    first = sheet.max_row + 1
    sheet.append(
        [
            "STT",
            "Nội dung kiểm tra",
            "Đối tượng được kiểm tra",
            "Thời gian thực hiện",
            "",
            "Ban chủ trì",
            "Ghi chú",
        ]
    )
    sheet.append(["", "", "", "Theo kế hoạch", "Điều chỉnh", "", ""])
    for column in (1, 2, 3, 6, 7):
        sheet.merge_cells(start_row=first, start_column=column, end_row=first + 1, end_column=column)
    sheet.merge_cells(start_row=first, start_column=4, end_row=first, end_column=5)
    _bold(sheet, first)
    _bold(sheet, first + 1)
    for row in [
        [
            1,
            "Kiểm tra việc thực hiện Nghị quyết Đại hội Đoàn các cấp tại cơ sở",
            "Đoàn xã Tân Phong, Đoàn xã Hòa Mỹ",
            "Tháng 3/2028",
            "",
            "Ban Tổ chức - Kiểm tra",
            "Đã xong",
        ],
        [
            2,
            "Kiểm tra công tác quản lý đoàn viên và thu, nộp đoàn phí",
            "Đoàn Khối các cơ quan tỉnh",
            "Quý II/2028",
            "Tháng 8/2028",
            "Ban Tổ chức - Kiểm tra",
            "Lùi theo đề nghị của cơ sở",
        ],
        [
            3,
            "Kiểm tra hoạt động các đội hình thanh niên tình nguyện hè",
            "Đoàn các xã vùng biển",
            "Tháng 7/2028",
            "Không thực hiện",
            "Ban Phong trào",
            "Gộp vào nội dung số 2",
        ],
        [
            4,
            "Kiểm tra việc triển khai Chương trình Thanh niên khởi nghiệp",
            "Hội Doanh nhân trẻ tỉnh",
            "Tháng 9/2028",
            "03 - 05/10/2028",
            "Ban Phong trào",
            "",
        ],
        [
            5,
            "Kiểm tra công tác thiếu nhi và hoạt động hè tại các điểm sinh hoạt",
            "Đoàn các phường",
            "Tháng 6/2028",
            "Dừng thực hiện",
            "Ban Thiếu nhi",
            "Theo Công văn số 310-CV/TĐTN",
        ],
        [
            6,
            "Tổng hợp kết quả kiểm tra, báo cáo Ban Thường vụ",
            "",
            "Trước 15/12/2028",
            "Trước 10/12/2028",
            "Văn phòng",
            "",
        ],
    ]:
        sheet.append(row)
    for letter, width in zip("ABCDEFG", [5, 48, 28, 14, 16, 22, 26], strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


def _cumulative_sheet(sheet, h, titles, header, periods, groups, notes, width_letters, widths) -> None:
    from openpyxl.styles import Font

    h.sheet_title_rows(sheet, titles, len(width_letters))
    first = sheet.max_row + 1
    sheet.append(header)
    sheet.append(["", "", "", *periods, "", ""])
    span = len(periods)
    for column in (1, 2, 3, 4 + span, 5 + span):
        sheet.merge_cells(start_row=first, start_column=column, end_row=first + 1, end_column=column)
    sheet.merge_cells(start_row=first, start_column=4, end_row=first, end_column=3 + span)
    _bold(sheet, first)
    _bold(sheet, first + 1)
    for mark, name, rows in groups:
        sheet.append([mark, name])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=len(width_letters))
        for cell in sheet[row]:
            cell.font = Font(bold=True)
        for project in rows:
            sheet.append(project)
    sheet.append([])
    for line in notes:
        sheet.append([line])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(width_letters))
    for letter, width in zip(width_letters, widths, strict=True):
        sheet.column_dimensions[letter].width = width


def nd3_xlsx(h, path: Path) -> None:
    """A district's plan for disbursing its investment capital (to be saved as .ods): owners as rows
    merged across in capitals lead the projects under them; `Tỷ lệ giải ngân lũy kế` over columns
    headed by dates (`Đến 30/4/2030` …), cells as `NN%` text: due the date where a row reaches 100%."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Giai ngan 2030"
    _cumulative_sheet(
        sheet,
        h,
        [
            "UBND HUYỆN ĐÔNG KHÊ - PHÒNG TÀI CHÍNH - KẾ HOẠCH",
            "TIẾN ĐỘ GIẢI NGÂN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2030",
            "(Kèm theo Báo cáo số 52/BC-TCKH ngày 06/3/2030)",
            "",
        ],
        [
            "TT",
            "Chủ đầu tư, dự án",
            "Vốn giao năm 2030 (triệu đồng)",
            "Tỷ lệ giải ngân lũy kế",
            "",
            "",
            "",
            "Người theo dõi",
            "Ghi chú",
        ],
        ["Đến 30/4/2030", "Đến 31/7/2030", "Đến 31/10/2030", "Đến 31/12/2030"],
        [
            (
                "A",
                "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG HUYỆN",
                [
                    [
                        1,
                        "Đường trục trung tâm xã Khê Thượng",
                        9500,
                        "30%",
                        "65%",
                        "100%",
                        "",
                        "Bùi Văn Lực",
                        "",
                    ],
                    [2, "Trạm y tế xã Khê Hạ", 3200, "40%", "100%", "", "", "Bùi Văn Lực", "Hoàn thành sớm"],
                ],
            ),
            (
                "B",
                "UBND XÃ KHÊ THƯỢNG",
                [
                    [
                        3,
                        "Kênh nội đồng thôn Bản Giốc",
                        1800,
                        "10%",
                        "35%",
                        "70%",
                        "100%",
                        "Ngô Thị Mai",
                        "Vướng giải phóng mặt bằng",
                    ],
                    [
                        4,
                        "Sân thể thao thôn Nà Lừa",
                        0,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "Đã điều chuyển vốn sang dự án số 3",
                    ],
                ],
            ),
        ],
        [
            "Ghi chú: Tỷ lệ giải ngân tính lũy kế từ đầu năm so với kế hoạch vốn được giao.",
            "Các chủ đầu tư gửi báo cáo giải ngân về Phòng Tài chính - Kế hoạch trước ngày 25 hằng tháng.",
        ],
        "ABCDEFGHI",
        [5, 44, 14, 11, 11, 11, 11, 16, 30],
    )
    book.save(path)


def nd4_xlsx(h, path: Path) -> None:
    """A health department's plan for equipping its centres: units as rows merged across lead the
    items under them; `Tiến độ thực hiện lũy kế (%)` over quarter columns (`Quý I/2029` …), cells as
    numbers: due the quarter where a row reaches 100."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Tien do 2029"
    _cumulative_sheet(
        sheet,
        h,
        [
            "SỞ Y TẾ TỈNH NAM HÀ - PHÒNG KẾ HOẠCH - TÀI CHÍNH",
            "KẾ HOẠCH MUA SẮM, LẮP ĐẶT TRANG THIẾT BỊ Y TẾ NĂM 2029",
            "",
        ],
        [
            "STT",
            "Đơn vị / nội dung",
            "Dự toán (triệu đồng)",
            "Tiến độ thực hiện lũy kế (%)",
            "",
            "",
            "",
            "Chuyên viên theo dõi",
            "Ghi chú",
        ],
        ["Quý I/2029", "Quý II/2029", "Quý III/2029", "Quý IV/2029"],
        [
            (
                "I",
                "TRUNG TÂM Y TẾ HUYỆN HÀ BẮC",
                [
                    [1, "Máy chụp X-quang kỹ thuật số", 2400, 20, 60, 100, None, "Đỗ Minh Châu", ""],
                    [2, "Hệ thống oxy trung tâm khoa Hồi sức", 1500, None, 30, 70, 100, "Đỗ Minh Châu", ""],
                ],
            ),
            (
                "II",
                "BỆNH VIỆN PHỤC HỒI CHỨC NĂNG TỈNH",
                [
                    [3, "Thiết bị vật lý trị liệu", 900, 50, 100, None, None, "Phan Thu Hà", "Gói thầu nhỏ"],
                ],
            ),
        ],
        ["Ghi chú: Tỷ lệ tính lũy kế theo giá trị hợp đồng đã ký."],
        "ABCDEFGHI",
        [5, 44, 14, 11, 11, 11, 11, 18, 20],
    )
    book.save(path)


def siblings_nd() -> None:
    h = heldout_writers()
    nd1_xlsx(h, DOCS / "nd1_tien_do_ban_qlda_truong_hoc_dieu_chinh.xlsx")
    nd4_xlsx(h, DOCS / "nd4_kh_mua_sam_thiet_bi_y_te_luy_ke_quy.xlsx")
    if not shutil.which("soffice"):
        print("soffice not found: nd2 and nd3 were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for write, name, extension in [
            (nd2_xlsx, "nd2_lich_kiem_tra_tinh_doan_ke_hoach_dieu_chinh", "xls"),
            (nd3_xlsx, "nd3_tien_do_giai_ngan_huyen_luy_ke_ngay", "ods"),
        ]:
            write(h, Path(tmp) / f"{name}.xlsx")
            h.soffice_convert(Path(tmp) / f"{name}.xlsx", extension, DOCS / f"{name}.{extension}")
