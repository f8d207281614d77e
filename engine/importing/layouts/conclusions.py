"""Meeting conclusions (thông báo kết luận): assignments whose facts sit inside the sentences.

Shapes read (corpus 02, 06, 09, 10; a letter conveying a leader's opinions, `… có ý kiến như sau:`,
too): `Giao đ/c <tên> – PGĐ Sở chỉ đạo, <Chi cục …> tham mưu …`,
`Giao <unit> chủ trì, phối hợp …` (inline, or in a heading sentence that applies to the
lettered items below it), a unit heading (`a) Trung tâm Phát triển quỹ đất tỉnh`) over dash
sub-tasks, deadlines inside the sentence (`trước ngày 28/4/2026`, `(dự kiến ngày 15/5/2026)`,
`trong tháng 02/2026`, `trước 28/4`, `hằng tháng`) read later by parse_due, coordinating units
as a parenthesised list ending in `…`, and a body named in full once and abbreviated later
(the legend). A paragraph that approves or refuses a proposal, tells how things stand or only praises
(`Biểu dương …`, `Ghi nhận …`, results ending `Hiệu trưởng biểu dương …`) is no task unless it
assigns or dates one, nor is an undated reminder to every unit to go on (`Các đơn vị tiếp tục …`) or
an undated charge to every holder of a leading post (`Các Phó Chánh Thanh tra … chỉ đạo các phòng …`),
nor an undated exhortation to all the staff (`Các đồng chí cán bộ nâng cao tinh thần trách nhiệm …`).
The outline is engine/importing/layouts/outline.py; prose_facts.py and prose_tasks.py read it.
"""

import re

from engine.importing.blocks import Paragraph
from engine.importing.event_dues import yearless_after_notice
from engine.importing.layouts.decision import assigned_by_reference
from engine.importing.layouts.prose_facts import (
    DEPUTY_HEADS,
    EVERY_UNIT,
    UNIT_START,
    asks_report,
    assignment_in,
)
from engine.importing.layouts.prose_tasks import (
    approves_extension,
    heads_of_every_unit,
    mark_ocr,
    read_tasks,
)
from engine.importing.leaders import HEAD_POST
from engine.importing.recognition import Context, Recognised, measure_support, task_like_count
from engine.text import fold

_CONCLUSION = re.compile(r"\b(?:ket luan|y kien chi dao|thong bao)\b")
_ASSIGN = re.compile(
    r"\bgiao (?:cho )?(?:d/c|dong chi|so|van phong|ubnd|uy ban|ban|trung tam|cong an|chi cuc|phong|cac)\b"
)


# The chair's approval of a proposal ("3.3. Đồng ý chủ trương để Sở Y tế sử dụng …", "Thống nhất
# chủ trương …", "Chấp thuận đề xuất …"): a decision taken, no task, unless it also assigns or dates one.
# The body that concludes may stand first ("Ban Thường vụ thống nhất chủ trương …", "Thường trực
# Đảng ủy đồng ý chủ trương …"): a few words before the approval of a proposal.
_APPROVAL = re.compile(
    r"^(?:dong y|chap thuan|thong nhat)\b"
    r"|^[^,;:]{3,50}?\s(?:dong y|chap thuan|thong nhat)\s+(?:chu truong|de xuat|phuong an)\b"
)
# (`giao` that hands over, not assigns: `bàn giao`, `chuyển giao`, `giao đất` (land allocation))
_ASSIGNS = re.compile(
    r"\b(?:(?<!ban )(?<!chuyen )giao(?! (?:vien|duc|thong|dich|luu|ban|nhan|dat))|yeu cau|de nghi|chu tri)\b"
)


# The same after a proposal's topic (`3. Về đề xuất của Phòng X …: Chủ tịch UBND huyện đồng ý chủ trương.`).
_TOPIC_APPROVAL = re.compile(
    r"^(?:ve|doi voi)\s[^:]{5,200}:\s*(?:[^,;:]{0,60}\s)?(?:dong y|chap thuan|thong nhat)(?: ve)?"
    r"\s+(?:chu truong|de xuat|de nghi|phuong an)\b"
)


# … or a request refused after its topic (`7. Đối với kiến nghị của hộ ông X về …: không xem xét, thực
# hiện theo …`, `Về đề nghị của xã Y …: Chủ tịch UBND huyện không đồng ý, …`): the answer, no task.
_TOPIC_REFUSAL = re.compile(
    r"^(?:ve|doi voi)\s[^:]{5,200}:\s*(?:[^,;:]{0,60}\s)?khong\s+(?:xem xet|chap thuan|dong y|giai quyet)\b"
)


def _approval(item) -> bool:
    folded = fold(item.content).strip()
    if _TOPIC_APPROVAL.match(folded) or _TOPIC_REFUSAL.match(folded):
        folded = folded.partition(":")[2]  # `Về đề nghị của …:` names the proposal, it assigns nothing
    elif not _APPROVAL.match(folded):
        return False
    if approves_extension(item.content):
        return True  # its date is the extension granted, no task's due
    return not _ASSIGNS.search(folded) and not item.due


# A numbered paragraph telling how things stand (`1. Đến nay đã kiểm đếm 112/140 hộ …; còn 28 hộ …`,
# `Nhìn chung, các đơn vị đã …`): the chair's assessment before the tasks, none itself.
_STANDING = re.compile(r"^(?:den nay|nhin chung|thoi gian qua|trong thoi gian qua|qua \d+ (?:thang|nam))\b")


# Or a period past that opens it (`1. Trong tháng 4 và nửa đầu tháng 5, các cơ quan đã …`, `Trong 8
# tháng đầu năm 2028, các phòng đã …`): the period is what it tells of, not a due.
_PERIOD = (
    r"^(?:(?:trong|qua)\s+(?:\d+\s+thang(?:\s+dau\s+nam)?|(?:thang|quy|tuan)\s+[0-9ivx]+|nam\s+\d{4})"
    # … or the past month, quarter or year named bare (`Tháng 10/2027, các tổ chuyên môn đã …`)
    r"|(?:thang|quy)\s+[0-9ivx]+\s*/\s*\d{4}|nam\s+\d{4}"
    # … or the months of the year gone by, bare (`Sáu tháng đầu năm 2027, xã đã …`, `9 tháng đầu năm, …`)
    r"|(?:\d+|ba|sau|chin)\s+thang\s+dau\s+nam(?:\s+\d{4})?)"
    r"[^,;:]{0,40},"
)
_PAST_PERIOD = re.compile(_PERIOD + r"[^;:.]{0,60}?\sda\s")
# … or, with no `đã`, the period then the state things are in, in its first clause (`1. Năm 2026, tình
# hình an ninh trật tự trên địa bàn cơ bản ổn định; …`, `Quý III/2027, công tác thu nộp được giữ vững`,
# `Trong tháng 5, kỷ cương hành chính có chuyển biến`, `…, tiến độ giải ngân còn chậm`): an assessment.
# Only a state (stable, kept, changed, still short of …), never an act (`Năm 2027, các đội tổ chức …`),
# and not a state aimed at (`phấn đấu`, `bảo đảm`, `giữ vững` in the active: the tasks' target).
_PERIOD_STATE = re.compile(
    _PERIOD + r"[^;:.]{0,80}?\s(?:(?:co ban |tuong doi |tiep tuc )?on dinh|duoc giu vung|duoc bao dam"
    r"|co (?:nhieu |buoc )?chuyen bien|chuyen bien tich cuc"
    r"|con\s+(?:nhieu\s+)?(?:han che|ton tai|cham|thap|kho khan|bat cap|tinh trang))\b"
)
_STATE_AIMED = re.compile(
    r"\b(?:phan dau|bao dam|dam bao|muc tieu|can(?! bo)|phai|yeu cau|(?<!duoc )giu vung)\b"
)


# Or a forecast of how many will come (`1. Dự kiến có khoảng 1.200 lượt kiều bào về quê dịp Tết, …`,
# `Dự kiến sẽ có trên 300 đại biểu …`): a figure the chair expects, no act (`Dự kiến tổ chức …` is one).
_FORECAST = re.compile(r"^du kien (?:se )?co (?:khoang |tren |hon |gan |chung )?\d")


# Or a figure reached (`1. Thu ngân sách 9 tháng đạt 68% dự toán; …`, `Tỷ lệ giải ngân mới đạt 41,2% kế
# hoạch`): a share achieved is how things stand, not what is to be done.
_SHARE_REACHED = re.compile(r"^[^,;:]{3,80}?\s(?:moi |chi )?dat\s+\d{1,3}(?:[.,]\d+)?\s*%")


# Or the day the figures run to, before them (`1. Đến ngày 31/7/2027, giải ngân toàn huyện mới đạt 41%
# …`, `Tính đến hết tháng 6/2028, các trường đã …`): the cut-off of how things stand, not a due.
_AS_OF = re.compile(
    r"^(?:tinh\s+)?den\s+(?:het\s+)?(?:ngay\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?"
    r"|(?:thang|quy)\s+[0-9ivx]+(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?)\s*,\s*"
)
# … a share to reach is a target, not a figure reached (`phải đạt 95%`, `phấn đấu đạt 100%`).
_TARGET_SHARE = re.compile(r"\b(?:phai|can|phan dau|bao dam|dam bao)\s+dat\b")


def _as_of_standing(folded: str) -> str:
    """The opening that names the day a paragraph's figures run to (`Đến ngày 31/7/2027, …`), where
    the paragraph tells a share reached or what was done (`đã …`), not a target; "" otherwise."""
    as_of = _AS_OF.match(folded)
    if not as_of:
        return ""
    rest = folded[as_of.end() :]
    reached = bool(_SHARE_REACHED.match(rest)) or " da " in f" {' '.join(rest.split()[:10])} "
    return as_of.group() if reached and not _TARGET_SHARE.search(rest) else ""


# Or the body that concludes agreeing with the report it heard, before telling how things stand
# (`1. Ban Thường vụ cơ bản thống nhất với báo cáo kết quả quý I …; tuy nhiên …`, `Hội nghị nhất trí
# với đánh giá …`): the assessment, whatever lead its opening words seem to name.
_AGREES_WITH_REPORT = re.compile(
    r"^[^,;:.]{3,50}?\s(?:dong y|thong nhat|nhat tri)\s+(?:voi\s+)?(?:noi dung\s+)?(?:bao cao|danh gia)\b"
)


def tells_how_things_stand(item) -> bool:
    """The chair's assessment before the tasks (`1. Đến nay đã kiểm đếm 112/140 hộ …`, `Trong 8 tháng
    đầu năm 2028, các phòng đã …`, `Đến ngày 31/7/2027, giải ngân mới đạt 41% …`): no task, whoever
    reads the notice."""
    folded = fold(item.content).strip()
    words = folded.split()[:8]
    clause = re.split(r"[;.]", folded, maxsplit=1)[0]
    past = _PAST_PERIOD.match(folded) or (
        _PERIOD_STATE.match(clause) if not _STATE_AIMED.search(clause) else None
    )
    as_of = _as_of_standing(folded)
    due = fold(item.due).strip()
    if _AGREES_WITH_REPORT.match(folded) and not item.due and not _ASSIGNS.search(folded):
        return True
    # an opening period then a state: the lead read is the clause's own subject (`Quý III/2028, hoạt động
    # … ổn định`), no unit assigned
    stated = past is not None and not _PAST_PERIOD.match(folded)
    lead = fold(item.lead).strip()
    return (
        (not item.lead or (stated and lead in clause))
        # the due read is the opening's day (`Đến ngày 31/7/2027`, `hết tháng 5/2027`), no deadline
        and (not item.due or bool(past and folded.startswith(due)) or bool(as_of and due in as_of))
        and (
            (bool(_STANDING.match(folded)) and "da" in words)
            or bool(past)
            or bool(as_of)
            or bool(_SHARE_REACHED.match(folded))
            or bool(_FORECAST.match(folded))
        )
        and not _ASSIGNS.search(folded)
    )


# A letter conveying a leader's opinions (công văn truyền đạt ý kiến): `… Chủ tịch UBND tỉnh có ý kiến
# như sau:` over the paragraphs that give them.
_OPINIONS_FOLLOW = re.compile(
    rf"\b(?:{HEAD_POST}|lanh dao)\b[^:]{{0,120}}"
    r"\bco y kien(?: chi dao)?(?: nhu sau)?\s*:$"
)
# A paragraph that only praises or acknowledges (`Biểu dương <bodies> đã …`, `Ghi nhận, biểu dương …`,
# `Hoan nghênh …`, `Đánh giá cao …`): no task, unless it goes on to assign or dates one.
_PRAISE_WORDS = r"bieu duong|khen ngoi|hoan nghenh|danh gia cao"
_PRAISE = re.compile(rf"^(?:ghi nhan|{_PRAISE_WORDS})\b")


# … or that tells results and ends with the chair's praise (`1. Công tác tuyển sinh cơ bản hoàn thành, …
# Hiệu trưởng biểu dương Phòng Đào tạo.`): the assessment before the tasks, where no unit opens it.
_CHAIR_PRAISES = re.compile(
    rf"(?:^|[.;]\s+)(?:{HEAD_POST}|ban giam hieu|ban giam doc|lanh dao|thuong truc|ban thuong vu)\b"
    r"[^.;:]{0,40}?"
    rf"\s(?:{_PRAISE_WORDS})\b"
)
# A reminder to every unit to go on keeping a rule (`Các đơn vị tiếp tục thực hiện nghiêm quy định về
# giờ giấc làm việc …`), with no time: a standing instruction, no task.
_KEEP_ON = re.compile(r"\b(?:tiep tuc|nghiem tuc|thuc hien nghiem|chap hanh nghiem)\b")


# Every holder of a leading post as the subject (`Các Phó Chánh Thanh tra theo lĩnh vực được phân công
# chỉ đạo …`, `Các đồng chí Phó Giám đốc Sở …`), folded: the leaders, each over the units of his field.
# … or every member of a leading body (`Các đồng chí Ủy viên Ban Thường vụ theo lĩnh vực được phân công
# chỉ đạo, đôn đốc …`, `Các thành viên Ban Chỉ đạo …`): each over his field, the same general charge.
# … or every deputy head of a body below a department (`Các Phó Trưởng phòng theo lĩnh vực được phân
# công chỉ đạo các đội …`, `Các Phó Chi cục trưởng …`, `Các Phó Đội trưởng …`; DEPUTY_HEADS): each over
# the teams of his field. Only the deputies: the heads themselves (`Các Trưởng phòng …`) are the heads
# of every unit of a kind, not the issuer's leaders, and this rule does not read them.
# … or every deputy of an elected council (`Các đại biểu HĐND xã nâng cao trách nhiệm, dành thời gian
# nghiên cứu tài liệu …`, `Các vị đại biểu Hội đồng nhân dân tỉnh …`), each member of the body as
# above; not the deputies' teams (`Các Tổ đại biểu HĐND xã …`: every unit of a kind), nor the
# delegates of a meeting (`Các đại biểu dự hội nghị …`: no council named).
_EVERY_LEADER = re.compile(
    rf"^(?:cac|tat ca cac)\s+(?:dong chi\s+)?"
    rf"(?:{HEAD_POST}|{DEPUTY_HEADS}|(?:uy vien|thanh vien)\s+(?:ban|thuong truc|hoi dong)\b"
    r"|(?:vi\s+)?dai bieu\s+(?:hdnd|hoi dong nhan dan|quoc hoi)\b)\b"
)


# The manner of a leaders' charge, no time of its own (`Các Phó Hiệu trưởng theo lĩnh vực được phân công
# thường xuyên kiểm tra, đôn đốc …`): `thường xuyên` is how they oversee, neither a date nor a round.
_ONLY_CONSTANTLY = re.compile(r"^(?:thuc hien\s+)?thuong xuyen(?:,?\s+lien tuc)?$")


def _leaders_charge(item) -> bool:
    """An undated point addressed to every holder of a leading post (`4. Các Phó Chánh Thanh tra theo
    lĩnh vực được phân công chỉ đạo các phòng hoàn thành nhiệm vụ …`): a general charge, as one to the
    heads of every unit is (corpus README, "Standing bodies and posts in charge"), no task; dated, or
    with a round of its own (`hằng tháng`), it stays one; `thường xuyên` alone is no time
    (_ONLY_CONSTANTLY)."""
    folded = fold(item.content).strip(" -–+*")
    every = _EVERY_LEADER.match(folded)
    if not every or (item.due and not _ONLY_CONSTANTLY.match(fold(item.due).strip(" .;,"))):
        return False
    # A lead the point does not print is the point above's, carried down (`5. … Phó Giám đốc phụ trách
    # chuyên môn chỉ đạo …` / `Các Phó Giám đốc theo lĩnh vực …`), and one read inside the leaders'
    # own words (`Sở` of `Các Phó Giám đốc Sở …`) is theirs: every leader is still the subject. A unit
    # the point names after them (`… chỉ đạo Phòng X …`) leads it, as before.
    found = re.search(rf"\b{re.escape(fold(item.lead).strip())}\b", folded) if item.lead else None
    return found is None or found.start() <= every.end() + 1


# A charge to all the staff (`9. Các đồng chí cán bộ, chiến sĩ nâng cao tinh thần trách nhiệm, chủ động
# thực hiện nhiệm vụ được giao.`, `Toàn thể cán bộ, công chức đoàn kết, hoàn thành tốt nhiệm vụ được
# giao`): an exhortation, no task, where every clause after the staff is one and nothing dates it. A
# concrete act for all the staff (`Toàn thể viên chức … dự Lễ chào cờ …`, `Các đồng chí đảng viên cập
# nhật …`) stays a task, as does one to a named post or body. The staff may be a kind of post every
# one of them holds (`Các kiểm soát viên`, `chuyên viên`); their standing duty under the rules
# (`chịu trách nhiệm về … theo quy định, không để hồ sơ quá hạn`) is such a charge too.
_ALL_STAFF = re.compile(
    r"^(?:(?:cac|toan the|tat ca(?: cac)?)\s+)?(?:dong chi\s+)?"
    r"(?:(?:can bo|cong chuc|vien chuc|chien si|nhan vien|nguoi lao dong|dang vien|doan vien|hoi vien"
    r"|giao vien|si quan|ha si quan|chuyen vien|kiem soat vien|thanh tra vien|kiem tra vien)"
    r"(?:\s*,\s*|\s+va\s+|\s+)?)+"
)
_EXHORTATION = re.compile(
    r"^(?:(?:tiep tuc|phai|can|hon nua|khong ngung)\s+)*"
    r"(?:nang cao (?:tinh than|y thuc)(?: trach nhiem| ky luat| tu giac| canh giac)?"
    r"(?: cua (?:minh|ban than))?"
    r"|neu cao (?:tinh than|y thuc)(?: trach nhiem| canh giac| ky luat)?"
    r"|phat huy (?:tinh than|y thuc)(?: trach nhiem| doan ket)?"
    r"|(?:chu dong|tich cuc|no luc|quyet tam)(?: (?:thuc hien|hoan thanh)(?: tot| xuat sac)?"
    r" (?:cac |moi )?nhiem vu duoc giao)?"
    r"|(?:thuc hien|hoan thanh)(?: tot| xuat sac)? (?:cac |moi )?nhiem vu duoc giao"
    r"|doan ket(?: thong nhat)?|giu vung pham chat(?: dao duc)?|trach nhiem|nhiem vu duoc giao"
    # the duty the rules already give them (`chịu trách nhiệm về thời hạn giải quyết hồ sơ theo quy
    # định`, `không để hồ sơ quá hạn`): only with `theo quy định`, or a thing left overdue
    r"|chiu trach nhiem(?: ve [a-z ]{1,60})? theo quy dinh"
    r"|khong de (?:ho so|cong viec|viec|nhiem vu)(?: [a-z]+){0,3} (?:qua han|ton dong|cham tre|tre han))$"
)


def _exhortation(item) -> bool:
    """An undated, unled point to all the staff whose every clause only exhorts (`… nâng cao tinh thần
    trách nhiệm, chủ động thực hiện nhiệm vụ được giao`): no task. A time the point does not print
    itself (its topic heading's `Về công tác … cuối năm 2026`) does not date it."""
    folded = fold(item.content).strip(" -–+*.;")
    if item.lead or (item.due and fold(item.due).strip(" .;,") in folded):
        return False
    staff = _ALL_STAFF.match(folded)
    if not staff or not staff.group().strip():
        return False
    words = folded[staff.end() :].strip(" ,.;").split(" ")
    # the staff may be named with their place or duty (`cán bộ, công chức xã`, `… Bệnh viện`): up to
    # three words, no comma, before the first exhortation
    for skip in range(4):
        if skip and "," in words[skip - 1]:
            break
        rest = " ".join(words[skip:])
        clauses = [part.strip() for part in re.split(r"\s*(?:[,;]|\bva\b)\s*", rest) if part.strip()]
        if clauses and all(_EXHORTATION.match(part) for part in clauses):
            return True
    return False


def _praise(item) -> bool:
    folded = fold(item.content).strip(" -–+*")
    if _ASSIGNS.search(folded) or item.due:
        return False
    return bool(_PRAISE.match(folded)) or (
        bool(_CHAIR_PRAISES.search(folded)) and not UNIT_START.match(folded)
    )


# … or to every unit only to work together (`3. Các phòng thuộc Ban chủ động phối hợp chặt chẽ, tránh chồng
# chéo.`): the manner of all their work, no act of its own; each clause after the units is one of these.
_TOGETHER = re.compile(
    r"^(?:(?:chu dong|tich cuc|thuong xuyen)\s+)*"
    r"(?:phoi hop(?: voi nhau)?(?: chat che| nhip nhang| dong bo| thuong xuyen)*(?: voi nhau)?"
    r"|tranh (?:chong cheo|trung lap|de day|day trach nhiem)|chu dong|tich cuc)$"
)


def _works_together(folded: str, every: re.Match) -> bool:
    """Whether every clause after the units (named with up to three words more, `thuộc Ban`) only
    tells them to work together (_TOGETHER)."""
    words = folded[every.end() :].strip(" ,.;").split()
    for skip in range(4):
        if skip and "," in words[skip - 1]:
            break
        clauses = [part for part in re.split(r"\s*(?:[,;]|\bva\b)\s*", " ".join(words[skip:])) if part]
        if clauses and all(_TOGETHER.match(part) for part in clauses):
            return True
    return False


def _reminder(item) -> bool:
    folded = fold(item.content).strip(" -–+*.")
    every = EVERY_UNIT.match(folded)
    if item.due or not every:
        return False
    return bool(_KEEP_ON.search(folded)) or _works_together(folded, every)


def _heads_charge(item) -> bool:
    """An undated point to the heads of every unit of a kind (`8. Trưởng các khu phố chủ động tuyên
    truyền, vận động nhân dân …`, `Thủ trưởng các đơn vị …`): a general charge, no item, as under a
    plan's `TỔ CHỨC THỰC HIỆN` (corpus README, "Standing bodies and posts in charge";
    prose_tasks.general_charges) and as one to every deputy is (_leaders_charge). Not taken: one with
    a time of any kind (`…; thực hiện thường xuyên`, `… trước ngày 20 hằng tháng`: it stays, ongoing
    or dated), one asking for a report (a closing reporting request), every unit of a kind itself
    (`Các sở, ngành … khẩn trương …`: an item whose lead is not scored), nor the head of one unit
    (`Trưởng Công an phường …`)."""
    if item.due:
        return False
    folded = fold(item.content).strip(" -–+*")
    return heads_of_every_unit(folded) and not EVERY_UNIT.match(folded) and not asks_report(folded)


# A closing list that dates the points above by their numbers (`- Nhiệm vụ tại điểm 2.1, 2.3: hoàn thành
# trước ngày 31/3/2027`, `Nội dung tại mục 1 và 5: …`, `Nhiệm vụ ở điểm 2.5: theo lịch của Sở …`), folded:
# the numbers and the time after the colon.
_BY_POINT = re.compile(
    r"^(?:cac\s+)?(?:nhiem vu|noi dung|cong viec|viec)\s+(?:tai|o|thuoc|neu tai|neu o)\s+"
    r"(?:diem|muc|khoan)\s+"
    r"(\d{1,2}(?:\.\d{1,2})*(?:\s*(?:,|;|va)\s*(?:(?:diem|muc|khoan)\s+)?\d{1,2}(?:\.\d{1,2})*)*)\s*:\s*(?=\S)"
)
# … and the points it does not name (`- Các nhiệm vụ còn lại: thực hiện thường xuyên`).
_REST = re.compile(r"^(?:cac\s+)?(?:nhiem vu|noi dung|cong viec|viec)\s+con lai\s*:\s*(?=\S)")
# A time after the colon that only says it is done (`hoàn thành trước …`): the rest is the time.
_DONE = re.compile(r"^(?:hoan thanh|thuc hien)\s+(?=\S)")


def _point_of(item, number: str) -> bool:
    """The item is the point `number` (`2.1` is the item numbered `2.1.` under section 2, ref `2.2.1`;
    `1` is `II.1`)."""
    ref = item.ref or ""
    return ref == number or ref.endswith("." + number)


def _time_of(item) -> str:
    """The time a line of the closing list gives: its due as read, else what follows the colon
    (`theo thời gian tổ chức Hội chợ do Ban Tổ chức thông báo`: a time for a person to set)."""
    if item.due:
        return item.due
    after = item.content.partition(":")[2].strip(" .;")
    done = _DONE.match(fold(after))
    return after[done.end() :] if done else after


def dues_by_point(items: list) -> list:
    """A closing list that gives the dues by the points' numbers (`Nhiệm vụ tại điểm 2.1, 2.3: …
    31/3/2027`, `Các nhiệm vụ còn lại: thực hiện thường xuyên`): each named point above takes that time
    (it prevails over a time inside the point's text), the points of the same section it does not name
    take the rest's time; the list's lines are no items. Where a number names no point above, the
    line is left as it was read."""
    given: list[tuple[object, list]] = []
    rest = None
    for index, item in enumerate(items):
        folded = fold(item.content).strip(" -–+*•")
        match = _BY_POINT.match(folded)
        if match:
            numbers = re.findall(r"\d{1,2}(?:\.\d{1,2})*", match.group(1))
            earlier = items[:index]
            points = [
                next((other for other in earlier if _point_of(other, number)), None) for number in numbers
            ]
            if all(points):
                given.append((item, points))
            continue
        if _REST.match(folded) and given:
            rest = item
    if not given:
        return items
    named = set()
    for line, points in given:
        for point in points:
            point.due = _time_of(line)
            named.add(id(point))
    drop = {id(line) for line, _points in given}
    if rest is not None:
        sections = {point.section for _line, points in given for point in points}
        for item in items:
            if (
                id(item) not in named
                and item.section in sections
                and item is not rest
                and id(item) not in drop
            ):
                item.due = _time_of(rest)
        drop.add(id(rest))
    return [item for item in items if id(item) not in drop]


# A point that opens with the concluding body's verdict on a paper it heard and assigns in its next
# sentence (`Ban Thường vụ cơ bản thống nhất với dự thảo. Giao Văn phòng …`, `Hội đồng nhất trí với
# nội dung tờ trình. Giao …`): the verdict is no part of the task, which starts at the sentence that
# assigns (printed `Giao`, `Đề nghị` or `Yêu cầu` with a capital after a full stop). An approved policy
# (`Đồng ý chủ trương tổ chức Hội thi …. Giao Ban …`) is what the task carries out: the item keeps it
# as printed (the main corpus's convention, h445).
_AGREES = re.compile(
    r"\b(?:dong y|thong nhat|nhat tri)\s+(?:voi\s+)?(?:(?:toan bo\s+)?noi dung\s+)?"
    r"(?:du thao|bao cao|to trinh|de an|de xuat|ke hoach|chuong trinh)\b"
)
_ASSIGNING_SENTENCE = re.compile(r"\.\s+(?=(?:Giao|Đề nghị|Yêu cầu)\s+\S)")
# … or with the chair's acknowledgement or praise of the field, whatever shortcoming it goes on to name
# (`Giám đốc ghi nhận việc cải tiến quy trình …; tuy nhiên thời gian chờ còn kéo dài. Giao Khoa X …`,
# `Hiệu trưởng đánh giá cao … . Tuy nhiên, … còn nhiều bất cập. Giao Phòng Y …`): the chair's verdict,
# as the agreement with a paper is, no part of the task. A shortcoming told alone (`Tình hình thu ngân
# sách còn chậm. Giao …`) is not taken: nothing says it is the chair's verdict and not the task's cause.
_ACKNOWLEDGES = re.compile(rf"^(?:[^.;:]{{0,40}}?\s)?(?:ghi nhan|{_PRAISE_WORDS})\b")


def from_assigning_sentence(item) -> None:
    """Start the item at its first assigning sentence where every sentence before it only gives the
    verdict on a paper or the chair's acknowledgement (no `giao`/`đề nghị`/`yêu cầu`/`chủ trì`, no policy
    approved, no time of the item's); its lead is read again from there.
    A paragraph that assigns first, or that tells something else before `Giao …`, is left whole."""
    found = _ASSIGNING_SENTENCE.search(item.content)
    if not found:
        return
    before = fold(item.content[: found.start()])
    agrees = bool(_AGREES.search(before))
    if not (agrees or _ACKNOWLEDGES.match(before.strip(" -–+*"))):
        return
    if _ASSIGNS.search(before) or "chu truong" in before:
        return
    rest = item.content[found.end() :]
    if not agrees and item.due and fold(item.due) not in fold(rest):
        return  # the time read is the acknowledgement's (`… ghi nhận đến ngày 30/11 …`): left as read
    assigned = assignment_in(rest)
    if assigned is None or not assigned.lead:
        return  # `Giao` with no unit after it: leave the point as read
    item.content = rest
    item.lead = assigned.lead


# A later clause of an unled point that names who prepares it (`Duy trì giao ban … vào ngày 05 hằng
# tháng; Văn phòng Đảng ủy chuẩn bị nội dung, tài liệu.`): after a semicolon, a unit then its act.
_LATER_CLAUSE = re.compile(r";\s+(?=\S)")


def lead_in_later_clause(item) -> None:
    """Give an unled point the unit a later clause opens with (`…; Văn phòng X chuẩn bị …`). Only
    where the point's own opening names no unit (no subject of its own) and the clause opens with a
    unit's name followed by its act; a clause addressed to every unit (`…; các đơn vị …`) leads nothing."""
    if item.lead or UNIT_START.match(fold(item.content).strip(" -–+*")):
        return
    for found in _LATER_CLAUSE.finditer(item.content):
        clause = item.content[found.end() :]
        folded = fold(clause)
        if not clause[:1].isupper() or not UNIT_START.match(folded) or EVERY_UNIT.match(folded):
            continue
        assigned = assignment_in(clause)
        if assigned is not None and assigned.lead:
            item.lead = assigned.lead
            return


def _paragraphs(document) -> list[str]:
    return [fold(block.text).strip(" *#") for block in document.blocks if isinstance(block, Paragraph)]


def is_notice(document) -> bool:
    """A notice of conclusions by its opening lines, or a letter conveying a leader's opinions (`… có ý
    kiến như sau:`)."""
    paragraphs = _paragraphs(document)
    for index, text in enumerate(paragraphs[:150]):
        # "THÔNG BÁO" as a title (a portal's page puts it after its own banner), "Kết luận …" below it.
        if text.startswith("thong bao") and _CONCLUSION.search(" ".join(paragraphs[index : index + 4])[9:]):
            return True
        if _OPINIONS_FOLLOW.search(text):
            return True
    return False


def applies(document) -> bool:
    """A notice of conclusions or a leader's opinions (is_notice), or a text that assigns by `Giao …`
    three times."""
    return is_notice(document) or sum(1 for text in _paragraphs(document) if _ASSIGN.search(text)) >= 3


def recognise(context: Context) -> Recognised | None:
    if not applies(context.document):
        return None
    items, legend, _labelled = read_tasks(context.document, inline=True)
    items = dues_by_point(items)
    if is_notice(context.document):
        # `trước 20/12` in the notice of a meeting held on 09/12/2026: 20/12/2026 (not in a text that
        # only assigns by `Giao …`, which may be a yearly programme)
        yearless_after_notice(items, context.document)
    for item in items:
        from_assigning_sentence(item)
        lead_in_later_clause(item)
    # Praise, reminders and the chair's assessment (`1. Đến ngày …, giải ngân mới đạt 38% …`) are read
    # as what they are, no task left unread: the support counts them out of the pieces a task could be.
    said = [
        item
        for item in items
        if _praise(item)
        or _reminder(item)
        or _leaders_charge(item)
        or _heads_charge(item)
        or _exhortation(item)
        or tells_how_things_stand(item)
    ]
    items = assigned_by_reference(
        context.document,
        [item for item in items if not (_approval(item) or item in said)],
    )
    if not items or sum(1 for item in items if item.lead) * 2 < len(items):
        return None
    mark_ocr(context.document, items)
    task_like = max(task_like_count(context.document) - len(said), len(items)) if said else None
    support = measure_support(items, context.document, task_like=task_like)
    return Recognised("conclusions", items, legend=legend, support=support)
