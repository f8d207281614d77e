"""What every held-out batch writer (`batch_h*.py`) shares: `make_docs.py`'s writer helpers loaded as
a module, a Word document in the offices' usual font, table rows filled in, wrapped sheet cells, and
where a document is written (`docs/`, or `../docs` once it moved to the main corpus)."""

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
MOVED = HERE.parent / "docs"  # documents moved to the main corpus (README.md, "Moves")


def writers():
    """`make_docs.py` as a module (a script, not a package member): its writer helpers."""
    spec = importlib.util.spec_from_file_location("heldout_make_docs", HERE / "make_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def document(size: int = 13):
    """An empty Word document in Times New Roman of `size` points."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(size)
    return doc


def fill_rows(h, table, rows) -> None:
    for row in rows:
        h.fill_row(table, row)


def wrap(sheet, first_row: int, vertical: str = "center") -> None:
    """Wraps the text of every cell from `first_row` down."""
    from openpyxl.styles import Alignment

    for row in sheet.iter_rows(min_row=first_row):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical=vertical)


def out_path(name: str, moved: set[str]) -> Path:
    """Where a batch writes `name`: ../docs once its stem is in `moved`, else docs/."""
    return (MOVED if Path(name).stem in moved else DOCS) / name


def convert_each(h, tmp: Path, conversions, out) -> None:
    """Each `(writer, name, extension)`: written as `name` into `tmp`, then converted by LibreOffice
    to `extension` where `out` puts it (`out_path`: a moved document into ../docs)."""
    for write, name, extension in conversions:
        write(h, tmp / name)
        h.soffice_convert(tmp / name, extension, out(f"{Path(name).stem}.{extension}"))


def bold_header(sheet, row: int) -> None:
    """A sheet's header row in bold, centred and wrapped."""
    from openpyxl.styles import Alignment, Font

    for cell in sheet[row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def paragraphs(document, lines: list[str]) -> None:
    """One Word paragraph per line."""
    for line in lines:
        document.add_paragraph(line)


def a4(document) -> None:
    """The document's first section on A4 paper."""
    from docx.shared import Mm

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)


def table(document, header: list[str], rows: list[list[str]], h=None):
    """A gridded Word table: the header row as plain text, then the rows (`fill_rows`)."""
    grid = document.add_table(rows=1, cols=len(header))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, header, strict=True):
        cell.text = text
    fill_rows(h, grid, rows)
    return grid
