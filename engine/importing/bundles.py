"""A file holding several documents, one after another: a dispatch and the plan it sends, as an
e-office signs them into one PDF (`Số: 412/UBND-VHXH … Nơi nhận …` then `Số: 58/KH-UBND …
KẾ HOẠCH …`, each under its own heading and e-signature box).

A recogniser reads a document up to its `Nơi nhận`, so the documents after the first are lost.
`documents_in` cuts the file where a later document begins: after a `Nơi nhận` comes another number
line (`Số: …/…`), and the later document starts at the first of its heading lines between them — the
e-signature box (`Ký bởi: …`), the issuer over the national motto, the motto. `read_each` (build.py)
reads every part on its own and joins their items, only where the whole file's reading took its items
from one part alone and every part has a reading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from engine.importing.blocks import Paragraph, Table
from engine.text import fold

_NUMBER_LINE = re.compile(r"^so\s*:\s*\d+\s*/\s*[a-z]")  # `Số: 58/KH-UBND`
_RECIPIENTS = re.compile(r"^noi nhan\b")
_HEADING = re.compile(r"^(?:(?:ky boi|nguoi ky)\s*:|uy ban nhan dan\b|ubnd\b|so\b)|cong hoa xa hoi chu nghia")


def _text(block) -> str:
    if isinstance(block, Table):
        return " ".join(cell.text for row in block.rows for cell in row)
    return block.text


def _first_line(block) -> int:
    if isinstance(block, Table):
        return block.row_lines[0] if block.row_lines else 0
    return block.line


def _starts(blocks: list) -> list[int]:
    """The indices of the blocks where a later document of the file begins."""
    starts: list[int] = []
    recipients = None  # the last `Nơi nhận` since the document began
    for index, block in enumerate(blocks):
        folded = fold(_text(block).strip())
        if _RECIPIENTS.match(folded):
            recipients = index
        elif recipients is not None and isinstance(block, Paragraph) and _NUMBER_LINE.match(folded):
            between = range(recipients + 1, index)
            heading = next((at for at in between if _HEADING.search(fold(_text(blocks[at]).strip()))), None)
            if heading is not None:
                starts.append(heading)
            recipients = None
    return starts


def documents_in(document) -> list:
    """The documents the file holds, each a Document of its blocks and lines; [document] for one."""
    blocks = list(getattr(document, "blocks", []) or [])
    starts = _starts(blocks)
    if not starts:
        return [document]
    parts = []
    bounds = [0, *starts, len(blocks)]
    for begin, end in pairwise(bounds):
        part = blocks[begin:end]
        first = _first_line(part[0])
        last = _first_line(blocks[end]) if end < len(blocks) else None
        lines = [
            line for line in document.lines if first <= line.number and (last is None or line.number < last)
        ]
        parts.append(replace(document, blocks=part, lines=lines, warnings=[]))
    return parts
