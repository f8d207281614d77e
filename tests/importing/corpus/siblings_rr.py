"""The main corpus's siblings of the held-out documents h508 and h497 (moved to the main corpus when
the importer was taught their shapes, helper h13fixRR).

h508's shape: a company's weekly calendar whose chair column names each officer by a corporate post
before the name (`Tổng Giám đốc …`, `PTGĐ …`, `Chủ tịch HĐQT …`) beside a column of the unit that
prepares: the officer chairs, the preparing unit leads. h497's: a calendar printed as a text PDF
whose row runs over a page break, the day cell's weekday (`Thứ Bảy`) above the break and its date
(`12/12`) below it: one entry, due on that day.
rr1: an electricity company's week (.docx), chairs `TGĐ …`, `P.TGĐ …`, `Kế toán trưởng …`, `Chủ tịch
HĐTV …`, the preparing column `Bộ phận chuẩn bị`, the day cell merged over its entries, a line that
only says who is at the office. rr2: an urban-environment company's week (.docx printed to PDF by
LibreOffice), chairs `Phó Tổng Giám đốc …`, `Giám đốc điều hành …`, `Trưởng Ban Kiểm soát …`, the
day repeated on each row, Friday's afternoon row cut by the page break inside its day cell.

Their expected items (expected/rr*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-rr` writes both.
"""

from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import DOCS, document, grid_table, heading_table, merged_day_calendar, write_converted

# (day, time, content, chair, preparing, attending, place)
_RR1_DAYS = [
    (
        "Thứ Hai\n07/6/2027",
        [
            (
                "7h30",
                "Giao ban điều hành sản xuất kinh doanh tuần 23",
                "TGĐ Phan Anh Tú",
                "Văn phòng Công ty",
                "Ban Tổng Giám đốc, trưởng các đơn vị",
                "Phòng họp số 1",
            ),
            (
                "14h00",
                "Duyệt phương án cắt điện thi công cải tạo đường dây 22kV lộ 472",
                "P.TGĐ Hồ Thị Lan",
                "Phòng Điều độ",
                "Điện lực Đông Hà, Đội Quản lý vận hành lưới điện cao thế",
                "Phòng họp số 2",
            ),
        ],
    ),
    (
        "Thứ Ba\n08/6/2027",
        [
            ("Cả ngày", "TGĐ làm việc tại cơ quan", "", "", "", ""),
        ],
    ),
    (
        "Thứ Tư\n09/6/2027",
        [
            (
                "8h00",
                "Quyết toán chi phí sửa chữa lớn tài sản cố định 5 tháng đầu năm 2027",
                "Kế toán trưởng Đào Văn Nghĩa",
                "Phòng Tài chính - Kế toán",
                "Phòng Kế hoạch - Vật tư, Phòng Kỹ thuật",
                "Phòng họp số 2",
            ),
            (
                "14h00",
                "Họp Hội đồng thành viên thông qua kế hoạch đầu tư xây dựng năm 2028",
                "Chủ tịch HĐTV Kim Văn Sơn",
                "Phòng Kế hoạch - Vật tư",
                "Thành viên HĐTV, Ban Tổng Giám đốc",
                "Phòng họp số 1",
            ),
        ],
    ),
    (
        "Thứ Năm\n10/6/2027",
        [
            (
                "8h30",
                "Kiểm tra công tác bảo đảm an toàn lao động tại công trường trạm biến áp 110kV Cam Lộ",
                "P.TGĐ Trần Quốc Huy",
                "Phòng An toàn",
                "Ban Quản lý dự án lưới điện",
                "Hiện trường",
            ),
        ],
    ),
    (
        "Thứ Sáu\n11/6/2027",
        [
            (
                "9h00",
                "Sơ kết công tác chăm sóc khách hàng, giảm thời gian cấp điện mới",
                "TGĐ Phan Anh Tú",
                "Phòng Kinh doanh",
                "Trung tâm Chăm sóc khách hàng, các Điện lực",
                "Phòng họp trực tuyến",
            ),
        ],
    ),
]


def rr1_docx(path: Path) -> None:
    """An electricity company's week (07–13/6/2027): `Chủ trì` names an officer by a
    corporate post (`TGĐ`, `P.TGĐ`, `Kế toán trưởng`, `Chủ tịch HĐTV`) and name beside `Bộ phận chuẩn
    bị`; the day cell merged over its entries; one line only says the director is at the office."""
    from docx import Document

    doc = Document()
    heading_table(
        doc,
        "TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG\nCÔNG TY ĐIỆN LỰC QUẢNG LAM",
        "Số: 23/LCT-PCQL",
        "Quảng Lam, ngày 04 tháng 6 năm 2027",
    )
    doc.add_paragraph("LỊCH CÔNG TÁC TUẦN CỦA BAN TỔNG GIÁM ĐỐC")
    doc.add_paragraph("(Tuần 23, từ ngày 07/6/2027 đến ngày 13/6/2027)")
    merged_day_calendar(
        doc,
        ["Ngày", "Giờ", "Nội dung", "Chủ trì", "Bộ phận chuẩn bị", "Thành phần", "Địa điểm"],
        _RR1_DAYS,
    )
    doc.add_paragraph("Ghi chú: Lịch có thể thay đổi, Văn phòng Công ty sẽ thông báo khi có điều chỉnh.")
    doc.add_paragraph("TL. TỔNG GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nLê Thị Ngọc Hà")
    doc.save(path)


# (day, time, content, chair, preparing, place)
_RR2_ROWS = [
    (
        "Thứ Hai\n13/9/2027",
        "Sáng",
        "Giao ban Ban Tổng Giám đốc, đánh giá công tác thu gom, vận chuyển rác thải tháng 8/2027",
        "Tổng Giám đốc Mạc Văn Thiện",
        "Phòng Tổ chức - Hành chính",
        "Phòng họp tầng 3",
    ),
    (
        "Thứ Hai\n13/9/2027",
        "Chiều",
        "Kiểm tra vận hành lò đốt chất thải rắn sinh hoạt tại Khu xử lý Đồng Sơn",
        "Phó Tổng Giám đốc Lâm Văn Cường",
        "Xí nghiệp Xử lý chất thải",
        "Khu xử lý Đồng Sơn",
    ),
    (
        "Thứ Ba\n14/9/2027",
        "Sáng",
        "Họp xét duyệt hồ sơ mời thầu mua sắm 12 xe ép rác chuyên dùng",
        "Giám đốc điều hành Vương Thị Cúc",
        "Phòng Kế hoạch - Đầu tư",
        "Phòng họp tầng 3",
    ),
    (
        "Thứ Ba\n14/9/2027",
        "Chiều",
        "Làm việc với Ủy ban nhân dân phường Bắc Hà về điểm tập kết rác tạm thời",
        "Phó Tổng Giám đốc Lâm Văn Cường",
        "Xí nghiệp Môi trường số 1",
        "UBND phường Bắc Hà",
    ),
    (
        "Thứ Tư\n15/9/2027",
        "Sáng",
        "Kiểm tra công tác tài chính, việc sử dụng quỹ phúc lợi 6 tháng đầu năm 2027",
        "Trưởng Ban Kiểm soát Quách Thị Hằng",
        "Phòng Tài chính - Kế toán",
        "Phòng họp tầng 2",
    ),
    (
        "Thứ Tư\n15/9/2027",
        "Chiều",
        "Nghiệm thu hạng mục chiếu sáng công viên Hồ Tây Sơn giai đoạn 2",
        "Giám đốc điều hành Vương Thị Cúc",
        "Xí nghiệp Công viên cây xanh",
        "Công viên Hồ Tây Sơn",
    ),
    (
        "Thứ Năm\n16/9/2027",
        "Sáng",
        "Tập huấn an toàn vệ sinh lao động cho công nhân vệ sinh môi trường năm 2027",
        "Phó Tổng Giám đốc Lâm Văn Cường",
        "Phòng Tổ chức - Hành chính",
        "Hội trường Công ty",
    ),
    (
        "Thứ Năm\n16/9/2027",
        "Chiều",
        "Tổng Giám đốc làm việc tại cơ quan",
        "",
        "",
        "",
    ),
    (
        "Thứ Sáu\n17/9/2027",
        "Sáng",
        "Sơ kết công tác chỉnh trang vỉa hè, trồng bổ sung cây xanh các tuyến phố trung tâm",
        "Tổng Giám đốc Mạc Văn Thiện",
        "Xí nghiệp Công viên cây xanh",
        "Phòng họp tầng 3",
    ),
    (
        "Thứ Sáu\n17/9/2027",
        "Chiều",
        "Kiểm tra đột xuất việc thu gom rác thải y tế thông thường tại các trạm y tế phường khu vực"
        " phía Bắc thành phố và các chợ đầu mối",
        "Phó Tổng Giám đốc Lâm Văn Cường",
        "Xí nghiệp Môi trường số 2",
        "",
    ),
    (
        "Thứ Bảy\n18/9/2027",
        "Sáng",
        "Ra quân tổng vệ sinh môi trường hưởng ứng Chiến dịch Làm cho thế giới sạch hơn năm 2027",
        "Tổng Giám đốc Mạc Văn Thiện",
        "Công đoàn Công ty",
        "Quảng trường trung tâm",
    ),
]
# Points of space before the table, set so that the cut falls inside Friday afternoon's day cell.
_RR2_PAD = 21


def rr2_docx(h, path: Path) -> None:
    """An urban-environment company's week (13–19/9/2027), landscape: `Chủ trì` names an officer by a
    corporate post (`Tổng Giám đốc`, `Phó Tổng Giám đốc`, `Giám đốc điều hành`, `Trưởng Ban Kiểm
    soát`) and name beside `Đơn vị chuẩn bị`; the day printed on every row, weekday over date; Friday
    afternoon's row runs over the page break."""
    from docx.shared import Pt

    doc = document()
    doc.styles["Normal"].paragraph_format.widow_control = False
    h.set_landscape(doc.sections[0])
    h.national_header(
        doc,
        ["CÔNG TY TNHH MTV MÔI TRƯỜNG ĐÔ THỊ BẮC SƠN", "Số: 37/LCT-MTĐT"],
        "Bắc Sơn, ngày 10 tháng 9 năm 2027",
    )
    doc.add_paragraph("LỊCH CÔNG TÁC TUẦN CỦA BAN TỔNG GIÁM ĐỐC")
    subtitle = doc.add_paragraph("(Tuần 37, từ ngày 13/9/2027 đến ngày 19/9/2027)")
    subtitle.paragraph_format.space_after = Pt(_RR2_PAD)
    header = ["Thứ, ngày", "Buổi", "Nội dung công việc", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"]
    table = grid_table(doc, header)
    for day, *rest in _RR2_ROWS:
        cells = table.add_row().cells
        weekday, date = day.split("\n")
        cells[0].text = weekday
        cells[0].add_paragraph(date)  # the weekday and the date each a paragraph of the cell
        for cell, value in zip(cells[1:], rest, strict=True):
            cell.text = value
    h.set_widths(table, [1.0, 0.7, 3.8, 1.9, 1.8, 1.6])
    doc.add_paragraph("Chủ nhật 19/9/2027: Trực lãnh đạo: Phó Tổng Giám đốc Lâm Văn Cường.")
    doc.add_paragraph("TL. TỔNG GIÁM ĐỐC\nTRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH\n\n\n\nĐoàn Minh Khoa")
    doc.save(path)


def siblings_rr() -> None:
    """Writes rr1 (.docx) and rr2 (.pdf, printed from a .docx by LibreOffice) into docs/."""
    rr1_docx(DOCS / "rr1_lich_tuan_cty_dien_luc.docx")
    write_converted(heldout_writers(), [(rr2_docx, "rr2_lich_tuan_cty_moi_truong_do_thi.docx", "pdf")])
