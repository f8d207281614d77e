"""What kind of row a task table's row is (helpers of the table recogniser, layouts/tables.py).

Rows that are no task: a total line, an indicator sheet's breakdown or subtotal, a signature block,
a scheduler's summary row, the running order of one event, a calendar's day column; a row's number
under its parent's (`5.1` under `5.`), a keyed register row, roles merged away from a short row, an
outline drawn only by indent; a ditto mark (`"`, `- nt -`, `Như trên`) as the cell above; a header's
label rows; and a footnote under the table that asks the lead bodies, or a unit a later clause
names, for a dated or periodic duty.
"""

from __future__ import annotations

import re
from dataclasses import replace

from engine.importing.blocks import Table
from engine.importing.headers import Header, is_numbering_row
from engine.importing.layouts.days import is_time_of_day, parse_time
from engine.importing.model import RawItem
from engine.text import fold

_NUMBER_REF = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$")


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


# A total line with what it counts ("Tổng số nhiệm vụ:", "Tổng cộng kinh phí", "Cộng kinh phí"), every
# other cell a number (a count, a sum, an average shown as a percentage); not `Cộng đồng …`, `Cộng tác …`.
_TOTAL_OF = re.compile(r"^(tong cong|tong so|tong|cong(?! dong\b| tac\b))( [a-z]+){0,4}$")
_NUMBER_ONLY = re.compile(r"^[\d.,%\s]+$")
# A ditto mark filling a cell (`"`, `”`, `〃`, `- nt -`, `nt`, `Như trên`): as the cell above.
_DITTO_MARKS = frozenset("\"“”„〃'’")
_DITTO_WORDS = re.compile(r"^[-–(\s]*(?:n\.?\s?t|nhu tren|nhu o tren)\.?[-–)\s]*$")


def _is_total_row(texts: list[str], content_column: int) -> bool:
    """ "Tổng số nhiệm vụ: | 8 | … | 46%": a total line naming what it counts, its other cells numbers."""
    content = " ".join(fold(texts[content_column]).split()).strip(" .:")
    others = [text for column, text in enumerate(texts) if text and column != content_column]
    return bool(_TOTAL_OF.match(content)) and all(_NUMBER_ONLY.match(text) for text in others)


# An indicator sheet's row that only breaks down or sums the numbered indicators around it (folded
# content): the parts of the indicator above after `Trong đó:` (`Trong đó: - Tiền gửi của thành viên
# …`, and each `- Vốn điều lệ` under that row), or a subtotal naming what it sums (`Tổng sản lượng
# giống lúa, ngô`, `Cộng khối sự nghiệp`); not a verb opening with the same word (`Tổng kết …`,
# `Tổng hợp …`, `Tổng vệ sinh …`, `Cộng tác …`, `Cộng đồng …`).
# The breakdown row may open with a dash of its own (`- Trong đó: …`, `+ Trong đó …`).
_BREAKDOWN = re.compile(r"^(?:[-+•–]\s*)?trong do\b")
_SUBTOTAL = re.compile(
    r"^(?:tong(?! (?:ket|hop|duyet|kiem|ra soat|dieu tra|ve sinh|dong vien)\b)|cong(?! (?:dong|tac)\b))\s"
)
_PART_DASH = re.compile(r"^[-+•–]\s*\S")


def indicator_table(header: Header) -> bool:
    """An indicator table that gives each indicator a doer and a time: read as one, or with a column
    of each row's unit of measure (`ĐVT`), and with a lead and a due column. Not a statistics form's
    table of figures alone (no doer, no time): there every row, a parent too, is an indicator."""
    roles = header.roles
    return (header.indicator or "measure" in roles) and "lead" in roles and "due" in roles


def indicator_part(table: Table, index: int, header: Header) -> bool:
    """Whether an indicator sheet's row with no number, no lead and no time of its own, but figures
    (a measure, a target, a value), only breaks down the indicator above (`Trong đó: …` and the dash
    rows right under it) or sums several (`Tổng …`, `Cộng …`): no item, the numbered indicators are.
    Limits: only an indicator table (indicator_table) whose rows are numbered; a row printing a
    number, a lead or a time of its own stays a row (`- Vốn điều lệ | … | Phòng Kế toán` is the
    unit's), and so does a dash row under no `Trong đó` row (a sub-indicator, `_lettered`)."""
    roles = header.roles
    if not indicator_table(header) or "ref" not in roles or "content" not in roles:
        return False

    def own(row: list, role: str) -> str:
        column = roles.get(role)
        if column is None or column >= len(row) or row[column].merged_from is not None:
            return ""
        return row[column].text.strip()

    row = table.rows[index]
    if own(row, "ref") or own(row, "lead") or own(row, "due") or own(row, "coordinating"):
        return False
    if not any(own(row, role) for role in ("measure", "target", "value", "result")):
        return False
    folded = " ".join(fold(own(row, "content")).split())
    if _BREAKDOWN.match(folded) or _SUBTOTAL.match(folded):
        return True
    if not _PART_DASH.match(folded):
        return False
    for above in range(index - 1, header.rows - 1, -1):  # the dash rows up to their `Trong đó` row
        over = " ".join(fold(own(table.rows[above], "content")).split())
        if own(table.rows[above], "ref") or not over:
            return False
        if _BREAKDOWN.match(over):
            return True
        if not _PART_DASH.match(over):
            return False
    return False


# A signer's post as a signature block prints it, in capitals (folded): `NGƯỜI LẬP BIỂU`, `GIÁM ĐỐC`,
# `TRƯỞNG PHÒNG KỸ THUẬT`, `KẾ TOÁN TRƯỞNG`, `TM. ỦY BAN NHÂN DÂN`, `XÁC NHẬN CỦA …`.
_SIGNER = re.compile(
    r"^(?:(?:nguoi (?:lap|duyet|ky|kiem tra|phe duyet)|(?:pho )?(?:tong )?giam doc"
    r"|(?:pho )?truong (?:phong|khoa|ban|bo phan)|thu truong|ke toan truong|(?:pho )?chu tich|xac nhan)\b"
    r"|(?:tm|kt|tl|q)\s*\.)"
)


# A signer's name on the last line of a signature block typed into one cell (`Lê Hoàng Phúc`): two to
# five words, each opening with a capital, no digit.
_SIGNER_NAME = re.compile(r"^(?:[A-ZÀ-Ỹ][^\s\d]*\s+){1,4}[A-ZÀ-Ỹ][^\s\d]*$")


def _posts_of_signed_cell(cell) -> str:
    """A signature block typed into one cell with line breaks (`KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / … / Lê
    Hoàng Phúc`): its posts' lines, the signer's name under them left out; the text as it stands
    where it is one line or its last line is no person's name. Only a name on the last line: a cell
    whose lines in lower case come first or between (`Giám đốc chỉ đạo …`) is a task's text."""
    lines = [" ".join(line.split()) for line in cell.parts or cell.text.splitlines() if line.strip()]
    if len(lines) < 2 or not _SIGNER_NAME.match(lines[-1]) or not lines[0].isupper():
        return " ".join(cell.text.split())
    return " ".join(lines[:-1])


def _signature_row(row: list) -> bool:
    """A row whose filled cells are in capitals and signers' posts: the signature block under a
    sheet's table (the names below it too), not a task. Beside a post, the body that prepared the
    sheet may sign by its name alone (`PHÒNG TỔNG HỢP | GIÁM ĐỐC`). The block may be one cell whose
    last line is the signer's name (_posts_of_signed_cell)."""
    texts = [_posts_of_signed_cell(cell) for cell in row if cell.text.strip() and cell.merged_from is None]
    if not texts or not all(text.isupper() and not re.search(r"\d", text) for text in texts):
        return False
    posts = sum(bool(_SIGNER.match(fold(text))) for text in texts)
    return posts == len(texts) or (posts >= 1 and len(set(texts)) >= 2 and len(texts) <= 4)


def _ref_key(ref: str) -> str:
    return ref.strip().rstrip(".")


def _is_child(ref: str, parent: str) -> bool:
    return bool(parent) and _ref_key(ref).startswith(_ref_key(parent) + ".")


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
    and the due both blank after the last filled cell. Where the table has no lead column, its
    leader column (`Người phụ trách` naming posts) stands in the lead's place: a row whose leader
    cell is filled and whose due alone is blank printed every cell, its due blank (no due, not the
    row above's; h758). Limit: with a lead column the leader column is not looked at, as before."""
    roles = {role: header.roles[role] for role in ("lead", "due") if role in header.roles}
    if index < len(table.row_widths) and table.row_widths[index] < table.width:
        return {role for role, column in roles.items() if column >= table.row_widths[index]}
    filled = [column for column, text in enumerate(texts) if text.strip()]
    doer = roles.get("lead", header.roles.get("leader"))
    columns = [column for column in (*roles.values(), doer) if column is not None]
    if not filled or not roles or any(column <= filled[-1] for column in columns):
        return set()
    return set(roles)


# A note's request verb before those it asks (`đề nghị các phòng …`, `Yêu cầu các đơn vị …`), folded.
_ASKS = re.compile(r"(?:de nghi|yeu cau)\s+(?=cac\b|tat ca\b)")
_TO_LEADS = re.compile(r"^(?:cac|tat ca cac)\s+[^.;:]{0,30}?\bchu tri\b")
# The lead bodies named by their role without `Các` (`Đơn vị chủ trì theo dõi …`, `Cơ quan chủ trì chỉ
# tiêu cập nhật …`, `Đơn vị được giao chủ trì …`), folded.
_LEAD_ROLE = re.compile(r"^(?:co quan|don vi|bo phan)\s+(?:duoc giao\s+)?chu tri\b")
# A note's label (`Ghi chú:`, `Lưu ý:`, `Yêu cầu:` before the request, `(*)`) or a list item's dash
# under a label on the row above (`- Các phòng báo cáo …`), folded: no part of what it asks.
# A note's label or mark before its text (folded): `(*)`, `Ghi chú:`, `Yêu cầu:`, a dash; and a label
# naming the reporting regime (`Chế độ báo cáo:`, `Chế độ thông tin, báo cáo:`), the request after it.
# Not any other label (`Kinh phí:`, `Thời gian:`): those open a remark, not a request to the units.
_REGIME_LABEL = re.compile(r"^che do (?:thong tin,?\s+)?bao cao\s*:")
_NOTE_LABEL = re.compile(
    r"^\(?\*+\)?\s*|^(?:ghi chu|luu y|yeu cau|che do (?:thong tin,?\s+)?bao cao)\s*:\s*|^[-–+•]\s+"
)


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
        if len(row) > 2 and len({cell.text.strip() for cell in row if cell.text.strip()}) == 1:
            continue  # one text merged across the row (a note's next point, a heading): no task of its own
        if text(row, content) and (_NUMBER_REF.match(text(row, ref).rstrip(".")) or text(row, lead)):
            return True
    return False


# A note's remark explaining a column of the table (`Cột "Điều chỉnh" ghi …`, `Cột (5) là …`,
# `Cột Lũy kế tính …`), folded.
_COLUMN_LEGEND = re.compile(r"^cot\s+(?:[\"“'(]|\d|[a-z])")


def _names_a_column(folded: str, labels) -> bool:
    """Whether a note's remark (folded) opens by naming a column of the table by its header label
    (`Mốc hoàn thành giải ngân theo thời hạn …` under a `Mốc hoàn thành` column, `Kế hoạch năm 2027
    tính …`): the column's legend, as `Cột (5) ghi …` is. Only a label of three words or more, whole
    and at the remark's opening: a two-word one (`Chỉ tiêu`, `Thời hạn`, `Số liệu`) is as often the
    remark's subject in general words (`Chỉ tiêu năm nay tính …`), and `Các chỉ tiêu …` names the
    rows, not a column — those stay with the note as printed; so does a remark naming a column
    further in."""
    for label in labels:
        for part in str(label).split(" / "):
            key = " ".join(fold(part).replace("_", " ").split()).strip(" .:*")
            if len(key.split()) >= 3 and re.match(rf"{re.escape(key)}\b", folded):
                return True
    return False


# Where a later clause of a note starts ("…; các phòng …", "…. Các tổ …").
_LATER_CLAUSE = re.compile(r"[;.]\s+(?=\S)")


def _footnote_request(
    text: str, line: int | None, leads: list[str] = (), *, closing: bool = False, labels=()
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
        return _unit_clause(text, folded, start, line, first=closing)
    if not (due := due_in(rest)):
        return None
    if not prints_date_or_recurrence(due):  # "trước khi tổ chức ít nhất 05 ngày": a reminder, no task
        return None
    # (a note whose request comes after its remark is kept as printed, label and all; but a remark
    # that only explains a column of the table, `Ghi chú: Cột "Điều chỉnh" ghi …; các phòng cập nhật
    # …`, is the header's legend, no part of the duty: the item is the request)
    # (or opens with a column's own label: `Mốc hoàn thành giải ngân theo …` under `Mốc hoàn thành`)
    legend = clause != start and (
        _COLUMN_LEGEND.match(folded[start:]) or _names_a_column(folded[start:], labels)
    )
    # (a reporting regime's label is the request's own title, `Chế độ báo cáo: các thành viên báo cáo
    # …`, kept as printed; a note's mark or label, `Ghi chú:`, is not)
    regime = clause == start and _REGIME_LABEL.match(folded)
    # (a `closing` line with no note label whose request follows a remark that is a sentence of its
    # own, `Lịch có thể thay đổi, Phòng X sẽ thông báo bổ sung. Các phòng đăng ký …`: the item starts
    # at the request's sentence, corpus README "Closing reporting requests"; a remark closed by `;`
    # is a clause of the same sentence and stays, as a labelled note's remark does)
    own_sentence = closing and not start and clause != start and folded[:clause].rstrip().endswith(".")
    from_request = (clause == start and not regime) or legend or own_sentence
    item = RawItem(content=rest if from_request else text, line=line, due=due)
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


# A round of the work's own events, not of the calendar (`sau mỗi lần kiểm tra`, `sau từng đợt`),
# folded: a closing line so timed tells how each is done; it sets a unit no task of its own.
_AFTER_EACH_EVENT = re.compile(r"\b(?:sau|truoc|ket thuc) (?:moi|tung|cac) (?:lan|dot|buoi|cuoc)\b")


# A named unit's report as the verb after its name (folded): `tổng hợp, báo cáo …`, `tổng hợp tình hình
# …, báo cáo Hội đồng …`, `theo dõi, báo cáo …`, `báo cáo …`, `gửi báo cáo …` (the report within its
# sentence); not a remark on the unit (`là đầu mối …`, `chịu trách nhiệm về số liệu …`).
_UNIT_REPORTS = re.compile(r"^\s*(?:(?:tong hop|theo doi)\b[^.;]{0,120}?\s)?(?:gui\s+)?bao cao\b")


def _after_unit(folded: str, lead: str) -> str:
    """`folded` after the unit's name it opens with (`lead`), "" where it opens otherwise."""
    name = " ".join(fold(lead).split())
    text = " ".join(folded.split())
    return text[len(name) :] if name and text.startswith(name) else ""


def _unit_clause(
    text: str, folded: str, start: int, line: int | None, *, first: bool = False
) -> RawItem | None:
    """A note's later clause (after its remark) that opens with a named unit and gives it a duty
    with a day or a round of its own → an item led by that unit; None otherwise. A `first` line (a
    closing line alone under the table's last task, a list's dash or label left out: `- Văn phòng
    theo dõi, đôn đốc …, báo cáo Giám đốc … trước ngày 05/10/2027`) is read so from its first clause
    too, as closing_requests reads such a paragraph under a document's table; so is a note whose
    label is followed at once by a named unit's report (`Ghi chú: Phòng Kế hoạch tổng hợp, báo cáo …
    định kỳ hằng quý`, _UNIT_REPORTS); a note's remark is not (`Ghi chú: Phòng X là đầu mối …`
    explains the table)."""
    from engine.importing.layouts.prose_facts import (
        EVERY_UNIT,
        UNIT_START,
        assignment_in,
        due_in,
        prints_date_or_recurrence,
    )
    from engine.importing.recognition import lower

    starts = [m.end() for m in _LATER_CLAUSE.finditer(folded, start)]
    # (a note's label followed at once by a unit's report, `Ghi chú: Phòng X tổng hợp, báo cáo …
    # hằng quý`, is read from its first clause too: the label opens a request, not a remark)
    for clause_start in [start, *starts] if first or start else starts:
        clause, rest = text[clause_start:], folded[clause_start:]
        # a unit's name, capitalised (`Phòng …`), not every unit of a kind (`các sở …`)
        if not clause[:1].isupper() or not UNIT_START.match(rest) or EVERY_UNIT.match(rest):
            continue
        due = due_in(clause)
        if clause_start == start and first and _AFTER_EACH_EVENT.search(fold(due)):
            continue  # `Ban X lập biên bản sau mỗi lần kiểm tra; …`: how each inspection is closed, no task
        assigned = assignment_in(clause)
        if (
            clause_start == start
            and not first
            and (assigned is None or not _UNIT_REPORTS.match(_after_unit(rest, assigned.lead)))
        ):
            continue  # `Ghi chú: Phòng X là đầu mối …`: a labelled remark on the table, no report
        if due and prints_date_or_recurrence(due) and assigned is not None and assigned.lead:
            item = RawItem(content=clause, line=line, due=due, lead=assigned.lead)
            lower(item, 0.9, "guessed_lead")
            return item
    return None


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


def _label_rows(rows) -> list[list[str]]:
    """A header's rows of labels, spaces collapsed, without its column-number row (`(1) (2) …`): a
    header repeated on the next page often prints its labels alone."""
    texts = [[" ".join(text.split()) for text in row] for row in rows]
    return [row for row in texts if not is_numbering_row(row)]
