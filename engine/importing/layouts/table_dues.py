"""When a task table's rows are due (the table recogniser's helpers, engine/importing/layouts/tables.py).

The periods a group or section row names (`THÁNG 01`, `QUÝ III`, `I. Đến năm 2030`) and a table's
title names (`NHIỆM VỤ QUÝ III/2027`); a period grid's marks and cells (`x` under `Quý III`, the days of
a month, a percentage reaching 100); several deadline columns (the latest, an extension granted, the
month frame another column's day is in, a count in the unit the label names, a month's year carried
down); a note's time (`Hằng quý`, `Theo lịch của Sở …`, a day inside the row's week, a round over the
whole period or over a row's several marks, a span or a standing time beside a month merged down), a
content's own deadline or round; the weekdays a month
calendar's row names; and a task cell listing several tasks, paired with a time cell listing their
times.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from engine.importing.blocks import Table
from engine.importing.headers import Header
from engine.importing.layouts.prose_facts import folded_same_length
from engine.text import fold

if TYPE_CHECKING:
    from engine.importing.layouts.tables import _State

_PERIOD_IN_SECTION = re.compile(
    r"(?:đến|den|trong|năm|nam|giai đoạn|giai doan|quý|quy)\b[^.;]*?\d{4}(?:\s*[-–]\s*\d{4})?", re.IGNORECASE
)
# A group row that is only a month, a quarter or a half ("THÁNG 01", "QUÝ III", "Tháng 3/2026",
# "6 tháng cuối năm"): the due of the rows under it; numbered too (`I. THÁNG 7/2026`: _numbered_period).
_PERIOD_ONLY = re.compile(
    r"^(thang \d{1,2}|quy (?:[ivx]{1,4}|[1-4])|6 thang (?:dau|cuoi)(?: nam)?)(?:\s*/\s*\d{4}| nam \d{4})?$"
)
# "Cả tuần" / "Trong tháng": the due is the end of the group cell's range ("Tuần 27 (02/3 - 08/3)").
_WHOLE_GROUP = re.compile(r"^(ca|trong) (tuan|thang)$")
# "Trong quý" / "Cả tháng" where no group cell gives a range: the end of the one quarter or month
# that the table's own title, or the section row above the row, names ("BẢNG 2. NHIỆM VỤ QUÝ
# III/2027", "I. CÔNG VIỆC THÁNG 10/2028"): a sheet or a page of tables, one per period.
_WHOLE_PERIOD = re.compile(r"^(?:ca|trong) (quy|thang)(?: nay)?$")
_TITLE_PERIOD = {
    "quy": re.compile(
        r"\bquý\s+(?:[IVX]{1,4}|[1-4])\b(?:\s*(?:/|năm)\s*\d{4})?(?!\s*(?:,|và|-|–|đến)\s*(?:quý\s+)?(?:[IVX]{1,4}|[1-4])\b)",
        re.IGNORECASE,
    ),
    "thang": re.compile(
        r"\btháng\s+\d{1,2}\b(?:\s*(?:/|năm)\s*\d{4})?(?!\s*(?:,|và|-|–|đến)\s*(?:tháng\s+)?\d{1,2}\b)",
        re.IGNORECASE,
    ),
}
_RANGE_IN_CELL = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*(?:-|–|đến|den)\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?")
# A period column's mark ("x", "X", "✓"): the row runs in that period ("Quý III").
_MARK = re.compile(r"^[xX✓✔•+*vV■▪◼●◆█]$")
# A period cell holding words, not a mark or a number (a target): a milestone of the row's work.
_MILESTONE = re.compile(r"[^\W\d_]{2}")
# A note that is only a time ("Hằng quý", "Tháng 6"): the due of a row that prints none.
_NOTE_TIME_WORDS = 6
# A note saying the time follows another body's schedule ("Theo lịch thi của Sở …", "Theo kế hoạch
# của …") or waits for its word ("Khi có chỉ đạo của …", "Khi có yêu cầu"): the due of a row that
# prints none, for a person to set.
_NOTE_BY_SCHEDULE = re.compile(
    r"^(?:theo (lich|ke hoach|tien do|thong bao|huong dan|chi dao|yeu cau)"
    r"|khi co (chi dao|yeu cau|thong bao)"
    # or says the time is not set yet ("Chưa xác định thời gian, chờ …", "Thời gian chưa ấn định",
    # "Chờ chủ trương của …"): a row no period marks, for a person to set
    r"|chua (?:xac dinh|co|an dinh|bo tri|chot) (?:thoi gian|lich|ngay)"
    r"|(?:thoi gian|lich|ngay) (?:chua (?:xac dinh|co|an dinh|chot)|se thong bao sau)"
    r"|cho (?:chu truong|y kien chi dao|phe duyet))\b"
)
_NOTE_SCHEDULE_WORDS = 14


# A phase or round row that prints its months in parentheses (`B. ỨNG PHÓ (tháng 01 - 5/2028)`,
# `I. ĐỢT 2 (tháng 9/2028)`): the period of the rows under it.
_MONTHS_IN_PARENTHESES = re.compile(
    r"\(\s*((?:từ\s+)?tháng\s+\d{1,2}(?:\s*[-–]\s*(?:tháng\s+)?\d{1,2})?\s*/\s*\d{4})\s*\)", re.IGNORECASE
)


# A section row's number before its text (`I.`, `B)`, `2.`).
_LEADING_REF = re.compile(r"^\s*(?:[IVXLC]+|[A-ZĐ]|\d{1,3})(?:\.\d+)*[.)]?\s+")


def _numbered_period(text: str) -> str:
    """The period a numbered section row is only (`I THÁNG 7/2026`, its number in a column of its
    own; `B. QUÝ IV NĂM 2027`): its text after the number, as printed; "" otherwise."""
    bare = _LEADING_REF.sub("", text, count=1)
    if bare != text and _PERIOD_ONLY.match(" ".join(fold(bare).replace(".", " ").split())):
        return bare.strip()
    return ""


# A group row that is only a standing time (`THỰC HIỆN THƯỜNG XUYÊN TRONG NĂM`, `Thường xuyên`, `II.
# CÁC NỘI DUNG TRIỂN KHAI LIÊN TỤC`): the rows under it run all through, as a `Thường xuyên` cell
# says (folded, the number aside). A bare `NHIỆM VỤ THƯỜNG XUYÊN` is a kind of task, not a time.
_STANDING_ONLY = re.compile(
    r"^(?:(?:(?:cac )?(?:nhiem vu|cong viec|noi dung) )?(?:duoc )?(?:thuc hien|trien khai) )?"
    r"(?:thuong xuyen|lien tuc|hang ngay)(?: (?:trong|ca|suot) (?:nam|quy|thang)(?: \d{4})?)?$"
)


# A section row that names the standing kind of work, bare (`CÔNG VIỆC THƯỜNG XUYÊN`, `III. NHIỆM VỤ
# THƯỜNG XUYÊN`, folded, the number aside): a time only after section rows that each name a month or
# a quarter (_standing_after_periods); beside `NHIỆM VỤ TRỌNG TÂM` or `NHIỆM VỤ PHÁT SINH` a kind.
_STANDING_KIND = re.compile(r"^(?:cac )?(?:nhiem vu|cong viec|noi dung) thuong xuyen$")


def _standing_after_periods(text: str, *, after_periods: bool) -> str:
    """A bare `CÔNG VIỆC THƯỜNG XUYÊN` section row that closes a table timed by its section rows
    (`THÁNG 01/2027`, `QUÝ II/2027` above it, `after_periods`): the time of the rows under it, which
    run all through the year as a `Thường xuyên` cell says, as printed; "" otherwise (the row then
    names a kind of task among others, not a time)."""
    folded = " ".join(fold(_LEADING_REF.sub("", text, count=1)).replace(".", " ").split())
    return text.strip() if after_periods and _STANDING_KIND.match(folded) else ""


def _names_month_or_quarter(period: str) -> bool:
    """Whether a section row's period (as _period_phrase gives it) is a month or a quarter."""
    return bool(_GROUP_PERIOD.match(" ".join(fold(period).replace(".", " ").split())))


def _period_phrase(text: str) -> str:
    folded = " ".join(fold(_LEADING_REF.sub("", text, count=1)).replace(".", " ").split())
    if _GROUP_PERIOD.match(" ".join(fold(text).replace(".", " ").split())) or _STANDING_ONLY.match(folded):
        return text.strip()
    if period := _numbered_period(text):
        return period
    match = _PERIOD_IN_SECTION.search(text) or _MONTHS_IN_PARENTHESES.search(text)
    if match and match.re is _MONTHS_IN_PARENTHESES:
        return match.group(1).strip()
    return match.group(0).strip() if match else ""


def _period_heading(between: list[str]) -> str:
    """The paragraph right above a table (`between`, nearest first) where it is only a month, a
    quarter or a half (`Quý I`, `THÁNG 3/2027`): a heading over the table's rows, as printed; ""
    otherwise."""
    nearest = next((text.strip() for text in between if text.strip()), "")
    if len(nearest) > 30 or not _GROUP_PERIOD.match(" ".join(fold(nearest).replace(".", " ").split())):
        return ""
    return nearest


def _names_no_time(text: str) -> bool:
    """A cell text that prints no time: no digit, no period ("Tháng Ba", "Quý II"), no weekday."""
    folded = " ".join(fold(text).split())
    return (
        not any(ch.isdigit() for ch in text) and not _period_phrase(text) and not _WEEKDAY_WORD.search(folded)
    )


_WEEKDAY_WORD = re.compile(
    r"\b(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|sang|chieu|toi|ngay|tuan|thang|quy|nam)\b"
)


_ANY_YEAR = 2000
# A due column of a submission step (`Thời gian trình UBND xã`, `Thời hạn trình / Chính phủ`).
_SUBMISSION = re.compile(r"\btrinh\b")
# An extension cell that grants nothing (folded): refused (`Không chấp thuận gia hạn`, `Không đồng ý`,
# `Từ chối`, `Chưa được chấp thuận`) or only asked for (`Xin gia hạn đến …`, `Đã đề nghị gia hạn …,
# chờ ý kiến …`): the deadline first given stands.
_NOT_GRANTED = re.compile(
    r"\b(?:khong|chua)(?: duoc)?(?: phep)? (?:chap thuan|dong y|phe duyet|duyet|cho phep|gia han)\b"
    r"|\btu choi\b|^(?:da )?(?:xin|de nghi|dang de nghi|dang xin) gia han\b"
    r"|\bcho (?:y kien|duyet|phe duyet)\b"
)
_PRINTED_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
# A cell that prints only a dash (`—`, `-`, `–`): no value.
_NO_VALUE = re.compile(r"^\s*[-–—]+\s*$")


def _as_due(text: str, year: int = _ANY_YEAR):
    """The parsed due of a cell (in any year, or the one its row prints: only compared with its
    row's other cells)."""
    from engine.deadlines.parsing import parse_due

    return parse_due(text, year=year)


# One day printed alone (`06/03/2027`, `Ngày 06/3`, a date cell), folded: a start that can be an end.
_ONE_DAY = re.compile(r"^(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?$")


def _start_as_end(start: str) -> str:
    """The start cell of a row whose end cell (`Đến ngày`) is empty, where it prints one day
    (`Từ ngày` 06/03/2027): a job of that day, due on it (a one-day outage, a one-day visit); ""
    else. (A start printed as a month, a quarter or a range, `Tháng 3`, `Từ 01/3`, says nothing of
    when a longer job ends: no due from it.)"""
    text = " ".join(start.split()).strip(" .")
    if not _ONE_DAY.match(fold(text)):
        return ""
    return text if _as_due(text).date else ""


# A legend under (or in) a grid of month columns telling its two kinds of cell apart, folded (`Ghi chú:
# x - thực hiện trong tháng; số - ngày hoàn thành trong tháng`, `Con số: ngày hoàn thành`): a number in
# a month cell is the day the work is finished in that month, not a count. `Số ngày thực hiện` (no
# separator: a count of days) is no such legend.
_DAY_LEGEND = re.compile(r"(?:^|[\s;,.(])(?:con |chu )?so\s*(?:[-–:=]|la\b)\s*(?:la\s+)?ngay\b")


def days_legend(texts: list[str]) -> bool:
    """Whether one of `texts` (the lines under a table, or its own last rows) is a legend saying the
    numbers in its month columns are days of the month (_DAY_LEGEND)."""
    return any(_DAY_LEGEND.search(" ".join(fold(text).split())) for text in texts)


def _marks(texts: list[str], header: Header, shaded: frozenset[int] = frozenset()) -> list[tuple]:
    """The dated periods a row marks in a grid of period columns (an `x`, or a shaded empty cell):
    (the period's end, its column, its label) for each."""
    return [
        (due.date, column, label)
        for column, label in header.period_columns.items()
        if column < len(texts)
        and (_MARK.match(texts[column].strip()) or (column in shaded and not texts[column].strip()))
        and (due := _as_due(label)).date
    ]


def _marked_period(
    texts: list[str], header: Header, shaded: frozenset[int] = frozenset(), *, day_legend: bool = False
) -> str:
    """The last period a row marks in a grid of period columns ("x" under "Quý II" and "Quý IV":
    "Quý IV"; a shaded cell under "T8" in a Gantt sheet: "Tháng 8"); every period marked is the
    last one too. A row with no mark whose period cells hold words (a milestone, "Mở lớp đợt 1",
    "Thông qua văn kiện") runs to the last period filled, or to the day that cell prints
    ("Trước 25/9" under "Tháng 9"). Under a legend saying numbers are days (`day_legend`), marks and
    days mix: `x | 25 |` is due the 25th of the second month."""
    marked = _marks(texts, header, shaded)
    if (
        (not marked or day_legend)
        and not header.indicator
        and (days := _days_in_month_columns(texts, header, legend=day_legend))
    ):
        return days
    if not marked and not header.indicator and (reached := _reaches_full(texts, header)):
        return reached
    # Period columns under a spanning deadline label are deadline columns too: their own texts
    # ("Tháng 3" under "Quý I") are read as printed dues (_latest_due), not as milestones.
    if marked and (monthly := _monthly_parts(marked, header)):
        return monthly
    if marked or header.indicator or set(header.period_columns) & set(header.due_columns):
        return max(marked)[2] if marked else ""
    from engine.deadlines.parsing import names_day

    if standing := _standing_across(texts, header):
        return standing
    for column in sorted(header.period_columns, reverse=True):
        text = " ".join(texts[column].split()) if column < len(texts) else ""
        if not _MILESTONE.search(text):
            continue
        label = header.period_columns[column]
        day, end = _as_due(text).date, _as_due(label).date
        # A day inside the column's period (not one of a next year's month, read against this year).
        if day and end and names_day(text) and end.year == day.year and 0 <= end.month - day.month <= 2:
            return text
        return label
    return ""


def _standing_across(texts: list[str], header: Header) -> str:
    """A standing time (`Thường xuyên`, `Hằng ngày`: _note_standing) printed in a row's period cells
    instead of marks (typed or merged across `Tháng 1` … `Tháng 3`): the work never ends, ongoing,
    not a milestone of the last period it fills. "" where any filled period cell holds anything else
    (a mark, a milestone, a day beside it) or no period cell is filled. A round alone (`Hằng tháng`,
    `Hằng quý`) is taken only where it fills every period cell (merged across the grid): the work
    recurs; in some cells only, it is a milestone's wording."""
    filled = [
        " ".join(texts[c].split()) for c in header.period_columns if c < len(texts) and texts[c].strip()
    ]
    if not filled or len(set(filled)) != 1:
        return ""
    if standing := _note_standing(filled[0]):
        return standing
    whole = len(filled) == len(header.period_columns) >= 2
    due = _as_due(filled[0])
    if whole and len(filled[0].split()) <= 3 and due.recurrence and not due.date:
        return filled[0]
    return ""


# A legend's label for a colour whose cells are not the work's own time: reserve time kept for bad
# weather or delays ("Thời gian dự phòng"), or the time actually taken beside the planned one
# ("Tiến độ thực tế"), folded.
_NOT_PLAN_TIME = re.compile(r"\bdu phong\b|\bthuc te\b")


def reserve_fills(table: Table) -> frozenset[str]:
    """The fill colours a legend in the table tells apart as no planned time: a row whose first
    cell with anything is a swatch (filled, no text) and whose next one a label naming reserve or
    actual time ("Thời gian dự phòng (khi thời tiết bất lợi)"); the shaded cells of that colour
    are no marks of the row's due. A colour also given a label of planned time is kept."""
    reserve, planned = set(), set()
    for row in table.rows:
        cells = [cell for cell in row if cell.filled or cell.text.strip()]
        if len(cells) < 2 or not cells[0].filled or cells[0].text.strip() or not cells[0].fill:
            continue
        if not cells[1].text.strip() or len(cells) > 3:
            continue
        label = " ".join(fold(cells[1].text).split())
        (reserve if _NOT_PLAN_TIME.search(label) else planned).add(cells[0].fill)
    return frozenset(reserve - planned)


def _monthly_parts(marked: list[tuple], header: Header) -> str:
    """A row marking one part of each month, the same part, in three or more months one after
    another (the report filled in each month's last week): a monthly round, "Hằng tháng"; ""."""
    parts = header.period_parts
    columns = sorted(column for _day, column, _label in marked)
    if len(columns) < 3 or not all(column in parts for column in columns):
        return ""
    months = [parts[column][0] for column in columns]
    order = list(dict.fromkeys(parts[column][0] for column in sorted(parts)))
    if len(set(months)) != len(months) or len({parts[column][1:] for column in columns}) != 1:
        return ""
    first = order.index(months[0])
    return "Hằng tháng" if order[first : first + len(months)] == months else ""


# A spanning label over period columns that holds a share done so far (`Tiến độ giải ngân lũy kế
# (%)`, `Tỷ lệ hoàn thành lũy kế`), and a cell of it (`45`, `100%`, `87,5`).
_CUMULATIVE_LABEL = re.compile(r"\bluy ke\b|\bcong don\b|%")
_PERCENT_CELL = re.compile(r"^(\d{1,3}(?:[.,]\d+)?)\s*%?$")


def _reaches_full(texts: list[str], header: Header) -> str:
    """Under period columns holding a cumulative percentage (each the share done by the end of its
    period: `15 | 45 | 75 | 100`), the period where the row reaches 100; "" where the cells are not
    such shares (a word, a drop, a number over 100) or none reaches 100."""
    columns = sorted(c for c in header.period_columns if c < len(texts))
    spans = [fold(header.labels[column].split(" / ")[0]) for column in columns]
    if not columns or not all(_CUMULATIVE_LABEL.search(span) for span in spans):
        return ""
    last = 0.0
    for column in columns:
        text = texts[column].strip()
        if not text:
            continue
        match = _PERCENT_CELL.match(text)
        if not match or (value := float(match.group(1).replace(",", "."))) > 100 or value < last:
            return ""
        if value == 100:
            return header.period_columns[column]
        last = value
    return ""


# A day of the month or a range of days ("03", "12-16", "25 - 31") in a month column.
_DAYS_OF_MONTH = re.compile(r"^(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?$")
_DAY_WORD = re.compile(r"\bngay\b")
_MONTH_PERIOD = re.compile(r"^thang \d{1,2}(?: nam sau)?$")


# A day printed with slashes and a four-digit year, as a spreadsheet exports it ("6/24/2027",
# "24/06/2027 00:00:00"): its two first parts, a day and a month in an order the column decides.
_SLASHED_DAY = re.compile(
    r"^(\d{1,2})/(\d{1,2})/(\d{4})((?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?)$"
)


def month_first_columns(table: Table, rows: range) -> set[int]:
    """The columns whose days are printed month first (`M/D/YYYY`, a sheet exported in the US
    locale: "6/24/2027" is 24 June): decided for the whole column from its values, never per cell.
    A value whose first part is over 12 proves the day comes first; one whose second part is over
    12 proves the month does. A column with proof of the month first and none of the day first."""
    proofs: dict[int, set[str]] = {}
    for index in rows:
        for column, cell in enumerate(table.rows[index]):
            if match := _SLASHED_DAY.match(" ".join(cell.text.split())):
                first, second = int(match.group(1)), int(match.group(2))
                found = proofs.setdefault(column, set())
                if first > 12:
                    found.add("day")
                elif second > 12:
                    found.add("month")
    return {column for column, found in proofs.items() if found == {"month"}}


def day_first(text: str) -> str:
    """A `M/D/YYYY` value of a month-first column written day first, as the deadline parser reads
    it ("6/24/2027" → "24/6/2027"); any other text unchanged."""
    match = _SLASHED_DAY.match(text)
    if not match:
        return text
    return f"{match.group(2)}/{match.group(1)}/{match.group(3)}{match.group(4)}"


def _days_in_month_columns(texts: list[str], header: Header, *, legend: bool = False) -> str:
    """Month columns that hold the day of the month rather than a mark ("03" under "T3", "12-16"
    under "T4"; a span over two months `25-31` then `01-14`): the last day printed in the last
    month filled ("ngày 14 tháng 2"); the same day in every month column is a monthly round. Only
    where the label over the months says they hold days ("Thời gian thực hiện (ngày trong tháng)",
    "Ngày thực hiện"): numbers under months are counts elsewhere. "" where any filled cell of the
    row is no day or any filled column no month. A legend under the table saying numbers are days
    (`legend`: days_legend) stands for that label; there a mark (`x`, done during the month) may
    fill other cells, the row then due the last month filled: its printed day, or its end; a row
    with no day at all is left to the marks."""
    if not legend and not all(
        _DAY_WORD.search(fold(header.labels[column])) for column in header.period_columns
    ):
        return ""
    filled = {
        column: " ".join(texts[column].split())
        for column in header.period_columns
        if column < len(texts) and texts[column].strip()
    }
    marks = {column for column, text in filled.items() if legend and _MARK.match(text)}
    if not filled or (legend and len(marks) == len(filled)):
        return ""
    for column, text in filled.items():
        if column in marks:
            continue
        match = _DAYS_OF_MONTH.match(text)
        if not match or not _MONTH_PERIOD.match(" ".join(fold(header.period_columns[column]).split())):
            return ""
        first, last = int(match.group(1)), int(match.group(2) or match.group(1))
        if not 1 <= first <= 31 or not 1 <= last <= 31:
            return ""
    if len(filled) == len(header.period_columns) >= 6 and len(set(filled.values())) == 1:
        return "Hằng tháng"
    column = max(filled)
    if column in marks:
        return header.period_columns[column]
    match = _DAYS_OF_MONTH.match(filled[column])
    return f"ngày {int(match.group(2) or match.group(1))} {header.period_columns[column].lower()}"


# An extension to a day, folded (`gia hạn đến 15/04/2028`, `gia hạn tới ngày 30/6`): the day.
_EXTENSION_TO = r"gia han (?:den|toi)(?: ngay)? (\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b"
# A state that grants one (`Đã gia hạn đến 15/04/2028`, `Đã được gia hạn tới ngày 30/6`): an
# e-office export's state column printing the deadline now in force.
_EXTENDED_STATE = re.compile(r"\bda (?:duoc )?" + _EXTENSION_TO)
# A note that opens by granting one (`Gia hạn đến 31/3/2027 (Thông báo số …)`, `Được gia hạn tới
# ngày 30/6`): the deadline now in force, as the authority it cites set it.
_EXTENDED_NOTE = re.compile(r"^(?:da |duoc |da duoc )?" + _EXTENSION_TO)
# One asked for and then granted in the same cell (`Quá hạn; đã xin gia hạn đến 31/3/2028, Giám đốc
# Sở đồng ý ngày 02/02/2028`): the day asked for, once the grant follows.
_ASKED_EXTENSION = re.compile(r"\b(?:xin|de nghi) " + _EXTENSION_TO)
_GRANTED = re.compile(r"(?<!khong )(?<!chua )\b(?:dong y|chap thuan|phe duyet)\b")


def _extended_to(texts: list[str], header: Header) -> str:
    """The deadline now in force that a state cell prints (`Đã gia hạn đến 15/04/2028`), or that a
    progress cell (`Tình hình thực hiện`, `Kết quả, tiến độ`) grants after the request (`đã xin
    gia hạn đến 31/3/2028, Giám đốc Sở đồng ý …`; a result or a note column too), or that a note opens
    by granting (`Gia hạn đến 31/3/2027 (Thông báo số …)`); "" where none does."""
    if "status" in header.roles and (extended := _EXTENDED_STATE.search(fold(header.get(texts, "status")))):
        return extended.group(1)
    if "note" in header.roles and (
        extended := _EXTENDED_NOTE.match(" ".join(fold(header.get(texts, "note")).split()).lstrip("(*-+ "))
    ):
        return extended.group(1)
    taken = {column for role, column in header.roles.items() if role not in ("status", "result", "note")}
    for column, text in enumerate(texts):
        if column in taken or not text:
            continue
        folded = fold(text)
        asked = _ASKED_EXTENSION.search(folded)
        if asked and _GRANTED.search(folded, asked.end()) and not _NOT_GRANTED.search(folded[asked.end() :]):
            return asked.group(1)
    return ""


# The rounds a list of one day in several months stands for, by the months between them.
_ROUND_OF_MONTHS = {1: "hằng tháng", 3: "hằng quý", 6: "6 tháng một lần", 12: "hằng năm"}


def _day_rounds(due: str) -> str:
    """A deadline listing one day of several months with no year (`Trước 10/6 và 10/12`, `15/01,
    15/4, 15/7, 15/10`): the day of every round, as printed with its round (`… (6 tháng một lần)`);
    "" where the cell prints a year, one date, or days that differ."""
    if _PRINTED_YEAR.search(due):
        return ""
    found = [(int(m.group(1)), int(m.group(2))) for m in _DAY_MONTH.finditer(due)]
    if len(found) < 2 or len({day for day, _month in found}) != 1:
        return ""
    months = [month for _day, month in found]
    gaps = {later - earlier for earlier, later in pairwise(months)}
    if len(gaps) != 1 or not all(1 <= month <= 12 for month in months):
        return ""
    gap = gaps.pop()
    if gap * len(months) != 12 or gap not in _ROUND_OF_MONTHS:
        return ""
    return f"{due} ({_ROUND_OF_MONTHS[gap]})"


def _latest_due(
    texts: list[str], header: Header, shaded: frozenset[int] = frozenset(), *, day_legend: bool = False
) -> str:
    """The row's due: where several deadline columns are printed (to the Minister, then to the
    Government), the latest one; the due column's text where they cannot be compared; in a grid
    of period columns, the last period marked (or shaded) — unless a deadline column beside the grid
    prints a date of its own (`Kết thúc` 15/10/2027 with `Quý IV` marked): the marks stand for
    the deadline only where that cell is empty. An extension column's cell replaces the deadline
    first given, unless it refuses the extension or only asks for one (`_NOT_GRANTED`); so does a
    state cell that says the deadline was extended to a date (`Đã gia hạn đến 15/04/2028`)."""
    if extended := _extended_to(texts, header):
        return extended
    if header.due_units:
        texts = _counted_in_unit(texts, header.due_units)
    marked = _marked_period(texts, header, shaded, day_legend=day_legend) if header.period_columns else ""
    if marked and not _own_deadline(texts, header):
        return marked
    main = header.get(texts, "due")
    if header.period_columns and _MARK.match(main.strip()):
        main = ""
    columns = [c for c in header.due_columns if c < len(texts) and texts[c]]
    if header.revised_due:
        # `—` in a revised deadline's cell: no adjustment asked, the deadline first given stands
        columns = [c for c in columns if not _NO_VALUE.match(texts[c])]
        main = "" if _NO_VALUE.match(main) else main
    if header.revised_due and main:
        if not _NOT_GRANTED.search(fold(main)):
            return main  # an extension's new date replaces the deadline first given
        # an extension refused or only asked for: the deadline first given stands
        main, columns = "", [c for c in columns if c != header.roles["due"]]
    if header.period_columns:
        columns = [c for c in columns if not _MARK.match(texts[c].strip())]
    if framed := _within_frame(texts, header, columns):
        return framed
    printed = [texts[c] for c in columns]
    if len(printed) < 2:
        return main or (printed[0] if printed else "")
    # the cells are read in the one year any of them prints (`15/10/2028` beside `Phiên họp tháng 11`)
    years = sorted({int(y) for text in printed for y in _PRINTED_YEAR.findall(text)})
    dues = [_as_due(text, years[0] if len(years) == 1 else _ANY_YEAR) for text in printed]
    last = dues[-1]
    if (
        _SUBMISSION.search(fold(header.labels[columns[-1]]))
        and last.needs_review
        and not (last.date or last.recurrence)
    ):
        # the last submission step (`Thời gian trình HĐND`) at a time no date can be read from (`Kỳ
        # họp thường lệ cuối năm`): the work is done then, for a person to set, not at an earlier
        # step's date
        return printed[-1]
    dated = [
        (due.date, index, text)
        for index, (due, text) in enumerate(zip(dues, printed, strict=True))
        if due.date
    ]
    return max(dated)[2] if dated else main


# A due that is a month with its year (`Tháng 01/2028`, `9/2027`), or a month alone (`Tháng 3`), folded.
_MONTH_WITH_YEAR = re.compile(r"^(?:thang\s+)?(\d{1,2})\s*/\s*((?:19|20)\d{2})$")
_MONTH_ALONE = re.compile(r"^thang\s+(\d{1,2})$")


def _within_titled_span(year: int, month: int, title_lines: list[str]) -> bool:
    """Whether the table's title (`title_lines`, nearest first) names a period that holds `month`
    of `year` and not of the next year: a month printed below a later one is then a row out of
    order inside that period, not the next year's (`CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027`: `Tháng
    3/2027`, then `Tháng 2`; `CHƯƠNG TRÌNH HOẠT ĐỘNG NĂM 2027`: `Tháng 9/2027`, then `Tháng 4`). A
    period holding both, or neither (a title of several years, a school year's `Tháng 12/2027` then
    `Tháng 1` under `năm học 2027 - 2028`, no title), leaves months that turn back the next year's;
    so does January right after December under a year's title (`_year_carried`: a plan running on)."""
    from engine.importing.period import find_title

    period = find_title(list(enumerate(reversed(title_lines))))
    return (
        period is not None
        and period.start <= date(year, month, 1) <= period.end
        and not period.start <= date(year + 1, month, 1) <= period.end
    )


def _year_carried(due: str, state: _State) -> str:
    """A month printed without its year under one printed with it (`Tháng 01/2028`, then `Tháng 02`,
    `Tháng 3`: the year given only where it changes), read in that year, or the next one where the
    months turn back (`Tháng 12/2027`, then `Tháng 1`); the month with its year is remembered. `Cả
    năm học` below them is the last month printed (the school year's end)."""
    folded = " ".join(fold(due).split()).strip(" .")
    if folded == "ca nam hoc" and state.month_year:
        # the whole school year below its months: due at the end of the last month the plan printed
        return f"{due.strip()} (tháng {state.month_year[1]}/{state.month_year[0]})"
    if (m := _MONTH_WITH_YEAR.match(folded)) and 1 <= int(m.group(1)) <= 12:
        state.month_year = (int(m.group(2)), int(m.group(1)))
    elif (m := _MONTH_ALONE.match(folded)) and state.month_year and 1 <= (month := int(m.group(1))) <= 12:
        year, last = state.month_year
        # the month right after December runs the plan on into the next year (`Tháng 11/2029`,
        # `Tháng 12/2029`, `Tháng 1`); a month turning back out of order stays inside the title's period
        year += month < last and (
            month == last % 12 + 1 or not _within_titled_span(year, month, state.title_lines)
        )
        state.month_year = (year, month)
        return f"{due.strip()}/{year}"
    return due


# A column named by the month alone ("Tháng") whose cells print a month and its year (`9/2027`,
# `Tháng 01/2028`), merged down over the rows of that month: their frame, not a deadline of its own.
_FRAME_LABEL = re.compile(r"^thang$")
_FRAME_MONTH = re.compile(r"^(?:thang\s+)?\d{1,2}\s*/\s*((?:19|20)\d{2})$")
# The last day-month or month a time prints without a year (`Trước 15/01`, `Tuần 19 (10/01 -
# 15/01)`, `Tháng 10 - 11`), folded: where the frame's year goes.
_YEARLESS = re.compile(r"\d{1,2}\s*/\s*\d{1,2}(?![\d/])|\bthang\s+\d{1,2}(?:\s*-\s*\d{1,2})?(?![\d/])")


def _within_frame(texts: list[str], header: Header, columns: list[int]) -> str:
    """Beside a month column that frames its rows (`Tháng` over `9/2027`, `01/2028`), the row's own
    time in another due column (`05/9`, `Trước 15/01`, `Tuần 3 - 4 (13/9 - 26/9)`, `Tháng 10 - 11`)
    is its due, read in the frame's year (printed into it: `Trước 15/01/2028`); "" where the row has
    no frame or prints no dated time of its own (an empty cell, `Theo lịch của Sở`: the month's end)."""
    from engine.importing.layouts.prose_facts import folded_same_length

    frames = [
        (c, m.group(1))
        for c in columns
        if _FRAME_LABEL.match(fold(header.labels[c].split(" / ")[-1]).strip(" :"))
        and (m := _FRAME_MONTH.match(" ".join(fold(texts[c]).split())))
    ]
    if len(frames) != 1:
        return ""
    frame, year = frames[0]
    for column in reversed([c for c in columns if c != frame]):
        text = " ".join(texts[column].split())
        if not _PRINTED_YEAR.search(text):
            found = list(_YEARLESS.finditer(folded_same_length(text)))
            if not found:
                continue
            text = f"{text[: found[-1].end()]}/{year}{text[found[-1].end() :]}"
        if _as_due(text).date:
            return text
    return ""


# Bare numbers of a period (`3`, `3, 9`, `10 - 11`, `II, IV`): months or quarters as the label says;
# a remark in parentheses may follow (`III (tháng 8)`).
_BARE_NUMBERS = re.compile(
    r"^(?:\d{1,2}|[ivx]{1,3})(?:\s*(?:,|-|–|va|den)\s*(?:\d{1,2}|[ivx]{1,3}))*\.?(?=\s*(?:\([^()]*\))?$)"
)
_QUARTER_NUMBERS = re.compile(r"^(?:[1-4]|i{1,3}|iv)$")


def _counted_in_unit(texts: list[str], units: dict[int, str]) -> list[str]:
    """The row's cells with a due column's bare numbers read in the unit its label names
    ("Thời gian (tháng)" over `3, 9` → "Tháng 3, 9"); a number no such period has stays as printed."""
    texts = list(texts)
    for column, unit in units.items():
        folded = " ".join(fold(texts[column]).split()) if column < len(texts) else ""
        if not (bare := _BARE_NUMBERS.match(folded)):
            continue
        numbers = re.findall(r"\d{1,2}|[ivx]{1,3}", bare.group())
        months = unit == "Tháng" and all(n.isdigit() and 1 <= int(n) <= 12 for n in numbers)
        if months or (unit == "Quý" and all(_QUARTER_NUMBERS.match(n) for n in numbers)):
            texts[column] = f"{unit} {texts[column]}"
    return texts


def _own_deadline(texts: list[str], header: Header) -> bool:
    """Whether a row prints a dated deadline in a due column that is no period column of the grid
    (a `Kết thúc` column beside `Quý I` … `Quý IV`)."""
    for column in header.due_columns or [header.roles.get("due")]:
        if column is None or column in header.period_columns or column >= len(texts):
            continue
        text = texts[column].strip()
        if text and not _MARK.match(text) and _as_due(text).date:
            return True
    return False


# A recurrence inside a task's text ("Báo cáo … hằng tháng", "định kỳ hằng quý"): its time where
# the row prints no due.
# (not "cây hằng năm", "cây trồng hằng năm": annual crops, a kind of plant)
_CONTENT_RECURRENCE = re.compile(r"(?<!cay )(?<!cay trong )\b(?:dinh ky )?hang (?:tuan|thang|quy|nam)\b")
# A standing task marked so at the end of its text ("Cập nhật dữ liệu … (thường xuyên)").
_CONTENT_STANDING = re.compile(r"\((?:thuc hien |cong viec )?(thuong xuyen|lien tuc|hang ngay)\)\W*$")


# A list item's mark opening a part of a cell (`- `, `• `, `+ `, `2. `, `b) `).
_LIST_ITEM = re.compile(r"^(?:[-–•+*]|\d{1,2}[.)]|[a-zđ]\))\s+(?=\S)")


def listed_tasks(parts: tuple[str, ...]) -> list[str]:
    """The tasks a task cell lists (`<td><ul><li>…</li><li>…</li></ul>`, dash paragraphs), each
    without its mark, where a table prints no time column: every task carries its own time and is
    an item of the row's unit. None (`[]`) where the cell holds one part, or text before the list
    (a lead-in: `Chuẩn bị hội nghị, gồm:` over its contents is one task)."""
    if len(parts) < 2 or not all(_LIST_ITEM.match(part) for part in parts):
        return []
    return [_LIST_ITEM.sub("", part, count=1) for part in parts]


# A list item's number (`2.`, `2)`) at the start of a part.
_LIST_NUMBER = re.compile(r"^(\d{1,2})[.)]\s")


def _marked_groups(parts: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A cell's lines as the list items they make: each marked line (`- `, `2. `) opens one, an
    unmarked line continues the one above (a task typed over two lines). None (`[]`) where the
    first line is unmarked (a lead-in over its list, or no list)."""
    if not parts or not _LIST_ITEM.match(parts[0]):
        return []
    groups: list[list[str]] = []
    for part in parts:
        if _LIST_ITEM.match(part):
            groups.append([part])
        else:
            groups[-1].append(part)
    return [tuple(group) for group in groups]


def _unmarked(lines: tuple[str, ...]) -> str:
    return " ".join((_LIST_ITEM.sub("", lines[0], count=1), *lines[1:]))


def paired_tasks(
    content_parts: tuple[str, ...], due_parts: tuple[str, ...], due: str, *, shared_time: bool = False
) -> list[tuple[str, str]]:
    """A task cell listing several tasks as its lines (`1. …` / `2. …`, `- …`, a task running onto a
    second line) beside a time cell: (task, its time) each. The time cell's lines pair with the
    tasks by their numbers (`1. Tháng 7` / `2. 15/8`), or in order where it lists as many times as
    there are tasks. A single time is every task's only in a table that lists times so elsewhere
    (`shared_time`): beside one time column, a dash list is otherwise one task's steps. None (`[]`)
    where the cell lists no tasks or the times cannot be paired (so the row stays one item)."""
    tasks = _marked_groups(content_parts)
    if len(tasks) < 2:
        return []
    if not due_parts:
        return [(_unmarked(task), due) for task in tasks] if shared_time else []
    times = _marked_groups(due_parts)
    numbers = [_LIST_NUMBER.match(task[0]) for task in tasks]
    time_numbers = [_LIST_NUMBER.match(time[0]) for time in times]
    if times and all(numbers) and all(time_numbers):
        by_number = {m.group(1): _unmarked(time) for m, time in zip(time_numbers, times, strict=True)}
        pairs = zip(numbers, tasks, strict=True)
        return [(_unmarked(task), by_number.get(m.group(1), "")) for m, task in pairs]
    if len(times) == len(tasks):
        return [(_unmarked(task), _unmarked(time)) for task, time in zip(tasks, times, strict=True)]
    return []


def lists_times(table: Table, rows: range, header: Header) -> bool:
    """Whether a row of the table pairs tasks listed as lines of a cell with times listed as lines
    of the next (`paired_tasks`): a table of that kind, where a single time is every listed task's."""
    content, due = header.roles.get("content"), header.roles.get("due")
    if content is None or due is None:
        return False
    return any(
        max(content, due) < len(table.rows[index])
        and table.rows[index][due].parts
        and paired_tasks(table.rows[index][content].parts, table.rows[index][due].parts, "")
        for index in rows
    )


def _content_recurrence(content: str) -> str:
    from engine.importing.layouts.prose_facts import folded_same_length

    folded = folded_same_length(content)
    if match := _CONTENT_RECURRENCE.search(folded):
        return content[match.start() : match.end()]
    match = _CONTENT_STANDING.search(folded)
    return content[match.start(1) : match.end(1)] if match else ""


# A day of "the month" that names no month (folded): a weekday at its start or end (`vào ngày thứ Hai
# đầu tháng`, `thứ Sáu tuần cuối tháng`, `thứ Hai đầu tiên của tháng`) or its first or last working
# day; not one of a month it names (`thứ Hai đầu tháng 3`).
_DAY_OF_ANY_MONTH = re.compile(
    r"\b(?:(?:ngay|buoi|sang|chieu)\s+)*(?:thu (?:hai|ba|tu|nam|sau|bay)(?: dau tien)?"
    r"|ngay lam viec(?: dau tien| cuoi cung)?)"
    r"(?: (?:cua )?tuan)? (?:(?:dau|cuoi)(?: cung)? )?(?:cua )?thang\b(?!\s*(?:\d|nay|sau|truoc|toi))"
)


def _standing_round(content: str, section_due: str) -> str:
    """A day of "the month" a task's text prints with no month (`Giao ban … vào ngày thứ Hai đầu
    tháng`) under a section row of standing work (`CÔNG VIỆC THƯỜNG XUYÊN`): a round every month,
    as printed with the round it means; "" otherwise (under `THÁNG 7/2027` it is that month's day)."""
    if not section_due or _as_due(section_due).recurrence != "ongoing":
        return ""
    folded = folded_same_length(content)
    match = _DAY_OF_ANY_MONTH.search(folded)
    return f"{content[match.start() : match.end()]} (hằng tháng)" if match else ""


def _note_recurrence(note: str) -> str:
    """A note opening with a recurrence ("Định kỳ hằng quý, gửi Sở … trước ngày 20"): the row's time."""
    recurrence = _content_recurrence(note)
    return recurrence if recurrence and note.startswith(recurrence) else ""


# A note saying the time is another plan's or a roadmap's ("Theo lộ trình cải cách …", "Theo tiến
# độ dự án …"), or an occasion's ("Khi có phản ánh, kiến nghị", "Khi phát sinh", "Đột xuất"): the due
# of a row printing none, for a person to set.
_BY_PLAN_NOTE = re.compile(
    r"^(?:theo (lo trinh|tien do|ke hoach|lich)|khi (?:co|phat sinh|duoc|xay ra|nhan duoc)|dot xuat)\b"
)


def _note_by_plan(note: str, *, figures: bool = False) -> str:
    """The note as the time of a row printing none (_BY_PLAN_NOTE); "" for any other note. Beside an
    indicator's figures (`figures`: the row prints its unit of measure or its planned value, `đ/kWh` |
    `2065`), a note citing a roadmap or a plan (`Theo lộ trình điều chỉnh giá`, `Theo lộ trình giảm thất
    thoát đến năm 2030`) says how the figure is set, not when: no time (the row runs to the period's
    end); an occasion's note there (`Đột xuất khi có phản ánh`, `Khi phát sinh`) is still the time."""
    match = _BY_PLAN_NOTE.match(fold(note))
    if not match or _as_due(note).date or (figures and match.group(1)):
        return ""
    return note


# A note opening with the round's whole course (folded: `Suốt đợt; 22h00 - 04h00`, `Cả đợt, ban đêm`,
# `Trong suốt chiến dịch`): that clause is the row's time (event_dues dates it by the round's span).
_NOTE_ROUND = re.compile(
    r"^(?:trong suot|trong ca|trong toan|trong|suot|ca|toan)\s+(?:dot|chien dich|cao diem|dot cao diem)"
    r"(?=\s*(?:[;,.(]|$))"
)


def _note_round(note: str) -> str:
    note = note.strip()
    m = _NOTE_ROUND.match(folded_same_length(note))
    return note[: m.end()] if m else ""


def _note_standing(note: str) -> str:
    """A note that is only a standing time ("Thường xuyên", "Hằng ngày"): over a grid of period
    marks, what the row's due is."""
    from engine.deadlines.parsing import ONGOING

    if not note or len(note.split()) > _NOTE_TIME_WORDS:
        return ""
    due = _as_due(note)
    return note if due.recurrence == ONGOING and not due.date else ""


def _note_round_over_marks(note: str, texts: list[str], header: Header, shaded: frozenset[int]) -> str:
    """A note opening with a round shorter than a year (`Hằng quý, mỗi quý 01 số`, `Hằng tháng`,
    `Định kỳ hằng quý`) beside a row marking two or more periods of a grid (`x` under T3, T6, T9,
    T12): the marks are the round's turns, and the round is the row's time; "" for a note that only
    mentions a round after other words (`Báo cáo hằng quý về Sở`), a yearly round (`Hằng năm`: this
    year's turn is the marked period), or a single mark (one turn, due when it is marked)."""
    round_ = _note_recurrence(note.strip())
    if not round_ or _as_due(round_).date or len(_marks(texts, header, shaded)) < 2:
        return ""
    return round_


_NOTE_DAY = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\b")
# A note that schedules the row's event on a day (folded): `Dự kiến ngày …`, `Tổ chức ngày …`,
# `Khai mạc …`, `Ngày …`, the day alone, or sets its deadline (`Trước 20/12`, `Hoàn thành trước …`,
# `Hoàn thành hồ sơ trong …`, `Hạn 15/4`, `Chậm nhất …`); not `Số liệu đến 20/12` (a day the row's
# content names).
_NOTE_SCHEDULES = re.compile(
    r"^(?:du kien|to chuc|dien ra|khai mac|ngay\b|\d|hoan thanh\b|truoc\b|han\b|cham nhat\b)"
)


# A note that is only a span of days (folded): `Từ 08/01 đến 22/01/2027`, `Từ ngày 04/02 - 12/02`,
# `Dự kiến 10/3 – 14/3`: the work runs those days and is done on the last.
_NOTE_SPAN = re.compile(
    r"^(?:(?:du kien|thuc hien|to chuc)\s+)?(?:tu\s+)?(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?"
    r"\s*(?:-|–|den(?:\s+ngay)?)\s*(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\.?$"
)
# A due that is only a month (folded): `Tháng 02/2027`, `THÁNG 7`, `Tháng 3 năm 2027`.
_MONTH_ONLY = re.compile(r"^thang \d{1,2}(?:\s*/\s*\d{4}| nam \d{4})?$")


def _note_time_in_month(due: str, note: str, *, carried: bool = False) -> str:
    """A short note's own time beside a row's due that is only a month (`Tháng 02/2027`, printed in
    the row or merged down over the month's rows, or carried down from the row above): the month is
    the frame the row is filed under, the note when the row's work is done — a standing time
    (`Hằng ngày`, `Thường xuyên`: the work runs every day, ongoing), or a day or a span of days
    inside the month (_note_day_in_month: the day, the span's last day). "" for anything else: a
    round beside the month (`Hằng năm` beside `Tháng 3`: this year's turn is that month; `Hằng tuần`
    is not taken either, no document shows it), a day or a span ending outside the month (a remark on
    another phase, or a slip: the month stands for a person to compare), a longer note (a remark), a
    quarter or a day as the due (a quarter's programme is not this shape; a day is the row's own;
    a due the row prints itself, not `carried`, keeps _note_day_in_month's one scheduled day)."""
    if not note or not _MONTH_ONLY.match(" ".join(fold(due).split()).strip(" .")):
        return "" if carried else _note_day_in_month(due, note)
    return _note_standing(note) or _note_day_in_month(due, note, spans=True)


def _note_day_in_month(due: str, note: str, *, spans: bool = False) -> str:
    """The day a short note schedules (`Dự kiến ngày 20/11`, `Tổ chức ngày 20/11/2027`), or with
    `spans` the last day of the span it is (`Từ 08/01 đến 22/01/2027`: _NOTE_SPAN, done on its last
    day), inside the month a row's due names without a day (`Tháng 11/2027`): that day, with the
    month's year; "" for
    a note of another month, a due naming a day, a note that only mentions a day (`Số liệu đến
    20/12`), a longer note (a remark)."""
    from engine.deadlines.parsing import names_day

    if not note or len(note.split()) > _NOTE_TIME_WORDS or names_day(due):
        return ""
    folded = " ".join(fold(note).split())
    span = spans and bool(_NOTE_SPAN.match(folded))
    if not span and not _NOTE_SCHEDULES.match(folded):
        return ""
    month = _as_due(due).date
    found = list(_NOTE_DAY.finditer(note))
    if span and len(found) == 2:
        first, last = ((int(m.group(2)), int(m.group(1))) for m in found)
        if first > last and first[0] != 12:
            return ""  # `Từ 22/01 đến 08/01`: no span (only December's may run into January)
        found = found[1:]
    if month is None or len(found) != 1:
        return ""
    day, number, year = int(found[0].group(1)), int(found[0].group(2)), found[0].group(3)
    printed_year = re.search(r"\d{4}", due)
    # a due naming no year (`Tháng 1`, a month column's label) is read in no year: the note's year,
    # if it prints one, is the row's (`Hạn 15/01/2027` beside an `x` under `Tháng 1`)
    if (
        number != month.month
        or not 1 <= day <= month.day
        or (printed_year and year and int(year) % 100 != month.year % 100)
    ):
        return ""
    if printed_year:
        return f"{day:02d}/{number:02d}/{printed_year.group(0)}"
    return f"{day:02d}/{number:02d}/{year}" if year and len(year) == 4 else f"{day:02d}/{number:02d}"


def _note_day_in_week(due: str, note: str) -> str:
    """The one day a short note prints (`Sáng thứ Bảy 14/11`, `Hoàn thành trước 12/11`, `Chào cờ thứ
    Hai 02/11`) inside the range a row's due prints (`Tuần 10 (09/11 - 14/11)`): that day, the row's
    own in its week; "" for a note of no day, of several days, or of a day outside the range."""
    if not note or len(note.split()) > _NOTE_TIME_WORDS or not _RANGE_IN_CELL.search(due):
        return ""
    days = list(_DAY_MONTH.finditer(note))
    if len(days) != 1 or not _day_in_range(days[0].group(0), _RANGE_IN_CELL.search(due).group(0)):
        return ""
    printed_year = re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", due)
    day = days[0].group(0)
    return f"{day}/{printed_year.group(0)}" if printed_year and day.count("/") == 1 else day


def _note_round_over_whole(due: str, note: str) -> str:
    """A short note that is only a round or a standing time (`Thường xuyên`, `Thứ Ba, thứ Năm hằng
    tuần`) beside a due that is the whole group's period (`Cả tháng`, `Trong tuần`): the note says
    how the work runs over that period, and is the row's time; ""."""
    if not note or len(note.split()) > _NOTE_TIME_WORDS:
        return ""
    whole = " ".join(fold(due).split()).strip(" .")
    if not (_WHOLE_GROUP.match(whole) or _WHOLE_PERIOD.match(whole)):
        return ""
    found = _as_due(note)
    return note if found.recurrence and not found.date and not found.needs_review else ""


# A group row's time that spans a period (folded): a month or a quarter (`THÁNG 7`, `Quý IV/2028`).
_GROUP_PERIOD = re.compile(r"^(thang|quy)\b")


def _inside_group(due: str, group: str) -> bool:
    """Whether the day a task's text prints (`trước ngày 20/4/2028`) falls inside the month or
    quarter its group row dates it by (`THÁNG 4`, `QUÝ IV`); not a day of another period, and not
    under a group of another kind."""
    kind = _GROUP_PERIOD.match(" ".join(fold(group).split()))
    end, found = _as_due(group).date, _as_due(due).date
    if not kind or end is None or found is None:
        return False
    years = re.search(r"\b(?:19|20)\d{2}\b", group), re.search(r"\b(?:19|20)\d{2}\b", due)
    if all(years) and years[0].group(0) != years[1].group(0):
        return False
    first_month = end.month - (2 if kind.group(1) == "quy" else 0)
    return first_month <= found.month and (found.month, found.day) <= (end.month, end.day)


def _content_due(content: str, group: str = "") -> str:
    """The deadline phrase inside a task's text (`…, hoàn thành trước ngày 31/8/2027.`), as
    printed; "" where there is none. Under a group row that dates its rows (`group`: `THÁNG 4`,
    `QUÝ IV`) only a day inside that period is the task's (`trình trước ngày 20/4/2028`): a time
    outside it, or no day, is what the task's name says it covers (`Báo cáo sơ kết 6 tháng đầu năm,
    nhiệm vụ 6 tháng cuối năm 2028` under `THÁNG 7`), and the group's time stands."""
    from engine.importing.layouts.prose_facts import due_in

    due = due_in(content)
    if due and group and not _inside_group(due, group):
        return ""
    return due


# A day alone in the parentheses that close a task's text (folded: `… (ngày 26/3)`, `… (26/3/2027)`):
# the day the row's event is held. (A day inside the text with no `trước`, `dự kiến` before it,
# `Quyết định … ngày 05/11`, is a date of record: prose_facts.due_in leaves it.)
_CLOSING_DAY = re.compile(r"\(\s*(?:ngay\s+)?(\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)\s*\)\W*$")


_BARE_DAY = re.compile(r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?")


def _names_occasion(content: str, found: str) -> bool:
    """Whether the bare day `found` (no deadline word before it) is no time of the work: printed
    inside the text (`chào mừng Quốc khánh 2/9`, `Điều tra … thời điểm 01/4/2027`: an occasion's
    name, a date of record), or in the closing parentheses as a named Day's (`hưởng ứng Ngày Pháp luật
    … (09/11)`, `nhân Ngày Doanh nhân Việt Nam (13/10)`: `Ngày` and its name capitalised, as
    prose_facts reads a Day's name). A day closing the text after a lower-case `ngày` (`trao giải dịp
    kỷ niệm ngày thành lập Hội (20/11)`) is when the work is done."""
    from engine.importing.layouts.prose_facts import _names_a_day

    if not _BARE_DAY.fullmatch(found.strip()):
        return False
    closing = _CLOSING_DAY.search(fold(content))
    if closing is None or " ".join(closing.group(1).split()) != " ".join(found.split()):
        return True
    before = content[: closing.start()]
    at = before.rfind("Ngày ")
    return at >= 0 and _names_a_day(before[at:].split())


def _content_day_in_period(due: str, content: str) -> str:
    """The day a task's text prints (`… theo Quyết định của UBND tỉnh (trước 15/5)`, `trao giải dịp
    kỷ niệm ngày thành lập Hội (20/11)`) inside the quarter or the month the row's time cell names
    with no day (`Quý II`, `Tháng 11/2027`, printed in the row or merged down over its rows): the
    quarter files the row, the day is when its work is due — as under a group row (_content_due).
    "" for a day outside that period (`chào mừng Quốc khánh 2/9` under `Tháng 6 - 8`: the occasion
    the work marks, not its time), a text that prints no day (`(tháng 3)`), a round, a time cell
    that is a day, a round or a span of quarters; of a span of months (`Tháng 6 - 8`) only the last
    month is its frame (its first months are not read from the cell: no day of them is taken)."""
    from engine.deadlines.parsing import names_day

    if not due or not content or names_day(due):
        return ""
    period = " ".join(fold(due).split()).strip(" .")
    frame = _as_due(due)
    if not _GROUP_PERIOD.match(period) or frame.date is None or frame.recurrence or frame.needs_review:
        return ""
    found = _content_due(content, due)
    if not found and (closing := _CLOSING_DAY.search(fold(content))) and _inside_group(closing.group(1), due):
        found = closing.group(1)  # `Tổ chức Đêm hội … (ngày 15/9)`: the day the event is held
    if found and _names_occasion(content, found):
        return ""
    read = _as_due(found) if found else None
    if read is None or read.date is None or read.recurrence or read.needs_review or not names_day(found):
        return ""
    printed_year = re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", due)
    if printed_year and re.search(r"(?<![\d/])\d{1,2}\s*/\s*\d{1,2}\W*$", found):
        return f"{found}/{printed_year.group(0)}"
    return found


def _indicator_time(due: str, header: Header) -> str:
    """The time an indicator's own name prints, kept only where it is a date: in an indicator table
    the name says what is measured (`Tỷ lệ người dân tập luyện thường xuyên`, `Số người được khám
    sức khỏe định kỳ`), so a standing or recurring word in it is not the row's time."""
    if header.indicator and due and (not (read := _as_due(due)).date or read.recurrence):
        return ""
    return due


def _frequency_due(text: str) -> str:
    """A frequency cell that names a round (`Hằng quý`, `6 tháng/lần`, `Hằng tuần (thứ Sáu)`); not
    `01 lần`, a one-off whose time is the deadline column's."""
    return text if text and _as_due(text).recurrence else ""


def _note_due(note: str, *, under_period: bool = False) -> str:
    """A note that is only a time ("Hằng quý", "Định kỳ hằng tháng", "Tháng 6"), or that says the
    time follows another body's schedule ("Theo lịch thi của Sở …": for a person to set) — except
    under a printed period (`Quý I`, `Tháng 11/2027` over the rows), which is the row's time: the
    note then only cites the plan the task follows (`Theo Kế hoạch số 77/KH-SNV`)."""
    if (
        note
        and not under_period
        and len(note.split()) <= _NOTE_SCHEDULE_WORDS
        and _NOTE_BY_SCHEDULE.match(fold(note))
    ):
        return note
    if not note:
        return ""
    if len(note.split()) > _NOTE_TIME_WORDS:
        if deadline := _note_deadline(note):
            return deadline
        # a remark whose last clause, after a `;`, is only a dated time (`Trường Tiểu học X; trước
        # 31/8/2027`): that time; any other longer note is a remark
        last = note.rpartition(";")[2].strip(" .")
        if ";" not in note or not last or len(last.split()) > _NOTE_TIME_WORDS:
            return ""
        due = _as_due(last)
        return last if due.date and not due.recurrence and not due.needs_review else ""
    due = _as_due(note)
    return note if (due.date or due.recurrence) and not due.needs_review else ""


def _note_deadline(note: str) -> str:
    """A note of any length that opens by setting the row's deadline or scheduling its event
    (`Hoàn thành hồ sơ trong Quý III`, `Dự kiến tổ chức vào tháng 10/2027 tại …`, `Chậm nhất ngày
    15/8, gửi về …`: _NOTE_SCHEDULES) and dates it: the time it prints, as a task's text is read
    (due_in). A remark that only mentions a time (`Số liệu tính đến 31/12/2026`, `Theo Nghị quyết …
    ngày …`, `Đã hoàn thành …` (done)) or gives a round or no date is none: its length says nothing."""
    from engine.importing.layouts.prose_facts import due_in

    if not _NOTE_SCHEDULES.match(fold(note).strip()):
        return ""
    found = due_in(note)
    read = _as_due(found) if found else None
    return found if read is not None and read.date and not read.recurrence and not read.needs_review else ""


def _group_range(texts: list[str], header: Header) -> str:
    """The date range of a grouping cell left of the content ("Tuần 27 (02/3 - 08/3)")."""
    for column in range(min(header.roles["content"], len(texts))):
        if column != header.roles.get("due") and (match := _RANGE_IN_CELL.search(texts[column])):
            return match.group(0)
    return ""


_DAY_MONTH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/\d{2,4})?(?![\d/])")


def _day_in_range(content: str, group: str) -> str:
    """The last day a task's text prints (`khám sức khỏe cho trẻ (ngày 11/10)`) that falls inside
    the range its group cell prints (`09/10 - 13/10`): the task's own day in that week; ""."""
    bounds = [(int(m.group(2)), int(m.group(1))) for m in _DAY_MONTH.finditer(group)]
    if len(bounds) != 2:
        return ""
    start, end = bounds
    inside = [
        match.group(0)
        for match in _DAY_MONTH.finditer(content)
        if 1 <= int(match.group(2)) <= 12
        and 1 <= int(match.group(1)) <= 31
        and (
            start <= (day := (int(match.group(2)), int(match.group(1)))) <= end
            or (start > end and (day >= start or day <= end))
        )
    ]
    return inside[-1] if inside else ""


# A day cell saying the day is not set yet ("Chưa xác định ngày", "Chưa có lịch"), folded.
_DAY_NOT_SET = re.compile(r"^chua (xac dinh|co lich|co ngay|ro)\b")
# Weekdays listed in one day cell ("Thứ Năm, Thứ Sáu", "Thứ Hai và Thứ Ba"), folded.
_WEEKDAY_LIST = re.compile(r"\s*(?:,|;|\bva\b|&)\s*")


def _weekday_in_week(texts: list[str], header: Header, sections: list) -> str:
    """The day a row's first cell names by weekdays alone ("Thứ Tư", "Thứ Năm, Thứ Sáu": the last
    of them) or as the whole week ("Cả tuần") in the week its section row prints the days of
    ("TUẦN 3 (từ 13/3 đến 17/3/2028)"), as "dd/mm/yyyy"; the cell itself where it says the day is
    not set ("Chưa xác định ngày"); "" where the cell is no such day, or no section above names the
    days of one week with their year."""
    from engine.deadlines.parsing import day_in_week
    from engine.importing.layouts.days import day_span

    taken = set(header.roles.values())
    content = header.roles.get("content", 0)
    cell = next(
        (texts[c] for c in range(min(content, len(texts))) if c not in taken and texts[c].strip()), ""
    )
    span = next((found for _r, text, _p in reversed(sections) if (found := day_span(text, year=None))), None)
    if not cell or span is None:
        return ""
    if _DAY_NOT_SET.match(fold(cell)):
        return cell  # `Chưa xác định ngày`: for a person to set, not the week's or the month's end
    days = [day_in_week(part, *span) for part in _WEEKDAY_LIST.split(fold(" ".join(cell.split()))) if part]
    if not days or None in days:
        return ""
    last = max(days)
    return f"{last.day:02d}/{last.month:02d}/{last.year}"


def title_period(kind: str, lines: list[str]) -> str:
    """The one quarter (`kind` "quy") or month ("thang") the nearest of `lines` (nearest first) to
    name a period of that kind names, as printed; "" where it names none or several ("QUÝ II, III
    VÀ IV")."""
    pattern = _TITLE_PERIOD[kind]
    for line in lines:
        found = pattern.findall(line)
        if found:
            return found[0].strip() if len(found) == 1 else ""
    return ""
