"""OCR: scans (a PDF without a usable text layer) and images read by Tesseract with Vietnamese data.

Tesseract runs as its own process (`tesseract - - -l vie`), one page at a time, with a timeout:
its memory is its own and a stuck page ends with a message, not a stuck worker. Page images of
a PDF come from pdfium (pypdfium2) at 300 dpi. Before a page is read, Tesseract's orientation
detection (`--psm 0`, Debian `tesseract-ocr-osd`) says whether it lies turned a quarter (a
landscape appendix printed on A4 and fed upright); such a page is turned back first. A scan stored
at a low resolution (below 180 dpi: 150, 100 dpi) is smoothed before Tesseract reads it. Every block
it yields is flagged `ocr`, and the text goes through the same NFC/legacy cleaning as any other
reader's. A page whose text has a blank line after nearly every line (Tesseract does so on some
pages, one that ends early) has them dropped: the outline then joins a paragraph's wrapped lines.
A ruled table's header cell that reads as no column's name beside others that do is read again
alone (reread_header_cells): a bold label at a low resolution garbles in the page's reading.
"""

import io
import os
import re
import shutil
import subprocess
from dataclasses import replace
from itertools import pairwise

from django.utils.translation import gettext as _

from engine.importing.blocks import Table
from engine.importing.encodings import VIETNAMESE
from engine.importing.errors import ImportFailed
from engine.importing.limits import limit, refuse
from engine.importing.readers import Builder, Document, _clean, _fix_legacy
from engine.text import fold

DPI = 300
LANGUAGES = "vie"
# Page segmentation for a page with ruled tables, once their lines are erased: automatic (3), so
# each cell's text is a block of its own; "6" (one uniform block) runs every text line across the
# columns, and cells whose lines sit at other heights come out worse ("Quý III" → "Quý II ˆ").
# Each word's box is then placed in its cell.
PSM_TABLES = "3"


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


def _require_tesseract(name: str) -> str:
    path = tesseract_path()
    if path is None:
        raise ImportFailed(
            _(
                "This is a scan (an image without text): reading it needs Tesseract OCR with its "
                "Vietnamese data (apt-get install tesseract-ocr tesseract-ocr-vie), which this server "
                "does not have. Import the Word or Excel file instead."
            ),
            source=name,
        )
    return path


def ocr_png(png: bytes, name: str, page: int, *, tsv: bool = False) -> str:
    """The text Tesseract reads on one page image (PNG bytes); with `tsv`, every word with its
    box (Tesseract's TSV)."""
    path = _require_tesseract(name)
    try:
        done = subprocess.run(  # noqa: S603 - a fixed program; the image goes on stdin
            [path, "-", "-", "-l", LANGUAGES, "--psm", PSM_TABLES if tsv else "6", *(["tsv"] if tsv else [])],
            input=png,
            capture_output=True,
            timeout=limit("IMPORT_CONVERT_SECONDS"),
            check=False,
            # One thread: OpenMP threads made a page 2.5× slower (29 s against 12 s) on a busy
            # 2-core machine, and parallel imports already use the other cores.
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    except subprocess.TimeoutExpired:
        raise refuse(
            "IMPORT_CONVERT_SECONDS",
            _("OCR of page %(page)d took more than %(max)d seconds."),
            name,
            page=page,
        ) from None
    if done.returncode != 0:
        error = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise ImportFailed(
            _("OCR failed on page %(page)d (%(error)s).") % {"page": page, "error": error[0]}, source=name
        )
    return done.stdout.decode("utf-8", "replace")


# Orientation detection reads a copy of the page at this resolution (enough to tell which way the
# lines run, a fraction of the page's OCR time); a quarter turn is believed from this confidence up
# (an upright page of text scores 0 turn; a turned one 8–15 in our scans).
OSD_DPI = 150
OSD_MIN_CONFIDENCE = 5.0
_OSD_ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)
_OSD_CONFIDENCE = re.compile(r"^Orientation confidence:\s*([\d.]+)", re.MULTILINE)


def page_rotation(image, name: str, dpi: float) -> int:
    """How many degrees (90 or 270, clockwise) the page image must be turned to read, by Tesseract's
    orientation detection; 0 for a page that reads as it is, or where it cannot tell (too little
    text, no `osd` data, a timeout): the page is then read as it lies."""
    path = _require_tesseract(name)
    scale = min(1.0, OSD_DPI / dpi) if dpi else 1.0
    small = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))))
    try:
        done = subprocess.run(  # noqa: S603 - a fixed program; the image goes on stdin
            [path, "-", "-", "--psm", "0", "--dpi", str(round((dpi or DPI) * scale))],
            input=_png(small),
            capture_output=True,
            timeout=limit("IMPORT_CONVERT_SECONDS"),
            check=False,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    except subprocess.TimeoutExpired:
        return 0
    report = done.stdout.decode("utf-8", "replace")
    rotate, confidence = _OSD_ROTATE.search(report), _OSD_CONFIDENCE.search(report)
    if done.returncode != 0 or rotate is None or confidence is None:
        return 0
    turn = int(rotate.group(1))
    return turn if turn in (90, 270) and float(confidence.group(1)) >= OSD_MIN_CONFIDENCE else 0


def upright(image, name: str, dpi: float):
    """The page image turned to read where it lies turned a quarter; else the image itself."""
    turn = page_rotation(image, name, dpi)
    return image.rotate(-turn, expand=True, fillcolor=255) if turn else image


_NUMBERING = re.compile(r"^\s*(?:\d{1,3}|[IVXL]{1,5}|[a-zđ])[.)]\s*$")
# Misreadings of a number at the start of a line or inside one: "§. Giao …" for "8.", "l6 giờ"
# for "16 giờ".
_SECTION_SIGN = re.compile(r"^(\s*)§(?=[.)] )")
_L_FOR_ONE = re.compile(r"(?<![^\W\d_])[lI](?=\d)|(?<=\d)[lI](?=\d)")


# A quarter's roman numeral misread as digits or letters ("Quý 11/2026", "Quý 1I", "Quý 1V" for
# "Quý II", "Quý IV"): a year has four quarters, so two or three strokes are a roman numeral.
# Two strokes joined by their serifs read as "H" ("Quý IH/2026" for "Quý III"): an H is two strokes.
_QUARTER_MISREAD = re.compile(
    r"\b([qQ][uU][ýyÝY])(\s+)((?=[1Il|H]*[1Il|])(?:[1Il|]|H(?![1Il|]*H)){1,3}|[1Il|]V)(?!\w)"
)


def _numeral(misread: str) -> str:
    numeral = re.sub(r"[1l|]", "I", misread.replace("H", "II"))
    return numeral if numeral in ("II", "III", "IV") else misread


def fix_quarters(text: str) -> str:
    """OCR text with each quarter's misread numeral put back as the roman one it is."""
    return _QUARTER_MISREAD.sub(lambda m: m.group(1) + m.group(2) + _numeral(m.group(3)), text)


# The abbreviations that open bodies' names, and what OCR makes of them: a stroke letter read as
# another stroke (`HIX` for `HTX`) or a stray stroke added (`HTIX`). Only strokes are corrected, so
# an abbreviation of its own a letter away (`HTV`, `BCH` beside `BCĐ`) stays as printed.
_ABBREVIATIONS = frozenset(
    {
        "UBND",
        "HĐND",
        "MTTQ",
        "HTX",
        "THCS",
        "THPT",
        "BCH",
        "BCĐ",
        "BQL",
        "CLB",
        "TNCS",
        "LĐLĐ",
        "CCB",
        "HLHPN",
        "HIV",  # "Khoa … - HIV/AIDS", "phòng, chống HIV/AIDS": `HTIV` is a stroke too many
    }
)
# Abbreviations of their own a stroke away from one above: printed so, they stay (a television
# station `HTV` is no misread `HIV`).
_OWN_ABBREVIATIONS = frozenset({"HTV"})
_STROKES = frozenset("IT1l|!")
_ABBREVIATION_LIKE = re.compile(r"(?<![\w&])[A-ZĐ][A-ZĐ1Il|!]{2,5}(?![\w&])")


def _abbreviation_meant(token: str) -> str | None:
    if token in _ABBREVIATIONS or token in _OWN_ABBREVIATIONS:
        return None
    meant = set()
    for i, ch in enumerate(token):
        if ch not in _STROKES:
            continue
        if token[:i] + token[i + 1 :] in _ABBREVIATIONS:
            meant.add(token[:i] + token[i + 1 :])
        for stroke in "IT":
            if stroke != ch and token[:i] + stroke + token[i + 1 :] in _ABBREVIATIONS:
                meant.add(token[:i] + stroke + token[i + 1 :])
    return meant.pop() if len(meant) == 1 else None


def fix_abbreviations(text: str) -> str:
    """OCR text with a body's misread abbreviation (`HIX Nông nghiệp`) put back (`HTX Nông nghiệp`)."""
    return _ABBREVIATION_LIKE.sub(lambda m: _abbreviation_meant(m.group()) or m.group(), text)


# No Vietnamese syllable ends "-ic" (an i takes "-ch"): "phíc ho" is "phí cho" with its space moved.
_C_BEFORE_SPACE = re.compile(r"(?<=[íìỉĩị])c\s+(?=h[^\W\d_])")


def fix_moved_spaces(text: str) -> str:
    """OCR text with the space put back before the "c" that opens "ch…" ("miễn phíc ho" → "miễn
    phí cho"), where the syllable it was read onto cannot end in it."""
    return _C_BEFORE_SPACE.sub(" c", text)


# A date whose slash OCR read as a stroke letter ("27I10/2026", "27/10l2026"): a day and a month
# that can be one, around a stroke, before or after the other slash.
_DATE_STROKE = re.compile(
    r"(?<![\d/])(\d{1,2})[Il|!](\d{1,2})(\s*/\s*(?:19|20)\d{2})(?![\d/])"
    r"|(?<![\d/])(\d{1,2}\s*/\s*)(\d{1,2})[Il|!]((?:19|20)\d{2})(?![\d/])"
)
# A table cell that is only a date with one slash lost ("2403/2027", "24/032027", "10/62027"): two
# digits of the day and two of the month run together, or the month run into the year.
_DATE_RUN_TOGETHER = re.compile(
    r"(\d{2})(\d{2})\s*/\s*((?:19|20)\d{2})|(\d{1,2})\s*/\s*(\d{1,2})((?:19|20)\d{2})"
)
# A cell that is only a date with both slashes lost ("1562027", a thin slash faded out of a low
# resolution scan): day and month three or four digits before the year.
_DATE_NO_SLASH = re.compile(r"(\d{3,4})((?:19|20)\d{2})")


def _day_and_month(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def _stroke_date(m: re.Match) -> str:
    if m.group(1) is not None:
        day, month, rest = m.group(1), m.group(2), m.group(3)
        return f"{day}/{month}{rest}" if _day_and_month(day, month) else m.group()
    head, month, year = m.group(4), m.group(5), m.group(6)
    return f"{head}{month}/{year}" if _day_and_month(head.strip(" /"), month) else m.group()


# A date whose month's "0" OCR read as a "9" (`31/19/2027`, a cell's crop a pixel aside): no month
# 19, the one month it can be is October (as a year's `2926` is 2026: fix_years).
_MONTH_MISREAD = re.compile(r"(?<![\d/])(\d{1,2})(\s*/\s*)19(\s*/\s*(?:19|20)\d{2})(?![\d/])")


def _month_put_back(m: re.Match) -> str:
    return f"{m.group(1)}{m.group(2)}10{m.group(3)}" if 1 <= int(m.group(1)) <= 31 else m.group()


def fix_dates(text: str) -> str:
    """OCR text with a date's slash read as a stroke letter put back (`27I10/2026` → `27/10/2026`),
    and a month's "0" read as a "9" (`31/19/2027` → `31/10/2027`)."""
    return _MONTH_MISREAD.sub(_month_put_back, _DATE_STROKE.sub(_stroke_date, text))


def fix_date_cell(text: str) -> str:
    """An OCR'd cell that is only a date with a slash lost (`2403/2027`) as the date (`24/03/2027`)."""
    m = _DATE_RUN_TOGETHER.fullmatch(text.strip())
    if not m:
        return _slashes_lost(text)
    day, month, year = (
        (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    )
    return f"{day}/{month}/{year}" if _day_and_month(day, month) else text


def _slashes_lost(text: str) -> str:
    """A cell that is only a date with both slashes lost (`1562027`) as the date (`15/6/2027`), where
    its digits part into a day and a month one way only (`1112027`, 1/11 or 11/1, stays)."""
    m = _DATE_NO_SLASH.fullmatch(text.strip())
    if not m:
        return text
    digits = m.group(1)
    dates = [
        (digits[:cut], digits[cut:])
        for cut in (1, 2)
        if len(digits) - cut <= 2 and _day_and_month(digits[:cut], digits[cut:])
    ]
    return f"{dates[0][0]}/{dates[0][1]}/{m.group(2)}" if len(dates) == 1 else text


def clean_cell(text: str) -> str:
    """An OCR'd table cell's text cleaned as any reader's is, its quarters' numerals, bodies'
    abbreviations, dates' slashes and moved spaces put right."""
    return fix_date_cell(fix_dates(fix_moved_spaces(fix_abbreviations(fix_quarters(_clean(text))))))


def clean_ocr_line(line: str) -> str:
    """An OCR text line with its misread digits put right, or "" where it is only the marks of
    a stamp, a signature or a page edge ("..:!:AÁA Ê ,.", "ˆ 6)"): mostly symbols."""
    text = fix_abbreviations(
        fix_quarters(_L_FOR_ONE.sub("1", _SECTION_SIGN.sub(r"\g<1>8", fix_dates(_clean(line)))))
    )
    text = fix_moved_spaces(text)
    if not text.strip() or _NUMBERING.match(line):
        return text
    if _NUMBERING.match(text):
        return ""  # a marks' line that cleaning cut down to "6)"
    visible = [ch for ch in text if not ch.isspace()]
    alnum = sum(1 for ch in visible if (ch.isascii() and ch.isalnum()) or ch in VIETNAMESE)
    if alnum < 0.5 * len(visible):
        return ""
    return text


_CLOSING_NUMBER = re.compile(r"^\s*\d+\)")
# A paragraph's number and its dot (`3. Các tổ …`), and the dot misread as a comma (`3, Các tổ …`).
_NUMBER_DOT = re.compile(r"^\s*(\d{1,2})\.\s")
_NUMBER_COMMA = re.compile(r"^(\s*)(\d{1,2}),(?=\s+[^\W\d_])")
# A date's year with its "0" misread ("15/5/2926" for "15/5/2026").
_YEAR_MISREAD = re.compile(r"(?<![\d/])(\d{1,2}\s*/\s*\d{1,2}\s*/\s*)2([1-9])(\d{2})(?!\d)")
_YEAR = re.compile(r"(?<!\d)20\d{2}(?!\d)")


def fix_numbering(texts: list[str]) -> list[str]:
    """A page's lines with a paragraph number whose dot was read as a comma put back (`3, Các tổ
    dân phố: …` → `3. Các tổ …`), where the number follows the one a line above opened with
    (`2. …`): a list goes on, a comma after a number opens no sentence."""
    out: list[str] = []
    last = 0
    for text in texts:
        if (m := _NUMBER_COMMA.match(text)) and int(m.group(2)) == last + 1:
            text = f"{m.group(1)}{m.group(2)}.{text[m.end() :]}"
        if m := _NUMBER_DOT.match(text):
            last = int(m.group(1))
        out.append(text)
    return out


def _years_put_back(text: str, years: set[str]) -> str:
    """`text` with a date's year whose "0" was misread (`15/5/2926`) put back (`15/5/2026`) where
    `years` (those the scan prints) has it."""

    def meant(m: re.Match) -> str:
        year = f"20{m.group(3)}"
        return f"{m.group(1)}{year}" if year in years else m.group()

    return _YEAR_MISREAD.sub(meant, text)


def fix_years(texts: list[str]) -> list[str]:
    """A page's lines with a date's year whose "0" was misread (`15/5/2926`) put back (`15/5/2026`),
    where the page prints that year elsewhere: no office dates a task in the 2900s. (A table cell's:
    agree_cells, by the years the whole scan prints.)"""
    years = {m.group() for text in texts for m in _YEAR.finditer(text)}
    return [_years_put_back(text, years) for text in texts]


def ocr_lines(lines) -> list[str]:
    """OCR text lines cleaned; a line opening with "766)." that closes the bracket the line above
    left open ("… (gọi tắt là" / "766). Tham dự …") is that line's end, not an item "766)"; a
    number's dot read as a comma and a year's misread "0" put back (fix_numbering, fix_years)."""
    out: list[str] = []
    for line in lines:
        text = clean_ocr_line(line)
        previous = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), None)
        if (
            previous is not None
            and _CLOSING_NUMBER.match(text)
            and out[previous].count("(") > out[previous].count(")")
        ):
            out[previous] = f"{out[previous]} {text.strip()}"
            text = ""
        out.append(text)
    return fix_years(fix_numbering(out))


# Tesseract sets a blank line where a gap between lines is wider than the page's usual one; on a page
# printed with wide line spacing it may set one after every line. Blank lines this many or more, and
# between nearly all of them, say nothing of where paragraphs end.
_SPACED_MIN_LINES = 8
_SPACED_SHARE = 0.9


def without_spacing_blanks(lines: list[str]) -> list[str]:
    """A page's OCR lines without their blank lines where a blank follows nearly every text line (the
    page's line spacing read as paragraph gaps: a paragraph's wrapped lines would stand apart); the
    lines as they are where blanks part only some of them (paragraph breaks)."""
    texts = [index for index, line in enumerate(lines) if line.strip()]
    if len(texts) < _SPACED_MIN_LINES:
        return lines
    gaps = [after - before > 1 for before, after in pairwise(texts)]
    if sum(gaps) < _SPACED_SHARE * len(gaps):
        return lines
    return [lines[index] for index in texts]


def add_ocr_page(builder: Builder, text: str, page: int) -> None:
    """One page's OCR text: a paragraph per line (the OCR layout reads the lines)."""
    ref = _("page %(p)d") % {"p": page}
    for line in ocr_lines(without_spacing_blanks(text.replace("\f", "").split("\n"))):
        builder.paragraph(line, ref=ref)


# A scan stored below this resolution and rendered at DPI is blocky: each of its pixels a square of
# several, every stroke's edge a staircase, and Tesseract misreads its small letters and digits
# ("Kim" for "Kiểm", "38/2027" for "31/8/2027", "Quý II" for "Quý III"). Smoothed by this radius
# (pixels at DPI), its edges are grey again as a scanner's own 300 dpi are. A 200 dpi scan (measured
# a hair under, 199.99…) is sharp enough and read as it is.
BLOCKY_BELOW_DPI = 180
SMOOTHING_RADIUS = 1.0


def scan_dpi(page) -> float | None:
    """The resolution a PDF page's scan was stored at: the page's largest image's pixels across the
    width it is printed at; None for a page without an image."""
    best = None
    for obj in page.get_objects():
        if obj.type != 3:  # FPDF_PAGEOBJ_IMAGE
            continue
        left, _bottom, right, _top = obj.get_bounds()
        width = obj.get_px_size()[0]
        if right - left > 0 and (best is None or width * (right - left) > best[0] * best[1]):
            best = (width, right - left)
    return best[0] / (best[1] / 72) if best else None


def smoothed(image, render_dpi: float, stored_dpi: float | None):
    """The page image Tesseract reads: smoothed where it is a low-resolution scan rendered larger
    (`stored_dpi` below BLOCKY_BELOW_DPI and below `render_dpi`), else as it is."""
    from PIL import ImageFilter

    if stored_dpi is None or stored_dpi >= BLOCKY_BELOW_DPI or stored_dpi >= render_dpi:
        return image
    return image.filter(ImageFilter.GaussianBlur(SMOOTHING_RADIUS))


def ocr_page(
    builder: Builder, image, name: str, page: int, dpi: float, stored_dpi: float | None = None
) -> None:
    """One page image read by OCR: its ruled tables as Tables (engine/importing/ocr_grid.py), the
    rest a paragraph per text line; a page without a ruled table as plain lines. A page rendered from
    a scan stored at `stored_dpi` is read smoothed where that is low (`smoothed`)."""
    from engine.importing.ocr_grid import (
        find_grids_straightened,
        grid_cells,
        page_blocks,
        parse_tsv,
        restore_third_strokes,
    )
    from engine.importing.ocr_photo import flatten_photo

    image, dpi = flatten_photo(image, dpi)  # a phone photo: the sheet straightened and evened
    image = upright(image, name, dpi)
    grids, erased, to_grid = find_grids_straightened(image, dpi)
    if not grids:
        add_ocr_page(builder, ocr_png(_png(smoothed(image, dpi, stored_dpi)), name, page), page)
        return
    read = smoothed(erased, dpi, stored_dpi)  # the page as Tesseract reads it
    words = parse_tsv(ocr_png(_png(read), name, page, tsv=True))
    restore_third_strokes(words)
    scanned = {id(word): (word.left, word.top, word.width, word.height) for word in words}
    for word in words:  # into the straightened page's coordinates, where the grids are
        x, y = to_grid(*word.centre)
        word.left, word.top = round(x - word.width / 2), round(y - word.height / 2)
    page_ref = _("page %(p)d") % {"p": page}
    tables = 0
    text: list[str] = []  # the text lines since the last table, cleaned together (ocr_lines)

    def flush() -> None:
        for line in ocr_lines(text):
            builder.paragraph(line, ref=page_ref)
        text.clear()

    for entry in page_blocks(grids, words):
        if entry[0] == "text":
            text.append(entry[1])
            continue
        flush()
        tables += 1
        rows = grid_cells(entry[1], entry[2], clean_cell)
        reread_header_cells(rows, entry[1], entry[2], scanned, read, name, page)
        refs = [
            _("page %(p)d, table %(t)d, row %(r)d") % {"p": page, "t": tables, "r": number}
            for number in range(1, len(rows) + 1)
        ]
        builder.table(rows, ref=_("page %(p)d, table %(t)d") % {"p": page, "t": tables}, row_refs=refs)
    flush()


# A header cell of more words than this is no column's name.
HEADER_CELL_WORDS = 6
# White margin around a header cell's words read again alone (Tesseract wants a border).
REREAD_MARGIN = 0.5  # of the words' height


def unnamed_header_cells(rows: list[list]) -> list[tuple[int, int]]:
    """The cells of a table's header rows (as the header classifier finds them) that name no column
    while two other cells of their row do ("Đa vị chú tr." for a bold "Đơn vị chủ trì" whose counters
    filled at 100 dpi): a short text given no role. Their (row, column)."""
    from engine.importing.headers import classify, role_scores

    header = classify(Table(rows, ocr=True))
    if header is None:
        return []
    found = []
    for r in range(header.top, header.rows):
        own = [(c, cell.text) for c, cell in enumerate(rows[r]) if not cell.is_merged_copy and cell.text]
        named = [c for c, text in own if max(role_scores(text).values(), default=0.0) >= 0.5]
        if len(named) < 2:
            continue
        found.extend(
            (r, c)
            for c, text in own
            if c not in named
            and len(text.split()) <= HEADER_CELL_WORDS
            and max(role_scores(text).values(), default=0.0) < 0.3
        )
    return found


def reread_header_cells(rows, grid, words, scanned, image, name: str, page: int) -> None:
    """A header cell the page's reading garbled into no role (unnamed_header_cells) is read again
    alone, its words cut from the page as one block (`--psm 6`): away from the page's layout analysis
    a bold label often reads ("Đa vị chú tr." → "… vị chủ trì"). The new text is kept only where it
    names a role; the cell and the positions merged into it take it."""
    from PIL import ImageOps

    from engine.importing.headers import role_scores
    from engine.importing.ocr_grid import cell_words

    cells = unnamed_header_cells(rows)
    if not cells:
        return
    by_cell = cell_words(grid, words)
    for r, c in cells:
        boxes = [scanned[id(word)] for word in by_cell.get((r, c), ()) if id(word) in scanned]
        if not boxes:
            continue
        margin = round(REREAD_MARGIN * max(height for _x, _y, _w, height in boxes))
        left = max(0, min(x for x, _y, _w, _h in boxes) - margin)
        top = max(0, min(y for _x, y, _w, _h in boxes) - margin)
        right = min(image.width, max(x + w for x, _y, w, _h in boxes) + margin)
        bottom = min(image.height, max(y + h for _x, y, _w, h in boxes) + margin)
        crop = ImageOps.expand(image.crop((left, top, right, bottom)), border=margin, fill=255)
        text = clean_cell(" ".join(ocr_png(_png(crop), name, page).split()))
        if max(role_scores(text).values(), default=0.0) < 0.5:
            continue
        for row in rows:
            for index, cell in enumerate(row):
                if cell.merged_from == (r, c):
                    row[index] = replace(cell, text=text)
        rows[r][c] = replace(rows[r][c], text=text)


def _png(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def ocr_pdf(data: bytes, name: str) -> Document:
    """Every page of a PDF rendered and read by OCR."""
    import pypdfium2

    _require_tesseract(name)
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise ImportFailed(_("The PDF is damaged (%(error)s).") % {"error": exc}, source=name) from None
    document = Document(name=name, kind="pdf", ocr=True)
    builder = Builder(document, ocr=True)
    try:
        if len(pdf) > limit("IMPORT_MAX_OCR_PAGES"):
            raise refuse(
                "IMPORT_MAX_OCR_PAGES",
                _("The scan has %(n)d pages; OCR reads at most %(max)d."),
                name,
                n=len(pdf),
            )
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            scale = DPI / 72
            if width * height * scale * scale > limit("IMPORT_MAX_IMAGE_PIXELS"):
                scale = (limit("IMPORT_MAX_IMAGE_PIXELS") / (width * height)) ** 0.5
            image = page.render(scale=scale, grayscale=True).to_pil()
            ocr_page(builder, image, name, index + 1, 72 * scale, scan_dpi(page))
            page.close()
    finally:
        pdf.close()
    _fix_legacy(document)
    agree_cells(document)
    return document


# A cell differing from another text of the page by so few letters is the same text misread.
_AGREE_EDITS = 2
_AGREE_MIN_LENGTH = 10
_AGREE_MIN_SHORT = 6


def _letter_dropped(short: str, whole: str) -> bool:
    """`whole` is `short` with one lower-case letter more (a vowel OCR dropped: `tnh` / `tỉnh`)."""
    return len(whole) == len(short) + 1 and any(
        whole[i].isalpha() and whole[i].islower() and whole[:i] + whole[i + 1 :] == short
        for i in range(len(whole))
    )


def _letters_apart(a: str, b: str) -> bool:
    """Two texts a letter or two apart (inserted, dropped or changed), no digit or roman numeral's
    letter among the changes: `Văn phòng HĐDĐND-UBND` / `Văn phòng HĐND-UBND`, not `Khu phố 3` /
    `Khu phố 5` nor `Quý IV/2027` / `Quý II/2027`."""
    from difflib import SequenceMatcher

    if abs(len(a) - len(b)) > _AGREE_EDITS:
        return False
    changed = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        parts = a[i1:i2] + b[j1:j2]
        if any(ch.isdigit() or ch.isspace() for ch in parts) or set(parts) <= set("IVX"):
            return False
        changed += max(i2 - i1, j2 - j1)
    return 0 < changed <= _AGREE_EDITS


_OFFICE = re.compile(r"(Phòng|Sở|Trung tâm|Ban)\s+(\S.*)")
_VOWEL_LETTERS = frozenset("aeiouy")


def _vowels_apart(a: str, b: str) -> bool:
    """Two texts of one length apart only by a vowel or two (`Xã hãi` / `Xã hội`, `Kính` / `Kinh`):
    OCR misreads a low scan's small marked vowels, its consonants and word breaks stay."""
    changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return 0 < len(changed) <= _AGREE_EDITS and all(
        fold(x).lower() in _VOWEL_LETTERS and fold(y).lower() in _VOWEL_LETTERS for x, y in changed
    )


def standard_office(text: str) -> str:
    """An OCR'd cell naming an office by a standard name with a vowel or two misread (`Phòng Văn hóa
    -Xã hãi`) as that name (`Phòng Văn hóa - Xã hội`); "" for any other text, a name printed right
    among them."""
    from engine.importing.units import STANDARD_NAMES

    m = _OFFICE.fullmatch(" ".join(text.split()))
    if m is None:
        return ""
    name = re.sub(r"\s*-\s*", " - ", m.group(2))
    meant = {
        standard
        for standard in STANDARD_NAMES
        if len(standard) == len(name) and _vowels_apart(name, standard)
    }
    return f"{m.group(1)} {meant.pop()}" if len(meant) == 1 else ""


def agree_cells(document: Document) -> None:
    """An OCR'd cell that reads a letter or two away from a text the scan prints more often
    (another cell, a line of text: `Văn phòng HĐND-UBND` in a cell above and in the closing line)
    is that text misread, and reads as it."""
    from collections import Counter
    from dataclasses import replace

    from engine.importing.blocks import Paragraph, Table

    texts = [block.text for block in document.blocks if isinstance(block, Paragraph)]
    cells = [
        cell for block in document.blocks if isinstance(block, Table) for row in block.rows for cell in row
    ]
    texts += [cell.text for cell in cells if cell.merged_from is None]
    page = "\n".join(texts)
    distinct = {cell.text for cell in cells if len(cell.text) >= _AGREE_MIN_LENGTH}
    short = {cell.text for cell in cells if _AGREE_MIN_SHORT <= len(cell.text) < _AGREE_MIN_LENGTH}
    counts = {text: page.count(text) for text in distinct}
    printed = Counter(cell.text for cell in cells if cell.merged_from is None)
    fixed: dict[str, str] = {}
    for text in distinct:
        better = [
            other
            for other in distinct
            if counts[other] > counts[text] and other not in text and _letters_apart(text, other)
        ]
        if len(better) == 1:
            fixed[text] = better[0]
    for text in short:
        # A short cell only for a lower-case letter dropped (`LĐLĐ tnh` beside `LĐLĐ tỉnh`), where
        # the scan prints the whole text at least twice more.
        better = [
            other
            for other in distinct | short
            if printed[other] >= printed[text] + 2 and _letter_dropped(text, other)
        ]
        if len(better) == 1:
            fixed[text] = better[0]
    years = {m.group() for text in texts for m in _YEAR.finditer(text)}
    for text in {cell.text for cell in cells} - fixed.keys():
        if office := standard_office(text):
            fixed[text] = office
        elif (dated := _years_put_back(text, years)) != text:
            fixed[text] = dated  # `31/7/2829` in a scan that prints 2029
    if not fixed:
        return
    for block in document.blocks:
        if isinstance(block, Table):
            block.rows = [
                [replace(cell, text=fixed[cell.text]) if cell.text in fixed else cell for cell in row]
                for row in block.rows
            ]
    document.lines = [
        replace(line, cells=tuple(fixed.get(text, text) for text in line.cells)) for line in document.lines
    ]


def read_image(data: bytes, name: str) -> Document:
    """A photo or scan saved as PNG/JPEG/TIFF (every frame of a multi-page TIFF)."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    _require_tesseract(name)
    Image.MAX_IMAGE_PIXELS = limit("IMPORT_MAX_IMAGE_PIXELS")
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > limit("IMPORT_MAX_IMAGE_PIXELS"):
            raise refuse(
                "IMPORT_MAX_IMAGE_PIXELS",
                _("The image has %(n)d pixels, more than a page scan."),
                name,
                n=image.width * image.height,
            )
        frames = []
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            if number > limit("IMPORT_MAX_OCR_PAGES"):
                raise refuse("IMPORT_MAX_OCR_PAGES", _("The image has more than %(max)d pages."), name)
            frames.append(frame.convert("L"))
    except ImportFailed:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ImportFailed(_("The image cannot be read (%(error)s).") % {"error": exc}, source=name) from None
    document = Document(name=name, kind="image", ocr=True)
    builder = Builder(document, ocr=True)
    dpi = image.info.get("dpi", (DPI, DPI))[0] or DPI
    for number, frame in enumerate(frames, start=1):
        ocr_page(builder, frame, name, number, float(dpi))
    if not any(line.text.strip() for line in document.lines):
        raise ImportFailed(_("OCR found no text in the image."), source=name)
    _fix_legacy(document)
    agree_cells(document)
    return document
