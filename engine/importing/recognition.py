"""The recognisers' contract: what a recogniser is given and what it answers.

Every recogniser (engine/importing/layouts/…) is a function `(Context) -> Recognised | None`.
`engine.importing.build.recognise` runs those that apply and keeps the best-supported answer;
`support` is how much of the document the reading explains (0…1), so a layout that reads
three rows of a forty-task plan loses to one that reads forty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy

from engine.importing.model import RawItem, Warning
from engine.text import fold, nfc


@dataclass
class Context:
    document: object  # engine.importing.readers.Document (lines and blocks)
    resolver: object  # engine.importing.units.UnitResolver
    leaders: Sequence = ()  # engine.importing.leaders.LeaderRef
    period: object = None  # engine.importing.period.Period
    year: int | None = None


@dataclass
class Recognised:
    layout: str
    items: list[RawItem]
    warnings: list[Warning] = field(default_factory=list)
    legend: dict[str, str] = field(default_factory=dict)
    support: float = 0.0


# --- measuring support --------------------------------------------------------------------

_VIETNAMESE = frozenset("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
_WORD = re.compile(r"[^\W\d_]{2,}")
# The words a prose task's labelled fields start with (folded), per role: "Cơ quan chủ trì",
# "Bộ phận thực hiện", "Người/Đơn vị phụ trách", "Đơn vị (chủ trì) tham mưu"; "Thời hạn hoàn thành",
# "Tiến độ hoàn thành", "Hạn hoàn thành", a bare "Hạn"; "Sản phẩm dự kiến". A bare "Phụ trách" (a
# checklist's `Phụ trách: <unit>` under each task) leads as "Đơn vị phụ trách" does. FIELD_LABEL and
# prose_facts share them.
_HOLDER = r"(?:co quan|don vi|dv|to chuc|bo phan|nguoi|ca nhan|can bo)"
_INSPECTS = r"(?:kiem tra|giam sat|thanh tra)"
# The kinds of the issuer's own sections that a field's label may name as its doer (`Phòng thực hiện:`).
_SECTION_HOLDER = r"(?:phong|to|ban|khoa)"
# An inspection programme's fields: those inspected ("Đối tượng kiểm tra", "Đơn vị được thanh tra")
# are no lead; the body that inspects ("Chủ thể kiểm tra", "Lực lượng thực hiện") leads.
_INSPECTED = (
    rf"doi tuong(?: (?:duoc )?{_INSPECTS}(?:,? {_INSPECTS})?)?"
    rf"|(?:don vi|co quan|to chuc) duoc {_INSPECTS}"
)
_INSPECTING = rf"chu the(?: {_INSPECTS}(?:,? {_INSPECTS})?)?|luc luong(?: {_INSPECTS}| thuc hien)?"
LABEL_WORDS = {
    # "Cùng thực hiện", "Đơn vị cùng thực hiện": the partners of a results-based plan's activity
    "coordinating": r"(?:co quan|don vi|dv)?\s*(?:phoi hop(?: thuc hien)?|cung (?:thuc hien|phoi hop))",
    "lead": (
        rf"{_HOLDER}(?:\s*/\s*{_HOLDER})?\s*(?:chu tri|thuc hien|chiu trach nhiem|phu trach|tham muu)"
        r"(?: thuc hien| chinh| tham muu)?|chu tri(?: thuc hien| tham muu)?|dau moi(?: thuc hien)?"
        rf"|phu trach(?: chinh| thuc hien)?|{_INSPECTING}"
        # the issuer's own section by its kind (`Phòng thực hiện`, `Tổ phụ trách`, `Khoa chủ trì`), as
        # headers reads a column so named: the whole label, no words after it
        rf"|{_SECTION_HOLDER} (?:thuc hien|phu trach|chu tri)"
    ),
    "due": (
        rf"thoi (?:gian|han|diem)(?: thuc hien| hoan thanh| trien khai| tien hanh| {_INSPECTS})?"
        r"|tien do(?: thuc hien| hoan thanh)?|(?:han|han chot)(?: hoan thanh)?"
        # a results-based plan's milestone: "Mốc hoàn thành", "Mốc thời gian (hoàn thành)"
        r"|moc (?:hoan thanh|thoi gian(?: hoan thanh| thuc hien)?)"
    ),
    # "Chỉ số đầu ra", "Chỉ số đánh giá": what an activity is measured by (its numbers no due)
    "product": r"san pham(?: du kien| dau ra)?|ket qua(?: dau ra)?|chi so(?: dau ra| danh gia| do luong)?",
    "leader": (
        r"lanh dao(?: so| ubnd)?(?: phu trach| chi dao| theo doi)|nguoi (?:chi dao|theo doi)|truong doan"
    ),
    "note": r"ghi chu",
    "inspected": _INSPECTED,
    # "Kinh phí: 186 triệu đồng", "Kinh phí dự kiến: …", "Nguồn kinh phí: …", "Dự toán kinh phí: …":
    # the task's funding, neither its lead nor its due (nor a task of its own).
    "funds": r"(?:nguon |du toan )?kinh phi(?: du kien| thuc hien| du toan)?",
}
# A labelled field of a prose task (folded, its list mark gone): "Cơ quan chủ trì: …", "Thời gian: …".
# A label that opens with a holder ("Đơn vị …", "Cơ quan …") or "Thời gian" may run on a few words
# ("Đơn vị chủ trì thực hiện nhiệm vụ:"); a bare "Chủ trì" or "Tiến độ" must be the whole label.
FIELD_LABEL = re.compile(
    rf"^\s*(?:{_HOLDER}(?:\s*/\s*{_HOLDER})?\s*"
    r"(?:chu tri|thuc hien|phoi hop|chiu trach nhiem|phu trach|tham muu)[^:]{0,30}"
    r"|chu tri(?: thuc hien| tham muu)?|dau moi(?: thuc hien)?|phu trach(?: chinh| thuc hien)?"
    rf"|phoi hop(?: thuc hien)?|(?:{_HOLDER}\s*)?cung (?:thuc hien|phoi hop)"
    rf"|{_SECTION_HOLDER} (?:thuc hien|phu trach|chu tri)"
    r"|moc (?:hoan thanh|thoi gian[^:]{0,15})"
    r"|thoi (?:gian|han|diem)[^:]{0,25}|tien do(?: thuc hien| hoan thanh)?|(?:han|han chot)(?: hoan thanh)?"
    r"|san pham[^:]{0,20}|ket qua[^:]{0,20}|chi so(?: dau ra| danh gia| do luong)"
    r"|lanh dao(?: so| ubnd)?(?: phu trach| chi dao| theo doi)"
    r"|nguoi (?:chi dao|theo doi)|ghi chu|truong doan|(?:nguon |du toan )?kinh phi[^:]{0,20}"
    rf"|{_INSPECTED}|{_INSPECTING})\s*:"  # an inspection programme's, a task's funding
)
# (`204/QĐ-UBND …` opening a line is a document's number wrapped there, not a `1/` mark)
_LIST_MARK = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}/(?!\d|[A-ZĐ]{2})|[a-zđ]\)|\(\d{1,3}\)|[-–•+])\s*\S"
)


def diacritic_share(document) -> float:
    """The share of words (two letters or more) that carry a Vietnamese letter with a diacritic.

    Typed Vietnamese runs at 0.84–0.89 (the seeds and the corpus); the seeds' OCR text without
    diacritics at 0.18–0.22: the OCR-rows layout only applies below `OCR_SHARE`. The first
    `SHARE_SAMPLE` words tell; the answer is kept on the document (several recognisers ask).
    """
    cached = getattr(document, "_diacritic_share", None)
    if cached is not None:
        return cached
    words = 0
    marked = 0
    for line in document.lines:
        for word in _WORD.findall(nfc(line.text).lower()):
            words += 1
            marked += not _VIETNAMESE.isdisjoint(word)
        if words >= SHARE_SAMPLE:
            break
    share = marked / words if words else 0.0
    document._diacritic_share = share
    return share


SHARE_SAMPLE = 20_000
OCR_SHARE = 0.5


def task_like_count(document) -> int:
    """How many pieces of the document could be a task: table rows with two or more filled
    cells (below each table's first row) and paragraphs that start with a list mark."""
    from engine.importing.blocks import Paragraph

    count = 0
    for block in document.blocks:
        if isinstance(block, Paragraph):
            if match := _LIST_MARK.match(block.text):
                count += not FIELD_LABEL.match(fold(block.text[match.end() - 1 :]))
            continue
        for row in block.rows[1:]:
            count += sum(1 for cell in row if cell.text.strip() and not cell.is_merged_copy) >= 2
    return count


def measure_support(items: Sequence[RawItem], document, task_like: int | None = None) -> float:
    """0…1: the share of the task-like pieces the items explain, weighted by the fields found
    (a lead on every item and a due on every item count a fifth each) and by the items' own
    confidence, so a fallback reading loses to a sure one of the same size."""
    if not items:
        return 0.0
    total = task_like_count(document) if task_like is None else task_like
    coverage = min(1.0, len(items) / total) if total else 1.0
    leads = sum(1 for item in items if item.lead) / len(items)
    dues = sum(1 for item in items if item.due) / len(items)
    confidence = sum(item.confidence for item in items) / len(items)
    return round(coverage * (0.6 + 0.2 * leads + 0.2 * dues) * confidence, 4)


# --- why an item is less than sure ----------------------------------------------------------

# Codes kept on RawItem.reasons / ImportedItem.reasons (and in the staged rows and the JSON);
# the preview shows their text.
REASONS = {
    "fallback": gettext_lazy("read by the fallback layout"),
    "guessed": gettext_lazy("guessed from the sentence"),
    "ocr": gettext_lazy("text from OCR"),
    "unreadable": gettext_lazy("unreadable words"),
    "guessed_lead": gettext_lazy("lead unit guessed from the text"),
    "no_lead": gettext_lazy("no lead unit"),
    "due_outside": gettext_lazy("due date outside the programme's period"),
    "due_unread": gettext_lazy("due not read as a date"),
}
LOW_CONFIDENCE = 0.75  # below this a row is flagged in the preview
OCR_CONFIDENCE = 0.7  # what an item read by OCR is worth at most (mark_confidence)


def lower(item: RawItem, confidence: float, reason: str) -> None:
    """Lower an item's confidence to at most `confidence`, recording why (once)."""
    item.confidence = min(item.confidence, confidence)
    if reason not in item.reasons:
        item.reasons.append(reason)


def reason_text(code: str) -> str:
    return str(REASONS.get(code, code))


_ODD = re.compile(r"[^\w\s.,;:!?()\[\]/%&'\"“”‘’–—+\-…]|(?<=[a-zà-ỹđ])\d|\d(?=[a-zà-ỹđ]{2})")


def unreadable_share(text: str) -> float:
    """The share of a text's words that OCR broke: symbols inside words ("N®i", "S¢", "k¥"),
    digits inside lower-case words ("T6 chuc", "16p")."""
    words = text.split()
    if not words:
        return 0.0
    return sum(1 for word in words if _ODD.search(word)) / len(words)


UNREADABLE_SHARE = 0.2


def ocr_lines(document) -> set[int]:
    """The Document lines whose text came from OCR (Paragraph.ocr, Table.ocr, Cell.ocr)."""
    from engine.importing.blocks import Paragraph

    found: set[int] = set()
    for block in document.blocks:
        if isinstance(block, Paragraph):
            if block.ocr:
                found.add(block.line)
            continue
        for index, row in enumerate(block.rows):
            if (block.ocr or any(cell.ocr for cell in row)) and index < len(block.row_lines):
                found.add(block.row_lines[index])
    return found


def mark_confidence(document, items: Sequence[RawItem]) -> None:
    """What every recogniser's items share: OCR text (the document, the block or the row) and
    unreadable words lower an item's confidence, with the reason."""
    from_ocr = ocr_lines(document)
    for item in items:
        if document.ocr or item.ocr or item.line in from_ocr:
            item.ocr = True
            lower(item, OCR_CONFIDENCE, "ocr")
        if unreadable_share(item.content) > UNREADABLE_SHARE:
            lower(item, 0.5, "unreadable")


# --- labels a document abbreviates -----------------------------------------------------------

# An abbreviation of a field label that the document defines in its own text: `(sau đây viết tắt: CT
# là chủ trì, PH là phối hợp, TG là thời gian)`, `Trong mục này, CT là đơn vị chủ trì …`, a legend
# `Ghi chú: CT - chủ trì; PH - phối hợp; TH - thời hạn hoàn thành`, or `đơn vị chủ trì (CT)`. Only
# a definition whose full words are a field label (FIELD_LABEL) counts, so a unit legend
# (`VP: Văn phòng`) is no label's.
_ABBREVIATION = r"(?<![\w/])(?P<short>[A-ZĐ]{2,4})(?![\w/])"
_DEFINED_AFTER = re.compile(_ABBREVIATION + r"\s*(?:là|=|:|-|–|—)\s*(?P<full>[^\W\d_][^,;.()=:\-–—]{1,40})")
_DEFINED_BEFORE = re.compile(
    r"(?P<full>(?:[^\W\d_]+\s+){0,3}[^\W\d_]+)\s*\((?:viết tắt(?: là)?\s*:?\s*)?" + _ABBREVIATION + r"\)"
)


# A calendar's label for the unit that prepares an entry (`Đơn vị chuẩn bị`, `Chuẩn bị`), folded:
# its lead (days.preparing_unit), a label a week's calendar abbreviates (`ĐVCB: Phòng X`).
_PREPARING_LABEL = re.compile(r"(?:(?:don vi|co quan|bo phan)\s+)?chuan bi")


def _label_words(words: str) -> str | None:
    """`words` as a label (`đơn vị chủ trì`, `thời gian thực hiện`, `đơn vị chuẩn bị`), or its
    longest ending that is one."""
    tokens = words.split()
    for start in range(len(tokens)):
        candidate = " ".join(tokens[start:])
        match = FIELD_LABEL.match(fold(candidate) + ":")
        if (match and match.end() == len(fold(candidate)) + 1) or _PREPARING_LABEL.fullmatch(fold(candidate)):
            return candidate
    return None


def label_abbreviations(texts: Sequence[str]) -> dict[str, str]:
    """The field labels the texts abbreviate, by their definitions: {"CT": "đơn vị chủ trì", …}.
    An abbreviation defined twice with different labels is left out."""
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for text in texts:
        text = nfc(text)
        for match in (*_DEFINED_AFTER.finditer(text), *_DEFINED_BEFORE.finditer(text)):
            label = _label_words(match.group("full").strip())
            if label is None or (match.re is _DEFINED_AFTER and label != match.group("full").strip()):
                continue
            short = match.group("short")
            if found.setdefault(short, label) != label:
                clashes.add(short)
    return {short: label for short, label in found.items() if short not in clashes}


def spell_out_label_abbreviations(document) -> dict[str, str]:
    """Writes the labels a document abbreviates in full where they label a field (`CT: Tổ Cảnh sát
    khu vực; PH: …; TG: …` → `Đơn vị chủ trì: Tổ Cảnh sát khu vực; …`), in its lines and blocks
    (in place), so every recogniser reads them as the labels it knows; the texts that define them
    stay as printed. Returns the abbreviations spelled out."""
    from dataclasses import replace

    from engine.importing.blocks import Paragraph

    texts = [line.text for line in document.lines]
    labels = label_abbreviations(texts)
    if not labels:
        return {}
    used = re.compile(r"(?:^|(?<=[\s;,(|.•–-]))(" + "|".join(map(re.escape, labels)) + r")\s*:")

    def spelled(text: str) -> str:
        if not used.search(text) or label_abbreviations([text]):
            return text
        return used.sub(lambda m: labels[m.group(1)][:1].upper() + labels[m.group(1)][1:] + ":", nfc(text))

    document.lines = [
        replace(line, cells=tuple(spelled(cell) for cell in line.cells)) for line in document.lines
    ]
    for block in document.blocks:
        if isinstance(block, Paragraph):
            block.text = spelled(block.text)
        else:
            block.rows = [[replace(cell, text=spelled(cell.text)) for cell in row] for row in block.rows]
    return labels
