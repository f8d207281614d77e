"""Dues counted from an event whose date the document prints (`trước ngày khai mạc 20 ngày`,
`chậm nhất 15 ngày trước ngày khai mạc`, `sau bế mạc 10 ngày`, with `Đại hội khai mạc lúc 07 giờ 00
ngày 23/8/2026` elsewhere in the text): the date a person computes from the printed one.

Any layout's items are read here after the recogniser chose them (engine/importing/build.py): the
event's date is looked up in the document's paragraphs, once per event, and used only where the
document prints exactly one date for it. The due keeps the words it was computed from
(`03/08/2026 (trước ngày khai mạc 20 ngày)`), so a person sees why; where the event's date is not
printed, or printed twice with different days, the item keeps the time as printed (for review).
"""

import re
from datetime import date, timedelta

from engine.importing.blocks import Paragraph
from engine.importing.layouts.prose_facts import folded_same_length, prints_date

# The events a plan counts its dues from (folded).
_EVENTS = r"khai mac|be mac|khai giang|to chuc|dien ra"
# `trước (ngày|lễ) khai mạc 20 ngày`, `chậm nhất 15 ngày trước ngày khai mạc`, `sau bế mạc 10 ngày`.
_RELATIVE = re.compile(
    rf"(?P<dir1>truoc|sau)\s+(?:ngay\s+|le\s+|khi\s+)?(?P<event1>{_EVENTS})\s+(?:it nhat\s+|toi thieu\s+)?"
    rf"(?P<days1>\d{{1,3}})\s+ngay\b"
    rf"|(?P<days2>\d{{1,3}})\s+ngay\s+(?P<dir2>truoc|sau)\s+(?:ngay\s+|le\s+|khi\s+)?(?P<event2>{_EVENTS})\b"
    # a span after a meeting (`trong vòng 10 ngày kể từ ngày họp`): calendar days, as printed
    r"|trong\s+(?:vong\s+|thoi han\s+)?(?P<days3>\d{1,3})\s+ngay\s+(?:ke\s+)?tu\s+(?:ngay\s+)?"
    r"(?:(?:ket thuc\s+)?cuoc\s+)?(?P<event3>hop)\b(?!\s+(?:dong|nhat|tac|le|phap|ly|chuan|thuc|quy))"
)
# The meeting's own day, in minutes: `- Thời gian: 14 giờ 00, thứ Năm, ngày 06/5/2027.`, `Vào lúc 08
# giờ 30 phút, thứ Ba, ngày 19/9/2028`, or `cuộc họp ngày 02/5/2027` in a notice of its conclusions.
_MEETING_DATE = (
    r"^[\s*•-]*(?:thoi gian(?: hop)?\s*:|vao luc|hom nay)\s*(?:\d{1,2}\s*(?:gio|h|:)\s*(?:\d{2})?"
    r"\s*(?:phut)?\s*,?\s*)?(?:(?:thu\s+\w+|chu nhat)\s*,?\s*)?(?:vao\s+)?ngay\s+"
    r"|(?:cuoc|phien|buoi)\s+hop\s+(?:vao\s+)?ngay\s+"
)
# The event's own date: `khai mạc lúc 07 giờ 00 ngày 23/8/2026`, `khai mạc vào ngày 12/9/2026`,
# `ngày khai mạc: 23/8/2026`.
_TIME_OF_DAY = r"(?:(?:vao\s+)?(?:luc\s+)?\d{1,2}\s*(?:gio|h|:)\s*(?:\d{2})?\s*(?:phut\s*)?,?\s*)?"
_EVENT_DATE = (
    r"(?:{event})\s+(?:(?:se\s+)?(?:duoc\s+)?(?:to chuc|dien ra)\s+)?" + _TIME_OF_DAY + r"(?:vao\s+)?ngay\s+"
    r"|ngay\s+(?:{event})\s*(?::|la|vao)?\s*(?:ngay\s+)?"
)
_DATE = r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])"


def relative_due(text: str) -> tuple[str, int] | None:
    """(event, signed days) of a due counted from an event (`trước ngày khai mạc 20 ngày` →
    ("khai mac", -20)); None where the text counts from none."""
    m = _RELATIVE.search(folded_same_length(text or ""))
    if m is None:
        return None
    if m.group("event3"):
        return "hop", int(m.group("days3"))
    if m.group("event1"):
        direction, event, days = m.group("dir1"), m.group("event1"), int(m.group("days1"))
    else:
        direction, event, days = m.group("dir2"), m.group("event2"), int(m.group("days2"))
    return event, -days if direction == "truoc" else days


def event_date(texts: list[str], event: str, year: int | None) -> date | None:
    """The one date the texts print for the event (`khai mạc … ngày 23/8/2026`); None where they
    print none, or several different ones."""
    event_pattern = _MEETING_DATE if event == "hop" else _EVENT_DATE.replace("{event}", re.escape(event))
    pattern = re.compile("(?:" + event_pattern + ")" + _DATE)
    found: set[date] = set()
    for text in texts:
        for m in pattern.finditer(folded_same_length(text)):
            day, month = int(m.group(1)), int(m.group(2))
            printed_year = int(m.group(3)) if m.group(3) else year
            if printed_year is None:
                continue
            try:
                found.add(date(printed_year, month, day))
            except ValueError:
                continue
    return found.pop() if len(found) == 1 else None


def resolve_event_dues(items, document, year: int | None) -> None:
    """Gives each item whose time counts from a printed event the date that makes (in place):
    its due as printed (a cell, a label) or, without a dated due of its own, its content."""
    texts = [block.text for block in document.blocks if isinstance(block, Paragraph)]
    dates: dict[str, date | None] = {}
    for item in items:
        due = item.due or ""
        source = due if relative_due(due) else ("" if prints_date(due) else item.content)
        found = relative_due(source)
        if found is None:
            continue
        event, days = found
        if event not in dates:
            dates[event] = event_date(texts, event, year)
        if dates[event] is None:
            continue
        m = _RELATIVE.search(folded_same_length(source))
        phrase = source[m.start() : m.end()]
        item.due = f"{dates[event] + timedelta(days=days):%d/%m/%Y} ({phrase})"
