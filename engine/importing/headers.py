"""The header classifier: which of a table's first rows are its header, and what each column holds.

Every header cell is scored for every role (content, ref, lead, …); each column then gets
its best-scoring role and each role its best column, so "Chủ trì thực hiện" beside
"Phối hợp thực hiện" is the lead and "Lãnh đạo phụ trách" is the leader, whatever order
the keywords come in. A two-row header names a column by its lower cell ("Thời gian" over
"Bắt đầu | Kết thúc": the due is "Kết thúc"); a row of column numbers ("(1) (2) …",
"A B 1 2") under the header is skipped. A table is an indicator table when its content is
headed "Chỉ tiêu" or it has value columns and no lead: there a bare "Đơn vị" is the unit of
measure and "Kết quả" the value, not an organisational unit or a product. Exports from other
systems name their columns in English ("title", "deadline", "due_date", "department", "owner",
"supervisor", "id", "remarks"; snake_case and camelCase split into words): those score alongside
the Vietnamese names. In a list of shortcomings and remedies the remedy ("Biện pháp khắc phục")
is the content and the shortcoming ("Tồn tại, hạn chế", "Nguyên nhân") a context column kept in
the note; where no column is named as the content, the column of long texts no other role took is.
The document that assigned a task ("Văn bản giao nhiệm vụ") is context too; a revised deadline
("Đề nghị hoàn thành", "Thời hạn mới") is the due, not the one first given beside it; another
deadline column beside it ("Hạn ban đầu") is the one first given, which a row keeps where the
revised cell is blank or "—".
An online form's response sheet stamps each answer ("Dấu thời gian", "Timestamp"): context, never
the due (is_form_responses); the unit a form asks for ("Tên đơn vị", "Đơn vị đăng ký") leads.
A roadmap column ("Lộ trình thực hiện") is the due of the rows it fills.
A frequency column ("Tần suất", "Chu kỳ") gives a row's round where it prints no deadline, and so
do a kind of deadline ("Loại hạn": `Thường xuyên`) beside the date and an export's kind of task
("Loại công việc": `Định kỳ (hằng tuần)`). A revised deadline left blank
leaves the row to the deadline first given. A state column ("Trạng thái": `Đã hủy`) drops a
cancelled row.
A one-row header of three or more period labels ("Quý I" …, "T1" … "T12") names period columns,
and so do three or more bare month numbers in a row ("1" … "12") under a label naming months
("Thời gian thực hiện (tháng)").
In a calendar, a `Chủ trì` column whose every cell names a leader (`PCT …`, a post and its holder's
full name: `PTBT <tên>`) beside a column of the unit that prepares (`Đơn vị chuẩn bị`) is the leader,
and the preparing unit leads.
A due column whose label closes with its unit ("Thời gian (tháng)", "Thời hạn (quý)") counts its
bare numbers in it (Header.due_units).
The header may sit under title and metadata lines: one or two texts, or an export's filter line of
`label: value` fields side by side (`Đơn vị: … | Từ ngày: … | Đến ngày: …`), which is never the
header however its labels score.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from engine.importing.blocks import Table
from engine.text import fold

ROLES = (
    "content", "ref", "lead", "coordinating", "leader", "start", "due", "result", "measure",
    "target", "value", "note", "monitoring", "inspected", "context", "frequency", "archived",
    "status", "active", "level",
)  # fmt: skip

_ASSIGNING_DOCUMENT = r"^van ban (giao|chi dao|ban hanh|can cu)\b|^(can cu|nguon) giao\b"
_NEW_DEADLINE = (
    r"^(de nghi|yeu cau) hoan thanh\b|^(thoi han|han|han hoan thanh|moc) (moi|dieu chinh|de nghi)\b"
    # an amending decision's table (`Thời gian theo Kế hoạch | Thời gian điều chỉnh`, `Thời gian hoàn
    # thành sau điều chỉnh`): the adjusted time, earlier or later than the plan's first one
    r"|^(thoi gian|thoi han|tien do)( (hoan thanh|thuc hien))? (moi|(sau (khi )?|de nghi )?dieu chinh)\b"
    # "Hạn điều chỉnh" OCR'd from a low scan as "Hạn điền chính": an "u" read as an "n"
    r"|^(thoi )?han dien chinh$"
    r"|^(gia han|dieu chinh)( (thoi han|den))?( \(?neu co)?$|^han (sau )?gia han\b"
)
# Another deadline beside a revised one ("Hạn ban đầu | Hạn điều chỉnh", an OCR'd "Hạn han đầu"): the
# one first given, which a row whose revised cell is blank or "—" (no adjustment asked) keeps.
_FIRST_DEADLINE = r"^(thoi )?han \w+"
# The submission time of a form's response sheet ("Dấu thời gian", "Timestamp", "Thời gian gửi").
_SUBMITTED = (
    r"^(dau thoi gian|timestamp|submitted( at| on)?|submission (time|date)"
    r"|(thoi gian|thoi diem|ngay|ngay gio) (gui|nop|gui phieu|tra loi|phan hoi))$"
)
# (role, pattern on the folded cell, score): the best score per role counts.
_PATTERNS: tuple[tuple[str, re.Pattern, float], ...] = tuple(
    (role, re.compile(pattern), score)
    for role, pattern, score in (
        # "ST T", "T T": a narrow number column wraps its label
        ("ref", r"^(s?tt|s ?t ?t|t t|so tt|so thu tu|thu tu|ma so|ma)$", 1.0),
        # A tracker's code column ("Mã nhiệm vụ", "Mã công việc": "NV-2026-014") numbers the rows.
        ("ref", r"^ma( \w+){1,2}$", 0.95),
        ("content", r"^(noi dung|nhiem vu|cong viec|hoat dong)$", 1.0),
        (
            "content",
            r"\b(noi dung|nhiem vu|cong viec|"
            r"ten (de tai|nhiem vu|thong tin|van ban|de an|hoat dong|chi tieu|san pham))\b",
            0.85,
        ),
        # An e-office system's export: "Trích yếu (nội dung)", "Hạn xử lý", "Đơn vị chủ trì xử lý".
        ("content", r"^trich yeu\b", 0.85),
        ("content", r"^(danh muc|van de|linh vuc|de an|chuong trinh)\b", 0.6),
        # "Hoạt động cải tiến", "Hoạt động can thiệp": the activity is the task (beside "Vấn đề ưu
        # tiên", the problem it answers).
        ("content", r"^hoat dong\b", 0.85),
        # A list of shortcomings and remedies: the remedy ("Biện pháp khắc phục", "Giải pháp thực
        # hiện", "Nội dung khắc phục") is the task; the shortcoming is its context.
        ("content", r"^(bien phap|giai phap)\b|^noi dung (khac phuc|chinh sua|thuc hien)\b", 0.85),
        ("context", r"^(ton tai|han che|nguyen nhan|thuc trang|khuyet diem|sai sot|hien trang)\b", 0.9),
        # The document that assigned the task ("Văn bản giao nhiệm vụ", "Văn bản chỉ đạo"): its
        # number and date, context to the task, not the task.
        ("context", _ASSIGNING_DOCUMENT, 0.95),
        ("content", r"\bchi tieu\b", 0.7),
        # A school's plan of the classes it opens: the class or course is the task ("Khóa học", "Tên
        # lớp", "Lớp bồi dưỡng", "Nghề đào tạo"); a bare "Lớp" may be a grade ("10A1"), not read so.
        (
            "content",
            r"^(ten )?(khoa (hoc|dao tao|boi duong|tap huan)|lop (dao tao|boi duong|tap huan|hoc))\b"
            r"|^ten (lop|nghe)\b|^nghe dao tao$",
            0.8,
        ),
        (
            "target",
            r"^chi tieu( ke hoach| giao| phan dau)?( (nam|den nam|giai doan))? ?\d{4}"
            r"|^chi tieu (ke hoach|giao|phan dau)$",
            0.9,
        ),
        ("target", r"^(muc tieu|gia tri muc tieu)\b", 0.9),
        ("target", r"^ke hoach( nam)?( \d{4})?$|\bmuc tieu\b", 0.75),
        ("value", r"\b(so lieu|gia tri|uoc thuc hien|thuc hien( nam)? \d{4})\b", 0.85),
        ("value", r"^ket qua\b", 0.45),
        ("measure", r"\b(don vi tinh|dvt)\b", 1.0),
        ("measure", r"^(don vi|dv)$", 0.35),
        ("lead", r"\bchu tri\b", 0.9),
        ("lead", r"\b(chiu trach nhiem|trach nhiem thuc hien|co quan thuc hien|don vi thuc hien)\b", 0.8),
        # "Bộ phận thực hiện" (an OCR'd "Bô phận" folds the same), "Phòng thực hiện", "Tổ phụ trách".
        ("lead", r"^(bo phan|phong|to|ban|khoa) (thuc hien|phu trach|chu tri)$", 0.8),
        # A school's faculty or department that runs a class or a course ("Khoa chủ nhiệm", "Bộ môn
        # chủ nhiệm", "Đơn vị chủ nhiệm lớp"): a unit before the word; alone ("Chủ nhiệm", "Giáo
        # viên chủ nhiệm", "Chủ nhiệm đề tài") it is a person, no lead column.
        ("lead", r"^(khoa|bo mon|phong|to|don vi|co quan) chu nhiem( lop| khoa hoc)?$", 0.8),
        # An e-office export's main handler ("Đơn vị xử lý chính", "Phòng xử lý"); "Đơn vị phối
        # hợp xử lý" stays the coordinating units (the rule below).
        ("lead", r"^(don vi|phong|bo phan|co quan)( \w+)? xu ly( chinh)?$|\bxu ly chinh\b", 0.85),
        # An assignment slip's recipient ("Đơn vị nhận", "Đơn vị được giao", mail-merge's
        # "Don_vi_nhan"): the unit the task is given to.
        ("lead", r"^(don vi|co quan|phong|bo phan)( duoc giao| (tiep )?nhan)( nhiem vu| viec)?$", 0.8),
        ("lead", r"\b(tham muu|chuan bi|dau moi)\b", 0.7),
        # A report regime's table: the unit that reports ("Đơn vị báo cáo", "Cơ quan gửi báo cáo")
        # does the task; "Nơi nhận báo cáo" receives it.
        ("lead", r"^(don vi|co quan|bo phan|phong)( thuc hien| gui)? bao cao$", 0.8),
        # The unit a response or a row belongs to, named as a form asks it ("Tên đơn vị", "Tên cơ
        # quan, đơn vị", "Đơn vị đăng ký"): the unit that leads the task it registers.
        (
            "lead",
            r"^ten (don vi|co quan|phong|bo phan|khoa|to)\b|^(don vi|co quan|phong|khoa) (dang ky|de xuat)$",
            0.8,
        ),
        ("lead", r"\b(phu trach|thuc hien)$|^(don vi|co quan|bo phan)$", 0.5),
        ("coordinating", r"\bphoi hop\b", 0.95),
        ("leader", r"\blanh dao\b", 0.95),
        # a person ("Người phụ trách", "Người chịu trách nhiệm"), beside the unit that leads
        ("leader", r"^nguoi (phu trach|chu tri|chiu trach nhiem)$", 0.9),
        # An inspection programme's head of the team ("Trưởng đoàn": `Đ/c …, Chủ nhiệm UBKT`), a
        # person beside the body that does the work ("Cơ quan giúp việc": the committee's helping
        # body, which leads).
        ("leader", r"^truong (doan|nhom)\b", 0.9),
        ("lead", r"^(co quan|don vi|bo phan|phong|ban) (tham muu,? )?giup viec\b", 0.85),
        ("monitoring", r"\b(theo doi|don doc|giam sat)\b", 0.95),
        ("inspected", r"\b(duoc kiem tra|doi tuong kiem tra|duoc giam sat)\b", 0.97),
        ("inspected", r"^doi tuong( (kiem tra|giam sat)(, (kiem tra|giam sat))?)?$", 0.9),
        ("start", r"\b(bat dau|tu ngay|khoi cong)\b", 0.9),
        ("due", r"\b(ket thuc|thoi han|han hoan thanh|den ngay)\b", 0.95),
        ("due", r"^han (xu ly|giai quyet|bao cao|tra loi)\b", 0.9),
        # An export's kind of deadline ("Loại hạn": `Thường xuyên`, `Định kỳ`, `Có thời hạn`) beside
        # the date: the row's time where it prints no date.
        ("due", r"^(loai|kieu|hinh thuc) (thoi )?han$", 0.8),
        # A revised deadline beside the one first given ("Đề nghị hoàn thành", "Thời hạn mới",
        # "Gia hạn đến") outranks it: a reminder's or a tracker's new date is the due.
        ("due", _NEW_DEADLINE, 0.97),
        # An online form's response sheet: when the answer was sent ("Dấu thời gian", "Timestamp"),
        # never when the task is due.
        ("context", _SUBMITTED, 0.97),
        ("due", r"\bthoi gian\b|\bthoi diem\b|^hoan thanh$|^(ngay|thang|thu, ngay|ngay thang)$", 0.8),
        # The completion a contract or the plan first set ("Hoàn thành theo HĐ", "Hoàn thành theo hợp
        # đồng", "Ngày hoàn thành theo KH"): the due, unless a revised one beside it is filled.
        ("due", r"^(ngay )?hoan thanh theo (hd|hop dong|ke hoach|kh|tien do)\b", 0.85),
        ("due", r"\b(tien do|moc thoi gian|han)\b", 0.55),
        # A roadmap column ("Lộ trình", "Lộ trình thực hiện", "Lộ trình hoàn thành") beside an
        # indicator or a task: when it is to be reached, filled on the rows that have one.
        ("due", r"^lo trinh( (thuc hien|hoan thanh|dat chi tieu|dat duoc))?$", 0.9),
        # A column headed by the day it reaches ("Đến 31/3/2028", "Tính đến ngày 30/6/2028"): a time.
        ("due", r"^(tinh )?den( het)?( ngay)? \d{1,2}/\d{1,2}/(19|20)\d{2}$", 0.8),
        # The week a task is done in, where the plan counts its weeks ("Tuần thực hiện": `Tuần 14 - 15`).
        ("due", r"^tuan (thuc hien|hoan thanh|trien khai)$", 0.85),
        # Likewise the quarter or month ("Quý thực hiện": `II`, `I, III`; "Tháng hoàn thành": `3, 9`).
        ("due", r"^(quy|thang) (du kien )?(thuc hien|hoan thanh|trien khai|to chuc)$", 0.85),
        # A milestone column ("Mốc hoàn thành", "Mốc tiến độ", "Cột mốc"): when the row is to be done.
        # Only "mốc" alone or before a word of doing or time: "Mốc giới" (a boundary marker), "Mốc
        # cao độ" (a survey's datum) are things a works sheet counts, no time.
        ("due", r"^(cot )?moc( (hoan thanh|thuc hien|tien do|dat duoc|du kien))?$", 0.85),
        ("result", r"\b(san pham|ket qua (dau ra|du kien|can dat)|hinh thuc van ban)\b", 0.85),
        ("result", r"^ket qua\b", 0.6),
        ("note", r"^ghi chu\b", 1.0),
        # How often the work recurs ("Tần suất", "tan_suat", "Chu kỳ bảo dưỡng", "Định kỳ",
        # "Frequency"), beside the deadline: the row's round where it prints none.
        ("frequency", r"^(tan suat|chu ky|dinh ky|tan so)\b|^(frequency|recurrence)$", 0.9),
        # An e-office export's kind of task ("Loại công việc", "Loại nhiệm vụ", "Tính chất công
        # việc": `Có thời hạn`, `Định kỳ (hằng tuần)`, `Thường xuyên`): the round where the
        # deadline column is empty, as a frequency column gives it — not the task.
        ("frequency", r"^(loai|phan loai|tinh chat) (cong viec|nhiem vu|viec)$", 0.9),
        # An indicator's reporting period ("Kỳ đánh giá", "Kỳ báo cáo": `Hằng quý`, `6 tháng, cả
        # năm`, `Năm`): the round it is reported on, where it names one.
        ("frequency", r"^ky (danh gia|bao cao|theo doi)$", 0.9),
        # English column names, as record exports and trackers print them.
        ("ref", r"^(id|no|nr|ref|reference|code|number|item no|s n|#)$|^[a-z]+ (id|no|ref|code)$", 1.0),
        ("content", r"^(task|tasks|title|content|activity|activities|subject)$", 1.0),
        # A board's card ("Card Name", "Name") is the task; its "Description" the detail under it:
        # the task only where nothing else names one, else the note (a card's "Định kỳ hằng quý, …").
        ("content", r"^((card|item|task|issue) )?(name|title)$", 1.0),
        ("content", r"^description$", 0.9),
        ("note", r"^description$", 0.6),
        ("content", r"\b(task|title|description|activity)( name)?$", 0.85),
        ("lead", r"^(lead|lead unit|owner|responsible|unit|department|dept|agency|office|division)$", 0.8),
        ("lead", r"\b(lead (unit|agency|department)|responsible (unit|agency|department|office))\b", 0.9),
        ("lead", r"\b(owner|responsible|department|agency)$", 0.7),
        # A scheduler's resources (Microsoft Project's `Resource_Names`): the units the task is on.
        ("lead", r"^(resources?|resource names?|assigned to|assignees?)$", 0.85),
        # A scheduler's task flags and depth (`Active` `No`: a task set aside; `Outline_Level`: a
        # row followed by deeper rows is the summary over them).
        ("active", r"^(active|is active)$", 0.9),
        ("level", r"^(outline level|wbs level)$", 0.95),
        ("coordinating", r"\b(coordinat\w*|support(ing)?|collaborat\w*|partners?|cooperat\w*)\b", 0.95),
        ("leader", r"\b(leaders?|supervisor|supervising|in charge|director)\b", 0.95),
        ("start", r"\b(start|begin|from)( date)?$", 0.9),
        ("due", r"^(deadline|due|due date|due by|end|end date|target date|finish|finish date|until)$", 0.95),
        ("due", r"\b(deadline|due( date)?)\b|^(time|timeline|timeframe|schedule|date)$", 0.8),
        # A board's labels ("Phòng Kỹ thuật (green)"): the division a card is for, where nothing
        # else names the lead.
        ("lead", r"^(labels?|tags?)$", 0.5),
        # A record the export marks archived ("Archived", "Closed" true): removed from the board.
        ("archived", r"^(archived|closed|is archived|da luu tru)$", 0.9),
        # A task's state ("Trạng thái", "Tình trạng xử lý", "Status"): a cancelled one is no task.
        ("status", r"^(trang thai|tinh trang)( (xu ly|thuc hien|nhiem vu|cong viec|hien tai))?$", 0.9),
        ("status", r"^(status|state)$", 0.9),
        ("result", r"\b(outputs?|deliverables?|products?|expected results?)$", 0.85),
        ("measure", r"^(unit of measure|uom|measure)$", 1.0),
        ("measure", r"^unit$", 0.35),
        ("target", r"^(targets?|goals?)$", 0.9),
        ("value", r"^(actual|value|achieved)$", 0.85),
        ("note", r"^(notes?|remarks?|comments?)$", 1.0),
    )
)
# A column named by a period alone ("Quý I", "Quý 4", "Tháng 3", "6 tháng đầu năm", a year "2027"),
# as the sub-columns of "Thời gian thực hiện" in a grid marked 'x' under the period a task runs in.
_PERIOD_LABEL = re.compile(
    r"^(quy ([ivx]{1,4}|[1-4])|thang \d{1,2}|6 thang (dau|cuoi)( nam)?)(\s*/\s*\d{4}| nam \d{4})?$"
    r"|^(nam )?(19|20)\d{2}$"
)
_YEAR_LABEL = re.compile(r"^(?:nam )?((?:19|20)\d{2})$")
# A month or quarter label without a year of its own: its number, to see a run of them cross
# into the next year ("T8 … T12 | T1 … T5", a school year).
_MONTH_OR_QUARTER = re.compile(r"^(thang|quy) ([ivx]{1,4}|\d{1,2})$")
_ROMAN_QUARTER = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_NUMBERING_CELL = re.compile(r"^[(\[]?([0-9]{1,2}|[a-z]|[ivx]{1,4})[)\]]?\.?$")
_INDICATOR_HINT = re.compile(r"\b(chi tieu|so lieu|gia tri|don vi tinh|dvt)\b")


@dataclass
class Header:
    """A table's header: how many rows it takes and which column holds each role."""

    rows: int  # the first data row (header rows and a numbering row skipped)
    roles: dict[str, int]
    labels: list[str]  # each column's label, as printed ("Thời gian / Kết thúc")
    score: float
    indicator: bool = False
    scores: dict[str, float] = field(default_factory=dict)
    top: int = 0  # the first header row
    # Every column naming a deadline, left to right ("Thời hạn trình Lãnh đạo Bộ | … Chính phủ"):
    # a row printing several is due at the latest (tables.py).
    due_columns: list[int] = field(default_factory=list)
    # Columns named by a period alone under a spanning cell ("Thời gian" over "Quý I" … "Quý IV"):
    # column → the period; a row marks ('x') the periods it runs in (tables.py: due the last one).
    period_columns: dict[int, str] = field(default_factory=dict)
    # Period columns that split a month into parts (a Gantt sheet's weeks `1`–`4` under `Tháng 5`):
    # column → (the month, the part, how many parts the month has); their periods end on the part's
    # last day (`_month_parts`).
    period_parts: dict[int, tuple[str, int, int]] = field(default_factory=dict)
    # Columns named by a unit under a spanning lead cell ("Đơn vị thực hiện" over "Phòng A | Công
    # an xã | …"): column → the unit; a row marks the units that lead (`C`) and coordinate (`P`).
    unit_columns: dict[int, str] = field(default_factory=dict)
    # The due column names a revised deadline ("Gia hạn đến", "han_moi"): printed, it replaces the
    # deadline first given; a row printing none, or refusing or only asking for an extension, keeps
    # that one (due_columns after it; tables.py).
    revised_due: bool = False
    # Due columns whose label names the unit their bare numbers count ("Thời gian (tháng)": `3, 9`
    # are months 3 and 9): column → "Tháng" or "Quý" (tables.py reads `3, 9` as "Tháng 3, 9").
    due_units: dict[int, str] = field(default_factory=dict)

    def get(self, cells: list[str], role: str) -> str:
        index = self.roles.get(role)
        if index is None or index >= len(cells):
            return ""
        return " ".join(cells[index].split())

    @property
    def missing(self) -> list[str]:
        return [role for role in ("content", "lead", "due") if role not in self.roles]


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_JOINERS = re.compile(r"[_.]+")


# A count of tasks (a summary sheet's `Đơn vị | Số nhiệm vụ | Trong đó: …`): numbers, no task.
_COUNT = re.compile(r"^(tong )?so( luong)? (nhiem vu|cong viec|hoat dong|viec)\b")


def _folded(text: str) -> str:
    # "due_date", "dueDate", "owner.department" → words.
    return _JOINERS.sub(" ", fold(_CAMEL.sub(" ", text))).strip(" .:*()")


def is_header_line(texts: list[str]) -> bool:
    """Three or more texts of one line (a table drawn with spaces, or paragraphs laid out with tab
    stops) that name a content column and a lead, coordinating or due column: the line is a header."""
    if len([text for text in texts if text.strip()]) < 3:
        return False
    roles = [role_scores(text) for text in texts]
    if not any(scores.get("content", 0) >= 0.8 for scores in roles):
        return False
    return any(any(role in scores for role in ("lead", "due", "coordinating")) for scores in roles)


# A record export's field path ("thoi_han.han_xu_ly", "xu_ly.chu_tri.ma_don_vi"): JSON keys joined.
_FIELD_PATH = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$")
# A field naming a day of its own ("ngay_giao", "ngay_duyet", "ngay_hoan_thanh", "created_at").
_DAY_FIELD = re.compile(r"^(ngay|thoi diem|created|updated|approved|assigned|completed)\b")


def role_scores(text: str) -> dict[str, float]:
    """Every role a header cell may name, with its score (0 where it names none)."""
    if _FIELD_PATH.match(text.strip()):
        return _path_scores(text.strip())
    return _label_scores(text)


def _path_scores(path: str) -> dict[str, float]:
    """A field path's roles: its own field's, as a lower header cell names its column
    ("thoi_han.gia_han.han_moi": a revised deadline; "thoi_han.lap_lai.chu_ky": a frequency);
    the whole path's where the field names nothing or only a code (`…chu_tri.ma_don_vi`: the code
    of the unit that leads); a field naming a day of its own inside a deadline object
    ("thoi_han.ngay_giao": the day it was given) is context, never the due."""
    field = path.rsplit(".", 1)[1]
    own = _label_scores(field)
    if own and set(own) - {"ref"} and max(own.values()) >= 0.3:
        return own
    if _DAY_FIELD.match(_folded(field)):
        return {"context": 0.9}
    return _label_scores(path)


# The day a task was given or received (`Ngày giao`, `Ngày giao nhiệm vụ`, `Ngày nhận phiếu`): a
# record's own day.
_GIVEN_DAY = re.compile(r"^ngay (giao|nhan|tiep nhan)\b")


# The score of a unit code column's label (`Mã đơn vị chủ trì`): below any column naming the unit.
UNIT_CODE_SCORE = 0.35


# A label that opens by naming a time ("Thời gian …", "Thời hạn …", "Thời điểm …").
_TIME_LABEL = re.compile(
    r"^thoi (gian|han|diem)\b|^(tuan|quy|thang) (du kien )?(thuc hien|hoan thanh|trien khai|to chuc)$"
)


def _label_scores(text: str) -> dict[str, float]:
    folded = _folded(text)
    scores: dict[str, float] = {}
    if not folded or len(folded) > 120:
        return scores
    for role, pattern, score in _PATTERNS:
        if score > scores.get(role, 0.0) and pattern.search(folded):
            scores[role] = score
    # "Đơn vị thực hiện" names the lead more than a unit of measure; "theo dõi" beats "thực hiện".
    if "monitoring" in scores:
        scores.pop("lead", None)
        scores.pop("coordinating", None)
    if re.match(r"noi dung \w", folded) and not scores.get("context"):
        # "Nội dung phối hợp", "Nội dung kiểm tra, giám sát": the content, what follows says of what.
        return {"content": max(scores.get("content", 0.0), 0.97)}
    if _GIVEN_DAY.match(folded):
        # "Ngày giao nhiệm vụ", "Ngày giao việc", "Ngày nhận": the day the task was given, context
        # to it (a time may count from it), never the task nor its due
        return {"context": 0.9}
    if folded.startswith("ma ") and scores.get("ref", 0.0) >= 0.95:
        scores.pop("content", None)  # "Mã nhiệm vụ" is the task's code, not the task
    if folded.startswith("ma ") and {"lead", "coordinating"} & set(scores):
        # "Mã định danh đơn vị chủ trì", "Mã đơn vị xử lý chính": the unit's code ("H15.42.03")
        # beside its name, which leads; the code leads only where no column names the unit
        for role in ("lead", "coordinating"):
            if role in scores:
                scores[role] = min(scores[role], UNIT_CODE_SCORE)
    if _COUNT.match(folded):
        scores.pop("content", None)  # "Số nhiệm vụ", "Số lượng công việc": how many tasks, not one
    if re.search(_SUBMITTED, folded):
        scores.pop("due", None)  # "Dấu thời gian": when the answer was sent
    if "inspected" in scores:
        scores.pop("lead", None)
        scores.pop("due", None)
    if _TIME_LABEL.match(folded):
        # "Thời gian thực hiện", "Thời hạn hoàn thành": when the work is done, not who does it
        # (its "thực hiện" is no lead beside a "Người/bộ phận thực hiện" column).
        scores.pop("lead", None)
    if "leader" in scores:
        scores["lead"] = min(scores.get("lead", 0.0), 0.4)
    if "coordinating" in scores:
        scores["lead"] = min(scores.get("lead", 0.0), 0.3)
    return scores


def is_form_responses(header: Header) -> bool:
    """The header of an online form's response sheet: one column is each answer's submission time."""
    return any(re.search(_SUBMITTED, _folded(label.split(" / ")[-1])) for label in header.labels)


def is_numbering_row(texts: list[str]) -> bool:
    """ "(1) (2) (3) …" or "A B 1 2 3" under a header: every filled cell a column number."""
    filled = [text.strip(" *_") for text in texts if text.strip()]
    if len(filled) < max(2, len(texts) // 2) or any(len(text) > 6 for text in filled):
        return False
    return all(_NUMBERING_CELL.match(fold(text)) for text in filled)


def restates_header(texts: list[str], roles: dict[str, int]) -> bool:
    """A row under a header that is itself a header in other words (a second table on the same
    sheet, `TT | Nội dung công việc | Bộ phận phụ trách | Thời hạn`): its content cell names the
    content, and every filled cell, three or more different ones, names a role. No item."""
    filled = [" ".join(text.split()) for text in texts if text.strip()]
    column = roles.get("content")
    if column is None or column >= len(texts) or len(set(filled)) < 3:
        return False  # (one text across the row, `B. NHIỆM VỤ KHÁC`, is a section row)
    content = " ".join(texts[column].split())
    if len(content.split()) > 6 or role_scores(content).get("content", 0.0) < 0.85:
        return False
    return all(
        len(text.split()) <= 6 and max(role_scores(text).values(), default=0.0) >= 0.5 for text in filled
    )


def _labels(table: Table, first: int, count: int) -> list[str]:
    """Each column's label over `count` header rows: the lower cell names it, the upper one groups."""
    labels = []
    for column in range(table.width):
        parts: list[str] = []
        for row in range(first, first + count):
            cell = table.rows[row][column] if column < len(table.rows[row]) else None
            text = " ".join(cell.text.split()) if cell else ""
            if text and text not in parts:
                parts.append(text)
        labels.append(" / ".join(parts))
    return labels


def _assign(labels: list[str], indicator: bool) -> tuple[dict[str, int], dict[str, float]]:
    candidates: list[tuple[float, int, str]] = []
    for column, label in enumerate(labels):
        # The lower cell names the column; the upper one only where the lower says nothing.
        parts = label.split(" / ")
        scores = role_scores(parts[-1])
        upper_due = role_scores(parts[0]).get("due", 0.0) if len(parts) > 1 else 0.0
        if upper_due >= 0.8 and not {"start", "due"} & set(scores):
            # "Thời hạn trình" over "Lãnh đạo Bộ | Chính phủ": to whom, not a leader; each is a deadline.
            scores = {"due": upper_due * 0.9}
        elif not scores and len(parts) > 1:
            scores = {role: score * 0.9 for role, score in role_scores(parts[0]).items()}
        elif len(parts) > 1:
            for role, score in role_scores(parts[0]).items():
                scores.setdefault(role, score * 0.5)
        if indicator:
            if "measure" in scores:
                scores["measure"] = max(scores["measure"], 0.9)
                scores.pop("lead", None)
            if "value" in scores:
                scores["value"] = max(scores["value"], 0.8)
        for role, score in scores.items():
            candidates.append((score, -column, role))
    roles: dict[str, int] = {}
    chosen: dict[str, float] = {}
    taken: set[int] = set()
    for score, negative_column, role in sorted(candidates, reverse=True):
        column = -negative_column
        if role in roles or column in taken or score < 0.3:
            continue
        roles[role] = column
        chosen[role] = score
        taken.add(column)
    return roles, chosen


def _classify_at(table: Table, first: int, count: int) -> Header | None:
    labels = _labels(table, first, count)
    folded = " ".join(fold(label) for label in labels)
    names_lead = any(role_scores(label.split(" / ")[-1]).get("lead", 0) >= 0.8 for label in labels)
    indicator = bool(_INDICATOR_HINT.search(folded)) and not names_lead
    roles, chosen = _assign(labels, indicator)
    if "content" not in roles and "inspected" in roles:
        roles["content"] = roles["inspected"]
        chosen["content"] = chosen["inspected"]
    if "content" not in roles and (column := _action_column(table, first + count, labels, roles)) is not None:
        roles["content"] = column
        chosen["content"] = 0.5
    if "content" not in roles:
        return None
    others = set(roles) - {"content", "ref", "note", "archived", "status", "active", "level"}
    if not others:
        return None
    _leaders_beside_preparing(table, first + count, labels, roles, chosen)
    content_label = _folded(labels[roles["content"]].split(" / ")[-1])
    indicator = indicator and (content_label.startswith("chi tieu") or "lead" not in roles)
    rows = first + count
    due_columns = _due_columns(labels, roles)
    header = Header(rows, roles, labels, sum(chosen.values()), indicator, chosen, first, due_columns)
    header.period_columns = _period_columns(labels)
    header.period_parts = _month_parts(labels)
    header.revised_due = _is_revised(labels, roles)
    header.unit_columns = _unit_columns(labels)
    header.due_units = {
        column: unit
        for column in header.due_columns or [roles.get("due")]
        if column is not None and (unit := _unit_of_time(labels[column]))
    }
    return header


# A header naming the unit that prepares (`Đơn vị chuẩn bị`, `Cơ quan chuẩn bị`), folded.
PREPARING_LABEL = re.compile(r"\bchuan bi\b")


def _leaders_beside_preparing(table: Table, first: int, labels: list[str], roles: dict, chosen: dict) -> None:
    """A calendar's `Chủ trì` column whose every cell names a leader (`PCT Nguyễn Văn Bình`, `Chủ
    tịch UBND huyện`, any post before its holder's full name: `Tổng Biên tập Lê Quang Vinh`) beside a
    column of the unit that prepares (`Đơn vị chuẩn bị`): the leader chairs, the preparing unit leads
    (roles changed in place)."""
    if "lead" not in roles or "leader" in roles:
        return
    preparing = next(
        (
            c
            for c, label in enumerate(labels)
            if c not in roles.values() and PREPARING_LABEL.search(_folded(label))
        ),
        None,
    )
    if preparing is None:
        return
    from engine.importing.layouts.days import chair_cell_names_person

    column = roles["lead"]
    rows = table.rows[first : first + _SAMPLE_ROWS]
    # a week's row merged across the table is no cell of the column
    cells = [row[column] for row in rows if column < len(row) and row[column].merged_from is None]
    filled = [cell.text.strip() for cell in cells if cell.text.strip()]
    if len(filled) >= 2 and all(chair_cell_names_person(text) for text in filled):
        roles["leader"], chosen["leader"] = column, chosen["lead"]
        roles["lead"] = preparing


# A unit of time in parentheses closing a due column's label ("Thời gian (tháng)", "Thời hạn
# (Quý)"); "(số tháng)" counts a duration, no month. A label opening with the unit and naming the
# doing of the task ("Quý thực hiện", "Tháng hoàn thành") counts in it too.
_UNIT_OF_TIME = re.compile(
    r"\((thang|quy)\)$|^(thang|quy) (?:du kien )?(?:thuc hien|hoan thanh|trien khai|to chuc)$"
)


def _unit_of_time(label: str) -> str:
    """The period a due column's label says its numbers count: "Tháng", "Quý" or ""."""
    match = _UNIT_OF_TIME.search(" ".join(fold(label.split(" / ")[-1]).split()).rstrip(" .:*"))
    return {"thang": "Tháng", "quy": "Quý"}[match.group(1) or match.group(2)] if match else ""


def _unit_under_lead(upper: str, text: str) -> bool:
    """A unit's name (short, opening in a capital) under a spanning cell that names the lead."""
    text = " ".join(text.split())
    return (
        role_scores(upper).get("lead", 0) >= 0.8
        and text[:1].isupper()
        and len(text.split()) <= 10
        and not role_scores(text)
        and not is_period_label(text)
    )


def _unit_columns(labels: list[str]) -> dict[int, str]:
    """The sub-columns named by a unit under a spanning lead cell, when there are two or more (an
    assignment matrix: units across, tasks down, a mark where a unit leads or coordinates)."""
    found = {}
    for column, label in enumerate(labels):
        upper, _sep, lower = label.rpartition(" / ")
        if upper and _unit_under_lead(upper, lower):
            found[column] = lower
    return found if len(found) >= 2 else {}


# A task's text as a cell holds it: a sentence of several words (what to do), not a name or a date.
_ACTION_MIN_WORDS = 5
_SAMPLE_ROWS = 12


def _action_column(table: Table, first: int, labels: list[str], roles: dict[str, int]) -> int | None:
    """Where no column is named as the content: the column of long texts (what to do), among those
    no other role took and not a context column ("Tồn tại, hạn chế": what the task remedies)."""
    if not {"lead", "due"} & set(roles) or sum(bool(label) for label in labels) < 3:
        return None  # a title line or a record's label column, not a header naming its columns
    taken = set(roles.values())
    rows = table.rows[first : first + _SAMPLE_ROWS]
    best: tuple[float, int] | None = None
    for column, label in enumerate(labels):
        if column in taken or not label or "context" in role_scores(label.split(" / ")[-1]):
            continue
        # a group row merged across the table (`A | BAN QUẢN LÝ DỰ ÁN …`) is no cell of the column
        texts = [
            " ".join(row[column].text.split())
            for row in rows
            if column < len(row) and row[column].merged_from is None
        ]
        filled = [text for text in texts if text]
        if not filled or len(filled) < max(1, len(texts) // 2):
            continue
        words = sum(len(text.split()) for text in filled) / len(filled)
        if words >= _ACTION_MIN_WORDS and (best is None or words > best[0]):
            best = (words, column)
    return best[1] if best else None


def is_period_label(text: str) -> bool:
    """ "Quý II", "Quý 3", "Tháng 10", "6 tháng cuối năm": a period and nothing else."""
    return bool(_PERIOD_LABEL.match(" ".join(_folded(text).split())))


# A month column of a schedule ("T1" … "T12", "Th3"): the month.
_MONTH_ABBREVIATION = re.compile(r"^th?\s?(\d{1,2})$")


# A week column's label over the days it prints ("Tuần 27 / 05/7-11/7", "Tuần 3 (16/10 - 22/10)"):
# the days are the period (due at the week's last day).
_WEEK_DAYS_LABEL = re.compile(
    r"^tuan\s*\d{1,2}\s*(?:/\s*|\(\s*)(\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*(?:-|den)\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s*\)?$"
)


def _period_of(label: str) -> str:
    """A column label naming a period alone, as a due text ("T3" → "Tháng 3"); "" for none."""
    if match := _WEEK_DAYS_LABEL.match(" ".join(_folded(label).replace("–", "-").split())):
        return match.group(1)
    if match := _YEAR_LABEL.match(_folded(label)):
        return f"Năm {match.group(1)}"
    if is_period_label(label):
        return label
    match = _MONTH_ABBREVIATION.match(_folded(label))
    return f"Tháng {int(match.group(1))}" if match and 1 <= int(match.group(1)) <= 12 else ""


# A sub-column headed by the day it reaches ("Đến 31/3/2028", "Tính đến ngày 30/6/2028", "Đến hết
# 31/01/2029") under a spanning cell (`Tiến độ giải ngân lũy kế (%)`): that day is its period.
_DAY_LABEL = re.compile(r"^(?:(?:tinh )?den(?: het)?(?: ngay)? )?(\d{1,2}/\d{1,2}/(?:19|20)\d{2})$")


def _day_label(label: str) -> str:
    match = _DAY_LABEL.match(" ".join(_folded(label).split()))
    return match.group(1) if match else ""


def _period_columns(labels: list[str]) -> dict[int, str]:
    """The sub-columns named by a period alone under a spanning cell, when there are two or more
    (or by the day each reaches: "Đến 30/6/2028"); in a one-row header, a run of three or more
    ("T1 | T2 | … | T12", a Gantt sheet's months)."""
    if parts := _month_parts(labels):
        return {column: _part_period(*part) for column, part in parts.items()}
    found = {
        column: period
        for column, label in enumerate(labels)
        if " / " in label
        and (period := _period_of(lower := label.split(" / ")[-1]) or _period_of(label) or _day_label(lower))
    }
    found = found or _numbered_months(labels)
    if len(found) >= 2:
        return _into_next_year(found)
    alone = {column: period for column, label in enumerate(labels) if (period := _period_of(label))}
    return _into_next_year(alone) if len(alone) >= 3 else {}


# A part of a month under its label: its number, bare or as a week (`1`, `Tuần 1`, `T1`, `W1`), or
# a ten-day part by name (`Thượng tuần`, `Trung tuần`, `Hạ tuần`: the first, second and third).
_PART_LABEL = re.compile(r"^(?:(?:tuan|t|w)\s*(?:thu\s*)?)?([1-5])$|^(thuong|trung|ha) tuan$")
_TEN_DAY_PARTS = {"thuong": 1, "trung": 2, "ha": 3}


def _part_number(label: str) -> int:
    """The number of a month's part its folded label names (`tuan 2` → 2, `ha tuan` → 3); 0."""
    match = _PART_LABEL.match(label)
    if not match:
        return 0
    return int(match.group(1)) if match.group(1) else _TEN_DAY_PARTS[match.group(2)]


# The day each part but the last ends on, for a month split into 2–5 columns that print no days:
# halves at the 15th, thirds the ten-day parts (thượng, trung, hạ tuần), fourths and fifths weeks
# of seven days from the 1st; the last part runs to the month's end.
_PART_ENDS = {2: (15,), 3: (10, 20), 4: (7, 14, 21), 5: (7, 14, 21, 28)}


def _month_parts(labels: list[str]) -> dict[int, tuple[str, int, int]]:
    """Columns that split each month of a grid into parts: a run of two to five adjacent columns
    under one month label merged over them (`Tháng 5`, `T5`), each named below by its number in
    order (`1` … `4`, `Tuần 1` … `Tuần 4`) or by nothing: column → (the month as a period, the part,
    the run's length). Unnamed parts only where two or more months are split so. {} where any month
    column of the grid is a month alone, or a number is out of order."""
    runs: list[list[tuple[int, str, str]]] = []  # (column, month, the part's label)
    for column, label in enumerate(labels):
        parts = label.split(" / ")
        lower = _folded(parts[-1]) if len(parts) > 1 else ""
        upper = parts[-2] if lower and _PART_LABEL.match(lower) else parts[-1]
        lower = lower if upper != parts[-1] else ""
        month = _period_of(upper)
        if not _MONTH_OR_QUARTER.match(_folded(month)) or not month.startswith("Tháng"):
            continue
        if runs and runs[-1][-1][0] == column - 1 and runs[-1][-1][1] == month:
            runs[-1].append((column, month, lower))
        else:
            runs.append([(column, month, lower)])
    if not runs or any(not 2 <= len(run) <= 5 for run in runs):
        return {}
    named = [bool(lower) for run in runs for _column, _month, lower in run]
    if any(named) and not all(named):
        return {}
    if not any(named) and len(runs) < 2:
        return {}
    found = {}
    months = _into_next_year({run[0][0]: run[0][1] for run in runs})
    for run in runs:
        for part, (column, _month, lower) in enumerate(run, start=1):
            if lower and _part_number(lower) != part:
                return {}
            found[column] = (months[run[0][0]], part, len(run))
    return found


def _part_period(month: str, part: int, parts: int) -> str:
    """A part of a month as a due text: its last day ("ngày 7 tháng 5"), the month for the last."""
    if part == parts:
        return month
    return f"ngày {_PART_ENDS[parts][part - 1]} {month[:1].lower()}{month[1:]}"


# A spanning label over month columns ("Thời gian thực hiện (tháng)", "Tháng thực hiện").
_MONTHS_WORD = re.compile(r"\bthang\b")


def _numbered_months(labels: list[str]) -> dict[int, str]:
    """Sub-columns labelled by the bare numbers of months ("1" … "12", "7" … "12") under a spanning
    label that names months: the months, where three or more follow one another (each one more than
    the last, or back to 1 at a new year). Numbers under any other label are counts or column
    numbers."""
    found = {}
    for column, label in enumerate(labels):
        parts = label.split(" / ")
        number = parts[-1].strip()
        if (
            len(parts) > 1
            and number.isdigit()
            and 1 <= int(number) <= 12
            and _MONTHS_WORD.search(_folded(parts[0]))
        ):
            found[column] = int(number)
    columns = sorted(found)
    numbers = [found[column] for column in columns]
    steps = all(b - a == 1 or (a == 12 and b == 1) for a, b in itertools.pairwise(numbers))
    adjacent = all(b - a == 1 for a, b in itertools.pairwise(columns))
    if len(found) < 3 or not steps or not adjacent:
        return {}
    return {column: f"Tháng {number}" for column, number in found.items()}


def _into_next_year(periods: dict[int, str]) -> dict[int, str]:
    """Month or quarter columns without a year that run back to an earlier number, left to right
    ("T8 … T12 | T1 … T5" of a school year): those from the turn on are the next year's
    ("Tháng 1 năm sau"), as the deadline parser reads it against the programme's year."""
    result, last, turned = {}, 0, False
    for column in sorted(periods):
        period = periods[column]
        match = _MONTH_OR_QUARTER.match(_folded(period))
        if match:
            text = match.group(2)
            number = int(text) if text.isdigit() else _ROMAN_QUARTER.get(text, 0)
            turned = turned or number < last
            last = number
            if turned:
                period = f"{period} năm sau"
        result[column] = period
    return result


def _due_columns(labels: list[str], roles: dict[str, int]) -> list[int]:
    """The due column and every other column whose label names a deadline as strongly and no other
    role took (a deadline spanning two sub-columns: each is a deadline)."""
    if "due" not in roles:
        return []
    revised = _is_revised(labels, roles)
    taken = {column for role, column in roles.items() if role != "due"}
    columns = []
    for column, label in enumerate(labels):
        if column in taken:
            continue
        parts = label.split(" / ")
        scores = role_scores(parts[-1])
        if len(parts) > 1 and not {"start", "due"} & set(scores):
            scores = role_scores(parts[0])
        if column == roles["due"] or (scores.get("due", 0) >= 0.8 and "start" not in scores):
            columns.append(column)
        elif revised and re.search(_FIRST_DEADLINE, _folded(parts[-1])):
            columns.append(column)  # `Hạn ban đầu` beside `Hạn điều chỉnh`
    if revised:
        # A revised deadline replaces the one first given where a row prints it (tables._latest_due),
        # not the latest of both; a row printing none keeps its first deadline.
        columns.remove(roles["due"])
        columns.insert(0, roles["due"])
    return columns


def _is_revised(labels: list[str], roles: dict[str, int]) -> bool:
    """The due column names a revised deadline ("Gia hạn đến", "Thời hạn mới")."""
    return "due" in roles and bool(re.search(_NEW_DEADLINE, _folded(labels[roles["due"]].split(" / ")[-1])))


def _is_sub_header(table: Table, row: int) -> bool:
    """A second header row: short labels, some naming a role, under a merged or blank upper cell."""
    if row >= len(table.rows):
        return False
    cells = table.rows[row]
    upper = table.rows[row - 1]
    own = [(c, cell) for c, cell in enumerate(cells) if cell.text.strip() and cell.merged_from is None]
    if not own or any(len(cell.text) > 60 or is_numbering_row([cell.text]) for _c, cell in own):
        return False
    # The upper row's labels merged down into this one (`STT`, `Nội dung` spanning both rows) over
    # cells of its own (each week's days under `Tuần 27`, each commune under `Giao cho các xã`):
    # the header's second row, whatever its own cells say.
    merged_down = sum(
        cell.merged_from is not None and cell.merged_from[0] == row - 1 and bool(cell.text.strip())
        for cell in cells
    )
    if merged_down >= 2 and table.spans_known:
        return True
    periods = sum(is_period_label(cell.text) for _c, cell in own)
    # Units under a spanning lead cell (an assignment matrix's second header row).
    units = sum(
        c < len(upper) and _unit_under_lead(_spanning_text(table, row - 1, c), cell.text) for c, cell in own
    )
    if not any(role_scores(cell.text) for _c, cell in own) and periods < 2 and units < 2:
        return False
    # Under a cell spanning columns (or a blank one, where the reader does not give spans: where it
    # does, a blank upper cell is a data row's blank, as a PDF page's last row over a repeated header).
    return any(
        upper[c].col_span > 1
        or upper[c].merged_from is not None
        or (not table.spans_known and not upper[c].text.strip())
        for c, _cell in own
        if c < len(upper)
    )


def _merged_into(table: Table, row: int, top: int) -> bool:
    """Whether two or more header labels from row `top` on are merged down into `row` (`STT`,
    `Nội dung` spanning all three rows of a header), where the reader gives spans."""
    if not table.spans_known or row >= len(table.rows):
        return False
    reached = sum(
        cell.merged_from is not None and top <= cell.merged_from[0] < row and bool(cell.text.strip())
        for cell in table.rows[row]
    )
    return reached >= 2


def _spanning_text(table: Table, row: int, column: int) -> str:
    """The text of the cell covering (row, column): its own, or the merged cell's it is part of."""
    cell = table.rows[row][column]
    if cell.merged_from is not None:
        r, c = cell.merged_from
        return table.rows[r][c].text
    return cell.text


# How far down a header may sit under title and metadata lines (an export's "Đơn vị: …",
# "Từ ngày: … Đến ngày: …", "Ngày xuất báo cáo: …" rows above its header).
MAX_METADATA_ROWS = 8


# A filter or export field in its own cell: a short label, a colon, its value (`Từ ngày: 01/01/2028`,
# `Đơn vị: Tất cả`, `Người xuất: vp.sgddt`); the label is a few words, no sentence.
_LABELLED_FIELD = re.compile(r"^[^\W\d_](?:[^\W_]|[ .\-/]){0,30}:\s*\S")


def _is_metadata_row(table: Table, row: int) -> bool:
    """A title or "label: value" line in a table at least three columns wide: one or two texts, or
    a filter line of more `label: value` fields (`_is_field_line`)."""
    texts = {" ".join(cell.text.split()) for cell in table.rows[row] if cell.text.strip()}
    return table.width >= 3 and (len(texts) <= 2 or _is_field_line(table, row))


def _is_field_line(table: Table, row: int) -> bool:
    """`label: value` fields side by side, fewer than the table's columns (an export's filter line
    `Loại: … | Đơn vị: … | Từ ngày: … | Đến ngày: …`): no header, however its labels score."""
    texts = {" ".join(cell.text.split()) for cell in table.rows[row] if cell.text.strip()}
    return 2 <= len(texts) < table.width and all(_LABELLED_FIELD.match(text) for text in texts)


def _is_title_line(table: Table, row: int) -> bool:
    """One text across a table at least three columns wide, a merged cell spanning it (a sheet's
    title or its "(Từ ngày … đến ngày …)" line): no header, however its words score."""
    cells = table.rows[row]
    return (
        table.width >= 3
        and len(cells) >= 3
        and bool(cells[0].text.strip())
        and all(cell.merged_from is not None or cell.col_span > 1 for cell in cells[1:])
        and len({" ".join(cell.text.split()) for cell in cells}) == 1
    )


def classify(table: Table, *, first_rows: int = 3) -> Header | None:
    """The best-scoring header among the table's first filled rows (or lower, under rows that are
    all title or metadata lines), or None when no row names a content column and another role (a
    record table, one task as `label | value` rows, has no header)."""
    if record_rows(table):
        return None
    best: Header | None = None
    # Blank rows (a spreadsheet's spacing under its title) do not count among the first rows.
    filled = [r for r, row in enumerate(table.rows) if any(cell.text.strip() for cell in row)]
    for position, first in enumerate(filled[: first_rows + MAX_METADATA_ROWS]):
        if position >= first_rows and not all(_is_metadata_row(table, r) for r in filled[:position]):
            break
        if _is_title_line(table, first) or _is_field_line(table, first):
            continue  # "LỊCH CÔNG TÁC TUẦN 45" merged across the sheet names no column
        # Up to three header rows: a group over its columns over their periods (`Thời gian thực hiện`
        # over `Bắt đầu | Kết thúc | Tiến độ theo quý`, that over `Quý I` … `Quý IV`).
        for count in (1, 2, 3):
            if count >= 2 and not all(_is_sub_header(table, first + n) for n in range(1, count)):
                continue
            if count == 3 and not _merged_into(table, first + 2, first):
                continue  # a third row is the header's only where its labels reach down into it
            header = _classify_at(table, first, count)
            # A sub-row of periods ("Quý I" … "Quý IV") names its columns, however it scores.
            if header and (best is None or header.score > best.score + 0.01 or header.period_columns):
                best = header
        if best is not None:
            break  # a header found on an upper row: lower rows are data
    if best is not None and best.rows == best.top + 1 and _is_sub_header(table, best.rows):
        best.rows += 1  # a second header row that did not name the columns better: still no data
        best.unit_columns = best.unit_columns or _unit_columns(_labels(table, best.top, 2))
    if best is not None and best.rows < len(table.rows) and is_numbering_row(table.texts(best.rows)):
        best.rows += 1
    return best


# A record table: one task as a two-column table of `label | value` rows (`Tên nhiệm vụ | …`,
# `Đơn vị chủ trì | …`, `Thời gian hoàn thành | …`), as some plans print each task.
MIN_RECORD_ROWS = 3


def record_rows(table: Table) -> list[tuple[str, str, str]] | None:
    """(role, label, value) of each row of a record table — two columns, each filled row's first
    cell a short field label, at least MIN_RECORD_ROWS and two in three of them naming a role
    (`Kinh phí` names none: role ""), one the content and another the lead or the due — or None
    when the table is not one."""
    found = _labelled_rows(table)
    if found is None:
        return None
    named = [role for role, _label, _value in found if role]
    roles = [role for role, _label, value in found if value]
    if len(named) < MIN_RECORD_ROWS or len(named) * 3 < len(found) * 2:
        return None
    if roles.count("content") != 1 or not {"lead", "due"} & set(roles):
        return None
    return found


def _labelled_rows(table: Table, *, repeated_value: bool = True) -> list[tuple[str, str, str]] | None:
    """(role, label, value) of each filled row of a two-column table whose first cells are short
    field labels, or None: a sentence or a number is no field label, nor (without
    `repeated_value`) a label repeated as its own value (a row of one merged text)."""
    if table.width != 2:
        return None
    found: list[tuple[str, str, str]] = []
    for row in table.rows:
        label, value = (" ".join(cell.text.split()) for cell in row[:2])
        if not label and not value:
            continue
        if len(label.split()) > 6 or not re.search(r"[^\W\d_]{2}", label):
            return None
        if not repeated_value and label == value:
            return None
        scores = role_scores(label)
        found.append((max(scores, key=scores.get) if scores else "", label.rstrip(" :"), value))
    return found


def field_rows(table: Table) -> list[tuple[str, str, str]] | None:
    """(role, label, value) of each row of a field table — a record table without its content row
    (`Mục tiêu | … / Sản phẩm | … / Đơn vị chủ trì | … / Thời hạn | …`), printed under the task's own
    title (a heading, a numbered line): two columns, each filled row's first cell a short field
    label, two in three of them naming a role, one the lead and another the due, none the content —
    or None when the table is not one."""
    if record_rows(table) is not None:
        return None
    found = _labelled_rows(table, repeated_value=False)
    if found is None:
        return None
    named = [role for role, _label, _value in found if role]
    roles = {role for role, _label, value in found if value}
    if len(found) < 2 or len(named) * 3 < len(found) * 2:
        return None
    if "content" in roles or not {"lead", "due"} <= roles:
        return None
    return found
