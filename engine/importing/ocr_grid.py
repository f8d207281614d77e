"""Ruled tables in a page image: their ruling lines found and erased, OCR words placed in cells.

A scanned programme is mostly a ruled table. Read as plain text, Tesseract runs each text line
across the columns ("1 | Tham mưu … Chi cục Thủy Văn phòng Sở, | Tháng …") and a cell's wrapped
lines become lines of their own, so the table is lost. Here the page image's long horizontal and
vertical ink runs are the ruling lines; lines that touch form a table (and so do the pieces of
one line that a turned low-resolution scan breaks it into), their positions its grid,
and a missing stretch of a line between two grid cells merges them (row and column spans, as a
Word table's merged cells). The lines are then painted white (a ruling line read as "|", "[" or
"_" spoils the words beside it) and Tesseract reads the page once, giving each word its box
(TSV); a word goes to the cell that holds its centre, the others make the page's text lines.

Only PIL is used: erosion along a row is a few shifted `ImageChops.darker` of the ink image, so
a 300 dpi page is searched in well under a second.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from engine.importing.blocks import Cell

# At 300 dpi: a ruling line is at least this long (about 6 mm; text strokes and underscores in a
# word are shorter) and a table has at least two rows and two columns of it.
MIN_LINE_MM = 6.0
INK = 160  # grey level below which a pixel is ink
SHORT_LINE_MM = 2.5  # a vertical line this long counts where it meets a ruling line (one row's height)
DRAWN_SHARE = 0.85  # a separator is drawn when ink covers this share of the cell's side


@dataclass
class Segment:
    position: int  # y of a horizontal line, x of a vertical one (its middle)
    start: int
    end: int
    thickness: int = 1


@dataclass
class Grid:
    """One ruled table: grid lines at `xs`/`ys`, and the separators that are really drawn."""

    xs: list[int]
    ys: list[int]
    horizontal: list[Segment] = field(default_factory=list)
    vertical: list[Segment] = field(default_factory=list)
    ink: object = None  # the page's ink image (PIL, ink 255), to tell drawn separators from gaps
    tolerance: int = 6

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def contains(self, x: float, y: float) -> bool:
        x0, y0, x1, y1 = self.box
        return x0 <= x <= x1 and y0 <= y <= y1

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        if not self.contains(x, y):
            return None
        column = max(i for i, edge in enumerate(self.xs[:-1]) if edge <= x)
        row = max(i for i, edge in enumerate(self.ys[:-1]) if edge <= y)
        return row, column

    def _drawn(self, lines: list[Segment], position: int, start: int, end: int) -> bool:
        """Is the grid line at `position` drawn from `start` to `end`? Read from the ink itself
        (a separator one text line high is shorter than any ruling line searched for)."""
        from PIL import Image

        if self.ink is None:
            return any(abs(s.position - position) <= 6 and s.start <= start and s.end >= end for s in lines)
        reach = max(3, self.tolerance // 2)
        margin = min(reach * 2, (end - start) // 4)
        start, end = start + margin, end - margin
        if end - start < 2:
            return True
        horizontal = lines is self.horizontal
        box = (
            (start, position - reach, end, position + reach + 1)
            if horizontal
            else (position - reach, start, position + reach + 1, end)
        )
        strip = self.ink.crop(box)
        size = (end - start, 1) if horizontal else (1, end - start)
        profile = strip.resize(size, Image.Resampling.BOX).tobytes()
        return sum(1 for value in profile if value) >= DRAWN_SHARE * len(profile)

    def regions(self) -> dict[tuple[int, int], tuple[int, int]]:
        """Each grid position → the top-left position of the (merged) cell covering it."""
        rows, columns = len(self.ys) - 1, len(self.xs) - 1
        parent = {(r, c): (r, c) for r in range(rows) for c in range(columns)}

        def find(key):
            while parent[key] != key:
                parent[key] = parent[parent[key]]
                key = parent[key]
            return key

        def union(a, b):
            a, b = find(a), find(b)
            if a != b:
                parent[max(a, b)] = min(a, b)

        for r in range(rows):
            for c in range(columns):
                top, bottom, left, right = self.ys[r], self.ys[r + 1], self.xs[c], self.xs[c + 1]
                if c + 1 < columns and not self._drawn(self.vertical, right, top, bottom):
                    union((r, c), (r, c + 1))
                if r + 1 < rows and not self._drawn(self.horizontal, bottom, left, right):
                    union((r, c), (r + 1, c))
        return {key: find(key) for key in parent}


def _ink(image):
    """The page as a 1-byte image where ink is 255."""
    from PIL import ImageOps

    gray = image.convert("L")
    return ImageOps.invert(gray).point(lambda value: 255 if value > 255 - INK else 0)


def _erode_rows(ink, length: int):
    """Keep only pixels that start a horizontal ink run of at least `length` pixels."""
    from PIL import ImageChops

    eroded, reach = ink, 1
    while reach < length:
        step = min(reach, length - reach)
        eroded = ImageChops.darker(eroded, ImageChops.offset(eroded, -step, 0))
        reach += step
    return eroded


_RUN = re.compile(rb"\xff+")


def _segments(ink, length: int) -> list[Segment]:
    """The horizontal ruling lines of `ink` (rows of a few pixels merged into one line)."""
    from PIL import Image

    eroded = _erode_rows(ink, length)
    width, height = eroded.size
    profile = eroded.resize((1, height), Image.Resampling.BOX).tobytes()
    raw: list[tuple[int, int, int]] = []  # (y, start, end)
    for y, value in enumerate(profile):
        if not value:
            continue
        row = eroded.crop((0, y, width, y + 1)).tobytes()
        for match in _RUN.finditer(row):
            raw.append((y, match.start(), min(width, match.end() + length - 1)))
    merged: list[Segment] = []
    for y, start, end in raw:
        for segment in reversed(merged):
            if y - (segment.position + segment.thickness - 1) > 2:
                merged.append(Segment(y, start, end))
                break
            if start <= segment.end and end >= segment.start:
                segment.start, segment.end = min(segment.start, start), max(segment.end, end)
                segment.thickness = y - segment.position + 1
                break
        else:
            merged.append(Segment(y, start, end))
    for segment in merged:
        segment.position += segment.thickness // 2
    return merged


def _positions(values: list[int], tolerance: int) -> list[int]:
    clusters: list[list[int]] = []
    for value in sorted(values):
        if clusters and value - clusters[-1][-1] <= tolerance:
            clusters[-1].append(value)
        else:
            clusters.append([value])
    return [sum(cluster) // len(cluster) for cluster in clusters]


MAX_SKEW_DEGREES = 5.0
MIN_SKEW_DEGREES = 0.05


def skew_angle(image, dpi: float) -> float:
    """How far a scanned page is turned (degrees, counter-clockwise to undo it), read from its long
    ruling lines: where each line's ink sits across its length (a least-squares slope over sampled
    columns, leaving out the columns a vertical rule crosses). 0.0 where the page has fewer than
    two lines a third of its width long (a page of text: Tesseract copes), or where they disagree."""
    ink = _ink(image)
    return _skew(ink, _segments(ink, max(8, int(MIN_LINE_MM / 25.4 * dpi))), dpi)


def _skew(ink, horizontal: list[Segment], dpi: float) -> float:
    import math

    width, height = ink.size
    angles = []
    for segment in horizontal:
        span = segment.end - segment.start
        if span < width / 3:
            continue
        band = segment.thickness // 2 + max(4, int(dpi / 50))
        top, bottom = max(0, segment.position - band), min(height, segment.position + band + 1)
        strip = ink.crop((segment.start, top, segment.end, bottom))
        data, rows = strip.tobytes(), bottom - top
        points = []
        for x in range(0, span, max(1, span // 60)):
            ys = [y for y in range(rows) if data[y * span + x]]
            if ys and len(ys) <= max(8, segment.thickness + 4) and ys[-1] - ys[0] < len(ys) + 2:
                points.append((x, sum(ys) / len(ys)))  # one run of ink: the rule, not a crossing
        if len(points) < 10:
            continue
        mean_x = sum(x for x, _y in points) / len(points)
        mean_y = sum(y for _x, y in points) / len(points)
        spread = sum((x - mean_x) ** 2 for x, _y in points)
        slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / spread
        angles.append(math.degrees(math.atan(slope)))
    if len(angles) < 2:
        return 0.0
    angles.sort()
    middle = angles[len(angles) // 2]
    if angles[-1] - angles[0] > 1.0 or abs(middle) > MAX_SKEW_DEGREES:
        return 0.0
    return middle


def find_grids_straightened(image, dpi: float):
    """find_grids on a page turned straight when its ruling lines say it is askew (a page fed to a
    scanner by hand: a turned table's column lines break into pieces the grid cannot join).

    Returns (grids, erased, to_grid): the grids in the straightened page's coordinates, the
    *unturned* page with the ruling lines erased (turning a thresholded page glues its words, so
    Tesseract reads the page as scanned), and the function that carries a point of that page
    into the grids' coordinates."""
    import math

    from PIL import Image, ImageChops, ImageFilter

    ink = _ink(image)
    horizontal = _segments(ink, max(8, int(MIN_LINE_MM / 25.4 * dpi)))
    angle = _skew(ink, horizontal, dpi)
    if abs(angle) < MIN_SKEW_DEGREES:
        grids, erased = find_grids(image, dpi, ink=ink, horizontal=horizontal)  # read once
        return grids, erased, lambda x, y: (x, y)
    gray = image.convert("L")
    straight = gray.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=255)
    grids, erased_straight = find_grids(straight, dpi)
    # What find_grids whitened, turned back onto the scanned page (a pixel wider for the turn).
    mask = ImageChops.difference(erased_straight, straight).point(lambda value: 255 if value else 0)
    mask = mask.rotate(-angle, resample=Image.Resampling.NEAREST, fillcolor=0).filter(
        ImageFilter.MaxFilter(3)
    )
    erased = ImageChops.lighter(gray, mask)
    cx, cy = gray.width / 2, gray.height / 2
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))

    def to_grid(x: float, y: float) -> tuple[float, float]:
        dx, dy = x - cx, y - cy  # PIL turns counter-clockwise about the centre (y grows down)
        return cx + dx * cos + dy * sin, cy - dx * sin + dy * cos

    return grids, erased, to_grid


def _one_line(a: Segment, b: Segment, tolerance: int) -> bool:
    """Two pieces of one ruling line: side by side (within `tolerance`) and end to end, overlapping
    or a pixel or two apart. A ruling line of a turned low-resolution scan, straightened, is a
    staircase whose steps are pieces of their own; where no rule crosses a column line's piece (a
    row of a few wrapped lines), or no column line a rule's, only this joins them into one table."""
    return abs(a.position - b.position) <= tolerance and a.start <= b.end + 2 and b.start <= a.end + 2


def find_grids(image, dpi: float, *, ink=None, horizontal=None) -> tuple[list[Grid], object]:
    """The ruled tables of a page image, and the line mask (ink of the ruling lines) to erase
    (`ink` and `horizontal`, where the caller has them, are the page's ink and long rules)."""
    from PIL import Image, ImageChops

    ink = _ink(image) if ink is None else ink
    length = max(8, int(MIN_LINE_MM / 25.4 * dpi))
    horizontal = _segments(ink, length) if horizontal is None else horizontal
    tolerance = max(4, int(dpi / 50))
    turned = ink.transpose(Image.Transpose.TRANSPOSE)
    short = max(6, int(SHORT_LINE_MM / 25.4 * dpi))

    def rules_at(x: int, y: int) -> bool:
        return any(
            rule.start - tolerance <= x <= rule.end + tolerance and abs(rule.position - y) <= tolerance
            for rule in horizontal
        )

    def beyond_rules(x: int, y: int, upwards: bool) -> bool:
        crossing = [
            rule.position for rule in horizontal if rule.start - tolerance <= x <= rule.end + tolerance
        ]
        return not any(position < y if upwards else position > y for position in crossing)

    def row_high(s: Segment) -> bool:
        """A short line from rule to rule, or from a rule to where the table is cut (a page
        break); a letter's stem touching a rule reaches neither."""
        top, bottom = rules_at(s.position, s.start), rules_at(s.position, s.end)
        return (
            (top or beyond_rules(s.position, s.start, True))
            and (bottom or beyond_rules(s.position, s.end, False))
            and (top or bottom)
        )

    # A vertical line is long, or short (a row one text line high, a row cut by a page break)
    # and running from rule to rule.
    candidates = _segments(turned, short)
    vertical = [
        s
        for s in candidates
        if s.end - s.start >= length or (rules_at(s.position, s.start) and rules_at(s.position, s.end))
    ]
    # A line from a rule to where the table is cut (a page break) continues a column line drawn
    # elsewhere; a stem of the text printed right under the table, touching its rule, does not.
    columns = [s.position for s in vertical]
    vertical += [
        s
        for s in candidates
        if s not in vertical and row_high(s) and any(abs(s.position - x) <= 2 * tolerance for x in columns)
    ]
    # A step of a column line's staircase (a turned low-resolution scan, straightened: the line
    # moves a scan pixel aside every few hundred of ours), too short to count alone and ending at no
    # rule, continues that line end to end: without it the top rule it reaches stays out of the table.
    steps = [s for s in candidates if s not in vertical]
    while joined := [s for s in steps if any(_one_line(s, v, tolerance) for v in vertical)]:
        vertical += joined
        steps = [s for s in steps if s not in joined]
    # Lines that touch (within a few pixels) belong to one table.
    lines = [("h", s) for s in horizontal] + [("v", s) for s in vertical]
    parent = list(range(len(lines)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (kind, a) in enumerate(lines):
        for j, (other, b) in enumerate(lines):
            if kind == "h" and other == "v":
                touch = (
                    b.start - tolerance <= a.position <= b.end + tolerance
                    and a.start - tolerance <= b.position <= a.end + tolerance
                )
            else:
                touch = kind == other and i < j and _one_line(a, b, tolerance)
            if touch:
                parent[find(j)] = find(i)
    groups: dict[int, list[tuple[str, Segment]]] = {}
    for i, entry in enumerate(lines):
        groups.setdefault(find(i), []).append(entry)
    grids = []
    for members in groups.values():
        hs = [s for kind, s in members if kind == "h"]
        vs = [s for kind, s in members if kind == "v"]
        if not hs or len(vs) < 3:
            continue
        ys = [s.position for s in hs]
        # A table cut by a page break has no rule at the cut: its columns' lines end there.
        top, bottom = min(s.start for s in vs), max(s.end for s in vs)
        if top < min(ys) - 2 * tolerance:
            ys.append(top)
        if bottom > max(ys) + 2 * tolerance:
            ys.append(bottom)
        ys = _positions(ys, tolerance)
        xs = _positions([s.position for s in vs], tolerance)
        if len(ys) < 2 or len(xs) < 3:
            continue  # a box or a single rule is no table
        grid = Grid(xs, ys, hs, vs, ink, tolerance)
        # A grid line drawn along no cell's side (a short stroke that touched the table) is none;
        # the outer lines stay (a cut table has no rule at the cut).
        grid.ys = (
            [ys[0]]
            + [y for y in ys[1:-1] if any(grid._drawn(hs, y, a, b) for a, b in itertools.pairwise(xs))]
            + [ys[-1]]
        )
        grid.xs = (
            [xs[0]]
            + [x for x in xs[1:-1] if any(grid._drawn(vs, x, a, b) for a, b in itertools.pairwise(ys))]
            + [xs[-1]]
        )
        if len(grid.xs) < 3:
            continue
        grids.append(grid)
    grids.sort(key=lambda grid: grid.ys[0])
    # The mask of every long line (table or not: a rule under the title reads as "___"), widened
    # by a pixel or two to take the grey edge with it.
    mask = Image.new("L", ink.size, 0)
    pad = 2
    for segment in horizontal:
        top = segment.position - segment.thickness // 2
        mask.paste(255, (segment.start - pad, top - pad, segment.end + pad, top + segment.thickness + pad))
    for segment in vertical:
        left = segment.position - segment.thickness // 2
        mask.paste(255, (left - pad, segment.start - pad, left + segment.thickness + pad, segment.end + pad))
    return grids, ImageChops.lighter(image.convert("L"), mask)


@dataclass
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    line: tuple[int, int, int]  # Tesseract's (block, paragraph, line)

    @property
    def centre(self) -> tuple[float, float]:
        return self.left + self.width / 2, self.top + self.height / 2


# Tesseract glues two words where the gap between them is narrow: an abbreviation and the word
# after it ("HĐNDvà"), or two Vietnamese syllables ("côngxã"). A Vietnamese syllable has one vowel
# group; between two groups stands a final consonant (or none) and the next syllable's initial.
_ABBREVIATION_GLUED = re.compile(r"^([A-ZĐ]{2,})([a-zđ\u00e0-\u1ef9]{2,})$")
_FINALS = ("ng", "nh", "ch", "c", "m", "n", "p", "t", "")
_INITIALS = frozenset(
    ("b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n",
     "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x")
)  # fmt: skip


# Punctuation a glued word may carry at either end ('"Gócdinh', 'LĐLĐtỉnh;'): kept on the outer parts.
_EDGES = re.compile(r"^([\"'“‘(\[]*)(.*?)([\"'”’)\].,;:!?]*)$", re.DOTALL)
# A stop final (c, ch, p, t) closes only a syllable marked with the acute or the dot below.
_STOP_FINALS = frozenset(("c", "ch", "p", "t"))
_STOP_TONES = frozenset("\u0301\u0323")


def _capital_inside(word: str) -> list[str]:
    """A word cut before each capital that follows a lower-case letter: a word boundary OCR lost
    ("SởY" → "Sở", "Y"; "HộiLHPN" → "Hội", "LHPN"): no Vietnamese word has a capital inside."""
    cuts = [i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()]
    return [word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)], strict=True)]


# The vowel nuclei of Vietnamese syllables (tone marks aside; "gi"/"qu" open with their letter).
_NUCLEI = frozenset(
    ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
     "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi",
     "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "ưa", "ưi", "ươ", "ưu", "uy", "yê",
     "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu")
)  # fmt: skip
_SYLLABLE = re.compile(
    r"(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]+)(ng|nh|ch|[cmnpt])?"
)


def is_syllable(word: str) -> bool:
    """Whether a word (any case, tone marks or none) is one Vietnamese syllable by the grammar:
    an initial consonant cluster or none, a vowel nucleus, a final consonant or none; at most one
    tone mark, and a stop final (c, ch, p, t) only under the acute or the dot below ("Ban",
    "nghiêng", "quyết", "giữa"; not "mặntại", "online", "Mac")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(1 for ch in decomposed if ch in _TONES) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    match = _SYLLABLE.fullmatch(bare)
    if not match:
        # "gìn", "gịt": "gi" before a final is the initial "g" and the nucleus "i"
        match = re.fullmatch(r"(g)(i)(ng|nh|ch|[cmnpt])?", bare)
        if not match:
            return False
    initial, nucleus, final = match.group(1) or "", match.group(2), match.group(3) or ""
    if nucleus not in _NUCLEI and not (initial in ("qu", "gi") and nucleus == ""):
        return False
    return _tone_allows(word, final)


def _abbreviation_after_syllable(word: str) -> list[str]:
    """An ASCII word cut where a syllable meets an abbreviation in capitals ("BanQLDA" → "Ban",
    "QLDA"): OCR lost the space; a brand's inner capital ("YouTube", "macOS") is no such cut."""
    cuts = [i for i in range(2, len(word) - 1) if word[i].isupper() and word[i - 1].islower()]
    if len(cuts) != 1:
        return [word]
    head, tail = word[: cuts[0]], word[cuts[0] :]
    if tail.isupper() and tail.isalpha() and head.isalpha() and is_syllable(head):
        return [head, tail]
    return [word]


def _tone_allows(syllable: str, final: str) -> bool:
    import unicodedata

    if final not in _STOP_FINALS:
        return True
    return any(mark in _STOP_TONES for mark in unicodedata.normalize("NFD", syllable))


def split_glued_word(word: str) -> list[str]:
    """An OCR word that is two words glued → the two ("HĐNDvà" → "HĐND", "và"; "côngxã" → "công",
    "xã"; "HộiLHPN" → "Hội", "LHPN", punctuation at its ends kept outside); a word that is one (or
    not Vietnamese: "online", "Zalo", "TikTok") stays whole."""
    opening, core, closing = _EDGES.match(word).groups()
    if not core:
        return [word]
    parts = _split_core(core)
    return [opening + parts[0], *parts[1:-1], parts[-1] + closing] if len(parts) > 1 else [word]


def _split_core(word: str) -> list[str]:
    from engine.text import fold

    if word.isalpha() and not word.isascii() and len(pieces := _capital_inside(word)) > 1:
        return [part for piece in pieces for part in _split_core(piece)]
    if match := _ABBREVIATION_GLUED.match(word):
        return [match.group(1), match.group(2)]
    if word.isascii() and word.isalpha():
        return _abbreviation_after_syllable(word)
    if not word.isalpha() or not word[1:].islower():
        return [word]
    folded = "".join(fold(ch) or ch for ch in word)
    if len(folded) != len(word):
        return [word]
    groups = [(m.start(), m.end()) for m in re.finditer(r"[aeiouy]+", folded)]
    if not 2 <= len(groups) <= 4:
        return [word]
    # Each pair of vowel groups is cut between a final (the longest the run allows) and an
    # initial ("mặntạicửa" → "mặn", "tại", "cửa"); "qu"/"gi" open a syllable with a letter that
    # reads as a vowel: no split there. Every part must be a syllable, or the word stays whole.
    cuts = []
    for (_, end), (start, _) in itertools.pairwise(groups):
        run = folded[end:start]
        previous = cuts[-1] if cuts else 0
        cut = next(
            (
                end + len(final)
                for final in _FINALS
                if run.startswith(final)
                and run[len(final) :] in _INITIALS
                and _tone_allows(word[previous : end + len(final)], final)
            ),
            None,
        )
        if cut is None:
            return [word]
        cuts.append(cut)
    parts = [word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)], strict=True)]
    if len(parts) > 2 and not all(is_syllable(part) for part in parts):
        return [word]
    return parts


# A Vietnamese syllable carries one tone mark. Tesseract sometimes reads a speck beside a vowel as
# one more marked vowel ("hợẹp" for "hợp"): of two marked vowels side by side the later is the speck.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def drop_stray_vowel(word: str) -> str:
    """An OCR syllable with two tone-marked vowels side by side → the syllable without the later one
    ("hợẹp" → "hợp"), and so a marked vowel read again unmarked ("tỉinh" → "tỉnh": no syllable
    doubles its i, e, a or u); a word with at most one tone mark, or whose marks are apart, stays."""
    import unicodedata

    marked = [any(ch in _TONES for ch in unicodedata.normalize("NFD", letter)) for letter in word]
    if not word.isalpha():
        return word
    if sum(marked) == 1 and (index := marked.index(True)) + 1 < len(word):
        bare = "".join(ch for ch in unicodedata.normalize("NFD", word[index]) if ch not in _TONES)
        letter, after = unicodedata.normalize("NFC", bare), word[index + 1]
        if letter.lower() in "iyeau" and after == letter:  # the same letter, unmarked (not "xoong")
            return word[: index + 1] + word[index + 2 :]
    if sum(marked) < 2:
        return word
    for index in range(1, len(word)):
        if marked[index] and marked[index - 1]:
            repaired = word[:index] + word[index + 1 :]
            return repaired if sum(marked) == 2 else word
    return word


def repair_word(word: str) -> str:
    """An OCR word as printed: glued words split, a stray marked vowel dropped from each; a hyphen
    read as `¬` (a sign no Vietnamese text prints) is a hyphen again (`12/3 ¬ 13/3`)."""
    word = word.replace("¬", "-")
    return " ".join(drop_stray_vowel(part) for part in split_glued_word(word))


def parse_tsv(tsv: str) -> list[Word]:
    """Tesseract's TSV output → its words (level 5 rows with text)."""
    words = []
    for row in tsv.splitlines()[1:]:
        parts = row.split("\t")
        if len(parts) < 12 or parts[0] != "5" or not parts[11].strip():
            continue
        block, paragraph, line = int(parts[2]), int(parts[3]), int(parts[4])
        left, top, width, height = (int(value) for value in parts[6:10])
        words.append(
            Word(
                repair_word(parts[11].strip()),
                left,
                top,
                width,
                height,
                (block, paragraph, line),
            )
        )
    return words


# A quarter's numeral with its year ("II/2027"). Tesseract reads a serif "III" as "II" when its
# strokes touch; the word stays a stroke wider than an "II" printed in the same type.
_TWO_STROKES = re.compile(r"^[I1l|]{2}(/\d{4})$")
STROKE_SHARE = 0.3  # a stroke with its gap, as a share of the word's height (about 0.45)
# A numeral alone ("Quý II", no year) is measured against its own height: two serif strokes with
# their gap are about 0.9 of it, three about 1.35; a sans-serif type's are narrower still.
_BARE_TWO_STROKES = re.compile(r"^[I1l|]{2}[.,]?$")
THREE_STROKES = 1.15


def restore_third_strokes(words: list[Word]) -> None:
    """Of the page's words reading "II/<year>" after "Quý", one a stroke or more wider than the
    narrowest reads "III/<year>" (its third stroke was lost); one such word alone is left as read.
    A bare "II" after "Quý" as wide as three strokes of its height reads "III"."""
    quarters = [word for word in words if word.text.lower().rstrip(".:") in ("quý", "quy")]

    def after_quarter(word: Word) -> bool:  # "Quý" before it on its line or over it on the line above
        return any(
            (abs(q.top - word.top) < word.height and 0 <= word.left - (q.left + q.width) < 2 * word.height)
            or (0 < word.top - q.top < 2.5 * word.height and abs(q.left - word.left) < 1.5 * word.height)
            for q in quarters
        )

    groups: dict[str, list[Word]] = {}
    for word in words:
        if (match := _TWO_STROKES.match(word.text)) and after_quarter(word):  # "11/2027": strokes as ones
            groups.setdefault(match.group(1), []).append(word)
        elif (
            _BARE_TWO_STROKES.match(word.text)
            and word.width >= THREE_STROKES * word.height
            and after_quarter(word)
        ):
            word.text = "III" + word.text[2:]
    for year, same in groups.items():
        narrowest = min(word.width for word in same)
        for word in same:
            if word.width - narrowest >= STROKE_SHARE * word.height:
                word.text = f"III{year}"


def _text_lines(words: list[Word]) -> list[tuple[int, str]]:
    """Words → text lines (Tesseract's own lines, words left to right), each with its top."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    out = []
    for members in lines.values():
        members.sort(key=lambda word: word.left)
        out.append((min(word.top for word in members), " ".join(word.text for word in members)))
    out.sort(key=lambda entry: entry[0])
    return out


# A cell's text wrapped after a hyphen or slash ("2026-" / "2030") joins without a space, and so
# does a date cut by the cell's width ("31/3/202" / "6") joins without a space.
_DATE_WRAP = re.compile(r"(\b\d{1,2}/\d{1,2}/\d{1,3})\n(\d{1,3}\b)")
_NOISE = re.compile(r"[-_|—–~ˆ^`'\"\[\]{}.,:;]+")
_RULE_NOISE = re.compile(r"[_|\[\]ˆ]+")


def _cell_text(words: list[Word]) -> str:
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda word: word.centre[1]):
        middle = word.centre[1]
        for line in lines:
            top = min(w.top for w in line)
            bottom = max(w.top + w.height for w in line)
            if top <= middle <= bottom:
                line.append(word)
                break
        else:
            lines.append([word])
    texts = [" ".join(w.text for w in sorted(line, key=lambda w: w.left)) for line in lines]
    joined = "\n".join(texts)
    joined = _DATE_WRAP.sub(r"\1\2", joined)
    joined = joined.replace("-\n", "-").replace("/\n", "/").replace("\n", " ")
    words = joined.split()
    # What is left of an erased rule beside the text reads as "_", "|", "—" or a lone accent.
    # (but a dash after a number opens a range the next line or page ends: `Tháng 10 -` / `11/2027`)
    while (
        words
        and _NOISE.fullmatch(words[-1])
        and not (words[-1] in {"-", "–"} and len(words) > 1 and words[-2][-1:].isdigit())
    ):
        words.pop()
    while words and _NOISE.fullmatch(words[0]) and words[0] not in {"-", "+"}:
        words.pop(0)
    return " ".join(word for word in words if not _RULE_NOISE.fullmatch(word))


def cell_words(grid: Grid, words: list[Word], regions=None) -> dict[tuple[int, int], list[Word]]:
    """Each (merged) cell's top-left position → the words whose centre lies in it."""
    regions = grid.regions() if regions is None else regions
    texts: dict[tuple[int, int], list[Word]] = {}
    for word in words:
        position = grid.cell_at(*word.centre)
        if position is not None:
            texts.setdefault(regions[position], []).append(word)
    return texts


def grid_cells(grid: Grid, words: list[Word], clean) -> list[list[Cell]]:
    """The table's full grid of Cells: merged positions repeat the merged cell's text."""
    regions = grid.regions()
    texts = cell_words(grid, words, regions)
    extent: dict[tuple[int, int], tuple[int, int]] = {}
    for position, origin in regions.items():
        last_r, last_c = extent.get(origin, origin)
        extent[origin] = (max(last_r, position[0]), max(last_c, position[1]))
    rows = []
    for r in range(len(grid.ys) - 1):
        row = []
        for c in range(len(grid.xs) - 1):
            origin = regions[(r, c)]
            last_r, last_c = extent[origin]
            text = clean(_cell_text(texts.get(origin, [])))
            spans = (last_r - origin[0] + 1, last_c - origin[1] + 1)
            row.append(Cell(text, *spans, None if origin == (r, c) else origin, True))
        rows.append(row)
    return rows


def page_blocks(grids: list[Grid], words: list[Word]):
    """The page in reading order: ("text", line) and ("table", grid, its words), by their top."""
    placed: list[tuple[int, tuple]] = []
    inside: dict[int, list[Word]] = {index: [] for index in range(len(grids))}
    outside = []
    for word in words:
        for index, grid in enumerate(grids):
            if grid.contains(*word.centre):
                inside[index].append(word)
                break
        else:
            outside.append(word)
    for top, text in _text_lines(outside):
        placed.append((top, ("text", text)))
    for index, grid in enumerate(grids):
        placed.append((grid.ys[0], ("table", grid, inside[index])))
    placed.sort(key=lambda entry: entry[0])
    return [entry for _top, entry in placed]
