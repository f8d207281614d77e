"""Dues counted from an event whose date the document prints (`trước ngày khai mạc 20 ngày`,
`chậm nhất 15 ngày trước ngày khai mạc`, `sau bế mạc 10 ngày`, with `Đại hội khai mạc lúc 07 giờ 00
ngày 23/8/2026` elsewhere in the text; or the event called by its noun, `Sau buổi lễ 02 ngày` with
`Lễ khai giảng được tổ chức vào lúc 07 giờ 30 ngày 15/9/2026`, `Sau Hội nghị 05 ngày` with a sheet's
title line `(Hội nghị tổ chức ngày 18/01/2028 …)`; in working days where it says so, `Sau Hội nghị 05
ngày làm việc`; the event's own day, `Trong ngày Hội nghị`): the date a person computes from the
printed one.

Any layout's items are read here after the recogniser chose them (engine/importing/build.py): the
event's date is looked up in the document's paragraphs, once per event, and used only where the
document prints exactly one date for it. The due keeps the words it was computed from
(`03/08/2026 (trước ngày khai mạc 20 ngày)`), so a person sees why; where the event's date is not
printed, or printed twice with different days, the item keeps the time as printed (for review).

A span counted from the document's own signing (`trong vòng 15 ngày kể từ ngày ban hành Thông báo
này`, `07 ngày làm việc kể từ ngày ký`) is counted from the place-and-date line of its heading
(`Đông Thạnh, ngày 06 tháng 4 năm 2027`), in calendar or in working days as it says. In a register
whose rows are each a paper (a conclusion, a decision), a span counted from that paper's day (`30
ngày kể từ ngày ký kết luận`) is counted from the day the row prints under a `Ngày …` header naming
it (`Ngày KL`, `Ngày ban hành`); with no such column, from the day the row's own text gives the act
(`… (Trưởng phòng giao ngày 10/10/2028)` for `05 ngày làm việc kể từ ngày giao`).

A time that names only a weekday (`Thứ Ba`, `Trước thứ Tư`, `Sáng thứ Hai`) or the whole week (`Cả
tuần`) in a table under a heading that prints a week's days (`### 3. Kế hoạch tuần 19 (10/5 – 14/5/2027)`
in a weekly report whose own period is the week before) is that weekday's date in that week, or its
last printed day.

A time tied to a legal text's entry into force (`Trước ngày Thông tư có hiệu lực`, `chậm nhất 45 ngày
kể từ ngày Nghị định có hiệu lực`) is counted from the day the document says it enters into force.

A message's own day is its heading's, a web post's, or a saved mail's `Sent:`/`Date:` line, its month
written in English too (`Sent: Thursday, May 13, 2027 4:12 PM`, `Date: Sat, 27 Mar 2027 …`). A time
given as the one above (`cùng thời hạn trên`, a clause closing `… cùng thời hạn.`) or as a numbered
point's (`thời hạn như mục 1`) is that item's, where it is dated.

A time that names a span the document defines elsewhere (`Thời hạn: trong Tháng hành động`, with
`Tháng hành động diễn ra từ ngày 15/4/2027 đến ngày 15/5/2027` in the aims) is due at the span's end;
so is a duty through an event's days or until it ends (`trong các ngày diễn ra lễ hội`, `đến khi kết
thúc lễ hội`). A season named in lower case (`trong suốt mùa mưa bão`) is due at the end printed
after its name elsewhere (`… mùa mưa bão (đến hết tháng 11/2027)`).

In a record made on the spot (`BIÊN BẢN KIỂM TRA`), days counted from the inspection or the record
(`15 ngày kể từ ngày kiểm tra`) count from the record's own day (its opening `Hồi … ngày …`). A lunar
day printed alone (`vào ngày 11 tháng Giêng`) is the solar day a day of the same lunar month printed
beside its solar one gives (`ngày 10 tháng Giêng (ngày 04/02/2028)`). An OCR document's event days
are looked up in its paragraphs with their wrapped lines joined.
"""

import calendar
import re
from datetime import date, timedelta
from itertools import pairwise

from engine.deadlines.calendar import WorkingCalendar
from engine.deadlines.parsing import NUMBER_WORDS, WEEKDAY, day_in_week, english_day, number_from_words
from engine.importing.blocks import Paragraph, Table
from engine.importing.layouts.days import day_span
from engine.importing.layouts.prose_facts import REGULAR_MEETING, folded_same_length, prints_date

# The events a plan counts its dues from (folded): its opening or closing, or the event itself by
# the noun the plan calls it (`sau buổi lễ 02 ngày`, `sau Hội thao 03 ngày`, `sau Hội nghị 05 ngày`).
# (`Sau Ngày hội 07 ngày`, `Sau kỳ họp 10 ngày`: a festival's or a council session's days.)
# (`Trước phiên họp 07 ngày`: a body's meeting, dated by the group row its rows stand under.)
_NOUN_EVENTS = (
    r"(?:buoi\s+)?le hoi|(?:buoi\s+)?le|hoi nghi|hoi thao|hoi thi|hoi dien|hoi cho|dai hoi|ngay hoi|ky hop"
    r"|phien hop"
)
# (`trước ngày họp 02 ngày`, `05 ngày làm việc trước ngày họp`, `sau cuộc họp 07 ngày`: the meeting a
# giấy mời calls, dated by its `Thời gian:` field; not `hợp đồng`, `hợp nhất` …, which fold alike)
_MEETING = r"(?:cuoc\s+)?hop(?!\s+(?:dong|nhat|tac|le|phap|ly|chuan|thuc|quy))\b"
# (`khai hội`: a festival's opening, as `khai mạc` is an event's: `Lễ khai hội vào 8 giờ 00 ngày …`)
_OPENINGS = r"khai mac|be mac|khai giang|khai hoi"
_EVENTS = _OPENINGS + r"|to chuc|dien ra|" + _NOUN_EVENTS + "|" + _MEETING
_NOUN_EVENT = re.compile(rf"^(?:{_NOUN_EVENTS})$")
# `trước (ngày|lễ) khai mạc 20 ngày`, `chậm nhất 15 ngày trước ngày khai mạc`, `sau bế mạc 10 ngày`.
# Working days where it says so (`Sau Hội nghị 05 ngày làm việc`, `05 ngày làm việc trước Đại hội`).
_RELATIVE = re.compile(
    rf"(?P<dir1>truoc|sau)\s+(?:ngay\s+|le\s+|khi\s+)?(?P<event1>{_EVENTS})\s+(?:it nhat\s+|toi thieu\s+)?"
    rf"(?P<days1>\d{{1,3}})\s+ngay\b(?P<working1>\s+lam viec)?"
    rf"|(?P<days2>\d{{1,3}})\s+ngay(?P<working2>\s+lam viec)?\s+(?P<dir2>truoc|sau)\s+"
    rf"(?:ngay\s+|le\s+|khi\s+)?(?P<event2>{_EVENTS})\b"
    # a span after a meeting (`trong vòng 10 ngày kể từ ngày họp`, `… 07 ngày làm việc kể từ ngày
    # họp`): calendar or working days, as printed
    r"|trong\s+(?:vong\s+|thoi han\s+)?(?P<days3>\d{1,3})\s+ngay(?P<working3>\s+lam viec)?\s+"
    r"(?:ke\s+)?tu\s+(?:ngay\s+)?(?:(?:ket thuc\s+)?cuoc\s+)?(?P<event3>hop)\b"
    r"(?!\s+(?:dong|nhat|tac|le|phap|ly|chuan|thuc|quy))"
    # the event's own day as the whole time (`Ngày khai mạc`, `Phiên bế mạc`, `Trong ngày Hội nghị`,
    # `Ngày Đại hội`): no days counted
    r"|^\s*(?:trong\s+|vao\s+)?(?:(?:ngay|phien|buoi|le)\s+(?P<event4>" + _OPENINGS + ")"
    rf"|ngay\s+(?P<event5>{_NOUN_EVENTS}))\s*\.?\s*$"
    # before the ceremony itself, no days counted (`… trước Lễ khai giảng.`, `trước lễ khai mạc`):
    # due on its day
    r"|\btruoc\s+(?:ngay\s+|le\s+|buoi\s+le\s+)(?P<event6>" + _OPENINGS + r")\b"
    r"(?!\s+(?:it nhat\s+|toi thieu\s+)?\d)"
    # on the same day as the event, inside the task's sentence (`… tại nhà trưng bày; khai mạc cùng ngày
    # khai hội.`, `… cùng ngày với Lễ khai giảng`, `cùng ngày Hội nghị`): due on its day; not a day
    # printed after `cùng ngày` (`cùng ngày 15/3`), nor another act's day (`cùng ngày ký hợp đồng`)
    r"|\bcung\s+(?:vao\s+)?ngay\s+(?:voi\s+)?(?:(?:le|buoi|phien)\s+)?"
    rf"(?P<event9>{_OPENINGS}|{_NOUN_EVENTS})\b(?!\s+(?:dong|nhat|tac|phap|ly)\b)"  # not `ký hợp đồng`
    # done at the meeting, closing its clause (`trình bày 03 ca … tại cuộc họp.`, `… tại Hội nghị.`):
    # due on its day, only where the meeting is still to come (resolve_event_dues: an invitation, not
    # minutes); so at a gathering the document dates elsewhere (`hỗ trợ 01 chương trình nghệ thuật tại
    # buổi gặp mặt.` with `tổ chức gặp mặt vào ngày 28/01/2027` in an earlier point)
    r"|\btai\s+(?:(?:cuoc|buoi|phien)\s+)?(?P<event7>hop|hoi nghi|ky hop|gap mat)(?:\s+nay)?"
    r"(?=\s*(?:[.;,]|$))"
    # a span after the event the sentence opens with (`Sau cuộc họp, Khoa X hoàn thiện …, trình …
    # trong vòng 07 ngày.`): counted from its day, the span not counted from anything else
    r"|^\s*(?P<after8>sau\s+(?:khi\s+(?:ket thuc\s+)?)?(?:ngay\s+|buoi\s+|phien\s+)?"
    rf"(?P<event8>{_EVENTS}))\s*,[^.]*?"
    r"(?P<span8>\btrong\s+(?:vong\s+|thoi han\s+)?(?P<days8>\d{1,3})\s+ngay(?P<working8>\s+lam viec)?)\b"
    r"(?!\s+(?:ke\s+)?tu\b|\s+sau\b)"
)
# The meeting's own day, in minutes: `- Thời gian: 14 giờ 00, thứ Năm, ngày 06/5/2027.`, `Vào lúc 08
# giờ 30 phút, thứ Ba, ngày 19/9/2028` (`Vào hồi …` alike), or `cuộc họp ngày 02/5/2027` in a notice
# of its conclusions.
_TIME_FIELD = (
    r"^[\s*•-]*(?:thoi gian(?: hop)?\s*:|vao (?:luc|hoi)|hom nay)\s*(?:\d{1,2}\s*(?:gio|h|:)\s*(?:\d{2})?"
    r"\s*(?:phut)?\s*,?\s*)?(?:(?:thu\s+\w+|chu nhat)\s*,?\s*)?(?:vao\s+)?ngay\s+"
)
_MEETING_DATE = _TIME_FIELD + r"|(?:cuoc|phien|buoi)\s+hop\s+(?:vao\s+)?ngay\s+"
# The day first, in the opening sentence of a notice of conclusions: `Ngày 14/5/2027, Chủ tịch UBND xã
# … chủ trì cuộc họp giao ban …`, `Sáng ngày 29/8/2028, đồng chí …, Chủ tịch … chủ trì cuộc họp …`; or
# the body holds it (`Ngày 09/12/2026, Bệnh viện … tổ chức giao ban chuyên môn …`, `… tổ chức họp giao
# ban …`, `… tổ chức cuộc họp …`). Not `tổ chức hội nghị` (an event of its own, by its noun).
_MEETING_DAY_FIRST = re.compile(
    r"^[\s*•-]*(?:(?:sang|chieu|toi)\s+)?(?:(?:thu\s+[a-z]+|chu nhat)\s*,?\s*)?ngay\s+"
    r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])"
    r"\s*(?:\([^()]{0,12}\))?\s*,?[^.;]{0,120}?"
    r"\b(?:chu tri\s+(?:cuoc|phien|buoi)\s+hop|to chuc\s+(?:(?:cuoc|phien|buoi)\s+)?(?:hop|giao ban))\b"
)
# The event's own date: `khai mạc lúc 07 giờ 00 ngày 23/8/2026`, `khai mạc vào ngày 12/9/2026`,
# `ngày khai mạc: 23/8/2026`.
_TIME_OF_DAY = r"(?:(?:vao\s+)?(?:luc\s+)?\d{1,2}\s*(?:gio|h|:)\s*(?:\d{2})?\s*(?:phut\s*)?,?\s*)?"
_EVENT_DATE = (
    r"(?:{event})\s+(?:(?:se\s+)?(?:duoc\s+)?(?:to chuc|dien ra)\s+)?" + _TIME_OF_DAY + r"(?:vao\s+)?ngay\s+"
    r"|ngay\s+(?:{event})\s*(?::|la|vao)?\s*(?:ngay\s+)?"
    # the verb first, a few words of the event's name after it (`tổ chức Lễ khai giảng năm học mới vào
    # ngày 05/9/2027`, `tổ chức khai mạc Hội thao vào lúc 07 giờ 30 ngày 26/3/2028`)
    r"|\b(?:to chuc|dien ra)\s+(?:le\s+|buoi\s+le\s+)?(?:{event})(?:\s+[a-z0-9-]+){0,6}?\s+"
    + _TIME_OF_DAY
    + r"(?:vao\s+)?ngay\s+"
)
_DATE = r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])"
# An event's day printed lunar first, its solar day in parentheses after it (folded: `Lễ khai hội vào 8
# giờ 00 ngày 15 tháng Giêng (ngày 20/02/2027)`, `… ngày Rằm tháng 7 âm lịch (tức ngày 22/8/2027)`):
# the words from the lunar day to the solar one, optional, before _DATE (no groups of its own).
_LUNAR_GLOSS = (
    r"(?:(?:(?:mung|mong)\s+)?(?:\d{1,2}|ram)\s+thang\s+(?:gieng|chap|\d{1,2})"
    r"(?:\s+nam\s+[a-z]+\s+[a-z]+)?(?:\s+am lich)?\s*\(\s*(?:tuc\s+)?(?:ngay\s+)?)?"
)
# The event named by its noun and then held (`Lễ khai giảng được tổ chức vào lúc 07 giờ 30 ngày
# 15/9/2026`, `Hội thao được tổ chức vào ngày 24/02/2028`, `(Hội nghị tổ chức ngày 18/01/2028 …)`):
# a few words of its name may stand between the noun and the verb.
_NOUN_EVENT_DATE = (
    r"\b(?:{event})(?:\s+[a-z0-9]+){0,6}?\s+(?:se\s+)?(?:duoc\s+)?(?:to chuc|dien ra|khai mac)\s+"
    + _TIME_OF_DAY
    + r"(?:vao\s+)?ngay\s+"
)


# `15 ngày kể từ ngày ký`, `10 ngày làm việc kể từ ngày ban hành Thông báo này`, `… kể từ ngày ký
# ban hành`: days (working days) counted from the document's own signing — the clause ends there
# or names `… này`, not another paper's (`kể từ ngày ký hợp đồng`, `… Quyết định số 12/QĐ-UBND`).
# The count may be written in words, with or without its digits (`mười lăm (15) ngày`, `mười ngày`).
_FROM_SIGNING = re.compile(
    rf"(?:(?:{NUMBER_WORDS})\s*\((?P<days>\d{{1,3}})\)|(?P<plain>\d{{1,3}})|(?<![a-z])(?P<words>{NUMBER_WORDS}))"
    r"\s+ngay(?P<working>\s+lam viec)?\s+(?:ke\s+)?tu\s+ngay\s+"
    r"(?:ky|ban hanh)(?:\s+ban hanh)?(?=\s*(?:[.,;)]|$)|\s+(?:[a-z]+\s+){1,2}nay\b)"
)
# In a record made on the spot (`BIÊN BẢN KIỂM TRA`), days counted from the inspection or from the
# record itself (`Thời hạn: 15 ngày kể từ ngày kiểm tra`, `… kể từ ngày lập biên bản`, `… kể từ ngày
# ký biên bản`): from the day the record is made.
_FROM_RECORD = re.compile(
    rf"(?:(?:{NUMBER_WORDS})\s*\((?P<days>\d{{1,3}})\)|(?P<plain>\d{{1,3}})|(?<![a-z])(?P<words>{NUMBER_WORDS}))"
    r"\s+ngay(?P<working>\s+lam viec)?\s+(?:ke\s+)?tu\s+ngay\s+"
    r"(?:kiem tra|thanh tra|lap bien ban|ky bien ban)\b(?!\s+(?:lai|lan)\b)"
)
_RECORD_TITLE = re.compile(r"^\W*bien ban\b")
# The record's opening line: the hour and the day it is made (`Hồi 08 giờ 30 phút, ngày 14 tháng 10 năm
# 2027, tại …`, `Vào lúc 14 giờ, ngày 05/3/2028`, `Hôm nay, ngày 05/3/2028`).
_RECORD_OPENED = re.compile(
    r"^\W*(?:(?:vao\s+)?(?:hoi|luc)\s+\d{1,2}\s*(?:gio|h)[^,;.]{0,20}?|hom nay)\s*,?\s*"
    r"(?:(?:thu\s+[a-z]+|chu nhat)\s*,?\s*)?ngay\s+(\d{1,2})(?:\s+thang\s+|\s*[/.-]\s*)(\d{1,2})"
    r"(?:\s+nam\s+|\s*[/.-]\s*)(\d{4})"
)


def record_date(lines: list[str]) -> date | None:
    """The day a record (`BIÊN BẢN …` among its first lines) is made: its opening line's day, else
    its heading's; None for any other document."""
    heading = [folded_same_length(line) for line in lines[:_HEADING_LINES]]
    if not any(_RECORD_TITLE.match(line) for line in heading):
        return None
    for line in heading:
        if m := _RECORD_OPENED.match(line):
            try:
                return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                return None
    return signing_date(lines)


# The heading's place and date (`Đông Thạnh, ngày 06 tháng 4 năm 2027`, `Bình Minh, ngày 12/4/2027`).
_SIGNED = re.compile(
    r"[a-z]{2,}(?: [a-z]+){0,4},\s*ngay\s+(\d{1,2})(?:\s+thang\s+|\s*[/.-]\s*)(\d{1,2})"
    r"(?:\s+nam\s+|\s*[/.-]\s*)(\d{4})"
)
# A web post's date where it has no such heading (`Đăng bởi: Phòng X · 10/05/2027 10:15`, `Ngày đăng:
# 06/10/2028`): the day it was posted.
_POSTED = re.compile(
    r"\b(?:ngay dang|dang (?:boi|luc|ngay))\b[^0-9]{0,80}?" + r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})"
)
# A message's own day where it has no heading: a chat message's sender line (`[Chánh VP Trần Thị Hà]
# 10:26 17/04/2028`), an e-mail's `Ngày gửi: 06/03/2028` (`Sent:`, `Date:`; a webmail's `Gửi lúc: Thứ
# Ba, 13/07/2027 08:47`).
_SENT = re.compile(
    r"\]\s*\d{1,2}:\d{2}(?::\d{2})?\s*,?\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})"
    r"|\b(?:ngay gui|gui luc|sent|date)\s*:\s*(?:[a-z]+(?: [a-z]+)?,?\s+)?"
    r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})"
)
_HEADING_LINES = 40
# A saved mail's header line whose date a mail program wrote in English (`Sent: Thursday, May 13, 2027
# 4:12 PM`, Outlook's; `Date: Sat, 27 Mar 2027 08:05:41 +0700`, an RFC 822 header kept in the text).
_SENT_HEADER = re.compile(r"^\s*(?:sent|date|ngay gui|gui luc|da gui)\s*:\s*")


def _sent_in_words(lines: list[str]) -> date | None:
    """The day of the first header line of a saved mail whose date names its month in English."""
    for line in lines:
        folded = folded_same_length(line).lower()
        if (m := _SENT_HEADER.match(folded)) and (found := english_day(folded[m.end() :])):
            return found
    return None


def signing_date(lines: list[str]) -> date | None:
    """The date of the document's own heading: the first place and date in its first lines (read
    as one text: a narrow heading cell wraps the date onto the next line), or a web post's date."""
    heading = folded_same_length(" ".join(lines[:_HEADING_LINES]))
    m = _SIGNED.search(heading) or _POSTED.search(heading) or _SENT.search(heading)
    if m is None:
        return _sent_in_words(lines[:_HEADING_LINES])
    day, month, year = [group for group in m.groups() if group][:3]
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


# One day printed without a year in a due (folded): `trước 20/12`, `hoàn thành trước ngày 15/01`, `ngày
# 20 tháng 12`; not a day with its year, nor a month (`trong tháng 12`).
_YEARLESS_DAY = re.compile(
    r"(?<![\d/.])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/.])|\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\b(?!\s*(?:nam\b|/))"
)
_PRINTED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def notice_day(document) -> date | None:
    """The day a notice of conclusions speaks from: its heading's place and date, else the day its
    opening sentence (or time field) gives the meeting, printed with its year; None where it prints
    neither."""
    lines = [line.text for line in document.lines]
    return (
        signing_date(lines)
        or getattr(document, "dated", None)
        or event_date(_event_texts(document), "hop", None)
    )


def yearless_after_notice(items, document) -> None:
    """In a notice of conclusions, a due printing one day without a year is the next such day on or
    after the notice's own day (notice_day): its tasks run from the meeting on, so `trước 20/12` in the
    notice of a meeting held on 09/12/2026 is 20/12/2026, and `trước ngày 15/01` is 15/01/2027, whatever
    year the programme it is imported into has. The year is printed into the due after its day
    (`trước 20/12/2026`, `trước ngày 20 tháng 12 năm 2026`), in place. Limits: a due printing a year, a
    round (`ngày 20/12 hằng năm`), two or more days (a range, a list) or only a month; a notice printing
    no day of its own with its year; any other kind of document (a yearly programme printing `20/12`
    means its own year): left as read."""
    from engine.deadlines.parsing import parse_due

    own: date | None = None
    for item in items:
        due = item.due or ""
        folded = folded_same_length(due)
        days = list(_YEARLESS_DAY.finditer(folded))
        if len(days) != 1 or _PRINTED_YEAR.search(folded):
            continue
        if parse_due(due, year=2000).recurrence is not None:
            continue
        own = own or notice_day(document)
        if own is None:
            return
        m = days[0]
        day, month = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
        for year in (own.year, own.year + 1):
            try:
                found = date(year, month, day)
            except ValueError:
                found = None
            if found is not None and found >= own:
                # (folded_same_length keeps the offsets: the year goes right after the printed day)
                item.due = f"{due[: m.end()]}{'/' if m.group(1) else ' năm '}{year}{due[m.end() :]}"
                break


def _counted_in(item, counts) -> str:
    """The text an item's time is counted in: its due as printed where `counts` finds a count there
    (a cell, a label), else — without a dated due of its own — its content."""
    due = item.due or ""
    return due if counts(due) else ("" if prints_date(due) else item.content)


def _dated_from_signing(
    items, lines: list[str], pattern: re.Pattern, due_of, dated: date | None = None, own: date | None = None
) -> None:
    """Gives each item whose time `pattern` finds (in its due, else its content) the date `due_of`
    makes of the document's own signing day (`own` where given: a record's day) and the match; none
    where the document prints no day and its reader knows none (`dated`: an e-mail's `Date:` header)."""
    signed: date | None = own
    for item in items:
        source = _counted_in(item, lambda text: pattern.search(folded_same_length(text)))
        if (m := pattern.search(folded_same_length(source))) is None:
            continue
        signed = signed or signing_date(lines) or dated
        if signed is None:
            return
        item.due = f"{due_of(signed, m):%d/%m/%Y} ({source[m.start() : m.end()]})"


def _days_from(signed: date, m: re.Match) -> date:
    """Days counted from the signing (`15 ngày`, `mười lăm (15) ngày`; working days where it says so)."""
    days = int(m.group("days") or m.group("plain") or number_from_words(m.group("words")))
    return (
        WorkingCalendar().add_working_days(signed, days) if m.group("working") else signed + timedelta(days)
    )


# `(trước) cuối tháng này`, `hết tháng này`, `trong tháng này`: the month the document is dated in.
_THIS_MONTH = re.compile(r"\b(?:(?:truoc|den|vao)\s+)?(?:cuoi|het|trong)\s+thang\s+nay\b")


def _month_end(signed: date, _m: re.Match) -> date:
    return date(signed.year, signed.month, calendar.monthrange(signed.year, signed.month)[1])


# `(trước 17h) thứ Sáu tuần này`, `sáng thứ Tư của tuần này`: that weekday of the week the document
# (a message, a notice) is dated in; `thứ Ba tuần sau`, `thứ Hai tuần tới`: of the week after it.
_THIS_WEEK = re.compile(rf"\b(?P<day>{WEEKDAY})\s+(?:cua\s+)?tuan\s+(?:nay|(?P<next>sau|toi))\b")


def _weekday_this_week(signed: date, m: re.Match) -> date:
    monday = signed - timedelta(signed.weekday()) + timedelta(7 if m.group("next") else 0)
    return day_in_week(m.group("day"), monday, monday + timedelta(6)) or signed


def counts_from_own_day(text: str) -> bool:
    """The text names a time counted from the document's own day (`thứ Năm tuần này`, `cuối tháng
    này`, `15 ngày kể từ ngày ký`): a time, though no date is printed."""
    folded = folded_same_length(text or "")
    return any(pattern.search(folded) for pattern in (_THIS_WEEK, _THIS_MONTH, _FROM_SIGNING))


def relative_due(text: str) -> tuple[str, int] | None:
    """(event, signed days) of a due counted from an event (`trước ngày khai mạc 20 ngày` →
    ("khai mac", -20)); None where the text counts from none."""
    m = _RELATIVE.search(folded_same_length(text or ""))
    if m is None:
        return None
    if m.group("event3"):
        return "hop", int(m.group("days3"))
    if own := next((m.group(f"event{n}") for n in (4, 5, 6, 7, 9) if m.group(f"event{n}")), None):
        return re.sub(r"^buoi\s+", "", own), 0
    if m.group("event8"):
        return _event_name(m.group("event8")), int(m.group("days8"))
    if m.group("event1"):
        direction, event, days = m.group("dir1"), m.group("event1"), int(m.group("days1"))
    else:
        direction, event, days = m.group("dir2"), m.group("event2"), int(m.group("days2"))
    return _event_name(event), -days if direction == "truoc" else days


def _event_name(event: str) -> str:
    """The event as event_date looks it up: `buổi lễ` is the ceremony the plan calls `Lễ …`, `cuộc
    họp` the meeting (`hop`)."""
    return re.sub(r"^(?:buoi|cuoc)\s+", "", " ".join(event.split()))


def event_date(texts: list[str], event: str, year: int | None) -> date | None:
    """The one date the texts print for the event (`khai mạc … ngày 23/8/2026`); None where they
    print none, or several different ones."""
    if event == "hop":
        event_pattern = _MEETING_DATE
    elif _NOUN_EVENT.match(event):
        event_pattern = _NOUN_EVENT_DATE.replace("{event}", re.escape(event))
    else:
        event_pattern = _EVENT_DATE.replace("{event}", re.escape(event))
    pattern = re.compile("(?:" + event_pattern + ")" + _LUNAR_GLOSS + _DATE)
    patterns = [pattern, _MEETING_DAY_FIRST] if event == "hop" else [pattern]
    found = _printed_days(texts, patterns, event == "hop", year)
    if not found and _NOUN_EVENT.match(event):
        # an invitation calls the meeting it invites to by its noun (`trước ngày hội nghị 05 ngày`,
        # `tại Hội nghị`) and dates it by its own `Thời gian: 08 giờ 00, ngày 18/7/2028` field
        found = _printed_days(texts, [re.compile("(?:" + _TIME_FIELD + ")" + _DATE)], False, year)
    return found.pop() if len(found) == 1 else None


def _printed_days(texts: list[str], patterns: list[re.Pattern], opening: bool, year: int | None) -> set[date]:
    """The days the patterns find in the texts (and, with `opening`, in a notice's opening sentence
    wrapped over lines)."""
    found: set[date] = set()
    if opening:
        # the opening sentence wraps over printed lines (a PDF's): `Chiều thứ Năm, ngày 04/11/2027,
        # đồng chí …, Chủ tịch UBND` / `phường chủ trì cuộc họp …`, read with the lines after it
        for start in range(len(texts) - 1):
            m = _MEETING_DAY_FIRST.match(folded_same_length(" ".join(texts[start : start + 3])))
            if m and (day := _printed_day(m, year)):
                found.add(day)
    for text in texts:
        for m in (m for pattern in patterns for m in pattern.finditer(folded_same_length(text))):
            day, month = int(m.group(1)), int(m.group(2))
            printed_year = int(m.group(3)) if m.group(3) else year
            if printed_year is None:
                continue
            try:
                found.add(date(printed_year, month, day))
            except ValueError:
                continue
    return found


# A due that is only a named span (`trong Tháng hành động`, `suốt Tuần lễ`, `Trong học kỳ II`): the
# name as printed, opening with a capital (or a school term, `học kỳ I`), up to six words.
# (The opening word in either case, `Trong học kỳ II` as a cell prints it; the name's capital counts.)
# A campaign or a round is named by its noun in lower case too (`trong chiến dịch`, `trong đợt cao
# điểm`, `trong đợt kiểm tra`, `trong thời gian cao điểm`), with the span printed after that noun
# elsewhere (`thời gian cao điểm … được tính từ ngày 20/01 đến hết ngày 05/02/2028`).
# The document's own round by its bare noun (`Suốt đợt`, `Cả đợt`, `Trong chiến dịch`) is the one its
# title names, dated by the range printed in that title or on the line under it (_own_round_end).
# A season is named by its noun in lower case too (`trong suốt mùa mưa bão`, `Trong mùa khô`), its
# span printed after its name elsewhere (`… mùa mưa bão (đến hết tháng 11/2027)`: _SPAN_END_NOTE).
_NAMED_SPAN = re.compile(
    r"^(?i:trong suốt|trong thời gian|trong cả|trong toàn|trong|suốt|cả|toàn)\s+"
    r"([A-ZĐÀ-Ỹ][\w -]{1,60}?|[Hh]ọc kỳ\s+(?:I{1,3}|[1-3])"
    r"|(?:[Cc]hiến dịch|[Đđ]ợt|[Cc]ao điểm|[Mm]ùa)(?:\s+[\w-]+){0,4})\s*\.?$"
)
# `<name> diễn ra từ ngày 15/4/2027 đến ngày 15/5/2027`, `<name> … bắt đầu từ ngày 18/01/2027 và kết
# thúc ngày 22/5/2027`: within the sentence, the range's end.
_SPAN_AFTER = re.compile(
    r"[^.;]{0,50}?\btu ngay\s+"
    + _DATE
    + r"\s*(?:-|den|,?\s*(?:va\s+)?ket thuc(?:\s+vao)?)\s*(?:het\s+)?(?:ngay\s+)?"
    + _DATE
)

# … or a parenthesis right after the name that gives its end, a day or a month, with or without its
# start (`mùa mưa bão (đến hết tháng 11/2027)`, `mùa mưa lũ năm 2028 (từ tháng 8 đến hết tháng
# 12/2028)`, `(đến ngày 15/12/2027)`), its year after the name allowed (`năm 2028`), folded.
_SPAN_END_NOTE = re.compile(
    r"(?:\s+nam\s+\d{4})?\s*\(\s*(?:tu\s+[^()]{1,40}?\s+)?den\s+(?:het\s+)?"
    r"(?:ngay\s+(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{4}))?"
    r"|thang\s+(?P<whole>\d{1,2})(?:\s*/\s*(?P<whole_year>\d{4}))?)\s*\)"
)


def _span_end_note(m: re.Match, year: int | None) -> date | None:
    """The last day a `_SPAN_END_NOTE` match gives: its day, or its month's last day (the year the
    document's where it prints none); None where it is no day."""
    try:
        if m.group("whole"):
            month, in_year = int(m.group("whole")), int(m.group("whole_year") or year)
            return date(in_year, month, calendar.monthrange(in_year, month)[1])
        return date(int(m.group("year") or year), int(m.group("month")), int(m.group("day")))
    except (TypeError, ValueError):
        return None


def named_span_end(texts: list[str], name: str, year: int | None) -> date | None:
    """The end of the one range the texts print right after the span's name (`<name> diễn ra từ ngày
    … đến ngày 15/5/2027`, `<name> (đến hết tháng 11/2027)`); None where they print none, or several
    different ones. The texts are read as one (a hard-wrapped sentence runs over several paragraphs)."""
    if len(name.split()) > 6:
        return None
    wanted, folded = folded_same_length(name), folded_same_length(" ".join(texts))
    found: set[date] = set()
    start = 0
    while (at := folded.find(wanted, start)) >= 0:
        start = at + len(wanted)
        if folded[start : start + 1].isalnum():
            continue  # `học kỳ I` inside `học kỳ II`: another span's name
        if m := _SPAN_AFTER.match(folded, start):
            end = _range_end(m, year)
        elif m := _SPAN_END_NOTE.match(folded, start):
            end = _span_end_note(m, year)  # `(đến hết tháng 11/2027)`: the end alone
        else:
            continue
        if end is not None:
            found.add(end)
    return found.pop() if len(found) == 1 else None


def _range_end(m: re.Match, year: int | None) -> date | None:
    """The last day of a matched range whose second date is groups 4–6 (day, month, year or the
    document's year); None where it is no day."""
    try:
        return date(int(m.group(6)) if m.group(6) else year, int(m.group(5)), int(m.group(4)))
    except (TypeError, ValueError):
        return None


# A round's bare noun (folded): the document's own campaign, round or peak period.
_BARE_ROUND = re.compile(r"^(?:dot|chien dich|cao diem|dot cao diem|dot ra quan)$")
# A range of days (`(Từ ngày 15/12/2027 đến ngày 28/02/2028)`, `từ 05/01 - 20/02/2028`), folded.
_RANGE_OF_DAYS = re.compile(
    r"\btu\s+(?:ngay\s+)?" + _DATE + r"\s*(?:-|–|den)\s*(?:het\s+)?(?:ngay\s+)?" + _DATE
)


def _own_round_end(texts: list[str], noun: str, year: int | None) -> date | None:
    """The end of the document's own round named by its bare noun (`đợt`): the range printed in a
    text naming that noun or in the text right after it (a sheet's title `DANH SÁCH NHIỆM VỤ ĐỢT
    CAO ĐIỂM …` over `(Từ ngày 15/12/2027 đến ngày 28/02/2028)`); None where none, or several."""
    word = re.compile(rf"\b{re.escape(noun)}\b")
    found: set[date] = set()
    for index, text in enumerate(texts):
        if not word.search(folded_same_length(text)):
            continue
        for candidate in texts[index : index + 2]:
            for m in _RANGE_OF_DAYS.finditer(folded_same_length(candidate)):
                if (end := _range_end(m, year)) is not None:
                    found.add(end)
    return found.pop() if len(found) == 1 else None


# A count of days written in words (folded): `mười`, `năm`, `mười lăm`, `hai mươi`, `hai mươi mốt`
# (parsing's NUMBER_WORDS, the words apart by any space).
_COUNT_WORDS = NUMBER_WORDS.replace(" ", r"\s+")


def count_of(words: str) -> int | None:
    """The number a count prints in digits or in words (`15`, `mười lăm` → 15); None otherwise."""
    words = " ".join(folded_same_length(words).split())
    return int(words) if words.isdigit() else number_from_words(words)


# A count from an event whose day the same sentence gives in parentheses (`chậm nhất mười ngày sau
# ngày công bố kết quả thi (dự kiến công bố ngày 15/7/2027)`, `05 ngày trước khi khai mạc (dự kiến
# ngày 20/9/2028)`): the day counted from it.
_COUNT_FROM_DAY = re.compile(
    rf"(?P<days>\d{{1,3}}|{_COUNT_WORDS})\s+ngay\s+(?P<dir>truoc|sau)\s+(?:ngay|khi)\s+[^()]{{3,80}}?"
    r"\((?:[^()]{0,40}?\s)?ngay\s+(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])[^()]*\)"
)


# … or the event dated first and the count after it in the same sentence (`tổ chức thi chọn học sinh
# giỏi … ngày 23/01/2027; công bố kết quả chậm nhất sau 10 ngày kể từ ngày thi`, `khai mạc Hội chợ
# ngày 12/5/2028, tổng kết trong vòng 07 ngày kể từ ngày khai mạc`): counted from that day when the
# event's word (`thi`, `khai mạc`) stands before it. Not taken: working days (`05 ngày làm việc kể từ
# ngày …`, holidays unknown), a sentence printing two days before the count (which is the event's?),
# and an act the text does not print before the day (`kể từ ngày ký`, the signing's: _FROM_SIGNING).
_COUNT_AFTER_DAY = re.compile(
    r"(?P<before>[^.]{0,160}?)\bngay\s+(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])"
    r"(?P<between>[^.]{0,80}?)(?:(?:cham nhat|trong vong|trong)\s+)?(?:sau\s+)?"
    rf"(?P<days>\d{{1,3}}|{_COUNT_WORDS})\s+ngay\s+(?:ke\s+)?tu\s+(?:ngay|khi)\s+"
    r"(?P<act>[a-z]+(?:\s+mac)?)\b"
)


def _count_after_day(text: str, year: int | None) -> tuple[date, str] | None:
    """(the due, the words read) of a count after an event whose day the sentence prints first."""
    folded = folded_same_length(text)
    m = _COUNT_AFTER_DAY.search(folded)
    if m is None or _SLASH_DATE.search(m.group("before")) or _SLASH_DATE.search(m.group("between")):
        return None
    if not re.search(rf"\b{m.group('act')}\b", m.group("before")):
        return None
    days, printed_year = count_of(m.group("days")), int(m.group(4)) if m.group(4) else year
    if days is None or printed_year is None:
        return None
    try:
        event = date(printed_year, int(m.group(3)), int(m.group(2)))
    except ValueError:
        return None
    return event + timedelta(days=days), text[m.end("before") : m.end()]


def _counted_from_printed_day(items, year: int | None) -> None:
    """Gives each item whose time counts days from an event dated in parentheses (or dated before the
    count, _COUNT_AFTER_DAY) the date that makes."""
    for item in items:
        if not item.due and (after := _count_after_day(item.content, year)):
            item.due = f"{after[0]:%d/%m/%Y} ({after[1]})"
            continue
        source = _counted_in(item, lambda text: _COUNT_FROM_DAY.search(folded_same_length(text)))
        if (m := _COUNT_FROM_DAY.search(folded_same_length(source))) is None:
            continue
        days = count_of(m.group("days"))
        printed_year = int(m.group(5)) if m.group(5) else year
        if days is None or printed_year is None:
            continue
        try:
            event = date(printed_year, int(m.group(4)), int(m.group(3)))
        except ValueError:
            continue
        found = event + timedelta(days=-days if m.group("dir") == "truoc" else days)
        item.due = f"{found:%d/%m/%Y} ({source[m.start() : m.end()]})"


# A time that is an event's whole course (`trong thời gian diễn ra kỳ thi`, `trong suốt thời gian tổ
# chức hội thi`): due on the last day the text prints for the event (`Kỳ thi … diễn ra trong các ngày
# 27, 28 và 29/6/2027`, `Chiến dịch … diễn ra từ ngày 15/7 đến hết ngày 25/7/2028`).
# (or the event's noun alone, `Trong thời gian kỳ họp`, `Trong thời gian Đại hội`, with `Kỳ họp … khai
# mạc ngày 14/12/2027 …, họp trong 02 ngày (14 và 15/12/2027)`)
# (`trong các ngày diễn ra lễ hội`, `trong những ngày tổ chức Hội thi`: its days, the same course;
# `từ ngày 15/01/2028 đến khi kết thúc lễ hội`, `cho đến khi bế mạc Hội chợ`: a duty until its end)
_DURING_EVENT = re.compile(
    r"\btrong\s+(?:suot\s+)?(?:thoi gian|(?:cac|nhung)\s+ngay)\s+"
    r"(?:(?:dien ra|to chuc)\s+(?:cua\s+)?(?P<name>[a-z]+ [a-z]+)"
    rf"|(?P<noun>{_NOUN_EVENTS}))\b"
    rf"|\b(?:cho\s+)?den\s+khi\s+(?:ket thuc|be mac)\s+(?:cua\s+)?(?P<closing>{_NOUN_EVENTS}|[a-z]+ [a-z]+)\b"
)
# (a parenthesis counts as one step of the clause: the days may be printed twice, in the lunar
# calendar and the solar in parentheses, `Lễ hội diễn ra từ ngày 09 đến ngày 12 tháng Giêng năm Mậu
# Thân (từ ngày 03/02 đến ngày 06/02/2028)`)
_HELD = (
    r"(?:[ ,][a-z0-9 ,]{0,100}?)?\s(?:se\s+)?(?:duoc\s+)?(?:dien ra|to chuc|khai mac)\b"
    r"(?P<clause>(?:[^.;()]|\([^()]{0,80}\)|[()]){0,80})"
)
_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])")


def event_last_day(texts: list[str], name: str, year: int | None) -> date | None:
    """The last day the texts print for the event named (`<name> … diễn ra từ ngày … đến ngày …`):
    the latest date of the clause after its verb; None where they print none, or differ."""
    pattern = re.compile(r"\b" + re.escape(name) + _HELD)
    found: set[date] = set()
    for text in texts:
        for m in pattern.finditer(folded_same_length(text)):
            days = []
            for d in _SLASH_DATE.finditer(m.group("clause")):
                printed_year = int(d.group(3)) if d.group(3) else year
                try:
                    days.append(date(printed_year, int(d.group(2)), int(d.group(1))))
                except (TypeError, ValueError):
                    continue
            if days:
                found.add(max(days))
    return found.pop() if len(found) == 1 else None


def _during_events(items, texts: list[str], year: int | None) -> None:
    """Gives each item whose time is an event's whole course that event's last printed day."""
    for item in items:
        source = _counted_in(item, lambda text: _DURING_EVENT.search(folded_same_length(text)))
        if (m := _DURING_EVENT.search(folded_same_length(source))) is None:
            continue
        if relative_due(source):
            # `(phương án bảo đảm an ninh) trong thời gian tổ chức Đại hội, trình … trước ngày khai mạc
            # 07 ngày`: the course is what the task is about, the count is when it is due
            continue
        if end := event_last_day(texts, m.group("name") or m.group("noun") or m.group("closing"), year):
            item.due = f"{end:%d/%m/%Y} ({source[m.start() : m.end()]})"


# A time tied to a legal document's entry into force (`Trước ngày Thông tư có hiệu lực`, `trước khi
# Nghị định có hiệu lực thi hành`): due on the day the text says it enters into force (`Thông tư số
# 06/2027/TT-BNNMT có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2027`), as `Trước 15/3` is on 15/3.
_KINDS_IN_FORCE = r"bo luat|luat|phap lenh|nghi dinh|nghi quyet|thong tu|quyet dinh|chi thi"
_IN_FORCE_DUE = re.compile(
    rf"\b(?:truoc|den|cham nhat|khi)\s+(?:ngay\s+|khi\s+)?(?P<kind>{_KINDS_IN_FORCE})(?:\s+(?:moi|nay))?"
    r"\s+(?:chinh thuc\s+)?co hieu luc(?:\s+thi hanh)?\b"
)
# … or a span counted from it (`chậm nhất 45 ngày kể từ ngày Nghị định có hiệu lực`, `trong vòng 10
# ngày làm việc kể từ khi Thông tư có hiệu lực`): that day and the days, working days where it says so.
_IN_FORCE_SPAN = re.compile(
    rf"(?P<days>\d{{1,3}})\s+ngay(?P<working>\s+lam viec)?\s+(?:ke\s+)?tu\s+(?:ngay\s+|khi\s+)?"
    rf"(?P<kind>{_KINDS_IN_FORCE})(?:\s+(?:moi|(?P<own>nay)))?\s+(?:chinh thuc\s+)?"
    r"co hieu luc(?:\s+thi hanh)?\b"
)
# The document itself in force from its signing (`Quyết định này có hiệu lực kể từ ngày ký`, `… thi hành
# kể từ ngày ký ban hành`): a time counted from its entry into force counts from its own day.
_IN_FORCE_ON_SIGNING = (
    r"\b(?:{kind})\s+nay\s+co hieu luc(?:\s+thi hanh)?\s+(?:ke\s+)?tu\s+ngay\s+(?:ky|ban hanh)\b"
)
_IN_FORCE_FROM = (
    r"\b(?:{kind})\b[^.;]{{0,100}}?\bco hieu luc(?:\s+thi hanh)?\s+(?:(?:ke\s+)?tu\s+)?(?:ngay\s+)?"
    r"(?:(\d{{1,2}})\s*/\s*(\d{{1,2}})\s*/\s*(\d{{4}})|(\d{{1,2}})\s+thang\s+(\d{{1,2}})\s+nam\s+(\d{{4}}))"
)


def in_force_day(texts: list[str], kind: str) -> date | None:
    """The one day the texts say a document of this kind (`thông tư`) enters into force; None where
    they print none, or several different ones."""
    pattern = re.compile(_IN_FORCE_FROM.format(kind=re.escape(kind)))
    found: set[date] = set()
    for text in texts:
        for m in pattern.finditer(folded_same_length(text)):
            day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
            try:
                found.add(date(int(year), int(month), int(day)))
            except ValueError:
                continue
    return found.pop() if len(found) == 1 else None


def _own_entry_into_force(texts: list[str], lines: list[str], kind: str) -> date | None:
    """The document's own day where it says it is in force from its signing (`_IN_FORCE_ON_SIGNING`)."""
    pattern = re.compile(_IN_FORCE_ON_SIGNING.format(kind=re.escape(kind)))
    if any(pattern.search(folded_same_length(text)) for text in texts):
        return signing_date(lines)
    return None


def _in_force_dues(items, texts: list[str], lines: list[str]) -> None:
    """Gives each item whose time is a document's entry into force, or a span counted from it, the
    day the text prints for it (and the span's days); for the document itself (`… này`), its own
    day where it is in force from its signing."""
    for item in items:
        for pattern in (_IN_FORCE_SPAN, _IN_FORCE_DUE):
            source = _counted_in(item, lambda text, pattern=pattern: pattern.search(folded_same_length(text)))
            if (m := pattern.search(folded_same_length(source))) is not None:
                break
        else:
            continue
        day = in_force_day(texts, m.group("kind"))
        if day is None and m.groupdict().get("own"):
            day = _own_entry_into_force(texts, lines, m.group("kind"))
        if day is None:
            continue
        if pattern is _IN_FORCE_SPAN:
            days = int(m.group("days"))
            working = m.group("working")
            day = WorkingCalendar().add_working_days(day, days) if working else day + timedelta(days)
        item.due = f"{day:%d/%m/%Y} ({source[m.start() : m.end()]})"


_WEEK_WORD = re.compile(r"\btuan\b")
_WEEK_DAYS = 7


def _weeks_of_rows(document, year: int | None) -> dict[int, tuple[date, date]]:
    """{a table row's line: the week (first, last day) the nearest paragraph above the table, after
    the table before it, prints (`Kế hoạch tuần 19 (10/5 – 14/5/2027)`: a week named with its days)}."""
    weeks: dict[int, tuple[date, date]] = {}
    week: tuple[date, date] | None = None
    for block in document.blocks:
        if isinstance(block, Table):
            for line in block.row_lines if week else ():
                weeks[line] = week
            week = None
        elif (
            _WEEK_WORD.search(folded_same_length(block.text))
            and (span := day_span(block.text, year=year))
            and (span[1] - span[0]).days < _WEEK_DAYS
        ):
            week = span
    return weeks


def _weekday_dues(items, document, year: int | None) -> None:
    """Gives each table row whose time names only a weekday or the whole week the date it has in
    the week its table's heading prints."""
    weeks: dict[int, tuple[date, date]] | None = None
    for item in items:
        due = (item.due or "").strip()
        if not due or prints_date(due):
            continue
        if weeks is None:
            weeks = _weeks_of_rows(document, year)
        if (week := weeks.get(item.line)) and (found := day_in_week(due, *week)):
            item.due = f"{found:%d/%m/%Y} ({due})"


# A note dating the first of the weeks a plan counts (`Tuần 1 của năm học bắt đầu từ thứ Hai, ngày
# 04/9/2028`, `tuần thứ nhất tính từ ngày 06/01/2031`), folded: its day.
_FIRST_WEEK = re.compile(
    r"\btuan\s+(?:thu\s+)?(?:0?1|nhat)\b(?:(?!tuan)[^;]){0,60}?\b(?:bat dau|tu|tinh tu|vao)\b[^;\d]{0,25}?"
    r"(?:ngay\s+)?(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s*/\s*(?P<year>\d{4})"
)
# A time given as a week of that count (`Tuần 12`, `Tuần 14 - 15`, `tuần 3 đến tuần 5`, `Chậm nhất
# thứ Sáu tuần 21`), folded: the weeks' last (Sunday), or the weekday named in the week.
_COUNTED_WEEK = re.compile(
    r"^(?:(?:cham nhat|truoc|han|trong|vao|hoan thanh)\s+)?(?P<day>" + WEEKDAY + r"\s+)?(?:cac\s+)?tuan\s+"
    r"(?:thu\s+)?(?P<first>\d{1,2})(?:\s*(?:-|den|toi)\s*(?:tuan\s+)?(?P<last>\d{1,2}))?\s*\.?$"
)


def first_week_day(texts: list[str]) -> date | None:
    """The day the document's note dates week 1 from, where it prints one (and only one)."""
    found = set()
    for text in texts:
        for m in _FIRST_WEEK.finditer(folded_same_length(text)):
            try:
                found.add(date(int(m.group("year")), int(m.group("month")), int(m.group("day"))))
            except ValueError:
                continue
    return found.pop() if len(found) == 1 else None


def _counted_weeks(items, texts: list[str]) -> None:
    """Gives each item whose time is a numbered week (`Tuần 14 - 15`) of the count a note dates
    (`Tuần 1 … bắt đầu từ thứ Hai, ngày 04/9/2028`) that week's last day, or the weekday it names;
    weeks run Monday to Sunday, the first the one holding the printed day."""
    start: date | None = None
    for item in items:
        due = (item.due or "").strip()
        if not due or prints_date(due) or not (m := _COUNTED_WEEK.match(folded_same_length(due).lower())):
            continue
        if start is None and (start := first_week_day(texts)) is None:
            return
        week = int(m.group("last") or m.group("first"))
        if week < 1 or (m.group("last") and week < int(m.group("first"))):
            continue
        monday = start - timedelta(start.weekday()) + timedelta(_WEEK_DAYS * (week - 1))
        found = (
            day_in_week(due[m.start("day") : m.end("day")], monday, monday + timedelta(6))
            if m.group("day")
            else None
        )
        item.due = f"{found or monday + timedelta(6):%d/%m/%Y} ({due})"


def _free_texts(block) -> list[str]:
    """A paragraph's text, or a table's rows of one text (a sheet's title lines merged across it,
    `(Hội nghị tổ chức ngày 18/01/2028 …)`): where a document says when its event is held."""
    if isinstance(block, Paragraph):
        return [block.text]
    rows = ({cell.text.strip() for cell in row if cell.text.strip()} for row in getattr(block, "rows", []))
    return [texts.pop() for texts in rows if len(texts) == 1]


def _cell_texts(document) -> list[str]:
    """Every table cell's text: a time column pairs a lunar day with its solar one (`Rằm tháng Giêng
    (20/02/2027)`) in a cell of a row that prints more."""
    tables = (block for block in document.blocks if isinstance(block, Table))
    return [cell.text for table in tables for row in table.rows for cell in row if cell.text.strip()]


# A due column's header that says what its counts of days count from (`Thời hạn (trước ngày khai mạc
# kỳ họp)`, `Thời gian hoàn thành (trước khai mạc Đại hội)`, `Số ngày sau bế mạc`): no count of its own.
_COUNTING_HEADER = re.compile(
    rf"(?P<dir>truoc|sau)\s+(?:ngay\s+|khi\s+)?(?P<event>{_EVENTS})\b(?:\s+[a-z]+){{0,3}}"
)
# A cell under it that is only a count (`25 ngày`, `07 ngày`, `mười ngày`).
_BARE_COUNT = re.compile(rf"^\s*(?P<days>\d{{1,3}}|{_COUNT_WORDS})\s+ngay\s*\.?\s*$")


def _header_counts(items, document) -> None:
    """Gives each table row whose due is a bare count of days (`25 ngày`) the phrase its column's
    header completes (`25 ngày trước ngày khai mạc`), for the event's day to date it below."""
    rows: dict[int, tuple[Table, int]] = {}
    for block in document.blocks:
        if isinstance(block, Table):
            for index, line in enumerate(block.row_lines):
                rows.setdefault(line, (block, index))
    for item in items:
        due = (item.due or "").strip()
        if not (m := _BARE_COUNT.match(folded_same_length(due))) or count_of(m.group("days")) is None:
            continue
        if (found := rows.get(item.line)) is None:
            continue
        table, index = found
        columns = [c for c, cell in enumerate(table.rows[index]) if cell.text.strip() == due]
        for column in columns[:1]:
            for above in table.rows[:index]:
                header = above[column].text if column < len(above) else ""
                folded = folded_same_length(header)
                if re.search(r"\d", header) or not (h := _COUNTING_HEADER.search(folded)):
                    continue
                item.due = f"{count_of(m.group('days')):02d} ngày {header[h.start() : h.end()]}"
                break


# A span counted from a paper's day (`30 ngày kể từ ngày ký kết luận`, `15 ngày làm việc kể từ ngày
# ban hành quyết định`): the words after `ngày` name the paper, whose day a register's row prints.
_FROM_PAPER = re.compile(
    rf"(?P<days>\d{{1,3}}|(?<![a-z]){_COUNT_WORDS})\s+ngay(?P<working>\s+lam viec)?\s+(?:ke\s+)?tu\s+ngay\s+"
    r"(?P<paper>[a-z]+(?:\s+[a-z]+){0,5})"
)
_DATE_HEADER = re.compile(r"\s*ngay\b")
_FULL_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")


def _names_paper(header: str, paper: str) -> bool:
    """Whether a date column's header (`Ngày KL`, `Ngày ban hành`, `Ngày QĐ`) names the day a count
    starts from (`ký kết luận`, `ban hành quyết định`): by its words, or by their initials."""
    named = folded_same_length(header).split()[1:]
    words = folded_same_length(paper).split()
    if not named:
        return False
    if all(word in words for word in named) or all(word in named for word in words):
        return True
    initials = {"".join(word[0] for word in words[i : i + len(named[0])]) for i in range(len(words))}
    return len(named) == 1 and len(named[0]) >= 2 and named[0] in initials


def _row_paper_day(table: Table, index: int, paper: str) -> date | None:
    """The day the table's row prints in the one column whose header (`Ngày …`) names the paper."""
    found: set[date] = set()
    for column, cell in enumerate(table.rows[index]):
        if not (m := _FULL_DATE.match(cell.text)):
            continue
        headers = [above[column].text for above in table.rows[:index] if column < len(above)]
        if any(_DATE_HEADER.match(folded_same_length(h)) and _names_paper(h, paper) for h in headers):
            try:
                found.add(date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
            except ValueError:
                continue
    return found.pop() if len(found) == 1 else None


def _record_paper_day(table: Table, paper: str) -> date | None:
    """The day a record table (one task as `label | value` rows) prints beside the one `Ngày …`
    label naming the paper (`Ngày giao: 02/3/2028` for `05 ngày làm việc kể từ ngày giao`)."""
    if table.width != 2:
        return None
    found: set[date] = set()
    for row in table.rows:
        label = row[0].text.strip().rstrip(":").strip()
        if not (m := _FULL_DATE.match(row[1].text)) or not _DATE_HEADER.match(folded_same_length(label)):
            continue
        if _names_paper(label, paper):
            try:
                found.add(date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
            except ValueError:
                continue
    return found.pop() if len(found) == 1 else None


# The words a count's start may add before the act (`kể từ ngày được giao`): the act is the next word.
_PASSIVE = re.compile(r"^(?:duoc|da duoc)\s+")


def _row_text_day(table: Table, index: int, paper: str, year: int | None) -> date | None:
    """The day the row's own text gives the act a count starts from, where no column dates it: a
    task registered with who assigned it and when (`… (Trưởng phòng giao ngày 10/10/2028)`, `(giao
    tại cuộc họp giao ban ngày 09/3/2028)`) for `05 ngày làm việc kể từ ngày giao`; the act's word,
    then a few words, then `ngày` and the day (the document's year where it prints none). None where
    the row prints no such day, or several different ones."""
    words = _PASSIVE.sub("", folded_same_length(paper)).split()
    if not words:
        return None
    act = re.compile(rf"\b{re.escape(words[0])}\b[^.;()]{{0,60}}?\bngay\s+" + _DATE)
    found: set[date] = set()
    for cell in table.rows[index]:
        for m in act.finditer(folded_same_length(cell.text)):
            if day := _printed_day(m, year):
                found.add(day)
    return found.pop() if len(found) == 1 else None


def _counted_from_row_day(items, document, year: int | None = None) -> None:
    """Gives each table row whose time counts days from a paper's day (`30 ngày kể từ ngày ký kết
    luận`) the date that makes of the day its own `Ngày KL` (`Ngày ban hành`, …) cell prints: a
    register of conclusions or decisions, each row its own paper; or, in a record table (a task
    slip), the day its own `Ngày giao` row prints (`05 ngày làm việc kể từ ngày giao`); or, with no
    such column, the day the row's own text gives the act (`(… giao ngày 13/10/2025)`)."""
    rows: dict[int, tuple[Table, int]] | None = None
    for item in items:
        due = item.due or ""
        if (m := _FROM_PAPER.search(folded_same_length(due))) is None:
            continue
        if rows is None:
            rows = {}
            for block in document.blocks:
                if isinstance(block, Table):
                    for index, line in enumerate(block.row_lines):
                        rows.setdefault(line, (block, index))
        found = rows.get(item.line)
        day = _row_paper_day(*found, m.group("paper")) if found else None
        if day is None and found:
            day = _record_paper_day(found[0], m.group("paper"))  # a slip's own `Ngày giao` row
        if day is None and found:
            day = _row_text_day(*found, m.group("paper"), year)  # `(… giao ngày 13/10/2025)` in the row
        if day is None or (days := count_of(m.group("days"))) is None:
            continue
        end = WorkingCalendar().add_working_days(day, days) if m.group("working") else day + timedelta(days)
        phrase = re.sub(r"^\d{2}/\d{2}/\d{4} \((.*)\)$", r"\1", due.strip())
        item.due = f"{end:%d/%m/%Y} ({phrase})"


# A group row across a table that names its meeting (`I. PHIÊN HỌP CHUYÊN ĐỀ QUÝ I (dự kiến ngày
# 24/3/2028)`): the day is the one printed after `ngày`; a row that dates it only by its month (`(dự
# kiến tháng 9/2028)`) names the meeting with no day.
_GROUP_DAY = re.compile(r"\bngay\s+" + _DATE)


def _printed_day(m: re.Match, year: int | None) -> date | None:
    """The day a `dd/mm(/yyyy)` match prints (the year given where it prints none); None if it is none."""
    try:
        return date(int(m.group(3)) if m.group(3) else year, int(m.group(2)), int(m.group(1)))
    except (TypeError, ValueError):
        return None


def _group_events(document, year: int | None) -> dict[int, tuple[str, date | None]]:
    """{a table row's line: (the folded text, its printed day or None) of the group row above it in
    its table — one text across the row — where that row prints at most one day}."""
    groups: dict[int, tuple[str, date | None]] = {}
    for block in document.blocks:
        if not isinstance(block, Table):
            continue
        group: tuple[str, date | None] | None = None
        for row, line in zip(block.rows, block.row_lines, strict=False):
            texts = {cell.text.strip() for cell in row if cell.text.strip()}
            if len(texts) == 1 and len(row) > 2:
                folded = folded_same_length(texts.pop())
                days = {day for m in _GROUP_DAY.finditer(folded) if (day := _printed_day(m, year))}
                group = (folded, next(iter(days), None)) if len(days) <= 1 else None
            elif group is not None:
                groups[line] = group
    return groups


# A letter the document defines as a day (`**T** là ngày ban hành Thông báo này (12/4/2028)`, `Ngày N
# là ngày bắt đầu …, dự kiến thứ Hai, ngày 03/7/2028`): the first date printed after it in the sentence.
_LETTER_DAY = re.compile(
    r"(?<![\w*])(?:ngay\s+)?\**(?P<letter>[a-z])\**\s+la\s+ngay\b[^.;]{0,160}?(?<![\d/])" + _DATE
)
# A time written as offsets from that letter (`T+15`, `T+10 NLV`, `N - 45`, `N - 30 đến N - 15`,
# `Ngày N (06h00 - 11h00)`, `N - 7 và nhắc lại N + 7`, `Từ N đến N + 30`): every term is the letter
# with an optional signed count (working days with `NLV` / `ngày làm việc`), joined by a few words.
_LETTER_TERM = r"(?P<sign>[+-])\s*(?P<days>\d{{1,3}})(?P<working>\s*(?:nlv|ngay lam viec))?(?:\s+ngay)?"
_LETTER_JOINS = r"tu|den|va|nhac lai|ngay|truoc|sau|-|,|;"


def _letter_offsets(due: str, letter: str) -> list[tuple[int, bool]] | None:
    """The (days, working) offsets a due writes from the letter (`N - 30 đến N - 15` → [(-30, False),
    (-15, False)]); None where the due is anything but those terms and their joining words."""
    text = re.sub(r"\([^()]*\)", " ", folded_same_length(due)).strip(" .")
    term = re.compile(rf"(?<![a-z0-9]){letter}(?:\s*{_LETTER_TERM.format()})?(?![a-z0-9])")
    offsets = []
    for m in term.finditer(text):
        days = int(m.group("days")) if m.group("days") else 0
        offsets.append((-days if m.group("sign") == "-" else days, bool(m.group("working"))))
    if not offsets or re.sub(rf"(?<![a-z])(?:{_LETTER_JOINS})(?![a-z])|\s", "", term.sub(" ", text)):
        return None
    return offsets


def _letter_day_dues(items, texts: list[str], year: int | None) -> None:
    """Gives each item whose time is written from a letter the document defines as a day (`T+15`,
    `N - 30 đến N - 15`) the latest date its terms make (working days where it says so)."""
    letters: dict[str, date] | None = None
    for item in items:
        due = (item.due or "").strip()
        if not due or prints_date(due) or not re.search(r"(?<![A-Za-z])[A-Z](?![A-Za-zÀ-ỹ])", due):
            continue
        if letters is None:
            found: dict[str, set[date]] = {}
            for text in texts:
                for m in _LETTER_DAY.finditer(folded_same_length(text)):
                    if not text[m.start("letter")].isupper():
                        continue
                    day, month, printed_year = m.group(2, 3, 4)
                    try:
                        found.setdefault(m.group("letter"), set()).add(
                            date(int(printed_year) if printed_year else year, int(month), int(day))
                        )
                    except (TypeError, ValueError):
                        continue
            letters = {letter: days.pop() for letter, days in found.items() if len(days) == 1}
        for letter, day in letters.items():
            if (offsets := _letter_offsets(due, letter)) is None:
                continue
            ends = [
                WorkingCalendar().add_working_days(day, n) if working and n else day + timedelta(n)
                for n, working in offsets
            ]
            item.due = f"{max(ends):%d/%m/%Y} ({due})"
            break


# An event the document dates on a line of its own (`Thời gian giao nhận quân: ngày 20/02/2028 (Chủ
# nhật)`, `Thời gian chiến dịch: từ ngày 18/10/2027 đến ngày 17/11/2027`; its hour and weekday before
# the day, `Thời gian diễn tập: 07 giờ 30, thứ Sáu, ngày 19/11/2027`): its name, first and last day.
_DEFINED_EVENT = re.compile(
    r"(?:^|[\s*•-])thoi gian\s+(?P<name>[a-z]+(?:\s+[a-z]+){0,5}?)\s*:\s*"
    + _TIME_OF_DAY
    + r"(?:(?:thu\s+[a-z]+|chu nhat)\s*,?\s*)?(?:tu\s+)?(?:ngay\s+)?"
    r"(?P<d1>\d{1,2})\s*/\s*(?P<m1>\d{1,2})(?:\s*/\s*(?P<y1>\d{4}))?(?![\d/])"
    r"(?:\s*(?:-|–|den)\s*(?:het\s+)?(?:ngay\s+)?(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})(?:\s*/\s*(?P<y2>\d{4}))?"
    r"(?![\d/]))?"
)
# … or in parentheses after the text it serves (`Kỳ thi tốt nghiệp THPT năm 2028 (thi các ngày 26,
# 27/6/2028)`, `(thi đấu ngày 14/11/2029 tại …)`): its name, first and last of the days listed.
_EVENT_IN_PARENS = re.compile(
    r"\((?P<name>[a-z]+(?:\s+[a-z]+){0,3}?)\s+(?:vao\s+)?(?:cac\s+)?ngay\s+"
    r"(?P<d1>\d{1,2})(?:\s*(?:,|va|-|–)\s*(?P<d2>\d{1,2}))*\s*/\s*(?P<m1>\d{1,2})(?:\s*/\s*(?P<y1>\d{4}))?(?![\d/])"
)
# A time counted from such an event by a shorter name (`Trước ngày giao quân 20 ngày`, `Sau chiến dịch
# 10 ngày`, `05 ngày làm việc sau diễn tập`, a span after it `Trong 05 ngày làm việc sau diễn tập`), its
# own day (`Ngày giao quân`) or its course (`Trước và trong chiến dịch`, `Trong thời gian huấn luyện`:
# its last day).
_FROM_DEFINED = re.compile(
    r"^(?:(?P<dir1>truoc|sau)\s+(?:ngay\s+|khi\s+)?(?P<name1>[a-z]+(?:\s+[a-z]+){0,5}?)\s+(?P<days1>\d{1,3})"
    r"\s+ngay(?P<working1>\s+lam viec)?"
    r"|(?:(?:trong|cham nhat)\s+(?:vong\s+|thoi han\s+)?)?"
    r"(?P<days2>\d{1,3})\s+ngay(?P<working2>\s+lam viec)?\s+(?P<dir2>truoc|sau)\s+(?:ngay\s+|khi\s+)?"
    r"(?P<name2>[a-z]+(?:\s+[a-z]+){0,5}?)"
    r"|(?:trong\s+)?ngay\s+(?P<own>[a-z]+(?:\s+[a-z]+){0,5}?)"
    r"|(?:truoc\s+va\s+)?trong\s+(?:suot\s+)?(?:thoi gian\s+)?(?P<course>[a-z]+(?:\s+[a-z]+){0,5}?))\s*\.?$"
)


def _names_event(short: str, name: str) -> bool:
    """Whether a time's words for an event (`giao quân`) name the one the document dates (`giao nhận
    quân`): the same first word, the rest in order among its words."""
    words, named = short.split(), iter(name.split())
    return bool(words) and words[0] == name.split()[0] and all(word in named for word in words)


def _defined_events(texts: list[str], year: int | None) -> dict[str, tuple[date, date]]:
    """{folded name: (first, last day)} of the events the texts date on a `Thời gian <name>: …` line
    or in parentheses (a name dated twice differently is left out)."""
    found: dict[str, set[tuple[date, date]]] = {}
    for text in texts:
        folded = folded_same_length(text)
        for m in (*_EVENT_IN_PARENS.finditer(folded), *_DEFINED_EVENT.finditer(folded)):
            named = m.re.groupindex
            last_year = (m.group("y2") if "y2" in named else None) or m.group("y1")
            last_month = (m.group("m2") if "m2" in named else None) or m.group("m1")
            try:
                first = date(int(m.group("y1") or last_year or year), int(m.group("m1")), int(m.group("d1")))
                last = date(int(last_year or year), int(last_month), int(m.group("d2") or m.group("d1")))
            except (TypeError, ValueError):
                continue
            if last >= first:
                found.setdefault(m.group("name"), set()).add((first, last))
    return {name: spans.pop() for name, spans in found.items() if len(spans) == 1}


_DASH_TAIL = re.compile(r"\s[—–]\s+(?P<time>[^—–]{3,60}?)\s*\.?\s*$")


def _dash_tail(content: str) -> str:
    """The clause after a dash that closes a task's line (`… — sau thi đấu 05 ngày làm việc.`); ""."""
    m = _DASH_TAIL.search(content or "")
    return m.group("time") if m else ""


def _defined_event_dues(items, texts: list[str], year: int | None) -> None:
    """Gives each item whose time counts from an event the document dates on a line of its own
    (`Trước chiến dịch 20 ngày`) the date that makes: days before its first day, after its last."""
    events: dict[str, tuple[date, date]] | None = None
    for item in items:
        # the due as printed, or without one the time after a dash closing the task (`… — trước
        # ngày thi 05 ngày.`, `… — ngày thi đấu.`)
        due = (item.due or "").strip() or _dash_tail(item.content)
        if not due or prints_date(due) or (m := _FROM_DEFINED.match(folded_same_length(due))) is None:
            continue
        if events is None:
            events = _defined_events(texts, year)
        short = next(m.group(g) for g in ("name1", "name2", "own", "course") if m.group(g))
        spans = {span for name, span in events.items() if _names_event(short, name)}
        if len(spans) != 1:
            continue
        first, last = spans.pop()
        if m.group("own"):
            day = first
        elif m.group("course"):
            day = last
        else:
            before = (m.group("dir1") or m.group("dir2")) == "truoc"
            days = int(m.group("days1") or m.group("days2"))
            start, days = (first, -days) if before else (last, days)
            working = m.group("working1") or m.group("working2")
            day = WorkingCalendar().add_working_days(start, days) if working else start + timedelta(days)
        item.due = f"{day:%d/%m/%Y} ({due})"


# A time given as the one above (`gửi cùng thời hạn trên`, `thời hạn như trên`, `cùng thời gian nêu
# trên`; `cùng thời hạn` closing the clause: the one just given), folded.
_SAME_AS_ABOVE = re.compile(
    r"\b(?:cung|theo)\s+(?:thoi han|thoi gian|han)\s+(?:nhu\s+|neu\s+)?tren\b|\bthoi han nhu tren\b"
    r"|\bcung\s+(?:thoi han|han)(?=\s*(?:[.;)]|$))"
)


def takes_time_above(text: str) -> bool:
    """The text gives its task the time of the one before (`…, gửi Sở X cùng thời hạn.`)."""
    return bool(_SAME_AS_ABOVE.search(folded_same_length(text or "")))


def _same_as_above(items) -> None:
    """An item with no dated time of its own whose text gives it the time above (`…, gửi cùng thời
    hạn trên.`) is due when the item before it is, where that one is dated."""
    for before, item in pairwise(items):
        due = item.due or ""
        if prints_date(due) or not prints_date(before.due or ""):
            continue
        m = _SAME_AS_ABOVE.search(folded_same_length(due or item.content))
        if m is None:
            continue
        source = due or item.content
        day = re.match(r"\s*(\d{1,2}/\d{1,2}/\d{4})", before.due)
        item.due = f"{day.group(1)} ({source[m.start() : m.end()]})" if day else before.due


# A task put to a body's regular meeting of a month (folded): `tổ chức vào kỳ sinh hoạt thường kỳ tháng
# 8/2027`, `báo cáo tại kỳ sinh hoạt tháng sau`, `thông qua tại phiên họp thường kỳ tháng 10`.
_AT_REGULAR_MEETING = re.compile(
    r"\b(?:tai|vao|trong)\s+(?:ky|buoi|phien|cuoc)\s+(?P<noun>sinh hoat|hop|giao ban)"
    r"(?:\s+(?:thuong ky|dinh ky|thuong le|chi bo|chi uy|ban chap hanh))*\s+(?:cua\s+)?thang\s+"
    r"(?:(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{4}))?(?![\d/])|(?P<next>sau|toi|tiep theo|ke tiep)\b)"
)


def _meeting_kind(noun: str) -> str:
    return "sinh hoat" if noun == "sinh hoat" else "hop"  # (`giao ban` is a meeting: `họp`)


def regular_meeting_days(texts: list[str]) -> dict[str, int]:
    """{meeting kind: day of the month} where the document states its body's standing meeting day
    once (`Chi bộ sinh hoạt thường kỳ vào ngày 05 hằng tháng`); a kind stated with two days is none.
    Where one day only is stated, it is every kind's (a cell `họp` at its `kỳ sinh hoạt`): key "*"."""
    found: dict[str, set[int]] = {}
    for text in texts:
        for m in REGULAR_MEETING.finditer(folded_same_length(text)):
            day = int(m.group("day") or m.group("day2"))
            if 1 <= day <= 31:
                found.setdefault(_meeting_kind(m.group("noun")), set()).add(day)
    days = {kind: next(iter(found_days)) for kind, found_days in found.items() if len(found_days) == 1}
    if len({day for found_days in found.values() for day in found_days}) == 1:
        days["*"] = next(iter(days.values()))
    return days


def _put_to_meeting(item) -> str:
    """The text an item's meeting is named in: its due as printed where it names one, else its content
    where its due is none or was read from the content (`… báo cáo tại kỳ họp chi bộ tháng 4/2028`
    read as `tháng 4/2028`); "" otherwise (a cell's own date outweighs the content)."""
    due = item.due or ""
    if _AT_REGULAR_MEETING.search(folded_same_length(due)):
        return due
    if not due.strip() or due.strip() in item.content:
        return item.content
    return ""


def _regular_meeting_dues(items, texts: list[str], lines: list[str], year: int | None, dated) -> None:
    """A task put to the regular meeting of a month (`vào kỳ sinh hoạt thường kỳ tháng 8/2027`; of
    the month after the document's own, `tại kỳ sinh hoạt tháng sau`) is due on that month's meeting
    day where the document states it (`… sinh hoạt thường kỳ vào ngày 05 hằng tháng`); otherwise it
    keeps its time as printed."""
    days: dict[str, int] | None = None
    signed: date | None = None
    for item in items:
        source = _put_to_meeting(item)
        if (m := _AT_REGULAR_MEETING.search(folded_same_length(source))) is None:
            continue
        if days is None:
            days = regular_meeting_days(texts)
        if (day := days.get(_meeting_kind(m.group("noun")), days.get("*"))) is None:
            continue
        if m.group("next"):
            signed = signed or signing_date(lines) or dated
            if signed is None:
                continue
            month, in_year = (signed.month % 12) + 1, signed.year + (signed.month == 12)
        else:
            month = int(m.group("month"))
            in_year = int(m.group("year") or 0) or year or 0
        if not (1 <= month <= 12 and in_year):
            continue
        found = date(in_year, month, min(day, calendar.monthrange(in_year, month)[1]))
        item.due = f"{found:%d/%m/%Y} ({source[m.start() : m.end()].strip()})"


# A session named by its time of the year (folded: `kỳ họp thường lệ giữa năm 2027`, `Hội nghị cuối năm`),
# its part of the year and year; after it, in parentheses, the month or day it is expected on (`(dự kiến
# tháng 7/2027)`, `(dự kiến tổ chức ngày 15/12/2027)`).
_SESSION_OF_YEAR = (
    r"(?:ky hop|phien hop|cuoc hop|hoi nghi)(?:\s+thuong\s+(?:le|ky|nien))?\s+"
    r"(?P<part>dau|giua|cuoi)\s+nam(?:\s+(?P<year>\d{4}))?"
)
_SESSION_NAMED = re.compile(r"\b" + _SESSION_OF_YEAR + r"\b")
_SESSION_DATED = re.compile(
    r"\b" + _SESSION_OF_YEAR + r"\s*\(\s*(?:du kien\s+)?(?:(?:to chuc|khai mac|hop)\s+)?(?:vao\s+)?"
    r"(?P<when>thang\s+\d{1,2}(?:\s*/\s*\d{4})?|ngay\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)\s*\)"
)


def dated_sessions(texts: list[str], year: int | None) -> dict[tuple[str, int], str]:
    """{(part of the year, year): the time as printed} of the sessions the texts date in parentheses
    after their name (`Tại kỳ họp thường lệ giữa năm 2027 (dự kiến tháng 7/2027): …`); a session
    dated twice differently is left out."""
    found: dict[tuple[str, int], set[str]] = {}
    for text in texts:
        folded = folded_same_length(text)
        for m in _SESSION_DATED.finditer(folded):
            in_year = int(m.group("year") or 0) or year
            if not in_year:
                continue
            when = " ".join(text[m.start("when") : m.end("when")].split())
            if not re.search(r"/\s*\d{4}$", when):
                when = f"{when}/{in_year}"
            found.setdefault((m.group("part"), in_year), set()).add(when)
    return {key: whens.pop() for key, whens in found.items() if len(whens) == 1}


def _session_dues(items, texts: list[str], year: int | None) -> None:
    """A task whose time is a session named by its time of the year (`báo cáo tại kỳ họp thường lệ
    giữa năm 2027`), its day not printed there, is due when the document expects that session
    elsewhere (`Tại kỳ họp thường lệ giữa năm 2027 (dự kiến tháng 7/2027)`): `tháng 7/2027 (tại kỳ họp
    …)`; a session the document does not date keeps its time, for review."""
    sessions: dict[tuple[str, int], str] | None = None
    for item in items:
        due = (item.due or "").strip()
        if not due or prints_date(due) or (m := _SESSION_NAMED.search(folded_same_length(due))) is None:
            continue
        if sessions is None:
            sessions = dated_sessions(texts, year)
        in_year = int(m.group("year") or 0) or year
        if when := sessions.get((m.group("part"), in_year or 0)):
            item.due = f"{when} ({due})"


# A time given as that of a point above by its number (`thời hạn như mục 1`, `thời hạn như điểm 2.3`,
# `cùng thời hạn với mục 2`, `hạn như nhiệm vụ số 3`), folded: the number.
_SAME_AS_POINT = re.compile(
    r"\b(?:cung\s+)?(?:thoi han|thoi gian|han)\s+(?:nhu|theo|giong(?: nhu)?|cung voi|voi)\s+(?:tai\s+)?"
    r"(?:muc|diem|khoan|nhiem vu|viec|noi dung)\s+(?:so\s+)?(\d{1,2}(?:\.\d{1,2})*)\b(?!\s*(?:dieu|cua)\b)"
)


def _same_as_point(items) -> None:
    """An item with no dated time of its own whose text gives it the time of a point above by its
    number (`…; thời hạn như mục 1.`) is due when that point is, where that one is dated (a point's
    ref is its number, or ends with it: `2.3` under section `II`)."""
    for index, item in enumerate(items):
        due = item.due or ""
        if prints_date(due) or (m := _SAME_AS_POINT.search(folded_same_length(due or item.content))) is None:
            continue
        number = m.group(1)
        point = next(
            (
                other
                for other in reversed(items[:index])
                if (other.ref or "") == number or (other.ref or "").endswith("." + number)
            ),
            None,
        )
        if point is None or not prints_date(point.due or ""):
            continue
        source = due or item.content
        day = re.match(r"\s*(\d{1,2}/\d{1,2}/\d{4})", point.due)
        item.due = f"{day.group(1)} ({source[m.start() : m.end()]})" if day else point.due


def _still_to_come(day: date, lines: list[str], dated: date | None) -> bool:
    """Whether the event's day is after the document's own (an invitation to a meeting, not its
    minutes); False where the document prints no day of its own."""
    signed = signing_date(lines) or dated
    return signed is not None and day > signed


# A lunar month's name (folded): one only the lunar calendar has (`tháng Giêng`, `tháng Chạp`), or a
# number marked `âm lịch` (`tháng 7 âm lịch`, `tháng 8 năm Đinh Mùi âm lịch`).
_LUNAR_MONTH = (
    r"thang\s+(?P<month>gieng|chap|\d{1,2}(?=\s+(?:nam\s+[a-z]+\s+[a-z]+\s+)?am lich))"
    r"(?:\s+nam\s+[a-z]+\s+[a-z]+)?(?:\s+am lich)?"
)
# A lunar day of it: after `ngày`, or marked lunar by its own word (`mùng 8 tháng Giêng`, `Rằm tháng
# Giêng`: the 15th), as a table's time cell prints it.
_LUNAR_DAY = re.compile(
    r"(?:\bngay\s+|\b(?=(?:mung|mong|ram)\b))(?:(?:mung|mong)\s+)?(?P<day>\d{1,2}|ram)\s+" + _LUNAR_MONTH
)
# … printed with its solar day in parentheses after it (`ngày 10 tháng Giêng (ngày 04/02/2028)`,
# `(tức ngày …)`); not a range's (`… 12 tháng Giêng (từ ngày 03/02 đến …)`).
_LUNAR_PAIR = re.compile(_LUNAR_DAY.pattern + r"\s*\(\s*(?:tuc\s+)?(?:ngay\s+)?" + _DATE)


def lunar_day(match: re.Match) -> int:
    """The day of the lunar month a `_LUNAR_DAY` match names: its number, or 15 for `Rằm`."""
    return 15 if match.group("day") == "ram" else int(match.group("day"))


def lunar_months(texts: list[str], year: int | None) -> dict[str, date]:
    """{folded lunar month: the solar day before its first} of the months whose days the texts print
    beside solar ones (`ngày 10 tháng Giêng (ngày 04/02/2028)`): within a lunar month the days run
    on as the solar ones do. A month whose printed pairs disagree is left out."""
    found: dict[str, set[date]] = {}
    for text in texts:
        for m in _LUNAR_PAIR.finditer(folded_same_length(text)):
            solar_year = int(m.group(5)) if m.group(5) else year
            try:
                solar = date(solar_year, int(m.group(4)), int(m.group(3)))
            except (TypeError, ValueError):
                continue
            found.setdefault(m.group("month"), set()).add(solar - timedelta(days=lunar_day(m)))
    return {month: starts.pop() for month, starts in found.items() if len(starts) == 1}


def _lunar_dues(items, texts: list[str], year: int | None) -> None:
    """Gives each item whose time is a lunar day with no solar one (`vào ngày 11 tháng Giêng`) the
    solar day it falls on, where the document prints another day of that lunar month beside its
    solar day (`khai hội … ngày 10 tháng Giêng (ngày 04/02/2028)`)."""
    months: dict[str, date] | None = None
    for item in items:
        due = item.due or ""
        if prints_date(due) or (m := _LUNAR_DAY.search(folded_same_length(due))) is None:
            continue
        if months is None:
            months = lunar_months(texts, year)
        if (start := months.get(m.group("month"))) and 1 <= lunar_day(m) <= 30:
            item.due = f"{start + timedelta(days=lunar_day(m)):%d/%m/%Y} ({due.strip()})"


def _event_texts(document) -> list[str]:
    """The texts an event's day is looked up in: each paragraph and a table's rows of one text; an OCR
    page's lines joined into the paragraphs they wrap (`… (từ ngày 03/02` / `đến ngày 06/02/2028)`)."""
    if getattr(document, "ocr", False):
        from engine.importing.layouts.outline import paragraphs

        joined = [text for _line, text in paragraphs(document) if text]
        tables = [block for block in document.blocks if isinstance(block, Table)]
        return joined + [text for block in tables for text in _free_texts(block)]
    return [text for block in document.blocks for text in _free_texts(block)]


def resolve_event_dues(items, document, year: int | None) -> None:
    """Gives each item whose time counts from a printed event the date that makes (in place):
    its due as printed (a cell, a label) or, without a dated due of its own, its content."""
    lines, dated = [line.text for line in document.lines], getattr(document, "dated", None)
    _dated_from_signing(items, lines, _FROM_SIGNING, _days_from, dated)  # N days from the signing
    _dated_from_signing(items, lines, _THIS_MONTH, _month_end, dated)  # the end of "this month"
    _dated_from_signing(items, lines, _THIS_WEEK, _weekday_this_week, dated)  # a weekday of this/next week
    if recorded := record_date(lines):  # N days from the inspection a record is made at
        _dated_from_signing(items, lines, _FROM_RECORD, _days_from, own=recorded)
    _counted_from_row_day(items, document, year)  # N days from the day of the row's own paper
    texts = _event_texts(document)
    _counted_weeks(items, texts)  # a week of the count a note dates (`Tuần 14 - 15`)
    _weekday_dues(items, document, year)
    _header_counts(items, document)
    _counted_from_printed_day(items, year)
    _letter_day_dues(items, texts, year)  # `T+15`, `N - 45` from a letter the document defines as a day
    _during_events(items, texts, year)
    # `ngày 11 tháng Giêng` beside `ngày 10 tháng Giêng (ngày 04/02/2028)`, in a paragraph or any cell
    _lunar_dues(items, texts + _cell_texts(document), year)
    _in_force_dues(items, texts, lines)
    _regular_meeting_dues(items, texts, lines, year, dated)  # `tại kỳ sinh hoạt tháng sau`: its meeting day
    _session_dues(items, texts, year)  # `tại kỳ họp giữa năm 2027` with `(dự kiến tháng 7/2027)` after it
    dates: dict[str, date | None] = {}
    groups: dict[int, tuple[str, date | None]] | None = None
    for item in items:
        due = item.due or ""
        source = _counted_in(item, relative_due)
        found = relative_due(source)
        if found is None and (span := _NAMED_SPAN.match(due.strip())):
            name = span.group(1).strip()
            end = named_span_end(texts, name, year)
            if end is None and _BARE_ROUND.match(noun := " ".join(folded_same_length(name).split())):
                end = _own_round_end(texts, noun, year)  # `Suốt đợt`: the round the title dates
            if end:
                item.due = f"{end:%d/%m/%Y} ({due.strip()})"
            continue
        if found is None:
            continue
        event, days = found
        if groups is None:
            groups = _group_events(document, year)
        if (group := groups.get(item.line)) and re.search(rf"\b{re.escape(event)}\b", group[0]):
            # `Trước phiên họp 07 ngày` under `I. PHIÊN HỌP … (dự kiến ngày 24/3/2028)`: that
            # meeting's day; under one dated only by its month, for a person to set
            if group[1] is not None:
                m = _RELATIVE.search(folded_same_length(source))
                item.due = f"{group[1] + timedelta(days):%d/%m/%Y} ({source[m.start() : m.end()].strip()})"
            continue
        if event not in dates:
            dates[event] = event_date(texts, event, year)
        start = dates[event]
        if days > 0 and _NOUN_EVENT.match(event):
            # `Sau Ngày hội 07 ngày`, `Sau kỳ họp 10 ngày`: counted from the event's last day where
            # the text prints its days (`diễn ra trong hai ngày 24 và 25/9/2027`)
            if event + "/last" not in dates:
                dates[event + "/last"] = event_last_day(texts, event, year)
            if (last := dates[event + "/last"]) and (start is None or last >= start):
                start = last
        if start is None:
            continue
        m = _RELATIVE.search(folded_same_length(source))
        if m.group("event7") and not _still_to_come(start, lines, dated):
            continue  # `… tại cuộc họp` in minutes or a notice of its conclusions: no time of the task's
        phrase = source[m.start() : m.end()].strip()
        if m.group("event8"):
            # `Sau cuộc họp, … trong vòng 07 ngày`: the opening and the span, not the words between
            opening, span = (source[m.start(group) : m.end(group)] for group in ("after8", "span8"))
            phrase = f"{opening} … {span}"
        working = any(m.group(f"working{n}") for n in (1, 2, 3, 8))
        found_day = WorkingCalendar().add_working_days(start, days) if working else start + timedelta(days)
        item.due = f"{found_day:%d/%m/%Y} ({phrase})"
    _defined_event_dues(items, texts, year)  # `Trước chiến dịch 20 ngày`: an event dated on its own line
    _same_as_above(items)  # `gửi cùng thời hạn trên`: the time of the item before
    _same_as_point(items)  # `thời hạn như mục 1`: the time of that point
