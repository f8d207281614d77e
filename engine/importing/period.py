"""A programme's title and period ("… năm 2026", "6 tháng cuối năm 2025", "tháng 3 năm 2025", "tuần 13").

A date of signing or of a cited document ("Nghị quyết số 26/NQ-HĐND ngày 22 tháng 8 năm
2025", "(Kèm theo Quyết định … ngày …)") names no period and is dropped before matching;
only its year is kept where the title names no other. A week ("Tuần 13 năm 2026", "từ ngày
23/3 đến ngày 29/3/2026") and a multi-year plan ("giai đoạn 2026–2030") are periods of their own;
so are a school or crop year ("năm học 2026 - 2027", "niên vụ 2026-2027": August to the next
July) and a run of months over a new year ("từ tháng 9/2026 đến tháng 5/2027"), where a month
printed without its year falls in the year that puts it inside the period.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from engine.text import fold

# A calendar's title names its period as a plan's does (`LỊCH HOẠT ĐỘNG THÁNG 9/2029`), and so does a
# sheet of milestones (`BẢNG MỐC TIẾN ĐỘ … CÁC DỰ ÁN NĂM 2027`); not `tiến độ` alone (a report's line).
_TITLE = re.compile(
    r"\b(chuong trinh|ke hoach|lich cong tac|lich hoat dong|nhiem vu|moc tien do|bang tien do)\b"
)
# "đạt kế hoạch", "vượt kế hoạch", "so với kế hoạch": a sentence measuring results against a plan,
# not a plan's title ("Năm học 2026 - 2027, tỷ lệ huy động trẻ ra lớp đạt kế hoạch.").
_NOT_TITLE = re.compile(r"\b(?:dat|vuot|so voi)\s+ke hoach\b")
_YEAR = r"(?:n\w{0,2}m|giai doan)?\s*(\d{4})"
_HALF = re.compile(r"6 thang (dau|cuoi) nam (\d{4})")
_QUARTER = re.compile(r"\bquy (iv|iii|ii|i|[1-4])\b\W*(?:nam )?(\d{4})")
_MONTH = re.compile(r"\bthang (\d{1,2})\W*(?:nam )?(\d{4})")
_YEAR_ONLY = re.compile(r"\b" + _YEAR + r"\b")
# "ngày 22 tháng 8 năm 2025", "ngày  tháng 8 năm 2025" (a draft's signing line), "ngày 05/01/2026"
_DATED = re.compile(
    r"\bngay\s*(?:\d{1,2})?\s*(?:thang\s*(?:\d{1,2})?\s*nam\s*\d{4}|[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4})"
)
_ATTACHED = re.compile(r"\(\s*(?:ban hanh )?kem theo[^)]*\)?")
_CITED = re.compile(
    r"\b(?:nghi quyet|quyet dinh|chi thi|thong tu|nghi dinh|cong van|ket luan|thong bao|luat)\b"
    r"[^;]*?\bso\b[^;]*?(?:\bngay\b[^;]*?\d{4}|$)"
)
_WEEK = re.compile(r"\btuan\s+(?:thu\s+)?(\d{1,2})\b")
_RANGE = re.compile(
    r"\btu (?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*(?:-|–|den)\s*(?:ngay\s+)?"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
)
_YEARS = re.compile(r"\b(\d{4})\s*(?:-|–|—|den)\s*(?:nam\s*)?(\d{4})\b")
# A year of work that turns at the summer, named before its two years (folded): a school year
# (`năm học`, `niên học`) or a crop year (`niên vụ`) — not a course of several years (`niên khóa`)
# nor a season (`vụ Đông Xuân 2026 - 2027`, which runs from the autumn).
_SPLIT_YEAR = re.compile(r"\b(?:nam hoc|nien hoc|nien vu)\s*(\d{4})\s*(?:-|–|—|den)\s*(\d{4})\b")
# The month such a year opens with (August: a school year's preparation), and closes before.
_SPLIT_YEAR_MONTH = 8
# A run of months from one year into a later one (`từ tháng 9/2026 đến tháng 5/2027`, `từ tháng 9
# năm 2026 đến hết tháng 5 năm 2027`), folded.
_MONTH_SPAN = re.compile(
    r"\btu thang (\d{1,2})\s*(?:/|nam)\s*(\d{4})\s*(?:-|–|den)\s*(?:het\s+)?"
    r"thang (\d{1,2})\s*(?:/|nam)\s*(\d{4})\b"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class Period:
    title: str
    kind: str
    start: date
    end: date


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def period_from_text(text: str, year: int | None = None) -> Period | None:
    """The period a title names; `year` (from --year) wins over the title's year."""
    if found := _week(text, fold(text), year):
        return found
    s = _CITED.sub(" ", _ATTACHED.sub(" ", _DATED.sub(" ", fold(text))))
    if found := _across_new_year(text, s):
        return found
    if (m := _YEARS.search(s)) and 1990 <= int(m.group(1)) < int(m.group(2)) <= 2100:
        first, last = int(m.group(1)), int(m.group(2))
        return Period(text, "multi_year", date(first, 1, 1), date(last, 12, 31))
    if m := _HALF.search(s):
        y = year or int(m.group(2))
        first = m.group(1) == "dau"
        return Period(
            text, "half_year", date(y, 1 if first else 7, 1), date(y, 6 if first else 12, 30 if first else 31)
        )
    if m := _QUARTER.search(s):
        y, q = year or int(m.group(2)), _ROMAN[m.group(1)]
        return Period(text, "quarter", date(y, q * 3 - 2, 1), _month_end(y, q * 3))
    if (m := _MONTH.search(s)) and 1 <= int(m.group(1)) <= 12:
        y, month = year or int(m.group(2)), int(m.group(1))
        return Period(text, "month", date(y, month, 1), _month_end(y, month))
    years = [int(y) for y in _YEAR_ONLY.findall(s) if 1990 <= int(y) <= 2100]
    if not years:
        # A plan that implements a dated document and names no period of its own: that year.
        years = [int(y) for y in re.findall(r"\b(\d{4})\b", fold(text)) if 1990 <= int(y) <= 2100][:1]
    if years or year:
        y = year or years[0]
        return Period(text, "year", date(y, 1, 1), date(y, 12, 31))
    return None


def _across_new_year(text: str, folded: str) -> Period | None:
    """A school or crop year of two years that follow each other (`năm học 2026 - 2027`: from
    August 2026 to July 2027), or a run of months into a later year (`từ tháng 9/2026 đến tháng
    5/2027`); None for any other text (`giai đoạn 2026 - 2027`, a plan of two whole years)."""
    if (m := _SPLIT_YEAR.search(folded)) and 1990 <= int(m.group(1)) == int(m.group(2)) - 1 <= 2100:
        first = int(m.group(1))
        start, end = date(first, _SPLIT_YEAR_MONTH, 1), _month_end(first + 1, _SPLIT_YEAR_MONTH - 1)
        return Period(text, "school_year", start, end)
    if (m := _MONTH_SPAN.search(folded)) and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(3)) <= 12:
        start, end = date(int(m.group(2)), int(m.group(1)), 1), _month_end(int(m.group(4)), int(m.group(3)))
        if (
            start.year < end.year
            and start.year >= 1990
            and end.year <= 2100
            and end - start < timedelta(days=366)
        ):
            return Period(text, "months", start, end)
    return None


def _week(text: str, folded: str, year: int | None) -> Period | None:
    """ "từ ngày 23/3 đến ngày 29/3/2026" (at most a fortnight), or "Tuần 13" of a year (ISO weeks)."""
    if m := _RANGE.search(folded):
        end_year = int(m.group(6))
        try:
            start = date(int(m.group(3) or end_year), int(m.group(2)), int(m.group(1)))
            end = date(end_year, int(m.group(5)), int(m.group(4)))
        except ValueError:
            return None
        if timedelta(0) <= end - start <= timedelta(days=14):
            return Period(text, "week", start, end)
    if m := _WEEK.search(folded):
        years = [int(y) for y in _YEAR_ONLY.findall(folded) if 1990 <= int(y) <= 2100]
        y = year or (years[-1] if years else None)
        number = int(m.group(1))
        if y and 1 <= number <= 53:
            try:
                start = date.fromisocalendar(y, number, 1)
            except ValueError:
                return None
            return Period(text, "week", start, start + timedelta(days=6))
    return None


def _tidy(title: str) -> str:
    """ "Ban hành Chương trình … năm 2025 của" → "Chương trình … năm 2025"."""
    title = re.sub(r"^(?:về việc |v/v )?ban hành\s+", "", title, flags=re.IGNORECASE)
    title = re.sub(r"\s+(?:của|cua)$", "", title, flags=re.IGNORECASE)
    return title[:1].upper() + title[1:]


def find_title(lines: list[tuple[int, str]], year: int | None = None) -> Period | None:
    """The first title-like line (with the next two, where the period often sits) that names a period."""
    texts = [(number, text.strip(" *'\"").strip()) for number, text in lines[:400] if text.strip(" *'\"")]
    for index, (_number, text) in enumerate(texts[:80]):
        folded = fold(text)
        if (
            not _TITLE.search(_NOT_TITLE.sub(" ", folded))
            or folded.startswith(("can cu", "thuc hien", "theo "))
            or "ngay" in folded.split()[:3]
        ):
            continue
        window = [text]
        for _n, following in texts[index + 1 : index + 3]:
            if period_from_text(" ".join(window)) and _YEAR_ONLY.search(fold(" ".join(window))):
                break
            window.append(following)
        joined = _tidy(" ".join(window))
        period = period_from_text(joined, year)
        if period and _YEAR_ONLY.search(fold(joined)):
            return _later_weeks(period, texts[index + 1 :], year) if period.kind == "week" else period
    return None


# How far apart two weeks of one calendar may be (one sheet or section per week).
_WEEKS_GAP = timedelta(days=14)


def _later_weeks(period: Period, texts: list[tuple[int, str]], year: int | None) -> Period:
    """A calendar of several weeks (a workbook with one sheet per week, "LỊCH CÔNG TÁC TUẦN 45 …",
    "TUẦN 46 …"): the period runs from the first week to the last title of a week that follows
    within a fortnight; a later title printing the same week's days (`từ 01/6 đến 06/6/2026`, a
    working week to Saturday) ends it on its last printed day."""
    end = period.end
    for _number, text in texts:
        folded = fold(text)
        if not _TITLE.search(_NOT_TITLE.sub(" ", folded)) or not _WEEK.search(folded):
            continue
        later = _week(text, folded, year)
        if later is not None and later.start == period.start and later.end < end:
            end = later.end  # "Tuần 23/2026" over "tuần 23 (từ 01/6 đến 06/6/2026)": the days printed
        elif later is not None and end < later.end and later.start - end <= _WEEKS_GAP:
            end = later.end
    if end == period.end:
        return period
    return Period(period.title, "week", period.start, end)
