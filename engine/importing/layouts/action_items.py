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
ending in a colon.
"""

import re

from engine.importing.layouts.outline import outline, walk
from engine.importing.layouts.prose_facts import (
    ACTION,
    EVERY_UNIT,
    assignment_in,
    closing_parenthesis,
    due_in,
    lead_and_coordinating,
    unit_heading,
)
from engine.importing.layouts.prose_tasks import mark_ocr, ref_of, section_of, section_skipped
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
    if _NOT_TASK.match(folded):
        return None
    if (heading := unit_heading(text)) and heading[1]:
        # `Phòng Quản lý xây dựng: rà soát …` — the unit before the colon leads the task after it.
        lead, rest = heading
        found = assignment_in(rest)
        return (rest, lead, found.coordinating if found else "") if ACTION.match(fold(rest)) else None
    if (found := assignment_in(text)) is not None and found.lead:
        at = text.find(found.lead)
        rest = text[at + len(found.lead) :] if at >= 0 else ""
        if ACTION.match(fold(rest).lstrip(" ,:;-–")):
            return text, found.lead, found.coordinating
        return None
    if ACTION.match(folded):
        return text, "", ""
    return None


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
    candidates = [
        node
        for node in walk(outline(document))
        if not (
            node.kind in ("roman", "heading")
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
        item = RawItem(content=content, line=node.line, ref=ref_of(node), section=section_of(node))
        item.lead, item.coordinating = lead, coordinating
        item.due = due_in(" ".join([node.text, *node.body]))
        if not lead:
            item.lead, item.coordinating = _closing_lead(node, item.due)
        lower(item, GUESSED_CONFIDENCE, "guessed")
        if not item.lead:
            lower(item, GUESSED_CONFIDENCE, "no_lead")
        items.append(item)
    return items
