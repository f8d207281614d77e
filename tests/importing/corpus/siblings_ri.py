"""The main corpus's siblings of the held-out h466, h467 and h472 (moved to the main corpus when the
importer was taught their shape, helper h13fixRI): a closing reporting request under a table, set
off by a note label — `Ghi chú:` or `Lưu ý:` alone on its line (a merged row, a paragraph) with the
request as a `- ` list item under it, or `Yêu cầu:` before the request on its own line — addressed
to every unit of a kind (`Các trạm …`, `Các đơn vị trực thuộc …`, `Các phòng …`), with a round or a
day of its own. Their expected items (expected/ri*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-ri` writes ri1 and ri2 (.xlsx indicator
sheets) and ri3 (.docx weekly calendar).
"""

from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _sheet(title: str, lines: list[str], header: list[str], rows: list[list[str]]):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = title
    for number, text in enumerate(lines, start=1):
        sheet.cell(row=number, column=1, value=text).font = Font(bold=True)
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=len(header))
    first = len(lines) + 2
    for column, text in enumerate(header, start=1):
        sheet.cell(row=first, column=column, value=text).font = Font(bold=True)
    for offset, values in enumerate(rows, start=1):
        for column, text in enumerate(values, start=1):
            sheet.cell(row=first + offset, column=column, value=text)
    return book, sheet, first + len(rows) + 1


def _note_rows(sheet, row: int, texts: list[str], width: int) -> None:
    for offset, text in enumerate(texts):
        sheet.cell(row=row + offset, column=1, value=text)
        sheet.merge_cells(start_row=row + offset, start_column=1, end_row=row + offset, end_column=width)


def ri1(path: Path) -> None:
    """A district health centre's indicators for 2028, `Ghi chú:` alone in a merged row and the
    request under it as a `- ` item, by a round with no day (`định kỳ hằng quý`)."""
    header = ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2028", "Khoa, phòng chủ trì", "Thời hạn"]
    book, sheet, row = _sheet(
        "Chỉ tiêu 2028",
        ["TRUNG TÂM Y TẾ HUYỆN ĐỨC THỌ", "CHỈ TIÊU CHUYÊN MÔN NĂM 2028"],
        header,
        [
            [
                "1",
                "Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ",
                "%",
                "97",
                "Khoa Kiểm soát bệnh tật",
                "31/12/2028",
            ],
            [
                "2",
                "Số lượt khám sàng lọc tăng huyết áp tại trạm",
                "Lượt",
                "6.500",
                "Khoa Khám bệnh",
                "30/11/2028",
            ],
            [
                "3",
                "Tỷ lệ hồ sơ sức khỏe điện tử được cập nhật",
                "%",
                "90",
                "Phòng Kế hoạch - Nghiệp vụ",
                "Hằng tháng",
            ],
            [
                "4",
                "Số buổi truyền thông phòng chống sốt xuất huyết",
                "Buổi",
                "48",
                "Khoa Kiểm soát bệnh tật",
                "30/9/2028",
            ],
        ],
    )
    _note_rows(
        sheet,
        row + 1,
        [
            "Ghi chú:",
            "- Các trạm y tế xã, thị trấn báo cáo kết quả thực hiện chỉ tiêu về Phòng Kế hoạch - Nghiệp vụ "
            "định kỳ hằng quý.",
            "- Số liệu dân số lấy theo niên giám thống kê năm 2027.",
        ],
        len(header),
    )
    book.save(path)


def ri2(path: Path) -> None:
    """A provincial tax office's assignment sheet, `Yêu cầu:` before the request in one merged row,
    its day in each quarter (`trước ngày 10 của tháng cuối quý`)."""
    header = ["STT", "Nhiệm vụ, chỉ tiêu", "Kế hoạch", "Đội theo dõi", "Thời hạn", "Ghi chú"]
    book, sheet, row = _sheet(
        "Giao nhiệm vụ",
        ["THUẾ TỈNH HÀ TĨNH", "GIAO NHIỆM VỤ, CHỈ TIÊU QUẢN LÝ THUẾ NĂM 2028"],
        header,
        [
            ["1", "Thu hồi nợ thuế có khả năng thu", "320 tỷ đồng", "Phòng Quản lý nợ", "31/12/2028", ""],
            [
                "2",
                "Kiểm tra hồ sơ hoàn thuế giá trị gia tăng trước hoàn",
                "100%",
                "Phòng Kiểm tra",
                "Thường xuyên",
                "",
            ],
            [
                "3",
                "Rà soát hộ kinh doanh chuyển sang kê khai",
                "1.200 hộ",
                "Phòng Hộ kinh doanh",
                "30/6/2028",
                "",
            ],
        ],
    )
    _note_rows(
        sheet,
        row + 1,
        [
            "Yêu cầu: Các đơn vị trực thuộc gửi báo cáo tiến độ thực hiện nhiệm vụ về Văn phòng trước ngày "
            "10 của tháng cuối quý.",
        ],
        len(header),
    )
    book.save(path)


def ri3(h, path: Path) -> None:
    """A district's weekly calendar (.docx), `Lưu ý:` alone under the table and the preparation
    request as a `- ` item dated by a day."""
    from docx import Document

    document = Document()
    h.docx_paragraphs(
        document,
        [
            "ỦY BAN NHÂN DÂN HUYỆN CAN LỘC",
            "LỊCH CÔNG TÁC TUẦN 20",
            "(Từ ngày 15/5/2028 đến ngày 19/5/2028)",
        ],
    )
    labels = ["Ngày", "Nội dung", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"]
    table = h.grid_table(document, labels)
    for row in [
        [
            "Thứ Hai 15/5",
            "Họp giao ban Thường trực UBND huyện",
            "Chủ tịch UBND huyện",
            "Văn phòng HĐND và UBND",
            "Phòng họp số 1",
        ],
        [
            "Thứ Ba 16/5",
            "Kiểm tra tiến độ xây dựng trường mầm non Thiên Lộc",
            "Phó Chủ tịch Lê Văn Bình",
            "Phòng Kinh tế - Hạ tầng",
            "Xã Thiên Lộc",
        ],
        [
            "Thứ Tư 17/5",
            "Hội nghị triển khai phòng chống thiên tai năm 2028",
            "Chủ tịch UBND huyện",
            "Phòng Nông nghiệp và Môi trường",
            "Hội trường UBND huyện",
        ],
        [
            "Thứ Năm 18/5",
            "Làm việc với Chi cục Thuế khu vực về thu ngân sách",
            "Phó Chủ tịch Trần Thị Mai",
            "Phòng Tài chính - Kế hoạch",
            "Phòng họp số 2",
        ],
    ]:
        h.fill_row(table, row)
    h.docx_paragraphs(
        document,
        [
            "Lưu ý:",
            "- Các phòng gửi báo cáo kết quả 5 tháng đầu năm về Văn phòng HĐND và UBND trước 15h00 ngày "
            "17/5/2028.",
            "- Lịch có thể điều chỉnh theo chỉ đạo của Thường trực Huyện ủy.",
            "TL. CHỦ TỊCH",
            "CHÁNH VĂN PHÒNG",
            "Nguyễn Hữu Phước",
        ],
    )
    document.save(path)


def siblings_ri() -> None:
    h = heldout_writers()
    ri1(DOCS / "ri1_chi_tieu_ttyt_huyen_ghi_chu_gach.xlsx")
    ri2(DOCS / "ri2_giao_nv_thue_tinh_yeu_cau.xlsx")
    ri3(h, DOCS / "ri3_lich_tuan_ubnd_huyen_luu_y_gach.docx")
