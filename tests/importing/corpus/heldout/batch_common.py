"""What every held-out batch writer (`batch_h*.py`) shares: `make_docs.py`'s writer helpers loaded as
a module, a Word document in the offices' usual font, table rows filled in, wrapped sheet cells, and
where a document is written (`docs/`, or `../docs` once it moved to the main corpus); and the Word
helpers (a paragraph, a cell, the title block, a gridded table with section rows, the signature
table, landscape pages, a LibreOffice conversion) that the writers from h433 on use instead of
their own copies."""

import importlib.util
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
MOVED = HERE.parent / "docs"  # documents moved to the main corpus (README.md, "Moves")

NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n───────────"

# `marked_paragraphs`' usual marks: a line opening `**` bold, `##` bold and centred, `^^` centred,
# `__` in italics
MARKS = {
    "**": {"bold": True},
    "##": {"bold": True, "center": True},
    "^^": {"center": True},
    "__": {"italic": True},
}


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


# --- Word helpers shared by the batch writers from h433 on -------------------------------------


def para(doc, text, bold=False, italic=False, center=False, size=None, right=False):
    """One Word paragraph of one run, bold/italic/sized, centred or right-aligned."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def cell_text(cell, text, bold=False, center=False, italic=False):
    """A table cell's text, one paragraph per line of `text`."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    cell.text = ""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold, run.italic = bold, italic
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def head_block(doc, left: str, right: str = NATIONAL, left2: str = "", right2: str = ""):
    """The title block as a borderless two-column table (as most offices type it)."""
    t = doc.add_table(rows=2 if (left2 or right2) else 1, cols=2)
    cell_text(t.rows[0].cells[0], left, bold=True, center=True)
    cell_text(t.rows[0].cells[1], right, bold=True, center=True)
    if left2 or right2:
        cell_text(t.rows[1].cells[0], left2, center=True)
        cell_text(t.rows[1].cells[1], right2, italic=True, center=True)
    return t


def grid(doc, header, rows, widths=None, section_merge=True):
    """A gridded table; a row given as ("§", stt, text) is a section row, its text merged across."""
    from docx.shared import Cm

    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header, strict=False):
        cell_text(c, h, bold=True, center=True)
    for row in rows:
        cells = t.add_row().cells
        if row and row[0] == "§":
            cell_text(cells[0], row[1], bold=True, center=True)
            if section_merge:
                merged = cells[1].merge(cells[-1])
                cell_text(merged, row[2], bold=True)
            else:
                cell_text(cells[1], row[2], bold=True)
            continue
        for c, v in zip(cells, row, strict=False):
            cell_text(c, v)
    if widths:
        for r in t.rows:
            for c, w in zip(r.cells, widths, strict=False):
                c.width = Cm(w)
    return t


def sign_table(doc, left: str, right: str):
    """Nơi nhận and the signature side by side in a borderless table."""
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.rows[0].cells[0], left)
    cell_text(t.rows[0].cells[1], right, bold=True, center=True)
    return t


def soffice(src: Path, ext: str, dest: Path) -> None:
    """`src` converted by LibreOffice to `ext` and copied to `dest`."""
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", ext, "--outdir", out, str(src)],
            check=True,
            capture_output=True,
        )
        produced = Path(out) / f"{src.stem}.{ext}"
        shutil.copy(produced, dest)


def landscape(doc):
    """The first section on landscape A4 with 15 mm side margins."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.left_margin = s.right_margin = Mm(15)


def closing(document, left: list[str], right: list[str]) -> None:
    """`Nơi nhận` at the left and the signer at the right, side by side (a borderless table)."""
    rows = max(len(left), len(right))
    table = document.add_table(rows=rows, cols=2)
    for index in range(rows):
        table.cell(index, 0).text = left[index] if index < len(left) else ""
        table.cell(index, 1).text = right[index] if index < len(right) else ""


def signature_box(h, document, lines: list[str], width: float = 2.8, cleared: bool = True) -> None:
    """The box an electronic signature stamps on a page (`Ký bởi: …`, `Thời gian ký: …`): a small
    bordered one-cell table `width` cm wide at the right margin; `cleared`: the cell's text set
    empty first (its first paragraph then starts with an empty run)."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Pt

    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.RIGHT
    h.set_widths(table, [width])
    cell = table.cell(0, 0)
    if cleared:
        cell.text = ""
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.add_run(line).font.size = Pt(8)


def print_split(sheet, start: int, end: int, widths: list[float], last_row: int) -> None:
    """A sheet printed on A4 portrait as it stands (no fit-to-width), its columns split over pages:
    the column widths, the row heights Excel's AutoFit gives wrapped cells (about 1.1 characters per
    width unit) for rows `start`–`end`, the header row and column A repeated on every page."""
    letters = "ABCDEFGHIJ"[: len(widths)]
    for letter, width in zip(letters, widths, strict=True):
        sheet.column_dimensions[letter].width = width
    for row in range(start, end + 1):
        lines = max(
            -(-len(str(sheet.cell(row, column).value or "")) // int(width * 1.1))
            for column, width in enumerate(widths, start=1)
        )
        sheet.row_dimensions[row].height = 16 * max(lines, 1) + 2
    sheet.print_title_rows = f"{start}:{start}"
    sheet.print_title_cols = "A:A"
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.pageOrder = "downThenOver"
    sheet.sheet_properties.pageSetUpPr.fitToPage = False
    sheet.print_area = f"A1:{letters[-1]}{last_row}"


def marked_paragraphs(doc, lines, marks: dict[str, dict], strip: bool = False) -> None:
    """One paragraph per line; a line opening with a key of `marks` (`"**"`, `"__"`, `"#"`) is
    written without it, with that key's `para` options (`{"bold": True}`); `strip` trims what follows."""
    for line in lines:
        for mark, options in marks.items():
            if line.startswith(mark):
                rest = line[len(mark) :]
                para(doc, rest.strip() if strip else rest, **options)
                break
        else:
            para(doc, line)


def grouped_sheet(sheet, rows, widths: list[float], note: str, signer: tuple[str, str], sign_column: int):
    """A sheet's table body and close, below its header row: each row appended, a two-cell row
    (number, group name) merged across the table as a group row; the cells wrapped from the row
    after the header; then, one row left empty, `note` merged across the table, the signer's title
    (`signer`: title, name) two rows under it and the name three rows further, in `sign_column`; the
    column widths (`widths`, from A)."""
    columns = len(widths)
    first = sheet.max_row + 1
    for row in rows:
        sheet.append(row)
        if len(row) == 2:
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=columns
            )
    wrap(sheet, first)
    last = sheet.max_row
    sheet.cell(last + 2, 1).value = note
    sheet.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=columns)
    sheet.cell(last + 4, sign_column).value = signer[0]
    sheet.cell(last + 7, sign_column).value = signer[1]
    column_widths(sheet, widths)


def write_batch(written, converted, out) -> None:
    """A batch's documents: each `(writer, name)` of `written` written where `out` puts it; each
    `(writer, name, extension)` of `converted` written into a temporary folder and converted by
    LibreOffice (`convert_each`)."""
    h = writers()
    for write, name in written:
        write(h, out(name))
    with tempfile.TemporaryDirectory() as tmp:
        convert_each(h, Path(tmp), converted, out)


def page_field(paragraph) -> None:
    """A PAGE field (the page's number, `1` as last shown) at the paragraph's end, as Word's `Trang 1`
    header or footer has."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def calendar_page(left: str, date: str, title: str, week: str):
    """A weekly calendar's opening: a 12-point landscape document, the title block with no number
    (`left`; the place and `date` at the right), the calendar's title in bold and its week in
    italics, centred."""
    doc = document(12)
    landscape(doc)
    head_block(doc, left, NATIONAL, "", date)
    para(doc, title, bold=True, center=True)
    para(doc, week, italic=True, center=True)
    return doc


def bold_group_rows(sheet, rows, columns: int, date_column: int) -> None:
    """Each row appended to the sheet; a row of a text number and a group name (two cells) merged
    across the `columns` and bold; a date in `date_column` shown as dd/mm/yyyy."""
    import datetime

    from openpyxl.styles import Font

    for row in rows:
        sheet.append(row)
        at = sheet.max_row
        if isinstance(row[0], str) and len(row) == 2:
            sheet.merge_cells(start_row=at, start_column=2, end_row=at, end_column=columns)
            sheet.cell(at, 1).font = sheet.cell(at, 2).font = Font(bold=True)
        if isinstance(sheet.cell(at, date_column).value, datetime.datetime):
            sheet.cell(at, date_column).number_format = "dd/mm/yyyy"


def column_widths(sheet, widths: list[float]) -> None:
    """The sheet's column widths, from column A on."""
    for letter, width in zip("ABCDEFGHIJ"[: len(widths)], widths, strict=True):
        sheet.column_dimensions[letter].width = width


def notes_and_signer(sheet, notes: list[str], signer: list[str], column: int = 5) -> None:
    """Under a sheet's table: an empty row, each of `notes` in column B, an empty row, then the
    signer's lines (`signer`: the title lines, then the name) one a row in `column`."""
    sheet.append([])
    for note in notes:
        sheet.append(["", note])
    sheet.append([])
    for line in signer:
        sheet.append([""] * (column - 1) + [line])


def title_rows(sheet, lines: list[str], columns: int, bold: tuple[int, ...]) -> None:
    """The sheet's title lines from A1 down, each merged across the `columns` and centred; the rows
    numbered in `bold` in bold, the last (the decision the sheet goes with) in italics."""
    from openpyxl.styles import Alignment, Font

    for row, line in enumerate(lines, start=1):
        sheet.cell(row, 1).value = line
    for row in range(1, len(lines) + 1):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
        sheet.cell(row, 1).alignment = Alignment(horizontal="center")
        sheet.cell(row, 1).font = Font(bold=row in bold, italic=row == len(lines))
