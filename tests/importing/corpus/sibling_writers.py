"""Word helpers the main corpus's sibling generators (`siblings_*.py`, run by `make_docs.py`) share:
the title block typed as a two-by-two table, a gridded table under a header row, a weekly calendar
whose day cell is merged over its sessions, a letter whose head and signature are borderless tables of
two cells, a letter under the national header (the held-out
writers' `national_header`) in the offices' usual font, an A4 page with the decree's margins, and
documents converted by LibreOffice into docs/; with `heldout/batch_common.py`'s `closing` and
`page_field`, which they use as they are."""

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import a4, closing, convert_each, document, page_field, paragraphs  # noqa: E402 — heldout/ first

__all__ = [
    "DOCS",
    "a4_document",
    "bold_marked",
    "closing",
    "document",
    "grid_table",
    "heading_table",
    "letter",
    "letter_tables",
    "merged_day_calendar",
    "page_field",
    "write_converted",
]

NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def heading_table(doc, left: str, number: str, date: str) -> None:
    """The title block as a two-by-two table: the issuing body over its number (left; no number,
    the cell left as it is), the national motto over the place and date (right)."""
    heading = doc.add_table(rows=2, cols=2)
    heading.cell(0, 0).text = left
    heading.cell(0, 1).text = NATIONAL
    if number:
        heading.cell(1, 0).text = number
    heading.cell(1, 1).text = date


def grid_table(doc, header: list[str], rows=()):
    """A gridded table: the header row as plain text, then one row per tuple of `rows`; a row given
    as a string is a heading row, written in the second cell merged across the rest of the row (the
    first cell left blank)."""
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for column, label in enumerate(header):
        table.cell(0, column).text = label
    for values in rows:
        cells = table.add_row().cells
        if isinstance(values, str):
            cells[1].merge(cells[-1]).text = values
            continue
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    return table


def bold_marked(doc, lines) -> None:
    """One paragraph per line; a line opening with `**` is one bold run, the mark dropped."""
    for line in lines:
        if line.startswith("**"):
            doc.add_paragraph().add_run(line[2:]).bold = True
        else:
            doc.add_paragraph(line)


def merged_day_calendar(doc, header: list[str], days) -> None:
    """A weekly calendar (`grid_table`) from `days`, each `(day, [entry, …])`: one row per entry
    (its values from the second column on), the day cell merged over the day's rows."""
    table = grid_table(doc, header)
    for day, entries in days:
        first = len(table.rows)
        for entry in entries:
            cells = table.add_row().cells
            for cell, value in zip(cells[1:], entry, strict=True):
                cell.text = value
        last = len(table.rows) - 1
        cell = table.cell(first, 0).merge(table.cell(last, 0)) if last > first else table.cell(first, 0)
        cell.text = day


def letter(h, left: list[str], date: str, lines, write=paragraphs):
    """A Word document in 13 pt Times New Roman under the national header (`left`: the issuing
    body's lines, `date`: the place and date), then `lines` written by `write` (by default one plain
    paragraph each); returned for what follows (a closing table) and to be saved."""
    doc = document()
    h.national_header(doc, left, date)
    write(doc, lines)
    return doc


def a4_document(size: int = 13, top_bottom: float | None = None):
    """`document` in `size` points on A4 with the decree's side margins (30 mm left, 20 mm right);
    `top_bottom`: the top and bottom margins in mm as well."""
    from docx.shared import Mm

    doc = document(size)
    a4(doc)
    section = doc.sections[0]
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    if top_bottom is not None:
        section.top_margin, section.bottom_margin = Mm(top_bottom), Mm(top_bottom)
    return doc


def write_converted(h, conversions) -> None:
    """Each `(writer, name, extension)` written as `name` into a temporary folder, then converted by
    LibreOffice to `extension` into docs/ (`convert_each`)."""
    with tempfile.TemporaryDirectory() as tmp:
        convert_each(h, Path(tmp), conversions, DOCS.joinpath)


def letter_tables(path: Path, header, paragraphs, footer) -> None:
    """A letter (.docx) as many offices type one: the head (issuer | national motto, number | place and
    date, …) and the signature (recipients | signer) in tables of two cells, the text in paragraphs."""
    from docx import Document

    document = Document()
    table = document.add_table(rows=len(header), cols=2)
    for row, cells in zip(table.rows, header, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for text in paragraphs:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=2)
    for cell, text in zip(table.rows[0].cells, footer, strict=True):
        cell.text = text
    document.save(path)
