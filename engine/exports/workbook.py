"""Small helpers shared by the .xlsx and .csv exports: styles, headers, links, bytes, formula safety.

Every text the product writes to a spreadsheet is a string cell, never a formula: the streaming
writer (`xlsx_stream`) writes inline strings only, openpyxl's write-only sheets (the audit trail)
go through `write_only_cell`/`formula_safe`, and .csv through `csv_safe`.
"""

import tempfile
from datetime import datetime

from django.utils import timezone
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

INVALID_TITLE = set("[]:*?/\\")
# OWASP's CSV-injection rule: a cell starting with one of these may be read as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def csv_safe(value):
    """A .csv cell that a spreadsheet opens as text: a leading quote before a formula trigger."""
    return f"'{value}" if is_formula_like(value) else value


def csv_safe_row(values) -> list:
    return [csv_safe(value) for value in values]


def formula_safe(cell, value) -> None:
    """Set an .xlsx cell's value; text that looks like a formula is stored as a string cell."""
    cell.value = value
    if is_formula_like(value):
        # openpyxl types any text starting with "=" as a formula; a string cell is shown as
        # typed and never evaluated (no visible quote, unlike the .csv rule).
        cell.data_type = "s"


def write_only_cell(sheet, value):
    """A cell for a write-only sheet, typed as text when the text looks like a formula."""
    cell = WriteOnlyCell(sheet, value=value)
    if is_formula_like(value):
        cell.data_type = "s"
    return cell


def write_only_layout(sheet, widths: list[int], row: int = 1) -> None:
    """Column widths and the frozen header of a write-only sheet, whose header is the `row`-th
    row appended (set before the first row is written)."""
    for col, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = f"A{row + 1}"


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet title (≤ 31 characters, none of []:*?/\\)."""
    base = "".join("-" if c in INVALID_TITLE else c for c in name).strip() or "Sheet"
    base = base[:31]
    title, n = base, 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(title.lower())
    return title


def excel_value(v):
    """A value openpyxl writes as a real date/number; aware datetimes in local time, naive."""
    if isinstance(v, datetime) and timezone.is_aware(v):
        return timezone.localtime(v).replace(tzinfo=None)
    return v


def spooled_file():
    """A file for a workbook: in memory up to 8 MB, then on disk (the caller closes it)."""
    return tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024, mode="w+b")
