"""Blocks: what every reader yields — paragraphs, and tables of cells with their spans.

A reader turns a file into `Document.blocks` in reading order; `Document.lines` (the older,
flat view that the seed layouts read) is derived from the blocks by `lines_from_blocks`. A
`Table` is a full grid: a merged cell's value is repeated in every position it covers, and
`Cell.merged_from` says where it came from, so a recogniser can tell "merged down from the row
above" from "blank". `Cell.ocr`/`Paragraph.ocr` flag text that came from OCR.

Readers that still fill only `lines` get blocks from `blocks_from_lines` (runs of multi-cell
lines become tables; other lines become paragraphs).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cell:
    text: str
    row_span: int = 1
    col_span: int = 1
    # (row, column) of the cell this position is covered by; None where the cell is its own.
    merged_from: tuple[int, int] | None = None
    ocr: bool = False
    # A cell with no text but a fill colour (a Gantt sheet's shaded month): a mark, as an "x" is.
    filled: bool = False
    # That fill's colour as the reader knows it ("FFF4B183", "theme 5 -0.25"; "" where unknown): a
    # legend's swatch tells one colour's marks from another's (work from reserve time, tables.py).
    fill: str = ""
    # The cell's paragraphs as printed, where the reader kept them and there were several (a Word
    # cell of dash lines, a spreadsheet cell's lines, an HTML cell's list items; `text` joining them
    # with spaces): a matrix cell's tasks (period_matrix.py), a wall calendar's day over its entries.
    parts: tuple[str, ...] = ()
    # The cell's indent level where the reader knows it (a spreadsheet cell's alignment): a plan
    # whose outline is only its content cells' indent (groups at 0, activities at 1, …).
    indent: int = 0

    @property
    def is_merged_copy(self) -> bool:
        return self.merged_from is not None


@dataclass
class Paragraph:
    text: str
    line: int = 0  # the Document line that holds it
    ref: str = ""  # where a person finds it: "đoạn 12", "trang 2"
    style: str = ""  # the reader's hint: "heading", "list", "" (body)
    level: int = 0  # heading or list level where the format says it
    ocr: bool = False


@dataclass
class Table:
    rows: list[list[Cell]]  # a full grid: every row has `width` cells
    number: int = 0  # 1-based among the document's tables
    ref: str = ""  # "bảng 2", "Sheet1", "trang 3, bảng 1"
    row_lines: list[int] = field(default_factory=list)  # the Document line of each row
    row_refs: list[str] = field(default_factory=list)  # "bảng 2, hàng 3", "Sheet1!A7"
    ocr: bool = False
    # False where the reader gave only lines (blocks_from_lines): a blank cell may have been merged.
    spans_known: bool = True
    # The cells the file printed in each row, where the reader padded ragged rows (a thuvienphapluat
    # page drops the cells a merge above covers: a row's missing trailing cells are merged away).
    row_widths: list[int] = field(default_factory=list)
    # The workbook sheet the table is (a spreadsheet reader's): a sheet never continues another.
    sheet: str = ""
    # One record per row (a JSON or XML export): a blank cell is blank, nothing carries down into it.
    records: bool = False

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def texts(self, row: int) -> list[str]:
        return [cell.text for cell in self.rows[row]]


Block = Paragraph | Table


def grid_from_spans(rows: list[list[tuple]], *, ocr: bool = False) -> list[list[Cell]]:
    """Rows of (text, row_span, col_span[, parts]), as HTML and office formats describe them → a full grid.

    Positions covered by a span are filled with the spanning cell's text and `merged_from`.
    """
    grid: dict[tuple[int, int], Cell] = {}
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for text, row_span, col_span, *parts in row:
            while (r, c) in grid:
                c += 1
            row_span, col_span = max(row_span, 1), max(col_span, 1)
            for dr in range(row_span):
                for dc in range(col_span):
                    origin = None if (dr, dc) == (0, 0) else (r, c)
                    grid[(r + dr, c + dc)] = Cell(
                        text, row_span, col_span, origin, ocr, parts=tuple(parts[0]) if parts else ()
                    )
            c += col_span
        width = max(width, c)
    height = max((r for r, _c in grid), default=-1) + 1
    return [[grid.get((r, c), Cell("", ocr=ocr)) for c in range(width)] for r in range(height)]


def lines_from_blocks(blocks: list[Block]):
    """The flat `Line` view the seed layouts read: a paragraph is a one-cell line, a table row a
    line of cells where a cell merged from the row above is blank (as a vertically merged cell
    looks in a text export) and a cell merged from the left is blank too."""
    from engine.importing.readers import Line

    lines = []
    for block in blocks:
        if isinstance(block, Paragraph):
            for part in block.text.split("\n"):
                lines.append(Line(len(lines) + 1, (part,), block.ref))
            block.line = lines[-1].number - block.text.count("\n") if block.text else len(lines)
            continue
        block.row_lines = []
        for index, row in enumerate(block.rows):
            cells = tuple("" if cell.is_merged_copy else cell.text for cell in row)
            ref = block.row_refs[index] if index < len(block.row_refs) else block.ref
            lines.append(Line(len(lines) + 1, cells, ref))
            block.row_lines.append(lines[-1].number)
    return lines


class LinedText(str):
    """A cell's text, its lines joined by spaces, that keeps the lines (`parts`) where several."""

    parts: tuple[str, ...] = ()

    @classmethod
    def of(cls, lines: Iterable[str]) -> str:
        kept = tuple(line for line in (" ".join(line.split()) for line in lines) if line)
        text = cls(" ".join(kept))
        if len(kept) > 1:
            text.parts = kept
        return text


def padded_grid(rows) -> list[list[Cell]]:
    """Rows of texts as a full grid of cells, short rows padded with blank cells to the widest; a
    `LinedText` gives its cell its lines as parts."""
    width = max((len(row) for row in rows), default=0)
    return [
        [Cell(text, parts=getattr(text, "parts", ())) for text in row] + [Cell("")] * (width - len(row))
        for row in rows
    ]


def blocks_from_lines(lines) -> list[Block]:
    """Blocks for a Document whose reader filled only lines: a run of lines with two or more
    cells is a table (blank cells stay blank: the lines do not say what was merged)."""
    blocks: list[Block] = []
    run: list = []

    def flush() -> None:
        if not run:
            return
        rows = padded_grid([line.cells for line in run])
        number = sum(isinstance(block, Table) for block in blocks) + 1
        blocks.append(
            Table(
                rows,
                number=number,
                ref=run[0].ref,
                row_lines=[line.number for line in run],
                row_refs=[line.ref for line in run],
                spans_known=False,
            )
        )
        run.clear()

    for line in lines:
        if len(line.cells) >= 2:
            run.append(line)
            continue
        flush()
        text = line.cells[0] if line.cells else ""
        if text.strip():
            blocks.append(Paragraph(text, line=line.number, ref=line.ref))
    flush()
    return blocks


_DIGITS = re.compile(r"\d+")


def repeat_key(text: str) -> str:
    """A text with its numbers blanked ("Trang 2/5" → "Trang #/#"): the same running header or footer
    on every page or slide whatever its page number."""
    return _DIGITS.sub("#", " ".join(text.split()))


def pages_per_key(pages: Iterable[Iterable[str]]) -> Counter:
    """On how many pages (or slides) each text stands, numbers blanked (`repeat_key`): a text counted
    once a page. Each reader decides how many make a running footer."""
    return Counter(key for texts in pages for key in {repeat_key(text) for text in texts})
