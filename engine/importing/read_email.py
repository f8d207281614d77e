"""E-mail (.eml, RFC 822/MIME) → the text a clerk reads, then read as plain text.

Parsed by the standard library's `email` (policy.default: encoded-word headers, quoted-printable
and base64 parts, charsets). The text/plain part is read, the HTML part only where there is no text
part (multipart/alternative carries the same text twice: one set of items). The subject (without
`FW:`/`Fwd:`/`RE:`/`TL:`) is the title line. Attachments are listed in a note and not read: an
attached plan is a document of its own, to import by itself (read here, its period and items would
mix with the mail's).

A forwarded mail is a note over the forwarded message. A clerk reads the forwarded list as amended
by the note (`apply_forward_note`): a note line naming a task by its number (`Việc số 5 …`, `Mục
3: …`, `Nhiệm vụ số 2: …`) drops it when it says the task is no longer done (`không thực hiện nữa`,
`dừng thực hiện`, `hủy`), moves its deadline when it says so with a new date (`lùi thời hạn …
đến ngày 30/4/2027`, `gia hạn đến …`: the task's one printed date replaced where it is a deadline,
`trước ngày …`; a task printing its time otherwise is left as printed and named in a note for a
person); a line `Bổ sung: …` / `Giao thêm: …` adds a task after the list's last. The forwarded
message's header lines (From/Sent/To/Subject, Từ/Gửi/Đến/Chủ đề), the note's signature (after a
`--` or `___` line) and a quoted earlier mail (`On … wrote:` / `Vào … đã viết:` and its `>` lines)
are no text of the programme, nor is the note's sign-off (`Trân trọng./.`: a document's closing
mark would end the text there) and what follows it.
"""

import re
from datetime import date
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from django.utils.translation import gettext as _

from engine.importing.errors import ImportFailed
from engine.importing.model import Warning
from engine.importing.readers import Document, _clean, read_text
from engine.text import fold

# An RFC 822 header line at the top of a file (a saved mail), and the MIME ones that make it one.
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]")
_MIME_HEADER = re.compile(
    rb"^(mime-version|content-type|content-transfer-encoding):", re.IGNORECASE | re.MULTILINE
)
_SUBJECT_PREFIX = re.compile(r"^\s*((fw|fwd|re|tl|tr|chuyển tiếp|trả lời)\s*:\s*)+", re.IGNORECASE)

# Folded (engine.text.fold) forms of the lines that frame a forward or a reply.
_FORWARD_MARK = re.compile(
    r"^-{2,}\s*(original message|forwarded message|thu goc|thu chuyen tiep|tin nhan goc"
    r"|thu duoc chuyen tiep)\s*-{2,}$"
)
_FORWARD_HEADER = re.compile(
    r"^(from|sent|date|to|cc|bcc|subject|tu|gui|da gui|gui luc|ngay gui|ngay|den|toi|chu de|tieu de|cc)\s*:"
)
_QUOTE_INTRO = re.compile(r"(wrote|da viet|viet)\s*:\s*$")
_SIGNATURE_MARK = re.compile(r"^(--\s*|_{3,}|-{5,})$")
# A sign-off ("Trân trọng./.", "Trân trọng cảm ơn!", "Best regards,"): the note ends there.
_SIGN_OFF = re.compile(
    r"^(tran trong|xin cam on|cam on|thanks|thank you|best regards|regards|kind regards)"
    r"\b[\s\w]{0,20}[,.!/]*$"
)

# A note line naming a task of the list below by its number, and what it says of it.
_TASK_REFERENCE = re.compile(r"^(?:viec|nhiem vu|muc|noi dung|cong viec|y)(?: so)? (\d{1,2})\b")
_DROPPED = re.compile(
    r"\b(khong thuc hien( nua)?|dung thuc hien|tam dung|huy bo|huy|khong trien khai"
    r"|bo (viec|nhiem vu|muc) nay)\b"
)
_MOVED = re.compile(
    r"\b(lui|gia han|dieu chinh|doi|chuyen|thay doi)\b.*\b(thoi han|han|den ngay|sang ngay|ngay)\b"
    r"|\bgia han\b"
)
_ADDED = re.compile(r"^(bo sung|giao them|them)( (viec|nhiem vu|mot viec|mot nhiem vu))?\s*:\s*\S")
# The words before a task's deadline date ("trình trước ngày …", "hoàn thành trước …", "chậm nhất …").
_DEADLINE_BEFORE = re.compile(r"\b(truoc|den|han|cham nhat|hoan thanh|xong)\b[^,;()]{0,12}$")
_DATE = re.compile(r"\b\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\b")
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[./)]\s+")
_BULLET = re.compile(r"^\s*[-•*+–]\s*")


def is_email(data: bytes, lower: str) -> bool:
    """A saved mail: an .eml name, or a file opening with header lines that include a MIME one."""
    if lower.endswith(".eml"):
        return True
    head = data[:8192].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    return bool(_HEADER_LINE.match(head)) and bool(_MIME_HEADER.search(head))


def read_email(data: bytes, name: str) -> Document:
    message = BytesParser(policy=policy.default).parsebytes(data)
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise ImportFailed(_("The e-mail has no text to read (no text or HTML part)."), source=name)
    try:
        content = body.get_content()
    except (LookupError, ValueError) as error:
        raise ImportFailed(
            _("The e-mail's text cannot be decoded: %(error)s") % {"error": error}, source=name
        ) from None
    if body.get_content_subtype() == "html":
        content = _html_text(content, name)
    lines, notes = clerk_lines(content.replace("\r\n", "\n").split("\n"))
    subject = _SUBJECT_PREFIX.sub("", _clean(str(message.get("Subject", ""))))
    text = "\n".join(([subject, ""] if subject else []) + lines)
    document = read_text(text, name)
    document.dated = _sent_day(message)
    attachments = [part.get_filename() or part.get_content_type() for part in message.iter_attachments()]
    if attachments:
        notes.append(
            _("The e-mail's attachments were not read (import each as a document of its own): %(names)s.")
            % {"names": ", ".join(attachments)}
        )
    document.warnings.extend(Warning(None, note) for note in notes)
    return document


def _sent_day(message) -> date | None:
    """The day the mail was sent as its `Date:` header writes it (in the sender's own zone: `Mon, 27
    Nov 2028 10:14:37 +0700` → 27/11/2028); None where it has no header or one that does not parse."""
    try:
        return parsedate_to_datetime(str(message.get("Date", ""))).date()
    except (TypeError, ValueError, IndexError):
        return None


def _html_text(html: str, name: str) -> str:
    from engine.importing import read_html

    document = read_html.read(html, name, "mail.html")
    return "\n".join(line.text for line in document.lines) if document is not None else html


def clerk_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """A mail body's lines as a clerk reads them, and notes for a person (amendments not applied)."""
    lines = [line.rstrip() for line in lines]
    lines = _drop_quoted(lines)
    mark = next((i for i, line in enumerate(lines) if _FORWARD_MARK.match(fold(line.strip()))), None)
    if mark is None:
        return lines, []
    note = _drop_signature(lines[:mark])
    forwarded = lines[mark + 1 :]
    while forwarded and (not forwarded[0].strip() or _FORWARD_HEADER.match(fold(forwarded[0].strip()))):
        forwarded = forwarded[1:]
    return apply_forward_note(note, forwarded)


def _drop_quoted(lines: list[str]) -> list[str]:
    """A quoted earlier mail (`>` lines and the `… wrote:` line over them) is dropped where the mail
    has text of its own; a mail that is only a quote is read unquoted."""
    own = [line for line in lines if line.strip() and not line.lstrip().startswith(">")]
    if not own:
        return [re.sub(r"^\s*(>\s?)+", "", line) for line in lines]
    quoted = _quoted(lines)
    return [line for index, line in enumerate(lines) if index not in quoted]


def _quoted(lines: list[str]) -> set[int]:
    """The indexes of a quoted earlier mail's lines: its `>` lines and the `… wrote:` line over them."""
    found = set()
    for index, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            found.add(index)
            continue
        following = next((later for later in lines[index + 1 :] if later.strip()), "")
        if _QUOTE_INTRO.search(fold(line.strip())) and following.lstrip().startswith(">"):
            found.add(index)
    return found


# A mail a mail program saved as plain text: header lines at the top (`From: …`, `Date: …`,
# `Subject: …`, or `Từ:`, `Ngày gửi:`, `Chủ đề:`; a webmail's `Gửi từ:`, `Gửi lúc:`), without the
# MIME ones of an .eml.
_SAVED_HEADER = re.compile(
    r"^(from|to|cc|date|sent|subject|tu|gui tu|nguoi gui|den|gui|gui luc|ngay gui|ngay|chu de|tieu de)"
    r"\s*:\s*\S"
)
_SENDER_HEADER = ("from", "tu", "gui tu", "nguoi gui")


def unquoted_saved_mail(text: str) -> str:
    """A mail saved as plain text (two header lines or more at its top, `From`/`Từ`/`Gửi từ` among them) read
    as a clerk reads an .eml: the quoted earlier mail it replies to (`On … wrote:` and its `>`
    lines) is no text of it; those lines are left empty, so the others keep their numbers."""
    lines = text.split("\n")
    head = []
    for line in lines[:12]:
        if not line.strip():
            break
        head.append(fold(line.strip()))
    headers = [line for line in head if _SAVED_HEADER.match(line)]
    if len(headers) < 2 or not any(line.startswith(_SENDER_HEADER) for line in headers):
        return text
    if not any(line.strip() and not line.lstrip().startswith(">") for line in lines[len(head) :]):
        return text  # only a quote: read as it is
    quoted = _quoted(lines)
    return "\n".join("" if index in quoted else line for index, line in enumerate(lines))


def _drop_signature(note: list[str]) -> list[str]:
    for index, line in enumerate(note):
        if _SIGNATURE_MARK.match(line.strip()) or _SIGN_OFF.match(fold(line.strip())):
            return note[:index]
    return note


def apply_forward_note(note: list[str], forwarded: list[str]) -> tuple[list[str], list[str]]:
    """The note's lines that amend the forwarded list by number applied to it (see the module's
    docstring); the note's other lines kept above the list; notes naming what a person must check."""
    numbered = {}
    for index, line in enumerate(forwarded):
        if (match := _NUMBERED.match(line)) and int(match.group(1)) not in numbered:
            numbered[int(match.group(1))] = index
    kept, added, notes = [], [], []
    dropped: set[int] = set()
    replaced: dict[int, str] = {}
    for line in note:
        bare = _BULLET.sub("", line).strip()
        folded = fold(bare)
        reference = _TASK_REFERENCE.match(folded)
        if reference and int(reference.group(1)) in numbered:
            number = int(reference.group(1))
            dates = _DATE.findall(bare)
            if _DROPPED.search(folded):
                dropped.add(number)
                notes.append(_("The forwarding note drops task %(n)d of the forwarded list.") % {"n": number})
                continue
            if dates and _MOVED.search(folded):
                target = forwarded[numbered[number]]
                printed = list(_DATE.finditer(target))
                if len(printed) == 1 and _DEADLINE_BEFORE.search(fold(target[: printed[0].start()])):
                    old = printed[0].group(0)
                    replaced[number] = target.replace(old, dates[-1].replace(" ", ""))
                    notes.append(
                        _("The forwarding note moves task %(n)d's deadline to %(date)s (it printed %(old)s).")
                        % {"n": number, "date": dates[-1], "old": old}
                    )
                else:
                    notes.append(
                        _("The forwarding note moves task %(n)d's deadline to %(date)s: set it by hand.")
                        % {"n": number, "date": dates[-1]}
                    )
                continue
            notes.append(
                _("The forwarding note says of task %(n)d: “%(text)s”; check it.")
                % {"n": number, "text": bare}
            )
        if _ADDED.match(folded):
            added.append(bare.split(":", 1)[1].strip())
            continue
        kept.append(line)
    if not numbered:
        return [*note, "", *forwarded], []
    body = []
    last = max(numbered)
    skipping = False
    for index, line in enumerate(forwarded):
        match = _NUMBERED.match(line)
        if match and numbered.get(int(match.group(1))) == index:
            number = int(match.group(1))
            skipping = number in dropped
            if not skipping:
                body.append(replaced.get(number, line))
            if number == last:
                body.extend(f"{last + offset}. {text}" for offset, text in enumerate(added, start=1))
            continue
        if skipping and line.strip():
            continue  # the dropped task's continuation lines
        skipping = False
        body.append(line)
    return [*kept, "", *body], notes
