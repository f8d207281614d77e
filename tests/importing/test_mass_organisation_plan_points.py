"""A mass organisation's plan whose points print `- Thời gian:` and `- Phân công:` under their titles
(h785, ys1, ys2): the bare `Phân công:` label names the doers (prose_facts._BARE_DOER), the body that
`chủ trì` leads where another does its part beside it (prose_facts._parts_handed), every given weekday
of a month is due on the last of them (parsing._WEEKDAYS_OF_MONTH), and `cả tháng` between points
dated in one month takes that month (prose_tasks._month_of_neighbours)."""

from datetime import date

import pytest

from engine.deadlines.parsing import parse_due, whole_month
from engine.importing.build import import_document
from engine.importing.layouts.prose_facts import labelled_fields


def test_branches_under_a_bare_assignment_label_lead_together():
    fields = labelled_fields("Phân công: Chi hội Cựu chiến binh thôn Bắc, Chi hội Cựu chiến binh thôn Nam.")
    assert fields == {"lead": "Chi hội Cựu chiến binh thôn Bắc, Chi hội Cựu chiến binh thôn Nam"}


def test_the_board_that_chairs_leads_and_the_branch_preparing_takes_part():
    fields = labelled_fields(
        "Phân công: Ban Chấp hành Chi bộ chủ trì; Chi đoàn khu phố 3 chuẩn bị hội trường."
    )
    assert fields == {"lead": "Ban Chấp hành Chi bộ", "coordinating": "Chi đoàn khu phố 3"}


def test_the_assignment_label_with_its_partner():
    fields = labelled_fields("Phân công thực hiện: Ban Thường vụ Hội Cựu chiến binh phối hợp Công an xã.")
    assert fields == {"lead": "Ban Thường vụ Hội Cựu chiến binh", "coordinating": "Công an xã"}


@pytest.mark.parametrize(
    "text",
    [
        "Lịch phân công: Chi đoàn thôn A trực.",  # a roster's label, not the doer's
        "Phân công: Nguyễn Văn An.",  # a person, no body
        "Phân công: Chi đoàn thôn A hướng dẫn người dân cài đặt ứng dụng.",  # a sentence
    ],
)
def test_what_the_assignment_label_does_not_take(text):
    assert not (labelled_fields(text) or {}).get("lead")


def test_parts_each_doing_work_all_lead():
    fields = labelled_fields("Giao: Văn phòng Hội chuẩn bị nội dung; Ban Công tác xã hội lập danh sách.")
    assert fields["lead"] == "Văn phòng Hội; Ban Công tác xã hội"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("các ngày thứ Bảy trong tháng 3", date(2027, 3, 27)),
        ("Những ngày Chủ nhật của tháng 8/2028", date(2028, 8, 27)),
        ("các thứ Bảy, Chủ nhật trong tháng 5", date(2027, 5, 30)),
        ("Thứ Bảy cuối tháng 6", date(2027, 6, 26)),
        ("thứ 5 cuối cùng của tháng 11", date(2027, 11, 25)),
    ],
)
def test_every_weekday_of_a_month_is_due_on_the_last(text, due):
    assert parse_due(text, year=2027).date == due


def test_a_weekday_beside_a_day_or_a_weekly_round_is_no_weekday_of_a_month():
    assert parse_due("Thứ Bảy, 13/3", year=2027).date == date(2027, 3, 13)
    assert parse_due("thứ Bảy hằng tuần", year=2027).recurrence == "weekly"
    assert parse_due("tháng 3", year=2027).date == date(2027, 3, 31)


def test_whole_month():
    assert whole_month("cả tháng") and whole_month("Suốt tháng") and whole_month("trong tháng này")
    assert not whole_month("tháng 3") and not whole_month("cuối tháng 3")


_PLAN = """HỘI CỰU CHIẾN BINH XÃ AN HÒA
KẾ HOẠCH
Hoạt động năm 2027

II. NỘI DUNG
1. Hội thao truyền thống cựu chiến binh các chi hội
   - Thời gian: ngày 26/{before}/2027.
   - Phân công: Ban Thường vụ Hội Cựu chiến binh xã.
2. Vận động hội viên tham gia dọn vệ sinh đường làng
   - Thời gian: cả tháng.
   - Phân công: Các chi hội.
3. Thăm hỏi hội viên ốm đau, có hoàn cảnh khó khăn
   - Thời gian: tuần thứ 4 của tháng 7.
   - Phân công: Chi hội Cựu chiến binh thôn Đông.
"""


def _due_of_whole_month(before: int):
    items = import_document(_PLAN.format(before=before).encode(), "kh.txt", units=[], year=2027).items
    return next(item for item in items if item.content.startswith("Vận động")).due_date


def test_the_whole_month_between_points_of_one_month_is_that_month():
    assert _due_of_whole_month(7) == date(2027, 7, 31)


def test_the_whole_month_between_points_of_two_months_is_no_date():
    assert _due_of_whole_month(6) is None
