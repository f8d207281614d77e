"""Tables of a legacy Word (.doc) file read from its own text stream, where LibreOffice lost them.

LibreOffice's Word 97 import turns some files' tables into one paragraph of run-together cell
texts (`STTNhiệm vụCơ quan chủ trì…`): the cells are gone, so no recogniser can read the table.
The file still says where every cell and row ends: its text stream (read through the piece table)
marks a cell's end with U+0007, and a row's end is a U+0007 paragraph whose properties carry the
table-row-end flag (sprmPFTtp). `word97_tables` reads those rows; `restore_tables` puts each table
back where the conversion left its run-together text. Only outer tables are read (a nested
table's cells stay text of the outer cell).
"""

from __future__ import annotations

import re
import struct
from bisect import bisect_right

_CELL = "\x07"
_PARAGRAPH = "\r"
_TTP = 0x2417  # sprmPFTtp: the paragraph is a table row's end mark
_IN_TABLE = 0x2416  # sprmPFInTable
_OPERAND = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}


def _u16(data: bytes, at: int) -> int:
    return struct.unpack_from("<H", data, at)[0]


def _u32(data: bytes, at: int) -> int:
    return struct.unpack_from("<I", data, at)[0]


def _streams(data: bytes) -> tuple[bytes, bytes] | None:
    import os

    from xlrd.compdoc import CompDoc

    with open(os.devnull, "w") as quiet:
        ole = CompDoc(data, logfile=quiet)
        word = ole.get_named_stream("WordDocument")
        if not word or len(word) < 0x200:
            return None
        table = ole.get_named_stream("1Table" if _u16(word, 0x0A) & 0x0200 else "0Table")
    return (word, table) if table else None


def _fib(word: bytes) -> tuple[int, dict[int, tuple[int, int]]]:
    """ccpText and the (fc, lcb) pairs of FibRgFcLcb by index."""
    csw = _u16(word, 32)
    at = 34 + csw * 2
    cslw = _u16(word, at)
    ccp_text = _u32(word, at + 2 + 3 * 4)
    at += 2 + cslw * 4
    count = _u16(word, at)
    blob = at + 2
    pairs = {
        index: (_u32(word, blob + 8 * index), _u32(word, blob + 8 * index + 4)) for index in range(count)
    }
    return ccp_text, pairs


def _characters(word: bytes, table: bytes, fc_clx: int, lcb_clx: int, ccp_text: int):
    """The main text through the piece table, as (text, file offset of its first character, bytes
    per character) pieces."""
    clx = table[fc_clx : fc_clx + lcb_clx]
    at = 0
    while at < len(clx) and clx[at] == 1:  # Prc entries before the piece table
        at += 3 + _u16(clx, at + 1)
    if at >= len(clx) or clx[at] != 2:
        return []
    size = _u32(clx, at + 1)
    plc = clx[at + 5 : at + 5 + size]
    pieces = (size - 4) // 12
    cps = [_u32(plc, 4 * k) for k in range(pieces + 1)]
    out = []
    for k in range(pieces):
        start, end = cps[k], min(cps[k + 1], ccp_text)
        if start >= end:
            continue
        fc = _u32(plc, 4 * (pieces + 1) + 8 * k + 2)
        if fc & 0x40000000:  # 8-bit text (cp1252), one byte a character
            base = (fc & ~0x40000000) // 2
            out.append((word[base : base + end - start].decode("cp1252", "replace"), base, 1))
        else:
            out.append((word[fc : fc + 2 * (end - start)].decode("utf-16-le", "replace"), fc, 2))
    return out


_MARK = re.compile("[\x07\r]")


def _marks(pieces):
    """(the paragraph's text, its end mark, the mark's file offset) in reading order."""
    text: list[str] = []
    for piece, base, width in pieces:
        at = 0
        for match in _MARK.finditer(piece):
            text.append(piece[at : match.start()])
            yield "".join(text), match.group(), base + width * match.start()
            text = []
            at = match.end()
        text.append(piece[at:])


def _sprms(grpprl: bytes):
    at = 0
    while at + 2 <= len(grpprl):
        sprm = _u16(grpprl, at)
        at += 2
        kind = sprm >> 13
        if kind == 6:
            if sprm in (0xD608, 0xD606):  # sprmTDefTable, sprmTDefTable10: a two-byte size
                length = _u16(grpprl, at) - 1 if at + 2 <= len(grpprl) else 0
                at += 2
            else:
                length = grpprl[at] if at < len(grpprl) else 0
                at += 1
        else:
            length = _OPERAND[kind]
        yield sprm, grpprl[at : at + length]
        at += length


def _paragraph_flags(word: bytes, table: bytes, fc_bte: int, lcb_bte: int):
    """A function file offset → (in a table, a row's end mark) of the paragraph holding it."""
    count = (lcb_bte - 4) // 8
    plc = table[fc_bte : fc_bte + lcb_bte]
    pages = [_u32(plc, 4 * (count + 1) + 4 * k) & 0x3FFFFF for k in range(count)]
    runs: list[tuple[int, int, bool, bool]] = []  # (fc start, fc end, in table, row end)
    for pn in pages:
        page = word[pn * 512 : pn * 512 + 512]
        if len(page) < 512:
            continue
        crun = page[511]
        rgfc = [_u32(page, 4 * i) for i in range(crun + 1)]
        for i in range(crun):
            offset = page[4 * (crun + 1) + 13 * i] * 2
            in_table = row_end = False
            if offset:
                cb = page[offset]
                if cb == 0:
                    length, start = page[offset + 1] * 2, offset + 2
                else:
                    length, start = cb * 2 - 1, offset + 1
                for sprm, operand in _sprms(page[start + 2 : start + length]):
                    if sprm == _IN_TABLE and operand[:1] == b"\x01":
                        in_table = True
                    elif sprm == _TTP and operand[:1] == b"\x01":
                        row_end = True
            runs.append((rgfc[i], rgfc[i + 1], in_table, row_end))
    runs.sort()
    starts = [run[0] for run in runs]

    def flags(fc: int) -> tuple[bool, bool]:
        index = bisect_right(starts, fc) - 1
        if index >= 0 and runs[index][0] <= fc < runs[index][1]:
            return runs[index][2], runs[index][3]
        return False, False

    return flags


def word97_tables(data: bytes) -> list[list[list[str]]]:
    """The outer tables of a Word 97–2003 file, rows of cell texts (a cell's paragraphs joined by
    line breaks); [] where the file cannot be read so."""
    try:
        streams = _streams(data)
        if streams is None:
            return []
        word, table = streams
        ccp_text, pairs = _fib(word)
        if 33 not in pairs or 13 not in pairs:
            return []
        characters = _characters(word, table, *pairs[33], ccp_text)
        flags = _paragraph_flags(word, table, *pairs[13])
    except Exception:  # a damaged or unusual file: LibreOffice's reading stands
        return []
    tables: list[list[list[str]]] = []
    rows: list[list[str]] = []
    row: list[str] = []
    parts: list[str] = []
    for raw, character, fc in _marks(characters):
        in_table, row_end = flags(fc)
        paragraph = raw.replace("\x0b", "\n").strip()
        if character == _CELL and row_end:
            if row:
                rows.append(row)
            row, parts = [], []
        elif character == _CELL:
            row.append("\n".join([*parts, paragraph]).strip())
            parts = []
        elif in_table:
            parts.append(paragraph)
        else:
            if rows:
                tables.append(rows)
            rows, row, parts = [], [], []
    if rows:
        tables.append(rows)
    return tables


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def restore_tables(document, data: bytes):
    """Where the converted `document` holds a table of the .doc's text stream as run-together text
    (one paragraph or a run of them), that text becomes the table again. Returns the document
    (rebuilt only where a table was restored)."""
    from engine.importing.blocks import Paragraph, Table

    lost = [rows for rows in word97_tables(data) if len(rows) >= 2]
    if not lost:
        return document
    blocks = list(document.blocks)
    replaced: dict[int, tuple[int, list[list[str]]]] = {}  # first block index → (run length, rows)
    for rows in lost:
        key = _compact("".join(cell for row in rows for cell in row))
        if not key:
            continue
        for first, block in enumerate(blocks):
            if not isinstance(block, Paragraph) or first in replaced:
                continue
            head = _compact(block.text)
            if not head or not key.startswith(head):
                continue  # (cheap: most paragraphs are not the table's start)
            joined, last = "", first
            while last < len(blocks) and isinstance(blocks[last], Paragraph) and len(joined) < len(key):
                joined += _compact(blocks[last].text)
                last += 1
            if joined == key:
                replaced[first] = (last - first, rows)
                break
    if not replaced:
        return document
    return _rebuilt(document, blocks, replaced, Paragraph, Table)


def _rebuilt(document, blocks, replaced, paragraph_type, table_type):
    from django.utils.translation import gettext as _

    from engine.importing.blocks import grid_from_spans
    from engine.importing.readers import Builder, Document

    rebuilt = Document(name=document.name, kind=document.kind, encoding=document.encoding)
    builder = Builder(rebuilt)
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if index in replaced:
            length, rows = replaced[index]
            width = max(len(row) for row in rows)
            # A short row's last cell spans the rest (a group row's title merged over the row).
            spans = [
                [(cell, 1, 1 + (width - len(row) if c == len(row) - 1 else 0)) for c, cell in enumerate(row)]
                for row in rows
            ]
            _table(builder, grid_from_spans(spans), _)
            index += length
            continue
        if isinstance(block, table_type):
            _table(builder, block.rows, _)
        else:
            builder.paragraph(block.text, ref=block.ref, style=block.style, level=block.level)
        index += 1
    rebuilt.ocr = document.ocr
    return rebuilt


def _table(builder, grid, _) -> None:
    number = builder.tables + 1
    refs = [_("table %(t)d, row %(r)d") % {"t": number, "r": r} for r in range(1, len(grid) + 1)]
    builder.table(grid, ref=_("table %(t)d") % {"t": number}, row_refs=refs)
