"""The recognisers `build.recognise` runs, in one list: add a new document shape with one line.

Each entry is a function `(Context) -> Recognised | None` (engine/importing/recognition.py):
None where the shape does not apply, otherwise the items read and an honest `support`.
The best-supported answer wins; on a tie the earlier entry wins, so the order below is the
order of preference (the seeds' layouts first, the OCR fallback last).
"""

import re
from collections.abc import Callable

from engine.importing.layouts import (
    action_items,
    appendix,
    calendar_days,
    calendar_weeks,
    columns,
    conclusions,
    dated_lines,
    decision,
    ocr_rows,
    period_matrix,
    processing_log,
    prose_plan,
    retold,
)
from engine.importing.layouts.prose_facts import (
    EVERY_UNIT,
    ROUND_FIRST,
    UNIT_START,
    body_named,
    sentence_asking,
)
from engine.importing.model import Warning
from engine.importing.recognition import (
    OCR_CONFIDENCE,
    OCR_SHARE,
    Context,
    Recognised,
    diacritic_share,
    lower,
    mark_confidence,
    measure_support,
)
from engine.importing.units import looks_like_unit
from engine.text import fold


def calendar(context: Context) -> Recognised | None:
    """A month's day-by-day calendar table (seed 001)."""
    document = context.document
    # Only the first header row decides (and is all calendar_days reads): stop looking there.
    first = next(
        (
            (index, found)
            for index, line in enumerate(document.lines)
            if (found := columns.header_roles(line))
        ),
        None,
    )
    if first is None or not calendar_days.is_calendar(first[1], document.lines[first[0]].cells):
        return None
    headers = [first]
    warnings: list[Warning] = []
    items = calendar_days.read_days(document, headers, context.period.start, warnings, context.resolver.spans)
    return Recognised("calendar", items, warnings, support=measure_support(items, document))


def column_table(context: Context) -> Recognised | None:
    """Tables whose header row names the columns (seed 000, Word and Excel tables)."""
    warnings: list[Warning] = []
    items = columns.recognise(context.document, warnings)
    if not items:
        return None
    return Recognised("columns", items, warnings, support=measure_support(items, context.document))


def numbered_appendix(context: Context) -> Recognised | None:
    """A PDF's numbered appendix rows with sub-items and a legend (seed 002)."""
    document = context.document
    # The first letters are enough to find "PHỤ LỤC" (folding every line of a long table is not).
    if not any(fold(line.text.lstrip()[:12]).startswith("phu luc") for line in document.lines):
        return None
    resolver = context.resolver

    def is_unit_phrase(text: str) -> bool:
        resolution = resolver.resolve(text)
        return (bool(resolution.units) and not resolution.unresolved) or looks_like_unit(text)

    warnings: list[Warning] = []
    items, legend = appendix.recognise(document, warnings, is_unit_phrase)
    if not items:
        return None
    return Recognised("appendix", items, warnings, legend, support=measure_support(items, document))


def ocr_table_rows(context: Context) -> Recognised | None:
    """OCR text without diacritics whose table cells run together on the lines (seeds 003, 004).

    Only for text mostly without diacritics: on typed Vietnamese it reads confident garbage.
    """
    document = context.document
    if diacritic_share(document) >= OCR_SHARE:
        return None
    warnings: list[Warning] = []
    items = ocr_rows.recognise(document, warnings, context.resolver, list(context.leaders))
    if not items:
        return None
    for item in items:
        item.ocr = True
        lower(item, 0.7, "fallback")
        lower(item, 0.7, "ocr")
    return Recognised("ocr_rows", items, warnings, support=measure_support(items, document))


# The registry. A new recogniser (h13table's tables and calendars, …) goes here, in its place
# in the order of preference.
RECOGNISERS: list[Callable[[Context], Recognised | None]] = [
    calendar,
    processing_log.recognise,  # an e-office slip's log: its dated lines are no calendar
    calendar_weeks.recognise,
    column_table,
    period_matrix.recognise,
    numbered_appendix,
    decision.recognise,
    prose_plan.recognise,
    conclusions.recognise,
    dated_lines.recognise,
    ocr_table_rows,
]


# Tried only when none of RECOGNISERS read anything, in order (the retold prose only where no marked
# paragraph carried an action): guesses from the sentences, each item flagged (a shape nobody taught
# yields its tasks for a person to check, not "0 items").
FALLBACKS: list[Callable[[Context], Recognised | None]] = [action_items.recognise, retold.recognise]


# Layouts that read paragraphs; the others read tables. A document with both (a plan's prose
# duties and its appendix table) gets both readings when they cover different lines.
PROSE_LAYOUTS = {"decision", "prose_plan", "conclusions", "action_items", "dated_lines", "retold"}
# The other reading joins when its own items are well read (leads, dues, confidence), whatever
# share of the document it covers: a 14-row appendix beside 74 prose duties.
COMBINE_QUALITY = 0.75
COMBINE_MIN_ITEMS = 3


def _combine_bar(document) -> float:
    """COMBINE_QUALITY, less the OCR discount for a scan: a scan's items are each worth
    OCR_CONFIDENCE at most (mark_confidence), so a scanned decision's well-read duty could never
    join its scanned appendix's table, which the same text as a Word file joins. Typed text without
    diacritics (its items flagged OCR too) keeps the whole bar."""
    return COMBINE_QUALITY * (OCR_CONFIDENCE if getattr(document, "ocr", False) else 1.0)


def _dated_duties(items) -> bool:
    """Fewer items join when each is a dated duty and one at least names its unit: a plan's
    implementation section (`1. Trung tâm …: Là đầu mối …, báo cáo … trước ngày 15/12`) under its
    task appendix."""
    return all(item.due for item in items) and any(item.lead for item in items)


_ORGANISING = re.compile(r"^to chuc thuc hien\b")
# The heading with its numeral misread by OCR ("IIL TO CHỨC THỰC HIỆN", "TH. TỔ CHỨC …"), folded.
_ORGANISING_MISREAD = re.compile(r"^[ivxlth1|]{1,4}[.,]?\s+to chuc thuc hien$")
# The heading printed without a numeral, as a label over the numbered duties ("Tổ chức thực hiện:").
_ORGANISING_LABEL = re.compile(r"^to chuc thuc hien\s*:?$")
# The heading with its text after a colon on the same line (`IV. TỔ CHỨC THỰC HIỆN: Các phòng …`).
_ORGANISING_INLINE = re.compile(r"^to chuc thuc hien\s*:\s*(?=\S)")
# The issuer's lead-in to its closing points after the task table, one sentence ending in the
# request's verb (and whom it asks) and a colon (folded): `Ngoài các nội dung trên, Kho bạc … đề
# nghị:`, `Để bảo đảm tiến độ, Giám đốc Sở yêu cầu:`, `… đề nghị các khoa, phòng:`, `… đề nghị như
# sau:`. Its numbered points are read as under `TỔ CHỨC THỰC HIỆN`. Not a lead-in that goes on past
# its addressees to what it asks (`… đề nghị các đơn vị triển khai ngay các việc sau:`: the points are
# the tasks, the prose readers'), one after another sentence (`Mưa lớn … . Đề nghị …:`), nor the
# closing exhortation with no colon (`Yêu cầu các phòng … nghiêm túc thực hiện./.`).
_ISSUER_ASKS_LEAD_IN = re.compile(
    r"^[^:;.]{0,120}?\s(?:de nghi|yeu cau)"
    r"(?:\s+nhu sau|\s+(?:cac|tat ca cac|toan the)\s(?P<whom>[^:;.]{1,60}))?\s*:$"
)
# Words that say what is asked, not whom: a lead-in naming them goes on past its addressees.
_ASKS_WHAT = re.compile(r"\b(?:thuc hien|trien khai|cac viec|noi dung|sau|nhu)\b")
# At most this many words in such a lead-in, and in whom it names.
_LEAD_IN_WORDS = 30
_LEAD_IN_WHOM_WORDS = 8


def _issuer_asks_lead_in(text: str) -> bool:
    """Whether an unnumbered paragraph is the issuer's lead-in to its closing points
    (`_ISSUER_ASKS_LEAD_IN`)."""
    folded = " ".join(fold(text).split())
    match = _ISSUER_ASKS_LEAD_IN.match(folded)
    if not match or len(text.split()) > _LEAD_IN_WORDS:
        return False
    whom = match.group("whom") or ""
    return len(whom.split()) <= _LEAD_IN_WHOM_WORDS and not _ASKS_WHAT.search(whom)


# "Hai bên giao <unit> …", "Hai cơ quan thống nhất giao <unit> …": the parties give a unit a duty.
_PARTIES_GIVE = re.compile(r"^(?:\S+\s+){1,5}giao\s")
# "… định kỳ trao đổi thông tin": a recurring duty whose round the text does not say.
_PERIODIC = re.compile(r"\bdinh ky\b")
# A subject naming every body of a kind, or their heads ("Thủ trưởng các cơ quan, đơn vị"): no unit named.
_EVERY_HEAD = re.compile(r"\b(?:cac|tat ca|moi)\s")
# A subject's general direction right after its name (folded): `Phó Hiệu trưởng … chỉ đạo chung, …`,
# `Phó Chủ tịch UBND xã phụ trách chung`, `… chỉ đạo toàn diện`: the post's charge, not a task.
_GENERAL_DIRECTION = re.compile(
    r"^[\s,]*(?:chi dao chung|phu trach chung|chi dao toan dien|lanh dao chung|chiu trach nhiem chung)\b"
)


# The head of the issuer's own unit by the post alone (folded), which the reading of a sentence's
# subject takes for no unit: `Đội trưởng`, `Tổ trưởng`, `Trạm trưởng`, `Chi cục trưởng`, `Hiệu trưởng`,
# `Trưởng đoàn`, `Trưởng ban`, `Trưởng phòng`, `Giám đốc`, `Chỉ huy trưởng`, and their deputies. Read
# only before the general direction (_directs_in_general); not the head of every unit (`Tổ trưởng các
# tổ …`: `các` follows, no direction), nor a named unit's head (`Đội trưởng Đội …`: the subject reader's).
_HEAD_POST = re.compile(
    r"^(?:pho\s+)?(?:(?:doi|to|tram|chi cuc|cuc|vien|hieu|xuong)\s+truong"
    r"|truong\s+(?:doan|ban|tram|phong|khoa|to|doi|bo phan|chi nhanh)|(?:tong\s+)?giam doc"
    r"|chi huy truong|chu nhiem)(?=[\s,])"
)
# A report asked in the same point (folded): `…, báo cáo kết quả về Chi cục`: the head's own duty.
_REPORTS = re.compile(r"\bbao cao\b")


def _directs_in_general(text: str, lead: str = "") -> bool:
    """Whether a point's subject `lead` is given only the general direction (`_GENERAL_DIRECTION`):
    undated, a general charge under `TỔ CHỨC THỰC HIỆN`, no item (corpus README, "Standing bodies and
    posts in charge"). Not taken: a subject given a task by name after it (`Phòng X chủ trì …`,
    `Phó Hiệu trưởng tổ chức …`): that is its own duty; nor a dated point (the caller keeps those).
    With no `lead` (none read from the sentence), the subject is the head of the issuer's own unit by
    the post alone (`_HEAD_POST`: `1. Đội trưởng chỉ đạo chung, chịu trách nhiệm trước Chi cục trưởng
    …`), its direction printed in lower case (not a body's name, `Trưởng Ban Chỉ đạo …`); not one
    asked for a report in the same point (`Tổ trưởng chỉ đạo chung, báo cáo kết quả …`: its duty)."""
    folded = fold(text)
    if lead:
        name = fold(lead)
        return folded.startswith(name) and bool(_GENERAL_DIRECTION.match(folded[len(name) :]))
    head = _HEAD_POST.match(folded)
    if head is None or _REPORTS.search(folded):
        return False
    after = text.split()[len(head.group().split()) :]
    return bool(_GENERAL_DIRECTION.match(folded[head.end() :])) and bool(after) and after[0][:1].islower()


# A paragraph opening an article of a decision (`Điều 2. …`, `Điều 3: …`), folded.
_ARTICLE_OPENS = re.compile(r"^dieu\s+\d{1,2}\s*[.:]")


def _article_organises(text: str) -> bool | None:
    """Whether a paragraph that opens a decision's article opens the one that organises the carrying
    out (`Điều 2. Tổ chức thực hiện`, a title only, as a `IV. TỔ CHỨC THỰC HIỆN` heading does);
    False for any other article (`Điều 1. Ban hành kèm theo …`, `Điều 3. Quyết định có hiệu lực …`,
    `Điều 2. Tổ chức thực hiện Kế hoạch này.` printed as a sentence), which ends that part; None for
    a paragraph that opens no article."""
    from engine.importing.layouts.outline import article_title

    if not _ARTICLE_OPENS.match(fold(text)):
        return None
    titled = article_title(text)
    return bool(titled and _ORGANISING.match(fold(titled[1])))


# A letter's appendix: its heading (`PHỤ LỤC`) above the last table; the letter ends at `Nơi nhận`.
_APPENDIX = re.compile(r"^phu luc\b")
_RECIPIENTS = re.compile(r"^noi nhan\b")
_ON_BEHALF = re.compile(r"^(?:thừa lệnh|thay mặt|tl\.|tm\.|kt\.)[^,]{3,60},\s*", re.IGNORECASE)
_REQUESTER = re.compile(
    r"^[^,;]{3,60}?\s(?:đề nghị|yêu cầu)\s+(?=(?:(?:thủ trưởng|lãnh đạo)\s+)?các\s)", re.IGNORECASE
)
# A lead-in clause before whom a closing request asks (folded): "Căn cứ Chương trình này, các chi
# đoàn …", "Trên cơ sở Kế hoạch này, các phòng …".
_BASED_ON = re.compile(r"^(?:can cu|tren co so)\s[^,]{3,80},\s*")
# The heads of every unit of a kind (`Thủ trưởng các đơn vị`, `Lãnh đạo các phòng`, `Trưởng các
# thôn, làng`, typed with or without diacritics), folded letter by letter: those units. So are the
# staff of every unit of a kind (`Nhân viên y tế các thôn, bản`, `Cán bộ địa chính các xã`: a post's
# staff word and at most two words of its field): a request to them asks those units. Not a staff
# word with a longer phrase before `các` (`Cán bộ được giao phụ trách các thôn`: whom a task names),
# and the request's own limits hold (a deadline or a round of its own; an undated charge is none).
_HEADS_OF_EVERY = re.compile(
    r"^(?:thu truong|lanh dao|truong|(?:nhan vien|can bo)(?:\s+[a-z]+){0,2})\s+cac\s+"
)


def _every_headed(text: str) -> str:
    """`text` with the heads of every unit it opens with made the units (`Trưởng các thôn báo cáo …`
    → `Các thôn báo cáo …`); "" where it does not open so."""
    from engine.importing.layouts.prose_facts import folded_same_length

    match = _HEADS_OF_EVERY.match(folded_same_length(text))
    return "Các " + text[match.end() :] if match else ""


_REQUESTED = re.compile(r"^de nghi\s+")
# A part's heading that asks every body of a kind (folded): `2. Đề nghị các doanh nghiệp xuất nhập khẩu,
# đại lý làm thủ tục hải quan`, `3. Yêu cầu các hộ kinh doanh trên địa bàn:` — the request's verb,
# then `các …` (`tất cả các …`, `toàn thể …`, `mọi …`); its points follow as `a) …`, `- …`.
_ASKS_EVERY = re.compile(
    r"^(?:kinh\s+)?(?:de nghi|yeu cau)\s+(?:cac|tat ca(?: cac)?|toan the(?: cac)?|moi)\s"
)
# The marks of the points under such a heading.
_POINT_MARKS = ("letter", "dash", "plus")
# At most this many words in such a heading: a longer paragraph is a request of its own.
_ASKS_EVERY_WORDS = 25


def asks_every_heading(body: str, due_in) -> bool:
    """Whether a numbered part's text (its number dropped) only asks every body of a kind, its points
    printed below it (`Đề nghị các doanh nghiệp xuất nhập khẩu, đại lý làm thủ tục hải quan`, `Yêu
    cầu các hộ kinh doanh:`): the request's verb and whom it asks, short, printing no time and no
    full stop (`Đề nghị các đơn vị báo cáo … trước ngày 15/12.` is a request of its own)."""
    body = body.strip()
    return (
        bool(_ASKS_EVERY.match(fold(body)))
        and len(body.split()) <= _ASKS_EVERY_WORDS
        and not body.endswith((".", ";"))
        and not due_in(body)
    )


# The lead bodies of the tasks as a subject (`Cơ quan chủ trì các nhiệm vụ báo cáo …`, `Đơn vị chủ trì
# …`): every unit that leads a task above, by their role.
_LEAD_BODIES = re.compile(r"^(?:cac\s+)?(?:co quan|don vi|bo phan)\s+(?:duoc giao\s+)?(?:chu tri|tham muu)\b")
# A deadline with its day: `trước ngày 15/12`, `chậm nhất ngày 20 hằng tháng`.
_DEADLINE_DAY = re.compile(r"\b(?:truoc|cham nhat|han chot)\s+(?:ngay\s+)?\d{1,2}\b")
# A deadline on a weekday of each week, a clock or a session before it or not: `trước 15h00 thứ Năm
# hằng tuần`, `chậm nhất chiều thứ Sáu hằng tuần` (a calendar's registration round); not a clock alone
# (`trước 15h00 hằng ngày`) nor a weekday with no deadline word (`họp vào thứ Năm hằng tuần`).
_DEADLINE_WEEKDAY = re.compile(
    r"\b(?:truoc|cham nhat|han chot)\s+(?:\d{1,2}\s*(?:h|g|gio)\s*(?:\d{2})?\s+)?(?:(?:sang|chieu|trua)\s+)?"
    r"(?:ngay\s+)?(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\b"
)


def _letter_end(found: list[tuple[int, str]], table) -> int:
    """The line where a letter's text ends (its `Nơi nhận`), where the last table is an appendix
    under a `PHỤ LỤC` heading after it; 0 otherwise."""
    first = min((line for line in table.row_lines if line), default=0)
    recipients = 0
    for line, text in found:
        if first and line >= first:
            break
        folded = fold(text)
        if _RECIPIENTS.match(folded) and not recipients:
            recipients = line
        elif recipients and _APPENDIX.match(folded) and len(text.split()) <= 6:
            return recipients
    return 0


def _appendix_start(found: list[tuple[int, str]], table) -> int:
    """The line of the `PHỤ LỤC` heading right above the last table (the appendix the document's body
    text ends at); 0 where there is none."""
    first = min((line for line in table.row_lines if line), default=0)
    start = 0
    for line, text in found:
        if not first or line >= first:
            break
        if _APPENDIX.match(fold(text)) and len(text.split()) <= 6:
            start = line
    return start


# The words that label a note under a table, folded.
_NOTE_WORDS = r"^\W*(?:ghi chu|luu y|chu y|yeu cau)\s*"
# The label of a note under a table ("Ghi chú:", "Lưu ý:", "* Ghi chú:").
_NOTE_LABEL = re.compile(_NOTE_WORDS + r":\s*")
# A note's label alone on its line (`Ghi chú:`, `Lưu ý:`, `Yêu cầu:`), folded, over its points printed
# as list items (`- Các phòng chuẩn bị …`): each point is read as a paragraph of its own.
_NOTE_LABEL_ALONE = re.compile(_NOTE_WORDS + r":?\s*$")
_LIST_DASH = re.compile(r"^\s*[-–+•]\s+")
# The marks of a note's points under its label alone, besides a dash: `(1)`, `1.`.
_NOTE_POINT_MARKS = ("paren", "number")


def _labelled_request(text: str, every_unit, *, unlabelled: bool = False) -> str:
    """The request a labelled note makes after its other sentences ("Ghi chú: Lịch có thể thay
    đổi. Các phòng … gửi … trước 10h00 thứ Sáu (24/11)."): from the sentence that asks every unit
    of a kind to the end; "" where the note makes none or is not labelled. `unlabelled` (a plain
    paragraph under the table): a remark that is a sentence of its own, closed by a full stop, then
    the request (`Lịch công tác có thể thay đổi, Đội X sẽ thông báo bổ sung. Các Đội đăng ký … trước
    15h00 thứ Năm hằng tuần.`) is read from the request on too, as a calendar's closing line is
    (corpus README, "Closing reporting requests"); limits: a remark closed by `;` is a clause of
    the request's sentence (the paragraph stays whole), and a first sentence that opens with a
    unit (`Phòng X tổng hợp … . Các đơn vị …`, that unit's duty) or already asks every unit is
    read as before — unless it is only a general charge to every unit or its heads, asking no report
    and printing no time (`Trưởng các phòng, Giám đốc Chi nhánh … chủ động triển khai thực hiện.
    Các phòng, chi nhánh báo cáo … trước ngày 26/01/2027 …`): that charge is no item (corpus README),
    the request after it is."""
    label = _NOTE_LABEL.match(fold(text))
    if not label and not unlabelled:
        return ""
    if not label:
        first = fold(text).lstrip()
        opens_unit = every_unit.match(first) or UNIT_START.match(first) or body_named(text, 0)
        if opens_unit and not _general_charge_first(text, every_unit):
            return ""
        rest, starts = text, _LATER_FULL_SENTENCE  # a later sentence only, after a full stop
    else:
        rest, starts = text[label.end() :], _ANY_SENTENCE
    return sentence_asking(rest, lambda sentence: bool(every_unit.match(fold(sentence))), starts).strip()


def request_after_charge(text: str) -> str:
    """The closing request of a paragraph that opens with a general charge to every unit of a kind or
    to their heads (`Trưởng các phòng, khoa căn cứ Chương trình này chủ động triển khai. Các phòng,
    khoa báo cáo kết quả … trước ngày 25/01/2027 …`): from the request's sentence on, the charge no
    item; "" where the first sentence is no such charge (a named unit's duty, a charge with a report
    or a time of its own) or no later sentence asks every unit of a kind."""
    every_unit = re.compile(f"(?:{EVERY_UNIT.pattern})|(?:{_LEAD_BODIES.pattern})")
    if not _general_charge_first(text, every_unit):
        return ""
    return _labelled_request(text, every_unit, unlabelled=True)


def _general_charge_first(text: str, every_unit) -> bool:
    """Whether `text`'s first sentence (to its first full stop) is a general charge to every unit of
    a kind or to their heads (`Thủ trưởng các đơn vị`, `Trưởng các phòng, Giám đốc Chi nhánh`) that
    asks no report and prints no time (`… chủ động triển khai thực hiện.`); not a named unit's duty
    (`Phòng X tổng hợp …`), nor a sentence that asks a report or prints a day or a round."""
    from engine.importing.layouts.prose_facts import asks_report, due_in, prints_date_or_recurrence

    stop = _LATER_FULL_SENTENCE.search(text)
    if not stop:
        return False
    first = text[: stop.start()].strip()
    folded = fold(first)
    if not (every_unit.match(folded) or _HEADS_OF_EVERY.match(folded)):
        return False
    return not asks_report(folded) and not prints_date_or_recurrence(due_in(first))


# Where a note's sentences open: any, the first included (a labelled note), or only a later one after a
# full stop (an unlabelled paragraph: a remark closed by `;` is a clause of the request's sentence).
_ANY_SENTENCE = re.compile(r"(?:^|(?<=[.;!]\s))(?=\S)")
_LATER_FULL_SENTENCE = re.compile(r"(?<=[.!]\s)(?=\S)")


# The issuer giving a unit a duty (`Giao Văn phòng Sở …`), folded.
_GIVES = re.compile(r"^giao\s+(?:cho\s+)?")
# A follow-up duty (`… theo dõi, đôn đốc …`), folded.
_FOLLOWS_UP = re.compile(r"\btheo doi,?\s+(?:va\s+)?don doc\b")
# The issuer's head asking (`Giám đốc Trung tâm yêu cầu các khoa …`, `Chủ tịch UBND xã đề nghị …`),
# folded: a request to others, not the head's own duty.
_HEAD_ASKS = re.compile(
    r"^(?:tong giam doc|giam doc|chu tich|thu truong|hieu truong|truong phong)\b"
    r"[^,;]{0,40}?\s(?:yeu cau|de nghi)\s"
)


def _requester_asks_every(text: str, due_in, prints_date) -> str:
    """A closing paragraph in which its issuer asks every unit of a kind for a report (`Ban Thường
    trực đề nghị các tổ chức thành viên, Ủy ban MTTQ các xã … ; báo cáo kết quả … trước ngày 20 hằng
    tháng`, `Văn phòng đề nghị thủ trưởng các đơn vị …`): the request from whom it asks (`các …`) on,
    read as that request printed alone is; "" otherwise. Limits: the requester is a short subject with
    no comma before `đề nghị`/`yêu cầu`; what follows must ask every unit of a kind for a report
    (`asks_report`: an undated charge, `… đề nghị các đơn vị quan tâm`, stays none), and a later clause
    that is a named unit's dated duty (`Giám đốc yêu cầu các đơn vị …; Phòng X … trước ngày …`) keeps
    the paragraph as it was (that unit's item)."""
    from engine.importing.layouts.prose_facts import UNIT_START, asks_report

    if not (match := _REQUESTER.match(text)):
        return ""
    rest = text[match.end() :]
    if not asks_report(rest) or _dated_unit_clause(text, UNIT_START, due_in, prints_date):
        return ""
    return _every_headed(rest) or rest


def _dated_unit_clause(text: str, unit_start, due_in, prints_date) -> str:
    """The first clause after a `;` of a closing paragraph that starts with a named unit and prints
    a dated deadline, up to the paragraph's end; "" where there is none."""
    for m in re.finditer(r";\s+(?=\S)", text):
        clause = text[m.end() :]
        if unit_start.match(fold(clause)) and prints_date(due_in(clause)):
            return clause.strip()
    return ""


def _follow_up_sentence(text: str, unit_start, due_in) -> str:
    """A later sentence of a closing paragraph whose named unit follows up the tasks and reports by a
    round (`Chương trình này là căn cứ …. Văn phòng Sở theo dõi, đôn đốc …, tổng hợp báo cáo Giám đốc
    Sở hằng quý.`), up to the paragraph's end, where the sentences before it print no time; "" where
    there is none."""
    from engine.importing.layouts.prose_facts import prints_date_or_recurrence

    for m in re.finditer(r"(?<=\.)\s+(?=[A-ZĐ])", text):
        clause, folded = text[m.end() :], fold(text[m.end() :])
        if prints_date_or_recurrence(due_in(text[: m.start()])):
            return ""
        if (
            unit_start.match(folded)
            and _FOLLOWS_UP.search(folded)
            and _REPORTS_TO.search(folded)
            and prints_date_or_recurrence(due_in(clause))
        ):
            return clause.strip()
    return ""


# A report the sentence's subject makes (`…, báo cáo Giám đốc Sở …`, `tổng hợp báo cáo …`), folded.
_REPORTS_TO = re.compile(
    r"\bbao cao\s+(?:ve\s+)?(?:giam doc|chu tich|lanh dao|ubnd|uy ban|thuong truc|ban|so|bo)\b"
)


def _numbered_body(text: str) -> str:
    """A paragraph's text after its number (`2. …`, `2.1. …`); "" where it is not numbered so."""
    from engine.importing.layouts.outline import mark_of

    mark = mark_of(text)
    return mark[2] if mark and mark[0] in ("number", "decimal") else ""


def _numbered_report_request(text: str) -> bool:
    """Whether a numbered paragraph asks every unit of a kind for a report (prose_facts.asks_report)
    by a round of its own (`2. Các phòng, trung tâm báo cáo kết quả … định kỳ hằng quý về …`): a
    programme's closing reporting request, though it prints no day."""
    from engine.importing.layouts.prose_facts import asks_report, due_in, prints_date_or_recurrence

    body = _numbered_body(text)
    return bool(body) and asks_report(body) and prints_date_or_recurrence(due_in(body))


def _numbered_unit_duty(text: str) -> bool:
    """Whether a numbered paragraph opens with a named unit and goes on to its duty (`2. Phòng Tài
    chính kế toán bố trí kinh phí …`, `1. Phòng Tổ chức là đơn vị thường trực, …`), or asks a named
    body the issuer does not command for one (`3. Đề nghị Ban đại diện cha mẹ học sinh phối hợp …`),
    not a unit's name alone over its duties (`1. Sở Nội vụ:`) nor a rule with no unit (`3. Kinh phí
    …`)."""
    from engine.importing.layouts.prose_facts import UNIT_START, assignment_in, body_named

    body = _numbered_body(text).strip()
    if requested := _REQUESTED.match(fold(body)):
        body = body[requested.end() :]
    if not body:
        return False
    # (a body named by its word before a capital, `2. Đội Tham mưu, tổng hợp là đơn vị thường trực …`)
    assigned = assignment_in(body) if UNIT_START.match(fold(body)) or body_named(body, 0) else None
    return bool(assigned and assigned.lead) and len(body.split()) > len(assigned.lead.split()) + 2


# A standing duty's time (folded): `thực hiện thường xuyên`, `liên tục`.
_STANDING_TIME = re.compile(r"\b(?:thuong xuyen|lien tuc)\b")


def _named_request(text: str) -> bool:
    """Whether an unnumbered paragraph asks one named body the issuer does not command for an act
    (`Đề nghị Ban đại diện cha mẹ học sinh nhà trường hỗ trợ trang phục, nhạc cụ …`, `Đề nghị Hội Liên
    hiệp Phụ nữ xã phối hợp tuyên truyền …`; the issuer may name itself before it, `Sở Y tế đề nghị Sở
    Nội vụ quan tâm hướng dẫn …`), as a numbered request does (_numbered_unit_duty). Not
    every body of a kind (`Đề nghị các đoàn thể quan tâm …`, `Đề nghị các đơn vị …`), a body named
    with no act after it, nor one given only an exhortation or a general charge (`Đề nghị Hội Cựu
    chiến binh xã quan tâm, tạo điều kiện.`, `… chỉ đạo chung`): no item."""
    from engine.importing.layouts.prose_facts import UNIT_START, assignment_in, body_named
    from engine.importing.layouts.prose_tasks import addresses_every_unit

    requested = _REQUESTED.match(fold(text)) or _issuer_requests(text)
    if not requested or addresses_every_unit(text):
        return False
    body = text[requested.end() :].strip()
    if not (UNIT_START.match(fold(body)) or body_named(body, 0)):
        return False
    assigned = assignment_in(body)
    if assigned is None or not assigned.lead or _directs_in_general(body, assigned.lead):
        return False
    if _EVERY_OF_A_KIND.match(fold(assigned.lead)):
        return False  # `các đoàn thể trong xã …`: every body of a kind, not one named
    act = fold(body)[len(fold(assigned.lead)) :] if fold(body).startswith(fold(assigned.lead)) else ""
    return len(act.split()) > 2 and not _MERE_CARE.match(act.strip(" ,"))


# A quarter or a month of a year printed as a time (folded): `quý I/2027`, `tháng 02/2027`.
_YEAR_PART = re.compile(r"\b(?:quy\s+[ivx]+|thang\s+\d{1,2})\s*/\s*\d{4}\b")


# The issuer named before its request (folded): `Sở Y tế đề nghị `, `UBND xã đề nghị ` (no comma: not a
# condition, `nếu có vướng mắc, đề nghị …`).
_ISSUER_REQUESTS = re.compile(r"^([^,.;:()]{3,60}?)\s+de nghi\s+")


def _issuer_requests(text: str) -> re.Match | None:
    """`Sở Y tế đề nghị Sở Nội vụ …`: the request after the body that asks, named by a body's name
    (prose_facts.names_unit); None where the words before `đề nghị` name no body (`Thủ trưởng các đơn
    vị đề nghị …`, a condition, a person)."""
    from engine.importing.layouts.prose_facts import names_unit

    m = _ISSUER_REQUESTS.match(fold(text))
    # (`các`: every body of a kind or their heads, `Thủ trưởng các đơn vị …`, is none that asks)
    return m if m and names_unit(text[: m.end(1)]) and not re.search(r"\bcac\b", m.group(1)) else None


# A subject that is every body of a kind by its plural (folded): `các đoàn thể`, `tất cả các hội`.
_EVERY_OF_A_KIND = re.compile(r"^(?:cac|tat ca(?: cac)?|toan the|moi|nhung)\s")
# What asks a body only to care (folded): `quan tâm, tạo điều kiện …`, `quan tâm, phối hợp với nhà
# trường`, `ủng hộ, giúp đỡ` with nothing named to give: an exhortation, no act of its own.
_MERE_CARE = re.compile(
    r"^(?:quan tam|tao dieu kien|ung ho|giup do|dong hanh)(?:[\s,]+(?:va\s+)?"
    r"(?:quan tam|tao dieu kien|ung ho|giup do|dong hanh|phoi hop|chi dao|to chuc thuc hien))*"
    r"(?:\s+(?:voi|cung)\s+(?:nha truong|don vi|co quan|ubnd|uy ban)[^,;.]*)?\s*[.;]?$"
)


def _numbered_timed_duty(text: str) -> bool:
    """Whether a numbered paragraph is a named unit's duty (_numbered_unit_duty) that prints a time
    of its own: a day or a month (`1. Phòng X ban hành lịch … trước ngày 15/01/2027`, `… trong tháng
    9/2027`), a round, or a standing time (`3. Phòng Y bảo đảm …; thực hiện thường xuyên`); not an
    undated charge (`2. Phòng Z chủ động phân công …`)."""
    from engine.importing.layouts.prose_facts import due_in, prints_date_or_recurrence

    due = due_in(_numbered_body(text))
    return _numbered_unit_duty(text) and (
        prints_date_or_recurrence(due) or bool(_STANDING_TIME.search(fold(due)))
    )


def _last_task_table(tables: list, taken) -> object:
    """The last table that holds an item read (the task table), not a signature block or a
    borderless layout table printed under it (`TM. … / GIÁM ĐỐC` beside `Nơi nhận`), whose closing
    paragraphs stand above it; the last table where none holds one."""
    return next((table for table in reversed(tables) if set(table.row_lines) & set(taken)), tables[-1])


def closing_requests(document, taken, leads: list[str] = ()) -> list:
    """After a document's last task table, a paragraph that asks every unit of a kind for something by a
    dated deadline (`Các phòng, đơn vị báo cáo kết quả … trước ngày 30/10/2026`; under `TỔ CHỨC THỰC
    HIỆN` a recurring one too, `… trước ngày 25 hằng tháng`) is an item with no
    lead of its own, and one that is a dated duty of the unit it starts with (`Phòng Tư pháp tổng
    hợp kết quả, báo cáo … trước ngày 15/12/2026`; or its own report by a round, `Văn phòng Sở tổng
    hợp …, báo cáo Giám đốc Sở vào tuần cuối của mỗi quý`) an item led by that unit; an undated general
    instruction (`… chủ động triển khai`) is not. Under a `TỔ CHỨC THỰC HIỆN` heading the numbered
    paragraphs are read the same way without their number, and one whose subject is a named unit
    is its duty even undated (`2. Vụ Kế hoạch, Tài chính bố trí kinh phí …`: no due); so is such a
    duty in a clause after a `;` of a paragraph that opens otherwise (`Giám đốc yêu cầu …; Phòng X
    kiểm tra …, báo cáo … trước ngày …`), from that clause on, and a dated duty the issuer gives a
    named unit (`Giao Văn phòng Sở theo dõi, …, báo cáo … trước ngày …`). Where the last
    table is an appendix (`PHỤ LỤC` above it), the `TỔ CHỨC THỰC HIỆN` part of the text above the
    appendix is the document's closing and is read so too; in a decision signed above its appendix
    that part is the article `Điều 2. Tổ chức thực hiện` (its title alone on the line), up to the next
    article (`Điều 3. Quyết định có hiệu lực …` ends it). A request that recurs with a day of its
    own (`Các khoa, phòng báo cáo tiến độ … trước ngày 05 của tháng cuối mỗi quý`) is an item outside
    `TỔ CHỨC THỰC HIỆN` too where it addresses the kinds of unit that lead the tasks read (`leads`:
    `Khoa …`, `Phòng …`) or names them by their role (`Ghi chú: Cơ quan chủ trì các nhiệm vụ báo cáo
    … trước ngày 15/12 hằng năm`): their duty, not a general rule of the table; so is a numbered paragraph
    under `TỔ CHỨC THỰC HIỆN` addressing them with a time each task sets (`… trong vòng 15 ngày kể
    từ khi kết thúc kiểm tra`). The heading may be a label without a numeral (`Tổ chức thực hiện:`).
    The heads of every unit of a kind (`Thủ trưởng các đơn vị`, `Trưởng các thôn, làng`, typed with
    or without diacritics) are asked as those units are. A standing body's duty (`Văn phòng Sở là cơ
    quan thường trực, …`) is its item unnumbered after the table without that heading too, and a
    numbered request to a named body (`3. Đề nghị Ban đại diện cha mẹ học sinh phối hợp …`) is its
    duty above an appendix as a named unit's numbered duty is."""
    from engine.importing.blocks import Table
    from engine.importing.layouts.outline import mark_of, paragraphs
    from engine.importing.layouts.prose_facts import (
        UNIT_START,
        asks_report,
        assignment_in,
        body_named,
        due_in,
        prints_date,
        prints_date_or_recurrence,
        sends_to_unit,
        staff_post_opens,
    )
    from engine.importing.layouts.prose_tasks import standing_body, standing_body_lead
    from engine.importing.layouts.tables import names_lead_kinds, names_results
    from engine.importing.model import RawItem

    tables = [block for block in document.blocks if isinstance(block, Table)]
    if not tables:
        return []
    every_unit = re.compile(f"(?:{EVERY_UNIT.pattern})|(?:{_LEAD_BODIES.pattern})")
    last = _last_task_table(tables, taken)
    after = max((line for line in last.row_lines if line), default=0)
    read_table = bool(set(last.row_lines) & set(taken))  # the last table's rows were read as tasks
    letter_end = _letter_end(paragraphs(document), last)
    appendix = _appendix_start(paragraphs(document), last)
    found = []
    organising = False  # under `TỔ CHỨC THỰC HIỆN`
    noted = False  # under a note's label alone (`Ghi chú:`), among its `- …` points
    asked = False  # under a numbered part that asks every body of a kind (`2. Đề nghị các doanh nghiệp`)
    results = False  # under a report's results part (`I. KẾT QUẢ THỰC HIỆN …`)
    parted = False  # under a roman part of the document's own after the task table (`II. CÁC NHIỆM VỤ …`)
    for line, text in paragraphs(document):
        above_appendix = line < appendix and not line < letter_end
        if (line <= after and not line < letter_end and not above_appendix) or line in taken:
            continue
        printed = text
        if (above_appendix or line < letter_end) and (article := _article_organises(text)) is not None:
            # A decision's articles above its appendix, signed there or not: `Điều 2. Tổ chức thực
            # hiện` opens its closing part as a `III. TỔ CHỨC THỰC HIỆN` heading does; the next ends it.
            organising = article
            continue
        if above_appendix:
            # The body text above an appendix: only its `TỔ CHỨC THỰC HIỆN` part closes it; the
            # parts before (aims, a summary of the tasks) are the prose recognisers'.
            mark = mark_of(text)
            if mark and mark[0] == "roman" and len(mark[2].split()) <= 8:
                organising = bool(_ORGANISING.match(fold(mark[2])))
                continue
            # … and there only a request with a day of its own (`… định kỳ trước ngày 15/12 hằng
            # năm báo cáo …`), a numbered duty of the named unit it opens with (`2. Phòng Tài
            # chính bố trí kinh phí …`) or a numbered closing reporting request by a round (`2. Các
            # khoa, phòng báo cáo kết quả … hằng tháng về …`), not a unit's heading (`1. Sở Nội vụ`)
            # or a budget rule (`… trong dự toán ngân sách hằng năm …`).
            if not organising or not (
                _DEADLINE_DAY.search(fold(text))
                or _numbered_unit_duty(text)
                or _numbered_report_request(text)
            ):
                continue
        elif (
            line < letter_end and (mark := mark_of(text)) and mark[0] == "roman" and len(mark[2].split()) <= 8
        ):
            # A plan signed above its appendix (`Nơi nhận` before `PHỤ LỤC`): its `TỔ CHỨC THỰC HIỆN`
            # part is its closing, read as below.
            organising = bool(_ORGANISING.match(fold(mark[2])))
            continue
        elif line < letter_end and not organising:
            # A letter's own request above its appendix: `Thừa lệnh …, Văn phòng … đề nghị Thủ
            # trưởng các cơ quan, đơn vị … trước ngày …` asks every addressed body.
            # Only that request: the letter's other paragraphs are the prose recognisers'.
            text = _REQUESTER.sub("", _ON_BEHALF.sub("", text), count=1)
            if not (text := _every_headed(text)):
                continue
        if organising and _APPENDIX.match(fold(text)) and len(text.split()) <= 10:
            # `PHỤ LỤC: KHẨU HIỆU …` after the numbered duties: its numbered lines (slogans, a list of
            # titles) are no duties of `TỔ CHỨC THỰC HIỆN`.
            organising = False
            continue
        mark = mark_of(text)
        if mark and mark[0] == "roman" and (inline := _ORGANISING_INLINE.match(fold(mark[2]))):
            # `IV. TỔ CHỨC THỰC HIỆN: Trưởng các phòng báo cáo … hằng tuần.`: the heading and its
            # one paragraph on a line, read as that paragraph under the heading
            organising = True
            text = printed = mark[2][inline.end() :]
            mark = None
        if not mark and read_table and line > after and _issuer_asks_lead_in(text):
            # `Ngoài các nội dung trên, <issuer> đề nghị:` under the task table: the issuer's closing
            # points follow, numbered, read as under `TỔ CHỨC THỰC HIỆN` (a named unit's duty, the
            # standing body's, every unit's request by a day or a round).
            organising, asked = True, False
            continue
        if (
            (mark and _ORGANISING.match(fold(mark[2])) and len(mark[2].split()) <= 6)
            or _ORGANISING_MISREAD.match(" ".join(fold(text).split()))
            or _ORGANISING_LABEL.match(" ".join(fold(text).split()))
        ):
            organising, asked = True, False
            continue
        if mark and mark[0] == "roman":
            results = names_results(f"I. {mark[2]}")  # a report's results part: what was done
            parted = True
        if mark and mark[0] in ("roman", "number", "decimal"):
            asked = asks_every_heading(mark[2], due_in)
            if asked:
                continue
        elif asked and mark and mark[0] in _POINT_MARKS:
            # `a) Nộp đủ số tiền thuế còn nợ … trước ngày 31/12/2026;` under `2. Đề nghị các doanh
            # nghiệp …`: a request to every body the part asks, an item with no lead where it prints
            # a day or a round of its own; an undated exhortation (`b) Chấp hành nghiêm …`) is not.
            if not prints_date_or_recurrence(due_in(mark[2])):
                continue
            item = RawItem(content=mark[2], line=line, due=due_in(mark[2]))
            lower(item, 0.9, "no_lead")
            found.append(item)
            continue
        elif not mark:
            asked = False
        timed = (
            parted  # (a numbered duty right under the table, no part of its own: the prose readers')
            and not organising
            and read_table
            and not results
            and not above_appendix
            and line >= letter_end
            and _numbered_timed_duty(text)
        )
        if mark and organising and mark[0] in ("number", "decimal"):
            text = mark[2]
        elif timed:
            # `II. CÁC NHIỆM VỤ BẢO ĐẢM` under the task table, over `1. Phòng X ban hành … trước
            # ngày 15/01/2027`, `3. Phòng Y bảo đảm …; thực hiện thường xuyên`: a named unit's
            # numbered duty with a time of its own is its item outside `TỔ CHỨC THỰC HIỆN` too.
            text = mark[2]
        elif (
            mark
            and organising
            and mark[0] in ("dash", "plus")
            and (asks_report(fold(mark[2])) or (sends_to_unit(mark[2]) and prints_date(due_in(mark[2]))))
        ):
            # (a dash paragraph that is every unit's request: `- Các Bộ môn, Văn phòng Khoa báo cáo …
            # hằng tháng`, or every unit's products sent to a named unit or post by a day, `- Các tổ
            # chuyên môn nộp kế hoạch … về Phó Hiệu trưởng trước ngày 29/01/2027`, not undated; a named
            # unit's dash paragraph stays as it was read)
            text = mark[2]
        if _NOTE_LABEL_ALONE.match(" ".join(fold(text).split())):
            noted = True  # `Ghi chú:` alone: its points follow as `- …` lines
            continue
        if noted and (dash := _LIST_DASH.match(text)):
            text = printed = text[dash.end() :]
            mark = None
        elif noted and mark and mark[0] in _NOTE_POINT_MARKS:
            # `Ghi chú:` alone over notes marked `(1) …`, `(2) Các tổ chức tín dụng báo cáo … trước
            # ngày 10 hằng tháng.`, `1. …`: each note read as a paragraph of its own without its mark
            # (a remark or a background sentence stays none, as it would unmarked)
            text = printed = mark[2]
            mark = None
        else:
            noted = False
        # (under `TỔ CHỨC THỰC HIỆN` too where the paragraph opens with a general charge: the
        # request after it is the item, the charge none)
        unlabelled = not mark and (not organising or _general_charge_first(text, every_unit))
        if request := _labelled_request(text, every_unit, unlabelled=unlabelled):
            text = printed = request
        # `3. Đề nghị UBND các tỉnh … chỉ đạo …` under `TỔ CHỨC THỰC HIỆN`: a request to a body the
        # issuer does not command, a duty of that body even undated; so is such a paragraph unnumbered
        # that asks one named body for an act (`Đề nghị Ban đại diện cha mẹ học sinh nhà trường hỗ trợ
        # trang phục …`; not every body of a kind, `Đề nghị các đoàn thể quan tâm …`: _named_request).
        # Outside that heading, such an unnumbered request under a task table read is that body's
        # item where it prints a date of its own (`Đề nghị Sở Tư pháp bố trí kinh phí … trong quý
        # I/2027.`); an undated one there stays none (below: `dated`).
        requested = bool(_REQUESTED.match(fold(text))) and (
            (organising and (bool(mark) or _named_request(text)))
            or (not organising and not mark and read_table and line > after and _named_request(text))
        )
        if requested:
            text = text[_REQUESTED.match(fold(text)).end() :]
        if organising and (follow_up := _follow_up_sentence(text, UNIT_START, due_in)):
            text = printed = follow_up
        if not mark and line >= letter_end and (asking := _requester_asks_every(text, due_in, prints_date)):
            text = asking  # `Ban Thường trực đề nghị các tổ chức thành viên …; báo cáo …`: from `các …`
        if line >= letter_end and (headed := _every_headed(text)):
            text = headed  # `Thủ trưởng các đơn vị …`, `Trưởng các thôn …`: the units
        if (round_first := ROUND_FIRST.match(fold(text))) and asks_report(text[round_first.end() :]):
            # `Định kỳ hằng quý (trước ngày 15 …), các phòng báo cáo kết quả …`: the round opens the
            # sentence, its subject after it; read from the subject, the round kept in what is printed
            round_phrase = text[: round_first.end()].strip(" ,")
            text = f"{text[round_first.end() :]} ({round_phrase})"
        else:
            round_phrase = ""
        lead_bodies = bool(_LEAD_BODIES.match(_BASED_ON.sub("", fold(text))))
        # (every body of a kind by another word, `Các Đoàn trực thuộc`, `Hội LHPN các xã, phường`,
        # where it is asked for a report)
        every = lead_bodies or bool(EVERY_UNIT.match(_BASED_ON.sub("", fold(text))))
        every = every or asks_report(_BASED_ON.sub("", fold(text)))
        # `1. Các Cục được giao chủ trì …` under `TỔ CHỨC THỰC HIỆN`: every unit of the kinds that
        # lead the tasks read (`Cục …`), as `Các phòng …` over rows led by `Phòng …`.
        every = every or (organising and bool(mark) and names_lead_kinds(fold(text), leads))
        # Under `TỔ CHỨC THỰC HIỆN` the parties may give named units a standing duty (`Hai bên giao
        # <unit> và <unit> làm đầu mối …, hằng quý …`): the units given lead it.
        given = organising and not every and bool(_PARTIES_GIVE.match(fold(text)))
        # `Giao Văn phòng Sở theo dõi, …, báo cáo … trước ngày 30/10/2027.`: the issuer gives the named
        # unit a duty, read as the unit's own (dated, outside `TỔ CHỨC THỰC HIỆN`).
        # (Under `TỔ CHỨC THỰC HIỆN` too, an unnumbered one: `2. Tổ chức thực hiện` over `Giao …`.)
        gives = (not organising or not mark) and bool(
            (m := _GIVES.match(fold(text))) and UNIT_START.match(fold(text)[m.end() :])
        )
        if (
            not every
            and not given
            and not gives
            and (not (UNIT_START.match(fold(text)) or body_named(text, 0)) or _HEAD_ASKS.match(fold(text)))
        ):
            # `Giám đốc yêu cầu các đơn vị …; Phòng An toàn tổ chức kiểm tra …, báo cáo … trước ngày
            # 25/01/2028.`: a later clause that is a dated duty of the unit it starts with.
            if clause := _dated_unit_clause(text, UNIT_START, due_in, prints_date):
                text = printed = clause
            elif not UNIT_START.match(fold(text)):
                continue
        due = due_in(text) or ("định kỳ" if given and _PERIODIC.search(fold(text)) else "")
        if round_phrase and prints_date(due):
            # `Định kỳ 6 tháng và năm, các đơn vị báo cáo … trước ngày 10/6/2027 và ngày 10/12/2027`:
            # the round the request opens with is its time; the days printed are its rounds' days.
            due = round_phrase
        # Under `TỔ CHỨC THỰC HIỆN` a request to every unit may recur (`… báo cáo kết quả …
        # trước ngày 25 hằng tháng`); a bare note after the table that does is the table's rule.
        recurring = prints_date_or_recurrence(due) or due == "định kỳ"
        dated = recurring if (every or given) and organising else prints_date(due)
        if requested and not organising:
            # a named body's request under the table: a day, or a quarter or month of a year
            # (`trong quý I/2027`, `trong tháng 02/2027`), is a time of its own
            dated = prints_date(due) or bool(_YEAR_PART.search(fold(due)))
        if (
            not dated
            and every
            and recurring
            and (_DEADLINE_DAY.search(fold(text)) or _DEADLINE_WEEKDAY.search(fold(text)))
        ):
            # the lead units' own periodic report; or every unit's products sent to a named unit by
            # a day each round (`Các phòng, bộ phận gửi biên bản nghiệm thu … về Phòng Kỹ thuật trước
            # ngày 25 hằng tháng`): a closing reporting request (not one with no day of its own); the
            # day may be a weekday each week (`Các Đội đăng ký … trước 15h00 thứ Năm hằng tuần`)
            dated = lead_bodies or names_lead_kinds(fold(text), leads) or sends_to_unit(text)
        if not dated and every and recurring and asks_report(_BASED_ON.sub("", fold(text))):
            # a programme's closing reporting request (`Các đơn vị báo cáo kết quả thực hiện về Văn
            # phòng Sở trước ngày 20 hằng tháng`): a recurring item of the units it names, whoever
            # leads the tasks (tests/importing/corpus/README.md, "Closing reporting requests")
            dated = True
        if (
            not dated
            and not every
            and recurring
            and UNIT_START.match(fold(text))
            and _REPORTS_TO.search(fold(text))
        ):
            # `Văn phòng Sở tổng hợp …, báo cáo Giám đốc Sở vào tuần cuối của mỗi quý.`: a named
            # unit's own periodic report after the table, its duty as a dated one is
            dated = True
        if not dated and every and organising and mark and due:
            # `1. Các Cục được giao chủ trì … báo cáo … trong vòng 15 ngày kể từ khi kết thúc kiểm
            # tra`: the lead units' duty at a time each task sets (its due for a person to set).
            dated = names_lead_kinds(fold(text), leads)
        if (
            not dated
            and organising
            and recurring
            and (UNIT_START.match(fold(text)) or body_named(text, 0))
            and _DEADLINE_DAY.search(fold(text))
        ):
            # `Văn phòng Đảng ủy cụ thể hóa Chương trình …, trình … trước ngày 25 hằng tháng.` under `TỔ
            # CHỨC THỰC HIỆN`: a named unit's duty with a day of its own each round
            dated = True
        if not dated and organising and recurring and not every and staff_post_opens(text):
            # `Kế toán (cô …) lập dự toán, thanh toán … hằng tháng.` under `TỔ CHỨC THỰC HIỆN`: a
            # small body's staff post (a school's, a clinic's: no unit below it) given its own duty
            # by a round, unnumbered; its item, led by the post (not a unit's general charge)
            dated = True
        if not dated and gives and (not due or recurring) and _FOLLOWS_UP.search(fold(text)):
            # `Giao Văn phòng Sở theo dõi, đôn đốc các phòng, đơn vị thực hiện; …` after the table:
            # the issuer gives a named unit the follow-up of the tasks, its duty though undated (or
            # by a round: `…, định kỳ 6 tháng báo cáo … kết quả thực hiện`).
            dated = True
        if not dated and (organising or (not mark and read_table)) and not every and standing_body(text):
            # `Phòng X là cơ quan thường trực, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này …`
            # under `TỔ CHỨC THỰC HIỆN` after the tables, numbered or not: the standing body's duty, an
            # item even undated (it runs to the plan's end; corpus README, "Standing bodies"); so is
            # such a paragraph unnumbered after a task table read outside that heading (a programme
            # printing none: `Văn phòng Sở là cơ quan thường trực, theo dõi, …` under its table)
            dated = True
        dated = dated or timed
        if not dated and (every or not organising or not (mark or requested)):
            continue
        item = RawItem(content=printed, line=line, due=due)
        if every:
            lower(item, 0.9, "no_lead")
        elif (assigned := assignment_in(text)) is not None and assigned.lead:
            if not dated and not requested and _EVERY_HEAD.search(fold(assigned.lead)):
                continue  # "Thủ trưởng các cơ quan, đơn vị … chủ động triển khai": an exhortation
            if not dated and not requested and _directs_in_general(text, assigned.lead):
                continue  # "Phó Hiệu trưởng phụ trách chuyên môn chỉ đạo chung, …": a general charge
            item.lead, item.coordinating = standing_body_lead(text, assigned.lead), assigned.coordinating
            lower(item, 0.9, "guessed_lead")
        else:
            continue
        found.append(item)
    return found


def _answers(context: Context, recognisers) -> list[Recognised]:
    answers = []
    for recogniser in recognisers:
        answer = recogniser(context)
        if answer is not None and answer.items:
            before = sum(item.confidence for item in answer.items)
            mark_confidence(context.document, answer.items)
            # OCR and unreadable words found now lower the support as they lower the items.
            answer.support = round(answer.support * sum(item.confidence for item in answer.items) / before, 4)
            answers.append(answer)
    return answers


def _is_one_of(item, items) -> bool:
    return any(item is other for other in items)


def best(context: Context, recognisers=None) -> tuple[Recognised | None, list[Recognised]]:
    """The best-supported answer of the recognisers that apply, and every answer (for the error);
    the best answer of the other kind (prose or table) joins it where they share no line. Where
    none applies, the FALLBACKS' guesses."""
    answers = _answers(context, RECOGNISERS if recognisers is None else recognisers)
    if not answers and recognisers is None:
        for fallback in FALLBACKS:  # in order: a later one only where the earlier read nothing
            if answers := _answers(context, [fallback]):
                break
    chosen = None
    for answer in answers:
        if chosen is None or answer.support > chosen.support:
            chosen = answer
    if chosen is None:
        return None, answers
    prose = chosen.layout in PROSE_LAYOUTS
    requests = (
        []
        if prose
        else closing_requests(
            context.document,
            {item.line for item in chosen.items},
            [item.lead for item in chosen.items if item.lead],
        )
    )
    if requests:
        chosen.items = sorted(chosen.items + requests, key=lambda item: item.line or 0)
    others = [a for a in answers if (a.layout in PROSE_LAYOUTS) != prose]
    other = max(others, key=lambda a: a.support, default=None)
    if (
        other is not None
        and (len(other.items) >= COMBINE_MIN_ITEMS or _dated_duties(other.items))
        and measure_support(other.items, context.document, task_like=len(other.items))
        >= _combine_bar(context.document)
    ):
        # The prose reading of the closing paragraphs outweighs closing_requests' own reading of them.
        # (the same paragraph may be counted from another line by the two readers: a request the
        # prose reading gives in the same words is that one)
        other_lines = {item.line for item in other.items}
        other_texts = {fold(item.content).strip() for item in other.items}
        kept = [
            item
            for item in chosen.items
            if not (
                (item.line in other_lines or fold(item.content).strip() in other_texts)
                and _is_one_of(item, requests)
            )
        ]
        if not {item.line for item in kept} & other_lines:
            chosen = Recognised(
                f"{chosen.layout}+{other.layout}",
                sorted(kept + other.items, key=lambda item: item.line or 0),
                chosen.warnings + other.warnings,
                {**other.legend, **chosen.legend},
                support=chosen.support,
            )
    return chosen, answers
