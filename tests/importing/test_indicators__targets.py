"""Indicator targets: a number only where one number is clear, Vietnamese separators, the text kept."""

from decimal import Decimal

import pytest

from engine.importing.blocks import Table, grid_from_spans
from engine.importing.indicators import parse_target
from engine.importing.layouts.tables import read_tables


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("≥ 80", Decimal(80)),
        (">= 30", Decimal(30)),
        ("≥ 3% và tăng dần", Decimal(3)),
        ("195.197", Decimal(195197)),
        ("99,10", Decimal("99.10")),
        ("Tối thiểu 1.250 hồ sơ", Decimal(1250)),
        ("40 - 50", None),
        ("≤ 3 ngày; ≤ 50 hồ sơ", None),
        ("Có = 1; Không = 0", None),
        ("", None),
    ],
)
def test_a_target_states_one_number_or_none(text, target):
    assert parse_target(text) == target


def test_an_indicator_row_keeps_a_target_that_says_more_than_a_number():
    rows = [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu", "Cơ quan chủ trì theo dõi"],
        ["1", "Tỷ lệ hồ sơ trực tuyến", "%", "≥ 3% và tăng dần", "Bộ Công an"],
        ["2", "Số dịch vụ công", "Dịch vụ", "1.250", "Văn phòng Chính phủ"],
    ]
    table = Table(grid_from_spans([[(text, 1, 1) for text in row] for row in rows]))
    items, _reader = read_tables([table], [])
    assert [(i.indicator_measure, i.indicator_target) for i in items] == [
        ("%", "≥ 3% và tăng dần"),
        ("Dịch vụ", "1.250"),
    ]
    assert items[0].note.endswith("Mục tiêu: ≥ 3% và tăng dần")
    assert "Mục tiêu" not in items[1].note


def test_nested_sections_keep_their_period_and_the_monitoring_body_leads_an_indicator():
    rows = [
        ["TT", "Chỉ tiêu", "Đơn vị", "Kết quả", "Cơ quan chủ trì theo dõi, đánh giá"],
        ["I", "Giai đoạn 2025-2027", "", "", ""],
        ["I.1", "Cung cấp dịch vụ số", "", "", ""],
        ["1", "Tỉ lệ dịch vụ công trực tuyến toàn trình", "%", "100%", "Văn phòng Chính phủ"],
        ["II", "Giai đoạn 2028-2030", "", "", ""],
        ["1", "Tỉ lệ người dân hài lòng", "%", "≥ 95%", "Bộ Công an"],
    ]
    table = Table(grid_from_spans([[(text, 1, 1) for text in row] for row in rows]))
    items, _reader = read_tables([table], [])
    assert [(i.section, i.due, i.lead, i.indicator_target) for i in items] == [
        (
            "I Giai đoạn 2025-2027 / I.1 Cung cấp dịch vụ số",
            "Giai đoạn 2025-2027",
            "Văn phòng Chính phủ",
            "100%",
        ),
        ("II Giai đoạn 2028-2030", "Giai đoạn 2028-2030", "Bộ Công an", "≥ 95%"),
    ]
