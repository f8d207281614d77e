"""The main corpus's siblings of the held-out document h194 (moved to the main corpus when the importer
was taught its shape, by h13fixTL on 2026-12-06): a steering body's or a council's yearly programme as
a sheet whose last line, merged across the table under its last task, is the body's reporting regime
under its label (`Chế độ báo cáo: …`, `Chế độ thông tin, báo cáo: …`) asking every member for a report
sent to a named unit or to the body's standing agency by a day each round: a closing reporting request,
an item whose lead (every member) is not scored. Their expected items (expected/tl1_…, tl2_…) were
written by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-tl`
writes the two.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _sheet(path: Path, title: str, titles: tuple, header: tuple, rows: list, closing: str) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = title
    last = chr(ord("A") + len(header) - 1)
    for number, text in enumerate(titles, start=1):
        sheet.cell(row=number, column=1, value=text)
        sheet.merge_cells(f"A{number}:{last}{number}")
    row_number = len(titles) + 2
    for column, text in enumerate(header, start=1):
        sheet.cell(row=row_number, column=column, value=text)
    for row in rows:
        row_number += 1
        for column, text in enumerate(row, start=1):
            sheet.cell(row=row_number, column=column, value=text or None)
        if len([text for text in row if text]) == 2:  # a group row: its title merged across
            sheet.merge_cells(
                start_row=row_number, start_column=2, end_row=row_number, end_column=len(header)
            )
    row_number += 1
    sheet.cell(row=row_number, column=2, value=closing)
    sheet.merge_cells(start_row=row_number, start_column=2, end_row=row_number, end_column=len(header))
    book.save(path)


def tl1_xlsx(path: Path) -> None:
    """A provincial council for legal education's 2028 programme (.xlsx): months and quarters without
    the year, partners in their own column, and under the table the council's reporting regime asking
    its members for a quarterly report to the justice department."""
    _sheet(
        path,
        "CT PBGDPL 2028",
        (
            "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT TỈNH BẮC HÀ",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028",
        ),
        ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
        [
            (
                "1",
                "Ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2028 của Hội đồng",
                "Sở Tư pháp",
                "Các cơ quan thành viên",
                "Tháng 01",
            ),
            (
                "2",
                "Tổ chức Ngày Pháp luật Việt Nam tại các trường trung học phổ thông",
                "Sở Giáo dục và Đào tạo",
                "Tỉnh đoàn",
                "Quý II",
            ),
            (
                "3",
                "Biên soạn tài liệu hỏi đáp pháp luật về đất đai cho người dân vùng biên giới",
                "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
                "Sở Tư pháp",
                "Tháng 8",
            ),
            (
                "4",
                "Sơ kết, đánh giá hoạt động của đội ngũ báo cáo viên pháp luật cấp tỉnh",
                "Sở Tư pháp",
                "Ban Tuyên giáo và Dân vận Tỉnh ủy",
                "Tháng 11",
            ),
        ],
        "Chế độ thông tin, báo cáo: các thành viên Hội đồng gửi báo cáo kết quả về Sở Tư pháp định kỳ hằng "
        "quý, trước ngày 20 của tháng cuối quý.",
    )


def tl2_xlsx(path: Path) -> None:
    """A district food safety steering committee's 2029 programme (.xlsx): a roman group row, full
    dates as the deadline, and under the table the reporting regime asking the committee's members
    for a monthly report to its standing body, through the health office."""
    _sheet(
        path,
        "Chuong trinh ATTP",
        (
            "BAN CHỈ ĐẠO LIÊN NGÀNH VỀ AN TOÀN THỰC PHẨM HUYỆN EA LÂM",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2029",
        ),
        ("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn hoàn thành"),
        [
            ("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", ""),
            ("1", "Kiện toàn Ban Chỉ đạo và Tổ giúp việc liên ngành", "Phòng Y tế", "15/01/2029"),
            (
                "2",
                "Xây dựng kế hoạch bảo đảm an toàn thực phẩm Tết Nguyên đán và mùa lễ hội",
                "Phòng Y tế",
                "20/01/2029",
            ),
            ("II", "CÔNG TÁC KIỂM TRA", "", ""),
            (
                "3",
                "Kiểm tra các cơ sở giết mổ gia súc, gia cầm trên địa bàn huyện",
                "Phòng Nông nghiệp và Môi trường",
                "30/6/2029",
            ),
            (
                "4",
                "Kiểm tra bếp ăn tập thể tại các trường mầm non bán trú",
                "Phòng Giáo dục và Đào tạo",
                "15/10/2029",
            ),
        ],
        "Chế độ báo cáo: Các thành viên Ban Chỉ đạo báo cáo kết quả về Thường trực Ban Chỉ đạo "
        "(qua Phòng Y tế) trước ngày 25 hằng tháng.",
    )


def siblings_tl() -> None:
    tl1_xlsx(DOCS / "tl1_ctr_hdph_pbgdpl_tinh_che_do_bao_cao.xlsx")
    tl2_xlsx(DOCS / "tl2_ctr_bcd_attp_huyen_che_do_bao_cao.xlsx")
