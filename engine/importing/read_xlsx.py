"""Spreadsheet readers: .xlsx streamed with openpyxl (read_only), .xls with xlrd; each sheet a Table
(`Table.sheet` its name: the table recogniser reads every sheet and warns about one it cannot).

A sheet's declared dimension is not trusted: rows are walked as the XML gives them, a run of
`IMPORT_MAX_EMPTY_ROWS` empty rows ends the sheet, and the cells walked are counted against
`IMPORT_MAX_CELLS` (a two-cell sheet reaching XFD1048576 is read as the one row it has).
Merged ranges become spans, their value filled into every position they cover. A cell with no
value but a solid fill (a Gantt sheet's shaded months) is `Cell.filled` (its colour `Cell.fill`): a
mark, as an "x" is. A
cell's lines (Alt+Enter) are joined by spaces in its text and kept as its `Cell.parts`.
A date cell reads as its number format shows it where that shows no day (`mm/yyyy` → "09/2027",
`yyyy` → "2027"): the month or year printed, not the 1st that Excel keeps.

What a clerk struck through is deleted text, as a Word reader takes a tracked deletion: a cell whose
font is struck is read empty, and a run struck inside a rich-text cell (`~~28/02/2027~~ 15/4/2027`)
is left out of its text. A row whose every value is struck is a cancelled task: read empty, with a
warning naming it. Hidden rows and columns are not part of the plan as printed (an old deadline
kept out of sight, a task's copy): read empty, with a warning naming them.
"""

import io
import re

from django.utils.translation import gettext as _

from engine.importing.blocks import Cell, LinedText, padded_grid
from engine.importing.errors import ImportFailed
from engine.importing.limits import limit, refuse
from engine.importing.readers import Builder, Document, _clean, _fix_legacy


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):  # openpyxl's CellRichText: runs of text, each with its font
        return _lined(_clean("".join(_unstruck_runs(value))))
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return _lined(_clean(str(value)))


def _lined(text: str) -> str:
    """A cell's text on one line; a `LinedText` keeping its lines where it has several (Alt+Enter)."""
    if "\n" not in text:
        return text
    joined = text.replace("\n", " ")
    lined = LinedText.of(text.split("\n"))
    if len(lined.parts) < 2:
        return joined
    kept = LinedText(joined)  # the text exactly as before: its lines joined by one space each
    kept.parts = lined.parts
    return kept


def _unstruck_runs(runs) -> list[str]:
    """A rich-text cell's runs that are not struck through (a struck run is deleted text)."""
    kept = []
    for run in runs:
        font = getattr(run, "font", None)
        if font is not None and getattr(font, "strike", None):
            continue
        kept.append(run if isinstance(run, str) else str(getattr(run, "text", "") or ""))
    return kept


_MERGE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')


def _unsized_sheet_class():
    """openpyxl's read-only sheet scans its whole XML for a <dimension> when it is opened (2 s for
    a 100 × 100,000 sheet written without one); this reader never asks for the size."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    class UnsizedSheet(ReadOnlyWorksheet):
        def _get_size(self):
            self._max_row = self._max_column = self._min_row = self._min_column = None

    return UnsizedSheet


def read_xlsx(data: bytes, name: str) -> Document:
    from unittest import mock

    import openpyxl
    import openpyxl.reader.excel

    try:
        with mock.patch.object(openpyxl.reader.excel, "ReadOnlyWorksheet", _unsized_sheet_class()):
            workbook = openpyxl.load_workbook(
                io.BytesIO(data), data_only=True, read_only=True, rich_text=True
            )
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise ImportFailed(
            _("The Excel file is damaged or not an .xlsx (%(error)s).") % {"error": exc}, source=name
        ) from None
    document = Document(name=name, kind="xlsx")
    builder = Builder(document)
    budget = [limit("IMPORT_MAX_CELLS")]
    try:
        for sheet in workbook.worksheets:
            filled: dict[tuple[int, int], str] = {}
            indents: dict[tuple[int, int], int] = {}
            left_out = _LeftOut()
            rows = _sheet_rows(sheet, workbook, name, budget, filled, indents, left_out)
            merges = _merges(sheet)
            table = _sheet_table(builder, sheet.title, rows, merges, filled, indents)
            if table is not None:
                document.warnings.extend(left_out.warnings(sheet.title, table))
    except ImportFailed:
        raise
    except Exception as exc:  # a damaged sheet XML
        raise ImportFailed(
            _("The Excel file is damaged or not an .xlsx (%(error)s).") % {"error": exc}, source=name
        ) from None
    finally:
        workbook.close()
    _fix_legacy(document)
    return document


_WHITE = {"FFFFFFFF", "00FFFFFF", "FFFFFF"}


def _filled_styles(workbook) -> dict[int, str]:
    """The style ids whose fill is a solid colour (not white): a shaded cell; style id → the colour
    (its RGB, or the theme colour and tint where the fill names one)."""
    found = {}
    fills = getattr(workbook, "_fills", [])
    for style_id, style in enumerate(getattr(workbook, "_cell_styles", [])):
        fill = fills[style.fillId] if style.fillId < len(fills) else None
        if getattr(fill, "patternType", None) != "solid":
            continue
        colour = getattr(fill.fgColor, "rgb", None)
        if isinstance(colour, str) and colour.upper() in _WHITE:
            continue
        found[style_id] = _colour_name(fill.fgColor)
    return found


def _colour_name(colour) -> str:
    """A fill colour as one string: "FFF4B183" for an RGB, "theme 5 -0.25" for a theme colour."""
    rgb = getattr(colour, "rgb", None)
    if isinstance(rgb, str):
        return rgb.upper()
    theme = getattr(colour, "theme", None)
    if isinstance(theme, int):
        return f"theme {theme} {getattr(colour, 'tint', 0) or 0:g}"
    indexed = getattr(colour, "indexed", None)
    return f"indexed {indexed}" if isinstance(indexed, int) else ""


def _indented_styles(workbook) -> dict[int, int]:
    """The style ids whose alignment indents the text: style id → indent level."""
    found = {}
    alignments = getattr(workbook, "_alignments", [])
    for style_id, style in enumerate(getattr(workbook, "_cell_styles", [])):
        alignment = alignments[style.alignmentId] if style.alignmentId < len(alignments) else None
        level = int(getattr(alignment, "indent", 0) or 0)
        if level > 0:
            found[style_id] = level
    return found


# What a number format shows of a date: quoted text, escapes and `[…]` (colour, locale) are no part.
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def period_shown(number_format: str) -> str:
    """The strftime of the period a date format shows without its day: `mm/yyyy`, `mmm-yy` → the
    month ("%m/%Y"), `yyyy` → the year ("%Y"); "" for a format showing a day or a time of day. A
    clerk who types `09/2027` into a cell Excel makes a date of gets the 1st of the month kept: the
    month is what the sheet prints, and the due is its end, as for the text `09/2027`."""
    shown = _FORMAT_LITERALS.sub("", number_format.split(";")[0]).lower()
    if any(letter in shown for letter in "dhs") or "y" not in shown:
        return ""
    return "%m/%Y" if "m" in shown else "%Y"


def _period_styles(workbook) -> dict[int, str]:
    """The style ids whose date format shows no day: style id → the strftime of what it shows."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS

    custom = getattr(workbook, "_number_formats", [])
    found = {}
    for style_id in getattr(workbook, "_date_formats", ()):
        number_id = workbook._cell_styles[style_id].numFmtId
        number_format = BUILTIN_FORMATS.get(number_id) or (
            custom[number_id - 164] if 0 <= number_id - 164 < len(custom) else ""
        )
        if shown := period_shown(number_format):
            found[style_id] = shown
    return found


def _value_text(cell: dict, periods: dict[int, str]) -> str:
    value = cell["value"]
    if (shown := periods.get(cell.get("style_id"))) and hasattr(value, "strftime"):
        return value.strftime(shown)
    return cell_text(value)


def _struck_styles(workbook) -> set[int]:
    """The style ids whose font is struck through."""
    fonts = getattr(workbook, "_fonts", [])
    return {
        style_id
        for style_id, style in enumerate(getattr(workbook, "_cell_styles", []))
        if style.fontId < len(fonts) and getattr(fonts[style.fontId], "strike", None)
    }


def _hidden(attributes: dict) -> bool:
    return str(attributes.get("hidden", "")).lower() in ("1", "true")


def _in_collapsed_group(attributes: dict) -> bool:
    """A hidden row inside an outline group (`outlineLevel` 1 or deeper) is hidden because its group
    is collapsed to its summary row: the rows are still the sheet's (a reader expands the group), not
    put aside as a row hidden on its own is."""
    level = str(attributes.get("outlineLevel", "") or "0")
    return level.isdigit() and int(level) > 0


class _LeftOut:
    """The rows and columns of a sheet read empty on purpose (struck through, hidden), 0-based,
    with the text they held: turned into warnings once the sheet's table has its lines."""

    def __init__(self):
        self.struck: list[tuple[int, str]] = []
        self.hidden_rows: list[tuple[int, str]] = []
        self.hidden_columns: dict[int, str] = {}  # column → its first text (the header's label)

    def warnings(self, title: str, table) -> list:
        from engine.importing.model import Warning

        def line(row: int) -> int | None:
            return table.row_lines[row] if row < len(table.row_lines) else None

        found = []
        for row, text in self.struck:
            found.append(
                Warning(
                    line(row),
                    _(
                        "Sheet “%(sheet)s”, row %(row)d is struck through (a cancelled task), "
                        "not imported: %(text)s"
                    )
                    % {"sheet": title, "row": row + 1, "text": text[:80]},
                )
            )
        for row, text in self.hidden_rows:
            found.append(
                Warning(
                    line(row),
                    _("Sheet “%(sheet)s”, row %(row)d is hidden, not imported: %(text)s")
                    % {"sheet": title, "row": row + 1, "text": text[:80]},
                )
            )
        if self.hidden_columns:
            from openpyxl.utils import get_column_letter

            names = ", ".join(
                f"{get_column_letter(column + 1)} ({label})" if label else get_column_letter(column + 1)
                for column, label in sorted(self.hidden_columns.items())
            )
            found.append(
                Warning(
                    None,
                    _("Sheet “%(sheet)s”: hidden columns not read: %(columns)s")
                    % {"sheet": title, "columns": names},
                )
            )
        return found


def _hidden_columns(parser) -> set[int]:
    """The 1-based columns the sheet hides (`<col min max hidden="1">`, read before its rows)."""
    hidden = set()
    for attributes in parser.column_dimensions.values():
        if _hidden(attributes):
            first = int(attributes.get("min", 0) or 0)
            last = min(int(attributes.get("max", first) or first), first + 16384)
            hidden.update(range(first, last + 1))
    return hidden


def _sheet_rows(
    sheet, workbook, name: str, budget: list[int], filled=None, indents=None, left_out=None
) -> list[list[str]]:
    """The sheet's rows from row 1 as the XML gives them (gaps as empty rows), bounded; `filled`
    receives the (row, column), 0-based, of each shaded cell with no value (→ its colour), `indents`
    the indent level of each indented cell with one, `left_out` the rows and columns read empty on purpose
    (struck through, hidden)."""
    from openpyxl.worksheet._reader import WorkSheetParser

    shaded = _filled_styles(workbook) if filled is not None else {}
    indented = _indented_styles(workbook) if indents is not None else {}
    struck = _struck_styles(workbook)
    periods = _period_styles(workbook)
    left_out = left_out if left_out is not None else _LeftOut()

    most_columns = limit("IMPORT_MAX_COLUMNS")
    most_empty = limit("IMPORT_MAX_EMPTY_ROWS")
    rows: list[list[str]] = []
    pending_empty = 0
    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
            rich_text=True,
        )
        hidden_columns: set[int] | None = None
        for index, cells in parser.parse():
            if hidden_columns is None:
                hidden_columns = _hidden_columns(parser)
            values = {
                cell["column"]: _value_text(cell, periods) for cell in cells if cell["value"] is not None
            }
            values = {column: text for column, text in values.items() if text}
            values = _visible(values, cells, index, parser, struck, hidden_columns, left_out)
            gap = index - 1 - len(rows) - pending_empty
            pending_empty += max(gap, 0) + (0 if values else 1)
            if pending_empty > most_empty:
                break  # the rest of the sheet is empty (or too far away to be one table)
            if not values:
                continue
            if shaded:
                first = len(rows) + pending_empty
                for cell in cells:
                    if (
                        cell["value"] is None
                        and cell.get("style_id") in shaded
                        and cell["column"] <= most_columns
                    ):
                        filled[(first, cell["column"] - 1)] = shaded[cell["style_id"]]
            if indented:
                first = len(rows) + pending_empty
                for cell in cells:
                    if (level := indented.get(cell.get("style_id"))) and cell["column"] in values:
                        indents[(first, cell["column"] - 1)] = level
            if max(values) > most_columns:
                raise refuse(
                    "IMPORT_MAX_COLUMNS",
                    _("Sheet “%(sheet)s” has a value beyond column %(max)d."),
                    name,
                    sheet=sheet.title,
                )
            width = max(values)
            budget[0] -= width * (pending_empty + 1)
            if budget[0] < 0:
                raise refuse("IMPORT_MAX_CELLS", _("The workbook has more than %(max)d cells."), name)
            rows.extend([] for _ in range(pending_empty))
            pending_empty = 0
            row = [""] * width
            for column, text in values.items():
                row[column - 1] = text
            rows.append(row)
    return rows


def _visible(values, cells, index, parser, struck, hidden_columns, left_out) -> dict[int, str]:
    """A row's values as printed: none for a hidden row (not one of a collapsed group's) or one whose
    every value is struck through (each noted in `left_out`), no struck cell's and no hidden
    column's."""
    if not values:
        return values
    position = index - 1  # the row's 0-based place: rows are read from row 1, gaps kept
    shown = " | ".join(text for column, text in sorted(values.items()) if column not in hidden_columns)
    dimensions = parser.row_dimensions.get(str(index), {})
    if _hidden(dimensions) and not _in_collapsed_group(dimensions):
        left_out.hidden_rows.append((position, shown))
        return {}
    struck_columns = {cell["column"] for cell in cells if cell.get("style_id") in struck}
    if struck_columns and set(values) <= struck_columns:
        left_out.struck.append((position, shown))
        return {}
    for column in sorted(hidden_columns & set(values)):
        left_out.hidden_columns.setdefault(column - 1, values[column])
    return {
        column: text
        for column, text in values.items()
        if column not in struck_columns and column not in hidden_columns
    }


def _merges(sheet) -> list[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column) of each merged range, from the sheet XML."""
    from openpyxl.utils import column_index_from_string

    merges = []
    carry = b""
    with sheet._get_source() as source:
        while chunk := source.read(1 << 20):
            buffer = carry + chunk
            cut = buffer.rfind(b"<")
            head, carry = (buffer[:cut], buffer[cut:]) if cut > 0 else (buffer, b"")
            for c1, r1, c2, r2 in _MERGE.findall(head):
                merges.append(
                    (
                        int(r1),
                        column_index_from_string(c1.decode()),
                        int(r2),
                        column_index_from_string(c2.decode()),
                    )
                )
        for c1, r1, c2, r2 in _MERGE.findall(carry):
            merges.append(
                (
                    int(r1),
                    column_index_from_string(c1.decode()),
                    int(r2),
                    column_index_from_string(c2.decode()),
                )
            )
    return merges


def _sheet_table(builder: Builder, title: str, rows: list[list[str]], merges, filled=None, indents=None):
    """One sheet → one table (a full grid as wide as its widest row); nothing for an empty sheet.
    `filled`: (row, column) → the fill colour of each shaded cell with no value."""
    if not rows:
        return None
    width = max(len(row) for row in rows)
    height = len(rows)
    grid = padded_grid(rows)
    for (r, c), colour in (filled or {}).items():
        if r < height and c < width and not grid[r][c].text:
            grid[r][c] = Cell("", filled=True, fill=colour)
    for (r, c), level in (indents or {}).items():
        if r < height and c < width and grid[r][c].text:
            grid[r][c] = Cell(grid[r][c].text, indent=level, parts=grid[r][c].parts)
    for r1, c1, r2, c2 in merges:
        if r1 > height or c1 > width:
            continue
        r2, c2 = min(r2, height), min(c2, width)
        text, parts = grid[r1 - 1][c1 - 1].text, grid[r1 - 1][c1 - 1].parts
        row_span, col_span = r2 - r1 + 1, c2 - c1 + 1
        for r in range(r1 - 1, r2):
            for c in range(c1 - 1, c2):
                origin = None if (r, c) == (r1 - 1, c1 - 1) else (r1 - 1, c1 - 1)
                grid[r][c] = Cell(text, row_span, col_span, origin, parts=parts)
    refs = [f"{title}!A{r}" for r in range(1, height + 1)]
    table = builder.table(grid, ref=title, row_refs=refs)
    table.sheet = title or "?"
    return table


# --- .xls (Excel 97–2003) ----------------------------------------------------------------

_WORKBOOK_STREAM = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))


def is_xls(data: bytes) -> bool:
    """An OLE2 file holding a Workbook stream (a Word .doc holds WordDocument instead)."""
    return (
        any(stream in data for stream in _WORKBOOK_STREAM) and "WordDocument".encode("utf-16-le") not in data
    )


def read_xls(data: bytes, name: str) -> Document:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except Exception as exc:  # xlrd raises XLRDError, CompDocError, struct errors for a damaged file
        raise ImportFailed(
            _("The Excel file is damaged or not an .xls (%(error)s).") % {"error": exc}, source=name
        ) from None
    document = Document(name=name, kind="xls")
    builder = Builder(document)
    budget = limit("IMPORT_MAX_CELLS")
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            budget -= sheet.nrows * sheet.ncols
            if budget < 0:
                raise refuse("IMPORT_MAX_CELLS", _("The workbook has more than %(max)d cells."), name)
            if sheet.ncols > limit("IMPORT_MAX_COLUMNS"):
                raise refuse(
                    "IMPORT_MAX_COLUMNS",
                    _("Sheet “%(sheet)s” has a value beyond column %(max)d."),
                    name,
                    sheet=sheet.name,
                )
            rows = [
                [_xls_value(book, sheet.cell(r, c)) for c in range(sheet.ncols)] for r in range(sheet.nrows)
            ]
            while rows and not any(rows[-1]):
                rows.pop()
            merges = [(r1 + 1, c1 + 1, r2, c2) for r1, r2, c1, c2 in sheet.merged_cells]
            _sheet_table(builder, sheet.name, rows, merges, _xls_fills(book, sheet, rows))
            book.unload_sheet(index)
    finally:
        book.release_resources()
    _fix_legacy(document)
    return document


def _xls_value(book, cell) -> str:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            value = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
            if shown := period_shown(_xls_format(book, cell)):
                return value.strftime(shown)
            return cell_text(value)
        except (ValueError, OverflowError):
            return cell_text(cell.value)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(cell.value))
    return cell_text(cell.value)


def _xls_fills(book, sheet, rows: list[list[str]]) -> dict[tuple[int, int], str]:
    """The shaded cells with no value of an .xls sheet's rows that hold a value (as `_sheet_rows`
    finds them in an .xlsx): (row, column) → the solid fill's colour as RGB hex; white is none."""
    found = {}
    for r, row in enumerate(rows):
        if not any(row):
            continue
        for c, text in enumerate(row):
            if text:
                continue
            try:
                background = book.xf_list[sheet.cell_xf_index(r, c)].background
                rgb = book.colour_map.get(background.pattern_colour_index)
            except (AttributeError, IndexError, KeyError, TypeError):
                continue
            if background.fill_pattern == 1 and rgb and tuple(rgb) != (255, 255, 255):
                found[(r, c)] = "FF" + "".join(f"{part:02X}" for part in rgb)
    return found


def _xls_format(book, cell) -> str:
    """The number format of an .xls cell ("" where the book keeps none)."""
    try:
        return book.format_map[book.xf_list[cell.xf_index].format_key].format_str
    except (AttributeError, IndexError, KeyError, TypeError):
        return ""
