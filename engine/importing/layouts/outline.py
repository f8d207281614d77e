"""A document's numbered paragraphs as an outline: the shared reading of prose plans and conclusions.

Paragraphs that start with a mark — `I.`, `1.`, `1.1`, `(1)`, `a)`, `-`, `+` — become nodes;
a mark kind seen for the first time goes one level deeper, a kind already open closes the
levels below it (as a reader of the document nests them). Unmarked paragraphs are the body of
the node above them; a hard-wrapped line that starts in lower case continues the paragraph
before it. Tables are left to the table recognisers.

The helpers below read what prose says about a task: labelled fields (`Cơ quan chủ trì: …`),
a heading that names a unit (`1. Sở Nội vụ:`), and — for conclusions — the lead, leader,
coordinating units and deadline inside the sentence.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from engine.importing.blocks import Paragraph
from engine.importing.recognition import FIELD_LABEL
from engine.text import fold, nfc

_MARKS = (
    ("roman", re.compile(r"^([IVX]{1,5})\s*[.:]\s+(\S.*)$")),
    ("decimal", re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$")),
    ("number", re.compile(r"^(\d{1,3})\s*[.)]\s*(\D.*)$")),
    ("paren", re.compile(r"^\((\d{1,3})\)\s*(\S.*)$")),
    ("letter", re.compile(r"^([a-zđ])\s*\)\s*(\S.*)$")),
    ("dash", re.compile(r"^([-–—•])\s*(\S.*)$")),
    ("plus", re.compile(r"^(\+)\s*(\S.*)$")),
)
_DECORATION = re.compile(r"^[\s*_#>]+|[\s*_]+$")
_STOP = re.compile(r"^(?:noi nhan|tran trong|tren day la)")
_ADDRESSEES = re.compile(r"^kinh gui\b")


@dataclass
class Node:
    kind: str  # a key of _MARKS, or "root"
    mark: str
    text: str
    line: int
    level: int = 0
    body: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)  # labelled lines under it ("- Cơ quan chủ trì: …")
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = None

    def ancestors(self):
        node = self.parent
        while node is not None and node.kind != "root":
            yield node
            node = node.parent


def _mark(text: str) -> tuple[str, str, str] | None:
    for kind, pattern in _MARKS:
        if m := pattern.match(text):
            return kind, m.group(1), m.group(2).strip()
    return None


def _paragraphs(document) -> list[tuple[int, str]]:
    """(line, text) of the paragraphs, hard-wrapped lines joined, decoration (`**`, `#`) dropped."""
    found: list[tuple[int, str]] = []
    for block in document.blocks:
        if not isinstance(block, Paragraph):
            found.append((0, ""))  # a table ends a paragraph
            continue
        for offset, part in enumerate(block.text.split("\n")):
            text = " ".join(_DECORATION.sub("", nfc(part)).split())
            if not text or text == "|":
                continue
            line = block.line + offset
            if (
                found
                and found[-1][1]
                and text[:1].islower()
                and _mark(text) is None
                and not found[-1][1].endswith((".", ":", ";", "!", "?"))
            ):
                found[-1] = (found[-1][0], f"{found[-1][1]} {text}")
                continue
            found.append((line, text))
    return [(line, text) for line, text in found if text]


def outline(document) -> Node:
    """The document's paragraphs as a tree of marked nodes under one root."""
    root = Node("root", "", "", 0, level=-1)
    stack: list[Node] = [root]
    addressees = False
    for line, text in _paragraphs(document):
        marked = _mark(text)
        folded = fold(text)
        if _STOP.match(folded):
            break  # the closing formula, the addressees and the signature
        if _ADDRESSEES.match(folded):
            addressees = True  # "Kính gửi: - …; - …": not tasks
            continue
        if addressees and (marked is not None or len(text) < 80):
            continue
        addressees = False
        rest = marked[2] if marked else text
        if FIELD_LABEL.match(fold(rest)) and stack[-1] is not root:
            stack[-1].fields.append(rest)  # a label belongs to the task above it, whatever its mark
            continue
        if marked is None:
            stack[-1].body.append(text)
            continue
        kind, mark, rest = marked
        if kind == "roman":
            del stack[1:]
        else:
            kinds = [node.kind for node in stack]
            if kind in kinds:
                del stack[kinds.index(kind) :]
        parent = stack[-1]
        node = Node(kind, mark, rest, line, level=parent.level + 1, parent=parent)
        parent.children.append(node)
        stack.append(node)
    return root


def walk(node: Node):
    for child in node.children:
        yield child
        yield from walk(child)


# --- what a paragraph says --------------------------------------------------------------------


# Unit names that hold a word of the verb list: masked (same length) so the verb does not end them.
_NAME_WORDS = re.compile(r"\b(so|dau tu|bo) xay dung\b|\bban to chuc\b")


def folded_same_length(text: str) -> str:
    """`fold` letter by letter, so an index into the result is an index into `text`."""
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("d")
            continue
        base = unicodedata.normalize("NFD", ch)[:1]
        out.append(base.lower() if base else ch)
    return _NAME_WORDS.sub(lambda m: m.group().replace(" ", "·"), "".join(out))


_LABELS = (
    ("coordinating", re.compile(r"(?:co quan|don vi|dv)?\s*phoi hop(?: thuc hien)?")),
    (
        "lead",
        re.compile(
            r"(?:co quan|don vi|dv|to chuc)\s*(?:chu tri|thuc hien|chiu trach nhiem|phu trach)"
            r"(?: thuc hien| chinh)?|chu tri"
        ),
    ),
    ("due", re.compile(r"thoi (?:gian|han)(?: thuc hien| hoan thanh| trien khai)?|tien do|han hoan thanh")),
    ("product", re.compile(r"san pham(?: du kien| dau ra)?|ket qua(?: dau ra)?")),
)
_LABEL_AT = re.compile(
    r"(?:^|(?<=[;.,])\s*|\s(?:[a-zđ]\)|-)\s*)("
    + "|".join(f"(?P<{role}>{pattern.pattern})" for role, pattern in _LABELS)
    + r")\s*:\s*"
)


def labelled_fields(text: str) -> dict[str, str] | None:
    """`Cơ quan chủ trì: X; Cơ quan phối hợp: Y. Thời gian: Z` → {"lead": X, …}; None without a label."""
    folded = folded_same_length(text)
    if not FIELD_LABEL.match(folded):
        return None
    found = list(_LABEL_AT.finditer(folded))
    if not found:
        return None
    fields: dict[str, str] = {}
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(text)
        role = next(role for role, _p in _LABELS if match.group(role))
        value = text[match.end() : end].strip(" ;.,")
        if value and role not in fields:
            fields[role] = value
    lead = fields.get("lead", "")
    if lead and (split := lead_and_coordinating(lead)):
        fields["lead"], coordinating = split
        if coordinating and not fields.get("coordinating"):
            fields["coordinating"] = coordinating
    return fields


# Words that open a unit's name (folded); "bao", "ban", "bo", "hoi" only with what follows them.
_UNIT_WORDS = (
    r"so|van phong|uy ban|ubnd|trung tam|cong an|bo chi huy|bo chq|bchqs|bo doi|thanh tra|chi cuc|cuc|"
    r"phong|kho bac|ngan hang|bao hiem|thue|vien|truong|benh vien|nha dau tu|tinh doan|doan thanh nien|"
    r"lien doan|mat tran|giam doc|chu tich|thu truong|cac so|cac co quan|cac don vi|cac dia phuong|"
    r"cac bo|cac xa|cong ty|tong cong ty|dai|quy|hoi dong|"
    r"bao (?:va|lam|nhan|dien|phat|cong|quan)|ban (?:quan|chi|dan|to|thuong|tuyen|noi|kinh|bien|dieu)|"
    r"bo (?:tai|noi|tu|cong|ke|y|giao|xay|khoa|van|ngoai|quoc|lao|nong|thong)|"
    r"hoi (?:dong|nong|lien|phu|cuu|chu|nha|luat)"
)
UNIT_START = re.compile(rf"^(?:{_UNIT_WORDS})\b")
# Words that end a unit's name inside a sentence: the verb of the assignment.
_VERBS = (
    r"chu tri|tham muu|thuc hien|phoi hop|khan truong|to chuc|ra soat|xay dung|nghien cuu|theo doi|"
    r"huong dan|tiep tuc|chiu trach nhiem|co trach nhiem|trien khai|kiem tra|don doc|bao cao|hoan thanh|"
    r"lam viec|tong hop|chu dong|cung voi|cung|la co quan|la don vi|tap trung|day manh|de xuat|"
    r"chi dao|phu trach|quan tam|bo tri|tang cuong|lap|trinh|cap nhat|xu ly|giai quyet|dam bao|bao dam"
)
_VERB = re.compile(rf"\s(?:{_VERBS})\b|\s*[:;(]|,\s(?!(?:the thao|ban|nganh|thuong mai|du lich)\b)")


_NAMING = re.compile(r"\s*\((?:sau đây )?(?:gọi|viết) tắt là[^)]*\)", re.IGNORECASE)
_ABBREVIATED = re.compile(r"^[A-ZĐ][A-ZĐ&-]{1,12}\b")


def unit_heading(text: str) -> tuple[str, str] | None:
    """`Sở Nội vụ:` / `Giao Sở Tài chính:` / `Sở Tư pháp: Lồng ghép …` / `Trách nhiệm của X` →
    (the unit, the text after the colon); None when the paragraph is not a unit's heading."""
    stripped = re.sub(r"^(?:giao|đối với|doi voi)\s+", "", text, flags=re.IGNORECASE)
    stripped = re.sub(r"^(?:trách nhiệm|trach nhiem)\s+(?:của|cua)\s+", "", stripped, flags=re.IGNORECASE)
    head, colon, rest = stripped.partition(":")
    head = _NAMING.sub("", head)
    folded = folded_same_length(head).strip()
    if not UNIT_START.match(folded) or len(folded.split()) > 24:
        return None
    verb = re.search(rf"\s(?:{_VERBS})\b", " " + folded)
    if not colon and (len(folded.split()) > 14 or verb):
        return None
    if colon and verb:
        # "Sở X chủ trì, phối hợp …:" is a lead with its coordinating units, read by lead_in_sentence.
        return None
    return head.strip(" .;"), rest.strip()


def lead_and_coordinating(text: str) -> tuple[str, str] | None:
    """`X chủ trì, phối hợp với Y` (a label's value or a sentence's start) → (X, Y)."""
    folded = folded_same_length(text)
    m = re.search(r"\s(?:chu tri|la co quan chu tri)\b", folded)
    if not m or not UNIT_START.match(folded.lstrip()):
        return None
    lead = text[: m.start()].strip(" ,;")
    rest_folded = folded[m.end() :]
    coordinating = ""
    if c := re.match(r"\s*,?\s*(?:va\s+)?phoi hop(?: chat che)?(?: voi)?\s+", rest_folded):
        coordinating = _until_verb(text[m.end() + c.end() :])
    return lead, coordinating


def _until_verb(text: str) -> str:
    """The units at the start of `text`, up to the verb or the punctuation that ends them;
    a parenthesised list ending in `…` is kept whole."""
    folded = folded_same_length(text)
    if folded.startswith("("):
        close = text.find(")")
        return text[1:close].strip(" .…") if close > 0 else text[1:].strip()
    end = re.search(rf"\s(?:de|trong|theo|nham|{_VERBS})\b|[:;.](?:\s|$)|\s-\s", folded[1:])
    return text[: end.start() + 1 if end else len(text)].strip(" ,;.")


_COORDINATING_FIRST = re.compile(r"^(?:chu tri\s*,?\s*)?(?:va\s+)?phoi hop(?: chat che)?(?: voi)?\s+")


def coordinating_in(text: str) -> str:
    """`Chủ trì, phối hợp với X, Y triển khai …` (the lead given above) → "X, Y"."""
    if m := _COORDINATING_FIRST.match(folded_same_length(text)):
        return _until_verb(text[m.end() :])
    return ""


_GIAO = re.compile(r"\bgiao(?: cho)?\s+")
_LEADER = re.compile(
    r"^(?:d/c|dong chi)\s+(.+?)\s*[-–—,]\s*(.+?)\s+(?:chi dao|phu trach|truc tiep chi dao)\b[,;]?\s*"
)


@dataclass
class Assignment:
    lead: str = ""
    coordinating: str = ""
    leader: str = ""


def assignment_in(text: str) -> Assignment | None:
    """`Giao đ/c <tên> – PGĐ Sở chỉ đạo, <unit> tham mưu …`, `Giao <unit> chủ trì, phối hợp <units> …`,
    `<unit> chủ trì, phối hợp …` → who leads, who coordinates, which leader directs."""
    folded = folded_same_length(text)
    found = Assignment()
    start = 0
    if g := _GIAO.search(folded):
        start = g.end()
    elif not UNIT_START.match(folded):
        return None
    if m := _LEADER.match(folded[start:]):
        found.leader = text[start + m.start(1) : start + m.end(1)].strip()
        start += m.end()
    rest, rest_folded = text[start:], folded[start:]
    if not (UNIT_START.match(rest_folded) or _ABBREVIATED.match(rest)):
        return found if found.leader else None
    found.lead = _until_verb(rest)
    if found.lead.endswith(")"):
        found.lead = found.lead.rsplit("(", 1)[0].strip()
    after = rest_folded[len(found.lead) :]
    if c := re.search(r"\bphoi hop(?: chat che)?(?: voi)?\s+", after[:60]):
        found.coordinating = _until_verb(rest[len(found.lead) + c.end() :])
    if len(found.lead.split()) > 16:
        return None
    return found


_DUE_PHRASES = re.compile(
    r"(?:truoc|cham nhat|han chot|den het|den|du kien|xong|hoan thanh)?\s*(?:vao\s+)?(?:ngay\s+)?"
    r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?(?![\d/])"
    r"|(?:truoc|cham nhat)\s+ngay\s+\d{1,2}\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?"
    r"|(?:trong|truoc|het|cuoi|xong trong)\s+"
    r"(?:thang\s+\d{1,2}(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?|quy\s+[ivx1-4]+(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?|nam\s+\d{4})"
    r"|(?:dinh ky\s+)?(?:hang|hng)\s+(?:tuan|thang|quy|nam)|thuong xuyen"
)


def due_in(text: str) -> str:
    """The first deadline phrase inside a sentence (`trước ngày 28/4/2026`, `trong tháng 02/2026`,
    `(dự kiến ngày 15/5/2026)`, `hằng tháng`), as printed; "" where there is none."""
    folded = folded_same_length(text)
    for match in _DUE_PHRASES.finditer(folded):
        phrase = text[match.start() : match.end()].strip()
        found = match.group().strip()
        if found.startswith("ngay") or re.search(
            r"\bngay\s*$", folded[max(0, match.start() - 6) : match.start()]
        ):
            continue  # "ngày 05/11/2025" with no "trước", "đến", "dự kiến": a date of record, not a deadline
        return phrase
    return ""


# --- from the outline to task items -------------------------------------------------------------

_SKIP_SECTION = re.compile(
    r"^(?:muc dich|yeu cau|muc tieu|quan diem|danh gia|ket qua dat|tinh hinh|can cu|(?:nguon )?kinh phi|"
    r"doi tuong|pham vi|hieu luc|dieu khoan|boi canh|thuc trang|su can thiet)"
)
_ABBREVIATION = re.compile(
    r"([A-ZĐÀ-Ỹ][^()]{6,90}?)\s*\((?:sau đây (?:gọi|viết) tắt là\s*:?\s*|gọi tắt là\s*)?"
    r"[“\"]?([A-ZĐ][\wĐ&.-]{1,15}(?: [\wĐ&.-]{1,12}){0,3})[”\"]?\)"
)


@dataclass
class _Group:
    lead: str = ""
    coordinating: str = ""
    leader: str = ""
    due: str = ""


def legend_of(root: Node) -> dict[str, str]:
    """A body named in full once and abbreviated later: `Ban Quản lý dự án … số 1 (Ban QLDA số 1)`."""
    legend: dict[str, str] = {}
    for node in walk(root):
        for text in (node.text, *node.body):
            for m in _ABBREVIATION.finditer(text):
                full, short = m.group(1).strip(), m.group(2).strip()
                words = full.split()
                # The full name is the words that the short form's capitals start, counted from its end.
                capitals = sum(1 for ch in short if ch.isupper())
                full = " ".join(words[-max(capitals, 2) * 2 :]) if len(words) > capitals * 2 else full
                if UNIT_START.match(fold(full)) and any(ch.isupper() for ch in short[1:]):
                    legend.setdefault(short, full)
    return legend


def _section_skipped(node: Node) -> bool:
    roman = next((a for a in [node, *node.ancestors()] if a.kind == "roman"), None)
    return roman is not None and bool(_SKIP_SECTION.match(fold(roman.text)))


def _group_of(node: Node, inline: bool) -> _Group:
    """What a heading says for the items below it: a unit (`1. Sở Nội vụ:`), `Giao X chủ trì …:`,
    or a sentence ending in a colon (in its body) that assigns them."""
    group = _Group()
    texts = [node.text] + [text for text in node.body if text.endswith(":")]
    for text in texts:
        if heading := unit_heading(text):
            group.lead = heading[0]
            break
        if (inline or text.lower().startswith("giao") or lead_and_coordinating(text)) and (
            found := assignment_in(text)
        ):
            group.lead, group.coordinating, group.leader = found.lead, found.coordinating, found.leader
            break
    if inline:
        group.due = due_in(node.text)
    return group


def _inherited(node: Node, groups: dict[int, _Group]) -> _Group:
    merged = _Group()
    for ancestor in node.ancestors():
        group = groups.get(id(ancestor))
        if group is None:
            continue
        if group.lead and not merged.lead:
            merged.lead, merged.coordinating = group.lead, group.coordinating  # a lead with its own
        for name in ("leader", "due"):
            if not getattr(merged, name) and getattr(group, name):
                setattr(merged, name, getattr(group, name))
    return merged


def _ref(node: Node) -> str:
    marks = []
    for part in reversed([node, *node.ancestors()]):
        if part.kind in ("dash", "plus"):
            siblings = [c for c in part.parent.children if c.kind == part.kind]
            marks.append(f"-{siblings.index(part) + 1}")
        else:
            marks.append(part.mark)
    return ".".join(marks).replace(".-", "-")


def _section(node: Node) -> str | None:
    for ancestor in node.ancestors():
        if ancestor.kind == "roman" or (ancestor.children and not unit_heading(ancestor.text)):
            return (
                f"{ancestor.mark}. {ancestor.text}"
                if ancestor.kind in ("roman", "number", "decimal")
                else ancestor.text
            )
    return None


def read_tasks(document, *, inline: bool):
    """(items, legend, labelled): the outline's task items. `inline` reads leads, leaders and
    deadlines inside sentences (conclusions); without it only labels and unit headings count."""
    from engine.importing.model import RawItem
    from engine.importing.recognition import lower

    root = outline(document)
    items: list[RawItem] = []
    groups: dict[int, _Group] = {}
    labelled = 0
    for node in walk(root):
        if _section_skipped(node):
            continue
        task_children = node.children
        if node.kind == "roman":
            groups[id(node)] = _group_of(node, inline)
            continue
        if task_children:
            groups[id(node)] = _group_of(node, inline)
            continue
        inherited = _inherited(node, groups)
        heading = unit_heading(node.text)
        contents = [node.text]
        lead_from = ""
        if heading:
            contents = [heading[1]] if heading[1] else [text for text in node.body if len(text) > 20]
            inherited.lead, lead_from = heading[0], "heading"
        for content in contents:
            if not content or (content.endswith(":") and not heading):
                continue
            item = RawItem(content=content, line=node.line, ref=_ref(node), section=_section(node))
            item.lead, item.coordinating, item.leader = (
                inherited.lead,
                inherited.coordinating,
                inherited.leader,
            )
            if inherited.lead and not lead_from:
                lead_from = "heading"
            sentences = [content, *node.body] if not heading else [content]
            sentence = " ".join(sentences)
            own = None
            for text in sentences:
                own = assignment_in(text) if inline else None
                if own is None and (pair := lead_and_coordinating(text)):
                    own = Assignment(*pair)
                if own is not None:
                    break
            if own is None and (coordinating := coordinating_in(content)):
                item.coordinating = coordinating
            if own and own.lead:
                item.lead, item.coordinating = (
                    own.lead,
                    own.coordinating or ("" if own.lead != inherited.lead else item.coordinating),
                )
                item.leader = own.leader or item.leader
                lead_from = "sentence"
            elif own and own.leader:
                item.leader = own.leader
            if inline:
                item.due = due_in(sentence) or inherited.due
            if lead_from == "sentence":
                lower(item, 0.9, "guessed_lead")
            for text in node.fields:
                labelled += 1
                _apply(item, labelled_fields(text) or {})
            items.append(item)
    return items, legend_of(root), labelled


def _apply(item, fields: dict[str, str]) -> None:
    if fields.get("lead"):
        item.lead = fields["lead"]
        item.coordinating = fields.get("coordinating", "") or (
            item.coordinating if not fields.get("lead") else ""
        )
        item.reasons = [r for r in item.reasons if r != "guessed_lead"]
        item.confidence = 1.0 if not item.reasons else item.confidence
    if fields.get("coordinating"):
        item.coordinating = fields["coordinating"]
    if fields.get("due"):
        item.due = fields["due"]
    if fields.get("product"):
        item.note = fields["product"]


def mark_ocr(document, items) -> None:
    """Items read from OCR text (a scan's blocks, or text mostly without diacritics) are less sure."""
    from engine.importing.recognition import OCR_SHARE, diacritic_share, lower

    if document.ocr or diacritic_share(document) < OCR_SHARE:
        for item in items:
            item.ocr = True
            lower(item, 0.7, "ocr")
