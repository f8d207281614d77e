"""The main corpus's siblings of the held-out document h576 (moved to the main corpus when the importer
was taught its shape, by h13fixSN on 2026-12-06): a week calendar whose chair column (`Chủ trì`)
names each chair by a post before the holder's full name (`Chánh án <tên>`, `Bí thư Huyện ủy <tên>`,
`PBT Thường trực <tên>`, `Chánh Thanh tra <tên>`: posts no list of the importer holds) beside a
column of the unit that prepares the entry, which leads; and a note typed in one cell of a row under
the entries (`Ghi chú: …`, `Lưu ý: …`), no entry of the last day, though one that asks every division
for something by a day is a request without a lead. A provincial court's calendar in Word (sn1), a
district Party committee's standing members' in a spreadsheet, the signature typed in the chair
column (sn2), a provincial inspectorate's as a web page's table (sn3). Their expected items
(expected/sn1_…, sn2_…, sn3_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-sn` writes the three.
"""

from pathlib import Path

from sibling_writers import DOCS, merged_day_calendar

_COURT_DAYS = [
    (
        "Thứ Hai\n17/01",
        [
            (
                "07h30",
                "Giao ban lãnh đạo Tòa án nhân dân tỉnh đầu tuần",
                "Chánh án Lưu Văn Phúc",
                "Văn phòng",
                "Phòng họp số 1",
            ),
            (
                "14h00",
                "Họp Ủy ban Thẩm phán cho ý kiến về các vụ án hình sự phức tạp",
                "Chánh án Lưu Văn Phúc",
                "Tòa Hình sự",
                "Phòng họp số 1",
            ),
        ],
    ),
    (
        "Thứ Ba\n18/01",
        [
            ("Cả ngày", "Chánh án làm việc tại cơ quan", "", "", ""),
            (
                "08h00",
                "Kiểm tra công tác xét xử tại Tòa án nhân dân huyện Yên Khánh",
                "Phó Chánh án Đinh Thị Hồng Nhung",
                "Phòng Giám đốc kiểm tra",
                "Huyện Yên Khánh",
            ),
        ],
    ),
    (
        "Thứ Tư\n19/01",
        [
            (
                "08h00",
                "Tập huấn kỹ năng hòa giải, đối thoại tại Tòa án cho hòa giải viên năm 2028",
                "Phó Chánh án Mai Quốc Trung",
                "Phòng Tổ chức cán bộ - Thi đua khen thưởng",
                "Hội trường tầng 4",
            ),
        ],
    ),
    (
        "Thứ Năm\n20/01",
        [
            (
                "09h00",
                "Làm việc với Viện kiểm sát nhân dân tỉnh về phối hợp tổ chức phiên tòa rút kinh nghiệm",
                "Chánh án Lưu Văn Phúc",
                "Tòa Hình sự",
                "Phòng khách tầng 2",
            ),
            ("", "Trực lãnh đạo: Phó Chánh án Mai Quốc Trung", "", "", ""),
        ],
    ),
    (
        "Thứ Sáu\n21/01",
        [
            (
                "14h00",
                "Hội nghị tổng kết công tác năm 2027 và triển khai nhiệm vụ năm 2028",
                "Chánh án Lưu Văn Phúc",
                "Văn phòng",
                "Hội trường tầng 4",
            ),
        ],
    ),
    ("Thứ Bảy, Chủ nhật\n22-23/01", [("", "(Chưa có lịch)", "", "", "")]),
    ("", [("", "Ghi chú: Lịch có thể thay đổi, Văn phòng sẽ thông báo khi có điều chỉnh.", "", "", "")]),
]


def sn1_docx(path: Path) -> None:
    """A provincial People's Court's week calendar (.docx): title paragraphs, then `Thứ, ngày | Giờ |
    Nội dung công việc | Chủ trì | Đơn vị chuẩn bị | Địa điểm`, the day merged down; the chair a
    judge's post before the name (`Chánh án <tên>`); a note typed in the content cell of a last row."""
    from docx import Document

    document = Document()
    document.add_paragraph("TÒA ÁN NHÂN DÂN TỈNH BÌNH GIANG")
    document.add_paragraph("LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO TÒA ÁN")
    document.add_paragraph("(Tuần 03 năm 2028, từ ngày 17/01/2028 đến ngày 23/01/2028)")
    merged_day_calendar(
        document,
        ["Thứ, ngày", "Giờ", "Nội dung công việc", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"],
        _COURT_DAYS,
    )
    for line in ("TL. CHÁNH ÁN", "CHÁNH VĂN PHÒNG", "", "Đặng Thị Thu Trang"):
        document.add_paragraph(line)
    document.save(path)


def sn2_xlsx(path: Path) -> None:
    """A district Party committee's standing members' week calendar (.xlsx): the day on its first
    row only, the chair a Party post before the name (`Bí thư Huyện ủy <tên>`, `PBT Thường trực
    <tên>`), a `Lưu ý: …` note row under the entries and the signature typed in the chair column."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Tuan 10"
    sheet.append(["HUYỆN ỦY THANH THỦY"])
    sheet.append(["LỊCH LÀM VIỆC CỦA THƯỜNG TRỰC HUYỆN ỦY"])
    sheet.append(["(Tuần 10: từ ngày 06/3/2028 đến ngày 12/3/2028)"])
    for row in range(1, 4):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    sheet.append(["Ngày", "Thời gian", "Nội dung", "Đồng chí chủ trì", "Cơ quan chuẩn bị", "Thành phần dự"])
    secretary, deputy = "Bí thư Huyện ủy Hoàng Văn Nam", "PBT Thường trực Vương Đình Sơn"
    rows = [
        (
            "Thứ Hai\n06/3",
            "08h00",
            "Họp Thường trực Huyện ủy nghe báo cáo tình hình kinh tế - xã hội tháng 02",
            secretary,
            "Văn phòng Huyện ủy",
            "Thường trực Huyện ủy, Chủ tịch UBND huyện",
        ),
        (
            "",
            "14h00",
            "Cho ý kiến dự thảo Đề án sắp xếp tổ chức bộ máy các cơ quan khối Đảng",
            secretary,
            "Ban Tổ chức Huyện ủy",
            "Ủy viên Ban Thường vụ Huyện ủy",
        ),
        (
            "Thứ Ba\n07/3",
            "08h00",
            "Kiểm tra việc thực hiện quy chế làm việc tại Đảng ủy xã Tân Phong",
            "Chủ nhiệm UBKT Phan Thị Mai",
            "Ủy ban Kiểm tra Huyện ủy",
            "Đoàn kiểm tra theo Quyết định số 45-QĐ/HU",
        ),
        ("", "", "Bí thư Huyện ủy làm việc tại cơ quan", "", "", ""),
        (
            "Thứ Tư\n08/3",
            "15h00",
            "Gặp mặt nữ cán bộ chủ chốt nhân kỷ niệm Ngày Quốc tế Phụ nữ 08/3",
            deputy,
            "Ban Dân vận Huyện ủy",
            "Theo giấy mời",
        ),
        (
            "Thứ Năm\n09/3",
            "08h00",
            "Hội nghị học tập, quán triệt Nghị quyết Hội nghị Trung ương",
            secretary,
            "Ban Tuyên giáo Huyện ủy",
            "Cán bộ chủ chốt huyện",
        ),
        ("", "", "Trực lãnh đạo: " + deputy, "", "", ""),
        (
            "Thứ Sáu\n10/3",
            "14h00",
            "Làm việc với Ban Thường vụ Huyện đoàn về công tác thanh niên năm 2028",
            deputy,
            "Ban Dân vận Huyện ủy",
            "Ban Thường vụ Huyện đoàn",
        ),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet.append([])
    sheet.append(
        [
            "",
            "",
            "Lưu ý: Lịch có thể điều chỉnh theo chỉ đạo của Tỉnh ủy; Văn phòng Huyện ủy thông báo lịch bổ "
            "sung.",
        ]
    )
    sheet.append([])
    for line in ("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "", "Lương Thị Vân"):
        sheet.append(["", "", "", line])
    book.save(path)


_INSPECTORATE_DAYS = [
    (
        "Thứ Hai<br>24/4",
        [
            (
                "07h30",
                "Giao ban lãnh đạo Thanh tra tỉnh",
                "Chánh Thanh tra Tạ Quang Huy",
                "Văn phòng",
                "Phòng họp",
            ),
            (
                "09h00",
                "Công bố Quyết định thanh tra việc quản lý, sử dụng đất tại huyện Kim Sơn",
                "Phó Chánh Thanh tra Cao Thị Lan",
                "Phòng Nghiệp vụ 2",
                "UBND huyện Kim Sơn",
            ),
        ],
    ),
    (
        "Thứ Ba<br>25/4",
        [
            (
                "14h00",
                "Tiếp công dân định kỳ tháng 4 năm 2028",
                "Chánh Thanh tra Tạ Quang Huy",
                "Ban Tiếp công dân tỉnh",
                "Trụ sở Tiếp công dân tỉnh",
            ),
        ],
    ),
    (
        "Thứ Tư<br>26/4",
        [
            (
                "08h00",
                "Họp Hội đồng thẩm định dự thảo kết luận thanh tra tại Sở Giao thông vận tải",
                "Phó Chánh Thanh tra Khổng Văn Bảo",
                "Phòng Nghiệp vụ 1",
                "Phòng họp",
            ),
        ],
    ),
    (
        "Thứ Năm<br>27/4",
        [
            (
                "08h00",
                "Làm việc với Thanh tra Chính phủ về kết quả xử lý sau thanh tra",
                "Chánh Thanh tra Tạ Quang Huy",
                "Phòng Giám sát và Xử lý sau thanh tra",
                "Phòng khách",
            ),
        ],
    ),
    (
        "Thứ Sáu<br>28/4",
        [
            (
                "14h00",
                "Sơ kết công tác thanh tra tháng 4 năm 2028",
                "Chánh Thanh tra Tạ Quang Huy",
                "Văn phòng",
                "Hội trường",
            ),
        ],
    ),
]


def sn3_html(path: Path) -> None:
    """A provincial inspectorate's week calendar as a web page's table: the day cell spanning its
    rows (`rowspan`), the chair an inspector's post before the name (`Chánh Thanh tra <tên>`), and
    under the entries a note row asking every division for next week's entries by Thursday."""
    rows = []
    for day, entries in _INSPECTORATE_DAYS:
        for index, entry in enumerate(entries):
            day_cell = f'<td rowspan="{len(entries)}">{day}</td>' if index == 0 else ""
            rows.append("<tr>" + day_cell + "".join(f"<td>{value}</td>" for value in entry) + "</tr>")
    note = (
        "Ghi chú: Các phòng đăng ký lịch công tác tuần sau về Văn phòng trước 15h00 thứ Năm ngày 27/4/2028."
    )
    rows.append(f"<tr><td></td><td></td><td>{note}</td><td></td><td></td><td></td></tr>")
    header = "".join(
        f"<th>{label}</th>"
        for label in ("Ngày", "Giờ", "Nội dung công việc", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm")
    )
    body = "\n".join(rows)
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Lịch công tác tuần - Thanh tra tỉnh Đông Lĩnh</title></head>
<body>
<div class="header">THANH TRA TỈNH ĐÔNG LĨNH - Cổng thông tin điện tử</div>
<h1>LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO THANH TRA TỈNH</h1>
<p>(Từ ngày 24/4/2028 đến ngày 30/4/2028)</p>
<table border="1">
<tr>{header}</tr>
{body}
</table>
<div class="footer">Bản quyền thuộc Thanh tra tỉnh Đông Lĩnh. Địa chỉ: số 12 đường Trần Phú.</div>
</body></html>
"""
    path.write_text(page, encoding="utf-8")


def siblings_sn() -> None:
    sn1_docx(DOCS / "sn1_lich_tuan_toa_an_tinh_chanh_an.docx")
    sn2_xlsx(DOCS / "sn2_lich_tuan_thuong_truc_huyen_uy.xlsx")
    sn3_html(DOCS / "sn3_lich_tuan_thanh_tra_tinh_trang_tin.html")
