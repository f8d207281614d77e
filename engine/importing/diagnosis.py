"""What the importer saw when no recogniser read a task: the message that says what to do.

Called by build.recognise when every recogniser declined. It names the tables found with
their header cells, the column roles recognised and the ones missing, numbered paragraphs
that carry no lead unit or deadline, and lines that look like a Markdown or HTML table,
then what the person can do.
"""

import re

from django.utils.translation import gettext as _

from engine.importing.blocks import Paragraph, Table
from engine.importing.layouts import columns
from engine.text import fold

_LIST_MARK = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ]\)|\(\d{1,3}\)|[-–•+])\s*\S")
# A rule row holds a pipe (`|---|---|`, `---|---`); a line of dashes alone is a letterhead's rule.
_MARKDOWN_ROW = re.compile(r"^\s*\|.*\|\s*$|^\s*\|?\s*:?-{3,}:?\s*\|")
_RULE_LINE = re.compile(r"^\s*[-–—_=*.~]{3,}\s*$")
_HTML_TABLE = re.compile(r"<\s*(?:table|tr|td|th)\b", re.IGNORECASE)
NEEDED = ("content", "lead", "due")


def _role_names() -> dict[str, str]:
    return {
        "content": _("content (Nội dung / Nhiệm vụ)"),
        "lead": _("lead unit (Đơn vị chủ trì)"),
        "due": _("time (Thời gian / Thời hạn)"),
        "coordinating": _("coordinating units"),
        "leader": _("leader"),
        "ref": _("number (TT)"),
        "note": _("note"),
        "target": _("target"),
        "measure": _("unit of measure"),
    }


def _roles_of(cells: list[str]) -> list[str]:
    found: list[str] = []
    for cell in cells:
        folded = fold(cell).strip(" .:*")
        if not folded or len(folded) > 60:
            continue
        for role, pattern in columns._ROLES:
            if pattern.search(folded) and role not in found:
                found.append(role)
                break
    return found


def _header(table: Table) -> list[str]:
    """The first row with two or more filled cells: what the table's header says."""
    for row in table.rows[:4]:
        cells = [" ".join(cell.text.split()) for cell in row if not cell.is_merged_copy and cell.text.strip()]
        if len(cells) >= 2:
            return cells
    return []


def describe_unrecognised(document) -> str:
    """The message of the ImportFailed raised when no recogniser read a task."""
    names = _role_names()
    parts = [_("No task was recognised in this document.")]
    tables = [block for block in document.blocks if isinstance(block, Table) and len(block.rows) >= 2]
    for table in tables[:5]:
        header = _header(table)
        roles = _roles_of(header)
        missing = [names[role] for role in NEEDED if role not in roles]
        parts.append(
            _(
                "Table %(n)d (%(rows)d rows), header: %(cells)s. "
                "Columns recognised: %(found)s; missing: %(missing)s."
            )
            % {
                "n": table.number or tables.index(table) + 1,
                "rows": len(table.rows),
                "cells": " | ".join(cell[:40] for cell in header[:8]) or "—",
                "found": ", ".join(names.get(role, role) for role in roles) or "—",
                "missing": ", ".join(missing) or "—",
            }
        )
    if len(tables) > 5:
        parts.append(_("… and %(n)d more tables.") % {"n": len(tables) - 5})
    if not tables:
        parts.append(_("No table was found."))
    paragraphs = [block for block in document.blocks if isinstance(block, Paragraph)]
    numbered = [b for b in paragraphs if _LIST_MARK.match(b.text) and not _RULE_LINE.match(b.text)]
    if numbered:
        examples = "; ".join(f"“{block.text[:60]}”" for block in numbered[:2])
        parts.append(
            _("%(n)d numbered paragraphs, but none says which unit leads it or by when (e.g. %(examples)s).")
            % {"n": len(numbered), "examples": examples}
        )
    markdown = sum(1 for line in document.lines if _MARKDOWN_ROW.match(line.text))
    html = sum(1 for line in document.lines if _HTML_TABLE.search(line.text))
    if markdown >= 2:
        parts.append(_("%(n)d lines look like a Markdown table (| … | … |).") % {"n": markdown})
    if html:
        parts.append(_("%(n)d lines hold HTML table tags (<table>, <tr>, <td>).") % {"n": html})
    parts.append(
        _(
            "What to do: give the tasks as a table whose header names the columns "
            "(Nội dung, Đơn vị chủ trì, Thời gian) in a .docx, .xlsx or tab-separated .txt file; "
            "or write each numbered task with its labelled fields (Cơ quan chủ trì: …; "
            "Thời gian thực hiện: …); a notice of conclusions is read when its sentences say "
            "“Giao <unit> chủ trì …”."
        )
    )
    return "\n".join(parts)
