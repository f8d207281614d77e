"""The main corpus's siblings of the held-out documents h383, h393, h395, h396 and h401 (moved to the
main corpus when the importer was taught their shape, helper h13fixQP): a programme's or plan's
closing reporting request that the importer had missed for where or how it is printed. qp1: a
district Youth Union's .docx programme whose closing paragraph stands between the task table and a
borderless signature table, asks `Các Chi đoàn …`-like bodies of another kind (`Các Đội hoạt động
…`) and puts the report in a later clause after a general charge (`…; định kỳ hằng tháng báo cáo
…`). qp2: a district Farmers' Union's .xlsx indicator sheet whose merged note row under the last
indicator asks every commune's union (`Hội Nông dân các xã, thị trấn`) for a quarterly report. qp3:
a school's .docx plan whose `III. TỔ CHỨC THỰC HIỆN` stands above its appendix task table, with a
standing office's recurring duty, a named unit's undated duty and every unit's report. Their
expected items (expected/qp*_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-qp` writes them.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _grid(document, header, rows, style="Table Grid"):
    table = document.add_table(rows=1, cols=len(header))
    if style:
        table.style = style
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return table


def _signature(document, left, right):
    """A borderless two-column table: `Nơi nhận` lines on the left, the signature on the right."""
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "\n".join(left)
    table.cell(0, 1).text = "\n".join(right)


def qp1_docx(path: Path) -> None:
    """A district Youth Union's programme for 2027: task table, the closing request under it, then
    the signature in a borderless table."""
    from docx import Document

    document = Document()
    heading = document.add_table(rows=2, cols=2)
    heading.cell(0, 0).text = "BCH ĐOÀN HUYỆN ĐĂK GLONG"
    heading.cell(0, 1).text = "ĐOÀN TNCS HỒ CHÍ MINH"
    heading.cell(1, 0).text = "Số: 07-CTr/HĐTN"
    heading.cell(1, 1).text = "Đăk Glong, ngày 15 tháng 01 năm 2027"
    for text in (
        "CHƯƠNG TRÌNH",
        "Hoạt động của Đội Thanh niên xung kích huyện năm 2027",
        "Ban Thường vụ Huyện đoàn ban hành Chương trình hoạt động năm 2027 như sau:",
    ):
        document.add_paragraph(text)
    _grid(
        document,
        ["STT", "Nội dung hoạt động", "Bộ phận thực hiện", "Thời gian"],
        [
            ["1", "Ra quân Ngày Chủ nhật xanh tại các khu dân cư", "Ban Phong trào", "Tháng 3/2027"],
            ["2", "Hỗ trợ thu hoạch cà phê cho hộ đoàn viên khó khăn", "Ban Phong trào", "Quý IV/2027"],
            ["3", "Tập huấn kỹ năng cứu hộ, cứu nạn cho đội viên", "Ban Tổ chức", "Tháng 6/2027"],
            ["4", "Tuần tra an ninh trật tự đêm cuối tuần", "Ban Tổ chức", "Thường xuyên"],
            ["5", "Sơ kết hoạt động 6 tháng đầu năm", "Văn phòng Huyện đoàn", "Trước 15/7/2027"],
            ["6", "Tổng kết hoạt động năm 2027", "Văn phòng Huyện đoàn", "Tháng 12/2027"],
        ],
    )
    document.add_paragraph(
        "Các Đội hoạt động tại xã căn cứ Chương trình này chủ động xây dựng kế hoạch của đội; định kỳ "
        "hằng tháng báo cáo kết quả hoạt động về Văn phòng Huyện đoàn trước ngày 22 để tổng hợp."
    )
    _signature(
        document,
        ["Nơi nhận:", "- Tỉnh đoàn (b/c);", "- Các Đội hoạt động;", "- Lưu VP."],
        ["TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN", "BÍ THƯ", "(đã ký)", "Y Thuận Niê"],
    )
    document.save(path)


def qp2_xlsx(path: Path) -> None:
    """A district Farmers' Union's indicator sheet for 2027: title rows, a header row, indicators
    led by a board, then a merged note row asking every commune's union for a quarterly report, and
    the signature rows."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Chi tieu"
    sheet["A1"] = "HỘI NÔNG DÂN HUYỆN CHƯ PƯH"
    sheet["A3"] = "BIỂU GIAO CHỈ TIÊU NĂM 2027"
    sheet.append([])
    sheet.append(["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2027", "Bộ phận phụ trách", "Thời hạn"])
    rows = [
        ["1", "Số hội viên mới được kết nạp", "Người", "350", "Ban Tổ chức - Kiểm tra", "Tháng 11/2027"],
        [
            "2",
            "Số hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp",
            "Hộ",
            "1.200",
            "Ban Kinh tế - Xã hội",
            "Năm 2027",
        ],
        [
            "3",
            "Số tổ hợp tác nông nghiệp được thành lập mới",
            "Tổ",
            "08",
            "Ban Kinh tế - Xã hội",
            "Quý III/2027",
        ],
        ["4", "Số lớp dạy nghề nông nghiệp cho hội viên", "Lớp", "12", "Ban Tuyên huấn", "Tháng 9/2027"],
        ["5", "Tỷ lệ chi hội có hoạt động tuyên truyền pháp luật", "%", "100", "Ban Tuyên huấn", "Hằng quý"],
    ]
    for row in rows:
        sheet.append(row)
    note = sheet.max_row + 1
    sheet.cell(note, 1).value = (
        "Hội Nông dân các xã, thị trấn báo cáo kết quả thực hiện chỉ tiêu về Huyện Hội (qua Văn phòng) "
        "hằng quý, chậm nhất ngày 10 của tháng cuối quý."
    )
    sheet.merge_cells(start_row=note, start_column=1, end_row=note, end_column=6)
    sheet.cell(note + 2, 5).value = "TM. BAN THƯỜNG VỤ"
    sheet.cell(note + 3, 5).value = "CHỦ TỊCH"
    sheet.cell(note + 4, 5).value = "Rơ Châm Hlinh"
    book.save(path)


def qp3_docx(path: Path) -> None:
    """A high school's plan for digital transformation in 2027: aims, `III. TỔ CHỨC THỰC HIỆN` with
    three numbered duties, a signature table, then `PHỤ LỤC` over the task table."""
    from docx import Document

    document = Document()
    heading = document.add_table(rows=2, cols=2)
    heading.cell(0, 0).text = "SỞ GD&ĐT TỈNH GIA LAI\nTRƯỜNG THPT NGUYỄN TRÃI"
    heading.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    heading.cell(1, 0).text = "Số: 12/KH-THPTNT"
    heading.cell(1, 1).text = "Pleiku, ngày 08 tháng 02 năm 2027"
    for text in (
        "KẾ HOẠCH",
        "Chuyển đổi số trong nhà trường năm 2027",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Ứng dụng công nghệ số trong dạy học, quản lý học sinh và tài chính của nhà trường.",
        "2. Mỗi tổ chuyên môn, bộ phận xác định rõ việc của mình, gắn với thi đua cuối năm.",
        "II. NHIỆM VỤ",
        "Các nhiệm vụ cụ thể được giao tại Phụ lục kèm theo.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Tổ Văn phòng là bộ phận thường trực, giúp Hiệu trưởng theo dõi, đôn đốc triển khai Kế "
        "hoạch; tổng hợp báo cáo Sở Giáo dục và Đào tạo định kỳ 6 tháng và năm.",
        "2. Bộ phận Kế toán cân đối nguồn kinh phí mua sắm thiết bị số của Kế hoạch từ nguồn thu sự "
        "nghiệp năm 2027.",
        "3. Các tổ chuyên môn căn cứ nhiệm vụ được giao tổ chức thực hiện, báo cáo kết quả về Tổ Văn "
        "phòng trước ngày 20 hằng tháng.",
    ):
        document.add_paragraph(text)
    _signature(
        document,
        ["Nơi nhận:", "- Sở GD&ĐT (b/c);", "- Các tổ chuyên môn;", "- Lưu: VT."],
        ["HIỆU TRƯỞNG", "(đã ký)", "Đinh Văn Khải"],
    )
    document.add_page_break()
    for text in ("PHỤ LỤC", "NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2027", "(Kèm theo Kế hoạch số 12/KH-THPTNT)"):
        document.add_paragraph(text)
    _grid(
        document,
        ["STT", "Nhiệm vụ", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian hoàn thành"],
        [
            [
                "1",
                "Triển khai sổ điểm điện tử cho toàn bộ các lớp",
                "Tổ Toán - Tin",
                "Tổ Văn phòng",
                "Tháng 3/2027",
            ],
            [
                "2",
                "Thu học phí không dùng tiền mặt qua ngân hàng",
                "Bộ phận Kế toán",
                "Giáo viên chủ nhiệm",
                "Quý II/2027",
            ],
            [
                "3",
                "Xây dựng kho học liệu số dùng chung của trường",
                "Tổ Ngữ văn",
                "Tổ Toán - Tin",
                "Tháng 10/2027",
            ],
            ["4", "Bồi dưỡng kỹ năng số cho giáo viên mới", "Tổ Văn phòng", "Tổ Toán - Tin", "Tháng 8/2027"],
            ["5", "Cập nhật cơ sở dữ liệu ngành giáo dục", "Tổ Văn phòng", "Các tổ chuyên môn", "Hằng tháng"],
        ],
    )
    document.save(path)


def siblings_qp() -> None:
    qp1_docx(DOCS / "qp1_ctr_huyen_doan_doi_xung_kich_chu_ky_bang.docx")
    qp2_xlsx(DOCS / "qp2_chi_tieu_hoi_nong_dan_huyen_dong_ghi_chu.xlsx")
    qp3_docx(DOCS / "qp3_kh_truong_thpt_chuyen_doi_so_phu_luc.docx")
