"""What a paragraph of prose says about a task: labelled fields (`Cơ quan chủ trì: …`), a heading
that names a unit (`1. Sở Nội vụ:`, or an office's short code before a run-in colon: `1/ P.VHXH: …`,
`TT PVHCC: …`), and the lead, leader, coordinating units and deadline inside
a sentence (`Giao đ/c … chỉ đạo, <unit> tham mưu … trước ngày 28/4/2026`)."""

import re
import unicodedata
from dataclasses import dataclass

from engine.deadlines.parsing import (
    AFTER_EACH_ROUND,
    EVERY_DAY,
    MONTH_NAME,
    NAMED_MONTH_AHEAD,
    NUMBER_WORDS,
    PERIODIC_REPORT,
    RESPONSE_HOURS,
    WRITTEN_DATE,
    parse_due,
)
from engine.importing.recognition import FIELD_LABEL, LABEL_WORDS
from engine.importing.units import spells_out

# Unit names that hold a word of the verb list: masked (same length) so the verb does not end them.
_NAME_WORDS = re.compile(
    # (`Vụ Vật liệu xây dựng`, `Cục Quản lý hoạt động xây dựng`; not `Phòng Kinh tế xây dựng kế hoạch …`,
    # the office's verb; nor before the thing drafted, `Tổ Kiểm soát chi đầu tư xây dựng dự thảo quy
    # trình …`: a name then a noun is no sentence, `xây dựng` is the verb)
    r"\b(so|dau tu|bo|quan ly|chat luong|vat lieu|hoat dong) xay dung\b"
    r"(?! (?:du thao|ke hoach|quy trinh|quy che|phuong an|de an|bao cao|tai lieu)\b)"
    # (`Ban Tổ chức`, `Vụ Tổ chức cán bộ`; not the `vụ` of a field, `Phòng Kế hoạch - Nghiệp vụ tổ chức
    # tập huấn …`, `Trung tâm Dịch vụ tổ chức …`: the name ends there, `tổ chức` is its verb)
    r"|\b(?:ban|(?<!nghiep )(?<!dich )(?<!nhiem )(?<!phuc )vu|phong) to chuc\b"
    # (`Ủy ban Kiểm tra`, `Tổ kiểm tra`, `Đoàn kiểm tra số 1`: a body named by its work, not its verb)
    r"|\b(?:uy ban|ban|doi|to|doan) kiem tra\b"
    # a field of work after a unit's word (`Trung tâm Dịch vụ tổng hợp`, `Tổ Điều tra tổng hợp`,
    # `Tổ Tuyên truyền lưu động`): the unit's name, not its verb — but not a second field after a
    # dash (`Phòng Tổ chức - Nghiệp vụ tổng hợp kết quả`: the name ends there, `tổng hợp` is its verb)
    # (`Phòng Kế hoạch tổng hợp`: a hospital's planning department, named so in full)
    # — but not before the thing compiled, with no verb between (`Phòng Nghiệp vụ tổng hợp danh mục dự
    # án …`, `… tổng hợp số liệu …`): a name then a noun is no sentence, `tổng hợp` is the verb (not
    # before `báo cáo`, which is a verb too: `Phòng Kế hoạch tổng hợp báo cáo Giám đốc …`)
    r"|(?<![-–] )\b(?:dich vu|hanh chinh|dieu tra|nghiep vu|phong ke hoach) tong hop\b"
    r"(?! (?:danh muc|danh sach|so lieu|ket qua|y kien|nhu cau|ho so)\b)"
    r"|\b(?:to|doi|ban) tuyen truyen\b"
    # a body named by its work in lower case (`Tổ biên soạn`, `Nhóm vận hành`, `Đội sửa chữa`, `Đội
    # Quản lý vận hành`): the name's words, not its verb
    r"|\b(?:to|nhom|doi|ban|bo phan|quan ly|hoi dong)"
    r" (?:van hanh|bien soan|bien tap|sua chua|ra de|kiem ke|ban giao)\b"
    # a body or a person named by advising in lower case (`Hội đồng tư vấn`, `Tổ tư vấn`, `đơn vị tư
    # vấn`, `chuyên gia tư vấn`): the name's words, not its verb
    r"|\b(?:to|nhom|doi|ban|bo phan|hoi dong|dich vu|don vi|cong ty|trung tam|chuyen gia|can bo) tu van\b"
    # a field named by recurrent spending or continuing education (`Tổ Kiểm soát chi thường xuyên`,
    # `Phòng Quản lý ngân sách chi thường xuyên`, `Phòng Giáo dục thường xuyên`): the name's words, not
    # the manner of its verb; not `thường xuyên` after any other word (`Phòng Tài chính thường xuyên
    # kiểm tra …`: the office's manner)
    r"|\b(?:(?:kiem soat|ngan sach|du toan|nguon|to|phong|ban|bo phan) chi|giao duc) thuong xuyen\b"
)


def folded_same_length(text: str) -> str:
    """`fold` letter by letter, so an index into the result is an index into `text`."""
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("d")
            continue
        base = unicodedata.normalize("NFD", ch)[:1]
        out.append(base.lower() if base else ch)
    return _NAME_WORDS.sub(
        lambda m: (
            m.group()
            .replace("xay dung", "xay·dung")
            .replace("to chuc", "to·chuc")
            .replace("kiem tra", "kiem·tra")
            .replace("tong hop", "tong·hop")
            .replace("tuyen truyen", "tuyen·truyen")
            .replace("van hanh", "van·hanh")
            .replace("bien soan", "bien·soan")
            .replace("bien tap", "bien·tap")
            .replace("sua chua", "sua·chua")
            .replace("tu van", "tu·van")
            .replace("ra de", "ra·de")
            .replace("kiem ke", "kiem·ke")
            .replace("ban giao", "ban·giao")
            .replace("thuong xuyen", "thuong·xuyen")
        ),
        "".join(out),
    )


_LABELS = tuple(
    (role, re.compile(LABEL_WORDS[role]))
    for role in ("coordinating", "leader", "lead", "due", "product", "note", "inspected", "funds")
)
# A label opens the text, follows a clause's end or a list mark, or a separator between fields on
# one line (`Chủ trì: X · Phối hợp: Y · Thời hạn: Z`, with a middle dot, a bullet or a bar).
_LABEL_AT = re.compile(
    r"(?:^|(?<=[;.,])\s*|\s(?:[a-zđ]\)|[-–—]|[·•|])\s*)("
    + "|".join(f"(?P<{role}>{pattern.pattern})" for role, pattern in _LABELS)
    + r")\s*:\s*"
)


# A task-list plugin's fields, each after its sign, on the task's own line (`- [ ] <task> 👤 <unit> 📅
# 2027-04-28 ✅ 2027-04-20`): the owner leads, the due is the day after 📅; the days after ⏳
# (planned), 🛫 (start), ➕ (created), ✅ (done) and ❌ (cancelled) are no deadline; 🔁 gives the
# round (`every week`) where no due is printed. Priority signs (⏫ 🔼 🔽) are no text.
_SIGNS = {
    "👤": "lead",
    "👥": "lead",
    "📅": "due",
    "📆": "due",
    "🗓": "due",
    "🔁": "round",
    "⏳": "",
    "🛫": "",
    "➕": "",
    "✅": "",
    "❌": "",
    "🆔": "",
    "⛔": "",
}
_SIGN_AT = re.compile("(" + "|".join(_SIGNS) + ")\ufe0f?")
_PRIORITY = re.compile("[⏫🔼🔽🔺⏬]\ufe0f?")


def marked_fields(text: str) -> tuple[str, dict[str, str]] | None:
    """`<task> 👤 <unit> 📅 <day> …` → (the task, {"lead": …, "due": …}); None where the text
    prints no owner, due or round sign after some words of its own."""
    found = list(_SIGN_AT.finditer(text))
    if not found or not any(_SIGNS[m.group(1)] for m in found):
        return None
    task = _PRIORITY.sub(" ", text[: found[0].start()]).strip(" ·|,;")
    if len(task.split()) < 2:
        return None
    fields: dict[str, str] = {}
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(text)
        value = " ".join(_PRIORITY.sub(" ", text[match.end() : end]).split()).strip(" ·|,;")
        if (role := _SIGNS[match.group(1)]) and value and role not in fields:
            fields[role] = value
    if "round" in fields:
        fields.setdefault("due", fields.pop("round"))
    return task, fields


# A field line under a task in a chat message, opened by a sign instead of (or before) its label:
# a pointing hand leads (`👉 Phụ trách: <unit>`, `👉 <unit>`), a handshake takes part (`🤝 Phối
# hợp: …`), a clock, an hourglass or a calendar gives the time (`⏰ Thứ Tư 12/4`, `🕒 Xong trước 19/11`).
_LINE_SIGNS = (
    ("Chủ trì", "👉👈☝👆👇➡🙋👤👥"),
    ("Phối hợp", "🤝🙌🫱🫲"),
    ("Thời hạn", "⏰⏱⏲⌚⌛⏳📅📆🗓🕐🕑🕒🕓🕔🕕🕖🕗🕘🕙🕚🕛🕜🕝🕞🕟🕠🕡🕢🕣🕤🕥🕦🕧"),
)
_LINE_SIGN = re.compile(
    "^\\s*([" + "".join(signs for _, signs in _LINE_SIGNS) + "])[\\ufe0f\\U0001f3fb-\\U0001f3ff]*\\s*(\\S.*)$"
)

_SHORT_LABEL = re.compile(r"^[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}\s*:\s*(?=\S)")


def sign_labelled(text: str) -> str | None:
    """`👉 Phụ trách: X` → `Phụ trách: X`; `⏰ Thứ Tư 12/4` → `Thời hạn: Thứ Tư 12/4`; None where
    the line opens with no field sign."""
    if not (match := _LINE_SIGN.match(text)):
        return None
    value = match.group(2).strip()
    if FIELD_LABEL.match(folded_same_length(value)):
        return value
    label = next(label for label, signs in _LINE_SIGNS if match.group(1) in signs)
    # a label the field lists do not know (`👉 Người làm: …`, `⏰ Lịch: …`): the sign says the role
    return f"{label}: {_SHORT_LABEL.sub('', value)}"


# A doer's field under a bare label, with no holder word before it (folded): `Thực hiện: Tổ Thu thập.`,
# `Chịu trách nhiệm: Đội Quản lý thị trường số 2`, `Trách nhiệm thực hiện: Nhóm Hạ tầng`; and the body
# an activity is handed to, under `Giao:` (`- Giao: Ban Tuyên truyền - Đối ngoại.`, `Giao cho: …`,
# `Giao thực hiện: …`), or whom the work is shared out to, under `Phân công:` (`- Phân công: Chi đoàn
# thôn A, Chi đoàn thôn B.`, `Phân công thực hiện: …`, `Phân công cho: …`; `Phân công: Tổ Quy hoạch -
# Tài nguyên khoáng sản.`, a paragraph of its own under a lettered task). Only the label alone before
# its colon: not a date's label that holds the word (`Ngày giao: 02/3/2027`, `Thời gian giao nhận: …`,
# `Ngày phân công: …`) nor a hand-over's (`Bàn giao: …`), nor a roster's (`Lịch phân công: …`, `Bảng
# phân công trực: …`), nor a heading (`Phân công nhiệm vụ:`).
_BARE_DOER_WORDS = (
    r"(?:thuc hien|(?:chiu )?trach nhiem(?: thuc hien| chinh)?|(?:giao|phan cong)(?: cho| thuc hien)?)"
)
_BARE_DOER = re.compile(rf"^\s*{_BARE_DOER_WORDS}\s*:\s*(?=\S)")
# … and such a label after another field on the same line, past a separator (`Thời gian: Thường xuyên -
# Thực hiện: Nhóm Giám sát dịch tễ.`, `Thời hạn: 30/6 · Giao: Tổ X`, `Thời gian: Quý II; Thực hiện: …`):
# the doer's field second, as `Thực hiện: X - Thời gian: Y` has it first.
_BARE_DOER_AFTER = re.compile(rf"(?:\s[-–—·•|]\s*|[;.]\s+)(?={_BARE_DOER_WORDS}\s*:\s*\S)")
# Where the doer's value ends: a clause's end, or a separator before the next field on the same line.
_DOER_END = re.compile(r"[;.](?:\s|$)|\s[·•|]\s")
# The doer's partners after it (folded): `Tổ Chỉnh lý, phối hợp Tổ Thu thập`, `…, phối hợp với …`.
_DOER_PARTNERS = re.compile(r"^(?:chu tri\s*)?,?\s*(?:va\s+)?phoi hop(?: voi)?\s+(?=\S)")
# … or named before their word, after the doer's (`Đội X chủ trì, Trạm Y tế các xã phối hợp`): the
# partners' names (group 1), the value's last words.
_PARTNERS_BEFORE = re.compile(r"^chu tri\s*,\s*(\S.*?)\s+phoi hop\s*$")


def doer_labelled(text: str) -> str | None:
    """`Thực hiện: Tổ Thu thập.` → `Đơn vị thực hiện: Tổ Thu thập.`; `Thực hiện: Tổ Chỉnh lý, phối hợp
    Tổ Thu thập.` → `Đơn vị thực hiện: Tổ Chỉnh lý; Phối hợp: Tổ Thu thập.`: a task's doer printed
    under a bare label (a line of its own under the task, or a cell), the lead of that task as a
    holder's label (`Đơn vị thực hiện:`) is. None where the text is no such field: another label; a
    value that is no body's name — a person (`Thực hiện: Nguyễn Văn An`, `đ/c Lan`), a topic or a
    basis (`Thực hiện: Kế hoạch số 12/KH-UBND`, `Công tác thu thập …`), a heading in capitals — or a
    name a verb follows (`Thực hiện: Tổ Thu thập hướng dẫn …`: a sentence, not a field); a value
    that opens with partners (`Thực hiện: phối hợp với Tổ X`) names no doer either."""
    folded = folded_same_length(text)
    if FIELD_LABEL.match(folded) or not (label := _BARE_DOER.match(folded)):
        return None
    start = label.end()
    stop = _DOER_END.search(text, start)
    end = stop.start() if stop else len(text)
    if (after := _LABEL_AT.search(folded, start)) and after.start() < end:
        end = after.start()  # `Thực hiện: Bộ phận Một cửa - Thời gian: …`: the next field's label
    value = text[start:end].strip()
    if not value or value.isupper():
        return None  # (`THỰC HIỆN: PHÒNG …` in capitals: a heading)
    if not (UNIT_START.match(folded[start:]) or body_named(text, start)):
        return None
    lead = _until_verb(value)
    rest = value[len(lead) :].strip(" ,")
    partners = ""
    if rest:
        folded_rest = folded_same_length(rest)
        if (before := _PARTNERS_BEFORE.match(folded_rest)) and (
            UNIT_START.match(folded_rest[before.start(1) :]) or body_named(rest, before.start(1))
        ):
            # `Thực hiện: Đội X chủ trì, Trạm Y tế các xã phối hợp.`: a body's name before `phối hợp`
            partners = rest[before.start(1) : before.end(1)]
            return f"Đơn vị thực hiện: {lead}; Phối hợp: {partners}" + text[end:]
        if not (joined := _DOER_PARTNERS.match(folded_rest)):
            if parts := _parts_handed(text, start):
                # `Giao: Văn phòng Hội chuẩn bị …; Ban Công tác xã hội lập …`: each body its part
                leads, partners, end = parts
                return (
                    f"Đơn vị thực hiện: {'; '.join(leads)}"
                    + (f"; Phối hợp: {', '.join(partners)}" if partners else "")
                    + text[end:]
                )
            if _BOARD_BY_TOPIC.fullmatch(folded_same_length(lead)) and _topic_runs_on(value):
                # `Giao: Ban Chỉ đạo vận động hiến máu tình nguyện huyện.`: the board's name whole
                return f"Đơn vị thực hiện: {value}" + text[end:]
            return None  # a verb after the name: a sentence, no field
        partners = _until_verb(rest[joined.end() :])
        if not partners:
            return None
    return f"Đơn vị thực hiện: {lead}" + (f"; Phối hợp: {partners}" if partners else "") + text[end:]


# A board named by the topic it steers or runs (folded), whose topic is printed in lower case and may
# open with a verb (`Ban Chỉ đạo vận động hiến máu tình nguyện huyện`, `Ban Chỉ đạo xây dựng nông thôn
# mới xã`, `Ban Vận động quỹ …`): the board's words alone; not an organising board (`Ban Tổ chức chuẩn
# bị hội trường`: its verb).
_BOARD_BY_TOPIC = re.compile(r"ban chi dao|ban van dong")
# What a board does, never the topic it is named by (folded): `Ban Chỉ đạo kiểm tra …`, `… chuẩn bị …`.
_BOARD_ACTS = re.compile(
    r"(?:chuan bi|bao cao|kiem tra|tong hop|huong dan|don doc|theo doi|chi dao|to chuc|trien khai)\b"
)
# The most words such a board's whole name may take in a doer's field.
_BOARD_NAME_WORDS = 12


def _topic_runs_on(value: str) -> bool:
    """Whether a doer's field whose name `_until_verb` cut right after a board's words holds that board
    whole, its topic running to the field's end: one clause (no comma, no `;`), no figure, a capital
    after the board's words only in a place's name, at most twelve words; its topic opening with no
    act a board does (`Ban Chỉ đạo chuẩn bị …`, `… kiểm tra …`: a sentence). A board's name with its place
    before the verb (`Ban Chỉ đạo huyện kiểm tra …`) is cut after the place, and stays a sentence."""
    words = value.split()
    topic = folded_same_length(" ".join(words[3:]))
    return (
        len(words) <= _BOARD_NAME_WORDS
        and not _BOARD_ACTS.match(topic)
        and not re.search(r"[,;\d]", value)
        and not any(word.isupper() and len(word) > 1 for word in words[3:])
    )


# Where a doer's field that hands out parts ends: its sentence's end, or a separator before the next
# field on the same line (the parts themselves are split at `;`).
_PARTS_END = re.compile(r"\.(?:\s|$)|\s[·•|]\s")
# A part's verb that makes its body a partner, not a lead (folded): `…; Tổ X phối hợp`, `… tham gia`.
_PART_JOINS = re.compile(r"^(?:phoi hop|tham gia|cung (?:thuc hien|phoi hop))\b")
# A part that only chairs (folded): `Ban Thường vụ Đoàn xã chủ trì; …` — where others do their parts
# beside it, the chair leads and they take part.
_CHAIRS = re.compile(r"^chu tri\s*$")


def _parts_handed(text: str, start: int) -> tuple[list[str], list[str], int] | None:
    """A doer's field handing two bodies or more a part each, split at `;` (`Văn phòng Hội chuẩn bị nội
    dung, hậu cần; Ban Công tác xã hội lập danh sách đại biểu.`) → (the leads, the partners, where the
    field ends): each part opens with a body's name and the rest is what it does; a body whose part is
    to take part (`…; Tổ X phối hợp`) is a partner. None where there is one part only (`Tổ Thu thập
    hướng dẫn …`: a sentence, no field), or where a part opens with no body's name (a person, a topic, a
    heading in capitals) or prints no part after its name (`Văn phòng Hội; Ban X.`: a list of bodies,
    which the holder's field reads as it did)."""
    folded = folded_same_length(text)
    stop = _PARTS_END.search(text, start)
    end = stop.start() if stop else len(text)
    if (after := _LABEL_AT.search(folded, start)) and after.start() < end:
        end = after.start()  # the next field's label on the same line
    leads: list[str] = []
    partners: list[str] = []
    chairs: list[bool] = []
    at = start
    for part in text[start:end].split(";"):
        begin = at + len(part) - len(part.lstrip())
        at += len(part) + 1
        body = part.strip()
        name = _until_verb(body)
        doing = folded_same_length(body[len(name) :].strip(" ,"))
        if (
            not name
            or not doing
            or body.isupper()
            or not (UNIT_START.match(folded[begin:]) or body_named(text, begin))
        ):
            return None
        if _PART_JOINS.match(doing):
            partners.append(name)
        else:
            leads.append(name)
            chairs.append(bool(_CHAIRS.match(doing)))
    if len(leads) + len(partners) < 2 or not leads:
        return None
    if any(chairs) and not all(chairs):
        # `Ban Thường vụ chủ trì; Chi đoàn thôn A chuẩn bị địa điểm`: the body that chairs leads, the
        # others (preparing a place, serving) take part
        chairing = [name for name, chair in zip(leads, chairs, strict=True) if chair]
        return (
            chairing,
            partners + [name for name, chair in zip(leads, chairs, strict=True) if not chair],
            end,
        )
    return leads, partners, end


# A lead field saying no unit is assigned yet (folded): `(chưa phân công)`, `chưa giao`.
_UNASSIGNED = re.compile(r"chua (?:phan cong|giao|co don vi|xac dinh)\b")
_PARTNER = re.compile(r"\s*\((?:phối hợp|phoi hop)(?: với| voi)?\s*:?\s*([^()]+)\)\s*$", re.IGNORECASE)
# A lead or time field that an amendment changes names what it replaces after the new one (folded):
# `Phòng X (thay cho Phòng Y)`, `Phòng X, thay thế Phòng Y`, `Ban X (trước đây là Ban Y)`, `30/11/2027
# (thay cho 30/9/2027)` — the new body leads and the new time is the due; the replaced ones are none.
_REPLACED = re.compile(r"\s*(?:\(|,|;|\s-)?\s*\b(?:thay (?:cho|the|vi)|truoc day (?:la|do))\s+[^()]*\)?\s*$")
# A lead field naming the body that advises or helps it (folded): `Ban Thường vụ Đảng ủy (giao Ủy ban
# Kiểm tra tham mưu)`, `… (Văn phòng giúp việc)`, or handing it a part (`Thanh tra huyện, giao Phòng
# X cử công chức tham gia`): the body before leads, the one named after takes part.
_ADVISER = re.compile(r"\s*\((?:giao\s+)?([^()]+?)\s+(?:tham muu|giup viec)\)\s*$")
_HANDED = re.compile(r"\s*,\s*giao(?: cho)?\s+(?=\S)")
_SENDS = re.compile(r"\s(?:cu|bo tri|tham gia)\b")


# A sentence end inside a field's value: a full stop, then a capital opening the next sentence.
_TIME_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ])")


def _time_sentence(value: str) -> str:
    """A time field's value up to the end of its sentence (`tuần 2 tháng 3/2027. Các trường THCS cụm
    số 1 cử giáo viên dự` → `tuần 2 tháng 3/2027`): the next sentence is the task's, not its time.
    Not taken: a next sentence that prints a time of its own (`Quý III/2027. Báo cáo trước 30/9/2027`),
    where which one is the deadline is the reader's call; nor a value whose first sentence is no time."""
    stop = _TIME_SENTENCE_END.search(value)
    if stop is None or stop.start() == 0:
        return value
    head, rest = value[: stop.start()], value[stop.end() :]
    if not _reads_as_time(head) or _reads_as_time(rest):
        return value
    return head


# Any year serves to ask whether a text is a time at all.
_ANY_YEAR = 2000


def _reads_as_time(text: str) -> bool:
    """Whether the due parser reads a date or a round from `text` (its year aside)."""
    due = parse_due(text, year=_ANY_YEAR)
    return due.date is not None or due.recurrence is not None


def _doer_after_field(text: str, folded: str) -> str:
    """`text` (a line opened by a known field's label) with a bare doer's label that follows another
    field past a separator read as the doer's field (`Thời gian: Thường xuyên - Thực hiện: Nhóm Giám
    sát dịch tễ.` → `Thời gian: Thường xuyên - Đơn vị thực hiện: Nhóm Giám sát dịch tễ.`), as
    doer_labelled reads it opening a line. Unchanged where no separator comes before the label
    (`Thời gian thực hiện: …` is the time's own label), or where doer_labelled does not read the value
    after it as a body (a person, a topic, a sentence: `- Thực hiện: Nguyễn Văn An`)."""
    for match in _BARE_DOER_AFTER.finditer(folded):
        if (doer := doer_labelled(text[match.end() :])) is not None:
            return text[: match.end()] + doer
    return text


def _lead_then_time(lead: str) -> tuple[str, str] | None:
    """A lead field whose last part after ";" is a time with no label of its own (`Ban Tuyên giáo;
    thường xuyên`, `Ban X, phối hợp Y; hoàn thành trước 31/01/2027`) → (the lead, the time). Not
    taken: a last part opening with a body (`Phòng X; Phòng Y thực hiện trước 30/6`, a second
    doer), nor one the due parser reads no date or round from; only where no time field is labelled."""
    head, sep, tail = lead.rpartition(";")
    tail = tail.strip(" .,;")
    if not sep or not head.strip(" ,;") or not tail or UNIT_START.match(folded_same_length(tail)):
        return None
    return (head.strip(" ,;"), tail) if _reads_as_time(tail) else None


def labelled_fields(text: str) -> dict[str, str] | None:
    """`Cơ quan chủ trì: X; Cơ quan phối hợp: Y. Thời gian: Z` → {"lead": X, …}; None without a label."""
    folded = folded_same_length(text)
    if not FIELD_LABEL.match(folded):
        if (doer := doer_labelled(text)) is None:
            return None
        text, folded = doer, folded_same_length(doer)  # `Thực hiện: Tổ Thu thập.`: the doer's field
    elif (doer := _doer_after_field(text, folded)) != text:
        text, folded = doer, folded_same_length(doer)
    found = list(_LABEL_AT.finditer(folded))
    if not found:
        return None
    fields: dict[str, str] = {}
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(text)
        role = next(role for role, _p in _LABELS if match.group(role))
        value = text[match.end() : end].strip(" ;.,")
        if role == "due":
            value = _time_sentence(value)
        if value and role not in fields:
            fields[role] = value
    if "due" not in fields and (timed := _lead_then_time(fields.get("lead", ""))):
        fields["lead"], fields["due"] = timed  # `Chủ trì: Ban X; hoàn thành trước 31/01/2027.`
    if not fields.get("lead") and (doer := _doer_closing_time(fields.get("due", ""))):
        # `Thời gian: quý II - quý III/2027 (Phòng Tin học thực hiện)`: the time field closes with
        # who does the task, as a sentence's closing parenthesis names it.
        fields["due"], fields["lead"] = doer[0], doer[1].lead
        if doer[1].coordinating:
            fields.setdefault("coordinating", doer[1].coordinating)
    lead = fields.get("lead", "")
    for role in ("lead", "due"):
        # `Phòng X (thay cho Phòng Y)`, `30/11/2027 (thay cho 30/9/2027)`: what the amendment sets
        value = fields.get(role, "")
        if value and (replaced := _REPLACED.search(folded_same_length(value))) and replaced.start() > 0:
            fields[role] = value[: replaced.start()].strip(" ,;")
    lead = fields.get("lead", "")
    if _UNASSIGNED.match(folded_same_length(lead).lstrip(" _*(")):
        fields.pop("lead")  # `Chủ trì: (chưa phân công – chờ …)`: no lead yet
        lead = ""
    if partner := _PARTNER.search(lead):
        # `Ban X (phối hợp Văn phòng Y)`: the partner in parentheses coordinates.
        fields["lead"] = lead = lead[: partner.start()].strip()
        fields.setdefault("coordinating", partner.group(1).strip(" .;"))
    folded_lead = folded_same_length(lead)
    handed = _HANDED.search(folded_lead)
    if handed and not lead[handed.end() : handed.end() + 1].isupper():
        handed = None  # `Phòng Phổ biến, giáo dục pháp luật`: the name's own word, no body handed a part
    if (adviser := _ADVISER.search(folded_lead)) or (adviser := handed):
        # `Ban Thường vụ (giao Ủy ban Kiểm tra tham mưu)`, `Thanh tra huyện, giao Phòng X cử …`
        if adviser.groups():
            helper = lead[adviser.start(1) : adviser.end(1)]
        else:
            helper = _until_verb(lead[adviser.end() :])
        if sent := _SENDS.search(folded_same_length(helper)):
            helper = helper[: sent.start()]  # `giao Phòng X cử công chức tham gia`: the body, not its staff
        fields["lead"] = lead = lead[: adviser.start()].strip(" ,;")
        if helper.strip(" .;"):
            fields.setdefault("coordinating", helper.strip(" .;"))
    if lead and (split := lead_and_coordinating(lead)):
        fields["lead"], coordinating = split
        if coordinating and not fields.get("coordinating"):
            fields["coordinating"] = coordinating
    return fields


# A small body's staff posts by their function (folded), each one person or one team that a school's,
# a clinic's or a commune's notice of conclusions gives a task to by name, as a larger body names its
# units: a team's head (`Tổ trưởng chuyên môn`; `Tổ trưởng tổ Văn phòng`: _team_head), a staff
# member by the work he does (`Nhân viên y tế`, `Nhân viên bảo vệ`, `Kế toán`, `Văn thư`, `Thủ quỹ`,
# `Y sĩ`), a clinic's head (`Trưởng trạm`), and the teachers of every class (`Giáo viên các nhóm,
# lớp`). Not the words as a topic (`Kế toán, thống kê …`, `Nhân viên được giao …`, `Văn thư lưu trữ
# là …`): a verb follows.
_STAFF_POSTS = (
    r"to (?:truong|pho)(?= chuyen mon\b)|"
    r"nhan vien (?=y te|bao ve|van thu|ke toan|thu quy|cap duong|nau an|nuoi duong|phuc vu|thiet bi"
    r"|thu vien|tap vu|cong nghe thong tin|ho tro|van phong)|"
    r"(?:ke toan(?: truong)?|van thu|thu quy|y si|nu ho sinh|(?:pho )?truong tram"
    # a hospital's chief of its nursing, midwifery or technical staff (`Điều dưỡng trưởng Bệnh viện`,
    # `Hộ sinh trưởng khoa Sản`, `Kỹ thuật viên trưởng`): a post, not the staff (`Điều dưỡng các khoa`)
    r"|(?:dieu duong|ho sinh|ky thuat vien) truong"
    # a staff member by the field in his charge (`Chuyên viên phụ trách công nghệ thông tin`,
    # `Chuyên viên phụ trách thi đua`): a post, only before `phụ trách` (not `Chuyên viên các phòng`)
    r"|chuyen vien(?= phu trach ))"
    # (the holder's name in parentheses after the post is skipped: `Kế toán (cô …) lập dự toán`)
    r"(?=(?:\s+\((?:thay|co|ong|ba|anh|chi|dong chi|d/c)\s[^()]{1,60}\))?"
    r"\s+(?:phu trach\s+\S+(?:\s+\S+)?\s+)?(?!la\b|va\b|,)[a-z]+\s)|"
    r"giao vien (?=(?:cac|tat ca cac) (?:nhom|lop|khoi|to)\b)"
)
# The deputy heads of a body below a department, folded, that a notice of conclusions may give a point
# by the field in their charge (`Phó Trưởng phòng`, `Phó Trưởng ban`, `Phó Trưởng khoa`, `Phó Cục
# trưởng`, `Phó Chi cục trưởng`, `Phó Viện trưởng`, `Phó Đội trưởng`), beside a director's deputy (`Phó
# Giám đốc`, read on its own below). Not `Phó Chánh Văn phòng` nor `Phó Chánh Thanh tra`: the post
# names its unit with a capital (`Văn phòng`, `Thanh tra`), which leads (_post_holder).
# … and a police station's deputy head by the level it serves (`Phó Trưởng Công an xã`, `Phó Trưởng
# Công an phường`, `Phó Trưởng Công an huyện`): the station's kind only, as with `Phó Giám đốc Sở`;
# not with the station's full name (`Phó Trưởng Công an xã Tân Phú …`: `phụ trách` does not follow).
# … and a court's deputy chief judge by the field of cases in his charge (`Phó Chánh án phụ trách lĩnh
# vực hình sự`): the court has no unit for it to name (a judge, not `Chánh Văn phòng`'s office).
# A commune-level People's Committee or Council by its kind alone (folded): `UBND phường`, `Ủy ban nhân
# dân xã`, `HĐND thị trấn`, whose deputy chair a commune's notice of conclusions gives a point by his field.
_COMMUNE_BODY = r"(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan) (?:xa|phuong|thi tran|dac khu)"
_POLICE_LEVEL = r"cong an (?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh)"
DEPUTY_HEADS = (
    rf"pho (?:truong (?:phong|ban|khoa|{_POLICE_LEVEL})|(?:chi )?cuc truong|vien truong|doi truong|chanh an)"
)
# The issuer's own Youth Union and trade union branches (folded), whose posts (`Bí thư`, `Chủ tịch`, their
# deputies) are held by its staff: `Đoàn trường`, `Chi đoàn giáo viên`, `Đoàn xã`, `Công đoàn cơ sở`,
# `Công đoàn trường`. A post before one of them is a person of the issuer, who leads as printed; not a
# Party cell (`Bí thư Chi bộ thôn …`), nor another body's union (`Công đoàn ngành Giáo dục`): the
# branch led by its head names the unit (_post_holder).
_BRANCH = (
    r"(?:doan truong|chi doan|doan (?:xa|phuong|thi tran|co so|khoa|benh vien|co quan)"
    r"|cong doan (?:truong|co so|khoa|phong|benh vien|trung tam|xa|phuong|co quan|bo phan))\b"
)
_BRANCH_POST = re.compile(rf"(?:pho\s+)?(?:bi thu|chu tich)\s+(?={_BRANCH})")
# Words that open a unit's name (folded); "bao", "ban", "bo", "hoi" only with what follows them.
_UNIT_WORDS = (
    # a department (`Sở`), not the number words its folding shares ("Số hóa tài liệu …", "Số liệu …")
    r"so(?! (?:hoa|lieu|luong|sach|hieu|tien|do|tay|ho|thu tu)\b)|"
    r"van phong|uy ban|ubnd|trung tam|cong an|bo chi huy|bo chq|bchqs|bo doi|thanh tra|chi cuc|cuc|"
    # not the verb "phòng" (prevent): "Phòng, chống …", "Phòng cháy, chữa cháy …", "Phòng ngừa …"
    r"phong(?!,?\s+(?:chong|chay|ngua|tranh|tru)\b)|"
    # (a school, `Trường THCS …`, not the word for a case: "trường hợp khó khăn có văn bản …")
    r"tram|kho bac|ngan hang|bao hiem|thue|vien|truong(?! hop\b)|benh vien|nha dau tu|tinh doan|"
    # the procuracies and the courts by their short forms (`VKSND khu vực 1, 2, 3`, `VKS tỉnh`, `TAND
    # khu vực 2`) and the court by its word (`Tòa án nhân dân huyện`); `Viện …` is read above. Not
    # `KSV` (a prosecutor, a person) nor `TA` alone (a topic's code as often).
    r"vks(?:nd)?|tand|toa an|"
    # a customs office by the post or zone it serves ("Hải quan cửa khẩu cảng X", "Hải quan Khu công
    # nghiệp Y", "Hải quan sân bay quốc tế Z", "Hải quan khu vực 3"), not the word in a procedure
    # ("hải quan điện tử")
    r"hai quan (?=cua khau|khu (?:cong nghiep|kinh te|che xuat)|cang|san bay|ga"
    r"|khu vuc (?:[ivxl]+|\d{1,2})\b)|"
    # a regional statistics office by its region's number ("Thống kê khu vực II tổ chức …"), not the
    # verb ("Thống kê khu vực bị ngập …")
    r"thong ke (?=khu vuc (?:[ivxl]+|\d{1,2})\b)|"
    r"huyen doan|thanh doan|doan thanh nien|"
    # a school's Youth Union ("Đoàn trường tổ chức …", "Đoàn trường: …")
    r"doan truong|"
    # the post of the issuer's own Youth Union or trade union branch, held by one of its staff (`Bí thư
    # Đoàn trường tổ chức …`, `Phó Bí thư Chi đoàn giáo viên …`, `Bí thư Đoàn xã …`): the post leads as
    # printed, not the branch (_BRANCH_POST); `Chủ tịch Công đoàn …` is read by `chu tich` below
    rf"(?:pho )?bi thu (?={_BRANCH})|"
    # a trade union by the body it serves ("Công đoàn trường phối hợp Chi đoàn …", "Công đoàn cơ sở",
    # "Công đoàn khoa Nội"), not the word for a stage ("công đoạn sản xuất", which folds the same)
    r"cong doan (?:truong|co so|khoa|phong|nganh|cong ty|benh vien|trung tam|xa|phuong|vien chuc|khoi"
    r"|bo phan|co quan)|"
    r"dien luc|hat kiem lam|"
    # a post office by the area it serves ("Bưu điện huyện Mỹ Lộc bố trí …", "Bưu điện tỉnh"), not the
    # word in a task ("Bưu điện hóa …", "Bưu điện văn hóa xã được …": no level after it)
    r"buu dien (?=(?:tinh|huyen|thanh pho|thi xa|quan|thi tran|xa|phuong|khu vuc|trung tam)\b)|"
    # a government portal's editorial body ("Cổng Thông tin điện tử tỉnh thường xuyên đưa tin …")
    r"cong thong tin dien tu|"
    # a department's cultural bodies ("Bảo tàng tỉnh", "Thư viện tỉnh", "Nhà hát …", "Nhà Văn hóa
    # phường Bắc Sơn", "Nhà Thiếu nhi huyện")
    r"bao tang|thu vien|nha hat|nha van hoa|nha thieu nhi|"
    # a commune civil servant's post, leading as a unit does ("Công chức Địa chính - Nông nghiệp")
    # (not "công chức cấp xã", "công chức được giao …", "công chức và viên chức": the staff, no post;
    # "công chức tại …" is where they work, but "Công chức Tài chính - Kế toán" is a post)
    r"cong chuc (?!(?:cap|xa|phuong|thi tran|duoc|va|thuoc|phu trach|chuyen mon|lam|cua|co|tai(?! chinh)"
    r"|trong)\b)|"
    # the militia's and the army's units ("Trung đội dân quân cơ động xã", "Tiểu đội dân quân …")
    r"trung doi|tieu doi|dai doi|tieu doan|trung doan|"
    # an organising board's subcommittees ("Tiểu ban Hậu cần - Tài chính", "Tiểu ban Nội dung")
    r"tieu ban|"
    r"lien doan|mat tran|giam doc|chu tich|thu truong|chi huy truong|tong bien tap|"
    # a school's posts that lead where no unit does ("Phó Hiệu trưởng phụ trách chuyên môn xây dựng …",
    # "Giáo viên chủ nhiệm khối 10 rà soát …"); not the chair ("Hiệu trưởng nhấn mạnh …") nor the staff
    # in a saying ("Giáo viên chủ nhiệm là …")
    r"pho hieu truong|giao vien chu nhiem (?=lop|khoi|cac lop)|"
    # a company's or an agency's deputy director by the field in his charge ("Phó Tổng Giám đốc phụ
    # trách sản xuất chỉ đạo …", "Phó Giám đốc phụ trách kỹ thuật …"): the post leads as printed; not
    # the director who concludes, nor a deputy named with no field ("Phó Giám đốc Nguyễn Văn A …")
    # … also with the body's kind after the post, the issuer's own deputy (`Phó Giám đốc Sở phụ trách
    # lâm nghiệp`, `Phó Giám đốc Bệnh viện phụ trách …`); not with a body's full name (`Phó Giám đốc Sở
    # Tài chính …`: another body's deputy, and `phụ trách` would not follow the post)
    r"pho (?:tong )?giam doc (?:(?:so|benh vien|trung tam|cong ty) )?(?=phu trach )|"
    # … and so the issuer's deputy head of any other kind of body by his field (`Phó Trưởng phòng phụ
    # trách công tác chữa cháy (đồng chí …) chỉ đạo …`, `Phó Cục trưởng phụ trách …`, `Phó Chi cục
    # trưởng phụ trách …`, `Phó Đội trưởng phụ trách …`; DEPUTY_HEADS), only before `phụ trách`;
    # not a deputy chair of a body named (`Phó Chủ tịch UBND … phụ trách …` directs the units named
    # after him)
    rf"(?:{DEPUTY_HEADS}) (?=phu trach )|"
    # … and the issuer's own deputy chair by his field, the post bare before `phụ trách` (`Phó Chủ tịch
    # phụ trách công tác xã hội (bà …) chỉ đạo xây dựng …`, an association's, a council's): the post
    # leads as printed where no named unit follows his `chỉ đạo` (`… chỉ đạo Phòng Nông nghiệp rà soát
    # …`: the unit leads, _directing_post); not with a body named after the post, as above
    # … also with the kind of the commune-level committee or council he is a deputy chair of (`Phó Chủ
    # tịch UBND phường phụ trách văn hóa - xã hội (bà …) chỉ đạo …`, `Phó Chủ tịch Ủy ban nhân dân xã
    # phụ trách kinh tế …`), the issuer's own as `Phó Giám đốc Sở` is; not with its place's name (`Phó
    # Chủ tịch UBND xã Tân Phú …`: `phụ trách` does not follow), nor a district's or a province's
    # (`Phó Chủ tịch UBND tỉnh phụ trách …` directs the departments named after him)
    rf"pho chu tich (?:{_COMMUNE_BODY} )?(?=phu trach )|"
    # a small body's staff posts, given their own tasks in its conclusions where it has no unit below
    # it (a school, a clinic, a commune): `Tổ trưởng tổ Mẫu giáo lớn …`, `Tổ trưởng chuyên môn …`,
    # `Nhân viên y tế phối hợp …`, `Kế toán lập dự toán …`, `Giáo viên các nhóm, lớp …` (_STAFF_POSTS)
    rf"{_STAFF_POSTS}|"
    r"cac so|cac co quan|cac don vi|cac dia phuong|"
    # a Party cell's and a mass organisation's grassroots branches ("Chi đoàn ấp", "Chi hội Phụ nữ
    # khu phố", "Chi bộ"), and a hamlet's statutory teams ("Tổ bảo vệ an ninh, trật tự ấp", "Tổ hòa
    # giải thôn", "Tổ dân phố số 3"): bodies even where a lower-case word follows
    # … and a meeting's working groups ("Tổ công tác giải phóng mặt bằng phường", "Tổ giúp việc Ban
    # Chỉ đạo …")
    # (a cell's committee, "Chi ủy chuẩn bị …", leads its cell's work as the cell does)
    # (a school's statutory office team, "Tổ Văn phòng", beside its subject groups)
    r"chi doan|chi hoi|chi bo|chi uy|"
    # a school's Young Pioneer unit ("Liên đội chuẩn bị tiết mục …", "Liên đội trường …"), not the
    # joint liability that folds the same ("liên đới chịu trách nhiệm", "liên đới bồi thường")
    r"lien doi(?! (?:chiu|trach nhiem|boi thuong|voi)\b)|"
    r"to (?:bao ve an ninh|hoa giai|tu quan|dan pho|cong tac|giup viec|van phong)|"
    r"cac bo|cac xa|cong ty|tong cong ty|dai|quy|hoi dong|vu (?!viec)|"
    # an office's section by its name ("Bộ phận Kế hoạch - Tài chính", "Bộ phận Một cửa"), not the
    # word for a part ("bộ phận này", "các bộ phận liên quan", "bộ phận chuyên môn")
    r"bo phan (?!(?:nay|do|duoc|lien quan|co lien quan|chuyen mon|khac|con lai)\b)|"
    # a mass organisation's grassroots bodies ("Các Đoàn cơ sở", "Các chi đoàn", "Các chi hội")
    r"cac (?:doan|chi doan|chi hoi|hoi co so)|"
    # … and the Youth Union of each commune or school, as `Hội LHPN các xã` ("Đoàn các xã, thị trấn
    # báo cáo …"), not a delegation named by its work ("Đoàn kiểm tra", "Đoàn công tác")
    r"doan (?=cac (?:xa|phuong|thi tran|huyen|truong|co so|don vi)\b)|"
    # … but an inspection or working team by its number (`Đoàn kiểm tra số 1`, `Tổ kiểm tra số 2`,
    # `Đoàn thanh tra liên ngành số 3`, `Đoàn công tác số II`): the decision that set it up named it,
    # and it does its share of the plan; not the team bare (`Đoàn kiểm tra`, `các Đoàn kiểm tra`)
    r"(?:doan|to) (?:kiem[ ·]tra|thanh tra|giam sat|cong tac)(?: lien nganh)? so (?:\d{1,2}|[ivx]{1,4})\b|"
    r"bao (?:va|lam|nhan|dien|phat|cong|quan)|"
    r"ban (?:quan|chi|dan|to|thuong|tuyen|noi|kinh|bien|dieu|kiem|phong trao|van|thi dua|tiep|giam|"
    # a board that speaks for a school's parents (`Ban đại diện cha mẹ học sinh`, `Ban ĐDCMHS`)
    r"dai dien|"
    r"cong tac|phap|thanh nien|xay|doi|bao ve)|"
    r"bo (?:tai|noi|tu|cong|ke|y|giao|xay|khoa|van|ngoai|quoc|lao|nong|thong)|"
    # the mass organisations, by name or by their usual short forms (`Hội LHPN`, `Hội CCB`, `Hội NCT`)
    r"hoi (?:dong|nong|lien|phu|cuu|chu|nha|luat|van|nguoi|khuyen|lhpn|ccb|nct|lhtn|ctd)|"
    # a trade's or a profession's association by its field (`Hiệp hội Du lịch tỉnh`, `Hiệp hội Doanh
    # nghiệp huyện`), asked as the mass organisations are
    r"hiep hoi|"
    # the standing body of a council, a Party committee or the Front (`Thường trực Hội đồng nhân dân
    # xã`, `Thường trực HĐND`, `Thường trực Đảng ủy`, `Thường trực Ủy ban MTTQ`), not a person on
    # duty (`Thường trực: Đ/c Lan`) nor the word for standing (`thường trực tại …`)
    r"thuong truc (?=hoi dong|hdnd|dang uy|huyen uy|tinh uy|thanh uy|quan uy|uy ban|ubmttq|mttq|ban chi dao)"
)
UNIT_START = re.compile(rf"^(?:{_UNIT_WORDS})\b")
# A state service's regional offices of one field, folded: `thống kê khu vực`, `chi cục thuế khu vực`,
# `kho bạc nhà nước khu vực`, `bảo hiểm xã hội khu vực`.
_REGIONAL_OFFICES = (
    r"(?:thong ke|(?:chi cuc )?(?:thue|hai quan)|kho bac(?: nha nuoc)?|bao hiem xa hoi) khu vuc"
)
# A paragraph addressed to every unit of a kind (`Các phòng, đơn vị …`, `Các chi bộ trực thuộc …`,
# `Các công chức …`).
EVERY_UNIT = re.compile(
    r"^(?:cac|tat ca cac|toan the(?: cac)?)\s+"
    r"(?:phong|to|bo phan|don vi|co quan|so|ban|nganh|khoa|xa|phuong|dia phuong|truong|chi bo|chi doan"
    r"|chi hoi|cong chuc|co so|vien chuc|can bo|nhan vien|chu dau tu|tieu ban"
    # a faculty's or a school's departments ("Các Bộ môn, Văn phòng Khoa")
    r"|bo mon"
    # a school's classes ("Các lớp báo cáo tỷ lệ chuyên cần …", "Các nhóm, lớp …"), not courses ("Các
    # lớp học tập, bồi dưỡng …", "Các lớp tập huấn …")
    r"|(?:nhom,?\s+)?lop(?! (?:hoc|tap huan|boi duong|dao tao|chuyen de)\b)"
    # a health centre's or a service's stations ("Các trạm y tế xã", "Các trạm khuyến nông")
    r"|tram"
    # a commune's villages and hamlets ("Các thôn, làng", "Các ấp, khu phố", "Các bản, buôn")
    r"|thon|lang|ap|buon|khu pho|khom|soc"
    # a district's culture houses ("Các nhà văn hóa phường")
    r"|nha van hoa"
    # a trade union's grassroots and branch unions ("Các CĐCS", "Các công đoàn cơ sở trực thuộc", "Các
    # công đoàn bộ phận", "Các công đoàn ngành"); not a union named ("Công đoàn ngành Giáo dục …")
    r"|cdcs|cong doan(?: co so| bo phan| nganh)?"
    # a mass organisation's district-level bodies, named by their levels before the body's word ("Các
    # huyện, thành đoàn", "Các huyện, thị, thành đoàn", "Các huyện đoàn", "Các huyện, thành hội"); not
    # the districts themselves ("Các huyện, thành phố …"), whose body's word is missing
    r"|huyen(?:,? (?:thi,? )?thanh)? (?:doan|hoi)"
    # a body's teams ("Các Đội Quản lý thị trường", "Các đội dân phòng"), not those it deals with
    # ("Các đối tượng …", "Các đối tác …") nor its staff ("Các đội ngũ …"), which fold the same
    r"|doi(?! (?:tuong|tac|ngu)\b)"
    # a company's enterprises, branches and workshops ("Các xí nghiệp, đội", "Các chi nhánh", "Các
    # phân xưởng"); not the company named ("Xí nghiệp Cây xanh số 1 …": no `các`)
    r"|xi nghiep|chi nhanh|phan xuong"
    # a state service's regional offices ("Các Thống kê khu vực", "Các Chi cục Thuế khu vực", "Các
    # Kho bạc Nhà nước khu vực", "Các Bảo hiểm xã hội khu vực")
    rf"|{_REGIONAL_OFFICES})\b"
    # "Các công chức, đơn vị được giao …": a commune's civil servants, each a post;
    # "Các cơ sở Đoàn trực thuộc …", "Các chi hội ấp …": every grassroots body; "Toàn thể viên chức
    # Trạm …", "Các cán bộ …": all the staff
)
# Updating the progress or the results where the office tracks them (folded): `cập nhật tiến độ …`,
# `cập nhật kết quả thực hiện …` — a report of the work's state, asked as one is; not updating the
# work's own data (`cập nhật dữ liệu …`, `cập nhật phần mềm …`: the work itself).
_UPDATES_PROGRESS = r"cap nhat\s+(?:tien do|ket qua)"
# What every unit of a kind is asked for when the verb after its subject is a report (folded):
# `Các đơn vị báo cáo kết quả …`, `Các phòng, đơn vị trực thuộc gửi báo cáo tiến độ …`, `… định kỳ
# báo cáo …`; not a report only named (`Các đơn vị căn cứ báo cáo …`, `… theo mẫu báo cáo`).
_REPORTS = re.compile(
    r"^[^.;:]{0,50}?\s(?:(?:dinh ky|thuong xuyen|hang thang|hang quy)\s+)?"
    rf"(?:gui\s+|tong hop,?\s+|tong hop\s+va\s+)?(?:bao cao|{_UPDATES_PROGRESS})\b"
)


def every_unit_subject(text: str) -> str:
    """The subject of a sentence addressed to every unit of a kind, up to its verb (`Các khoa lâm
    sàng đăng ký …` → `Các khoa lâm sàng`); "" where `text` opens otherwise."""
    return _until_verb(text) if EVERY_UNIT.match(folded_same_length(text)) else ""


# Every body of a kind named by its proper kind (folded): `Các Hạt Kiểm lâm khu vực`, `Các Trạm Chăn
# nuôi và Thú y`, `Các Trung tâm Y tế` — a unit's word after `các`, printed with its capital.
_NAMED_KIND = re.compile(r"^(?:cac|tat ca cac)\s+")


def named_kind_subject(text: str) -> str:
    """The subject of a sentence addressed to every body of a kind named by its proper kind (`Các Hạt
    Kiểm lâm khu vực tổng hợp …` → `Các Hạt Kiểm lâm khu vực`, `Các Trạm Y tế xã …` → `Các Trạm Y tế
    xã`), not EVERY_UNIT's common kinds (`Các phòng, đơn vị`); "" where `text` opens otherwise."""
    folded = folded_same_length(text)
    opening = _NAMED_KIND.match(folded)
    if (
        not opening
        or (EVERY_UNIT.match(folded) and not _proper_field_after_kind(text))
        or not UNIT_START.match(folded[opening.end() :])
        or not text[opening.end() :][:1].isupper()
    ):
        return ""
    return _until_verb(text)


def _proper_field_after_kind(text: str) -> bool:
    """`Các Trạm Y tế xã …`, `Các Phòng Giáo dục và Đào tạo …`: EVERY_UNIT's kind word, capitalised,
    followed by a field whose first word is capitalised too — the kind named by its proper name. `Các
    phòng, đơn vị`, `Các Phòng, Ban`, `Các trạm y tế xã` stay common kinds."""
    words = text.split()
    start = 3 if [w.lower() for w in words[:3]] == ["tất", "cả", "các"] else 1
    if (
        len(words) > start
        and words[start][:1].isupper()
        and re.match(_REGIONAL_OFFICES, folded_same_length(" ".join(words[start:])))
    ):
        # the regional offices of one field printed by their proper name (`Các Chi cục Thuế khu vực`)
        return True
    return (
        len(words) > start + 1
        and words[0].lower() in {"các", "tất"}
        and words[start][:1].isupper()
        and not words[start].endswith(",")
        and words[start + 1][:1].isupper()
    )


# Bodies of every place of a level, named by their kind (folded): `Hội LHPN các xã, phường`, `Đoàn
# Thanh niên các xã, thị trấn` — every commune's union, as `Các chi hội …` are every branch.
# So are a body of every village or quarter (`Ban Công tác Mặt trận các thôn`, `Chi hội Phụ nữ các ấp`,
# `Ban Công tác Mặt trận các khu dân cư`, `Tổ hòa giải các tổ dân phố`): the villages EVERY_UNIT
# knows (not `bản`, which is also a board).
_OF_EVERY_PLACE = re.compile(
    r"\s(?:cac|tat ca cac)\s+(?:xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho|dia phuong|co so"
    r"|thon|lang|ap|buon|khu pho|khom|to dan pho|khu dan cu)\b"
)
# A post held in every unit of a kind, before the `các` of those units (folded): their heads
# (`Thủ trưởng các đơn vị`, `Trưởng các thôn`, `Giám đốc các trung tâm`), a profession's head
# (`Điều dưỡng trưởng các khoa`, `Tổ trưởng các tổ chuyên môn`, `Kỹ thuật viên trưởng các khoa`) or
# a staff post and at most two words of its field (`Nhân viên y tế các thôn`, `Kế toán các đơn vị`):
# asked as those units are (recognisers._HEADS_OF_EVERY reads the same in a table's closing). Not one
# post of one unit (`Điều dưỡng trưởng Khoa Hồi sức …`, `Trưởng phòng Kinh tế …`: no `các` after
# the post), nor a longer phrase before `các` (`Cán bộ được giao phụ trách các thôn`: whom a task
# names).
_POST_OF_EVERY = re.compile(
    r"^(?:thu truong|lanh dao|truong|pho truong|giam doc|hieu truong|(?:[a-z]+\s+){1,3}truong"
    r"|(?:nhan vien|can bo|cong chuc|ke toan|van thu)(?:\s+[a-z]+){0,2})\s+(?=(?:cac|tat ca cac)\s)"
)
# A later clause whose subject is the same units, left out, opening with the report, its round
# before it (`…; định kỳ hằng quý báo cáo …`, `…; hằng tháng gửi báo cáo …`) or its time after it
# (`…; báo cáo kết quả thực hiện về Văn phòng … trước ngày 15 hằng tháng`), folded.
_LATER_REPORT = re.compile(
    r";\s+(?:(?:dinh ky(?:\s+(?:hang|moi)\s+(?:thang|quy|nam))?|(?:hang|moi)\s+(?:thang|quy|nam))\s+)?"
    r"(?:gui\s+)?bao cao\b"
)


# Every body of a mass organisation's or a team's kind (`Các Đoàn trực thuộc`, `Các Đội công tác`, `Các
# Hội thành viên`), a Party committee's grassroots bodies (`Các chi, đảng bộ cơ sở`, `Các đảng bộ
# trực thuộc`) or a company's member units (`Các xí nghiệp`, `Các chi nhánh`, `Các nhà máy`), folded:
# asked for a report as EVERY_UNIT's kinds are. So are a court's divisions or the courts below it
# (`Các Tòa chuyên trách, các Phòng …`), every district's body (`Các huyện, thành đoàn …`, `Các
# huyện, thị xã …`) and every holder of a post of a kind named by its `… viên` (`Các Chấp hành viên,
# công chức …`, `Các thanh tra viên …`), folded. Not a body's members (`Các thành viên Ban Chỉ đạo`,
# `Các ủy viên …`): persons each with their own field, not staff of one kind asked for one report.
# Trade unions of every kind (`Các công đoàn ngành, công đoàn cơ sở trực thuộc`) are one too.
_OTHER_KINDS = re.compile(
    r"^(?:cac|tat ca cac)\s+(?:doan|doi|hoi|chi,\s+dang bo|dang bo|xi nghiep|chi nhanh|nha may|cong doan"
    r"|toa|huyen|quan|thi xa|(?!thanh vien\b|uy vien\b)(?:[a-z]+\s+){1,2}vien)\b"
)
# A body of every place of a level, its kind then the level with no `các` (`Các LĐLĐ huyện, thành
# phố`, `Các Phòng Kinh tế huyện và …`), folded: the level closes the body's name (a comma, `và` or
# the subject's end after it). Not a place named after the level (`Các Trạm Y tế xã Tân An …`: one
# commune's), nor a body placed by a preposition (`Các dự án trên địa bàn huyện`: no body of each).
_PLACE_BODIES = re.compile(
    r"^(?:cac|tat ca cac)\s+(?:(?!(?:tren|thuoc|cua|tai|o|trong)\b)\S+\s+){1,4}?"
    r"(?:huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)(?=\s*,|\s+va\b|$)"
)


# A round a closing sentence opens with before its subject, folded: `Định kỳ hằng quý (trước ngày 15
# của tháng cuối quý), `, `Hằng tháng, `, `Định kỳ 6 tháng, ` (the comma closes it).
# Rounds joined (`Định kỳ 6 tháng và năm, `, `Hằng quý, năm, `) are one, each with its own day in
# parentheses or not (`Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/11), `).
_ONE_ROUND = r"(?:hang|moi)?\s*(?:\d+\s+)?(?:tuan|thang|quy|nam)(?:\s*\([^()]{0,80}\))?"
# So is a round printed only by its day in each round after `Định kỳ` (`Định kỳ trước ngày 10 của
# tháng đầu quý, `, `Định kỳ trước ngày 25 hằng tháng, `); not a named month or quarter (`Định kỳ
# trước ngày 10 tháng 01/2027, `, `… tháng đầu quý II, `: one day, no round).
_ROUND_BY_DAY = (
    r"dinh ky\s+(?:truoc|cham nhat|vao)\s+ngay\s+\d{1,2}\s+(?:cua\s+)?"
    r"(?:thang\s+(?:cuoi|dau)\s+(?:cua\s+)?)?(?:(?:hang|moi)\s+)?(?:thang|quy|nam)\b"
    r"(?!\s*(?:[ivx]{1,3}\b|\d|/))"
)
ROUND_FIRST = re.compile(
    rf"^(?:{_ROUND_BY_DAY}|(?:dinh ky\s+)?{_ONE_ROUND}(?:\s*(?:,|va|hoac)\s*{_ONE_ROUND})*)\s*,\s*"
)


# The staff of one division as a subject (folded): `Công chức của Phòng`, `Cán bộ, công chức, người
# lao động trong Phòng`, `Viên chức thuộc Khoa`, `Toàn thể nhân viên của Bộ phận` — each member, asked
# as every unit of a kind is. Not one post (`Chuyên viên …`, `Trưởng phòng …`), nor staff without
# their division (`Công chức được giao …`, `Cán bộ tiếp dân …`: whom a task names).
# The words for a body's staff (folded), which either reading lists, joined by commas or `và`.
_STAFF_KINDS = r"can bo|cong chuc|vien chuc|nhan vien|nguoi lao dong"
_STAFF_OF_DIVISION = re.compile(
    rf"^(?:toan the\s+)?(?:(?:{_STAFF_KINDS})(?:\s*,\s*|\s+va\s+)?){{1,4}}"
    r"\s*(?:cua|trong|thuoc)\s+(?:phong|khoa|ban|bo phan|van phong|to|doi|tram|trung tam|don vi|co quan)\b"
)

# The staff as a bare subject (folded): `Chuyên viên`, `Cán bộ, công chức`, `Toàn thể viên chức` right
# before a report or a progress update (`Chuyên viên cập nhật tiến độ … trước 17h00 thứ Sáu hằng tuần`,
# `Công chức báo cáo …`): every member of the issuing office, asked as every unit of a kind is. Not a
# post with a name or a charge after it (`Chuyên viên Nguyễn Văn An …`, `Công chức được giao …`, `Cán bộ
# tiếp dân …`: whom a task names), nor staff before another verb (`Chuyên viên thực hiện …`).
_STAFF_REPORTING = re.compile(
    r"^(?:toan the\s+)?"
    rf"(?:(?:{_STAFF_KINDS}|chuyen vien)(?:\s*,\s*|\s+va\s+)?){{1,4}}?"
    rf"(?=\s+(?:(?:dinh ky|hang tuan|hang thang|hang quy)\s+)?(?:gui\s+)?(?:bao cao|{_UPDATES_PROGRESS})\b)"
)


def every_subject_end(folded: str) -> int:
    """Where the subject ends of a sentence addressed to every body of a kind: EVERY_UNIT's kinds
    (`Các phòng, đơn vị …`), a mass organisation's or a team's (`Các Đoàn trực thuộc`), or bodies
    of every place (`Hội LHPN các xã, phường`, `Các LĐLĐ huyện, thành phố`, `Ban Công tác Mặt trận
    các thôn`), or a post held in every unit of a kind (`Điều dưỡng trưởng các khoa`,
    _POST_OF_EVERY), or the staff of one division (`Công chức của Phòng`, _STAFF_OF_DIVISION) or of the
    office before their report (`Chuyên viên cập nhật tiến độ …`, _STAFF_REPORTING); 0
    where the sentence opens otherwise."""
    if subject := EVERY_UNIT.match(folded):
        return subject.end()
    if staff := _STAFF_OF_DIVISION.match(folded):
        return max(staff.end(), len(_until_verb(folded)))  # (and the division's name, if any)
    if staff := _STAFF_REPORTING.match(folded):
        return staff.end()
    if (post := _POST_OF_EVERY.match(folded)) and (end := every_subject_end(folded[post.end() :])):
        return post.end() + end
    named = _until_verb(folded)
    if named and (_OTHER_KINDS.match(named) or _OF_EVERY_PLACE.search(named) or _PLACE_BODIES.match(named)):
        return len(named)
    return 0


# A body's members as the subject (folded): `Các thành viên Ban Chỉ đạo …`, `các thành viên …`. Not every
# unit of a kind by themselves (_OTHER_KINDS): only where their report goes to a named unit or the
# body's standing agency, as a steering body's reporting regime asks its members.
_MEMBERS = re.compile(r"^(?:cac|tat ca cac)\s+thanh vien\b")


def members_report_to_collector(folded: str) -> bool:
    """Whether `folded` asks a body's members (`Các thành viên Ban Chỉ đạo …`) for a report sent to a
    named unit or to the body's standing agency (`… báo cáo kết quả định kỳ về Cơ quan Thường trực
    trước ngày 18 hằng tháng`, `… gửi báo cáo kết quả … về Sở Nội vụ trước ngày …`): the body's
    reporting regime, every member's report collected by one unit, asked as every unit's is. Members
    asked to report with no one named to collect it (`Các thành viên Ban Chỉ đạo báo cáo kết quả
    trước ngày 20 hằng tháng`), or for anything but a report, are left out: persons each with their
    own field (_OTHER_KINDS), nothing says one unit tracks their reports."""
    if not (members := _MEMBERS.match(folded)):
        return False
    between = folded[members.end() :].split(". ")[0]
    if not (report := _REPORTS.match(between)):
        return False
    after = between[report.end() :]
    for to in re.finditer(r"\s(?:ve|gui|cho|toi)\s+", after):
        rest = after[to.end() :]
        if UNIT_START.match(rest) or re.match(r"(?:co quan\s+)?thuong truc\b", rest):
            return True
    return False


def asks_report(text: str) -> bool:
    """Whether `text` asks every unit of a kind for a report (`Các đơn vị báo cáo kết quả thực hiện
    về Văn phòng Sở trước ngày 20 hằng tháng`, `Hội Nông dân các xã báo cáo …`; or after a general
    charge, in a later clause of the same units opening with the report or its round: `Các phòng căn
    cứ Kế hoạch này chủ động triển khai; định kỳ hằng quý báo cáo kết quả …`, `Các ban, đơn vị xây
    dựng kế hoạch …; báo cáo kết quả … trước ngày 15 hằng tháng`): a programme's closing reporting
    request, a tracked item of those units wherever it stands after the tasks (with a day or a round
    of its own)."""
    folded = " ".join(folded_same_length(text).split())
    if not (end := every_subject_end(folded)):
        return members_report_to_collector(folded)
    between = folded[end:]
    sentence = between.split(". ")[0]
    if _LATER_REPORT.search(sentence):
        return True
    match = _REPORTS.match(between)
    return bool(match) and not re.search(r"\b(?:can cu|tren co so|theo mau)\b", between[: match.end()])


# Sending a product to a named unit as the verb after the subject (folded): `… gửi biên bản kiểm tra,
# nghiệm thu … về Phòng Kỹ thuật …`, `… nộp bảng chấm công cho Phòng Tổ chức …`; or registering
# something with it (`Các phòng, đơn vị đăng ký lịch công tác tuần sau về Văn phòng Sở …`); the unit it
# is sent to checked by UNIT_START after `về`/`cho`/`tới` (not a registering for a course or a person).
_SENDS = re.compile(r"^[^.;:]{0,50}?\s(?:gui|nop|dang ky)\s[^.;:]{2,120}?\s(?:ve|cho|toi)\s+")


def sends_to_unit(text: str) -> bool:
    """Whether `text` asks every unit of a kind to send something to a named unit (`Các phòng, bộ
    phận gửi biên bản nghiệm thu … về Phòng Kỹ thuật - Hạ tầng …`): the products a round gathers,
    asked as a report is. Not a sending to whom it may concern (`… gửi về địa chỉ thư điện tử …`,
    `… gửi cho khách hàng …`): only to a unit's name."""
    folded = " ".join(folded_same_length(text).split())
    if not (end := every_subject_end(folded)):
        return False
    between = folded[end:].split(". ")[0]
    return any(UNIT_START.match(between[m.end() :]) for m in _SENDS.finditer(between))


# A report of the results as the verb after the subject (folded): `… báo cáo kết quả …`, `… gửi báo cáo
# kết quả …`.
_REPORTS_RESULTS = re.compile(r"^\s*(?:(?:dinh ky|hang thang|hang quy)\s+)?(?:gui\s+)?bao cao\s+ket qua\b")


def reports_results(folded: str) -> bool:
    """Whether `folded` is every unit of a kind, or a list of kinds (`Các phòng, đơn vị`, `Các Đội,
    Trạm`, `Các Bộ môn, Văn phòng Khoa`), reporting the results (`… báo cáo kết quả thực hiện các nội
    dung trên về …`): a request for a report on the carrying out, not a charge to carry it out."""
    folded = " ".join(folded.split())
    if not every_subject_end(folded):
        return False
    return bool(_REPORTS_RESULTS.match(folded[len(_until_verb(folded)) :]))


# Informing as a verb (folded): `thông tin kịp thời …`, not the noun (`thông tin liên hệ`, `Thông tin
# chung:`, `hệ thống thông tin`, `công tác thông tin đối ngoại`).
_INFORMS = (
    r"(?<!cong tac\s)(?<!he thong\s)(?<!cong nghe\s)(?<!an toan\s)(?<!an ninh\s)"
    r"thong tin(?!\s*:|\s+(?:lien he|lien lac|chung|ca nhan|chi tiet|khac|doi ngoai|dien tu|va)\b)"
)


# announcing to someone ("Đề nghị Sở Xây dựng thông báo đến các chủ đầu tư …", "Phòng Y tế thông báo
# rộng rãi …"): `thông báo` only with whom or how it is made known; not the paper (`Thông báo số …`,
# `đăng thông báo`, `ban hành thông báo kết luận`)
_ANNOUNCES = r"(?<!dang\s)(?<!hanh\s)thong bao(?= (?:den|toi|cho|rong rai|kip thoi|cong khai)\b)"


# Words that end a unit's name inside a sentence: the verb of the assignment ("trình" but not the
# nouns "công trình", "chương trình", "quy trình" inside a name).
_VERBS = (
    r"chu tri|tham muu|thuc hien|phoi hop|khan truong|to chuc|ra soat|xay dung|nghien cuu|theo doi|"
    r"huong dan|tiep tuc|chiu trach nhiem|co trach nhiem|trien khai|kiem tra|don doc|bao cao|hoan thanh|"
    r"lam viec|tong hop|chu dong|cung voi|cung|la co quan|la don vi|la bo phan|la dau moi|lam dau moi|"
    r"tap trung|can doi|"
    # doing the work itself ("Phòng 11 trực tiếp kiểm sát …"); printed with a capital it is a name's word
    r"truc tiep|"
    r"day manh|day nhanh|thuong xuyen|de xuat|"
    r"chi dao|phu trach|quan tam|bo tri|tang cuong|lap|(?<!cong\s)(?<!chuong\s)(?<!quy\s)trinh|"
    r"cap nhat|xu ly|giai quyet|dam bao|bao dam|"
    r"can cu|quyet liet|khan truong|nghiem tuc|hoan thien|soan thao|du thao|thu thap|rut kinh nghiem|"
    r"khac phuc|ban hanh|phan cong|bo sung|dieu chinh|khao sat|tien hanh|van dong|phat quang|"
    r"chuan bi|tuyen truyen|dang ky|giai ngan|thu hoi|di doi|khoi cong|"
    # sampling, counted or not (`Trung tâm Kiểm nghiệm lấy 120 mẫu thuốc …`): `lấy` only with `mẫu`,
    # folded it is also `lây` (`lây nhiễm`) and `lầy`
    r"lay (?:\d+ )?mau|"
    # training as the unit's act (`Phòng An toàn giao thông tập huấn cho lái xe …`); not the noun
    # after what is held (`lớp tập huấn`, `hội nghị tập huấn`) nor a name's `Đào tạo, tập huấn`
    r"(?<!lop )(?<!nghi )(?<!dao tao, )(?<!boi duong, )tap huan|"
    # issuing a paper ("Văn phòng Sở phát hành Kế hoạch, gửi …"; "Phòng Phát hành" keeps its capital)
    r"phat hanh|"
    # receiving (`Phòng Thu thập - Bảo quản tài liệu tiếp nhận 120 mét giá hồ sơ …`); not a one-stop
    # desk's name in lower case (`bộ phận tiếp nhận và trả kết quả`)
    r"(?<!bo phan )tiep nhan(?! va tra)|"
    # opening classes or rounds (`Phòng Nghiệp vụ - Địa chí mở 02 lớp tập huấn …`): `mở` only with
    # what is opened (folded it is also the `mô` of `mô hình`)
    r"mo (?:0?\d{1,2} )?(?:lop|dot|chuyen muc|chuyen trang)|"
    # settling accounts ("Tổ Công đoàn Phòng Tài chính - Kế toán quyết toán kinh phí …"; printed with a
    # capital it is a name's word, "Phòng Thẩm tra quyết toán" keeps it lower: only after a name's end)
    r"(?<!tra\s)quyet toan|"
    # appraising, arranging (not in a body's name: "Hội đồng thẩm định …", "Ban Chỉ đạo sắp xếp …")
    r"(?<!dong\s)tham dinh|(?<!chi dao\s)sap xep|"
    # field work done by the body itself ("Ban Quản lý các bến xe vận chuyển …", "Tổ dân phố số 2 nạo
    # vét …", "Hội Nông dân xã ra quân …"); printed with a capital they are a name's words (not the
    # "tư vấn chuyên …" of an adviser's name)
    r"thu gom|lap dat|cap phat|ra quan|(?<!tu\s)van chuyen|thu don|nao vet|"
    # controlling goods, spending, a crossing ("Đội Quản lý thị trường số 2 kiểm soát hàng hóa …",
    # "Kho bạc Nhà nước khu vực X kiểm soát chi …"); printed with a capital it is a name's word (`Phòng
    # Kiểm soát chi`, `Khoa Kiểm soát nhiễm khuẩn`), nor a desk named in lower case (`bộ phận kiểm soát …`)
    # nor patrolling and control paired in a name (`Đội Tuần tra, kiểm soát giao thông đường bộ số 1`)
    r"(?<!bo phan\s)(?<!tuan tra,\s)(?<!tuan tra\s)kiem soat|"
    # collecting what is due ("Phòng Tài chính - Kế toán thu đúng, thu đủ phí …", "Đội Thuế xã thu
    # thuế …"): `thu` only with what is collected, folded it is also `thư`, `thú`, `thủ`, `thứ`; not
    # a body named by collecting in lower case (`Trạm thu phí`, `Phòng Quản lý thu nợ`): a name's words
    # (`ram`: _until_verb searches a name from its second letter)
    r"(?<!ram\s)(?<!quan ly\s)thu (?:dung|du|phi|le phi|thue|tien|ngan sach|hoc phi|vien phi|no)\b|"
    # launching a movement ("Công đoàn Công ty phát động phong trào thi đua …"; "Ban Phát động …" keeps
    # its capital)
    r"phat dong|"
    # a Party body leading its unit's work ("Chi bộ Công an phường lãnh đạo bảo đảm …"); keeping
    # watch ("Ban Dân vận nắm tình hình …")
    r"lanh dao|nam (?:tinh hinh|bat|chac)|"
    # counting ("Phòng Kinh tế thống kê thiệt hại …"; printed with a capital, "Chi cục Thống kê", it is
    # a name's word, and after a dash a field's, "Phòng Tài chính - Thống kê"); informing ("Phòng Văn
    # hóa - Xã hội thông tin liên tục …"), not a field named in lower case ("công tác thông tin đối
    # ngoại", "hệ thống thông tin")
    r"thong ke|"
    # making known ("Phòng Giáo dục trung học phổ biến Kế hoạch …"; "Phòng Phổ biến, giáo dục pháp
    # luật" keeps its capital), posting ("Văn phòng đăng Kế hoạch trên Cổng …": `đăng` only with what
    # is posted, folded it is also `đang`)
    r"pho bien|quan triet|dang tai|dang (?:tin|bai|ke hoach|van ban|thong bao)|"
    # a contest's judges sitting in on a lesson (`Ban Giám khảo dự giờ, chấm …`), a council weighing a
    # case (`Hội đồng Khen thưởng, Kỷ luật xem xét, giải quyết …`): no name's words
    r"du gio|xem xet|"
    # running, compiling, repairing ("Phòng Kỹ thuật vận hành hệ thống …", "Phòng Nghiệp vụ biên soạn
    # tài liệu …", "Giao Phòng Kỹ thuật sửa chữa …"); a body named by that work in lower case (`Tổ
    # biên soạn`, `Đội Quản lý vận hành`) is masked by _NAME_WORDS
    # … and editing ("Phòng Thông tin - Đối ngoại biên tập đặc san …"; not the editor-in-chief, `Tổng biên
    # tập`, a post, nor `Ban biên tập` in lower case, masked by _NAME_WORDS)
    r"van hanh|bien soan|(?<!tong\s)bien tap|sua chua|"
    # recording readings, minutes ("Phòng Kinh doanh - Dịch vụ khách hàng ghi chỉ số đồng hồ …", "Tổ
    # Thư ký ghi biên bản …"): `ghi` only with what is recorded; printed with a capital a name's word
    r"ghi (?:chi so|chep|bien ban|nhat ky|so lieu)\b|"
    # short acts on what the body keeps ("Tổ Kỹ thuật sao lưu cơ sở dữ liệu …", "Khoa Dược kiểm kê
    # thuốc …", "Tổ Đo đạc bàn giao hồ sơ …"): without them the name ran on to the sentence's deadline
    # and the point was dropped; printed with a capital they are a name's words, a body named by that
    # work in lower case (`Hội đồng kiểm kê`, `Ban bàn giao`) is masked by _NAME_WORDS; not `bàn` before
    # a field (`giáo dục`, `giáo viên`, …: folded `ban giao duc`)
    r"kiem ke|sao luu|ban giao(?! (?:duc|vien|thong|trinh|dich|luu|nhan|dat))|"
    # setting an examination's paper ("Bộ phận Chuyên môn ra đề, tổ chức thi …", "Tổ Toán ra đề kiểm
    # tra …"): `ra` only with `đề`; a body named by that work in lower case (`Hội đồng ra đề`, `Ban ra
    # đề thi`) is masked by _NAME_WORDS
    r"ra de|"
    # advising ("Tổ Tư vấn học đường tư vấn chọn trường …", "Phòng Pháp chế tư vấn …"); printed with a
    # capital it is a name's word, a body named by it in lower case (`Hội đồng tư vấn`) is masked by
    # _NAME_WORDS
    r"tu van|"
    # inviting the guests (`Ban Tuyên truyền - Huấn luyện mời đại biểu`): `mời` only with who is
    # invited, folded it is also `mới`, `mỗi`, `môi` (`đổi mới`, `môi trường`)
    # staging a show (`Tổ Ngữ văn - Nghệ thuật dàn dựng, duyệt chương trình`): `dàn dựng` only with
    # what is staged or before a comma, folded it is also `dân dụng` (`công trình dân dụng`)
    r"(?<!trinh\s)(?<!xay dung\s)dan dung(?=,| (?:chuong trinh|tiet muc|van nghe|kich ban|canh)\b)|"
    r"moi (?:dai bieu|khach|chuyen gia|bao cao vien|giang vien|lanh dao)|"
    # sending staff ("Văn phòng cử cán bộ …", "Phòng Nội vụ cử 02 công chức …"): `cử` only with who is
    # sent, folded it is also `cũ`, `cụ`; not the `cử` of `bầu cử`, `ứng cử`, `đề cử`
    r"(?<!bau\s)(?<!ung\s)(?<!de\s)(?<!tuyen\s)cu (?:\d+|can bo|cong chuc|vien chuc|nguoi|dai dien|"
    r"dong chi|thanh vien|lanh dao|chuyen vien|giao vien|nhan vien|luc luong|doan|to cong tac)|"
    # signing ("Phòng Tài chính - Kế toán ký hợp đồng ủy thác …"): `ký` only with what is signed, folded
    # it is also the `kỹ` of `Kỹ thuật` and the `kỳ` of `định kỳ`, `kỳ họp`
    r"ky (?:hop dong|ket|cam ket|thoa thuan|bien ban|xac nhan)|"
    # paying out ("Phòng Tài chính - Kế toán chi trả tiền …", "Bảo hiểm xã hội huyện chi trả …");
    # printed with a capital it is a name's word (`Phòng Chi trả`); a team named by it in lower case
    # (`Tổ chi trả xã lập …`) is read as `Tổ thu gom rác …` is (lower_case_team: its end unknown)
    r"chi tra|" + _INFORMS + "|" + _ANNOUNCES
)


# Words that may precede the verb: manner and urgency ("khẩn trương rà soát", "chủ động phối hợp").
_TASK_MANNER = (
    r"(?:(?:khan truong|chu dong|tiep tuc|kip thoi|tap trung|khan cap|thuong xuyen|dinh ky|nghiem tuc"
    # doing it in person (`Phó Trưởng phòng … trực tiếp kiểm tra …`), before a task's verb only
    r"|sau do|truc tiep)\s*,?\s*)*"
)
# Verbs that open a task (folded); ACTION: a sentence (or what follows its subject) that opens with one.
_TASK_VERBS = (
    r"ra soat|tong hop|hoan chinh|hoan thanh|hoan thien|trinh(?! do)|kiem tra|bao cao|kiem dinh|lap|"
    r"lay (?:\d+ )?mau|"
    r"chuan bi|xay dung|to chuc|trien khai|thuc hien|theo doi|don doc|huong dan|cap nhat|gui|tham muu|"
    r"de xuat|phoi hop|chu tri|nghien cuu|soan thao|du thao|ban hanh|sua doi|bo sung|danh gia|thong ke|"
    r"tuyen truyen|kiem ke|ve sinh|nhap|thanh tra|giam sat|xu ly|giai quyet|dam bao|bao dam|tang cuong|"
    r"day manh|nang cao|nang cap|chi dao|quan ly|tiep nhan|cung cap|thu thap|khao sat|lua chon|mua sam|"
    r"sap xep|rut kinh nghiem|tong ket|so ket|boi duong|dao tao|tap huan|kiem soat|phan cong|bo tri|can doi|"
    r"dieu chinh|lam viec|tham gia|tham dinh|phe duyet|van dong|phat dong|cham diem|"
    r"lien he|doi chieu|xac minh|ky ket|thanh ly|quyet toan|giai ngan|thi cong|sua chua|bao tri|"
    # (`phòng, chống` printed with its comma too; a station mobilising, a committee examining)
    r"phong,? chong|huy dong|tham tra|"
    r"ung pho|khac phuc|di doi|thu hoi|chuyen giao|tiep tuc|hop ban|hop danh gia|dang ky|"
    r"tuan tra|pho bien|quan triet|dang tai|"
    # keeping up, digitising, stocking (`Khoa Dược dự trữ đủ thuốc …`; not `Cục Dự trữ Nhà nước`, a body,
    # nor `hàng dự trữ quốc gia`, goods)
    r"duy tri|so hoa|du tru(?! nha nuoc| quoc gia)|"
    # a humanitarian body's visits and gifts (`Đội Thanh niên chữ thập đỏ phường đến tận nhà trao quà
    # …`, `Chi hội X thăm hỏi, tặng quà …`): `đến` only as going right to the place (`đến tận`), folded
    # it is also `đèn`, `đền` (`đền bù`); `trao` only with what is given
    r"den tan|tham hoi|trao (?:qua|tang)|"
    # a contest's judges marking (`Ban Giám khảo chấm bài thi …`): `chấm` only with what is marked,
    # folded it is also the `chậm` of `chậm nhất`
    r"du gio|cham (?:thi|bai|tiet)|ra de|"
    # `đăng` only with what is posted: folded it is also `đang` (now, in progress)
    r"dang (?:tin|bai|ke hoach|van ban|thong bao)|" + _INFORMS + "|"
    # `mở` only with what is opened, counted or not (`mở 02 lớp tập huấn`): folded it is also the `mô`
    # of `mô hình`
    r"mo (?:0?\d{1,2} )?(?:chuyen muc|chuyen trang|lop|dot|rong)"
)
ACTION = re.compile(rf"^{_TASK_MANNER}(?:{_TASK_VERBS})\b")


# A note defining the shorter name a body goes by below, after its full name (`(sau đây gọi tắt là
# Ban QLDA)`, `(viết tắt là …)`, and without `tắt`: `(sau đây gọi là Trung tâm Kiểm nghiệm)`, `(gọi
# chung là các cơ sở KCB)`, `(sau đây được gọi là …)`, as `units._DEFINED_AS` reads them): no part
# of the name, so a bare label closed by one is the body's label.
_NAMING = re.compile(
    r"\s*\((?:sau đây\s+)?(?:được\s+)?(?:(?:gọi|viết) tắt là|gọi chung là|gọi là)[^)]*\)", re.IGNORECASE
)
_ABBREVIATED = re.compile(r"^[A-ZĐ][A-ZĐ&-]{1,12}\b")


# A lead-in that gives the floor to what a person says next ("… và kết luận:", "… yêu cầu như sau:").
_SPEAKS = re.compile(r"\b(?:ket luan|nhu sau|nhan manh|phat bieu|giao nhiem vu)\s*$")


# Bodies of one kind named after it once (`Các Sở: Xây dựng, Công Thương, Nông nghiệp và Môi trường:`,
# `Các phòng: Kinh tế, Văn hóa - Xã hội:`): the kind in the plural, a colon, the names, a colon.
_ELLIPTICAL_KIND = re.compile(
    r"^(?:các|cac)\s+(sở|so|phòng|phong|ban|cục|cuc|chi cục|chi cuc|trung tâm|trung tam|khoa|vụ|vu"
    r"|viện|vien|trạm|tram|đội|doi|trường|truong|xã|xa|phường|phuong)$",
    re.IGNORECASE,
)
_ELLIPTICAL_NAME = re.compile(r"^[A-ZĐÀ-Ỹ][^\d:()]{0,60}$")


def elliptical_units(head: str, rest: str) -> tuple[str, str] | None:
    """`Các Sở` + `Xây dựng, Công Thương, Nông nghiệp và Môi trường: …` → (`Sở Xây dựng, Sở Công
    Thương, Sở Nông nghiệp và Môi trường`, the text after the names' colon). The names part at `;`
    where the list uses it (a name may hold a comma: `Văn hóa, Thể thao và Du lịch; Công Thương`),
    else at `,`; never at `và`, which most such names hold. None where the text is not this shape."""
    kind = _ELLIPTICAL_KIND.match(head.strip())
    names, colon, after = rest.partition(":")
    if kind is None or not colon:
        return None
    parts = [part.strip(" .") for part in re.split(r"\s*;\s*" if ";" in names else r"\s*,\s*", names)]
    if len(parts) < 2 or not all(_ELLIPTICAL_NAME.match(part) and len(part.split()) <= 8 for part in parts):
        return None
    word = kind.group(1)
    return ", ".join(f"{word[:1].upper()}{word[1:]} {part}" for part in parts), after.strip()


def _title_case(letters: str) -> bool:
    """A word's first two letters as a name writes them ("Ki"), not a heading in capitals ("TỔ")."""
    return len(letters) == 2 and letters[0].isupper() and letters[1].islower()


# Kinds of body or post that lead as a run-in label after `Các` (`Các khoa lâm sàng: …`, `Các tổ
# chuyên môn: …`, `Các giáo viên chủ nhiệm: …`), though alone they open no unit's name.
_KIND_OF_BODY = re.compile(r"^(?:khoa(?! hoc)|to(?! chuc)|bo phan|giao vien chu nhiem|nhom)\b")


# The verbs by which a sentence gives its subject the lead (folded): after a dash they say the words
# before them are still the subject's name (`Phòng Kiểm tra - Giám sát chủ trì …`).
_LEADS_VERB = r"chu tri|tham muu|chiu trach nhiem|co trach nhiem|la (?:co quan|don vi|dau moi)|lam dau moi"


# A unit run in before a dash, its task a sentence after it (`Tổ Ngữ văn - Xây dựng chuyên đề …
# cho khối 11.`), as a list item prints a bold label; a dash inside a name (`Phòng Tài chính - Kế
# hoạch huyện: …`) is followed by no verb opening a sentence of eight words or more.
_DASH_LABEL = re.compile(r"^(?P<unit>[^:;,.()\-–]{3,70}?)\s[-–]\s(?P<task>[A-ZĐÀ-Ỹ].*)$", re.DOTALL)


def _dash_label(text: str) -> tuple[str, str] | None:
    if not (m := _DASH_LABEL.match(text.strip())):
        return None
    unit, task = m.group("unit").strip(), m.group("task").strip()
    folded_unit, folded_task = folded_same_length(unit), folded_same_length(task)
    sentence = re.split(r"\.(?:\s|$)", folded_task, maxsplit=1)[0]
    if (
        not (UNIT_START.match(folded_unit) or _KIND_OF_BODY.match(folded_unit))
        or len(unit.split()) > 8
        or re.search(rf"\s(?:{_VERBS})\b", " " + folded_unit)
        or not re.match(rf"(?:{_VERBS})\b", folded_task)
        # a field of the name before the level it serves (`Văn phòng - Thống kê xã là …`), not a verb
        or re.match(rf"{_FIELDS}\s+(?:xa|phuong|thi tran|huyen|quan|tinh)\b", folded_task)
        or len(sentence.split()) < 8
        # a name goes on in capitals or to its label's colon (`Ban Tổ chức - Kiểm tra Huyện đoàn
        # tham mưu …`, `Phòng Hành chính - Tổng hợp: …`), or leads the sentence itself
        or any(word[:1].isupper() for word in task.split()[1:4])
        or ":" in " ".join(task.split()[:6])
        # a verb right after another is the sentence's, the word before it the name's last field
        # (`Ban Tổ chức - Kiểm tra tổng hợp đề nghị …`: the body `Ban Tổ chức - Kiểm tra`)
        or re.match(rf"(?:{_VERBS})\s(?:{_VERBS})\b", folded_task)
        # … so is a task's verb right after a field that is a verb too (`Tổ Hành chính - Tổng hợp dự
        # trù kinh phí …`: the team `Tổ Hành chính - Tổng hợp`); not a field's object (`- Tổng hợp số
        # liệu …`: a label's task)
        or re.match(rf"{_FIELDS}\s(?:{_TASK_VERBS})\b", folded_task)
        or re.search(rf"\b(?:{_LEADS_VERB}|phoi hop|thuc hien)\b", sentence)
        # a name's second field, its predicate opening after it (`Phòng Truyền thông - Vận động nguồn
        # lực thường xuyên đăng tải …`: dashed_part)
        or dashed_part(task, before=unit)
    ):
        return None
    return unit, task


# An office by its short form before a run-in colon, as a message or a minute writes it: `P.VHXH`,
# `BP.TP-HT`, `P.KT-HT-ĐT (Phòng Kinh tế, …)`, `TT PVHCC`, `Ban CHQS phường`, `CA xã`, `TYT (Trạm Y tế
# xã)` — a code in capitals after a kind's letter and a dot or its word, beside a second code, the
# place's level or its name in parentheses. A code alone (`ANTT:`, `CCHC:`) is as often a topic's,
# so only the issuer's own office, `VP`, stands alone.
_CODE = r"(?:[A-ZĐ]{2,6}|[A-ZĐ]{1,3}\.\s?[A-ZĐ]{2,6})(?:[-&.][A-ZĐ]{1,6}){0,4}"
_OFFICE_CODE = re.compile(
    rf"^(?P<kind>(?:Phòng|Trung tâm|Ban|Đội|Tổ)\s+)?{_CODE}(?P<second>\s+{_CODE})?"
    r"(?P<level>\s+(?:phường|xã|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|TP))?"
    r"(?P<named>\s*\([^()]{3,80}\))?$"
)


# An office named by its number, its field spelt out in parentheses before a run-in colon, as a
# procuracy's divisions or a tax office's teams are (`Phòng 7 (Kiểm sát giải quyết các vụ, việc dân sự
# …):`, `Đội 4 (Quản lý nợ và cưỡng chế nợ thuế):`): the field's verbs are the office's name, no
# sentence's, and the shape names an office even where its kind's word alone opens none (`Đội`). Not
# a note in lower case after the number (`Phòng 7 (phối hợp Phòng 2):`, partners; `(đ/c …)`, a
# holder), nor a number that does not follow the kind's word at once (`Phòng 7 tổ chức … (…):`), nor
# `Đội 4:` with no field (a number alone is as often a team of people as an office).
_NUMBERED_OFFICE = re.compile(
    r"^(?:Phòng|Đội|Tổ|Ban|Vụ|Cục|Khoa)\s+(?:số\s+)?\d{1,2}\s*\((?=[A-ZĐÀ-Ỹ])[^():;]{3,120}\)$"
)


def _office_code(head: str) -> bool:
    """`head` (the words before a run-in colon) is an office's short form (`_OFFICE_CODE`)."""
    if not (m := _OFFICE_CODE.match(head)):
        return False
    return bool(m.group("kind") or m.group("second") or m.group("level") or m.group("named")) or (
        "." in head or head == "VP"
    )


# A unit's role noted in parentheses after its name, before a heading's colon: `(đơn vị thực hiện Dự
# án)`, `(cơ quan thường trực)`, `(là đơn vị đầu mối)`; never its partners (`(phối hợp: …)`).
_ROLE_NOTE = re.compile(r"\s*\((?:là\s+)?(?:đơn vị|cơ quan)\s+(?!phối hợp)[^():]{2,80}\)\s*$", re.IGNORECASE)
# Who holds a post, noted in parentheses after it — before a heading's colon (`Phó Hiệu trưởng (thầy
# Đinh Văn A):`, `Kế toán (bà Lê Thị B):`, `Phòng X (đ/c Trần C):`) or after the field a deputy has
# charge of (`… phụ trách sản xuất (ông Lê Minh Tuấn)`): a person, no part of the lead. In the police
# and the army the holder goes by his rank (`… phụ trách công tác nghiệp vụ (Trung tá Vũ Đình K)`,
# `(Đại úy …)`, `(Thượng tá …)`, `(Thiếu tướng …)`); a rank alone with no name after it is no note.
_HOLDER = (
    r"\((?:thầy|cô|ông|bà|anh|chị|đồng chí|đ/c|(?:thiếu|trung|thượng|đại)\s+(?:úy|uý|tá|tướng))"
    r"\s+[A-ZĐÀ-Ỹ][^():]{1,60}\)"
)
_HOLDER_NOTE = re.compile(rf"\s*{_HOLDER}\s*$", re.IGNORECASE)
_HOLDER_AHEAD = re.compile(rf"\s*{_HOLDER}", re.IGNORECASE)
# The words of a bare label's name before its role note: a unit's proper name (a capital after the
# kind's word), no clause break.
_BARE_LABEL_NAME_WORDS = 12


def _bare_role_label(head: str) -> bool:
    """Whether a paragraph with no colon is a unit's label closed by a note of its role (`Trung tâm
    Mua sắm tài sản công tỉnh (đơn vị mua sắm tập trung)`): the note ends it, and before it stands
    a unit's proper name alone (up to twelve words, a capital after its first word, no comma or
    stop). A sentence that ends in such a note (`Phòng X tổ chức … (cơ quan thường trực)`) is
    none: a verb in lower case stands in its name."""
    note = _ROLE_NOTE.search(head)
    if note is None:
        return False
    name = head[: note.start()].strip()
    words = name.split()
    return (
        2 <= len(words) <= _BARE_LABEL_NAME_WORDS
        and bool(UNIT_START.match(folded_same_length(name)))
        and any(word[:1].isupper() for word in words[1:3])
        and not re.search(r"[,;.:()]", name)
        and _until_verb(name) == name
    )


# A small body's staff post before a run-in colon (folded), where the body has no unit below it to
# name (a school, a clinic, a small office): `Hiệu trưởng: …`, `Tổng phụ trách Đội: …`, `Kế toán: …`,
# `Văn thư: …`, `Nhân viên thư viện: …`, `Giáo viên bộ môn: …`, `Bí thư Đoàn trường: …`. With its
# colon the post is the addressee that leads its point (corpus README, "Standing bodies and posts in
# charge"); without it `Hiệu trưởng` is the chair who speaks (`Hiệu trưởng nhấn mạnh …`), and a
# staff post is read as a sentence's subject only before its verb (_STAFF_POSTS).
_POST_BEFORE_COLON = re.compile(
    r"^(?:(?:pho )?(?:hieu truong|truong tram)(?: phu trach(?: \w+){1,4})?|tong phu trach(?: doi)?"
    # the issuer's own division or ward head by the bare post (`Phó Trưởng phòng (bà …): …`, its
    # holder's note dropped before); not a post before a unit's name (`Trưởng phòng Nội vụ: …`)
    r"|(?:pho )?truong (?:phong|khoa)"
    r"|ke toan(?: truong)?|van thu"
    r"|thu quy|y si|nu ho sinh|nhan vien \w+(?: \w+)?|giao vien (?:bo mon|phu trach|day)\b[^,;]*"
    r"|bi thu (?:chi doan|doan truong)(?: \w+){0,3}|to truong \w+(?: \w+){0,3}"
    # a council's or a board's secretary by the body he serves (`Thư ký Hội đồng thi thử: …`, `Thư ký
    # Hội đồng trường: …`, `Thư ký Ban chỉ đạo: …`); not a bare `Thư ký:` (a meeting's secretary, a
    # person named in minutes)
    r"|thu ky (?:hoi dong|ban|to|tieu ban)(?: \w+){0,4})$"
)
# A subject's teacher (`Giáo viên Giáo dục thể chất`, `Giáo viên Tiếng Anh`, `GV Tin học`): the
# subject named with its capital.
_SUBJECT_TEACHER = re.compile(r"^(?:Giáo viên|GV)\s+[A-ZĐÀ-Ỹ][^,;()]{1,40}$")


def _post_label(head: str) -> bool:
    """`head` (the words before a run-in colon) is a small body's staff post (`_POST_BEFORE_COLON`)
    or a subject's teacher (`_SUBJECT_TEACHER`)."""
    head = head.strip()
    return bool(
        _POST_BEFORE_COLON.match(" ".join(folded_same_length(head).split())) or _SUBJECT_TEACHER.match(head)
    )


# An office named by the fields it covers, verbs among them, after its proper first field (`Phòng
# Giám sát, kiểm tra và xử lý sau thanh tra`, `Đội Thanh tra, giải quyết khiếu nại`): before a run-in
# colon whose duty opens in lower case, no word of an assignment among them.
_ASSIGNING_WORDS = re.compile(r"\b(?:chu tri|phoi hop|giao|de nghi|yeu cau|cac)\b")


# The number closing an office's name among offices of one kind (`… số 1`, `… số 2`, `Đội 3`).
_OFFICE_NUMBER = re.compile(r"\s+(?:số\s+)?\d{1,2}$")


def _fields_in_name(head: str, rest: str, at: int) -> bool:
    """Whether a run-in label's verb (at `at` in the folded head, one space before) stands in a list
    of fields that names the office (after a comma that follows its capitalised first field). The
    task after the colon opens in lower case, unless the office's own number closes the name
    (`Phòng Thanh tra, kiểm tra số 1: Hoàn thành …`): a number no verb's object ends on."""
    words, folded = head.split(), folded_same_length(head).strip()
    comma = head.find(",")
    numbered = _OFFICE_NUMBER.search(head.strip())
    unnumbered = head.strip()[: numbered.start()] if numbered else head
    return (
        len(words) > 2
        and any(word[:1].isupper() for word in words[1:3])  # `Phòng Giám sát`, `Bộ phận Tiếp …`
        and 0 < comma < at
        and len(words) <= 12
        and not re.search(r"\d", unnumbered)
        and not _ASSIGNING_WORDS.search(folded)
        and (rest.strip()[:1].islower() or bool(numbered))
    )


# A unit heading's note naming who heads the body (`Tiểu ban Hậu cần (Trưởng tiểu ban: Giám đốc Trung
# tâm …)`, `Tổ Tuyên truyền (Tổ trưởng: đ/c …)`, `(Phụ trách: …)`): the person or post in charge, no
# part of the body's name, and its colon no label's.
# (matched folded: OCR may misread a tone mark, `Trưởng tiếu ban`)
_HEAD_NOTE = re.compile(
    r"\s*\((?:dong chi\s+|d/c\s+)?(?:pho\s+)?(?:truong tieu ban|truong ban|truong to|to truong|truong nhom"
    r"|nhom truong|doi truong|truong doan|nguoi phu trach|phu trach)\s*:[^()]{2,120}\)"
)


# Where a bare label (no colon) names a second unit after its first: at `;`, or at `,` or `và` right
# before a unit's kind word printed with its capital (`…, Phòng Quản lý đô thị …`, `… và Trung tâm …`).
_NEXT_UNIT = re.compile(r"\s*;\s*|(?:\s*,\s*|\s+và\s+)(?=[A-ZĐÀ-Ỹ])")
_BARE_LABEL_WORDS = 14
_LISTED_UNITS = 4
# The head of a body named among addressees (`Vụ trưởng Vụ …`, `Thủ trưởng các cơ quan`, `Chủ tịch, các
# Phó Chủ tịch UBND tỉnh`, `Giám đốc …`): a post, no unit's name (matched as printed: folded, `trưởng`
# would be the `trường` of a school's name).
_HEAD_OF_BODY = re.compile(r"(?i)(?<!\w)(?:trưởng|chủ tịch|giám đốc|bí thư)(?!\w)")


def _bare_units_listed(head: str) -> str:
    """A bare label over lettered points naming two to four units, each a bare unit label by itself
    (`Phòng Kinh tế, Hạ tầng và Đô thị các huyện, thị xã; Phòng Quản lý đô thị thành phố Lâm Giang`:
    every district's division and the city's one), too long for one unit's label: all of them, as
    printed, lead the points. "" where it is not this shape: fourteen words or fewer (read as one
    label below), a part that is no unit's bare label alone (a verb, a sentence's stop, a field), that
    opens in lower case or with no unit's kind word, or names a post (`Thủ trưởng các cơ quan`,
    `Chủ tịch …`: addressees, `_HEAD_OF_BODY`), more than four parts. A comma or `và` parts only
    before a unit's kind word with its capital, so a name holding them (`Phòng Kinh tế, Hạ tầng và
    Đô thị`) stays whole."""
    head = head.strip()
    if len(head.split()) <= _BARE_LABEL_WORDS or re.search(r"[.!?:()]", head):
        return ""
    cuts = [0]
    for m in _NEXT_UNIT.finditer(head):
        if m.group().strip() == ";" or UNIT_START.match(folded_same_length(head[m.end() :])):
            cuts += [m.start(), m.end()]
    cuts.append(len(head))
    parts = [head[start:end].strip() for start, end in zip(cuts[::2], cuts[1::2], strict=True)]
    if not 2 <= len(parts) <= _LISTED_UNITS:
        return ""
    if not all(
        len(part.split()) <= _BARE_LABEL_WORDS
        and part[:1].isupper()
        and UNIT_START.match(folded_same_length(part))
        and not _HEAD_OF_BODY.search(part)
        and unit_heading(part) == (part, "")
        for part in parts
    ):
        return ""
    return head


def unit_heading(text: str) -> tuple[str, str] | None:
    """`Sở Nội vụ:` / `Giao Sở Tài chính:` / `Đề nghị Hội Nông dân tỉnh` (a body outside the issuer's
    command, asked) / `Sở Tư pháp: Lồng ghép …` / `Trách nhiệm của X` → (the unit, the text after the
    colon); `Các Sở: Xây dựng, Công Thương:` → (`Sở Xây dựng, Sở Công Thương`, …); None when the
    paragraph is not a unit's heading. A note of who heads the body (`(Trưởng tiểu ban: …)`) is
    left out."""
    if note := _HEAD_NOTE.search(folded_same_length(text)):
        text = text[: note.start()] + text[note.end() :]
    stripped = re.sub(r"^(?:giao|đề nghị|de nghi|đối với|doi voi)\s+", "", text, flags=re.IGNORECASE)
    stripped = re.sub(r"^(?:trách nhiệm|trach nhiem)\s+(?:của|cua)\s+", "", stripped, flags=re.IGNORECASE)
    if ":" not in stripped and (listed := _bare_units_listed(stripped)):
        return listed, ""  # (before a dash's label: `Phòng Văn hóa - Thông tin các huyện; …` names units)
    if stripped == text and (dashed := _dash_label(text)):  # not after `Giao …` (a sentence, no label)
        return dashed
    head, colon, rest = stripped.partition(":")
    if not colon and stripped == text and (post_field := _post_by_field_label(head)):
        return post_field, ""  # `2. Phó Trưởng ban phụ trách trật tự, vệ sinh (ông …)` over its points
    if colon and (several := elliptical_units(head, rest)):
        return several
    # (a note defining the shorter name a label's bodies go by below, `(gọi chung là các trường)`,
    # says the words before it name bodies: a bare label of every body of a kind may close with one)
    defined = not colon and bool(_NAMING.search(head)) and not _NAMING.sub("", head).strip().endswith(".")
    head = _NAMING.sub("", head)
    if colon:
        # `Trung tâm Lưu trữ (đơn vị thực hiện Đề án):`: a note of the unit's role, no part of its name
        head = _ROLE_NOTE.sub("", head)
        head = _HOLDER_NOTE.sub("", head)
    elif _bare_role_label(head):
        # `2. Trung tâm X (đơn vị mua sắm tập trung)` over its lettered points: the same note closing
        # a bare label (its verbs are the role's, not a task's)
        head = _ROLE_NOTE.sub("", head)
    folded = folded_same_length(head).strip()
    # "Các Trạm Khuyến nông số 1, số 2": several bodies of one kind, named with a capital.
    plural = re.match(r"(?:Các|các)\s+", head.strip())
    named = folded[plural.end() :] if plural and head.strip()[plural.end() :][:1].isupper() else folded
    # "Các trạm y tế xã: duy trì …": every body of one kind (one name, no list) as a run-in label.
    kind = bool(plural) and colon and bool(rest.strip()) and "," not in head and len(head.split()) <= 8
    # "Các trường trung học phổ thông, trung tâm giáo dục … (gọi chung là các trường)" over the lines
    # they do: every body of the kinds it lists (the first opening a body's name), named so by the note
    kind = kind or (bool(plural) and defined)
    if kind and (UNIT_START.match(folded[plural.end() :]) or _KIND_OF_BODY.match(folded[plural.end() :])):
        named = folded[plural.end() :]
    # (a post alone before its colon, nothing after it, heads the points below: `1. Hiệu trưởng:` over
    # dash tasks; not a sentence naming the post, `Hiệu trưởng phát biểu:`, which no post pattern takes,
    # nor the holders of a post in every unit of a kind, `8. Tổ trưởng các tổ dân phố:`, a charge to
    # many whose lettered points are theirs, no one post's)
    post = bool(colon and _post_label(head) and (rest.strip() or not re.search(r"\bcac\b", folded)))
    numbered = bool(colon and rest.strip() and _NUMBERED_OFFICE.match(head.strip()))
    known = (
        numbered
        or UNIT_START.match(named)
        or (kind and _KIND_OF_BODY.match(named))
        or _section_named(head)
        or (colon and rest.strip() and _office_code(head.strip()))
        or post
    )
    if not known or len(folded.split()) > 24:
        return None
    if colon and _SPEAKS.search(folded):
        return (
            None  # "Giám đốc Trung tâm đánh giá … và kết luận:": the chair's words follow, no unit's duties
        )
    # "Các cơ quan, đơn vị được kiểm tra": a verb after "được" names the unit, it assigns nothing;
    # a field after a dash continues the name ("Phòng Nghiệp vụ - Tổng hợp"), and so does one that
    # ends the name before its colon ("Phòng Kế hoạch tổng hợp:"; a name: its second word has a
    # capital, `Phòng Kế hoạch …`; `Số lượng đơn vị kiểm tra:` is none).
    # A verb written in title case is a word of a name ("Phòng Xây dựng và Kiểm tra văn bản …"),
    # not one of a heading in capitals.
    words = head.split()
    # (after a kind of two words, its third: `Trung tâm Dữ liệu thống kê`)
    proper = len(words) > 2 and any(word[:1].isupper() for word in words[1:3])
    # (so does one ending a bare label with no colon and no sentence's stop, over the duties under it:
    # `2. Phòng Quản lý chất lượng công trình xây dựng`, `3. Trung tâm Dữ liệu thống kê`)
    label = colon or not re.search(r"[.;!?]$", head.strip())
    named_to_colon = re.sub(rf"\s(?:{_FIELDS})$", "", folded) if label and proper else folded
    spaced = " " + head.strip()
    verb = next(
        (
            found
            for found in re.finditer(rf"(?<!duoc)(?<!\s-)(?<!\s–)\s(?:{_VERBS})\b", " " + named_to_colon)
            if not _title_case(spaced[found.start() + 1 : found.start() + 3])
        ),
        None,
    )
    listed_kinds = kind and defined  # `Các trường …, trung tâm … (gọi chung là các trường)`
    if verb and listed_kinds and 0 < named_to_colon.find(",") < verb.start():
        verb = None  # (a field of a later kind's name, `… giáo dục thường xuyên`; not in the first one)
    if not colon and (len(folded.split()) > (24 if listed_kinds else _BARE_LABEL_WORDS) or verb):
        return None
    if colon and verb and (post or numbered or _fields_in_name(head, rest, verb.start())):
        # `Phòng Giám sát, kiểm tra và xử lý sau thanh tra: đôn đốc …`: the office's name; `Tổng phụ
        # trách Đội:`: the post's own words
        verb = None
    if colon and verb:
        # "Sở X chủ trì, phối hợp …:" is a lead with its coordinating units, read by lead_in_sentence.
        return None
    return head.strip(" .;"), rest.strip()


# A run-in label that names the lead and its partners before the task: `Phòng X (phối hợp: Khoa Y,
# Khoa Z): <task>`, `Phòng X chủ trì, Khoa Y phối hợp: <task>`, `Phòng X phối hợp Phòng Y: <task>`
# (the first named works with the second: it leads).
_PARTNERS_IN_PARENTHESES = re.compile(
    r"^(?P<lead>[^():]{3,120}?)\s*\((?:(?:đơn vị|các đơn vị)\s+)?phối hợp(?:\s+với)?\s*:?\s*"
    r"(?P<partners>[^()]+)\)\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_ROLES_LABEL = re.compile(
    r"^(?P<lead>[^():,;]{3,120}?)\s+chủ trì\s*[,;]\s*(?P<partners>[^():;]{3,160}?)\s+phối hợp\s*:\s*"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_PARTNER_LABEL = re.compile(
    r"^(?P<lead>[^():,;]{2,120}?)\s+phối hợp(?:\s+với)?\s+(?P<partners>[^():;]{2,160}?)\s*:\s*"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def roles_label(text: str) -> tuple[str, str, str] | None:
    """(lead, partners, task) of a paragraph opening with a label that names the lead unit and its
    partners (`Phòng X (phối hợp: Khoa Y): Lập …`, `Phòng X chủ trì, Khoa Y phối hợp: Giám sát …`,
    `Phòng X phối hợp Phòng Y: Rà soát …`); None otherwise, or where the lead named is no unit (a
    unit's name, or an office's short code: `CA xã chủ trì, Ban CHQS xã phối hợp:`, `P.TNMT phối hợp
    VP:`)."""
    text = text.strip()
    m = _PARTNERS_IN_PARENTHESES.match(text) or _ROLES_LABEL.match(text) or _PARTNER_LABEL.match(text)
    if m is None:
        return None
    lead, partners = m.group("lead").strip(), m.group("partners").strip(" ,;")
    names_unit = UNIT_START.match(folded_same_length(lead))
    if not names_unit and not _office_code(lead):
        return None
    if m.re is _PARTNER_LABEL and (
        re.search(r"\bchu tri\b", folded_same_length(lead))
        or not (UNIT_START.match(folded_same_length(partners)) or _office_code(partners))
    ):
        return None  # `Phòng X chủ trì phối hợp với …:` is a sentence's; `Tổ … phối hợp kiểm tra:` no partner
    return lead, partners, m.group("rest").strip()


# A committee member over their duties: `2. Bà Lê Thị Hồng Nhung - Trưởng Trạm Y tế phường, Phó Trưởng
# Ban:` (the name, a dash, the posts and the committee role, a colon).
_MEMBER = re.compile(r"^(?:ong|ba|dong chi|d/c)\s+[^-–,:;.]{3,40}?\s+[-–]\s+(.{3,160}?)\s*:$")
# A post that heads a body: the body is what follows it.
_HEAD_OF = re.compile(
    r"^(?:pho\s+)?(?:chu tich|truong|giam doc|hieu truong|bi thu|chanh|chi huy truong|thu truong)\s+"
)
# A member's closing paragraph addressed to every member (`Các thành viên Ban Chỉ đạo chịu trách nhiệm …`).
EVERY_MEMBER = re.compile(r"^(?:cac|tat ca cac)\s+thanh vien\b")


def member_heading(text: str) -> str:
    """`2. Bà <name> - Trưởng Trạm Y tế phường, Phó Trưởng Ban:` → the body the member's first post
    heads (`Trạm Y tế phường`; `Phó Chủ tịch UBND phường` → `UBND phường`), or the post as printed
    where it heads none (`Công chức Văn hóa - Xã hội`); "" where the line names no member."""
    text = text.strip()
    m = _MEMBER.match(folded_same_length(text))
    if m is None:
        return ""
    post = text[m.start(1) : m.end(1)].split(",")[0].strip()
    if (head := _HEAD_OF.match(folded_same_length(post))) and post[head.end() : head.end() + 1].isupper():
        return post[head.end() :]
    return post


def lead_and_coordinating(text: str) -> tuple[str, str] | None:
    """`X chủ trì, phối hợp với Y` (a label's value or a sentence's start) → (X, Y)."""
    folded = folded_same_length(text)
    m = re.search(r"\s(?:chu tri|la co quan chu tri)\b", folded)
    if not m:
        return None
    if named := _unit_in_parentheses(text[: m.start()]):
        # `Thường trực Hội đồng (Phòng Tư pháp) chủ trì …`: a standing body named by the unit that is it
        return named, _coordinating_after(text, folded, m.end())
    subject = text[: m.start()]
    if not (UNIT_START.match(folded.lstrip()) or body_named(text.lstrip(), 0) or _proper_name(subject)):
        return None
    lead = text[: m.start()].strip(" ,;")
    # (a capital `Giáo` is a word of the name, `Phòng Giáo dục và Đào tạo chủ trì`, not the verb; nor
    # is an accented `giáo`, `Ban Tuyên giáo Tỉnh đoàn chủ trì`, `Ban Tôn giáo`: the verb is `giao`)
    if g := [
        g
        for g in re.finditer(r"\sgiao(?: cho)?\s+", folded[: m.start()])
        if text[g.start() + 1 : g.start() + 5] == "giao"
    ]:
        lead = text[g[-1].end() : m.start()].strip(" ,;")  # "Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì"
    return lead, _coordinating_after(text, folded, m.end())


def _coordinating_after(text: str, folded: str, at: int) -> str:
    """The partners of `…, phối hợp với Y` right after `chủ trì` (ending at `at`); "" without."""
    if c := re.match(r"\s*,?\s*(?:va\s+)?phoi hop(?: chat che)?(?: voi)?\s+", folded[at:]):
        return _until_verb(text[at + c.end() :])
    return ""


# A subject ending in a unit's name in parentheses (`Cơ quan thường trực Ban Chỉ đạo (Sở Nội vụ)`).
_SUBJECT_PARENTHESIS = re.compile(r"^[^()]{3,80}\(([^()]{3,80})\)\s*,?\s*$")


def _unit_in_parentheses(subject: str) -> str:
    """The unit a subject names in its closing parenthesis (the body that is the standing office, the
    secretariat …); "" where the parenthesis names no unit or there is none."""
    m = _SUBJECT_PARENTHESIS.match(subject.strip())
    if m is None or not UNIT_START.match(folded_same_length(m.group(1))):
        return ""
    return m.group(1).strip()


def _proper_name(subject: str) -> bool:
    """A subject that is a proper name only: two to six words, each capitalised (`Báo Bắc Lam`,
    `Đài Phát thanh - Truyền hình Hà Giang`), the whole paragraph's first words."""
    words = [word for word in subject.split() if word not in ("-", "–")]
    return 2 <= len(words) <= 6 and all(word[:1].isupper() for word in words) and not subject.isupper()


# Fields of work that a unit's name joins with a dash (`Phòng Kế hoạch - Tài chính`, `Phòng Văn hóa -
# Thông tin`): the dash before them does not end the name.
_FIELDS = (
    r"(?:tai chinh|ke hoach|dau tu|hanh chinh|thong tin|ha tang|xa hoi|tong hop|nhan su|to chuc|"
    r"truyen thong|van hoa|the thao|du lich|khoa hoc|cong nghe|moi truong|kinh te|ky thuat|do thi|"
    r"quan tri|phap che|thanh tra|thi dua|ngoai vu|dan toc|ton giao|tu phap|y te|giao duc|kien truc|"
    r"dien anh|nghiep vu|dao tao|dieu duong|ke toan|kiem tra|khen thuong|thong ke|ho tich|dia chinh|"
    r"nong nghiep|xay dung|lao dong|phap luat|vat tu|thiet bi|trang thiet bi|hiv|nhi|"
    # an office's sections ("Tổ Hành chính - Văn thư", "Bộ phận Kế toán - Tài vụ", "Tổ Lưu trữ - Hậu cần")
    r"van thu|luu tru|tai vu|hau can|"
    # a college's or a school's departments ("Khoa Điện - Điện tử", "Khoa Cơ khí - Động lực")
    r"dien tu|vien thong|dong luc|tu dong hoa|co dien|tin hoc|"
    # a school's or a college's offices ("Phòng Đào tạo - Quản lý khoa học", "Phòng Khảo thí - Quản
    # lý chất lượng"): a field managed, not the verb `quản lý` opening the task
    r"quan ly (?:khoa hoc|chat luong|sinh vien|hoc vien|nguoi hoc|dao tao)|khao thi|"
    # a school's subject groups ("Tổ Toán - Tin", "Tổ Thể dục - Quốc phòng", "Tổ Văn - GDCD")
    r"tin|gdcd|the duc|quoc phong|ngoai ngu)"
)


# A name's second part after a dash that _FIELDS does not list (`Ban Văn nghệ - Giải trí`, `Phòng
# Hành chính - Trị sự`, `Phòng Dịch vụ - Quảng cáo`, `Phòng Tuyên truyền - Hỗ trợ người nộp thuế`): a
# capitalised word and at most four lower-case ones, then the sentence's verb, `và` and another unit,
# or a stop. A dash before the task itself (`Tổ Ngữ văn - Xây dựng chuyên đề …`: a verb), its time
# (`- Tháng 5/2027`, `- Hằng quý`, `- Thường xuyên`) or a person (`- Đồng chí Lê Văn An`, `- Trưởng
# phòng …`) ends the name.
_DASHED_PART_WORDS = 5
_TIME_OPENERS = {
    "hằng", "hàng", "tháng", "quý", "năm", "ngày", "tuần", "trước", "trong", "sau", "đến", "từ",
    "định", "cuối", "đầu", "giữa", "cả", "suốt", "mỗi", "sáng", "chiều", "tối", "thứ", "chủ",
}  # fmt: skip
_PERSON_OR_POST = re.compile(r"(?:dong chi|d/c|ong|ba|pho|truong|giam doc|chu tich|lanh dao|thu truong)\b")
# Words that end a name but open no verb of the lists (`để`, `trong`, `theo`, `nhằm`, `sẽ`), folded.
_NAME_STOPS = re.compile(r"(?:de|trong|theo|nham|se)\b")


def _parent_body_at(words: list[str], folded: list[str], at: int) -> bool:
    """Whether the words from `at` name a body with a capital (`Phòng Nội vụ`, `Trung tâm Y tế huyện`,
    `Sở GD&ĐT`), or `của` and such a body: the parent of the section whose name ends before them. Not
    a capitalised word that opens no unit (`Công chức Lê Văn An`), nor a body in lower case (`của
    phòng`), nor a time that folds like one (`Quý I/2028`: a number in its first words).
    … or a body by its short form in capitals and the level it serves (`HĐND xã`, `LĐLĐ tỉnh`, `MTTQ
    huyện` of `Ban Kinh tế - Ngân sách HĐND xã thẩm tra …`), the council or the federation whose
    committee it is; not a short form without its level (`… - Ngân sách NSNN …`)."""
    start = at + 1 if folded[at] == "cua" and at + 1 < len(words) else at
    return (
        words[start][:1].isupper()
        and not re.search(r"[\d/]", " ".join(words[start : start + 2]))
        and (bool(UNIT_START.match(" ".join(folded[start:]))) or _short_form_at_level(words, start))
    )


# A body's short form: two to eight capitals (`HĐND`, `UBND`, `LĐLĐ`, `MTTQ`, `GD&ĐT`).
_SHORT_FORM = re.compile(r"[A-ZĐ][A-ZĐ&]{1,7}")


def _short_form_at_level(words: list[str], at: int) -> bool:
    """Whether the words from `at` are a body's short form in capitals and the level it serves (`HĐND
    xã`, `UBND thị xã`)."""
    if at + 1 >= len(words) or not _SHORT_FORM.fullmatch(words[at]):
        return False
    level = [word.strip(",;.:") for word in words[at + 1 : at + 3]]
    return level[0] in _LEVELS or " ".join(level) in _LEVELS


# A parent body's name in parentheses after a unit's name (`(Sở Ngoại vụ)`, `(Ban Quản lý các khu
# công nghiệp)`): a capital, no digit, no punctuation of a note or a list inside.
_PARENT_NOTE = re.compile(r"^\s*\(([A-ZĐÀ-Ỹ][^()\d/;:,]{2,80})\)\s*")


def parent_note_end(text: str) -> int:
    """Where a parenthesis opening `text` ends (with the space after it) that names a body with a
    capital and nothing else (`(Sở Ngoại vụ)`, `(Sở VHTTDL)`, `(Ban Quản lý các khu công nghiệp)`),
    a verb of the lists following it (`là đơn vị đầu mối`, `tham mưu`): the parent the unit before
    it belongs to, noted after its name as the sentence's subject. 0 for a parenthesis holding a time
    or a number (`(05/9/2027)`), a note in lower case (`(phối hợp với …)`, `(đồng chí …)`), a person
    or a post, or one that closes the sentence or its clause (`… (Phòng X).`: the doer of a task)."""
    m = _PARENT_NOTE.match(text)
    if m is None:
        return 0
    inner = folded_same_length(m.group(1))
    if _PERSON_OR_POST.match(inner) or not UNIT_START.match(inner):
        return 0
    return m.end() if _VERB_AT.match(folded_same_length(text[m.end() :])) else 0


def _parent_noted_at(words: list[str], at: int) -> bool:
    """Whether the words from `at` open with a parent body's note and then the verb (parent_note_end)."""
    return at < len(words) and parent_note_end(" ".join(words[at:])) > 0


def dashed_part(text: str, *, before: str = "") -> str:
    """The second part of a unit's name at the start of `text` (the words right after its ` - `) where
    no field of _FIELDS names it but its shape does (`Giải trí chuẩn bị …` → `Giải trí`, `Trị sự và
    Ban …` → `Trị sự`): a capitalised word that opens no verb, time or person, at most four lower-case
    words after it that are no verb, then a verb, `và`, the level the body serves (`tỉnh`), another
    dashed part, a comma or semicolon, or the end; a part that opens with a verb only before a lead's
    verb (_field_of_act); "" where the dash is no name's (`Xây dựng chuyên đề …`, `Tháng 5/2027`,
    `Đồng chí Lê Văn An …`)."""
    words = text.split()
    if not words or not words[0][:1].isupper() or words[0].isupper() or re.search(r"[\d/()]", words[0]):
        return ""
    folded = [folded_same_length(word).strip(",;.:") for word in words]
    if words[0].lower().strip(",;.:") in _TIME_OPENERS or _PERSON_OR_POST.match(" ".join(folded)):
        return ""
    if _VERB_AT.match(" ".join(folded)):
        return _field_of_act(words, folded, parallel=_names_an_act(before), before=before)
    for end in range(1, min(len(words), _DASHED_PART_WORDS) + 1):
        if words[end - 1].endswith((",", ";")) or end == len(words):
            return " ".join(words[:end]).rstrip(",;.")
        following = words[end]
        another = folded[end] == "va" and end + 1 < len(words) and words[end + 1][:1].isupper()
        level = following.strip(",;.:") in _LEVELS or " ".join(words[end : end + 2]).strip(",;.:") in _LEVELS
        if following[:1].islower() and (_VERB_AT.match(" ".join(folded[end:])) or another or level):
            return " ".join(words[:end])
        if (
            following in ("-", "–")
            and (  # a third part (`Khoa Tai - Mũi - Họng`)
                re.match(rf"{_FIELDS}\b", " ".join(folded[end + 1 :]))
                or dashed_part(" ".join(words[end + 1 :]))
            )
        ):
            return " ".join(words[:end])
        if _parent_noted_at(words, end):
            # the parent body in parentheses, then the sentence's verb (`Phòng Lãnh sự - Hợp tác quốc
            # tế (Sở Ngoại vụ) là đơn vị đầu mối …`): the note closes the name
            return " ".join(words[:end])
        if _parent_body_at(words, folded, end):
            # the section's parent body after its field (`Bộ phận Tổ chức - Công chức Phòng Nội vụ ra
            # đề …`, `… - Nghiệp vụ của Sở GD&ĐT …`): the part ends where the body's name starts
            return " ".join(words[:end])
        if (
            not following[:1].islower()
            or re.search(r"[\d/()]", following)
            or _NAME_STOPS.match(folded[end])
            or words[end - 1].endswith((".", ":"))
        ):
            return ""
    return ""


def _names_an_act(before: str) -> bool:
    """Whether the part of a unit's name before its dash is one act printed with a capital after
    the unit's word (`Phòng Bổ sung`, `Phòng Kiểm tra`, `Ban Thẩm định`): a name of two acts, whose
    dashed part names an act too (`Phòng Bổ sung - Xử lý tài liệu`). Not a subject or a place
    (`Tổ Ngữ văn`, `Phòng Nội vụ`), nor a longer part (`Ban Chỉ đạo phòng, chống …`)."""
    words = before.split()
    # (a team named by an act too, `Tổ Kiểm tra`: a body's word and a capital, body_named)
    named = UNIT_START.match(folded_same_length(before)) or body_named(before, 0)
    if not 2 <= len(words) <= 3 or not named:
        return False
    rest = words[1:]
    folded = folded_same_length(" ".join(rest))
    act = _VERB_AT.match(folded)
    return (
        rest[0][:1].isupper()
        and all(word[:1].islower() for word in rest[1:])
        and act is not None
        and act.end() == len(folded)
    )


# A manner word that opens a sentence's predicate, right before its verb (folded): `thường xuyên đăng
# tải`, `chủ động liên hệ`, `khẩn trương hoàn thành`. Not `định kỳ`, `kịp thời` or `sau đó`, which
# as often follow the object of the act before them (`Tổng hợp số liệu định kỳ báo cáo Sở`: one task).
_MANNER_THEN_VERB = re.compile(
    rf"(?:thuong xuyen|chu dong|khan truong|tiep tuc|tap trung)\s+(?:{_VERBS}|{_TASK_VERBS})\b"
)


def _shares_field_word(part: list[str], before: str) -> bool:
    """Whether a dashed part (folded words) ends with the last words of the name before its dash, a
    field's word that both halves name in parallel (`Khoa Vật lý trị liệu - Vận động trị liệu`, `Phòng
    Quản lý chất lượng - Kiểm định chất lượng`): the act opening the part names the second field. Not
    a part that is that word alone, nor one whose shared word is a verb (`… Kiểm tra - Giám sát kiểm
    tra`: the verb of the task)."""
    name = [folded_same_length(word).strip(",;.:") for word in before.split()]
    for size in (2, 1):
        tail = part[-size:]
        if (
            len(part) > size
            and len(name) > size + 1
            and name[-size:] == tail
            and not _VERB_AT.match(" ".join(tail))
        ):
            return True
    return False


def _field_of_act(words: list[str], folded: list[str], *, parallel: bool = False, before: str = "") -> str:
    """A dashed part that opens with a verb printed with a capital and still names a field (`Giám sát
    chủ trì …` → `Giám sát`, `Giám sát đầu tư tham mưu …`): a lead's verb (_LEADS_VERB) follows
    the capital word within the part's words, none of them another verb, comma or capital (after a
    name of an act, `parallel`, any verb of the lists after two words or more); "" where
    the dash opens the task itself (`Xây dựng chuyên đề …`, `Tiếp tục chủ trì …`, `Chuẩn bị tổ chức
    …`, `Giám sát tổng hợp …`: the verb after it is no lead's)."""
    if re.match(_TASK_MANNER, " ".join(folded)).end():
        return ""  # `Tiếp tục chủ trì …`, `Khẩn trương …`: the manner of the task
    for end in range(1, min(len(words), _DASHED_PART_WORDS + 1)):
        if words[end - 1].endswith((",", ";", ".", ":")) or re.search(r"[\d/()]", words[end - 1]):
            return ""
        rest = " ".join(folded[end:])
        if words[end][:1].islower() and re.match(rf"(?:{_LEADS_VERB})\b", rest):
            return " ".join(words[:end])
        if end > 1 and (_parent_noted_at(words, end) or _MANNER_THEN_VERB.match(rest)):
            # the act and its object, then the parent in parentheses or a manner word and the
            # sentence's verb (`Vận động nguồn lực thường xuyên đăng tải …`, `Giám sát xả thải (Ban
            # X) kiểm tra …`): the predicate opens after them, so they are the name's second field
            return " ".join(words[:end])
        if parallel and end > 1 and words[end][:1].islower() and _VERB_AT.match(rest):
            # after a name of an act (`Phòng Bổ sung - Xử lý tài liệu bổ sung 6.500 bản …`): the
            # dashed act and its object are the name's second field, any verb after them the task's
            return " ".join(words[:end])
        if (
            end > 1
            and words[end][:1].islower()
            and _VERB_AT.match(rest)
            and _shares_field_word(folded[:end], before)
        ):
            # the dashed act and the field's word the name before the dash ends with, then the
            # sentence's verb (`Khoa Vật lý trị liệu - Vận động trị liệu bố trí …`): two fields named
            # in parallel, the second whole
            return " ".join(words[:end])
        if end > 1 and words[end][:1].islower() and folded[end : 2 * end] == folded[:end]:
            # the capitalised act printed again in lower case as the sentence's verb (`Bộ phận Kế toán
            # - Thu phí thu phí dịch vụ …`, `Tổ Hành chính - Tiếp dân tiếp dân …`): the section does
            # the act it is named for, the first is the name's field; not an act that another verb
            # follows (`- Xây dựng chuyên đề …`)
            return " ".join(words[:end])
        if end > 1 and (words[end][:1].isupper() or _VERB_AT.match(rest)):
            return ""
    if parallel and 1 < len(words) <= _DASHED_PART_WORDS and _plain_object(words[1:], folded[1:]):
        # after a name of an act, the dashed act and its object run to the text's end, as a doer's
        # field prints a name alone (`Phân công: Tổ Kiểm tra - Giám sát khai thác.`): the whole part
        return " ".join(words)
    return ""


def _plain_object(words: list[str], folded: list[str]) -> bool:
    """Whether words are an act's object alone: plain lower-case words (_plain_lower), none opening
    a verb of the lists (`khai thác`, `tài liệu`; not `… chủ trì`, `… số 2`, `… Phòng X`)."""
    return all(_plain_lower(word) for word in words) and not any(
        _VERB_AT.match(" ".join(folded[at:])) for at in range(len(folded))
    )


# (`sẽ` before a verb: "Công an xã Tân Phú sẽ kiểm tra lại …" — the future says the name has ended)
_UNITS_END = re.compile(
    rf"(?<!\s-)(?<!o quan,)(?<!n vi,)\s(?:de|trong|theo|nham|se|{_VERBS})\b|[:;.](?:\s|$)|"
    # a parents' board ends its name with the parents it speaks for and the school they belong to
    # (`Ban đại diện cha mẹ học sinh nhà trường hỗ trợ …`, `Ban đại diện cha mẹ trẻ em nhà trường …`,
    # `Ban ĐDCMHS đóng góp …`, `Hội Cha mẹ học sinh …`) whatever the verb after it; not where the name
    # goes on to its school or class (`… học sinh trường …`, `… học sinh lớp 12A1`), nor parents named
    # as people (`phối hợp với cha mẹ học sinh …`: no board)
    r"(?:(?<=dien cha me hoc sinh)|(?<=oi cha me hoc sinh)|(?<=dien cha me tre)|(?<=dien cha me tre em)"
    r"|(?<=an ddcmhs))\s(?!(?:truong|lop|cac lop|khoi|nhom|em|nha truong)\b)|"
    r"(?:(?<=dien cha me hoc sinh nha truong)|(?<=oi cha me hoc sinh nha truong)"
    r"|(?<=dien cha me tre nha truong)|(?<=dien cha me tre em nha truong))\s|"
    rf"(?<=\blien quan)\s|\s-\s(?!{_FIELDS}\b)"
)


# A school's or a station's post that leads where no unit does (`Phó Hiệu trưởng`, `Giáo viên chủ
# nhiệm`, `Phó Trưởng trạm`, `Tổ trưởng`), and the field it has charge of, part of the post (`Phó
# Hiệu trưởng phụ trách cơ sở vật chất tổ chức …`, `Phó Trưởng trạm phụ trách dự phòng chỉ đạo …`).
_SCHOOL_POST = re.compile(
    r"^(?:(?:pho )?hieu truong|giao vien chu nhiem|(?:pho )?truong tram|to (?:truong|pho)"
    # (a company's deputy director, `Phó Tổng Giám đốc phụ trách sản xuất`)
    r"|pho (?:tong )?giam doc(?: (?:so|benh vien|trung tam|cong ty)(?= phu trach\b))?"
    # (the issuer's other deputy heads, `Phó Trưởng phòng phụ trách công tác chữa cháy`)
    rf"|{DEPUTY_HEADS}"
    # (the issuer's own deputy chair, `Phó Chủ tịch phụ trách công tác xã hội`)
    rf"|pho chu tich(?: {_COMMUNE_BODY})?(?= phu trach\b)"
    # (a staff member by his field, `Chuyên viên phụ trách công nghệ thông tin`: _STAFF_POSTS)
    r"|chuyen vien(?= phu trach\b))\b"
)
# (not the general charge, `Phó Giám đốc Trung tâm phụ trách chung việc …`: no field, the post alone)
_IN_CHARGE_OF = re.compile(r"\s+phu trach\s+(?!chung\b)(?=\S)")
# The information field's last word after what `_until_verb` stops at (folded): `công nghệ` +
# ` thông tin`, `an toàn` + ` thông tin`; only after those words.
_FIELD_OF_INFORMATION = re.compile(r"(?:(?<=cong nghe)|(?<=an toan))\s+thong tin\b")
# A field in a post's charge named by its word (folded): `lĩnh vực …` (`Phó Chánh án phụ trách lĩnh vực
# dân sự, hôn nhân và gia đình`), or the block of work a procuracy's or court's deputy head has
# (`khối …`: `Phó Viện trưởng phụ trách khối dân sự, hành chính và thi hành án`); not `khối lượng`
# (a quantity of work, no field).
_NAMED_FIELD = re.compile(r"(?:linh vuc|khoi(?! luong\b))\s+\S")


def _post_in_charge(text: str, lead: str) -> str:
    """`lead` (a school's post read from the start of `text`) with the field it has charge of
    (`Phó Hiệu trưởng` → `Phó Hiệu trưởng phụ trách chuyên môn`), up to the verb after it."""
    folded = folded_same_length(text)
    if not _SCHOOL_POST.match(folded) or not (m := _IN_CHARGE_OF.match(folded, len(lead))):
        return lead
    field = _until_verb(text[m.end() :])
    # (a field whose last word reads as a verb, `công nghệ thông tin`, `an toàn thông tin`: the
    # field's noun, not the verb `thông tin` that would end it)
    if f := _FIELD_OF_INFORMATION.match(folded, m.end() + len(field)):
        field = text[m.end() : f.end()]
    # (the holder's name in parentheses after the field, `… phụ trách sản xuất (ông Lê Minh Tuấn)`,
    # is no part of the post; it bounds the field, which may then run to eight words, `… phụ trách
    # công tác phi chính phủ nước ngoài (ông …)`, and holds the words before it that a list reads as
    # a verb, `… phụ trách công tác tuần tra, kiểm soát (Thượng tá …)`: no stop between)
    if (ahead := _HOLDER_AHEAD.search(text, m.end())) and not re.search(
        r"[.;:()]", text[m.end() : ahead.start()]
    ):
        field = text[m.end() : ahead.end()]
    noted = _HOLDER_NOTE.search(field)
    field = _HOLDER_NOTE.sub("", field)
    # … nor one with a title before the name, which _until_verb cuts at its stop (`… phụ trách cơ sở
    # vật chất (TS. Đinh Quang Vũ)` read as `cơ sở vật chất (TS`): the field ends at the parenthesis
    field = field.split("(", 1)[0].rstrip()
    # (a dash inside the field, `văn hóa - xã hội`, is no word of it)
    words = [word for word in field.split() if word not in ("-", "–")]
    # (a field named as such, `lĩnh vực dân sự, hôn nhân và gia đình`, lists its matters up to the
    # verb: eight words after `lĩnh vực`, as with a noted holder; not a longer run, nor a field
    # without the word)
    cap = 10 if _NAMED_FIELD.match(folded_same_length(field)) else 8 if noted else 4
    return text[: m.end() + len(field)] if field and len(words) <= cap else lead


def holder_after_post(text: str, lead: str) -> str:
    """The holder's note in parentheses (`_HOLDER`) that opens `text`, the words right after `lead`
    where `lead` is a post by the field in its charge (`Phó Trưởng phòng phụ trách công tác nghiệp vụ`
    + ` (Trung tá …)` before `chỉ đạo …`): the person who holds the post, read past to its verb. ""
    otherwise: after a body's name a person in parentheses is no gloss of it (subject_gloss)."""
    folded = folded_same_length(lead)
    if not (
        ((post := _SCHOOL_POST.match(folded)) and _IN_CHARGE_OF.match(folded, post.end()))
        # … or a small body's staff post by the work he does (`Kế toán (cô …) lập dự toán …`,
        # `Văn thư (chị …) vào sổ …`; _STAFF_POSTS), one post of at most five words
        or (len(lead.split()) <= 5 and _STAFF_POST_START.match(folded_same_length(lead + text)))
    ):
        return ""
    return m.group() if (m := _HOLDER_AHEAD.match(text)) else ""


def _post_by_field_label(head: str) -> str:
    """A bare label that is a post by the field in its charge and nothing more, its holder noted or
    not (`2. Phó Trưởng ban phụ trách trật tự, vệ sinh (ông …)` over lettered points) → the post with
    its field, without the holder; "" otherwise: a sentence going on past the field (`Phó Trưởng phòng
    phụ trách … chỉ đạo …`), a post with no field (`Phó Trưởng ban`), a field past the words
    `_post_in_charge` allows."""
    bare = _HOLDER_NOTE.sub("", head).strip()
    folded = folded_same_length(bare)
    if not (post := _SCHOOL_POST.match(folded)) or not _IN_CHARGE_OF.match(folded, post.end()):
        return ""
    return bare if _post_in_charge(head.strip(), bare[: post.end()]) == bare else ""


_PHARMACY = re.compile(r"Dược\b")


# The asking and proposing verbs that open with `đề` (`Ban Quản lý chợ đề nghị …`, `đề xuất`), folded.
_DE_VERB = re.compile(rf"de (?:nghi|xuat|ra)\b|(?:{_VERBS})\b")


def _topic_word(text: str, folded: str, at: int) -> bool:
    """Whether the `de` folded at `at` is `đề` as a name's word (`Ban Chuyên đề`, a topic), no stop:
    only the printed `để` (in order to) ends the units, and `đề` only where it opens a verb (`đề
    nghị`, `đề xuất`)."""
    return text[at : at + 2] != "để" and not _DE_VERB.match(folded, at)


def _until_verb(text: str) -> str:
    """The units at the start of `text`, up to the verb or the punctuation that ends them;
    a parenthesised list ending in `…` is kept whole."""
    folded = folded_same_length(text)
    if folded.startswith("("):
        close = text.find(")")
        return text[1:close].strip(" .…") if close > 0 else text[1:].strip()
    # A field after a dash continues the name even where it is also a verb ("- Tổng hợp", "- Tổ chức"),
    # and so does a kind of body listed after another ("cơ quan, tổ chức liên quan"; the text is
    # searched from its second character, hence "o quan,"); "… liên quan" ends the units.
    # A verb printed with a capital inside a name is a word of it (`Ban Xây dựng Đảng`, `Ban Chỉ đạo …`),
    # and so is pharmacy after a dash (`Phòng Nghiệp vụ Y - Dược`, `Khoa Y - Dược cổ truyền`): the
    # capital `Dược` is the field, the verb `được` is printed in lower case.
    end = next(
        (
            m
            for m in _UNITS_END.finditer(folded[1:])
            if not (m.group().startswith(" ") and text[m.start() + 2 : m.start() + 4].istitle())
            and not (m.group() == " - " and _PHARMACY.match(text, m.end() + 1))
            and not (m.group() == " - " and dashed_part(text[m.end() + 1 :], before=text[: m.start() + 1]))
            and not (m.group() == " de" and _topic_word(text, folded, m.start() + 2))
        ),
        None,
    )
    named = text[: end.start() + 1 if end else len(text)].strip(" ,;.-–")
    # (a dashed act printed again in lower case as the verb, `Tổ Nghiệp vụ - Giám sát giám sát việc …`,
    # whatever verb list holds it: the name ends with the capitalised act, _field_of_act)
    for dash in re.finditer(r"\s[-–]\s", named):
        part = dashed_part(text[dash.end() :], before=text[: dash.start()])
        after, act = folded_same_length(text[dash.end() + len(part) :]), folded_same_length(part)
        if part and after.lower().startswith(" " + act.lower() + " "):
            return text[: dash.end() + len(part)]
    return named


_COORDINATING_FIRST = re.compile(r"^(?:chu tri\s*,?\s*)?(?:va\s+)?phoi hop(?: chat che)?(?: voi)?\s+")


def coordinating_in(text: str) -> str:
    """`Chủ trì, phối hợp với X, Y triển khai …` (the lead given above) → "X, Y"."""
    if m := _COORDINATING_FIRST.match(folded_same_length(text)):
        return _until_verb(text[m.end() :])
    return ""


# (not a junction's `nút giao`, nor handing over, `bàn giao`: nothing is assigned by them)
_GIAO = re.compile(r"(?<!\bnut )(?<!\bban )\bgiao(?: cho)?\s+")
# A sentence whose subject is the chair who assigns (`Giám đốc giao …`, `Chủ tịch UBND xã giao …`).
CHAIR_GIVES = re.compile(
    r"^(?:pho\s+)?(?:giam doc|chu tich|hieu truong|thu truong|truong ban|vien truong|chu tri cuoc hop)\b"
    # (not `giáo viên`, `giáo dục`, which fold to the same word: `Chủ tịch Công đoàn … thăm hỏi giáo viên`)
    r"[^,;:.()]{0,50}?\sgiao(?! (?:vien|duc|trinh))(?: cho)?\s+"
)
_LEADER = re.compile(
    r"^(?:d/c|dong chi)\s+(.+?)\s*[-–—,]\s*(.+?)\s+(?:chi dao|phu trach|truc tiep chi dao)\b[,;]?\s*"
)

# `Giao đồng chí Phó Giám đốc phụ trách chuyên môn chỉ đạo Khoa A và Khoa B triển khai …`: a leader by
# post directs; the units after `chỉ đạo` lead. A deputy's post may open the sentence without `đồng
# chí` (`Phó Giám đốc Nguyễn Thị B chỉ đạo Khoa X tổ chức …`), read only before a named unit
# (_directing_post).
_POST_LEADER = re.compile(
    r"^(?:(?P<comrade>d/c|dong chi)\s+|(?=pho\s))"
    r"(?P<post>(?:pho\s+)?(?:giam doc|chu tich|thu truong|hieu truong|vien truong|tong giam doc)"
    r"\b[^,;.()]{0,50}?)\s+(?:truc tiep\s+)?chi dao\s+"
)
# `Đồng chí Chánh Văn phòng … rà soát …`, `Đ/c Trưởng phòng Nội vụ tham mưu …`: a post that heads a
# unit, printed without the person's name; the unit it heads leads.
# The person's name may come first, the post after a comma (`giao đồng chí Lê Thị Thu, Chi hội trưởng
# Chi hội Phụ nữ ấp, thực hiện`, `đồng chí Trần Văn Bảy, Bí thư Chi bộ, …`): a grassroots branch's head
# (`Bí thư`, `Chi hội trưởng`, `Chủ tịch`, `Tổ trưởng`) names the branch that leads. After `Giao` the
# post may stand alone (`Giao Chánh Văn phòng HĐND và UBND xã tổng hợp …`, `Giao Trạm trưởng Trạm Y tế
# xã …`): then the unit's name is capitalised (_post_holder).
_POST_HOLDER = re.compile(
    r"^(?P<comrade>(?:d/c|dong chi)\s+(?:[a-z]+(?:\s+[a-z]+){1,4}\s*,\s*)?)?(?:pho\s+)?"
    r"(?:chanh|truong|giam doc|thu truong|cuc truong|chi cuc truong|tram truong|chi huy truong|bi thu"
    r"|chi hoi truong|chu tich|to truong|doi truong)\s+"
    r"(?=(?:van phong|phong|ban|so|thanh tra|trung tam|chi cuc|cuc|khoa|to|doi|vu|tram|cong an|chi bo"
    r"|chi doan|chi hoi|doan|hoi)\b)"
)


def _directing_post(text: str, folded: str, at: int) -> re.Match | None:
    """The leader's post that opens `text` at `at` and directs (`Đồng chí Phó Giám đốc … chỉ đạo …`).
    Without `đồng chí` only a deputy's post, and only where a named unit follows `chỉ đạo`
    (`Phó Giám đốc Nguyễn Thị B chỉ đạo Khoa X …`: Khoa X leads); before every unit of a kind (`Phó
    Giám đốc phụ trách chuyên môn chỉ đạo các khoa …`) the post itself leads as printed: None."""
    m = _POST_LEADER.match(folded[at:])
    if m is None or m.group("comrade"):
        return m
    after = at + m.end()
    named = UNIT_START.match(folded[after:]) or body_named(text, after)
    return m if named and not EVERY_UNIT.match(folded[after:]) and text[after : after + 1].isupper() else None


# A deputy's post opening a point, its holder noted in parentheses right after it, then the duty's verb
# in lower case (`Phó Chủ tịch Ủy ban MTTQ phường (bà Lý Thị Hoa) phụ trách vận động …`, `Phó Bí thư
# Đoàn phường (anh …) chủ trì …`): the post leads as printed, `Phó` and the body's name kept, the
# holder left out (_noted_deputy).
_NOTED_DEPUTY = re.compile(
    r"^pho (?:chu tich|bi thu|chu nhiem|giam doc|truong (?:ban|phong|khoa|tram)|(?:chi )?cuc truong"
    r"|vien truong|hieu truong)(?: (?P<body>[^,;:.()]{2,60}?))? ?\((?:thay|co|ong|ba|anh|chi|dong chi|d/c) "
    r"(?P<holder>[^():]{2,60})\) +(?P<verb>\S)"
)
# The verbs by which a post directs or gives the work to others (the unit after them leads).
_DIRECTS = re.compile(r"(?:truc tiep )?chi dao\b|giao\b|yeu cau\b|de nghi\b")


def _noted_deputy(text: str) -> "Assignment | None":
    """The post that leads a point opening with a deputy's post (`Phó Chủ tịch`, `Phó Bí thư`, `Phó
    Giám đốc`, `Phó Trưởng ban` …) and the body's name in capitals — or no body, the issuer's own deputy
    (`Phó Trưởng ban (ông Thào A Sình) chủ trì …`) —, its holder noted in parentheses
    right after it (`(bà Lý Thị Hoa)`, `(anh …)`, `(đồng chí …)`, a capital opening the name), then
    the duty's verb in lower case: the post as printed, without the holder. Limits: no holder noted
    (`Phó Chủ tịch UBND huyện phụ trách kinh tế chỉ đạo Phòng …`: left to the rules of posts), the
    body in lower case or a field in his charge (`Phó Trưởng phòng phụ trách …`: DEPUTY_HEADS), a
    verb that directs or gives (`chỉ đạo`, `giao`, `yêu cầu`, `đề nghị`: the unit after it leads), or
    no verb after the note: None."""
    folded = folded_same_length(text)
    m = _NOTED_DEPUTY.match(folded)
    if m is None or not text[m.start("holder")].isupper():
        return None
    # (the post bare, the issuer's own deputy, `Phó Trưởng ban (ông …) chủ trì …`: the post is the lead;
    # with a body after it, the body's name in capitals)
    if m.group("body") is not None and not text[m.start("body")].isupper():
        return None
    verb = m.start("verb")
    if not text[verb].islower() or _DIRECTS.match(folded, verb):
        return None
    if not (ACTION.match(folded, verb) or re.compile(rf"(?:{_VERBS})\b").match(folded, verb)):
        return None
    post_end = m.end("body") if m.group("body") is not None else folded.index("(")
    return Assignment(lead=text[:post_end].strip(), coordinating=coordinating_in(text[verb:]))


def _post_holder(text: str, folded: str, at: int) -> re.Match | None:
    """The post that opens `text` at `at` (`Đồng chí Chánh Văn phòng …`, `Chánh Văn phòng HĐND …`):
    without `đồng chí` only before a capitalised unit name (not `trưởng phòng họp`)."""
    m = _POST_HOLDER.match(folded[at:])
    if m is None or (not m.group("comrade") and not text[at + m.end() : at + m.end() + 1].isupper()):
        return None
    if not m.group("comrade") and _BRANCH_POST.match(folded, at):
        return None  # `Bí thư Đoàn trường tổ chức …`: the branch's post, one of the staff, leads as printed
    if folded.startswith("pho ", at) and _OWN_DEPUTY_FIELD.match(folded, at + m.end()):
        return None  # `Phó Giám đốc Sở phụ trách lâm nghiệp …`: the issuer's deputy by his field leads
    return m


# The body's kind alone after a deputy's post, then the field in his charge (`Phó Giám đốc Sở phụ trách
# …`, `Phó Giám đốc Bệnh viện phụ trách …`): the issuer's own deputy, a post that leads as printed
# (UNIT_START), not the head of a unit named `Sở` (`Giám đốc Sở Tài chính …` names a body: not taken).
# So a police station's deputy head (`Phó Trưởng Công an xã phụ trách an ninh …`; DEPUTY_HEADS).
_OWN_DEPUTY_FIELD = re.compile(rf"(?:so|benh vien|trung tam|cong ty|{_POLICE_LEVEL}) phu trach\b")


# A team's head named with the team in lower case (`Tổ trưởng tổ Mẫu giáo lớn`, `Tổ phó tổ Văn
# phòng`): in a small body's conclusions the post itself, which leads as printed; with the team's
# name capitalised (`Tổ trưởng Tổ kiểm tra …`) the team leads instead (_post_holder).
_TEAM_HEAD = re.compile(r"(?:Tổ|tổ) (?:trưởng|phó) tổ [A-ZÀ-Ỹ]")


def _team_head(text: str, at: int) -> bool:
    """Whether `text` opens at `at` with a team's head whose team is named after a lower-case `tổ`."""
    return bool(_TEAM_HEAD.match(text, at))


def opening_post(text: str) -> str:
    """The post that opens `text` before the unit it heads (`Chỉ huy trưởng ` of `Chỉ huy trưởng Ban
    Chỉ huy Quân sự xã bố trí …`, `Chánh ` of `Chánh Văn phòng …`); "" where none does."""
    m = _post_holder(text, folded_same_length(text), 0)
    return text[: m.end()] if m else ""


# A name's last words in lower case right before `chủ trì` (`Phòng Kế hoạch tổng hợp chủ trì, …`): a
# field of work that is also a verb (`tổng hợp`), still the name's.
_NAME_TO_CHU_TRI = re.compile(r"((?:\s+[a-z]+){1,3})\s+chu tri\b")
# … or before a gloss in parentheses naming the body's role or another name of it, with the verb
# after it (`Phòng Kế hoạch tổng hợp (thường trực Hội đồng) chuẩn bị …`, `Tổ Dược lâm sàng (Khoa
# Dược) trình bày …`): the parenthesis closes the subject, the words before it are the name's.
_NAME_TO_GLOSS = re.compile(
    rf"((?:\s+[a-z]+){{1,3}})\s*\([^()]{{2,80}}\)\s*,?\s+(?:{_VERBS}|{_TASK_VERBS})\b"
)
# … or `tổng hợp` right before a plain act with no comma between (`Khoa Ngoại tổng hợp xây dựng đề án`,
# `Phòng Hành chính tổng hợp chuẩn bị …`): two acts in a row is no sentence, the first is the name's field.
# (Not before an act that is also a thing compiled: `tổng hợp báo cáo`, `tổng hợp đề xuất`.)
_NAME_TO_ACT = re.compile(
    r"(\s+tong hop)\s+(?:xay dung|to chuc|trien khai|thuc hien|ra soat|kiem tra|hoan thien|hoan chinh"
    r"|chuan bi|cap nhat|theo doi|huong dan|soan thao|lap)\b"
)
_ROLE_GLOSS = re.compile(r"(?:co quan |don vi |bo phan )?(?:thuong truc|dau moi|thu ky|giup viec)\b")
# … or where the body sits (`(tại huyện Ea Rông)`, `(đặt tại thị xã X)`, `(trụ sở tại phường Y)`): `tại`
# and a place's kind, no more than a place (not `(tại kỳ họp …)`, `(tại cơ sở)`, nor a partner).
_PLACE_GLOSS = re.compile(
    r"(?:(?:dat|dong|co tru so|tru so)\s+)?tai\s+(?:tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong"
    r"|thon|ap|ban|khu vuc|cum xa|dia ban)\s+[^,;:]{2,40}$"
)


def subject_gloss(text: str) -> str:
    """The gloss in parentheses right after a sentence's subject (`(thường trực Hội đồng)`, `(Khoa
    Dược)`, `(tại huyện Ea Rông)`): its role, another name of the body or the place where it sits;
    "" where `text` does not open with one."""
    m = re.match(r"\s*\(([^()]{2,80})\)", text)
    if m is None:
        return ""
    gloss = m.group(1)
    folded = folded_same_length(gloss)
    named = UNIT_START.match(folded) or body_named(gloss, 0) or _ROLE_GLOSS.match(folded)
    return m.group() if named or _PLACE_GLOSS.match(folded.strip()) else ""


@dataclass
class Assignment:
    lead: str = ""
    coordinating: str = ""
    leader: str = ""


# The most words a unit's name read inside a sentence may have ("Ban Quản lý dự án đầu tư xây dựng các
# công trình dân dụng và công nghiệp tỉnh" has 18); a longer run is a sentence, not a name.
_LONGEST_NAME = 20


def _fits_names(lead: str) -> bool:
    """Whether a lead read inside a sentence is short enough to be a unit's name (`_LONGEST_NAME`), or
    a list of names each short enough (`Đề nghị Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn, Hội Nông dân
    tỉnh, … chỉ đạo …`: five bodies asked at once): every part after a comma opens with a capital,
    as a proper name does. A long run whose parts after a comma open in lower case (`Phòng X, tổ
    chức …`) is a sentence, no list."""
    if len(lead.split()) <= _LONGEST_NAME:
        return True
    parts = [part for part in re.split(r"\s*,\s*", lead.strip()) if part]
    return len(parts) >= 2 and all(
        part[:1].isupper() and len(part.split()) <= _LONGEST_NAME for part in parts
    )


# A body's word that opens its name only before a capital (`Ban Gia đình - Xã hội …`, `Hội LHPN các
# xã …`, `Câu lạc bộ Phụ nữ khởi nghiệp …`, `Đội Kiểm tra …`), not before a lower-case word (`Tổ
# chức …`, `Hội nghị …` are no bodies).
# (`Đảng ủy Quân sự xã`, `Chi bộ Công an phường`: a Party body named by its unit, not the issuer's
# own `Đảng ủy xã`)
_BODY_WORD = re.compile(r"(?:ban|hoi|cau lac bo|chi hoi|to|doi|khoa|nhom|bo phan|dang uy|chi bo)\s+")


# A body called an agency by its name (`Cơ quan Cảnh sát điều tra Công an tỉnh`, `Cơ quan Thi hành án
# dân sự …`), only before a capital: `cơ quan chuyên môn`, `các cơ quan liên quan` are no names.
_AGENCY_WORD = re.compile(r"co quan\s+")


# A company's production section (`Xí nghiệp`, `Nhà máy`, `Phân xưởng`, `Chi nhánh`), capitalised: its
# name may say what it makes in lower case before the capital or the number that names it (`Nhà máy
# nước Sông Lam`, `Xí nghiệp cấp nước số 2`, `Phân xưởng cơ khí Đông Anh`), up to three such words,
# none a verb (`Nhà máy hoàn thành …`, `Chi nhánh tiếp tục …` name no section).
_SECTION_WORD = re.compile(r"(?:xi nghiep|nha may|phan xuong|chi nhanh)\s+")
_SECTION_MADE_WORDS = 3


def body_named(text: str, at: int) -> bool:
    # (a heading in capitals, `TỔ CHỨC THỰC HIỆN`, names no body)
    if text[at : at + 40].isupper():
        return False
    folded = folded_same_length(text[at : at + 60])
    m = _BODY_WORD.match(folded) or _AGENCY_WORD.match(folded)  # (the body's word: a few letters)
    if m and text[at + m.end() : at + m.end() + 1].isupper():
        return True
    if m:
        return bool(lower_case_team(text[at : at + 80]))  # `Tổ bảo vệ thực vật phối hợp …`
    return _company_section(text[at : at + 60], folded)


# A working team named in lower case after its word printed with a capital (`Tổ dịch vụ thủy lợi`,
# `Tổ bảo vệ thực vật`, `Tổ thu ngân`): a cooperative's, a market's or a small body's team, a body as
# `Tổ Tuyên truyền` is. Not the words `tổ` opens in lower case (`Tổ chức …`, `Tổ quốc`, `Tổ tiên`,
# `Tổ hợp …` but `Tổ hợp tác …`), nor a team's head (`Tổ trưởng`, `Tổ phó`: posts), nor `TỔ` in a
# heading's capitals or `tổ` in lower case inside a sentence.
_TEAM_WORD = re.compile(r"Tổ\s+(?!(?:chức|quốc|tiên|ấm|tụng|trưởng|phó|hợp(?!\s+tác))(?!\w))")
_TEAM_NAME_WORDS = 6  # the most lower-case words a team's name may take after `Tổ`

# The grade, the class or the number that closes a team's name after its lower-case words (`Tổ chuyên
# môn khối 1`, `Tổ chủ nhiệm lớp 5`, `Tổ dịch vụ số 2`): the number only after its word, the name's
# last word; not a bare number (`Tổ dịch vụ 2`), nor a number in words or a list (`số 2 và 3`).
_TEAM_NUMBER_WORDS = {"khối", "lớp", "số"}
_TEAM_NUMBER = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})$")


def _plain_lower(word: str) -> bool:
    """A word of letters only, all in lower case (`thủy`, `lợi`; not `Đồng`, `2`, `vụ,`)."""
    return word.isalpha() and word.islower()


def _team_word(words: list[str], index: int) -> bool:
    """Whether `words[index]` may be a word of a team's lower-case name: a plain lower-case word, or
    the number closing it after `khối`, `lớp` or `số` and at least one word before that
    (`_TEAM_NUMBER_WORDS`)."""
    if _plain_lower(words[index]):
        return True
    return (
        index >= 2
        and _TEAM_NUMBER.match(words[index]) is not None
        and unicodedata.normalize("NFC", words[index - 1]) in _TEAM_NUMBER_WORDS
    )


def lower_case_team(text: str, *, label: bool = False) -> str:
    """The team named in lower case that opens `text` (`_TEAM_WORD`): in a sentence, `Tổ` and one to
    six plain lower-case words, none a verb of the lists, that a verb of the lists follows (`Tổ bảo vệ
    thực vật phối hợp …` → `Tổ bảo vệ thực vật`; the verb ends the name); with `label`, `text` is a
    label's whole head (`Tổ dịch vụ thủy lợi`, `Tổ sửa chữa đường ống`: the words before its colon),
    which may name the team by its work; its last word may be the number after `khối`, `lớp` or `số`
    (`Tổ chuyên môn khối 1 xây dựng …` → `Tổ chuyên môn khối 1`: _team_word). "" where `text` opens
    otherwise, a word has a capital, a bare digit or a stop (`Tổ dịch vụ 2`, `Tổ dịch vụ, …`), or (in
    a sentence) no verb closes the name within six words or one opens it (`Tổ thu gom rác thu gom …`:
    the name's end unknown) or follows its number (`Tổ dịch vụ số 2 thôn …`)."""
    m = _TEAM_WORD.match(text)
    if m is None:
        return ""
    words = text[m.end() :].split()
    if label:
        plain = 1 <= len(words) <= _TEAM_NAME_WORDS and all(_plain_lower(word) for word in words[:-1])
        return text.strip() if plain and _team_word(words, len(words) - 1) else ""  # a number: the last
    for count in range(1, min(len(words), _TEAM_NAME_WORDS + 1)):
        if not _team_word(words, count - 1):
            return ""
        if verb_follows(folded_same_length(" ".join(words[count - 1 :]))):
            return ""  # a verb inside the name: where it ends is unknown
        if verb_follows(folded_same_length(" ".join(words[count:]))):
            return " ".join(text[: m.end()].split() + words[:count])
        if not _plain_lower(words[count - 1]):
            return ""  # the number closes the name: a verb must follow it
    return ""


def _company_section(text: str, folded: str) -> bool:
    """Whether `text` opens with a company's section by name (`Nhà máy nước Sông Lam …`, `Xí nghiệp Cấp
    nước số 2 …`)."""
    m = _SECTION_WORD.match(folded)
    if m is None or not text[:1].isupper():
        return False
    at = m.end()
    for _made in range(_SECTION_MADE_WORDS + 1):
        if text[at : at + 1].isupper() or re.match(r"số\s+\d", text[at:]):
            return True
        word = re.match(r"[^\W\d_]+\s+", text[at:])
        if word is None or verb_follows(folded[at:]):
            return False
        at += word.end()
    return False


# The administrative level that closes a unit's name (`Trạm Y tế xã`, `Ban Chỉ huy Quân sự phường`),
# as printed (folded, `quận` would be the `quân` of `dân quân`).
_LEVELS = {"xã", "phường", "huyện", "quận", "tỉnh", "thị trấn", "thành phố", "thị xã"}
_LEVEL_LAST = {level.split()[-1] for level in _LEVELS}


# The number of a body's region (`Chi cục Thuế khu vực XV`, `Cảng vụ Hàng hải khu vực 2`): the name's end
# where a word in lower case follows.
_REGION_NUMBER = re.compile(r"^(?:[IVXL]{1,6}|\d{1,2})$")


# A unit's word whose last syllable is printed in lower case after capitals (`Nhà Văn hóa phường …`,
# `Nhà Thiếu nhi …`), folded: the capitalised words are not a proper name ending there.
_UNIT_WORD_RUNS_ON = re.compile(r"\b(?:nha van hoa|nha thieu nhi)$")


def name_by_shape(text: str, *, proper_name: bool = True) -> str:
    """The unit's name that opens `text` where no verb of the lists ends it (`Trạm Y tế xã khám …`,
    `Trung đội dân quân cơ động xã luyện tập …`, `Trường Tiểu học Lê Văn Tám gia cố …`): up to a
    numbered region (`… khu vực XIII kiểm soát …`), or to the administrative level (`xã`, `phường`,
    …) that a word in lower case follows (not the `xã` of `Hợp tác xã` nor of `Bảo hiểm xã hội`),
    else (with `proper_name`: no verb of the lists ends the name) up to a proper name
    (two or more capitalised words after a word in lower case, not a unit's word: `Phòng Giáo dục`
    is a field) that a word in lower case follows; "" where the shape does not say."""
    words = text.split()
    plain = [unicodedata.normalize("NFC", word).strip(",;.:") for word in words]
    if proper_name and (fields := _fields_closed_by_va(words, plain)):
        return fields  # before a level further on (`… số hóa hồ sơ của tỉnh trong …`)
    limit = min(len(words) - 1, _LONGEST_NAME)
    for index in range(1, limit):
        word, following = words[index], words[index + 1]
        if not following[:1].islower() or word.endswith((",", ";", ".", ":")):
            continue
        two = " ".join(plain[index - 1 : index + 1])
        if (
            (plain[index] in _LEVELS or two in _LEVELS)
            and two != "tác xã"  # not `Hợp tác xã`
            and plain[index + 1] not in _LEVEL_LAST
            and plain[index + 1] not in ("và", "thị", "hội")  # not the `xã` of `xã hội`
            # `… thành phố trực thuộc trung ương`: the level's qualifier is still the name
            and plain[index + 1 : index + 3] != ["trực", "thuộc"]
        ):
            return " ".join(words[: index + 1])
        if (
            plain[index - 2 : index] == ["khu", "vực"]
            and _REGION_NUMBER.match(plain[index])
            # (`Thống kê khu vực I và Thống kê khu vực II tổ chức …`: two regions' bodies, one subject)
            and not (
                plain[index + 1] == "và" and words[index + 2 : index + 3] and words[index + 2][0].isupper()
            )
        ):
            return " ".join(words[: index + 1])  # `Kho bạc Nhà nước khu vực XIII kiểm soát …`: its region
    for index in range(2, limit if proper_name else 0):
        word, following = words[index], words[index + 1]
        if word[:1].isupper() and following[:1].islower() and not word.endswith((",", ";", ".", ":")):
            start = index
            while start > 0 and words[start - 1][:1].isupper():
                start -= 1
            if (
                start >= 2
                and words[start - 1][:1].islower()
                and index - start >= 1
                and not UNIT_START.match(" ".join(folded_same_length(w) for w in words[start : index + 1]))
                # (nor a unit's word printed with its last syllable in lower case: `Nhà Văn hóa …`)
                and not _UNIT_WORD_RUNS_ON.search(
                    " ".join(folded_same_length(w) for w in words[start : index + 2])
                )
            ):
                return " ".join(words[: index + 1])
    return ""


# A field of a name printed in lower case after its capital word that is two words long
# (`Phát triển nông thôn`): the name goes on past it.
_LOWER_FIELD_TAIL = {("nông", "thôn")}


def _after_level(plain: list[str], at: int) -> int:
    """The index after an administrative level (`huyện`, `thành phố`) that starts at `at`; 0 where none
    does (the level a body's name closes with: `Phòng Văn hóa và Thông tin huyện`)."""
    for size in (2, 1):
        if at + size < len(plain) and " ".join(plain[at : at + size]) in _LEVELS:
            return at + size
    return 0


def _fields_closed_by_va(words: list[str], plain: list[str]) -> str:
    """A body's name that lists its fields and closes the list with `và` (`Sở Khoa học và Công nghệ`,
    `Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch`, `Phòng Kinh tế, Hạ tầng và Đô thị`): every
    word up to the last field a capitalised one or a single lower-case one after a capital, the last
    field a capital and at most one lower-case word (and the level it serves), then a word in lower
    case (the verb); ""
    elsewhere (`Ban Quản lý các chợ …` is no such list)."""
    limit = min(len(words), _LONGEST_NAME)
    previous_upper = True  # the body's word (`Sở`, `Trung`) opens the name
    for index in range(1, limit):
        word = plain[index]
        if word == "và" and index >= 2 and index + 1 < len(words) and words[index + 1][:1].isupper():
            end = index + 2  # after the last field's capital word
            if not _after_level(plain, end):
                if (
                    end < len(words)
                    and words[end][:1].islower()
                    and not words[end - 1].endswith((",", ";", "."))
                    and not words[end - 1].isupper()  # `UBND`, `HĐND`: a short form, no field's syllable
                ):
                    end += 1  # `Công nghệ`, `Du lịch`: its lower-case second word
                if tuple(plain[end : end + 2]) in _LOWER_FIELD_TAIL:
                    end += 2
                end = _after_level(plain, end) or end
            else:
                end = _after_level(plain, end)
            if (
                end >= len(words)
                or not words[end][:1].islower()
                or words[end - 1].endswith((",", ";", ".", ":"))
            ):
                return ""
            return " ".join(words[:end]).rstrip(",")
        if word == "-" or words[index][:1].isupper():
            previous_upper = word != "-"
            continue
        if not previous_upper or words[index - 1].endswith((";", ".", ":")):
            return ""
        previous_upper = False
    return ""


# A verb at a word's start (folded): the lists that end a name, and a task's opening verbs.
_VERB_AT = re.compile(rf"(?:{_VERBS}|{_TASK_VERBS})\b")


def verb_follows(folded: str) -> bool:
    """Whether `folded` (what follows a sentence's subject) opens with a verb of the lists: one that
    ends a unit's name (`chủ động`, `giám sát`) or opens a task (`huy động`, `phòng, chống`)."""
    return bool(_VERB_AT.match(folded))


# The most words an office named by its fields in lower case may have (`Phòng Tổ chức, biên chế và tổ
# chức phi chính phủ` has 11).
_LONGEST_FIELDS_NAME = 16
# The most words the last field of a list not closed by `và` may have before the sentence's verb
# (`tố cáo`, `cán bộ`, `thông tin đối ngoại`).
_LONGEST_LAST_FIELD = 4


def _assigning_at(words: list[str], folded: list[str], index: int) -> bool:
    """Whether a word of assignment (_ASSIGNING_WORDS) opens at `index`: `giao` and `các` as printed
    (not the `giáo` of `giáo dục`, nor `cấc`), the others folded."""
    if words[index].strip(",").lower() in ("giao", "các"):
        return True
    two = " ".join(folded[index : index + 2])
    return bool(_ASSIGNING_WORDS.match(two)) and folded[index] not in ("giao", "cac")


def _fields_in_lower_case(text: str) -> str:
    """An office named by the fields it covers, its first field capitalised and the others in lower
    case, the list closed by `và` (`Phòng Tổ chức, biên chế và tổ chức phi chính phủ gửi …`, `Phòng
    Phổ biến, giáo dục pháp luật và theo dõi thi hành pháp luật tổng hợp …`): a field may open with a
    verb (`tổ chức`, `theo dõi`) and name an act (`sau thanh tra`), so the name runs to the last field's
    first verb that no verb follows, the sentence's. A list of fields not closed by `và` (`Phòng Kiểm
    tra, giải quyết khiếu nại, tố cáo tổ chức …`, `Phòng Tổ chức, cán bộ tham mưu …`) runs to the
    first verb inside a field of a few words that opens with none: a field that opens with a verb
    may be the sentence's own act (`Phòng Nội vụ, tổng hợp kết quả báo cáo …`). A word of assignment
    where a field's words end (`… và theo dõi thi hành án chủ trì, …`) is the sentence's verb too.
    "" where `text` does not open so (a capital after the first field is `_fields_closed_by_va`'s, a
    word of assignment opening a field is a sentence's, a field that is two verbs, `và tổ chức tập
    huấn`, is the sentence's own acts)."""
    words = text.split()
    if len(words) < 6 or not words[1][:1].isupper():
        return ""
    folded = [folded_same_length(word).strip(",") for word in words]

    def verb_at(index: int) -> int:
        m = _VERB_AT.match(" ".join(folded[index:]))
        return len(m.group().split()) if m else 0

    comma = next((index for index, word in enumerate(words[:5]) if word.endswith(",")), None)
    if comma is None or any(words[index][:1].islower() and verb_at(index) for index in range(1, comma + 1)):
        return ""  # `Phòng Nội vụ chủ trì, …`: the sentence's verb before the comma
    field_start, closed, after_opening, opened_at = True, False, 0, comma + 1
    for index in range(comma + 1, min(len(words), _LONGEST_FIELDS_NAME + 1)):
        word = words[index]
        if not word[:1].islower() or re.search(r"[\d;:.()]", word):
            return ""
        size = verb_at(index)
        # (the sentence's verb where a field's words end: after a list not closed by `và`, one
        # within a few words of a field that opens with no verb, `…, tố cáo tổ chức …`)
        ends_open_list = not closed and not after_opening and index - opened_at <= _LONGEST_LAST_FIELD
        if _assigning_at(words, folded, index):
            # `… tố cáo chủ trì, phối hợp …`: a word of assignment where the name may end is the
            # sentence's verb; opening a field (`…, phối hợp …`, `các …`) it is a clause's
            ends = size and not field_start and (index != after_opening if closed else ends_open_list)
            return " ".join(words[:index]) if ends else ""
        if folded[index] == "va" and not closed:
            field_start, closed = True, True
            continue
        if field_start:
            after_opening = index + size if size else 0  # the verb a field opens with is the field's
            opened_at = index
        elif size and closed and not verb_at(index + size):
            return "" if index == after_opening else " ".join(words[:index])
        elif size and ends_open_list:
            return " ".join(words[:index])
        field_start = word.endswith(",")
        if field_start and closed:
            return ""  # a comma after the closing field: a clause, no name
    return ""


# A lead-in clause that a sentence opens with before the body doing it, folded: what the act rests on
# (`Trên cơ sở danh sách tại điểm 1, Phòng X …`, `Căn cứ kết quả rà soát, Đội Y …`), up to its comma
# and at most a dozen words; the body must open right after the comma (`assignment_in`'s starts). Not a
# clause of time or condition (`Sau khi …`, `Khi …`: what is done then may be someone else's), nor one
# holding a comma (`Trên cơ sở đề xuất của Phòng X, Y, …`: where it ends is unsure), nor a legal basis
# naming a document by its number (`Căn cứ Kế hoạch số 12/KH-UBND …, Sở X đề nghị …`: the issuer's
# preamble). The recognisers' `_BASED_ON` reads the same clause before a closing request.
_BASED_ON_LEAD_IN = re.compile(
    r"^(?:can cu|tren co so)\s(?![^,]*(?:\bso\s+\d|/))(?:[^,;:.\s]+\s){1,11}?[^,;:.\s]+,\s*"
)
# A topic label before the point's subject (`b) Về thông tin, tuyên truyền: Phòng Thông tin - Đối ngoại
# biên tập …`, `Đối với công tác cải cách hành chính: Văn phòng Sở rà soát …`), folded: the topic up to
# its colon, a few words with no stop; the unit after the colon leads as it would opening the point.
# Only where a unit opens what follows (`Về kinh phí: giao Văn phòng …` is read at its `giao`; `Về đề
# xuất của Phòng X: Chủ tịch đồng ý …` names no unit after the colon that acts).
_TOPIC_LEAD_IN = re.compile(r"^(?:ve|doi voi)\s[^:;.()]{3,80}:\s*(?=\S)")
# … not where the body after the colon gives its verdict on the topic (`Về đề xuất của nhà thầu …: Sở đồng ý
# về chủ trương, giao Phòng X …`): the chair's body, whose `giao` names the lead.
_TOPIC_VERDICT = re.compile(r"[^,;:.]{0,60}?\s(?:dong y|chap thuan|thong nhat|nhat tri|khong)\b")


def past_lead_in(text: str) -> str:
    """A sentence without the lead-in clause it opens with (`_BASED_ON_LEAD_IN`) where a unit's name
    follows the clause (`Trên cơ sở danh sách tại điểm 1, Phòng X ra …` → `Phòng X ra …`); the sentence
    as it is otherwise (`Căn cứ kết quả, đề nghị …`: no unit after it)."""
    match = _BASED_ON_LEAD_IN.match(folded_same_length(text))
    if match is None:
        return text
    rest = text[match.end() :]
    return rest if UNIT_START.match(folded_same_length(rest)) or body_named(rest, 0) else text


_STAFF_POST_START = re.compile(rf"(?:{_STAFF_POSTS})")


def staff_post_opens(text: str) -> bool:
    """Whether `text` opens with a small body's staff post as its subject (`Kế toán lập …`, `Văn
    thư (chị …) gửi …`, `Chuyên viên phụ trách thi đua tổng hợp …`; _STAFF_POSTS): the post before
    its verb, a holder's note in parentheses skipped; not every holder of a kind (`Kế toán các đơn
    vị …`: _POST_OF_EVERY)."""
    folded = folded_same_length(text)
    return bool(_STAFF_POST_START.match(folded)) and not _POST_OF_EVERY.match(folded)


# `đồng chí` or `đ/c` before a small body's staff post (folded; _STAFF_POSTS), after a `giao`.
_COMRADE_BEFORE_STAFF_POST = re.compile(rf"(?:dong chi|d/c)\s+(?=(?:{_STAFF_POSTS}))")


def assignment_in(text: str) -> Assignment | None:
    """`Giao đ/c <tên> – PGĐ Sở chỉ đạo, <unit> tham mưu …`, `Giao <unit> chủ trì, phối hợp <units> …`,
    `<unit> chủ trì, phối hợp …` → who leads, who coordinates, which leader directs."""
    folded = folded_same_length(text)
    if noted := _noted_deputy(text):
        return noted  # `Phó Chủ tịch … (bà …) phụ trách …`: the deputy's post leads as printed
    found = Assignment()
    # The sentence's own start when it names a unit; else the first `giao` that a unit or a leader
    # follows ("… báo cáo tại cuộc họp giao ban" is no assignment).
    starts = (
        [0]
        if UNIT_START.match(folded)
        or _post_holder(text, folded, 0)
        or body_named(text, 0)
        or _team_head(text, 0)
        or _directing_post(text, folded, 0)
        else []
    )
    if CHAIR_GIVES.match(folded):
        starts = []  # "Giám đốc Trung tâm giao Phòng X …": the chair gives, the unit after `giao` leads
    if b := _BASED_ON_LEAD_IN.match(folded):
        starts.append(b.end())  # "Trên cơ sở danh sách tại điểm 1, Phòng X ra thông báo …": Phòng X
    if (
        (t := _TOPIC_LEAD_IN.match(folded))
        and text[t.end()].isupper()
        and not _TOPIC_VERDICT.match(folded, t.end())
    ):
        starts.append(t.end())  # "Về thông tin, tuyên truyền: Phòng Thông tin - Đối ngoại biên tập …"
    if y := re.match(r"(?:yeu cau|de nghi)\s+", folded):
        starts.append(y.end())  # "Yêu cầu Nhà đầu tư 02 dự án lập hồ sơ …", "Đề nghị Điện lực … di dời …"
    # (the word as printed: "giáo viên", "giáo dục" fold to it too, and assign nothing)
    starts += [
        # (the comrade before a staff post, `Giao đồng chí Chuyên viên phụ trách …`, `Giao đ/c Kế
        # toán …`: the post leads, as printed after its `đồng chí`)
        c.end() if (c := _COMRADE_BEFORE_STAFF_POST.match(folded, g.end())) else g.end()
        for g in _GIAO.finditer(folded)
        if text[g.start() : g.start() + 4].lower() == "giao"
    ]
    start = next(
        (
            at
            for at in starts
            if UNIT_START.match(folded[at:])
            or body_named(text, at)
            or _LEADER.match(folded[at:])
            or _directing_post(text, folded, at)
            or _post_holder(text, folded, at)
            or _ABBREVIATED.match(text[at:])
            or _team_head(text, at)
        ),
        None,
    )
    if start is None:
        return None
    if m := _LEADER.match(folded[start:]) or _directing_post(text, folded, start):
        held = "post" if "post" in m.re.groupindex else 1  # (`_LEADER`: the person's name first)
        found.leader = text[start + m.start(held) : start + m.end(held)].strip()
        start += m.end()
    post = _post_holder(text, folded, start)
    if post:
        start += post.end()
    rest, rest_folded = text[start:], folded[start:]
    if not (
        UNIT_START.match(rest_folded)
        or body_named(rest, 0)
        or _ABBREVIATED.match(rest)
        or _team_head(rest, 0)
        # after its head's post a body may be named in lower case ("Tổ trưởng Tổ triển khai báo cáo …",
        # "Trưởng ban Ban công tác …"): the post says a body follows
        or (post and _BODY_WORD.match(rest_folded))
    ):
        return found if found.leader else None
    found.lead = _until_verb(rest)
    ended_by_verb = bool(re.match(rf"\s*(?:{_VERBS})\b", rest_folded[len(found.lead) :]))
    if (shaped := name_by_shape(rest, proper_name=not ended_by_verb)) and len(shaped) < len(found.lead):
        found.lead = shaped  # the verb the lists know comes later: the name ends where its shape does
    if (fields := _fields_in_lower_case(rest)) and len(fields) > len(found.lead):
        found.lead = fields  # a field opening with a verb (`… và tổ chức phi chính phủ`): still the name
    if post:
        found.lead = found.lead[:1].upper() + found.lead[1:]  # "Trưởng phòng Nội vụ" → "Phòng Nội vụ"
    found.lead = _post_in_charge(rest, found.lead)
    if found.lead.endswith(")"):
        found.lead = found.lead.rsplit("(", 1)[0].strip()
    elif "(" in found.lead and ")" not in found.lead.rsplit("(", 1)[1]:
        # the verb came inside a parenthesis after the unit (`Giao UBND xã (đồng chí …, Chủ tịch UBND
        # xã trực tiếp chỉ đạo) tập trung …`): the leader who directs is a note, the unit leads
        found.lead = found.lead.rsplit("(", 1)[0].strip()
    if m := _NAME_TO_CHU_TRI.match(rest_folded[len(found.lead) :]):
        found.lead = rest[: len(found.lead) + m.end(1)]  # "Phòng Kế hoạch tổng hợp chủ trì": its field
    elif (m := _NAME_TO_GLOSS.match(rest_folded[len(found.lead) :])) and subject_gloss(
        rest[len(found.lead) + m.end(1) :]
    ):
        found.lead = rest[: len(found.lead) + m.end(1)]  # "Phòng Kế hoạch tổng hợp (thường trực …)"
    elif m := _NAME_TO_ACT.match(rest_folded[len(found.lead) :]):
        found.lead = rest[: len(found.lead) + m.end(1)]  # "Khoa Ngoại tổng hợp xây dựng …"
    after = rest_folded[len(found.lead) :]
    c = re.search(r"\bphoi hop(?: chat che)?(?: voi)?\s+", after[:60])
    if c and not ACTION.match(after[c.end() :]):  # (`phối hợp rà soát …`: an act done together, no partner)
        found.coordinating = _until_verb(rest[len(found.lead) + c.end() :])
    if not _fits_names(found.lead):
        return None
    return found


# A leader's direction reported as speech (a notice of conclusions, minutes): the framing words up to a
# colon — a topic (`Về đầu tư công, …`), who speaks, the verb that reports it, perhaps the body addressed
# — then the words themselves in quotation marks (`… đồng chí Bí thư chỉ đạo: “Ủy ban nhân dân phường rà
# soát …”`, `Về môi trường: "…"`), and what the paragraph says after them.
_QUOTED_SPEECH = re.compile(
    r"^(?P<framing>[^.;:“”\"«»]{0,160}?)\s*:\s*[“\"«](?P<quote>[^“”\"«»]{8,}?)[”\"»]\s*(?P<after>.*)$",
    re.DOTALL,
)
# … or the words after a verb of speech, with no quotation marks (`Giám đốc nhấn mạnh: Phòng X …`),
# folded: the verb closes the framing, or the body it addresses does (`… giao Đoàn Thanh niên:`).
_SPEECH_VERB = r"(?:chi dao|nhan manh|yeu cau|de nghi|noi(?: ro)?|phat bieu|luu y|giao(?: cho)?)"
_SPEECH_ENDS = re.compile(rf"\b{_SPEECH_VERB}$")
_ADDRESSES = re.compile(rf"\b{_SPEECH_VERB}\s+(?=\S)")


def _addressee(framing: str) -> str:
    """The one body the framing words address after their verb (`… giao Đoàn Thanh niên phường`, `…
    yêu cầu Ban Xây dựng Đảng`), where its name closes them and someone speaks before the verb (a
    bare `Giao Phòng X:` is a run-in assignment, no speech); "" otherwise."""
    folded = folded_same_length(framing)
    for verb in reversed(list(_ADDRESSES.finditer(folded))):
        if not folded[: verb.start()].strip():
            continue
        if verb.group().startswith("giao") and framing[verb.start() : verb.start() + 4].lower() != "giao":
            continue  # `giáo viên`, `giáo dục` fold to it too, and address no one
        rest = framing[verb.end() :].strip()
        if (UNIT_START.match(folded[verb.end() :]) or body_named(framing, verb.end())) and (
            _until_verb(rest) == rest.strip(" ,") and len(rest.split()) <= _LONGEST_NAME
        ):
            return rest
    return ""


def quoted_direction(text: str) -> tuple[str, Assignment | None] | None:
    """A leader's direction reported as speech → (the task's words, who leads it): the quoted words, or
    the sentence after them where they name no body and no time (a quote that only exhorts, `“Tôi
    không muốn nghe báo cáo chung chung.” Văn phòng X lập mẫu báo cáo …`); the body the framing
    addresses leads (`giao Đoàn Thanh niên phường: “Thanh niên …”`), else the body the words name.
    ("", None) for quoted words that only exhort, with no body, no time and nothing after; None where
    the paragraph is not so built: no verb of speech (or a topic, before quoted words) ends the framing."""
    text = " ".join(text.split())
    quoted = _QUOTED_SPEECH.match(text)
    if quoted:
        framing, words, after = quoted.group("framing"), quoted.group("quote").strip(), quoted.group("after")
    else:
        framing, _colon, words = text.partition(":")
        after = ""
        if not words.strip() or len(framing) > 160 or re.search(r"[.;]", framing):
            return None
    folded = fold_words(framing)
    addressed = _addressee(framing)
    speaks = (m := _SPEECH_ENDS.search(folded)) is not None and m.start() > 0  # (who speaks stands first)
    if not (addressed or speaks or (quoted and _TOPIC_ONLY.match(folded))):
        return None
    words, after = words.strip(), after.strip()
    own = assignment_in(words)
    if not (addressed or (own and own.lead) or due_in(words)):
        if after and (later := assignment_in(after)) and later.lead:
            return after, later
        return ("", None) if quoted and not after else None
    if addressed:
        return words, Assignment(lead=addressed, coordinating=own.coordinating if own else "")
    return words, own


# A framing that is a topic alone (`Về vệ sinh môi trường`, `Đối với công tác dân vận`), folded.
_TOPIC_ONLY = re.compile(r"^(?:ve|doi voi)\s[^,]{3,80}$")


def fold_words(text: str) -> str:
    """`text` folded, its spaces single and its ends stripped (a framing's words to match)."""
    return " ".join(folded_same_length(text).split())


# A lead-in asking one named body for the list below it (`Đoàn kiểm tra yêu cầu Trường THCS Tân Phú:`,
# `Đề nghị Công ty TNHH Minh Phát thực hiện các nội dung sau:`), folded: who asks may stand first.
_ASKS_FOR_LIST = re.compile(r"^(?:[^.;:()]{3,80}?\s)?(?:yeu cau|de nghi)\s+(?=\S)")
# What may follow the body's name before the colon (`… thực hiện các nội dung sau`, `… như sau`).
_LIST_FOLLOWS = re.compile(
    r"\s+(?:(?:thuc hien|khac phuc|trien khai)\s+)?(?:(?:cac|nhung)\s+)?"
    r"(?:(?:noi dung|viec|yeu cau|bien phap|van de|ton tai)\s+)?(?:nhu\s+)?sau$"
)


def requested_body(text: str) -> str:
    """The one named body a lead-in asks for what the list below it sets (`Đoàn kiểm tra yêu cầu
    Trường THCS Tân Phú:` → `Trường THCS Tân Phú`); "" where the paragraph is no such lead-in, or asks
    every body of a kind (`… yêu cầu các đơn vị:`)."""
    text = " ".join(text.split())
    if not text.endswith(":"):
        return ""
    folded = folded_same_length(text[:-1])
    if (m := _ASKS_FOR_LIST.match(folded)) is None or _COLLECTIVE_START.match(folded[m.end() :]):
        return ""
    rest, rest_folded = text[m.end() : -1], folded[m.end() :]
    if tail := _LIST_FOLLOWS.search(rest_folded):
        rest, rest_folded = rest[: tail.start()], rest_folded[: tail.start()]
    if not (UNIT_START.match(rest_folded) or body_named(rest, 0)):
        return ""
    name = _until_verb(rest)
    return name if name == rest.strip(" ,") and len(name.split()) <= _LONGEST_NAME else ""


_COLLECTIVE_START = re.compile(r"^(?:cac|tat ca|toan the|moi|thu truong cac|lanh dao cac)\b")


# A round of an activity counted each period (folded): `lần`, `buổi`, `đợt`, `cuộc`, `kỳ`, `phiên`, and a
# trip (`chuyến`: a mobile library's, an outreach team's). Not a count of things done (`bản`, `lớp`, `hội
# viên`): a target, no round.
# (`chuyến`, trips; not `chuyên mục`, `chuyên đề`, … which fold alike: a count of segments or topics)
_ROUND_NOUN = r"(?:lan|buoi|dot|cuoc|ky|phien|chuyen(?! (?:muc|de|mon|gia|nganh|trang|san|vien|khoa)\b))"

# Sent with a periodic report ("cùng báo cáo quý", "kèm theo báo cáo 6 tháng", "lồng ghép vào báo
# cáo năm"), folded: that report's round (not "báo cáo quý I/2028", "báo cáo năm 2027": one report).
_WITH_REPORT = (
    r"(?:cung|cung voi|kem theo|long ghep (?:vao|trong|voi))\s+(?:ky\s+)?bao cao\s+(?:dinh ky\s+)?"
    r"(?:hang\s+)?(?:tuan|thang|quy|6\s+thang|nam)\b(?!\s*(?:[ivx]{1,4}\b|\d|/))"
)
# A day of "the quarter's last month" with no quarter named (`ngày 10 của tháng cuối quý`, folded), or
# of its first (`ngày 10 của tháng đầu quý`): a report regime's day of every quarter
# (engine/deadlines/parsing.py reads it so); not a quarter's own (`tháng cuối quý III`, `tháng đầu
# quý 2`) nor the next one's (`tháng cuối quý sau`, read as the next round's).
DAY_OF_QUARTER_END = (
    r"ngay\s+\d{1,2}\s+(?:cua\s+)?thang\s+(?:cuoi|dau)\s+(?:cua\s+)?quy\b"
    r"(?!\s*(?:[ivx]{1,3}|[1-4])\b)(?!\s+(?:sau|tiep theo|ke tiep|lien ke|lien truoc|nay|do)\b)"
)
# The end of a range of months printed with its year after it (`tháng 8 - 9/2027`, `tháng 8-9 năm
# 2027`), folded, optional: the range reads as its last month. Not a range with no year (`vào tháng
# 3 - 4`, a forecast's months), nor a count after a month (`tháng 8 - 5 ngày`).
_MONTH_RANGE_END = r"(?:\s*[-–]\s*\d{1,2}(?=\s*/\s*\d{4}|\s+nam\s+\d{4}))?"
_DUE_PHRASES = re.compile(
    # the meeting that hears the result, with its day or month ("báo cáo tại cuộc họp giao ban tháng 5
    # (ngày 14/5/2027)", "trình Hội đồng tại phiên họp tháng 4/2026", a body's meeting "tại phiên họp
    # UBND huyện tháng 7/2028", a regular one "tại phiên họp UBND xã thường kỳ tháng 9/2027", a
    # briefing named bare "báo cáo kết quả tại giao ban tháng 02/2027", as by its day below)
    r"tai (?:cuoc hop|buoi|phien hop|ky hop|hoi nghi|giao ban)\b[^;.()]{0,50}?"
    r"(?:\(\s*(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*\)"
    r"|(?:(?<=hop |ban )|(?<=tinh )|(?<=xa )|(?<=huyen )|(?<=phuong )|(?<=thuong ky )|(?<=thuong le )"
    # or bare ("trình Ban Thường vụ tại hội nghị tháng 7/2027"): that month's meeting
    r"|(?<=hoi nghi ))"
    # (not the month where its day follows in parentheses, "tháng 01/2027 (ngày 26/01/2027)": that day)
    r"thang\s+\d{1,2}\s*/\s*\d{4}(?!\s*\(\s*(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*\)))"
    # the meeting a task is put before, on its printed day ("thông qua tại kỳ sinh hoạt chi bộ ngày
    # 29/6", "báo cáo tại cuộc họp giao ban ngày 15/5"): that day (a meeting only cited, "kết luận
    # tại cuộc họp ngày …", is no deadline)
    r"|(?:(?<=thong qua )|(?<=bao cao )|(?<=trinh )|(?<=trinh bay ))"
    r"tai (?:ky|buoi|cuoc|phien) (?:sinh hoat|hop)\b"
    r"[^;.()]{0,40}?\b(?P<meeting_day>ngay\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)(?![\d/])"
    # … or the report of the work's results, its object between, at a briefing named bare or as a
    # meeting ("báo cáo kết quả 01 tháng thực hiện tại giao ban ngày 05/01/2027", "báo cáo tiến độ …
    # tại buổi giao ban ngày 12/3"): that day; not one already made ("đã báo cáo kết quả … tại giao ban
    # ngày …"), nor past a deadline of its own in between ("báo cáo kết quả trước ngày …")
    r"|(?<!da )bao cao\s+(?:ket qua|tien do|tinh hinh)\b(?:(?!truoc|cham nhat|han\b)[^;.()]){0,50}?"
    r"\btai\s+(?:(?:ky|buoi|cuoc|phien)\s+(?:sinh hoat|hop|giao ban)|giao ban|hoi nghi)\b[^;.()]{0,40}?"
    # (the briefing named by its month, its expected day in parentheses: "tại cuộc họp giao ban tháng
    # 02/2027 (dự kiến ngày 09/02/2027)")
    r"(?:\(\s*du kien\s+)?"
    r"\b(?P<report_day>ngay\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)(?![\d/])"
    # an event the task prepares, on its expected day ("dự kiến tổ chức ngày 08/4/2028"): that day
    r"|(?:truoc|cham nhat|han chot|den het|den|xong|hoan thanh|trong"
    r"|du kien(?:\s+(?:se\s+)?(?:duoc\s+)?(?:to chuc|dien ra|khai mac))?)?\s*"
    # an hour before the day ("trước 16h00 ngày 12/11/2026", "trước 17 giờ ngày …", "hạn chót 17h00
    # ngày 12/5", "chậm nhất 10h ngày …")
    r"(?:(?:(?<=truoc )|(?<=han chot )|(?<=cham nhat ))"
    r"\d{1,2}\s*(?:h|gio)\s*(?:\d{2}(?:\s*phut)?)?\s*,?\s*)?"
    # (the part of the day between "vào" and the day: "vào tối ngày 02/02/2027", "vào sáng ngày …", an
    # activity held then; not without "vào", "… tối ngày 02/02/2027" stays a date of record)
    r"(?:vao\s+(?:(?:buoi\s+)?(?:sang|chieu|toi|trua|dem)\s+)?)?(?:ngay\s+)?"
    r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?(?![\d/])"
    # (or within it: "báo cáo … trong ngày 20 tháng 11 năm 2025", as "trong ngày 20/11/2025" is read)
    r"|(?:truoc|cham nhat|trong)\s+ngay\s+\d{1,2}\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?"
    # a day written in words, or a month by its name ("trước ngày hai mươi lăm tháng Ba", "hạn ngày
    # 12 tháng Mười"; not "ngày 10 tháng sau", the next month's)
    rf"|(?:truoc|cham nhat|han|vao|den het|den)\s+ngay\s+(?:mong\s+|mung\s+)?"
    rf"(?:{NUMBER_WORDS}\s+thang\s+(?:{MONTH_NAME}|\d{{1,2}})|\d{{1,2}}\s+thang\s+(?!sau\b){MONTH_NAME})\b"
    r"(?:\s+nam\s+\d{4})?"
    # a dotted full date after a deadline word ("trước ngày 25.7.2026"; a bare "1.2.3" is a number)
    r"|(?:truoc|cham nhat|han chot|den het|den)\s+(?:ngay\s+)?\d{1,2}\.\d{1,2}\.\d{4}(?![\d.]\d)"
    # (a list of months or quarters, "trong tháng 11, tháng 12 năm 2025", "trong quý II và quý III/2027":
    # the whole list, read at its last; or the task's time foreseen: "; thời gian dự kiến tháng
    # 01/2027", "thời gian dự kiến tổ chức: quý III/2027"; a bare "(dự kiến tháng 12/2029)" after a
    # session is that session's, event_dues')
    # (so a bare "thời gian" closing the task after its comma or semicolon: "…, thời gian tháng 8 -
    # 9/2027", "…; thời gian thực hiện tháng 5 - 7/2028"; not one inside a clause, "kéo dài thời gian")
    r"|(?:trong|truoc|het|cuoi|xong trong|vao|thoi gian\s*:|(?<=[,;] )thoi gian(?:\s+thuc hien)?"
    r"|thoi gian\s+du kien(?:\s+(?:to chuc|thuc hien|hoan thanh|trien khai))?\s*:?)\s+"
    r"(?:thang\s+\d{1,2}" + _MONTH_RANGE_END + r"(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?"
    r"(?:\s*(?:,|va)\s*thang\s+\d{1,2}(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?)*"
    r"|quy\s+[ivx1-4]+(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?"
    r"(?:\s*(?:,|va)\s*quy\s+[ivx1-4]+(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?)*"
    r"|nam\s+\d{4})"
    # a range's end ("từ tháng 5 đến tháng 10/2026", "từ quý II đến hết quý III"): its last month
    r"|(?:(?<=\d )|(?<=[ivx] ))(?:den het|den)\s+(?:thang\s+\d{1,2}|quy\s+[ivx1-4]+)"
    r"(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?"
    # (a whole word: "10 tháng năm 2027" is no "hằng năm"; nor goods before a month named, "doanh thu
    # bán hàng tháng 12/2026 và tháng 01/2027": parsing.NAMED_MONTH_AHEAD)
    rf"|(?:dinh ky\s+)?(?<![a-z])(?:hang|hng)\s+(?:tuan|thang(?!{NAMED_MONTH_AHEAD})|quy|nam)|thuong xuyen"
    # a round named by "theo" closing the sentence ("báo cáo Bộ … tình hình giao dịch theo quý."):
    # each quarter's; not a split by periods ("phân kỳ theo quý", "tiến độ theo quý", "chia theo
    # tháng"), nor one that a number follows ("theo tháng 5": no round), nor mid-sentence ("theo
    # quý để …")
    r"|(?<!chia )(?<!phan ky )(?<!phan bo )(?<!tien do )(?<!chi tiet )(?<![a-z])theo\s+(?:tung\s+)?"
    r"(?:tuan|thang|quy)(?=\s*[.;]?\s*$)"
    # a time after each round of an activity ("chậm nhất 05 ngày sau mỗi đợt tuyên truyền", "sau mỗi
    # lần kiểm tra"): a recurring time, the round's
    r"|(?:(?:cham nhat|trong vong|truoc)\s+)?(?:\d{1,3}\s+ngay\s+(?:lam viec\s+)?)?"
    + AFTER_EACH_ROUND
    + r"(?:\s+[a-z]+){0,3}"
    # the start or end of every round ("đầu mỗi năm học", "cuối mỗi quý"): a recurring time
    # (or a week, a month or a day at either end of it: "vào tuần cuối của mỗi quý", "tháng đầu mỗi
    # năm", "ngày đầu mỗi tháng")
    r"|(?:vao\s+)?(?:(?:tuan|thang|ngay)\s+)?(?:dau|cuoi)\s+(?:cua\s+)?moi\s+(?:tuan|thang|quy|nam)(?:\s+hoc)?"
    # a month or quarter alone after a colon that ends the line ("Thu hồi mẫu đợt 2: tháng 6/2027"):
    # a sub-step's own time; so after the ";" of the task's last clause ("Kiểm tra …; tháng 10 năm
    # 2027."): the clause is its time (with its year, and nothing after it)
    r"|(?:(?<=: )|(?<=; ))(?:thang\s+\d{1,2}|quy\s+[ivx1-4]+)(?:\s*/\s*\d{4}|\s+nam\s+\d{4})(?=\s*[.;]?\s*$)"
    # a day of each round ("trước ngày 25 tháng cuối mỗi quý", "ngày 20 mỗi tháng")
    r"|(?:truoc|cham nhat)\s+ngay\s+\d{1,2}\s+(?:(?:cua\s+)?thang\s+(?:cuoi|dau)\s+)?moi\s+(?:thang|quy|nam)"
    # … or of "the quarter's last month" with no quarter named ("trước ngày 10 của tháng cuối quý",
    # a report regime's day: each quarter's; "tháng cuối quý III" is one month)
    rf"|(?:truoc|cham nhat|vao)\s+{DAY_OF_QUARTER_END}"
    # … or of the next round ("trước ngày 05 của tháng đầu quý sau", "chậm nhất ngày 03 tháng sau"),
    # or of the round before the one it serves ("đăng ký … trước ngày 25 của tháng liền trước")
    # (its last day in words too: "chậm nhất ngày cuối cùng của tháng đầu quý sau", "trước ngày cuối
    # cùng của tháng sau")
    r"|(?:truoc|cham nhat)\s+ngay\s+(?:\d{1,2}|cuoi cung)\s+(?:cua\s+)?"
    r"(?:thang\s+(?:cuoi|dau)\s+(?:cua\s+)?)?"
    r"(?:thang|quy)\s+(?:sau|tiep theo|ke tiep|lien ke|lien truoc)\b(?!\s+khi\b)"
    # a round's or a task's month or quarter in parentheses ("đợt 1 (tháng 4/2027) và đợt 2 (tháng
    # 8/2027)", "… cấp cơ sở (quý II/2027).")
    # (a range of months with its year, "(tháng 8 - 9/2027)": its last month)
    # (the rounds listed after their count and a colon, "(02 đợt: tháng 5 và tháng 10/2027)", "(02
    # lần: tháng 6, tháng 11/2027)": the last round's month; a count alone, "(02 đợt)", is no time)
    r"|(?:(?<=\()|(?<=\(\d (?:dot|lan): )|(?<=\(\d\d (?:dot|lan): ))"
    r"(?:thang\s+\d{1,2}(?:\s*(?:,|va)\s*thang\s+\d{1,2})*"
    + _MONTH_RANGE_END
    + r"|quy\s+[ivx1-4]+)\s*(?:/\s*\d{4}|\s+nam\s+\d{4})(?=\s*\))"
    # (… and so outside parentheses, the count in figures or words: "thi thử hai đợt: tháng 3 và
    # tháng 5/2027 (Phòng X)", "02 lần: tháng 4, tháng 9/2027": two months or more and the year
    # closing them; a month alone after the count, or months with no year, are no such list)
    r"|(?:(?<=\d (?:dot|lan): )|(?<=\d\d (?:dot|lan): )|(?<=hai (?:dot|lan): )|(?<=ba (?:dot|lan): )"
    r"|(?<=bon (?:dot|lan): ))thang\s+\d{1,2}(?:\s*(?:,|va)\s*thang\s+\d{1,2})+"
    r"\s*(?:/\s*\d{4}|\s+nam\s+\d{4})"
    # ("định kỳ 06 tháng báo cáo …": the count printed with a leading zero, as often)
    r"|dinh ky\s+(?:0?3|0?6|12)\s+thang"  # "định kỳ 6 tháng tổng hợp, báo cáo": a round of months
    # a report sent with the periodic report whose round the text does not say ("lồng ghép trong báo
    # cáo công tác định kỳ", "định kỳ tổng hợp báo cáo …"): a recurrence (a round printed after it,
    # "… định kỳ hằng quý", is read by itself)
    rf"|{PERIODIC_REPORT}"
    # an act done periodically as the rules set its round ("tiếp công dân định kỳ theo quy định của
    # Luật …", "kiểm tra định kỳ theo quy chế"): a recurrence, its round for a person to set; not a
    # bare "định kỳ" (`kiểm tra định kỳ cuối học kỳ I`: one session's name)
    r"|(?<![a-z])dinh ky theo (?:quy dinh|quy che)\b"
    # a count of sessions every round ("ít nhất 02 buổi mỗi năm", "01 lần mỗi quý", "02 chuyến mỗi
    # tháng"): the round
    rf"|(?:(?:it nhat|toi thieu)\s+)?\d{{1,2}}\s+{_ROUND_NOUN}\s+(?:trong\s+)?moi\s+"
    r"(?:tuan|thang|quy|nam)\b"
    # … or the round first ("mỗi quý một đợt", "mỗi tháng 01 lần", "mỗi tháng ít nhất 02 chuyến"):
    # the round; not a count of things each round ("mỗi tháng 500 bản sách", "mỗi năm 02 lớp": a target)
    # (a periodical's issues counted last in their clause, "Xuất bản … bản tin, mỗi quý 01 số (Phòng
    # X).", "mỗi tháng 02 số;": an issue each round, the round; not "số" opening more words, "mỗi
    # tháng 02 số liệu …", "mỗi quý 01 số chuyên đề")
    r"|(?<![a-z])moi\s+(?:tuan|thang|quy|nam)\s+(?:(?:it nhat|toi thieu)\s+)?(?:mot|hai|\d{1,2})\s+"
    rf"(?:{_ROUND_NOUN}\b|so(?=\s*(?:[,.;(]|$)))"
    # a month or a quarter with its year opening the sentence before a comma ("Tháng 12/2028, hai
    # bên sơ kết …", "Quý IV/2030, tổng kết …"): the time of what the sentence goes on to do
    r"|^(?:thang\s+\d{1,2}|quy\s+[ivx1-4]+)(?:\s*/\s*\d{4}|\s+nam\s+\d{4})(?=\s*,)"
    # sent with a periodic report ("… cùng báo cáo quý", "lồng ghép vào báo cáo 6 tháng, năm"): its round
    rf"|{_WITH_REPORT}"
    # a report made every half-year and year ("báo cáo Hội đồng quản lý Quỹ 06 tháng và năm", "báo cáo
    # UBND huyện 6 tháng, năm"): the rounds, read from the count of months on; not a period named with
    # its year ("báo cáo kết quả 6 tháng và năm 2027"), nor the half-year a sentence covers without
    # the year's round after it ("báo cáo 6 tháng đầu năm")
    r"|(?<!da )bao cao\b[^;.()]{0,60}?(?<![\d/])(?P<report_round>0?6\s+thang\s*(?:,|va)\s*nam)\b"
    r"(?!\s*(?:\d|(?:nay|hoc|tai chinh|sau|toi|truoc)\b))"
    r"|(?:dinh ky\s+)?0?[12]\s+tuan\s*(?:/|mot|1)\s*lan"  # "định kỳ 02 tuần/lần": a round of weeks
    # … or of up to a fortnight's days after `định kỳ` ("báo cáo … định kỳ 15 ngày một lần"); not
    # such a count without it ("phun thuốc 7 ngày một lần": how the work is done)
    r"|dinh ky\s+(?:0?[1-9]|1[0-5])\s+ngay\s*(?:/|mot|1)\s*lan\b"
    # a daily or nightly duty ("tuần tra hằng đêm"); but "bản tin / thời sự / báo hằng ngày" names a
    # daily publication, not when
    r"|(?<!thoi su )(?<!ban tin )(?<!bao )(?<!tin )(?<![a-z])(?:hang|hng)\s+(?:ngay|dem)\b"
    # … so is one each day ("nộp … sau mỗi ngày lễ hội", engine/deadlines/parsing.py EVERY_DAY)
    r"|(?<!thoi su )(?<!ban tin )(?<!bao )(?<!tin )" + EVERY_DAY +
    # a duty done without a break ("thông tin liên tục diễn biến của bão", "theo dõi liên tục"), not
    # continuing training ("đào tạo liên tục") nor a run of rounds ("03 năm liên tục"); or several
    # times a day ("ít nhất 03 lần/ngày"): a standing, daily duty
    r"|(?<!dao tao )(?<!nam )(?<!thang )(?<!quy )(?<!ky )(?<!lan )(?<![a-z])lien tuc(?![a-z])"
    r"|(?:(?:it nhat|toi thieu)\s+)?\d{1,2}\s+lan\s*/\s*ngay\b"
    # a day named with its weekday, as a meeting's is ("sáng thứ Hai ngày 18/5/2026", "sáng Chủ
    # nhật, ngày 08/8/2027")
    r"|(?:(?:sang|chieu|toi)\s+)?(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\s*,?\s*(?:ngay\s+)?"
    r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?(?![\d/])"
)


# A session named by its time of the year, its day not printed (folded): `tại kỳ họp cuối năm 2028`,
# `tại kỳ họp thường lệ giữa năm`. The year's part it names is no deadline of the task's own.
_SESSION = r"(?:ky hop|phien hop|cuoc hop|hoi nghi)(?: thuong (?:le|ky|nien))?"
_SESSION_OF_YEAR = re.compile(rf"\btai {_SESSION} (?:dau|giua|cuoi) nam(?: \d{{4}})?\b")
_SESSION_BEFORE = re.compile(rf"\b{_SESSION}$")
# A count of months before `cuối năm` (folded): `6 tháng cuối năm 2027`, the half-year's name.
_MONTHS_BEFORE = re.compile(r"\b\d{1,2}\s+thang$")


# A report at a meeting that reviews a period ("báo cáo Ban Thường vụ tại hội nghị giao ban quý II",
# "… tại phiên họp sơ kết 6 tháng"), its day not printed: held after that period, for a person to set
# (parse_due reads it so); only when the sentence prints no deadline of its own.
_REVIEW_MEETING = re.compile(
    r"\btai (?:cuoc hop|phien hop|ky hop|hoi nghi) (?:giao ban|so ket|tong ket)"
    r" (?:quy [ivx1-4]+|\d{1,2} thang|thang \d{1,2}|nam|(?:tuan|thang|ky) (?:sau|toi|ke tiep))\b"
    r"[^;,.()]{0,30}"
    # a session named by its time of the year ("trình tại kỳ họp cuối năm 2028 của HĐND tỉnh", "tại
    # kỳ họp thường lệ giữa năm 2029"): its day is the council's to set, not the year's end
    r"|" + _SESSION_OF_YEAR.pattern
)
# The time set by another plan or schedule: only when the sentence prints no deadline of its own.
_BY_PLAN = re.compile(
    r"\btheo (?:ke hoach|lich|tien do) [^;,.]*(?:nam \d{4}|duoc phe duyet|da ban hanh)[^;,.]*"
    # the schedule of the project or works the task serves ("theo tiến độ của Dự án", "theo tiến độ
    # thi công công trình"): set by that schedule, for a person to enter
    r"|\btheo (?:tien do|lo trinh)(?: chung)?(?: (?:cua|thi cong|thuc hien|trien khai))?"
    r" (?:du an|de an|cong trinh|goi thau|hop dong|chuong trinh)\b[^;,.]*"
    # the plan or timetable of a body above ("theo kế hoạch tuyển dụng của Sở", "theo lịch của Bộ",
    # "theo lộ trình chung của UBND tỉnh"): set by that body, for a person to enter
    r"|\btheo (?:ke hoach|lich|tien do|lo trinh)\b[^;,.()]{0,40}?\bcua"
    r" (?:so|bo|ubnd|uy ban nhan dan|tinh uy|huyen uy|cap tren|trung uong|tinh|thanh pho)\b[^;,.()]*"
    # a plan cited by its number ("theo Kế hoạch kiểm tra số 12/KH-UBKT", "theo Chương trình số
    # 05/CTr-BCH"): its time is that plan's; not an appendix's caption ("Kèm theo Kế hoạch số …")
    r"|(?<!kem )\btheo (?:ke hoach|lich|chuong trinh)\b[^;,.()]{0,40}?\bso\s*:?\s*\d{1,4}\s*/[a-z0-9/-]*"
    # a time the text says is another's schedule ("thời gian theo lịch làm việc của Đoàn", "thời gian
    # thực hiện: theo kế hoạch của Ban tổ chức"): set by that schedule, for a person to enter
    r"|\bthoi gian(?: thuc hien)?\s*:?\s*theo (?:ke hoach|lich|tien do|lo trinh)\b[^;,.()]*"
    # a plan of its own still to be issued ("tổ chức Hội thi … theo kế hoạch riêng", "theo chương trình
    # riêng của Ban"): its time is that plan's, for a person to enter
    r"|\btheo (?:ke hoach|chuong trinh|lich|phuong an) rieng\b[^;,.()]*"
)
# A closing clause saying the work is done when another body asks (folded: `…, theo đề nghị của Hội.`,
# `…, khi có yêu cầu.`, `…, theo yêu cầu của Sở.`) or summons it (`…; hoàn thành theo triệu tập của
# Thường trực HĐND.`, `…, theo giấy mời của Sở.`): no date, for a person to set; only when the
# sentence prints no deadline of its own.
_ON_REQUEST = re.compile(
    r"[,;]\s*(?:(?:hoan thanh|thuc hien)\s+)?"
    r"((?:theo|khi co)\s+(?:de nghi|yeu cau|de xuat|(?:giay |lich )?trieu tap|giay moi)"
    r"(?:\s+cua\s+[^;,.()]{2,50})?)\s*[.;]?\s*$"
)
# A time still to be announced by another body (folded): `thời gian Bộ thông báo sau`, `lịch cụ thể
# Sở sẽ thông báo sau`: for a person to set once it is (parse_due reads no date in it).
_TO_BE_ANNOUNCED = re.compile(r"\b(?:thoi gian|lich|ngay)\b[^;.()]{0,40}?\bthong bao sau\b")
# A task done before a step of its own whose day is not printed (folded): `hoàn thành trước khi trình
# …`, `xong trước khi khởi công`, `chậm nhất trước khi …`: a deadline for a person to set.
BEFORE_STEP = re.compile(r"(?:hoan thanh|xong|cham nhat) truoc khi\b")
# A count of days printed after the event it counts back from (folded): `trước khi tiến hành ít nhất
# 10 ngày`, `trước ngày làm việc với đoàn 05 ngày làm việc`; the event in words only (no digit, so
# `trước ngày 15/6 …` stays a date), 3–60 characters within the clause.
_BEFORE_EVENT_COUNT = (
    r"\btruoc\s+(?:ngay|khi)\s[^;.,()/\d]{3,60}?\s(?:(?:it nhat|toi thieu|cham nhat)\s+)?"
    r"\d{1,3}\s+ngay(?:\s+lam viec)?\b"
)
# A time that is a condition or a season, not a date ("trong suốt mùa mưa bão", "trong thời gian có
# bão, lũ", "khi phát hiện dấu hiệu vi phạm"): for a person to set (parse_due reads it so). Not at
# the sentence's start: "Khi có kết quả …, giao …" is the assignment's precondition; nor after
# "kịp thời" ("thanh toán kịp thời khi có hồ sơ", "xử lý kịp thời khi phát hiện"): how promptly a
# standing duty answers each case, no time.
_CONDITION = re.compile(
    r"(?<=\s)(?:trong suot (?:mua|thoi gian|qua trinh)|trong thoi gian (?:co|xay ra)"
    # an event's or a season's time ("trong thời gian thu hoạch", "trong thời gian cao điểm dịch"),
    # not a span counted or bounded ("trong thời gian 30 ngày", "… thực hiện", "… từ … đến …") nor
    # an approval's condition ("… trong thời gian chờ xây dựng")
    r"|trong thoi gian(?= (?!thuc hien\b|toi\b|nay\b|qua\b|tu\b|som nhat\b|cho\b)[a-z])"
    r"|(?<!kip thoi )khi (?:phat hien|xay ra|co|to chuc|duoc)"
    # a measure crossing a figure ("khi nhiệt độ xuống dưới 12°C", "khi mực nước sông vượt 3,5 m",
    # "khi lượng mưa tăng trên 100 mm"): a threshold, no date; not a figure with no measure moving
    # ("khi đạt 100%" is a target's share)
    r"|(?<!kip thoi )khi [a-z ]{3,30}? (?:xuong|giam|tang|len|vuot)(?: (?:duoi|tren|qua|xuong|len))?"
    r"(?=\s\d)"
    # the days or spells a condition holds ("trong những ngày có cấp dự báo cháy cao", "vào các đợt
    # có không khí lạnh tăng cường"): no date, for a person to set
    r"|(?:trong|vao) (?:nhung|cac) (?:ngay|dot|thoi diem|thoi ky) (?:co|xay ra)\b"
    # done before a step whose day is not printed ("hoàn thành trước khi trình UBND tỉnh điều chỉnh kế
    # hoạch vốn", "xong trước khi khởi công"); with the day in parentheses it is a date (due_in)
    r"|" + BEFORE_STEP.pattern + r"(?=[^;.()]*(?:[;.]|$))"
    # right after a meeting, or before one whose day is not printed ("triển khai ngay sau cuộc họp",
    # "báo cáo trước phiên họp UBND xã tháng 6"): for a person to set
    r"|ngay (?:sau|trong) (?:cuoc|buoi|hoi)(?= (?:hop|nghi|lam viec)\b)"
    r"|truoc (?:cuoc hop|phien hop|ky hop|hoi nghi)\b(?![^;.()]*\d{1,2}\s*/\s*\d{1,2})"
    # before a season whose days are not printed ("trước mùa mưa bão", "trước mùa khô", "trước mùa
    # tuyển sinh")
    r"|truoc mua(?= (?:mua|lu|bao|kho|ret|nang|thi|tuyen sinh|le hoi|du lich|cao diem)\b)"
    # or before a crop season, its year printed or not ("trước vụ Xuân 2027", "trước vụ Đông Xuân",
    # "trước vụ Hè Thu năm 2028"): the season's days are the farmers', not the year's end
    r"|truoc (?:mua )?vu(?= (?:xuan|dong xuan|he thu|thu dong|mua|dong|chiem|chiem xuan|he)\b)"
    # a festival of the lunar calendar with no date printed ("trước Tết Nguyên đán", "trước Tết Trung thu"),
    # or its occasion ("dịp Tết Nguyên đán Đinh Mùi", "nhân dịp Tết Trung thu", "vào dịp Tết cổ
    # truyền": the days around it, for a person to set); not the solar new year ("dịp Tết Dương lịch"),
    # nor an occasion listed after another period ("NHIỆM VỤ THÁNG 01/2027 VÀ DỊP TẾT NGUYÊN ĐÁN", a
    # part's title naming the span it covers: no time for the tasks under it)
    # (or its days off, "trong các ngày nghỉ Tết Nguyên đán", "trong những ngày Tết cổ truyền", as a
    # watch's span: "trực 24/24 giờ trong các ngày nghỉ Tết Nguyên đán" is timed by it, for a person to set)
    r"|(?:truoc|sau|(?:(?:trong|nhan|vao) )?(?<!\bva )(?<!, )dip"
    r"|(?:trong|vao) (?:cac |nhung )?ngay(?: nghi)?) tet"
    r"(?= (?:nguyen dan|trung thu|doan ngo|am lich|co truyen))"
    # a span counted from an event ("trong vòng 48 giờ kể từ khi nhận mẫu", "trong 05 ngày kể từ ngày …",
    # "trong thời hạn 10 ngày sau khi nhận đủ hồ sơ", or bounded: "không quá 20 ngày kể từ ngày nhận …",
    # "chậm nhất 15 ngày sau khi kết thúc đợt kiểm tra", "… sau ngày kết thúc hội thi": an event named,
    # not a day printed)
    # (the count may be written in words, with or without its digits: "mười lăm (15) ngày kể từ …")
    # (or the span as the task's closing clause, "…; thời hạn 45 ngày kể từ ngày nhận được văn bản
    # này": after its `;` or `,` only, not "gia hạn thời hạn 30 ngày kể từ …" inside a clause)
    r"|(?:(?:trong|khong qua|toi da|cham nhat) (?:vong |thoi han |thoi gian )?"
    r"|(?<=[,;] )thoi han(?: thuc hien| hoan thanh)?:? )"
    rf"(?:{NUMBER_WORDS} \(\d{{1,3}}\)|\d{{1,3}}|{NUMBER_WORDS})"
    r" (?:gio|ngay|ngay lam viec|tuan)"
    r" (?:ke tu|sau khi|sau ngay(?= [a-z])))\s[^;.]*"
    # a count of days before an event ("ít nhất 05 ngày trước ngày cắt điện", "chậm nhất 10 ngày trước
    # khi khai giảng"): computed where the text prints the event's day (event_dues), else to set
    r"|(?:(?:it nhat|toi thieu|cham nhat)\s+)?\d{1,3}\s+ngay(?:\s+lam viec)?\s+truoc\s+(?:ngay|khi)\s[^;.()]*"
    # … or the event first and its count after ("trước khi tiến hành ít nhất 10 ngày", "trước ngày làm
    # việc với đoàn ít nhất 05 ngày", "trước ngày khai mạc 07 ngày làm việc"): the event named in words
    # (no digit, no day printed in it) and only a count of days after it
    r"|"
    + _BEFORE_EVENT_COUNT
    # the occasion of `Tết` bare at its clause's end, after `trong`, `nhân` or `vào` ("giải quyết hồ sơ
    # trong dịp Tết.", "trực trong dịp Tết;"): the lunar new year, the only one named so bare, for a
    # person to set (not `về quê dịp Tết, …`, the occasion of a forecast)
    + r"|(?<=\s)(?:trong|nhan|vao) dip tet(?=\s*(?:[.;,)]|$))"
)


# A response time in hours with no event named after it ("báo cáo ổ dịch mới về Cục trong vòng 24 giờ
# qua hệ thống …"): each case's turnaround, a standing duty (parse_due reads it so); only when the
# sentence prints no deadline of its own.
_RESPONSE_TIME = re.compile(RESPONSE_HOURS)


# The start or end of every round, folded ("đầu mỗi năm học"); "đầu mối" folds the same.
_EVERY_ROUND_EDGE = re.compile(r"^(?:vao\s+)?(?:dau|cuoi)\s+moi\b")
# A lunar date's solar gloss ("23 tháng Chạp (tức ngày 30/01/2027)", "…, nhằm ngày 18/01/2028",
# "(dương lịch là ngày 02/02/2028)"): the solar date is the time the lunar one names, a deadline
# where the lunar one is (not a date of record).
# … or the numbered round a day is printed for ("khai giảng đợt 1 ngày 08/3/2027, đợt 2 ngày
# 06/9/2027", "lần 2 ngày …"): that round's day, a time of the task (read at the last round); not a
# round unnumbered ("đợt này ngày …") nor one named by its count ("02 đợt ngày …").
_GLOSS_BEFORE = re.compile(
    r"(?:\btuc(?: la)?|\bnham|\bduong lich(?: la)?|\b(?:dot|lan) \d{1,2})\s*:?\s*(?:ngay\s*)?$"
)
# … or the solar date in parentheses right after a lunar one ("chiều ngày 09 tháng Giêng (ngày
# 03/02/2028)", "ngày Rằm tháng 7 âm lịch (12/8/2027)"): a month only the lunar calendar names
# (Giêng, Chạp) or one marked "âm lịch" before it.
# (Or a day of Tết named by the festival, "ngày mùng 4 Tết (ngày 09/02/2027)", "mồng 2 Tết Nguyên đán
# (28/01/2028)": the lunar new year's days; not a day with no solar date beside it, nor "Tết Dương lịch".)
_LUNAR_GLOSSED = re.compile(
    r"(?:\bthang\s+(?:gieng|chap|\d{1,2}\s+am lich)(?:\s+nam\s+[a-z]+\s+[a-z]+)?(?:\s+am lich)?"
    r"|\b(?:mung|mong)\s+\d{1,2}\s+tet(?:\s+nguyen dan)?)"
    r"\s*\(\s*(?:tuc\s+)?(?:ngay\s*)?$"
)
# The day of the event a task must be done before, in parentheses after it ("… trước khi học sinh
# tựu trường (ngày 25/8/2027)"): that day is the due, not a date of record.
_BEFORE_EVENT_DAY = re.compile(r"\btruoc khi\b[^;.()]{0,80}\(\s*(?:ngay\s*)?$")
# A named Day the task is done on, its day in parentheses after it ("ra quân … nhân Ngày Môi trường
# thế giới (ngày 05/6/2027)", "hưởng ứng Ngày Pháp luật Việt Nam (09/11/2028)"): that day is the due,
# not a date of record. Folded; the Day's name is printed with capitals (_named_day).
# The day a task's own activity is held on, in the clause that closes its sentence after a comma or
# a semicolon ("…, trưng bày ngày 22/01.", "…; tổ chức ngày 15/3"): that day is the due. Only with
# the activity's verb right before the day and the day ending the sentence; a day inside a clause
# ("theo Công văn số 12 ngày 05/01/2027 …") or after any other word stays a date of record.
_CLAUSE_VERB_BEFORE = re.compile(
    r"[,;]\s+(?:trung bay|trien lam|to chuc|ra mat|bao ve|thuyet trinh|nop|ban giao)(?:\s+vao)?\s*$"
)
_CLAUSE_END_AFTER = re.compile(r"^\s*(?:[.;]|$)")
_NAMED_DAY_BEFORE = re.compile(
    r"\b(?:nhan|huong ung|chao mung|dip)\s+(?:(?:dip|le|ky niem)\s+)*(ngay)\s+[^;.()]{2,60}\(\s*(?:ngay\s*)?$"
)


def _named_day(text: str, folded: str, at: int) -> bool:
    """Whether the day at `at` stands in parentheses after a named Day the task serves (_NAMED_DAY_BEFORE):
    `Ngày` and its name's first word capitalised (`Ngày Sách …`), not a day only written (`ngày 5/6`)."""
    start = max(0, at - 100)
    if not (m := _NAMED_DAY_BEFORE.search(folded[start:at])):
        return False
    name = text[start + m.start(1) : at].split()
    return len(name) > 1 and name[0] == "Ngày" and name[1][:1].isupper()


# An event's own expected day in a parenthesis whose subject is that event, named by the task before it
# (folded): `… tổ chức giao thông khu vực lễ hội Đền Cao Sơn (lễ hội dự kiến khai mạc ngày 12/02/2027)`,
# `… điểm trông giữ xe khu vực hội chợ Xuân (hội chợ dự kiến khai mạc ngày …)` — the event's day, which
# the task serves, not the task's time (as `nhân dịp 2/9` is not). The subject: one to four words
# before `dự kiến`, printed earlier in the sentence (_event_glossed).
_EVENT_SUBJECT_GLOSS = re.compile(r"\(\s*((?:[a-z]+\s+){1,4})$")
# … not where the task holds or prepares the event (`Tổ chức lễ hội … (lễ hội dự kiến khai mạc ngày …)`,
# `Chuẩn bị hội trường cho hội nghị … (hội nghị dự kiến tổ chức ngày …)`: an event the task prepares,
# its day the task's) nor is timed by it (`trước lễ hội`, `nhân dịp lễ hội`, `trong thời gian lễ
# hội`): the event's name right after such words.
_EVENT_HELD_OR_TIMED = re.compile(
    r"\b(?:to chuc|khai mac|dien ra|chuan bi|cho|phuc vu|truoc|sau|den|trong|nhan|dip|vao|khi"
    r"|chao mung|huong ung|thoi gian)\s+$"
)


def _event_glossed(folded: str, match: re.Match) -> bool:
    """Whether a foreseen day (`dự kiến khai mạc ngày …`) stands in a parenthesis whose subject is an
    event the task named before it, not one it holds or is timed by (_EVENT_SUBJECT_GLOSS,
    _EVENT_HELD_OR_TIMED): the event's day, no due."""
    if not match.group().lstrip().startswith("du kien"):
        return False
    opening = folded.rfind("(", 0, match.start())
    if opening < 0 or any(c in folded[opening : match.start()] for c in ").;"):
        return False
    if not (subject := _EVENT_SUBJECT_GLOSS.search(folded[opening : match.start()])):
        return False
    noun = " ".join(subject.group(1).split())
    clause = re.split(r"[.;]", folded[:opening])[-1]
    named = [m.start() for m in re.finditer(r"\b" + re.escape(noun) + r"\b", clause)]
    return bool(named) and not _EVENT_HELD_OR_TIMED.search(clause[: named[-1]])


# A named Day's own words right before a day without its year, no punctuation between (folded):
# `chào mừng Ngày Phụ nữ Việt Nam 20/10`, `kỷ niệm Ngày Thầy thuốc Việt Nam 27/02`.
_DAY_NAME_BEFORE = re.compile(r"\b(ngay)\s+[^;.,()\d/]{2,60}?\s*$")
# … or in parentheses right after the Day's name, which may list what it marks (`kỷ niệm 52 năm Ngày
# giải phóng hoàn toàn miền Nam, thống nhất đất nước (30/4) và Ngày Quốc tế Lao động (01/5)`).
_DAY_NAME_GLOSSED = re.compile(r"\b(ngay)\s+[^;.()\d/]{2,80}?\s*\(\s*$")
_FULL_DATE = re.compile(r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}")


def _day_of_name(text: str, folded: str, match: re.Match) -> bool:
    """Whether a bare day (`20/10`, no deadline word, no year) is part of a named Day's name
    (`… chào mừng Ngày Phụ nữ Việt Nam 20/10, tổ chức ngày 18/10/2025`) in a sentence that prints a
    full date of its own: the anniversary the task serves, not its time. `Ngày` and its name's first
    word are capitalised; without another date the Day's day stays the task's time."""
    if not re.fullmatch(r"\d{1,2}\s*/\s*\d{1,2}", match.group().strip()):
        return False
    start = max(0, match.start() - 90)
    if m := _DAY_NAME_BEFORE.search(folded[start : match.start()]):
        name = text[start + m.start(1) : match.start()].split()
        if len(name) < 2 or name[0] != "Ngày" or not name[1][:1].isupper():
            return False
    elif m := _DAY_NAME_GLOSSED.search(folded[start : match.start()]):
        if not _names_a_day(text[start + m.start(1) : match.start()].rstrip(" (").split()):
            return False
    else:
        return False
    return any(not (match.start() <= other.start() < match.end()) for other in _FULL_DATE.finditer(folded))


# A place named after a day, its kind capitalised right before a day without its year (`Quảng trường
# 10/3`, `Đường 30/4`, `Sân vận động 19/8`, `Trường 19/5`).
_PLACE_KIND_BEFORE = re.compile(
    r"(?:^|[\s,(])(?:Quảng trường|Đường|Phố|Cầu|Công viên|Sân vận động|Nhà văn hóa|Chợ|Trường)\s+$"
)


def _place_named_by_day(text: str, match: re.Match) -> bool:
    """Whether a bare day (`10/3`, no year) is part of a place's name (`tại Quảng trường 10/3, từ ngày
    22 đến 25/01/2027`): the kind of place capitalised right before it, nothing between. Not the kind
    in lower case (`… sửa đường 30/4` stays a date), nor a day with its year (`Chợ 10/3/2027`)."""
    if not re.fullmatch(r"\d{1,2}\s*/\s*\d{1,2}", match.group().strip()):
        return False
    if re.match(r"\s*/\s*\d", text[match.end() :]):
        return False
    start = match.start() + len(match.group()) - len(match.group().lstrip())
    return bool(_PLACE_KIND_BEFORE.search(text[max(0, start - 30) : start]))


def _names_a_day(name: list[str]) -> bool:
    """Whether `name` (the words from `Ngày` to a parenthesis) is a named Day's: `Ngày` capitalised,
    then a capitalised word (`Ngày Quốc tế Lao động`) or a proper name later on (`Ngày giải phóng hoàn
    toàn miền Nam, thống nhất đất nước`); a day only written in lower case (`trước ngày lễ …`) is none."""
    if len(name) < 2 or name[0] != "Ngày":
        return False
    return name[1][:1].isupper() or any(word[:1].isupper() for word in name[2:])


# An anniversary's span in parentheses (folded: `Lễ kỷ niệm 80 năm … (02/9/1945 - 02/9/2025)`): the
# same day and month in two years, the years it counts, not a time of the task.
_ANNIVERSARY_SPAN = re.compile(
    r"\(\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*[-–—]\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*\)"
)


def _anniversary_spans(folded: str) -> list[tuple[int, int]]:
    """Where the text prints an anniversary's span of years as two dates (`(30/4/1975 - 30/4/2025)`:
    the same day and month, the years apart): dates inside them are no deadline."""
    return [
        (m.start(), m.end())
        for m in _ANNIVERSARY_SPAN.finditer(folded)
        if (int(m.group(1)), int(m.group(2))) == (int(m.group(4)), int(m.group(5)))
        and m.group(3) != m.group(6)
    ]


# An occasion a date names, not a deadline ("để đề nghị hỗ trợ dịp 27/7", "tặng quà nhân dịp 2/9"),
# or a round named by its day ("giới thiệu kết nạp đợt 19/5, trình … trước ngày 05/5"), unless a
# deadline word comes before it ("trước dịp 2/9" is read by the deadline phrases' words).
# A term that ends (or falls due) in the period printed right after it, qualifying the people or papers
# the task is about ("Kiểm sát viên hết thời hạn bổ nhiệm trong năm 2027", "giấy phép hết hạn trong
# tháng 6", "công chức đến hạn nâng lương trong quý III").
_TERM_ENDS_BEFORE = re.compile(r"\b(?:het|den) (?:thoi )?han(?:\s+[a-z]+){0,3}$")
# Papers or facts already done in the period printed right after (as printed, "đã" not "đa"): "các hồ
# sơ đã tiếp nhận trong năm 2026", "số nợ đã phát sinh trong quý III" say which, not when the work is due.
_DONE_BEFORE = re.compile(r"(?<!\w)đã(?:\s+\w+){1,2}\s*$", re.IGNORECASE)
_OCCASION_BEFORE = re.compile(r"(?<!truoc )(?<!den )(?<!truoc khi )\b(?:(?:nhan\s+)?dip(?:\s+le)?|dot)\s*$")
# The second of an occasion's days listed ("dịp Lễ 30/4 và 01/5", "dịp 30/4, 01/5"): the occasion's
# too where the sentence prints a deadline of its own (_OWN_DEADLINE: "…; trình … trước ngày
# 10/4/2027"); without one the task is done over the occasion and its last day is its time ("bảo đảm
# an ninh trật tự dịp lễ 30/4 và 01/5.", as before). Not a day after `đến` (a range's end).
_OCCASION_SECOND_DAY = re.compile(
    r"(?<!truoc )(?<!den )\b(?:nhan\s+)?dip(?:\s+le)?\s+\d{1,2}\s*/\s*\d{1,2}\s*(?:,|va)\s*$"
)
_OWN_DEADLINE = re.compile(r"\b(?:truoc|cham nhat|han chot)\s+(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}")
# A written date's lunar mark after it ("ngày 15 tháng 8 năm Mậu Thân âm lịch", "… (âm lịch)").
_LUNAR_AFTER = re.compile(r"\s*(?:nam\s+[a-z]+\s+[a-z]+\s+)?\(?am lich\b")
# A lunar date with no solar one beside it ("trước Rằm tháng Chạp", "trước ngày mồng 5 tháng Giêng
# âm lịch", "đến ngày 15 tháng 8 âm lịch"): for a person to set (parse_due reads no date in it).
_LUNAR_DATE = re.compile(
    r"(?:truoc|den het|den|cham nhat|vao|trong)\s+(?:ngay\s+)?(?:(?:mung|mong)\s+\d{1,2}|ram|\d{1,2})"
    r"\s+thang\s+(?:(?:gieng|chap)\b(?:\s+nam\s+[a-z]+\s+[a-z]+)?(?:\s+am lich)?"
    r"|\d{1,2}\s+(?:nam\s+[a-z]+\s+[a-z]+\s+)?am lich)"
)


# The day a change is in place from, where a sentence prints no deadline ("áp dụng từ ngày …"); or
# a task saying only when it starts, at the end of its clause ("…, thực hiện từ ngày 03/5/2027.",
# "cấm biển từ 12 giờ 00 ngày 15/9/2026"): the day it must be in place. Not a span's start (a
# range's end follows: "từ ngày … đến …") nor a count's ("tính từ ngày", "kể từ ngày").
_IN_PLACE_FROM = re.compile(
    r"\b(?:ap dung|van hanh|co hieu luc|di vao hoat dong)\s+(?:chinh thuc\s+)?"
    r"(tu ngay\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})(?![\d/])"
    r"|(?<!\btinh )(?<!\bke )\b(tu\s+(?:\d{1,2}\s*(?:h|gio)\s*(?:\d{2}(?:\s*phut)?)?\s*,?\s*)?ngay\s+"
    r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})(?=\s*(?:[;.]|$))"
)
# A day closing a sentence that prints no deadline word ("… nghỉ học ngày 16/9/2026."): the day the
# task is done on, unless the clause cites a document or a meeting by it ("Kế hoạch số 12/KH-UBND
# ngày …", "kết luận tại cuộc họp ngày …", "ký ngày …") or only says what a time is ("Thời gian
# hoàn thành … chậm nhất là ngày …": the deadline phrases read it or leave it).
# Its weekday may follow it in parentheses ("… ngày 30/8/2027 (thứ Hai)."); so may the place the act
# is done at and the doer in a closing parenthesis (`…, khởi hành ngày 01/02/2027 tại Nhà Văn hóa
# Thanh niên tỉnh (Phòng X).`, `khai mạc ngày 12/3/2028 tại Quảng trường …`): the day still closes
# what the clause says of time (limits: a place of at most twelve words with no digit, comma, colon or
# parenthesis of its own, `tại Hội trường, sau đó …` or `tại Phòng 2.05` is no place closing the
# clause; a parenthesis after it with a digit, `(dự kiến 15/3)`, is a time of its own; the day is read
# without them, `_closing_day`).
_CLOSING_DAY = re.compile(
    r"\bngay\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}(?:\s*\(\s*(?:thu\s+[a-z]+|chu nhat)\s*\))?"
    r"(?P<place>\s+(?:tai|o)\s+[^\s,;:.()\d]+(?:\s+[^\s,;:.()\d]+){0,11})?"
    r"(?P<doer>\s*\([^()\d]{3,80}\))?\s*[.;]?\s*$"
)


def _closing_day(m: re.Match) -> int:
    """Where the day a _CLOSING_DAY match reads ends (before the place and the doer after it)."""
    for name in ("place", "doer"):
        if m.group(name):
            return m.start(name)
    return m.end()


_CITED_BEFORE = re.compile(
    r"\bso\s*:?\s*\d|\d\s*/\s*[a-z]|\b(?:ke hoach|quyet dinh|cong van|thong bao|chi thi|nghi quyet|"
    r"van ban|to trinh|thong tu|nghi dinh|bao cao|ket luan|hop|hoi nghi|ky|ban hanh|hieu luc|lam viec|"
    r"cua|tai|theo|den|tu|truoc|sau|la)\s*$"
)
# Round the clock ("24/24 giờ", "24/7"), printed without a deadline word: a duration, no date.
_AROUND_THE_CLOCK = re.compile(r"24\s*/\s*(?:24|7)")
# The same, as a sentence's time of its own (folded): "24/24 giờ", "24/24h".
_AROUND_THE_CLOCK_HOURS = re.compile(r"(?<![\d/])24\s*/\s*24\s*(?:gio|h)\b")
# An occasion or a season later in the same clause bounding such a duty (folded): "… trong dịp lễ",
# "… trong mùa mưa bão", "… vào những ngày cao điểm", "… khi có bão".
_BOUNDED_AFTER = re.compile(r"[^,;.()]*?\b(?:trong|dip|vao (?:nhung|cac) ngay|khi|suot)\b")
# Figures named before the day they run to ("tình hình giải ngân vốn đầu tư công đến ngày …", "số liệu
# lũy kế đến hết ngày …"), folded, within the clause.
_CUT_OFF_BEFORE = re.compile(r"\b(?:tinh hinh|so lieu|luy ke)\b[^,;.()]{0,80}$")
# A paper named by its round ("dự toán hằng năm", "kế hoạch hằng quý", "báo cáo hằng tháng"), folded:
# the round words right after it belong to the paper.
_PAPER_BEFORE = re.compile(r"\b(?:du toan|ke hoach|bao cao|ngan sach|chi tieu|so lieu)$")
# A time's label right before the phrase (folded): `…; thời gian: thường xuyên.`, `thời hạn thực hiện:`.
_TIME_LABEL_BEFORE = re.compile(r"\b(?:thoi gian|thoi han)(?: thuc hien| giam sat| kiem tra)?\s*:$")
_ROUND_WORD = re.compile(r"(?:hang|hng)\s+(?:tuan|thang|quy|nam)")
# A round ("hằng tuần", "định kỳ hằng tháng"): a recurrence.
_ROUND = re.compile(r"^(?:dinh ky\s+)?(?:hang|hng)\s+(?:ngay|tuan|thang|quy)$")


def _day_month(m: re.Match) -> bool:
    return 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12


# A clause ends at ";" or a full stop, not at an ellipsis ("Tạp chí …... thường xuyên đăng tải").
_CLAUSE_END = re.compile(r";|(?<!\.)[.](?:\s|$)")
# A clause that assigns the task the sentences before it describe (folded): `Giao <unit> …`.
_ASSIGNING_CLAUSE = re.compile(r"^\s*giao(?: cho)?\s+(?!nhiem vu\b)\S")


# A deadline phrase that names a day (`trước ngày 25/7`, `25.7.2026`, written out `trước ngày 05 tháng
# 12 năm 2027`), not only a period or a recurrence; matched folded. A day written out with its lunar
# mark (`vào ngày 16 tháng 8 âm lịch`) names no solar day: event_dues reads it by the lunar month.
_PRINTED_DATE = re.compile(
    r"\d{1,2}\s*/\s*\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|\bngay\s+\d{1,2}\s+thang\s+\d{1,2}\b(?!" + _LUNAR_AFTER.pattern + ")"
)


def prints_date(due: str) -> bool:
    """Whether a deadline phrase (from `due_in`) names a day (a duty kept round the clock, `24/24
    giờ`, names none: a note `Trực ban 24/24 giờ theo quy định.` is no dated request)."""
    return bool(_PRINTED_DATE.search(_AROUND_THE_CLOCK_HOURS.sub(" ", folded_same_length(due))))


_RECURS = re.compile(
    r"\b(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam)\b|\bdinh ky\b"
    # after each round of an activity ("sau mỗi đợt tuyên truyền")
    r"|\b"
    + AFTER_EACH_ROUND
    # a day of the next round, which every round brings ("trước ngày 05 của tháng đầu quý sau"), or
    # of the round before ("trước ngày 25 của tháng liền trước")
    + r"|\bngay\s+\d{1,2}\s+(?:cua\s+)?(?:thang\s+(?:cuoi|dau)\s+(?:cua\s+)?)?(?:thang|quy)\s+"
    r"(?:sau|tiep theo|ke tiep|lien ke|lien truoc)\b"
    # sent with a periodic report ("cùng báo cáo quý")
    rf"|\b{_WITH_REPORT}"
    # a day of every quarter's last month ("trước ngày 10 của tháng cuối quý")
    rf"|\b{DAY_OF_QUARTER_END}"
    # a report's half-year and year rounds as `due_in` keeps them ("6 tháng, năm", "06 tháng và
    # năm": half-yearly), the phrase alone (with a year or a part after it, a period, no round)
    r"|^0?6 thang\s*(?:,|va)\s*nam$"
)


def sentence_asking(text: str, asks, starts: re.Pattern) -> str:
    """The text from the first sentence of `text` that `asks` (a predicate on that text to its end:
    every unit of a kind addressed, `Các phòng đăng ký … trước 15h00 thứ Năm.`) to its end, a sentence
    opening where a match of `starts` ends (`(?<=[.!])\\s+(?=\\S)`: after a full stop; `^` may admit
    the first); "" where none does. The one reading of a request made after a note's remark, shared
    by the closing paragraphs under a document (recognisers) and a calendar's closing lines
    (calendar_weeks)."""
    for match in starts.finditer(text):
        if asks(rest := text[match.end() :]):
            return rest
    return ""


def prints_date_or_recurrence(due: str) -> bool:
    """Whether a deadline phrase names a day or a recurrence of its own (`trước ngày 25 hằng
    tháng`, `hằng tuần`, `mỗi quý`, `trước ngày 05 tháng sau`): what a request to every unit must
    print to be a task."""
    return prints_date(due) or bool(_RECURS.search(folded_same_length(due)))


# A body's standing meeting day (folded): `Chi bộ sinh hoạt thường kỳ vào ngày 05 hằng tháng`,
# `Ban Chấp hành họp định kỳ hằng tháng vào ngày 25`, `giao ban thường kỳ ngày 03 mỗi tháng`. The
# noun (a cell's `sinh hoạt`, a board's `họp`/`giao ban`) and the day of the month.
REGULAR_MEETING = re.compile(
    r"\b(?P<noun>sinh hoat|hop|giao ban)\s+(?:thuong ky|dinh ky|thuong le)\s+"
    r"(?:(?:vao\s+)?(?:ngay\s+)?(?P<day>\d{1,2})\s+(?:hang|moi|cua moi)\s+thang"
    r"|(?:hang|moi)\s+thang\s+(?:mot lan\s+)?(?:vao\s+)?ngay\s+(?P<day2>\d{1,2}))\b"
)
# The sentence that states it opens the paragraph: `<body> sinh hoạt thường kỳ …`, up to its full stop.
_MEETING_RULE = re.compile(r"^[^.;:]{2,80}?\s(?=(?:sinh hoat|hop|giao ban)\s)")
_NEXT_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")


def after_meeting_rule(text: str) -> str:
    """A paragraph that opens by stating its body's standing meeting day (`Chi bộ sinh hoạt thường
    kỳ vào ngày 05 hằng tháng; …. Các đồng chí chi ủy viên … báo cáo tại kỳ sinh hoạt tháng sau.`):
    that sentence is how the body works, no task; the text from the next sentence on is. The text
    as it is where it does not open so, or where no sentence follows."""
    folded = folded_same_length(text)
    opening = _MEETING_RULE.match(folded)
    if (
        opening is None
        or not (UNIT_START.match(folded) or body_named(text, 0))
        or not (rule := REGULAR_MEETING.match(folded, opening.end()))
    ):
        return text  # (`Tổ chức họp giao ban thường kỳ …` is a task: no body meets there)
    after = _NEXT_SENTENCE.search(text, rule.end())
    return text[after.end() :].strip() if after else text


_DOCUMENT_OF = re.compile(
    r"\b(?:ke hoach|quyet dinh|cong van|thong bao|chi thi|nghi quyet|van ban|to trinh|thong tu|nghi dinh"
    r"|bao cao)\b[^,;]*\bcua\b"
)


def cited_day(before: str) -> bool:
    """Whether the words before a day cite a document (`Kế hoạch số 12/KH-UBND`, `Thông báo của Sở Y
    tế`) or a meeting by it, or bound a span."""
    return bool(
        _CITED_BEFORE.search(before.rstrip(" ,"))
        or re.search(r"\bso\s*:?\s*\d|\d\s*/\s*[a-z]", before)
        or _DOCUMENT_OF.search(before)
    )


# A span of years closing a run-in task's first clause (`Triển khai mô hình … giai đoạn 2028 - 2030;
# Phòng X chủ trì`), folded: the task runs over it and is done at its end. A span the clause reviews
# (`Rà soát, đánh giá kết quả thực hiện chính sách … giai đoạn 2021 - 2025`, `Tổng kết … giai đoạn
# …`) is what is looked back on, and one in a document's or a programme's name (`Đề án phát triển …
# giai đoạn 2026 - 2030`, `Trình Nghị quyết … giai đoạn …`) is its title: no time of the task's.
_OWN_SPAN = re.compile(r"\bgiai doan\s+\d{4}\s*[-–]\s*\d{4}(?=\s*;)")
_REVIEWED = re.compile(
    r"\b(?:ket qua|tong ket|so ket|danh gia|ra soat|bao cao|thuc trang|nhin lai"
    r"|de an|nghi quyet|ke hoach|chuong trinh|chien luoc|quy hoach|chinh sach|du an|quy che|quy dinh)\b"
)


def _own_span(folded: str) -> tuple[int, int] | None:
    """Where a task's own span of years is (_OWN_SPAN), the only one its text prints; None if none."""
    spans = list(_OWN_SPAN.finditer(folded))
    if len(spans) != 1:
        return None
    start = max(folded.rfind(";", 0, spans[0].start()), folded.rfind(". ", 0, spans[0].start())) + 1
    if _REVIEWED.search(folded, start, spans[0].start()):
        return None
    return spans[0].start(), spans[0].end()


# A sentence that goes on to say what was done (`Tháng 3/2026, Sở đã tổ chức …`): its opening time is
# a date of record.
_PAST_AFTER = re.compile(r"[^.;]{0,80}?\bđã\b", re.IGNORECASE)
# A yearly round opening the sentence (`Hằng năm, …`, `Định kỳ hằng năm, …`), folded.
_OPENING_YEARLY = re.compile(r"^(?:dinh ky\s+)?(?:hang|hng)\s+nam$")
# The first of a round's days (`(… chủ trì lần đầu vào tháng 6/2027)`, `đợt đầu trước ngày 15/3`,
# `phiên đầu tiên vào tháng 7/2028`, `bắt đầu từ tháng 7/2027`), folded: where the rounds start, not
# a one-off deadline.
_FIRST_ROUND_BEFORE = re.compile(
    r"\b(?:(?:lan|dot|ky|phien|buoi)\s+dau(?:\s+tien)?|lan thu nhat|bat dau)\b[^;.()]{0,24}$"
)


# The period a round's report covers named right before the parenthesis that holds its day (`… định
# kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/11/2027)`, folded): that day, even with its
# year, is the yearly round's, not a deadline of the task. (A dated day in parentheses after other
# words, `… hằng quý; hoàn thành Đề án (trước ngày 30/6/2027)`, stays the task's deadline.)
_ROUND_PERIOD_BEFORE = re.compile(r"\b(?:nam|quy|thang|ca nam)\s*\(\s*[^()]*$")


def _drop_round_days(folded: str, phrases: list, spans: list) -> None:
    """Leaves out the dated phrases that only place a round the sentence sets (in place): a month or
    a day without a year under a yearly round the sentence opens with (`Hằng năm, …, ban hành trong
    tháng 01`: every year's January), the first round's day beside a round (`Định kỳ 6 tháng,
    … (… lần đầu vào tháng 6/2027)`), and a day without a year alone in parentheses after a round
    (`định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)`: the rounds' days), or with its
    year where a period's name opens the parenthesis (`… và năm (trước ngày 15/11/2027)`)."""
    # (a standing `thường xuyên` is no round: a date beside it is the task's deadline)
    rounds = [
        index
        for index, (_phrase, day) in enumerate(phrases)
        if day is None and spans[index][2] != "thuong xuyen"
    ]
    if not rounds:
        return
    yearly_first = (
        rounds[0] == 0
        and _OPENING_YEARLY.match(spans[0][2])
        and not folded[: spans[0][0]].strip(" -+•*.)0123456789")
    )
    for index in range(len(phrases) - 1, -1, -1):
        day, (start, _end, _found) = phrases[index][1], spans[index]
        if day is None:
            continue
        if (
            (yearly_first and not day[0])
            or _FIRST_ROUND_BEFORE.search(folded[max(0, start - 60) : start])
            or (
                rounds[0] < index
                and _in_parentheses(folded, start, spans[index][1])
                and (not day[0] or _ROUND_PERIOD_BEFORE.search(folded[max(0, start - 40) : start]))
            )
        ):
            del phrases[index], spans[index]


def _in_parentheses(folded: str, start: int, end: int) -> bool:
    """Whether a phrase is all a parenthesis holds (`định kỳ 6 tháng (trước ngày 15/6) và năm (trước
    ngày 15/12)`): after a round, the day each round falls on, not a one-off deadline."""
    return folded[:start].rstrip().endswith("(") and folded[end:].lstrip().startswith(")")


_CLAUSE = re.compile(r"[^;]+?(?:(?<!\.)[.](?=\s|$)|;|$)")


def _add_clause_days(text: str, folded: str, phrases: list, spans: list) -> None:
    """Adds to a sentence's deadline phrases the day closing a clause that prints none of them (`cho
    học sinh nghỉ học ngày 23/9 và ngày 24/9/2027; chằng chống … trước 17 giờ 00 ngày 22/9/2027`):
    the day that clause's act is done on, one of the task's times (_CLOSING_DAY; not a day that cites
    a document or a meeting)."""
    for clause in _CLAUSE.finditer(folded):
        if any(clause.start() <= start < clause.end() for start, _end, _found in spans):
            continue
        body = clause.group().rstrip(" .;")
        if (m := _CLOSING_DAY.search(body)) and not cited_day(body[: m.start()]):
            start, end = clause.start() + m.start(), clause.start() + _closing_day(m)
            day = body[m.start() : _closing_day(m)]
            phrases.append((text[start:end].strip(), _day_of(day)))
            spans.append((start, clause.start() + len(body), day))


# A purpose clause after a deadline (`… trước ngày 20/3 để tổng hợp, báo cáo …`), folded.
_PURPOSE = re.compile(r"\bde\s+(?:tong hop|bao cao|trinh)\b")


# The start of a range between a round and the range's end (folded): ` (từ tháng 4 `, ` từ quý II `,
# after a comma too (`…, từ tháng 12/2026 `, `…, từ ngày 15/12/2026 `), the months or days the rounds run;
# or nothing but a comma or a parenthesis before the end alone (`… thứ Sáu hằng tuần, đến hết ngày
# 08/01/2027.`, `… hằng tháng (đến tháng 6/2027)`): the rounds run from now until that end.
_RANGE_OPENS = re.compile(
    r"\s*(?P<comma>,)?\s*\(?\s*(?:tu\s+(?:(?:thang|quy)\s+[0-9ivx]{1,4}(?:\s*/\s*\d{4})?"
    r"|ngay\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?)\s+)?"
)
# What may follow a range put after its round with a comma (folded): the sentence's or clause's end, or a
# purpose clause (`…, từ tháng 12/2026 đến tháng 3/2027, để tổng hợp …`). Not more words of the clause
# (`báo cáo hằng tháng, từ tháng 4 đến tháng 6 tổ chức kiểm tra …`): there the range may be the time
# of the next action, so the sentence keeps its dated phrase.
_RANGE_CLOSES = re.compile(r"\s*(?:[.;)]|$|,\s*(?:de|nham)\s)")


# A later clause's verb that hands on the task's own product to whom it names (folded): `…; trình UBND
# huyện khi có đề nghị của các xã`, `…; báo cáo Giám đốc khi …`, `…; gửi Sở …`: the clause has no
# object of its own, so a time or condition closing it is the task's.
_HANDS_ON = re.compile(r"(?:trinh|bao cao|gui|chuyen)\b")


def _later_act_condition(folded: str, at: int) -> bool:
    """Whether a condition on an occurrence (_CONDITION's `khi …`, at `at`) closes a later clause,
    after a `;`, that has an object of its own (`…; chỉ đạo ứng cứu, khắc phục cây gãy đổ khi có mưa bão.`):
    it says when that clause's act is done, not the task's time (as a `thường xuyên` there says how;
    corpus README, "An expected file"). Not a condition in the task's first clause (`Trực 24/24 giờ khi
    có bão`), nor one closing a clause of a bare verb or one that hands on the task's own product
    (`…; trình UBND huyện khi có đề nghị của các xã`: _HANDS_ON), nor one with a response time
    (`… trong vòng 24 giờ kể từ khi phát hiện`), nor one with another clause after it, nor an
    event's or a season's period (`…; bảo đảm trật tự … trong thời gian diễn ra kỳ thi`: the event's
    days are the task's)."""
    before = folded[:at].rstrip()
    if (
        not folded.startswith("khi", at)
        or ";" not in before
        or _RESPONSE_TIME.search(folded)
        or re.search(r"(?:;|[.](?:\s|$))\s*\S", folded[at:])
    ):
        return False
    clause = before.rsplit(";", 1)[-1].strip(" ,")
    return len(clause.split()) > 2 and bool(_VERB_AT.match(clause)) and not _HANDS_ON.match(clause)


# What an act follows, named before a round in a later clause (folded): `theo khối lượng nghiệm thu`,
# `theo kết quả đánh giá`; not `theo định kỳ`, `theo dõi`, `theo quy định` (the act's own manner).
_BASIS_BEFORE = re.compile(r"\stheo\s(?!dinh ky|doi\b|quy dinh|lich\b|ke hoach\b)[^,;.]{3,40}$")


def _basis_round_in_later_clause(before: str, after: str) -> bool:
    """Whether a round (`hằng tháng`) closing a later clause, after a `;`, ends the basis that
    clause's act follows (`…; thanh toán theo khối lượng nghiệm thu hằng tháng.`: the volume accepted
    each month, _BASIS_BEFORE), not the task's round. Limits: a round in the task's first clause
    (`Xét nghiệm … theo QCVN … hằng tuần`), a round right after a clause's own object (`…; kiểm tra
    hiện trường hằng tháng.`, `…; ghi sổ theo dõi hằng tuần.`: the later act's round, which the task
    keeps), a report's (`…; báo cáo … theo mẫu hằng tháng`: _HANDS_ON) and a round with words after it
    are the task's, as before."""
    if after.strip(" .;)") or not _CLAUSE_END.search(before):
        return False
    clause = _CLAUSE_END.split(before)[-1].strip(" ,")
    reports = _HANDS_ON.match(clause) or "bao cao" in clause
    return bool(_BASIS_BEFORE.search(" " + clause)) and not reports


def _comma_clause_of_its_own(before: str, after: str) -> bool:
    """Whether a closing `thường xuyên` (nothing after it but a stop) ends a clause after a comma that
    opens with its own verb and object (`… triển khai đặt lịch khám qua ứng dụng của Bệnh viện, thông
    tin cho người bệnh biết trên trang thông tin điện tử thường xuyên.`): how that act is done, no time,
    as after a `;` (corpus README, "An expected file"). Limits: the words before the comma are a
    clause of their own (four words or more since the sentence's or clause's start, so a list of verbs
    sharing one object, `Kiểm tra, giám sát các cơ sở thường xuyên`, is one act, and so is a verb
    right before the comma, `… thực hiện tuần tra, kiểm soát phòng cháy rừng …`), the clause after it
    opens with a verb of the lists and has more than a bare verb (`…, cập nhật thường xuyên`: the task
    kept going), and no `;` or stop stands before it (that is the rule above)."""
    if after.strip(" .;)") or _CLAUSE_END.search(before) or "," not in before or "|" in before:
        return False
    if before.endswith("(") or re.search(r"\b(?:cong viec|nhiem vu|hoat dong)$", before):
        return False  # "… (thường xuyên)", "giải quyết công việc thường xuyên": a standing duty, routine work
    head, _comma, clause = before.rpartition(",")
    clause = clause.strip()
    first, last = head.split(",")[0], head.split()[-2:]
    return (
        len(first.split()) >= 4
        # (a verb right before the comma joins two acts of one object: `… thực hiện tuần tra, kiểm
        # soát phòng cháy rừng thường xuyên`: the task's own time)
        and not any(_VERB_AT.fullmatch(" ".join(last[index:])) for index in range(len(last)))
        and len(clause.split()) > 2
        and bool(_VERB_AT.match(clause))
        and not _ASSIGNING_CLAUSE.match(clause)
    )


def due_in(text: str) -> str:
    """The deadline phrase inside a sentence (`trước ngày 28/4/2026`, `trong tháng 02/2026`,
    `(dự kiến ngày 15/5/2026)`, `hằng tháng`), as printed; "" where there is none."""
    folded = folded_same_length(text)
    phrases: list[tuple[str, tuple[int, int, int] | None]] = []
    spans: list[tuple[int, int, str]] = []
    anniversaries = _anniversary_spans(folded)
    matches = list(_DUE_PHRASES.finditer(folded))
    for match in matches:
        if any(start <= match.start() < end for start, end in anniversaries):
            continue  # "(30/4/1975 - 30/4/2027)" after "Lễ kỷ niệm 52 năm …": the years counted
        phrase = text[match.start() : match.end()].strip()
        if meeting := next(
            (name for name in ("meeting_day", "report_day", "report_round") if match.group(name)), None
        ):
            phrase = text[match.start(meeting) : match.end()]  # the day of the meeting it is put to
        found = match.group().strip()
        glosses = (
            bool(_GLOSS_BEFORE.search(folded[max(0, match.start() - 24) : match.start()]))
            or bool(_LUNAR_GLOSSED.search(folded[max(0, match.start() - 60) : match.start()]))
            or bool(_BEFORE_EVENT_DAY.search(folded[max(0, match.start() - 100) : match.start()]))
            or _named_day(text, folded, match.start())
            or (
                bool(_CLAUSE_VERB_BEFORE.search(folded[max(0, match.start() - 30) : match.start()]))
                and bool(_CLAUSE_END_AFTER.match(folded[match.end() :]))
            )
        )
        if not glosses and (
            found.startswith("ngay")
            or (
                found[:1].isdigit()
                and re.search(r"\bngay\s*$", folded[max(0, match.start() - 6) : match.start()])
            )
        ):
            continue  # "ngày 05/11/2025" with no "trước", "đến", "dự kiến": a date of record, not a deadline
        if found[:1].isdigit() and _day_of_name(text, folded, match):
            continue  # "chào mừng Ngày Phụ nữ Việt Nam 20/10, tổ chức ngày 18/10/2025": the Day's name
        if found[:1].isdigit() and _place_named_by_day(text, match):
            continue  # "tại Quảng trường 10/3, từ ngày 22 đến 25/01/2027": a place's name
        if _event_glossed(folded, match):
            continue  # "khu vực lễ hội … (lễ hội dự kiến khai mạc ngày 12/02/2027)": the event's day
        if found[:1].isdigit() and _OCCASION_BEFORE.search(
            folded[max(0, match.start() - 20) : match.start()]
        ):
            continue  # "hỗ trợ dịp 27/7", "nhân dịp 2/9": the occasion the task serves, not its deadline
        if (
            found[:1].isdigit()
            and _OCCASION_SECOND_DAY.search(folded[max(0, match.start() - 30) : match.start()])
            and _OWN_DEADLINE.search(folded)
        ):
            continue  # "phân luồng dịp Lễ 30/4 và 01/5; trình … trước ngày 10/4/2027": the occasion's
        if found.startswith("cuoi nam") and _SESSION_BEFORE.search(folded[: match.start()].rstrip()):
            continue  # "tại kỳ họp cuối năm 2028": the session's time, its day not printed (_SESSION_OF_YEAR)
        if (
            found.startswith("cuoi nam")
            and _MONTHS_BEFORE.search(folded[: match.start()].rstrip())
            and len(matches) > 1
        ):
            # "kế hoạch kiểm tra 6 tháng cuối năm 2027 …; hoàn thành … trước ngày 15/12/2027": the
            # half-year the work covers, named; the sentence's own deadline is the other phrase
            continue
        if (
            len(matches) > 1
            and found.startswith("trong ")
            and (
                _TERM_ENDS_BEFORE.search(folded[: match.start()].rstrip())
                or _DONE_BEFORE.search(text[max(0, match.start() - 30) : match.start()])
            )
        ):
            # "hoàn thiện hồ sơ bổ nhiệm lại Kiểm sát viên hết thời hạn bổ nhiệm trong năm 2027, trình
            # … trước ngày 20/4/2027": the period in which the people's term ends says whom the work
            # is about, not when it is done; the sentence's own deadline is the other phrase (so
            # "các hồ sơ đã tiếp nhận trong năm 2026, xong trước ngày 20/12/2026": which papers)
            continue
        if (_EVERY_ROUND_EDGE.match(found) or found.startswith("moi")) and "mỗi" not in phrase.lower():
            continue  # "đầu mối Nam" (a focal point) folds as "đầu mỗi năm" does: only the printed "mỗi"
        if _LUNAR_AFTER.match(folded, match.end()):
            continue  # "ngày 15 tháng 8 âm lịch": a lunar date, not the solar one its numbers spell
        if _AROUND_THE_CLOCK.fullmatch(found) or (
            found[:1].isdigit() and (m := re.match(r"(\d+)\s*/\s*(\d+)", found)) and not _day_month(m)
        ):
            continue  # "24/24 giờ", "24/7" (around the clock), "15/20" (a count): no date
        before = folded[: match.start()].rstrip()
        if (
            (
                found == "thuong xuyen"
                and _CLAUSE_END.search(before)
                # (the sentence that assigns the task written before it, "… Giao Văn phòng phối hợp Ban
                # X theo dõi, hướng dẫn thường xuyên.", gives the task's own time)
                and not _ASSIGNING_CLAUSE.match(_CLAUSE_END.split(before)[-1])
                and not before.endswith(("nhiem vu", "thuc hien", " lam", ";", "("))
                and not _TIME_LABEL_BEFORE.search(before)
                and not re.match(
                    r"\s+trong (?:suot )?thoi gian (?:trien khai|thuc hien)\b", folded[match.end() :]
                )
                # a closing sentence of its own (`… quá 24 giờ. Thường xuyên.`) is the task's time
                and not (before.endswith(".") and not folded[match.end() :].strip(" .;)"))
                # and so is a closing clause of a bare verb that keeps the task's own object going (`Công
                # bố danh mục … trên Cổng thông tin; cập nhật thường xuyên.`: the list is kept up to date);
                # not one with an object of its own (`…; kiểm tra hạn dùng thường xuyên.`) or words after
                # (`…; cập nhật thường xuyên, đầy đủ dữ liệu.`)
                and not (
                    len(_CLAUSE_END.split(before)[-1].split()) <= 2
                    and not folded[match.end() :].strip(" .;)")
                )
            )
            or (found == "thuong xuyen" and _comma_clause_of_its_own(before, folded[match.end() :]))
        ):
            # "…; cập nhật thường xuyên": how a later clause's action is done, not when
            # (but "…, nhiệm vụ thường xuyên.", "…; thực hiện thường xuyên.", "…; việc này làm thường
            # xuyên, …" and a clause that opens with it, "…; thường xuyên kiểm tra …", say the task is
            # a standing one, as does
            # a closing "… (thường xuyên)", and "… cập nhật thường xuyên trong thời gian triển khai":
            # all through the work).
            continue
        if _ROUND_WORD.fullmatch(found) and _basis_round_in_later_clause(before, folded[match.end() :]):
            continue  # "…; thanh toán theo khối lượng nghiệm thu hằng tháng.": the basis's round
        if (
            _ROUND_WORD.fullmatch(found)
            and _PAPER_BEFORE.search(before)
            and _CONDITION.search(folded[match.end() :])
        ):
            # "thẩm định dự toán hằng năm của Dự án trong 07 ngày làm việc kể từ ngày nhận đủ hồ sơ":
            # the paper's round (a yearly estimate), not the task's; its time is the count after it
            continue
        if (
            found.startswith(("den ngay", "den het ngay"))
            and _CUT_OFF_BEFORE.search(before)
            and _REVIEW_MEETING.search(folded[match.end() :])
        ):
            # "Tổng hợp tình hình giải ngân vốn … đến ngày 30/9/2027, …, báo cáo tại cuộc họp giao ban
            # tuần sau": the day the figures run to, not the task's; the meeting that hears them is
            continue
        if spans and _day_of(spans[-1][2]) and _PURPOSE.search(folded[spans[-1][1] : match.start()]):
            # "… trước ngày 30/3/2026 để tổng hợp, báo cáo tại cuộc họp giao ban tháng 4/2026": the
            # time of what the deadline serves (another's report, a meeting), not the task's
            continue
        if found == "thuong xuyen" and re.search(r"(?:^|[\s,(])chi$", text[: match.start()].rstrip().lower()):
            continue  # "nguồn vốn đầu tư, chi thường xuyên": recurrent spending, a budget's kind, no time
        if found == "hang nam" and before.endswith(("cay", "cay trong")):
            continue  # "diện tích gieo trồng cây hằng năm": annual crops, a kind of plant, no round
        if match.start() == 0 and _PAST_AFTER.match(text, match.end()):
            continue  # "Tháng 3/2026, Sở đã tổ chức …": when something was done, no deadline
        phrases.append((phrase, _day_of(found)))
        spans.append((match.start(), match.end(), found))
    if not phrases:
        # "… theo Kế hoạch thanh tra năm 2026 đã được phê duyệt": the time is another plan's, for a
        # person to set (parse_due reads such a text as needing review).
        condition = _CONDITION.search(folded)
        if condition and _later_act_condition(folded, condition.start()):
            condition = None  # "…; chỉ đạo ứng cứu, khắc phục cây gãy đổ khi có mưa bão.": that act's
        if m := (
            _BY_PLAN.search(folded)
            or condition
            or _RESPONSE_TIME.search(folded)
            or _LUNAR_DATE.search(folded)
            or _TO_BE_ANNOUNCED.search(folded)
        ):
            return text[m.start() : m.end()].strip()
        if m := _REVIEW_MEETING.search(folded):
            return text[m.start() : m.end()].strip()
        if m := _ON_REQUEST.search(folded):
            return text[m.start(1) : m.end(1)].strip()
        if span := _own_span(folded):
            return text[span[0] : span[1]].strip()
        # "… áp dụng từ ngày 01/4/2026", "vận hành từ ngày …": the day the change must be in place.
        if len(starts := list(_IN_PLACE_FROM.finditer(folded))) == 1:
            group = 1 if starts[0].group(1) else 2
            return text[starts[0].start(group) : starts[0].end()].strip()
        clause = _CLAUSE_END.split(folded.rstrip(" .;"))[-1]
        if (m := _CLOSING_DAY.search(clause)) and not cited_day(clause[: m.start()]):
            end = len(folded.rstrip(" .;"))
            return text[end - len(clause) + m.start() : end - len(clause) + _closing_day(m)].strip()
        # "Theo dõi hệ thống giám sát tàu cá 24/24 giờ, thông báo ngay …": a duty kept round the
        # clock, with no other time printed, is a continuous one (parse_due reads it as ongoing). Any
        # other time the sentence prints wins ("trực 24/24 giờ trong mùa mưa lũ (từ … đến 15/10)",
        # "… trong thời gian có bão"), and so does an occasion bounding it in its clause ("Trực chỉ
        # huy 24/24 giờ trong dịp lễ.": the watch lasts the holiday, no standing duty). Not "24/7"
        # (`ngày 24/7` is a day) nor a bare "24/24" ("đạt 24/24 tiêu chí": a count; "Trực 24/24, gồm:").
        if (m := _AROUND_THE_CLOCK_HOURS.search(folded)) and not _BOUNDED_AFTER.match(folded, m.end()):
            return text[m.start() : m.end()].strip()
        return ""
    # "trước ngày 15/12 hằng năm": a day without a year that every year brings is a yearly round,
    # not a deadline of the programme's year.
    for index in range(len(spans) - 1, 0, -1):
        day, (_start, end, _found), (start, _end, found) = (
            phrases[index - 1][1],
            spans[index - 1],
            spans[index],
        )
        if (
            day
            and not day[0]
            and re.fullmatch(r"(?:dinh ky\s+)?hang\s+nam", found)
            and not folded[end:start].strip()
        ):
            del phrases[index - 1], spans[index - 1]
    # "báo cáo … trước ngày 20 tháng 11 năm 2025 và hằng tháng": a first report on its day, then one
    # every round; the task recurs.
    for index in range(len(spans) - 2, -1, -1):
        (_start, end, _found), (start, _end, found) = spans[index], spans[index + 1]
        if (
            phrases[index][1]
            and _ROUND.match(found)
            and re.fullmatch(r"\s*,?\s*(?:va|sau do|roi)\s*", folded[end:start])
        ):
            del phrases[index], spans[index]
    _drop_round_days(folded, phrases, spans)
    _add_clause_days(text, folded, phrases, spans)
    # A task with several deadlines ("trước 30/5/2026 … và … trước ngày 15/6/2026") is done at
    # the last of them; a date outweighs a recurrence ("Thường xuyên … trong năm 2026"); a
    # sentence with no dated phrase keeps its first (`hằng tháng`).
    dated = [(day, index) for index, (_phrase, day) in enumerate(phrases) if day is not None]
    if not dated:
        return phrases[0][0]
    # "hằng tuần trong tháng 3/2026": a round bounded by the period printed right after it is a
    # recurrence (the period says when the rounds run, not when the task is done), where that
    # period is the sentence's only dated phrase.
    if len(dated) == 1 and (index := dated[0][1]) > 0:
        _round_start, round_end, round_found = spans[index - 1]
        period_start, period_end, period_found = spans[index]
        gap = folded[round_end:period_start]
        if _ROUND.match(round_found) and (
            (period_found.startswith("trong ") and not gap.strip())
            # … or by a range in parentheses after it ("trước ngày 25 hằng tháng (từ tháng 4 đến tháng
            # 11/2027)") or after a comma, closing its clause ("trước ngày 20 hằng tháng, từ tháng
            # 12/2026 đến tháng 3/2027, để tổng hợp …", "… hằng tuần, từ ngày 15/12 đến ngày
            # 31/3/2027."): the months or days the rounds run, not a deadline
            or (
                period_found.startswith("den")
                and (opens := _RANGE_OPENS.fullmatch(gap))
                and (not opens.group("comma") or _RANGE_CLOSES.match(folded, period_end))
            )
        ):
            return phrases[index - 1][0]
    # A phrase without a year ("trước 28/4") is in the year the others name.
    known = max((day[0] for day, _index in dated), default=0)
    return phrases[max(((year or known, month, d), index) for (year, month, d), index in dated)[1]][0]


_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _day_of(phrase: str) -> tuple[int, int, int] | None:
    """(year or 0, month, day) of a folded deadline phrase, to compare deadlines (a month or a
    quarter counts from its end); None for a recurrence."""
    if (
        (m := re.search(r"ngay\s+" + WRITTEN_DATE, phrase))
        # (not inside a month written with its leading zero, `tháng 01/2027`: its `1/20` is no day)
        or (m := re.search(r"(?<!thang )(?<!\d)(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{2,4}))?", phrase))
        or (m := re.search(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", phrase))
    ):
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    # (of a list of months or quarters, "trong tháng 11, tháng 12 năm 2025", the last)
    elif ms := list(re.finditer(r"thang\s+(\d{1,2})(?:\s*/\s*(\d{4})|\s+nam\s+(\d{4}))?", phrase)):
        m = ms[-1]
        day, month, year = 31, int(m.group(1)), m.group(2) or m.group(3)
    elif ms := list(re.finditer(r"quy\s+([ivx1-4]+)(?:\s*/\s*(\d{4})|\s+nam\s+(\d{4}))?", phrase)):
        m = ms[-1]
        day, month, year = 31, _QUARTERS.get(m.group(1), 4) * 3, m.group(2) or m.group(3)
    elif m := re.search(r"nam\s+(\d{4})", phrase):
        day, month, year = 31, 12, m.group(1)
    else:
        return None
    return (int(year) % 100 if year else 0, month, day)


# Bodies a plan names inside parentheses besides those UNIT_START opens: a hospital's or a
# school's sections (`Khoa …`, `Tổ …`, `Đội …`, `Bộ phận …`, `Nhóm …`), with a capital after them.
# An organisation's sections, before a capital: a hospital's `Khoa`, an office's `Tổ`/`Đội`/`Bộ phận`, a
# company's `Xí nghiệp`, `Nhà máy`, `Phân xưởng`, `Chi nhánh` (`Xí nghiệp Vệ sinh môi trường số 2`);
# a staff post by its name (`Nhân viên Y tế trường học`, `Nhân viên Thư viện`; not `nhân viên kế toán`).
_PAREN_UNIT = re.compile(
    r"^(?:khoa|to|doi|bo phan|nhom|ban|xi nghiep|nha may|phan xuong|chi nhanh|nhan vien)\s+(?=\S)"
)
# A task's closing parenthesis: `… (<unit> [chủ trì[, phối hợp <units>]][; <time>]).`
_CLOSING = re.compile(r"\(([^()]{3,200})\)\s*[.;]?\s*$")
_CLOSING_LEAD = re.compile(r"\s(?:chu tri|thuc hien|phu trach)\b")
# Labels inside a closing parenthesis: who is assigned (`Giao:`, `Đơn vị chủ trì:`) and when
# (`thời gian:`, `thời hạn:`), as in `(Giao: Ban Kiểm tra Hội; thời gian: quý III/2026)`.
_ASSIGNEE_LABEL = re.compile(
    r"^(?:giao(?: cho)?|(?:đơn vị |cơ quan )?chủ trì|(?:đơn vị |cơ quan )?thực hiện|phụ trách)\s*:\s*",
    re.IGNORECASE,
)
# The part after a closing parenthesis's `;` that names partners, not a time (folded): `<units> phối hợp`.
_PARTNERS_AFTER = re.compile(r"^\s*(\S.{1,150}?)\s+phoi hop\s*[.,]?\s*$")
_TIME_LABEL = re.compile(r"^(?:thời gian(?: thực hiện| hoàn thành)?|thời hạn|hạn)\s*:\s*", re.IGNORECASE)


@dataclass
class Closing:
    lead: str
    coordinating: str = ""
    time: str = ""


def names_unit(text: str) -> bool:
    """A printed body's name: UNIT_START opens it, or a section's word and a capital
    (`Khoa Kiểm soát bệnh tật`, `Tổ Chuyên môn tiểu học`), no longer than 16 words."""
    folded = folded_same_length(text).strip()
    if not folded or len(folded.split()) > 16:
        return False
    if UNIT_START.match(folded):
        return True
    m = _PAREN_UNIT.match(folded)
    return bool(m) and text.strip()[m.end() : m.end() + 1].isupper()


def _section_named(text: str) -> bool:
    """`Đội Quản lý thị trường số 1`, `Các Tổ Chuyên môn`: a section's word and a capital open a
    body's name (a heading's; `Tổ chức …`, `Đội ngũ …` are not names)."""
    text = re.sub(r"^(?:Các|các)\s+", "", text.strip())
    m = _PAREN_UNIT.match(folded_same_length(text))
    return bool(m) and (text[m.end() : m.end() + 1].isupper() or bool(lower_case_team(text, label=True)))


def time_field_doer(text: str) -> "Closing | None":
    """The doer a time field names in its closing parenthesis (`thời gian: quý II/2027 (Phòng X thực
    hiện).`, as labelled_fields reads it), or None."""
    m = _TIME_LABEL.match(text.strip())
    doer = _doer_closing_time(text.strip()[m.end() :].strip()) if m else None
    return doer[1] if doer else None


def _doer_closing_time(value: str) -> tuple[str, "Closing"] | None:
    """A time field's value closing with a parenthesis that names who does the task (`quý II - quý
    III/2027 (Phòng X thực hiện)`, `tháng 5/2027 (Phòng Y)`) → (the time before it, the doer); None
    where the value prints no time before its parenthesis, or the parenthesis holds no body (a time,
    `(tháng 6/2027)`; a basis, `(theo Kế hoạch số 12/KH-UBND)`; a person, `(đồng chí Lê Văn A)`;
    partners only, `(phối hợp với Phòng X)`; an example list after a kind, `(các xã A, B)`)."""
    m = _CLOSING.search(value)
    if m is None:
        return None
    before = value[: m.start()].strip(" ,;")
    due = parse_due(before, year=2000) if before else None
    if due is None or not (due.date or due.recurrence) or len(before.split()) > _TIME_ONLY_WORDS:
        return None
    closing = closing_parenthesis(value, dated=True, min_start=1)
    if (
        closing is None
        or not closing.lead[:1].isupper()
        or closing.time
        or _COLLECTIVE_START.match(folded_same_length(closing.lead).lower())
    ):
        return None  # (`(các xã A, B)`, `(Các thôn …)`: places listed, every one of a kind, no doer)
    return before, closing


def closing_parenthesis(text: str, *, dated: bool = False, min_start: int = 15) -> Closing | None:
    """`Rà soát … (Phòng Kinh tế chủ trì, phối hợp Công an xã; trước ngày 30/9/2026).` → the lead,
    the coordinating units and the time the task's closing parenthesis prints; None where the
    paragraph does not end so or the parenthesis names no body (`(Đề án 06)`, `(b/c)`).

    Without `chủ trì` the body must be followed by a time (`(Phòng Kinh tế; định kỳ hằng quý)`):
    a bare name in parentheses is as often an abbreviation or an example; but where the sentence
    before it printed its time (`dated`: `… chậm nhất ngày 30/11/2026 (Phòng Kinh tế).`), a bare
    body's name closing it is who does the task. Bare bodies on both sides of the `;` (`(Văn phòng;
    Ban Chính sách - Xã hội)`) all lead."""
    m = _CLOSING.search(text := _time_into_closing(_without_own_short_form(text)))
    if m is None or m.start() < min_start:
        return None
    inner = m.group(1)
    who, _semicolon, time = _time_first(*inner.partition(";")[::2])
    time = _TIME_LABEL.sub("", time.strip())
    partner = ""
    if m := _PARTNERS_AFTER.match(folded_same_length(time)):
        # `(Đoàn Thanh niên xã chủ trì; Hội Cựu chiến binh xã phối hợp)`: the partners, not a time
        partner, time = time[: m.end(1)].strip(" ,."), ""
    if label := _ASSIGNEE_LABEL.match(who.strip()):
        # `(Giao: Chi hội ấp Bình Lợi; thời gian: quý III/2026)`: the label says who leads, so the
        # name is taken as printed (a grassroots body the unit words do not know).
        lead = who.strip()[label.end() :].strip(" ,.")
        if lead and len(lead.split()) <= 16 and (lead[:1].isupper() or names_unit(lead)):
            return Closing(lead, "", time.strip(" .,"))
        return None
    folded = folded_same_length(who)
    found = _CLOSING_LEAD.search(folded)
    if found is None and not time.strip() and not dated:
        return None
    coordinating = partner
    if found is None and (partners := _PARTNERS_NAMED.search(folded)):
        # `(ngày 20/3/2027; Ban X phối hợp Hội Y)`: the body before `phối hợp` leads, the rest partner
        found, coordinating = partners, who[partners.end() :].strip(" ,.")
    lead = who[: found.start()] if found else who
    lead = lead.strip(" ,")
    if not names_unit(lead) or due_in(f"({lead})") == lead:
        return None  # (`(quý II/2027)` is the task's time, though `quý` folds as a fund's `Quỹ`)
    if found is None and _bodies_only(time):
        # `(Văn phòng; Ban Chính sách - Xã hội)`: two bare bodies, no time — both lead the task
        lead, time = f"{lead}; {time.strip(' .,')}", ""
    if found and (c := re.search(r"\bphoi hop(?: chat che)?(?: voi)?\s+", folded[found.end() :])):
        coordinating = who[found.end() + c.end() :].strip(" ,.")
    return Closing(lead, coordinating, time.strip(" .,"))


# A closing parenthesis followed, past a `;`, by the task's own time ending the paragraph: `… (Văn phòng
# Hội); trong tháng 01.`, `… (Ban Kiểm tra); xong trước 20/5.` — group 1 the parenthesis's inside,
# group 2 what follows the `;`.
_CLOSING_THEN_TIME = re.compile(r"\(([^()]{3,200})\)\s*;\s*([^();]{3,60}?)\s*[.;]?\s*$")
# Words a time after the `;` may open with besides the time itself (folded): `xong trước 15/3`.
_BEFORE_OWN_TIME = re.compile(r"^(?:(?:hoan thanh|thuc hien|xong)\s*)*$")


def _time_into_closing(text: str) -> str:
    """A task's text whose closing parenthesis is followed by its own time (`… (Văn phòng Hội); trong
    tháng 01.`) with that time moved inside it (`… (Văn phòng Hội; trong tháng 01)`), so the doer and
    the time are read as one parenthesis prints them. Only where what follows the `;` is a time alone,
    opened at most by `xong`/`hoàn thành`/`thực hiện` (`due_in` reads it all); another clause (`…
    (Phòng X); báo cáo kết quả trước 30/6.`, `…; phối hợp Sở Y tế`) leaves the text as printed."""
    m = _CLOSING_THEN_TIME.search(text)
    if m is None:
        return text
    after = m.group(2).strip(" .,")
    found = due_in(after)
    if (
        not found
        or not after.endswith(found)
        or not _BEFORE_OWN_TIME.match(folded_same_length(after[: -len(found)]).strip())
    ):
        return text
    return f"{text[: m.start()]}({m.group(1).strip()}; {found})."


# A closing parenthesis whose doer defines its short form in a parenthesis of its own: `… (Khoa Kiểm
# soát nhiễm khuẩn (Khoa KSNK) thực hiện).` — group 1 the text up to the name's end, group 2 the name,
# group 3 the short form, group 4 the rest.
_CLOSING_OWN_SHORT = re.compile(
    r"^(.*\(\s*([^()]{3,120}?))\s*\(([^()]{2,40})\)([^()]{0,160}\)\s*[.;]?\s*)$", re.S
)


def _without_own_short_form(text: str) -> str:
    """A task's text with the short form its closing parenthesis's doer defines left out (`… (Khoa
    Kiểm soát nhiễm khuẩn (Khoa KSNK) thực hiện).` → `… (Khoa Kiểm soát nhiễm khuẩn thực hiện).`), so
    the doer is read as an unnested parenthesis's: the full name leads, as a defined name does (units.py
    `name_defined_leads`). Only where the inner parenthesis spells out the name right before it
    (units.py `spells_out`); any other nested parenthesis (`(Phòng X (chủ trì))`, `(theo Kế hoạch số
    12 (đợt 2))`) leaves the text as printed, no doer read from it."""
    m = _CLOSING_OWN_SHORT.match(text)
    if m is None or not spells_out(m.group(3).strip(), m.group(2).strip()):
        return text
    return m.group(1) + m.group(4)


def _bodies_only(text: str) -> bool:
    """Whether the part after a closing parenthesis's `;` names a body and no time (`Ủy ban Kiểm tra
    Hội`, not `hằng quý`, `quý II/2027`, `Phòng Y tế, trước ngày 30/6`): a lead beside the first."""
    text = text.strip(" .,")
    return bool(text) and names_unit(text) and not due_in(f"({text})") and not _time_only(text)


# `<body> phối hợp [với] <partners>` inside a closing parenthesis (folded): the body leads.
_PARTNERS_NAMED = re.compile(r"\s+phoi hop(?: chat che)?(?: voi)?\s+(?=\S)")


def _time_first(before: str, after: str) -> tuple[str, str, str]:
    """A closing parenthesis's two parts in the order `(<who>; <time>)`: where it prints the time
    first and the body after the `;` (`(ngày 20/3/2027; Ban Phong trào … phối hợp …)`, `(quý II/2027;
    Phòng Y tế chủ trì)`), the parts swapped; as printed otherwise."""
    if after.strip() and _time_only(before) and names_unit(after.strip()) and not _time_only(after):
        return after, ";", before
    return before, ";" if after else "", after


def _time_only(text: str) -> bool:
    """Whether a part of a parenthesis is a time and nothing else (`ngày 26/3/2027`, `tuần 2 tháng
    3/2027`, `hằng quý`): a date or a round read from it, no body named in it."""
    text = text.strip(" ,.")
    if not text or len(text.split()) > _TIME_ONLY_WORDS:
        return False
    due = parse_due(text, year=2000)
    if not (due.date or due.recurrence) or due.needs_review:
        return False
    # (`quý II/2028` folds as a fund's `Quỹ` does: a name only where no deadline phrase reads it)
    return not names_unit(text) or due_in(f"({text})") == text


_TIME_ONLY_WORDS = 8


# A task's closing sentence: `… . <unit> chủ trì[ tham mưu|thực hiện][, <unit> phối hợp|, phối hợp
# [với] <unit>][; <time>].` — a new sentence (a capital after `. `) that opens with the body.
_SENTENCE_END = re.compile(r"[.!?]\s+")
# (`Giao <unit> chủ trì, …`: the assignment's verb before the body)
_SENTENCE_LEAD = re.compile(r"^(?:giao(?: cho)?\s+)?(.{3,120}?)\s+chu tri\b")
# `… . <unit> thực hiện thường xuyên.`, `… . <unit> thực hiện; thời gian: …`: a body that carries
# the task out, then its time only
# (the time already taken off as the task's due: `… . <unit> thực hiện;`, the sentence ends there)
# (`Giao <unit> thực hiện, trình … trước ngày …`: the assignment's verb before the body, a comma
# before the time and the step it closes with)
_SENTENCE_DOES = re.compile(r"^(?:giao(?: cho)?\s+)?(.{3,120}?)\s+thuc hien(?:\s*[;,]?\s+(?=\S)|\s*$)")
# `<unit> phối hợp <unit> thực hiện …`: the first body leads, the one after `phối hợp` is its partner
_PARTNER_IN_DOER = re.compile(r"\s+phoi hop(?: chat che)?(?: voi)?\s+")
_SENTENCE_TIME_WORDS = 8
_COORDINATING_AFTER = re.compile(r"\bphoi hop(?: chat che)?(?: voi)?\s+(?=\S)")
_COORDINATING_BEFORE = re.compile(r",\s*(.{3,120}?)\s+phoi hop\s*$")


def opens_lead_clause(text: str) -> bool:
    """A line that opens with a body's name and `chủ trì` (`Trung tâm Khuyến nông chủ trì, hằng quý
    báo cáo …`): a run-in task's lead clause, as a PDF may carry it on a line of its own under the
    line that ends the task's first clause with `;`."""
    folded = folded_same_length(text)
    found = _SENTENCE_LEAD.match(folded)
    return (
        found is not None
        and not folded.startswith("giao")
        and names_unit(text[found.start(1) : found.end(1)].strip(" ,"))
    )


def closing_sentence(text: str) -> Closing | None:
    """`Kiện toàn …. Ban Xây dựng Đảng chủ trì, phối hợp Văn phòng; thời gian: tháng 9/2026.` → the
    lead, the coordinating units and the time the task's last sentence prints (`Giao X chủ trì, …`,
    `X chủ trì; Y phối hợp; <time>`, `X thực hiện thường xuyên.` alike); None where the paragraph
    has one sentence or its last does not open with a body's name and `chủ trì`, or with one and
    `thực hiện` alone or before a time only. Where no sentence does, a clause after a semicolon may
    (closing_clause)."""
    return _closing_last_sentence(text) or closing_clause(text)


# A body that carries the task out in a clause of its own: `<unit> thực hiện` ending the clause or
# before its partners (`…; Phòng X thực hiện, phối hợp Đài Y; thời gian: …`).
_CLAUSE_DOES = re.compile(r"^(.{3,120}?)\s+thuc hien\s*(?=,\s*phoi hop\b|$)")
# … or before the clause's own time and nothing else (`…; Phòng X thực hiện thường xuyên.`, `…; Ban Y
# thực hiện trong quý III/2027`): the time the deadline reader takes whole, no further act.
_CLAUSE_DOES_WHEN = re.compile(r"^(.{3,120}?)\s+thuc hien\s+(?=\S)")
# The start of a span before its end (folded), which due_in reads alone: `từ tháng 12/2027 `, `từ
# ngày 08/11 ` of `từ ngày 08/11 đến ngày 19/11/2027`.
_SPAN_START = re.compile(r"tu\s+(?:ngay\s+|thang\s+|quy\s+)?[0-9ivx]{1,4}(?:\s*/\s*\d{1,4}){0,2}")


def _time_alone(text: str) -> bool:
    """Whether `text` is a time and nothing else: what due_in reads is all of it, or the end of a span
    whose start is all that comes before (`từ tháng 12/2027 đến tháng 4/2028`)."""
    due = due_in(text)
    if not due or not text.endswith(due):
        return False
    before = folded_same_length(text[: len(text) - len(due)]).strip()
    return not before or bool(_SPAN_START.fullmatch(before))


_CLAUSE_START = re.compile(r";\s+")
_LEAD_WORD = re.compile(r"\bchu tri\b")


def closing_clause(text: str) -> Closing | None:
    """`Rà soát …; Chi cục X chủ trì, phối hợp Phòng Y; thời gian: Quý II/2027.` → the lead, the
    coordinating units and the time a clause after a semicolon prints, where it opens with a body's
    name and `chủ trì` (or `thực hiện` ending the clause, before `phối hợp`, or before the clause's
    own time and nothing else: `…; Phòng X thực hiện thường xuyên.`): a run-in task names who leads it
    after what is done. None where no clause does so, or where `chủ trì` comes before
    that clause (the task's lead was named there)."""
    body = text.rstrip(" .;")
    folded = folded_same_length(body)
    named = _LEAD_WORD.search(folded)
    for start in (m.end() for m in _CLAUSE_START.finditer(body)):
        if start < 15:
            continue
        if named is not None and named.start() < start:
            return None  # `chủ trì` before this clause: the task's lead was named there
        end = body.find(";", start)
        end = len(body) if end < 0 else end
        clause, clause_folded = body[start:end], folded[start:end]
        found = _SENTENCE_LEAD.match(clause_folded) or _CLAUSE_DOES.match(clause_folded)
        own_time = ""
        if found is None and (does := _CLAUSE_DOES_WHEN.match(clause_folded)):
            own_time = clause[does.end() :].strip(" ,.")
            found = does if _time_alone(own_time) else None
        if found is None or not names_unit(lead := clause[found.start(1) : found.end(1)].strip(" ,")):
            continue
        coordinating = ""
        if c := _COORDINATING_AFTER.search(clause_folded, found.end()):
            coordinating = _until_verb(clause[c.end() :]).strip(" ,.")
        time = own_time or body[end + 1 :].strip()
        return Closing(lead, coordinating, _TIME_LABEL.sub("", time).strip(" .,"))
    return None


def _doer_and_partner(doer: str, time: str) -> Closing:
    """The closing sentence's doer split at `phối hợp` (`Phòng Quản lý đầu tư phối hợp Văn phòng Ban`
    → the lead `Phòng Quản lý đầu tư`, its partner `Văn phòng Ban`), where both parts name a unit;
    the doer as it is otherwise."""
    found = _PARTNER_IN_DOER.search(folded_same_length(doer))
    if found is not None:
        lead, partner = doer[: found.start()].strip(" ,"), doer[found.end() :].strip(" ,")
        if names_unit(lead) and names_unit(partner):
            return Closing(lead, partner, time)
    return Closing(doer, "", time)


def _closing_last_sentence(text: str) -> Closing | None:
    body = text.rstrip(" .;")
    starts = [m.end() for m in _SENTENCE_END.finditer(body) if body[m.end()].isupper()]
    if not starts or starts[-1] < 15:
        return None
    sentence = text[starts[-1] :].strip().rstrip(".;").strip()
    folded = folded_same_length(sentence)
    found = _SENTENCE_LEAD.match(folded)
    if found is None:
        does = _SENTENCE_DOES.match(folded)
        time = _TIME_LABEL.sub("", sentence[does.end() :].strip(" ,")) if does else ""
        if (
            does
            and (not time or (len(time.split()) <= _SENTENCE_TIME_WORDS and due_in(time)))
            and names_unit(sentence[does.start(1) : does.end(1)])
        ):
            return _doer_and_partner(sentence[does.start(1) : does.end(1)].strip(" ,"), time)
        return None
    if not names_unit(lead := sentence[found.start(1) : found.end(1)].strip(" ,")):
        return None
    rest, _semicolon, time = sentence[found.end() :].partition(";")
    if not rest.strip(" ,") and (partners := _PARTNERS_AFTER.match(folded_same_length(time.split(";")[0]))):
        # `X chủ trì; Y, Z phối hợp; trình … trước …`: the part after the first `;` names the partners
        return Closing(lead, time[: partners.end(1)].strip(" ,."), time.partition(";")[2].strip(" .,"))
    folded_rest = folded[found.end() : found.end() + len(rest)]
    coordinating = ""
    if c := _COORDINATING_AFTER.search(folded_rest):
        coordinating = rest[c.end() :].strip(" ,.")
    elif c := _COORDINATING_BEFORE.search(folded_rest):
        coordinating = rest[c.start(1) : c.end(1)].strip(" ,.")
    return Closing(lead, coordinating, time.strip(" .,"))


_HEADING_UNIT = re.compile(r"\(([^()]{3,120})\)\s*:?\s*$")


# The number a heading calls its unit by (`(Phòng 2)`, `(Đội 3)`): the kind word(s) and a number.
_NUMBER_NAME = re.compile(r"^(?P<kind>[A-ZĐ][^\W\d_]+(?: [^\W\d_A-ZĐ]+)?) \d{1,2}$")
# A heading's own number before the name (`1.`, `II.`, `a)`).
_HEADING_NUMBER = re.compile(r"^\s*(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)/]\s*")


def _named_before_own_short(before: str, inner: str) -> str:
    """`1. Phòng Thực hành quyền công tố … (Phòng 2)` → the unit's full name the heading prints before
    the number it calls the unit by: the parenthesis is the same body's short name (its kind word and a
    number, units.py `_numbered_in_parentheses`), not a second body, and the full name leads; so is a
    short form that spells the name out (`2. Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng (Trung
    tâm Kỹ thuật TĐC)`, `Phòng Kế hoạch tổng hợp (Phòng KHTH)`; units.py `spells_out`), as a defined
    name leads by its full name (units.py `name_defined_leads`). "" where the parenthesis is neither, or
    the text before does not open with its kind word (up to 24 words: a heading given to a long name)."""
    name = _HEADING_NUMBER.sub("", before).strip(" ,:")
    short = _NUMBER_NAME.match(inner)
    if short is None:
        if not spells_out(inner, name):
            return ""
    elif not name.startswith(short.group("kind") + " "):
        return ""
    if not 2 <= len(name.split()) <= 24:
        return ""
    # a long name (`Phòng Giám sát, kiểm tra và xử lý sau thanh tra đối với các cơ quan, đơn vị cấp
    # huyện`, 18 words) still opens as a body's does
    return name if names_unit(name) or UNIT_START.match(folded_same_length(name)) else ""


def heading_unit_in_parentheses(text: str) -> str:
    """`1. Công tác tuyển sinh (Bộ phận Kế hoạch - Tài chính):` → the body in the heading's closing
    parenthesis, that leads the items under it; "" where there is none."""
    m = _HEADING_UNIT.search(text)
    if m is None or m.start() < 5:
        return ""
    inner = m.group(1).strip()
    if named := _named_before_own_short(text[: m.start()], inner):
        return named
    if len(text[: m.start()].split()) > 20:
        return ""
    if found := _CLOSING_LEAD.search(folded_same_length(inner)):
        inner = inner[: found.start()].strip(" ,")  # "(Phòng Nội vụ chủ trì)"
    if ";" in inner or not names_unit(inner):
        return ""
    return inner
