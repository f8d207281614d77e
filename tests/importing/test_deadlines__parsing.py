"""Deadline texts as programmes print them → dates, recurrence, or a flag for a person."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.deadlines.parsing import Due, number_from_words, parse_due

CASES = [
    # Deadlines that conclusions print inside a sentence (the recogniser cuts the phrase out).
    ("trước ngày 28/4/2026", date(2026, 4, 28), None, False),
    ("trước 28/4", date(2026, 4, 28), None, False),
    # within a day, or to its end: due on it
    ("trong ngày 09/10", date(2026, 10, 9), None, False),
    ("đến hết ngày 5/11", date(2026, 11, 5), None, False),
    ("trong 3/4", None, None, True),  # a share, no day
    ("trong tháng 02/2026", date(2026, 2, 28), None, False),
    ("chậm nhất ngày 15/11/2025", date(2025, 11, 15), None, False),
    ("(dự kiến ngày 15/5/2026)", date(2026, 5, 15), None, False),
    ("trước ngày 25 tháng 11 năm 2025", date(2025, 11, 25), None, False),
    ("đến 30/5/2026", date(2026, 5, 30), None, False),
    # A decision's duty done "in" or "by the end of" a year of its period.
    ("vào năm 2028", date(2028, 12, 31), None, False),
    ("đến hết năm 2027", date(2027, 12, 31), None, False),
    ("Xong trong Quý II/2026", date(2026, 6, 30), None, False),
    ("chậm nhất ngày 05 hằng tháng", None, "monthly", False),
    ("Tháng 03", date(2026, 3, 31), None, False),
    ("Tháng 3", date(2026, 3, 31), None, False),
    ("tháng 02", date(2026, 2, 28), None, False),
    ("Tháng 10/2025", date(2025, 10, 31), None, False),
    ("6/2025", date(2025, 6, 30), None, False),
    ("02/2024", date(2024, 2, 29), None, False),
    ("Quý II", date(2026, 6, 30), None, False),
    ("Quý II/2025", date(2025, 6, 30), None, False),
    ("Quý I/ 2026", date(2026, 3, 31), None, False),
    ("Quy I/2026", date(2026, 3, 31), None, False),
    ("Quý 4", date(2026, 12, 31), None, False),
    ("Quý III - IV", date(2026, 12, 31), None, False),
    ("2025", date(2025, 12, 31), None, False),
    ("Năm 2027", date(2027, 12, 31), None, False),
    ("2025-2026", date(2026, 12, 31), None, False),
    ("2025 – 2026", date(2026, 12, 31), None, False),
    ("6 tháng đầu năm", date(2026, 6, 30), None, False),
    ("6 tháng cuối năm", date(2026, 12, 31), None, False),
    ("6 tháng cuối năm 2025", date(2025, 12, 31), None, False),
    ("Trước 30/11/2026", date(2026, 11, 30), None, False),
    ("Truée : 30/11/2026", date(2026, 11, 30), None, False),  # OCR of "Trước"
    ("Trước ngày 15/12", date(2026, 12, 15), None, False),
    ("trước ngày 15 tháng 12 năm 2026", date(2026, 12, 15), None, False),
    ("15/12/2026", date(2026, 12, 15), None, False),
    # ISO dates, as a system's export prints them (found by the perturbed set).
    ("2027-02-05", date(2027, 2, 5), None, False),
    ("Trước 2026-11-30", date(2026, 11, 30), None, False),
    ("2026-02-30", None, None, True),
    ("Ngày 05/3", date(2026, 3, 5), None, False),
    ("Thường xuyên", None, "ongoing", False),
    ("Thuong xuyén", None, "ongoing", False),
    # OCR without diacritics, letters broken (seed 004)
    ("Thudng xuyén", None, "ongoing", False),
    ("Thudne xuvén g xuy", None, "ongoing", False),
    ("Thanh Xuân", None, None, True),  # a place, not "Thường xuyên"
    ("Quy 1/ 2026", date(2026, 3, 31), None, False),
    ("Baq cao: VQuy,‘G thang, nam va dot xuat", None, "quarterly", False),
    ("Theo Ké hoach cua UBND tinh", None, None, True),
    ("Theo Ké hoach cua cap c6 tham quyén", None, None, True),
    ("Hằng năm", date(2026, 12, 31), "yearly", False),
    ("Hàng tháng", None, "monthly", False),
    ("Hằng quý", None, "quarterly", False),
    ("hằng tuần", None, "weekly", False),
    ("Định kỳ trước 16 giờ ngày thứ Sáu hằng tuần", None, "weekly", False),
    ("định kỳ hàng tuần", None, "weekly", False),
    ("hằng ngày", None, "ongoing", False),
    ("tuần tra hằng đêm", None, "ongoing", False),  # a nightly patrol: a standing duty
    ("Báo cáo: Quý, 6 tháng, năm và đột xuất", None, "quarterly", False),
    ("Theo Kế hoạch của UBND tỉnh", None, None, True),
    ("Theo kế hoạch của cấp có thẩm quyền", None, None, True),
    ("31/02/2026", None, None, True),
    ("Tháng 13", None, None, True),
    ("khi có yêu cầu", None, None, True),
    # Other date separators, as exports print them.
    ("20-11-2026", date(2026, 11, 20), None, False),
    ("Hạn 07.09.2025", date(2025, 9, 7), None, False),
    # A range is due at its end.
    ("Từ tháng 2 đến tháng 10/2027", date(2027, 10, 31), None, False),
    ("tháng 5 - tháng 8", date(2026, 8, 31), None, False),
    ("Tháng 5 - 20/6", date(2026, 5, 31), None, False),  # a date after a month is not a month
    ("11/5 - 16/5", date(2026, 5, 16), None, False),
    ("28/2 đến 02/3", date(2026, 3, 2), None, False),
    ("từ ngày 02/01/2027 đến ngày 20/02/2027", date(2027, 2, 20), None, False),
    ("7 - 9/10", date(2026, 10, 9), None, False),
    ("11/5 - 40/5", None, None, True),
    # A range of months whose ends print their own years: due at its end, in the later year.
    ("Tháng 11/2026 - tháng 02/2027", date(2027, 2, 28), None, False),
    ("Từ tháng 10/2026 đến tháng 1/2027", date(2027, 1, 31), None, False),
    ("09/2026 - 03/2027", date(2027, 3, 31), None, False),
    ("tháng 12/2026 - tháng 13/2027", None, None, True),
    # A clock time beside the day; a week labelled with its month before its days (h92, z05).
    ("12/4 (8h30)", date(2026, 4, 12), None, False),
    ("Tuần 2 tháng 5 (04 - 09/5)", date(2026, 5, 9), None, False),
    # A periodic duty said with "định kỳ" and no "báo cáo"; rounds split by "," before "đợt"/"lần".
    ("Định kỳ hằng quý", None, "quarterly", False),
    ("Định kỳ 6 tháng, năm", None, "half_yearly", False),
    ("Định kỳ", None, "monthly", True),  # no round printed: monthly proposed, for a person to set
    ("lần 1 tháng 3, lần 2 tháng 9/2027", date(2027, 9, 30), None, False),
    # An export's ISO date, with or without a time; typed without diacritics as with them.
    ("2027-03-09", date(2027, 3, 9), None, False),
    ("2027-11-30 17:30:00", date(2027, 11, 30), None, False),
    ("2027-04-01T08:00", date(2027, 4, 1), None, False),
    ("2027-02-30", None, None, True),
    # An instant in UTC, as a board's export prints a due: its day in Vietnam (UTC+7).
    ("2027-05-14T09:00:00.000Z", date(2027, 5, 14), None, False),
    ("2027-05-14T17:30:00.000Z", date(2027, 5, 15), None, False),
    ("2027-05-14T23:00+07:00", date(2027, 5, 14), None, False),
    ("truoc ngay 12/8/2027", date(2027, 8, 12), None, False),
    ("Quy III/2027", date(2027, 9, 30), None, False),
    # A year printed with two digits (a sheet's short dates): this century's.
    ("30/11/29", date(2029, 11, 30), None, False),
    ("Từ 05.3.29", date(2029, 3, 5), None, False),
    ("Tháng 7 - 9/29", date(2029, 9, 30), None, False),
    ("Quý I/29", date(2029, 3, 31), None, False),
    ("tháng 5 - 11", date(2026, 11, 30), None, False),  # two months, no year: not the year 2011
    ("tháng 8/4", date(2026, 8, 31), None, False),  # a day "8/4" is no month and year
    # Days as offices type them: a roman month, a range of such days (its end), "thg" for "tháng"
    # with the year after a comma, a dotted or slashed date with a two-digit year.
    ("08/XI/2027", date(2027, 11, 8), None, False),
    ("trước 30/iv/2027", date(2027, 4, 30), None, False),
    ("02/IX - 09/IX/2027", date(2027, 9, 9), None, False),
    ("từ 27/XII đến 31/XII/2027", date(2027, 12, 31), None, False),
    ("hạn chót: 7 thg 8, 2027", date(2027, 8, 7), None, False),
    ("06 tháng 10, 2027", date(2027, 10, 6), None, False),
    ("14.09.27", date(2027, 9, 14), None, False),
    ("05/11/27", date(2027, 11, 5), None, False),
    ("thg 8/2027", date(2027, 8, 31), None, False),
    ("Quý II/2027", date(2027, 6, 30), None, False),  # a roman quarter is no roman month
    ("1.1.10", None, None, True),  # a clause's number, not a day of 2010
    # A list of days, the month after the last or after each: the last day named.
    ("Ngày 08 và 22/10", date(2026, 10, 22), None, False),
    ("các ngày 3, 10, 17 và 24/6/2027", date(2027, 6, 24), None, False),
    ("ngày 12/5 và 26/5", date(2026, 5, 26), None, False),
    ("5, 6/2027", None, None, True),  # months without their word: no day
    # the whole crop season alone: standing; a season named with more words is not read so
    ("suốt vụ", None, "ongoing", False),
    ("Trong suốt vụ", None, "ongoing", False),
    ("suốt vụ Đông Xuân 2026", None, None, True),
    ("trước vụ", None, None, True),
    # a round of up to a fortnight's days: weekly; a count of days alone or a longer round is none
    ("định kỳ 15 ngày một lần", None, "weekly", False),
    ("10 ngày/lần", None, "weekly", False),
    ("15 ngày", None, None, True),
    ("20 ngày một lần", None, None, True),
]


@pytest.mark.parametrize(("text", "expected", "recurrence", "review"), CASES)
def test_parse_due(text, expected, recurrence, review):
    due = parse_due(text, year=2026)
    assert (due.date, due.recurrence, due.needs_review) == (expected, recurrence, review)
    assert due.text == text


def test_blank_is_no_due():
    assert parse_due("  ", year=2026) == Due(None)
    assert parse_due(None, year=2026) == Due(None)


def test_a_month_without_year_falls_in_a_period_that_crosses_the_new_year():
    due = parse_due("Tháng 02", year=2025, period_start=date(2025, 7, 1), period_end=date(2026, 6, 30))
    assert due.date == date(2026, 2, 28)


def test_decomposed_unicode_reads_the_same():
    import unicodedata

    assert parse_due(unicodedata.normalize("NFD", "Quý II"), year=2026).date == date(2026, 6, 30)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60), st.integers(min_value=1990, max_value=2100))
def test_never_raises_on_any_text(text, year):
    due = parse_due(text, year=year)
    assert due.date is None or isinstance(due.date, date)


@settings(max_examples=200, deadline=None)
@given(
    st.from_regex(r"(Trước|Tháng|Quý|ngày)? ?\d{1,4}([/\-.]\d{1,4}){0,2}", fullmatch=True),
    st.integers(min_value=1990, max_value=2100),
)
def test_never_raises_on_date_like_text(text, year):
    parse_due(text, year=year)


def test_a_round_every_n_months_recurs_so():
    from engine.deadlines.parsing import HALF_YEARLY, MONTHLY, QUARTERLY, YEARLY

    assert parse_due("Định kỳ 3 tháng/lần", year=2027).recurrence == QUARTERLY
    assert parse_due("định kỳ 6 tháng", year=2027).recurrence == HALF_YEARLY
    assert parse_due("1 tháng/lần", year=2027).recurrence == MONTHLY
    yearly = parse_due("12 tháng một lần", year=2027)
    assert yearly.recurrence == YEARLY and yearly.date == date(2027, 12, 31)
    assert parse_due("Định kỳ 5 tháng/lần", year=2027).recurrence is None  # no such round
    assert parse_due("trong 6 tháng", year=2027).recurrence is None


def test_a_round_of_two_months_or_in_words_recurs_at_the_nearest_shorter_period():
    from engine.deadlines.parsing import HALF_YEARLY, MONTHLY, QUARTERLY

    # a periodical's issue every two months (h660): the month, as two weeks are read as a week
    assert parse_due("Hai tháng một số", year=2027).recurrence == MONTHLY
    assert parse_due("02 tháng/lần", year=2027).recurrence == MONTHLY
    assert parse_due("Sáu tháng một lần", year=2027).recurrence == HALF_YEARLY
    assert parse_due("Ba tháng một kỳ", year=2027).recurrence == QUARTERLY
    # `một số` before a noun is "some"; two months alone are a span
    assert parse_due("2 tháng một số đơn vị", year=2027).recurrence is None
    assert parse_due("trong 2 tháng", year=2027).recurrence is None


def test_a_day_of_the_following_period_recurs_and_next_year_is_the_next():
    from engine.deadlines.parsing import MONTHLY, QUARTERLY

    assert parse_due("Trước ngày 05 của tháng liền kề", year=2026).recurrence == MONTHLY
    assert parse_due("trước ngày 10 tháng sau", year=2026).recurrence == MONTHLY
    assert parse_due("Trước ngày 15 của quý tiếp theo", year=2026).recurrence == QUARTERLY
    # … or of the round before the one it serves (an entry registered for each month's programme)
    assert parse_due("chậm nhất ngày 18 của quý liền trước", year=2026).recurrence == QUARTERLY
    assert parse_due("Tháng sau", year=2026).recurrence is None  # no day of each month: one deadline
    assert parse_due("Quý I năm sau", year=2026).date == date(2027, 3, 31)
    assert parse_due("Tháng 01 năm tới", year=2026).date == date(2027, 1, 31)
    assert parse_due("Trước ngày 31/01 năm liền kề", year=2026).date == date(2027, 1, 31)
    assert parse_due("Quý I/2028 (năm sau)", year=2026).date == date(2028, 3, 31)  # the printed year wins


def test_a_round_of_one_or_two_weeks_is_weekly():
    from engine.deadlines.parsing import WEEKLY

    assert parse_due("định kỳ 02 tuần/lần tổng hợp, báo cáo", year=2026).recurrence == WEEKLY
    assert parse_due("2 tuần một lần", year=2026).recurrence == WEEKLY
    assert parse_due("trong 2 tuần", year=2026).recurrence is None  # a duration, not a round
    assert parse_due("3 tuần/lần", year=2026).recurrence is None  # no such round


def test_a_round_of_weeks_inside_a_sentence_is_its_deadline_phrase():
    from engine.importing.layouts.prose_facts import _DUE_PHRASES
    from engine.text import fold

    sentence = fold("Tổ chức theo dõi việc thực hiện; định kỳ 02 tuần/lần tổng hợp, báo cáo UBND tỉnh.")
    assert _DUE_PHRASES.search(sentence).group(0).strip() == "dinh ky 02 tuan/lan"


def test_the_next_years_month_in_a_period_of_several_years():
    start, end = date(2027, 1, 1), date(2028, 12, 31)
    due = parse_due("Tháng 3 năm sau", year=2027, period_start=start, period_end=end)
    assert due.date == date(2028, 3, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20/4/2027 (gia hạn: 15/6/2027)", date(2027, 6, 15)),
        ("Quý I/2027 - gia hạn đến tháng 5/2027", date(2027, 5, 31)),
        ("Giai đoạn 1: Tháng 3/2027 Giai đoạn 2: Tháng 9/2027", date(2027, 9, 30)),
        ("Lần 1: Quý I/2027 Lần 2: Quý III/2027", date(2027, 9, 30)),
    ],
)
def test_an_extension_replaces_the_first_date_and_labelled_phases_end_with_the_last(text, expected):
    assert parse_due(text, year=2027).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 January 2029", date(2029, 1, 12)),
        ("3 Aug 2028", date(2028, 8, 3)),
        ("1st Sept. 2028", date(2028, 9, 1)),
        ("April 9, 2029", date(2029, 4, 9)),
        ("Feb 2029", date(2029, 2, 28)),
        ("by December 2028", date(2028, 12, 31)),
        ("Q3/2029", date(2029, 9, 30)),
        ("Jul 2028\nTháng 7/2028", date(2028, 7, 31)),
    ],
)
def test_an_english_date_month_or_quarter_in_a_bilingual_plan(text, expected):
    assert parse_due(text, year=2028).date == expected


def test_english_may_without_a_day_is_no_month():
    # "May" folds like Vietnamese "máy": alone with a year it names no month.
    assert parse_due("May 2029", year=2028).date is None
    assert parse_due("7 May 2029", year=2028).date == date(2029, 5, 7)


def test_moi_is_a_round_as_hang_is():
    from engine.deadlines.parsing import MONTHLY, QUARTERLY, WEEKLY, YEARLY
    from engine.importing.layouts.prose_facts import due_in

    assert parse_due("trước ngày 10 tháng cuối mỗi quý", year=2029).recurrence == QUARTERLY
    assert parse_due("Mỗi tháng", year=2029).recurrence == MONTHLY
    assert parse_due("sáng thứ Hai mỗi tuần", year=2029).recurrence == WEEKLY
    assert parse_due("mỗi năm một lần", year=2029).recurrence == YEARLY
    assert (
        due_in("Các tổ gửi số liệu trước ngày 10 tháng cuối mỗi quý.") == "trước ngày 10 tháng cuối mỗi quý"
    )
    assert due_in("Các tổ nộp bảng chấm công trước ngày 3 mỗi tháng.") == "trước ngày 3 mỗi tháng"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ Năm (09/7)", date(2026, 7, 9)),
        ("11/7 (thứ Bảy)", date(2026, 7, 11)),
        ("Sáng thứ Tư, 08/7", date(2026, 7, 8)),
        ("Chủ nhật 12/7", date(2026, 7, 12)),
    ],
)
def test_a_day_printed_with_its_weekday_is_that_day(text, expected):
    assert parse_due(text, year=2026).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ Tư", date(2026, 7, 8)),
        ("Thứ 5", date(2026, 7, 9)),
        ("Chiều thứ Hai", date(2026, 7, 6)),
        ("Chậm nhất thứ Sáu", date(2026, 7, 10)),
        ("Thứ Ba, 14h30", date(2026, 7, 7)),
        ("Thứ Bảy", date(2026, 7, 11)),  # a Saturday after a Monday–Friday week
        ("Suốt tuần", date(2026, 7, 10)),
    ],
)
def test_a_weekday_alone_in_a_weeks_plan_is_its_date_that_week(text, expected):
    due = parse_due(text, year=2026, period_start=date(2026, 7, 6), period_end=date(2026, 7, 10))
    assert (due.date, due.needs_review) == (expected, False)


def test_a_weekday_alone_outside_a_weeks_plan_is_for_a_person_to_set():
    due = parse_due("Thứ Tư", year=2026, period_start=date(2026, 7, 1), period_end=date(2026, 7, 31))
    assert (due.date, due.needs_review) == (None, True)


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("every day", "ongoing"),
        ("🔁 every week", "weekly"),
        ("every 2 weeks", "weekly"),
        ("Monthly", "monthly"),
        ("every quarter", "quarterly"),
        ("annually", "yearly"),
    ],
)
def test_a_trackers_english_recurrence_recurs(text, recurrence):
    due = parse_due(text, year=2026)
    assert (due.recurrence, due.needs_review) == (recurrence, False)
    assert parse_due("every semester", year=2026).needs_review


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chậm nhất là cuối tháng Tám năm 2029", date(2029, 8, 31)),
        ("ngày 15 tháng Mười Một năm 2029", date(2029, 11, 15)),
        ("Trong tháng Hai", date(2029, 2, 28)),
        ("Tháng Năm năm 2029", date(2029, 5, 31)),
        ("Từ tháng 6 đến hết tháng 9/2029", date(2029, 9, 30)),
    ],
)
def test_a_month_written_in_words_or_a_range_to_the_end_of_a_month(text, expected):
    assert parse_due(text, year=2029).date == expected


def test_month_words_that_are_words_of_their_own_stay_so():
    assert parse_due("3 tháng một lần", year=2029).recurrence == "quarterly"
    assert parse_due("Báo cáo 6 tháng năm 2029", year=2029).recurrence == "half_yearly"
    assert parse_due("tháng sau", year=2029).date is None
    assert parse_due("trước Rằm tháng Chạp", year=2029).date is None  # a lunar month


def test_a_follow_up_duty_is_a_standing_one():
    assert parse_due("theo dõi, đôn đốc", year=2029).recurrence == "ongoing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tháng 3/2026 và tháng 9/2026", date(2026, 9, 30)),
        ("Quý I/2026 và quý IV/2026", date(2026, 12, 31)),
        ("tháng 5 và tháng 10/2026", date(2026, 10, 31)),
    ],
)
def test_two_months_or_quarters_joined_by_va_end_with_the_later(text, expected):
    assert parse_due(text, year=2026).date == expected


def test_a_day_of_the_quarters_last_month_with_no_quarter_named_recurs_each_quarter():
    assert parse_due("Ngày 15 tháng cuối quý", year=2026).recurrence == "quarterly"
    assert parse_due("trước ngày 10 tháng cuối của quý", year=2026).recurrence == "quarterly"
    assert parse_due("tháng cuối quý III/2026", year=2026).date == date(2026, 9, 30)


def test_a_day_of_the_quarters_first_month_with_no_quarter_named_recurs_each_quarter():
    assert parse_due("trước ngày 10 của tháng đầu quý", year=2026).recurrence == "quarterly"
    assert parse_due("tháng đầu quý II/2026", year=2026).recurrence is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trước ngày mười tám tháng Tư", date(2029, 4, 18)),
        ("Hạn: ngày ba mươi tháng Chín", date(2029, 9, 30)),
        ("chậm nhất ngày mồng năm tháng Một năm 2030", date(2030, 1, 5)),
        ("ngày hai mươi tư tháng Mười Hai", date(2029, 12, 24)),
        ("trước ngày 12 tháng Bảy", date(2029, 7, 12)),
    ],
)
def test_a_day_and_month_written_in_words_are_that_day(text, expected):
    due = parse_due(text, year=2029)
    assert (due.date, due.needs_review) == (expected, False)


@pytest.mark.parametrize(
    ("words", "number"),
    [("muoi", 10), ("muoi lam", 15), ("hai muoi", 20), ("ba muoi mot", 31), ("bay", 7), ("tam muoi", 80)],
)
def test_numbers_written_in_words(words, number):
    # (a lunar month's name, or a date marked lunar, is no solar day: for a person to set)
    assert parse_due("trước ngày mồng năm tháng Giêng", year=2029).needs_review
    assert parse_due("trước ngày hai mươi tháng Tư âm lịch", year=2029).needs_review
    assert number_from_words(words) == number
    assert number_from_words("thang") is None


def test_the_end_of_this_month_in_a_months_plan_is_its_last_day():
    for text in ("cuối tháng này", "Trước cuối tháng này", "hết tháng này"):
        due = parse_due(text, year=2029, period_start=date(2029, 2, 1), period_end=date(2029, 2, 28))
        assert due.date == date(2029, 2, 28)
    assert parse_due("cuối tháng này", year=2029).needs_review  # no month known: for a person to set


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sau lễ tổng kết (dự kiến 14/6)", date(2029, 6, 14)),
        ("Đầu năm học mới (dự kiến ngày 06/9)", date(2029, 9, 6)),
        ("Sau Rằm tháng Giêng (khoảng 20/02/2030)", date(2030, 2, 20)),
        ("Sau khi Bo tong ket (du kien: 12/10)", date(2029, 10, 12)),
    ],
)
def test_a_vague_time_with_its_expected_day_in_parentheses_is_due_that_day(text, expected):
    due = parse_due(text, year=2029)
    assert (due.date, due.needs_review) == (expected, False)


def test_a_parenthesis_that_names_no_day_or_a_readable_time_keeps_its_own_reading():
    assert parse_due("Theo kế hoạch của Sở (dự kiến)", year=2029).needs_review
    assert parse_due("Quý III/2029 (dự kiến 15/7)", year=2029).date == date(2029, 9, 30)


def test_a_session_or_a_clock_time_before_a_day_and_a_note_after_it_leave_the_day():
    # "Chiều 10/3 (chạy thử)", "Tối ngày 12/3", "08g15 ngày 14/3": the day is the due
    assert parse_due("Chiều 10/3 (chạy thử)", year=2029).date == date(2029, 3, 10)
    assert parse_due("Tối ngày 12/3", year=2029).date == date(2029, 3, 12)
    assert parse_due("08g15 ngày 14/3", year=2029).date == date(2029, 3, 14)
    assert parse_due("Buổi sáng 20/3", year=2029).date == date(2029, 3, 20)
    # a note in words is dropped only where the time before it reads; a recurrence in it still counts
    assert parse_due("Quý II (thường xuyên)", year=2029).recurrence == "ongoing"
    assert parse_due("Khi có yêu cầu (họp báo)", year=2029).date is None
    # "5G" is no clock time
    assert parse_due("Phủ sóng 5G", year=2029).date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("T4, 12/8", date(2026, 8, 12)),  # a calendar's day cell: an abbreviated weekday, a comma
        ("CN, 16/8", date(2026, 8, 16)),
        ("T6-T7, 21-22/8", date(2026, 8, 22)),  # two days on two lines: the second
        ("T2,24/8", date(2026, 8, 24)),
    ],
)
def test_an_abbreviated_weekday_before_its_day_is_that_day(text, expected):
    assert parse_due(text, year=2026).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/9 19/9", date(2026, 9, 19)),  # `05/9<br>19/9`: one activity's sessions, due at the last
        ("Ngày 03/10 Ngày 17/10 Ngày 31/10", date(2026, 10, 31)),
        ("12/11/2026 26/11/2026", date(2026, 11, 26)),
    ],
)
def test_days_on_the_lines_of_one_cell_are_due_on_the_last(text, expected):
    assert parse_due(text, year=2026).date == expected


def test_one_day_alone_is_no_list_of_days():
    assert parse_due("Ngày 05/9", year=2026).date == date(2026, 9, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each step of the work with a deadline of its own: done at the last
        ("lập dự toán trước ngày 12/3/2029, quyết toán trước ngày 28/11/2029", date(2029, 11, 28)),
        ("Quý I trước ngày 25/3, cả năm trước 20/12/2029", date(2029, 12, 20)),
        ("gửi bản thảo truoc ngay 02/5/2029, bản in truoc ngay 14/6/2029", date(2029, 6, 14)),
    ],
)
def test_a_comma_before_a_second_deadline_of_its_own_is_due_at_the_later(text, expected):
    assert parse_due(text, year=2029).date == expected


def test_a_month_narrowed_by_one_deadline_is_that_deadline():
    # one "trước": the month, then the day in it, not two steps
    assert parse_due("Tháng 9, trước ngày 18/9/2029", year=2029).date == date(2029, 9, 18)


def test_a_day_of_the_round_before_each_one_recurs():
    # "the 20th of the month before": every month (or quarter) brings one
    from engine.deadlines.parsing import MONTHLY, QUARTERLY
    from engine.importing.layouts.prose_facts import due_in, prints_date_or_recurrence

    text = "Các tổ đăng ký lịch sử dụng hội trường với Phòng Hành chính trước ngày 20 của tháng liền trước."
    assert due_in(text) == "trước ngày 20 của tháng liền trước"
    assert prints_date_or_recurrence(due_in(text))
    assert parse_due("trước ngày 20 của tháng liền trước", year=2029).recurrence == MONTHLY
    assert parse_due("chậm nhất ngày 10 của quý liền trước", year=2029).recurrence == QUARTERLY


def test_a_last_deadline_hour_and_day_reads_the_day():
    from engine.importing.layouts.prose_facts import due_in

    assert parse_due("hạn chót 09h30 ngày 04/3", year=2030).date == date(2030, 3, 4)
    assert parse_due("Hạn chót: 18/10/2030", year=2030).date == date(2030, 10, 18)
    assert due_in("Khoa Nhi: nộp báo cáo chuyên đề — hạn chót 16h00 ngày 21/8.") == "hạn chót 16h00 ngày 21/8"
    assert due_in("Tổ Kế toán: đối chiếu sổ quỹ — chậm nhất 10h ngày 02/9.") == "chậm nhất 10h ngày 02/9"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 20/01 (tháng), ngày 31/01 (quý)", date(2031, 1, 31)),  # each day with what it is for
        ("10/3 (báo cáo tháng), 15/4 (báo cáo quý)", date(2031, 4, 15)),
        ("05/3 (lần 1); 19/3 (lần 2)", date(2031, 3, 19)),  # each day with its round
        ("12/4 (đợt I); 24/5 (đợt II)", date(2031, 5, 24)),
        ("30/4 (giai đoạn 1), 20/6 (giai đoạn 2)", date(2031, 6, 20)),
        ("15/01 (đợt 1)", date(2031, 1, 15)),  # one day with its round
    ],
)
def test_days_each_with_a_note_or_round_in_parentheses_are_due_at_the_last(text, expected):
    assert parse_due(text, year=2031).date == expected


def test_a_note_with_a_day_of_its_own_or_a_recurrence_is_no_list_of_days():
    # a weekday beside a day is no round; a recurrence is kept
    assert parse_due("T2 (15/3)", year=2031).date is None
    assert parse_due("Hằng tháng (ngày 20), quý (ngày 31)", year=2031).date is None
    # a comma after a day with no note in parentheses is not split by this rule
    assert parse_due("Thứ Tư 12/4, tại hội trường", year=2031).date == date(2031, 4, 12)


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("01 kỳ/tháng", "monthly"),
        ("01 số/quý", "quarterly"),
        ("2 lần/năm", "half_yearly"),
        ("02 đợt/năm", "half_yearly"),
        ("3 lần/năm", "quarterly"),  # every four months: the quarter is the longest round within
        ("2 buổi/tháng", "monthly"),  # several a month: the month's count, reported monthly
        ("Định kỳ 01 lần mỗi quý", "quarterly"),
        ("1 lần/năm", "yearly"),
    ],
)
def test_a_count_per_period_is_a_round(text, recurrence):
    assert parse_due(text, year=2027).recurrence == recurrence


def test_a_count_per_period_limits():
    # a count of things, not of sessions or issues, is a target; a count of months per time is read
    # as before; the months printed beside a count are its dues; no count is no round
    assert parse_due("200 hội viên/năm", year=2027).recurrence is None
    assert parse_due("06 chợ/quý", year=2027).recurrence is None
    assert parse_due("2 tháng/lần", year=2027).recurrence == "monthly"
    due = parse_due("Tháng 3 và tháng 9/2027 (02 đợt/năm)", year=2027)
    assert due.recurrence is None and due.date == date(2027, 9, 30)
    assert parse_due("0 lần/năm", year=2027).recurrence is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THỨ HAI (11/01) (14 giờ)", date(2027, 1, 11)),  # a whole hour in words after the day
        ("THỨ SÁU (08/01) (8h00 - 11h00)", date(2027, 1, 8)),  # a span of two clock times
        ("Thứ Năm, 07/01 (14 giờ - 16 giờ 30)", date(2027, 1, 7)),
        ("9 giờ ngày 12/01", date(2027, 1, 12)),
    ],
)
def test_a_whole_hour_or_a_span_of_clock_times_beside_a_day_leaves_the_day(text, expected):
    due = parse_due(text, year=2027)
    assert (due.date, due.needs_review) == (expected, False)


def test_a_count_of_hours_is_no_clock_time():
    # limits: a count of hours stays a response time, not a clock beside a day
    assert parse_due("trong vòng 12 giờ", year=2027).recurrence == "ongoing"
    assert parse_due("chậm nhất 24 giờ", year=2027).recurrence == "ongoing"
    assert parse_due("sau 2 giờ kể từ khi phát hiện", year=2027).date is None


def test_a_plan_cited_by_its_number_and_date_is_for_a_person_to_set_not_the_plans_date():
    due = parse_due("theo Kế hoạch số 21/KH-UBND ngày 05/02/2028 của UBND xã", year=2028)
    assert due.date is None and due.needs_review
    # a deadline of its own after the cited plan is read as printed
    due = parse_due("theo Kế hoạch số 21/KH-UBND ngày 05/02/2028, hoàn thành trước ngày 20/3/2028", year=2028)
    assert due.date == date(2028, 3, 20)
    assert parse_due("trước ngày 05/02/2028", year=2028).date == date(2028, 2, 5)
