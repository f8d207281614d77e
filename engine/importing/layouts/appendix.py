"""Numbered appendix rows with sub-items "(1)", "(2)" and a legend (seed 002, a PDF's text).

The PDF gives a row's cells one after another: the task's lines, then the narrow lead
and coordinating cells as runs of short lines, then (after a page break) the rest of
the task, its lines starting with a space. Short runs that start in upper case and end
the row or the page are the unit cells; `is_unit_phrase` (the unit resolver) tells
where the lead cell ends and the coordinating cell begins.
"""

import re
from collections.abc import Callable

from django.utils.translation import gettext as _

from engine.importing.model import RawItem, Warning
from engine.importing.readers import Document
from engine.text import fold

SHORT = 24
_ROW = re.compile(r"^\s*(\d{1,3})\.\s*(.*)$")
_PAGE = re.compile(r"^\s*\d{1,3}\s*$")
_SUB = re.compile(r"(?:^|(?<=[;.:)])\s+|(?<=\.\s)|(?<=;\s))\((\d{1,2})\)\s")
_ONLY_FOR = re.compile(r"(?:doi voi|cho) (?:cac )?noi dung\s*((?:\(\d+\)[\s,;]*(?:va\s*)?)+)")


def _is_heading(folded: str) -> bool:
    return folded.startswith("phu luc")


def _legend(lines: list[str]) -> dict[str, str]:
    legend = {}
    for text in lines:
        match = re.match(r"^\s*[-–•]?\s*(.+?)\s*:\s*(.+?)\s*$", text)
        if match and len(match.group(2)) < len(match.group(1)):
            legend[match.group(2)] = match.group(1)
    return legend


def _join(lines: list[str]) -> str:
    text = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        text = f"{text}{line}" if text.endswith("-") and not text.endswith(" -") else f"{text} {line}"
    return " ".join(text.split())


def _unit_cells(block: list[tuple[int, str]], is_unit_phrase: Callable[[str], bool]):
    """(content lines, lead text, coordinating text, found) of one row."""
    ends = {index for index, (n, raw) in enumerate(block) if _PAGE.match(raw)}
    # A run of short lines ends the row, a page, or comes before a line that continues on a new page.
    kept = []
    for index, (n, raw) in enumerate(block):
        if index in ends:
            if kept:
                kept[-1] = (*kept[-1][:2], True)
            continue
        kept.append((n, raw, False))
    lines = kept
    for i, (_n, raw, _end) in enumerate(lines):
        text = raw.strip()
        if not (len(text) <= SHORT and (text[:1].isupper() or text.startswith("-"))):
            continue
        j = i
        while j < len(lines) and len(lines[j][1].strip()) <= SHORT:
            j += 1
            if lines[j - 1][2]:
                break  # the page ends after this line
        if not (j == len(lines) or lines[j - 1][2] or lines[j][1].startswith(" ")):
            continue
        cells = [line.strip() for _n, line, _e in lines[i:j]]
        lead, coordinating = _split_cells(cells, is_unit_phrase)
        if coordinating or is_unit_phrase(lead):
            content = [(n, raw) for n, raw, _e in lines[:i] + lines[j:]]
            return content, lead, coordinating, True
    return [(n, raw) for n, raw, _e in lines], "", "", False


def _split_cells(cells: list[str], is_unit_phrase: Callable[[str], bool]) -> tuple[str, str]:
    for k in range(1, len(cells)):
        following = cells[k]
        if (following[:1].isupper() or following.startswith("-")) and is_unit_phrase(_join(cells[:k])):
            return _join(cells[:k]), _join(cells[k:])
    return _join(cells), ""


def _coordinating_for(text: str, number: int | None) -> str:
    """Coordinating units that a note limits to some sub-items ("… đối với nội dung (1), (2), (9)")."""
    parts = [part for part in re.split(r"(?:^|;\s*)-\s+|^-\s*", text) if part.strip()] or [text]
    kept = []
    for part in parts:
        limited = _ONLY_FOR.search(fold(part))
        if limited and number is not None:
            numbers = {int(n) for n in re.findall(r"\d+", limited.group(1))}
            if number not in numbers:
                continue
        kept.append(part.strip().rstrip(";"))
    return "; ".join(kept)


def _sub_items(content: str) -> list[tuple[int | None, str]]:
    marks = list(_SUB.finditer(content))
    chosen, expected = [], 1
    for mark in marks:
        if int(mark.group(1)) == expected:
            chosen.append(mark)
            expected += 1
    if len(chosen) < 2 or content[: chosen[0].start()].strip():
        return [(None, content)]
    pieces = []
    for index, mark in enumerate(chosen):
        end = chosen[index + 1].start() if index + 1 < len(chosen) else len(content)
        pieces.append((int(mark.group(1)), content[mark.end() : end].strip().rstrip(";").strip()))
    return pieces


def recognise(document: Document, warnings: list[Warning], is_unit_phrase: Callable[[str], bool]):
    lines = [(line.number, line.raw or line.text) for line in document.lines if line.text.strip()]
    items: list[RawItem] = []
    legend: dict[str, str] = {}
    section = None
    i = 0
    while i < len(lines):
        _number, text = lines[i]
        folded = fold(text)
        if _is_heading(folded):
            title = lines[i + 1][1].strip() if i + 1 < len(lines) else ""
            section = f"{text.strip()} {title}".strip()
            i += 2
            while i < len(lines) and not _ROW.match(lines[i][1]):
                i += 1
            expected = 1
            while i < len(lines):
                match = _ROW.match(lines[i][1])
                if not match or int(match.group(1)) != expected:
                    break
                start_line = lines[i][0]
                block = [(start_line, match.group(2))]
                i += 1
                while i < len(lines):
                    follow = fold(lines[i][1])
                    nxt = _ROW.match(lines[i][1])
                    if (
                        (nxt and int(nxt.group(1)) == expected + 1)
                        or follow.startswith("chu thich")
                        or _is_heading(follow)
                    ):
                        break
                    block.append(lines[i])
                    i += 1
                items += _row_items(block, str(expected), section, start_line, is_unit_phrase, warnings)
                expected += 1
            continue
        if folded.startswith("chu thich"):
            j = i + 1
            entries = []
            while j < len(lines) and lines[j][1].lstrip().startswith(("-", "–", "•")):
                entries.append(lines[j][1])
                j += 1
            legend.update(_legend(entries))
            i = j
            continue
        i += 1
    return items, legend


def _row_items(block, ref, section, start_line, is_unit_phrase, warnings) -> list[RawItem]:
    content_lines, lead, coordinating, found = _unit_cells(block, is_unit_phrase)
    if not found:
        warnings.append(Warning(start_line, _("Row %(ref)s: no lead-unit cell found.") % {"ref": ref}))
    content = _join([text for _n, text in content_lines])
    folded_section = fold(section or "")
    result = []
    for sub, text in _sub_items(content):
        if not text:
            continue
        result.append(
            RawItem(
                content=text,
                line=start_line,
                ref=f"{ref}.({sub})" if sub else ref,
                section=section,
                lead=lead,
                coordinating=_coordinating_for(coordinating, sub),
                is_cross_cutting="xuyen suot" in folded_section,
                is_key="trong tam" in folded_section,
                sub_item=sub,
            )
        )
    return result
