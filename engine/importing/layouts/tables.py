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
  task text the unit's name in lower case (`Sở Văn hóa, Thể thao` / `và Du lịch`);
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
time ("Hằng quý") is the due of a row that prints none. In a calendar whose first column is the
time, a day merged across the table ("THỨ HAI - 07/6/2027") is no item: it is the due of the rows
below that print only a time of day ("07g30", "Chiều", "Cả ngày"); a duty roster ("Trực lãnh
đạo: …") is no item even beside the office that keeps it. In a month's calendar whose week rows
span the table and print their days ("TUẦN 2 (từ 06/3 đến 10/3/2028)"), a row's first cell naming
only weekdays ("Thứ Ba", "Thứ Năm, Thứ Sáu") or the whole week ("Cả tuần") is due on the last of
those days in that week, before any round its content prints; one saying the day is not set yet
("Chưa xác định ngày") is for a person to set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from django.utils.translation import gettext as _

from engine.deadlines.parsing import within_month
from engine.importing.blocks import Paragraph, Table
from engine.importing.headers import (
    UNIT_CODE_SCORE,
    Header,
    classify,
    is_form_responses,
    is_numbering_row,
    restates_header,
    role_scores,
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
    parse_time,
)
from engine.importing.layouts.paired_rows import fold_labelled_rows
from engine.importing.layouts.pivots import with_pivot_groups_filled
from engine.importing.layouts.processing_log import log_tables
from engine.importing.layouts.prose_facts import folded_same_length, prints_date
from engine.importing.layouts.split_columns import join_split_columns
from engine.importing.leaders import HEAD_POST
from engine.importing.model import RawItem, Warning
from engine.importing.recognition import Context, Recognised
from engine.importing.units import names_a_unit, split_partner
from engine.text import fold

_SECTION_REF = re.compile(r"^(?:[IVXLC]+|[A-ZĐ])(?:\.\d+)*\.?$")
_NUMBER_REF = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$")
_FOOTNOTE = re.compile(
    r"^(\(?\*+\)?|ghi chu\s*:|luu y\s*:|chu thich|nguon\s*:|\(\d+\)\s+\w|tong (so|cong)\s*:)"
)
_FOOTNOTE_FIRST = set("(*GgLlCcNnTt")
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
# A board label's colour after its name ("Phòng Kỹ thuật (green)"): not part of the unit's name.
_LABEL_COLOUR = re.compile(
    r"\s*\((?:green|yellow|orange|red|purple|blue|sky|lime|pink|black|grey|gray|"
    r"(?:green|yellow|orange|red|purple|blue|sky|lime|pink|black)_(?:light|dark))\)(?=\s*(?:,|;|$))",
    re.IGNORECASE,
)
# An archived record's flag, as exports print it ("true", "TRUE", "yes", "1", "x", "Có").
_ARCHIVED = re.compile(r"^(true|yes|y|1|x|co|da luu tru)$")
_INACTIVE = re.compile(r"^(false|no|n|0|khong)$")


def _outline_level(table: Table, index: int, column: int) -> int | None:
    text = table.rows[index][column].text.strip() if column < len(table.rows[index]) else ""
    return int(text) if text.isdigit() else None


def _summarises(table: Table, index: int, column: int | None) -> bool:
    """A row of a scheduler's export (`Outline_Level`) whose next levelled row is deeper: the summary
    task over the rows below it, no task of its own."""
    if column is None or (level := _outline_level(table, index, column)) is None:
        return False
    for below in range(index + 1, len(table.rows)):
        if (deeper := _outline_level(table, below, column)) is not None:
            return deeper > level
    return False


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
# A total line with what it counts ("Tổng số nhiệm vụ:", "Tổng cộng kinh phí", "Cộng kinh phí"), every
# other cell a number (a count, a sum, an average shown as a percentage); not `Cộng đồng …`, `Cộng tác …`.
_TOTAL_OF = re.compile(r"^(tong cong|tong so|tong|cong(?! dong\b| tac\b))( [a-z]+){0,4}$")
# A total line with its count in its own cell ("Tổng cộng: 5 nhiệm vụ", "Tổng số nhiệm vụ: 12"), in
# whichever column it is printed.
_TOTAL_COUNT = re.compile(r"^(tong cong|tong so)( [a-z]+){0,3}: \d+( [a-z]+){0,3}$")
_NUMBER_ONLY = re.compile(r"^[\d.,%\s]+$")
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
# A form's test response: its unit or its task only a test word ("test", "Thử", "test biểu mẫu",
# "Thử gửi phiếu"), not a task ("Thử nghiệm …" is one).
_TEST_ANSWER = re.compile(
    r"^(test(ing)?|thử)(\s+(biểu mẫu|mẫu|form|phiếu|gửi|gửi phiếu|lần\s*\d+|\d+))*[\s.!]*$", re.IGNORECASE
)
# A later response replacing an earlier one of the same unit ("Gửi lại, thay cho bản đăng ký …",
# "Đăng ký lại, thay thế phiếu …").
_REPLACES = re.compile(r"\b(thay (cho|the)|gui lai|dang ky lai|nop lai)\b")
# A ditto mark filling a cell (`"`, `”`, `〃`, `- nt -`, `nt`, `Như trên`): as the cell above.
_DITTO_MARKS = frozenset("\"“”„〃'’")
_DITTO_WORDS = re.compile(r"^[-–(\s]*(?:n\.?\s?t|nhu tren|nhu o tren)\.?[-–)\s]*$")
_LEADS = r"\s+(?:chủ trì|là cơ quan chủ trì|làm đầu mối)\b"
_GIAO = re.compile(r"\b[Gg]iao\s+(?P<unit>[A-ZĐ][^.;:()]{2,90}?)" + _LEADS)
_SUBJECT = re.compile(r"^(?P<unit>[A-ZĐ][^.;:()]{2,90}?)" + _LEADS)
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
# A named person with their post (`BSCKII. Phạm Văn B - Trưởng khoa Gây mê hồi sức`, `Nguyễn C,
# Phó Trưởng phòng Điều dưỡng`): the unit they head, where no column names the lead.
_POST_UNIT = re.compile(
    r"[-–,(]\s*(?:(?:phó\s+)?trưởng|phụ trách|giám đốc)\s+"
    r"((?:khoa|phòng|ban|tổ|bộ phận|trung tâm|đơn vị)\s+[^,;()]+?)\s*\)?$",
    re.IGNORECASE,
)


def _is_total_row(texts: list[str], content_column: int) -> bool:
    """ "Tổng số nhiệm vụ: | 8 | … | 46%": a total line naming what it counts, its other cells numbers."""
    content = " ".join(fold(texts[content_column]).split()).strip(" .:")
    others = [text for column, text in enumerate(texts) if text and column != content_column]
    return bool(_TOTAL_OF.match(content)) and all(_NUMBER_ONLY.match(text) for text in others)


def _leader_cell_unit(leader: str) -> str:
    """A unit named where a column of those in charge (`Người phụ trách`) is expected to name
    persons or posts (`Tổ nuôi dưỡng`, `Tổ Văn phòng (NV y tế); Trạm Y tế phường phối hợp`): the
    cell, to be read as a lead; "" where its first part names a person or a post."""
    first = re.split(r"\s*[;,]\s*", leader.strip(" ."), maxsplit=1)[0]
    first = re.sub(r"\s*\([^()]*\)\s*$", "", first)
    return leader.strip(" .") if names_a_unit(first) else ""


# The column of those in charge (`Người phụ trách`, `Người chịu trách nhiệm`), folded.
_IN_CHARGE_COLUMN = re.compile(r"^nguoi (phu trach|chu tri|chiu trach nhiem)$")
# A post whose first word is a unit's (`Tổ trưởng chuyên môn`, `Trạm trưởng`, `Đội phó`), folded: no unit.
_TEAM_POST = re.compile(r"^(?:to|tram|doi|khoi) (?:truong|pho)\b")


def _posts_lead(table: Table, header: Header, rows: range) -> bool:
    """Whether the table's only column of who does the work is one of those in charge (`Người phụ
    trách`) whose every cell names posts or persons (`Chủ tịch Công đoàn`, `PHT Trần Thị Lan`,
    `Giáo viên chủ nhiệm`), no unit: a school or a small office assigns its work to posts, and the
    column is then the lead as printed. Where some cells name teams (`Tổ nuôi dưỡng`), the teams
    lead their rows and a person beside them leads none (`_leader_cell_unit`)."""
    column = header.roles.get("leader")
    if "lead" in header.roles or column is None or header.unit_columns:
        return False
    if not _IN_CHARGE_COLUMN.match(
        " ".join(fold(header.labels[column].split(" / ")[-1]).split()).strip(" .:")
    ):
        return False
    cells = [" ".join(table.rows[r][column].text.split()) for r in rows if column < len(table.rows[r])]
    cells = [cell for cell in cells if cell]
    if len(cells) < 2:
        return False
    return not any(
        (_leader_cell_unit(cell) and not _TEAM_POST.match(fold(cell))) or _post_unit(cell) for cell in cells
    )


def _post_unit(leader: str) -> str:
    match = _POST_UNIT.search(leader.strip(" ."))
    return match.group(1) if match else ""


_DATA_ROLES = ("lead", "coordinating", "leader", "start", "due", "result", "measure", "target", "value")


@dataclass
class _State:
    """What carries from row to row (and from a table to the one continuing it)."""

    header: Header | None = None
    header_texts: list[list[str]] = field(default_factory=list)  # header rows repeated at a page break
    person_leads: bool = False  # the lead column names the persons who do the work (`Người thực hiện`)
    posts_lead: bool = False  # the only column of who does the work names posts and persons, no unit
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


# A signer's post as a signature block prints it, in capitals (folded): `NGƯỜI LẬP BIỂU`, `GIÁM ĐỐC`,
# `TRƯỞNG PHÒNG KỸ THUẬT`, `KẾ TOÁN TRƯỞNG`, `TM. ỦY BAN NHÂN DÂN`, `XÁC NHẬN CỦA …`.
_SIGNER = re.compile(
    r"^(?:(?:nguoi (?:lap|duyet|ky|kiem tra|phe duyet)|(?:pho )?(?:tong )?giam doc"
    r"|(?:pho )?truong (?:phong|khoa|ban|bo phan)|thu truong|ke toan truong|(?:pho )?chu tich|xac nhan)\b"
    r"|(?:tm|kt|tl|q)\s*\.)"
)


def _signature_row(row: list) -> bool:
    """A row whose filled cells are in capitals and signers' posts: the signature block under a
    sheet's table (the names below it too), not a task. Beside a post, the body that prepared the
    sheet may sign by its name alone (`PHÒNG TỔNG HỢP | GIÁM ĐỐC`)."""
    texts = [" ".join(cell.text.split()) for cell in row if cell.text.strip() and cell.merged_from is None]
    if not texts or not all(text.isupper() and not re.search(r"\d", text) for text in texts):
        return False
    posts = sum(bool(_SIGNER.match(fold(text))) for text in texts)
    return posts == len(texts) or (posts >= 1 and len(set(texts)) >= 2 and len(texts) <= 4)


# A section heading (`I. …`, `2. …`) and one naming a report's results, over a table of what was
# done (`Kết quả thực hiện tháng 4`, `Kết quả đạt được`, `Tình hình thực hiện …`).
_MARKED_HEADING = re.compile(r"^(?:[IVX]{1,5}|\d{1,2})\s*[.)/]\s+\S")
_RESULTS_HEADING = re.compile(
    r"^(?:[ivx]{1,5}|\d{1,2})\s*[.)/]\s+(?:ket qua|tinh hinh thuc hien|danh gia (?:ket qua|tinh hinh))"
)
# A part's Roman-numbered heading (`I. …`, `II. …`): a results part (`I. KẾT QUẢ THỰC HIỆN QUÝ
# III`) lasts, over its numbered sub-headings (`3. Một số chỉ tiêu chủ yếu:`), up to the next one;
# a sub-heading that names tasks (`2. Nhiệm vụ tháng tới`, `Phương hướng …`) ends it sooner.
_PART_HEADING = re.compile(r"^[IVX]{1,5}\s*[.)/]\s+\S")
_TASKS_SUBHEADING = re.compile(
    r"^\d{1,2}\s*[.)/]\s+(?:cac\s+)?"
    r"(?:nhiem vu|phuong huong|ke hoach|cong tac trong tam|chuong trinh cong tac)"
)


# A group heading that names its lead after its title: after a dash (`KIỂM TRA GIÁ – Phòng Quản lý
# giá chủ trì`, `… - do Tổ Văn thư chủ trì, … phối hợp`) or in a closing parenthesis (`… (Bộ phận
# Kế toán chủ trì)`).
_SECTION_LEAD = re.compile(
    r"(?:\s[—–-]\s*|\()\s*(?:do\s+)?(?P<unit>[A-ZĐÀ-Ỹ][^—–;:()]{2,90}?)\s+chủ\s+trì\b[^—–()]*\)?\s*$"
)


# A Roman number as a scan misreads it (`1L.` for `II.`, `Il.`, a dot lost: `II SỞ NỘI VỤ`) before a
# name in capitals: at least one Roman letter, no dot needed.
_MISREAD_ROMAN = re.compile(r"^(?=[1lI|]*[IVXL])[IVXLl1|]{1,5}\s*[.)/]?\s+(?=[^\W\d_]{2})")


def _section_unit(text: str) -> str:
    """The unit a section row names (`II. Ban Thi đua - Khen thưởng`, `B. Phòng Tư pháp`, `I` in
    the number cell beside `SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG` merged across), or the one it says leads
    its rows (`A. THANH TRA HÀNH CHÍNH — Phòng Thanh tra chủ trì`), or ""."""
    from engine.importing.layouts.prose_facts import UNIT_START, folded_same_length, names_unit

    text = text.strip()
    name = re.sub(r"^(?:[IVX]{1,5}|[A-ZĐ])\s*[.)/]\s*", "", text).strip(" .:")
    if (
        name == text.strip(" .:")
        and (misread := _MISREAD_ROMAN.match(text))
        and text[misread.end() :].isupper()
    ):
        name = text[misread.end() :].strip(" .:")  # a scan's `1L. SỞ TÀI CHÍNH`, `II SỞ NỘI VỤ`
    match = _SECTION_LEAD.search(name)
    if match and (unit := match.group("unit").strip(" ,"))[0].isupper() and names_unit(unit):
        return unit
    # a number without its stop beside a name in capitals (an owner's row merged across a budget
    # sheet); `II Ủy ban nhân dân cấp xã` in a plan's own case is a heading of whom it concerns
    if (bare := re.match(r"^(?:[IVX]{1,5}|[A-ZĐ])\s+(?=\S)", name)) and name[bare.end() :].isupper():
        name = name[bare.end() :]
    # a whole row given to the name: a long one (`Ban Quản lý dự án đầu tư xây dựng các công trình
    # dân dụng và công nghiệp tỉnh`, 17 words) still opens as a body's does
    long_name = len(name.split()) <= 24 and UNIT_START.match(folded_same_length(name))
    return name if name and (names_unit(name) or long_name) else ""


# An assignment matrix's marks: the unit leads (`C`, `CT`, `Chủ trì`, `x`) or coordinates (`P`, `PH`).
_LEAD_MARK = re.compile(r"^(?:c|ct|chu tri|x|✓|✔)$")
_COORDINATING_MARK = re.compile(r"^(?:p|ph|phoi hop)$")


def _marked_units(texts: list[str], units: dict[int, str]) -> tuple[str, str]:
    """(lead, coordinating) of a row of an assignment matrix: the units its marks name, `; `-joined."""
    marks = {c: " ".join(fold(texts[c]).split()).strip(" .") for c in units if c < len(texts)}
    lead = "; ".join(units[c] for c, mark in marks.items() if _LEAD_MARK.match(mark))
    coordinating = "; ".join(units[c] for c, mark in marks.items() if _COORDINATING_MARK.match(mark))
    return lead, coordinating


# A sub-row's letter mark (`a) …`, `b. …`): not a row cut by a page break though in lower case.
_LETTER_MARK = re.compile(r"^([a-zđ])\s*[).]\s+\S")
# A sub-row's dash or plus (`    - …`, `+ …`, the cell often indented with spaces) under a numbered row.
_DASH_MARK = re.compile(r"^[-+•–]\s*\S")


def _ref_key(ref: str) -> str:
    return ref.strip().rstrip(".")


def _is_child(ref: str, parent: str) -> bool:
    return bool(parent) and _ref_key(ref).startswith(_ref_key(parent) + ".")


def _paragraph_lead(paragraphs: list[Paragraph], *, far: bool) -> tuple[str, float]:
    """ "… giao Sở Nội vụ chủ trì …" or "Báo … tỉnh chủ trì, phối hợp …" just above a table, with
    how sure that reading is: 0.9 as a lead read inside a sentence, 0.7 from further up the text."""
    for paragraph in reversed(paragraphs[-6:]):
        text = " ".join(paragraph.text.split())
        match = _GIAO.search(text) or _SUBJECT.match(text)
        if match:
            return match.group("unit").strip(" ,"), 0.9
    if far:
        for paragraph in reversed(paragraphs):
            if match := _GIAO.search(" ".join(paragraph.text.split())):
                return match.group("unit").strip(" ,"), 0.7
    return "", 0.0


def _note_lead(note: str) -> str:
    match = _GIAO.search(note) or re.search(r"\b[Gg]iao\s+(?P<unit>[A-ZĐ][^.;:()]{2,90}?)\s*$", note)
    return match.group("unit").strip(" ,") if match else ""


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


def _period_phrase(text: str) -> str:
    if _GROUP_PERIOD.match(" ".join(fold(text).replace(".", " ").split())):
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


def _unit_heading(between: list[Paragraph]) -> str:
    """The last heading between the previous table and this one (`between`, in order) where it is
    a unit's name and nothing else (a tab's label `Phòng Đào tạo` heading its pane, `Khoa Dược`
    over its own table): the unit whose rows the table holds; "" otherwise."""
    heading = next((p.text.strip() for p in reversed(between) if p.style == "heading" and p.text.strip()), "")
    return heading if names_a_unit(heading) else ""


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


def _as_due(text: str, year: int = _ANY_YEAR):
    """The parsed due of a cell (in any year, or the one its row prints: only compared with its
    row's other cells)."""
    from engine.deadlines.parsing import parse_due

    return parse_due(text, year=year)


def _marked_period(texts: list[str], header: Header, shaded: frozenset[int] = frozenset()) -> str:
    """The last period a row marks in a grid of period columns ("x" under "Quý II" and "Quý IV":
    "Quý IV"; a shaded cell under "T8" in a Gantt sheet: "Tháng 8"); every period marked is the
    last one too. A row with no mark whose period cells hold words (a milestone, "Mở lớp đợt 1",
    "Thông qua văn kiện") runs to the last period filled, or to the day that cell prints
    ("Trước 25/9" under "Tháng 9")."""
    marked = [
        (due.date, column, label)
        for column, label in header.period_columns.items()
        if column < len(texts)
        and (_MARK.match(texts[column].strip()) or (column in shaded and not texts[column].strip()))
        and (due := _as_due(label)).date
    ]
    if not marked and not header.indicator and (days := _days_in_month_columns(texts, header)):
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


def _days_in_month_columns(texts: list[str], header: Header) -> str:
    """Month columns that hold the day of the month rather than a mark ("03" under "T3", "12-16"
    under "T4"; a span over two months `25-31` then `01-14`): the last day printed in the last
    month filled ("ngày 14 tháng 2"); the same day in every month column is a monthly round. Only
    where the label over the months says they hold days ("Thời gian thực hiện (ngày trong tháng)",
    "Ngày thực hiện"): numbers under months are counts elsewhere. "" where any filled cell of the
    row is no day or any filled column no month."""
    if not all(_DAY_WORD.search(fold(header.labels[column])) for column in header.period_columns):
        return ""
    filled = {
        column: " ".join(texts[column].split())
        for column in header.period_columns
        if column < len(texts) and texts[column].strip()
    }
    if not filled:
        return ""
    for column, text in filled.items():
        match = _DAYS_OF_MONTH.match(text)
        if not match or not _MONTH_PERIOD.match(" ".join(fold(header.period_columns[column]).split())):
            return ""
        first, last = int(match.group(1)), int(match.group(2) or match.group(1))
        if not 1 <= first <= 31 or not 1 <= last <= 31:
            return ""
    if len(filled) == len(header.period_columns) >= 6 and len(set(filled.values())) == 1:
        return "Hằng tháng"
    column = max(filled)
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


def _latest_due(texts: list[str], header: Header, shaded: frozenset[int] = frozenset()) -> str:
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
    marked = _marked_period(texts, header, shaded) if header.period_columns else ""
    if marked and not _own_deadline(texts, header):
        return marked
    main = header.get(texts, "due")
    if header.period_columns and _MARK.match(main.strip()):
        main = ""
    columns = [c for c in header.due_columns if c < len(texts) and texts[c]]
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
        year += month < last
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


def _note_by_plan(note: str) -> str:
    if not _BY_PLAN_NOTE.match(fold(note)) or _as_due(note).date:
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


_NOTE_DAY = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\b")
# A note that schedules the row's event on a day (folded): `Dự kiến ngày …`, `Tổ chức ngày …`,
# `Khai mạc …`, `Ngày …`, the day alone, or sets its deadline (`Trước 20/12`, `Hoàn thành trước …`,
# `Hạn 15/4`, `Chậm nhất …`); not `Số liệu đến 20/12` (a day the row's content names).
_NOTE_SCHEDULES = re.compile(
    r"^(?:du kien|to chuc|dien ra|khai mac|ngay\b|\d|(?:hoan thanh )?truoc\b|han\b|cham nhat\b)"
)


def _note_day_in_month(due: str, note: str) -> str:
    """The day a short note schedules (`Dự kiến ngày 20/11`, `Tổ chức ngày 20/11/2027`) inside the
    month a row's due names without a day (`Tháng 11/2027`): that day, with the month's year; "" for
    a note of another month, a due naming a day, a note that only mentions a day (`Số liệu đến
    20/12`), a longer note (a remark)."""
    from engine.deadlines.parsing import names_day

    if not note or len(note.split()) > _NOTE_TIME_WORDS or names_day(due):
        return ""
    if not _NOTE_SCHEDULES.match(fold(note).strip()):
        return ""
    month = _as_due(due).date
    found = list(_NOTE_DAY.finditer(note))
    if month is None or len(found) != 1:
        return ""
    day, number, year = int(found[0].group(1)), int(found[0].group(2)), found[0].group(3)
    if number != month.month or not 1 <= day <= month.day or (year and int(year) % 100 != month.year % 100):
        return ""
    printed_year = re.search(r"\d{4}", due)
    return f"{day:02d}/{number:02d}/{printed_year.group(0)}" if printed_year else f"{day:02d}/{number:02d}"


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


_SENTENCE_ENDS = (".", ";", ":", "!", "?", ")")


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
    if not note or len(note.split()) > _NOTE_TIME_WORDS:
        return ""
    due = _as_due(note)
    return note if (due.date or due.recurrence) and not due.needs_review else ""


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


def _is_day_calendar(header: Header) -> bool:
    """A calendar's day column first ("Ngày", "Thứ, ngày"): the calendar recognisers read it."""
    label = fold(header.labels[0].split(" / ")[-1]).strip(" .:") if header.labels else ""
    return header.roles.get("due") == 0 and label in {"ngay", "thu, ngay", "ngay thang", "thu", "thu/ngay"}


# A title or column naming an event's running order (folded): its script (`KỊCH BẢN DIỄN TẬP`, `Kịch
# bản chương trình`), the programme of a ceremony or a meeting (`CHƯƠNG TRÌNH BUỔI LỄ`, `Chương trình
# Hội nghị tổng kết`), its course (`Diễn biến tình huống`, `Tiến trình buổi lễ`; not the province
# Điện Biên).
_RUNNING_ORDER = re.compile(
    r"\bkich ban\b|\bdien bien (?:tinh huong|su kien|chuong trinh|buoi)|\btien trinh (?:buoi|le|hoi|dai|dien)"
    r"|\bchuong trinh (?:chi tiet\s+)?(?:(?:cua\s+)?buoi\s+|cua\s+)?"
    r"(?:le|hoi nghi|dai hoi|hoi thao|hoi thi|ngay hoi|mit tinh|toa dam|gap mat|dien tap|khai mac|be mac"
    r"|khai giang)\b"
)
_RUNNING_ORDER_ROWS = 3


def _clock_only(text: str) -> bool:
    """A time cell that is only an hour of the day or a span of hours (`07h40`, `07h30 - 07h40`,
    `8 giờ 00 - 8 giờ 15`), no day."""
    clock, rest = parse_time(text)
    rest = rest.strip()
    return bool(clock) and (not rest or is_time_of_day(rest))


def _runs_an_event(table: Table, header: Header, title_lines: list[str], rows: range) -> bool:
    """Whether the table is the running order of one event on one day — the steps of a drill or
    a ceremony by the hour (`07h30 - 07h40 | Tập trung lực lượng …`) under a title naming its
    script or programme (`KỊCH BẢN DIỄN TẬP (ngày 19/11/2027)`) — not work to follow: every time
    it prints is an hour, none a day, and there are a few of them."""
    column = header.roles.get("due", header.roles.get("start"))
    if column is None:
        return False
    named = [*title_lines, header.labels[header.roles["content"]]]
    if not any(_RUNNING_ORDER.search(" ".join(fold(text).split())) for text in named):
        return False
    times = [row[column].text.strip() for row in (table.rows[index] for index in rows) if column < len(row)]
    times = [text for text in times if text]
    return len(times) >= _RUNNING_ORDER_ROWS and all(_clock_only(text) for text in times)


def _keyed_row(texts: list[str], roles: dict[str, int]) -> bool:
    """Whether the row prints a value of its own left of its blank due column other than its
    number (a record code, `CV-2027-0421`): a register's row, each its own record, whose blank
    deadline is none, not a grouping column's value carried down from the row above."""
    due_column, ref_column = roles["due"], roles.get("ref")
    return any(
        (text := cell.strip(" .*_"))
        and not (column == ref_column and (_NUMBER_REF.match(text) or len(text) <= 4))
        for column, cell in enumerate(texts[:due_column])
    )


def _merged_away(table: Table, index: int, texts: list[str], header: Header) -> set[str]:
    """The roles (lead, due) a thuvienphapluat row lost to cells merged from above: those past the
    cells the file printed in the row (Table.row_widths), or, where the reader does not say, the lead
    and the due both blank after the last filled cell."""
    roles = {role: header.roles[role] for role in ("lead", "due") if role in header.roles}
    if index < len(table.row_widths) and table.row_widths[index] < table.width:
        return {role for role, column in roles.items() if column >= table.row_widths[index]}
    filled = [column for column, text in enumerate(texts) if text.strip()]
    if not filled or not roles or any(column <= filled[-1] for column in roles.values()):
        return set()
    return set(roles)


# A note's request verb before those it asks (`đề nghị các phòng …`, `Yêu cầu các đơn vị …`), folded.
_ASKS = re.compile(r"(?:de nghi|yeu cau)\s+(?=cac\b|tat ca\b)")
_TO_LEADS = re.compile(r"^(?:cac|tat ca cac)\s+[^.;:]{0,30}?\bchu tri\b")
# The lead bodies named by their role without `Các` (`Đơn vị chủ trì theo dõi …`, `Cơ quan chủ trì chỉ
# tiêu cập nhật …`, `Đơn vị được giao chủ trì …`), folded.
_LEAD_ROLE = re.compile(r"^(?:co quan|don vi|bo phan)\s+(?:duoc giao\s+)?chu tri\b")
_NOTE_LABEL = re.compile(r"^\(?\*+\)?\s*|^(?:ghi chu|luu y)\s*:\s*")


def names_lead_kinds(folded: str, leads: list[str]) -> bool:
    """`folded` opens by addressing every unit of the kinds that lead the table's tasks ("các phòng,
    trạm …" over rows led by "Phòng …" and "Trạm …"; "các xí nghiệp, đội, phòng …"): each kind it
    lists is the first word or two of a lead, and it lists at least two kinds or the kind of two leads."""
    starts: dict[str, int] = {}
    for lead in leads:
        words = fold(lead).split()
        for size in (1, 2):
            if len(words) > size:
                key = " ".join(words[:size])
                starts[key] = starts.get(key, 0) + 1
    if not starts:
        return False
    kind = "|".join(re.escape(key) for key in sorted(starts, key=len, reverse=True))
    match = re.match(
        rf"^(?:cac|tat ca cac)\s+((?:{kind})(?:\s*(?:,|va)\s*(?:{kind}))*)\b(?!\s*(?:,|va)\s*\w)", folded
    )
    if not match:
        return False
    kinds = [part.strip() for part in re.split(r",|\bva\b", match.group(1)) if part.strip()]
    return len(kinds) >= 2 or starts.get(kinds[0], 0) >= 2


def _tasks_below(table: Table, index: int, header: Header) -> bool:
    """Whether a row under `index` prints a task: a content with a number or a lead beside it."""
    content, ref, lead = (header.roles.get(role) for role in ("content", "ref", "lead"))

    def text(row: list, column: int | None) -> str:
        return row[column].text.strip() if column is not None and column < len(row) else ""

    for row in table.rows[index + 1 :]:
        if text(row, content) and (_NUMBER_REF.match(text(row, ref).rstrip(".")) or text(row, lead)):
            return True
    return False


# Family names that open most Vietnamese personal names (folded).
_FAMILY_NAMES = frozenset(
    re.split(
        r"\s+",
        "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong lam mai to ha"
        " dao cao luong ta chau quach thai kieu doan vuong luu trinh la lu tang khuc thach",
    )
)


def _person_name(text: str) -> bool:
    """A personal name alone ("Đỗ Thị Hằng", "Lý Thu Trang"): two to five capitalised words opening
    with a family name, no digit."""
    words = text.split()
    return (
        2 <= len(words) <= 5
        and all(word[:1].isupper() for word in words)
        and fold(words[0]) in _FAMILY_NAMES
        and not any(ch.isdigit() for ch in text)
    )


def _unit_column_beside_persons(table: Table, header: Header, rows: range) -> int | None:
    """Where the lead column's cells are personal names (a contact point, `Đầu mối`) and another
    column whose label names a lead too (`Chi hội thực hiện`) holds bodies: that column."""

    def cells(column: int) -> list[str]:
        return [
            " ".join(table.rows[r][column].text.split())
            for r in rows
            if column < len(table.rows[r]) and table.rows[r][column].text.strip()
        ]

    persons = cells(header.roles["lead"])
    if len(persons) < 2 or sum(map(_person_name, persons)) <= len(persons) / 2:
        return None
    taken = set(header.roles.values())
    for column, label in enumerate(header.labels):
        if column in taken or not role_scores(label.split(" / ")[-1]).get("lead"):
            continue
        values = cells(column)
        if len(values) >= 2 and sum(map(_person_name, values)) <= len(values) / 4:
            return column
    return None


# A note's remark explaining a column of the table (`Cột "Điều chỉnh" ghi …`, `Cột (5) là …`,
# `Cột Lũy kế tính …`), folded.
_COLUMN_LEGEND = re.compile(r"^cot\s+(?:[\"“'(]|\d|[a-z])")
# Where a later clause of a note starts ("…; các phòng …", "…. Các tổ …").
_LATER_CLAUSE = re.compile(r"[;.]\s+(?=\S)")


def _footnote_request(
    text: str, line: int | None, leads: list[str] = (), *, closing: bool = False
) -> RawItem | None:
    """A note under the table asking the lead bodies of its tasks for a periodic or dated duty ("Ghi
    chú: Các cơ quan chủ trì báo cáo tiến độ … trước ngày 25 hằng tháng", or "Các phòng, trạm báo
    cáo …" where phòng and trạm lead its rows), or any units of a kind for a report by a round or a
    day ("Ghi chú: Các đơn vị báo cáo … trước ngày 20 hằng tháng": a closing reporting request) → an
    item of every unit (no lead); any other footnote ("(*) Số liệu ước tính", a legend, "các sở
    cập nhật …" under rows no sở leads) → None. A
    `closing` line (no note label, under the table's last task: "Các bộ phận báo cáo tiến độ tại
    cuộc họp … ngày 30/8/2027") addresses every unit it names by their kind ("Các đơn vị …")."""
    from engine.importing.layouts.prose_facts import (
        EVERY_UNIT,
        asks_report,
        due_in,
        prints_date_or_recurrence,
    )
    from engine.importing.recognition import lower

    text = " ".join(text.split())
    folded = fold(text)
    start = 0
    while match := _NOTE_LABEL.match(folded[start:]):
        if not match.end():
            break
        start += match.end()
    # Addressed to the lead bodies of the tasks above ("Các cơ quan chủ trì …", "Các đơn vị chủ trì
    # …"): their duty; a general note ("Ghi chú: các sở báo cáo …") stays a footnote. The request may
    # follow the note's remark in a later clause ("Ghi chú: Số liệu là số lũy kế; các phòng báo cáo
    # … trước ngày 05 của tháng đầu quý sau"): the request is read from there on, the note is the task.
    for clause in (start, *(m.end() for m in _LATER_CLAUSE.finditer(folded, start))):
        rest, rest_folded = text[clause:], folded[clause:]
        # a report asked of every unit of a kind is a closing reporting request (corpus README)
        addressed = EVERY_UNIT.match(rest_folded) and (closing or _TO_LEADS.match(rest_folded))
        addressed = addressed or asks_report(rest_folded)
        # `Ghi chú: đề nghị các phòng, đơn vị cập nhật …, gửi lại … hằng tuần`: asked in so many words
        addressed = addressed or (
            (asked := _ASKS.match(rest_folded)) is not None and EVERY_UNIT.match(rest_folded[asked.end() :])
        )
        if to_leads := addressed or _LEAD_ROLE.match(rest_folded) or names_lead_kinds(rest_folded, leads):
            break
    if not to_leads and closing and (duty := _lead_further_duty(text, line, leads)):
        return duty
    if not to_leads:
        # A later clause that is a named unit's own periodic or dated duty ("Ghi chú: Thời gian theo
        # quyết định của đoàn; Văn phòng Sở tổng hợp, báo cáo … cùng báo cáo quý"): that unit's task,
        # from the clause on.
        return _unit_clause(text, folded, start, line)
    if not (due := due_in(rest)):
        return None
    if not prints_date_or_recurrence(due):  # "trước khi tổ chức ít nhất 05 ngày": a reminder, no task
        return None
    # (a note whose request comes after its remark is kept as printed, label and all; but a remark
    # that only explains a column of the table, `Ghi chú: Cột "Điều chỉnh" ghi …; các phòng cập nhật
    # …`, is the header's legend, no part of the duty: the item is the request)
    legend = clause != start and _COLUMN_LEGEND.match(folded[start:])
    item = RawItem(content=rest if clause == start or legend else text, line=line, due=due)
    lower(item, 0.9, "no_lead")
    return item


# A lead-in setting a line beside the table's list (`Ngoài danh sách trên,`, `Ngoài các cuộc kiểm tra
# nêu trên,`, `Ngoài ra,`), folded.
_BESIDE_LIST = re.compile(r"^ngoai\b[^,;.:]{0,60},\s*")


def _lead_further_duty(text: str, line: int | None, leads: list[str]) -> RawItem | None:
    """A line under the table that, after a lead-in setting it beside the list (`Ngoài danh sách
    trên, …`), gives a unit leading the table's tasks a further duty (`Ngoài các cuộc kiểm tra nêu
    trên, Đội X kiểm tra đột xuất khi có phản ánh …`) → an item led by that unit, due at the time it
    prints (an event, a date, or none); None otherwise."""
    from engine.importing.layouts.prose_facts import due_in
    from engine.importing.recognition import lower

    folded = fold(text)
    beside = _BESIDE_LIST.match(folded)
    if not beside:
        return None
    rest = folded[beside.end() :]
    lead = next(
        (lead for lead in dict.fromkeys(leads) if rest.startswith(fold(lead).strip() + " ")),
        "",
    )
    if not lead:
        return None
    item = RawItem(content=text, line=line, due=due_in(text[beside.end() :]), lead=lead)
    lower(item, 0.9, "guessed_lead")
    return item


def _unit_clause(text: str, folded: str, start: int, line: int | None) -> RawItem | None:
    """A note's later clause (after its remark) that opens with a named unit and gives it a duty
    with a day or a round of its own → an item led by that unit; None otherwise."""
    from engine.importing.layouts.prose_facts import (
        EVERY_UNIT,
        UNIT_START,
        assignment_in,
        due_in,
        prints_date_or_recurrence,
    )
    from engine.importing.recognition import lower

    for match in _LATER_CLAUSE.finditer(folded, start):
        clause, rest = text[match.end() :], folded[match.end() :]
        # a unit's name, capitalised (`Phòng …`), not every unit of a kind (`các sở …`)
        if not clause[:1].isupper() or not UNIT_START.match(rest) or EVERY_UNIT.match(rest):
            continue
        due = due_in(clause)
        assigned = assignment_in(clause)
        if due and prints_date_or_recurrence(due) and assigned is not None and assigned.lead:
            item = RawItem(content=clause, line=line, due=due, lead=assigned.lead)
            lower(item, 0.9, "guessed_lead")
            return item
    return None


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
        if "lead" not in header.roles and "monitoring" in header.roles and header.indicator:
            header.roles["lead"] = header.roles.pop("monitoring")  # who tracks an indicator leads it
        if "lead" not in header.roles:
            table_lead, state.table_lead_confidence = _paragraph_lead(
                paragraphs, far="inspected" in header.roles
            )
            if not table_lead and (unit := _unit_heading(paragraphs[since_table:])):
                # a page of one tab per unit (its label the pane's heading) or a unit's heading
                # over its own table: the heading leads the rows no column assigns
                table_lead, state.table_lead_confidence = unit, 0.8
            if not table_lead and table.sheet and names_a_unit(table.sheet):
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
        if not content[:1].islower() and not finishes and not names_go_on:
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
            if request := _footnote_request(first_filled, self._line(table, index), leads):
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
        if content[:1] in "TtCcNn" and content and not ref and not value("lead"):
            folded_content = " ".join(fold(content).split()).strip(" .:")
            if _TOTAL_ONLY.match(folded_content) or is_holiday(content):
                return
        if content[:1] in "TtCc" and not ref and _is_total_row(texts, roles["content"]):
            return
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
        # A day merged across a calendar whose first column is the time: the day of the rows below.
        day_row = roles.get("due") == 0 and merged_across and len(row) > 2 and len(distinct) == 1
        if day_row and is_day_heading(first_filled):
            state.day = state.due = first_filled
            return
        # A name merged across a calendar whose first column is its time ("Giám đốc Sở Lê Văn A"
        # over that leader's days, the table grouped by leader): a group heading, not a time.
        leader_group = merged_across and len(row) > 2 and _names_no_time(first_filled)
        if leader_group and len(distinct) == 1 and not any(own(r) for r in _DATA_ROLES if roles.get(r) != 0):
            has_data = False
        # One text across the row: a merged cell spanning it, or a group heading in a numbered table.
        one_text = len(distinct) == 1 and len(texts) > 2 and not has_data and not first_filled[:1].islower()
        # (not a note alone, `Chuyển sang tháng 12` beside a row struck through and read empty)
        in_heading_column = texts.index(first_filled) in (0, roles.get("ref"), roles.get("content"))
        spans_row = (
            one_text
            and not _NUMBER_REF.match(first_filled)
            and (merged_across or ("ref" in roles and in_heading_column))
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
            state.sections.append((ref, section, _period_phrase(section) or parent_due))
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
        while state.parents and not _is_child(ref, state.parents[-1][0]):
            state.parents.pop()
        parent = state.parents[-1] if state.parents else None
        reasons: list[str] = []
        confidence = 1.0
        reserve = self.reserve_fills
        shaded = frozenset(
            c for c, cell in enumerate(table.rows[index]) if cell.filled and cell.fill not in reserve
        )
        due = _latest_due(texts, header, shaded)
        due = _year_carried(due, state)
        if state.day and (not due or is_time_of_day(due)):
            due = f"{state.day} ({due})" if due else state.day  # "07g30" under "THỨ HAI - 07/6/2027"
        if due and header.period_columns and (standing := _note_standing(value("note"))):
            due = standing  # the marks span the year; the note says the work never ends
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
        if due and not no_deadline and (day := _note_day_in_month(due, value("note"))):
            due = day  # `Tháng 11/2027` beside a note `Dự kiến ngày 20/11`: that day of the month
        if due and not no_deadline and (day := _note_day_in_week(due, value("note"))):
            due = day  # `Tuần 10 (09/11 - 14/11)` beside a note `Sáng thứ Bảy 14/11`: that day
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
            state.due = due
        elif "due" in merged_away or (
            roles.get("due", 99) < roles["content"] and not table.records and not _keyed_row(texts, roles)
        ):
            due = state.due  # a month heading its rows, or a cell merged away
            guessed_merge = "due" in merged_away and not table.row_widths
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
        if not due and not no_deadline:
            due = _note_due(value("note"), under_period=bool(state.section_due)) or _note_round(value("note"))
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
            # (under a printed period a note citing the plan the task follows is no time: _note_due)
            due = due or ("" if state.section_due else _note_by_plan(note_text))
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
        if not lead and not deputy and (found := _note_lead(note)):
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
        if _NUMBER_REF.match(ref) and self._has_children(table, index, header, key):
            # A row heading sub-items is an item only where it holds values of its own, or a state
            # of its own: in a tracker's export (`Trạng thái: Đang xử lý`) the parent task is
            # tracked as its sub-tasks are, a group heading never is.
            holds_values = any(own(role) for role in ("measure", "target", "value", "status"))
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
    def _has_children(table: Table, index: int, header: Header, key: str) -> bool:
        column = header.roles.get("ref")
        if column is None:
            return False
        for following in table.rows[index + 1 :]:
            text = following[column].text.strip() if column < len(following) else ""
            if text:
                # `2.1` under `2`; not the next group's heading `2. Phòng, chống dịch` (a number and
                # a space: a sibling group merged across the row after the last row of this one).
                rest = _ref_key(text).removeprefix(key + ".")
                return rest != _ref_key(text) and rest[:1] not in ("", " ")
        return False

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


def _content_indents(table: Table, header: Header) -> list[int]:
    """The indent of each filled content cell under the header (the reader's, 0 where unknown)."""
    column = header.roles["content"]
    return [
        row[column].indent
        for row in table.rows[header.rows :]
        if column < len(row) and row[column].text.strip() and row[column].merged_from is None
    ]


def _indent_outlined(table: Table, header: Header) -> bool:
    """Whether the table's outline is drawn only by its content cells' indent: two levels at least,
    no numbers (where rows are numbered, the numbers are the outline)."""
    ref = header.roles.get("ref")
    if ref is not None and any(ref < len(row) and row[ref].text.strip() for row in table.rows[header.rows :]):
        return False
    return len(set(_content_indents(table, header))) >= 2


def _content_indent(table: Table, index: int, header: Header) -> int | None:
    column = header.roles["content"]
    return table.rows[index][column].indent if column < len(table.rows[index]) else None


def _indent_heads(table: Table, index: int, header: Header, level: int) -> bool:
    """Whether the next row with content is indented deeper than this one (its sub-row)."""
    column = header.roles["content"]
    for row in table.rows[index + 1 :]:
        cell = row[column] if column < len(row) else None
        if cell is not None and cell.text.strip() and cell.merged_from is None:
            return cell.indent > level
    return False


def is_ditto(text: str) -> bool:
    """A cell that only repeats the one above: quote marks (`"`, `”`, `〃`), `nt`/`- nt -`, `Như trên`."""
    text = text.strip()
    if not text or len(text) > 16:
        return False
    if set(text.replace(" ", "")) <= _DITTO_MARKS:
        return True
    return bool(_DITTO_WORDS.match(" ".join(fold(text).split())))


def with_dittos_filled(table: Table, rows: range, kept: tuple[int | None, ...] = ()) -> Table:
    """The table with each data cell holding a ditto mark replaced by the text of the cell above
    (itself filled first): `- nt -`, `"` and `Như trên` under a unit or a time are that unit or
    time. The number and content columns (`kept`) and a first row with nothing above are left."""
    grid = [list(row) for row in table.rows]
    changed = False
    for index in rows:
        if index == rows.start:
            continue
        for column, cell in enumerate(grid[index]):
            if column in kept or cell.merged_from is not None or not is_ditto(cell.text):
                continue
            above = grid[index - 1][column] if column < len(grid[index - 1]) else None
            if above is not None and above.text.strip() and not is_ditto(above.text):
                grid[index][column] = replace(cell, text=above.text, parts=above.parts)
                changed = True
    return replace(table, rows=grid) if changed else table


def _unit_code_column(header: Header) -> int | None:
    """The column of the lead units' codes beside the lead column (`Mã định danh đơn vị chủ trì`
    over `H15.42.03` next to `Đơn vị chủ trì`), or None."""
    lead = header.roles.get("lead")
    for column, label in enumerate(header.labels):
        label = label.split(" / ")[-1]
        if (
            column != lead
            and " ".join(fold(label).split()).startswith("ma ")
            and 0 < role_scores(label).get("lead", 0.0) <= UNIT_CODE_SCORE
        ):
            return column
    return None


def with_coded_units_named(table: Table, rows: range, header: Header) -> Table:
    """The table with each empty lead cell beside a unit's code filled with the name the other rows
    pair with that code (an e-office export's `H15.42.03` always beside `Phòng Kinh tế`); a code
    paired with several names, or with none, fills nothing."""
    lead = header.roles.get("lead")
    if lead is None or (code_column := _unit_code_column(header)) is None:
        return table
    names: dict[str, set[str]] = {}
    for index in rows:
        row = table.rows[index]
        if (
            max(lead, code_column) < len(row)
            and (code := row[code_column].text.strip())
            and row[lead].text.strip()
        ):
            names.setdefault(code, set()).add(row[lead].text.strip())
    grid, changed = [list(row) for row in table.rows], False
    for index in rows:
        row = grid[index]
        if max(lead, code_column) >= len(row) or row[lead].text.strip() or row[lead].merged_from:
            continue
        if len(found := names.get(row[code_column].text.strip(), set())) == 1:
            grid[index][lead] = replace(row[lead], text=next(iter(found)))
            changed = True
    return replace(table, rows=grid) if changed else table


def _label_rows(rows) -> list[list[str]]:
    """A header's rows of labels, spaces collapsed, without its column-number row (`(1) (2) …`): a
    header repeated on the next page often prints its labels alone."""
    texts = [[" ".join(text.split()) for text in row] for row in rows]
    return [row for row in texts if not is_numbering_row(row)]


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
    for block in blocks:
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
        if results_part or _RESULTS_HEADING.match(" ".join(fold(heading).split())):
            # `I. KẾT QUẢ THỰC HIỆN THÁNG 4/2026` over a table: what was done, not tasks (a
            # report's tasks are under `II. NHIỆM VỤ … THÁNG 5`); nothing continues it.
            state.header, previous_was_table, heading = None, False, ""
            continue
        heading = ""
        if block.sheet:
            state = _State()  # a workbook's sheet starts afresh: it continues no other sheet
        elif not previous_was_table:
            state.header = None  # a table continues only the table right above it
        if not reader.table(block, state, paragraphs, since_table) and block.sheet:
            skipped_sheets.append(block)
        since_table = len(paragraphs)
        previous_was_table = True
    if reader.items:
        for table in skipped_sheets:
            _warn_skipped_sheet(table, warnings)
        expand_legend_codes(reader.items, blocks)
    return reader.items, reader


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
