"""Legacy Vietnamese encodings and decomposed Unicode come out as NFC text."""

import contextlib
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.importing.encodings import decode_bytes, fix_legacy_text
from engine.importing.errors import ImportFailed
from engine.importing.readers import read_document
from tests.importing.legacy import to_tcvn3, to_vni, to_windows_1258

TEXT = (
    "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026\n"
    "Thời gian\tNội dung\tChủ trì\n"
    "Tháng 01\tTổ chức Hội nghị tổng kết công tác năm; triển khai nhiệm vụ trọng tâm\tVăn phòng\n"
    "Quý II\tXây dựng cơ sở dữ liệu về nhân lực khoa học, công nghệ và đổi mới sáng tạo\tChuyển đổi số\n"
    "Thường xuyên\tTheo dõi, đôn đốc việc thực hiện nhiệm vụ của các phòng, đơn vị\tQuản lý KH\n"
)
UPPER_SAFE = TEXT.replace("CHƯƠNG TRÌNH CÔNG TÁC NĂM", "Chương trình công tác năm")


def test_windows_1258_bytes():
    assert decode_bytes(to_windows_1258(TEXT)) == (TEXT, "windows-1258")


def test_decomposed_unicode_is_composed():
    assert decode_bytes(unicodedata.normalize("NFD", TEXT).encode()) == (TEXT, "unicode")


def test_tcvn3_bytes_and_text():
    assert decode_bytes(to_tcvn3(UPPER_SAFE).encode("latin-1")) == (UPPER_SAFE, "tcvn3")
    assert fix_legacy_text(to_tcvn3(UPPER_SAFE)) == (UPPER_SAFE, "tcvn3")


def test_vni_bytes_and_text():
    assert decode_bytes(to_vni(TEXT).encode("cp1252")) == (TEXT, "vni")
    assert fix_legacy_text(to_vni(TEXT)) == (TEXT, "vni")


def test_unicode_and_ocr_text_are_left_alone(settings):
    assert fix_legacy_text(TEXT) == (TEXT, "unicode")
    ocr = (settings.SEEDS_DIR / "003_a41e41e2827bb6c8.txt").read_text()
    assert fix_legacy_text(ocr)[1] == "unicode"


@pytest.mark.parametrize("encode", [to_windows_1258, lambda t: to_vni(t).encode("cp1252")])
def test_a_legacy_file_reads_like_the_unicode_one(encode):
    document = read_document(encode(TEXT), "legacy.txt")
    assert [line.cells for line in document.lines][:4] == [
        tuple(line.split("\t")) for line in TEXT.split("\n")[:4]
    ]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_reader_raises_only_its_own_error(data):
    with contextlib.suppress(ImportFailed):
        read_document(data, "fuzz.txt")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_text_reader_on_any_text(text):
    try:
        document = read_document(text.encode("utf-8", errors="surrogatepass"), "fuzz.txt")
    except (ImportFailed, UnicodeEncodeError):
        return
    assert all(unicodedata.is_normalized("NFC", cell) for line in document.lines for cell in line.cells)


def _small_capitals(text: str) -> str:
    """TCVN3 as a .VnTimeH heading stores it: a capital with a tone mark has the small letter's code."""
    keeps = "ĂÂĐÊÔƠƯ"  # the capitals TCVN3 has codes for
    small = (ch.lower() if ch.isupper() and not ch.isascii() and ch not in keeps else ch for ch in text)
    return to_tcvn3("".join(small))


def test_tcvn3_capitals_typed_with_small_letter_codes():
    text = (
        "ỦY BAN NHÂN DÂN HUYỆN MỸ LỢI\n"
        "Số: 12/KH-UBND\n"
        "KẾ HOẠCH KIỂM TRA\n"
        "Ủy ban nhân dân huyện giao nhiệm vụ như sau. Ủy viên thường trực theo dõi.\n" + UPPER_SAFE
    )
    assert decode_bytes(_small_capitals(text).encode("latin-1")) == (text, "tcvn3")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_utf8_with_or_without_a_bom(codec):
    """Notepad's "Unicode" (UTF-16 LE with a BOM), either byte order without one, UTF-8 with a BOM."""
    assert decode_bytes(TEXT.encode(codec))[0] == TEXT
    csv_text = "TT;Nội dung;Thời hạn\r\n1;Rà soát hồ sơ tồn đọng;30/6/2026\r\n"
    document = read_document(csv_text.encode(codec), "ds.csv")
    assert [line.cells for line in document.lines][:2] == [
        ("TT", "Nội dung", "Thời hạn"),
        ("1", "Rà soát hồ sơ tồn đọng", "30/6/2026"),
    ]
