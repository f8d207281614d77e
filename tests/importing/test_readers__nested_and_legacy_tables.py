"""Tables the readers used to lose: a Word table nested in a cell of a layout table, and a legacy .doc
table that LibreOffice's conversion ran together into one paragraph (restored from the file's own
cell marks, doc_tables.py); a spreadsheet published to the web, read without the sheet's frame."""

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from engine.importing.blocks import Paragraph, Table
from engine.importing.build import import_document
from engine.importing.doc_tables import restore_tables, word97_tables
from engine.importing.readers import Builder, Document, read_document

CORPUS = Path(__file__).resolve().parent / "corpus" / "docs"
HAS_SOFFICE = bool(shutil.which("soffice"))


def _nested_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH CÔNG TÁC THÁNG 5 NĂM 2026")
    outer = document.add_table(rows=3, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text = "Lĩnh vực", "Công việc"
    for row, (field, tasks) in enumerate(
        (
            ("Văn thư", [("Số hóa hồ sơ lưu trữ năm 2020", "Bộ phận Văn thư", "Trước 20/5/2026")]),
            ("Tài chính", [("Lập báo cáo quyết toán quý I", "Bộ phận Kế toán", "15/5/2026")]),
        ),
        start=1,
    ):
        outer.cell(row, 0).text = field
        inner = outer.cell(row, 1).add_table(rows=1, cols=3)
        for cell, label in zip(
            inner.rows[0].cells, ("Nội dung", "Bộ phận thực hiện", "Thời gian"), strict=True
        ):
            cell.text = label
        for values in tasks:
            for cell, value in zip(inner.add_row().cells, values, strict=True):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_table_nested_in_a_cell_is_a_table_block_after_its_rows_other_cells():
    document = read_document(_nested_docx(), "nested.docx")
    shapes = [
        ("table", block.texts(0)) if isinstance(block, Table) else ("p", block.text)
        for block in document.blocks
    ]
    assert shapes == [
        ("p", "KẾ HOẠCH CÔNG TÁC THÁNG 5 NĂM 2026"),
        ("table", ["Lĩnh vực", "Công việc"]),
        ("p", "Văn thư"),
        ("table", ["Nội dung", "Bộ phận thực hiện", "Thời gian"]),
        ("p", "Tài chính"),
        ("table", ["Nội dung", "Bộ phận thực hiện", "Thời gian"]),
    ]
    assert document.blocks[3].texts(1) == [
        "Số hóa hồ sơ lưu trữ năm 2020",
        "Bộ phận Văn thư",
        "Trước 20/5/2026",
    ]


def test_the_tasks_of_nested_tables_are_imported():
    result = import_document(_nested_docx(), "nested.docx", units=[], year=2026)
    got = [(item.content, item.lead_text, str(item.due_date)) for item in result.items]
    assert got == [
        ("Số hóa hồ sơ lưu trữ năm 2020", "Bộ phận Văn thư", "2026-05-20"),
        ("Lập báo cáo quyết toán quý I", "Bộ phận Kế toán", "2026-05-15"),
    ]


NESTED_HTML = """<html><body><p>KẾ HOẠCH THÁNG 5/2026</p>
<table><tr><th>Lĩnh vực</th><th>Công việc</th></tr>
<tr><td>Văn thư</td><td><table><tr><td>Nội dung</td><td>Bộ phận thực hiện</td><td>Thời gian</td></tr>
<tr><td>Số hóa hồ sơ lưu trữ</td><td>Bộ phận Văn thư</td><td>Trước 20/5/2026</td></tr></table></td></tr>
<tr><td>Ghi chú</td><td>Hết</td></tr></table><p>Cuối</p></body></html>"""


def test_an_html_table_nested_in_a_cell_is_a_table_block_too():
    document = read_document(NESTED_HTML.encode(), "nested.html")
    shapes = [
        ("table", [block.texts(r) for r in range(len(block.rows))])
        if isinstance(block, Table)
        else block.text
        for block in document.blocks
    ]
    assert shapes == [
        "KẾ HOẠCH THÁNG 5/2026",
        ("table", [["Lĩnh vực", "Công việc"]]),
        "Văn thư",
        (
            "table",
            [
                ["Nội dung", "Bộ phận thực hiện", "Thời gian"],
                ["Số hóa hồ sơ lưu trữ", "Bộ phận Văn thư", "Trước 20/5/2026"],
            ],
        ),
        ("table", [["Ghi chú", "Hết"]]),
        "Cuối",
    ]


def test_the_cell_and_row_marks_of_a_legacy_doc_give_its_tables():
    tables = word97_tables((CORPUS / "e03_qd_phu_luc_kinh_te_tap_the.doc").read_bytes())
    assert [len(rows) for rows in tables] == [3, 10]
    appendix = tables[1]
    assert appendix[0][:3] == ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì"]
    assert appendix[1] == ["I", "CƠ CHẾ, CHÍNH SÁCH"]  # a group row: its title merged over the row
    assert appendix[2][2:5] == ["Sở Nông nghiệp và Môi trường", "Sở Tài chính; Sở Tư pháp", "Tháng 6/2027"]
    assert word97_tables(b"not an OLE file") == []


def test_a_table_run_together_into_a_paragraph_is_restored_in_its_place():
    data = (CORPUS / "e03_qd_phu_luc_kinh_te_tap_the.doc").read_bytes()
    lost = word97_tables(data)[1]
    converted = Document(name="x.doc", kind="doc")
    builder = Builder(converted)
    builder.paragraph("Phụ lục")
    builder.paragraph("".join(cell for row in lost for cell in row))  # as LibreOffice left it
    builder.paragraph("Ghi chú")
    restored = restore_tables(converted, data)
    assert [type(block).__name__ for block in restored.blocks] == ["Paragraph", "Table", "Paragraph"]
    table = restored.blocks[1]
    assert table.width == 6 and len(table.rows) == 10
    assert table.rows[1][5].text == "CƠ CHẾ, CHÍNH SÁCH" and table.rows[1][5].is_merged_copy
    assert isinstance(restored.blocks[2], Paragraph) and restored.blocks[2].line > table.row_lines[-1]
    # Nothing run together: the document is kept as it was.
    kept = Document(name="y.doc", kind="doc")
    Builder(kept).paragraph("Phụ lục")
    assert restore_tables(kept, data) is kept


@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice is not installed")
def test_a_doc_written_by_libreoffice_keeps_its_task_table(tmp_path):
    source = tmp_path / "plan.docx"
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH NĂM 2026")
    table = document.add_table(rows=3, cols=4)
    for row, values in enumerate(
        (
            ("TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"),
            ("1", "Rà soát quy chế chi tiêu nội bộ", "Phòng Kế hoạch - Tài chính", "Quý II/2026"),
            ("2", "Tổ chức hội nghị cán bộ, công chức", "Văn phòng Sở", "Tháng 01/2026"),
        )
    ):
        for col, value in enumerate(values):
            table.cell(row, col).text = value
    document.save(source)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/p", "--headless", "--convert-to", "doc",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    result = import_document((tmp_path / "plan.doc").read_bytes(), "plan.doc", units=[], year=2026)
    assert [(item.content, item.lead_text) for item in result.items] == [
        ("Rà soát quy chế chi tiêu nội bộ", "Phòng Kế hoạch - Tài chính"),
        ("Tổ chức hội nghị cán bộ, công chức", "Văn phòng Sở"),
    ]


def _sheet_row(number: int, cells: list[str]) -> str:
    tds = "".join(f'<td class="s1">{cell}</td>' if cell else "<td></td>" for cell in cells)
    return f'<tr><th class="row-headers-background"><div>{number}</div></th>{tds}</tr>'


PUBLISHED_SHEET = (
    '<html><body><table class="waffle"><thead><tr><th class="row-header"></th>'
    + "".join(f"<th>{letter}</th>" for letter in "ABCD")
    + "</tr></thead><tbody>"
    + '<tr><th>1</th><td colspan="4">KẾ HOẠCH THÁNG 9/2026 CỦA CHI CỤC THỐNG KÊ</td></tr>'
    + _sheet_row(2, ["STT", "Công việc", "Đơn vị thực hiện", "Hạn"])
    + '<tr><th class="freezebar-cell"></th>'
    + "<td></td>" * 4
    + "</tr>"
    + _sheet_row(3, ["1", "Điều tra lao động việc làm quý III", "Tổ Thống kê xã hội", "25/9/2026"])
    + _sheet_row(4, ["", "", "", ""])
    + _sheet_row(5, ["2", "Cập nhật giá tiêu dùng tháng 9", "Tổ Thống kê giá", "28/9/2026"])
    + "</tbody></table></body></html>"
)


def test_a_published_sheet_is_read_without_its_letters_row_numbers_and_empty_rows():
    document = read_document(PUBLISHED_SHEET.encode(), "sheet.html")
    (table,) = [block for block in document.blocks if isinstance(block, Table)]
    assert [table.texts(r) for r in range(len(table.rows))] == [
        ["KẾ HOẠCH THÁNG 9/2026 CỦA CHI CỤC THỐNG KÊ"] * 4,
        ["STT", "Công việc", "Đơn vị thực hiện", "Hạn"],
        ["1", "Điều tra lao động việc làm quý III", "Tổ Thống kê xã hội", "25/9/2026"],
        ["2", "Cập nhật giá tiêu dùng tháng 9", "Tổ Thống kê giá", "28/9/2026"],
    ]
    result = import_document(PUBLISHED_SHEET.encode(), "sheet.html", units=[], year=2026)
    got = [(item.content, item.lead_text, str(item.due_date)) for item in result.items]
    assert got == [
        ("Điều tra lao động việc làm quý III", "Tổ Thống kê xã hội", "2026-09-25"),
        ("Cập nhật giá tiêu dùng tháng 9", "Tổ Thống kê giá", "2026-09-28"),
    ]


def test_a_table_without_a_letters_row_keeps_its_number_column():
    html = (
        "<table><tr><th></th><th>Công việc</th><th>Đơn vị</th><th>Hạn</th></tr>"
        "<tr><td>1</td><td>Rà soát hồ sơ</td><td>Tổ Văn thư</td><td>10/9/2026</td></tr></table>"
    )
    (table,) = [block for block in read_document(html.encode(), "t.html").blocks if isinstance(block, Table)]
    assert table.texts(1) == ["1", "Rà soát hồ sơ", "Tổ Văn thư", "10/9/2026"]
