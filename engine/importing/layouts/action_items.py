"""The last resort for prose: marked paragraphs that carry an action, read as guessed items.

Run only when no other recogniser read anything (recognisers.FALLBACKS), so a document of a shape
nobody taught still yields its tasks — each flagged "guessed from the sentence" for a person to
check — instead of none. A paragraph of the outline (outline.py: `1.`, `1/`, `1)`, `a)`, `(1)`,
`-`, `+`, `•`) with no marked paragraphs under it is an item when its sentence opens with a task
verb (`rà soát`, `xây dựng`, `báo cáo` …), either at once or after the unit it names: `Phòng X: rà
soát …` (a unit and a colon), `Sở X chủ trì, …`, `Giao Sở X tổ chức …`. The lead, coordinating
units and deadline are those the sentence prints (prose_facts.unit_heading, assignment_in,
due_in). What the outline leaves out stays out (the addressees, `Nơi nhận` and what follows, the
closing formula), and so do sections of aims and requirements, legal bases and budget
(prose_tasks.section_skipped), a paragraph opening with `Căn cứ`, a table's caption and a title
ending in a colon; so does, under `TỔ CHỨC THỰC HIỆN`, an undated general charge to every unit of a
kind or to their heads (`Giám đốc các chi nhánh, xí nghiệp căn cứ Kế hoạch chủ động triển khai thực
hiện.`, prose_tasks.general_charges), not one dated, asking a report or sending a product to a named
unit, nor one to a named unit.
"""

import re

from engine.importing.event_dues import relative_due
from engine.importing.layouts.outline import mark_of, outline, paragraphs, walk
from engine.importing.layouts.prose_facts import (
    ACTION,
    EVERY_UNIT,
    asks_report,
    assignment_in,
    closing_parenthesis,
    due_in,
    every_unit_subject,
    folded_same_length,
    lead_and_coordinating,
    past_lead_in,
    prints_date_or_recurrence,
    subject_gloss,
    unit_heading,
)
from engine.importing.layouts.prose_tasks import (
    general_charges,
    mark_ocr,
    ref_of,
    section_of,
    section_skipped,
    standing_body_lead,
)
from engine.importing.model import RawItem
from engine.importing.recognition import Context, Recognised, lower, measure_support
from engine.text import fold

GUESSED_CONFIDENCE = 0.6
MIN_ITEMS = 2
# Marked paragraphs that are no item, whatever their verb: legal bases, lead-ins, the closing.
_NOT_TASK = re.compile(
    r"^(?:can cu|thuc hien (?:chi thi|nghi quyet|quyet dinh|ke hoach|y kien)|theo de nghi|xet de nghi)\b"
)


def _task_of(text: str) -> tuple[str, str, str] | None:
    """(the task's text, lead, coordinating) of a paragraph that carries an action; None otherwise."""
    folded = fold(text)
    if _NOT_TASK.match(folded) and past_lead_in(text) == text:
        # (`Căn cứ diễn biến dịch bệnh, Chi cục X ra quyết định …`: a unit's act after what it rests
        # on, no legal basis; `past_lead_in`)
        return None
    if (heading := unit_heading(text)) and heading[1]:
        # `Phòng Quản lý xây dựng: rà soát …` — the unit before the colon leads the task after it.
        lead, rest = heading
        found = assignment_in(rest)
        return (rest, lead, found.coordinating if found else "") if ACTION.match(fold(rest)) else None
    if (found := assignment_in(text)) is not None and found.lead:
        at = text.find(found.lead)
        rest = text[at + len(found.lead) :] if at >= 0 else ""
        rest = rest[len(subject_gloss(rest)) :]  # `Tổ Dược lâm sàng (Khoa Dược) trình bày …`
        if ACTION.match(fold(rest).lstrip(" ,:;-–")):
            return text, found.lead, found.coordinating
        return None
    if ACTION.match(folded):
        return text, "", ""
    if (subject := every_unit_subject(text)) and ACTION.match(fold(text[len(subject) :]).lstrip(" ,")):
        # `Các khoa lâm sàng đăng ký …, gửi Khoa Dược chậm nhất 05 ngày …`: every unit of a kind (no
        # lead), a task where it prints a time of its own (a day, or days counted from an event)
        return (text, "", "") if due_in(text) or relative_due(text) else None
    return None


# A meeting's own fields (`Thời gian: 14 giờ 00, thứ Năm, ngày 21/10/2027.`, `Địa điểm: …`, `Chủ trì:
# …`, `Thành phần: …`) and the one over its agenda on a line of its own (`Nội dung:`, `Nội dung cuộc
# họp:`, `Chương trình:`), folded.
_MEETING_FIELD = re.compile(r"^(?:thoi gian|dia diem|chu tri|thanh phan)\b[^:]{0,20}:")
_AGENDA_FIELD = re.compile(
    r"^(?:noi dung|chuong trinh)(?:\s+(?:cuoc |buoi |phien )?(?:hop|hoi nghi|lam viec))?\s*:\s*$"
)
_FIELDS_ABOVE = 4


def _agenda_lines(document) -> set[int]:
    """The lines of a meeting's agenda: the marked paragraphs right under its `Nội dung:` field where
    that field stands among the meeting's own (`Thời gian:`, `Địa điểm:` …): what the meeting is to
    discuss (a giấy mời's, a programme of a conference), no task. The agenda ends at the first
    paragraph without a mark (`Để chuẩn bị nội dung cuộc họp, đề nghị:`)."""
    found = paragraphs(document)
    fields = [fold(text).strip(" -–*•") for _line, text in found]
    agenda: set[int] = set()
    for index, text in enumerate(fields):
        if not _AGENDA_FIELD.match(text) or not any(
            _MEETING_FIELD.match(above) for above in fields[max(0, index - _FIELDS_ABOVE) : index]
        ):
            continue
        for line, after in found[index + 1 :]:
            if mark_of(after) is None:
                break
            agenda.add(line)
    return agenda


# A time a sentence opens with before its subject (`Sau cuộc họp, Khoa Dược hoàn thiện …`, `Trước
# ngày khai mạc, Phòng X …`), folded: a short clause closed by a comma.
_OPENING_TIME = re.compile(r"^(?:ngay\s+)?(?:sau|truoc|trong)\s+(?:khi\s+)?[^,;.:]{2,40},\s*")


def _task_after_list(node, text: str) -> tuple[str, str, str] | None:
    """(the task's text, lead, coordinating) of a paragraph printed after a list, in the body of its
    last item (the outline's reading), that is a task of its own: a sentence whose subject is a unit,
    after a time it may open with (`Sau cuộc họp, Khoa Dược hoàn thiện …, trình … trong vòng 07
    ngày.`), or every unit's report with a time of its own (prose_facts.asks_report; no lead); None
    for more of the item's own sentence."""
    if node.parent is None or node.parent.children[-1] is not node or not text[:1].isupper():
        return None
    if asks_report(text) and prints_date_or_recurrence(due_in(text)):
        # `Các đơn vị báo cáo kết quả … trước ngày 15/12/2026.` after the list: every unit's report
        # with a time of its own, a task with no lead (its time no part of the last item's)
        return text, "", ""
    opening = _OPENING_TIME.match(folded_same_length(text))
    rest = text[opening.end() :] if opening else text
    found = _task_of(rest)
    # the unit is the sentence's subject (not `Yêu cầu các đơn vị nghiêm túc thực hiện./.`, the
    # closing formula, nor every unit of a kind)
    if found is None or not found[1] or not rest.startswith(found[1]) or EVERY_UNIT.match(fold(found[1])):
        return None
    return text, found[1], found[2]


def _closing_lead(node, due: str) -> tuple[str, str]:
    """(lead, coordinating) of a task whose sentence opens with its verb and names its unit at the
    end: in its closing parenthesis (`… (Phòng X chủ trì; trước ngày …)`, or a bare name after the
    sentence's own time: `… chậm nhất ngày 30/11/2026 (Phòng X).`), or in a clause or sentence of
    its own (`…; Văn phòng … chủ trì.`); ("", "") where it names none."""
    if closing := closing_parenthesis(node.text, dated=bool(due)):
        return closing.lead, closing.coordinating
    for clause in re.split(r";\s+|(?<=\.)\s+", " ".join([node.text, *node.body])):
        if pair := lead_and_coordinating(clause.strip()):
            return pair
    return "", ""


# A list of numbered duties: a numbered paragraph whose numbered siblings are read as tasks (two at
# least, and at least this share of them) is a duty too when it opens with a unit or prints a time,
# whatever its verb (`3. Trạm Y tế xã khám sức khỏe …`, `6. Các tổ dân phố báo cáo … hằng ngày`).
_LIST_SHARE = 0.5
_NUMBERED = ("number", "decimal", "paren")


def _in_duty_list(node, read: set[int]) -> bool:
    if node.kind not in _NUMBERED or node.parent is None:
        return False
    siblings = [other for other in node.parent.children if other.kind == node.kind and other is not node]
    done = sum(1 for other in siblings if id(other) in read)
    return done >= MIN_ITEMS and done >= _LIST_SHARE * len(siblings)


def _listed_duty(text: str, node) -> tuple[str, str, str] | None:
    """(the task's text, lead, coordinating) of a duty in a list of duties whose verb no list holds:
    its lead the unit that opens it, or none where it addresses every unit of a kind or no unit
    (then it must print a time of its own)."""
    folded = fold(text)
    if _NOT_TASK.match(folded) or len(text.split()) < 5:
        return None
    if not EVERY_UNIT.match(folded) and (found := assignment_in(text)) is not None and found.lead:
        return text, found.lead, found.coordinating
    return (text, "", "") if due_in(" ".join([text, *node.body])) else None


def recognise(context: Context) -> Recognised | None:
    document = context.document
    items = read_items(document)
    if len(items) < MIN_ITEMS:
        return None
    mark_ocr(document, items)
    return Recognised("action_items", items, support=measure_support(items, document))


def read_items(document) -> list[RawItem]:
    """The marked paragraphs that carry an action, each a guessed item (also read by
    dated_lines.py for a programme's paragraphs without a day)."""
    items: list[RawItem] = []
    leads: dict[int, tuple[str, str]] = {}  # a list item's lead, for the sub-items nested under it
    agenda = _agenda_lines(document)
    lines = {text: line for line, text in paragraphs(document)}
    candidates = [
        node
        for node in walk(outline(document))
        if not (
            node.line in agenda
            or node.kind in ("roman", "heading")
            or (node.children and not node.nests)
            or node.captions_table
            or section_skipped(node)
            or node.text.rstrip().endswith(":")
        )
    ]
    read = {id(node) for node in candidates if _task_of(node.text) is not None}
    for node in candidates:
        found = _task_of(node.text)
        if found is None and _in_duty_list(node, read):
            found = _listed_duty(node.text, node)
        if found is None:
            continue
        content, lead, coordinating = found
        if not lead and node.parent is not None and id(node.parent) in leads:
            lead, coordinating = leads[id(node.parent)]  # a nested sub-item: its item's lead
        if node.nests and lead:
            leads[id(node)] = (lead, coordinating)
        after = [(text, task) for text in node.body if (task := _task_after_list(node, text))]
        body = [text for text in node.body if text not in dict(after)]
        item = RawItem(content=content, line=node.line, ref=ref_of(node), section=section_of(node))
        # (`Tổ Hành chính, tổng hợp là bộ phận thường trực …`: the standing body by its whole name)
        item.lead, item.coordinating = standing_body_lead(content, lead), coordinating
        item.due = due_in(" ".join([node.text, *body]))
        if not lead:
            item.lead, item.coordinating = _closing_lead(node, item.due)
        lower(item, GUESSED_CONFIDENCE, "guessed")
        if not item.lead:
            lower(item, GUESSED_CONFIDENCE, "no_lead")
        items.append(item)
        for text, (task, lead, coordinating) in after:
            # `Sau cuộc họp, Khoa Dược hoàn thiện …` after the list: a task of its own
            own = RawItem(content=task, line=lines.get(text, node.line), section=section_of(node))
            own.lead, own.coordinating, own.due = lead, coordinating, due_in(task)
            lower(own, GUESSED_CONFIDENCE, "guessed")
            if not lead:
                lower(own, GUESSED_CONFIDENCE, "no_lead")
            items.append(own)
    # (`Thủ trưởng các phòng, đơn vị … chủ động triển khai …` under `TỔ CHỨC THỰC HIỆN`, undated: a
    # general charge, no item)
    charges = general_charges(items)
    return [item for item in items if id(item) not in charges]
