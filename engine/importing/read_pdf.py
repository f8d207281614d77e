"""PDF reader: the text layer's ruled tables and lines (pdfplumber), or OCR where it has none.

pdfplumber (pdfminer.six underneath) places every character, so a table's ruling lines give its
cells (a Word programme exported to PDF reads like the .docx) and Vietnamese letters built from
a base and a combining mark come out whole, in page order. A scan has no text layer, or a hidden
one that an old OCR wrote badly (diacritics read as digits: "Nguy6n", "H4nh phric"); both are
read again by Tesseract (engine/importing/read_ocr.py).

A table printed without ruling lines (columns only by alignment) has no cells to find: its cells'
wrapped lines come out of the text layer interleaved, line by line. Such pages are laid out again
as text drawn with spaces (each word at its x, a wide gap as two spaces or more) and read by the
plain-text reader's rules for tables drawn with spaces (engine/importing/read_fixed_width.py), over
the page breaks, so a table that runs onto the next page without its header stays one table.
"""

import io
import re
from dataclasses import dataclass
from itertools import pairwise

from django.utils.translation import gettext as _

from engine.importing.blocks import Cell
from engine.importing.encodings import VIETNAMESE
from engine.importing.errors import ImportFailed
from engine.importing.limits import limit, refuse
from engine.importing.readers import Builder, Document, _clean, _fix_legacy


def read_pdf(data: bytes, name: str) -> Document:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    document = Document(name=name, kind="pdf")
    has_text = has_images = False
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > limit("IMPORT_MAX_PAGES"):
                raise refuse("IMPORT_MAX_PAGES", _("The PDF has %(n)d pages."), name, n=len(pdf.pages))
            builder = Builder(document)
            laid_out: list[list[LaidLine] | None] = []
            for page_number, page in enumerate(pdf.pages, start=1):
                has_text = has_text or bool(page.chars)
                has_images = has_images or bool(page.images)
                _pdf_page(builder, page, page_number)
                # A page without a drawn line may hold a table aligned by spaces only.
                laid_out.append(None if page.lines or page.rects or page.curves else laid_out_lines(page))
                page.flush_cache()
            spaced = spaced_tables(laid_out)
            if spaced:  # read again, those pages' lines from their laid-out text
                document = Document(name=name, kind="pdf")
                builder = Builder(document)
                for page_number, page in enumerate(pdf.pages, start=1):
                    _pdf_page(builder, page, page_number, spaced.get(page_number))
                    page.flush_cache()
    except ImportFailed:
        raise
    except Exception as exc:  # pdfminer raises many kinds for a damaged file; pdfplumber wraps them
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise ImportFailed(_("The PDF is password-protected."), source=name) from None
        raise ImportFailed(_("The PDF is damaged (%(error)s).") % {"error": exc}, source=name) from None
    text = "\n".join(line.text for line in document.lines)
    if not has_text or (has_images and garbled(text)):
        return _ocr(data, name, has_text)
    _drop_running_footers(document)
    _fix_legacy(document)
    return document


# A page's last line repeated on most pages with only its numbers changed ("Sở KH&CN | Giao ban
# tháng 6 | 3", "Trang 2/5"): a running footer, no part of the text it would be glued onto.
_MIN_FOOTER_PAGES = 3


def _drop_running_footers(document: Document) -> None:
    from engine.importing.blocks import Paragraph, pages_per_key, repeat_key

    last: dict[str, Paragraph] = {}
    for block in document.blocks:
        last[block.ref] = block  # the page's last block (a table's ref names its page too)
    paragraphs = [block for block in last.values() if isinstance(block, Paragraph)]
    counts = pages_per_key([block.text] for block in paragraphs)
    running = {key for key, count in counts.items() if count >= max(_MIN_FOOTER_PAGES, len(last) / 2)}
    running |= _page_counting_footers(paragraphs, counts, len(last))
    if running:
        dropped = {id(block) for block in paragraphs if repeat_key(block.text) in running}
        document.blocks = [block for block in document.blocks if id(block) not in dropped]


def _page_counting_footers(paragraphs: list, counts, pages: int) -> set[str]:
    """The footers of a document too short to tell one by repetition alone (two pages): a last line
    on every page that prints that page's own number (`Cục X - Trang 1`, `Cục X - Trang 2`) counts the
    pages; a sentence running over the break (`… hoàn` / `thành trước ngày …`) goes on past it."""
    from engine.importing.blocks import repeat_key

    if pages < 2:
        return set()
    found = set()
    for key, count in counts.items():
        if count != pages or "#" not in key:
            continue
        own = [block for block in paragraphs if repeat_key(block.text) == key]
        if all(_page_number(block.ref) in re.findall(r"\d+", block.text) for block in own):
            found.add(key)
    return found


def _page_number(ref: str) -> str:
    """The page's number in a block's ref (`trang 2` → `2`), "" where it names none."""
    found = re.search(r"\d+", ref)
    return found.group() if found else ""


def _ocr(data: bytes, name: str, has_text: bool) -> Document:
    from engine.importing.read_ocr import ocr_pdf, tesseract_path

    if tesseract_path() is None and not has_text:
        raise ImportFailed(_("The PDF has no text layer (a scan): run OCR on it first."), source=name)
    document = ocr_pdf(data, name)
    if not any(line.text.strip() for line in document.lines):
        raise ImportFailed(_("The PDF has no text layer (a scan) and OCR found no text in it."), source=name)
    return document


_WORD = re.compile(r"\S+")
_LETTER_DIGIT = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")


def garbled(text: str) -> bool:
    """A text layer an old OCR wrote without the diacritics: letters mixed with digits and symbols
    ("Nguy6n", "l$p", "LIBND") and almost no Vietnamese letters, where a real text has many."""
    words = [word for word in _WORD.findall(text[:200_000]) if any(ch.isalpha() for ch in word)]
    if len(words) < 30:
        return False
    mixed = sum(1 for word in words if _LETTER_DIGIT.search(word) and not word.isupper())
    vietnamese = sum(1 for word in words if any(ch in VIETNAMESE for ch in word))
    return mixed / len(words) > 0.04 and vietnamese / len(words) < 0.15


# A cell's text wrapped after a hyphen or slash ("1030-" / "2030)") joins without a space.
_WRAP_AFTER = re.compile(r"(?<=\w[-/])\n")


def _cell(text: str | None) -> str:
    return _clean(_WRAP_AFTER.sub("", text or "")).replace("\n", " ")


def _grid(table, texts: list[list[str | None]]) -> list[list[Cell]]:
    """A ruled table as a full grid. pdfplumber leaves None where no cell starts at a column's x:
    the position is covered by the cell to its left (whose box reaches past that x) or by the one
    above (whose box reaches below the row's top); it gets that cell's text and `merged_from`."""
    rows = table.rows
    boxes = [list(row.cells) for row in rows]
    width = max((len(row) for row in boxes), default=0)
    xs = sorted({box[0] for row in boxes for box in row if box})
    origin: dict[tuple[int, int], tuple[int, int]] = {}
    for r, row in enumerate(boxes):
        for c in range(width):
            box = row[c] if c < len(row) else None
            if box is not None:
                origin[(r, c)] = (r, c)
                continue
            left = origin.get((r, c - 1))
            above = origin.get((r - 1, c))
            x = xs[c] if c < len(xs) else None
            if left and x is not None and boxes[left[0]][left[1]][2] > x + 1:
                origin[(r, c)] = left
            elif above and boxes[above[0]][above[1]][3] > rows[r].bbox[1] + 1:
                origin[(r, c)] = above
    extent: dict[tuple[int, int], tuple[int, int]] = {}
    for (r, c), start in origin.items():
        last_r, last_c = extent.get(start, start)
        extent[start] = (max(last_r, r), max(last_c, c))
    grid = []
    for r in range(len(rows)):
        cells = []
        for c in range(width):
            start = origin.get((r, c))
            if start is None:
                cells.append(Cell(""))
                continue
            text = _cell(texts[start[0]][start[1]])
            last_r, last_c = extent[start]
            spans = (last_r - start[0] + 1, last_c - start[1] + 1)
            cells.append(Cell(text, *spans, None if start == (r, c) else start))
        grid.append(cells)
    return grid


def _pdf_page(builder: Builder, page, page_number: int, spaced: list | None = None) -> None:
    """Append one page: table rows (a Table per table) and text lines, sorted top to bottom; where
    `spaced` is given (the page holds a table aligned by spaces), its entries stand for the lines."""
    if spaced is not None:
        for entry in spaced:
            if isinstance(entry, str):
                builder.paragraph(entry, ref=_("page %(p)d") % {"p": page_number})
            else:
                rows, row_refs, number = entry
                ref = _("page %(p)d, table %(t)d") % {"p": page_number, "t": number}
                builder.table(rows, ref=ref, row_refs=row_refs)
        return
    tables = page.find_tables()
    _widen_past_the_edge(page, tables)
    placed: list[tuple[float, int, int, tuple[str, ...], str]] = []  # (top, table or 0, row, cells, ref)
    grids: dict[int, list[list[Cell]]] = {}
    for table_number, table in enumerate(tables, start=1):
        texts = table.extract()
        grids[table_number] = _grid(table, texts)
        for row_number, (row, cells) in enumerate(zip(table.rows, texts, strict=False), start=1):
            ref = _("page %(p)d, table %(t)d, row %(r)d") % {
                "p": page_number,
                "t": table_number,
                "r": row_number,
            }
            cells = tuple(_cell(cell) for cell in cells)
            placed.append((row.bbox[1], table_number, row_number - 1, cells, ref))

    def outside_tables(obj) -> bool:
        middle_x, middle_y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= middle_x <= x1 and top <= middle_y <= bottom for x0, top, x1, bottom in boxes)

    boxes = [table.bbox for table in tables]
    text_page = page.filter(outside_tables) if boxes else page
    regions = [text_page] if boxes else _column_regions(page)
    if side := _side_by_side(page, tables):
        # Tables side by side (one quarter each): the left one with its title, then the right one.
        gutter, upper, lower = side
        bands = [(0, 0, page.width, upper), (0, upper, gutter, lower), (gutter, upper, page.width, lower)]
        bands.append((0, lower, page.width, page.height))
        regions = [page.within_bbox(box).filter(outside_tables) for box in bands if box[3] - box[1] > 1]
        for index, (top, table_number, row_index, cells, ref) in enumerate(placed):
            band = 1 if tables[table_number - 1].bbox[2] <= gutter else 2
            placed[index] = (band * page.height + top, table_number, row_index, cells, ref)
    for order, region in enumerate(regions):
        for line in region.extract_text_lines(return_chars=False):
            # Regions (a page's two text columns) are read one after another, not side by side.
            top = order * page.height + line["top"]
            placed.append((top, 0, 0, (_clean(line["text"]),), _("page %(p)d") % {"p": page_number}))
    placed.sort(key=lambda entry: entry[0])
    run: list[tuple[int, tuple[str, ...], str]] = []  # a table's rows that follow one another
    run_table = 0

    def flush() -> None:
        if run:
            grid = grids[run_table]
            builder.table(
                [grid[index] for index, _cells, _ref in run],
                ref=_("page %(p)d, table %(t)d") % {"p": page_number, "t": run_table},
                row_refs=[ref for _index, _cells, ref in run],
                widths=[len(cells) for _index, cells, _ref in run],
            )
            run.clear()

    for _top, table_number, row_index, cells, ref in placed:
        if table_number != run_table:
            flush()
            run_table = table_number
        if table_number:
            run.append((row_index, cells, ref))
        else:
            builder.paragraph(cells[0], ref=ref)
    flush()


def _widen_past_the_edge(page, tables) -> None:
    """A table drawn wider than the page (Word's last column run past the margin and the paper's
    edge): its ruling lines are cut at the page's edge, but the text layer keeps the characters
    beyond it, so the cells that end at the edge reach to their rows' last character (`Tuần 14 - 15`,
    not `Tuầ`)."""
    edge = float(page.bbox[2])
    for table in tables:
        _x0, top, x1, bottom = table.bbox
        if x1 < edge - 1:
            continue
        beyond = [
            ch for ch in page.chars if ch["x1"] > edge and top <= (ch["top"] + ch["bottom"]) / 2 < bottom
        ]
        if beyond:
            reach = max(ch["x1"] for ch in beyond) + 1
            table.cells = [(c[0], c[1], reach, c[3]) if c[2] >= edge - 1 else c for c in table.cells]


def _side_by_side(page, tables) -> tuple[float, float, float] | None:
    """Where a page's ruled tables stand side by side (a left and a right one over the same height,
    none crossing the gap between them): the gap's x and the band they fill, from the title lines
    right above them that no word crosses the gap on (`Bảng 1. QUÝ I` … `Bảng 2. QUÝ II`) to their
    bottom; None for tables one under another."""
    if len(tables) < 2:
        return None
    boxes = [table.bbox for table in tables]
    for gap in sorted({box[2] for box in boxes}):
        left = [box for box in boxes if box[2] <= gap]
        right = [box for box in boxes if box[0] >= gap]
        if not left or not right or len(left) + len(right) < len(boxes):
            continue
        upper = max(min(box[1] for box in left), min(box[1] for box in right))
        lower = min(max(box[3] for box in left), max(box[3] for box in right))
        if upper >= lower:
            continue  # one side's tables end before the other's begin
        gutter = (gap + min(box[0] for box in right)) / 2
        top, bottom = min(box[1] for box in boxes), max(box[3] for box in boxes)
        # Lines right above the tables that no word crosses the gap on: the tables' titles.
        for line in reversed(page.crop((0, 0, page.width, top)).extract_text_lines(return_chars=True)):
            if top - line["bottom"] > 3 * (line["bottom"] - line["top"]) or any(
                char["x0"] < gutter < char["x1"] for char in line["chars"]
            ):
                break
            top = line["top"] - 1
        return gutter, top, bottom + 1
    return None


# A page set in two text columns ("newspaper" columns): a gutter at least 2 × GUTTER_HALF points
# wide that no word crosses over a band of the page holding MIN_COLUMN_LINES lines on each side.
GUTTER_HALF = 5
MIN_COLUMN_LINES = 8


def _column_regions(page) -> list:
    """The page's text regions in reading order: the whole page, or — where its body is set in two
    columns — what is above the columns, the left column, the right one and what is below them (the
    text layer's lines would otherwise run across both columns)."""
    words = page.extract_words()
    if len(words) < 4 * MIN_COLUMN_LINES:
        return [page]
    best = None  # (lines on the poorer side, x, band top, band bottom)
    for x in range(int(page.width * 0.35), int(page.width * 0.65)):
        crossing = sorted(
            (word["top"], word["bottom"])
            for word in words
            if word["x0"] < x + GUTTER_HALF and word["x1"] > x - GUTTER_HALF
        )
        edges = [(0.0, 0.0), *crossing, (page.height, page.height)]
        for (_top, upper), (lower, _bottom) in pairwise(edges):
            inside = [word for word in words if word["top"] >= upper and word["bottom"] <= lower]
            left = [word for word in inside if word["x1"] <= x - GUTTER_HALF]
            right = [word for word in inside if word["x0"] >= x + GUTTER_HALF]
            lines = min(
                len({round(word["top"]) for word in left}), len({round(word["top"]) for word in right})
            )
            # Both columns run up to the gutter (set text, not a block of addressees beside a signature).
            if (
                lines >= MIN_COLUMN_LINES
                and max(word["x1"] for word in left) >= x - 4 * GUTTER_HALF
                and min(word["x0"] for word in right) <= x + 4 * GUTTER_HALF
                and (best is None or lines > best[0])
            ):
                best = (lines, x, upper, lower)
    if best is None:
        return [page]
    _lines, x, upper, lower = best
    regions = [
        (0, 0, page.width, upper),
        (0, upper, x, lower),
        (x, upper, page.width, lower),
        (0, lower, page.width, page.height),
    ]
    return [page.within_bbox(box) for box in regions if box[3] - box[1] > 1 and box[2] - box[0] > 1]


# --- tables aligned by spaces only ---------------------------------------------------------------

# A word's x in the laid-out text, in points per character: narrower than any letter, so a text
# never reaches past the next column's start.
POINTS_PER_CHAR = 2.0
# Words parted by more than this share of their height are in different columns (a space is about
# a quarter of it, two cells' paddings together more than half).
COLUMN_GAP = 0.5
# A gap between two lines this much above the page's usual line pitch stands for a blank line (a
# row's padding, a paragraph's spacing).
BLANK_PITCH = 1.12


@dataclass
class LaidLine:
    top: float
    laid: str  # the line drawn with spaces, each text at its x
    text: str  # the line as the text layer reads it


def laid_out_lines(page) -> list[LaidLine]:
    """The page's text lines, each laid out with spaces where its words stand."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda word: (round(word["top"]), word["x0"])):
        if rows and abs(rows[-1][0]["top"] - word["top"]) <= 2:
            rows[-1].append(word)
        else:
            rows.append([word])
    out = []
    for row in rows:
        row.sort(key=lambda word: word["x0"])
        laid, texts = "", []
        for word in row:
            gap = COLUMN_GAP * (word["bottom"] - word["top"])
            if texts and word["x0"] - texts[-1][1] <= gap:
                texts[-1] = (texts[-1][0], word["x1"], f"{texts[-1][2]} {word['text']}")
            else:
                texts.append((word["x0"], word["x1"], word["text"]))
        for x0, _x1, text in texts:
            column = max(round(x0 / POINTS_PER_CHAR), len(laid) + 2 if laid else 0)
            laid = laid.ljust(column) + text
        out.append(LaidLine(row[0]["top"], laid, _clean(" ".join(word["text"] for word in row))))
    return out


def spaced_tables(pages: list[list[LaidLine] | None]) -> dict[int, list]:
    """Tables aligned by spaces on runs of pages without drawn lines: for each page holding one,
    its entries in reading order (a line's text, or a table as (rows, row refs, number) on the page
    where it starts). Empty where there is none."""
    from engine.importing.read_fixed_width import find_tables

    lines: list[str] = []
    where: list[tuple[int, int]] = []  # (page number, index on the page) of each laid-out line
    for page_number, page in enumerate(pages, start=1):
        if page is None:
            lines.append("")  # a page with ruled tables ends any table aligned by spaces
            where.append((page_number, -1))
            continue
        pitches = sorted(b.top - a.top for a, b in pairwise(page) if b.top > a.top)
        pitch = pitches[len(pitches) // 2] if pitches else 0
        for index, line in enumerate(page):
            if index and pitch and line.top - page[index - 1].top > BLANK_PITCH * pitch:
                lines.append("")
                where.append((page_number, -1))
            lines.append(("\f" if index == 0 else "") + line.laid)
            where.append((page_number, index))
    found = find_tables(lines)
    if not found:
        return {}
    entries: dict[int, list] = {}
    table_at: dict[int, tuple] = {}
    covered: set[int] = set()
    for number, (first, last, rows, starts) in enumerate(found, start=1):
        refs = [
            _("page %(p)d, table %(t)d, row %(r)d") % {"p": where[start][0], "t": number, "r": row}
            for row, start in enumerate(starts, start=1)
        ]
        table_at[first] = ([[Cell(_clean(text)) for text in row] for row in rows], refs, number)
        covered.update(range(first, last + 1))
    for position, (page_number, index) in enumerate(where):
        page = pages[page_number - 1]
        if page is None:
            continue
        entries.setdefault(page_number, [])
        if position in table_at:
            entries[page_number].append(table_at[position])
        elif index >= 0 and position not in covered:
            entries[page_number].append(page[index].text)
    return {
        page_number: page_entries
        for page_number, page_entries in entries.items()
        if any(not isinstance(entry, str) for entry in page_entries)
        or any(position in covered for position, (p, _i) in enumerate(where) if p == page_number)
    }
