"""Programme periods: cited and signing dates are no period; weeks and multi-year plans have their own."""

from datetime import date

import pytest

from engine.importing.period import find_title, period_from_text
from engine.models import Programme


@pytest.mark.parametrize(
    ("title", "kind", "start", "end"),
    [
        ("Chương trình công tác năm 2026", "year", date(2026, 1, 1), date(2026, 12, 31)),
        ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2025", "month", date(2025, 3, 1), date(2025, 3, 31)),
        # A cited document's date is not a one-month period: its year at most.
        ("Kế hoạch thực hiện Nghị quyết số 26/NQ-HĐND ngày 22 tháng 8 năm 2025", "year", date(2025, 1, 1),
         date(2025, 12, 31)),
        ("Lịch phổ biến thông tin năm 2026 (Kèm theo Quyết định số 1383/QĐ-BNV ngày 26 tháng 11 năm 2025)",
         "year", date(2026, 1, 1), date(2026, 12, 31)),
        ("Kế hoạch năm 2026 (Kèm theo Kế hoạch số 12/KH-UBND ngày 05/12/2025)", "year", date(2026, 1, 1),
         date(2026, 12, 31)),
        ("Kế hoạch cải cách hành chính giai đoạn 2026 – 2030", "multi_year", date(2026, 1, 1),
         date(2030, 12, 31)),
        ("LỊCH CÔNG TÁC TUẦN 13 (từ ngày 23/3 đến ngày 29/3/2026)", "week", date(2026, 3, 23),
         date(2026, 3, 29)),
        ("Lịch công tác tuần 13 năm 2026", "week", date(2026, 3, 23), date(2026, 3, 29)),
        ("Lịch công tác từ ngày 30/3/2026 đến ngày 05/4/2026", "week", date(2026, 3, 30), date(2026, 4, 5)),
        ("Kế hoạch tuần (từ 06/4 đến 11/4/2026)", "week", date(2026, 4, 6), date(2026, 4, 11)),
    ],
)  # fmt: skip
def test_the_period_a_title_names(title, kind, start, end):
    period = period_from_text(title)
    assert (period.kind, period.start, period.end) == (kind, start, end)


def test_a_signing_line_is_not_the_period():
    lines = [
        (1, "Lâm Đồng, ngày      tháng 8 năm 2025"),
        (2, "KẾ HOẠCH"),
        (3, "Kiểm tra công tác cải cách hành chính năm 2026"),
    ]
    period = find_title(lines)
    assert (period.kind, period.start) == ("year", date(2026, 1, 1))


def test_a_programme_accepts_the_new_kinds():
    assert {"week", "multi_year"} <= set(Programme.Kind.values)


def test_a_week_number_then_its_printed_days_end_the_week_on_its_last_printed_day():
    lines = [
        (1, "Lịch công tác tuần 15/2026 - Phòng Tư pháp"),
        (2, "Kế hoạch tuần 15 (từ 06/4 đến 11/4/2026)"),
    ]
    period = find_title(lines)
    assert (period.start, period.end) == (date(2026, 4, 6), date(2026, 4, 11))


def test_a_calendar_of_activities_titles_its_month():
    lines = [(1, "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG XÃ AN PHÚ"), (2, "LỊCH HOẠT ĐỘNG THÁNG 4/2031")]
    period = find_title(lines)
    assert (period.kind, period.start, period.end) == ("month", date(2031, 4, 1), date(2031, 4, 30))


def test_a_sheet_of_milestones_titles_its_year():
    lines = [(1, "BAN QUẢN LÝ DỰ ÁN XÂY DỰNG HUYỆN"), (2, "BẢNG MỐC TIẾN ĐỘ CÁC CÔNG TRÌNH NĂM 2029")]
    period = find_title(lines)
    assert (period.kind, period.start, period.end) == ("year", date(2029, 1, 1), date(2029, 12, 31))
    # a report's line on progress is no title
    assert find_title([(1, "Báo cáo tiến độ giải ngân năm 2029")]) is None
