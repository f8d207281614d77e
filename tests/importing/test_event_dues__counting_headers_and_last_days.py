"""Dues counted from events (engine/importing/event_dues.py): counts of days whose column header says
what they count from, counts after a many-day event from its last day, the event's own day as a time,
working days from a meeting dated in the notice's opening sentence; and the conclusions' times that
are for a person to set (engine/importing/layouts/prose_facts.py, engine/deadlines/parsing.py)."""

from datetime import date

import pytest

from engine.deadlines.parsing import parse_due
from engine.importing.blocks import Table
from engine.importing.event_dues import event_date, relative_due, resolve_event_dues
from engine.importing.layouts import conclusions
from engine.importing.layouts.prose_facts import assignment_in, due_in
from engine.importing.model import RawItem
from tests.importing.helpers_blocks import context_of, document_of

PLAN = """
KẾ HOẠCH
Phục vụ Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9
Hội nghị khai mạc ngày 10/6/2027 tại Hội trường Huyện ủy, họp trong 03 ngày (10 – 12/6/2027).
TT\tNội dung\tBộ phận thực hiện\tThời hạn (trước ngày khai mạc)
1\tChuẩn bị dự thảo báo cáo chính trị\tBộ phận Tổng hợp\t12 ngày
2\tIn tài liệu phát đại biểu\tBộ phận Văn thư\tba ngày
3\tĐưa tin phiên khai mạc\tBộ phận Truyền thông\tNgày khai mạc
4\tBảo đảm hậu cần\tBộ phận Quản trị\tTrong thời gian Hội nghị
5\tHoàn thiện nghị quyết\tBộ phận Tổng hợp\tSau Hội nghị 04 ngày
Nội dung\tBộ phận\tThời gian thực hiện
Biên tập kỷ yếu\tBộ phận Truyền thông\t12 ngày
"""


def _row_lines(document) -> list[int]:
    return [line for block in document.blocks if isinstance(block, Table) for line in block.row_lines]


def test_counts_under_a_header_that_says_before_the_opening_are_dated_from_it():
    document = document_of(PLAN)
    lines = _row_lines(document)
    dues = ["12 ngày", "ba ngày", "Ngày khai mạc", "Trong thời gian Hội nghị", "Sau Hội nghị 04 ngày"]
    dues.append("12 ngày")  # under the second table's header, which says nothing of an event: a duration
    rows = [1, 2, 3, 4, 5, 7]
    pairs = zip(rows, dues, strict=True)
    items = [RawItem(line=lines[row], content=f"việc {row}", due=due) for row, due in pairs]
    resolve_event_dues(items, document, 2027)
    assert [item.due for item in items] == [
        "29/05/2027 (12 ngày trước ngày khai mạc)",
        "07/06/2027 (03 ngày trước ngày khai mạc)",
        "10/06/2027 (Ngày khai mạc)",
        "12/06/2027 (Trong thời gian Hội nghị)",  # its last day
        "16/06/2027 (Sau Hội nghị 04 ngày)",  # four days after its last day
        "12 ngày",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sau Ngày hội 07 ngày", ("ngay hoi", 7)),
        ("Chậm nhất 05 ngày sau Ngày hội", ("ngay hoi", 5)),
        ("Sau kỳ họp 10 ngày", ("ky hop", 10)),
        ("Ngày khai mạc", ("khai mac", 0)),
        ("Phiên bế mạc", ("be mac", 0)),
        ("Đưa tin phiên khai mạc trên Cổng thông tin", None),  # a content, not a time
    ],
)
def test_festivals_sessions_and_the_events_own_day(text, expected):
    assert relative_due(text) == expected


def test_a_count_after_a_festival_is_from_its_last_day():
    text = """
KẾ HOẠCH
Ngày hội Đọc sách xã Hòa Bình diễn ra trong hai ngày 14 và 15/11/2028 tại Nhà văn hóa xã.
- Thư viện xã tổng hợp kết quả, sau Ngày hội 03 ngày.
"""
    items = [RawItem(line=0, content="Thư viện xã tổng hợp kết quả, sau Ngày hội 03 ngày.")]
    resolve_event_dues(items, document_of(text), 2028)
    assert items[0].due == "18/11/2028 (sau Ngày hội 03 ngày)"


def test_a_count_in_the_same_sentence_dates_a_task_about_the_events_course():
    text = """
KẾ HOẠCH
Hội thi khai mạc lúc 07 giờ 30 ngày 12/9/2027 tại Nhà văn hóa xã.
- Lập phương án an ninh trong thời gian tổ chức Hội thi, trước ngày khai mạc 05 ngày.
- Bố trí tổ y tế trực trong thời gian tổ chức Hội thi.
"""
    items = [
        RawItem(
            line=0,
            content="Lập phương án an ninh trong thời gian tổ chức Hội thi, trước ngày khai mạc 05 ngày.",
        ),
        RawItem(line=0, content="Bố trí tổ y tế trực trong thời gian tổ chức Hội thi."),
    ]
    resolve_event_dues(items, document_of(text), 2027)
    assert items[0].due == "07/09/2027 (trước ngày khai mạc 05 ngày)"
    assert items[1].due == "12/09/2027 (trong thời gian tổ chức Hội thi)"  # `khai mạc` dates its course


def test_working_days_from_a_meeting_dated_in_the_opening_sentence():
    text = """
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban
Chiều ngày 28/4/2027, Giám đốc Sở Nguyễn Văn An chủ trì cuộc họp giao ban tháng 4.
1. Giao Phòng Kế hoạch tổng hợp số liệu trong vòng 03 ngày làm việc kể từ ngày họp.
2. Giao Văn phòng Sở gửi biên bản trong vòng 03 ngày kể từ ngày họp.
"""
    assert event_date(["Ngày 28/4/2027, Giám đốc Sở chủ trì cuộc họp."], "hop", 2027) == date(2027, 4, 28)
    assert event_date(["Ngày 28/4/2027, Sở ban hành kế hoạch họp mặt."], "hop", 2027) is None
    items = [
        RawItem(line=0, content="Giao Phòng Kế hoạch tổng hợp trong vòng 03 ngày làm việc kể từ ngày họp."),
        RawItem(line=0, content="Giao Văn phòng Sở gửi biên bản trong vòng 03 ngày kể từ ngày họp."),
    ]
    resolve_event_dues(items, document_of(text), 2027)
    # Wednesday 28/4: Thursday 29/4, then 30/4, 1/5 and the 3/5 in lieu are holidays, 4/5 and 5/5
    assert items[0].due == "05/05/2027 (trong vòng 03 ngày làm việc kể từ ngày họp)"
    assert items[1].due == "01/05/2027 (trong vòng 03 ngày kể từ ngày họp)"


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Giao Công an xã ra quân lập lại trật tự, triển khai ngay sau cuộc họp.", "ngay sau cuộc họp"),
        (
            "Giao Phòng Nội vụ báo cáo trước hội nghị Ban Chấp hành tháng 7.",
            "trước hội nghị Ban Chấp hành tháng 7",
        ),
    ],
)
def test_right_after_a_meeting_or_before_one_not_dated_is_for_a_person_to_set(sentence, due):
    assert due_in(sentence) == due
    parsed = parse_due(due, year=2027)
    assert parsed.date is None and parsed.needs_review
    assert parse_due("trước cuộc họp ngày 20/7/2027", year=2027).date == date(2027, 7, 20)


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("Giao Chánh Thanh tra huyện rà soát đơn thư tồn đọng.", "Thanh tra huyện"),
        ("Giao Trạm trưởng Trạm Khuyến nông huyện hướng dẫn xuống giống.", "Trạm Khuyến nông huyện"),
        ("Giao Chánh Văn phòng HĐND và UBND phường tổng hợp ý kiến.", "Văn phòng HĐND và UBND phường"),
    ],
)
def test_a_post_after_giao_leads_by_the_unit_it_heads(sentence, lead):
    assert assignment_in(sentence).lead == lead


def test_an_assessment_opened_by_a_past_period_is_no_task():
    text = """
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban
1. Trong quý III, các phòng, ban đã hoàn thành phần lớn nhiệm vụ; thu ngân sách đạt 70% dự toán.
2. Giao Phòng Tài chính - Kế hoạch rà soát nguồn thu trong tháng 10/2027.
"""
    found = conclusions.recognise(context_of(text))
    assert [item.content[:27] for item in found.items] == ["Giao Phòng Tài chính - Kế h"]
