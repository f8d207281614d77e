"""The main corpus's siblings of the held-out documents h141, h131 and h133 (moved to the main corpus
when the importer was taught their shapes, helper h13fixJE; the form exports je1 and je2 are CSV,
written by hand): the same shape with other bodies, units, tasks, dates and surface details. Their
expected items (expected/je1_…–je3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-je` writes je3 (an .xlsx re-saved by
LibreOffice, so its formulas carry their cached values), with the held-out script's writer helpers.
"""

import datetime
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def je3_xlsx(h, path: Path) -> None:
    """A provincial construction department's tracking sheet (sibling of h133): the due column holds
    only formulas (the day given plus the days allowed), one row a text instead, and a closing count
    row with a COUNTA and an AVERAGE formula."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Cong viec Q1-Q2"
    h.sheet_title_rows(
        sheet,
        [
            "SỞ XÂY DỰNG TỈNH HÒA BÌNH NAM",
            "THEO DÕI THỰC HIỆN CÔNG VIỆC ĐƯỢC GIAO NĂM 2027",
            "(Số liệu cập nhật ngày 20/4/2027)",
            "",
        ],
        8,
    )
    h.xlsx_header(
        sheet,
        [
            "STT",
            "Nội dung công việc",
            "Bộ phận thực hiện",
            "Ngày giao việc",
            "Số ngày được giao",
            "Thời hạn hoàn thành",
            "Tỷ lệ hoàn thành",
            "Ghi chú",
        ],
    )
    rows = [
        (
            1,
            "Thẩm định hồ sơ thiết kế cơ sở dự án đường liên xã Tân Phú - Hòa Bình",
            "Phòng Quản lý xây dựng",
            datetime.date(2027, 1, 11),
            45,
            None,
            1,
            "",
        ),
        (
            2,
            "Kiểm tra công tác bảo trì các tuyến đường tỉnh quản lý",
            "Phòng Quản lý hạ tầng kỹ thuật",
            datetime.date(2027, 1, 18),
            60,
            None,
            0.8,
            "",
        ),
        (
            3,
            "Rà soát, đề xuất điều chỉnh đơn giá bồi thường nhà ở, vật kiến trúc",
            "Phòng Kinh tế và Vật liệu xây dựng",
            datetime.date(2027, 2, 1),
            120,
            None,
            0.4,
            "Đã gia hạn 20 ngày (đã cộng vào số ngày)",
        ),
        (
            4,
            "Cập nhật cơ sở dữ liệu về nhà ở và thị trường bất động sản lên hệ thống của Bộ",
            "Văn phòng Sở",
            None,
            None,
            "Định kỳ hằng quý",
            None,
            "",
        ),
        (
            5,
            "Hướng dẫn thực hiện quy định về cấp giấy phép xây dựng có thời hạn",
            "Phòng Quản lý xây dựng",
            datetime.date(2027, 3, 1),
            None,
            "Chờ Nghị định sửa đổi",
            0.05,
            "Chưa có văn bản",
        ),
        (
            6,
            "Tổ chức tập huấn phần mềm quản lý cấp phép xây dựng cho cán bộ cấp xã",
            "Trung tâm Quy hoạch và Kiểm định xây dựng",
            datetime.date(2027, 3, 15),
            30,
            None,
            0.5,
            "",
        ),
        (
            7,
            "Tổng kết, đánh giá 05 năm thực hiện Chương trình phát triển đô thị tỉnh",
            "Phòng Quy hoạch - Kiến trúc",
            datetime.date(2027, 4, 5),
            200,
            None,
            0,
            "Chưa triển khai",
        ),
    ]
    first = sheet.max_row + 1
    for values in rows:
        sheet.append(list(values))
        row = sheet.max_row
        if values[3] is not None:
            sheet.cell(row, 4).number_format = "DD/MM/YYYY"
        if values[5] is None and values[4] is not None:
            sheet.cell(row, 6).value = f"=D{row}+E{row}"
            sheet.cell(row, 6).number_format = "DD/MM/YYYY"
        if values[6] is not None:
            sheet.cell(row, 7).number_format = "0%"
        for column in (2, 3, 8):
            sheet.cell(row, column).alignment = Alignment(wrap_text=True, vertical="top")
    last = sheet.max_row
    sheet.append(
        [
            "",
            "Tổng số công việc:",
            f"=COUNTA(B{first}:B{last})",
            "",
            "",
            "",
            f"=AVERAGE(G{first}:G{last})",
            "",
        ]
    )
    sheet.cell(sheet.max_row, 2).font = Font(bold=True)
    sheet.cell(sheet.max_row, 7).number_format = "0%"
    for column, width in zip("ABCDEFGH", [5, 50, 30, 13, 10, 14, 10, 28], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


def siblings_je() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: the .xlsx je3 was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        name = "je3_theo_doi_cv_so_xay_dung_han_cong_thuc.xlsx"
        source = Path(tmp) / "src" / name
        source.parent.mkdir()
        je3_xlsx(h, source)
        h.soffice_convert(source, "xlsx", DOCS / name)
