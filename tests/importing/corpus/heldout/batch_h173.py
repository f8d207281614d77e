"""Writes the binaries of the held-out documents h173–h182 (helper h13author14).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h173`.
Every text below is own-authored (other names, units, places, dates and tasks) in how such offices
commonly publish these kinds; no third-party text is stored. The .html, .xml and .md documents of
the batch are written by hand and live beside the output. Like `make_docs.py` this writes **only
the documents**: their expected items (`expected/`) were written by hand from the document text
before the importer was first run on them. The writer helpers (national header, grid tables, title
rows, LibreOffice conversion, rasterising, TCVN3 bytes) are `make_docs.py`'s. The .pptx is written
as raw Office Open XML (python-pptx is not installed and LibreOffice here has no Impress). The .xls,
.odt and the PDFs need LibreOffice (`soffice`), the scan pypdfium2; their bytes differ run to run,
so regenerate only on purpose.
"""

# ruff: noqa: E501 — document text is data: long lines.

import csv
import datetime
import io
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from batch_common import DOCS, MOVED
from batch_common import writers as _writers


# -------------------------------------------------------------------------------------------- h173
def h173_xlsx(h, path: Path) -> None:
    """An agricultural extension centre's plan for three quarters as **three tables stacked on one
    sheet** (one per quarter), each with its own title line, header and count line, blank rows
    between; `Trong quý` means the quarter of the table it stands in."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH Q2-Q4"
    for line in [
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH BÌNH LĨNH",
        "TRUNG TÂM KHUYẾN NÔNG",
        "",
        "KẾ HOẠCH CÔNG TÁC QUÝ II, III VÀ IV NĂM 2027",
        "(Kèm theo Kế hoạch số 36/KH-TTKN ngày 25/3/2027 của Giám đốc Trung tâm Khuyến nông)",
        "",
    ]:
        sheet.append([line])
    header = ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian", "Kết quả dự kiến"]
    quarters = [
        (
            "BẢNG 1. NHIỆM VỤ QUÝ II/2027",
            [
                (
                    "1",
                    "Xây dựng 05 mô hình trình diễn lúa chất lượng cao vụ Hè Thu",
                    "Trạm Khuyến nông Đông Sơn",
                    "Tháng 4/2027",
                    "05 mô hình, 25 ha",
                ),
                (
                    "2",
                    "Tập huấn kỹ thuật chăn nuôi an toàn sinh học cho hộ chăn nuôi lợn",
                    "Phòng Kỹ thuật chăn nuôi - thủy sản",
                    "15/5 - 30/6/2027",
                    "10 lớp, 300 lượt hộ",
                ),
                (
                    "3",
                    "Biên soạn tài liệu hướng dẫn bón phân cân đối cho cây cà phê",
                    "Phòng Kỹ thuật trồng trọt",
                    "Trong quý",
                    "01 bộ tài liệu",
                ),
            ],
            "Cộng quý II: 03 nhiệm vụ",
        ),
        (
            "BẢNG 2. NHIỆM VỤ QUÝ III/2027",
            [
                (
                    "1",
                    "Tổ chức hội thảo đầu bờ đánh giá mô hình lúa chất lượng cao",
                    "Trạm Khuyến nông Đông Sơn",
                    datetime.date(2027, 8, 20),
                    "01 hội thảo, 80 đại biểu",
                ),
                (
                    "2",
                    "Khảo sát nhu cầu chuyển giao máy cấy cho các hợp tác xã",
                    "Phòng Thông tin - Huấn luyện",
                    "Trong quý",
                    "Báo cáo khảo sát",
                ),
                (
                    "3",
                    "Cập nhật số liệu mô hình lên phần mềm quản lý khuyến nông",
                    "Phòng Hành chính - Tổng hợp",
                    "Hằng tháng",
                    "Dữ liệu cập nhật",
                ),
            ],
            "Cộng quý III: 03 nhiệm vụ",
        ),
        (
            "BẢNG 3. NHIỆM VỤ QUÝ IV/2027",
            [
                (
                    "1",
                    "Tổng kết mô hình nuôi tôm càng xanh luân canh trên ruộng lúa",
                    "Phòng Kỹ thuật chăn nuôi - thủy sản",
                    "Tháng 11",
                    "Báo cáo tổng kết",
                ),
                (
                    "2",
                    "Xây dựng kế hoạch khuyến nông năm 2028 trình Sở Nông nghiệp và Môi trường",
                    "Phòng Hành chính - Tổng hợp",
                    datetime.date(2027, 12, 15),
                    "Dự thảo kế hoạch",
                ),
                (
                    "3",
                    "Báo cáo tổng kết công tác khuyến nông năm 2027",
                    "Phòng Hành chính - Tổng hợp",
                    "Trước 20/12",
                    "Báo cáo năm",
                ),
            ],
            "Cộng quý IV: 03 nhiệm vụ",
        ),
    ]
    for index, (title, rows, count) in enumerate(quarters):
        if index:
            sheet.append([])
            sheet.append([])
        sheet.append([title])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        h.xlsx_header(sheet, header)
        for values in rows:
            sheet.append(list(values))
            row = sheet.max_row
            if isinstance(values[3], datetime.date):
                sheet.cell(row, 4).number_format = "DD/MM/YYYY"
            sheet.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.append(["", count])
        sheet.cell(sheet.max_row, 2).font = Font(italic=True)
    sheet.append([])
    sheet.append(
        [
            "Ghi chú: Các phòng, trạm báo cáo tiến độ thực hiện về Phòng Hành chính - Tổng hợp trước ngày 25 tháng cuối mỗi quý."
        ]
    )
    sheet.append([])
    sheet.append(["", "", "", "GIÁM ĐỐC"])
    sheet.append(["", "", "", "(đã ký)"])
    sheet.append(["", "", "", "Đinh Công Lực"])
    for column, width in zip("ABCDE", [6, 58, 34, 18, 26], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h174
def h174(h, path: Path) -> None:
    """A university's international-cooperation office programme for an academic year (.docx):
    the task table carries **English and Vietnamese columns side by side** (`Nhiệm vụ` | `Task`,
    `Đơn vị chủ trì` | `Lead unit`), times in both languages."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    h.set_landscape(document.sections[0])
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(11)
    h.national_header(
        document,
        ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC NÔNG LÂM BÌNH LĨNH", "Số: 512/CTr-ĐHNL"],
        "Bình Lĩnh, ngày 20 tháng 8 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC HỢP TÁC QUỐC TẾ NĂM HỌC 2027 - 2028",
            "INTERNATIONAL COOPERATION WORK PROGRAMME, ACADEMIC YEAR 2027 - 2028",
            "I. MỤC TIÊU / OBJECTIVES",
            "Mở rộng quan hệ đối tác với các trường đại học trong khu vực ASEAN và châu Âu; tăng số sinh viên trao đổi lên 60 lượt trong năm học. / Expand partnerships with universities in ASEAN and Europe; raise student exchanges to 60 in the academic year.",
            "II. NHIỆM VỤ CỤ THỂ / SPECIFIC TASKS",
        ],
    )
    table = h.grid_table(
        document,
        ["STT\nNo.", "Nhiệm vụ", "Task", "Đơn vị chủ trì", "Lead unit", "Thời hạn\nDeadline"],
        [0.5, 2.6, 2.4, 1.5, 1.5, 1.2],
    )
    rows = [
        ("A. HỢP TÁC ĐÀO TẠO / TRAINING COOPERATION", None),
        (
            "1",
            (
                "Gia hạn Bản ghi nhớ hợp tác với Đại học Kasetsart (Thái Lan) giai đoạn 2028 - 2032",
                "Renew the Memorandum of Understanding with Kasetsart University (Thailand) for 2028 - 2032",
                "Phòng Hợp tác quốc tế",
                "International Cooperation Office",
                "30 Sep 2027\n30/9/2027",
            ),
        ),
        (
            "2",
            (
                "Tuyển chọn sinh viên tham gia chương trình trao đổi học kỳ mùa xuân 2028",
                "Select students for the spring 2028 exchange semester",
                "Phòng Công tác sinh viên",
                "Student Affairs Office",
                "Nov 2027\nTháng 11/2027",
            ),
        ),
        (
            "3",
            (
                "Xây dựng đề xuất dự án Erasmus+ nâng cao năng lực giáo dục đại học",
                "Prepare an Erasmus+ Capacity Building in Higher Education proposal",
                "Khoa Kinh tế và Phát triển nông thôn",
                "Faculty of Economics and Rural Development",
                "Q1/2028\nQuý I/2028",
            ),
        ),
        ("B. HỢP TÁC KHOA HỌC / RESEARCH COOPERATION", None),
        (
            "4",
            (
                "Tổ chức Hội thảo quốc tế về nông nghiệp thông minh thích ứng với biến đổi khí hậu",
                "Host the international workshop on climate-smart agriculture",
                "Khoa Nông học",
                "Faculty of Agronomy",
                "15 October 2027",
            ),
        ),
        (
            "5",
            (
                "Đón đoàn chuyên gia Đại học Wageningen (Hà Lan) làm việc về dự án đất ngập mặn",
                "Receive Wageningen University experts on the saline soils project",
                "Phòng Khoa học công nghệ",
                "Science and Technology Office",
                "TBC\nChưa xác định",
            ),
        ),
        ("C. QUẢN LÝ ĐOÀN RA, ĐOÀN VÀO / DELEGATIONS", None),
        (
            "6",
            (
                "Hướng dẫn thủ tục thị thực, tạm trú cho giảng viên và sinh viên quốc tế",
                "Assist international staff and students with visa and residence procedures",
                "Phòng Hợp tác quốc tế",
                "International Cooperation Office",
                "Ongoing\nThường xuyên",
            ),
        ),
        (
            "7",
            (
                "Báo cáo tình hình đoàn ra, đoàn vào gửi Bộ Giáo dục và Đào tạo",
                "Report outbound and inbound delegations to the Ministry of Education and Training",
                "Phòng Hợp tác quốc tế",
                "International Cooperation Office",
                "Quarterly\nHằng quý",
            ),
        ),
        (
            "8",
            (
                "Tổng kết công tác hợp tác quốc tế năm học 2027 - 2028",
                "Review international cooperation in the academic year 2027 - 2028",
                "Phòng Hợp tác quốc tế",
                "International Cooperation Office",
                "30 Jun 2028\n30/6/2028",
            ),
        ),
    ]
    for number, cells in rows:
        if cells is None:
            h.full_width_row(table, number)
            continue
        h.fill_row(table, [number, *cells])
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN / IMPLEMENTATION",
            "Phòng Hợp tác quốc tế là đầu mối theo dõi, đôn đốc; các đơn vị chủ động phối hợp với đối tác nước ngoài, kịp thời báo cáo Hiệu trưởng những vấn đề phát sinh. / The International Cooperation Office monitors progress; units liaise with their partners and report issues to the Rector.",
            "Nơi nhận:\n- Ban Giám hiệu;\n- Các phòng, khoa, trung tâm;\n- Lưu: VT, HTQT.",
            "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n(đã ký)\nTrương Thị Mỹ Duyên",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h175
_NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)
_EMU = 360000  # per centimetre


def _pptx_text(shape_id: int, name: str, box: tuple[float, float, float, float], paragraphs) -> str:
    """A text box; `paragraphs` are (text, size in points, bold)."""
    x, y, width, height = (round(value * _EMU) for value in box)
    body = "".join(
        f'<a:p><a:r><a:rPr lang="vi-VN" sz="{size * 100}" b="{1 if bold else 0}"/><a:t>{escape(text)}</a:t></a:r></a:p>'
        for text, size, bold in paragraphs
    )
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{width}" cy="{height}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
        f'<p:txBody><a:bodyPr wrap="square"><a:normAutofit/></a:bodyPr><a:lstStyle/>{body}</p:txBody></p:sp>'
    )


def _pptx_table(
    shape_id: int, box: tuple[float, float, float, float], widths: list[float], rows: list[list[str]]
) -> str:
    """A table (a graphic frame) with a bold first row; `widths` in centimetres."""
    x, y, width, height = (round(value * _EMU) for value in box)
    grid = "".join(f'<a:gridCol w="{round(value * _EMU)}"/>' for value in widths)
    line = '<a:solidFill><a:srgbClr val="404040"/></a:solidFill>'
    borders = "".join(f'<a:{side} w="9525">{line}</a:{side}>' for side in ("lnL", "lnR", "lnT", "lnB"))
    body = ""
    for index, row in enumerate(rows):
        cells = ""
        for text in row:
            paragraphs = "".join(
                f'<a:p><a:r><a:rPr lang="vi-VN" sz="1300" b="{1 if index == 0 else 0}"/><a:t>{escape(part)}</a:t></a:r></a:p>'
                for part in text.split("\n")
            )
            cells += f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{paragraphs}</a:txBody><a:tcPr>{borders}</a:tcPr></a:tc>"
        body += f'<a:tr h="{round(0.9 * _EMU)}">{cells}</a:tr>'
    return (
        f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{shape_id}" name="Bảng {shape_id}"/>'
        '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
        f'<p:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{width}" cy="{height}"/></p:xfrm>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
        f'<a:tbl><a:tblPr firstRow="1"/><a:tblGrid>{grid}</a:tblGrid>{body}</a:tbl>'
        "</a:graphicData></a:graphic></p:graphicFrame>"
    )


def _pptx_slide(shapes: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld {_NS}><p:cSld><p:spTree>'
        '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
        '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
        f"{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    )


_PPTX_THEME = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements>'
    '<a:clrScheme name="Office"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>'
    '<a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1>'
    '<a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4>'
    '<a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink>'
    '<a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme>'
    '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
    '<a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
    '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    '<a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="38100"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
    "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>"
    '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>'
)


def _write_pptx(path: Path, slides: list[str], width_cm: float = 25.4, height_cm: float = 14.29) -> None:
    """A minimal, valid .pptx (one master, one blank layout, a theme) holding `slides`."""
    tree = (
        '<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
        '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
        "</p:spTree></p:cSld>"
    )
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
            '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>'
            '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>'
            '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            + "".join(
                f'<Override PartName="/ppt/slides/slide{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>'
                for n in range(1, len(slides) + 1)
            )
            + "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="ppt/presentation.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>"
        ),
        "docProps/core.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            "<dc:title>Giao ban quý I/2027</dc:title><dc:creator>VP Ban QL KCN</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2027-04-02T08:00:00Z</dcterms:created></cp:coreProperties>'
        ),
        "ppt/presentation.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation {_NS}>'
            '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst>'
            + "".join(f'<p:sldId id="{255 + n}" r:id="rId{n + 1}"/>' for n in range(1, len(slides) + 1))
            + f'</p:sldIdLst><p:sldSz cx="{round(width_cm * _EMU)}" cy="{round(height_cm * _EMU)}"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>'
        ),
        "ppt/_rels/presentation.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/slideMaster" Target="slideMasters/slideMaster1.xml"/>'
            + "".join(
                f'<Relationship Id="rId{n + 1}" Type="{rel}/slide" Target="slides/slide{n}.xml"/>'
                for n in range(1, len(slides) + 1)
            )
            + f'<Relationship Id="rId{len(slides) + 2}" Type="{rel}/theme" Target="theme/theme1.xml"/></Relationships>'
        ),
        "ppt/slideMasters/slideMaster1.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldMaster {_NS}>{tree}'
            '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
            'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
            '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>'
        ),
        "ppt/slideMasters/_rels/slideMaster1.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/theme" Target="../theme/theme1.xml"/></Relationships>'
        ),
        "ppt/slideLayouts/slideLayout1.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldLayout {_NS} type="blank" preserve="1">'
            + tree.replace("<p:cSld>", '<p:cSld name="Blank">')
            + "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
        ),
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/slideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>'
        ),
        "ppt/theme/theme1.xml": _PPTX_THEME,
    }
    for n, slide in enumerate(slides, start=1):
        files[f"ppt/slides/slide{n}.xml"] = slide
        files[f"ppt/slides/_rels/slide{n}.xml.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/></Relationships>'
        )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)


def h175(path: Path) -> None:
    """An industrial-zones board's quarterly briefing deck (.pptx): a results slide, a slide whose
    **task table** lists next quarter's tasks, a slide of **bullet assignments** `Unit: task …`, a
    requests slide, a footer with the slide number on every slide."""

    def footer(number: int) -> str:
        return _pptx_text(
            90,
            "Chân trang",
            (1.0, 13.3, 23.4, 0.8),
            [(f"Ban Quản lý các KCN tỉnh Hà Sơn  |  Giao ban quý I/2027  |  {number}", 10, False)],
        )

    slides = [
        _pptx_text(
            2, "Tiêu đề", (1.5, 2.5, 22.4, 2.0), [("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH HÀ SƠN", 20, True)]
        )
        + _pptx_text(
            3,
            "Phụ đề",
            (1.5, 5.0, 22.4, 4.0),
            [
                ("HỘI NGHỊ GIAO BAN QUÝ I/2027", 32, True),
                ("Kết quả quý I và nhiệm vụ trọng tâm quý II/2027", 18, False),
                ("Hà Sơn, ngày 05/4/2027", 14, False),
            ],
        )
        + footer(1),
        _pptx_text(2, "Tiêu đề", (1.0, 0.6, 23.4, 1.5), [("KẾT QUẢ QUÝ I/2027", 26, True)])
        + _pptx_text(
            3,
            "Nội dung",
            (1.0, 2.4, 23.4, 10.0),
            [
                ("• Thu hút 06 dự án mới, tổng vốn đăng ký 212 triệu USD", 16, False),
                ("• Tỷ lệ lấp đầy bình quân các KCN đạt 71,4%", 16, False),
                ("• 100% hồ sơ thủ tục hành chính tiếp nhận qua Cổng dịch vụ công", 16, False),
                ("• Kiểm tra môi trường 08 doanh nghiệp, xử phạt 02 trường hợp", 16, False),
            ],
        )
        + footer(2),
        _pptx_text(2, "Tiêu đề", (1.0, 0.6, 23.4, 1.5), [("NHIỆM VỤ TRỌNG TÂM QUÝ II/2027", 26, True)])
        + _pptx_table(
            3,
            (1.0, 2.3, 23.4, 9.0),
            [1.2, 12.2, 6.0, 4.0],
            [
                ["TT", "Nhiệm vụ", "Chủ trì", "Thời hạn"],
                [
                    "1",
                    "Thẩm định hồ sơ điều chỉnh quy hoạch phân khu KCN Bắc Hà Sơn",
                    "Phòng Quy hoạch - Xây dựng",
                    "20/5/2027",
                ],
                [
                    "2",
                    "Cấp giấy chứng nhận đăng ký đầu tư dự án nhà máy linh kiện điện tử Minh Quang",
                    "Phòng Quản lý đầu tư",
                    "Tháng 5/2027",
                ],
                [
                    "3",
                    "Kiểm tra công tác bảo vệ môi trường tại 12 doanh nghiệp KCN Nam Cầu",
                    "Phòng Quản lý môi trường",
                    "Quý II/2027",
                ],
                ["4", "Tổ chức Hội nghị đối thoại với doanh nghiệp FDI", "Văn phòng Ban", "28/6/2027"],
            ],
        )
        + footer(3),
        _pptx_text(2, "Tiêu đề", (1.0, 0.6, 23.4, 1.5), [("PHÂN CÔNG THÊM", 26, True)])
        + _pptx_text(
            3,
            "Nội dung",
            (1.0, 2.4, 23.4, 10.0),
            [
                (
                    "• Phòng Quản lý lao động: rà soát nhu cầu nhà ở cho công nhân tại 03 KCN, báo cáo Trưởng ban trước 15/6/2027",
                    16,
                    False,
                ),
                (
                    "• Công ty Phát triển hạ tầng KCN Hà Sơn: hoàn thành nạo vét hệ thống thoát nước mưa KCN Nam Cầu trước mùa mưa (trước 31/5/2027)",
                    16,
                    False,
                ),
                (
                    "• Văn phòng Ban: tổng hợp tình hình hoạt động của doanh nghiệp, báo cáo giao ban hằng tháng",
                    16,
                    False,
                ),
            ],
        )
        + footer(4),
        _pptx_text(2, "Tiêu đề", (1.0, 0.6, 23.4, 1.5), [("KIẾN NGHỊ UBND TỈNH", 26, True)])
        + _pptx_text(
            3,
            "Nội dung",
            (1.0, 2.4, 23.4, 10.0),
            [
                (
                    "• Sớm phê duyệt giá đất cụ thể để bồi thường mở rộng KCN Bắc Hà Sơn (giai đoạn 2)",
                    16,
                    False,
                ),
                ("• Bố trí vốn đầu tư tuyến đường gom KCN Nam Cầu trong năm 2027", 16, False),
            ],
        )
        + footer(5),
        _pptx_text(2, "Kết", (1.5, 5.0, 22.4, 3.0), [("XIN TRÂN TRỌNG CẢM ƠN!", 32, True)]) + footer(6),
    ]
    _write_pptx(path, [_pptx_slide(shapes) for shapes in slides])


# -------------------------------------------------------------------------------------------- h177
def h177_docx(h, path: Path) -> None:
    """A Department of Finance's yearly plan (landscape → PDF with a text layer) whose tasks stand in
    **two tables side by side on each page** (one quarter per table: I | II on page 1, III | IV on
    page 2), held in a borderless outer table, so a line of the text layer crosses both."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    document = Document()
    h.set_landscape(document.sections[0])
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(11)
    h.national_header(
        document,
        ["UBND TỈNH HÀ SƠN", "SỞ TÀI CHÍNH", "Số: 27/KH-STC"],
        "Hà Sơn, ngày 08 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Triển khai nhiệm vụ quản lý ngân sách và tài sản công năm 2027",
            "Căn cứ Quyết định giao dự toán ngân sách năm 2027 của UBND tỉnh, Sở Tài chính phân công nhiệm vụ theo từng quý như các bảng dưới đây.",
        ],
    )
    labels = ["TT", "Nhiệm vụ", "Phòng chủ trì", "Thời hạn"]
    widths = [0.35, 2.1, 1.25, 0.9]
    pages = [
        (
            (
                "Bảng 1. QUÝ I/2027",
                [
                    (
                        "1",
                        "Hướng dẫn các đơn vị lập báo cáo quyết toán ngân sách năm 2026",
                        "Phòng Quản lý ngân sách",
                        "15/01/2027",
                    ),
                    (
                        "2",
                        "Công khai dự toán ngân sách tỉnh năm 2027 trên Cổng thông tin điện tử của Sở",
                        "Văn phòng Sở",
                        "Trong quý",
                    ),
                ],
            ),
            (
                "Bảng 2. QUÝ II/2027",
                [
                    (
                        "1",
                        "Thẩm định quyết toán ngân sách năm 2026 của các sở, ban, ngành",
                        "Phòng Quản lý ngân sách",
                        "30/6/2027",
                    ),
                    (
                        "2",
                        "Kiểm tra công tác quản lý tài sản công tại 10 đơn vị sự nghiệp công lập",
                        "Thanh tra Sở",
                        "Tháng 5",
                    ),
                ],
            ),
        ),
        (
            (
                "Bảng 3. QUÝ III/2027",
                [
                    (
                        "1",
                        "Xây dựng dự toán ngân sách nhà nước năm 2028 trình UBND tỉnh",
                        "Phòng Quản lý ngân sách",
                        "31/7/2027",
                    ),
                    (
                        "2",
                        "Rà soát phương án giá dịch vụ sự nghiệp công sử dụng ngân sách",
                        "Phòng Quản lý giá và công sản",
                        "Trong quý",
                    ),
                ],
            ),
            (
                "Bảng 4. QUÝ IV/2027",
                [
                    (
                        "1",
                        "Trình HĐND tỉnh phê chuẩn quyết toán ngân sách địa phương năm 2026",
                        "Phòng Quản lý ngân sách",
                        "Kỳ họp cuối năm",
                    ),
                    (
                        "2",
                        "Tổng kết công tác tài chính năm 2027, xây dựng chương trình năm 2028",
                        "Văn phòng Sở",
                        "20/12/2027",
                    ),
                ],
            ),
        ),
    ]
    for index, pair in enumerate(pages):
        if index:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        outer = document.add_table(rows=1, cols=2)
        h.set_widths(outer, [4.75, 4.75])
        for cell, (title, rows) in zip(outer.rows[0].cells, pair, strict=True):
            cell.paragraphs[0].add_run(title).bold = True
            inner = cell.add_table(rows=1, cols=len(labels))
            inner.style = "Table Grid"
            for header, label in zip(inner.rows[0].cells, labels, strict=True):
                header.paragraphs[0].add_run(label).bold = True
            for values in rows:
                h.fill_row(inner, values)
            h.set_widths(inner, widths)
            cell.add_paragraph("")
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: 'Trong quý' là hoàn thành trong quý ghi ở tên bảng.",
            "Nơi nhận:\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng thuộc Sở;\n- Lưu: VT, QLNS.",
            "GIÁM ĐỐC\n(đã ký)\nHồ Sĩ Thành",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h178
def h178_docx(h, path: Path) -> None:
    """A Department of Construction's adjusted yearly programme (→ .odt): the unit cell holds **both
    roles on two lines** (`Chủ trì: …` / `Phối hợp: …`, once in the other order) and the due cell
    **both deadlines** (`Hạn cũ: …` / `Gia hạn đến: …`), a note citing the letter that extended it."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    h.set_landscape(document.sections[0])
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(12)
    h.national_header(
        document,
        ["UBND TỈNH BÌNH LĨNH", "SỞ XÂY DỰNG", "Số: 1480/SXD-VP"],
        "Bình Lĩnh, ngày 12 tháng 6 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027 (ĐIỀU CHỈNH, BỔ SUNG)",
            "Thực hiện ý kiến chỉ đạo của UBND tỉnh tại Văn bản số 1134/UBND-KT ngày 20/5/2027, Sở Xây dựng điều chỉnh thời hạn một số nhiệm vụ trong Chương trình công tác năm 2027 (ban hành kèm theo Quyết định số 05/QĐ-SXD ngày 06/01/2027) như sau:",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "Thời hạn", "Ghi chú"],
        [0.4, 3.6, 2.6, 1.7, 1.6],
    )
    rows = [
        (
            "1",
            "Rà soát, điều chỉnh Chương trình phát triển nhà ở tỉnh giai đoạn 2026 - 2030",
            "Chủ trì: Phòng Quản lý nhà và thị trường bất động sản\nPhối hợp: Sở Tài chính, UBND các xã, phường",
            "Hạn cũ: 30/6/2027\nGia hạn đến: 30/9/2027",
            "Gia hạn theo Văn bản số 1134/UBND-KT",
        ),
        (
            "2",
            "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở các công trình giao thông cấp III",
            "Chủ trì: Phòng Quản lý hoạt động xây dựng",
            "15/7/2027",
            "Bổ sung",
        ),
        (
            "3",
            "Xây dựng Quy định phân cấp quản lý chất lượng công trình xây dựng trên địa bàn tỉnh",
            "Phối hợp: Thanh tra Sở\nChủ trì: Phòng Kinh tế - Vật liệu xây dựng",
            "Hạn cũ: Quý II/2027\nGia hạn đến: Quý III/2027",
            "",
        ),
        (
            "4",
            "Kiểm tra công tác quản lý trật tự xây dựng tại các phường khu vực trung tâm",
            "Chủ trì: Thanh tra Sở\nPhối hợp: UBND các phường",
            "Tháng 8/2027",
            "",
        ),
        (
            "5",
            "Lập hồ sơ đề nghị công nhận khu vực Tân An đạt tiêu chí đô thị loại IV",
            "Chủ trì: Phòng Quy hoạch - Kiến trúc và Phát triển đô thị\nPhối hợp: UBND xã Tân An",
            "Hạn cũ: 31/5/2027\nGia hạn đến: 31/7/2027",
            "Gia hạn theo đề nghị của UBND xã Tân An ngày 25/5/2027",
        ),
        (
            "6",
            "Công bố chỉ số giá xây dựng, giá vật liệu xây dựng trên địa bàn tỉnh",
            "Chủ trì: Phòng Kinh tế - Vật liệu xây dựng",
            "Trước ngày 10 hằng tháng",
            "Giữ nguyên",
        ),
        (
            "7",
            "Cập nhật cơ sở dữ liệu về nhà ở và thị trường bất động sản lên hệ thống quốc gia",
            "Chủ trì: Phòng Quản lý nhà và thị trường bất động sản\nPhối hợp: Văn phòng Sở",
            "Hạn cũ: 30/4/2027\nGia hạn đến: 31/10/2027",
            "",
        ),
        (
            "8",
            "Tổng kết thực hiện Chương trình công tác năm 2027, xây dựng Chương trình năm 2028",
            "Chủ trì: Văn phòng Sở\nPhối hợp: Các phòng, đơn vị thuộc Sở",
            "15/12/2027",
            "Giữ nguyên",
        ),
    ]
    for values in rows:
        h.fill_row(table, values)
    h.docx_paragraphs(
        document,
        [
            "Các nhiệm vụ khác giữ nguyên như Chương trình công tác năm 2027 đã ban hành. Đề nghị các phòng, đơn vị tổ chức thực hiện đúng thời hạn đã điều chỉnh./.",
            "Nơi nhận:\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
            "GIÁM ĐỐC\n(đã ký)\nVũ Đình Khải",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h180
def h180_docx(h, path: Path) -> None:
    """A commune's annex of overdue tasks (`Danh mục nhiệm vụ chậm tiến độ`, → a 100 dpi scan):
    `Hạn ban đầu | Hạn điều chỉnh | Số ngày chậm` columns; the table **continues on page 2 without
    its header**; a total line and a note on how the days were counted."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    document = Document()
    h.set_landscape(document.sections[0])
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    h.docx_paragraphs(
        document,
        [
            "Phụ lục",
            "DANH MỤC NHIỆM VỤ CHẬM TIẾN ĐỘ 6 THÁNG ĐẦU NĂM 2027",
            "(Kèm theo Báo cáo số 112/BC-UBND ngày 08/7/2027 của UBND xã Phước Hưng)",
        ],
    )
    labels = [
        "TT",
        "Nhiệm vụ",
        "Đơn vị chủ trì",
        "Hạn ban đầu",
        "Hạn điều chỉnh",
        "Số ngày chậm",
        "Nguyên nhân",
    ]
    widths = [0.4, 3.0, 1.6, 1.0, 1.0, 0.8, 2.0]
    first = h.grid_table(document, labels, widths)
    page1 = [
        (
            "1",
            "Hoàn thành giải phóng mặt bằng tuyến đường liên thôn Phước Thạnh - Phước Lợi",
            "Phòng Kinh tế",
            "31/3/2027",
            "31/8/2027",
            "91",
            "03 hộ chưa thống nhất giá bồi thường",
        ),
        (
            "2",
            "Số hóa sổ hộ tịch lưu trữ giai đoạn 2015 - 2020",
            "Văn phòng HĐND và UBND xã",
            "30/4/2027",
            "30/9/2027",
            "61",
            "Chưa bố trí được kinh phí thuê dịch vụ",
        ),
        (
            "3",
            "Xây dựng phương án sắp xếp trụ sở làm việc dôi dư sau sáp nhập xã",
            "Phòng Kinh tế",
            "15/5/2027",
            "—",
            "46",
            "Chờ hướng dẫn của Sở Tài chính",
        ),
        (
            "4",
            "Lập danh sách đối tượng bảo trợ xã hội điều chỉnh mức trợ cấp",
            "Phòng Văn hóa - Xã hội",
            "31/5/2027",
            "15/7/2027",
            "30",
            "Chậm nhận hồ sơ từ các thôn",
        ),
        (
            "5",
            "Hoàn thiện hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu cho 120 hộ",
            "Phòng Kinh tế",
            "10/6/2027",
            "31/10/2027",
            "20",
            "Vướng đo đạc bản đồ địa chính",
        ),
    ]
    for values in page1:
        h.fill_row(first, values)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    second = document.add_table(rows=0, cols=len(labels))
    second.style = "Table Grid"
    page2 = [
        (
            "6",
            "Kiện toàn Tổ bảo vệ an ninh, trật tự ở cơ sở tại 09 thôn",
            "Công an xã",
            "31/3/2027",
            "30/4/2027",
            "91",
            "Chậm giới thiệu nhân sự",
        ),
        (
            "7",
            "Tổ chức Hội thi \u201cDân vận khéo\u201d cấp xã năm 2027",
            "Phòng Văn hóa - Xã hội",
            "30/5/2027",
            "Quý III/2027",
            "31",
            "Lùi theo lịch của Đảng ủy xã",
        ),
        (
            "8",
            "Cập nhật bản đồ số hiện trạng sử dụng đất toàn xã",
            "Phòng Kinh tế",
            "15/6/2027",
            "—",
            "15",
            "Đơn vị tư vấn chậm bàn giao",
        ),
    ]
    for values in page2:
        h.fill_row(second, values)
    h.set_widths(second, widths)
    h.docx_paragraphs(
        document,
        [
            "Tổng số: 08 nhiệm vụ chậm tiến độ.",
            "Ghi chú: Số ngày chậm tính đến ngày 30/6/2027 so với hạn ban đầu; '—' là chưa đề nghị điều chỉnh hạn.",
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(đã ký)\nLâm Quang Vinh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h181
H181_ROWS = [
    ["DANH MỤC NHIỆM VỤ NĂM 2027 - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH BÌNH LĨNH", "", "", "", "", "", "", ""],
    ["Xuất từ phần mềm QLCV ngày 2027-04-02T09:31:07", "", "", "", "", "", "", ""],
    [
        "STT",
        "Mã NV",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Ngày giao",
        "Hạn hoàn thành",
        "Ghi chú",
    ],
    [
        "1",
        "TS-01",
        "Xây dựng kế hoạch tuyên truyền kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2027)",
        "Phòng Thời sự",
        "Phòng Chuyên đề - Văn nghệ",
        "2027-01-15T00:00:00",
        "2027-06-30T00:00:00",
        "",
    ],
    [
        "2",
        "KT-01",
        "Nâng cấp hệ thống phát sóng truyền hình số mặt đất tại trạm phát Núi Cấm",
        "Phòng Kỹ thuật - Công nghệ",
        "",
        "2027-01-15T00:00:00",
        "2027-09-30T00:00:00",
        "Đang triển khai",
    ],
    [
        "3",
        "CĐ-01",
        'Sản xuất phim tài liệu 03 tập "Những người giữ rừng đầu nguồn"',
        "Phòng Chuyên đề - Văn nghệ",
        "Phòng Kỹ thuật - Công nghệ",
        "2027-02-01T00:00:00",
        "2027-08-31T00:00:00",
        "",
    ],
    [
        "4",
        "TS-02",
        "Tường thuật trực tiếp Lễ hội Nghinh Ông Cửa Lấp năm 2027",
        "Phòng Thời sự",
        "Phòng Kỹ thuật - Công nghệ; Phòng Dịch vụ quảng cáo",
        "2027-02-01T00:00:00",
        "2027-04-12T06:00:00",
        "Phát sóng từ 06 giờ",
    ],
    [
        "5",
        "KT-02",
        "Chuyển đổi kho lưu trữ băng từ sang dữ liệu số",
        "Phòng Kỹ thuật - Công nghệ",
        "Phòng Tổ chức - Hành chính",
        "2027-01-15T00:00:00",
        "2027-12-31T00:00:00",
        "",
    ],
    [
        "6",
        "QC-01",
        "Rà soát, ký kết hợp đồng quảng cáo, tài trợ năm 2027",
        "Phòng Dịch vụ quảng cáo",
        "",
        "2027-01-15T00:00:00",
        "2027-03-31T00:00:00",
        "Đã hoàn thành",
    ],
    [
        "7",
        "KT-03",
        "Kiểm tra, bảo dưỡng máy phát điện dự phòng tại các trạm phát",
        "Phòng Kỹ thuật - Công nghệ",
        "",
        "2027-01-15T00:00:00",
        "",
        "Định kỳ hằng quý",
    ],
    [
        "8",
        "ĐT-01",
        "Tiếp nhận, xử lý ý kiến phản ánh của khán giả trên kênh trực tuyến",
        "Phòng Báo điện tử",
        "Phòng Thời sự",
        "2027-01-15T00:00:00",
        "",
        "Thường xuyên",
    ],
    ["Tổng số: 8 nhiệm vụ", "", "", "", "", "", "", ""],
]


def h181(h, path: Path) -> None:
    """A broadcaster's task export as an old system writes it: **TCVN3** (ABC) bytes, `;` separator,
    CRLF, ISO date-times `2027-03-31T00:00:00` for the assignment day and the deadline, a field
    holding a `;` in quotes, a title and an export-time line above the header, a count line."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows(H181_ROWS)
    path.write_bytes(h.tcvn3_bytes(buffer.getvalue()))


# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED = {  # h13fixJM, h13fixJL, h13fixJQ, h13fixQY
    "h180_phu_luc_cham_tien_do_xa_ban_quet",
    "h174_ctr_htqt_dai_hoc_cot_song_ngu",
    "h173_kh_ttkn_ba_bang_quy_mot_sheet",
    "h177_kh_so_tai_chinh_hai_bang_canh_nhau",
    "h175_giao_ban_quy_ban_kcn_trinh_chieu",
}


def _folder(name: str) -> Path:
    """Where a document goes: the main corpus's folder once it was moved there."""
    return MOVED if Path(name).stem in _MOVED else DOCS


def batch_h173() -> None:
    """Writes h173–h182's binaries (the .html, .xml and .md are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h174(h, _folder("h174_ctr_htqt_dai_hoc_cot_song_ngu.docx") / "h174_ctr_htqt_dai_hoc_cot_song_ngu.docx")
    h175(_folder("h175_giao_ban_quy_ban_kcn_trinh_chieu.pptx") / "h175_giao_ban_quy_ban_kcn_trinh_chieu.pptx")
    h181(
        h,
        _folder("h181_danh_muc_nv_dai_ptth_tcvn3_cham_phay.csv")
        / "h181_danh_muc_nv_dai_ptth_tcvn3_cham_phay.csv",
    )
    if not shutil.which("soffice"):
        print("soffice not found: the .xls, .odt and the PDFs were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        converted = [
            (h173_xlsx, "h173_kh_ttkn_ba_bang_quy_mot_sheet.xlsx", "xls"),
            (h177_docx, "h177_kh_so_tai_chinh_hai_bang_canh_nhau.docx", "pdf"),
            (h178_docx, "h178_ctr_so_xay_dung_han_cu_gia_han.docx", "odt"),
        ]
        for write, name, extension in converted:
            write(h, tmp / name)
            folder = MOVED if Path(name).stem in _MOVED else DOCS
            h.soffice_convert(tmp / name, extension, folder / f"{Path(name).stem}.{extension}")
        name = "h180_phu_luc_cham_tien_do_xa_ban_quet"
        h180_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        h.rasterise(tmp / f"{name}.pdf", _folder(name) / f"{name}.pdf", scale=100 / 72)
