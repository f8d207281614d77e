"""Parsing a due time as programmes print it ("Tháng 03", "Quý II/2025", "Thường xuyên") into a date.

Pure: plain text and the programme's period in, a `Due` value out. It never raises:
what it cannot read comes back with `needs_review=True`, for a person to set.
Matching is accent-insensitive, so OCR text without diacritics reads the same. A time no date can
be read from that prints its expected day in parentheses (`Sau Tết (dự kiến 22/02)`) is due that day.
"""

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from datetime import date, timedelta

from engine.text import fold, nfc

ONGOING = "ongoing"
WEEKLY = "weekly"
MONTHLY = "monthly"
QUARTERLY = "quarterly"
HALF_YEARLY = "half_yearly"
YEARLY = "yearly"

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
MIN_YEAR, MAX_YEAR = 1990, 2100


@dataclass(frozen=True)
class Due:
    text: str | None
    date: dt.date | None = None
    recurrence: str | None = None
    needs_review: bool = False


def _year(text: str | None, default: int) -> int | None:
    if not text:
        return default
    value = int(text)
    if value < 100:
        value += 2000
    return value if MIN_YEAR <= value <= MAX_YEAR else None


def _month_end(year: int | None, month: int) -> date | None:
    if year is None or not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    try:
        return date(year, month, day) if year is not None else None
    except ValueError:
        return None


_SP = r"\s*"
# A period's year: four digits, or two after a slash where they can be no month ("Quý II/27",
# "Tháng 3 - 4/27": 2027).
_YEAR = r"(?:\s*(?:/|-|nam)\s*(\d{4}|(?<=/)(?:1[3-9]|[2-9]\d)(?!\d)|(?<=/ )(?:1[3-9]|[2-9]\d)(?!\d)))?"
# A daily or nightly duty ("hằng ngày", "hằng đêm": a patrol every night) is a standing one.
# "Thudng xuyén", "Thudne xuvén": OCR breaks the letters of "Thường xuyên" but keeps its shape.
# A follow-up duty's own words ("theo dõi, đôn đốc" as the time of `Giao X theo dõi, đôn đốc việc thực
# hiện …`) say it is a standing one too.
# "Mỗi ngày", "mỗi đêm" (folded) say the same as "hằng ngày" ("nộp … sau mỗi ngày lễ hội", "kiểm tra
# mỗi ngày"): a daily duty; not a holiday's or a weekday's round ("mỗi ngày lễ, Tết", "mỗi ngày nghỉ",
# "mỗi ngày kỷ niệm", "mỗi ngày thứ Hai"), nor a count each day ("mỗi ngày 500 lượt khách": a target;
# "mỗi ngày 02 lần" is a daily round).
# (prose_facts finds such a time in a sentence with the same words, only where "mỗi" is printed: "mối"
# folds alike.)
EVERY_DAY = (
    r"(?<![a-z])moi\s+(?:ngay|dem)\b"
    r"(?!\s+(?:le\b(?!\s+hoi\b)|nghi\b|ky niem\b|thu\b|chu nhat\b|\d+\s+(?!lan\b|buoi\b)))"
)
# The whole crop season as the only time ("Suốt vụ", "Trong suốt vụ", "Cả vụ"): the season's days are
# not printed, so the work is followed as a standing one. Not a season named with more words ("suốt
# vụ Đông Xuân 2026 - 2027", "trước vụ"), whose span or day is read by itself.
_ONGOING = re.compile(
    r"\b(thu\w{1,3} ?x\w{1,2}en|lien tuc|xuyen suot|(hang|hng) (?:ngay|dem)|theo doi,? don doc"
    r"|\d{1,2} lan ?/ ?ngay)\b|" + EVERY_DAY + r"|^(?:trong )?(?:suot|ca|toan) (?:mua )?vu\.?$"
)
# A duty kept round the clock ("24/24 giờ", "trực 24/24h"), folded, as the only time a text prints: a
# continuous one. Not "24/7" (in a due cell it is a day, 24 July), nor where a day or a range is
# printed beside it ("trực 24/24 giờ từ 25/01 đến 10/02/2029": that day is the due).
_AROUND_THE_CLOCK = re.compile(r"[^\d]*(?<!\d)24\s*/\s*24(?:\s*(?:gio|h))?(?![\d/])[^\d]*")
# … nor where the cell names the span the watch lasts ("Trong suốt đợt; trực 24/24 giờ", "trực 24/24
# giờ trong dịp Tết", "trong mùa mưa bão"): that span is its time.
_WATCH_SPAN = re.compile(r"\b(?:suot|dot|dip|mua|trong|khi)\b")
# "Hằng tuần", and a round of one or two weeks ("định kỳ 02 tuần/lần", "2 tuần một lần"): the
# weekly report is the nearest round the programme has (the printed text is kept beside it); so it
# is for a round of a few days ("Định kỳ 02 ngày/lần", "3 ngày một lần": a measurement, a patrol),
# up to a fortnight's ("định kỳ 15 ngày một lần", "10 ngày/lần": a progress report). Not a count of
# days alone ("15 ngày": a span), nor a longer round ("20 ngày một lần": no report period near enough).
_WEEKLY = re.compile(
    r"\b(hang|hng|moi) tuan\b|\btheo (?:tung )?tuan\b(?!\s*(?:\d|thu\b))"
    r"|\b0?[12] tuan\s*(?:/|mot|1)\s*lan\b|\bhai tuan mot lan\b"
    r"|\b(?:0?[1-9]|1[0-5]) ngay\s*(?:/|mot|1)\s*lan\b"
    # a count of sessions or times a week ("02 buổi/tuần", "3 lần / tuần", "2 buổi mỗi tuần"): a round
    # every week; not a count of weeks ("02 tuần", a span) nor of sessions a month or a year (their
    # rounds are not read from a count)
    r"|\b0?[1-7] (?:buoi|lan)\s*(?:/|moi|mot)\s*tuan\b"
)
# A count of sessions, issues or times in each period ("01 kỳ/tháng", "01 số/quý", "2 lần/năm", "02
# đợt/năm", "4 buổi mỗi tháng"): a round; its report round is the longest one no longer than the
# time between them (2 a year: half-yearly; 3 or 4 a year: quarterly; 2 a month: weekly). Not a count
# of months per time ("2 tháng/lần", _EVERY_MONTHS), nor a count of people or things ("200 hội viên/năm",
# "06 chợ/quý": a target), nor one beside a month, quarter or day the text prints ("Tháng 6 và 12/2027
# (02 đợt/năm)": those are its dues).
_COUNT_PER_PERIOD = re.compile(
    r"\b0?(\d{1,2}|mot|hai|ba|bon)\s*(?:ky|so|lan|buoi|dot|cuoc|phien)\s*(?:/|moi|mot|1)\s*(thang|quy|nam)\b"
)
_PERIOD_MONTHS = {"thang": 1, "quy": 3, "nam": 12}
# Counts written as words, for a count per period (_COUNT_PER_PERIOD) and months per round
# (_EVERY_MONTHS); each regex admits only its own words.
_COUNT_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "sau": 6}
# The report rounds, longest first, by their months.
_ROUNDS_BY_MONTHS = ((12, YEARLY), (6, HALF_YEARLY), (3, QUARTERLY), (1, MONTHLY))
# A month, quarter or day printed with its number ("tháng 6", "quý II", "15/6").
_NUMBERED_PERIOD = re.compile(r"\b(?:thang|quy)\s+(?:\d|[ivx]+\b)|\d\s*/\s*\d")


def _count_round(s: str) -> str | None:
    """The report round of a count per period in a folded due text (_COUNT_PER_PERIOD), None where
    there is none or the text prints a month, quarter or day of its own."""
    m = _COUNT_PER_PERIOD.search(s)
    if m is None or _NUMBERED_PERIOD.search(s[: m.start()] + " " + s[m.end() :]):
        return None
    count = _printed_count(m.group(1))
    if count < 1:
        return None
    if m.group(2) != "nam":
        # several a month or a quarter ("2 buổi/tháng", "ít nhất 03 buổi mỗi quý") are reported each
        # month or quarter: the count is that period's
        return MONTHLY if m.group(2) == "thang" else QUARTERLY
    between = _PERIOD_MONTHS[m.group(2)] / count
    return next((round_ for months, round_ in _ROUNDS_BY_MONTHS if months <= between), MONTHLY)


# "Hằng quý" and "mỗi quý" ("trước ngày 25 tháng cuối mỗi quý") alike: a round every quarter.
_YEARLY = re.compile(r"\b(hang|hng|moi) nam\b")
# A month named right after `tháng`, with its year or beside another month (`tháng 12/2026`, `tháng 01
# và tháng 02/2027`, `tháng 3 - 4/2027`): after `hàng` it is goods of that month (`doanh thu bán hàng
# tháng 12/2026`), no round. Not a count after the round (`hằng tháng 02 lần`: monthly).
NAMED_MONTH_AHEAD = r"\s+\d{1,2}\s*(?:/\s*\d{4}|(?:,|va|den|-|–)\s*(?:thang\s+)?\d)"
# A round named by "theo" ("theo quý", "theo từng tháng"; not "theo tháng 5", one month).
_MONTHLY = re.compile(rf"\b(hang|hng|moi) thang\b(?!{NAMED_MONTH_AHEAD})|\btheo (?:tung )?thang\b(?!\s*\d)")
# The last or first month of "the quarter" with no quarter named ("Ngày 15 tháng cuối quý", "trước
# ngày 10 của tháng đầu quý", a report regime's deadline) is that of each one; "tháng cuối quý III"
# is one month, and "tháng đầu quý sau" the next round's (_NEXT_PERIOD).
_QUARTERLY = re.compile(
    r"\b(hang|hng|moi) quy\b|\btheo (?:tung )?quy\b(?!\s*(?:[ivx]{1,3}|[1-4])\b)"
    r"|\bthang (?:cuoi|dau) (?:cua )?quy\b(?!\s*(?:[ivx]{1,3}|[1-4])\b)"
)
# A school's round every term ("Hằng học kỳ", "cuối mỗi học kỳ"): two a school year, so the
# half-yearly report period. (A named term, "Học kỳ I", "cuối học kỳ II", is one time, not this.)
_EVERY_TERM = re.compile(r"\b(?:hang|hng|moi|tung) hoc ky\b")
# "Định kỳ" whose only round is the work's own ("Định kỳ theo đợt", "định kỳ theo từng đợt"): the
# rounds are not dated, so it is read as a bare "Định kỳ" is. (Not "Theo đợt" alone: a campaign
# run in rounds with no word of a recurrence may be a one-off; it stays for a person to set.)
_PERIODIC_BY_ROUND = re.compile(r"^dinh ky,? theo (?:tung |cac )?(?:dot|lan)$")
# A day of the period after each one ("Trước ngày 05 của tháng liền kề", "ngày 10 tháng sau",
# "trước ngày 15 của quý tiếp theo"), or before the one it serves ("đăng ký … trước ngày 25 của
# tháng liền trước"): a round every month or quarter.
_NEXT_PERIOD = re.compile(r"\b(thang|quy) (?:lien ke|sau|ke tiep|tiep theo|lien truoc)\b")
_REPORT = re.compile(r"\bba\w? ?cao\b|\bdinh ky\b")  # a periodic report, or "Định kỳ 6 tháng, năm"
# A report at a meeting held in a month it numbers ("Báo cáo Ban Thường vụ tại hội nghị tháng 9",
# "báo cáo tại phiên họp tháng 10/2028"): that month's meeting, not a monthly round.
_AT_MEETING_OF_MONTH = re.compile(
    r"\btai (?:cuoc hop|phien hop|ky hop|hoi nghi)\b[^;]{0,60}?\bthang \d{1,2}\b"
)
# "Định kỳ 6 tháng/lần", "định kỳ 3 tháng", "12 tháng một lần": a round every N months. A round of
# two months ("Hai tháng một số", a periodical's issue; "02 tháng/lần", "định kỳ 2 tháng") is read as
# the nearest shorter report period, the month, as two weeks are read as a week (_WEEKLY); the printed
# text is kept beside it. A count of issues or sessions ("một số", "một kỳ") is a turn as "lần" is.
# Not "2 tháng" alone (a span), nor a round of 4 or 5 months (no report period is near enough).
_EVERY = {1: MONTHLY, 2: MONTHLY, 3: QUARTERLY, 6: HALF_YEARLY, 12: YEARLY}
# The half-year's and the year's rounds named together, alone ("06 tháng và năm", "6 tháng, năm": a
# report made every half-year and at the year's end, as the importer reads it after `báo cáo`): the
# shorter round. Not a half-year named with its year or part ("6 tháng đầu năm 2027": a period).
_HALF_AND_YEAR = re.compile(r"0?6 thang\s*(?:,|va)\s*nam")
_EVERY_MONTHS = re.compile(
    r"\bdinh ky (\d{1,2}|hai|ba|sau) thang\b"
    # (`một số` before a noun is "some": `2 tháng một số đơn vị …` is no round)
    r"|\b(\d{1,2}|mot|hai|ba|sau) thang\s*(?:/|mot|1)\s*(?:lan\b|(?:so|ky)\b(?!\s*[a-z]))"
)
_PLAN = re.compile(r"\btheo (ke hoach|chi dao|yeu cau|lich|tien do|quy dinh)\b|\bdot xuat\b|\bkhi co\b")
# A time that is a plan cited by its number and its own date (`theo Kế hoạch số 21/KH-UBND ngày
# 05/02/2028 của UBND xã`, folded): the date is that plan's (a date of record), the time the plan
# sets is for a person to enter. Only the whole due opening with `theo` and the date right after the
# number; a deadline of its own after it (`…, hoàn thành trước ngày …`) is read as printed.
_CITED_PLAN = re.compile(
    r"^theo (?:ke hoach|lich|chuong trinh)\b[^;,.()]{0,40}?\bso\s*:?\s*\d{1,4}\s*/[a-z0-9/-]*"
    r"\s+ngay\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}(?:\s+cua\b[^;,.()]*)?$"
)
_BEFORE = re.compile(
    r"\b(?:truoc|cham nhat|han chot|han|den)\s*(?:ngay)?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})"
    r"(?:\s*[/.-]\s*(\d{2,4}))?"
)
# A date written out, folded ("15 thang 6 nam 2026"): day, month and year (optional) captured;
# the importer's day headings and prose deadlines read it too.
WRITTEN_DATE = r"(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?"
# (not a lunar one: `ngày 16 tháng 8 âm lịch` is no 16 August)
_DAY_WORDS = re.compile(r"\bngay " + WRITTEN_DATE + r"(?!\s+(?:nam\s+[a-z]+\s+[a-z]+\s+)?am lich)")
# "15/03/2025", "15-03-2025", "15.03.2025": the same separator twice.
_DAY = re.compile(r"(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/.-])")
# "31/12/27", "01.4.27", "20.03.27": a day whose year is printed with two digits (this century).
# Its day or its month has two digits: "1.1.10" is a clause's number, not a day of 2010.
_DAY_SHORT_YEAR = re.compile(
    r"(?<![\d/.-])(?=\d{2}|\d[/.]\d{2})(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2})(?![\d/.-])"
)
# An ISO date, as systems export them (a CSV or a spreadsheet's text cell): "2026-03-31",
# "2026-10-05 00:00:00", "2026-10-05T17:00".
_ISO_DAY = re.compile(r"(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/.-])")
# An instant with its offset, as a tracker's export prints a due in UTC ("2026-05-14T17:30:00.000Z",
# "…T09:00+00:00"): the due is its day in Vietnam (17:30 UTC is 00:30 the next day there).
_ISO_INSTANT = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})$", re.IGNORECASE
)
_LOCAL_ZONE = "Asia/Ho_Chi_Minh"
# "05/6", "ngày 05/6", "dự kiến 02/9", "vào ngày 02/9", "khoảng 02/9", "Sáng 04/9", "Tối ngày 15/11":
# a day without a year (a tentative or "on" word, or the session of the day, before it is no other
# time); `trong ngày 17/4`, `đến hết ngày 30/6`: within that day, due on it.
# (A row opened by its day alone, no end printed — "Từ 05/01", "Từ ngày 10/02" in a time column — is
# due that day, as "Từ ngày 01/4/2027" with its year is; a range, "Từ 12 - 22/01", "từ 05/01 đến …", is
# read by _DAY_RANGE, and a round from a day, "hằng tuần từ 05/01", by its round first.)
_DAY_NO_YEAR = re.compile(
    r"^(?:(?:buoi\s+)?(?:sang|chieu|toi|trua|dem)\s+)?(?:(?:du kien|vao|khoang|tu)\s*)?"
    r"(?:(?:trong|(?:den\s+)?het)\s+ngay\s*|(?:ngay\s*)?)"
    r"(\d{1,2})\s*/\s*(\d{1,2})$"
)
# What follows a day with no year and is no part of the time: a place (`, tại hội trường …`), the
# hour people gather (`, tập trung 6h30`).
_PLACE_AFTER_DAY = re.compile(r"(?<=\d)\s*,?\s+(?:tai|tap trung(?: luc)?)\b.*$")
# "Tuần 3 (21-26/9)", "Đợt 2: 05 - 09/10", "Tuần 1 tháng 11 (02 - 07/11)": a week's or a round's
# label (with its month) before the days it names; the days are the time (read as a range or a
# day is).
_LABELLED_DAYS = re.compile(
    r"^(?:tuan|dot|lan)\s*\d{1,2}(?:\s*thang\s*\d{1,2}(?:\s*/\s*\d{4})?)?\s*:?\s*(?=\d)"
)
# A range of days ("03/3 - 05/3", "từ 01/3/2026 đến 15/4/2026", "12 - 14/3", "từ ngày 02/3 đến hết
# ngày 20/3/2026"): due at its end.
_DAY_RANGE = re.compile(
    r"^(?:tu\s*)?(?:ngay\s*)?(\d{1,2})(?:\s*[/.-]\s*(\d{1,2}))?(?:\s*[/.-]\s*\d{4})?\s*(?:-|den(?:\s+het)?)\s*"
    r"(?:ngay\s*)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?$"
)
# A list of days, the month printed once after the last or after each ("Ngày 12 và 26/5", "05, 15 và
# 25/3/2028", "ngày 12/5 và 26/5"): due on the last day named.
_DAY_LIST = re.compile(
    r"^(?:vao\s+)?(?:(?:cac\s+)?ngay\s*)?(?:\d{1,2}(?:\s*/\s*\d{1,2})?\s*(?:,|va)\s*(?:ngay\s*)?)+"
    r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?$"
)
# "6 tháng đầu năm", "9 tháng đầu năm 2027", "3 tháng cuối năm": due at the end of those months.
_HALF = re.compile(r"\b([369]) thang (dau|cuoi)(?: nam)?(?:\s*/?\s*(\d{4}))?")
# A day, days or a range of days of a month with the month after them, as a month heading's month is
# added to a time that prints only the day ("Trước 25 (Tháng 8/2027)", "ngày 05 và 20 (tháng 9)",
# "Từ 12 - 14 (Tháng 10)"): due on the last day named.
_DAYS_OF_MONTH = re.compile(
    r"^(?:(?:truoc|cham nhat|han|den|vao|tu)\s+)?(?:ngay\s+)?(\d{1,2})"
    r"(?:\s*(?:-|den|va|,)\s*(?:ngay\s+)?(\d{1,2}))*\s+thang\s*(\d{1,2})" + _YEAR + "$"
)
# A time inside a month that names no month (folded): a day or days of it ("Ngày 10", "Trước 25",
# "trước ngày 10", "ngày 15 - 16", "Ngày 05 và 20") or a part of it ("Tuần cuối", "Cuối tháng", "Đầu
# tháng", "Trung tuần", "Hạ tuần"): the month of the heading above it completes it.
_WITHIN_MONTH = re.compile(
    r"^(?:(?:truoc|cham nhat|han|den|vao|tu)\s+(?:ngay\s+)?|ngay\s+)\d{1,2}"
    r"(?:\s*(?:-|den|va|,)\s*(?:ngay\s+)?\d{1,2})*$"
    r"|^(?:(?:truoc|den|vao|trong)\s+)?(?:tuan (?:cuoi|dau|dau tien|thu [1-4])|(?:cuoi|dau|giua) thang"
    r"|(?:thuong|trung|ha) tuan)(?: (?:cua )?thang)?$"
)
_QUARTER = re.compile(
    r"\bquy\s*(iv|iii|ii|i|[1-4])\b(?:\s*(?:-|den|va|,)\s*(?:quy\s*)?(iv|iii|ii|i|[1-4])\b)*" + _YEAR
)
# A quarter narrowed to one of its months in parentheses ("Quý III (tháng 8)", "Quý I, IV (tháng
# 11/2027)", cleaned to "quy iii thang 8"): due at that month's end, when the month lies in the
# (last) quarter named.
_QUARTER_MONTH = re.compile(
    r"\bquy\s*(?:(?:iv|iii|ii|i|[1-4])\s*(?:-|den|va|,)\s*(?:quy\s*)?)*(iv|iii|ii|i|[1-4])\s+"
    r"(?:trong |vao )?thang\s*(\d{1,2})" + _YEAR + r"$"
)
# "tháng 4 - 6", "từ tháng 4 đến (hết) tháng 6/2026", "Tháng 5, 6 và 7/2026": the last month (a "6/2026"
# year kept, a "6/5" date not); of a list of periods ("Quý II, III/2026") likewise the last.
_MONTH = re.compile(
    r"\bthang\s*(\d{1,2})(?:\s*(?:-|den(?:\s+het)?|va|,)\s*(?:thang\s*)?(\d{1,2})(?!\d|\s*/\s*(?:0?[1-9]|1[0-2])(?!\d)))*"
    + _YEAR
)
# "06/2026", and with a dot as its mark ("06.2026", "6.2027": a time column that writes its dates
# with dots): a month's end. The dot form takes only a year of this era after it (19xx, 20xx), so a
# figure with dots ("1.200", "45.8", "10.0000") stays no time.
_MONTH_SLASH = re.compile(r"^(\d{1,2})\s*(?:/\s*|\.(?=\s*(?:19|20)\d{2}$)\s*)(\d{4})$")
# A range of months whose ends print their own years ("Tháng 12/2025 - tháng 01/2026", "từ tháng
# 11/2026 đến tháng 02/2027", "12/2025 - 01/2026", "từ tháng 12/2026 đến hết tháng 3/2027"): due at the
# end of its last month. Not a day as its end ("đến hết ngày 3/2027" is no month).
_MONTH_SPAN = re.compile(
    r"(?<![\d/.])(?:thang\s*)?(\d{1,2})\s*/\s*\d{4}\s*(?:-|den(?:\s+het)?)\s*(?:thang\s*)?(\d{1,2})\s*/\s*(\d{4})"
    r"(?![\d/.])"
)
_YEAR_RANGE = re.compile(r"^(?:nam|giai doan)?\s*(\d{4})\s*(?:-|–|den)\s*(\d{4})$")
_YEAR_ONLY = re.compile(r"^(?:nam|trong nam|ca nam|vao nam|het nam|cuoi nam|den het nam)?\s*(\d{4})$")
# "Cả năm", "Hết năm", "Đến hết năm", "Cuối năm": the year's last day.
_WHOLE_YEAR = re.compile(r"^(ca nam|trong nam|nam|(?:den |truoc )?het nam|(?:vao )?cuoi nam)$")
# "Cả tháng", "trong tháng này", "(trước) cuối tháng này", "hết tháng này": the plan's own month.
_WHOLE_MONTH = re.compile(r"^(?:(?:truoc|den|vao)\s+)?(?:ca|trong|suot|cuoi|het) thang(?: nay)?$")
_WHOLE_WEEK = re.compile(r"^(?:ca|trong|suot) tuan(?: nay)?$")
_WEEK_DAYS = 7
# A weekday, folded: "Thứ Hai", "Thứ 2", "T. Hai" / "T.2" (a table's narrow day column), "Chủ nhật",
# "CN". The calendars' day cells read it too (engine/importing/layouts/days.py).
WEEKDAY = r"(?:(?:thu\s*|t\s*\.\s*)(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat|cn)"
_WEEKDAY_INDEX = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5}
# A weekday with the part of the day or the deadline word before it ("Sáng thứ Hai", "Trước thứ
# Tư", "Chậm nhất thứ 4"): a day of the week the plan is for, no date of its own.
_WEEKDAY_WORDS = re.compile(r"\b(?:(?:sang|chieu|toi|trua)\s+)?(?P<day>" + WEEKDAY + r")\b")
_WEEKDAY_ONLY = re.compile(
    r"^(?:(?:truoc|cham nhat|han|den|vao|trong)\s+)?(?:(?:ngay|buoi)\s+)?(?:(?:sang|chieu|toi|trua)\s+)?"
    r"(?P<day>" + WEEKDAY + r")$"
)
# A recurrence as a task tracker prints it, in English ("every week", "🔁 every month", "daily").
_ENGLISH_ROUND = re.compile(
    r"\bevery\s+(?:other\s+|[12]\s+)?(day|week|month|quarter|year)s?\b|\b(daily|weekly|monthly|quarterly|yearly|annually)\b"
)
_ENGLISH_ROUNDS = {
    "day": ONGOING,
    "daily": ONGOING,
    "week": WEEKLY,
    "weekly": WEEKLY,
    "month": MONTHLY,
    "monthly": MONTHLY,
    "quarter": QUARTERLY,
    "quarterly": QUARTERLY,
    "year": YEARLY,
    "yearly": YEARLY,
    "annually": YEARLY,
}


def _weekday(folded: str) -> int:
    """0 (Monday) … 6 (Sunday) of a folded weekday `WEEKDAY` matched."""
    word = re.sub(r"^(?:thu|t)\s*\.?\s*", "", folded.strip())
    if word.startswith(("chu", "cn")):
        return 6
    return int(word) - 2 if word.isdigit() else _WEEKDAY_INDEX[word]


def day_in_week(text: str | None, start: date, end: date) -> date | None:
    """The date a time naming only a weekday (`Thứ Ba`, `Sáng thứ Hai`, `Trước thứ Tư`, `Thứ Hai,
    08h00`) or the whole week (`Cả tuần`, `Trong tuần`) has in the week from `start` to `end` (a
    week's plan, or the days a heading prints): the weekday's date, the week's last day. None for any
    other time, or where `start`–`end` is no week."""
    if not text or not 0 <= (end - start).days < _WEEK_DAYS:
        return None
    s = _clean(text)
    if _WHOLE_WEEK.match(s):
        return end
    if m := _WEEKDAY_ONLY.match(s):
        return start + dt.timedelta((_weekday(m.group("day")) - start.weekday()) % _WEEK_DAYS)
    return None


# "Tuần 2 tháng 3/2027", "Tuần thứ 3 của tháng 11": the N-th week of a month, weeks running Monday
# to Sunday, the first the one holding the month's 1st: due on that week's Sunday (in the month).
_WEEK_OF_MONTH = re.compile(
    r"^(?:trong\s+)?tuan\s*(?:thu\s*)?([1-5])\s+(?:cua\s+)?thang\s*(\d{1,2})" + _YEAR + "$"
)
# Every given weekday of a month ("Các ngày thứ Bảy trong tháng 3", "Những ngày Chủ nhật của tháng
# 4/2027", "các thứ Bảy, Chủ nhật trong tháng 5") or its last one ("Thứ Bảy cuối (cùng của) tháng 3"):
# the activity runs on those days, due on the last of them in the month. Not one weekday beside a
# day ("Thứ Bảy, 13/3"), nor a weekly round ("thứ Bảy hằng tuần"): neither is printed so.
_WEEKDAYS_OF_MONTH = re.compile(
    r"^(?:vao\s+)?(?:(?:cac|nhung)\s+(?:ngay\s+)?(?P<days>"
    + WEEKDAY
    + r"(?:\s*(?:,|va)\s*"
    + WEEKDAY
    + r")*)\s+(?:trong|cua)|(?:ngay\s+)?(?P<last>"
    + WEEKDAY
    + r")\s+cuoi(?:\s+cung)?(?:\s+cua)?)"
    r"\s+thang\s*(\d{1,2})" + _YEAR + "$"
)


def _last_weekday_of_month(year: int | None, month: int, weekdays: set[int]) -> date | None:
    """The last day of a month falling on one of `weekdays` (0 Monday … 6 Sunday)."""
    end = _month_end(year, month)
    if end is None:
        return None
    return next(
        end - dt.timedelta(back)
        for back in range(_WEEK_DAYS)
        if (end - dt.timedelta(back)).weekday() in weekdays
    )


# "Giữa tháng 5/2027": the middle of the month, its 15th; "Trung tuần tháng 4": the month's middle
# ten days (11th–20th), due at their end, the 20th.
_MID_MONTH = re.compile(r"^(?:vao\s+|trong\s+)?(giua|trung tuan)\s+thang\s*(\d{1,2})" + _YEAR + "$")
_MID_MONTH_DAY = 15
_MIDDLE_TEN_DAYS_END = 20
# "Đầu tháng 5", "Thượng tuần tháng 4": the month's first ten days, due on its 10th; "Tuần đầu
# (tiên) tháng 9": its first week (as "Tuần 1 tháng 9").
_EARLY_MONTH = re.compile(
    r"^(?:vao\s+|trong\s+)?(?:(?P<week>tuan\s+(?:dau|dau tien))\s+(?:cua\s+)?|dau\s+|thuong tuan\s+)"
    r"thang\s*(\d{1,2})" + _YEAR + "$"
)
_EARLY_MONTH_DAY = 10


# An English date in a bilingual plan ("15 October 2027", "20 Nov 2027", "June 15, 2028") or an
# English month ("Mar 2028", "November 2027": its last day). "May" folds like Vietnamese "máy", so
# it counts only with a day.
_EN_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_EN_MONTH = r"(" + "|".join(sorted(_EN_MONTHS, key=len, reverse=True)) + r")\.?"
_EN_DAY_FIRST = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _EN_MONTH + r",?\s+(\d{4})\b")
_EN_MONTH_FIRST = re.compile(r"\b" + _EN_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_EN_QUARTER = re.compile(r"^(?:q|quarter\s*)([1-4])\s*(?:/|-|\s)\s*(\d{4})$")
_EN_MONTH_YEAR = re.compile(r"^(?:(?:by|in|before|end of)\s+)?" + _EN_MONTH + r",?\s+(\d{4})$")


def english_day(s: str) -> date | None:
    """A full date printed in English, day or month first (`Thursday, May 13, 2027 4:12 PM`, `Sat, 27
    Mar 2027 08:05:41 +0700`; folded, lower case), or None."""
    found = _english(s)
    return found.date if found and (_EN_DAY_FIRST.search(s) or _EN_MONTH_FIRST.search(s)) else None


def _english(s: str) -> Due | None:
    """A date, a month or a quarter ("Q1/2028") printed in English (folded, lower case), or None."""
    if m := _EN_DAY_FIRST.search(s):
        return Due(None, date=_safe_date(int(m.group(3)), _EN_MONTHS[m.group(2)], int(m.group(1))))
    if m := _EN_MONTH_FIRST.search(s):
        return Due(None, date=_safe_date(int(m.group(3)), _EN_MONTHS[m.group(1)], int(m.group(2))))
    if m := _EN_QUARTER.match(s):
        return Due(None, date=_month_end(int(m.group(2)), int(m.group(1)) * 3))
    if (m := _EN_MONTH_YEAR.match(s)) and m.group(1) != "may":
        return Due(None, date=_month_end(int(m.group(2)), _EN_MONTHS[m.group(1)]))
    return None


# A clock time beside a day ("25/3 (7h30)", "19/11 (14h00)", "8 giờ 30", "07g00 ngày 05/9"): the
# day is the due. A whole hour in words ("11/01 (14 giờ)") is one too, an hour of the day (0–23) not
# after a word that makes it a count of hours ("trong vòng 12 giờ", "chậm nhất 24 giờ", "sau 2
# giờ"); a span of two clock times ("08/01 (8h00 - 11h00)") is taken whole.
_CLOCK_TIME = (
    r"\d{1,2}(?:h\d{0,2}|g\d{2}|\s*gio\s*\d{2}(?:\s*phut)?)"
    r"|(?<!trong )(?<!vong )(?<!nhat )(?<!han )(?<!gian )(?<!sau )(?<!moi )(?:[01]?\d|2[0-3])\s*gio\b"
)
_CLOCK = re.compile(rf"(?<![\d/.])(?:{_CLOCK_TIME})(?:\s*-\s*(?:{_CLOCK_TIME}))?(?![\d/.])")


# Days written as offices type them: a roman month ("15/III/2027", "05/III - 12/III/2027"), "thg"
# for "tháng" and a year after a comma ("25 thg 3, 2027", as a calendar app prints it).
_ROMAN_MONTHS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
                 "xi": 11, "xii": 12}  # fmt: skip
_ROMAN_MONTH = re.compile(r"(?<![\d/.])(\d{1,2})\s*/\s*(xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?![a-z])")
_THG = re.compile(r"\bthg\b")
# A month written in words ("cuối tháng Chín năm 2028", "ngày 20 tháng Mười Hai năm 2028"): its
# number. "một", "năm" and "sáu" count only before a year ("tháng Năm năm 2028"), as they are also
# words of their own ("3 tháng một lần", "6 tháng năm 2028", "tháng sau"). "Tháng Giêng" and "tháng
# Chạp" name lunar months ("trước Rằm tháng Chạp"): not read here.
_MONTH_WORD = re.compile(
    r"\bthang (muoi mot|muoi hai|muoi|hai|ba|tu|bay|tam|chin|mot|nam|sau)"
    r"(?:(?= nam \d{4}\b)|(?<!mot|nam|sau)(?=\s*(?:[.,;)]|$)))"
)
_COMMA_YEAR = re.compile(r"\b(\d{1,2}) thang (\d{1,2}),? ((?:19|20)\d{2})\b")


# A number up to 99 in Vietnamese words, folded ("hai mươi lăm", "mười", "ba mươi mốt", "mười lăm"):
# days and counts of days are written so in formal prose (`trước ngày hai mươi tháng Năm`, `mười lăm
# (15) ngày kể từ …`). `mười`/`mươi` and `một`/`mốt` fold alike.
_DIGIT_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "sau": 6, "bay": 7,
                "tam": 8, "chin": 9}  # fmt: skip
_DIGIT_WORD = r"(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin)"
NUMBER_WORDS = (
    rf"(?:(?:hai|ba|bon|nam|sau|bay|tam|chin) muoi(?: {_DIGIT_WORD})?|muoi(?: {_DIGIT_WORD})?"
    r"|mot|hai|ba|bon|nam|sau|bay|tam|chin)"
)
# A month by its name: `tháng Năm`, `tháng Tư`, `tháng Mười Một` (not `tháng Giêng`, `tháng Chạp`:
# the lunar year's first and last months, for a person to set).
_MONTH_WORDS = {"tu": 4}
# A day and its month written in words (`ngày hai mươi tháng Năm`, `ngày mồng năm tháng Tư`, `ngày 15
# tháng Mười`), folded.
MONTH_NAME = rf"(?:muoi (?:mot|hai)|muoi|{_DIGIT_WORD})"
_DAY_MONTH_WORDS = re.compile(
    rf"\bngay (?:mong |mung )?({NUMBER_WORDS}|\d{{1,2}}) thang ({MONTH_NAME}|\d{{1,2}})\b(?!\s*\d)"
    r"(?!\s+(?:nam\s+[a-z]+\s+[a-z]+\s+)?am lich)"
)


def number_from_words(folded: str) -> int | None:
    """`hai mươi lăm` (folded) → 25, `mười` → 10, `ba mươi mốt` → 31; None for words that are no
    number written out."""
    words = folded.split()
    if not words or not re.fullmatch(NUMBER_WORDS, " ".join(words)):
        return None
    if "muoi" not in words:
        return _DIGIT_WORDS.get(words[0]) if len(words) == 1 else None
    at = words.index("muoi")
    tens = _DIGIT_WORDS[words[0]] if at == 1 else 1
    ones = _DIGIT_WORDS[words[at + 1]] if len(words) > at + 1 else 0
    return tens * 10 + ones


def _month_from_words(word: str) -> int | None:
    return int(word) if word.isdigit() else _MONTH_WORDS.get(word) or number_from_words(word)


def _day_month_in_digits(m: re.Match) -> str:
    day = int(m.group(1)) if m.group(1).isdigit() else number_from_words(m.group(1))
    month = _month_from_words(m.group(2))
    if not day or not month or month > 12 or (m.group(1).isdigit() and m.group(2).isdigit()):
        return m.group(0)
    if m.group(1).isdigit() and m.group(2) == "sau":
        return m.group(0)  # `ngày 10 tháng sau` is the next month's 10th, not June's
    return f"ngay {day} thang {month}"


def _written_forms(folded: str) -> str:
    folded = _DAY_MONTH_WORDS.sub(_day_month_in_digits, folded)
    folded = _ROMAN_MONTH.sub(lambda m: f"{m.group(1)}/{_ROMAN_MONTHS[m.group(2)]}", folded)
    folded = _THG.sub("thang", folded)
    folded = _MONTH_WORD.sub(lambda m: f"thang {_month_from_words(m.group(1))}", folded)
    return _COMMA_YEAR.sub(r"\1/\2/\3", folded)


def _clean(text: str) -> str:
    folded = fold(nfc(text)).replace("–", "-").replace("—", "-")
    folded = _CLOCK.sub(" ", re.sub(r"[^\w/.,:\- ]", " ", folded))
    # "Cuối tháng (Tháng 9)": a part of the month, the month named after it.
    folded = re.sub(r"\bthang\s+thang\b", "thang", re.sub(r"\s+", " ", folded))
    # A cell's bullet dash before the time ("-Dịp 18/11", "- 30/6": a scan's or a list's mark) is no
    # part of it; a dash inside ("10/3 - 20/3") or after stays.
    return _written_forms(folded.strip(" .,;:").lstrip("- "))


# A day of a numbered lunar month (`ngày 16 tháng 8 âm lịch`, `… tháng 7 năm Đinh Mùi âm lịch`), folded;
# and a solar day printed beside it (`04/10/2028 (vào ngày 16 tháng 8 âm lịch)`).
_LUNAR_NUMBERED = re.compile(r"\bthang\s+\d{1,2}(?:\s+nam\s+[a-z]+\s+[a-z]+)?\s+am lich\b")
_SOLAR_DAY = re.compile(r"\d{1,2}\s*/\s*\d{1,2}")


def parse_due(
    text: str | None, *, year: int, period_start: date | None = None, period_end: date | None = None
) -> Due:
    """Read a due time; the year of the programme's period fills in what the text omits. A lunar
    month's day with no solar day beside it is for a person to set (its numbers name no solar date)."""
    printed = " ".join(nfc(text or "").split()) or None
    if printed is None:
        return Due(None)
    if _LUNAR_NUMBERED.search(fold(printed)) and not _SOLAR_DAY.search(printed):
        return Due(printed, needs_review=True)
    if _CITED_PLAN.match(fold(printed).strip()):
        return Due(printed, needs_review=True)  # the cited plan's own date, not the task's
    try:
        if instant := _local_day(printed):
            return Due(printed, date=instant)
        if extended := _extension(printed, year, period_start, period_end):
            return extended
        if completed := _completion(printed, year, period_start, period_end):
            return completed
        if rounds := _latest_round(printed, year, period_start, period_end):
            return rounds
        if (ends := _OPEN_END.search(printed)) and (
            expected := _expected_day(printed[ends.start() :], year, period_start, period_end)
        ):
            return Due(printed, date=expected)  # "từ 15/12 đến khi kết thúc vụ (dự kiến 30/4/2027)"
        due = _parse(printed, _clean(printed), year, period_start, period_end)
        bare = _TRAILING_NOTE.sub("", printed)
        if (
            due.date is None
            and due.recurrence is None
            and bare != printed
            and (before_note := _parse(bare, _clean(bare), year, period_start, period_end)).date
        ):
            return Due(printed, date=before_note.date)  # "Sáng 04/9 (tổng duyệt)": the time before the note
        if (
            due.date is None
            and due.recurrence is None
            and (expected := _expected_day(printed, year, period_start, period_end))
        ):
            return Due(printed, date=expected)
        return due
    except (ValueError, OverflowError):
        return Due(printed, needs_review=True)


# A note in words in parentheses after the time ("Sáng 04/9 (tổng duyệt)", "15/11 (họp báo)"), or the
# round or phase the time is for ("15/01 (đợt 1)", "30/6 (lần 2)", "Quý III (giai đoạn II)").
_TRAILING_NOTE = re.compile(
    r"\s*\((?:[^()\d]*|\s*(?:đợt|lần|giai đoạn|phase|round)\s*(?:\d{1,2}|[IVX]{1,4})\s*)\)\s*$", re.IGNORECASE
)


# A vague time with the day it is expected on in parentheses ("Sau Tết (dự kiến 22/02)", "Đầu học
# kỳ II (dự kiến ngày 15/01)", "Sau khai giảng (khoảng 05/9)"): due on that day.
_EXPECTED = re.compile(
    r"\(\s*(?:dự kiến|du kien|dự định|du dinh|khoảng|khoang|tức là|tuc la|tức|tuc)\s*:?\s*([^()]+)\)",
    re.IGNORECASE,
)


# A vague time with its days in parentheses ("Trong thời gian thu hoạch (25/5 - 10/6)", "Dịp nghỉ
# hè (15/6 – 20/8)"): due on the last of them.
# (A range: one day alone beside a weekday, "T2 (15/3)", is no such time.)
_DAYS_IN_PARENTHESES = re.compile(
    r"\(\s*(\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*[-–]\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)\s*\)"
)


# A run from a day to an event, not a day ("từ ngày 15/12/2026 đến khi kết thúc vụ", "đến hết đợt
# dịch"): due on the event's expected day where one is printed after it in parentheses (_EXPECTED);
# with none, the run keeps the parser's reading (the day it prints), for a person to check.
_OPEN_END = re.compile(r"\b(?:đến|tới|den|toi)\s+(?:khi|lúc|luc|hết|het)\b", re.IGNORECASE)


def _expected_day(printed: str, year: int, start: date | None, end: date | None) -> date | None:
    """The day a time the parser cannot date prints in parentheses as the expected one, or the last
    of the days it prints there; None else."""
    if (m := _EXPECTED.search(printed) or _DAYS_IN_PARENTHESES.search(printed)) is None:
        return None
    inner = m.group(1)
    return _parse(inner, _clean(inner), year, start, end).date


def _local_day(printed: str) -> date | None:
    """The day in Vietnam of an ISO instant with an offset; None for any other text."""
    from zoneinfo import ZoneInfo

    if (m := _ISO_INSTANT.match(printed)) is None:
        return None
    offset = "+00:00" if m.group(3).upper() == "Z" else m.group(3)
    if ":" not in offset:
        offset = f"{offset[:3]}:{offset[3:]}"
    seconds = m.group(2) if m.group(2).count(":") == 2 else f"{m.group(2)}:00"
    moment = dt.datetime.fromisoformat(f"{m.group(1)}T{seconds.split('.')[0]}{offset}")
    return moment.astimezone(ZoneInfo(_LOCAL_ZONE)).date()


# A deadline extended in the same cell ("30/6/2026 (gia hạn: 31/8/2026)", "… - gia hạn đến 15/9"):
# the extension replaces the date first given.
_EXTENSION = re.compile(r"\bgia hạn(?:\s+(?:đến|tới))?\s*:?\s*([^()]+)", re.IGNORECASE)


# The deadline an extension replaced, noted beside the new one ("15/3/2028 (đã gia hạn; hạn ban đầu
# ngày 08/3/2028)", "(gia hạn lần 1; hạn cũ: 15/10/2027)", "thời hạn ban đầu: …"): no due.
_SUPERSEDED = re.compile(
    r"[;,]?\s*(?:thời\s+)?hạn\s+(?:ban đầu|cũ|trước đó)\s*:?\s*(?:là\s+)?(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}"
    r"(?:\s*/\s*\d{4})?",
    re.IGNORECASE,
)


def _extension(printed: str, year: int, start: date | None, end: date | None) -> Due | None:
    if _SUPERSEDED.search(printed):
        kept = parse_due(_SUPERSEDED.sub("", printed), year=year, period_start=start, period_end=end)
        return Due(printed, date=kept.date) if kept.date else None
    if (m := _EXTENSION.search(printed)) is None:
        return None
    extended = m.group(1).strip(" .;,")
    due = _parse(extended, _clean(extended), year, start, end)
    return Due(printed, date=due.date) if due.date else None


# A time that gives the work's start and then its completion ("Khởi công tháng 4/2027, hoàn thành
# tháng 11/2027", "Bắt đầu từ quý I, kết thúc quý III/2028", "Triển khai từ 01/3; hoàn thành trước
# 30/6/2028"): the completion is the due, not the start.
_STARTS = re.compile(
    r"^\s*(?:khởi công|bắt đầu|triển khai|thực hiện|khởi động)\b[^,;]*[,;]\s*(?:và\s+)?(?:dự kiến\s+)?"
    r"(?:hoàn thành|kết thúc|hoàn tất|xong)\s*:?\s*(?P<end>.+)$",
    re.IGNORECASE,
)


def _completion(printed: str, year: int, start: date | None, end: date | None) -> Due | None:
    """The due of a time printing a start, then a completion (_STARTS): the completion's; None where
    the text is no such time or the completion names no date."""
    if (m := _STARTS.match(printed)) is None:
        return None
    completion = m.group("end").strip(" .;,")
    due = _parse(completion, _clean(completion), year, start, end)
    return Due(printed, date=due.date) if due.date else None


_DAY_ON_LINE = re.compile(r"(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?", re.IGNORECASE)
_DAYS_ON_LINES = re.compile(
    r"(?:(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s+){1,5}(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?",
    re.IGNORECASE,
)


# A deadline of its own in a step of the work ("ban hành trước ngày 30/5/2028").
_OWN_DEADLINE = re.compile(r"\btr(?:ước|uoc)\s+(?:ngày\s+|ngay\s+)?\d", re.IGNORECASE)


def _latest_round(printed: str, year: int, start: date | None, end: date | None) -> Due | None:
    """Several times split by ";" ("Đợt 1: tháng 4; đợt 2: tháng 11/2026"), by "," before a round
    ("đợt 1 tháng 10, đợt 2 tháng 12/2026") or before a labelled phase or round ("Giai đoạn 1: Quý
    II/2026 Giai đoạn 2: Quý IV/2026", a cell's lines) or by "và" before a month or a quarter of its
    own ("tháng 7/2027 và tháng 12/2027") or by "và" between two days ("Ngày 15/6/2027 và ngày
    15/12/2027"; a month's days, "ngày 05 và 20", are one time, not this), by "," before a deadline
    of its own ("dự thảo trước ngày 15/4/2028, ban hành trước ngày 30/5/2028": each step's, the work
    done at the last), by "," after
    a day's note in parentheses before another day ("Ngày 20/01 (tháng), ngày 31/01 (quý)": each
    part's note aside, as "15/01 (đợt 1)"'s), or days
    only, one to a line of the cell ("08/7<br>22/7", "Ngày 04/8 / Ngày 18/8": the sessions of one
    activity), two or more of them dates and none a recurrence: due at the latest (the work ends
    with its last round)."""
    split = re.split(
        r";|,\s*(?=(?:đợt|lần)\s*\d)|\s(?=(?:giai đoạn|đợt|lần)\s*\d{1,2}\s*:)"
        r"|\s+và\s+(?=(?:tháng|quý)\s*\w)|(?<=\))\s*,\s*(?=(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2})"
        r"|(?<=\d)\s+và\s+(?=(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2})|(?<=\))\s+và\s+(?=mùa\s)",
        printed,
        flags=re.IGNORECASE,
    )
    if len(split) < 2 and len(_OWN_DEADLINE.findall(printed)) >= 2:
        split = re.split(r",\s*(?=[^,;]{0,40}?" + _OWN_DEADLINE.pattern + ")", printed, flags=re.IGNORECASE)
    if _DAYS_ON_LINES.fullmatch(printed):  # "08/7 22/7", "Ngày 04/8 Ngày 18/8": a cell's lines
        split = _DAY_ON_LINE.findall(printed)
    if len(split) < 2:
        return None
    cleaned = _clean(printed)
    if any(p.search(cleaned) for p in (_WEEKLY, _MONTHLY, _QUARTERLY, _YEARLY, _EVERY_TERM)):
        return None  # "Trước 15/3, 15/6, 15/9 và 15/12 (hằng quý)": a round's days, not a work's steps
    # (each part's note in parentheses aside: "Ngày 20/01 (tháng), ngày 31/01 (quý)", "15/01 (đợt 1)")
    parts = [_round_month(_TRAILING_NOTE.sub("", part).strip()) for part in split if part.strip()]
    dues = [_parse(part, _clean(part), year, start, end) for part in parts if part]
    if any(due.recurrence for due in dues):
        return None
    dated = [due.date for due in dues if due.date]
    return Due(printed, date=max(dated)) if len(dated) >= 2 else None


# A round or a season given its month abbreviated ("Đợt 1: T3", "Lần 2 - T11", "Mùa khô (T4)"): the
# label is set aside and the month read as _abbreviated reads one (in a week's plan "T3" stays a
# weekday; a number past 12 is no month). Only as one round of a list of two or more (a lone
# "Đợt 1: T3" stays for a person to check); a season with no month is not dated.
_ROUND_MONTH = re.compile(
    r"^(?:(?:đợt|lần|kỳ)\s*\d{1,2}\s*[:.\-–]?|mùa\s+[^\W\d]+(?:\s+[^\W\d]+)?)\s*"
    r"(\()?\s*(T\s?\d{1,2})\s*(?(1)\))$",
    re.IGNORECASE,
)


def _round_month(part: str) -> str:
    """A round's part labelled and giving its month abbreviated: the month alone (`T3`); any other
    part as it is."""
    return m.group(2) if (m := _ROUND_MONTH.match(part)) else part


_NAMES_DAY = re.compile(r"(?<![\d/.-])\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d])|\bngay \d{1,2}\b")


def within_month(text: str | None) -> bool:
    """Whether a due text is a time inside a month that names no month: a day or days of it
    ("Ngày 10", "Trước 25", "ngày 15 - 16", "Ngày 05 và 20") or a part of it ("Tuần cuối", "Tuần cuối
    tháng", "Cuối tháng", "Trung tuần"). A month heading above it (a merged month row, a `THÁNG 7`
    line) is its month."""
    return bool(text) and bool(_WITHIN_MONTH.match(_clean(text)))


def whole_month(text: str | None) -> bool:
    """Whether a due text is the whole of a month it does not name ("Cả tháng", "Trong tháng", "Suốt
    tháng", "Hết tháng này"): a month's plan, or the points around it, name the month."""
    return bool(text) and bool(_WHOLE_MONTH.match(_clean(text)))


def _printed_count(printed: str) -> int:
    """A count as printed, in figures or in a word (`06`, `hai`): a round's months or turns."""
    return int(printed) if printed.isdigit() else _COUNT_WORDS[printed]


def names_day(text: str | None) -> bool:
    """Whether a due text names a day ("15/3/2027", "ngày 02 tháng 01"), not only a month, a quarter
    or a year ("Quý I/2027", "Tháng 12/2027")."""
    return bool(text) and bool(_NAMES_DAY.search(_clean(text)))


def _year_for_month(month: int, year: int, start: date | None, end: date | None) -> int:
    """A month without a year falls in the programme's period (which may cross a new year)."""
    if start and end and start.year != end.year:
        return start.year if month >= start.month else end.year
    return year


def _week_of_month_end(year: int | None, month: int, week: int) -> date | None:
    """The Sunday ending the `week`-th Monday-to-Sunday week of a month (the first holds its 1st),
    or the month's last day where that week runs into the next month."""
    first = _safe_date(year, month, 1)
    last = _month_end(year, month)
    if first is None or last is None:
        return None
    sunday = first + timedelta(days=6 - first.weekday() + _WEEK_DAYS * (week - 1))
    return min(sunday, last)


_NEXT_YEAR = re.compile(r"\bnam (?:sau|toi|tiep theo|ke tiep|lien ke)\b")
# Periods as clerks abbreviate them (folded): months "T3", "T6-T8", "T1 - T2" opening the time, and
# quarters "QII", "Q.I", "Q2"; read as "tháng …" and "quý …".
_ABBREVIATED_MONTHS = re.compile(r"^t\s?(\d{1,2})(?:\s*-\s*t\s?(\d{1,2}))?(?![\d/.,])")
# … or listed, each with its letter ("T6, T12", "T3, T6, T9 và T12"): the months of the list (its
# last month's end is the time); not a weekday before its day ("T3, 01/6": _ABBREVIATED_WEEKDAY), nor
# a letter the second month goes without ("T6, 12").
_ABBREVIATED_MONTH_LIST = re.compile(r"^t\s?\d{1,2}(?:\s*(?:,|va)\s*t\s?\d{1,2})+(?![\d/.,])")
_ABBREVIATED_MONTH_OF_LIST = re.compile(r"(?<![a-z])t\s?(\d{1,2})\b")
_ABBREVIATED_QUARTER = re.compile(r"(?<![\w.])q\s*\.?\s*(iv|iii|ii|i|[1-4])(?!\w)")
# "6T đầu năm", "9T cuối năm": N months of the year ("6 tháng đầu năm").
_ABBREVIATED_MONTHS_OF_YEAR = re.compile(r"(?<![\w.])(\d{1,2})\s?t(?= (?:dau|cuoi)\b)")
_DAY_MONTH = re.compile(r"(?<![\d/.])(\d{1,2})\s*/\s*(\d{1,2})(?![\d])")
# A holiday's occasion before its day ("Dịp 26/3", "Nhân dịp Quốc khánh 2/9", "Dịp 30/4 - 01/5"):
# the day it names (a range's end).
_OCCASION = re.compile(
    r"^(?:nhan\s+)?dip\b.*?\s(?=(?:\d{1,2}\s*/\s*\d{1,2}\s*-\s*)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?$)"
)


# A calendar's day cell: an abbreviated weekday (or two) before its day or days ("T3, 01/6", "CN,
# 23/7", "T3-T4, 08-09/6"): the weekday is dropped, the day read.
_ABBREVIATED_WEEKDAY = re.compile(
    r"^(?:t\s?[2-7]|cn)(?:\s*-\s*(?:t\s?[2-7]|cn))?\s*,\s*(?=\d{1,2}(?:\s*-\s*\d{1,2})?\s*/\s*\d{1,2})"
)


def _abbreviated(s: str, start: date | None, end: date | None) -> str:
    """`s` with abbreviated months and quarters written out ("T6-T8" → "thang 6-thang 8", "Q.I" →
    "quy i"). In a week's plan "T2" is a weekday, and so it is where the days printed beside it fall
    in other months ("T2 (15/3)"); a day inside the month ("T3 (ra quân 07/3)") leaves it a month."""
    s = _ABBREVIATED_QUARTER.sub(r"quy \1", s)
    s = _ABBREVIATED_MONTHS_OF_YEAR.sub(r"\1 thang", s)
    if (listed := _ABBREVIATED_MONTH_LIST.match(s)) and not (
        start and end and (end - start).days <= _WEEK_DAYS
    ):
        months = [int(month) for month in _ABBREVIATED_MONTH_OF_LIST.findall(listed.group())]
        if all(1 <= month <= 12 for month in months) and months == sorted(months):
            return _ABBREVIATED_MONTH_OF_LIST.sub(r"thang \1", listed.group()) + s[listed.end() :]
    m = _ABBREVIATED_MONTHS.match(s)
    if m is None or (start and end and (end - start).days <= _WEEK_DAYS):
        return s
    first, last = int(m.group(1)), int(m.group(2) or m.group(1))
    rest = s[m.end() :].strip()
    days = [int(day.group(2)) for day in _DAY_MONTH.finditer(rest)]
    if not 1 <= first <= last <= 12 or _DAY_NO_YEAR.match(rest) or any(not first <= d <= last for d in days):
        return s
    return f"thang {first}" + (f"-thang {last}" if m.group(2) else "") + s[m.end() :]


# A meeting that reviews a period, its day not printed ("tại hội nghị giao ban quý II", "tại phiên
# họp sơ kết 6 tháng"): held after the period it names, on a day for a person to set; so is a time
# before a meeting whose day is not printed ("trước phiên họp UBND xã tháng 6": not the month's end).
_REVIEW_MEETING = re.compile(
    r"^tai (?:cuoc hop|phien hop|ky hop|hoi nghi) (?:giao ban|so ket|tong ket)\b"
    r"|^truoc (?:cuoc hop|phien hop|ky hop|hoi nghi)\b"
)
# The period such a meeting is named by, printed with its year ("giao ban tháng 11/2026", "giao ban
# quý IV/2024", "quý IV năm 2024"): the meeting of that period, due at its end (as a month with its
# year has been read); without the year ("quý II", "6 tháng", "tháng sau") it stays for a person.
_MEETING_PERIOD_OF_YEAR = re.compile(
    r"\d{1,2}\s*/\s*\d{1,2}|\b(?:quy|thang)\s*(?:iv|iii|ii|i|\d{1,2})\s*(?:/|-|nam)\s*(?:19|20)\d{2}\b"
)


# A time after each round of an activity ("sau mỗi đợt …", "sau mỗi lần …", "sau khi kết thúc mỗi
# kỳ …"), folded.
# (prose_facts finds such a time in a sentence with the same words.)
AFTER_EACH_ROUND = r"sau\s+(?:khi\s+ket\s+thuc\s+)?moi\s+(?:dot|lan|ky|dip)\b"
_AFTER_EACH_ROUND = re.compile(r"\b" + AFTER_EACH_ROUND)
# A report sent with the periodic report, its round not printed (folded): `lồng ghép trong Báo cáo CCHC
# định kỳ`, `được lồng ghép vào báo cáo chuyên môn định kỳ`, `định kỳ tổng hợp báo cáo UBND tỉnh`,
# `định kỳ báo cáo …`; not where a round follows within the clause (`định kỳ báo cáo hằng quý`,
# `… định kỳ 6 tháng`), which is read by itself. Read as a round for a person to set, as a bare
# `định kỳ` is (engine/importing/layouts/prose_facts.py finds it in a sentence).
PERIODIC_REPORT = (
    r"(?:(?:long ghep|tich hop)\s+(?:vao|trong|voi)\s+(?:ky\s+)?bao cao(?:\s+[a-z0-9]+){0,5}?\s+dinh ky"
    r"|(?<![a-z])dinh ky\s+(?:tong hop\s*,?\s*)?(?:gui\s+)?bao cao)"
    r"(?![a-z])(?![^;.]{0,60}\b(?:(?:hang|moi)\s+(?:tuan|thang|quy|nam)|\d{1,2}\s+thang)\b)"
)
_PERIODIC_REPORT = re.compile(PERIODIC_REPORT)


# A response time counted in hours (folded: "trong vòng 48 giờ kể từ khi nhận mẫu", "trong vòng 24
# giờ", "trong hai mươi bốn (24) giờ sau khi phát hiện"): each case's turnaround in a standing duty
# (a sample tested, an outbreak reported), not one deadline. Not a count from this document itself
# ("… kể từ khi nhận được Công điện này", "… kể từ ngày ký") nor from a day it prints.
RESPONSE_HOURS = (
    r"\b(?:trong|cham nhat)\s+(?:vong\s+|thoi han\s+|thoi gian\s+)?"
    rf"(?:(?:{NUMBER_WORDS}\s+)?\(?\d{{1,3}}\)?|{NUMBER_WORDS})\s+gio\b(?![^;.]*\b(?:nay|ky|ban hanh)\b)"
)
_RESPONSE_HOURS = re.compile(RESPONSE_HOURS)


def _response_hours(s: str) -> bool:
    """Whether a folded due text is only a response time in hours (RESPONSE_HOURS), no day printed."""
    return bool(_RESPONSE_HOURS.match(s)) and not re.search(r"\d\s*[/.]\s*\d", s)


def _parse(printed: str, s: str, year: int, start: date | None, end: date | None) -> Due:
    if _REVIEW_MEETING.match(s) and not _MEETING_PERIOD_OF_YEAR.search(s):
        return Due(printed, needs_review=True)
    if _NEXT_YEAR.search(s):
        year += 1  # "Quý I năm sau", "trước ngày 31/01 năm liền kề": the programme's next year
        start = end = None  # a year named: not the period's year for the month ("Tháng 2 năm sau")
    if (
        _ONGOING.search(s)
        or _response_hours(s)
        or (_AROUND_THE_CLOCK.fullmatch(s) and not _WATCH_SPAN.search(s))
    ):
        return Due(printed, recurrence=ONGOING)
    if (
        s == "dinh ky"
        or _PERIODIC_BY_ROUND.match(s)
        or _AFTER_EACH_ROUND.search(s)
        or _PERIODIC_REPORT.fullmatch(s)
    ):
        # "Định kỳ" with no round, or a time after each round of an activity ("chậm nhất 05 ngày sau
        # mỗi đợt tuyên truyền": the rounds' days not printed): a recurring duty, proposed monthly
        # (the shortest report period) for a person to set.
        return Due(printed, recurrence=MONTHLY, needs_review=True)
    if _HALF_AND_YEAR.fullmatch(s):
        return Due(printed, recurrence=HALF_YEARLY)
    every = _EVERY_MONTHS.search(s)
    if every and (months := _printed_count(every.group(1) or every.group(2))) in _EVERY:
        yearly = months == 12
        return Due(printed, date=date(year, 12, 31) if yearly else None, recurrence=_EVERY[months])
    if counted := _count_round(s):
        return Due(printed, date=date(year, 12, 31) if counted == YEARLY else None, recurrence=counted)
    # A round of N months that no report period has ("Định kỳ 5 tháng/lần") is not a recurrence.
    if (
        not every
        and _REPORT.search(s)
        and ("quy" in s or "thang" in s or "nam" in s)
        and not _AT_MEETING_OF_MONTH.search(s)
    ):
        recurrence = QUARTERLY if "quy" in s else HALF_YEARLY if "6 thang" in s else YEARLY
        if re.search(r"\bthang\b", s) and "6 thang" not in s and "quy" not in s:
            recurrence = MONTHLY
        return Due(printed, recurrence=recurrence)
    for pattern, recurrence in (
        (_WEEKLY, WEEKLY),
        (_MONTHLY, MONTHLY),
        (_QUARTERLY, QUARTERLY),
        (_EVERY_TERM, HALF_YEARLY),
    ):
        if pattern.search(s):
            return Due(printed, recurrence=recurrence)
    if m := _ENGLISH_ROUND.search(s):
        recurrence = _ENGLISH_ROUNDS[m.group(1) or m.group(2)]
        return Due(printed, date=date(year, 12, 31) if recurrence == YEARLY else None, recurrence=recurrence)
    if (following := _NEXT_PERIOD.search(s)) and re.search(r"\bngay\b", s):
        return Due(printed, recurrence=MONTHLY if following.group(1) == "thang" else QUARTERLY)
    if _YEARLY.search(s):
        return Due(printed, date=date(year, 12, 31), recurrence=YEARLY)
    if m := _ISO_DAY.search(s):
        found = _safe_date(_year(m.group(1), year), int(m.group(2)), int(m.group(3)))
        return Due(printed, date=found, needs_review=found is None)
    if (english := _english(s)) and english.date:
        return Due(printed, date=english.date)
    if weekday := _ABBREVIATED_WEEKDAY.match(s):
        return _parse(printed, s[weekday.end() :], year, start, end)
    s = _abbreviated(s, start, end)
    if occasion := _OCCASION.match(s):
        return _parse(printed, s[occasion.end() :], year, start, end)
    if (label := _LABELLED_DAYS.match(s)) and (
        _DAY_RANGE.match(days := s[label.end() :]) or _DAY_NO_YEAR.match(days)
    ):
        return _parse(printed, days, year, start, end)
    if m := _DAYS_OF_MONTH.match(s):
        month = int(m.group(3))
        found = _safe_date(
            _year(m.group(4), _year_for_month(month, year, start, end)), month, int(m.group(2) or m.group(1))
        )
        return Due(printed, date=found, needs_review=found is None)
    if m := _DAY_RANGE.match(s):
        month = int(m.group(4))
        found = _safe_date(
            _year(m.group(5), _year_for_month(month, year, start, end)), month, int(m.group(3))
        )
        return Due(printed, date=found, needs_review=found is None)
    if m := _DAY_LIST.match(s):
        month = int(m.group(2))
        default_year = _year_for_month(month, year, start, end)
        found = _safe_date(_year(m.group(3), default_year), month, int(m.group(1)))
        return Due(printed, date=found, needs_review=found is None)
    if m := (_BEFORE.search(s) or _DAY_WORDS.search(s)):
        day, month = int(m.group(1)), int(m.group(2))
        default_year = _year_for_month(month, year, start, end)
        found = _safe_date(_year(m.group(3), default_year), month, day)
        return Due(printed, date=found, needs_review=found is None)
    if m := (_DAY.search(s) or _DAY_SHORT_YEAR.search(s)):
        day, month = int(m.group(1)), int(m.group(3))
        found = _safe_date(_year(m.group(4), year), month, day)
        return Due(printed, date=found, needs_review=found is None)
    # a day with its weekday beside it ("Thứ Sáu (14/5)", "15/5 (thứ Bảy)", "Chiều thứ Năm, 20/8"), and
    # the place or the gathering hour printed after it ("Thứ Tư 12/4, tại hội trường …", "Sáng Chủ
    # nhật 12/9, tập trung 6h30")
    day = _PLACE_AFTER_DAY.sub("", s)
    if m := _DAY_NO_YEAR.match(day) or _DAY_NO_YEAR.match(_WEEKDAY_WORDS.sub(" ", day).strip(" .,;:")):
        month = int(m.group(2))
        found = _safe_date(_year_for_month(month, year, start, end), month, int(m.group(1)))
        return Due(printed, date=found, needs_review=found is None)
    if m := _WEEKDAYS_OF_MONTH.match(s):
        month = int(m.group(3))
        days = {_weekday(day) for day in re.findall(WEEKDAY + r"\b", m.group("days") or m.group("last"))}
        found = _last_weekday_of_month(
            _year(m.group(4), _year_for_month(month, year, start, end)), month, days
        )
        return Due(printed, date=found, needs_review=found is None)
    if m := _WEEK_OF_MONTH.match(s):
        month = int(m.group(2))
        found = _week_of_month_end(
            _year(m.group(3), _year_for_month(month, year, start, end)), month, int(m.group(1))
        )
        return Due(printed, date=found, needs_review=found is None)
    if m := _EARLY_MONTH.match(s):
        month = int(m.group(2))
        target_year = _year(m.group(3), _year_for_month(month, year, start, end))
        if m.group("week"):
            found = _week_of_month_end(target_year, month, 1)
        else:
            found = _safe_date(target_year, month, _EARLY_MONTH_DAY)
        return Due(printed, date=found, needs_review=found is None)
    if m := _MID_MONTH.match(s):
        month = int(m.group(2))
        target_year = _year(m.group(3), _year_for_month(month, year, start, end))
        day = _MID_MONTH_DAY if m.group(1) == "giua" else _MIDDLE_TEN_DAYS_END
        found = _safe_date(target_year, month, day)
        return Due(printed, date=found, needs_review=found is None)
    if m := _MONTH_SPAN.search(s):
        found = _month_end(int(m.group(3)), int(m.group(2)))
        return Due(printed, date=found, needs_review=found is None)
    if m := _HALF.search(s):
        half_year = _year(m.group(3), year)
        found = _month_end(half_year, int(m.group(1)) if m.group(2) == "dau" else 12)
        return Due(printed, date=found, needs_review=found is None)
    if (m := _QUARTER_MONTH.search(s)) and 0 <= 3 * ROMAN[m.group(1)] - int(m.group(2)) <= 2:
        found = _month_end(_year(m.group(3), year), int(m.group(2)))
        return Due(printed, date=found, needs_review=found is None)
    if m := _QUARTER.search(s):
        quarter = ROMAN[m.group(2) or m.group(1)]
        found = _month_end(_year(m.group(3), year), quarter * 3)
        return Due(printed, date=found, needs_review=found is None)
    if m := _MONTH.search(s):
        month = int(m.group(2) or m.group(1))
        target_year = _year(m.group(3), _year_for_month(month, year, start, end))
        found = _month_end(target_year, month)
        return Due(printed, date=found, needs_review=found is None)
    if m := _MONTH_SLASH.match(s):
        found = _month_end(_year(m.group(2), year), int(m.group(1)))
        return Due(printed, date=found, needs_review=found is None)
    if m := _YEAR_RANGE.match(s):
        first, last = _year(m.group(1), year), _year(m.group(2), year)
        ok = first is not None and last is not None and first <= last
        return Due(printed, date=date(last, 12, 31) if ok else None, needs_review=not ok)
    if m := _YEAR_ONLY.match(s):
        found_year = _year(m.group(1), year)
        found = date(found_year, 12, 31) if found_year else None
        return Due(printed, date=found, needs_review=found is None)
    if _WHOLE_YEAR.match(s):
        return Due(printed, date=date(year, 12, 31))
    if _WHOLE_MONTH.match(s) and start and end and (start.year, start.month) == (end.year, end.month):
        return Due(printed, date=end)  # "Cả tháng" in a month's plan: its last day
    if start and end and (found := day_in_week(printed, start, end)):
        return Due(printed, date=found)  # "Trong tuần", "Thứ Ba" in a week's plan: that day
    if _PLAN.search(s):
        return Due(printed, needs_review=True)
    return Due(printed, needs_review=True)
