"""Hostile files are refused before or while they are read, each with a message naming its limit.

The sizes here are small, with the limits lowered to match; bench/bench_import.py runs the
full-size files (a zip bomb, XFD1048576, two million empty paragraphs) and prints the seconds
and memory to refusal.
"""

import io
import zipfile

import docx
import openpyxl
import pytest
from django.test import override_settings
from django.utils import translation

from engine.importing.errors import ImportFailed
from engine.importing.readers import read_document


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in entries.items():
            package.writestr(name, data)
    return buffer.getvalue()


def _docx_with_paragraphs(count: int) -> bytes:
    body = b"<w:p/>" * count
    xml = (
        b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        b'wordprocessingml/2006/main"><w:body>' + body + b"</w:body></w:document>"
    )
    return _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": xml})


def _refused(data: bytes, name: str) -> ImportFailed:
    with pytest.raises(ImportFailed) as caught:
        read_document(data, name)
    assert caught.value.source == name
    return caught.value


@override_settings(IMPORT_MAX_UNZIPPED_BYTES=1024 * 1024)
def test_a_zip_bomb_is_refused_by_its_unpacked_size():
    bomb = _zip({"word/document.xml": b"\0" * (3 * 1024 * 1024)})
    assert len(bomb) < 10_000
    error = _refused(bomb, "bomb.docx")
    assert "more than 1 MB" in error.reason and "IMPORT_MAX_UNZIPPED_BYTES" in error.reason


@override_settings(IMPORT_MAX_ZIP_ENTRIES=10)
def test_a_package_of_many_files_is_refused():
    error = _refused(_zip({f"x/{n}.xml": b"<a/>" for n in range(20)}), "many.xlsx")
    assert "holds 20 files" in error.reason and "IMPORT_MAX_ZIP_ENTRIES = 10" in error.reason


@override_settings(IMPORT_MAX_PARAGRAPHS=1000)
def test_a_docx_of_empty_paragraphs_is_refused_before_python_docx_opens_it():
    error = _refused(_docx_with_paragraphs(5000), "empty-paragraphs.docx")
    assert "more than 1000 paragraphs" in error.reason and "IMPORT_MAX_PARAGRAPHS" in error.reason


def test_the_limit_message_is_vietnamese():
    with translation.override("vi"), override_settings(IMPORT_MAX_PARAGRAPHS=10):
        error = _refused(_docx_with_paragraphs(50), "a.docx")
    assert "IMPORT_MAX_PARAGRAPHS" in error.reason and "đoạn" in error.reason


def _xlsx(cells: dict[str, str]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for ref, value in cells.items():
        sheet[ref] = value
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_sheet_reaching_xfd1048576_is_read_as_the_rows_it_has():
    data = _xlsx({"A1": "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026", "XFD1048576": "far away"})
    document = read_document(data, "far.xlsx")
    assert [line.cells for line in document.lines] == [("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026",)]


def test_a_value_beyond_the_column_limit_is_refused():
    with override_settings(IMPORT_MAX_COLUMNS=20):
        error = _refused(_xlsx({"A1": "x", "AZ1": "y"}), "wide.xlsx")
    assert "beyond column 20" in error.reason and "Sheet" in error.reason


def test_a_sparse_sheet_is_refused_at_the_cell_limit():
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    for row in range(400):
        values = [None] * 100
        values[(row * 7) % 100] = f"v{row}"
        values[99] = "end"
        sheet.append(values)
    buffer = io.BytesIO()
    workbook.save(buffer)
    with override_settings(IMPORT_MAX_CELLS=10_000):
        error = _refused(buffer.getvalue(), "sparse.xlsx")
    assert "more than 10000 cells" in error.reason and "IMPORT_MAX_CELLS" in error.reason


def test_a_docx_with_too_many_table_cells_is_refused():
    word = docx.Document()
    word.add_table(rows=30, cols=10)
    buffer = io.BytesIO()
    word.save(buffer)
    with override_settings(IMPORT_MAX_CELLS=100):
        error = _refused(buffer.getvalue(), "cells.docx")
    assert "more than 100 table cells" in error.reason


def test_a_text_of_too_many_lines_is_refused():
    with override_settings(IMPORT_MAX_LINES=50):
        error = _refused(b"a\n" * 100, "long.txt")
    assert "more than 50 lines" in error.reason


def test_utf16_text_is_read_not_refused_as_binary():
    text = "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026\nTT\tNội dung\n1\tHọp giao ban\n"
    for encoded in (text.encode("utf-16"), text.encode("utf-16-be").join([b"\xfe\xff", b""])):
        document = read_document(encoded, "utf16.txt")
        assert document.lines[0].cells == ("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026",)
        assert document.lines[2].cells == ("1", "Họp giao ban")


def test_binary_data_is_still_refused():
    error = _refused(bytes(range(256)) * 40, "image.txt")
    assert "binary" in error.reason


# --- the budgeted child process ---------------------------------------------------------


@override_settings(IMPORT_PARSE_ISOLATED=True)
def test_an_upload_is_read_in_a_child_process_and_comes_back_whole():
    from engine.importing.sandbox import read_document_within_budget

    document = read_document_within_budget("CHƯƠNG TRÌNH NĂM 2026\nTT\tNội dung\n".encode(), "a.txt")
    assert document.kind == "text" and document.lines[1].cells == ("TT", "Nội dung")
    assert document.blocks and document.blocks[-1].rows[0][1].text == "Nội dung"
    with pytest.raises(ImportFailed) as caught:
        read_document_within_budget(b"", "empty.txt")
    assert "empty" in caught.value.reason and caught.value.source == "empty.txt"


@override_settings(IMPORT_PARSE_ISOLATED=True, IMPORT_PARSE_MEMORY_MB=1)
def test_a_child_over_its_memory_budget_fails_alone_with_a_message():
    from engine.importing.sandbox import read_document_within_budget

    with pytest.raises(ImportFailed) as caught:
        read_document_within_budget(("CHƯƠNG TRÌNH\n" + "x\ty\n" * 50_000).encode(), "big.txt")
    assert "IMPORT_PARSE_MEMORY_MB" in caught.value.reason


def test_a_zip_that_lies_about_its_sizes_is_refused_as_damaged():
    import struct

    data = bytearray(_zip({"word/document.xml": b"<w:p/>" * 200_000}))
    struct.pack_into("<I", data, data.find(b"PK\x03\x04") + 22, 1000)
    struct.pack_into("<I", data, data.find(b"PK\x01\x02") + 24, 1000)
    error = _refused(bytes(data), "lying.docx")
    assert "damaged" in error.reason


@override_settings(IMPORT_PARSE_ISOLATED=True, IMPORT_MAX_PARAGRAPHS=1000)
def test_the_child_applies_the_limits_of_the_parent():
    from engine.importing.sandbox import read_document_within_budget

    with pytest.raises(ImportFailed) as caught:
        read_document_within_budget(_docx_with_paragraphs(5000), "p.docx")
    assert "more than 1000 paragraphs" in caught.value.reason and caught.value.source == "p.docx"


def _read_in_pool_worker(_):
    from engine.importing.sandbox import read_document_within_budget

    with override_settings(IMPORT_PARSE_ISOLATED=True):
        return read_document_within_budget("CHƯƠNG TRÌNH\nTT\tNội dung\n".encode(), "a.txt").kind


def test_a_celery_prefork_worker_can_start_the_child():
    """A Celery pool worker is a daemonic billiard process; the child must still start from it."""
    import billiard

    with billiard.Pool(1) as pool:
        assert pool.map(_read_in_pool_worker, [0]) == ["text"]
