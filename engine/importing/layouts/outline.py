"""A document's numbered paragraphs as an outline: the shared reading of prose plans and conclusions.

Paragraphs that start with a mark — `I.`, `1.`, `1/` (an e-mail's), `I-`/`1-` (a Party committee's),
`1.1`, `(1)`, `a)`, `-`, `+`, a numbered group label `Nhiệm vụ 1:` — become nodes; a mark kind seen
for the first time goes one level deeper, a kind already open closes the levels below it (as a reader
of the document nests them). An article's title line (`Điều 2. Tổ chức thực hiện`, in a resolution or a
decision) opens a top section as `I.` does, its mark `Điều 2`.
Unmarked paragraphs are the body of the node above them, except under a heading without a mark
(`## Kinh phí`), which closes them; a hard-wrapped line that starts in lower case continues the
paragraph before it, and so does, in a typed text, a line under a long one that ended in a word
(`… cài đặt ứng dụng` / `VNeID, hoàn thành …`); labelled fields printed inline after a task's
sentence (`… . Thời gian: …`, `… [Đơn vị thực hiện: …]`) are its fields, and a line opening with a
field label is a field of its own. A record table (`label | value` rows) and a run of one-line
`Label: value` paragraphs that makes one (a form, a mail-merged slip, led by the unit of its
`Kính gửi:` line) are read as a task with its fields. Other tables are left to the table recognisers.
The outline ends at the closing (`Nơi nhận`, a notice's `… thông báo để … biết, thực hiện.`); what a
closing paragraph asks after that formula (`Các đơn vị báo cáo … hằng tháng.`) is kept on the root.

What a paragraph says about a task is read by prose_facts.py; the task items by prose_tasks.py.
"""

import re
from dataclasses import dataclass, field

from engine.importing.blocks import Cell, Paragraph, Table
from engine.importing.headers import MIN_RECORD_ROWS, field_rows, record_rows
from engine.importing.layouts.prose_facts import (
    ACTION,
    UNIT_START,
    doer_labelled,
    due_in,
    folded_same_length,
    labelled_fields,
    opens_lead_clause,
    prints_date,
    sign_labelled,
    unit_heading,
)
from engine.importing.recognition import FIELD_LABEL
from engine.text import fold, nfc

_MARKS = (
    # `II-`, `1-` (a Party committee's numbering): a hyphen after the number, a space, then a word
    ("roman", re.compile(r"^([IVX]{1,5})\s*(?:[.:]|-(?=\s+[^\d\s]))\s+(\S.*)$")),
    ("decimal", re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$")),
    # `1/ …` (an e-mail's), not a document's number wrapped onto the line's start (`204/QĐ-UBND …`)
    ("number", re.compile(r"^(\d{1,3})\s*(?:[.)]|/(?!\d|[A-ZĐ]{2})|-(?=\s+[^\d\s]))\s*(\D.*)$")),
    # a keycap emoji a chat message numbers its list with (`1️⃣ …`, `🔟 …`): a number like `1.`
    ("number", re.compile(r"^(\d|🔟)\ufe0f?\u20e3?(?<=\u20e3|🔟)\s*(\S.*)$")),
    ("paren", re.compile(r"^\((\d{1,3})\)\s*(\S.*)$")),
    ("letter", re.compile(r"^([a-zđ])\s*\)\s*(\S.*)$")),
    # a dash, or a bullet a slide or a word processor prints (`▪`, `■`, `●`, `◦`, `►`)
    ("dash", re.compile(r"^([-–—•▪■●◦►])\s*(\S.*)$")),
    ("plus", re.compile(r"^(\+)\s*(\S.*)$")),
    # `→ <unit> | <time>` under a task (a slide's second line): its fields, never a node (_build)
    ("arrow", re.compile(r"^([→⇒➜➔➝➞])\s*(\S.*)$")),
    # An ordinal word instead of a number (`Thứ nhất, …`, `Thứ hai, …`; `Một là, …`), not a weekday
    # with its date (`Thứ hai, ngày 05/10`, `Thứ Hai, 05/10`).
    (
        "ordinal",
        re.compile(
            r"^(Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
            r"|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là)"
            r"\s*,\s+(?![Nn]gày\b|\d|\()(\S.*)$"
        ),
    ),
    # A group of tasks labelled with its number (`Nhiệm vụ 1: <title>`, `Nội dung 2. …`): its number
    # is the mark, the title its text; the items printed under it are its children. A plan's
    # numbered projects (`Đề án 3. <title>`, `Dự án 2: …`) are labelled the same way: over its
    # labelled fields alone, one is a task.
    (
        "label",
        re.compile(
            r"^(?:Nhóm nhiệm vụ|Nhiệm vụ|Nội dung|Giải pháp|Lĩnh vực|Chuyên đề|Đề án|Dự án)\s+"
            r"(\d{1,2}|[IVX]{1,5})\s*[:.]\s+(\S.*)$"
        ),
    ),
    # A results-based plan's goal (`Mục tiêu 2. <aim>`) over its numbered activities (`Hoạt động
    # 2.1. <title>`, `Nhiệm vụ 1.3: …`): the goal a group like `Nhiệm vụ 1:`, each activity a task
    # one level below it (the number the goal's and its own).
    ("label", re.compile(r"^(?:Mục tiêu)\s+(\d{1,2}|[IVX]{1,5})\s*[:.]\s+(\S.*)$")),
    (
        "sublabel",
        re.compile(
            r"^(?:Hoạt động|Nhiệm vụ|Giải pháp|Nội dung)\s+(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s*[:.]?\s+(\S.*)$"
        ),
    ),
    # An activity numbered on its own (`Hoạt động 3. <title>`, `Hoạt động 2: …`): over its labelled
    # fields alone, one task, as a project is; the same kind as a goal's activities, so printed
    # under a goal (`Mục tiêu 1.`) it stays a level below it, never the goal's sibling, and under
    # a numbered section (`1. Hoạt động truyền thông`) it is that section's item.
    ("sublabel", re.compile(r"^(?:Hoạt động)\s+(\d{1,2})\s*[:.]\s+(\S.*)$")),
)
_DECORATION = re.compile(r"^[\s*_#>]+|[\s*_]+$")
_STOP = re.compile(r"^(?:noi nhan|tran trong|tren day la)")
# A notice's closing formula: "Văn phòng … thông báo để các cơ quan, đơn vị biết, thực hiện./.", or
# with what it conveys named first ("… thông báo ý kiến kết luận của Giám đốc Sở để các phòng … biết",
# "… thông báo kết luận của Chủ tịch … để …", "… thông báo ý kiến chỉ đạo của … để …"). Only the
# notice's own conclusions or directions: another object (`thông báo lịch tiếp dân cho các xã biết`)
# may be a task and is not taken.
_NOTICE_CLOSING = re.compile(
    r"\bthong bao (?:(?:y kien )?(?:ket luan|chi dao)\b[^.;]{0,80}?\s)?(?:de|cho) [^.;]{0,80}\bbiet\b"
)
_ADDRESSEES = re.compile(r"^kinh gui\b")
# The other lead-ins over a letter's addressees: a telegram's `CHỦ TỊCH UBND XÃ … điện:`, an
# invitation's `Giám đốc … trân trọng kính mời:` — the dash lines under them name who, not what.
# (on the text as printed: `đại diện:`, `phương diện:` fold as `điện:` does)
_ADDRESSED_LEAD_IN = re.compile(r"(?:\bđiện|\bkính mời)\s*:\s*$")
# A notes heading standing alone under a rule drawn in characters (`-----` / `Ghi chú:` / `- …`): the
# task list ended at the rule, the lines under it are remarks on it, no tasks nor fields of the last.
_RULE_LINE = re.compile(r"^[-_=*~]{3,}$")
_NOTES_HEADING = re.compile(r"^(?:ghi chu|luu y|chu thich)\s*:?$")


def _notes_under_rule(document, line: int, folded: str) -> bool:
    """The paragraph at `line` is a notes heading the line above it (blank lines aside) rules off."""
    if not _NOTES_HEADING.match(folded.strip()):
        return False
    above = [each.text.strip() for each in document.lines if each.number < line and each.text.strip()]
    return bool(above) and bool(_RULE_LINE.match(above[-1]))


def _after_closing_formula(text: str) -> str:
    """The sentences a notice's closing paragraph goes on with after its formula (`Văn phòng thông
    báo để các đơn vị biết, thực hiện. Các đơn vị báo cáo kết quả … trước ngày 25 hằng tháng./.`:
    a request of its own), "" where the formula ends the paragraph."""
    formula = _NOTICE_CLOSING.search(folded_same_length(text))
    end = re.compile(r"[.;!]\s+(?=[A-ZĐÀ-Ỹ])").search(text, formula.end()) if formula else None
    return text[end.end() :].strip() if end else ""


def _before_closing_formula(text: str) -> str:
    """The sentences a notice's closing paragraph opens with before its formula (`Các đơn vị báo cáo
    kết quả … trước ngày 05/8/2028. Văn phòng … thông báo để các đơn vị biết, thực hiện./.`), ""
    where the formula opens the paragraph."""
    formula = _NOTICE_CLOSING.search(folded_same_length(text))
    if formula is None:
        return ""
    stops = list(re.compile(r"[.;!]\s+(?=[A-ZĐÀ-Ỹ])").finditer(text, 0, formula.start()))
    return text[: stops[-1].start() + 1].strip() if stops else ""


@dataclass
class Node:
    # a key of _MARKS, "heading" (an unmarked heading naming a unit), "section" (_bullet_title) or "root"
    kind: str
    mark: str
    text: str
    line: int
    level: int = 0
    body: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)  # labelled lines under it ("- Cơ quan chủ trì: …")
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = None
    before_table: bool = False  # a table follows it (and its body, if any) before the next mark
    heading: bool = False  # printed as a heading (`## 3. Kinh phí`, a Word heading style)
    nests: bool = False  # a list item with a list nested under it (its children are sub-items)
    # (the root's) what a notice's closing paragraph asks after its formula (_after_closing_formula)
    closing: list["Node"] = field(default_factory=list)
    # (the root's) the lines of its `Kính gửi:` list, the bodies the letter is addressed to
    addressed: list[str] = field(default_factory=list)

    @property
    def captions_table(self) -> bool:
        """A short numbered line right above a table (`1. Các nhiệm vụ … quá hạn chưa hoàn thành`)
        is the table's title, not a task."""
        return (
            self.before_table
            and not self.body
            and len(self.text.split()) <= 30
            and not self.text.endswith((".", ";"))
        )

    def ancestors(self):
        node = self.parent
        while node is not None and node.kind != "root":
            yield node
            node = node.parent


def mark_of(text: str) -> tuple[str, str, str] | None:
    """(kind, mark, text after it) of a paragraph that starts with a list mark; None otherwise."""
    for kind, pattern in _MARKS:
        if m := pattern.match(text):
            return kind, "10" if m.group(1) == "🔟" else m.group(1), m.group(2).strip()
    return None


def _hard_wrapped(document) -> bool:
    """Text cut into lines of a fixed width (a portal's page saved as text or Markdown): most
    lines are 40–90 characters long and do not end a sentence."""
    texts = [block.text for block in document.blocks if isinstance(block, Paragraph)]
    lines = [line.strip() for text in texts for line in text.split("\n") if line.strip()]
    if len(lines) < 20:
        return False
    ends = (".", ":", ";", "!", "?")
    cut = sum(1 for line in lines if 40 <= len(line) <= 90 and not line.endswith(ends))
    if cut / len(lines) > 0.4:
        return True
    # A short letter in plain text (a header, addressees, a signature: many short lines) wrapped at
    # a width: most of its lines that reach near that width stop mid-sentence.
    widest = max(len(line) for line in lines)
    near = [line for line in lines if 0.75 * widest <= len(line) <= 90]
    return (
        getattr(document, "kind", "") == "text"
        and len(near) >= 10
        and sum(not line.endswith(ends) for line in near) / len(near) > 0.6
    )


def paragraphs(document) -> list[tuple[int, str]]:
    """(line, text) of the paragraphs, hard-wrapped lines joined, decoration (`**`, `#`) dropped
    (joined once per document: the outline and the decision recogniser both read them; an empty
    text marks where a table stood)."""
    cached = getattr(document, "_paragraphs", None)
    if cached is None:
        cached = document._paragraphs = _joined_paragraphs(document)
    return cached


def _capitals(text: str) -> bool:
    """A line in capitals only (`QUYẾT ĐỊNH`, `BỘ TRƯỞNG BỘ …`): a heading of its own."""
    return text.upper() == text and len(re.findall(r"[^\W\d_]", text)) >= 2


# A line ending with a word that a number or a date follows ("trước ngày", "đến tháng", "năm").
_AWAITS_NUMBER = re.compile(r"\b(?:ngay|truoc|den|tu|thang|nam|quy|so)$")
# A line opening with a quarter's Roman number and its year or a stop (`II/2027.`, `IV năm 2027;`,
# `III,`): under a line ending `Quý`, the quarter cut off, not a heading (`II. …` is a mark).
_QUARTER_NUMBER_LINE = re.compile(r"^(?:I{1,3}|IV)(?:\s*/\s*\d{4}|\s+năm\s+\d{4}|(?=[.,;)]?$)|(?=[,;)]))")
# A line that opens an article of a decision or a regulation (`Điều 2. Giao …`, folded): the article's
# number and its dot, then its words. It never continues the article above, even where OCR read that
# one's closing dot as a comma (`… năm 2027,` over `Điều 2. …`).
_ARTICLE_LINE = re.compile(r"^dieu\s+\d{1,3}\s*[.:]\s+\S")


# Quotation marks that may close a sentence after its stop (`… cuối năm.”`, `… điểm nóng."`).
_CLOSING_QUOTES = '”"’»'


def _unquoted_end(text: str) -> str:
    """The line without the quotation marks closing it: a quoted sentence (a leader's words, `… trước
    ngày 30/4.”`) ends where its stop stands inside them."""
    return text.rstrip(_CLOSING_QUOTES)


def _continues(text: str, before: str, wrapped: bool) -> bool:
    """Whether a line continues the paragraph before it: it opens no numbered, lettered or dashed
    paragraph or field sign, and the line before does not end a sentence. In a hard-wrapped text any line may
    continue, a heading in capitals neither continues nor is continued by a line in lower case,
    and a line that opens in lower case continues one that ends a clause (`…;`, `…:`) as well. A
    line that opens with a field label (`Đơn vị chủ trì: …`) starts a field of its own, unless the
    line before broke off after a comma or a dash; so does any `Label: …` line under a field's."""
    if not before:
        return False
    if (mark := mark_of(text)) is not None:
        return _number_wrapped(mark, before) or _closes_parenthesis(text, before)
    if sign_labelled(text) is not None:
        return False  # a field after its sign (`👉 Phụ trách: …`, `⏰ 12/4`) opens a line of its own
    if FIELD_LABEL.match(fold(text)) and not before.endswith((",", "-", "–")):
        return False  # a labelled field (`Đơn vị chủ trì: …`) opens a line of its own
    if _LABEL_LINE.match(text) and FIELD_LABEL.match(fold(before)) and not before.endswith((",", "-", "–")):
        return False  # a form's next field under one (`Ngày nhận: …` under `Thời hạn: …`), whatever its label
    if text[:1].isdigit() and _AWAITS_NUMBER.search(fold(before)):
        return True  # `… trình UBND tỉnh trước ngày` over `10/6/2026.`: a line cut inside a date
    if _QUARTER_NUMBER_LINE.match(text) and fold(before).endswith("quy"):
        return True  # `… thời gian trong Quý` over `II/2027.`: a line cut inside a quarter
    before = _unquoted_end(before)
    if not wrapped:
        return text[:1].islower() and not before.endswith((".", ":", ";", "!", "?"))
    if _capitals(text) != _capitals(before):
        return False
    if text[:1].islower():
        return not before.endswith((".", "!", "?"))
    return not before.endswith((".", ":", ";", "!", "?"))


def _number_wrapped(mark: tuple[str, str, str], before: str) -> bool:
    """A line opening `7. …` under one cut after a word that awaits a number (`… đến hết tháng` /
    `7. Giao …`): the month's number wrapped, not a paragraph numbered out of turn — the list's
    next number after the paragraph's own (or a list's first) opens one."""
    if mark[0] != "number" or not _AWAITS_DAY_OR_MONTH.search(fold(before)):
        return False
    if _ends_with_name(before):
        return False  # `*Phụ trách:* thầy La Văn Quý` / `4. …`: a person's name ends in the word
    own = mark_of(before)
    if own is not None and own[0] != "number":
        return False  # under a lettered or dashed item the number may be the outer list's next
    following = int(own[1]) + 1 if own is not None else 1
    return int(mark[1]) not in (1, following)


def _ends_with_name(line: str) -> bool:
    """Whether a line ends with a person's name (its last three words each a capital then lower case,
    `thầy La Văn Quý`, `Trần Thị Ngày`): the word that awaits a number is the name's, none wrapped
    after it. Not a word after a lower-case one (`đến hết Quý`) nor a line in capitals (`CÔNG TÁC QUÝ`)."""
    words = line.split()[-3:]
    return len(words) == 3 and all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in words)


# A line opening with a letter or a number and a closing parenthesis (`y) …`, `3) …`).
_PARENTHESIS_CLOSED = re.compile(r"^[^\W_]{1,3}\)")


def _closes_parenthesis(text: str, before: str) -> bool:
    """A line opening `y) …` under a paragraph that left a parenthesis open (`… về Cục (qua Phòng
    Dịch tễ thú` / `y) trước ngày …`): the parenthesised name's last word wrapped with its closing
    bracket, not a lettered point (the bracket opened near the line's end, as a name's is); so is a
    line opening with a dash that closes it (`… (qua Phòng Nghiệp vụ` / `- Dự toán - Pháp chế) trước
    ngày …`): the name's hyphen wrapped to the line's start, not a dashed point."""
    opened = before.rfind("(")
    if not (opened > before.rfind(")") and len(before) - opened <= 80):
        return False
    return bool(_PARENTHESIS_CLOSED.match(text) or _DASH_CLOSING_NAME.match(text))


# A line opening with a dash and a name's last words that close a parenthesis (`- Pháp chế) …`).
_DASH_CLOSING_NAME = re.compile(r"^[-–]\s*[^\s()][^()]{0,60}\)")


# A word a day's, a month's or a quarter's number follows (`đến hết tháng` / `7. …`).
_AWAITS_DAY_OR_MONTH = re.compile(r"\b(?:ngay|thang|quy)$")


# In a typed text, a line this long that ends with no punctuation ran out of room.
_TYPED_FULL_LINE = 60


def _typed_on(before: str, text: str) -> bool:
    """In a typed text (not hard-wrapped as a whole), a line right under a long unmarked line that
    ends in a word continues it even where it opens with a capital (`… cài đặt ứng dụng` / `VNeID,
    hoàn thành …`), unless either is a heading in capitals or the line opens a mark or a field (a
    numbered title over its paragraph, `2. Thực hiện tuyên truyền …` / `Sở Nội vụ chủ trì …`, stays
    apart)."""
    return (
        len(before) >= _TYPED_FULL_LINE
        and before[-1:].isalnum()
        and mark_of(before) is None
        and text[:1].isupper()
        and not _capitals(before)
        and not _capitals(text)
        and mark_of(text) is None
        and not FIELD_LABEL.match(fold(text))
    )


# In a typed text, a dashed point's line this long that stops mid-sentence ran out of room.
_HANGING_FULL_LINE = 60


def _hanging_on(before: str, text: str, indent: int, before_indent: int) -> bool:
    """In a typed text (not hard-wrapped as a whole), a line indented past the dash of the dashed point
    right above it (`- Sơ kết … giai đoạn 2021 - 2030` / `  (Văn phòng Hội).`, `- … Việt` / `  Nam vào
    ngày 01/10 …`) continues that point even where it opens with a capital or a parenthesis: the point
    ran out of room and its words hang under its text. Only under a `-`/`+` point of a full line
    that does not end a sentence or a clause; not a line that opens a mark or a field label, nor a
    heading in capitals, nor a line no deeper than the point's own dash (a paragraph of its own)."""
    marked = mark_of(before)
    return (
        marked is not None
        and marked[0] in ("dash", "plus")
        and indent > before_indent
        and len(before) >= _HANGING_FULL_LINE
        and not _unquoted_end(before).endswith((".", ":", ";", "!", "?"))
        and mark_of(text) is None
        and not _capitals(text)
        and not FIELD_LABEL.match(fold(text))
    )


def _point_clause_on(paragraph: str, before: str, text: str) -> bool:
    """In a typed text, a line right under a numbered or lettered point's line that closes a clause
    with a semicolon, opening in lower case with no mark (`5. Bộ phận X thu phí … trước Tết;` /
    `lập báo cáo … trước ngày 05/4/2027.`): the point's next clause, wrapped under it. Not under a
    paragraph that opens with no mark (a plain paragraph's lines), nor a line under one closing with
    a colon (a list), nor one opening with a capital or a mark."""
    return (
        mark_of(paragraph) is not None
        and _unquoted_end(before).endswith(";")
        and text[:1].islower()
        and mark_of(text) is None
    )


# A date or a month (`20/11/2026`, `9/2026`) alone on a line: the end of the line above it.
_DATE = re.compile(r"\d{1,2}\s*/\s*(?:\d{1,2}\s*/\s*)?\d{4}")
# A day and month alone on a line (`20/11.`), under a line cut before it (`… trước ngày`); it may close
# the parenthesis the line above opened and then the sentence (`… (xong trước` / `20/12).`).
_DAY_MONTH_ALONE = re.compile(r"^\d{1,2}\s*/\s*\d{1,2}\s*(?:\)\s*[.;,]?|[.;,)])?$")


def _ocr_continues(text: str, before: str, last_line: str = "", width: int = 0) -> bool:
    """An OCR line right under another continues it unless it opens a numbered, lettered or dashed
    paragraph, or one of them is a heading in capitals, or it opens the recipients (`Nơi nhận:`);
    nor under a `last_line` that ends a sentence and is short (`ngày.`, well short of the `width`
    most lines reach), or left room for the line's first word (`… trong mùa mưa.` / `Các cơ quan …`:
    had the sentence gone on, the word would have been printed there): that was its paragraph's
    last line."""
    if not before or mark_of(text) is not None or _capitals(text) != _capitals(before):
        return False
    if _STOP.match(fold(text)):
        return False
    if not (width and _unquoted_end(last_line).endswith((".", "!", "?"))):
        return True
    first_word = text.split()[0] if text.split() else ""
    room_left = len(last_line) + 1 + len(first_word) < ROOM_LEFT * width
    return not (len(last_line) < SHORT_LAST_LINE * width or room_left)


# A paragraph's last line, where it ends a sentence, is shorter than this share of a full line.
SHORT_LAST_LINE = 0.6
# A line that ends a sentence and would still hold the next line's first word within this share of
# a full line ended its paragraph (a scan's lines vary: a wrapped line may stop a little short).
ROOM_LEFT = 0.95


def _ocr_width(document) -> int:
    """How long an OCR line is that runs across the page (the length most long lines reach); 0 for
    a document without OCR text or with too few lines to tell."""
    lengths = sorted(
        len(line.strip())
        for block in document.blocks
        if isinstance(block, Paragraph) and block.ocr
        for line in block.text.split("\n")
        if line.strip()
    )
    return lengths[int(len(lengths) * 0.9)] if len(lengths) >= 10 else 0


def _full_width(document) -> int:
    """In a PDF's text layer, how long a line is that runs to the right margin (the length most
    long lines reach); 0 for any other document (its paragraphs are not cut into lines)."""
    if getattr(document, "kind", "") != "pdf" or getattr(document, "ocr", False):
        return 0
    lengths = sorted(
        len(line.strip())
        for block in document.blocks
        if isinstance(block, Paragraph)
        for line in block.text.split("\n")
        if line.strip()
    )
    return lengths[int(len(lengths) * 0.9)] if len(lengths) >= 10 else 0


# A dash before a word in lower case: the hyphen of a compound wrapped onto the line's start
# ("… các tổ chức chính trị" / "- xã hội vận động …"), not a list item's mark.
_COMPOUND_DASH = re.compile(r"^[-–]\s+[^\W\d_]")


def _runs_to_margin(before: str, text: str, full: int) -> bool:
    """A PDF line that reached the right margin without ending a sentence, followed by a line that
    opens no list mark and is no heading: one paragraph wrapped ("… chậm nhất ngày" / "20/11/2026.",
    "… báo cáo" / "Giám đốc Sở trước ngày …"). A dash before a word in lower case under such a line
    is a compound's hyphen wrapped ("… chính trị" / "- xã hội …"): the paragraph goes on."""
    compound = bool(_COMPOUND_DASH.match(text)) and text.lstrip("-– ")[:1].islower()
    return (
        full > 0
        and len(before) >= 0.8 * full
        and not _unquoted_end(before).endswith((".", ":", ";", "!", "?"))
        and (mark_of(text) is None or compound)
        and not _capitals(text)
        and not _capitals(before)
    )


def _lead_clause_wrapped(before: str, text: str, full: int) -> bool:
    """In a PDF's text layer, a line that opens with a body's name and `chủ trì` under a line that
    ended a clause with `;` (`… trên địa bàn tỉnh;` / `Phòng Kế hoạch chủ trì, định kỳ 6 tháng báo
    cáo …`): the run-in task's lead clause and its time, on a line of its own, not a new paragraph."""
    return full > 0 and before.endswith(";") and mark_of(text) is None and opens_lead_clause(text)


def _short_title(paragraph: str, text: str, full: int) -> bool:
    """In a PDF's text layer, a numbered line that stops well short of the margin ("1. Đánh giá chung")
    is a title ending where it stands: the line under it, opening with a capital, starts its paragraph."""
    return (
        full > 0
        and mark_of(paragraph) is not None
        and len(paragraph) < 0.6 * full
        and text[:1].isupper()
        and not paragraph.endswith((",", "-", "–"))
    )


_WORD_PROCESSOR = ("docx", "doc", "odt", "rtf")


def _soft_break(before: str, text: str, marked: bool) -> bool:
    """A line break inside one paragraph of a word processor's document (Shift+Enter, as a PDF's
    conversion leaves them) cut a sentence: the line before ran on (40 characters or more, or any
    length inside a paragraph opening with a list mark, `3. …`) without ending a sentence or a
    clause, and the line after opens no list mark, no field label and is not a heading in capitals
    ("… hoàn thành trước ngày" / "26/3/2026.", "… báo cáo Ban" / "Thường vụ …")."""
    return (
        (marked or len(before) >= 40)
        and not _unquoted_end(before).endswith((".", ":", ";", "!", "?"))
        and mark_of(text) is None
        and not FIELD_LABEL.match(fold(text))
        and not _capitals(text)
        and not _capitals(before)
    )


def _joined_paragraphs(document) -> list[tuple[int, str]]:
    """The paragraphs' lines joined where they continue one another; a heading block (a title the
    format marks, `<h3>`, a `<summary>`) opens a paragraph of its own, even in a hard-wrapped text."""
    wrapped = _hard_wrapped(document)
    full = _full_width(document)
    ocr_width = _ocr_width(document)
    soft = getattr(document, "kind", "") in _WORD_PROCESSOR
    typed = getattr(document, "kind", "") == "text" and not wrapped
    found: list[tuple[int, str]] = []
    # The lines of headings and of paragraphs opening with a list mark: a field table under one
    # gives that task its fields.
    titles = {
        block.line
        for block in document.blocks
        if isinstance(block, Paragraph) and (block.style == "heading" or mark_of(block.text.strip()))
    }
    last = 0  # the line of the last part read: in a text, a blank line between ends a paragraph
    before = ""  # the last line read (not the paragraph it joined)
    before_indent = 0  # how far that line was indented (a typed text's hanging lines)
    # (a plain text's lines as printed, its paragraphs' text stripped: their indent is read here)
    raw_lines = {line.number: line.raw for line in getattr(document, "lines", ())} if typed else {}
    for block in _labelled_records(document.blocks):
        if not isinstance(block, Paragraph):
            if record := record_rows(block):
                titled = bool(found) and _labels_project(found[-1], titles)
                found.extend(_record_paragraphs(block, record, titled=titled))
                before = ""
                continue
            if found and found[-1][1] and (fields := field_rows(block)) and _titles_fields(found[-1], titles):
                found.extend(_field_paragraphs(block, fields))
                before = ""
                continue
            found.append((0, ""))  # a table ends a paragraph
            before = ""
            continue
        marked = soft and mark_of(" ".join(nfc(block.text).split("\n", 1)[0].split())) is not None
        for offset, part in enumerate(block.text.split("\n")):
            text = " ".join(_DECORATION.sub("", nfc(part).replace("**", "")).split())
            broken = soft and offset > 0 and _soft_break(before, text, marked)
            cut = _runs_to_margin(before, text, full) or broken or _AWAITS_NUMBER.search(fold(before))
            if not re.search(r"[^\W\d_]", text) and not (
                ((block.ocr or cut) and _DATE.search(text)) or (cut and _DAY_MONTH_ALONE.match(text))
            ):
                continue  # rules ("-----"), table bars, page numbers (an OCR line may be a date,
                # and so may a PDF line under one cut at the margin: "… chậm nhất ngày" / "20/11/2026.",
                # also without its year: "… trước ngày" / "20/11.")
            line = block.line + offset
            # In a hard-wrapped text and in OCR lines a blank line ends a paragraph; OCR lines with
            # none between are one paragraph (the scan's lines), a list mark or capitals aside.
            blank_ends = (wrapped and document.kind == "text") or block.ocr
            after_blank = blank_ends and last and line > last + 1
            same_block = (
                block.ocr
                and last
                and line == last + 1
                and found
                and _ocr_continues(text, found[-1][1], before, ocr_width)
            )
            raw = raw_lines.get(block.line + offset, part) if offset == 0 else part
            indent = len(raw) - len(raw.lstrip(" \t"))
            typed_on = (
                typed
                and found
                and line == last + 1
                and (
                    _typed_on(before, text)
                    or _hanging_on(before, text, indent, before_indent)
                    or _point_clause_on(found[-1][1], before, text)
                )
            )
            before_indent = indent
            last = line
            joins = same_block or typed_on or _continues(text, found[-1][1], wrapped) if found else False
            if joins and _short_title(found[-1][1], text, full):
                joins = False  # a PDF's numbered title on a line of its own over its paragraph
            previous, before = before, text
            joins = (joins or broken) and not (offset == 0 and block.style == "heading")
            if (
                found
                and not after_blank
                and not _ADDRESSEES.match(fold(text))
                and not _ARTICLE_LINE.match(fold(text))
                and (
                    joins
                    or _runs_to_margin(previous, text, full)
                    or _lead_clause_wrapped(previous, text, full)
                )
            ):
                found[-1] = (found[-1][0], f"{found[-1][1]} {text}")
                continue
            found.append((line, text))
    # Empty texts mark where a table stood (a numbered line right above one is its caption).
    return [
        (line, text) for index, (line, text) in enumerate(found) if text or (index and found[index - 1][1])
    ]


# A line opening with an arrow under a task (`→ Phòng A | 15/6/2027`, `⇒ Khoa B`): who does it and when.
_ARROW_FIELDS = re.compile(r"^[→⇒➜➔➝➞]\s*(?P<unit>[^|]+?)\s*(?:\|\s*(?P<time>[^|]+?)\s*)?$")
_LABEL_LINE = re.compile(r"^([^\W\d_][^:]{1,40}?)\s*:\s*(\S.*)$")


@dataclass
class _LabelledRecord(Table):
    """A run of `Label: value` paragraphs read as a record table; `addressee` is the unit of a
    `Kính gửi: <unit>` line right above it."""

    addressee: tuple[int, str] | None = None


def _label_line(block) -> tuple[str, str] | None:
    if not isinstance(block, Paragraph) or "\n" in block.text.strip() or block.style in ("heading", "list"):
        return None
    match = _LABEL_LINE.match(" ".join(block.text.split()))
    if match is None or len(match.group(1).split()) > 6:
        return None
    return match.group(1), match.group(2)


def _labelled_records(blocks) -> list:
    """Runs of `Label: value` paragraphs, one a line (a form or a mail-merged slip: `Nội dung công
    việc: …`, `Thời hạn hoàn thành: …`), that make a record (headers.record_rows: the content and a
    lead or a due) become a two-column table, read as a record table is. A `Kính gửi: <unit>` line
    right above the run addresses the slip to one unit: it leads the record where no row does, and
    it ends the run before it (a slip's number `Số: …` above it is no field)."""
    out: list = []
    index = 0
    while index < len(blocks):
        run = []
        while index + len(run) < len(blocks) and (pair := _label_line(blocks[index + len(run)])):
            if _ADDRESSEES.match(fold(pair[0])):
                break
            run.append(pair)
        if len(run) < MIN_RECORD_ROWS:
            out.append(blocks[index])
            index += 1
            continue
        cells = [[Cell(label), Cell(value)] for label, value in run]
        table = _LabelledRecord(cells, row_lines=[blocks[index + n].line for n in range(len(run))])
        if record_rows(table) is None:
            out.extend(blocks[index : index + len(run)])
            index += len(run)
            continue
        above = out[-1] if out else None
        pair = _label_line(above) if above is not None else None
        if pair and _ADDRESSEES.match(fold(pair[0])) and not re.search(r"[;,]", pair[1]):
            out.pop()
            table.addressee = (above.line, pair[1].strip(" .;"))
        out.append(table)
        index += len(run)
    return out


# The label a record's row is printed with where the header classifier knows its role but the
# field labels of prose do not (`Hạn xử lý`, `Người thực hiện`).
_FIELD_OF_ROLE = {"lead": "Chủ trì", "due": "Thời hạn", "coordinating": "Phối hợp"}


def _record_paragraphs(table, record, titled: bool = False) -> list[tuple[int, str]]:
    """A record table (one task as `label | value` rows) read as a printed task: its content as a
    dash item, the other rows as the labelled fields under it (`Đơn vị chủ trì: …`). Under a
    numbered project's title (`titled`: `Đề án 2. <title>` over `a) Đơn vị chủ trì: …` / `b) Nội
    dung: …`) the fields are the title's and the content its contents, no task of its own."""
    lines = table.row_lines or [0] * len(table.rows)
    out: list[tuple[int, str]] = []
    rows = [(line, entry) for line, entry in zip(lines, record, strict=False)]
    for line, (role, _label, value) in rows:
        if role == "content":
            out.append((line, f"- Nội dung: {value}" if titled else f"- {value}"))
    for line, (role, label, value) in rows:
        if role != "content" and value:
            if role in _FIELD_OF_ROLE and not FIELD_LABEL.match(fold(f"{label}:")):
                label = _FIELD_OF_ROLE[role]  # `Hạn xử lý` is the header classifier's due: a field
            out.append((line, f"{label}: {value}"))
    addressee = getattr(table, "addressee", None)
    if addressee and out and not any(role == "lead" and value for role, _label, value in record):
        out.insert(1, (addressee[0], f"Chủ trì: {addressee[1]}"))  # the unit the slip is sent to
    return out


def _labels_project(above: tuple[int, str], titles: set[int]) -> bool:
    """Whether the paragraph right above a record table is a labelled task's title (`Đề án 2.
    <title>`, `Nhiệm vụ 3: …`; outline's "label" marks), whose fields the record prints."""
    marked = mark_of(above[1])
    return bool(marked) and marked[0] in ("label", "sublabel") and _titles_fields(above, titles)


def _titles_fields(above: tuple[int, str], titles: set[int]) -> bool:
    """Whether the paragraph right above a field table is a task's title: a heading or a paragraph
    opening with a list mark, short (a title, not a sentence of duties)."""
    line, text = above
    return line in titles and len(text.split()) <= 40


def _field_paragraphs(table, fields) -> list[tuple[int, str]]:
    """A field table (headers.field_rows) read as the labelled fields of the title above it
    (`Đơn vị chủ trì: …`, `Thời hạn: …`), as a record table's other rows are."""
    lines = table.row_lines or [0] * len(table.rows)
    out: list[tuple[int, str]] = []
    for line, (role, label, value) in zip(lines, fields, strict=False):
        if value:
            if role in _FIELD_OF_ROLE and not FIELD_LABEL.match(fold(f"{label}:")):
                label = _FIELD_OF_ROLE[role]
            out.append((line, f"{label}: {value}"))
    return out


# An article's line with its short title (folded): `Điều 2. Tổ chức thực hiện`, `Điều 1: Chương trình …`.
_ARTICLE = re.compile(r"^dieu\s+(\d{1,2})\s*[.:]\s*(?=\S)")
_ARTICLE_TITLE_WORDS = 16


def article_title(text: str) -> tuple[str, str] | None:
    """(`Điều N`, its title) of a line that opens an article with a title only (up to
    _ARTICLE_TITLE_WORDS words, no sentence's end); None for an article printed as a sentence
    (`Điều 2. Giao Sở Y tế chủ trì …`), which stays a paragraph."""
    m = _ARTICLE.match(fold(text))
    if m is None:
        return None
    title = text[m.end() :].strip()
    if len(title.split()) > _ARTICLE_TITLE_WORDS or title.endswith((".", ";", ":")):
        return None
    return f"Điều {m.group(1)}", title


def _open_top_node(root: Node, stack: list[Node], kind: str, text: str, line: int | None) -> Node:
    """A heading node of the first level under the root, closing every open node below it."""
    del stack[1:]
    node = Node(kind, "", text, line, level=1, parent=root, heading=True)
    root.children.append(node)
    stack.append(node)
    return node


# A heading of a second numbering run: at most this many words (a topic line `Về …`: the longer).
_RUN_HEADING_WORDS = 8
_TOPIC_HEADING_WORDS = 16


def _run_heading(text: str) -> bool:
    """A short title (`Hoạt động cấp tỉnh`, `Tổng kết`): no full stop, no colon-led fields, no task
    verb with its object (a bare verb, `Tổng kết`, is a title), no date. A topic line (`Về công tác
    kiểm soát chi cuối năm 2026`: `Về` and its subject, no doer, no verb) may be longer and name its
    year; it too ends in no full stop."""
    words = text.split()
    if not words or text.rstrip().endswith((".", ";")):
        return False
    folded = fold(text)
    if folded.startswith("ve ") and len(words) <= _TOPIC_HEADING_WORDS:
        return True
    if len(words) > _RUN_HEADING_WORDS:
        return False
    return not (ACTION.match(folded) and len(words) > 2) and not prints_date(text)


def _second_run_headings(found: list[tuple[int, str]]) -> tuple[set[int], set[int]]:
    """The lines of numbered sub-headings counted in a run of their own (`1. Hoạt động cấp tỉnh`,
    `2. Hoạt động ở cơ sở`) while the numbered tasks under them run on across them (`1.` … `5.`,
    `6.` …) or start again from `1.` under each (`1. Về công tác …` over `1.` … `5.`, `2. Về …`
    over `1.` … `4.`), and the lines of those tasks. Limits: plain numbers only (`1.`, not
    `1.1.`), counted in one roman section; two headings or more, each a short title (_run_heading)
    right over a task that continues the tasks' run, at least one of them inside it (after `5.`,
    before `6.`); where the tasks start again, every later heading does so, after two tasks or more
    of the heading before it, and no heading ends in a colon (`1. Phòng Y tế:` over its own points
    is a group, not a topic); any number out of both runs, or a heading over a line that is not the
    next task, reads nothing."""
    headings: set[int] = set()
    tasks: set[int] = set()
    section: list[tuple[int, int, str, int]] = []  # (line, number, text, index) of plain numbers

    def settle() -> None:
        next_task, next_heading, found_heads, found_tasks, inside = 1, 1, [], [], False
        restarts, colons = 0, False
        for at, (line, number, text, index) in enumerate(section):
            following = section[at + 1] if at + 1 < len(section) else None
            below = following is not None and following[3] == index + 1  # nothing between
            over_task = below and following[1] == next_task
            restart = below and following[1] == 1 and next_task > 2 and number == next_heading > 1
            if restart or (
                number == next_heading and over_task and (number != next_task or following[1] == number)
            ):
                if not _run_heading(text):
                    return
                inside = inside or next_task > 1
                colons = colons or text.rstrip().endswith(":")
                if restart:
                    restarts, next_task = restarts + 1, 1
                found_heads.append(line)
                next_heading += 1
            elif number == next_task:
                found_tasks.append(line)
                next_task += 1
            else:
                return
        if restarts and (restarts != len(found_heads) - 1 or colons):
            return
        if len(found_heads) >= 2 and inside:
            headings.update(found_heads)
            tasks.update(found_tasks)

    for index, (line, text) in enumerate(found):
        marked = mark_of(text)
        if marked is not None and marked[0] == "roman":
            settle()
            section = []
        elif marked is not None and marked[0] in ("number", "decimal") and marked[1].isdigit():
            section.append((line, int(marked[1]), marked[2], index))
    settle()
    return headings, tasks


def outline(document) -> Node:
    """The document's paragraphs as a tree of marked nodes under one root (built once per document:
    the prose-plan and conclusions recognisers both read it, and neither changes it)."""
    cached = getattr(document, "_outline", None)
    if cached is not None:
        return cached
    root = _build(document)
    document._outline = root
    return root


def _build(document) -> Node:
    root = Node("root", "", "", 0, level=-1)
    stack: list[Node] = [root]
    # A heading without a mark ("## Kinh phí", a Word heading): a section of its own, closing the
    # items open above it, so the paragraphs under it are not their body.
    headings = {
        block.line
        for block in document.blocks
        if isinstance(block, Paragraph) and block.style == "heading" and block.line is not None
    }
    # A Markdown list item nested under another (`  - …` under `- …`): its depth, by line.
    markdown = getattr(document, "kind", "") == "markdown"
    depths = {
        block.line: block.level
        for block in document.blocks
        if markdown and isinstance(block, Paragraph) and block.style == "list"
    }
    # A Markdown block quote (`> **Lưu ý:** …`): a note beside the list, not the body of its last item.
    quotes = {
        block.line
        for block in document.blocks
        if markdown and isinstance(block, Paragraph) and block.text.lstrip().startswith(">")
    }
    # Paragraphs the format marks as list items (`<li>`, a Markdown list), not merely numbered.
    list_items = {
        block.line for block in document.blocks if isinstance(block, Paragraph) and block.style == "list"
    }
    # Numbered sub-headings over tasks numbered on across them: headings over list items.
    run_headings, run_tasks = _second_run_headings(paragraphs(document))
    headings |= run_headings
    list_items |= run_tasks
    listed: dict[int, Node] = {}  # the last list item read at each depth
    addressees = False
    last: Node | None = None
    found = paragraphs(document)
    # Headings that are tasks, where the document prints two or more (one heading over `Label:
    # value` bullets is a record's title: a meeting's minutes over `Chủ trì:`, `Thời gian:`).
    tasks = {
        line: task
        for index, (line, text) in enumerate(found)
        if line in headings
        and mark_of(text) is None
        and (task := _task_heading(found, index, text, headings))
    }
    if len(tasks) < 2:
        tasks = {}
    ending = False  # the paragraph read last closes the notice (_before_closing_formula)
    for index, (line, text) in enumerate(found):
        if ending:
            break
        if not text:
            if last is not None and not last.fields and not last.children:
                last.before_table = True
            last = None
            continue
        marked = mark_of(text)
        folded = fold(text)
        if _notes_under_rule(document, line, folded):
            break  # `-----` / `Ghi chú:`: remarks on the list, below its last task
        if _STOP.match(folded) or (marked is None and _NOTICE_CLOSING.search(folded)):
            if not _STOP.match(folded) and (after := _after_closing_formula(text)):
                # `… biết, thực hiện. Các đơn vị báo cáo … hằng tháng.`: a request of its own
                root.closing.append(Node("closing", "", after, line, level=0, parent=root))
            if _STOP.match(folded) or not (before := _before_closing_formula(text)):
                break  # the closing formula, the addressees and the signature
            # `Các đơn vị báo cáo … trước ngày 05/8. Văn phòng … thông báo để … biết, thực hiện./.`:
            # the sentences before the formula are the paragraph's own; the outline ends after them.
            text, folded, ending = before, fold(before), True
        if _ADDRESSEES.match(folded) or (marked is None and _ADDRESSED_LEAD_IN.search(nfc(text).lower())):
            addressees = True  # "Kính gửi: - …; - …": not tasks
            if _ADDRESSEES.match(folded):
                root.addressed.append(text.split(":", 1)[-1])
            continue
        if (
            addressees
            and (marked is not None or len(text) < 80)
            and not (marked is None and text.endswith(":"))
        ):
            root.addressed.append(marked[2] if marked else text)
            continue  # (an unmarked lead-in ending in a colon, "… như sau:", ends the addressees)
        addressees = False
        rest = marked[2] if marked else text
        if (arrow := _ARROW_FIELDS.match(text)) and stack[-1] is not root:
            # `→ <unit> | <time>` under a task (a slide's second line): its lead and its time
            stack[-1].fields.append(f"{_FIELD_OF_ROLE['lead']}: {arrow['unit']}")
            if arrow["time"]:
                stack[-1].fields.append(f"{_FIELD_OF_ROLE['due']}: {arrow['time']}")
            continue
        if (signed := sign_labelled(text)) and stack[-1] is not root:
            rest = signed  # `👉 Phụ trách: <unit>`, `⏰ <time>` under a task: its labelled field
        elif (doer := doer_labelled(rest)) and stack[-1] is not root:
            rest = doer  # `- Thực hiện: Tổ Thu thập.` under a task: its doer's field, for it alone
        if FIELD_LABEL.match(fold(rest)) and stack[-1] is not root:
            # A label belongs to the task above it, whatever its mark — or, printed after a group's
            # items, to the group (`- …` / `- …` / `Đơn vị tham mưu: Ban X.`).
            # A dash before the label after lettered items (`a) …` / `b) …` / `- Cơ quan chủ trì: …`)
            # is no item of theirs either.
            owner = (
                stack[-1].parent
                if (marked is None or marked[0] != stack[-1].kind) and _closes_group(stack[-1], found, index)
                else stack[-1]
            )
            owner.fields.append(rest)
            continue
        if (
            marked is None
            and line in headings
            and ((task := tasks.get(line)) or (period := _period_heading(text)))
        ):
            # A heading that is a task (`### NV-01. <task>` over its field bullets) or a period
            # (`### Tuần 2 (10/5 – 16/5/2027)` over the tasks of that week): a node of its own, beside
            # the task or period headings before it, under the section heading above them.
            while len(stack) > 1 and not (stack[-1].heading and stack[-1].kind not in ("task", "period")):
                stack.pop()
            parent = stack[-1]
            kind, mark, rest = ("task", *task) if task else ("period", "", period)
            node = Node(kind, mark, rest, line, level=parent.level + 1, parent=parent, heading=True)
            parent.children.append(node)
            stack.append(node)
            last = node
            continue
        if (
            marked is None
            and line not in headings
            and _over_list(found, index)
            and (period := _period_line(text))
        ):
            # A period named alone on a plain line over a list (`Tháng 3:` over `- …` tasks, a
            # legacy .doc's): a period node like a period heading's, under the section open above.
            # A month's title in capitals (`THÁNG 8`) closes the numbered tasks of the month above.
            closes = (*_IN_PERIOD, "number", "decimal") if _month_title(period) else _IN_PERIOD
            while len(stack) > 1 and stack[-1].kind in closes:
                stack.pop()
            parent = stack[-1]
            node = Node("period", "", period, line, level=parent.level + 1, parent=parent, heading=True)
            parent.children.append(node)
            stack.append(node)
            last = node
            continue
        if marked is not None and stack[-1].kind == "task" and _LABEL_LINE.match(rest):
            stack[-1].body.append(rest)  # a field of the task heading that no label word names
            continue
        if marked is not None and _contents_field(rest, stack[-1], found, index):
            stack[-1].body.append(rest)  # `- Nội dung: …` over `- Đơn vị chủ trì: …`: what the task holds
            continue
        if marked is not None and _time_line(rest, stack[-1], found, index):
            # `- Phát động … trước ngày …; tổng kết, trao giải ngày …` over `- Bộ phận thực hiện: …`
            stack[-1].fields.append(f"{_FIELD_OF_ROLE['due']}: {rest}")
            continue
        if marked is not None and _setting_field(rest, stack[-1], found, index):
            stack[-1].fields.append(rest)  # `- Địa điểm: …` among `- Thời gian: …`, `- Đơn vị thực hiện: …`
            continue
        if marked is None and line in headings and _over_list(found, index) and unit_heading(text):
            # A heading without a mark that names a unit, right over a list (`<h3>Phòng Kế hoạch -
            # Tài chính</h3><ol>…`): a node of its own, so the unit leads the list's items.
            last = _open_top_node(root, stack, "heading", text, line)
            continue
        if marked is None and (article := article_title(text)):
            # `Điều 2. Tổ chức thực hiện` (a resolution's or a decision's article, titled on its own
            # line): a section of its own as a roman numeral's, so its numbered paragraphs are not
            # those of the article above, nor its line the body of their last.
            last = _open_top_node(root, stack, "roman", article[1], line)
            last.mark = article[0]
            continue
        if marked is None and _bullet_title(found, index, text, stack):
            # A title in capitals over bullets, after bullets or at the top (a slide's `KẾT QUẢ THÁNG
            # 5/2027` over `▪` lines, printed plain or as a heading): a section of its own, closing
            # the bullets above it.
            last = _open_top_node(root, stack, "section", text, line)
            continue
        if marked is None and line in headings and len(stack) > 1:
            del stack[1:]
            root.body.append(text)
            continue
        if marked is None and line in quotes:
            root.body.append(text)
            continue
        if marked is None:
            stack[-1].body.append(text)
            continue
        kind, mark, rest = marked
        depth = depths.get(line)
        above = listed.get(depth - 1) if depth else None
        if above is not None and above in stack:
            # A nested list item is a sub-item of the item it is nested under, whatever its mark.
            del stack[stack.index(above) + 1 :]
            above.nests = True
        elif kind == "roman":
            del stack[1:]
        elif kind == "decimal" and (within := _decimal_parent(stack, mark)):
            del stack[stack.index(within) + 1 :]  # `1.1.1.` under `1.1.`: a level deeper
        else:
            kinds = [node.kind for node in stack]
            if kind == "label" and "sublabel" in kinds and kind not in kinds:
                # A numbered label after activities (`Hoạt động 2. …` / `Dự án 3: …`): never an
                # item of the activity above it, their sibling.
                del stack[kinds.index("sublabel") :]
            elif kind in kinds:
                at = kinds.index(kind)
                if line in list_items and stack[at].heading:
                    # A list item under a numbered heading of the same kind (`<h4>1. Lĩnh vực …</h4>`
                    # over `<ol><li>…`): nested under it, beside the list items before it.
                    listed_at = [i for i, n in enumerate(stack) if n.kind == kind and not n.heading]
                    at = listed_at[0] if listed_at else len(stack)
                del stack[at:]
        parent = stack[-1]
        node = Node(kind, mark, rest, line, level=parent.level + 1, parent=parent, heading=line in headings)
        parent.children.append(node)
        stack.append(node)
        if depth is not None:
            listed[depth] = node
            for deeper in [key for key in listed if key > depth]:
                del listed[deeper]
        _split_inline(node)
        _split_fields(node)
        last = node
    return root


# A task's code opening its heading (`NV-01.`, `CĐS-03:`): the task's mark, not its text.
_TASK_CODE = re.compile(r"^([A-ZĐ]{1,6}(?:-[A-ZĐ]{1,6})?[-.]?\d{1,4})\s*[.:–—]\s*(\S.*)$")
# A field naming a task's lead or deadline (folded): `Chủ trì:`, `Đơn vị chủ trì:`, `Hạn:`, `Thời hạn:`.
_LEAD_OR_DUE_LABEL = re.compile(r"\s*(?:\S+\s+){0,3}(?:chu tri|phu trach|han|thoi han|thoi gian)\b[^:]*:")
# A heading naming a period (folded): a week, a month, a quarter, a round, a range of days.
_PERIOD_WORDS = re.compile(r"^(?:tuan|thang|quy|dot|giai doan|tu ngay)\b")


def _task_heading(
    found: list[tuple[int, str]], index: int, text: str, headings: set[int]
) -> tuple[str, str] | None:
    """(mark, text) of a heading that is one task: every paragraph under it up to the next heading or
    mark-less paragraph is a `Label: value` line (`- **Chủ trì:** …`, `- **Hạn:** …`, `- Trạng thái: …`)
    and one of them names the lead or the deadline; None for any other heading (a heading over a
    list of tasks, or over a lead field and a list, is a group)."""
    fields = []
    for line, after in found[index + 1 :]:
        marked = mark_of(after)
        if not after or marked is None or line in headings:
            break
        fields.append(marked[2])
    if not fields or not all(_LABEL_LINE.match(field) for field in fields):
        return None
    if not any(_LEAD_OR_DUE_LABEL.match(fold(field)) for field in fields):
        return None
    if code := _TASK_CODE.match(text):
        return code.group(1), code.group(2)
    return "", text


def _period_heading(text: str) -> str:
    """A heading that names a period with its dates (`Tuần 2 (10/5 – 16/5/2027)`, `Tháng 7/2026`):
    the heading's text; "" for any other heading."""
    folded = fold(text)
    if not _PERIOD_WORDS.match(folded) or len(text.split()) > 12 or not (due_in(text) or _month_title(text)):
        return ""
    return text


def _month_title(text: str) -> bool:
    """A line in capitals that only names a month or a quarter (`THÁNG 7`, `QUÝ III NĂM 2028`): a
    period heading over the numbered tasks of that period, as `Tháng 7:` is."""
    period = text.strip()
    return (
        period.upper() == period
        and len(period.split()) <= _PERIOD_LINE_WORDS
        and bool(_MONTH_OR_QUARTER.match(fold(period)))
        and bool(_period_line(f"{period}:"))
    )


# A period's heading alone on a plain line, ending in a colon (folded): `Tháng 01 và tháng 02:`,
# `Quý III:`, `Tháng 7 đến tháng 8:`, and the standing work's `Công việc thường xuyên:` (or its title
# in capitals, `THƯỜNG XUYÊN`, `CÁC NHIỆM VỤ THƯỜNG XUYÊN`, after month titles).
_STANDING_WORK = re.compile(
    r"^(?:(?:cac\s+)?(?:cong viec|nhiem vu|hoat dong)\s+)?thuong xuyen(?:\s+trong nam(?:\s+\d{4})?)?$"
)
# A month, a run of months or a quarter with its year, printed alone without a colon (folded; a Word
# heading whose bold the reader drops): `Tháng 01/2027`, `Tháng 4 - 5/2027`, `Tháng 6 và tháng
# 7/2027`, `Tháng 3 năm 2027`, `Quý III/2027`. Not a quarter's run (`Quý I - II/2027`) nor a month
# without its year (`Tháng 4`, `Quý III`: only in capitals, `_month_title`).
_NAMED_STANDING = re.compile(r"^(?:cac\s+)?(?:cong viec|nhiem vu|hoat dong)\s")
_DATED_MONTHS = re.compile(
    r"^(?:thang\s*\d{1,2}(?:\s*(?:-|–|va|den)\s*(?:thang\s*)?\d{1,2})?|quy\s*(?:[ivx]{1,4}|[1-4]))"
    r"\s*(?:/|nam)\s*\d{4}$"
)
_PERIOD_LINE_WORDS = 8
# The nodes a period line closes: the list items and the period above it (not a section).
_IN_PERIOD = ("dash", "plus", "letter", "paren", "ordinal", "arrow", "period", "task")


_MONTH_OR_QUARTER = re.compile(r"^(?:thang|quy)\s*(?:\d{1,2}|[ivx]{1,4})\b")
# One month or quarter named alone, its year or not (folded): `Tháng 12/2026`, `Tháng 01 năm 2027`,
# `Quý III/2027`, `THÁNG 7:`; nothing after it.
_ONE_PERIOD_ALONE = re.compile(r"^(?:thang|quy)\s*(?:\d{1,2}|[ivx]{1,4})(?:\s*(?:/|-|nam)\s*\d{4})?\s*:?$")


def standing_period(text: str) -> bool:
    """A period line or heading naming the standing work (`Công việc thường xuyên trong năm 2027`,
    `NHIỆM VỤ THƯỜNG XUYÊN`): its tasks are ongoing, the year it names (`trong năm 2027`) no time of
    theirs."""
    return bool(_STANDING_WORK.match(fold(text).strip().rstrip(" :")))


def numbered_period(node) -> bool:
    """A numbered paragraph that names one month or quarter alone over a list of its own (`1. Tháng
    12/2026` over `- …` lines, `2. Quý II/2027:`): a period heading, as `Tháng 12/2026` printed
    without a number is; so is a roman-numbered one (`I. QUÝ I` … `IV. QUÝ IV` over dash tasks, a
    yearly programme by quarter), and the standing work's heading numbered among them (`V. NHIỆM VỤ
    THƯỜNG XUYÊN`: its tasks are ongoing, as under `Công việc thường xuyên:`). Not a paragraph with no
    list under it, nor one with words after the period (`1. Tháng 12/2026 tổ chức sơ kết …` is a task
    that prints its time first; `II. NHIỆM VỤ THƯỜNG XUYÊN VÀ ĐỘT XUẤT` names no period)."""
    text = fold(node.text).strip()
    return (
        node.kind in ("number", "decimal", "letter", "roman")
        and bool(node.children)
        and bool(_ONE_PERIOD_ALONE.match(text) or _STANDING_WORK.match(text.rstrip(" :")))
    )


def _period_line(text: str) -> str:
    """A plain line that only names a period and ends in a colon (`Tháng 4 - tháng 5:`), or one in
    capitals that names a month or a quarter (`THÁNG 7`): the period (`Tháng 4 - tháng 5`) its tasks
    below are due at the end of; "" for any other line."""
    from engine.deadlines.parsing import parse_due

    period = text.strip().rstrip(":").strip()
    folded = fold(period)
    if (period.isupper() or _NAMED_STANDING.match(folded)) and _STANDING_WORK.match(folded):
        # `THƯỜNG XUYÊN` over the standing tasks, a title as `THÁNG 7` is; so is one naming the work
        # (`Các nhiệm vụ thường xuyên trong năm`) without a colon, a heading whose bold is lost.
        return period
    if _DATED_MONTHS.match(folded):
        return period  # `Tháng 4 - 5/2027`, `Quý III/2027` over its dash tasks: a heading whose bold is lost
    if not (text.strip().endswith(":") or _month_title(period)) or len(period.split()) > _PERIOD_LINE_WORDS:
        return ""
    if _STANDING_WORK.match(folded):
        return period
    due = parse_due(period, year=2000)
    if not _PERIOD_WORDS.match(folded) or due.needs_review or not (due.date or due.recurrence):
        return ""
    return period


def _closes_group(item: Node, found: list[tuple[int, str]], index: int) -> bool:
    """Whether a line of fields naming the lead (`Đơn vị tham mưu: Ban X.`), unmarked or marked
    otherwise than the items (`- Cơ quan chủ trì: …` after `a) …`), printed right after the last of
    two or more sibling items that print no field of their own and before anything but another such
    item, leads the group above them (a title, `Nhiệm vụ 2: …`, a section) rather than the last item;
    the lead may be among the fields that follow (`- Thời gian: …` / `- Đơn vị chủ trì: …`). A label
    after each item (`- …` / `Chủ trì: X` / `- …` / `Chủ trì: Y`) stays its item's."""
    parent = item.parent
    if parent is None or parent.kind == "root" or item.kind not in ("dash", "plus", "letter", "paren"):
        return False
    siblings = [child for child in parent.children if child.kind == item.kind]
    if len(siblings) < 2 or any(child.fields for child in siblings):
        return False
    # (the group's lead read already from the first of these fields: the rest follow it)
    names_lead = any((labelled_fields(text) or {}).get("lead") for text in parent.fields)
    for _line, text in found[index:]:
        marked = mark_of(text)
        rest = marked[2] if marked else text
        if text and (marked is None or marked[0] != item.kind) and FIELD_LABEL.match(fold(rest)):
            names_lead = names_lead or bool((labelled_fields(rest) or {}).get("lead"))
            continue  # the group's fields
        return names_lead and not (marked and marked[0] == item.kind)
    return names_lead


# A field telling what a numbered task holds (folded): `Nội dung:`, `Nội dung thực hiện:`, `Nội dung chính:`.
_CONTENTS_LABEL = re.compile(
    r"^noi dung(?: (?:thuc hien|chinh|cong viec|nhiem vu|hoat dong|cu the))?\s*:\s*\S"
)


def _contents_field(rest: str, task: Node, found: list[tuple[int, str]], index: int) -> bool:
    """Whether a list line `Nội dung: …` is a field of the numbered task above it (`2. Giám sát ca
    bệnh …` / `- Nội dung: …` / `- Đơn vị chủ trì: …` / `- Thời gian: …`; a labelled task, `Đề án 3.
    …` / `- Đơn vị chủ trì: …` / `- Nội dung: …`): the task's contents, printed among its labelled
    fields, so no sub-task of its own. The next paragraph must open another field (or, under a
    labelled task, the task have one already), and the task must have no sub-items yet."""
    labelled = task.kind in ("label", "sublabel")
    if task.kind not in ("number", "decimal", "letter", "paren", "label", "sublabel") or task.children:
        return False
    if not _CONTENTS_LABEL.match(fold(rest)):
        return False
    if labelled and task.fields:
        return True
    after = next((text for _line, text in found[index + 1 :] if text), "")
    marked = mark_of(after)
    return bool(FIELD_LABEL.match(fold(marked[2] if marked else after)))


# The setting of a task printed as a field of its own (folded): where, who attends, in what form, how
# large (`Địa điểm: …`, `Thành phần: …`, `Hình thức: …`, `Quy mô: …`). No role reads it.
_SETTING_LABEL = re.compile(
    r"^(?:dia diem(?: to chuc)?|thanh phan(?: tham (?:du|gia))?|hinh thuc(?: to chuc)?|quy mo"
    r"|doi tuong tham gia)\s*:\s*\S"
)


# Any other field under a short label of its own (folded): one to four words, then the value
# (`Số lượng: 06 lớp`, `Chỉ tiêu: 40 tổ hợp tác`, `Mục tiêu: …`, `Đối tượng: …`).
_OTHER_LABEL = re.compile(r"^([a-z]+(?: [a-z]+){0,3})\s*:\s*(\S.*)$")


def _setting_field(rest: str, task: Node, found: list[tuple[int, str]], index: int) -> bool:
    """Whether a list line `Địa điểm: …` (or `Thành phần:`, `Hình thức:`, `Quy mô:`) is a field of the
    numbered task above it, among its labelled fields (`3. Tổ chức Ngày hội …` / `- Thời gian: …` /
    `- Địa điểm: …` / `- Đơn vị thực hiện: …`): the task's setting, no sub-task of its own. The task
    must have a labelled field already or the next paragraph must open one, and no sub-items yet.
    So is a line under any other short label among the task's lead and due fields (`- Số lượng: …`,
    `- Chỉ tiêu: …`, read by no role) — unless the label names a unit (`- Phòng Y tế: …`, a unit's
    duty) or the value opens with a task's verb (`- Tuyên truyền: tổ chức …`, a sub-task of a topic).
    A line marked as the task is (`8.` after `7.`, `c)` after `b)`) is its sibling, never its field.
    A labelled task's (`Hoạt động 2. …`, `Dự án 1: …` over its fields) is read the same way."""
    if task.kind not in ("number", "decimal", "letter", "paren", "label", "sublabel") or task.children:
        return False
    if (marked := mark_of(found[index][1])) and marked[0] == task.kind:
        # numbered as the task itself is (`8. Thường xuyên: Nắm tình hình …` after `7. …` / `Phụ
        # trách: …`): the next task, opening with its time, never a field of the one above
        return False
    folded = fold(rest)
    if not _SETTING_LABEL.match(folded) and not _other_field(rest, task, found, index):
        return False
    if task.fields:
        return True
    after = next((text for _line, text in found[index + 1 :] if text), "")
    marked = mark_of(after)
    return bool(FIELD_LABEL.match(fold(marked[2] if marked else after)))


# The most words of an unlabelled list line read as its task's time (`_time_line`).
_TIME_LINE_WORDS = 25


def _time_line(rest: str, task: Node, found: list[tuple[int, str]], index: int) -> bool:
    """Whether a list line with no label is the time of the numbered task above it, printed among its
    labelled fields (`2. Cuộc thi “…” năm 2027` / `- Phát động cuộc thi trước ngày 28/02/2027; tổng
    kết, trao giải ngày 21/4/2027.` / `- Bộ phận thực hiện: …`): the days of the task's own steps, its
    due field (the last day), no sub-task of its own. Every clause of it (between semicolons) prints a
    date, it is short (_TIME_LINE_WORDS) and names no unit as its doer; the task has no sub-items and
    no due field yet, and the next paragraph opens a lead or due field. Not one of several dated lines
    under a title (the first is followed by another line, no field: sub-tasks), nor a line marked as
    the task is (its sibling)."""
    if task.kind not in ("number", "decimal", "letter", "paren") or task.children:
        return False
    if (marked := mark_of(found[index][1])) and marked[0] == task.kind:
        return False
    if len(rest.split()) > _TIME_LINE_WORDS or FIELD_LABEL.match(fold(rest)) or UNIT_START.match(fold(rest)):
        return False
    if any((labelled_fields(text) or {}).get("due") for text in task.fields):
        return False
    clauses = [clause for clause in rest.rstrip(" .;").split(";") if clause.strip()]
    if not clauses or not all(prints_date(due_in(clause)) for clause in clauses):
        return False
    after = next((text for _line, text in found[index + 1 :] if text), "")
    marked = mark_of(after)
    return _names_lead_or_due(marked[2] if marked else after)


def _other_field(rest: str, task: Node, found: list[tuple[int, str]], index: int) -> bool:
    """Whether a list line `<short label>: <value>` reads as one more field of the numbered task
    above it (_setting_field): no unit named by its label, no task's verb opening its value, and the
    task's lead or due field printed above it or on the next paragraph."""
    if not (match := _OTHER_LABEL.match(fold(rest))) or _names_unit(rest.split(":", 1)[0], match.group(1)):
        return False
    if ACTION.match(match.group(2)):
        return False
    if any(_names_lead_or_due(text) for text in task.fields):
        return True
    after = next((text for _line, text in found[index + 1 :] if text), "")
    marked = mark_of(after)
    return _names_lead_or_due(marked[2] if marked else after)


def _names_unit(label: str, folded: str) -> bool:
    """Whether a label is a unit's name (`Phòng Y tế`, `Sở Tư pháp`, `Quỹ Hỗ trợ nông dân`): it opens
    like one and is capitalised past its first word. A field's label is not (`Số lớp`, `Quy định áp
    dụng`), though its first word folds to a unit's (`Sở`, `Quỹ`)."""
    return bool(UNIT_START.match(folded)) and any(word[:1].isupper() for word in label.split()[1:])


def _names_lead_or_due(text: str) -> bool:
    fields = labelled_fields(text) or {}
    return bool(fields.get("lead") or fields.get("due"))


def _decimal_parent(stack: list[Node], mark: str) -> Node | None:
    """The open decimal paragraph whose number begins this one's (`1.1` for `1.1.2`), deepest first."""
    within = (node for node in reversed(stack) if node.kind == "decimal" and mark.startswith(node.mark + "."))
    return next(within, None)


_TITLE_WORDS = 12


def _bullet_title(found: list[tuple[int, str]], index: int, text: str, stack: list[Node]) -> bool:
    """A short line in capitals right over a bulleted line, where only bullets are open above it, that
    names no unit (`ỦY BAN NHÂN DÂN XÃ …` over a site's menu is a masthead, not a section)."""
    after = next((text for _line, text in found[index + 1 :] if text), "")
    return (
        _capitals(text)
        and not unit_heading(text)
        and len(text.split()) <= _TITLE_WORDS
        and not text.endswith((".", ":", ";"))
        and (mark_of(after) or ("",))[0] == "dash"
        and all(node.kind in ("dash", "section") for node in stack[1:])
    )


def _over_list(found: list[tuple[int, str]], index: int) -> bool:
    """The paragraph after `index` starts with a list mark (not a roman section's)."""
    after = next((text for _line, text in found[index + 1 :] if text), "")
    marked = mark_of(after)
    return marked is not None and marked[0] != "roman"


_SENTENCE_END = re.compile(r"[.;]\s+(?:[-–—]\s+)?|\s[-–—]\s+")


# Fields closing a task in square brackets (`… . [Đơn vị thực hiện: X; phối hợp: Y; thời hạn: Z]`).
_BRACKETED = re.compile(r"\[([^\[\]]{3,300})\]\s*[.;]?\s*$")


def _split_fields(node: Node) -> None:
    """`1. <task>. Đơn vị thực hiện: X. Thời gian: Y.`, `1. <task> – Thời hạn: Y.`, `1. <task>.
    [Đơn vị thực hiện: X; thời hạn: Y]` — labelled fields printed inline after the task's sentence
    (or in square brackets closing it) are its fields, as on lines of their own under it."""
    bracket = _BRACKETED.search(node.text)
    if bracket and bracket.start() > 0 and FIELD_LABEL.match(fold(bracket.group(1))):
        head = node.text[: bracket.start()].strip()
        if len(head.split()) >= 3:
            node.fields.append(bracket.group(1).strip())
            node.text = head
            return
    if split := inline_fields(node.text):
        node.text = split[0]
        node.fields.append(split[1])


def inline_fields(text: str) -> tuple[str, str] | None:
    """(the task's sentence, its fields) of a paragraph that prints labelled fields inline after the
    sentence (`<task>. Đơn vị chủ trì: X; thời gian: Y.`, `<task> – Thời hạn: Y.`); None where it
    prints none."""
    for match in _SENTENCE_END.finditer(text):
        head = text[: match.start()].strip()
        if head.count("(") > head.count(")"):
            continue  # inside a closing parenthesis (`(Giao: …; thời gian: …)`): closing_parenthesis reads it
        if len(head.split()) >= 3 and FIELD_LABEL.match(fold(text[match.end() :])):
            stop = text[match.start()] if text[match.start()] in ".;" else ""
            return head + stop, text[match.end() :].strip()
    return None


_INLINE = re.compile(r"(?:^|(?<=[\s;:.]))\((\d{1,2})\)\s+")


def _split_inline(node: Node) -> None:
    """`Bộ X: (1) …; (2) …; (3) …` — numbered sub-items inside one paragraph become its children."""
    marks, expected = [], 1
    for match in _INLINE.finditer(node.text):
        if int(match.group(1)) == expected:
            marks.append(match)
            expected += 1
    if len(marks) < 2:
        return
    head = node.text[: marks[0].start()].strip()
    for index, match in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(node.text)
        text = node.text[match.end() : end].strip(" ;")
        node.children.append(Node("paren", match.group(1), text, node.line, node.level + 1, parent=node))
    node.text = head or node.text[: marks[0].end()]


def walk(node: Node):
    for child in node.children:
        yield child
        yield from walk(child)
