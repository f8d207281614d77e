"""Dues taught by h13fixYO (h767, h764, h759): a time cell opened by its day alone (`Từ 05/01`) is due
that day; an activity dated after `vào` with the part of the day between (`vào tối ngày 02/02/2027`) is
due that day; a Tết day glossed with its solar date in parentheses (`vào ngày mùng 4 Tết (ngày
09/02/2027)`) is due on the solar date; an event's own expected day in a parenthesis whose subject is
that event, named by the task as where it works (`khu vực lễ hội … (lễ hội dự kiến khai mạc ngày …)`), is
no due; a watch kept over the Tết holidays (`trong các ngày nghỉ Tết Nguyên đán`) is for a person to set.
Each with its limits."""

from datetime import date

from engine.deadlines.parsing import parse_due
from engine.importing.layouts.prose_facts import due_in


def test_a_time_opened_by_its_day_alone_is_due_that_day():
    assert parse_due("Từ 05/01", year=2027).date == date(2027, 1, 5)
    assert parse_due("Từ ngày 10/02", year=2028).date == date(2028, 2, 10)
    assert parse_due("từ 03/02", year=2028).date == date(2028, 2, 3)


def test_a_time_opened_by_its_day_keeps_its_range_round_or_event():
    # a range: its end, as before
    assert parse_due("Từ 12 - 22/01", year=2027).date == date(2027, 1, 22)
    assert parse_due("từ 05/01 đến 10/01", year=2027).date == date(2027, 1, 10)
    # a round from a day: the round
    due = parse_due("hằng tuần từ 05/01", year=2027)
    assert due.recurrence == "weekly" and due.date is None
    # a run to an event with no day printed: for a person to set
    due = parse_due("Từ 05/01 đến khi kết thúc", year=2027)
    assert due.date is None and due.needs_review


def test_the_part_of_the_day_after_vao_keeps_the_day():
    text = (
        "Chương trình văn nghệ mừng Xuân vào tối ngày 02/02/2027 tại Hội trường UBND xã; Phòng Văn hóa - Xã "
        "hội chủ trì."
    )
    assert due_in(text) == "vào tối ngày 02/02/2027"
    assert (
        due_in("Hội thi gói bánh chưng vào sáng ngày 22/01/2028 tại Nhà Văn hóa.")
        == "vào sáng ngày 22/01/2028"
    )
    assert due_in("Họp mặt vào buổi chiều ngày 20/01/2028.") == "vào buổi chiều ngày 20/01/2028"
    assert parse_due("vào tối ngày 02/02/2027", year=2027).date == date(2027, 2, 2)


def test_the_part_of_the_day_without_vao_stays_a_date_of_record():
    assert due_in("Thực hiện kết luận cuộc họp tối ngày 02/02/2027 của Ban Chỉ đạo.") == ""


def test_a_tet_day_glossed_with_its_solar_date_is_due_on_it():
    text = "Tổ chức trò chơi dân gian vào ngày mùng 4 Tết (ngày 09/02/2027) tại khu trung tâm xã."
    assert due_in(text) == "ngày 09/02/2027"
    text = "Giải cờ tướng vào ngày mồng 3 Tết Nguyên đán (28/01/2028) tại Nhà thi đấu."
    assert parse_due(due_in(text), year=2028).date == date(2028, 1, 28)


def test_a_tet_day_without_its_solar_date_gives_no_day():
    assert due_in("Tổ chức trò chơi dân gian vào ngày mùng 4 Tết tại khu trung tâm xã.") == ""


def test_an_events_own_day_glossed_where_the_task_works_is_no_due():
    text = (
        "Tham mưu Sở phương án phân luồng, tổ chức giao thông khu vực lễ hội Đền Cao Sơn (lễ hội dự kiến "
        "khai mạc ngày 12/02/2027)."
    )
    assert due_in(text) == ""
    text = "Bố trí điểm trông giữ xe khu vực hội chợ Xuân (hội chợ dự kiến khai mạc ngày 20/01/2028)."
    assert due_in(text) == ""


def test_an_events_day_stays_the_due_where_the_task_holds_prepares_or_is_timed_by_it():
    # the task holds the event
    assert due_in("Tổ chức lễ hội Đền Cao Sơn (lễ hội dự kiến khai mạc ngày 12/02/2027).") != ""
    # the task prepares it
    text = "Chuẩn bị hội trường cho hội nghị tổng kết (hội nghị dự kiến tổ chức ngày 15/01/2028)."
    assert due_in(text) == "dự kiến tổ chức ngày 15/01/2028"
    # the task is timed by it
    assert due_in("Lắp âm thanh trước lễ hội (lễ hội dự kiến khai mạc ngày 12/02/2027).") != ""
    # a parenthesis with no subject of its own: the task's foreseen day
    text = "Tham mưu phương án giao thông khu vực lễ hội (dự kiến khai mạc ngày 12/02/2027)."
    assert due_in(text) == "dự kiến khai mạc ngày 12/02/2027"
    # a subject the task does not name
    text = "Tham mưu phương án an ninh khu vực hội chợ (triển lãm dự kiến khai mạc ngày 12/02/2027)."
    assert due_in(text) == "dự kiến khai mạc ngày 12/02/2027"


def test_a_watch_over_the_tet_holidays_is_for_a_person_to_set():
    text = "Duy trì lực lượng trực bảo đảm giao thông 24/24 giờ trong các ngày nghỉ Tết Nguyên đán."
    assert due_in(text) == "trong các ngày nghỉ Tết Nguyên đán"
    due = parse_due(due_in(text), year=2027)
    assert due.needs_review and due.date is None
    assert due_in("Bố trí cán bộ trực trong những ngày Tết cổ truyền.") == "trong những ngày Tết cổ truyền"


def test_the_tet_holidays_limits():
    # the solar new year is no lunar festival
    assert due_in("Trực 24/24 giờ trong các ngày nghỉ Tết Dương lịch.") == ""
    # a printed range wins
    text = "Trực 24/24 giờ trong các ngày nghỉ Tết Nguyên đán từ 25/01 đến 01/02/2028."
    assert parse_due(due_in(text), year=2028).date == date(2028, 2, 1)
