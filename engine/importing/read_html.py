"""HTML reader (stdlib html.parser): tables with rowspan/colspan as spans, the rest as paragraphs.

Entities (`&acirc;`, `&nbsp;`) are decoded by the parser; `<br>` is a line break inside a cell or a
`<p>` and ends a paragraph elsewhere (portal articles separate their lines only by `<br>`); a
related-links list ("Tin liên quan"), a `<nav>` menu or a list whose class names a menu (`<ul
class="menu">`) or a breadcrumb (`<ol class="breadcrumb">`), an `<aside>` or a `<div>` whose class
or id names a sidebar (a sidebar of news, notices or links) and a pager ("Trang 1/2 · Xem tiếp »";
a date alone is none) are dropped; headings keep their level.
A list item is a paragraph of style "list" that starts with the mark a browser draws (`1.`, `a)`,
`-` for `<ul>`; `type`, `start` and `value` honoured); a list nested inside an item is part of that
item's paragraph. A block holding only a counting-up ordinal (a card's number box) numbers the block after it.
A page of tabs (`<ul class="nav nav-tabs">` of `<a href="#quy1">Quý I</a>` links over `<div
class="tab-pane" id="quy1">` panes; `role="tab"`, `data-toggle="tab"`, `aria-controls` too) shows one
pane at a time under its label: each pane opens with its tab's label as a heading (the label is often
the only place its period is printed). Struck text (`<s>`, `<strike>`, `<del>`, a `line-through`
style) is deleted text, as in the other readers: a row struck through is read empty.
A definition list (`<dl>` of `<dt>` label / `<dd>` value pairs: one event of a calendar
page) is one paragraph of style "record", a `label: value` line per pair. A table nested in a
cell (an outer layout table's cell holding the task table) is a table block of its own, after its
row's other cells as paragraphs; the outer rows around it stay a table. A list in a cell (`<td><ul><li>
…</li><li>…</li></ul>`) keeps the cell's text as one, and gives the cell its items as parts
(`Cell.parts`), each with the mark a browser draws (the text before the list, if any, the first part).
Scripts and styles are dropped.
"""

import re
from html.parser import HTMLParser
from itertools import pairwise

from django.utils.translation import gettext as _

from engine.importing.blocks import grid_from_spans
from engine.importing.docx_numbering import format_number
from engine.importing.limits import limit, refuse
from engine.importing.readers import Builder, Document, _clean

_SNIFF = re.compile(r"<(?:!doctype\s+html|html[\s>])|<table[\s>][\s\S]*</t[dh]>", re.IGNORECASE)
_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
               "header", "footer", "blockquote", "pre", "ul", "ol", "title", "dt", "dd", "details",
               "summary"}  # fmt: skip
# A collapsible block's `<summary>` is the title a reader clicks: a heading below the page's own.
_SUMMARY_LEVEL = 6
_SPACE = re.compile(r"[ \t\r\f\v]+")
# A portal's list of links to other articles ("Tin liên quan", "Các tin khác", "Bài viết cùng chuyên
# mục"): its heading and the list items after it are dropped, their dates and units are not the page's.
_RELATED = re.compile(
    r"^(?:các\s+)?(?:tin|bài|bài viết|tin bài|văn bản|tin tức)\s+"
    r"(?:liên quan|khác|cùng chuyên mục|cùng loại|mới|mới nhất|đọc nhiều|xem nhiều)\s*:?$",
    re.IGNORECASE,
)


# A page's attachments ("Văn bản đính kèm (2)", "Tệp đính kèm") and readers' comments ("Bình luận
# (3)", "Ý kiến bạn đọc"): under such a heading are file names and questions, not the page's tasks.
_ASIDE = re.compile(
    r"^(?:(?:các\s+)?(?:văn bản|tệp|tập tin|file|tài liệu)\s+đính kèm|bình luận|ý kiến bạn đọc"
    r"|ý kiến phản hồi|phản hồi của bạn đọc)\s*(?:\(\d+\))?\s*:?$",
    re.IGNORECASE,
)


# Where a list item starts inside a table cell, its mark (`- `, `2. `) up to the end sign: the item's
# part keeps the mark, the cell's text does not.
_CELL_ITEM, _MARK_END = "\x1e", "\x1f"
_CELL_MARK = re.compile("\x1e[^\x1e\x1f]*\x1f")


def _cell_plain(chunks: str) -> str:
    return _CELL_MARK.sub(" ", chunks)


def _cell(chunks: str) -> tuple[str, tuple[str, ...]]:
    """A cell's text and, where it holds a list of two items or more, its parts: the text before
    the list (if any) and each item after its mark (`- …`, `2. …`)."""
    text = _clean(_tidy(_cell_plain(chunks)))
    if chunks.count(_CELL_ITEM) < 2:
        return text, ()
    pieces = [_clean(_tidy(piece.replace(_MARK_END, " "))) for piece in chunks.split(_CELL_ITEM)]
    return text, tuple(piece for piece in pieces if piece)


def read(text: str, name: str, lower: str) -> Document | None:
    if not (lower.endswith((".html", ".htm")) or _SNIFF.search(text[:200_000])):
        return None
    parser = _Parser(name, _table_classes(text), _tab_labels(text))
    parser.feed(text)
    parser.close()
    if parser.record is not None:
        parser.end_record()  # a <dl> left open
    parser.end_paragraph()
    document = Document(name=name, kind="html")
    builder = Builder(document)
    for kind, value, style, level in _numbered_cards(_without_related(parser.blocks)):
        if kind == "p":
            builder.paragraph(value, style=style, level=level)
        else:
            number = builder.tables + 1
            rows = [[(*_cell(cell), rs, cs) for cell, rs, cs in row] for row in value]
            rows = [[(text, rs, cs, parts) for text, parts, rs, cs in row] for row in rows]
            grid = grid_from_spans(rows)
            refs = [_("table %(t)d, row %(r)d") % {"t": number, "r": r} for r in range(1, len(grid) + 1)]
            builder.table(grid, ref=_("table %(t)d") % {"t": number}, row_refs=refs)
    return document


# A block holding only an ordinal (`01`, `2.`, `3)`): the number a card layout prints beside its
# title in a box of its own; or a card's small number line, the ordinal named (`Nhiệm vụ 01`,
# `Công việc số 21`, `#12`) and what follows a separator (`· Ngày giao: 02/3/2027`) kept apart.
_LONE_NUMBER = re.compile(
    r"^(?:(?:nhiệm vụ|công việc|việc|nv|cv)\s+(?:số\s*)?|#\s*)?(\d{1,3})[.)]?"
    r"(?:\s+[·•|–-]\s+(?P<rest>\S.*))?$",
    re.IGNORECASE,
)


def _numbered_cards(blocks: list[tuple]) -> list[tuple]:
    """A lone number block followed by a text block is that block's number (`<div class="no">01</div>
    <h4>Title</h4>` → the paragraph `01. Title`), as a reader sees the card; two or more such
    cards are needed, and the numbers must count up, so a stray figure is not glued to a line. A
    number line's rest (`Nhiệm vụ 01 · Ngày giao: 02/3/2027`) is a paragraph after the title."""
    starts = [
        i
        for i, (kind, value, _s, _l) in enumerate(blocks[:-1])
        if kind == "p" and _LONE_NUMBER.match(value.strip()) and blocks[i + 1][0] == "p"
    ]
    numbers = [int(_LONE_NUMBER.match(blocks[i][1].strip()).group(1)) for i in starts]
    if len(starts) < 2 or any(b != a + 1 for a, b in pairwise(numbers)):
        return blocks
    out, skip = [], set(starts)
    for i, block in enumerate(blocks):
        if i in skip:
            continue
        if i - 1 in skip:
            number_line = _LONE_NUMBER.match(blocks[i - 1][1].strip())
            kind, value, style, level = block
            out.append((kind, f"{int(number_line.group(1))}. {value}", style, level))
            if rest := number_line.group("rest"):
                out.append(("p", rest, "", 0))
            continue
        out.append(block)
    return out


# A list's class or id naming a site menu ("menu", "main-menu", "topmenu", "navbar", "nav-links")
# or the trail of pages above the article (`<ol class="breadcrumb">`: Trang chủ › Tin tức › …).
_MENU = re.compile(
    r"(?:^|[\s_-])(?:[a-z]*menu|nav|navbar|navigation|breadcrumbs?)(?:$|[\s_-])", re.IGNORECASE
)
# A `<div>` whose class or id names a sidebar (`<div id="sidebar">`, `class="col-sidebar"`): a column of
# links beside the page's content (other leaders' calendars, last week's, news), dropped as an `<aside>`.
_SIDEBAR = re.compile(r"(?:^|[\s_-])(?:sidebar|side-bar)(?:$|[\s_-])", re.IGNORECASE)
# A pager under a list of cards or articles ("Trang 1/2 · Xem tiếp »", "« Trước 1 2 3 Sau »"):
# page numbers and the words that move between pages, nothing of the page's own.
_PAGER_WORD = re.compile(
    r"trang|trước|sau|tiếp|xem|đầu|cuối|kế|next|prev|previous|first|last|page"
    r"|\d+(?:/\d+)?|[«»‹›<>…|/·•-]+",
    re.IGNORECASE,
)


_PAGE_NUMBER = re.compile(r"\d+(?:/\d+)?")


def _is_pager(value: str) -> bool:
    """A pager's line; a date alone (`24/05`, a calendar's day cell after `Thứ Hai<br>`) is none: a
    pager has a word or a mark that moves between pages beside its numbers."""
    words = value.split()
    return (
        len(words) <= 12
        and any(ch.isdigit() or ch in "«»‹›" for ch in value)
        and any(not _PAGE_NUMBER.fullmatch(word) for word in words)
        and all(_PAGER_WORD.fullmatch(word) for word in words)
    )


def _without_related(blocks: list[tuple]) -> list[tuple]:
    """Drop a related-links heading and the list items that follow it; a heading of attachments
    or readers' comments and every block up to the next heading; a pager."""
    kept, dropping, aside = [], False, False
    for block in blocks:
        kind, value, style, _level = block
        if kind == "p" and _is_pager(value):
            continue
        if kind == "p" and len(value) < 60 and _RELATED.match(value.strip()):
            dropping = True
            continue
        if kind == "p" and style == "heading" and len(value) < 60:
            aside = bool(_ASIDE.match(value.strip()))
            if aside:
                continue
        if aside and not (kind == "p" and style == "heading"):
            continue
        if dropping and kind == "p" and style == "list":
            continue
        dropping = False
        kept.append(block)
    return kept


# `<div>`s drawn as a table ("display: table-row", "display: table-cell"; ARIA `role="row"`,
# `role="cell"`): read as <table>, <tr>, <td>.
_DISPLAY = {"table": "table", "table-row": "tr", "table-cell": "td"}
_ROLES = {"table": "table", "grid": "table", "row": "tr", "cell": "td", "gridcell": "td",
          "columnheader": "td", "rowheader": "td"}  # fmt: skip
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CSS_DISPLAY = re.compile(r"\bdisplay\s*:\s*(table-row|table-cell|table)\s*(?:;|!|$)", re.IGNORECASE)


def _table_classes(text: str) -> dict[str, str]:
    """Class names a page's `<style>` draws as a table's parts (`.grid .r{display:table-row}` →
    {"r": "tr"}): the last class of each selector's last compound."""
    found: dict[str, str] = {}
    for style in re.findall(r"<style[^>]*>([\s\S]*?)</style>", text[:200_000], flags=re.IGNORECASE):
        for selectors, body in _CSS_RULE.findall(style):
            if (display := _CSS_DISPLAY.search(body)) is None:
                continue
            for selector in selectors.split(","):
                compound = selector.split()[-1] if selector.split() else ""
                if classes := re.findall(r"\.([\w-]+)", compound):
                    found.setdefault(classes[-1], _DISPLAY[display.group(1).lower()])
    return found


def _div_as_table_part(attrs: dict, classes: dict[str, str]) -> str:
    """The table tag a `<div>` stands for ("tr", "td", "table"), or "" for a plain block."""
    if (role := (attrs.get("role") or "").strip().lower()) in _ROLES:
        return _ROLES[role]
    if display := _CSS_DISPLAY.search(attrs.get("style") or ""):
        return _DISPLAY[display.group(1).lower()]
    for name in reversed((attrs.get("class") or "").split()):
        if name in classes:
            return classes[name]
    return ""


def _cell_text(cell: list) -> str:
    return _tidy(_cell_plain("".join(cell[0])))


def _column_letters(row: list) -> bool:
    """A spreadsheet's column-letter row: an empty corner, then `A`, `B`, `C` … in order."""
    if len(row) < 4 or _cell_text(row[0]) or any(cell[2] != 1 for cell in row):
        return False
    letters = [_cell_text(cell) for cell in row[1:]]
    expected = [chr(ord("A") + index) for index in range(len(letters))] if len(letters) <= 26 else []
    return letters == expected


def _without_sheet_chrome(rows: list) -> list:
    """A spreadsheet published to the web keeps the sheet's frame around the real table: a row of
    column letters on top, a row number before every row's cells, and empty rows (a freeze bar, the
    sheet's blank rows). Drop them, so the table starts with its own title and header rows.

    Only a table whose first row is the letters (empty corner, `A`, `B`, `C` …) is touched; its first
    column is dropped where it holds a row number or nothing.
    """
    if not rows or not _column_letters(rows[0]):
        return rows
    kept = []
    for row in rows[1:]:
        first = row[0]
        if first[1] == 1 and first[2] == 1 and (_cell_text(first).isdigit() or not _cell_text(first)):
            row = row[1:]
        if any(_cell_text(cell) or cell[3] for cell in row):
            kept.append(row)
    return kept


def _tidy(text: str) -> str:
    """Collapse HTML white space; a <br> (kept as \\n) becomes one space inside a cell."""
    parts = [_SPACE.sub(" ", part).strip() for part in text.replace("\xa0", " ").split("\n")]
    return " ".join(part for part in parts if part)


def _span(value: str | None) -> int:
    digits = "".join(ch for ch in (value or "1") if ch.isdigit())[:4]
    return max(1, min(int(digits or 1), 1000))


# A list of tabs (`<ul class="nav nav-tabs">`, `nav-pills`, `role="tablist"`) and a tab control in it
# (`role="tab"`, `data-toggle="tab"`, Bootstrap 5's `data-bs-toggle="pill"`).
_TAB_LIST = re.compile(r"(?:^|\s)(?:nav-tabs|nav-pills|tabs|tab-list|tablist)(?:$|\s)", re.IGNORECASE)
_TAB_TOGGLE = re.compile(r"^(?:tab|pill)$", re.IGNORECASE)
# A tab pane's label opens it as a heading below the page's own headings.
_TAB_LEVEL = 5
# Deleted text: struck-through elements and a style that strikes through.
_STRUCK_TAGS = {"s", "strike", "del"}
_LINE_THROUGH = re.compile(r"text-decoration(?:-line)?\s*:[^;]*\bline-through\b", re.IGNORECASE)


class _TabLabels(HTMLParser):
    """{pane id: label} of a page's tab controls: an `<a>` or `<button>` that is a tab (its role or
    toggle says so, or it stands in a list of tabs) and names its pane (`href="#id"`,
    `data-target`, `data-bs-target`, `aria-controls`)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.labels: dict[str, str] = {}
        self.lists: list[bool] = []  # the open lists and blocks: whether each is a list of tabs
        self.tab: tuple[str, list[str]] | None = None  # the tab being read: its pane and its text

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("ul", "ol", "div", "nav"):
            role, classes = (attrs.get("role") or "").lower(), attrs.get("class") or ""
            self.lists.append(role == "tablist" or bool(_TAB_LIST.search(classes)))
        if tag not in ("a", "button") or self.tab is not None:
            return
        toggle = attrs.get("data-toggle") or attrs.get("data-bs-toggle") or ""
        is_tab = (
            (attrs.get("role") or "").lower() == "tab"
            or bool(_TAB_TOGGLE.match(toggle))
            or self.lists[-1:] == [True]  # (a link in a list of tabs)
        )
        target = next(
            (
                value
                for value in (attrs.get("href"), attrs.get("data-target"), attrs.get("data-bs-target"))
                if value and value.startswith("#") and len(value) > 1
            ),
            "#" + attrs["aria-controls"] if attrs.get("aria-controls") else "",
        )
        if is_tab and target:
            self.tab = (target[1:], [])

    def handle_endtag(self, tag):
        if tag in ("ul", "ol", "div", "nav") and self.lists:
            self.lists.pop()
        if tag in ("a", "button") and self.tab is not None:
            pane, parts = self.tab
            self.tab = None
            if label := _SPACE.sub(" ", "".join(parts)).strip():
                self.labels.setdefault(pane, label)

    def handle_data(self, data):
        if self.tab is not None:
            self.tab[1].append(data)


def _tab_labels(text: str) -> dict[str, str]:
    """The labels of a page's tabs by the id of the pane each shows (none where it has no tabs)."""
    if "tab" not in text.lower():
        return {}
    finder = _TabLabels()
    finder.feed(text)
    finder.close()
    return finder.labels


class _Parser(HTMLParser):
    def __init__(
        self, name: str, table_classes: dict[str, str] | None = None, tab_labels: dict[str, str] | None = None
    ):
        super().__init__(convert_charrefs=True)
        self.name = name
        self.table_classes = table_classes or {}
        self.tab_labels = dict(tab_labels or {})  # pane id → its tab's label, until the pane opens
        self.struck: list | None = None  # [tag, depth] of the struck element being read
        self.divs: list[str] = []  # each open <div>: the table tag it is drawn as, or ""
        self.blocks: list[tuple] = []  # ("p", text, style, level) or ("t", rows, "", 0)
        self.text: list[str] = []  # the paragraph being read
        self.style, self.level = "", 0
        self.tables: list[list] = []  # open tables (nested ones inside cells), each a list of rows
        self.cell: list[str] | None = None
        self.cell_lists: list[list] = []  # the lists open in the cell: [tag, next number, type]
        self.cell_stack: list = []
        self.skip = 0
        self.menu: list | None = None  # [tag, depth] of a list the page marks as its menu
        self.cells = 0
        self.in_p = False  # inside a <p>, a <br> is a line break of that paragraph
        self.record: list[list[list[str]]] | None = None  # an open <dl>: [term parts, value parts] pairs
        self.record_part = 1  # 0 while reading a <dt>, 1 while reading a <dd>
        self.lists: list[list] = []  # open <ol>/<ul>: [tag, next number, type]
        # The open <li> (outside tables), each as the depth of its list: a list nested in an item
        # stays in the outer item's paragraph; an <li> left unclosed closes at its list's next one.
        self.items: list[int] = []

    # --- paragraphs
    def end_paragraph(self) -> None:
        text = "\n".join(_SPACE.sub(" ", part).strip() for part in "".join(self.text).split("\n"))
        text = "\n".join(part for part in text.split("\n") if part)
        if text.strip():
            self.blocks.append(("p", _clean(text), self.style, self.level))
        self.text, self.style, self.level = [], "", 0

    def break_line(self) -> None:
        """A `<br>` outside a table and a `<p>` ends the paragraph: portal articles separate their
        lines only so.

        The new paragraph keeps the style of the one it splits (a list item, a heading); a run of
        `<br>` makes no empty paragraphs.
        """
        style, level = self.style, self.level
        self.end_paragraph()
        self.style, self.level = style, level

    def end_record(self) -> None:
        """A `<dl>`'s pairs: one paragraph of `label: value` lines; values without labels are
        paragraphs of their own, as any block's text."""
        pairs, self.record = self.record or [], None
        pairs = [
            (_SPACE.sub(" ", "".join(t)).strip(" :"), _SPACE.sub(" ", "".join(v)).strip()) for t, v in pairs
        ]
        if any(term for term, _value in pairs):
            lines = [f"{term}: {value}" if term else value for term, value in pairs if value]
            if lines:
                self.blocks.append(("p", _clean("\n".join(lines)), "record", 0))
            return
        for _term, value in pairs:
            if value:
                self.blocks.append(("p", _clean(value), "", 0))

    def record_tag(self, tag: str) -> bool:
        """Tags inside an open `<dl>` (outside a table): a `<dt>` opens a pair, a `<dd>` its value."""
        if tag == "dt" or (
            tag == "dd" and (not self.record or (self.record_part == 1 and self.record[-1][1]))
        ):
            self.record.append([[], []])
        if tag in ("dt", "dd"):
            self.record_part = 0 if tag == "dt" else 1
        elif self.record:
            self.record[-1][self.record_part].append(" ")  # <p>, <br>, <div> inside a value
        return True

    def list_tag(self, tag: str, attrs: dict) -> bool:
        """`<ol>`, `<ul>`, `<li>` outside a table: True when handled (a list nested in an item)."""
        if tag in ("ol", "ul"):
            start = attrs.get("start") or ""
            kind = (attrs.get("type") or "1") if tag == "ol" else "-"
            self.lists.append([tag, int(start) if start.lstrip("-").isdigit() else 1, kind])
            return bool(self.items)
        while self.items and self.items[-1] >= len(self.lists):
            self.items.pop()  # an earlier item of this list, left unclosed
        mark = self.item_mark(self.lists[-1], attrs) if self.lists else "-"
        if self.items:
            self.text.append(f" {mark} ")  # an item of a nested list: inside the outer item
            self.items.append(len(self.lists))
            return True
        self.end_paragraph()
        self.in_p = False
        self.style, self.items = "list", [len(self.lists)]
        self.text.append(f"{mark} ")
        return True

    @staticmethod
    def item_mark(entry: list, attrs: dict) -> str:
        """The mark a browser draws before an item of the list `entry` ([tag, next number, type])."""
        if entry[0] != "ol":
            return "-"
        value = attrs.get("value") or ""
        if value.lstrip("-").isdigit():
            entry[1] = int(value)
        fmt = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}.get(entry[2])
        number = format_number(entry[1], fmt or "decimal")
        entry[1] += 1
        return f"{number})" if entry[2] in ("a", "A") else f"{number}."

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.menu is not None:
            self.menu[1] += tag == self.menu[0]
            return
        if self.struck is not None:
            self.struck[1] += tag == self.struck[0]
        elif tag in _STRUCK_TAGS or _LINE_THROUGH.search(attrs.get("style") or ""):
            self.struck = [tag, 1]  # deleted text, up to its end tag
        if (label := self.tab_labels.pop(attrs.get("id") or "", "")) and not self.skip and self.cell is None:
            # a tab's pane: its label heads what it shows
            self.end_paragraph()
            self.blocks.append(("p", _clean(label), "heading", _TAB_LEVEL))
        if tag in ("ul", "ol") and _MENU.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
            self.menu = [tag, 1]  # a site menu drawn as a list (`<ul class="menu">`): as a <nav>
            return
        if tag == "div":
            self.divs.append(_div_as_table_part(attrs, self.table_classes))
            if not self.divs[-1] and _SIDEBAR.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
                self.divs[-1] = "aside"
            tag = self.divs[-1] or tag
            if tag == "table" and self.cell is None and self.tables and not self.tables[-1]:
                self.divs[-1] = ""  # a wrapper drawn as a table around the one already open
                return
        if tag in ("script", "style", "nav", "aside"):
            self.skip += 1
            return
        if self.skip:
            return
        if not self.tables and self.cell is None:
            if tag == "dl" and self.record is None:
                self.end_paragraph()
                self.record = []
                return
            if self.record is not None and self.record_tag(tag):
                return
        if tag == "br":
            if self.cell is None and not self.tables and not self.skip and not self.in_p:
                self.break_line()
            else:
                self.handle_data("\n")
            return
        if tag == "table":
            if self.cell is not None:  # a nested table: read as a table, kept with its outer cell
                self.cell_stack.append(self.tables[-1][-1][-1])
                self.cell = None
                self.tables.append([])
                return
            self.end_paragraph()
            self.tables.append([])
            return
        if self.tables:
            if tag == "tr":
                self.tables[-1].append([])
                return
            if tag in ("td", "th"):
                if not self.tables[-1]:
                    self.tables[-1].append([])
                self.cells += 1
                if self.cells > limit("IMPORT_MAX_CELLS"):
                    raise refuse(
                        "IMPORT_MAX_CELLS", _("The document has more than %(max)d table cells."), self.name
                    )
                self.cell, self.cell_lists = [], []
                self.tables[-1][-1].append(
                    [self.cell, _span(attrs.get("rowspan")), _span(attrs.get("colspan")), []]
                )
                return
        if self.cell is not None:
            if tag in ("ol", "ul"):
                start = attrs.get("start") or ""
                kind = (attrs.get("type") or "1") if tag == "ol" else "-"
                self.cell_lists.append([tag, int(start) if start.lstrip("-").isdigit() else 1, kind])
            elif tag == "li" and len(self.cell_lists) == 1:
                self.cell.append(f"{_CELL_ITEM}{self.item_mark(self.cell_lists[-1], attrs)} {_MARK_END}")
            elif tag in ("p", "div", "li"):
                self.cell.append(" ")
            return
        if tag in ("ol", "ul", "li") and self.list_tag(tag, attrs):
            return
        if tag in _BLOCK_TAGS and self.items:
            self.text.append(" ")  # a <p>, <div> inside a list item: more of the item
            return
        if tag in _BLOCK_TAGS:
            self.end_paragraph()
            self.in_p = tag == "p"
            if tag[0] == "h" and tag[1:].isdigit():
                self.style, self.level = "heading", int(tag[1:])
            elif tag == "summary":
                self.style, self.level = "heading", _SUMMARY_LEVEL

    def handle_endtag(self, tag):
        if self.menu is not None:
            self.menu[1] -= tag == self.menu[0]
            if not self.menu[1]:
                self.menu = None
            return
        if self.struck is not None and tag == self.struck[0]:
            self.struck[1] -= 1
            if not self.struck[1]:
                self.struck = None
        if tag == "div" and self.divs:
            tag = self.divs.pop() or tag
        if tag in ("script", "style", "nav", "aside"):
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if self.record is not None and not self.tables:
            if tag == "dl":
                self.end_record()
            return
        if tag == "table":
            if self.tables:
                rows = self.tables.pop()
                if self.cell_stack:  # the end of a nested table: back in its outer cell
                    outer = self.cell_stack.pop()
                    outer[3].append(rows)
                    self.cell = outer[0]
                    return
                self.cell = None
                self.end_table(rows)
            return
        if tag in ("td", "th"):
            self.cell = None
            return
        if self.cell is not None and tag in ("ol", "ul") and self.cell_lists:
            self.cell_lists.pop()
            return
        if self.cell is None and not self.tables and tag in ("ol", "ul", "li"):
            if tag == "li":
                if self.items:
                    self.items.pop()
            elif self.lists:
                self.items = [depth for depth in self.items if depth < len(self.lists)]
                self.lists.pop()
            if self.items:
                return  # the end of a list nested in an item, or of its item
        elif self.cell is None and tag in _BLOCK_TAGS and self.items:
            return
        if self.cell is None and tag in _BLOCK_TAGS:
            self.end_paragraph()
            self.in_p = False

    def end_table(self, rows: list) -> None:
        """A table's blocks; a row holding a nested table ends the rows above it (a table of their
        own) and gives its cells in order: their text as paragraphs, each inner table as a table."""
        rows = _without_sheet_chrome([row for row in rows if row])
        if not any(cell[3] for row in rows for cell in row):
            if rows:
                self.blocks.append(("t", [[("".join(c[0]), c[1], c[2]) for c in row] for row in rows], "", 0))
            return
        segment: list = []
        for row in rows:
            if not any(cell[3] for cell in row):
                segment.append(row)
                continue
            self.end_table(segment)
            segment = []
            for parts, _rs, _cs, inner in row:
                if text := _clean(_tidy(_cell_plain("".join(parts)))):
                    self.blocks.append(("p", text, "", 0))
                for table in inner:
                    self.end_table(table)
        self.end_table(segment)

    def handle_data(self, data):
        if self.skip or self.menu is not None or self.struck is not None:
            return
        if self.cell is not None:
            self.cell.append(data.replace("\n", " ") if data != "\n" else "\n")
        elif self.record is not None and not self.tables:
            if self.record:
                self.record[-1][self.record_part].append(data.replace("\n", " "))
        elif not self.tables:
            self.text.append(data if data == "\n" else data.replace("\n", " "))
