"""Word and Excel programmes, built here with python-docx and openpyxl, import like the text seeds."""

import io

import docx
import openpyxl
import pytest

from engine.importing.build import import_document
from engine.importing.errors import ImportFailed
from engine.importing.units import UnitRef
from tests.importing.legacy import to_tcvn3

UNITS = [
    UnitRef(1, "Văn phòng Sở", "Văn phòng", "secretariat", ("VP",)),
    UnitRef(2, "Phòng Quản lý Khoa học", "QLKH", "division", ("Quản lý KH",)),
    UnitRef(3, "Phòng Chuyển đổi số", "CĐS", "division", ()),
    UnitRef(4, "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng", "KTTCĐLCL", "service_centre", ()),
]
ROWS = [
    ("1", "Tổ chức Hội nghị tổng kết công tác năm 2025", "Văn phòng", "Phòng CDS", "Tháng 01"),
    ("2", "Tổ chức 05 Hội đồng nghiệm thu nhiệm vụ KH&CN", "Quản lý KH", "", ""),  # merged time cell
    ("3", "Xây dựng kế hoạch chuyển đổi số năm 2026", "Chuyển đổi số", "Văn phòng; QLKH", "Quý II/2026"),
    ("4", "Theo dõi việc thực hiện nhiệm vụ", "Các phòng, đơn vị thuộc Sở", "", "Thường xuyên"),
]
HEADER = ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện")


def _docx(
    title: str = "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026", rows=ROWS, header=HEADER, merged="Tháng 01"
) -> bytes:
    document = docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for col, text in enumerate(header):
        table.cell(0, col).text = text
    for r, row in enumerate(rows, start=1):
        for col, text in enumerate(row):
            if text:
                table.cell(r, col).text = text
    # "Tháng 01" covers rows 1 and 2: a vertically merged cell.
    table.cell(1, 4).merge(table.cell(2, 4))
    table.cell(1, 4).text = merged
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _xlsx(rows=ROWS) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Chương trình"
    sheet.append(["CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026"])
    sheet.append([*list(HEADER), "Đơn vị tính", "Kế hoạch"])
    for row in rows:
        sheet.append([*list(row), "Mẫu", 8000.0] if row[0] == "1" else list(row))
    sheet.merge_cells("E3:E4")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _check(result):
    assert result.period_start.isoformat() == "2026-01-01"
    items = [item.as_json() for item in result.items]
    assert [item["ref"] for item in items] == ["1", "2", "3", "4"]
    assert items[0]["lead_units"] == ["Văn phòng Sở"]
    assert items[0]["coordinating_units"] == ["Phòng Chuyển đổi số"]
    assert items[0]["due_date"] == "2026-01-31"
    assert items[1]["due_date"] == "2026-01-31"  # carried down from the merged cell
    assert items[1]["indicator"] == {
        "name": "Tổ chức 05 Hội đồng nghiệm thu nhiệm vụ KH&CN",
        "measure": "Hội đồng",
        "target": 5,
    }
    assert items[2]["lead_units"] == ["Phòng Chuyển đổi số"]
    assert items[2]["coordinating_units"] == ["Văn phòng Sở", "Phòng Quản lý Khoa học"]
    assert items[2]["due_date"] == "2026-06-30"
    assert items[3]["lead_units"] == [unit.name for unit in UNITS]
    assert (items[3]["due_date"], items[3]["recurrence"]) == (None, "ongoing")
    return items


def test_docx_table_with_a_merged_time_cell():
    _check(import_document(_docx(), "chuong-trinh.docx", units=UNITS))


def test_xlsx_sheet_with_merged_cells_and_vietnamese_numbers():
    items = _check(import_document(_xlsx(), "chuong-trinh.xlsx", units=UNITS))
    assert items[0]["indicator"] == {
        "name": "Tổ chức Hội nghị tổng kết công tác năm 2025",
        "measure": "Mẫu",
        "target": 8000,
    }


def test_docx_in_a_tcvn3_font_is_converted():
    rows = [tuple(to_tcvn3(cell) for cell in row) for row in ROWS]
    header = tuple(to_tcvn3(h) for h in HEADER)
    data = _docx(to_tcvn3("Chương trình công tác năm 2026"), rows, header, to_tcvn3("Tháng 01"))
    result = import_document(data, "abc.docx", units=UNITS)
    assert result.encoding == "tcvn3"
    _check(result)


def test_docx_without_recognisable_columns():
    data = _docx(header=("A", "B", "C", "D", "E"))
    with pytest.raises(ImportFailed) as caught:
        import_document(data, "bang.docx", units=UNITS)
    assert "bang.docx" in caught.value.message


def test_corrupt_xlsx():
    data = _xlsx()
    broken = data[:200] + b"\x00" * 50 + data[250:]
    with pytest.raises(ImportFailed) as caught:
        import_document(broken, "hong.xlsx", units=UNITS)
    assert "hong.xlsx" in caught.value.message


def _w(tag: str, text: str | None = None, **attributes):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(f"w:{tag}")
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    if text is not None:
        element.text = text
    return element


def _run(text: str, deleted: bool = False):
    run = _w("r")
    run.append(_w("delText" if deleted else "t", text))
    return run


def _wrapped(tag: str, *children):
    wrapper = _w(tag, id="1", author="A", date="2026-01-01T00:00:00Z")
    for child in children:
        wrapper.append(child)
    return wrapper


def _control(*children, placeholder: bool = False):
    control = _w("sdt")
    properties = _w("sdtPr")
    if placeholder:
        properties.append(_w("showingPlcHdr"))
    control.append(properties)
    content = _w("sdtContent")
    for child in children:
        content.append(child)
    control.append(content)
    return control


def _saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _texts(data: bytes, name: str) -> list[tuple[str, ...]]:
    from engine.importing.readers import read_document

    return [line.filled for line in read_document(data, name).lines if line.filled]


def test_docx_tracked_changes_read_accepted():
    """A deletion is gone, an insertion and a move's destination are in, a deleted row is dropped."""
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph._p.append(_run("Hạn "))
    paragraph._p.append(_wrapped("del", _run("cũ", deleted=True)))
    paragraph._p.append(_wrapped("ins", _run("mới")))
    paragraph._p.append(_wrapped("moveFrom", _run(" chuyển đi", deleted=True)))
    paragraph._p.append(_wrapped("moveTo", _run(" chuyển đến")))
    table = document.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("Việc giữ", "1/3"), ("Việc xóa", "2/3"), ("Việc chèn", "3/3")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    table.rows[1]._tr.get_or_add_trPr().append(_w("del", id="2", author="A"))
    inserted = table.cell(2, 0).paragraphs[0]._p
    for run in list(inserted.iter(f"{{{inserted.nsmap['w']}}}r")):
        inserted.remove(run)
    inserted.append(_wrapped("ins", _run("Việc chèn")))
    assert _texts(_saved(document), "sua.docx") == [
        ("Hạn mới chuyển đến",),
        ("Việc giữ", "1/3"),
        ("Việc chèn", "3/3"),
    ]


def test_docx_content_controls_read_as_their_content():
    """A table inside a block control, a row and a cell inside controls, a run inside one; a
    placeholder's prompt is no text."""
    document = docx.Document()
    document.add_paragraph("Trước bảng")
    table = document.add_table(rows=3, cols=2)
    rows = [("Nhiệm vụ", "Thời hạn"), ("Việc một", "1/3"), ("Việc hai", "2/3")]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = ""
            cell.paragraphs[0]._p.append(_control(_run(text)))
    prompt = table.cell(2, 1).paragraphs[0]._p
    prompt.append(_control(_run("Bấm để nhập ngày."), placeholder=True))
    for element in (table.rows[1]._tr, table.rows[2]._tr.tc_lst[0], table._tbl):
        parent, position = element.getparent(), element.getparent().index(element)
        parent.insert(position, _control(element))
    assert _texts(_saved(document), "mau.docx") == [
        ("Trước bảng",),
        ("Nhiệm vụ", "Thời hạn"),
        ("Việc một", "1/3"),
        ("Việc hai", "2/3"),
    ]


def test_xlsx_sheet_named_for_a_unit_leads_its_rows():
    """A workbook of a sheet per unit: the sheet's name leads rows no column assigns; a sheet named
    for a time leads nothing."""
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "Phòng Chuyển đổi số"
    second = workbook.create_sheet("Quý II")
    for sheet in (first, second):
        sheet.append(["NHIỆM VỤ NĂM 2026"])
        sheet.append(["TT", "Nội dung", "Thời hạn"])
        sheet.append(["1", f"Xây dựng báo cáo chuyên đề {sheet.title}", "30/6/2026"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    items = [item.as_json() for item in import_document(buffer.getvalue(), "so.xlsx", units=UNITS).items]
    assert [item["lead_units"] for item in items] == [["Phòng Chuyển đổi số"], []]
