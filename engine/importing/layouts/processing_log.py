"""An e-office processing slip (phiếu xử lý văn bản đến, phiếu giải quyết công việc): its items are
the directions written in its processing log.

The slip prints the incoming document's fields (`Số đến`, `Trích yếu`, `Hạn trả lời theo văn bản`:
the document's own deadline, no task), then the log: a table whose header names who handled it
(`Người xử lý`, `Cán bộ xử lý`, `Người cho ý kiến`) and what was written (`Ý kiến xử lý`, `Ý kiến
chỉ đạo`, `Nội dung xử lý`), mostly beside the time of each line and a deadline (`Hạn xử lý`); a
table of the same width with no header of its own after it (the next page) continues it.

Only a leader's lines direct (a handler named by a leader's post: `Phó Chủ tịch UBND tỉnh - …`,
`Giám đốc Sở`, `Đ/c … - PGĐ`); the clerk's and a specialist's forwarding, the chief of office's
proposal to the leader (`Đề xuất giao …`), a department's request or report are no items. In a
leader's cell each sentence (or `;` clause) that assigns — opening with `Giao`, `Yêu cầu`, `Đề
nghị` before a body, or with the body as its subject — is an item led by that body and due at the
time it prints; one printing none takes the line's deadline cell, unless it takes the time of the
one before (`cùng thời hạn`, read by event_dues). A later line granting an extension (`Đồng ý gia
hạn cho Sở X đến ngày 21/5/2027`; without a body named: the one whose line asked for it) moves the
due of that body's last item before it; a refusal moves nothing.
"""

import re
from dataclasses import dataclass

from engine.importing.blocks import Paragraph, Table
from engine.importing.event_dues import takes_time_above
from engine.importing.layouts.prose_facts import (
    EVERY_UNIT,
    UNIT_START,
    Assignment,
    assignment_in,
    due_in,
    folded_same_length,
)
from engine.importing.leaders import HEAD_POST, POST_ABBREVIATIONS
from engine.importing.model import RawItem
from engine.importing.recognition import Context, Recognised, measure_support
from engine.text import fold

# The log's header cells, folded: who handled the document, what they wrote, by when.
_HANDLER = re.compile(
    r"^(?:nguoi|can bo|ca nhan|lanh dao|chuyen vien)(?:\s*[/,]\s*(?:don vi|co quan|phong))?\s+"
    r"(?:xu ly|cho y kien|phe duyet|chuyen|gui|thuc hien|giai quyet)\b"
)
_OPINION = re.compile(
    r"^(?:noi dung\s+)?y kien\b|^(?:noi dung|ket qua)\s+(?:xu ly|giai quyet|chi dao)\b|^but phe\b"
)
_DEADLINE = re.compile(r"^(?:han|thoi han)\b")
# A log line written by a leader: a post that directs, printed before or after the person's name
# (`Phó Chủ tịch UBND tỉnh - Trần Minh Khoa`, `Đ/c Lê Văn An - PGĐ Sở`, `Giám đốc Sở`, `Lãnh đạo Sở`).
_LEADER_POST = re.compile(
    rf"\b(?:{HEAD_POST}|lanh dao (?:so|ubnd|uy ban|bo|cuc|vien|truong|van phong|xa|phuong|tinh|thanh pho))\b"
)
_LEADER_SHORT = re.compile(rf"\b(?:{POST_ABBREVIATIONS})\b")
# A sentence that assigns from its first word (`Giao Sở X …`, `Yêu cầu UBND các xã …`, `Đề nghị Sở Y
# …`, `Chuyển Phòng Z …`), folded; or opens with the body it sets to work.
_ASSIGNING_OPENING = re.compile(r"^(?:giao|yeu cau|de nghi|chuyen|phan cong)(?:\s+cho)?\s+")
# … not a report of what was done (`Sở Xây dựng đã trình …`, `Phòng X đang tổng hợp …`).
_REPORTED = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:da|dang|vua)\s")
# An extension granted (folded): `Đồng ý gia hạn cho Sở X đến ngày 21/5/2027`, `Chấp thuận cho Phòng Y
# gia hạn đến 30/6`, `Thống nhất lùi thời hạn của Sở Z đến ngày …`.
_GRANTS = re.compile(r"^(?:dong y|chap thuan|thong nhat|cho phep)\b")
_EXTENDS = re.compile(r"\b(?:gia han|keo dai(?: thoi han)?|lui(?: thoi han)?|dieu chinh thoi han)\b")
_BODY_AFTER = re.compile(r"\b(?:cho|cua|doi voi)\s+(?=\S)")
# (the body's name ends before the extension's words or the day)
_BODY_END = re.compile(r"\s+(?:duoc\s+)?(?:gia han|keo dai|lui|dieu chinh|thoi han|den|toi|sang)\b")
_TO_DAY = re.compile(
    r"\b(?:den|toi|sang)\s+(?:het\s+)?(?:ngay\s+)?(\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?)(?![\d/])"
)
# A line asking for an extension (`Đề nghị gia hạn đến ngày …`, `Xin gia hạn …`): its handler is the body.
_ASKS = re.compile(r"^(?:de nghi|xin|kinh de nghi)\b[^.;]{0,40}\b(?:gia han|lui thoi han|keo dai)\b")
# A sentence's end (a capital after it), and a `;` before a clause opening with a capital.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-ZĐÀ-Ỹ])")


@dataclass
class _Columns:
    number: int | None
    handler: int
    opinion: int
    deadline: int | None


def _columns(row: list) -> _Columns | None:
    """The log's columns, where `row` is its header."""
    texts = [fold(cell.text).strip(" .:") for cell in row]
    handler = next((i for i, text in enumerate(texts) if _HANDLER.match(text)), None)
    opinion = next((i for i, text in enumerate(texts) if _OPINION.match(text) and i != handler), None)
    if handler is None or opinion is None:
        return None
    deadline = next((i for i, text in enumerate(texts) if _DEADLINE.match(text)), None)
    number = next((i for i, text in enumerate(texts) if re.fullmatch(r"s?tt|so tt|thu tu", text)), None)
    return _Columns(number, handler, opinion, deadline)


def _log(blocks: list) -> tuple[_Columns, list[Table]] | None:
    """The first log table's header columns and its tables: a headerless table of the same width after
    it (a page break, a running line or two between) continues it."""
    for index, block in enumerate(blocks):
        if not isinstance(block, Table) or not block.rows or (columns := _columns(block.rows[0])) is None:
            continue
        tables, between = [block], 0
        for later in blocks[index + 1 :]:
            if isinstance(later, Paragraph):
                between += 1
                if between > 2:
                    break
                continue
            if not later.rows or len(later.rows[0]) != len(block.rows[0]) or _columns(later.rows[0]):
                break
            tables.append(later)
            between = 0
        return columns, tables
    return None


def log_tables(blocks: list) -> list[Table]:
    """The tables of the document's processing log (none where it has no log): no task tables."""
    found = _log(blocks)
    return found[1] if found else []


def has_log(document) -> bool:
    """The document holds a processing log (a table headed by who handled it and what they wrote)."""
    return bool(log_tables(document.blocks))


def _rows(tables: list[Table]) -> list[tuple[list, int | None]]:
    """The log's rows below its header, with their lines."""
    rows = []
    for index, table in enumerate(tables):
        lines = table.row_lines or [None] * len(table.rows)
        rows += list(zip(table.rows, lines, strict=False))[1 if index == 0 else 0 :]
    return rows


def _by_leader(handler: str) -> bool:
    return bool(_LEADER_POST.search(fold(handler)) or _LEADER_SHORT.search(handler))


def _sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(" ".join(text.split())) if part.strip()]


def _assigned(sentence: str) -> Assignment | None:
    """The body a sentence sets to work from its first words (its Assignment; no lead where it asks
    every body of a kind for something by a time), or None."""
    folded = folded_same_length(sentence)
    opening = _ASSIGNING_OPENING.match(folded)
    if _GRANTS.match(folded):
        return None
    if EVERY_UNIT.match(folded[opening.end() if opening else 0 :]) and due_in(sentence):
        return Assignment()  # `Các trường báo cáo … hằng tháng`: every body of a kind, no one lead
    if not (opening or UNIT_START.match(folded)):
        return None
    if (found := assignment_in(sentence)) is None or not found.lead:
        return None
    if not opening and _REPORTED.match(folded[len(found.lead) :]):
        return None  # `Sở Xây dựng đã trình …`: what the body did, no direction
    return found


def _extension(sentence: str) -> tuple[str, str] | None:
    """(the body named or "", the day) of a sentence granting an extension; None otherwise."""
    folded = folded_same_length(sentence)
    if not _GRANTS.match(folded) or not _EXTENDS.search(folded) or (day := _TO_DAY.search(folded)) is None:
        return None
    for m in _BODY_AFTER.finditer(folded[: day.start()]):
        if UNIT_START.match(folded[m.end() :]) and (end := _BODY_END.search(folded, m.end(), day.end())):
            return sentence[m.end() : end.start()].strip(" ,"), sentence[day.start() : day.end()]
    return "", sentence[day.start() : day.end()]


def _same_body(lead: str, body: str) -> bool:
    lead, body = fold(lead).strip(), fold(body).strip()
    return bool(lead and body) and (lead.startswith(body) or body.startswith(lead))


def read_log(document) -> tuple[list[RawItem], int] | None:
    """The log's directions as items, and the number of its lines; None where there is no log."""
    found = _log(document.blocks)
    if found is None:
        return None
    columns, rows = found[0], _rows(found[1])
    items: list[RawItem] = []
    asked_by = ""
    for row, line in rows:
        texts = [cell.text.strip() for cell in row]
        if len(texts) <= max(columns.handler, columns.opinion):
            continue
        handler, opinion = texts[columns.handler], texts[columns.opinion]
        if _ASKS.match(fold(opinion)):
            asked_by = handler.split("(")[0].strip()
        if not _by_leader(handler):
            continue
        deadline = (
            texts[columns.deadline] if columns.deadline is not None and columns.deadline < len(texts) else ""
        )
        ref = texts[columns.number] if columns.number is not None else None
        for sentence in _sentences(opinion):
            if (extension := _extension(sentence)) is not None:
                body = extension[0] or asked_by
                target = next((item for item in reversed(items) if _same_body(item.lead, body)), None)
                if target is not None:
                    target.due = extension[1]
                continue
            assigned = _assigned(sentence)
            if assigned is None:
                continue
            due = due_in(sentence) or ("" if takes_time_above(sentence) else deadline)
            items.append(
                RawItem(
                    content=sentence,
                    line=line,
                    ref=ref,
                    lead=assigned.lead,
                    coordinating=assigned.coordinating,
                    leader=handler,
                    due=due,
                )
            )
    return items, len(rows)


def recognise(context: Context) -> Recognised | None:
    found = read_log(context.document)
    if not found or not found[0]:
        return None
    items, lines = found
    # The log's lines are the pieces a task could be (the document's fields table is none).
    return Recognised(
        "processing_log", items, support=measure_support(items, context.document, task_like=lines)
    )
