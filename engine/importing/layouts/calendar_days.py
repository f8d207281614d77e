"""A daily calendar: day × items × preparing unit × leader (seed 001, a month's "lịch công tác").

A day cell is a day number ("03 Thứ Hai", read in the period's month and moving to the next
month when the numbers drop) or a date ("Thứ 2 (03/3/2025)", "03/3 (Thứ Hai)"; layouts/days.py).
A day's cell holds several items: `<p>` fragments, "Sáng:"/"Chiều:" sessions and "- "
bullets. The unit and leader cells list one entry per item, run together ("Văn phòng
Sở Phòng QLKH"); the unit resolver cuts them apart and they are paired in order. A unit
column that names people ("Chủ trì: PGĐ Trần Thị Mai") holds the leaders, and an entry's
preparing unit in parentheses ("(Văn phòng Sở chuẩn bị nội dung)") is its lead.
A range of days ("07 - 09/7") is due on its last day; a day cell naming a recurrence ("Hằng
tuần") makes its row recurring, not a day. Weekends and holidays ("Chủ nhật", "Thứ Bảy, Chủ
Nhật") hold no item, nor lines that say who is at the office or on duty (days.is_not_task).
Commemorations in italics are notes of the day, not tasks.
"""

import re
from collections.abc import Callable
from datetime import date

from django.utils.translation import gettext as _

from engine.deadlines.parsing import parse_due
from engine.importing.errors import ImportFailed
from engine.importing.headers import PREPARING_LABEL
from engine.importing.layouts.columns import Columns
from engine.importing.layouts.days import (
    Day,
    across_new_year,
    chair_cell_names_person,
    is_not_task,
    parse_day,
    preparing_unit,
    undated_due,
)
from engine.importing.model import RawItem, Warning
from engine.importing.readers import Document
from engine.text import fold

# A day cell of day numbers only, several (`03 - 05`, `15 - 20`, `14, 28`, `13, 20 và 27`): a range or
# rounds in the calendar's month, due on the last; `03 - 05` in a month other than May is no 3 May.
_DAY_NUMBERS = re.compile(r"^(?:ngay\s+)?(\d{1,2})((?:\s*(?:-|–|,|;|va|den)\s*\d{1,2})+)$")
_REST = re.compile(r"^(thu (bay|7)|chu nhat)(\s*,\s*(thu (bay|7)|chu nhat))*$")
_TAGS = re.compile(r"</?(p|b|strong|br)\s*/?>", re.IGNORECASE)
_ITALIC = re.compile(r"<i>.*?</i>", re.IGNORECASE | re.DOTALL)
_SESSION = re.compile(r"\b(Sáng|Chiều|Tối|Thứ Bảy|Chủ nhật)\s*:\s*", re.IGNORECASE)
_BULLET = re.compile(r"(?:^|(?<=[\s)]))-\s+(?=[A-ZĐÀ-Ỹ])")
_LEADER = re.compile(r"(?=\bĐ/c\b|\bĐại diện\b|\b[Cc]ác PGĐ\b|\bLãnh đạo Sở\b)")


def is_calendar(columns: Columns, header_cells: tuple[str, ...]) -> bool:
    index = columns.roles.get("due")
    return index == 0 and fold(header_cells[0]).strip(" .:") in {"ngay", "thu, ngay", "ngay thang"}


def split_items(cell: str) -> list[tuple[str, str]]:
    """(session, text) for each item a day's cell holds."""
    text = _ITALIC.sub(" ", cell)
    fragments = [f for f in re.split(r"</?p>", text, flags=re.IGNORECASE) if f.strip()] or [text]
    items: list[tuple[str, str]] = []
    session = ""
    for fragment in fragments:
        fragment = " ".join(_TAGS.sub(" ", fragment).split())
        parts = _SESSION.split(fragment)
        # parts: [before, session, text, session, text, ...]
        chunks = [("", parts[0])] + [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]
        for marker, chunk in chunks:
            if marker:
                session = marker.capitalize()
            for piece in _bullets(chunk):
                piece = piece.strip(" -;.")
                if len(piece) >= 3:
                    items.append((session, piece))
    return items


def _bullets(chunk: str) -> list[str]:
    """A chunk cut at its " - " bullets, except inside parentheses ("(Phòng Kế hoạch - Tài chính …)")."""
    pieces, start = [], 0
    for match in _BULLET.finditer(chunk):
        if chunk.count("(", 0, match.start()) > chunk.count(")", 0, match.start()):
            continue
        pieces.append(chunk[start : match.start()])
        start = match.end()
    return [*pieces, chunk[start:]]


def split_leaders(cell: str) -> list[str]:
    cleaned = " ".join(_TAGS.sub(" ", cell).split())
    return [part.strip(" ;,") for part in _LEADER.split(cleaned) if part.strip(" ;,")]


def _pair(values: list, count: int) -> list:
    """One value per item: in order when the counts agree; else the values left go to the last item."""
    if not values:
        return [None] * count
    if len(values) == 1:
        return values * count
    if len(values) >= count:
        return [*values[: count - 1], values[count - 1 :]] if count else []
    return values + [values[-1]] * (count - len(values))


def key_tasks(document: Document, before: int) -> list[RawItem]:
    """The bullets under "I. MỘT SỐ NHIỆM VỤ TRỌNG TÂM" above the calendar: the month's key tasks."""
    items, section = [], None
    for line in document.lines[:before]:
        text = line.text.strip()
        folded = fold(text)
        if re.match(r"^[ivx]+\.\s", folded):
            section = text if "trong tam" in folded else None
            continue
        if section and text.startswith(("-", "–", "•")) and len(text) > 3:
            items.append(
                RawItem(content=text.lstrip("-–• ").strip(), line=line.number, section=section, is_key=True)
            )
    return items


def _day_numbers(cell: str, month: int) -> tuple[Day, int] | None:
    """The last of the day numbers a cell prints (`_DAY_NUMBERS`) and the first (the row's days
    start there: `14, 28` above `15 - 20` stays in the month), None for any other cell, or for two
    numbers that read as a day and this month (`03 - 05` in May: 3 May)."""
    if (m := _DAY_NUMBERS.match(fold(cell).strip(" ."))) is None:
        return None
    numbers = [int(m.group(1)), *map(int, re.findall(r"\d{1,2}", m.group(2)))]
    if len(numbers) == 2 and re.match(r"\s*[-–]", m.group(2)) and numbers[1] == month:
        return None
    if any(not 1 <= number <= 31 for number in numbers) or numbers != sorted(numbers):
        return None
    return Day(None, numbers[-1], False), numbers[0]


def _preparing_column(header_cells, columns: Columns) -> int | None:
    """The column headed as the unit that prepares (`Đơn vị chuẩn bị`, `Cơ quan chuẩn bị`) beside
    the lead column the header gave (`Chủ trì`), if any."""
    lead = columns.roles.get("lead")
    return next(
        (
            index
            for index, cell in enumerate(header_cells)
            if index != lead and PREPARING_LABEL.search(fold(" ".join(cell.split())))
        ),
        None,
    )


def _cell(line, index: int | None) -> str:
    """A line's cell at `index` ("" where there is none)."""
    if index is None or index >= len(line.cells):
        return ""
    return " ".join(line.cells[index].split())


def read_days(
    document: Document,
    columns_at: list[tuple[int, Columns]],  # (index of the header line, its columns)
    period_start: date,
    warnings: list[Warning],
    unit_sequence: Callable[[str], list[str]],
) -> list[RawItem]:
    start_index, columns = columns_at[0]
    items: list[RawItem] = key_tasks(document, start_index)
    section = None
    for line in reversed(document.lines[:start_index]):
        if re.match(r"^[IVX]+\.\s", line.text.strip()):
            section = line.text.strip()
            break
    from engine.importing.layouts.calendar_weeks import _titled_week_end, closing_request_item, note_row

    preparing = _preparing_column(document.lines[start_index].cells, columns)

    when: date | None = None
    year, month, last_number = period_start.year, period_start.month, 0
    # (the one week the title dates, `(Từ ngày 28/12/2033 đến ngày 03/01/2034)`: where the days print no
    # year, the year the first is in)
    week_end = _titled_week_end(document.blocks, year)
    day_text = ""
    for line in document.lines[start_index + 1 :]:
        if not line.filled:
            continue
        if len(line.cells) == 1:
            if any(item.due for item in items):
                break
            continue
        if items and (note := note_row(line.cells)):
            # a note typed under the entries in a cell of its own: no entry, though a request by a
            # deadline is an item
            if (request := closing_request_item(note, line.number)) is not None:
                items.append(request)
            continue
        day_cell = columns.get(line, "due")
        content = columns.get(line, "content")
        numbers = _day_numbers(day_cell, month)
        found = numbers[0] if numbers else parse_day(day_cell, year=year) if day_cell else None
        # "Hằng tuần": that row recurs; "Cả tháng": due on the month's last day; "Hằng ngày": ongoing.
        recurring = undated_due(day_cell, year, month) if found is None and day_cell else ""
        if found is None and day_cell and not recurring:
            recurring = day_cell if parse_due(day_cell, year=year).recurrence == "ongoing" else ""
        if found is None and _REST.match(fold(day_cell).strip(" .")):
            continue  # a row for the weekends (`Thứ Bảy, Chủ nhật | Trực … theo lịch phân ca`): a rota
        if found is not None:
            day_text = day_cell
            if found.when is not None:
                when = across_new_year(found.when, when or week_end, day_cell)
                year, month = when.year, when.month
            else:
                if (numbers[1] if numbers else found.number) < last_number:  # into the next month
                    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
                try:
                    when = date(year, month, found.number)
                except ValueError:
                    when = None
                    message = _("%(day)s is not a day of this month.") % {"day": day_text}
                    warnings.append(Warning(line.number, message))
            last_number = numbers[1] if numbers else found.number
        if (when is None and not recurring) or not content or _REST.match(fold(content).strip(" .")):
            continue  # a weekend or a holiday
        found_items = [(session, text) for session, text in split_items(content) if not is_not_task(text)]
        unit_cell, leader_cell = columns.get(line, "lead"), columns.get(line, "leader")
        if chair_cell_names_person(unit_cell) and not leader_cell:  # a "Chủ trì" column naming who chairs
            # the unit that prepares, in a column of its own (`Đơn vị chuẩn bị`), leads
            unit_cell, leader_cell = _cell(line, preparing), unit_cell
        units = _pair(unit_sequence(unit_cell), len(found_items))
        leaders = _pair(split_leaders(leader_cell), len(found_items))
        for (session, text), unit, leader in zip(found_items, units, leaders, strict=True):
            unit_text = "; ".join(unit) if isinstance(unit, list) else (unit or "")
            unit_text = unit_text or preparing_unit(text)
            leader_text = " ".join(leader) if isinstance(leader, list) else (leader or "")
            items.append(
                RawItem(
                    content=text,
                    line=line.number,
                    section=section,
                    lead=unit_text,
                    leader=leader_text,
                    due=recurring or f"{when:%d/%m/%Y}" + (f" ({session})" if session else ""),
                )
            )
    if not any(item.due for item in items):
        # A calendar that yields nothing is an error, not an empty programme.
        message = _("The work calendar under the header on line %(line)d has no entry under its days.")
        raise ImportFailed(message % {"line": document.lines[start_index].number}, source=document.name)
    return items
