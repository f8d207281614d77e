"""The streaming .xlsx writer: what openpyxl reads back from it (values, types, styles, links, layout)."""

import io
import zipfile
from datetime import date, datetime

from openpyxl import load_workbook

from engine.exports import xlsx_stream
from engine.exports.xlsx_stream import Cell, Workbook, data_cell


def _book(write) -> tuple:
    out = io.BytesIO()
    workbook = Workbook(out)
    write(workbook)
    workbook.close()
    return load_workbook(io.BytesIO(out.getvalue())), out.getvalue()


def test_values_types_and_styles_read_back():
    def write(book):
        sheet = book.sheet("Sổ <A & B>", widths=[10, 40], freeze_row=3)
        sheet.append([Cell("Tiêu đề", "title")])
        sheet.append([])
        sheet.append([Cell("Số hiệu", "header"), Cell("Nội dung", "header")])
        moment = datetime(2026, 3, 6, 14, 30)
        sheet.append(["1.2", "a & b <c>\nd", date(2026, 3, 6), moment, 7, 2.5, None, ""])
        sheet.auto_filter = "A3:H4"

    book, _data = _book(write)
    sheet = book["Sổ <A & B>"]
    assert sheet.freeze_panes == "A4" and sheet.auto_filter.ref == "A3:H4"
    assert sheet.column_dimensions["B"].width == 40
    assert sheet["A1"].value == "Tiêu đề" and sheet["A1"].font.b and sheet["A1"].font.sz == 13
    assert sheet["A3"].font.b and sheet["A3"].fill.fgColor.rgb == "FFDDE7F3"
    assert [c.value for c in sheet[4]][:6] == [
        "1.2",
        "a & b <c>\nd",
        datetime(2026, 3, 6),
        datetime(2026, 3, 6, 14, 30),
        7,
        2.5,
    ]
    assert sheet["A4"].data_type == "s"  # text that looks like a number stays text
    assert (sheet["C4"].number_format, sheet["D4"].number_format) == ("dd/mm/yyyy", "dd/mm/yyyy hh:mm")
    assert sheet["G4"].value is None and sheet["H4"].value is None


def test_text_is_never_a_formula_and_control_characters_are_escaped():
    payloads = ['=HYPERLINK("http://evil.example","x")', "+1", "-1", "@SUM(A1)", "\tx", "=1+1"]

    def write(book):
        sheet = book.sheet("S")
        sheet.append([data_cell(p) for p in payloads] + ["a\x01b\x1fc"])

    book, _data = _book(write)
    cells = list(book.active[1])
    assert [c.value for c in cells[:6]] == payloads
    assert {c.data_type for c in cells} == {"s"}
    assert cells[0].alignment.wrap_text  # formula-like text is a styled text cell
    assert cells[6].value == "a_x0001_b_x001F_c"


def test_links_sheets_and_the_package():
    def write(book):
        first = book.sheet("One")
        for n in range(1, 1201):
            first.append([n, Cell("Mở", "link", f"https://x/w/{n}?a=1&b='2'")])
        second = book.sheet("Two")  # finishes the first sheet
        second.append(["no links here"])

    book, data = _book(write)
    assert book.sheetnames == ["One", "Two"]
    one = book["One"]
    assert one.max_row == 1200
    assert one["B1200"].hyperlink.target == "https://x/w/1200?a=1&b='2'"
    assert one["B7"].font.u == "single" and one["B7"].font.color.rgb == "FF175CD3"
    assert book["Two"]["A1"].value == "no links here"
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "xl/worksheets/_rels/sheet1.xml.rels" in names
    assert "xl/worksheets/_rels/sheet2.xml.rels" not in names
    assert "xl/sharedStrings.xml" not in names  # inline strings: no table kept until the end


def test_rows_reach_the_file_in_batches(monkeypatch):
    monkeypatch.setattr(xlsx_stream, "FLUSH_ROWS", 10)
    out = io.BytesIO()
    workbook = Workbook(out)
    sheet = workbook.sheet("S")
    for n in range(25):
        sheet.append([n, Cell("x", "link", f"https://x/{n}")])
    assert len(sheet._rows) == 5  # two batches of ten already written, five waiting
    workbook.close()
    assert load_workbook(io.BytesIO(out.getvalue())).active.max_row == 25
