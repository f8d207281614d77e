"""Decisions (quyết định) whose articles assign a plan's tasks: `Điều 2. Tổ chức thực hiện`.

A decision promulgates or approves a plan in `Điều 1`, assigns it in `Điều 2` (sometimes `Điều 3`)
and names who carries the decision out in its last article. The assigning article's duties are
numbered paragraphs (`1. Sở Nội vụ - cơ quan thường trực … tham mưu …`), unnumbered paragraphs
(`Giao Phòng Tài chính - Kế hoạch cân đối …`), the article's own line (`Điều 2. Giao Sở Y tế chủ
trì, phối hợp với …`) or duties lettered under a body's heading (`2. Sở Tài chính:` over `a) …`).
The body that opens the sentence leads (after `Giao`, `Đề nghị`, `Yêu cầu`); the deadline is
inside the sentence (prose_facts.due_in). Not tasks: the articles that promulgate or approve
(`Ban hành kèm theo …`, `Phê duyệt … với các nội dung sau: 1. Mục tiêu …`), that put the decision
in force (`có hiệu lực`), that name who carries it out (`… chịu trách nhiệm thi hành Quyết định
này`), and an article whose paragraphs mostly name no body.
"""

import re

from engine.importing.blocks import Paragraph
from engine.importing.layouts.outline import mark_of, paragraphs
from engine.importing.layouts.prose_facts import (
    assignment_in,
    coordinating_in,
    due_in,
    lead_and_coordinating,
    unit_heading,
)
from engine.importing.model import RawItem
from engine.importing.recognition import Context, Recognised, lower, measure_support
from engine.text import fold

_ARTICLE = re.compile(r"^dieu\s+(\d{1,2})\s*[.:]\s*")
_END = re.compile(r"^(?:noi nhan|tm\.|kt\.|tm |kt )")
# Articles that are no assignment, read from their first words or anywhere in them.
_NOT_ASSIGNING_START = re.compile(
    r"^(?:nay\s+)?(?:ban hanh|phe duyet|thanh lap|cong nhan|bai bo|sua doi|quy dinh|kien toan)\b"
)
_NOT_ASSIGNING = re.compile(
    r"chiu trach nhiem thi hanh|thi hanh quyet dinh nay|thay the quyet dinh"
    # the decision's entry into force, not a duty's time counted from it ("trình … trong vòng 20 ngày
    # kể từ ngày Quyết định này có hiệu lực", "trước khi Quyết định có hiệu lực": _TIMED_BY_FORCE)
    r"|co hieu luc"
)
_TIMED_BY_FORCE = re.compile(r"\b(?:ke tu|truoc|sau|tu)\s+(?:ngay|khi)\s+(?:[a-z]+\s+){0,3}co hieu luc")
# Words before the body that a request or an order opens with.
_ASKS = re.compile(r"^(?:đề nghị|yêu cầu)\s+", re.IGNORECASE)
_TITLE_WORDS = 14


def _is_decision(texts: list[str]) -> bool:
    """A title `QUYẾT ĐỊNH` (or its formula `QUYẾT ĐỊNH:`) near the top and two articles or more."""
    folded = [fold(text).strip(" :") for text in texts]
    titled = any(text == "quyet dinh" for text in folded[:80])
    return titled and sum(1 for text in folded if _ARTICLE.match(text)) >= 2


def _articles(found: list[tuple[int, str]]) -> list[tuple[int, list[tuple[int, str]]]]:
    """(number, [(line, text), …]) for each article: its own line (less `Điều N.`), then the
    paragraphs up to the next article or the addressees and signature."""
    articles: list[tuple[int, list[tuple[int, str]]]] = []
    for line, text in found:
        folded = fold(text)
        if _END.match(folded):
            break
        if match := _ARTICLE.match(folded):
            head = text[match.end() :].strip()
            articles.append((int(match.group(1)), [(line, head)] if head else []))
        elif articles and text:
            articles[-1][1].append((line, text))
    return articles


def _assigns(parts: list[tuple[int, str]]) -> bool:
    head = fold(parts[0][1]) if parts else ""
    if _NOT_ASSIGNING_START.match(head):
        return False
    return not any(_NOT_ASSIGNING.search(_TIMED_BY_FORCE.sub("", fold(text))) for _line, text in parts)


def _lead_of(text: str):
    """(lead, coordinating, leader) the sentence names: `Giao X chủ trì, phối hợp với Y …`,
    `X - cơ quan thường trực, …`, `Đề nghị X phối hợp …`."""
    asked = _ASKS.sub("", text)
    found = assignment_in(asked)
    if found is None and (pair := lead_and_coordinating(asked)):
        return pair[0], pair[1], ""
    if found is None:
        return "", coordinating_in(asked), ""
    return found.lead, found.coordinating or coordinating_in(asked), found.leader


def _is_title(text: str) -> bool:
    return len(text.split()) <= _TITLE_WORDS and not text.rstrip().endswith((".", ";", ":"))


def read_article(number: int, parts: list[tuple[int, str]]) -> list[RawItem]:
    """The duties of one assigning article: one item per paragraph that is a duty; a body's
    heading (`2. Sở Tài chính:`) leads the lettered duties under it."""
    items: list[RawItem] = []
    group, group_mark = "", ""
    section = f"Điều {number}. {parts[0][1]}" if parts else f"Điều {number}"
    for line, text in parts:
        marked = mark_of(text)
        kind, mark, body = marked if marked else ("", "", text)
        if kind in ("", "number", "decimal", "roman", "paren"):
            group, group_mark = "", ""  # a new duty at the article's level ends a heading's group
        if heading := unit_heading(body):
            unit, rest = heading
            if not rest and body.rstrip().endswith(":"):
                group, group_mark = unit, mark
                continue
        if body.rstrip().endswith(":"):
            found = _lead_of(body)
            if found[0] and (fold(body).startswith("giao") or " chu tri" in fold(body)):
                group, group_mark = found[0], mark  # `Giao Sở X chủ trì thực hiện các nhiệm vụ sau:`
            continue  # the article's opening sentence, or a topic over its duties
        if _is_title(body):
            continue  # `Tổ chức thực hiện`
        lead, coordinating, leader = _lead_of(body)
        item = RawItem(
            content=body,
            line=line,
            ref=f"Điều {number}" + (f", {group_mark}{mark}" if group_mark else (f", {mark}" if mark else "")),
            section=section,
            lead=lead or group,
            coordinating=coordinating,
            leader=leader,
            due=due_in(body),
        )
        if lead:
            lower(item, 0.9, "guessed_lead")
        items.append(item)
    return items


# A duty given by reference to another article's clauses (`… chủ trì thực hiện các nhiệm vụ tại khoản
# 1, 4 và 7 Điều 1`, `… phối hợp … thực hiện khoản 6 Điều 1`): the numbers and the article.
_REFERENCE = re.compile(
    r"\bkhoan\s+(\d{1,2}(?:\s*(?:,|va|;)\s*(?:khoan\s+)?\d{1,2})*)\s+(?:cua\s+)?dieu\s+(\d{1,2})\b"
)


def _references(text: str) -> list[tuple[bool, int, list[int]]]:
    """(led, article, clause numbers) per clause of the sentence that refers to another article's
    clauses; a clause whose body joins others (`phối hợp …`, no `chủ trì`) coordinates them."""
    found = []
    for clause in fold(text).split(";"):
        for match in _REFERENCE.finditer(clause):
            before = clause[: match.start()]
            led = "phoi hop" not in before or "chu tri" in before
            numbers = [int(number) for number in re.findall(r"\d{1,2}", match.group(1))]
            found.append((led, int(match.group(2)), numbers))
    return found


def assigned_by_reference(document, items: list[RawItem]) -> list[RawItem]:
    """A decision whose `Điều 1` lists the tasks without units and whose `Điều 2` gives them to units
    by number (`Giao X chủ trì thực hiện các nhiệm vụ tại khoản 1, 4 và 7 Điều 1`): the referred
    clauses are the items, led by the body that refers to them; a duty that only refers is none.
    Any prose layout's items of a decision (matched by line); other documents' items unchanged."""
    if not _titled(document):
        return items
    given: dict[tuple[int, int], tuple[str, list[str]]] = {}
    kept: list[RawItem] = []
    for item in items:
        references = _references(item.content)
        clauses = [clause for clause in fold(item.content).split(";") if clause.strip(" .")]
        if not references or len(references) < len(clauses):
            kept.append(item)
            continue
        unit = _lead_of(item.content)[0] or item.lead
        for led, article, numbers in references:
            for number in numbers:
                lead, coordinating = given.get((article, number), ("", []))
                if led:
                    lead = lead or unit
                elif unit:
                    coordinating.append(unit)
                given[(article, number)] = (lead, coordinating)
    if not any(lead for lead, _coordinating in given.values()):
        return items
    by_line = {item.line: item for item in kept}
    found = [(line, text) for line, text in paragraphs(document) if text]
    for number, parts in _articles(found):
        section = f"Điều {number}. {parts[0][1]}" if parts else f"Điều {number}"
        for line, text in parts:
            marked = mark_of(text)
            if not marked or marked[0] != "number" or not given.get((number, int(marked[1])), ("",))[0]:
                continue
            lead, coordinating = given[(number, int(marked[1]))]
            item = by_line.get(line)
            if item is None:
                item = by_line[line] = RawItem(
                    content=marked[2], line=line, ref=f"Điều {number}, {marked[1]}", section=section
                )
                item.due = due_in(marked[2])
                kept.append(item)
            item.lead, item.coordinating = lead, ", ".join(coordinating)
    return sorted(kept, key=lambda item: item.line or 0)


def _titled(document) -> bool:
    """A line `QUYẾT ĐỊNH` among the first paragraphs: checked before the paragraphs are joined,
    so a document of another kind costs only a look at its top."""
    blocks = [block for block in document.blocks[:200] if isinstance(block, Paragraph)]
    lines = (line for block in blocks for line in block.text.split("\n")[:200])
    return any(fold(line).strip(" :*#_") == "quyet dinh" for line in lines)


def recognise(context: Context) -> Recognised | None:
    if not _titled(context.document):
        return None
    found = [(line, text) for line, text in paragraphs(context.document) if text]
    if not _is_decision([text for _line, text in found]):
        return None
    items: list[RawItem] = []
    for number, parts in _articles(found):
        if not parts or not _assigns(parts):
            continue
        duties = read_article(number, parts)
        # An article whose paragraphs mostly name no body describes, it does not assign.
        if duties and sum(1 for item in duties if item.lead) * 2 >= len(duties):
            items.extend(duties)
    items = assigned_by_reference(context.document, items)
    if not items:
        return None
    return Recognised("decision", items, support=measure_support(items, context.document))
