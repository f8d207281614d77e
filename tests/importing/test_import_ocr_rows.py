"""The OCR rows layout: chosen only when no other layout reads the file, and never crashing on any text."""

import contextlib
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.demo_data import ORGANISATIONS
from engine.importing.build import import_document, recognise
from engine.importing.errors import ImportFailed
from engine.importing.layouts import ocr_rows
from engine.importing.leaders import LeaderRef
from engine.importing.readers import read_document
from engine.importing.units import UnitRef, UnitResolver

QUANG_NGAI = next(spec for spec in ORGANISATIONS if spec.slug == "quang-ngai-skhcn")
UNITS = [UnitRef(u.name, u.name, u.short_name, u.kind, tuple(u.aliases)) for u in QUANG_NGAI.units]
LEADERS = [
    LeaderRef(leader.full_name, leader.full_name, leader.title)
    for leader in (QUANG_NGAI.director, *QUANG_NGAI.deputies)
]


def _seed(number: str) -> bytes:
    return next(Path(django_settings.SEEDS_DIR).glob(f"{number}_*.txt")).read_bytes()


@pytest.mark.parametrize(
    ("number", "layout"),
    [("000", "columns"), ("001", "calendar"), ("002", "appendix"), ("003", "ocr_rows"), ("004", "ocr_rows")],
)
def test_the_layout_is_chosen_by_the_document(number, layout):
    document = read_document(_seed(number), f"{number}.txt")
    assert recognise(document, UnitResolver(UNITS), None, LEADERS).layout == layout


def test_a_table_of_marks_is_not_a_programme():
    data = "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026\nTT Họ tên Điểm\n1 | An 9\n2 | Bình 8\n".encode()
    with translation.override("en"), pytest.raises(ImportFailed, match="No task was recognised"):
        import_document(data, "marks.txt", units=UNITS)


# Lines an OCR'd programme is made of, to shuffle with arbitrary text.
PIECES = [
    "CHUONG TRINH CONG TAC NAM 2025",
    "TT Noi dung Lanh dao Phong/Pon vi | Phong/Pon vi | Ghi",
    "TT |CHITIEU CHU YEU Pon vi K& hoach 2025 | Phong/don vi | Ghi",
    ". Pon vi chi tri Don vi phdi hgp | Thoi gian thue",
    "Sé chi dao chi tri phéi hop chu",
    "1 | Tong s dé tai, du an Pé tai, dy 14 Phong Quan ly",
    "2. | Theo ddi, huéng dan | PGP S¢ | Phong KH-CN",
    "s | Hinh thanh it nhit 02 doanh nghigp | Phan Vin Phong QLON",
    "Il | Sé hiru tri tué Phong Quan ly",
    "111 | An toan biic xa (Phong",
    '- Cép nha nudc " 01 Cdng nghé',
    "Tat ca cac",
    "phong, don vi",
    "Trung tam thdng Céac phong, don vi Thudne xuvén",
    "Truée : 30/11/2026",
    "Baq cao: VQuy,‘G",
    "Giamdoc | VianPhong S¢ Tat ca cac",
    "rung tail:]n ong thudc y",
    "To tham muu",
    "Hiéu UDDVKHCN)",
    "*Ghi chu: Cac chi'tiéu",
    "",
    "",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=80)), max_size=40))
def test_ocr_like_text_raises_only_the_importers_error(lines):
    data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    with contextlib.suppress(ImportFailed, UnicodeEncodeError):
        import_document(data, "fuzz.txt", units=UNITS, leaders=LEADERS, year=2025)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600))
def test_the_layout_reads_any_text(text):
    try:
        document = read_document(text.encode("utf-8", errors="surrogatepass"), "fuzz.txt")
    except (ImportFailed, UnicodeEncodeError):
        return
    warnings = []
    items = ocr_rows.recognise(document, warnings, UnitResolver(UNITS), LEADERS)
    assert all(item.ref for item in items)


def test_a_bare_abbreviation_names_the_unit_the_document_prints_after_phong():
    """OCR broke "Phòng" ("Phé … ong TCHCQT"); the document spells "Phong TCHCQT" whole elsewhere,
    so the bare "TCHCQT" is that unit, even with no units known to the organisation."""
    from engine.importing.layouts.ocr_fragments import _Reader

    reader = _Reader(UnitResolver([]), [])
    assert [text for _at, text, _group in reader.units_in("T1C T ong TCHCQT")] == []
    reader.learn_units(["2 hQC cong nghe | Phong TCHCQT thuge : 30/11/2026", "KH&CN va UBND tinh"])
    assert reader.mentioned == {"TCHCQT": "Phong TCHCQT"}
    assert [text for _at, text, _group in reader.units_in("TCHCQT")] == ["Phong TCHCQT"]
    assert reader.units_in("QLCN") == []  # an abbreviation the document never prints after "Phòng"
