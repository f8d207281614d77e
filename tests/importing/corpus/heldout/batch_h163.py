"""Writes the documents h163–h172 that are not typed by hand (helper h13author13).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h163`.
Every text below is own-authored (other names, units, places, dates and tasks) in how such offices
commonly produce these kinds; no third-party text is stored. The .json (h166) and the Word web page
(h172, .htm) are written by hand and live beside the output; the e-mail (h164, .eml) and the
calendar (h171, .ics) are text too, but are written here because their encodings (MIME
quoted-printable and base64, iCalendar line folding by octets) are mechanical. Like `make_docs.py`
this writes **only the documents**: their expected items (`expected/`) were written by hand from
the document text before the importer was first run on them. The writer helpers (national header,
grid tables, LibreOffice conversion) are `make_docs.py`'s. The .odt, .doc, the PDF and the photo
need LibreOffice (`soffice`), the photo also pypdfium2 and Pillow; their bytes differ run to run,
so regenerate only on purpose.
"""

# ruff: noqa: E501 — document text is data: long lines.

import datetime
import shutil
import sys
import tempfile
from pathlib import Path

from batch_common import DOCS, MOVED
from batch_common import writers as _writers


def _fonts(document, name: str = "Times New Roman", size: int = 12) -> None:
    from docx.shared import Pt

    document.styles["Normal"].font.name = name
    document.styles["Normal"].font.size = Pt(size)


def _borderless(table) -> None:
    """No ruling lines at all: the table's and every cell's borders set to `nil`."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _vertical(cell) -> None:
    """Text turned to read bottom to top, as a narrow header cell is set in Word."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    direction = OxmlElement("w:textDirection")
    direction.set(qn("w:val"), "btLr")
    cell._tc.get_or_add_tcPr().append(direction)


def _cell(cell, text: str, bold: bool = False, centre: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    cell.text = ""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.add_run(line).bold = bold
        if centre:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


# -------------------------------------------------------------------------------------------- h163
def h163_docx(h, path: Path) -> None:
    """A commune's printed monthly task table, to be photographed (see `photograph`)."""
    from docx import Document
    from docx.shared import Cm

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(1.8)
    _fonts(document, size=12)
    h.national_header(
        document,
        ["UBND XÃ TÂN PHONG", "", "Số: 38/BPC-UBND"],
        "Tân Phong, ngày 31 tháng 3 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "BẢNG PHÂN CÔNG NHIỆM VỤ THÁNG 4 NĂM 2027",
            "(Kèm theo kết luận giao ban UBND xã ngày 30/3/2027)",
        ],
    )
    table = h.grid_table(
        document,
        ["STT", "Nội dung công việc", "Bộ phận thực hiện", "Thời gian hoàn thành", "Ghi chú"],
        [0.45, 2.9, 1.75, 1.15, 0.75],
    )
    rows = [
        (
            "1",
            "Rà soát, lập danh sách đối tượng bảo trợ xã hội được chi trả quý II/2027",
            "Công chức Văn hóa - Xã hội",
            "10/4/2027",
            "",
        ),
        (
            "2",
            "Ra quân nạo vét kênh mương nội đồng trước vụ Hè Thu",
            "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường",
            "20/4/2027",
            "Huy động các thôn",
        ),
        (
            "3",
            "Kiểm tra, xử lý lấn chiếm hành lang an toàn giao thông tuyến ĐT.742",
            "Công an xã",
            "25/4/2027",
            "",
        ),
        (
            "4",
            "Hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức 2",
            "Công an xã (Đoàn Thanh niên xã phối hợp)",
            "Thường xuyên",
            "",
        ),
        (
            "5",
            "Tổng hợp báo cáo tình hình kinh tế - xã hội tháng 4",
            "Văn phòng HĐND và UBND xã",
            "22/4/2027",
            "",
        ),
        (
            "6",
            "Tổ chức diễn tập phòng cháy, chữa cháy tại chợ Tân Phong",
            "Ban Chỉ huy Quân sự xã",
            "Tuần 4 (19 - 24/4)",
            "",
        ),
        (
            "7",
            "Chuẩn bị nội dung, tài liệu kỳ họp chuyên đề HĐND xã",
            "Văn phòng HĐND và UBND xã",
            "28/4/2027",
            "",
        ),
        ("", "Nghỉ lễ Ngày Giải phóng miền Nam 30/4 và Quốc tế Lao động 1/5", "", "30/4 - 03/5/2027", ""),
    ]
    for values in rows:
        h.fill_row(table, values)
    h.set_widths(table, [0.45, 2.9, 1.75, 1.15, 0.75])
    h.docx_paragraphs(
        document,
        [
            "Các bộ phận báo cáo kết quả thực hiện về Văn phòng HĐND và UBND xã trước ngày 27/4/2027 để tổng hợp.",
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(đã ký)\nHồ Văn Khiêm",
        ],
    )
    document.save(path)


def photograph(pdf: Path, target: Path) -> None:
    """The first page of `pdf` as a phone photo of the printed sheet: on a desk, turned a little in
    perspective, lit unevenly from one side, slightly out of focus, saved as a JPEG."""
    import pypdfium2
    from PIL import Image, ImageDraw, ImageFilter

    page = pypdfium2.PdfDocument(str(pdf))[0].render(scale=150 / 72).to_pil().convert("RGB")
    width, height = page.size
    page = page.crop((0, 0, width, int(height * 0.74)))  # the sheet's upper part, where the text is
    width, height = page.size
    # paper tint and a light falling off from the upper left to the lower right
    shade = Image.new("L", (width, height))
    draw = ImageDraw.Draw(shade)
    for y in range(0, height, 4):
        for x in range(0, width, 4):
            value = int(255 - 105 * ((x / width) * 0.6 + (y / height) * 0.4))
            draw.rectangle((x, y, x + 3, y + 3), fill=value)
    shade = shade.filter(ImageFilter.GaussianBlur(30))
    tint = Image.new("RGB", (width, height), (236, 230, 214))
    paper = Image.composite(page, tint, page.convert("L").point(lambda v: 255 - v))
    paper = Image.composite(paper, Image.new("RGB", (width, height), (0, 0, 0)), shade)
    paper = Image.blend(paper, Image.composite(page, tint, page.convert("L").point(lambda v: 255 - v)), 0.35)
    # the desk around it and a perspective: the top edge narrower than the bottom, the page turned
    margin = 90
    canvas = Image.new("RGB", (width + 2 * margin, height + 2 * margin), (92, 74, 58))
    canvas.paste(paper, (margin, margin))
    w, h_ = canvas.size
    source = [(margin, margin), (w - margin, margin), (w - margin, h_ - margin), (margin, h_ - margin)]
    dest = [
        (margin + 55, margin + 30),
        (w - margin - 20, margin + 5),
        (w - margin + 25, h_ - margin + 10),
        (margin - 15, h_ - margin - 20),
    ]
    coefficients = _perspective(dest, source)
    photo = canvas.transform(
        canvas.size,
        Image.Transform.PERSPECTIVE,
        coefficients,
        Image.Resampling.BICUBIC,
        fillcolor=(92, 74, 58),
    )
    photo = photo.filter(ImageFilter.GaussianBlur(0.9))
    photo.save(target, "JPEG", quality=82)


def _perspective(dest, source) -> list[float]:
    """The eight coefficients PIL's PERSPECTIVE transform wants to map `dest` points back to `source`."""
    rows, values = [], []
    for (x, y), (u, v) in zip(dest, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        values.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values.append(v)
    return _solve(rows, values)


def _solve(matrix: list[list[float]], values: list[float]) -> list[float]:
    size = len(values)
    augmented = [[*row, value] for row, value in zip(matrix, values, strict=True)]
    for column in range(size):
        pivot = max(range(column, size), key=lambda r: abs(augmented[r][column]))
        augmented[column], augmented[pivot] = augmented[pivot], augmented[column]
        for row in range(size):
            if row != column:
                factor = augmented[row][column] / augmented[column][column]
                augmented[row] = [
                    a - factor * b for a, b in zip(augmented[row], augmented[column], strict=True)
                ]
    return [augmented[row][size] / augmented[row][row] for row in range(size)]


# -------------------------------------------------------------------------------------------- h164
H164_PLAIN = """Kính gửi các phòng, đơn vị thuộc Sở,

Văn phòng Sở chuyển ý kiến chỉ đạo của đồng chí Giám đốc Sở tại cuộc giao ban tháng 3/2027 (thư bên dưới) để các phòng, đơn vị triển khai. Lưu ý:
- Việc số 5 trong thư dưới: tại cuộc họp chiều 26/3/2027, đồng chí Giám đốc đồng ý lùi thời hạn trình đến ngày 30/4/2027.
- Việc số 6 trong thư dưới: không thực hiện nữa (Bộ Tư pháp đã tổ chức tập huấn trực tuyến cho toàn ngành).
- Bổ sung: Phòng Hành chính tư pháp chủ trì rà soát, đề xuất cắt giảm thành phần hồ sơ thủ tục hành chính lĩnh vực hộ tịch, gửi Văn phòng Sở trước ngày 15/4/2027.

Trân trọng,
--
Đặng Thị Thu Hiền
Chuyên viên Văn phòng Sở Tư pháp tỉnh Lâm Hải
ĐT: 0235 3 822 417 | Di động: 0905 114 278

-----Original Message-----
From: Giám đốc Sở Tư pháp <giamdoc.stp@lamhai.gov.vn>
Sent: Thursday, March 25, 2027 4:12 PM
To: Văn phòng Sở Tư pháp <vanphong.stp@lamhai.gov.vn>
Subject: Ý kiến chỉ đạo tại giao ban tháng 3/2027

Văn phòng gửi các phòng, đơn vị các việc sau:

1. Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật: rà soát các văn bản QPPL do HĐND, UBND tỉnh ban hành liên quan đến sắp xếp đơn vị hành chính cấp xã, báo cáo trước ngày 10/4/2027.
2. Phòng Phổ biến, giáo dục pháp luật: xây dựng kế hoạch tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến năm 2027, trình Giám đốc trước ngày 20/4/2027.
3. Phòng Hành chính tư pháp: hướng dẫn UBND cấp xã số hóa sổ hộ tịch lưu trữ, hoàn thành trong quý II/2027.
4. Thanh tra Sở: kiểm tra công tác chứng thực tại 05 xã, phường, thực hiện trong tháng 5/2027.
5. Phòng Bổ trợ tư pháp: tham mưu Đề án phát triển tổ chức hành nghề công chứng giai đoạn 2027 - 2030, trình trước ngày 15/4/2027.
6. Văn phòng Sở: tổ chức tập huấn nghiệp vụ văn thư, lưu trữ cho công chức, viên chức của Sở trong tháng 4/2027.
7. Các phòng, đơn vị báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 25 hằng tháng.

Giám đốc
Lương Văn Thịnh

Vào 08:30 Thứ Tư, ngày 24 tháng 3 năm 2027, Văn phòng Sở Tư pháp <vanphong.stp@lamhai.gov.vn> đã viết:
> Kính trình Giám đốc dự thảo các việc giao sau giao ban:
> 1. Phòng XD&KTVB: rà soát văn bản QPPL liên quan sắp xếp đơn vị hành chính, trước 05/4/2027.
> 2. Phòng PBGDPL: kế hoạch Cuộc thi tìm hiểu pháp luật trực tuyến, trước 15/4/2027.
> 3. Phòng HCTP: hướng dẫn số hóa sổ hộ tịch, trong tháng 6/2027.
> Kính trình Giám đốc cho ý kiến.
"""


def _h164_html(plain: str) -> str:
    """The same message as Outlook's HTML part: paragraphs, the quoted part in a bordered block."""
    import html

    head, original = plain.split("-----Original Message-----", 1)
    original, draft = original.split("Vào 08:30", 1)
    draft = "Vào 08:30" + draft

    def paragraphs(text: str) -> str:
        out = []
        for block in text.strip().split("\n\n"):
            out.append(
                "<p class=MsoNormal>"
                + "<br>\n".join(html.escape(line) for line in block.split("\n"))
                + "</p>"
            )
        return "\n".join(out)

    quoted_lines = [html.escape(line.lstrip("> ")) for line in draft.strip().split("\n")]
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body lang=VI style="font-family:Calibri,sans-serif;font-size:11pt">\n'
        + paragraphs(head)
        + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        + paragraphs(original)
        + "\n</div>\n"
        + "<p class=MsoNormal>"
        + quoted_lines[0]
        + '</p>\n<blockquote style="border-left:solid #CCCCCC 1.0pt;padding-left:6pt;margin-left:4pt">\n'
        + "<br>\n".join(quoted_lines[1:])
        + "\n</blockquote>\n</body></html>\n"
    )


def h164(path: Path) -> None:
    """A forwarded e-mail (MIME multipart/alternative, text/plain quoted-printable and text/html
    base64, UTF-8): the forwarder's notes change the quoted director's list (a due moved, a task
    dropped, one added), and a draft of the list is quoted again below the director's message."""
    from email.charset import BASE64, QP, Charset
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText
    from email.utils import formataddr

    message = MIMEMultipart("alternative")
    message["From"] = formataddr(("Văn phòng Sở Tư pháp", "vanphong.stp@lamhai.gov.vn"), "utf-8")
    message["To"] = formataddr(("Các phòng, đơn vị thuộc Sở", "stp-donvi@lamhai.gov.vn"), "utf-8")
    message["Cc"] = formataddr(("Giám đốc Sở Tư pháp", "giamdoc.stp@lamhai.gov.vn"), "utf-8")
    message["Subject"] = "FW: Ý kiến chỉ đạo tại giao ban tháng 3/2027"
    message["Date"] = "Sat, 27 Mar 2027 08:05:41 +0700"
    message["Message-ID"] = "<000601db9a1c$5e2f3a40$1a8daec0$@lamhai.gov.vn>"
    message["X-Mailer"] = "Microsoft Outlook 16.0"
    plain_charset = Charset("utf-8")
    plain_charset.body_encoding = QP
    html_charset = Charset("utf-8")
    html_charset.body_encoding = BASE64
    message.attach(MIMEText(H164_PLAIN, "plain", plain_charset))
    message.attach(MIMEText(_h164_html(H164_PLAIN), "html", html_charset))
    path.write_bytes(message.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))


# -------------------------------------------------------------------------------------------- h165
def h165(h, path: Path) -> None:
    """A corporation's tracking sheet: two cancelled tasks marked **only by strikethrough**, a due
    cell whose old date is struck beside the new one (rich text), a **hidden column** of original
    deadlines and a **hidden row** repeating a task with an older deadline."""
    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Theo doi Quy I"
    h.sheet_title_rows(
        sheet,
        [
            "TỔNG CÔNG TY XÂY DỰNG LÂM HẢI - CTCP",
            "BẢNG THEO DÕI THỰC HIỆN NHIỆM VỤ SAU GIAO BAN QUÝ I NĂM 2027",
            "(Cập nhật đến ngày 08/3/2027)",
            "",
        ],
        7,
    )
    h.xlsx_header(
        sheet,
        [
            "STT",
            "Nội dung nhiệm vụ",
            "Đơn vị chủ trì",
            "Hạn ban đầu",
            "Hạn hoàn thành",
            "Tình trạng",
            "Ghi chú",
        ],
    )
    d = datetime.datetime
    rows = [
        (
            "1",
            "Hoàn thiện hồ sơ dự thầu gói thầu XL-05 cầu Bến Đình",
            "Phòng Kế hoạch - Kỹ thuật",
            d(2027, 1, 15),
            d(2027, 1, 31),
            "Hoàn thành",
            "",
        ),
        (
            "2",
            "Quyết toán công trình trụ sở UBND xã Hòa Bình",
            "Phòng Tài chính - Kế toán",
            d(2027, 2, 28),
            None,
            "Đang thực hiện",
            "Chờ chủ đầu tư phê duyệt",
        ),
        (
            "3",
            "Tổ chức hội thao công nhân chào mừng ngày 26/3",
            "Công đoàn Tổng công ty",
            d(2027, 3, 20),
            d(2027, 3, 20),
            "",
            "",
        ),
        (
            "4",
            "Rà soát định mức tiêu hao nhiên liệu máy thi công",
            "Phòng Vật tư - Thiết bị",
            d(2027, 2, 28),
            d(2027, 3, 15),
            "Đang thực hiện",
            "",
        ),
        (
            "",
            "Rà soát định mức tiêu hao nhiên liệu máy thi công",
            "Phòng Vật tư - Thiết bị",
            d(2027, 2, 28),
            d(2027, 2, 28),
            "",
            "",
        ),
        (
            "5",
            "Huấn luyện an toàn, vệ sinh lao động định kỳ cho công nhân các đội thi công",
            "Ban An toàn lao động",
            None,
            "Hằng quý",
            "Đang thực hiện",
            "",
        ),
        (
            "6",
            "Mua sắm 02 máy xúc bánh lốp phục vụ thi công",
            "Phòng Vật tư - Thiết bị",
            d(2027, 3, 31),
            d(2027, 3, 31),
            "",
            "",
        ),
        (
            "7",
            "Triển khai phần mềm quản lý văn bản và điều hành",
            "Văn phòng Tổng công ty",
            d(2027, 2, 28),
            d(2027, 3, 31),
            "Đang thực hiện",
            "Nhà cung cấp đang cài đặt",
        ),
        (
            "8",
            "Báo cáo tình hình thực hiện kế hoạch sản xuất kinh doanh quý I",
            "Phòng Kế hoạch - Kỹ thuật",
            d(2027, 4, 5),
            d(2027, 4, 5),
            "Chưa thực hiện",
            "",
        ),
        (
            "9",
            "Đánh giá, xếp loại nhà thầu phụ năm 2026",
            "Ban Quản lý chất lượng",
            d(2027, 1, 31),
            d(2027, 1, 31),
            "Hoàn thành",
            "",
        ),
    ]
    first = sheet.max_row + 1
    for values in rows:
        sheet.append(list(values))
    struck = Font(strike=True)
    for offset, values in enumerate(rows):
        row = first + offset
        for column in (4, 5):
            cell = sheet.cell(row=row, column=column)
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = "dd/mm/yyyy"
        for column in range(1, 8):
            sheet.cell(row=row, column=column).alignment = Alignment(wrap_text=True, vertical="top")
        if values[0] in ("3", "6"):  # cancelled: struck through, nothing else says so
            for column in range(1, 8):
                sheet.cell(row=row, column=column).font = struck
        if values[0] == "2":  # the old due struck, the new one beside it
            sheet.cell(row=row, column=5).value = CellRichText(
                TextBlock(InlineFont(strike=True), "28/02/2027"), " 15/4/2027"
            )
        if values[0] == "":
            sheet.row_dimensions[row].hidden = True
    total = sheet.max_row + 1
    sheet.cell(row=total, column=2).value = "Tổng số nhiệm vụ: 9"
    sheet.cell(row=total, column=2).font = Font(bold=True)
    sheet.cell(row=total + 2, column=5).value = "NGƯỜI LẬP BIỂU"
    sheet.cell(row=total + 2, column=2).value = "TL. TỔNG GIÁM ĐỐC - CHÁNH VĂN PHÒNG"
    sheet.column_dimensions["D"].hidden = True
    for letter, width in zip("ABCDEFG", [6, 52, 28, 13, 16, 16, 26], strict=True):
        sheet.column_dimensions[letter].width = width
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h167
def h167_docx(h, path: Path) -> None:
    """A management board's plan whose task table has **no ruling lines** (columns by alignment
    only), runs from page 1 onto page 2 without a repeated header, one row cut by the break."""
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.5), Cm(1.5)
    section.top_margin = section.bottom_margin = Cm(2.0)
    _fonts(document, size=13)
    h.national_header(
        document,
        ["UBND TỈNH LÂM HẢI", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "Số: 27/KH-BQL"],
        "Lâm Hải, ngày 22 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Cải thiện môi trường đầu tư, hỗ trợ doanh nghiệp trong các khu công nghiệp năm 2027",
            "Căn cứ Kế hoạch số 05/KH-UBND ngày 08/01/2027 của UBND tỉnh về nâng cao chỉ số năng lực cạnh tranh cấp tỉnh năm 2027; Ban Quản lý các khu công nghiệp tỉnh ban hành Kế hoạch cải thiện môi trường đầu tư, hỗ trợ doanh nghiệp trong các khu công nghiệp năm 2027 như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Nâng cao chất lượng giải quyết thủ tục hành chính, rút ngắn thời gian xử lý hồ sơ của nhà đầu tư; tạo môi trường đầu tư thông thoáng, minh bạch, cạnh tranh lành mạnh.",
            "2. Kịp thời nắm bắt, tháo gỡ khó khăn, vướng mắc của doanh nghiệp về mặt bằng, lao động, hạ tầng và môi trường; phấn đấu 100% kiến nghị của doanh nghiệp được trả lời đúng hạn.",
            "3. Các nhiệm vụ phải được phân công cụ thể, gắn với trách nhiệm của người đứng đầu từng phòng, đơn vị; thường xuyên kiểm tra, đôn đốc, đánh giá kết quả thực hiện.",
            "II. KẾT QUẢ NĂM 2026",
            "Năm 2026, các khu công nghiệp thu hút 14 dự án mới với tổng vốn đăng ký 312 triệu USD; tỷ lệ lấp đầy bình quân đạt 71,4%; 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn; tổ chức 02 hội nghị đối thoại với gần 200 doanh nghiệp tham dự. Tuy nhiên, thời gian giải quyết một số thủ tục về điều chỉnh dự án còn kéo dài; việc tuyển dụng lao động kỹ thuật còn khó khăn.",
            "III. NHIỆM VỤ CỤ THỂ",
        ],
    )
    widths = [0.42, 2.68, 1.3, 1.3, 1.0]
    table = document.add_table(rows=1, cols=5)
    _borderless(table)
    for cell, label in zip(
        table.rows[0].cells,
        ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        strict=True,
    ):
        _cell(cell, label, bold=True)
    rows = [
        (
            "1",
            "Rà soát, cập nhật danh mục dự án kêu gọi đầu tư vào các khu công nghiệp; công bố trên Trang thông tin điện tử của Ban",
            "Phòng Quản lý đầu tư",
            "Sở Tài chính",
            "Tháng 3/2027",
        ),
        (
            "2",
            "Rút ngắn thời gian giải quyết thủ tục điều chỉnh Giấy chứng nhận đăng ký đầu tư xuống còn 10 ngày làm việc",
            "Phòng Quản lý đầu tư",
            "Văn phòng Ban",
            "Quý II/2027",
        ),
        (
            "3",
            "Tổ chức hội nghị đối thoại giữa lãnh đạo Ban với doanh nghiệp trong các khu công nghiệp",
            "Văn phòng Ban",
            "Các công ty kinh doanh hạ tầng khu công nghiệp",
            "Đợt 1: tháng 6; đợt 2: tháng 11/2027",
        ),
        (
            "4",
            "Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại các doanh nghiệp có lưu lượng nước thải lớn",
            "Phòng Quản lý môi trường",
            "Công an tỉnh (Phòng Cảnh sát phòng, chống tội phạm về môi trường)",
            "Theo kế hoạch kiểm tra được phê duyệt",
        ),
        (
            "5",
            "Xây dựng bộ tiêu chí đánh giá mức độ hài lòng của doanh nghiệp đối với dịch vụ công do Ban cung cấp; tổ chức khảo sát thí điểm tại Khu công nghiệp Bắc Hòa và Khu công nghiệp Cảng Tiên Sa; tổng hợp, công bố kết quả",
            "Phòng Quản lý doanh nghiệp",
            "Viện Nghiên cứu phát triển tỉnh",
            "30/9/2027",
        ),
        (
            "6",
            "Hỗ trợ doanh nghiệp tuyển dụng lao động; giải quyết kịp thời tranh chấp lao động, không để xảy ra ngừng việc tập thể",
            "Phòng Quản lý lao động",
            "Liên đoàn Lao động tỉnh; Sở Nội vụ",
            "Thường xuyên",
        ),
        (
            "7",
            "Số hóa hồ sơ dự án đầu tư đã cấp phép giai đoạn 2010 - 2020, cập nhật vào cơ sở dữ liệu của Ban",
            "Văn phòng Ban",
            "Phòng Quản lý đầu tư",
            "15/11/2027",
        ),
    ]
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            _cell(cell, value)
    h.set_widths(table, widths)
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_after = Pt(4)
    h.docx_paragraphs(
        document,
        [
            "IV. TỔ CHỨC THỰC HIỆN",
            "1. Trưởng các phòng, đơn vị thuộc Ban căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết, chủ động triển khai thực hiện.",
            "2. Văn phòng Ban là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Trưởng ban trước ngày 10/12/2027.",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị kịp thời báo cáo Trưởng ban (qua Văn phòng Ban) để xem xét, giải quyết./.",
            "Nơi nhận:\n- UBND tỉnh (b/c);\n- Trưởng ban, các Phó Trưởng ban;\n- Các phòng, đơn vị thuộc Ban;\n- Lưu: VT, VP.",
            "TRƯỞNG BAN\n(đã ký)\nNgô Quang Lộc",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h168
def h168(h, path: Path) -> None:
    """A Sở's appendix table with a **three-row header** (`Thời gian thực hiện` over `Bắt đầu |
    Kết thúc | Tiến độ theo quý`, that over `Quý I`…`Quý IV`), vertical-text header cells, a
    column-number row, section rows, one row with no end date but quarter marks."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.left_margin = section.right_margin = Cm(1.5)
    _fonts(document, size=11)
    h.docx_paragraphs(
        document,
        [
            "Phụ lục",
            "DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN DU LỊCH NĂM 2027",
            "(Kèm theo Kế hoạch số 19/KH-SVHTTDL ngày 15/01/2027 của Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Hải)",
        ],
    )
    columns = 11
    table = document.add_table(rows=4, cols=columns)
    table.style = "Table Grid"
    # row 0: the spanning label; rows 0-2 merged down for the first four and the last columns
    for column, label in [
        (0, "STT"),
        (1, "Nội dung nhiệm vụ"),
        (2, "Đơn vị chủ trì"),
        (3, "Đơn vị phối hợp"),
        (10, "Ghi chú"),
    ]:
        merged = table.cell(0, column).merge(table.cell(2, column))
        _cell(merged, label, bold=True, centre=True)
        if column in (0, 2, 3):
            _vertical(merged)
    top = table.cell(0, 4).merge(table.cell(0, 9))
    _cell(top, "Thời gian thực hiện", bold=True, centre=True)
    for column, label in [(4, "Bắt đầu"), (5, "Kết thúc")]:
        merged = table.cell(1, column).merge(table.cell(2, column))
        _cell(merged, label, bold=True, centre=True)
    quarters = table.cell(1, 6).merge(table.cell(1, 9))
    _cell(quarters, "Tiến độ theo quý", bold=True, centre=True)
    for offset, label in enumerate(["Quý I", "Quý II", "Quý III", "Quý IV"]):
        _cell(table.cell(2, 6 + offset), label, bold=True, centre=True)
        _vertical(table.cell(2, 6 + offset))
    for column in range(columns):
        _cell(table.cell(3, column), f"({column + 1})", centre=True)

    def section_row(text: str) -> None:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        _cell(merged, text, bold=True)

    def task(values, marks: str) -> None:
        cells = table.add_row().cells
        for column, value in enumerate(values):
            _cell(cells[column], value)
        for offset in range(4):
            _cell(cells[6 + offset], "x" if str(offset + 1) in marks else "", centre=True)

    section_row("I. NHIỆM VỤ DO SỞ CHỦ TRÌ")
    task(
        [
            "1",
            "Xây dựng bộ nhận diện thương hiệu du lịch Lâm Hải",
            "Phòng Quản lý du lịch",
            "Trung tâm Thông tin xúc tiến du lịch",
            "01/2027",
            "06/2027",
        ],
        "12",
    )
    task(
        [
            "2",
            "Tổ chức Tuần Văn hóa - Du lịch biển Lâm Hải năm 2027",
            "Phòng Quản lý du lịch",
            "UBND các xã, phường ven biển",
            "05/2027",
            "07/2027",
        ],
        "23",
    )
    task(
        [
            "3",
            "Khảo sát, đánh giá chất lượng dịch vụ tại các cơ sở lưu trú du lịch 3 sao trở lên",
            "Phòng Quản lý du lịch",
            "Thanh tra Sở",
            "03/2027",
            "",
        ],
        "23",
    )
    task(
        [
            "4",
            "Số hóa hồ sơ các di tích lịch sử - văn hóa cấp tỉnh",
            "Bảo tàng tỉnh",
            "Phòng Quản lý di sản văn hóa",
            "02/2027",
            "12/2027",
        ],
        "1234",
    )
    task(
        [
            "5",
            "Tập huấn kỹ năng phục vụ khách cho người làm du lịch cộng đồng",
            "Trung tâm Thông tin xúc tiến du lịch",
            "Hội Du lịch tỉnh",
            "04/2027",
            "15/10/2027",
        ],
        "234",
    )
    task(
        [
            "6",
            "Tham gia Hội chợ Du lịch quốc tế tại Thành phố Hồ Chí Minh",
            "Trung tâm Thông tin xúc tiến du lịch",
            "Các doanh nghiệp lữ hành",
            "09/2027",
            "09/2027",
        ],
        "3",
    )
    section_row("II. NHIỆM VỤ ĐỀ NGHỊ CÁC CƠ QUAN, ĐỊA PHƯƠNG CHỦ TRÌ")
    task(
        [
            "7",
            "Nâng cấp tuyến đường vào Khu du lịch sinh thái thác Mai",
            "Sở Xây dựng",
            "Sở Văn hóa, Thể thao và Du lịch; UBND xã Mai Sơn",
            "01/2027",
            "12/2027",
        ],
        "1234",
    )
    h.set_widths(table, [0.35, 2.6, 0.9, 1.3, 0.7, 0.85, 0.45, 0.45, 0.45, 0.45, 0.8])
    for row in table.rows[:3]:
        row.height = Cm(1.2)
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(10.5)
    h.docx_paragraphs(
        document,
        [
            'Ghi chú: cột (7) - (10) đánh dấu "x" vào quý có nội dung triển khai.',
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h169
def h169_docx(h, path: Path) -> None:
    """A Sở director's decision whose `Điều 2` table names the supervising leader by initials
    (`PGĐ H.`, `GĐ`) and the lead by abbreviations defined only in a legend after `Nơi nhận`."""
    from docx import Document

    document = Document()
    _fonts(document, size=13)
    h.national_header(
        document,
        ["UBND TỈNH LÂM HẢI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 14/QĐ-SKHCN"],
        "Lâm Hải, ngày 18 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "QUYẾT ĐỊNH",
            "Về việc phân công thực hiện nhiệm vụ trọng tâm năm 2027",
            "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ",
            "Căn cứ Quyết định số 09/2025/QĐ-UBND ngày 20/3/2025 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ;",
            "Căn cứ Chương trình công tác năm 2027 của UBND tỉnh;",
            "Theo đề nghị của Chánh Văn phòng Sở.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Phân công lãnh đạo Sở phụ trách và các phòng, đơn vị chủ trì thực hiện các nhiệm vụ trọng tâm năm 2027 của Sở Khoa học và Công nghệ.",
            "Điều 2. Nhiệm vụ, lãnh đạo phụ trách, đơn vị chủ trì và thời hạn hoàn thành như sau:",
        ],
    )
    table = h.grid_table(
        document, ["TT", "Nhiệm vụ", "LĐ phụ trách", "Chủ trì", "Thời hạn"], [0.4, 3.2, 0.8, 0.9, 1.1]
    )
    rows = [
        (
            "1",
            "Tham mưu UBND tỉnh trình HĐND tỉnh Nghị quyết quy định chính sách hỗ trợ doanh nghiệp đổi mới công nghệ",
            "GĐ",
            "QLCN",
            "Tháng 6/2027",
        ),
        (
            "2",
            "Tổ chức xét chọn, giao trực tiếp nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện từ năm 2028",
            "PGĐ H.",
            "QLKH",
            "30/9/2027",
        ),
        (
            "3",
            "Kiểm tra đo lường đối với cân điện tử, cột đo xăng dầu tại các chợ, cửa hàng xăng dầu",
            "PGĐ T.",
            "TĐC",
            "Quý II/2027",
        ),
        (
            "4",
            "Thanh tra việc thực hiện các nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước",
            "PGĐ H.",
            "TTr",
            "Quý IV/2027",
        ),
        (
            "5",
            "Chuyển giao mô hình sản xuất nấm dược liệu cho các hợp tác xã vùng cao",
            "PGĐ T.",
            "TTUD (QLKH phối hợp)",
            "30/11/2027",
        ),
        ("6", "Cập nhật cơ sở dữ liệu quốc gia về khoa học và công nghệ", "PGĐ H.", "QLKH", "Thường xuyên"),
        ("7", "Theo dõi, tổng hợp, báo cáo kết quả thực hiện Quyết định này", "GĐ", "VP", "Trước 15/12/2027"),
    ]
    for values in rows:
        h.fill_row(table, values)
    h.set_widths(table, [0.4, 3.2, 0.8, 0.9, 1.1])
    h.docx_paragraphs(
        document,
        [
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 4. Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận:\n- Như Điều 4;\n- UBND tỉnh (b/c);\n- Lãnh đạo Sở;\n- Lưu: VT, VP.",
            "GIÁM ĐỐC\n(đã ký)\nTrịnh Văn Quyết",
            "Ghi chú chữ viết tắt:",
            "GĐ: Giám đốc Sở; PGĐ H.: Phó Giám đốc Lê Thị Hạnh; PGĐ T.: Phó Giám đốc Võ Minh Tâm;",
            "VP: Văn phòng Sở; TTr: Thanh tra Sở; QLKH: Phòng Quản lý khoa học; QLCN: Phòng Quản lý công nghệ và Đổi mới sáng tạo; TĐC: Chi cục Tiêu chuẩn Đo lường Chất lượng; TTUD: Trung tâm Ứng dụng tiến bộ khoa học và công nghệ.",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h170
def h170_docx(h, path: Path) -> None:
    """A school's term plan (saved as .odt) whose tasks are **Heading 2** paragraphs, each over a
    two-column field table (`Mục tiêu`, `Sản phẩm`, `Đơn vị chủ trì`, `Thời hạn`), with vague dues;
    the roles under `III. TỔ CHỨC THỰC HIỆN` are Heading 2 paragraphs too, and no tasks."""
    from docx import Document

    document = Document()
    _fonts(document, size=13)
    h.national_header(
        document,
        ["SỞ GD&ĐT LÂM HẢI", "TRƯỜNG THPT LÊ QUÝ ĐÔN", "Số: 07/KH-THPTLQĐ"],
        "Hòa Vân, ngày 12 tháng 01 năm 2027",
    )
    document.add_heading("KẾ HOẠCH", level=0)
    document.add_paragraph("Thực hiện nhiệm vụ trọng tâm học kỳ II năm học 2026 - 2027")
    document.add_heading("I. MỤC ĐÍCH, YÊU CẦU VÀ THỜI GIAN", level=1)
    h.docx_paragraphs(
        document,
        [
            "Cụ thể hóa kế hoạch năm học của Sở GD&ĐT; phân công rõ đơn vị chủ trì, sản phẩm và thời hạn của từng nhiệm vụ.",
            "Học kỳ II năm học 2026 - 2027 bắt đầu từ ngày 18/01/2027 và kết thúc ngày 22/5/2027 (theo khung kế hoạch thời gian năm học của UBND tỉnh).",
        ],
    )
    document.add_heading("II. NHIỆM VỤ CỤ THỂ", level=1)
    tasks = [
        (
            '1. Tổ chức hoạt động "Xuân yêu thương" tặng quà học sinh có hoàn cảnh khó khăn',
            "Mọi học sinh khó khăn đều được chăm lo đón Tết",
            "Danh sách, biên bản trao 120 suất quà",
            "Đoàn Thanh niên trường",
            "Trước Tết Nguyên đán",
        ),
        (
            "2. Tổ chức Hội thi giáo viên dạy giỏi cấp trường",
            "Chọn giáo viên dự thi cấp tỉnh",
            "Quyết định công nhận kết quả hội thi",
            "Tổ Toán - Tin",
            "Tuần 2 tháng 3/2027",
        ),
        (
            "3. Kiểm tra nội bộ hồ sơ chuyên môn của giáo viên",
            "100% giáo viên được kiểm tra ít nhất một lần trong năm học",
            "Biên bản kiểm tra, báo cáo tổng hợp",
            "Ban Kiểm tra nội bộ",
            "Tháng 3 và tháng 4/2027",
        ),
        (
            "4. Giáo dục kỹ năng phòng, chống đuối nước cho học sinh",
            "Trang bị kỹ năng an toàn trước kỳ nghỉ hè",
            "04 buổi ngoại khóa, ảnh tư liệu",
            "Đoàn Thanh niên trường",
            "Trong học kỳ II",
        ),
        (
            "5. Tổ chức thi thử tốt nghiệp THPT đợt 2 cho học sinh lớp 12",
            "Đánh giá mức độ sẵn sàng của học sinh",
            "Kết quả thi thử, phổ điểm từng môn",
            "Tổ Khoa học tự nhiên",
            "Giữa tháng 5/2027",
        ),
        (
            "6. Tổng kết năm học, xét công nhận danh hiệu thi đua",
            "Đánh giá đúng kết quả của tập thể, cá nhân",
            "Báo cáo tổng kết; quyết định khen thưởng",
            "Tổ Văn phòng",
            "Cuối quý II/2027",
        ),
        (
            "7. Sửa chữa phòng học bộ môn Hóa - Sinh, bổ sung thiết bị thí nghiệm",
            "Đủ điều kiện dạy thực hành theo chương trình mới",
            "Phòng học bộ môn được nghiệm thu",
            "Bộ phận Kế toán - Thiết bị",
            "Đầu năm học 2027 - 2028",
        ),
        (
            "8. Tổ chức Ngày hội đọc sách cho học sinh toàn trường",
            "Phát triển văn hóa đọc trong nhà trường",
            "Kế hoạch, gian trưng bày, 30 bài giới thiệu sách",
            "Tổ Ngữ văn",
            "Giữa tháng 4/2027",
        ),
    ]
    for heading, aim, product, lead, due in tasks:
        document.add_heading(heading, level=2)
        table = document.add_table(rows=4, cols=2)
        table.style = "Table Grid"
        for index, (label, value) in enumerate(
            [("Mục tiêu", aim), ("Sản phẩm", product), ("Đơn vị chủ trì", lead), ("Thời hạn", due)]
        ):
            _cell(table.cell(index, 0), label, bold=True)
            _cell(table.cell(index, 1), value)
        h.set_widths(table, [1.5, 4.6])
        document.add_paragraph("")
    document.add_heading("III. TỔ CHỨC THỰC HIỆN", level=1)
    for heading, text in [
        (
            "1. Hiệu trưởng",
            "Chỉ đạo chung; phân công Phó Hiệu trưởng phụ trách từng nhóm nhiệm vụ; kiểm tra, đánh giá kết quả thực hiện.",
        ),
        (
            "2. Các tổ chuyên môn, Tổ Văn phòng",
            "Xây dựng kế hoạch chi tiết của tổ, triển khai các nhiệm vụ được giao bảo đảm chất lượng, đúng thời hạn.",
        ),
        (
            "3. Đoàn Thanh niên trường",
            "Phối hợp với giáo viên chủ nhiệm tổ chức các hoạt động giáo dục ngoài giờ lên lớp theo Kế hoạch này.",
        ),
    ]:
        document.add_heading(heading, level=2)
        document.add_paragraph(text)
    h.docx_paragraphs(
        document,
        [
            "Nơi nhận:\n- Sở GD&ĐT (b/c);\n- Các tổ, bộ phận;\n- Lưu: VT.",
            "HIỆU TRƯỞNG\n(đã ký)\nPhạm Thị Ngọc Lan",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h171
def _fold(line: str) -> str:
    """An iCalendar content line folded at 75 octets (RFC 5545 §3.1), never inside a character."""
    out, current = [], ""
    limit = 75
    for character in line:
        if len((current + character).encode("utf-8")) > limit:
            out.append(current)
            current = " "
            limit = 75
        current += character
    out.append(current)
    return "\r\n".join(out)


H171_LINES = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "CALSCALE:GREGORIAN",
    "X-WR-CALNAME:Việc BTV giao - Hội LHPN tỉnh Lâm Hải 2027",
    "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
    "BEGIN:VTIMEZONE",
    "TZID:Asia/Ho_Chi_Minh",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0700",
    "TZOFFSETTO:+0700",
    "TZNAME:+07",
    "DTSTART:19700101T000000",
    "END:STANDARD",
    "END:VTIMEZONE",
    "BEGIN:VTODO",
    "UID:7f1c2a90-11e4-4c1e-9d2b-0a5e10c2a001",
    "DTSTAMP:20270302T021500Z",
    "CREATED:20270302T021500Z",
    "LAST-MODIFIED:20270302T021500Z",
    "SUMMARY:Hoàn thiện báo cáo sơ kết 6 tháng đầu năm 2027 của Hội LHPN tỉnh, trình Ban Thường vụ",
    "DTSTART;TZID=Asia/Ho_Chi_Minh:20270601T080000",
    "DUE;TZID=Asia/Ho_Chi_Minh:20270615T170000",
    "CATEGORIES:Văn phòng",
    "DESCRIPTION:Chủ trì: Văn phòng Hội LHPN tỉnh\\nPhối hợp: các ban chuyên môn\\nGiao tại cuộc họp Ban Thường vụ ngày 01/3/2027.",
    "STATUS:NEEDS-ACTION",
    "PRIORITY:5",
    "END:VTODO",
    "BEGIN:VTODO",
    "UID:7f1c2a90-11e4-4c1e-9d2b-0a5e10c2a002",
    "DTSTAMP:20270302T021900Z",
    'SUMMARY:Khảo sát hoạt động của các mô hình "Địa chỉ tin cậy" tại cộng đồng ở 10 xã, phường',
    "DUE;VALUE=DATE:20270630",
    "CATEGORIES:Ban Gia đình - Xã hội",
    "DESCRIPTION:Chủ trì: Ban Gia đình - Xã hội\\nSản phẩm: báo cáo khảo sát, đề xuất nhân rộng.",
    "STATUS:IN-PROCESS",
    "PERCENT-COMPLETE:20",
    "END:VTODO",
    "BEGIN:VTODO",
    "UID:7f1c2a90-11e4-4c1e-9d2b-0a5e10c2a003",
    "DTSTAMP:20270302T022400Z",
    "SUMMARY:Tổ chức hội nghị tập huấn kỹ năng truyền thông trên mạng xã hội cho cán bộ Hội cơ sở",
    "DUE:20270331T100000Z",
    "CATEGORIES:Ban Tuyên giáo",
    "DESCRIPTION:Chủ trì: Ban Tuyên giáo\\nKinh phí: theo dự toán đã duyệt.",
    "STATUS:NEEDS-ACTION",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER;RELATED=END:-P3D",
    "DESCRIPTION:Nhắc việc",
    "END:VALARM",
    "END:VTODO",
    "BEGIN:VTODO",
    "UID:7f1c2a90-11e4-4c1e-9d2b-0a5e10c2a004",
    "DTSTAMP:20270302T023000Z",
    "SUMMARY:Báo cáo nhanh tình hình tổ chức Hội và phong trào phụ nữ trong tháng gửi Trung ương Hội",
    "DTSTART;TZID=Asia/Ho_Chi_Minh:20270320T080000",
    "DUE;TZID=Asia/Ho_Chi_Minh:20270320T170000",
    "RRULE:FREQ=MONTHLY;BYMONTHDAY=20;UNTIL=20271220T100000Z",
    "CATEGORIES:Văn phòng",
    "DESCRIPTION:Chủ trì: Văn phòng Hội LHPN tỉnh\\nĐịnh kỳ ngày 20 hằng tháng.",
    "STATUS:NEEDS-ACTION",
    "END:VTODO",
    "BEGIN:VTODO",
    "UID:7f1c2a90-11e4-4c1e-9d2b-0a5e10c2a005",
    "DTSTAMP:20270315T073000Z",
    'SUMMARY:Tổ chức Hội thi "Phụ nữ với pháp luật" cấp tỉnh năm 2027',
    "DUE;VALUE=DATE:20270525",
    "CATEGORIES:Ban Tuyên giáo",
    "DESCRIPTION:Chủ trì: Ban Tuyên giáo\\nThường trực Hội quyết định không tổ chức\\, lồng ghép vào Ngày hội Gia đình.",
    "STATUS:CANCELLED",
    "END:VTODO",
    "BEGIN:VTODO",
    "UID:7f1c2a90-11e4-4c1e-9d2b-0a5e10c2a006",
    "DTSTAMP:20270302T023500Z",
    "LAST-MODIFIED:20270409T091200Z",
    "SUMMARY:Rà soát, đề xuất kiện toàn Ban Chấp hành Hội LHPN tỉnh nhiệm kỳ 2026 - 2031",
    "DUE;TZID=Asia/Ho_Chi_Minh:20270415T170000",
    "COMPLETED:20270409T091200Z",
    "PERCENT-COMPLETE:100",
    "CATEGORIES:Ban Tổ chức - Kiểm tra",
    "DESCRIPTION:Chủ trì: Ban Tổ chức - Kiểm tra",
    "STATUS:COMPLETED",
    "END:VTODO",
    "BEGIN:VEVENT",
    "UID:7f1c2a90-11e4-4c1e-9d2b-0a5e10c2e001",
    "DTSTAMP:20270302T024000Z",
    "SUMMARY:Nghỉ lễ Giải phóng miền Nam và Quốc tế Lao động",
    "DTSTART;VALUE=DATE:20270430",
    "DTEND;VALUE=DATE:20270504",
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
    "BEGIN:VTODO",
    "UID:7f1c2a90-11e4-4c1e-9d2b-0a5e10c2a007",
    "DTSTAMP:20270302T024500Z",
    "SUMMARY:Phối hợp với Sở Công Thương hỗ trợ hội viên phụ nữ khởi nghiệp đưa sản phẩm lên sàn thương mại điện tử",
    "DTSTART;VALUE=DATE:20270401",
    "CATEGORIES:Ban Kinh tế",
    "DESCRIPTION:Chủ trì: Ban Kinh tế",
    "STATUS:NEEDS-ACTION",
    "END:VTODO",
    "BEGIN:VTODO",
    "UID:7f1c2a90-11e4-4c1e-9d2b-0a5e10c2a008",
    "DTSTAMP:20270302T025000Z",
    "SUMMARY:Hướng dẫn Hội LHPN cấp xã xây dựng kế hoạch thực hiện Đề án phòng\\, chống bạo lực gia đình",
    "DUE;VALUE=DATE:20270731",
    "CATEGORIES:Ban Gia đình - Xã hội",
    "DESCRIPTION:Chủ trì: Ban Gia đình - Xã hội\\nPhối hợp: Ban Tổ chức - Kiểm tra.",
    "STATUS:NEEDS-ACTION",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER;VALUE=DATE-TIME:20270715T010000Z",
    "DESCRIPTION:Nhắc việc",
    "END:VALARM",
    "END:VTODO",
    "END:VCALENDAR",
]


def h171(path: Path) -> None:
    """A women's union's task calendar exported as iCalendar: VTODOs with `DUE` in three forms (a
    local date-time, a date, UTC), `CATEGORIES` and a `Chủ trì:` line in `DESCRIPTION` as the lead,
    a monthly `RRULE`, a cancelled and a completed task, a holiday `VEVENT`, reminders (`VALARM`),
    one task with no `DUE`; long lines folded at 75 octets."""
    path.write_bytes(("\r\n".join(_fold(line) for line in H171_LINES) + "\r\n").encode("utf-8"))


# -------------------------------------------------------------------------------------------- batch
_MOVED = {  # h13fixJO, h13fixJN, h13fixJP, h13fixJQ
    "h169_qd_so_khcn_dieu2_viet_tat_chu_giai",
    "h163_anh_chup_bang_phan_cong_xa",
    "h167_kh_ban_qlkcn_bang_khong_ke_hai_trang",
    "h164_thu_chuyen_tiep_so_tu_phap_mime",
    "h171_viec_hoi_lhpn_tinh_lich_vtodo",
    "h165_theo_doi_nv_tct_gach_ngang_an_dong",
    "h168_phu_luc_so_vhttdl_tieu_de_ba_tang_chu_doc",
    "h170_kh_truong_thpt_tieu_de_bang_truong_moc_mo",
}


def _folder(name: str) -> Path:
    """Where a document goes: the main corpus's folder once it was moved there."""
    return MOVED if Path(name).stem in _MOVED else DOCS


def batch_h163() -> None:
    """Writes h163–h172 but the .json and the .htm (written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h164(_folder("h164_thu_chuyen_tiep_so_tu_phap_mime.eml") / "h164_thu_chuyen_tiep_so_tu_phap_mime.eml")
    h165(
        h,
        _folder("h165_theo_doi_nv_tct_gach_ngang_an_dong.xlsx")
        / "h165_theo_doi_nv_tct_gach_ngang_an_dong.xlsx",
    )
    h168(
        h,
        _folder("h168_phu_luc_so_vhttdl_tieu_de_ba_tang_chu_doc.docx")
        / "h168_phu_luc_so_vhttdl_tieu_de_ba_tang_chu_doc.docx",
    )
    h171(_folder("h171_viec_hoi_lhpn_tinh_lich_vtodo.ics") / "h171_viec_hoi_lhpn_tinh_lich_vtodo.ics")
    if not shutil.which("soffice"):
        print(
            "soffice not found: the .odt, .doc, the PDF and the photo were not regenerated", file=sys.stderr
        )
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        converted = [
            (h167_docx, "h167_kh_ban_qlkcn_bang_khong_ke_hai_trang.docx", "pdf"),
            (h169_docx, "h169_qd_so_khcn_dieu2_viet_tat_chu_giai.docx", "doc"),
            (h170_docx, "h170_kh_truong_thpt_tieu_de_bang_truong_moc_mo.docx", "odt"),
        ]
        for write, name, extension in converted:
            source = tmp / name
            write(h, source)
            h.soffice_convert(source, extension, _folder(name) / f"{Path(name).stem}.{extension}")
        name = "h163_anh_chup_bang_phan_cong_xa"
        h163_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        photograph(tmp / f"{name}.pdf", _folder(name) / f"{name}.jpg")
