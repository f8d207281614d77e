"""The main corpus's siblings of the held-out documents h747 and h735 (moved to the main corpus when the
importer was taught their shapes, by h13fixYI on 2026-12-06). yi1 and yi3, h747's: a week calendar
whose first column is the time and whose day rows leave that time cell empty, the day merged across
every other column (`| | THỨ HAI (08/05/2028) ⟶ |`): each timed row below is due on that day; a
leader at the office or at the body's own seat (`Chi cục trưởng làm việc tại Chi cục`, `Hiệu trưởng
làm việc tại Trường`) and the weekend's duty line are no items; under the table a paragraph prints a
remark sentence, then every unit's weekly registration request (an item from the request, recurring,
lead not scored). yi2, h735's: a week calendar sheet whose rows repeat their day beside a session
column, with a leader at the body's own seat (`Làm việc tại Chi nhánh`) and a Saturday desk duty
(`Trực tiếp nhận và trả kết quả hồ sơ …`: who is on duty at the desk, no item), closing with a
line under the table that prints a remark sentence, then the registration request due its printed
day. Their expected items (expected/yi1_…, yi2_…, yi3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-yi` writes the three.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YI1_HEADER = ("Giờ", "Nội dung công việc", "Lãnh đạo chủ trì", "Đội chuẩn bị", "Địa điểm")
YI1_DAYS = (
    ("THỨ HAI (08/05/2028)", (
        ("07h30", "Giao ban Lãnh đạo Chi cục, triển khai nhiệm vụ tuần 19", "Chi cục trưởng Đỗ Minh Khang", "Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ", "Phòng họp tầng 3"),
        ("14h00", "Chi cục trưởng làm việc tại Chi cục", "", "", ""),
    )),
    ("THỨ BA (09/05/2028)", (
        ("08h00", "Kiểm tra hồ sơ hoàn thuế giá trị gia tăng của doanh nghiệp trên địa bàn", "Phó Chi cục trưởng Trịnh Thu Hà", "Đội Kiểm tra thuế số 1", "Trụ sở doanh nghiệp"),
    )),
    ("THỨ TƯ (10/05/2028)", (
        ("Cả ngày", "Đối thoại với hộ kinh doanh về sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", "Chi cục trưởng Đỗ Minh Khang", "Đội Tuyên truyền - Hỗ trợ người nộp thuế", "Hội trường UBND phường Đông Thành"),
    )),
    ("THỨ NĂM (11/05/2028)", (
        ("09h00", "Họp xét miễn, giảm tiền thuê đất quý II/2028 (dự kiến)", "Phó Chi cục trưởng Trịnh Thu Hà", "Đội Quản lý thuế thu khác", "Phòng họp tầng 3"),
        ("14h00", "Lãnh đạo Chi cục làm việc tại cơ quan", "", "", ""),
    )),
    ("THỨ SÁU (12/05/2028)", (
        ("08h00", "Sơ kết công tác quản lý nợ và cưỡng chế nợ thuế tháng 4", "Chi cục trưởng Đỗ Minh Khang", "Đội Quản lý nợ và cưỡng chế nợ thuế", "Phòng họp tầng 3"),
    )),
    ("THỨ BẢY, CHỦ NHẬT (13 - 14/05/2028)", (
        ("", "Trực lãnh đạo: Thứ Bảy - Phó Chi cục trưởng Trịnh Thu Hà; Chủ nhật - Chi cục trưởng Đỗ Minh Khang", "", "", ""),
    )),
)  # fmt: skip
YI1_NOTE = (
    "Lịch công tác có thể điều chỉnh theo chỉ đạo của Cục Thuế, Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ sẽ "
    "thông báo bổ sung. Các Đội thuế đăng ký nội dung công tác tuần sau của Lãnh đạo Chi cục về Đội Hành chính - "
    "Nhân sự - Tài vụ - Ấn chỉ trước 15h30 thứ Năm hằng tuần."
)


def yi1_docx(path: Path) -> None:
    """A regional tax office's week calendar of its leaders (.docx): the time column first, each day
    a row whose time cell is empty and whose day is merged across the other columns; under the table
    a remark, then the teams' weekly registration request."""
    from docx import Document

    document = Document()
    header = document.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "CỤC THUẾ TỈNH BẮC HÀ\nCHI CỤC THUẾ KHU VỰC IV"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    header.cell(1, 1).text = "Đông Thành, ngày 05 tháng 5 năm 2028"
    document.add_paragraph().add_run("LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO CHI CỤC").bold = True
    document.add_paragraph("(Tuần 19, từ ngày 08/05/2028 đến ngày 14/05/2028)")
    rows = 1 + sum(1 + len(entries) for _day, entries in YI1_DAYS)
    table = document.add_table(rows=rows, cols=len(YI1_HEADER))
    table.style = "Table Grid"
    for column, text in enumerate(YI1_HEADER):
        table.cell(0, column).text = text
    row = 1
    for day, entries in YI1_DAYS:
        merged = table.cell(row, 1).merge(table.cell(row, len(YI1_HEADER) - 1))
        merged.text = day
        row += 1
        for values in entries:
            for column, text in enumerate(values):
                table.cell(row, column).text = text
            row += 1
    document.add_paragraph("")
    document.add_paragraph(YI1_NOTE)
    signature = document.add_table(rows=1, cols=2)
    signature.cell(0, 0).text = "Nơi nhận:\n- Lãnh đạo Cục Thuế (b/c);\n- Các Đội thuế;\n- Lưu: VT."
    signature.cell(0, 1).text = "CHI CỤC TRƯỞNG\n\n\nĐỗ Minh Khang"
    document.save(path)


YI2_HEADER = ("Ngày", "Buổi", "Nội dung", "Lãnh đạo", "Tổ chuẩn bị", "Địa điểm")
YI2_ROWS = (
    ("Thứ Hai 12/03", "Sáng", "Giao ban đầu tuần, rà soát hồ sơ đăng ký đất đai quá hạn tuần 10", "Giám đốc Chi nhánh Vương Đình Lực", "Tổ Hành chính - Tổng hợp", "Phòng họp Chi nhánh"),
    ("Thứ Hai 12/03", "Chiều", "Làm việc tại Chi nhánh", "Giám đốc Chi nhánh Vương Đình Lực", "", ""),
    ("Thứ Ba 13/03", "Sáng", "Làm việc với UBND xã Mường Khến về cấp giấy chứng nhận lần đầu cho hộ gia đình", "Phó Giám đốc Chi nhánh Bùi Thị Nhàn", "Tổ Đăng ký - Cấp giấy", "UBND xã Mường Khến"),
    ("Thứ Tư 14/03", "Cả ngày", "Trực lãnh đạo: Phó Giám đốc Chi nhánh Bùi Thị Nhàn", "", "", ""),
    ("Thứ Tư 14/03", "Chiều", "Kiểm tra việc chỉnh lý biến động hồ sơ địa chính tại Tổ Kỹ thuật - Lưu trữ", "Giám đốc Chi nhánh Vương Đình Lực", "Tổ Kỹ thuật - Lưu trữ", "Chi nhánh"),
    ("Thứ Năm 15/03", "Sáng", "Đo đạc, cắm mốc ranh giới đất công trình trường mầm non xã Phong Phú (dự kiến)", "Phó Giám đốc Chi nhánh Bùi Thị Nhàn", "Tổ Đo đạc - Bản đồ", "Xã Phong Phú"),
    ("Thứ Sáu 16/03", "Chiều", "Tổng hợp kết quả giải quyết hồ sơ tháng 3, báo cáo Văn phòng Đăng ký đất đai tỉnh", "Giám đốc Chi nhánh Vương Đình Lực", "Tổ Hành chính - Tổng hợp", "Chi nhánh"),
    ("Thứ Bảy 17/03", "Sáng", "Trực tiếp nhận và trả kết quả hồ sơ đăng ký biến động đất đai sáng thứ Bảy", "Phó Giám đốc Chi nhánh Bùi Thị Nhàn", "Tổ Đăng ký - Cấp giấy", "Bộ phận Một cửa huyện"),
    ("Chủ nhật 18/03", "", "Nghỉ", "", "", ""),
)  # fmt: skip
YI2_NOTE = (
    "Lịch có thể thay đổi theo chỉ đạo của Giám đốc Văn phòng Đăng ký đất đai tỉnh. Các tổ chuyên môn đăng ký "
    "nội dung lịch tuần 12 về Tổ Hành chính - Tổng hợp trước 16 giờ thứ Năm ngày 15/03/2029."
)


def yi2_xlsx(path: Path) -> None:
    """A district land registration branch's week calendar of its leaders (.xlsx): every row repeats
    its day beside a session column; a line under the table, a remark and then the request."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Tuan 11"
    sheet["A1"] = "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH HÒA SƠN - CHI NHÁNH HUYỆN TÂN LẠC"
    sheet["A2"] = "LỊCH LÀM VIỆC CỦA LÃNH ĐẠO CHI NHÁNH"
    sheet["A3"] = "Tuần 11 (từ 12/03/2029 đến 18/03/2029)"
    for row in (1, 2, 3):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        sheet.cell(row=row, column=1).font = Font(bold=True)
    for column, text in enumerate(YI2_HEADER, start=1):
        sheet.cell(row=4, column=column, value=text).font = Font(bold=True)
    for offset, values in enumerate(YI2_ROWS):
        for column, text in enumerate(values, start=1):
            if text:
                cell = sheet.cell(row=5 + offset, column=column, value=text)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    last = 5 + len(YI2_ROWS) + 1
    sheet.cell(row=last, column=3, value=YI2_NOTE).alignment = Alignment(wrap_text=True)
    sheet.cell(row=last + 1, column=5, value="GIÁM ĐỐC CHI NHÁNH")
    sheet.cell(row=last + 3, column=5, value="Vương Đình Lực")
    book.save(path)


YI3_TEXT = """<html><head><meta charset="utf-8"><title>Lịch công tác tuần</title></head><body>
<p>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LAM GIANG<br>TRƯỜNG THPT NGUYỄN TRÃI</p>
<h2>LỊCH CÔNG TÁC TUẦN 11 CỦA BAN GIÁM HIỆU</h2>
<p>(Từ ngày 15/11/2027 đến ngày 21/11/2027)</p>
<table border="1">
<tr><th>Thời gian</th><th>Nội dung</th><th>Lãnh đạo dự</th><th>Bộ phận chuẩn bị</th><th>Địa điểm</th></tr>
<tr><td></td><td colspan="4"><b>Thứ Hai - 15/11/2027</b></td></tr>
<tr><td>7h00</td><td>Chào cờ, sơ kết thi đua tuần 10</td><td>Hiệu trưởng Phan Văn Tâm</td><td>Đoàn Thanh niên</td><td>Sân trường</td></tr>
<tr><td>14h00</td><td>Hiệu trưởng làm việc tại Trường</td><td></td><td></td><td></td></tr>
<tr><td></td><td colspan="4"><b>Thứ Ba - 16/11/2027</b></td></tr>
<tr><td>8h00</td><td>Dự giờ thao giảng chào mừng Ngày Nhà giáo Việt Nam</td><td>Phó Hiệu trưởng Lê Thị Thu</td><td>Tổ Ngữ văn</td><td>Phòng học 12A3</td></tr>
<tr><td></td><td colspan="4"><b>Thứ Tư - 17/11/2027</b></td></tr>
<tr><td>Cả ngày</td><td>Kiểm tra hồ sơ chuyên môn giáo viên học kỳ I</td><td>Phó Hiệu trưởng Lê Thị Thu</td><td>Tổ Toán - Tin</td><td>Phòng Hội đồng</td></tr>
<tr><td></td><td colspan="4"><b>Thứ Năm - 18/11/2027</b></td></tr>
<tr><td>14h00</td><td>Họp Hội đồng thi đua - khen thưởng xét danh hiệu tháng 11</td><td>Hiệu trưởng Phan Văn Tâm</td><td>Tổ Văn phòng</td><td>Phòng Hội đồng</td></tr>
<tr><td></td><td colspan="4"><b>Thứ Sáu - 19/11/2027</b></td></tr>
<tr><td>8h00</td><td>Tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11 (dự kiến)</td><td>Hiệu trưởng Phan Văn Tâm</td><td>Công đoàn trường</td><td>Hội trường</td></tr>
<tr><td></td><td colspan="4"><b>Thứ Bảy, Chủ nhật (20 - 21/11/2027)</b></td></tr>
<tr><td></td><td>Trực lãnh đạo: Phó Hiệu trưởng Lê Thị Thu</td><td></td><td></td><td></td></tr>
</table>
<p>Lịch có thể thay đổi, Tổ Văn phòng sẽ thông báo bổ sung trên cổng thông tin nhà trường. Các tổ chuyên môn đăng ký lịch công tác tuần sau về Tổ Văn phòng trước 10h00 thứ Sáu hằng tuần.</p>
<p>HIỆU TRƯỞNG<br>Phan Văn Tâm</p>
</body></html>
"""


def yi3_html(path: Path) -> None:
    """A high school's week calendar of its board (.html): the day rows leave the time cell empty,
    the day spanning the other columns; under the table a remark, then the request."""
    path.write_text(YI3_TEXT, encoding="utf-8")


def siblings_yi() -> None:
    yi1_docx(DOCS / "yi1_lich_tuan_chi_cuc_thue_hang_ngay_gop.docx")
    yi2_xlsx(DOCS / "yi2_lich_tuan_chi_nhanh_dkdd_buoi.xlsx")
    yi3_html(DOCS / "yi3_lich_tuan_thpt_hang_ngay_gop.html")
