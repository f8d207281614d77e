"""Times inside a sentence (prose_facts.due_in, then parse_due): a duty kept round the clock (`24/24
giờ`, `24/24h`) with no other time printed is a continuous one; a round bounded by a range put after it
with a comma (`trước ngày 20 hằng tháng, từ tháng 12/2026 đến tháng 3/2027, để …`) recurs, as it does
with the range in parentheses. And their limits: another time, an occasion in the clause, a count
(`24/24 tiêu chí`), a day (`24/7`); a range followed by more of the clause keeps its end. Own text,
not a corpus document's."""

from datetime import date

import pytest

from engine.deadlines.parsing import parse_due
from engine.importing.build import import_document
from engine.importing.layouts.prose_facts import due_in


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Giám sát camera an ninh tại cổng kho 24/24 giờ, báo ngay lãnh đạo Trung tâm.", "24/24 giờ"),
        ("Trực tổng đài tiếp nhận phản ánh của khách hàng 24/24h.", "24/24h"),
    ],
)
def test_a_duty_kept_round_the_clock_with_no_other_time_is_ongoing(sentence, phrase):
    assert due_in(sentence) == phrase
    assert parse_due(phrase, year=2027).recurrence == "ongoing"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # another time printed wins
        ("Trực 24/24 giờ tại các chốt, từ ngày 25/01/2029 đến ngày 10/02/2029.", "đến ngày 10/02/2029"),
        ("Trực ban 24/24 giờ trong thời gian có lũ; báo cáo kịp thời.", "trong thời gian có lũ"),
        # an occasion bounding the watch in its clause: no standing duty
        ("Trực chỉ huy 24/24 giờ trong dịp lễ.", ""),
        ("Bố trí bảo vệ 24/24 giờ vào những ngày cao điểm.", ""),
        # a count written like it, and a bare "24/24" (a lead-in's "Trực 24/24, gồm:")
        ("Hướng dẫn 24/24 xã hoàn thành bộ tiêu chí.", ""),
        ("Trực 24/24, gồm: cổng chính, cổng phụ.", ""),
        # "24/7" is not taken (it is also a day, 24 July)
        ("Tổ chức gặp mặt thương binh ngày 24/7 tại hội trường.", ""),
    ],
)
def test_what_a_round_the_clock_duty_does_not_take(sentence, phrase):
    assert due_in(sentence) == phrase


def test_a_due_cell_printing_only_round_the_clock_is_ongoing_and_24_7_stays_a_day():
    assert parse_due("Trực 24/24 giờ", year=2027).recurrence == "ongoing"
    assert parse_due("24/24h", year=2027).recurrence == "ongoing"
    # a day or range beside it is the due
    assert parse_due("24/24 giờ từ 25/01 đến 10/02/2029", year=2029).date == date(2029, 2, 10)
    assert parse_due("24/7", year=2027).date == date(2027, 7, 24)


@pytest.mark.parametrize(
    ("sentence", "phrase", "recurrence"),
    [
        (
            "Các phòng báo cáo kết quả về Văn phòng trước ngày 15 hằng tháng, từ tháng 10/2027 đến tháng "
            "01/2028, để tổng hợp báo cáo Giám đốc.",
            "hằng tháng",
            "monthly",
        ),
        (
            "Gửi số liệu về Trạm trước 16 giờ thứ Hai hằng tuần, từ ngày 02/3/2027 đến ngày 30/5/2027.",
            "hằng tuần",
            "weekly",
        ),
        (
            "Các xã báo cáo định kỳ hằng quý, từ quý II/2027 đến hết quý IV/2027.",
            "định kỳ hằng quý",
            "quarterly",
        ),
        # (in parentheses, as before)
        ("Các tổ báo cáo trước ngày 25 hằng tháng (từ tháng 4 đến tháng 11/2027).", "hằng tháng", "monthly"),
    ],
)
def test_a_round_bounded_by_a_range_after_a_comma_recurs(sentence, phrase, recurrence):
    assert due_in(sentence) == phrase
    assert parse_due(phrase, year=2027).recurrence == recurrence


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # more of the clause after the range: it may be the next action's time, the end is kept
        ("Báo cáo hằng tháng, từ tháng 4 đến tháng 6/2027 tổ chức kiểm tra các cơ sở.", "đến tháng 6/2027"),
        # a range with no round before it is the task's time, read at its end
        ("Kiểm tra các cơ sở; thời gian từ ngày 15/3/2027 đến ngày 30/4/2027.", "đến ngày 30/4/2027"),
    ],
)
def test_a_range_not_bounding_a_round_keeps_its_end(sentence, phrase):
    assert due_in(sentence) == phrase


LABELLED = """CÔNG VĂN
V/v bảo đảm an toàn kho lưu trữ năm 2027
Kính gửi: Các phòng thuộc Trung tâm.
Trung tâm Lưu trữ lịch sử đề nghị các phòng thực hiện một số nội dung sau:
1. Phòng Bảo quản
a) Giám sát nhiệt độ, độ ẩm kho lưu trữ 24/24 giờ, xử lý ngay khi vượt ngưỡng.
b) Khử trùng kho tài liệu trước ngày 30/6/2027.
2. Phòng Hành chính
Mua bình chữa cháy bổ sung trong tháng 5/2027.
Các phòng báo cáo kết quả về Phòng Hành chính trước ngày 20 hằng tháng, từ tháng 4/2027 đến tháng 9/2027.
"""


def test_labelled_units_over_lettered_points_take_both_times():
    items = import_document(LABELLED.encode(), "cv.txt", units=[], year=2027).items
    got = [(item.content[:17], item.lead_text, item.recurrence, item.due_date) for item in items]
    assert got == [
        ("Giám sát nhiệt độ", "Phòng Bảo quản", "ongoing", None),
        ("Khử trùng kho tài", "Phòng Bảo quản", None, date(2027, 6, 30)),
        ("Mua bình chữa chá", "Phòng Hành chính", None, date(2027, 5, 31)),
        ("Các phòng báo cáo", "", "monthly", None),
    ]


def test_a_round_the_clock_phrase_names_no_day():
    # so a note under a calendar or a table (`Trực ban 24/24 giờ theo quy định.`) is no dated request
    from engine.importing.layouts.prose_facts import prints_date, prints_date_or_recurrence

    assert not prints_date("24/24 giờ")
    assert not prints_date_or_recurrence("24/24h")
    assert prints_date("trước 24/12/2027")


def test_a_due_cell_naming_the_span_of_the_watch_is_not_a_standing_duty():
    """`Trong suốt đợt; trực 24/24 giờ` (qd3): the campaign is the watch's time, not ongoing."""
    from engine.deadlines.parsing import parse_due

    assert parse_due("Trong suốt đợt; trực 24/24 giờ", year=2028).recurrence != "ongoing"
    assert parse_due("Trực 24/24 giờ", year=2028).recurrence == "ongoing"
