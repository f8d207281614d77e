"""A festival's opening (`khai hội`) is an event as `khai mạc` is, dated where the text prints its day
lunar first with the solar one in parentheses (`Lễ khai hội vào 8 giờ 00 ngày 15 tháng Giêng (ngày
20/02/2027)`); a task done on the same day as an event, said inside its sentence (`… cùng ngày khai
mạc`, `… cùng ngày với Lễ khai hội`), is due on that day; `mỗi ngày` / `mỗi đêm` is a daily duty
(ongoing) as `hằng ngày` is, but not a holiday's or a weekday's round nor a count each day
(engine/importing/event_dues.py, engine/deadlines/parsing.py `EVERY_DAY`, prose_facts.due_in)."""

from datetime import date

from engine.deadlines.parsing import ONGOING, parse_due
from engine.importing.event_dues import event_date, relative_due, resolve_event_dues
from engine.importing.layouts.prose_facts import due_in
from engine.importing.model import RawItem
from tests.importing.helpers_blocks import document_of


def test_the_same_day_as_an_event_inside_a_sentence_counts_no_days():
    assert relative_due("Tổ chức trưng bày ảnh tại nhà văn hóa; khai mạc cùng ngày khai hội.") == (
        "khai hoi",
        0,
    )
    assert relative_due("Tổ chức hội thi gói bánh; khai mạc cùng ngày với Lễ khai mạc.") == ("khai mac", 0)
    assert relative_due("Phát hành bản tin đặc biệt cùng ngày Hội nghị.") == ("hoi nghi", 0)
    # limits: a day printed after `cùng ngày`, another act's day
    assert relative_due("Gửi hồ sơ cùng ngày 15/3/2027.") is None
    assert relative_due("Nộp bảo lãnh cùng ngày ký hợp đồng.") is None


def test_a_festival_opening_printed_lunar_first_is_its_solar_day():
    texts = ["Lễ khai hội vào 8 giờ 00 ngày 15 tháng Giêng (ngày 20/02/2027) tại sân đền."]
    assert event_date(texts, "khai hoi", 2027) == date(2027, 2, 20)
    texts = ["Lễ khai mạc được tổ chức vào 19 giờ 30 ngày 10 tháng 3 âm lịch (ngày 16/4/2027)."]
    assert event_date(texts, "khai mac", 2027) == date(2027, 4, 16)
    # a solar day as before
    assert event_date(["Lễ khai hội vào ngày 03/3/2027."], "khai hoi", 2027) == date(2027, 3, 3)


def test_an_item_done_the_same_day_as_the_opening_gets_its_day():
    plan = "KẾ HOẠCH\nLễ khai hội vào 7 giờ 30 ngày 06 tháng Giêng (ngày 11/02/2027).\n"
    items = [RawItem(line=0, content="Đánh trống, rước kiệu quanh làng; khai mạc cùng ngày khai hội.")]
    resolve_event_dues(items, document_of(plan), 2027)
    assert items[0].due == "11/02/2027 (cùng ngày khai hội)"


def test_each_day_or_night_is_a_daily_duty():
    assert due_in("Kiểm đếm, nộp tiền công đức vào tài khoản sau mỗi ngày lễ hội.") == "mỗi ngày"
    assert due_in("Tuần tra khuôn viên, kiểm tra phòng cháy mỗi đêm.") == "mỗi đêm"
    assert parse_due("Mỗi ngày", year=2027).recurrence == ONGOING
    assert parse_due("sau mỗi ngày lễ hội", year=2027).recurrence == ONGOING


def test_each_holiday_weekday_or_count_is_no_daily_duty():
    assert due_in("Treo cờ Tổ quốc tại trụ sở vào mỗi ngày lễ, Tết.") == ""
    assert due_in("Đón tiếp khách tham quan vào mỗi ngày thứ Bảy.") != "mỗi ngày"
    assert parse_due("mỗi ngày nghỉ", year=2027).recurrence != ONGOING
    assert parse_due("mỗi ngày 500 lượt khách", year=2027).recurrence != ONGOING
    assert parse_due("mỗi ngày 02 lần", year=2027).recurrence == ONGOING
    # `đầu mối` folds as `đầu mỗi`: only the printed `mỗi` is a round
    assert due_in("Văn phòng là đầu mối ngày đêm tiếp nhận thông tin.") == ""
