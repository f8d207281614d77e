"""The main corpus's siblings of the held-out document h492 (moved to the main corpus when the importer
was taught its shape, helper h13fixRM).

h492's shape: a weekly calendar of a military or police command whose chair column names each
commander by rank, name and post (`Đại tá Nguyễn Hữu Phong, Chỉ huy trưởng`, `Thượng tá … - Chính
ủy`, `Thiếu tướng …, Giám đốc`) beside a column of the unit that prepares (`Cơ quan chuẩn bị`,
`Đơn vị chuẩn bị`, `Bộ phận chuẩn bị`): the rank and name are a person, never a unit; the officer
chairs, the preparing unit leads; the due is the day. Duty rows (`Trực chỉ huy: …`, `Trực lãnh đạo:
…`) are no items. rm1: a provincial police's week (.docx), the day cell merged over its sessions, one
chair with a degree after the rank (`Đại tá, TS. …`); rm2: a provincial border-guard command's week
(.xlsx), clock times, the post in parentheses; rm3: a ward police's week (.docx), the day repeated on
each row, junior ranks (`Trung tá`, `Thiếu tá`, `Đại úy`).

Their expected items (expected/rm*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-rm` writes all three.
"""

from pathlib import Path

from sibling_writers import grid_table, heading_table, merged_day_calendar

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

# (day, [(session, content, chair, attending, preparing)])
_RM1_DAYS = [
    (
        "Thứ Hai\n11/10/2027",
        [
            (
                "Sáng",
                "Giao ban Ban Giám đốc Công an tỉnh tuần 42",
                "Thiếu tướng Hồ Văn Cảnh, Giám đốc",
                "Ban Giám đốc; Trưởng các phòng",
                "Phòng Tham mưu",
            ),
            (
                "Chiều",
                "Nghe báo cáo tiến độ điều tra vụ án trộm cắp tài sản liên tỉnh tại xã Đạ Tẻh",
                "Đại tá Lưu Đức Thịnh, Phó Giám đốc",
                "Điều tra viên thụ lý",
                "Phòng Cảnh sát hình sự",
            ),
        ],
    ),
    (
        "Thứ Ba\n12/10/2027",
        [
            (
                "Sáng",
                "Triển khai cao điểm tuần tra, kiểm soát tải trọng xe trên Quốc lộ 20",
                "Đại tá Lưu Đức Thịnh, Phó Giám đốc",
                "Các tổ công tác liên ngành",
                "Phòng Cảnh sát giao thông",
            ),
            ("Chiều", "Lãnh đạo Công an tỉnh làm việc tại cơ quan", "", "", ""),
        ],
    ),
    (
        "Thứ Tư\n13/10/2027",
        [
            (
                "Cả ngày",
                "Kiểm tra công tác xây dựng lực lượng tại Công an phường Bảo Lộc",
                "Đại tá, TS. Bạch Minh Quang, Phó Giám đốc",
                "Đoàn kiểm tra theo quyết định",
                "Phòng Tổ chức cán bộ",
            ),
        ],
    ),
    (
        "Thứ Năm\n14/10/2027",
        [
            (
                "Sáng",
                "Họp Hội đồng mua sắm phương tiện, trang bị nghiệp vụ năm 2028",
                "Thiếu tướng Hồ Văn Cảnh, Giám đốc",
                "Thành viên Hội đồng",
                "Phòng Hậu cần",
            ),
        ],
    ),
    (
        "Thứ Sáu\n15/10/2027",
        [
            (
                "Sáng",
                "Sơ kết công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ 9 tháng năm 2027",
                "Đại tá, TS. Bạch Minh Quang, Phó Giám đốc",
                "Đội Cảnh sát PCCC và CNCH các khu vực",
                "Phòng Cảnh sát PCCC và CNCH",
            ),
            (
                "Chiều",
                "Tiếp công dân định kỳ",
                "Thiếu tướng Hồ Văn Cảnh, Giám đốc",
                "",
                "Thanh tra Công an tỉnh",
            ),
        ],
    ),
    (
        "Thứ Bảy, Chủ nhật\n16-17/10/2027",
        [("Cả ngày", "Trực lãnh đạo: Đại tá Lưu Đức Thịnh, Phó Giám đốc", "", "", "")],
    ),
]


def rm1_docx(path: Path) -> None:
    """A provincial police's week (11–17/10/2027): `Chủ trì` names an officer by rank, name and
    post (one with a degree after the rank), beside `Đơn vị chuẩn bị`; the day cell merged over its
    sessions, the weekend's duty row last."""
    from docx import Document

    document = Document()
    heading_table(
        document,
        "CÔNG AN TỈNH LÂM ĐỒNG\nPHÒNG THAM MƯU",
        "Số: 42/LCT-PV01",
        "Lâm Đồng, ngày 08 tháng 10 năm 2027",
    )
    document.add_paragraph("LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC CÔNG AN TỈNH")
    document.add_paragraph("(Tuần 42, từ ngày 11/10/2027 đến ngày 17/10/2027)")
    header = ["Thứ, ngày", "Buổi", "Nội dung", "Chủ trì", "Thành phần", "Đơn vị chuẩn bị"]
    merged_day_calendar(document, header, _RM1_DAYS)
    document.add_paragraph("Nơi nhận:\n- Ban Giám đốc;\n- Các phòng nghiệp vụ;\n- Lưu: VT, PV01.")
    document.add_paragraph("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\n\n\nThượng tá Kha Văn Đông")
    document.save(path)


# (day, time, content, chair, preparing, place)
_RM2_ROWS = [
    (
        "Thứ Hai\n10/01/2028",
        "07h30",
        "Chào cờ, giao ban Bộ Chỉ huy đầu năm",
        "Đại tá Trịnh Xuân Hòa (Chỉ huy trưởng)",
        "Văn phòng",
        "Hội trường Bộ Chỉ huy",
    ),
    (
        "Thứ Hai\n10/01/2028",
        "14h00",
        "Thông qua kế hoạch tuần tra song phương với lực lượng bảo vệ biên giới nước bạn quý I/2028",
        "Thượng tá Lục Minh Tiến (Phó Chỉ huy trưởng - Tham mưu trưởng)",
        "Phòng Tham mưu",
        "Phòng họp số 1",
    ),
    (
        "Thứ Ba\n11/01/2028",
        "08h00",
        "Hội nghị tổng kết công tác đảng, công tác chính trị năm 2027",
        "Thượng tá Nông Văn Sơn (Chính ủy)",
        "Phòng Chính trị",
        "Hội trường Bộ Chỉ huy",
    ),
    (
        "Thứ Tư\n12/01/2028",
        "07h30",
        "Kiểm tra công tác sẵn sàng chiến đấu tại Đồn Biên phòng cửa khẩu quốc tế Lao Bảo",
        "Đại tá Trịnh Xuân Hòa (Chỉ huy trưởng)",
        "Phòng Tham mưu",
        "Đồn BP CKQT Lao Bảo",
    ),
    (
        "Thứ Năm\n13/01/2028",
        "08h00",
        "Họp triển khai đợt cao điểm đấu tranh phòng, chống ma túy dịp Tết Nguyên đán",
        "Thượng tá Lục Minh Tiến (Phó Chỉ huy trưởng - Tham mưu trưởng)",
        "Phòng Phòng chống ma túy và tội phạm",
        "Phòng họp số 2",
    ),
    (
        "Thứ Năm\n13/01/2028",
        "14h00",
        "Duyệt dự toán bảo đảm hậu cần, kỹ thuật năm 2028 cho các đồn biên phòng",
        "Trung tá Hà Quốc Vượng (Phó Chỉ huy trưởng)",
        "Phòng Hậu cần - Kỹ thuật",
        "Phòng họp số 1",
    ),
    (
        "Thứ Sáu\n14/01/2028",
        "08h00",
        "Thăm, tặng quà Tết các gia đình chính sách tại xã biên giới Hướng Phùng",
        "Thượng tá Nông Văn Sơn (Chính ủy)",
        "Phòng Chính trị",
        "Xã Hướng Phùng",
    ),
    ("Chủ nhật\n16/01/2028", "", "Trực chỉ huy: Trung tá Hà Quốc Vượng", "", "", ""),
]


def rm2_xlsx(path: Path) -> None:
    """A provincial border-guard command's week (10–16/01/2028) as a sheet: `Thủ trưởng chủ trì`
    names an officer by rank and name with the post in parentheses, beside `Cơ quan chuẩn bị`; clock
    times, the day repeated on each row; the Sunday duty row is no item."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    book = Workbook()
    sheet = book.active
    sheet.title = "Tuan 02"
    sheet["A1"] = "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG"
    sheet["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    sheet["A2"] = "TỈNH QUẢNG TRỊ"
    sheet["D2"] = "Độc lập - Tự do - Hạnh phúc"
    sheet["D3"] = "Quảng Trị, ngày 07 tháng 01 năm 2028"
    sheet["A5"] = "LỊCH CÔNG TÁC TUẦN CỦA THỦ TRƯỞNG BỘ CHỈ HUY"
    sheet["A6"] = "(Từ ngày 10/01/2028 đến ngày 16/01/2028)"
    header = ["Ngày", "Giờ", "Nội dung công việc", "Thủ trưởng chủ trì", "Cơ quan chuẩn bị", "Địa điểm"]
    for column, label in enumerate(header, start=1):
        sheet.cell(row=8, column=column, value=label)
    for row, values in enumerate(_RM2_ROWS, start=9):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column, value=value or None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.cell(
        row=9 + len(_RM2_ROWS) + 1,
        column=1,
        value="Nơi nhận: Thủ trưởng Bộ Chỉ huy; các cơ quan, đơn vị; lưu VT.",
    )
    book.save(path)


# (day, session, content, chair, preparing)
_RM3_ROWS = [
    (
        "Thứ Hai (06/12/2027)",
        "Sáng",
        "Giao ban chỉ huy Công an phường, đánh giá tình hình an ninh, trật tự tháng 11",
        "Trung tá Đoàn Văn Lực - Trưởng Công an phường",
        "Tổ Tổng hợp",
    ),
    (
        "Thứ Hai (06/12/2027)",
        "Chiều",
        "Rà soát, cấp căn cước cho công dân tại khu dân cư Hòa Minh",
        "Đại úy Khúc Văn Toàn - Phó Trưởng Công an phường",
        "Đội Cảnh sát quản lý hành chính về trật tự xã hội",
    ),
    (
        "Thứ Ba (07/12/2027)",
        "Sáng",
        "Kiểm tra an toàn phòng cháy, chữa cháy tại các cơ sở karaoke, nhà trọ",
        "Thiếu tá Vi Thị Hồng - Phó Trưởng Công an phường",
        "Đội Cảnh sát khu vực",
    ),
    ("Thứ Ba (07/12/2027)", "Chiều", "Trực ban: Thượng úy Lò Minh Đức", "", ""),
    (
        "Thứ Tư (08/12/2027)",
        "Sáng",
        "Họp bàn phương án bảo đảm an ninh, trật tự lễ hội đường phố cuối năm",
        "Trung tá Đoàn Văn Lực - Trưởng Công an phường",
        "Đội An ninh",
    ),
    (
        "Thứ Năm (09/12/2027)",
        "Chiều",
        "Tuyên truyền phòng, chống lừa đảo qua mạng tại Trường THCS Nguyễn Huệ",
        "Thiếu tá Vi Thị Hồng - Phó Trưởng Công an phường",
        "Đội Cảnh sát khu vực",
    ),
    (
        "Thứ Sáu (10/12/2027)",
        "Sáng",
        "Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2027",
        "Trung tá Đoàn Văn Lực - Trưởng Công an phường",
        "Đội An ninh",
    ),
]


def rm3_docx(path: Path) -> None:
    """A ward police's week (06–12/12/2027): `Chỉ huy chủ trì` names a junior officer by rank, name
    and post after a dash, beside `Bộ phận chuẩn bị`; the day repeated on each row, sessions for
    times; the duty row (`Trực ban: …`) is no item."""
    from docx import Document

    document = Document()
    heading_table(
        document,
        "CÔNG AN THÀNH PHỐ ĐÀ NẴNG\nCÔNG AN PHƯỜNG HÒA KHÁNH",
        "",
        "Hòa Khánh, ngày 03 tháng 12 năm 2027",
    )
    document.add_paragraph("LỊCH LÀM VIỆC TUẦN CỦA CHỈ HUY CÔNG AN PHƯỜNG")
    document.add_paragraph("Tuần 49 (từ 06/12/2027 đến 12/12/2027)")
    header = ["Ngày", "Buổi", "Nội dung", "Chỉ huy chủ trì", "Bộ phận chuẩn bị"]
    grid_table(document, header, _RM3_ROWS)
    document.add_paragraph(
        "Ghi chú: Các bộ phận chuẩn bị chủ động báo cáo chỉ huy nội dung trước buổi làm việc; lịch "
        "có thay đổi Tổ Tổng hợp thông báo sau."
    )
    document.add_paragraph("TRƯỞNG CÔNG AN PHƯỜNG\n\n\n\nTrung tá Đoàn Văn Lực")
    document.save(path)


def siblings_rm() -> None:
    DOCS.mkdir(exist_ok=True)
    rm1_docx(DOCS / "rm1_lich_tuan_cong_an_tinh_cap_ham.docx")
    rm2_xlsx(DOCS / "rm2_lich_tuan_bien_phong_tinh_cap_ham.xlsx")
    rm3_docx(DOCS / "rm3_lich_tuan_cong_an_phuong_cap_ham.docx")
