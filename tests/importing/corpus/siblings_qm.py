"""The main corpus's siblings of the held-out documents h380 and h382 (moved to the main corpus when the
importer was taught their shapes, helper h13fixQM).

h380's shape: one civil servant's work registration form (no lead column: every task is the
person's) whose newly assigned tasks print who gave them and on what day inside the task's own text
(`(… giao ngày 02/3/2028)`, `(giao tại cuộc họp giao ban ngày 09/3/2028)`), the time cell counting
from that day (`07 ngày làm việc kể từ ngày giao`, `10 ngày kể từ ngày được giao`). qm1: a ward
office's monthly registration as .docx (sections `A.`/`B.`/`C.`); qm2: a district office specialist's
monthly task sheet as .xlsx (the assignment on a second line of the task cell, one day printed
without its year).

h382's shape: a time that is only a season named in lower case (`trong suốt mùa mưa bão`, `Trong
mùa mưa lũ`) whose span the document prints after the season's name elsewhere (`… mùa khô (từ ngày
15/12/2027 đến hết ngày 30/4/2028)`, `… mùa mưa lũ năm 2028 (từ tháng 8 đến hết tháng 12/2028)`).
qm3 (by hand, docs/qm3_….txt): a Department's dispatch as an e-office text export; qm4: a district
plan's task table as .docx, the season's span printed in the preamble.

Their expected items (expected/qm*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-qm` writes qm1 (.docx), qm2 (.xlsx) and qm4
(.docx).
"""

# ruff: noqa: E501 — document text is data: long lines.

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _common():
    """`heldout/batch_common.py` as a module (the held-out batches' shared writer helpers)."""
    spec = importlib.util.spec_from_file_location(
        "heldout_batch_common", HERE / "heldout" / "batch_common.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _heading(document, left: list[str], place_date: str) -> None:
    """The issuing office at the left, the national motto and the place and date at the right."""
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", place_date]
    grid = document.add_table(rows=3, cols=2)
    for index in range(3):
        grid.cell(index, 0).text = left[index] if index < len(left) else ""
        grid.cell(index, 1).text = right[index]


def qm1_docx(path: Path) -> None:
    """A ward office's civil servant's monthly task registration: `TT | Nhiệm vụ | Sản phẩm | Thời
    gian hoàn thành | Ghi chú`, section rows across the table, no lead column; the newly assigned
    tasks print who assigned them and when in parentheses, their times count from that day."""
    common = _common()
    document = common.document(13)
    common.a4(document)
    _heading(document, ["UBND PHƯỜNG TÂN MAI", "VĂN PHÒNG HĐND VÀ UBND"], "Tân Mai, ngày 01 tháng 3 năm 2028")
    common.paragraphs(
        document,
        [
            "BẢNG ĐĂNG KÝ NHIỆM VỤ VÀ KẾT QUẢ THỰC HIỆN THÁNG 3/2028",
            "Họ và tên: Nguyễn Thị Thu Trang",
            "Chức vụ: Công chức Văn phòng - Thống kê",
        ],
    )
    header = ["TT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Ghi chú"]
    grid = common.table(document, header, [], None)
    sections = [
        ("A. NHIỆM VỤ THEO KẾ HOẠCH", []),
        (
            None,
            [
                [
                    "1",
                    "Xây dựng dự thảo Kế hoạch tổ chức Ngày hội Văn hóa các dân tộc phường năm 2028",
                    "Dự thảo Kế hoạch",
                    "10/3/2028",
                    "",
                ],
                [
                    "2",
                    "Tổng hợp báo cáo kết quả công tác cải cách hành chính quý I/2028 của phường",
                    "Báo cáo",
                    "25/3/2028",
                    "",
                ],
            ],
        ),
        ("B. NHIỆM VỤ ĐƯỢC GIAO THÊM TRONG THÁNG", []),
        (
            None,
            [
                [
                    "3",
                    "Chuẩn bị hồ sơ, tài liệu phục vụ Đoàn kiểm tra công tác văn thư, lưu trữ của Sở Nội vụ (Chủ tịch UBND phường giao ngày 02/3/2028)",
                    "Bộ hồ sơ",
                    "07 ngày làm việc kể từ ngày giao",
                    "",
                ],
                [
                    "4",
                    "Rà soát danh sách người có công cần sửa chữa nhà ở trên địa bàn phường (giao tại cuộc họp giao ban ngày 09/3/2028)",
                    "Danh sách",
                    "03 ngày làm việc kể từ ngày được giao",
                    "",
                ],
                [
                    "5",
                    "Soạn thảo văn bản đôn đốc các khu phố nộp báo cáo sơ kết phong trào thi đua (Phó Chủ tịch UBND phường giao ngày 14/3/2028)",
                    "Công văn",
                    "10 ngày kể từ ngày giao",
                    "Đã trình ký",
                ],
            ],
        ),
        ("C. NHIỆM VỤ THƯỜNG XUYÊN", []),
        (
            None,
            [
                [
                    "6",
                    "Tiếp nhận, xử lý văn bản đến, văn bản đi trên Hệ thống quản lý văn bản và điều hành",
                    "Văn bản được xử lý",
                    "Thường xuyên",
                    "",
                ],
            ],
        ),
    ]
    for title, rows in sections:
        if title is not None:
            row = grid.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            merged.text = ""
            merged.paragraphs[0].add_run(title).bold = True
        for values in rows:
            for cell, value in zip(grid.add_row().cells, values, strict=True):
                cell.text = value
    common.paragraphs(
        document,
        [
            "Nhận xét của Chánh Văn phòng: Thống nhất nội dung đăng ký.",
            "NGƯỜI ĐĂNG KÝ                                        CHÁNH VĂN PHÒNG",
            "Nguyễn Thị Thu Trang                                 Đặng Văn Lộc",
        ],
    )
    document.save(path)


def qm2_xlsx(path: Path) -> None:
    """A district Office of Finance and Planning specialist's monthly task sheet: `STT | Nội dung
    nhiệm vụ | Kết quả cần đạt | Hạn hoàn thành | Tự đánh giá`; a task assigned in the month prints
    the assignment on a second line of its cell (one day without its year), its time counted from it."""
    from openpyxl import Workbook

    common = _common()
    book = Workbook()
    sheet = book.active
    sheet.title = "Thang 10"
    top = [
        "UBND HUYỆN KRÔNG BÔNG",
        "PHÒNG TÀI CHÍNH - KẾ HOẠCH",
        "PHIẾU THEO DÕI NHIỆM VỤ THÁNG 10 NĂM 2028",
        "Người thực hiện: Y Đức Niê - Chuyên viên theo dõi đầu tư công",
    ]
    for index, text in enumerate(top, start=1):
        sheet.cell(index, 1, text)
    start = len(top) + 2
    header = ["STT", "Nội dung nhiệm vụ", "Kết quả cần đạt", "Hạn hoàn thành", "Tự đánh giá"]
    for column, label in enumerate(header, start=1):
        sheet.cell(start, column, label)
    common.bold_header(sheet, start)
    rows = [
        [
            "1",
            "Tổng hợp tình hình giải ngân vốn đầu tư công 9 tháng năm 2028",
            "Báo cáo",
            "05/10/2028",
            "Hoàn thành",
        ],
        [
            "2",
            "Tham mưu phân bổ vốn sự nghiệp các chương trình mục tiêu quốc gia đợt 2",
            "Tờ trình",
            "20/10/2028",
            "",
        ],
        [
            "3",
            "Kiểm tra hồ sơ quyết toán công trình đường giao thông thôn 4 xã Cư Pui\n(Trưởng phòng giao ngày 10/10/2028)",
            "Báo cáo thẩm tra",
            "05 ngày làm việc kể từ ngày giao",
            "",
        ],
        [
            "4",
            "Thẩm định dự toán mua sắm trang thiết bị của Trung tâm Y tế huyện\n(Phó Chủ tịch UBND huyện giao ngày 16/10)",
            "Văn bản thẩm định",
            "07 ngày kể từ ngày giao",
            "",
        ],
        [
            "5",
            "Cập nhật số liệu giải ngân lên Hệ thống thông tin quốc gia về đầu tư công",
            "Số liệu cập nhật",
            "Thứ Hai hằng tuần",
            "",
        ],
    ]
    for offset, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            sheet.cell(start + offset, column, value)
    common.wrap(sheet, start + 1, vertical="top")
    sheet.cell(start + len(rows) + 2, 2, "NGƯỜI THỰC HIỆN")
    sheet.cell(start + len(rows) + 2, 4, "TRƯỞNG PHÒNG")
    for letter, width in zip("ABCDE", [6, 60, 20, 22, 14], strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


def qm4_docx(path: Path) -> None:
    """A district plan for the rainy and flood season: the season's span printed in the preamble
    after its name; a task table `TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian`
    whose time cells are dates, `Thường xuyên`, or the season named alone (`Trong mùa mưa lũ`)."""
    common = _common()
    document = common.document(13)
    common.a4(document)
    _heading(
        document,
        ["ỦY BAN NHÂN DÂN", "HUYỆN SƠN HÒA", "Số: 118/KH-UBND"],
        "Sơn Hòa, ngày 24 tháng 7 năm 2028",
    )
    common.paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2028",
            "Căn cứ tình hình thời tiết và dự báo của Đài Khí tượng thủy văn tỉnh, để chủ động ứng phó trong mùa mưa lũ năm 2028 (từ tháng 8 đến hết tháng 12/2028), Ủy ban nhân dân huyện ban hành Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Giảm thiểu thiệt hại về người và tài sản; chủ động phương án sơ tán dân tại các vùng trũng thấp, ven sông.",
            "II. NHIỆM VỤ CỤ THỂ",
        ],
    )
    header = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    rows = [
        [
            "1",
            "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện năm 2028",
            "Phòng Nông nghiệp và Môi trường",
            "Các cơ quan thành viên",
            "Trước 10/8/2028",
        ],
        [
            "2",
            "Tổ chức trực ban 24/24 giờ, theo dõi diễn biến mưa lũ và báo cáo nhanh thiệt hại",
            "Văn phòng HĐND và UBND huyện",
            "Phòng Nông nghiệp và Môi trường",
            "Trong mùa mưa lũ",
        ],
        [
            "3",
            "Kiểm tra an toàn các hồ chứa nước, đập dâng và tràn qua đường trên địa bàn",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "UBND các xã",
            "Trước 20/8/2028",
        ],
        [
            "4",
            "Bố trí lực lượng, phương tiện ứng trực tại các điểm xung yếu, sẵn sàng sơ tán dân",
            "Ban Chỉ huy Quân sự huyện",
            "Công an huyện, UBND các xã",
            "Trong mùa mưa lũ",
        ],
        [
            "5",
            "Tuyên truyền kỹ năng phòng tránh đuối nước, lũ quét cho Nhân dân",
            "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
            "UBND các xã",
            "Thường xuyên",
        ],
    ]
    grid = common.table(document, header, [], None)
    for values in rows:
        for cell, value in zip(grid.add_row().cells, values, strict=True):
            cell.text = value
    common.paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Ủy ban nhân dân huyện (qua Phòng Nông nghiệp và Môi trường) để tổng hợp.",
            "Nơi nhận:",
            "- UBND tỉnh (b/c);",
            "- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Trần Minh Khoa",
        ],
    )
    document.save(path)


def siblings_qm() -> None:
    qm1_docx(DOCS / "qm1_dang_ky_nhiem_vu_thang_cong_chuc_phuong.docx")
    qm2_xlsx(DOCS / "qm2_phieu_theo_doi_nhiem_vu_chuyen_vien_huyen.xlsx")
    qm4_docx(DOCS / "qm4_kh_pctt_huyen_trong_mua_mua_lu.docx")
