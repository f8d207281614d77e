"""From the outline of numbered paragraphs to task items: which nodes are tasks, the lead a
heading gives the items below it, labelled fields, the legend of abbreviations (prose plans
and conclusions share it)."""

import re
from collections.abc import Callable
from dataclasses import dataclass

from engine.deadlines.parsing import parse_due, whole_month, within_month
from engine.importing.layouts.outline import (
    Node,
    inline_fields,
    numbered_period,
    outline,
    standing_period,
    walk,
)
from engine.importing.layouts.prose_facts import (
    ACTION,
    BEFORE_STEP,
    CHAIR_GIVES,
    EVERY_MEMBER,
    EVERY_UNIT,
    ROUND_FIRST,
    UNIT_START,
    Assignment,
    after_meeting_rule,
    asks_report,
    assignment_in,
    body_named,
    cited_day,
    closing_parenthesis,
    closing_sentence,
    coordinating_in,
    dashed_part,
    due_in,
    every_subject_end,
    folded_same_length,
    heading_unit_in_parentheses,
    holder_after_post,
    labelled_fields,
    lead_and_coordinating,
    marked_fields,
    member_heading,
    named_kind_subject,
    opening_post,
    parent_note_end,
    past_lead_in,
    prints_date,
    prints_date_or_recurrence,
    quoted_direction,
    reports_results,
    requested_body,
    roles_label,
    sends_to_unit,
    subject_gloss,
    time_field_doer,
    unit_heading,
    verb_follows,
)
from engine.importing.units import defined_names, has_abbreviation, names_a_unit, spells_out
from engine.text import fold

_SKIP_SECTION = re.compile(
    # (a results-based plan's `MỤC TIÊU CỤ THỂ VÀ HOẠT ĐỘNG`, `Mục tiêu, nhiệm vụ và giải pháp`
    # holds its tasks: the aims named with the activities are no section of aims alone)
    r"^(?![^:]{0,40}\b(?:va|,)\s+(?:cac\s+)?(?:hoat dong|nhiem vu|giai phap)\b)"
    r"(?:ve\s+)?(?:muc dich|yeu cau|muc tieu|quan diem|danh gia|ket qua dat|tinh hinh|can cu|"
    r"(?:nguon )?kinh phi|doi tuong|pham vi|hieu luc|dieu khoan|boi canh|thuc trang|su can thiet|"
    r"ton tai|han che|nguyen nhan|"
    # a report's results, difficulties and requests to a superior body: what was done or is asked
    # of others, not the tasks (those are under `nhiệm vụ thời gian tới`, `phương hướng …`);
    # `Đề xuất với UBND tỉnh`, `Đề xuất lên Bộ`: asked of the body named. An inspection's conclusion
    # closes with `KIẾN NGHỊ (CÁC BIỆN PHÁP) XỬ LÝ`: the measures it sets the inspected, its tasks.
    r"ket qua|kho khan|vuong mac|(?:de xuat,?\s*)?kien nghi(?!\s+(?:cac\s+)?(?:bien phap\s+)?xu ly)|"
    r"de xuat (?:cua|voi|len|gui)\b|de xuat$"
    # an event's time and place (`I. THỜI GIAN, ĐỊA ĐIỂM`, `… VÀ THÀNH PHẦN`): when and where it is held;
    # so with what is held there first (`II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM`: the events, the day, the
    # place; the tasks are under `PHÂN CÔNG NHIỆM VỤ`)
    r"|(?:noi dung,?\s*)?thoi gian,?\s*(?:va\s+)?dia diem(?:,?\s*(?:va\s+)?thanh phan(?: tham du)?)?\W*$)"
)
# A short form in parentheses right after the name it stands for: `(Ban QLDA)`, `(sau đây viết tắt là
# Phòng TC-KH)`; group 1 the short form.
_SHORT_FORM = (
    r"\((?:sau đây (?:gọi|viết) tắt là\s*:?\s*|gọi tắt là\s*)?"
    r"[“\"]?([A-ZĐ][\wĐ&.-]{1,15}(?: [\wĐ&.-]{1,12}){0,3})[”\"]?\)"
)
_ABBREVIATION = re.compile(r"([A-ZĐÀ-Ỹ][^()]{6,90}?)\s*" + _SHORT_FORM)
_SHORT_FORM_FIRST = re.compile(r"^\s*" + _SHORT_FORM)


# A lead-in over tasks that an amendment takes out of the plan (folded): `Đưa ra khỏi Kế hoạch các
# nhiệm vụ sau:`, `Rút các nội dung sau khỏi Chương trình công tác:`, `Bãi bỏ các nhiệm vụ sau:`, `Không
# thực hiện các hoạt động sau`, `Các nhiệm vụ đưa ra khỏi Kế hoạch`: what it lists is no task any more.
_TASK_NOUN = r"(?:(?:cac|nhung|mot so)\s+)?(?:nhiem vu|noi dung|hoat dong|cong viec|de an|chi tieu)"
_TAKEN_OUT = (
    r"(?:dua|rut|loai) (?:ra )?khoi|bai bo|huy bo|loai bo|xoa bo|khong (?:tiep tuc )?(?:thuc hien|trien khai)"
    r"|dung (?:thuc hien|trien khai)|dieu chinh giam"
)
_WITHDRAWN_TASKS = re.compile(
    rf"^{_TASK_NOUN}\s+(?:(?:duoc|bi|de nghi)\s+)?(?:{_TAKEN_OUT})\b"
    r"|^(?:dua|rut|loai) (?:ra )?khoi (?:ke hoach|chuong trinh|danh muc)\b"
    rf"|^(?:dua|rut|loai)\s+{_TASK_NOUN}\b[^:]{{0,60}}\bkhoi (?:ke hoach|chuong trinh|danh muc)\b"
    rf"|^(?:{_TAKEN_OUT})\s+{_TASK_NOUN}\s+(?:sau|so|tai|co ten|ra)\b"
)


def withdrawn(node: Node) -> bool:
    """The node is, or stands under, a lead-in listing the tasks an amending decision takes out of
    the plan (`4. Đưa ra khỏi Kế hoạch các nhiệm vụ sau:` over `a) Nhiệm vụ số 14: …`)."""
    return any(_WITHDRAWN_TASKS.match(fold(part.text)) for part in [node, *node.ancestors()])


# A paragraph opening an article of a decision (`Điều 2. …`), folded.
_ARTICLE = re.compile(r"^dieu\s+\d{1,2}\s*[.:]\s*")
# An article's sentence on the decision itself, not a duty: its entry into force, who carries it out.
_ON_THE_DECISION = re.compile(r"\bco hieu luc\b|\bthi hanh quyet dinh\b|\bchiu trach nhiem thi hanh\b")
# The issuer giving a unit the duty (`Giao Phòng X cập nhật …`), folded: the unit is its subject.
_GIVEN = re.compile(r"^giao\s+(?:cho\s+)?(?=\S)")


def article_duties(text: str, node: Node) -> list:
    """The dated duties of named units among the sentences of a decision's article printed as one
    paragraph after the plan's tasks (`Điều 2. Các nội dung khác … giữ nguyên. Văn phòng Sở cập nhật
    … trong 05 ngày làm việc kể từ ngày ký Quyết định này.`): each such sentence is a task; the
    article's other sentences (what stays, its entry into force) are none."""
    from engine.importing.model import RawItem

    article = _ARTICLE.match(fold(text))
    if article is None:
        return []
    duties = []
    for sentence in _FULL_STOP.split(text[article.end() :].strip()):
        sentence = sentence.strip()
        if not sentence or _ON_THE_DECISION.search(fold(sentence)):
            continue
        # (`Giao Phòng X cập nhật …`: the unit given the duty is its subject)
        subject = sentence[given.end() :] if (given := _GIVEN.match(fold(sentence))) else sentence
        duty = RawItem(content=subject, line=node.line, ref=ref_of(node), section=section_of(node))
        if _dated_duty(duty) or _duty_from_signing(duty):
            duty.content = sentence
            duties.append(duty)
    return duties


def _duty_from_signing(item) -> bool:
    """A sentence whose subject is a named unit and whose time is counted from the document's own day
    (`Văn phòng Sở cập nhật … trong 05 ngày làm việc kể từ ngày ký Quyết định này`): its lead and due set."""
    from engine.importing.event_dues import counts_from_own_day
    from engine.importing.recognition import lower

    due = due_in(item.content)
    if not (due and counts_from_own_day(due) and UNIT_START.match(fold(item.content))):
        return False
    found = assignment_in(item.content)
    if found is None or not found.lead or _COLLECTIVE.search(fold(found.lead)):
        return False
    item.lead, item.coordinating, item.due = found.lead, found.coordinating, due
    lower(item, 0.9, "guessed_lead")
    return True


# A plan grouping its duties under unit headings (this many items led so at least): its dated duties
# in the unnumbered paragraphs of a roman section (`III. TỔ CHỨC THỰC HIỆN`) are tasks, as in a plan
# that labels its tasks.
MIN_HEADED = 3


@dataclass
class _Group:
    lead: str = ""
    coordinating: str = ""
    leader: str = ""
    due: str = ""
    in_parentheses: bool = False  # the lead is a heading's closing parenthesis (`… (Phòng X):`)
    labelled: bool = False  # the lead is a field printed under the heading or after its items


# The words a short form keeps of its body's name before the initials (`Phòng` of `Phòng TC-KH`,
# `Trung tâm` of `Trung tâm PVHCC`), or the whole of a short form that is the name's first words
# (`Văn phòng` for `Văn phòng HĐND và UBND huyện`).
_KEPT_WORDS = re.compile(r"^((?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+)(?: [a-zđà-ỹ]+)*)(?= [A-ZĐ]{2}|$)")
# An abbreviation's run of capitals (`QLDA`, `TC-KH`), which a body named in words has not.
_CAPITALS = re.compile(r"[A-ZĐ]{2}")


def _named_before(text: str, short: str) -> str:
    """The body's full name that ends right before a short form's parenthesis: the last place in
    `text` where the words the short form keeps open a unit's name (`Phòng Kinh tế, Hạ tầng và Đô
    thị (Phòng KT-HT-ĐT)` → `Phòng Kinh tế, Hạ tầng và Đô thị`); "" where there is none."""
    kept = _KEPT_WORDS.match(short)
    if kept is None:
        return ""
    starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(kept.group(1))}\b", text)]
    for start in reversed(starts):
        full = text[start:].strip(" ,;")
        if full != short and len(full.split()) <= 16 and UNIT_START.match(fold(full)):
            return full
    return ""


def _spells_a_term(words: list[str], short: str) -> bool:
    """Whether a short form of capitals alone is the initials of the words right before it, and they
    name no unit: a term (`phòng cháy, chữa cháy rừng (PCCCR)`), not the body whose name precedes it
    (`Chi cục Kiểm lâm tỉnh về …`). A short form with a kind word (`Ban QLDA`) or spelling a unit's
    name (`Ban Quản lý dự án (BQLDA)`) is not taken here."""
    letters = short.replace("-", "").replace(".", "")
    if not letters.isalpha() or not letters.isupper() or len(letters) < 2 or len(words) < len(letters):
        return False
    term = words[-len(letters) :]
    initials = "".join(word.strip(",;-")[:1] for word in term).upper()
    return fold(initials) == fold(letters) and not UNIT_START.match(fold(" ".join(term)))


def legend_of(root: Node) -> dict[str, str]:
    """A body named in full once and abbreviated later: `Ban Quản lý dự án … số 1 (Ban QLDA số 1)`,
    `Phòng Tài chính - Kế hoạch (sau đây viết tắt là Phòng TC-KH)`, `Văn phòng HĐND và UBND huyện
    (Văn phòng)`."""
    legend: dict[str, str] = {}
    for node in (root, *walk(root)):  # the root's body: the opening paragraphs before any number
        for text in (node.text, *node.body):
            for m in _ABBREVIATION.finditer(text):
                full, short = m.group(1).strip(), m.group(2).strip()
                if named := _named_before(full, short):
                    legend.setdefault(short, named)
                    continue
                words = full.split()
                if _spells_a_term(words, short):
                    continue  # `… của Chi cục Kiểm lâm về phòng cháy, chữa cháy rừng (PCCCR)`: a term
                # The full name is the words that the short form's capitals start, counted from its end.
                capitals = sum(1 for ch in short if ch.isupper())
                full = " ".join(words[-max(capitals, 2) * 2 :]) if len(words) > capitals * 2 else full
                # ... where the short form prints an abbreviation's capitals (`Ban QLDA`, `Phòng
                # TC-KH`): a body named in words (`(Ban Thường vụ Hội)`) closing a task is its lead.
                if UNIT_START.match(fold(full)) and _CAPITALS.search(short[1:]):
                    legend.setdefault(short, full)
    return legend


def section_skipped(node: Node) -> bool:
    """Under a roman section, or a top-level heading however numbered (`## 1. Mục đích`, or a short
    title over paragraphs, `1. Đánh giá chung`), that names the aims, the budget, …: no tasks."""
    chain = [node, *node.ancestors()]
    roman = next((a for a in chain if a.kind == "roman"), None)
    if roman is None and (chain[-1].heading or (chain[-1].body and _is_title(chain[-1].text))):
        roman = chain[-1]
    return roman is not None and bool(_SKIP_SECTION.match(fold(roman.text)))


# Minutes (`BIÊN BẢN …`) record the meeting before the chair concludes (`IV. KẾT LUẬN CỦA CHỦ TRÌ`,
# `Ý kiến kết luận`). Before the conclusions, a top section of the time and place or of who attended
# gives no task; in the proceedings (`III. NỘI DUNG`, `Diễn biến cuộc họp`) the members' opinions
# (under `Ý kiến thảo luận:`) and a report told with its findings (`X báo cáo kết quả …: …`) give
# none either; anything else there (a unit's part ending in its tasks) is read as before.
_MINUTES = re.compile(r"^bien ban\b")
_CONCLUDING = re.compile(r"^(?:(?:y kien|noi dung|phan) )?ket luan\b")
_SETTING = re.compile(r"^(?:thoi gian|dia diem|thanh phan)\b")
_PROCEEDINGS = re.compile(r"^(?:dien bien|noi dung(?: (?:cuoc )?hop)?$)")
_OPINIONS = re.compile(r"^(?:cac )?(?:y kien|thao luan|phat bieu)\b")
_TOLD_REPORT = re.compile(r"^[^:;]{0,90}?\b(?:bao cao|trinh bay)\b[^:;]{0,60}:\s*\S")


def meeting_record(document, root: Node) -> tuple[set[int], set[int]]:
    """The ids of a minutes' top sections before its conclusions: those of its setting (no task at
    all) and those of its proceedings (none from opinions or told reports); empty elsewhere."""
    from engine.importing.blocks import Paragraph

    titles = [fold(block.text).strip(" *#") for block in document.blocks[:40] if isinstance(block, Paragraph)]
    if not any(_MINUTES.match(text) for text in titles):
        return set(), set()
    tops = [node for node in root.children if node.kind == "roman"]
    concluding = next((index for index, node in enumerate(tops) if _CONCLUDING.match(fold(node.text))), 0)
    heads = [(node, fold(node.text).strip(" .:")) for node in tops[:concluding]]
    return (
        {id(node) for node, text in heads if _SETTING.match(text)},
        {id(node) for node, text in heads if _PROCEEDINGS.match(text)},
    )


# An inspection's or a check's conclusion (`KẾT LUẬN THANH TRA`, `KẾT LUẬN KIỂM TRA`) tells its findings,
# its verdict and the measures already taken before it sets measures (`KIẾN NGHỊ (CÁC BIỆN PHÁP) XỬ LÝ`,
# `BIỆN PHÁP XỬ LÝ` not yet taken): only those, and what follows them, are tasks. So does the record
# an inspection team makes on the spot (`BIÊN BẢN KIỂM TRA`, `BIÊN BẢN` over `Kiểm tra …`): the
# situation and shortcomings found, then what it asks of the inspected (`KIẾN NGHỊ, YÊU CẦU`).
_INSPECTION = re.compile(r"^(?:ket luan|bien ban) (?:thanh tra|kiem tra|kiem toan)\b")
_MEASURES = re.compile(
    r"^(?:(?:kien nghi|de nghi)\s+)?(?:cac\s+)?(?:bien phap\s+)?xu ly\b(?!.*\bda\b)"
    # (what it asks: `KIẾN NGHỊ, YÊU CẦU`, `YÊU CẦU, KIẾN NGHỊ`, `CÁC YÊU CẦU KHẮC PHỤC`, `KIẾN NGHỊ`)
    r"|^(?:cac\s+)?(?:kien nghi|yeu cau|de nghi)(?:\s*(?:,|va)\s*(?:kien nghi|yeu cau|de nghi))*"
    r"(?:\s+(?:khac phuc|doi voi\s.{3,80}))?\s*:?$"
)


def _inspection_titled(document) -> bool:
    from engine.importing.blocks import Paragraph

    titles = [fold(block.text).strip(" *#") for block in document.blocks[:40] if isinstance(block, Paragraph)]
    # (`BIÊN BẢN` on a line of its own over `Kiểm tra …`: read as one title)
    return any(
        _INSPECTION.match(text if text != "bien ban" else f"{text} {after}")
        for text, after in zip(titles, [*titles[1:], ""], strict=False)
    )


def inspection_parts(document, root: Node) -> tuple[set[int], set[int]]:
    """The ids of an inspection conclusion's (or record's) top sections before the measures it sets,
    and of the section setting them; empty elsewhere."""
    if not _inspection_titled(document):
        return set(), set()
    tops = root.children
    measures = next((index for index, node in enumerate(tops) if _MEASURES.match(fold(node.text))), None)
    if not measures:
        return set(), set()
    return {id(node) for node in tops[:measures]}, {id(tops[measures])}


def inspection_findings(document, root: Node) -> set[int]:
    """The ids of an inspection conclusion's top sections before the measures it sets; empty elsewhere."""
    return inspection_parts(document, root)[0]


# An approved extension (`Thống nhất gia hạn thời gian thanh tra … thêm 15 ngày (đến hết ngày
# 26/11/2027)`, `Chấp thuận gia hạn …`, `Đồng ý cho lùi thời hạn …`): a decision taken, its date the
# time granted, no task's due; one sentence that assigns nothing.
_APPROVED_EXTENSION = re.compile(
    r"^(?:dong y|chap thuan|thong nhat)\s+(?:(?:cho|viec)\s+)?(?:gia han|keo dai|lui)\b"
)
_ASSIGNING = re.compile(r"\b(?:giao(?! (?:vien|duc|thong|dich|luu|nhan|dat))|yeu cau|de nghi|chu tri)\b|;")


def approves_extension(text: str) -> bool:
    """The paragraph only approves an extension of a time (no task of its own)."""
    folded = fold(text).strip(" -–+*")
    return bool(_APPROVED_EXTENSION.match(folded)) and not _ASSIGNING.search(folded)


def _recorded(node: Node, setting: set[int], proceedings: set[int]) -> bool:
    """A paragraph of the minutes' record (meeting_record): its setting, an opinion, a told report."""
    chain = [node, *node.ancestors()]
    if any(id(part) in setting for part in chain):
        return True
    if not any(id(part) in proceedings for part in chain):
        return False
    opinion = any(_OPINIONS.match(fold(part.text)) for part in chain)
    return opinion or bool(_TOLD_REPORT.match(fold(node.text)) and not due_in(node.text))


def _group_of(node: Node, inline: bool) -> _Group:
    """What a heading says for the items below it: a unit (`1. Sở Nội vụ:`), `Giao X chủ trì …:`,
    or a sentence ending in a colon (in its body) that assigns them."""
    group = _Group()
    if numbered_period(node):
        # `1. Quý I/2028` over its lines: a time, no unit (folded, `Quý` is also the `Quỹ` of a fund)
        group.due = node.text.rstrip(" :")
        return group
    if member := member_heading(node.text):
        group.lead = member  # `2. Bà <name> - Trưởng Trạm Y tế phường, Ủy viên:` over dash duties
        return group
    texts = [node.text] + [text for text in node.body if text.endswith(":")]
    for text in texts:
        if heading := unit_heading(text):
            group.lead = heading[0]
            break
        if unit := heading_unit_in_parentheses(text):
            group.lead, group.in_parentheses = unit, True  # `1. Công tác … (Bộ phận Kế hoạch):`
            break
        if text is not node.text and (asked := requested_body(text)):
            group.lead = asked  # `Đoàn kiểm tra yêu cầu Trường THCS Tân Phú:` over what it asks
            break
        if (inline or text.lower().startswith("giao") or lead_and_coordinating(text)) and (
            found := assignment_in(text)
        ):
            group.lead, group.coordinating, group.leader = found.lead, found.coordinating, found.leader
            break
    if not group.lead:
        # `### 1. Công tác đào tạo` over `Đơn vị chủ trì: <unit> (phụ trách: <name>)` and a list:
        # the labelled lead under the heading leads the items below it.
        for text in node.fields:
            found = labelled_fields(text) or {}
            if found.get("lead"):
                group.lead, group.coordinating = found["lead"], found.get("coordinating", "")
                group.labelled = True
                if m := _IN_CHARGE.search(group.lead):
                    group.lead, group.leader = group.lead[: m.start()].strip(" ,"), m.group(1).strip()
                break
        if group.labelled:
            # `- Thời gian thực hiện: …` among those fields (before or after the lead's): the time of
            # every item below, unless one prints a time of its own (`… (thực hiện hằng tháng)`).
            read = [labelled_fields(text) or {} for text in node.fields]
            group.due = next((found["due"] for found in read if found.get("due")), "")
            # (`- Cơ quan phối hợp: …` on a line of its own: the partners of every item too)
            group.coordinating = group.coordinating or next(
                (found["coordinating"] for found in read if found.get("coordinating")), ""
            )
    if inline or node.kind == "period":
        # a period heading (`Tuần 2 (10/5 – 16/5/2027)`, a line `Quý III:`): its last day
        group.due = due_in(node.text) or (node.text if node.kind == "period" else "")
        if standing_period(node.text) and "thuong xuyen" not in fold(group.due):
            group.due = "thường xuyên"  # `Công việc thường xuyên trong năm 2027`: ongoing, not the year
    return group


# A lead's closing `(phụ trách: <person>, <post>)`: the leader in charge, not part of the unit.
_IN_CHARGE = re.compile(r"\s*\((?:người |lãnh đạo )?phụ trách\s*:?\s*([^()]+)\)\s*$", re.IGNORECASE)
# A subject naming every body of a kind (`Thủ trưởng các cơ quan, đơn vị thuộc Bộ`): no unit leads.
_COLLECTIVE = re.compile(r"\bcac\b")


# A clause closing with its own time in parentheses (folded): `… 6 tháng đầu năm 2027 (tháng 6/2027)`,
# `… (quý III/2027)`, `… (dự kiến tháng 9)`, `… (trước ngày 30/6/2027)`.
_TIMED_CLAUSE_END = re.compile(
    r"\((?:du kien\s+|thoi gian\s*:\s*)?(?:truoc\s+|trong\s+)?(?:ngay\s+)?"
    r"(?:thang\s+\d{1,2}|quy\s+[ivx1-4]+|\d{1,2}\s*/\s*\d{1,2})(?:\s*/\s*\d{2,4})?\s*\)\s*[.;]?\s*$"
)


def timed_clauses(text: str) -> list[str]:
    """The clauses of a paragraph that lists two tasks or more split by `;`, each closing with its own
    time in parentheses (`Ban X: giám sát A (tháng 6/2027); giám sát B (tháng 8/2027).`), each a task
    of its own (the first keeps what opens the paragraph); `[text]` for any other paragraph."""
    parts, depth, start = [], 0, 0
    for at, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if ch == ";" and depth == 0:
            parts.append(text[start:at].strip())
            start = at + 1
    parts.append(text[start:].strip())
    parts = [part for part in parts if part]
    if len(parts) < 2 or not all(_TIMED_CLAUSE_END.search(fold(part)) for part in parts):
        return [text]
    return parts


def _times_itself(text: str) -> bool:
    """Whether a sentence prints a time of its own that dates or repeats it: a day, a period that
    ends on one (`trong quý III/2028`), a recurrence (`định kỳ hằng tuần`, `hằng ngày`); not a
    standing `thường xuyên` alone."""
    from engine.deadlines.parsing import parse_due

    due = due_in(text)
    return bool(due) and (prints_date_or_recurrence(due) or parse_due(due, year=2000).date is not None)


def _counted_from_own_day(text: str) -> bool:
    """Whether a sentence's time is counted from the document's own day (`trong thời hạn 20 ngày
    kể từ ngày ký văn bản này`)."""
    from engine.importing.event_dues import counts_from_own_day

    due = due_in(text)
    return bool(due) and counts_from_own_day(due)


# A task's time printed after a dash at its end (`<task> — chậm nhất ngày 30/7/2026.`).
_DASH_TIME = re.compile(r"\s[—–]\s+([^—–]{2,60}?)\s*[.;]?$")


def _time_after_dash(text: str) -> str:
    """The time a task prints after a closing em or en dash, where the deadline parser reads a
    date or a recurrence in it; "" otherwise (`Phòng Kế hoạch – Tài chính` is no time)."""
    from engine.deadlines.parsing import parse_due

    if (m := _DASH_TIME.search(text)) is None:
        return ""
    due = parse_due(m.group(1), year=2000)
    return m.group(1) if (due.date or due.recurrence) and not due.needs_review else ""


# A line that opens with its time, then a colon, then the sentence whose subject does it (`- Trước
# 15/3/2027: Tổ Toán hoàn thành …`, `+ Từ 01/3 đến 15/3: các nhân viên y tế thôn rà soát …`, `- Tháng
# 5/2027: giáo viên chủ nhiệm hướng dẫn …`, `- Sau mỗi đợt kiểm tra 05 ngày: …`): the time is short
# and opens with a time word; a date, a month, a quarter, a round or a count of days follows.
_TIME_FIRST = re.compile(
    r"^(?P<time>(?:truoc|tu|den|trong|ngay|thang|quy|tuan|sau|cham nhat|hang|dinh ky|giua|cuoi|dau)\b"
    r"[^:;.]{1,50}?)\s*:\s+(?P<rest>\S.*)$"
)
_TIME_FIRST_HAS = re.compile(r"\d|\b(?:hang|moi)\b")
# Verbs a subject is followed by besides a task's opening ones (ACTION): teaching, printing,
# handing out, analysing (each with what it takes, so a word of a name is none).
_SUBJECT_VERB = re.compile(
    r"^(?:day (?:on|hoc|bu|phu dao|them)|in (?:sao|an|de|tai lieu)|phat (?:to roi|tai lieu|thuoc|hien)"
    r"|phan tich)\b"
)
# Words that may open a subject in lower case: every body of a kind, or staff of a kind.
_KIND_SUBJECT = re.compile(
    r"^(?:cac|tat ca|toan the|giao vien|nhan vien|can bo|cong chuc|vien chuc|bac si|y si|dieu duong"
    r"|hoc sinh|sinh vien|doan vien|hoi vien|dang vien)\b"
)


def opening_time(text: str) -> str:
    """The time a task opens with before its colon when no subject follows it (`Ngày 22/01/2027: Tập
    huấn nghiệp vụ …`, `Ngày 04/01/2027: Hội nghị Ban Chấp hành …`, a programme's day for the task), as
    printed, where the deadline parser reads a date or a round in it; "" otherwise. Limits: only a
    short time opening with a time word and printing a number or a round (_TIME_FIRST; not `Trong
    tháng:`, `Thường xuyên:`), and nothing the parser leaves for review."""
    from engine.deadlines.parsing import parse_due

    m = _TIME_FIRST.match(folded_same_length(text))
    if m is None or not _TIME_FIRST_HAS.search(m.group("time")):
        return ""
    time = text[: m.end("time")].strip()
    due = parse_due(time, year=2000)
    return time if (due.date or due.recurrence) and not due.needs_review else ""


def time_first(text: str) -> tuple[str, str, str] | None:
    """`<time>: <subject> <verb> …` → (the time, the sentence, its subject): the subject is the words
    before the first verb printed in lower case (`Phó Hiệu trưởng phụ trách chuyên môn chủ trì …`,
    `giáo viên bộ môn dạy ôn tập …`, `Tổ A và Tổ B hoàn thành …`), up to ten words, no clause break,
    a name (a capital) or a kind of bodies or staff; None for any other line."""
    folded = folded_same_length(text)
    m = _TIME_FIRST.match(folded)
    if m is None or not _TIME_FIRST_HAS.search(m.group("time")):
        return None
    rest = text[m.start("rest") :].strip()
    folded_rest = folded[m.start("rest") :].strip()
    if ACTION.match(folded_rest):
        return None  # `Trước 15/3: hoàn thành …`: no subject
    for space in re.finditer(r"\s", folded_rest):
        start = space.end()
        if not rest[start : start + 1].islower():
            continue  # a verb printed with a capital is a word of a name (`Tổ Tổng hợp`)
        after = folded_rest[start:]
        if ACTION.match(after) or _SUBJECT_VERB.match(after):
            subject = rest[: space.start()].strip()
            if (
                len(subject.split()) <= 10
                and not re.search(r"[,;:()]", subject)
                and (subject[:1].isupper() or _KIND_SUBJECT.match(fold(subject)))
            ):
                return text[: m.end("time")].strip(), rest, subject
            return None
    return None


# A later clause whose subject takes part (`…; Đoàn trường phối hợp giữ trật tự.`).
_PARTNER_CLAUSE = re.compile(r"^\s*([A-ZĐÀ-Ỹ][^,;:()]{2,60}?)\s+(?:phối hợp|cùng tham gia)\b")


def _partner_clause(text: str) -> str:
    """The body a clause after the first names as taking part (`Tổ A in sao đề; Đoàn trường phối
    hợp giữ trật tự` → `Đoàn trường`); "" where none does."""
    for clause in text.split(";")[1:]:
        if m := _PARTNER_CLAUSE.match(clause):
            return m.group(1).strip()
    return ""


# A heading naming one month (`THÁNG 7`, `Tháng 10/2028`): the month of a day that prints none.
_ONE_MONTH = re.compile(r"\bthang\s*\d{1,2}\b(?!\s*(?:-|,|va|den)\s*(?:thang\s*)?\d)")
# Whether a time dates itself does not depend on the year.
_ANY_YEAR = 2000


# A task's own day in parentheses without a deadline word (`… tại Nhà văn hóa huyện (ngày 25/7)`).
_DAY_IN_PARENTHESES = re.compile(r"\((?:ngày\s+)?(\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)\)")


# A parenthesis that holds one full day alone and closes a sentence (`… tại xã Hòa Sơn (ngày
# 01/3/2027). Giao …`), folded: the day the activity the sentence names is held.
_EVENT_DAY = re.compile(
    r"\(\s*(?:du kien\s+)?(?:vao\s+)?ngay\s+(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s*\)\s*(?:[.;]|$)"
)


def _event_day(text: str) -> str:
    """The day an activity's sentence prints in a parenthesis of its own at its end (`Lễ ra quân …
    tại xã Hòa Sơn (ngày 01/3/2027). Giao Ban … chủ trì …`): a plan's event is due the day it is
    held; "" where no such parenthesis closes a sentence, or where the words before it cite a
    document (`Kế hoạch số 12/KH-UBND (ngày 05/01/2027).`), whose day it is."""
    folded = folded_same_length(text)
    for m in _EVENT_DAY.finditer(folded):
        if m.start() >= 15 and not cited_day(folded[: m.start()]):
            return text[m.start(1) : m.end(1)]
    return ""


def _closing_body(node) -> str:
    """A task's last body paragraph that is only a parenthesis (`(Phòng X; trước 15/12/2026)`), typed
    alone under its explanation; "" where there is none, where the node has points under it, or where
    the parenthesis opens a sentence that goes on (`(Phòng X) tổ chức …`)."""
    if node.children or not node.body:
        return ""
    last = node.body[-1].strip().rstrip(".;")
    if not (last.startswith("(") and last.endswith(")")) or last.find(")") != len(last) - 1:
        return ""
    return last


def _day_in_parentheses(text: str, period_due: str) -> str:
    """Under a period heading (`period_due`, its last day), the day a task prints in parentheses
    (`(ngày 15/5)`) is its own; without one the period's end is the due. Outside a period, a full
    day alone in a parenthesis closing a sentence is the activity's day (`_event_day`)."""
    if not period_due:
        return _event_day(text)
    if m := _DAY_IN_PARENTHESES.search(text):
        return m.group(1)
    return period_due


def in_heading_period(time: str, period_due: str) -> str:
    """A task's own time read inside the period heading above it (`period_due`, `THÁNG 7`): a day or
    a part of the heading's month (`ngày 15`, `trước ngày 10`, `tuần cuối`) takes its month, and a
    time that gives no date nor round (`cả tháng`, `theo lịch của Bộ`) is bounded by the period; the
    time as printed where there is no heading or it dates itself (`ngày 05/8`, `hằng tuần`)."""
    if not time or not period_due:
        return time
    if within_month(time):
        return f"{time} ({period_due})" if _ONE_MONTH.search(fold(period_due)) else time
    due = parse_due(time, year=_ANY_YEAR)
    return time if due.date or due.recurrence else f"{time} ({period_due})"


def _unit_after_dash(text: str) -> tuple[str, str] | None:
    """`<task> — <unit>` → (the task, the unit): a unit's name (a few words, one phrase) after the
    first spaced em or en dash from which all the rest is one; None otherwise. `Phòng Tài chính –
    Kế hoạch` stays whole: the tail is taken from the earliest dash that leaves a unit's name."""
    for m in re.finditer(r"\s[—–]\s+", text):
        head, tail = text[: m.start()].strip(), text[m.end() :].strip(" .;")
        if len(head.split()) < 3 or not tail or len(tail.split()) > 14:
            continue
        if UNIT_START.match(fold(tail)) and not re.search(r"[:()]|[.!?]\s", tail):
            return head, tail
    return None


# A label naming a body by the post that heads it: its holder is addressed, the body leads.
_POST_LABEL = re.compile(r"^(?:giam doc|chu tich|thu truong|chi huy truong|tong bien tap|chanh van phong)\b")


def _lists_bodies(label: str) -> bool:
    """A run-in label naming several bodies, each by its full name (`Cục A, Cục B và Thú y, Cục C`;
    a comma inside one name, `Sở Văn hóa, Thể thao và Du lịch`, opens no body's name)."""
    parts = [part for part in re.split(r"\s*[,;]\s*", fold(label).strip()) if part]
    return len(parts) >= 2 and all(UNIT_START.match(part) for part in parts)


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


def ref_of(node: Node) -> str:
    marks = []
    for part in reversed([node, *node.ancestors()]):
        if part.kind in ("dash", "plus"):
            siblings = [c for c in part.parent.children if c.kind == part.kind]
            marks.append(f"-{siblings.index(part) + 1}")
        elif part.mark:
            marks.append(part.mark)
    return ".".join(marks).replace(".-", "-")


def section_of(node: Node) -> str | None:
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
    # Per top section (roman numeral): its items, and whether any of them has a label or a lead.
    sections: dict[int, tuple[list[RawItem], list[bool]]] = {}
    section_duties: list[RawItem] = []  # dated duties in a roman section's unnumbered paragraphs
    organising: set[int] = set()  # one named unit's own duty under `TỔ CHỨC THỰC HIỆN`, led by it
    headed = 0  # the items led by the unit heading they stand under (`1. Tiểu ban Hậu cần …` over dashes)
    # A document that prints its tasks as headings (`### NV-01. <task>` over its fields): a list
    # item under no task heading (a contact section's `- Đầu mối: …`) is no task.
    task_headings = any(node.kind == "task" for node in walk(root))
    # A task list whose items carry a plugin's signed fields (`<task> 👤 <unit> 📅 <day>`, two or
    # more of them): an item with no sign (a contact section's `- Hộp thư: …`) is no task.
    signed = sum(marked_fields(node.text) is not None for node in walk(root)) >= 2
    setting, proceedings = meeting_record(document, root)
    findings, measures = inspection_parts(document, root)
    setting |= findings  # told, not set: no task at all
    absorbed: set[int] = set()  # the dash lines that list one task's contents (_lists_contents)
    parties: list[str] = []  # the bodies whose headings group their duties, in order
    item_nodes: dict[int, Node] = {}  # the node each numbered item was read from
    for text in root.body:
        section_duties.extend(article_duties(text, root))
    for node in walk(root):
        # A decision's later article printed under the last task of the article above (`Điều 2. …`
        # in the body of `b) …`): its dated duties are tasks, wherever it stands.
        for text in node.body:
            section_duties.extend(article_duties(text, node))
        if withdrawn(node):
            # A task an amendment takes out of the plan; a closing `Giao <unit> …` paragraph printed
            # under the last of them is no part of it.
            items.extend(duty for text in node.body if (duty := _assigned_paragraph(text, node)))
            continue
        # (an inspection's `KIẾN NGHỊ, YÊU CẦU` is the measures it sets, not a report's requests upward)
        measure = any(id(part) in measures for part in [node, *node.ancestors()])
        if (section_skipped(node) and not measure) or node.captions_table or id(node) in absorbed:
            if inline and _ANSWERED_PROPOSAL.match(fold(node.text)) and id(node) not in absorbed:
                # `3. Về đề xuất của Trung tâm X` in conclusions: the chair's answer, whose `Giao
                # <unit> …` sentences after the approval are tasks.
                for text in node.body:
                    items.extend(_assigned_sentences(node, _later_assignments(text)))
            continue
        if (setting or proceedings) and _recorded(node, setting, proceedings):
            continue
        if inline and not node.children and (answered := _proposal_answer(node.text)) is not None:
            # `- Đối với đề xuất … của Khoa X: Giám đốc đồng ý …. Giao Phòng Y …`: the `Giao …`
            # sentences are the tasks; a proposal refused or deferred (`chưa đồng ý`) gives none.
            for item in _assigned_sentences(node, answered):
                item.ref, item.section = ref_of(node), section_of(node)
                items.append(item)
            # (the notice's closing follow-up, printed after the last point, is its body's)
            items.extend(
                duty for text in node.body if follows_up(text) and (duty := _assigned_paragraph(text, node))
            )
            continue
        if approves_extension(node.text) and not node.children:
            continue
        if task_headings and not any(part.kind == "task" for part in [node, *node.ancestors()]):
            continue
        if signed and not node.children and marked_fields(node.text) is None:
            continue
        task_children = node.children
        node_fields = node.fields
        if not inline and _lists_contents(node):
            # `5. Công an huyện chủ trì tổ chức …, nội dung gồm:` over dash lines, then `Thời gian
            # thực hiện: …`: one task; its dash lines are its contents and their fields are its own.
            absorbed.update(id(child) for child in node.children)
            node_fields = node.fields + [text for child in node.children for text in child.fields]
            task_children = []
        if node.kind == "roman":
            groups[id(node)] = _group_of(node, inline)
            if inline:
                # `III. Ý KIẾN …` over a paragraph of proposals that closes with the chair's `Giám đốc
                # giao Phòng X …` sentence: that sentence is a task.
                for text in node.body:
                    items.extend(_assigned_sentences(node, _chair_assignments(text)))
                items.extend(_spoken_directions(node, root))
                items.extend(_request_as_roman_point(node))
                if not node.children and node is _last_roman(root):
                    # `III. TỔ CHỨC THỰC HIỆN` over `Các đơn vị báo cáo kết quả thực hiện … trước ngày
                    # 25/6/2027 …` closing conclusions: every unit's report with a time of its own is a
                    # task with no lead, as under the last point (corpus README, "Closing reporting
                    # requests are items"); a named unit's duty in a later sentence is its own.
                    for text in node.body:
                        closing = _closing_request_and_duties(text, node)
                        # … and a named unit's follow-up of the notice as the section's own paragraph
                        # (`II. TỔ CHỨC THỰC HIỆN` over `Văn phòng theo dõi, đôn đốc việc thực hiện
                        # Thông báo này, báo cáo … trước ngày …`), as after the last point; not every
                        # unit's (follows_up); once, where the chair's speech read it (_spoken_directions)
                        if (
                            not closing
                            and follows_up(text)
                            and (duty := _assigned_paragraph(text, node))
                            and not any(item.content == duty.content for item in items)
                        ):
                            closing = [duty]
                        items.extend(closing)
            if not inline and not node.children:
                # `III. TỔ CHỨC THỰC HIỆN` over unnumbered paragraphs: a dated duty of a unit among
                # them is a task (kept below where the plan labels its tasks).
                section = f"{node.mark}. {node.text}"
                for text in node.body:
                    text = past_answerability(text)
                    duty = RawItem(content=text, line=node.line, ref=node.mark, section=section)
                    if split := _standing_duty_then_request(text, node, section):
                        section_duties.extend(split)
                    elif _dated_duty(duty):
                        section_duties.append(duty)
                    elif (request := _later_report_request(text, node, section)) is not None:
                        section_duties.append(request)
            continue
        # A lead-in over sub-items that assigns a dated action of its own ("- Chủ trì, phối hợp … giải
        # phóng mặt bằng các đoạn tuyến dự kiến khởi công trước ngày 30/4/2026, trong đó:") is a
        # task too, besides heading them.
        dated_lead_in = bool(task_children) and inline and _dated_lead_in(node.text)
        # So is a whole dated task of a named body over sub-points that name their own doers.
        own_task = bool(task_children) and not inline and _task_over_own_tasks(node)
        if task_children:
            # (a task over its own tasks of other doers gives them nothing: each names its own)
            groups[id(node)] = _Group() if own_task else _group_of(node, inline)
            if (named := unit_heading(node.text)) and not named[1]:
                parties.append(named[0])  # `1. Hội Liên hiệp Phụ nữ phường` over `a) … c)`
            # A lead field over (or after) a group's items labels them as a field of each would.
            labelled += groups[id(node)].labelled and not inline
            if not (dated_lead_in or own_task or node.nests):
                continue
            # A list item with a list nested under it is a task of its own too (its sub-items
            # take what it prints: its lead, its leader); so is a lead-in with a dated action.
        inherited = _inherited(node, groups)
        roles = roles_label(node.text) if not node.children else None
        heading = (roles[0], roles[2]) if roles else unit_heading(node.text)
        if heading and not inline and time_first(node.text):
            heading = None  # `Quý III/2029: Phó Giám đốc … chủ trì …`: a time, not a unit, before the colon
        member = "" if heading else member_heading(node.text)
        if member:
            # A committee member over a paragraph of duties: the body the post heads leads them; a
            # general charge (`Phụ trách chung, chỉ đạo toàn diện …`) is no task, nor a closing
            # paragraph to every member (`Các thành viên Ban Chỉ đạo chịu trách nhiệm …`).
            general = bool(node.body) and fold(node.body[0]).startswith("phu trach chung")
            duties = [text for text in node.body if len(text) > 20 and not EVERY_MEMBER.match(fold(text))]
            heading = (member, "")
        if heading and not heading[1] and node.fields and not node.text.rstrip().endswith(":"):
            # `3. Thanh tra việc chấp hành …`, `1. Số hóa hồ sơ …` over labelled fields of its own:
            # a task whose first words read like a unit's name, not a unit heading its duties.
            heading = None
        contents = [node.text]
        if task_children is not node.children:
            contents = [" ".join([node.text, *(child.text for child in node.children)])]
        lead_from = ""
        closing_duties = []
        split_up = False
        shared_due = ""
        if dated_lead_in or own_task:
            pass
        elif inline and not heading and not node.children and (split := assignment_sentences(node.text)):
            # `2. Về quản lý đất đai: <context>. Yêu cầu Phòng X …. Văn phòng Y rà soát …`: each
            # sentence that assigns is a task of its own; the context around them is none.
            contents, split_up = split, True
        elif (
            not inline
            and not heading
            and not node.children
            and _beside_run_in_labels(node)
            and (split := _unit_clauses(node.text))
        ):
            # `5. Phòng A xây dựng …; Phòng B chuẩn bị …. Hội nghị dự kiến tổ chức ngày …` among `1. Vụ
            # X: <task>` duties: each unit's clause is a task of its own, led by it, due when it says
            # or else at the time the paragraph prints.
            contents, split_up, shared_due = split, True, due_in(node.text)
        elif heading:
            # The paragraph as printed ("Sở Xây dựng: Tiếp tục …"): the unit is also the lead.
            body, closing_duties = _before_closing(node)
            contents = [node.text] if heading[1] else [text for text in body if len(text) > 20]
            if not heading[1]:
                # (a paragraph under the label telling what the body did, `Năm 2027, Trung tâm đã xây
                # dựng 14 mô hình …`, is no duty of it)
                contents = [text for text in contents if not _tells_done(text)]
            if member:
                contents = [] if general else duties
            if roles:
                # `Phòng X (phối hợp: Khoa Y): Lập …`: the label is the lead and its partners, the
                # task the text after it.
                contents, inherited.coordinating = [heading[1]], roles[1]
            if heading[1] and (_POST_LABEL.match(fold(heading[0])) or _lists_bodies(heading[0])):
                # A run-in label naming the heads of bodies ("Chỉ huy trưởng Bộ Chỉ huy Quân sự
                # tỉnh, Giám đốc Công an tỉnh: xây dựng …"), or several bodies ("Cục A, Cục B, Cục C:
                # gửi …"): the task is the text after it.
                contents = [heading[1]]
            inherited.lead, lead_from = heading[0], "heading"
            if not heading[1] and not member and not roles:
                parties.append(heading[0])  # `1. Hội Liên hiệp Phụ nữ phường` over its duties
        elif (
            node.fields
            and not node.children
            and _is_title(node.text)
            and len(paragraphs := [text for text in node.body if len(text) > 40]) == 1
            and ((shared := _beside_shared_fields(node, groups)) or _described_activity(node))
        ):
            # `4. Công tác tuyên truyền` over one paragraph and its fields, beside titled groups of
            # lettered tasks that share their fields: the title heads a group of one task. So does a
            # numbered activity's topic (`1. Giám sát ca bệnh tại cộng đồng`) over the one paragraph
            # that describes it and its lead and due fields: the paragraph is the item. An activity's
            # topic is kept before its description (`Giám sát ca bệnh: Giám sát chủ động …`): readers
            # name the item by either (h613 by its topic, h834 by its description).
            contents = paragraphs if shared else [f"{node.text.rstrip(' .:;')}: {paragraphs[0]}"]
        elif node.text.endswith(":") and not node.fields and task_children is node.children:
            # A topic's title (`1. Quyết liệt trong chỉ đạo, điều hành:`) over the paragraph that
            # assigns it; over paragraphs and a table, they introduce the table's tasks.
            contents = [] if node.before_table else [text for text in node.body if len(text) > 20]
        elif (
            not inherited.lead
            and time_first(node.text) is None
            and not _doer_after_task(node)
            and (topic := _topic_and_task(node.text))
        ):
            contents = [topic]
        elif (
            not node.fields
            and _is_title(node.text)
            and not _closing_body(node)
            and (
                paragraphs := [
                    text
                    for text in node.body
                    if len(text) > 40 and not closing_charge(text) and not _courtesy_closing(text)
                ]
            )
        ):
            # `3. Thực hiện tuyên truyền trên các phương tiện thông tin đại chúng` over the
            # paragraphs that say who does what: each paragraph is a task (the document's closing
            # charge printed under the last title is none, nor its courtesy closing). Not a title
            # whose body ends with its own unit and time in a parenthesis alone (`(Tổ X; tháng
            # 3/2028)`): that title is the task, its paragraphs explain it.
            contents = paragraphs
        if not inline:
            # `Ban X: giám sát A (tháng 6/2027); giám sát B (tháng 8/2027).`: a task per clause
            contents = [part for content in contents for part in timed_clauses(content)]
        elif not (heading or split_up or dated_lead_in):
            # `Phòng A xây dựng … trước ngày 10/01; Phòng B kiểm tra … trước ngày 25/01.`: a task per unit
            contents = [part for content in contents for part in (timed_unit_clauses(content) or [content])]
        for content in contents:
            # `Chi bộ sinh hoạt thường kỳ vào ngày 05 hằng tháng. Các đồng chí … báo cáo tại kỳ sinh
            # hoạt tháng sau.`: the body's meeting day is how it works; the sentence after it the task
            content = after_meeting_rule(content)
            if not content or (content.endswith(":") and not heading and not dated_lead_in):
                continue
            speech = quoted_direction(content) if inline and not heading else None
            if speech is not None:
                # `Về …, đồng chí Bí thư chỉ đạo: “<unit> …”`: the leader's words are the task, the
                # body they (or the framing) name leads; words that only exhort are none.
                if not speech[0]:
                    continue
                content = speech[0]
            marked = marked_fields(content)
            if marked is not None:
                content = marked[0]
            own_fields = []
            if content is not node.text and not node.fields and (split := inline_fields(content)):
                # `2. Điều chỉnh đơn vị chủ trì của nhiệm vụ sau:` over `Nhiệm vụ số 8: <task>. Đơn
                # vị chủ trì: X; thời gian: Y.`: the paragraph's own fields, as a list item's are.
                content, own_fields = split[0], [split[1]]
            timed = None if (inline or heading) else time_first(content)
            if timed is not None:
                content = timed[1]  # the task from its subject on; the time is its due
            item = RawItem(content=content, line=node.line, ref=ref_of(node), section=section_of(node))
            item.lead, item.coordinating, item.leader = (
                inherited.lead,
                inherited.coordinating,
                inherited.leader,
            )
            if inherited.lead and not lead_from:
                lead_from = "heading"
            organising_duty = False
            kind_led = False  # led by every body of a kind: no sign the section names its units
            # (a closing follow-up in the body is a task of its own, below: none of this one's words)
            # (nor is every unit's report with a day of its own, printed under the last point: a
            # task of its own, below, whose day is none of this one's)
            body_sentences = [
                text
                for text in node.body
                if not (
                    inline
                    and (follows_up(text) or (not heading and _request_to_every_unit(text, node) is not None))
                )
                # (nor a named body's own dated duty after a label's last point: `_body_duty_after_point`)
                and (inline or _body_duty_after_point(text, node) is None)
                # (nor a dated duty of the point's doer after a connective: `_connective_duty`)
                and not _connective_duty(text, node)
            ]
            sentences = [content, *body_sentences] if not (heading or split_up or speech) else [content]
            sentence = " ".join(sentences)
            own = speech[1] if speech else None
            for text in sentences if speech is None else ():
                own = assignment_in(text) if inline or split_up else None
                if own is None and (pair := lead_and_coordinating(text)):
                    own = Assignment(*pair)
                if own is not None:
                    break
            if own is None and inline and speech is None:
                # `a) Về Chương trình X: Ban Y khẩn trương hoàn thiện …`, `đ) Đồng ý chủ trương …; Ban
                # Y xây dựng kế hoạch …`: the unit whose name opens the sentence after its topic, or
                # the clause after the chair's word on a proposal.
                own = _unit_after_topic(content) or _unit_after_approval(content)
            if own is None and (coordinating := coordinating_in(content)):
                item.coordinating = coordinating
            # `… (Phòng Kinh tế chủ trì; trước ngày 30/9/2026).`: the task's own lead and time, as a
            # label prints them; it outweighs a unit read at the sentence's start.
            # Under a period heading the task's time is the period's: a bare body closing it leads it.
            # So does one closing a point with no fields of its own among points that print theirs
            # (`5. Bố trí phương tiện … (Tổ Tổng hợp - Hậu cần).` beside `Phân công: …` lines): the
            # point's lead field printed inline (_among_fielded; not a list of bare points).
            dated = bool(due_in(content) or (not inline and inherited.due))
            dated = dated or (not inline and not node.fields and not node.children and _among_fielded(node))
            closing = closing_parenthesis(content, dated=dated) or closing_sentence(content)
            if closing is None and not inline and content is contents[-1] and (tail := _closing_body(node)):
                # `1. Khảo sát …` / `Chọn vùng …` / `(Phòng Kỹ thuật; trước 15/12/2026)`: the task's
                # parenthesis typed alone below its explanation closes the task, as it would inline.
                closing = closing_parenthesis(content + " " + tail, dated=dated)
            if (
                own
                and heading
                and heading[1]
                and len(heading[0]) > len(own.lead)
                and heading[0].startswith(own.lead)
            ):
                # `Trạm Y tế - Dân số: tiêm …`: the run-in label names the unit in full (up to its
                # colon); the sentence's reading stopped early, at a dash or a field of work.
                own.lead = heading[0]
            if own and own.lead and closing is None:
                item.lead, item.coordinating = (
                    own.lead,
                    own.coordinating or ("" if own.lead != inherited.lead else item.coordinating),
                )
                item.leader = own.leader or item.leader
                # `Sở Xây dựng: Tăng cường …` read inline: the sentence's unit is the run-in label's,
                # printed as a label, not guessed from the words.
                labelled_unit = bool(heading and heading[1] and own.lead == heading[0])
                lead_from = "label" if labelled_unit else "sentence"
            elif own and own.leader:
                item.leader = own.leader
            if inline:
                # A paragraph of the body read as a task of its own (a topic's conclusions) prints
                # its own time; the node's text reads with its body.
                item.due = due_in(sentence if content is node.text else content) or inherited.due
            else:
                # a label (`Thời gian thực hiện: …`) overrides it; under a period heading a task
                # without a time of its own is due at the period's end
                # (a printed deadline in the sentence before the day it opens with, `Ngày 04/01: …`)
                own_due = due_in(content) or _time_after_dash(content) or opening_time(content)
                if own_due and inherited.due and not _names_a_time(own_due):
                    own_due = ""  # `trong vòng 48 giờ kể từ …` under a group's printed time
                item.due = own_due or _day_in_parentheses(content, inherited.due) or shared_due
            if closing is not None:
                item.lead, item.coordinating, lead_from = closing.lead, closing.coordinating, "label"
                if closing.time:
                    item.due = due_in(closing.time) or closing.time
                    if not inline:
                        item.due = in_heading_period(item.due, inherited.due)
                labelled += not inline
            elif (
                not item.lead
                and not inline
                and _beside_unit_groups(node, groups)
                and UNIT_START.match(fold(content))
                and (found := assignment_in(content))
                and found.lead
            ):
                # `4. Văn phòng Sở theo dõi, tổng hợp …` beside `1. Công tác … (Phòng …):` headings:
                # the paragraph's subject leads it.
                item.lead, item.coordinating, lead_from = found.lead, found.coordinating, "sentence"
            elif (
                not item.lead
                and not inline
                and _beside_unit_groups(node, groups, labels=True)
                and UNIT_START.match(fold(content))
                and not EVERY_UNIT.match(fold(content))
                and (found := assignment_in(content))
                and found.lead
                and not _COLLECTIVE.search(fold(found.lead))
                and (
                    _times_itself(content)
                    or _counted_from_own_day(content)
                    or _opens_task(content, found.lead)
                )
            ):
                # `7. Văn phòng … tổng hợp …, báo cáo … trước ngày …` beside `1. Công an xã:` labels
                # over dash tasks: a duty printing its own time (a day, a period, `hằng tuần`; not
                # only `thường xuyên`; or days counted from the document's own, `trong thời hạn 20
                # ngày kể từ ngày ký`) whose subject is a named unit is led by it, and so is one
                # whose verb follows the unit's name right away (`6. Văn phòng … theo dõi, đôn đốc …`).
                item.lead, item.coordinating, lead_from = found.lead, found.coordinating, "sentence"
                if not item.due and (follow := _follows_up_this(content)):
                    # `5. Văn phòng … theo dõi, đôn đốc các cơ quan thực hiện nội dung văn bản
                    # này.` with no time: the named unit's standing follow-up of the letter itself.
                    item.due = follow
            elif (
                not item.lead
                and not inline
                and not node.children
                and node.kind in ("dash", "plus", "number", "decimal")
                and (UNIT_START.match(fold(content)) or body_named(content, 0))
                and not EVERY_UNIT.match(fold(content))
                # (a name read past a verb that ends no name, `Khoa X giám sát … tại các khoa`: up to it)
                and (found := _subject_body(content) or assignment_in(content))
                and found.lead
                and not _COLLECTIVE.search(fold(found.lead))
                and _opens_task(content, found.lead)
                and _beside_led_tasks(node, groups)
            ):
                # `- Phòng Kiểm soát chi thực hiện kiểm soát …` beside `- Hướng dẫn …. Đơn vị thực
                # hiện: Phòng Kiểm soát chi; …`, `- … (Phòng X thực hiện).` or `- Phòng Y:` over `+`
                # tasks: where the tasks beside it name their lead, one whose subject is a named unit,
                # its verb right after the name, names its lead that way.
                item.lead, item.coordinating, lead_from = found.lead, found.coordinating, "sentence"
            elif (
                not item.lead
                and not inline
                and _ADDRESSED.match(fold(content))
                and (found := assignment_in(content))
                and found.lead
            ):
                # `5. Giao Sở X theo dõi …`, `4. Đề nghị Ủy ban Y vận động …`: the body it addresses.
                item.lead, item.coordinating, lead_from = found.lead, found.coordinating, "sentence"
            elif (
                not item.lead
                and not inline
                and node.kind in ("number", "decimal")
                and (found := assignment_in(content))
                and found.lead
                and _addressed_body(found.lead, root)
                and _opens_task(content, found.lead)
            ):
                # `3. Trung tâm Đăng kiểm … bố trí kiểm định …` in a letter `Kính gửi: … - Trung tâm
                # Đăng kiểm …;`: a numbered point opening with a body the letter is addressed to, its
                # verb right after the name, is that body's.
                item.lead, item.coordinating, lead_from = found.lead, found.coordinating, "sentence"
            elif (
                not item.lead
                and not inline
                and (found := assignment_in(content))
                and found.lead
                and (
                    standing_body(content)
                    or (
                        (UNIT_START.match(fold(content)) or body_named(content, 0))
                        and _own_organising_duty(item, found.lead)
                    )
                )
            ):
                # `1. Phòng X là cơ quan thường trực, tham mưu … theo dõi, đôn đốc …` among points
                # that name their units (a labelled plan's organising section): the standing body
                # leads its duty, as it does where the section names no unit (_dated_duty); so does
                # one named unit its own duty there (`3. Văn phòng Sở bảo đảm kinh phí …`). (Such a
                # lead does not make the section one that names its units: see `known` below.)
                item.lead, item.coordinating = standing_body_lead(content, found.lead), found.coordinating
                lead_from, organising_duty = "sentence", True
                organising.add(id(item))
            elif (
                not item.lead
                and not inline
                and node.kind in ("number", "decimal", "dash", "plus")
                and _beside_results(node)
                and (UNIT_START.match(fold(content)) or body_named(content, 0))
                and not EVERY_UNIT.match(fold(content))
                and (found := assignment_in(content))
                and found.lead
                and _opens_task(content, found.lead)
            ):
                # A report's coming tasks (`I. KẾT QUẢ …` before them): `3. Trạm Y tế xã tổ chức
                # tiêm vắc xin …`, a numbered duty whose subject is a named unit, its verb right after
                # the name, is led by it; so is a dash duty under a topic's title (a Party cell's
                # resolution: `1. Lãnh đạo nhiệm vụ chuyên môn` over `- Tổ Tổng hợp tham mưu …`, `+ …`).
                item.lead, item.coordinating, lead_from = found.lead, found.coordinating, "sentence"
            elif not item.lead and not inline and content is node.text and _doer_after_task(node):
                # `c) Tập huấn nghiệp vụ …: Phòng X tổ chức 02 lớp …, trong tháng 01/2027` among points
                # that name their lead after the task (`…; Phòng Y chủ trì`, `(Văn phòng chủ trì)`):
                # the task before the colon, the body after it that does it.
                found = _task_then_doer(content)
                item.lead, item.coordinating, lead_from = found.lead, found.coordinating, "sentence"
            elif not item.lead and not inline and (found := _led_by_opening_unit(node, content, item.due)):
                # A point whose sentence opens with the unit that does it, in a document whose
                # other points show that it assigns that way (`_OPENING_UNIT_RULES`).
                item.lead, item.coordinating, lead_from = found.lead, found.coordinating, "sentence"
            elif not item.lead and own_task and (found := _subject_body(content)):
                # `- Phòng X phối hợp … xây dựng …, phát sóng trong tháng 12/2026.` over its own `+`
                # tasks of other doers (_task_over_own_tasks): the body it opens with leads it.
                item.lead, item.coordinating, lead_from = found.lead, found.coordinating, "sentence"
            elif (
                not item.lead
                and not inline
                and node.parent is not None
                and _task_over_own_tasks(node.parent)
                and (found := _subject_body(content))
            ):
                # `+ Trung tâm X cấp phát … trước ngày …` under such a task: the body it opens with.
                item.lead, item.coordinating, lead_from = found.lead, found.coordinating, "sentence"
            elif (
                not item.lead
                and not inline
                and not node.children
                and (kind := _dated_kind_subject(content, item.due))
            ):
                # `+ Các Hạt Kiểm lâm khu vực tổ chức … trước 31/12/2026.`: every body of a kind named by
                # its proper kind leads its dated point (undated, a general charge: no lead).
                item.lead, lead_from, kind_led = kind, "sentence", True
            if timed is not None:
                # `- Trước 15/3: Tổ Toán hoàn thành …`: the time it opens with is its due, the
                # sentence's subject its lead (`…; Đoàn trường phối hợp …` a partner).
                item.due, item.lead, lead_from = timed[0], timed[2], "sentence"
                item.coordinating = item.coordinating or coordinating_in(content) or _partner_clause(content)
                labelled += 1
            if not item.lead and not heading and (split := _unit_after_dash(content)):
                # `<task> — <unit>` (the unit in italics, after an em dash): the unit leads it.
                item.content, item.lead, lead_from = split[0], split[1], "label"
            if lead_from == "sentence":
                lower(item, 0.9, "guessed_lead")
            for text in [*node_fields, *own_fields]:
                labelled += 1
                _apply(item, labelled_fields(text) or {})
            if marked is not None:
                labelled += 1
                item.due = ""  # the signs say which day is the due: not a start or a done day
                _apply(item, marked[1])
            items.append(item)
            item_nodes[id(item)] = node
            headed += lead_from == "heading"
            top = next((a for a in [node, *node.ancestors()] if a.kind == "roman"), None)
            section_items, known = sections.setdefault(id(top), ([], [False]))
            section_items.append(item)
            # A unit's name alone as a title over its general duties (`1. Hiệu trưởng` / `Chỉ đạo
            # chung; …` under `III. TỔ CHỨC THỰC HIỆN`) names a role, not a task's lead.
            role_title = bool(heading) and not heading[1] and not member and not node.fields
            known[0] = known[0] or bool(
                node.fields or (item.lead and not role_title and not organising_duty and not kind_led)
            )
        if closing_duties:
            top = next((a for a in [node, *node.ancestors()] if a.kind == "roman"), None)
            items.extend(closing_duties)
            sections.setdefault(id(top), ([], [False]))[0].extend(closing_duties)
        if contents == [node.text] or roles or (split_up and not inline):
            # An unnumbered `Giao <unit> theo dõi, đôn đốc …` after the last numbered task: a task
            # of its own, not more of the one above it (in conclusions too, after a run-in unit's
            # `<li><strong>Phòng X:</strong> …</li>`, whose body is no part of its sentence); in a
            # conclusion's sentences, only a unit's follow-up of them all (`Văn phòng Sở theo dõi,
            # đôn đốc việc thực hiện các nội dung trên, báo cáo …`).
            top = next((a for a in [node, *node.ancestors()] if a.kind == "roman"), None)
            closed = {duty.content for duty in closing_duties}
            for text in node.body:
                if text in closed:
                    continue  # read above as the closing's request (`_before_closing`): once
                if (point := _connective_duty(text, node)) and (doer := _item_of(items, node)) is not None:
                    # `4. Bộ phận X thường xuyên kiểm tra …` / `Đồng thời, hoàn thiện hồ sơ … trước ngày
                    # 30/01/2027.`: a task of its own, done by the point's doer
                    point.lead, point.coordinating, point.leader = doer.lead, doer.coordinating, doer.leader
                    items.append(point)
                    sections.setdefault(id(top), ([], [False]))[0].append(point)
                    continue
                if inline and not heading and not follows_up(text):
                    # (under a conclusion's last point, every unit's report with a day of its own:
                    # `Các phòng báo cáo kết quả thực hiện … trước ngày 30/3/2026 …`)
                    if request := _request_to_every_unit(text, node):
                        items.append(request)
                    continue
                if duty := (
                    _body_duty_after_point(text, node)
                    or _assigned_paragraph(text, node)
                    or (measure and _measure_paragraph(text, node))
                ):
                    items.append(duty)
                    sections.setdefault(id(top), ([], [False]))[0].append(duty)
    for closing in root.closing:
        # what a notice's closing paragraph asks every unit after its formula, with a time of its own
        if request := _request_to_every_unit(closing.text, closing):
            items.append(request)
    for node in walk(root):
        # a note's run-in label the outline read as a field of the task above it (`Ghi chú: Từ tháng
        # 01/2027, các cơ quan, đơn vị báo cáo … trước ngày 25 hằng tháng.`): every unit's request
        # with a time of its own is an item of its own, as it would be unlabelled after the tasks
        for text in node.fields:
            if _NOTE_LABEL_FIRST.match(fold(text)) and (request := _request_to_every_unit(text, node)):
                request.section = "Ghi chú"
                items.append(request)
    if labelled and not inline:
        # A plan that labels its tasks: a section where no paragraph has a label or names a unit
        # (`IV. TỔ CHỨC THỰC HIỆN 1. Các phòng căn cứ Kế hoạch …`) says how the plan is run, except a
        # paragraph that is a dated duty of the unit it starts with (`Văn phòng Sở là đầu mối theo
        # dõi, tổng hợp, báo cáo … trước ngày 20/12/2026`): that is a task like the labelled ones.
        narrative = {
            id(item)
            for section_items, known in sections.values()
            if not known[0]
            for item in section_items
            if id(item) not in organising and not _dated_duty(item)
        }
        items = [item for item in items if id(item) not in narrative]
    led = sum(1 for item in items if item.lead)
    if section_duties and not inline and (labelled or headed >= MIN_HEADED or _led_plan(led, len(items))):
        # (in a plan grouping its duties under unit headings too: `Tiểu ban Hậu cần - Tài chính
        # quyết toán … trước ngày 29/02/2028` under `III. TỔ CHỨC THỰC HIỆN`; or in one whose tasks
        # each name the unit doing them, `1. … Đoàn Thanh niên tổ chức …`, `+ Tổ Văn nghệ: dàn dựng
        # …`, over `III. TỔ CHỨC THỰC HIỆN` `Tổ Văn phòng tổng hợp …, báo cáo … trước ngày 20/5/2029.`)
        items = sorted(items + section_duties, key=lambda item: item.line or 0)
    if measures:
        items = _follow_ups_split(items, item_nodes, measures)
    bare = _bare_among_fielded(items, item_nodes)
    bare |= _standing_instructions(items, item_nodes)
    _requests_after_charges(items)
    bare |= general_charges(items)
    bare |= {id(item) for item in items if _appendix_pointer(item)}
    items = [item for item in items if id(item) not in bare and not _no_task_stated(item)]
    _led_by_the_parties(items, list(dict.fromkeys(parties)))
    _led_by_named_parties(items, list(dict.fromkeys(parties)))
    _led_by_default(items, document)
    _month_of_neighbours(items)
    legend = legend_of(root)
    for item in items:
        # A lead printed as a short form the document defines (`Phòng TC-KH`) is the body it names.
        item.lead, item.coordinating = (
            expand_short_forms(item.lead, legend),
            expand_short_forms(item.coordinating, legend),
        )
    return items, legend, labelled


# A note naming the body that leads every task below unless one names another (`Khoa Kiểm soát bệnh
# tật và HIV/AIDS (sau đây gọi là Khoa KSBT) là khoa chuyên môn chủ trì các hoạt động dưới đây, trừ
# khi ghi khác.`, `Các nhiệm vụ sau đây do Phòng Văn hóa - Thông tin chủ trì, trừ trường hợp có ghi
# riêng.`): the body, before its parenthesis, `là …` or `chủ trì`.
_TASKS_BELOW = r"các\s+(?:hoạt\s+động|nhiệm\s+vụ|nội\s+dung|công\s+việc)\s+(?:dưới\s+đây|sau\s+đây)"
_UNLESS = r"(?:\s*,?\s*trừ\s+(?:khi|trường\s+hợp|nội\s+dung|nhiệm\s+vụ|hoạt\s+động)\b[^.;:]*)?\s*\.?$"
_DEFAULT_DOER = (
    re.compile(
        r"^(?P<unit>[A-ZĐ][^().;:,]{2,80}?)\s*(?:\([^()]*\)\s*)?(?:là\s+[^.;:]{0,60}?\s*)?chủ\s+trì\s+"
        r"(?:thực\s+hiện\s+)?" + _TASKS_BELOW + _UNLESS,
        re.IGNORECASE,
    ),
    re.compile(
        r"^"
        + _TASKS_BELOW
        + r"\s+do\s+(?P<unit>[A-ZĐ][^().;:,]{2,80}?)\s*(?:\([^()]*\)\s*)?chủ\s+trì(?:\s+thực\s+hiện)?"
        + _UNLESS,
        re.IGNORECASE,
    ),
)


def _led_by_default(items, document) -> None:
    """Gives each task with no lead after a note naming the body that leads the tasks below
    (`_DEFAULT_DOER`) that body (in place), within the section the first task after the note is in.
    Not a task that names its own lead, nor one before the note or in a later section (`TỔ CHỨC THỰC
    HIỆN`), nor where the note's body is no unit's name (`Các đơn vị chủ trì …` names none)."""
    for line in document.lines:
        text = " ".join((line.text or "").split())
        found = next((m for pattern in _DEFAULT_DOER if (m := pattern.match(text))), None)
        if not found or not names_a_unit(found.group("unit").strip()):
            continue
        after = [item for item in items if (item.line or 0) > line.number]
        if not after:
            continue
        for item in after:
            if item.section == after[0].section and not (item.lead or "").strip():
                item.lead = found.group("unit").strip()
        return


def _month_of_neighbours(items) -> None:
    """A point timed `cả tháng` (`trong tháng`, `suốt tháng`: the whole of a month it does not name)
    among points of the same section that print their days takes the month of the dated points right
    before and after it, where both fall in the same month (a Youth Month's activities, `ngày 26/3`,
    `cả tháng`, `tuần thứ 4 của tháng 3`): due at that month's end. Left as printed where a neighbour
    is missing, undated or in another month (a month's own plan reads it by its period)."""
    dates = [parse_due(item.due, year=_ANY_YEAR).date if item.due else None for item in items]
    for index, item in enumerate(items):
        if not whole_month(item.due):
            continue
        same = [i for i, other in enumerate(items) if other.section == item.section]
        before = next((dates[i] for i in reversed(same) if i < index and dates[i]), None)
        after = next((dates[i] for i in same if i > index and dates[i]), None)
        if before and after and before.month == after.month:
            item.due = f"{item.due} (tháng {before.month})"


def _most_of(count: int, total: int, least: int, share: float) -> bool:
    """Whether `count` of `total` points show a shape: at least `least` of them and at least `share`
    of all — the test every "a list whose points mostly …" rule below makes, each with its own figures."""
    return count >= least and count >= share * total


def _led_plan(led: int, total: int) -> bool:
    """Whether a plan's tasks are a unit's each: at least MIN_HEADED of them led, and most of them.
    Not a plan of a few led paragraphs among many unassigned ones (an outline of what to do): its
    closing section's dated sentences may be narrative there, as in an unlabelled plan they are."""
    return led >= MIN_HEADED and led * 2 > total


# The parties as the subject (folded): `Hai bên …`, `Hằng năm, hai bên …`, `Tháng 12/2028, cả hai bên
# …`, `Các bên …` — after at most a short opening clause (a time).
_THE_PARTIES = re.compile(r"^(?:[^,;:.()]{0,40},\s*)?(?:ca\s+)?(?P<count>hai|ba|cac)\s+ben\b(?!\s+lien quan)")
_PARTY_COUNTS = {"hai": 2, "ba": 3}


def _led_by_the_parties(items, parties: list[str]) -> None:
    """A duty whose subject is the parties (`hai bên`, `các bên`) in a programme of two or three
    bodies, each heading its own duties (`1. Hội Liên hiệp Phụ nữ phường`, `2. Công an phường`), is
    led by them all (in place): a closing note of who chairs one round (`(… chủ trì lần đầu …)`)
    names no other lead."""
    from engine.importing.recognition import lower

    if not 2 <= len(parties) <= 3:
        return
    for item in items:
        m = _THE_PARTIES.match(fold(item.content))
        if m is None or _PARTY_COUNTS.get(m.group("count"), len(parties)) != len(parties):
            continue
        item.lead, item.coordinating = "; ".join(parties), ""
        lower(item, 0.9, "guessed_lead")


# What may part the parties a closing request names (folded): a comma, `và`, or both.
_PARTY_SEPARATOR = re.compile(r"\s*(?:,\s*(?:va\s+)?|\s+va\s+)")


def _named_parties_subject(folded: str, parties: list[str]) -> list[str]:
    """The parties (their labels' names, `Ủy ban nhân dân các xã, phường`) a folded sentence opens with,
    every name of its subject one of them, parted by commas or `và`, a word in lower case after the
    last (its verb); [] where another word stands among them or fewer than two open it."""
    names = sorted(((fold(party), party) for party in parties), key=lambda pair: len(pair[0]), reverse=True)
    found, at = [], 0
    while True:
        match = next(((key, party) for key, party in names if folded.startswith(key, at)), None)
        if match is None or match[1] in found:
            return []
        found.append(match[1])
        at += len(match[0])
        separator = _PARTY_SEPARATOR.match(folded, at)
        if separator is None or not any(folded.startswith(key, separator.end()) for key, _ in names):
            break
        at = separator.end()
    return found if len(found) >= 2 and folded[at : at + 1] == " " else []


def _led_by_named_parties(items, parties: list[str]) -> None:
    """A closing request read with no lead (`_request_to_every_unit`: every unit of a kind) whose
    subject is two or more of the bodies the document's labels head their duties by, each named in
    full as its label prints it (`Ủy ban nhân dân các xã, phường, Trung tâm Dịch vụ việc làm tỉnh
    báo cáo kết quả …` under `1. Ủy ban nhân dân các xã, phường`, `2. Trung tâm Dịch vụ việc làm
    tỉnh`): those bodies lead it (in place). Not a subject with any other body or word among them
    (`Các đơn vị …`, `Ủy ban nhân dân các xã và các đơn vị …`), nor an item that has a lead."""
    from engine.importing.recognition import lower

    if len(parties) < 2:
        return
    for item in items:
        if item.lead or "no_lead" not in item.reasons:
            continue
        named = _named_parties_subject(fold(item.content), parties)
        if named:
            item.lead, item.coordinating = "; ".join(named), ""
            item.reasons = [reason for reason in item.reasons if reason != "no_lead"]
            lower(item, 0.9, "guessed_lead")


def expand_short_forms(text: str, legend: dict[str, str]) -> str:
    """`Phòng TC-KH` → `Phòng Tài chính - Kế hoạch (Phòng TC-KH)` where the document's legend defines
    it: the name written out, the abbreviation kept as printed beside it (a person, and the
    organisation's own list of units, may know the unit by either); a short form in words only
    (`Văn phòng` for `Văn phòng HĐND và UBND huyện`) gives way to the name. Each part of a list
    (`Phòng TC-KH, Ban QLDA`) alike, split by `;` where a name holds a comma; any other text stays as
    printed. The spaces in a short form do not count: `P.KT` is the legend's `P. KT`. A short form
    followed by a number (`Hạt QLĐB số 1`) is the unit of that number (`Hạt Quản lý đường bộ số 1`)."""
    if not text or not legend:
        return text
    names = {_unspaced(short): full for short, full in legend.items()}

    def spelt_out(part: str) -> str:
        short = " ".join(part.strip(" .").split())
        full, number = names.get(_unspaced(short)), ""
        if full is None and (numbered := _NUMBERED.match(short)):
            # `Hạt QLĐB số 1` under `Hạt QLĐB - Hạt Quản lý đường bộ`: the unit of that number
            full, number = names.get(_unspaced(numbered.group(1))), numbered.group(2)
            full = full and has_abbreviation(numbered.group(1)) and f"{full} {number}"
        if not full:
            return part
        if _unspaced(full) == _unspaced(short) or not has_abbreviation(short) or "," in short:
            # (a short form holding a comma, `TYT các xã, TT`, beside its name would read as two units)
            return full
        return f"{full} ({short})"

    if _unspaced(text.strip(" .")) in names:
        return spelt_out(text)  # the whole name, which may hold a `và` (`… và XTTM`)
    parts = re.split(r"(\s*[,;]\s*|\s+và\s+)", text)
    spelt = [spelt_out(part) for part in parts]
    if any("," in name for name in spelt[::2]) and len(spelt) > 1:
        # a name spelt out with a comma of its own (`Phòng An toàn, an ninh hàng hải`): the list's
        # commas become semicolons, so the names stay apart
        spelt[1::2] = ["; " if sep.strip() == "," else sep for sep in spelt[1::2]]
    return "".join(spelt)


# A short form and the number of one of the units it names: `Hạt QLĐB số 1`, `Trạm KL 2`.
_NUMBERED = re.compile(r"^(.+?)\s+((?:số\s+)?\d{1,3}[a-z]?)$")


def _unspaced(text: str) -> str:
    return "".join(text.split())


def _dated_lead_in(text: str) -> bool:
    """A sentence ending in a colon that names a day of its own and is no unit's heading."""
    return (
        text.rstrip().endswith(":")
        and len(text) > 60
        and unit_heading(text) is None
        and prints_date(due_in(text))
    )


# A sentence's end inside a paragraph: a full stop or a semicolon before a capital.
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])")


def _chair_assignments(text: str) -> list[str]:
    """The sentences of a paragraph in which the chair assigns a unit (`Giám đốc giao Phòng X …`)."""
    found = []
    for sentence in _SENTENCE_END.split(text):
        if CHAIR_GIVES.match(fold(sentence)) and (assigned := assignment_in(sentence)) and assigned.lead:
            found.append(sentence.strip())
    return found


def _spoken_directions(node: Node, root: Node) -> list:
    """In conclusions, the unnumbered paragraphs of a roman section (`II. NHIỆM VỤ TRỌNG TÂM`) that
    give the chair's directions as speech (`Về …, Chủ tịch chỉ đạo: “<unit> …”`, quoted_direction): an
    item each, led by the body the words (or the framing) name, due when they say; words that only
    exhort give none (a paragraph `Giám đốc giao Phòng X: “…”` is the chair's assignment, read by
    _chair_assignments). Where the notice speaks so, its follow-up paragraph there (`Văn phòng … theo
    dõi, đôn đốc …`) is an item too."""
    from engine.importing.model import RawItem
    from engine.importing.recognition import lower

    if not any(quoted_direction(text) for part in walk(root) for text in [part.text, *part.body]):
        return []
    items = []
    for text in node.body:
        speech = quoted_direction(text) if not _chair_assignments(text) else None
        if speech is None:
            if follows_up(text) and (duty := _assigned_paragraph(text, node)):
                items.append(duty)
            continue
        words, found = speech
        if not words:
            continue
        item = RawItem(content=words, line=node.line, ref=node.mark, section=f"{node.mark}. {node.text}")
        item.lead, item.coordinating = (found.lead, found.coordinating) if found else ("", "")
        item.due = due_in(words)
        lower(item, 0.9, "guessed_lead")
        items.append(item)
    return items


# A topic naming a body's proposal or request (`3. Về đề xuất của Trung tâm X`, `III. Về kiến nghị của
# UBND xã Y`), folded: in conclusions the chair's answer to it.
_ANSWERED_PROPOSAL = re.compile(r"^(?:ve|doi voi)\s+(?:cac\s+)?(?:de xuat|kien nghi|de nghi)\s+(?:cua|tai)\s")


# A list item answering one proposal (folded): `Đối với đề xuất …:`, `Về kiến nghị của … :`, then the answer.
_PROPOSAL_ANSWERED = re.compile(
    r"^(?:ve|doi voi)\s+(?:cac\s+)?(?:de xuat|kien nghi|de nghi)\b[^:]{3,200}:\s*\S"
)
# The chair declining a proposal, or putting it off (folded): `chưa đồng ý`, `không chấp thuận`.
_REFUSED = re.compile(r"\b(?:chua|khong)\s+(?:dong y|chap thuan|thong qua|xem xet)\b")


def _proposal_answer(text: str) -> list[str] | None:
    """The assigning sentences (`Giao <unit> …`) after a proposal's answer (`Đối với đề xuất … của
    Khoa X: Giám đốc đồng ý …. Giao Phòng Y lập dự toán …`); [] where the answer refuses it and
    assigns nothing; None where the text answers no proposal or assigns in its first sentence
    (read as any other point)."""
    folded = fold(text)
    if not _PROPOSAL_ANSWERED.match(folded):
        return None
    answer = text[text.index(":") + 1 :].strip()
    if later := _later_assignments(answer):
        return later
    return [] if _REFUSED.search(folded) else None


def _later_assignments(text: str) -> list[str]:
    """The `Giao <unit> …` sentences after a paragraph's first (`Chủ tịch UBND huyện thống nhất về chủ
    trương hỗ trợ …. Giao Phòng Tài chính - Kế hoạch thẩm định … trước ngày 05/10/2027.`): the
    assignments the chair's word leads to; [] where the paragraph opens by assigning or never does."""
    sentences = [piece.strip() for piece in _FULL_STOP.split(text) if piece.strip()]
    return [
        sentence
        for sentence in sentences[1:]
        if fold(sentence).startswith("giao ") and (found := assignment_in(sentence)) and found.lead
    ]


# A full stop before a capital: sentences, not the clauses a semicolon parts (`(2) Bộ X chủ trì …;
# Các bộ … gửi kết quả về Bộ X …; Bộ X tổng hợp …` is one task told in clauses).
_FULL_STOP = re.compile(r"(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])")
# A conclusion's topic before its sentences (`2. Về quản lý đất đai: …`, `Đối với dự án X: …`).
_TOPIC = re.compile(r"^(?:ve|doi voi)\s[^:.;]{3,80}:\s*")
# A sentence that assigns by its opening words: `Giao <unit> …`, `Yêu cầu <unit> …`, or the chair's
# word on a proposal that goes on to assign it (`Thống nhất đề xuất của …; giao <unit> thực hiện …`).
_OPENS_ASSIGNMENT = re.compile(
    r"^(?:giao|yeu cau|de nghi)\s|^(?:thong nhat|ghi nhan|dong y|chap thuan)\b[^.]*[;,]\s*giao\s"
)
# The chair's word on a proposal that opens a conclusion (`Đồng ý chủ trương mở 05 lớp …`, `Thống nhất
# phương án …`), folded: a clause after it may give the work to a unit by its name.
_APPROVAL_OPENS = re.compile(r"^(?:thong nhat|ghi nhan|dong y|nhat tri|chap thuan)\b")


def _unit_after_approval(text: str) -> Assignment | None:
    """`Đồng ý chủ trương …; Ban X xây dựng kế hoạch, trình …`: the unit that opens the first clause
    after the chair's word with its own verb (`_point_unit`); None where the conclusion opens otherwise,
    or the clause names every unit of a kind, or no clause opens with a named unit."""
    if not _APPROVAL_OPENS.match(fold(text)):
        return None
    for clause in text.split(";")[1:]:
        clause = clause.strip()
        if EVERY_UNIT.match(fold(clause)):
            return None
        if (found := _point_unit(clause)) is not None and found.lead and clause.startswith(found.lead):
            return found
    return None


# A sentence cut after a short form's full stop (`TP. Hồ Chí Minh`, `Q. 3`) goes on in the next.
_SHORT_FORM_END = re.compile(r"(?:^|\s)[A-ZĐ]{1,3}\.$")


def _assigning(sentence: str) -> bool:
    """Whether a sentence assigns a task: it opens by assigning a unit, or its subject is a named
    unit that goes on with a task's verb (`Văn phòng Sở tổng hợp …`, `Chi cục X chủ trì, phối hợp
    …`), or every unit of a kind is asked for something by a date (`Các phòng, đơn vị rà soát …
    trước ngày …`)."""
    folded = fold(sentence)
    if EVERY_UNIT.match(folded):
        due = due_in(sentence)  # a date, a round, or a count of days (`trong mười ngày kể từ …`)
        return prints_date_or_recurrence(due) or bool(re.search(r"\d|\bngay\b", fold(due)))
    found = assignment_in(sentence)
    if found is None or not found.lead:
        return False
    if _OPENS_ASSIGNMENT.match(folded):
        return True
    if not sentence.startswith(found.lead):
        return False
    after = fold(sentence[len(found.lead) :]).lstrip(" ,;-–")
    return bool(ACTION.match(after)) or after.startswith(("chu tri", "phoi hop voi"))


# A sentence that says to whom the units answer (`Thủ trưởng các cơ quan … chịu trách nhiệm trước Chủ
# tịch UBND … về tiến độ, kết quả`): context before the duty the paragraph goes on to give.
_ANSWERS_TO = re.compile(r"\bchiu trach nhiem truoc\b")


def past_answerability(text: str) -> str:
    """A paragraph without its opening sentences that only say to whom the units answer (and print no
    date): `Các đơn vị … chịu trách nhiệm trước Chủ tịch UBND xã về kết quả. Phòng X tổng hợp …
    trước ngày …` → `Phòng X tổng hợp … trước ngày …`; the text as it is where nothing else is left."""
    sentences = [piece.strip() for piece in _FULL_STOP.split(text) if piece.strip()]
    start = 0
    while (
        start < len(sentences) - 1
        and _ANSWERS_TO.search(fold(sentences[start]))
        and not prints_date(due_in(sentences[start]))
    ):
        start += 1
    return " ".join(sentences[start:]) if start else text


# A clause that only gives the time the clauses before it share (`hoàn thành ngay trong tháng 11/2027`,
# `xong trước ngày 30/9`, `thời gian: quý III/2028`).
_SHARED_TIME = re.compile(
    r"^(?:(?:hoan thanh|thuc hien xong|xong)\b|thoi gian(?: thuc hien| hoan thanh)?\s*:)"
)


# Words after a unit's name that tell no task of its own (`…; Phòng Y phối hợp …`, `…; Ban X đã …`).
_NO_OWN_TASK = re.compile(r"^(?:va|cua|cung|phoi hop|tham gia|la|da|duoc|co|se|dang|chiu)\b")


def _unit_acts(clause: str, lead: str) -> bool:
    """A clause that opens with a named unit and goes on with a verb of its own in lower case
    (`Đài Truyền thanh huyện phát sóng …`), one the task verbs may not list."""
    after = clause[len(lead) :].strip()
    return (
        bool(UNIT_START.match(fold(clause))) and after[:1].islower() and not _NO_OWN_TASK.match(fold(after))
    )


def _beside_run_in_labels(node: Node) -> bool:
    """A paragraph among numbered duties printed `<unit>: <task>` (two or more such run-in labels
    among its siblings of its kind)."""
    parent = node.parent
    if parent is None:
        return False
    return sum(1 for sibling in _run_in_labels(parent, node.kind) if sibling is not node) >= 2


# How many other points of a section must print who leads them for a point opening with a body to
# be led by it (`_beside_labelled_leads`).
_LABELLED_LEADS = 2


def _beside_labelled_leads(node: Node) -> bool:
    """Whether a point stands in a section (its top heading, `III. NỘI DUNG HOẠT ĐỘNG`) in which at
    least _LABELLED_LEADS other points print who leads them in a closing parenthesis or sentence
    (`(Ban Tuyên giáo; tuần 2 tháng 3/2027)`, `… . Giao Ban X chủ trì, phối hợp …`): a plan that
    names the lead of each of its activities. Where the points are numbered straight through the
    sections, the sections they run through are one list (`_numbered_through`)."""
    top = node
    while top.parent is not None and top.kind != "roman":
        top = top.parent
    labelled = [other for section in _numbered_through(top) for other in _labelled_lead_points(section)]
    return sum(1 for other in labelled if other is not node) >= _LABELLED_LEADS


def _numbered_through(top: Node) -> list[Node]:
    """The roman sections whose numbered points run on as one list with those of `top` (`I.` over
    `1.`–`2.`, `II.` over `3.`–`4.`, `III.` over `5.` …: a programme numbering its points straight
    through its sections), `top` among them; `[top]` where `top` is no roman section or the
    sections each number their points from 1 again. A section with no numbered point neither
    breaks the run nor joins it."""
    if top.kind != "roman" or top.parent is None:
        return [top]
    runs: list[list[Node]] = [[]]
    following = None  # the number the next section's first point takes if the numbering runs on
    for section in (other for other in top.parent.children if other.kind == "roman"):
        numbers = [int(c.mark) for c in section.children if c.kind == "number" and c.mark.isdigit()]
        if not numbers:
            continue
        if following is None or numbers[0] != following or numbers[0] == 1:
            runs.append([])
        runs[-1].append(section)
        following = numbers[-1] + 1
    return next((run for run in runs if top in run), [top])


def _labelled_lead_points(top: Node) -> list[Node]:
    """The points under a section with no children of their own whose closing parenthesis or
    closing sentence names the body that leads them; read once per section (every point asks)."""
    cache = top.__dict__.setdefault("_labelled_lead_points", None)
    if cache is None:
        cache = [
            point
            for point in walk(top)
            if point is not top
            and not point.children
            and (
                closing := closing_parenthesis(point.text, dated=bool(due_in(point.text)))
                or closing_sentence(point.text)
                or next(filter(None, map(time_field_doer, point.fields)), None)
            )
            is not None
            and closing.lead
        ]
        top.__dict__["_labelled_lead_points"] = cache
    return cache


def _run_in_labels(parent: Node, kind: str) -> list[Node]:
    """A node's children of a kind, with no children of their own, printed `<unit>: <task>`; read
    once per node and kind (every sibling asks: a long list would read them all again)."""
    cache = parent.__dict__.setdefault("_run_in_labels", {})
    if kind not in cache:
        cache[kind] = [
            child
            for child in parent.children
            if child.kind == kind
            and not child.children
            and (found := unit_heading(child.text)) is not None
            and found[1]
        ]
    return cache[kind]


def _unit_clauses(text: str) -> list[str]:
    """A paragraph whose first sentence gives two or more named units a task each in clauses parted
    by `;`, every clause opening with its unit and its own verb (`Phòng A (Văn phòng Bộ) xây dựng …;
    Phòng B chuẩn bị …`) → those clauses; [] otherwise (the sentences after it are their context)."""
    first = _FULL_STOP.split(text.strip(), maxsplit=1)[0]
    clauses = [clause.strip(" .") for clause in first.split(";") if clause.strip(" .")]
    if len(clauses) < 2:
        return []
    leads = []
    for clause in clauses:
        found = assignment_in(clause)
        if found is None or not found.lead or not clause.startswith(found.lead):
            return []
        after = re.sub(r"^\s*\([^()]*\)", "", clause[len(found.lead) :]).strip()
        if not after[:1].islower() or _NO_OWN_TASK.match(fold(after)) or fold(found.lead) in leads:
            return []
        leads.append(fold(found.lead))
    return [f"{clause}." for clause in clauses]


def timed_unit_clauses(text: str) -> list[str]:
    """A conclusion's one-sentence paragraph that gives two or more named units a task each in
    clauses parted by `;` (`_unit_clauses`), every clause with a time of its own (`Phòng A xây dựng
    lịch trực, trình … trước ngày 10/01/2027; Phòng B kiểm tra … trước ngày 25/01/2027.`, `hằng
    tháng`) → those clauses, a task each; [] otherwise: a clause with no time of its own (`…; Phòng B
    phối hợp …`, `…; Phòng B tổng hợp …`) may be a step of one task, and a paragraph of several
    sentences is read as it stands."""
    if len([piece for piece in _FULL_STOP.split(text.strip()) if piece.strip()]) != 1:
        return []
    clauses = _unit_clauses(text)
    return clauses if all(_times_itself(clause) for clause in clauses) else []


def _assigning_clauses(sentence: str) -> list[str]:
    """A `Giao <unit> …` sentence whose later clauses after `;` each open with another named unit
    and its task (`Giao Văn phòng tổ chức đối thoại …; Công an xã bảo đảm an ninh …; hoàn thành
    trong tháng 11/2027`) → one task for each unit, a last clause that only gives the time shared
    by those without a time of their own; [] where fewer than two units are given tasks so. A
    clause of another kind (`…; báo cáo kết quả …`, `…; Phòng Y phối hợp …`) goes on the task before it."""
    clauses = [clause.strip() for clause in sentence.split(";") if clause.strip()]
    if len(clauses) < 2 or not re.match(r"(?:giao|yeu cau|de nghi)\s", fold(clauses[0])):
        return []
    shared = ""
    if _SHARED_TIME.match(fold(clauses[-1])) and due_in(clauses[-1]):
        shared = clauses.pop().rstrip(" .")
    tasks: list[list[str]] = []
    leads: list[str] = []
    for clause in clauses:
        found = assignment_in(clause)
        lead = found.lead if found else ""
        opens = bool(lead) and (not tasks or (clause.startswith(lead) and not _PARTNER_CLAUSE.match(clause)))
        if opens and tasks and not (_assigning(clause) or _unit_acts(clause, lead)):
            opens = False
        if opens and fold(lead) not in (fold(known) for known in leads):
            tasks.append([clause])
            leads.append(lead)
        elif tasks:
            tasks[-1].append(clause)
        else:
            return []
    if len(tasks) < 2:
        return []
    joined = ["; ".join(parts).rstrip(" .") for parts in tasks]
    return [f"{task}; {shared}." if shared and not due_in(task) else f"{task}." for task in joined]


def assignment_sentences(text: str) -> list[str]:
    """The sentences of a conclusion's paragraph that each assign a task, where two or more do
    (`Về sản xuất: Nắng nóng kéo dài. Giao Chi cục X theo dõi …. Chi cục Y chủ trì, … trước ngày
    15/6.` → the two assignments); [] where the paragraph assigns once or not at all (it stays one
    task). A topic before a colon and sentences of context are no part of any; a sentence that
    gives two units tasks in clauses parted by `;` is a task for each (`_assigning_clauses`)."""
    topic = _TOPIC.match(folded_same_length(text))
    body = text[topic.end() :] if topic else text
    sentences: list[str] = []
    for piece in _FULL_STOP.split(body):
        if sentences and _SHORT_FORM_END.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {piece.strip()}"
        elif piece.strip():
            sentences.append(piece.strip())
    assigning = []
    for sentence in sentences:
        if _assigning(sentence):
            assigning += _assigning_clauses(sentence) or [sentence]
    return assigning if len(assigning) >= 2 else []


# A connective opening a paragraph that adds a duty to the point above it (folded): `Đồng thời,`,
# `Ngoài ra,`, `Bên cạnh đó,`, `Song song với đó,`.
_CONNECTIVE = re.compile(r"^(?:dong thoi|ngoai ra|ben canh do|song song (?:voi )?do)\s*,\s*")


def _connective_duty(text: str, node: Node):
    """An unnumbered paragraph right under a numbered or lettered point, opening with a connective and
    a task's verb (`Đồng thời, hoàn thiện hồ sơ lưu trữ …, bàn giao … trước ngày 30/01/2027.`), with a
    date or a round of its own: a task of its own (the caller gives it the point's doer), not more of
    the point, whose time stays its own. Not a paragraph with no time of its own (more of the point's
    words), nor one whose connective is followed by a body's name or anything but a verb (`Đồng thời,
    Phòng X …`: `_body_duty_after_point` reads a named body), nor one under a point with points of its
    own, nor after the point's first body paragraph."""
    from engine.importing.model import RawItem

    if node.kind not in ("number", "letter") or node.children or not node.body or text != node.body[0]:
        return None
    folded = fold(text)
    if not (opening := _CONNECTIVE.match(folded)) or not verb_follows(folded[opening.end() :]):
        return None
    due = due_in(text)
    if not prints_date_or_recurrence(due):
        return None
    return RawItem(content=text, line=node.line, ref=ref_of(node), section=section_of(node), due=due)


def _item_of(items: list, node: Node):
    """The item read from `node`'s own text (the last one at its line and mark); None if none was."""
    return next(
        (item for item in reversed(items) if item.line == node.line and item.ref == ref_of(node)), None
    )


def _body_duty_after_point(text: str, node: Node, *, under_label: bool = False):
    """An unmarked paragraph after a body's label's points (`3. Phòng Việc làm - Lao động (Phòng VL-LĐ)`
    over `a)`, `b)`, then `Phòng VL-LĐ phối hợp Thanh tra Sở kiểm tra …, xong trước 30/10/2027.`) that
    opens with one named body and its verb right after the name (`_body_doing`) and prints a day or a
    round of its own: a task of its own led by that body as printed, not more of the point it follows.
    Not a paragraph under a point that stands under no body's label (a topic's points), nor one
    opening with every unit of a kind (`Các đơn vị …`), nor one telling what was done (`Phòng X đã
    …`), nor an undated one (`Phòng X phối hợp …` with no time: the point's own words go on).
    With `under_label`, `node` is the label itself, over paragraphs with no points (`_before_closing`),
    and the paragraph must open with another body than the label's (its own name opening it is
    more of its duties, led by it anyway)."""
    from engine.importing.model import RawItem
    from engine.importing.recognition import lower

    label = node if under_label else node.parent
    if (node.children and not under_label) or label is None:
        return None
    if not (named := unit_heading(label.text)) or named[1]:
        return None
    if EVERY_UNIT.match(fold(text)) or (found := _body_doing(text)) is None or not found.lead:
        return None
    if under_label and (fold(found.lead) in fold(named[0]) or fold(named[0]) in fold(found.lead)):
        return None
    due = due_in(text)
    if not prints_date_or_recurrence(due):
        return None
    item = RawItem(content=text, line=node.line, ref=ref_of(label), section=section_of(node), due=due)
    item.lead, item.coordinating = found.lead, found.coordinating or coordinating_in(text)
    lower(item, 0.9, "guessed_lead")
    return item


def _assigned_paragraph(text: str, node: Node):
    """`Giao Văn phòng … theo dõi, đôn đốc …; định kỳ hằng tháng …` → the item it assigns; None for
    a paragraph that is not a `Giao <unit>` sentence (or introduces a list, `Giao …:`)."""
    from engine.importing.model import RawItem
    from engine.importing.recognition import lower

    if text.rstrip().endswith(":"):
        return None
    if planned := _planned_event(text, node):
        return planned
    if topic := _TOPIC_THEN_UNIT.match(fold(text)):
        return _topic_duty(text, topic.end(), node)
    if not fold(text).startswith("giao ") and not follows_up(text):
        return _request_to_every_unit(text, node)
    found = assignment_in(text)
    if found is None or not found.lead:
        return None
    item = RawItem(content=text, line=node.line, section=section_of(node) or (f"{node.mark}. {node.text}"))
    item.lead, item.coordinating, item.due = found.lead, found.coordinating, due_in(text)
    lower(item, 0.9, "guessed_lead")
    return item


# A paragraph naming its matter before a colon, then a named unit's duty (`Riêng báo cáo Chính phủ theo
# Công văn số …: Vụ X hoàn thiện …, trình … trước ngày 28/5/2027`, `Đối với hồ sơ …: Phòng Y …`), folded.
_TOPIC_THEN_UNIT = re.compile(r"^(?:rieng|doi voi|ve|rieng doi voi|rieng ve)\s[^:;]{3,120}:\s*")


def _unit_after_topic(text: str) -> Assignment | None:
    """The unit a point opens with after its topic label (`Về công tác quyết toán: Đội Tổng hợp chủ
    trì, phối hợp …`, `Đối với hồ sơ tồn đọng: Phòng X rà soát …`), its verb right after its name
    (`_opening_unit`); None where no topic label opens the point or no named unit follows it."""
    topic = _TOPIC_THEN_UNIT.match(fold(text))
    if topic is None or EVERY_UNIT.match(fold(text[topic.end() :])):
        return None
    return _point_unit(text[topic.end() :])


def _point_unit(text: str) -> Assignment | None:
    """The unit a point's sentence opens with, its verb after its name: one body read up to its verb
    (`_subject_body`: `Khoa Kiểm soát nhiễm khuẩn giám sát việc …`), else the units the sentence's
    reading names (`_opening_unit`: `Hải quan cửa khẩu X, Hải quan Y rà soát …`)."""
    return _subject_body(text) or _opening_unit(text)


# A list of points addressed by topic (`1. Về …: <unit> …`): at least this many of them open with a
# topic label and then a named unit.
_TOPIC_LED_MIN = 2


def _in_topic_led_list(node: Node) -> bool:
    """Whether a point stands in a list whose points open with a topic label and then the unit
    addressed (`1. Về công tác thu ngân sách: Hải quan cửa khẩu X …`, `2. Về công tác kiểm tra: Đội Y
    …`), at least _TOPIC_LED_MIN of them, itself among them or under one that is a bare topic label
    (`4. Về công tác cải cách hành chính:` over `a) Đội Tổng hợp …`)."""
    point = node
    parent = node.parent
    bare_topic = parent is not None and parent.text.rstrip().endswith(":")
    if bare_topic and _TOPIC_THEN_UNIT.match(fold(parent.text)):
        point = parent  # a lettered point under a bare topic label: the list of its label
    if point.parent is None:
        return False
    cache = point.parent.__dict__.setdefault("_topic_led", {})  # (read once per list and kind)
    if point.kind not in cache:
        cache[point.kind] = sum(
            1
            for other in point.parent.children
            if other.kind == point.kind and _unit_after_topic(other.text) is not None
        )
    return cache[point.kind] >= _TOPIC_LED_MIN


def _topic_duty(text: str, at: int, node: Node):
    """The paragraph after its topic (`_TOPIC_THEN_UNIT`) as an item, where a named unit opens it with
    its verb and it prints a date or a round of its own; None otherwise."""
    from engine.importing.model import RawItem
    from engine.importing.recognition import lower

    rest = text[at:]
    found = assignment_in(rest) if UNIT_START.match(fold(rest)) else None
    due = due_in(rest)
    if (
        found is None
        or not found.lead
        or not _opens_task(rest, found.lead)
        or not prints_date_or_recurrence(due)
    ):
        return None
    item = RawItem(content=text, line=node.line, section=section_of(node) or (f"{node.mark}. {node.text}"))
    item.lead, item.coordinating, item.due = found.lead, found.coordinating, due
    lower(item, 0.9, "guessed_lead")
    return item


# A sentence's end and the capital that opens the next (`… trong giờ thi công. Ban Quản lý …`).
_NEXT_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")


def _follow_ups_split(items: list, item_nodes: dict, measures: set[int]) -> list:
    """Under an inspection's measures, a request whose text runs on into a later sentence that is a
    named body's own dated duty (the follow-up after the list, glued to the last request where the
    scan's lines gave no paragraph break: `5. Thường xuyên tưới nước …. Ban Quản lý dự án … sẽ kiểm
    tra lại … trước ngày 15/10/2027.`): the request ends before it, and it is an item of that body."""
    out = []
    for item in items:
        out.append(item)
        node = item_nodes.get(id(item))
        if node is None or not any(id(part) in measures for part in [node, *node.ancestors()]):
            continue
        for m in _NEXT_SENTENCE.finditer(item.content):
            later = _measure_paragraph(item.content[m.end() :], node)
            if later is None or fold(later.lead) == fold(item.lead):
                continue
            head = item.content[: m.start()]
            if item.due and item.due not in head:
                item.due = due_in(head)
            item.content = head
            out.append(later)
            break
    return out


def _measure_paragraph(text: str, node: Node):
    """Under an inspection's measures, an unnumbered paragraph after them whose subject is a named
    body and which dates what it does (`Công an xã Tân Phú sẽ kiểm tra lại việc khắc phục … trong
    tháng 12/2027.`: the inspecting body's own follow-up): an item led by that body; None otherwise."""
    from engine.importing.model import RawItem

    item = RawItem(content=text, line=node.line, section=section_of(node) or f"{node.mark}. {node.text}")
    return item if not text.rstrip().endswith(":") and _dated_duty(item) else None


# An event planned but not yet fixed, on an unnumbered line of its own (folded): `Dự kiến: Đón đoàn
# công tác của Bộ … (thời gian Bộ thông báo sau).` — a capital opens what is planned, not a time or
# a sum (`Dự kiến: tháng 5/2028`, `Dự kiến: 50 triệu đồng` belong to the task above).
_PLANNED = re.compile(r"^du kien\s*:\s*(?=[a-z])")
_PLANNED_WORDS = 5


def _planned_event(text: str, node: Node):
    """`Dự kiến: Đón đoàn công tác của Bộ … (thời gian Bộ thông báo sau).` under a numbered task: an
    item of its own with no lead (whoever receives the visitors is not printed), due when its text
    says (a time still to be announced is for a person to set)."""
    from engine.importing.model import RawItem
    from engine.importing.recognition import lower

    m = _PLANNED.match(fold(text))
    if m is None:
        return None
    rest = text[m.end() :].strip()
    if not rest[:1].isupper() or len(rest.split()) < _PLANNED_WORDS:
        return None
    if due_in(rest).strip() == rest.strip(" ."):
        return None  # `Dự kiến: Trong tháng 5 năm 2028`: the time of the task above
    item = RawItem(content=text, line=node.line, section=section_of(node), due=due_in(text))
    lower(item, 0.9, "no_lead")
    return item


# `Đề nghị …`, or with who asks named before the verb: `Giám đốc Sở yêu cầu `, `UBND xã đề nghị `.
_REQUEST = re.compile(r"^(?:[^,.;:()]{3,60}?\s)?(?:de nghi|yeu cau)\s+")
# A request to carry out what the document assigns (`… thực hiện nghiêm túc các nhiệm vụ được giao và
# gửi báo cáo … hằng tuần`) closes it; its reports are the assigned tasks' own.
_CARRY_OUT = re.compile(
    r"\b(?:nhiem vu duoc giao|ke hoach nay|van ban nay|thong bao nay|noi dung tren|quan triet)\b"
)


# Every unit of a kind whose verb is the report on the results (`Các phòng báo cáo kết quả thực hiện
# …`, `Các đơn vị gửi báo cáo kết quả …`), folded: the subject, then the report right after it.


# A request to one named body printed as a roman point of its own (folded): `Đề nghị …`, `Yêu cầu …`.
_ASKS_A_BODY = re.compile(r"^(?:de nghi|yeu cau)\s+")


def _request_as_roman_point(node: Node) -> list:
    """In conclusions, a roman point that is itself a whole sentence asking one named body for help
    (`III. Đề nghị Ban đại diện cha mẹ học sinh phối hợp … trong tháng 3/2028.`), with nothing below
    it: an item led by that body, as the same request numbered `3.` is. So is each unnumbered
    paragraph of such a request under a roman title with no points (`III. ĐỀ NGHỊ PHỐI HỢP` over `Đề
    nghị Sở X phối hợp với Phòng Y … trước ngày 15/02/2027.`). A title alone, a request to every unit
    of a kind or one with no body named is none."""
    text = node.text.strip()
    if node.children:
        return []
    if not _is_title(text):
        request = None if node.body else _request_to_a_body(text, node)
        return [request] if request is not None else []
    return [request for paragraph in node.body if (request := _request_to_a_body(paragraph, node))]


def _request_to_a_body(text: str, node: Node):
    """`Đề nghị <one named body> …`: an item led by that body, due when it says; None otherwise."""
    from engine.importing.model import RawItem

    text = text.strip()
    if not _ASKS_A_BODY.match(fold(text)) or addresses_every_unit(text):
        return None
    if (found := assignment_in(text)) is None or not found.lead:
        return None
    item = RawItem(content=text, line=node.line, ref=node.mark, section=f"{node.mark}. {node.text.strip()}")
    item.lead, item.coordinating = found.lead, found.coordinating
    item.due = due_in(text)
    return item


def _last_roman(root: Node) -> Node | None:
    """The document's last top section under a roman numeral (`III. TỔ CHỨC THỰC HIỆN`), if any."""
    return next((node for node in reversed(root.children) if node.kind == "roman"), None)


# A condition a closing sentence opens with before whom it asks (folded): `Trong quá trình thực hiện,
# nếu có khó khăn, vướng mắc, `, `Trường hợp phát sinh vướng mắc, ` (the comma before the request or
# the subject closes it).
_CONDITION_FIRST = re.compile(
    r"^(?:trong qua trinh (?:to chuc |trien khai )?thuc hien\s*,?\s*)?"
    r"(?:neu|truong hop|khi)\s+(?:co|phat sinh)\s[^.;:]{2,80}?,\s*(?=(?:de nghi|yeu cau|cac|tat ca)\s)"
)


# The end of the campaign or the plan a closing sentence opens with before whom it asks (folded):
# `Kết thúc đợt cao điểm, `, `Sau khi kết thúc Chiến dịch, `, `Khi hoàn thành đợt kiểm tra, ` — the
# time the request then prints is its own. Not any clause before a comma (`Căn cứ …, các đơn vị …`
# is a basis, `Trên cơ sở …` a source): only the end of a stretch of work.
_END_FIRST = re.compile(
    r"^(?:sau khi\s+|khi\s+)?(?:ket thuc|hoan thanh)\s[^.;:,]{2,60},\s*(?=(?:de nghi|yeu cau|cac|tat ca)\s)"
)


# The time a closing request starts from, opening the sentence before whom it asks (folded): `Từ tháng
# 01/2027, `, `Kể từ quý II/2027, `, `Bắt đầu từ ngày 01/7/2027, `, `Từ năm 2028, ` — when the round
# the request prints (`… trước ngày 25 hằng tháng`) begins. Only a dated month, quarter, year or day
# before the comma, and only before every unit or a request (`Từ tháng 01/2027, Phòng X …` is a
# named unit's sentence, read as it was).
_START_FIRST = re.compile(
    r"^(?:ke tu|bat dau tu|tu)\s+(?:thang\s+\d{1,2}/\d{4}|quy\s+[ivx]{1,3}/\d{4}|nam\s+\d{4}"
    r"|ngay\s+\d{1,2}/\d{1,2}/\d{4})\s*,\s*(?=(?:de nghi|yeu cau|cac|tat ca)\s)"
)


def _past_lead_in(folded: str) -> str:
    """A closing sentence from its request or its subject on, after the round, the condition or the
    end of the work it opens with (`Định kỳ 6 tháng, các cơ quan, đơn vị báo cáo …`, `Trong quá trình
    thực hiện, nếu có vướng mắc, đề nghị các đơn vị phản ánh …`, `Kết thúc đợt cao điểm, các Đội gửi
    báo cáo …`); the sentence whole where it opens with none."""
    lead_in = (
        ROUND_FIRST.match(folded)
        or _CONDITION_FIRST.match(folded)
        or _END_FIRST.match(folded)
        or _START_FIRST.match(folded)
    )
    return folded[lead_in.end() :] if lead_in else folded


def _courtesy_closing(text: str) -> bool:
    """Whether a paragraph is the document's courtesy closing: a condition before it asks every unit
    (`Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo … để xem xét, giải quyết./.`),
    with no time of its own (one printing a day or a round is a request, `_request_to_every_unit`)."""
    return bool(_CONDITION_FIRST.match(fold(text))) and addresses_every_unit(text) and not due_in(text)


def addresses_every_unit(text: str) -> bool:
    """Whether a paragraph is addressed to every unit of a kind, as its subject or asked by the issuer
    (`Các phòng, đơn vị báo cáo …`, `Sở X đề nghị các đơn vị, địa phương …`), perhaps after a round
    or a condition (`_past_lead_in`)."""
    folded = _past_lead_in(fold(text))
    request = _REQUEST.match(folded)
    addressed = folded[request.end() :] if request is not None else folded
    # (or every body of a list of kinds asked for a report: `Các Đội, Trạm báo cáo kết quả …`)
    return bool(EVERY_UNIT.match(addressed) or asks_report(addressed))


# The heads of every unit a closing charge asks (`Thủ trưởng các đơn vị`, `Trưởng các phòng`), folded;
# so is a head named by his unit's word before `trưởng` (`Đội trưởng các đội`, `Tổ trưởng các tổ`,
# `Trạm trưởng các trạm`), the units after `các` still every unit of a kind (EVERY_UNIT).
_HEADS_OF_EVERY_UNIT = re.compile(
    r"^(?:thu truong|truong|giam doc|lanh dao|hieu truong|(?:doi|to|tram|xuong)\s+truong)"
    r"\s+(?=cac\s)"
)
_CARRY_OUT_VERB = re.compile(r"\b(?:thuc hien|trien khai|chap hanh)\b")
# A closing charge is a short sentence: no task is told in it.
_CLOSING_CHARGE_WORDS = 30


def _every_unit_or_heads(folded: str) -> bool:
    """Whether a folded sentence opens with every unit of a kind (`các phòng …`, EVERY_UNIT) or with
    the heads of every unit of a kind (`trưởng các thôn …`, `thủ trưởng các đơn vị …`): many bodies,
    not one named unit, whatever verb follows (corpus README, "Standing bodies and posts in charge":
    undated, a general charge). Not the head of one body (`Trưởng phòng Kinh tế …`, `Trưởng Công an
    xã …`): no `các` after the post, one unit (or one post) that may well lead its point."""
    return bool(EVERY_UNIT.match(folded)) or heads_of_every_unit(folded)


def heads_of_every_unit(folded: str) -> bool:
    """Whether a folded sentence opens with the heads of every unit of a kind (`trưởng các thôn …`,
    `thủ trưởng các đơn vị …`, `đội trưởng các đội …`): _HEADS_OF_EVERY_UNIT, then every unit of a
    kind (EVERY_UNIT)."""
    heads = _HEADS_OF_EVERY_UNIT.match(folded)
    return heads is not None and bool(EVERY_UNIT.match(folded[heads.end() :]))


# A closing charge's opening on the letter's receipt (`Nhận được Công văn này, Phòng X đề nghị …`),
# folded.
_ON_RECEIPT = re.compile(
    r"^(?:ngay\s+)?(?:khi\s+)?nhan duoc\s+"
    r"(?:cong van|van ban|ke hoach|thong bao|chi thi|huong dan)\s+nay\s*,\s*"
)
# A contact line after the closing charge (`Quá trình thực hiện có vướng mắc liên hệ Bộ phận X (đồng
# chí …, điện thoại …)./.`): whom to ask, no task; folded.
_CONTACT_LINE = re.compile(r"\b(?:vuong mac|kho khan)\b[^.]{0,80}?\b(?:lien he|phan anh|trao doi)\b")


def _past_contact_line(text: str) -> str:
    """A paragraph without the contact line that closes it (`_CONTACT_LINE`, the last sentence and not
    the first): the closing charge before it is judged alone. Not taken: a last sentence asking for a
    report or a time (`… báo cáo về Phòng trước ngày …`): a task, left in the text."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])", text.strip())
    if len(sentences) < 2 or not _CONTACT_LINE.search(fold(sentences[-1])) or due_in(sentences[-1]):
        return text
    return " ".join(sentences[:-1])


def closing_charge(text: str) -> bool:
    """Whether a paragraph is the document's closing charge: the issuer asks every unit, or the heads
    of every unit, to carry the document out (`Kho bạc … yêu cầu Trưởng các đơn vị nghiêm túc triển
    khai thực hiện./.`), in a short sentence that prints no time of its own; it may open on the
    letter's receipt (`Nhận được Công văn này, …`) and end with a contact line (`_past_contact_line`)."""
    text = _past_contact_line(text)
    folded = fold(text)
    if receipt := _ON_RECEIPT.match(folded):
        folded = folded[receipt.end() :]
    request = _REQUEST.match(folded)
    if request is None or len(folded.split()) > _CLOSING_CHARGE_WORDS or due_in(text):
        return False
    addressed = folded[request.end() :]
    if heads := _HEADS_OF_EVERY_UNIT.match(addressed):
        addressed = addressed[heads.end() :]
    return bool(EVERY_UNIT.match(addressed)) and bool(_CARRY_OUT_VERB.search(addressed))


# A note's run-in label before a closing request (folded): `Ghi chú: `, `Lưu ý: `, `Chú ý: `.
_NOTE_LABEL_FIRST = re.compile(r"^(?:ghi chu|luu y|chu y)\s*:\s*(?=\S)")


def _request_to_every_unit(text: str, node: Node):
    """`Đề nghị các phòng, đơn vị cập nhật … trước 17h00 thứ Sáu hằng tuần.` after the numbered tasks:
    a request to every unit of a kind with a date or a recurrence of its own is a task with no lead;
    without one (`Đề nghị các đơn vị nghiêm túc thực hiện.`), or asking to carry out the tasks
    assigned (`… thực hiện nghiêm túc các nhiệm vụ được giao và gửi báo cáo …`), it is the closing.
    So is the sentence with every unit of a kind as its subject, no request word before it (`Các cơ
    quan, đơn vị báo cáo kết quả về UBND xã trước 16 giờ 00 ngày 01/9/2027.`)."""
    from engine.importing.model import RawItem
    from engine.importing.recognition import lower

    if label := _NOTE_LABEL_FIRST.match(fold(text)):
        # (under a note's run-in label, `Ghi chú: Từ tháng 01/2027, các cơ quan, đơn vị báo cáo …`:
        # the request after it, the label no part of it)
        text = text[label.end() :]
    folded = _past_lead_in(fold(text))  # (`Định kỳ 6 tháng, các cơ quan, đơn vị báo cáo …`)
    request = _REQUEST.match(folded)
    # or addressed without the verb (`Các khoa, phòng báo cáo kết quả … trước 16h00 ngày 03/6/2027.`),
    # not telling what was done (`… đã …`)
    addressed = folded[request.end() :] if request is not None else folded
    # (a report on the carrying out is asked for, not the carrying out: `Các phòng báo cáo kết quả
    # thực hiện các nhiệm vụ tại Thông báo này …`)
    carry_out = _CARRY_OUT.search(folded) and not reports_results(addressed)
    # (every unit of a kind, or of a list of kinds: `Các Đội, Trạm báo cáo …`; a kind named by its
    # proper name, `Các Trạm Y tế xã …`, leads its request)
    every = every_subject_end(addressed)
    kind = _named_kind_reporting(text[len(text) - len(addressed) :])
    if not (every or kind) or carry_out or re.search(r"\bda\b", addressed[:40]):
        return None
    due = due_in(text)
    if not due or not prints_date_or_recurrence(due):
        return None
    item = RawItem(content=text, line=node.line, section=section_of(node), due=due)
    if kind:
        item.lead = kind
        lower(item, 0.9, "guessed_lead")
    else:
        lower(item, 0.9, "no_lead")
    return item


def _request_after_remark(text: str, node: Node):
    """A closing paragraph that opens with a remark of its own, closed by a full stop, and goes on to
    ask every unit of a kind with a time of its own (`Việc rà soát phải bảo đảm khách quan, … . Định
    kỳ hằng tháng (trước ngày 18), các cơ quan, đơn vị báo cáo tiến độ … về Thanh tra tỉnh`): the
    request's item from its own sentence to the paragraph's end (corpus README, "Closing reporting
    requests are items"). None where the first sentence opens with a unit, every unit or a request
    (a duty or a request read as before), or no later sentence is such a request."""
    sentences = [piece.strip() for piece in _FULL_STOP.split(text) if piece.strip()]
    if len(sentences) < 2:
        return None
    first = fold(sentences[0])
    if addresses_every_unit(sentences[0]) or UNIT_START.match(first) or body_named(sentences[0], 0):
        return None
    for index in range(1, len(sentences)):
        if addresses_every_unit(sentences[index]):
            return _request_to_every_unit(" ".join(sentences[index:]), node)
    return None


def _closing_request_and_duties(text: str, node: Node) -> list:
    """A closing paragraph under the last roman section: every unit's request with a time of its own
    (`_request_to_every_unit`), read from its own sentence where later sentences follow it; and each
    later sentence whose subject is one named unit given a duty with a time of its own or a
    follow-up (`Văn phòng X có trách nhiệm theo dõi, đôn đốc, tổng hợp kết quả báo cáo … tại Hội
    nghị giao ban tháng 01/2027.`), an item led by that unit. A sentence that only tells (`Văn phòng
    X thông báo để các đơn vị biết`) is none, nor is any later sentence where the paragraph opens with
    no such request."""
    from engine.importing.model import RawItem

    sentences = [piece.strip() for piece in _FULL_STOP.split(text) if piece.strip()]
    whole = _request_to_every_unit(text, node)
    if len(sentences) < 2 or (first := _request_to_every_unit(sentences[0], node)) is None:
        return [whole] if whole is not None else []
    items = [first]
    for sentence in sentences[1:]:
        folded = fold(sentence)
        if not UNIT_START.match(folded) or EVERY_UNIT.match(folded):
            continue
        due = due_in(sentence)
        if not (due or _FOLLOW_UP.search(folded)) or (found := assignment_in(sentence)) is None:
            continue
        if not found.lead:
            continue
        if not folded.startswith(fold(found.lead)):
            continue
        item = RawItem(
            content=sentence, line=node.line, section=section_of(node) or f"{node.mark}. {node.text}"
        )
        item.lead, item.coordinating, item.due = found.lead, found.coordinating, due
        items.append(item)
    return items


# A request's first clause asking for a report (`… tổng hợp tình hình …, báo cáo về Chi cục …`), folded.
_REPORT_IN_CLAUSE = re.compile(r"^[^;.]*?\bbao cao\b")


def _named_kind_reporting(text: str) -> str:
    """The subject of a closing paragraph that asks every body of a kind named by its proper kind for a
    report (`Các Hạt Kiểm lâm khu vực tổng hợp tình hình …, báo cáo về Chi cục trước ngày 25 hằng
    tháng`): that kind, which leads it as printed (the bodies a heading above may name); ""
    otherwise."""
    subject = named_kind_subject(text)
    if not subject or not _REPORT_IN_CLAUSE.match(fold(text[len(subject) :])):
        return ""
    return subject


# A lead-in that lists the parts of its own task (folded): `…, nội dung gồm:`, `…, bao gồm:`.
_CONTENTS_LEAD_IN = re.compile(r"\bgom(?: cac (?:noi dung|hoat dong))?(?: sau)?\s*:\s*$")


def _lists_contents(node: Node) -> bool:
    """A numbered task whose subject leads it (`Công an huyện chủ trì tổ chức …`) and which ends
    `… gồm:` over dash lines that name no lead of their own: the lines are its contents, not tasks."""
    if not node.children or not _CONTENTS_LEAD_IN.search(fold(node.text)):
        return False
    if lead_and_coordinating(node.text) is None:
        return False
    return all(
        child.kind in ("dash", "plus")
        and not child.children
        and not any((labelled_fields(text) or {}).get("lead") for text in child.fields)
        for child in node.children
    )


def _described_activity(node: Node) -> bool:
    """Whether a numbered activity prints a short topic line (`1. Giám sát ca bệnh tại cộng đồng`, `5.
    Hậu cần`) over one paragraph that describes it (`Giám sát chủ động ca bệnh cúm, … tại 14 xã, thị
    trấn; điều tra ca bệnh nghi ngờ.`) and its labelled lead or due fields (`- Đơn vị thực hiện: …`,
    `- Thời gian: …`): the paragraph is the activity's item, the topic only names it (corpus
    README, an activity's first words as printed in its sentence). Limits: a topic over two or more
    paragraphs or over points of its own stays a heading (each is read as before), one with no
    lead or due field is no activity of this shape, and so is every activity of a plan whose numbered
    siblings are not all printed so (a short topic, one longer description, fields): the plan's habit."""
    if node.kind not in ("number", "decimal") or node.children or len(node.body) != 1:
        return False
    if len(node.text.split()) > _TOPIC_LINE_WORDS or not node.body[0].rstrip().endswith((".", ";")):
        return False
    if len(node.body[0].split()) <= len(node.text.split()):
        return False
    # (the plan's habit, not one activity's: every numbered sibling prints its topic the same way,
    # over one description and its fields)
    siblings = [child for child in node.parent.children if child.kind == node.kind] if node.parent else []
    if len(siblings) < 2 or any(
        child.children
        or len(child.body) != 1
        or not child.fields
        or len(child.text.split()) > _TOPIC_LINE_WORDS
        for child in siblings
    ):
        return False
    return any(
        (fields := labelled_fields(text) or {}).get("lead") or fields.get("due") for text in node.fields
    )


# The most words of an activity's topic line over its description (`_described_activity`).
_TOPIC_LINE_WORDS = 12


def _beside_shared_fields(node: Node, groups: dict[int, "_Group"]) -> bool:
    """Whether a sibling of the node is a titled group whose fields, printed after its items, hold for
    every one of them (a group lead read from a field, _Group.labelled)."""
    parent = node.parent
    return parent is not None and any(
        (group := groups.get(id(sibling))) is not None and group.labelled
        for sibling in parent.children
        if sibling is not node
    )


def _beside_unit_groups(node: Node, groups: dict[int, "_Group"], labels: bool = False) -> bool:
    """A paragraph among numbered topic headings that name, in parentheses, the unit leading the
    items below them (a report's `nhiệm vụ thời gian tới`); with `labels`, among headings that are
    a unit's label (`1. Công an xã:` over dash tasks)."""
    parent = node.parent
    return parent is not None and any(
        (group := groups.get(id(sibling))) is not None
        and (group.in_parentheses or (labels and bool(group.lead) and sibling.text.endswith(":")))
        for sibling in parent.children
        if sibling is not node and sibling.children
    )


def _addressed_body(lead: str, root: Node) -> bool:
    """Whether `lead` is one body of the letter's `Kính gửi:` list (a line or a `;`/`,` part of one
    naming it whole, folded); not a collective (`Các phòng, đơn vị thuộc Sở`) nor every body of a
    kind (`Ủy ban nhân dân các huyện`)."""
    folded = " ".join(fold(lead).split())
    if not folded or _COLLECTIVE.search(folded) or EVERY_UNIT.match(folded):
        return False
    for line in root.addressed:
        for part in re.split(r"[;,]", line):
            if " ".join(fold(part).split()).strip(" .-–") == folded:
                return True
    return False


def _beside_led_tasks(node: Node, groups: dict[int, "_Group"]) -> bool:
    """A task among sibling tasks of which another names its lead as a plan labels it: in a label
    line or a labelled field (`Đơn vị thực hiện: Phòng X; thời hạn: …`), in a closing parenthesis
    (`(Phòng X thực hiện)`) or sentence (`Phòng X chủ trì, …`), or as a unit's label line over its
    own tasks (`- Phòng X:` over `+ …`)."""
    if node.parent is None:
        return False
    for sibling in _list_mates(node):
        if sibling is node:
            continue
        if sibling.children:
            group = groups.get(id(sibling))
            if group is not None and group.lead and sibling.text.endswith(":"):
                return True
            continue
        text = " ".join([sibling.text, *sibling.body])
        if any(labelled_fields(field) for field in sibling.fields) or inline_fields(text):
            return True
        dated = bool(due_in(sibling.text))
        if closing_parenthesis(sibling.text, dated=dated) or closing_sentence(sibling.text):
            return True
    return False


def _is_period(node: Node) -> bool:
    """A period heading: unmarked (`Tháng 7:`, `### Tuần 2 (…)`) or numbered (`1. Tháng 12/2026`)."""
    return node.kind == "period" or numbered_period(node)


def _list_mates(node: Node) -> list[Node]:
    """The items a point is read among: its siblings; under a period heading that stands among other
    period headings (`1. Tháng 12/2026` / `2. Tháng 01/2027`, each over `- …` lines), the lines of
    all of them, one schedule cut by its months. A period heading alone, or beside headings that
    name no period, keeps its own lines."""
    parent = node.parent
    if parent is None:
        return []
    if not _is_period(parent) or parent.parent is None:
        return parent.children
    periods = [other for other in parent.parent.children if other is not parent and _is_period(other)]
    if not periods:
        return parent.children
    return [line for period in [parent, *periods] for line in period.children]


_ADDRESSED = re.compile(r"^(?:giao|de nghi|yeu cau)\s")


# The document's closing formula, its first sentence: every head carries out the document (`Giám đốc
# các Sở, Thủ trưởng các cơ quan, đơn vị … nghiêm túc thực hiện Chỉ thị này.`), folded.
_CARRY_OUT_THIS = re.compile(
    r"^(?:(?:giam doc|thu truong|chu tich|truong|lanh dao|cac|tat ca)\b[^.;]{0,160}?\bcac\b[^.;]{0,160}?)?"
    r"\b(?:thuc hien|trien khai|chap hanh)\b[^.;]{0,40}?\b(?:chi thi|quyet dinh|ke hoach|van ban|cong van"
    r"|thong bao|chuong trinh|nghi quyet) nay\b"
)
# A follow-up duty (`theo dõi, đôn đốc việc thực hiện …`): a standing one where it prints no time.
_FOLLOW_UP = re.compile(r"\btheo doi,?\s+don doc\b")
# A unit that opens a paragraph to follow up (`Văn phòng Sở theo dõi, đôn đốc …`, `Phòng Tổng hợp là
# đầu mối theo dõi, đôn đốc …`), folded: with `_OF_THIS_DOCUMENT` after it, a closing duty of its own.
_UNIT_FOLLOWS_UP = re.compile(
    r"^[^,;:.]{3,80}?\s(?:(?:la|lam) (?:dau moi|co quan thuong truc)\s)?(?:chu tri\s)?theo doi,?\s+don doc\b"
)
# The carrying out of the document itself or of everything above (`… thực hiện nội dung văn bản này`,
# `… thực hiện Công văn này`, `việc thực hiện các nội dung trên`, `… các nhiệm vụ trên`, `… Thông báo
# này`), folded.
_OF_THIS_DOCUMENT = re.compile(
    r"\bthuc hien\b[^.;]{0,40}?\b(?:van ban|cong van|chi thi|ke hoach|thong bao|quyet dinh|ket luan"
    r"|chuong trinh|cong dien)\s+nay\b|\b(?:cac )?(?:noi dung|nhiem vu) tren\b|\b(?:thong bao|ket luan) nay\b"
    r"|\bviec thuc hien (?:thong bao|ket luan|cac noi dung|cac nhiem vu)\b"
)
# … or the carrying out with nothing named after it (`… theo dõi, đôn đốc việc thực hiện, báo cáo …`),
# or every unit of a kind urged to carry out with nothing named after it (`… theo dõi, đôn đốc các
# khoa, phòng thực hiện và báo cáo …`, `… đôn đốc các đơn vị triển khai thực hiện, …`): of what is
# above, in a closing paragraph only. Not where the act names its object (`… đôn đốc các khoa thực
# hiện quy chế chuyên môn`: a task of its own).
_BARE_CARRYING_OUT = re.compile(
    r"^[^.;]{0,80}?\bviec thuc hien(?=\s*(?:,|$))"
    r"|^\s*(?:cac|tat ca cac)\s[^.;]{1,40}?\s(?:trien khai\s)?thuc hien(?=\s*(?:,|$|va\s))"
)


def _follows_up_this(content: str) -> str:
    """The follow-up's own words (`theo dõi, đôn đốc`, a standing duty's time) where `content`
    follows up the carrying out of the document itself; "" otherwise."""
    folded = folded_same_length(content)
    match = _FOLLOW_UP.search(folded)
    if not match or not _OF_THIS_DOCUMENT.search(fold(folded[match.end() :])):
        return ""
    return content[match.start() : match.end()]


def follows_up(text: str) -> bool:
    """Whether a paragraph is a named unit's follow-up of everything above it (`_UNIT_FOLLOWS_UP`;
    not every unit's)."""
    folded = fold(text).strip()
    if not UNIT_START.match(folded) or EVERY_UNIT.match(folded):
        return False
    opening = _UNIT_FOLLOWS_UP.match(folded)
    clause = re.split(r"[.;]", folded[opening.end() :], maxsplit=1)[0] if opening else ""
    return bool(opening and (_OF_THIS_DOCUMENT.search(clause[:120]) or _BARE_CARRYING_OUT.match(clause)))


_SENTENCE_START = re.compile(r"(?:^|(?<=[.;!]\s))\S")


def _assigned_sentences(node: Node, sentences) -> list:
    """An item for each sentence that assigns (`Giao <unit> …`, `Giám đốc giao Phòng X …`) in a
    section's body, led by the unit it names (a guess), due when it says."""
    from engine.importing.model import RawItem
    from engine.importing.recognition import lower

    items = []
    for sentence in sentences:
        item = RawItem(content=sentence, line=node.line, ref=node.mark, section=f"{node.mark}. {node.text}")
        found = assignment_in(sentence)
        item.lead, item.coordinating, item.due = found.lead, found.coordinating, due_in(sentence)
        lower(item, 0.9, "guessed_lead")
        items.append(item)
    return items


def _before_closing(node: Node) -> tuple[list[str], list]:
    """A unit heading's body up to the document's closing (`_before_formula_closing`), and under the
    last label of its list (no points of its own) without the unmarked paragraphs after its first that
    close the plan rather than add to the label's duties: the plan's funding sentence (`Kinh phí thực
    hiện từ nguồn ngân sách …`, undated: no item) and another named body's dated duty (`Phòng Nghiệp
    vụ là đơn vị đầu mối, … báo cáo Sở Y tế trước ngày 25/02/2027.`: its own item, led by that body,
    `_body_duty_after_point`). Limits: the label's first paragraph is always its own; a paragraph of
    the label's own body, an undated one of another body, a dated `Kinh phí …` sentence, or any such
    paragraph under a label that is not the last of its list stays the label's."""
    from engine.importing.recognisers import _named_request

    body, duties = _before_formula_closing(node)
    last = node.parent is not None and node.parent.children[-1] is node
    run_in = bool((named := unit_heading(node.text)) and named[1])
    if last and not node.children and run_in:
        # `7. Văn phòng Sở: Cập nhật …` (its duty on the label's line), then `Sở Y tế đề nghị Sở Nội vụ
        # quan tâm hướng dẫn …`: a request to one named body for an act (recognisers._named_request;
        # not care only, nor every body of a kind) is that body's item, due as printed
        return body, [*(_asked_body(text, node) for text in body if _named_request(text)), *duties]
    if not last or node.children or len(body) < 2:
        return body, duties
    kept, closing = body[:1], []
    for text in body[1:]:
        if _named_request(text):
            closing.append(_asked_body(text, node))
            continue
        if _BUDGET_SOURCE.match(fold(text)) and not due_in(text):
            continue
        if (duty := _body_duty_after_point(text, node, under_label=True)) is not None:
            closing.append(duty)
            continue
        kept.append(text)
    return kept, [*closing, *duties]


def _asked_body(text: str, node: Node):
    """The item of a closing request to one named body (`[<issuer>] đề nghị <body> <act>`): led by
    the body asked, due as printed."""
    from engine.importing.model import RawItem
    from engine.importing.recognition import lower

    asked = re.match(r"^(?:[^,.;:()]{3,60}?\s)?de nghi\s+", fold(text))
    found = assignment_in(text[asked.end() :] if asked else text)
    item = RawItem(content=text, line=node.line, section=section_of(node), due=due_in(text))
    item.lead, item.coordinating = (found.lead, found.coordinating) if found else ("", "")
    lower(item, 0.9, "guessed_lead")
    return item


def _before_formula_closing(node: Node) -> tuple[list[str], list]:
    """A unit heading's body up to the document's closing paragraph (`Giám đốc các Sở, … nghiêm túc
    thực hiện Chỉ thị này. Giao Sở X theo dõi, đôn đốc …`), which the last heading's body holds
    but which is none of that unit's duties; and the items the closing's `Giao <unit> …` sentences
    assign (an undated follow-up a standing duty). Under the last heading, a paragraph addressed to
    every unit of a kind (`Các phòng, đơn vị báo cáo kết quả … trước ngày 30/9/2026 …`, `Sở X đề nghị
    các đơn vị, địa phương quan tâm, triển khai thực hiện./.`) closes the document too: the body ends
    before it, and what it and the paragraphs after it ask every unit with a time of their own are
    items with no lead (`_request_to_every_unit`)."""
    last = node.parent is not None and node.parent.children[-1] is node
    for index, text in enumerate(node.body):
        if index and last and (request := _request_after_remark(text, node)) is not None:
            # (`Việc rà soát phải bảo đảm khách quan … . Định kỳ hằng tháng (trước ngày 18), các cơ
            # quan, đơn vị báo cáo …`: the request from its own sentence, the remark no item)
            later = [r for closing in node.body[index + 1 :] if (r := _request_to_every_unit(closing, node))]
            return node.body[:index], [request, *later]
        if index and last and addresses_every_unit(text):
            requests = [
                request for closing in node.body[index:] if (request := _request_to_every_unit(closing, node))
            ]
            return node.body[:index], requests
        if not _CARRY_OUT_THIS.match(fold(text)):
            continue
        duties = []
        for start in _SENTENCE_START.finditer(text):
            sentence = text[start.start() :].strip()
            if (
                not fold(sentence).startswith("giao ")
                or (duty := _assigned_paragraph(sentence, node)) is None
            ):
                continue
            if not duty.due and (m := _FOLLOW_UP.search(fold(sentence))):
                duty.due = sentence[m.start() : m.end()]
            duties.append(duty)
        return node.body[:index], duties
    return list(node.body), []


# What was done (folded): a paragraph of results (`… toàn ngành đã giải quyết …`), not a task.
_DONE = re.compile(r"\bda\b")
# The words of a paragraph's first clause in which `đã` tells what was done (`_tells_done`).
_DONE_WORDS = 8


def _tells_done(text: str) -> bool:
    """Whether a paragraph under a body's label tells what the body did rather than sets it a duty:
    it opens with no task's verb and `đã` stands among its first clause's first eight words (`Năm
    2027, Trung tâm đã xây dựng …`, `Năm học 2027-2028, Trung tâm đã phối hợp …`). A duty that opens
    with its verb is none however it goes on (`Tiếp tục duy trì các mô hình đã xây dựng …`), nor one
    whose `đã` stands later in the clause (`Kiện toàn Ban … theo danh sách … đã …`)."""
    folded = fold(text).strip()
    if ACTION.match(folded):
        return False
    clause = re.split(r"[;.:]", folded, maxsplit=1)[0]
    return bool(_DONE.search(" ".join(clause.split()[:_DONE_WORDS])))


# How many of a list's paragraphs print their own fields, and which share, before a paragraph
# among them printing none is no task (`_bare_among_fielded`).
MIN_FIELDED = 3
FIELDED_SHARE = 2 / 3


def _bare_among_fielded(items, item_nodes: dict[int, Node]) -> set[int]:
    """The items read from a paragraph without fields or lead, and without a due unless it tells
    what was done, in a list whose paragraphs print their fields (`2. <task> [Đơn vị thực hiện: …;
    thời hạn: …]` … `8. …`): the results and praise before them (`1. Trong quý III, toàn ngành đã
    …; biểu dương …`) or a standing reminder after them (`9. Các phòng tiếp tục chấp hành nghiêm
    …`) are no tasks of that list."""
    bare: set[int] = set()
    for item in items:
        node = item_nodes.get(id(item))
        if node is None or node.fields or node.children or item.lead or node.parent is None:
            continue
        if item.due and not _DONE.search(fold(item.content)):
            continue
        if _among_fielded(node):
            bare.add(id(item))
    return bare


def _among_fielded(node: Node) -> bool:
    """Whether a point stands in a list whose points mostly print their fields under them (`Phân công:
    …`, `Thời gian: …`): at least MIN_FIELDED of its kind beside it and FIELDED_SHARE of them."""
    if node.parent is None:
        return False
    siblings = [child for child in node.parent.children if child.kind == node.kind]
    fielded = sum(bool(child.fields) for child in siblings)
    return _most_of(fielded, len(siblings), MIN_FIELDED, FIELDED_SHARE)


# Where the money comes from (folded): `Kinh phí thực hiện từ nguồn ngân sách …`, `Kinh phí tổ chức
# các hoạt động do … bảo đảm`, a numbered paragraph of a plan's closing section, not a task; also a
# supply's short label then its source (`Vắc xin: ngân sách tỉnh cấp …`, `Vật tư: kinh phí do … chi`).
_BUDGET_SOURCE = re.compile(
    r"^(?:[^\W\d_][^:;.()\d]{1,30}:\s*)?(?:(?:nguon\s+)?kinh phi|(?<=:)\s*ngan sach)\b"
)

# A numbered point that only names an anniversary a plan marks (folded: `Kỷ niệm 97 năm Ngày thành
# lập Đảng … (03/02/1930 - 03/02/2027).`): a topic of the plan's content section, not a task.
_ANNIVERSARY_TITLE = re.compile(r"^(?:le\s+)?ky niem\s+\d{1,4}\s+nam\s+(?:ngay\s+)?[^.;:]{3,160}[.;]?$")


def _answers_only(text: str) -> bool:
    """Every sentence only says to whom a unit answers (`Huấn luyện viên trưởng chịu trách nhiệm trước
    Giám đốc về thành tích của đội.`), with no date: nothing to do. Not where a sentence assigns work
    beside it or a date is printed."""
    sentences = [piece.strip() for piece in _FULL_STOP.split(text) if piece.strip()]
    return (
        bool(sentences)
        and all(
            _ANSWERS_TO.search(fold(sentence)) and not _ASSIGNING_BESIDE.search(fold(sentence))
            for sentence in sentences
        )
        and not prints_date(due_in(text))
    )


# A task beside the answerability in the same sentence (`… chịu trách nhiệm trước … và tổ chức …`).
_ASSIGNING_BESIDE = re.compile(r"[;,]|\b(?:va|dong thoi)\s+(?!ket qua|chat luong|tien do|thanh tich)\S+\s+\S")


def _no_task_stated(item) -> bool:
    """The item states no task and names no lead, no time: it only says how the plan (or a supply) is
    funded (opens with `Kinh phí`, or `<supply>: ngân sách …`), only names an anniversary the plan
    marks (`Kỷ niệm 97 năm Ngày …`; `Tổ chức Lễ kỷ niệm …` is a task), or only says to whom a unit
    answers (`X chịu trách nhiệm trước Y về …`)."""
    if item.lead or item.due:
        return False
    folded = fold(item.content).strip()
    return bool(_BUDGET_SOURCE.match(folded) or _ANNIVERSARY_TITLE.match(folded)) or _answers_only(
        item.content
    )


_ORGANISING_SECTION = re.compile(r"\bto chuc thuc hien\b")


def _organising_article(node: Node) -> bool:
    """Whether the node stands under an article that organises the carrying out (`Điều 2. Tổ chức
    thực hiện`, outline.py reads an article's line as a section)."""
    top = next((a for a in [node, *node.ancestors()] if a.kind == "roman"), None)
    if top is None or not top.mark.startswith("Điều"):
        return False
    return bool(_ORGANISING_SECTION.search(fold(top.text)))


def _requests_after_charges(items) -> None:
    """A point under `TỔ CHỨC THỰC HIỆN` whose first sentence is a general charge to every unit or
    their heads and whose later sentence asks every unit of a kind for a report (`Trưởng các phòng,
    khoa … chủ động triển khai. Các phòng, khoa báo cáo … trước ngày 25/01/2027 …`) is that closing
    request: read from the request on, with no lead (every unit; corpus README, "Closing reporting
    requests are items"). Limits: a first sentence that is a named unit's duty or prints a time of its
    own, and a point of another section, stay as read (recognisers.request_after_charge)."""
    from engine.importing.recognisers import request_after_charge
    from engine.importing.recognition import lower

    for item in items:
        if not _ORGANISING_SECTION.search(fold(item.section or "")):
            continue
        if request := request_after_charge(item.content):
            item.content, item.lead, item.coordinating = request, "", ""
            lower(item, 0.9, "no_lead")


def general_charges(items) -> set[int]:
    """The points under `TỔ CHỨC THỰC HIỆN` addressed to every unit of a kind or to the heads of every
    unit of a kind (`3. Trưởng các thôn chủ động nắm tình hình …, phối hợp thực hiện Kế hoạch.`, `Các
    phòng căn cứ Kế hoạch …`) that lead nothing, print no time and ask no report: general charges,
    no items (corpus README, "Standing bodies and posts in charge"), beside the named units' duties
    that are items there. Not taken: such a point with a date or a round of its own (`Trưởng các thôn
    báo cáo … trước ngày 25 hằng tháng`: a closing reporting request, an item with no lead), nor one
    asking for a report with no time printed (whether that is an item the conventions do not say) or
    sending its own product to a named unit (`… gửi phương án … về Phòng X`), nor a point of any
    other section (a plan's tasks may well be given to every unit of a kind). The point is dropped
    after the reading, so it still counts where its section is told to name units (here and in
    action_items.read_items, the fallback's marked paragraphs).
    So is a point there that gives the one post or body it opens with only the general direction
    (`1. Giám đốc Quỹ chỉ đạo chung việc thực hiện Kế hoạch.`, `Phó Giám đốc … phụ trách chung …`:
    recognisers `_directs_in_general`), undated, as the closing paragraphs after a table read it; not
    one given a task by name after it (`Giám đốc Quỹ chỉ đạo Phòng X rà soát …`), nor a dated one.
    With no subject read from the sentence, the head of the issuer's own unit by the post alone
    (`1. Đội trưởng chỉ đạo chung, chịu trách nhiệm trước Chi cục trưởng …`, `Hiệu trưởng phụ trách
    chung`), unless the point asks it for a report (`_directs_in_general`'s limits)."""
    from engine.importing.recognisers import _directs_in_general

    found: set[int] = set()
    for item in items:
        if item.due or not _ORGANISING_SECTION.search(fold(item.section or "")):
            continue
        folded = _past_lead_in(fold(item.content))
        # (the subject read from the sentence where the point was left unled: `Phó Giám đốc Trung tâm
        # phụ trách chung …`, a post no rule of its section gives the lead)
        subject = item.lead or ((opening := assignment_in(item.content)) and opening.lead) or ""
        # (none read: the head of the issuer's own unit by the post alone, `Đội trưởng chỉ đạo chung …`)
        if _directs_in_general(item.content, subject):
            found.add(id(item))
            continue
        # (the heads read as the point's lead, `Trưởng các thôn`, lead nothing: many bodies, no unit)
        if item.lead and not _every_unit_or_heads(fold(item.lead)):
            continue
        # (nor one sending its own product to a named unit: `Các xí nghiệp gửi phương án … về Phòng
        # Kỹ thuật`, asked as a report is; prose_facts.sends_to_unit)
        if _every_unit_or_heads(folded) and not asks_report(folded) and not sends_to_unit(item.content):
            found.add(id(item))
    return found


# A sentence's close that says where a thing is set out (folded, its end stop off): `… tại Phụ lục kèm
# theo Kế hoạch này`, `… chi tiết theo Phụ lục đính kèm`, `… như Phụ lục II`.
_AT_APPENDIX = re.compile(
    r"\s(?:duoc the hien\s+|chi tiet\s+|cu the\s+)?(?:tai|theo|o|nhu)\s+(?:cac\s+)?phu luc\b[^.;:()]{0,60}$"
)


def _appendix_pointer(item) -> bool:
    """Whether a point only says where something is set out: a thing named, not a task's verb, and
    the appendix it is in (`6. Lịch tập huấn nghiệp vụ cho cán bộ … tại Phụ lục kèm theo Kế hoạch
    này.`, `Danh mục nhiệm vụ chi tiết tại Phụ lục kèm theo.`): no item, the appendix's rows are the
    tasks. Not taken: a point opening with a task's verb (`Tổ chức tập huấn theo Phụ lục kèm
    theo`: a task done as the appendix says), one that leads or prints a time (`…; Phòng X thực hiện
    trong Quý II`), nor an appendix named in parentheses or mid-sentence (`Rà soát … (chi tiết tại
    Phụ lục) và báo cáo …`)."""
    if item.lead or item.due:
        return False
    folded = fold(item.content).rstrip(" ./")
    return not ACTION.match(folded) and bool(_AT_APPENDIX.search(folded))


# A subject naming bodies of a kind (folded): every unit of a kind (EVERY_UNIT), or a list of bodies
# ending in them (`Ủy ban nhân dân xã, các cơ quan, tổ chức, đơn vị chịu sự giám sát …`).
_LISTED_KINDS = re.compile(r"^[^.;:]{0,80}?,\s*(?:va\s+)?cac\s")


def _standing_instructions(items, item_nodes: dict[int, Node]) -> set[int]:
    """The items of an organising article (`Điều 2. Tổ chức thực hiện`) that tell bodies of a kind how
    to work, with no lead and no time (`2. Các Ban … căn cứ Chương trình này chủ động xây dựng kế
    hoạch …`, `3. Ủy ban nhân dân xã, các cơ quan, … có trách nhiệm thực hiện …`): no tasks, where the
    document's tasks stand in another article."""
    found: set[int] = set()
    for item in items:
        node = item_nodes.get(id(item))
        if node is None or item.lead or item.due or not _organising_article(node):
            continue
        folded = fold(item.content)
        if EVERY_UNIT.match(folded) or _LISTED_KINDS.match(folded):
            found.add(id(item))
    elsewhere = (item_nodes.get(id(item)) for item in items if id(item) not in found)
    if not any(node is not None and not _organising_article(node) for node in elsewhere):
        return set()  # the article holds all the document's items: they are its tasks
    return found


# A named unit that is the plan's standing body (`Văn phòng … là cơ quan thường trực, …`, `… là đơn
# vị thường trực`, `… là bộ phận thường trực`) or its focal body named as such (`Phòng X là đơn vị
# đầu mối, theo dõi, đôn đốc …`, `… là cơ quan đầu mối`, `… là bộ phận đầu mối`), folded. (A bare
# `… là đầu mối theo dõi …` is not read so: the corpus's expected files disagree on it, g13 and h174
# against h469.)
_STANDING_BODY = re.compile(
    r"^([^.;:]{3,80}?)\s(?:la|lam)\s+(?:co quan|don vi|bo phan)\s+(?:thuong truc|dau moi)\b"
)
# The most words in lower case a standing body's name runs on after a comma (`, tổng hợp`).
_NAME_FIELD_WORDS = 4


def standing_body(text: str) -> bool:
    """Whether a paragraph's subject is a named unit that is the plan's standing body
    (`_STANDING_BODY`): its duty is an item even undated (corpus README, "Standing bodies")."""
    return bool(_STANDING_BODY.match(fold(text)))


def standing_body_lead(text: str, lead: str) -> str:
    """The standing body's name: its sentence's whole subject where the lead read from the sentence
    stops at a comma before a field in lower case that the copula follows (`Đội Tham mưu, tổng hợp
    là đơn vị thường trực …`: the field is a word of the name, not a verb — the verb is `là`);
    else `lead`."""
    match = _STANDING_BODY.match(folded_same_length(text))
    if not match or not lead:
        return lead
    subject = text[: match.end(1)].strip()
    rest = subject[len(lead) :] if subject.startswith(lead) else ""
    words = rest[1:].split() if rest.startswith(",") else []
    if words and len(words) <= _NAME_FIELD_WORDS and all(word[:1].islower() for word in words):
        return subject
    return lead


def _own_organising_duty(item, lead: str) -> bool:
    """Whether a paragraph under `TỔ CHỨC THỰC HIỆN` is one named unit's own duty: its subject the
    unit `lead` (not every unit of a kind, `Các phòng …`, nor the heads of every unit, `Thủ trưởng các
    đơn vị …`, `Trưởng các phòng …`: a general charge), its verb right after the name."""
    folded = fold(item.content)
    return (
        bool(_ORGANISING_SECTION.search(fold(item.section or "")))
        and not EVERY_UNIT.match(folded)
        and not _COLLECTIVE.search(fold(lead))
        and _opens_task(item.content, lead)
    )


# When a paragraph's duty falls, opening it before its subject (folded): `Kết thúc Hội thi, Phòng X
# tổng hợp …`, `Sau khi kết thúc đợt kiểm tra, Tổ Y báo cáo …`, `Khi có kết quả, …`.
_OPENING_WHEN = re.compile(
    r"^(?:(?:ngay\s+)?sau khi|sau|khi|truoc khi|ket thuc|ngay sau)\s+[^,;:.()]{3,60},\s*(?=\S)"
)


def _past_opening_when(text: str) -> str:
    """A paragraph without the clause of when it falls that opens it (`_OPENING_WHEN`), where a
    named body follows as its subject; the text as it is otherwise."""
    opening = _OPENING_WHEN.match(folded_same_length(text))
    if opening is None:
        return text
    rest = text[opening.end() :]
    return rest if UNIT_START.match(fold(rest)) or body_named(rest, 0) else text


def _standing_duty_then_request(text: str, node: Node, section: str) -> list:
    """A paragraph under `TỔ CHỨC THỰC HIỆN` whose first sentence is the plan's standing or focal
    body's duty (`Phòng X là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch.`) and whose
    later sentence asks every unit of a kind for a report with a date or a round of its own (`Các
    đơn vị báo cáo … về Phòng X vào thứ Sáu hằng tuần …`, `Các khoa, phòng và Trung tâm Y tế tuyến
    huyện báo cáo kết quả … trước ngày 15/12/2027 …`): two items, the body's duty of the sentences
    before the request, due at the time they print (none: it runs to the plan's end), and the
    request from its own sentence to the paragraph's end, with no lead (corpus README, "Closing
    reporting requests are items", "Standing bodies and posts in charge"). [] where the first sentence
    is no standing body's (a named unit's dated duty with a later request stays one paragraph, read
    by `_dated_duty`), or the later sentence asks no report or prints no time of its own."""
    from engine.importing.model import RawItem

    if not standing_body(text):
        return []
    request = _later_report_request(text, node, section)
    if request is None:
        return []
    sentences = [piece.strip() for piece in _FULL_STOP.split(text) if piece.strip()]
    start = next((i for i, sentence in enumerate(sentences[1:], 1) if asks_report(sentence)), 0)
    head = " ".join(sentences[:start])
    if not head:
        return []
    duty = RawItem(content=head, line=node.line, ref=node.mark, section=section)
    if not _dated_duty(duty):
        return []
    return [duty, request]


def _later_report_request(text: str, node: Node, section: str):
    """A paragraph under `TỔ CHỨC THỰC HIỆN` that opens with a sentence of no duty (`Đồng chí Phó Chủ
    tịch … giúp Ban Thường trực theo dõi chung việc thực hiện Kế hoạch.`) and goes on to ask every
    unit of a kind, or a post or body of every one (`Ban Công tác Mặt trận các thôn`, `Điều dưỡng
    trưởng các khoa`), for a report with a date or a round of its own (`… báo cáo kết quả vận động về
    Ban Thường trực trước ngày 28/01/2027.`): that request is an item with no lead, from its own
    sentence to the paragraph's end (corpus README, "Closing reporting requests are items"). Not a
    request with no time of its own, nor a later sentence that is no report (`Các thôn chủ động triển
    khai.`), nor such a paragraph under any other heading; the paragraph's first sentence is judged as a
    whole paragraph is (`_dated_duty`)."""
    from engine.importing.model import RawItem
    from engine.importing.recognition import lower

    if not _ORGANISING_SECTION.search(fold(section)):
        return None
    sentences = [piece for piece in _FULL_STOP.split(text) if piece.strip()]
    for index, sentence in enumerate(sentences[1:], 1):
        if not asks_report(sentence):
            continue
        rest = " ".join(piece.strip() for piece in sentences[index:])
        due = due_in(rest)
        if not prints_date_or_recurrence(due):
            return None
        item = RawItem(content=rest, line=node.line, ref=node.mark, section=section, due=due)
        lower(item, 0.9, "no_lead")
        return item
    return None


def _dated_duty(item) -> bool:
    """A paragraph whose subject is a named unit and which prints a date or a recurrence, or whose
    unit is the plan's standing body (`_STANDING_BODY`, dated or not): its lead and due set; or one
    addressed to every unit of a kind (`Các chi bộ … gửi về … trước ngày …`, under `TỔ CHỨC THỰC
    HIỆN` a recurring one too): its due, no lead."""
    from engine.importing.recognition import lower

    due = due_in(item.content)
    # Under `TỔ CHỨC THỰC HIỆN` a request to every unit may recur (`Các phòng, trạm, đội báo cáo …
    # trước ngày 25 hằng tháng`): the plan's own report round, a task as a dated one is.
    recurs = bool(_ORGANISING_SECTION.search(fold(item.section or ""))) and prints_date_or_recurrence(due)
    # (asked of them too, `Đề nghị Ban Thường vụ các huyện, thị, thành đoàn giới thiệu … trước ngày
    # …`: every place's body of a kind, as every_subject_end reads it after `Đề nghị`/`Yêu cầu`/`Giao`)
    folded = fold(item.content)
    asked = _ADDRESSED.match(folded)
    # (or after the round it opens with, `4. Định kỳ 6 tháng (trước ngày 15/6) và năm (…), các công
    # đoàn cấp trên … báo cáo …`: only a round, the request's own time, not any clause before it)
    round_first = ROUND_FIRST.match(folded)
    after_round = every_subject_end(folded[round_first.end() :]) if round_first else 0
    if not item.lead and (
        EVERY_UNIT.match(folded) or (asked and every_subject_end(folded[asked.end() :])) or after_round
    ):
        if not (prints_date(due) or recurs):
            return False
        item.due = due
        lower(item, 0.9, "no_lead")
        return True
    kind = _dated_kind_subject(item.content, due) if prints_date(due) or recurs else ""
    if kind and item.lead in ("", kind):
        # `3. Các Hạt Kiểm lâm khu vực, Đội X báo cáo … hằng tuần …` under `TỔ CHỨC THỰC HIỆN`: every
        # body of a kind named by its proper kind, dated (or there recurring) as every unit's is above;
        # undated (`Các Vụ chủ động phối hợp …`) a general charge, no item.
        item.lead, item.due = kind, due
        lower(item, 0.9, "guessed_lead")
        return True
    subject = _past_opening_when(item.content)
    if item.lead or not (UNIT_START.match(fold(subject)) or body_named(subject, 0)):
        return False  # (`Tổ Tổng hợp tổng hợp kết quả …`: a section named with a capital)
    found = assignment_in(subject)
    if found is not None and found.lead and _STANDING_BODY.match(fold(subject)):
        # `Văn phòng Đảng ủy là cơ quan thường trực, giúp … theo dõi, đôn đốc …`: the standing body's
        # duty, an item even undated (it runs to the plan's end; corpus README, "Standing bodies")
        item.lead, item.coordinating, item.due = (
            standing_body_lead(item.content, found.lead),
            found.coordinating,
            due,
        )
        lower(item, 0.9, "guessed_lead")
        return True
    if found is not None and found.lead and not due and _own_organising_duty(item, found.lead):
        # `2. Văn phòng Sở bảo đảm kinh phí thực hiện Kế hoạch …` under `TỔ CHỨC THỰC HIỆN`: one named
        # unit's own duty, an item even undated (corpus README, "Standing bodies and posts in charge")
        item.lead, item.coordinating, item.due = found.lead, found.coordinating, ""
        lower(item, 0.9, "guessed_lead")
        return True
    # A named unit's duty may recur (`Văn phòng … theo dõi, đôn đốc; định kỳ 6 tháng tổng hợp …`), or
    # be done before a step whose day is not printed (`…, hoàn thành trước khi trình …`: for review).
    if (
        found is None
        or not found.lead
        or not (prints_date_or_recurrence(due) or BEFORE_STEP.search(fold(due)))
    ):
        return False
    item.lead, item.coordinating, item.due = found.lead, found.coordinating, due
    lower(item, 0.9, "guessed_lead")
    return True


# The list points a task may stand over as a whole sentence of its own (not numbered headings).
_LIST_POINTS = ("dash", "plus", "letter", "paren")


def _task_over_own_tasks(node: Node) -> bool:
    """`- Phòng X phối hợp Báo Y xây dựng phóng sự …, phát sóng trong tháng 12/2026.` over `+ Các Hạt
    Kiểm lâm khu vực tổ chức ký cam kết …; hoàn thành trước 31/12/2026.`: a list point that is a whole
    task of one named body (its verb right after the name, a date or a round of its own, no colon at
    its end) over sub-points that each name their own doer is no heading of its parts but a task of its
    own beside them. Over sub-points with no doer (`+ Tại xã A …`) it heads its parts, as before."""
    if node.kind not in _LIST_POINTS or not node.children or node.text.rstrip().endswith(":"):
        return False
    if not prints_date_or_recurrence(due_in(node.text)) or _subject_body(node.text) is None:
        return False
    return all(_names_own_doer(child.text) for child in node.children)


def _names_own_doer(text: str) -> bool:
    """Whether a point opens with its own doer: one named body, its verb right after the name, or every
    body of a kind (`Các Hạt Kiểm lâm khu vực …`, `Các phòng, đơn vị …`), or several named bodies
    before their verb (`Nhà Văn hóa phường X, Nhà Văn hóa phường Y dựng …`: `_point_unit`)."""
    if _subject_body(text) or named_kind_subject(text) or EVERY_UNIT.match(fold(text)):
        return True
    several = _point_unit(text)
    after = text[len(several.lead) :] if several is not None else ""
    return bool(several is not None and "," in several.lead and after[:1] == " " and after[1:2].islower())


# The words that open every body of a kind (`Các …`, `Tất cả các …`), as printed.
_EVERY_OF_KIND = re.compile(r"^(?:tất cả các|các)\s+", re.IGNORECASE)


def _dated_kind_subject(content: str, due: str) -> str:
    """`+ Các Hạt Kiểm lâm khu vực tổ chức ký cam kết …; hoàn thành trước 31/12/2026.`: every body of
    a kind named by its proper kind (named_kind_subject) leads a point that prints a date or a round
    of its own, as it leads its closing report request (`_named_kind_reporting`). Undated (`Các Vụ
    chủ động phối hợp …`) it is a general charge and leads nothing (corpus README, "Standing bodies
    and posts in charge"); "" then, and for any other subject."""
    kind = named_kind_subject(content)
    if not kind or not prints_date_or_recurrence(due):
        return ""
    after = fold(content[len(kind) :]).lstrip(" ,;")
    ran_on = not (ACTION.match(after) or verb_follows(after))
    # (a name read past its verb, `Các Chi cục Thuế khu vực tiếp nhận`: up to the verb)
    every = _EVERY_OF_KIND.match(kind)
    if every is not None:
        kind = kind[: every.end()] + _name_before_verb(kind[every.end() :], ran_on=ran_on)
    after = fold(content[len(kind) :]).lstrip(" ,;")
    return kind if ACTION.match(after) or verb_follows(after) else ""


_RESULTS_SECTION = re.compile(r"^(?:ket qua|tinh hinh|danh gia)\b")


def _beside_results(node: Node) -> bool:
    """Whether the node is under a roman section of a report: another roman section beside it
    gives the results (`I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 5/2026`, `I. Tình hình …`)."""
    roman = next((a for a in [node, *node.ancestors()] if a.kind == "roman"), None)
    if roman is None or roman.parent is None:
        return False
    return any(
        sibling is not roman and sibling.kind == "roman" and _RESULTS_SECTION.match(fold(sibling.text))
        for sibling in roman.parent.children
    )


# A list of duties each led by the unit that opens it: at least this many of a numbered paragraph's
# siblings open with `<unit> chủ trì …`, and at least this share of them open with a unit.
_SUBJECT_LED_MIN = 2
_SUBJECT_LED_SHARE = 0.5


def _among_subject_led_duties(node: Node) -> bool:
    """Whether the numbered paragraph's siblings are duties each opening with the unit that leads it
    (`1. Sở X chủ trì …`, `2. Sở Y chủ trì, phối hợp …`, `3. Công an tỉnh bảo đảm …`), or with the named
    body it addresses (`5. Đề nghị Chi cục Y phối hợp …`: _addressed_named_body). A heading that is every
    unit of a kind over its own points (`1. Các cơ sở bán lẻ thuốc` over `a) … c)`) is no such duty nor
    one against it: it is left out of the count."""
    if node.parent is None:
        return False
    marks = _subject_marks(node.parent, node.kind)
    siblings = [
        mark
        for other, mark in marks
        if other is not node and not (other.children and EVERY_UNIT.match(fold(other.text)))
    ]
    led = sum(1 for own_led, _opening, _subject in siblings if own_led)
    opening = sum(1 for _led, own_opening, _subject in siblings if own_opening)
    return led >= _SUBJECT_LED_MIN and opening >= _SUBJECT_LED_SHARE * len(siblings)


# A list of duties each done by the body that opens it, whatever its verb: at least this many of a
# numbered paragraph's siblings open with one named body and its verb right after the name, and at
# least this share of them.
_SUBJECT_OPENED_MIN = 3
_SUBJECT_OPENED_SHARE = 2 / 3


def _among_subject_opened_duties(node: Node) -> bool:
    """Whether the numbered paragraph's siblings are, nearly all, duties whose subject is one named
    body of the issuer, its verb right after the name (`1. Đội Trinh sát nắm tình hình …`, `2. Đội Quản
    lý thị trường số 3 kiểm tra …`, `3. Khoa Dược rà soát …`), none of them needing `chủ trì` to show it
    (`_among_subject_led_duties`). A few such points among unassigned ones (`Tăng cường …`, `Rà soát
    …`) are not that list, nor are sentences that tell what bodies did (`_subject_doer`); a report's
    results are skipped as a section (`section_skipped`)."""
    if node.parent is None:
        return False
    marks = _subject_marks(node.parent, node.kind)
    siblings = [mark for other, mark in marks if other is not node]
    opened = sum(1 for _led, _opening, own_subject in siblings if own_subject)
    return _most_of(opened, len(siblings), _SUBJECT_OPENED_MIN, _SUBJECT_OPENED_SHARE)


# Duties under a section's topic headings, each opening with its doer (`1. Công tác tuyên truyền` over
# `Tổ X phối hợp …`, `3. Trực cháy` over `a) Tổ Y tổ chức …` and `b) Bộ phận Z cập nhật …`): at least
# this many of the section's other duties open with one named body and its verb (or a name the document
# said a body goes by), and at least this share of them.
_TOPIC_DUTIES_MIN = 3
_TOPIC_DUTIES_SHARE = 2 / 3


def _topic_duties(section: Node) -> list[str]:
    """The duties under a section's topic headings: the paragraph(s) under a bare title (`2. Kiện toàn
    tổ chức, lực lượng` over its one paragraph) and the lettered points under a title (`3. Trực cháy …`
    over `a)`, `b)`); read once per section."""
    cache = section.__dict__
    if "_topic_duties" not in cache:
        duties = []
        for topic in section.children:
            if topic.kind not in ("number", "decimal") or not _is_title(topic.text):
                continue
            duties += [text for text in topic.body if len(text) > 40] if not topic.children else []
            duties += [point.text for point in topic.children if point.kind == "letter"]
        cache["_topic_duties"] = duties
    return cache["_topic_duties"]


def _among_topic_duties(node: Node) -> bool:
    """Whether a paragraph under a topic's title (`4. Chuẩn bị phương tiện` over `Bộ phận Kế toán lập
    …`), or a lettered point under one, stands among the section's duties (`_topic_duties`) that nearly
    all open with their doer: one named body and its verb right after the name (`_subject_doer_or_opening`)
    or a name the document said a body goes by (`_goes_by_opening`). Not a section of unassigned
    paragraphs with a body or two among them (`Tăng cường …`, `Rà soát …`), nor numbered sentences
    (`_among_subject_opened_duties` reads those), nor a heading over lettered points itself."""
    topic = node if node.kind in ("number", "decimal") else node.parent
    if topic is None or topic.parent is None or not _is_title(topic.text):
        return False
    if node is topic and node.children:
        return False
    section = topic.parent
    names = _names_gone_by(section)
    duties = _topic_duties(section)
    own = set(node.body) if node is topic else {node.text}
    others = [text for text in duties if text not in own]
    opened = sum(1 for text in others if _subject_doer_or_opening(text) or _goes_by_opening(text, names))
    return _most_of(opened, len(others), _TOPIC_DUTIES_MIN, _TOPIC_DUTIES_SHARE)


def _names_gone_by(node: Node) -> list[str]:
    """The shorter names the document defines for bodies it names once in full (`Tổ Kiểm lâm cơ động
    và PCCCR (sau đây gọi là Tổ cơ động)`: units `defined_names`), longest first; read once per
    document. (The item keeps the name as printed; build gives it the full one: `name_defined_leads`.)"""
    root = node
    while root.parent is not None:
        root = root.parent
    cache = root.__dict__
    if "_names_gone_by" not in cache:
        texts = [text for part in (root, *walk(root)) for text in (part.text, *part.body)]
        cache["_names_gone_by"] = sorted(defined_names(texts), key=len, reverse=True)
    return cache["_names_gone_by"]


def _goes_by_opening(content: str, names: list[str]) -> Assignment | None:
    """The name a body goes by (`_names_gone_by`) that a sentence opens with, a verb's word in lower
    case right after it (`Tổ cơ động tổ chức trực …`), as printed; None where the sentence tells what
    it did or is doing (`Tổ cơ động đã …`)."""
    for name in names:
        after = content[len(name) :]
        if content.startswith(name) and after[:1] == " " and after[1:2].islower():
            if re.match(r"\s(?:đã|đang|vừa|chưa)\b", after):
                return None
            return Assignment(lead=name)
    return None


# A word of tense or aspect that a name read up to the verb may have taken in (`Phòng Kinh tế đã tổ
# chức …`, `Tổ X đang …`): the sentence tells what was done or is being done, it sets no task.
_TOLD_AT_END = re.compile(r"\s(?:đã|đang|vừa|chưa)$", re.IGNORECASE)


def _subject_doer(content: str) -> Assignment | None:
    """The one named body a duty's sentence opens with, its verb right after the name (`_subject_body`),
    read in full where the name holds a field that reads like a verb and the verb follows the whole
    name (`Đội Kiểm soát hành chính về xuất nhập cảnh kiểm tra …`, not `Đội Kiểm soát`); None for
    a sentence that tells what a body did (`Phòng Kinh tế đã tổ chức …`)."""
    found = _body_doing(content)
    if found is None:
        return None
    whole = _opening_unit(content)
    if whole is None or len(whole.lead) <= len(found.lead) or not whole.lead.startswith(found.lead):
        return found
    after = content[len(opening_post(content)) + len(whole.lead) :]
    field = whole.lead[len(found.lead) :]
    return whole if verb_follows(fold(after).lstrip()) and _one_act_field(field) else found


def _subject_doer_or_opening(content: str) -> Assignment | None:
    """`_subject_doer`, or for a point whose verb no list knows (`Trung đội dân quân cơ động xã luyện
    tập …`, `Trạm Y tế xã khám …`) among siblings that open with their body and its verb, the unit it
    opens with; never a name that took in a told tense. A note in parentheses after the name is read
    past (`_past_note_after_name`)."""
    if (found := _subject_doer(content)) is not None:
        return found
    found = _opening_unit(content)
    if found is None and (bare := _past_note_after_name(content)) != content:
        # `Sở X (cơ quan thường trực Ban Chỉ huy …) theo dõi …`: the name, its note left out
        return _subject_doer_or_opening(bare)
    return None if found is None or not found.lead or _TOLD_AT_END.search(found.lead) else found


# A note in parentheses right after the name a sentence opens with, a word in lower case after it
# (`Sở X (cơ quan thường trực Ban Chỉ huy …) theo dõi …`); group 1 the name. Not a parenthesis that
# opens the sentence or holds another (the name must be a unit's: `_past_note_after_name`).
_NOTE_AFTER_NAME = re.compile(r"([^()]{3,120}?)\s*\([^()]{1,200}\)\s+(?=[a-zà-ỹđ])")


def _past_note_after_name(content: str) -> str:
    """A sentence that opens with a unit's name and a note on it in parentheses, without the note (its
    subject and verb then stand together); the sentence as it is otherwise."""
    match = _NOTE_AFTER_NAME.match(content)
    if match is None or not (UNIT_START.match(fold(match.group(1))) or body_named(match.group(1), 0)):
        return content
    return match.group(1) + " " + content[match.end() :]


def _one_act_field(field: str) -> bool:
    """Whether the words a body's name goes on with after its kind are one field of work: an act at
    their start and its object, no other act (`quản lý hành chính về trật tự xã hội`, `quản lý dược`);
    not a task and more (`đánh giá chất lượng xây dựng bộ đề`: the task read into the name)."""
    folded = fold(field).strip()
    acts = [at.start() for at in _TASK_AT.finditer(folded) if not at.start() or folded[at.start() - 1] == " "]
    return acts == [0]


def _subject_marks(parent: Node, kind: str) -> list[tuple[Node, tuple[bool, bool, bool]]]:
    """(child, (opens with `<unit> chủ trì`, opens with a unit, opens with one named body and its verb
    right after the name)) for each of a node's children of a kind, read once per node and kind (every
    sibling asks: a long list would read them all again)."""
    cache = parent.__dict__.setdefault("_subject_marks", {})
    if kind not in cache:
        cache[kind] = [
            (
                other,
                (
                    bool(
                        (pair := lead_and_coordinating(other.text))
                        and pair[0]
                        and other.text.startswith(pair[0])
                    )
                    or _addressed_named_body(other.text),
                    bool(UNIT_START.match(fold(other.text)) or body_named(other.text, 0))
                    or _addressed_named_body(other.text),
                    _subject_doer_or_opening(other.text) is not None,
                ),
            )
            for other in parent.children
            if other.kind == kind
        ]
    return cache[kind]


def _addressed_named_body(text: str) -> bool:
    """`Đề nghị Chi cục Y phối hợp …`, `Giao Trung tâm Z …`: a point opening with the one named body
    it addresses; not every unit of a kind (`Đề nghị các đơn vị …`, `Đề nghị UBND các xã …`)."""
    if not _ADDRESSED.match(fold(text)) or not (found := assignment_in(text)) or not found.lead:
        return False
    return not EVERY_UNIT.match(fold(found.lead)) and not _COLLECTIVE.search(fold(found.lead))


def _opening_unit(content: str) -> Assignment | None:
    """The unit a sentence opens with, where its name ends at a verb or by its shape and a word in
    lower case follows it (not a clause cut at a comma: `Ban X các chợ thu gom …, bàn giao …`); after
    the post of its head (`Chỉ huy trưởng Ban Chỉ huy Quân sự xã bố trí …`) the body the post heads."""
    if not (UNIT_START.match(fold(content)) or body_named(content, 0)):
        return None
    found = assignment_in(content)
    content = content[len(opening_post(content)) :]  # `Chỉ huy trưởng Ban Chỉ huy Quân sự xã …`: its body
    if found is None or not found.lead or not content.startswith(found.lead):
        return None
    after = content[len(found.lead) :]
    return found if after[:1] == " " and after[1:2].islower() else None


def _subject_body(content: str) -> Assignment | None:
    """The one named body a point's sentence opens with, its verb right after the name (`Trạm Y tế xã
    chủ động phòng, chống …`, `Ban Pháp chế giám sát …`, `Ban Chỉ huy Quân sự xã huy động …`, a field
    joined by a dash that no list holds: `Khoa Hồi sức tích cực - Chống độc kiểm tra …`); None for
    every body of a kind (`Các Ban …`), a subject naming several (`Ủy ban … và các đoàn thể …`), or a
    name whose end no verb of the lists marks."""
    if EVERY_UNIT.match(fold(content)) or not (UNIT_START.match(fold(content)) or body_named(content, 0)):
        return None
    found = assignment_in(content)
    start = len(opening_post(content))  # (`Chỉ huy trưởng Ban Chỉ huy Quân sự xã …`: its body)
    if found is None or not found.lead or not content.startswith(found.lead, start):
        return None
    # (a post by its field, its holder noted after it, `Phó Trưởng phòng phụ trách công tác nghiệp vụ
    # (Trung tá …) chỉ đạo …`: the verb follows the note, which bounds the field; a field read as a
    # task, `… phụ trách công tác tuần tra, kiểm soát (…)`, is not cut; prose_facts.holder_after_post)
    past = content[start + len(found.lead) :]
    noted = holder_after_post(past, found.lead)
    ran_on = not verb_follows(fold(_past_own_short_form(past[len(noted) :], found.lead)).lstrip())
    if not noted:
        found.lead = _name_before_verb(found.lead, ran_on=ran_on)  # `Ban Pháp chế giám sát chuyên đề …`
    after = content[start + len(found.lead) :]
    after = _past_own_short_form(after[len(holder_after_post(after, found.lead)) :], found.lead)
    if field := _field_after_dash(after, proper=found.lead.split()[-1][:1].isupper()):
        found.lead, after = content[start : start + len(found.lead) + len(field)], after[len(field) :]
    if _COLLECTIVE.search(fold(found.lead)) or not (after[:1] == " " and after[1:2].islower()):
        return None
    return found if verb_follows(fold(after).lstrip()) else None


# Points that each open with the one body doing them, its verb right after its name (`- Đội X rà soát
# …`, `- Đội Y (Đội QLY) đôn đốc …`), under a dispatch's topic headings (`1. Về thu ngân sách`): at
# least this many of a point's fellows open that way, and at least this share of them.
_SUBJECT_BODY_POINTS = 3
_SUBJECT_BODY_SHARE = 0.75
# The marks of headings whose lists of points are read as one run (`1.` … `4.` over their dashes).
_TOPIC_HEADING_KINDS = ("roman", "number", "decimal", "letter")


def _fellow_points(node: Node) -> list[Node]:
    """The points of a node's kind in its list and, where that list stands under a numbered topic
    heading, in the lists under the headings of that heading's kind beside it (a dispatch whose points
    run on from topic to topic: `1. Về …` over `- …`, `2. Về …` over `- …`)."""
    parent = node.parent
    if parent is None:
        return []
    lists = [parent]
    if parent.parent is not None and parent.kind in _TOPIC_HEADING_KINDS:
        lists = [other for other in parent.parent.children if other.kind == parent.kind]
    return [point for heading in lists for point in heading.children if point.kind == node.kind]


def _body_doing(content: str) -> Assignment | None:
    """The one named body a point opens with that does its task (`_subject_body`); None where the
    point tells what the body has done or is doing (`Tổ X đã kiểm tra …`, `Đội Y đang rà soát …`)."""
    found = _subject_body(content)
    return None if found is None or _TOLD_AT_END.search(found.lead) else found


def _subject_body_opens(node: Node) -> bool:
    """Whether a point opens with one named body doing it (`_body_doing`), read once per node."""
    cache = node.__dict__
    if "_subject_body_opens" not in cache:
        cache["_subject_body_opens"] = _body_doing(node.text) is not None
    return cache["_subject_body_opens"]


def _among_subject_body_points(node: Node) -> bool:
    """Whether a point stands among fellow points (`_fellow_points`) that mostly name their own doer,
    at least _SUBJECT_BODY_POINTS of them opening with the one named body doing them and
    _SUBJECT_BODY_SHARE of all naming a doer: so opening (`- Văn phòng Hội tổng hợp …`), or opening
    with every body of a kind (`- Các chi hội khu phố rà soát …`: `_names_own_doer`), or closing with
    it in a parenthesis or a sentence (`- Tổ chức trao quà … (Văn phòng Hội chuẩn bị).`:
    `_labelled_lead_points`). A list where only a point or two open with a body (a body named as the
    topic of a finding, a point beside label-led ones) is not this shape, nor one of bare tasks with
    three such points among them (under the share), nor are results told (`Đội X đã tổ chức …`:
    `_body_doing`)."""
    fellows = [other for other in _fellow_points(node) if other is not node]
    opening = sum(1 for other in fellows if _subject_body_opens(other))
    if opening < _SUBJECT_BODY_POINTS:
        return False
    top = node
    while top.parent is not None and top.kind != "roman":
        top = top.parent
    closing = {id(point) for point in _labelled_lead_points(top)}
    naming = sum(
        1
        for other in fellows
        if _subject_body_opens(other) or id(other) in closing or _names_own_doer(other.text)
    )
    return _most_of(naming, len(fellows), _SUBJECT_BODY_POINTS, _SUBJECT_BODY_SHARE)


def _past_own_short_form(after: str, name: str) -> str:
    """The text after a body's name past the short form of that name printed in parentheses right
    after it (`Đội Quản lý thuế số 2 (Đội QLT2) rà soát …` → ` rà soát …`: the body named once in full
    with the abbreviation the later points use alone), or past the parent body noted after a dashed
    name before the verb (`(Sở VHTTDL) tham mưu …`, _parent_note_closing); `after` as it is where the
    parenthesis holds anything else (a partner, a place, a person: `(phối hợp Công an xã)`, `(ông X)`)."""
    m = _SHORT_FORM_FIRST.match(after)
    if m is None or not spells_out(m.group(1), name):
        # (nor past the parent body noted after a dashed name whose second part it closed, its verb
        # after the note: `Phòng Lãnh sự - Hợp tác quốc tế (Sở Ngoại vụ) là đơn vị đầu mối …` → ` là
        # đơn vị đầu mối …`; after any other name such a note may name a partner, `(Công an xã)`)
        return " " + after[end:] if (end := _parent_note_closing(after, name)) else after
    return " " + after[m.end() :].lstrip()


def _parent_note_closing(after: str, name: str) -> int:
    """Where the parent body's note after `name` ends (prose_facts.parent_note_end) where `name` is a
    two-part dashed name whose second part that note closed (prose_facts.dashed_part); 0 otherwise."""
    first, dash, second = name.rpartition(" - ")
    if not dash or not (end := parent_note_end(after)):
        return 0
    return end if dashed_part(second + after, before=first + " ") == second else 0


def _name_before_verb(name: str, *, ran_on: bool) -> str:
    """A body's name read past its sentence's verb (`Ban Pháp chế giám sát chuyên`, `Ban Kinh tế - Xã
    hội thẩm tra các`: no verb of the lists that end a name stopped it) up to the first word in lower
    case that opens a task after its field; `name` itself where none does, where the verb is a field
    listed after a comma or `và` (`Đội Chỉ huy, điều khiển giao thông và giám sát`), or where the
    field is an act whose object follows in lower case (`Ban Chỉ đạo phòng, chống thiên tai xã`, `Ban
    Quản lý dự án đầu tư xây dựng …`) and a verb follows the name as read — unless the reading `ran_on`
    into the sentence (`Khoa Kiểm soát nhiễm khuẩn giám sát việc …`, no verb after it)."""
    words = name.split(" ")
    if len(words) < 3 or (not ran_on and verb_follows(fold(" ".join(words[1:])))):
        return name
    folded = folded_same_length(name).lower()
    for index in range(2, len(words)):
        previous = words[index - 1]
        at = len(" ".join(words[:index])) + 1
        if (
            words[index][:1].islower()
            and not previous.endswith(",")
            and previous not in ("và", "-", "–")
            # (read in place: `Công nghệ thông tin` is a field, `thông tin` after it informs no one)
            and _TASK_AT.match(folded, at)
        ):
            return " ".join(words[:index])
    return name


# A task's verb where it stands in a text (ACTION, not only at its start; its lookbehinds see the
# words before it).
_TASK_AT = re.compile(ACTION.pattern.removeprefix("^"))


def _field_after_dash(after: str, *, proper: bool = False) -> str:
    """The field a dash joins to a body's name that opens a sentence (`after`: the text after the
    name), a capitalised word and at most three in lower case, where a verb of the lists comes right
    after it and the field is no verb itself (`Khoa Hồi sức tích cực - Chống độc kiểm tra …`), the
    shortest such; "" where none does (`Tổ Ngữ văn - Xây dựng chuyên đề …` is a label and its task)."""
    dash, _space, rest = after.lstrip(" ").partition(" ")
    words = rest.split(" ")
    if not after.startswith(" ") or dash not in ("-", "–") or not words[0][:1].isupper():
        return ""
    if verb_follows(fold(rest)):
        return ""  # the dash opens the task (`- Xây dựng …`)
    # Where the name ends in a proper name (`Trạm Kiểm lâm liên xã Tà Sa - Nà Pò kiểm tra …`, `proper`),
    # the dash may join another proper name, capitalised word by word (two places one body serves);
    # a capitalised word after a word in lower case is no such name.
    named = proper and all(word[:1].isupper() for word in words[:2])
    for size in range(1, 5):
        if len(words) <= size or (size > 1 and not words[size - 1][:1].islower() and not named):
            return ""
        if named and not words[size - 1][:1].isupper():
            return ""
        if verb_follows(fold(" ".join(words[size:]))):
            return after[: len(after) - len(" ".join(words[size:])) - 1]
    return ""


def _among_unit_headings(node: Node) -> bool:
    """Whether a point stands among headings that name a unit over its own duties: a sibling of it,
    or of a point above it, is a unit's name alone on its line (`1. Phòng Kinh tế` over `a)`–`c)`,
    `1. Ủy ban nhân dân tỉnh`, `Công an xã:`) — a document that assigns its work unit by unit. (Run-in
    labels, `1. Phòng X: <task>`, are `_beside_run_in_labels`'.)"""
    part = node
    while part.parent is not None:
        if any(other is not part for other in _unit_headings(part.parent, part.kind)):
            return True
        part = part.parent
    return False


def _unit_headings(parent: Node, kind: str) -> list[Node]:
    """The children of a kind whose text is a unit's name alone (`unit_heading` with no task after
    it), read once per node and kind (every point of a long list asks)."""
    cache = parent.__dict__.setdefault("_unit_headings", {})
    if kind not in cache:
        cache[kind] = [
            other
            for other in parent.children
            if other.kind == kind and (found := unit_heading(other.text)) is not None and not found[1]
        ]
    return cache[kind]


def _opens_task(content: str, lead: str) -> bool:
    """Whether the sentence goes on, right after the unit that opens it (and a gloss on it in
    parentheses, prose_facts.subject_gloss: `Chi nhánh số 1 (tại huyện X) tiếp nhận …`), with a task's
    verb (not a label ending in a colon); after a post by the field in its charge, past its holder's
    note (`Phó Trưởng phòng phụ trách … (đồng chí …) trực tiếp kiểm tra …`: holder_after_post)."""
    if ":" in " ".join(content.split()[:6]):
        return False  # `Số lượng đơn vị kiểm tra: Tối thiểu 20% …` is a label and its value
    at = content.find(lead)
    # (after the post of its head: `Chỉ huy trưởng Ban Chỉ huy Quân sự xã bố trí …`)
    rest = content[at + len(lead) :]
    after = fold(rest[len(subject_gloss(rest) or holder_after_post(rest, lead)) :]).lstrip(" ,;-–")
    return at == len(opening_post(content)) and bool(ACTION.match(after))


def _is_title(text: str) -> bool:
    """A short line that ends no sentence: a topic's title, not a task's sentence. A sentence with
    its time printed after its full stop (`Tiếp nhận hồ sơ qua Bộ phận một cửa. Thường xuyên`, a
    portal's badge `Hạn: 30/11` read into the line) is a task's sentence."""
    if len(text.split()) > 20 or text.rstrip().endswith((".", ";", ":", "!", "?")):
        return False
    sentence, stop, after = text.rstrip().rpartition(". ")
    return not (stop and len(sentence.split()) >= 4 and len(after.split()) <= 8 and _names_a_time(after))


def _topic_and_task(text: str) -> str | None:
    """`Đẩy mạnh rà soát, hoàn thiện thể chế: Các bộ khẩn trương trình …` → the task after the
    topic's title, where a unit starts it; None for a paragraph that is not so built
    (`Đối với hạng mục …: Giao …` keeps its scope)."""
    title, colon, rest = text.partition(":")
    folded = fold(title)
    if not colon or len(title.split()) > 25 or folded.startswith(("doi voi", "ve ")) or len(rest) < 40:
        return None
    if title.count("(") > title.count(")"):
        return None  # a label inside the task's closing parenthesis (`… (Giao: Ban X; thời gian: …)`)
    if UNIT_START.search(folded) or not UNIT_START.match(fold(rest.strip())):
        return None
    return rest.strip()


# The most words of a task named before the colon that its doer follows (`_task_then_doer`).
_NAMED_TASK_WORDS = 25


def _task_then_doer(text: str) -> Assignment | None:
    """`Tập huấn nghiệp vụ cho điều tra viên: Phòng X tổ chức 02 lớp …, trong tháng 01/2027` → the
    one named body after the colon that does the task named before it (`_subject_body`: its verb
    right after its name), where the words before the colon open with a task's verb and name no
    body; None otherwise (`Sở X: <task>` is a run-in label, `Công tác …: <unit> …` a topic)."""
    title, colon, rest = text.partition(":")
    folded = fold(title)
    if not colon or len(title.split()) > _NAMED_TASK_WORDS or title.count("(") != title.count(")"):
        return None
    if UNIT_START.match(folded) or body_named(title, 0) or not ACTION.match(folded):
        return None
    return _subject_body(rest.strip())


def _doer_after_task(node: Node) -> bool:
    """Whether a point with no points below it prints its task and then, after a colon, the body that
    does it (`_task_then_doer`), in a section whose other points name their lead after the task
    (`_beside_labelled_leads`): the whole point is the task, led by that body."""
    return not node.children and _beside_labelled_leads(node) and _task_then_doer(node.text) is not None


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
    if fields.get("due") and not (item.due and _names_a_time(item.due) and not _names_a_time(fields["due"])):
        # (a status under a due label, `Tiến độ: Đã xong 45%`, keeps a due the task's text prints; an
        # occasion or a condition read from the task's text, `… kiểm tra … dịp Tết Nguyên đán`, yields
        # to the due label's `15 ngày kể từ ngày giao nhiệm vụ`)
        item.due = fields["due"]
    if fields.get("product"):
        item.note = fields["product"]
    if fields.get("leader") and not item.leader:
        item.leader = fields["leader"]
    if fields.get("note") and not item.note:
        item.note = fields["note"]


def _names_a_time(text: str) -> bool:
    """A date or a round, or a day counted from the document's own (`17h00 thứ Năm tuần này`)."""
    from engine.deadlines.parsing import parse_due
    from engine.importing.event_dues import counts_from_own_day

    due = parse_due(text, year=2000)
    return bool(due.date or due.recurrence) or counts_from_own_day(text)


def mark_ocr(document, items) -> None:
    """Items read from OCR text (a scan's blocks, or text mostly without diacritics) are less sure."""
    from engine.importing.recognition import OCR_SHARE, diacritic_share, lower

    if document.ocr or diacritic_share(document) < OCR_SHARE:
        for item in items:
            item.ocr = True
            lower(item, 0.7, "ocr")


@dataclass(frozen=True)
class _OpeningUnitRule:
    """When a point is led by the unit its sentence opens with: its kinds of mark, whether it must
    have no points below it, print a due, and not open with every unit of a kind (`Các phòng …`);
    the neighbours that show the document assigns that way (`beside`); and how the unit is read."""

    kinds: tuple[str, ...]
    beside: Callable[[Node], bool]
    read: Callable[[str], Assignment | None]
    leaf: bool = True
    dated: bool = False
    one_unit: bool = False
    goes_by: bool = False  # also a name the document said a body goes by (`_goes_by_opening`)


def _topic_or_point_unit(content: str) -> Assignment | None:
    return _unit_after_topic(content) or _point_unit(content)


# A dispatch's points that open with their doer (`_among_doer_points`): at least this many fellows,
# at least this share of them, and at least one fellow naming its body (not all `Các …`).
_DOER_POINTS = 4
_DOER_SHARE = 0.75


def _among_doer_points(node: Node) -> bool:
    """Whether a point stands among fellow points (`_fellow_points`, across a dispatch's topic headings)
    that nearly all open with their doer (`_names_own_doer`: one named body and its verb, or every body
    of a kind), one of them at least a named body. Not taken: a list of topics (`a) Công tác tuyên
    truyền …`) with a doer here and there, under the share; nor a list all `Các …`, which names no
    body to lead and is every unit's charge."""
    return _mostly_doers([other for other in _fellow_points(node) if other is not node])


def _mostly_doers(fellows: list[Node]) -> bool:
    """Whether points nearly all open with their doer (`_names_own_doer`), one at least a named body."""
    doers = [other for other in fellows if _names_own_doer(other.text)]
    named = any(_subject_body_opens(other) for other in doers)
    return named and _most_of(len(doers), len(fellows), _DOER_POINTS, _DOER_SHARE)


def _topic_paragraph_among_doer_points(node: Node) -> bool:
    """Whether a numbered topic's title with no points of its own, its duty the paragraph under it (`3.
    Về thi học sinh giỏi` over `Bộ phận Chuyên môn Phòng GD&ĐT ra đề …`), stands beside topics whose
    lettered points nearly all open with their doer (`_mostly_doers`, as `_among_doer_points`). Not a
    heading over points of its own (they are read), nor a sentence numbered as a point (not a title),
    nor a title among topics whose points are bare tasks (`a) Rà soát …`)."""
    parent = node.parent
    if node.children or not node.body or parent is None or not _is_title(node.text):
        return False
    fellows = [
        point
        for heading in parent.children
        if heading.kind == node.kind and heading is not node
        for point in heading.children
        if point.kind in ("letter", "paren")
    ]
    return _mostly_doers(fellows)


# In order; the first that holds leads the point. Each came with the shape that taught it:
_OPENING_UNIT_RULES = (
    # `3. Công an huyện tuần tra …` in a numbered list whose other duties open with `<unit> chủ
    # trì …`: a duty of the unit it opens with, whatever its verb.
    _OpeningUnitRule(("number", "decimal"), _among_subject_led_duties, _opening_unit, one_unit=True),
    # `6. Văn phòng Thuế tỉnh phối hợp Phòng X công khai …` among `1. Phòng Y: <task>` points (or
    # `c) …` among `a) Phòng Y: …`, or `- Tổ CSKV phối hợp Tổ QLHC tổ chức …` among `- Tổ An ninh:
    # …` dashes): addressed to the unit its sentence opens with, as the run-in labels beside it
    # address theirs (its partner leads nothing). Two such labels of its own kind of mark are asked
    # for (`_beside_run_in_labels`): a dash opening with a unit under a numbered `1. Phòng Y: …` is
    # not taken by this rule, nor one whose section's dashes print no unit before a colon.
    _OpeningUnitRule(
        ("number", "decimal", "letter", "paren", "dash", "plus"),
        _beside_run_in_labels,
        _opening_unit,
        one_unit=True,
    ),
    # `1. Về công tác thu ngân sách: Hải quan cửa khẩu X, Hải quan Y rà soát …` in a dispatch whose
    # points open with a topic and then the unit addressed (or `a) Đội Tổng hợp tổng hợp …` under a
    # bare `4. Về công tác cải cách hành chính:`): the unit after its topic leads.
    _OpeningUnitRule(
        ("number", "decimal", "letter", "paren"),
        _in_topic_led_list,
        _topic_or_point_unit,
        leaf=False,
        one_unit=True,
    ),
    # `1. Thường trực HĐND xã ban hành Kế hoạch … trước ngày 31/01/2027` under `Điều 2. Tổ chức
    # thực hiện`: a timed duty of the body its sentence opens with.
    _OpeningUnitRule(("number", "decimal"), _organising_article, _opening_unit, leaf=False, dated=True),
    # `3. Trạm Y tế xã chủ động phòng, chống …` beside `1. Phòng Kinh tế` over `a)`–`c)`; `c) Ban
    # Pháp chế giám sát …` under `2. Các Ban của HĐND tỉnh`: in a document that assigns unit by
    # unit, a point whose subject is one named body, its verb right after the name, dated or not.
    _OpeningUnitRule(("number", "decimal", "letter"), _among_unit_headings, _subject_body),
    # `- Ban Thanh thiếu nhi trường học hướng dẫn …` in a section whose other points print who leads
    # them (`a) … (ngày 20/3/2027; Ban X phối hợp Y)`, `… . Giao Ban Z chủ trì …`).
    _OpeningUnitRule(
        ("number", "decimal", "letter", "paren", "dash", "plus"), _beside_labelled_leads, _subject_body
    ),
    # `3. Đội Kiểm soát hành chính về xuất nhập cảnh kiểm tra …, xong trước ngày …` in a numbered list
    # whose other points nearly all open with one named body and its verb (`1. Đội Trinh sát nắm tình
    # hình …`, `2. Tổ Cơ động tuần tra …`): the body its sentence opens with leads it, dated or not (no
    # `chủ trì` needed).
    _OpeningUnitRule(
        ("number", "decimal"), _among_subject_opened_duties, _subject_doer_or_opening, one_unit=True
    ),
    # `- Đội Quản lý nợ (Đội QLN) rà soát …`, `- Đội QLN đôn đốc …` under a dispatch's topic headings
    # (`1. Về thu ngân sách` over its dashes), its other points opening the same way: each point's
    # subject, one named body (in full with its short form after it, or the short form alone).
    _OpeningUnitRule(("dash", "plus"), _among_subject_body_points, _body_doing, one_unit=True),
    # `Bộ phận Kế toán lập dự toán …` under `4. Chuẩn bị phương tiện, dụng cụ`, `a) Tổ cơ động tổ
    # chức trực …` under `3. Trực cháy …`: a duty under a topic's title among the section's duties that
    # nearly all open with their doer (`_among_topic_duties`) is led by it, dated or not.
    _OpeningUnitRule(
        ("number", "decimal", "letter"),
        _among_topic_duties,
        _subject_doer_or_opening,
        one_unit=True,
        goes_by=True,
    ),
    # `b) Trường Mầm non Hoa Sen, Trường Tiểu học Tân Phú hoàn thiện hồ sơ …` in a dispatch to every
    # school whose lettered points nearly all open with their doer, named (`c) Trường Tiểu học X chủ
    # trì …`) or every one of a kind (`a) Các trường tiểu học tổ chức …`): the body or bodies its
    # sentence opens with lead it.
    _OpeningUnitRule(("letter", "paren"), _among_doer_points, _point_unit, one_unit=True),
    # `3. Về thi học sinh giỏi, giao lưu` over `Bộ phận Chuyên môn Phòng GD&ĐT ra đề, tổ chức thi …` in
    # such a dispatch, the other topics over lettered points that open with their doer: the body the
    # topic's paragraph opens with leads it.
    _OpeningUnitRule(("number", "decimal"), _topic_paragraph_among_doer_points, _point_unit, one_unit=True),
)


def _led_by_opening_unit(node: Node, content: str, due: str) -> Assignment | None:
    """The unit a point's sentence opens with, by the first of `_OPENING_UNIT_RULES` that holds for
    it, or None. A lead-in clause of what the act rests on before the unit (`Trên cơ sở danh sách tại
    điểm 1, Phòng X ra thông báo …`: `past_lead_in`) is read past when the sentence itself opens with
    no unit a rule reads."""
    for text in dict.fromkeys((content, past_lead_in(content))):
        for rule in _OPENING_UNIT_RULES:
            if (
                node.kind in rule.kinds
                and not (rule.leaf and node.children)
                and not (rule.dated and not due)
                and not (rule.one_unit and EVERY_UNIT.match(fold(text)))
                and rule.beside(node)
                and (
                    found := rule.read(text)
                    or (rule.goes_by and _goes_by_opening(text, _names_gone_by(node)))
                )
            ):
                return found
    return None
