"""A closing request to the staff of every unit of a kind (`Nhân viên y tế các thôn, bản báo cáo …`)
asks those units, as one to their heads does (h13fixTK, from h565) — and its limits."""

import pytest

from engine.importing.recognisers import _every_headed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nhân viên y tế các thôn, bản báo cáo tình hình", "Các thôn, bản báo cáo tình hình"),
        ("Cán bộ địa chính các xã báo cáo kết quả", "Các xã báo cáo kết quả"),
        ("Nhan vien thu y cac thon bao cao", "Các thon bao cao"),  # typed without diacritics
        ("Thủ trưởng các đơn vị báo cáo", "Các đơn vị báo cáo"),  # the heads, as before
    ],
)
def test_the_staff_of_every_unit_are_those_units(text, expected):
    assert _every_headed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cán bộ được giao phụ trách các thôn báo cáo",  # a longer phrase before `các`: whom a task names
        "Nhân viên Nguyễn Văn A báo cáo các thôn",  # a person, no unit of a kind
        "Các thôn báo cáo",  # no head or staff word: read as before, not rewritten here
    ],
)
def test_other_subjects_are_not_rewritten(text):
    assert _every_headed(text) == ""
