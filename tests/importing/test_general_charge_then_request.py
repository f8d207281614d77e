"""A month's programme whose time column prints `Tuần cuối tháng` (a part of the month the title
names), and a closing paragraph whose first sentence is only a general charge to every unit or to
their heads, then every unit's dated report request in a sentence of its own (h823, zf1–zf2)."""

# ruff: noqa: E501 — document text is data: long lines.

import re

import pytest

from engine.deadlines.parsing import within_month
from engine.importing.layouts.prose_facts import EVERY_UNIT
from engine.importing.recognisers import _LEAD_BODIES, _labelled_request

pytestmark = pytest.mark.django_db

_EVERY = re.compile(f"(?:{EVERY_UNIT.pattern})|(?:{_LEAD_BODIES.pattern})")
_REQUEST = "Các phòng, chi nhánh báo cáo kết quả thực hiện Chương trình về Phòng Hành chính - Tổng hợp trước ngày 26/01/2027."


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Tuần cuối tháng", True),
        ("tuần cuối của tháng", True),
        ("Tuần đầu tháng", True),
        ("Tuần cuối tháng 3", False),
        ("Tháng cuối quý", False),
    ],
)
def test_the_last_week_of_the_month_is_a_part_of_a_month_it_does_not_name(text, inside):
    assert within_month(text) is inside


@pytest.mark.parametrize(
    "charge",
    [
        "Trưởng các phòng, Giám đốc Chi nhánh căn cứ nhiệm vụ được giao chủ động triển khai thực hiện.",
        "Trưởng các khoa, phòng căn cứ kế hoạch này tổ chức thực hiện nghiêm túc.",
        "Các phòng chủ động triển khai thực hiện.",
    ],
)
def test_a_general_charge_first_gives_way_to_the_request_after_it(charge):
    assert _labelled_request(f"{charge} {_REQUEST}", _EVERY, unlabelled=True) == _REQUEST


def test_limits_of_the_general_charge_first():
    # a first sentence that asks a report, or prints a time, or is a named unit's duty: read as before
    asks = "Các phòng báo cáo kết quả tháng trước."
    dated = "Trưởng các phòng triển khai thực hiện trước ngày 15/01/2027."
    named = "Phòng Hành chính - Tổng hợp chủ động triển khai thực hiện."
    for first in (asks, dated, named):
        assert _labelled_request(f"{first} {_REQUEST}", _EVERY, unlabelled=True) == "", first
    # a charge closed by `;` is a clause of the request's sentence; a labelled note is not this rule's
    assert (
        _labelled_request(f"Trưởng các phòng chủ động triển khai; {_REQUEST}", _EVERY, unlabelled=True) == ""
    )
    assert _labelled_request(f"Trưởng các phòng chủ động triển khai. {_REQUEST}", _EVERY) == ""
