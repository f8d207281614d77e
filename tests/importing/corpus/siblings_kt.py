"""The main corpus's siblings of the held-out document h286 (moved to the main corpus when the importer
was taught its shape, by h13fixKT on 2026-12-05): a work programme whose month columns are headed by
the bare numbers `1` … `12` under a spanning `… (tháng)` label and marked `x`; and of the held-out
h293: a month's calendar whose week rows span the table and whose day cells give only the weekday.
Their expected items (expected/kt1_…, kt2_…, kt3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-kt` writes kt1 and kt2 (.xlsx) and kt3 (.docx).
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _grid(sheet, months: list[int], rows: list[tuple], span_label: str) -> None:
    """A two-row header: `TT | Nội dung | Chủ trì | <span_label> over the month numbers | Ghi chú`."""
    header_row = 4  # under two title lines and a blank one
    width = 3 + len(months) + 1
    top = (
        ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", span_label] + [None] * (len(months) - 1) + ["Ghi chú"]
    )
    sheet.append(top)
    sheet.append([None, None, None, *months, None])
    from openpyxl.utils import get_column_letter

    for column in (1, 2, 3, width):
        letter = get_column_letter(column)
        sheet.merge_cells(f"{letter}{header_row}:{letter}{header_row + 1}")
    sheet.merge_cells(f"D{header_row}:{get_column_letter(3 + len(months))}{header_row}")
    for row in rows:
        sheet.append(list(row))


def kt1_xlsx(path: Path) -> None:
    """A district Health Centre's work programme for 2027: months 1–12 as bare numbers under
    `Tháng thực hiện`, marks `x` / `X`; the last marked month is the due."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "KH 2027"
    sheet.append(["TRUNG TÂM Y TẾ HUYỆN NAM SƠN"])
    sheet.append(["KẾ HOẠCH CÔNG TÁC NĂM 2027"])
    sheet.append([])
    blank = [""] * 12

    def marks(*months: int, mark: str = "x") -> list[str]:
        cells = list(blank)
        for month in months:
            cells[month - 1] = mark
        return cells

    rows = [
        (
            "1",
            "Tổ chức tiêm chủng mở rộng đợt 1 cho trẻ dưới 5 tuổi",
            "Khoa Kiểm soát bệnh tật",
            *marks(3, 4),
            "",
        ),
        ("2", "Kiểm tra an toàn thực phẩm dịp Tết Trung thu", "Khoa An toàn thực phẩm", *marks(9), ""),
        (
            "3",
            "Giám sát dịch sốt xuất huyết tại các xã",
            "Khoa Kiểm soát bệnh tật",
            *marks(6, 7, 8, 9, 10),
            "",
        ),
        (
            "4",
            "Tập huấn sơ cứu ban đầu cho y tế thôn bản",
            "Phòng Kế hoạch - Nghiệp vụ",
            *marks(5, mark="X"),
            "03 lớp",
        ),
        ("5", "Báo cáo tổng kết công tác y tế năm 2027", "Phòng Tổ chức - Hành chính", *marks(11, 12), ""),
    ]
    _grid(sheet, list(range(1, 13)), rows, "Tháng thực hiện")
    book.save(path)


def kt2_xlsx(path: Path) -> None:
    """A commune's half-year plan for the second half of 2029: months 7–12 as bare numbers under
    `Thời gian (tháng)`; one row with no mark (no due printed)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "6 thang cuoi nam"
    sheet.append(["UBND XÃ TÂN HƯNG"])
    sheet.append(["KẾ HOẠCH THỰC HIỆN NHIỆM VỤ 6 THÁNG CUỐI NĂM 2029"])
    sheet.append([])

    def marks(*months: int) -> list[str]:
        return ["x" if month in months else "" for month in range(7, 13)]

    rows = [
        ("1", "Ra quân làm thủy lợi nội đồng trước mùa mưa", "Ban Nông nghiệp xã", *marks(7, 8), ""),
        (
            "2",
            "Rà soát hộ cận nghèo để đề nghị hỗ trợ bảo hiểm y tế",
            "Công chức Văn hóa - Xã hội",
            *marks(10),
            "",
        ),
        ("3", "Tuyên truyền phòng cháy rừng mùa khô", "Công an xã", *marks(), "Khi có chỉ đạo của huyện"),
        ("4", "Tổng hợp báo cáo kinh tế - xã hội năm 2029", "Văn phòng - Thống kê", *marks(11, 12), ""),
    ]
    _grid(sheet, list(range(7, 13)), rows, "Thời gian (tháng)")
    book.save(path)


def kt3_docx(path: Path) -> None:
    """A district People's Committee's calendar for April 2029: `Thứ | Nội dung | Chủ trì | Địa điểm
    | Đơn vị chuẩn bị`, each week a row merged across the table (`TUẦN 2 (09/4 - 13/4/2029)`), each
    day cell only the weekday (`Thứ Năm`), two weekdays (`Thứ Ba, Thứ Tư`) or `Cả tuần`."""
    from docx import Document

    document = Document()
    document.add_paragraph("UBND HUYỆN TÂN LẬP")
    document.add_paragraph("LỊCH CÔNG TÁC THÁNG 4/2029 CỦA THƯỜNG TRỰC UBND HUYỆN")
    rows = [
        ("TUẦN 1 (02/4 - 06/4/2029)",),
        (
            "Thứ Hai",
            "Họp giao ban UBND huyện tháng 4/2029",
            "Chủ tịch UBND huyện",
            "Phòng họp số 1",
            "Văn phòng HĐND và UBND huyện",
        ),
        (
            "Thứ Ba, Thứ Tư",
            "Kiểm tra công tác phòng cháy chữa cháy tại các chợ trên địa bàn",
            "PCT Nguyễn Văn Bình",
            "Các chợ",
            "Phòng Kinh tế và Hạ tầng",
        ),
        ("TUẦN 2 (09/4 - 13/4/2029)",),
        (
            "Thứ Năm",
            "Tiếp và làm việc với Đoàn giám sát của HĐND tỉnh về thu ngân sách",
            "Chủ tịch UBND huyện",
            "Hội trường UBND huyện",
            "Phòng Tài chính - Kế hoạch",
        ),
        (
            "Cả tuần",
            "Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng",
            "PCT Lê Thị Mai",
            "Tại cơ quan",
            "Phòng Nông nghiệp và Môi trường",
        ),
        ("TUẦN 3 (16/4 - 20/4/2029)",),
        (
            "Thứ Ba",
            "Làm việc với UBND xã Tân Phú về xây dựng nông thôn mới nâng cao",
            "PCT Nguyễn Văn Bình",
            "UBND xã Tân Phú",
            "Văn phòng Điều phối nông thôn mới",
        ),
        (
            "Thứ Sáu",
            "Hội nghị tổng kết công tác khuyến học, khuyến tài",
            "PCT Lê Thị Mai",
            "Hội trường UBND huyện",
            "Phòng Giáo dục và Đào tạo",
        ),
    ]
    table = document.add_table(rows=1, cols=5)
    for cell, label in zip(
        table.rows[0].cells, ("Thứ", "Nội dung", "Chủ trì", "Địa điểm", "Đơn vị chuẩn bị"), strict=True
    ):
        cell.text = label
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[4])
            merged.text = row[0]
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.add_paragraph("Lịch có thể thay đổi; Văn phòng thông báo lịch bổ sung (nếu có).")
    document.save(path)


def siblings_kt() -> None:
    kt1_xlsx(DOCS / "kt1_kh_ttyt_huyen_cot_thang_so.xlsx")
    kt2_xlsx(DOCS / "kt2_kh_xa_6_thang_cuoi_cot_thang_so.xlsx")
    kt3_docx(DOCS / "kt3_lich_thang_ubnd_huyen_thu_trong_tuan.docx")
