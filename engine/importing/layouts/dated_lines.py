"""A programme of dated lines (chương trình công tác tháng): each entry is a paragraph that opens
with its day — `Ngày 03/3 (thứ Ba): <event>. <Unit> chuẩn bị.`, `Ngày 10 - 11/3: …` — and names the
body that prepares it in a closing sentence (`Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức
chuẩn bị.`), which leads it; the entry is due on its day (a span's last day), in the programme's
year. Paragraphs without a day of their own, in the same programme (`II. CÁC NỘI DUNG THỰC HIỆN
TRONG THÁNG`: `1. Ban Tổ chức Tỉnh ủy tham mưu …`), are read as action_items reads them and run to
the period's end. Applies where three paragraphs or more open with a day.
"""

import re
from datetime import date

from engine.importing.layouts import action_items
from engine.importing.layouts.outline import _STOP, mark_of, paragraphs
from engine.importing.layouts.prose_facts import coordinating_in, names_unit
from engine.importing.model import RawItem
from engine.importing.recognition import Context, Recognised, measure_support
from engine.text import fold

MIN_LINES = 3
# `Ngày 03/3 (thứ Ba):`, `Ngày 10 - 11/3:`, `- Ngày 05/10/2026 (Thứ Hai):`.
_DAY_LINE = re.compile(
    r"^(?:[-–•+]\s*)?Ngày\s+(?:(\d{1,2})\s*[-–]\s*)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?"
    r"\s*(?:\([^()]{2,30}\))?\s*:\s*(\S.*)$",
    re.IGNORECASE,
)
# The closing sentence that names who prepares the entry: `<Unit> chuẩn bị.`, `<Unit> chủ trì,
# phối hợp với <units> chuẩn bị (nội dung).`, or the same in parentheses.
_PREPARES = re.compile(
    r"(?:^|(?<=[.;])\s+|\s\()([^.;()]{3,160}?)\s+(?:chuẩn bị|chuan bi)(?:\s+nội dung|\s+noi dung)?"
    r"\s*\)?\s*[.;]?\s*$",
    re.IGNORECASE,
)
_CHAIRS = re.compile(r"\s+(?:chủ trì|chu tri)\b\s*,?\s*", re.IGNORECASE)


def _entries(document) -> list[tuple[int, re.Match, str]]:
    """(line, the day line's match, the entry's whole text) of each dated paragraph; unmarked
    paragraphs after it (the preparing body's sentence cut onto a line of its own) join it."""
    entries: list[tuple[int, re.Match, str]] = []
    open_entry = False
    for line, text in paragraphs(document):
        if not text:
            open_entry = False
            continue
        if _STOP.match(fold(text)):
            break
        if m := _DAY_LINE.match(text):
            entries.append((line, m, m.group(5).strip()))
            open_entry = True
        elif open_entry and mark_of(text) is None and not text.isupper():
            line0, m0, body = entries[-1]
            entries[-1] = (line0, m0, f"{body} {text.strip()}")
        else:
            open_entry = False
    return entries


def _preparer(text: str) -> tuple[str, str, str]:
    """(the entry without its preparing sentence, lead, coordinating)."""
    m = _PREPARES.search(text)
    if m is None:
        return text, "", ""
    who = m.group(1).strip(" ,")
    lead, coordinating = who, ""
    if chairs := _CHAIRS.search(who):
        lead = who[: chairs.start()].strip(" ,")
        coordinating = coordinating_in(who[chairs.start() :].strip(" ,")) or ""
    if not (names_unit(lead) or (lead[:1].isupper() and len(lead.split()) <= 12)):
        return text, "", ""
    content = text[: m.start()].strip(" (")
    return (content or text), lead, coordinating


def recognise(context: Context) -> Recognised | None:
    document = context.document
    entries = _entries(document)
    if len(entries) < MIN_LINES:
        return None
    year = context.year or (context.period.end.year if context.period else date.today().year)
    items: list[RawItem] = []
    for line, m, text in entries:
        content, lead, coordinating = _preparer(text)
        day, month = int(m.group(2)), int(m.group(3))
        item = RawItem(content=content, line=line, ref=f"{m.group(2)}/{m.group(3)}")
        item.lead, item.coordinating = lead, coordinating
        item.due = f"{day:02d}/{month:02d}/{m.group(4) or year}"
        items.append(item)
    lines = {item.line for item in items}
    items += [item for item in action_items.read_items(document) if item.line not in lines]
    items.sort(key=lambda item: item.line or 0)
    return Recognised("dated_lines", items, support=measure_support(items, document))
