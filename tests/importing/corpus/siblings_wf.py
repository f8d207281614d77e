"""The main corpus's siblings of the held-out documents h674 and h684 (a week calendar's note whose
request follows a remark) and h682 (a count per period as the time), moved to the main corpus when the
importer was taught their shapes, by h13fixWF on 2026-12-06.

`wf1` (.docx) and `wf2` (.xlsx) are week calendars whose note under the entries opens with a remark
(`Lưu ý: Lịch công tác có thể điều chỉnh …; Văn phòng Sở sẽ thông báo …`) before the request to every
unit to register next week's entries by a weekday each week (`… chậm nhất 16 giờ thứ Sáu hằng tuần`):
the request, from its own sentence, is an item with no lead, recurring; a note that is only a remark
is none. `wf3` (.docx) is a yearly plan whose time column prints counts per period (`01 số/tháng`,
`02 kỳ/tháng`, `01 lần/quý`, `2 lần/năm`, `03 đợt/năm`): each recurring; beside a month printed
(`Tháng 3 và tháng 9/2028 (02 đợt/năm)`) the months are the due. Their expected items (expected/wf1_…,
wf2_…, wf3_…) were written by hand before the first import. `python tests/importing/corpus/make_docs.py
--siblings-wf` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

WF1_DAYS = (
    (
        "Thứ Hai\n17/01",
        (
            (
                "07h30",
                "Giao ban lãnh đạo Sở đầu tuần",
                "Giám đốc Sở Trần Văn Bình",
                "Văn phòng Sở",
                "Phòng họp tầng 3",
            ),
            (
                "14h00",
                "Họp thẩm định phương án phòng, chống hạn hán vụ Đông Xuân 2027 - 2028",
                "PGĐ Nguyễn Thị Lan",
                "Chi cục Thủy lợi",
                "Phòng họp tầng 2",
            ),
        ),
    ),
    (
        "Thứ Ba\n18/01",
        (
            ("Cả ngày", "Giám đốc Sở làm việc tại cơ quan", "", "", ""),
            (
                "08h00",
                "Kiểm tra công tác phòng cháy, chữa cháy rừng tại huyện Lộc Bình",
                "PGĐ Hoàng Minh Đức",
                "Chi cục Kiểm lâm",
                "Huyện Lộc Bình",
            ),
        ),
    ),
    (
        "Thứ Tư\n19/01",
        (
            (
                "08h30",
                "Hội nghị tổng kết công tác khuyến nông năm 2027, triển khai nhiệm vụ năm 2028",
                "Giám đốc Sở Trần Văn Bình",
                "Trung tâm Khuyến nông",
                "Hội trường Sở",
            ),
        ),
    ),
    (
        "Thứ Năm\n20/01",
        (
            (
                "14h00",
                "Làm việc với Sở Tài chính về dự toán kinh phí sự nghiệp môi trường năm 2028",
                "PGĐ Nguyễn Thị Lan",
                "Phòng Kế hoạch - Tài chính",
                "Sở Tài chính",
            ),
        ),
    ),
    (
        "Thứ Sáu\n21/01",
        (
            (
                "08h00",
                "Kiểm tra tình hình dịch bệnh gia súc, gia cầm dịp cuối năm tại huyện Đình Lập",
                "PGĐ Hoàng Minh Đức",
                "Chi cục Chăn nuôi và Thú y",
                "Huyện Đình Lập",
            ),
        ),
    ),
    ("Thứ Bảy\n22/01", (("", "Trực lãnh đạo: PGĐ Nguyễn Thị Lan", "", "", ""),)),
    ("Chủ nhật\n23/01", (("", "(Chưa có lịch)", "", "", ""),)),
)


def wf1_docx(path: Path) -> None:
    """A provincial Department of Agriculture and Environment's week calendar of its leaders (week 3,
    17–23/01/2028) as a Word table, the day merged down; the note under it opens with a remark."""
    from docx import Document

    document = Document()
    for text in (
        "UBND TỈNH HÀ SƠN",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO SỞ",
        "(Tuần 03, từ ngày 17/01/2028 đến ngày 23/01/2028)",
    ):
        document.add_paragraph().add_run(text).bold = True
    header = ("Thứ, ngày", "Thời gian", "Nội dung", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm")
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for day, entries in WF1_DAYS:
        first = len(table.rows)
        for entry in entries:
            cells = table.add_row().cells
            for cell, text in zip(cells[1:], entry, strict=True):
                cell.text = text
        top = table.cell(first, 0)
        merged = top.merge(table.cell(len(table.rows) - 1, 0)) if len(entries) > 1 else top
        merged.text = day
    document.add_paragraph().add_run(
        "Lưu ý: Lịch công tác có thể điều chỉnh khi có công việc đột xuất; Văn phòng Sở sẽ thông báo qua "
        "hệ thống quản lý văn bản. Các phòng, chi cục và đơn vị sự nghiệp trực thuộc gửi đăng ký lịch công "
        "tác tuần sau về Văn phòng Sở chậm nhất 16 giờ thứ Sáu hằng tuần."
    ).italic = True
    for text in ("Nơi nhận:", "- Lãnh đạo Sở;", "- Các phòng, đơn vị;", "- Lưu: VT.", "CHÁNH VĂN PHÒNG"):
        document.add_paragraph(text)
    document.add_paragraph("Vi Thị Hằng")
    document.save(path)


WF2_ROWS = (
    (
        "Thứ Hai\n09/04/2029",
        "Sáng",
        "Giám đốc Phạm Quốc Hưng",
        "Giao ban Bệnh viện đầu tuần",
        "Hội trường A",
        "Phòng Kế hoạch tổng hợp",
    ),
    (
        "",
        "Chiều",
        "PGĐ Lưu Thị Mai",
        "Họp Hội đồng thuốc và điều trị quý II/2029",
        "Phòng họp số 1",
        "Khoa Dược",
    ),
    (
        "Thứ Ba\n10/04/2029",
        "Sáng",
        "PGĐ Đinh Văn Tâm",
        "Kiểm tra công tác kiểm soát nhiễm khuẩn tại khối Ngoại",
        "Các khoa khối Ngoại",
        "Khoa Kiểm soát nhiễm khuẩn",
    ),
    ("", "Chiều", "Giám đốc Phạm Quốc Hưng", "Làm việc tại cơ quan", "", ""),
    (
        "Thứ Tư\n11/04/2029",
        "Sáng",
        "Giám đốc Phạm Quốc Hưng",
        "Làm việc với Bảo hiểm xã hội tỉnh về thanh quyết toán chi phí khám chữa bệnh quý I/2029",
        "Phòng họp số 2",
        "Phòng Tài chính kế toán",
    ),
    (
        "Thứ Năm\n12/04/2029",
        "Sáng",
        "PGĐ Lưu Thị Mai",
        "Bình bệnh án, đơn thuốc điều trị nội trú tháng 3/2029",
        "Hội trường A",
        "Phòng Quản lý chất lượng",
    ),
    (
        "",
        "Chiều",
        "PGĐ Đinh Văn Tâm",
        "Nghiệm thu hệ thống khí y tế khu nhà điều trị số 3",
        "Khu nhà số 3",
        "Phòng Vật tư - Thiết bị y tế",
    ),
    (
        "Thứ Sáu\n13/04/2029",
        "Sáng",
        "Giám đốc Phạm Quốc Hưng",
        "Hội nghị sơ kết công tác chỉ đạo tuyến quý I/2029",
        "Hội trường A",
        "Phòng Chỉ đạo tuyến",
    ),
    ("Thứ Bảy\n14/04/2029", "", "PGĐ Đinh Văn Tâm", "Trực lãnh đạo", "", ""),
    ("Chủ nhật\n15/04/2029", "", "PGĐ Lưu Thị Mai", "Trực lãnh đạo", "", ""),
)


def wf2_xlsx(path: Path) -> None:
    """A provincial general hospital's week calendar of its directors (09–15/04/2029) as a sheet, the
    day in the first column of each day's first row; two note rows under it, a remark alone and a
    remark before the request."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Tuan 15"
    sheet.append(["SỞ Y TẾ TỈNH HÀ SƠN - BỆNH VIỆN ĐA KHOA TỈNH"])
    sheet.append(["LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC BỆNH VIỆN"])
    sheet.append(["(Tuần 15, từ ngày 09/04/2029 đến ngày 15/04/2029)"])
    sheet.append([])
    sheet.append(["Ngày", "Buổi", "Lãnh đạo chủ trì", "Nội dung", "Địa điểm", "Đơn vị chuẩn bị"])
    for row in WF2_ROWS:
        sheet.append(list(row))
    sheet.append([])
    sheet.append(["Lưu ý: Lịch trực của Ban Giám đốc được niêm yết tại bảng tin Bệnh viện."])
    sheet.append(
        [
            "Ghi chú: Lịch có thể thay đổi theo chỉ đạo của Sở Y tế. Các khoa, phòng đăng ký lịch công tác "
            "tuần sau với Phòng Kế hoạch tổng hợp trước 10 giờ sáng thứ Sáu hàng tuần."
        ]
    )
    sheet.append([])
    sheet.append(["TL. GIÁM ĐỐC", "", "", "", "", ""])
    sheet.append(["TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP"])
    sheet.append(["Tạ Minh Khoa"])
    for column, width in zip("ABCDEF", (14, 8, 24, 60, 22, 28), strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


WF3_ROWS = (
    ("I", "CÔNG TÁC TUYÊN TRUYỀN"),
    ("1", "Phát hành Bản tin Phụ nữ Hà Sơn", "Ban Tuyên giáo", "01 số/tháng"),
    ("2", "Phối hợp Báo Hà Sơn thực hiện chuyên trang “Phụ nữ và gia đình”", "Ban Tuyên giáo", "02 kỳ/tháng"),
    ("3", "Tổ chức Hội thi “Phụ nữ với pháp luật” cấp tỉnh", "Ban Tuyên giáo", "Quý II/2028"),
    ("II", "CÔNG TÁC HỖ TRỢ PHỤ NỮ"),
    (
        "4",
        "Tập huấn kỹ năng khởi nghiệp cho hội viên phụ nữ vùng đồng bào dân tộc thiểu số",
        "Ban Kinh tế",
        "Tháng 3 và tháng 9/2028 (02 đợt/năm)",
    ),
    ("5", "Giám sát hoạt động của các tổ hợp tác do Hội hỗ trợ thành lập", "Ban Kinh tế", "2 lần/năm"),
    (
        "6",
        "Phối hợp Ngân hàng Chính sách xã hội tỉnh kiểm tra hoạt động ủy thác cho vay",
        "Ban Kinh tế",
        "03 đợt/năm",
    ),
    ("III", "XÂY DỰNG TỔ CHỨC HỘI"),
    ("7", "Phát triển 500 hội viên/năm trong nữ công nhân các khu công nghiệp", "Ban Tổ chức", "Năm 2028"),
    ("8", "Sinh hoạt chuyên đề với cán bộ Hội cơ sở", "Ban Tổ chức", "01 lần/quý"),
    ("9", "Rà soát, bổ sung quy hoạch cán bộ Hội nhiệm kỳ 2026 - 2031", "Ban Tổ chức", "Trước 31/5/2028"),
)


def wf3_docx(path: Path) -> None:
    """A provincial Women's Union's plan for 2028 (.docx): a task table whose time column prints counts
    per period, one beside the months it names."""
    from docx import Document

    document = Document()
    for text in (
        "HỘI LHPN TỈNH HÀ SƠN",
        "BAN THƯỜNG VỤ",
        "Số: 14/KH-HPN",
        "KẾ HOẠCH",
        "Thực hiện nhiệm vụ công tác Hội năm 2028",
        "Căn cứ Nghị quyết Hội nghị Ban Chấp hành Hội LHPN tỉnh lần thứ 8, Ban Thường vụ Hội LHPN tỉnh xây "
        "dựng kế hoạch thực hiện nhiệm vụ năm 2028 như sau:",
    ):
        document.add_paragraph(text)
    header = ("TT", "Nội dung", "Đơn vị thực hiện", "Thời gian")
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in WF3_ROWS:
        cells = table.add_row().cells
        if len(row) == 2:
            cells[0].text = row[0]
            merged = cells[1].merge(cells[-1])
            merged.text = row[1]
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    for text in (
        "Các ban chuyên môn báo cáo kết quả thực hiện về Văn phòng Hội trước ngày 20/11/2028.",
        "Nơi nhận:",
        "- Trung ương Hội LHPN Việt Nam (b/c);",
        "- Các ban, Văn phòng;",
        "- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Lò Thị Xuân",
    ):
        document.add_paragraph(text)
    document.save(path)


def siblings_wf() -> None:
    wf1_docx(DOCS / "wf1_lich_tuan_so_nnmt_ghi_chu.docx")
    wf2_xlsx(DOCS / "wf2_lich_tuan_bvdk_tinh_ghi_chu.xlsx")
    wf3_docx(DOCS / "wf3_kh_hoi_lhpn_tinh_tan_suat.docx")
