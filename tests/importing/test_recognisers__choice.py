"""Recognisers are chosen by support, not by fall-through; the OCR layout only for text without diacritics."""

from engine.importing import recognisers
from engine.importing.blocks import blocks_from_lines
from engine.importing.model import RawItem
from engine.importing.readers import Document, Line
from engine.importing.recognition import (
    Context,
    Recognised,
    diacritic_share,
    measure_support,
    task_like_count,
)


def _document(*texts: str) -> Document:
    document = Document(name="t.txt", kind="text")
    document.lines = [Line(n, tuple(text.split("\t"))) for n, text in enumerate(texts, start=1)]
    document.blocks = blocks_from_lines(document.lines)
    return document


def test_diacritic_share_tells_typed_vietnamese_from_ocr_text():
    typed = _document("Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện")
    ocr = _document("Giao So Noi vu chu tri, phoi hop voi cac co quan lien quan to chuc thuc hien")
    assert diacritic_share(typed) > 0.8
    assert diacritic_share(ocr) == 0.0


def test_the_ocr_layout_does_not_apply_to_typed_vietnamese():
    document = _document("TT\tNội dung\tĐơn vị chủ trì", "1\tTổ chức hội nghị tổng kết\tVăn phòng Sở")
    assert recognisers.ocr_table_rows(Context(document, resolver=None)) is None


def test_task_like_pieces_are_table_rows_and_list_paragraphs():
    document = _document(
        "TT\tNội dung\tĐơn vị chủ trì",
        "1\tTổ chức hội nghị\tVăn phòng",
        "2\tXây dựng kế hoạch\tPhòng A",
        "a) Rà soát văn bản",
        "Trân trọng.",
    )
    assert task_like_count(document) == 3


def test_support_grows_with_coverage_and_fields():
    document = _document("1. Một", "2. Hai", "3. Ba", "4. Bốn")
    bare = [RawItem("Một", 1), RawItem("Hai", 2)]
    full = [
        RawItem(text, n, lead="Sở A", due="Tháng 3") for n, text in enumerate(("Một", "Hai", "Ba", "Bốn"))
    ]
    assert measure_support(bare, document) == 0.3  # half the pieces, no field
    assert measure_support(full, document) == 1.0
    unsure = [RawItem(text, n, lead="Sở A", due="Tháng 3", confidence=0.5) for n, text in enumerate("ABCD")]
    assert measure_support(unsure, document) == 0.5


def test_the_best_supported_answer_wins_and_a_tie_keeps_the_earlier():
    context = Context(_document("1. x"), resolver=None)
    weak = lambda _c: Recognised("weak", [RawItem("x", 1)], support=0.4)  # noqa: E731
    strong = lambda _c: Recognised("strong", [RawItem("x", 1)], support=0.9)  # noqa: E731
    same = lambda _c: Recognised("same", [RawItem("x", 1)], support=0.4)  # noqa: E731
    nothing = lambda _c: None  # noqa: E731
    assert recognisers.best(context, [weak, strong, nothing])[0].layout == "strong"
    assert recognisers.best(context, [weak, same])[0].layout == "weak"
    assert recognisers.best(context, [nothing])[0] is None


def test_prose_duties_and_an_appendix_table_on_other_lines_are_read_together():
    context = Context(_document("1. x"), resolver=None)
    prose = [RawItem(f"duty {n}", n, lead="Sở A") for n in (1, 2, 3, 4)]
    table = [RawItem(f"row {n}", n, lead="Sở B", due="Quý II") for n in (10, 11, 12)]
    shared = [RawItem(f"row {n}", n, lead="Sở B", due="Quý II") for n in (3, 11, 12)]
    sparse = [RawItem(f"row {n}", n) for n in (10, 11, 12)]

    def answer(layout, items, support):
        return lambda _c: Recognised(
            layout, [RawItem(i.content, i.line, lead=i.lead, due=i.due) for i in items], support=support
        )

    both = recognisers.best(context, [answer("prose_plan", prose, 0.5), answer("columns", table, 0.2)])[0]
    assert both.layout == "prose_plan+columns"
    assert [item.line for item in both.items] == [1, 2, 3, 4, 10, 11, 12]
    # Readings of the same lines, or a table read without its fields, do not join.
    assert (
        recognisers.best(context, [answer("prose_plan", prose, 0.5), answer("columns", shared, 0.2)])[
            0
        ].layout
        == "prose_plan"
    )
    assert (
        recognisers.best(context, [answer("prose_plan", prose, 0.5), answer("columns", sparse, 0.2)])[
            0
        ].layout
        == "prose_plan"
    )


def test_a_schedule_table_led_by_the_paragraph_above_joins_the_prose_plan_around_it():
    from engine.importing.blocks import Paragraph, Table, grid_from_spans
    from engine.importing.units import UnitResolver

    rows = [["TT", "Nội dung", "Trách nhiệm thực hiện", "Thời gian (Năm 2026)"]] + [
        [str(n), f"Giải đáp vướng mắc chuyên mục {n}", f"Lãnh đạo Sở {n}", f"Ngày {n:02d}/03/2026"]
        for n in range(1, 5)
    ]
    document = Document(name="kh.docx", kind="docx")
    document.blocks = [
        Paragraph("III. HOẠT ĐỘNG TRỌNG TÂM", line=1),
        Paragraph("1. Xây dựng chương trình truyền hình", line=2),
        Paragraph(
            "Báo và Phát thanh, Truyền hình tỉnh chủ trì, phối hợp với các sở thực hiện 4 chuyên mục:", line=3
        ),
        Table(grid_from_spans([[(t, 1, 1) for t in row] for row in rows]), row_lines=[4, 5, 6, 7, 8]),
        Paragraph("IV. TỔ CHỨC THỰC HIỆN", line=9),
        Paragraph("1. Sở Nội vụ:", line=10),
        *[
            Paragraph(f"{letter}) Nhiệm vụ thứ {letter} của Sở", line=11 + n)
            for n, letter in enumerate("abcdeg")
        ],
        Paragraph("2. Sở Tư pháp: Lồng ghép tuyên truyền pháp luật.", line=17),
    ]
    chosen, _answers = recognisers.best(Context(document, UnitResolver([])))
    assert chosen.layout == "prose_plan+columns"
    table_rows = [item for item in chosen.items if item.content.startswith("Giải đáp")]
    assert len(table_rows) == 4 and {item.lead for item in table_rows} == {
        "Báo và Phát thanh, Truyền hình tỉnh"
    }


def test_two_dated_duties_beside_a_task_table_join_it():
    # A plan's implementation section (`1. <unit>: … trước ngày …`) under its task appendix: fewer
    # than COMBINE_MIN_ITEMS items join when each is dated and one names its unit; undated do not.
    context = Context(_document("1. x"), resolver=None)
    table = [RawItem(f"row {n}", n, lead="Sở B", due="Quý II") for n in (10, 11, 12, 13)]
    dated = [RawItem("duty 1", 1, lead="Sở A", due="trước ngày 15/12"), RawItem("duty 2", 2, due="31/3")]
    undated = [RawItem("duty 1", 1, lead="Sở A"), RawItem("duty 2", 2, lead="Sở C", due="31/3")]

    def answer(layout, items, support):
        return lambda _c: Recognised(
            layout, [RawItem(i.content, i.line, lead=i.lead, due=i.due) for i in items], support=support
        )

    both = recognisers.best(context, [answer("columns", table, 0.5), answer("prose_plan", dated, 0.1)])[0]
    assert both.layout == "columns+prose_plan"
    alone = recognisers.best(context, [answer("columns", table, 0.5), answer("prose_plan", undated, 0.1)])[0]
    assert alone.layout == "columns"
