"""The main corpus's siblings of the held-out document h596 (moved to the main corpus when the
importer was taught its shape, by h13fixSU on 2026-12-06): a week calendar whose day is a row merged
across the table while the time column is headed `Giờ` only, or missing (the day dates the rows
under it), and whose leader named then only routine chores (`… giải quyết công việc thường xuyên`)
is no item. Their expected items (expected/su1_…, su2_…, su3_…) were written by hand before the
first import. `python tests/importing/corpus/make_docs.py --siblings-su` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _docx_calendar(document, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """A table under `header`; a row of one text is a day, merged across the table."""
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, header, strict=True):
        cell.text = label
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[-1])
            merged.text = row[0]
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def su1_docx(path: Path) -> None:
    """A provincial health department's board's week calendar (.docx): `Giờ | Nội dung | Lãnh đạo dự |
    Đơn vị chuẩn bị | Địa điểm`, each day a row merged across; a deputy's routine, a duty roster and
    an empty weekend are no items."""
    from docx import Document

    document = Document()
    document.add_paragraph("SỞ Y TẾ TỈNH NAM SƠN LÂM")
    document.add_paragraph("LỊCH LÀM VIỆC TUẦN CỦA BAN GIÁM ĐỐC SỞ")
    document.add_paragraph("(Tuần 12, từ ngày 22/3/2027 đến ngày 28/3/2027)")
    _docx_calendar(
        document,
        ("Giờ", "Nội dung", "Lãnh đạo dự", "Đơn vị chuẩn bị", "Địa điểm"),
        [
            ("THỨ HAI - 22/3/2027",),
            ("07h30", "Giao ban Ban Giám đốc Sở tuần 12", "Đ/c Giám đốc Sở", "Văn phòng Sở", "Phòng họp A"),
            ("14h00", "Đ/c Hoàng Văn Quý - Phó Giám đốc Sở giải quyết công việc thường xuyên", "", "", ""),
            ("THỨ BA - 23/3/2027",),
            (
                "08h00",
                "Kiểm tra công tác phòng, chống bệnh sốt xuất huyết tại Trung tâm Y tế huyện Khe Lim",
                "Đ/c Hoàng Văn Quý - Phó Giám đốc Sở",
                "Phòng Nghiệp vụ Y",
                "Huyện Khe Lim",
            ),
            ("Cả ngày", "Trực lãnh đạo: Đ/c Giám đốc Sở", "", "", ""),
            ("THỨ NĂM - 25/3/2027",),
            (
                "09h00",
                "Họp Hội đồng thẩm định danh mục thuốc đấu thầu tập trung năm 2027",
                "Đ/c Giám đốc Sở",
                "Phòng Nghiệp vụ Dược",
                "Phòng họp A",
            ),
            ("THỨ BẢY, CHỦ NHẬT - 27, 28/3/2027",),
            ("", "(Không có lịch)", "", "", ""),
        ],
    )
    document.save(path)


def su2_html(path: Path) -> None:
    """A college board's week calendar as a portal's page (.html): `Nội dung | Lãnh đạo chủ trì | Đơn
    vị chuẩn bị | Địa điểm` with no time column, each day a row spanning the table; a vice-rector's
    routine and the board at the office are no items."""
    day = '<tr><td colspan="4"><b>{}</b></td></tr>'
    row = "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
    rows = [
        day.format("Thứ Hai, 05/4/2027"),
        row.format(
            "Họp Hội đồng Khoa học và Đào tạo xét duyệt chương trình đào tạo ngành Điện công nghiệp",
            "Hiệu trưởng",
            "Phòng Đào tạo",
            "Phòng họp số 2",
        ),
        row.format("Phó Hiệu trưởng Đặng Thu Hà giải quyết công việc chuyên môn", "", "", ""),
        day.format("Thứ Tư, 07/4/2027"),
        row.format(
            "Kiểm tra công tác tổ chức thi kết thúc học phần học kỳ II",
            "Phó Hiệu trưởng Đặng Thu Hà",
            "Phòng Khảo thí và Đảm bảo chất lượng",
            "Các khu giảng đường",
        ),
        day.format("Thứ Sáu, 09/4/2027"),
        row.format(
            "Làm việc với Công ty TNHH Cơ khí Minh Phát về tiếp nhận sinh viên thực tập",
            "Hiệu trưởng",
            "Phòng Hợp tác doanh nghiệp",
            "Phòng khách",
        ),
        row.format("Hiệu trưởng và các Phó Hiệu trưởng làm việc tại cơ quan", "", "", ""),
    ]
    html = "\n".join(
        [
            '<!DOCTYPE html>\n<html lang="vi">\n<head><meta charset="utf-8">',
            "<title>Lịch công tác tuần - Trường Cao đẳng Kỹ thuật Công nghiệp Đồng Lam</title></head>",
            "<body>",
            '<div class="breadcrumb">Trang chủ &gt; Tin tức - Sự kiện &gt; Lịch công tác</div>',
            "<h3>LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM HIỆU</h3>",
            "<p><i>(Từ ngày 05/4/2027 đến ngày 11/4/2027)</i></p>",
            '<table border="1">',
            "<tr><th>Nội dung</th><th>Lãnh đạo chủ trì</th><th>Đơn vị chuẩn bị</th><th>Địa điểm</th></tr>",
            *rows,
            "</table>",
            "<p>Phòng Hành chính - Tổng hợp cập nhật lịch hằng tuần.</p>",
            "</body></html>",
        ]
    )
    path.write_text(html + "\n", encoding="utf-8")


def su3_xlsx(path: Path) -> None:
    """A district civil judgment enforcement office's week calendar (.xlsx): `Giờ | Nội dung công việc
    | Lãnh đạo | Bộ phận chuẩn bị`, each day a row merged across the four columns; a deputy head's
    routine and an empty day are no items."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Tuan 15"
    sheet.append(["CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN YÊN KHÊ"])
    sheet.append(["LỊCH CÔNG TÁC TUẦN 15 (từ ngày 12/4/2027 đến ngày 18/4/2027)"])
    sheet.append(["Giờ", "Nội dung công việc", "Lãnh đạo", "Bộ phận chuẩn bị"])
    rows = [
        ("THỨ HAI (12/4/2027)",),
        (
            "08h00",
            "Giao ban cơ quan đánh giá kết quả thi hành án tháng 3",
            "Chi cục trưởng",
            "Văn phòng Chi cục",
        ),
        ("14h00", "Đ/c Phó Chi cục trưởng Lý Văn Sáng xử lý công việc chuyên môn", "", ""),
        ("THỨ TƯ (14/4/2027)",),
        (
            "07h30",
            "Tổ chức cưỡng chế thi hành án đối với tài sản của ông Nông Văn Kh. tại xã Tân Lập",
            "Chi cục trưởng",
            "Bộ phận Thi hành án",
        ),
        ("THỨ SÁU (16/4/2027)",),
        (
            "08h00",
            "Họp liên ngành rà soát hồ sơ thi hành án chưa có điều kiện thi hành",
            "Phó Chi cục trưởng Lý Văn Sáng",
            "Văn phòng Chi cục",
        ),
        ("CHỦ NHẬT (18/4/2027)",),
        ("", "(Chưa có lịch)", "", ""),
    ]
    for values in rows:
        sheet.append(list(values))
        if len(values) == 1:
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=4)
    book.save(path)


def siblings_su() -> None:
    su1_docx(DOCS / "su1_lich_tuan_so_y_te_cot_gio_gop_ngang.docx")
    su2_html(DOCS / "su2_lich_tuan_truong_cao_dang_khong_cot_gio.html")
    su3_xlsx(DOCS / "su3_lich_tuan_chi_cuc_thads_cot_gio_gop_ngang.xlsx")
