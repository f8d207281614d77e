"""Days, times and people as calendars print them: "03 Thứ Hai", "Thứ 2 (03/3/2026)", "8h30".

`parse_day` answers the date a day cell or a day heading names (the weekday may be cut short,
"T2 (14/8)"); `weekday_deadline` the day of the week a deadline naming only a weekday means; a
bare day number is read in the month the caller is in, and the caller moves to the next month
when the numbers drop (a calendar that runs from 28/02 to 06/03). `parse_time` finds "7 giờ 30’", "(8h30)",
"14h", "Sáng"/"Chiều" at the start of an entry. `names_leader` tells a chairing leader
("PGĐ Trần Thị Mai", "Đ/c Hoàn") from a unit; `preparing_unit` finds the unit an entry names
in parentheses ("(Sở Tài chính chuẩn bị nội dung)") or in a field ("Chuẩn bị: Phòng Kinh tế; Công
đoàn.") or who is in charge ("Phụ trách: Tổ Văn phòng.", "Người phụ trách: …") or a council
meeting's standing office ("Thường trực: Phòng Tổng hợp."), and `names_another_paper` a lead cell
that names none but the paper that does ("Theo giấy mời"); `labelled_content`
the "Nội dung:" field of an entry of inline fields, `leading_day` the day
an entry opens with; a date may be written out ("Thứ Hai, ngày 15 tháng 6 năm 2026"). `is_not_task`
tells the lines a leaders' calendar prints that are no work item: who is at the office or on duty,
a holiday, a day with nothing planned, an entry called off; `is_duty_roster` a duty roster even
beside a unit; `is_time_of_day` a time cell that names no day ("07g30", "Chiều", "Cả ngày").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from engine.deadlines.parsing import WEEKDAY, WRITTEN_DATE
from engine.importing.leaders import (
    POST_ABBREVIATIONS,
    names_corporate_officer,
    names_person,
    names_post_holder,
    names_ranked_person,
    names_titled_person,
)
from engine.importing.units import names_a_unit
from engine.text import fold

_WEEKDAY = re.compile(r"\b" + WEEKDAY + r"\b")
_FULL = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?![\d/])")
_SHORT = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d/.-]|\s*[/.-]\s*\d)")
# A date written out ("ngày 15 tháng 6 năm 2026", "15 tháng 6"), folded: read as "15/6/2026".
_WRITTEN = re.compile(r"(?:\bngay\s+)?\b" + WRITTEN_DATE + r"\b")
_LEADING = re.compile(r"^\s*(\d{1,2})\b(?![/.-]\d)")
_AFTER_WEEKDAY = re.compile(r"^\W*" + WEEKDAY + r"\W*(\d{1,2})\s*$")
_TIME = re.compile(
    r"^\W*\(?\s*(?P<time>\d{1,2}\s*(?:giờ|gio|h|g|:)\s*(?:\d{2})?\s*(?:phút|phut|’|'|p(?![^\W\d_]))?)\s*\)?\s*[:,\-–]?\s*",
    re.IGNORECASE,
)
# The dash between a span's start and its end ("7h30 - 9h00", "07:30 – 09:00").
_SPAN_DASH = re.compile(r"\d\s*[-–—]\s*$")
# How a calendar names the leader who chairs: a title, then a name.
LEADER_TITLES = (
    r"(?:Đ/c|Đồng chí|PCTTT|PCT|CT|PGĐ|GĐ|CVP|PCVP|Chủ tịch|Phó Chủ tịch|Giám đốc|Phó Giám đốc|"
    r"Chánh Văn phòng|Phó Chánh Văn phòng|Lãnh đạo|Thường trực|Hiệu trưởng|Phó Hiệu trưởng|PHT)"
)
_LEADER_TITLE = re.compile(LEADER_TITLES + r"\b")
_PREPARES = re.compile(
    r"\((?P<unit>[^()]{3,120}?)\s+(?:chuẩn bị|chuan bi)(?:\s+(?:nội dung|tài liệu|báo cáo))?[^()]*\)",
    re.IGNORECASE,
)
# A labelled field inside an entry's line: "Chuẩn bị: <unit>" up to the clause's end ("; mời …", ". "),
# a remark in parentheses after the unit left out ("Văn phòng (kỹ thuật)"). A school's plan closes its
# entries with who is in charge: "Phụ trách: Tổ Văn phòng.", "Người phụ trách: Ban Giám hiệu.", "; phụ
# trách: Liên đội." (not "Lãnh đạo phụ trách: …", a leader who oversees).
_REMARK = r"(?:\s*\([^()]{1,40}\))?"
_PREPARES_FIELD = re.compile(
    r"(?:^|[.;]\s*|\s)(?<!Lãnh đạo )(?<!lãnh đạo )"
    r"(?:(?:Đơn vị|Bộ phận|Cơ quan) chuẩn bị|Chuẩn bị|(?:Người |Bộ phận |Đơn vị )?[Pp]hụ trách)\s*:\s*"
    r"(?P<unit>[^;:()]{3,120}?)" + _REMARK + r"\s*(?:;|[.](?:\s|$)|$)",
)
# The standing office a council's meeting names (`Họp Hội đồng Thi đua … Thường trực: Phòng Tổng hợp.`),
# which prepares it; a person on duty (`Thường trực: Đ/c Lan`) is none.
_STANDING_FIELD = re.compile(
    r"(?:^|[.;]\s*)(?:Cơ quan |Đơn vị |Bộ phận )?[Tt]hường trực\s*:\s*"
    r"(?P<unit>[^;:()]{2,120}?)\s*(?:;|[.](?:\s|$)|$)"
)
_SESSION = re.compile(r"^\W*(?P<session>sáng|chiều|tối|trưa|cả ngày)\b\s*[:,\-–]?\s*", re.IGNORECASE)


# A range of days ("07 - 09/7", "12/3 - 14/3", "từ 03/8/2026 đến 08/8/2026"), folded: the last day.
_RANGE = re.compile(
    r"(?<![\d/])(?:tu\s+)?(?:ngay\s+)?(?P<start_day>\d{1,2})"
    r"(?:\s*[/.]\s*(?P<start_month>\d{1,2})(?:\s*[/.]\s*(?P<start_year>\d{4}|\d{2}))?)?"
    # the end's weekday may stand before it ("Thứ Sáu 12/3 - Thứ Bảy 13/3"), each day may stand in
    # parentheses after its weekday ("Thứ Tư (06/10) - Thứ Sáu (08/10)")
    r"\)?\s*(?:-|–|—|den)\s*(?:"
    + WEEKDAY
    + r"\s*,?\s*)?\(?\s*(?:ngay\s+)?(?P<day>\d{1,2})\s*[/.]\s*(?P<month>\d{1,2})"
    r"(?:\s*[/.]\s*(?P<end_year>\d{4}|\d{2}))?(?![\d/])"
)


def _range_year(match: re.Match, year: int | None) -> int | None:
    """The year a range of days (`_RANGE`) ends in: printed at its end or its start (two digits are
    this century's), else `year`."""
    printed = match.group("end_year") or match.group("start_year")
    return (int(printed) + (2000 if len(printed) == 2 else 0)) if printed else year


def day_span(text: str, *, year: int | None) -> tuple[date, date] | None:
    """(first, last) day of the range a text prints ("Kế hoạch tuần 19 (10/5 – 14/5/2027)", "từ
    17/8 đến 21/8/2026", "12 - 14/3"); a year missing from both ends is `year`'s. None without one."""
    if (match := _RANGE.search(_folded(text))) is None:
        return None
    end_year = _range_year(match, year)
    if end_year is None:
        return None
    end_month = int(match.group("month"))
    start_month = int(match.group("start_month") or end_month)
    start_year = end_year - 1 if start_month > end_month else end_year  # "28/12 - 03/01/2027"
    try:
        first = date(start_year, start_month, int(match.group("start_day")))
        last = date(end_year, end_month, int(match.group("day")))
    except ValueError:
        return None
    return (first, last) if first <= last else None


def is_day_range(text: str) -> bool:
    """A cell naming a range of days ("10/8/2026 - 21/11/2026", "Từ 07/9 đến 12/9"), not one day."""
    return bool(_RANGE.search(_folded(text)))


@dataclass(frozen=True)
class Day:
    when: date | None  # None where a bare day number needs the caller's month
    number: int
    explicit: bool  # the text gave the month


def _folded(text: str) -> str:
    """The folded text with a written-out date in figures: "Thứ Hai, ngày 15 tháng 6 năm 2026" →
    "thu hai, 15/6/2026"."""
    return _WRITTEN.sub(lambda m: "/".join(g for g in m.groups() if g), fold(text))


# A day cell's tentative mark before its day (`Dự kiến 19/8`, `(Dự kiến) 19/8`, `Dự kiến: 20/8/2027`),
# folded: the entry is on that day (tests/importing/corpus/README.md: "(dự kiến)" is an item on its
# day). Only right before a figure: `Dự kiến tuần 3`, `Dự kiến tháng 9` name no day and stay unread.
_TENTATIVE_DAY = re.compile(r"^\W*du kien\s*\)?\s*[:,\-–]?\s*(?=\d)")


def parse_day(text: str, *, year: int | None) -> Day | None:
    """The day a day cell names, or None where it names none."""
    folded = _folded(text)
    if tentative := _TENTATIVE_DAY.match(folded):
        folded = folded[tentative.end() :]
    if not folded:
        return None
    if match := _RANGE.search(folded):  # "07 - 09/7", "03/8/2026 - 08/8/2026": the range's last day
        end_year = _range_year(match, year)
        day, month = int(match.group("day")), int(match.group("month"))
        found = _day(end_year, month, day) if end_year else Day(None, day, False)
        if found is not None:
            return found
    if match := _FULL.search(folded):
        day, month, y = int(match.group(1)), int(match.group(2)), int(match.group(3))
        y = y + 2000 if y < 100 else y
        return _day(y, month, day)
    has_weekday = bool(_WEEKDAY.search(folded) or _SHORT_DAY_HEADING.fullmatch(folded.strip(" *-•:")))
    if (match := _SHORT.search(folded)) and (has_weekday or len(folded) <= 8) and year:
        return _day(year, int(match.group(2)), int(match.group(1)))
    if match := _LEADING.match(folded) or _AFTER_WEEKDAY.match(folded):
        number = int(match.group(1))
        return Day(None, number, False) if 1 <= number <= 31 else None
    return None


# A day printed with its year (`02/01/2027`, `2/1/27`).
_PRINTED_YEAR = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}")


def across_new_year(when: date, near: date | None, text: str) -> date:
    """The day a day cell printing no year names in a calendar running over the new year, `near` a
    day of the calendar already known (the day above, the week's last day): a January day read in
    the year of a December day before it is the next year's (`Thứ Năm 31/12`, then `Thứ Sáu 01/01`),
    a December day read in the year of a January day the next year's is the year before's (the
    title's week `28/12/2033 – 03/01/2034`, a month calendar of January, over `Thứ Tư (28/12)`)."""
    if near is None or _PRINTED_YEAR.search(text):
        return when
    if when.month == 1 and (near - when).days > 300:
        return when.replace(year=when.year + 1)
    if when.month == 12 and (when - near).days > 300:
        return when.replace(year=when.year - 1)
    return when


def _day(year: int, month: int, day: int) -> Day | None:
    try:
        return Day(date(year, month, day), day, True)
    except ValueError:
        return None


# A day heading with its weekday cut short (`T2 (14/8)`, `T3-T4 (15-16/8)`, `CN, 20/8`), folded: the
# short form and the date only, as `T2` alone may be a month (`T2/2027`) or a wall calendar's column.
_SHORT_DAY_HEADING = re.compile(
    r"(?:t\s?[2-7]|cn)(?:\s*[-–]\s*(?:t\s?[2-7]|cn))?\s*(?:[(,:]\s*)?"
    r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*(?:\d{4}|\d{2}))?\s*\)?"
)


def is_day_heading(text: str) -> bool:
    """ "THỨ HAI   3/3", "* Thứ Ba: 4/3", "Thứ 2 (03/3/2026)", "Thứ Hai, ngày 15 tháng 6 năm 2026",
    "T2 (14/8)": a weekday and a date, little else."""
    folded = _folded(text).strip(" *-•:")
    if _SHORT_DAY_HEADING.fullmatch(folded):
        return True
    if not _WEEKDAY.match(folded) and not _FULL.match(folded):
        return False
    return (
        bool(_WEEKDAY.search(folded))
        and bool(_FULL.search(folded) or _SHORT.search(folded))
        and (len(folded) <= 40)
    )


def is_weekday(text: str) -> bool:
    """A line that is a weekday alone ("Thứ hai", "Thứ 2", "T.5"): its date may follow on the next line."""
    return bool(re.fullmatch(WEEKDAY, fold(text).strip(" *-•:,.")))


def is_bare_date(text: str) -> bool:
    """A line that is a date alone ("14/6", "09/02", "03/3/2026"), as under a weekday line."""
    folded = _folded(text).strip(" *-•:,.()")
    return bool(_FULL.fullmatch(folded) or _SHORT.fullmatch(folded))


def is_session(text: str) -> bool:
    """A line that is a session marker alone ("Sáng", "Chiều:"), a flattened table's session cell."""
    match = _SESSION.match(text.strip())
    return bool(match) and not text.strip()[match.end() :].strip(" :-–")


def parse_time(text: str) -> tuple[str, str]:
    """(time or session, the rest): "7 giờ 30’: Họp …" → ("7 giờ 30’", "Họp …"); of a span ("07:30 –
    09:00  Giao ban …", a calendar app's event) the start, its end no part of the rest."""
    if match := _TIME.match(text):
        end = match.end()
        if _SPAN_DASH.search(match.group(0)) and (until := _TIME.match(text[end:])):
            end += until.end()
        return " ".join(match.group("time").split()), text[end:]
    if match := _SESSION.match(text):
        return match.group("session").capitalize(), text[match.end() :]
    return "", text


# The head of a division or its deputy by post (`Trưởng phòng`, `Phó Trưởng ban Lê Thị Hoa`, `Chi cục
# trưởng`, `Phó Cục trưởng …`): a person who chairs, never the unit (which opens `Phòng …`, `Ban …`).
_HEAD_OF_DIVISION = re.compile(
    r"(?:Phó\s+)?(?:Trưởng\s+(?:phòng|ban|khoa|đài|trạm)|(?:Chi cục|Cục|Vụ|Viện|Đội|Hạt|Trạm)\s+trưởng)\b"
)


def names_head_post_only(text: str) -> bool:
    """A division's head or deputy by post alone, or before the holder's name only (`Trưởng phòng`,
    `Phó Trưởng khoa`, `Trưởng ban Lê Thị Hoa`): the head of the writer's own office, a post. Not a
    post before a unit's name (`Trưởng phòng Nội vụ`: the unit it heads) nor a school (`Trường …`,
    which `fold` spells as `Trưởng`). A post in capitals, as a signature prints it (`TRƯỞNG PHÒNG`),
    is read in its sentence case."""
    text = " ".join(text.split()).strip(" .;,")
    if text.isupper():
        text = text.capitalize()
    match = _HEAD_OF_DIVISION.match(text)
    if match is None:
        return False
    rest = text[match.end() :].strip(" .:-–")
    return not rest or names_person(rest)


def names_leader(text: str) -> bool:
    """A cell that names who chairs ("Giám đốc Nguyễn Văn Hùng", "PGĐ Trần Thị Mai", a division's
    head by post: "Trưởng phòng", "Phó Trưởng ban Lê Thị Hoa", a person by a professional title
    before the name: "BSCKII. Lê Văn Hòa - Giám đốc", "PGS.TS. Lý Hoàng Minh", or by a military or
    police rank: "Đại tá Nguyễn Hữu Phong, Chỉ huy trưởng", "Thượng úy Lê Văn An", or a company's
    officer by post: "Tổng Giám đốc Vũ Đình Khải", "PTGĐ Ngô Thị Hạnh", "Chủ tịch HĐQT Trịnh Văn
    Lực"), not a unit."""
    text = text.strip()
    return bool(
        _LEADER_TITLE.match(text)
        or _HEAD_OF_DIVISION.match(text)
        or names_titled_person(text)
        or names_ranked_person(text)
        or names_corporate_officer(text)
    )


def chair_cell_names_person(text: str) -> bool:
    """A cell of a chair column (`Chủ trì`) naming who chairs: a leader by post (names_leader) or any
    post before its holder's full name (`Tổng Biên tập Lê Quang Vinh`, `PTBT Nguyễn Thị Ngọc Ánh`,
    `Bí thư Đảng ủy Hoàng Văn Nam`; leaders.names_post_holder). Read over a whole column only: a
    single line may be a place named after a person (`Quảng trường Hồ Chí Minh`), a column headed
    as the chair holds none. A chair column headed `Chủ trì / Thành phần` may name who attends after
    the chair, past a semicolon (`PTP Chu Đức Anh; Đội Quản lý trật tự đô thị`): the part before it
    is read; a cell that opens with a unit (`Đội X; PTP <tên>`) names no chairing person."""
    chair = text.split(";", 1)[0].strip()
    return bool(chair) and (names_leader(chair) or names_post_holder(chair))


# A preparing-unit cell that sends the reader to another paper (`Theo giấy mời`, `Theo Giấy triệu
# tập`, `Theo thông báo`), folded.
_ANOTHER_PAPER = re.compile(r"^theo (?:giay (?:moi|trieu tap)|thong bao|van ban trieu tap|cong van moi)\b")


def names_another_paper(text: str) -> bool:
    """A lead cell that names no unit but the paper that says who prepares or attends (`Theo giấy
    mời` beside a meeting another body calls): the row has no lead."""
    return bool(_ANOTHER_PAPER.match(" ".join(fold(text).split())))


# "Đ/c Lan PCT P. TCKH", "Đ/c Minh CT BCĐ CĐS TP": a leader's name and title abbreviations, then
# the office that attends with them (a calendar's "Chủ trì, tham gia" column).
_LEADER_THEN_UNIT = re.compile(
    r"^(?P<leader>(?:Đ/c|Đồng chí)\s+(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+){1,3}?"
    rf"(?:(?:{POST_ABBREVIATIONS})\b\s*)+)(?P<unit>\S.*)?$"
)
# The body an entry's sentence opens with, where it acts itself ("Ban Pháp chế giám sát …",
# "Thường trực HĐND tỉnh dự …"): a body's first word, its name, then the calendar's verb.
_BODY = (
    r"(?:thuong truc\s+)?(?:ban|so|phong|van phong|thanh tra|chi cuc|cuc|trung tam|uy ban|ubnd|hdnd|"
    r"hoi dong|mat tran|doan thanh nien|tinh doan|huyen doan|lien doan|cong an|bo chi huy)"
)
_CALENDAR_VERB = (
    r"tham du|du|hop|giam sat|khao sat|di|lam viec|tiep|kiem tra|chu tri|tham|nghe|bao cao|"
    r"trien khai|thuc hien|gap|thong qua|cho y kien|tham gia|truc|xu ly|to chuc hoi nghi"
)
_SUBJECT = re.compile(rf"^(?P<body>{_BODY}\b.{{0,60}}?)\s(?:{_CALENDAR_VERB})\b")


def split_leader_unit(text: str) -> tuple[str, str]:
    """(leader, office) a "Chủ trì, tham gia" cell names:
    "Đ/c Lan PCT P. TCKH" → ("Đ/c Lan PCT", "P. TCKH")."""
    match = _LEADER_THEN_UNIT.match(" ".join(text.split()))
    if not match:
        return text, ""
    return match.group("leader").strip(), (match.group("unit") or "").strip(" ,;-–")


def acting_body(text: str) -> str:
    """The body an entry's sentence opens with when it acts itself: "Ban Dân tộc giám sát …" →
    "Ban Dân tộc"; "" where the sentence opens otherwise (a person, a meeting's name)."""
    folded = fold(text)
    match = _SUBJECT.match(folded)
    if not match or len(match.group("body").split()) < 2:
        return ""
    return text[: match.end("body")].strip(" ,;:-–")


# A further unit after a field's ";": a capitalised name up to the clause's end, no label of its own.
_NEXT_PREPARING = re.compile(r"\s*(?P<unit>[A-ZĐÀ-Ỹ][^;:()]{2,80}?)" + _REMARK + r"\s*(?:;|[.](?:\s|$)|$)")


# An entry's closing sentence naming the unit that prepares it (`… . Văn phòng chuẩn bị.`, `… . Phòng
# Tổ chức cán bộ chuẩn bị nội dung.`), as a calendar typed as prose closes its entries: a unit's name,
# then `chuẩn bị` and at most what it prepares, up to the sentence's end.
_PREPARED_THINGS = (
    r"nội dung|tài liệu|báo cáo|hồ sơ|văn bản|chương trình|hội trường|phòng họp|địa điểm|điều kiện"
)
_CLOSING_PREPARES = re.compile(
    r"(?:^|(?<=[.;])\s+)(?P<unit>[A-ZĐÀ-Ỹ][^.;:()]{2,160}?)\s+chuẩn bị"
    rf"(?:\s+(?:{_PREPARED_THINGS})(?:\s*(?:,|và)\s*(?:{_PREPARED_THINGS}))*)?\s*(?:[.;]|$)"
)
# The longest name of a unit such a sentence may give (`Phòng Kiểm sát việc giải quyết các vụ, việc dân
# sự, hôn nhân và gia đình`).
_CLOSING_UNIT_WORDS = 20


def _closing_preparer(text: str) -> str:
    """The unit an entry's closing sentence names as preparing it ("… . Tòa Hình sự chuẩn bị."), ""
    where no sentence of the entry is only that."""
    for match in _CLOSING_PREPARES.finditer(text):
        unit = " ".join(match.group("unit").split()).strip(" ,;")
        if unit[:1].isupper() and names_a_unit(unit, max_words=_CLOSING_UNIT_WORDS):
            return unit
    return ""


def preparing_unit(text: str) -> str:
    """The unit an entry names as preparing it: "(Văn phòng Sở chuẩn bị nội dung)" or a field
    "… Chuẩn bị: Văn phòng Sở; mời …" → "Văn phòng Sở"; the field may list several, split by ";"
    ("Chuẩn bị: Phòng Điều dưỡng; Công đoàn cơ sở." → both), up to a clause that is no name ("mời …")
    or another field ("Địa điểm: …")."""
    if match := _PREPARES.search(text):
        return " ".join(match.group("unit").split()).strip(" ,;")
    if not (match := _PREPARES_FIELD.search(text)):
        if unit := _closing_preparer(text):
            return unit
        standing = _STANDING_FIELD.search(text)
        if standing and not names_leader(unit := " ".join(standing.group("unit").split())):
            return unit  # a council's meeting: its standing office prepares it
        return ""
    units = [match.group("unit")]
    end = match.end()
    while (
        text[end - 1 : end] == ";"
        and (more := _NEXT_PREPARING.match(text, end))
        and more.group("unit")[0].isupper()  # the class spans lower-case marked letters too
    ):
        units.append(more.group("unit"))
        end = more.end()
    return "; ".join(" ".join(unit.split()).strip(" ,;") for unit in units)


# A field-labelled entry ("Nội dung: Giao ban … . Thành phần: … . Địa điểm: … . Chuẩn bị: …"): the
# content is its "Nội dung" field, up to the next sentence that opens with a label of a few words.
_CONTENT_LABEL = re.compile(r"^\s*(?:Nội dung(?: công việc)?|Công việc)\s*:\s*", re.IGNORECASE)
_NEXT_LABEL = re.compile(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ][^\W\d]*(?:\s+[^\W\d]+){0,3}\s*:\s)")


def labelled_content(text: str) -> tuple[str, str]:
    """(content, the other fields) of an entry printed as inline labelled fields:
    "Nội dung: Họp … . Thành phần: … ." → ("Họp …", "Thành phần: … ."); (text, "") otherwise."""
    if not (label := _CONTENT_LABEL.match(text)):
        return text, ""
    rest = text[label.end() :]
    following = next((m for m in _NEXT_LABEL.finditer(rest) if rest[m.end()].isupper()), None)
    if following is None:
        return rest.strip(), ""
    return rest[: following.start()].strip(" ."), rest[following.end() :].strip()


# An entry that opens with its own day ("Thứ Sáu 04/12, 09h30: …", "Thứ Tư 30/6 – 16h00: …"), as a
# calendar's supplement after the week prints them: the day, then the entry.
_LEADING_DAY = re.compile(
    r"^\W*(?P<day>(?:Thứ\s*(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\s*nhật)\s*,?\s*(?:\(\s*)?(?:ngày\s*)?"
    r"\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{2,4})?(?:\s*\))?)\s*[,:\-–—]\s*(?=\S)",
    re.IGNORECASE,
)


def leading_day(text: str) -> tuple[str, str]:
    """(the day an entry opens with, the rest): "Thứ Sáu 04/12, 09h30: Họp …" → ("Thứ Sáu 04/12",
    "09h30: Họp …"), its date may stand in parentheses ("Thứ Hai (22/3), 07h30: …"); ("", text)
    where it opens otherwise."""
    if match := _LEADING_DAY.match(text):
        return match.group("day"), text[match.end() :]
    return "", text


# Lines of a leaders' calendar that say where people are or that nothing is planned, not what is
# to be done (folded, the time and bullet gone). Who is at the office ("Chủ tịch và các Phó Chủ
# tịch UBND tỉnh làm việc tại cơ quan", "…, giải quyết công việc thường xuyên"), who is on duty
# ("Trực lãnh đạo UBND tỉnh: PCT …", "PGĐ … trực cơ quan" — but not "trực tuyến", "trực tiếp"),
# a holiday ("Nghỉ lễ Quốc khánh 2/9", "Nghỉ."), a day left empty ("(Chưa có lịch)").
# "Tiếp công dân định kỳ" is a work item: a scheduled duty with a place and a preparing unit.
# The body's own seat may be named by its kind alone, no name after it ("Làm việc tại Trung tâm" in
# a centre's calendar, "… tại Chi cục", "… tại Trường", "… tại Chi nhánh", "Trưởng phòng làm việc tại
# phòng" in an office's, "… tại Đội", "… tại Khoa", "… tại Trạm"): the rest must then be
# empty or chores, so "làm việc tại Trung tâm Y tế huyện" (another body, named) stays an entry.
_AT_OFFICE = re.compile(
    r"\blam viec (?:tai|o) (?:co quan|tru so|van phong|phong lam viec|don vi"
    r"|trung tam|chi cuc|cuc|so|chi nhanh|truong|benh vien|vien|phong|doi|khoa|tram)\b"
    r"(?P<rest>.*)$"
)
# A one-stop desk's duty roster: on duty (`trực`) to receive and return the files or results
# (`Trực tiếp nhận, trả kết quả hồ sơ …`, `Trực tiếp nhận và trả kết quả …`), folded — "tiếp nhận"
# paired with "trả" is the desk's act, so "trực" is the duty, not "trực tiếp" (directly). Not
# "Trực tiếp nhận đơn thư, kiến nghị …" (no return: receiving directly, a task).
_DESK_DUTY = re.compile(r"^truc tiep nhan\s*(?:,|va|/|-|–)\s*(?:tra|tra lai)\s+(?:ket qua|ho so)\b")
_CHORES = r"(?:giai quyet|xu ly) cong viec(?: thuong xuyen| chuyen mon| noi bo| hang ngay)"
_ROUTINE = re.compile(rf"^\W*(?:(?:de |va )?{_CHORES}?\W*)?$")
_ROUTINE_ONLY = re.compile(rf"^\W*{_CHORES}\W*$")
# A leader's own routine: "<leader> giải quyết công việc thường xuyên", the chores closing the line.
_CHORES_AT_END = re.compile(rf"[\s,;:\-–]+{_CHORES}\W*$")
# Words that make the part before the chores more than a leader's name and post: whom they meet,
# what about, where ("Đ/c Giám đốc làm việc với Sở X về …"): a work item, not a routine.
_MORE_THAN_A_NAME = re.compile(r"\b(?:voi|ve|tai|cung|cho|de|lam viec|hop|du|chu tri|kiem tra)\b")
# A leader's name and post are a few words ("Đ/c Vi Thị Hằng - Phó Chánh án").
_NAME_AND_POST_WORDS = 12
# "Các ngày còn lại: Giải quyết công việc thường xuyên", "Thời gian còn lại: …": the rest of the week.
_REST_OF_WEEK = re.compile(r"^(?:cac|nhung) (?:ngay|buoi) con lai\s*:\s*|^thoi gian con lai\s*:\s*")
_ON_DUTY = re.compile(
    r"(?:^|(?<!thuong)\s)truc(?! (?:tiep|tuyen|thuoc|quan))"
    r"(?: (?:ban|lanh dao|co quan|le|tet|don vi|truong|chi huy(?=\s*:|\W*$))\b|\W*$|\s*:"
    # the body's own unit by its kind, as a roster's label ("Trực Đội: PĐT …", "Trực phòng: đ/c …",
    # "Trực khoa: BS …"): only before a colon, so "trực phòng chống thiên tai 24/24" stays a task
    r"| (?:doi|phong|khoa|tram|to|chi cuc|cuc|so|xa|phuong)\s*:)"
)
# A day off, alone or paired with the duty kept that day ("Nghỉ, trực sẵn sàng chiến đấu theo quy
# định", "Nghỉ; trực cơ quan theo lịch phân công", "Nghỉ cuối tuần - trực ban"): the duty is a roster,
# no work item. Limits: the duty must be a roster's kind and nothing may follow but its rule
# ("theo quy định", "theo lịch (phân công)"), so "Nghỉ, trực ban; kiểm tra kho K2" and "Nghị quyết …"
# (folded "nghi quyet") stay entries.
_DAY_OFF_DUTY = (
    r"^nghi(?: (?:le|tet|bu|cuoi tuan))?\s*(?:,|;|-|–|\bva\b)\s*"
    r"truc (?:san sang chien dau|sscd|ban|co quan|chi huy|lanh dao|don vi)"
    r"(?: theo (?:quy dinh|phan cong|lich(?: phan cong| truc)?))?\W*$"
)
_HOLIDAY = re.compile(rf"^nghi(?: (?:le|tet|bu|phep|cuoi tuan)\b|\W*$)|{_DAY_OFF_DUTY}")
# A cell's whole text in one pair of parentheses (`(Nghỉ)`, `(Nghỉ bù)`): a remark, read as its words.
_BRACKETED = re.compile(r"^\(([^()]*)\)$")


def _day_off(folded: str) -> bool:
    """_HOLIDAY on a folded line, or on the words of one wholly in parentheses (`(Nghỉ)`); not a
    day off bracketed with anything beside it (`(Nghỉ) Trực ban`, `Họp (nghỉ giữa giờ)`)."""
    bracketed = _BRACKETED.match(folded)
    return bool(_HOLIDAY.match(folded) or (bracketed and _HOLIDAY.match(bracketed.group(1).strip(" .;"))))


# An empty day: "(Chưa có lịch)", "Không bố trí lịch", a calendar app's "Không có sự kiện nào".
_NOTHING = re.compile(r"^\W*(?:chua|khong) (?:co|bo tri|xep) (?:lich|su kien)\b")
# An entry called off: a note in parentheses that it is postponed or cancelled ("(Hoãn)", "(Hoãn,
# chuyển sang thứ Năm)", "(Tạm hoãn)", "(Hủy do …)", "(Lùi lịch …)"), or only that note (the entry
# itself struck through and dropped by the reader), or in square brackets as a calendar app marks
# it ("[Đã hủy] Họp …"). Not "(chuyển từ …)": the entry moved here.
_CALLED_OFF = re.compile(
    r"[(\[]\s*(?:tam hoan|hoan|(?:da )?huy(?: bo)?|lui(?: lich)?)"
    r"(?=\s*(?:[,;.)\]]|\s(?:sang|den|toi|do|vi|lai)\b))"
)


# A session that only carries on an entry already listed ("(Tiếp tục chương trình buổi sáng)", "Tiếp
# tục làm việc", "Tiếp tục phiên tòa buổi sáng", "Tiếp tục nội dung ngày thứ Hai"): no entry of its
# own. Not one that names what it goes on doing ("Tiếp tục kiểm tra công tác … tại xã A").
_EARLIER_SESSION = (
    r"(?:cua )?(?:(?:buoi )?(?:sang|chieu|toi)|hom qua|ngay hom truoc|buoi truoc"
    r"|(?:ngay )?(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat))(?: nay)?"
)
_CARRIES_ON = re.compile(
    r"^tiep tuc(?: (?:chuong trinh|noi dung|lich|cong viec|lam viec|hoi nghi|cuoc hop|hop))?(?: lam viec)?$"
    rf"|^tiep tuc(?: [a-z]+){{0,4}} {_EARLIER_SESSION}$"
)


_WHOLE_MONTH = re.compile(r"^(?:ca|trong|suot) thang(?: nay)?$")
_WHOLE_WEEK = re.compile(r"^(?:ca|trong|suot) tuan(?: nay)?$")
# A deadline in a day cell ("Trước 25/9", "Hạn 15/11", "Chậm nhất ngày 20/10"): due that day.
_DEADLINE_CELL = re.compile(r"^(?:truoc|han|han chot|cham nhat)\s+(?:ngay\s+)?(?=\d)")


def is_whole_week(text: str) -> bool:
    """A day cell "Cả tuần" / "Trong tuần": the row runs all its week."""
    return bool(_WHOLE_WEEK.match(" ".join(fold(text).split()).strip(" .:")))


def deadline_day(text: str, *, year: int | None) -> Day | None:
    """The day a day cell's deadline names ("Trước 25/9" → 25/9), None where it is no deadline."""
    folded = " ".join(fold(text).split())
    match = _DEADLINE_CELL.match(folded)
    return parse_day(folded[match.end() :], year=year) if match else None


def whole_month_due(text: str, year: int, month: int) -> str:
    """A day cell "Cả tháng" / "Trong tháng": the row runs all month, due on its last day
    ("30/11/2026" in November 2026); "" for any other cell."""
    import calendar

    if not _WHOLE_MONTH.match(" ".join(fold(text).split()).strip(" .:")):
        return ""
    return f"{calendar.monthrange(year, month)[1]:02d}/{month:02d}/{year}"


def undated_due(text: str, year: int | None, month: int | None) -> str:
    """A day cell that names no day: the cell itself where it names a recurrence ("Hằng tuần"),
    the last day of the month it runs through where it says so ("Cả tháng", with the month of
    the days around it), else ""."""
    if recurs(text):
        return text
    return whole_month_due(text, year, month) if year and month else ""


# A deadline naming a weekday only, its name cut short or not (`trước T4`, `chậm nhất thứ Sáu`, `hạn
# chót sáng T.5`), folded; not a weekday followed by its date (`trước T4 (16/8)`: a day of its own).
_WEEKDAY_DEADLINE = re.compile(
    r"\b(?:truoc|cham nhat|han chot)\s+(?:(?:sang|chieu|toi|trua)\s+)?(?:ngay\s+)?"
    r"(?P<day>" + WEEKDAY + r"|t\s?[2-7]|cn)\b(?!\s*[(,]?\s*\d)"
)


def weekday_deadline(text: str, days: set[date]) -> date | None:
    """The day of the week `days` belong to that a deadline naming only a weekday means (`trước
    T4` in a week of 14/8–18/8/2028 → 16/8/2028); None without such a deadline or days."""
    if not days or (match := _WEEKDAY_DEADLINE.search(fold(text))) is None:
        return None
    word = re.sub(r"^t\s?(?=\d)", "thu ", match.group("day"))
    from engine.deadlines.parsing import day_in_week

    monday = min(days) - timedelta(days=min(days).weekday())
    return day_in_week(word, monday, monday + timedelta(days=6))


def recurs(text: str) -> bool:
    """ "Hằng tuần", "Hằng tháng", "Định kỳ hằng quý" in a day cell: a recurrence, not a day."""
    from engine.deadlines.parsing import parse_due

    due = parse_due(text, year=2000)
    return due.recurrence is not None and due.recurrence != "ongoing"


def is_holiday(text: str) -> bool:
    """ "Nghỉ Tết Dương lịch", "Nghỉ lễ Quốc khánh", "Nghỉ bù", "(Nghỉ)": a day off, no work item."""
    return _day_off(" ".join(fold(text).split()).strip(" -–+•*.;"))


# A roster's label: the duty in a few words, then a colon ("Trực lãnh đạo:", "Trực ban lãnh đạo:").
_ROSTER = re.compile(r"^truc(?: [a-z]+){0,4}\s*:")


def is_duty_roster(text: str) -> bool:
    """A line that opens by naming who is on duty ("Trực lãnh đạo: PCT …", "Trực cơ quan: …",
    "Trực trường: thầy …"): no work item even where a unit is printed beside it. A task to keep
    watch ("Trực ban 24/24 giờ trong mùa mưa bão") is one."""
    folded = " ".join(fold(text).split()).strip(" -–+•*.;")
    duty = _ON_DUTY.match(folded)
    return bool(duty) and bool(_ROSTER.match(folded))


def is_time_of_day(text: str) -> bool:
    """A calendar's time cell that names no day: a clock time or a session ("07g30", "14h00 (dự
    kiến)", "Chiều", "Cả ngày"), so the day comes from the day heading above it."""
    clock, rest = parse_time(text)
    return bool(clock) and not without_tentative(rest.strip())[0].strip(" .,;:-–")


def leader_at_chores(text: str) -> bool:
    """ "Đ/c Lê Văn An - Phó Giám đốc giải quyết công việc thường xuyên", "PCT Trần Bình xử lý công
    việc chuyên môn": a leader named by post or title, then only the routine chores: where the
    leader is, no work item. Not a unit's ("Văn phòng giải quyết công việc thường xuyên"), nor a
    leader's meeting that ends so ("Đ/c Giám đốc làm việc với Sở X về giải quyết công việc …")."""
    line = " ".join(text.split()).strip(" -–+•*.;")
    folded = fold(line)
    chores = _CHORES_AT_END.search(folded)
    if chores is None:
        return False
    subject = folded[: chores.start()]
    if not subject or len(subject.split()) > _NAME_AND_POST_WORDS or _MORE_THAN_A_NAME.search(subject):
        return False
    return names_leader(" ".join(line.split()[: len(subject.split())]))


def is_not_task(text: str) -> bool:
    """A calendar line that is no work item: presence at the office, a duty roster, a holiday,
    an empty day, an entry called off ("… (Hoãn)"), a session carrying on an earlier entry ("(Tiếp
    tục chương trình buổi sáng)"). A meeting held at the office ("làm việc tại cơ quan với Sở X về
    …") stays one."""
    folded = " ".join(fold(text).split()).strip(" -–+•*.;")
    if _CARRIES_ON.match(folded.strip("() ")):
        return True
    if _day_off(folded) or _NOTHING.match(folded) or _ROUTINE_ONLY.match(_REST_OF_WEEK.sub("", folded)):
        return True
    if _CALLED_OFF.search(folded):
        return True
    if (at_office := _AT_OFFICE.search(folded)) and _ROUTINE.match(at_office.group("rest")):
        return True
    if leader_at_chores(text):
        return True
    if _DESK_DUTY.match(folded):
        return True
    duty = _ON_DUTY.search(folded)
    # "Trực lãnh đạo …: PCT …" at the start, or "<leader> trực cơ quan" at the sentence's end.
    return bool(duty) and (duty.start() == 0 or len(folded[duty.end() :].split()) <= 3)


# "(cùng Giám đốc Sở)", "(cùng đ/c Chủ tịch)" closing an entry: attended with another leader.
_WITH_LEADER = re.compile(r"\(\s*cùng\s+(?:với\s+)?" + LEADER_TITLES + r"[^()]*\)\s*\.?\s*$", re.IGNORECASE)
# The verb a leader's entry opens with: chairing, attending, joining.
_ENTRY_VERB = re.compile(r"^(?:chu tri|tham du|du|cung du|tham gia)\s+")


def _without_verb(text: str) -> str:
    return _ENTRY_VERB.sub("", " ".join(fold(text).split()).strip(" .;"), count=1)


# "Cùng đồng chí Chủ tịch …", "Cùng đ/c Lê Văn A …" opening an entry: done with another leader.
_OPENS_WITH_LEADER = re.compile(r"^\W*cùng\s+(?:với\s+)?" + LEADER_TITLES + r"\b", re.IGNORECASE)
# Words an entry must share in a row with the first listing, the leaders' names aside.
SHARED_RUN = 4


def shared_run(first: str, second: str) -> int:
    """The longest run of words two texts share (folded)."""
    from difflib import SequenceMatcher

    a, b = fold(first).split(), fold(second).split()
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size


def attended_with(content: str, due: str, lead: str, earlier) -> bool:
    """An entry a second leader attends with the first ("Dự hội nghị … (cùng Giám đốc Sở)", a
    calendar grouped by leader listing it under both) is the item already read for the first:
    the same time and lead, the same words after the verb ("Chủ trì" / "Dự"). Listed under the
    second leader as "Cùng đồng chí Chủ tịch kiểm tra … (như trên)" it may name no lead and shorten
    the words: the same time, no other lead and a run of words in common are enough."""
    if not due:
        return False
    if _OPENS_WITH_LEADER.match(content):
        return any(
            item.due.split("; ")[0] == due
            and (not lead or item.lead == lead)
            and shared_run(item.content, content) >= SHARED_RUN
            for item in earlier
        )
    match = _WITH_LEADER.search(content)
    if not match:
        return False
    core = _without_verb(content[: match.start()])
    return any(
        item.due.split("; ")[0] == due and item.lead == lead and _without_verb(item.content) == core
        for item in earlier
    )


# "(Dự kiến)", "Dự kiến:" before an entry (after its time): the entry is tentative, still an item.
_TENTATIVE = re.compile(r"^\s*(?:\(\s*dự kiến\s*\)|dự kiến\s*:)\s*[,:\-–]?\s*", re.IGNORECASE)


def without_tentative(text: str) -> tuple[str, bool]:
    """("Chủ tịch làm việc với …", True) for "(dự kiến), Chủ tịch làm việc với …"."""
    match = _TENTATIVE.match(text)
    return (text[match.end() :], True) if match else (text, False)
