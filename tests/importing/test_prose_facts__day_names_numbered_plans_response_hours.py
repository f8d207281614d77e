"""A named Day's day inside its name yields to the task's own date; a plan cited by its number sets
the time (for a person); a response time in hours is a standing duty's turnaround; a parenthesis
wrapped so a line opens with its last word and the bracket (`y) …`, `2) …`) is no list mark."""

from datetime import date

from engine.deadlines.parsing import parse_due
from engine.importing.layouts.outline import _continues
from engine.importing.layouts.prose_facts import due_in


def test_a_named_days_day_yields_to_the_tasks_own_date():
    text = "Tổ chức Liên hoan văn nghệ chào mừng Ngày Thầy thuốc Việt Nam 27/02, biểu diễn ngày 25/02/2027."
    assert due_in(text) == "ngày 25/02/2027"
    text = "Tổ chức gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11, hoàn thành trước ngày 14/11/2026."
    assert due_in(text) == "trước ngày 14/11/2026"
    # with no date of its own the Day's day stays the task's time
    assert due_in("Tổ chức các hoạt động chào mừng Ngày Quốc tế Phụ nữ 8/3.") == "8/3"
    # a deadline word before the day is a deadline, whatever follows
    assert due_in("Nộp báo cáo trước 20/10, tổ chức ngày 18/10/2026.") == "trước 20/10"


def test_a_plan_cited_by_its_number_sets_the_time_for_a_person():
    text = "Thanh tra việc sử dụng kinh phí tại 04 trường học theo Kế hoạch thanh tra số 15/KH-TTr."
    assert due_in(text) == "theo Kế hoạch thanh tra số 15/KH-TTr"
    due = parse_due(due_in(text), year=2027)
    assert due.needs_review and due.date is None
    # a date of its own wins; an appendix's caption is no time
    assert (
        due_in("Kiểm tra 03 xã theo Kế hoạch số 20/KH-UBND, xong trước ngày 30/6/2027.")
        == "trước ngày 30/6/2027"
    )
    assert due_in("Danh mục nhiệm vụ (Kèm theo Kế hoạch số 20/KH-UBND ngày 12/01/2027)") == ""


def test_a_response_time_in_hours_is_a_standing_duty():
    for text in (
        "trong vòng 12 giờ kể từ khi tiếp nhận hồ sơ",
        "trong 06 giờ sau khi nhận tin báo",
        "trong vòng 24 giờ",
        "trong hai mươi bốn (24) giờ kể từ khi phát hiện",
    ):
        due = parse_due(text, year=2027)
        assert due.recurrence == "ongoing" and due.date is None and not due.needs_review, text
    # counted from this document, or in days: for a person to set; from a printed day: that day
    assert parse_due("trong vòng 24 giờ kể từ khi nhận được Công văn này", year=2027).needs_review
    assert parse_due("trong vòng 05 ngày kể từ khi tiếp nhận hồ sơ", year=2027).needs_review
    assert parse_due("trong 24 giờ kể từ 7 giờ ngày 02/3/2027", year=2027).date == date(2027, 3, 2)
    # a sentence with no deadline of its own prints the hours as its time
    text = "Đề nghị các trạm báo cáo sự cố về Công ty trong vòng 12 giờ qua thư điện tử."
    assert due_in(text) == "trong vòng 12 giờ"


def test_a_bracket_closed_on_the_next_line_is_no_list_mark():
    before = "b) Gửi kết quả kiểm tra về Ủy ban nhân dân huyện (qua Trạm Chăn nuôi và Thú"
    assert _continues("y) trước ngày 10/5/2027.", before, False)
    assert _continues("3) trước ngày 10/5/2027.", "4. Tổng hợp số liệu theo biểu mẫu (Phụ lục", False)
    # a lettered point under a paragraph whose brackets are closed opens its own
    assert not _continues("c) Tổ chức tập huấn.", "b) Gửi kết quả (qua Văn phòng) trước 10/5.", False)
    assert not _continues("c) Tổ chức tập huấn.", "b) Gửi kết quả kiểm tra về huyện.", False)
