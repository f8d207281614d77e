"""A fallback for assignments retold in running prose (a news article reporting a dispatch): no marks.

Run only when no other recogniser read anything (recognisers.FALLBACKS). A paragraph is cut into
clauses at `;` and at a new sentence; a clause is an item when a body it names is given the action:
the clause opens with the body and its verb (`Sở Xây dựng khẩn trương kiểm tra …`), or a `yêu cầu`,
`đề nghị` or `giao` inside it names the body (`…, Chủ tịch UBND tỉnh yêu cầu Sở X chủ trì …`: the
item starts at the body, or at the clause's start where the asking word opens it: `Đề nghị Ban X
…`), or `Đối với <body>, … đề nghị <task>` addresses it (the task is what follows the verb), or the
clause sets the body apart (`Riêng Trung tâm X đề nghị cập nhật …`: the whole clause); the body's
section in parentheses after its name (`Văn phòng (bộ phận Tổng hợp) dự thảo …`) is skipped. Only
paragraphs of prose count (ending a sentence: not a title, a menu or a
caption); the one who gives the orders (a post, `Chủ tịch UBND tỉnh …`), a quotation and a clause
whose body opens in lower case are no item. The lead, coordinating units and time are
those the clause prints (prose_facts.assignment_in, due_in; where it prints no deadline, the one
day it says a change is in place from, `từ ngày 19/10/2026`); every item is flagged guessed.
"""

import re

from engine.importing.layouts.outline import paragraphs
from engine.importing.layouts.prose_facts import ACTION, assignment_in, due_in, folded_same_length, names_unit
from engine.importing.leaders import HEAD_POST
from engine.importing.model import RawItem
from engine.importing.recognition import Context, Recognised, lower, measure_support

GUESSED_CONFIDENCE = 0.6
MIN_ITEMS = 2
# Where a paragraph's clauses part: a semicolon, or a sentence's end before a capital.
_CLAUSE_END = re.compile(r";\s+|[.!?]\s+")
# Who is asked, inside a clause (folded): the body follows.
_ASKS = re.compile(r"\b(?:yeu cau|de nghi|giao(?: cho)?)\s+")
# `Đối với Sở Y tế, Chủ tịch UBND tỉnh đề nghị <task>` (folded).
_ADDRESSED = re.compile(r"^doi voi\s+([^,]{3,100}),[^,;]{0,80}?\b(?:de nghi|yeu cau|giao)\s+")
# A post, not a body: the one who orders (`Chủ tịch UBND tỉnh`, `Phó Chủ tịch Thường trực …`).
_POST = re.compile(rf"^(?:{HEAD_POST}|lanh dao)\b")
_QUOTE = "\"“”'‘’"
# The day a change must be in place, where a clause prints no deadline (`… bảo đảm học sinh trở lại
# trường từ ngày 19/10/2026`): its due (folded).
_IN_PLACE_FROM = re.compile(r"\btu ngay\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}(?![\d/])")
_SENTENCE_END = (".", "!", "?", "…")
# A body set apart at a clause's start (`Riêng Trung tâm X đề nghị …`, `Còn Phòng Y …`), folded.
_APART = re.compile(r"^(?:rieng|con)\s+(?=\S)")
# The body's section in parentheses after its name (`Văn phòng (bộ phận Tổng hợp) dự thảo …`), folded.
_SECTION_AFTER = re.compile(r"^\([^()]{2,60}\)\s*,?\s*")


def _clauses(text: str) -> list[str]:
    parts, start = [], 0
    for m in _CLAUSE_END.finditer(text):
        if m.group().startswith(";") or text[m.end() : m.end() + 1].isupper():
            parts.append(text[start : m.start() + 1].strip(" ;"))
            start = m.end()
    parts.append(text[start:].strip(" ;"))
    return [part for part in parts if part]


def _due(text: str) -> str:
    if due := due_in(text):
        return due
    starts = list(_IN_PLACE_FROM.finditer(folded_same_length(text)))
    return text[starts[-1].start() : starts[-1].end()] if len(starts) == 1 else ""


def _item_of(clause: str, line: int) -> RawItem | None:
    folded = folded_same_length(clause)
    if m := _ADDRESSED.match(folded):
        lead, task = clause[m.start(1) : m.end(1)].strip(), clause[m.end() :]
        if not names_unit(lead):
            return None
        item = RawItem(content=task, line=line, due=_due(task))
        item.lead = lead
        return item
    # The body asked (`UBND tỉnh giao Sở X …`) before the clause's own subject; the item's text is the
    # clause from the body on, or from its start where the asking word opens it (`Đề nghị Ban X …`)
    # or a body is set apart (`Riêng Trung tâm X đề nghị cập nhật …`).
    starts = [(m.end(), 0 if m.start() == 0 else m.end()) for m in _ASKS.finditer(folded)]
    apart = _APART.match(folded)
    for start, text_from in [*starts, (apart.end(), 0) if apart else (0, 0)]:
        rest = clause[start:]
        if not rest[:1].isupper() or _POST.match(folded[start:]):
            continue
        found = assignment_in(rest)
        if found is None or not names_unit(found.lead) or not rest.startswith(found.lead):
            continue
        after = _SECTION_AFTER.sub("", folded[start + len(found.lead) :].lstrip(" ,:"), count=1)
        if apart and start == apart.end():
            after = re.sub(r"^(?:de nghi|yeu cau|can)\s+", "", after, count=1)
        if not (ACTION.match(after) or re.match(r"(?:chu tri|khan truong|la co quan)\b", after)):
            continue
        rest = clause[text_from:]
        item = RawItem(content=rest, line=line, due=_due(rest))
        item.lead, item.coordinating = found.lead, found.coordinating
        return item
    return None


def recognise(context: Context) -> Recognised | None:
    items: list[RawItem] = []
    for line, text in paragraphs(context.document):
        if not text or text.lstrip()[:1] in _QUOTE or not text.rstrip().endswith(_SENTENCE_END):
            continue  # a quotation; a title, a menu, a caption without a full stop: no prose
        for clause in _clauses(text):
            if (item := _item_of(clause, line)) is not None:
                lower(item, GUESSED_CONFIDENCE, "guessed")
                items.append(item)
    if len(items) < MIN_ITEMS:
        return None
    return Recognised("retold", items, support=measure_support(items, context.document))
