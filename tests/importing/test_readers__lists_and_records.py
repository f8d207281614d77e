"""Lists whose marks the file does not hold as text, and tasks printed as record tables: Word's
automatic numbering (`w:numPr` + numbering.xml) and HTML `<ol>`/`<ul>` are read with the marks
Word and a browser draw; a task's labelled fields printed inline after its sentence are its fields;
an unmarked heading naming a unit leads the list under it; a two-column `label | value` table is
one task. Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

import copy
import io
from dataclasses import replace

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from engine.importing.blocks import Cell, Paragraph, Table
from engine.importing.build import import_document
from engine.importing.docx_numbering import format_number
from engine.importing.headers import record_rows
from engine.importing.layouts.outline import outline, walk
from engine.importing.readers import read_document
from tests.importing.helpers_blocks import document_of

pytestmark = pytest.mark.django_db


def _paragraphs(document) -> list[str]:
    return [block.text for block in document.blocks if isinstance(block, Paragraph)]


def _save(word) -> bytes:
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("number", "fmt", "expected"),
    [
        (3, "decimal", "3"),
        (4, "lowerLetter", "d"),
        (28, "lowerLetter", "bb"),
        (2, "upperLetter", "B"),
        (14, "upperRoman", "XIV"),
        (9, "lowerRoman", "ix"),
        (7, "decimalZero", "07"),
        (5, "ordinalText", "5"),  # an unknown format: decimal
    ],
)
def test_format_number(number, fmt, expected):
    assert format_number(number, fmt) == expected


def _two_level_list(word) -> tuple[int, int]:
    """An abstract list `%1.` (decimal) over `%1.%2)`-less `%2)` (lower letter), and two instances
    of it, the second restarting at 1: returns their numIds."""
    numbering = word.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>'
        "</w:abstractNum>"
    )
    numbering.insert(0, abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="92"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    return 91, 92


def _numbered(word, text: str, num_id: int, ilvl: int):
    paragraph = word.add_paragraph(text)
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return paragraph


def test_word_automatic_numbering_is_rendered_as_word_draws_it():
    word = docx.Document()
    first, second = _two_level_list(word)
    word.add_paragraph("Rà soát hồ sơ lưu trữ", style="List Number")  # the style carries numPr
    word.add_paragraph("Chỉnh lý tài liệu tồn đọng", style="List Number")
    word.add_paragraph("Ghi chú ngoài danh sách")
    word.add_paragraph("Số hóa sổ sách", style="List Number")  # the same list: it continues
    _numbered(word, "Nâng cấp phòng họp trực tuyến", first, 0)
    _numbered(word, "Lắp camera hội nghị", first, 1)
    _numbered(word, "Thay bộ micro", first, 1)
    _numbered(word, "loại không dây", first, 2)
    _numbered(word, "Tập huấn sử dụng thiết bị", first, 0)
    _numbered(word, "Cho cán bộ văn phòng", first, 1)  # the level under restarts at a)
    _numbered(word, "Mua sắm bàn ghế", second, 0)  # a second instance with startOverride
    word.add_paragraph("Đoạn thường")
    texts = _paragraphs(read_document(_save(word), "ds.docx"))
    assert texts == [
        "1. Rà soát hồ sơ lưu trữ",
        "2. Chỉnh lý tài liệu tồn đọng",
        "Ghi chú ngoài danh sách",
        "3. Số hóa sổ sách",
        "1. Nâng cấp phòng họp trực tuyến",
        "a) Lắp camera hội nghị",
        "b) Thay bộ micro",
        "- loại không dây",
        "2. Tập huấn sử dụng thiết bị",
        "a) Cho cán bộ văn phòng",
        "1. Mua sắm bàn ghế",
        "Đoạn thường",
    ]


def _inline_fields_docx() -> bytes:
    word = docx.Document()
    word.add_paragraph("KẾ HOẠCH")
    word.add_paragraph("Công tác văn thư, lưu trữ năm 2027 của Trung tâm")
    word.add_paragraph("I. NHIỆM VỤ")
    for task, unit, time in (
        ("Chỉnh lý khoa học hồ sơ giai đoạn 2015-2020.", "Phòng Hành chính", "quý III/2027"),
        ("Xây dựng danh mục hồ sơ năm 2028.", "Văn phòng Trung tâm (phối hợp Phòng Tài vụ)", "tháng 12/2027"),
        ("Tiêu hủy tài liệu hết giá trị.", "Phòng Hành chính", "khi có quyết định của Giám đốc"),
    ):
        paragraph = word.add_paragraph(style="List Number")
        paragraph.add_run(task + " ")
        paragraph.add_run("Cơ quan thực hiện:").bold = True
        paragraph.add_run(f" {unit}. ")
        paragraph.add_run("Thời hạn:").bold = True
        paragraph.add_run(f" {time}.")
    return _save(word)


def test_numbered_tasks_with_inline_labelled_fields_are_read():
    imported = import_document(_inline_fields_docx(), "kh.docx", units=[], year=2027)
    assert imported.layout == "prose_plan"
    got = [
        (i.content[:18], i.lead_text, i.due_date.isoformat() if i.due_date else i.due_text)
        for i in imported.items
    ]
    assert got[:2] == [
        ("Chỉnh lý khoa học ", "Phòng Hành chính", "2027-09-30"),
        ("Xây dựng danh mục ", "Văn phòng Trung tâm", "2027-12-31"),
    ]
    assert got[2][:2] == ("Tiêu hủy tài liệu ", "Phòng Hành chính")
    assert not imported.items[2].due_date  # a condition, not a date: for a person to set


def test_inline_fields_after_a_dash_and_not_after_a_short_head():
    text = """KẾ HOẠCH
I. NHIỆM VỤ
1. Cập nhật cơ sở dữ liệu giá đất – Thời hạn: 30/6/2027.
2. Đo đạc. Thời gian: quý IV/2027 là mốc của đợt kiểm tra cuối năm.
3. Rà soát hồ sơ đất công ích của các xã – theo chỉ đạo của Sở.
"""
    nodes = [node for node in walk(outline(document_of(text))) if node.kind == "number"]
    assert (nodes[0].text, nodes[0].fields) == ("Cập nhật cơ sở dữ liệu giá đất", ["Thời hạn: 30/6/2027."])
    assert nodes[1].fields == []  # two words are no task's sentence: not split
    assert nodes[2].fields == [] and nodes[2].text.endswith("theo chỉ đạo của Sở.")


_LISTS = """<html><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li></ul></nav>
<h1>Giao nhiệm vụ tháng 5/2027</h1>
<h3>Phòng Tổ chức - Hành chính</h3>
<ol>
  <li>Hoàn thiện quy chế chi tiêu nội bộ &ndash; Thời hạn: 20/5/2027.</li>
  <li>Cập nhật hồ sơ cán bộ trên phần mềm quản lý, gồm:
    <ul><li>lý lịch trích ngang;</li><li>quá trình đào tạo.</li></ul>
    Thời hạn: 31/5/2027.</li>
</ol>
<h3>Trạm Khuyến nông</h3>
<ol type="a" start="3">
  <li><p>Tổ chức lớp tập huấn kỹ thuật trồng lúa</p><p>cho nông dân hai thôn &ndash; Thời hạn: 25/5/2027.</p>
  <li>Theo dõi sâu bệnh trên lúa hè thu &ndash; Thời hạn: 30/5/2027.
</ol>
</body></html>"""


def test_html_lists_are_paragraphs_with_the_marks_a_browser_draws():
    document = read_document(_LISTS.encode(), "giao.html")
    texts = _paragraphs(document)
    assert "Trang chủ" not in " ".join(texts)  # the <nav> menu is dropped
    assert texts[1:] == [
        "Phòng Tổ chức - Hành chính",
        "1. Hoàn thiện quy chế chi tiêu nội bộ – Thời hạn: 20/5/2027.",
        "2. Cập nhật hồ sơ cán bộ trên phần mềm quản lý, gồm: - lý lịch trích ngang; - quá trình đào tạo. Thời hạn: 31/5/2027.",
        "Trạm Khuyến nông",
        "c) Tổ chức lớp tập huấn kỹ thuật trồng lúa cho nông dân hai thôn – Thời hạn: 25/5/2027.",
        "d) Theo dõi sâu bệnh trên lúa hè thu – Thời hạn: 30/5/2027.",  # an <li> left unclosed
    ]
    styles = [block.style for block in document.blocks if isinstance(block, Paragraph)]
    assert styles[1:4] == ["heading", "list", "list"]


_CELL_LISTS = """<table><tr><th>TT</th><th>Bộ phận</th><th>Việc cần làm</th></tr>
<tr><td>1</td><td>Tổ Kế toán</td><td><ol start="3"><li>Đối chiếu công nợ <b>quý III</b> (trước 10/10/2027).</li>
<li>Lập báo cáo thuế<ul><li>tờ khai</li><li>phụ lục</li></ul></li></ol></td></tr>
<tr><td>2</td><td>Tổ Bảo vệ</td><td>Tuần tra ban đêm, gồm:<ul><li>khu kho</li><li>bãi xe</li></ul></td></tr>
<tr><td>3</td><td>Tổ Lái xe</td><td><ul><li>Bảo dưỡng xe 29A (tháng 11/2027).</li></ul></td></tr></table>"""


def test_a_list_in_a_table_cell_keeps_the_cells_text_and_gives_its_items_as_parts():
    table = next(b for b in read_document(_CELL_LISTS.encode(), "to.html").blocks if isinstance(b, Table))
    first, second, third = (row[2] for row in table.rows[1:])
    # the text as before: one cell, no marks
    assert first.text == "Đối chiếu công nợ quý III (trước 10/10/2027). Lập báo cáo thuế tờ khai phụ lục"
    # the items with the marks a browser draws (`start` honoured); a nested list stays inside its item
    assert first.parts == (
        "3. Đối chiếu công nợ quý III (trước 10/10/2027).",
        "4. Lập báo cáo thuế tờ khai phụ lục",
    )
    # text before the list is a part of its own; one item alone gives no parts
    assert second.parts == ("Tuần tra ban đêm, gồm:", "- khu kho", "- bãi xe")
    assert third.text == "Bảo dưỡng xe 29A (tháng 11/2027)." and third.parts == ()


def test_a_heading_naming_a_unit_leads_the_list_under_it():
    imported = import_document(_LISTS.encode(), "giao.html", units=[], year=2027)
    got = [(i.content[:16], i.lead_text, i.due_date.isoformat()) for i in imported.items]
    assert got == [
        ("Hoàn thiện quy c", "Phòng Tổ chức - Hành chính", "2027-05-20"),
        ("Cập nhật hồ sơ c", "Phòng Tổ chức - Hành chính", "2027-05-31"),
        ("Tổ chức lớp tập ", "Trạm Khuyến nông", "2027-05-25"),
        ("Theo dõi sâu bện", "Trạm Khuyến nông", "2027-05-30"),
    ]


def _record_docx() -> bytes:
    word = docx.Document()
    word.add_paragraph("KẾ HOẠCH")
    word.add_paragraph("Phòng, chống dịch bệnh trên đàn gia súc năm 2027")
    word.add_paragraph("I. MỤC ĐÍCH")
    word.add_paragraph("Chủ động khống chế dịch bệnh, không để lây lan diện rộng.")
    word.add_paragraph("II. NHIỆM VỤ")
    records = [
        ("Tiêm phòng vắc xin lở mồm long móng đợt 1", "Trạm Chăn nuôi và Thú y", "Tháng 4/2027"),
        ("Tổng vệ sinh, tiêu độc khử trùng chuồng trại", "Phòng Nông nghiệp và Môi trường", "30/6/2027"),
    ]
    for index, (content, lead, time) in enumerate(records, start=1):
        word.add_paragraph(f"Nhiệm vụ {index}")
        table = word.add_table(rows=4, cols=2)
        for row, (label, value) in enumerate(
            (
                ("Nội dung", content),
                ("Cơ quan chủ trì", lead),
                ("Cơ quan phối hợp", "UBND các xã"),
                ("Thời hạn", time),
            )
        ):
            table.cell(row, 0).text, table.cell(row, 1).text = label, value
    word.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    word.add_paragraph("Các cơ quan căn cứ Kế hoạch này chủ động triển khai.")
    return _save(word)


def test_record_rows_of_a_label_value_table():
    document = read_document(_record_docx(), "kh.docx")
    tables = [block for block in document.blocks if isinstance(block, Table)]
    assert [role for role, _label, _value in record_rows(tables[0])] == [
        "content",
        "lead",
        "coordinating",
        "due",
    ]
    # A two-column table whose first column is not labels (a header row and data) is no record.
    plain = copy.deepcopy(tables[0])
    plain.rows[1][0] = replace(plain.rows[1][0], text="2")
    assert record_rows(plain) is None


def test_each_record_table_is_one_task():
    imported = import_document(_record_docx(), "kh.docx", units=[], year=2027)
    got = [(i.content[:16], i.lead_text, i.due_date.isoformat()) for i in imported.items]
    assert got == [
        ("Tiêm phòng vắc x", "Trạm Chăn nuôi và Thú y", "2027-04-30"),
        ("Tổng vệ sinh, ti", "Phòng Nông nghiệp và Môi trường", "2027-06-30"),
    ]


def test_a_unit_heading_over_prose_is_no_lead_and_a_task_with_fields_is_no_title():
    page = """<html><body>
<h1>Trung tâm Văn hóa huyện giao việc tháng 7</h1>
<p>Sáng 02/7/2027, Giám đốc Trung tâm chủ trì họp giao ban, đánh giá kết quả tháng 6/2027.</p>
<h3>Trạm Truyền thanh huyện</h3>
<ol><li>Biểu diễn phục vụ đồng bào vùng cao &ndash; Thời hạn: 20/7/2027</li></ol>
<p>Ban biên tập trang thông tin điện tử của Trung tâm Văn hóa huyện cập nhật tin bài.</p>
</body></html>"""
    imported = import_document(page.encode(), "giao.html", units=[], year=2027)
    got = [(i.content[:14], i.lead_text, i.due_date.isoformat()) for i in imported.items]
    # The title over prose leads nothing (no item from the intro); the task keeps its own text,
    # not the paragraph after it, though it ends no sentence.
    assert got == [("Biểu diễn phục", "Trạm Truyền thanh huyện", "2027-07-20")]


def test_a_record_may_hold_a_label_naming_no_role_but_not_data_rows():
    def table(rows):
        return Table([[Cell(a), Cell(b)] for a, b in rows], number=1)

    assert [
        role
        for role, _l, _v in record_rows(
            table(
                [
                    ("Nội dung công việc", "Sửa chữa mái nhà văn hóa"),
                    ("Đơn vị thực hiện", "Tổ xây dựng"),
                    ("Thời hạn", "30/8/2027"),
                    ("Kinh phí", "12 triệu đồng"),
                ]
            )
        )
    ] == ["content", "lead", "due", ""]
    # Two labels of four naming no role: not a record.
    assert (
        record_rows(table([("Nội dung", "A"), ("Thời hạn", "B"), ("Kinh phí", "C"), ("Địa điểm", "D")]))
        is None
    )
    # A sentence in the first column: not a label.
    long_label = "Tổ chức hội nghị tổng kết công tác năm của toàn ngành"
    assert (
        record_rows(table([("Nội dung", "A"), ("Thời hạn", "B"), ("Chủ trì", "C"), (long_label, "D")]))
        is None
    )


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Ban Kiểm tra Công đoàn trường tổng hợp kết quả, báo cáo trước ngày 10/12/2027.",
            "Ban Kiểm tra Công đoàn trường",
        ),
        ("Ủy ban Kiểm tra Huyện ủy theo dõi, đôn đốc việc thực hiện.", "Ủy ban Kiểm tra Huyện ủy"),
        ("Phòng Nội vụ kiểm tra việc thực hiện tại các xã.", "Phòng Nội vụ"),  # the verb still ends a name
    ],
)
def test_an_inspection_committee_keeps_kiem_tra_in_its_name(text, lead):
    from engine.importing.layouts.prose_facts import assignment_in

    assert assignment_in(text).lead == lead


def test_a_dated_request_to_every_unit_of_a_kind_in_a_closing_section_is_an_item():
    from engine.importing.layouts import prose_plan
    from tests.importing.helpers_blocks import context_of

    text = """KẾ HOẠCH
I. NHIỆM VỤ
1. Tổ chức hội thi tìm hiểu pháp luật. Đơn vị thực hiện: Phòng Tư pháp. Thời gian: quý III/2027.
2. Rà soát thủ tục hành chính. Đơn vị thực hiện: Văn phòng. Thời gian: tháng 5/2027.
II. TỔ CHỨC THỰC HIỆN
Các chi đoàn trực thuộc đăng ký đội thi, gửi về Phòng Tư pháp trước ngày 15/6/2027.
Các phòng căn cứ Kế hoạch này chủ động triển khai.
"""
    items = prose_plan.recognise(context_of(text)).items
    assert [(item.content[:12], item.lead, item.due) for item in items] == [
        ("Tổ chức hội ", "Phòng Tư pháp", "quý III/2027"),
        ("Rà soát thủ ", "Văn phòng", "tháng 5/2027"),
        ("Các chi đoàn", "", "trước ngày 15/6/2027"),  # every cell of a kind: no lead of its own
    ]  # the undated general instruction is no item


NESTED_MARKDOWN = """# Kế hoạch sửa chữa trường học năm 2026

## II. Nhiệm vụ

- Phòng Cơ sở vật chất chủ trì lập hồ sơ sửa chữa nhà đa năng, trình Hiệu trưởng trước ngày 20/6/2026.
    - Khảo sát hiện trạng mái và hệ thống thoát nước, trước ngày 05/6/2026.
    - Lấy báo giá của ba đơn vị thi công, trước ngày 15/6/2026.
- Tổ Tài vụ chủ trì bố trí kinh phí sửa chữa, hoàn thành trong tháng 7/2026.
  - Lập dự toán chi tiết, trước ngày 30/6/2026.

## III. Tổ chức thực hiện

Các bộ phận triển khai thực hiện.
"""


def test_the_markdown_reader_keeps_how_deep_a_list_item_is_nested():
    document = read_document(NESTED_MARKDOWN.encode(), "kh.md")
    levels = [(block.text[:14], block.level) for block in document.blocks if block.style == "list"]
    assert levels == [
        ("- Phòng Cơ sở ", 0),
        ("- Khảo sát hiệ", 1),
        ("- Lấy báo giá ", 1),
        ("- Tổ Tài vụ ch", 0),
        ("- Lập dự toán ", 1),
    ]


def test_a_nested_bullet_is_a_sub_item_of_the_bullet_it_is_nested_under():
    tree = outline(read_document(NESTED_MARKDOWN.encode(), "kh.md"))
    nested = {node.text[:14]: node.parent.text[:14] for node in walk(tree) if node.parent is not None}
    assert nested["Khảo sát hiện "] == "Phòng Cơ sở vậ"
    assert nested["Lấy báo giá củ"] == "Phòng Cơ sở vậ"
    assert nested["Lập dự toán ch"] == "Tổ Tài vụ chủ "


def test_a_nested_bullet_takes_the_lead_of_the_bullet_it_is_nested_under_not_of_the_one_before():
    result = import_document(NESTED_MARKDOWN.encode(), "kh.md", units=[], year=2026)
    assert [(item.content[:20], item.lead_text, item.due_date.isoformat()) for item in result.items] == [
        ("Phòng Cơ sở vật chất", "Phòng Cơ sở vật chất", "2026-06-20"),
        ("Khảo sát hiện trạng ", "Phòng Cơ sở vật chất", "2026-06-05"),
        ("Lấy báo giá của ba đ", "Phòng Cơ sở vật chất", "2026-06-15"),
        ("Tổ Tài vụ chủ trì bố", "Tổ Tài vụ", "2026-07-31"),
        ("Lập dự toán chi tiết", "Tổ Tài vụ", "2026-06-30"),
    ]
