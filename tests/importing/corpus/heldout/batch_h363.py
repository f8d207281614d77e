"""Writes the binaries of the held-out documents h363–h372 (helper h13author33).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h363`.
This batch samples the **ordinary** documents an office sends when asked for its work programme or
plan: three work programmes as tables (a Department's .docx, a district's quarterly .xlsx, a
commune's legacy .doc), two plans (numbered tasks with their fields; a task appendix), two meeting
conclusions, a weekly leaders' calendar, an indicator table and a school's monthly plan printed from
Word to PDF. Every text below is own-authored (invented names, units, places, dates and tasks) in
how such bodies commonly type these documents, from general knowledge; no third-party text is
stored. Like `make_docs.py` this writes **only the documents**: their expected items (`expected/`)
were written by hand from the document text before the importer was first run on them. The .doc
and .pdf need LibreOffice (`soffice`); their bytes differ run to run, so regenerate only on purpose.
Conversions run one after another (never in parallel).
"""

# ruff: noqa: E501 — document text is data: long lines.

import datetime
import shutil
import sys
import tempfile
from functools import partial
from pathlib import Path

from batch_common import DOCS, convert_each, out_path, wrap
from batch_common import a4 as _a4
from batch_common import bold_header as _bold_header
from batch_common import document as _document
from batch_common import paragraphs as _paragraphs
from batch_common import table as _table
from batch_common import writers as _writers

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h368_tbkl_pct_ubnd_tinh_giai_ngan_von",  # h13fixQG
    "h372_kh_thang_11_truong_thcs",  # h13fixQG
    "h366_kh_sot_xuat_huyet_so_y_te_truong_muc",  # h13fixQF
    "h369_tbkl_giao_ban_benh_vien",  # h13fixQF
}

_wrap = partial(wrap, vertical="top")
_out = partial(out_path, moved=_MOVED)


# -------------------------------------------------------------------------------------------- h363
def h363(h, path: Path) -> None:
    """A provincial Department of Agriculture and Environment's **yearly work programme** (.docx):
    the task table inline, two section rows, times as bare months of the year (`Tháng 3`), a
    quarter, two quarters, two month ranges, `Thường xuyên`, `Hằng tháng`; a closing request."""
    document = _document(13)
    _a4(document)
    h.national_header(
        document,
        ["UBND TỈNH TÂN GIANG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 12/CTr-SNNMT"],
        "Tân Giang, ngày 15 tháng 01 năm 2026",
    )
    _paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026",
            "Căn cứ Quyết định số 2950/QĐ-UBND ngày 26/12/2025 của UBND tỉnh Tân Giang về việc giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2026;",
            "Căn cứ Chương trình công tác năm 2026 của UBND tỉnh Tân Giang;",
            "Sở Nông nghiệp và Môi trường xây dựng Chương trình công tác năm 2026 như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "- Cụ thể hóa các nhiệm vụ UBND tỉnh giao cho Sở năm 2026; làm căn cứ để các phòng, đơn vị thuộc Sở chủ động tổ chức thực hiện.",
            "- Xác định rõ đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành của từng nội dung; bảo đảm chất lượng, đúng tiến độ.",
            "II. NỘI DUNG CHƯƠNG TRÌNH CÔNG TÁC",
        ],
    )
    table = _table(
        document,
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"],
        [
            ["I", "CÁC NỘI DUNG TRÌNH UBND TỈNH, CHỦ TỊCH UBND TỈNH", "", "", "", ""],
            [
                "1",
                "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 trên địa bàn tỉnh",
                "Chi cục Thủy lợi",
                "Các sở, ngành liên quan",
                "Tháng 3",
                "",
            ],
            [
                "2",
                "Quyết định điều chỉnh, bổ sung Bảng giá đất năm 2026 trên địa bàn tỉnh",
                "Phòng Đất đai",
                "Sở Tài chính; UBND các xã, phường",
                "Tháng 5",
                "",
            ],
            [
                "3",
                "Đề án phát triển vùng nguyên liệu cây ăn quả tập trung giai đoạn 2026 - 2030",
                "Chi cục Trồng trọt và Bảo vệ thực vật",
                "Phòng Kế hoạch - Tài chính; Sở Công Thương",
                "Quý II",
                "Trình HĐND tỉnh kỳ họp giữa năm",
            ],
            [
                "4",
                "Kế hoạch sản xuất vụ Đông Xuân 2026 - 2027",
                "Chi cục Trồng trọt và Bảo vệ thực vật",
                "Trung tâm Khuyến nông; UBND các xã, phường",
                "Tháng 9",
                "",
            ],
            ["II", "CÁC NỘI DUNG SỞ CHỦ ĐỘNG THỰC HIỆN", "", "", "", ""],
            [
                "5",
                "Tổ chức Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Tháng 01",
                "",
            ],
            [
                "6",
                "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của Sở",
                "Văn phòng Sở",
                "Các phòng chuyên môn",
                "Trước 30/6",
                "",
            ],
            [
                "7",
                "Tiêm phòng vắc xin cúm gia cầm, lở mồm long móng cho đàn vật nuôi",
                "Chi cục Chăn nuôi và Thú y",
                "UBND các xã, phường",
                "Tháng 4 - 5 và tháng 10 - 11",
                "02 đợt",
            ],
            [
                "8",
                "Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại các cụm công nghiệp, làng nghề",
                "Chi cục Bảo vệ môi trường",
                "Công an tỉnh",
                "Quý II, quý III",
                "",
            ],
            [
                "9",
                "Theo dõi, dự báo tình hình sâu bệnh hại trên cây trồng; hướng dẫn biện pháp phòng trừ",
                "Chi cục Trồng trọt và Bảo vệ thực vật",
                "Trung tâm Khuyến nông",
                "Thường xuyên",
                "",
            ],
            [
                "10",
                "Cập nhật, chỉnh lý biến động cơ sở dữ liệu đất đai",
                "Văn phòng Đăng ký đất đai",
                "Phòng Đất đai",
                "Hằng tháng",
                "",
            ],
            [
                "11",
                "Sơ kết 6 tháng, tổng kết công tác năm 2026",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Tháng 6, tháng 12",
                "",
            ],
        ],
        h,
    )
    h.set_widths(table, [0.4, 2.3, 1.25, 1.25, 0.9, 0.7])
    _paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Căn cứ Chương trình công tác này, Thủ trưởng các phòng, đơn vị thuộc Sở chủ động xây dựng kế hoạch cụ thể, tổ chức triển khai thực hiện bảo đảm chất lượng và thời gian quy định.",
            "2. Các phòng, đơn vị báo cáo kết quả thực hiện Chương trình công tác về Văn phòng Sở trước ngày 20 hằng tháng để tổng hợp, báo cáo Giám đốc Sở.",
            "3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc hoặc cần điều chỉnh, bổ sung nội dung, các đơn vị báo cáo Giám đốc Sở (qua Văn phòng Sở) để xem xét, quyết định./.",
            "Nơi nhận:",
            "- UBND tỉnh (b/c);",
            "- Giám đốc, các PGĐ Sở;",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, VP.",
            "GIÁM ĐỐC",
            "(Đã ký)",
            "Trương Công Hậu",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h364
def h364(h, path: Path) -> None:
    """A district People's Committee's **quarterly work programme** kept in Excel: month group rows,
    the submitting office in abbreviations (`Phòng TC-KH`, `Phòng NN&MT`), a leader column (no
    lead), times as real date cells, `Trước 10/4`, blank (the group's month), notes below."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "CT quy II"
    h.sheet_title_rows(
        sheet,
        [
            "ỦY BAN NHÂN DÂN HUYỆN LỘC ĐIỀN",
            "CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2025",
            "(Kèm theo Thông báo số 58/TB-UBND ngày 28/3/2025 của UBND huyện Lộc Điền)",
            "",
        ],
        6,
    )
    sheet.append(
        [
            "STT",
            "Nội dung công việc",
            "Cơ quan chủ trì tham mưu",
            "Lãnh đạo UBND huyện chỉ đạo",
            "Thời gian trình",
            "Ghi chú",
        ]
    )
    _bold_header(sheet, 5)
    day = datetime.date
    rows = [
        ["I", "THÁNG 4/2025", "", "", "", ""],
        [
            1,
            "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I, nhiệm vụ trọng tâm quý II năm 2025",
            "Phòng TC-KH",
            "Chủ tịch UBND huyện",
            day(2025, 4, 8),
            "Phiên họp UBND huyện tháng 4",
        ],
        [
            2,
            "Kế hoạch tổ chức các hoạt động kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)",
            "Phòng VH,KH&TT",
            "PCT Lê Thị Hoa",
            "Trước 10/4",
            "",
        ],
        [
            3,
            "Phương án phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025 trên địa bàn huyện",
            "Phòng NN&MT",
            "PCT Trần Văn Hùng",
            day(2025, 4, 18),
            "",
        ],
        [
            4,
            "Đề án sắp xếp đơn vị hành chính cấp xã trên địa bàn huyện (lấy ý kiến cử tri, hoàn thiện hồ sơ)",
            "Phòng Nội vụ",
            "Chủ tịch UBND huyện",
            "Theo hướng dẫn của UBND tỉnh",
            "",
        ],
        ["II", "THÁNG 5/2025", "", "", "", ""],
        [
            5,
            "Kế hoạch tuyển sinh vào lớp 1, lớp 6 năm học 2025 - 2026",
            "Phòng GD&ĐT",
            "PCT Lê Thị Hoa",
            day(2025, 5, 12),
            "",
        ],
        [
            6,
            "Kiểm tra công tác quản lý đất đai, trật tự xây dựng tại các xã, thị trấn",
            "Phòng NN&MT, Phòng KT,HT&ĐT",
            "PCT Trần Văn Hùng",
            "",
            "Đoàn kiểm tra liên ngành",
        ],
        [
            7,
            "Phương án bồi thường, hỗ trợ, tái định cư dự án nâng cấp, mở rộng đường ĐH.12 (đoạn qua xã Phước Thạnh)",
            "Ban QLDA ĐTXD huyện",
            "PCT Trần Văn Hùng",
            day(2025, 5, 26),
            "",
        ],
        ["III", "THÁNG 6/2025", "", "", "", ""],
        [
            8,
            "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2025",
            "Phòng TC-KH",
            "Chủ tịch UBND huyện",
            "Trước 20/6",
            "",
        ],
        [
            9,
            "Kế hoạch bàn giao hồ sơ, tài liệu, tài sản, tài chính khi kết thúc hoạt động của chính quyền địa phương cấp huyện",
            "VP HĐND&UBND huyện",
            "Chủ tịch UBND huyện",
            day(2025, 6, 16),
            "Phòng TC-KH phối hợp",
        ],
        [
            10,
            "Báo cáo kết quả công tác cải cách hành chính quý II năm 2025",
            "Phòng Nội vụ",
            "PCT Lê Thị Hoa",
            "",
            "",
        ],
        ["IV", "CÔNG VIỆC THƯỜNG XUYÊN TRONG QUÝ", "", "", "", ""],
        [
            11,
            "Chỉ đạo, đôn đốc thu ngân sách nhà nước và giải ngân vốn đầu tư công năm 2025",
            "Phòng TC-KH",
            "Chủ tịch UBND huyện",
            "Thường xuyên",
            "",
        ],
        [
            12,
            "Tiếp công dân định kỳ của Chủ tịch UBND huyện",
            "Ban Tiếp công dân huyện",
            "Chủ tịch UBND huyện",
            "Ngày 15 hằng tháng",
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=6, min_col=5, max_col=5):
        for cell in cells:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    sheet.append([])
    for line in [
        "Ghi chú:",
        "- Các cơ quan chủ trì tham mưu gửi dự thảo văn bản kèm tờ trình về Văn phòng HĐND và UBND huyện chậm nhất 05 ngày làm việc trước thời gian trình.",
        "- Các cơ quan, đơn vị báo cáo kết quả thực hiện Chương trình công tác về Văn phòng HĐND và UBND huyện trước ngày 25 hằng tháng.",
    ]:
        sheet.append([line])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=6)
    for index, width in zip("ABCDEF", [6, 62, 26, 22, 16, 24], strict=True):
        sheet.column_dimensions[index].width = width
    _wrap(sheet, 5)
    book.save(path)


# -------------------------------------------------------------------------------------------- h365
def h365_docx(h, path: Path) -> None:
    """A commune People's Committee's **yearly work programme** saved as a legacy .doc: lettered
    group rows, continuous numbers, a leader column, `Tháng 01 - 02/2026`, `Quý III/2026`,
    `Tháng 6, tháng 12/2026`, two bodies in one cell, a quarterly closing request."""
    document = _document(13)
    _a4(document)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ HÒA PHÚ", "Số: 03/CTr-UBND"],
        "Hòa Phú, ngày 10 tháng 01 năm 2026",
    )
    _paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH",
            "Công tác năm 2026 của Ủy ban nhân dân xã",
            "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;",
            "Căn cứ Quy chế làm việc của Ủy ban nhân dân xã Hòa Phú;",
            "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 20/12/2025 của Hội đồng nhân dân xã về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2026,",
            "Ủy ban nhân dân xã ban hành Chương trình công tác năm 2026, cụ thể như sau:",
        ],
    )
    table = _table(
        document,
        ["STT", "Nội dung công việc", "Cơ quan tham mưu", "Lãnh đạo phụ trách", "Thời gian"],
        [
            ["A", "LĨNH VỰC KINH TẾ", "", "", ""],
            [
                "1",
                "Giao dự toán thu, chi ngân sách năm 2026 cho các cơ quan, đơn vị thuộc xã",
                "Phòng Kinh tế",
                "Chủ tịch UBND xã",
                "Tháng 01/2026",
            ],
            [
                "2",
                "Chỉ đạo sản xuất vụ Đông Xuân 2025 - 2026; phòng, chống rét cho cây trồng, vật nuôi",
                "Phòng Kinh tế",
                "PCT Nguyễn Thanh Sơn",
                "Tháng 01 - 02/2026",
            ],
            [
                "3",
                "Lập nhiệm vụ Quy hoạch chung xã Hòa Phú đến năm 2045",
                "Phòng Kinh tế",
                "PCT Nguyễn Thanh Sơn",
                "Quý III/2026",
            ],
            [
                "4",
                "Kiểm tra, xử lý vi phạm trật tự xây dựng, lấn chiếm hành lang an toàn giao thông",
                "Phòng Kinh tế, Công an xã",
                "PCT Nguyễn Thanh Sơn",
                "Thường xuyên",
            ],
            ["B", "LĨNH VỰC VĂN HÓA - XÃ HỘI", "", "", ""],
            [
                "5",
                "Tổ chức các hoạt động mừng Đảng, mừng Xuân Bính Ngọ năm 2026; thăm, tặng quà các gia đình chính sách dịp Tết",
                "Phòng Văn hóa - Xã hội",
                "PCT Lê Thị Mai",
                "Tháng 02/2026",
            ],
            [
                "6",
                "Chi trả trợ cấp xã hội cho đối tượng bảo trợ xã hội",
                "Phòng Văn hóa - Xã hội",
                "PCT Lê Thị Mai",
                "Hằng tháng",
            ],
            [
                "7",
                "Tổng kết năm học 2025 - 2026; chuẩn bị cơ sở vật chất cho năm học 2026 - 2027",
                "Phòng Văn hóa - Xã hội",
                "PCT Lê Thị Mai",
                "Tháng 5 - 8/2026",
            ],
            ["C", "QUỐC PHÒNG - AN NINH, XÂY DỰNG CHÍNH QUYỀN", "", "", ""],
            [
                "8",
                "Tổ chức lễ giao nhận quân năm 2026",
                "Ban Chỉ huy Quân sự xã",
                "Chủ tịch UBND xã",
                "Tháng 3/2026",
            ],
            [
                "9",
                "Tiếp công dân định kỳ của Chủ tịch UBND xã",
                "Văn phòng HĐND và UBND",
                "Chủ tịch UBND xã",
                "Ngày 10 hằng tháng",
            ],
            [
                "10",
                "Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2026",
                "Văn phòng HĐND và UBND",
                "Chủ tịch UBND xã",
                "Tháng 12/2026",
            ],
            [
                "11",
                "Sơ kết 6 tháng, tổng kết năm 2026; xây dựng Chương trình công tác năm 2027",
                "Văn phòng HĐND và UBND",
                "Chủ tịch UBND xã",
                "Tháng 6, tháng 12/2026",
            ],
        ],
        h,
    )
    h.set_widths(table, [0.45, 2.85, 1.35, 1.2, 1.05])
    _paragraphs(
        document,
        [
            "Tổ chức thực hiện:",
            "1. Các cơ quan, đơn vị thuộc UBND xã căn cứ Chương trình này chủ động xây dựng kế hoạch, tổ chức thực hiện bảo đảm chất lượng, đúng thời gian.",
            "2. Định kỳ hằng quý, các cơ quan, đơn vị báo cáo kết quả thực hiện về Văn phòng HĐND và UBND xã trước ngày 20 của tháng cuối quý để tổng hợp, báo cáo Chủ tịch UBND xã.",
            "3. Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện; tham mưu điều chỉnh Chương trình khi cần thiết./.",
            "Nơi nhận:",
            "- Đảng ủy xã (b/c);",
            "- TT HĐND xã;",
            "- CT, các PCT UBND xã;",
            "- Các cơ quan, đơn vị thuộc xã;",
            "- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "Đặng Văn Quý",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h366
def h366(h, path: Path) -> None:
    """A provincial Department of Health's **plan** whose tasks are numbered headings each followed
    by dash fields (`- Nội dung:`, `- Đơn vị chủ trì:`, `- Đơn vị phối hợp:`, `- Thời gian …:`),
    the time label varying between `hoàn thành` and `thực hiện`; two closing duties."""
    document = _document(13)
    _a4(document)
    h.national_header(
        document,
        ["UBND TỈNH THANH GIANG", "SỞ Y TẾ", "Số: 318/KH-SYT"],
        "Thanh Giang, ngày 26 tháng 02 năm 2026",
    )
    _paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Phòng, chống bệnh sốt xuất huyết Dengue trên địa bàn tỉnh năm 2026",
            "Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007;",
            "Căn cứ Kế hoạch số 45/KH-UBND ngày 20/02/2026 của UBND tỉnh Thanh Giang về phòng, chống dịch bệnh truyền nhiễm năm 2026;",
            "Sở Y tế xây dựng Kế hoạch phòng, chống bệnh sốt xuất huyết Dengue năm 2026 như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "Chủ động phát hiện sớm, xử lý kịp thời các ổ dịch, không để dịch lan rộng; giảm tỷ lệ mắc và tử vong do sốt xuất huyết Dengue.",
            "2. Yêu cầu",
            "Các đơn vị triển khai đồng bộ các giải pháp; phân công nhiệm vụ cụ thể, rõ người, rõ việc, rõ thời gian hoàn thành.",
            "II. CHỈ TIÊU",
            "- Giảm 10% số mắc sốt xuất huyết Dengue/100.000 dân so với trung bình giai đoạn 2021 - 2025.",
            "- Tỷ lệ chết/mắc dưới 0,05%.",
            "- 100% ổ dịch được phát hiện và xử lý theo quy định.",
            "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
            "1. Tham mưu kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh truyền nhiễm của tỉnh",
            "- Đơn vị chủ trì: Phòng Nghiệp vụ Y.",
            "- Đơn vị phối hợp: Văn phòng Sở, Trung tâm Kiểm soát bệnh tật.",
            "- Thời gian hoàn thành: Tháng 3/2026.",
            "2. Giám sát ca bệnh, giám sát véc tơ và xử lý ổ dịch",
            "- Nội dung: Duy trì giám sát ca bệnh tại các cơ sở khám bệnh, chữa bệnh; giám sát véc tơ định kỳ tại 12 điểm giám sát trọng điểm; xử lý triệt để ổ dịch trong vòng 48 giờ kể từ khi phát hiện.",
            "- Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật.",
            "- Đơn vị phối hợp: Trung tâm Y tế các khu vực, Trạm Y tế các xã, phường.",
            "- Thời gian thực hiện: Thường xuyên.",
            "3. Tổ chức chiến dịch vệ sinh môi trường, diệt lăng quăng/bọ gậy",
            "- Nội dung: Tổ chức 02 đợt chiến dịch tại 100% xã, phường, ưu tiên các khu vực có nguy cơ cao, khu nhà trọ, công trường xây dựng.",
            "- Đơn vị chủ trì: Trung tâm Y tế các khu vực.",
            "- Đơn vị phối hợp: UBND các xã, phường; Trung tâm Kiểm soát bệnh tật.",
            "- Thời gian thực hiện: Đợt 1 trong tháng 5/2026; đợt 2 trong tháng 9/2026.",
            "4. Chuẩn bị sẵn sàng thu dung, điều trị người bệnh",
            "- Nội dung: Bố trí khu vực, giường bệnh, thuốc, dịch truyền; thực hiện phân tuyến điều trị, hạn chế thấp nhất trường hợp tử vong.",
            "- Đơn vị chủ trì: Bệnh viện Đa khoa tỉnh.",
            "- Đơn vị phối hợp: Các bệnh viện, trung tâm y tế có giường bệnh.",
            "- Thời gian thực hiện: Trong mùa dịch (từ tháng 5 đến tháng 11/2026).",
            "5. Tập huấn chẩn đoán, điều trị sốt xuất huyết Dengue cho nhân viên y tế",
            "- Đơn vị chủ trì: Bệnh viện Đa khoa tỉnh.",
            "- Đơn vị phối hợp: Phòng Nghiệp vụ Y.",
            "- Thời gian hoàn thành: Quý II/2026.",
            "6. Truyền thông phòng, chống sốt xuất huyết Dengue",
            "- Nội dung: Phát sóng thông điệp, tin bài trên Báo và Phát thanh, Truyền hình Thanh Giang, Cổng thông tin điện tử của Sở và hệ thống loa truyền thanh cơ sở.",
            "- Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật.",
            "- Đơn vị phối hợp: Báo và Phát thanh, Truyền hình Thanh Giang.",
            "- Thời gian thực hiện: Từ tháng 4 đến tháng 10/2026.",
            "7. Bảo đảm kinh phí, hóa chất, vật tư phòng, chống dịch",
            "- Đơn vị chủ trì: Phòng Kế hoạch - Tài chính.",
            "- Đơn vị phối hợp: Sở Tài chính, Trung tâm Kiểm soát bệnh tật.",
            "- Thời gian hoàn thành: Trước ngày 30/4/2026.",
            "8. Kiểm tra, giám sát công tác phòng, chống dịch tại các địa phương",
            "- Đơn vị chủ trì: Phòng Nghiệp vụ Y.",
            "- Đơn vị phối hợp: Trung tâm Kiểm soát bệnh tật.",
            "- Thời gian thực hiện: Tháng 7 và tháng 10/2026.",
            "IV. KINH PHÍ",
            "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước năm 2026 đã giao cho các đơn vị và các nguồn kinh phí hợp pháp khác.",
            "V. TỔ CHỨC THỰC HIỆN",
            "1. Các đơn vị y tế trên địa bàn tỉnh căn cứ Kế hoạch này xây dựng kế hoạch cụ thể của đơn vị, gửi về Sở Y tế (qua Phòng Nghiệp vụ Y) trước ngày 15/3/2026.",
            "2. Trung tâm Kiểm soát bệnh tật là đầu mối tổng hợp tình hình dịch bệnh; báo cáo nhanh khi phát hiện ổ dịch mới và báo cáo định kỳ hằng tuần về Sở Y tế.",
            "3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở Y tế (qua Phòng Nghiệp vụ Y) để được hướng dẫn, giải quyết./.",
            "Nơi nhận:",
            "- UBND tỉnh (b/c);",
            "- Giám đốc Sở (b/c);",
            "- Các đơn vị y tế trong tỉnh;",
            "- UBND các xã, phường (p/h);",
            "- Lưu: VT, NVY.",
            "KT. GIÁM ĐỐC",
            "PHÓ GIÁM ĐỐC",
            "Bùi Thị Thanh Tâm",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h367
def h367(h, path: Path) -> None:
    """A ministry department's (Cục) **yearly plan with a task appendix** on a landscape page: the
    body names no task, the appendix has section rows, `Sản phẩm`, `Quý II, Quý III/2027`,
    `Tháng 01 - 6/2027`, `Hằng quý`, `Thường xuyên`; two closing duties in the body."""
    from docx.enum.section import WD_SECTION

    document = _document(13)
    _a4(document)
    h.national_header(
        document,
        ["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỤC QUẢN LÝ TÀI NGUYÊN NƯỚC", "Số: 15/KH-TNN"],
        "Hà Nội, ngày 12 tháng 01 năm 2027",
    )
    _paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Công tác năm 2027 của Cục Quản lý tài nguyên nước",
            "Căn cứ Quyết định số 1520/QĐ-BNNMT ngày 18/4/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Cục Quản lý tài nguyên nước;",
            "Căn cứ Chương trình công tác năm 2027 của Bộ Nông nghiệp và Môi trường;",
            "Cục Quản lý tài nguyên nước ban hành Kế hoạch công tác năm 2027 như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Triển khai đầy đủ, kịp thời các nhiệm vụ được Bộ giao; nâng cao hiệu lực, hiệu quả quản lý nhà nước về tài nguyên nước.",
            "2. Phân công cụ thể đơn vị chủ trì, sản phẩm và thời hạn hoàn thành của từng nhiệm vụ; gắn trách nhiệm của người đứng đầu đơn vị với kết quả thực hiện.",
            "II. NHIỆM VỤ TRỌNG TÂM",
            "Tập trung hoàn thiện thể chế, chính sách về tài nguyên nước; tăng cường kiểm soát khai thác, sử dụng tài nguyên nước; bảo đảm an ninh nguồn nước trong mùa cạn; đẩy mạnh chuyển đổi số trong quản lý tài nguyên nước. Danh mục nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Thủ trưởng các đơn vị thuộc Cục căn cứ nhiệm vụ được giao tại Phụ lục, chủ động xây dựng kế hoạch chi tiết, tổ chức thực hiện bảo đảm tiến độ, chất lượng.",
            "2. Văn phòng Cục theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Cục trưởng tình hình thực hiện hằng quý.",
            "3. Các đơn vị báo cáo kết quả thực hiện nhiệm vụ năm 2027 về Văn phòng Cục trước ngày 20/11/2027 để tổng hợp, báo cáo Bộ.",
            "4. Trong quá trình thực hiện, trường hợp cần điều chỉnh, bổ sung nhiệm vụ, các đơn vị chủ động đề xuất, gửi Văn phòng Cục tổng hợp, trình Cục trưởng xem xét, quyết định./.",
            "Nơi nhận:",
            "- Bộ trưởng (để b/c);",
            "- Thứ trưởng Lê Công Minh (để b/c);",
            "- Các Phó Cục trưởng;",
            "- Các đơn vị thuộc Cục;",
            "- Lưu: VT, VP.",
            "CỤC TRƯỞNG",
            "Nguyễn Hữu Phong",
        ],
    )
    section = document.add_section(WD_SECTION.NEW_PAGE)
    h.set_landscape(section)
    _paragraphs(
        document,
        [
            "Phụ lục",
            "DANH MỤC NHIỆM VỤ CÔNG TÁC NĂM 2027 CỦA CỤC QUẢN LÝ TÀI NGUYÊN NƯỚC",
            "(Kèm theo Kế hoạch số 15/KH-TNN ngày 12/01/2027 của Cục Quản lý tài nguyên nước)",
        ],
    )
    table = _table(
        document,
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian hoàn thành"],
        [
            ["I", "XÂY DỰNG, HOÀN THIỆN THỂ CHẾ", "", "", "", ""],
            [
                "1",
                "Xây dựng Thông tư quy định kỹ thuật điều tra, đánh giá tài nguyên nước dưới đất",
                "Phòng Quy hoạch và Điều tra cơ bản",
                "Vụ Pháp chế; Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia",
                "Thông tư",
                "Tháng 10/2027",
            ],
            [
                "2",
                "Rà soát văn bản quy phạm pháp luật về tài nguyên nước năm 2027",
                "Phòng Pháp chế - Thanh tra",
                "Các đơn vị thuộc Cục",
                "Báo cáo rà soát",
                "Quý IV/2027",
            ],
            ["II", "QUẢN LÝ NHÀ NƯỚC VỀ TÀI NGUYÊN NƯỚC", "", "", "", ""],
            [
                "3",
                "Thẩm định hồ sơ cấp, gia hạn, điều chỉnh giấy phép tài nguyên nước thuộc thẩm quyền của Bộ",
                "Phòng Cấp phép tài nguyên nước",
                "Phòng Quy hoạch và Điều tra cơ bản",
                "Giấy phép; văn bản trả lời",
                "Thường xuyên",
            ],
            [
                "4",
                "Theo dõi, giám sát vận hành liên hồ chứa trên lưu vực sông Hồng, sông Đồng Nai mùa cạn năm 2027",
                "Phòng Kiểm soát khai thác, sử dụng tài nguyên nước",
                "Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia",
                "Báo cáo giám sát",
                "Tháng 01 - 6/2027",
            ],
            [
                "5",
                "Kiểm tra việc chấp hành pháp luật về tài nguyên nước tại 06 tỉnh, thành phố",
                "Phòng Pháp chế - Thanh tra",
                "Phòng Kiểm soát khai thác, sử dụng tài nguyên nước",
                "Kết luận kiểm tra",
                "Quý II, Quý III/2027",
            ],
            [
                "6",
                "Cập nhật hệ thống thông tin, cơ sở dữ liệu tài nguyên nước quốc gia",
                "Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia",
                "Phòng Quy hoạch và Điều tra cơ bản",
                "Dữ liệu được cập nhật",
                "Hằng quý",
            ],
            ["III", "CÔNG TÁC VĂN PHÒNG, TÀI CHÍNH", "", "", "", ""],
            [
                "7",
                "Tổ chức các hoạt động hưởng ứng Ngày Nước thế giới 22/3/2027",
                "Văn phòng Cục",
                "Các đơn vị thuộc Cục",
                "Kế hoạch; hoạt động hưởng ứng",
                "Tháng 3/2027",
            ],
            [
                "8",
                "Xây dựng dự toán ngân sách năm 2028 của Cục",
                "Phòng Kế hoạch - Tài chính",
                "Các đơn vị thuộc Cục",
                "Dự toán trình Bộ",
                "Tháng 7/2027",
            ],
            [
                "9",
                "Tổ chức Hội nghị tổng kết công tác năm 2027, triển khai nhiệm vụ năm 2028",
                "Văn phòng Cục",
                "Các đơn vị thuộc Cục",
                "Hội nghị",
                "Tháng 12/2027",
            ],
        ],
        h,
    )
    h.repeat_header_row(table.rows[0])
    h.set_widths(table, [0.45, 3.3, 1.7, 1.9, 1.3, 1.1])
    document.save(path)


# -------------------------------------------------------------------------------------------- h368
def h368(h, path: Path) -> None:
    """A provincial People's Committee office's **notice of a vice-chairman's conclusions** on
    public investment: lettered points `a)`–`g)` that assign inside sentences (`Giao …`, a body as
    subject, `Đề nghị Kho bạc …`, `Yêu cầu các chủ đầu tư …`), deadlines inside the sentence."""
    document = _document(14)
    _a4(document)
    h.national_header(
        document,
        ["UBND TỈNH NAM SƠN", "VĂN PHÒNG", "Số: 412/TB-VPUBND"],
        "Nam Sơn, ngày 22 tháng 8 năm 2025",
    )
    _paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Phó Chủ tịch UBND tỉnh Hoàng Minh Đức tại cuộc họp về tình hình giải ngân vốn đầu tư công năm 2025",
            "Ngày 19/8/2025, đồng chí Hoàng Minh Đức, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về tình hình giải ngân vốn đầu tư công năm 2025. Tham dự cuộc họp có lãnh đạo các sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường; Kho bạc Nhà nước khu vực XIII; Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh và đại diện UBND các xã, phường có dự án.",
            "Sau khi nghe Sở Tài chính báo cáo và ý kiến của các đại biểu dự họp, Phó Chủ tịch UBND tỉnh kết luận như sau:",
            "1. Đánh giá chung",
            "Đến ngày 15/8/2025, toàn tỉnh giải ngân được 1.842 tỷ đồng, đạt 41,2% kế hoạch vốn được giao, thấp hơn bình quân chung cả nước. Nguyên nhân chủ yếu do vướng mắc trong công tác bồi thường, giải phóng mặt bằng; một số chủ đầu tư chưa quyết liệt, chậm hoàn thiện hồ sơ thanh toán.",
            "2. Nhiệm vụ trong thời gian tới",
            "a) Yêu cầu các chủ đầu tư tập trung chỉ đạo, đẩy nhanh tiến độ thi công, nghiệm thu, thanh toán khối lượng hoàn thành; bảo đảm giải ngân 100% kế hoạch vốn được giao trước ngày 31/01/2026 theo quy định.",
            "b) Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực XIII rà soát kế hoạch vốn của các dự án có tỷ lệ giải ngân dưới 30%, tham mưu UBND tỉnh điều chuyển vốn sang các dự án có khả năng giải ngân tốt hơn; hoàn thành trước ngày 10/9/2025.",
            "c) Sở Nông nghiệp và Môi trường chỉ đạo đẩy nhanh công tác xác định giá đất cụ thể phục vụ bồi thường các dự án trọng điểm; phối hợp với UBND các xã, phường nơi có dự án hoàn thiện hồ sơ, trình phê duyệt trong tháng 9/2025.",
            "d) Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh khẩn trương hoàn thiện hồ sơ thanh toán khối lượng hoàn thành của dự án Đường ven biển đoạn Tân Hải - Phước Lộc; báo cáo kết quả về Sở Tài chính trước ngày 05/9/2025 để tổng hợp.",
            "đ) Sở Xây dựng tăng cường kiểm tra chất lượng công trình; kiên quyết xử lý các nhà thầu vi phạm, chậm tiến độ theo hợp đồng đã ký kết.",
            "e) UBND các xã, phường có dự án thành lập Tổ công tác giải phóng mặt bằng do Chủ tịch UBND xã, phường làm tổ trưởng, hoàn thành chậm nhất ngày 31/8/2025.",
            "g) Đề nghị Kho bạc Nhà nước khu vực XIII kiểm soát, thanh toán kịp thời cho các dự án ngay khi nhận đủ hồ sơ hợp lệ, không để tồn đọng hồ sơ.",
            "3. Về đề xuất điều chỉnh chủ trương đầu tư dự án Cầu Bến Mới",
            "Phó Chủ tịch UBND tỉnh thống nhất về chủ trương. Giao Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh hoàn thiện hồ sơ, gửi Sở Tài chính thẩm định, tham mưu UBND tỉnh trình HĐND tỉnh tại kỳ họp thường lệ cuối năm 2025.",
            "4. Giao Sở Tài chính theo dõi, tổng hợp tình hình giải ngân vốn đầu tư công, báo cáo UBND tỉnh tại phiên họp thường kỳ hằng tháng.",
            "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.",
            "Nơi nhận:",
            "- Chủ tịch, các PCT UBND tỉnh;",
            "- Các sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường;",
            "- Kho bạc Nhà nước khu vực XIII;",
            "- Ban QLDA ĐTXD các công trình giao thông tỉnh;",
            "- UBND các xã, phường;",
            "- CVP, các PCVP;",
            "- Lưu: VT, KT.",
            "KT. CHÁNH VĂN PHÒNG",
            "PHÓ CHÁNH VĂN PHÒNG",
            "Mai Xuân Trường",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h369
def h369_docx(h, path: Path) -> None:
    """A provincial hospital's **notice of the director's conclusions at the monthly briefing**,
    saved as .doc: dash points under numbered topics, each opening with its department (one
    abbreviated), deadlines inside the sentence, a refused proposal, a follow-up line."""
    document = _document(13)
    _a4(document)
    h.national_header(
        document,
        ["SỞ Y TẾ TỈNH HÀ LÂM", "BỆNH VIỆN ĐA KHOA TỈNH", "Số: 86/TB-BV"],
        "Hà Lâm, ngày 09 tháng 3 năm 2027",
    )
    _paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Bệnh viện tại cuộc họp giao ban tháng 3 năm 2027",
            "Ngày 04/3/2027, Bệnh viện tổ chức họp giao ban tháng 3/2027 do BSCKII. Võ Minh Tuấn, Giám đốc Bệnh viện chủ trì; tham dự có các Phó Giám đốc, trưởng các khoa, phòng. Sau khi nghe Phòng Kế hoạch tổng hợp báo cáo tình hình hoạt động tháng 02/2027 và ý kiến của các khoa, phòng, Giám đốc Bệnh viện kết luận như sau:",
            "I. TÌNH HÌNH HOẠT ĐỘNG THÁNG 02/2027",
            "Tổng số lượt khám bệnh 21.460 lượt, tăng 6,8% so với cùng kỳ; công suất sử dụng giường bệnh 96,5%. Công tác chuyên môn cơ bản bảo đảm; tuy nhiên thời gian chờ khám tại Khoa Khám bệnh vào đầu giờ sáng còn kéo dài, một số hồ sơ bệnh án ghi chép chưa đầy đủ.",
            "II. KẾT LUẬN, CHỈ ĐẠO",
            "1. Công tác khám bệnh, chữa bệnh",
            "- Phòng Kế hoạch tổng hợp chủ trì, phối hợp với Khoa Khám bệnh rà soát quy trình tiếp đón, phân luồng người bệnh, giảm thời gian chờ khám; trình Giám đốc phê duyệt quy trình sửa đổi trước ngày 31/3/2027.",
            "- Khoa Kiểm soát nhiễm khuẩn tăng cường giám sát tuân thủ vệ sinh tay tại các khoa hồi sức, khối phẫu thuật; báo cáo kết quả giám sát hằng tháng.",
            "2. Công tác dược, vật tư, trang thiết bị",
            "- Khoa Dược khẩn trương hoàn thiện hồ sơ mời thầu cung ứng thuốc năm 2027 - 2028, bảo đảm không để thiếu thuốc phục vụ người bệnh; thời gian hoàn thành trong tháng 4/2027.",
            "- Phòng Vật tư - Thiết bị y tế lập kế hoạch bảo dưỡng, kiểm định định kỳ trang thiết bị y tế năm 2027, trình Giám đốc trước ngày 20/3/2027.",
            "3. Công tác tài chính",
            "- Phòng TCKT phối hợp với Phòng Kế hoạch tổng hợp đối chiếu, giải trình với Bảo hiểm xã hội tỉnh các khoản chi phí khám, chữa bệnh bảo hiểm y tế bị từ chối thanh toán quý IV/2026; hoàn thành trước ngày 15/4/2027.",
            "- Phòng TCKT xây dựng phương án giá dịch vụ khám bệnh, chữa bệnh theo yêu cầu, trình Giám đốc trong quý II/2027.",
            "4. Công tác tổ chức, hành chính",
            "- Phòng Tổ chức cán bộ hoàn thiện hồ sơ tuyển dụng viên chức năm 2027, báo cáo Sở Y tế theo kế hoạch tuyển dụng của Sở.",
            "- Phòng Hành chính quản trị kiểm tra hệ thống phòng cháy, chữa cháy và hệ thống điện toàn Bệnh viện trước mùa nắng nóng, hoàn thành trước ngày 30/4/2027.",
            "- Tổ Công nghệ thông tin triển khai bệnh án điện tử tại 05 khoa còn lại, hoàn thành trong quý III/2027 theo lộ trình của Sở Y tế.",
            "5. Về đề xuất của các khoa, phòng",
            "- Đối với đề xuất bổ sung 02 máy thở của Khoa Hồi sức tích cực - Chống độc: Giám đốc đồng ý về chủ trương. Giao Phòng Vật tư - Thiết bị y tế lập dự toán, trình Hội đồng mua sắm xem xét tại cuộc họp giao ban tháng 4/2027.",
            "- Đối với đề xuất cử 03 điều dưỡng đi đào tạo chuyên khoa gây mê hồi sức: Giám đốc chưa đồng ý; sẽ xem xét trong kế hoạch đào tạo năm 2028.",
            "Phòng Kế hoạch tổng hợp theo dõi, đôn đốc việc thực hiện các nội dung trên, báo cáo kết quả tại cuộc họp giao ban tháng 4/2027.",
            "Bệnh viện thông báo để các khoa, phòng biết, thực hiện./.",
            "Nơi nhận:",
            "- Ban Giám đốc;",
            "- Các khoa, phòng;",
            "- Lưu: VT, KHTH.",
            "GIÁM ĐỐC",
            "BSCKII. Võ Minh Tuấn",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h370
def h370(h, path: Path) -> None:
    """A provincial Department of Finance's **weekly calendar of its leaders** (.docx): the day cell
    merged down its rows, hours as `07h30`, the preparing unit column, lines that only say a leader
    is at the office and the weekend duty line (no items), a footnote."""
    document = _document(12)
    _a4(document)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["UBND TỈNH LONG PHÚ", "SỞ TÀI CHÍNH", ""],
        "Long Phú, ngày 09 tháng 10 năm 2026",
    )
    _paragraphs(
        document,
        [
            "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO SỞ",
            "(Tuần 42, từ ngày 12/10/2026 đến ngày 18/10/2026)",
        ],
    )
    rows = [
        [
            "",
            "07h30",
            "Họp giao ban Lãnh đạo Sở đầu tuần",
            "GĐ Phan Văn Thịnh chủ trì; các PGĐ",
            "Văn phòng Sở",
            "Phòng họp số 1",
        ],
        [
            "",
            "14h00",
            "Họp thẩm định phương án giá nước sạch sinh hoạt trên địa bàn tỉnh giai đoạn 2027 - 2029",
            "PGĐ Đỗ Thị Ngọc Ánh",
            "Phòng Quản lý giá và công sản; Công ty CP Cấp nước Long Phú",
            "Phòng họp số 2",
        ],
        [
            "",
            "08h00",
            "Dự Hội nghị trực tuyến toàn quốc triển khai xây dựng dự toán ngân sách nhà nước năm 2027 (Bộ Tài chính tổ chức)",
            "GĐ Phan Văn Thịnh",
            "Phòng Quản lý ngân sách",
            "Điểm cầu UBND tỉnh",
        ],
        ["", "14h00", "Giám đốc Sở làm việc tại cơ quan", "GĐ Phan Văn Thịnh", "", ""],
        [
            "",
            "14h00",
            "Kiểm tra tình hình thực hiện các dự án đầu tư công tại xã Tân Hòa",
            "PGĐ Lương Quốc Việt",
            "Phòng Quản lý đầu tư",
            "Xã Tân Hòa",
        ],
        [
            "",
            "07h30",
            "Lãnh đạo Sở tiếp công dân định kỳ tháng 10/2026",
            "PGĐ Vũ Minh Trí",
            "Văn phòng Sở",
            "Phòng Tiếp công dân",
        ],
        [
            "",
            "08h00",
            "Họp Hội đồng thẩm định dự toán mua sắm tài sản tập trung năm 2027",
            "GĐ Phan Văn Thịnh",
            "Phòng Quản lý giá và công sản",
            "Phòng họp số 1",
        ],
        [
            "",
            "14h00",
            "Làm việc với Đoàn Kiểm toán nhà nước khu vực VIII về kiểm toán ngân sách địa phương năm 2025",
            "PGĐ Đỗ Thị Ngọc Ánh",
            "Phòng Quản lý ngân sách; Phòng Tài chính hành chính sự nghiệp",
            "Phòng họp số 2",
        ],
        [
            "",
            "08h00",
            "Dự phiên họp UBND tỉnh thường kỳ tháng 10/2026",
            "GĐ Phan Văn Thịnh",
            "Văn phòng Sở (chuẩn bị nội dung theo phân công)",
            "Phòng họp UBND tỉnh",
        ],
        [
            "",
            "14h00",
            "Hội nghị hướng dẫn đăng ký doanh nghiệp qua mạng điện tử cho các doanh nghiệp khởi nghiệp",
            "PGĐ Lương Quốc Việt",
            "Phòng Đăng ký kinh doanh",
            "Hội trường Sở",
        ],
        [
            "",
            "08h00",
            "Làm việc với UBND xã Phú Lộc về quyết toán ngân sách xã năm 2025",
            "PGĐ Vũ Minh Trí",
            "Phòng Quản lý ngân sách",
            "UBND xã Phú Lộc",
        ],
        [
            "",
            "14h00",
            "Lãnh đạo Sở làm việc tại cơ quan, giải quyết công việc thường xuyên",
            "",
            "",
            "",
        ],
        ["", "", "Trực lãnh đạo: PGĐ Lương Quốc Việt", "", "", ""],
    ]
    table = _table(
        document,
        [
            "Thứ, ngày",
            "Thời gian",
            "Nội dung công việc",
            "Lãnh đạo chủ trì, dự",
            "Đơn vị chuẩn bị",
            "Địa điểm",
        ],
        rows,
        h,
    )
    for first, last, text in [
        (1, 2, "Thứ Hai\n12/10"),
        (3, 5, "Thứ Ba\n13/10"),
        (6, 8, "Thứ Tư\n14/10"),
        (9, 10, "Thứ Năm\n15/10"),
        (11, 12, "Thứ Sáu\n16/10"),
        (13, 13, "Thứ Bảy, Chủ nhật\n17, 18/10"),
    ]:
        if first == last:
            table.cell(first, 0).text = text
        else:
            h.merge_down(table, 0, first, last, text)
    h.repeat_header_row(table.rows[0])
    h.set_widths(table, [1.0, 0.7, 3.6, 1.7, 2.2, 1.3])
    _paragraphs(
        document,
        [
            "Ghi chú: Lịch công tác có thể thay đổi, Văn phòng Sở sẽ thông báo bổ sung (nếu có). Các phòng, đơn vị được phân công chuẩn bị tài liệu, gửi Lãnh đạo Sở trước ít nhất 01 ngày làm việc.",
            "Nơi nhận:",
            "- Giám đốc, các PGĐ Sở;",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Đăng Trang thông tin điện tử Sở;",
            "- Lưu: VT, VP.",
            "TL. GIÁM ĐỐC",
            "CHÁNH VĂN PHÒNG",
            "Hồ Thị Kim Oanh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h371
def h371(h, path: Path) -> None:
    """A ward People's Committee's **indicator table** for the year (an appendix kept in Excel): a
    column-number row, section rows, numbers in value cells, the monitoring body per indicator,
    no time on any indicator, a footnote and a quarterly report request below."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Chi tieu 2027"
    h.sheet_title_rows(
        sheet,
        [
            "ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN",
            "Phụ lục",
            "CÁC CHỈ TIÊU CHỦ YẾU VỀ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2027",
            "(Kèm theo Kế hoạch số 05/KH-UBND ngày 08/01/2027 của UBND phường Tân An)",
            "",
        ],
        8,
    )
    sheet.append(
        [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Ước thực hiện năm 2026",
            "Kế hoạch năm 2027",
            "Cơ quan chủ trì theo dõi",
            "Cơ quan phối hợp",
            "Ghi chú",
        ]
    )
    _bold_header(sheet, 6)
    sheet.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"])
    rows = [
        ["I", "CHỈ TIÊU KINH TẾ", "", "", "", "", "", ""],
        [
            1,
            "Tổng thu ngân sách nhà nước trên địa bàn (*)",
            "Tỷ đồng",
            86.5,
            92,
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Thuế cơ sở 2 tỉnh Long Phú",
            "",
        ],
        [
            2,
            "Số doanh nghiệp thành lập mới trong năm",
            "Doanh nghiệp",
            45,
            50,
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "",
            "",
        ],
        [
            3,
            "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn",
            "%",
            98.5,
            "≥ 99",
            "Trung tâm Phục vụ hành chính công phường",
            "Các phòng chuyên môn",
            "",
        ],
        ["II", "CHỈ TIÊU XÃ HỘI", "", "", "", "", "", ""],
        [
            4,
            "Tỷ lệ dân số tham gia bảo hiểm y tế (*)",
            "%",
            93.2,
            95,
            "Phòng Văn hóa - Xã hội",
            "Trạm Y tế phường; Bảo hiểm xã hội cơ sở",
            "",
        ],
        [
            5,
            "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều (*)",
            "%",
            0.8,
            0.5,
            "Phòng Văn hóa - Xã hội",
            "Ủy ban MTTQ Việt Nam phường",
            "Giảm 0,3%",
        ],
        [
            6,
            "Tỷ lệ trường học đạt chuẩn quốc gia",
            "%",
            80,
            90,
            "Phòng Văn hóa - Xã hội",
            "Các trường học trên địa bàn",
            "",
        ],
        [
            7,
            "Số lao động được giải quyết việc làm mới",
            "Người",
            620,
            650,
            "Phòng Văn hóa - Xã hội",
            "",
            "",
        ],
        ["III", "CHỈ TIÊU MÔI TRƯỜNG", "", "", "", "", "", ""],
        [
            8,
            "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý (*)",
            "%",
            97,
            98,
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Các khu phố",
            "",
        ],
        ["IV", "QUỐC PHÒNG - AN NINH", "", "", "", "", "", ""],
        [
            9,
            "Tỷ lệ khu phố đạt tiêu chuẩn an toàn về an ninh, trật tự",
            "%",
            85,
            90,
            "Công an phường",
            "Các khu phố",
            "",
        ],
        [
            10,
            "Hoàn thành chỉ tiêu tuyển chọn và gọi công dân nhập ngũ (*)",
            "%",
            100,
            100,
            "Ban Chỉ huy Quân sự phường",
            "Công an phường",
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.append([])
    for line in [
        "Ghi chú: Chỉ tiêu có dấu (*) là chỉ tiêu UBND tỉnh giao.",
        "Các cơ quan được giao chủ trì theo dõi chỉ tiêu báo cáo kết quả thực hiện hằng quý về Phòng Kinh tế, Hạ tầng và Đô thị trước ngày 15 của tháng cuối quý để tổng hợp, báo cáo UBND phường.",
    ]:
        sheet.append([line])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=8)
    for index, width in zip("ABCDEFGH", [6, 52, 12, 14, 14, 32, 30, 14], strict=True):
        sheet.column_dimensions[index].width = width
    _wrap(sheet, 6)
    book.save(path)


# -------------------------------------------------------------------------------------------- h372
def h372_docx(h, path: Path) -> None:
    """A lower secondary school's **monthly plan** printed from Word to PDF: the week cell (with its
    dates) merged down its rows, the person in charge by post and name, a day or a deadline in
    `Ghi chú`, a `Cả tháng` block, a closing request."""
    document = _document(13)
    _a4(document)
    h.national_header(
        document,
        ["UBND PHƯỜNG AN KHÁNH", "TRƯỜNG THCS LÊ QUÝ ĐÔN", "Số: 112/KH-THCSLQĐ"],
        "An Khánh, ngày 30 tháng 10 năm 2026",
    )
    h.set_widths(document.tables[0], [2.7, 3.8])
    _paragraphs(
        document,
        [
            "KẾ HOẠCH CÔNG TÁC THÁNG 11 NĂM 2026",
            "Căn cứ Kế hoạch số 85/KH-THCSLQĐ ngày 15/9/2026 của Trường THCS Lê Quý Đôn về thực hiện nhiệm vụ năm học 2026 - 2027;",
            "Căn cứ tình hình thực tế của nhà trường, Trường THCS Lê Quý Đôn xây dựng kế hoạch công tác tháng 11/2026 như sau:",
            "I. NHIỆM VỤ TRỌNG TÂM",
            "Tháng 11 tập trung tổ chức các hoạt động thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11; nâng cao chất lượng dạy học sau kiểm tra giữa học kỳ I.",
            "II. LỊCH CÔNG TÁC CỤ THỂ",
        ],
    )
    rows = [
        [
            "",
            "Phát động đợt thi đua chào mừng 44 năm Ngày Nhà giáo Việt Nam 20/11",
            "Chủ tịch Công đoàn",
            "Chào cờ thứ Hai 02/11",
        ],
        [
            "",
            "Kiểm tra hồ sơ chuyên môn tổ Toán - Tin, tổ Khoa học tự nhiên",
            "PHT Trần Thị Lan",
            "",
        ],
        [
            "",
            "Thao giảng, dự giờ chào mừng ngày 20/11 (mỗi tổ chuyên môn 02 tiết)",
            "Tổ trưởng chuyên môn",
            "",
        ],
        [
            "",
            "Nhập điểm kiểm tra giữa kỳ I lên phần mềm quản lý trường học",
            "Giáo viên bộ môn",
            "Hoàn thành trước 12/11",
        ],
        ["", "Họp cha mẹ học sinh các lớp giữa học kỳ I", "Giáo viên chủ nhiệm", "Sáng thứ Bảy 14/11"],
        [
            "",
            "Các lớp làm báo tường chào mừng ngày 20/11, nộp về Liên đội",
            "Tổng phụ trách Đội",
            "Trước 18/11",
        ],
        [
            "",
            "Tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
            "Hiệu trưởng; Chủ tịch Công đoàn",
            "07h30 ngày 20/11",
        ],
        [
            "",
            "Kiểm tra nội bộ công tác quản lý, sử dụng thiết bị dạy học",
            "PHT Nguyễn Văn Khoa",
            "",
        ],
        ["", "Xây dựng kế hoạch ôn tập, kiểm tra cuối học kỳ I", "PHT Trần Thị Lan", ""],
        [
            "",
            "Duy trì sĩ số, theo dõi chuyên cần; phối hợp với gia đình học sinh có nguy cơ bỏ học",
            "Giáo viên chủ nhiệm",
            "Thường xuyên",
        ],
        [
            "",
            "Bồi dưỡng đội tuyển học sinh giỏi lớp 9",
            "PHT Trần Thị Lan",
            "Thứ Ba, thứ Năm hằng tuần",
        ],
    ]
    table = _table(document, ["Thời gian", "Nội dung công việc", "Người phụ trách", "Ghi chú"], rows, h)
    for first, last, text in [
        (1, 2, "Tuần 9\n(02/11 - 07/11)"),
        (3, 5, "Tuần 10\n(09/11 - 14/11)"),
        (6, 7, "Tuần 11\n(16/11 - 21/11)"),
        (8, 9, "Tuần 12\n(23/11 - 28/11)"),
        (10, 11, "Cả tháng"),
    ]:
        h.merge_down(table, 0, first, last, text)
    h.set_widths(table, [1.15, 3.1, 1.5, 1.25])
    _paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Các tổ chuyên môn, bộ phận báo cáo kết quả thực hiện kế hoạch tháng 11 về Ban Giám hiệu (qua văn thư) trước ngày 28/11/2026 để tổng hợp.",
            "Trên đây là kế hoạch công tác tháng 11/2026 của Trường THCS Lê Quý Đôn. Đề nghị cán bộ, giáo viên, nhân viên nghiêm túc thực hiện./.",
            "Nơi nhận:",
            "- Phòng Văn hóa - Xã hội phường (b/c);",
            "- CB, GV, NV (thực hiện);",
            "- Lưu: VT.",
            "HIỆU TRƯỞNG",
            "Phạm Thị Hồng Nhung",
        ],
    )
    document.save(path)


def batch_h363() -> None:
    """Writes h363–h372's binaries."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h363(h, _out("h363_ctct_nam_2026_so_nn_mt_bang.docx"))
    h364(h, _out("h364_ctct_quy_ii_2025_ubnd_huyen.xlsx"))
    h366(h, _out("h366_kh_sot_xuat_huyet_so_y_te_truong_muc.docx"))
    h367(h, _out("h367_kh_cong_tac_2027_cuc_tnn_phu_luc.docx"))
    h368(h, _out("h368_tbkl_pct_ubnd_tinh_giai_ngan_von.docx"))
    h370(h, _out("h370_lich_tuan_lanh_dao_so_tai_chinh.docx"))
    h371(h, _out("h371_chi_tieu_2027_ubnd_phuong.xlsx"))
    if not shutil.which("soffice"):
        print("soffice not found: the .doc and .pdf were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h365_docx, "h365_ctct_nam_2026_ubnd_xa.docx", "doc"),
                (h369_docx, "h369_tbkl_giao_ban_benh_vien.docx", "doc"),
                (h372_docx, "h372_kh_thang_11_truong_thcs.docx", "pdf"),
            ],
            _out,
        )


if __name__ == "__main__":
    batch_h363()
