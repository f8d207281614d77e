"""A time counted in days from an event the document names in words but does not date: the event
first and the count after it (`trước khi tiến hành ít nhất 10 ngày`, `trước ngày làm việc với đoàn
05 ngày`), or a bounded count after it (`chậm nhất 15 ngày sau khi kết thúc …`): a time no date can
be read from, for a person to set (review). Limits: a printed day stays a date, a count of anything
but days is no time, and a bare `trước khi …` with no count is not read. Own text, not a corpus
document's."""

# ruff: noqa: E501 — document text is data: long lines.

import pytest

from engine.deadlines.parsing import parse_due
from engine.importing.event_dues import relative_due
from engine.importing.layouts.prose_facts import due_in


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "2. Các Tổ kiểm tra lập đề cương, gửi đơn vị được kiểm tra trước khi làm việc ít nhất 07 ngày.",
            "trước khi làm việc ít nhất 07 ngày",
        ),
        (
            "- Đề nghị Sở Tài chính cung cấp số liệu quyết toán trước ngày Đoàn đến làm việc tối thiểu 05 ngày làm việc.",
            "trước ngày Đoàn đến làm việc tối thiểu 05 ngày làm việc",
        ),
        (
            "Phòng Thanh tra nộp hồ sơ trước khi trình Hội đồng 10 ngày; lưu trữ theo quy định.",
            "trước khi trình Hội đồng 10 ngày",
        ),
        (
            "Trưởng đoàn gửi biên bản về Văn phòng chậm nhất 10 ngày sau khi kết thúc đợt kiểm tra.",
            "chậm nhất 10 ngày sau khi kết thúc đợt kiểm tra",
        ),
        (
            "Ban Tổ chức công bố kết quả chậm nhất 03 ngày sau ngày kết thúc hội thi.",
            "chậm nhất 03 ngày sau ngày kết thúc hội thi",
        ),
    ],
)
def test_a_count_of_days_from_an_undated_event_is_a_time_to_set(text, due):
    assert due_in(text) == due
    parsed = parse_due(due, year=2027)
    assert parsed.date is None
    assert parsed.needs_review


def test_the_event_first_order_still_counts_from_a_dated_event():
    # the same words event_dues computes from where the plan prints the event's day
    assert relative_due(due_in("Các đơn vị gửi bài dự thi trước ngày khai mạc ít nhất 10 ngày.")) == (
        "khai mac",
        -10,
    )


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a printed day is the due, the count after it no part of it
        ("Các xã gửi báo cáo trước ngày 15/6/2027, ít nhất 05 ngày trước kỳ họp.", "trước ngày 15/6/2027"),
        # a count of sessions, not of days, is no time
        ("Đoàn khảo sát thực địa trước khi tiến hành 02 cuộc đối thoại với cử tri.", ""),
        # a step with no count and no finishing word: not read as a time
        ("Thường trực xem xét báo cáo trước khi trình kỳ họp HĐND.", ""),
        # a count after the event with no bound is how long it lasts, not when it is due
        ("Đoàn làm việc tại mỗi xã 02 ngày sau khi nhận đề cương chi tiết.", ""),
    ],
)
def test_near_misses_are_not_read_as_a_counted_time(text, due):
    assert due_in(text) == due
