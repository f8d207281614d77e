"""The main corpus's siblings of the held-out documents h768, h755 and h758 (moved to the main corpus
when the importer was taught their shapes, by h13fixYP on 2026-12-06). yp1 (h768's and h755's): a
week calendar sheet whose day cell is merged down over its entries; Sunday prints only a day off
paired with a duty (`Nghỉ, trực sẵn sàng chiến đấu theo quy định`: no item); under the entries a
note row whose label `Ghi chú:` stands in the day column's cell of its own, the note merged across
the other columns: a remark sentence, then every unit's weekly registration request (an item from
the request, recurring, lead not scored). yp3: the same in a .docx calendar (`Lưu ý:` in a cell of
its own, the note spanning the rest of the row; Sunday's `Nghỉ; trực cơ quan theo lịch phân
công`). yp2 (h758's): an indicator table (.docx) whose doer column names posts (a leader column, no
unit column) and whose time cells are sometimes blank: a blank time is no due, not the row above's
(`Thường xuyên` above a group row). Their expected items (expected/yp1_…, yp2_…, yp3_…) were written
by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-yp` writes
the three.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YP1_HEADER = ("Thứ, ngày", "Giờ", "Nội dung công việc", "Chỉ huy chủ trì", "Đội chuẩn bị", "Địa điểm")
YP1_DAYS = (
    ("Thứ Hai\n06/03", (
        ("7h30", "Giao ban chỉ huy đầu tuần", "Đội trưởng Quách Văn Toản", "Tổ Tổng hợp - Hậu cần", "Phòng giao ban"),
        ("14h00", "Kiểm tra an toàn phòng cháy tại chợ trung tâm thị trấn Đồng Vân", "Phó Đội trưởng Mai Thế Hưng", "Tổ Phòng cháy", "Chợ trung tâm Đồng Vân"),
    )),
    ("Thứ Ba\n07/03", (
        ("8h00", "Huấn luyện nghiệp vụ chữa cháy, cứu nạn cứu hộ cho lực lượng thường trực", "Phó Đội trưởng Mai Thế Hưng", "Tổ Chữa cháy và cứu nạn, cứu hộ", "Bãi tập của Đội"),
    )),
    ("Thứ Tư\n08/03", (
        ("8h00", "Hướng dẫn diễn tập phương án chữa cháy tại Trường THCS Đồng Vân (dự kiến)", "Đội trưởng Quách Văn Toản", "Tổ Phòng cháy", "Trường THCS Đồng Vân"),
    )),
    ("Thứ Năm\n09/03", (
        ("14h00", "Họp xét đề nghị khen thưởng tập thể, cá nhân có thành tích trong quý I", "Đội trưởng Quách Văn Toản", "Tổ Tổng hợp - Hậu cần", "Phòng giao ban"),
    )),
    ("Thứ Sáu\n10/03", (
        ("8h00", "Tuyên truyền phòng cháy, chữa cháy cho hộ kinh doanh karaoke trên địa bàn", "Phó Đội trưởng Mai Thế Hưng", "Tổ Phòng cháy", "Hội trường UBND thị trấn"),
    )),
    ("Thứ Bảy\n11/03", (
        ("Cả ngày", "Trực chỉ huy: Phó Đội trưởng Mai Thế Hưng", "", "", ""),
    )),
    ("Chủ nhật\n12/03", (
        ("", "Nghỉ, trực sẵn sàng chiến đấu theo quy định", "", "", ""),
    )),
)  # fmt: skip
YP1_NOTE = (
    "Lịch có thể thay đổi, Tổ Tổng hợp - Hậu cần sẽ thông báo bổ sung. Các tổ, trạm đăng ký nội dung công "
    "tác tuần sau về Tổ Tổng hợp - Hậu cần trước 16 giờ 00 thứ Năm hằng tuần."
)


def yp1_xlsx(path: Path) -> None:
    """A district fire and rescue team's week calendar (.xlsx): the day merged down over its entries,
    Sunday a day off paired with a duty, the note's label in the day column's cell of its own."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Tuan 10"
    sheet["A1"] = "CÔNG AN HUYỆN ĐỒNG VÂN - ĐỘI CẢNH SÁT PCCC VÀ CNCH"
    sheet["A2"] = "LỊCH CÔNG TÁC TUẦN CỦA CHỈ HUY ĐỘI"
    sheet["A3"] = "(Tuần 10, từ ngày 06/03/2028 đến ngày 12/03/2028)"
    for row in (1, 2, 3):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        sheet.cell(row=row, column=1).font = Font(bold=True)
    for column, text in enumerate(YP1_HEADER, start=1):
        sheet.cell(row=5, column=column, value=text).font = Font(bold=True)
    row = 6
    for day, entries in YP1_DAYS:
        sheet.cell(row=row, column=1, value=day).alignment = Alignment(wrap_text=True, vertical="top")
        if len(entries) > 1:
            sheet.merge_cells(start_row=row, start_column=1, end_row=row + len(entries) - 1, end_column=1)
        for values in entries:
            for column, text in enumerate(values, start=2):
                if text:
                    sheet.cell(row=row, column=column, value=text).alignment = Alignment(wrap_text=True)
            row += 1
    row += 1
    sheet.cell(row=row, column=1, value="Ghi chú:")
    sheet.cell(row=row, column=2, value=YP1_NOTE).alignment = Alignment(wrap_text=True)
    sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
    sheet.cell(row=row + 2, column=5, value="ĐỘI TRƯỞNG")
    sheet.cell(row=row + 4, column=5, value="Quách Văn Toản")
    book.save(path)


YP2_HEADER = ("TT", "Chỉ tiêu, nhiệm vụ", "Chỉ tiêu năm 2028", "Người phụ trách", "Thời gian")
YP2_ROWS = (
    ("I", "Công tác giáo dục"),
    ("1", "Tổ chức diễn đàn “Thanh niên với văn hóa giao thông” tại các chi đoàn", "04 diễn đàn", "Phó Bí thư Đoàn xã", ""),
    ("2", "Tỷ lệ đoàn viên được học tập nghị quyết của Đoàn", "≥ 95%", "Bí thư chi đoàn các thôn", "Quý II"),
    ("3", "Duy trì trang thông tin điện tử của Đoàn xã, cập nhật tin bài", "100%", "Ủy viên BTV phụ trách tuyên truyền", "Thường xuyên"),
    ("II", "Xây dựng tổ chức Đoàn"),
    ("4", "Kết nạp đoàn viên mới, chú trọng thanh niên công nhân", "30 đoàn viên", "Bí thư chi đoàn các thôn", ""),
    ("5", "Củng cố chi đoàn thôn Khe Lim", "01 chi đoàn", "Phó Bí thư Đoàn xã", "Tháng 6"),
    ("6", "Thu đoàn phí đầy đủ, nộp về Huyện đoàn", "100%", "Ủy viên BTV phụ trách tổ chức", "Trước 15/12"),
    ("7", "Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp", "05 đoàn viên", "Bí thư Đoàn xã", ""),
)  # fmt: skip


def yp2_docx(path: Path) -> None:
    """A commune Youth Union's indicator table (.docx): posts in the doer column, some time cells blank."""
    from docx import Document

    document = Document()
    document.add_paragraph("CHỈ TIÊU CÔNG TÁC ĐOÀN VÀ PHONG TRÀO THANH THIẾU NHI NĂM 2028")
    document.add_paragraph("(Kèm theo Nghị quyết Hội nghị Ban Chấp hành Đoàn xã Khe Lim lần thứ 6)")
    table = document.add_table(rows=1 + len(YP2_ROWS), cols=len(YP2_HEADER))
    table.style = "Table Grid"
    for column, text in enumerate(YP2_HEADER):
        table.cell(0, column).text = text
    for offset, values in enumerate(YP2_ROWS, start=1):
        if len(values) == 2:
            table.cell(offset, 0).text = values[0]
            merged = table.cell(offset, 1).merge(table.cell(offset, len(YP2_HEADER) - 1))
            merged.text = values[1]
            continue
        for column, text in enumerate(values):
            table.cell(offset, column).text = text
    document.add_paragraph("")
    signature = document.add_table(rows=1, cols=2)
    signature.cell(0, 0).text = "Nơi nhận:\n- Huyện đoàn (b/c);\n- Các chi đoàn;\n- Lưu: VP."
    signature.cell(0, 1).text = "TM. BAN CHẤP HÀNH\nBÍ THƯ\n\n\nLầu Văn Sử"
    document.save(path)


YP3_HEADER = ("Ngày", "Thời gian", "Nội dung", "Lãnh đạo dự", "Khoa, phòng chuẩn bị")
YP3_ROWS = (
    ("Thứ Hai 15/05", "7h30", "Giao ban Ban Giám đốc mở rộng", "Giám đốc Hà Minh Quân", "Phòng Kế hoạch tổng hợp"),
    ("", "14h00", "Kiểm tra công tác kiểm soát nhiễm khuẩn tại Khoa Hồi sức cấp cứu", "Phó Giám đốc Tạ Thu Trang", "Khoa Kiểm soát nhiễm khuẩn"),
    ("Thứ Ba 16/05", "8h00", "Họp Hội đồng thuốc và điều trị xét danh mục thuốc bổ sung", "Giám đốc Hà Minh Quân", "Khoa Dược"),
    ("Thứ Tư 17/05", "Cả ngày", "Tập huấn cấp cứu ngừng tuần hoàn cho điều dưỡng (dự kiến)", "Phó Giám đốc Tạ Thu Trang", "Phòng Điều dưỡng"),
    ("Thứ Năm 18/05", "14h00", "Bình bệnh án, đơn thuốc ngoại trú tháng 5", "Phó Giám đốc Tạ Thu Trang", "Phòng Kế hoạch tổng hợp"),
    ("Thứ Sáu 19/05", "8h00", "Làm việc với Bảo hiểm xã hội huyện về giám định chi phí khám chữa bệnh quý I", "Giám đốc Hà Minh Quân", "Phòng Tài chính - Kế toán"),
    ("Chủ nhật 21/05", "", "Nghỉ; trực cơ quan theo lịch phân công", "", ""),
)  # fmt: skip
YP3_NOTE = (
    "Lịch làm việc có thể điều chỉnh theo chỉ đạo của Sở Y tế. Các khoa, phòng đăng ký lịch công tác tuần "
    "sau về Phòng Kế hoạch tổng hợp trước 10h00 thứ Sáu hằng tuần."
)


def yp3_docx(path: Path) -> None:
    """A district hospital's week calendar (.docx): the note's label in a cell of its own, the note
    spanning the rest of the table's last row."""
    from docx import Document

    document = Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "SỞ Y TẾ TỈNH HÀ LAM\nBỆNH VIỆN ĐA KHOA HUYỆN KIM BẢNG"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    document.add_paragraph().add_run("LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC").bold = True
    document.add_paragraph("(Tuần 20, từ ngày 15/05/2028 đến ngày 21/05/2028)")
    table = document.add_table(rows=2 + len(YP3_ROWS), cols=len(YP3_HEADER))
    table.style = "Table Grid"
    for column, text in enumerate(YP3_HEADER):
        table.cell(0, column).text = text
    for offset, values in enumerate(YP3_ROWS, start=1):
        for column, text in enumerate(values):
            table.cell(offset, column).text = text
    last = 1 + len(YP3_ROWS)
    table.cell(last, 0).text = "Lưu ý:"
    merged = table.cell(last, 1).merge(table.cell(last, len(YP3_HEADER) - 1))
    merged.text = YP3_NOTE
    document.add_paragraph("")
    document.add_paragraph("GIÁM ĐỐC")
    document.add_paragraph("Hà Minh Quân")
    document.save(path)


def siblings_yp() -> None:
    yp1_xlsx(DOCS / "yp1_lich_tuan_doi_pccc_huyen_nghi_truc.xlsx")
    yp2_docx(DOCS / "yp2_chi_tieu_doan_xa_nguoi_phu_trach.docx")
    yp3_docx(DOCS / "yp3_lich_tuan_bv_huyen_luu_y_o_rieng.docx")
