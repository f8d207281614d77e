"""A Vietnamese administrative report as .docx, laid out per Nghị định 30/2020/NĐ-CP.

A4 portrait, margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman
throughout, body 14 pt; the header block as a borderless two-column table (the issuing
body on the left, the national motto and the place and date on the right); the title in
capitals; numbered sections (I., II.; 1., 2.); justified body paragraphs with a first-line
indent; recipients and signature blocks; an appendix table on its own landscape-free page.
"""

import io
from dataclasses import dataclass
from datetime import date

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

FONT = "Times New Roman"
BODY_PT = 14
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_LINE = "Độc lập - Tự do - Hạnh phúc"
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


@dataclass
class Letterhead:
    parent_body: str  # "UBND TỈNH NGHỆ AN"
    body: str  # "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    number: str  # "Số: 12/BC-SKHCN"
    place: str  # "Nghệ An"
    day: date


def _font(run, size: float = BODY_PT, bold: bool = False, italic: bool = False, underline: bool = False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    run.underline = underline
    # East Asian fallback so Word does not swap the font for Vietnamese text.
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    return run


def _para(container, text: str = "", *, size=BODY_PT, bold=False, italic=False, align=None, indent=False):
    paragraph = container.add_paragraph()
    if align is not None:
        paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(6)
    fmt.line_spacing = 1.15
    if indent:
        fmt.first_line_indent = Cm(1.27)
    if text:
        _font(paragraph.add_run(text), size, bold, italic)
    return paragraph


def _no_borders(table):
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


class AdminReport:
    """Build the document top to bottom: heading, sections, signature, appendix."""

    def __init__(self, letterhead: Letterhead, title: str, subtitle: str):
        self.doc = Document()
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(2), Cm(2)
        section.left_margin, section.right_margin = Cm(3), Cm(1.5)
        style = self.doc.styles["Normal"]
        style.font.name = FONT
        style.font.size = Pt(BODY_PT)
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
        self._letterhead(letterhead)
        _para(
            self.doc, "BÁO CÁO", size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER
        ).paragraph_format.space_before = Pt(12)
        _para(self.doc, subtitle, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        self.title = title
        self._section_count = 0
        self._sub_count = 0

    def _letterhead(self, head: Letterhead) -> None:
        table = self.doc.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        _no_borders(table)
        left, right = table.rows[0].cells
        left.width, right.width = Cm(6.5), Cm(10)
        left.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(left.paragraphs[0].add_run(head.parent_body.upper()), 13)
        _para(left, head.body.upper(), size=13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        _para(left, head.number, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
        right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(right.paragraphs[0].add_run(MOTTO), 13, bold=True)
        motto = _para(right, align=WD_ALIGN_PARAGRAPH.CENTER)
        _font(motto.add_run(MOTTO_LINE), 14, bold=True, underline=True)
        when = f"{head.place}, ngày {head.day.day:02d} tháng {head.day.month:02d} năm {head.day.year}"
        _para(right, when, size=14, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    def section(self, heading: str) -> None:
        """A numbered section: "I. HEADING"."""
        self._sub_count = 0
        label = (
            ROMAN[self._section_count] if self._section_count < len(ROMAN) else str(self._section_count + 1)
        )
        self._section_count += 1
        _para(self.doc, f"{label}. {heading.upper()}", bold=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    def subsection(self, heading: str) -> None:
        self._sub_count += 1
        _para(
            self.doc,
            f"{self._sub_count}. {heading}",
            bold=True,
            align=WD_ALIGN_PARAGRAPH.JUSTIFY,
            indent=True,
        )

    def text(self, text: str) -> None:
        for line in (text or "").splitlines() or [""]:
            if line.strip():
                _para(self.doc, line.strip(), align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)

    def bullet(self, text: str) -> None:
        _para(self.doc, f"- {text}", align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)

    def closing(self, recipients: list[str], signer_title: str, signer_name: str) -> None:
        table = self.doc.add_table(rows=1, cols=2)
        _no_borders(table)
        left, right = table.rows[0].cells
        left.width, right.width = Cm(8), Cm(8.5)
        _font(left.paragraphs[0].add_run("Nơi nhận:"), 12, bold=True, italic=True)
        for recipient in recipients:
            _para(left, f"- {recipient};", size=11).paragraph_format.space_after = Pt(0)
        right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(right.paragraphs[0].add_run((signer_title or "").upper()), 14, bold=True)
        for _blank in range(3):
            _para(right, "")
        _para(right, signer_name, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    def appendix(self, title: str, header: list[str], rows: list[list]) -> None:
        """The appendix on a new page: "PHỤ LỤC", its title and a table with a bold header row."""
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _para(self.doc, "PHỤ LỤC", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        _para(self.doc, title, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(cell.paragraphs[0].add_run(text), 12, bold=True)
        for values in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, values, strict=True):
                _font(cell.paragraphs[0].add_run("" if value is None else str(value)), 12)

    def to_bytes(self) -> bytes:
        self.doc.core_properties.title = self.title
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()
