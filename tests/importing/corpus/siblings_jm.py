"""The main corpus's siblings of the held-out documents h173 and h177 (helper h13fixJM): the same shapes
with other bodies, units, tasks, dates and surface details. Their expected items (expected/jm1_…, jm2_…)
were written by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-jm`
writes jm1 (.xls) and jm2 (a landscape PDF with a text layer) through LibreOffice. (A third, jm3, the
sibling of h180 — a 100 dpi scan — was written and removed again: h180 stays held out, Tesseract
misreading too many of its words at that resolution.)
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


def jm1_xlsx(h, path: Path) -> None:
    """A water company's quarter plan (saved as .xls) whose one sheet stacks **three month tables**,
    each under its own title line (`I. CÔNG VIỆC THÁNG 10/2028`), its own header and a count line,
    numbering restarting; `Trong tháng` is the month of the table it stands in; a closing note asks
    every team for a report."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Quy IV-2028"
    for line in [
        "CÔNG TY CỔ PHẦN CẤP NƯỚC LONG HẢI",
        "PHÒNG KẾ HOẠCH - KỸ THUẬT",
        "",
        "KẾ HOẠCH SẢN XUẤT - KỸ THUẬT QUÝ IV NĂM 2028",
        "(Ban hành kèm theo Quyết định số 214/QĐ-CNLH ngày 22/9/2028 của Tổng Giám đốc)",
        "",
    ]:
        sheet.append([line])
    labels = ["TT", "Công việc", "Bộ phận thực hiện", "Thời hạn", "Ghi chú"]
    tables = [
        (
            "I. CÔNG VIỆC THÁNG 10/2028",
            "Tổng cộng tháng 10: 3 việc",
            [
                (
                    "1",
                    "Súc xả, vệ sinh bể chứa nước sạch Nhà máy nước Bàu Sen",
                    "Xí nghiệp sản xuất nước",
                    "Trong tháng",
                    "Ngừng cấp 8 giờ",
                ),
                (
                    "2",
                    "Thay thế 120 đồng hồ nước quá hạn kiểm định tại phường Tân Phước",
                    "Đội quản lý đồng hồ",
                    datetime.date(2028, 10, 18),
                    "",
                ),
                (
                    "3",
                    "Lập hồ sơ mời thầu gói thầu hóa chất xử lý nước năm 2029",
                    "Phòng Vật tư",
                    "Trước 25/10",
                    "",
                ),
            ],
        ),
        (
            "II. CÔNG VIỆC THÁNG 11/2028",
            "Tổng cộng tháng 11: 3 việc",
            [
                (
                    "1",
                    "Kiểm tra rò rỉ mạng lưới đường ống cấp 2 khu vực Long Điền",
                    "Đội chống thất thoát nước",
                    "Trong tháng",
                    "Báo cáo tỷ lệ thất thoát",
                ),
                (
                    "2",
                    "Diễn tập phương án ứng phó sự cố tràn clo tại trạm bơm số 2",
                    "Xí nghiệp sản xuất nước",
                    "12 - 14/11/2028",
                    "",
                ),
                (
                    "3",
                    "Rà soát đơn giá lắp đặt đồng hồ nước cho khách hàng mới",
                    "Phòng Kinh doanh",
                    "Hằng tuần",
                    "Cập nhật lên trang web",
                ),
            ],
        ),
        (
            "III. CÔNG VIỆC THÁNG 12/2028",
            "Tổng cộng tháng 12: 3 việc",
            [
                (
                    "1",
                    "Bảo dưỡng định kỳ máy bơm và tủ điện trạm bơm tăng áp Phước Hưng",
                    "Xí nghiệp sản xuất nước",
                    datetime.date(2028, 12, 10),
                    "",
                ),
                (
                    "2",
                    "Tổng hợp số liệu sản lượng nước ghi thu năm 2028",
                    "Phòng Kinh doanh",
                    "Trong tháng",
                    "Số liệu đến 20/12",
                ),
                (
                    "3",
                    "Xây dựng kế hoạch sản xuất - kỹ thuật năm 2029 trình Hội đồng quản trị",
                    "Phòng Kế hoạch - Kỹ thuật",
                    "Trước 28/12",
                    "",
                ),
            ],
        ),
    ]
    for index, (title, count, rows) in enumerate(tables):
        if index:
            sheet.append([])
        sheet.append([title])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        h.xlsx_header(sheet, labels)
        for values in rows:
            sheet.append(list(values))
            if isinstance(values[3], datetime.date):
                sheet.cell(sheet.max_row, 4).number_format = "DD/MM/YYYY"
        sheet.append(["", count])
    sheet.append([])
    sheet.append(
        [
            "Lưu ý: Các xí nghiệp, đội, phòng gửi báo cáo kết quả thực hiện về Phòng Kế hoạch - Kỹ thuật trước ngày 20 tháng cuối mỗi quý."
        ]
    )
    sheet.append([])
    for line in ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "(đã ký)", "Trần Văn Khải"]:
        sheet.append(["", "", "", line])
    for column, width in zip("ABCDE", [5, 58, 30, 16, 26], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


def jm2_docx(h, path: Path) -> None:
    """A Department of Home Affairs' yearly plan (landscape → PDF with a text layer) whose tasks stand
    in **two tables side by side on each page**, one quarter each, held in a borderless outer table;
    `Trong quý` (in a left and a right table) is the quarter its own table's title names."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    document = Document()
    h.set_landscape(document.sections[0])
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(11)
    h.national_header(
        document,
        ["UBND TỈNH BẮC LƯƠNG", "SỞ NỘI VỤ", "Số: 09/KH-SNV"],
        "Bắc Lương, ngày 05 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Thực hiện công tác tổ chức bộ máy, biên chế và cải cách hành chính năm 2028",
            "Thực hiện chương trình công tác năm 2028 của UBND tỉnh, Sở Nội vụ giao nhiệm vụ cho các phòng theo từng quý tại các bảng sau.",
        ],
    )
    labels = ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian hoàn thành"]
    widths = [0.4, 2.1, 1.2, 0.9]
    pages = [
        (
            (
                "Phần 1. QUÝ I/2028",
                [
                    (
                        "1",
                        "Thẩm định đề án vị trí việc làm của các đơn vị sự nghiệp công lập thuộc tỉnh",
                        "Phòng Tổ chức, biên chế",
                        "Trong quý",
                    ),
                    (
                        "2",
                        "Tổ chức thi nâng ngạch chuyên viên chính khối chính quyền",
                        "Phòng Công chức, viên chức",
                        "20/3/2028",
                    ),
                ],
            ),
            (
                "Phần 2. QUÝ II/2028",
                [
                    (
                        "1",
                        "Kiểm tra công tác cải cách hành chính tại 05 huyện, thị xã",
                        "Phòng Cải cách hành chính",
                        "Tháng 6",
                    ),
                    (
                        "2",
                        "Hướng dẫn xác định chỉ số cải cách hành chính của các sở, ngành",
                        "Phòng Cải cách hành chính",
                        "Trong quý",
                    ),
                ],
            ),
        ),
        (
            (
                "Phần 3. QUÝ III/2028",
                [
                    (
                        "1",
                        "Rà soát, sắp xếp thôn, tổ dân phố chưa đủ tiêu chuẩn quy mô",
                        "Phòng Xây dựng chính quyền",
                        "15/8/2028",
                    ),
                    (
                        "2",
                        "Tổng hợp nhu cầu đào tạo, bồi dưỡng cán bộ, công chức năm 2029",
                        "Phòng Công chức, viên chức",
                        "Trong quý",
                    ),
                ],
            ),
            (
                "Phần 4. QUÝ IV/2028",
                [
                    (
                        "1",
                        "Trình UBND tỉnh giao biên chế công chức năm 2029",
                        "Phòng Tổ chức, biên chế",
                        "Theo lịch họp UBND tỉnh",
                    ),
                    ("2", "Báo cáo tổng kết công tác nội vụ năm 2028", "Văn phòng Sở", "15/12/2028"),
                ],
            ),
        ),
    ]
    for index, pair in enumerate(pages):
        if index:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        outer = document.add_table(rows=1, cols=2)
        h.set_widths(outer, [4.75, 4.75])
        for cell, (title, rows) in zip(outer.rows[0].cells, pair, strict=True):
            cell.paragraphs[0].add_run(title).bold = True
            inner = cell.add_table(rows=1, cols=len(labels))
            inner.style = "Table Grid"
            for header, label in zip(inner.rows[0].cells, labels, strict=True):
                header.paragraphs[0].add_run(label).bold = True
            for values in rows:
                h.fill_row(inner, values)
            h.set_widths(inner, widths)
            cell.add_paragraph("")
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: Nhiệm vụ ghi 'Trong quý' hoàn thành chậm nhất vào ngày cuối của quý nêu ở tên phần.",
            "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lãnh đạo Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
            "GIÁM ĐỐC\n(đã ký)\nNguyễn Thị Hạnh",
        ],
    )
    document.save(path)


def siblings_jm() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: jm1 (.xls) and jm2 (PDF) were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        name = "jm1_kh_cap_nuoc_ba_bang_thang_mot_sheet"
        jm1_xlsx(h, tmp / f"{name}.xlsx")
        h.soffice_convert(tmp / f"{name}.xlsx", "xls", DOCS / f"{name}.xls")
        name = "jm2_kh_so_noi_vu_hai_bang_canh_nhau"
        jm2_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", DOCS / f"{name}.pdf")
