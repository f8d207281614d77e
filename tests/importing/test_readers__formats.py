"""Every reader yields blocks: paragraphs, and tables whose merged cells carry spans and values.

Files are built here (python-docx, openpyxl, LibreOffice for .doc/.xls/.odt, pypdfium2 and
Pillow for a scan); LibreOffice and Tesseract tests are skipped where they are not installed.
"""

import io
import json
import shutil

import docx
import openpyxl
import pytest
from django.utils import translation

from engine.importing.blocks import Paragraph, Table
from engine.importing.errors import ImportFailed
from engine.importing.readers import read_document

HAS_SOFFICE = bool(shutil.which("soffice"))
HAS_TESSERACT = bool(shutil.which("tesseract"))


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def _tables(document) -> list[Table]:
    return [block for block in document.blocks if isinstance(block, Table)]


def _paragraphs(document) -> list[str]:
    return [block.text for block in document.blocks if isinstance(block, Paragraph)]


def _docx_bytes() -> bytes:
    word = docx.Document()
    word.add_heading("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026", level=1)
    word.add_paragraph("Rà soát văn bản", style="List Number")
    table = word.add_table(rows=4, cols=3)
    for c, text in enumerate(("TT", "Nội dung", "Chủ trì")):
        table.cell(0, c).text = text
    table.cell(1, 0).text, table.cell(1, 1).text, table.cell(1, 2).text = "1", "Họp giao ban", "Văn phòng"
    table.cell(2, 0).text, table.cell(2, 1).text = "2", "Báo cáo quý"
    table.cell(3, 0).text, table.cell(3, 1).text = "3", "Tổng kết năm"
    table.cell(1, 2).merge(table.cell(3, 2))  # the lead merged down over three rows
    wide = word.add_table(rows=2, cols=3)
    wide.cell(0, 0).merge(wide.cell(0, 2)).text = "I. CÔNG TÁC CHUNG"
    wide.cell(1, 0).text = "a"
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _xlsx_bytes() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "KH"
    sheet.append(["TT", "Nội dung", "Chủ trì"])
    sheet.append([1, "Họp giao ban", "Văn phòng"])
    sheet.append([2, "Báo cáo quý", None])
    sheet.merge_cells("C2:C3")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_docx_blocks_have_styles_and_merged_spans():
    document = read_document(_docx_bytes(), "kh.docx")
    heading, item = (block for block in document.blocks if isinstance(block, Paragraph))
    assert (heading.text, heading.style, heading.level) == ("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026", "heading", 1)
    assert (item.style, item.level) == ("list", 0)
    first, second = _tables(document)
    assert [row[2].text for row in first.rows] == ["Chủ trì", "Văn phòng", "Văn phòng", "Văn phòng"]
    assert first.rows[1][2].row_span == 3 and first.rows[3][2].merged_from == (1, 2)
    assert second.rows[0][2].text == "I. CÔNG TÁC CHUNG" and second.rows[0][2].merged_from == (0, 0)
    # The flat lines keep a merged copy blank, as the seed layouts expect.
    assert document.lines[first.row_lines[2] - 1].cells == ("2", "Báo cáo quý", "")
    assert first.row_refs[1] == "table 1, row 2"


def test_xlsx_sheet_is_a_table_with_its_merged_range():
    document = read_document(_xlsx_bytes(), "kh.xlsx")
    (table,) = _tables(document)
    assert table.ref == "KH" and table.row_refs[2] == "KH!A3"
    assert table.texts(2) == ["2", "Báo cáo quý", "Văn phòng"] and table.rows[2][2].merged_from == (1, 2)


def test_a_date_cell_shown_without_its_day_reads_as_the_period_it_shows():
    from datetime import date

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["TT", "Việc", "Hạn"])
    for number, (day, number_format) in enumerate(
        [
            (date(2029, 5, 1), "mm/yyyy"),  # typed `05/2029`: Excel keeps the 1st, prints the month
            (date(2029, 10, 1), '"Tháng "m/yyyy'),
            (date(2029, 1, 1), "yyyy"),
            (date(2029, 7, 14), "dd/mm/yyyy"),  # a day shown is a day
            (date(2029, 2, 1), "mmm-yy"),
        ],
        start=1,
    ):
        sheet.append([number, f"Việc {number}", day])
        sheet.cell(row=sheet.max_row, column=3).number_format = number_format
    buffer = io.BytesIO()
    workbook.save(buffer)
    (table,) = _tables(read_document(buffer.getvalue(), "han.xlsx"))
    shown = [table.texts(row)[2] for row in range(1, 6)]
    assert shown == ["05/2029", "10/2029", "2029", "14/07/2029", "02/2029"]


def test_an_xls_date_cell_shown_without_its_day_reads_as_its_month():
    from types import SimpleNamespace

    import xlrd

    from engine.importing.read_xlsx import _xls_value

    book = SimpleNamespace(
        datemode=0,
        xf_list=[SimpleNamespace(format_key=170), SimpleNamespace(format_key=171)],
        format_map={170: SimpleNamespace(format_str="mm/yyyy"), 171: SimpleNamespace(format_str="d/m/yyyy")},
    )
    serial = xlrd.xldate.xldate_from_date_tuple((2029, 11, 1), 0)
    month = SimpleNamespace(ctype=xlrd.XL_CELL_DATE, value=serial, xf_index=0)
    day = SimpleNamespace(ctype=xlrd.XL_CELL_DATE, value=serial, xf_index=1)
    assert (_xls_value(book, month), _xls_value(book, day)) == ("11/2029", "01/11/2029")


@pytest.mark.parametrize(
    ("number_format", "shown"),
    [
        ("mm/yyyy", "%m/%Y"),
        ("[$-42A]mmmm yyyy;@", "%m/%Y"),
        ('"Quý" yyyy', "%Y"),
        ("dd/mm/yyyy", ""),
        ("m/d/yyyy h:mm", ""),
        ("h:mm", ""),
    ],
)
def test_the_period_a_date_format_shows(number_format, shown):
    from engine.importing.read_xlsx import period_shown

    assert period_shown(number_format) == shown


def test_a_spreadsheet_cells_lines_are_its_parts_and_its_text_one_line():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Thứ Hai", "Thứ Ba"])
    sheet.append(["12/6\n- 8h00: Họp tổ\n\n- Chiều: Trực", "13/6"])
    sheet.append(["Nội dung\nkéo dài", None])
    sheet.merge_cells("A3:B3")
    buffer = io.BytesIO()
    workbook.save(buffer)
    (table,) = _tables(read_document(buffer.getvalue(), "lich.xlsx"))
    lined, single = table.rows[1]
    assert lined.text == "12/6 - 8h00: Họp tổ  - Chiều: Trực"  # as before: each line break a space
    assert lined.parts == ("12/6", "- 8h00: Họp tổ", "- Chiều: Trực") and single.parts == ()
    assert table.rows[2][1].merged_from == (2, 0) and table.rows[2][1].parts == ("Nội dung", "kéo dài")


HTML = """<!doctype html><html><head><title>Lịch</title><style>td{color:red}</style></head><body>
<h2>CH&#431;&#416;NG TR&Igrave;NH C&Ocirc;NG T&Aacute;C TH&Aacute;NG 3/2026</h2>
<p>Ph&acirc;n c&ocirc;ng&nbsp;nhi&#7879;m v&#7909;<br>theo tu&#7847;n</p>
<table><tr><th>Ngày</th><th colspan="2">Nội dung</th></tr>
<tr><td rowspan="2">Thứ 2 (02/3/2026)</td><td>Sáng</td><td>Họp giao&nbsp;ban<br>toàn Sở</td></tr>
<tr><td>Chiều</td><td>Làm việc với &amp; Sở Tài chính</td></tr></table>
<ul><li>Ghi chú: đổi lịch</li></ul></body></html>"""


def test_html_tables_with_rowspan_colspan_and_entities():
    document = read_document(HTML.encode(), "lich.html")
    assert document.kind == "html"
    texts = _paragraphs(document)
    assert "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3/2026" in texts
    assert (
        "Phân công nhiệm vụ\ntheo tuần" in texts and "- Ghi chú: đổi lịch" in texts
    )  # a <ul> item keeps its mark
    (table,) = _tables(document)
    assert table.texts(0) == ["Ngày", "Nội dung", "Nội dung"] and table.rows[0][2].merged_from == (0, 1)
    assert table.texts(1) == ["Thứ 2 (02/3/2026)", "Sáng", "Họp giao ban toàn Sở"]
    assert table.texts(2) == ["Thứ 2 (02/3/2026)", "Chiều", "Làm việc với & Sở Tài chính"]
    assert table.rows[2][0].merged_from == (1, 0)


PORTAL = """<!doctype html><html><body><div class="news"><h2>Ý kiến chỉ đạo của Giám đốc Sở</h2>
<div class="body">Chiều 3/9, Giám đốc Sở chủ trì họp.<br><br/>
<b>1. Công tác tuyển sinh</b><br>- Giao Phòng Giáo dục trung học rà soát chỉ tiêu.<br>
- Trường THPT Lê Lợi báo cáo trước ngày 20/9.<br></div>
<table><tr><td>Ô có<br>hai dòng</td></tr></table>
<h4>Các tin khác</h4><ul><li><a href="/a">Giao Sở Xây dựng hoàn thành trước 30/9</a></li></ul>
<p>Ban biên tập</p></div></body></html>"""


def test_html_br_ends_a_paragraph_outside_tables_and_related_links_are_dropped():
    document = read_document(PORTAL.encode(), "tin.html")
    assert _paragraphs(document) == [
        "Ý kiến chỉ đạo của Giám đốc Sở",
        "Chiều 3/9, Giám đốc Sở chủ trì họp.",
        "1. Công tác tuyển sinh",
        "- Giao Phòng Giáo dục trung học rà soát chỉ tiêu.",
        "- Trường THPT Lê Lợi báo cáo trước ngày 20/9.",
        "Ban biên tập",
    ]
    (table,) = _tables(document)
    assert table.texts(0) == ["Ô có hai dòng"]  # inside a cell <br> stays a space


DETAILS = """<html><body><h2>Kế hoạch tháng 5/2026</h2>
<details open><summary>1. Tổng vệ sinh khu dân cư</summary>
<ul><li><b>Phụ trách:</b> Chi đoàn thanh niên</li><li><b>Thời gian:</b> 10/5/2026</li></ul></details>
<details><summary>2. Rà soát hộ nghèo</summary><p>Chủ trì: Ban công tác Mặt trận</p></details>
<details><summary>Tài liệu đính kèm (1)</summary>
<ul><li><a href="/a.pdf">a.pdf</a> (02/5/2026)</li></ul></details>
<details><summary>Bình luận (1)</summary><p>Người dân (03/5/2026): Xin hỏi lịch cụ thể?</p></details>
<p>Cảm ơn bạn đọc.</p>
<h3>Kế hoạch tháng 6/2026</h3>
</body></html>"""


def test_html_details_summary_is_a_heading_and_attachments_and_comments_are_dropped():
    document = read_document(DETAILS.encode(), "kh.html")
    assert _paragraphs(document) == [
        "Kế hoạch tháng 5/2026",
        "1. Tổng vệ sinh khu dân cư",
        "- Phụ trách: Chi đoàn thanh niên",
        "- Thời gian: 10/5/2026",
        "2. Rà soát hộ nghèo",
        "Chủ trì: Ban công tác Mặt trận",
        "Kế hoạch tháng 6/2026",  # the comments dropped up to the next heading
    ]
    headings = [b.text for b in document.blocks if isinstance(b, Paragraph) and b.style == "heading"]
    assert headings[:3] == ["Kế hoạch tháng 5/2026", "1. Tổng vệ sinh khu dân cư", "2. Rà soát hộ nghèo"]


MARKDOWN = """# KẾ HOẠCH NĂM 2026

| TT | Tên nhiệm vụ | Chủ trì | Thời gian |
|---|---|:---:|---|
| **I.** | **CÔNG TÁC CHUNG** | | |
| 1 | Xây dựng [kế hoạch](http://x) \\| năm | Sở Nội vụ | Quý I |

- Nơi nhận
"""


def test_markdown_pipe_table():
    document = read_document(MARKDOWN.encode(), "kh.md")
    (table,) = _tables(document)
    assert table.texts(0) == ["TT", "Tên nhiệm vụ", "Chủ trì", "Thời gian"]
    assert table.texts(1) == ["I.", "CÔNG TÁC CHUNG", "", ""]
    assert table.texts(2) == ["1", "Xây dựng kế hoạch | năm", "Sở Nội vụ", "Quý I"]
    heading = document.blocks[0]
    assert (heading.text, heading.style, heading.level) == ("KẾ HOẠCH NĂM 2026", "heading", 1)


def test_a_line_break_in_a_markdown_cell_is_a_space():
    # Pipe cells hold no newline, so exports write `<br>` (found by the perturbed set: a header
    # "Thời<br>gian" was no due column).
    text = "| STT | Nội<br>dung | Đơn vị<br/>chủ trì | Thời<BR />hạn |\n|---|---|---|---|\n"
    text += "| 1 | Lập<br>báo cáo | Sở Y tế | Quý II |\n"
    (table,) = _tables(read_document(text.encode(), "bang.md"))
    assert table.texts(0) == ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"]
    assert table.texts(1) == ["1", "Lập báo cáo", "Sở Y tế", "Quý II"]


ONE_CELL_PER_LINE = "\n".join(
    ["|", "|", "Bản dịch này thuộc quyền sở hữu", "|", "|"]
    + ["** **", "**PHỤ LỤC**", "KẾ HOẠCH THỰC HIỆN NGHỊ ĐỊNH", "*(Kèm theo Kế hoạch", "số 980/KH-UBND)*", "|"]
    + ["**STT**", "|", "**Nội dung**", "|", "**Chủ trì**", "|", "|"]
    + ["**I**", "|", "**NHIỆM VỤ CHUNG VỀ", "PHÒNG THỦ DÂN SỰ**", "|", "|"]
    + ["1", "|", "Tổ chức lại Ban Chỉ huy", "cấp tỉnh, cấp xã", "|", "Bộ CHQS tỉnh; UBND", "cấp xã", "|", "|"]
    + ["2", "|", "Triển khai", "|", "Sở Tài chính", "|", "|"]
    + [f"Dòng văn xuôi {n}" for n in range(45)]
    + ["|"]
)


def test_markdown_with_one_cell_per_line_and_wrapped_text():
    document = read_document(ONE_CELL_PER_LINE.encode(), "980.md")
    tables = _tables(document)
    rows = [table.texts(r) for table in tables for r in range(len(table.rows))]
    assert ["STT", "Nội dung", "Chủ trì"] in rows
    assert ["I", "NHIỆM VỤ CHUNG VỀ PHÒNG THỦ DÂN SỰ", ""] in rows
    assert ["1", "Tổ chức lại Ban Chỉ huy cấp tỉnh, cấp xã", "Bộ CHQS tỉnh; UBND cấp xã"] in rows
    assert "KẾ HOẠCH THỰC HIỆN NGHỊ ĐỊNH" in _paragraphs(document) and "PHỤ LỤC" in _paragraphs(document)
    assert "Dòng văn xuôi 44" in _paragraphs(document)
    table = next(table for table in tables if table.texts(0) == ["STT", "Nội dung", "Chủ trì"])
    # The section row printed two cells of three: the reader says so (Table.row_widths).
    assert table.row_widths == [3, 2, 3, 3]


# A site cut rows out of a one-cell-per-line table and left a line of dots where the next row's
# opening bar was: the row before ends there, and the dots are no cell. A row's own cell of dots (a
# blank to fill in) comes before the row is full and stays a cell.
CUT_TABLE = "\n".join(
    [
        "KẾ HOẠCH",
        "|", "TT", "|", "Việc", "|", "Chủ trì", "|", "Hạn", "|",
        "|", "1", "|", "Lập danh sách hộ nghèo", "|", "Phòng Lao động", "|", "Tháng 2/2028", "|",
        ".......................",
        "|", "5", "|", "Trao quà Tết", "|", "Hội Chữ thập đỏ", "|", "Tháng 1/2028", "|",
        "|", "6", "|", "..........", "|", "Ủy ban", "|", "Quý I/2028", "|",
        "|",
    ]
)  # fmt: skip


def test_a_line_of_dots_where_a_site_cut_rows_out_ends_the_row_before():
    (table,) = _tables(read_document(CUT_TABLE.encode(), "ds.md"))
    rows = [table.texts(r) for r in range(len(table.rows))]
    assert rows == [
        ["TT", "Việc", "Chủ trì", "Hạn"],
        ["1", "Lập danh sách hộ nghèo", "Phòng Lao động", "Tháng 2/2028"],
        ["5", "Trao quà Tết", "Hội Chữ thập đỏ", "Tháng 1/2028"],
        ["6", "..........", "Ủy ban", "Quý I/2028"],
    ]


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv_with_its_delimiter_sniffed(delimiter):
    text = delimiter.join(["TT", "Nội dung", "Chủ trì"]) + "\n"
    text += delimiter.join(["1", '"Họp, giao ban"', "Văn phòng"]) + "\n"
    (table,) = _tables(read_document(text.encode("utf-8-sig"), "kh.csv"))
    assert table.texts(1) == ["1", "Họp, giao ban", "Văn phòng"]


def test_a_delimiter_inside_typographic_quotes_of_an_unquoted_csv_cell_is_the_texts_own():
    text = (
        "TT,Nội dung,Chủ trì,Hạn\n"
        "1,Thi “Giỏi nghề, mến nghề” khối may,Phòng Nghiệp vụ,20/5/2029\n"
        "2,Đêm nhạc «Mùa hạ, sân trường, bạn bè»,Đoàn Thanh niên,01/6/2029\n"
        "3,Trưng bày “Sách hay\u201d, tranh đẹp,Thư viện,05/6/2029\n"  # closed before the comma
        "4,Chào cờ,Văn phòng,02/6/2029\n"
    )
    (table,) = _tables(read_document(text.encode(), "kh.csv"))
    assert table.texts(1)[:4] == ["1", "Thi “Giỏi nghề, mến nghề” khối may", "Phòng Nghiệp vụ", "20/5/2029"]
    assert table.texts(2)[:4] == [
        "2",
        "Đêm nhạc «Mùa hạ, sân trường, bạn bè»",
        "Đoàn Thanh niên",
        "01/6/2029",
    ]
    # a row split at a comma outside any quote stays split: nothing tells which cells belong together
    assert table.texts(3) == ["3", "Trưng bày “Sách hay”", "tranh đẹp", "Thư viện", "05/6/2029"]
    assert table.texts(4)[:4] == ["4", "Chào cờ", "Văn phòng", "02/6/2029"]


def test_a_long_key_value_csv_is_pivoted_into_one_row_per_entity():
    text = (
        "record,attribute,value\n"
        "A-1,task,Lập kế hoạch kiểm tra\n"
        "A-1,unit,Phòng Thanh tra\n"
        "A-2,created,02/03/2026\n"
        "A-2,task,Tổng hợp số liệu\n"
        "A-2,unit,Văn phòng\n"
        "A-1,deadline,30/4/2026\n"
    )
    document = read_document(text.encode(), "export.csv")
    (table,) = _tables(document)
    assert table.texts(0) == ["record", "task", "unit", "created", "deadline"]
    assert table.texts(1) == ["A-1", "Lập kế hoạch kiểm tra", "Phòng Thanh tra", "", "30/4/2026"]
    assert table.texts(2) == ["A-2", "Tổng hợp số liệu", "Văn phòng", "02/03/2026", ""]
    # Each row points at its entity's first line in the file.
    assert table.row_refs == ["export.csv:1", "export.csv:2", "export.csv:4"]


def test_a_three_column_table_of_tasks_is_not_pivoted():
    # Its second column is long text and never repeats: rows, not fields.
    text = "TT,Nội dung,Chủ trì\n" + "".join(f"{n},Công việc số {n} của quý,Văn phòng\n" for n in range(1, 7))
    (table,) = _tables(read_document(text.encode(), "kh.csv"))
    assert table.texts(0) == ["TT", "Nội dung", "Chủ trì"] and len(table.rows) == 7


def test_tsv_by_its_name():
    (table,) = _tables(read_document("TT\tNội dung\n1\tHọp\n".encode(), "kh.tsv"))
    assert table.texts(1) == ["1", "Họp"]


def test_json_records_become_a_table_whose_header_is_the_keys():
    records = [
        {"title": "Nghị định sửa đổi", "deadline": "12/2026", "department": "Phòng Nợ"},
        {"title": "Thông tư", "deadline": "08/2026", "status": "không xây dựng", "people": ["A", "B"]},
    ]
    document = read_document(json.dumps(records, ensure_ascii=False).encode(), "tasks.json")
    (table,) = _tables(document)
    assert table.texts(0) == ["title", "deadline", "department", "status", "people"]
    assert table.texts(2) == ["Thông tư", "08/2026", "", "không xây dựng", "A; B"]


def test_json_records_nested_inside_objects_and_with_nested_values():
    export = {
        "meta": {"exported": "2026-06-01", "tags": [{"k": 1}]},
        "data": {
            "items": [
                {"id": 1, "title": "Rà soát", "owner": {"department": "Phòng Nợ", "person": "An"},
                 "support": [{"name": "Vụ Pháp chế"}, {"name": "Văn phòng"}], "dueDate": "12/2026"},
                {"id": 2, "title": "Thông tư", "owner": {"department": "Phòng Viện trợ"}, "dueDate": None},
            ]
        },
    }  # fmt: skip
    (table,) = _tables(read_document(json.dumps(export, ensure_ascii=False).encode(), "export.json"))
    assert table.texts(0) == ["id", "title", "owner.department", "owner.person", "support", "dueDate"]
    assert table.texts(1) == ["1", "Rà soát", "Phòng Nợ", "An", "Vụ Pháp chế; Văn phòng", "12/2026"]
    assert table.texts(2) == ["2", "Thông tư", "Phòng Viện trợ", "", "", ""]


def _unit(code: str, name: str) -> dict:
    return {"code": code, "name": name}


def test_json_code_lists_resolve_codes_and_sub_records_are_rows_of_their_own():
    # An e-office export: a list naming unit codes beside the tasks led by code, sub-tasks nested
    # in a task, an enumerated state in snake case.
    units = [_unit("KT", "Phòng Kỹ thuật"), _unit("KTO", "Phòng Kế toán"), _unit("HC", "Phòng Hành chính")]
    child = {"id": "T1.1", "summary": "Lập đề cương", "owner": {"unit_code": "KT"}, "state": "xong"}
    first = {"id": "T1", "summary": "Kiểm định trạm bơm", "owner": {"unit_code": "KT"}}
    first |= {"partners": [{"unit_code": "HC"}], "state": "dang_lam", "children": [child]}
    second = {"id": "T2", "summary": "Quyết toán quỹ", "owner": {"unit_code": "KTO"}}
    second |= {"partners": [], "state": "da_huy", "children": []}
    export = {"units": units, "tasks": [first, second]}
    (table,) = _tables(read_document(json.dumps(export, ensure_ascii=False).encode(), "export.json"))
    header = table.texts(0)
    assert header[:3] == ["id", "summary", "owner.unit_code"] and "children" in header
    rows = [dict(zip(header, table.texts(r), strict=False)) for r in range(1, len(table.rows))]
    assert [row["id"] for row in rows] == ["T1", "T1.1", "T2"]  # the sub-task right after its parent
    assert [row["owner.unit_code"] for row in rows] == ["Phòng Kỹ thuật", "Phòng Kỹ thuật", "Phòng Kế toán"]
    assert rows[0]["partners"] == "Phòng Hành chính" and rows[2]["state"] == "da huy"
    assert "code" not in header  # the code list is not the records


def test_a_list_of_codes_nobody_uses_as_a_whole_value_is_no_code_list():
    people = [_unit("A1", "Nguyễn Văn An"), _unit("B2", "Lê Thị Bình"), _unit("C3", "Trần Văn Cường")]
    tasks = [{"title": "Rà soát hồ sơ", "owner": "A1 phụ trách"}, {"title": "Kiểm tra", "owner": "Tổ B2"}]
    export = {"people": people, "tasks": tasks}
    (table,) = _tables(read_document(json.dumps(export, ensure_ascii=False).encode(), "export.json"))
    assert table.texts(0) == ["code", "name"]  # the largest list, as before


def test_json_sub_records_shaped_like_their_parent_are_rows_after_it():
    records = [
        {"id": "1", "title": "Lập dự toán", "unit": "Phòng A", "due": "05/2027",
         "owner": {"name": "An", "post": "TP"},
         "subtasks": [{"id": "1.1", "title": "Thu thập số liệu", "unit": "Tổ B", "due": "03/2027"}]},
        {"id": "2", "title": "Kiểm kê", "unit": "Phòng C", "due": "06/2027", "tags": ["x", "y"]},
    ]  # fmt: skip
    (table,) = _tables(read_document(json.dumps(records, ensure_ascii=False).encode(), "t.json"))
    assert table.texts(0) == ["id", "title", "unit", "due", "owner.name", "owner.post", "tags"]
    assert [table.texts(r)[1] for r in (1, 2, 3)] == ["Lập dự toán", "Thu thập số liệu", "Kiểm kê"]
    assert table.texts(1)[4:6] == ["An", "TP"]  # an object of other keys stays the record's columns


XML_EXPORT = """<?xml version="1.0" encoding="windows-1258"?>
<!-- export -->
<Export xmlns="urn:example:tasks" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" created="2027-01-05">
  <Filter from="2027-01-01"/>
  <Tasks count="3">
    <Task code="T-1" assigned="2027-01-05" deadline="2027-03-31" kind="CoThoiHan" state="DANG_XU_LY">
      <Summary>Rà soát hồ sơ đất công</Summary>
      <Lead code="P1">Phòng Quản lý đất đai</Lead>
      <Partners><Unit code="X">UBND xã A</Unit><Unit code="Y">UBND xã B</Unit></Partners>
      <Note xsi:nil="true"/>
      <SubTask code="T-1.1" assigned="2027-01-10" deadline="2027-02-15" kind="CoThoiHan" state="DANG_XU_LY">
        <Summary>Đo đạc lại 3 thửa đất</Summary>
        <Lead>Tổ Đo đạc</Lead>
      </SubTask>
    </Task>
    <Task code="T-2" assigned="2027-01-05" deadline="" kind="ThuongXuyen" state="DA_HUY">
      <Summary>Tiếp dân định kỳ &amp; giải quyết đơn thư</Summary>
      <Lead>Văn phòng</Lead>
      <Partners><Unit>Thanh tra</Unit></Partners>
    </Task>
    <Task code="T-3" assigned="2027-01-06" deadline="2027-06-30" kind="CoThoiHan" state="ChuaXuLy">
      <Summary>Cập nhật bản đồ địa chính</Summary>
      <Lead>Phòng Quản lý đất đai</Lead>
      <Partners/>
    </Task>
  </Tasks>
  <Totals count="3"/>
</Export>"""


def test_xml_records_become_a_table_as_json_records_do():
    document = read_document(XML_EXPORT.encode("utf-8"), "export.xml")
    assert document.kind == "xml"
    (table,) = _tables(document)
    header = ["code", "assigned", "deadline", "kind", "state", "Summary", "Lead", "Partners", "Note"]
    assert table.texts(0) == header
    assert table.texts(1)[:5] == ["T-1", "2027-01-05", "2027-03-31", "Co Thoi Han", "DANG XU LY"]
    summary, lead, partners, note = table.texts(1)[5:]
    assert (summary, lead, note) == ("Rà soát hồ sơ đất công", "Phòng Quản lý đất đai", "")
    assert partners == "UBND xã A; UBND xã B"  # the units' texts, their codes left out
    # The sub-task shares its parent's fields: a row of its own after it, not a cell of it.
    assert table.texts(2)[:3] == ["T-1.1", "2027-01-10", "2027-02-15"] and table.texts(2)[6] == "Tổ Đo đạc"
    # A list wrapper holding one unit is still the list; an entity is decoded; codes read as words.
    assert table.texts(3)[3:5] == ["Thuong Xuyen", "DA HUY"]
    assert table.texts(3)[5:8] == ["Tiếp dân định kỳ & giải quyết đơn thư", "Văn phòng", "Thanh tra"]
    assert table.texts(4)[4] == "Chua Xu Ly"


def test_an_xml_export_is_imported_without_its_cancelled_task():
    from engine.importing.build import import_document

    # A system's own names: the deadline's kind (`loaiHan`) and the state (`trangThai`).
    export = XML_EXPORT.replace(" kind=", " loaiHan=").replace(" state=", " trangThai=")
    export = export.replace('trangThai="DA_HUY"', 'trangThai="DangXuLy"')
    export = export.replace('deadline="2027-06-30"', 'deadline=""')
    result = import_document(export.encode(), "export.xml", units=[], year=2027)
    got = [(item.content, item.lead_text, item.due_text) for item in result.items]
    assert got == [
        ("Rà soát hồ sơ đất công", "Phòng Quản lý đất đai", "2027-03-31"),
        ("Đo đạc lại 3 thửa đất", "Tổ Đo đạc", "2027-02-15"),
        ("Tiếp dân định kỳ & giải quyết đơn thư", "Văn phòng", "Thuong Xuyen"),  # the kind: ongoing
        # "has a deadline" and none printed: for a person to set, the row above's not carried down
        ("Cập nhật bản đồ địa chính", "Phòng Quản lý đất đai", "Co Thoi Han"),
    ]
    assert result.items[2].recurrence == "ongoing" and result.items[3].due_needs_review
    cancelled = export.replace('trangThai="ChuaXuLy"', 'trangThai="DaHuy"')
    assert len(import_document(cancelled.encode(), "export.xml", units=[], year=2027).items) == 3


@pytest.mark.parametrize(
    "declaration",
    [
        # A billion laughs: entities expanding entities.
        '<!DOCTYPE r [<!ENTITY a "xxxxxxxxxx"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
        # An external entity: a file of the server.
        '<!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>',
        # A parameter entity loading an external DTD.
        '<!DOCTYPE r [<!ENTITY % remote SYSTEM "http://example.invalid/x.dtd"> %remote;]>',
    ],
)
def test_an_xml_file_declaring_entities_is_refused_unread(declaration):
    entity = "&secret;" if "secret" in declaration else "&c;" if "ENTITY c" in declaration else "x"
    body = f"<r><Task><Summary>{entity}</Summary><Lead>A</Lead></Task><Task><Summary>b</Summary></Task></r>"
    with pytest.raises(ImportFailed) as caught:
        read_document(f'<?xml version="1.0"?>{declaration}{body}'.encode(), "evil.xml")
    assert "declares entities" in caught.value.reason


def test_xml_that_is_no_record_export_falls_to_the_text_reader():
    document = read_document("<?xml version='1.0'?><note>Họp giao ban</note>".encode(), "note.xml")
    assert document.kind == "text" and not _tables(document)
    broken = read_document("<?xml version='1.0'?><a><b>không đóng".encode(), "broken.xml")
    assert broken.kind == "text"


def test_a_plain_text_document_is_unchanged():
    document = read_document("CHƯƠNG TRÌNH\nTT\tNội dung\n1\tHọp\n".encode(), "a.txt")
    assert document.kind == "text" and [line.cells for line in document.lines][1] == ("TT", "Nội dung")


def _convert(data: bytes, suffix: str, target: str, tmp_path) -> bytes:
    import subprocess

    tmp_path.mkdir(exist_ok=True)
    source = tmp_path / f"in{suffix}"
    source.write_bytes(data)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/p", "--headless", "--convert-to", target,
         "--outdir", str(tmp_path / "out"), str(source)],
        capture_output=True, timeout=180, check=True,
    )  # fmt: skip
    return (tmp_path / "out" / f"in.{target.split(':')[0]}").read_bytes()


@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice is not installed")
def test_a_word_97_doc_is_converted_and_read(tmp_path):
    # LibreOffice writes a python-docx table to .doc only by way of .odt (its Word 97 export
    # from .docx drops the table), so the .doc is made in two steps, as an office would save it.
    odt = _convert(_docx_bytes(), ".docx", "odt", tmp_path / "a")
    data = _convert(odt, ".odt", "doc:MS Word 97", tmp_path / "b")
    assert data.startswith(b"\xd0\xcf\x11\xe0")
    document = read_document(data, "kh.doc")
    assert document.kind == "doc"
    first = _tables(document)[0]  # Word 97 joins the two adjacent tables into one
    assert [row[2].text for row in first.rows][:4] == ["Chủ trì", "Văn phòng", "Văn phòng", "Văn phòng"]
    assert first.rows[3][2].merged_from == (1, 2)


@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice is not installed")
def test_an_excel_97_xls_is_read_with_its_merged_cells(tmp_path):
    data = _convert(_xlsx_bytes(), ".xlsx", "xls", tmp_path)
    document = read_document(data, "kh.xls")
    assert document.kind == "xls"
    (table,) = _tables(document)
    assert table.texts(2) == ["2", "Báo cáo quý", "Văn phòng"] and table.rows[2][2].merged_from == (1, 2)


@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice is not installed")
def test_an_odt_is_converted_and_read(tmp_path):
    data = _convert(_docx_bytes(), ".docx", "odt", tmp_path)
    document = read_document(data, "kh.odt")
    assert document.kind == "odt" and _tables(document)[0].texts(1) == ["1", "Họp giao ban", "Văn phòng"]


def test_without_libreoffice_the_message_says_what_to_install(monkeypatch):
    from engine.importing import read_office

    monkeypatch.setattr(read_office, "soffice_path", lambda: None)
    with pytest.raises(ImportFailed) as caught:
        read_document(b"{\\rtf1 hello}", "old.rtf")
    assert "LibreOffice" in caught.value.reason and ".docx" in caught.value.reason


def _scan_pdf() -> bytes:
    """A scan: a page drawn as an image (Pillow) and wrapped into a PDF with no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1700, 700), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 44)
    draw.text((80, 80), "THÔNG BÁO KẾT LUẬN", font=font, fill=0)
    draw.text((80, 200), "Giao Sở Nội vụ chủ trì, trước ngày 15/11/2025.", font=font, fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=200)
    return buffer.getvalue()


@pytest.mark.skipif(not HAS_TESSERACT, reason="Tesseract is not installed")
def test_a_scanned_pdf_is_read_by_ocr_and_flagged():
    document = read_document(_scan_pdf(), "scan.pdf")
    assert document.ocr and all(block.ocr for block in document.blocks)
    text = "\n".join(_paragraphs(document))
    assert "THÔNG BÁO KẾT LUẬN" in text and "Sở Nội vụ" in text


@pytest.mark.skipif(not HAS_TESSERACT, reason="Tesseract is not installed")
def test_an_image_is_read_by_ocr():
    from PIL import Image

    pdf_image = io.BytesIO()
    import pypdfium2

    page = pypdfium2.PdfDocument(_scan_pdf())[0]
    page.render(scale=1).to_pil().save(pdf_image, format="PNG")
    document = read_document(pdf_image.getvalue(), "scan.png")
    assert document.kind == "image" and document.ocr
    assert "Sở Nội vụ" in "\n".join(_paragraphs(document))
    assert Image  # Pillow made the page


def test_a_garbled_text_layer_is_detected():
    from engine.importing.read_pdf import garbled

    bad = (
        "Ngdy 07ll ll2O25,d6ng chi Nguy6n Nggc Phric - Tinh riy vi6n, Ph6 Chrl tich UBND tinh de chir tri "
        * 3
    )
    good = "Ngày 07/11/2025, đồng chí Nguyễn Ngọc Phúc - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh chủ trì " * 3
    assert garbled(bad) and not garbled(good)


@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice is not installed")
def test_an_ods_and_an_rtf_are_converted_and_read(tmp_path):
    ods = _convert(_xlsx_bytes(), ".xlsx", "ods", tmp_path / "a")
    document = read_document(ods, "kh.ods")
    assert document.kind == "ods" and _tables(document)[0].texts(2) == ["2", "Báo cáo quý", "Văn phòng"]
    rtf = b"{\\rtf1\\ansi{\\fonttbl\\f0 Times;}\\f0 K\\u7870? HO\\u7840?CH N\\u258?M 2026\\par}"
    document = read_document(rtf, "kh.rtf")
    assert document.kind == "rtf" and "KẾ HOẠCH NĂM 2026" in _paragraphs(document)


def test_the_corpus_signed_scan_has_a_garbled_text_layer():
    """Corpus 09: a signed scan whose hidden text is an old OCR's ("Nguy6n", "LIBND")."""
    from pathlib import Path

    import pdfplumber
    from django.conf import settings

    from engine.importing.read_pdf import garbled

    path = Path(settings.BASE_DIR).parent / "shared" / "corpus" / "09_lamdong_tb493_ketluan_chiso_scan.pdf"
    if not path.exists():
        path = Path("/work/shared/corpus") / path.name
    if not path.exists():
        pytest.skip("the shared corpus is not here")
    with pdfplumber.open(path) as pdf:
        text = pdf.pages[0].extract_text()
        assert pdf.pages[0].images  # a scan under its text layer
    assert garbled(text)


def test_a_cell_wrapped_after_a_hyphen_joins_without_a_space():
    """Chromium 156 breaks "(1030-2030)" after the hyphen inside a table cell."""
    from engine.importing.read_pdf import _cell

    assert _cell("Nghệ An (1030-\n2030)") == "Nghệ An (1030-2030)"
    assert _cell("Văn phòng,\nQLKH") == "Văn phòng, QLKH"


def test_hard_wrapped_text_lines_are_joined_into_paragraphs_but_not_over_a_heading_or_blank_line():
    from engine.importing.layouts.outline import paragraphs

    cut = "Nội dung được cắt dòng ở khoảng bảy mươi ký tự như khi chép từ tệp PDF"
    lines = ["KẾ HOẠCH", "Triển khai công tác chuyển đổi số năm 2027", ""]
    lines += [f"{n}. {cut}" if n % 2 else cut.lower() for n in range(1, 21)]
    lines += ["", "Nơi nhận:", "- Như trên;"]
    document = read_document("\n".join(lines).encode(), "kh.txt")
    texts = [text for _line, text in paragraphs(document)]
    assert texts[:2] == ["KẾ HOẠCH", "Triển khai công tác chuyển đổi số năm 2027"]
    assert texts[2] == f"1. {cut} {cut.lower()}"
    assert len(texts) == 2 + 10 + 2 and texts[-2:] == ["Nơi nhận:", "- Như trên;"]


def test_a_markdown_delimiter_row_with_alignment_colons_is_no_row():
    text = "| TT | Việc | Hạn |\n|:-:|:--|--:|\n| 1 | Rà soát hồ sơ | 30/6 |\n| 2 | Báo cáo quý | 15/7 |\n"
    (table,) = _tables(read_document(text.encode(), "viec.md"))
    assert [table.texts(r) for r in range(len(table.rows))] == [
        ["TT", "Việc", "Hạn"],
        ["1", "Rà soát hồ sơ", "30/6"],
        ["2", "Báo cáo quý", "15/7"],
    ]
    # a dash standing for an empty cell is no rule
    text = "| TT | Việc | Hạn |\n|---|---|---|\n| 1 | Rà soát | - |\n| 2 | - | 15/7 |\n"
    (table,) = _tables(read_document(text.encode(), "viec.md"))
    assert len(table.rows) == 3


def _tabbed_docx(lines: list[str]) -> bytes:
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm

    word = docx.Document()
    word.add_paragraph("Kính gửi: Các tổ chuyên môn.")
    for line in lines:
        paragraph = word.add_paragraph()
        for position in (1.0, 9.0, 14.0):
            paragraph.paragraph_format.tab_stops.add_tab_stop(
                Cm(position), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS
            )
        paragraph.add_run(line)
    word.add_paragraph("Các tổ triển khai thực hiện./.")
    word.add_table(rows=1, cols=2).cell(0, 0).text = "Nơi nhận"
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_laid_out_with_tab_stops_under_a_tabbed_header_are_a_table():
    document = read_document(
        _tabbed_docx(
            [
                "TT\tNội dung công việc\tTổ thực hiện\tThời hạn",
                "1)\tSoạn đề kiểm tra giữa kỳ\tTổ Toán - Tin\t20/10/2029",
                "\tcho các khối lớp",  # the content cut at its stop, continued
                "2)\tChấm bài, nhập điểm\tTổ Ngữ văn",  # no time printed: the last stop left empty
                "\tCập nhật sổ điểm điện tử\tTổ Ngữ văn\t05/11/2029",  # no number
            ]
        ),
        "cv.docx",
    )
    first, second = _tables(document)
    assert first.number == 1 and second.number == 2  # the Word table after it numbered on
    assert [[cell.text for cell in row] for row in first.rows] == [
        ["TT", "Nội dung công việc", "Tổ thực hiện", "Thời hạn"],
        ["1)", "Soạn đề kiểm tra giữa kỳ", "Tổ Toán - Tin", "20/10/2029"],
        ["", "cho các khối lớp", "", ""],
        ["2)", "Chấm bài, nhập điểm", "Tổ Ngữ văn", ""],
        ["", "Cập nhật sổ điểm điện tử", "Tổ Ngữ văn", "05/11/2029"],
    ]
    assert not first.spans_known
    assert _paragraphs(document) == ["Kính gửi: Các tổ chuyên môn.", "Các tổ triển khai thực hiện./."]


def test_docx_tabbed_lines_without_a_header_naming_columns_stay_paragraphs():
    lines = ["Nơi nhận:\tKT. HIỆU TRƯỞNG", "- Như trên;\tPHÓ HIỆU TRƯỞNG", "- Lưu: VT.\tTrần Văn B"]
    document = read_document(_tabbed_docx(lines), "cv.docx")
    assert len(_tables(document)) == 1
    assert len(_paragraphs(document)) == 5


def test_a_months_number_wrapped_onto_the_next_line_is_no_numbered_paragraph():
    from engine.importing.layouts.outline import paragraphs

    lines = [
        "THÔNG BÁO",
        "",
        "1. Về thủy lợi: Mực nước hồ được dự báo giảm đến cuối tháng",
        "8. Giao Chi cục Thủy lợi theo dõi vận hành hồ chứa.",
        "2. Về giao thông: Mưa lớn kéo dài từ đầu tháng",
        "3. Giao Sở Giao thông vận tải kiểm tra các tuyến đường.",
        "Các đơn vị thực hiện trong tháng",
        "1. Ban Quản lý dự án rà soát hồ sơ.",
    ]
    texts = [text for _line, text in paragraphs(read_document("\n".join(lines).encode(), "tb.txt"))]
    assert texts[1] == (
        "1. Về thủy lợi: Mực nước hồ được dự báo giảm đến cuối tháng 8. "
        "Giao Chi cục Thủy lợi theo dõi vận hành hồ chứa."
    )
    # the list's next number, or a list's first, opens a paragraph after a line cut the same way
    assert texts[2].startswith("2. ") and texts[3].startswith("3. ") and texts[-1].startswith("1. ")


def test_a_checklist_box_opening_a_plain_text_line_is_left_out_and_one_inside_a_line_kept():
    text = (
        "Ký hiệu: [x] xong   [ ] chưa\n[x] 1. Lập danh sách cử tri\n  [ ] a) Niêm yết\n"
        "☑ Gửi báo cáo\n[1] Chú thích"
    )
    document = read_document(text.encode(), "bang_kiem.txt")
    assert [line.text for line in document.lines] == [
        "Ký hiệu: [x] xong   [ ] chưa",
        "1. Lập danh sách cử tri",
        "a) Niêm yết",
        "Gửi báo cáo",
        "[1] Chú thích",
    ]


def test_a_persons_name_ending_in_quy_is_no_quarter_cut_before_the_next_numbered_line():
    from engine.importing.layouts.outline import paragraphs

    lines = [
        "1. Dạy minh họa chuyên đề đọc mở rộng tại lớp 4B.",
        "   *Phụ trách:* thầy Hà Minh Quý",
        "4. Hoàn thiện hồ sơ học sinh học hòa nhập.",
        "5. Rà soát chương trình, hoàn thành trong Quý",
        "3. Giao Tổ trưởng tổng hợp.",
    ]
    texts = [text for _line, text in paragraphs(read_document("\n".join(lines).encode(), "kh.md"))]
    assert any(text.startswith("4. Hoàn thiện") for text in texts)
    # a quarter's word after a lower-case one still awaits its number
    assert any(text.endswith("trong Quý 3. Giao Tổ trưởng tổng hợp.") for text in texts)
