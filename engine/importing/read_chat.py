"""A chat log copied out of a messaging group (Zalo, Viber, Messenger exports): every message a line
`[HH:MM, d/m/yyyy] <sender>: <message>` (or `[d/m/yyyy HH:MM] …`, `HH:MM d/m/yyyy - <sender>: …`).

The messages are the document: each is read as a paragraph of its own text, the time, date and
sender dropped (a message's own date is when it was sent, not a deadline). A short label before a
list number (`Bổ sung: 7. …`, `Thêm: 8) …`) is dropped so the numbered assignments form one list,
and a placeholder for an attachment (`[Hình ảnh]`, `[Sticker]`, `<Media omitted>`) is no text.
The lines keep their numbers.
Anything that is not such a log returns None and the next reader tries.
"""

import re

from engine.importing.readers import Document, read_text

_STAMP = re.compile(
    r"^\s*(?:\[\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*,?\s*(?P<d1>\d{1,2}/\d{1,2}/\d{2,4})"
    r"|(?P<d2>\d{1,2}/\d{1,2}/\d{2,4})\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?)\s*\]"
    r"|\d{1,2}:\d{2}\s+(?P<d3>\d{1,2}/\d{1,2}/\d{2,4})\s+-)"
    r"\s*(?P<sender>[^:\n]{1,60}?):\s?(?P<message>.*)$"
)
# A label before a list number: `Bổ sung: 7. …`, `Thêm việc: 8) …`, `Nhắc lại: 2. …`.
_LABEL_BEFORE_NUMBER = re.compile(r"^[^\d:.;]{2,24}:\s*(?=\d{1,2}[.)/]\s)")
_PLACEHOLDER = re.compile(
    r"^(?:\[[^\]]{1,30}\]|<[^>]{1,30}>|\((?:hình ảnh|ảnh|sticker|tệp|file|video)[^)]{0,20}\))$", re.IGNORECASE
)
# At least this many message lines, and this share of the text's non-blank lines.
MIN_MESSAGES = 3
MIN_SHARE = 0.6


def read(text: str, name: str, lower: str) -> Document | None:
    if lower.endswith((".csv", ".tsv", ".json", ".html", ".htm", ".md")):
        return None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    filled = [line for line in lines if line.strip()]
    stamps = [_STAMP.match(line) for line in lines]
    messages = [m for m in stamps if m]
    if len(messages) < MIN_MESSAGES or len(messages) < MIN_SHARE * len(filled):
        return None
    first = next(index for index, m in enumerate(stamps) if m)
    out = lines[:first]
    for line, m in zip(lines[first:], stamps[first:], strict=True):
        if m is None:
            out.append(line)  # a message's continuation line, or a blank line
            continue
        message = m.group("message").strip()
        if _PLACEHOLDER.match(message):
            message = ""
        out.append(_LABEL_BEFORE_NUMBER.sub("", message))
    return read_text("\n".join(out), name)
