"""Reading an OCR'd row's lines: the content and the narrow columns' fragments (leader, units, time)."""

import re
from dataclasses import dataclass
from itertools import pairwise

from engine.importing.layouts.ocr_tables import _Row
from engine.importing.layouts.ocr_tokens import _is_so, _near, _near_short, _norm
from engine.text import fold

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


_MENTION = re.compile(r"\b(Ph\S{0,3}ng)\s+([A-Z][A-Z&-]{3,}[A-Z])\b")


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
        # Abbreviations the document itself prints after "Phòng" ("Phong TCHCQT"), as printed.
        self.mentioned: dict[str, str] = {}

    def learn_units(self, texts) -> None:
        """The document's own unit mentions: where the OCR broke "Phòng" ("Phé … ong TCHCQT")
        the bare abbreviation still names the unit the document spells whole elsewhere."""
        for text in texts:
            for match in _MENTION.finditer(text):
                if _norm(match.group(1)) == "phong":
                    self.mentioned.setdefault(match.group(2), match.group(0))

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
            if mention := self.mentioned.get(word.strip(" .;:,-()")):
                return i + 1, mention
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
