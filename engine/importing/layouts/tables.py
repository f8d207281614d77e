"""The table recogniser: every Table block whose header names a content column and another role.

Rows are read with the header classifier's roles (engine/importing/headers.py):
- a section row (a Roman numeral or a letter in the number column, or one text across the
  whole row) becomes the section of the rows below; a period it names ("I. Đến năm 2030")
  is their due when they print none;
- a numbered row with sub-items ("5." over "5.1 … 5.8", "4.2" over "4.2.1.") heads them:
  they inherit its lead and due, and it is an item itself only where it has values of its own
  or a state of its own (a tracker's `Trạng thái`: a tracked parent task, not a group);
- a row with no number and no content of its own (merged down, or blank) but its own
  product or due continues the row above, unless the task cell is merged down onto it and it
  names another lead: then it is the same task for that body (corpus 01); a row starting in
  lower case with no unit continues the row above across a page break, and so does a first row
  of a page that only finishes with its date the sentence the row above left open, or with no
  task text the unit's name in lower case (`Sở Văn hóa, Thể thao` / `và Du lịch`), or with no
  time of its own both the open task text and the unit's name in lower case (`… của` / `Trung
  tâm`, `Phòng Hành chính - Tổng` / `hợp`);
- a merged cell (`Cell.merged_from`) gives its value to every row it covers; a blank due is
  not carried down unless merged, except in a grouping column left of the content (a month
  heading its rows, seed 000), a short row whose trailing cells were merged away (the
  thuvienphapluat Markdown shape, corpus 12); a table whose reader gave no spans (tab-separated
  text) carries no blank due down either: it cannot say a cell was merged;
- where the table names no lead, a "Giao <đơn vị> chủ trì" in the note column or the
  paragraph above the table gives it (corpus 03, 07), flagged as guessed; else the last heading
  above it that is only a unit's name (a page's tab label heading its pane, `Khoa Dược`), or the
  workbook sheet's name;
- footnote rows under the table ("Ghi chú:", "(*) …") are not tasks, unless they ask the lead
  bodies for a dated or periodic duty, or a later clause gives a named unit one (`…; Văn phòng Sở
  tổng hợp, báo cáo … cùng báo cáo quý`);
- a ditto mark filling a cell (`"`, `〃`, `- nt -`, `Như trên`) is the text of the cell above it;
- where the table prints no time column, a task's due is the deadline its own text prints, and a
  task cell listing several tasks (an HTML `<ul>`, dash paragraphs, no lead-in) gives an item each.
A table with no header of its own continues the one before it when it has the same width, and
so do the rows above a header lower down (a PDF page's last rows glued to the next table); a
workbook's sheet never continues another, and a sheet not read is a warning.
Several deadline columns ("Thời hạn trình" over "Lãnh đạo Bộ | Chính phủ"): the latest printed,
read in the year the row prints, or the last submission step's ("Thời gian trình HĐND") where no
date can be read from it ("Kỳ họp thường lệ cuối năm", for review);
a due column counting in the unit its label names ("Thời gian (tháng)") reads `3, 9` as months;
a month column merged down over its rows ("Tháng" over `9/2027`, `01/2028`) frames the time another
due column prints (`05/9`, `Trước 15/01`): that time is the due, in the frame's year, and the month's
end only where the row prints no dated time of its own; a deputy head's post alone in the lead
column (`Phó Hiệu trưởng chuyên môn`) is the leader who oversees the work, not a lead;
"Cả tuần" is the end of the group cell's range ("Tuần 27 (02/3 - 08/3)"), and so is the due of
a row beside such a cell where the table has no time column (a deadline listing one day of every
round with no year, `Trước 10/6 và 10/12`, is recurring), unless its task prints a day inside that
range (`(ngày 11/10)`); a team or a union in a column of those in charge (`Người phụ trách`:
`Tổ nuôi dưỡng`, `Công đoàn trường`) leads its row, a person or a post there does not, unless that
column is the table's only word on who does the work and names no unit at all (posts and persons only:
`Chủ tịch Công đoàn`, `PHT Trần Văn A`): then each cell leads as printed; a short note printing one day
inside the row's week (`Sáng thứ Bảy 14/11` beside `Tuần 10 (09/11 - 14/11)`) is the row's day, and a
round in the note (`Thường xuyên`, `Thứ Ba hằng tuần`) beside `Cả tháng` its time; a group row that is
only a month or quarter ("THÁNG 01", "QUÝ III") is the due of its rows, and the month of a time
that names only a day or a part of it ("Ngày 10", "Trước 25", "Tuần cuối"); a note that is only a
time ("Hằng quý") is the due of a row that prints none, and a note opening with a round shorter
than a year (`Hằng quý, mỗi quý 01 số`) beside two or more marks of a period grid is the row's
time. In a calendar whose first column is the time, a day merged across the table ("THỨ HAI -
07/6/2027") is no item: it is the due of the rows below that print only a time of day ("07g30",
"Chiều", "Cả ngày"); a duty roster ("Trực lãnh đạo: …") is no item even beside the office that
keeps it. In a month's calendar whose week rows span the table and print their days ("TUẦN 2 (từ 06/3 đến
10/3/2028)"), a row's first cell naming only weekdays ("Thứ Ba", "Thứ Năm, Thứ Sáu") or the whole week
("Cả tuần") is due on the last of those days in that week, before any round its content prints; one
saying the day is not set yet ("Chưa xác định ngày") is for a person to set.

This file keeps the reader (_Reader, _State, read_tables, recognise); its helpers decide who leads a
row (table_leads.py), when it is due (table_dues.py) and what kind of row it is (table_rows.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from engine.deadlines.parsing import within_month
from engine.importing.blocks import Paragraph, Table
from engine.importing.headers import (
    Header,
    classify,
    is_form_responses,
    is_numbering_row,
    restates_header,
)
from engine.importing.indicators import is_plain_number
from engine.importing.layouts.days import (
    attended_with,
    is_day_heading,
    is_duty_roster,
    is_holiday,
    is_not_task,
    is_time_of_day,
    names_another_paper,
)
from engine.importing.layouts.paired_rows import fold_labelled_rows
from engine.importing.layouts.pivots import with_pivot_groups_filled
from engine.importing.layouts.processing_log import log_tables
from engine.importing.layouts.prose_facts import prints_date
from engine.importing.layouts.split_columns import join_split_columns
from engine.importing.layouts.table_dues import (
    _WHOLE_GROUP,
    _WHOLE_PERIOD,
    _content_day_in_period,
    _content_due,
    _content_recurrence,
    _day_in_range,
    _day_rounds,
    _frequency_due,
    _group_range,
    _indicator_time,
    _latest_due,
    _names_month_or_quarter,
    _names_no_time,
    _note_by_plan,
    _note_day_in_week,
    _note_due,
    _note_recurrence,
    _note_round,
    _note_round_over_marks,
    _note_round_over_whole,
    _note_standing,
    _note_time_in_month,
    _period_heading,
    _period_phrase,
    _standing_after_periods,
    _standing_round,
    _start_as_end,
    _weekday_in_week,
    _year_carried,
    day_first,
    days_legend,
    listed_tasks,
    lists_times,
    month_first_columns,
    paired_tasks,
    reserve_fills,
    title_period,
)
from engine.importing.layouts.table_leads import (
    _leader_cell_unit,
    _marked_units,
    _note_lead,
    _notes_lead,
    _paragraph_lead,
    _post_unit,
    _posts_lead,
    _section_unit,
    _unit_column_beside_persons,
    _unit_heading,
    column_units,
    with_coded_units_named,
)
from engine.importing.layouts.table_rows import (
    _NUMBER_REF,
    _content_indent,
    _footnote_request,
    _indent_heads,
    _indent_outlined,
    _is_child,
    _is_day_calendar,
    _is_total_row,
    _keyed_row,
    _label_rows,
    _merged_away,
    _ref_key,
    _runs_an_event,
    _signature_row,
    _summarises,
    _tasks_below,
    indicator_part,
    indicator_table,
    with_dittos_filled,
)
from engine.importing.layouts.table_rows import is_ditto as is_ditto
from engine.importing.layouts.table_rows import names_lead_kinds as names_lead_kinds
from engine.importing.leaders import HEAD_POST
from engine.importing.model import RawItem, Warning
from engine.importing.recognition import Context, Recognised
from engine.importing.units import names_a_unit, split_partner
from engine.text import fold

_SECTION_REF = re.compile(r"^(?:[IVXLC]+|[A-ZĐ])(?:\.\d+)*\.?$")
_FOOTNOTE = re.compile(
    r"^(\(?\*+\)?|ghi chu\s*:|luu y\s*:|chu thich|nguon\s*:|\(\d+\)\s+\w|tong (so|cong)\s*:)"
)
_FOOTNOTE_FIRST = set("(*GgLlCcNnTt")
# A note's label alone in its cell (`Ghi chú:`, `Lưu ý:`), folded.
_NOTE_LABEL_CELL = re.compile(r"^(?:ghi chu|luu y)\s*:$")
# A board label's colour after its name ("Phòng Kỹ thuật (green)"): not part of the unit's name.
_LABEL_COLOUR = re.compile(
    r"\s*\((?:green|yellow|orange|red|purple|blue|sky|lime|pink|black|grey|gray|"
    r"(?:green|yellow|orange|red|purple|blue|sky|lime|pink|black)_(?:light|dark))\)(?=\s*(?:,|;|$))",
    re.IGNORECASE,
)
# An archived record's flag, as exports print it ("true", "TRUE", "yes", "1", "x", "Có").
_ARCHIVED = re.compile(r"^(true|yes|y|1|x|co|da luu tru)$")
_INACTIVE = re.compile(r"^(false|no|n|0|khong)$")


# A note saying the row was taken off the list it is on ("Rút khỏi danh mục (Văn bản số …)", "Đã
# rút khỏi Chương trình theo …", "Đưa ra khỏi kế hoạch"): no task any more.
# So is a project whose capital was moved away or cut (`Đã điều chuyển vốn theo Quyết định …`, `Cắt
# giảm toàn bộ kế hoạch vốn`): nothing left to disburse or build.
_WITHDRAWN = re.compile(
    r"^(?:da |duoc )?(?:rut|dua ra|loai) khoi (?:danh muc|chuong trinh|ke hoach)\b"
    r"|^(?:da |bi )?(?:dieu chuyen|cat giam|thu hoi) (?:toan bo )?(?:ke hoach )?von\b"
)
# A record's state column saying it was called off.
# (an e-office's `Đã thu hồi`, `Bị rút lại`: the assignment withdrawn, as a cancelled one)
_CANCELLED = re.compile(r"^(da |bi )?(huy( bo)?|thu hoi|rut lai)\b|^(cancell?ed|cancell?ation)$")
# A due cell (a revised one above all: `Thời gian` over `Dự kiến | Điều chỉnh`) that calls the row
# off instead of dating it (`Không tổ chức`, `Không thực hiện`, `Dừng thực hiện`, `Hủy`): no task.
_CALLED_OFF = re.compile(
    r"^(?:khong (?:to chuc|thuc hien|trien khai)|dung (?:thuc hien|to chuc|trien khai)|(?:da )?huy(?: bo)?)"
    r"(?:\s*[.;,(].*)?$"
)
# A due cell saying there is none ("Không thời hạn", "Không có thời hạn"): no due, as a blank.
# An unnumbered row kept for the work that may arise (`Các nội dung phát sinh theo chỉ đạo của cấp
# trên`, `Các nhiệm vụ phát sinh khác`, `Những việc phát sinh`): a placeholder, unless it prints a date.
_ARISING = re.compile(
    r"^(?:(?:cac|nhung)\s+)?(?:noi dung|nhiem vu|van de|cong viec|viec|de an|bao cao)\s+(?:khac\s+)?"
    r"(?:dot xuat\s+|moi\s+)?phat sinh\b"
)


_NO_DEADLINE = re.compile(r"^khong (co )?(thoi han|han|han xu ly)$")
# A total line that is only its word ("Tổng cộng", "Tổng số", "Cộng"), its sums in other cells.
_TOTAL_ONLY = re.compile(r"^(tong cong|tong so|tong|cong)$")
# A total line with its count in its own cell ("Tổng cộng: 5 nhiệm vụ", "Tổng số nhiệm vụ: 12"), in
# whichever column it is printed.
_TOTAL_COUNT = re.compile(r"^(tong cong|tong so)( [a-z]+){0,3}: \d+( [a-z]+){0,3}$")
# A form's test response: its unit or its task only a test word ("test", "Thử", "test biểu mẫu",
# "Thử gửi phiếu"), not a task ("Thử nghiệm …" is one).
_TEST_ANSWER = re.compile(
    r"^(test(ing)?|thử)(\s+(biểu mẫu|mẫu|form|phiếu|gửi|gửi phiếu|lần\s*\d+|\d+))*[\s.!]*$", re.IGNORECASE
)
# A later response replacing an earlier one of the same unit ("Gửi lại, thay cho bản đăng ký …",
# "Đăng ký lại, thay thế phiếu …").
_REPLACES = re.compile(r"\b(thay (cho|the)|gui lai|dang ky lai|nop lai)\b")
# A deputy head's post alone, with the field overseen or the person's name after it (`Phó Hiệu
# trưởng chuyên môn`, `Phó Giám đốc phụ trách tài chính`), folded: a leader, not a unit.
_DEPUTY_POST = re.compile(
    r"^pho (?:hieu truong|giam doc|tong giam doc|chu tich|vien truong|cuc truong|chanh van phong)"
    r"(?: [a-z ]+)?$"
)
_LEADER_CELL = re.compile(rf"^(?:lanh dao|dong chi|d/c|{HEAD_POST})\b")
# A lead column named for the persons who do the work ("Người thực hiện", "Cán bộ thực hiện", "Cán bộ
# được giao"): its `Đ/c …` cells are the persons who lead the task, not a supervising leader.
_DOER_COLUMN = re.compile(r"^(nguoi|can bo|ca nhan|cong chuc|vien chuc) (thuc hien|duoc giao|dam nhan)$")
# The address before a person's name (`Đ/c Trần Văn A; đ/c Lê Thị B`): dropped from the lead.
_COMRADE = re.compile(r"^(?:đ/c|đồng chí)\s+", re.IGNORECASE)


_DATA_ROLES = ("lead", "coordinating", "leader", "start", "due", "result", "measure", "target", "value")


@dataclass
class _State:
    """What carries from row to row (and from a table to the one continuing it)."""

    header: Header | None = None
    header_texts: list[list[str]] = field(default_factory=list)  # header rows repeated at a page break
    person_leads: bool = False  # the lead column names the persons who do the work (`Người thực hiện`)
    posts_lead: bool = False  # the only column of who does the work names posts and persons, no unit
    column_units: frozenset[str] = frozenset()  # the names the lead and partner columns print, folded
    section: str = ""
    section_due: str = ""
    sections: list[tuple[str, str, str]] = field(default_factory=list)  # (ref, text, period) nested
    due: str = ""
    lead: str = ""
    table_lead: str = ""  # the lead named above the table, for a table continuing it
    table_lead_confidence: float = 0.9  # 0.9 just above the table ("X chủ trì …:"), 0.7 further up
    # The numbered rows above that head sub-items: (ref, heading text or "" for an item, due, lead)
    parents: list[tuple[str, str, str, str]] = field(default_factory=list)
    # The last numbered row read as an item, and whether it printed a time of its own: the parent
    # of lettered sub-rows (`a) …`, no number, no unit) below it.
    numbered: tuple[RawItem, bool] | None = None
    section_lead: str = ""  # the unit a section row names, in a table with no lead column
    # The day a row merged across a calendar whose first column is the time names ("THỨ HAI -
    # 07/6/2027" over "07g30 | …"): the due of the rows under it that print only a time of day.
    day: str = ""
    # The last month a due printed with its year (`Tháng 01/2028`): (year, month), carried to the
    # months printed without one below it (`Tháng 3`), the year given only where it changes.
    month_year: tuple[int, int] | None = None
    # In a plan outlined only by its content cells' indent: the rows above that head indented rows
    # below them, (indent, text, due, lead), outermost first.
    indent_parents: list[tuple[int, str, str, str]] = field(default_factory=list)
    # The table's title, nearest first: the rows above its header, then the paragraphs between the
    # table before and this one (a table continuing another keeps that one's).
    title_lines: list[str] = field(default_factory=list)
    titled_under: list[tuple[str, str, str]] = field(default_factory=list)  # the sections then open
    # A section row of this table named a month or a quarter (`THÁNG 3/2027`, `QUÝ II`): a table timed
    # by its section rows, whose bare `CÔNG VIỆC THƯỜNG XUYÊN` row is a time too.
    timed_sections: bool = False


# A section heading (`I. …`, `2. …`) and one naming a report's results, over a table of what was
# done (`Kết quả thực hiện tháng 4`, `Kết quả đạt được`, `Tình hình thực hiện …`).
_MARKED_HEADING = re.compile(r"^(?:[IVX]{1,5}|\d{1,2})\s*[.)/]\s+\S")
_RESULTS_HEADING = re.compile(
    r"^(?:[ivx]{1,5}|\d{1,2})\s*[.)/]\s+(?:ket qua|tinh hinh thuc hien|danh gia (?:ket qua|tinh hinh))"
)


def names_results(heading: str) -> bool:
    """Whether a numbered heading (`I. KẾT QUẢ THỰC HIỆN …`, `1. Tình hình thực hiện …`) opens a
    report's results part: what was done, no tasks."""
    return bool(_RESULTS_HEADING.match(" ".join(fold(heading).split())))


# A part's Roman-numbered heading (`I. …`, `II. …`): a results part (`I. KẾT QUẢ THỰC HIỆN QUÝ
# III`) lasts, over its numbered sub-headings (`3. Một số chỉ tiêu chủ yếu:`), up to the next one;
# a sub-heading that names tasks (`2. Nhiệm vụ tháng tới`, `Phương hướng …`) ends it sooner.
_PART_HEADING = re.compile(r"^[IVX]{1,5}\s*[.)/]\s+\S")
_TASKS_SUBHEADING = re.compile(
    r"^\d{1,2}\s*[.)/]\s+(?:cac\s+)?"
    r"(?:nhiem vu|phuong huong|ke hoach|cong tac trong tam|chuong trinh cong tac)"
)


# A sub-row's letter mark (`a) …`, `b. …`): not a row cut by a page break though in lower case.
_LETTER_MARK = re.compile(r"^([a-zđ])\s*[).]\s+\S")
# A sub-row's letter alone in the number column (`a`, `b)`, `c.`) under a numbered row.
_LETTER_REF = re.compile(r"^[a-zđ][).]?$")
# A sub-row's dash or plus (`    - …`, `+ …`, the cell often indented with spaces) under a numbered row.
_DASH_MARK = re.compile(r"^[-+•–]\s*\S")


_SENTENCE_ENDS = (".", ";", ":", "!", "?", ")")


def _spans_rest(row: list, index: int) -> bool:
    """`| Tuần 2 (từ 07/12 đến 13/12/2026) ⟶ |` under a blank number cell: one cell of the row's own
    merged across every column after it (three at least), the cells before it blank: a group heading
    over the rows below (a week, a month, a part of the plan), not data continuing the row above,
    whichever column it starts in (the time column of a plan whose number cell stays unmerged)."""
    filled = [column for column, cell in enumerate(row) if cell.text.strip()]
    if not filled:
        return False
    start = filled[0]
    rest = row[start + 1 :]
    return (
        row[start].merged_from is None
        and len(rest) >= 3
        and all(cell.merged_from is not None and cell.merged_from[0] == index for cell in rest)
    )


def _after_empty_time(row: list, index: int) -> bool:
    """`| | THỨ HAI (11/01/2027) ⟶ |`: the first (time) cell empty and not merged, the second cell's
    own text merged across every cell after it (two at least): a day row of a calendar whose time
    column is first, as a row merged across from the time cell is. Not a row with two texts, nor one
    whose second cell spans only part of the row (a leader's cell beside empty ones)."""
    return (
        len(row) > 3
        and row[0].merged_from is None
        and not row[0].text.strip()
        and row[1].merged_from is None
        and bool(row[1].text.strip())
        and all(cell.merged_from == (index, 1) for cell in row[2:])
    )


class _Reader:
    def __init__(self, warnings: list[Warning]):
        self.items: list[RawItem] = []
        self.warnings = warnings
        self.rows_read = 0
        self.rows_seen = 0
        self.guessed_leads = 0
        self.table_start = 0  # the first item of the table being read
        self.indented = False  # the table being read is outlined by its content cells' indent
        self.month_first: set[int] = set()  # columns of the table being read dated M/D/YYYY
        self.lists_times = False  # the table pairs tasks and times listed as lines of their cells
        self.day_legend = False  # a legend under the table says numbers in month cells are days

    def table(self, table: Table, state: _State, paragraphs: list[Paragraph], since_table: int = 0) -> bool:
        """Read one table into items; False when it is no task table."""
        self.indented = False
        table = fold_labelled_rows(table) or table  # each task over two rows: one row per task
        header = classify(table)
        continuing = header is None and continuing_width(table, state)
        if (header is None and not continuing) or (header is not None and _is_day_calendar(header)):
            state.header = None
            return False
        # The header repeated at the top of a PDF page, under the same table's last page: the first
        # row may be the last row cut by the page break, as in a table with no header of its own.
        repeated = (
            header is not None
            and continuing_width(table, state)
            and _label_rows(table.texts(r) for r in range(header.top, header.rows))
            == _label_rows(state.header_texts)
        )
        if header is not None:
            if header.top and continuing_width(table, state):
                self._rows_above_header(table, header, state)
            state.header = header
            state.parents, state.indent_parents, state.day = [], [], ""
            if not repeated:
                state.timed_sections = False
            first = header.rows
            above = [" ".join(dict.fromkeys(table.texts(row))) for row in reversed(range(header.top))]
            between = [paragraph.text for paragraph in reversed(paragraphs[since_table:])]
            if period := _period_heading(between):
                # `Quý I` (a tab's label, a heading) right above the table: its rows' period, as a
                # group row across the table would be
                state.sections = [("", period, period)]
                state.section, state.section_due, state.section_lead = period, period, ""
            state.title_lines = [line for line in [*above, *between] if line.strip()]
            state.titled_under = list(state.sections)
            if _runs_an_event(table, header, state.title_lines, range(header.rows, len(table.rows))):
                # a drill's or a ceremony's script by the hour beside the plan that prepares it: the
                # event is the plan's item, its steps are none (read, as a report's results are not)
                state.header = None
                return True
        else:
            header = state.header
            first = 0
        table_lead = ""
        lead_column = header.roles.get("lead")
        data_rows = range(first, len(table.rows))
        label = header.labels[lead_column] if lead_column is not None else ""
        state.person_leads = bool(_DOER_COLUMN.match(" ".join(fold(label).split()).strip(" .:")))
        # `Đ/c …` cells under a column of those who do the work lead it; under any other, supervise.
        holds_leaders = lead_column is not None and self._column_holds_leaders(table, lead_column, data_rows)
        if holds_leaders and not state.person_leads:
            header.roles["leader"] = header.roles.pop("lead")
        elif (
            lead_column is not None
            and not state.person_leads
            and (units := _unit_column_beside_persons(table, header, data_rows)) is not None
        ):
            # `Đầu mối` of names beside `Chi hội thực hiện` of branches: the branches lead.
            header.roles["leader"] = header.roles.get("leader", lead_column)
            header.roles["lead"] = units
        state.posts_lead = _posts_lead(table, header, data_rows)
        state.column_units = column_units(table, header, data_rows)
        if "lead" not in header.roles and "monitoring" in header.roles and header.indicator:
            header.roles["lead"] = header.roles.pop("monitoring")  # who tracks an indicator leads it
        if "lead" not in header.roles:
            table_lead, state.table_lead_confidence = _paragraph_lead(
                paragraphs, far="inspected" in header.roles
            )
            notes_lead = _notes_lead(table, header, data_rows)
            if not table_lead and not notes_lead and (unit := _unit_heading(paragraphs[since_table:])):
                # a page of one tab per unit (its label the pane's heading) or a unit's heading
                # over its own table: the heading leads the rows no column assigns
                table_lead, state.table_lead_confidence = unit, 0.8
            if not table_lead and not notes_lead and table.sheet and names_a_unit(table.sheet):
                # a workbook of one sheet per unit: the sheet's name leads the rows no column assigns
                table_lead, state.table_lead_confidence = table.sheet, 0.8
        state.table_lead = table_lead
        table = with_dittos_filled(table, data_rows, (header.roles.get("ref"), header.roles.get("content")))
        table = with_pivot_groups_filled(table, data_rows, header.roles.get("content"))
        table = with_coded_units_named(table, data_rows, header)
        if first:
            rows = range(header.top, first)
            state.header_texts = [[" ".join(text.split()) for text in table.texts(row)] for row in rows]
        header_texts = state.header_texts
        self.table_start = len(self.items)
        self.indented = _indent_outlined(table, header)
        self.month_first = month_first_columns(table, data_rows)
        self.reserve_fills = reserve_fills(table)
        self.lists_times = lists_times(table, data_rows, header)
        for index in data_rows:
            if _signature_row(table.rows[index]):
                break  # the signers' posts under a sheet's table, their names below: no more rows
            # The first row of a table continuing the one above may be the last row cut by the
            # page break: every cell goes on the previous item's (a scan's "Chi cục Chăn" / "nuôi
            # và Thú y").
            if (
                (continuing or repeated)
                and index == first
                and self._cut_row(table.rows[index], header, state)
            ):
                continue
            self._row(table, index, header, state, table_lead, header_texts)
        return True

    def _cut_row(self, row: list, header: Header, state: _State) -> bool:
        """A row with no number whose content starts in lower case continues the last item; a
        grouping time left of the content ("Tháng 3" over the rows below) heads the rows after it."""
        texts = [" ".join(cell.text.split()) for cell in row]

        def value(role: str) -> str:
            column = header.roles.get(role)
            return texts[column] if column is not None and column < len(texts) else ""

        if not self.items or value("ref").strip("*_ "):
            return False
        item = self.items[-1]
        content = value("content")
        # `… báo cáo kết quả trước ngày` / `10/9/2027.`: the page broke the sentence before its date.
        finishes = content[:1].isdigit() and not value("lead") and not item.content.endswith(_SENTENCE_ENDS)
        # `| | và Du lịch | các xã liên quan | … | IV/2028; …`: the task's text ended on the page
        # before, the unit's name goes on in lower case
        names_go_on = not content and value("lead")[:1].islower()
        # `| | Trung tâm | hợp | |` under `… dự toán … của | Phòng Hành chính - Tổng`: the page cut
        # both the task's text (a name going on in capitals) and the unit's name (in lower case).
        # Not taken: a row printing its own time (a task of its own, `các xã` leading it), nor one
        # under a task whose text ended its sentence.
        both_go_on = (
            bool(content)
            and value("lead")[:1].islower()
            and not value("due")
            and not item.content.endswith(_SENTENCE_ENDS)
        )
        if not content[:1].islower() and not finishes and not names_go_on and not both_go_on:
            return False
        for role, field_name in (
            ("content", "content"),
            ("lead", "lead"),
            ("coordinating", "coordinating"),
            ("leader", "leader"),
        ):
            if text := value(role):
                setattr(
                    item, field_name, " ".join(part for part in (getattr(item, field_name), text) if part)
                )
        if (due := value("due")) and header.roles["due"] < header.roles["content"]:
            state.due = due  # the next group's time, printed at the page's top
        elif due:
            item.due = " ".join(part for part in (item.due, due) if part)
        elif "due" not in header.roles and not header.period_columns and item.due in ("", state.section_due):
            item.due = _content_due(item.content, item.due) or item.due  # the task's text, whole again
        return True

    def _rows_above_header(self, table: Table, header: Header, state: _State) -> None:
        """Rows above a header that the reader glued under the previous table's last page (a PDF
        reader joins touching tables: seed 000's last rows of "Tháng 10" over the next table's
        header on Chromium's page 5) are the previous table's rows, read with its header."""
        for index in range(header.top):
            self._row(table, index, state.header, state, state.table_lead, state.header_texts)

    @staticmethod
    def _column_holds_leaders(table: Table, column: int, rows: range) -> bool:
        values = [fold(table.rows[r][column].text[:20]) for r in rows if table.rows[r][column].text.strip()]
        return bool(values) and sum(bool(_LEADER_CELL.match(v)) for v in values) > len(values) / 2

    def _row(self, table: Table, index: int, header: Header, state: _State, table_lead: str, header_texts):
        row = table.rows[index]
        texts = [" ".join(cell.text.split()) for cell in row]
        if self.month_first:
            texts = [day_first(text) if c in self.month_first else text for c, text in enumerate(texts)]
        if not any(texts) or texts in header_texts or is_numbering_row(texts):
            return
        if restates_header(texts, header.roles):
            return  # the header of a second table on the same sheet, in other words
        self.rows_seen += 1
        roles = header.roles

        def own(role: str) -> str:
            column = roles.get(role)
            if column is None or column >= len(row):
                return ""
            return "" if row[column].merged_from is not None else texts[column]

        def value(role: str) -> str:
            column = roles.get(role)
            return texts[column] if column is not None and column < len(texts) else ""

        ref, content = value("ref").strip("*_ "), value("content")
        if _ARCHIVED.match(fold(value("archived")).strip()):
            return  # an export's archived record: taken off the board, no task
        if _INACTIVE.match(fold(value("active")).strip()):
            return  # a scheduler's task set inactive (`Active` `No`): kept in the plan, not to be done
        if _summarises(table, index, roles.get("level")):
            return  # a scheduler's summary task: its deeper rows below are the tasks
        if _WITHDRAWN.match(" ".join(fold(value("note")).split()).lstrip("(*- ")):
            return  # withdrawn from the list in its note
        if _CANCELLED.match(" ".join(fold(value("status")).replace("_", " ").split())):
            return  # a record whose state is cancelled ("Đã hủy", "da_huy", "Cancelled"): no task
        if _CALLED_OFF.match(" ".join(fold(own("due")).split())):
            return  # its time says it will not be held (`Không tổ chức` under `Điều chỉnh`): no task
        first_filled = next(text for text in texts if text)
        if len({text for text in texts if text}) == 1 and _TOTAL_COUNT.match(
            " ".join(fold(first_filled).split()).strip(" .")
        ):
            return  # "Tổng cộng: 5 nhiệm vụ" alone on its line: the table's count, no task
        footnote = first_filled[:1] in _FOOTNOTE_FIRST and _FOOTNOTE.match(fold(first_filled[:20]))
        if footnote and not own("lead") and not _NUMBER_REF.match(ref):
            leads = [item.lead for item in self.items[self.table_start :] if item.lead]
            note = first_filled
            if _NOTE_LABEL_CELL.match(fold(first_filled).strip()):
                # `Ghi chú:` in a cell of its own, the note merged across the cells beside it: the note
                # is the label and the first text after it (a label with text of its own is read as is)
                after = texts[texts.index(first_filled) + 1 :]
                note = f"{first_filled} {next((text for text in after if text), '')}".strip()
            if request := _footnote_request(note, self._line(table, index), leads, labels=header.labels):
                self.items.append(request)
            return
        if (
            len({text for text in texts if text}) == 1
            and not _NUMBER_REF.match(first_filled)
            and len(self.items) > self.table_start
            and not _tasks_below(table, index, header)
        ):
            # A line alone under the table's last task asking every unit for a dated duty.
            leads = [item.lead for item in self.items[self.table_start :] if item.lead]
            if request := _footnote_request(first_filled, self._line(table, index), leads, closing=True):
                self.items.append(request)
                return
        # A total line ("Tổng cộng" over its sums) and a holiday ("Nghỉ Tết …") with no unit: no task.
        # (a holiday merged across the row, its text in the lead column too: `Nghỉ Tết Nguyên đán: từ
        # ngày 01/02 đến hết ngày 14/02/2027` over the rows of a term, no heading whose span is
        # theirs; a unit printed beside a holiday's words keeps the row)
        across = len({text for text in texts if text}) == 1
        if content[:1] in "TtCcNn" and content and not ref and (not value("lead") or across):
            folded_content = " ".join(fold(content).split()).strip(" .:")
            if (_TOTAL_ONLY.match(folded_content) and not value("lead")) or is_holiday(content):
                return
        if content[:1] in "TtCc" and not ref and _is_total_row(texts, roles["content"]):
            return
        if content and not ref and indicator_part(table, index, header):
            return  # `Trong đó: - …` under an indicator, `Tổng sản lượng …` over several: their figures
        if content and not ref and _ARISING.match(fold(content).strip()) and not prints_date(value("due")):
            return  # `Các nội dung phát sinh …` beside `Theo yêu cầu`: room for what may come, no task
        if content and not ref and not value("lead") and is_not_task(content):
            return  # a leader's presence at the office or leave in a calendar's row: no task
        if content and not ref and is_duty_roster(content):
            return  # "Trực lãnh đạo: PCT …" beside the office that keeps the roster: no task
        if attended_with(content, value("due"), value("lead"), self.items[self.table_start :]):
            return  # under a second leader of a calendar grouped by leader: the first one's item
        if (
            is_form_responses(header)
            and len(content.split()) <= 6
            and (_TEST_ANSWER.match(content.strip()) or _TEST_ANSWER.match(value("lead").strip()))
        ):
            return  # a test of the form, not a response
        distinct = {text for text in texts if text}
        has_data = any(own(role) for role in _DATA_ROLES)
        merged_across = all(cell.merged_from is not None for cell in row[1:])
        # A day merged across a calendar whose first column is the time, or whose time column is
        # not named as one (`Giờ`) or missing: the day of the rows below. Where the table names
        # its time column elsewhere, a row across it stays a heading (a group, not a day). The day
        # may leave the time cell empty and span every other column (`| | THỨ HAI (11/01/2027) ⟶ |`,
        # `_after_empty_time`); a row whose time cell prints anything is an entry's, as before.
        day_row = (
            roles.get("due", 0) == 0
            and (merged_across or _after_empty_time(row, index))
            and len(row) > 2
            and len(distinct) == 1
        )
        if day_row and is_day_heading(first_filled):
            state.day = state.due = first_filled
            return
        # A name merged across a calendar whose first column is its time ("Giám đốc Sở Lê Văn A"
        # over that leader's days, the table grouped by leader): a group heading, not a time.
        leader_group = merged_across and len(row) > 2 and _names_no_time(first_filled)
        if leader_group and len(distinct) == 1 and not any(own(r) for r in _DATA_ROLES if roles.get(r) != 0):
            has_data = False
        if len(distinct) == 1 and _spans_rest(row, index):
            has_data = False  # one cell merged across the row from its time column: a heading, no time
        # One text across the row: a merged cell spanning it, or a group heading in a numbered table.
        one_text = len(distinct) == 1 and len(texts) > 2 and not has_data and not first_filled[:1].islower()
        # (not a note alone, `Chuyển sang tháng 12` beside a row struck through and read empty)
        in_heading_column = texts.index(first_filled) in (0, roles.get("ref"), roles.get("content"))
        spans_row = (
            one_text
            and not _NUMBER_REF.match(first_filled)
            and (merged_across or ("ref" in roles and in_heading_column) or _spans_rest(row, index))
        )
        # `2 | CÔNG TÁC THANH TRA` with the text merged across every cell after the number: a
        # numbered heading over `2.1`, `2.2`, whose copies are not its due or lead.
        ref_column = roles.get("ref")
        others = [cell for column, cell in enumerate(row) if column != ref_column]
        merged_heading = (
            bool(ref)
            and not has_data
            and len(others) > 2
            and sum(cell.merged_from is None for cell in others) == 1
            and len({text for column, text in enumerate(texts) if text and column != ref_column}) == 1
        )
        if (ref and _SECTION_REF.match(ref) and not own("lead")) or spans_row or merged_heading:
            section = " ".join(dict.fromkeys(part for part in (ref, content or first_filled) if part))
            # "I.1" under "I": the sub-section keeps its parent's text and period.
            while state.sections and not (ref and _is_child(ref, state.sections[-1][0])):
                state.sections.pop()
            parent_due = state.sections[-1][2] if state.sections else ""
            period = _period_phrase(section) or _standing_after_periods(
                section, after_periods=state.timed_sections
            )
            state.timed_sections = state.timed_sections or _names_month_or_quarter(period)
            state.sections.append((ref, section, period or parent_due))
            state.section = " / ".join(entry[1] for entry in state.sections)
            state.section_due, state.parents = state.sections[-1][2], []
            # `II. Ban Thi đua - Khen thưởng` across a table with no lead column: the unit leads
            # the rows under it (the innermost section naming one).
            state.section_lead = next(
                (unit for _r, text, _p in reversed(state.sections) if (unit := _section_unit(text))), ""
            )
            if roles.get("due") == 0 and not leader_group:
                state.due = value("due")
            return
        # A row continuing the one above: no number and no content of its own, but data of its own.
        ref_own = own("ref") if "ref" in roles else ""
        continues = any(own(role) for role in ("result", "due", "start", "measure", "target", "value"))
        # But a task cell merged down over rows that name another lead of their own is the same task
        # for another body ("cấp tỉnh" / "cấp cơ sở" rows under one task): an item of its own.
        same_task_other_lead = (
            value("content")
            and row[roles["content"]].merged_from is not None
            and own("lead")
            and self.items
            and fold(own("lead")) not in fold(self.items[-1].lead)
        )
        if self.items and not ref_own and not own("content") and continues and not same_task_other_lead:
            self._continue(self.items[-1], header, own)
            return
        content_in_lead = False
        if not content:
            lead_text = value("lead")
            if lead_text and len(lead_text.split()) >= 5:
                message = _("The content stood in the lead-unit column; no lead unit.")
                self.warnings.append(Warning(self._line(table, index), message))
                content, content_in_lead = lead_text, True
            else:
                return
        if (
            not ref
            and state.numbered
            and ((not value("lead") and _LETTER_MARK.match(content)) or _DASH_MARK.match(content))
        ):
            self._lettered(table, index, header, state, texts, content, own)
            return
        # A row split across a page break: no number, no unit, starting in lower case.
        printed_due = value("due")
        if self.items and not ref and not value("lead") and content[:1].islower():
            if printed_due:
                state.due = printed_due
            self.items[-1].content = f"{self.items[-1].content} {content}"
            return
        if not ref and self.indented and (level := _content_indent(table, index, header)) is not None:
            while state.indent_parents and state.indent_parents[-1][0] >= level:
                state.indent_parents.pop()
            if _indent_heads(table, index, header, level) and not any(
                own(role) for role in ("measure", "target", "value")
            ):
                # A group or an activity over indented sub-activities: a heading whose lead and
                # time its rows take where they print none, no task of its own.
                state.indent_parents.append((level, content, value("due"), value("lead")))
                return
        self.rows_read += 1
        if content_in_lead:
            texts = list(texts)
            texts[header.roles["lead"]] = ""
        if (
            not content_in_lead
            and "due" in roles
            and (
                paired := paired_tasks(
                    row[roles["content"]].parts,
                    row[roles["due"]].parts,
                    value("due"),
                    shared_time=self.lists_times,
                )
            )
        ):
            # one row per unit, its tasks as lines of one cell and their times as lines of the next
            for task, due in paired:
                texts = list(texts)
                texts[roles["due"]] = due
                self._item(table, index, header, state, table_lead, texts, ref, task, own)
            return
        listed = () if content_in_lead or "due" in roles else listed_tasks(row[roles["content"]].parts)
        for task in listed or (content,):
            self._item(table, index, header, state, table_lead, texts, ref, task, own)

    def _item(self, table, index, header, state, table_lead, texts, ref, content, own) -> None:
        def value(role: str) -> str:
            column = header.roles.get(role)
            return texts[column] if column is not None and column < len(texts) else ""

        roles = header.roles
        key = _ref_key(ref)
        # (a sub-row lettered `a`, `b` stays under the numbered row above it: _letters_below)
        while (
            state.parents
            and not _is_child(ref, state.parents[-1][0])
            and not (_LETTER_REF.match(key) and _NUMBER_REF.match(state.parents[-1][0]))
        ):
            state.parents.pop()
        parent = state.parents[-1] if state.parents else None
        reasons: list[str] = []
        confidence = 1.0
        reserve = self.reserve_fills
        shaded = frozenset(
            c for c, cell in enumerate(table.rows[index]) if cell.filled and cell.fill not in reserve
        )
        due = _latest_due(texts, header, shaded, day_legend=self.day_legend)
        due = _year_carried(due, state)
        if state.day and (not due or is_time_of_day(due)):
            due = f"{state.day} ({due})" if due else state.day  # "07g30" under "THỨ HAI - 07/6/2027"
        if due and header.period_columns and (standing := _note_standing(value("note"))):
            due = standing  # the marks span the year; the note says the work never ends
        elif (
            due
            and header.period_columns
            and (round_ := _note_round_over_marks(value("note"), texts, header, shaded))
        ):
            due = round_  # `x` under T3, T6, T9, T12 beside `Hằng quý`: the marks are a round's turns
        if due and (round_ := _note_round_over_whole(due, value("note"))):
            due = round_  # `Cả tháng` beside `Thường xuyên`: the work runs all month, never done
        if due and _WHOLE_GROUP.match(" ".join(fold(due).split())):
            due = _group_range(texts, header) or due
        whole = _WHOLE_PERIOD.match(" ".join(fold(due).split()).strip(" .")) if due else None
        if whole or within_month(due):
            # the section rows of this table (those open above its title are the title's elders);
            # a day or a part of "the month" (`Ngày 10`, `Tuần cuối` under `THÁNG 7/2027`) is that month's
            sections = [entry[1] for entry in reversed(state.sections) if entry not in state.titled_under]
            if period := title_period(whole.group(1) if whole else "thang", [*sections, *state.title_lines]):
                due = f"{due} ({period})"
        no_deadline = bool(due) and bool(_NO_DEADLINE.match(" ".join(fold(due).split()).strip(" .")))
        if due and (rounds := _day_rounds(due)):
            due = rounds  # `Trước 10/6 và 10/12`: the same day of every half year, a round
        month_due = ""  # what rows left blank below carry: the month, never this row's note's time
        if due and not no_deadline and (day := _note_time_in_month(due, value("note"))):
            # `Tháng 11/2027` beside a note `Dự kiến ngày 20/11`: that day of the month (a span
            # `Từ 08/01 đến 22/01/2027`: its last day; `Hằng ngày`: ongoing)
            month_due, due = due, day
        if due and not no_deadline and (day := _note_day_in_week(due, value("note"))):
            due = day  # `Tuần 10 (09/11 - 14/11)` beside a note `Sáng thứ Bảy 14/11`: that day
        if due and not no_deadline and (day := _content_day_in_period(due, content)):
            # `Quý II` beside a task printing `(trước 15/5)`: that day; the quarter is what rows left
            # blank below carry
            month_due, due = month_due or due, day
        lead = _LABEL_COLOUR.sub("", value("lead"))
        if names_another_paper(lead):
            lead = ""  # `Theo giấy mời`: who prepares is the invitation's word, no unit of the plan
        if state.person_leads:
            lead = "; ".join(_COMRADE.sub("", part.strip()) for part in lead.split(";") if part.strip())
        coordinating = value("coordinating")
        if header.unit_columns:
            lead, coordinating = _marked_units(texts, header.unit_columns)
        lead, partner = split_partner(lead)
        coordinating = "; ".join(part for part in (partner, coordinating) if part)
        leader = value("leader")
        # `Phó Hiệu trưởng chuyên môn` alone in the lead column: the deputy who oversees the work,
        # its leader, not a unit that leads it (and no other row's lead either).
        deputy = bool(_DEPUTY_POST.match(" ".join(fold(lead).split())))
        if deputy:
            leader, lead = leader or lead, ""
        merged_away = _merged_away(table, index, texts, header)
        guessed_merge = False  # the due is the row above's, guessed merged away from a blank cell
        if no_deadline:
            due = ""  # printed as having none: no due, not the row above's
        elif due:
            state.due = month_due or due
        elif "due" in merged_away or (
            roles.get("due", 99) < roles["content"] and not table.records and not _keyed_row(texts, roles)
        ):
            due = state.due  # a month heading its rows, or a cell merged away
            guessed_merge = "due" in merged_away and not table.row_widths
            if due and (own_time := _note_time_in_month(due, value("note"), carried=True)):
                due = own_time  # the month carried down frames the row; its note's time is its own
        if not lead and state.indent_parents and not deputy:
            lead = next((p[3] for p in reversed(state.indent_parents) if p[3]), "")
        if not lead and "lead" in merged_away and not deputy:
            lead = state.lead
        if not due and not no_deadline and (day := _weekday_in_week(texts, header, state.sections)):
            # `Thứ Năm, Thứ Sáu` under `TUẦN 2 (từ 06/3 đến 10/3/2028)`: 10/3/2028, the row's own day
            # (before a round its content prints: `ngày 15 hằng tháng` on this month's calendar)
            due = day
        if not due and not no_deadline:
            # `Tần suất`/`Chu kỳ` beside the deadline column: the round where no deadline is printed
            # (`Hằng tháng`, `6 tháng/lần`); a deadline printed beside it is this year's due.
            due = _frequency_due(value("frequency"))
        if not due and not no_deadline and "start" in roles:
            # `Thường xuyên` typed in the `Từ ngày` column, the `Đến ngày` left blank: the work is a
            # standing one (or a round, `Hằng tháng`); a start date alone is no due (its end is unknown)
            due = _frequency_due(value("start"))
        if not due and not no_deadline:
            due = _note_due(value("note"), under_period=bool(state.section_due)) or _note_round(value("note"))
        if not due and not no_deadline and "due" in roles and (day := _start_as_end(value("start"))):
            # `Từ ngày` 06/03/2027 beside an empty `Đến ngày`: a one-day job, due that day (after the
            # note: `Suốt đợt` there says the row runs the whole campaign, no one day)
            due = day
        if not due and not no_deadline and "due" not in roles and not header.period_columns:
            # no time column: the time the task's own text prints (inside its group's period)
            due = _indicator_time(_content_due(content, state.section_due), header)
            if not due:
                # a week cell left of the content, merged over its rows (`Tuần 1 (02/10 - 06/10)`):
                # the week's last printed day, where the task prints no day of its own
                # (or the one day its short note prints in that week: `Tiết chào cờ 13/3`)
                group = _group_range(texts, header)
                due = _day_in_range(content, group) or _note_day_in_week(group, value("note")) or group
        if not due and not no_deadline:
            note_text = value("note")
            due = _indicator_time(_content_recurrence(content), header) or _note_recurrence(note_text)
            # `vào ngày thứ Hai đầu tháng` under `CÔNG VIỆC THƯỜNG XUYÊN`: every month's
            due = due or _standing_round(content, state.section_due)
            # (under a printed period a note citing the plan the task follows is no time: _note_due)
            # (beside an indicator's figures a note citing a roadmap says how the figure is set: none)
            figures = bool(value("measure").strip() or value("target").strip())
            due = due or ("" if state.section_due else _note_by_plan(note_text, figures=figures))
        if not due and parent and not no_deadline:
            due = parent[2]
        if not due and state.indent_parents and not no_deadline:
            due = next((p[2] for p in reversed(state.indent_parents) if p[2]), "")
        if not due and not no_deadline:
            due = state.section_due
        if not lead and parent and not deputy:
            lead = parent[3]
        if not lead and state.section_lead and "lead" not in roles:
            lead = state.section_lead
        note = value("note")
        bare = "lead" not in roles and "leader" not in roles and not header.unit_columns
        if not lead and not deputy and (found := _note_lead(note, bare=bare, known=state.column_units)):
            lead = found
        if not lead and (found := _post_unit(value("leader"))):
            lead = found  # `ThS. Lê Thị A - Trưởng khoa Dược`: the person heads the unit that leads
        if not lead and "lead" not in roles and not deputy and (found := _leader_cell_unit(value("leader"))):
            # `Người phụ trách` of persons, posts and teams: a team (`Tổ nuôi dưỡng`) leads its row
            lead, leader = found, ""
        if not lead and state.posts_lead and "lead" not in roles:
            # `Người phụ trách` of posts and persons only (`Chủ tịch Công đoàn`, `PHT Trần Thị Lan`):
            # the table's only word on who does the work, its lead as printed
            lead, leader = _COMRADE.sub("", leader.strip(" .")), ""
        if not lead and table_lead and not deputy:
            lead, confidence = table_lead, state.table_lead_confidence
            reasons.append("guessed_lead")
            self.guessed_leads += 1
        if lead:
            state.lead = lead
        headings = (*(p[1] for p in state.parents), *(p[1] for p in state.indent_parents))
        section = " / ".join(part for part in (state.section, *headings) if part)
        notes = [note] if note and note != lead else []
        target = value("target") or value("value")
        kept = ("context", "result", "start", "monitoring", "frequency") + (
            () if is_plain_number(target) else ("target", "value")
        )
        kept += ("due",) if no_deadline else ()
        for role in kept:
            if text := value(role):
                notes.append(f"{header.labels[roles[role]].split(' / ')[-1]}: {text}")
        item = RawItem(
            content=content,
            line=self._line(table, index),
            ref=ref or None,
            section=section or (state.due if roles.get("due") == 0 else None) or None,
            lead=lead,
            coordinating=coordinating,
            leader=leader,
            due=due,
            note="; ".join(notes),
            indicator_name=content if header.indicator else "",
            indicator_measure=value("measure"),
            indicator_target=target,
            confidence=confidence,
            reasons=reasons,
            ocr=table.ocr or any(cell.ocr for cell in table.rows[index]),
        )
        lettered = bool(_NUMBER_REF.match(ref)) and self._letters_below(table, index, header)
        if _NUMBER_REF.match(ref) and (lettered or self._has_children(table, index, header, key)):
            # A row heading sub-items is an item only where it holds values of its own, or a state
            # of its own: in a tracker's export (`Trạng thái: Đang xử lý`) the parent task is
            # tracked as its sub-tasks are, a group heading never is.
            holds_values = any(own(role) for role in ("measure", "target", "value", "status"))
            # Over sub-rows lettered in the number column (`1 | Cấp giấy chứng nhận lần đầu` over
            # `a | Hộ gia đình …`, `b | Tổ chức …`) the row heads them only where it prints nothing
            # but its number and text: with a unit or a time of its own it is a task of its own.
            holds_values = holds_values or (lettered and any(own(role) for role in ("lead", "due")))
            # An indicator's parent over numbered sub-indicators (`1 | Tổng nguồn vốn hoạt động |
            # Tỷ đồng | 1.240 | =E9+E10` over `1.1`, `1.2`) printing no lead and no time of its own:
            # its figures are theirs summed, a heading; with a unit or a time it is an indicator.
            summed = not lettered and indicator_table(header) and not own("lead") and not own("due")
            holds_values = holds_values and not summed
            heading = "" if holds_values else f"{ref.rstrip('.')}. {content}"
            # A group row (`2 | CHỈ TIÊU XÃ HỘI`) blank after its text only seems to continue the
            # row above's due: its sub-items (`2.1`, `2.2`) do not take that due from it.
            state.parents.append((ref, heading, "" if guessed_merge else due, lead))
            if not holds_values:
                self.rows_read -= 1
                return
        if is_form_responses(header) and lead and _REPLACES.search(fold(note)):
            self._drop_replaced(item)
        self.items.append(item)
        state.numbered = (item, bool(value("due"))) if ref and "lead" in roles else None

    def _drop_replaced(self, item: RawItem) -> None:
        """A form's response whose note says it replaces the unit's earlier one ("Gửi lại, thay cho
        bản đăng ký sáng 08/01"): that earlier response of the same unit in this table is no item —
        the only one, or of several the one whose task shares most of this one's words."""
        earlier = [
            other
            for other in self.items[self.table_start :]
            if fold(other.lead).strip() == fold(item.lead).strip()
        ]
        words = set(fold(item.content).split())

        def shared(other: RawItem) -> float:
            theirs = set(fold(other.content).split())
            return len(words & theirs) / max(len(words | theirs), 1)

        best = max(earlier, key=shared, default=None)
        if best is not None and (len(earlier) == 1 or shared(best) >= 0.5):
            self.items.remove(best)
            self.rows_read -= 1

    def _lettered(self, table, index, header, state, texts, content, own) -> None:
        """A sub-row `a) …` with no number and no unit under a numbered row: an item led by that
        row's unit, due at its own time (else the row's); the numbered row, printing no time of
        its own, only heads its sub-rows and is no item. A sub-row marked with a dash or a plus
        (`    - …`) is one too, and may name a unit of its own (it leads)."""
        parent, printed = state.numbered
        if not printed and parent in self.items:
            self.items.remove(parent)
            self.rows_read -= 1
        texts = list(texts)
        if not texts[header.roles["lead"]].strip():
            texts[header.roles["lead"]] = parent.lead
        if not own("due") and "due" in header.roles:
            texts[header.roles["due"]] = parent.due
        section = " / ".join(part for part in (parent.section, parent.content) if part)
        lettered = _LETTER_MARK.match(content)
        letter = (
            lettered.group(1) if lettered else str(1 + sum(item.section == section for item in self.items))
        )
        self.rows_read += 1
        self._item(table, index, header, state, "", texts, "", content, own)
        item = self.items[-1]
        item.ref = f"{parent.ref} {letter})" if parent.ref else f"{letter})"
        item.section = section
        item.coordinating = item.coordinating or parent.coordinating
        state.numbered = (parent, printed)

    @staticmethod
    def _letters_below(table: Table, index: int, header: Header) -> bool:
        """Whether the next row numbered under `index` is lettered in the number column (`a`, `b)`):
        the row's sub-rows. Not a lettered row after a row between (the next number comes first)."""
        text = _next_ref(table, index, header)
        return bool(text and _LETTER_REF.match(text))

    @staticmethod
    def _has_children(table: Table, index: int, header: Header, key: str) -> bool:
        text = _next_ref(table, index, header)
        if not text:
            return False
        # `2.1` under `2`; not the next group's heading `2. Phòng, chống dịch` (a number and a space: a
        # sibling group merged across the row after the last row of this one).
        rest = _ref_key(text).removeprefix(key + ".")
        return rest != _ref_key(text) and rest[:1] not in ("", " ")

    @staticmethod
    def _line(table: Table, index: int) -> int | None:
        return table.row_lines[index] if index < len(table.row_lines) else None

    @staticmethod
    def _continue(item: RawItem, header: Header, own) -> None:
        for role in ("result", "start"):
            if text := own(role):
                label = header.labels[header.roles[role]].split(" / ")[-1]
                item.note = "; ".join(part for part in (item.note, f"{label}: {text}") if part)
        if (due := own("due")) and due not in item.due:
            item.due = "; ".join(part for part in (item.due, due) if part)
        for role in ("lead", "coordinating"):
            text = own(role)
            current = getattr(item, role)
            if text and fold(text) not in fold(current):
                setattr(item, role, "; ".join(part for part in (current, text) if part))


def continuing_width(table: Table, state: _State) -> bool:
    """The table may continue the one read before it (right above it, same width)."""
    return state.header is not None and table.width == len(state.header.labels)


def read_tables(blocks: list, warnings: list[Warning]) -> tuple[list[RawItem], _Reader]:
    reader = _Reader(warnings)
    state = _State()
    blocks = join_split_columns(blocks)  # a sheet printed with its columns over several pages
    paragraphs: list[Paragraph] = []
    previous_was_table = False
    skipped_sheets: list[Table] = []
    heading = ""  # the last marked heading since the previous table
    results_part = False  # inside a report's results part (a Roman heading naming results)
    since_table = 0  # the first paragraph after the previous table
    log = {id(table) for table in log_tables(blocks)}  # an e-office slip's processing log: no task rows
    for position, block in enumerate(blocks):
        if id(block) in log:
            continue
        if isinstance(block, Paragraph):
            paragraphs.append(block)
            if block.text.strip():
                previous_was_table = False
                if _MARKED_HEADING.match(block.text.strip()):
                    heading = block.text.strip()
                    folded = " ".join(fold(heading).split())
                    if _PART_HEADING.match(heading):
                        results_part = bool(_RESULTS_HEADING.match(folded))
                    elif _TASKS_SUBHEADING.match(folded):
                        results_part = False
            continue
        if results_part or names_results(heading):
            # `I. KẾT QUẢ THỰC HIỆN THÁNG 4/2026` over a table: what was done, not tasks (a
            # report's tasks are under `II. NHIỆM VỤ … THÁNG 5`); nothing continues it.
            state.header, previous_was_table, heading = None, False, ""
            continue
        heading = ""
        if block.sheet:
            state = _State()  # a workbook's sheet starts afresh: it continues no other sheet
        elif not previous_was_table:
            state.header = None  # a table continues only the table right above it
        reader.day_legend = days_legend(_legend_texts(blocks, position))
        if not reader.table(block, state, paragraphs, since_table) and block.sheet:
            skipped_sheets.append(block)
        since_table = len(paragraphs)
        previous_was_table = True
    if reader.items:
        for table in skipped_sheets:
            _warn_skipped_sheet(table, warnings)
        expand_legend_codes(reader.items, blocks)
    return reader.items, reader


def _legend_texts(blocks: list, position: int, lines: int = 3) -> list[str]:
    """Where a legend of the table at `position` is printed: the first cell of its last two rows and
    the first `lines` non-empty paragraphs under it, up to the next table (a table right under it,
    no text between, continues it: the legend is read under that one)."""

    def last_rows(table: Table) -> list[str]:
        return [next((cell.text for cell in row if cell.text.strip()), "") for row in table.rows[-2:]]

    texts = last_rows(blocks[position])
    paragraphs = 0
    for block in blocks[position + 1 :]:
        if isinstance(block, Table):
            if paragraphs:
                break
            texts += last_rows(block)
        elif isinstance(block, Paragraph) and block.text.strip():
            texts.append(block.text)
            paragraphs += 1
            if paragraphs >= lines:
                break
    return texts


def _warn_skipped_sheet(table: Table, warnings: list[Warning]) -> None:
    """A sheet with rows that the reading of the other sheets left out says so, never silently."""
    filled = sum(any(cell.text.strip() for cell in row) for row in table.rows)
    if filled < 2:
        return
    message = _(
        "Sheet “%(sheet)s” (%(rows)d rows) was not read: no row of it names the content column and a "
        "lead unit or due column."
    ) % {"sheet": table.sheet, "rows": filled}
    warnings.append(Warning(table.row_lines[0] if table.row_lines else None, message))


def expand_legend_codes(items: list[RawItem], blocks: list) -> None:
    """Lead and coordinating cells that hold only codes ("B", "A, E") explained in a legend under
    or above the table ("(*) Ký hiệu đơn vị:" / "A: Văn phòng …") read as the units it names; a
    unit printed with an abbreviation that a note spells out (`Khoa TT-GDSK` under `Ghi chú: Khoa
    TT-GDSK là Khoa Truyền thông - Giáo dục sức khỏe`, `Ban BVR` under a sheet's row `Viết tắt: Ban
    BVR - Ban Bảo vệ rừng; …`) reads as the name written out."""
    from engine.importing.layouts.prose_tasks import expand_short_forms
    from engine.importing.units import code_legend, expand_codes, opens_legend, short_form_legend

    paragraphs = [block.text for block in blocks if isinstance(block, Paragraph)]
    texts = list(paragraphs)
    for block in blocks:
        if isinstance(block, Table):
            texts += [next((cell.text for cell in row if cell.text.strip()), "") for row in block.rows]
    legend = code_legend(texts)
    # (a legend typed in a sheet's merged row under the table is a row's first cell, under its head)
    legend_rows = [text for text in texts[len(paragraphs) :] if opens_legend(text)]
    short_forms = short_form_legend(paragraphs + legend_rows)
    for item in items:
        if legend:
            item.lead = expand_codes(item.lead, legend)
            item.coordinating = expand_codes(item.coordinating, legend)
        if short_forms:
            item.lead = expand_short_forms(item.lead, short_forms)
            item.coordinating = expand_short_forms(item.coordinating, short_forms)


def recognise(ctx: Context) -> Recognised | None:
    """Items from the document's task tables; support grows with the share of table rows read."""
    warnings: list[Warning] = []
    blocks = list(getattr(ctx.document, "blocks", []) or [])
    items, reader = read_tables(blocks, warnings)
    if not items:
        return None
    read_share = reader.rows_read / max(reader.rows_seen, 1)
    support = min(1.0, 0.55 + 0.35 * read_share + (0.1 if any(i.lead for i in items) else 0.0))
    if reader.guessed_leads:
        support -= 0.05
    return Recognised("table", items, warnings, support=round(support, 3))


def _next_ref(table: Table, index: int, header: Header) -> str:
    """The number printed in the reference column of the first row after `index` that prints one;
    "" where the table has no such column or no later row numbered."""
    column = header.roles.get("ref")
    if column is None:
        return ""
    for following in table.rows[index + 1 :]:
        text = following[column].text.strip() if column < len(following) else ""
        if text:
            return text
    return ""
