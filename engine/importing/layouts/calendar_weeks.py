"""A week's work calendar (lịch công tác tuần): days × times × entries, as a table or as lines.

As a table, a day cell ("Thứ 2 (23/3/2026)", "23/3/2026 (Thứ Hai)") heads its rows, merged
down or left blank below; a time column ("7 giờ 30’", "Sáng") may sit beside it; or one table per
day, under that day's heading, the day in no column. A week cell merged down left of the day column
("Tuần 1 (06/9 - 11/9)", a month's plan by week) gives its last day to the rows whose day cell is
empty or says the whole week ("Cả tuần"); with no week column, "Cả tuần" is the week the title
dates (`(Từ ngày 13/9 đến ngày 19/9/2027)`), due its last day; a day cell "Trước 25/9" is due
that day, one marked tentative ("Dự kiến 19/8", days.parse_day) its day. After the dated days, a
table whose time cells are all rounds ("Lịch cố định trong quý": "Chiều thứ Sáu hằng tuần", "Ngày 25
hằng tháng", a daily "Hằng ngày" beside them) is the calendar's standing schedule: each row recurring.
As lines, a day heading ("THỨ HAI   23/3", "* Thứ Ba: 24/3", "T2 (23/3)", "T3-T4 (24-25/3)") heads
the entries below it ("- 8h30: …", "Sáng: …"); an entry's fields printed on lines of their own below
it (`Chuẩn bị: <unit>`, `Địa điểm: …`, a portal's `<div>`s, a phone
calendar's agenda printed as text with `📍 <place>`, `↻ Hằng tuần …`, `🔔 … trước` detail lines under
`07:30 – 09:00  <title>`) are its lead and note, never entries, and go with an entry that is none.
Each entry is an item due on its day (with its time): its leader is the one who chairs it ("PCTTT …",
"Đ/c <tên> - PCT UBND tỉnh chủ trì …", or the leader column: a `Chủ trì` column of posts, with or
without their holders' names, "PTBT <tên>", never the lead); its lead is the unit that prepares
it, named in parentheses ("(Sở Tài chính chuẩn bị nội dung)"), in the preparing-unit column, or in
a note "Giao <đơn vị> chủ trì". Lines that are no work item (leaders "làm việc tại cơ quan",
"Trực lãnh đạo: …", "Nghỉ lễ …", "(Chưa có lịch)";
days.is_not_task) are skipped; "(dự kiến)" before an entry is dropped from its text (the entry
stays); an entry called off ("(Hoãn …)", "(Hủy …)", a calendar app's "[Đã hủy] …") is none, and so is
an empty day ("(Chưa có lịch)", "Không có sự kiện nào"). An entry opening with its own day
("- Thứ Sáu 04/12, 09h30: …", a supplement after the week, or every line of a calendar grouped by
leader) is due that day; a note moving an entry ("… chuyển sang 14h00 thứ Năm (25/3)") gives it
its new day; a closing note asking every body for something by a deadline ("Các cơ quan, đơn vị …
trước 15h00 thứ Năm hằng tuần"), or a note row merged across the table under its entries (`Ghi chú:
Các khoa, phòng …`) that does, is an item without a lead; a note typed in one cell of a row under the
entries (`Ghi chú: Lịch có thể thay đổi …`) is no entry of the day above it. A numbered part after the
days ("III. CÔNG VIỆC KHÁC TRONG TUẦN") holds the week's other tasks: due at the deadline each prints
("trước 16g00 thứ Sáu (22/01)", "trước T4": that day of the week), else on the week's last day; a unit
in parentheses before the entry's own time ("… (P.TC-KT), trước T4.") leads it, a time that recurs
("chiều T6 hằng tuần") makes it recurring. Units printed as codes that a legend spells out ("Viết tắt:
P.TC-KT - Phòng Tài chính - Kế toán") read as the units they name. A last entry that the document cuts
before it says anything ("- 8 giờ, Ban Chỉ đạo t", an excerpt's end) is dropped with a warning. A
month laid out as a wall calendar (a row per week, a column per weekday `Thứ Hai` … `Chủ nhật` or `T2`
… `CN`) reads each cell as its day (`01/11`) over that day's entries, the unit in an entry's closing
parenthesis its lead.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from django.utils.translation import gettext as _

from engine.importing.blocks import Cell, Paragraph, Table
from engine.importing.headers import classify, role_scores
from engine.importing.layouts import processing_log
from engine.importing.layouts.days import (
    LEADER_TITLES,
    SHARED_RUN,
    across_new_year,
    acting_body,
    attended_with,
    chair_cell_names_person,
    day_span,
    deadline_day,
    is_bare_date,
    is_day_heading,
    is_day_range,
    is_not_task,
    is_session,
    is_weekday,
    is_whole_week,
    labelled_content,
    leading_day,
    names_another_paper,
    names_leader,
    parse_day,
    parse_time,
    preparing_unit,
    recurs,
    shared_run,
    split_leader_unit,
    undated_due,
    weekday_deadline,
    without_tentative,
)
from engine.importing.layouts.prose_facts import (
    EVERY_UNIT,
    UNIT_START,
    body_named,
    due_in,
    prints_date,
    sentence_asking,
)
from engine.importing.layouts.tables import expand_legend_codes
from engine.importing.model import RawItem, Warning
from engine.importing.recognition import Context, Recognised, lower
from engine.text import fold

_GIAO = re.compile(r"\b[Gg]iao\s+(?P<unit>[A-ZĐ][^.;:()]{2,90}?)\s+(?:chủ trì|chuẩn bị)\b")
_LEADER = re.compile(
    r"^(?P<leader>" + LEADER_TITLES + r"\b[^:;()]{0,90}?)\s*(?:[:,]\s*)?(?:chủ trì|dự|làm việc|tiếp)\b"
)
_BULLET = re.compile(r"^\s*[-–+•*]\s*")
_DASH = re.compile(r"^\s*[-–+•]")  # an entry's bullet; a note's "*" is none
# The label of an event's time in a record (`Giờ: 7 giờ 00`, `Thời gian: 14h00`).
_RECORD_TIME = re.compile(r"^(?:gio|thoi gian|thoi diem|buoi)$")
_END = re.compile(r"^(noi nhan|tm\.|kt\.|ghi chu\s*:|luu y\s*:|luu\s*:)")
# A note that ends the entries, after which a request to every body or a change of the calendar
# may still follow ("Ghi chú: Lịch có thể thay đổi …", then "Các phòng … trước 15h00 thứ Năm").
_NOTE_END = re.compile(r"^(ghi chu\s*:|luu y\s*:)")
# A change of the calendar moving an entry to another day ("… chiều thứ Tư (24/3) chuyển sang
# 14h00 thứ Năm (25/3)", "… dời sang 08h00 thứ Sáu (15/10)", "lùi đến …"), folded.
_MOVED_TO = re.compile(r"\b(?:chuyen|doi|lui|day)\s+(?:sang|den|toi|xuong|lai)\s+(?:vao\s+)?")
_SHORT_DAY = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.]\s*(\d{1,2})(?![\d])")
_YEAR = re.compile(r"\b(20\d{2})\b")
# A session label starting a later entry in the same line of a cell ("… (Sở Y tế chuẩn bị) Chiều: 14h00 - …").
_SESSION_AHEAD = re.compile(r"\s+(?=(?:Sáng|Chiều|Trưa|Tối)\s*:\s)")


def _year(ctx: Context) -> int | None:
    for block in ctx.document.blocks[:40]:
        texts = (
            [block.text] if isinstance(block, Paragraph) else [c.text for row in block.rows[:3] for c in row]
        )
        for text in texts:
            if "tuan" in fold(text) and (match := _YEAR.search(text)):
                return int(match.group(1))
    if ctx.year:
        return ctx.year
    period = ctx.period
    return period.start.year if period is not None else None


def leader_and_lead(text: str, note: str = "") -> tuple[str, str]:
    """(leader, preparing unit) an entry names."""
    leader = ""
    if match := _LEADER.match(_BULLET.sub("", text).strip()):
        leader = match.group("leader").strip(" ,-–")
    lead = preparing_unit(text)
    if not lead and (match := _GIAO.search(note)):
        lead = match.group("unit").strip(" ,")
    return leader, lead


_PLACE_HEADINGS = {"dia diem", "noi hop", "dia diem to chuc", "noi to chuc"}
# The label of an entry's field printed on a line of its own below the entry (a portal's `<div>`s, a
# page copied as text): who prepares it, its place, who attends, its transport, who chairs, folded.
_ENTRY_FIELD = re.compile(
    r"^(?:(?:(?:don vi|bo phan|co quan) )?chuan bi|(?:nguoi |bo phan |don vi )?phu trach"
    r"|dia diem(?: to chuc)?|noi (?:hop|to chuc)|thanh phan(?: (?:tham du|du hop|du))?|nguoi (?:tham du|du)"
    r"|phuong tien|chu tri|khach moi|moi|trang phuc)\s*:\s*\S"
)
# A calendar app's detail line under an event, marked by its icon instead of a label: the place
# (📍), the recurrence (↻, 🔁), the reminder (🔔, ⏰), the guests (👥). (Not 📌: a message's bullet.)
_DETAIL_ICON = re.compile(
    r"^[\U0001F4CD\u21BB\u27F3\U0001F501\U0001F504\U0001F514\u23F0\U0001F465\U0001F464]"
)


# A header naming a deadline, not a day: "Thời hạn", "Thời gian hoàn thành", "Hạn chót", "Tiến độ".
_DEADLINE_HEADER = re.compile(r"\b(?:hoan thanh|thoi han|han chot|han xu ly|tien do)\b")


class _Reader:
    def __init__(self, year: int | None, *, cells: bool = False, place_column: bool = False):
        self.year = year
        self.day: date | None = None
        self.days: set[date] = set()
        self.items: list[RawItem] = []
        self.warnings: list[Warning] = []
        # A table flattened to one cell per line (`cells`): an entry's lines run until the line
        # naming its leader; the line before that is its place where the header has a place column.
        self.cells = cells
        self.place_column = place_column
        self.weekday = ""  # a weekday line waiting for its date line
        self.open: list[tuple[str, int | None]] = []  # the lines of the entry being read
        self.leader_continues = False  # the leader line before ended with a comma
        self.bulleted_day = False  # the day has entries marked by a bullet or a time
        self.heading_above = False  # the block just read was a day heading (a day's own table may follow)
        self.frame = 0  # characters of header rows read as the calendar's structure, not entries
        self.notes_only = False  # past a closing note: only requests and changes of the calendar
        # Under a numbered part after the days ("III. CÔNG VIỆC KHÁC TRONG TUẦN"): the week's tasks,
        # each due at the deadline it prints ("trước 16g00 thứ Sáu (22/01)"), else the week's last day.
        self.week_part = False
        self.week_end: date | None = None  # the last day of the one week the title dates, if it does
        # The line before was an entry's (read or skipped) or one of its fields: a field line below
        # (`Chuẩn bị: <unit>`) is that entry's, given to `fields_to` (None: the entry was no item).
        self.after_entry = False
        self.fields_to: RawItem | None = None
        self.lead_guessed = False  # the lead of `fields_to` is the body its sentence opens with

    def set_day(self, text: str) -> bool:
        found = parse_day(text, year=self.year)
        if found is None or found.when is None:
            return False
        when = across_new_year(found.when, self.day or self.week_end, text)
        self.day = when
        self.days.add(when)
        return True

    def add(
        self,
        text: str,
        line: int | None,
        *,
        time: str = "",
        leader: str = "",
        lead: str = "",
        note: str = "",
        subject: bool = False,
        recurring: str = "",
        day: date | None = None,
    ):
        text = " ".join(_BULLET.sub("", text).split())
        found_time, rest = parse_time(text)
        time = time or found_time
        text = rest.strip(" :-–") if found_time else text
        text, _tentative = without_tentative(text)
        if day is None and self.week_part and _DEADLINE_WORD.search(fold(text)):
            deadline = due_in(text)
            found = parse_day(deadline, year=self.year) if deadline and prints_date(deadline) else None
            day = found.when if found is not None else weekday_deadline(text, self.days)
        if self.week_part and not lead and (closing := _unit_then_time(text)):
            # `- <task> (P.TC-KT), trước T4.`: the unit in parentheses before the entry's own time
            # leads it; a time that recurs (`chiều T6 hằng tuần`) makes it recurring
            lead = closing[0]
            if day is None and not recurring and recurs(closing[1]):
                recurring = closing[1]
        day = day or self.day
        if day is not None and not recurring and (span := day_span(text, year=self.year)) and span[0] == day:
            # `Tham gia Đoàn công tác … (từ ngày 08/12 đến ngày 12/12/2026)` on Tuesday 08/12: the
            # entry runs from its day to the run's end, due then (its last day, as a row's several
            # dates are). A run that starts on another day (`báo cáo tình hình từ 01/12 đến 07/12`,
            # the period a report covers) is no length of the entry: it stays on its day.
            day = span[1]
        if (day is None and not recurring) or len(text) < 4 or is_not_task(text):
            return
        own_leader, own_lead = leader_and_lead(text, note)
        if subject and not (lead or own_lead):  # a calendar of lines: the body that acts leads
            own_lead = acting_body(text)
        content, fields = labelled_content(text)  # "Nội dung: … . Thành phần: … . Chuẩn bị: …"
        if fields:
            note = "; ".join(part for part in (note, fields) if part)
        due = recurring or f"{day:%d/%m/%Y}" + (f" ({time})" if time else "")
        if attended_with(content, due, lead or own_lead, self.items):
            return  # under a second leader of a calendar grouped by leader: the first one's item
        self.items.append(
            RawItem(
                content=content,
                line=line,
                lead=lead or own_lead,
                leader=leader or own_leader,
                due=due,
                note=note,
                reasons=[],
            )
        )

    def table(self, table: Table) -> None:
        if (grid := _weekday_columns(table, self.year)) is not None:
            self.weeks_as_rows(table, *grid)
            return
        header = classify(table)
        day_column = self._day_column(table, header)
        if day_column is None and self.days:
            day_column = _standing_column(table, header)
        under_heading, self.heading_above = self.heading_above, False
        first = header.rows if header else 0
        if (found := _session_columns(table, first, day_column or 0)) and (
            day_column is not None or self._dated_cells(table, found[0], 0) >= 2
        ):
            # The header classifier may take a short calendar's first day row for a header row.
            self.sessions_as_columns(table, *found, day_column or 0)
            return
        if day_column is None:
            if (found := self._day_header(table)) is not None:
                self.days_as_columns(table, *found)
                return
            # One table per day, under its day heading ("THỨ HAI (15/3/2027)" over "Thời gian |
            # Nội dung | …"): its rows are that day's entries, the day in no column.
            if not (under_heading and header is not None and "content" in header.roles):
                return
            self.bulleted_day = True  # the day's entries are its table's: no paragraph after is one
            # Its header, repeated over every day's table, is read as the calendar's frame.
            self.frame += sum(len(c.text.strip()) for r in table.rows[: header.rows] for c in r)
        roles = dict(header.roles) if header else {}
        first = header.rows if header else 0
        if header is not None:
            _people_column_leads(table, header, roles)
        time_column = self._time_column(table, first, day_column)
        content_column = roles.get("content")
        if content_column in (day_column, time_column) or content_column is None:
            widths = [
                sum(len(table.rows[r][c].text) for r in range(first, len(table.rows)))
                if c not in (day_column, time_column)
                else -1
                for c in range(table.width)
            ]
            content_column = max(range(table.width), key=widths.__getitem__)
        week_column = self._week_column(table, first, day_column)
        joined_below = False
        for index in range(first, len(table.rows)):
            if joined_below:  # the lower half of a row cut by a page break, read with its upper half
                joined_below = False
                continue
            row = table.rows[index]
            if joined_below := _cut_by_page(table, index, day_column):
                row = _joined_row(row, table.rows[index + 1])
            line = table.row_lines[index] if index < len(table.row_lines) else None
            if self._closing_note_row(row, line):
                continue
            if self.items and (note := note_row([c.text for c in row if c.merged_from is None])):
                # a note typed under the entries in a cell of its own: no entry, though a request
                # by a deadline is an item
                self.closing_request(note, line)
                continue
            if (
                self.items
                and (lone := _lone_request(row, day_column))
                and self.closing_request(lone, line, closing=True)
            ):
                continue  # a spreadsheet's line under its table asking every unit by a day of its own
            day_cell = " ".join(row[day_column].text.split()) if day_column is not None else ""
            # A cell naming no day: "Hằng tuần" (that row recurs), "Cả tháng" (the month of the
            # days above, due on its last day).
            recurring = ""
            row_day = self._row_day(table, index, day_column, week_column, day_cell)
            if row_day is not None:
                pass
            elif week_column is not None and not day_cell and row[day_column].merged_from is None:
                # Under a week cell naming no range ("Cả tháng" left of an empty day cell).
                week = _origin_text(table, index, week_column)
                month = (self.day.year, self.day.month) if self.day is not None else (None, None)
                recurring = undated_due(week, *month)
                if not recurring:
                    continue
            elif day_cell and not self.set_day(day_cell):
                month = (self.day.year, self.day.month) if self.day is not None else (None, None)
                recurring = undated_due(day_cell, *month)
            content = row[content_column].text
            if not content.strip() or row[content_column].merged_from is not None:
                continue

            def cell(role: str, row=row) -> str:
                column = roles.get(role)
                if column is None or column in (day_column, time_column, content_column):
                    return ""
                return " ".join(row[column].text.split())

            time = " ".join(row[time_column].text.split()) if time_column is not None else ""
            note = cell("note")
            if day_column is None:  # a day's own table: its other labelled cells (participants, place)
                others = _other_cells(header, row, roles, time_column)
                note = "; ".join(part for part in [note, *others] if part)
            leader, lead = cell("leader"), cell("lead")
            if names_leader(lead):  # a "Chủ trì" column naming who chairs
                leader, lead = leader or lead, ""
            if names_another_paper(lead):  # `Theo giấy mời`: the invitation says who prepares
                lead = ""
            if leader and not lead:  # "Đ/c Lan PCT P. TCKH": the leader, then the office with them
                leader, lead = split_leader_unit(leader)
            for part in _entries(content):
                details = {"time": time, "leader": leader, "lead": lead, "note": note}
                self.add(part, line, **details, recurring=recurring, day=row_day)
        if day_column is not None:
            self.day = None  # the table's rows carry their days: the paragraphs after it are none of them

    def sessions_as_columns(
        self, table: Table, first: int, sessions: dict[int, str], day_column: int
    ) -> None:
        """A calendar whose sessions are its columns (`Thứ, ngày | Buổi sáng | Buổi chiều`): each
        cell holds that day's entries of that session, one to a paragraph or a dash line; a cell
        merged across both sessions is read once (the whole day's entry). The column's session and
        the entry's own clock are its time; each entry's lead is the unit it names as preparing."""
        for index in range(first, len(table.rows)):
            row = table.rows[index]
            line = table.row_lines[index] if index < len(table.row_lines) else None
            day_cell = " ".join(row[day_column].text.split())
            if day_cell and row[day_column].merged_from is None and not self.set_day(day_cell):
                across = " ".join(row[0].text.split())
                if self.items and self.closing_request(across, line):
                    continue
            for column, session in sessions.items():
                cell = row[column]
                if cell.merged_from is not None or not cell.text.strip():
                    continue
                if any(row[other].merged_from == (index, column) for other in sessions if other != column):
                    session = ""  # a cell merged across the sessions: the whole day, its own time
                for entry in _entries("\n".join(cell.parts) if cell.parts else cell.text):
                    clock, rest = parse_time(_BULLET.sub("", entry).strip())
                    text = rest.strip(" :-–") if clock else entry
                    self.add(text, line, time=" ".join(t for t in (session, clock) if t))
        self.day = None

    def _closing_note_row(self, row, line) -> bool:
        """Whether a row is a note merged across the table under its entries ("Ghi chú: Các khoa,
        phòng đăng ký lịch tháng sau … trước ngày 25/01"), read as a closing request, as a note
        after the table is: a line under the entries (`closing`), so an unlabelled remark closed by
        a full stop before the request (`Lịch công tác có thể điều chỉnh …. Các phòng gửi đăng ký
        lịch tuần sau … trước 15 giờ thứ Năm hằng tuần.`) is left out as after a label."""
        return bool(
            self.items
            and len(row) > 2
            and all(cell.merged_from is not None for cell in row[1:])
            and self.closing_request(" ".join(row[0].text.split()), line, closing=True)
        )

    def weeks_as_rows(self, table: Table, header_row: int, columns: list[int]) -> None:
        """A month laid out as a wall calendar: a row per week, a column per weekday (`Thứ Hai` …
        `Chủ nhật`, a week label left of them), each cell its day (`01/11`, `1/3`) on its first line
        over that day's entries, one to a line (a cell holding only its day is a day with none). An
        entry's unit in closing parentheses (`… (Khoa Dược)`, the calendar's `Đơn vị chuẩn bị ghi
        trong ngoặc`) prepares it: its lead. A note merged across under the weeks asking every
        unit for something by a day is an item without a lead, as under any calendar."""
        for index in range(header_row + 1, len(table.rows)):
            row = table.rows[index]
            line = table.row_lines[index] if index < len(table.row_lines) else None
            if self._closing_note_row(row, line):
                continue
            for column in columns:
                cell = row[column]
                lines = list(cell.parts) or [cell.text]
                if cell.merged_from is not None or not (day := _GRID_DAY.match(lines[0].strip())):
                    continue
                if not self.set_day(day.group(1)):
                    continue
                lines[0] = lines[0].strip()[day.end() :]
                for entry in _entries("\n".join(lines)):
                    self.add(entry, line, lead=_closing_unit(entry))
        self.day = None

    def _dated_cells(self, table: Table, first: int, column: int) -> int:
        """How many cells of a column from row `first` on name a dated day."""
        return sum(
            _is_dated(parse_day(" ".join(row[column].text.split()), year=self.year))
            for row in table.rows[first:]
            if row[column].merged_from is None and 0 < len(row[column].text.strip()) <= 40
        )

    def _week_column(self, table: Table, first: int, day_column: int | None) -> int | None:
        """A column left of the day column whose cells group the days by week, merged down over
        them ("30/8 - 05/9", "Tuần 1 (06/9 - 11/9)", a last "Cả tháng"): most of its cells print a
        range of days and one at least spans rows. None otherwise."""
        for column in range(day_column or 0):
            origins = [
                (index, " ".join(table.rows[index][column].text.split()))
                for index in range(first, len(table.rows))
                if table.rows[index][column].merged_from is None
            ]
            origins = [(index, text) for index, text in origins if text]
            ranges = sum(day_span(text, year=self.year) is not None for _index, text in origins)
            spans_rows = any(
                cell.merged_from is not None and cell.merged_from[0] >= first
                for row in table.rows[first:]
                for cell in row[column : column + 1]
            )
            if origins and ranges >= 2 and ranges >= len(origins) / 2 and spans_rows:
                return column
        return None

    def _row_day(
        self, table: Table, index: int, day_column: int | None, week_column: int | None, day_cell: str
    ) -> date | None:
        """The day a row is due where its day cell names no day of its own: a deadline ("Trước
        25/9": that day), or, under a week cell, nothing or the whole week ("Cả tuần", "Trong
        tuần": the week's last day); "Cả tuần" with no week cell, in a calendar whose title dates one
        week, that week's last day. None where the day cell is read as a day (or carried down)."""
        if day_column is None:
            return None
        if day_cell and (found := deadline_day(day_cell, year=self.year)) is not None and found.when:
            self.days.add(found.when)
            return found.when
        merged = table.rows[index][day_column].merged_from is not None
        if week_column is None and not merged and is_whole_week(day_cell) and self.week_end is not None:
            return self.week_end  # `Cả tuần` in the calendar of the one week its title dates: its last day
        if week_column is None or merged or (day_cell and not is_whole_week(day_cell)):
            return None
        span = day_span(_origin_text(table, index, week_column), year=self.year)
        return span[1] if span else None

    def _day_header(self, table: Table) -> tuple[int, dict[int, date]] | None:
        """(row, {column: day}) of a calendar whose days are its columns: a row among the first
        eight whose cells after the first name two dated days or more (`Thứ Hai` / `12/10`,
        `Thứ Ba (13/10)`) and little else; None otherwise."""
        for index in range(min(8, len(table.rows) - 1)):
            days: dict[int, date] = {}
            filled = 0
            for column in range(1, table.width):
                cell = table.rows[index][column]
                text = " ".join(cell.text.split())
                if cell.merged_from is not None or not text:
                    continue
                filled += 1
                if len(text) <= 40 and not is_day_range(text):
                    found = parse_day(text, year=self.year)
                    if _is_dated(found):
                        days[column] = found.when
            if len(days) >= 2 and len(days) >= filled * 0.75:
                return index, days
        return None

    def days_as_columns(self, table: Table, header_row: int, days: dict[int, date]) -> None:
        """A calendar printed with the days as columns and the people (leaders) as rows: each cell
        holds that row's entries of that column's day. The row's label is the leader, never the
        lead; an entry merged over several days is due on the last of them."""
        self.days.update(days.values())
        for index in range(header_row + 1, len(table.rows)):
            row = table.rows[index]
            leader = " ".join(row[0].text.split()) if row[0].merged_from is None else ""
            line = table.row_lines[index] if index < len(table.row_lines) else None
            for column in days:
                cell = row[column]
                if cell.merged_from is not None or not cell.text.strip():
                    continue
                last = max(
                    (
                        c
                        for c in days
                        if c >= column and (c == column or row[c].merged_from == (index, column))
                    ),
                    default=column,
                )
                self.day = days[last]
                # A spreadsheet's cell may hold its lines run together: `… chuẩn bị) Chiều: 14h00 - …`.
                parts = [p for entry in _entries(cell.text) for p in _SESSION_AHEAD.split(entry)]
                for part in parts:
                    session, rest = parse_time(_BULLET.sub("", part).strip())
                    clock, after = parse_time(rest.strip(" :-–")) if session else ("", rest)
                    time = " ".join(t for t in (session, clock) if t)
                    text = after.strip(" :-–") if clock else (rest.strip(" :-–") if session else part)
                    self.add(text, line, time=time, leader=leader)
        self.day = None

    def _day_column(self, table: Table, header) -> int | None:
        """The first or second column when most of its filled cells are short day cells; never the
        numbering column ("1.1", "2.2" are no days), a form's submission times, nor a column of
        ranges ("10/8 - 21/11": a schedule's periods, read by tables.py)."""
        ref = header.roles.get("ref") if header is not None else None
        body = table.rows[header.rows if header is not None else 0 :]  # not the title lines above
        for column in range(min(2, table.width)):
            if column == ref or (header is not None and header.roles.get("context") == column):
                continue  # the numbering, or a form's submission times ("Dấu thời gian"): no days
            if header is not None and header.roles.get("due") == column:
                printed = fold(" ".join(table.rows[r][column].text for r in range(header.rows)))
                if _DEADLINE_HEADER.search(printed):
                    continue  # "Thời hạn hoàn thành" over dates: a task table's deadlines, not days
            cells = [row[column].text.strip() for row in body if row[column].merged_from is None]
            cells = [text for text in cells if text]
            days = [text for text in cells if len(text) <= 40 and _is_dated(parse_day(text, year=self.year))]
            if sum(is_day_range(text) for text in days) > len(days) / 2:
                continue
            day_rows = [row for row in body if _day_text(row, column, self.year)]
            if column and day_rows and all(_spans_after_empty_time(row, column) for row in day_rows):
                # `| | THỨ HAI (11/01/2027) ⟶ |` over `| 07h30 | Giao ban … |`: the days are rows spanning
                # the entries' columns after an empty time cell (tables.py reads them), not a day column
                continue
            # A plan's time column ("Trước 25/10", "01/11 - 15/11", "Tuần 1 tháng 11 (02 - 07/11)",
            # "10/11"): deadlines and spans among its days make it a task table's, not a calendar's.
            spans = [text for text in cells if _TASK_TIME.match(fold(text)) or is_day_range(text)]
            if len(spans) >= 2 and len(spans) >= len(cells) / 3:
                continue
            if len(days) >= 2 and len(days) >= len(cells) * 0.4:
                return column
        return None

    @staticmethod
    def _time_column(table: Table, first: int, day_column: int) -> int | None:
        for column in range(table.width):
            if column == day_column:
                continue
            values = [table.rows[r][column].text.strip() for r in range(first, len(table.rows))]
            values = [v for v in values if v]
            timed = [v for v in values if len(v) <= 25 and parse_time(v)[0]]
            if values and len(timed) > len(values) / 2:
                return column
        return None

    def paragraph(self, paragraph: Paragraph, session: list[str]) -> None:
        if paragraph.style == "record":
            self.heading_above = False
            self.record(paragraph)
            return
        for text in paragraph.text.split("\n"):
            if stripped := text.strip():
                self.line(stripped, paragraph.line, session)

    def line(self, stripped: str, line: int | None, session: list[str]) -> None:
        weekday, self.weekday = self.weekday, ""
        after_entry, self.after_entry = self.after_entry, False
        if (
            after_entry
            and not self.cells
            and (_ENTRY_FIELD.match(fold(stripped)) or _DETAIL_ICON.match(stripped))
        ):
            self.entry_field(stripped)
            return
        self.heading_above = False
        if weekday and is_bare_date(stripped):  # "Thứ hai" / "14/6": one day heading on two lines
            stripped = f"{weekday} {stripped}"
        if is_weekday(stripped):
            self.flush(session)
            self.weekday = stripped
            return
        if is_day_heading(stripped):
            self.flush(session)
            if self.set_day(stripped):
                session[0] = ""
                self.bulleted_day = False
                self.heading_above = True
                self.week_part = False
            return
        if self.days and _WEEK_PART.match(stripped) and not parse_time(_WEEK_PART.sub("", stripped))[0]:
            self.flush(session)  # the week's other tasks after its days: the week's last day
            self.day, self.week_part, self.bulleted_day, session[0] = max(self.days), True, True, ""
            return
        # (a line after the table, no day open: a closing line, read from its request after a remark)
        after_table = self.day is None
        if (
            self.items
            and not self.cells
            and (self.closing_request(stripped, line, closing=after_table) or self.moved(stripped))
        ):
            return
        if self.notes_only:
            return
        own_day, after = leading_day(_BULLET.sub("", stripped))
        if (
            own_day
            and not is_day_heading(after)  # "Thứ Bảy, ngày 15/5 – Chủ nhật, ngày 16/5": a weekend's line
            and (found := parse_day(own_day, year=self.year)) is not None
            and found.when
        ):
            # An entry printed with its own day ("- Thứ Sáu 04/12, 09h30: …", a supplement after
            # the week, or every line of a calendar grouped by leader): due on that day, whatever
            # heading is above it.
            self.days.add(found.when)
            self.add(after, line, subject=True, day=found.when)
            return
        time, rest = parse_time(_BULLET.sub("", stripped))
        if time and not rest.strip(" :-–"):
            self.flush(session)
            session[0] = time  # "Sáng:" alone heads the entries below
            return
        if self.day is None:
            return
        if self.cells:
            self.cell(stripped, line, session)
            return
        read = len(self.items)
        if _BULLET.match(stripped) or time:
            self.bulleted_day = True
            self.add(stripped, line, time="" if time else session[0], subject=True)
        elif not self.bulleted_day and len(stripped) >= 15:
            self.add(
                stripped, line, time=session[0], subject=True
            )  # a day whose entries are plain paragraphs
        else:
            return
        self.after_entry = True
        item = self.fields_to = self.items[-1] if len(self.items) > read else None
        self.lead_guessed = item is not None and item.lead == acting_body(item.content)

    def entry_field(self, text: str) -> None:
        """A field of the entry above on a line of its own: the unit that prepares it (or is in
        charge) leads it where its sentence named none, or only the body it opens with; the others
        (place, who attends, transport) are its note. The fields of an entry that is no item (called
        off, the leader at the office) go with it."""
        self.after_entry = True
        item = self.fields_to
        if item is None:
            return
        unit = preparing_unit(text)
        if unit and (not item.lead or self.lead_guessed):
            item.lead, self.lead_guessed = unit, False
        else:
            item.note = "; ".join(part for part in (item.note, text.strip()) if part)

    def moved(self, text: str) -> bool:
        """A note that moves an entry read above to another day ("Buổi làm việc với Hợp tác xã …
        của đồng chí … chiều thứ Tư (24/3) chuyển sang 14h00 thứ Năm (25/3)"): the entry whose day
        the note prints before the move and whose words it repeats is due on the new day (with its
        new time); the note (marked "*" or not, never a dashed entry) is no item. False where the
        note moves nothing read."""
        folded = fold(text)
        if _DASH.match(text) or not (move := _MOVED_TO.search(folded)):
            return False
        time, rest = parse_time(text[move.end() :].strip())
        found = parse_day(rest if time else text[move.end() :], year=self.year)
        if found is None or found.when is None:
            return False
        before = text[: move.start()]
        printed = {(int(d), int(m)) for d, m in _SHORT_DAY.findall(before)}
        candidates = [
            (shared_run(item.content, before), position)
            for position, item in enumerate(self.items)
            if (day := _due_day(item.due)) is not None and (day.day, day.month) in printed
        ]
        run, position = max(candidates, default=(0, -1))
        if run < SHARED_RUN:
            return False
        item = self.items[position]
        item.due = f"{found.when:%d/%m/%Y}" + (f" ({time})" if time else "")
        item.note = "; ".join(part for part in (item.note, text.strip(" *")) if part)
        self.days.add(found.when)
        return True

    def closing_request(self, text: str, line: int | None, *, closing: bool = False) -> bool:
        """A note after the entries (a block quote's "> " dropped) that asks every body of a kind
        for something by a deadline of its own ("Các cơ quan, đơn vị … gửi về Văn phòng … trước
        15h00 thứ Năm hằng tuần", "Đề nghị các phòng … trước ngày 20/12"): an item with no lead,
        due as printed (recurring where it recurs). Notes that set no deadline ("… theo dõi
        hằng ngày") are none."""
        if (item := closing_request_item(text, line, closing=closing)) is None:
            return False
        self.items.append(item)
        return True

    def record(self, paragraph: Paragraph) -> None:
        """One event printed as `label: value` pairs (a page's definition list, read_html): the
        content, time, preparing unit and chairing leader by their labels, the rest a note. The
        preparing unit leads; a chair field leads only where it names a body and none prepares."""
        content = time = lead = chair = ""
        notes: list[str] = []
        for text in paragraph.text.split("\n"):
            label, colon, value = (part.strip() for part in text.partition(":"))
            if not colon or not value or len(label.split()) > 5:
                continue
            folded = fold(label)
            scores = role_scores(label)
            role = max(scores, key=scores.get) if scores else ""
            if role == "content" and not content:
                content = value
            elif (_RECORD_TIME.match(folded) or role == "due") and not time:
                time = value
            elif "chuan bi" in folded and not lead:
                lead = value
            elif role in ("lead", "leader") and not chair:
                chair = value
            else:
                notes.append(f"{label}: {value}")
        if self.day is None or not content:
            return
        self.bulleted_day = True  # the day's other paragraphs (a footer) are no entries
        leader = ""
        if chair and (names_leader(chair) or not UNIT_START.match(fold(chair))):
            leader = chair
        elif chair and not lead:
            lead = chair
        self.add(content, paragraph.line, time=time, leader=leader, lead=lead, note="; ".join(notes))

    def cell(self, text: str, line: int | None, session: list[str]) -> None:
        """One cell of a flattened table row: content, place, or the leader who ends the row."""
        if self.leader_continues:  # "Chủ tịch," / "các Phó Chủ tịch liên quan"
            self.leader_continues = text.endswith(",")
            return
        if names_leader(text) and self.open:
            self.flush(session, leader=text.rstrip(" ,"))
            self.leader_continues = text.endswith(",")
            return
        self.open.append((text, line))

    def flush(self, session: list[str], *, leader: str = "") -> None:
        """The entry whose lines have been read: its content lines, less the place before its leader."""
        lines, self.open, self.leader_continues = self.open, [], False
        if leader and self.place_column and len(lines) >= 2:
            lines = lines[:-1]
        if lines:
            self.add(" ".join(text for text, _line in lines), lines[0][1], time=session[0], leader=leader)


def _flattened(blocks) -> tuple[bool, bool]:
    """(a table flattened to one cell per line, its header names a place column): session cells
    ("Sáng", "Chiều") and leader cells ("PCT Lê Văn A") on lines of their own, two of each or more."""
    lines = [
        line.strip() for block in blocks if isinstance(block, Paragraph) for line in block.text.split("\n")
    ]
    sessions = sum(is_session(line) for line in lines)
    leaders = sum(names_leader(line) and len(line) <= 60 for line in lines)
    first_day = next((i for i, line in enumerate(lines) if is_weekday(line) or is_day_heading(line)), 0)
    place = any(fold(line).strip(" :") in _PLACE_HEADINGS for line in lines[:first_day])
    return sessions >= 2 and leaders >= 2, place


def _people_column_leads(table: Table, header, roles: dict[str, int]) -> None:
    """A lead column that names people ("Chủ trì": "PGĐ Trần Thị Mai") holds the leaders; the
    unit is then the best other column headed like a lead ("Đơn vị chuẩn bị"), if any."""
    column = roles.get("lead")
    if column is None:
        return
    cells = [" ".join(row[column].text.split()) for row in table.rows[header.rows :]]
    cells = [text for text in cells if text]
    if not cells or sum(chair_cell_names_person(text) for text in cells) <= len(cells) / 2:
        return
    del roles["lead"]
    roles.setdefault("leader", column)
    taken = set(roles.values())
    scored = [
        (score, c)
        for c, label in enumerate(header.labels)
        if c not in taken and (score := role_scores(label.split(" / ")[-1]).get("lead", 0.0)) > 0
    ]
    if scored:
        roles["lead"] = max(scored)[1]


def _standing_column(table: Table, header) -> int | None:
    """The first or second column of a calendar's standing schedule, a table after its dated days
    (`Lịch cố định trong quý`: `Thời gian | Nội dung | Chủ trì | Đơn vị chuẩn bị`) whose every time
    cell is a round (`Chiều thứ Sáu hằng tuần`, `Hằng tháng`) or daily (`Hằng ngày`), one a round at
    least: read as the day column, each row due at its round (undated_due), a daily row no entry (a
    leaders' calendar's daily line is a duty roster or the office's routine). None where the table
    has no content column or a cell names no round: a task table's deadlines are tables.py's, and a
    table of rounds before any dated day is no calendar's (the caller asks only after days)."""
    from engine.deadlines.parsing import parse_due

    if header is None or "content" not in header.roles:
        return None
    for column in range(min(2, table.width)):
        if column in (header.roles.get("ref"), header.roles.get("content")):
            continue
        cells = [" ".join(row[column].text.split()) for row in table.rows[header.rows :]]
        cells = [text for text in cells if text]
        rounds = [text for text in cells if len(text) <= 40 and recurs(text)]
        daily = [
            text for text in cells if len(text) <= 40 and parse_due(text, year=2000).recurrence == "ongoing"
        ]
        if rounds and len(rounds) + len(daily) == len(cells):
            return column
    return None


# A column headed by a session of the day ("Buổi sáng", "Sáng", "Chiều", "Buổi tối"), folded.
_SESSION_HEADER = re.compile(r"^(?:buoi\s+)?(?P<session>sang|chieu|toi|trua)$")


_SESSION_NAMES = {"sang": "Sáng", "chieu": "Chiều", "toi": "Tối", "trua": "Trưa"}


def _session_columns(table: Table, first: int, day_column: int) -> tuple[int, dict[int, str]] | None:
    """(first body row, {column: session}) of a calendar whose columns after the day column are all
    headed by a session of the day (`Buổi sáng | Buổi chiều`, `Sáng | Chiều`), two or more: the
    header row is one of the first few (whatever rows the header classifier took); None else."""
    for index in range(min(max(first, 1), 4, len(table.rows))):
        found: dict[int, str] = {}
        for column in range(day_column + 1, table.width):
            label = fold(" ".join(table.rows[index][column].text.split())).strip(" :")
            if m := _SESSION_HEADER.match(label):
                found[column] = _SESSION_NAMES[m.group("session")]
        if len(found) >= 2 and len(found) == table.width - day_column - 1:
            return index + 1, found
    return None


# A wall calendar's cell: its day first (`01/11`, `1/3`, `05/3/2028`), its entries after.
_GRID_DAY = re.compile(r"(\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?)(?![\d/])\s*")
# An entry's closing parenthesis (`… (Khoa Dược).`): a unit's name in it is the preparing unit.
_CLOSING_PARENTHESIS = re.compile(r"\(([^()]{3,80})\)\s*\.?\s*$")


# A week's other task closing on its unit in parentheses and its own time after a comma (`… (P.TC-KT),
# trước T4.`, `… (Phòng Tổng hợp), chiều thứ Sáu hằng tuần.`).
_UNIT_THEN_TIME = re.compile(r"\((?P<unit>[^()]{2,80})\)\s*,\s*(?P<time>[^(),]{2,60}?)\s*[.;]?\s*$")
# A unit's code as a legend spells it out (`P.TC-KT`, `P.PC-TTr`, `VP`): capitals, dots, dashes.
_UNIT_CODE = re.compile(r"[A-ZĐ][A-ZĐa-z]?(?:[.\-]?[A-ZĐ][A-ZĐa-z]*)+")


def _unit_then_time(entry: str) -> tuple[str, str] | None:
    """(unit, time) of an entry ending `(<unit>), <time>` where the parenthesis names a unit or
    a unit's code and the time is one (a deadline, a weekday, a recurrence); None otherwise."""
    from engine.importing.units import names_a_unit

    if (match := _UNIT_THEN_TIME.search(entry)) is None:
        return None
    unit, time = match.group("unit").strip(), match.group("time").strip()
    if not (names_a_unit(unit) or _UNIT_CODE.fullmatch(unit)):
        return None
    folded = fold(time)
    if not (_DEADLINE_WORD.search(folded) or recurs(time) or is_weekday(time) or prints_date(time)):
        return None
    return unit, time


def _closing_unit(entry: str) -> str:
    """The unit an entry's closing parenthesis names (`(Phòng Quản lý chất lượng)`), else ""."""
    from engine.importing.units import names_a_unit

    if (match := _CLOSING_PARENTHESIS.search(entry)) and names_a_unit(unit := match.group(1).strip()):
        return unit
    return ""


# A weekday as a wall calendar's header prints it short (`T2` … `T7`; `CN` is a weekday anyway).
_SHORT_WEEKDAY = re.compile(r"t\.?\s?[2-7]")


def _weekday_columns(table: Table, year: int | None) -> tuple[int, list[int]] | None:
    """(header row, the weekday columns) of a month laid out as a wall calendar: a row among the
    first eight naming five weekdays or more (`Thứ Hai` … `Chủ nhật`, `T2` … `CN`) and at most
    one other cell (`Tuần`), over cells that open with their day (two at least); None else."""
    for index in range(min(8, len(table.rows) - 1)):
        texts = [
            (column, " ".join(cell.text.split()))
            for column, cell in enumerate(table.rows[index])
            if cell.merged_from is None and cell.text.strip()
        ]
        columns = [c for c, text in texts if is_weekday(text) or _SHORT_WEEKDAY.fullmatch(fold(text))]
        if len(columns) < 5 or len(texts) - len(columns) > 1:
            continue
        dated = sum(
            bool(_GRID_DAY.match(text := (row[column].parts or (row[column].text,))[0].strip()))
            and _is_dated(parse_day(_GRID_DAY.match(text).group(1), year=year))
            for row in table.rows[index + 1 :]
            for column in columns
            if row[column].merged_from is None
        )
        return (index, columns) if dated >= 2 else None
    return None


def _other_cells(header, row, roles: dict[str, int], time_column: int | None) -> list[str]:
    """A row's cells that no role reads ("Thành phần", "Địa điểm"), as "<label>: <value>"."""
    taken = {*roles.values(), time_column}
    return [
        f"{label}: {text}"
        for column, label in enumerate(header.labels)
        if column not in taken and label and (text := " ".join(row[column].text.split()))
    ]


def _cut_by_page(table: Table, index: int, day_column: int | None) -> bool:
    """Whether a row and the one below are one entry cut where the page broke: its day cell is a
    weekday alone (`Thứ Bảy`) and the cell below a date alone (`12/12`), the day cell's two lines on
    either side of the break, as a PDF prints a row that runs onto the next page."""
    if day_column is None or index + 1 >= len(table.rows):
        return False
    here, below = table.rows[index][day_column], table.rows[index + 1][day_column]
    return (
        here.merged_from is None
        and below.merged_from is None
        and is_weekday(here.text)
        and is_bare_date(below.text)
    )


def _lower_half(upper: list[Cell], lower: list[Cell]) -> bool:
    """Whether a headerless table's first row is the lower half of the row above the page break:
    its first cell (the day's) empty, and every cell with text going on a cell with text above it in
    lower case (`vụ việc tháng 11` under `Họp xét hồ sơ xử phạt vi phạm hành chính 03`), as a
    sentence runs on. A row with a day, or any cell opening in capitals or digits, is a row of its
    own."""
    texts = [cell.text.strip() for cell in lower]
    if texts[0] or not any(texts) or any(cell.merged_from is not None for cell in lower):
        return False
    return all(
        not text or (text[0].isalpha() and text[0].islower() and above.text.strip())
        for text, above in zip(texts, upper, strict=True)
    )


def _continues_calendar(upper: Table, lower: Table) -> bool:
    """Whether a table goes on the calendar table before it across a page break, its header not
    repeated: as wide, no header of its own, under a table whose header names its columns' roles
    (the entries' among them). A table with its own header is read on its own."""
    if classify(lower) is not None:
        return False
    header = classify(upper)
    return header is not None and "content" in header.roles


def _page_cut_tables_joined(blocks: list) -> list:
    """The blocks with a table that a page break cut in two read as one: a table whose first row's
    cell is a date alone (`12/12`) under the weekday alone (`Thứ Bảy`) that closes the table just
    before it, in the same column of a table as wide, is that row's lower half (`_cut_by_page`); a
    table as wide with no header of its own under a calendar's headed table goes on it
    (`_continues_calendar`), its first row read with the last one above when it is that row's lower
    half (`_lower_half`), so its entries keep the columns' roles (the preparing unit's lead)."""
    joined: list = []
    for block in blocks:
        upper = joined[-1] if joined else None
        if not (
            isinstance(block, Table)
            and isinstance(upper, Table)
            and block.rows
            and upper.rows
            and block.width == upper.width
            and not block.sheet
            and not upper.sheet
        ):
            joined.append(block)
            continue
        cut = any(
            _cut_by_page(Table(rows=[upper.rows[-1], block.rows[0]]), 0, column)
            for column in range(block.width)
        )
        if not cut and not _continues_calendar(upper, block):
            joined.append(block)
            continue
        if not cut and _lower_half(upper.rows[-1], block.rows[0]):
            upper = replace(upper, rows=[*upper.rows[:-1], _joined_row(upper.rows[-1], block.rows[0])])
            block = replace(
                block,
                rows=block.rows[1:],
                row_lines=block.row_lines[1:],
                row_refs=block.row_refs[1:],
                row_widths=block.row_widths[1:],
            )
        joined[-1] = replace(
            upper,
            rows=upper.rows + block.rows,
            row_lines=upper.row_lines + block.row_lines,
            row_refs=upper.row_refs + block.row_refs,
            row_widths=upper.row_widths + block.row_widths
            if len(upper.row_widths) == len(upper.rows) and len(block.row_widths) == len(block.rows)
            else [],
        )
    return joined


def _joined_row(upper: list[Cell], lower: list[Cell]) -> list[Cell]:
    """One row of a row cut by a page break: each cell's text above the break, then below it."""
    return [
        a if b.merged_from is not None else replace(a, text=" ".join(f"{a.text} {b.text}".split()), parts=())
        for a, b in zip(upper, lower, strict=True)
    ]


def closing_request_item(text: str, line: int | None, *, closing: bool = False) -> RawItem | None:
    """A note after a calendar's entries (a block quote's "> " and a note's label dropped) that asks
    every body of a kind for something by a deadline of its own: an item with no lead, due as
    printed (recurring where it recurs); None for any other note. A labelled note whose request
    follows a remark of its own ("Ghi chú: Lịch có thể thay đổi, Văn phòng sẽ thông báo bổ sung. Các
    phòng, ban, ngành đăng ký lịch công tác tuần sau … trước 15h00 thứ Năm hằng tuần.") is that
    request, from the sentence that addresses every body to the note's end (corpus README, "Closing
    reporting requests": the item starts at the request's own sentence); a remark with no such later
    sentence is none. An unlabelled line is read whole, except a `closing` one (a line alone under
    the table's entries, a paragraph after the table): there a remark that is a sentence of its own,
    closed by a full stop (`Lịch có thể thay đổi theo chỉ đạo của UBND xã. Các bộ phận đăng ký …
    trước 16 giờ thứ Sáu ngày 18/12/2026.`), is left out as after a label; a remark closed by `;`
    is a clause of the request's sentence; a line under a day (an entry's), a bulleted or timed
    line, and one opening with a unit (`Văn phòng tổng hợp … . Các phòng …`) stay whole."""
    text = text.lstrip("> ").strip()
    if label := _NOTE_LABEL.match(fold(text)):  # "Ghi chú: Các phòng …", "Lưu ý: …"
        text = _request_sentence(text[label.end() :])
    elif closing and not (
        _BULLET.match(text) or parse_time(text)[0] or UNIT_START.match(fold(text)) or body_named(text, 0)
    ):
        # (not an entry's line, bulleted or timed, nor a unit's own duty before the request)
        text = _request_sentence(text, _NEXT_FULL_SENTENCE)
    folded = fold(text)
    addressed = _REQUEST.sub("", folded, count=1)
    if _BULLET.match(text) or parse_time(text)[0] or not EVERY_UNIT.match(addressed):
        return None
    due = due_in(text)
    if not due or not (prints_date(due) or (_DEADLINE_WORD.search(folded) and recurs(due))):
        return None
    item = RawItem(content=text, line=line, due=due, reasons=[])
    lower(item, 0.9, "no_lead")
    return item


# Where a note's next sentence starts (`… bổ sung. Các phòng …`, `…; các đơn vị …`).
_NEXT_SENTENCE = re.compile(r"(?<=[.;!])\s+(?=\S)")
# … after a full stop only (an unlabelled closing line: a remark closed by `;` is a clause).
_NEXT_FULL_SENTENCE = re.compile(r"(?<=[.!])\s+(?=\S)")


def _request_sentence(note: str, stops: re.Pattern = _NEXT_SENTENCE) -> str:
    """A note's text from its first sentence that addresses every body of a kind (`Các phòng, đơn vị
    …`, `Đề nghị các cơ quan …`) to its end; the whole note where its first sentence does, or where
    none does. `stops`: where a sentence may start."""
    if _asks_every_unit(note):
        return note
    return sentence_asking(note, _asks_every_unit, stops) or note


def _asks_every_unit(text: str) -> bool:
    """Whether a text opens by addressing every body of a kind, its request's verb dropped (`Các
    phòng …`, `Đề nghị các cơ quan …`)."""
    return bool(EVERY_UNIT.match(_REQUEST.sub("", fold(text), count=1)))


def note_row(texts: list[str]) -> str:
    """The text of a row that is a note typed under a calendar's entries in one cell (`Ghi chú: Lịch
    có thể thay đổi …`, `Lưu ý: …`, a spreadsheet's line below its table): the row's only text
    (`texts`: its cells' texts), opening with a note's label; "" for any other row (an entry's row
    has its time, leader or unit beside it). The label may stand in a cell of its own, the note in
    the one cell after it (`Ghi chú: | Lịch có thể thay đổi … Các phòng đăng ký …`, the label in the
    day column, the note merged across the rest): the two read as one note. Limits: the label cell
    holds the label alone and comes first, and no third cell is filled (an entry's row)."""
    filled = [text for text in (" ".join(t.split()) for t in texts) if text]
    label = _NOTE_LABEL.match(folded := fold(filled[0])) if len(filled) == 2 else None
    if label and label.end() == len(folded):
        filled = [f"{filled[0]} {filled[1]}"]  # the label alone in its cell, the note beside it
    return filled[0] if len(filled) == 1 and _NOTE_LABEL.match(fold(filled[0])) else ""


def _lone_request(row, day_column: int | None) -> str:
    """The text of a row under a calendar's entries whose one filled cell, with no day of its own nor
    one merged down into it, may be a request to every unit of a kind (`Các phòng, đơn vị đăng ký
    lịch tuần sau … trước 15h00 thứ Năm hằng tuần.`, a spreadsheet's line below its table, no note
    label): `closing_request` decides; "" where the row has a day, a day merged into it, or a time,
    leader or unit beside its text (an entry's row)."""
    if day_column is None or row[day_column].merged_from is not None or row[day_column].text.strip():
        return ""
    filled = [" ".join(cell.text.split()) for cell in row if cell.merged_from is None and cell.text.strip()]
    return filled[0] if len(filled) == 1 else ""


def _day_text(row, column: int, year: int | None) -> bool:
    """Whether a row's cell in `column` is its own short dated day."""
    text = row[column].text.strip()
    return row[column].merged_from is None and 0 < len(text) <= 40 and _is_dated(parse_day(text, year=year))


def _spans_after_empty_time(row, column: int) -> bool:
    """Whether a row's cell in `column` spans every cell after it, the cells before it empty."""
    return (
        len(row) - column >= 3
        and all(not cell.text.strip() and cell.merged_from is None for cell in row[:column])
        and all(cell.merged_from is not None for cell in row[column + 1 :])
    )


def _origin_text(table: Table, index: int, column: int) -> str:
    """The text of a cell, or of the cell merged down or across into it."""
    cell = table.rows[index][column]
    if cell.merged_from is not None:
        cell = table.rows[cell.merged_from[0]][cell.merged_from[1]]
    return " ".join(cell.text.split())


def _due_day(due: str) -> date | None:
    """The day of an entry's due as the reader writes it ("24/03/2027 (14h00)"), None for another."""
    try:
        day, month, year = (int(part) for part in due[:10].split("/"))
        return date(year, month, day)
    except ValueError:
        return None


def _is_dated(day) -> bool:
    return day is not None and day.when is not None


def _text_size(blocks) -> int:
    size = 0
    for block in blocks:
        if isinstance(block, Paragraph):
            size += len(block.text.strip())
        else:
            size += sum(
                len(cell.text.strip()) for row in block.rows for cell in row if cell.merged_from is None
            )
    return size


def _entries(cell: str) -> list[str]:
    """A table cell with several entries, one per line starting with a dash or a time."""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    entries: list[str] = []
    for line in lines:
        if entries and not (_BULLET.match(line) or parse_time(line)[0]):
            entries[-1] = f"{entries[-1]} {line}"
        else:
            entries.append(line)
    return entries


_CUT_WORDS = 3


def _drop_cut_tail(document, reader: _Reader) -> None:
    """The document's last line, cut mid-word (an excerpt saved from a page: "- 8 giờ, Ban Chỉ
    đạo t"), is no item when it is the last entry and says no more than a name before the cut."""
    last = next((line for line in reversed(document.lines) if line.text.strip()), None)
    if last is None or not reader.items or reader.items[-1].line != last.number:
        return
    words = reader.items[-1].content.rstrip().split()
    cut = last.text.rstrip()[-1:].isalpha() and len(words[-1]) == 1 and words[-1].islower()
    if cut and len(words) - 1 <= _CUT_WORDS:
        reader.items.pop()
        message = _("Line %(line)d is cut off before it says what is to be done: left out.")
        reader.warnings.append(Warning(last.number, message % {"line": last.number}))


# What a closing request opens with before whom it asks ("Đề nghị các phòng …"), and the deadline
# word its recurring time needs ("trước 15h00 thứ Năm hằng tuần"; "theo dõi hằng ngày" sets none).
_REQUEST = re.compile(r"^(?:de nghi|yeu cau|kinh de nghi)\s+")
_NOTE_LABEL = re.compile(r"^\W*(?:ghi chu|luu y|chu y)\s*:\s*")
_DEADLINE_WORD = re.compile(r"\b(?:truoc|cham nhat|han chot)\b")
# A numbered part heading after the days, no bullet, a few words ("III. CÔNG VIỆC KHÁC TRONG TUẦN",
# "B. Công việc khác", "3. Các công việc khác").
# A part's letter is one of the first few (not `P. họp 4` — `Phòng họp` — or `T. 2`), its title opening
# with a capital.
_WEEK_PART = re.compile(r"^(?:[IVX]{1,4}|[A-EĐ]|\d{1,2})\s*[.)]\s+(?=[A-ZĐÀ-Ỹ])(?!(?:\S+\s+){10})")


# A deadline or a labelled span in a time cell ("Trước 25/10", "Chậm nhất 30/6", "Tuần 1 tháng 11 (…)").
_TASK_TIME = re.compile(r"^(?:truoc|cham nhat|han|hoan thanh truoc|tuan \d{1,2} thang)\b")


def _titled_week_end(blocks, year: int | None) -> date | None:
    """The last day of the one week the calendar's opening lines date (`LỊCH CÔNG TÁC TUẦN 38` over
    `(Từ ngày 13/9/2027 đến ngày 19/9/2027)`); None where they print no range of a week or less."""
    for block in blocks[:12]:
        if not isinstance(block, Paragraph):
            continue  # a national header's table; the calendar's own is read as days
        if (span := day_span(block.text, year=year)) is not None:
            return span[1] if 0 <= (span[1] - span[0]).days <= 7 else None
    return None


def recognise(ctx: Context) -> Recognised | None:
    """A week calendar: at least two days named with their dates, and entries under them."""
    if processing_log.has_log(ctx.document):
        return None  # an e-office slip's log: the time column dates who handled it, no calendar's days
    cells, place_column = _flattened(ctx.document.blocks)
    reader = _Reader(_year(ctx), cells=cells, place_column=place_column)
    reader.week_end = _titled_week_end(ctx.document.blocks, reader.year)
    session = [""]
    for block in _page_cut_tables_joined(ctx.document.blocks):
        if isinstance(block, Table):
            reader.flush(session)
            reader.table(block)
        elif _END.match(fold(block.text)) and (reader.items or reader.open):
            if not _NOTE_END.match(fold(block.text)) or isinstance(block, Table):
                break
            reader.flush(session)
            if reader.items:
                # the note's own text is read as a closing request, as the notes after it are
                # (`Ghi chú: Lịch có thể thay đổi …. Các phòng, đơn vị đăng ký … trước 15h00 thứ Năm
                # hằng tuần.`)
                reader.closing_request(" ".join(block.text.split()), block.line)
            reader.notes_only = True
        else:
            reader.paragraph(block, session)
    reader.flush(session)
    _drop_cut_tail(ctx.document, reader)
    if len(reader.days) < 2:
        return None
    # Units printed as codes or short forms that a legend spells out (`Viết tắt: P.TC-KT - Phòng Tài
    # chính - Kế toán`) read as the units they name, as in a task table.
    expand_legend_codes(reader.items, ctx.document.blocks)
    if not reader.items:
        return Recognised("week_calendar", [], support=0.0)
    # The share of the document's text the entries are: a plan that cites two dates explains little.
    read = sum(len(i.content) + len(i.lead) + len(i.leader) + len(i.due) + len(i.note) for i in reader.items)
    share = (read + reader.frame) / max(_text_size(ctx.document.blocks), 1)
    days_with_items = len({item.due[:10] for item in reader.items})
    support = min(1.0, 0.25 + share) * min(1.0, days_with_items / 2)
    return Recognised("week_calendar", reader.items, reader.warnings, support=round(support, 3))
