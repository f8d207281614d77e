"""Seed 004 (VP UBND Sơn La, 2026): OCR without diacritics; an appendix table with times.

Each row prints: task | lead unit | coordinating units | time, the columns run together on
the lines and the row's number in the middle of the row. Expectations read by hand.
"""

import pytest
from django.utils import translation

from engine.demo import seed_demo
from engine.models import Unit
from tests.importing.conftest import run_import, seed_path

TCHCQT = "Phòng Tổ chức - Hành chính - Quản trị"
TTTT = "Trung tâm Thông tin"
ALL = "all"
OTHERS = "others"

# ref → (lead, coordinating, due_date, recurrence)
ROWS = {
    "1": (ALL, [], None, "quarterly"),  # "Báo cáo: Quý, 6 tháng, năm và đột xuất"
    "2": ([TCHCQT], OTHERS, "2026-11-30", None),  # "Trước 30/11/2026"
    "3": ([TCHCQT], OTHERS, None, "ongoing"),  # "Thường xuyên"
    "4": ([TCHCQT], OTHERS, None, None),  # "Theo Kế hoạch của UBND tỉnh": a person sets the date
    "5": ([TTTT], OTHERS, None, "ongoing"),  # "Trung tam thdng … tin" (warned)
    "6": ([TCHCQT], OTHERS, None, None),  # "Theo Kế hoạch của cấp có thẩm quyền"
    "7": ([], ALL, "2026-03-31", None),  # "Quý I/2026"; its lead "rung tail:]n ong" is not legible
    "8": ([TCHCQT], OTHERS, None, "ongoing"),
    "9": (ALL, [], None, "ongoing"),  # its number is not legible (warned)
    "10": (ALL, [], None, "ongoing"),
    "11": (ALL, [], None, "ongoing"),  # "Thudng xuyén"
    "12": ([TCHCQT], OTHERS, None, None),  # "Theo kế hoạch của UBND tỉnh"
}


@pytest.fixture(scope="module")
def imported(django_db_setup, django_db_blocker):
    """(the command's JSON, the organisation's unit names), from one import rolled back."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic(), translation.override("en"):
        seed_demo("x")
        data = run_import(
            seed_path("004"), "--org", "son-la-vpubnd", "--dry-run"
        )  # warnings checked in English
        names = list(Unit.objects.filter(organisation__slug="son-la-vpubnd").values_list("name", flat=True))
        transaction.set_rollback(True)
    return data, names


@pytest.fixture(scope="module")
def result(imported):
    return imported[0]


@pytest.fixture(scope="module")
def units(imported):
    return imported[1]


def _by_ref(result):
    return {item["ref"]: item for item in result["items"]}


def _messages(result):
    return [(warning["line"], warning["message"]) for warning in result["warnings"]]


def test_period_is_the_year_2026(result):
    assert result["programme"]["period_start"] == "2026-01-01"
    assert result["programme"]["period_end"] == "2026-12-31"


def test_every_row_of_the_appendix_is_present(result):
    assert [item["ref"] for item in result["items"]] == list(ROWS)
    assert {item["section"] for item in result["items"]} == {"PHU LUC"}
    assert (200, "Row number not legible; read as 9 from the rows around it.") in _messages(result)


@pytest.mark.django_db
def test_lead_and_coordinating_units(result, units):
    for ref, item in _by_ref(result).items():
        lead, coordinating, _due, _recurrence = ROWS[ref]
        lead = units if lead == ALL else lead
        if coordinating == OTHERS:
            coordinating = [unit for unit in units if unit not in lead]
        elif coordinating == ALL:
            coordinating = units
        assert sorted(item["lead_units"]) == sorted(lead), ref
        assert sorted(item["coordinating_units"]) == sorted(coordinating), ref
        assert item["leader"] is None  # the appendix names no leader


def test_times(result):
    for ref, item in _by_ref(result).items():
        _lead, _coordinating, due_date, recurrence = ROWS[ref]
        assert (item["due_date"], item["recurrence"]) == (due_date, recurrence), ref
    by_ref = _by_ref(result)
    assert by_ref["2"]["due_text"] == "Truée : 30/11/2026"
    assert by_ref["7"]["due_text"] == "Quy 1/ 2026"
    assert by_ref["1"]["due_text"].startswith("Baq cao")
    assert by_ref["1"]["due_text"].endswith("dot xuat")


def test_times_without_a_date_are_flagged_for_a_person(result):
    flagged = {line for line, message in _messages(result) if "a person must set it" in message}
    lines = {item["source_line"] for ref, item in _by_ref(result).items() if ref in {"4", "6", "12"}}
    assert flagged == lines


def test_what_the_ocr_lost_is_reported(result):
    assert result["unresolved_units"] == ["rung tail:]n ong"]
    messages = _messages(result)
    assert any(
        line == 188 and message.startswith("No lead unit for: Phat dong phong trao")
        for line, message in messages
    )
    assert (178, "“Trung tam thdng” read as Trung tâm Thông tin (the name is cut short).") in messages


def test_content_is_joined_and_the_columns_taken_out(result):
    by_ref = _by_ref(result)
    # The number sits in the middle of the row: the line above it is the task's first.
    assert by_ref["1"]["content"] == (
        "T6 chirc trién khai cac nghi quyet quyét dinh, ké hoach Trung wong va cua tinh vé phat trién "
        "khoa hoc, cong nghé va doi maoi sang tao ;"
    )
    assert by_ref["4"]["content"].startswith(
        "T6 chirc cac hoat dong hudng ung Ngay Khoa hoc va Cong nghé Viét Nam"
    )
    assert by_ref["8"]["content"].endswith("lam viéc; dé xuat, ap dung, nhan rong sang kién hi¢u qua")
    assert "1en" not in by_ref["8"]["content"]  # a run of OCR crumbs is dropped
    for item in by_ref.values():
        assert "TCHCQT" not in item["content"] and "xuyén" not in item["content"], item["ref"]
