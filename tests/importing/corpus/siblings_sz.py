"""The main corpus's siblings of the held-out document h608 (moved to the main corpus when the importer
was taught its shape, by h13fixSZ on 2026-12-06): a yearly plan whose periods are columns marked `x`
under each period of work, with a remarks column that sometimes opens with a round (`Hằng quý`,
`Định kỳ hằng tháng`, `Hằng tuần vào sáng thứ Bảy`): beside two or more marks the row is recurring,
else it is due at the end of the last marked period. sz1 is a district health centre's quarter grid
(.xlsx), sz2 a commune's legal-education plan with month columns `T1`–`T12` (.docx), sz3 a provincial
library's month grid `Tháng 1`–`Tháng 12` (.html). Their expected items (expected/sz1_…, sz2_…,
sz3_…) were written by hand before the first import. Every name, place and task is invented.
`python tests/importing/corpus/make_docs.py --siblings-sz` writes the three.
"""

from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def sz1_xlsx(path: Path) -> None:
    """A district health centre's disease-prevention plan for 2028: quarter columns `Quý I`–`Quý IV`
    merged under `Thời gian thực hiện (quý)`, an `x` under each quarter of work; remarks opening with
    a round (`Hằng tháng, …`, `Định kỳ hằng tháng`, `Hằng quý`), occasions, whom to report to, and a
    single mark beside `Hằng năm`; a legend line under the table."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "KH 2028"
    sheet.append(["SỞ Y TẾ TỈNH NAM LĨNH - TRUNG TÂM Y TẾ HUYỆN ĐÔNG SƠN"])
    sheet.append(["KẾ HOẠCH HOẠT ĐỘNG PHÒNG, CHỐNG DỊCH BỆNH NĂM 2028"])
    sheet.merge_cells("A1:H1")
    sheet.merge_cells("A2:H2")
    sheet.append([])
    sheet.append(
        [
            "STT",
            "Nội dung hoạt động",
            "Khoa, phòng chủ trì",
            "Thời gian thực hiện (quý)",
            "",
            "",
            "",
            "Ghi chú",
        ]
    )
    sheet.append(["", "", "", "Quý I", "Quý II", "Quý III", "Quý IV", ""])
    sheet.merge_cells("D4:G4")
    for column in "ABCH":
        sheet.merge_cells(f"{column}4:{column}5")
    rows = [
        (
            "Giám sát ca bệnh sốt xuất huyết, tay chân miệng tại cộng đồng",
            "Khoa Kiểm soát bệnh tật",
            {1, 2, 3, 4},
            "Hằng tháng, báo cáo về Sở Y tế trước ngày 25",
        ),
        (
            "Tiêm chủng mở rộng cho trẻ em dưới 01 tuổi",
            "Khoa Chăm sóc sức khỏe sinh sản",
            {1, 2, 3, 4},
            "Định kỳ hằng tháng",
        ),
        (
            "Tập huấn phòng, chống dịch bệnh cho nhân viên y tế xã",
            "Phòng Kế hoạch - Nghiệp vụ",
            {2},
            "02 lớp",
        ),
        (
            "Kiểm tra an toàn thực phẩm các bếp ăn tập thể",
            "Khoa An toàn thực phẩm",
            {1, 3},
            "Dịp Tết Nguyên đán, Tết Trung thu",
        ),
        ("Giao ban chuyên môn với các trạm y tế xã", "Phòng Kế hoạch - Nghiệp vụ", {1, 2, 3, 4}, "Hằng quý"),
        (
            "Sơ kết 6 tháng, tổng kết công tác y tế dự phòng",
            "Phòng Tổ chức - Hành chính",
            {2, 4},
            "Báo cáo về Sở Y tế",
        ),
        (
            "Hội nghị khách hàng về chất lượng dịch vụ khám bệnh",
            "Phòng Tổ chức - Hành chính",
            {4},
            "Hằng năm",
        ),
    ]
    for number, (task, unit, quarters, note) in enumerate(rows, start=1):
        sheet.append([number, task, unit, *("x" if q in quarters else "" for q in range(1, 5)), note])
    sheet.append([])
    sheet.append(["Ghi chú: x - quý thực hiện."])
    sheet.append([])
    sheet.append(["", "", "", "", "", "GIÁM ĐỐC"])
    sheet.append([])
    sheet.append(["", "", "", "", "", "Lương Thị Hạnh"])
    for column, width in zip("ABCDEFGH", (6, 52, 30, 8, 8, 8, 8, 36), strict=True):
        sheet.column_dimensions[column].width = width
    book.save(path)


def _month_cells(cells, months: set[int]) -> None:
    """Marks `x` under each month of work in a row's twelve month cells."""
    for month, cell in enumerate(cells, start=1):
        cell.text = "x" if month in months else ""


def sz2_docx(path: Path) -> None:
    """A commune People's Committee's legal-education plan for 2028: a table whose time cell is merged
    over twelve month columns `T1`–`T12`; remarks opening with a round (`Hằng tuần vào sáng thứ Bảy`,
    `Định kỳ hằng quý`) and remarks of another kind (`Lồng ghép họp thôn`, `02 lớp`)."""
    from docx import Document

    document = Document()
    document.add_paragraph("ỦY BAN NHÂN DÂN XÃ TÂN LẬP")
    document.add_paragraph("Số: 41/KH-UBND")
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Tuyên truyền, phổ biến, giáo dục pháp luật năm 2028")
    document.add_paragraph(
        "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về công tác phổ biến, giáo dục pháp luật năm 2028, "
        "Ủy ban nhân dân xã ban hành Kế hoạch với các nội dung sau:"
    )
    table = document.add_table(rows=2, cols=16)
    table.style = "Table Grid"
    top, months = table.rows[0].cells, table.rows[1].cells
    for index, label in ((0, "TT"), (1, "Nội dung"), (2, "Cơ quan chủ trì"), (15, "Ghi chú")):
        top[index].merge(months[index]).text = label
    top[3].merge(top[14]).text = "Thời gian thực hiện (tháng)"
    for month in range(1, 13):
        months[2 + month].text = f"T{month}"
    rows = [
        (
            "Phát thanh nội dung các văn bản pháp luật mới trên hệ thống truyền thanh xã",
            "Phòng Văn hóa - Xã hội",
            set(range(1, 13)),
            "Hằng tuần vào sáng thứ Bảy",
        ),
        (
            "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            "Văn phòng HĐND và UBND xã",
            {10, 11},
            "",
        ),
        (
            "Tuyên truyền pháp luật về đất đai, xây dựng tại các thôn",
            "Phòng Kinh tế",
            {3, 4, 9},
            "Lồng ghép họp thôn",
        ),
        (
            "Tuyên truyền phòng, chống ma túy, tội phạm trên địa bàn",
            "Công an xã",
            {3, 6, 9, 12},
            "Định kỳ hằng quý",
        ),
        ("Tập huấn nghiệp vụ cho hòa giải viên ở cơ sở", "Phòng Văn hóa - Xã hội", {4, 5}, "02 lớp"),
        (
            "Sơ kết, tổng kết công tác phổ biến, giáo dục pháp luật",
            "Văn phòng HĐND và UBND xã",
            {6, 12},
            "Báo cáo về Sở Tư pháp",
        ),
    ]
    for number, (task, unit, marked, note) in enumerate(rows, start=1):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[15].text = str(number), task, unit, note
        _month_cells(cells[3:15], marked)
    document.add_paragraph("Nơi nhận:\n- UBND tỉnh (b/c);\n- Các thôn;\n- Lưu: VT.")
    document.add_paragraph("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nHà Văn Thịnh")
    document.save(path)


def sz3_html(path: Path) -> None:
    """A provincial library's activity plan for 2028 as an HTML page: `Tháng thực hiện` spanning twelve
    columns `Tháng 1`–`Tháng 12`; remarks opening with a round (`Hằng quý, mỗi đợt …`, `Hằng tháng
    (trừ dịp hè)`), a carry-over to the next year and counts of classes."""
    rows = [
        (
            "Luân chuyển sách, báo về thư viện cấp xã",
            "Phòng Phục vụ bạn đọc",
            {3, 6, 9, 12},
            "Hằng quý, mỗi đợt 2.000 bản",
        ),
        ("Tổ chức Ngày Sách và Văn hóa đọc Việt Nam", "Phòng Nghiệp vụ", {4}, ""),
        (
            "Số hóa tài liệu địa chí của tỉnh",
            "Phòng Nghiệp vụ",
            set(range(2, 11)),
            "Chuyển tiếp sang năm 2029",
        ),
        (
            "Xe thư viện lưu động phục vụ học sinh các trường vùng sâu",
            "Phòng Phục vụ bạn đọc",
            {1, 2, 3, 4, 5, 9, 10, 11, 12},
            "Hằng tháng (trừ dịp hè)",
        ),
        ("Bồi dưỡng nghiệp vụ cho người làm công tác thư viện cấp xã", "Phòng Nghiệp vụ", {7, 8}, "01 lớp"),
        ("Tổng kết hoạt động năm 2028, xây dựng kế hoạch năm 2029", "Phòng Hành chính - Tổng hợp", {12}, ""),
    ]
    head = (
        '<tr><th rowspan="2">STT</th><th rowspan="2">Hoạt động</th><th rowspan="2">Phòng chủ trì</th>'
        '<th colspan="12">Tháng thực hiện</th><th rowspan="2">Ghi chú</th></tr>\n<tr>'
        + "".join(f"<th>Tháng {month}</th>" for month in range(1, 13))
        + "</tr>"
    )
    body = [
        f"<tr><td>{number}</td><td>{escape(task)}</td><td>{escape(unit)}</td>"
        + "".join(f"<td>{'x' if month in marked else ''}</td>" for month in range(1, 13))
        + f"<td>{escape(note)}</td></tr>"
        for number, (task, unit, marked, note) in enumerate(rows, start=1)
    ]
    page = (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch hoạt động năm 2028'
        "</title></head>\n<body>\n<p>SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH HÀ LAM<br>THƯ VIỆN TỈNH</p>\n"
        "<h2>KẾ HOẠCH HOẠT ĐỘNG NĂM 2028</h2>\n"
        '<table border="1">\n' + head + "\n" + "\n".join(body) + "\n</table>\n"
        "<p>GIÁM ĐỐC<br><br>Trịnh Minh Khuê</p>\n</body></html>\n"
    )
    path.write_text(page, encoding="utf-8")


def siblings_sz() -> None:
    sz1_xlsx(DOCS / "sz1_kh_ttyt_huyen_cot_quy_danh_dau.xlsx")
    sz2_docx(DOCS / "sz2_kh_ubnd_xa_pbgdpl_cot_thang_danh_dau.docx")
    sz3_html(DOCS / "sz3_kh_thu_vien_tinh_cot_thang_danh_dau.html")
