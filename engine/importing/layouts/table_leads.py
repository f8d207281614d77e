"""Who leads a task table's rows (the table recogniser's helpers, engine/importing/layouts/tables.py).

A lead named outside the lead column: in the paragraph above the table or a row's note (`Giao Sở Nội vụ
chủ trì`), in a section row (`II. Ban Thi đua - Khen thưởng`, `… – Phòng Quản lý giá chủ trì`), in the
last heading above the table that is only a unit's name, or by an assignment matrix's marks (`C`,
`P`); a column of those in charge (`Người phụ trách`) whose cells are teams, or only posts and persons
(`_posts_lead`); a person's post naming the unit they head; a column of bodies beside one of personal
names; a unit's code (`H15.42.03`) given the name the other rows pair with it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from engine.importing.blocks import Paragraph, Table
from engine.importing.headers import UNIT_CODE_SCORE, Header, role_scores
from engine.importing.leaders import names_person
from engine.importing.units import names_a_unit
from engine.text import fold

_LEADS = r"\s+(?:chủ trì|là cơ quan chủ trì|làm đầu mối)\b"
_GIAO = re.compile(r"\b[Gg]iao\s+(?P<unit>[A-ZĐ][^.;:()]{2,90}?)" + _LEADS)
_SUBJECT = re.compile(r"^(?P<unit>[A-ZĐ][^.;:()]{2,90}?)" + _LEADS)
# A named person with their post (`BSCKII. Phạm Văn B - Trưởng khoa Gây mê hồi sức`, `Nguyễn C,
# Phó Trưởng phòng Điều dưỡng`): the unit they head, where no column names the lead.
_POST_UNIT = re.compile(
    r"[-–,(]\s*(?:(?:phó\s+)?trưởng|phụ trách|giám đốc)\s+"
    r"((?:khoa|phòng|ban|tổ|bộ phận|trung tâm|đơn vị)\s+[^,;()]+?)\s*\)?$",
    re.IGNORECASE,
)


def _leader_cell_unit(leader: str) -> str:
    """A unit named where a column of those in charge (`Người phụ trách`) is expected to name
    persons or posts (`Tổ nuôi dưỡng`, `Tổ Văn phòng (NV y tế); Trạm Y tế phường phối hợp`): the
    cell, to be read as a lead; "" where its first part names a person or a post (a division's head
    by post alone, `Trưởng phòng`, `Phó Trưởng khoa Lê Văn An`, though `Trưởng` folds as `Trường`, a
    school; `Trưởng phòng Nội vụ` still names the unit it heads)."""
    from engine.importing.layouts.days import names_head_post_only

    first = re.split(r"\s*[;,]\s*", leader.strip(" ."), maxsplit=1)[0]
    first = re.sub(r"\s*\([^()]*\)\s*$", "", first)
    return leader.strip(" .") if names_a_unit(first) and not names_head_post_only(first) else ""


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


# A note cell's first part naming who leads: `Chủ trì: <unit>`, `<unit> chủ trì (chuẩn bị)`, or the unit
# alone; a short form in parentheses after the name (`Tổ Quản lý thu - Sổ, thẻ (Tổ QLT) chủ trì`) dropped.
_NOTE_CHAIR_LABEL = re.compile(r"^(?:đơn vị\s+)?chủ\s+trì\s*:\s*", re.IGNORECASE)
_NOTE_CHAIRS = re.compile(
    r"\s+(?:chủ\s+trì|là\s+(?:cơ quan|đơn vị|bộ phận)\s+chủ\s+trì|làm\s+đầu\s+mối)\b.*$"
)
# Words a remark, a basis or a state puts after a unit's name (`Văn phòng đã báo cáo`, `Sở Y tế
# phối hợp`, `Phòng Nội vụ theo dõi`), matched with their marks (folded, `độ` would read `do`): a note
# so worded names no lead when the unit is bare.
_NOTE_REMARK_WORDS = re.compile(
    r"(?<!\w)(?:đã|sẽ|đang|chưa|không|được|do|theo|để|cần|phải|gửi|báo cáo|trình|lùi|hoãn|chuyển|xong"
    r"|hoàn thành|thay|tham gia|phối hợp|thực hiện|kết hợp|nếu|khi|tại|từ|đến|với)(?!\w)"
)


def column_units(table: Table, header: Header, rows: range) -> frozenset[str]:
    """The names the table's lead and partner columns print (folded), each part of a cell parted by
    `,` or `;` and a short form in parentheses after a name (`Phòng Kỹ thuật (P.KT)` → `phong ky
    thuat`, `p.kt`): the bodies the table itself counts as its units, its short forms among them."""
    names: set[str] = set()
    for role in ("lead", "coordinating"):
        column = header.roles.get(role)
        if column is None:
            continue
        for index in rows:
            if column >= len(table.rows[index]):
                continue
            for part in re.split(r"\s*[;,]\s*", table.rows[index][column].text):
                short = re.search(r"\(([^()]{2,20})\)\s*$", part)
                if short:
                    names.add(" ".join(fold(short.group(1)).split()))
                    part = part[: short.start()]
                if part := " ".join(fold(part).split()).strip(" ."):
                    names.add(part)
    return frozenset(names)


def _note_lead(note: str, *, bare: bool = False, known: frozenset[str] = frozenset()) -> str:
    """The unit a row's note names as its lead: `Giao <unit> chủ trì`, or — its first `;`-part —
    `Chủ trì: <unit>` or `<unit> chủ trì …` (`Văn phòng Hội chủ trì chuẩn bị`, `Đội Thủ tục chủ trì;
    Tổ Tổng hợp bố trí xe`); with `bare` (a table with no column of who does the work, its note
    cells naming the doer) also a unit's name alone (`Ban Kinh tế - Xã hội; Quỹ HTND phối hợp`,
    `Tổ QLT`). With the chair's words (`P.HCKT chủ trì`, `Chủ trì: P.HCKT`), also a name no unit word
    opens that the table's own lead or partner columns print (`known`, `column_units`: a short form
    used as a lead there). A note that is a remark, a basis, a time or a person (`Đã thực hiện`,
    `Theo Kế hoạch số …`, `Hằng quý`, `Đ/c Lê Văn An`), one opening with the coordinating units
    (`Phối hợp Huyện đoàn`, `Sở Y tế phối hợp`), a unit's name followed by a remark (`Văn phòng đã
    báo cáo`), or a short form the columns never print (`BGĐ chủ trì`) leads nothing."""
    match = _GIAO.search(note) or re.search(r"\b[Gg]iao\s+(?P<unit>[A-ZĐ][^.;:()]{2,90}?)\s*$", note)
    if match:
        return match.group("unit").strip(" ,")
    first = " ".join(re.split(r"\s*;\s*|\n", note.strip(), maxsplit=1)[0].split()).strip(" .")
    labelled = _NOTE_CHAIR_LABEL.match(first)
    unit = first[labelled.end() :] if labelled else first
    chairs = _NOTE_CHAIRS.search(unit)
    if chairs:
        unit = unit[: chairs.start()]
    elif not (bare or labelled):
        return ""
    unit = re.sub(r"\s*\([^()]*\)\s*$", "", unit).strip(" ,.:")
    if unit and (chairs or labelled) and " ".join(fold(unit).split()) in known:
        return unit  # `P.HCKT chủ trì`: the short form the lead column prints
    # a numbered team (`Đội Kiểm tra thuế số 1`): its number is part of the name, not a time
    if not unit or not names_a_unit(re.sub(r"\s+số\s+\d{1,2}$", "", unit)):
        return ""
    if not (chairs or labelled) and _NOTE_REMARK_WORDS.search(" ".join(unit.lower().split()[1:])):
        return ""
    return unit


def _notes_lead(table: Table, header: Header, rows: range) -> bool:
    """Whether a table with no column of who does the work names its doers in its note column
    (`Ghi chú`: `Văn phòng chủ trì`, `Tổ QLT`, two cells or more): the notes are then the table's
    word on who leads, and a row whose note names none (a remark, a basis) is led by no heading or
    sheet name above it."""
    column = header.roles.get("note")
    if column is None or "lead" in header.roles or "leader" in header.roles or header.unit_columns:
        return False
    notes = [table.rows[r][column].text for r in rows if column < len(table.rows[r])]
    return sum(1 for note in notes if _note_lead(note, bare=True)) >= 2


def _unit_heading(between: list[Paragraph]) -> str:
    """The last heading between the previous table and this one (`between`, in order) where it is
    a unit's name and nothing else (a tab's label `Phòng Đào tạo` heading its pane, `Khoa Dược`
    over its own table): the unit whose rows the table holds; "" otherwise."""
    heading = next((p.text.strip() for p in reversed(between) if p.style == "heading" and p.text.strip()), "")
    return heading if names_a_unit(heading) else ""


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
    if len(persons) < 2 or sum(map(names_person, persons)) <= len(persons) / 2:
        return None
    taken = set(header.roles.values())
    for column, label in enumerate(header.labels):
        if column in taken or not role_scores(label.split(" / ")[-1]).get("lead"):
            continue
        values = cells(column)
        if len(values) >= 2 and sum(map(names_person, values)) <= len(values) / 4:
            return column
    return None


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
