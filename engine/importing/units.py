"""Resolving unit names as documents print them to the organisation's units (plain values).

A document writes one unit many ways: "Phòng Quản lý Khoa học", "Quản lý KH", "QLKH",
"Phòng QLKH". Each spelling is reduced to a signature: abbreviations contribute their
letters, words their initial ("Quản lý KH" → "qlkh"), accents and connectors dropped.
Known spellings (names, short names, aliases, the document's legend) are matched
first; then signatures; then a signature one letter off, reported as a warning
("Trung tâm KHXX&NV"). "Các phòng, đơn vị (trực thuộc)" means every unit.
"""

import itertools
import re
from dataclasses import dataclass, field

from engine.text import fold, nfc

ALL = "*all*"
SERVICE_CENTRES = "*service_centres*"
DIVISIONS = "*divisions*"

_CONNECTORS = {"va", "and", "cua"}
_PREFIXES = (("trung", "tam"), ("phong",), ("don", "vi"))
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_ALL_UNITS = re.compile(
    r"^\W*(tat ca )?(cac )?phong,? (cac )?(don vi|dv)( (truc )?thuoc( so| van phong)?)?"
    r"( theo (tung|cac) (noi dung|linh vuc)( duoc giao)?)?\W*$"
)
_ALL_CENTRES = re.compile(r"^\W*(tat ca )?cac (don vi su nghiep|trung tam)( (truc )?thuoc( so)?)?\W*$")
_ALL_DIVISIONS = re.compile(r"^\W*(tat ca )?cac phong( chuyen mon| chuc nang)?( thuoc( so)?)?\W*$")
_VAGUE = re.compile(
    r"\b(lien quan|co lien quan)\b|^\W*cac (so|co quan|dia phuong|to chuc|doanh nghiep)|"
    r"\b(so|ban), (ban, )?nganh\b|\bubnd\b|\buy ban nhan dan cac\b"
)
_QUALIFIERS = re.compile(
    r"^(tham muu( chung)?|chu tri|chu dong.*|phoi hop.*|thuc hien|theo doi|lam dau moi|dau moi|"
    r"theo chuc nang.*|doi voi noi dung.*)$"
)


# The words a unit's name starts with: a comma before one of them starts another unit
# ("Bộ Tài chính, Bộ Nội vụ"); a comma before anything else continues the name
# ("Bộ Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình tỉnh").
_UNIT_WORDS = re.compile(
    r"^(bo|so|ban|cuc|tong cuc|vu|vien|hoc vien|van phong|thanh tra|phong|trung tam|chi cuc|ubnd|"
    r"uy ban|hdnd|hoi dong|cong an|bo chi huy|bo doi|quan khu|bao|dai|toa an|kho bac|ngan hang|"
    r"bao hiem|hoi|lien doan|lien minh|doan|mat tran|tinh uy|thanh uy|dang uy|cong ty|tap doan|"
    r"truong|benh vien|cac|nganh|quy|tong cong ty|co quan)\b"
)


# A kind of body named in the plural after "các" ("các Sở, ban, ngành", "các cơ quan, đơn vị,
# địa phương"): the words after the comma name more kinds of the same collective, not a unit.
_KIND_WORDS = re.compile(
    r"^(ban|nganh|doan the|dia phuong|don vi|co quan|to chuc|ca nhan|hoi|doanh nghiep|xa|phuong|"
    r"thi tran|dac khu|huyen|quan|thi xa|thanh pho)\b"
)


def split_units(text: str) -> list[str]:
    """ "Bộ Tài chính, Bộ Nội vụ, Bộ Tư pháp" → three units; "Bộ Văn hóa, Thể thao và Du lịch" → one.

    A comma-separated part is a unit of its own when it starts like one (a unit word or an
    abbreviation such as "BQLDA"); any other part continues the unit before it. A collective in
    the plural stays whole: "Sở Tài chính, các Sở, ban, ngành tỉnh" → "Sở Tài chính" and "các
    Sở, ban, ngành tỉnh" (a kind word in lower case after a part naming "các …" continues it).
    """
    parts = [part.strip() for part in re.split(r"\s*[,;]\s*", text or "") if part.strip()]
    units: list[str] = []
    for part in parts:
        first = _tokens(part)[:1]
        starts_unit = bool(_UNIT_WORDS.match(fold(part))) or bool(first and _is_abbreviation(first[0]))
        collective = bool(
            units
            and re.search(r"\bcac\b", fold(units[-1]))
            and part[:1].islower()
            and _KIND_WORDS.match(fold(part))
        )
        if units and (not starts_unit or collective):
            units[-1] = f"{units[-1]}, {part}"
        else:
            units.append(part)
    return units


# A legend line naming what a letter code stands for: "A: Văn phòng HĐND và UBND xã",
# "B = Phòng Kinh tế", "(P.KT) Phòng Kinh tế"; several on one line split by ";".
# A code may be in mixed case where two capitals open it ("TTr: Thanh tra Sở"), never a word ("Ghi"),
# or two groups of capitals with a space between ("TT DN-HTND - Trung tâm Dạy nghề …").
_CODE_ENTRY = re.compile(
    r"^\(?([A-ZĐ](?:[A-ZĐ0-9.\-]{0,7}|[A-ZĐ][A-ZĐa-z0-9.\-]{0,6}|[A-ZĐ]{0,3}\s[A-ZĐ][A-ZĐ0-9.\-&]{1,9}))\)?"
    r"\s*(?:[:=]|\s[-–]\s)\s*(.+?)\s*[.;]?$"
)
_LEGEND_HEAD = re.compile(
    r"^\W*(?:\((?:\*+|\d{1,2})\)\s*)?"
    r"(?:ghi chu|chu giai|chu thich|ky hieu|(?:cac )?(?:chu |tu )?viet tat)\b[^:]*:\s*"
)


def code_legend(texts: list[str]) -> dict[str, str]:
    """The codes a document explains in a legend ("(*) Ký hiệu đơn vị:", "A: Văn phòng …", "B:
    Phòng Kinh tế"; "Chú giải: A = Phòng …; B = Phòng …") → the unit each names. Only codes naming
    a unit count, and only where two or more do (one "A: …" line is no legend)."""
    legend: dict[str, str] = {}
    for text in texts:
        text = " ".join((text or "").split())
        head = _LEGEND_HEAD.match(fold(text))
        body = text[head.end() :] if head else text
        for part in re.split(r"\s*;\s*", body):
            match = _CODE_ENTRY.match(part.strip())
            if match and _UNIT_WORDS.match(fold(match.group(2))) and len(match.group(2).split()) >= 2:
                legend.setdefault(match.group(1).rstrip("."), match.group(2).strip(" .;"))
    return legend if len(legend) >= 2 else {}


# A lead cell naming its partner in parentheses: "TTUD (QLKH phối hợp)", "Phòng A (phối hợp: Phòng B)".
_PARTNER_NOTE = re.compile(
    r"^(?P<lead>[^()]+?)\s*\(\s*(?:(?:phối hợp|phoi hop|p/h)(?:\s+(?:với|voi))?\s*:?\s*(?P<after>[^()]+?)"
    r"|(?P<before>[^()]+?)\s+(?:cùng\s+)?(?:phối hợp|phoi hop|p/h))\s*\)\s*[.;]?$",
    re.IGNORECASE,
)


def split_partner(text: str) -> tuple[str, str]:
    """A lead cell "X (Y phối hợp)" or "X (phối hợp: Y)" → ("X", "Y"): the unit in parentheses
    coordinates; any other cell → (text, "")."""
    match = _PARTNER_NOTE.match(" ".join((text or "").split()))
    if match is None:
        return text, ""
    return match.group("lead").strip(" ,;"), (match.group("after") or match.group("before")).strip(" ,;")


# A short form spelt out once, in a note under a list or in a parenthesis: `(Trung tâm Khuyến công và
# XTTM: Trung tâm Khuyến công và Xúc tiến thương mại)`, `Ghi chú: Khoa TT-GDSK là Khoa Truyền thông -
# Giáo dục sức khỏe.`, `* Công chức VH-XH: Công chức Văn hóa - Xã hội.`, or after a dash (`Viết tắt:
# P.TC-KT - Phòng Tài chính - Kế toán`: the first dash, the name's own dashes after it).
_SHORT_FORM_ENTRY = re.compile(
    r"^(?P<short>[^:=()]{2,60}?)\s*(?::|=|\s(?:là|viết tắt của|[-–])\s)\s*(?P<full>[^:=]{4,160})$"
)
_CONNECTIVES = {"va", "and"}


def _letter_groups(word: str) -> list[str]:
    """The starts of the words an abbreviation stands for: one letter or digit each (`XD&KTVB` →
    x d k t v b), except that small letters after a capital go on that word (`TTr` = `Thanh tra`
    → t tr, `CTr` = `Chương trình`, `P.PC-TTr` → p p c t tr); [] for a word that is no abbreviation
    (`Sở`, `P.`)."""
    if not _is_abbreviation(word.replace("&", "")):
        capitals = sum(ch.isupper() for ch in word)
        if capitals < 2 or not word[:1].isupper() or not all(ch.isalnum() or ch in "&-." for ch in word):
            return []
    groups: list[str] = []
    for ch in nfc(word):
        if ch.isalpha() and ch.islower() and groups and groups[-1][:1].isalpha():
            groups[-1] += fold(ch)
        elif ch.isalnum():
            groups.append(fold(ch))
    return groups


def _same_word(printed: str, name_word: str) -> bool:
    """A word of a short form is the name's word, or its first letters cut with a dot (`P.` =
    `Phòng`, `TT.` no: that is an abbreviation of two words)."""
    if fold(printed) == fold(name_word):
        return True
    stem = printed[:-1]
    return (
        printed.endswith(".")
        and stem.isalpha()
        and not _is_abbreviation(stem)
        and fold(name_word).startswith(fold(stem))
    )


def spells_out(short: str, full: str) -> bool:
    """`full` is `short` with its abbreviations written out: the words around them (`Trung tâm
    Khuyến công và` … ) the same or cut with a dot (`P.` = `Phòng`), the words in an abbreviation's
    place starting with its letters (`XTTM` = `Xúc tiến thương mại`, `TT-GDSK` = `Truyền thông -
    Giáo dục sức khỏe`, `TTr` = `Thanh tra`; a `và` the abbreviation skips, `KH&ĐT` = `Kế hoạch và
    Đầu tư`, may stand between them). A short form may hold several abbreviations between its words
    (`TYT các xã, TT` = `Trạm Y tế các xã, thị trấn`), never two side by side (`TT. YT`: where one
    ends is a guess). The short form may leave off the name's last
    words (`Ban QLDA` = `Ban Quản lý dự án đầu tư xây dựng`, `BQL Di tích` = `Ban Quản lý Di tích
    tỉnh`)."""
    words, names = short.split(), full.split()
    marks = [bool(_letter_groups(word)) for word in words]
    if not any(marks) or any(one and two for one, two in itertools.pairwise(marks)):
        return False
    return any(_spells_out(words, names[:end]) for end in range(len(names), len(words), -1))


def _spells_out(words: list[str], names: list[str]) -> bool:
    """The words of a short form, in order, stand for all of `names`: a plain word for the same
    word, an abbreviation for as many words as it has letters."""
    if not words:
        return not names
    groups = _letter_groups(words[0])
    if not groups:
        return bool(names) and _same_word(words[0], names[0]) and _spells_out(words[1:], names[1:])
    if len(groups) < 2:
        return False
    # The abbreviation stands for exactly the words of its place (the name's last words it leaves
    # off are cut by `spells_out`), never for more words between it and the words after it.
    for end in range(1, len(names) - len(words) + 2):
        if _stands_for(groups, names[:end]) and _spells_out(words[1:], names[end:]):
            return True
    return False


def _stands_for(groups: list[str], run: list[str]) -> bool:
    """The words of `run` start with an abbreviation's letters, one word each (its punctuation, a
    `và` it skips and a `số` before a number it keeps, `TL1` = `Thủy lợi số 1`, not counted)."""
    if not fold(run[-1])[:1].isalnum():
        return False
    middle = [word for word in run if fold(word)[:1].isalnum()]
    plain = [
        word
        for index, word in enumerate(middle)
        if fold(word) not in _CONNECTIVES
        and not (nfc(word).lower() == "số" and index + 1 < len(middle) and middle[index + 1][:1].isdigit())
    ]
    return any(
        len(words) == len(groups)
        and all(fold(word).startswith(group) for word, group in zip(words, groups, strict=True))
        for words in (middle, plain)
    ) or _stands_for_capitalised(groups, plain)


def _stands_for_capitalised(groups: list[str], run: list[str]) -> bool:
    """A name printed with a capital on each of its words, its short form taking one letter a word
    where a word is two syllables (`TĐC` = `Tiêu chuẩn Đo lường Chất lượng`): the run's capitalised
    syllables start with the abbreviation's letters, one each, and each is followed by at most one
    syllable in lower case (a word of the name); never a run opening in lower case, one with a lower-case
    word of two syllables or more (`Kiểm tra chất lượng`: a field, not words of a title), nor an
    abbreviation of one letter or of letters that are no capitals' (`TTr`)."""
    if len(groups) < 2 or any(len(group) != 1 for group in groups) or not run or not run[0][:1].isupper():
        return False
    words: list[list[str]] = []
    for word in run:
        if word[:1].isupper():
            words.append([word])
        elif len(words[-1]) < 2:
            words[-1].append(word)
        else:
            return False
    return len(words) == len(groups) and all(
        fold(word[0]).startswith(group) for word, group in zip(words, groups, strict=True)
    )


_NAME_RUN = 14  # words a name printed in full may take, past the short form's own


def printed_in_full(short: str, row: str, elsewhere: list[str]) -> str:
    """The name a lead printed as a short form stands for where the document prints it in full: in the
    same row's text first (`Ban Quản lý Khu KTCK` beside `Đề nghị Ban Quản lý Khu kinh tế cửa khẩu
    Lạc Sơn sửa chữa …`), else in the document's other texts; the run of words `_spells_out` matches
    word for word (an abbreviation in capitals for as many words as it has letters, lower-case words
    too), and after it the capitalised words of a place's name it leaves off (`Lạc Sơn`), up to a
    punctuation mark. "" where the short form holds no abbreviation, where no text spells it out, or
    where the texts of the first place that does spell it out two different ways (which one is meant is a
    guess)."""
    words = short.split()
    marks = [bool(_letter_groups(word)) for word in words]
    if not any(marks) or len(words) > 8 or any(one and two for one, two in itertools.pairwise(marks)):
        return ""  # no abbreviation, or two side by side (where one ends is a guess, as in `spells_out`)
    for texts in ([row], elsewhere):
        found: dict[str, str] = {}
        for text in texts:
            for name in _full_names_in(words, " ".join((text or "").split())):
                found.setdefault(fold(name), name)
        if len(found) == 1:
            return next(iter(found.values()))
        if found:
            return ""
    return ""


def _full_names_in(words: list[str], text: str) -> list[str]:
    names: list[str] = []
    printed = text.split()
    for start, first in enumerate(printed):
        if not first[:1].isupper() or _letter_groups(first):
            continue
        for end in range(start + len(words), min(len(printed), start + len(words) + _NAME_RUN) + 1):
            run = [word.rstrip(",.;:)") for word in printed[start:end]]
            if any(word != cut for word, cut in zip(printed[start : end - 1], run, strict=False)):
                break  # a punctuation mark inside the run: the name has ended
            if not _spells_out(words, run):
                continue
            while (
                printed[end - 1][-1:] not in ",.;:)"
                and end < len(printed)
                and printed[end][:1].isupper()
                and not _letter_groups(printed[end])
            ):
                end += 1
                run.append(printed[end - 1].rstrip(",.;:)"))
            names.append(" ".join(run))
            break
    return names


_LEGEND_LENGTH = 400


def _wrapped_entries_joined(texts: list[str]) -> list[str]:
    """The texts, a legend's line that a line break cuts inside an entry (a scan's text lines, a
    hard-wrapped page) joined with the line that ends the entry: `… P. HCTP:` / `Phòng Hành chính
    tư pháp; …`, `… HCTP: Phòng Hành` / `chính tư pháp; …`. Lines are joined only after a legend's
    head and only where the cut shows (a line ending at its colon or inside a name, `Phòng Văn hóa
    -`, `Phòng Phổ biến,`; the next opening in lower case)."""
    joined: list[str] = []
    in_legend = False
    for text in texts:
        text = " ".join((text or "").split())
        if (
            in_legend
            and text
            and (joined[-1].endswith((":", "-", "–", "&", ",")) or text[:1].islower())
            and len(joined[-1]) + len(text) < _LEGEND_LENGTH
        ):
            joined[-1] += " " + text
        else:
            # a legend goes on over lines of entries (`A: …; B: …`) under its head
            in_legend = bool(_LEGEND_HEAD.match(fold(text))) or (in_legend and ";" in text)
            joined.append(text)
    return joined


def opens_legend(text: str) -> bool:
    """Whether a text opens with a legend's head (`Viết tắt:`, `Ghi chú:`, `(*) Ký hiệu đơn vị:`)."""
    return bool(_LEGEND_HEAD.match(fold((text or "")[:60])))


def short_form_legend(texts: list[str]) -> dict[str, str]:
    """The short forms a document spells out in a note of their own (see `_SHORT_FORM_ENTRY`) → the
    name each stands for; only where the name's words start with the abbreviation's letters. A unit
    called by its number after its name in parentheses is one too (`_numbered_in_parentheses`)."""
    legend: dict[str, str] = _numbered_in_parentheses(texts)
    for text in _wrapped_entries_joined(texts):
        if len(text) > _LEGEND_LENGTH:
            continue
        head = _LEGEND_HEAD.match(fold(text))
        body = (text[head.end() :] if head else text).strip().lstrip("*").strip()
        if body.startswith("(") and body.rstrip(" .;").endswith(")"):
            body = body.rstrip(" .;")[1:-1]
        for part in re.split(r"\s*;\s*", body.strip(" .")):
            match = _SHORT_FORM_ENTRY.match(part.strip())
            if match and spells_out(match.group("short").strip(), match.group("full").strip(" .")):
                legend.setdefault(match.group("short").strip(), match.group("full").strip(" ."))
    return legend


# A unit's name followed by the number the document calls it by: `Phòng Kiểm sát việc tạm giữ, tạm giam
# (Phòng 8)`, `Đội Kiểm tra thuế số 2, quản lý nợ (Đội 2)`: the kind word(s) and a number.
_NUMBERED_SHORT = re.compile(r"\((?P<kind>[A-ZĐ][^\W\d_]+(?: [^\W\d_A-ZĐ]+)?) (?P<number>\d{1,2})\)")
_NAME_LENGTH = 20


def _numbered_in_parentheses(texts: list[str]) -> dict[str, str]:
    """The units a document calls by a number once it has named them (`Phòng Kiểm tra nội bộ, giải
    quyết khiếu nại (Phòng 3)`) → `{"Phòng 3": "Phòng Kiểm tra nội bộ, giải quyết khiếu nại"}`: the
    name runs from the last place its kind word opens one (`Phòng`, with a capital) to the parenthesis,
    two words at least after the kind, within one sentence (no `.`, `;`, `:`)."""
    legend: dict[str, str] = {}
    for text in texts:
        text = " ".join((text or "").split())
        for match in _NUMBERED_SHORT.finditer(text):
            kind = match.group("kind")
            before = text[: match.start()].rstrip()
            opening = before.rfind(kind + " ")
            if opening < 0 or (opening > 0 and before[opening - 1].isalnum()):
                continue
            name = before[opening:].strip(" ,")
            words = name.split()
            if not 2 + len(kind.split()) <= len(words) <= _NAME_LENGTH or re.search(r"[.;:()]", name):
                continue
            legend.setdefault(f"{kind} {match.group('number')}", name)
    return legend


# A name the document defines a shorter one for: `Tổ triển khai Dự án (sau đây gọi là Tổ triển khai)`,
# `Ban Quản lý dự án đầu tư xây dựng tỉnh (sau đây gọi tắt là Ban Quản lý)`, `… (gọi chung là …)`.
# The note may also close a parenthesis that opens on something else, after a comma, when it says
# `sau đây` (`(qua Phòng Đăng ký kinh doanh, sau đây viết tắt là Phòng ĐKKD)`): the name before the
# comma is the full one. Without `sau đây` a note after a comma is not read (`(các trường, gọi chung là
# …)` may define a group of the names before it, not one name). The short name has no digits but a
# number of one or two written onto a closing abbreviation (`(sau đây gọi là Đội TTKT1)`); not a
# number standing apart (`(gọi là Tổ 2)`, `(gọi tắt là Nghị định 15)`), nor one of three digits or more.
_DEFINED_AS = re.compile(
    r"(?:\(\s*|,\s*(?=sau đây\s))(?:sau đây\s+)?(?:được\s+)?(?:gọi tắt là|gọi chung là|gọi là|viết tắt là)\s+"
    r"(?P<short>[A-ZĐ][^()\d]{1,60}?(?:(?<=[A-ZĐ]{2})\d{1,2})?)\s*\)",
    re.IGNORECASE,
)


def defined_names(texts: list[str]) -> dict[str, str]:
    """The bodies a document names once in full and defines a shorter name for, in parentheses after
    the full one (`_DEFINED_AS`) → `{short: full}`. The full name runs from the last place the short
    name's first word opens one (with a capital) to the parenthesis, within one sentence, and is
    longer than the short name."""
    legend: dict[str, str] = {}
    for text in texts:
        text = " ".join((text or "").split())
        for match in _DEFINED_AS.finditer(text):
            short = match.group("short").strip(" ,;.")
            first = short.split()[0]
            if not first[:1].isupper():
                continue
            before = text[: match.start()].rstrip()
            opening = before.rfind(first + " ")
            if opening < 0 or (opening > 0 and before[opening - 1].isalnum()):
                continue
            full = before[opening:].strip(" ,")
            words = full.split()
            if len(short.split()) < len(words) <= _NAME_LENGTH and not re.search(r"[.;:()]", full):
                legend.setdefault(short, full)
    return legend


def name_defined_leads(items, texts: list[str]) -> None:
    """Gives each item whose lead is a name the document defined (`defined_names`), or the first words
    of one that its sentence goes on to print whole (`Tổ` of `Tổ trưởng Tổ triển khai báo cáo …`,
    where `triển khai` is read as the verb), the full name the document gave it (in place)."""
    defined = {fold(short): (short, full) for short, full in defined_names(texts).items()}
    if not defined:
        return
    for item in items:
        lead = fold((item.lead or "").strip())
        if not lead:
            continue
        for folded, (short, full) in defined.items():
            if folded == lead or (folded.startswith(lead + " ") and short in " ".join(item.content.split())):
                item.lead = full
                break
            if _runs_past_short(item.lead.strip(), short):
                item.lead = full  # `Phòng ĐKKD ra thông báo và` (a verb no list knows): the short name
                break
        else:
            item.lead = _listed_defined(item.lead, defined)


def _listed_defined(lead: str, defined: dict[str, tuple[str, str]]) -> str:
    """A lead listing units (`Khoa KSBT, Phòng Kế hoạch - Nghiệp vụ`, `… ; …`) with each name that is
    a short name the document defined, whole, spelt out (`Khoa Kiểm soát bệnh tật và HIV/AIDS,
    Phòng …`). Not a part that only opens with a short name (`Khoa KSBT Sở Y tế`), nor a lead of one part
    (`name_defined_leads` reads it)."""
    parts = re.split(r"(\s*[,;]\s*)", lead)
    if len(parts) < 3:
        return lead
    spelt = [
        defined[fold(part)][1] if i % 2 == 0 and fold(part) in defined else part
        for i, part in enumerate(parts)
    ]
    return "".join(spelt)


def _runs_past_short(lead: str, short: str) -> bool:
    """Whether a lead read from a sentence is a defined short name that ends in an abbreviation and
    the sentence's words in lower case after it (`Phòng ĐKKD ra thông báo và`, the verb `ra` in no
    list): a name does not run on in lower case past a short form of capitals the document defined.
    Not a short name ending in a word (`Ban Quản lý` before `dự án …` may be another body's name),
    nor a capitalised word after it (`Phòng ĐKKD Sở X`)."""
    if not lead.startswith(short + " ") or not _is_abbreviation(short.split()[-1]):
        return False
    rest = lead[len(short) + 1 :]
    return bool(rest) and rest[:1].islower()


def expand_codes(text: str, legend: dict[str, str]) -> str:
    """A cell of codes only ("B", "A, E") → the units the legend names ("Phòng Kinh tế; Công an
    xã"); a code that is an abbreviation of the name, not a mere letter, stays beside it as printed
    (`P.TC-KH` → `Phòng Tài chính - Kế hoạch (P.TC-KH)`: a person, or the organisation's list of
    units, may know the unit by either). Any other cell (a name, a code the legend lacks) stays as
    printed."""
    parts = [part.strip() for part in re.split(r"\s*[,;/+]\s*", text or "") if part.strip()]
    if not parts or not legend or any(part.rstrip(".") not in legend for part in parts):
        return text
    return "; ".join(
        f"{legend[code]} ({code})" if has_abbreviation(code) else legend[code]
        for code in (part.rstrip(".") for part in parts)
    )


# The standard short forms of the offices of a commune or ward, a district and a province, as their
# own messages write them without spelling them out (`P.VHXH`, `TT PVHCC`, `CA phường`, `VP`): the
# letters of a division's or centre's name after its kind (`P.`/`Phòng`, `TT`/`Trung tâm`, `S.`/`Sở`,
# `Ban`), or a whole code. Keys are the letters folded, without dots, dashes, `&` or spaces.
_STANDARD_NAMES = {
    # commune and ward (Phòng …, Trung tâm …)
    "kt": "Kinh tế",
    "kthtdt": "Kinh tế, Hạ tầng và Đô thị",
    "vhxh": "Văn hóa - Xã hội",
    "pvhcc": "Phục vụ hành chính công",
    # district (Phòng …) and province (Sở …)
    "nv": "Nội vụ",
    "tp": "Tư pháp",
    "tckh": "Tài chính - Kế hoạch",
    "tc": "Tài chính",
    "khdt": "Kế hoạch và Đầu tư",
    "tnmt": "Tài nguyên và Môi trường",
    "gddt": "Giáo dục và Đào tạo",
    "ldtbxh": "Lao động - Thương binh và Xã hội",
    "vhtt": "Văn hóa và Thông tin",
    "vhttdl": "Văn hóa, Thể thao và Du lịch",
    "yt": "Y tế",
    "qldt": "Quản lý đô thị",
    "ktht": "Kinh tế và Hạ tầng",
    "nnptnt": "Nông nghiệp và Phát triển nông thôn",
    "nnmt": "Nông nghiệp và Môi trường",
    "dt": "Dân tộc",
    "xd": "Xây dựng",
    "ct": "Công Thương",
    "gtvt": "Giao thông vận tải",
    "tttt": "Thông tin và Truyền thông",
    "khcn": "Khoa học và Công nghệ",
    "chqs": "Chỉ huy Quân sự",
    "qlda": "Quản lý dự án",
}
# The offices' standard names, for OCR to agree with (read_ocr.standard_office).
STANDARD_NAMES = frozenset(_STANDARD_NAMES.values())
_STANDARD_KINDS = {"p": "Phòng", "phong": "Phòng", "tt": "Trung tâm", "trung tam": "Trung tâm", "s": "Sở"}
_STANDARD_KINDS |= {"so": "Sở", "ban": "Ban", "b": "Ban"}
# Whole codes, the kind inside them.
_STANDARD_CODES = {
    "vp": "Văn phòng HĐND và UBND",
    "vphdndubnd": "Văn phòng HĐND và UBND",
    "vpubnd": "Văn phòng UBND",
    "ca": "Công an",
    "tyt": "Trạm Y tế",
    "ttyt": "Trung tâm Y tế",
    "bchqs": "Ban Chỉ huy Quân sự",
    "ttr": "Thanh tra",
    "ttpvhcc": "Trung tâm Phục vụ hành chính công",
    "bqlda": "Ban Quản lý dự án",
}
_STANDARD_FORM = re.compile(
    r"^(?:(?P<kind>P|S|TT|B)\.\s*|(?P<word>Phòng|Trung tâm|Sở|Ban|P|TT|S)\s+)?"
    r"(?P<code>[A-ZĐ][A-Za-zĐđ]?[A-ZĐ&.\-]{0,12}(?:\s+[A-ZĐ][A-ZĐ&\-]{1,8})?)"
    r"(?P<level>\s+(?:phường|xã|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|TP))?$"
)


def _standard_name(short: str) -> str:
    """The name a standard short form stands for (`P.VHXH` → `Phòng Văn hóa - Xã hội`, `CA phường` →
    `Công an phường`, `TT PVHCC` → `Trung tâm Phục vụ hành chính công`); "" for any other text."""
    m = _STANDARD_FORM.match(" ".join(short.split()).strip(" .;:"))
    if m is None:
        return ""
    kind_word = m.group("kind") or m.group("word") or ""
    letters = re.sub(r"[\s.&\-]", "", fold(m.group("code")))
    name = ""
    if kind_word:
        base = _STANDARD_NAMES.get(letters)
        name = f"{_STANDARD_KINDS[fold(kind_word)]} {base}" if base else ""
    elif letters in _STANDARD_CODES:
        name = _STANDARD_CODES[letters]
    else:
        # `TTPVHCC`, `PTNMT`, `STP`: the kind's letters run into the code (`P` before three letters at
        # least: `PCT`, `PTP` are a leader's posts, Phó Chủ tịch, Phó Trưởng phòng)
        for kind, least in (("tt", 2), ("p", 3), ("s", 2)):
            rest = letters[len(kind) :]
            if letters.startswith(kind) and len(rest) >= least and (base := _STANDARD_NAMES.get(rest)):
                name = f"{_STANDARD_KINDS[kind]} {base}"
                break
    if not name:
        return ""
    level = (m.group("level") or "").strip()
    return f"{name} {'thành phố' if level == 'TP' else level}".strip()


def spell_out_short_forms(text: str, own: dict[str, str] | None = None) -> str:
    """A lead or partner cell that is only office short forms, with no unit of the organisation's
    named by it, → each short form after the name it stands for: the document's own (`own`: `VP` for
    the office a message is sent from) or else the standard one (`_STANDARD_NAMES`), the short form
    kept as printed in parentheses (`P.VHXH; CA phường` → `Phòng Văn hóa - Xã hội (P.VHXH); Công an
    phường (CA phường)`). Any other text (a name, a short form neither knows) stays as printed."""
    parts = [part.strip() for part in re.split(r"\s*[,;]\s*", text or "") if part.strip()]
    if not parts or any(not _STANDARD_FORM.match(part.strip(" .")) for part in parts):
        return text
    own = {fold(short): name for short, name in (own or {}).items()}
    names = [own.get(fold(part.strip(" ."))) or _standard_name(part) for part in parts]
    if not all(names):
        return text
    return "; ".join(f"{name} ({part.strip(' .')})" for name, part in zip(names, parts, strict=True))


# The office a message is sent from, named in its opening lines: a chat group's name (`Nhóm: VP UBND
# PHƯỜNG NAM LAM - ĐIỀU HÀNH`), a sender in brackets (`[Văn phòng HĐND và UBND xã Phú Lộc] 09:15 …`),
# an e-mail's `Từ: Văn phòng HĐND và UBND huyện Krông Bông <…>`.
_OFFICE_NAMED = re.compile(
    r"(?:^|[\[:]\s*)(?P<office>(?:Văn phòng|VĂN PHÒNG|VP)\s+(?:HĐND\s*(?:và|VÀ|-|&)\s*UBND|UBND|HĐND|Sở|SỞ)"
    r"(?P<rest>\s+[^\]\[<>()\-–:;,\d]{2,60}?))\s*(?:$|[\]<(\-–,;])"
)
_LEVEL_WORDS = {"phuong", "xa", "huyen", "quan", "tinh", "thi", "tran", "thanh", "pho"}


def sending_office(lines: list[str]) -> str:
    """The office a message names itself by in its first lines (`_OFFICE_NAMED`), `VP` written out and
    a name in capitals in the case a sentence gives it (`Văn phòng UBND phường Nam Lam`); ""."""
    for line in lines[:8]:
        m = _OFFICE_NAMED.search(" ".join((line or "").split()))
        if m is None:
            continue
        words = m.group("office").split()
        if words[0] == "VP":
            words = ["Văn", "phòng", *words[1:]]
        shaped = []
        for word in words:
            plain = fold(word)
            if not word.isupper() or all(piece in {"ubnd", "hdnd"} for piece in re.split(r"[-&]", plain)):
                shaped.append(word)  # mixed case as printed; `UBND`, `HĐND` stay
            elif plain in _LEVEL_WORDS or plain in {"va", "phong"}:
                shaped.append(word.lower())
            else:
                shaped.append(word.capitalize())
        return " ".join(shaped)
    return ""


@dataclass(frozen=True)
class UnitRef:
    key: object  # the caller's identifier (a primary key, a name)
    name: str
    short_name: str = ""
    kind: str = "division"
    aliases: tuple[str, ...] = ()


@dataclass
class Resolution:
    units: list[UnitRef] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    approximate: list[tuple[str, UnitRef]] = field(default_factory=list)
    vague: list[str] = field(default_factory=list)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(nfc(text).replace("Đ", "D").replace("đ", "d"))


def _is_abbreviation(token: str) -> bool:
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def signature(text: str) -> tuple[str, str]:
    """(kind hint, letters): "Phòng Quản lý KH" → ("division", "qlkh")."""
    words = _tokens(text)
    folded = [fold(word) for word in words]
    hint = ""
    for prefix in _PREFIXES:
        if tuple(folded[: len(prefix)]) == prefix and len(folded) > len(prefix):
            hint = "service_centre" if prefix[0] == "trung" else "division" if prefix[0] == "phong" else ""
            words, folded = words[len(prefix) :], folded[len(prefix) :]
            break
    if not hint and any(tuple(folded) == prefix for prefix in _PREFIXES):
        return "", ""  # "Trung tâm" alone names no unit
    while folded and folded[-1] == "so" and nfc(words[-1]).lower() != "số":  # "… Sở", not "Chuyển đổi số"
        words, folded = words[:-1], folded[:-1]
    letters = []
    for word, low in zip(words, folded, strict=True):
        if low in _CONNECTORS:
            continue
        if _is_abbreviation(word):
            letters.append(fold(word))
        elif low.isdigit():
            letters.append(low)
        else:
            letters.append(low[:1])
    return hint, "".join(letters)


def _distance_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


class UnitResolver:
    """Built once per import from the organisation's units; `resolve` a cell's text."""

    def __init__(self, units: list[UnitRef], legend: dict[str, str] | None = None):
        self.units = list(units)
        self.exact: dict[str, UnitRef] = {}
        self.by_signature: dict[str, list[UnitRef]] = {}
        for unit in self.units:
            for spelling in (unit.name, unit.short_name, *unit.aliases):
                if spelling:
                    self.add_spelling(spelling, unit)
        for abbreviation, full_name in (legend or {}).items():
            target = self.resolve(full_name).units
            if len(target) == 1:
                self.add_spelling(abbreviation, target[0])
        self._cache: dict[str, Resolution] = {}

    def add_spelling(self, spelling: str, unit: UnitRef) -> None:
        self.exact.setdefault(fold(spelling), unit)
        _hint, letters = signature(spelling)
        if len(letters) >= 2:
            bucket = self.by_signature.setdefault(letters, [])
            if unit not in bucket:
                bucket.append(unit)
            # "TCĐLCL" for "Phòng Quản lý TCĐLCL": documents drop the "Quản lý".
            if letters.startswith("ql") and len(letters) >= 6:
                bucket = self.by_signature.setdefault(letters[2:], [])
                if unit not in bucket:
                    bucket.append(unit)

    def _pick(self, candidates: list[UnitRef], hint: str) -> UnitRef | None:
        if len(candidates) == 1:
            return candidates[0]
        hinted = [unit for unit in candidates if unit.kind == hint] if hint else []
        return hinted[0] if len(hinted) == 1 else None

    def match_phrase(self, phrase: str, *, near: bool = True) -> tuple[UnitRef | None, bool]:
        """(unit, approximate) for one unit's spelling, or (None, False)."""
        folded = fold(phrase).strip(" .;:,-()")
        if not folded:
            return None, False
        if folded in self.exact:
            return self.exact[folded], False
        hint, letters = signature(phrase)
        if len(letters) < 2:
            return None, False
        if len(letters) == 2 and not any(_is_abbreviation(token) for token in _tokens(phrase)):
            return None, False  # two initials of plain words ("Tổ thẩm") name no unit; "TT" may
        found = self._pick(self.by_signature.get(letters, []), hint)
        if found:
            return found, False
        if near and len(letters) >= 4 and (hint or any(_is_abbreviation(t) for t in _tokens(phrase))):
            near = [
                u for sig, units in self.by_signature.items() if _distance_one(sig, letters) for u in units
            ]
            unique = list(dict.fromkeys(near))
            found = self._pick(unique, hint)
            if found:
                return found, True
        return None, False

    def _group(self, folded: str) -> list[UnitRef] | None:
        if _ALL_UNITS.match(folded):
            return list(self.units)
        if _ALL_CENTRES.match(folded):
            return [unit for unit in self.units if unit.kind == "service_centre"]
        if _ALL_DIVISIONS.match(folded):
            return [unit for unit in self.units if unit.kind == "division"]
        return None

    def resolve(self, text: str | None) -> Resolution:
        """Every unit a cell names, in order; what is left over is unresolved or vague."""
        text = " ".join(nfc(text or "").split())
        if text in self._cache if hasattr(self, "_cache") else False:
            return self._cache[text]
        result = Resolution()
        for part in re.split(r"\s*(?:;|/|\n|^-\s|\s\+\s)\s*", text):
            self._resolve_part(part.strip(" .;:,-"), result)
        result.units = list(dict.fromkeys(result.units))
        if hasattr(self, "_cache"):
            self._cache[text] = result
        return result

    def _resolve_part(self, part: str, result: Resolution) -> None:
        if not part:
            return
        folded = fold(part)
        group = self._group(folded)
        if group is not None:
            result.units += group
            return
        if "," in part and self.match_phrase(part, near=False)[0] is None:  # "Trung tâm KH,CN&CĐS" is one
            pieces = split_units(part)
            if len(pieces) > 1:
                for piece in pieces:
                    self._resolve_part(piece.strip(" .;:,-"), result)
                return
        if _VAGUE.search(folded):
            result.vague.append(part)
            return
        if folded.startswith("cac phong:") or folded.startswith("cac phong "):
            part = part.split(":", 1)[-1]
        pieces = [p.strip(" .,;:-") for p in re.split(r"[()]", part) if p.strip(" .,;:-")]
        matches = [(piece, *self.match_phrase(piece)) for piece in pieces]
        if any(unit for _piece, unit, _approximate in matches):
            # "Phòng Quản lý Khoa học - Công nghệ (Phòng KH-CN)": either spelling will do.
            for piece, unit, approximate in matches:
                if unit:
                    result.units.append(unit)
                    if approximate:
                        result.approximate.append((piece, unit))
            return
        if len(pieces) == 2 and re.fullmatch(r"[^()]+\([^()]+\)", part) and spells_out(pieces[1], pieces[0]):
            # a name with its own short form beside it (a legend's, spelt out): one unit, neither
            # spelling known — unresolved as printed, not cut into words
            result.unresolved.append(part)
            return
        self._resolve_words(part, result)

    def _resolve_words(self, part: str, result: Resolution) -> None:
        """Longest spans of words that name a unit; the rest is a qualifier or unresolved."""
        words = part.replace(",", " , ").replace("(", " ( ").replace(")", " ) ").split()
        i, leftover, found_any = 0, [], False
        while i < len(words):
            match = None
            for near in (False, True):
                for j in range(len(words), i, -1):
                    span = " ".join(w for w in words[i:j] if w not in ",()")
                    unit, approximate = self._match_span(span, near) if span else (None, False)
                    if unit:
                        match = (j, unit, approximate, span)
                        break
                if match:
                    break
            if match:
                j, unit, approximate, span = match
                if leftover:
                    self._leftover(" ".join(leftover), result, found_any)
                    leftover = []
                result.units.append(unit)
                if approximate:
                    result.approximate.append((span, unit))
                found_any = True
                i = j
            else:
                leftover.append(words[i])
                i += 1
        if leftover:
            self._leftover(" ".join(leftover), result, found_any)

    def spans(self, text: str) -> list[str]:
        """A cell that runs several units together ("Văn phòng Sở Phòng QLKH"), cut into one text per unit.

        `<p>` fragments are entries of their own; inside one, the longest known spellings win,
        and words between them stay together as one (unresolved) entry.
        """
        fragments = [f for f in re.split(r"</?p>", text or "", flags=re.IGNORECASE) if f.strip()]
        if len(fragments) > 1:
            return [" ".join(f.split()) for f in fragments]
        words = (text or "").split()
        out: list[str] = []
        pending: list[str] = []
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                span = " ".join(words[i:j])
                if self._match_span(span, False)[0] is not None:
                    if pending:
                        out.append(" ".join(pending))
                        pending = []
                    out.append(span)
                    i = j
                    break
            else:
                pending.append(words[i])
                i += 1
        if pending:
            out.append(" ".join(pending))
        return out

    def _match_span(self, span: str, near: bool) -> tuple[UnitRef | None, bool]:
        """Inside a longer text only a known spelling, or one that starts like a unit, counts."""
        if fold(span) in self.exact:
            return self.exact[fold(span)], False
        first = _tokens(span)[:1]
        starts_like_unit = bool(first) and (
            _is_abbreviation(first[0]) or fold(first[0]) in {"phong", "trung"}
        )
        if not starts_like_unit or len(signature(span)[1]) < 3:
            return None, False
        return self.match_phrase(span, near=near)

    def _leftover(self, text: str, result: Resolution, after_unit: bool) -> None:
        text = text.strip(" ,()")
        folded = fold(text)
        if not folded or (after_unit and _QUALIFIERS.match(folded)) or len(folded) < 2:
            return
        if after_unit and not re.search(r"[A-ZĐ]", text):
            return  # lower-case words after a unit qualify it ("chủ động tham mưu …")
        result.unresolved.append(text)


def looks_like_unit(text: str) -> bool:
    """A short phrase that starts like a unit's name ("Phòng …", "Trung tâm …"), known or not."""
    folded = fold(text)
    words = folded.split()
    return 2 <= len(words) <= 12 and folded.startswith(
        ("phong ", "trung tam ", "van phong", "thanh tra", "chi cuc ")
    )


# Units of a commune, hospital or school that open with a word the list above leaves out.
# A trade union (`Công đoàn trường`) and a Youth Union branch (`Chi đoàn Trung tâm`) too.
# A court's specialised chamber (`Tòa Hình sự`, `Tòa Gia đình và người chưa thành niên`), not a building
# (`Tòa nhà A`).
_MORE_UNIT_WORDS = re.compile(
    r"^(tram|khoa|to|bo phan|chi bo|hat|doi|trung doi|ban chi huy|cong doan|chi doan|toa(?! nha))\b"
)


def names_a_unit(text: str, *, max_words: int = 12) -> bool:
    """A title that is a unit's name and nothing else ("Phòng Kinh tế", "Công an xã"): a unit word
    first, two to twelve words (or `max_words`: a procuracy's or a court's divisions are named at
    length), capitalised, no digits (a sheet "Quý 1" or "Tháng 3" names a time)."""
    words = text.split()
    folded = fold(text)
    return (
        2 <= len(words) <= max_words
        and text[:1].isupper()
        and not any(ch.isdigit() for ch in text)
        and bool(_UNIT_WORDS.match(folded) or _MORE_UNIT_WORDS.match(folded))
        and not folded.startswith(("quy ", "cac "))
    )


def _joins(entry: tuple[str, str, str, bool], cluster: list[tuple[str, str, str, bool]]) -> bool:
    _spelling, letters, key, abbreviated = entry
    full_names = {member[2] for member in cluster if not member[3]}
    if not abbreviated and full_names and key not in full_names:
        return False  # one full name per unit
    for _other, other_letters, other_key, other_abbreviated in cluster:
        if key == other_key:
            return True
        if abbreviated or other_abbreviated:
            if letters == other_letters:
                return True
            one_off = len(letters) >= 4 and _distance_one(letters, other_letters)
            if one_off and abbreviated != other_abbreviated:
                return True
    return False


@dataclass
class UnitProposal:
    name: str
    kind: str
    spellings: list[str] = field(default_factory=list)


def _name_key(spelling: str) -> str:
    """A full name's words without its "Phòng"/"Trung tâm" prefix: "Phòng Chuyển đổi số" → "chuyen doi so"."""
    folded = fold(spelling).strip(" .;:,-")
    for prefix in ("phong ", "trung tam ", "don vi "):
        if folded.startswith(prefix):
            return folded[len(prefix) :]
    return folded


def has_abbreviation(spelling: str) -> bool:
    return any(_is_abbreviation(token) for token in _tokens(spelling))


def propose_units(spellings: list[str]) -> list[UnitProposal]:
    """Cluster the spellings of one unit ("Phòng CĐS", "Chuyển đổi số", "Phòng CDS") into one proposal.

    Only an abbreviation and its full name are clustered (same signature, or one letter off
    for a long one); two full names are one unit only when their words are the same (accents
    and the "Phòng" prefix aside), so "Quản lý Khoa học" and "Quản lý Kế hoạch" stay two.
    A cluster holds one full name at most. The longest spelling is its name.
    """
    clusters: list[list[tuple[str, str, str, bool]]] = []  # (spelling, signature, name key, abbreviated)
    for spelling in dict.fromkeys(s.strip() for s in spellings if s and s.strip()):
        _hint, letters = signature(spelling)
        entry = (spelling, letters or fold(spelling), _name_key(spelling), has_abbreviation(spelling))
        matches = [cluster for cluster in clusters if _joins(entry, cluster)]
        if len(matches) == 1:
            matches[0].append(entry)
        else:
            clusters.append([entry])  # new, or an abbreviation that fits several units
    clusters = [[member[0] for member in cluster] for cluster in clusters]
    proposals = []
    for members in clusters:
        name = max(members, key=lambda s: (len(s.split()), len(s)))
        folded = fold(name)
        kind = (
            "service_centre" if folded.startswith("trung tam")
            else "secretariat" if folded.startswith("van phong")
            else "inspectorate" if folded.startswith("thanh tra")
            else "division"
        )  # fmt: skip
        proposals.append(UnitProposal(name=name, kind=kind, spellings=members))
    return proposals
