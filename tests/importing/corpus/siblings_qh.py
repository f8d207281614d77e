"""The main corpus's siblings of the held-out document h378 (moved to the main corpus when the
importer was taught its shape, helper h13fixQH): a plan kept as an Excel sheet wider than the page
and printed to PDF as it stands (no fit-to-width), so its columns are split over pages, the number
column and the header row repeated on every page as print titles. qh1: a ward's digital
transformation plan over three pages, `TT | Nhiệm vụ` / `TT | Cơ quan chủ trì | Cơ quan phối hợp` /
`TT | Thời hạn | Kinh phí` (lettered sections `A`, `B`). qh2: a Department of Finance's programme
over four pages, `Số TT | Tên nhiệm vụ` / `Số TT | Lãnh đạo phụ trách | Phòng chủ trì` / `Số TT |
Phòng phối hợp | Thời gian hoàn thành` / `Số TT | Hình thức văn bản`. Their expected items
(expected/qh*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-qh` writes qh1 and qh2 (.pdf, LibreOffice).
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _sheet(path: Path, title: str, top: list[tuple[str, str, bool]], header, rows, widths, closing) -> None:
    """A sheet printed on A4 portrait without fit-to-width: `top` (cell, text, bold) over the table,
    `closing` (column letter, row offset under the table, text, bold) under it; the number column
    and the header row are the print titles, the rows as high as AutoFit makes them."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    book = Workbook()
    sheet = book.active
    sheet.title = title
    bold = Font(name="Times New Roman", bold=True, size=12)
    plain = Font(name="Times New Roman", size=12)
    for ref, text, is_bold in top:
        sheet[ref] = text
        sheet[ref].font = bold if is_bold else plain
    start = max(int(ref[1:]) for ref, _, _ in top) + 2
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for column, label in enumerate(header, start=1):
        cell = sheet.cell(start, column, label)
        cell.font = bold
        cell.border = box
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for offset, row in enumerate(rows, start=1):
        section = not row[0].isdigit()
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(start + offset, column, value)
            cell.font = bold if section else plain
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    end = start + len(rows)
    for column, below, text, is_bold in closing:
        sheet[f"{column}{end + below}"] = text
        sheet[f"{column}{end + below}"].font = bold if is_bold else plain
    letters = "ABCDEFGHIJ"[: len(widths)]
    for letter, width in zip(letters, widths, strict=True):
        sheet.column_dimensions[letter].width = width
    for row in range(start, end + 1):
        lines = max(
            -(-len(str(sheet.cell(row, column).value or "")) // int(width * 1.1))
            for column, width in enumerate(widths, start=1)
        )
        sheet.row_dimensions[row].height = 16 * max(lines, 1) + 2
    sheet.print_title_rows = f"{start}:{start}"
    sheet.print_title_cols = "A:A"
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.pageOrder = "downThenOver"
    sheet.sheet_properties.pageSetUpPr.fitToPage = False
    sheet.print_area = f"A1:{letters[-1]}{end + 8}"
    book.save(path)


def qh1_xlsx(path: Path) -> None:
    """A ward's digital transformation plan for 2027: three pages — the tasks, then the lead and the
    partners (the signature under them), then the time and the funding."""
    rows = [
        ["A", "HẠ TẦNG VÀ DỮ LIỆU SỐ", "", "", "", ""],
        [
            "1",
            "Nâng cấp mạng nội bộ và thiết bị tường lửa tại trụ sở Ủy ban nhân dân phường",
            "Văn phòng HĐND và UBND phường",
            "Công ty Viễn thông Hà Giang",
            "Tháng 4/2027",
            "120",
        ],
        [
            "2",
            "Số hóa hồ sơ hộ tịch lưu trữ từ năm 2010 đến năm 2020, cập nhật vào cơ sở dữ liệu hộ tịch điện tử",
            "Phòng Văn hóa - Xã hội",
            "Văn phòng HĐND và UBND phường",
            "Quý III/2027",
            "85",
        ],
        [
            "3",
            "Cập nhật dữ liệu dân cư, đất đai các tổ dân phố lên hệ thống bản đồ số của phường",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Công an phường",
            "20/10/2027",
            "",
        ],
        ["B", "CHÍNH QUYỀN SỐ VÀ CÔNG DÂN SỐ", "", "", "", ""],
        [
            "4",
            "Duy trì hoạt động của các tổ công nghệ số cộng đồng tại 12 tổ dân phố",
            "Phòng Văn hóa - Xã hội",
            "Đoàn Thanh niên phường",
            "Thường xuyên",
            "",
        ],
        [
            "5",
            "Tập huấn kỹ năng sử dụng dịch vụ công trực tuyến cho cán bộ, công chức và người dân",
            "Trung tâm Phục vụ hành chính công phường",
            "Phòng Văn hóa - Xã hội",
            "Từ tháng 5 đến tháng 6/2027",
            "40",
        ],
        [
            "6",
            "Báo cáo tiến độ chuyển đổi số của phường gửi Sở Khoa học và Công nghệ",
            "Văn phòng HĐND và UBND phường",
            "Các phòng chuyên môn",
            "Hằng quý",
            "",
        ],
        [
            "7",
            "Tổng kết, đánh giá kết quả thực hiện Kế hoạch năm 2027",
            "Văn phòng HĐND và UBND phường",
            "Các phòng chuyên môn",
            "Trước 10/12/2027",
            "",
        ],
    ]
    _sheet(
        path,
        "CDS 2027",
        [
            ("B1", "ỦY BAN NHÂN DÂN PHƯỜNG MINH KHAI", True),
            ("B2", "KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2027", True),
            ("B3", "(Kèm theo Quyết định số 21/QĐ-UBND ngày 18/01/2027 của UBND phường Minh Khai)", False),
            ("D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
            ("D2", "Độc lập - Tự do - Hạnh phúc", True),
            ("D3", "Minh Khai, ngày 18 tháng 01 năm 2027", False),
        ],
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Kinh phí (triệu đồng)"],
        rows,
        [5, 44, 26, 26, 18, 14],
        [
            ("B", 2, "Nơi nhận:", True),
            ("B", 3, "- Thường trực Đảng ủy phường;", False),
            ("B", 4, "- Các phòng chuyên môn;", False),
            ("B", 5, "- Lưu: VT.", False),
            ("D", 2, "TM. ỦY BAN NHÂN DÂN", True),
            ("D", 3, "CHỦ TỊCH", True),
            ("D", 7, "Lò Văn Thạch", True),
        ],
    )


def qh2_xlsx(path: Path) -> None:
    """A Department of Finance's work programme for 2026: four pages — the task names, the leader in
    charge and the lead division, the partners and the time, the document form."""
    rows = [
        ["I", "Lĩnh vực quản lý ngân sách", "", "", "", "", ""],
        [
            "1",
            "Tham mưu dự thảo Nghị quyết của HĐND tỉnh quy định phân cấp nguồn thu, nhiệm vụ chi ngân sách giai đoạn 2027 - 2030",
            "Phó Giám đốc Hà Thị Nguyệt",
            "Phòng Quản lý ngân sách",
            "Sở Tư pháp; UBND các xã, phường",
            "Tháng 9/2026",
            "Nghị quyết",
        ],
        [
            "2",
            "Thẩm định dự toán thu, chi ngân sách năm 2027 của các sở, ban, ngành",
            "Phó Giám đốc Hà Thị Nguyệt",
            "Phòng Quản lý ngân sách",
            "",
            "15/11/2026",
            "Báo cáo thẩm định",
        ],
        ["II", "Lĩnh vực tài chính doanh nghiệp và giá", "", "", "", "", ""],
        [
            "3",
            "Xây dựng bảng giá tính lệ phí trước bạ đối với tài sản là nhà",
            "Phó Giám đốc Vũ Đức Long",
            "Phòng Giá, công sản và tài chính doanh nghiệp",
            "Sở Xây dựng; Cục Thuế tỉnh",
            "Quý II/2026",
            "Quyết định",
        ],
        [
            "4",
            "Theo dõi, tổng hợp tình hình giá cả thị trường trên địa bàn tỉnh",
            "Phó Giám đốc Vũ Đức Long",
            "Phòng Giá, công sản và tài chính doanh nghiệp",
            "",
            "Hằng tháng",
            "Báo cáo",
        ],
        ["III", "Công tác thanh tra, kiểm tra", "", "", "", "", ""],
        [
            "5",
            "Thanh tra việc quản lý, sử dụng tài sản công tại 03 đơn vị sự nghiệp",
            "Giám đốc Sở",
            "Thanh tra Sở",
            "Phòng Giá, công sản và tài chính doanh nghiệp",
            "Từ tháng 7 đến tháng 10/2026",
            "Kết luận thanh tra",
        ],
        [
            "6",
            "Tiếp công dân, giải quyết đơn thư thuộc thẩm quyền của Sở",
            "Giám đốc Sở",
            "Văn phòng Sở",
            "Thanh tra Sở",
            "Thường xuyên",
            "",
        ],
    ]
    _sheet(
        path,
        "Chuong trinh 2026",
        [
            ("B1", "UBND TỈNH BẮC SƠN", True),
            ("B2", "SỞ TÀI CHÍNH", True),
            ("B3", "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026 CỦA SỞ TÀI CHÍNH", True),
            (
                "B4",
                "(Ban hành kèm theo Quyết định số 15/QĐ-STC ngày 12/01/2026 của Giám đốc Sở Tài chính)",
                False,
            ),
        ],
        [
            "Số TT",
            "Tên nhiệm vụ",
            "Lãnh đạo phụ trách",
            "Phòng chủ trì",
            "Phòng phối hợp",
            "Thời gian hoàn thành",
            "Hình thức văn bản",
        ],
        rows,
        [6, 60, 26, 30, 30, 20, 22],
        [
            ("B", 2, "Nơi nhận:", True),
            ("B", 3, "- UBND tỉnh (b/c);", False),
            ("B", 4, "- Lãnh đạo Sở;", False),
            ("B", 5, "- Các phòng, đơn vị thuộc Sở;", False),
            ("B", 6, "- Lưu: VT, VP.", False),
            ("F", 2, "GIÁM ĐỐC", True),
            ("F", 6, "Đinh Công Tráng", True),
        ],
    )


def siblings_qh() -> None:
    if not shutil.which("soffice"):
        print("soffice not found: qh1 and qh2 (PDFs) were not regenerated", file=sys.stderr)
        return
    h = heldout_writers()
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for write, name in (
            (qh1_xlsx, "qh1_kh_cds_phuong_excel_in_tach_cot"),
            (qh2_xlsx, "qh2_ct_so_tai_chinh_excel_ba_trang_cot"),
        ):
            write(tmp / f"{name}.xlsx")
            h.soffice_convert(tmp / f"{name}.xlsx", "pdf", DOCS / f"{name}.pdf")
