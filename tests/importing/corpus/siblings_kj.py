"""The main corpus's siblings of the held-out documents h254 and h255 (moved to the main corpus when
the importer was taught their shapes, by h13fixKJ on 2026-12-05): a month's work calendar laid out as
a wall calendar (one row per week, one column per weekday, each cell its day over its entries), and an
e-office export whose tasks have sub-tasks with a status of their own. kj2 (HTML, the sibling of h260:
several tasks as a list in one table cell) is written by hand. Their expected items (expected/kj1_…–kj3_…) were written by hand
before the first import. `python tests/importing/corpus/make_docs.py --siblings-kj` writes kj1 (.xlsx)
and kj3 (.xlsx).
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def kj1_xlsx(path: Path) -> None:
    """A ward People's Committee's calendar for March 2028 as a wall calendar: no week column, the
    weekdays `Thứ Hai` … `Chủ nhật` as columns, each cell `d/m` on its first line and its entries under
    it (`Sáng:`/`Chiều:`/a clock, the preparing unit in closing parentheses), two entries in one cell,
    a Sunday duty roster, empty cells before the 1st and after the 31st, a note merged under the grid."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    book = Workbook()
    sheet = book.active
    sheet.title = "T3-2028"
    sheet.append(["ỦY BAN NHÂN DÂN PHƯỜNG BÌNH MINH"])
    sheet.append(["LỊCH LÀM VIỆC THÁNG 3/2028 CỦA LÃNH ĐẠO UBND PHƯỜNG"])
    sheet.append([])
    sheet.append(["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"])
    weeks = [
        [
            "",
            "",
            "1/3\nSáng: Chào cờ đầu tháng, giao ban cán bộ, công chức (Văn phòng HĐND và UBND)",
            "2/3",
            "3/3\n14h00: Kiểm tra công tác vệ sinh an toàn thực phẩm tại chợ Bình Minh (Phòng Văn hóa - Xã hội)",
            "4/3",
            "5/3\nTrực lãnh đạo: Phó Chủ tịch Lê Thị Hằng",
        ],
        [
            "6/3",
            "7/3\n08h00: Hội nghị triển khai công tác tuyển quân năm 2028 (Ban Chỉ huy Quân sự phường)",
            "8/3\n15h00: Gặp mặt nữ cán bộ nhân Ngày Quốc tế Phụ nữ 8/3 (Hội Liên hiệp Phụ nữ phường)",
            "9/3",
            "10/3",
            "11/3",
            "12/3",
        ],
        [
            "13/3\nSáng: Tiếp công dân định kỳ (Ban Tiếp công dân phường)\nChiều: Họp xét hồ sơ hỗ trợ nhà ở cho hộ nghèo (Phòng Văn hóa - Xã hội)",
            "14/3",
            "15/3",
            "16/3\n09h00: Làm việc với Công an phường về an ninh trật tự khu dân cư số 4 (Công an phường)",
            "17/3",
            "18/3",
            "19/3",
        ],
        [
            "20/3",
            "21/3",
            "22/3\nCả ngày: Ra quân Tết trồng cây đời đời nhớ ơn Bác Hồ (Phòng Kinh tế, Hạ tầng và Đô thị)",
            "23/3",
            "24/3",
            "25/3",
            "26/3\nSáng: Kỷ niệm ngày thành lập Đoàn TNCS Hồ Chí Minh (Đoàn Thanh niên phường)",
        ],
        [
            "27/3",
            "28/3",
            "29/3\n14h30: Sơ kết công tác quý I năm 2028 (Văn phòng HĐND và UBND)",
            "30/3",
            "31/3",
            "",
            "",
        ],
    ]
    top = sheet.max_row + 1
    for week in weeks:
        sheet.append(week)
    sheet.append(
        [
            "Lưu ý: Các phòng chuyên môn gửi dự kiến lịch công tác tháng 4/2028 về Văn phòng HĐND và UBND trước ngày 27/3/2028."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=7)
    sheet.append([])
    sheet.append([None, None, None, None, "CHỦ TỊCH"])
    sheet.append([None, None, None, None, "Nguyễn Văn Toàn"])
    for column in "ABCDEFG":
        sheet.column_dimensions[column].width = 22
    for row in sheet.iter_rows(min_row=top, max_row=top + len(weeks) - 1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    book.save(path)


def kj3_xlsx(path: Path) -> None:
    """A provincial water-supply company's task list exported from its e-office system: metadata lines,
    `TT | Số hiệu | Nội dung công việc | Lãnh đạo giao | Đơn vị chủ trì | Hạn xử lý | Tình trạng`;
    task 2 has sub-tasks `2.1`, `2.2` and a status of its own, as they have; task 4 has `4.1` only."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Export"
    sheet.append(["PHẦN MỀM ĐIỀU HÀNH - CÔNG TY CỔ PHẦN CẤP NƯỚC TÂY ĐÔ"])
    sheet.append(["DANH SÁCH NHIỆM VỤ THEO DÕI (từ 01/03/2028 đến 31/03/2028)"])
    sheet.append(["Ngày xuất: 02/04/2028"])
    sheet.append(
        ["TT", "Số hiệu", "Nội dung công việc", "Lãnh đạo giao", "Đơn vị chủ trì", "Hạn xử lý", "Tình trạng"]
    )
    rows = [
        (
            "1",
            "NV-28-101",
            "Lập kế hoạch súc xả mạng lưới đường ống quý II năm 2028",
            "Phó Tổng Giám đốc Lâm Quốc Việt",
            "Xí nghiệp Mạng lưới",
            "20/03/2028 16:00",
            "Đã hoàn thành",
        ),
        (
            "2",
            "NV-28-104",
            "Triển khai lắp đặt đồng hồ nước thông minh cho khu đô thị Nam Cần",
            "Tổng Giám đốc Hồ Thanh Tâm",
            "Phòng Kỹ thuật",
            "30/06/2028 17:00",
            "Đang thực hiện",
        ),
        (
            "2.1",
            "NV-28-105",
            "Khảo sát hiện trạng đồng hồ và đường ống nhánh khu đô thị Nam Cần",
            "Phòng Kỹ thuật",
            "Xí nghiệp Mạng lưới",
            "15/04/2028 17:00",
            "Đang thực hiện",
        ),
        (
            "2.2",
            "NV-28-106",
            "Lựa chọn nhà thầu cung cấp đồng hồ nước thông minh",
            "Phòng Kỹ thuật",
            "Phòng Kế hoạch - Vật tư",
            "25/05/2028 17:00",
            "Chưa thực hiện",
        ),
        (
            "3",
            "NV-28-110",
            "Báo cáo chất lượng nước sau xử lý gửi Sở Y tế (hằng tháng)",
            "Phó Tổng Giám đốc Lâm Quốc Việt",
            "Phòng Quản lý chất lượng",
            "",
            "Đang thực hiện",
        ),
        (
            "4",
            "NV-28-112",
            "Hoàn thiện hồ sơ điều chỉnh giá nước sạch năm 2028",
            "Tổng Giám đốc Hồ Thanh Tâm",
            "Phòng Tài chính - Kế toán",
            "10/05/2028 17:00",
            "Đang thực hiện",
        ),
        (
            "4.1",
            "NV-28-113",
            "Tổ chức lấy ý kiến khách hàng về phương án giá nước",
            "Phòng Tài chính - Kế toán",
            "Phòng Kinh doanh",
            "20/04/2028 17:00",
            "Chưa thực hiện",
        ),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet.append(["Tổng số: 7 nhiệm vụ"])
    book.save(path)


def siblings_kj() -> None:
    """Writes kj1 and kj3 (kj2 is written by hand)."""
    DOCS.mkdir(exist_ok=True)
    kj1_xlsx(DOCS / "kj1_lich_thang_phuong_luoi_tuan_thu.xlsx")
    kj3_xlsx(DOCS / "kj3_xuat_nv_cap_nuoc_viec_con_tinh_trang.xlsx")
