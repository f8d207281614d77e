"""The main corpus's siblings of the held-out documents h373 and h376 (moved to the main corpus when
the importer was taught their shapes, helper h13fixQI). h373's (qi1, qi3): an Excel PivotTable pasted
as values — a row field's label only on its group's first row, `<label> Total` subtotal rows and a
`Grand Total` (qi1), or subtotals turned off with only the grand total, two row fields left of the
task and `(blank)` for a missing deadline or unit (qi3). h376's (qi2): one row per unit, its tasks as
lines of one cell and their times as lines of the next, paired by number or by place, one time for
every line of a row. Their expected items (expected/qi*_…) were written by hand before the first
import. `python tests/importing/corpus/make_docs.py --siblings-qi` writes qi1, qi2 and qi3 (.xlsx).
"""

# ruff: noqa: E501 — document text is data: long lines.

import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _date(text: str) -> datetime.datetime:
    return datetime.datetime.strptime(text, "%d/%m/%Y")


def _bold(sheet, row: int) -> None:
    from openpyxl.styles import Font

    for cell in sheet[row]:
        cell.font = Font(bold=True)


def qi1_xlsx(path: Path) -> None:
    """A district People's Committee Office's overdue tasks by lead office, a pivot pasted as
    values: the report filter above, the lead on its group's first row only, `… Total` rows in bold
    and a `Grand Total`, a `Sum of Số ngày quá hạn` value column (days overdue: no figure of a due)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Pivot qua han"
    sheet.append(["VĂN PHÒNG HĐND VÀ UBND HUYỆN ĐÔNG SƠN"])
    sheet.append(["DANH SÁCH NHIỆM VỤ QUÁ HẠN THEO CƠ QUAN THAM MƯU (đến ngày 30/6/2027)"])
    sheet.append([])
    sheet.append(["Lĩnh vực", "(All)"])
    sheet.append([])
    sheet.append(["Cơ quan tham mưu", "Nhiệm vụ", "Thời hạn", "Sum of Số ngày quá hạn"])
    _bold(sheet, sheet.max_row)
    groups = [
        (
            "Phòng Giáo dục và Đào tạo",
            [
                ("Hoàn thành sửa chữa phòng học xuống cấp tại Trường Tiểu học Đông Hòa", "31/05/2027", 30),
                ("Rà soát, sắp xếp các điểm trường lẻ năm học 2027 - 2028", "15/06/2027", 15),
            ],
        ),
        (
            "Phòng Tài chính - Kế hoạch",
            [
                ("Lập dự toán kinh phí tổ chức Đại hội Thể dục thể thao huyện", "20/05/2027", 41),
                ("Quyết toán vốn các công trình hoàn thành năm 2026", "10/06/2027", 20),
                ("Tham mưu phân bổ vốn sự nghiệp giao thông năm 2027", "(blank)", 0),
            ],
        ),
        (
            "UBND xã Đông Lâm",
            [("Giải tỏa hành lang an toàn đường bộ tuyến ĐH.12 qua thôn 3", "25/06/2027", 5)],
        ),
    ]
    grand = 0
    for lead, rows in groups:
        for number, (task, due, days) in enumerate(rows):
            due_cell = due if due == "(blank)" else _date(due)
            sheet.append([lead if number == 0 else None, task, due_cell, days])
            if due_cell != due:
                sheet.cell(sheet.max_row, 3).number_format = "dd/mm/yyyy"
        total = sum(days for _t, _d, days in rows)
        grand += total
        sheet.append([f"{lead} Total", None, None, total])
        _bold(sheet, sheet.max_row)
    sheet.append(["Grand Total", None, None, grand])
    _bold(sheet, sheet.max_row)
    for index, width in zip("ABCD", [30, 70, 14, 22], strict=True):
        sheet.column_dimensions[index].width = width
    book.save(path)


def qi2_xlsx(path: Path) -> None:
    """A school's term assignment sheet: one row per group, its tasks as lines of one cell (Alt+Enter)
    and their times as lines of the next — numbered against numbered times, `+` lines against `+`
    times with a task running onto a second line, `a)`/`b)` under one time for both."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    book = Workbook()
    sheet = book.active
    sheet.title = "HK1 2027-2028"
    sheet.append(["TRƯỜNG THCS NGUYỄN DU"])
    sheet.append(["PHÂN CÔNG NHIỆM VỤ HỌC KỲ I NĂM HỌC 2027 - 2028"])
    sheet.append([])
    sheet.append(["TT", "Bộ phận", "Nội dung công việc", "Thời hạn", "Ghi chú"])
    _bold(sheet, sheet.max_row)
    rows = [
        [
            1,
            "Tổ Toán - Tin",
            "1. Xây dựng ngân hàng đề kiểm tra giữa kỳ môn Toán khối 8\n"
            "2. Bồi dưỡng đội tuyển học sinh giỏi Tin học cấp huyện",
            "1. 20/10/2027\n2. Tháng 12/2027",
            "",
        ],
        [
            2,
            "Tổ Ngữ văn",
            "+ Tổ chức chuyên đề đọc sách cho học sinh khối 6,\n"
            "  mời phụ huynh dự\n"
            "+ Hoàn thành kế hoạch dạy học môn Ngữ văn theo chương trình mới",
            "+ 15/11/2027\n+ 30/9/2027",
            "",
        ],
        [
            3,
            "Văn phòng",
            "a) Cập nhật hồ sơ học sinh trên cơ sở dữ liệu ngành\nb) Lập danh sách học sinh miễn, giảm học phí",
            "Tháng 10/2027",
            "Kế toán phối hợp",
        ],
        [
            4,
            "Đoàn Đội",
            "Tổ chức Hội diễn văn nghệ chào mừng ngày Nhà giáo Việt Nam 20/11",
            "18/11/2027",
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in zip("ABCDE", [5, 18, 60, 18, 18], strict=True):
        sheet.column_dimensions[index].width = width
    book.save(path)


def qi3_xlsx(path: Path) -> None:
    """A province's Department of Home Affairs' open tasks by leader and lead division, a pivot with
    subtotals turned off pasted as values: two row fields left of the task printed only where they
    change, a `Grand Total` line, `(blank)` where the register names no division or no time."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Theo lanh dao"
    sheet.append(["SỞ NỘI VỤ TỈNH BÌNH NGUYÊN"])
    sheet.append(["NHIỆM VỤ ĐANG THỰC HIỆN THEO LÃNH ĐẠO SỞ PHỤ TRÁCH"])
    sheet.append([])
    sheet.append(["Lãnh đạo phụ trách", "Phòng chủ trì", "Công việc", "Hạn hoàn thành", "Count of Công việc"])
    _bold(sheet, sheet.max_row)
    rows = [
        [
            "Giám đốc Trần Minh Khoa",
            "Phòng Tổ chức, biên chế",
            "Thẩm định đề án vị trí việc làm của các đơn vị sự nghiệp",
            "30/09/2027",
        ],
        [None, None, "Trình phương án giao biên chế công chức năm 2028", "31/10/2027"],
        [None, "Văn phòng Sở", "Tổng kết công tác cải cách hành chính năm 2027", "15/12/2027"],
        [
            "Phó Giám đốc Lê Thu Hà",
            "(blank)",
            "Nghiên cứu mô hình chính quyền đô thị tại thành phố Bình Nguyên",
            "(blank)",
        ],
        [
            None,
            "Phòng Công chức, viên chức",
            "Tổ chức kỳ thi nâng ngạch chuyên viên chính năm 2027",
            "20/11/2027",
        ],
    ]
    for leader, division, task, due in rows:
        due_cell = due if due == "(blank)" else _date(due)
        sheet.append([leader, division, task, due_cell, 1])
        if due_cell != due:
            sheet.cell(sheet.max_row, 4).number_format = "dd/mm/yyyy"
    sheet.append(["Grand Total", None, None, None, len(rows)])
    _bold(sheet, sheet.max_row)
    for index, width in zip("ABCDE", [26, 28, 64, 16, 18], strict=True):
        sheet.column_dimensions[index].width = width
    book.save(path)


def siblings_qi() -> None:
    qi1_xlsx(DOCS / "qi1_nv_qua_han_huyen_pivot_dan_gia_tri.xlsx")
    qi2_xlsx(DOCS / "qi2_phan_cong_hk1_thcs_nhieu_dong_trong_o.xlsx")
    qi3_xlsx(DOCS / "qi3_nv_theo_lanh_dao_so_noi_vu_pivot_khong_subtotal.xlsx")
