"""Word's automatic list numbering rendered as Word shows it (`1.`, `a)`, `II.`, `-`).

A paragraph in a numbered list does not hold its number: `w:numPr` (on the paragraph or on its
style, `basedOn` followed) names a list instance (`numId`) and a level (`ilvl`), and
`word/numbering.xml` gives each level's start, format (`decimal`, `lowerLetter`, `upperRoman`,
`bullet`, …) and text (`%1.%2.`). `Numbering.mark(paragraph)` counts as Word does — per list
instance, a level's counter restarting when a level above it advances (or as `w:lvlRestart` says),
`w:startOverride` honoured — and returns the mark to put before the paragraph's text, so every
recogniser reads `1. …`, `a) …` as it would in a typed document. A bullet is rendered `-`.
"""

import re

from docx.oxml.ns import qn

_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"))
_ROMAN += ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _val(element, tag: str) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val")) if child is not None else None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def format_number(number: int, fmt: str) -> str:
    """One level's counter in Word's number format (an unknown format falls back to decimal)."""
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1) if number > 0 else ""
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(number) if number > 0 else str(number)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt == "none":
        return ""
    return str(number)


class _Level:
    def __init__(self, element):
        self.start = _int(_val(element, "w:start"), 1)
        self.fmt = _val(element, "w:numFmt") or "decimal"
        self.text = _val(element, "w:lvlText")
        restart = _val(element, "w:lvlRestart")
        self.restart = _int(restart, -1) if restart is not None else None  # None: after any level above
        self.legal = element.find(qn("w:isLgl")) is not None


class Numbering:
    """The list definitions of one .docx and the counters of its list instances, in reading order."""

    def __init__(self, word_document):
        self._levels: dict[str, dict[int, _Level]] = {}  # numId → ilvl → level
        self._starts: dict[str, dict[int, int]] = {}  # numId → ilvl → startOverride
        self._counters: dict[str, dict[int, int]] = {}
        self._style_num: dict[str, tuple[str | None, str | None]] = {}
        self._styles = word_document.styles.element if word_document is not None else None
        try:
            root = word_document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            root = None
        if root is None:
            return
        abstract = {}
        for node in root.findall(qn("w:abstractNum")):
            abstract[node.get(qn("w:abstractNumId"))] = {
                _int(lvl.get(qn("w:ilvl")), 0): _Level(lvl) for lvl in node.findall(qn("w:lvl"))
            }
        for num in root.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            levels = dict(abstract.get(_val(num, "w:abstractNumId"), {}))
            starts = {}
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = _int(override.get(qn("w:ilvl")), 0)
                if (lvl := override.find(qn("w:lvl"))) is not None:
                    levels[ilvl] = _Level(lvl)
                if (start := _val(override, "w:startOverride")) is not None:
                    starts[ilvl] = _int(start, 1)
            self._levels[num_id] = levels
            self._starts[num_id] = starts

    def _from_style(self, style_id: str | None, depth: int = 0) -> tuple[str | None, str | None]:
        """(numId, ilvl) a paragraph style gives, following `basedOn` (a few steps at most)."""
        if not style_id or self._styles is None or depth > 8:
            return None, None
        if style_id in self._style_num:
            return self._style_num[style_id]
        found: tuple[str | None, str | None] = (None, None)
        for style in self._styles.findall(qn("w:style")):
            if style.get(qn("w:styleId")) != style_id:
                continue
            num_pr = style.find(qn("w:pPr") + "/" + qn("w:numPr"))
            if num_pr is not None and _val(num_pr, "w:numId") is not None:
                found = (_val(num_pr, "w:numId"), _val(num_pr, "w:ilvl"))
            else:
                found = self._from_style(_val(style, "w:basedOn"), depth + 1)
            break
        self._style_num[style_id] = found
        return found

    def mark(self, paragraph) -> str:
        """The mark Word draws before `paragraph` (a python-docx Paragraph), counted; "" if none."""
        if not self._levels:
            return ""
        p_pr = paragraph._p.pPr
        num_id = ilvl = None
        num_pr = p_pr.find(qn("w:numPr")) if p_pr is not None else None
        if num_pr is not None:
            num_id, ilvl = _val(num_pr, "w:numId"), _val(num_pr, "w:ilvl")
        style_id = _val(p_pr, "w:pStyle") if p_pr is not None else None
        if num_id is None or ilvl is None:
            style_num, style_ilvl = self._from_style(style_id)
            num_id = num_id if num_id is not None else style_num
            ilvl = ilvl if ilvl is not None else style_ilvl
        if num_id is None or num_id == "0" or num_id not in self._levels:
            return ""
        level_index = _int(ilvl, 0)
        levels = self._levels[num_id]
        level = levels.get(level_index)
        if level is None:
            return ""
        counters = self._counters.setdefault(num_id, {})
        start = self._starts[num_id].get(level_index, level.start)
        counters[level_index] = counters[level_index] + 1 if level_index in counters else start
        for deeper in [index for index in counters if index > level_index]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart > 0 and restart - 1 >= level_index):
                del counters[deeper]
        if level.fmt == "bullet":
            return "-"
        text = level.text if level.text is not None else f"%{level_index + 1}."

        def number(match) -> str:
            index = int(match.group(1)) - 1
            at = levels.get(index)
            value = counters.get(index, self._starts[num_id].get(index, at.start if at else 1))
            fmt = at.fmt if at else "decimal"
            if level.legal and fmt != "none":
                fmt = "decimal"  # a legal-style level (`1.1.`) prints the levels above as numbers
            return format_number(value, fmt)

        return _PLACEHOLDER.sub(number, text).strip()
