"""Seed 003 (Quảng Ngãi, 2025): OCR without diacritics; an indicator table, then tables with leaders.

The expectations below were read off the seed's text by hand, row by row. Where the OCR
lost a field, the test asserts what the importer reports about it (a warning, an
unresolved unit) instead of a guess.
"""

import pytest
from django.utils import translation

from engine.demo import seed_demo
from engine.models import Unit
from tests.importing.conftest import run_import, seed_path

KHCN = "Phòng Quản lý Khoa học - Công nghệ"
QLCN = "Phòng Quản lý Chuyên ngành"
BCVT = "Phòng Bưu chính - Viễn thông và Công nghệ thông tin"
VP = "Văn phòng Sở"
UDDV = "Trung tâm Ứng dụng và Dịch vụ khoa học công nghệ"
CDS = "Trung tâm Chuyển đổi số và Đổi mới sáng tạo"
HIEU = "Phan Văn Hiếu"
HOA = "Trần Công Hòa"
HOANG = "Nguyễn Quốc Huy Hoàng"
DIRECTOR = "Giám đốc Sở Quảng Ngãi (demo)"
ALL = "all"  # every unit of the organisation
OTHERS = "others"  # every unit but the lead

INDICATORS = (
    "1. Céc chi tiéu kinh té - xa hi cia Sé Khoa hoc va Cong nghé (Quyér dinh so 788/0D-UBND ngay 12/12/2024"
)
SPLIT = "2. Chi tiéu phan khai hang nim theo Quyét dinh 476/QP-UBND ngay 21/3/2021, Quyét dinh 981/QDP-UBND"
KEY = "1. Nhiém vu trong tam: Gém 13 néi dung"
CROSS = "2. Nhiém vu xuyén sudt: Gém 26 ngi dung"

# Indicator table: ref → (Roman section, measure, target, lead unit). "8.000" is eight thousand,
# "1.293.500" more than a million, "103,0" is 103.0 and "01" is 1.
INDICATOR_ROWS = {
    "1": ("I", "Đề tài, dự án", 14, KHCN),
    "2": ("II", "DN", 45, QLCN),
    "3": ("III", "Cơ sở", 14, QLCN),
    "4": ("IV", "Lớp", 2, QLCN),  # no unit on its lines: the cell above, carried down (warned)
    "5": ("IV", "Lớp", 1, KHCN),
    "6": ("V", "Hội nghị", 5, KHCN),  # carried down (warned)
    "7": ("VI", "Mẫu sản phẩm", 15, QLCN),
    "8": ("VI", "PTĐ", 8000, UDDV),
    "9": ("VI", "Mẫu", 650, UDDV),
    "10": ("VII", "Số", 6, UDDV),
    "11": ("VII", "Số", 12, UDDV),
    "12": ("VII", "Số", 12, UDDV),  # carried down (warned)
    "13": ("VII", "Số", 12, UDDV),  # carried down (warned)
    "14": ("VIII", "Thuê bao", 1293500, BCVT),
    "15": ("VIII", "%", 103.0, BCVT),
    "16": ("VIII", "Thuê bao", 1161000, BCVT),
    "17": ("VIII", "Điểm", 156, BCVT),
    "18": ("VIII", "%", 98.2, BCVT),
    "19": ("VIII", "Xã", 170, BCVT),
}

# Tables with a supervising leader: ref → (leader, lead, coordinating).
SPLIT_ROWS = {
    "1": (HIEU, [KHCN], []),
    "2": (HIEU, [KHCN], []),
    "3": (HIEU, [KHCN], []),
    "4": (HOA, [QLCN], []),
    "5": (HIEU, [QLCN], []),  # "Pi(jf\fg’n Phong QLON … Hidu"
    "6": (HOA, [QLCN], []),
}
KEY_ROWS = {
    "1": (DIRECTOR, [KHCN], []),  # "Các sở, ngành, địa phương" are not units of the Sở
    "2": (HIEU, [KHCN], []),
    "3": (HIEU, [QLCN], [VP, UDDV]),
    "4": (HOA, [QLCN], [VP]),
    "5": (HOA, [QLCN], [VP]),
    "6": (HOA, [QLCN], [VP]),
    "7": (HOA, [QLCN], OTHERS),  # "Tất cả các phòng, đơn vị thuộc Sở"
    "8": (HIEU, [QLCN], [VP, UDDV]),
    "9": (HOA, [QLCN], []),
    "10": (HOA, [QLCN], [VP]),
    "11": (DIRECTOR, [VP], OTHERS),
    "12": (HOANG, [BCVT], OTHERS),  # "Phong Buu chinh - … (Phong BCVTCNTT)" with the other column between
    "13": (DIRECTOR, [], ALL),  # led by "Tổ tham mưu", which is no unit: reported unresolved
}
CROSS_ROWS = {
    "1": (HIEU, [KHCN], []),
    "2": (HIEU, [KHCN], [VP]),
    "3": (HIEU, [KHCN], [VP]),
    "4": (HOA, [QLCN], [VP]),
    "5": (HOA, [QLCN], [VP, UDDV]),
    "6": (HIEU, [QLCN], [VP, UDDV]),
    "7": (HOA, [QLCN], [VP, UDDV]),
    "8": (None, [QLCN], [VP, UDDV]),  # "1vin Cong … paq": the name is not legible (warned)
    "9": (HOA, [QLCN], [VP]),
    "10": (DIRECTOR, [VP], []),  # the coordinating cell "Céc phc‘)ng, … don Vs{thu‘?c" is lost
    "11": (DIRECTOR, ALL, []),  # "Các phòng, đơn vị theo từng nội dung"; "… có liên quan" is no unit
    "12": (DIRECTOR, ALL, []),
    "13": (None, ALL, []),  # "Lãnh đạo Sở theo lĩnh vực": no one leader
    "14": (HIEU, [QLCN], [KHCN, VP]),
    "15": (HIEU, [KHCN], [VP]),
    "16": (HOA, [QLCN], [KHCN]),  # "Phong KH-" (warned); its "Văn phòng Sở" is lost in "Vésf}"
    "17": (HOA, [QLCN], [VP]),
    "18": (HIEU, [QLCN], [VP]),
    "19": (None, ALL, []),  # every unit leads; Văn phòng Sở, printed as coordinating, is one of them
    "20": (DIRECTOR, [UDDV], [VP]),
    "21": (HOANG, [BCVT], []),  # printed "BCVICNTT" (warned)
    "22": (HOANG, [BCVT], []),
    "23": (HOANG, [BCVT], [CDS]),
    "24": (HOANG, [BCVT], []),
    "25": (HOANG, [CDS], []),
    "26": (HOANG, [CDS], []),
}


@pytest.fixture(scope="module")
def imported(django_db_setup, django_db_blocker):
    """(the command's JSON, the organisation's unit names), from one import rolled back."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic(), translation.override("en"):
        seed_demo("x")
        data = run_import(
            seed_path("003"), "--org", "quang-ngai-skhcn", "--dry-run"
        )  # warnings checked in English
        names = list(
            Unit.objects.filter(organisation__slug="quang-ngai-skhcn").values_list("name", flat=True)
        )
        transaction.set_rollback(True)
    return data, names


@pytest.fixture(scope="module")
def result(imported):
    return imported[0]


@pytest.fixture(scope="module")
def units(imported):
    return imported[1]


def _section(result, section):
    return {item["ref"]: item for item in result["items"] if item["section"] == section}


def _messages(result):
    return [(warning["line"], warning["message"]) for warning in result["warnings"]]


def test_period_is_the_year_2025(result):
    assert result["programme"]["period_start"] == "2025-01-01"
    assert result["programme"]["period_end"] == "2025-12-31"
    assert result["programme"]["title"].startswith("Chuong trinh cdng tac ndm 2025")


def test_every_task_row_is_present(result):
    sections = [item["section"] for item in result["items"]]
    assert len(result["items"]) == 19 + 6 + 13 + 26
    assert [item["ref"] for item in result["items"] if item["section"].startswith(tuple("IVX"))] == list(
        INDICATOR_ROWS
    )
    assert sections.count(SPLIT) == 6 and sections.count(KEY) == 13 and sections.count(CROSS) == 26
    for section, rows in ((SPLIT, SPLIT_ROWS), (KEY, KEY_ROWS), (CROSS, CROSS_ROWS)):
        assert list(_section(result, section)) == list(rows)
    assert all(item["due_date"] == "2025-12-31" for item in result["items"])  # no time printed: the year


def test_indicator_rows(result):
    items = [item for item in result["items"] if item["section"].startswith(tuple("IVX"))]
    for item in items:
        numeral, measure, target, lead = INDICATOR_ROWS[item["ref"]]
        assert item["section"].split(".")[0] == numeral, item["ref"]
        assert item["indicator"]["measure"] == measure, item["ref"]
        assert item["indicator"]["target"] == target, item["ref"]
        assert item["lead_units"] == [lead], item["ref"]
        assert item["indicator"]["name"] == item["content"]
    first = items[0]
    assert first["section"] == "I. Nghién c@u khoa hec va cong nghé"
    assert first["content"].startswith("Tong s dé tai, du an")
    assert items[13]["content"] == "S6 thué bao dién thoai"
    assert items[1]["section"] == "II. Sé hiru tri tué"  # the unit cell's words are not in the title


def test_rows_that_carry_the_merged_unit_cell_down_are_warned(result):
    carried = [line for line, message in _messages(result) if "carried down" in message]
    assert carried == [28, 39, 50, 52]  # rows 4, 6, 12, 13


def _check(result, section, rows, all_units):
    for ref, item in _section(result, section).items():
        leader, lead, coordinating = rows[ref]
        assert item["leader"] == leader, (section, ref)
        expected_lead = all_units if lead == ALL else lead
        assert sorted(item["lead_units"]) == sorted(expected_lead), (section, ref)
        if coordinating == OTHERS:
            coordinating = [unit for unit in all_units if unit not in lead]
        elif coordinating == ALL:
            coordinating = all_units
        assert sorted(item["coordinating_units"]) == sorted(coordinating), (section, ref)


@pytest.mark.django_db
def test_leaders_and_units_of_the_split_indicators(result, units):
    _check(result, SPLIT, SPLIT_ROWS, units)


@pytest.mark.django_db
def test_leaders_and_units_of_the_key_tasks(result, units):
    _check(result, KEY, KEY_ROWS, units)


@pytest.mark.django_db
def test_leaders_and_units_of_the_cross_cutting_tasks(result, units):
    _check(result, CROSS, CROSS_ROWS, units)


def test_content_is_joined_and_the_columns_taken_out(result):
    key = _section(result, KEY)
    assert key["1"]["content"].startswith(
        "Trién khai K& hoach thuc hign Nghi quyét s6 57-NQ/Tw ngay 22/12/2024 cua B Chinh tri"
    )
    assert key["1"]["content"].endswith("ciia UBND tinh trén dia ban tinh.")
    assert key["10"]["content"] == (
        "K& hoach trién khai Chuong trinh quéc gia hd trg doanh nghiép ning cao niang suat va chét lugng "
        "san pham, hang hoa, giai doan 2026 - 2030 trén dia ban tinh Quang Ngai"
    )
    split = _section(result, SPLIT)
    # The row number sits in the middle of its row: the lines above it belong to the row.
    assert split["1"]["content"].startswith("Xay dung, trién khai thuc hién tir 02 - 04 nhiém vu")
    assert split["1"]["content"].endswith("phuc vu doi song.")
    assert split["2"]["content"].startswith("Thong qua cac chuong trinh, mé hinh")
    cross = _section(result, CROSS)
    assert cross["17"]["content"] == (
        "Thoa thusn hop tac phat trién kinh té - x& hoi gita Thanh phd H6 Chi Minh véi cac tinh viing "
        "Duyén hai Trung bo"
    )
    for item in result["items"]:
        assert "PGD S" not in item["content"] and "Phong QLCN" not in item["content"], item["ref"]


def test_what_the_ocr_lost_is_reported(result):
    assert result["unresolved_units"] == ["To tham muu"]
    messages = _messages(result)
    assert any(
        line == 195 and message.startswith("No lead unit for: T4 chuc Hoi nghi") for line, message in messages
    )
    assert (240, "Row 8: the supervising leader's name is not legible.") in messages
    assert (106, "“Phong QLON” read as Phòng Quản lý Chuyên ngành (spelling differs).") in messages
    assert (
        311,
        "“Phong KH-” read as Phòng Quản lý Khoa học - Công nghệ (the name is cut short).",
    ) in messages
