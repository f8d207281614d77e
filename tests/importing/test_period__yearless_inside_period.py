"""A month or day printed without its year falls in the year that puts it inside the programme's period
(h775, h787; yr1–yr3): a school or crop year, or a run of months over a new year, is a period of its own
(`period._across_new_year`), and a month turning back under a title whose period holds it this year
and not the next stays in this year (`table_dues._within_titled_span`)."""

from datetime import date

import pytest

from engine.deadlines.parsing import parse_due
from engine.importing.layouts.table_dues import _year_carried
from engine.importing.layouts.tables import _State
from engine.importing.period import period_from_text


@pytest.mark.parametrize(
    ("title", "kind", "start", "end"),
    [
        (
            "Kế hoạch công tác khảo thí năm học 2026 - 2027",
            "school_year",
            date(2026, 8, 1),
            date(2027, 7, 31),
        ),
        ("KẾ HOẠCH ĐÀO TẠO NĂM HỌC 2027–2028", "school_year", date(2027, 8, 1), date(2028, 7, 31)),
        ("Kế hoạch thu mua mía niên vụ 2026-2027", "school_year", date(2026, 8, 1), date(2027, 7, 31)),
        (
            "Kế hoạch hoạt động từ tháng 9/2026 đến tháng 5/2027",
            "months",
            date(2026, 9, 1),
            date(2027, 5, 31),
        ),
        (
            "Chương trình từ tháng 10 năm 2027 đến hết tháng 3 năm 2028",
            "months",
            date(2027, 10, 1),
            date(2028, 3, 31),
        ),
        # Limits: two whole years, a course of several years, a season, years not following each other,
        # a run of months inside one year or longer than a year.
        ("Kế hoạch giai đoạn 2026 - 2027", "multi_year", date(2026, 1, 1), date(2027, 12, 31)),
        ("Kế hoạch đào tạo niên khóa 2026 - 2030", "multi_year", date(2026, 1, 1), date(2030, 12, 31)),
        ("Kế hoạch sản xuất vụ Đông Xuân 2026 - 2027", "multi_year", date(2026, 1, 1), date(2027, 12, 31)),
        ("Kế hoạch năm học 2026 - 2028", "multi_year", date(2026, 1, 1), date(2028, 12, 31)),
        ("Kế hoạch từ tháng 3/2027 đến tháng 9/2027", "month", date(2027, 3, 1), date(2027, 3, 31)),
        ("Kế hoạch từ tháng 1/2026 đến tháng 6/2027", "month", date(2026, 1, 1), date(2026, 1, 31)),
    ],
)
def test_periods_over_a_new_year(title, kind, start, end):
    period = period_from_text(title)
    assert (period.kind, period.start, period.end) == (kind, start, end)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Ngày 17, 18/12", date(2026, 12, 18)),
        ("Từ 04/01 đến 15/01", date(2027, 1, 15)),
        ("Tháng 3, tháng 4", date(2027, 4, 30)),
        ("Tháng 8", date(2026, 8, 31)),
        ("Trước 25/4", date(2027, 4, 25)),
    ],
)
def test_a_school_years_days_fall_inside_it(text, due):
    period = period_from_text("Kế hoạch năm học 2026 - 2027")
    assert parse_due(text, year=2027, period_start=period.start, period_end=period.end).date == due


def _carried(title: list[str], dues: list[str]) -> list[str]:
    state = _State()
    state.title_lines = title
    return [_year_carried(due, state) for due in dues]


def test_a_month_turning_back_stays_in_the_titled_year():
    title = ["(Ban hành kèm theo Nghị quyết số 05/NQ-HH ngày 16/12/2026)", "CHƯƠNG TRÌNH HOẠT ĐỘNG NĂM 2027"]
    assert _carried(title, ["Tháng 9/2027", "Tháng 4", "Tháng 12", "Tháng 7"]) == [
        "Tháng 9/2027",
        "Tháng 4/2027",
        "Tháng 12/2027",
        "Tháng 7/2027",
    ]
    # limit: January right after December runs the plan on into the next year
    assert _carried(title, ["Tháng 11/2027", "Tháng 12", "Tháng 1"])[-1] == "Tháng 1/2028"


def test_a_month_turning_back_is_the_next_years_where_only_that_one_is_inside():
    # a school year's December, then January: January 2028 is inside, January 2027 is not
    school_year = ["KẾ HOẠCH NĂM HỌC 2027 - 2028"]
    assert _carried(school_year, ["Tháng 12/2027", "Tháng 1"]) == ["Tháng 12/2027", "Tháng 1/2028"]
    # both inside (a plan of two whole years) or no title: the months' order decides, as before
    assert _carried(["KẾ HOẠCH GIAI ĐOẠN 2027 - 2028"], ["Tháng 12/2027", "Tháng 1"])[-1] == "Tháng 1/2028"
    assert _carried([], ["Tháng 12/2027", "Tháng 1"])[-1] == "Tháng 1/2028"
    # a quarter's title keeps a row out of order in it (as before)
    assert (
        _carried(["CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027"], ["Tháng 3/2027", "Tháng 2"])[-1] == "Tháng 2/2027"
    )
