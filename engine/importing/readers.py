"""Readers: the bytes of a programme in any format → a Document of blocks and numbered lines.

`read_document` checks size and emptiness, then dispatches by content and extension to a reader
module (read_docx, read_xlsx, read_pptx, read_pdf, read_ocr, read_office, read_html, read_markdown,
read_delimited; plain text here). Every reader fills `Document.blocks` (paragraphs, and tables
whose merged cells are spans with their value repeated, engine/importing/blocks.py) and
`Document.lines` together through `Builder`: a table row is one line whose cells are the row's
cells, and a cell covered by a merge is empty there, as a vertically merged cell looks in an
exported text (the seed layouts carry the value down). Every reader stays within limits.py.
"""

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext as _

from engine.importing.blocks import Cell, Paragraph, Table
from engine.importing.encodings import decode_bytes, fix_legacy_text, utf16_order
from engine.importing.errors import ImportFailed
from engine.importing.limits import check_zip, limit, refuse
from engine.text import nfc

MAX_BYTES = 20 * 1024 * 1024
MAX_LINES = 200_000  # the default of settings.IMPORT_MAX_LINES


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
    # What the reader left out or changed on purpose and a person should know (model.Warning): a
    # spreadsheet's rows struck through or hidden, its hidden columns; an e-mail's attachments not
    # read, a forward's amendments. build.recognise puts them first among the import's warnings.
    warnings: list = field(default_factory=list)
    # The day the document itself is dated where its reader knows it from outside the text (an
    # e-mail's `Date:` header): the day "this week", "this month" count from when the text prints none.
    dated: date | None = None


def _clean(text: str) -> str:
    return nfc(text.replace("\xa0", " ").replace("\r", "")).strip()


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls > len(sample) * 0.01


class Builder:
    """Appends blocks and their lines together, so a block knows its lines and the lines stay the
    flat view the seed layouts read (a paragraph may span lines; a table row is one line)."""

    def __init__(self, document: "Document", *, ocr: bool = False):
        self.document = document
        self.ocr = ocr
        self.tables = 0

    def _line(self, cells: tuple[str, ...], ref: str = "") -> int:
        lines = self.document.lines
        if len(lines) >= limit("IMPORT_MAX_LINES"):
            raise refuse(
                "IMPORT_MAX_LINES", _("The document has more than %(max)d lines."), self.document.name
            )
        lines.append(Line(len(lines) + 1, cells, ref))
        return len(lines)

    def paragraph(self, text: str, *, ref: str = "", style: str = "", level: int = 0) -> None:
        """`text` may hold line breaks: a line each. A blank paragraph is a blank line and no block."""
        parts = text.split("\n")
        first = 0
        for part in parts:
            number = self._line((part,), ref)
            first = first or number
        if text.strip():
            self.document.blocks.append(Paragraph(text, first, ref, style, level, self.ocr))

    def table(self, rows: list[list[Cell]], *, ref: str = "", row_refs=(), widths=(), ragged=()) -> Table:
        """A full grid; `widths[i]`, where given, cuts row i's line to the cells the file printed;
        `ragged[i]` is how many cells row i had where the reader padded short rows (Table.row_widths)."""
        self.tables += 1
        table = Table(rows, number=self.tables, ref=ref, row_refs=list(row_refs), ocr=self.ocr)
        table.row_widths = list(ragged)
        for index, row in enumerate(rows):
            cells = tuple("" if cell.is_merged_copy else cell.text for cell in row)
            if index < len(widths):
                cells = cells[: widths[index]]
            line_ref = table.row_refs[index] if index < len(table.row_refs) else ref
            table.row_lines.append(self._line(cells, line_ref))
        self.document.blocks.append(table)
        return table


# A checklist's box opening a line (`[x] 1. …`, `[ ] …`, `[~] …`, `☐ …`, `☑ …`): the task's state,
# not its text (as Markdown's task-list box, read_markdown).
_CHECK_BOX = re.compile(r"^(\s*)(?:\[[ xX~✓✔vV/]\]|[☐☑☒✅])[ \t]+(?=\S)", re.MULTILINE)


def read_text(text: str, name: str, encoding: str = "unicode") -> Document:
    """Plain text: a line of tab-separated cells per line (blocks come from `blocks_from_lines`)."""
    text = _CHECK_BOX.sub(r"\1", text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) > limit("IMPORT_MAX_LINES"):
        raise refuse("IMPORT_MAX_LINES", _("The document has more than %(max)d lines."), name)
    document = Document(name=name, kind="text", encoding=encoding)
    document.lines = [
        Line(number, tuple(cell.strip() for cell in line.split("\t")), raw=line.rstrip())
        for number, line in enumerate(lines, start=1)
    ]
    # A table drawn with rules (box-drawing characters, an ASCII grid) or with spaces (a PDF's text
    # with its layout kept): its rows as a Table.
    from engine.importing import read_fixed_width

    spaced = "\t" not in text and "  " in text
    found = read_fixed_width.blocks(lines, list(range(1, len(lines) + 1)), spaced=spaced)
    if found is not None:
        document.blocks = found
    return document


def _fix_legacy(document: Document) -> None:
    """Legacy fonts (TCVN3, VNI) survive inside .docx/.xlsx/PDF as odd Latin-1 letters."""
    from dataclasses import replace

    from engine.importing.encodings import from_tcvn3, from_vni

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
    convert = {"tcvn3": from_tcvn3, "vni": from_vni}[encoding]
    for block in document.blocks:
        if isinstance(block, Paragraph):
            block.text = nfc(convert(block.text))
        else:
            block.rows = [[replace(cell, text=nfc(convert(cell.text))) for cell in row] for row in block.rows]


def read_document(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read any supported document; every problem is an ImportFailed naming the file."""
    document = _read_any(data, name, max_bytes=max_bytes)
    if not document.blocks:
        from engine.importing.blocks import blocks_from_lines

        document.blocks = blocks_from_lines(document.lines)
    to_nfc(document)
    return document


def _nfc_or_same(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else nfc(text)


def to_nfc(document: Document) -> None:
    """Every text of the document in NFC, whatever its reader did: text typed with combining tone
    marks (Unikey's `Unicode tổ hợp`: `ế` as `ê` + U+0301) reads as the same words as text typed
    precomposed, in the same document too (a table row pasted from another file). The one place it
    is done for every format (an e-mail's body, a converted file's, a future reader's)."""
    from dataclasses import replace

    document.lines = [
        line
        if all(unicodedata.is_normalized("NFC", cell) for cell in line.cells)
        and unicodedata.is_normalized("NFC", line.raw)
        else replace(line, cells=tuple(_nfc_or_same(cell) for cell in line.cells), raw=_nfc_or_same(line.raw))
        for line in document.lines
    ]
    for block in document.blocks:
        if isinstance(block, Paragraph):
            block.text = _nfc_or_same(block.text)
            continue
        for row in block.rows:
            for index, cell in enumerate(row):
                if not unicodedata.is_normalized("NFC", cell.text) or not all(
                    unicodedata.is_normalized("NFC", part) for part in cell.parts
                ):
                    row[index] = replace(
                        cell, text=nfc(cell.text), parts=tuple(_nfc_or_same(part) for part in cell.parts)
                    )


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
        from engine.importing.read_pdf import read_pdf

        return read_pdf(data, name)
    if data.startswith(b"PK\x03\x04") or lower.endswith((".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp")):
        return _read_package(data, name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: Word 97 .doc or Excel 97 .xls
        return _read_ole(data, name)
    if data.startswith(b"{\\rtf") or lower.endswith(".rtf"):
        from engine.importing.read_office import read_converted

        return read_converted(data, name, "docx")
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")) or lower.endswith(
        (".png", ".jpg", ".jpeg", ".tif", ".tiff")
    ):
        from engine.importing.read_ocr import read_image

        return read_image(data, name)
    from engine.importing.read_email import is_email, read_email

    if is_email(data, lower):
        return read_email(data, name)
    return _read_textual(data, name)


def _read_package(data: bytes, name: str) -> Document:
    names = check_zip(data, name)
    if "word/document.xml" in names:
        from engine.importing.read_docx import read_docx

        return read_docx(data, name)
    if "xl/workbook.xml" in names:
        from engine.importing.read_xlsx import read_xlsx

        return read_xlsx(data, name)
    if "ppt/presentation.xml" in names:
        from engine.importing.read_pptx import read_pptx

        return read_pptx(data, name)
    if "content.xml" in names:  # OpenDocument: LibreOffice turns it into the Office format
        from engine.importing.read_office import read_converted

        mimetype = _zip_entry(data, "mimetype")
        lower = name.lower()
        if b"opendocument.presentation" in mimetype or lower.endswith(".odp"):
            return read_converted(data, name, "pptx")
        spreadsheet = b"opendocument.spreadsheet" in mimetype or lower.endswith(".ods")
        return read_converted(data, name, "xlsx" if spreadsheet else "docx")
    message = _("This package is neither a Word (.docx), an Excel (.xlsx) nor a PowerPoint (.pptx) file.")
    raise ImportFailed(message, source=name)


def _zip_entry(data: bytes, entry: str) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package, package.open(entry) as stream:
            return stream.read(200)
    except (KeyError, zipfile.BadZipFile, OSError):
        return b""


def _read_ole(data: bytes, name: str) -> Document:
    from engine.importing.read_office import is_ppt, read_converted
    from engine.importing.read_xlsx import is_xls, read_xls

    if is_xls(data) or name.lower().endswith(".xls"):
        return read_xls(data, name)
    if is_ppt(data) or name.lower().endswith(".ppt"):
        return read_converted(data, name, "pptx")
    return read_converted(data, name, "docx")


def _read_textual(data: bytes, name: str) -> Document:
    """Plain text and the text formats: HTML, Markdown, CSV/TSV, JSON, sniffed from the content."""
    if utf16_order(data):  # UTF-16 (with a BOM or without) holds NUL bytes: decode before the binary check
        text, encoding = decode_bytes(data)
    else:
        if _looks_binary(data):
            raise ImportFailed(_("This is not a text document (it holds binary data)."), source=name)
        text, encoding = decode_bytes(data)
    if len(text) > 4 * MAX_BYTES:
        raise ImportFailed(_("The file is too large."), source=name)
    from engine.importing import read_chat, read_delimited, read_html, read_ical, read_markdown

    lower = name.lower()
    for module in (read_ical, read_chat, read_html, read_delimited, read_markdown):
        document = module.read(text, name, lower)
        if document is not None:
            document.encoding = encoding
            return document
    from engine.importing.read_email import unquoted_saved_mail

    return read_text(unquoted_saved_mail(text), name, encoding)
