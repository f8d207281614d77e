"""PowerPoint (.pptx) reader (python-pptx): slide by slide, its text frames as paragraphs and its
tables as Tables, in the order a reader's eye takes the shapes (top to bottom, then left to right;
a group's shapes in their own order).

A title placeholder is a heading; a paragraph of a body placeholder, or one whose bullet the
file sets (`a:buChar`, `a:buAutoNum`), is a list item of its level with the mark the slide draws
(`-` for a bullet, `1.` counting for a numbered one) unless its text already starts with one, and
none where the paragraph turns the bullet off (`a:buNone`). A line break inside a paragraph stays
a line break. Speaker notes and the footer, slide-number and date placeholders are not content,
nor is a text box printed on most slides with only its numbers changed (a running footer
`Ban … | Giao ban quý I/2027 | 3`). A table's merged cells (gridSpan/rowSpan) are spans. The
package was measured by limits.check_zip before python-pptx opens it (entities are not resolved).
"""

import io
import re

from django.utils.translation import gettext as _

from engine.importing.blocks import grid_from_spans, pages_per_key, repeat_key
from engine.importing.errors import ImportFailed
from engine.importing.readers import Builder, Document, _clean

_DRAWN_MARK = re.compile(r"^\s*(?:[-–—+*•▪■●◦►▸➢➤✓⇒→]|\d{1,2}[.)]|[a-zđ][.)])\s")


def read_pptx(data: bytes, name: str) -> Document:
    from pptx import Presentation

    try:
        deck = Presentation(io.BytesIO(data))
        slides = [_slide_pieces(slide) for slide in deck.slides]
    except MemoryError:
        raise
    except Exception as exc:  # python-pptx raises KeyError, ValueError, lxml errors for a damaged file
        raise ImportFailed(
            _("The PowerPoint file is damaged (%(error)s).") % {"error": exc.__class__.__name__}, source=name
        ) from None
    running = _running_texts(slides)
    document = Document(name=name, kind="pptx")
    builder = Builder(document)
    for number, pieces in enumerate(slides, start=1):
        ref = _("slide %(s)d") % {"s": number}
        for kind, value, style, level, repeated in pieces:
            if kind == "p":
                if not (repeated and repeat_key(value) in running):
                    builder.paragraph(value, ref=ref, style=style, level=level)
                continue
            grid = grid_from_spans(value)
            table_number = builder.tables + 1
            refs = [
                _("slide %(s)d, table %(t)d, row %(r)d") % {"s": number, "t": table_number, "r": r}
                for r in range(1, len(grid) + 1)
            ]
            builder.table(grid, ref=ref, row_refs=refs)
    return document


def _slide_pieces(slide) -> list[tuple]:
    """("p", text, style, level, may_repeat) and ("t", rows of (text, row_span, col_span), …)."""
    pieces: list[tuple] = []
    for shape in _reading_order(slide.shapes):
        pieces.extend(_shape_pieces(shape))
    return pieces


def _reading_order(shapes) -> list:
    def position(indexed):
        index, shape = indexed
        return (shape.top or 0, shape.left or 0, index)

    return [shape for _index, shape in sorted(enumerate(shapes), key=position)]


def _shape_pieces(shape) -> list[tuple]:
    from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER

    if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
        return [piece for child in _reading_order(shape.shapes) for piece in _shape_pieces(child)]
    if getattr(shape, "has_table", False) and shape.has_table:
        return [("t", _table_rows(shape.table), "", 0, False)]
    if not getattr(shape, "has_text_frame", False) or not shape.has_text_frame:
        return []
    kind = shape.placeholder_format.type if shape.is_placeholder else None
    if kind in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE):
        return []
    if kind in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE):
        text = _clean(" ".join(shape.text_frame.text.replace("\v", " ").split()))
        return [("p", text, "heading", 1, False)] if text else []
    body = kind in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.VERTICAL_BODY)
    pieces = []
    counters: dict[int, int] = {}
    for paragraph in shape.text_frame.paragraphs:
        text = _clean(paragraph.text.replace("\v", "\n"))
        if not text:
            continue
        level = paragraph.level
        bullet = _bullet(paragraph, body)
        for deeper in [key for key in counters if key > level]:
            del counters[deeper]
        if bullet is None:
            counters.pop(level, None)
            pieces.append(("p", text, "", 0, not shape.is_placeholder))
            continue
        if bullet == "number":
            counters[level] = counters.get(level, 0) + 1
            mark = f"{counters[level]}."
        else:
            mark = "-"
        if not _DRAWN_MARK.match(text):
            text = f"{mark} {text}"
        pieces.append(("p", text, "list", level, False))
    return pieces


def _bullet(paragraph, body: bool) -> str | None:
    """ "bullet", "number" or None: what the slide draws before the paragraph."""
    properties = paragraph._p.pPr  # python-pptx has no API for a paragraph's bullet
    if properties is not None:
        for child in properties:
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "buNone":
                return None
            if tag == "buAutoNum":
                return "number"
            if tag in ("buChar", "buBlip"):
                return "bullet"
    return "bullet" if body else None


def _table_rows(table) -> list[list[tuple]]:
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if cell.is_spanned:
                continue  # covered by a merge: grid_from_spans fills it
            text = _clean(" ".join(cell.text.replace("\v", " ").split()))
            cells.append((text, cell.span_height, cell.span_width))
        rows.append(cells)
    return rows


def _running_texts(slides: list[list[tuple]]) -> set[str]:
    """Text-box paragraphs printed on more than half the slides (two at least) with only their numbers
    changed: a running footer or header, not content."""
    boxes = ([piece[1] for piece in pieces if piece[0] == "p" and piece[4]] for pieces in slides)
    counts = pages_per_key(boxes)
    return {key for key, count in counts.items() if count >= 2 and count * 2 > len(slides)}
