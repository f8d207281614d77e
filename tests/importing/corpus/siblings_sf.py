"""The main corpus's siblings of the held-out documents h539, h543 and h550 (moved to the main corpus
when the importer was taught their shapes, helper h13fixSF). sf1, sf2 (h539): a time cell printing
two days, each with the note or the round it is for (`Ngày 10/3 (báo cáo tháng), ngày 31/3 (báo cáo
quý)`, `05/3 (lần 1); 19/3 (lần 2)`): due on the last; sf1 a district hospital's month plan sheet
(.xlsx), sf2 a customs branch's quarter plan (.docx) with roman rounds (`(đợt I)`) and phases.
sf3, sf4 (h543): a task table with no time column whose group rows are its periods and whose last
group row is only a standing time (`TRIỂN KHAI THƯỜNG XUYÊN CẢ NĂM`, `II. Thực hiện liên tục trong
năm`): the rows under it ongoing; sf3 a provincial library's yearly plan (.docx), sf4 a district
agriculture office's sheet (.xlsx). sf5, sf6 (h550): a week calendar with the morning and the
afternoon as two columns whose afternoon cell only carries on the morning's entry (`(Tiếp tục làm
việc)`, `Tiếp tục hội nghị buổi sáng`): no item; sf5 a provincial museum's (.docx), sf6 a district
court's (.docx) with `Sáng | Chiều` columns. Their expected items (expected/sf*_…) were written by
hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-sf` writes all
six.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _document():
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    return document


def _table(document, header: list[str], rows: list[list[str]]) -> None:
    """A gridded table; a row of one text is a group row merged across."""
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[-1])
            merged.text = row[0]
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def _sheet(path: Path, title: str, rows: list[list], merged: list[int], width: int) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for line in merged:
        sheet.merge_cells(start_row=line, start_column=1 if line < 5 else 2, end_row=line, end_column=width)
    book.save(path)


def sf1_xlsx(path: Path) -> None:
    """A district hospital's March 2028 plan sheet: two days with their notes in one cell, two rounds."""
    rows = [
        ["SỞ Y TẾ TỈNH HÀ LINH"],
        ["BỆNH VIỆN ĐA KHOA HUYỆN THANH MINH"],
        ["KẾ HOẠCH CÔNG TÁC THÁNG 3/2028"],
        [],
        ["STT", "Nội dung", "Khoa, phòng thực hiện", "Lãnh đạo phụ trách", "Thời gian hoàn thành"],
        [
            1,
            "Tổng hợp số liệu khám, chữa bệnh bảo hiểm y tế gửi Bảo hiểm xã hội huyện",
            "Phòng Kế hoạch tổng hợp",
            "Phó Giám đốc Đinh Văn Lực",
            "Ngày 10/3 (báo cáo tháng), ngày 31/3 (báo cáo quý)",
        ],
        [
            2,
            "Kiểm tra công tác kiểm soát nhiễm khuẩn tại các khoa lâm sàng",
            "Khoa Kiểm soát nhiễm khuẩn",
            "Phó Giám đốc Đinh Văn Lực",
            "05/3 (lần 1); 19/3 (lần 2)",
        ],
        [
            3,
            "Tập huấn quy trình cấp cứu ngừng tuần hoàn cho điều dưỡng",
            "Phòng Điều dưỡng",
            "Giám đốc",
            "Trước ngày 15/3/2028",
        ],
        [
            4,
            "Bảo dưỡng hệ thống máy phát điện dự phòng",
            "Phòng Vật tư - Thiết bị y tế",
            "Phó Giám đốc Mai Thị Hòa",
            "Thường xuyên",
        ],
    ]
    _sheet(path, "KH T3-2028", rows, [1, 2, 3], 5)


def sf2_docx(path: Path) -> None:
    """A customs branch's quarter II/2028 plan: rounds in roman numerals, phases, and a day with its note."""
    document = _document()
    document.add_paragraph("CỤC HẢI QUAN TỈNH BẮC SƠN\nCHI CỤC HẢI QUAN CỬA KHẨU TÂN THANH")
    document.add_paragraph("KẾ HOẠCH CÔNG TÁC QUÝ II NĂM 2028")
    _table(
        document,
        ["TT", "Nội dung công việc", "Đội chủ trì", "Thời gian"],
        [
            [
                "1",
                "Kiểm tra sau thông quan tại trụ sở doanh nghiệp xuất nhập khẩu nông sản",
                "Đội Kiểm tra sau thông quan",
                "12/4 (đợt I); 24/5 (đợt II)",
            ],
            [
                "2",
                "Triển khai hệ thống giám sát hàng hóa tự động tại bãi kiểm hóa",
                "Đội Nghiệp vụ",
                "30/4 (giai đoạn 1), 20/6 (giai đoạn 2)",
            ],
            ["3", "Rà soát hồ sơ doanh nghiệp nợ thuế quá hạn", "Đội Tổng hợp", "Trước ngày 20/5/2028"],
            [
                "4",
                "Báo cáo kết quả chống buôn lậu gửi Cục",
                "Đội Kiểm soát Hải quan",
                "Ngày 15/4 (tháng), ngày 30/6 (quý)",
            ],
        ],
    )
    document.add_paragraph("CHI CỤC TRƯỞNG\nHoàng Văn Tiến")
    document.save(path)


def sf3_docx(path: Path) -> None:
    """A provincial library's 2028 plan: no time column; group rows are periods, the last a standing time."""
    document = _document()
    document.add_paragraph("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH HÀ LINH\nTHƯ VIỆN TỈNH")
    document.add_paragraph("KẾ HOẠCH CÔNG TÁC NĂM 2028")
    _table(
        document,
        ["TT", "Nội dung", "Phòng thực hiện", "Phối hợp"],
        [
            ["QUÝ I/2028"],
            [
                "1",
                "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam cấp tỉnh",
                "Phòng Phục vụ bạn đọc",
                "Thư viện các huyện",
            ],
            ["THÁNG 6/2028"],
            ["2", "Kiểm kê kho sách lưu chiểu địa phương", "Phòng Nghiệp vụ", "Phòng Hành chính - Tổng hợp"],
            ["TRIỂN KHAI THƯỜNG XUYÊN CẢ NĂM"],
            [
                "3",
                "Số hóa tài liệu địa chí, cập nhật thư viện số",
                "Phòng Công nghệ thông tin",
                "Phòng Nghiệp vụ",
            ],
            [
                "4",
                "Luân chuyển sách về thư viện xã và điểm bưu điện văn hóa",
                "Phòng Phục vụ bạn đọc",
                "UBND các xã",
            ],
        ],
    )
    document.add_paragraph("GIÁM ĐỐC\nLương Thị Ngọc")
    document.save(path)


def sf4_xlsx(path: Path) -> None:
    """A district agriculture office's 2028 sheet: numbered group rows, the second a standing time."""
    rows = [
        ["UBND HUYỆN THANH MINH"],
        ["PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
        ["KẾ HOẠCH NHIỆM VỤ NĂM 2028"],
        [],
        ["STT", "Nhiệm vụ", "Bộ phận chủ trì", "Kết quả"],
        ["I", "Quý II/2028"],
        [1, "Hướng dẫn lịch thời vụ gieo cấy vụ Mùa", "Bộ phận Trồng trọt", "Văn bản hướng dẫn"],
        ["II", "Thực hiện liên tục trong năm"],
        [2, "Theo dõi diễn biến dịch bệnh trên đàn gia súc, gia cầm", "Bộ phận Chăn nuôi - Thú y", "Báo cáo"],
        [3, "Tiếp nhận, xử lý phản ánh về ô nhiễm môi trường", "Bộ phận Môi trường", "Phiếu xử lý"],
    ]
    _sheet(path, "KH 2028", rows, [1, 2, 3, 6, 8], 4)


def _calendar(path: Path, heading: list[str], header: list[str], rows: list[list[str]], signer: str) -> None:
    document = _document()
    for line in heading:
        document.add_paragraph(line)
    _table(document, header, rows)
    document.add_paragraph(signer)
    document.save(path)


def sf5_docx(path: Path) -> None:
    """A provincial museum's week calendar: day rows, morning and afternoon columns."""
    _calendar(
        path,
        [
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH HÀ LINH\nBẢO TÀNG TỈNH",
            "LỊCH CÔNG TÁC TUẦN 10/2028 CỦA BAN GIÁM ĐỐC",
            "(Từ ngày 06/3/2028 đến ngày 10/3/2028)",
        ],
        ["Thứ, ngày", "Buổi sáng", "Buổi chiều"],
        [
            [
                "Thứ Hai 06/3",
                "- 08h00: Giám đốc Vũ Thanh Sơn chủ trì giao ban Ban Giám đốc. Chuẩn bị: Phòng Hành chính - Tổng hợp.",
                "(Tiếp tục làm việc)",
            ],
            [
                "Thứ Ba 07/3",
                "- 08h30: Phó Giám đốc Trần Thị Liên duyệt nội dung trưng bày chuyên đề Phụ nữ Hà Linh. Chuẩn bị: Phòng Trưng bày - Tuyên truyền.",
                "- 14h00: Giám đốc làm việc với Công ty tu bổ di tích về hồ sơ Đình Phú Lễ. Chuẩn bị: Phòng Quản lý di tích.",
            ],
            [
                "Thứ Tư 08/3",
                "- 08h00: Giám đốc dự Lễ kỷ niệm Ngày Quốc tế Phụ nữ tại Hội trường Sở.",
                "Tiếp tục chương trình buổi sáng",
            ],
            [
                "Thứ Năm 09/3",
                "- 09h00: Phó Giám đốc Trần Thị Liên kiểm tra kho hiện vật. Chuẩn bị: Phòng Kiểm kê - Bảo quản.",
                "Ban Giám đốc làm việc tại cơ quan.",
            ],
        ],
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG HÀNH CHÍNH - TỔNG HỢP",
    )


def sf6_docx(path: Path) -> None:
    """A district court's week calendar: `Sáng | Chiều` columns, an afternoon carrying on the hearing."""
    _calendar(
        path,
        [
            "TÒA ÁN NHÂN DÂN TỈNH HÀ LINH\nTÒA ÁN NHÂN DÂN KHU VỰC 2",
            "LỊCH LÀM VIỆC TUẦN 20/2028",
            "(Từ ngày 15/5/2028 đến ngày 19/5/2028)",
        ],
        ["Ngày", "Sáng", "Chiều"],
        [
            [
                "Thứ Hai 15/5",
                "- 07h30: Chánh án Lê Minh Quân chủ trì họp giao ban. Chuẩn bị: Văn phòng.",
                "- 14h00: Phó Chánh án Phạm Thu Trang họp Hội đồng xét xử vụ án dân sự số 12. Chuẩn bị: Tòa Dân sự.",
            ],
            [
                "Thứ Tư 17/5",
                "- 08h00: Chánh án chủ trì hội nghị tập huấn nghiệp vụ hòa giải, đối thoại. Chuẩn bị: Văn phòng.",
                "- Tiếp tục hội nghị buổi sáng.",
            ],
            [
                "Thứ Sáu 19/5",
                "- 08h00: Phó Chánh án Phạm Thu Trang chủ tọa phiên tòa hình sự sơ thẩm. Chuẩn bị: Tòa Hình sự.",
                "(Tiếp tục phiên tòa buổi sáng)",
            ],
        ],
        "TL. CHÁNH ÁN\nCHÁNH VĂN PHÒNG",
    )


def siblings_sf() -> None:
    DOCS.mkdir(exist_ok=True)
    sf1_xlsx(DOCS / "sf1_kh_thang_benh_vien_hai_ngay_ghi_chu.xlsx")
    sf2_docx(DOCS / "sf2_kh_quy_hai_quan_dot_la_ma.docx")
    sf3_docx(DOCS / "sf3_kh_thu_vien_nhom_thuong_xuyen.docx")
    sf4_xlsx(DOCS / "sf4_kh_phong_nn_nhom_lien_tuc.xlsx")
    sf5_docx(DOCS / "sf5_lich_tuan_bao_tang_tiep_tuc_lam_viec.docx")
    sf6_docx(DOCS / "sf6_lich_tuan_toa_an_tiep_tuc_hoi_nghi.docx")
