"""The main corpus's siblings of the held-out documents h103, h104, h116 and h119 (moved to the main
corpus when the importer was taught their shapes, helper h13fixN2; h109's sibling z01 is HTML written
by hand): the same shape with other bodies, units, tasks, dates and surface details. Their expected
items (expected/z01_…–z05_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-z` writes them.
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def z02_xlsx(h, path: Path) -> None:
    """A provincial People's Council standing committee's weekly calendar (sibling of h104): days as
    columns, the leaders as rows, events with their preparing unit in the cells."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Lich tuan 19"
    h.sheet_title_rows(
        sheet,
        [
            "HĐND TỈNH HÀ GIANG",
            "LỊCH CÔNG TÁC TUẦN CỦA THƯỜNG TRỰC HĐND TỈNH",
            "(Tuần 19, từ ngày 04/5 đến ngày 08/5/2026)",
        ],
        6,
    )
    h.xlsx_header(
        sheet,
        [
            "Họ tên, chức vụ",
            "Thứ Hai (04/5)",
            "Thứ Ba (05/5)",
            "Thứ Tư (06/5)",
            "Thứ Năm (07/5)",
            "Thứ Sáu (08/5)",
        ],
    )
    sheet.append(
        [
            "Đ/c Hoàng Văn Sơn\nChủ tịch HĐND tỉnh",
            "Sáng: 07h30 - Họp Thường trực HĐND tỉnh thường kỳ tháng 5 (Văn phòng Đoàn ĐBQH và HĐND tỉnh chuẩn bị)",
            "Giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại huyện Quản Bạ (Ban Dân tộc HĐND tỉnh chuẩn bị)",
            None,
            "Làm việc tại trụ sở",
            "Chiều: 15h00 - Tiếp xúc cử tri phường Minh Khai",
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=3, end_row=sheet.max_row, end_column=4)
    sheet.append(
        [
            "Đ/c Lý Thị Hoa\nPhó Chủ tịch HĐND tỉnh",
            "",
            "Sáng: 08h00 - Thẩm tra dự thảo Nghị quyết về phí, lệ phí trên địa bàn tỉnh (Ban Kinh tế - Ngân sách chuẩn bị)\nChiều: 14h00 - Làm việc với Sở Nông nghiệp và Môi trường về kết quả giải quyết kiến nghị cử tri (Ban Kinh tế - Ngân sách chuẩn bị)",
            "Làm việc tại trụ sở",
            "Sáng: 08h30 - Dự Hội nghị tổng kết công tác dân tộc năm 2025 (Ban Dân tộc HĐND tỉnh chuẩn bị)",
            "",
        ]
    )
    sheet.append(
        [
            "Đ/c Vàng Seo Cường\nPhó Chủ tịch HĐND tỉnh",
            "Chiều: 14h30 - Họp Tổ công tác chuẩn bị kỳ họp chuyên đề (Văn phòng Đoàn ĐBQH và HĐND tỉnh chuẩn bị)",
            "",
            "",
            "",
            "Sáng: 08h00 - Tiếp công dân định kỳ tại Trụ sở tiếp công dân tỉnh (Ban Pháp chế HĐND tỉnh chuẩn bị)",
        ]
    )
    sheet.append([])
    sheet.append(
        [
            "Ghi chú: Lịch có thể điều chỉnh theo yêu cầu công việc; các ban chuẩn bị gửi tài liệu trước 02 ngày."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=6)
    sheet.column_dimensions["A"].width = 26
    for column in "BCDEF":
        sheet.column_dimensions[column].width = 32
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    workbook.save(path)


def z03_docx(h, path: Path) -> None:
    """A commune's quarter programme (sibling of h103): one row per unit, one column per month, dash
    tasks in the cells, a cell merged over the first two months."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND XÃ HƯƠNG SƠN", "Số: 64/CTr-UBND"],
        "Hương Sơn, ngày 24 tháng 6 năm 2026",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2026 CỦA UBND XÃ",
            "Thực hiện Chương trình công tác năm 2026, UBND xã phân công các cơ quan, đơn vị thực hiện nhiệm vụ quý III như sau:",
        ],
    )
    table = h.grid_table(
        document, ["STT", "Cơ quan chủ trì", "Tháng 7", "Tháng 8", "Tháng 9"], [0.4, 1.7, 2.0, 2.0, 2.0]
    )
    rows = [
        (
            "1",
            "Văn phòng HĐND và UBND xã",
            ["- Tổng hợp báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026"],
            [""],
            ["- Chuẩn bị nội dung phiên họp thường kỳ UBND xã tháng 9"],
        ),
        (
            "2",
            "Phòng Kinh tế",
            ["- Kiểm tra, đôn đốc tiến độ giải ngân vốn xây dựng nông thôn mới"],
            None,  # merged with the cell on its left (July to August)
            [
                "- Thống kê thiệt hại sau mưa lũ trên địa bàn xã",
                "- Nghiệm thu công trình kênh mương nội đồng thôn Đồng Tâm",
            ],
        ),
        (
            "3",
            "Phòng Văn hóa - Xã hội",
            ["—"],
            ["- Tổ chức khai giảng lớp xóa mù chữ cho phụ nữ dân tộc thiểu số (hoàn thành trước 20/8)"],
            ["—"],
        ),
        (
            "4",
            "Ban Chỉ huy Quân sự xã",
            [""],
            ["- Tổng kết công tác huấn luyện dân quân năm 2026"],
            [""],
        ),
    ]
    for number, unit, *months in rows:
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].text = unit
        index = 0
        while index < len(months):
            lines = months[index]
            if lines is None:
                index += 1
                continue
            cell = cells[2 + index]
            if index + 1 < len(months) and months[index + 1] is None:
                cell = cell.merge(cells[3 + index])
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
            index += 1
    h.docx_paragraphs(
        document,
        [
            "Các cơ quan, đơn vị chủ động triển khai các nhiệm vụ được giao; nhiệm vụ phát sinh do Chủ tịch UBND xã giao bổ sung.",
            "Nơi nhận:\n- Thường trực Đảng ủy xã;\n- Các cơ quan, đơn vị thuộc UBND xã;\n- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐinh Quang Vũ",
        ],
    )
    document.save(path)


def z04_docx(h, path: Path) -> None:
    """A commune's action programme (sibling of h116, → .doc): prose parts with a closing request to
    every unit above an appendix table with 'Sản phẩm' and 'Cấp trình' columns."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND HUYỆN ĐỊNH QUÁN", "UBND XÃ PHÚ VINH", "Số: 71/CTr-UBND"],
        "Phú Vinh, ngày 05 tháng 12 năm 2026",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH HÀNH ĐỘNG",
            "Thực hiện Nghị quyết số 09-NQ/ĐU ngày 15/11/2026 của Đảng ủy xã về phát triển nông nghiệp sạch "
            "gắn với du lịch sinh thái giai đoạn 2027 - 2030",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Triển khai kịp thời, đồng bộ các chủ trương của Nghị quyết trên địa bàn xã.",
            "2. Phân công rõ đơn vị chủ trì, sản phẩm và cấp trình của từng nhiệm vụ.",
            "II. NHIỆM VỤ TRỌNG TÂM",
            "Gồm hai nhóm: phát triển nông nghiệp sạch và phát triển du lịch sinh thái (chi tiết tại Phụ lục kèm theo).",
            "III. TỔ CHỨC THỰC HIỆN",
            "Các ban, ngành, đoàn thể xã được phân công chủ trì cụ thể hóa nhiệm vụ bằng kế hoạch của đơn vị; định kỳ "
            "trước ngày 10/12 hằng năm báo cáo kết quả về Văn phòng HĐND-UBND xã để tổng hợp, báo cáo Đảng ủy xã.",
            "PHỤ LỤC",
            "CÁC NHIỆM VỤ CỤ THỂ",
            "(Kèm theo Chương trình hành động số 71/CTr-UBND ngày 05/12/2026 của UBND xã Phú Vinh)",
        ],
    )
    table = h.grid_table(
        document,
        [
            "STT",
            "Nội dung nhiệm vụ",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Sản phẩm",
            "Cấp trình",
            "Thời hạn",
        ],
        [0.35, 2.1, 1.1, 1.1, 0.9, 0.7, 0.8],
    )
    groups = [
        (
            "I. PHÁT TRIỂN NÔNG NGHIỆP SẠCH",
            [
                (
                    "1",
                    "Xây dựng vùng trồng bưởi đạt tiêu chuẩn VietGAP tại ấp 2 và ấp 4",
                    "Công chức Nông nghiệp - Môi trường",
                    "Hội Nông dân xã",
                    "Đề án",
                    "UBND huyện",
                    "Quý III/2027",
                ),
                (
                    "2",
                    "Hỗ trợ thành lập hợp tác xã rau an toàn Phú Vinh",
                    "Hội Nông dân xã",
                    "Công chức Tài chính - Kế toán",
                    "Hợp tác xã được thành lập",
                    "",
                    "2027 - 2029",
                ),
                (
                    "3",
                    "Tập huấn kỹ thuật sử dụng phân bón hữu cơ cho nông dân",
                    "Công chức Nông nghiệp - Môi trường",
                    "Trạm Khuyến nông huyện",
                    "Báo cáo kết quả",
                    "UBND xã",
                    "Hằng năm",
                ),
            ],
        ),
        (
            "II. PHÁT TRIỂN DU LỊCH SINH THÁI",
            [
                (
                    "4",
                    "Lập danh mục điểm du lịch sinh thái miệt vườn trên địa bàn xã",
                    "Công chức Văn hóa - Xã hội",
                    "Các ấp",
                    "Danh mục được phê duyệt",
                    "HĐND xã",
                    "Tháng 6/2027",
                ),
                (
                    "5",
                    "Sơ kết 02 năm thực hiện Nghị quyết",
                    "Văn phòng HĐND-UBND xã",
                    "Các ban, ngành, đoàn thể xã",
                    "Báo cáo sơ kết",
                    "Đảng ủy xã",
                    "Quý IV/2028",
                ),
            ],
        ),
    ]
    for heading, rows in groups:
        h.full_width_row(table, heading)
        for row in rows:
            h.fill_row(table, row)
    h.docx_paragraphs(document, ["TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(đã ký)\nTrịnh Văn Lâm"])
    document.save(path)


def z05_docx(h, path: Path) -> None:
    """A commune's monthly leaders' calendar (sibling of h119, → scanned PDF): weekday and date in one
    cell, a two-day row, a 'Cả tháng' row, a leader column beside the preparing unit."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    h.set_landscape(document.sections[0])
    document.styles["Normal"].font.size = Pt(12)
    h.national_header(
        document, ["UBND HUYỆN THANH CHƯƠNG", "UBND XÃ NAM KIM"], "Nam Kim, ngày 28 tháng 4 năm 2026"
    )
    h.docx_paragraphs(document, ["LỊCH LÀM VIỆC THÁNG 5 NĂM 2026", "CỦA THƯỜNG TRỰC UBND XÃ"])
    table = h.grid_table(
        document,
        ["Ngày", "Thời gian", "Nội dung", "Lãnh đạo chủ trì", "Đơn vị chuẩn bị", "Địa điểm"],
        [1.3, 0.8, 3.5, 1.5, 1.7, 1.3],
    )
    rows = [
        (
            "Thứ Hai\n04/5",
            "7h30",
            "Chào cờ và giao ban đầu tháng",
            "Chủ tịch UBND xã",
            "Văn phòng HĐND-UBND",
            "Hội trường xã",
        ),
        (
            "Thứ Tư\n06/5",
            "14h00",
            "Nghe báo cáo tiến độ thu thuế sử dụng đất phi nông nghiệp",
            "PCT Nguyễn Hữu Phước",
            "Công chức Tài chính - Kế toán",
            "Phòng họp",
        ),
        (
            "Thứ Sáu\n15/5",
            "8h00",
            "Kiểm tra công tác phòng, chống dịch bệnh trên đàn gia súc",
            "PCT Nguyễn Hữu Phước",
            "Trạm Thú y xã",
            "Các xóm",
        ),
        (
            "Thứ Ba 19/5 -\nThứ Tư 20/5",
            "Cả ngày",
            "Tổ chức các hoạt động kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh",
            "Chủ tịch UBND xã",
            "Công chức Văn hóa - Xã hội; Đoàn xã",
            "Nhà văn hóa xã",
        ),
        (
            "Thứ Năm\n28/5",
            "14h00",
            "Họp xét duyệt hồ sơ hỗ trợ nhà ở cho người có công",
            "PCT Hồ Thị Lan",
            "Công chức Lao động - Thương binh và Xã hội",
            "Phòng họp",
        ),
        (
            "Cả tháng",
            "",
            "Tuyên truyền, vận động nhân dân nộp quỹ phòng, chống thiên tai năm 2026",
            "PCT Hồ Thị Lan",
            "Các xóm",
            "Các xóm",
        ),
    ]
    for row in rows:
        h.fill_row(table, row)
    h.docx_paragraphs(
        document,
        [
            "Thứ Bảy, Chủ nhật: Thường trực UBND xã trực theo lịch phân công.",
            "Lịch có thể thay đổi; Văn phòng HĐND-UBND xã thông báo bổ sung.",
            "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n(đã ký)",
        ],
    )
    document.save(path)


def siblings_z() -> None:
    h = heldout_writers()
    z02_xlsx(h, DOCS / "z02_lich_tuan_thuong_truc_hdnd_cot_ngay.xlsx")
    z03_docx(h, DOCS / "z03_ctr_quy_xa_ma_tran_co_quan_thang.docx")
    if not shutil.which("soffice"):
        print("soffice not found: z04 (.doc) and z05 (the scan) were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        name = "z04_ctr_hanh_dong_xa_san_pham_cap_trinh"
        z04_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "doc", DOCS / f"{name}.doc")
        name = "z05_lich_thang_xa_nam_kim_ban_quet"
        z05_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        h.rasterise(tmp / f"{name}.pdf", DOCS / f"{name}.pdf")
