"""Finding the OCR'd tables: header lines, row numbers in sequence, Roman sections, page breaks."""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from engine.importing.model import Warning
from engine.importing.readers import Document
from engine.text import fold

# --- table structure ----------------------------------------------------------------------

_HEADER_WORDS = (
    re.compile(r"\bn\S?i dung\b"),
    re.compile(r"\bchi ?tieu\b"),
    re.compile(r"\b[dp]on ?vi\b|/d?o\S?n vi\b"),
    re.compile(r"\blanh dao\b"),
    re.compile(r"\bthoi gian\b"),
    re.compile(r"\bnhi\S{1,2}m v\w\b"),
    re.compile(r"\bgh\W?i\b"),
    re.compile(r"\bph\w{1,2} h\w?p\b"),
)
_ROW = re.compile(r"^\s*(\d{1,2}|[sS])(?:\s*[.|]+\s*|\s+)(.*)$")
_ROMAN_ROW = re.compile(r"^\s*([IVXl1]{1,4})\s*[.|]\s*(.*)$")
_HEADING = re.compile(r"^\s*(?:\d{1,2}|[IVXl1]{1,4})\.\s+[A-ZĐa-z*]")
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_UPPER_START = re.compile(r"^\s*[A-ZĐÀ-Ỹ][a-z0-9à-ỹđ]")


def _is_header(text: str) -> bool:
    folded = fold(text).replace("|", " ")
    if len(folded) > 110 or re.match(r"^\s*\d", folded):
        return False
    score = sum(1 for pattern in _HEADER_WORDS if pattern.search(folded))
    if re.match(r"^\s*(tt|t|stt)\b", folded):
        score += 1
    return score >= 2 and len(folded.split()) <= 16


def _roman(text: str) -> int | None:
    value = text.replace("l", "I").replace("1", "I")
    return _ROMAN_VALUES.get(value)


@dataclass
class _Row:
    ref: str | None
    number_line: int | None
    lines: list[tuple[int, str]] = field(default_factory=list)
    section: str | None = None
    section_index: int = 0


@dataclass
class _Table:
    kind: str  # "indicator", "tasks"
    heading: str | None
    mode: str | None = None  # "top": the number starts the row; "centred": it sits in the middle
    rows: list[_Row] = field(default_factory=list)
    sections: list[tuple[int, str, str]] = field(default_factory=list)  # (line, section, raw line text)
    pending: list[tuple[int, str]] = field(default_factory=list)
    expected: int = 1
    expected_roman: int = 1
    section: str | None = None


def _sentence_start(pending: list[tuple[int, str]]) -> int:
    """Where the next row's lines begin among the lines between two row numbers (centred rows)."""
    candidates = [i for i, (_n, text) in enumerate(pending) if _UPPER_START.match(text)]
    for i in candidates:
        if i > 0 and re.search(r"[^\W\d_]\.(\s+\S+){0,2}\s*$", pending[i - 1][1]):
            return i
    return candidates[0] if candidates else len(pending)


def _tables(document: Document, warnings: list[Warning]) -> list[_Table]:
    lines = [
        (line.number, " ".join((line.raw or line.text).replace("\t", " ").split())) for line in document.lines
    ]
    tables: list[_Table] = []
    table: _Table | None = None
    heading: str | None = None
    blanks = 0
    i = 0

    def skip_header(k: int) -> int:
        """Past a header line and its short continuation lines ("Sở chỉ đạo chủ trì phối hợp")."""
        k += 1
        while k < len(lines) and (
            not lines[k][1] or (len(lines[k][1]) < 40 and not _row_number(lines[k][1], table))
        ):
            k += 1
        return k

    def close() -> None:
        if table is None:
            return
        _flush(table, None)
        if table.rows:
            tables.append(table)

    while i < len(lines):
        number, text = lines[i]
        if not text:
            blanks += 1
            i += 1
            continue
        after_break, blanks = blanks >= 2, 0
        if table is None:
            if _is_header(text):
                kind = "indicator" if re.search(r"chi ?tieu", fold(text)) else "tasks"
                table = _Table(kind=kind, heading=heading)
                i = skip_header(i)
                continue
            folded = fold(text)
            if _HEADING.match(text) or folded.startswith("phu luc"):
                heading = text
            i += 1
            continue
        # Inside a table.
        if _is_header(text):
            i = skip_header(i)
            continue
        if after_break and _row_number(text, table) is None:
            ahead = [k for k in range(i, min(i + 8, len(lines))) if lines[k][1]][:3]
            header_at = None
            for k in ahead:
                if _is_header(lines[k][1]):
                    header_at = k
                    break
                if _HEADING.match(lines[k][1]):
                    break  # a new heading: the table has ended
            if header_at is None:
                close()
                table = None
                continue
            i = skip_header(header_at)
            continue
        if fold(text).lstrip("* ").startswith("ghi chu"):
            close()
            table = None
            i += 1
            continue
        found = _row_number(text, table)
        if found is None:
            table.pending.append((number, text))
        elif found[0] == "roman":
            _flush(table, None)
            table.section = f"{found[2]}. {_before_unit(found[3])}".strip(" .")
            table.sections.append((number, table.section, found[3]))
            table.expected_roman += 1
        else:
            _value, ref, rest = found[1], found[2], found[3]
            if found[1] == table.expected + 1 and table.mode == "centred" and table.pending:
                # The number of the row before is not legible: its lines are the ones pending.
                start = _sentence_start(table.pending)
                if start < len(table.pending):
                    _flush(table, start)
                    orphan = table.pending
                    table.pending = []
                    ref_text = str(table.expected)
                    warnings.append(
                        Warning(
                            orphan[0][0],
                            _("Row number not legible; read as %(ref)s from the rows around it.")
                            % {"ref": ref_text},
                        )
                    )
                    table.rows.append(_Row(ref_text, None, orphan, table.section, len(table.sections)))
                    table.expected += 1
            if table.mode is None:
                table.mode = "centred" if table.pending else "top"
            if table.mode == "centred":
                start = _sentence_start(table.pending) if table.rows else 0
                _flush(table, start)
                before = table.pending
            else:
                _flush(table, None)
                before = []
            table.pending = []
            row = _Row(ref, number, [*before, (number, rest)], table.section, len(table.sections))
            table.rows.append(row)
            table.expected += 1
        i += 1
    close()
    return tables


def _before_unit(title: str) -> str:
    """A section row's title without the lead-unit cell's words printed after it ("… Phong Quan ly")."""
    words = title.split()
    for k, word in enumerate(words):
        if k and (word in {"Phong", "(Phong", "Trung"} or word.startswith("(Phong")):
            return " ".join(words[:k])
    return title


def _row_number(text: str, table: _Table | None):
    """("row", value, ref, rest) for the next row's number, ("roman", value, numeral, rest), or None."""
    if table is None:
        return None
    if match := _ROMAN_ROW.match(text):
        value = _roman(match.group(1))
        digits = match.group(1).isdigit()
        if digits and (table.expected_roman == 1 or int(match.group(1)) == table.expected):
            value = None  # "1 |" is row 1; "111 |" is III only once Roman sections have begun
        if value is not None and value == table.expected_roman:
            numeral = match.group(1).replace("l", "I").replace("1", "I")
            return ("roman", value, numeral, match.group(2).strip())
    if match := _ROW.match(text):
        printed = match.group(1)
        value = 5 if printed in "sS" else int(printed)
        if value == table.expected or (value == table.expected + 1 and table.mode == "centred"):
            return ("row", value, str(value), match.group(2).strip())
    return None


def _flush(table: _Table, keep_from: int | None) -> None:
    """Give the pending lines (up to `keep_from`) to the last row; the rest stay pending."""
    cut = len(table.pending) if keep_from is None else keep_from
    if table.rows:
        table.rows[-1].lines.extend(table.pending[:cut])
    table.pending = table.pending[cut:]
