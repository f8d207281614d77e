"""A programme table with no time column, timed by its section rows merged across (`THÁNG 01/2027`,
`QUÝ II/2027`) and closed by a bare `CÔNG VIỆC THƯỜNG XUYÊN` row: the rows under that one run all
through (ongoing), and a day of "the month" one of them prints with no month (`vào ngày thứ Hai đầu
tháng`) is a round every month. Beside `NHIỆM VỤ TRỌNG TÂM` the same words name a kind of task, no
time. In a notice of conclusions, a report of the work's results at a briefing on its day (`báo cáo
kết quả … tại giao ban ngày 05/01/2027`) is the point's due, later than the day it starts (`từ ngày
01/12/2026`); a hospital's head nurse (`Điều dưỡng trưởng Bệnh viện`) leads the point she opens.
Own text, not a corpus document's."""

from engine.deadlines.parsing import parse_due
from engine.importing.layouts.prose_facts import assignment_in, due_in

from .helpers_blocks import table_items, table_of

HEADER = ["TT", "Nội dung", "Cơ quan chủ trì chuẩn bị", "Cấp cho ý kiến"]


def _across(text: str):
    return [("", 1, 1), (text, 1, 3)]


def _due_of(text: str):
    return parse_due(text, year=2029)


def test_a_bare_standing_section_after_month_sections_is_ongoing_and_a_day_of_the_month_recurs():
    items = table_items(
        table_of(
            [
                HEADER,
                _across("THÁNG 3/2029"),
                ["1", "Sơ kết công tác dân vận quý I", "Ban Dân vận", "BTV"],
                _across("QUÝ III/2029"),
                ["2", "Kiểm tra tài chính Đảng tại các chi bộ", "Ủy ban Kiểm tra", "BTV"],
                _across("NHIỆM VỤ THƯỜNG XUYÊN"),
                ["3", "Theo dõi, nắm tình hình tư tưởng cán bộ, đảng viên", "Ban Tuyên giáo", ""],
                ["4", "Họp Thường trực Huyện ủy vào sáng thứ Sáu cuối tháng", "Văn phòng Huyện ủy", ""],
            ]
        )
    )
    dues = [_due_of(item.due) for item in items]
    assert [due.date.isoformat() if due.date else due.recurrence for due in dues] == [
        "2029-03-31",
        "2029-09-30",
        "ongoing",
        "monthly",
    ]


def test_a_standing_kind_beside_other_kinds_is_no_time():
    items = table_items(
        table_of(
            [
                HEADER,
                _across("I. NHIỆM VỤ TRỌNG TÂM"),
                ["1", "Sơ kết công tác dân vận", "Ban Dân vận", "BTV"],
                _across("II. NHIỆM VỤ THƯỜNG XUYÊN"),
                ["2", "Theo dõi tình hình tư tưởng cán bộ, đảng viên", "Ban Tuyên giáo", ""],
            ]
        )
    )
    assert [item.due for item in items] == ["", ""]


def test_a_day_of_the_month_under_a_month_section_is_no_round():
    items = table_items(
        table_of(
            [
                HEADER,
                _across("THÁNG 7/2029"),
                ["1", "Họp Ban Thường vụ vào thứ Hai đầu tháng", "Văn phòng", "BTV"],
                _across("CÔNG VIỆC THƯỜNG XUYÊN"),
                ["2", "Trực tiếp nhận đơn thư vào thứ Hai đầu tháng 8", "Ủy ban Kiểm tra", ""],
            ]
        )
    )
    assert [_due_of(item.due).recurrence for item in items] == [None, "ongoing"]
    assert _due_of(items[0].due).date.isoformat() == "2029-07-31"


def test_a_report_of_results_at_a_briefing_on_its_day_is_the_due():
    text = (
        "Giao Khoa Nhi triển khai phác đồ mới từ ngày 02/3/2029; báo cáo kết quả 01 tháng thực hiện "
        "tại giao ban ngày 06/4/2029."
    )
    assert due_in(text) == "ngày 06/4/2029"
    assert due_in("Phòng Điều dưỡng báo cáo tiến độ tại buổi giao ban ngày 12/3/2029.") == "ngày 12/3/2029"


def test_a_report_already_made_or_a_conclusion_cited_is_no_due():
    assert (
        due_in("Khoa Dược đã báo cáo kết quả kiểm kê tại giao ban ngày 25/2/2029, còn thiếu thuốc cấp cứu.")
        == ""
    )
    assert due_in("Thực hiện kết luận tại giao ban ngày 01/3/2029, các khoa rà soát danh mục thuốc.") == ""


def test_a_hospitals_head_nurse_leads_her_point_as_printed():
    found = assignment_in("Điều dưỡng trưởng Bệnh viện tổ chức kiểm tra hồ sơ chăm sóc, định kỳ hằng tháng.")
    assert found is not None and found.lead == "Điều dưỡng trưởng Bệnh viện"
    found = assignment_in("Hộ sinh trưởng khoa Sản rà soát quy trình đón đẻ trước ngày 20/3/2029.")
    assert found is not None and found.lead == "Hộ sinh trưởng khoa Sản"


def test_the_nursing_staff_or_the_post_as_a_topic_is_no_lead():
    found = assignment_in("Điều dưỡng các khoa thực hiện đúng quy trình chăm sóc người bệnh.")
    assert found is None or not found.lead.startswith("Điều dưỡng")
    found = assignment_in("Điều dưỡng trưởng là người chịu trách nhiệm về công tác chăm sóc.")
    assert found is None or not found.lead.startswith("Điều dưỡng")


def test_a_report_at_a_briefing_named_by_its_month_takes_its_expected_day():
    # (h13fixZV, the shape of h867: `… tại cuộc họp giao ban tháng 02/2027 (dự kiến ngày 09/02/2027)`)
    text = (
        "Các khoa, phòng báo cáo kết quả thực hiện các nội dung trên tại cuộc họp giao ban tháng "
        "4/2029 (dự kiến ngày 06/4/2029)."
    )
    assert "06/4/2029" in due_in(text)
    # limits: a report already made, or a day in parentheses that is not the expected one
    assert "06/4/2029" not in due_in(
        "Khoa Dược đã báo cáo kết quả tại cuộc họp giao ban tháng 4/2029 (dự kiến ngày 06/4/2029)."
    )
