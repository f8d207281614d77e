"""Writes the held-out documents that are not plain text (docs/h07…h112 binaries, h84/h96 legacy-encoded text, h11's, h44's, h59's and h111's CSV).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py`. Every text
below is own-authored (other names, units, places, dates, tasks) in a layout seen on public
portals in 2026; no third-party text is stored. The plain-text documents (.txt, .html) are
written by hand and live beside the output. Unlike `../make_docs.py`, this script writes
**only the documents**: their expected items (`expected/`) were written by hand from the
document text before the importer was first run on them (the held-out rule, `README.md`).
.odt and the scan need LibreOffice (`soffice`) and pypdfium2; their bytes differ run to run,
so regenerate only on purpose.
"""

# ruff: noqa: E501 — document text is data: long lines.

import csv
import datetime
import io
import itertools
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
# The documents moved to the main corpus after they were used for tuning (README.md, "Moves").
MOVED = HERE.parent / "docs"


def soffice_convert(source: Path, target_ext: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                target_ext,
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copyfile(Path(tmp) / f"{source.stem}.{target_ext}", target)


def rasterise(pdf: Path, target: Path, scale: float = 200 / 72) -> None:
    """An image-only PDF (about 200 dpi, grey then thresholded) of every page of `pdf`."""
    import pypdfium2
    from PIL import Image

    document = pypdfium2.PdfDocument(str(pdf))
    pages = [document[index].render(scale=scale).to_pil().convert("L") for index in range(len(document))]
    # a slight skew, as a page fed to a scanner by hand
    pages = [page.rotate(0.4, expand=False, fillcolor=255) for page in pages]
    pages = [page.point(lambda value: 255 if value > 170 else 0).convert("1") for page in pages]
    first, rest = pages[0], pages[1:]
    assert isinstance(first, Image.Image)
    first.save(target, "PDF", resolution=72 * scale, save_all=True, append_images=rest)


def national_header(document, left: list[str], place_date: str) -> None:
    """The two-column heading offices print: issuing body left, national motto right (a borderless table)."""
    table = document.add_table(rows=len(left), cols=2)
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", place_date]
    for index in range(len(left)):
        table.cell(index, 0).text = left[index]
        table.cell(index, 1).text = right[index] if index < len(right) else ""


def fill_row(table, values) -> None:
    for cell, value in zip(table.add_row().cells, values, strict=True):
        cell.text = value


# --------------------------------------------------------------------------------------------- h07
def h07(path: Path) -> None:
    """A provincial People's Committee's yearly programme: items grouped under month rows, no time column."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "Số: 25/QĐ-UBND"],
        "Tuyên Quang, ngày 12 tháng 01 năm 2026",
    )
    for text in (
        "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026 CỦA ỦY BAN NHÂN DÂN TỈNH",
        "(Kèm theo Quyết định số 25/QĐ-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh)",
    ):
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells,
        ["STT", "Tên đề án, nội dung trình", "Cơ quan chủ trì soạn thảo", "Cấp trình", "Ghi chú"],
        strict=True,
    ):
        cell.text = label
    groups = [
        (
            "THÁNG 01",
            [
                (
                    "Kế hoạch hành động thực hiện Nghị quyết của HĐND tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm 2026",
                    "Sở Tài chính",
                    "UBND tỉnh",
                    "",
                ),
                (
                    "Quy định phân cấp quản lý nhà nước về an toàn thực phẩm trên địa bàn tỉnh",
                    "Sở Y tế",
                    "UBND tỉnh",
                    "Quyết định QPPL",
                ),
                (
                    "Phương án bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán Bính Ngọ 2026",
                    "Sở Xây dựng (phối hợp: Công an tỉnh)",
                    "Chủ tịch UBND tỉnh",
                    "",
                ),
            ],
        ),
        (
            "THÁNG 02",
            [
                (
                    "Đề án phát triển du lịch cộng đồng gắn với bảo tồn văn hóa các dân tộc giai đoạn 2026 - 2030",
                    "Sở Văn hóa, Thể thao và Du lịch",
                    "HĐND tỉnh",
                    "",
                ),
                (
                    "Kế hoạch tuyển sinh vào lớp 10 trung học phổ thông năm học 2026 - 2027",
                    "Sở Giáo dục và Đào tạo",
                    "UBND tỉnh",
                    "",
                ),
            ],
        ),
        (
            "THÁNG 3",
            [
                (
                    "Báo cáo tình hình kinh tế - xã hội quý I, nhiệm vụ trọng tâm quý II năm 2026",
                    "Sở Tài chính",
                    "UBND tỉnh",
                    "Phiên họp thường kỳ",
                ),
                (
                    "Quy định giá dịch vụ thoát nước và xử lý nước thải sinh hoạt trên địa bàn tỉnh",
                    "Sở Xây dựng",
                    "UBND tỉnh",
                    "Quyết định QPPL",
                ),
            ],
        ),
        (
            "QUÝ III",
            [
                (
                    "Nghị quyết quy định chính sách hỗ trợ phát triển hợp tác xã nông nghiệp giai đoạn 2026 - 2030",
                    "Sở Nông nghiệp và Môi trường",
                    "HĐND tỉnh",
                    "Nghị quyết QPPL",
                ),
                (
                    "Đề án sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập thuộc UBND tỉnh",
                    "Sở Nội vụ",
                    "UBND tỉnh",
                    "",
                ),
            ],
        ),
        (
            "CÁC NỘI DUNG TRÌNH ĐỊNH KỲ",
            [
                (
                    "Báo cáo công tác phòng, chống tham nhũng, tiêu cực",
                    "Thanh tra tỉnh",
                    "UBND tỉnh",
                    "Hằng quý",
                ),
                (
                    "Báo cáo kết quả giải quyết thủ tục hành chính trên Cổng Dịch vụ công của tỉnh",
                    "Văn phòng UBND tỉnh",
                    "Chủ tịch UBND tỉnh",
                    "Hằng tháng",
                ),
            ],
        ),
    ]
    for group, rows in groups:
        cells = table.add_row().cells
        cells[0].merge(cells[-1]).text = group
        for number, (content, lead, level, note) in enumerate(rows, start=1):
            fill_row(table, [str(number), content, lead, level, note])
    document.add_paragraph(
        "Ghi chú: Thời gian trình là thời gian cơ quan chủ trì gửi hồ sơ đến Văn phòng UBND tỉnh; "
        "nội dung trình HĐND tỉnh gửi trước kỳ họp ít nhất 20 ngày."
    )
    document.add_paragraph(
        "Nơi nhận:\n- TT Tỉnh ủy, TT HĐND tỉnh (b/c);\n- Các sở, ban, ngành;\n- Lưu: VT, TH."
    )
    document.save(path)


# --------------------------------------------------------------------------------------------- h08
def h08_docx(path: Path) -> None:
    """A Department of Health plan: prose body, 'Tổ chức thực hiện' per unit, then an appendix table of tasks."""
    from docx import Document

    document = Document()
    national_header(
        document, ["UBND TỈNH ĐỒNG THÁP", "SỞ Y TẾ", "Số: 45/KH-SYT"], "Đồng Tháp, ngày 20 tháng 01 năm 2026"
    )
    for text in (
        "KẾ HOẠCH",
        "Phòng, chống bệnh truyền nhiễm trên địa bàn tỉnh năm 2026",
        "Căn cứ tình hình dịch bệnh năm 2025 và dự báo năm 2026, Sở Y tế ban hành Kế hoạch phòng, chống bệnh truyền nhiễm năm 2026 như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "Chủ động phát hiện sớm, khoanh vùng và xử lý kịp thời các ổ dịch, không để dịch lớn xảy ra; giảm số mắc và tử vong do bệnh truyền nhiễm so với năm 2025.",
        "2. Yêu cầu",
        "Các đơn vị xác định phòng, chống dịch là nhiệm vụ trọng tâm, gắn trách nhiệm người đứng đầu với kết quả thực hiện.",
        "II. NHIỆM VỤ",
        "Nhiệm vụ, đơn vị chủ trì và thời gian hoàn thành chi tiết tại Phụ lục kèm theo Kế hoạch này.",
        "III. KINH PHÍ",
        "Kinh phí thực hiện từ nguồn ngân sách sự nghiệp y tế năm 2026 đã giao cho các đơn vị và các nguồn hợp pháp khác.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Trung tâm Kiểm soát bệnh tật: Là đầu mối theo dõi, hướng dẫn chuyên môn các đơn vị triển khai Kế hoạch; tổng hợp kết quả thực hiện, báo cáo Sở Y tế trước ngày 15/12/2026.",
        "2. Các bệnh viện, trung tâm y tế khu vực: Căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị, gửi về Sở Y tế (qua Phòng Nghiệp vụ Y) trước ngày 31/3/2026.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo Giám đốc Sở (qua Phòng Nghiệp vụ Y) để xem xét, giải quyết./.",
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Các đơn vị trực thuộc;\n- Lưu: VT, NVY.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHuỳnh Thị Kim Loan",
        "PHỤ LỤC",
        "DANH MỤC NHIỆM VỤ PHÒNG, CHỐNG BỆNH TRUYỀN NHIỄM NĂM 2026",
        "(Kèm theo Kế hoạch số 45/KH-SYT ngày 20/01/2026 của Sở Y tế)",
    ):
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells,
        ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian hoàn thành"],
        strict=True,
    ):
        cell.text = label
    rows = [
        ("I", "Công tác chỉ đạo, điều hành", None),
        (
            "1",
            "Xây dựng kịch bản ứng phó với các tình huống dịch bệnh truyền nhiễm nhóm A",
            (
                "Phòng Nghiệp vụ Y",
                "Trung tâm Kiểm soát bệnh tật",
                "Quyết định của Giám đốc Sở",
                "Tháng 3/2026",
            ),
        ),
        (
            "2",
            "Kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh của ngành y tế",
            ("Văn phòng Sở", "Phòng Tổ chức cán bộ", "Quyết định kiện toàn", "Quý I"),
        ),
        ("II", "Giám sát, phòng, chống dịch", None),
        (
            "1",
            "Giám sát chủ động bệnh sốt xuất huyết Dengue tại các ổ dịch cũ",
            (
                "Trung tâm Kiểm soát bệnh tật",
                "Các trung tâm y tế khu vực",
                "Báo cáo giám sát",
                "Thường xuyên",
            ),
        ),
        (
            "2",
            "Tổ chức tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi tại vùng nguy cơ cao",
            (
                "Trung tâm Kiểm soát bệnh tật",
                "Trạm y tế xã, phường",
                "Báo cáo kết quả chiến dịch",
                "Từ tháng 4 đến tháng 6/2026",
            ),
        ),
        (
            "3",
            "Chuẩn bị cơ số thuốc, vật tư, giường bệnh điều trị người bệnh truyền nhiễm",
            (
                "Bệnh viện Đa khoa tỉnh",
                "Bệnh viện Phổi; Bệnh viện Y dược cổ truyền",
                "Khu điều trị sẵn sàng tiếp nhận",
                "Trước 30/4/2026",
            ),
        ),
        ("III", "Truyền thông, kiểm tra, giám sát", None),
        (
            "1",
            "Truyền thông phòng, chống bệnh tay chân miệng tại các trường mầm non",
            ("Trung tâm Kiểm soát bệnh tật", "Sở Giáo dục và Đào tạo", "Tin, bài, tờ rơi", "Hằng tháng"),
        ),
        (
            "2",
            "Kiểm tra công tác phòng, chống dịch tại các cơ sở khám bệnh, chữa bệnh",
            ("Thanh tra Sở", "Phòng Nghiệp vụ Y", "Kết luận kiểm tra", "Quý III/2026"),
        ),
        (
            "3",
            "Sơ kết 6 tháng thực hiện Kế hoạch, đề xuất điều chỉnh nhiệm vụ",
            ("Phòng Nghiệp vụ Y", "Các đơn vị", "Báo cáo sơ kết", "Trước 10/7/2026"),
        ),
    ]
    for number, content, rest in rows:
        if rest is None:
            cells = table.add_row().cells
            cells[0].text = number
            cells[1].merge(cells[-1]).text = content.upper()
        else:
            fill_row(table, [number, content, *rest])
    document.save(path)


# --------------------------------------------------------------------------------------------- h09
def h09(path: Path) -> None:
    """An e-office system's export of assigned tasks: metadata rows, real date cells, a person column, a total row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "DanhSachNhiemVu"
    sheet["A1"] = "BÁO CÁO DANH SÁCH NHIỆM VỤ ĐƯỢC GIAO"
    sheet["A1"].font = Font(bold=True)
    sheet["A2"] = "Đơn vị: Sở Khoa học và Công nghệ"
    sheet["A3"] = "Từ ngày: 01/01/2026   Đến ngày: 31/03/2026"
    sheet["A4"] = "Ngày xuất báo cáo: 02/04/2026 09:14"
    header = [
        "STT",
        "Số, ký hiệu văn bản",
        "Trích yếu nhiệm vụ",
        "Người giao",
        "Đơn vị chủ trì xử lý",
        "Đơn vị phối hợp",
        "Ngày giao",
        "Hạn xử lý",
        "Tình trạng",
    ]
    sheet.append([])
    sheet.append(header)
    for cell in sheet[6]:
        cell.font = Font(bold=True)
    d = datetime.datetime
    rows = [
        (
            "12/KH-SKHCN",
            "Tổ chức đánh giá nghiệm thu các nhiệm vụ khoa học và công nghệ cấp tỉnh kết thúc năm 2025",
            "Nguyễn Thanh Bình",
            "Phòng Quản lý khoa học",
            "Phòng Kế hoạch - Tài chính",
            d(2026, 1, 5),
            d(2026, 3, 31),
            "Đang xử lý",
        ),
        (
            "218/UBND-KT",
            "Tham mưu báo cáo tình hình đổi mới sáng tạo của doanh nghiệp trên địa bàn tỉnh",
            "Lê Thị Hồng",
            "Phòng Quản lý công nghệ và đổi mới sáng tạo",
            None,
            d(2026, 1, 12),
            d(2026, 1, 20),
            "Hoàn thành",
        ),
        (
            "05/TB-SKHCN",
            "Rà soát danh mục phương tiện đo phải kiểm định trong lĩnh vực y tế",
            "Nguyễn Thanh Bình",
            "Chi cục Tiêu chuẩn Đo lường Chất lượng",
            "Sở Y tế",
            d(2026, 1, 19),
            d(2026, 2, 27),
            "Quá hạn",
        ),
        (
            "31/KH-UBND",
            "Xây dựng Cổng thông tin sở hữu trí tuệ của tỉnh",
            "Trần Quốc Việt",
            "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
            "Phòng Quản lý công nghệ và đổi mới sáng tạo",
            d(2026, 2, 2),
            None,
            "Đang xử lý",
        ),
        (
            "44/SKHCN-VP",
            "Cập nhật hồ sơ công việc lên Hệ thống quản lý văn bản và điều hành",
            "Lê Thị Hồng",
            "Văn phòng Sở",
            "Các phòng, đơn vị thuộc Sở",
            d(2026, 2, 9),
            "Thường xuyên",
            "Đang xử lý",
        ),
        (
            "09/QĐ-SKHCN",
            "Thanh tra việc chấp hành quy định về an toàn bức xạ tại các cơ sở X-quang y tế",
            "Trần Quốc Việt",
            "Thanh tra Sở",
            "Phòng Quản lý chuyên ngành",
            d(2026, 2, 23),
            d(2026, 5, 15),
            "Chưa xử lý",
        ),
        (
            "55/UBND-VX",
            "Góp ý dự thảo Đề án phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh",
            "Nguyễn Thanh Bình",
            "Phòng Quản lý công nghệ và đổi mới sáng tạo",
            None,
            d(2026, 3, 10),
            d(2026, 3, 17),
            "Hoàn thành",
        ),
    ]
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
        for column in ("G", "H"):
            sheet[f"{column}{sheet.max_row}"].number_format = "dd/mm/yyyy"
    sheet.append([])
    sheet.append(["Tổng số: 7 nhiệm vụ (Hoàn thành: 2; Đang xử lý: 3; Quá hạn: 1; Chưa xử lý: 1)"])
    for column, width in zip("ABCDEFGHI", [6, 14, 60, 18, 36, 30, 12, 12, 12], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h10
def h10(path: Path) -> None:
    """A hospital's indicator targets on two sheets: a parent row with its own target over sub-rows, ≥/≤ targets."""
    from openpyxl import Workbook

    workbook = Workbook()
    header = [
        "TT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Thực hiện năm 2025",
        "Kế hoạch năm 2026",
        "Khoa, phòng thực hiện",
    ]
    first = workbook.active
    first.title = "Chuyên môn"
    first.append(["BỆNH VIỆN ĐA KHOA TỈNH BẠC LIÊU"])
    first.append(["CHỈ TIÊU KẾ HOẠCH CHUYÊN MÔN NĂM 2026"])
    first.append(["(Kèm theo Quyết định số 118/QĐ-BVĐK ngày 08/01/2026 của Giám đốc Bệnh viện)"])
    first.append(header)
    for row in (
        ("1", "Tổng số lượt khám bệnh", "Lượt", "176.420", "185.000", "Khoa Khám bệnh"),
        ("2", "Số người bệnh điều trị nội trú", "Người", "20.937", "21.500", "Các khoa lâm sàng"),
        ("3", "Công suất sử dụng giường bệnh", "%", "93,4", "≥ 90", "Phòng Kế hoạch tổng hợp"),
        ("4", "Số ca phẫu thuật", "Ca", "5.874", "6.200", "Khoa Phẫu thuật - Gây mê hồi sức"),
        ("4.1", "Phẫu thuật loại đặc biệt và loại I", "Ca", "1.702", "1.800", "Khoa Ngoại tổng hợp"),
        ("4.2", "Phẫu thuật nội soi", "Ca", "1.955", "2.100", "Khoa Ngoại tổng hợp"),
        (
            "5",
            "Tỷ lệ người bệnh nội trú hài lòng với dịch vụ y tế",
            "%",
            "95,1",
            "≥ 95",
            "Phòng Quản lý chất lượng",
        ),
    ):
        first.append(list(row))
    second = workbook.create_sheet("Tài chính")
    second.append(["CHỈ TIÊU TÀI CHÍNH NĂM 2026"])
    second.append(header)
    for row in (
        ("1", "Tổng thu sự nghiệp", "Triệu đồng", "298.650", "312.000", "Phòng Tài chính kế toán"),
        (
            "2",
            "Tỷ lệ kinh phí chi thường xuyên tiết kiệm được",
            "%",
            "8,2",
            "≥ 10",
            "Phòng Tài chính kế toán",
        ),
        (
            "3",
            "Tỷ lệ chi phí khám bệnh, chữa bệnh BHYT bị xuất toán",
            "%",
            "1,9",
            "≤ 1,5",
            "Phòng Kế hoạch tổng hợp",
        ),
    ):
        second.append(list(row))
    for sheet in (first, second):
        for column, width in zip("ABCDEF", [6, 55, 12, 14, 14, 34], strict=True):
            sheet.column_dimensions[column].width = width
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h11
def h11(path: Path) -> None:
    """A task list exported as CSV by a district system: BOM, ';', CRLF, a title line, a cell with a line break."""
    rows = [
        ["Danh sách nhiệm vụ UBND huyện Đông Sơn giao quý I - II năm 2025 (trích xuất ngày 06/01/2025)"],
        ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Ghi chú"],
        [
            "1",
            "Hoàn thành hồ sơ bàn giao mặt bằng dự án đường vành đai phía Bắc",
            "Ban Quản lý dự án đầu tư xây dựng huyện",
            "Phòng Tài nguyên và Môi trường; UBND xã Đông Hòa",
            "15-03-2025",
            "",
        ],
        [
            "2",
            "Tổ chức kiểm tra an toàn thực phẩm dịp Tết Nguyên đán Ất Tỵ",
            "Phòng Y tế",
            "Phòng Kinh tế và Hạ tầng; Công an huyện",
            "25-01-2025",
            "Đoàn liên ngành",
        ],
        [
            "3",
            "Rà soát, cập nhật hộ nghèo, hộ cận nghèo phát sinh\n(theo chuẩn nghèo giai đoạn 2022 - 2025)",
            "Phòng Lao động - Thương binh và Xã hội",
            "UBND các xã, thị trấn",
            "Quý II/2025",
            "",
        ],
        [
            "4",
            "Kiểm tra việc lấn chiếm hành lang an toàn giao thông trên tuyến Quốc lộ 47",
            "Phòng Kinh tế và Hạ tầng",
            "Đội Quản lý trật tự đô thị",
            "Hằng tháng",
            "",
        ],
        [
            "5",
            "Xây dựng Kế hoạch tổ chức Đại hội Thể dục thể thao huyện lần thứ VII",
            "Phòng Văn hóa và Thông tin",
            "Trung tâm Văn hóa - Thể thao",
            "30-04-2025",
            "",
        ],
        [
            "6",
            "Tổng hợp, đề xuất danh mục dự án đầu tư công năm 2026",
            "Phòng Tài chính - Kế hoạch",
            "Các cơ quan, đơn vị",
            "30-06-2025",
            "Gửi kèm biểu mẫu 01, 02",
        ],
        [
            "7",
            "Giải quyết dứt điểm đơn kiến nghị của công dân thôn Phú Lâm về tranh chấp đất",
            "UBND xã Đông Phú",
            "Thanh tra huyện",
            "Theo chỉ đạo của Chủ tịch UBND huyện",
            "",
        ],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(("\ufeff" + buffer.getvalue()).encode("utf-8"))


# --------------------------------------------------------------------------------------------- h12
def h12(path: Path) -> None:
    """A directive (chỉ thị): tasks per body under '1. Giám đốc Công an tỉnh:' labels, dash items, a closing assignment."""
    from docx import Document

    document = Document()
    national_header(
        document, ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "Số: 03/CT-UBND"], "Đắk Lắk, ngày 09 tháng 01 năm 2026"
    )
    for text in (
        "CHỈ THỊ",
        "Về tăng cường công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ mùa khô năm 2026",
        "Mùa khô năm 2026 được dự báo nắng nóng gay gắt, kéo dài; nguy cơ cháy nhà dân, chợ, cơ sở sản xuất và cháy rừng ở mức cao. Để chủ động phòng ngừa, hạn chế thấp nhất thiệt hại do cháy, nổ gây ra, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
        "1. Giám đốc Công an tỉnh:",
        "- Chủ trì tổ chức kiểm tra an toàn phòng cháy, chữa cháy tại các chợ, trung tâm thương mại, nhà trọ, cơ sở karaoke; hoàn thành trước ngày 30/4/2026.",
        "- Bố trí lực lượng, phương tiện thường trực chữa cháy 24/24 giờ; thường xuyên kiểm tra, bảo dưỡng phương tiện, bảo đảm sẵn sàng xử lý khi có cháy xảy ra.",
        "2. Giám đốc Sở Công Thương:",
        "- Phối hợp với Công ty Điện lực tỉnh rà soát hệ thống điện tại các khu dân cư, chợ, cụm công nghiệp; báo cáo kết quả về UBND tỉnh trước ngày 15/3/2026.",
        "3. Giám đốc Sở Nông nghiệp và Môi trường:",
        "- Cập nhật bản đồ cảnh báo nguy cơ cháy rừng; thông báo cấp dự báo cháy rừng hằng ngày trên các phương tiện thông tin đại chúng.",
        "- Hướng dẫn các chủ rừng xây dựng, phê duyệt phương án phòng cháy, chữa cháy rừng, xong trước ngày 31/01/2026.",
        "4. Báo và Phát thanh, Truyền hình Đắk Lắk: Mở chuyên mục tuyên truyền kỹ năng phòng cháy, thoát nạn trong mùa khô, phát sóng hằng tuần.",
        "5. Chủ tịch UBND các xã, phường:",
        "- Kiện toàn đội dân phòng, tổ liên gia an toàn phòng cháy, chữa cháy ở thôn, buôn, tổ dân phố trước ngày 28/02/2026.",
        "Giao Công an tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này; định kỳ hằng quý tổng hợp, báo cáo Chủ tịch UBND tỉnh.",
        "Yêu cầu Giám đốc các sở, ban, ngành, Chủ tịch UBND các xã, phường nghiêm túc thực hiện Chỉ thị này./.",
        "Nơi nhận:\n- Bộ Công an (b/c);\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- Lưu: VT, NC.",
        "CHỦ TỊCH\nVõ Đình Khang",
    ):
        document.add_paragraph(text)
    document.save(path)


# --------------------------------------------------------------------------------------------- h14
def h14_docx(path: Path) -> None:
    """A commune chairman's meeting conclusions, to be printed and scanned: topic headings, tasks as paragraphs."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    national_header(
        document,
        ["UBND XÃ HÒA PHÚ", "VĂN PHÒNG HĐND VÀ UBND", "Số: 87/TB-VP"],
        "Hòa Phú, ngày 02 tháng 10 năm 2026",
    )
    for text in (
        "THÔNG BÁO",
        "Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 9 năm 2026",
        "Ngày 30/9/2026, đồng chí Đặng Văn Toàn, Chủ tịch UBND xã chủ trì cuộc họp giao ban đánh giá kết quả công tác tháng 9 và triển khai nhiệm vụ tháng 10 năm 2026. Sau khi nghe báo cáo và ý kiến của các đại biểu, Chủ tịch UBND xã kết luận như sau:",
        "1. Về công tác thu ngân sách",
        "Giao Phòng Kinh tế chủ trì, phối hợp với Thuế cơ sở 5 rà soát các khoản thu còn tồn đọng, đề xuất giải pháp tăng thu, báo cáo UBND xã trước ngày 10/10/2026.",
        "2. Về đầu tư xây dựng, giải phóng mặt bằng",
        "Ban Quản lý dự án đầu tư xây dựng xã đẩy nhanh tiến độ thi công Trường Tiểu học Hòa Phú 2, bảo đảm bàn giao đưa vào sử dụng trong tháng 12/2026.",
        "Văn phòng HĐND và UBND xã phối hợp với Phòng Kinh tế niêm yết công khai phương án bồi thường, hỗ trợ dự án mở rộng chợ Hòa Phú.",
        "3. Về văn hóa - xã hội",
        "Phòng Văn hóa - Xã hội tham mưu tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các thôn, hoàn thành trước ngày 18/11/2026.",
        "Trạm Y tế xã tăng cường phun hóa chất diệt muỗi tại các thôn có ca mắc sốt xuất huyết; báo cáo tình hình dịch hằng tuần.",
        "Trung tâm Phục vụ hành chính công xã thường xuyên theo dõi, bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%.",
        "Văn phòng HĐND và UBND xã thông báo để các cơ quan, đơn vị biết, thực hiện./.",
        "Nơi nhận:\n- TT Đảng ủy, TT HĐND xã;\n- Chủ tịch, các PCT UBND xã;\n- Lưu: VT.",
        "CHÁNH VĂN PHÒNG\nLê Thị Thu Hà",
    ):
        document.add_paragraph(text)
    document.save(path)


# --------------------------------------------------------------------------------------------- h17
def h17(path: Path) -> None:
    """A commune's socio-economic indicator targets: A./B./C. group rows, two value columns, a monitoring body."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN THÀNH", "Số: 14/QĐ-UBND"],
        "Tân Thành, ngày 15 tháng 01 năm 2026",
    )
    for text in (
        "PHỤ LỤC",
        "CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026",
        "(Kèm theo Quyết định số 14/QĐ-UBND ngày 15/01/2026 của UBND xã Tân Thành)",
    ):
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells,
        [
            "TT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Ước thực hiện năm 2025",
            "Kế hoạch năm 2026",
            "Cơ quan chủ trì theo dõi",
        ],
        strict=True,
    ):
        cell.text = label
    rows = [
        ("A", "CHỈ TIÊU KINH TẾ", None),
        (
            "1",
            "Tổng thu ngân sách nhà nước trên địa bàn",
            ("Triệu đồng", "41.250", "45.000", "Phòng Kinh tế"),
        ),
        ("2", "Tổng diện tích gieo trồng cây hằng năm", ("Ha", "3.820", "3.850", "Phòng Kinh tế")),
        ("3", "Số hợp tác xã thành lập mới", ("HTX", "2", "3", "Phòng Kinh tế")),
        ("B", "CHỈ TIÊU XÃ HỘI", None),
        ("4", "Tỷ lệ hộ nghèo giảm trong năm", ("%", "1,2", "1,0", "Phòng Văn hóa - Xã hội")),
        ("5", "Tỷ lệ dân số tham gia bảo hiểm y tế", ("%", "93,5", "≥ 95", "Trạm Y tế xã")),
        ("6", "Số lao động được tạo việc làm mới", ("Người", "410", "450", "Phòng Văn hóa - Xã hội")),
        ("C", "CHỈ TIÊU MÔI TRƯỜNG", None),
        ("7", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", ("%", "88", "90", "Phòng Kinh tế")),
        ("8", "Tỷ lệ hộ dân sử dụng nước sạch đạt quy chuẩn", ("%", "71", "75", "Phòng Kinh tế")),
    ]
    for number, content, rest in rows:
        if rest is None:
            cells = table.add_row().cells
            cells[0].text = number
            cells[1].merge(cells[-1]).text = content
        else:
            fill_row(table, [number, content, *rest])
    document.save(path)


# --------------------------------------------------------------------------------------------- h19
def h19(path: Path) -> None:
    """A university's plan: tasks numbered 1.1, 1.2 under group headings, '- Đơn vị thực hiện:' / '- Tiến độ:' / '- Sản phẩm:' lines."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC KINH TẾ MIỀN TRUNG", "Số: 216/KH-ĐHKTMT"],
        "Quảng Ngãi, ngày 05 tháng 02 năm 2026",
    )
    for text in (
        "KẾ HOẠCH",
        "Chuyển đổi số trong hoạt động của Nhà trường năm 2026",
        "I. MỤC TIÊU",
        "Đến hết năm 2026, 100% hồ sơ công việc của các đơn vị được xử lý trên môi trường mạng; 80% học phần có bài giảng trực tuyến.",
        "II. NHIỆM VỤ CỤ THỂ",
        "1. Hạ tầng và dữ liệu",
        "1.1. Nâng cấp hệ thống mạng không dây tại các giảng đường khu A và khu B",
        "- Đơn vị thực hiện: Phòng Quản trị thiết bị; phối hợp: Trung tâm Thông tin - Thư viện.",
        "- Tiến độ: Hoàn thành trong quý II/2026.",
        "- Sản phẩm: Hệ thống mạng được nghiệm thu.",
        "1.2. Xây dựng kho dữ liệu dùng chung về người học, kết nối với cơ sở dữ liệu ngành giáo dục",
        "- Đơn vị thực hiện: Trung tâm Thông tin - Thư viện.",
        "- Tiến độ: Tháng 9/2026.",
        "- Sản phẩm: Kho dữ liệu vận hành chính thức.",
        "2. Đào tạo và quản trị",
        "2.1. Số hóa học liệu, xây dựng bài giảng trực tuyến cho các học phần đại cương",
        "- Đơn vị thực hiện: Các khoa chuyên môn; Phòng Đào tạo hướng dẫn, kiểm tra.",
        "- Tiến độ: Từ tháng 3 đến tháng 11/2026.",
        "- Sản phẩm: Học liệu số được Hội đồng thẩm định thông qua.",
        "2.2. Triển khai chữ ký số cho viên chức quản lý và giảng viên",
        "- Đơn vị thực hiện: Phòng Hành chính - Tổng hợp.",
        "- Tiến độ: Trước ngày 30/4/2026.",
        "- Sản phẩm: Chứng thư số được cấp cho 100% viên chức quản lý.",
        "2.3. Tập huấn kỹ năng số cho viên chức, người lao động",
        "- Đơn vị thực hiện: Phòng Tổ chức cán bộ.",
        "- Tiến độ: Hằng năm.",
        "- Sản phẩm: Các lớp tập huấn.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Phòng Hành chính - Tổng hợp là đầu mối theo dõi, tổng hợp tình hình thực hiện Kế hoạch, báo cáo Hiệu trưởng trước ngày 20/12/2026.",
        "Nơi nhận:\n- Ban Giám hiệu;\n- Các đơn vị;\n- Lưu: VT, HCTH.",
        "HIỆU TRƯỞNG\nPGS.TS. Phan Minh Khôi",
    ):
        document.add_paragraph(text)
    document.save(path)


# --------------------------------------------------------------------------------------------- h20
def h20(path: Path) -> None:
    """A department's weekly calendar exported to Excel: the date repeated on every row as a date cell, a leader column, a preparing-unit column."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Lịch tuần"
    sheet.append(["LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO SỞ TƯ PHÁP"])
    sheet.append(["Tuần 37 (từ 07/9/2026 đến 11/9/2026)"])
    sheet.append(
        [
            "Ngày",
            "Thời gian",
            "Nội dung công việc",
            "Lãnh đạo chủ trì",
            "Thành phần",
            "Địa điểm",
            "Đơn vị chuẩn bị",
        ]
    )
    d = datetime.datetime
    rows = [
        (
            d(2026, 9, 7),
            "07h30",
            "Giao ban lãnh đạo Sở và trưởng các phòng, đơn vị",
            "GĐ Phan Thanh Tùng",
            "Lãnh đạo Sở; trưởng các phòng, đơn vị",
            "Phòng họp tầng 3",
            "Văn phòng Sở",
        ),
        (
            d(2026, 9, 7),
            "14h00",
            "Họp Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
            "PGĐ Võ Thị Lan",
            "Thành viên Hội đồng",
            "Hội trường UBND tỉnh",
            "Phòng Phổ biến, giáo dục pháp luật",
        ),
        (
            d(2026, 9, 8),
            "08h00",
            "Thẩm định dự thảo Quyết định quy định bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất",
            "PGĐ Nguyễn Hữu Phước",
            "Sở Nông nghiệp và Môi trường; Sở Tài chính",
            "Phòng họp tầng 2",
            "Phòng Xây dựng và kiểm tra văn bản",
        ),
        (
            d(2026, 9, 9),
            "Cả ngày",
            "Kiểm tra công tác chứng thực tại UBND xã Phước An, xã Hòa Thịnh",
            "PGĐ Võ Thị Lan",
            "Đoàn kiểm tra theo Quyết định số 215/QĐ-STP",
            "Xã Phước An, xã Hòa Thịnh",
            "Phòng Hành chính tư pháp",
        ),
        (
            d(2026, 9, 10),
            "08h00",
            "Tiếp công dân định kỳ tháng 9",
            "GĐ Phan Thanh Tùng",
            "Thanh tra Sở",
            "Trụ sở tiếp công dân tỉnh",
            "Thanh tra Sở",
        ),
        (
            d(2026, 9, 10),
            "15h00",
            "Làm việc với Trung tâm Trợ giúp pháp lý nhà nước về kết quả 9 tháng",
            "GĐ Phan Thanh Tùng",
            None,
            "Trung tâm Trợ giúp pháp lý",
            "Trung tâm Trợ giúp pháp lý nhà nước",
        ),
        (
            d(2026, 9, 11),
            "08h00",
            "Dự Hội nghị trực tuyến của Bộ Tư pháp về công tác thi hành án dân sự",
            "PGĐ Nguyễn Hữu Phước",
            None,
            "Điểm cầu UBND tỉnh",
            None,
        ),
        (d(2026, 9, 11), "14h00", "Lãnh đạo Sở làm việc tại cơ quan", None, None, None, None),
    ]
    for row in rows:
        sheet.append(list(row))
        sheet[f"A{sheet.max_row}"].number_format = "dd/mm/yyyy"
    for column, width in zip("ABCDEFG", [12, 10, 60, 22, 36, 26, 34], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h21
def h21(path: Path) -> None:
    """A ministry's yearly programme: two-row header with two submission deadlines (to the Minister, to the Government), A./B. sections."""
    from docx import Document

    document = Document()
    national_header(document, ["BỘ XÂY DỰNG", "", "Số: 38/QĐ-BXD"], "Hà Nội, ngày 16 tháng 01 năm 2026")
    for text in (
        "CHƯƠNG TRÌNH XÂY DỰNG VĂN BẢN, ĐỀ ÁN NĂM 2026 CỦA BỘ XÂY DỰNG",
        "(Ban hành kèm theo Quyết định số 38/QĐ-BXD ngày 16/01/2026 của Bộ trưởng Bộ Xây dựng)",
    ):
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=7)
    table.style = "Table Grid"
    top = [
        "TT",
        "Tên văn bản, đề án",
        "Đơn vị chủ trì",
        "Lãnh đạo Bộ phụ trách",
        "Thời hạn trình",
        "",
        "Ghi chú",
    ]
    for cell, label in zip(table.rows[0].cells, top, strict=True):
        cell.text = label
    table.cell(1, 4).text = "Lãnh đạo Bộ"
    table.cell(1, 5).text = "Chính phủ, Thủ tướng Chính phủ"
    table.cell(0, 4).merge(table.cell(0, 5))
    table.cell(0, 4).text = "Thời hạn trình"
    for column in (0, 1, 2, 3, 6):
        table.cell(0, column).merge(table.cell(1, column))
    sections = [
        (
            "A. CÁC VĂN BẢN, ĐỀ ÁN TRÌNH CHÍNH PHỦ, THỦ TƯỚNG CHÍNH PHỦ",
            [
                (
                    "Nghị định sửa đổi, bổ sung một số điều của Nghị định về quản lý chi phí đầu tư xây dựng",
                    "Cục Kinh tế - Quản lý hoạt động xây dựng",
                    "Thứ trưởng Nguyễn Văn Sinh",
                    "Tháng 4",
                    "Tháng 6",
                    "",
                ),
                (
                    "Đề án phát triển đô thị thông minh bền vững giai đoạn 2026 - 2035",
                    "Cục Phát triển đô thị",
                    "Thứ trưởng Lê Quang Hùng",
                    "Quý II",
                    "Quý IV",
                    "",
                ),
                (
                    "Báo cáo tổng kết thi hành Luật Nhà ở năm 2023",
                    "Cục Quản lý nhà và thị trường bất động sản",
                    "Bộ trưởng",
                    "15/10",
                    "30/11",
                    "Báo cáo Quốc hội",
                ),
                (
                    "Chỉ thị của Thủ tướng Chính phủ về tăng cường quản lý trật tự xây dựng",
                    "Thanh tra Bộ",
                    "Thứ trưởng Nguyễn Văn Sinh",
                    "Tháng 2",
                    "Tháng 3",
                    "",
                ),
            ],
        ),
        (
            "B. CÁC VĂN BẢN THUỘC THẨM QUYỀN BAN HÀNH CỦA BỘ TRƯỞNG",
            [
                (
                    "Thông tư hướng dẫn phương pháp xác định chỉ số giá xây dựng",
                    "Viện Kinh tế xây dựng",
                    "Thứ trưởng Nguyễn Văn Sinh",
                    "Tháng 8",
                    "",
                    "",
                ),
                (
                    "Thông tư quy định về kiểm định an toàn kỹ thuật phương tiện giao thông đường sắt",
                    "Cục Đường sắt Việt Nam",
                    "Thứ trưởng Lê Anh Tuấn",
                    "Tháng 11",
                    "",
                    "",
                ),
            ],
        ),
    ]
    for title, rows in sections:
        cells = table.add_row().cells
        cells[0].merge(cells[-1]).text = title
        for number, row in enumerate(rows, start=1):
            fill_row(table, [str(number), *row])
    document.save(path)


# ============================================================== h22–h35 (third batch, own-authored)
def table_with_header(document, labels: list[str]):
    table = document.add_table(rows=1, cols=len(labels))
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, labels, strict=True):
        cell.text = label
    return table


# --------------------------------------------------------------------------------------------- h22
def h22(path: Path) -> None:
    """A Department of Industry and Trade's yearly programme: the time is four quarter columns marked 'x'."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["UBND TỈNH THÁI NGUYÊN", "SỞ CÔNG THƯƠNG", "Số: 09/CTr-SCT"],
        "Thái Nguyên, ngày 06 tháng 01 năm 2026",
    )
    for text in (
        "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026",
        "Căn cứ nhiệm vụ được UBND tỉnh giao, Sở Công Thương xây dựng Chương trình công tác năm 2026 như sau:",
    ):
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=8)
    table.style = "Table Grid"
    for index, label in enumerate(["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp"]):
        table.cell(0, index).text = label
    for index, label in enumerate(["Quý I", "Quý II", "Quý III", "Quý IV"], start=4):
        table.cell(1, index).text = label
    table.cell(0, 4).merge(table.cell(0, 7))
    table.cell(0, 4).text = "Thời gian thực hiện"
    for column in range(4):
        table.cell(0, column).merge(table.cell(1, column))
    sections = [
        (
            "I. CÔNG TÁC THAM MƯU, XÂY DỰNG VĂN BẢN",
            [
                (
                    "Tham mưu UBND tỉnh ban hành Kế hoạch phát triển thương mại điện tử tỉnh năm 2026",
                    "Phòng Quản lý thương mại",
                    "Văn phòng Sở",
                    "x...",
                ),
                (
                    "Xây dựng Đề án phát triển cụm công nghiệp tỉnh Thái Nguyên đến năm 2030",
                    "Phòng Quản lý công nghiệp",
                    "Sở Tài chính; Sở Nông nghiệp và Môi trường",
                    ".xx.",
                ),
                (
                    "Rà soát, đề xuất sửa đổi Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh",
                    "Phòng Quản lý công nghiệp",
                    "Sở Tư pháp",
                    "..x.",
                ),
                (
                    "Tổng kết 5 năm thực hiện Chương trình khuyến công địa phương giai đoạn 2021 - 2025",
                    "Trung tâm Khuyến công và Xúc tiến thương mại",
                    "",
                    "...x",
                ),
            ],
        ),
        (
            "II. QUẢN LÝ NHÀ NƯỚC CHUYÊN NGÀNH",
            [
                (
                    "Kiểm tra việc chấp hành quy định an toàn hóa chất tại các cơ sở sản xuất, kinh doanh hóa chất",
                    "Thanh tra Sở",
                    "Công an tỉnh",
                    ".x.x",
                ),
                (
                    "Theo dõi cung cầu, giá cả các mặt hàng thiết yếu, báo cáo UBND tỉnh",
                    "Phòng Quản lý thương mại",
                    "",
                    "xxxx",
                ),
                (
                    "Tổ chức Hội chợ xúc tiến thương mại sản phẩm chè và đặc sản vùng miền",
                    "Trung tâm Khuyến công và Xúc tiến thương mại",
                    "UBND các xã, phường có sản phẩm OCOP",
                    "..x.",
                ),
                (
                    "Giải quyết thủ tục hành chính lĩnh vực điện, xăng dầu, an toàn thực phẩm trên Cổng Dịch vụ công",
                    "Văn phòng Sở",
                    "Các phòng chuyên môn",
                    "xxxx",
                ),
            ],
        ),
    ]
    for title, rows in sections:
        cells = table.add_row().cells
        cells[0].merge(cells[-1]).text = title
        for number, (content, lead, partners, marks) in enumerate(rows, start=1):
            fill_row(table, [str(number), content, lead, partners, *["x" if m == "x" else "" for m in marks]])
    document.add_paragraph(
        "Ghi chú: Đánh dấu (x) vào quý thực hiện; nhiệm vụ thực hiện nhiều quý đánh dấu vào từng quý."
    )
    document.add_paragraph(
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lãnh đạo Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP."
    )
    document.add_paragraph("GIÁM ĐỐC\nĐoàn Minh Quyết")
    document.save(path)


# --------------------------------------------------------------------------------------------- h23
def h23_xlsx(path: Path) -> None:
    """A provincial police inspection plan: the inspected units' column stands before the inspecting unit's."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH kiem tra"
    sheet.append(["CÔNG AN TỈNH LẠNG SƠN"])
    sheet.append(["KẾ HOẠCH KIỂM TRA CÔNG TÁC NĂM 2026"])
    sheet.append(["(Kèm theo Kế hoạch số 112/KH-CAT-PV01 ngày 08/01/2026 của Công an tỉnh)"])
    sheet.append([])
    sheet.append(
        [
            "STT",
            "Nội dung kiểm tra",
            "Đơn vị được kiểm tra",
            "Đơn vị chủ trì kiểm tra",
            "Đơn vị phối hợp",
            "Thời gian kiểm tra",
            "Hình thức",
        ]
    )
    rows = [
        (
            "Kiểm tra việc thực hiện quy trình tiếp nhận, giải quyết tố giác, tin báo về tội phạm",
            "Công an xã Chi Lăng; Công an xã Đồng Đăng",
            "Phòng Tham mưu",
            "Phòng Cảnh sát hình sự",
            "Tháng 3/2026",
            "Trực tiếp",
        ),
        (
            "Kiểm tra công tác đăng ký, quản lý cư trú và cấp căn cước",
            "Công an phường Lương Văn Tri; Công an xã Hữu Lũng",
            "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
            "Phòng Tham mưu",
            "Tháng 4 - 5/2026",
            "Trực tiếp",
        ),
        (
            "Kiểm tra công tác phòng cháy, chữa cháy tại các chợ, trung tâm thương mại",
            "Ban quản lý các chợ trên địa bàn tỉnh",
            "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "Công an các xã, phường",
            "Đợt 1: tháng 4; đợt 2: tháng 11/2026",
            "Trực tiếp",
        ),
        (
            "Kiểm tra việc quản lý, sử dụng vũ khí, vật liệu nổ, công cụ hỗ trợ",
            "Công an xã Bình Gia; Công an xã Văn Quan",
            "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
            "Phòng Hậu cần",
            "Quý II/2026",
            "Trực tiếp",
        ),
        (
            "Kiểm tra công tác tài chính, quản lý tài sản công",
            "Phòng Hậu cần; Trại tạm giam",
            "Thanh tra Công an tỉnh",
            "Phòng Tham mưu",
            "15/6 - 30/7/2026",
            "Trực tiếp",
        ),
        (
            "Kiểm tra đột xuất việc chấp hành điều lệnh, lễ tiết tác phong",
            "Các đơn vị thuộc Công an tỉnh",
            "Phòng Tổ chức cán bộ",
            "Thanh tra Công an tỉnh",
            "Đột xuất",
            "Trực tiếp",
        ),
        (
            "Tự kiểm tra công tác cải cách hành chính tại đơn vị",
            "Các đơn vị thuộc Công an tỉnh",
            "Phòng Tham mưu",
            "Các phòng nghiệp vụ",
            "Tháng 10/2026",
            "Qua hồ sơ, báo cáo",
        ),
    ]
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    sheet.append(["", "Tổng cộng: 07 cuộc kiểm tra"])
    sheet.append(
        [
            "Ghi chú: Thời gian cụ thể do Trưởng đoàn kiểm tra thông báo cho đơn vị được kiểm tra trước 05 ngày làm việc."
        ]
    )
    for column, width in zip("ABCDEFG", [6, 60, 40, 40, 30, 26, 18], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h24
def h24_docx(path: Path) -> None:
    """A commune's administrative-reform plan: dash items end with '(<unit> chủ trì; <time>)'."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ MƯỜNG BÚ", "Số: 14/KH-UBND"],
        "Mường Bú, ngày 16 tháng 01 năm 2026",
    )
    for text in (
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao chất lượng phục vụ người dân, doanh nghiệp; phấn đấu chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính xã đạt trên 90%.",
        "II. NHIỆM VỤ CỤ THỂ",
        "1. Cải cách thể chế",
        "- Rà soát, đề xuất sửa đổi các văn bản do HĐND, UBND xã ban hành không còn phù hợp (Văn phòng HĐND và UBND xã chủ trì; hoàn thành trong tháng 6/2026).",
        "- Tổ chức phổ biến các luật mới có hiệu lực năm 2026 cho cán bộ, công chức và Nhân dân (Phòng Văn hóa - Xã hội chủ trì, phối hợp Ủy ban Mặt trận Tổ quốc Việt Nam xã; thực hiện thường xuyên).",
        "2. Cải cách thủ tục hành chính",
        "- Công khai đầy đủ, kịp thời thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã và trên Trang thông tin điện tử của xã (Trung tâm Phục vụ hành chính công xã; thường xuyên).",
        "- Rà soát, đề xuất đơn giản hóa ít nhất 05 thủ tục hành chính lĩnh vực đất đai, xây dựng (Phòng Kinh tế chủ trì; trước ngày 30/9/2026).",
        "3. Cải cách tổ chức bộ máy",
        "- Xây dựng, trình cấp có thẩm quyền phê duyệt vị trí việc làm của các cơ quan chuyên môn thuộc UBND xã (Văn phòng HĐND và UBND xã chủ trì; quý III/2026).",
        "4. Cải cách tài chính công",
        "- Công khai dự toán, quyết toán ngân sách xã theo quy định (Phòng Kinh tế; định kỳ hằng quý).",
        "5. Xây dựng chính quyền điện tử, chính quyền số",
        "- Số hóa kết quả giải quyết thủ tục hành chính, bảo đảm tỷ lệ 100% hồ sơ được số hóa (Trung tâm Phục vụ hành chính công xã chủ trì, các công chức chuyên môn thực hiện; hoàn thành trước 15/12/2026).",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng HĐND và UBND xã: Là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo kết quả cải cách hành chính hằng quý gửi UBND xã trước ngày 10 của tháng cuối quý.",
        "2. Các phòng, đơn vị thuộc UBND xã: Căn cứ Kế hoạch này xây dựng kế hoạch cải cách hành chính của đơn vị, hoàn thành trước ngày 15/02/2026.",
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- TT Đảng ủy, TT HĐND xã;\n- Các phòng, đơn vị;\n- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Thắm",
    ):
        document.add_paragraph(text)
    document.save(path)


# --------------------------------------------------------------------------------------------- h25
def h25_xlsx(path: Path) -> None:
    """A city's digital-transformation appendix: 1 / 1.1 numbering, parent rows are groups, a budget column, a total row."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Phụ lục"
    sheet.append(["Phụ lục"])
    sheet.append(["DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026"])
    sheet.append(["(Kèm theo Kế hoạch số 57/KH-UBND ngày 22/01/2026 của UBND thành phố Hải Phòng)"])
    sheet.append([])
    sheet.append(
        [
            "TT",
            "Tên nhiệm vụ",
            "Kết quả, sản phẩm",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
            "Kinh phí dự kiến (triệu đồng)",
        ]
    )
    rows = [
        ("1", "Hạ tầng số"),
        (
            "1.1",
            "Mở rộng vùng phủ sóng di động 5G tại các khu công nghiệp, khu kinh tế",
            "100% khu công nghiệp có sóng 5G",
            "Sở Khoa học và Công nghệ",
            "Các doanh nghiệp viễn thông",
            "Quý IV/2026",
            None,
        ),
        (
            "1.2",
            "Nâng cấp Trung tâm dữ liệu thành phố đáp ứng yêu cầu an toàn hệ thống thông tin cấp độ 4",
            "Hồ sơ cấp độ được phê duyệt",
            "Sở Khoa học và Công nghệ",
            "Công an thành phố",
            "Tháng 9/2026",
            12500,
        ),
        ("2", "Dữ liệu số"),
        (
            "2.1",
            "Xây dựng cơ sở dữ liệu đất đai thành phố, kết nối với cơ sở dữ liệu quốc gia về đất đai",
            "Cơ sở dữ liệu vận hành chính thức",
            "Sở Nông nghiệp và Môi trường",
            "UBND các xã, phường, đặc khu",
            "Tháng 11/2026",
            31000,
        ),
        (
            "2.2",
            "Số hóa hồ sơ, tài liệu lưu trữ lịch sử của thành phố giai đoạn 1955 - 1975",
            "Tài liệu được số hóa, đưa vào khai thác",
            "Sở Nội vụ",
            None,
            "30/6/2026",
            2100,
        ),
        ("3", "Chính quyền số"),
        (
            "3.1",
            "Triển khai Hệ thống thông tin báo cáo thành phố kết nối Hệ thống thông tin báo cáo Chính phủ",
            "100% chế độ báo cáo thực hiện trực tuyến",
            "Văn phòng UBND thành phố",
            "Các sở, ngành",
            "Quý II/2026",
            850,
        ),
        (
            "3.2",
            "Đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ngành và UBND các xã, phường năm 2026",
            "Quyết định công bố kết quả",
            "Sở Khoa học và Công nghệ",
            "Sở Nội vụ",
            "Quý I/2027",
            None,
        ),
        ("4", "Kinh tế số, xã hội số"),
        (
            "4.1",
            "Phổ cập kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng",
            "Người dân được hướng dẫn sử dụng dịch vụ công trực tuyến",
            "Sở Khoa học và Công nghệ",
            "Thành Đoàn; UBND các xã, phường, đặc khu",
            "Thường xuyên",
            None,
        ),
        (
            "4.2",
            "Hỗ trợ doanh nghiệp nhỏ và vừa đưa sản phẩm lên sàn thương mại điện tử",
            "Ít nhất 500 doanh nghiệp được hỗ trợ",
            "Sở Công Thương",
            "Hiệp hội Doanh nghiệp thành phố",
            "Năm 2026",
            1200,
        ),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet.append(["", "Tổng cộng", None, None, None, None, "=SUM(G6:G17)"])
    for column, width in zip("ABCDEFG", [6, 60, 36, 30, 34, 18, 16], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h29
def h29(path: Path) -> None:
    """A ward's decision: the task table sits inside 'Điều 1', a second assignment in 'Điều 2', dues without a year or with none."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG HẠC THÀNH", "Số: 86/QĐ-UBND"],
        "Hạc Thành, ngày 03 tháng 3 năm 2026",
    )
    for text in (
        "QUYẾT ĐỊNH",
        "Về việc giao nhiệm vụ phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH",
        "Căn cứ Luật Phòng, chống thiên tai; Căn cứ Kế hoạch phòng, chống thiên tai năm 2026 của UBND tỉnh;",
        "Theo đề nghị của Trưởng phòng Kinh tế, Hạ tầng và Đô thị.",
        "QUYẾT ĐỊNH:",
        "Điều 1. Giao nhiệm vụ cho các cơ quan, đơn vị triển khai công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026, cụ thể như sau:",
    ):
        document.add_paragraph(text)
    table = table_with_header(
        document, ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"]
    )
    rows = [
        (
            "Kiện toàn Ban Chỉ huy phòng thủ dân sự phường, phân công nhiệm vụ các thành viên",
            "Văn phòng HĐND và UBND phường",
            "Ban Chỉ huy quân sự phường",
            "Trước 15/3",
        ),
        (
            "Rà soát, cập nhật phương án ứng phó với bão mạnh, siêu bão theo cấp độ rủi ro thiên tai",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Công an phường",
            "Trước 15/5",
        ),
        (
            "Kiểm tra, nạo vét hệ thống thoát nước, khơi thông các điểm ngập úng cục bộ",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Các tổ dân phố",
            "Trước mùa mưa bão",
        ),
        (
            "Tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn cấp phường",
            "Ban Chỉ huy quân sự phường",
            "Các thành viên Ban Chỉ huy",
            "Tháng 6/2026",
        ),
        (
            "Tuyên truyền kiến thức phòng, chống thiên tai cho Nhân dân trên hệ thống loa truyền thanh",
            "Phòng Văn hóa - Xã hội",
            "Các tổ dân phố",
            "Thường xuyên",
        ),
        (
            "Tổ chức sơ tán người dân ra khỏi khu vực nguy hiểm",
            "Công an phường",
            "Ban Chỉ huy quân sự phường",
            "Khi có tình huống",
        ),
    ]
    for number, row in enumerate(rows, start=1):
        fill_row(table, [str(number), *row])
    for text in (
        "Điều 2. Giao Phòng Kinh tế, Hạ tầng và Đô thị là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Chủ tịch UBND phường trước ngày 15/12/2026.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND phường, Trưởng các phòng, đơn vị và các tổ dân phố chịu trách nhiệm thi hành Quyết định này./.",
        "Nơi nhận:\n- Như Điều 3;\n- UBND tỉnh (b/c);\n- Lưu: VT.",
        "CHỦ TỊCH\nLê Thị Thu Hà",
    ):
        document.add_paragraph(text)
    document.save(path)


# --------------------------------------------------------------------------------------------- h31
def h31(path: Path) -> None:
    """An office's tracking sheet of assigned tasks with statuses, an extended deadline in the due cell and a summary sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Theo dõi"
    sheet.append(["THEO DÕI TÌNH HÌNH THỰC HIỆN NHIỆM VỤ UBND TỈNH, CHỦ TỊCH UBND TỈNH GIAO NĂM 2026"])
    sheet.append(["Văn phòng UBND tỉnh Vĩnh Long - cập nhật đến ngày 15/5/2026"])
    sheet.append(
        [
            "Mã nhiệm vụ",
            "Văn bản giao",
            "Nội dung nhiệm vụ",
            "Cơ quan thực hiện",
            "Thời hạn",
            "Trạng thái",
            "Ghi chú",
        ]
    )
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    d = datetime.datetime
    rows = [
        (
            "NV-2026-014",
            "TB 35/TB-VPUB ngày 20/01/2026",
            "Hoàn thiện dự thảo Quyết định quy định đơn giá bồi thường cây trồng, vật nuôi khi Nhà nước thu hồi đất",
            "Sở Nông nghiệp và Môi trường",
            d(2026, 3, 15),
            "Hoàn thành đúng hạn",
            "Đã trình tại Tờ trình 61/TTr-SNNMT",
        ),
        (
            "NV-2026-021",
            "CV 412/UBND-KT ngày 03/02/2026",
            "Báo cáo tình hình xâm nhập mặn và phương án cấp nước sinh hoạt mùa khô",
            "Sở Nông nghiệp và Môi trường",
            "Hằng tuần (thứ Sáu)",
            "Đang thực hiện",
            None,
        ),
        (
            "NV-2026-027",
            "QĐ 188/QĐ-UBND ngày 10/02/2026",
            "Lập hồ sơ đề nghị công nhận phường Phước Hậu đạt chuẩn đô thị văn minh",
            "UBND phường Phước Hậu",
            "30/4/2026 (gia hạn đến 31/5/2026)",
            "Đang thực hiện quá hạn",
            "Gia hạn tại CV 701/UBND-VX",
        ),
        (
            "NV-2026-033",
            "TB 97/TB-VPUB ngày 02/3/2026",
            "Rà soát các dự án chậm tiến độ, đề xuất thu hồi chủ trương đầu tư",
            "Sở Tài chính (chủ trì); Sở Nông nghiệp và Môi trường",
            d(2026, 6, 30),
            "Chưa đến hạn",
            None,
        ),
        (
            "NV-2026-040",
            "CV 655/UBND-VX ngày 18/3/2026",
            "Kiểm tra công tác tuyển sinh đầu cấp năm học 2026 - 2027",
            "Sở Giáo dục và Đào tạo",
            "Tháng 7/2026",
            "Chưa đến hạn",
            None,
        ),
        (
            "NV-2026-041",
            "CV 655/UBND-VX ngày 18/3/2026",
            "Theo dõi, xử lý thông tin phản ánh của người dân trên Hệ thống 1022 của tỉnh",
            "Văn phòng UBND tỉnh",
            "Thường xuyên",
            "Đang thực hiện",
            None,
        ),
        (
            "NV-2026-052",
            "TB 140/TB-VPUB ngày 08/4/2026",
            "Tham mưu tổ chức Hội nghị xúc tiến đầu tư tỉnh năm 2026",
            "Sở Tài chính",
            d(2026, 9, 10),
            "Chưa đến hạn",
            None,
        ),
        (
            "NV-2026-058",
            "CV 802/UBND-NC ngày 24/4/2026",
            "Xây dựng phương án bảo đảm an ninh, trật tự các lễ hội cuối năm",
            "Công an tỉnh",
            "Không thời hạn",
            "Đang thực hiện",
            "Báo cáo khi có yêu cầu",
        ),
    ]
    for row in rows:
        sheet.append(list(row))
        cell = sheet[f"E{sheet.max_row}"]
        if isinstance(cell.value, datetime.datetime):
            cell.number_format = "dd/mm/yyyy"
    sheet.auto_filter.ref = f"A3:G{sheet.max_row}"
    sheet.freeze_panes = "A4"
    for column, width in zip("ABCDEFG", [14, 30, 62, 40, 30, 24, 30], strict=True):
        sheet.column_dimensions[column].width = width
    summary = workbook.create_sheet("Tổng hợp")
    summary.append(["Trạng thái", "Số nhiệm vụ"])
    for status in ("Hoàn thành đúng hạn", "Đang thực hiện", "Đang thực hiện quá hạn", "Chưa đến hạn"):
        summary.append([status, f"=COUNTIF('Theo dõi'!F4:F11,\"{status}\")"])
    summary.append(["Tổng số", "=SUM(B2:B5)"])
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h32
def h32(path: Path) -> None:
    """A university's semester schedule: week numbers and date ranges, 'Các khoa' as the doer, a holiday row."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["ĐẠI HỌC THÁI NGUYÊN", "TRƯỜNG ĐẠI HỌC NÔNG LÂM", "Số: 1450/KH-ĐHNL"],
        "Thái Nguyên, ngày 20 tháng 7 năm 2026",
    )
    for text in (
        "KẾ HOẠCH",
        "Tiến độ đào tạo và công tác học kỳ I năm học 2026 - 2027",
    ):
        document.add_paragraph(text)
    table = table_with_header(
        document, ["Tuần", "Từ ngày - đến ngày", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp"]
    )
    rows = [
        (
            "Tuần 1",
            "03/8/2026 - 08/8/2026",
            "Tổ chức tuần sinh hoạt công dân - sinh viên đầu khóa cho tân sinh viên khóa 58",
            "Phòng Công tác sinh viên",
            "Đoàn Thanh niên; Hội Sinh viên Trường",
        ),
        (
            "Tuần 2 - 16",
            "10/8/2026 - 21/11/2026",
            "Tổ chức giảng dạy các học phần học kỳ I theo thời khóa biểu",
            "Các khoa",
            "Phòng Đào tạo",
        ),
        (
            "Tuần 7",
            "14/9/2026 - 19/9/2026",
            "Kiểm tra hồ sơ học phần, đề cương chi tiết của giảng viên",
            "Phòng Đảm bảo chất lượng",
            "Phòng Đào tạo",
        ),
        (
            "Tuần 10",
            "05/10/2026 - 10/10/2026",
            "Lấy ý kiến người học về hoạt động giảng dạy của giảng viên",
            "Phòng Đảm bảo chất lượng",
            "Trung tâm Công nghệ thông tin",
        ),
        (
            "Tuần 17 - 19",
            "23/11/2026 - 12/12/2026",
            "Tổ chức thi kết thúc học phần học kỳ I",
            "Phòng Khảo thí",
            "Các khoa",
        ),
        (
            "Tuần 20",
            "14/12/2026 - 19/12/2026",
            "Xét cảnh báo học tập, buộc thôi học đối với sinh viên",
            "Phòng Đào tạo",
            "Phòng Công tác sinh viên",
        ),
        (
            "Tuần 21",
            "21/12/2026 - 26/12/2026",
            "Họp Hội đồng Khoa học và Đào tạo Trường đánh giá kết quả học kỳ I",
            "Phòng Đào tạo",
            "Các khoa",
        ),
        ("Tuần 22", "01/01/2027", "Nghỉ Tết Dương lịch", "", ""),
    ]
    for row in rows:
        fill_row(table, list(row))
    for text in (
        "Trưởng các đơn vị căn cứ Kế hoạch này chủ động triển khai; mọi điều chỉnh gửi về Phòng Đào tạo trước 05 ngày làm việc.",
        "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nTS. Hà Quang Vinh",
    ):
        document.add_paragraph(text)
    document.save(path)


# --------------------------------------------------------------------------------------------- h33
def h33_docx(path: Path) -> None:
    """An economic-zone authority's monthly plan (to be scanned): a table with an empty 'Kết quả' column."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["UBND TỈNH CÀ MAU", "BAN QUẢN LÝ KHU KINH TẾ", "Số: 211/KH-BQLKKT"],
        "Cà Mau, ngày 30 tháng 9 năm 2026",
    )
    for text in ("KẾ HOẠCH CÔNG TÁC THÁNG 10/2026",):
        document.add_paragraph(text)
    table = table_with_header(
        document, ["STT", "Nội dung công việc", "Bộ phận thực hiện", "Thời gian hoàn thành", "Kết quả"]
    )
    rows = [
        (
            "Thẩm định hồ sơ điều chỉnh quy hoạch chi tiết Khu công nghiệp Khánh An",
            "Phòng Quy hoạch và Xây dựng",
            "09/10/2026",
        ),
        (
            "Kiểm tra việc chấp hành pháp luật lao động tại các doanh nghiệp trong khu công nghiệp",
            "Phòng Quản lý doanh nghiệp",
            "16/10 - 23/10/2026",
        ),
        ("Báo cáo kết quả thu hút đầu tư 9 tháng gửi UBND tỉnh", "Phòng Quản lý đầu tư", "05/10/2026"),
        ("Tổ chức đối thoại với doanh nghiệp quý IV", "Văn phòng Ban", "28/10/2026"),
        (
            "Cập nhật dữ liệu các dự án lên Hệ thống thông tin quốc gia về đầu tư",
            "Phòng Quản lý đầu tư",
            "Thường xuyên",
        ),
        (
            "Hoàn thiện hồ sơ quyết toán dự án Đường trục chính Khu công nghiệp Hòa Trung",
            "Trung tâm Phát triển hạ tầng khu kinh tế",
            "30/10/2026",
        ),
    ]
    for number, row in enumerate(rows, start=1):
        fill_row(table, [str(number), *row, ""])
    for text in (
        "Các phòng, đơn vị báo cáo kết quả thực hiện về Văn phòng Ban trước ngày 30/10/2026 để tổng hợp.",
        "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nTrương Minh Nhựt",
    ):
        document.add_paragraph(text)
    document.save(path)


# ======================================= t01–t04: siblings written to teach the shapes of h22, h25, h31, h32
# Own-authored for the main corpus (h13fixA), in the shapes of the held-out documents h22 (a grid of
# quarter columns marked 'x'), h31 (a task-code column before the content), h25 (an appendix numbered
# '1' / '1.1' under a 'TT' column, a total row) and h32 (week ranges by teaching week), with other
# bodies, words, marks and dates; their expected items (../expected/) were written by hand before
# their first import. Written into ../docs (MOVED).
def t01(path: Path) -> None:
    """A health department's yearly plan: 'Thời gian' over 'Quý 1'…'Quý 4' holding 'X' marks, lettered sections."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["UBND TỈNH QUẢNG TRỊ", "SỞ Y TẾ", "Số: 27/KH-SYT"],
        "Quảng Trị, ngày 12 tháng 01 năm 2026",
    )
    for text in (
        "KẾ HOẠCH CÔNG TÁC NĂM 2026",
        "Sở Y tế ban hành Kế hoạch công tác năm 2026 với các nhiệm vụ và tiến độ như sau:",
    ):
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=8)
    table.style = "Table Grid"
    for index, label in enumerate(["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp"]):
        table.cell(0, index).text = label
    for index, label in enumerate(["Quý 1", "Quý 2", "Quý 3", "Quý 4"], start=4):
        table.cell(1, index).text = label
    table.cell(0, 4).merge(table.cell(0, 7))
    table.cell(0, 4).text = "Thời gian"
    for column in range(4):
        table.cell(0, column).merge(table.cell(1, column))
    sections = [
        (
            "A. CÔNG TÁC KHÁM, CHỮA BỆNH",
            [
                (
                    "Triển khai bệnh án điện tử tại Bệnh viện Đa khoa khu vực Triệu Hải",
                    "Phòng Nghiệp vụ Y",
                    "Trung tâm Công nghệ thông tin y tế",
                    "XX..",
                ),
                (
                    "Kiểm tra công tác chống nhiễm khuẩn tại các bệnh viện tuyến tỉnh",
                    "Phòng Nghiệp vụ Y",
                    "",
                    "X.X.",
                ),
                (
                    "Tổ chức khám sàng lọc bệnh không lây nhiễm cho người cao tuổi",
                    "Trung tâm Kiểm soát bệnh tật",
                    "Trạm Y tế các xã, phường",
                    "XXXX",
                ),
            ],
        ),
        (
            "B. CÔNG TÁC DƯỢC, TÀI CHÍNH",
            [
                (
                    "Tổ chức đấu thầu tập trung thuốc cấp địa phương năm 2027",
                    "Phòng Nghiệp vụ Dược",
                    "Sở Tài chính",
                    "..X.",
                ),
                (
                    "Thẩm định dự toán mua sắm trang thiết bị y tế của các đơn vị",
                    "Phòng Kế hoạch - Tài chính",
                    "",
                    ".X.X",
                ),
                (
                    "Rà soát giá dịch vụ khám, chữa bệnh theo quy định mới",
                    "Phòng Kế hoạch - Tài chính",
                    "Bảo hiểm xã hội tỉnh",
                    "....",
                ),
            ],
        ),
    ]
    for title, rows in sections:
        cells = table.add_row().cells
        cells[0].merge(cells[-1]).text = title
        for number, (content, lead, partners, marks) in enumerate(rows, start=1):
            fill_row(table, [str(number), content, lead, partners, *["X" if m == "X" else "" for m in marks]])
    document.add_paragraph("Ghi chú: Đánh dấu X vào quý triển khai nhiệm vụ.")
    document.add_paragraph("Nơi nhận:\n- UBND tỉnh (b/c);\n- Các đơn vị trực thuộc;\n- Lưu: VT, KHTC.")
    document.add_paragraph("GIÁM ĐỐC\nHồ Thị Minh Thư")
    document.save(path)


def t02(path: Path) -> None:
    """A district office's tracking sheet: a 'Mã công việc' code column and the directing document before the content."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Danh sách"
    sheet.append(["BẢNG THEO DÕI CÔNG VIỆC ĐƯỢC GIAO NĂM 2026"])
    sheet.append(["Ban Quản lý các khu công nghiệp tỉnh Bình Định - số liệu đến 30/6/2026"])
    sheet.append([])
    sheet.append(
        [
            "Mã công việc",
            "Văn bản chỉ đạo",
            "Nội dung công việc",
            "Đơn vị thực hiện",
            "Hạn hoàn thành",
            "Tình trạng",
        ]
    )
    d = datetime.datetime
    rows = [
        (
            "CV-26-003",
            "TB 12/TB-BQL ngày 08/01/2026",
            "Rà soát quỹ đất sạch tại Khu công nghiệp Nhơn Hòa để kêu gọi đầu tư",
            "Phòng Quản lý đầu tư",
            d(2026, 4, 20),
            "Đã hoàn thành",
        ),
        (
            "CV-26-011",
            "CV 88/BQL-VP ngày 21/01/2026",
            "Tổng hợp tình hình lao động, tiền lương của doanh nghiệp trong khu công nghiệp",
            "Phòng Quản lý lao động",
            "Hằng tháng (ngày 25)",
            "Đang thực hiện",
        ),
        (
            "CV-26-019",
            "TB 40/TB-BQL ngày 05/3/2026",
            "Hoàn thiện hồ sơ điều chỉnh quy hoạch phân khu Khu kinh tế Nhơn Hội",
            "Phòng Quy hoạch - Xây dựng",
            "15/7/2026 (gia hạn đến 15/8/2026)",
            "Quá hạn",
        ),
        (
            "CV-26-024",
            "QĐ 150/QĐ-BQL ngày 16/3/2026",
            "Kiểm tra công tác bảo vệ môi trường tại các cơ sở xử lý nước thải tập trung",
            "Phòng Tài nguyên và Môi trường",
            "Đợt 1: tháng 5; đợt 2: tháng 10/2026",
            "Đang thực hiện",
        ),
        (
            "CV-26-031",
            "CV 231/BQL-VP ngày 02/4/2026",
            "Cập nhật cơ sở dữ liệu doanh nghiệp trên hệ thống quản lý của Ban",
            "Văn phòng Ban",
            "Không có thời hạn",
            "Đang thực hiện",
        ),
        (
            "CV-26-036",
            "TB 77/TB-BQL ngày 20/4/2026",
            "Chuẩn bị nội dung Hội nghị gặp gỡ nhà đầu tư Nhật Bản",
            "Phòng Quản lý đầu tư",
            d(2026, 9, 18),
            "Chưa đến hạn",
        ),
    ]
    for row in rows:
        sheet.append(list(row))
        cell = sheet[f"E{sheet.max_row}"]
        if isinstance(cell.value, datetime.datetime):
            cell.number_format = "dd/mm/yyyy"
    summary = workbook.create_sheet("Thống kê")
    summary.append(["Tình trạng", "Số lượng"])
    for status in ("Đã hoàn thành", "Đang thực hiện", "Quá hạn", "Chưa đến hạn"):
        summary.append([status, f"=COUNTIF('Danh sách'!F5:F10,\"{status}\")"])
    workbook.save(path)


def t03(path: Path) -> None:
    """A province's environment appendix: 'STT' numbered '1' over '1.1', result and budget columns, a total row."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Nhiệm vụ"
    sheet.append(["PHỤ LỤC II"])
    sheet.append(["NHIỆM VỤ BẢO VỆ MÔI TRƯỜNG NĂM 2026"])
    sheet.append(["(Kèm theo Kế hoạch số 204/KH-UBND ngày 30/01/2026 của UBND tỉnh Ninh Bình)"])
    sheet.append([])
    sheet.append(
        [
            "STT",
            "Nội dung nhiệm vụ",
            "Sản phẩm",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian thực hiện",
            "Kinh phí (triệu đồng)",
        ]
    )
    rows = [
        ("1", "Quản lý chất thải"),
        (
            "1.1",
            "Đầu tư lò đốt chất thải rắn sinh hoạt liên xã tại xã Gia Viễn",
            "Lò đốt vận hành",
            "UBND xã Gia Viễn",
            "Sở Nông nghiệp và Môi trường",
            "Quý III/2026",
            18000,
        ),
        (
            "1.2",
            "Thu gom, xử lý bao gói thuốc bảo vệ thực vật sau sử dụng",
            "Bể chứa tại các cánh đồng",
            "Sở Nông nghiệp và Môi trường",
            "UBND các xã",
            "Tháng 8/2026",
            950,
        ),
        (
            "1.3",
            "Phân loại chất thải rắn sinh hoạt tại nguồn ở khu dân cư",
            "Mô hình tại 20 khu dân cư",
            "UBND các xã, phường",
            "Hội Liên hiệp Phụ nữ tỉnh",
            "Năm 2026",
            None,
        ),
        ("2", "Quan trắc môi trường"),
        (
            "2.1",
            "Lắp đặt trạm quan trắc không khí tự động tại Khu công nghiệp Khánh Phú",
            "Trạm truyền số liệu trực tuyến",
            "Sở Nông nghiệp và Môi trường",
            "Ban Quản lý các khu công nghiệp tỉnh",
            "30/11/2026",
            7400,
        ),
        (
            "2.2",
            "Công bố chỉ số chất lượng không khí trên Cổng thông tin điện tử tỉnh",
            "Bản tin chất lượng không khí",
            "Sở Nông nghiệp và Môi trường",
            None,
            "Thường xuyên",
            None,
        ),
        (
            "2.3",
            "Điều tra, đánh giá sức chịu tải của sông Hoàng Long",
            "Báo cáo đánh giá",
            "Sở Nông nghiệp và Môi trường",
            "Sở Xây dựng",
            "Quý II/2027",
            2600,
        ),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet.append(["", "Tổng cộng", None, None, None, None, "=SUM(G7:G14)"])
    workbook.save(path)


def t04(path: Path) -> None:
    """A college's semester schedule: a 'Tuần' column, a 'Thời gian' column of 'Từ … đến …' ranges, a holiday row."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "TRƯỜNG CAO ĐẲNG KỸ THUẬT MIỀN TRUNG", "Số: 318/KH-CĐKT"],
        "Đà Nẵng, ngày 24 tháng 8 năm 2026",
    )
    for text in ("KẾ HOẠCH", "Tiến độ đào tạo học kỳ I năm học 2026 - 2027"):
        document.add_paragraph(text)
    table = table_with_header(document, ["Tuần học", "Thời gian", "Công việc", "Đơn vị thực hiện", "Ghi chú"])
    rows = [
        (
            "Tuần 1",
            "Từ 07/9/2026 đến 12/9/2026",
            "Tiếp nhận hồ sơ nhập học, sắp xếp lớp cho học sinh, sinh viên khóa mới",
            "Phòng Đào tạo",
            "",
        ),
        (
            "Tuần 2 - 17",
            "Từ 14/9/2026 đến 02/01/2027",
            "Giảng dạy lý thuyết và thực hành các mô-đun học kỳ I",
            "Các khoa chuyên môn",
            "Theo thời khóa biểu",
        ),
        (
            "Tuần 6",
            "Từ 12/10/2026 đến 17/10/2026",
            "Dự giờ, đánh giá giờ giảng của nhà giáo mới tuyển dụng",
            "Phòng Khảo thí và Đảm bảo chất lượng",
            "",
        ),
        (
            "Tuần 12",
            "Từ 23/11/2026 đến 28/11/2026",
            "Tổ chức hội giảng nhà giáo cấp trường",
            "Phòng Đào tạo",
            "Công đoàn trường phối hợp",
        ),
        ("Tuần 13", "Từ 30/11/2026 đến 05/12/2026", "Nghỉ lễ kỷ niệm ngày thành lập trường", "", ""),
        (
            "Tuần 18 - 19",
            "Từ 04/01/2027 đến 16/01/2027",
            "Tổ chức thi kết thúc mô-đun học kỳ I",
            "Phòng Khảo thí và Đảm bảo chất lượng",
            "",
        ),
    ]
    for row in rows:
        fill_row(table, list(row))
    for text in (
        "Các đơn vị căn cứ tiến độ này chủ động sắp xếp công việc; đề nghị điều chỉnh gửi Phòng Đào tạo trước 07 ngày.",
        "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nThS. Lê Quang Vũ",
    ):
        document.add_paragraph(text)
    document.save(path)


# ------------------------------------------------------------------------------------ taught siblings
def r05_docx(path: Path) -> None:
    """An own-authored sibling of h14's shape, for the main corpus (README.md, "Moves"): a Sở's
    meeting conclusions to be scanned — numbered topic headings over unnumbered conclusion
    paragraphs that wrap over lines, a closing formula, addressees."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    national_header(
        document,
        ["UBND TỈNH SƠN LA", "SỞ XÂY DỰNG", "Số: 145/TB-SXD"],
        "Sơn La, ngày 12 tháng 3 năm 2027",
    )
    for text in (
        "THÔNG BÁO",
        "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 02 năm 2027",
        "Chiều ngày 10/3/2027, Giám đốc Sở chủ trì cuộc họp giao ban đánh giá kết quả công tác tháng 02 và triển khai nhiệm vụ tháng 3 năm 2027. Sau khi nghe các phòng báo cáo, Giám đốc Sở kết luận như sau:",
        "1. Về công tác quy hoạch",
        "Phòng Quy hoạch - Kiến trúc hoàn thiện hồ sơ đồ án quy hoạch chung đô thị Mộc Châu theo ý kiến thẩm định, trình Sở trước ngày 25/3/2027.",
        "Giao Thanh tra Sở chủ trì, phối hợp với Phòng Quản lý nhà rà soát các công trình xây dựng sai phép trên địa bàn thành phố, báo cáo kết quả trong tháng 4/2027.",
        "2. Về quản lý chất lượng công trình",
        "Phòng Quản lý xây dựng tăng cường kiểm tra công tác nghiệm thu các công trình trường học, trạm y tế đang thi công; báo cáo kết quả hằng tháng.",
        "Trung tâm Kiểm định chất lượng xây dựng thường xuyên cập nhật danh mục phòng thí nghiệm chuyên ngành đủ điều kiện hoạt động trên địa bàn tỉnh.",
        "Văn phòng Sở phối hợp với Phòng Quản lý xây dựng chuẩn bị nội dung hội nghị tập huấn cho các chủ đầu tư.",
        "Văn phòng Sở thông báo để các phòng, đơn vị thuộc Sở biết, thực hiện./.",
        "Nơi nhận:\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
        "CHÁNH VĂN PHÒNG\nĐinh Văn Khởi",
    ):
        document.add_paragraph(text)
    document.save(path)


def r06_docx(path: Path) -> None:
    """An own-authored sibling of h33's shape (README.md, "Moves"): a district office's monthly plan
    to be scanned — a narrow ruled table whose tasks wrap over several lines, an empty last column,
    a closing paragraph with a date."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["UBND HUYỆN TAM ĐƯỜNG", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 37/KH-TNMT"],
        "Tam Đường, ngày 28 tháng 02 năm 2027",
    )
    document.add_paragraph("KẾ HOẠCH CÔNG TÁC THÁNG 3/2027")
    table = table_with_header(
        document, ["TT", "Công việc", "Người/bộ phận thực hiện", "Hạn hoàn thành", "Ghi chú"]
    )
    rows = [
        (
            "Thẩm định hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình xã Bản Bo",
            "Tổ Đăng ký đất đai",
            "10/3/2027",
        ),
        (
            "Kiểm tra công tác thu gom, xử lý rác thải sinh hoạt tại các chợ trung tâm",
            "Tổ Môi trường",
            "15/3 - 20/3/2027",
        ),
        ("Tổng hợp số liệu thống kê đất đai năm 2026 báo cáo UBND huyện", "Tổ Đăng ký đất đai", "25/3/2027"),
        (
            "Cập nhật biến động đất đai vào cơ sở dữ liệu địa chính",
            "Văn phòng Đăng ký đất đai chi nhánh huyện",
            "Thường xuyên",
        ),
        ("Xây dựng kế hoạch hưởng ứng Giờ Trái đất năm 2027", "Tổ Môi trường", "18/3/2027"),
    ]
    for number, row in enumerate(rows, start=1):
        fill_row(table, [str(number), *row, ""])
    for text in (
        "Các tổ, bộ phận báo cáo kết quả thực hiện về lãnh đạo Phòng trước ngày 31/3/2027.",
        "TRƯỞNG PHÒNG\nSùng A Lử",
    ):
        document.add_paragraph(text)
    document.save(path)


def taught(tmp: Path) -> None:
    """Writes the siblings t01–t04 and the scans r05–r06 into ../docs."""
    t01(MOVED / "t01_kh_so_y_te_danh_dau_quy.docx")
    t02(MOVED / "t02_theo_doi_ma_cong_viec.xlsx")
    t03(MOVED / "t03_phu_luc_moi_truong_so_cap_hai.xlsx")
    t04(MOVED / "t04_tien_do_cao_dang_khoang_tuan.docx")
    if not shutil.which("soffice"):
        print("soffice not found: the scans r05, r06 were not regenerated", file=sys.stderr)
        return
    r05_docx(tmp / "r05_scan.docx")
    soffice_convert(tmp / "r05_scan.docx", "pdf", tmp / "r05_scan.pdf")
    rasterise(tmp / "r05_scan.pdf", MOVED / "r05_tbkl_so_ban_quet.pdf")
    r06_docx(tmp / "r06_scan.docx")
    soffice_convert(tmp / "r06_scan.docx", "pdf", tmp / "r06_scan.pdf")
    rasterise(tmp / "r06_scan.pdf", MOVED / "r06_kh_thang_phong_ban_quet.pdf")


def third_batch(tmp: Path) -> None:
    """Writes h22–h35's binaries (the .md, .html, .txt and .csv ones are written by hand); those of
    h22, h23, h25, h31 and h32, moved to the main corpus, into ../docs."""
    h22(MOVED / "h22_ct_so_danh_dau_quy.docx")
    h29(DOCS / "h29_qd_phuong_bang_trong_dieu1.docx")
    h31(MOVED / "h31_theo_doi_trang_thai.xlsx")
    h32(MOVED / "h32_tien_do_hoc_ky_dai_hoc.docx")
    if not shutil.which("soffice"):
        print("soffice not found: the .xls, .odt, .ods and the scan were not regenerated", file=sys.stderr)
        return
    h23_xlsx(tmp / "h23_kh_kiem_tra_cong_an.xlsx")
    soffice_convert(tmp / "h23_kh_kiem_tra_cong_an.xlsx", "xls", MOVED / "h23_kh_kiem_tra_cong_an.xls")
    h24_docx(tmp / "h24_kh_cchc_xa_ngoac_cuoi.docx")
    soffice_convert(tmp / "h24_kh_cchc_xa_ngoac_cuoi.docx", "odt", MOVED / "h24_kh_cchc_xa_ngoac_cuoi.odt")
    h25_xlsx(tmp / "h25_cds_phu_luc_thanh_pho.xlsx")
    soffice_convert(tmp / "h25_cds_phu_luc_thanh_pho.xlsx", "ods", MOVED / "h25_cds_phu_luc_thanh_pho.ods")
    h33_docx(tmp / "h33_scan.docx")
    soffice_convert(tmp / "h33_scan.docx", "pdf", tmp / "h33_scan.pdf")
    rasterise(tmp / "h33_scan.pdf", MOVED / "h33_kh_thang_ban_quet.pdf")


# ============================================================== h36–h50 (fifth batch, own-authored)
def set_landscape(section) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)


def repeat_header_row(row) -> None:
    """Marks a .docx table row as a header row repeated at the top of every printed page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def set_widths(table, inches: list[float]) -> None:
    """Gives a .docx table's columns the widths a clerk would drag them to (python-docx sets them per cell)."""
    from docx.shared import Inches

    table.autofit = False
    for column, width in zip(table.columns, inches, strict=True):
        column.width = Inches(width)
    for row in table.rows:
        for cell, width in zip(row.cells, inches, strict=True):
            cell.width = Inches(width)


def merge_down(table, column: int, first: int, last: int, text: str) -> None:
    """Merges a column's cells from row `first` to row `last` (a lead printed once for several rows)."""
    cell = table.cell(first, column).merge(table.cell(last, column))
    cell.text = text


# --------------------------------------------------------------------------------------------- h36
def h36(path: Path) -> None:
    """A Department of Education's 2027 programme: quarter columns holding month words, the lead merged down."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["UBND TỈNH QUẢNG TRỊ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 1875/CTr-SGDĐT"],
        "Quảng Trị, ngày 22 tháng 12 năm 2026",
    )
    for text in (
        "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027",
        "Thực hiện Chương trình công tác năm 2027 của UBND tỉnh, Sở Giáo dục và Đào tạo xây dựng Chương trình công tác năm 2027 với các nội dung chủ yếu sau:",
    ):
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=8)
    table.style = "Table Grid"
    for index, label in enumerate(["STT", "Nội dung công việc", "Phòng chủ trì", "Phối hợp"]):
        table.cell(0, index).text = label
    for index, label in enumerate(["Quý I", "Quý II", "Quý III", "Quý IV"], start=4):
        table.cell(1, index).text = label
    table.cell(0, 4).merge(table.cell(0, 7))
    table.cell(0, 4).text = "Thời gian thực hiện"
    for column in range(4):
        table.cell(0, column).merge(table.cell(1, column))
    sections = [
        (
            "I. GIÁO DỤC MẦM NON, PHỔ THÔNG",
            [
                (
                    "1",
                    "Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
                    "Phòng Giáo dục trung học",
                    "Các trường THPT",
                    ("Tháng 1", "", "", ""),
                ),
                (
                    "2",
                    "Hướng dẫn công tác tuyển sinh vào lớp 10 năm học 2027 - 2028 và tổ chức kỳ thi tuyển sinh",
                    None,
                    "Phòng Quản lý chất lượng",
                    ("Tháng 3", "Tháng 6", "", ""),
                ),
                (
                    "3",
                    "Kiểm tra việc thực hiện quy định về dạy thêm, học thêm:\na) Tại các trường THPT khu vực phía Bắc tỉnh;\nb) Tại các trường THPT khu vực phía Nam tỉnh.",
                    None,
                    "Thanh tra Sở",
                    ("", "Tháng 4", "", "Tháng 11"),
                ),
                (
                    "4",
                    "Triển khai Chương trình giáo dục mầm non sửa đổi tại các cơ sở giáo dục mầm non",
                    "Phòng Giáo dục mầm non và Tiểu học",
                    "UBND các xã, phường",
                    ("", "", "Tháng 8", ""),
                ),
                (
                    "5",
                    "Tổng kết năm học 2026 - 2027 cấp học mầm non, tiểu học",
                    None,
                    "",
                    ("", "", "Tháng 7", ""),
                ),
            ],
        ),
        (
            "II. TỔ CHỨC CÁN BỘ, TÀI CHÍNH, CƠ SỞ VẬT CHẤT",
            [
                (
                    "6",
                    "Tham mưu UBND tỉnh giao số lượng người làm việc trong các trường công lập năm học 2027 - 2028",
                    "Phòng Tổ chức cán bộ",
                    "Sở Nội vụ",
                    ("", "Tháng 5", "", ""),
                ),
                (
                    "7",
                    "Lập dự toán ngân sách sự nghiệp giáo dục năm 2028",
                    "Phòng Kế hoạch - Tài chính",
                    "Sở Tài chính",
                    ("", "", "Tháng 7", ""),
                ),
                (
                    "8",
                    "Rà soát nhu cầu bổ sung phòng học, thiết bị dạy học tối thiểu của các trường trực thuộc",
                    None,
                    "Các trường trực thuộc",
                    ("Tháng 3", "", "Tháng 9", ""),
                ),
                (
                    "9",
                    "Tổ chức Hội nghị tổng kết phong trào thi đua ngành giáo dục",
                    "Văn phòng Sở",
                    "Công đoàn ngành",
                    ("", "", "", "Tháng 12"),
                ),
                (
                    "10",
                    "Cập nhật cơ sở dữ liệu ngành giáo dục và đào tạo",
                    None,
                    "Các phòng thuộc Sở",
                    ("Thường xuyên", "Thường xuyên", "Thường xuyên", "Thường xuyên"),
                ),
            ],
        ),
    ]
    for title, rows in sections:
        cells = table.add_row().cells
        cells[0].merge(cells[-1]).text = title
        first_of_lead = None
        lead_text = ""
        for number, content, lead, partners, months in rows:
            fill_row(table, [number, content, "", partners, *months])
            row_index = len(table.rows) - 1
            if lead is not None:
                if first_of_lead is not None:
                    merge_down(table, 2, first_of_lead, row_index - 1, lead_text)
                first_of_lead, lead_text = row_index, lead
        merge_down(table, 2, first_of_lead, len(table.rows) - 1, lead_text)
    for text in (
        "Ghi chú: Thời gian ghi theo tháng dự kiến hoàn thành trong quý; nhiệm vụ thực hiện ở nhiều quý ghi ở từng quý.",
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Bộ Giáo dục và Đào tạo (b/c);\n- Lãnh đạo Sở;\n- Các phòng thuộc Sở;\n- Lưu: VT, VP.",
        "GIÁM ĐỐC\nHồ Thị Thu Trang",
    ):
        document.add_paragraph(text)
    document.save(path)


# --------------------------------------------------------------------------------------------- h37
def h37(path: Path) -> None:
    """A province's decision with its key-task appendix on a landscape section: 'Sản phẩm' and 'Thời gian hoàn thành'."""
    from docx import Document
    from docx.enum.section import WD_SECTION

    document = Document()
    national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "Số: 2140/QĐ-UBND"],
        "Phú Thọ, ngày 14 tháng 7 năm 2026",
    )
    for text in (
        "QUYẾT ĐỊNH",
        "Ban hành Danh mục nhiệm vụ trọng tâm thực hiện Nghị quyết về phát triển kinh tế tư nhân năm 2026",
        "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
        "Theo đề nghị của Giám đốc Sở Tài chính.",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Danh mục nhiệm vụ trọng tâm thực hiện Nghị quyết về phát triển kinh tế tư nhân trên địa bàn tỉnh năm 2026.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các xã, phường và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.",
        "Nơi nhận:\n- Như Điều 3;\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT, KT.",
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐinh Công Sơn",
    ):
        document.add_paragraph(text)
    section = document.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(section)
    for text in (
        "PHỤ LỤC",
        "DANH MỤC NHIỆM VỤ TRỌNG TÂM THỰC HIỆN NGHỊ QUYẾT VỀ PHÁT TRIỂN KINH TẾ TƯ NHÂN NĂM 2026",
        "(Kèm theo Quyết định số 2140/QĐ-UBND ngày 14/7/2026 của UBND tỉnh Phú Thọ)",
    ):
        document.add_paragraph(text)
    table = table_with_header(
        document,
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"],
    )
    rows = [
        ("I", "CẢI THIỆN MÔI TRƯỜNG ĐẦU TƯ, KINH DOANH", "", "", "", ""),
        (
            "1",
            "Rà soát, cắt giảm thời gian giải quyết thủ tục hành chính liên quan đến đầu tư, đất đai, xây dựng",
            "Sở Tài chính",
            "Các sở, ngành; UBND các xã, phường",
            "Quyết định công bố danh mục thủ tục hành chính được cắt giảm thời gian",
            "Quý III/2026",
        ),
        (
            "2",
            "Xây dựng bộ chỉ số đánh giá chất lượng giải quyết thủ tục hành chính của UBND cấp xã",
            "Văn phòng UBND tỉnh",
            "Sở Nội vụ",
            "Quyết định của UBND tỉnh",
            "Tháng 10/2026",
        ),
        (
            "3",
            "Tổ chức đối thoại giữa lãnh đạo tỉnh với doanh nghiệp, hộ kinh doanh",
            "Sở Tài chính",
            "Hiệp hội Doanh nghiệp tỉnh",
            "Hội nghị đối thoại",
            "Định kỳ 6 tháng/lần",
        ),
        ("II", "HỖ TRỢ TIẾP CẬN NGUỒN LỰC", "", "", "", ""),
        (
            "4",
            "Xây dựng Nghị quyết quy định chính sách hỗ trợ doanh nghiệp nhỏ và vừa khởi nghiệp sáng tạo",
            "Sở Khoa học và Công nghệ",
            "Sở Tư pháp, Sở Tài chính",
            "Nghị quyết của HĐND tỉnh",
            "Trình HĐND tỉnh tại kỳ họp cuối năm",
        ),
        (
            "5",
            "Công bố quỹ đất cho thuê đối với doanh nghiệp nhỏ và vừa tại các cụm công nghiệp",
            "Sở Nông nghiệp và Môi trường",
            "Sở Công Thương; UBND các xã có cụm công nghiệp",
            "Danh mục quỹ đất đăng trên Cổng thông tin điện tử tỉnh",
            "Trước 30/6/2026",
        ),
        (
            "6",
            "Triển khai chương trình bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa",
            "Quỹ Bảo lãnh tín dụng tỉnh",
            "Ngân hàng Nhà nước Khu vực 5",
            "Báo cáo kết quả bảo lãnh",
            "Năm 2026",
        ),
        ("III", "ĐÀO TẠO NGUỒN NHÂN LỰC, CHUYỂN ĐỔI SỐ", "", "", "", ""),
        (
            "7",
            "Bồi dưỡng kiến thức quản trị doanh nghiệp cho chủ hộ kinh doanh chuyển lên doanh nghiệp",
            "Sở Công Thương",
            "Trường Cao đẳng Kinh tế - Kỹ thuật tỉnh",
            "Ít nhất 10 lớp bồi dưỡng",
            "Thường xuyên",
        ),
        (
            "8",
            "Hỗ trợ doanh nghiệp nhỏ và vừa sử dụng nền tảng số dùng chung",
            "Sở Khoa học và Công nghệ",
            "Viễn thông Phú Thọ; Bưu điện tỉnh",
            "Số doanh nghiệp được hỗ trợ",
            "Tháng 11/2026",
        ),
        (
            "9",
            "Tổng kết, đánh giá kết quả thực hiện Danh mục nhiệm vụ năm 2026",
            "Sở Tài chính",
            "Các cơ quan, đơn vị",
            "Báo cáo UBND tỉnh",
            "15/12/2026",
        ),
    ]
    for row in rows:
        fill_row(table, list(row))
    set_widths(table, [0.5, 3.0, 1.5, 1.6, 1.7, 1.1])
    document.save(path)


# --------------------------------------------------------------------------------------------- h38
def h38_docx(path: Path) -> None:
    """A ministry plan (to be printed to a PDF with its text): the task table of 'III. NHIỆM VỤ CỤ THỂ' runs over pages."""
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    document.sections[0].page_width, document.sections[0].page_height = Mm(210), Mm(297)
    national_header(
        document,
        ["BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 3318/KH-BVHTTDL"],
        "Hà Nội, ngày 10 tháng 4 năm 2026",
    )
    for text in (
        "KẾ HOẠCH",
        "Triển khai Đề án phát triển du lịch cộng đồng giai đoạn 2026 - 2030 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Cụ thể hóa các nhiệm vụ của Đề án phát triển du lịch cộng đồng giai đoạn 2026 - 2030 thành các nhiệm vụ năm 2026 của các cơ quan, đơn vị thuộc Bộ, bảo đảm đồng bộ, khả thi, có trọng tâm, trọng điểm.",
        "2. Phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời hạn hoàn thành và kết quả đầu ra của từng nhiệm vụ; tăng cường phối hợp giữa các đơn vị thuộc Bộ với các địa phương có tiềm năng phát triển du lịch cộng đồng.",
        "3. Huy động sự tham gia của cộng đồng dân cư, doanh nghiệp, tổ chức xã hội vào phát triển du lịch cộng đồng gắn với bảo tồn bản sắc văn hóa dân tộc, bảo vệ môi trường và nâng cao thu nhập của người dân.",
        "II. CHỈ TIÊU CHỦ YẾU NĂM 2026",
        "- Hình thành thêm ít nhất 30 điểm du lịch cộng đồng đạt tiêu chuẩn phục vụ khách du lịch.",
        "- 100% điểm du lịch cộng đồng được giới thiệu trên Hệ thống dữ liệu du lịch quốc gia.",
        "- Ít nhất 1.200 lượt người dân được bồi dưỡng kỹ năng làm du lịch.",
        "III. NHIỆM VỤ CỤ THỂ",
        "Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp, thời hạn và kết quả đầu ra như sau:",
    ):
        document.add_paragraph(text)
    table = table_with_header(
        document, ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Kết quả đầu ra"]
    )
    repeat_header_row(table.rows[0])
    rows = [
        (
            "Điều tra, đánh giá thực trạng các điểm du lịch cộng đồng trên phạm vi cả nước, trong đó tập trung vào hạ tầng, nguồn nhân lực, sản phẩm và mức độ tham gia của người dân địa phương",
            "Cục Du lịch Quốc gia Việt Nam",
            "Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố",
            "Tháng 6/2026",
            "Báo cáo đánh giá thực trạng",
        ),
        (
            "Xây dựng Bộ tiêu chí nhận diện sản phẩm du lịch cộng đồng đặc trưng theo vùng du lịch, bảo đảm phù hợp với tiêu chuẩn quốc gia về homestay và điểm du lịch cộng đồng",
            "Cục Du lịch Quốc gia Việt Nam",
            "Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam",
            "Quý III/2026",
            "Quyết định ban hành Bộ tiêu chí",
        ),
        (
            "Biên soạn tài liệu bồi dưỡng kỹ năng đón tiếp, phục vụ khách du lịch, an toàn thực phẩm và ngoại ngữ giao tiếp cơ bản cho hộ gia đình tham gia du lịch cộng đồng",
            "Vụ Đào tạo",
            "Trường Cao đẳng Du lịch Hà Nội; Trường Cao đẳng Du lịch Huế",
            "Tháng 8/2026",
            "Bộ tài liệu bồi dưỡng",
        ),
        (
            "Tổ chức 06 lớp bồi dưỡng kỹ năng làm du lịch cho người dân tại vùng trung du và miền núi phía Bắc, Tây Nguyên và đồng bằng sông Cửu Long",
            "Vụ Đào tạo",
            "UBND các tỉnh có điểm du lịch cộng đồng",
            "Quý III - Quý IV/2026",
            "06 lớp bồi dưỡng, khoảng 1.200 lượt học viên",
        ),
        (
            "Hướng dẫn bảo tồn, phát huy giá trị di sản văn hóa phi vật thể của đồng bào các dân tộc thiểu số gắn với phát triển sản phẩm du lịch cộng đồng",
            "Cục Di sản văn hóa",
            "Cục Du lịch Quốc gia Việt Nam",
            "Tháng 10/2026",
            "Văn bản hướng dẫn",
        ),
        (
            "Quảng bá sản phẩm du lịch cộng đồng trên các nền tảng số, mạng xã hội và tại các hội chợ, triển lãm du lịch trong nước và quốc tế",
            "Trung tâm Thông tin du lịch",
            "Các cơ quan đại diện Việt Nam ở nước ngoài; các doanh nghiệp lữ hành",
            "Thường xuyên",
            "Các chiến dịch quảng bá",
        ),
        (
            "Xây dựng cơ sở dữ liệu điểm du lịch cộng đồng, tích hợp vào Hệ thống dữ liệu du lịch quốc gia và ứng dụng du lịch thông minh",
            "Trung tâm Thông tin du lịch",
            "Cục Chuyển đổi số",
            "30/11/2026",
            "Cơ sở dữ liệu được vận hành",
        ),
        (
            "Nghiên cứu, đề xuất cơ chế hỗ trợ vay vốn ưu đãi cho hộ gia đình đầu tư cơ sở lưu trú và dịch vụ du lịch cộng đồng",
            "Vụ Kế hoạch, Tài chính",
            "Ngân hàng Chính sách xã hội",
            "Theo tiến độ xây dựng Nghị định sửa đổi",
            "Báo cáo đề xuất",
        ),
        (
            "Kiểm tra, đánh giá kết quả thực hiện Đề án tại một số địa phương trọng điểm về du lịch cộng đồng",
            "Thanh tra Bộ",
            "Cục Du lịch Quốc gia Việt Nam",
            "Quý IV/2026",
            "Báo cáo kết quả kiểm tra",
        ),
        (
            "Sơ kết 01 năm thực hiện Đề án, đề xuất điều chỉnh nhiệm vụ giai đoạn tiếp theo",
            "Cục Du lịch Quốc gia Việt Nam",
            "Các cơ quan, đơn vị thuộc Bộ",
            "15/12/2026",
            "Báo cáo sơ kết",
        ),
    ]
    for number, row in enumerate(rows, start=1):
        fill_row(table, [str(number), *row])
    set_widths(table, [0.4, 1.9, 0.95, 0.95, 1.3, 0.8])
    for text in (
        "IV. KINH PHÍ THỰC HIỆN",
        "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách nhà nước năm 2026 giao cho các cơ quan, đơn vị và huy động từ các nguồn hợp pháp khác theo quy định.",
        "V. TỔ CHỨC THỰC HIỆN",
        "1. Cục Du lịch Quốc gia Việt Nam là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Bộ trưởng trước ngày 20/12/2026.",
        "2. Vụ Kế hoạch, Tài chính bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch trong dự toán được giao của các đơn vị.",
        "3. Thủ trưởng các cơ quan, đơn vị thuộc Bộ chủ động triển khai các nhiệm vụ được giao, bảo đảm chất lượng và tiến độ.",
        "Nơi nhận:\n- Bộ trưởng (để b/c);\n- Các Thứ trưởng;\n- Các cơ quan, đơn vị thuộc Bộ;\n- Sở VHTTDL các tỉnh, thành phố;\n- Lưu: VT, DL.",
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nPhan Quang Dũng",
    ):
        document.add_paragraph(text)
    document.save(path)


# --------------------------------------------------------------------------------------------- h39
def h39_docx(path: Path) -> None:
    """A provincial chairman's meeting conclusions (to be saved as legacy .doc): lettered 'Giao …' sentences."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 402/TB-UBND"],
        "Hà Tĩnh, ngày 20 tháng 8 năm 2026",
    )
    for text in (
        "THÔNG BÁO",
        "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp nghe báo cáo tiến độ các dự án trọng điểm",
        "Ngày 18/8/2026, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp nghe báo cáo tiến độ các dự án trọng điểm trên địa bàn tỉnh. Tham dự có lãnh đạo các sở: Xây dựng, Tài chính, Nông nghiệp và Môi trường; Công an tỉnh; Điện lực Hà Tĩnh; Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh và lãnh đạo UBND các xã có dự án đi qua.",
        "Sau khi nghe báo cáo và ý kiến của các đại biểu, Chủ tịch UBND tỉnh kết luận như sau:",
        "1. Đánh giá chung",
        "Các cơ quan, đơn vị đã tích cực triển khai, tháo gỡ vướng mắc; nhiều gói thầu bám sát tiến độ. Tuy nhiên, công tác giải phóng mặt bằng một số đoạn tuyến còn chậm, giải ngân vốn đầu tư công đạt thấp so với kế hoạch.",
        "2. Nhiệm vụ trong thời gian tới",
        "a) Giao Sở Xây dựng chủ trì, phối hợp với UBND xã Cẩm Xuyên và các nhà thầu khẩn trương hoàn thành thi công cầu Cửa Nhượng, bảo đảm thông xe kỹ thuật trước ngày 02 tháng 9 năm 2026.",
        "b) Giao Sở Nông nghiệp và Môi trường hoàn thành thẩm định phương án bồi thường, hỗ trợ, tái định cư dự án Khu tái định cư Thạch Hạ trước ngày 15 tháng 9 năm 2026; báo cáo kết quả về UBND tỉnh (qua Văn phòng UBND tỉnh).",
        "c) Giao Sở Tài chính tham mưu điều chuyển vốn đầu tư công từ các dự án giải ngân chậm sang các dự án có khả năng giải ngân tốt, trình UBND tỉnh trong tháng 9/2026.",
        "d) Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh tập trung nhân lực, máy móc, thiết bị, tổ chức thi công tăng ca tại các gói thầu chậm tiến độ.",
        "đ) Giao Công an tỉnh phối hợp với UBND các xã có dự án đi qua bảo đảm an ninh, trật tự trong quá trình giải phóng mặt bằng; thực hiện thường xuyên.",
        "e) UBND các xã có dự án đi qua hoàn thành bàn giao mặt bằng sạch cho chủ đầu tư trước ngày 30/9/2026.",
        "g) Đề nghị Điện lực Hà Tĩnh khẩn trương di dời đường dây trung thế ảnh hưởng thi công tuyến tránh Quốc lộ 1, hoàn thành trong Quý IV/2026.",
        "h) Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện các nội dung kết luận tại Thông báo này; định kỳ hằng tháng tổng hợp, báo cáo Chủ tịch UBND tỉnh.",
        "3. Về kiến nghị của nhà đầu tư",
        "Chủ tịch UBND tỉnh đồng ý chủ trương cho nhà đầu tư dự án Khu đô thị Bắc Thạch Hà điều chỉnh tiến độ thực hiện dự án theo đề nghị.",
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.",
        "Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\n- Các sở: XD, TC, NN&MT;\n- Công an tỉnh;\n- Điện lực Hà Tĩnh;\n- UBND các xã có liên quan;\n- Lưu: VT, KT.",
        "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nNguyễn Thị Lệ Hằng",
    ):
        document.add_paragraph(text)
    document.save(path)


# --------------------------------------------------------------------------------------------- h40
def h40(path: Path) -> None:
    """A ward's weekly calendar in .xlsx: the day cell and the Sáng/Chiều cell merged down, units abbreviated."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Lịch tuần"
    sheet.append(["ỦY BAN NHÂN DÂN PHƯỜNG BÌNH MINH"])
    sheet.append(["LỊCH CÔNG TÁC TUẦN 38 (Từ ngày 14/9/2026 đến ngày 18/9/2026)"])
    sheet.append([])
    sheet.append(["Thứ, ngày", "Buổi", "Giờ", "Nội dung", "Lãnh đạo", "Thành phần", "Địa điểm", "Chuẩn bị"])
    days = [
        (
            "Thứ Hai\n14/9",
            [
                (
                    "Sáng",
                    [
                        (
                            "7h30",
                            "Chào cờ, giao ban đầu tuần",
                            "Chủ tịch",
                            "Lãnh đạo HĐND, UBND; trưởng các phòng",
                            "Hội trường",
                            "VP HĐND-UBND",
                        )
                    ],
                ),
                (
                    "Chiều",
                    [
                        (
                            "14h00",
                            "Kiểm tra công tác vệ sinh môi trường tại các khu dân cư",
                            "PCT Lê Văn Hòa",
                            "P.KT-HT-ĐT; trưởng các khu phố",
                            "Các khu phố",
                            "P.KT-HT-ĐT",
                        )
                    ],
                ),
            ],
        ),
        (
            "Thứ Ba\n15/9",
            [
                (
                    "Sáng",
                    [
                        (
                            "8h00",
                            "Tiếp công dân định kỳ",
                            "Chủ tịch",
                            "Thanh tra phường; VP HĐND-UBND",
                            "Trụ sở tiếp công dân",
                            "VP HĐND-UBND",
                        )
                    ],
                ),
                ("Chiều", [("", "Lãnh đạo UBND phường làm việc tại cơ quan", "", "", "", "")]),
            ],
        ),
        (
            "Thứ Tư\n16/9",
            [
                (
                    "Sáng",
                    [
                        (
                            "8h00",
                            "Họp Ban Chỉ đạo phòng, chống dịch sốt xuất huyết phường",
                            "PCT Nguyễn Thị Hạnh",
                            "Thành viên Ban Chỉ đạo; Trạm Y tế phường",
                            "Phòng họp số 2",
                            "P.VH-XH",
                        ),
                        (
                            "9h30",
                            "Duyệt phương án tổ chức Tết Trung thu cho thiếu nhi năm 2026",
                            "PCT Nguyễn Thị Hạnh",
                            "Đoàn Thanh niên phường; P.VH-XH",
                            "Phòng họp số 2",
                            "P.VH-XH",
                        ),
                    ],
                ),
            ],
        ),
        (
            "Thứ Năm\n17/9",
            [
                (
                    "Cả ngày",
                    [
                        (
                            "",
                            "Đi cơ sở kiểm tra tiến độ xây dựng Trường Tiểu học Bình Minh 2",
                            "Chủ tịch",
                            "P.KT-HT-ĐT; Ban QLDA khu vực",
                            "Công trường",
                            "",
                        )
                    ],
                )
            ],
        ),
        (
            "Thứ Sáu\n18/9",
            [
                (
                    "Sáng",
                    [
                        (
                            "8h00",
                            "Hội nghị đối thoại với người dân về thủ tục hành chính lĩnh vực đất đai",
                            "Chủ tịch",
                            "Các phòng chuyên môn; đại diện khu phố",
                            "Hội trường",
                            "TT PVHCC",
                        )
                    ],
                ),
                (
                    "Chiều",
                    [
                        (
                            "14h00",
                            "Diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại chợ Bình Minh",
                            "PCT Lê Văn Hòa",
                            "Ban quản lý chợ; tiểu thương",
                            "Chợ Bình Minh",
                            "CA phường",
                        )
                    ],
                ),
            ],
        ),
    ]
    wrap = Alignment(wrap_text=True, vertical="center")
    for day, sessions in days:
        day_first = sheet.max_row + 1
        for session, entries in sessions:
            session_first = sheet.max_row + 1
            for entry in entries:
                sheet.append(["", "", *entry])
            sheet.cell(session_first, 2, session)
            if len(entries) > 1:
                sheet.merge_cells(
                    start_row=session_first, end_row=sheet.max_row, start_column=2, end_column=2
                )
        sheet.cell(day_first, 1, day).alignment = wrap
        if sheet.max_row > day_first:
            sheet.merge_cells(start_row=day_first, end_row=sheet.max_row, start_column=1, end_column=1)
    sheet.append(["Thứ Bảy, Chủ nhật\n19-20/9", "", "", "Trực lãnh đạo: PCT Nguyễn Thị Hạnh", "", "", "", ""])
    sheet.append([])
    sheet.append(
        [
            "Viết tắt: VP HĐND-UBND: Văn phòng HĐND và UBND phường; P.KT-HT-ĐT: Phòng Kinh tế, Hạ tầng và Đô thị; P.VH-XH: Phòng Văn hóa - Xã hội; TT PVHCC: Trung tâm Phục vụ hành chính công phường; CA phường: Công an phường."
        ]
    )
    for column, width in zip("ABCDEFGH", (12, 8, 8, 48, 20, 32, 18, 16), strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h42
def h42_docx(path: Path) -> None:
    """A Department of Health's indicator appendix (to be saved as .odt): units of measure, 'Trong đó:' sub-indicators."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["UBND TỈNH BẮC NINH", "SỞ Y TẾ"],
        "",
    )
    for text in (
        "Phụ lục",
        "CÁC CHỈ TIÊU CHUYÊN MÔN NGÀNH Y TẾ NĂM 2026",
        "(Kèm theo Kế hoạch số 45/KH-SYT ngày 20/01/2026 của Sở Y tế)",
    ):
        document.add_paragraph(text)
    table = table_with_header(
        document,
        [
            "TT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Thực hiện năm 2025",
            "Kế hoạch năm 2026",
            "Đơn vị chủ trì",
            "Thời điểm đánh giá",
        ],
    )
    rows = [
        (
            "1",
            "Số giường bệnh trên 10.000 dân",
            "Giường",
            "32,5",
            "33",
            "Phòng Kế hoạch - Tài chính",
            "31/12/2026",
        ),
        (
            "2",
            "Tỷ lệ trạm y tế xã có bác sĩ làm việc",
            "%",
            "92",
            "100",
            "Phòng Tổ chức cán bộ",
            "Quý IV/2026",
        ),
        (
            "3",
            "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin",
            "%",
            "96,2",
            "≥ 95",
            "Trung tâm Kiểm soát bệnh tật",
            "Hằng tháng",
        ),
        ("", "Trong đó:", "", "", "", "", ""),
        ("", "- Tiêm vắc xin sởi", "%", "97,0", "≥ 97", "Trung tâm Kiểm soát bệnh tật", "Hằng tháng"),
        (
            "",
            "- Tiêm vắc xin phòng bại liệt (IPV)",
            "%",
            "94,5",
            "≥ 95",
            "Trung tâm Kiểm soát bệnh tật",
            "Hằng tháng",
        ),
        (
            "4",
            "Tỷ lệ dân số được quản lý sức khỏe bằng hồ sơ sức khỏe điện tử",
            "%",
            "85",
            "90",
            "Phòng Nghiệp vụ Y",
            "30/11/2026",
        ),
        (
            "5",
            "Tỷ lệ cơ sở khám bệnh, chữa bệnh công lập thanh toán viện phí không dùng tiền mặt",
            "%",
            "70",
            "100",
            "Phòng Nghiệp vụ Y",
            "Quý III/2026",
        ),
        ("6", "Số xã đạt Bộ tiêu chí quốc gia về y tế xã", "Xã", "58", "64", "Phòng Nghiệp vụ Y", ""),
        (
            "7",
            "Tỷ số tử vong mẹ",
            "/100.000 trẻ đẻ sống",
            "28",
            "< 30",
            "Trung tâm Kiểm soát bệnh tật",
            "Năm 2026",
        ),
    ]
    for row in rows:
        fill_row(table, list(row))
    document.add_paragraph(
        "Ghi chú: Chỉ tiêu có thời điểm đánh giá hằng tháng được cập nhật trên Hệ thống báo cáo thống kê y tế trước ngày 05 tháng sau."
    )
    document.save(path)


# --------------------------------------------------------------------------------------------- h43
def h43(path: Path) -> None:
    """A chairman's directive: numbered groups of bodies, lettered bodies under them, dates written out in words."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["CHỦ TỊCH", "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 09/CT-UBND"],
        "Quảng Ngãi, ngày 05 tháng 8 năm 2026",
    )
    for text in (
        "CHỈ THỊ",
        "Về tăng cường công tác phòng, chống thiên tai mùa mưa bão năm 2026",
        "Theo nhận định của cơ quan khí tượng thủy văn, mùa mưa bão năm 2026 trên địa bàn tỉnh có khả năng xuất hiện nhiều đợt mưa lớn, lũ quét và sạt lở đất, nhất là tại các xã miền núi và đặc khu Lý Sơn. Để chủ động phòng ngừa, ứng phó, giảm thiểu thiệt hại, Chủ tịch UBND tỉnh yêu cầu:",
        "1. Các sở, ban, ngành tỉnh",
        "a) Sở Nông nghiệp và Môi trường (cơ quan thường trực Ban Chỉ huy phòng thủ dân sự tỉnh):",
        "- Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro, trình UBND tỉnh phê duyệt trước ngày 15 tháng 9 năm 2026.",
        "- Kiểm tra an toàn các hồ chứa thủy lợi, đê, kè xung yếu; hoàn thành trước ngày 30 tháng 9 năm 2026.",
        "b) Sở Xây dựng: Chỉ đạo các chủ đầu tư có biện pháp bảo đảm an toàn công trình đang thi công, nhất là cầu, đường giao thông qua vùng trũng, trong suốt mùa mưa bão.",
        "c) Sở Công Thương: Xây dựng phương án dự trữ hàng hóa thiết yếu tại các xã miền núi và đặc khu Lý Sơn; báo cáo UBND tỉnh trong tháng 9 năm 2026.",
        "d) Sở Giáo dục và Đào tạo, Sở Y tế:",
        "- Chỉ đạo các cơ sở giáo dục, cơ sở y tế rà soát phương án bảo vệ an toàn học sinh, người bệnh, tài sản và trang thiết bị; thực hiện thường xuyên.",
        "2. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh",
        "- Xây dựng kế hoạch huy động lực lượng, phương tiện tham gia cứu hộ, cứu nạn; hoàn thành trong tháng 8 năm 2026.",
        "3. Chủ tịch UBND các xã, phường, đặc khu",
        "- Kiện toàn Ban Chỉ huy phòng thủ dân sự cấp xã trước ngày 31 tháng 8 năm 2026.",
        "- Tổ chức trực ban 24/24 giờ trong thời gian có bão, lũ; kịp thời báo cáo tình hình về Ban Chỉ huy phòng thủ dân sự tỉnh.",
        "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động các tổ chức, cá nhân ủng hộ, hỗ trợ người dân bị thiệt hại do thiên tai.",
        "5. Giao Sở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Chỉ thị này; tổng hợp, báo cáo Chủ tịch UBND tỉnh trước ngày 15 tháng 12 năm 2026.",
        "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường, đặc khu nghiêm túc thực hiện Chỉ thị này./.",
        "Nơi nhận:\n- Văn phòng Chính phủ (b/c);\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- Các sở, ban, ngành tỉnh;\n- UBND các xã, phường, đặc khu;\n- Lưu: VT, KTN.",
        "CHỦ TỊCH\nTrần Phước Hiền",
    ):
        document.add_paragraph(text)
    document.save(path)


# --------------------------------------------------------------------------------------------- h44
def h44(path: Path) -> None:
    """An e-office task export as CSV: ';', a BOM, CRLF, 'dd/mm/yyyy HH:mm' deadlines, sub-tasks by a parent code."""
    rows = [
        [
            "DANH SÁCH CÔNG VIỆC ĐƯỢC GIAO - SỞ TÀI CHÍNH TỈNH ĐẮK LẮK - Xuất ngày 03/10/2026 09:14",
            *[""] * 10,
        ],
        [
            "STT",
            "Mã CV",
            "Mã CV cha",
            "Tên công việc",
            "Người giao",
            "Đơn vị xử lý chính",
            "Đơn vị phối hợp",
            "Ngày giao",
            "Hạn hoàn thành",
            "Tiến độ (%)",
            "Trạng thái",
        ],
        [
            "1",
            "CV.2026.0412",
            "",
            "Xây dựng dự toán ngân sách địa phương năm 2027",
            "GĐ Phạm Quốc Huy",
            "Phòng Quản lý ngân sách",
            "Phòng Tin học và Thống kê",
            "05/09/2026 08:00",
            "20/10/2026 17:00",
            "40",
            "Đang xử lý",
        ],
        [
            "2",
            "CV.2026.0412.1",
            "CV.2026.0412",
            "Tổng hợp dự toán thu, chi của các sở, ban, ngành",
            "GĐ Phạm Quốc Huy",
            "Phòng Quản lý ngân sách",
            "",
            "05/09/2026 08:00",
            "30/09/2026 17:00",
            "80",
            "Đang xử lý",
        ],
        [
            "3",
            "CV.2026.0412.2",
            "CV.2026.0412",
            "Làm việc với các xã, phường về dự toán thu ngân sách",
            "GĐ Phạm Quốc Huy",
            "Phòng Quản lý ngân sách",
            "UBND các xã, phường",
            "05/09/2026 08:00",
            "10/10/2026 17:00",
            "0",
            "Chưa xử lý",
        ],
        [
            "4",
            "CV.2026.0437",
            "",
            "Thẩm định phương án giá dịch vụ sử dụng đò, phà trên địa bàn tỉnh",
            "PGĐ Lý Thị Ngọc",
            "Phòng Quản lý giá và Công sản",
            "Sở Xây dựng",
            "12/09/2026 14:30",
            "15/10/2026 17:00",
            "20",
            "Đang xử lý",
        ],
        [
            "5",
            "CV.2026.0441",
            "",
            "Báo cáo tình hình giải ngân vốn đầu tư công hằng tháng",
            "PGĐ Y Khim Niê",
            "Phòng Quản lý đầu tư",
            "",
            "15/09/2026 10:05",
            "",
            "",
            "Đang xử lý",
        ],
        [
            "6",
            "CV.2026.0450",
            "",
            "Rà soát, đề xuất phương án xử lý tài sản công dôi dư sau sắp xếp đơn vị hành chính",
            "PGĐ Lý Thị Ngọc",
            "Phòng Quản lý giá và Công sản",
            "Các sở, ban, ngành; UBND các xã, phường",
            "18/09/2026 16:20",
            "31/12/2026 17:00",
            "10",
            "Đang xử lý",
        ],
        [
            "7",
            "CV.2026.0398",
            "",
            "Trả lời kiến nghị cử tri về hỗ trợ kinh phí làm đường giao thông nông thôn",
            "PGĐ Y Khim Niê",
            "Phòng Quản lý đầu tư",
            "",
            "11/08/2026 09:00",
            "25/08/2026 17:00",
            "100",
            "Hoàn thành",
        ],
        [
            "8",
            "CV.2026.0455",
            "",
            "Cung cấp hồ sơ, số liệu phục vụ Đoàn Kiểm toán nhà nước khu vực XII",
            "GĐ Phạm Quốc Huy",
            "Văn phòng Sở",
            "Các phòng thuộc Sở",
            "22/09/2026 08:30",
            "05/10/2026 11:00",
            "60",
            "Quá hạn",
        ],
        ["Tổng số: 8 công việc", *[""] * 10],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


# --------------------------------------------------------------------------------------------- h46
def h46_docx(path: Path) -> None:
    """A commune's list of shortcomings to remedy (to be scanned): a short landscape table, the task in its third column."""
    from docx import Document

    document = Document()
    set_landscape(document.sections[0])
    national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ HÒA VANG"],
        "",
    )
    for text in (
        "Phụ lục",
        "DANH MỤC TỒN TẠI, HẠN CHẾ CẦN KHẮC PHỤC SAU KIỂM TRA CÔNG TÁC VĂN THƯ, LƯU TRỮ",
        "(Kèm theo Thông báo số 77/TB-UBND ngày 06/11/2026 của UBND xã Hòa Vang)",
    ):
        document.add_paragraph(text)
    table = table_with_header(
        document, ["STT", "Tồn tại, hạn chế", "Biện pháp khắc phục", "Bộ phận thực hiện", "Thời hạn"]
    )
    rows = [
        (
            "Hồ sơ công việc năm 2025 chưa được lập đầy đủ",
            "Lập hồ sơ công việc năm 2025 theo Danh mục hồ sơ, nộp lưu vào Lưu trữ cơ quan",
            "Văn phòng HĐND và UBND xã",
            "31/12/2026",
        ),
        (
            "Chưa ban hành Danh mục hồ sơ năm 2026",
            "Ban hành Danh mục hồ sơ năm 2026 của UBND xã",
            "Văn phòng HĐND và UBND xã",
            "30/11/2026",
        ),
        (
            "Một số văn bản điện tử ký số chưa đúng vị trí",
            "Rà soát, hướng dẫn công chức ký số văn bản điện tử đúng quy định",
            "Trung tâm Phục vụ hành chính công xã",
            "Ngay sau kiểm tra",
        ),
        (
            "Kho lưu trữ chưa có thiết bị phòng cháy, chống ẩm",
            "Trang bị bình chữa cháy, máy hút ẩm cho kho lưu trữ",
            "Phòng Kinh tế",
            "Quý I/2027",
        ),
        (
            "Công chức văn thư chưa được bồi dưỡng nghiệp vụ lưu trữ",
            "Cử công chức văn thư tham gia lớp bồi dưỡng nghiệp vụ lưu trữ",
            "Văn phòng HĐND và UBND xã",
            "Tháng 12/2026",
        ),
    ]
    for number, row in enumerate(rows, start=1):
        fill_row(table, [str(number), *row])
    set_widths(table, [0.5, 2.4, 2.8, 1.8, 1.3])
    document.add_paragraph(
        "Văn phòng HĐND và UBND xã tổng hợp kết quả khắc phục, báo cáo Chủ tịch UBND xã trước ngày 31/12/2026."
    )
    document.save(path)


# --------------------------------------------------------------------------------------------- h47
def h47_docx(path: Path) -> None:
    """A social-insurance plan (to be saved as .odt): one small two-column record table per task."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH HƯNG YÊN", "Số: 168/KH-BHXH"],
        "Hưng Yên, ngày 02 tháng 3 năm 2026",
    )
    for text in (
        "KẾ HOẠCH",
        "Phát triển người tham gia bảo hiểm xã hội tự nguyện năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Mở rộng diện bao phủ bảo hiểm xã hội, phấn đấu số người tham gia bảo hiểm xã hội tự nguyện tăng ít nhất 12% so với năm 2025.",
        "II. NHIỆM VỤ",
    ):
        document.add_paragraph(text)
    tasks = [
        (
            "Rà soát, lập danh sách người trong độ tuổi lao động chưa tham gia bảo hiểm xã hội",
            "Phòng Quản lý thu và Phát triển người tham gia",
            "Bảo hiểm xã hội cơ sở; UBND các xã, phường",
            "Quý II/2026",
            "Danh sách đối tượng tiềm năng",
        ),
        (
            "Tổ chức hội nghị đối thoại, tư vấn chính sách bảo hiểm xã hội tự nguyện tại cơ sở",
            "Phòng Truyền thông",
            "Bưu điện tỉnh; Hội Nông dân tỉnh",
            "Hằng quý",
            "Ít nhất 40 hội nghị",
        ),
        (
            "Triển khai thu bảo hiểm xã hội tự nguyện qua các nền tảng thanh toán điện tử",
            "Phòng Công nghệ thông tin",
            "Các ngân hàng thương mại trên địa bàn",
            "30/9/2026",
            "Kênh thu được vận hành",
        ),
        (
            "Giao chỉ tiêu phát triển người tham gia cho Bảo hiểm xã hội cơ sở",
            "Phòng Quản lý thu và Phát triển người tham gia",
            "",
            "Trước ngày 15/3/2026",
            "Văn bản giao chỉ tiêu",
        ),
        (
            "Kiểm tra công tác phát triển người tham gia tại các đại lý thu",
            "Phòng Thanh tra - Kiểm tra",
            "Bảo hiểm xã hội cơ sở",
            "Tháng 8 và tháng 11/2026",
            "Báo cáo kết quả kiểm tra",
        ),
        (
            "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch",
            "Văn phòng",
            "Các phòng nghiệp vụ",
            "Định kỳ 6 tháng, năm",
            "Báo cáo gửi Bảo hiểm xã hội Việt Nam",
        ),
    ]
    for number, (name, lead, partners, time, product) in enumerate(tasks, start=1):
        document.add_paragraph(f"Nhiệm vụ {number}")
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in (
            ("Tên nhiệm vụ", name),
            ("Đơn vị chủ trì", lead),
            ("Đơn vị phối hợp", partners),
            ("Thời gian hoàn thành", time),
            ("Sản phẩm", product),
        ):
            fill_row(table, [label, value])
    for text in (
        "III. TỔ CHỨC THỰC HIỆN",
        "Các phòng nghiệp vụ, Bảo hiểm xã hội cơ sở căn cứ Kế hoạch này chủ động triển khai; trong quá trình thực hiện nếu có vướng mắc báo cáo Giám đốc để chỉ đạo.",
        "Nơi nhận:\n- BHXH Việt Nam (b/c);\n- UBND tỉnh (b/c);\n- Các phòng, BHXH cơ sở;\n- Lưu: VT, QLT.",
        "GIÁM ĐỐC\nĐỗ Văn Thành",
    ):
        document.add_paragraph(text)
    document.save(path)


# --------------------------------------------------------------------------------------------- h48
def h48(path: Path) -> None:
    """A commune's new-rural-area schedule as a Gantt sheet: months T1…T12 shaded, no text in them."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    shade = PatternFill(fill_type="solid", start_color="FF5B9BD5", end_color="FF5B9BD5")
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Tiến độ"
    sheet.append(["UBND XÃ PHÚ LỘC"])
    sheet.append(["TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ XÂY DỰNG XÃ NÔNG THÔN MỚI NÂNG CAO NĂM 2026"])
    sheet.append([])
    sheet.append(
        ["STT", "Hạng mục, nhiệm vụ", "Đơn vị thực hiện", *[f"T{month}" for month in range(1, 13)], "Ghi chú"]
    )
    rows = [
        ("I", "HẠ TẦNG KINH TẾ - XÃ HỘI", "", "", ""),
        (
            "1",
            "Nâng cấp, mở rộng tuyến đường liên thôn Đông - Tây",
            "Ban Quản lý dự án đầu tư xây dựng xã",
            "3-8",
            "",
        ),
        ("2", "Xây dựng nhà văn hóa thôn Phú Thượng", "Ban Quản lý dự án đầu tư xây dựng xã", "5-10", ""),
        ("II", "KINH TẾ VÀ MÔI TRƯỜNG", "", "", ""),
        (
            "3",
            "Hướng dẫn hộ dân cải tạo vườn tạp, chỉnh trang hàng rào xanh",
            "Phòng Kinh tế",
            "2-4,9-11",
            "",
        ),
        ("4", "Xây dựng mô hình phân loại rác thải tại nguồn ở 03 thôn", "Phòng Kinh tế", "4-6", ""),
        ("III", "VĂN HÓA - XÃ HỘI", "", "", ""),
        (
            "5",
            "Vận động người dân tham gia bảo hiểm y tế, phấn đấu tỷ lệ trên 95%",
            "Phòng Văn hóa - Xã hội",
            "1-12",
            "Thường xuyên",
        ),
        (
            "6",
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
            "11-11",
            "",
        ),
        (
            "7",
            "Hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao",
            "Văn phòng HĐND và UBND xã",
            "11-12",
            "",
        ),
    ]
    for number, content, lead, months, note in rows:
        sheet.append([number, content, lead, *[""] * 12, note])
        for span in filter(None, months.split(",")):
            first, last = (int(value) for value in span.split("-"))
            for month in range(first, last + 1):
                sheet.cell(sheet.max_row, 3 + month).fill = shade
    sheet.append([])
    sheet.append(["Ghi chú: Ô tô màu là tháng thực hiện nhiệm vụ."])
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["C"].width = 36
    for month in range(1, 13):
        sheet.column_dimensions[chr(ord("C") + month)].width = 4
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h50
def h50(path: Path) -> None:
    """A Party committee's inspection programme: Word's automatic numbering (no number in the text), labelled fields inline."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["ĐẢNG BỘ TỈNH GIA LAI", "ĐẢNG ỦY PHƯỜNG AN KHÊ", "*", "Số 05-CTr/ĐU"],
        "",
    )
    document.tables[0].cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    document.tables[0].cell(1, 1).text = "An Khê, ngày 12 tháng 01 năm 2026"
    document.tables[0].cell(2, 1).text = ""
    for text in (
        "CHƯƠNG TRÌNH",
        "kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ phường",
        "Căn cứ Điều lệ Đảng và các quy định về công tác kiểm tra, giám sát, Ban Chấp hành Đảng bộ phường xây dựng Chương trình kiểm tra, giám sát năm 2026 như sau:",
        "I. KIỂM TRA",
    ):
        document.add_paragraph(text)
    items = [
        (
            "Kiểm tra Chi bộ Cơ quan UBND phường trong lãnh đạo thực hiện công tác cải cách hành chính.",
            "Ủy ban Kiểm tra Đảng ủy",
            "quý II/2026",
        ),
        (
            "Kiểm tra việc kê khai tài sản, thu nhập của đảng viên thuộc diện kê khai.",
            "Ủy ban Kiểm tra Đảng ủy",
            "tháng 10/2026",
        ),
        (
            "Kiểm tra tổ chức đảng, đảng viên khi có dấu hiệu vi phạm.",
            "Ủy ban Kiểm tra Đảng ủy",
            "khi phát hiện dấu hiệu vi phạm",
        ),
    ]
    more = [
        (
            "Giám sát việc thực hiện Nghị quyết Đại hội Đảng bộ phường về chỉnh trang, phát triển đô thị.",
            "Ban Xây dựng Đảng",
            "quý III/2026",
        ),
        (
            "Giám sát Chi bộ Khu phố 5 trong lãnh đạo công tác bảo đảm trật tự đô thị.",
            "Ban Xây dựng Đảng (phối hợp Văn phòng Đảng ủy)",
            "tháng 8/2026",
        ),
        (
            "Giám sát thường xuyên đối với tổ chức đảng và đảng viên trong việc chấp hành Điều lệ Đảng.",
            "Ủy ban Kiểm tra Đảng ủy",
            "thường xuyên",
        ),
    ]

    def numbered(content: str, unit: str, time: str) -> None:
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(content + " ")
        paragraph.add_run("Đơn vị thực hiện:").bold = True
        paragraph.add_run(f" {unit}. ")
        paragraph.add_run("Thời gian:").bold = True
        paragraph.add_run(f" {time}.")

    for entry in items:
        numbered(*entry)
    document.add_paragraph("II. GIÁM SÁT CHUYÊN ĐỀ")
    for entry in more:
        numbered(*entry)
    for text in (
        "III. TỔ CHỨC THỰC HIỆN",
        "Ủy ban Kiểm tra Đảng ủy giúp Ban Thường vụ theo dõi, tổng hợp kết quả thực hiện Chương trình; báo cáo Ban Thường vụ trước ngày 10/12/2026.",
        "Các chi bộ trực thuộc căn cứ Chương trình này xây dựng kế hoạch kiểm tra, giám sát của chi bộ, gửi về Ủy ban Kiểm tra Đảng ủy trước ngày 31/01/2026.",
        "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c);\n- Ủy ban Kiểm tra Tỉnh ủy (b/c);\n- Các chi bộ trực thuộc;\n- Lưu Văn phòng Đảng ủy.",
        "T/M ĐẢNG ỦY\nBÍ THƯ\nRơ Mah Thuận",
    ):
        document.add_paragraph(text)
    document.save(path)


def fifth_batch(tmp: Path) -> None:
    """Writes h36–h50's binaries and h44's CSV (the .txt and .html ones are written by hand); those
    of h37, h39, h40, h43, h44, h46, h47, h48 and h50, moved to the main corpus, into ../docs."""
    h36(DOCS / "h36_ct_so_gddt_quy_thang_gop_chu_tri.docx")
    h37(MOVED / "h37_qd_phu_luc_ngang_san_pham.docx")
    h40(MOVED / "h40_lich_tuan_phuong_gop_o_ngay.xlsx")  # moved to the main corpus (h13fixLC)
    h43(MOVED / "h43_chi_thi_nhom_co_quan_ngay_bang_chu.docx")
    h44(MOVED / "h44_xuat_eoffice_cham_phay_cv_cha.csv")
    h48(MOVED / "h48_tien_do_gantt_to_mau.xlsx")
    h50(MOVED / "h50_ctr_kiem_tra_dang_uy_danh_so_tu_dong.docx")
    if not shutil.which("soffice"):
        print("soffice not found: the .doc, .odt and the PDFs were not regenerated", file=sys.stderr)
        return
    h38_docx(tmp / "h38_kh_bo_bang_nhieu_trang.docx")
    soffice_convert(tmp / "h38_kh_bo_bang_nhieu_trang.docx", "pdf", MOVED / "h38_kh_bo_bang_nhieu_trang.pdf")
    h39_docx(tmp / "h39_tbkl_chu_tich_tinh_giao.docx")
    soffice_convert(
        tmp / "h39_tbkl_chu_tich_tinh_giao.docx", "doc", MOVED / "h39_tbkl_chu_tich_tinh_giao.doc"
    )
    h42_docx(tmp / "h42_chi_tieu_so_y_te_trong_do.docx")
    soffice_convert(
        tmp / "h42_chi_tieu_so_y_te_trong_do.docx", "odt", DOCS / "h42_chi_tieu_so_y_te_trong_do.odt"
    )
    h46_docx(tmp / "h46_scan.docx")
    soffice_convert(tmp / "h46_scan.docx", "pdf", tmp / "h46_scan.pdf")
    rasterise(tmp / "h46_scan.pdf", MOVED / "h46_danh_muc_khac_phuc_ngang_quet.pdf", scale=150 / 72)
    h47_docx(tmp / "h47_kh_bhxh_bang_the_nhiem_vu.docx")
    soffice_convert(
        tmp / "h47_kh_bhxh_bang_the_nhiem_vu.docx", "odt", MOVED / "h47_kh_bhxh_bang_the_nhiem_vu.odt"
    )


# ------------------------------------------------------------------ taught siblings of h46 and h48
def u11_docx(path: Path) -> None:
    """An own-authored sibling of h46's shape (README.md, "Moves"): a health centre's list of
    shortcomings to remedy (to be scanned), the task in the remedy column after two context columns."""
    from docx import Document

    document = Document()
    set_landscape(document.sections[0])
    national_header(
        document, ["TRUNG TÂM Y TẾ HUYỆN ĐÔNG ANH", "Số: 12/KH-TTYT"], "Đông Anh, ngày 05 tháng 01 năm 2027"
    )
    for text in (
        "KẾ HOẠCH KHẮC PHỤC TỒN TẠI SAU KIỂM TRA CÔNG TÁC Y TẾ CƠ SỞ NĂM 2026",
        "(Kèm theo Kết luận kiểm tra số 03/KL-SYT ngày 28/12/2026 của Sở Y tế)",
    ):
        document.add_paragraph(text)
    table = table_with_header(
        document,
        ["TT", "Tồn tại, thiếu sót", "Nguyên nhân", "Giải pháp khắc phục", "Bộ phận phụ trách", "Thời hạn"],
    )
    rows = [
        (
            "Sổ tiêm chủng điện tử thiếu thông tin",
            "Nhân lực nhập liệu ít",
            "Cập nhật đầy đủ thông tin tiêm chủng của trẻ dưới 5 tuổi trên hệ thống",
            "Khoa Kiểm soát bệnh tật",
            "15/01/2027",
        ),
        (
            "Khu vực chờ khám chật, thiếu ghế",
            "Chưa sắp xếp hợp lý",
            "Bố trí lại khu vực chờ khám, bổ sung ghế ngồi cho người bệnh",
            "Phòng Hành chính - Tổng hợp",
            "Tháng 02/2027",
        ),
        (
            "Phân loại chất thải y tế chưa đúng",
            "Nhân viên mới chưa được hướng dẫn",
            "Tập huấn quy trình phân loại chất thải y tế cho nhân viên",
            "Khoa Xét nghiệm",
            "Quý I/2027",
        ),
        (
            "Danh mục thuốc thiết yếu chưa cập nhật",
            "Chưa rà soát định kỳ",
            "Rà soát, bổ sung danh mục thuốc thiết yếu theo quy định mới",
            "Khoa Dược",
            "Trước 31/3/2027",
        ),
    ]
    for number, row in enumerate(rows, start=1):
        fill_row(table, [str(number), *row])
    set_widths(table, [0.4, 1.8, 1.6, 2.6, 1.6, 1.1])
    for text in (
        "Phòng Kế hoạch - Nghiệp vụ theo dõi, tổng hợp kết quả khắc phục, báo cáo Giám đốc trước ngày 10/4/2027.",
        "GIÁM ĐỐC\nLương Thị Hạnh",
    ):
        document.add_paragraph(text)
    document.save(path)


def u13(path: Path) -> None:
    """An own-authored sibling of h48's shape: a library's yearly schedule, quarters shaded (one row marked 'x')."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    shade = PatternFill(fill_type="solid", start_color="FFF4B183", end_color="FFF4B183")
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Tiến độ"
    sheet.append(["THƯ VIỆN HUYỆN ĐÔNG ANH"])
    sheet.append(["TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ NĂM 2026"])
    sheet.append(["TT", "Nhiệm vụ", "Bộ phận thực hiện", "Quý I", "Quý II", "Quý III", "Quý IV", "Ghi chú"])
    rows = [
        ("A", "HOẠT ĐỘNG NGHIỆP VỤ", "", "", ""),
        ("1", "Số hóa tài liệu địa chí giai đoạn 1", "Tổ Nghiệp vụ", "1-2", ""),
        ("2", "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam", "Tổ Phục vụ bạn đọc", "x2", ""),
        ("3", "Luân chuyển sách về thư viện các xã", "Tổ Phục vụ bạn đọc", "1-4", ""),
        ("B", "CÔNG TÁC KHÁC", "", "", ""),
        ("4", "Kiểm kê kho sách và thanh lọc tài liệu hư hỏng", "Tổ Nghiệp vụ", "3-3", ""),
        (
            "5",
            "Cập nhật tin bài lên trang thông tin điện tử của Thư viện",
            "Tổ Hành chính",
            "1-4",
            "Thường xuyên",
        ),
    ]
    for number, content, lead, quarters, note in rows:
        sheet.append([number, content, lead, "", "", "", "", note])
        if quarters.startswith("x"):
            sheet.cell(sheet.max_row, 3 + int(quarters[1:])).value = "x"
        elif quarters:
            first, last = (int(value) for value in quarters.split("-"))
            for quarter in range(first, last + 1):
                sheet.cell(sheet.max_row, 3 + quarter).fill = shade
    sheet.append([])
    sheet.append(["Ô tô màu: quý thực hiện."])
    workbook.save(path)


def taught_remedies(tmp: Path) -> None:
    """Writes the siblings u11 (a scan) and u13 into ../docs (u12 is text written by hand)."""
    u13(MOVED / "u13_tien_do_quy_to_mau.xlsx")
    if not shutil.which("soffice"):
        print("soffice not found: the scan u11 was not regenerated", file=sys.stderr)
        return
    u11_docx(tmp / "u11_scan.docx")
    soffice_convert(tmp / "u11_scan.docx", "pdf", tmp / "u11_scan.pdf")
    rasterise(tmp / "u11_scan.pdf", MOVED / "u11_khac_phuc_ton_tai_ban_quet.pdf", scale=150 / 72)


# ======================================================= s01, s03 (siblings taught with h45, h47, h50)
# Own-authored for the main corpus (h13fixC) with their expected items written before their first
# import: Word's automatic numbering over two levels with inline labels (s01), one record table of
# `label | value` rows per activity (s03). Written into ../docs (MOVED) by `--siblings`.
def s01(path: Path) -> None:
    """A Women's Union programme: automatic numbering, decimal over lower letters, inline labels."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="71"><w:abstractNumId w:val="70"/></w:num>'))

    def numbered(level: int, content: str, unit: str = "", time: str = "") -> None:
        paragraph = document.add_paragraph()
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="71"/></w:numPr>')
        )
        paragraph.add_run(content)
        if unit:
            paragraph.add_run(" Chủ trì:").bold = True
            paragraph.add_run(f" {unit}.")
        if time:
            paragraph.add_run(" Thời hạn:").bold = True
            paragraph.add_run(f" {time}.")

    national_header(
        document,
        ["HỘI LHPN THÀNH PHỐ BẢO LỘC", "HỘI LHPN PHƯỜNG LỘC TIẾN", "Số: 03/CTr-HPN"],
        "Lộc Tiến, ngày 08 tháng 01 năm 2027",
    )
    for text in ("CHƯƠNG TRÌNH", "Công tác Hội năm 2027", "I. CÔNG TÁC TUYÊN TRUYỀN"):
        document.add_paragraph(text)
    numbered(
        0,
        "Tổ chức tọa đàm kỷ niệm Ngày Quốc tế Phụ nữ tại hội trường khu phố 4.",
        "Ban Tuyên giáo Hội",
        "tháng 3/2027",
    )
    numbered(
        0,
        "Cập nhật gương phụ nữ tiêu biểu trên trang thông tin của phường.",
        "Văn phòng Hội",
        "quý II/2027",
    )
    document.add_paragraph("II. CÔNG TÁC HỖ TRỢ HỘI VIÊN")
    numbered(0, "Hỗ trợ hội viên khó khăn vay vốn phát triển kinh tế hộ gia đình, gồm:")
    numbered(1, "Rà soát danh sách hội viên có nhu cầu vay vốn.", "Ban Kinh tế Hội", "30/4/2027")
    numbered(1, "Phối hợp tổ tiết kiệm và vay vốn bình xét hồ sơ vay.", "Ban Kinh tế Hội", "quý III/2027")
    numbered(
        0,
        "Mở lớp tập huấn kỹ năng sử dụng dịch vụ công trực tuyến cho hội viên.",
        "Văn phòng Hội (phối hợp Đoàn Thanh niên phường)",
        "tháng 9/2027",
    )
    for text in (
        "III. TỔ CHỨC THỰC HIỆN",
        "Văn phòng Hội tổng hợp kết quả thực hiện Chương trình, báo cáo Ban Thường vụ trước ngày 15/12/2027.",
        "Nơi nhận:\n- Hội LHPN thành phố (b/c);\n- Đảng ủy phường (b/c);\n- Lưu VP.",
        "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nK'Hồng Nhung",
    ):
        document.add_paragraph(text)
    document.save(path)


def s03(path: Path) -> None:
    """A district health centre's plan: one two-column record table per activity, a `Kinh phí` row."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["SỞ Y TẾ TỈNH AN GIANG", "TRUNG TÂM Y TẾ HUYỆN THOẠI SƠN", "Số: 41/KH-TTYT"],
        "Thoại Sơn, ngày 15 tháng 02 năm 2027",
    )
    for text in (
        "KẾ HOẠCH",
        "Phòng, chống sốt xuất huyết năm 2027",
        "I. MỤC TIÊU",
        "Giảm số ca mắc sốt xuất huyết ít nhất 10% so với năm 2026, không để tử vong.",
        "II. CÁC HOẠT ĐỘNG",
    ):
        document.add_paragraph(text)
    activities = [
        (
            "Phun hóa chất diệt muỗi tại các ổ dịch cũ trên địa bàn 5 xã",
            "Khoa Kiểm soát bệnh tật",
            "Trạm Y tế các xã",
            "Tháng 5/2027",
            "Ngân sách huyện",
        ),
        (
            "Tập huấn chẩn đoán, điều trị sốt xuất huyết cho nhân viên y tế tuyến xã",
            "Phòng Kế hoạch - Nghiệp vụ",
            "Khoa Hồi sức cấp cứu",
            "15/6/2027",
            "Nguồn chương trình mục tiêu",
        ),
        (
            "Giám sát côn trùng truyền bệnh tại các điểm nguy cơ cao",
            "Khoa Kiểm soát bệnh tật",
            "",
            "Hằng tháng",
            "Không",
        ),
        (
            "Tổng hợp, báo cáo tình hình dịch bệnh năm 2027 gửi Sở Y tế",
            "Phòng Kế hoạch - Nghiệp vụ",
            "Khoa Kiểm soát bệnh tật",
            "Trước ngày 20/12/2027",
            "Không",
        ),
    ]
    labels = ("Nội dung hoạt động", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Kinh phí")
    for index, values in enumerate(activities, start=1):
        document.add_paragraph(f"Hoạt động {index}")
        table = document.add_table(rows=len(labels), cols=2)
        table.style = "Table Grid"
        for row, (label, value) in enumerate(zip(labels, values, strict=True)):
            table.cell(row, 0).text, table.cell(row, 1).text = label, value
    for text in (
        "III. TỔ CHỨC THỰC HIỆN",
        "Các khoa, phòng căn cứ Kế hoạch này chủ động triển khai thực hiện.",
        "Nơi nhận:\n- Sở Y tế (b/c);\n- UBND huyện (b/c);\n- Lưu: VT, KSBT.",
        "GIÁM ĐỐC\nChâu Văn Lực",
    ):
        document.add_paragraph(text)
    document.save(path)


def siblings() -> None:
    """Writes s01 and s03 into ../docs."""
    s01(MOVED / "s01_ctr_hoi_phu_nu_danh_so_hai_cap.docx")
    s03(MOVED / "s03_kh_ttyt_bang_the_hoat_dong.docx")


# ============================================================== h51–h62 (sixth batch, own-authored)
def sheet_title_rows(sheet, lines: list[str], width: int) -> None:
    """Title lines above a sheet's header, each merged across the table's width."""
    for line in lines:
        sheet.append([line])
        if line:
            row = sheet.max_row
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


# --------------------------------------------------------------------------------------------- h51
def h51(path: Path) -> None:
    """A district's key tasks for a quarter (.xlsx): 'Kết quả/sản phẩm' and 'Lãnh đạo phụ trách' before the lead."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Quý II-2025"
    labels = [
        "STT",
        "Nhiệm vụ trọng tâm",
        "Kết quả/sản phẩm",
        "Lãnh đạo phụ trách",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian hoàn thành",
    ]
    sheet_title_rows(
        sheet,
        [
            "ỦY BAN NHÂN DÂN HUYỆN HÒA VANG THƯỢNG",
            "DANH MỤC NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2025",
            "(Kèm theo Thông báo số 118/TB-UBND ngày 02/4/2025 của UBND huyện)",
            "",
        ],
        len(labels),
    )
    sheet.append(labels)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    rows = [
        (
            "Hoàn thành kiểm kê đất đai, lập bản đồ hiện trạng sử dụng đất năm 2024 của huyện và 14 xã, thị trấn",
            "Báo cáo kết quả kiểm kê; bản đồ hiện trạng sử dụng đất",
            "Đ/c Lê Thanh Bình - PCT UBND huyện",
            "Phòng Nông nghiệp và Môi trường",
            "UBND các xã, thị trấn",
            "30/4/2025",
        ),
        (
            "Rà soát, lập phương án sắp xếp, xử lý trụ sở làm việc và tài sản công dôi dư của các cơ quan, đơn vị",
            "Phương án xử lý tài sản trình UBND tỉnh",
            "Đ/c Lê Thanh Bình - PCT UBND huyện",
            "Phòng Tài chính - Kế hoạch",
            "Các cơ quan, đơn vị có tài sản",
            "15/5/2025",
        ),
        (
            "Đẩy nhanh tiến độ giải ngân vốn đầu tư công, tập trung các công trình chuyển tiếp và công trình trường học",
            "Tỷ lệ giải ngân đạt trên 60% kế hoạch vốn",
            "Đ/c Phạm Quốc Huy - Chủ tịch UBND huyện",
            "Ban Quản lý dự án đầu tư xây dựng huyện",
            "Phòng Tài chính - Kế hoạch; Kho bạc Nhà nước khu vực",
            "30/6/2025",
        ),
        (
            "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể và cơ sở sản xuất, kinh doanh thực phẩm trong Tháng hành động",
            "Thông báo kết quả kiểm tra",
            "Đ/c Đoàn Thị Mỹ Lệ - PCT UBND huyện",
            "Phòng Y tế",
            "Công an huyện; UBND các xã, thị trấn",
            "Từ 15/4/2025 đến 15/5/2025",
        ),
        (
            "Tổng kết năm học 2024 - 2025; rà soát cơ sở vật chất, đội ngũ chuẩn bị cho năm học mới",
            "Báo cáo tổng kết năm học",
            "Đ/c Đoàn Thị Mỹ Lệ - PCT UBND huyện",
            "Phòng Giáo dục và Đào tạo",
            "Các trường học trên địa bàn",
            "Tháng 6/2025",
        ),
        (
            "Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND huyện với nhân dân về công tác bồi thường, giải phóng mặt bằng",
            "Thông báo kết luận hội nghị đối thoại",
            "Đ/c Phạm Quốc Huy - Chủ tịch UBND huyện",
            "Văn phòng HĐND và UBND huyện",
            "Phòng Nông nghiệp và Môi trường; Ban Tiếp công dân huyện",
            "Tháng 5/2025",
        ),
        (
            "Xây dựng, phê duyệt phương án ứng phó thiên tai và tìm kiếm cứu nạn năm 2025 của huyện",
            "Quyết định phê duyệt phương án",
            "Đ/c Lê Thanh Bình - PCT UBND huyện",
            "Phòng Nông nghiệp và Môi trường",
            "Ban Chỉ huy Quân sự huyện; Công an huyện",
            "Trước 31/5/2025",
        ),
        (
            "Mở đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh trật tự trên địa bàn",
            "Báo cáo kết quả đợt cao điểm",
            "Đ/c Phạm Quốc Huy - Chủ tịch UBND huyện",
            "Công an huyện",
            "Các cơ quan, đơn vị liên quan",
            "Thường xuyên",
        ),
    ]
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    sheet.append([])
    sheet.append(
        [
            "Ghi chú: Các cơ quan chủ trì báo cáo tiến độ thực hiện nhiệm vụ về Văn phòng HĐND và UBND huyện trước ngày 25 hằng tháng để tổng hợp."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(labels))
    for column, width in zip("ABCDEFG", [6, 48, 30, 26, 28, 30, 16], strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h52
def h52(path: Path) -> None:
    """A Sở's plan as a three-level outline (I. / 1. / a)) whose fields are the paragraphs under each task."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["UBND TỈNH QUẢNG NGÃI", "SỞ CÔNG THƯƠNG", "Số: 1452/KH-SCT"],
        "Quảng Ngãi, ngày 16 tháng 3 năm 2026",
    )
    for text in (
        "KẾ HOẠCH",
        "Phát triển thương mại điện tử trên địa bàn tỉnh năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "a) Đưa thương mại điện tử trở thành kênh phân phối quan trọng của doanh nghiệp, hợp tác xã và hộ kinh doanh trên địa bàn tỉnh.",
        "b) Nâng cao hiệu quả quản lý nhà nước về thương mại điện tử, bảo vệ quyền lợi người tiêu dùng trên môi trường mạng.",
        "2. Yêu cầu",
        "a) Các nhiệm vụ được phân công cụ thể, có đơn vị chủ trì, thời gian hoàn thành rõ ràng.",
        "b) Bảo đảm phối hợp chặt chẽ giữa các phòng, đơn vị thuộc Sở với các sở, ngành và UBND các xã, phường.",
        "II. NHIỆM VỤ CỤ THỂ",
        "1. Hoàn thiện cơ chế, chính sách",
        "a) Tham mưu UBND tỉnh ban hành Quy chế phối hợp quản lý hoạt động thương mại điện tử trên địa bàn tỉnh.",
        "- Đơn vị chủ trì: Phòng Quản lý thương mại.",
        "- Đơn vị phối hợp: Văn phòng Sở; Công an tỉnh; Sở Khoa học và Công nghệ.",
        "- Thời gian hoàn thành: Quý II/2026.",
        "b) Rà soát, đề xuất sửa đổi, bổ sung chính sách hỗ trợ doanh nghiệp ứng dụng thương mại điện tử trong Chương trình xúc tiến thương mại của tỉnh.",
        "- Đơn vị chủ trì: Phòng Quản lý thương mại.",
        "- Đơn vị phối hợp: Trung tâm Khuyến công và Xúc tiến thương mại.",
        "- Thời gian hoàn thành: Tháng 9/2026.",
        "2. Phát triển nguồn nhân lực và hỗ trợ doanh nghiệp",
        "a) Tổ chức 05 lớp tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho hợp tác xã, hộ kinh doanh tại các xã miền núi.",
        "- Đơn vị chủ trì: Trung tâm Khuyến công và Xúc tiến thương mại.",
        "- Đơn vị phối hợp: UBND các xã có liên quan.",
        "- Thời gian hoàn thành: Từ tháng 4 đến tháng 10/2026.",
        "b) Hỗ trợ ít nhất 100 doanh nghiệp nhỏ và vừa, chủ thể OCOP đưa sản phẩm lên các sàn thương mại điện tử uy tín.",
        "- Đơn vị chủ trì: Trung tâm Khuyến công và Xúc tiến thương mại.",
        "- Đơn vị phối hợp: Hiệp hội Doanh nghiệp tỉnh.",
        "- Thời gian hoàn thành: Năm 2026.",
        "3. Quản lý thị trường, bảo vệ quyền lợi người tiêu dùng",
        "a) Kiểm tra, xử lý các hành vi kinh doanh hàng giả, hàng không rõ nguồn gốc trên môi trường mạng.",
        "- Đơn vị chủ trì: Chi cục Quản lý thị trường.",
        "- Đơn vị phối hợp: Công an tỉnh.",
        "- Thời gian hoàn thành: Thường xuyên.",
        "b) Tiếp nhận, giải quyết khiếu nại của người tiêu dùng liên quan đến giao dịch thương mại điện tử.",
        "- Đơn vị chủ trì: Phòng Quản lý thương mại.",
        "- Thời gian hoàn thành: Khi phát sinh.",
        "4. Xây dựng bộ chỉ số đánh giá mức độ phát triển thương mại điện tử của các xã, phường",
        "- Đơn vị chủ trì: Phòng Kế hoạch - Tài chính.",
        "- Đơn vị phối hợp: Cục Thống kê tỉnh.",
        "- Thời gian hoàn thành: 30/11/2026.",
        "III. KINH PHÍ",
        "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh giao cho Sở Công Thương năm 2026 và nguồn xã hội hóa.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Sở là đầu mối theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện trước ngày 10/12/2026.",
        "2. Trưởng các phòng, đơn vị thuộc Sở chủ động triển khai nhiệm vụ được giao; trong quá trình thực hiện có vướng mắc kịp thời báo cáo Giám đốc Sở xem xét, giải quyết.",
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, QLTM.",
        "GIÁM ĐỐC\nHuỳnh Văn Quang",
    ):
        document.add_paragraph(text)
    document.save(path)


# --------------------------------------------------------------------------------------------- h53
def h53_docx(path: Path) -> None:
    """A provincial chairman's conclusions (to be printed to a PDF with its text): items '1.1', '1.2', 'chậm nhất ngày …'."""
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    document.sections[0].page_width, document.sections[0].page_height = Mm(210), Mm(297)
    national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "Số: 611/TB-UBND"],
        "Đắk Lắk, ngày 21 tháng 10 năm 2026",
    )
    for text in (
        "THÔNG BÁO",
        "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế về công tác y tế cơ sở và đầu tư Bệnh viện Đa khoa tỉnh (cơ sở 2)",
        "Ngày 17/10/2026, đồng chí Chủ tịch UBND tỉnh chủ trì buổi làm việc với Sở Y tế. Cùng dự có lãnh đạo các sở: Tài chính, Nội vụ, Xây dựng; Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh; Văn phòng UBND tỉnh. Sau khi nghe Giám đốc Sở Y tế báo cáo và ý kiến của các đại biểu, Chủ tịch UBND tỉnh kết luận như sau:",
        "Biểu dương ngành Y tế đã hoàn thành tốt nhiệm vụ khám, chữa bệnh và phòng, chống dịch bệnh 9 tháng đầu năm 2026. Tuy nhiên, mạng lưới y tế cơ sở còn thiếu nhân lực, trang thiết bị; tiến độ đầu tư Bệnh viện Đa khoa tỉnh (cơ sở 2) còn chậm so với kế hoạch.",
        "1. Về củng cố mạng lưới y tế cơ sở",
        "1.1. Sở Y tế khẩn trương hoàn thiện Đề án sắp xếp, nâng cao năng lực các trạm y tế xã, phường giai đoạn 2026 - 2030, trình UBND tỉnh chậm nhất ngày 30/10/2026.",
        "1.2. Giao Sở Tài chính cân đối, tham mưu bố trí kinh phí mua sắm trang thiết bị thiết yếu cho các trạm y tế, báo cáo UBND tỉnh chậm nhất ngày 15/11/2026.",
        "1.3. Sở Nội vụ chủ trì, phối hợp với Sở Y tế rà soát, đề xuất giao bổ sung số lượng người làm việc cho các trạm y tế thiếu bác sĩ; hoàn thành chậm nhất ngày 20 tháng 11 năm 2026.",
        "2. Về phòng, chống dịch bệnh mùa đông - xuân",
        "2.1. Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh tăng cường giám sát, phát hiện sớm các ổ dịch sốt xuất huyết, tay chân miệng, cúm mùa; thực hiện thường xuyên.",
        "2.2. UBND các xã, phường tổ chức chiến dịch vệ sinh môi trường, diệt lăng quăng, bọ gậy tại khu dân cư, trường học; hoàn thành chậm nhất ngày 31/12/2026.",
        "3. Về đầu tư xây dựng Bệnh viện Đa khoa tỉnh (cơ sở 2)",
        "3.1. Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh chỉ đạo nhà thầu tăng ca, bổ sung thiết bị, bảo đảm hoàn thành gói thầu số 05 (xây lắp khối nhà điều trị) chậm nhất ngày 30/6/2027.",
        "3.2. Sở Xây dựng hướng dẫn, kiểm tra công tác quản lý chất lượng, nghiệm thu các hạng mục công trình theo quy định.",
        "3.3. Đồng ý chủ trương để Sở Y tế sử dụng tạm thời khu nhà hành chính cũ của Bệnh viện Đa khoa tỉnh làm kho thuốc dự phòng trong thời gian chờ xây dựng.",
        "4. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện nội dung kết luận này; định kỳ hằng quý tổng hợp, báo cáo Chủ tịch UBND tỉnh.",
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.",
        "Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\n- Các sở: YT, TC, NV, XD;\n- Ban QLDA ĐTXD các CTDD&CN tỉnh;\n- UBND các xã, phường;\n- Lưu: VT, KGVX.",
        "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nY Khuê Niê",
    ):
        document.add_paragraph(text)
    document.save(path)


# --------------------------------------------------------------------------------------------- h54
def h54(path: Path) -> None:
    """A Sở's weekly calendar as one .xlsx workbook with one sheet per week (the year only in each title)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    labels = [
        "Thứ, ngày",
        "Thời gian",
        "Nội dung công việc",
        "Lãnh đạo chủ trì",
        "Thành phần",
        "Địa điểm",
        "Đơn vị chuẩn bị",
    ]
    weeks = [
        (
            "Tuần 45",
            "LỊCH CÔNG TÁC TUẦN 45 NĂM 2026",
            "(Từ ngày 02/11/2026 đến ngày 06/11/2026)",
            [
                (
                    "Thứ Hai\n02/11",
                    "8h00",
                    "Giao ban lãnh đạo Sở tuần 45",
                    "Giám đốc Sở",
                    "Các Phó Giám đốc; trưởng các phòng, đơn vị",
                    "Phòng họp tầng 2",
                    "Văn phòng Sở",
                ),
                (
                    "",
                    "14h00",
                    "Làm việc với UBND xã Phú Bình về kết quả thực hiện cải cách hành chính 10 tháng năm 2026",
                    "PGĐ Trần Minh Đức",
                    "Phòng Cải cách hành chính",
                    "UBND xã Phú Bình",
                    "Phòng Cải cách hành chính",
                ),
                ("Thứ Ba\n03/11", "Cả ngày", "Lãnh đạo Sở làm việc tại cơ quan", "", "", "", ""),
                (
                    "Thứ Tư\n04/11",
                    "8h30",
                    "Họp Hội đồng tuyển dụng viên chức năm 2026 (phiên thứ nhất)",
                    "Giám đốc Sở",
                    "Thành viên Hội đồng",
                    "Hội trường Sở",
                    "Phòng Công chức, viên chức",
                ),
                (
                    "Thứ Năm\n05/11",
                    "9h00",
                    "Dự Hội nghị trực tuyến của Bộ Nội vụ sơ kết công tác thi đua, khen thưởng",
                    "PGĐ Hà Thị Ngân",
                    "Lãnh đạo Ban Thi đua - Khen thưởng",
                    "Điểm cầu UBND tỉnh",
                    "",
                ),
                (
                    "Thứ Sáu\n06/11",
                    "14h00",
                    "Kiểm tra công tác văn thư, lưu trữ tại Sở Giáo dục và Đào tạo",
                    "PGĐ Trần Minh Đức",
                    "Đoàn kiểm tra theo Quyết định số 402/QĐ-SNV",
                    "Sở Giáo dục và Đào tạo",
                    "Chi cục Văn thư - Lưu trữ",
                ),
            ],
        ),
        (
            "Tuần 46",
            "LỊCH CÔNG TÁC TUẦN 46 NĂM 2026",
            "(Từ ngày 09/11/2026 đến ngày 13/11/2026)",
            [
                (
                    "Thứ Hai\n09/11",
                    "8h00",
                    "Giao ban lãnh đạo Sở tuần 46",
                    "Giám đốc Sở",
                    "Các Phó Giám đốc; trưởng các phòng, đơn vị",
                    "Phòng họp tầng 2",
                    "Văn phòng Sở",
                ),
                (
                    "Thứ Ba\n10/11",
                    "8h00",
                    "Tiếp công dân định kỳ",
                    "Giám đốc Sở",
                    "Đại diện các phòng có liên quan",
                    "Phòng tiếp công dân của Sở",
                    "Văn phòng Sở",
                ),
                (
                    "Thứ Tư, Thứ Năm\n11 - 12/11",
                    "Cả ngày",
                    "Kiểm tra việc thực hiện chế độ, chính sách đối với cán bộ, công chức cấp xã tại xã Đại Từ và xã Phổ Yên",
                    "PGĐ Hà Thị Ngân",
                    "Đoàn kiểm tra",
                    "Xã Đại Từ, xã Phổ Yên",
                    "Phòng Xây dựng chính quyền và Công tác thanh niên",
                ),
                (
                    "Thứ Sáu\n13/11",
                    "15h00",
                    "Họp Hội đồng Thi đua - Khen thưởng Sở xét khen thưởng chuyên đề năm 2026",
                    "Giám đốc Sở",
                    "Thành viên Hội đồng",
                    "Phòng họp tầng 2",
                    "Ban Thi đua - Khen thưởng",
                ),
            ],
        ),
    ]
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, heading, span, rows in weeks:
        sheet = workbook.create_sheet(title)
        sheet_title_rows(sheet, ["SỞ NỘI VỤ TỈNH THÁI NGUYÊN", heading, span, ""], len(labels))
        sheet.append(labels)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(list(row))
        sheet.append([])
        sheet.append(
            [
                "Lịch công tác có thể thay đổi; các phòng, đơn vị theo dõi lịch cập nhật trên Hệ thống quản lý văn bản và điều hành."
            ]
        )
        for column, width in zip("ABCDEFG", [14, 10, 50, 18, 30, 24, 26], strict=True):
            sheet.column_dimensions[column].width = width
        for row in sheet.iter_rows(min_row=5):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h57
def h57_docx(path: Path) -> None:
    """A Government resolution (to be saved as legacy .doc) whose appendix lists tasks with a 'Hình thức văn bản' column."""
    from docx import Document
    from docx.enum.section import WD_SECTION

    document = Document()
    national_header(document, ["CHÍNH PHỦ", "Số: 215/NQ-CP"], "Hà Nội, ngày 12 tháng 3 năm 2026")
    for text in (
        "NGHỊ QUYẾT",
        "Ban hành Chương trình hành động của Chính phủ về phát triển dịch vụ logistics năm 2026",
        "CHÍNH PHỦ",
        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
        "Theo đề nghị của Bộ trưởng Bộ Công Thương;",
        "QUYẾT NGHỊ:",
        "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ về phát triển dịch vụ logistics năm 2026, gồm các nhiệm vụ tại Phụ lục kèm theo.",
        "Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.",
        "Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị quyết này.",
        "Nơi nhận:\n- Ban Bí thư Trung ương Đảng;\n- Thủ tướng, các Phó Thủ tướng Chính phủ;\n- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;\n- HĐND, UBND các tỉnh, thành phố trực thuộc trung ương;\n- Lưu: VT, KTTH.",
        "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nLương Văn Khải",
    ):
        document.add_paragraph(text)
    document.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(document.sections[-1])
    for text in (
        "Phụ lục",
        "DANH MỤC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG VỀ PHÁT TRIỂN DỊCH VỤ LOGISTICS NĂM 2026",
        "(Kèm theo Nghị quyết số 215/NQ-CP ngày 12 tháng 3 năm 2026 của Chính phủ)",
    ):
        document.add_paragraph(text)
    table = table_with_header(
        document,
        [
            "STT",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
            "Hình thức văn bản",
        ],
    )
    groups = [
        (
            "I",
            "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH",
            [
                (
                    "Xây dựng Nghị định quy định chi tiết về kinh doanh dịch vụ logistics, thay thế các quy định không còn phù hợp",
                    "Bộ Công Thương",
                    "Bộ Tư pháp; các bộ, cơ quan liên quan",
                    "Tháng 10/2026",
                    "Nghị định của Chính phủ",
                ),
                (
                    "Sửa đổi, bổ sung quy định về thủ tục hải quan đối với hàng hóa quá cảnh, chuyển tải qua cảng cạn",
                    "Bộ Tài chính",
                    "Bộ Công Thương; Bộ Xây dựng",
                    "Quý III/2026",
                    "Thông tư của Bộ trưởng Bộ Tài chính",
                ),
                (
                    "Nghiên cứu, đánh giá sự cần thiết xây dựng luật riêng về logistics",
                    "Bộ Công Thương",
                    "Bộ Tư pháp; Hiệp hội Doanh nghiệp dịch vụ Logistics Việt Nam",
                    "Tháng 12/2026",
                    "Báo cáo Chính phủ",
                ),
            ],
        ),
        (
            "II",
            "PHÁT TRIỂN HẠ TẦNG LOGISTICS",
            [
                (
                    "Rà soát, cập nhật quy hoạch mạng lưới trung tâm logistics cấp vùng và cấp quốc gia",
                    "Bộ Công Thương",
                    "Bộ Xây dựng; UBND các tỉnh, thành phố",
                    "Quý IV/2026",
                    "Quyết định của Thủ tướng Chính phủ",
                ),
                (
                    "Xây dựng Đề án phát triển cảng cạn kết nối các cảng biển cửa ngõ quốc tế",
                    "Bộ Xây dựng",
                    "Bộ Tài chính; Bộ Công Thương",
                    "Tháng 11/2026",
                    "Đề án trình Thủ tướng Chính phủ",
                ),
                (
                    "Đẩy mạnh vận tải đa phương thức, tăng tỷ trọng hàng hóa vận chuyển bằng đường sắt, đường thủy nội địa đến cảng biển",
                    "Bộ Xây dựng",
                    "Tổng công ty Đường sắt Việt Nam; UBND các tỉnh, thành phố có cảng biển",
                    "Hằng năm",
                    "Báo cáo Chính phủ",
                ),
            ],
        ),
        (
            "III",
            "CHUYỂN ĐỔI SỐ VÀ PHÁT TRIỂN NGUỒN NHÂN LỰC",
            [
                (
                    "Nâng cấp Cổng thông tin một cửa quốc gia, kết nối dữ liệu các thủ tục liên quan đến hàng hóa xuất khẩu, nhập khẩu, quá cảnh",
                    "Bộ Tài chính",
                    "Bộ Công Thương; Bộ Khoa học và Công nghệ",
                    "30/11/2026",
                    "Hệ thống được nâng cấp, vận hành",
                ),
                (
                    "Ban hành chương trình đào tạo nghiệp vụ logistics trình độ cao đẳng theo chuẩn đầu ra khu vực",
                    "Bộ Giáo dục và Đào tạo",
                    "Bộ Công Thương; các cơ sở giáo dục nghề nghiệp",
                    "Quý II/2026",
                    "Thông tư của Bộ trưởng Bộ Giáo dục và Đào tạo",
                ),
                (
                    "Tổ chức Diễn đàn Logistics Việt Nam năm 2026",
                    "Bộ Công Thương",
                    "UBND thành phố Hải Phòng",
                    "Tháng 9/2026",
                    "Kỷ yếu, báo cáo kết quả Diễn đàn",
                ),
            ],
        ),
    ]
    for roman, title, rows in groups:
        cells = table.add_row().cells
        cells[0].text = roman
        cells[1].merge(cells[-1]).text = title
        for number, row in enumerate(rows, start=1):
            fill_row(table, [str(number), *row])
    set_widths(table, [0.5, 3.4, 1.4, 1.9, 1.2, 1.6])
    document.save(path)


# --------------------------------------------------------------------------------------------- h58
def h58_docx(path: Path) -> None:
    """A commune's plan (to be saved as .odt): each dash task ends 'Chủ trì: …. Thời gian: Quý II, III/2026.'"""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ BẢO LÂM", "Số: 37/KH-UBND"],
        "Bảo Lâm, ngày 09 tháng 02 năm 2026",
    )
    for text in (
        "KẾ HOẠCH",
        "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn xã năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Triển khai đồng bộ các dự án, tiểu dự án của Chương trình; hỗ trợ đúng đối tượng, công khai, minh bạch; phấn đấu giảm tỷ lệ hộ nghèo đa chiều của xã từ 9,8% xuống còn 7,5% vào cuối năm 2026.",
        "II. CHỈ TIÊU",
        "Giảm ít nhất 52 hộ nghèo; 100% người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế; 85% lao động thuộc hộ nghèo có nhu cầu được hỗ trợ học nghề.",
        "III. NHIỆM VỤ, GIẢI PHÁP",
        "1. Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế",
        "- Hỗ trợ giống cây ăn quả, con giống cho 45 hộ nghèo, hộ cận nghèo có đất sản xuất và lao động. Chủ trì: Phòng Kinh tế. Thời gian: Quý II, III/2026.",
        "- Tổ chức 03 lớp dạy nghề nông nghiệp ngắn hạn cho lao động thuộc hộ nghèo, hộ mới thoát nghèo. Chủ trì: Phòng Văn hóa - Xã hội; phối hợp: Hội Nông dân xã. Thời gian: Quý I, II/2026.",
        "2. Hỗ trợ nhà ở, nước sinh hoạt",
        "- Hỗ trợ xây mới, sửa chữa nhà ở cho 12 hộ nghèo, hộ cận nghèo có khó khăn về nhà ở. Chủ trì: Phòng Kinh tế; phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã. Thời gian: Tháng 5, 6 và 7/2026.",
        "- Lắp đặt bể chứa nước sinh hoạt cho các hộ ở thôn Khe Mạ, thôn Nà Lừa. Chủ trì: Phòng Kinh tế. Thời gian: Quý III, IV/2026.",
        "3. Giảm nghèo về y tế, thông tin",
        "- Cấp, đổi thẻ bảo hiểm y tế cho người thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo. Chủ trì: Phòng Văn hóa - Xã hội; phối hợp: Trạm Y tế xã. Thời gian: Quý I và Quý III/2026.",
        "- Tuyên truyền chính sách giảm nghèo trên hệ thống loa truyền thanh và tại các buổi sinh hoạt thôn. Chủ trì: Văn phòng HĐND và UBND xã. Thời gian: Hằng quý.",
        "4. Rà soát hộ nghèo, hộ cận nghèo",
        "- Tổ chức rà soát hộ nghèo, hộ cận nghèo năm 2026 theo chuẩn nghèo đa chiều, công nhận kết quả trước khi báo cáo cấp trên. Chủ trì: Phòng Văn hóa - Xã hội; phối hợp: Trưởng các thôn. Thời gian: Tháng 10, 11/2026.",
        "IV. KINH PHÍ",
        "Nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026 được phân bổ; vốn đối ứng của ngân sách xã và vốn lồng ghép các chương trình khác.",
        "V. TỔ CHỨC THỰC HIỆN",
        "Phòng Văn hóa - Xã hội là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND xã trước ngày 15/12/2026.",
        "Các phòng, đơn vị và Trưởng các thôn căn cứ nhiệm vụ được giao chủ động phối hợp tổ chức thực hiện./.",
        "Nơi nhận:\n- UBND tỉnh (Sở Nông nghiệp và Môi trường);\n- TT Đảng ủy, HĐND xã;\n- Chủ tịch, các PCT UBND xã;\n- Các phòng, đơn vị;\n- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nMa Văn Thành",
    ):
        document.add_paragraph(text)
    document.save(path)


# --------------------------------------------------------------------------------------------- h59
def h59(path: Path) -> None:
    """A commune's monthly task list as CSV whose lead and partner cells are letters explained only in a legend below."""
    rows = [
        ["DANH MỤC CÔNG VIỆC THÁNG 11 NĂM 2026 - UBND XÃ PHƯỚC HÒA", "", "", "", "", ""],
        ["STT", "Nội dung công việc", "Chủ trì (*)", "Phối hợp (*)", "Hạn hoàn thành", "Ghi chú"],
        ["1", "Tổng hợp dự toán thu, chi ngân sách xã năm 2027, trình HĐND xã", "B", "A", "20/11/2026", ""],
        [
            "2",
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại các thôn",
            "C",
            "A, E",
            "18/11/2026",
            "Phối hợp Ủy ban MTTQ xã",
        ],
        [
            "3",
            "Cập nhật, số hóa hồ sơ thủ tục hành chính tiếp nhận trong tháng 10",
            "D",
            "A",
            "10/11/2026",
            "",
        ],
        [
            "4",
            "Kiểm tra, xử lý lấn chiếm hành lang an toàn giao thông trên tuyến ĐT.741",
            "B",
            "E",
            "25/11/2026",
            "",
        ],
        [
            "5",
            "Ra quân vệ sinh môi trường, khơi thông cống rãnh khu dân cư",
            "B",
            "C",
            "Sáng thứ Bảy hằng tuần",
            "Các thôn cùng thực hiện",
        ],
        [
            "6",
            "Chuẩn bị nội dung, tài liệu kỳ họp thường lệ cuối năm của HĐND xã",
            "A",
            "B, C",
            "30/11/2026",
            "",
        ],
        [
            "7",
            "Rà soát đối tượng bảo trợ xã hội, lập danh sách chi trả trợ cấp tháng 12",
            "C",
            "D",
            "28/11/2026",
            "",
        ],
        ["8", "Tuần tra, kiểm soát, bảo đảm an ninh trật tự dịp cuối năm", "E", "", "Thường xuyên", ""],
        ["", "", "", "", "", ""],
        ["(*) Ký hiệu đơn vị:", "", "", "", "", ""],
        ["A: Văn phòng HĐND và UBND xã", "", "", "", "", ""],
        ["B: Phòng Kinh tế", "", "", "", "", ""],
        ["C: Phòng Văn hóa - Xã hội", "", "", "", "", ""],
        ["D: Trung tâm Phục vụ hành chính công xã", "", "", "", "", ""],
        ["E: Công an xã", "", "", "", "", ""],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


# --------------------------------------------------------------------------------------------- h61
def h61(path: Path) -> None:
    """A school's monthly plan (.docx): an outer layout table whose second cell holds each area's task table."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐẮK LẮK", "TRƯỜNG THPT NGÔ GIA TỰ", "Số: 96/KH-THPTNGT"],
        "Ea Kar, ngày 28 tháng 11 năm 2026",
    )
    for text in (
        "KẾ HOẠCH CÔNG TÁC THÁNG 12 NĂM 2026",
        "Căn cứ Kế hoạch năm học 2026 - 2027 của nhà trường, Hiệu trưởng ban hành kế hoạch công tác tháng 12/2026 như sau:",
    ):
        document.add_paragraph(text)
    outer = document.add_table(rows=1, cols=2)
    outer.style = "Table Grid"
    outer.cell(0, 0).text = "Mảng công tác"
    outer.cell(0, 1).text = "Nhiệm vụ cụ thể"
    areas = [
        (
            "1. Chuyên môn",
            [
                (
                    "Hoàn thành ra đề kiểm tra cuối học kỳ I khối 10, 11, 12",
                    "Các tổ chuyên môn",
                    "Trước 05/12/2026",
                ),
                ("Tổ chức thi chọn học sinh giỏi cấp trường môn Tin học", "Tổ Toán - Tin", "12/12/2026"),
                (
                    "Nhập điểm, tổng kết học kỳ I trên phần mềm quản lý nhà trường",
                    "Bộ phận Học vụ",
                    "Từ 21/12 đến 26/12/2026",
                ),
            ],
        ),
        (
            "2. Công tác học sinh",
            [
                (
                    "Tổ chức hoạt động kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam",
                    "Đoàn Thanh niên",
                    "22/12/2026",
                ),
                (
                    "Phối hợp Công an xã tuyên truyền an toàn giao thông, phòng chống pháo nổ dịp Tết",
                    "Đoàn Thanh niên",
                    "Tháng 12/2026",
                ),
            ],
        ),
        (
            "3. Hành chính - tài chính",
            [
                ("Kiểm kê tài sản, thiết bị dạy học cuối năm 2026", "Bộ phận Tài vụ", "28/12/2026"),
                ("Lập dự toán thu, chi năm 2027 trình Hiệu trưởng", "Bộ phận Tài vụ", "Trước 20/12/2026"),
                ("Vệ sinh khuôn viên, chăm sóc cây xanh, bồn hoa", "Bộ phận Văn phòng", "Hằng tuần"),
            ],
        ),
    ]
    for area, tasks in areas:
        cells = outer.add_row().cells
        cells[0].text = area
        host = cells[1]
        host.paragraphs[0].text = ""
        inner = host.add_table(rows=1, cols=3)
        inner.style = "Table Grid"
        for cell, label in zip(
            inner.rows[0].cells, ["Nội dung", "Bộ phận phụ trách", "Thời gian"], strict=True
        ):
            cell.text = label
        for task in tasks:
            fill_row(inner, list(task))
        host.add_paragraph("")
    for text in (
        "Các tổ, bộ phận căn cứ kế hoạch này triển khai thực hiện; báo cáo Hiệu trưởng những khó khăn, vướng mắc phát sinh.",
        "HIỆU TRƯỞNG\nLê Thị Hồng Vân",
    ):
        document.add_paragraph(text)
    document.save(path)


# --------------------------------------------------------------------------------------------- h62
def h62_xlsx(path: Path) -> None:
    """A provincial inspectorate's yearly plan (to be saved as .ods): 'Đối tượng thanh tra', 'Thời kỳ thanh tra', 'Thời gian tiến hành'."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    labels = [
        "STT",
        "Nội dung thanh tra",
        "Đối tượng thanh tra",
        "Thời kỳ thanh tra",
        "Thời gian tiến hành",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Ghi chú",
    ]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH thanh tra 2026"
    sheet_title_rows(
        sheet,
        [
            "THANH TRA TỈNH GIA LAI",
            "KẾ HOẠCH THANH TRA NĂM 2026",
            "(Kèm theo Quyết định số 412/QĐ-UBND ngày 10/12/2025 của Chủ tịch UBND tỉnh)",
            "",
        ],
        len(labels),
    )
    sheet.append(labels)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    rows = [
        (
            "Thanh tra việc quản lý, sử dụng đất đai và cấp giấy chứng nhận quyền sử dụng đất",
            "UBND xã Ia Grai",
            "01/01/2024 - 31/12/2025",
            "Quý I/2026",
            "Phòng Nghiệp vụ 1",
            "Sở Nông nghiệp và Môi trường",
            "",
        ),
        (
            "Thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân, giải quyết khiếu nại, tố cáo",
            "Sở Xây dựng",
            "Năm 2024 - 2025",
            "Tháng 4 - 5/2026",
            "Phòng Nghiệp vụ 2",
            "",
            "",
        ),
        (
            "Thanh tra việc quản lý, sử dụng kinh phí các chương trình mục tiêu quốc gia",
            "UBND xã Krông Pa; UBND xã Chư Sê",
            "2023 - 2025",
            "Quý II/2026",
            "Phòng Nghiệp vụ 3",
            "Sở Tài chính; Sở Dân tộc và Tôn giáo",
            "",
        ),
        (
            "Thanh tra công tác đấu thầu mua sắm trang thiết bị y tế",
            "Bệnh viện Đa khoa tỉnh",
            "01/01/2024 - 30/6/2026",
            "Quý III/2026 (45 ngày)",
            "Phòng Nghiệp vụ 1",
            "Sở Y tế",
            "",
        ),
        (
            "Thanh tra trách nhiệm thực hiện pháp luật về phòng, chống tham nhũng",
            "Sở Giáo dục và Đào tạo",
            "Năm 2025",
            "Tháng 8/2026",
            "Phòng Nghiệp vụ 4",
            "",
            "Kết hợp kiểm tra kê khai tài sản, thu nhập",
        ),
        (
            "Thanh tra việc thực hiện dự án đầu tư xây dựng Khu tái định cư phía Đông thành phố",
            "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh",
            "2022 - 2025",
            "Tháng 9 - 10/2026",
            "Phòng Nghiệp vụ 2",
            "Sở Xây dựng",
            "",
        ),
        (
            "Thanh tra đột xuất theo chỉ đạo của Chủ tịch UBND tỉnh hoặc khi phát hiện dấu hiệu vi phạm pháp luật",
            "Cơ quan, tổ chức có dấu hiệu vi phạm",
            "",
            "Đột xuất",
            "Các phòng nghiệp vụ",
            "",
            "",
        ),
        (
            "Theo dõi, đôn đốc, kiểm tra việc thực hiện kết luận thanh tra, quyết định xử lý sau thanh tra",
            "Các cơ quan, đơn vị đã được thanh tra",
            "",
            "Thường xuyên",
            "Phòng Giám sát, kiểm tra và xử lý sau thanh tra",
            "",
            "",
        ),
    ]
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    sheet.append([])
    sheet.append(
        [
            "Trong quá trình thực hiện, Chánh Thanh tra tỉnh có thể điều chỉnh thời gian tiến hành thanh tra cho phù hợp, báo cáo Chủ tịch UBND tỉnh."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(labels))
    for column, width in zip("ABCDEFGH", [6, 46, 30, 20, 18, 26, 28, 24], strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    workbook.save(path)


def sixth_batch(tmp: Path) -> None:
    """Writes h51–h62's binaries and h59's CSV (the .md, .html and .txt ones are written by hand)."""
    h51(MOVED / "h51_trong_tam_quy_huyen_lanh_dao_san_pham.xlsx")
    h52(MOVED / "h52_kh_so_de_muc_ba_cap_truong_dong_duoi.docx")  # moved (h13fixRJ)
    h54(MOVED / "h54_lich_tuan_moi_tuan_mot_sheet.xlsx")
    h59(MOVED / "h59_danh_muc_xa_ky_hieu_don_vi_chu_giai.csv")
    h61(MOVED / "h61_kh_truong_bang_long_trong_o.docx")
    if not shutil.which("soffice"):
        print("soffice not found: the .doc, .odt, .ods and the PDF were not regenerated", file=sys.stderr)
        return
    h53_docx(tmp / "h53_tbkl_chu_tich_tinh_muc_1_1.docx")
    soffice_convert(
        tmp / "h53_tbkl_chu_tich_tinh_muc_1_1.docx", "pdf", MOVED / "h53_tbkl_chu_tich_tinh_muc_1_1.pdf"
    )
    h57_docx(tmp / "h57_nq_phu_luc_hinh_thuc_van_ban.docx")
    soffice_convert(
        tmp / "h57_nq_phu_luc_hinh_thuc_van_ban.docx", "doc", MOVED / "h57_nq_phu_luc_hinh_thuc_van_ban.doc"
    )
    h58_docx(tmp / "h58_kh_xa_giam_ngheo_thoi_gian_nhieu_quy.docx")
    soffice_convert(
        tmp / "h58_kh_xa_giam_ngheo_thoi_gian_nhieu_quy.docx",
        "odt",
        MOVED / "h58_kh_xa_giam_ngheo_thoi_gian_nhieu_quy.odt",
    )
    h62_xlsx(tmp / "h62_kh_thanh_tra_doi_tuong_thoi_ky.xlsx")
    soffice_convert(
        tmp / "h62_kh_thanh_tra_doi_tuong_thoi_ky.xlsx",
        "ods",
        DOCS / "h62_kh_thanh_tra_doi_tuong_thoi_ky.ods",
    )


# ============================================================ h63–h82 (seventh batch, own-authored)
def docx_paragraphs(document, texts) -> None:
    for text in texts:
        document.add_paragraph(text)


def grid_table(document, labels: list[str], widths: list[float] | None = None):
    """A bordered table with a bold header row."""
    table = document.add_table(rows=1, cols=len(labels))
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, labels, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(label).bold = True
    if widths:
        set_widths(table, widths)
    return table


def full_width_row(table, text: str, bold: bool = True) -> None:
    """A row whose cells are merged across the table (a unit or a section printed as a heading row)."""
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    merged.text = ""
    merged.paragraphs[0].add_run(text).bold = bold


# --------------------------------------------------------------------------------------------- h63
def h63(path: Path) -> None:
    """A Sở Nội vụ emulation plan (.docx): units printed as merged heading rows, coordinating units in footnotes under the table."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["UBND TỈNH QUẢNG TRỊ", "SỞ NỘI VỤ", "Số: 214/KH-SNV"],
        "Quảng Trị, ngày 16 tháng 02 năm 2026",
    )
    docx_paragraphs(
        document,
        (
            "KẾ HOẠCH",
            "Phát động và tổ chức phong trào thi đua năm 2026 của Sở Nội vụ",
            "Căn cứ Luật Thi đua, khen thưởng năm 2022; thực hiện Kế hoạch số 35/KH-HĐTĐKT ngày 20/01/2026 của Hội đồng Thi đua - Khen thưởng tỉnh, Sở Nội vụ ban hành Kế hoạch phát động và tổ chức phong trào thi đua năm 2026 như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Phong trào thi đua phải thiết thực, gắn với nhiệm vụ chính trị của từng phòng, đơn vị; chống bệnh thành tích, hình thức.",
            "II. PHÂN CÔNG THỰC HIỆN",
        ),
    )
    table = grid_table(
        document, ["TT", "Nội dung công việc", "Thời gian thực hiện", "Ghi chú"], [0.4, 3.6, 1.7, 0.9]
    )
    sections = [
        (
            "I. Văn phòng Sở",
            [
                (
                    "1",
                    'Xây dựng, ban hành Kế hoạch phát động thi đua chuyên đề "Số hóa hồ sơ công chức, viên chức"',
                    "Trong tháng 3/2026",
                    "",
                ),
                (
                    "2",
                    "Tổng hợp, cập nhật tiến độ phong trào thi đua của các phòng lên Trang thông tin điện tử của Sở",
                    "Hàng tuần vào thứ Sáu",
                    "",
                ),
            ],
        ),
        (
            "II. Ban Thi đua - Khen thưởng",
            [
                (
                    "3",
                    "Hướng dẫn các cơ quan, đơn vị đăng ký thi đua, ký giao ước thi đua năm 2026 (1)",
                    "Chậm nhất ngày 20/3/2026",
                    "",
                ),
                (
                    "4",
                    "Tổ chức sơ kết, bình xét thi đua theo hai đợt trong năm",
                    "Đợt 1: từ 01/3 đến 30/6/2026; Đợt 2: từ 01/7 đến 30/11/2026",
                    "",
                ),
                (
                    "5",
                    "Thẩm định hồ sơ đề nghị khen thưởng tổng kết năm 2026 (2)",
                    "Quý IV/2026",
                    "Theo Hướng dẫn của tỉnh",
                ),
            ],
        ),
        (
            "III. Phòng Xây dựng chính quyền và Công tác thanh niên",
            [
                (
                    "6",
                    "Phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến trong cán bộ, công chức cấp xã",
                    "Thường xuyên",
                    "",
                ),
                (
                    "7",
                    "Kiểm tra việc triển khai phong trào thi đua tại UBND các xã, phường (1)",
                    "Quý III-IV/2026",
                    "",
                ),
            ],
        ),
    ]
    for heading, rows in sections:
        full_width_row(table, heading)
        for values in rows:
            fill_row(table, values)
    docx_paragraphs(
        document,
        (
            "Ghi chú: (1) Đơn vị phối hợp: Văn phòng Sở. (2) Đơn vị phối hợp: Phòng Công chức, viên chức; Thanh tra Sở.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Thủ trưởng các phòng, đơn vị thuộc Sở căn cứ Kế hoạch này tổ chức thực hiện; trong quá trình thực hiện có khó khăn, vướng mắc báo cáo Giám đốc Sở (qua Ban Thi đua - Khen thưởng) để xem xét, giải quyết./.",
            "Nơi nhận:\n- Hội đồng TĐKT tỉnh;\n- Lãnh đạo Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, BTĐKT.",
            "GIÁM ĐỐC\nHồ Xuân Định",
        ),
    )
    document.save(path)


# --------------------------------------------------------------------------------------------- h64
def h64(path: Path) -> None:
    """A provincial market-surveillance department's decision (.docx): 'Điều 1' assigns per unit, lettered sub-items each with its own deadline."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["BỘ CÔNG THƯƠNG", "CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH BÌNH ĐỊNH", "Số: 402/QĐ-QLTTBĐ"],
        "Bình Định, ngày 02 tháng 10 năm 2026",
    )
    docx_paragraphs(
        document,
        (
            "QUYẾT ĐỊNH",
            "Về việc giao nhiệm vụ thực hiện đợt cao điểm đấu tranh chống buôn lậu, hàng giả, gian lận thương mại những tháng cuối năm 2026",
            "CỤC TRƯỞNG CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH BÌNH ĐỊNH",
            "Căn cứ Quyết định số 1876/QĐ-TCQLTT ngày 15/9/2026 của Tổng cục trưởng Tổng cục Quản lý thị trường về đợt cao điểm cuối năm 2026;",
            "Xét đề nghị của Trưởng phòng Nghiệp vụ - Tổng hợp.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Giao nhiệm vụ cho các phòng, đội thuộc Cục như sau:",
            "1. Phòng Nghiệp vụ - Tổng hợp",
            "a) Xây dựng kế hoạch kiểm tra chuyên đề đối với mặt hàng xăng dầu, khí hóa lỏng; trình Cục trưởng chậm nhất ngày 15/10/2026.",
            "b) Tổng hợp kết quả thực hiện của các đội, báo cáo Tổng cục Quản lý thị trường hàng tuần vào thứ Sáu.",
            "c) Tham mưu sơ kết đợt cao điểm, hoàn thành trước ngày 10/01/2027.",
            "2. Phòng Thanh tra - Pháp chế",
            "a) Hướng dẫn các đội áp dụng thống nhất mức xử phạt đối với hành vi kinh doanh hàng giả, hàng không rõ nguồn gốc; thực hiện trong tháng 10/2026.",
            "b) Giải quyết kịp thời đơn thư, khiếu nại phát sinh trong đợt cao điểm; thực hiện thường xuyên.",
            "3. Các Đội Quản lý thị trường số 1, số 2, số 3",
            "a) Tổ chức kiểm tra, kiểm soát tại các chợ đầu mối, kho hàng, điểm tập kết hàng hóa trên địa bàn phụ trách từ ngày 15/10 đến hết ngày 31/12/2026.",
            "b) Phối hợp với Công an tỉnh, Cục Hải quan kiểm tra phương tiện vận chuyển hàng hóa qua địa bàn; báo cáo kết quả về Phòng Nghiệp vụ - Tổng hợp trước 16 giờ thứ Năm hằng tuần.",
            "4. Văn phòng Cục: Bảo đảm kinh phí, phương tiện, ấn chỉ phục vụ đợt cao điểm; hoàn thành trong tháng 10/2026.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng Cục, Trưởng các phòng, Đội trưởng các Đội Quản lý thị trường và công chức có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận:\n- Như Điều 3;\n- Tổng cục QLTT (để b/c);\n- Lưu: VT, NV-TH.",
            "CỤC TRƯỞNG\nĐặng Quốc Việt",
        ),
    )
    document.save(path)


# --------------------------------------------------------------------------------------------- h65
def h65(path: Path) -> None:
    """A district hospital's monthly report (.docx): a results table (no items) then the next month's task table."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["SỞ Y TẾ TỈNH THÁI BÌNH", "BỆNH VIỆN ĐA KHOA KIẾN XƯƠNG", "Số: 77/BC-BV"],
        "Kiến Xương, ngày 29 tháng 4 năm 2026",
    )
    docx_paragraphs(
        document,
        (
            "BÁO CÁO",
            "Kết quả hoạt động tháng 4 và nhiệm vụ trọng tâm tháng 5 năm 2026",
            "I. KẾT QUẢ THỰC HIỆN THÁNG 4/2026",
        ),
    )
    results = grid_table(document, ["STT", "Nội dung", "Khoa, phòng", "Kết quả"], [0.4, 3.0, 1.5, 1.7])
    for values in (
        ("1", "Khám, chữa bệnh ngoại trú", "Khoa Khám bệnh", "12.480 lượt, đạt 104% kế hoạch"),
        (
            "2",
            "Tổ chức Ngày hội hiến máu tình nguyện",
            "Phòng Điều dưỡng",
            "Đã tổ chức ngày 18/4/2026, thu 236 đơn vị máu",
        ),
        (
            "3",
            "Triển khai bệnh án điện tử tại Khoa Nhi",
            "Phòng Công nghệ thông tin",
            "Chưa hoàn thành, chuyển sang tháng 6/2026",
        ),
    ):
        fill_row(results, values)
    docx_paragraphs(document, ("II. NHIỆM VỤ TRỌNG TÂM THÁNG 5/2026",))
    tasks = grid_table(
        document, ["STT", "Nội dung công việc", "Khoa, phòng thực hiện", "Thời gian"], [0.4, 3.0, 1.7, 1.5]
    )
    for values in (
        (
            "1",
            "Tổ chức tiêm chủng mở rộng đợt 2 cho trẻ dưới 5 tuổi tại bệnh viện",
            "Khoa Kiểm soát bệnh tật",
            "Từ 04/5 đến 08/5/2026",
        ),
        (
            "2",
            "Hoàn thiện hồ sơ tự đánh giá chất lượng bệnh viện theo bộ tiêu chí mới",
            "Phòng Quản lý chất lượng",
            "Chậm nhất ngày 25/5/2026",
        ),
        ("3", "Giao ban chuyên môn toàn viện", "Phòng Kế hoạch tổng hợp", "Hàng tuần vào thứ Sáu"),
        (
            "4",
            "Sửa chữa hệ thống khí y tế trung tâm khu Hồi sức cấp cứu",
            "Phòng Hành chính quản trị",
            "Trong tháng 5",
        ),
        (
            "5",
            "Tập huấn quy trình phòng, chống sốt xuất huyết cho điều dưỡng các khoa lâm sàng",
            "Khoa Truyền nhiễm (phối hợp: Phòng Điều dưỡng)",
            "Ngày 20/5/2026",
        ),
        (
            "6",
            "Kiểm kê thuốc, hóa chất, vật tư y tế tồn kho",
            "Khoa Dược - Vật tư y tế",
            "Trước ngày 30/5/2026",
        ),
        (
            "7",
            "Cập nhật dữ liệu khám, chữa bệnh BHYT lên Cổng tiếp nhận dữ liệu giám định",
            "Phòng Tài chính kế toán",
            "Hằng ngày",
        ),
    ):
        fill_row(tasks, values)
    docx_paragraphs(
        document,
        (
            "III. ĐỀ XUẤT, KIẾN NGHỊ",
            "Đề nghị Sở Y tế sớm phê duyệt danh mục mua sắm trang thiết bị năm 2026 để bệnh viện triển khai đấu thầu.",
            "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, KHTH.",
            "GIÁM ĐỐC\nBSCKII. Vũ Đình Hòa",
        ),
    )
    document.save(path)


# --------------------------------------------------------------------------------------------- h66
def h66(path: Path) -> None:
    """A high school's monthly plan (.xlsx): two task tables on one sheet, each under its own heading and header row, then a count row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "T9-2026"
    sheet_title_rows(
        sheet,
        ["TRƯỜNG THPT LƯƠNG THẾ VINH", "KẾ HOẠCH CÔNG TÁC THÁNG 9/2026", "(Năm học 2026 - 2027)", ""],
        5,
    )

    def block(title: str, labels: list[str], rows) -> None:
        sheet.append([title])
        sheet[sheet.max_row][0].font = Font(bold=True)
        sheet.append(labels)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(list(row))

    block(
        "A. CÔNG TÁC CHUYÊN MÔN",
        ["STT", "Nội dung", "Người/bộ phận thực hiện", "Thời gian", "Ghi chú"],
        [
            (1, "Tổ chức Lễ khai giảng năm học 2026 - 2027", "Đoàn trường, Văn phòng", "05/9/2026", ""),
            (
                2,
                "Xây dựng kế hoạch giáo dục của tổ chuyên môn, nộp Ban Giám hiệu duyệt",
                "Các tổ chuyên môn",
                "Trước 20/9",
                "",
            ),
            (
                3,
                "Khảo sát chất lượng đầu năm môn Toán, Ngữ văn, Tiếng Anh khối 10",
                "Tổ Toán - Tin; Tổ Ngữ văn; Tổ Ngoại ngữ",
                "Tuần 3 (21-26/9)",
                "",
            ),
            (
                4,
                "Dự giờ, thăm lớp giáo viên mới tuyển dụng",
                "Thầy Trần Quốc Bảo - Phó Hiệu trưởng",
                "Trong tháng 9",
                "Mỗi GV ít nhất 02 tiết",
            ),
        ],
    )
    sheet.append([])
    block(
        "B. CÔNG TÁC KHÁC",
        ["TT", "Nội dung công việc", "Bộ phận phụ trách", "Thời hạn", "Ghi chú"],
        [
            (
                1,
                "Rà soát, cập nhật hồ sơ học sinh lớp 10 trên cơ sở dữ liệu ngành",
                "Văn phòng (cô Đỗ Thu Trang)",
                "Chậm nhất 30/9/2026",
                "",
            ),
            (
                2,
                "Thu, nộp các khoản thu theo quy định, công khai tại bảng tin",
                "Kế toán",
                "Trong tháng 9",
                "",
            ),
            (3, "Họp giao ban Ban Giám hiệu", "Hiệu trưởng", "Hàng tuần vào thứ Sáu", "Phòng họp tầng 2"),
            (
                4,
                "Kiểm tra, bảo đảm an toàn phòng cháy chữa cháy, điện trong lớp học",
                "Bảo vệ, Văn phòng",
                "Thường xuyên",
                "",
            ),
        ],
    )
    sheet.append([])
    sheet.append(["Tổng số: 08 nội dung"])
    for column, width in zip("ABCDE", (6, 62, 34, 22, 22), strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h67
def h67(path: Path) -> None:
    """A district police indicator table (.xlsx): group rows, a lead and a time merged down, '≥' targets and a totals row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Chỉ tiêu 2025"
    labels = [
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "Kế hoạch năm 2025",
        "Đơn vị chủ trì",
        "Thời gian",
        "Số CBCS phân công",
    ]
    sheet_title_rows(
        sheet,
        [
            "CÔNG AN TỈNH HÀ TĨNH",
            "CÔNG AN HUYỆN CẨM XUYÊN",
            "BẢNG GIAO CHỈ TIÊU CÔNG TÁC NĂM 2025",
            "(Kèm theo Kế hoạch số 09/KH-CAH ngày 10/01/2025)",
        ],
        len(labels),
    )
    sheet.append(labels)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    rows = [
        ("I", "PHÒNG, CHỐNG TỘI PHẠM", None, None, None, None, None),
        (
            1,
            "Tỷ lệ điều tra, khám phá án hình sự",
            "%",
            "≥ 80",
            "Đội Cảnh sát điều tra tội phạm về trật tự xã hội",
            "Năm 2025",
            12,
        ),
        (2, "Tỷ lệ khám phá án rất nghiêm trọng, đặc biệt nghiêm trọng", "%", "≥ 95", None, "Năm 2025", 6),
        (
            3,
            "Số vụ phát hiện, bắt giữ tội phạm về ma túy",
            "vụ",
            "45",
            "Đội Cảnh sát điều tra tội phạm về ma túy",
            "Quý III-IV",
            8,
        ),
        (4, "Số đối tượng lập hồ sơ đưa đi cai nghiện bắt buộc", "người", "30", None, None, 4),
        ("II", "BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔNG, QUẢN LÝ HÀNH CHÍNH", None, None, None, None, None),
        (
            5,
            "Giảm số vụ tai nạn giao thông so với năm 2024",
            "%",
            "≥ 5",
            "Đội Cảnh sát giao thông - Trật tự",
            "Năm 2025",
            15,
        ),
        (
            6,
            "Số buổi tuyên truyền pháp luật về an toàn giao thông tại trường học",
            "buổi",
            "24",
            None,
            "Hàng tháng (02 buổi/tháng)",
            3,
        ),
        (
            7,
            "Tỷ lệ hồ sơ cấp căn cước giải quyết đúng hạn",
            "%",
            "100",
            "Đội Cảnh sát quản lý hành chính về trật tự xã hội",
            "Thường xuyên",
            5,
        ),
        (
            8,
            "Số cơ sở có nguy cơ cháy, nổ cao được kiểm tra an toàn PCCC",
            "cơ sở",
            "120",
            "Đội Cảnh sát PCCC và CNCH",
            "Chậm nhất 30/11/2025",
            6,
        ),
        (None, "Tổng cộng", None, None, None, None, 59),
    ]
    first = sheet.max_row + 1
    for row in rows:
        sheet.append(list(row))
        if row[0] in ("I", "II"):
            sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=7)
            sheet.cell(sheet.max_row, 2).font = Font(bold=True)
    # rows 1-2 share the lead; rows 3-4 the lead and the time; rows 5-6 the lead
    for offset_first, offset_last, column in ((1, 2, 5), (3, 4, 5), (3, 4, 6), (6, 7, 5)):
        sheet.merge_cells(
            start_row=first + offset_first,
            start_column=column,
            end_row=first + offset_last,
            end_column=column,
        )
        sheet.cell(first + offset_first, column).alignment = Alignment(vertical="center", wrap_text=True)
    sheet.cell(sheet.max_row, 2).font = Font(bold=True)
    sheet.cell(sheet.max_row, 7).value = f"=SUM(G{first}:G{sheet.max_row - 1})"
    for column, width in zip("ABCDEFG", (5, 56, 7, 12, 40, 22, 12), strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h68
def h68_xlsx(path: Path) -> None:
    """A ward's assignment matrix (to be saved as .xls): one column per unit under 'ĐƠN VỊ THỰC HIỆN', 'C'/'P' marks, a legend row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Phan cong"
    units = [
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Công an phường",
        "Văn phòng HĐND và UBND",
        "Phòng Văn hóa - Xã hội",
        "Các tổ dân phố",
    ]
    width = 3 + len(units)
    sheet_title_rows(
        sheet,
        [
            "ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN",
            "BẢNG PHÂN CÔNG THỰC HIỆN KẾ HOẠCH CHỈNH TRANG ĐÔ THỊ, LẬP LẠI TRẬT TỰ VỈA HÈ NĂM 2026",
            "(Kèm theo Kế hoạch số 57/KH-UBND ngày 25/5/2026 của UBND phường)",
            "",
        ],
        width,
    )
    sheet.append(
        ["STT", "Nội dung nhiệm vụ", "Thời gian hoàn thành", "ĐƠN VỊ THỰC HIỆN", *([None] * (len(units) - 1))]
    )
    top = sheet.max_row
    sheet.append([None, None, None, *units])
    for column in (1, 2, 3):
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    sheet.merge_cells(start_row=top, start_column=4, end_row=top, end_column=width)
    for row in (top, top + 1):
        for cell in sheet[row]:
            cell.font = Font(bold=True)
    rows = [
        (
            1,
            "Rà soát, thống kê các tuyến phố có vỉa hè bị lấn chiếm làm nơi kinh doanh, để xe",
            "15/6/2026",
            "C",
            "P",
            "",
            "",
            "P",
        ),
        (
            2,
            "Ra quân lập lại trật tự vỉa hè, lòng đường trên các tuyến phố chính",
            "Tháng 6-7/2026",
            "P",
            "C",
            "",
            "",
            "P",
        ),
        (
            3,
            "Tuyên truyền trên hệ thống loa truyền thanh, nhóm Zalo tổ dân phố về quy định sử dụng vỉa hè",
            "Hàng tuần (thứ Bảy)",
            "",
            "",
            "",
            "C",
            "P",
        ),
        (4, "Lắp đặt biển báo, kẻ vạch khu vực để xe có thu phí", "Trước 30/9/2026", "C", "P", "", "", ""),
        (5, "Xử lý vi phạm, lập biên bản các trường hợp tái lấn chiếm", "Thường xuyên", "C", "C", "", "", ""),
        (
            6,
            "Trồng bổ sung cây xanh, sơn sửa dải phân cách tuyến đường Hùng Vương",
            "Quý III/2026",
            "C",
            "",
            "",
            "",
            "P",
        ),
        (7, "Tổng hợp kết quả, báo cáo UBND thành phố", "Chậm nhất ngày 31/8/2026", "P", "P", "C", "", ""),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet.append([])
    sheet.append(["Ghi chú: C - Chủ trì; P - Phối hợp."])
    for column, size in zip("ABCDEFGH", (5, 60, 20, 16, 14, 16, 14, 12), strict=True):
        sheet.column_dimensions[column].width = size
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h69
def h69_docx(path: Path) -> None:
    """A district Youth Union plan (to be saved as .odt): each task a paragraph broken by hard line breaks inside its sentence."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["BCH ĐOÀN TỈNH NGHỆ AN", "BCH ĐOÀN HUYỆN NAM ĐÀN", "Số: 41-KH/ĐTN", "***"],
        "Nam Đàn, ngày 12 tháng 02 năm 2026",
    )
    document.tables[0].cell(0, 1).text = "ĐOÀN TNCS HỒ CHÍ MINH"
    document.tables[0].cell(1, 1).text = ""
    docx_paragraphs(
        document,
        (
            "KẾ HOẠCH",
            "Tổ chức các hoạt động Tháng Thanh niên năm 2026",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Phát huy vai trò xung kích của đoàn viên, thanh niên trong xây dựng nông thôn mới kiểu mẫu; các hoạt động thiết thực, tiết kiệm.",
            "II. NỘI DUNG VÀ PHÂN CÔNG",
        ),
    )
    tasks = [
        '1. Ban Tuyên giáo Huyện đoàn chủ trì tổ chức Lễ ra quân Tháng Thanh niên|và khởi công công trình "Đường cờ Tổ quốc" tại Quảng trường trung tâm|huyện vào ngày 01/3/2026.',
        '2. Ban Phong trào Huyện đoàn hướng dẫn các cơ sở Đoàn ra quân "Ngày Chủ|nhật xanh" vào Chủ nhật hằng tuần trong tháng 3/2026, tập trung thu gom|rác thải nhựa dọc sông Lam.',
        '3. Ban Tổ chức - Kiểm tra Huyện đoàn tham mưu tổ chức Lễ kết nạp đoàn viên|mới lớp "Thanh niên Lý Tự Trọng", hoàn thành trước ngày|26/3/2026.',
        '4. Hội đồng Đội huyện tổ chức Hội thi "Chỉ huy Đội giỏi" cấp huyện trong|tháng 3/2026.',
        '5. Hội Liên hiệp Thanh niên Việt Nam huyện phối hợp Trung tâm Y tế huyện|tổ chức Ngày hội hiến máu tình nguyện "Giọt hồng tháng Ba" (dự kiến|ngày 15/3/2026).',
        "6. Các Đoàn cơ sở xã, thị trấn đăng ký ít nhất 01 công trình thanh niên cấp|cơ sở, gửi về Ban Phong trào Huyện đoàn trước ngày 10/3/2026.",
        "7. Văn phòng Huyện đoàn tổng hợp kết quả Tháng Thanh niên, báo cáo Ban|Thường vụ Tỉnh đoàn chậm nhất ngày 05/4/2026.",
    ]
    for task in tasks:
        paragraph = document.add_paragraph()
        pieces = task.split("|")
        for index, piece in enumerate(pieces):
            run = paragraph.add_run(piece)
            if index < len(pieces) - 1:
                run.add_break()
    docx_paragraphs(
        document,
        (
            "III. TỔ CHỨC THỰC HIỆN",
            "Kinh phí tổ chức các hoạt động do các đơn vị chủ động cân đối, huy động xã hội hóa.",
            "Nơi nhận:\n- Tỉnh đoàn (b/c);\n- Thường trực Huyện ủy (b/c);\n- Các cơ sở Đoàn;\n- Lưu: VP.",
            "TM. BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Hữu Trung",
        ),
    )
    document.save(path)


# --------------------------------------------------------------------------------------------- h70
def h70_xlsx(path: Path) -> None:
    """A hospital's quality-improvement plan (to be saved as .ods): problem merged down, a named person with title leads, start and end columns."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Kế hoạch CTCL"
    labels = [
        "TT",
        "Vấn đề ưu tiên",
        "Hoạt động cải tiến",
        "Người phụ trách",
        "Thời gian bắt đầu",
        "Thời gian kết thúc",
        "Chỉ số đo lường",
    ]
    sheet_title_rows(
        sheet,
        [
            "BỆNH VIỆN ĐA KHOA TỈNH PHÚ YÊN",
            "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG NĂM 2026",
            "(Ban hành kèm theo Quyết định số 512/QĐ-BV ngày 06/3/2026)",
            "",
        ],
        len(labels),
    )
    sheet.append(labels)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    rows = [
        (
            1,
            "Tỷ lệ nhiễm khuẩn vết mổ còn cao",
            "Giám sát tuân thủ vệ sinh tay tại các khoa ngoại",
            "ThS. Lê Thị Ngọc Hân - Trưởng khoa Kiểm soát nhiễm khuẩn",
            "01/4/2026",
            "Duy trì thường xuyên",
            "Tỷ lệ tuân thủ ≥ 85%",
        ),
        (
            2,
            None,
            "Chuẩn hóa quy trình kháng sinh dự phòng trước phẫu thuật",
            "BSCKII. Phạm Văn Hưng - Trưởng khoa Gây mê hồi sức",
            "01/4/2026",
            "31/7/2026",
            "100% ca mổ phiên đúng quy trình",
        ),
        (
            3,
            "Thời gian chờ khám bệnh kéo dài",
            "Triển khai đặt lịch khám qua ứng dụng di động",
            "KS. Trần Minh Tâm - Trưởng phòng Công nghệ thông tin",
            "15/4/2026",
            "Quý III/2026",
            "Thời gian chờ < 30 phút",
        ),
        (
            4,
            None,
            "Bố trí thêm 04 bàn khám buổi sáng thứ Hai, thứ Ba",
            "BSCKI. Nguyễn Thị Thanh - Trưởng khoa Khám bệnh",
            "01/5/2026",
            "30/6/2026",
            "",
        ),
        (
            5,
            None,
            "Khảo sát hài lòng người bệnh ngoại trú",
            "CN. Võ Thị Hồng - Trưởng phòng Quản lý chất lượng",
            "Tháng 5/2026",
            "Hàng tháng",
            "Tỷ lệ hài lòng ≥ 90%",
        ),
        (
            6,
            "Sai sót trong sử dụng thuốc",
            "Xây dựng danh mục thuốc nguy cơ cao, dán nhãn cảnh báo tại tủ trực",
            "DSCKI. Đinh Văn Lợi - Trưởng khoa Dược",
            "01/4/2026",
            "Tháng 12/2026",
            "Không có sự cố nghiêm trọng",
        ),
        (
            7,
            None,
            "Tập huấn báo cáo sự cố y khoa cho điều dưỡng mới",
            "CN. Bùi Thị Lan - Trưởng phòng Điều dưỡng",
            "Quý II/2026",
            "Quý III-IV/2026",
            "100% điều dưỡng mới được tập huấn",
        ),
    ]
    first = sheet.max_row + 1
    for row in rows:
        sheet.append(list(row))
    for offset_first, offset_last in ((0, 1), (2, 4), (5, 6)):
        sheet.merge_cells(
            start_row=first + offset_first, start_column=2, end_row=first + offset_last, end_column=2
        )
        sheet.cell(first + offset_first, 2).alignment = Alignment(vertical="center", wrap_text=True)
    for column, size in zip("ABCDEFG", (4, 26, 48, 46, 14, 18, 28), strict=True):
        sheet.column_dimensions[column].width = size
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h71
def h71_docx(path: Path) -> None:
    """A provincial office's reminder letter (to be saved as .doc): an appendix of overdue tasks, dotted dates, a first and a new deadline column."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH", "Số: 3517/VP-TH", "V/v đôn đốc thực hiện các nhiệm vụ quá hạn"],
        "Nam Định, ngày 08 tháng 7 năm 2026",
    )
    docx_paragraphs(
        document,
        (
            "Kính gửi: Các sở, ngành; UBND các xã, phường có liên quan.",
            "Theo dõi trên Hệ thống quản lý nhiệm vụ của UBND tỉnh, đến ngày 05.7.2026 còn 06 nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao đã quá hạn nhưng chưa hoàn thành (chi tiết tại Phụ lục kèm theo).",
            "Thừa lệnh Chủ tịch UBND tỉnh, Văn phòng UBND tỉnh đề nghị Thủ trưởng các cơ quan, đơn vị khẩn trương hoàn thành các nhiệm vụ nêu trên theo thời hạn đề nghị tại Phụ lục; đồng thời báo cáo kết quả, nguyên nhân chậm trễ về UBND tỉnh (qua Văn phòng UBND tỉnh) trước ngày 25.7.2026 để tổng hợp, báo cáo Chủ tịch UBND tỉnh./.",
            "Nơi nhận:\n- Như trên;\n- Chủ tịch, các PCT UBND tỉnh (để b/c);\n- Lưu: VT, TH.",
            "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nTrần Văn Khải",
            "PHỤ LỤC",
            "DANH MỤC NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH",
            "(Kèm theo Công văn số 3517/VP-TH ngày 08.7.2026 của Văn phòng UBND tỉnh)",
        ),
    )
    table = grid_table(
        document,
        [
            "TT",
            "Văn bản giao nhiệm vụ",
            "Nội dung nhiệm vụ",
            "Cơ quan chủ trì",
            "Thời hạn đã giao",
            "Đề nghị hoàn thành",
        ],
        [0.35, 1.2, 2.4, 1.3, 0.8, 0.9],
    )
    for values in (
        (
            "1",
            "QĐ số 1123/QĐ-UBND ngày 12.3.2026",
            "Xây dựng Quy định phân cấp quản lý, bảo trì đường giao thông nông thôn",
            "Sở Xây dựng",
            "30.4.2026",
            "20.7.2026",
        ),
        (
            "2",
            "TB số 215/TB-UBND ngày 02.4.2026",
            "Rà soát quỹ đất sạch đủ điều kiện đấu giá quyền sử dụng đất năm 2026",
            "Sở Nông nghiệp và Môi trường",
            "15.5.2026",
            "31.7.2026",
        ),
        (
            "3",
            "CV số 2045/UBND-KT ngày 20.4.2026",
            "Tham mưu phương án xử lý nợ đọng xây dựng cơ bản các công trình hoàn thành",
            "Sở Tài chính",
            "31.5.2026",
            "Trong tháng 7/2026",
        ),
        (
            "4",
            "KH số 87/KH-UBND ngày 08.5.2026",
            "Hoàn thành cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho các hộ đủ điều kiện",
            "UBND xã Mỹ Thuận",
            "30.6.2026",
            "15.8.2026",
        ),
        (
            "5",
            "QĐ số 1410/QĐ-UBND ngày 22.4.2026",
            "Trình phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2027 (đã gia hạn một lần)",
            "Sở Khoa học và Công nghệ",
            "15.6.2026",
            "31.7.2026",
        ),
        (
            "6",
            "TB số 301/TB-UBND ngày 14.5.2026",
            "Kiểm tra, xử lý các cơ sở kinh doanh karaoke vi phạm quy định phòng cháy, chữa cháy",
            "Công an tỉnh",
            "30.6.2026",
            "20.7.2026",
        ),
    ):
        fill_row(table, values)
    document.save(path)


# --------------------------------------------------------------------------------------------- h72
def h72_docx(path: Path) -> None:
    """A district chairman's briefing conclusions (to be printed to PDF with its text): leaders named with titles beside the units."""
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    document.sections[0].page_width, document.sections[0].page_height = Mm(210), Mm(297)
    national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "HUYỆN THẠCH HÀ", "Số: 38/TB-UBND"],
        "Thạch Hà, ngày 24 tháng 02 năm 2025",
    )
    docx_paragraphs(
        document,
        (
            "THÔNG BÁO",
            "Kết luận của đồng chí Chủ tịch UBND huyện tại cuộc họp giao ban tháng 02/2025",
            "Ngày 21/02/2025, đồng chí Võ Đình Tài, Chủ tịch UBND huyện chủ trì cuộc họp giao ban tháng 02/2025. Dự họp có đồng chí Lê Minh Trí, Phó Chủ tịch UBND huyện; Trưởng các phòng, ban, ngành cấp huyện; Chủ tịch UBND các xã, thị trấn. Sau khi nghe Văn phòng HĐND và UBND huyện báo cáo và ý kiến của các đại biểu, đồng chí Chủ tịch UBND huyện kết luận:",
            "Tháng 02/2025, các ngành, địa phương đã tổ chức tốt các hoạt động mừng Đảng, mừng Xuân; thu ngân sách đạt khá. Tuy nhiên, tiến độ giải ngân vốn đầu tư công và giải phóng mặt bằng một số dự án còn chậm.",
            "Trong thời gian tới, yêu cầu các cơ quan, đơn vị tập trung thực hiện tốt các nội dung sau:",
            "1. Giao Phòng Tài chính - Kế hoạch (đồng chí Nguyễn Thanh Sơn, Trưởng phòng) rà soát nguồn vốn đầu tư công năm 2025, tham mưu điều chuyển vốn từ các dự án chậm giải ngân; báo cáo UBND huyện trong tháng 3/2025.",
            "2. Phòng Kinh tế và Hạ tầng chủ trì, phối hợp Ban Quản lý dự án đầu tư xây dựng huyện đôn đốc nhà thầu đẩy nhanh tiến độ thi công cầu Bến Đình, hoàn thành chậm nhất ngày 30/4/2025. Đồng chí Lê Minh Trí, Phó Chủ tịch UBND huyện trực tiếp chỉ đạo.",
            "3. Đồng chí Chánh Văn phòng HĐND và UBND huyện rà soát tình hình xử lý văn bản, hồ sơ công việc trên Hệ thống quản lý văn bản và điều hành, báo cáo tại cuộc họp giao ban hàng tuần vào thứ Sáu.",
            "4. Phòng Giáo dục và Đào tạo tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện bảo đảm nghiêm túc, đúng quy chế, hoàn thành trong tháng 3.",
            "5. Phòng Nội vụ (đồng chí Hoàng Thị Mai, Trưởng phòng) tham mưu xây dựng Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2025; trình UBND huyện trước ngày 15/3/2025.",
            "6. Giao Công an huyện chủ trì, phối hợp các lực lượng bảo đảm an ninh, trật tự, an toàn giao thông Lễ hội Đền Thạch Bàn từ ngày 10/3 đến ngày 12/3/2025.",
            "7. UBND các xã, thị trấn tập trung thu thuế sử dụng đất phi nông nghiệp, phấn đấu hoàn thành chỉ tiêu được giao trong Quý II/2025.",
            "Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.",
            "Nơi nhận:\n- TT Huyện ủy, TT HĐND huyện (b/c);\n- Chủ tịch, các PCT UBND huyện;\n- Các phòng, ban, ngành cấp huyện;\n- UBND các xã, thị trấn;\n- Lưu: VT.",
            "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nPhan Thị Hương",
        ),
    )
    document.save(path)


# --------------------------------------------------------------------------------------------- h73
def h73_docx(path: Path) -> None:
    """A Sở's appendix (to be printed to PDF with its text, landscape): a task's lettered sub-rows each with its own deadline, footnoted partners, a page break inside the table."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    set_landscape(document.sections[0])
    national_header(
        document,
        ["UBND TỈNH LÂM ĐỒNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 1208/KH-SKHCN"],
        "Lâm Đồng, ngày 18 tháng 3 năm 2026",
    )
    docx_paragraphs(
        document,
        (
            "KẾ HOẠCH",
            "Triển khai chuyển đổi số và phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo năm 2026",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Cụ thể hóa các nhiệm vụ được UBND tỉnh giao tại Kế hoạch số 155/KH-UBND ngày 10/02/2026; phân công rõ đơn vị chủ trì, thời hạn hoàn thành của từng nhiệm vụ, từng phần việc.",
            "Các phòng, đơn vị chủ động phối hợp, không để chậm tiến độ; kịp thời báo cáo khó khăn, vướng mắc.",
            "II. NHIỆM VỤ CỤ THỂ",
            "Chi tiết tại bảng phân công dưới đây (các nhiệm vụ có nhiều phần việc được ghi thời hạn cho từng phần việc).",
        ),
    )
    table = grid_table(
        document, ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"], [0.5, 5.6, 2.4, 1.8]
    )
    repeat_header_row(table.rows[0])
    for values in (
        (
            "1",
            "Xây dựng Nền tảng số quản lý nhiệm vụ khoa học và công nghệ của tỉnh(*)",
            "Phòng Quản lý công nghệ và Đổi mới sáng tạo",
            "",
        ),
        ("", "a) Khảo sát hiện trạng, xác định yêu cầu nghiệp vụ của các phòng, đơn vị", "", "Tháng 4/2026"),
        (
            "",
            "b) Xây dựng, chạy thử phần mềm; chuyển đổi dữ liệu các đề tài giai đoạn 2016 - 2025",
            "",
            "Quý III/2026",
        ),
        ("", "c) Đưa vào vận hành chính thức, tập huấn người dùng", "", "Chậm nhất ngày 15/12/2026"),
        (
            "2",
            "Tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Lâm Đồng năm 2026 (Techfest Lâm Đồng 2026), gồm triển lãm sản phẩm, cuộc thi ý tưởng khởi nghiệp của học sinh, sinh viên và diễn đàn kết nối nhà đầu tư với các doanh nghiệp khởi nghiệp trong lĩnh vực nông nghiệp công nghệ cao, du lịch thông minh",
            "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
            "Tháng 10/2026",
        ),
        (
            "3",
            "Hỗ trợ doanh nghiệp xác lập quyền sở hữu trí tuệ đối với đặc sản địa phương(**)",
            "Phòng Quản lý chuyên ngành",
            "",
        ),
        ("", 'a) Hướng dẫn hồ sơ đăng ký chỉ dẫn địa lý "Cà phê Di Linh"', "", "Trước ngày 30/6/2026"),
        ("", "b) Hỗ trợ đăng ký nhãn hiệu chứng nhận cho 05 sản phẩm OCOP", "", "Quý IV/2026"),
        (
            "4",
            "Kiểm tra việc chấp hành quy định về đo lường, chất lượng xăng dầu tại các cửa hàng trên địa bàn",
            "Chi cục Tiêu chuẩn Đo lường Chất lượng",
            "Quý II-III/2026",
        ),
        (
            "5",
            "Cập nhật số liệu các chỉ tiêu chuyển đổi số của ngành, gửi Sở Nội vụ tổng hợp",
            "Văn phòng Sở",
            "Trước ngày 20 hằng tháng",
        ),
    ):
        fill_row(table, values)
    docx_paragraphs(
        document,
        (
            "(*) Đơn vị phối hợp: Trung tâm Ứng dụng tiến bộ khoa học và công nghệ; Văn phòng Sở.",
            "(**) Đơn vị phối hợp: Sở Công Thương; UBND các xã có sản phẩm.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị báo cáo Giám đốc Sở (qua Văn phòng Sở) để xem xét, giải quyết./.",
            "GIÁM ĐỐC\nK'Brơi Ha Sơn",
        ),
    )
    document.save(path)


# --------------------------------------------------------------------------------------------- h74
def h74_docx(path: Path) -> None:
    """A commune's storm-preparedness assignments (to be rasterised to a PNG, as a phone photo of a page is sent)."""
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    document.sections[0].page_width, document.sections[0].page_height = Mm(210), Mm(297)
    national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ KỲ ANH", "Số: 146/TB-UBND"],
        "Kỳ Anh, ngày 06 tháng 8 năm 2026",
    )
    docx_paragraphs(
        document,
        (
            "THÔNG BÁO",
            "Phân công nhiệm vụ chủ động ứng phó với mưa lũ, bão năm 2026",
            "Thực hiện Công điện số 12/CĐ-UBND ngày 05/8/2026 của UBND tỉnh, UBND xã phân công nhiệm vụ như sau:",
            "- Phòng Kinh tế rà soát các hộ dân sống ven sông, vùng trũng thấp, lập danh sách và phương án di dời; hoàn thành chậm nhất ngày 20/8/2026.",
            "- Ban Chỉ huy Quân sự xã chuẩn bị lực lượng, phương tiện, áo phao sẵn sàng ứng cứu; trực 24/24 giờ trong thời gian có bão.",
            "- Công an xã bảo đảm an ninh trật tự tại các điểm sơ tán, phòng chống trộm cắp tài sản của nhân dân; thực hiện trong tháng 8/2026.",
            "- Phòng Văn hóa - Xã hội tuyên truyền trên hệ thống loa truyền thanh về diễn biến mưa lũ và kỹ năng phòng tránh, phát hằng ngày.",
            "- Trạm Y tế xã chuẩn bị cơ số thuốc, hóa chất xử lý môi trường sau lũ; xong trước ngày 15/8/2026.",
            "- Văn phòng HĐND và UBND xã tổng hợp tình hình, thiệt hại, báo cáo Ban Chỉ huy Phòng thủ dân sự tỉnh trước 16 giờ hằng ngày.",
            "Yêu cầu các đơn vị nghiêm túc thực hiện./.",
            "Nơi nhận:\n- Đảng ủy xã (b/c);\n- Các đơn vị;\n- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Thuận",
        ),
    )
    document.save(path)


def rasterise_png(pdf: Path, target: Path, scale: float = 150 / 72) -> None:
    """The first page of `pdf` as a greyscale PNG (about 150 dpi), turned 0.6° and with a faint grey cast, as a phone photo of a page."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    page = document[0].render(scale=scale).to_pil().convert("L")
    page = page.rotate(-0.6, expand=False, fillcolor=235)
    page = page.point(lambda value: 40 if value < 140 else min(value, 232))
    page.save(target, "PNG", dpi=(150, 150))


# --------------------------------------------------------------------------------------------- h82
def h82(path: Path) -> None:
    """A forest-protection sub-department's quarter programme (.docx): 'Chủ trì: …; Phối hợp: …' in one cell, a leader column, a row continuing a task with its own product."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH THANH HÓA", "CHI CỤC KIỂM LÂM", "Số: 65/CTr-CCKL"],
        "Thanh Hóa, ngày 30 tháng 6 năm 2026",
    )
    docx_paragraphs(
        document,
        (
            "CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2026",
            "Chi cục Kiểm lâm ban hành Chương trình công tác quý III/2026 như sau:",
        ),
    )
    table = grid_table(
        document,
        ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Lãnh đạo chỉ đạo", "Thời gian"],
        [0.4, 2.8, 1.7, 1.2, 1.0],
    )
    for values in (
        (
            "1",
            "Tổ chức tuần tra, kiểm soát lâm sản tại khu vực giáp ranh với tỉnh Nghệ An",
            "Chủ trì: Hạt Kiểm lâm Như Xuân; Phối hợp: Đội Kiểm lâm cơ động và PCCCR số 2",
            "Chi cục trưởng Lò Văn Thắng",
            "Tháng 7, 8/2026",
        ),
        (
            "2",
            "Kiểm tra công tác phòng cháy, chữa cháy rừng mùa khô tại các chủ rừng",
            "Chủ trì: Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên; Phối hợp: các Hạt Kiểm lâm",
            "Phó Chi cục trưởng Hà Thị Nguyệt",
            "Chậm nhất ngày 15/8/2026",
        ),
        (
            "3",
            "Rà soát, cập nhật diễn biến rừng năm 2026 trên phần mềm FRMS",
            "Chủ trì: Phòng Sử dụng và Phát triển rừng",
            "Phó Chi cục trưởng Hà Thị Nguyệt",
            "Quý III-IV",
        ),
        (
            "",
            "- Báo cáo kết quả cập nhật 6 tháng đầu năm gửi Cục Lâm nghiệp và Kiểm lâm",
            "Phòng Sử dụng và Phát triển rừng",
            "",
            "Trong tháng 7",
        ),
        (
            "4",
            "Giao ban công tác quản lý bảo vệ rừng với các Hạt Kiểm lâm",
            "Văn phòng Chi cục",
            "Chi cục trưởng Lò Văn Thắng",
            "Hàng tuần vào thứ Sáu",
        ),
        (
            "5",
            "Thẩm định hồ sơ chuyển mục đích sử dụng rừng dự án hồ chứa nước Bản Lát",
            "Chủ trì: Phòng Thanh tra - Pháp chế; Phối hợp: Hạt Kiểm lâm Quan Hóa",
            "Chi cục trưởng Lò Văn Thắng",
            "Trong tháng 9",
        ),
        (
            "6",
            "Xử lý tin báo vi phạm pháp luật về lâm nghiệp qua đường dây nóng",
            "Đội Kiểm lâm cơ động và PCCCR số 1",
            "Phó Chi cục trưởng Hà Thị Nguyệt",
            "Thường xuyên",
        ),
    ):
        fill_row(table, values)
    docx_paragraphs(
        document,
        (
            "Các phòng, đơn vị báo cáo kết quả thực hiện quý III/2026 về Văn phòng Chi cục trước ngày 20/9/2026 để tổng hợp.",
            "Nơi nhận:\n- Sở NN&MT (b/c);\n- Lãnh đạo Chi cục;\n- Các phòng, đơn vị;\n- Lưu: VT.",
            "CHI CỤC TRƯỞNG\nLò Văn Thắng",
        ),
    )
    document.save(path)


def seventh_batch(tmp: Path) -> None:
    """Writes h63–h82's binaries (the .md, .html, .txt and .csv ones are written by hand); those
    of h63–h66, h68–h73, moved to the main corpus, into ../docs."""
    h63(MOVED / "h63_kh_thi_dua_so_don_vi_hang_tieu_de_chu_thich.docx")
    h64(MOVED / "h64_qd_cuc_qltt_muc_con_abc_thoi_han_rieng.docx")
    h65(MOVED / "h65_bc_benh_vien_ket_qua_va_nhiem_vu_thang_toi.docx")
    h66(MOVED / "h66_kh_thang_truong_hai_bang_mot_sheet.xlsx")  # moved to the main corpus
    h67(DOCS / "h67_chi_tieu_cong_an_huyen_gop_o_tong_cong.xlsx")
    h82(DOCS / "h82_ctr_quy_kiem_lam_chu_tri_phoi_hop_mot_o.docx")
    if not shutil.which("soffice"):
        print(
            "soffice not found: the .xls, .odt, .ods, .doc, the PDFs and the PNG were not regenerated",
            file=sys.stderr,
        )
        return
    h68_xlsx(tmp / "h68_ma_tran_phan_cong_phuong_c_p.xlsx")
    soffice_convert(
        tmp / "h68_ma_tran_phan_cong_phuong_c_p.xlsx", "xls", MOVED / "h68_ma_tran_phan_cong_phuong_c_p.xls"
    )
    h69_docx(tmp / "h69_kh_huyen_doan_ngat_dong_trong_cau.docx")
    soffice_convert(
        tmp / "h69_kh_huyen_doan_ngat_dong_trong_cau.docx",
        "odt",
        MOVED / "h69_kh_huyen_doan_ngat_dong_trong_cau.odt",  # moved to the main corpus
    )
    h70_xlsx(tmp / "h70_kh_cai_tien_chat_luong_bv_nguoi_phu_trach.xlsx")
    soffice_convert(
        tmp / "h70_kh_cai_tien_chat_luong_bv_nguoi_phu_trach.xlsx",
        "ods",
        MOVED / "h70_kh_cai_tien_chat_luong_bv_nguoi_phu_trach.ods",  # moved to the main corpus
    )
    h71_docx(tmp / "h71_cv_don_doc_nhiem_vu_qua_han_phu_luc.docx")
    soffice_convert(
        tmp / "h71_cv_don_doc_nhiem_vu_qua_han_phu_luc.docx",
        "doc",
        MOVED / "h71_cv_don_doc_nhiem_vu_qua_han_phu_luc.doc",  # moved to the main corpus
    )
    h72_docx(tmp / "h72_tbkl_giao_ban_huyen_lanh_dao_chuc_danh.docx")
    soffice_convert(
        tmp / "h72_tbkl_giao_ban_huyen_lanh_dao_chuc_danh.docx",
        "pdf",
        MOVED / "h72_tbkl_giao_ban_huyen_lanh_dao_chuc_danh.pdf",  # moved to the main corpus
    )
    h73_docx(tmp / "h73_kh_so_khcn_phan_viec_abc_qua_trang.docx")
    soffice_convert(
        tmp / "h73_kh_so_khcn_phan_viec_abc_qua_trang.docx",
        "pdf",
        MOVED / "h73_kh_so_khcn_phan_viec_abc_qua_trang.pdf",
    )
    h74_docx(tmp / "h74_tb_xa_phong_chong_bao_anh_chup.docx")
    soffice_convert(
        tmp / "h74_tb_xa_phong_chong_bao_anh_chup.docx", "pdf", tmp / "h74_tb_xa_phong_chong_bao_anh_chup.pdf"
    )
    rasterise_png(
        tmp / "h74_tb_xa_phong_chong_bao_anh_chup.pdf", MOVED / "h74_tb_xa_phong_chong_bao_anh_chup.png"
    )


# ============================================================ h83–h102 (eighth batch, own-authored)
def xlsx_header(sheet, labels: list[str]) -> None:
    from openpyxl.styles import Font

    sheet.append(labels)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)


# --------------------------------------------------------------------------------------------- h83
def h83(path: Path) -> None:
    """A ward's digital-transformation Gantt (.xlsx): month columns T1…T12 marked with 'x', 'X', '•' and '✓' mixed."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH CDS 2026"
    sheet_title_rows(
        sheet,
        [
            "ỦY BAN NHÂN DÂN PHƯỜNG HÒA AN",
            "KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026",
            "(Kèm theo Kế hoạch số 27/KH-UBND ngày 12/01/2026)",
            "",
        ],
        16,
    )
    xlsx_header(
        sheet, ["STT", "Nội dung", "Đơn vị chủ trì"] + [f"T{month}" for month in range(1, 13)] + ["Ghi chú"]
    )

    def row(number, text, unit, marks: dict[int, str], note=""):
        sheet.append([number, text, unit] + [marks.get(month, "") for month in range(1, 13)] + [note])

    row(
        1,
        "Rà soát, cập nhật dữ liệu dân cư trên địa bàn các khu phố",
        "Công an phường",
        {1: "x", 2: "x", 3: "✓"},
    )
    row(
        2,
        "Triển khai thanh toán không dùng tiền mặt tại chợ Hòa An",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        {4: "•", 5: "•", 6: "•"},
    )
    row(
        3,
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
        "Trung tâm Phục vụ hành chính công phường",
        dict.fromkeys(range(2, 10), "✓"),
    )
    row(
        4,
        "Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng",
        "Phòng Văn hóa - Xã hội",
        {5: "x", 10: "•"},
        "2 đợt",
    )
    row(
        5,
        "Cập nhật bản đồ số các điểm thu gom rác thải sinh hoạt",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        {7: "X", 8: "X"},
    )
    row(
        6,
        "Vận hành, cập nhật tin bài trên Trang thông tin điện tử phường",
        "Văn phòng HĐND và UBND phường",
        dict.fromkeys(range(1, 13), "•"),
        "Thường xuyên",
    )
    row(7, "Tổng kết, đánh giá kết quả chuyển đổi số năm 2026", "Văn phòng HĐND và UBND phường", {12: "✓"})
    sheet.append([])
    sheet.append(["", "Ghi chú: các ký hiệu x, •, ✓ đánh dấu tháng thực hiện."])
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["C"].width = 36
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h84
TCVN3 = dict(
    zip(
        "àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵĂÂÊÔƠƯĐ",
        bytes.fromhex(
            "B5B6B7B8B9A8BBBCBDBEC6A9C7C8C9CACBAE"
            "CCCECFD0D1AAD2D3D4D5D6D7D8DCDDDE"
            "DFE1E2E3E4ABE5E6E7E8E9ACEAEBECEDEE"
            "EFF1F2F3F4ADF5F6F7F8F9FAFBFCFDFE"
            "A1A2A3A4A5A6A7"
        ),
        strict=True,
    )
)


def tcvn3_bytes(text: str) -> bytes:
    """`text` in the legacy TCVN3 (ABC, .VnTime) 8-bit encoding; a capital with a tone mark has no code
    of its own there (offices typed it in the .VnTimeH font with the small letter's code), so it is
    written with the small letter's byte, as such files hold it."""
    out = bytearray()
    for char in text:
        if char in TCVN3:
            out.append(TCVN3[char])
        elif char.lower() in TCVN3 and char not in "ĂÂÊÔƠƯĐ":
            out.append(TCVN3[char.lower()])
        else:
            out.extend(char.encode("ascii"))
    return bytes(out)


H84_TEXT = """ỦY BAN NHÂN DÂN XÃ PHÚ LỘC
Số: 58/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Phú Lộc, ngày 02 tháng 4 năm 2026

THÔNG BÁO
Phân công nhiệm vụ chỉ đạo thu hoạch lúa vụ Đông Xuân 2025 - 2026

Căn cứ tình hình sản xuất thực tế, vụ Đông Xuân 2025 - 2026 toàn xã gieo cấy 1.250 ha lúa, dự kiến thu hoạch từ ngày 15/4/2026. Để bảo đảm thu hoạch nhanh, gọn, an toàn, Ủy ban nhân dân xã phân công như sau:

1. Giao Phòng Kinh tế xã chủ trì, phối hợp Hợp tác xã nông nghiệp Phú Lộc xây dựng lịch thu hoạch lúa theo từng cánh đồng, hoàn thành trước ngày 10/4/2026.

2. Giao Trung tâm Dịch vụ tổng hợp xã hướng dẫn nông dân kỹ thuật phơi sấy, bảo quản lúa sau thu hoạch; thời gian thực hiện từ ngày 15/4/2026 đến ngày 15/5/2026.

3. Công an xã bố trí lực lượng bảo đảm an ninh trật tự, an toàn giao thông trên các tuyến đường nội đồng trong thời gian thu hoạch.

4. Phòng Văn hóa - Xã hội xã phối hợp Đài truyền thanh xã thông tin lịch thu hoạch, dự báo thời tiết trên hệ thống loa truyền thanh hằng ngày, bắt đầu từ ngày 12/4/2026.

5. Văn phòng HĐND và UBND xã tổng hợp tiến độ thu hoạch, báo cáo Chủ tịch UBND xã vào thứ Sáu hằng tuần.

6. Ban Chỉ huy Quân sự xã huy động lực lượng dân quân giúp gia đình chính sách, người già neo đơn thu hoạch lúa, hoàn thành trước ngày 20/5/2026.

Ủy ban nhân dân xã thông báo để các đơn vị, cá nhân liên quan biết, thực hiện./.

Nơi nhận:
- TT Đảng ủy, TT HĐND xã;
- CT, các PCT UBND xã;
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Phước
"""


def h84(path: Path) -> None:
    """A commune notice (.txt) typed in the legacy TCVN3 (ABC) encoding, CRLF lines, as an old DOS/Windows-era file holds it."""
    path.write_bytes(tcvn3_bytes(H84_TEXT.replace("\n", "\r\n")))


# --------------------------------------------------------------------------------------------- h85
REVISION_IDS = itertools.count(101)


def tracked_paragraph(paragraph, parts, when: str = "2026-01-20T09:15:00Z") -> None:
    """Fills a .docx paragraph with runs, some inside tracked insertions (`w:ins`) or deletions (`w:del`)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in parts:
        run = OxmlElement("w:r")
        body = OxmlElement("w:delText" if kind == "del" else "w:t")
        body.set(qn("xml:space"), "preserve")
        body.text = text
        run.append(body)
        if kind:
            wrapper = OxmlElement(f"w:{kind}")
            wrapper.set(qn("w:id"), str(next(REVISION_IDS)))
            wrapper.set(qn("w:author"), "Nguyễn Thị Lan (P.PBGDPL)")
            wrapper.set(qn("w:date"), when)
            wrapper.append(run)
            paragraph._p.append(wrapper)
        else:
            paragraph._p.append(run)


def mark_row(row, kind: str) -> None:
    """Marks a whole table row as inserted or deleted (tracked)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement(f"w:{kind}")
    marker.set(qn("w:id"), str(next(REVISION_IDS)))
    marker.set(qn("w:author"), "Nguyễn Thị Lan (P.PBGDPL)")
    marker.set(qn("w:date"), "2026-01-20T09:20:00Z")
    properties.append(marker)


def h85(path: Path) -> None:
    """A Sở Tư pháp draft plan (.docx) whose task table carries tracked changes: dates, a lead and words replaced, a row deleted, a row inserted."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["UBND TỈNH HẢI TÂN", "SỞ TƯ PHÁP", "Số:      /KH-STP"],
        "Hải Tân, ngày      tháng 01 năm 2026",
    )
    docx_paragraphs(
        document,
        [
            "DỰ THẢO LẦN 2",
            "KẾ HOẠCH",
            "Phổ biến, giáo dục pháp luật năm 2026",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, công chức và Nhân dân; bảo đảm thiết thực, tránh hình thức.",
            "II. NHIỆM VỤ CỤ THỂ",
        ],
    )
    table = grid_table(document, ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"], [0.5, 3.4, 1.8, 1.2])
    rows = [
        (
            "1",
            [("", "Tổ chức Hội nghị phổ biến Luật Đất đai sửa đổi cho cán bộ, công chức cấp xã")],
            [("", "Phòng Phổ biến, giáo dục pháp luật")],
            [("del", "Quý I/2026"), ("ins", "Tháng 4/2026")],
            "",
        ),
        (
            "2",
            [("", "Biên soạn tài liệu hỏi - đáp pháp luật về phòng, chống ma túy")],
            [("del", "Phòng Văn bản quy phạm pháp luật"), ("ins", "Phòng Phổ biến, giáo dục pháp luật")],
            [("", "Quý II/2026")],
            "",
        ),
        (
            "3",
            [("del", "Tổ chức cuộc thi viết tìm hiểu pháp luật trực tuyến trên địa bàn tỉnh")],
            [("del", "Văn phòng Sở")],
            [("del", "Tháng 5/2026")],
            "del",
        ),
        (
            "4",
            [("", "Cập nhật văn bản quy phạm pháp luật của tỉnh lên Cơ sở dữ liệu quốc gia về pháp luật")],
            [("", "Văn phòng Sở")],
            [("", "Thường xuyên")],
            "",
        ),
        (
            "5",
            [("ins", "Tập huấn nghiệp vụ hòa giải ở cơ sở cho hòa giải viên các xã biên giới")],
            [("ins", "Phòng Bổ trợ tư pháp")],
            [("ins", "Tháng 8/2026")],
            "ins",
        ),
        (
            "6",
            [("", "Kiểm tra công tác phổ biến, giáo dục pháp luật tại một số sở, ngành và xã")],
            [("", "Thanh tra Sở")],
            [("", "Tháng "), ("del", "10"), ("ins", "11"), ("", "/2026")],
            "",
        ),
        (
            "7",
            [
                ("del", "Sơ kết và "),
                ("", "Tổng kết công tác phổ biến, giáo dục pháp luật năm 2026; báo cáo Bộ Tư pháp"),
            ],
            [("", "Văn phòng Sở")],
            [("", "Trước 15/12/2026")],
            "",
        ),
    ]
    for number, content, lead, time, row_mark in rows:
        row = table.add_row()
        row.cells[0].text = ""
        tracked_paragraph(row.cells[0].paragraphs[0], [(row_mark, number)])
        for cell, parts in zip(row.cells[1:], (content, lead, time), strict=True):
            cell.text = ""
            tracked_paragraph(cell.paragraphs[0], parts)
        if row_mark:
            mark_row(row, row_mark)
    docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2026 của Sở Tư pháp.",
            "Nơi nhận:\n- Bộ Tư pháp;\n- UBND tỉnh;\n- Lưu: VT, PBGDPL.",
            "GIÁM ĐỐC",
        ],
    )
    settings = document.settings.element
    from docx.oxml import OxmlElement

    settings.append(OxmlElement("w:trackRevisions"))
    document.save(path)


# --------------------------------------------------------------------------------------------- h86
def sdt(content_elements, tag: str, placeholder: bool = False, block: bool = False):
    """A content control (`w:sdt`) around `content_elements` (runs, or paragraphs/tables when `block`)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    control = OxmlElement("w:sdt")
    properties = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    properties.append(alias)
    tag_element = OxmlElement("w:tag")
    tag_element.set(qn("w:val"), tag)
    properties.append(tag_element)
    if placeholder:
        properties.append(OxmlElement("w:showingPlcHdr"))
    if not block:
        properties.append(OxmlElement("w:text"))
    control.append(properties)
    content = OxmlElement("w:sdtContent")
    for element in content_elements:
        content.append(element)
    control.append(content)
    return control


def sdt_cell(cell, text: str, tag: str, placeholder: bool = False) -> None:
    """A table cell whose text is a plain-text content control (a form template's field)."""
    from docx.oxml import OxmlElement

    cell.text = ""
    run = OxmlElement("w:r")
    body = OxmlElement("w:t")
    body.text = text
    run.append(body)
    cell.paragraphs[0]._p.append(sdt([run], tag, placeholder))


def h86(path: Path) -> None:
    """A university's science plan (.docx) filled into a form template: the task table inside a block content control, each cell a plain-text control, one row left with placeholders."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TRUNG", "Số: 214/KH-ĐHKTMT"],
        "Quảng Hòa, ngày 16 tháng 3 năm 2026",
    )
    docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Hoạt động khoa học và công nghệ năm 2026",
            "1. Mục tiêu: nâng cao số lượng, chất lượng công bố khoa học của giảng viên và người học.",
            "2. Các nhiệm vụ:",
        ],
    )
    table = grid_table(document, ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời hạn"], [0.4, 3.6, 1.9, 1.2])
    rows = [
        (
            "1",
            "Tổ chức Hội nghị sinh viên nghiên cứu khoa học cấp trường",
            "Phòng Khoa học và Công nghệ",
            "Tháng 5/2026",
        ),
        (
            "2",
            "Xét duyệt thuyết minh đề tài khoa học và công nghệ cấp cơ sở năm 2027",
            "Phòng Khoa học và Công nghệ",
            "Trước 30/9/2026",
        ),
        (
            "3",
            "Xuất bản 02 số Tạp chí Khoa học và Công nghệ của Trường",
            "Ban Biên tập Tạp chí",
            "Tháng 6 và tháng 12/2026",
        ),
        (
            "4",
            "Tổ chức Hội thảo khoa học quốc gia về vật liệu mới trong chế tạo máy",
            "Khoa Cơ khí",
            "Quý III/2026",
        ),
        (
            "5",
            "Kiểm kê, đánh giá hiện trạng thiết bị phòng thí nghiệm trọng điểm",
            "Trung tâm Thí nghiệm - Thực hành",
            "15/11/2026",
        ),
        (
            "6",
            "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2026 gửi Bộ Giáo dục và Đào tạo",
            "Phòng Khoa học và Công nghệ",
            "Trước 10/12/2026",
        ),
    ]
    for number, task, unit, time in rows:
        row = table.add_row()
        row.cells[0].text = number
        sdt_cell(row.cells[1], task, "NhiemVu")
        sdt_cell(row.cells[2], unit, "DonVi")
        sdt_cell(row.cells[3], time, "ThoiHan")
    row = table.add_row()
    row.cells[0].text = "7"
    sdt_cell(row.cells[1], "Nhấp hoặc gõ nhẹ vào đây để nhập văn bản.", "NhiemVu", placeholder=True)
    sdt_cell(row.cells[2], "Chọn một mục.", "DonVi", placeholder=True)
    sdt_cell(row.cells[3], "Bấm để nhập ngày.", "ThoiHan", placeholder=True)
    # the whole table inside a block-level (repeating section) control, as the template holds it
    table_element = table._tbl
    parent = table_element.getparent()
    position = parent.index(table_element)
    parent.remove(table_element)
    parent.insert(position, sdt([table_element], "BangNhiemVu", block=True))
    docx_paragraphs(
        document,
        [
            "3. Tổ chức thực hiện: các đơn vị được giao nhiệm vụ chủ động triển khai theo Kế hoạch này.",
            "Nơi nhận:\n- Bộ GD&ĐT (để b/c);\n- Các đơn vị trong Trường;\n- Lưu: VT, KHCN.",
            "HIỆU TRƯỞNG\n(đã ký)\nPGS.TS. Đặng Quốc Việt",
        ],
    )
    document.save(path)


# --------------------------------------------------------------------------------------------- h87
def h87(path: Path) -> None:
    """A commune's task list (.xlsx), one sheet per unit (the sheet's name is the lead), a hidden code column, an autofilter, deadlines as date cells and as typed text."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheets = {
        "Phòng Kinh tế": [
            ("Lập kế hoạch sử dụng đất năm 2027 của xã", datetime.date(2026, 10, 31), "Đang thực hiện"),
            ("Kiểm tra, xử lý vi phạm trật tự xây dựng tại các ấp", "Thường xuyên", "Đang thực hiện"),
            (
                "Hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao",
                "30/6/2026",
                "Chưa thực hiện",
            ),
        ],
        "Phòng Văn hóa - Xã hội": [
            ("Rà soát hộ nghèo, hộ cận nghèo năm 2026", datetime.date(2026, 11, 15), "Chưa thực hiện"),
            ("Tổ chức Đại hội Thể dục thể thao xã lần thứ II", "15/8/2026", "Đang thực hiện"),
            ("Chi trả trợ cấp hằng tháng cho đối tượng bảo trợ xã hội", "Hằng tháng", "Đang thực hiện"),
        ],
        "Công an xã": [
            (
                "Thu nhận hồ sơ cấp căn cước cho người dân chưa được cấp",
                datetime.date(2026, 5, 29),
                "Đang thực hiện",
            ),
            (
                "Tổng kiểm tra an toàn phòng cháy, chữa cháy tại các cơ sở kinh doanh",
                "Quý III/2026",
                "Chưa thực hiện",
            ),
        ],
    }
    first = True
    code = 1
    for name, rows in sheets.items():
        sheet = workbook.active if first else workbook.create_sheet()
        first = False
        sheet.title = name
        sheet_title_rows(sheet, ["UBND XÃ TÂN PHÚ", "DANH MỤC NHIỆM VỤ ĐƯỢC GIAO NĂM 2026", ""], 5)
        xlsx_header(sheet, ["STT", "Nội dung nhiệm vụ", "Hạn hoàn thành", "Tình trạng", "Mã nội bộ"])
        header_row = sheet.max_row
        for index, (task, due, status) in enumerate(rows, start=1):
            sheet.append([index, task, due, status, f"TP-2026-{code:03d}"])
            code += 1
            if isinstance(due, datetime.date):
                sheet.cell(sheet.max_row, 3).number_format = "dd/mm/yyyy"
        sheet.auto_filter.ref = f"A{header_row}:E{sheet.max_row}"
        sheet.column_dimensions["E"].hidden = True
        sheet.column_dimensions["B"].width = 64
        sheet.column_dimensions["C"].width = 16
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h88
def h88_xlsx(path: Path) -> None:
    """A five-year plan 2026–2030 (saved as .xls): year columns under a spanning 'Thời gian thực hiện', marked 'x'."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Phu luc"
    sheet_title_rows(
        sheet,
        [
            "PHỤ LỤC",
            "NHIỆM VỤ THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN NÔNG NGHIỆP VÀ MÔI TRƯỜNG GIAI ĐOẠN 2026 - 2030",
            "(Kèm theo Kế hoạch số 112/KH-SNNMT ngày 05/02/2026 của Sở Nông nghiệp và Môi trường)",
            "",
        ],
        9,
    )
    xlsx_header(
        sheet,
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "", "", "", ""],
    )
    top = sheet.max_row
    sheet.merge_cells(start_row=top, start_column=5, end_row=top, end_column=9)
    for column in range(1, 5):
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    xlsx_header(sheet, ["", "", "", "", "2026", "2027", "2028", "2029", "2030"])
    rows = [
        (
            "1",
            "Điều tra, đánh giá thoái hóa đất toàn tỉnh",
            "Chi cục Quản lý đất đai",
            "UBND các xã, phường",
            {2026, 2027},
        ),
        (
            "2",
            "Xây dựng cơ sở dữ liệu quan trắc môi trường tự động",
            "Trung tâm Quan trắc tài nguyên và môi trường",
            "Sở Khoa học và Công nghệ",
            {2026},
        ),
        (
            "3",
            "Trồng mới rừng phòng hộ ven biển",
            "Chi cục Kiểm lâm",
            "Ban Quản lý rừng phòng hộ",
            {2026, 2027, 2028, 2029, 2030},
        ),
        ("4", "Rà soát, điều chỉnh quy hoạch ba loại rừng", "Chi cục Kiểm lâm", "Sở Tài chính", {2028}),
        (
            "5",
            "Cải tạo hệ thống thủy lợi nội đồng vùng chuyên canh lúa",
            "Chi cục Thủy lợi",
            "UBND các xã",
            {2027, 2028, 2029},
        ),
        ("6", "Đánh giá giữa kỳ việc thực hiện Kế hoạch", "Văn phòng Sở", "Các đơn vị thuộc Sở", {2028}),
        (
            "7",
            "Tổng kết giai đoạn 2026 - 2030, đề xuất nhiệm vụ giai đoạn tiếp theo",
            "Văn phòng Sở",
            "Các đơn vị thuộc Sở",
            {2030},
        ),
    ]
    for number, task, lead, partners, years in rows:
        sheet.append(
            [number, task, lead, partners] + ["x" if year in years else "" for year in range(2026, 2031)]
        )
    sheet.column_dimensions["B"].width = 56
    sheet.column_dimensions["C"].width = 34
    sheet.column_dimensions["D"].width = 26
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h89
def h89_docx(path: Path) -> None:
    """A Sở Y tế plan (→ .odt) whose tasks are numbered three levels deep (`1.1.1.`), the lead named on the `1.1.` line over them."""
    from docx import Document

    document = Document()
    national_header(
        document, ["UBND TỈNH HẢI TÂN", "SỞ Y TẾ", "Số: 96/KH-SYT"], "Hải Tân, ngày 20 tháng 02 năm 2026"
    )
    docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Phòng, chống dịch bệnh truyền nhiễm năm 2026",
            "I. MỤC TIÊU",
            "Giảm tỷ lệ mắc và tử vong do các bệnh truyền nhiễm; không để dịch lớn xảy ra.",
            "II. NHIỆM VỤ CỤ THỂ",
            "1. Giám sát, phát hiện sớm dịch bệnh",
            "1.1. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì:",
            "1.1.1. Giám sát trọng điểm bệnh cúm tại 03 điểm giám sát; thời gian: hằng tuần.",
            "1.1.2. Xét nghiệm khẳng định các mẫu bệnh phẩm nghi sốt xuất huyết Dengue, trả kết quả trong vòng 48 giờ kể từ khi nhận mẫu.",
            "1.2. Các bệnh viện tuyến tỉnh:",
            "1.2.1. Bố trí khu cách ly, sẵn sàng thu dung, điều trị người bệnh truyền nhiễm, hoàn thành trước ngày 31/3/2026.",
            "2. Truyền thông, giáo dục sức khỏe",
            "2.1. Văn phòng Sở chủ trì:",
            "2.1.1. Phối hợp Báo và Phát thanh, Truyền hình tỉnh xây dựng chuyên mục phòng, chống sốt xuất huyết, phát sóng từ tháng 5 đến tháng 10/2026.",
            "2.1.2. Cập nhật tình hình dịch bệnh trên Cổng thông tin điện tử Sở Y tế thường xuyên.",
            "3. Kiểm tra, giám sát",
            "3.1. Thanh tra Sở chủ trì, phối hợp Phòng Nghiệp vụ Y - Dược:",
            "3.1.1. Kiểm tra công tác phòng, chống dịch tại các Trạm Y tế xã, phường: đợt 1 trong tháng 6/2026, đợt 2 trong tháng 11/2026.",
            "3.1.2. Tổng hợp kết quả kiểm tra, báo cáo Giám đốc Sở trước ngày 15/12/2026.",
            "III. KINH PHÍ",
            "Từ nguồn ngân sách nhà nước giao cho các đơn vị năm 2026 và các nguồn hợp pháp khác.",
            "Nơi nhận:\n- Bộ Y tế;\n- UBND tỉnh;\n- Các đơn vị trực thuộc;\n- Lưu: VT, NVY.",
            "GIÁM ĐỐC",
        ],
    )
    document.save(path)


# --------------------------------------------------------------------------------------------- h90
def two_columns(section) -> None:
    """Sets a .docx section's text in two newspaper columns."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    columns = OxmlElement("w:cols")
    columns.set(qn("w:num"), "2")
    columns.set(qn("w:space"), "425")
    section._sectPr.append(columns)


def h90_docx(path: Path) -> None:
    """A provincial chairman's conclusions (→ PDF with a text layer) printed in two columns, the tasks grouped under each Vice-Chairman who directs them."""
    from docx import Document
    from docx.enum.section import WD_SECTION

    document = Document()
    national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH HẢI TÂN", "Số: 241/TB-UBND"],
        "Hải Tân, ngày 30 tháng 5 năm 2026",
    )
    docx_paragraphs(
        document, ["THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tháng 5/2026"]
    )
    section = document.add_section(WD_SECTION.CONTINUOUS)
    two_columns(section)
    docx_paragraphs(
        document,
        [
            "Ngày 28/5/2026, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp giao ban tháng 5/2026. Tham dự có các đồng chí Phó Chủ tịch UBND tỉnh, Thủ trưởng các sở, ban, ngành tỉnh.",
            "Sau khi nghe Văn phòng UBND tỉnh báo cáo tình hình kinh tế - xã hội tháng 5 và ý kiến của các đại biểu, Chủ tịch UBND tỉnh kết luận như sau:",
            "1. Đồng chí Phó Chủ tịch UBND tỉnh Trần Hữu Nghĩa chỉ đạo:",
            "- Sở Tài chính tham mưu phân bổ số vốn đầu tư công năm 2026 còn lại, trình UBND tỉnh trước ngày 10/6/2026.",
            "- Sở Xây dựng đẩy nhanh công tác giải phóng mặt bằng dự án đường ven biển, báo cáo tiến độ hằng tuần.",
            "- Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh hoàn thành hồ sơ quyết toán dự án cầu Bến Mới trong tháng 6/2026.",
            "2. Đồng chí Phó Chủ tịch UBND tỉnh Lê Thị Hồng Vân chỉ đạo:",
            "- Sở Giáo dục và Đào tạo chuẩn bị các điều kiện tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2026, hoàn thành trước ngày 20/6/2026.",
            "- Sở Y tế kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trong khu công nghiệp, thời gian từ ngày 01/6 đến ngày 30/6/2026.",
            "- Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch tổ chức Lễ hội Biển năm 2026, trình UBND tỉnh trước ngày 15/6/2026.",
            "3. Văn phòng UBND tỉnh theo dõi, đôn đốc các sở, ngành thực hiện Thông báo này; tổng hợp, báo cáo Chủ tịch UBND tỉnh trước ngày 25/6/2026.",
            "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
            "Nơi nhận:\n- CT, các PCT UBND tỉnh;\n- Các sở, ban, ngành tỉnh;\n- Lưu: VT, TH.",
            "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Đình Khôi",
        ],
    )
    document.save(path)


# --------------------------------------------------------------------------------------------- h91
def h91_docx(path: Path) -> None:
    """A hospital's indicator table with a target per quarter (→ scanned PDF, landscape): quarter columns hold numbers, not marks."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    set_landscape(document.sections[0])
    style = document.styles["Normal"]
    style.font.size = Pt(12)
    national_header(
        document, ["SỞ Y TẾ TỈNH HẢI TÂN", "BỆNH VIỆN ĐA KHOA TỈNH"], "Hải Tân, ngày 08 tháng 01 năm 2026"
    )
    docx_paragraphs(
        document,
        ["CHỈ TIÊU CHUYÊN MÔN NĂM 2026", "(Ban hành kèm theo Quyết định số 15/QĐ-BVĐK ngày 08/01/2026)"],
    )
    table = grid_table(
        document,
        ["TT", "Chỉ tiêu", "ĐVT", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm", "Khoa, phòng chủ trì"],
        [0.4, 3.2, 0.7, 0.8, 0.8, 0.8, 0.8, 0.9, 2.2],
    )
    rows = [
        (
            "1",
            "Tổng số lượt khám bệnh",
            "lượt",
            "45.000",
            "48.000",
            "50.000",
            "47.000",
            "190.000",
            "Khoa Khám bệnh",
        ),
        (
            "2",
            "Số lượt người bệnh điều trị nội trú",
            "lượt",
            "6.500",
            "7.000",
            "7.200",
            "6.800",
            "27.500",
            "Phòng Kế hoạch tổng hợp",
        ),
        (
            "3",
            "Công suất sử dụng giường bệnh",
            "%",
            "≥ 85",
            "≥ 85",
            "≥ 90",
            "≥ 85",
            "≥ 85",
            "Phòng Kế hoạch tổng hợp",
        ),
        ("4", "Số ca phẫu thuật", "ca", "1.800", "2.000", "2.100", "1.900", "7.800", "Khoa Gây mê hồi sức"),
        (
            "5",
            "Tỷ lệ nhiễm khuẩn bệnh viện",
            "%",
            "≤ 2",
            "≤ 2",
            "≤ 2",
            "≤ 2",
            "≤ 2",
            "Khoa Kiểm soát nhiễm khuẩn",
        ),
        (
            "6",
            "Tỷ lệ hài lòng của người bệnh nội trú",
            "%",
            "≥ 90",
            "≥ 90",
            "≥ 92",
            "≥ 92",
            "≥ 90",
            "Phòng Quản lý chất lượng",
        ),
        (
            "7",
            "Số đề tài nghiên cứu khoa học cấp cơ sở được nghiệm thu",
            "đề tài",
            "0",
            "0",
            "2",
            "6",
            "8",
            "Phòng Chỉ đạo tuyến",
        ),
    ]
    for row in rows:
        fill_row(table, row)
    docx_paragraphs(document, ["GIÁM ĐỐC", "(đã ký)"])
    document.save(path)


# --------------------------------------------------------------------------------------------- h92
def h92_docx(path: Path) -> None:
    """A lower-secondary school's plan (→ .rtf): the time column first, a person column beside the unit column."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["UBND XÃ HÒA BÌNH", "TRƯỜNG THCS NGUYỄN DU", "Số: 45/KH-THCS"],
        "Hòa Bình, ngày 15 tháng 10 năm 2026",
    )
    docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11/2026",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Tạo không khí thi đua sôi nổi trong giáo viên và học sinh; tổ chức trang trọng, tiết kiệm.",
            "II. NỘI DUNG VÀ TIẾN ĐỘ",
        ],
    )
    table = grid_table(
        document,
        ["TT", "Thời gian", "Nội dung công việc", "Người phụ trách", "Bộ phận thực hiện"],
        [0.4, 1.2, 2.8, 1.6, 1.4],
    )
    rows = [
        (
            "1",
            "Trước 25/10",
            "Xây dựng kế hoạch, thành lập Ban Tổ chức các hoạt động",
            "Thầy Lê Văn Tâm - Hiệu trưởng",
            "Ban Giám hiệu",
        ),
        (
            "2",
            "01/11 - 15/11",
            "Tổ chức hội giảng chào mừng Ngày Nhà giáo Việt Nam",
            "Cô Phạm Thị Hà - Phó Hiệu trưởng",
            "Tổ Khoa học tự nhiên; Tổ Khoa học xã hội",
        ),
        (
            "3",
            "Tuần 1 tháng 11 (02 - 07/11)",
            "Phát động phong trào thi đua \u201cHoa điểm 10\u201d trong học sinh",
            "Cô Nguyễn Thu Trang - TPT Đội",
            "Liên đội",
        ),
        ("4", "10/11", "Thi văn nghệ giữa các khối lớp", "Cô Nguyễn Thu Trang - TPT Đội", "Liên đội"),
        (
            "5",
            "18/11",
            "Trang trí khánh tiết hội trường, chuẩn bị âm thanh, ánh sáng",
            "Thầy Hồ Văn Lợi",
            "Tổ Văn phòng",
        ),
        (
            "6",
            "19/11 (14h00)",
            "Tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam",
            "Thầy Lê Văn Tâm - Hiệu trưởng",
            "Ban Tổ chức",
        ),
        (
            "7",
            "Trước 25/11",
            "Tổng kết các hoạt động, báo cáo kết quả về UBND xã",
            "Cô Phạm Thị Hà - Phó Hiệu trưởng",
            "Ban Giám hiệu",
        ),
    ]
    for row in rows:
        fill_row(table, row)
    docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Các tổ chuyên môn, Liên đội căn cứ Kế hoạch triển khai; trong quá trình thực hiện có vướng mắc báo cáo Hiệu trưởng.",
            "HIỆU TRƯỞNG\nLê Văn Tâm",
        ],
    )
    document.save(path)


# --------------------------------------------------------------------------------------------- h96
H96_TEXT = """BAN CHỈ HUY QUÂN SỰ XÃ ĐỒNG TÂM
Số: 03/KH-BCHQS

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đồng Tâm, ngày 11 tháng 01 năm 2027

KẾ HOẠCH
Công tác quốc phòng, quân sự địa phương năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng huấn luyện, sẵn sàng chiến đấu của lực lượng dân quân; hoàn thành chỉ tiêu giao quân năm 2027.

II. NHIỆM VỤ
1. Ban Chỉ huy Quân sự xã tổ chức huấn luyện dân quân năm thứ nhất, thời gian từ ngày 08/3/2027 đến ngày 19/3/2027.
2. Trung đội dân quân cơ động xã luyện tập phương án phòng cháy, chữa cháy rừng trong tháng 4/2027.
3. Công an xã phối hợp Ban Chỉ huy Quân sự xã tuần tra, bảo đảm an ninh trật tự dịp lễ 30/4 và 01/5/2027.
4. Trạm Y tế xã khám sức khỏe cho công dân trong độ tuổi thực hiện nghĩa vụ quân sự, hoàn thành trước ngày 30/10/2027.
5. Phòng Văn hóa - Xã hội xã tổ chức thăm, tặng quà gia đình quân nhân đang tại ngũ trước ngày 22/12/2027.
6. Ban Chỉ huy Quân sự xã duy trì nghiêm chế độ trực sẵn sàng chiến đấu thường xuyên.
7. Văn phòng HĐND và UBND xã tổng hợp, báo cáo kết quả công tác quốc phòng địa phương định kỳ 6 tháng, năm.

III. TỔ CHỨC THỰC HIỆN
Kinh phí bảo đảm từ ngân sách xã năm 2027.

Nơi nhận:
- Ban CHQS khu vực;
- Đảng ủy, UBND xã;
- Lưu: BCHQS.

CHỈ HUY TRƯỞNG
Đại úy Vũ Đình Hải
"""


def h96(path: Path) -> None:
    """A commune military command's plan (.txt) saved by Notepad as 'Unicode': UTF-16 little-endian with a BOM, CRLF lines."""
    path.write_bytes(H96_TEXT.replace("\n", "\r\n").encode("utf-16"))


# --------------------------------------------------------------------------------------------- h97
def h97_docx(path: Path) -> None:
    """A commune police plan (→ legacy .doc, year 2025) whose task table is split into two tables at a page break, the header typed again over the second."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    national_header(
        document,
        ["CÔNG AN TỈNH HẢI TÂN", "CÔNG AN XÃ AN THẠNH", "Số: 118/KH-CAX"],
        "An Thạnh, ngày 20 tháng 11 năm 2025",
    )
    docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh trật tự dịp Tết Nguyên đán Bính Ngọ 2026",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Kiềm chế, kéo giảm tội phạm; bảo đảm tuyệt đối an toàn các sự kiện chính trị, văn hóa trên địa bàn xã. Thời gian cao điểm từ ngày 01/12/2025 đến ngày 28/02/2026.",
            "II. NỘI DUNG, BIỆN PHÁP",
        ],
    )
    labels = ["TT", "Nội dung công việc", "Lực lượng chủ trì", "Lực lượng phối hợp", "Thời gian"]
    widths = [0.4, 2.8, 1.5, 1.5, 1.2]
    first = grid_table(document, labels, widths)
    for row in [
        (
            "1",
            "Rà soát, lập danh sách đối tượng có tiền án, tiền sự, đối tượng nghiện ma túy trên địa bàn",
            "Tổ Cảnh sát khu vực",
            "Trưởng thôn",
            "Trước 30/11/2025",
        ),
        (
            "2",
            "Tuần tra, kiểm soát ban đêm trên các tuyến đường liên thôn",
            "Tổ Cảnh sát cơ động - Tuần tra",
            "Ban Chỉ huy Quân sự xã",
            "Từ 01/12/2025 đến 28/02/2026",
        ),
        (
            "3",
            "Kiểm tra an toàn phòng cháy, chữa cháy tại chợ An Thạnh và các cơ sở kinh doanh",
            "Tổ Phòng cháy, chữa cháy",
            "Phòng Kinh tế xã",
            "Tháng 12/2025",
        ),
        (
            "4",
            "Tuyên truyền các quy định về quản lý, sử dụng pháo trên hệ thống loa truyền thanh",
            "Tổ Tham mưu - Tổng hợp",
            "Phòng Văn hóa - Xã hội xã",
            "Tháng 12/2025 - tháng 01/2026",
        ),
    ]:
        fill_row(first, row)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    second = grid_table(document, labels, widths)
    for row in [
        (
            "5",
            "Đấu tranh, triệt phá các tụ điểm cờ bạc, cho vay lãi nặng",
            "Tổ Điều tra tổng hợp",
            "Tổ Cảnh sát khu vực",
            "Tháng 01 - 02/2026",
        ),
        (
            "6",
            "Bảo vệ an toàn các điểm tổ chức đón Giao thừa",
            "Tổ Cảnh sát cơ động - Tuần tra",
            "Dân quân xã",
            "Đêm 16/02/2026",
        ),
        (
            "7",
            "Sơ kết đợt cao điểm, báo cáo Công an tỉnh",
            "Tổ Tham mưu - Tổng hợp",
            "Các tổ công tác",
            "Trước 05/3/2026",
        ),
        (
            "8",
            "Đề xuất khen thưởng tập thể, cá nhân có thành tích xuất sắc",
            "Tổ Tham mưu - Tổng hợp",
            "",
            "Tháng 3/2026",
        ),
    ]:
        fill_row(second, row)
    docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Các tổ công tác nghiêm túc triển khai thực hiện Kế hoạch này.",
            "Nơi nhận:\n- Công an tỉnh (PV01);\n- Đảng ủy, UBND xã;\n- Lưu: CAX.",
            "TRƯỞNG CÔNG AN XÃ\nThiếu tá Đinh Công Minh",
        ],
    )
    document.save(path)


# --------------------------------------------------------------------------------------------- h98
def h98_xlsx(path: Path) -> None:
    """A primary school's year plan (→ .ods) with month columns T8…T5 of a school year crossing into the next calendar year, marked 'x'."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Hoat dong NGLL"
    months = [8, 9, 10, 11, 12, 1, 2, 3, 4, 5]
    sheet_title_rows(
        sheet,
        ["TRƯỜNG TIỂU HỌC HÒA BÌNH", "KẾ HOẠCH HOẠT ĐỘNG TRẢI NGHIỆM NĂM HỌC 2026 - 2027", ""],
        3 + len(months),
    )
    xlsx_header(sheet, ["TT", "Hoạt động", "Bộ phận phụ trách"] + [f"T{month}" for month in months])
    rows = [
        ("1", "Tổ chức Lễ khai giảng năm học mới", "Ban Giám hiệu", {9}),
        ("2", "Tổ chức Tết Trung thu cho học sinh", "Liên đội", {9}),
        ("3", "Hội thi vẽ tranh \u201cEm yêu trường em\u201d", "Liên đội", {11}),
        ("4", "Hoạt động trải nghiệm \u201cHội chợ Xuân\u201d", "Tổ chuyên môn khối 4 - 5", {1, 2}),
        ("5", "Ngày hội đọc sách", "Thư viện", {4}),
        ("6", "Giáo dục an toàn giao thông qua các tiết chào cờ", "Liên đội", set(months)),
        ("7", "Tổng kết năm học, tuyên dương học sinh tiêu biểu", "Ban Giám hiệu", {5}),
    ]
    for number, task, unit, marked in rows:
        sheet.append([number, task, unit] + ["x" if month in marked else "" for month in months])
    sheet.column_dimensions["B"].width = 52
    sheet.column_dimensions["C"].width = 24
    workbook.save(path)


# --------------------------------------------------------------------------------------------- h99
def h99(path: Path) -> None:
    """A provincial Labour Federation's programme (.docx) with reviewers' comments anchored in the task table (one asks to move a deadline, not applied)."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["LIÊN ĐOÀN LAO ĐỘNG TỈNH HẢI TÂN", "Số: 12/CTr-LĐLĐ"],
        "Hải Tân, ngày 06 tháng 01 năm 2026",
    )
    docx_paragraphs(document, ["CHƯƠNG TRÌNH", "Công tác trọng tâm năm 2026"])
    table = grid_table(document, ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"], [0.4, 3.4, 2.0, 1.3])
    rows = [
        (
            "1",
            "Tổ chức Tháng Công nhân năm 2026",
            "Ban Tuyên giáo",
            "Tháng 5/2026",
            ("Thống nhất với Kế hoạch của Tổng Liên đoàn.", "Hoàng Minh"),
        ),
        (
            "2",
            "Tổ chức đối thoại giữa người lao động và người sử dụng lao động tại các khu công nghiệp",
            "Ban Quan hệ lao động",
            "Quý II - III/2026",
            ("Đề nghị lùi sang Quý IV vì trùng Tháng Công nhân?", "Trần Thu"),
        ),
        (
            "3",
            "Xây dựng \u201cMái ấm Công đoàn\u201d cho đoàn viên có hoàn cảnh khó khăn",
            "Ban Chính sách - Pháp luật",
            "Trước 28/7/2026",
            None,
        ),
        (
            "4",
            "Kiểm tra tài chính công đoàn cơ sở khu vực doanh nghiệp",
            "Ủy ban Kiểm tra Liên đoàn Lao động tỉnh",
            "Tháng 8 - 10/2026",
            ("Bổ sung danh sách đơn vị được kiểm tra ở phụ lục.", "Hoàng Minh"),
        ),
        (
            "5",
            "Tổ chức Chương trình \u201cTết Sum vầy\u201d cho đoàn viên, người lao động",
            "Ban Tuyên giáo",
            "Tháng 12/2026",
            None,
        ),
        (
            "6",
            "Tổng kết công tác công đoàn năm 2026, triển khai nhiệm vụ năm 2027",
            "Văn phòng",
            "Trước 20/12/2026",
            None,
        ),
    ]
    for number, task, unit, time, comment in rows:
        row = table.add_row()
        values = (number, task, unit, time)
        runs = []
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = ""
            runs.append(cell.paragraphs[0].add_run(value))
        if comment:
            text, author = comment
            anchor = runs[3] if "lùi" in text else runs[1]
            document.add_comment(
                anchor, text=text, author=author, initials="".join(word[0] for word in author.split())
            )
    docx_paragraphs(
        document,
        [
            "Các ban, văn phòng Liên đoàn Lao động tỉnh căn cứ Chương trình xây dựng kế hoạch cụ thể để thực hiện.",
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nPhan Văn Lực",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h100
def h100(path: Path) -> None:
    """A provincial chairman's directive (.docx) whose numbered paragraphs open with a bold run-in label naming the head of a body (`Giám đốc Sở …:`), the task after it in the same paragraph."""
    from docx import Document

    document = Document()
    national_header(
        document, ["ỦY BAN NHÂN DÂN", "TỈNH HẢI TÂN", "Số: 09/CT-UBND"], "Hải Tân, ngày 26 tháng 10 năm 2026"
    )
    docx_paragraphs(
        document,
        [
            "CHỈ THỊ",
            "Về tăng cường công tác phòng cháy, chữa cháy rừng mùa khô 2026 - 2027",
            "Mùa khô năm nay được dự báo kéo dài, nguy cơ cháy rừng ở mức cao. Để chủ động phòng ngừa, Chủ tịch UBND tỉnh chỉ thị:",
        ],
    )
    entries = [
        (
            "1. Giám đốc Sở Nông nghiệp và Môi trường:",
            " chủ trì xây dựng Phương án phòng cháy, chữa cháy rừng mùa khô 2026 - 2027, trình UBND tỉnh trước ngày 15/11/2026.",
        ),
        (
            "2. Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Giám đốc Công an tỉnh:",
            " xây dựng kế hoạch huy động lực lượng, phương tiện tham gia chữa cháy rừng; tổ chức diễn tập tại khu vực rừng thông Đèo Gió trong tháng 12/2026.",
        ),
        (
            "3. Giám đốc Sở Tài chính:",
            " tham mưu bố trí kinh phí mua sắm trang thiết bị chữa cháy rừng trong dự toán năm 2027, hoàn thành trước ngày 10/12/2026.",
        ),
        (
            "4. Tổng Biên tập Báo và Phát thanh, Truyền hình tỉnh:",
            " đưa tin cấp dự báo nguy cơ cháy rừng hằng ngày trong suốt mùa khô.",
        ),
        (
            "5. Chủ tịch UBND các xã, phường có rừng:",
            " kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng cấp xã, hoàn thành trước ngày 30/11/2026.",
        ),
        (
            "6. Giám đốc Sở Giáo dục và Đào tạo:",
            " chỉ đạo các trường học lồng ghép nội dung phòng cháy rừng vào hoạt động ngoại khóa trong tháng 12/2026.",
        ),
        (
            "7. Giao Sở Nông nghiệp và Môi trường",
            " theo dõi, đôn đốc việc thực hiện Chỉ thị này; báo cáo UBND tỉnh trước ngày 25 hằng tháng.",
        ),
    ]
    for label, text in entries:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(text)
    docx_paragraphs(
        document,
        [
            "Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường nghiêm túc thực hiện Chỉ thị này./.",
            "Nơi nhận:\n- Bộ Nông nghiệp và Môi trường;\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- Như trên;\n- Lưu: VT, KT.",
            "CHỦ TỊCH\nNguyễn Hoàng Long",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h102
def h102_docx(path: Path) -> None:
    """A provincial military command's quarter plan (→ PDF with a text layer, landscape): the lead column first, then the task, then month columns holding milestone words instead of marks."""
    from docx import Document

    document = Document()
    set_landscape(document.sections[0])
    national_header(
        document,
        ["QUÂN KHU 5", "BỘ CHỈ HUY QUÂN SỰ TỈNH HẢI TÂN", "Số: 1520/KH-BCH"],
        "Hải Tân, ngày 25 tháng 6 năm 2026",
    )
    docx_paragraphs(document, ["KẾ HOẠCH", "Công tác quân sự, quốc phòng quý III năm 2026"])
    table = grid_table(
        document,
        ["Cơ quan chủ trì", "Nội dung", "Tháng 7", "Tháng 8", "Tháng 9", "Ghi chú"],
        [1.8, 3.6, 1.3, 1.3, 1.3, 1.3],
    )
    rows = [
        ("Phòng Tham mưu", "Huấn luyện lực lượng dự bị động viên", "Mở lớp đợt 1", "Mở lớp đợt 2", "", ""),
        ("Phòng Chính trị", "Tổ chức Hội thi cán bộ chính trị giỏi cấp tỉnh", "", "", "Tổ chức hội thi", ""),
        (
            "Phòng Hậu cần - Kỹ thuật",
            "Kiểm tra kho vũ khí, trang bị kỹ thuật",
            "Kiểm tra",
            "",
            "",
            "Có kế hoạch riêng",
        ),
        (
            "Phòng Tham mưu",
            "Diễn tập khu vực phòng thủ xã Đồng Tâm",
            "Xây dựng văn kiện",
            "Thông qua văn kiện",
            "Thực binh",
            "",
        ),
        (
            "Phòng Chính trị",
            "Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4",
            "",
            "Mở lớp",
            "",
            "",
        ),
        (
            "Phòng Hậu cần - Kỹ thuật",
            "Bảo đảm quân trang, doanh cụ cho lực lượng dân quân",
            "",
            "Dự trù",
            "Cấp phát",
            "",
        ),
        (
            "Phòng Tham mưu",
            "Tổng hợp, báo cáo kết quả công tác quân sự, quốc phòng quý III",
            "",
            "",
            "Trước 25/9",
            "",
        ),
    ]
    for row in rows:
        fill_row(table, row)
    docx_paragraphs(
        document,
        [
            "Các cơ quan căn cứ nội dung được giao chủ động triển khai, bảo đảm đúng tiến độ.",
            "CHỈ HUY TRƯỞNG\nĐại tá Phan Quốc Thái",
        ],
    )
    document.save(path)


def eighth_batch(tmp: Path) -> None:
    """Writes h83–h102's binaries and the two text files in legacy encodings (h84 TCVN3, h96 UTF-16);
    the .md, .html, .csv and the UTF-8 .txt are written by hand."""
    h83(DOCS / "h83_kh_cds_phuong_gantt_ky_hieu_tron.xlsx")
    h84(MOVED / "h84_tb_xa_thu_hoach_lua_tcvn3.txt")  # moved to the main corpus (h13fixM2)
    h85(MOVED / "h85_kh_pbgdpl_so_tu_phap_theo_doi_thay_doi.docx")  # moved to the main corpus (h13fixK)
    h86(MOVED / "h86_kh_khcn_dai_hoc_o_noi_dung_bieu_mau.docx")  # moved to the main corpus (h13fixK)
    h87(MOVED / "h87_nhiem_vu_xa_moi_sheet_mot_don_vi.xlsx")  # moved to the main corpus (h13fixK)
    h96(MOVED / "h96_kh_quoc_phong_xa_utf16.txt")  # moved to the main corpus (h13fixM2)
    h99(DOCS / "h99_ctr_ldld_tinh_co_nhan_xet.docx")
    h100(MOVED / "h100_chi_thi_chay_rung_nhan_dam_dau_doan.docx")  # moved to the main corpus
    if not shutil.which("soffice"):
        print(
            "soffice not found: the .xls, .odt, .ods, .doc, .rtf and the PDFs were not regenerated",
            file=sys.stderr,
        )
        return
    converted = [
        (h88_xlsx, "h88_kh_5_nam_so_nnmt_cot_nam.xlsx", "xls"),
        (h89_docx, "h89_kh_so_y_te_danh_so_ba_cap.docx", "odt"),
        (h90_docx, "h90_tbkl_tinh_hai_cot_theo_pho_chu_tich.docx", "pdf"),
        (h92_docx, "h92_kh_truong_thcs_cot_thoi_gian_dau.docx", "rtf"),
        (h97_docx, "h97_kh_cong_an_xa_bang_tach_trang.docx", "doc"),
        (h98_xlsx, "h98_kh_truong_th_thang_nam_hoc.xlsx", "ods"),
        (h102_docx, "h102_kh_bchqs_tinh_cot_thang_moc_viec.docx", "pdf"),
    ]
    # h88, h89, h90, h92, h97, h98 and h102 were moved to the main corpus (README.md, "Moves"): written into ../docs.
    moved = {"h88", "h89", "h90", "h92", "h97", "h98", "h102"}
    for write, name, extension in converted:
        write(tmp / name)
        target = MOVED if name.split("_")[0] in moved else DOCS
        soffice_convert(tmp / name, extension, target / f"{Path(name).stem}.{extension}")
    h91_docx(tmp / "h91_chi_tieu_benh_vien_quy_ban_quet.docx")
    soffice_convert(
        tmp / "h91_chi_tieu_benh_vien_quy_ban_quet.docx",
        "pdf",
        tmp / "h91_chi_tieu_benh_vien_quy_ban_quet.pdf",
    )
    rasterise(
        tmp / "h91_chi_tieu_benh_vien_quy_ban_quet.pdf", DOCS / "h91_chi_tieu_benh_vien_quy_ban_quet.pdf"
    )


# ================================================== h103–h112 (batch h103, own-authored, h13author10a)
def h103(path: Path) -> None:
    """A ward's quarter programme (.docx) as a matrix: one row per unit, one column per month, the cells holding dash tasks."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["UBND PHƯỜNG AN LẠC", "Số: 118/CTr-UBND"],
        "An Lạc, ngày 28 tháng 9 năm 2026",
    )
    docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC QUÝ IV NĂM 2026",
            "Căn cứ Chương trình công tác năm 2026 của UBND phường và kết quả thực hiện 9 tháng đầu năm, UBND phường ban hành Chương trình công tác quý IV năm 2026 như sau:",
        ],
    )
    table = grid_table(
        document, ["TT", "Đơn vị chủ trì", "Tháng 10", "Tháng 11", "Tháng 12"], [0.4, 1.8, 1.9, 1.9, 1.9]
    )
    rows = [
        (
            "1",
            "Văn phòng HĐND và UBND phường",
            ["- Chuẩn bị nội dung, tài liệu kỳ họp thường lệ cuối năm 2026 của HĐND phường"],
            ["—"],
            ["- Xây dựng Chương trình công tác năm 2027 của UBND phường"],
        ),
        (
            "2",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            ["- Kiểm tra trật tự xây dựng trên tuyến đường Trần Phú và khu dân cư Bắc Sơn"],
            ["- Lập danh mục công trình duy tu, sửa chữa hạ tầng năm 2027, trình UBND phường"],
            None,  # merged with the cell on its left (November to December)
        ),
        (
            "3",
            "Phòng Văn hóa - Xã hội",
            [""],
            ["- Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại các khu phố (xong trước 18/11)"],
            ["- Rà soát hộ nghèo, hộ cận nghèo cuối năm 2026"],
        ),
        (
            "4",
            "Trung tâm Phục vụ hành chính công phường",
            [
                "- Khảo sát mức độ hài lòng của người dân, doanh nghiệp đối với thủ tục hành chính",
                "- Cập nhật danh mục thủ tục hành chính niêm yết tại Trung tâm",
            ],
            ["—"],
            ["—"],
        ),
        (
            "5",
            "Công an phường",
            [""],
            [""],
            ["- Ra quân tấn công, trấn áp tội phạm dịp Tết Dương lịch và Tết Nguyên đán Đinh Mùi 2027"],
        ),
    ]
    for number, unit, *months in rows:
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].text = unit
        for index, lines in enumerate(months):
            if lines is None:
                cells[1 + index].merge(cells[2 + index])
                continue
            cell = cells[2 + index]
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    docx_paragraphs(
        document,
        [
            "Các đơn vị căn cứ nội dung được giao chủ động triển khai; nhiệm vụ phát sinh ngoài Chương trình do Chủ tịch UBND phường giao bổ sung.",
            "Nơi nhận:\n- Đảng ủy phường;\n- Các đơn vị thuộc UBND phường;\n- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Thanh Bình",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h104
def h104(path: Path) -> None:
    """A province's weekly calendar of its leaders (.xlsx): one row per leader, one column per day, events in the cells."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Tuần 42"
    sheet_title_rows(
        sheet,
        [
            "ỦY BAN NHÂN DÂN TỈNH BÌNH SƠN",
            "LỊCH CÔNG TÁC TUẦN 42 CỦA LÃNH ĐẠO UBND TỈNH",
            "(Từ ngày 12/10 đến ngày 16/10/2026)",
            "",
        ],
        6,
    )
    xlsx_header(
        sheet,
        ["Lãnh đạo", "Thứ Hai\n12/10", "Thứ Ba\n13/10", "Thứ Tư\n14/10", "Thứ Năm\n15/10", "Thứ Sáu\n16/10"],
    )
    sheet.append(
        [
            "Chủ tịch UBND tỉnh\nTrần Minh Khoa",
            "Sáng: 08h00 - Giao ban lãnh đạo UBND tỉnh (Văn phòng UBND tỉnh chuẩn bị)",
            "Sáng: 08h30 - Họp Ban Chỉ đạo chuyển đổi số tỉnh (Sở Khoa học và Công nghệ chuẩn bị)",
            "Làm việc tại cơ quan",
            "Chiều: 14h00 - Tiếp công dân định kỳ (Ban Tiếp công dân tỉnh chuẩn bị)",
            "Sáng: 08h00 - Dự Hội nghị trực tuyến của Chính phủ với các địa phương",
        ]
    )
    sheet.append(
        [
            "Phó Chủ tịch Thường trực\nLê Hữu Nghĩa",
            "Chiều: 14h00 - Nghe báo cáo dự toán thu, chi ngân sách năm 2027 (Sở Tài chính chuẩn bị)",
            "Sáng: 07h30 - Kiểm tra tiến độ dự án đường ven biển đoạn qua xã Phước Lộc (Sở Xây dựng chuẩn bị)",
            "",
            "Dẫn đoàn xúc tiến đầu tư tại TP. Hồ Chí Minh (Ban Quản lý Khu kinh tế tỉnh chuẩn bị)",
            None,
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=5, end_row=sheet.max_row, end_column=6)
    sheet.append(
        [
            "Phó Chủ tịch\nPhạm Thị Thu Hà",
            "",
            "",
            "Sáng: 08h00 - Họp Hội đồng xét tặng danh hiệu Nhà giáo ưu tú (Sở Giáo dục và Đào tạo chuẩn bị)\nChiều: 14h00 - Kiểm tra công tác phòng, chống sốt xuất huyết tại xã Phú Mỹ (Sở Y tế chuẩn bị)",
            "Làm việc tại cơ quan",
            "",
        ]
    )
    sheet.append([])
    sheet.append(
        [
            "Ghi chú: Lịch công tác có thể thay đổi; Văn phòng UBND tỉnh cập nhật trên Cổng Thông tin điện tử tỉnh. Các cơ quan chuẩn bị gửi tài liệu về Văn phòng UBND tỉnh trước cuộc họp 01 ngày."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=6)
    sheet.column_dimensions["A"].width = 24
    for column in "BCDEF":
        sheet.column_dimensions[column].width = 30
    for row in sheet.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "B6"
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h105
def h105_xlsx(path: Path) -> None:
    """A disease-control centre's plan (→ .xls): the first column is the time, merged down over the rows of that month."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH TT 2026"
    sheet_title_rows(
        sheet,
        [
            "SỞ Y TẾ TỈNH BÌNH SƠN - TRUNG TÂM KIỂM SOÁT BỆNH TẬT",
            "KẾ HOẠCH TRUYỀN THÔNG GIÁO DỤC SỨC KHỎE NĂM 2026",
            "(Kèm theo Kế hoạch số 09/KH-KSBT ngày 20/01/2026)",
        ],
        6,
    )
    xlsx_header(
        sheet,
        [
            "Thời gian",
            "TT",
            "Nội dung hoạt động",
            "Khoa, phòng thực hiện",
            "Đơn vị phối hợp",
            "Kinh phí (triệu đồng)",
        ],
    )
    groups = [
        (
            "Tháng 3",
            [
                (
                    "1",
                    "Truyền thông hưởng ứng Ngày Thế giới phòng, chống bệnh lao",
                    "Khoa Truyền thông - Giáo dục sức khỏe",
                    "Bệnh viện Phổi tỉnh",
                    25,
                ),
                (
                    "2",
                    "Tập huấn kỹ năng truyền thông cho cán bộ y tế xã, phường",
                    "Khoa Truyền thông - Giáo dục sức khỏe",
                    "Trạm Y tế các xã, phường",
                    40,
                ),
            ],
        ),
        (
            "Tháng 4 - 5",
            [
                (
                    "3",
                    "Chiến dịch truyền thông phòng, chống sốt xuất huyết trước mùa mưa",
                    "Khoa Kiểm soát bệnh truyền nhiễm",
                    "UBND các xã, phường",
                    60,
                ),
                (
                    "4",
                    "Sản xuất phóng sự tuyên truyền tiêm chủng mở rộng phát trên Đài Phát thanh - Truyền hình tỉnh",
                    "Khoa Truyền thông - Giáo dục sức khỏe",
                    "Đài Phát thanh - Truyền hình tỉnh",
                    80,
                ),
            ],
        ),
        (
            "Tháng 7",
            [
                (
                    "5",
                    "Kiểm tra, giám sát hoạt động truyền thông tại tuyến xã",
                    "Phòng Kế hoạch - Nghiệp vụ",
                    "",
                    15,
                )
            ],
        ),
        (
            "Quý III",
            [
                (
                    "6",
                    "Tổ chức Hội thi tuyên truyền viên giỏi về an toàn thực phẩm",
                    "Khoa Dinh dưỡng",
                    "Hội Liên hiệp Phụ nữ tỉnh",
                    30,
                )
            ],
        ),
        (
            "Hằng tháng",
            [
                (
                    "7",
                    "Cập nhật tin, bài trên trang thông tin điện tử của Trung tâm",
                    "Phòng Tổ chức - Hành chính",
                    "Các khoa, phòng",
                    "-",
                )
            ],
        ),
        (
            "Tháng 12",
            [
                (
                    "8",
                    "Tổng kết, đánh giá hoạt động truyền thông năm 2026",
                    "Khoa Truyền thông - Giáo dục sức khỏe",
                    "",
                    15,
                )
            ],
        ),
    ]
    for label, rows in groups:
        first = sheet.max_row + 1
        for index, (number, task, unit, partner, cost) in enumerate(rows):
            sheet.append([label if index == 0 else None, int(number), task, unit, partner, cost])
        if len(rows) > 1:
            sheet.merge_cells(start_row=first, start_column=1, end_row=sheet.max_row, end_column=1)
    sheet.append(["Tổng cộng", None, None, None, None, f"=SUM(F5:F{sheet.max_row})"])
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=5)
    sheet.append([])
    sheet.append([None, None, None, "GIÁM ĐỐC", None, None])
    sheet.append([None, None, None, "Võ Thị Hồng Nhung", None, None])
    for column, width in zip("ABCDEF", [12, 5, 48, 30, 28, 12], strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h106
H106_PARAGRAPHS = [
    ("P", "UBND XÃ HÒA THẮNG"),
    ("P", "Số: 74/KH-UBND"),
    ("P", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("P", "Độc lập - Tự do - Hạnh phúc"),
    ("P", "Hòa Thắng, ngày 22 tháng 6 năm 2026"),
    ("T", "KẾ HOẠCH"),
    ("T", "Tổ chức Đại hội Thể dục thể thao xã Hòa Thắng lần thứ I năm 2026"),
    (
        "P",
        "Thực hiện Kế hoạch của UBND tỉnh về tổ chức Đại hội Thể dục thể thao các cấp{note}, UBND xã xây dựng Kế hoạch tổ chức Đại hội Thể dục thể thao xã lần thứ I năm 2026 như sau:",
    ),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    (
        "P",
        "Đánh giá phong trào thể dục thể thao quần chúng trên địa bàn xã; tuyển chọn vận động viên tham gia Đại hội cấp tỉnh. Tổ chức trang trọng, an toàn, tiết kiệm.",
    ),
    ("H", "II. THỜI GIAN, ĐỊA ĐIỂM"),
    (
        "P",
        "Đại hội khai mạc lúc 07 giờ 00 ngày 23/8/2026 (Chủ nhật) tại Sân vận động trung tâm xã; các môn thi đấu diễn ra từ ngày 23/8 đến ngày 30/8/2026; bế mạc ngày 30/8/2026.",
    ),
    ("H", "III. PHÂN CÔNG NHIỆM VỤ"),
    ("H2", "1. Phòng Văn hóa - Xã hội"),
    (
        "P",
        "- Tham mưu thành lập Ban Tổ chức và các tiểu ban giúp việc Đại hội; hoàn thành trước ngày 15/7/2026.",
    ),
    ("P", "- Xây dựng điều lệ các môn thi đấu, gửi các thôn trước ngày khai mạc 20 ngày."),
    ("H2", "2. Văn phòng HĐND và UBND xã"),
    (
        "P",
        "- Chuẩn bị khánh tiết, âm thanh, ánh sáng tại Sân vận động trung tâm xã, hoàn thành trước ngày khai mạc 02 ngày.",
    ),
    ("P", "- Phát hành giấy mời đại biểu dự lễ khai mạc chậm nhất ngày 16/8/2026."),
    ("H2", "3. Trạm Y tế xã"),
    (
        "P",
        "- Bố trí cán bộ, phương tiện sơ cấp cứu tại các địa điểm thi đấu từ ngày 23/8 đến ngày 30/8/2026.",
    ),
    ("H2", "4. Công an xã"),
    (
        "P",
        "- Xây dựng phương án bảo đảm an ninh, trật tự, an toàn giao thông trong thời gian tổ chức Đại hội, trình Trưởng Ban Tổ chức trước ngày khai mạc 07 ngày.",
    ),
    ("H2", "5. Các thôn"),
    (
        "P",
        "- Thành lập đội tuyển, đăng ký danh sách vận động viên về Ban Tổ chức (qua Phòng Văn hóa - Xã hội) trước ngày 10/8/2026.",
    ),
    ("H", "IV. KINH PHÍ"),
    (
        "P",
        "Kinh phí tổ chức Đại hội từ nguồn ngân sách xã năm 2026 và nguồn xã hội hóa; Phòng Kinh tế thẩm định dự toán theo quy định.",
    ),
    ("P", "Nơi nhận: Thường trực Đảng ủy xã; Các đơn vị, thôn; Lưu: VT."),
    ("P", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lê Thị Mỹ Duyên"),
]
H106_NOTE = "Kế hoạch số 112/KH-UBND ngày 02/6/2026 của UBND tỉnh về tổ chức Đại hội Thể dục thể thao các cấp, tiến tới Đại hội Thể dục thể thao tỉnh lần thứ X năm 2027."


def h106_fodt(path: Path) -> None:
    """A commune's event plan as a flat ODF text (→ .odt): unit headings over dash duties, dues counted from the opening day, a real footnote."""
    from xml.sax.saxutils import escape

    note = (
        '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        f'<text:note-body><text:p text:style-name="Footnote">{escape(H106_NOTE)}</text:p></text:note-body></text:note>'
    )
    body = []
    for kind, text in H106_PARAGRAPHS:
        content = escape(text).replace("{note}", note)
        style = {"P": "Standard", "T": "Title", "H": "Heading", "H2": "Heading2"}[kind]
        body.append(f'<text:p text:style-name="{style}">{content}</text:p>')
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="13pt"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading" style:family="paragraph"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading2" style:family="paragraph"><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
</office:styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
"""
    path.write_text(xml, encoding="utf-8")


# -------------------------------------------------------------------------------------------- h107
def h107_docx(path: Path) -> None:
    """A director's conclusions (→ legacy .doc) whose paragraphs open 'Thứ nhất, …', 'Thứ hai, …' instead of numbers."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["UBND TỈNH BÌNH SƠN", "SỞ XÂY DỰNG", "Số: 41/TB-SXD"],
        "Bình Sơn, ngày 08 tháng 5 năm 2026",
    )
    docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Sở Xây dựng tại cuộc họp về tiến độ các dự án giao thông trọng điểm",
            "Ngày 06/5/2026, Giám đốc Sở Xây dựng Hồ Quang Vinh chủ trì cuộc họp về tiến độ các dự án giao thông trọng điểm trên địa bàn tỉnh. Tham dự có đại diện các phòng chuyên môn thuộc Sở, Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh, UBND các xã có dự án đi qua và các nhà thầu thi công. Sau khi nghe báo cáo và ý kiến của các đại biểu, Giám đốc Sở kết luận như sau:",
            "Giám đốc Sở ghi nhận sự nỗ lực của Ban Quản lý dự án và các nhà thầu trong những tháng đầu năm; tuy nhiên tiến độ giải ngân vốn đầu tư công mới đạt 31% kế hoạch, thấp hơn cùng kỳ năm trước.",
            "Thứ nhất, Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh khẩn trương hoàn thiện hồ sơ điều chỉnh dự án đường ven biển đoạn Km12 - Km25, trình Sở trước ngày 15/5/2026.",
            "Thứ hai, Phòng Quản lý chất lượng công trình kiểm tra chất lượng thi công cầu Sông Trà, báo cáo kết quả trong tháng 5/2026.",
            "Thứ ba, đề nghị UBND xã Phước Lộc phối hợp chặt chẽ với chủ đầu tư hoàn thành giải phóng mặt bằng phần diện tích còn lại của dự án trước ngày 30/6/2026.",
            "Thứ tư, về đề xuất của nhà thầu xin gia hạn hợp đồng gói thầu số 5: Giám đốc Sở đồng ý về chủ trương; giao Phòng Kế hoạch - Tài chính thẩm định, trình Giám đốc Sở xem xét trước ngày 20/5/2026.",
            "Thứ năm, Trung tâm Kiểm định chất lượng xây dựng lấy mẫu thí nghiệm vật liệu đắp nền tại gói thầu số 3 theo đề nghị của chủ đầu tư, hoàn thành chậm nhất ngày 25/5/2026.",
            "Thứ sáu, Văn phòng Sở theo dõi, đôn đốc việc thực hiện các nội dung trên, định kỳ hằng tháng tổng hợp báo cáo Giám đốc Sở.",
            "Văn phòng Sở thông báo để các phòng, đơn vị liên quan biết, thực hiện./.",
            "Nơi nhận:\n- Giám đốc, các Phó Giám đốc Sở;\n- Ban QLDA ĐTXD các công trình giao thông tỉnh;\n- UBND xã Phước Lộc;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
            "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\nĐặng Minh Tâm",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h108
def h108_docx(path: Path) -> None:
    """A commune decision with a landscape appendix (→ PDF → scan whose appendix page lies turned 90°)."""
    from docx import Document
    from docx.enum.section import WD_SECTION

    document = Document()
    national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ ĐẠI LỘC", "Số: 36/QĐ-UBND"],
        "Đại Lộc, ngày 05 tháng 01 năm 2026",
    )
    docx_paragraphs(
        document,
        [
            "QUYẾT ĐỊNH",
            "Ban hành Kế hoạch phát triển sản xuất nông nghiệp năm 2026",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐẠI LỘC",
            "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;",
            "Căn cứ Nghị quyết của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm 2026;",
            "Theo đề nghị của Trưởng phòng Kinh tế.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển sản xuất nông nghiệp năm 2026 của xã Đại Lộc (Phụ lục kèm theo).",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Kinh tế, Chủ tịch Hội Nông dân xã, Trưởng các thôn và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận: Như Điều 3; TT Đảng ủy, HĐND xã; Lưu: VT.",
            "CHỦ TỊCH\nPhan Văn Hùng",
        ],
    )
    section = document.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(section)
    docx_paragraphs(
        document,
        [
            "PHỤ LỤC",
            "NHIỆM VỤ PHÁT TRIỂN SẢN XUẤT NÔNG NGHIỆP NĂM 2026",
            "(Kèm theo Quyết định số 36/QĐ-UBND ngày 05/01/2026 của Chủ tịch UBND xã Đại Lộc)",
        ],
    )
    table = grid_table(
        document,
        ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
        [0.5, 4.2, 1.9, 1.9, 1.6],
    )
    rows = [
        (
            "1",
            "Chuyển đổi 25 ha đất lúa kém hiệu quả sang trồng rau màu tại thôn Bình An",
            "Phòng Kinh tế",
            "HTX Nông nghiệp Đại Lộc",
            "Tháng 1 - 3/2026",
        ),
        (
            "2",
            "Tiêm phòng vắc xin lở mồm long móng cho đàn gia súc đợt 1",
            "Phòng Kinh tế",
            "Thú y viên các thôn",
            "Tháng 4/2026",
        ),
        (
            "3",
            "Xây dựng cánh đồng mẫu lớn sản xuất lúa hữu cơ 30 ha",
            "HTX Nông nghiệp Đại Lộc",
            "Phòng Kinh tế",
            "Vụ Hè Thu 2026",
        ),
        ("4", "Nạo vét kênh mương nội đồng tuyến N2, N3", "Phòng Kinh tế", "Các thôn", "Trước 30/4/2026"),
        (
            "5",
            "Tập huấn kỹ thuật trồng cây ăn quả theo tiêu chuẩn VietGAP",
            "Hội Nông dân xã",
            "Phòng Kinh tế",
            "Quý II/2026",
        ),
        (
            "6",
            "Rà soát, cấp mã số vùng trồng cho sản phẩm bưởi",
            "Phòng Kinh tế",
            "Hội Nông dân xã",
            "Tháng 8/2026",
        ),
        (
            "7",
            "Tổng kết, đánh giá kết quả sản xuất nông nghiệp năm 2026",
            "Văn phòng HĐND và UBND xã",
            "Phòng Kinh tế",
            "15/12/2026",
        ),
    ]
    for row in rows:
        fill_row(table, row)
    document.save(path)


def rasterise_turned(pdf: Path, target: Path, scale: float = 200 / 72) -> None:
    """An image-only PDF of `pdf` in which every landscape page lies turned a quarter on a portrait sheet
    (a landscape appendix printed on A4 and fed to the scanner upright), each page slightly askew."""
    import pypdfium2
    from PIL import Image

    document = pypdfium2.PdfDocument(str(pdf))
    pages = []
    for index in range(len(document)):
        page = document[index].render(scale=scale).to_pil().convert("L")
        if page.width > page.height:
            page = page.transpose(Image.Transpose.ROTATE_90)
        page = page.rotate(-0.3, expand=False, fillcolor=255)
        pages.append(page.point(lambda value: 255 if value > 170 else 0).convert("1"))
    pages[0].save(target, "PDF", resolution=72 * scale, save_all=True, append_images=pages[1:])


# -------------------------------------------------------------------------------------------- h112
def h112_docx(path: Path) -> None:
    """A provincial Party committee's monthly programme (→ PDF with a text layer): dated lines 'Ngày 03/3 (thứ Ba): …',
    the preparing body in a sentence of its own, a section of tasks 'in the month' without a day, the page number at the top."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = header.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), tag)
            run._r.append(field)
        else:
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)
    table = document.add_table(rows=4, cols=2)
    left = ["ĐẢNG BỘ TỈNH BÌNH SƠN", "TỈNH ỦY", "*", "Số 27-CTr/TU"]
    right = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Bình Sơn, ngày 26 tháng 02 năm 2026", ""]
    for index in range(4):
        table.cell(index, 0).text = left[index]
        table.cell(index, 1).text = right[index]
    docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC",
            "tháng 3 năm 2026 của Thường trực, Ban Thường vụ Tỉnh ủy",
            "I. CÁC HOẠT ĐỘNG THEO LỊCH",
            "Ngày 03/3 (thứ Ba): Thường trực Tỉnh ủy giao ban với Thường trực HĐND, UBND và Ủy ban Mặt trận Tổ quốc tỉnh. Văn phòng Tỉnh ủy chuẩn bị.",
            "Ngày 06/3 (thứ Sáu): Ban Thường vụ Tỉnh ủy họp cho ý kiến về Đề án phát triển kinh tế biển tỉnh đến năm 2030. Đảng ủy UBND tỉnh chuẩn bị.",
            "Ngày 10 - 11/3: Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy kiểm tra việc lãnh đạo thực hiện Chỉ thị số 05-CT/TU tại Đảng ủy xã Tân Lập. Ủy ban Kiểm tra Tỉnh ủy chuẩn bị.",
            "Ngày 17/3 (thứ Ba): Hội nghị sơ kết công tác dân vận quý I năm 2026. Ban Tuyên giáo và Dân vận Tỉnh ủy chuẩn bị.",
            "Ngày 26/3 (thứ Năm): Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (mở rộng). Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy chuẩn bị.",
            "II. CÁC NỘI DUNG THỰC HIỆN TRONG THÁNG (chưa xếp lịch cụ thể)",
            "1. Ban Tổ chức Tỉnh ủy tham mưu Quy định chức năng, nhiệm vụ, mối quan hệ công tác của các đảng ủy trực thuộc Tỉnh ủy.",
            "2. Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn tuyên truyền kỷ niệm 51 năm Ngày giải phóng tỉnh.",
            "III. GHI CHÚ",
            "Các cuộc họp của Ban Thường vụ bắt đầu lúc 07 giờ 30 phút. Chương trình có thể điều chỉnh; Văn phòng Tỉnh ủy thông báo lịch cụ thể hằng tuần.",
            "Nơi nhận:\n- Các đồng chí Tỉnh ủy viên,\n- Các ban, đảng ủy trực thuộc Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy.",
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nNgô Thanh Hải",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h111
H111_ROWS = [
    ["DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", "", "", "", "", ""],
    ["(Kèm theo Kế hoạch số 25/KH-SNV ngày 12/01/2026 của Sở Nội vụ tỉnh Bình Sơn)", "", "", "", "", ""],
    ["", "", "", "", "", ""],
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Sản phẩm"],
    [
        "1",
        "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026",
        "Phòng Cải cách hành chính",
        "",
        "31/01/2026",
        "Kế hoạch",
    ],
    [
        "2",
        "Kiểm tra công tác cải cách hành chính tại 10 sở, ngành và 15 xã, phường",
        "Phòng Cải cách hành chính",
        "Thanh tra Sở",
        "30/11/2026",
        "Báo cáo kết quả kiểm tra",
    ],
    [
        "3",
        "Rà soát, đánh giá thủ tục hành chính lĩnh vực nội vụ, lao động, người có công",
        "Văn phòng Sở",
        "Các phòng chuyên môn",
        "30/06/2026",
        "Báo cáo rà soát; phương án đơn giản hóa",
    ],
    [
        "4",
        "Xác định Chỉ số cải cách hành chính năm 2025 của các sở, ngành và UBND các xã, phường",
        "Phòng Cải cách hành chính",
        "Hội đồng thẩm định Chỉ số CCHC tỉnh",
        "15/04/2026",
        "Quyết định công bố Chỉ số",
    ],
    [
        "5",
        "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
        "Phòng Cải cách hành chính",
        "Trường Chính trị tỉnh",
        "31/10/2026",
        "Báo cáo kết quả khảo sát",
    ],
    [
        "6",
        "Tổ chức Hội thi tìm hiểu về cải cách hành chính dành cho cán bộ, công chức cấp xã",
        "Phòng Xây dựng chính quyền",
        "Tỉnh đoàn",
        "Quý III/2026",
        "Hội thi",
    ],
    [
        "7",
        "Cập nhật, số hóa hồ sơ công chức trên Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức",
        "Phòng Tổ chức, biên chế",
        "",
        "Thường xuyên",
        "Dữ liệu được cập nhật",
    ],
    [
        "8",
        "Báo cáo công tác cải cách hành chính của Sở",
        "Văn phòng Sở",
        "Các phòng chuyên môn",
        "Định kỳ quý, 6 tháng, năm",
        "Báo cáo",
    ],
    ["", "", "", "", "", ""],
    ["Tổng số: 08 nhiệm vụ", "", "", "", "", ""],
]


def cp1258_bytes(text: str) -> bytes:
    """`text` as Excel saves a CSV on a Vietnamese Windows (code page 1258): a letter the code page has
    precomposed stays one byte, a toned vowel is its base letter and a combining tone mark."""
    import unicodedata

    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        # the precomposed base the code page has (ê, ơ, ư, â, ă, ô), then the tone mark
        tones = "".join(mark for mark in decomposed[1:] if mark in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(mark for mark in decomposed if mark not in tones))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def h111(path: Path) -> None:
    """A Department of Home Affairs' task list saved by Excel as CSV on a Vietnamese Windows: code page 1258 (combining tones), title rows above the header, a count line under it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(H111_ROWS)
    path.write_bytes(cp1258_bytes(buffer.getvalue()))


def batch_h103(tmp: Path) -> None:
    """Writes h103–h112's binaries and h111's CSV in code page 1258 (helper h13author10a); the .html and .md are written by hand.
    h103 and h104 were moved to the main corpus (README.md, "Moves") and are written into `../docs/`."""
    h103(MOVED / "h103_ctr_quy_phuong_ma_tran_don_vi_thang.docx")
    h104(MOVED / "h104_lich_tuan_lanh_dao_tinh_cot_ngay.xlsx")
    h111(DOCS / "h111_danh_muc_cchc_so_noi_vu_cp1258.csv")
    if not shutil.which("soffice"):
        print(
            "soffice not found: the .xls, .odt, .doc and the PDFs of h103–h112 were not regenerated",
            file=sys.stderr,
        )
        return
    h105_xlsx(tmp / "h105_kh_truyen_thong_cdc_cot_thang_gop.xlsx")
    soffice_convert(
        tmp / "h105_kh_truyen_thong_cdc_cot_thang_gop.xlsx",
        "xls",
        DOCS / "h105_kh_truyen_thong_cdc_cot_thang_gop.xls",
    )
    h106_fodt(tmp / "h106_kh_dai_hoi_tdtt_xa_truoc_khai_mac.fodt")
    soffice_convert(
        tmp / "h106_kh_dai_hoi_tdtt_xa_truoc_khai_mac.fodt",
        "odt",
        MOVED / "h106_kh_dai_hoi_tdtt_xa_truoc_khai_mac.odt",
    )
    h107_docx(tmp / "h107_tbkl_so_xay_dung_thu_nhat_thu_hai.docx")
    soffice_convert(
        tmp / "h107_tbkl_so_xay_dung_thu_nhat_thu_hai.docx",
        "doc",
        MOVED / "h107_tbkl_so_xay_dung_thu_nhat_thu_hai.doc",
    )
    h108_docx(tmp / "h108_qd_xa_phu_luc_xoay_ban_quet.docx")
    soffice_convert(
        tmp / "h108_qd_xa_phu_luc_xoay_ban_quet.docx", "pdf", tmp / "h108_qd_xa_phu_luc_xoay_ban_quet.pdf"
    )
    rasterise_turned(  # moved to the main corpus (h13fixP2): written into ../docs
        tmp / "h108_qd_xa_phu_luc_xoay_ban_quet.pdf", MOVED / "h108_qd_xa_phu_luc_xoay_ban_quet.pdf"
    )
    h112_docx(tmp / "h112_ctr_thang_tinh_uy_dong_ngay.docx")
    soffice_convert(
        tmp / "h112_ctr_thang_tinh_uy_dong_ngay.docx", "pdf", MOVED / "h112_ctr_thang_tinh_uy_dong_ngay.pdf"
    )


# ------------------------------------------------------------------------------------ h113–h122
# Own-authored by the helper h13author10b (2026-12-04): district/commune/ward bodies, a hospital,
# a school, mass organisations and a ministry's department; expected items written by hand first.
def h113(path: Path) -> None:
    """A district chairman's meeting conclusions (.docx): units named in full once with an abbreviation, then only by it."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["UBND HUYỆN CẨM GIANG", "VĂN PHÒNG HĐND VÀ UBND", "Số: 212/TB-VP"],
        "Cẩm Giang, ngày 14 tháng 01 năm 2027",
    )
    docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Ý kiến kết luận của Chủ tịch UBND huyện Đặng Minh Khoa tại cuộc họp giao ban tháng 01/2027",
            "Ngày 12/01/2027, đồng chí Đặng Minh Khoa, Chủ tịch UBND huyện chủ trì cuộc họp giao ban tháng 01/2027. "
            "Tham dự có các đồng chí Phó Chủ tịch UBND huyện; lãnh đạo Phòng Tài chính - Kế hoạch (sau đây viết tắt là "
            "Phòng TC-KH), Phòng Kinh tế và Hạ tầng (Phòng KT-HT), Phòng Nông nghiệp và Môi trường (Phòng NN-MT), "
            "Phòng Văn hóa, Khoa học và Thông tin (Phòng VH-KH-TT), Phòng Nội vụ, Ban Quản lý dự án đầu tư xây dựng "
            "huyện (Ban QLDA) và Văn phòng HĐND và UBND huyện (Văn phòng). Sau khi nghe báo cáo và ý kiến các đại biểu, "
            "Chủ tịch UBND huyện kết luận như sau:",
            "1. Đánh giá chung",
            "Trong tháng 01/2027, các cơ quan, đơn vị đã tập trung triển khai nhiệm vụ ngay từ đầu năm; thu ngân sách "
            "đạt 11,2% dự toán; công tác chuẩn bị Tết Nguyên đán Đinh Mùi được quan tâm. Chủ tịch UBND huyện biểu dương "
            "Phòng TC-KH đã hoàn thành sớm việc phân bổ dự toán ngân sách năm 2027 trước ngày 31/12/2026.",
            "2. Nhiệm vụ trọng tâm tháng 02/2027",
            "2.1. Phòng TC-KH chủ trì, phối hợp Kho bạc Nhà nước khu vực rà soát tiến độ giải ngân vốn đầu tư công năm "
            "2027 của từng dự án, báo cáo UBND huyện trước ngày 05/02/2027.",
            "2.2. Ban QLDA khẩn trương hoàn thiện hồ sơ quyết toán công trình Trường Mầm non Hoa Sen, trình cơ quan "
            "thẩm định chậm nhất ngày 20/02/2027.",
            "2.3. Phòng NN-MT hướng dẫn UBND các xã gieo cấy lúa vụ Đông Xuân đúng khung thời vụ, theo dõi tình hình "
            "sâu bệnh trên mạ, hoàn thành trước Tết Nguyên đán.",
            "2.4. Phòng VH-KH-TT chủ trì tổ chức Hội Xuân Cẩm Giang năm 2027 và các hoạt động mừng Đảng, mừng Xuân; "
            "thời gian từ ngày 25/01 đến ngày 31/01/2027.",
            "2.5. Phòng KT-HT phối hợp Công an huyện kiểm tra hoạt động vận tải hành khách, bảo đảm an toàn giao thông "
            "trên tuyến ĐT.392; thực hiện thường xuyên trong dịp cao điểm Tết.",
            "2.6. UBND các xã, thị trấn rà soát hộ nghèo, hộ có hoàn cảnh khó khăn để thăm hỏi, tặng quà Tết, báo cáo "
            "kết quả về Phòng Nội vụ trước ngày 03/02/2027.",
            "2.7. Văn phòng theo dõi, đôn đốc việc thực hiện các nội dung trên, tổng hợp báo cáo Chủ tịch UBND huyện "
            "trước ngày 25/02/2027.",
            "3. Về đề xuất của Phòng KT-HT điều chỉnh hướng tuyến đường giao thông nông thôn thôn Đoài: Chủ tịch UBND "
            "huyện đồng ý chủ trương.",
            "Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.",
            "Nơi nhận:\n- Chủ tịch, các PCT UBND huyện;\n- Các cơ quan, đơn vị tại mục 2;\n- UBND các xã, thị trấn;\n- Lưu: VT.",
            "CHÁNH VĂN PHÒNG\n(đã ký)\nVũ Thị Hồng Nhung",
        ],
    )
    document.save(path)


def h114(path: Path) -> None:
    """A district hospital's yearly activity plan (.xlsx): a two-row header with 'Chủ trì'/'Phối hợp' under one merged
    label, activity codes, due cells as dates or text, a money column, a total row with a formula."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "KHHĐ 2027"
    width = 9
    sheet_title_rows(
        sheet,
        [
            "SỞ Y TẾ TỈNH BẮC THẠNH",
            "BỆNH VIỆN ĐA KHOA HUYỆN PHÚ LỄ",
            "KẾ HOẠCH HOẠT ĐỘNG NĂM 2027",
            "(Kèm theo Quyết định số 09/QĐ-BV ngày 06/01/2027 của Giám đốc Bệnh viện)",
            "",
        ],
        width,
    )
    sheet.append(
        [
            "Mã",
            "Hoạt động",
            "Chỉ số đầu ra",
            "Đơn vị thực hiện",
            None,
            "Thời gian hoàn thành",
            "Kinh phí (triệu đồng)",
            "Nguồn kinh phí",
            "Ghi chú",
        ]
    )
    sheet.append([None, None, None, "Chủ trì", "Phối hợp", None, None, None, None])
    top = sheet.max_row - 1
    for column in (1, 2, 3, 6, 7, 8, 9):
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    sheet.merge_cells(start_row=top, start_column=4, end_row=top, end_column=5)
    for row in (top, top + 1):
        for cell in sheet[row]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rows = [
        ("1", "Khám bệnh, chữa bệnh", None, None, None, None, None, None, None),
        (
            "1.1",
            "Triển khai đặt lịch khám bệnh trực tuyến qua cổng thông tin và ứng dụng di động",
            "Tỷ lệ lượt khám đặt lịch trực tuyến ≥ 20%",
            "Phòng KHTH\nPhòng CNTT",
            "Khoa Khám bệnh",
            datetime.date(2027, 3, 31),
            45,
            "NTC",
            None,
        ),
        (
            "1.2",
            "Rút ngắn thời gian chờ khám tại Khoa Khám bệnh",
            "Thời gian chờ trung bình ≤ 60 phút",
            "Khoa Khám bệnh",
            "Phòng QLCL",
            "Quý II/2027",
            15,
            "NTC",
            None,
        ),
        (
            "1.3",
            "Mở phòng khám ngoài giờ vào buổi tối các ngày làm việc",
            "Phòng khám hoạt động từ 17h00 - 20h00",
            "Phòng KHTH",
            "Phòng TCKT; Phòng Điều dưỡng",
            "Tháng 5/2027",
            0,
            None,
            "Không sử dụng NSNN",
        ),
        ("2", "Chất lượng và an toàn người bệnh", None, None, None, None, None, None, None),
        (
            "2.1",
            "Xây dựng bảng kiểm giám sát tuân thủ vệ sinh tay",
            "Bảng kiểm được Giám đốc phê duyệt",
            "Khoa KSNK",
            "Phòng Điều dưỡng",
            datetime.date(2027, 2, 28),
            5,
            "NSNN",
            None,
        ),
        (
            "2.2",
            "Tự đánh giá chất lượng bệnh viện theo Bộ tiêu chí chất lượng",
            "Điểm trung bình ≥ 3,5",
            "Phòng QLCL",
            "Các khoa, phòng",
            "Quý IV/2027",
            10,
            "NSNN",
            None,
        ),
        (
            "2.3",
            "Tập huấn kỹ năng giao tiếp, ứng xử cho điều dưỡng, hộ sinh",
            "02 lớp, 120 lượt học viên",
            "Phòng Điều dưỡng",
            "Phòng TCCB",
            "Quý I, III/2027",
            30,
            "NTC",
            "Mỗi quý 01 lớp",
        ),
        ("3", "Tổ chức cán bộ, đào tạo", None, None, None, None, None, None, None),
        (
            "3.1",
            "Cử bác sĩ đi đào tạo chuyên khoa cấp I, chuyên khoa cấp II",
            "04 bác sĩ",
            "Phòng TCCB",
            "Các khoa lâm sàng",
            "Theo thông báo tuyển sinh",
            160,
            "NSNN",
            None,
        ),
        (
            "3.2",
            "Tiếp nhận chuyển giao kỹ thuật phẫu thuật nội soi cắt ruột thừa từ bệnh viện tuyến tỉnh",
            "Thực hiện độc lập ≥ 30 ca",
            "Khoa Ngoại tổng hợp",
            "Khoa Gây mê hồi sức",
            datetime.date(2027, 10, 15),
            85,
            "NTC",
            None,
        ),
    ]
    first = sheet.max_row + 1
    for values in rows:
        sheet.append(list(values))
        row = sheet.max_row
        if values[2] is None:
            for cell in sheet[row]:
                cell.font = Font(bold=True)
        date_cell = sheet.cell(row=row, column=6)
        if isinstance(date_cell.value, datetime.date):
            date_cell.number_format = "dd/mm/yyyy"
        for cell in sheet[row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    last = sheet.max_row
    sheet.append([None, "Tổng cộng", None, None, None, None, f"=SUM(G{first}:G{last})", None, None])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    sheet.append([])
    sheet.append(["Ghi chú: NSNN - ngân sách nhà nước; NTC - nguồn thu sự nghiệp của Bệnh viện."])
    sheet.append([None, None, None, None, None, None, "GIÁM ĐỐC"])
    for letter, size in zip("ABCDEFGHI", [6, 48, 32, 18, 22, 16, 12, 10, 18], strict=True):
        sheet.column_dimensions[letter].width = size
    sheet.freeze_panes = sheet.cell(row=top + 2, column=3)
    book.save(path)


def h115_xlsx(path: Path) -> None:
    """A district Youth Union's Youth Month plan (→ .xls): a time column mixing date cells and text ranges,
    roman group rows, a place column, leads as abbreviations."""
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Thang TN 2027"
    width = 6
    sheet_title_rows(
        sheet,
        [
            "BCH ĐOÀN TỈNH BẮC THẠNH - BAN CHẤP HÀNH HUYỆN ĐOÀN PHÚ LỄ",
            "KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG THÁNG THANH NIÊN NĂM 2027",
            "(Kèm theo Kế hoạch số 27-KH/HĐTN ngày 10/02/2027)",
        ],
        width,
    )
    xlsx_header(sheet, ["STT", "Nội dung hoạt động", "Thời gian", "Địa điểm", "Đơn vị thực hiện", "Ghi chú"])
    rows = [
        ("I", "HOẠT ĐỘNG CẤP HUYỆN", None, None, None, None),
        (
            1,
            'Lễ ra quân Tháng Thanh niên và khởi công công trình thanh niên "Tuyến đường xanh"',
            "Sáng 01/3/2027",
            "Xã Tân Lập",
            "VP Huyện đoàn",
            "Mời Thường trực Huyện ủy dự",
        ),
        (
            2,
            'Ngày hội hiến máu tình nguyện "Giọt hồng tuổi trẻ"',
            datetime.date(2027, 3, 14),
            "Trung tâm Văn hóa huyện",
            "Hội LHTN huyện",
            "Phối hợp Trung tâm Y tế huyện",
        ),
        (
            3,
            'Tuyên dương "Thanh niên tiêu biểu làm theo lời Bác" nhân kỷ niệm 96 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2027)',
            datetime.date(2027, 3, 26),
            "Hội trường Huyện ủy",
            "Ban Thường vụ Huyện đoàn",
            None,
        ),
        ("II", "HOẠT ĐỘNG TẠI CƠ SỞ", None, None, None, None),
        (
            4,
            'Ra quân "Ngày Chủ nhật xanh": thu gom rác thải, trồng cây xanh tại các tuyến đường thôn, xóm',
            "07/3 - 28/3/2027",
            "Các xã, thị trấn",
            "Các cơ sở Đoàn",
            "Mỗi cơ sở ít nhất 02 đợt",
        ),
        (
            5,
            "Ngày hội thanh niên với văn hóa giao thông",
            "Tuần 3 (15 - 20/3/2027)",
            "Trường THPT Phú Lễ",
            "Đoàn xã Tân Lập",
            None,
        ),
        (
            6,
            "Khám sức khỏe, cấp thuốc miễn phí cho người cao tuổi, gia đình chính sách",
            "Cả tháng 3",
            "Các xã vùng khó khăn",
            "Đoàn Trung tâm Y tế huyện",
            None,
        ),
        ("III", "TỔNG HỢP, BÁO CÁO", None, None, None, None),
        (
            7,
            "Tổng hợp kết quả Tháng Thanh niên, báo cáo Ban Thường vụ Tỉnh đoàn",
            "Trước 05/4/2027",
            None,
            "VP Huyện đoàn",
            None,
        ),
    ]
    for values in rows:
        sheet.append(list(values))
        row = sheet.max_row
        if isinstance(values[0], str):
            for cell in sheet[row]:
                cell.font = Font(bold=True)
        date_cell = sheet.cell(row=row, column=3)
        if isinstance(date_cell.value, datetime.date):
            date_cell.number_format = "dd/mm/yyyy"
    sheet.append([])
    sheet.append(["Kinh phí: từ nguồn kinh phí hoạt động năm 2027 của Huyện đoàn và nguồn xã hội hóa."])
    sheet.append([None, None, None, None, "TM. BAN THƯỜNG VỤ", None])
    sheet.append([None, None, None, None, "BÍ THƯ", None])
    for letter, size in zip("ABCDEF", [6, 55, 22, 24, 26, 26], strict=True):
        sheet.column_dimensions[letter].width = size
    book.save(path)


def h116_docx(path: Path) -> None:
    """A township's action programme implementing a Party resolution (→ .doc): prose parts, then an appendix table with
    'Sản phẩm' and 'Cấp trình' columns (neither the lead) and year-range times."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["UBND HUYỆN PHÚ LỄ", "UBND THỊ TRẤN PHÚ LỄ", "Số: 38/CTr-UBND"],
        "Phú Lễ, ngày 20 tháng 11 năm 2026",
    )
    docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH HÀNH ĐỘNG",
            "Thực hiện Nghị quyết số 05-NQ/ĐU ngày 02/10/2026 của Đảng ủy thị trấn về xây dựng đô thị văn minh, "
            "sáng - xanh - sạch - đẹp giai đoạn 2026 - 2030",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Cụ thể hóa các mục tiêu, nhiệm vụ của Nghị quyết thành các nhiệm vụ của chính quyền thị trấn.",
            "2. Xác định rõ cơ quan chủ trì, thời gian hoàn thành, sản phẩm của từng nhiệm vụ.",
            "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
            "Tập trung vào ba nhóm: quy hoạch và quản lý đô thị; hạ tầng và môi trường; xây dựng nếp sống văn minh đô thị "
            "(chi tiết tại Phụ lục kèm theo).",
            "III. TỔ CHỨC THỰC HIỆN",
            "Các công chức, đơn vị được giao chủ trì chủ động xây dựng kế hoạch chi tiết; định kỳ trước ngày 15/12 hằng năm "
            "gửi báo cáo kết quả về Văn phòng - Thống kê để tổng hợp, báo cáo Đảng ủy thị trấn.",
            "PHỤ LỤC",
            "DANH MỤC NHIỆM VỤ CỤ THỂ",
            "(Kèm theo Chương trình hành động số 38/CTr-UBND ngày 20/11/2026 của UBND thị trấn)",
        ],
    )
    table = grid_table(
        document,
        [
            "TT",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Sản phẩm",
            "Cấp trình",
            "Thời gian hoàn thành",
        ],
        [0.35, 2.1, 1.1, 1.1, 0.9, 0.7, 0.8],
    )
    groups = [
        (
            "I. QUY HOẠCH, QUẢN LÝ ĐÔ THỊ",
            [
                (
                    "1",
                    "Rà soát, điều chỉnh cục bộ quy hoạch chung thị trấn đến năm 2035",
                    "Công chức Địa chính - Xây dựng",
                    "Văn phòng - Thống kê",
                    "Hồ sơ điều chỉnh quy hoạch",
                    "UBND huyện",
                    "Quý II/2027",
                ),
                (
                    "2",
                    "Xây dựng Đề án đặt tên đường, đánh số nhà trên địa bàn thị trấn",
                    "Công chức Văn hóa - Xã hội",
                    "Công an thị trấn",
                    "Đề án",
                    "HĐND huyện",
                    "Tháng 12/2026",
                ),
                (
                    "3",
                    "Kiểm tra, xử lý vi phạm trật tự xây dựng, lấn chiếm vỉa hè, lòng đường",
                    "Đội Trật tự đô thị thị trấn",
                    "Công an thị trấn",
                    "Báo cáo kết quả",
                    "UBND thị trấn",
                    "Hằng năm",
                ),
            ],
        ),
        (
            "II. HẠ TẦNG, MÔI TRƯỜNG",
            [
                (
                    "4",
                    "Cải tạo hệ thống thoát nước khu phố 3 và khu phố 5",
                    "Công chức Địa chính - Xây dựng",
                    "Ban điều hành khu phố 3, khu phố 5",
                    "Công trình hoàn thành",
                    "UBND huyện",
                    "2027 - 2028",
                ),
                (
                    "5",
                    "Lắp đặt đèn chiếu sáng công cộng các tuyến hẻm theo phương thức Nhà nước và Nhân dân cùng làm",
                    "Ban điều hành các khu phố",
                    "Công chức Địa chính - Xây dựng",
                    "Các tuyến hẻm được chiếu sáng",
                    "",
                    "30/9/2027",
                ),
                (
                    "6",
                    "Vận động hộ gia đình phân loại rác thải sinh hoạt tại nguồn",
                    "Ủy ban MTTQ Việt Nam thị trấn",
                    "Các đoàn thể thị trấn",
                    "Tỷ lệ hộ phân loại rác ≥ 80%",
                    "",
                    "2026 - 2030",
                ),
            ],
        ),
        (
            "III. XÂY DỰNG NẾP SỐNG VĂN MINH ĐÔ THỊ",
            [
                (
                    "7",
                    "Xây dựng tuyến phố văn minh đô thị kiểu mẫu trên đường Trần Hưng Đạo",
                    "Công chức Văn hóa - Xã hội",
                    "Ban điều hành khu phố 1",
                    "Quyết định công nhận",
                    "UBND huyện",
                    "Năm 2027",
                ),
                (
                    "8",
                    "Sơ kết 03 năm thực hiện Nghị quyết",
                    "Văn phòng - Thống kê",
                    "Các công chức, đơn vị liên quan",
                    "Báo cáo sơ kết",
                    "Đảng ủy thị trấn",
                    "Quý IV/2028",
                ),
            ],
        ),
    ]
    for heading, rows in groups:
        full_width_row(table, heading)
        for row in rows:
            fill_row(table, row)
    docx_paragraphs(document, ["TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(đã ký)\nLâm Văn Tường"])
    document.save(path)


def h117_docx(path: Path) -> None:
    """A commune veterans' association half-year report (→ .odt): results with dates and units first, the direction
    part's dash items each ending '(Giao: …; thời gian: …)', then requests to the commune."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["HỘI CCB HUYỆN PHÚ LỄ", "HỘI CỰU CHIẾN BINH XÃ AN THẠNH", "Số: 14/BC-CCB"],
        "An Thạnh, ngày 10 tháng 6 năm 2026",
    )
    docx_paragraphs(
        document,
        [
            "BÁO CÁO",
            "Sơ kết công tác Hội 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2026",
            "I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026",
            "1. Công tác tuyên truyền: Ban Thường vụ Hội đã tổ chức hội nghị quán triệt Nghị quyết Đại hội Hội cấp huyện "
            "ngày 15/3/2026 cho 124 hội viên; các chi hội sinh hoạt định kỳ đúng quy định.",
            "2. Công tác xây dựng tổ chức Hội: kết nạp 06 hội viên mới, nâng tổng số hội viên lên 287.",
            '3. Phong trào giúp nhau giảm nghèo: Chi hội ấp Phú Hòa đã bàn giao 01 nhà "Nghĩa tình đồng đội" ngày '
            "28/4/2026; dư nợ ủy thác qua Hội đạt 6,8 tỷ đồng, không có nợ xấu.",
            "II. HẠN CHẾ, NGUYÊN NHÂN",
            "Một số chi hội sinh hoạt chưa đều; việc phát triển hội viên mới ở ấp Bình Lợi còn chậm.",
            "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026",
            "- Tổ chức các hoạt động kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2026), thăm hỏi, tặng quà "
            "gia đình chính sách (Giao: Ban Thường vụ Hội; thời gian: tháng 7/2026).",
            '- Vận động hội viên tham gia mô hình "Cựu chiến binh tham gia tự quản an ninh trật tự ở khu dân cư" '
            "(Giao: các chi hội; thời gian: thường xuyên).",
            "- Phối hợp Phòng giao dịch Ngân hàng Chính sách xã hội huyện rà soát các tổ tiết kiệm và vay vốn do Hội quản lý, "
            "đôn đốc thu hồi nợ đến hạn (Giao: Ban Kiểm tra Hội; thời gian: quý III/2026).",
            '- Khởi công và hoàn thành 01 nhà "Nghĩa tình đồng đội" cho hội viên Trần Văn Sáu, ấp Bình Lợi '
            "(Giao: Chi hội ấp Bình Lợi; thời gian: trước 02/9/2026).",
            "- Phát triển thêm ít nhất 10 hội viên mới (Giao: các chi hội; thời gian: đến 31/12/2026).",
            "- Tổ chức hội thao truyền thống chào mừng Ngày thành lập Quân đội nhân dân Việt Nam 22/12 "
            "(Giao: Chi hội ấp Phú Hòa; thời gian: tháng 12/2026).",
            "- Tổng kết công tác Hội năm 2026, bình xét thi đua, khen thưởng (Giao: Ban Thường vụ Hội; thời gian: 15/12/2026).",
            "IV. KIẾN NGHỊ, ĐỀ XUẤT",
            "Đề nghị UBND xã hỗ trợ kinh phí sửa chữa Nhà truyền thống Cựu chiến binh xã trước tháng 9/2026.",
            "Nơi nhận:\n- Hội CCB huyện;\n- Đảng ủy, UBND xã;\n- Các chi hội;\n- Lưu: VT.",
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn Hùng",
        ],
    )
    document.save(path)


def h118_docx(path: Path) -> None:
    """A ministry department's yearly plan (→ text PDF, landscape): a footnote marker in a task, its footnote under the
    table, a note column with years that are not dues."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    set_landscape(document.sections[0])
    document.styles["Normal"].font.size = Pt(11)
    national_header(
        document,
        ["BỘ Y TẾ", "CỤC QUẢN LÝ KHÁM, CHỮA BỆNH", "Số: 88/KH-KCB"],
        "Hà Nội, ngày 28 tháng 12 năm 2026",
    )
    docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Triển khai hồ sơ bệnh án điện tử tại các cơ sở khám bệnh, chữa bệnh năm 2027",
            "Căn cứ Kế hoạch công tác năm 2027 của Bộ Y tế, Cục Quản lý Khám, chữa bệnh xây dựng Kế hoạch với các nhiệm vụ sau:",
        ],
    )
    table = grid_table(
        document,
        ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Ghi chú"],
        [0.4, 3.6, 1.5, 1.7, 1.3, 1.6],
    )
    rows = [
        (
            "1",
            "Xây dựng, trình Lãnh đạo Bộ ban hành Kế hoạch kiểm tra, đánh giá triển khai hồ sơ bệnh án điện tử tại các bệnh viện trực thuộc Bộ",
            "Phòng Nghiệp vụ Y",
            "Văn phòng Cục",
            "Trước 31/3/2027",
            "",
        ),
        (
            "2",
            "Cập nhật bộ tiêu chí đánh giá mức độ ứng dụng công nghệ thông tin tại cơ sở khám bệnh, chữa bệnh",
            "Phòng Quản lý chất lượng",
            "Cục Khoa học công nghệ và Đào tạo",
            "Quý II/2027",
            "Chuyển tiếp từ Kế hoạch năm 2026",
        ),
        (
            "3",
            "Hướng dẫn kết nối, liên thông dữ liệu khám bệnh, chữa bệnh với Hệ thống thông tin giám định bảo hiểm y tế",
            "Phòng Nghiệp vụ Y",
            "Bảo hiểm xã hội Việt Nam",
            "Tháng 6/2027",
            "",
        ),
        (
            "4",
            "Kiểm tra thực tế việc triển khai hồ sơ bệnh án điện tử tại 15 bệnh viện",
            "Phòng Quản lý chất lượng",
            "Sở Y tế các tỉnh, thành phố",
            "6 tháng cuối năm 2027",
            "Danh sách bệnh viện theo Phụ lục II",
        ),
        (
            "5",
            "Tổng hợp tình hình triển khai, báo cáo Lãnh đạo Bộ",
            "Văn phòng Cục",
            "Các phòng thuộc Cục",
            "Hằng quý",
            "",
        ),
        (
            "6",
            "Tập huấn trực tuyến cho cán bộ chuyên trách công nghệ thông tin của các Sở Y tế",
            "Phòng Nghiệp vụ Y",
            "Trung tâm Thông tin y tế quốc gia",
            "Trong năm 2027",
            "Dự kiến 03 đợt",
        ),
        (
            "7",
            "Đề xuất sửa đổi, bổ sung Thông tư quy định về hồ sơ bệnh án điện tử",
            "Phòng Quản lý chất lượng",
            "Vụ Pháp chế",
            "Theo Chương trình xây dựng văn bản quy phạm pháp luật của Bộ",
            "Lộ trình đến năm 2028",
        ),
        (
            "8",
            "Công bố danh sách cơ sở khám bệnh, chữa bệnh đã triển khai hồ sơ bệnh án điện tử trên Cổng thông tin điện tử của Cục",
            "Văn phòng Cục",
            "Phòng Nghiệp vụ Y",
            "Trước 15/12/2027",
            "",
        ),
    ]
    for row in rows:
        fill_row(table, row)
    # a footnote marker after the first task (a superscript run, as Word prints a footnote reference)
    marker = table.rows[1].cells[1].paragraphs[0].add_run("1")
    marker.font.superscript = True
    docx_paragraphs(
        document,
        [
            "_______________",
            "1 Gồm 42 bệnh viện trực thuộc Bộ theo danh sách tại Quyết định số 512/QĐ-BYT ngày 20/02/2026.",
            "Nơi nhận:\n- Thứ trưởng Trần Văn Đức (để b/c);\n- Các Sở Y tế;\n- Lưu: VT, NVY.",
            "CỤC TRƯỞNG\n(đã ký)",
        ],
    )
    document.save(path)


def h119_docx(path: Path) -> None:
    """A commune's monthly calendar (→ scanned PDF): a day cell with a weekday, a two-day row, a 'Cả tháng' row,
    a leader column beside the preparing unit, a weekend duty note."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    set_landscape(document.sections[0])
    document.styles["Normal"].font.size = Pt(12)
    national_header(document, ["UBND HUYỆN PHÚ LỄ", "UBND XÃ TÂN HÒA"], "Tân Hòa, ngày 26 tháng 02 năm 2027")
    docx_paragraphs(document, ["LỊCH CÔNG TÁC THÁNG 3 NĂM 2027", "CỦA LÃNH ĐẠO UBND XÃ"])
    table = grid_table(
        document,
        ["Ngày", "Giờ", "Nội dung công việc", "Lãnh đạo chủ trì", "Đơn vị chuẩn bị", "Địa điểm"],
        [1.3, 0.7, 3.6, 1.5, 1.7, 1.3],
    )
    rows = [
        (
            "Thứ Ba\n02/3",
            "8h00",
            "Họp giao ban lãnh đạo UBND xã tháng 3",
            "Chủ tịch UBND xã",
            "Văn phòng HĐND-UBND",
            "Phòng họp số 1",
        ),
        (
            "Thứ Năm\n04/3",
            "14h00",
            "Kiểm tra công tác chuẩn bị ra quân huấn luyện dân quân năm 2027",
            "PCT Lê Văn Bình",
            "Ban CHQS xã",
            "Trụ sở Ban CHQS",
        ),
        (
            "Thứ Hai\n08/3",
            "8h30",
            "Gặp mặt kỷ niệm Ngày Quốc tế Phụ nữ 08/3",
            "PCT Trương Thị Mai",
            "Hội LHPN xã",
            "Hội trường UBND xã",
        ),
        (
            "Thứ Tư\n10/3",
            "7h30",
            "Tiếp công dân định kỳ",
            "Chủ tịch UBND xã",
            "Công chức Tư pháp - Hộ tịch",
            "Phòng tiếp công dân",
        ),
        (
            "Thứ Sáu 12/3 -\nThứ Bảy 13/3",
            "Cả ngày",
            "Làm việc với Đoàn kiểm tra của huyện về công tác cải cách hành chính",
            "Chủ tịch UBND xã",
            "Văn phòng HĐND-UBND",
            "Phòng họp số 1",
        ),
        (
            "Thứ Ba\n16/3",
            "8h00",
            "Hội nghị triển khai công tác phòng cháy, chữa cháy rừng mùa khô",
            "PCT Lê Văn Bình",
            "Công an xã; Ban Lâm nghiệp xã",
            "Hội trường UBND xã",
        ),
        (
            "Thứ Sáu\n26/3",
            "7h30",
            "Lễ kỷ niệm 96 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
            "PCT Trương Thị Mai",
            "Đoàn xã",
            "Nhà văn hóa xã",
        ),
        (
            "Cả tháng",
            "",
            "Ra quân tổng vệ sinh môi trường, phát quang bụi rậm dọc các tuyến đường liên ấp",
            "PCT Lê Văn Bình",
            "Các ấp",
            "Các ấp",
        ),
    ]
    for row in rows:
        fill_row(table, row)
    docx_paragraphs(
        document,
        [
            "Thứ Bảy, Chủ nhật: lãnh đạo UBND xã trực theo lịch trực của Văn phòng.",
            "Lịch có thể thay đổi; Văn phòng HĐND-UBND sẽ thông báo bổ sung hằng tuần.",
            "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n(đã ký)",
        ],
    )
    document.save(path)


def batch_h113(tmp: Path) -> None:
    """Writes h113–h122's binaries (the .html, .md and .csv are written by hand)."""
    h113(MOVED / "h113_tbkl_huyen_viet_tat_dinh_nghia_dau.docx")  # moved to the main corpus (h13fixO2)
    h114(DOCS / "h114_khhd_benh_vien_huyen_chu_tri_phoi_hop_hai_hang.xlsx")
    if not shutil.which("soffice"):
        print("soffice not found: the .xls, .doc, .odt and the PDFs were not regenerated", file=sys.stderr)
        return
    converted = [
        (h115_xlsx, "h115_kh_thang_thanh_nien_huyen_doan_thoi_gian_tron.xlsx", "xls"),
        (h116_docx, "h116_ctr_hanh_dong_thi_tran_san_pham_cap_trinh.docx", "doc"),
        (h117_docx, "h117_bc_so_ket_hoi_ccb_xa_giao_thoi_gian_ngoac.docx", "odt"),
        (h118_docx, "h118_kh_cuc_kcb_chu_thich_chan_bang.docx", "pdf"),
    ]
    for write, name, extension in converted:
        write(tmp / name)
        # h116 and h117 were moved to the main corpus (README.md, "Moves"): their writers write there
        target = MOVED if name.startswith(("h116_", "h117_")) else DOCS
        soffice_convert(tmp / name, extension, target / f"{Path(name).stem}.{extension}")
    name = "h119_lich_thang_xa_ban_quet"
    h119_docx(tmp / f"{name}.docx")
    soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
    rasterise(tmp / f"{name}.pdf", MOVED / f"{name}.pdf")  # moved to the main corpus


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    if sys.argv[1:] == ["--taught"]:
        with tempfile.TemporaryDirectory() as tmp:
            taught(Path(tmp))
        return
    if sys.argv[1:] == ["--third-batch"]:
        with tempfile.TemporaryDirectory() as tmp:
            third_batch(Path(tmp))
        return
    if sys.argv[1:] == ["--siblings"]:
        siblings()
        return
    if sys.argv[1:] == ["--taught-remedies"]:
        with tempfile.TemporaryDirectory() as tmp:
            taught_remedies(Path(tmp))
        return
    if sys.argv[1:] == ["--fifth-batch"]:
        with tempfile.TemporaryDirectory() as tmp:
            fifth_batch(Path(tmp))
        return
    if sys.argv[1:] == ["--sixth-batch"]:
        with tempfile.TemporaryDirectory() as tmp:
            sixth_batch(Path(tmp))
        return
    if sys.argv[1:] == ["--eighth-batch"]:
        with tempfile.TemporaryDirectory() as tmp:
            eighth_batch(Path(tmp))
        return
    if sys.argv[1:] == ["--batch-h103"]:
        with tempfile.TemporaryDirectory() as tmp:
            batch_h103(Path(tmp))
        return
    if sys.argv[1:] == ["--batch-h113"]:
        with tempfile.TemporaryDirectory() as tmp:
            batch_h113(Path(tmp))
        return
    if sys.argv[1:] == ["--batch-h123"]:
        return __import__("batch_h123").batch_h123()
    if sys.argv[1:] == ["--batch-h133"]:
        return __import__("batch_h133").batch_h133()  # h133–h142, batch_h133.py
    if sys.argv[1:] == ["--batch-h143"]:
        return __import__("batch_h143").batch_h143()  # h143–h162, batch_h143.py
    if sys.argv[1:] == ["--batch-h173"]:
        return __import__("batch_h173").batch_h173()  # h173–h182, batch_h173.py
    if sys.argv[1:] == ["--batch-h163"]:
        return __import__("batch_h163").batch_h163()  # h163–h172, batch_h163.py
    if sys.argv[1:] == ["--batch-h183"]:
        return __import__("batch_h183").batch_h183()  # h183–h192, batch_h183.py
    if sys.argv[1:] == ["--batch-h193"]:
        return __import__("batch_h193").batch_h193()  # h193–h202, batch_h193.py
    if sys.argv[1:] == ["--batch-h203"]:
        return __import__("batch_h203").batch_h203()  # h203–h212, batch_h203.py
    if sys.argv[1:] == ["--batch-h213"]:
        return __import__("batch_h213").batch_h213()  # h213–h222, batch_h213.py
    if sys.argv[1:] == ["--batch-h223"]:
        return __import__("batch_h223").batch_h223()  # h223–h232, batch_h223.py
    if sys.argv[1:] == ["--batch-h233"]:
        return __import__("batch_h233").batch_h233()  # h233–h242, batch_h233.py
    if sys.argv[1:] == ["--batch-h243"]:
        return __import__("batch_h243").batch_h243()  # h243–h252, batch_h243.py
    if sys.argv[1:] == ["--batch-h253"]:
        return __import__("batch_h253").batch_h253()  # h253–h262, batch_h253.py
    if sys.argv[1:] == ["--batch-h263"]:
        return __import__("batch_h263").batch_h263()  # h263–h272, batch_h263.py
    if sys.argv[1:] == ["--batch-h273"]:
        return __import__("batch_h273").batch_h273()  # h273–h282, batch_h273.py
    if sys.argv[1:] == ["--batch-h283"]:
        return __import__("batch_h283").batch_h283()  # h283–h292, batch_h283.py
    if sys.argv[1:] == ["--batch-h293"]:
        return __import__("batch_h293").batch_h293()  # h293–h302, batch_h293.py
    if sys.argv[1:] == ["--batch-h303"]:
        return __import__("batch_h303").batch_h303()  # h303–h312, batch_h303.py
    if sys.argv[1:] == ["--batch-h313"]:
        return __import__("batch_h313").batch_h313()  # h313–h322, batch_h313.py
    if sys.argv[1:] == ["--batch-h323"]:
        return __import__("batch_h323").batch_h323()  # h323–h332, batch_h323.py
    if sys.argv[1:] == ["--batch-h333"]:
        return __import__("batch_h333").batch_h333()  # h333–h342, batch_h333.py
    if sys.argv[1:] == ["--batch-h343"]:
        return __import__("batch_h343").batch_h343()  # h343–h352, batch_h343.py
    if sys.argv[1:] == ["--batch-h353"]:
        return __import__("batch_h353").batch_h353()  # h353–h362, batch_h353.py
    if sys.argv[1:] == ["--batch-h363"]:
        return __import__("batch_h363").batch_h363()  # h363–h372, batch_h363.py
    if sys.argv[1:] == ["--batch-h373"]:
        return __import__("batch_h373").batch_h373()  # h373–h382, batch_h373.py
    if sys.argv[1:] == ["--batch-h383"]:
        return __import__("batch_h383").batch_h383()  # h383–h392, batch_h383.py
    if sys.argv[1:] == ["--batch-h393"]:
        return __import__("batch_h393").batch_h393()  # h393–h402, batch_h393.py
    if sys.argv[1:] == ["--batch-h403"]:
        return __import__("batch_h403").batch_h403()  # h403–h412, batch_h403.py
    if sys.argv[1:] == ["--batch-h413"]:
        return __import__("batch_h413").batch_h413()  # h413–h422, batch_h413.py
    if sys.argv[1:] == ["--batch-h423"]:
        return __import__("batch_h423").batch_h423()  # h423–h432, batch_h423.py
    if sys.argv[1:] == ["--batch-h433"]:
        return __import__("batch_h433").batch_h433()  # h433–h442, batch_h433.py
    if sys.argv[1:] == ["--batch-h443"]:
        return __import__("batch_h443").batch_h443()  # h443–h452, batch_h443.py
    if sys.argv[1:] == ["--batch-h453"]:
        return __import__("batch_h453").batch_h453()  # h453–h462, batch_h453.py
    if sys.argv[1:] == ["--batch-h463"]:
        return __import__("batch_h463").batch_h463()  # h463–h472, batch_h463.py
    if sys.argv[1:] == ["--batch-h473"]:
        return __import__("batch_h473").batch_h473()  # h473–h482, batch_h473.py
    if sys.argv[1:] == ["--batch-h483"]:
        return __import__("batch_h483").batch_h483()  # h483–h492, batch_h483.py
    if sys.argv[1:] == ["--batch-h493"]:
        return __import__("batch_h493").batch_h493()  # h493–h502, batch_h493.py
    if sys.argv[1:] == ["--batch-h503"]:
        return __import__("batch_h503").batch_h503()  # h503–h512, batch_h503.py
    if sys.argv[1:] == ["--batch-h513"]:
        return __import__("batch_h513").batch_h513()  # h513–h522, batch_h513.py
    if sys.argv[1:] == ["--batch-h523"]:
        return __import__("batch_h523").batch_h523()  # h523–h532, batch_h523.py
    if sys.argv[1:] == ["--batch-h533"]:
        return __import__("batch_h533").batch_h533()  # h533–h542, batch_h533.py
    if sys.argv[1:] == ["--batch-h543"]:
        return __import__("batch_h543").batch_h543()  # h543–h552, batch_h543.py
    if sys.argv[1:] == ["--batch-h553"]:
        return __import__("batch_h553").batch_h553()  # h553–h562, batch_h553.py
    if sys.argv[1:] == ["--batch-h563"]:
        return __import__("batch_h563").batch_h563()  # h563–h572, batch_h563.py
    if sys.argv[1:] == ["--batch-h573"]:
        return __import__("batch_h573").batch_h573()  # h573–h582, batch_h573.py
    if sys.argv[1:] == ["--batch-h583"]:
        return __import__("batch_h583").batch_h583()  # h583–h592, batch_h583.py
    if sys.argv[1:] == ["--batch-h593"]:
        return __import__("batch_h593").batch_h593()  # h593–h602, batch_h593.py
    if sys.argv[1:] == ["--batch-h603"]:
        return __import__("batch_h603").batch_h603()  # h603–h612, batch_h603.py
    if sys.argv[1:] == ["--batch-h613"]:
        return __import__("batch_h613").batch_h613()  # h613–h622, batch_h613.py
    if sys.argv[1:] == ["--batch-h623"]:
        return __import__("batch_h623").batch_h623()  # h623–h632, batch_h623.py
    if sys.argv[1:] == ["--batch-h633"]:
        return __import__("batch_h633").batch_h633()  # h633–h642, batch_h633.py
    if sys.argv[1:] == ["--batch-h643"]:
        return __import__("batch_h643").batch_h643()  # h643–h652, batch_h643.py
    if sys.argv[1:] == ["--batch-h653"]:
        return __import__("batch_h653").batch_h653()  # h653–h662, batch_h653.py
    if sys.argv[1:] == ["--batch-h663"]:
        return __import__("batch_h663").batch_h663()  # h663–h672, batch_h663.py
    if sys.argv[1:] == ["--batch-h673"]:
        return __import__("batch_h673").batch_h673()  # h673–h682, batch_h673.py
    if sys.argv[1:] == ["--batch-h683"]:
        return __import__("batch_h683").batch_h683()  # h683–h692, batch_h683.py
    if sys.argv[1:] == ["--batch-h693"]:
        return __import__("batch_h693").batch_h693()  # h693–h702, batch_h693.py
    if sys.argv[1:] == ["--batch-h703"]:
        return __import__("batch_h703").batch_h703()  # h703–h712, batch_h703.py
    if sys.argv[1:] == ["--batch-h713"]:
        return __import__("batch_h713").batch_h713()  # h713–h722, batch_h713.py
    if sys.argv[1:] == ["--batch-h723"]:
        return __import__("batch_h723").batch_h723()  # h723–h732, batch_h723.py
    if sys.argv[1:] == ["--batch-h733"]:
        return __import__("batch_h733").batch_h733()  # h733–h742, batch_h733.py
    if sys.argv[1:] == ["--batch-h743"]:
        return __import__("batch_h743").batch_h743()  # h743–h752, batch_h743.py
    if sys.argv[1:] == ["--batch-h753"]:
        return __import__("batch_h753").batch_h753()  # h753–h762, batch_h753.py
    if sys.argv[1:] == ["--batch-h763"]:
        return __import__("batch_h763").batch_h763()  # h763–h772, batch_h763.py
    if sys.argv[1:] == ["--batch-h773"]:
        return __import__("batch_h773").batch_h773()  # h773–h782, batch_h773.py
    if sys.argv[1:] == ["--batch-h783"]:
        return __import__("batch_h783").batch_h783()  # h783–h792, batch_h783.py
    if sys.argv[1:] == ["--batch-h793"]:
        return __import__("batch_h793").batch_h793()  # h793–h802, batch_h793.py
    if sys.argv[1:] == ["--batch-h803"]:
        return __import__("batch_h803").batch_h803()  # h803–h812, batch_h803.py
    if sys.argv[1:] == ["--batch-h813"]:
        return __import__("batch_h813").batch_h813()  # h813–h822, batch_h813.py
    if sys.argv[1:] == ["--batch-h823"]:
        return __import__("batch_h823").batch_h823()  # h823–h832, batch_h823.py
    if sys.argv[1:] == ["--batch-h833"]:
        return __import__("batch_h833").batch_h833()  # h833–h842, batch_h833.py
    if sys.argv[1:] == ["--batch-h843"]:
        return __import__("batch_h843").batch_h843()  # h843–h852, batch_h843.py
    if sys.argv[1:] == ["--batch-h853"]:
        return __import__("batch_h853").batch_h853()  # h853–h862, batch_h853.py
    if sys.argv[1:] == ["--batch-h863"]:
        return __import__("batch_h863").batch_h863()  # h863–h872, batch_h863.py
    if sys.argv[1:] == ["--batch-h873"]:
        return __import__("batch_h873").batch_h873()  # h873–h882, batch_h873.py
    if sys.argv[1:] == ["--batch-h883"]:
        return __import__("batch_h883").batch_h883()  # h883–h892, batch_h883.py
    if sys.argv[1:] == ["--batch-h893"]:
        return __import__("batch_h893").batch_h893()  # h893–h902, batch_h893.py
    if sys.argv[1:] == ["--batch-h903"]:
        return __import__("batch_h903").batch_h903()  # h903–h912, batch_h903.py
    if sys.argv[1:] == ["--seventh-batch"]:
        with tempfile.TemporaryDirectory() as tmp:
            seventh_batch(Path(tmp))
        return
    h07(MOVED / "h07_ct_ubnd_tinh_nhom_thang.docx")
    h09(MOVED / "h09_xuat_he_thong_nhiem_vu.xlsx")
    h10(MOVED / "h10_chi_tieu_benh_vien_hai_sheet.xlsx")
    h11(MOVED / "h11_xuat_nhiem_vu_huyen.csv")
    h12(MOVED / "h12_chi_thi_nhiem_vu_theo_co_quan.docx")
    h17(DOCS / "h17_chi_tieu_xa.docx")
    h19(MOVED / "h19_kh_truong_tien_do.docx")
    h20(DOCS / "h20_lich_tuan_so_xuat_excel.xlsx")
    h21(MOVED / "h21_ct_bo_hai_thoi_han.docx")
    if not shutil.which("soffice"):
        print("soffice not found: the .odt and the scan were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        h08_docx(tmp / "h08_kh_phu_luc_nhiem_vu.docx")
        soffice_convert(tmp / "h08_kh_phu_luc_nhiem_vu.docx", "odt", MOVED / "h08_kh_phu_luc_nhiem_vu.odt")
        h14_docx(tmp / "h14_scan.docx")
        soffice_convert(tmp / "h14_scan.docx", "pdf", tmp / "h14_scan.pdf")
        rasterise(tmp / "h14_scan.pdf", MOVED / "h14_tbkl_xa_ban_quet.pdf")


if __name__ == "__main__":
    main()
