"""A streaming .xlsx writer for the large exports: rows go into the zip as they are appended.

The delay register and the evaluation evidence reach 10⁵ rows. openpyxl's write-only mode
spends tens of µs a cell (an object, a style binding and an lxml element per cell) and keeps
its shared-strings table and every hyperlink until the file is saved; XlsxWriter's
`constant_memory` mode is about twice as fast but still ~15 µs a cell here, keeps every
hyperlink in memory and drops links past 65,530 a sheet (docs/performance.md, "Exports and
the delay register at scale"). This writer produces the few SpreadsheetML parts those exports
use and nothing else:

- text as inline strings (no shared-strings table), numbers, dates as serial numbers with a
  date style; a text cell is never a formula, whatever it starts with (the formula rule of
  `engine.exports.workbook` holds by construction: this writer writes no formulas at all);
- a fixed set of named styles (`STYLES`), column widths, a frozen header, an auto-filter;
- hyperlinks, spooled to a temporary file while the rows stream and copied after the sheet's
  data, so memory holds one batch of rows whatever the length of the sheet.

Sheets are written one after another (`Workbook.sheet` closes the previous one). openpyxl
reads the result (the tests open every export with it), as do Excel and LibreOffice.
"""

import re
import tempfile
import zipfile
from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

from openpyxl.utils import get_column_letter

from engine.exports.workbook import FORMULA_TRIGGERS, excel_value, is_formula_like

# Named styles: index in cellXfs (see `_STYLES_XML`).
STYLES = {
    "plain": 0,
    "text": 1,
    "date": 2,
    "datetime": 3,
    "link": 4,
    "header": 5,
    "title": 6,
    "warning": 7,
    "bold": 8,
}
FLUSH_ROWS = 500
EPOCH = datetime(1899, 12, 30)
# XML 1.0 forbids these; Excel's own escape for them is _xHHHH_.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_INLINE = 't="inlineStr"><is><t xml:space="preserve">'
_MARGINS = '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_STYLES_XML = (
    _HEAD + f"<styleSheet {_NS}>"
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
    '<numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts>'
    '<fonts count="5">'
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><u/><sz val="11"/><color rgb="FF175CD3"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="13"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><color rgb="FFB42318"/><name val="Calibri"/><family val="2"/></font>'
    "</fonts>"
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDE7F3"/><bgColor indexed="64"/>'
    "</patternFill></fill>"
    "</fills>"
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="9">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" '
    'applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="4" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def _control(match) -> str:
    return f"_x{ord(match.group()):04X}_"


# Any character `_text` changes: most text has none, and one search says so.
_SPECIAL = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: str) -> str:
    if not _SPECIAL.search(value):
        return value
    if "&" in value or "<" in value or ">" in value:
        value = escape(value)
    if _CONTROL.search(value):
        value = _CONTROL.sub(_control, value)
    return value


_ATTRIBUTE_SPECIAL = re.compile('[&<>"\n\r\t]')


def _attribute(value: str) -> str:
    """`quoteattr(value)`, without its replacements when there is nothing to replace (a link)."""
    return f'"{value}"' if not _ATTRIBUTE_SPECIAL.search(value) else quoteattr(value)


def _serial(value: date) -> float | int:
    """Excel's day number of a date or a (naive, local) datetime."""
    if isinstance(value, datetime):
        delta = value - EPOCH
        return delta.days + delta.seconds / 86400 + delta.microseconds / 86_400_000_000
    return (value - EPOCH.date()).days


class Cell:
    """A value with a named style (`STYLES`) and an optional hyperlink target."""

    __slots__ = ("link", "style", "value")

    def __init__(self, value, style: str | None = None, link: str | None = None):
        self.value, self.style, self.link = value, style, link


def data_cell(value):
    """A data value as the exports append it: multi-line text and text that looks like a formula
    wrapped (the "text" style), anything else bare (dates get their date style when written)."""
    if type(value) is str:  # the common case first, without the generic checks
        return Cell(value, "text") if "\n" in value or value.startswith(FORMULA_TRIGGERS) else value
    if isinstance(value, str) and ("\n" in value or is_formula_like(value)):
        return Cell(value, "text")
    return value


class Sheet:
    """One worksheet being written; `append` a row of values or `Cell`s (None: no cell)."""

    def __init__(self, book: "Workbook", index: int, title: str, widths, freeze_row: int | None):
        self.book, self.index, self.title = book, index, title
        self.row = 0
        self.width = 0
        self.auto_filter: str | None = None
        self._rows: list[str] = []
        self._links = None  # temporary files of <hyperlink> elements and relationships, when any
        self._link_count = 0
        self._letters = [get_column_letter(col) for col in range(1, 128)]
        self._stream = book.zip.open(f"xl/worksheets/sheet{index}.xml", "w")
        head = [_HEAD, f"<worksheet {_NS} {_NS_R}>"]
        if freeze_row:
            top = f"A{freeze_row + 1}"
            head.append(
                '<sheetViews><sheetView workbookViewId="0">'
                f'<pane ySplit="{freeze_row}" topLeftCell="{top}" activePane="bottomLeft" state="frozen"/>'
                f'<selection pane="bottomLeft" activeCell="{top}" sqref="{top}"/>'
                "</sheetView></sheetViews>"
            )
        head.append('<sheetFormatPr defaultRowHeight="15"/>')
        if widths:
            head.append("<cols>")
            head.extend(
                f'<col min="{col}" max="{col}" width="{width}" customWidth="1"/>'
                for col, width in enumerate(widths, 1)
            )
            head.append("</cols>")
        head.append("<sheetData>")
        self._stream.write("".join(head).encode())

    def append(self, values) -> None:
        self.row += 1
        row = str(self.row)
        parts = [f'<row r="{row}">']
        letters = self._letters
        for col, value in enumerate(values):
            kind = type(value)
            if value is None or (kind is str and not value):
                continue
            if kind is str:  # most cells: plain text, bare
                parts.append(f'<c r="{letters[col]}{row}" s="0" {_INLINE}{_text(value)}</t></is></c>')
                continue
            style = 0
            if isinstance(value, Cell):
                if value.link:
                    self._link(f"{letters[col]}{row}", value.link)
                style = STYLES[value.style] if value.style else 0
                value = value.value
            if value is None or value == "":
                if style:
                    parts.append(f'<c r="{letters[col]}{row}" s="{style}"/>')
                continue
            ref = letters[col] + row
            if isinstance(value, str):
                parts.append(f'<c r="{ref}" s="{style}" {_INLINE}{_text(value)}</t></is></c>')
            elif isinstance(value, bool):
                parts.append(f'<c r="{ref}" s="{style}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int | float | Decimal):
                parts.append(f'<c r="{ref}" s="{style}"><v>{value}</v></c>')
            elif isinstance(value, date):
                value = excel_value(value)
                if not style:
                    style = STYLES["datetime" if isinstance(value, datetime) else "date"]
                parts.append(f'<c r="{ref}" s="{style}"><v>{_serial(value)}</v></c>')
            else:
                parts.append(f'<c r="{ref}" s="{style}" {_INLINE}{_text(str(value))}</t></is></c>')
        parts.append("</row>")
        self.width = max(self.width, len(values))
        self._rows.append("".join(parts))
        if len(self._rows) >= FLUSH_ROWS:
            self._flush()

    def _link(self, ref: str, target: str) -> None:
        if self._links is None:
            # Closed in `close`, once their contents are copied into the zip.
            self._links = (tempfile.TemporaryFile(), tempfile.TemporaryFile())  # noqa: SIM115
        self._link_count += 1
        rid = f"rId{self._link_count}"
        elements, relationships = self._links
        elements.write(f'<hyperlink ref="{ref}" r:id="{rid}"/>'.encode())
        relationships.write(
            f'<Relationship Id="{rid}" Type="{_REL}/hyperlink" Target={_attribute(target)} '
            'TargetMode="External"/>'.encode()
        )

    def _flush(self) -> None:
        if self._rows:
            self._stream.write("".join(self._rows).encode())
            self._rows = []

    def close(self) -> None:
        self._flush()
        tail = ["</sheetData>"]
        if self.auto_filter:
            tail.append(f'<autoFilter ref="{self.auto_filter}"/>')
        self._stream.write("".join(tail).encode())
        if self._links:
            elements, relationships = self._links
            self._stream.write(b"<hyperlinks>")
            _copy(elements, self._stream)
            self._stream.write(b"</hyperlinks>")
        self._stream.write(f"{_MARGINS}</worksheet>".encode())
        self._stream.close()
        if self._links:
            name = f"xl/worksheets/_rels/sheet{self.index}.xml.rels"
            with self.book.zip.open(name, "w") as rels:
                rels.write(f'{_HEAD}<Relationships xmlns="{_PKG_REL}">'.encode())
                _copy(relationships, rels)
                rels.write(b"</Relationships>")
            elements.close()
            relationships.close()


def _copy(source, target) -> None:
    source.seek(0)
    while block := source.read(1 << 20):
        target.write(block)


class Workbook:
    """An .xlsx written to the binary file object `out`; `close` finishes it."""

    def __init__(self, out, *, compresslevel: int = 1):
        self.zip = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        self.sheets: list[Sheet] = []
        self._current: Sheet | None = None

    def sheet(self, title: str, *, widths=None, freeze_row: int | None = None) -> Sheet:
        """A new worksheet (the previous one is finished); `freeze_row` rows stay in view."""
        if self._current:
            self._current.close()
        self._current = Sheet(self, len(self.sheets) + 1, title, widths, freeze_row)
        self.sheets.append(self._current)
        return self._current

    def close(self) -> None:
        if self._current:
            self._current.close()
            self._current = None
        sheets = self.sheets
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n}" hidden="1">'
            f"{_text(_quoted(s.title))}!{_absolute(s.auto_filter)}</definedName>"
            for n, s in enumerate(sheets)
            if s.auto_filter
        )
        workbook = (
            f"{_HEAD}<workbook {_NS} {_NS_R}><bookViews><workbookView/></bookViews><sheets>"
            + "".join(
                f'<sheet name={quoteattr(s.title)} sheetId="{s.index}" r:id="rId{s.index}"/>' for s in sheets
            )
            + "</sheets>"
            + (f"<definedNames>{names}</definedNames>" if names else "")
            + "</workbook>"
        )
        rels = "".join(
            f'<Relationship Id="rId{s.index}" Type="{_REL}/worksheet" '
            f'Target="worksheets/sheet{s.index}.xml"/>'
            for s in sheets
        )
        n = len(sheets)
        parts = {
            "xl/workbook.xml": workbook,
            "xl/_rels/workbook.xml.rels": f'{_HEAD}<Relationships xmlns="{_PKG_REL}">{rels}'
            f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/></Relationships>',
            "xl/styles.xml": _STYLES_XML,
            "_rels/.rels": f'{_HEAD}<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
            "[Content_Types].xml": _content_types(n),
        }
        for name, text in parts.items():
            self.zip.writestr(name, text)
        self.zip.close()


def _quoted(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def _absolute(ref: str) -> str:
    return ":".join("$" + re.sub(r"(\d+)", r"$\1", part) for part in ref.split(":"))


def _content_types(sheets: int) -> str:
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    return (
        f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/>'
        + "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{ct}.worksheet+xml"/>'
            for n in range(1, sheets + 1)
        )
        + "</Types>"
    )
