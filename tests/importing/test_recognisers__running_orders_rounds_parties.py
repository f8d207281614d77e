"""Shapes taught by h13fixQD (held-out h346, h348, h347), each on other text: an event's running order
by the hour beside the plan that prepares it (no items), an event dated on a title line with its hour
and weekday and a span counted after it; a campaign's whole course (`Suốt đợt`) due at the end of the
span its title prints; a coordination programme's duties of `hai bên` led by the parties heading
their own duties, and its times (an opening time, a yearly round, the first round's day, a count per
round, `theo đề nghị của …`). Own text, not a corpus document's."""

import pytest

from engine.deadlines.parsing import parse_due
from engine.importing.blocks import Paragraph
from engine.importing.event_dues import resolve_event_dues
from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import due_in
from engine.importing.model import RawItem
from engine.importing.recognition import Context

from .helpers_blocks import document_of, table_items, table_of

_TASKS = [
    ["TT", "Nội dung công việc", "Bộ phận thực hiện", "Thời hạn"],
    ["1", "Trang trí hội trường, chuẩn bị âm thanh", "Tổ Hành chính", "12/12/2028"],
    ["2", "In giấy mời, gửi đại biểu", "Văn phòng", "08/12/2028"],
]


def _programme(title: str, times: list[str]):
    rows = [
        ["Thời gian", "Nội dung", "Người thực hiện"],
        [times[0], "Đón tiếp đại biểu", "Tổ Lễ tân"],
        [times[1], "Báo cáo tổng kết công tác năm", "Phó Giám đốc"],
        [times[2], "Khen thưởng tập thể, cá nhân", "Giám đốc"],
    ]
    return [Paragraph(title), table_of(rows)]


@pytest.mark.parametrize(
    "title",
    [
        "CHƯƠNG TRÌNH HỘI NGHỊ TỔNG KẾT NĂM 2028",
        "Kịch bản buổi lễ kỷ niệm ngày thành lập",
        "TIẾN TRÌNH BUỔI LỄ",
    ],
)
def test_an_events_running_order_by_the_hour_beside_the_plan_is_no_items(title):
    items = table_items(table_of(_TASKS), *_programme(title, ["13h30 - 14h00", "14 giờ 00", "15:00 - 15:30"]))
    assert [item.content for item in items] == [
        "Trang trí hội trường, chuẩn bị âm thanh",
        "In giấy mời, gửi đại biểu",
    ]


def test_hours_under_another_title_or_beside_a_day_are_still_read():
    calendar = table_items(*_programme("LỊCH LÀM VIỆC CỦA BAN GIÁM ĐỐC", ["13h30", "14h00", "15h00"]))
    assert len(calendar) == 3
    dated = table_items(*_programme("CHƯƠNG TRÌNH HỘI NGHỊ", ["13h30", "14h00 ngày 15/12/2028", "15h00"]))
    assert len(dated) == 3


def test_an_event_dated_with_its_hour_and_weekday_and_a_span_after_it():
    text = """
    KẾ HOẠCH HUẤN LUYỆN DÂN QUÂN NĂM 2029
    Thời gian hội thao: 14 giờ 00, thứ Tư, ngày 07/11/2029 - Địa điểm: sân vận động xã.
    """
    items = [
        RawItem(line=0, content="Đăng ký vận động viên", due="Trước hội thao 06 ngày"),
        RawItem(line=0, content="Báo cáo kết quả", due="Trong vòng 04 ngày làm việc sau hội thao"),
        RawItem(line=0, content="Thanh toán", due="Chậm nhất 10 ngày sau hội thao"),
    ]
    resolve_event_dues(items, document_of(text), 2029)
    assert [item.due for item in items] == [
        "01/11/2029 (Trước hội thao 06 ngày)",
        "13/11/2029 (Trong vòng 04 ngày làm việc sau hội thao)",
        "17/11/2029 (Chậm nhất 10 ngày sau hội thao)",
    ]


def test_the_rounds_whole_course_is_due_at_the_end_its_title_prints():
    title = [
        "DANH MỤC CÔNG VIỆC ĐỢT TỔNG VỆ SINH MÔI TRƯỜNG",
        "(từ 03/3 - 24/3/2029)",
    ]
    items = [
        RawItem(line=0, content="Khơi thông cống rãnh", due="Cả đợt"),
        RawItem(line=0, content="Thu gom rác thải", due="Trong suốt đợt"),
        RawItem(line=0, content="Tuyên truyền", due="Suốt chiến dịch"),  # the title names no campaign
    ]
    resolve_event_dues(items, document_of("\n".join(title)), 2029)
    assert [item.due for item in items] == [
        "24/03/2029 (Cả đợt)",
        "24/03/2029 (Trong suốt đợt)",
        "Suốt chiến dịch",
    ]


def test_a_note_opening_with_the_rounds_course_is_the_rows_time():
    rows = [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Đến ngày", "Ghi chú"],
        ["1", "Kiểm tra nhà trọ", "Tổ Quản lý hành chính", "", "Suốt đợt, ban ngày"],
        ["2", "Tuần tra mô tô", "Tổ Cơ động", "", "Trong toàn đợt; 20h - 23h"],
        ["3", "Họp giao ban", "Tổ Tổng hợp", "", "Sau đợt sẽ họp rút kinh nghiệm"],
    ]
    assert [item.due for item in table_items(table_of(rows))] == ["Suốt đợt", "Trong toàn đợt", ""]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Tháng 9/2030, các đơn vị sơ kết việc thực hiện.", "Tháng 9/2030"),
        ("Quý II/2031, tổng kết Kế hoạch.", "Quý II/2031"),
        ("Tháng 9/2030, Sở đã tổ chức hội nghị sơ kết.", ""),  # what was done
        ("Duy trì sinh hoạt câu lạc bộ, ít nhất 03 buổi mỗi quý.", "ít nhất 03 buổi mỗi quý"),
        (
            "Hỗ trợ giảng viên cho các lớp bồi dưỡng, theo đề nghị của Trường Chính trị.",
            "theo đề nghị của Trường Chính trị",
        ),
        ("Định kỳ hằng năm, ký kết kế hoạch trước ngày 15/02.", "Định kỳ hằng năm"),
        ("Định kỳ hằng năm, ký kết kế hoạch trước ngày 15/02/2030.", "trước ngày 15/02/2030"),
        ("Hằng quý, họp luân phiên (đợt đầu tiên vào tháng 4/2030).", "Hằng quý"),
    ],
)
def test_times_of_a_coordination_programme(sentence, due):
    assert due_in(sentence) == due


def test_the_counts_per_round_recur():
    assert parse_due("ít nhất 03 buổi mỗi quý", year=2030).recurrence == "quarterly"


PROGRAMME = """
QUY CHẾ PHỐI HỢP
Giữa Phòng Giáo dục và Đào tạo và Huyện đoàn giai đoạn 2029 - 2031
I. TRÁCH NHIỆM CỦA MỖI BÊN
1. Phòng Giáo dục và Đào tạo
a) Chỉ đạo các trường bố trí thời gian cho hoạt động Đội, hoàn thành trong tháng 9/2029.
b) Cung cấp số liệu đội viên cho Huyện đoàn trước ngày 30/10/2029.
2. Huyện đoàn
a) Tập huấn nghiệp vụ cho Tổng phụ trách Đội trong quý III/2029.
b) Tổ chức Hội trại thiếu nhi trong tháng 3/2030.
II. CHẾ ĐỘ PHỐI HỢP
1. Hằng năm, hai bên họp thống nhất chương trình công tác trong tháng 8.
2. Tháng 12/2030, cả hai bên sơ kết Quy chế (Huyện đoàn chủ trì).
3. Các bên liên quan báo cáo khi có yêu cầu.
"""


def test_the_parties_lead_the_duties_whose_subject_is_both_of_them():
    found = prose_plan.recognise(Context(document_of(PROGRAMME), None))
    led = {item.content[:14]: (item.lead, item.due) for item in found.items}
    both = "Phòng Giáo dục và Đào tạo; Huyện đoàn"
    assert led["Chỉ đạo các tr"][0] == "Phòng Giáo dục và Đào tạo"
    assert led["Tập huấn nghiệ"][0] == "Huyện đoàn"
    assert led["Hằng năm, hai "] == (both, "Hằng năm")
    assert led["Tháng 12/2030,"] == (both, "Tháng 12/2030")
    assert "Các bên liên q" not in led or led["Các bên liên q"][0] != both
