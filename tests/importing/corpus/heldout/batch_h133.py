"""Writes the binaries of the held-out documents h133–h142 (helper h13author11b).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h133`.
Every text below is own-authored (other names, units, places, dates and tasks) in a layout looked
up on public pages or, where none was found, in how such offices commonly publish these kinds;
no third-party text is stored. The .md, .html, .csv and .txt documents of the batch are written
by hand and live beside the output. Like `make_docs.py` this writes **only the documents**: their
expected items (`expected/`) were written by hand from the document text before the importer was
first run on them. The writer helpers (national header, grid tables, LibreOffice conversion,
rasterising) are `make_docs.py`'s. The .xlsx, .xls, .odt and PDFs need LibreOffice (`soffice`) and
the scan pypdfium2; their bytes differ run to run, so regenerate only on purpose.
"""

# ruff: noqa: E501 — document text is data: long lines.

import datetime
import shutil
import sys
import tempfile
from pathlib import Path

from batch_common import DOCS, MOVED
from batch_common import writers as _writers


# -------------------------------------------------------------------------------------------- h133
def h133_xlsx(h, path: Path) -> None:
    """A ministry department's progress sheet whose due column holds only formulas (start date plus
    days); LibreOffice re-saves it so the cached values are in the file, as Excel leaves them."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Theo doi NV 2027"
    h.sheet_title_rows(
        sheet,
        [
            "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG - CỤC BẢO VỆ THỰC VẬT",
            "BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ NĂM 2027",
            "(Cập nhật đến ngày 15/3/2027 - Văn phòng Cục)",
            "",
        ],
        8,
    )
    h.xlsx_header(
        sheet,
        [
            "STT",
            "Tên nhiệm vụ",
            "Đơn vị chủ trì",
            "Ngày bắt đầu",
            "Số ngày thực hiện",
            "Hạn hoàn thành",
            "Tiến độ (%)",
            "Ghi chú",
        ],
    )
    rows = [
        (
            1,
            "Xây dựng Thông tư sửa đổi, bổ sung Danh mục đối tượng kiểm dịch thực vật của Việt Nam",
            "Phòng Kiểm dịch thực vật",
            datetime.date(2027, 1, 4),
            150,
            None,
            0.35,
            "",
        ),
        (
            2,
            "Rà soát, cập nhật cơ sở dữ liệu thuốc bảo vệ thực vật được phép sử dụng",
            "Phòng Quản lý thuốc bảo vệ thực vật",
            datetime.date(2027, 2, 1),
            90,
            None,
            0.5,
            "",
        ),
        (
            3,
            "Tổ chức tập huấn nghiệp vụ giám định chất lượng thuốc cho các Chi cục vùng",
            "Trung tâm Giám định thuốc bảo vệ thực vật phía Bắc",
            datetime.date(2027, 3, 8),
            75,
            None,
            0.1,
            "Đã gia hạn 30 ngày (số ngày đã cộng)",
        ),
        (
            4,
            "Triển khai cấp chứng thư kiểm dịch thực vật điện tử qua Cơ chế một cửa quốc gia",
            "Chi cục Kiểm dịch thực vật vùng I",
            datetime.date(2027, 1, 15),
            300,
            None,
            0.2,
            "",
        ),
        (
            5,
            "Điều tra, đánh giá tình hình sinh vật gây hại lúa vụ Đông Xuân 2026 - 2027",
            "Phòng Dịch hại và Bảo vệ thực vật",
            datetime.date(2027, 1, 20),
            100,
            None,
            0.6,
            "",
        ),
        (
            6,
            "Hoàn thiện hồ sơ kỹ thuật đề xuất mở cửa thị trường quả bưởi tươi sang Hàn Quốc",
            "Phòng Kiểm dịch thực vật",
            datetime.date(2027, 2, 15),
            None,
            "Theo tiến độ đàm phán",
            0.15,
            "Phụ thuộc phía bạn",
        ),
        (
            7,
            "Báo cáo tình hình thực hiện nhiệm vụ được giao gửi Văn phòng Bộ",
            "Văn phòng Cục",
            None,
            None,
            "Trước ngày 20 hằng tháng",
            None,
            "Báo cáo trên Hệ thống theo dõi nhiệm vụ",
        ),
        (
            8,
            "Sửa chữa, nâng cấp phòng thí nghiệm phân tích dư lượng thuốc bảo vệ thực vật",
            "Trung tâm Giám định thuốc bảo vệ thực vật phía Bắc",
            datetime.date(2027, 4, 1),
            120,
            None,
            0,
            "Chưa triển khai",
        ),
    ]
    first = sheet.max_row + 1
    for values in rows:
        sheet.append(list(values))
        row = sheet.max_row
        if values[3] is not None:
            sheet.cell(row, 4).number_format = "DD/MM/YYYY"
        if values[5] is None and values[4] is not None:
            sheet.cell(row, 6).value = f"=D{row}+E{row}"
            sheet.cell(row, 6).number_format = "DD/MM/YYYY"
        if values[6] is not None:
            sheet.cell(row, 7).number_format = "0%"
        for column in (2, 3, 8):
            sheet.cell(row, column).alignment = Alignment(wrap_text=True, vertical="top")
    last = sheet.max_row
    sheet.append(["", "Tổng số nhiệm vụ:", f"=COUNTA(B{first}:B{last})"])
    sheet.cell(sheet.max_row, 2).font = Font(bold=True)
    for column, width in zip("ABCDEFGH", [5, 52, 30, 13, 10, 14, 10, 26], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h134
def h134_docx(h, path: Path) -> None:
    """A provincial chairman's directions as a notice: topic headings `1. Về …:` over `a)`/`b)`
    assignments, a deadline counted from the notice's own date, an approval that is no item."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG THẠNH", "Số: 142/TB-UBND"],
        "Đông Thạnh, ngày 06 tháng 4 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Ý kiến chỉ đạo của Chủ tịch UBND tỉnh Trần Minh Khoa tại buổi làm việc về tiến độ các dự án giao thông trọng điểm",
            "Ngày 02/4/2027, Chủ tịch UBND tỉnh Trần Minh Khoa chủ trì buổi làm việc với Sở Xây dựng, Sở Tài chính, Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh và UBND các xã có dự án đi qua. Sau khi nghe báo cáo và ý kiến của các đại biểu, Chủ tịch UBND tỉnh kết luận như sau:",
            "I. ĐÁNH GIÁ CHUNG",
            "Biểu dương Sở Xây dựng và các chủ đầu tư đã chủ động tháo gỡ vướng mắc; tuy nhiên tiến độ giải ngân quý I/2027 mới đạt 14,2% kế hoạch vốn, thấp hơn cùng kỳ.",
            "II. NHIỆM VỤ TRONG THỜI GIAN TỚI",
            "1. Về dự án đường ven biển đoạn Cửa Lở - Bãi Ngang:",
            "a) Sở Xây dựng chủ trì, phối hợp với UBND xã Tân Hải hoàn thiện hồ sơ điều chỉnh chủ trương đầu tư dự án, trình UBND tỉnh trong vòng 15 ngày kể từ ngày ban hành Thông báo này.",
            "b) Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh tập trung nhân lực, thiết bị thi công ba ca, bảo đảm thông xe kỹ thuật toàn tuyến trước ngày 30/6/2027.",
            "c) Thống nhất chủ trương bổ sung hạng mục cầu vượt dân sinh tại Km 12+300 vào dự án.",
            "2. Về công tác giải phóng mặt bằng:",
            "a) UBND xã Hòa Lợi tập trung vận động 27 hộ còn lại, bàn giao mặt bằng sạch cho nhà thầu chậm nhất trong tháng 5/2027.",
            "b) Sở Nông nghiệp và Môi trường hướng dẫn UBND các xã xác định nguồn gốc đất, hoàn thành trong vòng 10 ngày sau khi nhận đủ hồ sơ của xã.",
            "3. Về nguồn vốn:",
            "Giao Sở Tài chính tham mưu UBND tỉnh điều chuyển vốn từ các dự án giải ngân chậm sang dự án đường ven biển, xong trước ngày 15/4/2027.",
            "4. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Thông báo này; định kỳ hằng tháng tổng hợp, báo cáo Chủ tịch UBND tỉnh.",
            "5. Đề nghị Công an tỉnh chỉ đạo Công an các xã có dự án đi qua bảo đảm an ninh, trật tự trong suốt quá trình thi công.",
            "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
            "Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\n- Các Sở: XD, TC, NNMT;\n- Công an tỉnh;\n- Ban QLDA ĐTXD các CTGT tỉnh;\n- UBND các xã: Tân Hải, Hòa Lợi, Phước An;\n- Lưu: VT, KTN.",
            "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n(đã ký)\nNguyễn Thị Bích Hạnh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h137
def h137_docx(h, path: Path) -> None:
    """A commune Party committee's inspection and supervision programme (rasterised into a scan):
    `Đối tượng` and `Trưởng đoàn` columns beside the helping body, sections A/B, closing duties."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    h.set_landscape(document.sections[0])
    document.styles["Normal"].font.size = Pt(12)
    table = document.add_table(rows=3, cols=2)
    left = ["ĐẢNG BỘ XÃ TÂN PHÚ", "ĐẢNG ỦY XÃ", "Số 08-CTr/ĐU"]
    right = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Tân Phú, ngày 12 tháng 01 năm 2027"]
    for index in range(3):
        table.cell(index, 0).text = left[index]
        table.cell(index, 1).text = right[index]
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH",
            "kiểm tra, giám sát của Ban Chấp hành Đảng bộ xã năm 2027",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Kiểm tra, giám sát đúng nguyên tắc, phương pháp, quy trình; phát hiện, phòng ngừa vi phạm từ sớm, từ xa.",
            "II. NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Đối tượng", "Nội dung kiểm tra, giám sát", "Thời gian", "Cơ quan giúp việc", "Trưởng đoàn"],
        [0.4, 1.7, 3.6, 1.1, 1.7, 1.8],
    )
    h.full_width_row(table, "A. KIỂM TRA")
    rows_a = [
        (
            "1",
            "Chi bộ thôn Đông Hòa",
            "Kiểm tra việc chấp hành Điều lệ Đảng, thực hiện nguyên tắc tập trung dân chủ và chế độ sinh hoạt chi bộ",
            "Quý II/2027",
            "Ủy ban Kiểm tra Đảng ủy",
            "Đ/c Phạm Văn Tâm, Chủ nhiệm UBKT",
        ),
        (
            "2",
            "03 đảng viên là cán bộ, công chức xã",
            "Kiểm tra việc thực hiện nhiệm vụ đảng viên và kê khai tài sản, thu nhập",
            "Tháng 8/2027",
            "Ban Xây dựng Đảng",
            "Đ/c Lê Thị Hoa, Phó Bí thư Đảng ủy",
        ),
        (
            "3",
            "Chi bộ Trường Tiểu học Tân Phú",
            "Kiểm tra việc lãnh đạo thu, nộp, quản lý và sử dụng đảng phí",
            "Quý III/2027",
            "Ủy ban Kiểm tra Đảng ủy",
            "Đ/c Phạm Văn Tâm, Chủ nhiệm UBKT",
        ),
    ]
    for row in rows_a:
        h.fill_row(table, row)
    h.full_width_row(table, "B. GIÁM SÁT CHUYÊN ĐỀ")
    rows_b = [
        (
            "1",
            "Chi bộ Trạm Y tế xã",
            "Giám sát việc lãnh đạo thực hiện chính sách bảo hiểm y tế cho người cao tuổi",
            "Tháng 5/2027",
            "Ban Xây dựng Đảng",
            "Đ/c Võ Minh Luân, Trưởng Ban XDĐ",
        ),
        (
            "2",
            "Chi bộ Quân sự xã",
            "Giám sát việc lãnh đạo công tác tuyển chọn, gọi công dân nhập ngũ",
            "Tháng 10 - 11/2027",
            "Ủy ban Kiểm tra Đảng ủy",
            "Đ/c Lê Thị Hoa, Phó Bí thư Đảng ủy",
        ),
        (
            "3",
            "Chi bộ Công an xã",
            "Giám sát việc tiếp nhận, giải quyết đơn thư khiếu nại, tố cáo",
            "Quý IV/2027",
            "Văn phòng Đảng ủy",
            "Đ/c Phạm Văn Tâm, Chủ nhiệm UBKT",
        ),
    ]
    for row in rows_b:
        h.fill_row(table, row)
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Ủy ban Kiểm tra Đảng ủy chủ trì tham mưu thành lập các đoàn kiểm tra, giám sát; tổng hợp kết quả, báo cáo Ban Thường vụ Đảng ủy trước ngày 15/12/2027.",
            "2. Các chi bộ được kiểm tra, giám sát chủ động phối hợp, cung cấp hồ sơ, tài liệu theo yêu cầu của đoàn.",
            "Nơi nhận: - UBKT Đảng ủy tỉnh; - Các chi bộ trực thuộc; - Lưu VPĐU.",
            "T/M ĐẢNG ỦY\nBÍ THƯ\n(đã ký)\nNguyễn Văn Thịnh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h138
def h138_docx(h, path: Path) -> None:
    """A provincial Women's Union's yearly programme (saved as .odt): `Nhiệm vụ N:` labels over dash
    items with their time in parentheses, the advising unit on a line **after** the items."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    h.national_header(
        document,
        ["HỘI LHPN TỈNH ĐÔNG THẠNH", "BAN THƯỜNG VỤ", "Số: 03/CTr-BTV"],
        "Đông Thạnh, ngày 08 tháng 01 năm 2027",
    )
    paragraphs = [
        ("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", True, False),
        ("I. MỤC TIÊU", True, False),
        (
            "Phấn đấu 100% cơ sở Hội xếp loại hoàn thành tốt nhiệm vụ trở lên; thu hút thêm 5.000 hội viên mới.",
            False,
            False,
        ),
        ("II. NHIỆM VỤ TRỌNG TÂM", True, False),
        ("Nhiệm vụ 1: Tuyên truyền, giáo dục, vận động hội viên, phụ nữ", True, False),
        ('- Tổ chức Hội thi "Phụ nữ với pháp luật" cấp tỉnh năm 2027 (tháng 7/2027).', False, False),
        ('- Biên soạn, phát hành bản tin "Phụ nữ Đông Thạnh" (hằng quý).', False, False),
        ("Đơn vị tham mưu: Ban Tuyên giáo - Chính sách luật pháp.", False, True),
        ("Nhiệm vụ 2: Hỗ trợ phụ nữ phát triển kinh tế, khởi nghiệp", True, False),
        ("- Hỗ trợ thành lập mới 15 tổ hợp tác, hợp tác xã do phụ nữ làm chủ (cả năm).", False, False),
        (
            "- Phối hợp Chi nhánh Ngân hàng Chính sách xã hội tỉnh rà soát, kiện toàn các tổ tiết kiệm và vay vốn (trước 30/9/2027).",
            False,
            False,
        ),
        ("Đơn vị tham mưu: Ban Kinh tế - Xã hội.", False, True),
        ("Nhiệm vụ 3: Xây dựng tổ chức Hội vững mạnh", True, False),
        (
            "- Hướng dẫn tổ chức đại hội điểm phụ nữ cấp cơ sở nhiệm kỳ 2027 - 2032 (quý II/2027).",
            False,
            False,
        ),
        (
            "- Sơ kết 6 tháng, tổng kết công tác Hội và phong trào phụ nữ năm 2027 (tháng 12/2027).",
            False,
            False,
        ),
        ("Đơn vị tham mưu: Ban Tổ chức - Kiểm tra.", False, True),
        ("III. TỔ CHỨC THỰC HIỆN", True, False),
        (
            "Các ban, Văn phòng cơ quan Hội LHPN tỉnh xây dựng kế hoạch chi tiết, gửi Thường trực Hội trước ngày 31/01/2027.",
            False,
            False,
        ),
        (
            "Hội LHPN các xã, phường báo cáo kết quả thực hiện về Văn phòng trước ngày 20 hằng tháng.",
            False,
            False,
        ),
        ("Nơi nhận: - TW Hội LHPN Việt Nam; - Ban Dân vận Tỉnh ủy; - Các ban, VP; - Lưu VT.", False, False),
        ("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n(đã ký)\nHuỳnh Thị Kim Loan", False, False),
    ]
    for text, bold, italic in paragraphs:
        run = document.add_paragraph().add_run(text)
        run.bold = bold
        run.italic = italic
    document.save(path)


# -------------------------------------------------------------------------------------------- h139
def h139_xlsx(h, path: Path) -> None:
    """A state power company's indicator table (saved as .xls): last year's result beside this
    year's target under year-named headers, a ratio formula, `≤`/`≥` targets, section rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Chi tieu 2027"
    h.sheet_title_rows(
        sheet,
        [
            "CÔNG TY ĐIỆN LỰC ĐÔNG THẠNH",
            "CHỈ TIÊU KẾ HOẠCH SẢN XUẤT KINH DOANH NĂM 2027",
            "(Kèm theo Quyết định số 112/QĐ-PCĐT ngày 10/01/2027 của Giám đốc Công ty)",
        ],
        8,
    )
    h.xlsx_header(
        sheet,
        [
            "Mã CT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện 2026",
            "Kế hoạch 2027",
            "KH 2027/TH 2026 (%)",
            "Đơn vị chủ trì",
            "Thời điểm đánh giá",
        ],
    )
    rows = [
        ("A", "SẢN XUẤT KINH DOANH"),
        ("SX.01", "Điện thương phẩm", "triệu kWh", 3412, 3650, "ratio", "Phòng Kinh doanh", "Hằng tháng"),
        ("SX.02", "Tỷ lệ tổn thất điện năng", "%", 3.85, "≤ 3,60", "", "Phòng Kỹ thuật", "Cả năm"),
        (
            "SX.03",
            "Giá bán điện bình quân",
            "đồng/kWh",
            2105,
            2180,
            "ratio",
            "Phòng Kinh doanh",
            "Quý IV/2027",
        ),
        ("B", "ĐỘ TIN CẬY CUNG CẤP ĐIỆN"),
        (
            "TC.01",
            "Thời gian mất điện bình quân của khách hàng (SAIDI)",
            "phút",
            412,
            "≤ 380",
            "",
            "Phòng Điều độ",
            "Hằng quý",
        ),
        (
            "TC.02",
            "Số lần mất điện kéo dài bình quân (SAIFI)",
            "lần",
            3.1,
            "≤ 2,8",
            "",
            "Phòng Điều độ",
            "Hằng quý",
        ),
        ("C", "DỊCH VỤ KHÁCH HÀNG"),
        (
            "KH.01",
            "Tỷ lệ hóa đơn tiền điện thanh toán không dùng tiền mặt",
            "%",
            91.2,
            "≥ 95",
            "",
            "Phòng Kinh doanh",
            datetime.date(2027, 6, 30),
        ),
        (
            "KH.02",
            "Chỉ số hài lòng của khách hàng",
            "điểm",
            8.1,
            "≥ 8,3",
            "",
            "Văn phòng",
            "Theo kết quả khảo sát của Tổng công ty",
        ),
    ]
    for values in rows:
        sheet.append(list(values))
        row = sheet.max_row
        if len(values) == 2:
            sheet.cell(row, 1).font = Font(bold=True)
            sheet.cell(row, 2).font = Font(bold=True)
            sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
            continue
        if values[5] == "ratio":
            sheet.cell(row, 6).value = f"=ROUND(E{row}/D{row}*100,1)"
        if isinstance(values[7], datetime.date):
            sheet.cell(row, 8).number_format = "DD/MM/YYYY"
    sheet.append([])
    sheet.append(["", "Ghi chú: ĐVT - đơn vị tính; các chỉ tiêu có dấu ≤ là chỉ tiêu không vượt quá."])
    for column, width in zip("ABCDEFGH", [8, 46, 11, 13, 13, 12, 18, 22], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h140
def h140(h, path: Path) -> None:
    """A university's weekly calendar as one small table per day, each under its own day line and
    repeating the header; a chair column of persons, a participants column, a preparing unit."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    h.set_landscape(document.sections[0])
    document.styles["Normal"].font.size = Pt(11)
    h.national_header(
        document,
        ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC SƯ PHẠM NAM THÀNH"],
        "Nam Thành, ngày 12 tháng 3 năm 2027",
    )
    h.docx_paragraphs(document, ["LỊCH CÔNG TÁC TUẦN 12", "(Từ ngày 15/3/2027 đến ngày 21/3/2027)"])
    labels = ["Thời gian", "Nội dung", "Chủ trì", "Thành phần", "Đơn vị chuẩn bị", "Địa điểm"]
    days = [
        (
            "THỨ HAI (15/3/2027)",
            [
                (
                    "07h30",
                    "Chào cờ đầu tuần, giao ban Ban Giám hiệu",
                    "Hiệu trưởng",
                    "Ban Giám hiệu; trưởng các đơn vị",
                    "Phòng Hành chính - Tổng hợp",
                    "Phòng họp A1",
                ),
                (
                    "14h00",
                    "Họp Hội đồng tuyển sinh năm 2027",
                    "PHT Trần Văn Hậu",
                    "Thành viên Hội đồng",
                    "Phòng Đào tạo",
                    "Phòng họp A2",
                ),
            ],
        ),
        (
            "THỨ BA (16/3/2027)",
            [
                (
                    "08h00",
                    "Nghiệm thu đề tài khoa học công nghệ cấp trường đợt 1",
                    "PHT Lê Thị Minh Thư",
                    "Hội đồng nghiệm thu; chủ nhiệm đề tài",
                    "Phòng Khoa học công nghệ và Hợp tác quốc tế",
                    "Phòng họp B3",
                ),
            ],
        ),
        (
            "THỨ TƯ (17/3/2027)",
            [
                ("Cả ngày", "Ban Giám hiệu làm việc tại cơ quan", "", "", "", ""),
                (
                    "09h00",
                    "Tiếp Đoàn công tác Trường Đại học Khon Kaen (Thái Lan)",
                    "Hiệu trưởng",
                    "Lãnh đạo Khoa Ngữ văn, Khoa Lịch sử",
                    "Phòng Khoa học công nghệ và Hợp tác quốc tế",
                    "Phòng khách tầng 2",
                ),
            ],
        ),
        (
            "THỨ NĂM (18/3/2027)",
            [
                (
                    "14h00",
                    "Đối thoại giữa Hiệu trưởng với sinh viên năm 2027",
                    "Hiệu trưởng",
                    "Đại diện sinh viên các lớp",
                    "Phòng Công tác sinh viên; Đoàn Thanh niên",
                    "Hội trường lớn",
                ),
            ],
        ),
        (
            "THỨ SÁU (19/3/2027)",
            [
                (
                    "08h00",
                    "Kiểm tra cơ sở vật chất phục vụ thi kết thúc học phần",
                    "PHT Trần Văn Hậu",
                    "Phòng Quản trị thiết bị; Phòng Khảo thí",
                    "",
                    "Các giảng đường",
                ),
                (
                    "15h00",
                    "Họp Hội đồng thi đua, khen thưởng xét danh hiệu học kỳ I",
                    "Hiệu trưởng",
                    "Thành viên Hội đồng",
                    "Phòng Tổ chức cán bộ",
                    "Phòng họp A1",
                ),
            ],
        ),
        ("THỨ BẢY (20/3/2027) - CHỦ NHẬT (21/3/2027)", [("", "Không có lịch", "", "", "", "")]),
    ]
    for day, entries in days:
        paragraph = document.add_paragraph()
        paragraph.add_run(day).bold = True
        table = h.grid_table(document, labels, [0.8, 3.4, 1.4, 1.9, 1.9, 1.3])
        for entry in entries:
            h.fill_row(table, entry)
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: Lịch có thể thay đổi; các đơn vị theo dõi lịch trên Cổng thông tin điện tử của Trường.",
            "TL. HIỆU TRƯỞNG\nCHÁNH VĂN PHÒNG\n(đã ký)",
        ],
    )
    document.save(path)


def batch_h133() -> None:
    """Writes h133–h142's binaries (the .md, .html, .csv and .txt are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    # h140 was moved to the main corpus (README.md, "Moves"): written into ../docs.
    h140(h, MOVED / "h140_lich_tuan_dai_hoc_moi_ngay_mot_bang.docx")
    if not shutil.which("soffice"):
        print("soffice not found: the .xlsx, .xls, .odt and the PDFs were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        converted = [
            (h133_xlsx, "h133_theo_doi_nv_cuc_bvtv_han_cong_thuc.xlsx", "xlsx", MOVED),
            (h134_docx, "h134_tb_y_kien_chu_tich_tinh_tinh_tu_ngay_ky.docx", "pdf", MOVED),
            (h138_docx, "h138_ctr_hoi_lhpn_tinh_nhiem_vu_n_tham_muu_sau.docx", "odt", MOVED),
            (h139_xlsx, "h139_chi_tieu_dien_luc_thuc_hien_ke_hoach_nam.xlsx", "xls", DOCS),
        ]
        for write, name, extension, target in converted:
            source = tmp / "src" / name
            source.parent.mkdir(exist_ok=True)
            write(h, source)
            h.soffice_convert(source, extension, target / f"{Path(name).stem}.{extension}")
        name = "h137_ctr_kiem_tra_giam_sat_dang_uy_xa_ban_quet"
        h137_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        # h137 was moved to the main corpus (README.md, "Moves"): written into ../docs.
        h.rasterise(tmp / f"{name}.pdf", MOVED / f"{name}.pdf")
