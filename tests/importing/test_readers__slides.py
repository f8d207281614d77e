"""A PowerPoint deck is read slide by slide: titles as headings, text frames as paragraphs (a body
placeholder's and a set bullet's lines as list items with the mark the slide draws), tables as
Tables with their merges; speaker notes, footer placeholders and a text box repeated on most slides
with only its numbers changed are no content. The package's limits apply as to a .docx; a .ppt or
.odp needs LibreOffice Impress and says so. Decks built here with python-pptx, not corpus files."""

import io

import pytest
from django.test import override_settings
from django.utils import translation
from pptx import Presentation
from pptx.util import Cm

from engine.importing import read_office
from engine.importing.blocks import Paragraph, Table
from engine.importing.build import import_document
from engine.importing.errors import ImportFailed
from engine.importing.readers import read_document

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def _save(deck) -> bytes:
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def _footer(slide, n: int) -> None:
    box = slide.shapes.add_textbox(Cm(1), Cm(17.5), Cm(20), Cm(1))
    box.text_frame.text = f"Trường THPT Lê Lợi - Họp hội đồng tháng 9 - {n}"


def _deck() -> bytes:
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])  # title and body placeholder
    slide.shapes.title.text = "VIỆC CẦN LÀM THÁNG 10"
    frame = slide.placeholders[1].text_frame
    frame.text = "Tổ Toán: ra đề kiểm tra giữa kỳ, xong trước 15/10/2027"
    sub = frame.add_paragraph()
    sub.text = "khối 10 và khối 11"
    sub.level = 1
    slide.notes_slide.notes_text_frame.text = "Nhắc Tổ Văn nộp kế hoạch trước 01/10/2027"
    _footer(slide, 1)

    slide = deck.slides.add_slide(deck.slide_layouts[5])  # title only
    slide.shapes.title.text = "PHÂN CÔNG"
    shape = slide.shapes.add_table(3, 3, Cm(1), Cm(4), Cm(20), Cm(4))
    table = shape.table
    for c, text in enumerate(["Nội dung", "Tổ chủ trì", "Thời hạn"]):
        table.cell(0, c).text = text
    table.cell(1, 0).text = "Tổ chức hội giảng"
    table.cell(1, 1).text = "Tổ Ngữ văn"
    table.cell(1, 2).text = "30/11/2027"
    table.cell(2, 0).text = "Chấm thi học sinh giỏi"
    table.cell(1, 1).merge(table.cell(2, 1))  # the lead merged down over both rows
    table.cell(2, 2).text = "20/12/2027"
    _footer(slide, 2)

    slide = deck.slides.add_slide(deck.slide_layouts[6])  # blank: text boxes only
    box = slide.shapes.add_textbox(Cm(1), Cm(6), Cm(20), Cm(3))
    box.text_frame.text = "• Tổ Tin học: cập nhật điểm lên phần mềm"
    plain = box.text_frame.add_paragraph()
    plain.text = "Ghi chú: theo lịch của Sở"
    title = slide.shapes.add_textbox(Cm(1), Cm(1), Cm(20), Cm(2))  # added last, printed on top
    title.text_frame.text = "VIỆC KHÁC"
    _footer(slide, 3)
    return _save(deck)


def _texts(document) -> list[tuple[str, str, int]]:
    return [(b.text, b.style, b.level) for b in document.blocks if isinstance(b, Paragraph)]


def test_slides_are_read_in_order_as_headings_list_items_and_tables():
    document = read_document(_deck(), "hop.pptx")
    assert document.kind == "pptx"
    assert _texts(document)[:3] == [
        ("VIỆC CẦN LÀM THÁNG 10", "heading", 1),
        ("- Tổ Toán: ra đề kiểm tra giữa kỳ, xong trước 15/10/2027", "list", 0),
        ("- khối 10 và khối 11", "list", 1),
    ]
    (table,) = [b for b in document.blocks if isinstance(b, Table)]
    assert table.texts(1) == ["Tổ chức hội giảng", "Tổ Ngữ văn", "30/11/2027"]
    assert table.texts(2) == ["Chấm thi học sinh giỏi", "Tổ Ngữ văn", "20/12/2027"]
    assert table.rows[2][1].merged_from == (1, 1)
    assert table.row_refs[1] == "slide 2, table 1, row 2"
    # A slide's shapes in reading order (the title box on top though added last); a typed bullet kept.
    assert _texts(document)[-3:] == [
        ("VIỆC KHÁC", "", 0),
        ("• Tổ Tin học: cập nhật điểm lên phần mềm", "", 0),
        ("Ghi chú: theo lịch của Sở", "", 0),
    ]


def test_notes_and_a_running_footer_are_no_content():
    texts = [text for text, _style, _level in _texts(read_document(_deck(), "hop.pptx"))]
    assert not any("Tổ Văn" in text for text in texts)  # the speaker notes
    assert not any("Họp hội đồng" in text for text in texts)  # on every slide, its number changing


def test_a_text_box_on_one_slide_only_is_content():
    deck = Presentation()
    for n in range(3):
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        box = slide.shapes.add_textbox(Cm(1), Cm(1), Cm(20), Cm(2))
        box.text_frame.text = f"Trang {n + 1}" if n else "Sở Y tế: kiểm tra 3 bệnh viện"
    texts = [text for text, _s, _l in _texts(read_document(_save(deck), "a.pptx"))]
    assert texts == ["Sở Y tế: kiểm tra 3 bệnh viện"]  # "Trang N" on two of three slides: dropped


def test_a_deck_is_imported_as_tasks():
    result = import_document(_deck(), "hop.pptx", units=[], year=2027)
    got = {(item.content.split(",")[0], item.due_text) for item in result.items}
    assert ("Tổ chức hội giảng", "30/11/2027") in got and ("Chấm thi học sinh giỏi", "20/12/2027") in got


@override_settings(IMPORT_MAX_PARAGRAPHS=50)
def test_a_deck_of_too_many_paragraphs_is_refused_before_python_pptx_opens_it():
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    box = slide.shapes.add_textbox(Cm(1), Cm(1), Cm(20), Cm(10))
    for n in range(80):
        box.text_frame.add_paragraph().text = f"dòng {n}"
    with pytest.raises(ImportFailed) as caught:
        read_document(_save(deck), "many.pptx")
    assert "IMPORT_MAX_PARAGRAPHS" in caught.value.reason


def test_a_damaged_deck_is_refused_with_a_message():
    data = _deck()
    import zipfile

    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            if info.filename != "ppt/slides/slide1.xml":
                target.writestr(info, source.read(info))
    with pytest.raises(ImportFailed) as caught:
        read_document(broken.getvalue(), "broken.pptx")
    assert "damaged" in caught.value.reason


def test_a_ppt_or_odp_without_impress_says_which_package_to_install(monkeypatch, tmp_path):
    program = tmp_path / "program" / "soffice"
    program.parent.mkdir()
    program.write_text("")
    (tmp_path / "share" / "registry").mkdir(parents=True)
    (tmp_path / "share" / "registry" / "writer.xcd").write_text("")  # Writer and Calc, no Impress
    monkeypatch.setattr(read_office, "soffice_path", lambda: str(program))
    ppt = read_office.OLE_MAGIC + b"\x00" * 64 + "PowerPoint Document".encode("utf-16-le") + b"\x00" * 64
    for data, name in ((ppt, "old.ppt"), (b"PK\x03\x04", "deck.odp")):
        with pytest.raises(ImportFailed) as caught:
            read_office.read_converted(data, name, "pptx")
        assert "LibreOffice Impress" in caught.value.reason and ".pptx" in caught.value.reason
    assert read_office.is_ppt(ppt) and not read_office.is_ppt(read_office.OLE_MAGIC + b"WordDocument")
