"""A column of those in charge naming only posts and persons as the table's only word on who does the
work, a row's day in its short note inside its week, a round in the note beside the whole month, a
body named by a numbered region, and a share reached as an assessment (h13fixQG)."""

from datetime import date
from types import SimpleNamespace

from engine.deadlines.parsing import parse_due
from engine.importing.blocks import Paragraph
from engine.importing.layouts.conclusions import tells_how_things_stand
from engine.importing.layouts.prose_facts import assignment_in
from tests.importing.helpers_blocks import table_items, table_of

_TITLE = Paragraph("KẾ HOẠCH CÔNG TÁC THÁNG 01/2029 CỦA XÍ NGHIỆP", 1)


def _plan(who: list[str], header: str = "Thời gian"):
    return table_of(
        [
            [header, "Nội dung công việc", "Người phụ trách", "Ghi chú"],
            [
                ("Tuần 2\n(08/01 - 13/01)", 2, 1),
                "Bảo dưỡng xe chở rác tuyến phía Bắc",
                who[0],
                "Giao ca sáng 10/01",
            ],
            ["Kiểm kê vật tư, phụ tùng trong kho", who[1], "Nộp kho 20/01"],
            [("Cả tháng", 2, 1), "Trực vận hành trạm bơm nước thải", who[2], "Liên tục"],
            ["Kiểm tra an toàn lao động tại các tổ", who[3], "Sáng thứ Hai hằng tuần"],
        ]
    )


def test_a_column_of_posts_and_persons_only_leads_as_printed():
    who = ["Đội trưởng đội xe", "Thủ kho Mai Văn Lực", "Kỹ thuật viên trưởng", "Phó Giám đốc Hà Minh Quân"]
    items = table_items(_TITLE, _plan(who))
    assert [item.lead for item in items] == who


def test_beside_a_team_the_persons_of_that_column_still_lead_nothing():
    who = ["Tổ Cơ giới", "Thủ kho Mai Văn Lực", "Kỹ thuật viên trưởng", "Tổ An toàn vệ sinh"]
    items = table_items(_TITLE, _plan(who))
    assert [item.lead for item in items] == ["Tổ Cơ giới", "", "", "Tổ An toàn vệ sinh"]


def test_the_one_day_a_short_note_prints_inside_the_week_is_the_row_day():
    who = ["Đội trưởng đội xe", "Thủ kho Mai Văn Lực", "Kỹ thuật viên trưởng", "Thủ quỹ"]
    for header in ("Thời gian", "Tuần"):  # a time column, or a week cell left of the content
        items = table_items(_TITLE, _plan(who, header))
        assert parse_due(items[0].due, year=2029).date == date(2029, 1, 10)
        assert "13/01" in items[1].due  # `Nộp kho 20/01` is after the week: the week's end stands


def test_a_round_in_the_note_beside_the_whole_month_is_the_row_time():
    who = ["Đội trưởng đội xe", "Thủ kho Mai Văn Lực", "Kỹ thuật viên trưởng", "Thủ quỹ"]
    items = table_items(_TITLE, _plan(who))
    assert parse_due(items[2].due, year=2029).recurrence == "ongoing"
    assert parse_due(items[3].due, year=2029).recurrence == "weekly"


def test_a_body_named_by_a_numbered_region_ends_at_its_number():
    # (the verbs after the number are not in the lists: the region's number ends the name)
    found = assignment_in("Trung tâm Kiểm soát bệnh tật khu vực II giám sát dịch tễ các ổ dịch cũ")
    assert found.lead == "Trung tâm Kiểm soát bệnh tật khu vực II"
    found = assignment_in("Đề nghị Chi cục Thuế khu vực 4 giám sát việc kê khai của hộ kinh doanh")
    assert found.lead == "Chi cục Thuế khu vực 4"


def test_a_share_reached_is_an_assessment_not_a_task():
    reached = SimpleNamespace(content="Tỷ lệ hộ dùng nước sạch mới đạt 72,5% chỉ tiêu; còn 3 thôn chưa có.")
    reached.lead, reached.due = "", ""
    assert tells_how_things_stand(reached)
    asked = SimpleNamespace(content="Yêu cầu các xã bảo đảm tỷ lệ thu đạt 95% kế hoạch.", lead="", due="")
    assert not tells_how_things_stand(asked)
