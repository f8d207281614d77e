"""A span bounded from an undated event (`tối đa 10 ngày kể từ ngày nhận …`: review), a report at a
regular meeting of a month (`… thường kỳ tháng 8/2027`: that month's end), a bare past period opening
the chair's assessment, and standing words in an indicator's name that are no time of the row's."""

from types import SimpleNamespace

from engine.deadlines.parsing import parse_due
from engine.importing.blocks import Table, grid_from_spans
from engine.importing.layouts.conclusions import tells_how_things_stand
from engine.importing.layouts.prose_facts import due_in
from engine.importing.layouts.tables import read_tables


def test_a_span_bounded_from_an_undated_event_is_for_a_person_to_set():
    text = "Giải quyết hồ sơ đăng ký hộ kinh doanh; thời gian tối đa 05 ngày làm việc kể từ ngày nhận hồ sơ."
    assert due_in(text).startswith("tối đa 05 ngày làm việc kể từ")
    due = parse_due(due_in(text), year=2028)
    assert due.date is None and due.needs_review
    text = "Thẩm định báo cáo kinh tế - kỹ thuật, không quá 20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ."
    assert parse_due(due_in(text), year=2028).needs_review


def test_a_report_at_a_regular_meeting_of_a_month_is_due_at_its_end():
    text = "Rà soát các điểm sạt lở, báo cáo tại phiên họp UBND phường thường kỳ tháng 11/2028."
    assert parse_due(due_in(text), year=2028).date.isoformat() == "2028-11-30"
    text = "Tổng hợp kết quả, báo cáo Chủ tịch tại cuộc họp thường lệ tháng 7/2028."
    assert parse_due(due_in(text), year=2028).date.isoformat() == "2028-07-31"


def test_a_bare_past_period_opens_the_assessment():
    text = "Chín tháng đầu năm 2028, phường đã cấp 312 giấy chứng nhận, đạt 88% kế hoạch."
    assert tells_how_things_stand(SimpleNamespace(content=text, due="", lead=""))
    assert not tells_how_things_stand(
        SimpleNamespace(content="9 tháng đầu năm 2028, phải cấp xong 400 giấy chứng nhận.", due="", lead="")
    )


def test_standing_words_in_an_indicators_name_are_no_time():
    rows = [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2028", "Đơn vị theo dõi"],
        ["1", "Tỷ lệ học sinh được khám sức khỏe định kỳ", "%", "100", "Trạm Y tế xã"],
        ["2", "Số hội viên tập dưỡng sinh thường xuyên", "Người", "450", "Hội Người cao tuổi"],
        ["3", "Số lớp tập huấn được tổ chức hằng năm", "Lớp", "6", "Phòng Kinh tế"],
    ]
    table = Table(grid_from_spans([[(text, 1, 1) for text in row] for row in rows]))
    items, _reader = read_tables([table], [])
    assert [item.due for item in items] == ["", "", ""]


def test_a_span_as_the_tasks_closing_clause_is_for_a_person_to_set():
    text = "Chủ trì kiểm tra, xác minh đơn tố cáo; thời hạn 45 ngày kể từ ngày nhận được văn bản này."
    assert due_in(text) == "thời hạn 45 ngày kể từ ngày nhận được văn bản này"
    assert parse_due(due_in(text), year=2028).needs_review
    # (not a term inside a clause: the term extended is no time of the task)
    assert due_in("Xem xét gia hạn thời hạn 30 ngày kể từ ngày hết hạn cho doanh nghiệp.") == ""


def test_an_act_done_periodically_as_the_rules_set_recurs():
    text = "Thủ trưởng cơ quan, đơn vị tiếp công dân định kỳ theo quy định của Luật Tiếp công dân."
    assert due_in(text) == "định kỳ theo quy định"
    # (a session's name with `định kỳ` in it is no round)
    assert due_in("Kiểm tra việc ra đề, coi, chấm kiểm tra định kỳ cuối học kỳ I.") == ""
