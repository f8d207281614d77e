"""The main corpus's siblings of the held-out documents h144, h145, h146 and h147 (helper h13fixJH):
the same shapes with other bodies, units, tasks, dates and surface details. Their expected items
(expected/jh1_…–jh4_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-jh` writes jh1 and jh2 (.xlsx) and, through
LibreOffice, jh3 (.xls) and jh4 (.ods).
"""

# ruff: noqa: E501 — document text is data: long lines.
import datetime
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def jh1_xlsx(h, path: Path) -> None:
    """A project board's quarter progress plan as a Gantt of week columns numbered within the quarter
    (`Tuần 1` … `Tuần 13`) over a row of each week's days (`02/10 - 08/10`, a week crossing a month);
    marks `●` on a light fill, one row with two spans, a duty marked every week with `Thường xuyên`."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Tien do Q4"
    weeks = list(range(1, 14))
    width = 3 + len(weeks) + 1
    h.sheet_title_rows(
        sheet,
        [
            "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG HUYỆN YÊN PHÚ",
            "TIẾN ĐỘ THỰC HIỆN CÁC DỰ ÁN ĐẦU TƯ CÔNG QUÝ IV NĂM 2028",
            "(Kèm theo Thông báo số 214/TB-BQLDA ngày 26/9/2028)",
            "",
        ],
        width,
    )
    first_week = datetime.date(2028, 10, 2)
    h.xlsx_header(
        sheet,
        ["TT", "Hạng mục công việc", "Bộ phận thực hiện"] + [f"Tuần {week}" for week in weeks] + ["Ghi chú"],
    )
    top = sheet.max_row
    days = ["", "", ""]
    for index in range(len(weeks)):
        start = first_week + datetime.timedelta(days=7 * index)
        end = start + datetime.timedelta(days=6)
        days.append(f"{start.day:02d}/{start.month:02d} - {end.day:02d}/{end.month:02d}")
    days.append("")
    sheet.append(days)
    for column in (1, 2, 3, width):
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    for cell in sheet[top + 1]:
        cell.font = Font(size=8)
    rows = [
        (
            "1",
            "Hoàn thiện hồ sơ thiết kế bản vẽ thi công Trường Mầm non Hoa Sen",
            "Phòng Kỹ thuật",
            [1, 2, 3],
            "",
        ),
        (
            "2",
            "Tổ chức lựa chọn nhà thầu thi công gói thầu số 05",
            "Phòng Kế hoạch - Đấu thầu",
            [3, 4, 5],
            "",
        ),
        (
            "3",
            "Giám sát thi công nhà lớp học 2 tầng Trường Tiểu học Yên Lạc",
            "Tổ Giám sát hiện trường",
            [2, 3, 4, 8, 9, 10],
            "Tạm dừng khi mưa lớn",
        ),
        (
            "4",
            "Thanh toán khối lượng hoàn thành đợt 2 cho các nhà thầu",
            "Phòng Tài chính - Kế toán",
            [7],
            "",
        ),
        (
            "5",
            "Bồi thường, giải phóng mặt bằng tuyến đường liên xã Yên Lạc - Đông Sơn",
            "Tổ Bồi thường - Giải phóng mặt bằng",
            [4, 5, 6, 7, 8, 9],
            "",
        ),
        (
            "6",
            "Cập nhật nhật ký công trình trên hệ thống giám sát đầu tư",
            "Văn phòng Ban",
            weeks,
            "Thường xuyên",
        ),
        ("7", "Lập hồ sơ quyết toán vốn đầu tư công năm 2028", "Phòng Tài chính - Kế toán", [12, 13], ""),
    ]
    fill = PatternFill("solid", fgColor="D9D9D9")
    for number, text, unit, marked, note in rows:
        sheet.append([number, text, unit] + ["●" if week in marked else "" for week in weeks] + [note])
        row = sheet.max_row
        sheet.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        for index, week in enumerate(weeks):
            if week in marked:
                cell = sheet.cell(row, 4 + index)
                cell.fill = fill
                cell.alignment = Alignment(horizontal="center")
    sheet.append([])
    sheet.append(["", "Ký hiệu: ● tuần thực hiện (từ thứ Hai đến Chủ nhật)."])
    sheet.append(["", "", "", "", "", "", "", "", "", "", "TRƯỞNG BAN"])
    sheet.append(["", "", "", "", "", "", "", "", "", "", "(đã ký)"])
    sheet.append(["", "", "", "", "", "", "", "", "", "", "Vũ Đình Khánh"])
    sheet.column_dimensions["A"].width = 5
    sheet.column_dimensions["B"].width = 44
    sheet.column_dimensions["C"].width = 26
    for index in range(len(weeks)):
        sheet.column_dimensions[get_column_letter(4 + index)].width = 12
    workbook.save(path)


def jh2_xlsx(h, path: Path) -> None:
    """A district culture centre's activity plan whose outline is only the cells' indent (no numbers):
    bold groups at indent 0, activities at 1, sub-activities at 2 with no unit of their own under a
    parent with a unit and no time; two-digit years; a money column and a `Cộng` SUM row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH 2028"
    h.sheet_title_rows(
        sheet,
        [
            "UBND HUYỆN ĐẠI AN",
            "TRUNG TÂM VĂN HÓA - THÔNG TIN VÀ THỂ THAO",
            "KẾ HOẠCH HOẠT ĐỘNG NĂM 2028",
            "",
        ],
        4,
    )
    h.xlsx_header(sheet, ["Hoạt động", "Bộ phận phụ trách", "Thời hạn", "Dự toán (nghìn đồng)"])
    rows = [
        (0, "Hoạt động văn hóa, nghệ thuật", "", "", None),
        (
            1,
            "Tổ chức Liên hoan văn nghệ quần chúng chào mừng Quốc khánh",
            "Tổ Nghệ thuật quần chúng",
            "31/8/28",
            90000,
        ),
        (1, "Chiếu phim lưu động phục vụ thôn, bản vùng sâu", "Đội Thông tin lưu động", "Hằng quý", 40000),
        (0, "Hoạt động thể dục, thể thao", "", "", None),
        (1, "Tổ chức Đại hội Thể dục thể thao huyện lần thứ X", "Tổ Thể dục thể thao", "", None),
        (2, "Thi đấu môn bóng chuyền hơi nam, nữ", "", "Tháng 4 - 5/28", 35000),
        (2, "Thi đấu môn cờ tướng, cờ vua các lứa tuổi", "", "15/6/28", 12000),
        (1, "Mở lớp dạy bơi miễn phí cho trẻ em dịp hè", "Tổ Thể dục thể thao", "Từ 02/6/28", 30000),
        (0, "Công tác thông tin, tuyên truyền", "", "", None),
        (
            1,
            "Xây dựng trang thông tin điện tử của Trung tâm",
            "Tổ Hành chính - Tổng hợp",
            "Quý III/28",
            60000,
        ),
        (1, "Tuyên truyền cổ động trực quan các ngày lễ lớn", "Đội Thông tin lưu động", "Hằng tháng", 24000),
        (1, "Phát hành bản tin văn hóa số cuối năm", "Tổ Hành chính - Tổng hợp", "20/12/28", None),
    ]
    first = sheet.max_row + 1
    for level, text, unit, time, money in rows:
        sheet.append([text, unit, time, money])
        row = sheet.max_row
        sheet.cell(row, 1).alignment = Alignment(indent=level, wrap_text=True, vertical="top")
        if level == 0:
            sheet.cell(row, 1).font = Font(bold=True)
    last = sheet.max_row
    sheet.append(["Cộng", "", "", f"=SUM(D{first}:D{last})"])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    sheet.append([])
    sheet.append(["", "", "GIÁM ĐỐC"])
    sheet.append(["", "", "(đã ký)"])
    sheet.append(["", "", "Phạm Thị Lan"])
    for column, width in zip("ABCD", [60, 28, 14, 16], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


def jh3_xlsx(h, path: Path) -> None:
    """A district's list of drafts to submit (saved as .xls): lettered section rows per level
    submitted to, numbering restarting in each, a leader column, a row withdrawn in its note and a
    row whose note gives the month it was moved from."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Danh muc 2028"
    h.sheet_title_rows(
        sheet,
        [
            "ỦY BAN NHÂN DÂN HUYỆN ĐẠI AN",
            "DANH MỤC ĐỀ ÁN, DỰ THẢO VĂN BẢN TRÌNH NĂM 2028 (ĐIỀU CHỈNH)",
            "(Kèm theo Quyết định số 702/QĐ-UBND ngày 15/4/2028 của UBND huyện)",
            "",
        ],
        6,
    )
    h.xlsx_header(
        sheet,
        [
            "TT",
            "Tên đề án, dự thảo văn bản",
            "Cơ quan chủ trì xây dựng",
            "Lãnh đạo UBND huyện chỉ đạo",
            "Thời hạn trình",
            "Ghi chú",
        ],
    )
    rows = [
        ("A", "TRÌNH BAN THƯỜNG VỤ HUYỆN ỦY"),
        (
            "1",
            "Đề án phát triển vùng nguyên liệu dược liệu tập trung giai đoạn 2028 - 2032",
            "Phòng Nông nghiệp và Môi trường",
            "PCT Hoàng Văn Bình",
            "Tháng 8/2028",
            "",
        ),
        (
            "2",
            "Báo cáo sơ kết 03 năm thực hiện Nghị quyết về chuyển đổi số của Huyện ủy",
            "Phòng Văn hóa, Khoa học và Thông tin",
            "Chủ tịch UBND huyện",
            "Tháng 7/2028",
            "Lùi thời gian từ tháng 5/2028",
        ),
        ("B", "TRÌNH HĐND HUYỆN"),
        (
            "1",
            "Nghị quyết phê duyệt kế hoạch đầu tư công trung hạn điều chỉnh",
            "Phòng Tài chính - Kế hoạch",
            "PCT Ngô Thị Thu",
            "Kỳ họp chuyên đề của HĐND huyện",
            "",
        ),
        (
            "2",
            "Nghị quyết hỗ trợ kinh phí mua thẻ bảo hiểm y tế cho học sinh hộ cận nghèo",
            "Phòng Y tế",
            "PCT Ngô Thị Thu",
            "Tháng 6/2028",
            "Đã rút khỏi danh mục theo Thông báo số 58/TB-UBND ngày 02/4/2028",
        ),
        (
            "3",
            "Nghị quyết về dự toán thu, chi ngân sách huyện năm 2029",
            "Phòng Tài chính - Kế hoạch",
            "Chủ tịch UBND huyện",
            "Tháng 12/2028",
            "",
        ),
        ("C", "UBND HUYỆN BAN HÀNH"),
        (
            "1",
            "Quyết định ban hành Quy chế quản lý chợ trên địa bàn huyện",
            "Phòng Kinh tế - Hạ tầng",
            "PCT Hoàng Văn Bình",
            "Phiên họp thường kỳ tháng 9/2028",
            "",
        ),
        (
            "2",
            "Kế hoạch phát triển mạng lưới trường, lớp mầm non đến năm 2030",
            "Phòng Giáo dục và Đào tạo",
            "PCT Ngô Thị Thu",
            datetime.date(2028, 6, 20),
            "",
        ),
        (
            "3",
            "Đề án sắp xếp các thôn, tổ dân phố chưa đủ tiêu chuẩn",
            "Phòng Nội vụ",
            "Chủ tịch UBND huyện",
            "Quý III/2028",
            "",
        ),
    ]
    for values in rows:
        sheet.append(list(values))
        row = sheet.max_row
        if len(values) == 2:
            sheet.cell(row, 1).font = Font(bold=True)
            sheet.cell(row, 2).font = Font(bold=True)
            sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
            continue
        if isinstance(values[4], datetime.date):
            sheet.cell(row, 5).number_format = "DD/MM/YYYY"
        for column in (2, 3, 6):
            sheet.cell(row, column).alignment = Alignment(wrap_text=True, vertical="top")
    for column, width in zip("ABCDEF", [5, 54, 28, 22, 20, 34], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


def jh4_xlsx(h, path: Path) -> None:
    """Socio-economic targets given to a district's communes and town (saved as .ods): a two-row
    header whose spanning `Phân bổ cho xã, thị trấn` cell heads one number column per commune, a
    district column before them, the following unit and the time after them."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Phan bo chi tieu"
    places = ["Thị trấn Đại An", "Xã Bình Minh", "Xã Hòa Lạc", "Xã Sơn Tây"]
    width = 4 + len(places) + 2
    h.sheet_title_rows(
        sheet,
        [
            "ỦY BAN NHÂN DÂN HUYỆN ĐẠI AN",
            "PHỤ LỤC: PHÂN BỔ CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2028 CHO CÁC XÃ, THỊ TRẤN",
            "(Kèm theo Quyết định số 35/QĐ-UBND ngày 08/01/2028 của UBND huyện)",
            "",
        ],
        width,
    )
    h.xlsx_header(
        sheet,
        ["TT", "Tên chỉ tiêu", "ĐVT", "Kế hoạch huyện", "Phân bổ cho xã, thị trấn"]
        + [""] * (len(places) - 1)
        + ["Đơn vị theo dõi", "Thời hạn"],
    )
    top = sheet.max_row
    sheet.append(["", "", "", "", *places, "", ""])
    for cell in sheet[top + 1]:
        cell.font = Font(bold=True)
    sheet.merge_cells(start_row=top, start_column=5, end_row=top, end_column=4 + len(places))
    for column in (1, 2, 3, 4, width - 1, width):
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    rows = [
        (
            "1",
            "Tốc độ tăng giá trị sản xuất nông, lâm, thủy sản",
            "%",
            "4,5",
            ["3,0", "5,0", "4,8", "4,2"],
            "Phòng Nông nghiệp và Môi trường",
            "Quý IV/2028",
        ),
        (
            "2",
            "Số trường học đạt chuẩn quốc gia (công nhận mới)",
            "trường",
            3,
            [1, 0, 1, 1],
            "Phòng Giáo dục và Đào tạo",
            datetime.date(2028, 7, 31),
        ),
        (
            "3",
            "Tỷ lệ dân số tham gia bảo hiểm y tế",
            "%",
            93,
            [95, 92, 91, 93],
            "Bảo hiểm xã hội huyện",
            "Hằng quý",
        ),
        (
            "4",
            "Số lao động được tạo việc làm mới",
            "người",
            1200,
            [350, 300, 280, 270],
            "Phòng Nội vụ",
            "Cả năm",
        ),
        (
            "5",
            "Tỷ lệ rác thải sinh hoạt được thu gom, xử lý",
            "%",
            82,
            [95, 78, 80, 75],
            "Trung tâm Dịch vụ công ích huyện",
            "Tháng 10/2028",
        ),
        (
            "6",
            "Thu ngân sách nhà nước trên địa bàn",
            "tỷ đồng",
            145,
            [60, 30, 28, 27],
            "Chi cục Thuế khu vực Đại An",
            "Hằng tháng",
        ),
    ]
    for number, text, unit, total, values, body, time in rows:
        sheet.append([number, text, unit, total, *values, body, time])
        row = sheet.max_row
        sheet.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(time, datetime.date):
            sheet.cell(row, width).number_format = "DD/MM/YYYY"
    sheet.append([])
    sheet.append(
        [
            "",
            "Ghi chú: UBND các xã, thị trấn phân bổ chỉ tiêu cho từng thôn, tổ dân phố trước ngày 31/01/2028.",
        ]
    )
    for column, width_ in zip("ABCDEFGHIJ", [5, 44, 9, 10, 11, 11, 11, 11, 30, 14], strict=True):
        sheet.column_dimensions[column].width = width_
    workbook.save(path)


def siblings_jh() -> None:
    h = heldout_writers()
    jh1_xlsx(h, DOCS / "jh1_tien_do_bqlda_cot_tuan_trong_quy.xlsx")
    jh2_xlsx(h, DOCS / "jh2_kh_trung_tam_vhtt_thut_le_nam_hai_so.xlsx")
    if not shutil.which("soffice"):
        print("soffice not found: jh3 (.xls) and jh4 (.ods) were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        name = "jh3_danh_muc_trinh_huyen_rut_khoi_danh_muc"
        jh3_xlsx(h, Path(tmp) / f"{name}.xlsx")
        h.soffice_convert(Path(tmp) / f"{name}.xlsx", "xls", DOCS / f"{name}.xls")
        name = "jh4_phan_bo_chi_tieu_huyen_cot_xa"
        jh4_xlsx(h, Path(tmp) / f"{name}.xlsx")
        h.soffice_convert(Path(tmp) / f"{name}.xlsx", "ods", DOCS / f"{name}.ods")
