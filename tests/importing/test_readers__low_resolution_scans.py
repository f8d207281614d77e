"""Scans stored at a low resolution (100–150 dpi), a little askew: a ruled table whose straightened
lines are staircases of pieces is still one table; the page is smoothed before Tesseract reads it; an
article whose line above lost its closing dot to OCR still opens a paragraph; and a scanned decision's
dated duty joins the reading of its scanned appendix. Pages are drawn here with Pillow; own text."""

import io

from engine.importing import recognisers
from engine.importing.layouts.outline import paragraphs
from engine.importing.model import RawItem
from engine.importing.read_ocr import add_ocr_page, scan_dpi, smoothed
from engine.importing.readers import Builder, Document
from engine.importing.recognition import Context, Recognised


def _low_resolution_table():
    """A ruled table drawn at 150 dpi with rows of several lines' height, turned 0.4° as a page laid
    by hand, thresholded, then rendered at 300 dpi (each stored pixel a square of four)."""
    from PIL import Image, ImageDraw

    page = Image.new("L", (1200, 1500), 255)
    draw = ImageDraw.Draw(page)
    columns, rows = [100, 180, 700, 950, 1100], [100, 160, 400, 700, 1000, 1300]
    for y in rows:
        draw.line([(columns[0], y), (columns[-1], y)], fill=0, width=1)
    for x in columns:
        draw.line([(x, rows[0]), (x, rows[-1])], fill=0, width=1)
    turned = page.rotate(0.4, fillcolor=255).point(lambda value: 255 if value > 170 else 0)
    return turned.resize((2400, 3000), Image.Resampling.NEAREST)


def test_a_turned_low_resolution_table_straightened_in_pieces_is_one_table():
    """Straightened, each ruling line is a staircase of pieces that overlap end to end; the pieces
    are one line, so the table is one grid with every row, not a grid per column."""
    from engine.importing.ocr_grid import find_grids_straightened

    grids, _erased, _to_grid = find_grids_straightened(_low_resolution_table(), 300)
    assert len(grids) == 1
    assert len(grids[0].xs) == 5 and len(grids[0].ys) == 6


def _pdf_of(image, dpi: int) -> bytes:
    buffer = io.BytesIO()
    image.convert("1").save(buffer, "PDF", resolution=dpi)
    return buffer.getvalue()


def test_a_low_resolution_scan_is_smoothed_before_it_is_read():
    import pypdfium2
    from PIL import Image, ImageDraw

    page = Image.new("L", (600, 800), 255)
    ImageDraw.Draw(page).rectangle([100, 100, 300, 110], fill=0)
    for dpi in (150, 300):
        pdf = pypdfium2.PdfDocument(
            _pdf_of(page.resize((page.width * dpi // 150, page.height * dpi // 150)), dpi)
        )
        assert abs(scan_dpi(pdf[0]) - dpi) < 1
        pdf.close()
    rendered = page.resize((1200, 1600), Image.Resampling.NEAREST)  # stored at 150, rendered at 300
    soft = smoothed(rendered, 300, 150)
    assert any(0 < value < 255 for value in soft.crop((190, 190, 210, 230)).tobytes())  # grey edges
    assert smoothed(rendered, 300, 300) is rendered  # a scan stored at 300 dpi is read as it is
    assert smoothed(rendered, 300, None) is rendered  # a page without an image


def test_an_article_opens_a_paragraph_where_ocr_read_the_dot_above_as_a_comma():
    document = Document(name="qd.pdf", kind="pdf", ocr=True)
    add_ocr_page(
        Builder(document, ocr=True),
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Phê duyệt Đề án bảo tồn làng nghề gốm Bình Hòa giai đoạn 2027 -\n"
        "2030 của xã Bình Hòa,\n"
        "Điều 2. Giao Phòng Văn hóa - Xã hội chủ trì tổ chức thực hiện Đề án;\n"
        "báo cáo kết quả trước ngày 15/12/2027.\n",
        1,
    )
    texts = [text for _line, text in paragraphs(document) if text]
    assert texts[1] == (
        "Điều 1. Phê duyệt Đề án bảo tồn làng nghề gốm Bình Hòa giai đoạn 2027 - 2030 của xã Bình Hòa,"
    )
    assert texts[2].startswith("Điều 2. Giao Phòng Văn hóa - Xã hội") and texts[2].endswith("15/12/2027.")


def test_a_scanned_decisions_dated_duty_joins_its_scanned_appendix():
    """Every item of a scan is worth at most OCR_CONFIDENCE; the bar the other reading must clear to
    join is lowered by as much, so a scan joins its two readings as the same text typed does."""
    document = Document(name="qd.pdf", kind="pdf", ocr=True)
    context = Context(document, resolver=None)
    rows = [RawItem(f"row {n}", n, lead="Phòng Kinh tế", due="Quý III/2027") for n in (20, 21, 22)]
    duty = [RawItem("Giao Văn phòng theo dõi", 9, lead="Văn phòng", due="trước ngày 15/12/2027")]

    def answer(layout, items, support):
        return lambda _c: Recognised(
            layout, [RawItem(i.content, i.line, lead=i.lead, due=i.due) for i in items], support=support
        )

    both = recognisers.best(context, [answer("columns", rows, 0.7), answer("decision", duty, 0.1)])[0]
    assert both.layout == "columns+decision"
    assert [item.line for item in both.items] == [9, 20, 21, 22]
    assert all(item.ocr for item in both.items)
    # Typed text without diacritics has its items flagged OCR too, but it is no scan: the whole bar.
    typed = Context(Document(name="qd.txt", kind="text"), resolver=None)

    def flagged(layout, items, support):
        return lambda _c: Recognised(
            layout,
            [RawItem(i.content, i.line, lead=i.lead, due=i.due, ocr=True, confidence=0.7) for i in items],
            support=support,
        )

    kept = recognisers.best(typed, [flagged("columns", rows, 0.7), flagged("decision", duty, 0.1)])[0]
    assert kept.layout == "columns"
    # An undated duty without a lead stays out, scan or not.
    vague = [RawItem("Theo dõi việc thực hiện", 9)]
    alone = recognisers.best(context, [answer("columns", rows, 0.7), answer("decision", vague, 0.1)])[0]
    assert alone.layout == "columns"
