"""Due times taught by h13fixTG (held-out h494, h509, h591, h597, h601, h607, h612 and h613), each
on other text, with the near shapes each rule must not take: a round every school term; `Định kỳ`
with only the work's rounds; two days joined by `và`; a run from a day to an event with its expected
day; a month printed below a later one inside the title's quarter; a start day beside an empty end
day; a round's days in parentheses, one with its year; a calendar entry running from its day."""

# ruff: noqa: E501 — document text is data: long lines.

from datetime import date

from engine.deadlines.parsing import HALF_YEARLY, MONTHLY, parse_due
from engine.importing.blocks import Paragraph
from engine.importing.layouts.prose_facts import due_in

from .helpers_blocks import table_items, table_of
from .test_recognise_calendar_weeks import _recognise as calendar


def test_a_round_every_school_term_is_half_yearly_and_a_named_term_is_not_a_round():
    for printed in ("Mỗi học kỳ", "Hằng học kỳ", "cuối mỗi học kỳ", "Từng học kỳ"):
        assert parse_due(printed, year=2029).recurrence == HALF_YEARLY, printed
    for printed in ("Học kỳ II", "Cuối học kỳ I"):  # one term: a time, not a round
        assert parse_due(printed, year=2029).recurrence is None, printed


def test_periodic_by_the_works_own_rounds_is_a_round_to_set_and_rounds_alone_are_not():
    due = parse_due("Định kỳ theo từng đợt", year=2029)
    assert (due.recurrence, due.needs_review) == (MONTHLY, True)
    assert parse_due("Định kỳ, theo đợt", year=2029).recurrence == MONTHLY
    # a campaign in rounds with no word of a recurrence may be a one-off: for a person to set
    due = parse_due("Theo đợt", year=2029)
    assert (due.recurrence, due.date, due.needs_review) == (None, None, True)


def test_two_days_joined_by_va_are_due_on_the_last_and_a_months_days_are_not_split():
    assert parse_due("Ngày 10/4/2029 và ngày 20/10/2029.", year=2029).date == date(2029, 10, 20)
    assert parse_due("03/3 và 17/11/2029", year=2029).date == date(2029, 11, 17)
    assert parse_due("ngày 05 và 20", year=2029).date is None  # days of a month named elsewhere


def test_a_run_to_an_event_is_due_on_its_expected_day_and_without_one_keeps_its_start():
    printed = "từ ngày 01/11/2028 đến khi thu hoạch xong (dự kiến ngày 15/01/2029)"
    assert parse_due(printed, year=2029).date == date(2029, 1, 15)
    assert parse_due("Từ 05/9 đến hết đợt cao điểm (dự kiến 30/9/2029)", year=2029).date == date(2029, 9, 30)
    # no expected day: the run keeps the day it prints, for a person to check
    assert parse_due("từ ngày 01/11/2028 đến khi thu hoạch xong", year=2029).date == date(2028, 11, 1)
    # an expected day beside a plain deadline is no run's end: the deadline stands
    assert parse_due("Trước 15/12 (dự kiến 10/12)", year=2029).date == date(2029, 12, 15)


def _titled(title: str, dues: list[str]):
    rows = [["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn"]]
    rows += [
        [str(n), f"Công việc thứ {n} của kế hoạch", "Phòng Nghiệp vụ", due] for n, due in enumerate(dues, 1)
    ]
    return table_items(Paragraph(title), table_of(rows))


def test_a_month_below_a_later_one_inside_the_titles_quarter_stays_in_its_year():
    items = _titled("CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2029", ["Tháng 1/2029", "Tháng 3/2029", "Tháng 2"])
    assert parse_due(items[-1].due, year=2029).date == date(2029, 2, 28)
    # under a year's title the months that turn back are still the next year's (a plan that runs on)
    items = _titled("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2029", ["Tháng 11/2029", "Tháng 12/2029", "Tháng 1"])
    assert parse_due(items[-1].due, year=2029).date == date(2030, 1, 31)


def test_an_empty_end_day_beside_a_start_day_is_a_one_day_job_and_a_start_month_is_not():
    header = ["STT", "Hạng mục", "Đơn vị thực hiện", "Từ ngày", "Đến ngày", "Ghi chú"]
    items = table_items(
        table_of(
            [
                header,
                ["1", "Thay cáp ngầm trung thế tuyến số 3", "Đội Vận hành", "12/5/2029", "14/5/2029", ""],
                ["2", "Vệ sinh trạm biến áp khu công nghiệp", "Đội Vận hành", "20/5/2029", "", "Trong ngày"],
                ["3", "Lập hồ sơ quyết toán công trình", "Phòng Kế hoạch", "Tháng 5/2029", "", ""],
                ["4", "Tuần tra ban đêm các tuyến đường", "Tổ Tuần tra", "15/5/2029", "", "Suốt đợt"],
            ]
        )
    )
    assert parse_due(items[0].due, year=2029).date == date(2029, 5, 14)
    assert parse_due(items[1].due, year=2029).date == date(2029, 5, 20)
    # a start month says nothing of when a longer job ends: not taken as its due
    assert items[2].due != "Tháng 5/2029"
    # a note saying the row runs the whole campaign: no one-day job
    assert items[3].due == "Suốt đợt"


def test_a_dated_day_after_the_period_a_round_covers_is_the_rounds_day():
    sentence = (
        "Các Hội Nông dân xã báo cáo kết quả về Hội Nông dân huyện định kỳ 6 tháng (trước ngày 10/6) "
        "và năm (trước ngày 10/12/2029)."
    )
    assert due_in(sentence) == "định kỳ 6 tháng"
    # a dated day in parentheses after other words is the task's own deadline
    other = "Các phòng báo cáo tiến độ hằng quý; hoàn thành Đề án (trước ngày 30/6/2029)."
    assert due_in(other) == "trước ngày 30/6/2029"


def test_a_calendar_entry_running_from_its_day_is_due_at_the_runs_end():
    rows = [
        ["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Đơn vị chuẩn bị"],
        ["Thứ Hai 07/5/2029", "Cả ngày", "Đi công tác tỉnh Bắc Sơn (từ ngày 07/5 đến ngày 09/5/2029)", "PCT Lê Văn Hòa", "Phòng Kinh tế"],
        ["Thứ Ba 08/5/2029", "8h00", "Nghe báo cáo thu ngân sách từ ngày 01/01 đến ngày 30/4/2029", "Chủ tịch Đỗ Minh", "Phòng Tài chính"],
    ]  # fmt: skip
    found = calendar(table_of(rows), year=2029)
    assert [parse_due(item.due, year=2029).date for item in found.items] == [
        date(2029, 5, 9),
        date(2029, 5, 8),  # the period its figures cover: no length of the entry
    ]


def test_the_days_of_a_round_joined_by_va_are_the_round_not_steps():
    """`và` between days is a work's steps (the last is its due) only where no round is printed: the
    days of a quarterly report (`Trước 15/3, 15/6, 15/9 và 15/12 (hằng quý)`, nf4) are its round."""
    assert parse_due("Trước 15/3, 15/6, 15/9 và 15/12 (hằng quý)", year=2029).recurrence == "quarterly"
    assert parse_due("Ngày 15/6/2027 và ngày 15/12/2027", year=2027).date == date(2027, 12, 15)


def test_rounds_or_seasons_with_their_months_as_t_and_a_number_are_due_at_the_last():
    """h13fixZM (held-out h836): a list of rounds `Đợt n: T<m>` or seasons `Mùa … (T<m>)`."""
    assert parse_due("Lần 1: T2; Lần 2: T5; Lần 3: T10", year=2029).date == date(2029, 10, 31)
    assert parse_due("Đợt 1 - T4; Đợt 2 - T12", year=2029).date == date(2029, 12, 31)
    assert parse_due("Mùa mưa (T7) và mùa khô (T12)", year=2029).date == date(2029, 12, 31)
    # the limits: one round alone, a number past 12, a season with no month
    assert parse_due("Đợt 1: T4", year=2029).date is None
    assert parse_due("Đợt 1: T13; Đợt 2: T14", year=2029).date is None
    assert parse_due("Mùa khô và mùa mưa", year=2029).date is None
    week = {"period_start": date(2029, 3, 5), "period_end": date(2029, 3, 11)}  # in a week's plan: weekdays
    assert parse_due("Đợt 1: T2; Đợt 2: T5", year=2029, **week).date is None


def test_a_span_of_months_with_their_years_to_the_end_of_the_last_is_due_at_its_end():
    """h13fixZR (held-out h834): `từ tháng 12/2026 đến hết tháng 3/2027`."""
    winter = {"period_start": date(2026, 1, 1), "period_end": date(2027, 12, 31)}
    assert parse_due("từ tháng 12/2026 đến hết tháng 3/2027", year=2027, **winter).date == date(2027, 3, 31)
    assert parse_due("Từ tháng 11/2027 đến hết tháng 02/2028", year=2027).date == date(2028, 2, 29)
    assert parse_due("từ tháng 12/2026 đến tháng 3/2027", year=2027, **winter).date == date(2027, 3, 31)
    # the limit: a day as the end is not a month's (`đến hết ngày 15/3/2027` is that day)
    assert parse_due("từ tháng 12/2026 đến hết ngày 15/3/2027", year=2027, **winter).date != date(2027, 3, 31)
