"""Numbered table rows in OCR text without diacritics (seeds 003 and 004), read line by line.

An OCR'd table keeps no cells: each line holds a row's content and, after it, whatever
the narrow columns (supervising leader, lead unit, coordinating units, time, target)
print on that line, and a tall cell's text runs down several lines. This reader:

- finds tables by their header line ("TT | Nội dung | Lãnh đạo … | Đơn vị chủ trì …", the
  letters broken: "Pon vi", "N®i dung") and follows them across page breaks, where the
  header repeats;
- finds the rows by their printed numbers in sequence ("1 |", "2.", "10 C,huan…", "s |"
  for 5), and section rows by Roman numerals ("I", "Il", "111", "VIII"). Where a table
  centres the number in its row, the lines before the number belong to the row: the
  row starts at the first line that starts a sentence;
- cuts each line into its content and its tail, the columns' fragments: a leader's
  title or name ("PGD S¢ / Phan Vin / Hiéu"), a unit ("Phong KH-CN", "VianPhong S¢"),
  "Các phòng, đơn vị thuộc", a time ("Thudng xuyén", "Truée : 30/11/2026");
- joins the tails of a row's lines and reads the units in them. The lead is the unit
  whose column comes first; in a table that centres its numbers (where a line tells
  nothing of the column order) a named unit leads and "all units" coordinate;
- in an indicator table (TT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Phòng chủ trì) reads the
  unit of measure and the target, and the lead-unit cell, merged down a group of rows,
  from the fragments after the targets; rows below the cell's text carry it down (a
  warning says so).

What it cannot read stays in the text it passes on, for the resolver to report.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from django.utils.translation import gettext as _

from engine.importing.model import RawItem, Warning
from engine.importing.readers import Document
from engine.text import fold

# --- tokens -----------------------------------------------------------------------------

_OCR_O = str.maketrans({"¢": "o", "©": "g"})
_SO = {"so", "s", "sg", "s&", "so,", "se", "s6", "s0", "sơ"}


@lru_cache(maxsize=65536)
def _norm(token: str) -> str:
    """A token for matching: folded, OCR's "6"/"0"/"¢" inside words read as "o", punctuation gone."""
    folded = fold(token).translate(_OCR_O)
    if re.search(r"[a-z]", folded):
        folded = folded.replace("6", "o").replace("0", "o")
    return re.sub(r"[^a-z0-9&%-]", "", folded).strip("-")


@lru_cache(maxsize=65536)
def _near(a: str, b: str) -> bool:
    """Equal, or one letter off for words of three letters or more."""
    if a == b:
        return True
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _is_so(norm: str) -> bool:
    return norm in _SO or bool(re.fullmatch(r"s[o0&6g]{0,2}", norm))


# --- table structure ----------------------------------------------------------------------

_HEADER_WORDS = (
    re.compile(r"\bn\S?i dung\b"),
    re.compile(r"\bchi ?tieu\b"),
    re.compile(r"\b[dp]on ?vi\b|/d?o\S?n vi\b"),
    re.compile(r"\blanh dao\b"),
    re.compile(r"\bthoi gian\b"),
    re.compile(r"\bnhi\S{1,2}m v\w\b"),
    re.compile(r"\bgh\W?i\b"),
    re.compile(r"\bph\w{1,2} h\w?p\b"),
)
_ROW = re.compile(r"^\s*(\d{1,2}|[sS])(?:\s*[.|]+\s*|\s+)(.*)$")
_ROMAN_ROW = re.compile(r"^\s*([IVXl1]{1,4})\s*[.|]\s*(.*)$")
_HEADING = re.compile(r"^\s*(?:\d{1,2}|[IVXl1]{1,4})\.\s+[A-ZĐa-z*]")
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_UPPER_START = re.compile(r"^\s*[A-ZĐÀ-Ỹ][a-z0-9à-ỹđ]")


def _is_header(text: str) -> bool:
    folded = fold(text).replace("|", " ")
    if len(folded) > 110 or re.match(r"^\s*\d", folded):
        return False
    score = sum(1 for pattern in _HEADER_WORDS if pattern.search(folded))
    if re.match(r"^\s*(tt|t|stt)\b", folded):
        score += 1
    return score >= 2 and len(folded.split()) <= 16


def _roman(text: str) -> int | None:
    value = text.replace("l", "I").replace("1", "I")
    return _ROMAN_VALUES.get(value)


@dataclass
class _Row:
    ref: str | None
    number_line: int | None
    lines: list[tuple[int, str]] = field(default_factory=list)
    section: str | None = None
    section_index: int = 0


@dataclass
class _Table:
    kind: str  # "indicator", "tasks"
    heading: str | None
    mode: str | None = None  # "top": the number starts the row; "centred": it sits in the middle
    rows: list[_Row] = field(default_factory=list)
    sections: list[tuple[int, str, str]] = field(default_factory=list)  # (line, section, raw line text)
    pending: list[tuple[int, str]] = field(default_factory=list)
    expected: int = 1
    expected_roman: int = 1
    section: str | None = None


def _sentence_start(pending: list[tuple[int, str]]) -> int:
    """Where the next row's lines begin among the lines between two row numbers (centred rows)."""
    candidates = [i for i, (_n, text) in enumerate(pending) if _UPPER_START.match(text)]
    for i in candidates:
        if i > 0 and re.search(r"[^\W\d_]\.(\s+\S+){0,2}\s*$", pending[i - 1][1]):
            return i
    return candidates[0] if candidates else len(pending)


def _tables(document: Document, warnings: list[Warning]) -> list[_Table]:
    lines = [
        (line.number, " ".join((line.raw or line.text).replace("\t", " ").split())) for line in document.lines
    ]
    tables: list[_Table] = []
    table: _Table | None = None
    heading: str | None = None
    blanks = 0
    i = 0

    def skip_header(k: int) -> int:
        """Past a header line and its short continuation lines ("Sở chỉ đạo chủ trì phối hợp")."""
        k += 1
        while k < len(lines) and (
            not lines[k][1] or (len(lines[k][1]) < 40 and not _row_number(lines[k][1], table))
        ):
            k += 1
        return k

    def close() -> None:
        if table is None:
            return
        _flush(table, None)
        if table.rows:
            tables.append(table)

    while i < len(lines):
        number, text = lines[i]
        if not text:
            blanks += 1
            i += 1
            continue
        after_break, blanks = blanks >= 2, 0
        if table is None:
            if _is_header(text):
                kind = "indicator" if re.search(r"chi ?tieu", fold(text)) else "tasks"
                table = _Table(kind=kind, heading=heading)
                i = skip_header(i)
                continue
            folded = fold(text)
            if _HEADING.match(text) or folded.startswith("phu luc"):
                heading = text
            i += 1
            continue
        # Inside a table.
        if _is_header(text):
            i = skip_header(i)
            continue
        if after_break and _row_number(text, table) is None:
            ahead = [k for k in range(i, min(i + 8, len(lines))) if lines[k][1]][:3]
            header_at = None
            for k in ahead:
                if _is_header(lines[k][1]):
                    header_at = k
                    break
                if _HEADING.match(lines[k][1]):
                    break  # a new heading: the table has ended
            if header_at is None:
                close()
                table = None
                continue
            i = skip_header(header_at)
            continue
        if fold(text).lstrip("* ").startswith("ghi chu"):
            close()
            table = None
            i += 1
            continue
        found = _row_number(text, table)
        if found is None:
            table.pending.append((number, text))
        elif found[0] == "roman":
            _flush(table, None)
            table.section = f"{found[2]}. {_before_unit(found[3])}".strip(" .")
            table.sections.append((number, table.section, found[3]))
            table.expected_roman += 1
        else:
            _value, ref, rest = found[1], found[2], found[3]
            if found[1] == table.expected + 1 and table.mode == "centred" and table.pending:
                # The number of the row before is not legible: its lines are the ones pending.
                start = _sentence_start(table.pending)
                if start < len(table.pending):
                    _flush(table, start)
                    orphan = table.pending
                    table.pending = []
                    ref_text = str(table.expected)
                    warnings.append(
                        Warning(
                            orphan[0][0],
                            _("Row number not legible; read as %(ref)s from the rows around it.")
                            % {"ref": ref_text},
                        )
                    )
                    table.rows.append(_Row(ref_text, None, orphan, table.section, len(table.sections)))
                    table.expected += 1
            if table.mode is None:
                table.mode = "centred" if table.pending else "top"
            if table.mode == "centred":
                start = _sentence_start(table.pending) if table.rows else 0
                _flush(table, start)
                before = table.pending
            else:
                _flush(table, None)
                before = []
            table.pending = []
            row = _Row(ref, number, [*before, (number, rest)], table.section, len(table.sections))
            table.rows.append(row)
            table.expected += 1
        i += 1
    close()
    return tables


def _before_unit(title: str) -> str:
    """A section row's title without the lead-unit cell's words printed after it ("… Phong Quan ly")."""
    words = title.split()
    for k, word in enumerate(words):
        if k and (word in {"Phong", "(Phong", "Trung"} or word.startswith("(Phong")):
            return " ".join(words[:k])
    return title


def _row_number(text: str, table: _Table | None):
    """("row", value, ref, rest) for the next row's number, ("roman", value, numeral, rest), or None."""
    if table is None:
        return None
    if match := _ROMAN_ROW.match(text):
        value = _roman(match.group(1))
        digits = match.group(1).isdigit()
        if digits and (table.expected_roman == 1 or int(match.group(1)) == table.expected):
            value = None  # "1 |" is row 1; "111 |" is III only once Roman sections have begun
        if value is not None and value == table.expected_roman:
            numeral = match.group(1).replace("l", "I").replace("1", "I")
            return ("roman", value, numeral, match.group(2).strip())
    if match := _ROW.match(text):
        printed = match.group(1)
        value = 5 if printed in "sS" else int(printed)
        if value == table.expected or (value == table.expected + 1 and table.mode == "centred"):
            return ("row", value, str(value), match.group(2).strip())
    return None


def _flush(table: _Table, keep_from: int | None) -> None:
    """Give the pending lines (up to `keep_from`) to the last row; the rest stay pending."""
    cut = len(table.pending) if keep_from is None else keep_from
    if table.rows:
        table.rows[-1].lines.extend(table.pending[:cut])
    table.pending = table.pending[cut:]


# --- the columns' fragments ---------------------------------------------------------------------

_TITLE = re.compile(r"^p[gocis]{1,2}[dpc][a-z0-9&]{0,2}$")
_DIRECTOR_ONE = re.compile(r"^g\w{1,3}md\w{1,2}c$")
_DIRECTOR_FIRST = re.compile(r"^(g\w{1,3}m|[1l]am|g[1l]\w?m)$")
_DIRECTOR_SECOND = re.compile(r"^d\w{1,2}c$")
_GROUP = re.compile(
    r"\b(?:tat ca )?c\w{1,2}c?\S{0,2} ?(?:\S+ ){0,3}?phon\S{0,2},? ?d[oe]n(?: ?v\S{0,3})?"
    r"(?: (?:truc |tryc )?th\w{2,3}c?\b)?(?: s\S?\b)?"
)
_GROUP_BROKEN = re.compile(r"\bc[ae]c\w? \S{0,16}d[oe]n v[il]\b")
_VAGUE_GROUP = re.compile(r"\b(?:co )?lien quan\b|\bvico lien\b|\bco lien\b")
_DUE_TAIL = (
    re.compile(r"\bba\w? ?c\w{1,2}o\b.*$"),
    re.compile(r"\bthu\w{1,3} ?x\w{1,2}en\b\W*$"),
    re.compile(r"\btru\w{1,3}\b\W*(?:\d{1,2}/\d{1,2}/\d{4})?\W*$"),
    re.compile(r"(?:^|\s)[:;]?\s*\d{1,2}/\d{1,2}/\d{4}\W*$"),
    re.compile(r"\btheo k\w{0,2}\b(?: hoach\b)?(?: c\w{1,2} (?:ubnd tinh|cap))?\W*$"),
    re.compile(r"\bqu\w \S{1,3} ?/ ?\d{4}\W*$"),
    re.compile(r"\b(?:hoach )?c\w{1,2} (?:ubnd tinh|cap)\W*$"),
    re.compile(r"\bc\w tham quy\w{1,3}\W*$"),
    re.compile(r"\bthang, nam va\W*$"),
    re.compile(r"\bdot xuat\W*$"),
    re.compile(r"\bg? ?xuy\W*$"),
)


@dataclass
class _Tail:
    content: str
    tail: str
    due: str


def _leader_in(texts: list[str], leaders) -> object | None:
    """The leader two of whose name words stand side by side, capitalised, in the row's lines
    ("Phan Vin", "Quéc Huy"; one letter off allowed); failing that, the one whose last name
    ends a line ("… doi song. Hiéu")."""
    words = [w for text in texts for w in text.split()]
    pairs = [
        (_norm(a), _norm(b))
        for a, b in pairwise(words)
        if a.strip("|\\'’+.")[:1].isupper() and b.strip("|\\'’+.")[:1].isupper()
    ]
    scores = []
    for leader in leaders:
        name = [_norm(w) for w in leader.full_name.split()]
        if "demo" in name or len(name) < 2:
            continue
        hits = sum(
            1
            for a, b in pairs
            for k in range(len(name) - 1)
            if _name_near(a, name[k]) and _name_near(b, name[k + 1])
        )
        if hits:
            scores.append((hits, leader))
    if scores:
        scores.sort(key=lambda pair: -pair[0])
        if len(scores) == 1 or scores[0][0] > scores[1][0]:
            return scores[0][1]
        return None
    last_words = [w for text in texts for w in text.split()[-2:]]
    found = []
    for leader in leaders:
        name = [_norm(w) for w in leader.full_name.split()]
        if "demo" in name or len(name) < 2:
            continue
        if any(w[:1].isupper() and len(name[-1]) >= 3 and _name_near(_norm(w), name[-1]) for w in last_words):
            found.append(leader)
    return found[0] if len(found) == 1 else None


def _name_near(token: str, word: str) -> bool:
    return _near(token, word) or (len(word) <= 4 and len(token) == len(word) + 1 and _near(token, word))


class _Reader:
    def __init__(self, resolver, leaders):
        self.resolve = resolver.resolve  # text → Resolution
        self.match = resolver.match_phrase  # one unit's spelling → (unit, approximate)
        self.units = list(resolver.units)
        self.leaders = list(leaders)
        self.exact = resolver.exact
        self.names = [
            [_norm(w) for w in leader.full_name.split()]
            for leader in self.leaders
            if "(demo)" not in leader.full_name
        ]
        self.leaders = list(leaders)
        self.notes: list[tuple[str, str]] = []  # (printed, unit name) read from a name cut short

    def by_prefix(self, words: list[str]) -> str | None:
        """The one unit whose name starts with these words (a name the cell cut short: "Trung tam thdng")."""
        norms = [n for n in (_norm(w) for w in words) if n]
        if len(norms) < 3:
            return None
        found = []
        for unit in self.units:
            name = [n for n in (_norm(w) for w in unit.name.split()) if n]
            if len(name) > len(norms) and all(_near_short(a, b) for a, b in zip(norms, name, strict=False)):
                found.append(unit.name)
        return found[0] if len(found) == 1 else None

    # Units -------------------------------------------------------------------------------------

    def fixed(self, words: list[str]) -> str:
        """OCR spellings of unit words mended: "VianPhong S¢" → "Văn phòng Sở", "Trung tdm" → "Trung tâm"."""
        out: list[str] = []
        for k, word in enumerate(words):
            norm = _norm(word)
            nxt = _norm(words[k + 1]) if k + 1 < len(words) else ""
            if norm.endswith("phong") and len(norm) > 5 and norm[:-5] in {"van", "vian", "vin", "vien"}:
                out += ["Văn", "phòng"]
            elif nxt == "phong" and re.fullmatch(r"v\w{0,2}n", norm):
                out.append("Văn")
            elif _is_so(norm) and out and fold(out[-1]) in {"phong", "phòng"}:
                out.append("Sở")
            elif norm in {"tdm", "tam", "tail"} and out and _norm(out[-1]) in {"trung", "rung"}:
                out.append("tâm")
            elif norm == "rung":
                out.append("Trung")
            else:
                out.append(word.strip("|"))
        return " ".join(w for w in out if w)

    def unit_at(self, words: list[str], i: int, abbreviations: bool = True) -> tuple[int, str] | None:
        """(end, text) of the longest unit spelling that starts at word i, if one does.

        A unit's name is capitalised ("Phong KH-CN", "Trung tdm", "VianPhong S¢") or is an
        abbreviation ("UDDVKHCN"); lower-case words ("phong trao") never start one.
        """
        word = words[i].strip("()|,;")
        norm = _norm(word)
        following = words[i + 1].strip("()|,;") if i + 1 < len(words) else ""
        capital = word[:1].isupper()
        office = norm.endswith("phong") and norm[:-5] in {"van", "vian", "vin", "vien"}
        previous = _norm(words[i - 1]) if i > 0 else ""

        def after_name() -> bool:  # "Phan Vin Phong KH-CN": the leader's name, then the unit
            return any(
                _name_near(previous, name[k]) and _name_near(norm, name[k + 1])
                for name in self.names
                for k in range(len(name) - 1)
            )

        cue = (
            capital
            and (
                (norm == "phong" and following[:1].isupper())
                or (norm in {"trung", "rung"} and _norm(following) in {"tam", "tdm", "tail"})
                or office
            )
        ) or (
            following[:1].isupper()
            and _norm(following) == "phong"
            and bool(re.fullmatch(r"v\w{0,2}n", norm))
            and not after_name()
        )
        glued = re.fullmatch(r"\W*[a-z]{1,5}([A-Z]{4,}\S*)", word)  # '"hongQLCN': a cell's edge
        if glued and not cue:
            word = glued.group(1)
        letters = re.sub(r"[^A-Za-z]", "", word)
        abbreviation = not cue and len(letters) >= 4 and letters.isupper()
        if not (cue or (abbreviation and abbreviations)):
            return None
        if abbreviation:
            # Only a unit's own abbreviation ("UDDVKHCN"), or one letter off a long one ("BCVICNTT");
            # "KH&CN" in a task's text is the field, not "Phòng KH-CN".
            unit, approximate = self.match(word.strip(" .;:,-()"))
            if unit and (fold(word.strip(" .;:,-()")) in self.exact or (approximate and len(letters) >= 6)):
                return i + 1, word
            return None
        last = min(len(words), i + (1 if abbreviation else 10))
        for near in (False, True):
            for j in range(last, i, -1):
                text = self.fixed([w.strip("()|,;") for w in words[i:j]]).strip(" -")
                if not text:
                    continue
                # One unit's spelling, whole: exact, by its letters, or (second round) one letter off.
                unit, _approximate = self.match(text, near=near)
                if unit is None:
                    continue
                if norm in {"trung", "rung"} and unit.kind != "service_centre":
                    continue
                return j, text
        if cue:
            for j in range(min(len(words), i + 6), i + 2, -1):
                name = self.by_prefix(self.fixed([w.strip("()|,;") for w in words[i:j]]).split())
                if name:
                    self.notes.append((" ".join(words[i:j]), name))
                    return j, name
        return None

    def is_cue(self, words: list[str], i: int) -> bool:
        word = words[i].strip("()|,;")
        following = words[i + 1].strip("()|,;") if i + 1 < len(words) else ""
        if _norm(word) == "rung" and _norm(following).startswith("ta"):
            return True  # "rung tail:]n ong": a "Trung tâm" the OCR broke
        if word == "To" and _norm(following) in {"tham", "cong", "giup"}:
            return True  # "To tham muu": a working group, not one of the units
        return word[:1].isupper() and (
            (_norm(word) == "phong" and following[:1].isupper())
            or (_norm(word) == "trung" and _norm(following) in {"tam", "tdm"})
        )

    def units_in(self, text: str) -> list[tuple[int, str, bool]]:
        """(position, unit text, is_group) for every unit and "all units" phrase in a row's tail.

        Columns interleave on the lines, so an "all units" phrase may stand between the
        words of a unit's name: its words are taken out before the names are read.
        """
        words = text.split()
        found: list[tuple[int, str, bool]] = []
        joined = " ".join(_norm(w) or "_" for w in words)
        taken: set[int] = set()
        for pattern in (_GROUP, _GROUP_BROKEN):
            for match in pattern.finditer(joined):
                start = joined[: match.start()].count(" ")
                end = start + match.group(0).strip().count(" ") + 1
                if taken & set(range(start, end)):
                    continue
                rest = joined[match.end() : match.end() + 24]
                taken |= set(range(start, end))
                if not _VAGUE_GROUP.search(match.group(0) + " " + rest):
                    found.append((start, "Các phòng, đơn vị thuộc", True))
        index = [k for k in range(len(words)) if k not in taken]
        kept = [words[k] for k in index]
        dangling: list[tuple[int, list[str]]] = []
        i = 0
        while i < len(kept):
            hit = self.unit_at(kept, i)
            if hit:
                end, unit_text = hit
                found.append((index[i], unit_text, False))
                i = end
            else:
                if self.is_cue(kept, i):
                    size = 3 if _norm(kept[i]) in {"trung", "rung", "to"} else 2
                    dangling.append((index[i], kept[i : i + size]))
                i += 1
        for position, dangling_words in dangling:
            # "Phong Buu chinh" on the row's first line, "(Phong BCVTCNTT)" lines below: one cell.
            head = [n for n in (_norm(w) for w in self.fixed(dangling_words[:2]).split()) if n]
            for k, (at, text, group) in enumerate(found):
                name = [n for n in (_norm(w) for w in self._name_of(text).split()) if n]
                if (
                    not group
                    and at > position
                    and len(head) >= 2
                    and all(_near_short(a, b) for a, b in zip(head, name, strict=False))
                ):
                    found[k] = (position, text, group)
                    break
            else:
                printed = " ".join(w.strip("|") for w in dangling_words).strip(" |,;")
                spelled = [
                    unit
                    for spelling, unit in self.exact.items()
                    if printed.endswith("-") and spelling.startswith(fold(self.fixed(printed.split())))
                ]
                if len({unit.key for unit in spelled}) == 1:
                    # "Phong KH-" at a line's end, its "CN" lost among the content: the only "Phòng KH-…".
                    self.notes.append((printed, spelled[0].name))
                    printed = spelled[0].name
                found.append((position, printed, False))
        found.sort(key=lambda f: f[0])
        return found

    def _name_of(self, text: str) -> str:
        units = self.resolve(text).units
        return units[0].name if len(units) == 1 else text

    # Lines ---------------------------------------------------------------------------------------

    def split_line(self, text: str, leader, with_due: bool) -> _Tail:
        """A line's content, and its tail: the narrow columns' fragments at its end."""
        due_parts: list[str] = []
        rest = text
        if with_due:
            used: set[int] = set()
            for _round in range(3):
                folded = fold(rest)
                for number, pattern in enumerate(_DUE_TAIL):
                    if number in used:
                        continue
                    match = pattern.search(folded)
                    if match and match.group(0).strip(" .,;:\\|"):
                        cut = _orig_cut(rest, match.start())
                        due_parts.insert(0, rest[cut:].strip(" |\\"))
                        rest = rest[:cut].rstrip()
                        used.add(number)
                        break
                else:
                    break
        words = rest.split()
        norms = [_norm(w) for w in words]
        names = [_norm(w) for w in leader.full_name.split()] if leader else []
        boundary = len(words)
        for k in range(len(words)):
            if self.strong_at(words, norms, k, names):
                boundary = k
                break
        # Weak marks at the very end: a name word, "Sở", a unit's abbreviation, "thuộc".
        k = boundary
        while k > 0 and self.weak(words[k - 1], norms[k - 1], names):
            k -= 1
        if k < boundary and (k < boundary - 1 or boundary == len(words)):
            boundary = k
        content = " ".join(words[:boundary]).strip(" |")
        tail = " ".join(words[boundary:])
        return _Tail(content, tail, " ".join(part for part in due_parts if part))

    def strong_at(self, words, norms, k, names) -> bool:
        norm = norms[k]
        if not norm:
            return False
        if _TITLE.match(norm) and (
            k + 1 == len(words) or len(norms[k + 1]) <= 3 or norm.endswith(("s", "so"))
        ):
            return True
        if _DIRECTOR_ONE.match(norm) or (
            _DIRECTOR_FIRST.match(norm) and k + 1 < len(norms) and _DIRECTOR_SECOND.match(norms[k + 1])
        ):
            return True
        if names and k + 1 < len(norms):
            for a, b in pairwise(names):
                if _name_near(norm, a) and _name_near(norms[k + 1], b):
                    return True
        joined = " ".join(n or "_" for n in norms[k : k + 6])
        if re.match(r"(?:tat ca )?c\w{1,2}c?\S{0,2} ?(?:\S+ ){0,2}?phon\S{0,2}\b", joined) and (
            "don" in joined or k >= len(norms) - 3
        ):
            return True
        if norm == "tat" and joined.startswith("tat ca cac"):
            return True
        if _GROUP_BROKEN.match(joined):
            return True
        if norm == "rung" and k + 1 < len(norms) and norms[k + 1].startswith("ta"):
            return True
        if self.is_cue(words, k):
            return True
        return self.unit_at(words, k, abbreviations=False) is not None

    def weak(self, word: str, norm: str, names: list[str]) -> bool:
        if not norm:
            return word.strip() in {"|", ".", ",", ")", "(", "\\", "'", "’", "-", "—"}
        if _is_so(norm) or norm in {"thuoc", "thude", "thuge", "thudc", "truc", "phong", "don", "vi", "cac"}:
            return True
        if any(len(name) >= 3 and _name_near(norm, name) for name in names):
            return True
        bare = word.strip("()|,;.")
        if word[:1].isupper() and norm in {"van", "vin", "vian", "vien"}:
            return True  # the first word of "Văn phòng", the rest on the next line
        letters = re.sub(r"[^A-Za-z]", "", bare)
        return (len(letters) >= 2 and letters.isupper()) or bool(
            re.fullmatch(r"\W*[a-z]{1,5}[A-Z]{4,}\W*", word)
        )

    # Rows -----------------------------------------------------------------------------------------

    def row_parts(self, row: _Row, with_due: bool, centred: bool):
        """(content, lead text, coordinating text, leader, due text, whether a deputy's title is printed)."""
        leader = _leader_in([text for _n, text in row.lines], self.leaders)
        pieces = [self.split_line(text, leader, with_due) for _n, text in row.lines]
        content = _tidy(_join([piece.content for piece in pieces]))
        tail_text = " ".join(piece.tail for piece in pieces if piece.tail)
        due = " ".join(piece.due for piece in pieces if piece.due)
        leader_name = leader.full_name if leader else ""
        tail_norms = [_norm(w) for w in tail_text.split()]
        if not leader and any(
            _DIRECTOR_ONE.match(n)
            or (
                _DIRECTOR_FIRST.match(n)
                and k + 1 < len(tail_norms)
                and _DIRECTOR_SECOND.match(tail_norms[k + 1])
            )
            for k, n in enumerate(tail_norms)
        ):
            leader_name = "Giám đốc Sở"
        deputy = any(_TITLE.match(n) for n in tail_norms)
        stream = re.sub(r"\b([A-Z]{1,4})-\s+([A-Z]{1,4})\b", r"\1-\2", self.strip_leader(tail_text, leader))
        units = self.units_in(stream)
        whole = fold(" ".join(text for _n, text in row.lines))
        if not any(group for _p, _t, group in units) and re.search(r"\bphong,? don vi\b", whole):
            # "Tất cả các" ends one line of the cell, "phòng, đơn vị" is on the next among the content.
            tat = re.search(r"\btat ca cac\b", " ".join(_norm(w) or "_" for w in stream.split()))
            if tat:
                units.append((tat.string[: tat.start()].count(" "), "Các phòng, đơn vị thuộc", True))
                units.sort(key=lambda f: f[0])
        named = [text for _p, text, group in units if not group]
        groups = [text for _p, text, group in units if group]
        if centred and named and groups:
            lead, coordinating = [named[0]], named[1:] + groups[:1]
        else:
            ordered = [text for _p, text, _g in units]
            lead, coordinating = ordered[:1], ordered[1:]
        return content, "; ".join(lead), "; ".join(dict.fromkeys(coordinating)), leader_name, due, deputy

    def strip_leader(self, tail: str, leader) -> str:
        names = [_norm(w) for w in leader.full_name.split()] if leader else []
        kept = []
        words = tail.split()
        norms = [_norm(w) for w in words]
        skip = 0
        for k, (word, norm) in enumerate(zip(words, norms, strict=True)):
            if skip:
                skip -= 1
                continue
            if _TITLE.match(norm):
                if k + 1 < len(norms) and (_is_so(norms[k + 1]) or len(norms[k + 1]) <= 2):
                    skip = 1
                continue
            if _DIRECTOR_ONE.match(norm):
                if k + 1 < len(norms) and _is_so(norms[k + 1]):
                    skip = 1
                continue
            if _DIRECTOR_FIRST.match(norm) and k + 1 < len(norms) and _DIRECTOR_SECOND.match(norms[k + 1]):
                skip = 2 if k + 2 < len(norms) and _is_so(norms[k + 2]) else 1
                continue
            # "Van Phong" is Văn phòng, unless "Phan" stands before it: "Phan Vin Phong KH-CN".
            in_name = k > 0 and any(
                _name_near(norms[k - 1], a) and _name_near(norm, b) for a, b in pairwise(names)
            )
            before_office = k + 1 < len(norms) and norms[k + 1] == "phong" and not in_name
            if not before_office and any(len(name) >= 3 and _name_near(norm, name) for name in names):
                continue
            kept.append(word)
        return " ".join(kept)


def _orig_cut(text: str, folded_index: int) -> int:
    """The index in `text` of the character at `folded_index` in fold(text) (fold keeps one char per char)."""
    # fold() drops combining marks only after decomposing, so precomposed text keeps its length;
    # collapse of spaces is the one change, and these lines are single-spaced already.
    return min(folded_index, len(text))


_JUNK = re.compile(r"^\W*\w?\W*$|[a-z][A-Z]|^\d[a-z]+$")


def _tidy(text: str) -> str:
    """Runs of three or more OCR crumbs ("NP N A . A 1en \\ 2") taken out of a text."""
    words = text.split()
    junk = [bool(_JUNK.search(w)) and w not in {"-", "–", "+"} for w in words]
    kept, k = [], 0
    while k < len(words):
        if junk[k]:
            run = k
            while run < len(words) and junk[run]:
                run += 1
            if run - k < 3:
                kept += words[k:run]
            k = run
        else:
            kept.append(words[k])
            k += 1
    return " ".join(kept)


def _join(parts: list[str]) -> str:
    text = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        text = f"{text}{part}" if text.endswith("-") and not text.endswith(" -") else f"{text} {part}"
    return " ".join(text.split()).strip(" |")


# --- indicators ----------------------------------------------------------------------------------------

_MEASURES = (
    ("Đề tài, dự án", (("de", "tai", "du", "an"),)),
    ("Mẫu sản phẩm", (("mau", "san", "pham"), ("mau", "san"))),
    ("Thuê bao", (("thue", "bao"),)),
    ("Hội nghị", (("hoi", "nghi"),)),
    ("Hội thảo", (("hoi", "thao"),)),
    ("Cơ sở", (("co", "so"),)),
    ("Doanh nghiệp", (("doanh", "nghiep"),)),
    ("Sáng kiến", (("sang", "kien"),)),
    ("Nhiệm vụ", (("nhiem", "vu"),)),
    ("Sản phẩm", (("san", "pham"),)),
    ("Mô hình", (("mo", "hinh"),)),
    ("DN", (("dn",),)),
    ("Lớp", (("lop",),)),
    ("Mẫu", (("mau",),)),
    ("PTĐ", (("ptd",),)),
    ("Số", (("so",),)),
    ("%", (("%",),)),
    ("Điểm", (("diem",),)),
    ("Xã", (("xa",),)),
    ("Lượt", (("luot",),)),
    ("Người", (("nguoi",),)),
    ("Lần", (("lan",),)),
    ("Cuộc", (("cuoc",),)),
    ("Bài", (("bai",),)),
)
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$")
_DITTO = {'"', "“", "”", "''", "〃"}


def _measure_before(words: list[str], j: int) -> tuple[int, str] | None:
    """(start, measure) when the words just before position j name a unit of measure."""
    for name, spellings in _MEASURES:
        for spelling in spellings:
            n = len(spelling)
            if j - n < 0:
                continue
            window = [_norm(w) for w in words[j - n : j]]
            if n == 1:
                if window[0] == spelling[0] or (len(spelling[0]) >= 3 and _near(window[0], spelling[0])):
                    return j - n, name
                continue
            exact = sum(a == b for a, b in zip(window, spelling, strict=True))
            close = all(
                a == b or (len(b) >= 2 and _near_short(a, b)) for a, b in zip(window, spelling, strict=True)
            )
            if close and exact >= 1:
                return j - n, name
    # "Pé tai, dy" (the measure's first words, the rest on the next line)
    for name, spellings in _MEASURES:
        spelling = spellings[0]
        if len(spelling) >= 3 and j - 3 >= 0:
            window = [_norm(w) for w in words[j - 3 : j]]
            if all(_near_short(a, b) for a, b in zip(window, spelling[:3], strict=True)) and any(
                a == b for a, b in zip(window, spelling[:3], strict=True)
            ):
                return j - 3, name
    return None


def _near_short(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == len(b) == 2:
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    return _near(a, b)


def _target_in(text: str) -> tuple[str, str, str, str] | None:
    """(content, measure, target, rest) of an indicator line, or None when it prints no target."""
    words = text.split()
    for j in range(len(words) - 1, -1, -1):
        bare = words[j].strip("|;")
        if not _NUMBER.match(bare):
            continue
        found = _measure_before(words, j)
        if found:
            start, measure = found
            return " ".join(words[:start]).strip(" |"), measure, bare, " ".join(words[j + 1 :])
        if j > 0 and words[j - 1] in _DITTO:
            return " ".join(words[: j - 1]).strip(" |") + f" {bare}", "", "", " ".join(words[j + 1 :])
    return None


# --- reading the tables ------------------------------------------------------------------------------


def recognise(document: Document, warnings: list[Warning], resolver, leaders=()) -> list[RawItem]:
    """Every numbered row of the OCR'd tables, read with the organisation's unit resolver and leaders."""
    reader = _Reader(resolver, leaders)
    items: list[RawItem] = []
    for table in _tables(document, warnings):
        if table.kind == "indicator":
            items += _indicator_rows(table, reader, warnings)
        else:
            items += _task_rows(table, reader, warnings)
    return items


def _flags(section: str | None) -> tuple[bool, bool]:
    folded = fold(section or "")
    return bool(re.search(r"trong tam", folded)), bool(re.search(r"xuy\w*n su\w*t", folded))


def _task_rows(table: _Table, reader: _Reader, warnings: list[Warning]) -> list[RawItem]:
    with_due = any(_DUE_TAIL[1].search(fold(text)) for row in table.rows for _n, text in row.lines)
    items = []
    for row in table.rows:
        reader.notes = []
        content, lead, coordinating, leader, due, deputy = reader.row_parts(
            row, with_due, table.mode == "centred"
        )
        line = row.number_line or (row.lines[0][0] if row.lines else None)
        for printed, name in dict.fromkeys(reader.notes):
            warnings.append(
                Warning(
                    line,
                    _("“%(text)s” read as %(unit)s (the name is cut short).")
                    % {"text": printed, "unit": name},
                )
            )
        if deputy and not leader:
            warnings.append(
                Warning(
                    line, _("Row %(ref)s: the supervising leader's name is not legible.") % {"ref": row.ref}
                )
            )
        section = table.heading
        is_key, is_cross = _flags(section)
        items.append(
            RawItem(
                content=content,
                line=line,
                ref=row.ref,
                section=" ".join((section or "").split()) or None,
                lead=lead,
                coordinating=coordinating,
                leader=leader,
                due=due,
                is_key=is_key,
                is_cross_cutting=is_cross,
            )
        )
    return items


def _indicator_rows(table: _Table, reader: _Reader, warnings: list[Warning]) -> list[RawItem]:
    # Fragments of the lead-unit cell: what follows a target on a line, or a unit word on a section line.
    fragments: list[tuple[int, int, str]] = []  # (line, row index the fragment stands at, text)
    parsed = []
    for index, row in enumerate(table.rows):
        name_parts, measure, target = [], "", ""
        for k, (number, text) in enumerate(row.lines):
            found = _target_in(text)
            if found:
                before, line_measure, line_target, rest = found
                name_parts.append(before)
                if k == 0 and line_measure:
                    measure, target = line_measure, line_target
                if rest.strip():
                    fragments.append((number, index, rest.strip()))
            else:
                name_parts.append(text)
        parsed.append((_join(name_parts).lstrip("-~–• ").strip(), measure, target))
    section_rows = {}
    for number, section, raw in table.sections:
        # A section line's unit words ("Sé hiru tri tué Phong Quan ly") open the cell for the rows below it.
        words = raw.split()
        start = next(
            (k for k, w in enumerate(words) if _norm(w) in {"phong", "trung"} or w.startswith("(Phong")), None
        )
        below = next(
            (i for i, row in enumerate(table.rows) if row.number_line and row.number_line > number), None
        )
        if start is not None and below is not None:
            fragments.append((number, below, " ".join(words[start:])))
        section_rows[number] = section
    fragments.sort()
    cells: list[tuple[int, int, list[str]]] = []  # (first row, line, texts)
    open_cell: list[str] | None = None
    for number, index, text in fragments:
        if open_cell is None:
            open_cell = [text]
            cells.append((index, number, open_cell))
        else:
            open_cell.append(text)
        joined = _join(open_cell)
        whole = reader.resolve(reader.fixed(joined.split()))
        if joined.endswith(")") or (whole.units and not whole.unresolved and not whole.approximate):
            open_cell = None
    lead_for: dict[int, tuple[str, int, bool]] = {}
    for position, (first, number, texts) in enumerate(cells):
        last = cells[position + 1][0] if position + 1 < len(cells) else len(table.rows)
        cell_text = _unit_text(_join(texts), reader)
        own = {i for _n, i, _t in fragments if first <= i < last}
        for i in range(first, max(last, first + 1)):
            lead_for[i] = (cell_text, number, i not in own and i != first)
    items = []
    for index, row in enumerate(table.rows):
        name, measure, target = parsed[index]
        lead, cell_line, carried = lead_for.get(index, ("", None, False))
        if carried:
            warnings.append(
                Warning(
                    row.number_line,
                    _(
                        "Row %(ref)s: no lead unit printed on its lines; "
                        "the merged cell above (line %(line)s) is carried down."
                    )
                    % {"ref": row.ref, "line": cell_line},
                )
            )
        items.append(
            RawItem(
                content=name,
                line=row.number_line,
                ref=row.ref,
                section=row.section,
                lead=lead,
                indicator_name=name,
                indicator_measure=measure,
                indicator_target=target,
            )
        )
    return items


def _unit_text(cell: str, reader: _Reader) -> str:
    """The part of a unit cell that names a unit: its abbreviation in brackets, or the known spans in it."""
    candidates = [m.group(1) for m in re.finditer(r"\(([^()]*)\)?\s*$", cell)] + [cell]
    for candidate in candidates:
        text = reader.fixed(candidate.split()).strip(" ()")
        resolution = reader.resolve(text)
        if resolution.units and not resolution.unresolved:
            return text
        spans = [u for _p, u, _g in reader.units_in(candidate)]
        if spans:
            return "; ".join(spans)
    return cell
