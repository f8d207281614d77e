"""A month's programme whose time column prints `Tuần cuối tháng` (a part of the month the title
names), and a closing paragraph whose first sentence is only a general charge to every unit or to
their heads, then every unit's dated report request in a sentence of its own (h823, zf1–zf2)."""

# ruff: noqa: E501 — document text is data: long lines.

import re

import pytest

from engine.deadlines.parsing import within_month
from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import EVERY_UNIT
from engine.importing.recognisers import _LEAD_BODIES, _labelled_request, request_after_charge
from tests.importing.helpers_blocks import context_of

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


_PLAN = """
KẾ HOẠCH
Công tác tháng 02 năm 2029
I. NHIỆM VỤ
1. Phòng Kế hoạch lập dự toán kinh phí trước ngày 10/02/2029.
2. Phòng Tổ chức rà soát hồ sơ viên chức trước ngày 20/02/2029.
3. Trạm Khuyến nông tổ chức tập huấn kỹ thuật trồng lúa trước ngày 22/02/2029.
4. Văn phòng kiểm tra hệ thống phòng cháy, chữa cháy trước ngày 27/02/2029.
5. Phòng Kỹ thuật hoàn thiện sổ tay hướng dẫn kỹ thuật trước ngày 28/02/2029.
II. TỔ CHỨC THỰC HIỆN
{closing}
"""


def test_under_organising_the_charge_gives_way_to_the_request_in_a_prose_plan():
    # `Trưởng các … chủ động triển khai. Các … báo cáo … trước ngày …`: the request, no lead
    closing = "Trưởng các phòng, trạm căn cứ Kế hoạch này chủ động triển khai. Các phòng, trạm báo cáo kết quả về Văn phòng trước ngày 25/02/2029."
    found = prose_plan.recognise(context_of(_PLAN.format(closing=closing)))
    last = found.items[-1]
    assert last.content.startswith("Các phòng, trạm báo cáo kết quả")
    assert not last.lead
    assert not any(item.content.startswith("Trưởng các phòng") for item in found.items)


def test_limits_of_the_request_after_a_charge():
    # a named unit's duty first, or a charge with a time of its own: no such request
    assert request_after_charge(f"Phòng Kế hoạch chủ động triển khai thực hiện. {_REQUEST}") == ""
    assert request_after_charge(f"Trưởng các phòng triển khai trước ngày 15/01/2027. {_REQUEST}") == ""
    assert request_after_charge(f"Trưởng các phòng chủ động triển khai. {_REQUEST}") == _REQUEST
