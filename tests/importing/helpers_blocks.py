"""Documents built in a test from paragraphs (and tab-separated table rows), as a reader would give them."""

from pathlib import Path

from engine.importing.blocks import blocks_from_lines
from engine.importing.readers import Document, Line
from engine.importing.recognition import Context
from engine.importing.units import UnitResolver


def document_of(text: str, name: str = "t.txt") -> Document:
    document = Document(name=name, kind="text")
    lines = [line.strip() for line in text.strip().split("\n")]
    document.lines = [Line(n, tuple(line.split("\t"))) for n, line in enumerate(lines, start=1)]
    document.blocks = blocks_from_lines(document.lines)
    return document


def context_of(text: str) -> Context:
    return Context(document_of(text), UnitResolver([]))


def corpus_file(name: str) -> Path | None:
    """A document of ../shared/corpus (beside the main checkout; a worktree looks further up)."""
    for folder in Path(__file__).resolve().parents:
        candidate = folder / "shared" / "corpus" / name
        if candidate.exists():
            return candidate
    return None


def read_corpus(name: str):
    from engine.importing.readers import read_document

    path = corpus_file(name)
    return read_document(path.read_bytes(), path.name)


class BlocksDocument:
    """A document made of blocks only (tables, paragraphs), for a recogniser under test."""

    def __init__(self, blocks):
        self.blocks = blocks
        self.lines = []


def table_of(rows):
    """A table from rows of cells, a cell being text or (text, row span, column span)."""
    from engine.importing.blocks import Table, grid_from_spans

    grid = grid_from_spans([[c if isinstance(c, tuple) else (c, 1, 1) for c in row] for row in rows])
    return Table(grid, number=1, row_lines=list(range(1, len(grid) + 1)), spans_known=True)


def table_items(*blocks):
    """What the table recogniser reads from these blocks ([] when it does not apply)."""
    from engine.importing.layouts import tables

    found = tables.recognise(Context(BlocksDocument(list(blocks)), None))
    return found.items if found else []
