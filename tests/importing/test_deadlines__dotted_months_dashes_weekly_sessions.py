"""A time column's month with a dot before its year, a cell's bullet dash before the time, a count of
sessions a week (h13fixTK, from h406, h411 and h565), and a duty bound to a measure crossing a figure
(a condition, from h313) — and the near shapes each rule leaves alone."""

from datetime import date

import pytest

from engine.deadlines.parsing import parse_due
from engine.importing.layouts.prose_facts import due_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("06.2026", date(2026, 6, 30)),
        ("6.2027", date(2027, 6, 30)),
        ("Tháng 12.2026", date(2026, 12, 31)),
        ("06/2026", date(2026, 6, 30)),  # the slash form as before
    ],
)
def test_a_month_with_a_dot_before_its_year_is_its_end(text, expected):
    assert parse_due(text, year=2026).date == expected


@pytest.mark.parametrize("text", ["1.200", "45.8", "10.0000", "13.2026"])
def test_a_dotted_figure_is_no_month(text):
    # a money column's figures and a month out of range: no date
    assert parse_due(text, year=2026).date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-Dịp 18/11", date(2026, 11, 18)),
        ("- 30/6", date(2026, 6, 30)),
        ("-Trước 15/11", date(2026, 11, 15)),
        ("- Quý II", date(2026, 6, 30)),
    ],
)
def test_a_bullet_dash_before_the_time_is_no_part_of_it(text, expected):
    assert parse_due(text, year=2026).date == expected


def test_a_dash_inside_a_range_stays():
    assert parse_due("10/3 - 20/3", year=2026).date == date(2026, 3, 20)


def test_a_lone_dash_is_no_time():
    due = parse_due("-", year=2026)
    assert due.date is None and due.recurrence is None


@pytest.mark.parametrize("text", ["02 buổi/tuần", "3 lần / tuần", "2 buổi mỗi tuần", "1 lần/tuần"])
def test_sessions_a_week_are_weekly(text):
    assert parse_due(text, year=2026).recurrence == "weekly"


@pytest.mark.parametrize("text", ["02 tuần", "2 buổi/tháng"])
def test_weeks_counted_or_sessions_a_month_are_no_weekly_round(text):
    assert parse_due(text, year=2026).recurrence != "weekly"


@pytest.mark.parametrize(
    "sentence",
    [
        "Không thả rông gia súc trên núi cao khi nhiệt độ xuống dưới 12°C; đưa gia súc về chuồng.",
        "Sơ tán các hộ ven sông khi mực nước sông vượt 4,2 m.",
        "Đóng cửa hồ chứa khi lượng mưa tăng trên 100 mm trong 24 giờ.",
    ],
)
def test_a_measure_crossing_a_figure_is_a_condition(sentence):
    found = due_in(sentence)
    assert found.startswith("khi ")
    assert parse_due(found, year=2026).needs_review


def test_a_target_share_is_no_threshold():
    # "khi đạt 100%": a target's share, no measure moving past a figure
    assert due_in("Nghiệm thu công trình khi đạt 100% khối lượng.") == ""


def test_a_printed_deadline_wins_over_a_threshold_elsewhere():
    sentence = "Khi nhiệt độ xuống dưới 10°C, kiểm tra các lớp học trước ngày 15/12/2026."
    assert parse_due(due_in(sentence), year=2026).date == date(2026, 12, 15)
