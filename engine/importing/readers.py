"""Readers: the bytes of a .txt, .docx, .xlsx or PDF programme → numbered lines of cells.

Every reader gives the same shape, a `Document` of `Line`s; a table row is one line whose
cells are the row's cells (a plain-text export keeps them tab-separated). A cell covered
by a merge is empty, as a vertically merged cell looks in an exported text: the layout
recognisers carry the value down.
"""

import io
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from engine.importing.encodings import decode_bytes, fix_legacy_text
from engine.importing.errors import ImportFailed
from engine.text import nfc

MAX_BYTES = 20 * 1024 * 1024
MAX_LINES = 200_000


@dataclass(frozen=True)
class Line:
    number: int
    cells: tuple[str, ...]
    ref: str = ""  # where a person finds it: "Sheet1!A7", "bảng 2, hàng 3"
    raw: str = ""  # a text line as it was, leading spaces kept (a PDF's page continuation)

    @property
    def text(self) -> str:
        return "\t".join(self.cells)

    @property
    def filled(self) -> tuple[str, ...]:
        return tuple(cell for cell in self.cells if cell.strip())


@dataclass
class Document:
    name: str
    kind: str
    encoding: str = "unicode"
    lines: list[Line] = field(default_factory=list)
    # Paragraphs and tables in reading order (engine/importing/blocks.py); a reader that fills
    # only `lines` gets them derived by `blocks_from_lines` at the end of read_document.
    blocks: list = field(default_factory=list)
    ocr: bool = False  # the text came from OCR (a scan or an image)


def _clean(text: str) -> str:
    return nfc(text.replace("\xa0", " ").replace("\r", "")).strip()


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls > len(sample) * 0.01


def read_text(data: bytes, name: str) -> Document:
    if _looks_binary(data):
        raise ImportFailed(_("This is not a text document (it holds binary data)."), source=name)
    text, encoding = decode_bytes(data)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) > MAX_LINES:
        raise ImportFailed(_("The document has more than %(n)d lines.") % {"n": MAX_LINES}, source=name)
    document = Document(name=name, kind="text", encoding=encoding)
    document.lines = [
        Line(number, tuple(cell.strip() for cell in line.split("\t")), raw=line.rstrip())
        for number, line in enumerate(lines, start=1)
    ]
    return document


def _docx_rows(table, table_number: int, start: int) -> list[Line]:
    from docx.table import _Cell

    lines = []
    for row_number, tr in enumerate(table._tbl.tr_lst, start=1):
        cells: list[str] = []
        for tc in tr.tc_lst:
            continued = tc.vMerge == "continue"
            text = "" if continued else _clean(_Cell(tc, table).text).replace("\n", " ")
            cells.append(text)
            cells.extend([""] * (max(tc.grid_span, 1) - 1))
        ref = _("table %(t)d, row %(r)d") % {"t": table_number, "r": row_number}
        lines.append(Line(start + len(lines), tuple(cells), ref))
    return lines


def read_docx(data: bytes, name: str) -> Document:
    import docx
    from docx.table import Table

    try:
        word = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a damaged package
        raise ImportFailed(
            _("The Word file is damaged or not a .docx (%(error)s).") % {"error": exc}, source=name
        ) from None
    document = Document(name=name, kind="docx")
    tables = 0
    for block in word.iter_inner_content():
        if isinstance(block, Table):
            tables += 1
            document.lines += _docx_rows(block, tables, len(document.lines) + 1)
        else:
            for part in block.text.split("\n"):
                document.lines.append(Line(len(document.lines) + 1, (_clean(part),)))
    _fix_legacy(document)
    return document


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return _clean(str(value)).replace("\n", " ")


def read_xlsx(data: bytes, name: str) -> Document:
    import openpyxl
    from openpyxl.utils import get_column_letter

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise ImportFailed(
            _("The Excel file is damaged or not an .xlsx (%(error)s).") % {"error": exc}, source=name
        ) from None
    document = Document(name=name, kind="xlsx")
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            if len(document.lines) >= MAX_LINES:
                raise ImportFailed(
                    _("The workbook has more than %(n)d rows.") % {"n": MAX_LINES}, source=name
                )
            cells = tuple(_cell_text(cell.value) for cell in row)
            if not row:
                continue
            ref = f"{sheet.title}!{get_column_letter(1)}{row[0].row}"
            document.lines.append(Line(len(document.lines) + 1, cells, ref))
    _fix_legacy(document)
    return document


def read_pdf(data: bytes, name: str) -> Document:
    """A PDF with a text layer: its tables as rows of cells, the text between them as lines.

    pdfplumber (pdfminer.six underneath) places every character, so a table's ruling lines
    give its cells (a Word programme exported to PDF reads like the .docx) and Vietnamese
    letters built from a base and a combining mark come out whole, in page order.
    """
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    document = Document(name=name, kind="pdf")
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            has_text = False
            for page_number, page in enumerate(pdf.pages, start=1):
                has_text = has_text or bool(page.chars)
                _pdf_page(document, page, page_number)
                if len(document.lines) > MAX_LINES:
                    raise ImportFailed(
                        _("The document has more than %(n)d lines.") % {"n": MAX_LINES}, source=name
                    )
    except ImportFailed:
        raise
    except Exception as exc:  # pdfminer raises many kinds for a damaged file; pdfplumber wraps them
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise ImportFailed(_("The PDF is password-protected."), source=name) from None
        raise ImportFailed(_("The PDF is damaged (%(error)s).") % {"error": exc}, source=name) from None
    if not has_text:
        raise ImportFailed(_("The PDF has no text layer (a scan): run OCR on it first."), source=name)
    _fix_legacy(document)
    return document


def _pdf_page(document: Document, page, page_number: int) -> None:
    """Append one page: table rows and text lines, sorted top to bottom."""
    tables = page.find_tables()
    placed: list[tuple[float, tuple[str, ...], str]] = []
    for table_number, table in enumerate(tables, start=1):
        for row_number, (row, cells) in enumerate(zip(table.rows, table.extract(), strict=False), start=1):
            ref = _("page %(p)d, table %(t)d, row %(r)d") % {
                "p": page_number,
                "t": table_number,
                "r": row_number,
            }
            placed.append((row.bbox[1], tuple(_clean(cell or "").replace("\n", " ") for cell in cells), ref))

    def outside_tables(obj) -> bool:
        middle_x, middle_y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= middle_x <= x1 and top <= middle_y <= bottom for x0, top, x1, bottom in boxes)

    boxes = [table.bbox for table in tables]
    text_page = page.filter(outside_tables) if boxes else page
    for line in text_page.extract_text_lines(return_chars=False):
        placed.append((line["top"], (_clean(line["text"]),), _("page %(p)d") % {"p": page_number}))
    for _top, cells, ref in sorted(placed, key=lambda entry: entry[0]):
        document.lines.append(Line(len(document.lines) + 1, cells, ref))


def _fix_legacy(document: Document) -> None:
    """Legacy fonts (TCVN3, VNI) survive inside .docx/.xlsx/PDF as odd Latin-1 letters."""
    joined = "\n".join("\t".join(line.cells) for line in document.lines)
    fixed, encoding = fix_legacy_text(joined)
    document.encoding = encoding
    if encoding == "unicode":
        return
    rows = fixed.split("\n")
    document.lines = [
        Line(line.number, tuple(row.split("\t")), line.ref)
        for line, row in zip(document.lines, rows, strict=True)
    ]


def read_document(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read any supported document; every problem is an ImportFailed naming the file."""
    document = _read_any(data, name, max_bytes=max_bytes)
    if not document.blocks:
        from engine.importing.blocks import blocks_from_lines

        document.blocks = blocks_from_lines(document.lines)
    return document


def _read_any(data: bytes, name: str, *, max_bytes: int) -> Document:
    if not data or not data.strip():
        raise ImportFailed(_("The file is empty."), source=name)
    if len(data) > max_bytes:
        raise ImportFailed(
            _("The file is too large (%(size)d MB; at most %(max)d MB).")
            % {"size": len(data) // (1024 * 1024) + 1, "max": max_bytes // (1024 * 1024)},
            source=name,
        )
    lower = name.lower()
    if data.startswith(b"%PDF") or lower.endswith(".pdf"):
        return read_pdf(data, name)
    if data.startswith(b"PK\x03\x04") or lower.endswith((".docx", ".xlsx")):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, ValueError, OSError):
            raise ImportFailed(
                _("The file is damaged: it is not a valid .docx or .xlsx package."), source=name
            ) from None
        if "word/document.xml" in names:
            return read_docx(data, name)
        if "xl/workbook.xml" in names:
            return read_xlsx(data, name)
        raise ImportFailed(
            _("This package is neither a Word (.docx) nor an Excel (.xlsx) file."), source=name
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFailed(
            _("Old .doc/.xls files are not supported: save it as .docx or .xlsx."), source=name
        )
    return read_text(data, name)
