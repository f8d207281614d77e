"""Writes the held-out documents that are not plain text (docs/h07…h19 binaries and the CSV).

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


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    h07(MOVED / "h07_ct_ubnd_tinh_nhom_thang.docx")
    h09(MOVED / "h09_xuat_he_thong_nhiem_vu.xlsx")
    h10(MOVED / "h10_chi_tieu_benh_vien_hai_sheet.xlsx")
    h11(MOVED / "h11_xuat_nhiem_vu_huyen.csv")
    h12(DOCS / "h12_chi_thi_nhiem_vu_theo_co_quan.docx")
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
        rasterise(tmp / "h14_scan.pdf", DOCS / "h14_tbkl_xa_ban_quet.pdf")


if __name__ == "__main__":
    main()
